//! Reading article JSON: parse errors that name the JSON path, and a clear refusal of unknown versions.
//!
//! The parse is generic over the serde `Deserializer`, so the widget (which reads a browser `JsValue`
//! through serde-wasm-bindgen) and the command line (which reads text through serde_json) report the
//! same paths in the same words.

use crate::article::{Article, SCHEMA_V1};
use std::fmt;

/// Why an article could not be read: where in the JSON, and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// A JSON path such as `blocks[3].text`, or empty for the document as a whole.
    pub path: String,
    pub problem: String,
}

impl LoadError {
    pub fn whole(problem: impl Into<String>) -> Self {
        LoadError {
            path: String::new(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

impl std::error::Error for LoadError {}

/// Refuses anything but version 1, before the rest of the document is looked at, so that a future
/// version is reported as such rather than as a confusing type error deep inside it.
pub fn check_schema(schema: Option<&str>) -> Result<(), LoadError> {
    match schema {
        Some(SCHEMA_V1) => Ok(()),
        Some(other) if other.starts_with("claimtrack/article@") => Err(LoadError {
            path: "schema".into(),
            problem: format!(
                "this widget reads \"{SCHEMA_V1}\", not \"{other}\"; update claimtrack"
            ),
        }),
        Some(other) => Err(LoadError {
            path: "schema".into(),
            problem: format!("\"{other}\" is not a claimtrack article (expected \"{SCHEMA_V1}\")"),
        }),
        None => Err(LoadError {
            path: "schema".into(),
            problem: format!("missing; a claimtrack article has \"schema\": \"{SCHEMA_V1}\""),
        }),
    }
}

/// Where JSON text first stops being JSON, and why: "line 3, column 11: expected a value, found
/// '}'". The widget parses with the browser's `JSON.parse`, whose messages often give no position,
/// and serde_json would cost the widget tens of kilobytes; this scan runs only once a parse has
/// failed, to say where. Nesting is kept on an explicit stack, so 100,000 unclosed brackets are an
/// error, not a stack overflow. `None` when the scan finds nothing wrong.
pub fn syntax_error(text: &str) -> Option<String> {
    let s = Scan {
        text,
        b: text.as_bytes(),
    };
    let at = |i: usize| s.at(i);
    if text.trim_start().starts_with('<') {
        let i = s.ws(0);
        return Some(format!("{}: this is HTML, not JSON (a web page, often an error page, was sent in place of the article)", at(i)));
    }
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = s.ws(0);
    loop {
        // A value.
        match s.b.get(i) {
            None => {
                return Some(match stack.last() {
                    Some(&(open, from)) => {
                        let what = if open == b'{' {
                            "an object"
                        } else {
                            "an array"
                        };
                        format!(
                            "{}: the text ends inside {what} opened at {}",
                            at(i),
                            at(from)
                        )
                    }
                    None => format!("{}: expected a value, found the end of the text", at(i)),
                })
            }
            Some(&c @ (b'{' | b'[')) => {
                stack.push((c, i));
                i = s.ws(i + 1);
                let close = if c == b'{' { b'}' } else { b']' };
                if s.b.get(i) == Some(&close) {
                    stack.pop();
                    i += 1;
                } else {
                    if c == b'{' {
                        i = match s.key(i) {
                            Ok(k) => k,
                            Err(e) => return Some(e),
                        };
                    }
                    continue;
                }
            }
            Some(b'"') => match s.string_end(i) {
                Ok(e) => i = e,
                Err(e) => return Some(e),
            },
            Some(b'-' | b'0'..=b'9') => i = s.number_end(i),
            Some(_) => match ["true", "false", "null"]
                .into_iter()
                .find(|l| text[i..].starts_with(l))
            {
                Some(l) => i += l.len(),
                None => return Some(format!("{}: expected a value, found {}", at(i), s.found(i))),
            },
        }
        // What may follow a value: the end, a comma or the close of its container.
        loop {
            i = s.ws(i);
            let Some(&(open, from)) = stack.last() else {
                return (i < s.b.len()).then(|| {
                    format!(
                        "{}: expected the end of the text, found {}",
                        at(i),
                        s.found(i)
                    )
                });
            };
            let (close, what) = if open == b'{' {
                (b'}', "an object")
            } else {
                (b']', "an array")
            };
            match s.b.get(i) {
                Some(&c) if c == close => {
                    stack.pop();
                    i += 1;
                }
                Some(b',') => {
                    i = s.ws(i + 1);
                    if open == b'{' {
                        i = match s.key(i) {
                            Ok(k) => k,
                            Err(e) => return Some(e),
                        };
                    }
                    break;
                }
                None => {
                    return Some(format!(
                        "{}: the text ends inside {what} opened at {}",
                        at(i),
                        at(from)
                    ))
                }
                Some(_) => {
                    let c = close as char;
                    return Some(format!(
                        "{}: expected ',' or '{c}', found {}",
                        at(i),
                        s.found(i)
                    ));
                }
            }
        }
        i = s.ws(i);
    }
}

/// The text being scanned for a syntax error, with the positions it reports.
struct Scan<'a> {
    text: &'a str,
    b: &'a [u8],
}

impl Scan<'_> {
    /// "line 3, column 11" for byte offset `i`, the column counted in characters.
    fn at(&self, i: usize) -> String {
        let mut i = i.min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        let before = &self.text[..i];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("line {line}, column {column}")
    }

    fn found(&self, i: usize) -> String {
        match self.text.get(i..).and_then(|r| r.chars().next()) {
            None => "the end of the text".to_owned(),
            Some(c) => format!("{c:?}"),
        }
    }

    fn ws(&self, mut i: usize) -> usize {
        while matches!(self.b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    }

    /// The end of the string opening at `i`.
    fn string_end(&self, i: usize) -> Result<usize, String> {
        let mut k = i + 1;
        loop {
            match self.b.get(k) {
                None => {
                    return Err(format!(
                        "{}: the text ends inside a string opened at {}",
                        self.at(k),
                        self.at(i)
                    ))
                }
                Some(b'"') => return Ok(k + 1),
                Some(b'\\') => k += 2,
                Some(&c) if c < 0x20 => {
                    return Err(format!(
                        "{}: a string may not hold a raw control character or line break",
                        self.at(k)
                    ))
                }
                Some(_) => k += 1,
            }
        }
    }

    fn number_end(&self, mut i: usize) -> usize {
        while matches!(
            self.b.get(i),
            Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
        ) {
            i += 1;
        }
        i
    }

    /// An object's key and its colon, from `i`: where its value begins.
    fn key(&self, i: usize) -> Result<usize, String> {
        if self.b.get(i) != Some(&b'"') {
            return Err(format!(
                "{}: expected a key in double quotes, found {}",
                self.at(i),
                self.found(i)
            ));
        }
        let k = self.ws(self.string_end(i)?);
        if self.b.get(k) != Some(&b':') {
            return Err(format!(
                "{}: expected ':' after the key, found {}",
                self.at(k),
                self.found(k)
            ));
        }
        Ok(self.ws(k + 1))
    }
}

/// Reads article JSON from text (the command line and native tests).
pub fn from_json_str(text: &str) -> Result<Article, LoadError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::whole(format!("not valid JSON: {e}")))?;
    crate::read::read_article(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> String {
        from_json_str(json).unwrap_err().to_string()
    }

    const OK: &str = r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[{"id":"p1","text":"x"}]}"#;

    #[test]
    fn reads_a_minimal_article() {
        let a = from_json_str(OK).unwrap();
        assert_eq!(a.blocks.len(), 1);
        assert!(a.claims.is_none());
    }

    #[test]
    fn errors_name_the_path_and_the_problem() {
        let cases = [
            (
                r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[{"id":"p1","text":"x"},{"id":"p2","text":"y"},{"id":"p3","text":"z"},{"id":"p4","text":5}]}"#,
                "blocks[3].text: expected a string, found a number",
            ),
            (
                r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[]," claims":[],"claims":[{"id":"c"}]}"#,
                "claims[0].block: missing (it is required)",
            ),
            (
                r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[],"claims":[{"id":"c","block":"p","start":0,"end":1,"text":"1","sentence":"1","quantity":{"kind":"money","qualifier":"roughly"}}]}"#,
                "claims[0].quantity.qualifier: \"roughly\" is not one of exact, approx, at_least, at_most, range, vague",
            ),
            (r#"{"schema":"claimtrack/article@1","id":"a","blocks":[]}"#, "title: missing (it is required)"),
            (
                r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[{"id":"p1","text":"x"}],"claims":[{"id":"c","block":"p1","start":-1,"end":1,"text":"x","sentence":"x","quantity":{"kind":"count","qualifier":"exact"}}]}"#,
                "claims[0].start: expected a whole number of characters, 0 or more, found a number",
            ),
            (r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":{}}"#, "blocks: expected an array, found an object"),
            (r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[7]}"#, "blocks[0]: expected an object, found a number"),
            (
                r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[{"id":"p1","text":"x"}],"claims":[{"id":"c","block":"p1","start":0,"end":1,"text":"x","sentence":"x","speaker_confidence":1.5,"quantity":{"kind":"count","qualifier":"exact"}}]}"#,
                "claims[0].speaker_confidence: expected a number from 0 to 1, found a number",
            ),
        ];
        for (json, want) in cases {
            let got = err(json);
            assert!(got.starts_with(want), "got {got:?}, want {want:?}");
        }
    }

    #[test]
    fn unknown_versions_are_refused_clearly() {
        assert_eq!(
            err(r#"{"schema":"claimtrack/article@2","blocks":7}"#),
            "schema: this widget reads \"claimtrack/article@1\", not \"claimtrack/article@2\"; update claimtrack"
        );
        assert!(
            err(r#"{"schema":"other/thing","blocks":[]}"#).contains("is not a claimtrack article")
        );
        assert!(err(r#"{"id":"a"}"#).starts_with("schema: missing"));
        assert_eq!(
            err(r#"{"schema":1}"#),
            "schema: expected a string, found a number"
        );
    }

    #[test]
    fn every_syntax_error_gives_its_line_and_column() {
        let deep = "[".repeat(100_000);
        let cases: &[(&str, &str)] = &[
            ("", "line 1, column 1: expected a value, found the end of the text"),
            ("   \n ", "line 2, column 2: expected a value, found the end of the text"),
            ("<!doctype html><p>Not found", "line 1, column 1: this is HTML, not JSON"),
            ("\u{fffd}\u{1}PK\u{3}", "line 1, column 1: expected a value, found '\u{fffd}'"),
            (&deep, "line 1, column 100001: the text ends inside an array opened at line 1, column 100000"),
            ("{\"schema\":\"claimtrack/article@1\",\"id\":\"x\",\n\"title\":\"t\",\n\"blocks\":[}", "line 3, column 11: expected a value, found '}'"),
            ("{\"a\":1 \"b\":2}", "line 1, column 8: expected ',' or '}', found '\"'"),
            ("{\"a\" 1}", "line 1, column 6: expected ':' after the key, found '1'"),
            ("{a:1}", "line 1, column 2: expected a key in double quotes, found 'a'"),
            ("[1,2", "line 1, column 5: the text ends inside an array opened at line 1, column 1"),
            ("{\"a\":\"b", "line 1, column 8: the text ends inside a string opened at line 1, column 6"),
            ("[\"é\" x]", "line 1, column 6: expected ',' or ']', found 'x'"),
            ("[1] 2", "line 1, column 5: expected the end of the text, found '2'"),
            ("[tru]", "line 1, column 2: expected a value, found 't'"),
        ];
        for (json, want) in cases {
            let got = syntax_error(json).unwrap_or_default();
            assert!(
                got.starts_with(want),
                "{:?}: got {got:?}",
                &json[..json.len().min(40)]
            );
        }
        for ok in ["{}", "[]", " {\"a\": [1, -2.5e3, true, null, \"x\\\"y\"]} "] {
            assert_eq!(syntax_error(ok), None, "{ok}");
        }
    }

    #[test]
    fn syntax_errors_give_the_line() {
        let e = err("{\n\"schema\": \"claimtrack/article@1\",\n\"id\": }");
        assert!(e.contains("line 3"), "{e}");
        assert!(err("[1,2]")
            .starts_with("expected an article object, { \"schema\": ... }, found an array"));
        assert!(err("{\"schema\": ").starts_with("not valid JSON"));
    }
}
