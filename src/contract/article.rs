//! Article JSON, version 1: the published contract between a newsroom and the widget.
//!
//! These types are the single source of truth for the format: the widget deserialises them, the
//! extractor produces them, and `static/article.schema.json` is generated from them (see
//! `tests/schema.rs`). Field names are part of the contract and must not change.

use serde::{Deserialize, Serialize};

/// The only `schema` value this version of claimtrack reads.
pub const SCHEMA_V1: &str = "claimtrack/article@1";

/// One article: its text as blocks, and the numeric claims found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an article object, { \"schema\": ... }")]
pub struct Article {
    /// Always `"claimtrack/article@1"` for this version.
    pub schema: String,
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// RFC 3339 date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub blocks: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Absent when only the text is known: the extraction core then finds the claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<Claim>>,
}

impl Article {
    /// A v1 article with only an id, a title and its blocks: no metadata, sources or claims yet.
    pub fn new(id: impl Into<String>, title: impl Into<String>, blocks: Vec<Block>) -> Article {
        Article {
            schema: SCHEMA_V1.into(),
            id: id.into(),
            title: title.into(),
            url: None,
            publisher: None,
            published: None,
            language: None,
            blocks,
            sources: vec![],
            claims: None,
        }
    }
}

/// A paragraph, heading or quote of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Block {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BlockKind>,
    /// When the block was posted (live blogs), RFC 3339 or free text such as "8.32am".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum BlockKind {
    Paragraph,
    Heading,
    Quote,
}

/// A data source that claims can cite by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Source {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One mention of a figure in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Claim {
    pub id: String,
    /// The id of the block that holds the figure.
    pub block: String,
    /// Offset of the figure in the block's text, in characters (Unicode scalar values).
    pub start: usize,
    /// End of the figure in the block's text, in characters, exclusive.
    pub end: usize,
    /// The figure as written.
    pub text: String,
    pub quantity: Quantity,
    /// What the figure counts or measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// The time the figure refers to ("this year", "yesterday").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Who asserts the figure; absent means the article's own voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// How sure the source of `speaker` is, from 0 to 1: that the speaker given, or the article's
    /// own voice when none is, is right. Below 0.5 the source is unclear, `speaker` is only a best
    /// guess, and the widget says "source unclear — check the text". Absent means sure (claims
    /// written by a newsroom).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0.0, max = 1.0)))]
    pub speaker_confidence: Option<f64>,
    /// The attribution verb: "said", "told", "according to".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Where it was said: "BBC Breakfast", "a statement".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The id of an entry in `sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<QuoteKind>,
    /// The sentence that holds the figure.
    pub sentence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Claim {
    /// Below this `speaker_confidence`, the source is unclear and `speaker` only a guess.
    pub const SURE: f64 = 0.5;

    /// Whether the claim's source is unclear: the reader is told to check the text.
    pub fn source_unclear(&self) -> bool {
        self.speaker_confidence.is_some_and(|c| c < Claim::SURE)
    }
}

#[cfg(test)]
impl Claim {
    /// A claim with only what every claim has, the rest absent: the tests' one way to make one.
    pub(crate) fn bare(
        id: &str,
        block: &str,
        (start, end): (usize, usize),
        text: &str,
        sentence: &str,
        quantity: Quantity,
    ) -> Claim {
        Claim {
            id: id.into(),
            block: block.into(),
            start,
            end,
            text: text.into(),
            quantity,
            counted: None,
            when: None,
            speaker: None,
            speaker_confidence: None,
            cue: None,
            outlet: None,
            source: None,
            quote: None,
            sentence: sentence.into(),
            review: None,
        }
    }
}

/// The value of a figure, normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Quantity {
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// ISO 4217 code for money, "percent", "pp", a physical unit, or a time unit for durations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    /// How something changed, when the figure says so: "rose 6.5% to 164p".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// A change the figure is part of. Mostly the figure is the size of the change ("rose 6.5% to
/// 164p": up, to "164p"); when it is where the change ended, `to` is the figure itself ("fell
/// from $2,415 to $2,315", for "$2,315": down, from "$2,415", to "$2,315").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Change {
    pub direction: Direction,
    /// Where the change started, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Where the change ended, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

impl Change {
    /// Whether the claim's own figure (`text`) is where the change ended, not its size.
    pub fn ends_at(&self, text: &str) -> bool {
        self.to.as_deref() == Some(text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Direction {
    Up,
    Down,
}

/// What kind of figure this is. Dates and times are kinds of their own, so a reader can leave them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Kind {
    Count,
    Money,
    Percent,
    Ratio,
    Measure,
    Duration,
    Date,
    Time,
    Ordinal,
    Score,
    Other,
}

impl Kind {
    /// Dates and clock times: mostly the article's scaffolding ("see 8.32am", "on Monday") rather
    /// than its claims, so the reader sees them only when they pick them under Kind.
    pub fn is_scaffolding(self) -> bool {
        matches!(self, Kind::Date | Kind::Time)
    }

    pub const ALL: [Kind; 11] = [
        Kind::Count,
        Kind::Money,
        Kind::Percent,
        Kind::Ratio,
        Kind::Measure,
        Kind::Duration,
        Kind::Date,
        Kind::Time,
        Kind::Ordinal,
        Kind::Score,
        Kind::Other,
    ];

    /// The name used in JSON and in the URL fragment.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Ratio => "ratio",
            Kind::Measure => "measure",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Ordinal => "ordinal",
            Kind::Score => "score",
            Kind::Other => "other",
        }
    }

    pub fn from_key(s: &str) -> Option<Kind> {
        by_name(s)
    }

    /// A reader-facing label.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Count => "Count",
            Kind::Money => "Money",
            Kind::Percent => "Percentage",
            Kind::Ratio => "Ratio",
            Kind::Measure => "Measure",
            Kind::Duration => "Duration",
            Kind::Date => "Date",
            Kind::Time => "Time",
            Kind::Ordinal => "Ordinal",
            Kind::Score => "Score",
            Kind::Other => "Other",
        }
    }
}

/// How sure the figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", try_from = "String")]
pub enum Qualifier {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
    Vague,
}

impl Qualifier {
    pub const ALL: [Qualifier; 6] = [
        Qualifier::Exact,
        Qualifier::Approx,
        Qualifier::AtLeast,
        Qualifier::AtMost,
        Qualifier::Range,
        Qualifier::Vague,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    pub fn from_key(s: &str) -> Option<Qualifier> {
        by_name(s)
    }

    /// The label at the start of a line, as in the facets.
    pub fn title(self) -> &'static str {
        match self {
            Qualifier::Exact => "Exact",
            Qualifier::Approx => "About",
            Qualifier::AtLeast => "At least",
            Qualifier::AtMost => "At most",
            Qualifier::Range => "Range",
            Qualifier::Vague => "Vague",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "about",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// The person or organisation who asserts a figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Speaker {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum QuoteKind {
    Direct,
    Reported,
}

/// The format's sets of fixed names (kinds, qualifiers, block and quote kinds), each read by one
/// small generic function rather than by serde's derived visitor, which costs the widget a
/// kilobyte or more per enum. `rename_all` still names them for writing and for the schema, and a
/// test checks that both agree.
pub trait Named: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
}

/// A name outside its set: `"furlongs" is not one of count, money, …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotOneOf {
    pub got: String,
    pub names: Vec<&'static str>,
}

impl std::fmt::Display for NotOneOf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\"{}\" is not one of ", self.got)?;
        for (i, name) in self.names.iter().enumerate() {
            f.write_str(if i == 0 { "" } else { ", " })?;
            f.write_str(name)?;
        }
        Ok(())
    }
}

/// The member of `T` named `s`, if any.
pub fn by_name<T: Named>(s: &str) -> Option<T> {
    T::ALL.iter().copied().find(|v| v.key() == s)
}

/// The member of `T` named `s`, or why there is none.
pub fn named<T: Named>(s: String) -> Result<T, NotOneOf> {
    by_name(&s).ok_or_else(|| NotOneOf {
        got: s,
        names: T::ALL.iter().map(|v| v.key()).collect(),
    })
}

macro_rules! read_by_name {
    ($($t:ty),*) => {$(
        impl TryFrom<String> for $t {
            type Error = NotOneOf;
            fn try_from(s: String) -> Result<Self, NotOneOf> {
                named(s)
            }
        }
    )*};
}
read_by_name!(Kind, Qualifier, BlockKind, QuoteKind, Direction);

impl Named for Kind {
    const ALL: &'static [Self] = &Kind::ALL;
    fn key(self) -> &'static str {
        Kind::key(self)
    }
}

impl Named for Qualifier {
    const ALL: &'static [Self] = &Qualifier::ALL;
    fn key(self) -> &'static str {
        Qualifier::key(self)
    }
}

impl Named for BlockKind {
    const ALL: &'static [Self] = &[BlockKind::Paragraph, BlockKind::Heading, BlockKind::Quote];
    fn key(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::Quote => "quote",
        }
    }
}

impl Named for Direction {
    const ALL: &'static [Self] = &[Direction::Up, Direction::Down];
    fn key(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

impl Named for QuoteKind {
    const ALL: &'static [Self] = &[QuoteKind::Direct, QuoteKind::Reported];
    fn key(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        }
    }
}

/// A fact-checker's verdict on a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object")]
pub struct Review {
    pub rating: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Returns the URL when it may become a link: only absolute http(s) URLs do.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|p| lower.starts_with(p))?
        .len();
    (u.len() > scheme && !u.chars().any(char::is_control)).then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agree<T: Named + Serialize + std::fmt::Debug>() {
        for &v in T::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.key(), "{v:?}");
            assert_eq!(named::<T>(v.key().to_owned()), Ok(v));
        }
    }

    #[test]
    fn each_name_reads_back_as_serde_writes_it() {
        agree::<Kind>();
        agree::<Qualifier>();
        agree::<BlockKind>();
        agree::<QuoteKind>();
        agree::<Direction>();
        assert_eq!(
            named::<QuoteKind>("said".into()).unwrap_err().to_string(),
            "\"said\" is not one of direct, reported"
        );
    }

    #[test]
    fn safe_url_accepts_only_http_and_https() {
        for (url, ok) in [
            ("https://example.org/a", true),
            ("http://example.org", true),
            ("HTTPS://EXAMPLE.ORG", true),
            ("  https://example.org  ", true),
            ("javascript:alert(1)", false),
            ("JaVaScRiPt:alert(1)", false),
            ("data:text/html,<b>x</b>", false),
            ("//example.org", false),
            ("/relative", false),
            ("https://", false),
            ("https://exa\nmple.org", false),
            ("", false),
        ] {
            assert_eq!(safe_url(url).is_some(), ok, "{url:?}");
        }
    }

    #[test]
    fn kind_and_qualifier_keys_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
        for q in Qualifier::ALL {
            assert_eq!(Qualifier::from_key(q.key()), Some(q));
        }
    }
}
