//! One claim as the reader's view holds it: the claim, where it is, and what it is matched, sorted
//! and counted by. It sits below `model`, which makes rows, and `track`, which groups them, so
//! that tracking need not import the model that calls it.

use crate::contract::article::Claim;
use std::ops::Range;

/// One claim ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub claim: Claim,
    /// Index of the claim's block in `article.blocks`.
    pub block: usize,
    /// Byte range of the figure in its block's text.
    pub span: Range<usize>,
    /// Byte range of the figure in `claim.sentence`, when it occurs there.
    pub mark: Option<Range<usize>>,
    /// Lower-cased text the search box matches against.
    pub hay: String,
    /// The value (or low and high) in plain digits, each between `\u{1e}` marks, so that a number typed
    /// in the search box matches a value whole: "20000" finds "20,000" but not "£200 million".
    pub digits: String,
    /// The value to sort by: the value, else the middle of the interval.
    pub sort_value: Option<f64>,
    /// For each facet (in `Facet::ALL` order), the id of this row's value in `Doc::facet_values`,
    /// or `NO_VALUE`.
    pub facets: [u32; 4],
}
