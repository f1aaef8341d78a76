//! claimtrack: find, show and filter the numeric claims in a news article.
//!
//! The layers, each a folder, and each importing only the ones above it in this list:
//! - `contract`: article JSON v1, its serde types, and reading it with path-naming errors;
//! - `view`: the reader's view of an article (model, filters, tracking, export, the store);
//! - `extract`: the extraction core, which finds the claims in an article's text (it builds on
//!   the contract alone);
//! - `widget`: the Yew components, behind the `widget` feature, which only render the store's
//!   state and dispatch its actions; and `cli`, the command line.
//!
//! All but `widget` are plain Rust with no web dependencies: they build and are tested natively.

#[cfg(feature = "cli")]
pub mod cli;
pub mod contract;
pub mod extract;
pub mod view;

#[cfg(feature = "widget")]
pub mod widget;
