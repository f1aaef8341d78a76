//! What a figure counts ("people died during a crossing attempt") and when ("yesterday", "this
//! year"), read from the words around it in its sentence.

use super::figures::qualifier_words_before;
use super::lex::{Tok, T};
use super::lexicon::{PHRASE_EDGES, PREPOSITIONS};
use super::words::{Buckets, Words};
use crate::contract::article::Kind;
use std::ops::Range;
use std::sync::OnceLock;

/// Words at which the counted phrase stops: clause boundaries, verbs of saying, auxiliaries.
static STOP: Words = Words::new(&[
    "and",
    "but",
    "or",
    "which",
    "who",
    "whom",
    "that",
    "while",
    "because",
    "as",
    "when",
    "since",
    "if",
    "although",
    "said",
    "says",
    "told",
    "according",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "be",
    "been",
    "being",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "than",
    "so",
    "yet",
    "after",
    "before",
    "until",
]);

/// Time references, longest first.
const WHEN: &[&str] = &[
    "earlier this year",
    "earlier this month",
    "earlier this week",
    "later this year",
    "this year",
    "last year",
    "next year",
    "this month",
    "last month",
    "next month",
    "this week",
    "last week",
    "next week",
    "this morning",
    "this afternoon",
    "this evening",
    "last night",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "so far",
    "to date",
    "this season",
    "last season",
    "this decade",
    "last decade",
    "every year",
    "a year",
    "per year",
    "each year",
    "a day",
    "per day",
    "a week",
    "a month",
];

/// The phrases of `WHEN` by their first word, each cut into its words once: every word of a
/// sentence with a figure is looked up here.
fn when_phrases() -> &'static Buckets<Vec<&'static str>> {
    static TABLE: OnceLock<Buckets<Vec<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Buckets::of(WHEN.iter().map(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            (words[0], words)
        }))
    })
}

/// How many words of the longest `WHEN` phrase that starts at word `i`.
fn is_when_start(words: &[&str], i: usize) -> Option<usize> {
    let first = words.get(i)?;
    when_phrases()
        .get(first)
        .filter(|p| {
            p.iter()
                .enumerate()
                .all(|(k, w)| words.get(i + k) == Some(w))
        })
        .map(Vec::len)
        .max()
}

/// Words that end the words before a figure read as what it counts: "312 votes to 289" counts
/// votes, not "votes to".
const TRAILING: &[&str] = &["to", "and", "or", "from", "than"];

/// One sentence read once for the context of all its figures: its lower-cased words and the time
/// references in it.
pub struct Context<'a> {
    sentence: &'a str,
    toks: &'a [Tok],
    words: Vec<&'a str>,
    /// Time references: (first token, number of tokens).
    whens: Vec<(usize, usize)>,
}

impl<'a> Context<'a> {
    pub fn new(sentence: &'a str, low: &'a str, toks: &'a [Tok]) -> Context<'a> {
        let words: Vec<&str> = toks.iter().map(|t| t.text(low)).collect();
        let whens = (0..words.len())
            .filter_map(|i| is_when_start(&words, i).map(|n| (i, n)))
            .collect();
        Context {
            sentence,
            toks,
            words,
            whens,
        }
    }

    /// What the figure at `span` counts, and its time reference. `floor` is where the figure
    /// before it in the sentence ends (0 if none), so that no phrase before it reaches into
    /// another figure ("2p to 151.3p"). After it, a figure in words may be part of what it counts
    /// ("five of its last six matches").
    pub fn of(
        &self,
        span: Range<usize>,
        floor: usize,
        kind: Kind,
    ) -> (Option<String>, Option<String>) {
        // The figure's first token and the one after it, read by both.
        let at = (self.first_of(span.start), self.first_after(span.end));
        (self.counted(at, floor, kind), self.when(at, span.end))
    }

    /// The first token that starts at or after byte `end` (tokens are in order: a binary search,
    /// as every figure of a long sentence asks).
    fn first_after(&self, end: usize) -> usize {
        self.toks.partition_point(|t| t.start < end)
    }

    /// The first token that ends after byte `start`: the figure's first.
    fn first_of(&self, start: usize) -> usize {
        match self.toks.partition_point(|t| t.end <= start) {
            k if k == self.toks.len() => 0,
            k => k,
        }
    }

    /// The words after the figure, up to a clause boundary, a time reference or another figure;
    /// else, or where those begin with a preposition ("fell to 3.9% in the three months"), the
    /// words before it. That is for shares and sums only: a count's or a rank's phrase is often
    /// what it is of ("17 in hospital", "second in the table").
    fn counted(
        &self,
        (first_of, first_after): (usize, usize),
        floor: usize,
        kind: Kind,
    ) -> Option<String> {
        let (sentence, toks, words) = (self.sentence, self.toks, &self.words);
        let is_when = |k: usize| self.whens.iter().any(|&(i, _)| i == k);
        let mut k = first_after;
        // "six-member team": the hyphen joins the figure to its noun.
        if toks
            .get(k)
            .is_some_and(|t| !t.space && t.text(sentence) == "-")
        {
            k += 1;
        }
        if words.get(k).is_some_and(|w| *w == "of") {
            k += 1;
        }
        let from = k;
        while k < toks.len() && k < from + 8 {
            let t = toks[k];
            // Another figure is not what this one counts: "rose 6.5% to 164p".
            // A hyphen or an apostrophe inside a word belongs to it; a spaced dash ends the phrase.
            let inside = !t.space && matches!(t.text(sentence), "-" | "'" | "’");
            if t.kind == T::Num || t.kind == T::Sym && !inside {
                break;
            }
            if STOP.contains(&words[k]) || is_when(k) {
                break;
            }
            k += 1;
        }
        // Trailing function words read badly: "people in the" → "people".
        while k > from && PHRASE_EDGES.contains(&words[k - 1]) {
            k -= 1;
        }
        let after = (k > from).then(|| sentence[toks[from].start..toks[k - 1].end].to_owned());
        let placed = from == first_after
            && k > from
            && matches!(kind, Kind::Percent | Kind::Money)
            && PREPOSITIONS.contains(&words[from]);
        match after {
            Some(after) if !placed || words[from] == "of" => Some(after),
            after => self.counted_before(first_of, floor).or(after),
        }
    }

    /// The words before the figure whose first token is `first_of`: at most four, past its
    /// qualifier ("at least 40"), not reaching into the figure before ("2p to 151.3p") nor
    /// ending on a joining word ("312 votes to 289"). A window that begins inside a noun phrase
    /// ("in the retailer slumped") reaches back to its head ("Shares in the retailer slumped").
    fn counted_before(&self, first_of: usize, floor: usize) -> Option<String> {
        let (sentence, toks, words) = (self.sentence, self.toks, &self.words);
        let last = first_of - qualifier_words_before(words, first_of);
        // A hyphen glued on both sides joins a word: "a pre-tax loss of".
        let joining = |k: usize| {
            toks[k].kind == T::Sym
                && toks[k].text(sentence) == "-"
                && !toks[k].space
                && toks.get(k + 1).is_some_and(|n| !n.space)
        };
        let open = |b: usize| {
            b > 0
                && (toks[b - 1].kind == T::Word || joining(b - 1))
                && toks[b - 1].start >= floor
                && !STOP.contains(&words[b - 1])
                // A unit glued to a number belongs to that figure: the "p" of "2p".
                && !(b >= 2 && !toks[b - 1].space && toks[b - 2].kind == T::Num)
        };
        let mut b = last;
        while open(b) && last - b < 4 {
            b -= 1;
        }
        while open(b) && last - b < 7 && PHRASE_EDGES.contains(&words[b]) {
            b -= 1;
        }
        // Never half a hyphenated word: "pre-tax", not "-tax" or "tax".
        while b < last && open(b) && (joining(b) || joining(b - 1)) {
            b -= 1;
        }
        while b < last && joining(b) {
            b += 1;
        }
        let mut e = last;
        while e > b && TRAILING.contains(&words[e - 1]) {
            e -= 1;
        }
        // Function words alone ("to" before the second figure of "from $2,415 to $2,315") say
        // nothing.
        let said = (b..e).any(|i| !PHRASE_EDGES.contains(&words[i]));
        (b < e && said).then(|| sentence[toks[b].start..toks[e - 1].end].to_owned())
    }

    /// The time reference: "the last 12 hours" includes the figure; else the nearest phrase.
    fn when(&self, (first_of, first_after): (usize, usize), end: usize) -> Option<String> {
        let (sentence, toks, words) = (self.sentence, self.toks, &self.words);
        if first_of >= 2
            && matches!(words[first_of - 1], "last" | "past" | "next" | "coming")
            && words[first_of - 2] == "the"
        {
            Some(sentence[toks[first_of - 2].start..end.min(sentence.len())].to_owned())
        } else {
            let mut best: Option<(usize, usize, usize)> = None;
            for &(i, n) in &self.whens {
                let dist = if i >= first_after {
                    i - first_after
                } else {
                    first_of.saturating_sub(i + n) + 3
                };
                if best.is_none_or(|b| dist < b.2) {
                    best = Some((i, n, dist));
                }
            }
            best.map(|(i, n, _)| sentence[toks[i].start..toks[i + n - 1].end].to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::tokens;
    use super::*;

    #[test]
    fn when_phrases_are_found_by_their_first_words() {
        for w in ["earlier", "last", "on", "so", "a", "per", "tonight"] {
            assert!(when_phrases().get(w).next().is_some(), "{w}");
        }
        for w in ["monday", "year", "far", "date", "the", ""] {
            assert!(when_phrases().get(w).next().is_none(), "{w}");
        }
    }

    /// What the figure `fig` of `kind` counts in `sentence`, and when, with the figure written
    /// after `before` (or first in the sentence).
    fn read(
        sentence: &str,
        before: &str,
        fig: &str,
        kind: Kind,
    ) -> (Option<String>, Option<String>) {
        let low = sentence.to_ascii_lowercase();
        let toks = tokens(sentence);
        let floor = sentence.find(before).map_or(0, |b| b + before.len());
        let s = floor + sentence[floor..].find(fig).unwrap();
        Context::new(sentence, &low, &toks).of(s..s + fig.len(), floor, kind)
    }

    fn at(sentence: &str, fig: &str) -> (Option<String>, Option<String>) {
        read(sentence, "", fig, Kind::Count)
    }

    #[test]
    fn what_a_figure_counts_and_when() {
        for (sentence, fig, counted, when) in [
            ("Britain can do more after 27 people died during a crossing attempt yesterday.", "27", Some("people died during a crossing attempt"), Some("yesterday")),
            ("France had already stopped 20,000 migrants from reaching the UK this year, but more is needed.", "20,000", Some("migrants from reaching the UK"), Some("this year")),
            ("Jo Stevens questioned whether the £200 million spent on arrangements in the Channel had been effective.", "£200 million", Some("spent on arrangements in the Channel"), None),
            ("Measures mooted in the last 12 hours would worsen the crisis.", "12 hours", None, Some("the last 12 hours")),
            ("Prices rose by 5%.", "5%", Some("Prices rose by"), None),
            // Another figure ends the phrase after one.
            ("Shares rose 6.5% to 164p.", "6.5%", Some("Shares rose"), None),
            // A hyphen joins a figure to its noun.
            ("The six-member team had won.", "six", Some("member team"), None),
            // A spaced dash ends it.
            ("The fire covered 3,000 acres - roughly 4,000 pitches.", "3,000", Some("acres"), None),
        ] {
            let (c, w) = at(sentence, fig);
            if counted.is_some() {
                assert_eq!(c.as_deref(), counted, "{sentence}");
            }
            assert_eq!(w.as_deref(), when, "{sentence}");
        }
        // Function words alone are no phrase, and a qualifier is no part of one.
        let (c, _) = at("The price fell from $2,415 to $2,315.", "$2,315");
        assert_eq!(c, None);
        let (c, _) = at("Officials said at least 40 were missing.", "40");
        assert_eq!(c, None);
        // The words before never reach into the figure before, nor end on a joining word.
        for (sentence, first, second, kind, counted) in [
            (
                "Petrol rose by 2p to 151.3p.",
                "2p",
                "151.3p",
                Kind::Money,
                None,
            ),
            (
                "It made a pre-tax loss of £1.2bn.",
                "",
                "£1.2bn",
                Kind::Money,
                Some("pre-tax loss of"),
            ),
            (
                "The bill passed by 312 votes to 289.",
                "312",
                "289",
                Kind::Count,
                Some("votes"),
            ),
            // After a share or a sum, a phrase that begins with a preposition is where or when, not
            // what: the words before, reaching back to the head of their noun phrase.
            (
                "Unemployment fell to 3.9% in the three months to June.",
                "",
                "3.9%",
                Kind::Percent,
                Some("Unemployment fell"),
            ),
            (
                "Shares in the retailer slumped 23% in early trading.",
                "",
                "23%",
                Kind::Percent,
                Some("Shares in the retailer slumped"),
            ),
            // After a count, it is often what the count is of.
            (
                "Doctors said 17 in hospital were hurt.",
                "",
                "17",
                Kind::Count,
                Some("in hospital"),
            ),
            // A rank's phrase after it is what it ranks in.
            (
                "The team sits second in the table.",
                "",
                "second",
                Kind::Ordinal,
                Some("in the table"),
            ),
        ] {
            let (c, _) = read(sentence, first, second, kind);
            assert_eq!(c.as_deref(), counted, "{sentence}");
        }
    }
}
