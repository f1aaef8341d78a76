//! Word lists looked up on every token (verbs of saying, titles, stop words): a hash set built once,
//! so a lookup costs one hash rather than a comparison with every word of the list.
//!
//! The keys are short static words, never attacker-chosen in a way that matters for a per-article
//! set, so the set uses FNV-1a rather than the standard library's slower SipHash.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a, 64-bit: a few instructions a byte, which is what short words need.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether `w` is in the list (written like `slice::contains`, so call sites read the same).
    pub fn contains(&self, w: &&str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(*w)
    }
}
