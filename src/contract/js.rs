//! Article JSON v1 read from, and written to, JavaScript values through serde-wasm-bindgen: the
//! contract's serde types crossing into the browser without JSON text.
//!
//! The widget reads with `read_quick`, which names no path: path tracking
//! (`serde_path_to_error`) costs the widget kilobytes it has no room for, and a refusal is rare.
//! When it refuses, the widget asks the on-demand module to `read` the same value again, which
//! names the JSON path in the same words as the command line.

use crate::contract::article::Article;
use crate::contract::read::{self, LoadError};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// What a browser value is, as `read::found` names it.
pub fn kind(v: &JsValue) -> &'static str {
    if v.is_null() || v.is_undefined() {
        "null"
    } else if v.as_bool().is_some() {
        "boolean"
    } else if v.as_f64().is_some() {
        "number"
    } else if v.is_string() {
        "string"
    } else if js_sys::Array::is_array(v) {
        "array"
    } else {
        "object"
    }
}

/// Refuses anything but an object of version 1, before the rest is looked at.
fn check_head(value: &JsValue) -> Result<(), LoadError> {
    if kind(value) != "object" {
        return Err(read::not_an_article(read::found(kind(value))));
    }
    let schema = js_sys::Reflect::get(value, &JsValue::from_str("schema")).unwrap_or_default();
    match kind(&schema) {
        "null" => read::check_schema(None),
        "string" => read::check_schema(schema.as_string().as_deref()),
        other => Err(LoadError {
            path: "schema".into(),
            problem: format!("expected a string, found {}", read::found(other)),
        }),
    }
}

/// Reads an article, naming the JSON path of a problem (the on-demand module and tests).
pub fn read(value: &JsValue) -> Result<Article, LoadError> {
    check_head(value)?;
    read::read_from(serde_wasm_bindgen::Deserializer::from(value.clone()))
}

/// Reads an article as `read` does, but a problem serde finds is told in serde's words, with no
/// path (the widget, which then asks the module for `read`'s message).
pub fn read_quick(value: &JsValue) -> Result<Article, LoadError> {
    // A future version is refused as such, even where the module cannot be loaded to explain.
    let schema = js_sys::Reflect::get(value, &JsValue::from_str("schema")).ok();
    if let Some(schema) = schema.and_then(|s| s.as_string()) {
        read::check_schema(Some(&schema))?;
    }
    let article = Article::deserialize(serde_wasm_bindgen::Deserializer::from(value.clone()))
        .map_err(|e| LoadError::whole(e.to_string()))?;
    read::checked(article)
}

/// A serde value as a JavaScript value, as JSON would have it (maps as plain objects).
#[cfg(feature = "extract-wasm")]
pub fn write<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}
