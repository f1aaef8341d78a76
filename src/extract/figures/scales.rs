//! Scales: the words that multiply a number ("£200 million", "1.13bn", "5k"), the smaller scaled
//! parts that add to it ("4 thousand 3 hundred"), and what follows an "and" ("3 hundred and 21", "3
//! million and a half"), and powers of ten ("1.3x10^6", "10^-4"). They come before currency and
//! units, which read what is left.

use super::*;

/// Reads the scales after the number into `a`.
pub(super) fn scale_after(cx: &Cx, a: &mut Amount) {
    if power_of_ten(cx, a) {
        return;
    }
    scale_words(cx, a);
    // The last scale read: "3 hundred" has 100, "4 thousand 3 hundred" too.
    let scale = a.value / a.num.value.max(f64::MIN_POSITIVE);
    let scale = scaled_parts(cx, a, scale);
    if a.scaled && cx.w(a.end).as_deref() == Some("and") {
        and_after(cx, a, scale);
    }
}

/// "£200 million", "1.13bn", "5k", "3.5m", and bankers' "US$ 1MM".
fn scale_words(cx: &Cx, a: &mut Amount) {
    let mut k = a.end;
    while let Some(w) = cx.w(k) {
        let glued = cx.glued(k);
        // "US$ 1MM": bankers' millions, after a currency only (else millimetres).
        let bankers = cx.raw(k) == "MM" && a.currency.is_some();
        // "2.33 k", "1,674,200.5 M", "1,674.5 G" at the end of a phrase: a spaced scale letter, as
        // tables and headlines write it. An SI metre is never a capital, so "M" is always a scale;
        // a glued "g" is grams.
        let spaced_letter = !glued
            && (cx.raw(k) == "M" || matches!(cx.raw(k), "k" | "K" | "G") && cx.ends_phrase(k + 1));
        let giga = (spaced_letter && cx.raw(k) == "G").then_some(1e9);
        let Some(x) = scale_word(&w).or(bankers.then_some(1e6)).or(giga) else {
            break;
        };
        let short = w.len() <= 3;
        if short
            && !glued
            && !spaced_letter
            && !matches!(
                w.deref(),
                "bn" | "m" | "mn" | "bln" | "mln" | "tln" | "trn" | "tn"
            )
        {
            break;
        }
        if w == "m" && !glued && a.currency.is_none() && !spaced_letter {
            break; // "15 m" is more likely metres
        }
        // "1.8m tall", "a 3m high wall", "the 100m sprint", "24703m2": metres, read as a unit
        // below.
        let metres = metre_context(cx, k + 1)
            || power_at(cx, k + 1).is_some()
            || glued && (among_measures(cx, k) || a_distance_run(cx, a.start, k));
        if w == "m" && a.currency.is_none() && metres {
            break;
        }
        a.value *= x;
        a.scaled = true;
        k += 1;
        a.end = k;
    }
}

/// Whether the glued "m" at `k`, ending its phrase, sits among measures and no money: "1m is equal to
/// 10 dm", "a capacity of 100t and an outreach of 48m". "48m people" counts what follows it.
fn among_measures(cx: &Cx, k: usize) -> bool {
    let ends = cx.ends_phrase(k + 1)
        || matches!(
            cx.w(k + 1).as_deref(),
            Some("is" | "are" | "was" | "were" | "and" | "or" | "to" | "equals")
        );
    if !ends {
        return false;
    }
    let near = k.saturating_sub(12)..(k + 12).min(cx.toks.len());
    let unit_at = |j: usize| {
        // A unit word, or one glued to its number ("100t", "10dm").
        cx.w(j)
            .and_then(|w| unit_word(&w))
            .is_some_and(|(kind, unit, _)| {
                kind == Kind::Measure && !matches!(unit, "m" | "points" | "degree")
            })
            && cx
                .toks
                .get(j.wrapping_sub(1))
                .is_some_and(|t| t.kind == T::Num)
    };
    near.clone().any(|j| j != k && unit_at(j)) && !money_around(cx, k)
}

/// Whether money is spoken of within twelve tokens of `k`: then an "m" there is millions.
fn money_around(cx: &Cx, k: usize) -> bool {
    (k.saturating_sub(12)..(k + 12).min(cx.toks.len())).any(|j| money_near(cx, j))
}

/// Whether the glued "m" at `k`, after "the" and a race's distance (the amount starts at `start`),
/// names the race, ended by the phrase or a preposition: "second in the 200m in 22.3 seconds",
/// "won the 1500m.". "The 2m people" counts people, and money near makes millions.
fn a_distance_run(cx: &Cx, start: usize, k: usize) -> bool {
    let the = start > 0 && cx.w(start - 1).as_deref() == Some("the");
    // The distances of the track and the pool; "the 5m in fees" is money.
    let run = matches!(
        cx.raw(start),
        "50" | "60" | "100" | "110" | "200" | "400" | "800" | "1500" | "3000" | "5000" | "10000"
    );
    let ends = cx.ends_phrase(k + 1)
        || matches!(
            cx.w(k + 1).as_deref(),
            Some("in" | "at" | "on" | "and" | "with" | "for" | "title" | "record" | "gold")
        );
    the && run && ends && !money_around(cx, k)
}

/// "4 thousand 3 hundred": a smaller scaled number after a scaled one adds to it. Returns the last
/// scale read.
fn scaled_parts(cx: &Cx, a: &mut Amount, mut scale: f64) -> f64 {
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
    scale
}

/// "3 hundred and 21", "3 million and a half", after a scaled number whose last scale is `scale`.
fn and_after(cx: &Cx, a: &mut Amount, scale: f64) {
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

/// Scientific notation: "1.3x10^6", "6.23 × 10^-4", and a bare "10^6". The caret and the exponent
/// are glued, as they are written; "10 ^ 6" is left alone.
fn power_of_ten(cx: &Cx, a: &mut Amount) -> bool {
    let times = matches!(cx.raw(a.end), "x" | "\u{d7}" | "*");
    let ten = if times { a.end + 1 } else { a.num.start };
    if times && a.num.end != a.end
        || cx.raw(ten) != "10"
        || !cx.sym(ten + 1, "^")
        || !cx.glued(ten + 1)
    {
        return false;
    }
    let minus = cx.sym(ten + 2, "-") || cx.sym(ten + 2, "\u{2212}");
    let e_at = ten + 2 + usize::from(minus);
    let Some(e) = cx
        .toks
        .get(e_at)
        .filter(|t| t.kind == T::Num && !t.space && (minus || cx.glued(ten + 2)))
        .and_then(|t| t.text(cx.s).parse::<i32>().ok())
        .filter(|e| *e <= 308)
    else {
        return false;
    };
    let p = 10f64.powi(if minus { -e } else { e });
    a.value = if times { a.value * p } else { p };
    a.scaled = true;
    a.end = e_at + 1;
    true
}
