//! Article JSON v1 read from, and written to, JavaScript values through serde-wasm-bindgen: the
//! contract's serde types crossing into the browser without JSON text.
//!
//! The widget reads with `Reading`, which names no path: path tracking
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

/// Reads an article as `read` does, a few items at a time (`Steps`), so that a large article does
/// not hold the page's main thread in one long task. A problem serde finds is told in serde's
/// words, with no path (the widget then asks the on-demand module for `read`'s message).
///
/// The article's head (everything but its blocks and claims) is read at once; then each block and
/// each claim is read from its own element of the arrays.
pub struct Reading {
    head: Article,
    blocks: Option<js_sys::Array>,
    claims: Option<js_sys::Array>,
    next: usize,
    error: Option<LoadError>,
}

impl Reading {
    pub fn start(value: &JsValue) -> Result<Reading, LoadError> {
        // A future version is refused as such, even where the module cannot be loaded to explain.
        let get = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
        if let Some(schema) = get("schema").and_then(|s| s.as_string()) {
            read::check_schema(Some(&schema))?;
        }
        let array = |v: Option<JsValue>| {
            v.filter(js_sys::Array::is_array)
                .map(JsValue::unchecked_into)
        };
        let (blocks, claims): (Option<js_sys::Array>, Option<js_sys::Array>) =
            (array(get("blocks")), array(get("claims")));
        // The head is read from a shallow copy whose arrays are empty; arrays that are not arrays
        // are left for serde to refuse.
        let head_value = if value.is_object() {
            let copy = js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref());
            for (name, present) in [("blocks", blocks.is_some()), ("claims", claims.is_some())] {
                if present {
                    let _ = js_sys::Reflect::set(&copy, &name.into(), &js_sys::Array::new());
                }
            }
            copy.into()
        } else {
            value.clone()
        };
        let head = Article::deserialize(serde_wasm_bindgen::Deserializer::from(head_value))
            .map_err(|e| LoadError::whole(e.to_string()))?;
        Ok(Reading {
            head,
            blocks,
            claims,
            next: 0,
            error: None,
        })
    }

    /// The article read, checked as `read::checked` checks it.
    pub fn finish(self) -> Result<Article, LoadError> {
        match self.error {
            Some(e) => Err(e),
            None => read::checked(self.head),
        }
    }

    fn lens(&self) -> (usize, usize) {
        let len = |a: &Option<js_sys::Array>| a.as_ref().map_or(0, |a| a.length() as usize);
        (len(&self.blocks), len(&self.claims))
    }
}

/// Item `i` of an array, read through serde.
fn item<T: serde::de::DeserializeOwned>(
    array: Option<&js_sys::Array>,
    i: usize,
) -> Result<T, LoadError> {
    let v = array.map_or(JsValue::UNDEFINED, |a| a.get(i as u32));
    T::deserialize(serde_wasm_bindgen::Deserializer::from(v))
        .map_err(|e| LoadError::whole(e.to_string()))
}

impl crate::contract::Steps for Reading {
    fn step(&mut self, n: usize) -> bool {
        let (blocks, claims) = self.lens();
        let end = (self.next + n).min(blocks + claims);
        while self.next < end && self.error.is_none() {
            let i = self.next;
            let read = if i < blocks {
                item(self.blocks.as_ref(), i).map(|b| self.head.blocks.push(b))
            } else {
                item(self.claims.as_ref(), i - blocks)
                    .map(|c| self.head.claims.get_or_insert_with(Vec::new).push(c))
            };
            self.error = read.err();
            self.next += 1;
        }
        self.next >= blocks + claims || self.error.is_some()
    }

    fn done_of(&self) -> (usize, usize) {
        let (blocks, claims) = self.lens();
        (self.next, blocks + claims)
    }
}

/// A serde value as a JavaScript value, as JSON would have it (maps as plain objects).
#[cfg(feature = "extract-wasm")]
pub fn write<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}
