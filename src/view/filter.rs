//! The reader's filters: what they are, which claims fit them, the facet counts, and how they are
//! written into the URL fragment so a filtered view can be shared and the back button works.
//!
//! Everything here is pure and native-testable; the view calls the same predicates the tests do.

use crate::contract::article::{Kind, Qualifier};
use crate::view::model::{Doc, Row};
use crate::view::sort::sort_indices;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Position,
    Value,
    Speaker,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Position, Sort::Value, Sort::Speaker];
    pub fn key(self) -> &'static str {
        match self {
            Sort::Position => "position",
            Sort::Value => "value",
            Sort::Speaker => "speaker",
        }
    }
    pub fn from_key(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.key() == s)
    }
    pub fn label(self) -> &'static str {
        match self {
            Sort::Position => "Position in article",
            Sort::Value => "Value",
            Sort::Speaker => "Speaker",
        }
    }
}

pub use crate::view::model::{Facet, NO_VALUE};

const UNSOURCED: u16 = 1 << 5;
const RANGE: u16 = 1 << 6;
const CONFLICT: u16 = 1 << 7;
const UNCLEAR: u16 = 1 << 8;

/// What the reader has chosen. Values within a facet are alternatives; facets combine.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub speakers: Vec<String>,
    pub outlets: Vec<String>,
    pub kinds: Vec<String>,
    pub qualifiers: Vec<String>,
    /// Only figures nobody is credited with.
    pub unsourced: bool,
    /// Only figures that conflict with another figure for the same thing.
    pub conflicts: bool,
    /// Only figures whose source is unclear.
    pub unclear: bool,
    /// A value range, applied when exactly one kind is chosen.
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub sort: Sort,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        Filter {
            sort: self.sort,
            ..Filter::default()
        } == *self
    }

    pub fn picked(&self, facet: Facet) -> &Vec<String> {
        match facet {
            Facet::Speaker => &self.speakers,
            Facet::Outlet => &self.outlets,
            Facet::Kind => &self.kinds,
            Facet::Qualifier => &self.qualifiers,
        }
    }

    fn picked_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Speaker => &mut self.speakers,
            Facet::Outlet => &mut self.outlets,
            Facet::Kind => &mut self.kinds,
            Facet::Qualifier => &mut self.qualifiers,
        }
    }

    /// Picks a facet value, or unpicks it when already picked.
    pub fn toggle(&mut self, facet: Facet, key: &str) {
        let v = self.picked_mut(facet);
        if let Some(i) = v.iter().position(|k| k == key) {
            v.remove(i);
        } else {
            let at = v.iter().position(|k| k.as_str() > key).unwrap_or(v.len());
            v.insert(at, key.to_owned());
        }
        if facet == Facet::Kind && self.kinds.len() != 1 {
            self.min = None;
            self.max = None;
        }
    }

    /// The kind the value range applies to: the one kind picked, if exactly one is.
    pub fn range_kind(&self) -> Option<Kind> {
        match self.kinds.as_slice() {
            [k] => Kind::from_key(k),
            _ => None,
        }
    }

    /// The ids (in `doc.facet_values`) of the picked values of each facet.
    fn picked_ids(&self, doc: &Doc) -> [Vec<u32>; 4] {
        Facet::ALL.map(|f| {
            let values = &doc.facet_values[f as usize];
            self.picked(f)
                .iter()
                .filter_map(|p| values.binary_search(p).ok().map(|i| i as u32))
                .collect()
        })
    }

    /// The filters other than the search that a row fails, one bit each.
    fn fails(&self, row: &Row, picked: &[Vec<u32>; 4]) -> u16 {
        let mut m = 0;
        for f in Facet::ALL {
            if !self.picked(f).is_empty() && !picked[f as usize].contains(&row.facets[f as usize]) {
                m |= f.bit();
            }
        }
        if self.kinds.is_empty() && row.claim.quantity.kind.is_scaffolding() {
            m |= Facet::Kind.bit();
        }
        if self.unsourced && (row.claim.speaker.is_some() || row.claim.source.is_some()) {
            m |= UNSOURCED;
        }
        if self.unclear && !row.claim.source_unclear() {
            m |= UNCLEAR;
        }
        if self.range_kind().is_some() && (self.min.is_some() || self.max.is_some()) {
            let q = &row.claim.quantity;
            let lo = q.value.or(q.low).or(q.high);
            let hi = q.value.or(q.high).or(q.low);
            let inside = match (lo, hi) {
                (Some(lo), Some(hi)) => {
                    self.min.is_none_or(|m| hi >= m) && self.max.is_none_or(|m| lo <= m)
                }
                _ => false,
            };
            if !inside {
                m |= RANGE;
            }
        }
        m
    }

    /// Whether a row fails the conflicts-only filter.
    fn fails_conflict(&self, doc: &Doc, row: usize) -> u16 {
        if self.conflicts && !doc.groups[doc.group_of[row]].in_conflict() {
            CONFLICT
        } else {
            0
        }
    }

    /// The rows that fit, sorted, and the facet counts. Each facet counts the rows that fit every
    /// other filter, so its numbers say what picking a value would show.
    pub fn apply(&self, doc: &Doc) -> View {
        self.apply_after(doc, None)
    }

    /// As `apply`, given the view shown before of the same `doc`. When this search narrows that
    /// one's (a reader typing on), only the rows that one found are searched: a row the search
    /// does not find counts towards nothing, neither the list nor any facet.
    pub fn apply_after(&self, doc: &Doc, before: Option<&View>) -> View {
        let words = query_words(&self.query);
        let every: Vec<u32>;
        let among = match before {
            Some(b) if b.total == doc.rows.len() && narrows(&words, &b.search.0) => &b.search.1,
            _ => {
                every = (0..doc.rows.len() as u32).collect();
                &every
            }
        };
        let searched: Vec<u32> = among
            .iter()
            .copied()
            .filter(|&i| words.iter().all(|w| w.matches(&doc.rows[i as usize])))
            .collect();
        let picked = self.picked_ids(doc);
        let mut rows = Vec::new();
        let mut counts: [Vec<usize>; 4] =
            Facet::ALL.map(|f| vec![0; doc.facet_values[f as usize].len()]);
        let mut unsourced = 0;
        let mut unclear = 0;
        let mut held_back = 0;
        for i in searched.iter().map(|&i| i as usize) {
            let row = &doc.rows[i];
            let m = self.fails(row, &picked) | self.fails_conflict(doc, i);
            if m == 0 {
                rows.push(i);
            }
            if m == Facet::Kind.bit() && self.kinds.is_empty() {
                held_back += 1;
            }
            for f in Facet::ALL {
                let id = row.facets[f as usize];
                if m & !f.bit() == 0 && id != NO_VALUE {
                    counts[f as usize][id as usize] += 1;
                }
            }
            if m & !UNSOURCED == 0 && row.claim.speaker.is_none() && row.claim.source.is_none() {
                unsourced += 1;
            }
            if m & !UNCLEAR == 0 && row.claim.source_unclear() {
                unclear += 1;
            }
        }
        self.sort_rows(doc, &mut rows);
        let facets = Facet::ALL
            .into_iter()
            .zip(counts)
            .map(|(f, c)| {
                let picked = self.picked(f);
                let mut values: Vec<FacetValue> = doc.facet_values[f as usize]
                    .iter()
                    .zip(c)
                    .map(|(key, count)| FacetValue {
                        label: f.value_label(key),
                        active: picked.contains(key),
                        key: key.clone(),
                        count,
                    })
                    .collect();
                // Picked values stay visible even when the article has none of them.
                for p in picked {
                    if !values.iter().any(|v| &v.key == p) {
                        values.push(FacetValue {
                            label: f.value_label(p),
                            key: p.clone(),
                            count: 0,
                            active: true,
                        });
                    }
                }
                let mut idx: Vec<usize> = (0..values.len()).collect();
                if matches!(f, Facet::Speaker | Facet::Outlet) {
                    sort_indices(&mut idx, &|a, b| {
                        let (a, b) = (&values[a], &values[b]);
                        b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label))
                    });
                } else {
                    sort_indices(&mut idx, &|a, b| {
                        facet_order(f, &values[a].key).cmp(&facet_order(f, &values[b].key))
                    });
                }
                let mut slots: Vec<Option<FacetValue>> = values.into_iter().map(Some).collect();
                (f, idx.into_iter().filter_map(|i| slots[i].take()).collect())
            })
            .collect();
        // The tracked claims shown: those with a mention that fits, in the order of their first
        // fitting mention, each shown by that mention.
        let mut seen = vec![false; doc.groups.len()];
        let mut groups = Vec::new();
        for &r in &rows {
            let g = doc.group_of[r];
            if !seen[g] {
                seen[g] = true;
                groups.push((g, r));
            }
        }
        let conflicts = doc.groups.iter().filter(|g| g.in_conflict()).count();
        View {
            rows,
            search: (words, searched),
            total: doc.rows.len(),
            facets,
            unsourced,
            unclear,
            held_back,
            groups,
            total_groups: doc.groups.len(),
            conflicts,
        }
    }

    fn sort_rows(&self, doc: &Doc, rows: &mut [usize]) {
        match self.sort {
            Sort::Position => {}
            Sort::Value => sort_indices(rows, &|a, b| {
                let (a, b) = (&doc.rows[a], &doc.rows[b]);
                let ka = a.claim.quantity.kind;
                let kb = b.claim.quantity.kind;
                ka.cmp(&kb)
                    .then_with(|| match (a.sort_value, b.sort_value) {
                        (Some(x), Some(y)) => y.total_cmp(&x),
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    })
            }),
            // Credited figures first, by name (speaker ids follow the names' order); the article's own
            // after them (their id, NO_VALUE, is the largest).
            Sort::Speaker => sort_indices(rows, &|a, b| {
                doc.rows[a].facets[Facet::Speaker as usize]
                    .cmp(&doc.rows[b].facets[Facet::Speaker as usize])
            }),
        }
    }

    /// The filter as `key=value` pairs for the URL fragment, each key prefixed with the widget's key.
    pub fn to_pairs(&self, prefix: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut put = |k: &str, v: String| out.push((format!("{prefix}.{k}"), v));
        if !self.query.is_empty() {
            put("q", self.query.clone());
        }
        for f in Facet::ALL {
            let p = self.picked(f);
            if !p.is_empty() {
                put(f.key(), p.join("|"));
            }
        }
        if self.unsourced {
            put("nosource", "1".into());
        }
        if self.conflicts {
            put("conflicts", "1".into());
        }
        if self.unclear {
            put("unclear", "1".into());
        }
        if let Some(m) = self.min {
            put("min", crate::view::model::format_number(m, false));
        }
        if let Some(m) = self.max {
            put("max", crate::view::model::format_number(m, false));
        }
        if self.sort != Sort::Position {
            put("sort", self.sort.key().into());
        }
        out
    }

    /// Reads this widget's pairs from a URL fragment (with or without its `#`); the rest is ignored.
    pub fn from_fragment(fragment: &str, prefix: &str) -> Filter {
        let mut f = Filter::default();
        for (k, v) in parse_fragment(fragment) {
            let Some(k) = k.strip_prefix(prefix).and_then(|k| k.strip_prefix('.')) else {
                continue;
            };
            let list = || -> Vec<String> {
                let mut l: Vec<String> = Vec::new();
                for s in v.split('|').filter(|s| !s.is_empty()) {
                    if !l.iter().any(|x| x == s) {
                        let at = l.iter().position(|k| k.as_str() > s).unwrap_or(l.len());
                        l.insert(at, s.to_owned());
                    }
                }
                l
            };
            match k {
                "q" => f.query = v.clone(),
                "speaker" => f.speakers = list(),
                "outlet" => f.outlets = list(),
                "kind" => f.kinds = list(),
                "qualifier" => f.qualifiers = list(),
                "nosource" => f.unsourced = v == "1",
                "conflicts" => f.conflicts = v == "1",
                "unclear" => f.unclear = v == "1",
                "min" => f.min = parse_number(&v),
                "max" => f.max = parse_number(&v),
                "sort" => f.sort = Sort::from_key(&v).unwrap_or_default(),
                _ => {}
            }
        }
        if f.kinds.len() != 1 {
            f.min = None;
            f.max = None;
        }
        f
    }

    /// A new fragment: this widget's pairs replaced by the filter's, other widgets' pairs kept.
    pub fn merge_into_fragment(&self, fragment: &str, prefix: &str) -> String {
        let mine = |k: &str| k.strip_prefix(prefix).is_some_and(|r| r.starts_with('.'));
        let mut pairs: Vec<(String, String)> = parse_fragment(fragment)
            .into_iter()
            .filter(|(k, _)| !mine(k))
            .collect();
        pairs.extend(self.to_pairs(prefix));
        pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

fn facet_order(f: Facet, key: &str) -> usize {
    match f {
        Facet::Kind => Kind::from_key(key).map_or(usize::MAX, |k| k as usize),
        Facet::Qualifier => Qualifier::from_key(key).map_or(usize::MAX, |q| q as usize),
        _ => 0,
    }
}

/// One search word, lower-cased; a number also as a whole value in the row's digits.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    text: String,
    value: Option<String>,
}

impl Word {
    fn matches(&self, row: &Row) -> bool {
        contains(&row.hay, &self.text)
            || self
                .value
                .as_ref()
                .is_some_and(|v| contains(&row.digits, v))
    }
}

/// Whether every row that fits `words` fits `before` too: each word before is inside a word now
/// that is only text. (A word that reads as a number also finds rows by its value, so "1,000"
/// finds a "1000" that "1,00" did not.)
fn narrows(words: &[Word], before: &[Word]) -> bool {
    before.iter().all(|b| {
        words
            .iter()
            .any(|w| w.value.is_none() && contains(&w.text, &b.text))
    })
}

/// Whether `needle` occurs in `hay`: `str::contains` would prepare a two-way searcher for each of
/// ten thousand rows at every keystroke (see `contract::find`).
fn contains(hay: &str, needle: &str) -> bool {
    crate::contract::find(hay, needle).is_some()
}

/// The search words. Every word must occur in the row's text; a number may instead equal its value,
/// thousands separators aside, so "20000" finds "20,000".
pub fn query_words(q: &str) -> Vec<Word> {
    q.split_whitespace()
        .map(|w| {
            let text = crate::view::model::fold(w);
            let plain: String = text.chars().filter(|&c| c != ',').collect();
            let numeric = parse_number(&plain);
            Word {
                value: numeric.map(|v| {
                    format!(
                        "\u{1e}{}\u{1e}",
                        crate::view::model::format_number(v, false)
                    )
                }),
                text,
            }
        })
        .collect()
}

/// What the list shows for a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Indices into `doc.rows`, in display order.
    pub rows: Vec<usize>,
    /// The search's words, and the rows (in article order) that fit them, whatever the other
    /// filters: where the next search starts when it narrows this one.
    pub search: (Vec<Word>, Vec<u32>),
    pub total: usize,
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
    /// How many fitting figures have no source given.
    pub unsourced: usize,
    /// How many fitting figures have an unclear source.
    pub unclear: usize,
    /// How many mentions fit but are left out as dates or clock times (`Kind::is_scaffolding`),
    /// which show only when picked under Kind.
    pub held_back: usize,
    /// The tracked claims to show, each with the mention (a row) that represents it.
    pub groups: Vec<(usize, usize)>,
    pub total_groups: usize,
    /// How many tracked claims conflict with another.
    pub conflicts: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FacetValue {
    pub key: String,
    pub label: String,
    pub count: usize,
    pub active: bool,
}

fn parse_fragment(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Reads a plain decimal number ("-12", "20,000", "3.25"), as a reader types one. Written by hand:
/// the standard float parser, with exponents and special values, would add some 4 KB to the widget.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    let mut scale: u64 = 1;
    for (k, c) in int.chars().enumerate() {
        match c {
            '0'..='9' => n = n.checked_mul(10)?.checked_add(c as u64 - '0' as u64)?,
            ',' if k > 0 => {}
            _ => return None,
        }
    }
    for c in frac.chars() {
        let d = c.to_digit(10)?;
        n = n.checked_mul(10)?.checked_add(u64::from(d))?;
        scale = scale.checked_mul(10)?;
    }
    let v = n as f64 / scale as f64;
    Some(if neg { -v } else { v })
}

/// Percent-encodes all but the unreserved characters of RFC 3986.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~|".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[(b >> 4) as usize]));
            out.push(char::from(b"0123456789ABCDEF"[(b & 15) as usize]));
        }
    }
    out
}

/// Decodes percent-escapes (and `+` as a space); malformed escapes and bad UTF-8 are kept as text.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
