//! One stable sort of indices, by a comparison behind a reference. Every list the widget orders
//! (cards, facet values, tracked figures, merged articles) goes through it, so the standard sort is
//! compiled into the Wasm once rather than once per call site (which cost 25 KB). It sits below
//! every other module of the reader's view, so that they can all use it without importing each
//! other.

/// Sorts indices with a comparison, stably.
pub fn sort_indices(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    v.sort_by(|&a, &b| cmp(a, b));
}
