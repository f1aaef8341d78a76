//! The article reader, on the code the widget runs natively: from raw bytes and from generated
//! article shapes (with fields of the wrong type, out-of-range offsets and odd text). It never
//! panics, every refusal says where (a JSON path, or a line and column), every claim it shows lies
//! inside its block, and the JSON export reads back as the same claims and blocks.
#![no_main]

use arbitrary::Arbitrary;
use claimtrack::contract::load;
use claimtrack::view::{export, model::Doc};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[derive(Arbitrary, Debug)]
enum Input {
    Bytes(Vec<u8>),
    Shape(Shape),
}

#[derive(Arbitrary, Debug)]
struct Shape {
    blocks: Vec<(String, Option<u8>, Option<String>)>,
    claims: Vec<ClaimShape>,
    sources: Vec<(String, Option<String>)>,
    /// A field to replace with a value of the wrong type: (which claim, which field, what).
    wrong: Option<(u8, u8, u8)>,
}

#[derive(Arbitrary, Debug)]
struct ClaimShape {
    block: u8,
    start: u16,
    len: u8,
    kind: u8,
    qualifier: u8,
    value: Option<f64>,
    low: Option<f64>,
    speaker: Option<(String, Option<String>)>,
    confidence: Option<f64>,
    quote: Option<bool>,
    review: Option<(String, Option<String>)>,
    counted: Option<String>,
}

const KINDS: [&str; 12] = ["count", "money", "percent", "ratio", "measure", "duration", "date", "time", "ordinal", "score", "other", "bogus"];
const QUALIFIERS: [&str; 7] = ["exact", "approx", "at_least", "at_most", "range", "vague", "roughly"];
const FIELDS: [&str; 8] = ["id", "block", "start", "end", "text", "quantity", "speaker", "speaker_confidence"];

fn article(s: &Shape) -> Value {
    let blocks: Vec<Value> = s
        .blocks
        .iter()
        .enumerate()
        .map(|(i, (text, kind, time))| {
            let mut b = json!({"id": format!("b{i}"), "text": text});
            if let Some(k) = kind {
                b["kind"] = ["paragraph", "heading", "quote", "list"][*k as usize % 4].into();
            }
            if let Some(t) = time {
                b["time"] = t.clone().into();
            }
            b
        })
        .collect();
    let mut claims: Vec<Value> = s
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let bi = c.block as usize % s.blocks.len().max(1);
            let text = s.blocks.get(bi).map_or("", |b| b.0.as_str());
            let chars: Vec<char> = text.chars().collect();
            let start = c.start as usize % (chars.len() + 2);
            let end = start + c.len as usize % 6;
            let fig: String = chars.iter().skip(start).take(end - start).collect();
            let mut v = json!({"id": format!("c{i}"), "block": format!("b{bi}"), "start": start, "end": end,
                "text": fig, "sentence": text,
                "quantity": {"kind": KINDS[c.kind as usize % KINDS.len()], "qualifier": QUALIFIERS[c.qualifier as usize % QUALIFIERS.len()]}});
            if let Some(x) = c.value.filter(|x| x.is_finite()) {
                v["quantity"]["value"] = x.into();
            }
            if let Some(x) = c.low.filter(|x| x.is_finite()) {
                v["quantity"]["low"] = x.into();
            }
            if let Some((name, role)) = &c.speaker {
                v["speaker"] = json!({"name": name, "role": role});
            }
            if let Some(x) = c.confidence.filter(|x| x.is_finite()) {
                v["speaker_confidence"] = x.into();
            }
            if let Some(q) = c.quote {
                v["quote"] = if q { "direct" } else { "reported" }.into();
            }
            if let Some((rating, url)) = &c.review {
                v["review"] = json!({"rating": rating, "url": url});
            }
            if let Some(x) = &c.counted {
                v["counted"] = x.clone().into();
            }
            v
        })
        .collect();
    if let Some((ci, f, what)) = s.wrong {
        if let Some(c) = claims.get_mut(ci as usize % s.claims.len().max(1)) {
            let bad = [json!(7), json!("x"), json!([]), json!({}), json!(null), json!(-1.5)][what as usize % 6].clone();
            c[FIELDS[f as usize % FIELDS.len()]] = bad;
        }
    }
    let sources: Vec<Value> = s
        .sources
        .iter()
        .enumerate()
        .map(|(i, (name, url))| json!({"id": format!("s{i}"), "name": name, "url": url}))
        .collect();
    json!({"schema": "claimtrack/article@1", "id": "fuzz", "title": "Fuzz", "blocks": blocks, "sources": sources, "claims": claims})
}

fuzz_target!(|input: Input| {
    let text = match &input {
        Input::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Input::Shape(s) => article(s).to_string(),
    };
    let a = match load::from_json_str(&text) {
        Ok(a) => a,
        Err(e) => {
            let says_where = !e.path.is_empty()
                || e.problem.contains("line ")
                || e.problem.starts_with("expected an article object");
            assert!(says_where, "a refusal that does not say where: {e}");
            return;
        }
    };
    let doc = Doc::new(a);
    for row in &doc.rows {
        let block = &doc.article.blocks[row.block];
        let chars: Vec<char> = block.text.chars().collect();
        let c = &row.claim;
        assert!(c.start <= c.end && c.end <= chars.len(), "claim {} outside its block", c.id);
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
    }
    let rows: Vec<usize> = (0..doc.rows.len()).collect();
    let back = load::from_json_str(&export::to_json(&export::article(&doc, &rows))).expect("the export reads back");
    assert_eq!(back.blocks, doc.article.blocks, "the export keeps the blocks");
    assert_eq!(back.sources, doc.article.sources, "the export keeps the sources");
    let claims: Vec<_> = doc.rows.iter().map(|r| r.claim.clone()).collect();
    assert_eq!(back.claims.unwrap_or_default(), claims, "the export keeps the claims");
});
