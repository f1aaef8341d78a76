//! Extraction never panics, and every claim it reports lies inside its block, on character
//! boundaries, with the text it names. With the `cross-check` feature, the figure finder is also
//! run on the whole input and its spans are checked to lie in the text and never overlap (a second
//! full pass, so about half the speed; the default keeps the target fast enough for millions of
//! runs).
#![no_main]

use claimtrack::extract::{extract_claims, input::from_plain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    #[cfg(feature = "cross-check")]
    cross_check(text);
    let article = from_plain("fuzz.txt", text);
    for c in extract_claims(&article) {
        let block = article.blocks.iter().find(|b| b.id == c.block).expect("claims name a block");
        let chars: Vec<char> = block.text.chars().collect();
        assert!(c.start < c.end && c.end <= chars.len());
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
    }
});

#[cfg(feature = "cross-check")]
fn cross_check(text: &str) {
    let mut last_end = 0;
    for f in claimtrack::extract::figures::figures(text) {
        assert!(f.start < f.end && f.end <= text.len(), "span {}..{} outside {} bytes", f.start, f.end, text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(f.start >= last_end, "figures overlap at {}", f.start);
        last_end = f.end;
    }
}
