//! The article contract: article JSON v1 as serde types (`article`), read with path-naming
//! errors (`read`, `load`), and crossing into the browser (`js`). It imports nothing else of the
//! crate: every other layer builds on it.

pub mod article;
#[cfg(any(feature = "widget", feature = "extract-wasm"))]
pub mod js;
pub mod load;
pub mod read;
