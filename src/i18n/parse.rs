// The text-file format, shared by build.rs (checks and embeds Chinese) and the app (loads
// English at run time). Plain std only.
//
//   # a comment
//   key = text with {placeholders}
//
// One message per line; spaces around `=` are ignored; an empty text is allowed; `\s` at the
// end of a text stands for a space that would otherwise be trimmed.

/// The `(key, text)` pairs of a file, in file order, or the first problem with its line number.
pub fn parse(src: &str) -> Result<Vec<(&str, &str)>, String> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, text)) = line.split_once('=') else {
            return Err(format!("line {}: expected `key = text`", i + 1));
        };
        let key = key.trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._".contains(c) || !c.is_ascii())
        {
            return Err(format!("line {}: bad key {key}", i + 1));
        }
        if out.iter().any(|(k, _)| *k == key) {
            return Err(format!("line {}: duplicate key {key}", i + 1));
        }
        out.push((key, text.trim()));
    }
    Ok(out)
}

/// A text as shown: a trailing `\s` becomes a space.
pub fn unescape(text: &str) -> String {
    match text.strip_suffix("\\s") {
        Some(t) => format!("{t} "),
        None => text.to_string(),
    }
}

/// The `{names}` a text uses, sorted, without duplicates.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                if !names.contains(&name) {
                    names.push(name);
                }
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    names.sort_unstable();
    names
}
