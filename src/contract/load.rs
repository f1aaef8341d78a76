//! Article JSON as text: where a syntax error is (line and column, for the widget, whose browser
//! parser often does not say), the size limit, and reading text natively through serde_json. The
//! reading of the parsed value itself (JSON paths, versions) is `read`, which this module re-exports
//! the error type of.

use crate::contract::article::Article;
use serde::Deserialize;

pub use crate::contract::read::{check_schema, LoadError};

/// Where JSON text first stops being JSON, and why: "line 3, column 11: expected a value". The
/// widget parses with the browser's `JSON.parse`, whose messages often give no position, and
/// serde_json would cost the widget tens of kilobytes; this scan runs only once a parse has failed,
/// to say where. Its problems are fixed phrases, formatted once, to stay small in the widget.
/// Nesting is kept on an explicit stack, so 100,000 unclosed brackets are an error, not a stack
/// overflow. `None` when the scan finds nothing wrong.
pub fn syntax_error(text: &str) -> Option<String> {
    let (i, problem) = first_syntax_error(text.as_bytes())?;
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    let before = &text[..i];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(format!("line {line}, column {column}: {problem}"))
}

/// The byte offset of the first syntax error and what it is.
fn first_syntax_error(b: &[u8]) -> Option<(usize, &'static str)> {
    let ws = |mut i: usize| {
        while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    };
    // The end of the string opening at `i`.
    let string_end = |i: usize| -> Result<usize, (usize, &'static str)> {
        let mut k = i + 1;
        loop {
            match b.get(k) {
                None => return Err((k, "the text ends inside a string")),
                Some(b'"') => return Ok(k + 1),
                Some(b'\\') => k += 2,
                Some(&c) if c < 0x20 => {
                    return Err((k, "a raw control character or line break in a string"))
                }
                Some(_) => k += 1,
            }
        }
    };
    // An object's key and its colon, from `i`: where its value begins.
    let key = |i: usize| -> Result<usize, (usize, &'static str)> {
        if b.get(i) != Some(&b'"') {
            return Err((i, "expected a key in double quotes"));
        }
        let k = ws(string_end(i)?);
        if b.get(k) != Some(&b':') {
            return Err((k, "expected ':' after the key"));
        }
        Ok(ws(k + 1))
    };
    let mut stack: Vec<u8> = Vec::new();
    let mut i = ws(0);
    if b.get(i) == Some(&b'<') {
        return Some((i, "this is HTML, not JSON (often an error page)"));
    }
    let ends_inside = |open: Option<&u8>| match open {
        Some(b'{') => "the text ends inside an object",
        Some(_) => "the text ends inside an array",
        None => "expected a value, found the end of the text",
    };
    loop {
        // A value.
        match b.get(i) {
            None => return Some((i, ends_inside(stack.last()))),
            Some(&c @ (b'{' | b'[')) => {
                stack.push(c);
                i = ws(i + 1);
                if b.get(i) == Some(&(c + 2)) {
                    // "{}" or "[]": '}' and ']' are two past their openers.
                    stack.pop();
                    i += 1;
                } else {
                    if c == b'{' {
                        match key(i) {
                            Ok(k) => i = k,
                            Err(e) => return Some(e),
                        }
                    }
                    continue;
                }
            }
            Some(b'"') => match string_end(i) {
                Ok(e) => i = e,
                Err(e) => return Some(e),
            },
            Some(b'-' | b'0'..=b'9') => {
                while matches!(
                    b.get(i),
                    Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                ) {
                    i += 1;
                }
            }
            Some(_) => match [&b"true"[..], b"false", b"null"]
                .into_iter()
                .find(|l| b[i..].starts_with(l))
            {
                Some(l) => i += l.len(),
                None => return Some((i, "expected a value")),
            },
        }
        // What may follow a value: the end, a comma or the close of its container.
        loop {
            i = ws(i);
            let Some(&open) = stack.last() else {
                return (i < b.len()).then_some((i, "expected the end of the text"));
            };
            match b.get(i) {
                Some(&c) if c == open + 2 => {
                    stack.pop();
                    i += 1;
                }
                Some(b',') => {
                    i = ws(i + 1);
                    if open == b'{' {
                        match key(i) {
                            Ok(k) => i = k,
                            Err(e) => return Some(e),
                        }
                    }
                    break;
                }
                None => return Some((i, ends_inside(Some(&open)))),
                Some(_) if open == b'{' => return Some((i, "expected ',' or '}'")),
                Some(_) => return Some((i, "expected ',' or ']'")),
            }
        }
        i = ws(i);
    }
}

/// The largest article JSON the widget reads: 10 MB. A live blog of 10,000 claims is about 3 MB;
/// past the limit, reading would hold the host page's main thread for seconds, so the article is
/// refused in words that say what to do.
pub const MAX_ARTICLE_BYTES: usize = 10_000_000;

/// Refuses article JSON of `bytes` bytes when it is over `MAX_ARTICLE_BYTES`.
pub fn check_size(bytes: usize) -> Result<(), LoadError> {
    if bytes <= MAX_ARTICLE_BYTES {
        return Ok(());
    }
    // In tenths of a megabyte, by integers: float formatting would cost the widget kilobytes.
    let tenths = (bytes + 50_000) / 100_000;
    Err(LoadError::whole(format!(
        "the article is {}.{} MB; the widget reads up to {} MB",
        tenths / 10,
        tenths % 10,
        MAX_ARTICLE_BYTES / 1_000_000
    )))
}

/// Reads article JSON from text through serde_json, natively and in the widget. The version is
/// read first, in a pass that skips everything else, so that a future version is refused as such
/// rather than as a type error deep inside it. A syntax error is told by `syntax_error`, in the
/// same words wherever the text came from.
pub fn from_json_str(text: &str) -> Result<Article, LoadError> {
    /// The one field read before the rest.
    #[derive(serde::Deserialize)]
    #[serde(expecting = "an article object, { \"schema\": ... }")]
    struct Head {
        schema: Option<String>,
    }
    let first = text.trim_start().bytes().next();
    if first != Some(b'{') {
        // serde would read an array as a struct's fields in order; an article is an object.
        let mut de = serde_json::Deserializer::from_str(text);
        serde::de::IgnoredAny::deserialize(&mut de)
            .and_then(|_| de.end())
            .map_err(|e| json_error(text, String::new(), e))?;
        let kind = match first {
            Some(b'[') => "array",
            Some(b'"') => "string",
            Some(b't' | b'f') => "boolean",
            Some(b'n') => "null",
            _ => "number",
        };
        return Err(crate::contract::read::not_an_article(
            crate::contract::read::found(kind),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let head: Head = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| json_error(text, e.path().to_string(), e.into_inner()))?;
    de.end().map_err(|e| json_error(text, String::new(), e))?;
    check_schema(head.schema.as_deref())?;
    crate::contract::read::read_from(&mut serde_json::Deserializer::from_str(text))
}

/// A serde_json error as a `LoadError`: a syntax error with its line and column, or a problem
/// with a value in the reader's words.
fn json_error(text: &str, path: String, e: serde_json::Error) -> LoadError {
    if e.is_syntax() || e.is_eof() {
        let why = syntax_error(text).unwrap_or_else(|| e.to_string());
        return LoadError::whole(format!("not valid JSON: {why}"));
    }
    let path = if path == "." { String::new() } else { path };
    crate::contract::read::plain(path, &e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> String {
        from_json_str(json).unwrap_err().to_string()
    }

    const OK: &str = r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[{"id":"p1","text":"x"}]}"#;

    #[test]
    fn articles_over_the_size_limit_are_refused_saying_how_big() {
        assert_eq!(check_size(MAX_ARTICLE_BYTES), Ok(()));
        assert_eq!(
            check_size(20_400_000).unwrap_err().to_string(),
            "the article is 20.4 MB; the widget reads up to 10 MB"
        );
    }

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
            ("\u{fffd}\u{1}PK\u{3}", "line 1, column 1: expected a value"),
            (&deep, "line 1, column 100001: the text ends inside an array"),
            ("{\"schema\":\"claimtrack/article@1\",\"id\":\"x\",\n\"title\":\"t\",\n\"blocks\":[}", "line 3, column 11: expected a value"),
            ("{\"a\":1 \"b\":2}", "line 1, column 8: expected ',' or '}'"),
            ("{\"a\" 1}", "line 1, column 6: expected ':' after the key"),
            ("{a:1}", "line 1, column 2: expected a key in double quotes"),
            ("{\"a\":1,}", "line 1, column 8: expected a key in double quotes"),
            ("[1,2", "line 1, column 5: the text ends inside an array"),
            ("{\"a\":1", "line 1, column 7: the text ends inside an object"),
            ("{\"a\":\"b", "line 1, column 8: the text ends inside a string"),
            ("[\"é\" x]", "line 1, column 6: expected ',' or ']'"),
            ("[1] 2", "line 1, column 5: expected the end of the text"),
            ("[tru]", "line 1, column 2: expected a value"),
            ("[\"a\nb\"]", "line 1, column 4: a raw control character"),
        ];
        for (json, want) in cases {
            let got = syntax_error(json).unwrap_or_default();
            assert!(
                got.starts_with(want),
                "{:?}: got {got:?}",
                &json[..json.len().min(40)]
            );
        }
        for ok in [
            "{}",
            "[]",
            " {\"a\": [1, -2.5e3, true, null, {}, [], \"x\\\"y\"]} ",
        ] {
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
