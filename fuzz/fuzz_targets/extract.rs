//! Extraction never panics, every span it reports lies inside the text on character boundaries,
//! and figures never overlap.
#![no_main]

use claimtrack::extract::{extract_claims, figures::figures, input::from_plain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last_end = 0;
    for f in figures(text) {
        assert!(f.start < f.end && f.end <= text.len(), "span {}..{} outside {} bytes", f.start, f.end, text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(f.start >= last_end, "figures overlap at {}", f.start);
        last_end = f.end;
    }
    let article = from_plain("fuzz.txt", text);
    for c in extract_claims(&article) {
        let block = article.blocks.iter().find(|b| b.id == c.block).expect("claims name a block");
        let chars: Vec<char> = block.text.chars().collect();
        assert!(c.start < c.end && c.end <= chars.len());
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
    }
});
