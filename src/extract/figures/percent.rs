//! Percentages and percentage points after a number: "5%", "5 per cent", "2.5 percentage points",
//! "a 5 percentage-point rise", basis points ("25 basis points", 0.25 pp), and the loose forms
//! ("100 percentage", "5 per cents").

use super::*;

/// Reads a percent form after the number into `a`; whether there was one.
pub(super) fn percent_after(cx: &Cx, a: &mut Amount) -> bool {
    // Basis points, hundredths of a percentage point: "a 25 basis-point cut" is 0.25 pp.
    let basis = if cx.phrase(a.end, "basis points") || cx.phrase(a.end, "basis point") {
        Some(2)
    } else if cx.phrase(a.end, "basis")
        && cx.sym(a.end + 1, "-")
        && matches!(cx.w(a.end + 2).as_deref(), Some("point" | "points"))
    {
        Some(3)
    } else {
        None
    };
    if let Some(len) = basis {
        a.kind = Kind::Percent;
        a.unit = Some("pp");
        a.value /= 100.0;
        a.end += len;
        return true;
    }
    let Some((len, unit)) = percent_form(cx, a.end) else {
        return false;
    };
    a.kind = Kind::Percent;
    a.unit = Some(unit);
    a.end += len;
    true
}

/// The percent form at token `k`: how many tokens it takes, and whether it is "percent" or "pp".
pub(super) fn percent_form(cx: &Cx, k: usize) -> Option<(usize, &'static str)> {
    if cx.sym(k, "%") {
        return Some((1, "percent"));
    }
    let per_cent = if cx.phrase(k, "per cent") {
        2
    } else {
        usize::from(cx.phrase(k, "percent") || cx.phrase(k, "pc") && cx.glued(k))
    };
    if per_cent > 0 {
        let points = cx.phrase(k + per_cent, "points") || cx.phrase(k + per_cent, "point");
        return Some(if points {
            (per_cent + 1, "pp")
        } else {
            (per_cent, "percent")
        });
    }
    if cx.phrase(k, "percentage points") || cx.phrase(k, "percentage point") {
        return Some((2, "pp"));
    }
    let hyphen = cx.sym(k + 1, "-");
    if cx.phrase(k, "percentage")
        && hyphen
        && matches!(cx.w(k + 2).as_deref(), Some("point" | "points"))
    {
        return Some((3, "pp"));
    }
    // A glued hyphen goes on to another word: "a 100 percentage-based fee" is no figure here.
    if matches!(cx.w(k).as_deref(), Some("percentage" | "percents")) && !(hyphen && cx.glued(k + 1))
    {
        return Some((1, "percent"));
    }
    cx.phrase(k, "per cents").then_some((2, "percent"))
}
