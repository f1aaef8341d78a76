//! The article contract: article JSON v1 as serde types (`article`), read with path-naming
//! errors (`read`, `load`), and crossing into the browser (`js`). It imports nothing else of the
//! crate: every other layer builds on it.

pub mod article;
#[cfg(any(feature = "widget", feature = "extract-wasm"))]
pub mod js;
pub mod load;
pub mod read;

/// Work done a little at a time, so that a browser's main thread can give the page its turn
/// between steps: reading a large article, and preparing it for the reader. The caller decides how
/// much each turn takes (the widget, by the clock); natively the whole of it is done at once.
pub trait Steps {
    /// Does up to `n` more items of the work; true when all of it is done.
    fn step(&mut self, n: usize) -> bool;
    /// How many items are done, of how many.
    fn done_of(&self) -> (usize, usize);
}
