//! One line of a JSON Lines stream, read as an article: article JSON v1, or `{"id", "title",
//! "text"}` (paragraphs one a line), or `{"id", "html"}` (a saved page). The last two may also carry
//! `published`, `url`, `publisher` and `language`, which are kept.
//!
//! A line that cannot be read gives a `LineError` with the line's number and, where one could be
//! read, its id, so the stream can say which article failed and go on.

use crate::contract::article::Article;
use crate::extract::html::from_html;
use crate::extract::input::from_title_and_text;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
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

/// A field of a text or HTML line as read: absent (or null), a string, or another kind of value,
/// named for the message. Read in one pass over the line, with no `Value` tree in between: the
/// article's text is most of the line, and is moved rather than copied.
#[derive(Default)]
enum Field {
    #[default]
    Absent,
    Text(String),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Field, E> {
        Ok(Field::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Field, E> {
        Ok(Field::Text(v))
    }
    fn visit_unit<E>(self) -> Result<Field, E> {
        Ok(Field::Absent)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Field, E> {
        Ok(Field::Other("a boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Field, E> {
        Ok(Field::Other("a number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Field, E> {
        Ok(Field::Other("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Field, E> {
        Ok(Field::Other("a number"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Field, A::Error> {
        while a.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Field, A::Error> {
        while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Other("an object"))
    }
}

/// Whether a key is there at all, whatever its value (`"schema": null` included).
#[derive(Default)]
struct Present(bool);

impl<'de> Deserialize<'de> for Present {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Present, D::Error> {
        IgnoredAny::deserialize(d).map(|_| Present(true))
    }
}

/// The fields of a line that this module reads; others are passed over.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Fields {
    schema: Present,
    blocks: Present,
    id: Field,
    title: Field,
    text: Field,
    html: Field,
    published: Field,
    date: Field,
    url: Field,
    publisher: Field,
    language: Field,
}

/// The fields of a line that did not read as an object with each key once: through a `Value`, for
/// the message (not JSON, not an object), or with a repeated key's last value, as a `Value` keeps.
fn fields_via_value(text: &str) -> Result<Fields, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| json_problem(&e))?;
    if !value.is_object() {
        return Err(format!(
            "expected an article object, found {}",
            kind_of(&value)
        ));
    }
    Fields::deserialize(value).map_err(|e| e.to_string())
}

/// Reads line number `line` (1-based) of a stream.
pub fn article_from_line(line: u64, text: &str) -> Result<Article, LineError> {
    let fail = |id: Option<String>, problem: String| LineError { line, id, problem };
    // serde reads a struct from an array too; a line must be an object.
    let object = text.trim_start().starts_with('{');
    let mut fields = match serde_json::from_str::<Fields>(text) {
        Ok(f) if object => f,
        _ => fields_via_value(text).map_err(|p| fail(None, p))?,
    };
    let id = match std::mem::take(&mut fields.id) {
        Field::Text(id) => Some(id),
        _ => None,
    };
    if fields.schema.0 || fields.blocks.0 {
        return crate::contract::load::from_json_str(text).map_err(|e| fail(id, e.to_string()));
    }
    let Some(id) = id else {
        return Err(fail(
            None,
            "id: missing (a line needs an \"id\" string)".into(),
        ));
    };
    let take = |name: &str, f: &mut Field| -> Result<Option<String>, LineError> {
        match std::mem::take(f) {
            Field::Absent => Ok(None),
            Field::Text(s) => Ok(Some(s)),
            Field::Other(kind) => Err(fail(
                Some(id.clone()),
                format!("{name}: expected a string, found {kind}"),
            )),
        }
    };
    let mut article = match (
        take("html", &mut fields.html)?,
        take("text", &mut fields.text)?,
    ) {
        (Some(html), _) => {
            let mut a = from_html(id.clone(), &html);
            if let Some(t) = take("title", &mut fields.title)? {
                a.title = t;
            }
            a
        }
        (None, Some(text)) => {
            let title = take("title", &mut fields.title)?.unwrap_or_default();
            from_title_and_text(id.clone(), title, &text)
        }
        (None, None) => {
            return Err(fail(
                Some(id),
                "expected article JSON (\"schema\", \"blocks\"), \"text\" or \"html\"".into(),
            ))
        }
    };
    let published = take("published", &mut fields.published)?;
    article.published = published
        .or(take("date", &mut fields.date)?)
        .or(article.published);
    article.url = take("url", &mut fields.url)?.or(article.url);
    article.publisher = take("publisher", &mut fields.publisher)?.or(article.publisher);
    article.language = take("language", &mut fields.language)?.or(article.language);
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
        // A key given twice keeps its last value, as a JSON object read into a map does.
        let twice = article_from_line(1, r#"{"id":"d","text":"a","text":"b","extra":[{}]}"#);
        assert_eq!(twice.unwrap().blocks[0].text, "b");
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
                r#"{"id":"x","text":[1,"two"]}"#,
                r#"{"id":"x","error":"line 7: text: expected a string, found an array"}"#,
            ),
            (
                r#"{"id":"x","title":{"a":[true]},"text":"t"}"#,
                r#"{"id":"x","error":"line 7: title: expected a string, found an object"}"#,
            ),
            (
                r#"{"id":"x","text":null,"html":false}"#,
                r#"{"id":"x","error":"line 7: html: expected a string, found a boolean"}"#,
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
