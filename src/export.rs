//! Exports of the figures a reader is looking at: CSV for a spreadsheet, article JSON v1 for tools,
//! and schema.org `Claim` objects in JSON-LD, from which a fact-checker can start a ClaimReview.
//!
//! Written with a small JSON writer rather than serde_json, which the widget does not carry.

use crate::article::{safe_url, BlockKind, Claim, Kind, QuoteKind};
use crate::model::Doc;
use std::fmt::Write;

/// A number as JSON or CSV: up to six decimals, no exponent, no thousands separators.
fn num(v: f64) -> String {
    if !v.is_finite() {
        return "null".into();
    }
    let neg = v < 0.0;
    let a = v.abs();
    let int = a.trunc();
    let mut frac = ((a - int) * 1e6).round() as u64;
    let mut int = if int < 1e19 { int as u64 } else { u64::MAX };
    if frac >= 1_000_000 {
        int += 1;
        frac -= 1_000_000;
    }
    let mut s = if neg && (int > 0 || frac > 0) {
        format!("-{int}")
    } else {
        int.to_string()
    };
    if frac > 0 {
        let f = format!("{frac:06}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// A JSON string literal.
fn jstr(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // "</script>" can never close a script element the JSON is pasted into.
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes `"key": value` pairs of an object, skipping absent values.
struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String) -> Obj<'a> {
        out.push('{');
        Obj { out, first: true }
    }
    fn key(&mut self, k: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        jstr(self.out, k);
        self.out.push(':');
        self.out
    }
    fn str(&mut self, k: &str, v: Option<&str>) -> &mut Self {
        if let Some(v) = v {
            let out = self.key(k);
            jstr(out, v);
        }
        self
    }
    /// A number written so that it reads back exactly: Rust's shortest round-trip form, which never
    /// uses an exponent (rounding here turned a value of 9.5e-315 into 0: a fuzz finding).
    fn num(&mut self, k: &str, v: Option<f64>) -> &mut Self {
        if let Some(v) = v.filter(|v| v.is_finite()) {
            let out = self.key(k);
            let _ = write!(out, "{v}");
        }
        self
    }
    fn raw(&mut self, k: &str, v: &str) -> &mut Self {
        self.key(k).push_str(v);
        self
    }
    fn end(&mut self) {
        self.out.push('}');
    }
}

fn claim_json(c: &Claim) -> String {
    let mut out = String::new();
    let q = &c.quantity;
    let mut quantity = String::new();
    Obj::new(&mut quantity)
        .str("kind", Some(q.kind.key()))
        .num("value", q.value)
        .num("low", q.low)
        .num("high", q.high)
        .str("unit", q.unit.as_deref())
        .str("qualifier", Some(q.qualifier.key()))
        .end();
    let speaker = c.speaker.as_ref().map(|s| {
        let mut o = String::new();
        Obj::new(&mut o)
            .str("name", Some(&s.name))
            .str("role", s.role.as_deref())
            .end();
        o
    });
    let mut o = Obj::new(&mut out);
    o.str("id", Some(&c.id))
        .str("block", Some(&c.block))
        .num("start", Some(c.start as f64))
        .num("end", Some(c.end as f64))
        .str("text", Some(&c.text))
        .raw("quantity", &quantity)
        .str("counted", c.counted.as_deref())
        .str("when", c.when.as_deref());
    if let Some(s) = &speaker {
        o.raw("speaker", s);
    }
    o.num("speaker_confidence", c.speaker_confidence)
        .str("cue", c.cue.as_deref())
        .str("outlet", c.outlet.as_deref())
        .str("source", c.source.as_deref())
        .str(
            "quote",
            c.quote.map(|q| match q {
                QuoteKind::Direct => "direct",
                QuoteKind::Reported => "reported",
            }),
        )
        .str("sentence", Some(&c.sentence));
    if let Some(r) = &c.review {
        let mut review = String::new();
        Obj::new(&mut review)
            .str("rating", Some(&r.rating))
            .str("reviewer", r.reviewer.as_deref())
            .str("url", r.url.as_deref())
            .end();
        o.raw("review", &review);
    }
    o.end();
    out
}

/// The article as JSON v1 with only the given claims (rows of `doc`).
pub fn json(doc: &Doc, rows: &[usize]) -> String {
    let a = &doc.article;
    let mut out = String::new();
    let blocks = array(&a.blocks, |out, b| {
        Obj::new(out)
            .str("id", Some(&b.id))
            .str("text", Some(&b.text))
            .str(
                "kind",
                b.kind.map(|k| match k {
                    BlockKind::Paragraph => "paragraph",
                    BlockKind::Heading => "heading",
                    BlockKind::Quote => "quote",
                }),
            )
            .str("time", b.time.as_deref())
            .end();
    });
    let sources = array(&a.sources, |out, s| {
        Obj::new(out)
            .str("id", Some(&s.id))
            .str("name", Some(&s.name))
            .str("url", s.url.as_deref())
            .end();
    });
    let claims = format!(
        "[{}]",
        rows.iter()
            .map(|&r| claim_json(&doc.rows[r].claim))
            .collect::<Vec<_>>()
            .join(",")
    );
    Obj::new(&mut out)
        .str("schema", Some(crate::article::SCHEMA_V1))
        .str("id", Some(&a.id))
        .str("title", Some(&a.title))
        .str("url", a.url.as_deref())
        .str("publisher", a.publisher.as_deref())
        .str("published", a.published.as_deref())
        .str("language", a.language.as_deref())
        .raw("blocks", &blocks)
        .raw("sources", &sources)
        .raw("claims", &claims)
        .end();
    out
}

/// A JSON array of `items`, each written by `write`.
fn array<T>(items: &[T], write: impl Fn(&mut String, &T)) -> String {
    let mut out = String::from("[");
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(&mut out, x);
    }
    out.push(']');
    out
}

/// One CSV field: quoted when needed, and a leading `=`, `+`, `-` or `@` of text defused so a
/// spreadsheet never reads it as a formula.
fn field(out: &mut String, s: &str, text: bool) {
    let risky = text && s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = risky || s.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// The figures as CSV, one mention a line.
pub fn csv(doc: &Doc, rows: &[usize]) -> String {
    let mut out = String::from(
        "id,figure,kind,value,low,high,unit,qualifier,counted,when,speaker,role,cue,outlet,quote,paragraph,sentence\r\n",
    );
    for &r in rows {
        let row = &doc.rows[r];
        let c = &row.claim;
        let q = &c.quantity;
        let n = |v: Option<f64>| v.map(num).unwrap_or_default();
        let paragraph = (row.block + 1).to_string();
        let cells: [(&str, bool); 17] = [
            (&c.id, true),
            (&c.text, true),
            (q.kind.key(), false),
            (&n(q.value), false),
            (&n(q.low), false),
            (&n(q.high), false),
            (q.unit.as_deref().unwrap_or(""), true),
            (q.qualifier.key(), false),
            (c.counted.as_deref().unwrap_or(""), true),
            (c.when.as_deref().unwrap_or(""), true),
            (c.speaker.as_ref().map_or("", |s| s.name.as_str()), true),
            (
                c.speaker
                    .as_ref()
                    .and_then(|s| s.role.as_deref())
                    .unwrap_or(""),
                true,
            ),
            (c.cue.as_deref().unwrap_or(""), true),
            (c.outlet.as_deref().unwrap_or(""), true),
            (
                c.quote.map_or("", |q| {
                    if q == QuoteKind::Direct {
                        "direct"
                    } else {
                        "reported"
                    }
                }),
                false,
            ),
            (&paragraph, false),
            (&c.sentence, true),
        ];
        for (i, (v, text)) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, v, *text);
        }
        out.push_str("\r\n");
    }
    out
}

/// The figures as schema.org `Claim`s in JSON-LD: the claim's sentence, its author (the speaker,
/// with their job title, or the publication for the article's own figures), where it appeared and
/// when — what a fact-checker needs to start a ClaimReview.
pub fn json_ld(doc: &Doc, rows: &[usize]) -> String {
    let a = &doc.article;
    let url = a.url.as_deref().and_then(safe_url);
    let mut items = Vec::new();
    for &r in rows {
        let c = &doc.rows[r].claim;
        let mut author = String::new();
        match &c.speaker {
            Some(s) => {
                Obj::new(&mut author)
                    .str("@type", Some("Person"))
                    .str("name", Some(&s.name))
                    .str("jobTitle", s.role.as_deref())
                    .end();
            }
            None => {
                let name = a.publisher.as_deref().unwrap_or(&a.title);
                Obj::new(&mut author)
                    .str("@type", Some("Organization"))
                    .str("name", Some(name))
                    .end();
            }
        }
        let mut appearance = String::new();
        Obj::new(&mut appearance)
            .str("@type", Some("NewsArticle"))
            .str("headline", Some(&a.title))
            .str("url", url)
            .str("datePublished", a.published.as_deref())
            .end();
        let about = match c.quantity.kind {
            Kind::Date | Kind::Time => None,
            _ => c.counted.as_deref(),
        };
        let mut item = String::new();
        let mut o = Obj::new(&mut item);
        o.str("@type", Some("Claim"))
            .str("text", Some(&c.sentence))
            .raw("author", &author)
            .raw("appearance", &appearance)
            .str("datePublished", a.published.as_deref())
            .str("about", about);
        let mut figure = String::new();
        Obj::new(&mut figure)
            .str("@type", Some("QuantitativeValue"))
            .str("name", Some(&c.text))
            .num("value", c.quantity.value)
            .num("minValue", c.quantity.low)
            .num("maxValue", c.quantity.high)
            .str("unitText", c.quantity.unit.as_deref())
            .end();
        o.raw("mentions", &figure).end();
        items.push(item);
    }
    format!(
        "{{\"@context\":\"https://schema.org\",\"@graph\":[{}]}}",
        items.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_json_str;

    fn load(path: &str) -> Doc {
        let text =
            std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        Doc::new(from_json_str(&text).unwrap())
    }

    fn seed() -> Doc {
        load("static/articles/channel-crossings.json")
    }

    /// Every article in the tree, exported whole and read back, is the same article: its fields,
    /// blocks (kinds and times), sources and claims (speakers, confidences, reviews).
    #[test]
    fn every_article_in_the_tree_reads_back_the_same_after_export() {
        let mut read = 0;
        for dir in ["static/articles", "tests/fixtures"] {
            let dir = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "json") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let doc = Doc::new(from_json_str(&text).unwrap());
                let rows: Vec<usize> = (0..doc.rows.len()).collect();
                let back = from_json_str(&json(&doc, &rows)).unwrap();
                let claims: Vec<_> = doc.rows.iter().map(|r| r.claim.clone()).collect();
                let want = crate::article::Article {
                    claims: Some(claims),
                    ..doc.article.clone()
                };
                assert_eq!(back, want, "{}", path.display());
                read += 1;
            }
        }
        assert!(read >= 5, "{read} articles read");
    }

    /// Found by the reader fuzz target (`fuzz/regress/read-export-dropped-block-kind`): the export
    /// dropped a block's kind, and a claim's review, so an exported article did not read back the same.
    #[test]
    fn json_export_keeps_block_kinds_and_reviews() {
        let doc = load("tests/fixtures/conflicting-toll.json");
        let mut article = doc.article.clone();
        article.blocks[0].kind = Some(crate::article::BlockKind::Heading);
        article.claims = Some(doc.rows.iter().map(|r| r.claim.clone()).collect());
        let doc = Doc::new(article);
        let rows: Vec<usize> = (0..doc.rows.len()).collect();
        let back = from_json_str(&json(&doc, &rows)).unwrap();
        assert_eq!(back.blocks, doc.article.blocks);
        let claims: Vec<_> = doc.rows.iter().map(|r| r.claim.clone()).collect();
        assert!(claims.iter().any(|c| c.review.is_some()));
        assert_eq!(back.claims.unwrap(), claims);
    }

    /// Found by the reader fuzz target (`fuzz/regress/read-export-rounds-values`): the export
    /// rounded numbers to six decimals, so a value of 9.5e-315 read back as 0, and one above 2^64
    /// as 2^64. Then (`fuzz/regress/read-export-large-value-read-back-inexactly`): a 299-digit
    /// value read back a few units in the last place off, until serde_json parsed floats exactly
    /// (its `float_roundtrip` feature).
    #[test]
    fn json_export_writes_values_that_read_back_exactly() {
        let doc = load("tests/fixtures/conflicting-toll.json");
        let mut article = doc.article.clone();
        let mut claims: Vec<_> = doc.rows.iter().map(|r| r.claim.clone()).collect();
        let values = [9.5e-315, -8.894358555867198e298, 0.1 + 0.2, -2.5e-7];
        for (c, v) in claims.iter_mut().zip(values) {
            c.quantity.value = Some(v);
        }
        article.claims = Some(claims.clone());
        let doc = Doc::new(article);
        let rows: Vec<usize> = (0..doc.rows.len()).collect();
        let back = from_json_str(&json(&doc, &rows)).unwrap().claims.unwrap();
        let got: Vec<_> = back.iter().map(|c| c.quantity.value).collect();
        let want: Vec<_> = claims.iter().map(|c| c.quantity.value).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn json_export_keeps_speaker_confidence() {
        let doc = load("tests/fixtures/unclear-source.json");
        let rows: Vec<usize> = (0..doc.rows.len()).collect();
        let back = from_json_str(&json(&doc, &rows)).unwrap();
        let got: Vec<Option<f64>> = back
            .claims
            .unwrap()
            .iter()
            .map(|c| c.speaker_confidence)
            .collect();
        assert_eq!(got, [Some(0.92), Some(0.39), Some(0.45)]);
    }

    #[test]
    fn numbers_for_data() {
        for (v, s) in [
            (2e8, "200000000"),
            (0.3333333, "0.333333"),
            (-1.5, "-1.5"),
            (8.32, "8.32"),
            (0.0, "0"),
            (0.9999999, "1"),
        ] {
            assert_eq!(num(v), s);
        }
    }

    #[test]
    fn json_export_reads_back_as_the_same_claims() {
        let doc = seed();
        let rows = [1, 7];
        let text = json(&doc, &rows);
        let back = from_json_str(&text).unwrap();
        let claims = back.claims.unwrap();
        assert_eq!(claims.len(), 2);
        assert_eq!(claims[0], doc.rows[1].claim);
        assert_eq!(claims[1], doc.rows[7].claim);
        assert_eq!(back.blocks, doc.article.blocks);
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let doc = seed();
        let out = csv(&doc, &[6]);
        let mut lines = out.lines();
        assert!(lines.next().unwrap().starts_with("id,figure,kind,value"));
        let line = lines.next().unwrap();
        assert!(
            line.starts_with("c7,a few thousand euros,money,,2000,9000,EUR,vague,"),
            "{line}"
        );
        assert!(line.contains(
            "Gerald Darmanin,French interior minister,said,a radio interview,direct,24,"
        ));
        assert!(line.ends_with("\"\"\"There were pregnant women, children who died yesterday on that boat, and for a few thousand euros they promise them Eldorado in England,” he said of traffickers.\""));
        let mut cell = String::new();
        field(&mut cell, "=HYPERLINK(\"x\")", true);
        assert_eq!(cell, "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    #[test]
    fn json_ld_claims_name_their_author_and_appearance() {
        let doc = seed();
        let out = json_ld(&doc, &[1, 0]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let g = &v["@graph"];
        assert_eq!(v["@context"], "https://schema.org");
        assert_eq!(g[0]["@type"], "Claim");
        assert_eq!(g[0]["author"]["name"], "Kevin Foster");
        assert_eq!(g[0]["author"]["jobTitle"], "immigration minister");
        assert_eq!(g[0]["mentions"]["value"], 20000.0);
        assert_eq!(g[0]["appearance"]["headline"], doc.article.title.as_str());
        assert_eq!(
            g[1]["author"]["@type"], "Organization",
            "the article's own figure"
        );
        assert!(!out.contains("</"), "safe to paste into a script element");
    }
}
