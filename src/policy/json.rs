//! A small JSON writer for the public contract: every method writes, none can fail, so the
//! estimate JSON can never silently degrade (there is no error to swallow).
//!
//! Why not serde_json: its serializer, float formatting and escape tables cost about 3 KB of
//! gzip in the app, more than everything this writer needs for a few flat structs. Numbers
//! arrive as integers, booleans and strings; a decimal number is written as text already
//! formatted from the fixed-point value (no float formatting anywhere). Tests parse the output
//! with serde_json.

/// Something written as a JSON value.
pub trait ToJson {
    fn write_json(&self, w: &mut Json);
}

/// JSON being written: compact, or indented by two spaces.
pub struct Json {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost object or array.
    first: bool,
}

impl Json {
    pub fn new(pretty: bool) -> Json {
        Json {
            out: String::new(),
            pretty,
            depth: 0,
            first: true,
        }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Before a value inside an object or array: the comma and the line.
    fn item(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.newline();
    }

    fn open(&mut self, c: char) {
        self.out.push(c);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, c: char) {
        self.depth -= 1;
        if !self.first {
            self.newline();
        }
        self.first = false;
        self.out.push(c);
    }

    pub fn begin_object(&mut self) {
        self.open('{');
    }

    pub fn end_object(&mut self) {
        self.close('}');
    }

    pub fn begin_array(&mut self) {
        self.open('[');
    }

    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// A key of the object being written; its value follows.
    pub fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
    }

    /// An element of the array being written.
    pub fn element(&mut self, v: &(impl ToJson + ?Sized)) {
        self.item();
        v.write_json(self);
    }

    /// `key: value`.
    pub fn field(&mut self, key: &str, v: &(impl ToJson + ?Sized)) {
        self.key(key);
        v.write_json(self);
    }

    /// `key: value` when there is a value; nothing otherwise.
    pub fn field_if<T: ToJson>(&mut self, key: &str, v: &Option<T>) {
        if let Some(v) = v {
            self.field(key, v);
        }
    }

    /// A number already formatted ("3", "1.5").
    pub fn number_text(&mut self, n: &str) {
        self.out.push_str(n);
    }

    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[(c as usize) >> 4]));
                    self.out.push(char::from(HEX[(c as usize) & 15]));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}

impl ToJson for str {
    fn write_json(&self, w: &mut Json) {
        w.string(self);
    }
}

impl ToJson for &str {
    fn write_json(&self, w: &mut Json) {
        w.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut Json) {
        w.string(self);
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut Json) {
        w.out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for u32 {
    fn write_json(&self, w: &mut Json) {
        w.out.push_str(&self.to_string());
    }
}

/// `null` for nothing.
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut Json) {
        match self {
            Some(v) => v.write_json(w),
            None => w.out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut Json) {
        w.begin_array();
        for v in self {
            w.element(v);
        }
        w.end_array();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut Json) {
        self.as_slice().write_json(w);
    }
}

/// A value as JSON text.
pub fn to_string(v: &(impl ToJson + ?Sized), pretty: bool) -> String {
    let mut w = Json::new(pretty);
    v.write_json(&mut w);
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sample {
        text: &'static str,
        n: u32,
        ok: bool,
        list: Vec<Option<u32>>,
        skipped: Option<u32>,
        decimal: &'static str,
        empty: Vec<u32>,
        pair: [&'static str; 2],
    }

    impl ToJson for Sample {
        fn write_json(&self, w: &mut Json) {
            w.begin_object();
            w.field("text", &self.text);
            w.field("n", &self.n);
            w.field("ok", &self.ok);
            w.field("list", &self.list);
            w.field_if("skipped", &self.skipped);
            w.key("decimal");
            w.number_text(self.decimal);
            w.field("empty", &self.empty);
            w.field("pair", &self.pair[..]);
            w.key("nested");
            w.begin_object();
            w.end_object();
            w.end_object();
        }
    }

    #[test]
    fn writes_what_serde_json_reads_back() {
        let s = Sample {
            text: "引号\"、\\ 和\n换行\u{1}\u{1f}",
            n: 3,
            ok: true,
            list: vec![Some(1), None],
            skipped: None,
            decimal: "1.5",
            empty: vec![],
            pair: ["95598", "12398"],
        };
        for pretty in [false, true] {
            let text = to_string(&s, pretty);
            let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(v["text"], "引号\"、\\ 和\n换行\u{1}\u{1f}");
            assert_eq!(v["n"], 3);
            assert_eq!(v["ok"], true);
            assert_eq!(v["list"], serde_json::json!([1, null]));
            assert!(v.get("skipped").is_none());
            assert_eq!(v["decimal"], 1.5);
            assert_eq!(v["empty"], serde_json::json!([]));
            assert_eq!(v["pair"], serde_json::json!(["95598", "12398"]));
            assert_eq!(v["nested"], serde_json::json!({}));
        }
        assert!(to_string(&s, true).contains("\n  \"n\": 3,"));
        assert!(!to_string(&s, false).contains('\n'), "compact is one line");
    }
}
