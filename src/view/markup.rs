//! A small HTML builder. Tags and attribute names are literals of this crate; every text and
//! attribute value passes through [`escape`], so the result can be inserted as HTML.

use std::fmt::Write as _;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup {
    buf: String,
}

/// Escape text or an attribute value.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag a="v" …>`; attributes with an empty name are skipped (for optional ones).
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.buf.push('<');
        self.buf.push_str(tag);
        for (name, value) in attrs {
            if name.is_empty() {
                continue;
            }
            let _ = write!(self.buf, " {name}=\"");
            escape(value, &mut self.buf);
            self.buf.push('"');
        }
        self.buf.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        let _ = write!(self.buf, "</{tag}>");
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Self {
        escape(s, &mut self.buf);
        self
    }

    /// `<tag attrs>text</tag>`
    pub fn el(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// A self-closing element (SVG shapes, inputs).
    pub fn void(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.open(tag, attrs);
        self.buf.insert(self.buf.len() - 1, '/');
        self
    }

    /// Append markup that was itself built by a [`Markup`].
    pub fn raw(&mut self, built: &str) -> &mut Self {
        self.buf.push_str(built);
        self
    }

    pub fn as_str(&self) -> &str {
        &self.buf
    }

    pub fn into_string(self) -> String {
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_is_escaped() {
        let mut m = Markup::new();
        m.open("p", &[("class", "a\"b"), ("", "skipped")])
            .text("<script>&'")
            .close("p");
        m.void("rect", &[("x", "1")]);
        assert_eq!(
            m.as_str(),
            "<p class=\"a&quot;b\">&lt;script&gt;&amp;&#39;</p><rect x=\"1\"/>"
        );
    }
}
