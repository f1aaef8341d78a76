//! The extraction core: turns article text into the `claims` of article JSON v1.
//!
//! Plain Rust with no web dependency, so the same code runs natively (the command line) and in the
//! widget's Wasm when an article arrives without claims. The work is split by concern:
//! `lex` (tokens, sentences), `numbers` (digits and number words), `figures` (quantities, one rule
//! set a kind of figure, with its examples beside it), `change` (a rise or fall, and from or to
//! what), `context` (what is counted, and when),
//! `attribution` (who says it, the cue, the outlet, quotes), and `input` (plain text, JSON) with
//! `html` (saved pages, for the command line only).

pub mod attribution;
pub mod change;
pub mod context;
pub mod figures;
#[cfg(feature = "cli")]
pub mod html;
pub mod input;
pub mod lex;
pub mod lexicon;
pub mod numbers;
mod words;

use crate::contract::article::{Article, Claim, Quantity};
use attribution::mentions::Vocabulary;
use attribution::{frame_fields, Assigned, Attribution};

/// Character offsets of byte offsets that only grow, counted incrementally: figures come in order,
/// so a block is counted once rather than once a figure.
struct CharCount<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCount<'a> {
    fn new(text: &'a str) -> CharCount<'a> {
        CharCount {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            return self.text[..byte].chars().count();
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// `prefix`, `sep` and the decimal digits of `n` in one string: "p3-c12". Every claim and block
/// gets such an id, and `format!` took more of the time than the joining needs.
pub(crate) fn numbered_id(prefix: &str, sep: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let at = crate::contract::write_digits(&mut digits, n as u64);
    let mut id = String::with_capacity(prefix.len() + sep.len() + digits.len() - at);
    id.push_str(prefix);
    id.push_str(sep);
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// Finds the claims in an article's blocks, in order.
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    // The words the article writes in lower case, for telling sentence starts from names.
    // One token pass per block, shared by the vocabulary and every later stage.
    let tokens: Vec<Vec<lex::Tok>> = article
        .blocks
        .iter()
        .map(|b| lex::tokens(&b.text))
        .collect();
    // One lower-cased copy and one cut into sentences per block, shared by every stage.
    let lows: Vec<String> = article
        .blocks
        .iter()
        .map(|b| b.text.to_ascii_lowercase())
        .collect();
    let sentences: Vec<Vec<(usize, usize)>> = article
        .blocks
        .iter()
        .zip(&tokens)
        .map(|(b, toks)| lex::sentences_in(&b.text, toks))
        .collect();
    // Sentence starts are the only words asked of the vocabulary: only they are kept.
    let mut vocab = Vocabulary::default();
    for ((low, toks), sents) in lows.iter().zip(&tokens).zip(&sentences) {
        vocab.expect_starts(low, toks, sents);
    }
    for (block, toks) in article.blocks.iter().zip(&tokens) {
        vocab.add_words(&block.text, toks);
    }
    let mut att = Attribution::default();
    let mut out: Vec<(Claim, Assigned)> = Vec::new();
    // Numbers the article names products by, and the claims that may be the same names.
    let mut names: Vec<&str> = Vec::new();
    let mut maybe_names: Vec<usize> = Vec::new();
    for (bi, (block, toks)) in article.blocks.iter().zip(&tokens).enumerate() {
        let text = block.text.as_str();
        let (low, sentences) = (&lows[bi], &sentences[bi]);
        let para = att.read(bi, (text, low, toks), sentences, &vocab);
        let mut in_block = 0;
        let mut chars = CharCount::new(text);
        // Each sentence is read for context once, when its first figure needs it.
        let mut contexts: Vec<Option<context::Context>> = Vec::new();
        contexts.resize_with(para.sents.len(), || None);
        let (figs, named) = figures::figures_and_names_in(text, low, toks);
        // A headline capitalises every word, so "Storm Kills 120" looks like "Boeing 717": names
        // are learnt from the body only.
        if block.kind != Some(crate::contract::article::BlockKind::Heading) {
            names.extend(named.into_iter().map(|r| &text[r]));
        }
        let mut changes = change::changes(text, low, &figs);
        // Where the figure before ends: what the next one counts never reaches back into it.
        let mut floor = 0usize;
        for (fi, f) in figs.into_iter().enumerate() {
            let maybe_name = figures::bare_number(&f, text);
            in_block += 1;
            let Some(k) = para.sentence_of(f.start) else {
                continue;
            };
            let (frame, in_quote, assigned) = para.assign(k, f.start, bi);
            let (cue, outlet, quote) = frame_fields(frame, in_quote);
            let (a, sent) = &para.sents[k];
            let sentence = &text[*a..*a + sent.s.len()];
            let cx = contexts[k]
                .get_or_insert_with(|| context::Context::new(sentence, sent.low(), &sent.toks));
            let (counted, when) = cx.of(f.start - a..f.end - a, floor.saturating_sub(*a), f.kind);
            floor = f.end;
            let claim = Claim {
                id: numbered_id(&block.id, "-c", in_block),
                block: block.id.clone(),
                start: chars.at(f.start),
                end: chars.at(f.end),
                text: text[f.start..f.end].to_owned(),
                quantity: Quantity {
                    kind: f.kind,
                    value: f.value,
                    low: f.low,
                    high: f.high,
                    unit: f.unit,
                    qualifier: f.qualifier,
                    change: changes[fi].take(),
                },
                counted,
                when,
                speaker: None,
                speaker_confidence: None,
                cue,
                outlet,
                source: None,
                quote,
                sentence: sentence.to_owned(),
                review: None,
            };
            if maybe_name {
                maybe_names.push(out.len());
            }
            out.push((claim, assigned));
        }
        att.end_paragraph(para);
    }
    drop_names(&mut out, &names, &maybe_names);
    att.finish(out)
}

/// Leaves out the bare numbers (`maybe`, indices into `out`) that the article names a product by
/// elsewhere: once "the first 787," or "Boeing 717" shows the number is a name, "the 787 will seat"
/// and "the 717 had suffered" are no counts either.
fn drop_names(out: &mut Vec<(Claim, Assigned)>, names: &[&str], maybe: &[usize]) {
    if names.is_empty() {
        return;
    }
    let mut k = 0;
    let mut i = 0;
    out.retain(|(c, _)| {
        let drop = maybe.get(k) == Some(&i) && {
            k += 1;
            names.contains(&c.text.as_str())
        };
        i += 1;
        !drop
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbered_ids_join_prefix_separator_and_digits() {
        for (prefix, sep, n, want) in [
            ("p3", "-c", 1, "p3-c1"),
            ("p3", "-c", 12, "p3-c12"),
            ("p", "", 0, "p0"),
            ("", "", 1_000_907, "1000907"),
            ("x", "-", usize::MAX, &format!("x-{}", usize::MAX)),
        ] {
            assert_eq!(
                super::numbered_id(prefix, sep, n),
                want,
                "{prefix} {sep} {n}"
            );
        }
    }
}
