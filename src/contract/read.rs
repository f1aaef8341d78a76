//! Reading article JSON v1 from a parsed JSON value, naming the JSON path of every problem.
//!
//! The reader is generic over `JsonValue`, implemented for `serde_json::Value` (the command line and
//! native tests) and for a browser `JsValue` (the widget), so both report the same paths in the same
//! words. It is written by hand rather than derived with serde because serde's derived visitors, a
//! JsValue deserialiser and path tracking together cost the widget some 40 KB of Wasm, over its size
//! budget; serde still derives the serialisation and the published schema.

use crate::contract::article::*;
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

/// What a JSON value is, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl JsonKind {
    fn article(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        }
    }
}

/// A parsed JSON value the reader can walk.
pub trait JsonValue: Sized {
    fn kind(&self) -> JsonKind;
    /// The member `key` of an object; None when absent (or undefined).
    fn member(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn elements(&self) -> Vec<Self>;
}

impl JsonValue for serde_json::Value {
    fn kind(&self) -> JsonKind {
        use serde_json::Value::*;
        match self {
            Null => JsonKind::Null,
            Bool(_) => JsonKind::Bool,
            Number(_) => JsonKind::Number,
            String(_) => JsonKind::String,
            Array(_) => JsonKind::Array,
            Object(_) => JsonKind::Object,
        }
    }
    fn member(&self, key: &str) -> Option<Self> {
        self.get(key).cloned()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn elements(&self) -> Vec<Self> {
        self.as_array().cloned().unwrap_or_default()
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn wrong<V: JsonValue>(path: &str, v: &V, want: &str) -> LoadError {
    LoadError {
        path: path.to_owned(),
        problem: format!("expected {want}, found {}", v.kind().article()),
    }
}

fn missing(path: &str) -> LoadError {
    LoadError {
        path: path.to_owned(),
        problem: "missing (it is required)".into(),
    }
}

/// An object's members, checked one by one.
struct Obj<'a, V> {
    v: &'a V,
    path: &'a str,
}

impl<V: JsonValue> Obj<'_, V> {
    /// A member that may be absent or null.
    fn opt(&self, key: &str) -> Option<(V, String)> {
        self.v
            .member(key)
            .filter(|m| m.kind() != JsonKind::Null)
            .map(|m| (m, join(self.path, key)))
    }

    fn req(&self, key: &str) -> Result<(V, String), LoadError> {
        self.opt(key).ok_or_else(|| missing(&join(self.path, key)))
    }

    fn string(&self, key: &str) -> Result<String, LoadError> {
        let (m, p) = self.req(key)?;
        m.string().ok_or_else(|| wrong(&p, &m, "a string"))
    }

    fn opt_string(&self, key: &str) -> Result<Option<String>, LoadError> {
        match self.opt(key) {
            None => Ok(None),
            Some((m, p)) => m
                .string()
                .map(Some)
                .ok_or_else(|| wrong(&p, &m, "a string")),
        }
    }

    fn opt_number(&self, key: &str) -> Result<Option<f64>, LoadError> {
        match self.opt(key) {
            None => Ok(None),
            Some((m, p)) => m
                .number()
                .filter(|n| n.is_finite())
                .map(Some)
                .ok_or_else(|| wrong(&p, &m, "a number")),
        }
    }

    /// A share from 0 to 1, such as a confidence.
    fn opt_share(&self, key: &str) -> Result<Option<f64>, LoadError> {
        match self.opt(key) {
            None => Ok(None),
            Some((m, p)) => match m.number() {
                Some(n) if (0.0..=1.0).contains(&n) => Ok(Some(n)),
                _ => Err(wrong(&p, &m, "a number from 0 to 1")),
            },
        }
    }

    fn offset(&self, key: &str) -> Result<usize, LoadError> {
        let (m, p) = self.req(key)?;
        match m.number() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(n as usize),
            _ => Err(wrong(&p, &m, "a whole number of characters, 0 or more")),
        }
    }

    /// A member whose value is one of a fixed set of strings.
    fn one_of<T>(
        &self,
        key: &str,
        parse: fn(&str) -> Option<T>,
        names: &str,
    ) -> Result<Option<T>, LoadError> {
        match self.opt(key) {
            None => Ok(None),
            Some((m, p)) => {
                let s = m.string().ok_or_else(|| wrong(&p, &m, "a string"))?;
                parse(&s).map(Some).ok_or_else(|| LoadError {
                    path: p,
                    problem: format!("\"{s}\" is not one of {names}"),
                })
            }
        }
    }

    fn list(&self, key: &str) -> Result<Option<Vec<(V, String)>>, LoadError> {
        match self.opt(key) {
            None => Ok(None),
            Some((m, p)) if m.kind() == JsonKind::Array => Ok(Some(
                m.elements()
                    .into_iter()
                    .enumerate()
                    .map(|(i, e)| (e, format!("{p}[{i}]")))
                    .collect(),
            )),
            Some((m, p)) => Err(wrong(&p, &m, "an array")),
        }
    }
}

fn object<'a, V: JsonValue>(v: &'a V, path: &'a str) -> Result<Obj<'a, V>, LoadError> {
    if v.kind() == JsonKind::Object {
        Ok(Obj { v, path })
    } else {
        Err(wrong(path, v, "an object"))
    }
}

/// Reads an article, refusing versions other than 1 before anything else.
pub fn read_article<V: JsonValue>(v: &V) -> Result<Article, LoadError> {
    if v.kind() != JsonKind::Object {
        return Err(LoadError::whole(format!(
            "expected an article object, {{ \"schema\": ... }}, found {}",
            v.kind().article()
        )));
    }
    let o = Obj { v, path: "" };
    let schema = o.opt_string("schema")?;
    check_schema(schema.as_deref())?;
    let (id, title) = (o.string("id")?, o.string("title")?);
    let (url, publisher) = (o.opt_string("url")?, o.opt_string("publisher")?);
    let (published, language) = (o.opt_string("published")?, o.opt_string("language")?);
    let mut blocks = Vec::new();
    for (b, p) in o.list("blocks")?.ok_or_else(|| missing("blocks"))? {
        let b = object(&b, &p)?;
        blocks.push(Block {
            id: b.string("id")?,
            text: b.string("text")?,
            kind: b.one_of("kind", block_kind, "\"paragraph\", \"heading\", \"quote\"")?,
            time: b.opt_string("time")?,
        });
    }
    let mut sources = Vec::new();
    for (s, p) in o.list("sources")?.unwrap_or_default() {
        let s = object(&s, &p)?;
        sources.push(Source {
            id: s.string("id")?,
            name: s.string("name")?,
            url: s.opt_string("url")?,
        });
    }
    let claims = match o.list("claims")? {
        None => None,
        Some(list) => Some(
            list.iter()
                .map(|(c, p)| read_claim(c, p))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    Ok(Article {
        schema: SCHEMA_V1.to_owned(),
        id,
        title,
        url,
        publisher,
        published,
        language,
        blocks,
        sources,
        claims,
    })
}

fn block_kind(s: &str) -> Option<BlockKind> {
    match s {
        "paragraph" => Some(BlockKind::Paragraph),
        "heading" => Some(BlockKind::Heading),
        "quote" => Some(BlockKind::Quote),
        _ => None,
    }
}

fn quote_kind(s: &str) -> Option<QuoteKind> {
    match s {
        "direct" => Some(QuoteKind::Direct),
        "reported" => Some(QuoteKind::Reported),
        _ => None,
    }
}

const KINDS: &str =
    "count, money, percent, ratio, measure, duration, date, time, ordinal, score, other";
const QUALIFIERS: &str = "exact, approx, at_least, at_most, range, vague";

fn read_claim<V: JsonValue>(v: &V, path: &str) -> Result<Claim, LoadError> {
    let c = object(v, path)?;
    let (id, block) = (c.string("id")?, c.string("block")?);
    let (start, end, text) = (c.offset("start")?, c.offset("end")?, c.string("text")?);
    let (q, qp) = c.req("quantity")?;
    let q = object(&q, &qp)?;
    let quantity = Quantity {
        kind: q
            .one_of("kind", Kind::from_key, KINDS)?
            .ok_or_else(|| missing(&join(&qp, "kind")))?,
        value: q.opt_number("value")?,
        low: q.opt_number("low")?,
        high: q.opt_number("high")?,
        unit: q.opt_string("unit")?,
        qualifier: q
            .one_of("qualifier", Qualifier::from_key, QUALIFIERS)?
            .ok_or_else(|| missing(&join(&qp, "qualifier")))?,
    };
    let speaker = match c.opt("speaker") {
        None => None,
        Some((s, sp)) => {
            let s = object(&s, &sp)?;
            Some(Speaker {
                name: s.string("name")?,
                role: s.opt_string("role")?,
            })
        }
    };
    let review = match c.opt("review") {
        None => None,
        Some((r, rp)) => {
            let r = object(&r, &rp)?;
            Some(Review {
                rating: r.string("rating")?,
                reviewer: r.opt_string("reviewer")?,
                url: r.opt_string("url")?,
            })
        }
    };
    Ok(Claim {
        id,
        block,
        start,
        end,
        text,
        quantity,
        counted: c.opt_string("counted")?,
        when: c.opt_string("when")?,
        speaker,
        speaker_confidence: c.opt_share("speaker_confidence")?,
        cue: c.opt_string("cue")?,
        outlet: c.opt_string("outlet")?,
        source: c.opt_string("source")?,
        quote: c.one_of("quote", quote_kind, "\"direct\", \"reported\"")?,
        sentence: c.string("sentence")?,
        review,
    })
}
