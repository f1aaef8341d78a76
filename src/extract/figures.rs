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
use std::ops::Deref;

mod dates;
mod fractions;
mod measures;
mod money;
mod names;
mod qualifiers;
mod ranges;
mod vague;
use dates::*;
use fractions::*;
use measures::*;
use money::*;
use names::*;
use qualifiers::*;
use ranges::*;
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
    let mut out = Vec::new();
    let mut i = 0;
    let cx = Cx { s, low, toks };
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
                    // "500,000 barrels a day", "£5 an hour": the "a day" of a rate is no figure.
                    let rate = f.kind == Kind::Duration
                        && f.value == Some(1.0)
                        && matches!(low.get(f.start..f.start + 2), Some("a " | "an"))
                        && out.last().is_some_and(|p: &Figure| {
                            s.get(p.end..f.start).is_some_and(|g| g.trim().is_empty())
                        });
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
    let mut out = compound_durations(low, out);
    let urls = web_addresses(low);
    if !urls.is_empty() {
        out.retain(|f| !urls.iter().any(|&(a, b)| f.start < b && a < f.end));
    }
    merge_bounds(s, out)
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
            return currency_symbol(c).is_some()
                || matches!(
                    c,
                    "-" | "\u{2212}"
                        | "+"
                        | "#"
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
    // Glued to what follows, any word may begin a label or a sign: "G8", "at0h", "US$5", "F-35".
    let glued_next = cx
        .toks
        .get(i + 1)
        .is_some_and(|n| !n.space && (n.kind == T::Num || matches!(n.text(cx.s), "-" | "$" | ".")));
    if glued_next {
        return true;
    }
    let next = cx.w(i + 1);
    // "from 5 to 7", "from about 20": a range only when a number may follow.
    if w == "from" {
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
    qualifier_may_start(w, next.as_deref())
        || multiple_word(w).is_some()
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
                | "between"
                | "from"
                | "rs"
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
        )
}

struct Cx<'a> {
    s: &'a str,
    /// `s` with ASCII letters lower-cased (the same byte offsets): words are compared in it
    /// without allocating.
    low: &'a str,
    toks: &'a [Tok],
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

/// An exact figure over tokens `a..b`, and the token to go on from.
/// Years `lo..=hi` over tokens `a..b`: "the 20th century", "the 1990s", "the sixties".
fn years(cx: &Cx, a: usize, b: usize, lo: f64, hi: f64) -> (Option<Figure>, usize) {
    let mut f = fig(cx, a, b, Kind::Date, None, None, Qualifier::Range);
    f.low = Some(lo);
    f.high = Some(hi);
    (Some(f), b)
}

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
        if let Some((Some(mut f), next)) = core_at(cx, j) {
            if f.qualifier == Qualifier::Exact {
                f.qualifier = q;
            }
            return Some(bound_after(cx, f, next));
        }
    }
    core_at(cx, i).map(|(f, next)| match f {
        Some(f) => bound_after(cx, f, next),
        None => (None, next),
    })
}

fn core_at(cx: &Cx, i: usize) -> Step {
    let t = cx.toks.get(i)?;
    // Numbers glued to letters are labels: "G8", "MP3", "A380", "F-35", "COVID-19", "4x4".
    if let Some(skip) = label(cx, i) {
        return Some((None, skip));
    }
    if let Some(skip) = identifier(cx, i) {
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
                one(i + 2, Kind::Ratio, 0.3333, None)
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

/// "30 times higher", "three times the size", "five times as many": the count is a factor, and
/// "times" is part of it. "3 times a week" is a count of times.
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
        if COMPARATIVES.contains(&next) {
            f.end += " times".len();
            f.kind = Kind::Ratio;
        }
    }
}

/// "1 hour 30 minutes", "an hour and fifteen minutes", "1 hour 30", "2 minutes 5 seconds": one
/// duration, in the larger unit.
fn compound_durations(low: &str, figs: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figs.len());
    for f in figs {
        if let Some(p) = out.last_mut() {
            let gap = &low[p.end..f.start];
            let joined = matches!(gap, " " | " and ");
            let smaller = match p.unit.as_deref() {
                Some("hour") => Some(("minute", 60.0)),
                Some("minute") => Some(("second", 60.0)),
                _ => None,
            };
            if let (true, Some((unit, per)), Some(a), Some(b)) = (joined, smaller, p.value, f.value)
            {
                // "1 hour 30": a bare whole number under 60 after the larger unit is of the smaller.
                let bare = f.kind == Kind::Count
                    && f.unit.is_none()
                    && gap == " "
                    && b < per
                    && b.fract() == 0.0;
                let next_word = low[f.end..].split_whitespace().next().unwrap_or("");
                let bare = bare && !next_word.chars().next().is_some_and(char::is_alphabetic);
                if p.kind == Kind::Duration && (f.unit.as_deref() == Some(unit) || bare) {
                    p.value = Some(round4(a + b / per));
                    p.end = f.end;
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

/// "Nick Hague, 44, has spent…": a whole number between commas just after a name is an age, in
/// years.
fn ages(s: &str, out: &mut [Figure]) {
    for f in out.iter_mut() {
        let whole = f
            .value
            .filter(|v| v.fract() == 0.0 && (1.0..=120.0).contains(v));
        if f.kind != Kind::Count || f.unit.is_some() || whole.is_none() {
            continue;
        }
        let Some(before) = s[..f.start].strip_suffix(", ") else {
            continue;
        };
        let name = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase);
        if name && s[f.end..].starts_with(',') {
            f.kind = Kind::Duration;
            f.unit = Some("year".into());
        }
    }
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
#[derive(Debug, Clone)]
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

fn amount_at(cx: &Cx, i: usize) -> Option<Amount> {
    let (currency, j) = match currency_prefix(cx, i) {
        Some((c, j)) => (Some(c), j),
        None => (None, i),
    };
    // Millions written into a code before the number: "MAUD 60".
    let code_millions = currency.is_some()
        && cx.toks[i].kind == T::Word
        && currency_word(cx.w(i).as_deref().unwrap_or("")).is_some_and(|(_, m)| m == 1e6);
    // A minus sign glued to digits, after a space: "-30", "−2.5".
    let negative = currency.is_none()
        && (cx.sym(j, "-") || cx.sym(j, "\u{2212}"))
        && (j == 0 || cx.toks[j].space || matches!(cx.raw(j - 1), "<" | ">" | "="))
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
    if num.ordinal {
        a.kind = Kind::Ordinal;
        return Some(a);
    }
    // Scale: "£200 million", "1.13bn", "5k", "3.5m".
    let mut k = a.end;
    while let Some(w) = cx.w(k) {
        let glued = cx.glued(k);
        // "US$ 1MM": bankers' millions, after a currency only (else millimetres).
        let bankers = cx.raw(k) == "MM" && a.currency.is_some();
        let Some(x) = scale_word(&w).or(bankers.then_some(1e6)) else {
            break;
        };
        let short = w.len() <= 3;
        if short
            && !glued
            && !matches!(
                w.deref(),
                "bn" | "m" | "mn" | "bln" | "mln" | "tln" | "trn" | "tn"
            )
        {
            break;
        }
        if w == "m" && !glued && a.currency.is_none() {
            break; // "15 m" is more likely metres
        }
        // "1.8m tall", "a 3m high wall", "the 100m sprint": metres, read as a unit below.
        if w == "m" && a.currency.is_none() && metre_context(cx, k + 1) {
            break;
        }
        a.value *= x;
        a.scaled = true;
        k += 1;
        a.end = k;
    }
    // The last scale read: "3 hundred" has 100, "4 thousand 3 hundred" too.
    let mut scale = a.value / num.value.max(f64::MIN_POSITIVE);
    // "4 thousand 3 hundred": a smaller scaled number after a scaled one adds to it.
    while a.scaled {
        let Some(m) = number_at(cx.low, cx.toks, a.end).filter(|m| !m.words && !m.ordinal) else {
            break;
        };
        let Some(x) = cx
            .w(m.end)
            .and_then(|w| scale_word(&w).filter(|_| w.len() > 2))
            .filter(|&x| x < scale && m.value * x < scale)
        else {
            break;
        };
        a.value += m.value * x;
        a.end = m.end + 1;
        scale = x;
    }
    // "3 hundred and 21", "3 million and a half".
    if a.scaled && cx.w(a.end).as_deref() == Some("and") {
        let frac = match (cx.w(a.end + 1).as_deref(), cx.w(a.end + 2).as_deref()) {
            (Some("a" | "one"), Some("half")) => Some(0.5),
            (Some("a" | "one"), Some("quarter")) => Some(0.25),
            _ => None,
        };
        if let Some(f) = frac {
            a.value += f * scale;
            a.end += 3;
        } else if scale > 1.0 && scale <= 1e3 {
            // Not "3 hundred and 2 hundred": the second number has its own scale.
            if let Some(m) = number_at(cx.low, cx.toks, a.end + 1).filter(|m| {
                !m.ordinal
                    && m.value < scale
                    && m.value > 0.0
                    && cx.w(m.end).and_then(|w| scale_word(&w)).is_none()
            }) {
                a.value += m.value;
                a.end = m.end;
            }
        }
    }
    // Currency after, with its country: "125 million australian dollars", "10 us dollar".
    if a.currency.is_none() {
        let country = cx.w(a.end).and_then(|c| {
            let code = match (c.deref(), cx.w(a.end + 1).as_deref()) {
                ("us" | "american", Some("dollar" | "dollars")) => "USD",
                ("australian", Some("dollar" | "dollars")) => "AUD",
                ("canadian", Some("dollar" | "dollars")) => "CAD",
                ("hong", Some("kong")) => "HKD",
                ("new", Some("zealand")) => "NZD",
                ("singapore", Some("dollar" | "dollars")) => "SGD",
                ("swiss", Some("franc" | "francs")) => "CHF",
                ("chinese", Some("yuan" | "renminbi")) => "CNY",
                ("japanese", Some("yen")) => "JPY",
                ("turkish", Some("lira" | "liras")) => "TRY",
                ("indian", Some("rupee" | "rupees")) => "INR",
                ("dutch", Some("guilder" | "guilders")) => "NLG",
                ("finnish", Some("markka" | "markkaa")) => "FIM",
                ("mexican", Some("peso" | "pesos")) => "MXN",
                ("south", Some("african")) => "ZAR",
                _ => return None,
            };
            Some(code)
        });
        if let Some(code) = country {
            let mut e = a.end + 2;
            if matches!(code, "HKD" | "NZD" | "ZAR") {
                e += 1; // "hong kong dollars", "new zealand dollars", "south african rand"
            }
            a.currency = Some(code);
            a.end = e.min(cx.toks.len());
        }
    }
    // Currency after: "200 euros", "50p", "USD", "100元", "a 12-cent dividend".
    if a.currency.is_none() {
        let hyphen = cx.sym(a.end, "-") && cx.glued(a.end) && cx.glued(a.end + 1);
        let at = a.end + usize::from(hyphen);
        // "3 USD50 cards": a code glued to the next number belongs to that number.
        let prefix_of_next = cx
            .toks
            .get(at + 1)
            .is_some_and(|n| n.kind == T::Num && !n.space);
        if let Some(w) = cx.w(at).filter(|_| !prefix_of_next) {
            if let Some((code, mult)) = currency_word(&w) {
                let glued_p = w == "p" && cx.glued(at);
                if w != "p" || glued_p {
                    a.currency = Some(code);
                    a.value *= mult;
                    a.end = at + 1;
                    // The scale after a code: "75 USD million".
                    if let Some(x) = cx
                        .w(a.end)
                        .and_then(|x| scale_word(&x).filter(|_| x.len() > 2))
                    {
                        if !a.scaled && x >= 1e3 {
                            a.value *= x;
                            a.scaled = true;
                            a.end += 1;
                        }
                    }
                    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50".
                    if mult == 1.0 {
                        minor_after(cx, &mut a);
                    }
                }
            }
        }
        // A sign after the number: "5 €", "100₾"; not one that begins the next amount ("10 $ 30").
        if a.currency.is_none() {
            if let Some(code) = cx.toks.get(a.end).and_then(|t| {
                (t.kind == T::Sym)
                    .then(|| currency_symbol(t.text(cx.s)))
                    .flatten()
            }) {
                let next_is_number = cx.toks.get(a.end + 1).is_some_and(|n| n.kind == T::Num);
                if !next_is_number {
                    a.currency = Some(code);
                    a.end += 1;
                }
            }
        }
        // "billions of dollars" is handled as vague; "5 million of dollars" is not English.
    }
    if let Some(c) = a.currency {
        a.kind = Kind::Money;
        a.unit = Some(c);
        return Some(a);
    }
    // Percentages.
    if cx.sym(a.end, "%") {
        a.kind = Kind::Percent;
        a.unit = Some("percent");
        a.end += 1;
        return Some(a);
    }
    if cx.phrase(a.end, "per cent")
        || cx.phrase(a.end, "percent")
        || cx.phrase(a.end, "pc") && cx.glued(a.end)
    {
        a.kind = Kind::Percent;
        a.unit = Some("percent");
        a.end += if cx.phrase(a.end, "per cent") { 2 } else { 1 };
        if cx.phrase(a.end, "points") || cx.phrase(a.end, "point") {
            a.unit = Some("pp");
            a.end += 1;
        }
        return Some(a);
    }
    if cx.phrase(a.end, "percentage points") || cx.phrase(a.end, "percentage point") {
        a.kind = Kind::Percent;
        a.unit = Some("pp");
        a.end += 2;
        return Some(a);
    }
    // "a 5 percentage-point rise".
    if cx.phrase(a.end, "percentage")
        && cx.sym(a.end + 1, "-")
        && matches!(cx.w(a.end + 2).as_deref(), Some("point" | "points"))
    {
        a.kind = Kind::Percent;
        a.unit = Some("pp");
        a.end += 3;
        return Some(a);
    }
    // Loose forms: "100 percentage", "one hundred percents", "5 per cents".
    if matches!(cx.w(a.end).as_deref(), Some("percentage" | "percents"))
        && !(cx.sym(a.end + 1, "-") && cx.glued(a.end + 1))
        || cx.phrase(a.end, "per cents")
    {
        a.kind = Kind::Percent;
        a.unit = Some("percent");
        a.end += if cx.phrase(a.end, "per cents") { 2 } else { 1 };
        return Some(a);
    }
    // "18-fold", "a thousand fold".
    if cx.w(a.end).as_deref() == Some("fold")
        || (cx.sym(a.end, "-") && cx.w(a.end + 1).as_deref() == Some("fold"))
    {
        a.kind = Kind::Ratio;
        a.end += if cx.sym(a.end, "-") { 2 } else { 1 };
        return Some(a);
    }
    // Units, spaced or hyphenated: "12 hours", "15-metre", "344.65-point", "°C".
    let (u_at, hyphen) = if cx.sym(a.end, "-") && cx.glued(a.end) && cx.glued(a.end + 1) {
        (a.end + 1, true)
    } else {
        (a.end, false)
    };
    // "temperatures hit 30C".
    if !hyphen && cx.raw(u_at) == "C" && glued_celsius(cx, a.end - 1) {
        a.kind = Kind::Measure;
        a.unit = Some("°C");
        a.end = u_at + 1;
        return Some(a);
    }
    if cx.sym(u_at, "°") {
        let unit = match cx.raw(u_at + 1) {
            "C" => "°C",
            "F" => "°F",
            _ => "degree",
        };
        a.kind = Kind::Measure;
        a.unit = Some(unit);
        a.end = if unit == "degree" { u_at + 1 } else { u_at + 2 };
        return Some(a);
    }
    if let Some(w) = cx.w(u_at) {
        let w2 = if matches!(
            w.deref(),
            "working" | "calendar" | "business" | "metric" | "square" | "sq" | "cubic"
        ) {
            cx.w(u_at + 1)
        } else {
            None
        };
        let (unit_tok, extra) = match &w2 {
            Some(x) if unit_word(x).is_some_and(|u| u.0 == Kind::Duration) && w != "metric" => {
                (x.clone(), 1)
            }
            // "16,000 metric tons".
            Some(x) if w == "metric" && unit_word(x).is_some_and(|u| u.1 == "tonne") => {
                (x.clone(), 1)
            }
            _ => (w.clone(), 0),
        };
        // Area and volume: "660 square meters", "0.9 trillion cubic feet".
        if let Some(x) = w2
            .as_deref()
            .filter(|_| matches!(w.deref(), "square" | "sq" | "cubic"))
        {
            if let Some((Kind::Measure, unit, _)) = unit_word(x) {
                if matches!(unit, "km" | "m" | "cm" | "mm" | "mile" | "ft" | "in" | "yd") {
                    a.kind = Kind::Measure;
                    a.unit = Some(match (w.deref(), unit) {
                        ("cubic", "m") => "m³",
                        ("cubic", "ft") => "ft³",
                        ("cubic", "cm") => "cm³",
                        ("cubic", _) => return Some(a),
                        (_, "km") => "km²",
                        (_, "m") => "m²",
                        (_, "mile") => "sq mi",
                        (_, "ft") => "sq ft",
                        _ => return Some(a),
                    });
                    a.end = u_at + 2;
                    return Some(a);
                }
            }
        }
        if let Some((kind, mut unit, mult)) = unit_word(&unit_tok) {
            // "935 mb" of pressure in a weather report is millibars; "100 MB" is data.
            if unit == "MB" && cx.raw(u_at) == "mb" {
                unit = "mbar";
            }
            // "a second" or "per second" are not durations of this number; "second" after a number is.
            let ok = !(unit_tok == "m" || unit_tok == "g")
                || cx.glued(u_at) && !hyphen
                || unit_tok == "m" && metre_context(cx, u_at + 1);
            // Index points ("fell 118.40 points") are a measure; "three points" in a match a count.
            let ok = ok && (unit != "points" || !num.words && (num.decimal || num.value >= 100.0));
            // "5 points" only as a measure after a decimal or a large number, or for an index.
            if ok {
                a.kind = kind;
                a.unit = Some(unit);
                a.value *= mult;
                a.end = u_at + 1 + extra;
                if unit == "degree" {
                    if let Some(sc) = cx.w(a.end) {
                        let scale = match unit_word(&sc) {
                            Some((_, u @ ("°C" | "°F"), _)) => Some(u),
                            // "6 deg c", "40 degrees F".
                            _ if sc == "c" => Some("°C"),
                            _ if sc == "f" => Some("°F"),
                            _ => None,
                        };
                        if scale.is_some() {
                            a.unit = scale;
                            a.end += 1;
                        }
                    }
                }
                // Heights: "5 ft 2 in", "6ft 2in", "5 feet and 2 inches".
                if unit == "ft" {
                    let and = usize::from(cx.w(a.end).as_deref() == Some("and"));
                    if let Some(m) = number_at(cx.low, cx.toks, a.end + and)
                        .filter(|m| !m.words && !m.ordinal && m.value < 12.0)
                    {
                        // A spaced "in" is inches only where no phrase goes on: not "5 ft 2 in
                        // the end".
                        let spaced_in = cx.w(m.end).as_deref() == Some("in") && !cx.glued(m.end);
                        let goes_on = cx.toks.get(m.end + 1).is_some_and(|t| {
                            t.kind == T::Num
                                || matches!(cx.w(m.end + 1).as_deref(), Some("the" | "a" | "an"))
                                || cx.capitalised(m.end + 1)
                        });
                        if matches!(cx.w(m.end).as_deref(), Some("in" | "inch" | "inches"))
                            && !(spaced_in && (and == 1 || goes_on))
                        {
                            a.value += m.value / 12.0;
                            a.end = m.end + 1;
                        }
                    }
                }
                // Ages: "40 years old", "an 87-year-old man".
                if kind == Kind::Duration {
                    if cx.w(a.end).as_deref() == Some("old") {
                        a.end += 1;
                    } else if cx.sym(a.end, "-")
                        && cx.glued(a.end)
                        && cx.w(a.end + 1).as_deref() == Some("old")
                    {
                        a.end += 2;
                    }
                }
                // Speeds: "188 miles an hour", "80 kilometres per hour".
                let per_hour = matches!(cx.w(a.end).as_deref(), Some("an" | "a" | "per"))
                    && cx.w(a.end + 1).as_deref() == Some("hour");
                if per_hour && matches!(unit, "mile" | "km") {
                    a.unit = Some(if unit == "mile" { "mph" } else { "km/h" });
                    a.end += 2;
                }
                // "IQ points", "basis points".
                return Some(a);
            }
        }
        if w == "iq"
            && cx
                .w(u_at + 1)
                .as_deref()
                .is_some_and(|x| x.starts_with("point"))
        {
            a.kind = Kind::Measure;
            a.unit = Some("IQ points");
            a.end = u_at + 2;
        }
    }
    // "aged 87", "at age 40": an age in years.
    let aged = a.start > 0 && matches!(cx.w(a.start - 1).as_deref(), Some("aged" | "age"));
    if aged && a.kind == Kind::Count && !a.scaled && !num.decimal && (0.0..130.0).contains(&a.value)
    {
        a.kind = Kind::Duration;
        a.unit = Some("year");
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
    if n.ordinal && n.words && !ordinal_word_counts(cx, &n) {
        return (None, end);
    }
    if n.ordinal && n.words {
        let before = if n.start > 0 { cx.w(n.start - 1) } else { None };
        let w = cx.w(n.start).unwrap_or_default();
        let after = cx.w(n.end);
        let fraction_word = !matches!(w.deref(), "first" | "second");
        // "a fifth of", and "fell by a fifth." with nothing after: a fraction; "a fifth smuggler"
        // is an ordinal.
        if fraction_word
            && matches!(before.as_deref(), Some("a") | Some("one"))
            && matches!(after.as_deref(), Some("of") | None)
        {
            let start = n.start - 1;
            let v = round_sig(1.0 / n.value);
            return exact(cx, start, n.end, Kind::Ratio, v);
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
            return exact(cx, a.start, k + 1, Kind::Ratio, round4(n.value / d));
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
            return exact(cx, a.start, m.end, Kind::Ratio, round4(n.value / m.value));
        }
    }
    // "one in five", "1 in 3", but not "its first 787 in 2011": a year is when.
    if cx.w(end).as_deref() == Some("in") && a.kind == Kind::Count {
        if let Some(m) = number_at(cx.low, cx.toks, end + 1)
            .filter(|m| !m.ordinal && m.value > n.value && !is_year(cx, m))
        {
            return exact(cx, a.start, m.end, Kind::Ratio, round4(n.value / m.value));
        }
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
    // Compounds: "first aid", "first lady", "second hand".
    if matches!(after.deref(), "aid" | "lady" | "hand") {
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

/// Six significant digits: "a trillionth" keeps its size, where four decimals would make it 0.
fn round_sig(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let m = 10f64.powi(5 - v.abs().log10().floor() as i32);
    (v * m).round() / m
}

fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

/// Removes float noise from scaled values (1.13 × 1e9).
fn round_value(v: f64) -> f64 {
    let r = (v * 1e6).round() / 1e6;
    if (r - v).abs() < 1e-6 * v.abs().max(1.0) {
        r
    } else {
        v
    }
}

#[cfg(test)]
mod tests;
