//! Numbers, as digits or in words: "20,000", "1.13", "twenty-seven", "two hundred and fifty",
//! "a dozen", "fifth", "21st". Scales ("million", "bn"), units and qualifiers are the figure rules'
//! business (`figures.rs`); this only reads the number itself.

use super::lex::{Tok, T};
use std::borrow::Cow;
use std::ops::Deref;

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// Written in words rather than digits.
    pub words: bool,
    /// An ordinal ("fifth", "5th"): also a fraction denominator when it follows "a" or a number.
    pub ordinal: bool,
    /// Digits with a decimal point.
    pub decimal: bool,
}

pub fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" | "none" => return None,
        "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words that multiply what comes before: "two hundred", "5 million", "1.13bn".
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" | "mil" | "mio" => 1e6,
        "billion" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "tn" | "trn" | "tln" => 1e12,
        // Indian numbering: a lakh is a hundred thousand, a crore ten million.
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

pub fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// The lower-cased text of token `i`, if it is a word.
pub fn word<'a>(s: &'a str, toks: &[Tok], i: usize) -> Option<Cow<'a, str>> {
    toks.get(i).filter(|t| t.kind == T::Word).map(|t| {
        let w = t.text(s);
        // Most words are lower-case already: borrow them rather than allocate.
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    })
}

fn is_sym(s: &str, toks: &[Tok], i: usize, sym: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == T::Sym && t.text(s) == sym)
}

/// Parses digits such as "20,000" or "1.13".
pub fn parse_digits(t: &str) -> Option<f64> {
    if t.contains(':') {
        return None;
    }
    let plain: String = t
        .chars()
        .filter(|&c| c != ',' && !c.is_whitespace() && c != '\u{202f}')
        .collect();
    plain.parse().ok().filter(|v: &f64| v.is_finite())
}

/// A fraction in digits after a whole number's token `i`: "3/4", or "2 1/4" (mixed).
fn digit_fraction(s: &str, toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space);
    let num = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == T::Num)
            .and_then(|t| parse_digits(t.text(s)))
    };
    if is_sym(s, toks, i + 1, "/") && glued(i + 1) && glued(i + 2) {
        let (a, b) = (num(i)?, num(i + 2)?);
        return plausible_fraction(a, b).then_some((a / b, i + 3));
    }
    // "2 1/4": a whole number, a space, then a fraction.
    if toks.get(i + 1).is_some_and(|t| t.space && t.kind == T::Num)
        && is_sym(s, toks, i + 2, "/")
        && glued(i + 2)
        && glued(i + 3)
    {
        let (w, a, b) = (num(i)?, num(i + 1)?, num(i + 3).filter(|&b| b != 0.0)?);
        if a < b && w.fract() == 0.0 {
            return Some((w + a / b, i + 4));
        }
    }
    None
}

/// Whether "a/b" is a fraction a writer would use: a proper one, over a small or a round
/// denominator ("3/4", "5/8", "1/100"). "24/7", "9/11" and "7/7" are an idiom and dates.
pub fn plausible_fraction(a: f64, b: f64) -> bool {
    let whole = |x: f64| x.fract() == 0.0 && x >= 0.0;
    whole(a)
        && whole(b)
        && a < b
        && (b <= 10.0 || [12.0, 16.0, 20.0, 25.0, 32.0, 50.0, 64.0, 100.0, 1000.0].contains(&b))
}

/// A power written with a caret: "1.1^23", "2.5^-1", "2^+10".
fn power(s: &str, toks: &[Tok], i: usize, base: f64) -> Option<(f64, usize)> {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space);
    if !(is_sym(s, toks, i + 1, "^") && glued(i + 1) && glued(i + 2)) {
        return None;
    }
    let mut k = i + 2;
    let mut negative = false;
    while (is_sym(s, toks, k, "-") || is_sym(s, toks, k, "+")) && glued(k + 1) && k < i + 5 {
        negative ^= is_sym(s, toks, k, "-");
        k += 1;
    }
    let exp = toks
        .get(k)
        .filter(|t| t.kind == T::Num)
        .and_then(|t| parse_digits(t.text(s)))?;
    let v = base.powf(if negative { -exp } else { exp });
    v.is_finite().then_some((v, k + 1))
}

/// The number that starts at token `i`, if any: digits or words, with what may follow a whole
/// number ("two and a half", "three dozen", "two point five", "two and a half million").
pub fn number_at(s: &str, toks: &[Tok], i: usize) -> Option<Number> {
    let mut n = number_core(s, toks, i)?;
    if n.ordinal {
        return Some(n);
    }
    if n.words {
        point_decimals(s, toks, &mut n);
    }
    mixed_fraction(s, toks, &mut n);
    // "three dozen", "3 dzs", "three hundred and two dozens" (300 and 24); "half a dozen" is read
    // by `fraction_of_scale`.
    if matches!(
        word(s, toks, n.end).as_deref(),
        Some("dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs")
    ) && n.value < 1000.0
    {
        let last = n.value % 100.0;
        n.value = if n.value >= 100.0 && last != 0.0 {
            n.value - last + last * 12.0
        } else {
            n.value * 12.0
        };
        n.end += 1;
    }
    Some(n)
}

/// "two hundred point zero three", "nine point nought four", "nought point eleven": digits in
/// words after "point".
fn point_decimals(s: &str, toks: &[Tok], n: &mut Number) {
    if word(s, toks, n.end).as_deref() != Some("point") || n.value.fract() != 0.0 {
        return;
    }
    let mut digits = String::new();
    let mut k = n.end + 1;
    while let Some(w) = word(s, toks, k) {
        match unit_word(&w).or(
            if matches!(w.as_ref(), "zero" | "nought" | "naught" | "oh") {
                Some(0.0)
            } else {
                None
            },
        ) {
            Some(d) if d < 10.0 => digits.push(char::from(b'0' + d as u8)),
            // "point seventy-one", "point eleven": the last group, read as written.
            Some(d) => {
                digits.push_str(&(d as u32).to_string());
                k += 1;
                break;
            }
            None => match tens_word(&w) {
                Some(t) => {
                    let mut v = t as u32;
                    let j = if is_sym(s, toks, k + 1, "-") {
                        k + 2
                    } else {
                        k + 1
                    };
                    if let Some(u) = word(s, toks, j)
                        .and_then(|x| unit_word(&x))
                        .filter(|&u| u < 10.0)
                    {
                        v += u as u32;
                        k = j;
                    }
                    digits.push_str(&v.to_string());
                    k += 1;
                    break;
                }
                None => break,
            },
        }
        k += 1;
    }
    if digits.is_empty() {
        return;
    }
    if let Some(frac) = parse_digits(&format!("0.{digits}")) {
        n.value += frac.copysign(if n.value < 0.0 { -1.0 } else { 1.0 });
        n.end = k;
        n.decimal = true;
    }
}

/// "one and a half", "five and a quarter", "twenty and three fifths", "one hundred and three
/// quarters": a whole number and a fraction.
fn mixed_fraction(s: &str, toks: &[Tok], n: &mut Number) {
    if word(s, toks, n.end).as_deref() != Some("and") || n.value.fract() != 0.0 {
        return;
    }
    let k = n.end + 1;
    let Some((num, at)) = numerator_at(s, toks, k) else {
        return;
    };
    let den = match word(s, toks, at).as_deref() {
        Some("half") if num == 1.0 => 2.0,
        Some("quarter") if num == 1.0 => 4.0,
        Some("quarters") if num > 1.0 => 4.0,
        Some(w) => match (ordinal_word(w), plural_ordinal(w)) {
            (Some(d), _) if num == 1.0 && d >= 3.0 => d,
            (_, Some(d)) if num > 1.0 => d,
            _ => return,
        },
        None => return,
    };
    if num >= den {
        return;
    }
    let frac = num / den;
    let mut end = at + 1;
    // A scale after the fraction: "two and a half million" (the whole is scaled), "one billion and a
    // half million" (the fraction only). Without one, the fraction is of the whole number's last
    // large scale: "one million and a half", "five billion and three quarters".
    let own =
        word(s, toks, end).and_then(|w| scale_word(&w).filter(|&x| x >= 100.0 && w.len() > 2));
    let last = word(s, toks, n.end - 1).and_then(|w| scale_word(&w).filter(|&x| x >= 1e3));
    match (own, last) {
        (Some(x), Some(_)) => n.value += frac * x,
        (Some(x), None) => n.value = (n.value + frac) * x,
        (None, Some(x)) => n.value += frac * x,
        (None, None) => n.value += frac,
    }
    if own.is_some() {
        end += 1;
    }
    n.end = end;
}

/// The numerator of a fraction after "and" in a mixed number, and where it ends: "a", "one",
/// "three", "fifty-four" (below a hundred, so "and two hundred thousandths" is no numerator).
pub fn numerator_at(s: &str, toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let w = word(s, toks, k)?;
    if matches!(w.as_ref(), "a" | "an") {
        return Some((1.0, k + 1));
    }
    if let Some(u) = unit_word(&w) {
        return Some((u, k + 1));
    }
    let tens = tens_word(&w)?;
    let glued = |j: usize| toks.get(j).is_some_and(|t| !t.space);
    if is_sym(s, toks, k + 1, "-") && glued(k + 1) && glued(k + 2) {
        if let Some(u) = word(s, toks, k + 2)
            .and_then(|u| unit_word(&u))
            .filter(|&u| u < 10.0)
        {
            return Some((tens + u, k + 3));
        }
    }
    Some((tens, k + 1))
}

/// Denominators in the plural: "thirds", "fifths", "twenty-firsts" is left out.
pub fn plural_ordinal(w: &str) -> Option<f64> {
    let one = w.strip_suffix('s')?;
    ordinal_word(one).filter(|&d| d >= 3.0)
}

fn number_core(s: &str, toks: &[Tok], i: usize) -> Option<Number> {
    let t = toks.get(i)?;
    if t.kind == T::Sym {
        let v = match t.text(s) {
            "\u{bd}" => 0.5,
            "\u{bc}" => 0.25,
            "\u{be}" => 0.75,
            "\u{2153}" => 1.0 / 3.0,
            "\u{2154}" => 2.0 / 3.0,
            "\u{2155}" => 0.2,
            "\u{2159}" => 1.0 / 6.0,
            "\u{215b}" => 0.125,
            _ => return None,
        };
        return Some(Number {
            value: v,
            start: i,
            end: i + 1,
            words: false,
            ordinal: false,
            decimal: true,
        });
    }
    // "minus 5", "negative one", "minus-5".
    if t.kind == T::Word && matches!(t.text(s).to_ascii_lowercase().deref(), "minus" | "negative") {
        let hyphen = toks
            .get(i + 1)
            .is_some_and(|h| h.kind == T::Sym && h.text(s) == "-" && !h.space)
            && toks
                .get(i + 2)
                .is_some_and(|n| n.kind == T::Num && !n.space);
        let at = if hyphen { i + 2 } else { i + 1 };
        let mut n = number_at(s, toks, at).filter(|n| !n.ordinal)?;
        n.value = -n.value;
        n.start = i;
        return Some(n);
    }
    if t.kind == T::Num {
        let text = t.text(s);
        let value = parse_digits(text)?;
        let mut n = Number {
            value,
            start: i,
            end: i + 1,
            words: false,
            ordinal: false,
            decimal: text.contains('.'),
        };
        if let Some((v, end)) = power(s, toks, i, value) {
            n.value = v;
            n.end = end;
            n.decimal = true;
            return Some(n);
        }
        if let Some((v, end)) = digit_fraction(s, toks, i) {
            n.value = v;
            n.end = end;
            n.decimal = true;
            return Some(n);
        }
        // "5th", "21st", "2nd", "3rd": the suffix the number takes, so "16st" (16 stone) is no
        // rank.
        if let Some(suf) = toks.get(i + 1).filter(|x| !x.space && x.kind == T::Word) {
            if suf.text(s).eq_ignore_ascii_case(ordinal_suffix(n.value)) && !n.decimal {
                n.ordinal = true;
                n.end = i + 2;
            }
        }
        return Some(n);
    }
    words_number(s, toks, i)
}

/// The suffix that makes a whole number a rank in digits: "1st", "22nd", "13th", "103rd".
fn ordinal_suffix(v: f64) -> &'static str {
    let n = v.abs() as u64;
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

/// A fraction of a scale word: "half a million", "(a) quarter million", "half a dozen", "a
/// quarter of a million", "three quarters of a billion", "two-thirds of a million".
fn fraction_of_scale(s: &str, toks: &[Tok], i: usize) -> Option<Number> {
    let w = word(s, toks, i)?;
    let (num, at) = match w.as_ref() {
        "half" | "quarter" | "third" => (1.0, i),
        _ => numerator_at(s, toks, i)?,
    };
    // "three-quarters": the numerator may be hyphenated to its denominator.
    let at = if at > i && is_sym(s, toks, at, "-") && toks.get(at + 1).is_some_and(|t| !t.space) {
        at + 1
    } else {
        at
    };
    let den = match word(s, toks, at)?.as_ref() {
        "half" if num == 1.0 => 2.0,
        "quarter" if num == 1.0 => 4.0,
        "third" if num == 1.0 => 3.0,
        "quarters" if num > 1.0 => 4.0,
        "thirds" if num > 1.0 => 3.0,
        _ => return None,
    };
    if num >= den {
        return None;
    }
    let mut k = at + 1;
    let of = word(s, toks, k).as_deref() == Some("of");
    k += usize::from(of);
    let article = word(s, toks, k).as_deref() == Some("a");
    k += usize::from(article);
    // "a third of a million" needs its "of": "a third million" is an ordinal of millions.
    if den == 3.0 && !of {
        return None;
    }
    let scale = word(s, toks, k).and_then(|x| {
        if x == "dozen" {
            return Some(12.0);
        }
        scale_word(&x).filter(|_| x.len() > 2)
    })?;
    Some(Number {
        value: num / den * scale,
        start: i,
        end: k + 1,
        words: true,
        ordinal: false,
        decimal: false,
    })
}

/// A number in words: "twenty-seven", "two hundred and fifty thousand", "a dozen", "fifth", "twenty-first".
fn words_number(s: &str, toks: &[Tok], i: usize) -> Option<Number> {
    let w = word(s, toks, i)?;
    // "half a million", "a quarter million", "half million".
    if let Some(n) = fraction_of_scale(s, toks, i) {
        return Some(n);
    }
    // "a dozen", "a hundred", "a thousand", "a million": the article counts as one.
    if w == "a" || w == "an" {
        let next = word(s, toks, i + 1)?;
        if next == "dozen" {
            return Some(Number {
                value: 12.0,
                start: i,
                end: i + 2,
                words: true,
                ordinal: false,
                decimal: false,
            });
        }
        if let Some(scale) = scale_word(&next).filter(|&x| x >= 100.0 && next.len() > 2) {
            let mut n = Number {
                value: scale,
                start: i,
                end: i + 2,
                words: true,
                ordinal: false,
                decimal: false,
            };
            extend_scales(s, toks, &mut n);
            return Some(n);
        }
        return None;
    }
    // "zero point zero eight": zero starts a decimal in words.
    if w == "zero" && word(s, toks, i + 1).as_deref() == Some("point") {
        return Some(Number {
            value: 0.0,
            start: i,
            end: i + 1,
            words: true,
            ordinal: false,
            decimal: false,
        });
    }
    if w == "dozen" {
        return Some(Number {
            value: 12.0,
            start: i,
            end: i + 1,
            words: true,
            ordinal: false,
            decimal: false,
        });
    }
    if let Some(o) = ordinal_word(&w) {
        return Some(Number {
            value: o,
            start: i,
            end: i + 1,
            words: true,
            ordinal: true,
            decimal: false,
        });
    }
    let mut total = 0.0;
    let mut current;
    let mut j;
    if let Some(v) = tens_word(&w) {
        current = v;
        j = i + 1;
        // "twenty-seven", "twenty seven", "twenty-first".
        let k = if is_sym(s, toks, j, "-") { j + 1 } else { j };
        if let Some(next) = word(s, toks, k) {
            if let Some(u) = unit_word(&next).filter(|&u| u < 10.0) {
                current += u;
                j = k + 1;
            } else if let Some(o) = ordinal_word(&next).filter(|&o| o < 10.0) {
                return Some(Number {
                    value: current + o,
                    start: i,
                    end: k + 1,
                    words: true,
                    ordinal: true,
                    decimal: false,
                });
            }
        }
    } else if let Some(v) = unit_word(&w) {
        current = v;
        j = i + 1;
    } else {
        return None;
    }
    // "two hundred (and) fifty (thousand)".
    while let Some(next) = word(s, toks, j) {
        // "two hundredth", "three millionth": an ordinal of the whole.
        if let Some(x) = ordinal_word(&next).filter(|&x| x >= 100.0) {
            return Some(Number {
                value: (total + current) * x,
                start: i,
                end: j + 1,
                words: true,
                ordinal: true,
                decimal: false,
            });
        }
        if next == "hundred" {
            current *= 100.0;
            j += 1;
            let k = if word(s, toks, j).as_deref() == Some("and") {
                j + 1
            } else {
                j
            };
            // "one hundred and three quarters", "two hundred and fifty-four hundredths" are a
            // hundred and a fraction: leave them to `mixed_fraction`.
            let fraction_follows = k > j
                && numerator_at(s, toks, k).is_some_and(|(v, e)| {
                    word(s, toks, e).is_some_and(|d| {
                        d == "quarters" || plural_ordinal(&d).is_some_and(|d| v < d)
                    })
                });
            if let Some(n2) = word(s, toks, k).filter(|_| !fraction_follows) {
                let ordinal = |value: f64, end: usize| Number {
                    value,
                    start: i,
                    end,
                    words: true,
                    ordinal: true,
                    decimal: false,
                };
                if let Some(t) = tens_word(&n2) {
                    current += t;
                    j = k + 1;
                    let k2 = if is_sym(s, toks, j, "-") { j + 1 } else { j };
                    if let Some(u) = word(s, toks, k2)
                        .and_then(|x| unit_word(&x))
                        .filter(|&u| u < 10.0)
                    {
                        current += u;
                        j = k2 + 1;
                    } else if let Some(o) = word(s, toks, k2)
                        .and_then(|x| ordinal_word(&x))
                        .filter(|&o| o < 10.0)
                    {
                        // "one hundred twenty-fifth".
                        return Some(ordinal(total + current + o, k2 + 1));
                    }
                } else if let Some(o) = ordinal_word(&n2).filter(|&o| o < 100.0) {
                    // "one hundred and first", "three hundred twentieth".
                    return Some(ordinal(total + current + o, k + 1));
                } else if let Some(u) = unit_word(&n2) {
                    current += u;
                    j = k + 1;
                }
            }
        } else if let Some(scale) = scale_word(&next).filter(|&x| x >= 1000.0 && next.len() > 2) {
            total += current * scale;
            current = 0.0;
            j += 1;
            let k = if word(s, toks, j).as_deref() == Some("and") {
                j + 1
            } else {
                j
            };
            let fraction_follows = word(s, toks, k + 1).is_some_and(|d| {
                matches!(d.as_ref(), "half" | "quarter" | "quarters")
                    || plural_ordinal(&d).is_some()
            });
            match word(s, toks, k)
                .filter(|_| !fraction_follows)
                .and_then(|x| unit_word(&x).or_else(|| tens_word(&x)))
            {
                Some(v) if scale > 1.0 => {
                    current = v;
                    j = k + 1;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    Some(Number {
        value: total + current,
        start: i,
        end: j,
        words: true,
        ordinal: false,
        decimal: false,
    })
}

/// Multiplies by scale words that follow a "a hundred"/"a thousand": "a hundred thousand".
fn extend_scales(s: &str, toks: &[Tok], n: &mut Number) {
    while let Some(w) = word(s, toks, n.end) {
        match scale_word(&w).filter(|&x| x >= 1000.0 && w.len() > 2) {
            Some(x) => {
                n.value *= x;
                n.end += 1;
            }
            None => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::tokens;
    use super::*;

    fn read(text: &str) -> Option<(f64, String, bool)> {
        let toks = tokens(text);
        let n = number_at(text, &toks, 0)?;
        Some((
            n.value,
            text[toks[n.start].start..toks[n.end - 1].end].to_owned(),
            n.ordinal,
        ))
    }

    #[test]
    fn numbers_in_digits_and_words() {
        for (text, value, span, ordinal) in [
            ("20,000 people", 20000.0, "20,000", false),
            ("1.13 m", 1.13, "1.13", false),
            ("twenty-seven people", 27.0, "twenty-seven", false),
            ("twenty seven", 27.0, "twenty seven", false),
            (
                "two hundred and fifty people",
                250.0,
                "two hundred and fifty",
                false,
            ),
            (
                "three hundred thousand",
                300000.0,
                "three hundred thousand",
                false,
            ),
            (
                "two million five hundred",
                2000500.0,
                "two million five hundred",
                false,
            ),
            ("a dozen eggs", 12.0, "a dozen", false),
            ("a hundred thousand", 100000.0, "a hundred thousand", false),
            ("fifth smuggler", 5.0, "fifth", true),
            ("twenty-first century", 21.0, "twenty-first", true),
            ("21st century", 21.0, "21st", true),
            ("Six minutes", 6.0, "Six", false),
            ("nineteen", 19.0, "nineteen", false),
            ("2^10 bytes", 1024.0, "2^10", false),
            ("2.5^-1", 0.4, "2.5^-1", false),
            // Mixed numbers, dozens, decimals in words, and a scale over a mixed number.
            ("one and a half years", 1.5, "one and a half", false),
            (
                "one hundred and three quarters",
                100.75,
                "one hundred and three quarters",
                false,
            ),
            (
                "twenty and three fifths",
                20.6,
                "twenty and three fifths",
                false,
            ),
            (
                "two and a half million",
                2.5e6,
                "two and a half million",
                false,
            ),
            ("three dozen eggs", 36.0, "three dozen", false),
            ("half a dozen eggs", 6.0, "half a dozen", false),
            ("two point five", 2.5, "two point five", false),
            (
                "nine point nought four",
                9.04,
                "nine point nought four",
                false,
            ),
            (
                "minus five point five",
                -5.5,
                "minus five point five",
                false,
            ),
            // Compound ordinals.
            (
                "one hundred twenty-fifth",
                125.0,
                "one hundred twenty-fifth",
                true,
            ),
            ("two hundredth", 200.0, "two hundredth", true),
            (
                "one hundred and first",
                101.0,
                "one hundred and first",
                true,
            ),
        ] {
            assert_eq!(
                read(text),
                Some((value, span.to_owned(), ordinal)),
                "{text}"
            );
        }
    }

    #[test]
    fn words_that_are_not_numbers() {
        for text in ["a man", "an apple", "none", "people", "-5", "seconds"] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
