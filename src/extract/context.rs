//! What a figure counts ("people died during a crossing attempt") and when ("yesterday", "this
//! year"), read from the words around it in its sentence.

use super::lex::{tokens, Tok, T};
use super::lexicon::PHRASE_EDGES;
use super::words::{Buckets, Words};
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

/// What the figure at `start..end` of `sentence` counts, and its time reference.
pub fn counted_and_when(
    sentence: &str,
    start: usize,
    end: usize,
) -> (Option<String>, Option<String>) {
    let low = sentence.to_ascii_lowercase();
    let toks = tokens(sentence);
    Context::new(sentence, &low, &toks).of(start, end)
}

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

    /// What the figure at `start..end` counts, and its time reference.
    pub fn of(&self, start: usize, end: usize) -> (Option<String>, Option<String>) {
        let (sentence, toks, words) = (self.sentence, self.toks, &self.words);
        let is_when = |k: usize| self.whens.iter().any(|&(i, _)| i == k);
        let first_after = toks
            .iter()
            .position(|t| t.start >= end)
            .unwrap_or(toks.len());
        let first_of = toks.iter().position(|t| t.end > start).unwrap_or(0);
        // The words after the figure, up to a clause boundary or a time reference.
        let mut k = first_after;
        if words.get(k).is_some_and(|w| *w == "of") {
            k += 1;
        }
        let from = k;
        while k < toks.len() && k < from + 8 {
            let t = toks[k];
            // Another figure is not what this one counts: "rose 6.5% to 164p".
            if t.kind == T::Num || t.kind == T::Sym && !matches!(t.text(sentence), "-" | "'" | "’")
            {
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
        let counted = if k > from {
            Some(sentence[toks[from].start..toks[k - 1].end].to_owned())
        } else {
            // Nothing after ("rose by 5%."): the words before it.
            let mut b = first_of;
            while b > 0
                && first_of - b < 4
                && toks[b - 1].kind == T::Word
                && !STOP.contains(&words[b - 1])
            {
                b -= 1;
            }
            // Function words alone ("to" before the second figure of "from $2,415 to $2,315") say
            // nothing.
            let said = (b..first_of).any(|i| !PHRASE_EDGES.contains(&words[i]));
            (b < first_of && said)
                .then(|| sentence[toks[b].start..toks[first_of - 1].end].to_owned())
        };
        // The time reference: "the last 12 hours" includes the figure; else the nearest phrase.
        let when = if first_of >= 2
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
        };
        (counted, when)
    }
}

#[cfg(test)]
mod tests {
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

    fn at(sentence: &str, fig: &str) -> (Option<String>, Option<String>) {
        let s = sentence.find(fig).unwrap();
        counted_and_when(sentence, s, s + fig.len())
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
        ] {
            let (c, w) = at(sentence, fig);
            if counted.is_some() {
                assert_eq!(c.as_deref(), counted, "{sentence}");
            }
            assert_eq!(w.as_deref(), when, "{sentence}");
        }
        // Function words alone are no phrase.
        let (c, _) = at("The price fell from $2,415 to $2,315.", "$2,315");
        assert_eq!(c, None);
    }
}
