//! The article as the widget works with it: claims checked against their blocks, with byte spans,
//! search text and reader-facing wording prepared once, so that filtering on each keystroke only
//! compares.
//!
//! Problems in single claims (a span past the end of its block, an unknown block) do not reject the
//! article: the claim is left out and a warning names it, so a reader still sees every good figure.

use crate::contract::article::{safe_url, Article, Claim, Direction, Kind, Qualifier, Quantity};
use crate::contract::{find, Steps};
pub use crate::view::row::Row;
use crate::view::sort::sort_indices;
use std::ops::Range;

/// An article with its claims prepared.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub article: Article,
    /// In article order: by block, then by position.
    pub rows: Vec<Row>,
    /// Claim indices of each block, in order, for marking figures in the text.
    pub by_block: Vec<Vec<usize>>,
    /// What was wrong with claims that were left out.
    pub warnings: Vec<String>,
    /// For each facet, its values in the article, sorted; rows refer to them by index.
    pub facet_values: [Vec<String>; 4],
    /// True when the claims came from the extraction core rather than the JSON.
    pub extracted: bool,
    /// Tracked claims: the mentions of one figure about one thing, and their conflicts.
    pub groups: Vec<crate::view::track::Group>,
    /// The group of each row.
    pub group_of: Vec<usize>,
    /// For a live article, how each row differs from the previous version.
    pub changes: Vec<Change>,
}

/// Several articles as one, to track figures across them: in order of publication (articles
/// without a date keep their place), each article's title becomes a heading block, block and claim
/// ids are prefixed with the article's id, and blocks without a time take the article's date.
pub fn merge_articles(mut articles: Vec<Article>) -> Article {
    if articles.len() == 1 {
        return articles.remove(0);
    }
    let mut order: Vec<usize> = (0..articles.len()).collect();
    let date = |i: usize| articles[i].published.clone().unwrap_or_default();
    sort_indices(
        &mut order,
        &|a, b| match (date(a).is_empty(), date(b).is_empty()) {
            (false, false) => date(a).cmp(&date(b)).then(a.cmp(&b)),
            _ => a.cmp(&b),
        },
    );
    let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
    let mut merged = Article {
        schema: crate::contract::article::SCHEMA_V1.into(),
        id: String::new(),
        title: String::new(),
        url: None,
        publisher: None,
        published: None,
        language: None,
        blocks: Vec::new(),
        sources: Vec::new(),
        claims: Some(Vec::new()),
    };
    let mut titles = Vec::new();
    for i in order {
        let Some(a) = slots[i].take() else { continue };
        let p = |id: &str| format!("{}/{id}", a.id);
        titles.push(a.title.clone());
        merged.id = if merged.id.is_empty() {
            a.id.clone()
        } else {
            format!("{}+{}", merged.id, a.id)
        };
        merged.blocks.push(crate::contract::article::Block {
            id: p("title"),
            text: a.title.clone(),
            kind: Some(crate::contract::article::BlockKind::Heading),
            time: a.published.clone(),
        });
        for mut b in a.blocks {
            b.id = p(&b.id);
            b.time = b.time.or_else(|| a.published.clone());
            merged.blocks.push(b);
        }
        for mut s in a.sources {
            s.id = p(&s.id);
            merged.sources.push(s);
        }
        if let (Some(all), Some(claims)) = (merged.claims.as_mut(), a.claims) {
            for mut c in claims {
                c.id = p(&c.id);
                c.block = p(&c.block);
                c.source = c.source.map(|s| p(&s));
                all.push(c);
            }
        }
        merged.published = merged.published.or(a.published);
    }
    merged.title = titles.join(" · ");
    merged
}

/// How a claim differs from the version of the article shown before (live blogs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Change {
    #[default]
    Same,
    New,
    Changed,
}

/// A document being prepared, a few claims at a time (`Steps`), so that a large article does not
/// hold a browser's main thread in one long task: `Doc::new` is the same work done at once.
pub struct Preparing {
    article: Article,
    /// The claims not yet prepared.
    claims: std::vec::IntoIter<Claim>,
    done: usize,
    /// Blocks by the hash of their id, then the id, sorted for lookups (by the one sort the widget
    /// carries, not a map): each block's hash and index.
    block_index: Vec<(u64, usize)>,
    sources: Vec<String>,
    rows: Vec<Row>,
    warnings: Vec<String>,
}

impl Preparing {
    pub fn start(mut article: Article) -> Preparing {
        let claims = article.claims.take().unwrap_or_default();
        // Sorted by a hash first, so that nearly every comparison is of two numbers: comparing
        // the ids themselves took most of the time on a large live blog.
        let ids = |i: usize| article.blocks[i].id.as_str();
        let hashes: Vec<u64> = article.blocks.iter().map(|b| id_hash(&b.id)).collect();
        let mut order: Vec<usize> = (0..article.blocks.len()).collect();
        sort_indices(&mut order, &|a, b| {
            (hashes[a], ids(a), a).cmp(&(hashes[b], ids(b), b))
        });
        let block_index: Vec<(u64, usize)> = order.iter().map(|&i| (hashes[i], i)).collect();
        let mut dups = Vec::new();
        for w in block_index.windows(2) {
            if w[0].0 == w[1].0 && ids(w[0].1) == ids(w[1].1) {
                dups.push(w[1].1);
            }
        }
        sort_indices(&mut dups, &|a, b| a.cmp(&b));
        let warnings = dups
            .into_iter()
            .map(|i| {
                format!(
                    "blocks[{i}].id: \"{}\" is used by an earlier block too",
                    ids(i)
                )
            })
            .collect();
        let sources = article.sources.iter().map(|s| s.id.clone()).collect();
        Preparing {
            rows: Vec::with_capacity(claims.len()),
            claims: claims.into_iter(),
            done: 0,
            article,
            block_index,
            sources,
            warnings,
        }
    }

    /// The document: its claims in the article's order, their facets, and what is tracked.
    pub fn finish(self) -> Doc {
        let Preparing {
            mut article,
            rows,
            warnings,
            ..
        } = self;
        let mut order: Vec<usize> = (0..rows.len()).collect();
        sort_indices(&mut order, &|a, b| {
            (rows[a].block, rows[a].span.start).cmp(&(rows[b].block, rows[b].span.start))
        });
        let mut slots: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
        let mut rows: Vec<Row> = order.iter().filter_map(|&i| slots[i].take()).collect();
        // Each facet's values, sorted and distinct: an article has thousands of claims and only a
        // few speakers, outlets and kinds, so each value is looked up among those found so far
        // rather than all of them sorted.
        let facet_values = Facet::ALL.map(|f| {
            let mut v: Vec<&str> = Vec::new();
            for x in rows.iter().filter_map(|r| f.value_of(r)) {
                if let Err(k) = v.binary_search(&x) {
                    v.insert(k, x);
                }
            }
            v.into_iter().map(str::to_owned).collect::<Vec<String>>()
        });
        for r in &mut rows {
            for f in Facet::ALL {
                let values = &facet_values[f as usize];
                r.facets[f as usize] = f
                    .value_of(r)
                    .and_then(|v| values.binary_search_by(|x| x.as_str().cmp(v)).ok())
                    .map_or(NO_VALUE, |i| i as u32);
            }
        }
        let mut by_block = vec![Vec::new(); article.blocks.len()];
        for (i, r) in rows.iter().enumerate() {
            by_block[r.block].push(i);
        }
        article.claims = None;
        let (groups, group_of) = crate::view::track::track(&rows);
        Doc {
            article,
            rows,
            by_block,
            warnings,
            facet_values,
            extracted: false,
            groups,
            group_of,
            changes: Vec::new(),
        }
    }
}

impl Steps for Preparing {
    fn step(&mut self, n: usize) -> bool {
        for claim in self.claims.by_ref().take(n) {
            let i = self.done;
            self.done += 1;
            match prepare(i, claim, &self.article, &self.block_index, &self.sources) {
                Ok(row) => self.rows.push(row),
                Err(w) => self.warnings.push(w),
            }
        }
        self.claims.len() == 0
    }

    fn done_of(&self) -> (usize, usize) {
        (self.done, self.done + self.claims.len())
    }
}

impl Doc {
    /// Prepares an article with the claims its JSON carries (none when it carries none). The widget
    /// uses this and finds missing claims with the extraction module it loads on demand, so the
    /// extraction core is not part of its Wasm.
    pub fn new(article: Article) -> Doc {
        let mut preparing = Preparing::start(article);
        preparing.step(usize::MAX);
        preparing.finish()
    }

    /// Marks each claim new or changed against the version shown before, by claim id.
    pub fn compare_with(&mut self, prev: &Doc) {
        let mut ids: Vec<usize> = (0..prev.rows.len()).collect();
        let id = |i: usize| prev.rows[i].claim.id.as_str();
        sort_indices(&mut ids, &|a, b| id(a).cmp(id(b)));
        self.changes = self
            .rows
            .iter()
            .map(
                |r| match ids.binary_search_by(|&i| id(i).cmp(r.claim.id.as_str())) {
                    Err(_) => Change::New,
                    Ok(k) => {
                        let old = &prev.rows[ids[k]].claim;
                        if old.text != r.claim.text
                            || old.quantity != r.claim.quantity
                            || old.speaker != r.claim.speaker
                        {
                            Change::Changed
                        } else {
                            Change::Same
                        }
                    }
                },
            )
            .collect();
    }

    /// How row `i` differs from the version shown before.
    pub fn change(&self, i: usize) -> Change {
        self.changes.get(i).copied().unwrap_or_default()
    }

    /// Who gives the mentions of a tracked claim, in a phrase: "the article and Gerald Darmanin".
    pub fn voices(&self, group: usize) -> String {
        // Voices are told apart by their speaker's facet id, a number: a figure a live blog repeats
        // has thousands of mentions and only a few voices, and only those few are written out.
        const UNCLEAR: u32 = NO_VALUE - 1;
        let mut voices: Vec<u32> = Vec::new();
        for &r in &self.groups[group].rows {
            let row = &self.rows[r];
            let voice = if row.claim.source_unclear() {
                UNCLEAR
            } else {
                row.facets[Facet::Speaker as usize]
            };
            if !voices.contains(&voice) {
                voices.push(voice);
            }
        }
        let names = &self.facet_values[Facet::Speaker as usize];
        let mut out = String::new();
        for (i, &voice) in voices.iter().enumerate() {
            if i > 0 {
                out.push_str(if i + 1 == voices.len() { " and " } else { ", " });
            }
            out.push_str(&match voice {
                UNCLEAR => "an unclear source".into(),
                NO_VALUE => "the article".into(),
                id => names.get(id as usize).map_or("".into(), |n| isolate(n)),
            });
        }
        out
    }

    /// The source of a claim, as the card shows it.
    pub fn source_line(&self, row: &Row) -> SourceLine {
        let c = &row.claim;
        let data = c
            .source
            .as_ref()
            .and_then(|id| self.article.sources.iter().find(|s| &s.id == id));
        let link = data.map(|s| {
            (
                s.name.clone(),
                s.url.as_deref().and_then(safe_url).map(str::to_owned),
            )
        });
        if c.source_unclear() {
            // A guess is shown as a guess, never as the source.
            let guess = c
                .speaker
                .as_ref()
                .map_or("the article itself".into(), |s| isolate(&s.name));
            return SourceLine {
                who: None,
                how: format!("Source unclear \u{2014} check the text (perhaps {guess})"),
                data: link,
                unclear: true,
            };
        }
        match &c.speaker {
            Some(sp) => {
                let mut who = isolate(&sp.name).into_owned();
                if let Some(role) = sp.role.as_deref().filter(|r| !r.is_empty()) {
                    who.push_str(", ");
                    who.push_str(&isolate(role));
                    who.push(',');
                }
                SourceLine {
                    who: Some(who),
                    how: attribution(c.cue.as_deref(), c.outlet.as_deref()),
                    data: link,
                    unclear: false,
                }
            }
            None if link.is_some() => SourceLine {
                who: None,
                how: String::new(),
                data: link,
                unclear: false,
            },
            None => SourceLine {
                who: None,
                how: "The article's own figure".into(),
                data: None,
                unclear: false,
            },
        }
    }
}

/// "Kevin Foster, immigration minister," + "told BBC Breakfast", or a data source with its link.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    pub who: Option<String>,
    pub how: String,
    /// A cited data source: its name and, when safe, its URL.
    pub data: Option<(String, Option<String>)>,
    /// Whether the source is unclear, and `how` says so with the best guess.
    pub unclear: bool,
}

impl SourceLine {
    pub fn text(&self) -> String {
        let mut s = self.who.clone().unwrap_or_default();
        if !self.how.is_empty() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&self.how);
        }
        if let Some((name, _)) = &self.data {
            if !s.is_empty() {
                s.push_str("; ");
            }
            s.push_str("data: ");
            s.push_str(name);
        }
        s
    }
}

/// The cue and the outlet as words: "told BBC Breakfast", "said in a radio interview".
fn attribution(cue: Option<&str>, outlet: Option<&str>) -> String {
    let cue = cue.filter(|c| !c.is_empty()).unwrap_or("said");
    let shown = isolate(cue);
    match outlet.filter(|o| !o.is_empty()) {
        None => shown.into_owned(),
        Some(o) if cue.ends_with("told") || cue.ends_with("wrote") => {
            format!("{shown} {}", isolate(o))
        }
        // An outlet in lower case is a kind of thing ("a radio interview"), not a name. ASCII
        // only: Unicode's case tables would cost the widget kilobytes.
        Some(o) if o.starts_with(|c: char| c.is_ascii_lowercase()) => {
            format!("{shown} in {}", isolate(o))
        }
        Some(o) => format!("{shown} on {}", isolate(o)),
    }
}

/// A block id's hash, for sorting and finding blocks by id.
fn id_hash(id: &str) -> u64 {
    crate::view::sort::hash(crate::view::sort::HASH_START, id)
}

fn prepare(
    i: usize,
    claim: Claim,
    article: &Article,
    blocks: &[(u64, usize)],
    sources: &[String],
) -> Result<Row, String> {
    // The JSON path, for a message: made only when there is one to give.
    let path = || format!("claims[{i}]");
    let wanted = (id_hash(&claim.block), claim.block.as_str());
    let found = blocks.binary_search_by(|&(h, b)| (h, article.blocks[b].id.as_str()).cmp(&wanted));
    let Some(&(_, block)) = found.ok().map(|k| &blocks[k]) else {
        return Err(format!(
            "{}.block: no block has the id \"{}\"",
            path(),
            claim.block
        ));
    };
    let text = &article.blocks[block].text;
    if claim.start >= claim.end {
        return Err(format!(
            "{}.end: {} is not after start {}",
            path(),
            claim.end,
            claim.start
        ));
    }
    let span = char_span(text, claim.start, claim.end).ok_or_else(|| {
        format!(
            "{}.end: {} is past the end of block \"{}\" ({} characters)",
            path(),
            claim.end,
            claim.block,
            text.chars().count()
        )
    })?;
    if text[span.clone()] != claim.text {
        return Err(format!(
            "{}.text: \"{}\" is not the text at {}..{} of block \"{}\" (\"{}\")",
            path(),
            claim.text,
            claim.start,
            claim.end,
            claim.block,
            &text[span]
        ));
    }
    if let Some(src) = &claim.source {
        if !sources.contains(src) {
            return Err(format!("{}.source: no source has the id \"{src}\"", path()));
        }
    }
    let q = &claim.quantity;
    if let (Some(lo), Some(hi)) = (q.low, q.high) {
        if lo > hi {
            return Err(format!(
                "{}.quantity.low: {} is above high {}",
                path(),
                format_number(lo, false),
                format_number(hi, false)
            ));
        }
    }
    let mark = find_in_sentence(&claim.sentence, &claim.text, text, span.start);
    let hay = haystack(&claim);
    let mut digits = String::from("\u{1e}");
    for v in [q.value, q.low, q.high].into_iter().flatten() {
        digits.push_str(&format_number(v, false));
        digits.push('\u{1e}');
    }
    let sort_value = q.value.or(match (q.low, q.high) {
        (Some(l), Some(h)) => Some((l + h) / 2.0),
        (l, h) => l.or(h),
    });
    Ok(Row {
        claim,
        block,
        span,
        mark,
        hay,
        digits,
        sort_value,
        facets: [NO_VALUE; 4],
    })
}

/// The byte range of characters `start..end` in `text`, or None when it runs past the end.
pub fn char_span(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    let mut idx = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let s = idx.nth(start)?;
    let e = if end == start {
        s
    } else {
        idx.nth(end - start - 1)?
    };
    Some(s..e)
}

/// Finds the figure in its sentence; when it occurs more than once, the occurrence whose place in
/// the sentence matches its place in the block.
fn find_in_sentence(sentence: &str, figure: &str, block: &str, at: usize) -> Option<Range<usize>> {
    if figure.is_empty() {
        return None;
    }
    let offset_in_block = find(block, sentence).map(|s0| at.saturating_sub(s0));
    // The occurrences, without overlaps: the one at the figure's place, else the first.
    let mut first = None;
    let mut from = 0;
    while let Some(k) = find(&sentence[from..], figure) {
        let hit = from + k;
        if Some(hit) == offset_in_block {
            return Some(hit..hit + figure.len());
        }
        first.get_or_insert(hit);
        from = hit + figure.len();
    }
    first.map(|b| b..b + figure.len())
}

fn haystack(c: &Claim) -> String {
    let mut h = String::with_capacity(c.sentence.len() + 64);
    let parts = [
        Some(c.text.as_str()),
        c.counted.as_deref(),
        c.when.as_deref(),
        c.speaker.as_ref().map(|s| s.name.as_str()),
        c.speaker.as_ref().and_then(|s| s.role.as_deref()),
        c.outlet.as_deref(),
        Some(c.sentence.as_str()),
    ];
    for p in parts.into_iter().flatten() {
        fold_into(&mut h, p);
        h.push('\u{1f}');
    }
    h
}

/// Lower-cases text for search, appending it to `out`. Letters of ASCII, Latin-1 and Latin
/// Extended-A fold, which covers the names in English-language news; other scripts are kept as they
/// are. Written by hand because the full Unicode case tables would add some 20 KB to the widget.
/// Article text made its own bidirectional isolate where it could reorder what is around it: text
/// with an explicit direction control (an override left open would reverse the widget's own words
/// after it) or with right-to-left letters is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
/// ISOLATE, with the isolates it leaves open closed first. The closing mark also ends any embedding
/// or override left open inside (Unicode bidi algorithm, rule X6a). Other text is left as it is.
pub fn isolate(s: &str) -> std::borrow::Cow<'_, str> {
    let risky = |c: char| {
        matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200f}' | '\u{61c}')
            || matches!(c, '\u{590}'..='\u{8ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
            || matches!(c, '\u{10800}'..='\u{10fff}' | '\u{1e800}'..='\u{1efff}')
    };
    if !s.chars().any(risky) {
        return s.into();
    }
    let mut open = 0usize;
    for c in s.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            '\u{2069}' => open = open.saturating_sub(1),
            _ => {}
        }
    }
    let mut out = String::with_capacity(s.len() + 3 * (open + 2));
    out.push('\u{2068}');
    out.push_str(s);
    out.extend(std::iter::repeat_n('\u{2069}', open + 1));
    out.into()
}

pub fn fold_into(out: &mut String, s: &str) {
    out.reserve(s.len());
    for c in s.chars() {
        out.push(fold_char(c));
    }
}

/// The lower-case form of one letter, for search (see `fold_into`).
pub fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 32).unwrap_or(c),
        // Latin Extended-A pairs capitals (even) with small letters (odd), with a shift after U+0138.
        '\u{100}'..='\u{137}' | '\u{14a}'..='\u{177}' if (c as u32).is_multiple_of(2) => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        '\u{139}'..='\u{148}' | '\u{179}'..='\u{17e}' if (c as u32) % 2 == 1 => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        _ => c,
    }
}

/// `s` folded for search (see `fold_into`).
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_into(&mut out, s);
    out
}

/// A number for a reader: thousands grouped (unless `group` is false, as for years), at most four
/// decimals, no trailing zeros.
pub fn format_number(v: f64, group: bool) -> String {
    if !v.is_finite() {
        return "?".into();
    }
    let neg = v < 0.0;
    let a = v.abs();
    let rounded = (a * 10_000.0).round() / 10_000.0;
    let int = rounded.trunc();
    let frac = ((rounded - int) * 10_000.0).round() as u64;
    // Whole numbers up to 2^53 are written digit by digit, several times quicker than `format!` (a
    // prepared article formats every value); past that, an integral float displays without a point.
    let mut buf = [0u8; 20];
    let big;
    let digits: &str = if int < 9e15 {
        let at = crate::contract::write_digits(&mut buf, int as u64);
        std::str::from_utf8(&buf[at..]).unwrap_or("0")
    } else {
        big = format!("{int}");
        &big
    };
    let mut out = String::with_capacity(digits.len() + 8);
    if neg {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0 {
        // Four places, without the zeros that end them.
        let mut places = [b'0'; 20];
        let at = crate::contract::write_digits(&mut places, frac);
        let written = &places[(places.len() - 4).min(at)..];
        out.push('.');
        out.push_str(
            std::str::from_utf8(written)
                .unwrap_or("")
                .trim_end_matches('0'),
        );
    }
    out
}

/// The change a figure is part of, in words: "rose by 6.5%, to 164p", "fell from $2,415 to
/// $2,315". Empty when it is part of none.
pub fn describe_change(c: &Claim) -> String {
    let Some(ch) = &c.quantity.change else {
        return String::new();
    };
    let mut out = String::from(match ch.direction {
        Direction::Up => "rose",
        Direction::Down => "fell",
    });
    let ends_at = ch.ends_at(&c.text);
    if !ends_at {
        out.push_str(" by ");
        out.push_str(&isolate(&c.text));
    }
    for (word, end) in [("from", &ch.from), ("to", &ch.to)] {
        if let Some(e) = end {
            out.push_str(if ends_at { " " } else { ", " });
            out.push_str(word);
            out.push(' ');
            out.push_str(&isolate(e));
        }
    }
    out
}

/// The value and unit in plain words: "200,000,000 GBP", "about 20,000", "2,000 to 9,000 EUR".
pub fn describe_value(q: &Quantity) -> String {
    let group = !matches!(q.kind, Kind::Date | Kind::Time);
    let num = |v: f64| format_number(v, group);
    let core = match (q.value, q.low, q.high) {
        (Some(v), _, _) if q.kind == Kind::Ordinal && v.fract() == 0.0 && v > 0.0 => {
            let n = v as u64;
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{}{suffix}", num(v))
        }
        (Some(v), _, _) => num(v),
        (None, Some(l), Some(h)) => format!("{} to {}", num(l), num(h)),
        (None, Some(l), None) => format!("{} or more", num(l)),
        (None, None, Some(h)) => format!("up to {}", num(h)),
        (None, None, None) => return q.unit.clone().unwrap_or_default(),
    };
    let unit = match q.unit.as_deref() {
        None | Some("") => String::new(),
        Some("percent") => "%".into(),
        Some("pp") => " percentage points".into(),
        Some(u) => format!(" {u}"),
    };
    let prefix = match q.qualifier {
        Qualifier::Approx => "about ",
        Qualifier::AtLeast if q.value.is_some() => "at least ",
        Qualifier::AtMost if q.value.is_some() => "at most ",
        _ => "",
    };
    format!("{prefix}{core}{unit}")
}

/// A row's id for a facet it has no value for.
pub const NO_VALUE: u32 = u32::MAX;

/// A facet: a property whose values the reader can pick, with counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Speaker,
    Outlet,
    Kind,
    Qualifier,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Speaker, Facet::Outlet, Facet::Kind, Facet::Qualifier];
    pub fn key(self) -> &'static str {
        match self {
            Facet::Speaker => "speaker",
            Facet::Outlet => "outlet",
            Facet::Kind => "kind",
            Facet::Qualifier => "qualifier",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Facet::Speaker => "Speaker",
            Facet::Outlet => "Outlet",
            Facet::Kind => "Kind",
            Facet::Qualifier => "Certainty",
        }
    }
    /// The facet's bit in a filter's set of facets.
    pub(crate) fn bit(self) -> u16 {
        match self {
            Facet::Speaker => 1 << 1,
            Facet::Outlet => 1 << 2,
            Facet::Kind => 1 << 3,
            Facet::Qualifier => 1 << 4,
        }
    }
    /// The key of a row's value for this facet, if it has one.
    pub fn value_of(self, row: &Row) -> Option<&str> {
        let c = &row.claim;
        match self {
            Facet::Speaker => c.speaker.as_ref().map(|s| s.name.as_str()),
            Facet::Outlet => c.outlet.as_deref(),
            Facet::Kind => Some(c.quantity.kind.key()),
            Facet::Qualifier => Some(c.quantity.qualifier.key()),
        }
    }
    /// How a value key reads to a reader.
    pub fn value_label(self, key: &str) -> String {
        match self {
            Facet::Kind => Kind::from_key(key)
                .map(Kind::label)
                .unwrap_or(key)
                .to_owned(),
            Facet::Qualifier => Qualifier::from_key(key)
                .map(Qualifier::title)
                .unwrap_or(key)
                .to_owned(),
            _ => key.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::article::{Block, Speaker};

    fn q(
        kind: Kind,
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        unit: Option<&str>,
        qual: Qualifier,
    ) -> Quantity {
        Quantity {
            kind,
            value,
            low,
            high,
            unit: unit.map(Into::into),
            qualifier: qual,
            change: None,
        }
    }

    #[test]
    fn a_change_is_told_in_words() {
        let change =
            |direction, from: Option<&str>, to: Option<&str>| crate::contract::article::Change {
                direction,
                from: from.map(Into::into),
                to: to.map(Into::into),
            };
        for (text, ch, want) in [
            (
                "6.5%",
                change(Direction::Up, None, Some("164p")),
                "rose by 6.5%, to 164p",
            ),
            ("3%", change(Direction::Down, None, None), "fell by 3%"),
            (
                "4.7%",
                change(Direction::Down, Some("4.8%"), None),
                "fell by 4.7%, from 4.8%",
            ),
            (
                "$2,315",
                change(Direction::Down, Some("$2,415"), Some("$2,315")),
                "fell from $2,415 to $2,315",
            ),
            (
                "164p",
                change(Direction::Up, None, Some("164p")),
                "rose to 164p",
            ),
        ] {
            let mut c = claim("p1", 0, text.chars().count(), text, text);
            c.quantity.change = Some(ch);
            assert_eq!(describe_change(&c), want, "{text}");
        }
    }

    #[test]
    fn search_folds_the_case_of_latin_letters() {
        for (s, want) in [
            ("Kevin FOSTER", "kevin foster"),
            ("ÉLYSÉE Łódź ŠKODA Œuvre Ÿ", "élysée łódź škoda œuvre Ÿ"),
            ("× ÷ £200 ß", "× ÷ £200 ß"),
            ("ДУМА", "ДУМА"),
        ] {
            assert_eq!(fold(s), want, "{s}");
        }
    }

    #[test]
    fn article_text_that_could_reorder_the_widgets_words_is_isolated() {
        let cases: &[(&str, &str)] = &[
            // Plain text is left as it is.
            ("Kevin Foster", "Kevin Foster"),
            ("Zoë Müller", "Zoë Müller"),
            // An override or an isolate left open is closed inside an isolate of its own.
            ("\u{202e}minister", "\u{2068}\u{202e}minister\u{2069}"),
            ("\u{202d}minister", "\u{2068}\u{202d}minister\u{2069}"),
            (
                "\u{2067}minister",
                "\u{2068}\u{2067}minister\u{2069}\u{2069}",
            ),
            (
                "\u{2068}a\u{2068}b",
                "\u{2068}\u{2068}a\u{2068}b\u{2069}\u{2069}\u{2069}",
            ),
            // Right-to-left letters are isolated too.
            (
                "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
                "\u{2068}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{2069}",
            ),
        ];
        for (s, want) in cases {
            assert_eq!(isolate(s), *want, "{s:?}");
        }
    }

    #[test]
    fn numbers_read_like_a_reader_writes_them() {
        for (v, group, want) in [
            (200_000_000.0, true, "200,000,000"),
            (20_000.0, true, "20,000"),
            (999.0, true, "999"),
            (1.13, true, "1.13"),
            (0.2, true, "0.2"),
            (-1500.5, true, "-1,500.5"),
            (2004.0, false, "2004"),
            (1e-9, true, "0"),
            (0.0, true, "0"),
            (0.0005, true, "0.0005"),
            (3.0405, true, "3.0405"),
            (12.05, false, "12.05"),
            (1e16, true, "10,000,000,000,000,000"),
            (f64::NAN, true, "?"),
        ] {
            assert_eq!(format_number(v, group), want);
        }
    }

    #[test]
    fn values_in_plain_words() {
        use Kind::*;
        use Qualifier::*;
        for (quantity, want) in [
            (
                q(Money, Some(2e8), None, None, Some("GBP"), Exact),
                "200,000,000 GBP",
            ),
            (
                q(Count, Some(20_000.0), None, None, None, Approx),
                "about 20,000",
            ),
            (
                q(Money, None, Some(2000.0), Some(9000.0), Some("EUR"), Vague),
                "2,000 to 9,000 EUR",
            ),
            (
                q(Percent, Some(76.0), None, None, Some("percent"), Exact),
                "76%",
            ),
            (
                q(Percent, Some(2.0), None, None, Some("pp"), AtLeast),
                "at least 2 percentage points",
            ),
            (
                q(Duration, Some(12.0), None, None, Some("hour"), Exact),
                "12 hour",
            ),
            (q(Date, Some(2004.0), None, None, None, Exact), "2004"),
            (q(Ordinal, Some(5.0), None, None, None, Exact), "5th"),
            (q(Ordinal, Some(22.0), None, None, None, Exact), "22nd"),
            (q(Ordinal, Some(113.0), None, None, None, Exact), "113th"),
            (
                q(Count, None, Some(30.0), None, None, AtLeast),
                "30 or more",
            ),
        ] {
            assert_eq!(describe_value(&quantity), want);
        }
    }

    #[test]
    fn char_spans_count_characters_not_bytes() {
        let t = "£200 – “x”";
        assert_eq!(char_span(t, 0, 4), Some(0..5));
        assert_eq!(&t[char_span(t, 7, 10).unwrap()], "“x”");
        assert_eq!(char_span(t, 0, 10), Some(0..t.len()));
        assert_eq!(char_span(t, 0, 11), None);
        assert_eq!(char_span(t, 11, 12), None);
    }

    fn article(claims: Vec<Claim>) -> Article {
        Article {
            claims: Some(claims),
            ..Article::new(
                "a",
                "T",
                vec![
                    Block {
                        id: "p1".into(),
                        text: "He said £200 million and 27 people.".into(),
                        kind: None,
                        time: None,
                    },
                    Block {
                        id: "p2".into(),
                        text: "27 and 27 again.".into(),
                        kind: None,
                        time: None,
                    },
                ],
            )
        }
    }

    fn claim(block: &str, start: usize, end: usize, text: &str, sentence: &str) -> Claim {
        let q = q(Kind::Count, Some(27.0), None, None, None, Qualifier::Exact);
        Claim::bare(
            &format!("{block}-{start}"),
            block,
            (start, end),
            text,
            sentence,
            q,
        )
    }

    #[test]
    fn bad_claims_are_left_out_with_a_warning_naming_them() {
        let doc = Doc::new(article(vec![
            claim("p1", 25, 27, "27", "He said £200 million and 27 people."),
            claim("p9", 0, 2, "27", "x"),
            claim("p1", 30, 99, "27", "x"),
            claim("p1", 0, 2, "27", "x"),
            claim("p1", 5, 5, "", "x"),
        ]));
        assert_eq!(doc.rows.len(), 1);
        assert_eq!(
            doc.warnings,
            vec![
                "claims[1].block: no block has the id \"p9\"",
                "claims[2].end: 99 is past the end of block \"p1\" (35 characters)",
                "claims[3].text: \"27\" is not the text at 0..2 of block \"p1\" (\"He\")",
                "claims[4].end: 5 is not after start 5",
            ]
        );
    }

    #[test]
    fn a_document_prepared_a_few_claims_at_a_time_is_the_one_prepared_at_once() {
        let claims = vec![
            claim("p2", 7, 9, "27", "27 and 27 again."),
            claim("p9", 0, 2, "27", "x"),
            claim("p1", 25, 27, "27", "He said £200 million and 27 people."),
            claim("p2", 0, 2, "27", "27 and 27 again."),
        ];
        let whole = Doc::new(article(claims.clone()));
        for n in [1, 2, 3, 100] {
            let mut preparing = Preparing::start(article(claims.clone()));
            let mut steps = 0;
            while !preparing.step(n) {
                steps += 1;
                assert!(preparing.done_of().0 < 4, "step {steps} of {n} claims each");
            }
            assert_eq!(preparing.done_of(), (4, 4));
            assert_eq!(steps, 3 / n, "{n} claims each");
            assert_eq!(preparing.finish(), whole, "{n} claims each");
        }
    }

    #[test]
    fn a_block_id_used_twice_is_warned_of_and_claims_still_find_their_blocks() {
        let block = |id: &str, text: &str| Block {
            id: id.into(),
            text: text.into(),
            kind: None,
            time: None,
        };
        let ids = ["p1", "p2", "p1", "p3", "p2", "p10", "p100"];
        let blocks = ids.iter().map(|id| block(id, "27 boats.")).collect();
        let claims = ["p3", "p10", "p100", "p9"]
            .iter()
            .map(|b| claim(b, 0, 2, "27", "27 boats."))
            .collect();
        let doc = Doc::new(Article {
            claims: Some(claims),
            ..Article::new("a", "T", blocks)
        });
        assert_eq!(
            doc.warnings,
            vec![
                "blocks[2].id: \"p1\" is used by an earlier block too",
                "blocks[4].id: \"p2\" is used by an earlier block too",
                "claims[3].block: no block has the id \"p9\"",
            ]
        );
        let found: Vec<usize> = doc.rows.iter().map(|r| r.block).collect();
        assert_eq!(found, vec![3, 5, 6]);
    }

    #[test]
    fn rows_are_in_article_order_and_marked_in_their_sentence() {
        let doc = Doc::new(article(vec![
            claim("p2", 7, 9, "27", "27 and 27 again."),
            claim("p1", 25, 27, "27", "He said £200 million and 27 people."),
        ]));
        assert_eq!(doc.rows[0].claim.block, "p1");
        assert_eq!(
            doc.rows[1].mark,
            Some(7..9),
            "the second 27 of its sentence"
        );
        assert_eq!(doc.by_block, vec![vec![0], vec![1]]);
        assert!(doc.rows[0].hay.contains("he said £200 million"));
    }

    #[test]
    fn source_lines_read_as_attribution() {
        let mut c = claim("p1", 25, 27, "27", "s");
        c.speaker = Some(Speaker {
            name: "Kevin Foster".into(),
            role: Some("immigration minister".into()),
        });
        c.cue = Some("told".into());
        c.outlet = Some("BBC Breakfast".into());
        let mut d = c.clone();
        d.speaker = Some(Speaker {
            name: "Gerald Darmanin".into(),
            role: None,
        });
        d.cue = Some("said".into());
        d.outlet = Some("a radio interview".into());
        let mut f = c.clone();
        f.cue = Some("said".into());
        f.outlet = Some("Sky News".into());
        let e = claim("p1", 25, 27, "27", "s");
        let doc = Doc::new(article(vec![c, d, f, e]));
        let lines: Vec<String> = doc.rows.iter().map(|r| doc.source_line(r).text()).collect();
        assert_eq!(
            lines,
            vec![
                "Kevin Foster, immigration minister, told BBC Breakfast",
                "Gerald Darmanin said in a radio interview",
                "Kevin Foster, immigration minister, said on Sky News",
                "The article's own figure",
            ]
        );
    }
}
