//! The extraction core as a Wasm module of its own, which the widget loads only when an article
//! arrives without claims: most articles carry their claims, and their readers should not download
//! the extractor. Built by `scripts/build-extractor.sh` (a Trunk hook) beside the widget.

use wasm_bindgen::prelude::*;

fn main() {}

/// Takes article JSON (v1) and returns it with `claims` found by the extraction core.
#[wasm_bindgen]
pub fn extract_article(article_json: &str) -> Result<String, JsValue> {
    let mut article = claimtrack::load::from_json_str(article_json)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    if article.claims.is_none() {
        article.claims = Some(claimtrack::extract::extract_claims(&article));
    }
    serde_json::to_string(&article).map_err(|e| JsValue::from_str(&e.to_string()))
}
