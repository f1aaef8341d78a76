//! Changes and their direction: whether a figure says how something rose or fell, and from or to
//! what. Read from the words beside the figure, in the lower-cased block:
//! - the figure is the size of a change after a word for a rise or a fall, or before one: "rose
//!   6.5%", "was up 19 cents", "fell by 3%", "shaving 10 seconds off", "a 3 percent drop", "a rise
//!   of 5%"; a figure just after it, through "to" or "at", is where it ended ("rose 6.5% to 164p");
//! - the figure is where a change ended after "from A to" ("fell from $2,415 to $2,315",
//!   "forecast to slow from 4.8 to 4.7 percent"), or after a word for a change and "to" ("rose to
//!   164p"). With both ends known, their values say the direction; the words say it otherwise.
//!
//! "up to 5" is a bound, not a change, and "up" or "down" counts only after a verb that can carry
//! it ("was up", "closed down"), so "set up 5 centres" is none.

use super::figures::{multiple_word, Figure};
use super::lexicon::{FALL_WORDS, RISE_WORDS, UP_DOWN_LEADS};
use crate::contract::article::{Change, Direction, Kind, Qualifier};

/// The change each figure of a block is part of, if any, in the figures' order.
pub fn changes(text: &str, low: &str, figs: &[Figure]) -> Vec<Option<Change>> {
    let as_written = |i: usize| text[figs[i].start..figs[i].end].to_owned();
    (0..figs.len())
        .map(|i| {
            if !can_change(&figs[i]) {
                return None;
            }
            let before = words(clause(low, figs, i));
            let after = figs
                .get(i + 1)
                .and_then(|n| only_word(&low[figs[i].end..n.start]));
            let next_is_end = matches!(after, Some("to" | "at")) && can_change(&figs[i + 1]);
            // "from A to B": B is where the change ended.
            if let [.., from] = before.as_slice() {
                if *from == "to" && i > 0 {
                    let gap = only_word(&low[figs[i - 1].end..figs[i].start]);
                    let lead = words(clause(low, figs, i - 1));
                    if gap == Some("to") && lead.last() == Some(&"from") {
                        let dir = by_values(&figs[i - 1], &figs[i])
                            .or_else(|| direction(&lead[..lead.len() - 1]));
                        return dir.map(|direction| Change {
                            direction,
                            from: Some(as_written(i - 1)),
                            to: Some(as_written(i)),
                        });
                    }
                }
            }
            // "rose to 164p" (but "up to 5" is a bound), and "rose to 4.2% from 4%": where it
            // began, named after it in the same kind and unit.
            if let [lead @ .., verb, "to"] = before.as_slice() {
                let from = figs
                    .get(i + 1)
                    .filter(|n| {
                        only_word(&low[figs[i].end..n.start]) == Some("from")
                            && n.kind == figs[i].kind
                            && n.unit == figs[i].unit
                    })
                    .map(|_| as_written(i + 1));
                // "was revised down to 0.1%": a particle after a verb that carries it. "were up to
                // 5 hours" is a bound, read as the figure's qualifier.
                let bound = *verb == "up" && figs[i].qualifier == Qualifier::AtMost;
                let particle = (matches!(*verb, "up" | "down") && !bound)
                    .then(|| direction(&[lead, &[verb]].concat()))
                    .flatten();
                return particle
                    .or_else(|| word_direction(verb))
                    .map(|direction| Change {
                        direction,
                        from,
                        to: Some(as_written(i)),
                    });
            }
            // The size of a change: "rose 6.5%", "a 3 percent drop"; a rank is no size ("the
            // first rise").
            if figs[i].kind == Kind::Ordinal {
                return None;
            }
            // The figure is itself the change: "sales doubled", "the cost was halved".
            let own = word_direction(&low[figs[i].start..figs[i].end]);
            let dir = own.or_else(|| direction(&before)).or_else(|| {
                let first = after_words(low, figs, i);
                first.and_then(word_direction)
            });
            dir.map(|direction| Change {
                direction,
                from: None,
                to: next_is_end.then(|| as_written(i + 1)),
            })
        })
        .collect()
}

/// Whether a figure can be part of a change: dates and clock times say when ("down 2.62% at 16:08"),
/// and a score is a result ("lost 1 – 2").
fn can_change(f: &Figure) -> bool {
    !matches!(f.kind, Kind::Date | Kind::Time | Kind::Score)
}

/// The direction the words just before a figure give it as the size of a change: the last word
/// ("rose 6.5%"), or the one before "by" or "of" ("fell by 3%", "a rise of 5%").
fn direction(before: &[&str]) -> Option<Direction> {
    // A qualifier between the word and the figure: "rose more than sixfold", "fell by at least 3%".
    let keep = before
        .iter()
        .rposition(|w| !QUALIFYING.contains(w))
        .map_or(0, |k| k + 1);
    let (last, rest) = before[..keep].split_last()?;
    match *last {
        // "fell by 3%", "a rise of 5%", "was revised up by 0.3 points".
        "by" | "of" => match rest.last() {
            Some(&("up" | "down")) => direction(rest),
            w => w.and_then(|w| word_direction(w)),
        },
        "up" | "down" => {
            let lead = rest.last().is_none_or(|w| UP_DOWN_LEADS.contains(w));
            lead.then_some(if *last == "up" {
                Direction::Up
            } else {
                Direction::Down
            })
        }
        w => word_direction(w),
    }
}

/// Words of a qualifier, passed over between a word for a change and its figure.
const QUALIFYING: [&str; 14] = [
    "than", "more", "less", "about", "around", "nearly", "almost", "roughly", "some", "just",
    "over", "under", "least", "most",
];

fn word_direction(w: &str) -> Option<Direction> {
    if let Some(v) = multiple_word(w) {
        // "doubled", "sixfold" on its own says nothing of direction; "halved" does, as do the verbs.
        return match w {
            "halved" => Some(Direction::Down),
            _ if w.ends_with("fold") => None,
            _ => (v > 1.0).then_some(Direction::Up),
        };
    }
    if RISE_WORDS.contains(&w) {
        Some(Direction::Up)
    } else if FALL_WORDS.contains(&w) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// With both ends' values known and in the same unit, the direction they give.
fn by_values(from: &Figure, to: &Figure) -> Option<Direction> {
    let (a, b) = (from.value?, to.value?);
    if from.unit != to.unit && from.unit.is_some() {
        return None;
    }
    (a != b).then_some(if b > a {
        Direction::Up
    } else {
        Direction::Down
    })
}

/// The first word after a figure, within its clause: "drop" in "a 3 percent drop".
fn after_words<'a>(low: &'a str, figs: &[Figure], i: usize) -> Option<&'a str> {
    let end = figs.get(i + 1).map_or(low.len(), |n| n.start);
    let rest = &low[figs[i].end..end];
    let stop = rest
        .find(['.', ';', ':', '!', '?', '(', ')', ','])
        .unwrap_or(rest.len());
    word_iter(&rest[..stop]).next()
}

/// The text of the figure's clause before it: back to the previous figure or a clause break, at
/// most 60 bytes.
fn clause<'a>(low: &'a str, figs: &[Figure], i: usize) -> &'a str {
    let from = if i > 0 { figs[i - 1].end } else { 0 };
    let mut from = from.max(figs[i].start.saturating_sub(60));
    while !low.is_char_boundary(from) {
        from += 1;
    }
    let s = &low[from..figs[i].start];
    const BREAKS: [char; 10] = [
        '.', ';', ':', '!', '?', '(', ')', '"', '\u{201c}', '\u{201d}',
    ];
    match s.char_indices().rev().find(|(_, c)| BREAKS.contains(c)) {
        Some((k, c)) => &s[k + c.len_utf8()..],
        None => s,
    }
}

fn words(s: &str) -> Vec<&str> {
    word_iter(s).collect()
}

/// The words of `s`, read only as far as they are asked for: the gap between two figures may be
/// a whole paragraph.
fn word_iter(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// The one word of `s`, if it has exactly one: the "to" of "from A to B".
fn only_word(s: &str) -> Option<&str> {
    let mut it = word_iter(s);
    let w = it.next()?;
    it.next().is_none().then_some(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures::figures;

    /// Each figure of `s` that is part of a change, as "figure: direction [from A] [to B]".
    fn read(s: &str) -> Vec<String> {
        let figs = figures(s);
        let low = s.to_ascii_lowercase();
        figs.iter()
            .zip(changes(s, &low, &figs))
            .filter_map(|(f, c)| {
                let c = c?;
                let mut out = format!(
                    "{}: {}",
                    &s[f.start..f.end],
                    if c.direction == Direction::Up {
                        "up"
                    } else {
                        "down"
                    }
                );
                for (word, end) in [("from", &c.from), ("to", &c.to)] {
                    if let Some(e) = end {
                        out.push_str(&format!(" {word} {e}"));
                    }
                }
                Some(out)
            })
            .collect()
    }

    #[test]
    fn the_size_of_a_change() {
        for (s, want) in [
            ("Shares rose 6.5% to 164p.", &["6.5%: up to 164p"][..]),
            (
                "Oil was up 19 cents at $58.24 a barrel.",
                &["19 cents: up to $58.24"],
            ),
            ("Sales fell by 3% last year.", &["3%: down"]),
            ("Exports dipped by 3.4% last year.", &["3.4%: down"]),
            ("The economy contracted by 0.3%.", &["0.3%: down"]),
            ("The index rallied 2% to 7,500.", &["2%: up to 7,500"]),
            (
                "It reported a 3 percent drop in sales.",
                &["3 percent: down"],
            ),
            ("There was a rise of 5% in March.", &["5%: up"]),
            (
                "He won, shaving 10 seconds off the record.",
                &["10 seconds: down"],
            ),
        ] {
            assert_eq!(read(s), want, "{s}");
        }
    }

    #[test]
    fn multiples() {
        for (s, want) in [
            ("Sales tripled last year.", &["tripled: up"][..]),
            ("The cost was halved.", &["halved: down"]),
            ("Sales doubled to 500.", &["doubled: up to 500"]),
            ("Output rose more than sixfold.", &["sixfold: up"]),
            ("It is 30 times higher than before.", &["30 times: up"]),
            ("There was a two-fold rise in cases.", &["two-fold: up"]),
        ] {
            assert_eq!(read(s), want, "{s}");
        }
    }

    #[test]
    fn where_a_change_ended() {
        for (s, want) in [
            (
                "The price fell from $2,415 to $2,315.",
                &["$2,315: down from $2,415 to $2,315"][..],
            ),
            (
                "Growth is forecast to slow from 4.8 to 4.7 percent.",
                &["4.7 percent: down from 4.8 to 4.7 percent"],
            ),
            ("Shares rose to 164p.", &["164p: up to 164p"]),
            (
                "Unemployment rose to 4.2% from 4%.",
                &["4.2%: up from 4% to 4.2%"],
            ),
            (
                "Profits fell to $2.1bn from 30 stores.",
                &["$2.1bn: down to $2.1bn"],
            ),
            // A particle after a verb that carries it.
            (
                "Growth was revised down to 0.1% from 0.2%.",
                &["0.1%: down from 0.2% to 0.1%"],
            ),
            ("The forecast was revised up by 0.3%.", &["0.3%: up"]),
            // "up to" before a figure is a bound.
            ("Waits were up to 5 hours.", &[]),
        ] {
            assert_eq!(read(s), want, "{s}");
        }
    }

    #[test]
    fn a_clock_time_after_at_says_when_not_where_it_ended() {
        assert_eq!(
            read("The index was down 2.62% at 16:08 UTC."),
            ["2.62%: down"]
        );
    }

    #[test]
    fn a_clause_break_of_more_than_one_byte() {
        // Regression: the clause starts after a curly quote, three bytes long.
        assert_eq!(read("It sold homes.\u{201c}It rose 4%."), ["4%: up"]);
    }

    #[test]
    fn no_change_where_none_is_said() {
        for s in [
            "Up to 5 people were hurt.",
            "They set up 5 centres.",
            "About 20,000 people crossed in 2023.",
            "He said 27 people died.",
            "It costs £5 to enter.",
            "This is the first rise in jobs in months.",
            "Tunisia lost 1 – 2 to England.",
        ] {
            assert_eq!(read(s), Vec::<String>::new(), "{s}");
        }
    }
}
