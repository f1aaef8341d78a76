//! Reading article JSON v1, naming the JSON path of every problem.
//!
//! The serde-derived types of `article` are the one definition of the format: this module reads
//! them over any serde deserializer, serde_json's natively and serde-wasm-bindgen's in the browser,
//! so both report the same paths in the same words. serde_path_to_error keeps the path; serde's
//! messages ("invalid type: integer `5`, expected a string") are put into the reader's words
//! ("expected a string, found a number"); and what serde cannot say (a version other than 1, which
//! is refused before anything else; a confidence outside 0 to 1; a number that is not finite) is
//! checked after.

use crate::contract::article::*;
use serde::Deserializer;
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

/// Reads an article from a deserializer over a value whose `schema` the caller has checked with
/// `check_schema` (so that a future version is refused before its other fields are looked at).
pub fn read_from<'de, D: Deserializer<'de>>(de: D) -> Result<Article, LoadError> {
    let article: Article = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        plain(path, &e.inner().to_string())
    })?;
    checked(article)
}

/// What serde cannot check of an article it has read: its version, and the numbers the format
/// does not allow.
pub fn checked(article: Article) -> Result<Article, LoadError> {
    check_schema(Some(&article.schema))?;
    check_numbers(&article)?;
    Ok(article)
}

/// The refusal of a value that is not an object (`found`: "an array").
pub fn not_an_article(found: &str) -> LoadError {
    LoadError::whole(format!(
        "expected an article object, {{ \"schema\": ... }}, found {found}"
    ))
}

/// What a JSON value is, in a message's words: "a number", "an object".
pub fn found(kind: &str) -> &'static str {
    match kind {
        "null" | "undefined" | "unit value" | "Option value" => "null",
        "boolean" | "bool" => "a boolean",
        "string" | "char" => "a string",
        "map" | "object" => "an object",
        "sequence" | "array" => "an array",
        _ => "a number",
    }
}

/// serde's message about `path`, in the reader's words (without the position serde_json adds,
/// since the path says where).
pub fn plain(path: String, msg: &str) -> LoadError {
    // serde-wasm-bindgen's errors are JavaScript errors, whose text starts with their name.
    let msg = msg.strip_prefix("Error: ").unwrap_or(msg);
    let msg = match super::rfind(msg, " at line ") {
        Some(k) if super::find(&msg[k..], " column ").is_some() => &msg[..k],
        _ => msg,
    };
    let at = |path: String, problem: String| LoadError { path, problem };
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return at(join(&path, field), "missing (it is required)".into());
    }
    let wrong = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
        .and_then(|m| {
            const EXPECTED: &str = ", expected ";
            super::find(m, EXPECTED).map(|k| (&m[..k], &m[k + EXPECTED.len()..]))
        });
    if let Some((what, want)) = wrong {
        fn before<'s>(s: &'s str, sep: &str) -> &'s str {
            &s[..super::find(s, sep).unwrap_or(s.len())]
        }
        let kind = before(before(what, " `"), " \"");
        let want = match want {
            "usize" | "u32" | "u64" => "a whole number of characters, 0 or more",
            "f64" | "f32" => "a number",
            "a sequence" => "an array",
            w => w,
        };
        return at(path, format!("expected {want}, found {}", found(kind)));
    }
    at(path, msg.to_owned())
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Numbers serde reads but the format does not allow: values that are not finite (a JavaScript
/// object handed to `mount` can hold them), and confidences outside 0 to 1.
fn check_numbers(a: &Article) -> Result<(), LoadError> {
    let bad = |path: String, want: &str| LoadError {
        path,
        problem: format!("expected {want}, found a number"),
    };
    for (i, c) in a.claims.iter().flatten().enumerate() {
        let q = &c.quantity;
        for (name, v) in [("value", q.value), ("low", q.low), ("high", q.high)] {
            if v.is_some_and(|v| !v.is_finite()) {
                return Err(bad(
                    format!("claims[{i}].quantity.{name}"),
                    "a finite number",
                ));
            }
        }
        if c.speaker_confidence
            .is_some_and(|s| !(0.0..=1.0).contains(&s))
        {
            return Err(bad(
                format!("claims[{i}].speaker_confidence"),
                "a number from 0 to 1",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_put_in_the_readers_words() {
        for (msg, want) in [
            (
                "invalid type: integer `5`, expected a string at line 3 column 9",
                "p: expected a string, found a number",
            ),
            (
                "Error: invalid type: floating point `5.0`, expected a string",
                "p: expected a string, found a number",
            ),
            (
                "Error: invalid type: null, expected a string",
                "p: expected a string, found null",
            ),
            (
                "invalid type: map, expected a sequence",
                "p: expected an array, found an object",
            ),
            (
                "invalid value: integer `-1`, expected usize",
                "p: expected a whole number of characters, 0 or more, found a number",
            ),
            ("missing field `text`", "p.text: missing (it is required)"),
            (
                "\"said\" is not one of direct, reported",
                "p: \"said\" is not one of direct, reported",
            ),
        ] {
            assert_eq!(plain("p".into(), msg).to_string(), want, "{msg}");
        }
    }
}
