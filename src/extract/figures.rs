//! Figures: a number with what makes it a quantity — its qualifier, scale, currency, percent sign
//! or unit — or a range, a vague amount, an ordinal, a ratio, a date, a clock time or a score.
//!
//! The span of a figure leaves out its qualifier ("nearly two decades" is the figure "two decades",
//! qualified "approx"), as the gold labels do. Numbers inside names ("Channel 4", "G8", "BBC Two")
//! are no figures at all.

use super::lex::{tokens, Tok, T};
use super::numbers::{self, number_at, ordinal_word, parse_digits, scale_word, Number};
use super::words::Words;
use crate::article::{Kind, Qualifier};
use std::borrow::Cow;
use std::ops::Deref;

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
                figure_at(s, low, toks, i).is_none(),
                "a figure starts at a word may_start passes over: {:?}",
                toks[i].text(s)
            );
            i += 1;
            continue;
        }
        match figure_at(s, low, toks, i) {
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
                    if !rate && out.last().is_none_or(|p: &Figure| p.end <= f.start) {
                        out.push(f);
                    }
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    let urls = web_addresses(low);
    if !urls.is_empty() {
        out.retain(|f| !urls.iter().any(|&(a, b)| f.start < b && a < f.end));
    }
    merge_bounds(s, out)
}

/// Byte spans of web addresses ("https://example.com/?q=30%25", "www.flag.govt.nz"): their digits
/// are no figures.
fn web_addresses(low: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !low.contains("://") && !low.contains("www.") {
        return out;
    }
    let mut from = 0;
    while let Some(k) = ["http://", "https://", "www."]
        .iter()
        .filter_map(|p| low[from..].find(p))
        .min()
    {
        let a = from + k;
        let b = low[a..]
            .find(char::is_whitespace)
            .map_or(low.len(), |e| a + e);
        out.push((a, b));
        from = b;
    }
    out
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
    // Frequent words that start a phrase only with a given next word: "in excess of", "at least",
    // "as many as", "from 5 to 7".
    let next = cx.w(i + 1);
    match w {
        "in" => return next.as_deref() == Some("excess"),
        "at" => return matches!(next.as_deref(), Some("least" | "most")),
        "as" => return matches!(next.as_deref(), Some("many" | "much")),
        "from" => {
            return cx.toks.get(i + 1).is_some_and(|n| n.kind != T::Word)
                || next.is_some_and(|n| {
                    numbers::unit_word(&n).is_some()
                        || numbers::tens_word(&n).is_some()
                        || matches!(
                            n.as_ref(),
                            "a" | "an" | "about" | "around" | "just" | "nearly"
                        )
                })
        }
        _ => {}
    }
    QUALIFIER_HEADS.contains(&w)
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

/// "above 1000 and below 1500", "no more than 50 and no less than 20": two bounds of one thing,
/// joined by "and", "but" or a comma, are one range.
fn merge_bounds(s: &str, figs: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figs.len());
    for f in figs {
        if let Some(p) = out.last_mut() {
            // Between them: the joiner, then the second figure's qualifier ("and below").
            let between = s
                .get(p.end..f.start)
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
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

/// Qualifier phrases before a figure, longest first within each.
const QUALIFIERS: &[(&str, Qualifier)] = &[
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

/// The first words of the qualifier phrases.
static QUALIFIER_HEADS: Words = Words::new(&[
    "exceeding",
    "exceeds",
    "exceeded",
    "exceed",
    "surpassing",
    "surpassed",
    "surpasses",
    "surpass",
    "an",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "estimated",
    "circa",
    "close",
    "as",
    "more",
    "over",
    "at",
    "upwards",
    "in",
    "no",
    "above",
    "just",
    "up",
    "less",
    "fewer",
    "under",
    "below",
    "within",
    "greater",
    "larger",
    "bigger",
    "higher",
    "smaller",
    "lower",
    "equal",
    "equals",
    "equaling",
]);

fn qualifier_at(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
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
    if !QUALIFIER_HEADS.contains(&&*first) {
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

/// Currency words after a number, with their ISO code and multiplier.
fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "euro" | "euros" => ("EUR", 1.0),
        "pound" | "pounds" | "sterling" => ("GBP", 1.0),
        "pence" | "penny" | "p" => ("GBP", 0.01),
        "dollar" | "dollars" => ("USD", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "krona" | "kronor" | "krone" | "kroner" => ("SEK", 1.0),
        "markka" | "markkaa" => ("FIM", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        // "Lira" in today's news is Turkey's; "lire" were Italy's.
        "lira" | "liras" => ("TRY", 1.0),
        "lire" => ("ITL", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "rand" => ("ZAR", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "baht" => ("THB", 1.0),
        "ringgit" => ("MYR", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "naira" => ("NGN", 1.0),
        "zloty" | "zlotys" => ("PLN", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "bitcoin" | "bitcoins" | "btc" => ("BTC", 1.0),
        "rmb" | "元" => ("CNY", 1.0),
        "usd" => ("USD", 1.0),
        "gbp" => ("GBP", 1.0),
        "eur" => ("EUR", 1.0),
        "jpy" => ("JPY", 1.0),
        "cny" => ("CNY", 1.0),
        "rub" => ("RUB", 1.0),
        "inr" => ("INR", 1.0),
        "chf" => ("CHF", 1.0),
        "aud" => ("AUD", 1.0),
        "cad" => ("CAD", 1.0),
        "nzd" => ("NZD", 1.0),
        "hkd" => ("HKD", 1.0),
        "sgd" => ("SGD", 1.0),
        "sek" => ("SEK", 1.0),
        "nok" => ("NOK", 1.0),
        "dkk" => ("DKK", 1.0),
        "krw" => ("KRW", 1.0),
        "brl" => ("BRL", 1.0),
        "zar" => ("ZAR", 1.0),
        "mxn" => ("MXN", 1.0),
        // Millions in the code, as in business filings: "120 MEUR", "30 MUSD".
        _ => {
            let (code, _) = currency_word(w.strip_prefix('m').filter(|c| c.len() == 3)?)?;
            return Some((code, 1e6));
        }
    })
}

/// Cents after a whole amount of money: "3 dollars 50 cents", "thirteen dollars and forty-five
/// cents", and "15 dollars 50" when nothing else follows the cents.
fn minor_after(cx: &Cx, a: &mut Amount) {
    let and = usize::from(cx.w(a.end).as_deref() == Some("and"));
    let Some(m) = number_at(cx.low, cx.toks, a.end + and)
        .filter(|m| !m.ordinal && !m.decimal && m.value >= 1.0 && m.value < 100.0)
    else {
        return;
    };
    let minor = cx
        .w(m.end)
        .and_then(|w| currency_word(&w))
        .is_some_and(|(_, x)| x == 0.01);
    let alone = cx.toks.get(m.end).is_none_or(|t| t.kind == T::Sym);
    if minor || alone {
        a.value += m.value / 100.0;
        a.end = m.end + usize::from(minor);
    }
}

/// Whether the number at `i` with a "C" glued after it is a temperature ("30C", "-5C"), not a model
/// or a code ("777C", "14.7C/"): a plausible reading, then a space or the end of a phrase.
fn glued_celsius(cx: &Cx, i: usize) -> bool {
    let v = cx.toks.get(i).and_then(|t| parse_digits(t.text(cx.s)));
    let after = cx.toks.get(i + 2);
    cx.glued(i + 1)
        && v.is_some_and(|v| v <= 60.0)
        && after.is_none_or(|t| t.space || matches!(t.text(cx.s), "." | "," | ";" | ")"))
}

/// Currency signs, before or after the number: "£5", "5 €", "100₾".
fn currency_symbol(t: &str) -> Option<&'static str> {
    Some(match t {
        "£" => "GBP",
        "$" => "USD",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₴" => "UAH",
        "₦" => "NGN",
        "₱" => "PHP",
        "₫" => "VND",
        "₪" => "ILS",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₿" => "BTC",
        "元" => "CNY",
        _ => return None,
    })
}

/// A currency sign or code before a number: "£", "$", "US$", "NZ$", "USD". Returns the code and the
/// token after it.
fn currency_prefix(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    let t = cx.toks.get(i)?;
    if t.kind == T::Sym {
        return Some((currency_symbol(t.text(cx.s))?, i + 1));
    }
    let w = t.text(cx.s);
    // "US$", "NZ$", "A$", "C$", "HK$", "S$", "R$".
    if cx.sym(i + 1, "$") && cx.glued(i + 1) {
        let code = match w {
            "US" => "USD",
            "NZ" => "NZD",
            "A" | "AU" => "AUD",
            "C" | "CA" => "CAD",
            "HK" => "HKD",
            "S" => "SGD",
            "R" => "BRL",
            _ => return None,
        };
        return Some((code, i + 2));
    }
    // Rupees: "Rs 5 crore", "Rs. 500".
    if w == "Rs" {
        let j = i + 1 + usize::from(cx.sym(i + 1, "."));
        if cx.toks.get(j).is_some_and(|n| n.kind == T::Num) {
            return Some(("INR", j));
        }
    }
    // A code before the number: "USD 50", "USD50", and millions in the code: "MAUD 60".
    if (3..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()) {
        let lower = w.to_ascii_lowercase();
        if currency_word(&lower).is_some_and(|(_, m)| m == 1.0 || m == 1e6)
            && cx.toks.get(i + 1).is_some_and(|n| n.kind == T::Num)
        {
            return currency_word(&lower).map(|(code, _)| (code, i + 1));
        }
    }
    None
}

/// Units after a number: kind, unit name, and a multiplier into that unit.
fn unit_word(w: &str) -> Option<(Kind, &'static str, f64)> {
    use Kind::{Duration as D, Measure as M};
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => (D, "second", 1.0),
        "minute" | "minutes" | "min" | "mins" => (D, "minute", 1.0),
        "hour" | "hours" | "hr" | "hrs" => (D, "hour", 1.0),
        "day" | "days" => (D, "day", 1.0),
        "week" | "weeks" => (D, "week", 1.0),
        "fortnight" | "fortnights" => (D, "week", 2.0),
        "month" | "months" => (D, "month", 1.0),
        "year" | "years" => (D, "year", 1.0),
        "decade" | "decades" => (D, "year", 10.0),
        "century" | "centuries" => (D, "year", 100.0),
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => (M, "km", 1.0),
        "metre" | "metres" | "meter" | "meters" => (M, "m", 1.0),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => (M, "cm", 1.0),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => (M, "mm", 1.0),
        "mile" | "miles" => (M, "mile", 1.0),
        "mph" => (M, "mph", 1.0),
        "kph" | "kmh" => (M, "km/h", 1.0),
        "knot" | "knots" => (M, "knot", 1.0),
        "foot" | "feet" | "ft" => (M, "ft", 1.0),
        "inch" | "inches" => (M, "in", 1.0),
        "yard" | "yards" => (M, "yd", 1.0),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => (M, "kg", 1.0),
        "g" | "gram" | "grams" => (M, "g", 1.0),
        "tonne" | "tonnes" | "ton" | "tons" => (M, "tonne", 1.0),
        "lb" | "lbs" => (M, "lb", 1.0),
        "litre" | "litres" | "liter" | "liters" => (M, "l", 1.0),
        "ml" => (M, "ml", 1.0),
        "gallon" | "gallons" => (M, "gallon", 1.0),
        "acre" | "acres" => (M, "acre", 1.0),
        "hectare" | "hectares" | "ha" => (M, "ha", 1.0),
        "mw" | "megawatt" | "megawatts" => (M, "MW", 1.0),
        "gw" | "gigawatt" | "gigawatts" => (M, "GW", 1.0),
        "kw" | "kilowatt" | "kilowatts" => (M, "kW", 1.0),
        "kwh" => (M, "kWh", 1.0),
        "point" | "points" => (M, "points", 1.0),
        "degree" | "degrees" | "deg" => (M, "degree", 1.0),
        "celsius" | "celcius" | "centigrade" | "centigrate" => (M, "°C", 1.0),
        "fahrenheit" | "farenheit" => (M, "°F", 1.0),
        "storey" | "storeys" | "floors" => (M, "storey", 1.0),
        "ounce" | "ounces" | "oz" => (M, "oz", 1.0),
        "barrel" | "barrels" | "bbl" => (M, "barrel", 1.0),
        "mg" | "milligram" | "milligrams" => (M, "mg", 1.0),
        "microgram" | "micrograms" | "microgramme" | "microgrammes" | "mcg" | "μg" => {
            (M, "μg", 1.0)
        }
        "tablespoon" | "tablespoons" | "tbsp" => (M, "tbsp", 1.0),
        "teaspoon" | "teaspoons" | "tsp" => (M, "tsp", 1.0),
        "byte" | "bytes" => (M, "B", 1.0),
        "kb" | "kilobyte" | "kilobytes" => (M, "KB", 1.0),
        "mb" | "megabyte" | "megabytes" => (M, "MB", 1.0),
        "gb" | "gigabyte" | "gigabytes" => (M, "GB", 1.0),
        "tb" | "terabyte" | "terabytes" => (M, "TB", 1.0),
        "bit" | "bits" => (M, "bit", 1.0),
        _ => return None,
    })
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(w: &str) -> Option<usize> {
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

fn is_month_token(cx: &Cx, i: usize) -> bool {
    cx.capitalised(i)
        && cx.w(i).and_then(|w| month(&w)).is_some()
        && (cx.w(i).as_deref() != Some("may")
            || cx.toks.get(i + 1).is_some_and(|t| t.kind == T::Num))
}

fn small_int(n: &Number) -> Option<u32> {
    (!n.decimal && n.value.fract() == 0.0 && n.value >= 0.0 && n.value < 1e6)
        .then_some(n.value as u32)
}

fn is_year(cx: &Cx, n: &Number) -> bool {
    let t = cx.toks[n.start];
    !n.words
        && !n.decimal
        && !n.ordinal
        && t.end - t.start == 4
        && (1800.0..=2100.0).contains(&n.value)
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

fn figure_at(s: &str, low: &str, toks: &[Tok], i: usize) -> Step {
    let cx = Cx { s, low, toks };
    // A qualifier only counts when a figure follows it.
    if let Some((q, j)) = qualifier_at(&cx, i) {
        // "higher than the tenth": a rank after its article.
        let j = if cx.w(j).as_deref() == Some("the")
            && cx.w(j + 1).is_some_and(|o| ordinal_word(&o).is_some())
        {
            j + 1
        } else {
            j
        };
        if let Some((Some(mut f), next)) = core_at(&cx, j) {
            if f.qualifier == Qualifier::Exact {
                f.qualifier = q;
            }
            return Some(bound_after(&cx, f, next));
        }
    }
    core_at(&cx, i).map(|(f, next)| match f {
        Some(f) => bound_after(&cx, f, next),
        None => (None, next),
    })
}

/// "200 or more", "five hundred or less", "30 and above": a bound written after the figure.
fn bound_after(cx: &Cx, mut f: Figure, next: usize) -> (Option<Figure>, usize) {
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

/// A fraction in words with a compound denominator: "three twenty-firsts", "one twenty-fifth", "a
/// hundred trillionths", "one hundred thirty-fifths" (100/35). The denominator is the longest
/// ordinal at the end that leaves a whole number before it; a singular one needs "one" or "a".
/// Simple fractions ("two-thirds", "a fifth of") are read by `finish`.
fn fraction_at(cx: &Cx, i: usize) -> Step {
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
        // "six million and two thirds" is a mixed number, read by `number_at`.
        let mixed = p == e
            && p >= i + 2
            && cx.w(p - 2).as_deref() == Some("and")
            && cx
                .w(p - 1)
                .is_some_and(|u| numbers::unit_word(&u).is_some_and(|u| u < 10.0));
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
        let v = round_sig(num / den);
        return Some(exact(cx, i, e + 1, Kind::Ratio, v));
    }
    None
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
        if let Some((kind, unit, mult)) = unit_word(&unit_tok) {
            // "a second" or "per second" are not durations of this number; "second" after a number is.
            let ok = !(unit_tok == "m" || unit_tok == "g") || cx.glued(u_at) && !hyphen;
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
            let mut f = fig(
                cx,
                a.start,
                end + 1,
                Kind::Date,
                None,
                None,
                Qualifier::Range,
            );
            f.low = Some(lo);
            f.high = Some(lo + 99.0);
            return (Some(f), end + 1);
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
    // "one in five", "1 in 3".
    if cx.w(end).as_deref() == Some("in") && a.kind == Kind::Count {
        if let Some(m) =
            number_at(cx.low, cx.toks, end + 1).filter(|m| !m.ordinal && m.value > n.value)
        {
            return exact(cx, a.start, m.end, Kind::Ratio, round4(n.value / m.value));
        }
    }
    if a.kind == Kind::Count && !a.scaled {
        if is_year(cx, &n) && !cx.sym(end, "-") {
            // "the 1990s" is a decade.
            if cx.w(end).as_deref() == Some("s") && cx.glued(end) {
                let mut f = fig(
                    cx,
                    a.start,
                    end + 1,
                    Kind::Date,
                    None,
                    None,
                    Qualifier::Range,
                );
                f.low = Some(n.value);
                f.high = Some(n.value + 9.0);
                return (Some(f), end + 1);
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

fn is_all_caps(cx: &Cx, i: usize) -> bool {
    let w = cx.raw(i);
    w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase())
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

/// Whether the ordinal word at `k` can be a denominator ("third", "quarter" — not "second").
fn w_is_fraction(cx: &Cx, k: usize) -> bool {
    !matches!(cx.w(k).as_deref(), Some("first" | "second"))
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

fn plural_fraction(w: &str) -> Option<f64> {
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

/// Whether a number written as a word is a figure here: "one of the", "no one", "this one", "one or
/// more" and a sentence's opening "One" (a determiner, "One poster wrote") are not; capitalised
/// number words mid-sentence are names ("BBC Two").
fn keep_word_number(cx: &Cx, a: &Amount) -> bool {
    let n = a.num;
    let w = cx.w(n.start).unwrap_or_default();
    if cx.capitalised(n.start) && !cx.sentence_start(n.start) {
        return false;
    }
    if w != "one" || n.end > n.start + 1 {
        return true;
    }
    if cx.capitalised(n.start) || matches!(a.kind, Kind::Duration | Kind::Measure) {
        return matches!(a.kind, Kind::Duration | Kind::Measure);
    }
    let after = cx.w(n.end).unwrap_or_default();
    let before = if n.start > 0 {
        cx.w(n.start - 1).unwrap_or_default()
    } else {
        Cow::Borrowed("")
    };
    const NOT_AFTER: &[&str] = &[
        "of", "another", "day", "way", "thing", "side", "time", "point", "or", "and", "who",
        "that", "which", "is", "was", "has", "had", "would", "will", "can", "could", "should",
        "might", "must", "in", "on", "at", "by", "for", "to", "with", "the", "a", "an",
    ];
    const NOT_BEFORE: &[&str] = &[
        "no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone",
        "everyone", "new", "only", "last", "first", "next", "one",
    ];
    !(after.is_empty()
        || NOT_AFTER.contains(&after.deref())
        || NOT_BEFORE.contains(&before.deref())
        || cx.sym(n.end, "'"))
}

/// A plain number directly after a capitalised word mid-sentence is part of a name: "Channel 4",
/// "Formula 1", "Radio 5 Live", "Boeing 747", "Apollo 11".
fn in_name(cx: &Cx, a: &Amount) -> bool {
    let i = a.num.start;
    if a.num.words || a.num.decimal || i == 0 || a.currency.is_some() {
        return false;
    }
    let prev = i - 1;
    let camel = cx.toks[prev].kind == T::Word
        && cx.raw(prev).chars().skip(1).any(char::is_uppercase)
        && cx.raw(prev).chars().any(char::is_lowercase);
    if camel {
        return true; // "iPhone 4", "PlayStation 5"
    }
    if !cx.capitalised(prev) || is_month_token(cx, prev) {
        return false;
    }
    // At the start of a sentence only a word that is no common word begins a name: "Channel 4
    // reported", but "Only 20 came", "About 20 came".
    if cx.sentence_start(prev) && COMMON_STARTS.contains(&cx.w(prev).unwrap_or_default().deref()) {
        return false;
    }
    // A score after a team name is a score, handled by the range rule before this point.
    let pw = cx.w(prev).unwrap_or_default();
    !matches!(pw.deref(), "i" | "mr" | "ms" | "mrs" | "dr")
}

/// Common words that begin sentences before a number.
static COMMON_STARTS: Words = Words::new(&[
    "the",
    "only",
    "just",
    "all",
    "another",
    "some",
    "about",
    "over",
    "nearly",
    "almost",
    "around",
    "roughly",
    "approximately",
    "more",
    "fewer",
    "less",
    "at",
    "in",
    "on",
    "by",
    "since",
    "from",
    "between",
    "of",
    "with",
    "exactly",
    "precisely",
    "those",
    "these",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "up",
    "down",
    "to",
    "for",
    "after",
    "before",
    "during",
    "until",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "then",
    "now",
    "still",
    "also",
    "even",
    "another",
    "every",
    "each",
    "both",
    "last",
    "next",
    "within",
    "under",
    "below",
    "above",
    "around",
    "outside",
    "inside",
    "among",
    "against",
    "despite",
    "unlike",
    "like",
    "as",
    "than",
    "when",
    "while",
    "if",
    "although",
    "though",
    "because",
    "once",
    "whereas",
    "per",
    "via",
    "whether",
    "where",
    "what",
    "which",
    "who",
    "there",
    "here",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "a",
    "an",
    "no",
    "not",
    "most",
    "many",
    "several",
    "few",
    "top",
    "page",
    "figure",
    "table",
    "step",
    "day",
    "week",
    "year",
    "game",
    "round",
    "stage",
    "level",
    "phase",
    "part",
    "chapter",
    "section",
]);

/// "G8", "MP3", "A380", "4x4", "F-35", "COVID-19", "M25": digits glued to letters that are no suffix.
fn label(cx: &Cx, i: usize) -> Option<usize> {
    let t = cx.toks.get(i)?;
    if t.kind == T::Word
        && cx
            .toks
            .get(i + 1)
            .is_some_and(|n| n.kind == T::Num && !n.space)
    {
        if currency_prefix(cx, i).is_some() {
            return None;
        }
        // "G8", "MP3": letters glued to digits ("F-35" and "COVID-19" are handled below).
        let mut j = i + 1;
        while j < cx.toks.len() && !cx.toks[j].space && cx.toks[j].kind != T::Sym {
            j += 1;
        }
        return Some(j);
    }
    if t.kind == T::Word
        && cx.sym(i + 1, "-")
        && cx.glued(i + 1)
        && cx
            .toks
            .get(i + 2)
            .is_some_and(|n| n.kind == T::Num && !n.space)
        && cx.capitalised(i)
    {
        let w = t.text(cx.s);
        let up = w.len() <= 6 && w.chars().all(|c| c.is_uppercase())
            || w.len() <= 2
            || w.eq_ignore_ascii_case("covid");
        // A longer name with a number mid-sentence: "Processing Facility-1".
        let named = w.len() > 6 && !cx.sentence_start(i);
        if up || named {
            return Some(i + 3);
        }
    }
    if t.kind == T::Num {
        if let Some(n) = cx.toks.get(i + 1).filter(|n| !n.space && n.kind == T::Word) {
            let w = n.text(cx.s).to_ascii_lowercase();
            let known = matches!(
                w.deref(),
                "st" | "nd" | "rd" | "th" | "am" | "pm" | "s" | "p" | "pc" | "fold"
            ) || scale_word(&w).is_some()
                || unit_word(&w).is_some()
                || currency_word(&w).is_some()
                || w == "kmh"
                || n.text(cx.s) == "C" && glued_celsius(cx, i);
            if !known {
                let mut j = i + 1;
                while j < cx.toks.len() && !cx.toks[j].space && cx.toks[j].kind != T::Sym {
                    j += 1;
                }
                return Some(j);
            }
        }
    }
    None
}

/// Numbers that name rather than count, after the noun they name: "page 5", "flight 370", "room
/// 101", "police posts 542 and 543". The whole run of them is skipped.
fn identifier(cx: &Cx, i: usize) -> Option<usize> {
    let whole = |k: usize| {
        cx.toks
            .get(k)
            .is_some_and(|t| t.kind == T::Num && !cx.raw(k).contains(['.', ',', ':']))
    };
    if i == 0 || !whole(i) || cx.glued(i) {
        return None;
    }
    let noun = cx.w(i - 1)?;
    let naming = matches!(
        noun.deref(),
        "page"
            | "pages"
            | "flight"
            | "flights"
            | "room"
            | "rooms"
            | "post"
            | "posts"
            | "gate"
            | "gates"
            | "platform"
            | "platforms"
            | "route"
            | "bus"
            | "chapter"
            | "chapters"
            | "section"
            | "sections"
            | "article"
            | "articles"
            | "paragraph"
            | "clause"
            | "seat"
            | "row"
            | "junction"
            | "exit"
            | "terminal"
            | "ward"
            | "episode"
            | "verse"
            | "lane"
            | "pier"
            | "hangar"
    );
    if !naming {
        return None;
    }
    // Not when a sign or a scale makes it a quantity: "page 5%", "flights 2 million".
    let mut end = i + 1;
    if cx.toks.get(end).is_some_and(|t| !t.space)
        || cx.w(end).is_some_and(|w| scale_word(&w).is_some())
    {
        return None;
    }
    // "posts 542 and 543", "pages 3, 4 and 5", "gates 10-12".
    loop {
        let joiner = matches!(cx.raw(end), "," | "-" | "\u{2013}")
            || matches!(cx.w(end).as_deref(), Some("and" | "or" | "to"));
        if joiner && whole(end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// Vague amounts: "a few thousand euros", "dozens", "hundreds of", "tens of thousands", "several".
fn vague_at(cx: &Cx, i: usize) -> Step {
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
fn vague_tail(cx: &Cx, start: usize, end: usize, lo: f64, hi: f64) -> (Option<Figure>, usize) {
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

/// Ranges: "between 20 and 30", "from 5% to 7%", "20-30", "ten to 32", "one or two", and scores
/// ("1 – 0").
fn range_at(cx: &Cx, i: usize) -> Step {
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
    let joiner = cx.raw(j).to_ascii_lowercase();
    if !joiners.contains(&joiner.deref()) {
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
    let dash = matches!(joiner.deref(), "-" | "\u{2013}" | "\u{2014}");
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
            if x < 20 && y < 20 && spaced {
                let (s0, e0) = cx.span(a_at, b.end);
                let f = Figure {
                    start: s0,
                    end: e0,
                    kind: Kind::Score,
                    value: None,
                    low: None,
                    high: None,
                    unit: None,
                    qualifier: Qualifier::Exact,
                };
                return Some((Some(f), b.end));
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
    if lo > hi && !(a.value < 0.0 || b.value < 0.0) {
        return None;
    }
    if lo > hi {
        std::mem::swap(&mut lo, &mut hi);
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

/// Clock times: "8.32am", "3pm", "16:08", "10.30 GMT".
fn time_at(cx: &Cx, i: usize) -> Step {
    let t = cx.toks[i];
    let text = t.text(cx.s);
    let next = cx.w(i + 1);
    let ampm = matches!(next.as_deref(), Some("am" | "pm" | "a.m" | "p.m"));
    let clock = text.contains(':') && text.len() >= 4;
    if !ampm && !clock {
        return None;
    }
    let value = text.replace(':', ".").parse::<f64>().ok()?;
    if !(0.0..25.0).contains(&value) {
        return None;
    }
    let mut end = i + 1;
    if ampm {
        end += 1;
        if cx.sym(end, ".") && cx.glued(end) && next.as_deref().is_some_and(|x| x.contains('.')) {
            end += 1;
        }
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
fn date_at(cx: &Cx, i: usize) -> Step {
    // Day then month.
    if cx.toks.get(i).is_some_and(|t| t.kind == T::Num) && is_month_token(cx, i + 1) {
        let day = parse_digits(cx.raw(i))?;
        if !(1.0..=31.0).contains(&day) || cx.raw(i).contains('.') {
            return None;
        }
        let mut end = i + 2;
        if cx.sym(end, ".") && cx.glued(end) {
            end += 1;
        }
        // "12 January 2004".
        if cx
            .toks
            .get(end)
            .is_some_and(|t| t.kind == T::Num && t.end - t.start == 4)
        {
            end += 1;
        }
        return Some((
            Some(fig(cx, i, end, Kind::Date, None, None, Qualifier::Exact)),
            end,
        ));
    }
    // Ordinal day then month: "5th of May" and "the 12th January" are rare in news; skipped.
    if is_month_token(cx, i) {
        let mut j = i + 1;
        if cx.sym(j, ".") && cx.glued(j) {
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
            if cx.sym(end, ",")
                && cx
                    .toks
                    .get(end + 1)
                    .is_some_and(|t| t.kind == T::Num && t.end - t.start == 4)
            {
                end += 2;
            } else if cx
                .toks
                .get(end)
                .is_some_and(|t| t.kind == T::Num && t.end - t.start == 4)
            {
                end += 1;
            }
            return Some((
                Some(fig(cx, i, end, Kind::Date, None, None, Qualifier::Exact)),
                end,
            ));
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
            let mut f = fig(cx, i, i + 1, Kind::Date, None, None, Qualifier::Range);
            f.low = Some(1900.0 + decade);
            f.high = Some(1909.0 + decade);
            return Some((Some(f), i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests;
