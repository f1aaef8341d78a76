//! Figures: a number with what makes it a quantity — its qualifier, scale, currency, percent sign
//! or unit — or a range, a vague amount, an ordinal, a ratio, a date, a clock time or a score.
//!
//! The span of a figure leaves out its qualifier ("nearly two decades" is the figure "two decades",
//! qualified "approx"), as the gold labels do. Numbers inside names ("Channel 4", "G8", "BBC Two")
//! are no figures at all.
//!
//! This module walks the tokens and reads amounts (a number with its scale, currency and unit);
//! each kind of figure has its rules in a module of its own: `qualifiers`, `money`, `measures`,
//! `ranges`, `vague`, `fractions`, `dates`, and `names` for the numbers that are no figures. Their
//! examples, positive and negative, are in `tests.rs`, grouped by the same kinds.

use super::lex::{tokens, Tok, T};
use super::numbers::{self, number_at, ordinal_word, parse_digits, scale_word, Number};
use super::words::Words;
use crate::contract::article::{Kind, Qualifier};
use std::borrow::Cow;
use std::ops::{Deref, Range};

mod dates;
mod fractions;
mod measures;
mod money;
mod names;
mod percent;
mod qualifiers;
mod ranges;
mod scales;
mod vague;
use dates::*;
use fractions::*;
use measures::*;
use money::*;
pub use names::bare_number;
use names::*;
use percent::*;
use qualifiers::*;
use ranges::*;
use scales::*;
use vague::*;

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
}

/// Finds the figures of a text, in order, without overlaps.
pub fn figures(s: &str) -> Vec<Figure> {
    figures_in(s, &s.to_ascii_lowercase(), &tokens(s))
}

/// [`figures`] of a text already cut into `toks`, with its lower-cased copy `low` (the same byte
/// offsets).
pub fn figures_in(s: &str, low: &str, toks: &[Tok]) -> Vec<Figure> {
    figures_and_names_in(s, low, toks).0
}

/// `figures_in`, and the spans of the numbers of three or more digits read as names of products
/// ("a 717", "the first 787,", "Boeing 737"): the article's other mentions of such a number are
/// names too (`extract_claims`).
pub fn figures_and_names_in(s: &str, low: &str, toks: &[Tok]) -> (Vec<Figure>, Vec<Range<usize>>) {
    let mut out = Vec::new();
    let mut i = 0;
    let cx = Cx {
        s,
        low,
        toks,
        amounts: std::cell::RefCell::new([(usize::MAX, None); 2]),
        names: Default::default(),
    };
    while i < toks.len() {
        if !may_start(&cx, i) {
            // Debug builds (the tests) check that no rule would have found anything here.
            debug_assert!(
                figure_at(&cx, i).is_none(),
                "a figure starts at a word may_start passes over: {:?}",
                toks[i].text(s)
            );
            i += 1;
            continue;
        }
        match figure_at(&cx, i) {
            Some((f, next)) => {
                if let Some(f) = f {
                    // A figure that reaches back over earlier ones ("one twenty-fifth" after "one")
                    // replaces them; figures never overlap.
                    while out.last().is_some_and(|p: &Figure| p.end > f.start) {
                        if out.last().is_some_and(|p: &Figure| p.start >= f.start) {
                            out.pop();
                        } else {
                            break;
                        }
                    }
                    let rate = out.last().is_some_and(|p| per_unit_of_time(low, p, &f));
                    // "an hour and a half", "two years and a half": the half is of the unit.
                    if let Some(p) = out.last_mut().filter(|p| {
                        // Only a plain unit: "a decade and a half" is not 10.5 years.
                        let plain_unit = low[p.start..p.end]
                            .rsplit([' ', '-'])
                            .next()
                            .and_then(unit_word)
                            .is_some_and(|u| u.2 == 1.0);
                        matches!(p.kind, Kind::Duration | Kind::Measure)
                            && plain_unit
                            && p.value.is_some()
                            && f.kind == Kind::Ratio
                            && f.value == Some(0.5)
                            && s.get(p.end..f.start).is_some_and(|g| g.trim() == "and")
                    }) {
                        p.value = p.value.map(|v| v + 0.5);
                        p.end = f.end;
                        i = next.max(i + 1);
                        continue;
                    }
                    if !rate && out.last().is_none_or(|p: &Figure| p.end <= f.start) {
                        let mut f = f;
                        shared_qualifier(s, out.last(), &mut f);
                        out.push(f);
                    }
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    times(low, &mut out);
    ages(s, &mut out);
    shared_month(low, &mut out);
    periods(low, &mut out);
    compared_levels(low, &mut out);
    let mut out = compound_durations(low, out);
    let urls = web_addresses(low);
    if !urls.is_empty() {
        out.retain(|f| !urls.iter().any(|&(a, b)| f.start < b && a < f.end));
    }
    (merge_bounds(low, out), cx.names.into_inner())
}

/// How many of the lower-cased `words` before index `at` are a qualifier phrase ("at least",
/// "more than"): a figure's span leaves its qualifier out, and what it counts leaves it out too.
pub fn qualifier_words_before(words: &[&str], at: usize) -> usize {
    let Some(last) = at.checked_sub(1).map(|k| words[k]) else {
        return 0;
    };
    QUALIFIERS
        .iter()
        // The last word first: most words end no qualifier, and are passed over at once.
        .filter(|(q, _)| q.ends_with(last))
        .filter_map(|(q, _)| {
            let n = q.split(' ').count();
            (n <= at && q.split(' ').eq(words[at - n..at].iter().copied())).then_some(n)
        })
        .max()
        .unwrap_or(0)
}

/// Whether `f`, after the figure `p`, is the "a day" of a rate: "500,000 barrels a day", "£5 an
/// hour", "treats 500,000 patients a year", "40,000 extra appointments a week". The words between
/// are what the first figure counts: at most four, none a verb in -ed or a function word but "of",
/// and a plural noun last or before "of" ("barrels of oil a day"). Followed by "ago" or
/// "earlier", "a year" is when, and a figure of its own.
fn per_unit_of_time(low: &str, p: &Figure, f: &Figure) -> bool {
    let one_unit = f.kind == Kind::Duration
        && f.value == Some(1.0)
        && matches!(low.get(f.start..f.start + 2), Some("a " | "an"));
    if !one_unit {
        return false;
    }
    let when = low[f.end..].split_whitespace().next().is_some_and(|w| {
        matches!(
            w.trim_end_matches(|c: char| !c.is_alphabetic()),
            "ago" | "earlier" | "later" | "before" | "after" | "previously" | "on"
        )
    });
    let Some(gap) = low.get(p.end..f.start) else {
        return false;
    };
    // Five words are enough to know there are more than four.
    let words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).take(5).collect();
    let head = words.iter().position(|&w| w == "of").unwrap_or(words.len());
    let counted = words.len() <= 4
        && match head {
            // "6 tonnes of coal": the unit is what is counted.
            0 => p.unit.is_some(),
            _ => super::lexicon::is_plural_noun(words[head - 1]),
        }
        && words.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && !w.ends_with("ed")
                && (*w == "of" || !super::lexicon::is_function_word(w))
        });
    !when && (gap.trim().is_empty() || counted)
}

/// A qualifier before two alternatives is of both: "around 25k or 40k cheaper", "more than 3 or 5
/// doses". Only where the second has none of its own and the same kind.
fn shared_qualifier(s: &str, prev: Option<&Figure>, f: &mut Figure) {
    let Some(p) = prev else { return };
    let joined = s.get(p.end..f.start).is_some_and(|g| g.trim() == "or");
    let sharable = matches!(
        p.qualifier,
        Qualifier::Approx | Qualifier::AtLeast | Qualifier::AtMost
    );
    if joined && sharable && f.qualifier == Qualifier::Exact && f.kind == p.kind {
        f.qualifier = p.qualifier;
    }
}

/// Whether a figure could start at token `i`. Most words of a text start none, and are passed over
/// with a few comparisons instead of every rule: a word starts a figure only if it is in the
/// vocabulary some rule reads at its first token, or is glued to what follows ("G8", "US$5",
/// "F-35"). `figures_in` checks this in debug builds against the rules themselves.
fn may_start(cx: &Cx, i: usize) -> bool {
    let t = cx.toks[i];
    match t.kind {
        T::Num => return true,
        // Punctuation starts nothing; signs and fraction characters may.
        T::Sym => {
            let c = t.text(cx.s);
            // A minus sign only glued to what it negates, and not to what comes before: " - " is
            // a dash, and the "-" of "COVID-19" or "5-10" a hyphen.
            if matches!(c, "-" | "\u{2212}") {
                let after_word = i > 0 && !t.space && cx.toks[i - 1].kind != T::Sym;
                return cx.glued(i + 1) && !after_word;
            }
            return currency_symbol(c).is_some()
                || matches!(
                    c,
                    "+" | "#"
                        | "<"
                        | ">"
                        | "\u{2264}"
                        | "\u{2265}"
                        | "\u{bd}"
                        | "\u{bc}"
                        | "\u{be}"
                        | "\u{2153}"
                        | "\u{2154}"
                        | "\u{2155}"
                        | "\u{2159}"
                        | "\u{215b}"
                );
        }
        T::Word => {}
    }
    let w = t.text(cx.low);
    // Glued to what follows, any word may begin a label or a sign: "G8", "at0h", "US$5", "F-35";
    // and glued to a point before a number or a sign, an abbreviation ("Rs. 500", "No.1"). A word
    // before a full stop, one in every sentence, starts nothing.
    let glued_next = cx.toks.get(i + 1).is_some_and(|n| {
        !n.space
            && (n.kind == T::Num
                || matches!(n.text(cx.s), "-" | "$")
                || n.text(cx.s) == "." && cx.toks.get(i + 2).is_some_and(|m| m.kind != T::Word))
    });
    if glued_next {
        return true;
    }
    // "from 5 to 7", "from about 20": a range only when a number may follow.
    if w == "from" {
        let next = cx.w(i + 1);
        return cx.toks.get(i + 1).is_some_and(|n| n.kind != T::Word)
            || next.is_some_and(|n| {
                numbers::unit_word(&n).is_some()
                    || numbers::tens_word(&n).is_some()
                    || matches!(
                        n.as_ref(),
                        "a" | "an" | "about" | "around" | "just" | "nearly"
                    )
            });
    }
    let class = word_class(w);
    let may = class & MAY_START != 0 && (!matches!(w, "a" | "an") || article_may_start(cx, i));
    may || class & QUALIFIER_HEAD != 0 && qualifier_may_start(cx, i, w)
}

/// Whether "a" or "an" at token `i` may start a figure: "a dozen", "a third of", "a hundred", "a
/// year", "a few". Only before a word that may start one itself, a scale or a unit of time (or
/// what is not a word): about one word in forty of news is "a" or "an", and nearly all start
/// nothing.
fn article_may_start(cx: &Cx, i: usize) -> bool {
    cx.toks.get(i + 1).is_some_and(|n| n.kind != T::Word)
        || cx.w(i + 1).is_some_and(|n| {
            word_class(&n) & MAY_START != 0
                || scale_word(&n).is_some()
                || unit_word(&n).is_some_and(|u| u.0 == Kind::Duration)
        })
}

/// `word_class`: the word may start a figure on its own.
const MAY_START: u8 = 1;
/// `word_class`: the word begins a qualifier phrase, which the next word decides.
const QUALIFIER_HEAD: u8 = 2;

/// Slots of the word-class cache: a power of two, for the hash's top bits to index it.
const CLASS_SLOTS: usize = 1 << 14;

/// The classes of the words met lately, in a direct-mapped cache: a word of up to 16 bytes is
/// packed into one `u128`, hashed by a multiply and kept in the slot its hash names, replacing what
/// was there. Most words of a text start nothing, and each is read against a dozen word lists; a
/// word seen lately costs one multiply and one comparison instead. The hash map of words it
/// replaces took 6% of the instructions on 2 MB of news, and grew with the vocabulary; with this
/// cache the whole run took 3% fewer. It is fixed in size (272 KB a thread), so memory stays flat
/// on an archive of any size. Smaller caches (32 KB of hashes, 36 KB of short words) were no
/// quicker.
struct ClassCache {
    words: [u128; CLASS_SLOTS],
    classes: [u8; CLASS_SLOTS],
}

thread_local! {
    static WORD_CLASSES: std::cell::RefCell<ClassCache> = const {
        std::cell::RefCell::new(ClassCache {
            words: [0; CLASS_SLOTS],
            classes: [0; CLASS_SLOTS],
        })
    };
}

/// A word of 1 to 16 bytes as one number: its bytes, zero-padded. Words hold no zero byte, so no
/// two words pack alike and no word packs to 0, the empty slot.
fn packed(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    Some(u128::from_le_bytes(buf))
}

/// What a folded word may begin, from the word lists (`MAY_START`, `QUALIFIER_HEAD`), remembered.
fn word_class(w: &str) -> u8 {
    let Some(key) = packed(w) else {
        return read_word_class(w);
    };
    let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let slot =
        (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - CLASS_SLOTS.trailing_zeros())) as usize;
    WORD_CLASSES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.words[slot] != key {
            cache.classes[slot] = read_word_class(w);
            cache.words[slot] = key;
        }
        cache.classes[slot]
    })
}

fn read_word_class(w: &str) -> u8 {
    let may = multiple_word(w).is_some()
        || numbers::unit_word(w).is_some()
        || numbers::tens_word(w).is_some()
        || ordinal_word(w).is_some()
        || month(w).is_some()
        || currency_word(w).is_some()
        || matches!(
            w,
            "a" | "an"
                | "half"
                | "quarter"
                | "twice"
                | "thrice"
                | "zero"
                | "dozen"
                | "minus"
                | "negative"
                | "number"
                | "magnitude"
                | "between"
                | "from"
                | "rs"
                | "rm"
                | "rp"
                | "dh"
                | "dhs"
                | "few"
                | "couple"
                | "several"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "millions"
                | "billions"
                | "scores"
                | "tens"
                | "twenties"
                | "thirties"
                | "forties"
                | "fifties"
                | "sixties"
                | "seventies"
                | "eighties"
                | "nineties"
        );
    u8::from(may) * MAY_START + u8::from(QUALIFIER_HEADS.contains(w)) * QUALIFIER_HEAD
}

struct Cx<'a> {
    s: &'a str,
    /// `s` with ASCII letters lower-cased (the same byte offsets): words are compared in it
    /// without allocating.
    low: &'a str,
    toks: &'a [Tok],
    /// The last two amounts read, by token (`amount_at`).
    amounts: std::cell::RefCell<[(usize, Option<Amount>); 2]>,
    /// Numbers of three or more digits read as names (`figures_and_names_in`).
    names: std::cell::RefCell<Vec<Range<usize>>>,
}

impl Cx<'_> {
    fn w(&self, i: usize) -> Option<Cow<'_, str>> {
        self.toks
            .get(i)
            .filter(|t| t.kind == T::Word)
            .map(|t| Cow::Borrowed(t.text(self.low)))
    }
    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.s))
    }
    fn sym(&self, i: usize, sym: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == T::Sym && t.text(self.s) == sym)
    }
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }
    /// Whether token `i` ends a phrase: the text ends, or punctuation comes.
    fn ends_phrase(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| {
            t.kind == T::Sym && matches!(t.text(self.s), "." | "," | ";" | ":" | "?" | "!" | ")")
        })
    }
    fn capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_capitalised(self.s))
    }
    /// Whether token `i` begins a sentence (or the text).
    fn sentence_start(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            let p = self.raw(j - 1);
            if matches!(p, "\"" | "\u{201c}" | "\u{2018}" | "'" | "(" | "[") {
                j -= 1;
                continue;
            }
            return matches!(
                p,
                "." | "!" | "?" | ":" | ";" | "\u{2026}" | "-" | "\u{2013}" | "\u{2014}"
            );
        }
        true
    }
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }
    /// Whether the words at `i` are `phrase` (lower-cased, space-separated).
    fn phrase(&self, i: usize, phrase: &str) -> bool {
        if self.toks.get(i).is_none_or(|t| t.kind != T::Word) {
            return false;
        }
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, p)| self.w(i + k).as_deref() == Some(p))
    }
}

/// Two digits of tens with an "s", ending before token `end`: "in his 90s", "in her early 30s",
/// "their mid-20s" is an age within the ten years; "the 90s", "the '60s", "in the 80s" is a decade
/// of some century, or temperatures, and no figure a reader could check. Never the number itself.
fn tens_with_s(cx: &Cx, a: &Amount, end: usize) -> Option<(Option<Figure>, usize)> {
    let n = &a.num;
    let tens = a.kind == Kind::Count
        && !a.scaled
        && !n.words
        && cx.raw(n.start).len() == 2
        && n.value >= 10.0
        && n.value % 10.0 == 0.0;
    if !tens || !cx.glued(end) || cx.w(end).as_deref() != Some("s") {
        return None;
    }
    // Back over "early", "mid", "late" (and the hyphen of "mid-20s") to the owner.
    let mut k = a.start;
    if k > 0 && cx.sym(k - 1, "-") {
        k -= 1;
    }
    if k > 0 && matches!(cx.w(k - 1).as_deref(), Some("early" | "mid" | "late")) {
        k -= 1;
    }
    let owner = k > 0
        && matches!(
            cx.w(k - 1).as_deref(),
            Some("his" | "her" | "their" | "my" | "your" | "our")
        );
    if !owner {
        return Some((None, end + 1));
    }
    Some(interval(
        cx,
        a.start,
        end + 1,
        Kind::Duration,
        Some("year"),
        n.value,
        n.value + 9.0,
    ))
}

/// Years `lo..=hi` over tokens `a..b`: "the 20th century", "the 1990s", "the sixties".
fn years(cx: &Cx, a: usize, b: usize, lo: f64, hi: f64) -> (Option<Figure>, usize) {
    interval(cx, a, b, Kind::Date, None, lo, hi)
}

/// A figure `lo..=hi` of `kind` over tokens `a..b`, and the token to go on from.
fn interval(
    cx: &Cx,
    a: usize,
    b: usize,
    kind: Kind,
    unit: Option<&str>,
    lo: f64,
    hi: f64,
) -> (Option<Figure>, usize) {
    let mut f = fig(cx, a, b, kind, None, unit, Qualifier::Range);
    f.low = Some(lo);
    f.high = Some(hi);
    (Some(f), b)
}

/// An exact figure over tokens `a..b`, and the token to go on from.
fn exact(cx: &Cx, a: usize, b: usize, kind: Kind, v: f64) -> (Option<Figure>, usize) {
    (
        Some(fig(cx, a, b, kind, Some(v), None, Qualifier::Exact)),
        b,
    )
}

fn fig(
    cx: &Cx,
    a: usize,
    b: usize,
    kind: Kind,
    value: Option<f64>,
    unit: Option<&str>,
    q: Qualifier,
) -> Figure {
    let (start, end) = cx.span(a, b);
    Figure {
        start,
        end,
        kind,
        value,
        low: None,
        high: None,
        unit: unit.map(str::to_owned),
        qualifier: q,
    }
}

/// The result of trying at one token: a figure (or `None` for a number that is no figure, such as
/// one inside a name) and the token to go on from.
type Step = Option<(Option<Figure>, usize)>;

fn figure_at(cx: &Cx, i: usize) -> Step {
    // "<>30", "=<30", "\u{2260} 30": a figure after a sign that negates it, or that no reader can
    // read as a bound, is not stated at all; reading it as exactly 30 would be a wrong figure.
    if unreadable_comparison_before(cx, i) {
        return core_at(cx, i).map(|(_, next)| (None, next));
    }
    // A qualifier only counts when a figure follows it.
    if let Some((q, j)) = qualifier_at(cx, i) {
        // "higher than the tenth": a rank after its article.
        let j = if cx.w(j).as_deref() == Some("the")
            && cx.w(j + 1).is_some_and(|o| ordinal_word(&o).is_some())
        {
            j + 1
        } else {
            j
        };
        if let Some((Some(f), next)) = core_at(cx, j) {
            let (mut f, next) = of_a_unit(cx, f, next);
            if f.qualifier == Qualifier::Exact {
                f.qualifier = q;
            }
            return Some(bound_after(cx, f, next));
        }
    }
    core_at(cx, i).map(|(f, next)| match f {
        Some(f) => {
            let (f, next) = of_a_unit(cx, f, next);
            bound_after(cx, f, next)
        }
        None => (None, next),
    })
}

/// Whether the tokens just before `i` are a "not equal" sign ("<>", "!=", "\u{2260}") or a
/// comparison written backwards ("=>", "=<"), which may as well be an arrow as a bound.
fn unreadable_comparison_before(cx: &Cx, i: usize) -> bool {
    let sym = |k: usize| {
        cx.toks
            .get(k)
            .filter(|t| t.kind == T::Sym)
            .map(|t| t.text(cx.s))
    };
    if i == 0 || cx.toks[i].kind != T::Num {
        return false;
    }
    if sym(i - 1) == Some("\u{2260}") {
        return true;
    }
    i >= 2
        && !cx.toks[i - 1].space
        && matches!(
            (sym(i - 2), sym(i - 1)),
            (Some("<"), Some(">")) | (Some("!"), Some("=")) | (Some("="), Some(">" | "<"))
        )
}

fn core_at(cx: &Cx, i: usize) -> Step {
    let t = cx.toks.get(i)?;
    // Numbers glued to letters are labels: "G8", "MP3", "A380", "F-35", "COVID-19", "4x4".
    if let Some(skip) = label(cx, i) {
        return Some((None, skip));
    }
    if let Some(skip) = identifier(cx, i).or_else(|| address(cx, i)) {
        return Some((None, skip));
    }
    if let Some(step) = vague_at(cx, i) {
        return Some(step);
    }
    if let Some(step) = date_at(cx, i) {
        return Some(step);
    }
    if t.kind == T::Num {
        if let Some(step) = time_at(cx, i) {
            return Some(step);
        }
    }
    // "24/7", "9/11", "7/7": whole numbers across a slash that make no fraction are an idiom, a
    // date or a code, and no figure (dates with a year, "5/17/2018", are read above).
    if t.kind == T::Num && cx.sym(i + 1, "/") && cx.glued(i + 1) && cx.glued(i + 2) {
        let whole = |k: usize| {
            cx.toks.get(k).filter(|t| t.kind == T::Num).and_then(|t| {
                let d = t.text(cx.s);
                d.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| parse_digits(d))
                    .flatten()
            })
        };
        if let (Some(a), Some(b)) = (whole(i), whole(i + 2)) {
            if !numbers::plausible_fraction(a, b) {
                return Some((None, i + 3));
            }
        }
    }
    // "a magnitude 7.1 earthquake": the unit before its number.
    if cx.w(i).as_deref() == Some("magnitude")
        && cx.toks.get(i + 1).is_some_and(|t| t.kind == T::Num)
    {
        let n = number_at(cx.low, cx.toks, i + 1)?;
        let f = fig(
            cx,
            i,
            n.end,
            Kind::Measure,
            Some(n.value),
            Some("magnitude"),
            Qualifier::Exact,
        );
        return Some((Some(f), n.end));
    }
    // "number 3", "#2": positions.
    let next_num = cx.toks.get(i + 1).is_some_and(|t| t.kind == T::Num);
    let position = cx.w(i).as_deref() == Some("number") && next_num && !cx.capitalised(i)
        || cx.sym(i, "#") && next_num && cx.glued(i + 1);
    if position {
        let n = number_at(cx.low, cx.toks, i + 1)?;
        return Some(exact(cx, i, n.end, Kind::Ordinal, n.value));
    }
    if let Some(step) = range_at(cx, i) {
        return Some(step);
    }
    if let Some(step) = fraction_at(cx, i) {
        return Some(step);
    }
    if let Some(step) = word_figure_at(cx, i) {
        return Some(step);
    }
    let a = amount_at(cx, i)?;
    Some(finish(cx, a))
}

/// Figures that are single words or short phrases: "twice", "half", "a quarter", "a decade",
/// "zero".
fn word_figure_at(cx: &Cx, i: usize) -> Step {
    let w = cx.w(i)?;
    let next = cx.w(i + 1);
    let prev = if i > 0 { cx.w(i - 1) } else { None };
    let one = |end: usize, kind: Kind, v: f64, unit: Option<&str>| {
        Some((
            Some(fig(cx, i, end, kind, Some(v), unit, Qualifier::Exact)),
            end,
        ))
    };
    // "Sales doubled", "output rose sixfold"; but "doubled the lead" says no amount of anything.
    if let Some(v) = multiple_word(&w) {
        let object = next.as_deref().is_some_and(|n| {
            matches!(
                n,
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            )
        });
        if w.ends_with("fold") || !object {
            return one(i + 1, Kind::Ratio, v, None);
        }
        return Some((None, i + 1));
    }
    match w.deref() {
        "twice" => one(i + 1, Kind::Count, 2.0, None),
        "thrice" => one(i + 1, Kind::Count, 3.0, None),
        "zero" if next.as_deref() != Some("point") => one(i + 1, Kind::Count, 0.0, None),
        // "half a million", "a quarter million": a number, read with any currency after it.
        "half" | "quarter" | "a" | "an"
            if number_at(cx.low, cx.toks, i).is_some_and(|n| n.words && n.end > i + 1) =>
        {
            None
        }
        // "half an hour", "half a day".
        "half"
            if matches!(next.as_deref(), Some("a" | "an"))
                && cx
                    .w(i + 2)
                    .and_then(|u| unit_word(&u))
                    .is_some_and(|u| u.0 == Kind::Duration) =>
        {
            let (_, unit, mult) = unit_word(&cx.w(i + 2)?)?;
            one(i + 3, Kind::Duration, 0.5 * mult, Some(unit))
        }
        // "half of", "almost half", but not "the second half" of a match or "half-time".
        "half" => {
            let period = matches!(
                prev.as_deref(),
                Some("first" | "second" | "other" | "each" | "the")
            ) && !matches!(next.as_deref(), Some("of"));
            // "half hour", "a half-hour drive", "half a day" is above.
            let hyphen = cx.sym(i + 1, "-") && cx.glued(i + 1) && cx.glued(i + 2);
            let unit = cx
                .w(i + 1 + usize::from(hyphen))
                .and_then(|u| unit_word(&u));
            if let Some((Kind::Duration, unit, mult)) = unit.filter(|_| !period) {
                let start = if prev.as_deref() == Some("a") {
                    i - 1
                } else {
                    i
                };
                let end = i + 2 + usize::from(hyphen);
                return Some((
                    Some(fig(
                        cx,
                        start,
                        end,
                        Kind::Duration,
                        Some(0.5 * mult),
                        Some(unit),
                        Qualifier::Exact,
                    )),
                    end,
                ));
            }
            if period || cx.sym(i + 1, "-") || is_all_caps(cx, i) {
                return Some((None, i + 1));
            }
            let start = if prev.as_deref() == Some("a") {
                i - 1
            } else {
                i
            };
            Some(exact(cx, start, i + 1, Kind::Ratio, 0.5))
        }
        "a" | "an" => match next.as_deref() {
            Some("quarter") if !matches!(cx.w(i + 2).as_deref(), Some("century")) => {
                one(i + 2, Kind::Ratio, 0.25, None)
            }
            // "below a half"; "a half-time" is a period of a match.
            Some("half") if !cx.sym(i + 2, "-") => one(i + 2, Kind::Ratio, 0.5, None),
            Some("third") if cx.w(i + 2).as_deref() == Some("of") => {
                one(i + 2, Kind::Ratio, 1.0 / 3.0, None)
            }
            Some("decade") => one(i + 2, Kind::Duration, 10.0, Some("year")),
            Some("century") => one(i + 2, Kind::Duration, 100.0, Some("year")),
            Some(u @ ("year" | "month" | "week" | "day" | "fortnight" | "hour" | "minute")) => {
                let (_, unit, mult) = unit_word(u)?;
                one(i + 2, Kind::Duration, mult, Some(unit))
            }
            _ => None,
        },
        _ => None,
    }
}

/// "30 times higher", "three times the size", "five times as many", "twice its value", "8.3 times
/// average earnings": the count is a factor, and "times" is part of it. A count of occasions is
/// whole: "3 times a week" is a count of times.
fn times(low: &str, out: &mut [Figure]) {
    for f in out.iter_mut() {
        if f.kind != Kind::Count || f.unit.is_some() || f.value.is_none() {
            continue;
        }
        let Some(rest) = low[f.end..].strip_prefix(" times ") else {
            continue;
        };
        let next = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let possessed = matches!(next, "its" | "their" | "his" | "her" | "our" | "that");
        let fraction = f.value.is_some_and(|v| v.fract() != 0.0);
        if COMPARATIVES.contains(&next) || possessed || fraction {
            f.end += " times".len();
            f.kind = Kind::Ratio;
        }
    }
}

/// "79.0 years, compared with 82.9 for women", "5% against 4.2 a year ago": a bare number compared
/// with a measure is in its unit. Not sums, whose scale ("£5m") the bare number may not share.
fn compared_levels(low: &str, out: &mut [Figure]) {
    each_after(out, |p, f| {
        let bare = f.kind == Kind::Count
            && f.unit.is_none()
            && low[f.start..f.end]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.');
        let gap = low[p.end..f.start].trim_start_matches(',');
        let compared = matches!(
            gap,
            " compared with " | " compared to " | " against " | " versus " | " vs " | " than "
        );
        if bare && compared && matches!(p.kind, Kind::Duration | Kind::Measure | Kind::Percent) {
            f.kind = p.kind;
            f.unit.clone_from(&p.unit);
        }
    });
}

/// Calls `each` on every figure with the one before it, both to change.
fn each_after(out: &mut [Figure], mut each: impl FnMut(&mut Figure, &mut Figure)) {
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        each(&mut before[k - 1], &mut after[0]);
    }
}

/// "6.4 billion km over seven years", "£2.5bn over five years", "$10 billion of stock over three
/// years": "over" after a figure and what it counts is the period it is spread over, not "more
/// than". After a function word it is "more than": "for over ten years".
fn periods(low: &str, out: &mut [Figure]) {
    each_after(out, |p, f| {
        if f.kind != Kind::Duration || f.qualifier != Qualifier::AtLeast {
            return;
        }
        let Some(gap) = low[p.end..f.start].strip_suffix(" over ") else {
            return;
        };
        let words: Vec<&str> = gap.split_whitespace().take(5).collect();
        // What is counted: "of stock", "jobs"; not a verb ("people waited over 12 hours").
        let counted = match words.as_slice() {
            [] => true,
            [first, .., last] | [first @ last] => {
                words.len() <= 4
                    && words
                        .iter()
                        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !w.ends_with("ed"))
                    && !super::lexicon::is_function_word(last)
                    && (*first == "of" || super::lexicon::is_plural_noun(last))
            }
        };
        if counted {
            f.qualifier = Qualifier::Exact;
        }
    });
}

/// "on 15 and 20 December", "the 3rd or 4th of May": a day listed before a date is a date in the
/// same month, not a count.
fn shared_month(low: &str, out: &mut [Figure]) {
    each_after(out, |p, f| {
        let day = p.kind == Kind::Count
            && p.unit.is_none()
            && p.value
                .is_some_and(|v| (1.0..=31.0).contains(&v) && v.fract() == 0.0);
        let listed = matches!(&low[p.end..f.start], " and " | " or " | ", ");
        let day_first = low[f.start..].starts_with(|c: char| c.is_ascii_digit());
        if day && listed && f.kind == Kind::Date && day_first {
            p.kind = Kind::Date;
            p.value = None;
        }
    });
}

/// "1 hour 30 minutes", "an hour and fifteen minutes", "1 hour 30", "2 minutes 5 seconds", "2
/// hours 1 minute and 9 seconds": one duration, in the largest unit.
fn compound_durations(low: &str, figs: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figs.len());
    for f in figs {
        if let Some(p) = out.last_mut().filter(|p| p.kind == Kind::Duration) {
            let gap = &low[p.end..f.start];
            let joined = matches!(gap, " " | " and ");
            // The smaller units, by how many of each make one of `p`'s; the first is the next.
            let smaller: &[(&str, f64)] = match p.unit.as_deref() {
                Some("hour") => &[("minute", 60.0), ("second", 3600.0)],
                Some("minute") => &[("second", 60.0)],
                _ => &[],
            };
            if let (true, Some(&(_, per)), Some(a), Some(b)) =
                (joined, smaller.first(), p.value, f.value)
            {
                // "1 hour 30": a bare whole number under 60 after the larger unit is of the next.
                let next_word = low[f.end..].split_whitespace().next().unwrap_or("");
                let bare = f.kind == Kind::Count
                    && f.unit.is_none()
                    && gap == " "
                    && b < per
                    && b.fract() == 0.0
                    && !next_word.chars().next().is_some_and(char::is_alphabetic);
                let per = match smaller.iter().find(|(u, _)| f.unit.as_deref() == Some(u)) {
                    Some(&(_, per)) => Some(per),
                    None => bare.then_some(per),
                };
                if let Some(per) = per {
                    p.value = Some(a + b / per);
                    p.end = f.end;
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

/// "Nick Hague, 44, has spent…", "a man, 36, was charged": a whole number between commas just after
/// a name or a noun for one person is an age, in years. So is each number listed after an age:
/// "aged 18, 19 and 21", "aged 20 or 23".
fn ages(s: &str, out: &mut [Figure]) {
    let mut prev_age: Option<usize> = None;
    for f in out.iter_mut() {
        let whole = f
            .value
            .filter(|v| v.fract() == 0.0 && (1.0..=120.0).contains(v));
        // An age is a bare number of years ("aged 18"), not "10 years".
        let is_age = f.kind == Kind::Duration
            && f.unit.as_deref() == Some("year")
            && s[f.start..f.end].bytes().all(|b| b.is_ascii_digit());
        if f.kind != Kind::Count || f.unit.is_some() || whole.is_none() {
            prev_age = is_age.then_some(f.end);
            continue;
        }
        // Listed after an age, and itself ending the list or followed by the next item: "and 3
        // passengers" counts passengers.
        let rest = &s[f.end..];
        let item_end = rest.is_empty()
            || rest.starts_with([',', '.', ';', ')'])
            || rest.starts_with(" and ")
            || rest.starts_with(" or ");
        let listed = item_end
            && prev_age.is_some_and(|end| {
                matches!(
                    s.get(end..f.start),
                    Some(", " | " and " | ", and " | " or " | ", or ")
                )
            });
        if listed || in_apposition(s, f) {
            f.kind = Kind::Duration;
            f.unit = Some("year".into());
            prev_age = Some(f.end);
        } else {
            prev_age = None;
        }
    }
}

/// Whether a figure stands between commas just after a name ("Nick Hague, 44,") or after a noun
/// for one person ("a woman, 34,").
fn in_apposition(s: &str, f: &Figure) -> bool {
    let Some(before) = s[..f.start].strip_suffix(", ") else {
        return false;
    };
    if !s[f.end..].starts_with(',') {
        return false;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        || super::lexicon::PERSON_NOUNS.contains(&word.to_ascii_lowercase().as_str())
}

/// What makes "N times" a factor when it follows.
static COMPARATIVES: Words = Words::new(&[
    "higher", "more", "greater", "larger", "bigger", "faster", "lower", "smaller", "fewer", "less",
    "longer", "as", "the", "over",
]);

/// The factor a word of multiplying says: "doubled" 2, "trebled" 3, "halved" 0.5, "sixfold" 6.
pub(crate) fn multiple_word(w: &str) -> Option<f64> {
    Some(match w {
        "doubled" | "doubles" => 2.0,
        "tripled" | "triples" | "trebled" | "trebles" => 3.0,
        "quadrupled" | "quadruples" => 4.0,
        "halved" => 0.5,
        _ => {
            let n = w.strip_suffix("fold").filter(|n| !n.is_empty())?;
            numbers::unit_word(n)
                .or_else(|| numbers::tens_word(n))
                .or_else(|| numbers::scale_word(n).filter(|_| n != "k"))?
        }
    })
}

/// A number with its currency, scale and unit, before range and name checks.
#[derive(Debug, Clone, Copy)]
struct Amount {
    start: usize,
    end: usize,
    num: Number,
    value: f64,
    kind: Kind,
    unit: Option<&'static str>,
    /// The currency came before the number (so a following "m" is a scale).
    currency: Option<&'static str>,
    scaled: bool,
}

/// The amount at token `i`, remembered: the range rules read the amount at a token, and when no
/// range starts there, the amount rules read it again.
fn amount_at(cx: &Cx, i: usize) -> Option<Amount> {
    // Read in place: the two amounts are a few hundred bytes, and copying them in and out of a
    // `Cell` on every call showed in profiles.
    let memo = cx
        .amounts
        .borrow()
        .iter()
        .find(|(at, _)| *at == i)
        .map(|&(_, a)| a);
    if let Some(a) = memo {
        return a;
    }
    let a = read_amount_at(cx, i);
    let mut memo = cx.amounts.borrow_mut();
    memo.swap(0, 1);
    memo[0] = (i, a);
    a
}

fn read_amount_at(cx: &Cx, i: usize) -> Option<Amount> {
    let mut a = signed_number_at(cx, i)?;
    if a.num.ordinal {
        a.kind = Kind::Ordinal;
        return Some(a);
    }
    scale_after(cx, &mut a);
    if a.currency.is_none() {
        currency_after(cx, &mut a);
    }
    if let Some(c) = a.currency {
        a.kind = Kind::Money;
        a.unit = Some(c);
        return Some(a);
    }
    if !(percent_after(cx, &mut a) || fold_after(cx, &mut a) || unit_after(cx, &mut a)) {
        aged(cx, &mut a);
    }
    Some(a)
}

/// The number at `i` with its sign and any currency before it: "-30", "£5", "MAUD 60".
fn signed_number_at(cx: &Cx, i: usize) -> Option<Amount> {
    let (currency, j) = match currency_prefix(cx, i) {
        Some((c, j)) => (Some(c), j),
        None => (None, i),
    };
    // Millions written into a code before the number: "MAUD 60".
    let code_millions = currency.is_some()
        && cx.toks[i].kind == T::Word
        && currency_word(cx.w(i).as_deref().unwrap_or("")).is_some_and(|(_, m)| m == 1e6);
    // A minus sign glued to digits, after a space, a comparison sign or an opening bracket or
    // quotation mark: "-30", "−2.5", "(-5C)", "\u{201c}-3%\u{201d}".
    let opening = |k: usize| {
        matches!(
            cx.raw(k),
            "<" | ">" | "=" | "(" | "[" | "\"" | "\u{201c}" | "\u{2018}"
        )
    };
    let negative = currency.is_none()
        && (cx.sym(j, "-") || cx.sym(j, "\u{2212}"))
        && (j == 0 || cx.toks[j].space || opening(j - 1))
        && cx
            .toks
            .get(j + 1)
            .is_some_and(|t| t.kind == T::Num && !t.space);
    let mut num = number_at(cx.low, cx.toks, if negative { j + 1 } else { j })?;
    if negative {
        num.value = -num.value;
        num.start = j;
    }
    if currency.is_some() && cx.toks[num.start].kind != T::Num {
        return None;
    }
    let mut a = Amount {
        start: i,
        end: num.end,
        num,
        value: num.value,
        kind: Kind::Count,
        unit: None,
        currency,
        scaled: false,
    };
    if code_millions {
        a.value *= 1e6;
        a.scaled = true;
    }
    Some(a)
}

/// Turns an amount into a figure: ordinals and fractions, years, names and lone words.
fn finish(cx: &Cx, a: Amount) -> (Option<Figure>, usize) {
    let n = a.num;
    let end = a.end;
    // Fractions: "a fifth of", "two-thirds", "half", "one in five".
    if n.words && is_all_caps(cx, n.start) {
        return (None, end); // "FIRST Global": a name
    }
    if n.ordinal && (n.words && !ordinal_word_counts(cx, &n) || from_the_end(cx, end)) {
        return (None, end);
    }
    // "a fifth of", "a 10th of", and "fell by a fifth." with nothing after: a fraction; "a fifth
    // smuggler" is an ordinal, and "first" and "second" are never fractions.
    let before = if n.start > 0 { cx.w(n.start - 1) } else { None };
    let after = cx.w(n.end);
    if n.ordinal
        && n.value >= 3.0
        && matches!(before.as_deref(), Some("a" | "one"))
        && (after.as_deref() == Some("of") || n.words && after.is_none())
    {
        return exact(cx, n.start - 1, n.end, Kind::Ratio, 1.0 / n.value);
    }
    if n.ordinal && n.words {
        let w = cx.w(n.start).unwrap_or_default();
        // "one thousandth of a second" is read as one ordinal, 1000th; before "of" it is a
        // fraction.
        let one_scale = w == "one" && n.end == n.start + 2 && n.value >= 100.0;
        if one_scale && after.as_deref() == Some("of") {
            return exact(cx, n.start, n.end, Kind::Ratio, 1.0 / n.value);
        }
        return exact(cx, a.start, end, Kind::Ordinal, n.value);
    }
    if n.ordinal {
        // "20th century": a date range.
        if cx.w(end).as_deref() == Some("century") {
            let lo = (n.value - 1.0) * 100.0;
            return years(cx, a.start, end + 1, lo, lo + 99.0);
        }
        return exact(cx, a.start, end, Kind::Ordinal, n.value);
    }
    // "two-thirds", "three quarters".
    if n.words {
        let k = if cx.sym(n.end, "-") { n.end + 1 } else { n.end };
        let singular = (n.value == 1.0)
            .then(|| {
                cx.w(k)
                    .and_then(|w| match w.as_ref() {
                        "half" => Some(2.0),
                        "quarter" => Some(4.0),
                        _ => ordinal_word(&w),
                    })
                    .filter(|&d| d >= 2.0 && w_is_fraction(cx, k))
            })
            .flatten();
        if let Some(d) = cx.w(k).and_then(|w| plural_fraction(&w)).or(singular) {
            // "two thirds of a million" is a count.
            let of_scale = (cx.w(k + 1).as_deref() == Some("of")
                && cx.w(k + 2).as_deref() == Some("a"))
            .then(|| {
                cx.w(k + 3)
                    .and_then(|w| scale_word(&w).filter(|&x| x >= 1e3 && w.len() > 2))
            })
            .flatten();
            if let Some(x) = of_scale {
                return exact(
                    cx,
                    a.start,
                    k + 4,
                    Kind::Count,
                    round_value(n.value / d * x),
                );
            }
            return exact(cx, a.start, k + 1, Kind::Ratio, n.value / d);
        }
    }
    // "one out of every 200".
    if cx.w(end).as_deref() == Some("out")
        && cx.w(end + 1).as_deref() == Some("of")
        && a.kind == Kind::Count
    {
        let k = if cx.w(end + 2).as_deref() == Some("every") {
            end + 3
        } else {
            end + 2
        };
        if let Some(m) = number_at(cx.low, cx.toks, k).filter(|m| !m.ordinal && m.value > n.value) {
            return exact(cx, a.start, m.end, Kind::Ratio, n.value / m.value);
        }
    }
    // "the two millionth visitor", "a hundred trillionth": an ordinal of a scale; but "one
    // thousandth of a second" is a fraction.
    let scale_ordinal = cx
        .w(end)
        .and_then(|w| ordinal_word(&w))
        .filter(|&o| o >= 100.0 && cx.w(end + 1).as_deref() != Some("of"));
    if let Some(o) = scale_ordinal.filter(|_| a.kind == Kind::Count && !a.scaled) {
        return exact(
            cx,
            a.start,
            end + 1,
            Kind::Ordinal,
            round_value(a.value * o),
        );
    }
    if let Some(done) = over_at(cx, &a) {
        return done;
    }
    // "one in five", "1 in 3", but not "its first 787 in 2011": a year is when.
    if cx.w(end).as_deref() == Some("in") && a.kind == Kind::Count {
        if let Some(m) = number_at(cx.low, cx.toks, end + 1)
            .filter(|m| !m.ordinal && m.value > n.value && !is_year(cx, m))
        {
            return exact(cx, a.start, m.end, Kind::Ratio, n.value / m.value);
        }
    }
    if let Some(step) = tens_with_s(cx, &a, end) {
        return step;
    }
    if a.kind == Kind::Count && !a.scaled {
        if is_year(cx, &n) && !cx.sym(end, "-") {
            // "the 1990s" is a decade.
            if cx.w(end).as_deref() == Some("s") && cx.glued(end) {
                return years(cx, a.start, end + 1, n.value, n.value + 9.0);
            }
            return exact(cx, a.start, end, Kind::Date, n.value);
        }
        if in_name(cx, &a) {
            let t = cx.toks[a.num.start];
            if t.kind == T::Num && product_digits(t.text(cx.s)) {
                cx.names.borrow_mut().push(t.start..t.end);
            }
            return (None, end);
        }
        if n.words && !keep_word_number(cx, &a) {
            return (None, end);
        }
    }
    let f = Figure {
        start: cx.toks[a.start].start,
        end: cx.toks[end - 1].end,
        kind: a.kind,
        value: Some(round_value(a.value)),
        low: None,
        high: None,
        unit: a.unit.map(str::to_owned),
        qualifier: Qualifier::Exact,
    };
    (Some(f), end)
}

/// Whether an ordinal ending before token `end` counts from the end, or is said of no place: "second
/// to last", "third from the bottom", "the second-last day", "second to none". A reader cannot
/// check such a rank against anything, and "second" alone would misreport it.
fn from_the_end(cx: &Cx, end: usize) -> bool {
    let k = end + usize::from(cx.sym(end, "-"));
    match cx.w(k).as_deref() {
        Some("last") => true,
        Some("to" | "from") => {
            let mut j = k + 1 + usize::from(cx.sym(k + 1, "-"));
            j += usize::from(cx.w(j).as_deref() == Some("the"));
            matches!(cx.w(j).as_deref(), Some("last" | "bottom" | "end" | "none"))
        }
        _ => false,
    }
}

/// Whether an ordinal word is a position here: "the first game", "Sweden's first victory", but not
/// "at first", "in the first place", "first of all", or the adverb in "fishermen first noticed".
fn ordinal_word_counts(cx: &Cx, n: &Number) -> bool {
    let before = if n.start > 0 { cx.w(n.start - 1) } else { None };
    let after = cx.w(n.end).unwrap_or_default();
    if before.as_deref() == Some("at") && cx.w(n.start).as_deref() == Some("first") {
        return false;
    }
    if after == "place" && n.start >= 2 && cx.w(n.start - 2).as_deref() == Some("in") {
        return false;
    }
    if after == "of" && cx.w(n.end + 1).as_deref() == Some("all") {
        return false;
    }
    // The unit of time: "a hundredth of a second", "metres per second".
    if cx.w(n.start).as_deref() == Some("second")
        && matches!(before.as_deref(), Some("a" | "per" | "every" | "each"))
        && cx.ends_phrase(n.end)
    {
        return false;
    }
    // Compounds: "first aid", "first lady", "second hand", "a first class seat".
    if matches!(after.deref(), "aid" | "lady" | "hand" | "class") {
        return false;
    }
    // An adverb before a verb: "first noticed", "first reported".
    let determined = matches!(
        before.as_deref(),
        Some(
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "whose"
        )
    ) || before
        .as_deref()
        .is_some_and(|b| b.ends_with("'s") || b.ends_with("’s"));
    if !determined && after.len() > 3 && after.ends_with("ed") {
        return false;
    }
    true
}

/// Removes float noise from scaled values (1.13 × 1e9), keeping twelve significant digits, so that
/// a small value ("6.23x10^-4") keeps its size.
fn round_value(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let m = 10f64.powi(11 - v.abs().log10().floor() as i32);
    let r = (v * m).round() / m;
    if r.is_finite() {
        r
    } else {
        v
    }
}

#[cfg(test)]
mod tests;
