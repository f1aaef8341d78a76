//! Ranges and bounds: "between 20 and 30", "20-30", "200 or more", and two bounds of one thing merged.

use super::*;
use crate::extract::lexicon::{FALL_WORDS, MODALS, RISE_WORDS};

/// "above 1000 and below 1500", "no more than 50 and no less than 20": two bounds of one thing,
/// joined by "and", "but" or a comma, are one range. `low` is the lower-cased text.
pub(super) fn merge_bounds(low: &str, figs: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figs.len());
    for f in figs {
        if let Some(p) = out.last_mut() {
            // Between them: the joiner, then the second figure's qualifier ("and below").
            let between = low.get(p.end..f.start).unwrap_or("").trim();
            let bound = |q: Qualifier| matches!(q, Qualifier::AtLeast | Qualifier::AtMost);
            // Only the joiner and the second bound's qualifier may stand between: "x>10 and
            // y<20" is two things.
            // Ranks keep their article: "the tenth but lower than the fifteenth".
            let rest = ["and ", "but ", ","]
                .iter()
                .find_map(|j| between.strip_prefix(j))
                .map(|r| r.trim().trim_end_matches(" the"));
            let joined = rest.is_some_and(|r| {
                QUALIFIERS.iter().any(|(p, _)| *p == r)
                    || matches!(r, ">" | "<" | ">=" | "<=" | "\u{2265}" | "\u{2264}")
            });
            if joined
                && between.len() < 40
                && bound(p.qualifier)
                && bound(f.qualifier)
                && p.qualifier != f.qualifier
                && p.kind == f.kind
            {
                let (lo, hi) = if p.qualifier == Qualifier::AtLeast {
                    (p.value, f.value)
                } else {
                    (f.value, p.value)
                };
                if let (Some(lo), Some(hi)) = (lo, hi) {
                    if lo < hi {
                        p.end = f.end;
                        p.low = Some(lo);
                        p.high = Some(hi);
                        p.value = None;
                        p.qualifier = Qualifier::Range;
                        continue;
                    }
                }
            }
        }
        out.push(f);
    }
    out
}

/// "200 or more", "five hundred or less", "30 and above": a bound written after the figure.
pub(super) fn bound_after(cx: &Cx, mut f: Figure, next: usize) -> (Option<Figure>, usize) {
    let amount = !matches!(
        f.kind,
        Kind::Date | Kind::Time | Kind::Score | Kind::Ordinal
    ) && matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx);
    let q = match (cx.w(next).as_deref(), cx.w(next + 1).as_deref()) {
        (
            Some("or" | "and"),
            Some("more" | "greater" | "above" | "over" | "higher" | "upwards"),
        ) => Qualifier::AtLeast,
        (Some("or" | "and"), Some("less" | "fewer" | "below" | "under" | "lower")) => {
            Qualifier::AtMost
        }
        _ => return (Some(f), next),
    };
    // "5000 or more than 4500" is two figures; "200 or greater than" is one.
    let than = cx.w(next + 2).as_deref() == Some("than");
    if !amount || than && number_at(cx.low, cx.toks, next + 3).is_some() {
        return (Some(f), next);
    }
    let end = next + 2 + usize::from(than);
    f.end = cx.toks[end - 1].end;
    f.qualifier = q;
    (Some(f), end)
}

/// Ranges: "between 20 and 30", "from 5% to 7%", "20-30", "ten to 32", "one or two", and scores
/// ("1 – 0").
pub(super) fn range_at(cx: &Cx, i: usize) -> Step {
    let w = cx.w(i);
    let (a_at, joiners): (usize, &[&str]) = match w.as_deref() {
        Some("between") => (i + 1, &["and"]),
        Some("from") => (i + 1, &["to"]),
        _ => (
            i,
            &["to", "-", "\u{2013}", "\u{2014}", "or", "through", "~"],
        ),
    };
    // "between the tenth and the fifteenth": ranks, each with its article.
    let the_ordinal = |k: usize| {
        cx.w(k).as_deref() == Some("the") && cx.w(k + 1).is_some_and(|o| ordinal_word(&o).is_some())
    };
    let a_at = a_at + usize::from(a_at > i && the_ordinal(a_at));
    let a = amount_at(cx, a_at)?;
    if a.num.ordinal && !a.num.words {
        return None;
    }
    let j = a.end;
    // Joiners are lower-case words or signs: read in the lower-cased text, without a copy.
    let joiner = cx.toks.get(j).map_or("", |t| t.text(cx.low));
    if !joiners.contains(&joiner) || joiner == "to" && a_at == i && i > 0 && changed_from(cx, i - 1)
    {
        return None;
    }
    // A hyphen between year-like numbers or glued into labels is no range.
    let b_at = j + 1 + usize::from(a.num.ordinal && the_ordinal(j + 1));
    let b = amount_at(cx, b_at)?;
    if a.num.ordinal != b.num.ordinal {
        return None;
    }
    if a.num.words != b.num.words && joiner == "or" {
        return None;
    }
    let dash = matches!(joiner, "-" | "\u{2013}" | "\u{2014}");
    // Phone numbers: "+1-222-2222", "0800-123-4567": three groups or a leading plus are no range.
    let third_group = cx.sym(b.end, "-")
        && cx.glued(b.end)
        && cx
            .toks
            .get(b.end + 1)
            .is_some_and(|t| t.kind == T::Num && !t.space);
    let plus = a_at > 0 && cx.sym(a_at - 1, "+") && cx.glued(a_at);
    if dash && (third_group || plus) {
        let mut e = b.end;
        while e < cx.toks.len() && !cx.toks[e].space {
            e += 1;
        }
        return Some((None, e));
    }
    // "rose $2 to $80", "shares fell by 2% to 5%": after a change that happened, with the unit on
    // both sides, "X to Y" is by how much and to what, not a range. "Prices range from $2 to $80",
    // "grew 10 to 20 times" and "are expected to rise 2% to 3%" are ranges.
    let by = usize::from(a_at > 0 && cx.w(a_at - 1).as_deref() == Some("by"));
    if joiner == "to"
        && a_at == i
        && a_at > by
        && a.kind != Kind::Count
        && b.kind == a.kind
        && happened(cx, a_at - 1 - by)
    {
        return None;
    }
    // "voted 3 to 1", "odds of 10 to 1": whole numbers that fall or are level are a result or odds,
    // not a range and not two counts (after a change, "cut 30 to 20" is a change, read below).
    if joiner == "to" && a_at == i && a.kind == Kind::Count && b.kind == Kind::Count {
        let changed = a_at > 0 && happened(cx, a_at - 1);
        if plain_whole(&a) && plain_whole(&b) && a.value >= b.value && a.value < 1000.0 && !changed
        {
            return score(cx, a_at, b.end);
        }
    }
    // "fell 3.16% to 2138.14": a change and a level, not a range; a range has one kind of unit.
    if a.kind != Kind::Count
        && b.kind == Kind::Count
        && b.unit.is_none()
        && !b.scaled
        && joiner == "to"
    {
        return None;
    }
    if a.kind != Kind::Count && b.kind != Kind::Count && a.unit != b.unit {
        return None;
    }
    // Scores: "1 – 0", "2-1" between small whole numbers with nothing after.
    if dash && a.kind == Kind::Count && b.kind == Kind::Count && !a.num.words && !b.num.words {
        if let (Some(x), Some(y)) = (small_int(&a.num), small_int(&b.num)) {
            let spaced = cx.toks[j].space && cx.toks.get(j + 1).is_some_and(|t| t.space);
            // Glued, a result reads high to low, or level: "won 2-1", "a 1-1 draw", "voted
            // 52-48", "ruled 5-4", "101-99". A range rises ("aged 18-24"), and "787-8", digits
            // of unlike lengths, names a model.
            let result = !spaced
                && !cx.toks[j].space
                && cx.glued(j + 1)
                && plain_whole(&a)
                && plain_whole(&b)
                && x >= y
                && x < 1000
                && x.max(1).ilog10().abs_diff(y.max(1).ilog10()) <= 1;
            if x < 20 && y < 20 && spaced || result {
                return score(cx, a_at, b.end);
            }
        }
        // Years such as "2004-05" and phone-like runs are not ranges.
        if is_year(cx, &a.num) {
            return None;
        }
    }
    // "10 bln or 10 tln": alternatives of different sizes, not a range.
    let scale_of = |x: &Amount| x.value / x.num.value;
    if joiner == "or" && a.scaled && b.scaled && (scale_of(&a) - scale_of(&b)).abs() > 0.5 {
        return None;
    }
    if joiner == "or"
        && (a.num.words && a.num.value > 12.0
            || a.kind != Kind::Count && a.kind != Kind::Ordinal
            || a.num.decimal
            || b.num.decimal
            || a.value >= b.value)
    {
        return None;
    }
    // "between 3 and 5 May", "from 1 to 7 June": a span of days of the month that follows.
    let day = |x: &Amount| {
        x.kind == Kind::Count
            && x.unit.is_none()
            && !x.num.words
            && small_int(&x.num).is_some_and(|d| (1..=31).contains(&d))
    };
    // After a day, a capitalised "May" is the month.
    let month_after = cx.capitalised(b.end) && cx.w(b.end).and_then(|w| month(&w)).is_some();
    if day(&a) && day(&b) && a.value < b.value && joiner != "or" && month_after {
        let end = b.end + 1 + usize::from(year_digits(cx, b.end + 1));
        return Some(a_date(cx, i, end));
    }
    // "between 2010 and 2016", "from 1999 to 2004": a span of years, unless a noun follows and
    // they are counts of it ("between 1900 and 2000 people").
    let noun_after = cx
        .w(b.end)
        .is_some_and(|w| !crate::extract::lexicon::is_function_word(&w));
    let bare_year =
        |x: &Amount| is_year(cx, &x.num) && x.kind == Kind::Count && x.unit.is_none() && !x.scaled;
    if bare_year(&a) && bare_year(&b) && a.value < b.value && joiner != "or" && !noun_after {
        return Some(years(cx, i, b.end, a.value, b.value));
    }
    // The unit and scale of one side apply to both: "£5-7m", "5% to 7%", "20 to 30 people".
    let kind = if a.kind != Kind::Count {
        a.kind
    } else {
        b.kind
    };
    let unit = a.unit.or(b.unit);
    let mut lo = a.value;
    let mut hi = b.value;
    if b.scaled && !a.scaled {
        lo *= b.value / b.num.value;
    }
    // "rose from £10.42 to £11.44", "will fall from 4% to 3%": where a change began and where it
    // ended are two levels, not a range, forecast or not. So is a fall from one to another.
    if lo > hi && !(a.value < 0.0 || b.value < 0.0) || changed_from(cx, i) {
        return change_start(cx, (a_at > i).then_some(&a), &b);
    }
    if lo > hi {
        std::mem::swap(&mut lo, &mut hi);
    }
    if joiner == "or" && !or_is_a_range(lo, hi) {
        return None;
    }
    let kind = if a.num.ordinal { Kind::Ordinal } else { kind };
    let (s0, e0) = cx.span(i, b.end);
    let f = Figure {
        start: s0,
        end: e0,
        kind,
        value: None,
        low: Some(round_value(lo)),
        high: Some(round_value(hi)),
        unit: unit.map(str::to_owned),
        qualifier: Qualifier::Range,
    };
    Some((Some(f), b.end))
}

/// A score or a result over tokens `a..b`, as written: "2-1", "52-48", "3 to 1".
fn score(cx: &Cx, a: usize, b: usize) -> Step {
    let (start, end) = cx.span(a, b);
    let f = Figure {
        start,
        end,
        kind: Kind::Score,
        value: None,
        low: None,
        high: None,
        unit: None,
        qualifier: Qualifier::Exact,
    };
    Some((Some(f), b))
}

/// Whether an amount is a whole number in digits and nothing more: no unit, scale or point.
fn plain_whole(x: &Amount) -> bool {
    x.unit.is_none() && !x.scaled && !x.num.decimal && !x.num.words
}

/// Whether the word at `k` tells of a rise or fall that happened: "rose", "fell by", not "to rise"
/// or "could fall", which forecast one.
fn happened(cx: &Cx, k: usize) -> bool {
    let change = change_verb(cx, k);
    let before = if k > 0 { cx.w(k - 1) } else { None };
    let forecast = before
        .as_deref()
        .is_some_and(|b| b == "to" || MODALS.contains(&b));
    change && !forecast
}

/// Whether token `k` is the "from" of a change: "rose from", "will fall from".
fn changed_from(cx: &Cx, k: usize) -> bool {
    k > 0 && cx.w(k).as_deref() == Some("from") && change_verb(cx, k - 1)
}

/// Whether token `k` is a word for a rise or a fall.
fn change_verb(cx: &Cx, k: usize) -> bool {
    cx.w(k)
        .is_some_and(|v| RISE_WORDS.contains(&v.deref()) || FALL_WORDS.contains(&v.deref()))
}

/// Whether "X or Y" is a spoken range ("two or three people", "10 or 15 minutes", "5 or 6 per
/// cent"): Y is at most one step of X's leading digit above it. Values further apart are
/// alternatives, two figures: "around 25k or 40k cheaper", "3 or 5 doses".
fn or_is_a_range(lo: f64, hi: f64) -> bool {
    if lo <= 0.0 {
        return true;
    }
    let step = 10f64.powi(lo.log10().floor() as i32);
    hi - lo <= step * (1.0 + 1e-9)
}

/// "forecast to slow from 4.8 to 4.7 percent": a change from one level to another, not a range.
/// The first level, written without the unit the second gives both, takes it; written with its
/// own, it is read as it is.
fn change_start(cx: &Cx, from: Option<&Amount>, to: &Amount) -> Step {
    let a = from.filter(|a| a.kind == Kind::Count && a.unit.is_none() && !a.scaled)?;
    if to.kind == Kind::Count || to.scaled {
        return None;
    }
    let (start, end) = cx.span(a.start, a.end);
    let f = Figure {
        start,
        end,
        kind: to.kind,
        value: Some(round_value(a.value)),
        low: None,
        high: None,
        unit: to.unit.map(str::to_owned),
        qualifier: Qualifier::Exact,
    };
    Some((Some(f), a.end))
}
