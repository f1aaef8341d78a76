//! Fractions and factors: fractions in words ("three twenty-firsts"), a division spoken as "A over
//! B", factors ("18-fold"), and the denominators a rule may read.

use super::*;

/// A fraction of one unit is a quantity in that unit: "half a mile" (0.5 mi), "a third of a
/// second", "three-quarters of an hour", "a quarter of a percentage point" (0.25 pp). Read as a
/// bare fraction, the unit word after it was a figure of its own ("an hour": one hour, "second":
/// the rank 2), or was lost. `f` is the fraction, `next` the token after it.
///
/// Only "half" goes without "of" ("half a mile"). A share written as "one in four" is of people or
/// things, never of a unit: "one in four a decade ago" is a quarter, then when it was.
pub(super) fn of_a_unit(cx: &Cx, mut f: Figure, next: usize) -> (Figure, usize) {
    let fraction =
        f.kind == Kind::Ratio && f.low.is_none() && f.value.is_some_and(|v| v > 0.0 && v < 1.0);
    let of = cx.w(next).as_deref() == Some("of");
    let written = &cx.low[f.start..f.end];
    let a_share = written.split(' ').any(|w| matches!(w, "in" | "out"));
    let mut k = next + usize::from(of);
    if !fraction
        || a_share
        || !(of || written == "half")
        || !matches!(cx.w(k).as_deref(), Some("a" | "an"))
    {
        return (f, next);
    }
    k += 1;
    let unit = match cx.w(k).as_deref().and_then(unit_word) {
        Some((kind @ (Kind::Duration | Kind::Measure), unit, mult)) => Some((kind, unit, mult, 1)),
        _ => match percent_form(cx, k) {
            Some((len, "pp")) => Some((Kind::Percent, "pp", 1.0, len)),
            _ => None,
        },
    };
    let Some((kind, unit, mult, len)) = unit else {
        return (f, next);
    };
    f.kind = kind;
    f.value = f.value.map(|v| v * mult);
    f.unit = Some(unit.to_owned());
    f.end = cx.span(k, k + len).1;
    (f, k + len)
}

/// A fraction in words with a compound denominator: "three twenty-firsts", "one twenty-fifth", "a
/// hundred trillionths", "one hundred thirty-fifths" (100/35). The denominator is the longest
/// ordinal at the end that leaves a whole number before it; a singular one needs "one" or "a".
/// Simple fractions ("two-thirds", "a fifth of") are read by `finish`.
pub(super) fn fraction_at(cx: &Cx, i: usize) -> Step {
    let is_word_num = |k: usize| {
        cx.w(k).is_some_and(|w| {
            numbers::unit_word(&w).is_some()
                || numbers::tens_word(&w).is_some()
                || scale_word(&w).is_some_and(|_| w.len() > 2)
                || w == "and"
                || k == i && matches!(w.as_ref(), "a" | "an")
        }) || cx.sym(k, "-") && cx.glued(k) && cx.glued(k + 1)
    };
    let ordinal_at = |k: usize| -> Option<(f64, bool)> {
        let w = cx.w(k)?;
        if let Some(o) = ordinal_word(&w) {
            return Some((o, false));
        }
        w.strip_suffix('s')
            .and_then(ordinal_word)
            .map(|o| (o, true))
    };
    // "minus one hundred thirty fifths".
    if matches!(cx.w(i).as_deref(), Some("minus" | "negative")) {
        let (f, next) = fraction_at(cx, i + 1)?;
        let mut f = f?;
        f.start = cx.toks[i].start;
        f.value = f.value.map(|v| -v);
        return Some((Some(f), next));
    }
    // The run of number words, ending at the first ordinal.
    let mut e = i;
    while e < i + 12 && is_word_num(e) && ordinal_at(e).is_none() {
        e += 1;
    }
    let (o, plural) = ordinal_at(e)?;
    if e < i + 2 {
        return None;
    }
    // The whole number that tokens `a..b` make, read with nothing after them.
    let whole = |a: usize, b: usize| -> Option<f64> {
        if a + 1 == b && matches!(cx.w(a).as_deref(), Some("a" | "an")) {
            return Some(1.0);
        }
        number_at(cx.low, &cx.toks[..b], a)
            .filter(|n| n.end == b && !n.ordinal && n.words)
            .map(|n| n.value)
    };
    for p in i + 1..=e {
        let boundary = |k: usize| cx.sym(k, "-") || cx.w(k).as_deref() == Some("and");
        if boundary(p) || boundary(p - 1) {
            continue;
        }
        // "six million and two thirds", "two hundred and fifty-four hundredths" are mixed
        // numbers, read by `number_at`: "and" ends the whole number.
        let mixed = p == e
            && (i + 1..e).any(|a| {
                cx.w(a).as_deref() == Some("and")
                    && numbers::numerator_at(cx.low, cx.toks, a + 1)
                        .is_some_and(|(v, end)| end == e && v < o)
            });
        if mixed {
            return None;
        }
        let Some(num) = whole(i, p) else { continue };
        if !plural && num != 1.0 {
            continue;
        }
        let prefix_end = if cx.sym(e - 1, "-") { e - 1 } else { e };
        let den = if p == e {
            // A bare denominator is at least "thirds": "twenty-two seconds" is a duration.
            if o < 3.0 {
                continue;
            }
            o
        } else {
            let Some(pv) = whole(p, prefix_end) else {
                continue;
            };
            if o >= 100.0 {
                pv * o
            } else if pv % 10.0 == 0.0 && o < 10.0 || pv % 100.0 == 0.0 && o < 100.0 {
                pv + o
            } else {
                continue;
            }
        };
        if den < 2.0 {
            continue;
        }
        let v = num / den;
        return Some(exact(cx, i, e + 1, Kind::Ratio, v));
    }
    None
}

pub(super) fn plural_fraction(w: &str) -> Option<f64> {
    Some(match w {
        "halves" => 2.0,
        "thirds" => 3.0,
        "quarters" => 4.0,
        "fifths" => 5.0,
        "sixths" => 6.0,
        "sevenths" => 7.0,
        "eighths" => 8.0,
        "ninths" => 9.0,
        "tenths" => 10.0,
        _ => return None,
    })
}

/// Whether the ordinal word at `k` can be a denominator ("third", "quarter" — not "second").
pub(super) fn w_is_fraction(cx: &Cx, k: usize) -> bool {
    !matches!(cx.w(k).as_deref(), Some("first" | "second"))
}

/// A division spoken as "A over B": "one over three", "1 over twenty-one", "2000 over 3". The
/// divisor must end the phrase, so "3 over 2 years" and "10 over 12 months" stay a count and a
/// duration; a year is a time, so neither "rose in 2019 over 2018" nor "in 2000 over 300." divides.
pub(super) fn over_at(cx: &Cx, a: &Amount) -> Option<(Option<Figure>, usize)> {
    let n = &a.num;
    let plain = a.kind == Kind::Count && !a.scaled && !n.ordinal;
    if !plain || cx.w(a.end).as_deref() != Some("over") {
        return None;
    }
    if is_year(cx, n) && !cx.sentence_start(a.start) {
        return None;
    }
    let m = number_at(cx.low, cx.toks, a.end + 1)
        .filter(|m| !m.ordinal && m.value != 0.0 && !is_year(cx, m))?;
    cx.ends_phrase(m.end)
        .then(|| exact(cx, a.start, m.end, Kind::Ratio, a.value / m.value))
}

/// A factor: "18-fold", "a thousand fold". Reads it into `a`; whether there was one.
pub(super) fn fold_after(cx: &Cx, a: &mut Amount) -> bool {
    let hyphen = cx.sym(a.end, "-");
    if cx.w(a.end + usize::from(hyphen)).as_deref() != Some("fold") {
        return false;
    }
    a.kind = Kind::Ratio;
    a.end += 1 + usize::from(hyphen);
    true
}
