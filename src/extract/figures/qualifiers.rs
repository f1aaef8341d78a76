//! Qualifiers before a figure: "about", "more than", "at least", "up to", comparison signs.

use super::*;
use crate::extract::lexicon::Heads;

/// Qualifier phrases before a figure, longest first within each.
pub(super) const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("an estimated", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("nearly", Qualifier::Approx),
    ("almost", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("close to", Qualifier::Approx),
    ("as many as", Qualifier::Approx),
    ("as much as", Qualifier::Approx),
    ("more than", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("upwards of", Qualifier::AtLeast),
    ("in excess of", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("above", Qualifier::AtLeast),
    ("just over", Qualifier::AtLeast),
    ("up to", Qualifier::AtMost),
    ("less than", Qualifier::AtMost),
    ("fewer than", Qualifier::AtMost),
    ("under", Qualifier::AtMost),
    ("below", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("within", Qualifier::AtMost),
    ("just under", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("greater than", Qualifier::AtLeast),
    ("larger than", Qualifier::AtLeast),
    ("bigger than", Qualifier::AtLeast),
    ("higher than", Qualifier::AtLeast),
    ("greater than or equal to", Qualifier::AtLeast),
    ("greater or equal than", Qualifier::AtLeast),
    ("bigger or equal than", Qualifier::AtLeast),
    ("larger or equal than", Qualifier::AtLeast),
    ("higher or equal than", Qualifier::AtLeast),
    ("more or equal than", Qualifier::AtLeast),
    ("smaller than", Qualifier::AtMost),
    ("lower than", Qualifier::AtMost),
    ("less than or equal to", Qualifier::AtMost),
    ("smaller or equal than", Qualifier::AtMost),
    ("less or equal than", Qualifier::AtMost),
    ("lower or equal than", Qualifier::AtMost),
    ("exceeding", Qualifier::AtLeast),
    ("exceeds", Qualifier::AtLeast),
    ("exceeded", Qualifier::AtLeast),
    ("exceed", Qualifier::AtLeast),
    ("surpassing", Qualifier::AtLeast),
    ("surpassed", Qualifier::AtLeast),
    ("surpasses", Qualifier::AtLeast),
    ("surpass", Qualifier::AtLeast),
    ("at least or equal to", Qualifier::AtLeast),
    ("equal to", Qualifier::Exact),
    ("equals", Qualifier::Exact),
    ("equaling to", Qualifier::Exact),
];

/// The first words of the qualifier phrases, derived from them.
pub(super) static QUALIFIER_HEADS: Heads =
    Heads::of_listed(|| QUALIFIERS.iter().map(|&(p, _)| p).collect());

pub(super) fn qualifier_at(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
    // Comparison signs: ">10", ">= 30", "< = 100", "\u{2264} 5".
    if let Some(t) = cx.toks.get(i).filter(|t| t.kind == T::Sym) {
        // "<>30", "=>30" are no comparisons a reader means.
        if i > 0 && !t.space && matches!(cx.raw(i - 1), "<" | ">" | "=") {
            return None;
        }
        let q = match t.text(cx.s) {
            ">" | "\u{2265}" => Qualifier::AtLeast,
            "<" | "\u{2264}" => Qualifier::AtMost,
            _ => return None,
        };
        let eq = cx.sym(i + 1, "=");
        return Some((q, i + 1 + usize::from(eq)));
    }
    // Most tokens start no qualifier: look at the phrases only when the first word fits.
    let first = cx.w(i)?;
    let mut best: Option<(Qualifier, usize)> = None;
    if !QUALIFIER_HEADS.contains(&first) {
        return None;
    }
    for &(p, q) in QUALIFIERS {
        if !p.starts_with(&*first) {
            continue;
        }
        if cx.phrase(i, p) {
            let n = p.split(' ').count();
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((q, n));
            }
        }
    }
    best.map(|(q, n)| (q, i + n))
}

/// Whether a qualifier phrase may start with the word `w` at token `i`: "in" only before "excess",
/// "at" before "least" or "most", "as" before "many" or "much"; and a qualifier of one word ("over",
/// "about", "some") only before what may start a figure itself ("about 20", "over a third", "some
/// $5"), not before "the" or "all". Frequent words are passed over without reading the
/// rules.
pub(super) fn qualifier_may_start(cx: &Cx, i: usize, w: &str) -> bool {
    let next = cx.w(i + 1);
    QUALIFIER_HEADS.starts_where(w, next.as_deref(), || {
        i + 1 < cx.toks.len() && may_start(cx, i + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifier_phrases_start_with_their_derived_heads() {
        for w in [
            "an", "about", "more", "at", "no", "greater", "equaling", "surpass",
        ] {
            assert!(QUALIFIER_HEADS.contains(w), "{w}");
        }
        for w in ["than", "least", "of", "to", "many", ""] {
            assert!(!QUALIFIER_HEADS.contains(w), "{w}");
        }
    }
}
