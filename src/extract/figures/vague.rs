//! Vague amounts as intervals: "a few thousand euros", "dozens", "tens of thousands".

use super::*;

/// Vague amounts: "a few thousand euros", "dozens", "hundreds of", "tens of thousands", "several".
pub(super) fn vague_at(cx: &Cx, i: usize) -> Step {
    let w = cx.w(i)?;
    let (lo, hi, mut end) = match w.deref() {
        "few" | "couple" | "several" | "dozens" | "hundreds" | "thousands" | "millions"
        | "billions" | "scores" | "tens" => {
            let base = match w.deref() {
                "few" => (2.0, 9.0),
                "couple" => (2.0, 3.0),
                "several" => (3.0, 9.0),
                "dozens" => (24.0, 99.0),
                "hundreds" => (200.0, 999.0),
                "thousands" => (2000.0, 9999.0),
                "millions" => (2e6, 999e6),
                "billions" => (2e9, 999e9),
                "scores" => (40.0, 99.0),
                _ => {
                    // "tens of thousands", "tens of millions".
                    if cx.w(i + 1).as_deref() != Some("of") {
                        return None;
                    }
                    let x = cx.w(i + 2).and_then(|s| match s.deref() {
                        "thousands" => Some(1e3),
                        "millions" => Some(1e6),
                        "billions" => Some(1e9),
                        _ => None,
                    })?;
                    return Some(vague_tail(cx, i, i + 3, 20.0 * x, 99.0 * x + (x - 1.0)));
                }
            };
            // "a few" / "a couple of" need their article; "few" alone is "not many".
            if matches!(w.deref(), "few" | "couple")
                && (i == 0 || !matches!(cx.w(i - 1).as_deref(), Some("a")))
            {
                return None;
            }
            if w == "scores" && cx.w(i + 1).as_deref() != Some("of") {
                return None;
            }
            (base.0, base.1, i + 1)
        }
        _ => return None,
    };
    let start = if matches!(w.deref(), "few" | "couple") {
        i - 1
    } else {
        i
    };
    let (mut lo, mut hi) = (lo, hi);
    // "a few thousand", "several hundred", "hundreds of thousands".
    if matches!(w.deref(), "few" | "couple" | "several") {
        if w == "couple" && cx.w(end).as_deref() == Some("of") {
            end += 1;
        }
        if let Some(x) = cx
            .w(end)
            .and_then(|s| scale_word(&s).filter(|_| s.len() > 2))
        {
            lo *= x;
            hi *= x;
            end += 1;
        } else if w == "several" {
            return None; // "several" alone is not a figure a reader checks
        } else if w != "couple" {
            // "a few" alone: only when something countable follows, not a stretch of time.
            let countable = cx.w(end).is_some_and(|n| {
                !matches!(n.deref(), "of" | "more" | "other" | "others" | "times")
                    && unit_word(&n).is_none_or(|u| u.0 != Kind::Duration)
            });
            if !countable {
                return None;
            }
        }
    } else if cx.w(end).as_deref() == Some("of") {
        if let Some(x) = cx.w(end + 1).and_then(|s| match s.deref() {
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            _ => None,
        }) {
            if matches!(w.deref(), "hundreds" | "tens") {
                lo *= x;
                hi = hi * x + (x - 1.0);
                end += 2;
            }
        }
    }
    Some(vague_tail(cx, start, end, lo, hi))
}

/// Ends a vague amount: a currency or unit may follow ("a few thousand euros", "dozens of miles").
pub(super) fn vague_tail(
    cx: &Cx,
    start: usize,
    end: usize,
    lo: f64,
    hi: f64,
) -> (Option<Figure>, usize) {
    let mut kind = Kind::Count;
    let mut unit = None;
    let mut e = end;
    let k = if cx.w(e).as_deref() == Some("of") {
        e + 1
    } else {
        e
    };
    if let Some(w) = cx.w(k) {
        if let Some((code, _)) = currency_word(&w).filter(|(c, _)| !c.is_empty()) {
            if w.len() > 2 {
                kind = Kind::Money;
                unit = Some(code.to_owned());
                e = k + 1;
            }
        } else if let Some((k2, u, _)) =
            unit_word(&w).filter(|u| u.0 == Kind::Duration || w.len() > 2)
        {
            kind = k2;
            unit = Some(u.to_owned());
            e = k + 1;
        }
    }
    let (s0, e0) = cx.span(start, e);
    (
        Some(Figure {
            start: s0,
            end: e0,
            kind,
            value: None,
            low: Some(lo),
            high: Some(hi),
            unit,
            qualifier: Qualifier::Vague,
        }),
        e,
    )
}
