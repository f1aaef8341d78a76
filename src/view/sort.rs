//! One stable sort of indices, by a comparison behind a reference. Every list the widget orders
//! (cards, facet values, tracked figures, merged articles) goes through it, so the standard sort is
//! compiled into the Wasm once rather than once per call site (which cost 25 KB). It sits below
//! every other module of the reader's view, so that they can all use it without importing each
//! other. Beside it, the hash that lets a sort by text compare numbers first.

/// Sorts indices with a comparison, stably.
pub fn sort_indices(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    v.sort_by(|&a, &b| cmp(a, b));
}

/// Where `hash` starts.
pub const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// `h` followed by the bytes of `s`, FNV-1a: sorting by a hash first, then by the text where two
/// hashes are equal, puts equal texts side by side while nearly every comparison is of two numbers.
pub fn hash(h: u64, s: &str) -> u64 {
    s.bytes().fold(h, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
