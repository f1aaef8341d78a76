//! The reader's view of an article: claims prepared for display (`model`), filters and facet
//! counts (`filter`), figures tracked together (`track`, over `row` and `sort`), the exports
//! (`export`), the virtual list's geometry (`window`) and the widget's state with its pure `reduce` (`store`). It imports only the
//! contract, and has no yew or web-sys import, so it builds and is tested natively.

pub mod export;
pub mod filter;
pub mod model;
pub mod row;
pub mod sort;
pub mod store;
pub mod track;
pub mod window;
