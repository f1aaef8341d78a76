//! Stage 4, continuation: which paragraphs go on with an earlier speaker's account.
//!
//! A quote may run over several paragraphs, each opening with a quotation mark and none closing
//! until the last: such a paragraph, with no frame of its own, keeps the speaker of the quote before
//! it. A paragraph with no frame and no quote is the article's own: in the Wikinews gold labels,
//! 20 of 23 figures in uncued paragraphs after a speaker's paragraph are the reporter's, so
//! reported speech without a cue is not carried over.

use super::frames::Frame;

/// What runs on from one paragraph to the next.
#[derive(Debug, Default)]
pub struct Continuation {
    /// The speaker of the last quotation, for quotes that run over several paragraphs.
    carry: Option<Frame>,
    /// Whether the last paragraph ended inside a quote.
    open_quote: bool,
}

/// How a paragraph begins, against what ran on into it.
#[derive(Debug, Clone, Copy)]
pub struct Opening {
    /// Whether its first sentence begins inside a quote left open by the paragraph before.
    pub inside_quote: bool,
    /// Whether it begins with a quotation mark of its own.
    pub starts_quoted: bool,
    /// Whether the paragraph before ended inside a quote.
    pub after_open_quote: bool,
}

impl Continuation {
    /// How a paragraph with this text begins.
    pub fn opening(&self, text: &str) -> Opening {
        let starts_quoted = text.trim_start().starts_with(['"', '\u{201c}']);
        Opening {
            inside_quote: self.open_quote && !starts_quoted,
            starts_quoted,
            after_open_quote: self.open_quote,
        }
    }

    /// Who speaks the quotes of a paragraph: its own first frame, else, when it opens a quote or
    /// goes on with one, the speaker of the quote before.
    pub fn quote_speaker(&self, own: Option<&Frame>, opening: Opening) -> Option<Frame> {
        own.cloned().or_else(|| {
            (opening.starts_quoted || opening.after_open_quote)
                .then(|| self.carry.clone())
                .flatten()
        })
    }

    /// Takes a paragraph into account once its figures are assigned.
    pub fn end_paragraph(
        &mut self,
        quote_speaker: Option<Frame>,
        own: Option<Frame>,
        has_quote: bool,
        ends_open: bool,
    ) {
        if let Some(q) = quote_speaker.filter(|_| has_quote) {
            self.carry = Some(q);
        } else if own.is_some() {
            self.carry = own;
        }
        self.open_quote = ends_open;
    }
}
