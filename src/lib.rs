//! claimtrack: find, show and filter the numeric claims in a news article.
//!
//! The core (`article`, `load`, `read`, `model`, `filter`, `store`, `extract`) is plain Rust with no web
//! dependencies: it builds and is tested natively, runs in the command-line tool, and is compiled
//! into the widget's Wasm. The Yew components live in `widget`, behind the `widget` feature, and only
//! render the store's state and dispatch its actions.

pub mod article;
#[cfg(feature = "cli")]
pub mod cli;
pub mod export;
pub mod extract;
pub mod filter;
#[cfg(any(feature = "widget", feature = "extract-wasm"))]
pub mod js;
pub mod load;
pub mod model;
pub mod read;
pub mod row;
pub mod sort;
pub mod store;
pub mod track;

#[cfg(feature = "widget")]
pub mod widget;
