//! The extraction core: turns article text into the `claims` of article JSON v1.
//!
//! Plain Rust with no web dependency, so the same code runs natively (the command line) and in the
//! widget's Wasm when an article arrives without claims. The work is split by concern:
//! `lex` (tokens, sentences), `numbers` (digits and number words), `figures` (quantities, one rule
//! set a kind of figure, with its examples beside it), `context` (what is counted, and when),
//! `attribution` (who says it, the cue, the outlet, quotes), and `input` (plain text, HTML, JSON).

pub mod attribution;
pub mod context;
pub mod figures;
pub mod input;
pub mod lex;
pub mod numbers;
mod words;

use crate::article::{Article, Claim, Quantity, QuoteKind, Speaker};
use attribution::{attributions, framed, note_people, People, Said, Sent};

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

/// Finds the claims in an article's blocks, in order.
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    let mut people = People::default();
    let mut out: Vec<(Claim, Option<usize>, usize)> = Vec::new();
    // Outlets each person is said to have used: (person, block, outlet), in block order.
    let mut outlets: Vec<(usize, usize, String)> = Vec::new();
    // The speaker of the last quotation, for quotes that run over several paragraphs.
    let mut quote_carry: Option<Said> = None;
    let mut open_quote = false;
    for (bi, block) in article.blocks.iter().enumerate() {
        let text = block.text.as_str();
        let starts_quoted = text.trim_start().starts_with(['"', '\u{201c}']);
        let mut sents = Vec::new();
        let mut saids = Vec::new();
        let mut open = open_quote && !starts_quoted;
        // One token pass and one lower-cased copy per block, shared by every stage.
        let toks = lex::tokens(text);
        let low = text.to_ascii_lowercase();
        for (a, b) in lex::sentences_in(text, &toks) {
            let sent = Sent::in_block(text, &low, &toks, a, b, open);
            open = sent.ends_quoted();
            note_people(&sent, &mut people, bi);
            let said = attributions(&sent, &mut people, bi);
            for sd in &said {
                if let (Some(w), Some(o)) = (sd.who, &sd.outlet) {
                    outlets.push((w, bi, o.clone()));
                }
            }
            saids.push(said);
            sents.push((a, sent));
        }
        // A quote in this paragraph belongs to this paragraph's speaker; a paragraph that is all
        // quote, with nobody named, goes on with the previous quote's speaker.
        let para_said = saids.iter().flatten().next().cloned();
        // The attribution that governs a token: the nearest cue before it, else the first after it;
        // none for the speaker's own name and apposition.
        let governing = |k: usize, tok: usize| -> Option<Said> {
            let list = &saids[k];
            if list
                .iter()
                .any(|sd| sd.subject.0 <= tok && tok < sd.subject.1)
            {
                return None;
            }
            list.iter()
                .rev()
                .find(|sd| sd.cue_at < tok)
                .or_else(|| list.first())
                .cloned()
        };
        let quote_said = para_said.clone().or_else(|| {
            if starts_quoted || open_quote {
                quote_carry.clone()
            } else {
                None
            }
        });
        let mut in_block = 0;
        let mut chars = CharCount::new(text);
        // Each sentence is read for context once, when its first figure needs it.
        let mut contexts: Vec<Option<context::Context>> = Vec::new();
        contexts.resize_with(sents.len(), || None);
        for f in figures::figures_in(text, &low, &toks) {
            in_block += 1;
            let Some(k) = sents.iter().rposition(|(a, _)| *a <= f.start) else {
                continue;
            };
            let (a, sent) = &sents[k];
            let tok = sent.tok_at(f.start - a);
            let in_quote = sent.quoted.get(tok).copied().unwrap_or(false);
            let said = if in_quote {
                saids[k].first().cloned().or_else(|| quote_said.clone())
            } else {
                governing(k, tok).filter(|sd| !framed(sent, sd.cue_at, tok))
            };
            let sentence = &text[*a..*a + sent.s.len()];
            let cx = contexts[k]
                .get_or_insert_with(|| context::Context::new(sentence, sent.low(), &sent.toks));
            let (counted, when) = cx.of(f.start - a, f.end - a);
            let who = said.as_ref().and_then(|s| s.who);
            let claim = Claim {
                id: format!("{}-c{in_block}", block.id),
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
                },
                counted,
                when,
                speaker: None,
                cue: who.and(said.as_ref().and_then(|s| s.cue.clone())),
                outlet: who.and(said.as_ref().and_then(|s| s.outlet.clone())),
                source: None,
                quote: who.map(|_| {
                    if in_quote {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Reported
                    }
                }),
                sentence: sentence.to_owned(),
                review: None,
            };
            out.push((claim, who, bi));
        }
        if let Some(q) = quote_said
            .clone()
            .filter(|_| sents.iter().any(|(_, s)| s.quoted.iter().any(|&x| x)))
        {
            quote_carry = Some(q);
        } else if para_said.is_some() {
            quote_carry = para_said;
        }
        open_quote = open;
    }
    // Names and roles are final only now (a role may come from a later paragraph), and an outlet
    // named in a nearby paragraph for the same person applies to figures that name none.
    let mut by_person: Vec<Vec<(usize, &str)>> = vec![Vec::new(); people.list.len()];
    for (w, b, o) in &outlets {
        by_person[*w].push((*b, o.as_str()));
    }
    out.into_iter()
        .map(|(mut c, who, bi)| {
            if let Some(w) = who.map(|w| people.canonical(w)) {
                let p = &people.list[w];
                c.speaker = Some(Speaker {
                    name: p.name.clone(),
                    role: p.role.clone(),
                });
                if c.outlet.is_none() {
                    // Outlets are in block order: look at those within three blocks only.
                    let list = &by_person[w];
                    let from = list.partition_point(|(ob, _)| *ob + 3 < bi);
                    c.outlet = list[from..]
                        .iter()
                        .take_while(|(ob, _)| *ob <= bi + 3)
                        .min_by_key(|(ob, _)| (ob.abs_diff(bi), *ob > bi))
                        .map(|(_, o)| (*o).to_owned());
                }
            }
            c
        })
        .collect()
}
