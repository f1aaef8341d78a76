//! Word lists looked up on every token (verbs of saying, titles, stop words): a hash set built once,
//! so a lookup costs one hash rather than a comparison with every word of the list.

use std::collections::HashSet;
use std::sync::OnceLock;

pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
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
