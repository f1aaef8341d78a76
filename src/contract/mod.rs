//! The article contract: article JSON v1 as serde types (`article`), read with path-naming
//! errors (`read`, `load`), and crossing into the browser (`js`). It imports nothing else of the
//! crate: every other layer builds on it, and so also on its one string search (`find`, `rfind`)
//! and its one writer of digits (`write_digits`).

pub mod article;
#[cfg(any(feature = "widget", feature = "extract-wasm"))]
pub mod js;
pub mod load;
pub mod read;

/// Where `needle` first occurs in `hay`. `str::find` with a string pattern brings core's two-way
/// searcher into the widget, about a kilobyte, and prepares it at every call; on the short texts
/// searched here (a card's words on every keystroke, a sentence in its paragraph, a header) a
/// search from the needle's first byte is as quick. On UTF-8 a byte match is a character match.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(k) = hay[from..].iter().position(|&b| b == first) {
        let at = from + k + 1;
        if hay[at..].starts_with(rest) {
            return Some(at - 1);
        }
        from = at;
    }
    None
}

/// Where `needle` last occurs in `hay` (see `find`).
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    (0..=hay.len().checked_sub(needle.len())?)
        .rev()
        .find(|&i| hay.as_bytes()[i..].starts_with(needle.as_bytes()))
}

/// Writes the decimal digits of `n` at the end of `buf`; returns where they start. Ids and the
/// numbers a card shows are written with it, several times quicker than `format!`, which they
/// were written with on every claim.
pub fn write_digits(buf: &mut [u8; 20], mut n: u64) -> usize {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

/// Work done a little at a time, so that a browser's main thread can give the page its turn
/// between steps: reading a large article, and preparing it for the reader. The caller decides how
/// much each turn takes (the widget, by the clock); natively the whole of it is done at once.
pub trait Steps {
    /// Does up to `n` more items of the work; true when all of it is done.
    fn step(&mut self, n: usize) -> bool;
    /// How many items are done, of how many.
    fn done_of(&self) -> (usize, usize);
}

#[cfg(test)]
mod tests {
    #[test]
    fn find_and_rfind_find_what_str_finds() {
        for (hay, needle) in [
            ("darmanin said", "darmanin"),
            ("darmanin said", "said"),
            ("darmanin said", "saidx"),
            ("\u{a3}50 million", "\u{a3}50"),
            ("\u{a3}50 million", "50 m"),
            ("aab aab", "ab"),
            ("", ""),
            ("", "a"),
            ("abc", ""),
            ("caf\u{e9} \u{e9}t\u{e9}", "\u{e9}t"),
            ("x at line 1 column 2 at line 3 column 4", " at line "),
            ("text/html; charset=utf-8", "text/html"),
        ] {
            assert_eq!(
                super::find(hay, needle),
                hay.find(needle),
                "{hay:?} {needle:?}"
            );
            assert_eq!(
                super::rfind(hay, needle),
                hay.rfind(needle),
                "{hay:?} {needle:?}"
            );
        }
    }
}
