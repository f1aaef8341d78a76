//! Article JSON v1 and JavaScript values: the article reader over a browser value (the widget and
//! the on-demand module read with the same code, and so the same paths and words, as natively),
//! and serde-wasm-bindgen writing the contract's serde types as JavaScript values (the module's
//! answers to the page).

use crate::contract::article::Article;
use crate::contract::read::{read_article, JsonKind, JsonValue, LoadError};
use wasm_bindgen::prelude::*;

/// A browser value as the article reader sees it.
impl JsonValue for JsValue {
    fn kind(&self) -> JsonKind {
        if self.is_null() || self.is_undefined() {
            JsonKind::Null
        } else if self.as_bool().is_some() {
            JsonKind::Bool
        } else if self.as_f64().is_some() {
            JsonKind::Number
        } else if self.is_string() {
            JsonKind::String
        } else if js_sys::Array::is_array(self) {
            JsonKind::Array
        } else {
            JsonKind::Object
        }
    }
    fn member(&self, key: &str) -> Option<Self> {
        js_sys::Reflect::get(self, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined())
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn elements(&self) -> Vec<Self> {
        js_sys::Array::from(self).iter().collect()
    }
}

/// Reads an article from a JavaScript value, naming the JSON path of a problem.
pub fn read(value: &JsValue) -> Result<Article, LoadError> {
    read_article(value)
}

/// A serde value as a JavaScript value, as JSON would have it (maps as plain objects).
#[cfg(feature = "extract-wasm")]
pub fn write<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}
