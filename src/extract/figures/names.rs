//! Numbers that are no figures: inside names and labels ("Channel 4", "G8", "F-35"), identifiers ("page 5", "flight 370"), web addresses, and number words that are not amounts ("one of the").

use super::*;
use crate::extract::lexicon;

/// Byte spans of web addresses ("https://example.com/?q=30%25", "www.flag.govt.nz"): their digits
/// are no figures.
pub(super) fn web_addresses(low: &str) -> Vec<(usize, usize)> {
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

pub(super) fn is_all_caps(cx: &Cx, i: usize) -> bool {
    let w = cx.raw(i);
    w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase())
}

/// Whether a number written as a word is a figure here: "one of the", "no one", "this one", "one or
/// more" and a sentence's opening "One" (a determiner, "One poster wrote") are not; capitalised
/// number words mid-sentence are names ("BBC Two").
pub(super) fn keep_word_number(cx: &Cx, a: &Amount) -> bool {
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
pub(super) fn in_name(cx: &Cx, a: &Amount) -> bool {
    let i = a.num.start;
    if a.num.words || a.num.decimal || i == 0 || a.currency.is_some() {
        return false;
    }
    let prev = i - 1;
    if model_number(cx, a, prev) {
        return true;
    }
    // A possessive owns a count of things, "the UK's 650 MPs", "McDonald's 500 restaurants", and
    // may own a name, "Standard & Poor's 500".
    let possessive = ["'s", "\u{2019}s"]
        .iter()
        .any(|p| cx.raw(prev).ends_with(p));
    if possessive && cx.w(a.end).is_some_and(|w| lexicon::is_plural_noun(&w)) {
        return false;
    }
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

/// Whether a number as written could be a product's: three or more digits and nothing else ("717",
/// but not "1,000" or "7.5").
pub(super) fn product_digits(s: &str) -> bool {
    s.len() >= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a figure of `s` is a bare whole number of three or more digits with nothing after it
/// that it counts: such a number may be a product's name (`extract_claims` drops it when the article
/// names a product by it elsewhere). What it counts may come after a capitalised word that
/// qualifies it: "300 Labour members".
pub fn bare_number(f: &Figure, s: &str) -> bool {
    let mut words = s[f.end..].split_whitespace();
    let plural = |w: Option<&str>| {
        w.map(|w| w.trim_matches(|ch: char| !ch.is_alphabetic()))
            .is_some_and(|w| {
                !w.contains(['\'', '\u{2019}']) && lexicon::is_plural_noun(&w.to_ascii_lowercase())
            })
    };
    let first = words.next();
    let qualifier = first.is_some_and(|w| w.starts_with(|ch: char| ch.is_uppercase()));
    let counts = plural(first) || qualifier && plural(words.next());
    f.kind == Kind::Count
        && f.unit.is_none()
        && f.qualifier == Qualifier::Exact
        && product_digits(&s[f.start..f.end])
        && !counts
}

/// A model or product number, a name rather than a count: a bare whole number of three or more
/// digits after "a" ("a 717"), where a count would be plural and take no article ("a 100 people"
/// is no English), after an ordinal with no noun following ("its first 787 in 2011"), before a
/// singular noun of products ("the 737 fleet"), or with a possessive or plural "s" ("the 787's
/// wings", "5,700 737s"). Units, scales and currencies make an amount, and so do digit groups ("a
/// 1,000-strong crowd" has its hyphen).
fn model_number(cx: &Cx, a: &Amount, prev: usize) -> bool {
    let bare = a.unit.is_none() && !a.scaled && product_digits(cx.raw(a.num.start));
    let after_hyphen = cx.sym(a.end, "-");
    let lead = cx.w(prev).unwrap_or_default();
    // After an ordinal, only where no noun follows: "its first 787 in 2011", but "the first 500
    // people".
    let no_noun = cx
        .w(a.end)
        .is_none_or(|w| lexicon::FUNCTION_WORDS.contains(&w.deref()));
    // Before a singular noun of products, whatever the article: "the 737 fleet", "its 500
    // series"; a count would take the plural ("the 737 planes").
    let product = matches!(
        cx.w(a.end).as_deref(),
        Some(
            "fleet"
                | "model"
                | "series"
                | "variant"
                | "family"
                | "airliner"
                | "jetliner"
                | "prototype"
                | "platform"
        )
    );
    // A possessive, "the 787's fuselage", or a plural, "5,700 737s": a count takes neither (a
    // decade, "the 1990s", is read as dates before this).
    let possessive = (cx.sym(a.end, "'") || cx.sym(a.end, "\u{2019}"))
        && cx.glued(a.end)
        && cx.glued(a.end + 1)
        && cx.w(a.end + 1).as_deref() == Some("s")
        || cx.glued(a.end) && cx.w(a.end).as_deref() == Some("s");
    bare && !after_hyphen
        && (matches!(lead.deref(), "a" | "an")
            || ordinal_word(&lead).is_some() && no_noun
            || product
            || possessive
            || titled(cx, a.end))
}

/// Whether one capitalised word at `k` names a product with the number before it: then the phrase
/// ends, or a function word or a verb's auxiliary comes ("the 737 Max was grounded", "the 787
/// Dreamliner will"). The capitalised word of a count qualifies a plural noun ("300 Labour
/// members", "500 British troops") or is one ("200 Palestinians").
fn titled(cx: &Cx, k: usize) -> bool {
    let small = |w: &str| {
        lexicon::FUNCTION_WORDS.contains(&w)
            || lexicon::MODALS.contains(&w)
            || matches!(
                w,
                "is" | "was" | "were" | "has" | "had" | "have" | "does" | "did"
            )
    };
    let Some(w) = cx.w(k) else { return false };
    let closes = cx.ends_phrase(k + 1) || cx.w(k + 1).is_some_and(|n| small(&n));
    // The capitalised word is itself no small word: "up to 700 Should not" is a sentence.
    cx.capitalised(k)
        && !small(&w)
        && !is_all_caps(cx, k)
        && !is_month_token(cx, k)
        && !lexicon::is_plural_noun(&w)
        && closes
}

/// Common words that begin sentences before a number.
pub(super) static COMMON_STARTS: Words = Words::new(&[
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
pub(super) fn label(cx: &Cx, i: usize) -> Option<usize> {
    let t = cx.toks.get(i)?;
    // "5G", "4G", "3D": a digit with a capital G or D glued after it names a network or a kind of
    // image, and counts nothing.
    if t.kind == T::Num
        && t.end - t.start == 1
        && matches!(cx.raw(i + 1), "G" | "D")
        && cx.glued(i + 1)
        && cx
            .toks
            .get(i + 2)
            .is_none_or(|n| n.space || n.kind == T::Sym)
    {
        return Some(i + 2);
    }
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
                || w == "x" && cx.raw(i + 2) == "10" && cx.sym(i + 3, "^")
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
/// 101", "police posts 542 and 543", "call 999 or 111". The whole run of them is skipped.
pub(super) fn identifier(cx: &Cx, i: usize) -> Option<usize> {
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
            | "junction"
            | "junctions"
            | "exit"
            | "terminal"
            | "ward"
            | "episode"
            | "verse"
            | "lane"
            | "pier"
            | "hangar"
            | "stage"
            | "level"
            | "phase"
            | "tier"
            | "grade"
            | "category"
            | "type"
            | "call"
            | "dial"
            | "ring"
            | "phone"
            | "text"
    );
    if !naming {
        return None;
    }
    // Not when a sign, a scale or a unit makes it a quantity: "page 5%", "flights 2 million", "sea
    // level 3 metres higher".
    let mut end = i + 1;
    let punctuation = |k: usize| matches!(cx.raw(k), "." | "," | ";" | ":" | ")" | "!" | "?");
    if cx.toks.get(end).is_some_and(|t| !t.space) && !punctuation(end)
        || cx
            .w(end)
            .is_some_and(|w| scale_word(&w).is_some() || unit_word(&w).is_some())
    {
        return None;
    }
    // Nouns that are also verbs name things only in a list or at the end of a clause: "police
    // posts 542 and 543", but "the firm posts 500 job cuts".
    // "Call 999 or 111", but "call 50 people".
    let verb_too = matches!(
        noun.deref(),
        "post" | "posts" | "seat" | "exit" | "call" | "dial" | "ring" | "phone" | "text"
    );
    let list_or_end = cx.toks.get(end).is_none_or(|_| punctuation(end))
        || (matches!(cx.w(end).as_deref(), Some("and" | "or")) && whole(end + 1));
    if verb_too && !list_or_end {
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

/// Words that end the name of a street.
const STREET_WORDS: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "drive",
    "way",
    "square",
    "place",
    "terrace",
    "crescent",
    "close",
    "boulevard",
    "gardens",
    "row",
];

/// A house number before its street: "10 Downing Street", "221 Baker Street". The number and the
/// street's name are skipped.
pub(super) fn address(cx: &Cx, i: usize) -> Option<usize> {
    let t = cx.toks.get(i).filter(|t| t.kind == T::Num)?;
    if t.end - t.start > 4 || cx.raw(i).contains(['.', ',', ':']) || !cx.capitalised(i + 1) {
        return None;
    }
    (i + 1..i + 4)
        .take_while(|&k| cx.capitalised(k))
        .find(|&k| cx.w(k).is_some_and(|w| STREET_WORDS.contains(&w.deref())))
        .map(|k| k + 1)
}
