//! Claim tracking: mentions of the same figure about the same thing are one tracked claim, and
//! different figures for the same thing are flagged as conflicting.
//!
//! Sameness is decided from the value (normalised, so "£200m", "£0.2bn" and "200 million pounds"
//! agree), the kind and unit, and what is counted — never from the text as written.

use crate::contract::article::{Claim, Kind, Quantity};
use crate::view::row::Row;
use crate::view::sort::{hash, sort_indices, HASH_START};

/// One tracked claim: its mentions, and the tracked claims it conflicts with.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Group {
    /// Row indices of its mentions, in article order.
    pub rows: Vec<usize>,
    /// Indices of the other groups that give a different figure for the same thing.
    pub conflicts: Vec<usize>,
    /// When this figure is a total whose parts, given with it, add up to something else: the parts
    /// (row indices) and their sum.
    pub parts: Option<(Vec<usize>, f64)>,
}

impl Group {
    /// Whether this figure conflicts with another, or with its own parts.
    pub fn in_conflict(&self) -> bool {
        !self.conflicts.is_empty() || self.parts.is_some()
    }
}

/// Words that say nothing about what is counted.
const STOP: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "during", "while", "into", "over", "its", "their", "his", "her", "this", "that", "these",
    "those", "who", "which", "had", "has", "have", "were", "was", "been", "be", "is", "are",
    "trying", "some", "more", "than",
];

/// Whether a character is part of a word: ASCII letters and digits, and letters of other scripts.
/// Unicode's alphanumeric tables would cost the widget kilobytes, so beyond ASCII a word character
/// is anything but the Latin-1 punctuation and symbols and the blocks of punctuation, symbols,
/// arrows and shapes (U+2000 to U+2BFF) that news text uses between words.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c >= '\u{c0}'
            && !matches!(c, '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{303f}'))
}

/// The content words of what a claim counts, lower-cased and without a plural "s", made as they
/// are read: tracking reads only the first.
fn topic(counted: Option<&str>) -> impl Iterator<Item = String> + '_ {
    counted
        .unwrap_or("")
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_ascii_lowercase();
            if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                w[..w.len() - 1].to_owned()
            } else {
                w
            }
        })
        .filter(|w| !STOP.contains(&w.as_str()))
}

/// The head word of what a claim counts (its first content word), or its text as written when
/// nothing is known of what it counts: with the kind and unit, the bucket a figure is tracked in.
/// Only the first word is read: the others are never made.
fn head<'a>(topic_head: &'a Option<String>, claim: &'a Claim) -> &'a str {
    topic_head.as_deref().unwrap_or(claim.text.as_str())
}

/// The tracking key of a claim as one line of text, for tracking figures across articles (an
/// archive): kind, unit, the head word of what is counted, and the value, as the widget tracks
/// within an article. Values are written to nine significant digits, so that "£200m" and "£0.2bn"
/// agree as they do within an article (where values within a millionth are the same figure).
pub fn key_of(claim: &Claim) -> String {
    let q = &claim.quantity;
    let topic_head = topic(claim.counted.as_deref()).next();
    let value = match (q.value, q.low, q.high) {
        (Some(v), _, _) => canonical(v),
        (None, low, high) => format!(
            "{}..{}",
            low.map(canonical).unwrap_or_default(),
            high.map(canonical).unwrap_or_default()
        ),
    };
    format!(
        "{}|{}|{}|{}",
        q.kind.key(),
        q.unit.as_deref().unwrap_or(""),
        head(&topic_head, claim),
        value
    )
}

/// A value to nine significant digits, in a form that is the same for equal values.
fn canonical(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{}", if v == 0.0 { 0.0 } else { v });
    }
    let s = format!("{v:.8e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
    format!("{mantissa}e{exp}")
}

/// Whether two figures have the same value (or interval), within a millionth: "£200m" and "£0.2bn".
fn same_value(a: &Quantity, b: &Quantity) -> bool {
    let eq = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()),
        (None, None) => true,
        _ => false,
    };
    eq(a.value, b.value) && (a.value.is_some() || eq(a.low, b.low) && eq(a.high, b.high))
}

/// What a figure is sorted by within a bucket: its value, or an interval's bounds after all the
/// values. Figures that are the same value (`same_value`) sort side by side.
fn value_key(q: &Quantity) -> (bool, f64, f64) {
    match q.value {
        Some(v) => (false, v, 0.0),
        None => (true, q.low.unwrap_or(f64::MIN), q.high.unwrap_or(f64::MAX)),
    }
}

/// Kinds whose different values for one thing contradict each other (two dates or two ordinals in
/// one article usually describe different things).
fn can_conflict(k: Kind) -> bool {
    matches!(
        k,
        Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Duration | Kind::Ratio
    )
}

/// Groups the rows of an article into tracked claims, and finds the conflicts between them.
/// Returns the groups (ordered by first mention) and the group of each row.
pub fn track(rows: &[Row]) -> (Vec<Group>, Vec<usize>) {
    let n = rows.len();
    let topic_heads: Vec<Option<String>> = rows
        .iter()
        .map(|r| topic(r.claim.counted.as_deref()).next())
        .collect();
    // Rows are bucketed by kind, unit and the head word of what is counted (or the text as
    // written when nothing is known of it) by sorting, so tracking stays O(n log n) on a long live
    // blog; within a bucket, equal values are one tracked claim.
    let heads: Vec<&str> = (0..n)
        .map(|i| head(&topic_heads[i], &rows[i].claim))
        .collect();
    let key = |i: usize| {
        let q = &rows[i].claim.quantity;
        (
            q.kind,
            q.unit.as_deref(),
            topic_heads[i].is_none(),
            heads[i],
        )
    };
    // By a hash of the key first: comparing the texts of ten thousand keys took most of the time.
    let hashes: Vec<u64> = (0..n)
        .map(|i| {
            let (kind, unit, bare, head) = key(i);
            let h = hash(
                HASH_START ^ (kind as u64) << 1 ^ u64::from(bare),
                unit.unwrap_or(""),
            );
            hash(hash(h, "\u{1f}"), head)
        })
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    sort_indices(&mut order, &|a, b| {
        (hashes[a].cmp(&hashes[b]))
            .then_with(|| key(a).cmp(&key(b)))
            .then(a.cmp(&b))
    });
    // Provisional groups, bucket by bucket, and the conflicts within each bucket.
    let mut found: Vec<Group> = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && key(order[end]) == key(order[start]) {
            end += 1;
        }
        let first = found.len();
        // Within the bucket, by value: equal values are then side by side, and one sweep groups
        // them (a bucket of a live blog's running count holds thousands of different values).
        let bucket = &mut order[start..end];
        sort_indices(bucket, &|a, b| {
            let (qa, qb) = (&rows[a].claim.quantity, &rows[b].claim.quantity);
            let ((na, va, ha), (nb, vb, hb)) = (value_key(qa), value_key(qb));
            // A total order, whatever the values: NaN sorts apart and matches nothing.
            na.cmp(&nb)
                .then(va.total_cmp(&vb))
                .then(ha.total_cmp(&hb))
                .then(a.cmp(&b))
        });
        for &i in bucket.iter() {
            let q = &rows[i].claim.quantity;
            match found[first..].last_mut() {
                Some(g) if same_value(q, &rows[g.rows[0]].claim.quantity) => g.rows.push(i),
                _ => found.push(Group {
                    rows: vec![i],
                    conflicts: Vec::new(),
                    parts: None,
                }),
            }
        }
        // Each group's first row is its first mention.
        for g in &mut found[first..] {
            sort_indices(&mut g.rows, &|a, b| a.cmp(&b));
        }
        // Two or three figures for the same thing, measured alike and not said of different times,
        // conflict; more than three is a series (a live blog's running count).
        let count = found.len() - first;
        if (2..=3).contains(&count) {
            for a in first..found.len() {
                for b in a + 1..found.len() {
                    let (ca, cb) = (&rows[found[a].rows[0]].claim, &rows[found[b].rows[0]].claim);
                    if can_conflict(ca.quantity.kind)
                        && ca.quantity.qualifier == cb.quantity.qualifier
                        && (ca.when.is_none() || cb.when.is_none() || ca.when == cb.when)
                    {
                        found[a].conflicts.push(b);
                        found[b].conflicts.push(a);
                    }
                }
            }
        }
        start = end;
    }
    // Number the groups by their first mention.
    let mut by_first: Vec<usize> = (0..found.len()).collect();
    sort_indices(&mut by_first, &|a, b| {
        found[a].rows[0].cmp(&found[b].rows[0])
    });
    let mut new_id = vec![0; found.len()];
    for (k, &g) in by_first.iter().enumerate() {
        new_id[g] = k;
    }
    let mut group_of = vec![0; n];
    let mut groups: Vec<Group> = by_first
        .iter()
        .map(|&g| {
            // Each group's rows are in article order already (sorted in its bucket).
            let rows_of = std::mem::take(&mut found[g].rows);
            for &r in &rows_of {
                group_of[r] = new_id[g];
            }
            let mut conflicts: Vec<usize> = found[g].conflicts.iter().map(|&c| new_id[c]).collect();
            sort_indices(&mut conflicts, &|a, b| a.cmp(&b));
            Group {
                rows: rows_of,
                conflicts,
                parts: None,
            }
        })
        .collect();
    for (t, parts, sum) in totals_and_parts(rows) {
        groups[group_of[t]].parts = Some((parts, sum));
    }
    (groups, group_of)
}

/// Totals given with their parts that do not add up: "31 people died, including 17 men, 7 women
/// and 3 children". A total is followed in its sentence by "including", "of whom", "of which",
/// "among them" or a colon, then two or more figures of its kind and unit, each smaller than it.
fn totals_and_parts(rows: &[Row]) -> Vec<(usize, Vec<usize>, f64)> {
    let mut out = Vec::new();
    for (t, total) in rows.iter().enumerate() {
        let q = &total.claim.quantity;
        let (Some(v), true) = (
            q.value,
            matches!(
                q.kind,
                Kind::Count | Kind::Money | Kind::Percent | Kind::Measure
            ),
        ) else {
            continue;
        };
        let parts: Vec<usize> = (t + 1..rows.len())
            .take_while(|&p| {
                rows[p].block == total.block && rows[p].claim.sentence == total.claim.sentence
            })
            .filter(|&p| {
                let pq = &rows[p].claim.quantity;
                pq.kind == q.kind && pq.unit == q.unit && pq.value.is_some_and(|x| x < v)
            })
            .collect();
        let Some(&first) = parts.first() else {
            continue;
        };
        if parts.len() < 2 {
            continue;
        }
        let between = total
            .claim
            .sentence
            .get(
                total.mark.as_ref().map_or(0, |m| m.end)
                    ..rows[first].mark.as_ref().map_or(0, |m| m.start),
            )
            .unwrap_or("");
        let between = between.to_ascii_lowercase();
        let introduces = [" including", "of whom", "of which", "among them", ":"]
            .iter()
            .any(|w| crate::contract::find(&between, w).is_some());
        let sum: f64 = parts
            .iter()
            .filter_map(|&p| rows[p].claim.quantity.value)
            .sum();
        if introduces && (sum - v).abs() > 1e-9 * v.abs().max(1.0) {
            out.push((t, parts, sum));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::article::{Article, Block, Claim, Qualifier};
    use crate::view::model::Doc;

    // A claim as a test writes it, every field in one line of the case.
    #[allow(clippy::too_many_arguments)]
    fn claim(
        id: &str,
        block: &str,
        text: &str,
        kind: Kind,
        value: f64,
        unit: Option<&str>,
        counted: &str,
        sentence: &str,
    ) -> Claim {
        let start = sentence[..sentence.find(text).unwrap()].chars().count();
        let quantity = Quantity {
            kind,
            value: Some(value),
            low: None,
            high: None,
            unit: unit.map(Into::into),
            qualifier: Qualifier::Exact,
            change: None,
        };
        let span = (start, start + text.chars().count());
        Claim {
            counted: Some(counted.into()),
            ..Claim::bare(id, block, span, text, sentence, quantity)
        }
    }

    /// A fixture the seed does not contain: a death toll reported two ways, and one budget written
    /// three ways.
    fn fixture() -> Doc {
        let texts = [
            "27 people died in the crossing, police said.",
            "Officials later said 31 people died in the crossing.",
            "The £200m scheme, or £0.2bn, cost 200 million pounds.",
            "Another 27 people died, the minister said.",
            "The crossing took 12 hours.",
        ];
        let blocks: Vec<Block> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block {
                id: format!("b{i}"),
                text: (*t).into(),
                kind: None,
                time: None,
            })
            .collect();
        let claims = vec![
            claim(
                "c1",
                "b0",
                "27",
                Kind::Count,
                27.0,
                None,
                "people died in the crossing",
                texts[0],
            ),
            claim(
                "c2",
                "b1",
                "31",
                Kind::Count,
                31.0,
                None,
                "people died in the crossing",
                texts[1],
            ),
            claim(
                "c3",
                "b2",
                "£200m",
                Kind::Money,
                2e8,
                Some("GBP"),
                "scheme",
                texts[2],
            ),
            claim(
                "c4",
                "b2",
                "£0.2bn",
                Kind::Money,
                2e8,
                Some("GBP"),
                "scheme cost",
                texts[2],
            ),
            claim(
                "c5",
                "b2",
                "200 million pounds",
                Kind::Money,
                200_000_000.000_000_03,
                Some("GBP"),
                "scheme",
                texts[2],
            ),
            claim(
                "c6",
                "b3",
                "27",
                Kind::Count,
                27.0,
                None,
                "people died",
                texts[3],
            ),
            claim(
                "c7",
                "b4",
                "12 hours",
                Kind::Duration,
                12.0,
                Some("hour"),
                "crossing took",
                texts[4],
            ),
        ];
        let article = Article {
            claims: Some(claims),
            ..Article::new("fixture", "Fixture", blocks)
        };
        Doc::new(article)
    }

    #[test]
    fn the_archive_key_is_the_key_tracking_groups_by() {
        let doc = fixture();
        let (_, group_of) = track(&doc.rows);
        let keys: Vec<String> = doc.rows.iter().map(|r| key_of(&r.claim)).collect();
        assert_eq!(keys[0], "count||people|2.7e1");
        assert_eq!(keys[2], "money|GBP|scheme|2e8");
        for a in 0..keys.len() {
            for b in 0..keys.len() {
                assert_eq!(
                    keys[a] == keys[b],
                    group_of[a] == group_of[b],
                    "{} {}",
                    keys[a],
                    keys[b]
                );
            }
        }
    }

    #[test]
    fn mentions_of_one_figure_about_one_thing_are_one_claim() {
        let doc = fixture();
        let (groups, group_of) = track(&doc.rows);
        let texts: Vec<Vec<&str>> = groups
            .iter()
            .map(|g| {
                g.rows
                    .iter()
                    .map(|&r| doc.rows[r].claim.text.as_str())
                    .collect()
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                vec!["27", "27"],
                vec!["31"],
                vec!["£200m", "£0.2bn", "200 million pounds"],
                vec!["12 hours"]
            ]
        );
        assert_eq!(group_of, vec![0, 1, 2, 2, 2, 0, 3]);
    }

    #[test]
    fn a_running_count_groups_each_value_once_in_order_of_first_mention() {
        // One bucket (the same thing counted), values out of order and repeated, as a live blog's
        // running count is: 5, 9, 5, 7, 9, 5, 11.
        let values = [5.0, 9.0, 5.0, 7.0, 9.0, 5.0, 11.0];
        let texts: Vec<String> = values
            .iter()
            .map(|v| format!("So far {v} boats arrived."))
            .collect();
        let blocks: Vec<Block> = (0..texts.len())
            .map(|i| Block {
                id: format!("b{i}"),
                text: texts[i].clone(),
                kind: None,
                time: None,
            })
            .collect();
        let claims = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let (id, block) = (format!("c{i}"), format!("b{i}"));
                let text = v.to_string();
                claim(
                    &id,
                    &block,
                    &text,
                    Kind::Count,
                    *v,
                    None,
                    "boats arrived",
                    &texts[i],
                )
            })
            .collect();
        let doc = Doc::new(Article {
            claims: Some(claims),
            ..Article::new("t", "T", blocks)
        });
        let (groups, group_of) = track(&doc.rows);
        let rows: Vec<&[usize]> = groups.iter().map(|g| g.rows.as_slice()).collect();
        assert_eq!(rows, [&[0, 2, 5][..], &[1, 4], &[3], &[6]]);
        assert_eq!(group_of, [0, 1, 0, 2, 1, 0, 3]);
        // More than three values for one thing is a series, not a conflict.
        assert!(groups.iter().all(|g| g.conflicts.is_empty()));
    }

    #[test]
    fn different_figures_for_the_same_thing_conflict() {
        let doc = fixture();
        let (groups, _) = track(&doc.rows);
        assert_eq!(
            groups[0].conflicts,
            vec![1],
            "27 people died here, 31 there"
        );
        assert_eq!(groups[1].conflicts, vec![0]);
        assert!(groups[2].conflicts.is_empty() && groups[3].conflicts.is_empty());
    }

    #[test]
    fn a_total_that_its_parts_do_not_add_up_to_is_flagged() {
        let sentence = "At least 31 people died, including 17 men, 7 women and 3 children.";
        let ok = "The 27 dead were 17 men, 7 women and 3 children: 27 in all.";
        let mk = |id: &str, text: &str, v: f64, s: &str, nth: usize| {
            let mut c = claim(id, "b0", text, Kind::Count, v, None, "people", s);
            let at = s.match_indices(text).nth(nth).unwrap().0;
            c.start = s[..at].chars().count();
            c.end = c.start + text.chars().count();
            c
        };
        let doc = |s: &str, claims: Vec<Claim>| {
            Doc::new(Article {
                claims: Some(claims),
                ..Article::new(
                    "t",
                    "T",
                    vec![Block {
                        id: "b0".into(),
                        text: s.into(),
                        kind: None,
                        time: None,
                    }],
                )
            })
        };
        let d = doc(
            sentence,
            vec![
                mk("t", "31", 31.0, sentence, 0),
                mk("a", "17", 17.0, sentence, 0),
                mk("b", "7", 7.0, sentence, 0),
                mk("c", "3", 3.0, sentence, 1),
            ],
        );
        let total = &d.groups[d.group_of[0]];
        assert_eq!(
            total.parts.as_ref().map(|(p, s)| (p.len(), *s)),
            Some((3, 27.0))
        );
        let d = doc(
            ok,
            vec![
                mk("t", "27", 27.0, ok, 0),
                mk("a", "17", 17.0, ok, 0),
                mk("b", "7", 7.0, ok, 0),
                mk("c", "3", 3.0, ok, 0),
            ],
        );
        assert!(
            d.groups.iter().all(|g| g.parts.is_none()),
            "no introducing word, and they add up anyway"
        );
    }

    #[test]
    fn topics_ignore_function_words_and_plurals() {
        assert_eq!(
            topic(Some("people died during a crossing attempt")).collect::<Vec<_>>(),
            ["people", "died", "crossing", "attempt"]
        );
        assert!(topic(Some("migrants stopped")).eq(topic(Some("migrant stopped"))));
        assert_eq!(topic(None).next(), None);
    }

    #[test]
    fn words_are_split_at_punctuation_of_any_script_but_not_inside_letters() {
        for (counted, words) in [
            ("small-boat arrivals", &["small", "boat", "arrival"][..]),
            ("Zürich residents", &["zürich", "resident"]),
            ("men\u{2013}women", &["men", "women"]),
            ("\u{201c}quoted\u{201d} cases", &["quoted", "case"]),
            ("tonnes\u{a0}of\u{a0}grain", &["tonne", "grain"]),
            ("2×4 planks", &["2", "4", "plank"]),
            ("Ελλάδα arrivals", &["Ελλάδα", "arrival"]),
        ] {
            assert_eq!(topic(Some(counted)).collect::<Vec<_>>(), words, "{counted}");
        }
    }
}
