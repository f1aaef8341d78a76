//! Word lists looked up on every token (verbs of saying, titles, stop words), built once into a
//! small table keyed by a word's first and last bytes and its length: a lookup compares the word
//! with the one or two list words that share all three, instead of hashing it or scanning the whole
//! list. Most words looked up are in no list, and a bitmap of the buckets in use answers those
//! without reading the table. `Buckets` is the same table for items keyed by a word (the first
//! words of phrases, with the second).

use std::sync::OnceLock;

/// Buckets of a table: many more than a list has words, so that most buckets are empty and a word
/// in no list is answered by one bit.
const BUCKETS: usize = 1024;

pub struct Words {
    list: &'static [&'static str],
    table: OnceLock<Table>,
}

/// Which buckets hold a word of some set: a word whose bucket holds none is in no set of them, and
/// is answered without reading or hashing anything more.
#[derive(Debug)]
pub struct Bitmap([u64; BUCKETS / 64]);

impl Default for Bitmap {
    fn default() -> Bitmap {
        Bitmap([0; BUCKETS / 64])
    }
}

impl Bitmap {
    pub fn insert(&mut self, w: &str) {
        let b = bucket(w);
        self.0[b / 64] |= 1 << (b % 64);
    }

    /// Whether `w`'s bucket holds a word (`w` itself, or another of its bucket).
    pub fn may_hold(&self, w: &str) -> bool {
        self.holds_bucket(bucket(w))
    }

    fn holds_bucket(&self, b: usize) -> bool {
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A list's words by bucket, in one array: bucket `b` holds `words[starts[b]..starts[b + 1]]`.
struct Table {
    used: Bitmap,
    starts: Vec<u16>,
    words: Vec<&'static str>,
}

impl Table {
    fn of(list: &[&'static str]) -> Table {
        let mut words = list.to_vec();
        words.sort_by_key(|w| bucket(w));
        let mut starts = vec![0; BUCKETS + 1];
        let mut used = Bitmap::default();
        for w in &words {
            starts[bucket(w) + 1] += 1;
            used.insert(w);
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        let starts = starts
            .into_iter()
            .map(|k| u16::try_from(k).expect("a word list holds fewer than 65,536 words"))
            .collect();
        Table {
            used,
            starts,
            words,
        }
    }

    fn contains(&self, w: &str) -> bool {
        let b = bucket(w);
        self.used.holds_bucket(b)
            && self.words[usize::from(self.starts[b])..usize::from(self.starts[b + 1])].contains(&w)
    }
}

/// The bucket of a word, by its first and last bytes and its length: words of a list that share
/// all three are rare, so a lookup seldom compares more than one word.
pub fn bucket(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    );
    (usize::from(first).wrapping_mul(31) ^ usize::from(last).wrapping_mul(7) ^ w.len()) % BUCKETS
}

/// Items keyed by a word, bucketed as [`Words`] are: for tables that carry more than the word.
pub struct Buckets<T>(Vec<Vec<(&'static str, T)>>);

impl<T: Clone> Buckets<T> {
    pub fn of(items: impl IntoIterator<Item = (&'static str, T)>) -> Buckets<T> {
        let mut t = vec![Vec::new(); BUCKETS];
        for (w, x) in items {
            t[bucket(w)].push((w, x));
        }
        Buckets(t)
    }

    /// The items keyed by `w`.
    pub fn get<'a>(&'a self, w: &'a str) -> impl Iterator<Item = &'a T> + 'a {
        self.0[bucket(w)]
            .iter()
            .filter(move |(k, _)| *k == w)
            .map(|(_, x)| x)
    }
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            table: OnceLock::new(),
        }
    }

    /// The list as written, for checks over every entry.
    pub fn entries(&self) -> &'static [&'static str] {
        self.list
    }

    /// Whether `w` is in the list (written like `slice::contains`, so call sites read the same).
    pub fn contains(&self, w: &&str) -> bool {
        self.table.get_or_init(|| Table::of(self.list)).contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_listed_words() {
        static W: Words = Words::new(&["said", "says", "told", "a", "according"]);
        for w in ["said", "says", "told", "a", "according"] {
            assert!(W.contains(&w), "{w}");
        }
        for w in ["", "sai", "saidx", "Said", "tell", "b", "accordingly"] {
            assert!(!W.contains(&w), "{w}");
        }
    }
}
