//! One line of a JSON Lines stream, read as an article: article JSON v1, or `{"id", "title",
//! "text"}` (paragraphs one a line), or `{"id", "html"}` (a saved page). The last two may also carry
//! `published`, `url`, `publisher` and `language`, which are kept.
//!
//! A line that cannot be read gives a `LineError` with the line's number and, where one could be
//! read, its id, so the stream can say which article failed and go on.

use crate::contract::article::Article;
use crate::extract::html::from_html;
use crate::extract::input::from_title_and_text;
use serde_json::Value;
use std::fmt;

/// Why a line is not an article.
#[derive(Debug, Clone, PartialEq)]
pub struct LineError {
    pub line: u64,
    /// The article's id, when the line is an object with a string `id`.
    pub id: Option<String>,
    pub problem: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for LineError {}

impl LineError {
    /// The line the stream writes in the article's place: `{"id": ..., "error": "line 12: ..."}`.
    pub fn to_json(&self) -> String {
        #[derive(serde::Serialize)]
        struct ErrorLine<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            id: Option<&'a str>,
            error: String,
        }
        let line = ErrorLine {
            id: self.id.as_deref(),
            error: self.to_string(),
        };
        serde_json::to_string(&line).unwrap_or_default()
    }
}

/// Reads line number `line` (1-based) of a stream.
pub fn article_from_line(line: u64, text: &str) -> Result<Article, LineError> {
    let fail = |id: Option<String>, problem: String| LineError { line, id, problem };
    let value: Value = serde_json::from_str(text).map_err(|e| fail(None, json_problem(&e)))?;
    let Value::Object(obj) = &value else {
        return Err(fail(
            None,
            format!("expected an article object, found {}", kind_of(&value)),
        ));
    };
    let id = obj.get("id").and_then(Value::as_str).map(str::to_owned);
    if obj.contains_key("schema") || obj.contains_key("blocks") {
        return crate::contract::load::from_json_str(text).map_err(|e| fail(id, e.to_string()));
    }
    let Some(id) = id else {
        return Err(fail(
            None,
            "id: missing (a line needs an \"id\" string)".into(),
        ));
    };
    let field = |name: &str| -> Result<Option<String>, LineError> {
        match obj.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(fail(
                Some(id.clone()),
                format!("{name}: expected a string, found {}", kind_of(v)),
            )),
        }
    };
    let mut article = match (field("html")?, field("text")?) {
        (Some(html), _) => {
            let mut a = from_html(id.clone(), &html);
            if let Some(t) = field("title")? {
                a.title = t;
            }
            a
        }
        (None, Some(text)) => {
            from_title_and_text(id.clone(), field("title")?.unwrap_or_default(), &text)
        }
        (None, None) => {
            return Err(fail(
                Some(id),
                "expected article JSON (\"schema\", \"blocks\"), \"text\" or \"html\"".into(),
            ))
        }
    };
    article.published = field("published")?.or(field("date")?).or(article.published);
    article.url = field("url")?.or(article.url);
    article.publisher = field("publisher")?.or(article.publisher);
    article.language = field("language")?.or(article.language);
    Ok(article)
}

/// serde_json's message with its position given as this module gives it: "column 12: ...".
fn json_problem(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let message = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m);
    format!("column {}: not valid JSON: {message}", e.column())
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        article_from_line(7, text).unwrap_err().to_json()
    }

    #[test]
    fn the_three_line_forms_read() {
        let a = article_from_line(1, r#"{"schema":"claimtrack/article@1","id":"a","title":"T","blocks":[{"id":"b","text":"27 died"}]}"#).unwrap();
        assert_eq!((a.id.as_str(), a.blocks.len()), ("a", 1));
        let t = article_from_line(
            1,
            r#"{"id":"t","title":"Tax up 2%","text":"One.\n\nTwo.","published":"2024-05-01"}"#,
        )
        .unwrap();
        let texts: Vec<_> = t.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Tax up 2%", "One.", "Two."]);
        assert_eq!(t.published.as_deref(), Some("2024-05-01"));
        let h = article_from_line(
            1,
            r#"{"id":"h","html":"<title>T</title><p>Caf&eacute; sold 12 cups.</p>"}"#,
        )
        .unwrap();
        assert_eq!(
            (h.title.as_str(), h.blocks[0].text.as_str()),
            ("T", "Café sold 12 cups.")
        );
    }

    #[test]
    fn bad_lines_say_which_line_and_what() {
        let cases = [
            (
                r#"{"id":"x","text":"#,
                r#"{"error":"line 7: column 17: not valid JSON: EOF while parsing a value"}"#,
            ),
            (
                "[1]",
                r#"{"error":"line 7: expected an article object, found an array"}"#,
            ),
            (
                r#"{"title":"t","text":"x"}"#,
                r#"{"error":"line 7: id: missing (a line needs an \"id\" string)"}"#,
            ),
            (
                r#"{"id":"x","text":5}"#,
                r#"{"id":"x","error":"line 7: text: expected a string, found a number"}"#,
            ),
            (
                r#"{"id":"x"}"#,
                r#"{"id":"x","error":"line 7: expected article JSON (\"schema\", \"blocks\"), \"text\" or \"html\""}"#,
            ),
            (
                r#"{"schema":"claimtrack/article@1","id":"x","title":"T","blocks":{}}"#,
                r#"{"id":"x","error":"line 7: blocks: expected an array, found an object"}"#,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(err(line), want, "{line}");
        }
    }
}
