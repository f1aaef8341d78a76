//! Tokens and sentences: the text cut into words, numbers and symbols with their byte spans, and
//! into sentences that survive "Mr.", "U.S.", "8.32am", "£1.5m." and quotation marks.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    /// Letters, with inner apostrophes ("don't", "Britain's").
    Word,
    /// Digits, with inner thousands separators, a decimal point or a clock colon ("20,000", "1.13", "16:08").
    Num,
    /// Any other single character that is not a space.
    Sym,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub kind: T,
    pub start: usize,
    pub end: usize,
    /// Whether whitespace separates this token from the one before.
    pub space: bool,
}

impl Tok {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }

    /// Whether this is a word that begins with a capital letter.
    #[inline]
    pub fn is_capitalised(&self, s: &str) -> bool {
        // Asked of nearly every word by attribution: ASCII is answered from the byte.
        self.kind == T::Word
            && match s.as_bytes().get(self.start) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.text(s).chars().next().is_some_and(char::is_uppercase),
            }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The character at byte `i` (a character boundary), decoded only when it is not ASCII.
fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes()[i] {
        b if b < 0x80 => char::from(b),
        _ => s[i..].chars().next().unwrap_or(' '),
    }
}

/// Cuts `s` into tokens.
pub fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(s.len() / 4);
    let b = s.as_bytes();
    let mut i = 0;
    let mut space = true;
    while i < s.len() {
        let c = char_at(s, i);
        let w = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            i += w;
            continue;
        }
        let start = i;
        let kind = if c.is_alphabetic() {
            i += w;
            while i < s.len() {
                // Most letters are ASCII: no decoding for them.
                if b[i].is_ascii_alphabetic() {
                    i += 1;
                    continue;
                }
                // Any other ASCII byte but an apostrophe ends the word: no decoding for it.
                if b[i] < 0x80 && b[i] != b'\'' {
                    break;
                }
                // A letter, or an apostrophe inside a word ("don't").
                let d = char_at(s, i);
                let inside = d.is_alphabetic()
                    || is_apostrophe(d)
                        && s[i + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic);
                if !inside {
                    break;
                }
                i += d.len_utf8();
            }
            T::Word
        } else if c.is_ascii_digit()
            || (c == '.' && space && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            // A number, or a leading-point decimal such as ".08" after a space.
            i += 1;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    i += 1;
                } else if (b[i] == b',' || b[i] == b'.')
                    && i + 1 < b.len()
                    && b[i + 1].is_ascii_digit()
                {
                    // "20,000" and "1.13"; a comma must be followed by exactly three digits, or
                    // by the two-digit groups of Indian numbering that end in three ("12,34,567").
                    if b[i] == b',' {
                        let run = b[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
                        if run != 3 && !(run == 2 && indian_groups(b, start, i)) {
                            break;
                        }
                    }
                    i += 1;
                } else if b[i] == b':'
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_digit)
                    && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
                {
                    i += 3;
                } else if let Some(w) = group_space(s, start, i) {
                    // Thousands grouped by spaces: "1 234 567", "40\u{202f}000".
                    i += w + 3;
                } else if (b[i] == b'e' || b[i] == b'E')
                    && (b.get(i + 1).is_some_and(u8::is_ascii_digit)
                        || (matches!(b.get(i + 1), Some(b'+' | b'-'))
                            && b.get(i + 2).is_some_and(u8::is_ascii_digit)))
                    && !b[start..i].contains(&b',')
                    && !b[start..i].contains(&b':')
                {
                    // Scientific notation: "1e10", "12.32e+14".
                    i += 2;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            T::Num
        } else {
            i += w;
            T::Sym
        };
        out.push(Tok {
            kind,
            start,
            end: i,
            space,
        });
        space = false;
    }
    out
}

/// Whether the comma at `i` begins Indian digit groups: ",dd" groups ending in ",ddd", after a
/// first group of one or two digits ("1,00,000", "12,34,567.89").
fn indian_groups(b: &[u8], start: usize, i: usize) -> bool {
    let first = &b[start..i];
    if first.contains(&b',') {
        // Within a number already read as Indian groups.
        return true;
    }
    if first.is_empty() || first.len() > 2 || !first.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut k = i;
    loop {
        let run = b[k + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        match (b.get(k + 1 + run), run) {
            (Some(b','), 2) => k += 1 + run,
            (next, 3) => return next != Some(&b','),
            _ => return false,
        }
    }
}

/// The width of a thousands-group separator at `i` ("1 234", "40\u{202f}000"), when three digits
/// and then no further digit follow, and the digits before are a group of one to three.
fn group_space(s: &str, start: usize, i: usize) -> Option<usize> {
    let c = s[i..].chars().next()?;
    if !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
        return None;
    }
    let w = c.len_utf8();
    let b = s.as_bytes();
    let digits_after = b[i + w..].iter().take_while(|d| d.is_ascii_digit()).count();
    let group_before = s[start..i]
        .rsplit([' ', '\u{a0}', '\u{202f}', '\u{2009}'])
        .next()
        .map_or(0, |g| g.len());
    let plain_group_ok = s[start..i]
        .bytes()
        .all(|d| d.is_ascii_digit() || d == b' ' || d >= 0x80);
    let next = b.get(i + w + 3).copied();
    (digits_after == 3
        && (1..=3).contains(&group_before)
        && plain_group_ok
        // "1 234.5" is no grouping to trust, but a full stop may end the sentence: "is 1 414 021 100."
        && !(matches!(next, Some(b'.' | b','))
            && b.get(i + w + 4).is_some_and(u8::is_ascii_digit))
        || digits_after == 3 && c != ' ' && (1..=3).contains(&group_before))
    .then_some(w)
}

/// Words after which a full stop does not end a sentence, in lower case (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "rev",
    "hon", "gov", "sen", "rep", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
    "fig", "vol", "mt", "ft",
];

/// Sentence spans (byte ranges) of a paragraph.
pub fn sentences(s: &str) -> Vec<(usize, usize)> {
    sentences_in(s, &tokens(s))
}

/// [`sentences`] of a paragraph already cut into `toks`.
pub fn sentences_in(s: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        // Only a symbol ends a sentence: words and numbers, most tokens, are passed over unread.
        if t.kind != T::Sym {
            i += 1;
            continue;
        }
        let c = t.text(s);
        let ends = matches!(c, "." | "!" | "?") || c == "\u{2026}";
        if !ends {
            i += 1;
            continue;
        }
        // Absorb closing quotes and brackets, and runs such as "..." or "?!".
        let mut j = i + 1;
        while j < toks.len()
            && !toks[j].space
            && (is_closer(toks[j].text(s))
                // An opening mark written as the closing one: "done.\u{201c} Then".
                || toks[j].text(s) == "\u{201c}" && toks.get(j + 1).is_none_or(|n| n.space))
        {
            j += 1;
        }
        let next = toks.get(j);
        let prev = if i > 0 { Some(toks[i - 1]) } else { None };
        let mut boundary = match next {
            None => true,
            Some(n) => n.space && starts_sentence(n.text(s)),
        };
        if c == "." {
            if let Some(p) = prev.filter(|p| !t.space && p.kind == T::Word) {
                let w = p.text(s);
                // "Mr." and "Dr.", and initials such as the "S" of "U.S." or "J." in "J. Smith".
                let initial =
                    p.text(s).chars().count() == 1 && p.text(s).chars().all(char::is_uppercase);
                if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
                    || (initial
                        && next.is_some_and(|n| {
                            n.kind == T::Word
                                && n.text(s).chars().next().is_some_and(char::is_uppercase)
                                && !is_common_start(n.text(s))
                        }))
                {
                    boundary = false;
                }
            }
        }
        if boundary {
            let end = toks[j - 1].end;
            out.push((start, end));
            start = next.map_or(s.len(), |n| n.start);
        }
        i = j;
    }
    if start < s.len() && !s[start..].trim().is_empty() {
        out.push((start, s.trim_end().len().max(start)));
    }
    out
}

fn is_closer(t: &str) -> bool {
    matches!(
        t,
        "\"" | "\u{201d}" | "\u{2019}" | "'" | ")" | "]" | "." | "!" | "?" | "\u{2026}"
    )
}

fn starts_sentence(t: &str) -> bool {
    let c = t.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[' | '£' | '$' | '€'
        )
}

/// Capitalised words that usually begin a new sentence rather than follow an initial.
fn is_common_start(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "This"
            | "That"
            | "There"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokens(s).iter().map(|t| t.text(s)).collect()
    }

    fn split(s: &str) -> Vec<&str> {
        sentences(s).iter().map(|&(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn tokens_keep_numbers_whole() {
        assert_eq!(
            words("£20,000.50 and 1.13bn at 16:08, 8.32am"),
            [
                "£",
                "20,000.50",
                "and",
                "1.13",
                "bn",
                "at",
                "16:08",
                ",",
                "8.32",
                "am"
            ]
        );
        assert_eq!(
            words("12,34,567.89 and 1,00,000"),
            ["12,34,567.89", "and", "1,00,000"]
        );
        assert_eq!(
            words("1,2 and 2,0000 don't"),
            ["1", ",", "2", "and", "2", ",", "0000", "don't"]
        );
        assert_eq!(
            words("twenty-seven Britain’s"),
            ["twenty", "-", "seven", "Britain’s"]
        );
    }

    #[test]
    fn sentences_survive_abbreviations_decimals_and_quotes() {
        for (text, want) in [
            (
                "Mr. Foster said 20. Then he left.",
                vec!["Mr. Foster said 20.", "Then he left."],
            ),
            (
                "The U.S. Army spent £1.5m. It was late.",
                vec!["The U.S. Army spent £1.5m.", "It was late."],
            ),
            (
                "See 8.32am. Dr. Who came.",
                vec!["See 8.32am.", "Dr. Who came."],
            ),
            (
                "\"It is over.\" He left.",
                vec!["\"It is over.\"", "He left."],
            ),
            (
                "“We won,” she said. “Again!” Yes.",
                vec!["“We won,” she said.", "“Again!”", "Yes."],
            ),
            ("No full stop at the end", vec!["No full stop at the end"]),
            ("Wait... what? Really!", vec!["Wait... what?", "Really!"]),
            (
                "\"It is done.\u{201c} Then he left.",
                vec!["\"It is done.\u{201c}", "Then he left."],
            ),
        ] {
            assert_eq!(split(text), want, "{text}");
        }
    }
}
