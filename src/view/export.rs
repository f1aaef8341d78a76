//! Exports of the figures a reader is looking at: CSV for a spreadsheet, article JSON v1 for tools,
//! and schema.org `Claim` objects in JSON-LD, from which a fact-checker can start a ClaimReview.
//!
//! The two JSON exports are serde values (an `Article`, a JSON-LD graph) written by serde: natively
//! by serde_json (`to_json`), in the on-demand module the widget loads for its first export.

use crate::contract::article::{safe_url, Article, Kind, QuoteKind};
use crate::view::model::Doc;
use serde::Serialize;

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

/// The article as JSON v1 with only the given claims (rows of `doc`).
pub fn article(doc: &Doc, rows: &[usize]) -> Article {
    Article {
        claims: Some(rows.iter().map(|&r| doc.rows[r].claim.clone()).collect()),
        ..doc.article.clone()
    }
}

/// A JSON export as text, natively: a `<` is escaped, so that the text can be pasted into a
/// `<script>` element without closing it (a `<` is only ever inside a string).
pub fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

/// A schema.org JSON-LD graph of `Claim`s.
#[derive(Debug, Serialize)]
pub struct Graph<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<ClaimLd<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: &'a str,
    author: Author<'a>,
    appearance: Appearance<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    about: Option<&'a str>,
    mentions: Figure<'a>,
}

/// A `Person` (the speaker) or an `Organization` (the publication, for its own figures).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Author<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_title: Option<&'a str>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    headline: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Figure<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min_value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit_text: Option<&'a str>,
}

/// The figures as schema.org `Claim`s in JSON-LD: the claim's sentence, its author (the speaker,
/// with their job title, or the publication for the article's own figures), where it appeared and
/// when — what a fact-checker needs to start a ClaimReview.
pub fn json_ld<'a>(doc: &'a Doc, rows: &[usize]) -> Graph<'a> {
    let a = &doc.article;
    let published = a.published.as_deref();
    let claim = |r: usize| {
        let c = &doc.rows[r].claim;
        let q = &c.quantity;
        let author = match &c.speaker {
            Some(s) => Author {
                kind: "Person",
                name: &s.name,
                job_title: s.role.as_deref(),
            },
            None => Author {
                kind: "Organization",
                name: a.publisher.as_deref().unwrap_or(&a.title),
                job_title: None,
            },
        };
        ClaimLd {
            kind: "Claim",
            text: &c.sentence,
            author,
            appearance: Appearance {
                kind: "NewsArticle",
                headline: &a.title,
                url: a.url.as_deref().and_then(safe_url),
                date_published: published,
            },
            date_published: published,
            about: match q.kind {
                Kind::Date | Kind::Time => None,
                _ => c.counted.as_deref(),
            },
            mentions: Figure {
                kind: "QuantitativeValue",
                name: &c.text,
                value: q.value.filter(|v| v.is_finite()),
                min_value: q.low.filter(|v| v.is_finite()),
                max_value: q.high.filter(|v| v.is_finite()),
                unit_text: q.unit.as_deref(),
            },
        }
    };
    Graph {
        context: "https://schema.org",
        graph: rows.iter().map(|&r| claim(r)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::load::from_json_str;

    fn json(doc: &Doc, rows: &[usize]) -> String {
        to_json(&article(doc, rows))
    }

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
                let want = crate::contract::article::Article {
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
        article.blocks[0].kind = Some(crate::contract::article::BlockKind::Heading);
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
        let out = to_json(&json_ld(&doc, &[1, 0]));
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
