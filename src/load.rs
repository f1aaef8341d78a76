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
    fn syntax_errors_give_the_line() {
        let e = err("{\n\"schema\": \"claimtrack/article@1\",\n\"id\": }");
        assert!(e.contains("line 3"), "{e}");
        assert!(err("[1,2]")
            .starts_with("expected an article object, { \"schema\": ... }, found an array"));
        assert!(err("{\"schema\": ").starts_with("not valid JSON"));
    }
}
