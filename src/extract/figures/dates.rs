//! Dates, years and clock times: recognised and given their own kinds, so that they are never counts.

use super::*;

pub(super) use crate::extract::lexicon::MONTHS;

pub(super) fn month(w: &str) -> Option<usize> {
    let w = w.trim_end_matches('.');
    MONTHS.iter().position(|m| *m == w).or(match w {
        "jan" => Some(0),
        "feb" => Some(1),
        "mar" => Some(2),
        "apr" => Some(3),
        "jun" => Some(5),
        "jul" => Some(6),
        "aug" => Some(7),
        "sep" | "sept" => Some(8),
        "oct" => Some(9),
        "nov" => Some(10),
        "dec" => Some(11),
        _ => None,
    })
}

pub(super) fn is_month_token(cx: &Cx, i: usize) -> bool {
    cx.capitalised(i)
        && cx.w(i).and_then(|w| month(&w)).is_some()
        && (cx.w(i).as_deref() != Some("may")
            || cx.toks.get(i + 1).is_some_and(|t| t.kind == T::Num))
}

/// Whether the month at token `i` is abbreviated ("Dec", "Sept"), so that a full stop glued to it
/// is its own ("Dec. 5"), not the sentence's ("on 20 December.").
fn abbreviated_month(cx: &Cx, i: usize) -> bool {
    cx.w(i)
        .is_some_and(|w| w.len() <= 4 && !matches!(w.as_ref(), "may" | "june" | "july"))
}

pub(super) fn is_year(cx: &Cx, n: &Number) -> bool {
    let t = cx.toks[n.start];
    !n.words
        && !n.decimal
        && !n.ordinal
        && t.end - t.start == 4
        && (1800.0..=2100.0).contains(&n.value)
}

pub(super) fn small_int(n: &Number) -> Option<u32> {
    (!n.decimal && n.value.fract() == 0.0 && n.value >= 0.0 && n.value < 1e6)
        .then_some(n.value as u32)
}

/// "am", "pm", "a.m." or "p.m." at token `i`: whether it is afternoon, and the tokens it takes.
fn meridiem(cx: &Cx, i: usize) -> Option<(bool, usize)> {
    match cx.w(i).as_deref() {
        Some("am") => Some((false, 1)),
        Some("pm") => Some((true, 1)),
        Some(h @ ("a" | "p")) if cx.sym(i + 1, ".") && cx.w(i + 2).as_deref() == Some("m") => {
            let dotted = cx.sym(i + 3, ".") && cx.glued(i + 3);
            let glued = cx.glued(i + 1) && cx.glued(i + 2);
            glued.then_some((h == "p", 3 + usize::from(dotted)))
        }
        _ => None,
    }
}

/// Clock times: "8.32am", "3pm", "6:40 p.m.", "16:08", "10.30 GMT". The value is the time on a
/// 24-hour clock as HH.MM: "2.40 PM" is 14.40, "12.15am" is 0.15.
pub(super) fn time_at(cx: &Cx, i: usize) -> Step {
    let t = cx.toks[i];
    let text = t.text(cx.s);
    let half = meridiem(cx, i + 1);
    let clock = text.contains(':') && text.len() >= 4;
    if half.is_none() && !clock {
        return None;
    }
    let mut value = text.replace(':', ".").parse::<f64>().ok()?;
    if !(0.0..25.0).contains(&value) {
        return None;
    }
    let mut end = i + 1;
    if let Some((pm, len)) = half {
        if value >= 13.0 {
            return None;
        }
        let twelve = value.trunc() == 12.0;
        if pm && !twelve {
            value += 12.0;
        } else if !pm && twelve {
            value -= 12.0;
        }
        value = round_value(value);
        end += len;
    }
    if matches!(cx.raw(end), "GMT" | "BST" | "UTC" | "CET" | "EST" | "PST") {
        end += 1;
    }
    let mut f = fig(cx, i, end, Kind::Time, Some(value), None, Qualifier::Exact);
    if matches!(
        cx.raw(end - 1),
        "GMT" | "BST" | "UTC" | "CET" | "EST" | "PST"
    ) {
        f.unit = Some(cx.raw(end - 1).to_owned());
    }
    Some((Some(f), end))
}

/// Dates: "12 January", "January 12", "April 12, 1981", "January 2004", "Jan. 5".
pub(super) fn date_at(cx: &Cx, i: usize) -> Step {
    // Day then month.
    if cx.toks.get(i).is_some_and(|t| t.kind == T::Num) && is_month_token(cx, i + 1) {
        let day = parse_digits(cx.raw(i))?;
        if !(1.0..=31.0).contains(&day) || cx.raw(i).contains('.') {
            return None;
        }
        let mut end = i + 2;
        if cx.sym(end, ".") && cx.glued(end) && abbreviated_month(cx, i + 1) {
            end += 1;
        }
        // "12 January 2004".
        if year_digits(cx, end) {
            end += 1;
        }
        return Some(a_date(cx, i, end));
    }
    if let Some(step) = numeric_date_at(cx, i) {
        return Some(step);
    }
    // Ordinal day then month: "5th of May" and "the 12th January" are rare in news; skipped.
    if is_month_token(cx, i) {
        let mut j = i + 1;
        if cx.sym(j, ".") && cx.glued(j) && abbreviated_month(cx, i) {
            j += 1;
        }
        let t = cx.toks.get(j).filter(|t| t.kind == T::Num)?;
        let v = parse_digits(t.text(cx.s))?;
        let mut end = j + 1;
        if (1.0..=31.0).contains(&v) && !t.text(cx.s).contains('.') {
            if cx
                .w(end)
                .is_some_and(|w| matches!(w.deref(), "st" | "nd" | "rd" | "th"))
                && cx.glued(end)
            {
                end += 1;
            }
            if cx.sym(end, ",") && year_digits(cx, end + 1) {
                end += 2;
            } else if year_digits(cx, end) {
                end += 1;
            }
            return Some(a_date(cx, i, end));
        }
        if (1800.0..=2100.0).contains(&v) && t.end - t.start == 4 {
            return Some(exact(cx, i, end, Kind::Date, v));
        }
    }
    // "the sixties".
    if let Some(w) = cx.w(i) {
        let decade = match w.deref() {
            "twenties" => 20.0,
            "thirties" => 30.0,
            "forties" => 40.0,
            "fifties" => 50.0,
            "sixties" => 60.0,
            "seventies" => 70.0,
            "eighties" => 80.0,
            "nineties" => 90.0,
            _ => return None,
        };
        if i > 0 && cx.w(i - 1).as_deref() == Some("the") {
            return Some(years(cx, i, i + 1, 1900.0 + decade, 1909.0 + decade));
        }
    }
    None
}

/// Dates in digits: spans of years ("the 2008-09 season", "1995-98", "1999-2000", "2008/09"),
/// a year and month ("1995-01", "2018-05-17"), and day, month and year ("5/17/2018"). Only a span
/// of whole years may be spaced ("1995 - 2001").
fn numeric_date_at(cx: &Cx, i: usize) -> Step {
    let num = |k: usize| {
        cx.toks
            .get(k)
            .filter(|t| t.kind == T::Num && t.text(cx.s).bytes().all(|b| b.is_ascii_digit()))
            .map(|t| t.text(cx.s))
    };
    let joined = |k: usize, seps: &[&str]| {
        seps.iter().any(|s| cx.sym(k, s)) && cx.glued(k) && cx.glued(k + 1)
    };
    let first = num(i)?;
    // "5/17/2018", "17/05/18".
    if first.len() <= 2 && joined(i + 1, &["/"]) && joined(i + 3, &["/"]) {
        let (m, y) = (num(i + 2)?, num(i + 4)?);
        return (m.len() <= 2 && matches!(y.len(), 2 | 4)).then(|| a_date(cx, i, i + 5));
    }
    let y: u32 = first.parse().ok().filter(|_| first.len() == 4)?;
    let second = num(i + 2)?;
    let v: u32 = second.parse().ok()?;
    if !(1800..=2100).contains(&y) {
        return None;
    }
    // "1995 - 2001", "1995 – 2001": spaced, only whole years.
    let dash = cx.sym(i + 1, "-") || cx.sym(i + 1, "\u{2013}");
    if !joined(i + 1, &["-", "/", "\u{2013}"]) {
        let span = dash && second.len() == 4 && v > y && v <= 2100;
        return span.then(|| years(cx, i, i + 3, y.into(), v.into()));
    }
    match second.len() {
        4 if v > y && v <= 2100 => Some(years(cx, i, i + 3, y.into(), v.into())),
        2 if v > y % 100 => Some(years(cx, i, i + 3, y.into(), (y - y % 100 + v).into())),
        // "1999-00": the century turns.
        2 if v == 0 && y % 100 == 99 => Some(years(cx, i, i + 3, y.into(), (y + 1).into())),
        2 if (1..=12).contains(&v) && cx.sym(i + 1, "-") => {
            // "2018-05-17".
            let day = joined(i + 3, &["-"]) && num(i + 4).is_some_and(|d| d.len() == 2);
            Some(a_date(cx, i, if day { i + 5 } else { i + 3 }))
        }
        _ => None,
    }
}

/// Whether token `k` is four digits, as a year is.
pub(super) fn year_digits(cx: &Cx, k: usize) -> bool {
    cx.toks
        .get(k)
        .is_some_and(|t| t.kind == T::Num && t.end - t.start == 4)
}

/// A date spanning tokens `a..b`, with the token to go on from.
pub(super) fn a_date(cx: &Cx, a: usize, b: usize) -> (Option<Figure>, usize) {
    (
        Some(fig(cx, a, b, Kind::Date, None, None, Qualifier::Exact)),
        b,
    )
}
