//! Every word list the attribution stages read, in one place, so that a list is seen whole and
//! checked whole: the tests below fail on a duplicate entry and on an entry no lookup can ever
//! match (a capital in a list looked up lower-cased, or an entry the tokenizer would cut in two).
//!
//! The lists hold kinds of words (verbs of saying, titles, function words), never the words of one
//! article: whether a capitalised word at a sentence's start is a name is decided by the article
//! itself (see `attribution::mentions::Vocabulary`), not by listing the words it happens to begin
//! sentences with. Head-word lists are derived from their phrases, not kept by hand.

use super::words::{Buckets, Words};

/// How a list is looked up, which says what form its entries must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Looked up with the token as written, lower-case: verbs of saying are lower-case, so
    /// "States" in "United States" is no cue.
    Lower,
    /// Looked up with the token as written, capitalised: titles and legal forms.
    Capitalised,
    /// Looked up with the token lower-cased.
    Folded,
    /// Looked up with the token as written, in whatever case it is written: "plc" and "PLC".
    AsWritten,
}

/// Verbs that attribute what follows or precedes them, as written.
pub static CUES: Words = Words::new(&[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "claimed",
    "claims",
    "added",
    "adds",
    "warned",
    "warns",
    "argued",
    "argues",
    "explained",
    "insisted",
    "insists",
    "noted",
    "notes",
    "stated",
    "states",
    "announced",
    "announces",
    "reported",
    "reports",
    "estimated",
    "estimates",
    "suggested",
    "suggests",
    "questioned",
    "demanded",
    "urged",
    "accused",
    "denied",
    "confirmed",
    "confirms",
    "revealed",
    "reveals",
    "admitted",
    "wrote",
    "writes",
    "tweeted",
    "predicted",
    "predicts",
    "believes",
    "believed",
    "asserted",
    "commented",
    "continued",
    "stressed",
    "emphasised",
    "emphasized",
    "acknowledged",
    "disclosed",
    "indicated",
    "forecast",
    "projected",
    "calculated",
    "recalled",
    "described",
    "lamented",
    "pointed",
    "replied",
    "responded",
    "declared",
    "maintained",
    "alleged",
    "testified",
    "mentioned",
    "highlighted",
    "complained",
    "cautioned",
    "observed",
    "dubbed",
    "cited",
    "found",
    "finds",
    "concluded",
    "concludes",
    "plans",
    "intends",
    "expects",
    "aims",
    "hopes",
    "projects",
    "forecasts",
]);

/// Words between a subject and its cue: "has said", "also told".
pub static AUX: Words = Words::new(&[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "once",
    "repeatedly",
    "recently",
    "further",
    "would",
    "will",
    "reportedly",
    "publicly",
    "both",
    "separately",
    "simply",
    "only",
]);

/// Nouns for people who speak for a body by their post; "the minister" resolves to a person whose
/// role holds the noun, and waits for one to be named when nobody yet has it.
pub static ROLE_NOUNS: Words = Words::new(&[
    "minister",
    "secretary",
    "chief",
    "president",
    "prime",
    "director",
    "mp",
    "mayor",
    "governor",
    "chairman",
    "chair",
    "chancellor",
    "leader",
    "commissioner",
    "inspector",
    "head",
    "boss",
    "executive",
    "ceo",
    "founder",
    "coach",
    "manager",
    "captain",
    "judge",
    "prosecutor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "admiral",
    "general",
    "constable",
    "superintendent",
    "councillor",
]);

/// Posts one person holds: a role noun of these with nobody yet named waits for the next person
/// named ("..., the shadow culture secretary has said." then "Jo Stevens questioned ...").
pub static SOLE_POSTS: Words = Words::new(&[
    "minister",
    "secretary",
    "chief",
    "mp",
    "director",
    "president",
    "leader",
    "inspector",
    "chancellor",
    "mayor",
    "governor",
    "head",
    "boss",
    "commissioner",
]);

/// Nouns for one person, whose age news gives between commas: "a man, 36, was charged", "her son,
/// 12, was unhurt".
pub static PERSON_NOUNS: Words = Words::new(&[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "child",
    "baby",
    "toddler",
    "pensioner",
    "son",
    "daughter",
    "father",
    "mother",
    "husband",
    "wife",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "partner",
    "friend",
    "driver",
    "passenger",
    "pedestrian",
    "cyclist",
    "victim",
    "suspect",
    "defendant",
    "student",
    "pupil",
    "resident",
]);

/// Nouns for groups and bodies that speak as one: "police said", "officials said".
pub static GROUP_NOUNS: Words = Words::new(&[
    "police",
    "officials",
    "official",
    "researchers",
    "scientists",
    "experts",
    "analysts",
    "authorities",
    "government",
    "ministry",
    "prosecutors",
    "company",
    "firm",
    "agency",
    "organisers",
    "organizers",
    "witnesses",
    "residents",
    "doctors",
    "union",
    "council",
    "spokesmen",
    "sources",
    "media",
    "team",
    "campaigners",
    "activists",
    "economists",
    "councillors",
    "lawyers",
    "critics",
    "ministers",
    "mps",
    "unions",
    "investors",
]);

/// Nouns for a group that studies something, which "the researchers", "the scientists" and "the
/// team" refer back to once the article has introduced one ("A research team from X has ...").
pub static RESEARCH_NOUNS: Words = Words::new(&[
    "researchers",
    "scientists",
    "team",
    "experts",
    "authors",
    "investigators",
]);

/// Nouns for things that carry figures on a body's behalf: "the report found", "company figures".
/// Their speaker is the body that made them, when the article names it.
pub static DOCUMENT_NOUNS: Words = Words::new(&[
    "report",
    "study",
    "survey",
    "poll",
    "statement",
    "statistics",
    "figures",
    "analysis",
    "research",
    "data",
    "website",
    "blog",
    "posting",
]);

/// Nouns for a body by what it does, which refer back to the body last named, as "it" does:
/// "Ofgem has announced ... The regulator said".
pub static BODY_NOUNS: Words = Words::new(&[
    "regulator",
    "watchdog",
    "charity",
    "retailer",
    "insurer",
    "airline",
    "carmaker",
    "broadcaster",
    "operator",
    "supermarket",
    "lender",
    "chain",
    "manufacturer",
]);

/// Nouns for a company, which "the company" and "company figures" refer back to.
pub static COMPANY_NOUNS: Words = Words::new(&["company", "firm", "corporation", "group"]);

/// Titles before a name: "Mr Foster", "Prime Minister Theresa May".
pub static TITLES: Words = Words::new(&[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Prime",
    "Minister",
    "Chancellor",
    "Senator",
    "Sen",
    "Rep",
    "Governor",
    "Gov",
    "Mayor",
    "Judge",
    "Justice",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Gen",
    "Admiral",
    "Rear",
    "Vice",
    "Captain",
    "Capt",
    "Colonel",
    "Col",
    "Lieutenant",
    "Sergeant",
    "Inspector",
    "Chief",
    "Detective",
    "Reverend",
    "Rev",
    "Bishop",
    "Archbishop",
    "Secretary",
    "Ambassador",
    "Commissioner",
    "Chairman",
    "Rabbi",
    "Imam",
    "Father",
    "Sister",
    "Brother",
    "St",
]);

/// Capitalised words that make a name a body's, not a person's: "UK Border Agency", "Bank of
/// America", "Office for National Statistics". "It" and "they" may stand for such a name, "he" and
/// "she" never.
pub static BODY_WORDS: Words = Words::new(&[
    "Agency",
    "Council",
    "University",
    "Department",
    "Ministry",
    "Bank",
    "Group",
    "Association",
    "Institute",
    "Organisation",
    "Organization",
    "Commission",
    "Office",
    "Party",
    "Committee",
    "Corporation",
    "Company",
    "Foundation",
    "Authority",
    "Service",
    "Services",
    "Board",
    "Union",
    "Court",
    "Police",
    "Government",
    "Airlines",
    "Airways",
    "Motors",
    "Times",
    "News",
    "Post",
    "Press",
    "Institution",
    "Society",
    "Trust",
    "Fund",
    "Bureau",
    "Centre",
    "Center",
    "Church",
    "Federation",
    "League",
    "Network",
    "Project",
    "Programme",
    "Survey",
    "Study",
    "College",
    "School",
    "Academy",
    "Hospital",
    "Museum",
    "Federal",
    "Reserve",
    "Chamber",
    "Confederation",
    "Alliance",
    "Coalition",
    "Forum",
    "Panel",
    "Tribunal",
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
]);

/// Titles that say a person's gender, for "he" and "she".
pub static MALE_TITLES: Words =
    Words::new(&["Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother"]);
pub static FEMALE_TITLES: Words = Words::new(&[
    "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister",
]);

/// Titles dropped from a name when it is stored: "Mr Foster" is Foster.
pub static COURTESY_TITLES: Words = Words::new(&["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"]);

/// Legal forms that end a company's name: "Apple Inc.".
pub static LEGAL_FORMS: Words =
    Words::new(&["Inc", "Corp", "Ltd", "Co", "plc", "PLC", "LLC", "AG", "SA"]);

/// Words that join the parts of a name: "Ingram of The Globe and Mail", "Ludwig van Beethoven",
/// "the Office for National Statistics".
pub static NAME_JOINERS: Words = Words::new(&["of", "for", "and", "de", "van", "von", "al", "bin"]);

/// Words that join the parts of a source after "according to": "the Office for National Statistics".
pub static SOURCE_JOINERS: Words = Words::new(&["of", "for", "and", "the", "to", "de", "on"]);

/// Words that point back to a document just named: "according to those figures", "its data".
pub static POINTERS: Words = Words::new(&[
    "those", "these", "this", "that", "its", "their", "his", "her",
]);

/// Personal pronouns that can stand for a speaker, folded.
pub static PRONOUNS: Words = Words::new(&["he", "she", "they", "it"]);

/// Relative and interrogative pronouns: they begin a clause, never a speaker.
pub static RELATIVES: Words = Words::new(&[
    "which", "that", "who", "whom", "whose", "what", "where", "when",
]);

/// Words before a role that end it: "said the", "and".
pub static ROLE_STOPS: Words = Words::new(&[
    "the", "a", "and", "said", "that", "but", "as", "of", "to", "by", "with", "for", "in", "on",
]);

/// Forms of "be" and "do", which no name holds: "increase was better than analysts" is no name.
pub static VERB_FORMS: Words = Words::new(&[
    "is", "was", "are", "were", "be", "been", "being", "do", "does", "did",
]);

/// Prepositions of place and origin: a name after one is where someone is, not who speaks
/// ("Sarah Jones, from Leeds, said").
pub static PREPOSITIONS: Words = Words::new(&[
    "from", "in", "at", "of", "on", "to", "by", "with", "for", "near", "outside", "inside", "into",
]);

/// Prepositions that put a name in a place, where a person or a group is: "residents in Hebden
/// Bridge said", "a man from Leeds said".
pub static PLACE_PREPOSITIONS: Words = Words::new(&[
    "in", "from", "near", "outside", "inside", "across", "around",
]);

/// Words that begin a framing clause after a cue: "X said ... after 27 people died".
pub static FRAMING: Words = Words::new(&["after", "following", "amid"]);

/// Words that end a clause a cue reports, so a later cue is its own: "X said ..., but Y said".
pub static CLAUSE_BREAKS: Words =
    Words::new(&[",", ";", ":", "but", "while", "whereas", "although", "and"]);

/// Articles, prepositions and possessives: no phrase of what a figure counts ends in one, or is
/// one alone.
pub static PHRASE_EDGES: Words = Words::new(&[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "its", "their",
    "his", "her",
]);

/// Function words, folded: a capitalised one begins a sentence and is no name ("The", "However",
/// "Despite"), and words that are never names in any capitalisation (weekdays, months).
pub static FUNCTION_WORDS: Words = Words::new(&[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "after",
    "before",
    "if",
    "when",
    "while",
    "although",
    "however",
    "yesterday",
    "today",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "asked",
    "speaking",
    "according",
    "meanwhile",
    "earlier",
    "later",
    "now",
    "here",
    "what",
    "why",
    "how",
    "who",
    "where",
    "our",
    "their",
    "his",
    "her",
    "its",
    "my",
    "your",
    "despite",
    "since",
    "under",
    "over",
    "about",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "just",
    "also",
    "only",
    "even",
    "still",
    "clearly",
    "everyone",
    "don't",
    "let",
    "so",
    "then",
    "once",
    "because",
    "unless",
    "until",
    "such",
    "other",
    "another",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "last",
    "next",
    "first",
    "several",
    "more",
    "less",
    "few",
    "much",
    "to",
    "of",
    "thus",
    "yet",
    "instead",
    "indeed",
    "during",
    "through",
    "following",
    "among",
    "within",
    "without",
    "like",
    "unlike",
    "than",
    "whether",
    "though",
    "further",
    "furthermore",
    "moreover",
    "nevertheless",
    "overall",
    "currently",
    "recently",
    "previously",
    "initially",
    "finally",
    "additionally",
    "separately",
    "elsewhere",
    "nearly",
    "almost",
    "around",
    "roughly",
    "up",
    "down",
    "out",
    "off",
    "into",
    "onto",
    "upon",
    "per",
    "via",
    "against",
]);

/// The months, folded: never names, and the dates rule's month words.
pub const MONTHS: [&str; 12] = [
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

/// Whether a folded word is a function word or a month: a capitalised one is no name.
pub fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w) || MONTHS.contains(&w)
}

/// Phrases that introduce where a figure was said: "in a statement", "speaking to Sky News".
pub const OUTLET_LEADS: &[&str] = &[
    "in a",
    "in an",
    "on a",
    "at a",
    "in the",
    "on the",
    "speaking to",
    "writing in",
    "in an interview with",
    "in comments to",
    "on",
];

/// The first words of `OUTLET_LEADS`, derived from the phrases.
pub static OUTLET_LEAD_HEADS: Heads = Heads::of(OUTLET_LEADS);

/// Nouns that make an outlet after a lead: "in a radio interview", "at a press conference".
pub static OUTLET_NOUNS: Words = Words::new(&[
    "interview",
    "statement",
    "press",
    "conference",
    "briefing",
    "radio",
    "television",
    "tv",
    "broadcast",
    "podcast",
    "speech",
    "letter",
    "blog",
    "post",
    "tweet",
    "report",
    "hearing",
    "programme",
    "show",
    "documentary",
]);

/// Words that mark a broadcaster, a programme or a publication ("BBC Breakfast", "Sky News"),
/// rather than any capitalised thing after "on" ("calling on the Government").
pub static MEDIA_WORDS: Words = Words::new(&[
    "BBC",
    "ITV",
    "CNN",
    "Sky",
    "Radio",
    "TV",
    "News",
    "Channel",
    "Breakfast",
    "Today",
    "Times",
    "Post",
    "Telegraph",
    "Guardian",
    "Journal",
    "Mail",
    "Herald",
    "Express",
    "Mirror",
    "Independent",
    "Fox",
    "NBC",
    "ABC",
    "CBS",
    "NPR",
    "LBC",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "Newsnight",
    "Podcast",
    "Show",
    "Morning",
    "Tonight",
]);

/// Nouns that end an outlet's name: "BBC Radio 4's Today programme".
pub static OUTLET_TAILS: Words = Words::new(&["programme", "show", "newspaper"]);

/// Web suffixes that make a name of a capitalised word: "Secunia.com".
pub static WEB_SUFFIXES: Words = Words::new(&["com", "org", "net"]);

/// The first words of a list of phrases, built once from the phrases themselves, each with the
/// second word of its phrase (`None` for a phrase of one word). Looked up on every token.
pub struct Heads {
    phrases: Phrases,
    table: std::sync::OnceLock<Buckets<Option<&'static str>>>,
}

/// Where a `Heads` finds its phrases: a list of them, or a function that lists the phrases of a
/// table that carries more than the phrase (`QUALIFIERS` pairs each with its qualifier).
enum Phrases {
    List(&'static [&'static str]),
    Of(fn() -> Vec<&'static str>),
}

impl Heads {
    pub const fn of(phrases: &'static [&'static str]) -> Heads {
        Heads {
            phrases: Phrases::List(phrases),
            table: std::sync::OnceLock::new(),
        }
    }

    /// The first words of the phrases `phrases` lists.
    pub const fn of_listed(phrases: fn() -> Vec<&'static str>) -> Heads {
        Heads {
            phrases: Phrases::Of(phrases),
            table: std::sync::OnceLock::new(),
        }
    }

    fn table(&self) -> &Buckets<Option<&'static str>> {
        self.table.get_or_init(|| {
            let phrases = match self.phrases {
                Phrases::List(list) => list.to_vec(),
                Phrases::Of(f) => f(),
            };
            let mut pairs: Vec<_> = phrases
                .into_iter()
                .map(|p| {
                    let mut words = p.split(' ');
                    (words.next().unwrap_or(p), words.next())
                })
                .collect();
            pairs.sort_unstable();
            pairs.dedup();
            Buckets::of(pairs)
        })
    }

    /// Whether some phrase begins with the word `w`.
    pub fn contains(&self, w: &str) -> bool {
        self.table().get(w).next().is_some()
    }

    /// Whether some phrase begins with `w` and, if it has a second word, `next`.
    pub fn starts(&self, w: &str, next: Option<&str>) -> bool {
        self.starts_where(w, next, || true)
    }

    /// Whether some phrase begins with `w` and goes on with `next`, or is `w` alone and `alone`
    /// holds of what follows it.
    pub fn starts_where(&self, w: &str, next: Option<&str>, alone: impl Fn() -> bool) -> bool {
        self.table().get(w).any(|second| match second {
            Some(_) => *second == next,
            None => alone(),
        })
    }
}

/// Words for a rise, verbs and nouns: "rose 6.5%", "a 3 percent increase" (see `change`).
pub static RISE_WORDS: Words = Words::new(&[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "increased",
    "increase",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "growth",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "gained",
    "gain",
    "gains",
    "soared",
    "soar",
    "surged",
    "surge",
    "surges",
    "raised",
    "raising",
    "boosted",
    "boost",
    "higher",
    "upturn",
    "advanced",
    "rallied",
    "rebounded",
    "spiked",
    "accelerated",
    "swelled",
    "expanded",
    "leapt",
    "leaped",
]);

/// Words for a fall, verbs and nouns: "fell from $2,415", "a 3 percent drop", "shaving 10 seconds".
pub static FALL_WORDS: Words = Words::new(&[
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "declined",
    "decline",
    "declines",
    "declining",
    "decreased",
    "decrease",
    "decreases",
    "cut",
    "cuts",
    "cutting",
    "slowed",
    "slow",
    "slows",
    "slowing",
    "shrank",
    "shrink",
    "shrinks",
    "shrunk",
    "lost",
    "lose",
    "loses",
    "losing",
    "slipped",
    "slid",
    "plunged",
    "plunge",
    "tumbled",
    "reduced",
    "reduce",
    "reduction",
    "shaving",
    "shaved",
    "shave",
    "lower",
    "downturn",
    "slump",
    "slumped",
    "eased",
    "dipped",
    "dip",
    "sank",
    "slashed",
    "shed",
    "plummeted",
    "retreated",
    "contracted",
]);

/// What may come just before "up" or "down" that makes it a change ("was up 19 cents", "closed
/// down 2%"), where "set up 5 centres" is none.
pub static UP_DOWN_LEADS: Words = Words::new(&[
    "was", "is", "are", "were", "be", "been", "being", "closed", "ended", "finished", "opened",
    "trading", "traded", "now", "so", "revised", "marked", "pushed", "driven", "brought", "pulled",
    "dragged",
]);

/// Modal verbs: "will rise", "could fall" forecast a change; "the 737 Max will" ends a name.
pub static MODALS: Words = Words::new(&[
    "will", "would", "can", "could", "may", "might", "must", "should",
]);

/// Plural nouns without a final "s", which a count may come before: "300 people", "200 aircraft".
pub static PLURALS_WITHOUT_S: Words = Words::new(&[
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "personnel",
    "crew",
    "aircraft",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "feet",
    "teeth",
    "mice",
    "geese",
    "livestock",
    "offspring",
    "infantry",
    "clergy",
    "militia",
    "youth",
]);

/// Whether a lower-cased word reads as a plural noun, what a count counts: "people", "MPs",
/// "passengers" (not "ss": "class", "press").
pub fn is_plural_noun(w: &str) -> bool {
    w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") || PLURALS_WITHOUT_S.contains(&w)
}

/// Every list, with its name and how it is looked up, for the checks below.
pub const ALL: &[(&str, &Words, Form)] = &[
    ("CUES", &CUES, Form::Lower),
    ("AUX", &AUX, Form::Folded),
    ("ROLE_NOUNS", &ROLE_NOUNS, Form::Folded),
    ("SOLE_POSTS", &SOLE_POSTS, Form::Folded),
    ("GROUP_NOUNS", &GROUP_NOUNS, Form::Folded),
    ("PERSON_NOUNS", &PERSON_NOUNS, Form::Folded),
    ("RESEARCH_NOUNS", &RESEARCH_NOUNS, Form::Folded),
    ("DOCUMENT_NOUNS", &DOCUMENT_NOUNS, Form::Folded),
    ("COMPANY_NOUNS", &COMPANY_NOUNS, Form::Folded),
    ("BODY_NOUNS", &BODY_NOUNS, Form::Folded),
    ("TITLES", &TITLES, Form::Capitalised),
    ("BODY_WORDS", &BODY_WORDS, Form::Capitalised),
    ("MALE_TITLES", &MALE_TITLES, Form::Capitalised),
    ("FEMALE_TITLES", &FEMALE_TITLES, Form::Capitalised),
    ("COURTESY_TITLES", &COURTESY_TITLES, Form::Capitalised),
    ("LEGAL_FORMS", &LEGAL_FORMS, Form::AsWritten),
    ("NAME_JOINERS", &NAME_JOINERS, Form::Lower),
    ("SOURCE_JOINERS", &SOURCE_JOINERS, Form::Folded),
    ("PRONOUNS", &PRONOUNS, Form::Folded),
    ("POINTERS", &POINTERS, Form::Folded),
    ("RELATIVES", &RELATIVES, Form::Folded),
    ("ROLE_STOPS", &ROLE_STOPS, Form::Folded),
    ("PREPOSITIONS", &PREPOSITIONS, Form::Folded),
    ("PLACE_PREPOSITIONS", &PLACE_PREPOSITIONS, Form::Folded),
    ("FRAMING", &FRAMING, Form::Folded),
    ("VERB_FORMS", &VERB_FORMS, Form::Folded),
    ("CLAUSE_BREAKS", &CLAUSE_BREAKS, Form::Folded),
    ("FUNCTION_WORDS", &FUNCTION_WORDS, Form::Folded),
    ("PHRASE_EDGES", &PHRASE_EDGES, Form::Folded),
    ("OUTLET_NOUNS", &OUTLET_NOUNS, Form::Folded),
    ("MEDIA_WORDS", &MEDIA_WORDS, Form::Capitalised),
    ("OUTLET_TAILS", &OUTLET_TAILS, Form::Folded),
    ("WEB_SUFFIXES", &WEB_SUFFIXES, Form::Folded),
    ("RISE_WORDS", &RISE_WORDS, Form::Folded),
    ("FALL_WORDS", &FALL_WORDS, Form::Folded),
    ("UP_DOWN_LEADS", &UP_DOWN_LEADS, Form::Folded),
    ("PLURALS_WITHOUT_S", &PLURALS_WITHOUT_S, Form::Folded),
    ("MODALS", &MODALS, Form::Folded),
];

#[cfg(test)]
mod tests {
    use super::super::lex::tokens;
    use super::*;

    #[test]
    fn no_list_has_a_duplicate() {
        for (name, list, _) in ALL {
            let mut seen = std::collections::HashSet::new();
            for w in list.entries() {
                assert!(seen.insert(*w), "{name} lists {w:?} twice");
            }
        }
        let mut seen = std::collections::HashSet::new();
        for m in MONTHS {
            assert!(
                !FUNCTION_WORDS.contains(&m),
                "FUNCTION_WORDS lists the month {m:?}"
            );
        }
        for p in OUTLET_LEADS {
            assert!(seen.insert(*p), "OUTLET_LEADS lists {p:?} twice");
        }
    }

    /// An entry the lookup can never match is dead: the tokenizer cuts it in two, or its case
    /// differs from the form its list is looked up in.
    #[test]
    fn every_entry_can_be_matched_by_its_lookup() {
        for (name, list, form) in ALL {
            for w in list.entries() {
                let toks = tokens(w);
                assert_eq!(toks.len(), 1, "{name}: {w:?} is not one token");
                let first_upper = w.chars().next().is_some_and(char::is_uppercase);
                match form {
                    Form::Lower | Form::Folded => {
                        assert!(
                            !w.chars().any(char::is_uppercase),
                            "{name}: {w:?} has a capital"
                        )
                    }
                    Form::Capitalised => assert!(first_upper, "{name}: {w:?} is not capitalised"),
                    Form::AsWritten => {}
                }
            }
        }
    }

    #[test]
    fn heads_come_from_their_phrases() {
        for w in ["in", "on", "at", "speaking", "writing"] {
            assert!(OUTLET_LEAD_HEADS.contains(w), "{w}");
        }
        for w in ["a", "an", "the", "to", "with", ""] {
            assert!(!OUTLET_LEAD_HEADS.contains(w), "{w}");
        }
    }
}
