//! The on-demand Wasm module: what the widget needs only now and then, kept out of the download
//! every reader makes. It finds the claims of an article that arrives without them (the
//! extraction core), writes the exports a fact-checker saves (serde, as on the command line), and
//! explains, with its JSON path, why an article cannot be read. Built by
//! `scripts/build-extractor.sh` (a Trunk hook) beside the widget, and loaded by the widget's loader script the first time one of these is asked for.

use claimtrack::contract::article::Article;
use claimtrack::contract::{js, load};
use claimtrack::view::{export, model};
use wasm_bindgen::prelude::*;

fn main() {}

/// Takes an article (JSON text, or an object as `JSON.parse` gives it) and returns it as an
/// object, with `claims` found by the extraction core when it had none.
#[wasm_bindgen]
pub fn extract_article(article: JsValue) -> Result<JsValue, JsValue> {
    let mut article = read(&article)?;
    if article.claims.is_none() {
        article.claims = Some(claimtrack::extract::extract_claims(&article));
    }
    js::write(&article)
}

/// Why an article (JSON text or an object) cannot be read, its JSON path first; empty if it can.
#[wasm_bindgen]
pub fn explain(article: JsValue) -> String {
    read(&article)
        .err()
        .and_then(|e| e.as_string())
        .unwrap_or_default()
}

/// The export of the given rows (as the widget numbers them) of the articles tracked together:
/// `format` is "csv", "json" or "jsonld". The JSON is written by serde_json, as on the command line.
#[wasm_bindgen]
pub fn export_figures(
    format: &str,
    articles: Vec<JsValue>,
    rows: Vec<u32>,
) -> Result<String, JsValue> {
    let articles = articles
        .iter()
        .map(read)
        .collect::<Result<Vec<Article>, _>>()?;
    let doc = model::Doc::new(model::merge_articles(articles));
    let rows: Vec<usize> = rows
        .into_iter()
        .map(|r| r as usize)
        .filter(|&r| r < doc.rows.len())
        .collect();
    match format {
        "csv" => Ok(export::csv(&doc, &rows)),
        "json" => Ok(export::to_json(&export::article(&doc, &rows))),
        "jsonld" => Ok(export::to_json(&export::json_ld(&doc, &rows))),
        other => Err(JsValue::from_str(&format!("no export called \"{other}\""))),
    }
}

/// Reads an article from JSON text or an object, naming the JSON path of a problem.
fn read(value: &JsValue) -> Result<Article, JsValue> {
    match value.as_string() {
        Some(text) => load::from_json_str(&text),
        None => js::read(value),
    }
    .map_err(|e| JsValue::from_str(&e.to_string()))
}
