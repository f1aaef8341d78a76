//! Stage 1, mentions: a sentence's tokens with their quote depth, and the names in it.
//!
//! A name is a run of capitalised words, with the joiners and hyphens names use ("Ingram of The
//! Globe and Mail", "Kim Min-Woo"). A capitalised word that only begins a sentence is no name: it is
//! a function word, or the article writes it in lower case elsewhere ("Measures were taken" beside
//! "the measures"). That test reads the article, not a list of one article's sentence starts.
//! `introduce` records the people a sentence introduces, with their roles and short forms, so the
//! entity stage can link later mentions to them.

use super::super::lex::{Tok, T};
use super::super::lexicon::{
    is_function_word, CUES, LEGAL_FORMS, NAME_JOINERS, RESEARCH_NOUNS, TITLES, WEB_SUFFIXES,
};
use super::super::words::Bitmap;
use super::entities::{split_title, Entities};
use super::frames::apposition_after;
use rustc_hash::{FxHashSet, FxHasher};
use std::hash::Hasher;

/// The words an article writes in lower case somewhere (ASCII-folded), read once for the whole
/// article: a capitalised sentence start found here is a common word.
///
/// Only sentence starts are ever asked about, so when extraction has told it the starts
/// (`expect_starts`), a lower-case word is kept only if it is one of them: most words are passed
/// over by one bit of a bitmap of the starts' buckets (by first and last byte and length, as word
/// lists are), and no word is hashed but those that pass. The words are kept as 64-bit FxHashes,
/// not as text: adding or finding one is then a hash and a store, never a comparison of text
/// elsewhere in memory (on a large archive, adding every word was a twentieth of the time). Two
/// words of one article would have to share all 64 bits to be confused, about one chance in 10^12
/// for an article of 10,000 distinct words. FxHash does not resist crafted collisions; an article
/// made to collide only mistakes its own sentence starts.
#[derive(Debug, Default)]
pub struct Vocabulary<'a> {
    lower: FxHashSet<u64>,
    /// The words that may be asked about and their buckets; `None` keeps every word.
    starts: Option<(FxHashSet<u64>, Bitmap)>,
    words: std::marker::PhantomData<&'a str>,
}

fn word_hash(w: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(w.as_bytes());
    h.finish()
}

/// Marks that may come before a sentence's first word (`Sent::starts_sentence`).
fn is_opening_mark(w: &str) -> bool {
    matches!(w, "\"" | "\u{201c}" | "\u{2018}" | "'" | "(" | "[")
}

impl<'a> Vocabulary<'a> {
    /// Notes the words a block's sentences begin with (`low`, the block lower-cased, cut into
    /// `toks` and `sentences`): the opening marks and the first word after them. Once any are
    /// noted, only these are kept of the lower-case words added after.
    pub fn expect_starts(&mut self, low: &str, toks: &[Tok], sentences: &[(usize, usize)]) {
        let (set, used) = self.starts.get_or_insert_with(Default::default);
        for &(a, b) in sentences {
            let from = toks.partition_point(|t| t.start < a);
            for t in toks[from..].iter().take_while(|t| t.start < b) {
                let w = t.text(low);
                used.insert(w);
                set.insert(word_hash(w));
                if !is_opening_mark(w) {
                    break;
                }
            }
        }
    }

    /// Adds the lower-case words of one block, from its tokens (the same pass every stage shares):
    /// the words that begin with a lower-case ASCII letter, and of those only the sentence starts
    /// when they are known.
    pub fn add_words(&mut self, text: &'a str, toks: &[Tok]) {
        for t in toks {
            if t.kind != T::Word || !text.as_bytes()[t.start].is_ascii_lowercase() {
                continue;
            }
            let w = t.text(text);
            match &self.starts {
                None => {
                    self.lower.insert(word_hash(w));
                }
                Some((set, used)) => {
                    if used.may_hold(w) {
                        let h = word_hash(w);
                        if set.contains(&h) {
                            self.lower.insert(h);
                        }
                    }
                }
            }
        }
    }

    /// Adds the lower-case words of a text that has not been cut into tokens yet (the tests' way
    /// in; extraction adds the tokens it already has).
    #[cfg(test)]
    pub fn add_text(&mut self, text: &'a str) {
        self.add_words(text, &super::super::lex::tokens(text));
    }

    /// Whether the article writes this folded word in lower case somewhere. Asked only of a
    /// sentence's first word, after its opening marks: the only words kept, once the starts are
    /// known.
    pub fn has_lower(&self, folded: &str) -> bool {
        self.lower.contains(&word_hash(folded))
    }
}

/// A sentence's tokens with their quote depth.
pub struct Sent<'a> {
    pub s: &'a str,
    /// `s` with ASCII letters lower-cased: the same byte offsets, so token spans index it too.
    low: &'a str,
    pub toks: Vec<Tok>,
    /// Whether each token lies inside quotation marks.
    pub quoted: Vec<bool>,
    /// Whether a quotation is still open after the last token.
    open_at_end: bool,
    vocab: &'a Vocabulary<'a>,
}

impl<'a> Sent<'a> {
    /// The sentence at `a..b` of a block already cut into `toks` and lower-cased into `low`: the
    /// block's tokens are reused, with their offsets made relative to the sentence.
    pub fn in_block(
        block: (&'a str, &'a str, &[Tok]),
        (a, b): (usize, usize),
        open_quote: bool,
        vocab: &'a Vocabulary<'a>,
    ) -> Sent<'a> {
        let (s, low, toks) = block;
        let from = toks.partition_point(|t| t.start < a);
        let to = toks.partition_point(|t| t.start < b);
        let mut own: Vec<Tok> = toks[from..to]
            .iter()
            .map(|t| Tok {
                start: t.start - a,
                end: t.end.min(b) - a,
                ..*t
            })
            .collect();
        if let Some(first) = own.first_mut() {
            first.space = true;
        }
        let (quoted, open_at_end) = quote_depth(&s[a..b], &low[a..b], &own, open_quote);
        Sent {
            s: &s[a..b],
            low: &low[a..b],
            toks: own,
            quoted,
            open_at_end,
            vocab,
        }
    }

    pub fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.s))
    }

    /// The sentence with ASCII letters lower-cased.
    pub fn low(&self) -> &str {
        self.low
    }

    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.low))
    }

    /// Whether token `i` is "the", "a" or "an", in any case.
    pub fn is_article(&self, i: usize) -> bool {
        matches!(self.lower(i), "the" | "a" | "an")
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_capitalised(self.s))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == T::Word)
    }

    /// Whether a space comes before token `i`.
    pub fn spaced(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.space)
    }

    /// Whether the sentence ends inside an open quote (it runs on into the next sentence).
    pub fn ends_quoted(&self) -> bool {
        self.open_at_end
    }

    /// The token index that covers byte offset `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.end > at)
            .unwrap_or(self.toks.len())
    }

    /// Whether token `i` begins the sentence, past opening quotes and brackets.
    fn starts_sentence(&self, i: usize) -> bool {
        (0..i).all(|k| is_opening_mark(self.w(k)))
    }

    /// Whether a capitalised token is a common word rather than a name: a function word, or a
    /// sentence start the article writes in lower case elsewhere. Titles are never common.
    pub fn is_common(&self, i: usize) -> bool {
        let w = self.lower(i);
        !TITLES.contains(&self.w(i))
            && (is_function_word(w) || self.starts_sentence(i) && self.vocab.has_lower(w))
    }

    /// A name ending at token `end` (exclusive), walking left over capitalised words, hyphens inside
    /// names ("Kim Min-Woo") and joining words between capitalised ones ("Ingram of The Globe and Mail").
    pub fn name_before(&self, end: usize) -> Option<(usize, String)> {
        let mut start = end;
        // A web address as a name: "Secunia.com".
        if end >= 3
            && WEB_SUFFIXES.contains(&self.lower(end - 1))
            && self.w(end - 2) == "."
            && !self.spaced(end - 2)
            && !self.spaced(end - 1)
            && self.is_cap(end - 3)
        {
            start = end - 3;
        }
        // A legal form's full stop: "Acme Inc. said".
        if end >= 2
            && self.w(end - 1) == "."
            && !self.spaced(end - 1)
            && LEGAL_FORMS.contains(&self.w(end - 2))
        {
            start = end - 1;
        }
        loop {
            if start > 0 && self.is_cap(start - 1) && !self.quoted[start - 1] {
                start -= 1;
            } else if start > 1 && start < end && self.is_cap(start - 2) && {
                // A hyphen inside a name ("Smith-Jones"), or a joiner ("Bank of England").
                let hyphen =
                    self.w(start - 1) == "-" && !self.spaced(start - 1) && !self.spaced(start);
                hyphen || NAME_JOINERS.contains(&self.w(start - 1))
            } {
                start -= 2;
            } else {
                break;
            }
        }
        // Leading joiners or sentence words are no part of it.
        while start < end && (!self.is_cap(start) || self.is_common(start)) {
            start += 1;
        }
        (start < end).then(|| (start, self.text(start, end)))
    }

    /// A name starting at token `start`.
    pub fn name_after(&self, start: usize) -> Option<(usize, &'a str)> {
        let mut end = start;
        while end < self.toks.len() && self.is_cap(end) && !self.quoted[end] {
            end += 1;
        }
        (end > start && !self.is_common(start)
            || end > start + 1 && TITLES.contains(&self.w(start)))
        .then(|| (end, self.span(start, end)))
    }

    /// The text of tokens `a..b`, as written.
    pub fn text(&self, a: usize, b: usize) -> String {
        self.span(a, b).to_owned()
    }

    /// The text of tokens `a..b`, borrowed: names are looked up far more often than kept.
    pub fn span(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.toks.len() {
            return "";
        }
        &self.s[self.toks[a].start..self.toks[b - 1].end]
    }
}

/// Whether each token lies inside quotation marks, and whether a quote is open at the end.
/// Quotation marks are read by which side they are glued to, since news text often drops or
/// misplaces one of a pair.
fn quote_depth(s: &str, low: &str, toks: &[Tok], open_quote: bool) -> (Vec<bool>, bool) {
    let mut quoted = Vec::with_capacity(toks.len());
    let mut inside = open_quote;
    for (k, t) in toks.iter().enumerate() {
        // Only a symbol is a quotation mark: words and numbers, most tokens, are passed over unread.
        if t.kind != T::Sym {
            quoted.push(inside);
            continue;
        }
        let c = t.text(s);
        // An opening mark written where a closing one belongs: inside a quote, glued to the
        // word before it and followed by a space ("decision.\u{201c} However").
        let misplaced_opener =
            c == "\u{201c}" && inside && !t.space && toks.get(k + 1).is_none_or(|n| n.space);
        match c {
            "\u{201c}" => {
                quoted.push(true);
                inside = !misplaced_opener;
            }
            "\u{201d}" => {
                quoted.push(true);
                inside = false;
            }
            "\"" => {
                // Inside a quote, a straight mark closes it. Outside, one glued to the word
                // before and followed by a space (or by punctuation) closes a quote begun in an
                // earlier paragraph without a mark of its own; but after "said," it opens one.
                let glued_before = k > 0 && !t.space;
                let next = toks.get(k + 1);
                let glued_after = next.is_some_and(|n| {
                    !n.space && !matches!(n.text(s), "." | "," | ";" | ":" | "!" | "?" | ")")
                });
                let after_cue = k >= 2
                    && matches!(toks[k - 1].text(s), "," | ":")
                    && CUES.contains(&toks[k - 2].text(low));
                quoted.push(true);
                inside = if inside {
                    false
                } else if after_cue {
                    true
                } else if glued_before && !glued_after {
                    false
                } else {
                    next.is_some_and(|n| !n.space || n.kind == T::Word)
                };
            }
            _ => quoted.push(inside),
        }
    }
    (quoted, inside)
}

/// Records the people a sentence introduces ("Bella Sankey, the director of ...," or "Kevin
/// Foster said"), to take a pending role and to serve as "he"/"she" later; with the short forms
/// they are given ("Apple Inc.", "the Korean Central News Agency (KCNA)").
pub fn introduce(sent: &Sent, ents: &mut Entities, block: usize) {
    if let Some(name) = group_subject(sent) {
        let id = ents.find_or_add(&name, None);
        ents.groups.push(id);
        ents.mention(id);
    }
    let n = sent.toks.len();
    let mut i = 0;
    while i < n {
        if sent.quoted[i] || !sent.is_cap(i) {
            i += 1;
            continue;
        }
        let Some((end, name)) = sent.name_after(i) else {
            i += 1;
            continue;
        };
        let words = name.split_whitespace().count();
        // "Trade and Industry Secretary Patricia Hewitt opened ...": the post is her role.
        // One word holds no title and a name.
        let (bare, titled) = if words >= 2 {
            split_title(name)
        } else {
            (name, None)
        };
        if words >= 2 {
            short_forms(sent, ents, (i, end), name);
            if let Some(post) = &titled {
                ents.find_or_add(bare, Some(post.clone()));
            }
        }
        // A named sentence subject is who "he", "she" or "it" will be: "Harry Kane won the award.
        // He said", "Intel will cut 12,000 jobs, it said", "The chip maker Intel will cut". A
        // single capitalised word is a name there when the article never writes it in lower case
        // (`name_after` asks the vocabulary), or is already known: "Rathbun requested donations".
        let subject = i == 0
            || i <= 4 && sent.is_article(0) && (1..i).all(|k| sent.is_word(k) && !sent.is_cap(k));
        let single = words == 1 && !["'s", "\u{2019}s"].iter().any(|p| name.ends_with(p));
        if (words >= 2 || single || ents.knows(name))
            && subject
            && sent.toks.get(end).is_some_and(|t| {
                t.kind == T::Word && t.text(sent.s).chars().all(char::is_lowercase)
            })
        {
            let id = ents.find_or_add(name, None);
            ents.mention(id);
        }
        if words >= 2 || TITLES.contains(&sent.w(i)) {
            let role = apposition_after(sent, end);
            if role.is_some() || words >= 2 && sent.is_word(end) && CUES.contains(&sent.lower(end))
            {
                // "Governor Oleh Syniehubov said": the person, whom the title names a role.
                let id = ents.find_or_add(bare, role.or(titled));
                ents.take_pending(id, block);
            }
        }
        i = end.max(i + 1);
    }
}

/// A group named by what it is and where it is from, as a sentence's subject: "A research team
/// from the Massachusetts Institute of Technology has analysed ...". Its name runs from the group
/// noun's modifiers to the end of the first place named.
fn group_subject(sent: &Sent) -> Option<String> {
    let mut k = usize::from(sent.is_article(0));
    let first = k;
    while k < first + 3
        && sent.is_word(k)
        && !sent.is_cap(k)
        && !RESEARCH_NOUNS.contains(&sent.lower(k))
    {
        k += 1;
    }
    if !RESEARCH_NOUNS.contains(&sent.lower(k))
        || !matches!(sent.lower(k + 1), "from" | "at" | "of")
    {
        return None;
    }
    let mut e = k + 2 + usize::from(sent.lower(k + 2) == "the");
    let name_at = e;
    while e < sent.toks.len() && !sent.quoted[e] {
        if sent.is_cap(e) {
            e += 1;
        } else if NAME_JOINERS.contains(&sent.w(e)) && sent.is_cap(e + 1) && sent.w(e) != "and" {
            e += 2;
        } else {
            break;
        }
    }
    (e > name_at).then(|| sent.text(first, e))
}

/// The other names a name is given where it is introduced: "Apple Inc." is also "Apple", and "the
/// Korean Central News Agency (KCNA)" is also "KCNA".
fn short_forms(sent: &Sent, ents: &mut Entities, (i, end): (usize, usize), name: &str) {
    if LEGAL_FORMS.contains(&sent.w(end - 1)) {
        let dotted = sent.w(end) == "." && !sent.spaced(end);
        let full = if dotted {
            sent.text(i, end + 1)
        } else {
            name.to_owned()
        };
        let id = ents.find_or_add(&full, None);
        ents.aliases.push((sent.text(i, end - 1), id));
        ents.last_company = Some(id);
    }
    if sent.w(end) == "(" && sent.w(end + 2) == ")" {
        let short = sent.w(end + 1);
        if short.len() >= 2
            && short
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            let id = ents.find_or_add(name, None);
            ents.aliases.push((short.to_owned(), id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::with_sent;
    use super::*;
    use crate::extract::lex::{sentences_in, tokens};

    #[test]
    fn the_vocabulary_knows_the_sentence_starts_written_in_lower_case() {
        let text = "Measures were taken. \u{201c}Critics said the measures came late. (Officials \
                    disagreed.) Officials met critics.";
        let (low, toks) = (text.to_ascii_lowercase(), tokens(text));
        let mut vocab = Vocabulary::default();
        vocab.expect_starts(&low, &toks, &sentences_in(text, &toks));
        vocab.add_words(text, &toks);
        // Starts, after any opening marks: written in lower case elsewhere, or never.
        for (start, lower) in [("measures", true), ("critics", true), ("officials", false)] {
            assert_eq!(vocab.has_lower(start), lower, "{start}");
        }
    }

    #[test]
    fn names_before_a_cue() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // (other text of the article, sentence ending at the cue "said", name)
            ("", "Kevin Foster said", Some("Kevin Foster")),
            (
                "",
                "Ingram of The Globe and Mail said",
                Some("Ingram of The Globe and Mail"),
            ),
            ("", "Kim Min-Woo said", Some("Kim Min-Woo")),
            ("", "The firm Secunia.com said", Some("Secunia.com")),
            // Sentence starts the article writes in lower case are no names.
            ("the measures were tight", "Measures said", None),
            ("", "However Kevin Foster said", Some("Kevin Foster")),
            ("", "The police said", None),
            // A word written only capitalised stays a name at a sentence's start.
            ("", "Frontex said", Some("Frontex")),
        ];
        for (article, s, want) in cases {
            let got = with_sent(article, s, |sent| {
                let cue = sent.toks.len() - 1;
                sent.name_before(cue).map(|(_, n)| n)
            });
            assert_eq!(got.as_deref(), *want, "{s}");
        }
    }

    #[test]
    fn common_words_at_a_sentence_start() {
        let cases: &[(&str, &str, bool)] = &[
            // (other text, sentence, whether its first word is common)
            ("", "The figures rose.", true),
            ("", "Despite that, it rose.", true),
            ("we need more boats", "Need grows.", true),
            ("", "Darmanin spoke.", false),
            // Titles are never common words.
            ("the general view", "General Smith spoke.", false),
        ];
        for (article, s, want) in cases {
            assert_eq!(
                with_sent(article, s, |sent| sent.is_common(0)),
                *want,
                "{s}"
            );
        }
    }

    #[test]
    fn quote_depth() {
        let cases: &[(&str, &[bool], bool)] = &[
            // (sentence, quoted per token, open at the end)
            (
                "\"We won,\" he said.",
                &[true, true, true, true, true, false, false, false],
                false,
            ),
            (
                "He said: \u{201c}We won",
                &[false, false, false, true, true, true],
                true,
            ),
            // A straight mark after "said," opens a quote even with odd spacing.
            (
                "He said,\" We won",
                &[false, false, false, true, true, true],
                true,
            ),
            // A closing mark with no opening one closes a quote begun earlier.
            ("won,\" he said", &[false, false, true, false, false], false),
        ];
        for (s, want, open) in cases {
            let (q, o) = with_sent("", s, |sent| (sent.quoted.clone(), sent.ends_quoted()));
            assert_eq!((q.as_slice(), o), (*want, *open), "{s}");
        }
    }

    #[test]
    fn groups_introduced_by_what_they_are() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "A research team from the University of Sheffield has analysed crops.",
                Some("research team from the University of Sheffield"),
            ),
            ("Scientists at MIT found a flaw.", Some("Scientists at MIT")),
            ("A team of five found a flaw.", None),
            ("The minister from Leeds spoke.", None),
        ];
        for (s, want) in cases {
            assert_eq!(with_sent("", s, group_subject).as_deref(), *want, "{s}");
        }
    }
}
