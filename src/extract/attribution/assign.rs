//! Stage 5, assignment: each figure to the frame that holds it, or to the article, with a
//! confidence.
//!
//! A figure inside a quotation belongs to the quote's speaker. Outside quotes it belongs to the
//! nearest cue before it, else to the first cue after it ("..., 27 people died, the minister said");
//! but a figure in the source's own phrase ("Kiara Perkins, a second year student, said") or in a
//! framing clause after the cue ("X said ... after 27 people died") is the article's.
//!
//! The confidence is how likely the speaker given, or the article's own voice when none is, is
//! right. It rests on how the source was found (`Basis`), on what kind of name the speaker has
//! (`NameKind`), and on what else the sentence holds. The weights were read off the Wikinews tuning
//! half (`gold.jsonl`), by the accuracy of each kind of evidence there, never off the validation half.

use super::entities::NameKind;
use super::frames::{framed, Basis, Frame};
use super::mentions::Sent;

/// How a figure came to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A direct quotation.
    Quote,
    /// A quotation that goes on from an earlier paragraph.
    CarriedQuote,
    /// A reported clause or an attribution in the same sentence.
    Reported,
}

/// The frame that governs token `tok` of a sentence outside quotes.
pub fn governing<'f>(sent: &Sent, frames: &'f [Frame], tok: usize) -> Option<&'f Frame> {
    if editorial(sent, tok) {
        return None;
    }
    if frames
        .iter()
        .any(|f| f.subject.0 <= tok && tok < f.subject.1)
    {
        return None;
    }
    frames
        .iter()
        .rev()
        .find(|f| f.cue_at < tok)
        .or_else(|| trailing(sent, frames).or(frames.first()))
        .filter(|f| !framed(sent, f.cue_at, tok))
}

/// The attribution that ends a sentence after a comma, when the sentence has more than one: it
/// reports all that comes before it, cues included. "About 1 in 5 Americans reported symptoms, the
/// CDC said" is the CDC's.
fn trailing<'f>(sent: &Sent, frames: &'f [Frame]) -> Option<&'f Frame> {
    let last = frames.last().filter(|_| frames.len() > 1)?;
    let mut start = last.subject.0.min(last.cue_at);
    if start > 0 && sent.is_article(start - 1) {
        start -= 1;
    }
    let after_comma = start > 0 && sent.w(start - 1) == ",";
    // Nothing but an outlet or a time after the cue: "..., the CDC said on Monday."
    let ends = sent.toks.len() <= last.cue_at + 6;
    (after_comma && ends).then_some(last)
}

/// Whether token `tok` is in an editor's cross-reference, "(see 8.32am)": the article's own words.
fn editorial(sent: &Sent, tok: usize) -> bool {
    (tok.saturating_sub(3)..tok).any(|k| sent.w(k) == "(" && sent.lower(k + 1) == "see")
}

/// The evidence for one figure's speaker, gathered when it is assigned and weighed when the
/// article's names are final.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Evidence {
    /// Credited to a speaker: how the source was found, and how the figure reached it.
    Speaker(Basis, Via),
    /// The article's own voice; `cued` when its sentence has a cue whose source was not found,
    /// so that someone may be speaking after all.
    Article { cued: bool },
}

/// How far to trust an assignment, from 0 to 1. Below 0.5 the reader is told the source is unclear.
pub fn confidence(e: Evidence, kind: Option<NameKind>) -> f64 {
    match e {
        Evidence::Article { cued: false } => 0.9,
        Evidence::Article { cued: true } => 0.6,
        Evidence::Speaker(basis, via) => {
            let by_basis = match basis {
                Basis::Named => 0.92,
                Basis::Resolved => 0.8,
                Basis::Owner => 0.75,
                Basis::Pronoun => 0.75,
                Basis::Unresolved => 0.7,
            };
            let by_via = match via {
                Via::Quote | Via::Reported => 1.0,
                Via::CarriedQuote => 0.85,
            };
            let by_name = match kind {
                Some(NameKind::Proper) | None => 1.0,
                Some(NameKind::Group) => 0.9,
                Some(NameKind::Described) => 0.75,
                Some(NameKind::Role) => 0.55,
                Some(NameKind::Document) => 0.5,
                Some(NameKind::Nothing) => 0.3,
            };
            basis_round(by_basis * by_via * by_name)
        }
    }
}

/// Two decimals are all a confidence can honestly claim.
fn basis_round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use Basis::*;
    use NameKind::*;
    use Via::*;

    #[test]
    fn confidence_by_evidence() {
        let cases: &[(Evidence, Option<NameKind>, bool)] = &[
            // (evidence, name kind, shown as sure)
            (Evidence::Article { cued: false }, None, true),
            (Evidence::Speaker(Named, Reported), Some(Proper), true),
            (Evidence::Speaker(Named, Quote), Some(Proper), true),
            (Evidence::Speaker(Pronoun, Reported), Some(Proper), true),
            (Evidence::Speaker(Unresolved, Reported), Some(Group), true),
            (Evidence::Speaker(Named, CarriedQuote), Some(Proper), true),
            // A bare role, a document with no body, or no entity at all: unsure.
            (Evidence::Speaker(Unresolved, Reported), Some(Role), false),
            (
                Evidence::Speaker(Unresolved, Reported),
                Some(Document),
                false,
            ),
            (Evidence::Speaker(Named, Reported), Some(Nothing), false),
        ];
        for &(e, k, sure) in cases {
            assert_eq!(confidence(e, k) >= 0.5, sure, "{e:?} {k:?}");
        }
    }
}
