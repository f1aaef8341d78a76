//! Who says a figure, as a pipeline of five stages over the whole article:
//!
//! 1. `mentions`: the names in each sentence, and its quotation marks;
//! 2. `entities`: mentions linked into the people and bodies of the article, with roles, short
//!    forms, pronouns and role nouns resolved, and one display name each;
//! 3. `frames`: each reporting cue with its source, the source's own phrase and the outlet;
//! 4. `continuation`: quotes that run over paragraphs keep their speaker;
//! 5. `assign`: each figure to the frame that holds it, or to the article, with a confidence.
//!
//! Stages 1 to 3 run sentence by sentence, since a later sentence's "he" or "the minister" needs
//! what the earlier ones introduced; names are final only once the whole article is read, so the
//! speakers' display names, roles and outlets are filled in at the end (`Attribution::finish`).

pub mod assign;
pub mod continuation;
pub mod entities;
pub mod frames;
pub mod mentions;

use super::lex::Tok;
use crate::contract::article::{Claim, QuoteKind, Speaker};
use assign::{confidence, governing, Evidence, Via};
use continuation::{Continuation, Opening};
use entities::{name_kind, Entities};
use frames::{frames_in, Frame};
use mentions::{introduce, Sent, Vocabulary};

/// The article-wide state of attribution.
#[derive(Default)]
pub struct Attribution {
    ents: Entities,
    /// Outlets each entity is said to have used: (entity, block, outlet), in block order.
    outlets: Vec<(usize, usize, String)>,
    continuation: Continuation,
}

/// One paragraph read by stages 1 to 4: its sentences and their frames.
pub struct Paragraph<'a> {
    pub sents: Vec<(usize, Sent<'a>)>,
    frames: Vec<Vec<Frame>>,
    /// Who speaks the paragraph's quotes.
    quote_speaker: Option<Frame>,
    /// Whether that speaker was carried over from an earlier paragraph.
    carried: bool,
    ends_open: bool,
}

/// A figure's speaker as assigned, before names are final.
#[derive(Debug, Clone, Copy)]
pub struct Assigned {
    who: Option<usize>,
    evidence: Evidence,
    block: usize,
}

impl<'a> Paragraph<'a> {
    /// The sentence holding byte offset `at` of the block.
    pub fn sentence_of(&self, at: usize) -> Option<usize> {
        self.sents.iter().rposition(|(a, _)| *a <= at)
    }

    /// Assigns the figure at byte offset `at` of sentence `k`: its frame, whether it is quoted,
    /// and the evidence for it.
    pub fn assign(&self, k: usize, at: usize, block: usize) -> (Option<&Frame>, bool, Assigned) {
        let (a, sent) = &self.sents[k];
        let tok = sent.tok_at(at - a);
        let in_quote = sent.quoted.get(tok).copied().unwrap_or(false);
        let (frame, via) = if in_quote {
            match self.frames[k].first() {
                Some(f) => (Some(f), Via::Quote),
                None => {
                    let via = if self.carried {
                        Via::CarriedQuote
                    } else {
                        Via::Quote
                    };
                    (self.quote_speaker.as_ref(), via)
                }
            }
        } else {
            (governing(sent, &self.frames[k], tok), Via::Reported)
        };
        let evidence = match frame {
            Some(f) => Evidence::Speaker(f.basis, via),
            None => Evidence::Article {
                cued: self.frames[k].is_empty() && has_cue(sent),
            },
        };
        let assigned = Assigned {
            who: frame.map(|f| f.who),
            evidence,
            block,
        };
        (frame, in_quote, assigned)
    }
}

/// Whether a sentence holds a verb of saying outside quotes.
fn has_cue(sent: &Sent) -> bool {
    (0..sent.toks.len())
        .any(|i| !sent.quoted[i] && sent.is_word(i) && super::lexicon::CUES.contains(&sent.w(i)))
}

impl Attribution {
    /// Stages 1 to 4 on one paragraph (block `bi`, already cut into `toks` and lower-cased into
    /// `low`).
    pub fn read<'a>(
        &mut self,
        bi: usize,
        (text, low, toks): (&'a str, &'a str, &[Tok]),
        sentences: &[(usize, usize)],
        vocab: &'a Vocabulary<'a>,
    ) -> Paragraph<'a> {
        let opening: Opening = self.continuation.opening(text);
        let mut open = opening.inside_quote;
        let mut sents = Vec::with_capacity(sentences.len());
        let mut frames = Vec::with_capacity(sentences.len());
        for &(a, b) in sentences {
            let sent = Sent::in_block((text, low, toks), (a, b), open, vocab);
            open = sent.ends_quoted();
            introduce(&sent, &mut self.ents, bi);
            let found = frames_in(&sent, &mut self.ents, bi);
            for f in &found {
                if let Some(o) = &f.outlet {
                    self.outlets.push((f.who, bi, o.clone()));
                }
            }
            frames.push(found);
            sents.push((a, sent));
        }
        let own = frames.iter().flatten().next();
        let quote_speaker = self.continuation.quote_speaker(own, opening);
        Paragraph {
            carried: own.is_none() && quote_speaker.is_some(),
            quote_speaker,
            sents,
            frames,
            ends_open: open,
        }
    }

    /// Takes a paragraph's quotes into account for the paragraphs after it.
    pub fn end_paragraph(&mut self, p: Paragraph) {
        let own = p.frames.iter().flatten().next().cloned();
        let has_quote = p.sents.iter().any(|(_, s)| s.quoted.iter().any(|&x| x));
        self.continuation
            .end_paragraph(p.quote_speaker, own, has_quote, p.ends_open);
    }

    /// Fills in each claim's speaker, once every name and role is known (a role may come from a
    /// later paragraph): its display name and role, an outlet named for the same entity in a
    /// nearby paragraph when the claim names none, and the confidence.
    pub fn finish(self, claims: Vec<(Claim, Assigned)>) -> Vec<Claim> {
        let ents = &self.ents;
        let mut by_entity: Vec<Vec<(usize, &str)>> = vec![Vec::new(); ents.list.len()];
        for (w, b, o) in &self.outlets {
            by_entity[*w].push((*b, o.as_str()));
        }
        claims
            .into_iter()
            .map(|(mut c, a)| {
                let Some(w) = a.who.map(|w| ents.canonical(w)) else {
                    c.speaker_confidence = Some(confidence(a.evidence, None));
                    return c;
                };
                let p = &ents.list[w];
                c.speaker_confidence = Some(confidence(a.evidence, Some(name_kind(&p.name))));
                c.speaker = Some(Speaker {
                    name: p.name.clone(),
                    role: p.role.clone(),
                });
                if c.outlet.is_none() {
                    c.outlet = nearby_outlet(&by_entity[w], a.block);
                }
                c
            })
            .collect()
    }
}

/// The outlet named for an entity nearest to block `bi`, within three blocks (before first).
fn nearby_outlet(list: &[(usize, &str)], bi: usize) -> Option<String> {
    let from = list.partition_point(|(ob, _)| *ob + 3 < bi);
    list[from..]
        .iter()
        .take_while(|(ob, _)| *ob <= bi + 3)
        .min_by_key(|(ob, _)| (ob.abs_diff(bi), *ob > bi))
        .map(|(_, o)| (*o).to_owned())
}

/// The cue, outlet and quote kind a frame gives a claim.
pub fn frame_fields(
    frame: Option<&Frame>,
    in_quote: bool,
) -> (Option<String>, Option<String>, Option<QuoteKind>) {
    match frame {
        None => (None, None, None),
        Some(f) => (
            Some(f.cue.clone()),
            f.outlet.clone(),
            Some(if in_quote {
                QuoteKind::Direct
            } else {
                QuoteKind::Reported
            }),
        ),
    }
}

/// Runs `f` on the first sentence of `text`, read with the vocabulary of `article` and `text`.
#[cfg(test)]
fn with_sent<R>(article: &str, text: &str, f: impl FnOnce(&Sent) -> R) -> R {
    let mut vocab = Vocabulary::default();
    vocab.add_text(article);
    vocab.add_text(text);
    let toks = super::lex::tokens(text);
    let low = text.to_ascii_lowercase();
    let span = super::lex::sentences_in(text, &toks)[0];
    let sent = Sent::in_block((text, &low, &toks), span, false, &vocab);
    f(&sent)
}
