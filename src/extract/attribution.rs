//! Who says a figure: speakers (full name as first introduced, with a role from apposition or from a
//! role noun such as "the immigration minister"), the cue ("said", "told", "according to"), the
//! outlet ("BBC Breakfast", "a radio interview"), and whether the figure is in a direct quote.
//!
//! The unit of work is the article: people are remembered across paragraphs, so "Mr Foster", "he"
//! and "the minister" resolve to the person named earlier, a quote that runs over several
//! paragraphs keeps its speaker, and a role noun in a lede ("..., the shadow culture secretary has
//! said.") is given to the person the next paragraph names.

use super::lex::{Tok, T};
use super::words::Words;

/// Verbs that attribute what follows or precedes them.
static CUES: Words = Words::new(&[
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

/// Nouns that name a speaker by role; a role noun resolves to a known person whose role shares it.
static AGENT_NOUNS: Words = Words::new(&[
    "police",
    "officials",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "researchers",
    "scientists",
    "experts",
    "analysts",
    "authorities",
    "government",
    "ministry",
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
    "prosecutors",
    "company",
    "firm",
    "report",
    "study",
    "survey",
    "statement",
    "agency",
    "organisers",
    "organizers",
    "witnesses",
    "residents",
    "doctors",
    "union",
    "council",
    "admiral",
    "general",
    "spokesmen",
    "sources",
    "media",
    "statistics",
    "figures",
    "analysis",
    "research",
    "data",
    "website",
    "blog",
    "posting",
    "coach",
    "team",
]);

static TITLES: Words = Words::new(&[
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

/// Capitalised words that begin sentences or name things, never people.
static NOT_NAMES: Words = Words::new(&[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "For",
    "With",
    "By",
    "From",
    "As",
    "After",
    "Before",
    "If",
    "When",
    "While",
    "Although",
    "However",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Asked",
    "Speaking",
    "According",
    "Meanwhile",
    "Earlier",
    "Later",
    "Now",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
    "Greater",
    "Measures",
    "Border",
    "Intelligence-gathering",
    "Intelligence",
    "France",
    "Britain",
    "England",
    "UK",
    "EU",
    "Government",
    "Follow",
    "Visit",
    "Need",
    "Despite",
    "Since",
    "Under",
    "Over",
    "About",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Every",
    "No",
    "Not",
    "Just",
    "Also",
    "Only",
    "Even",
    "Still",
    "Clearly",
    "Everyone",
    "Don't",
    "Let",
    "So",
    "Then",
    "Once",
    "Because",
    "Unless",
    "Until",
    "Such",
    "Other",
    "Another",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
]);

/// Where figures are said: phrases that introduce an outlet.
const OUTLET_LEADS: &[&str] = &[
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
];

/// A person or organisation known in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
}

/// Who says the figures of one sentence or quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    /// Index into `People::list`.
    pub who: Option<usize>,
    pub cue: Option<String>,
    pub outlet: Option<String>,
    /// Token index (in the sentence) of the cue, to tell reported clauses from framing ones.
    pub cue_at: usize,
    /// Tokens of the speaker's own phrase (name, apposition, "according to ..."): figures there
    /// describe the speaker and are the article's.
    pub subject: (usize, usize),
}

#[derive(Debug, Default)]
pub struct People {
    pub list: Vec<Person>,
    /// The person most recently named or referred to.
    pub last: Option<usize>,
    /// A role noun with no one to refer to yet ("..., the shadow culture secretary has said."):
    /// the next person introduced takes it.
    pub pending_role: Option<(String, usize, usize)>,
    /// Short forms: "KCNA" for the Korean Central News Agency, "Apple" for Apple Inc.
    pub aliases: Vec<(String, usize)>,
    /// The company most recently named with its legal form ("Apple Inc."), whom "the company"
    /// and "company statistics" refer to.
    pub last_company: Option<usize>,
    /// People by their last name word, so that lookups stay quick on a long live blog.
    by_last: std::collections::HashMap<String, Vec<usize>>,
}

impl People {
    /// Finds or adds a person by name; "Mr Foster" and "Foster" find "Kevin Foster".
    pub fn find_or_add(&mut self, name: &str, role: Option<String>) -> usize {
        if let Some(&(_, id)) = self.aliases.iter().find(|(a, _)| a == name) {
            return id;
        }
        let bare = strip_title(name);
        let last = bare.split_whitespace().last().unwrap_or(bare);
        let candidates = self.by_last.get(last).cloned().unwrap_or_default();
        let list = &self.list;
        let found = candidates
            .iter()
            .copied()
            .find(|&k| list[k].name == bare)
            .or_else(|| {
                candidates.iter().copied().find(|&k| {
                    let p = &list[k];
                    p.name.split_whitespace().last() == Some(last)
                        && (bare.split_whitespace().count() == 1
                            || p.name.split_whitespace().count() == 1)
                })
            });
        let i = match found {
            Some(i) => {
                // A fuller name than the one known replaces it.
                if bare.split_whitespace().count() > self.list[i].name.split_whitespace().count() {
                    self.list[i].name = bare.to_owned();
                }
                i
            }
            None => self.push(Person {
                name: bare.to_owned(),
                role: None,
            }),
        };
        if let Some(r) = role.filter(|r| !r.is_empty()) {
            if self.list[i].role.is_none() {
                self.list[i].role = Some(r);
            }
        }
        i
    }

    /// The speaker a name stands for in the end: a short form found before its full name ("GM" in
    /// a headline, "General Motors (GM)" below) is the full name.
    pub fn canonical(&self, id: usize) -> usize {
        let name = &self.list[id].name;
        self.aliases
            .iter()
            .find(|(a, t)| a == name && *t != id)
            .map_or(id, |&(_, t)| t)
    }

    /// "The company", "the firm": the company last named with its legal form.
    fn company(&self, noun: &str) -> Option<usize> {
        let head = noun.split_whitespace().find(|w| *w != "the")?;
        matches!(head, "company" | "firm" | "corporation" | "group")
            .then_some(self.last_company)
            .flatten()
    }

    /// Adds a person and indexes them by their last name word.
    fn push(&mut self, p: Person) -> usize {
        self.list.push(p);
        let i = self.list.len() - 1;
        self.index(i);
        i
    }

    fn index(&mut self, i: usize) {
        let last = self.list[i]
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_owned();
        let ids = self.by_last.entry(last).or_default();
        if !ids.contains(&i) {
            ids.push(i);
        }
    }

    /// Gives a pending role noun to the person just named, when they come in the next paragraph or
    /// two: the person takes the role, and the role's figures become theirs.
    pub fn take_pending(&mut self, who: usize, block: usize) {
        let Some((role, at, prov)) = self.pending_role.take() else {
            return;
        };
        if who == prov || at >= block {
            self.pending_role = Some((role, at, prov));
        } else if at + 2 >= block {
            if self.list[who].role.is_none() {
                self.list[who].role = Some(role);
            }
            self.list[prov] = self.list[who].clone();
            self.index(prov);
        }
    }

    /// The known person whose role shares a word with a role noun ("the minister" → the immigration
    /// minister), most recent first.
    fn by_role(&self, noun: &str) -> Option<usize> {
        // Every word of the role noun must be in the role: "the shadow culture secretary" is not
        // "the Home Secretary"; "the borders chief" is "chief inspector of the UK Borders Agency".
        let words: Vec<String> = noun
            .split_whitespace()
            .filter(|w| w.len() > 2 && *w != "the")
            .map(|w| w.trim_end_matches('s').to_owned())
            .collect();
        if words.is_empty() {
            return None;
        }
        self.list.iter().rposition(|p| {
            p.role.as_deref().is_some_and(|r| {
                let r = r.to_ascii_lowercase();
                let role_words: Vec<&str> = r
                    .split_whitespace()
                    .map(|w| w.trim_end_matches('s'))
                    .collect();
                words.iter().all(|w| role_words.contains(&w.as_str()))
            })
        })
    }
}

fn strip_title(name: &str) -> &str {
    let mut n = name.trim();
    loop {
        let first = n.split_whitespace().next().unwrap_or("");
        let bare = first.trim_end_matches('.');
        if matches!(bare, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Prof")
            && n.split_whitespace().count() > 1
        {
            n = n[first.len()..].trim_start();
        } else {
            return n;
        }
    }
}

/// A sentence's tokens with their quote depth.
pub struct Sent<'a> {
    pub s: &'a str,
    /// `s` with ASCII letters lower-cased: the same byte offsets, so token spans index it too.
    low: &'a str,
    pub toks: Vec<Tok>,
    /// Whether each token lies inside quotation marks.
    pub quoted: Vec<bool>,
    /// Whether a quotation is still open after the last token.
    open_at_end: bool,
}

impl<'a> Sent<'a> {
    /// The sentence at `a..b` of a block already cut into `toks` and lower-cased into `low`: the
    /// block's tokens are reused, with their offsets made relative to the sentence.
    pub fn in_block(
        s: &'a str,
        low: &'a str,
        toks: &[Tok],
        a: usize,
        b: usize,
        open_quote: bool,
    ) -> Sent<'a> {
        let from = toks.partition_point(|t| t.start < a);
        let to = toks.partition_point(|t| t.start < b);
        let mut own: Vec<Tok> = toks[from..to]
            .iter()
            .map(|t| Tok {
                start: t.start - a,
                end: t.end.min(b) - a,
                ..*t
            })
            .collect();
        if let Some(first) = own.first_mut() {
            first.space = true;
        }
        Sent::from_parts(&s[a..b], &low[a..b], own, open_quote)
    }

    fn from_parts(s: &'a str, low: &'a str, toks: Vec<Tok>, open_quote: bool) -> Sent<'a> {
        let mut quoted = Vec::with_capacity(toks.len());
        let mut inside = open_quote;
        for (k, t) in toks.iter().enumerate() {
            let c = t.text(s);
            // An opening mark written where a closing one belongs: inside a quote, glued to the
            // word before it and followed by a space ("decision.\u{201c} However").
            let misplaced_opener =
                c == "\u{201c}" && inside && !t.space && toks.get(k + 1).is_none_or(|n| n.space);
            let toggles = match c {
                "\u{201c}" if misplaced_opener => {
                    quoted.push(true);
                    inside = false;
                    continue;
                }
                "\u{201c}" => {
                    inside = true;
                    quoted.push(true);
                    continue;
                }
                "\u{201d}" => {
                    quoted.push(true);
                    inside = false;
                    continue;
                }
                "\"" => true,
                _ => false,
            };
            if toggles {
                // Inside a quote, a straight mark closes it. Outside, one glued to the word
                // before and followed by a space (or by punctuation) closes a quote begun in an
                // earlier paragraph without a mark of its own; but after "said," it opens one.
                let glued_before = k > 0 && !t.space;
                let next = toks.get(k + 1);
                let glued_after = next.is_some_and(|n| {
                    !n.space && !matches!(n.text(s), "." | "," | ";" | ":" | "!" | "?" | ")")
                });
                let after_cue = k >= 2
                    && matches!(toks[k - 1].text(s), "," | ":")
                    && CUES.contains(&toks[k - 2].text(low));
                quoted.push(true);
                inside = if inside {
                    false
                } else if after_cue {
                    true
                } else if glued_before && !glued_after {
                    false
                } else {
                    next.is_some_and(|n| !n.space || n.kind == T::Word)
                };
                continue;
            }
            quoted.push(inside);
        }
        Sent {
            s,
            low,
            toks,
            quoted,
            open_at_end: inside,
        }
    }

    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.s))
    }

    /// The sentence with ASCII letters lower-cased.
    pub fn low(&self) -> &str {
        self.low
    }

    fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.low))
    }

    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_capitalised(self.s))
    }

    /// Whether the sentence ends inside an open quote (it runs on into the next sentence).
    pub fn ends_quoted(&self) -> bool {
        self.open_at_end
    }

    /// The token index that covers byte offset `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.end > at)
            .unwrap_or(self.toks.len())
    }

    /// A name ending at token `end` (exclusive), walking left over capitalised words, hyphens inside
    /// names ("Kim Min-Woo") and joining words between capitalised ones ("Ingram of The Globe and Mail").
    fn name_before(&self, end: usize) -> Option<(usize, String)> {
        let mut start = end;
        // A web address as a name: "Secunia.com".
        if end >= 3
            && matches!(self.lower(end - 1), "com" | "org" | "net")
            && self.w(end - 2) == "."
            && !self.toks[end - 2].space
            && !self.toks[end - 1].space
            && self.is_cap(end - 3)
        {
            start = end - 3;
        }
        loop {
            if start > 0 && self.is_cap(start - 1) && !self.quoted[start - 1] {
                start -= 1;
            } else if start > 1
                && start < end
                && self.w(start - 1) == "-"
                && !self.toks[start - 1].space
                && !self.toks[start].space
                && self.is_cap(start - 2)
            {
                start -= 2;
            } else if start > 1
                && start < end
                && matches!(
                    self.w(start - 1),
                    "of" | "and" | "de" | "van" | "von" | "al" | "bin"
                )
                && self.is_cap(start - 2)
            {
                start -= 2;
            } else {
                break;
            }
        }
        // Leading joiners or sentence words are no part of it.
        while start < end
            && (NOT_NAMES.contains(&self.w(start)) && !TITLES.contains(&self.w(start))
                || !self.is_cap(start))
        {
            start += 1;
        }
        (start < end).then(|| (start, self.text(start, end)))
    }

    /// A name starting at token `start`.
    fn name_after(&self, start: usize) -> Option<(usize, String)> {
        let mut end = start;
        while end < self.toks.len() && self.is_cap(end) && !self.quoted[end] {
            end += 1;
        }
        (end > start && !NOT_NAMES.contains(&self.w(start))
            || end > start + 1 && TITLES.contains(&self.w(start)))
        .then(|| (end, self.text(start, end)))
    }

    /// The text of tokens `a..b`, as written.
    pub fn text(&self, a: usize, b: usize) -> String {
        if a >= b || b > self.toks.len() {
            return String::new();
        }
        self.s[self.toks[a].start..self.toks[b - 1].end].to_owned()
    }
}

/// Finds every attribution in a sentence outside quotes: speaker, cue, outlet, and where the
/// speaker's own words (name, apposition) lie, so figures there stay the article's.
pub fn attributions(sent: &Sent, people: &mut People, block: usize) -> Vec<Said> {
    let n = sent.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if sent.quoted[i] || sent.toks[i].kind != T::Word {
            i += 1;
            continue;
        }
        // "according to X".
        if sent.lower(i) == "according" && sent.lower(i + 1) == "to" {
            if let Some((end, name, role)) = source_phrase(sent, i + 2) {
                let who = match people.company(&name) {
                    Some(c) => c,
                    None => people.find_or_add(&name, role.or_else(|| apposition_after(sent, end))),
                };
                people.last = Some(who);
                // The source's whole phrase, to its comma, describes the source: "according to
                // an Internet posting made just over 24 hours ago, ...".
                let phrase_end = (end..n.min(end + 12))
                    .find(|&k| sent.w(k) == "," || sent.quoted[k])
                    .unwrap_or(end);
                out.push(Said {
                    who: Some(who),
                    cue: Some("according to".into()),
                    outlet: None,
                    cue_at: i,
                    subject: (i, phrase_end),
                });
                i = end;
                continue;
            }
        }
        let w = sent.w(i);
        // Verbs of saying are lower-case: "States" in "United States" is no cue.
        if !CUES.contains(&w) {
            i += 1;
            continue;
        }
        let cue_end = if w == "pointed" && sent.lower(i + 1) == "out" {
            i + 2
        } else {
            i + 1
        };
        if w == "pointed" && cue_end == i + 1 {
            i += 1;
            continue;
        }
        let mut cue = sent.text(i, cue_end);
        // Subject before the cue, over "has", "also", an apposition.
        let mut j = i;
        while j > 0 && AUX.contains(&sent.lower(j - 1)) {
            j -= 1;
        }
        if j < i {
            cue = sent.text(j, cue_end);
        }
        let mut subject = subject_before(sent, j, people);
        if let Some((r, usize::MAX, prov)) = people.pending_role.clone() {
            people.pending_role = Some((r, block, prov));
        }
        if subject.is_none() {
            // Inverted, after a quote or a comma: "..., said Mr Vine." or "\" said John Vine, the chief".
            let after_break =
                i > 0 && (matches!(sent.w(i - 1), "," | "\"" | "\u{201d}") || sent.quoted[i - 1]);
            if after_break {
                if let Some((end, name)) = sent.name_after(cue_end) {
                    let role = apposition_after(sent, end);
                    subject = Some((people.find_or_add(&name, role), (cue_end, end)));
                } else if matches!(sent.lower(cue_end), "he" | "she") {
                    subject = people.last.map(|l| (l, (cue_end, cue_end + 1)));
                }
            }
        }
        let Some((who, span)) = subject else {
            i += 1;
            continue;
        };
        // "Louis Gallois ... said the company expects to cut 4,300 jobs": a cue whose subject is
        // no name, inside what an earlier cue of the sentence reports, is part of that report.
        if let Some(outer) = out.last() {
            let unnamed = !(span.0..span.1).any(|k| sent.is_cap(k));
            let inside = outer.cue_at < span.0
                && (outer.cue_at + 1..span.0).all(|k| {
                    !matches!(
                        sent.lower(k),
                        "," | ";" | ":" | "but" | "while" | "whereas" | "although" | "and"
                    )
                });
            if unnamed && inside {
                i = cue_end;
                continue;
            }
        }
        people.last = Some(who);
        // The outlet: "told BBC Breakfast", "in a radio interview", "speaking to Sky News".
        let mut outlet = None;
        if w == "told" || w == "tells" {
            outlet = outlet_after(sent, cue_end, true);
        }
        if outlet.is_none() {
            outlet = outlet_anywhere(sent);
        }
        people.take_pending(who, block);
        out.push(Said {
            who: Some(who),
            cue: Some(cue),
            outlet,
            cue_at: i,
            subject: span,
        });
        i = cue_end;
    }
    out
}

/// Words between a subject and its cue: "has said", "also told".
static AUX: Words = Words::new(&[
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

/// The source after "according to": a name (and a role before it, "Afghan Ambassador to the United
/// States Hamdullah Mohib"), an organisation, or a short common noun phrase ("police").
fn source_phrase(sent: &Sent, at: usize) -> Option<(usize, String, Option<String>)> {
    let n = sent.toks.len();
    let mut e = at;
    // Up to a comma or a word that is neither capitalised nor a joining word.
    while e < n && !sent.quoted[e] && sent.toks[e].kind == T::Word {
        let lw = sent.lower(e);
        let joins = matches!(lw, "of" | "for" | "and" | "the" | "to" | "de" | "on");
        if !(sent.is_cap(e) || joins || e == at) {
            break;
        }
        e += 1;
    }
    while e > at
        && matches!(
            sent.lower(e - 1),
            "of" | "for" | "and" | "the" | "to" | "de" | "on"
        )
    {
        e -= 1;
    }
    // "according to the Afghan team's coach, Alireza Mehraban,": a role, then the name.
    if matches!(sent.lower(at), "the" | "a" | "an") {
        let mut c = at + 1;
        while c < n && sent.toks[c].kind == T::Word && !sent.quoted[c] && c < at + 9 {
            c += 1;
        }
        if sent.w(c) == "," {
            if let Some((end, name)) = sent.name_after(c + 1) {
                if name.split_whitespace().count() >= 2 && matches!(sent.w(end), "," | "." | "") {
                    return Some((end, name, Some(clean_role(&sent.text(at, c)))));
                }
            }
        }
    }
    if e == at {
        return None;
    }
    let words: Vec<usize> = (at..e).collect();
    let mut first = at;
    if matches!(sent.lower(first), "the" | "a" | "an") {
        first += 1;
    }
    if first >= e {
        return None;
    }
    if !sent.is_cap(first) {
        // A role, then a name: "according to curator Elaine Gustafon".
        if let Some(c) = (first + 1..e).find(|&k| sent.is_cap(k)) {
            if e - c >= 2 && c - first <= 3 && (first..c).all(|k| sent.toks[k].kind == T::Word) {
                return Some((e, sent.text(c, e), Some(sent.text(first, c))));
            }
        }
        // A common noun phrase: "according to police", "according to company statistics".
        let k = (first..e.min(first + 3))
            .take_while(|&k| !sent.is_cap(k))
            .last()?
            + 1;
        return Some((k, sent.text(first, k), None));
    }
    // A title somewhere before the last two capitalised words: they are the person's name.
    let caps: Vec<usize> = words
        .iter()
        .copied()
        .filter(|&k| k >= first && sent.is_cap(k))
        .collect();
    if caps.len() >= 4
        && caps[..caps.len() - 2]
            .iter()
            .any(|&k| TITLES.contains(&sent.w(k)))
    {
        let name_at = caps[caps.len() - 2];
        if caps[caps.len() - 1] == name_at + 1 && name_at == e - 2 {
            return Some((e, sent.text(name_at, e), Some(sent.text(first, name_at))));
        }
    }
    Some((e, sent.text(first, e), None))
}

/// The subject of a cue at token `j`: a name (with apposition), "Mr X", a pronoun or a role noun;
/// with the span of tokens it covers.
fn subject_before(sent: &Sent, j: usize, people: &mut People) -> Option<(usize, (usize, usize))> {
    if j == 0 {
        return None;
    }
    // "General Motors (GM) announced": the short form in brackets stands between name and cue.
    if j >= 4 && sent.w(j - 1) == ")" && sent.w(j - 3) == "(" {
        let (id, (st, _)) = subject_before(sent, j - 3, people)?;
        return Some((id, (st, j)));
    }
    let prev = sent.lower(j - 1);
    if matches!(prev, "he" | "she" | "they" | "it") {
        // "it" only for an organisation already speaking: "It intends to ...".
        return people.last.map(|l| (l, (j - 1, j)));
    }
    // "Gerald Darmanin, the French interior minister, has said": skip the apposition back to the name.
    if sent.w(j - 1) == "," {
        let mut k = j - 1;
        while k > 0 && sent.w(k - 1) != "," && j - k < 16 {
            k -= 1;
        }
        if k > 0 && sent.w(k - 1) == "," {
            let role = sent.text(k, j - 1);
            if is_role(&role) {
                if let Some((st, name)) = sent.name_before(k - 1).filter(|(st, _)| *st + 6 >= k - 1)
                {
                    let (name, affiliation) = split_of(&name);
                    let id = people.find_or_add(&name, Some(clean_role(&role)).or(affiliation));
                    return Some((id, (st, j)));
                }
            }
        }
        // A stray comma between a name and its verb: "The security firm Secunia.com, has said".
        if let Some((st, name)) = sent.name_before(j - 1) {
            let lead = st.checked_sub(1).map(|p| sent.w(p));
            // Not at the start of the sentence ("In London, said ...") nor inside a list.
            if st > 0
                && lead.is_some_and(|p| !matches!(p, "," | "and" | "\"" | "\u{201d}"))
                && !NOT_NAMES.contains(&sent.w(st))
            {
                let id = people.find_or_add(&name, None);
                return Some((id, (st, j)));
            }
        }
        return None;
    }
    // "Cornyn's statement added", "Apple's spokesman said", "PC World's recent analysis of its
    // own web traffic statistics concluded": the owner of a speaking thing is the speaker.
    let owner_at = (j.saturating_sub(10)..j.saturating_sub(1))
        .rev()
        .take_while(|&k| sent.toks[k].kind == T::Word && !sent.quoted[k])
        .find(|&k| {
            let w = sent.w(k);
            (w.ends_with("'s") || w.ends_with("\u{2019}s"))
                && sent.is_cap(k)
                && (k + 1..j).any(|m| AGENT_NOUNS.contains(&sent.lower(m)))
        });
    if let Some(o) = owner_at.filter(|_| !sent.is_cap(j - 1)) {
        let owner = sent.w(o);
        let base = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("\u{2019}s"))
            .unwrap_or(owner);
        let (st, name) = sent
            .name_before(o)
            .map(|(st, n)| (st, format!("{n} {base}")))
            .unwrap_or((o, base.to_owned()));
        let id = people.find_or_add(&name, None);
        return Some((id, (st, j)));
    }
    if let Some((start, name)) = sent.name_before(j) {
        // A role before the name: "immigration minister Kevin Foster".
        let mut r = start;
        while r > 0
            && sent.toks[r - 1].kind == T::Word
            && sent.w(r - 1).chars().all(|c| c.is_lowercase())
            && start - r < 4
            && !matches!(
                sent.lower(r - 1),
                "the"
                    | "a"
                    | "and"
                    | "said"
                    | "that"
                    | "but"
                    | "as"
                    | "of"
                    | "to"
                    | "by"
                    | "with"
                    | "for"
                    | "in"
                    | "on"
            )
        {
            r -= 1;
        }
        let role = (r < start && AGENT_NOUNS.contains(&sent.lower(start - 1)))
            .then(|| sent.text(r, start));
        if name.split_whitespace().all(|w| TITLES.contains(&w)) {
            return None;
        }
        let (name, affiliation) = split_of(&name);
        let id = people.find_or_add(&name, role.or(affiliation));
        return Some((id, (r, j)));
    }
    // Role nouns: "the minister said", "the borders chief demanded", "police said".
    let mut k = j;
    while k > 0 && sent.toks[k - 1].kind == T::Word && j - k < 5 && !sent.quoted[k - 1] {
        // A relative pronoun begins a clause, not the speaker: "which media reports ...".
        if matches!(
            sent.lower(k - 1),
            "which" | "that" | "who" | "whom" | "whose" | "what" | "where" | "when"
        ) {
            break;
        }
        k -= 1;
        if matches!(sent.lower(k), "the" | "a" | "an") {
            break;
        }
    }
    let phrase = sent.text(k, j).to_ascii_lowercase();
    if !AGENT_NOUNS.contains(&prev) {
        return None;
    }
    if let Some(id) = people.by_role(&phrase).or_else(|| people.company(&phrase)) {
        return Some((id, (k, j)));
    }
    let role = phrase
        .trim_start_matches("the ")
        .trim_start_matches("a ")
        .to_owned();
    if phrase.starts_with("the ")
        && matches!(
            prev,
            "minister"
                | "secretary"
                | "chief"
                | "mp"
                | "director"
                | "president"
                | "leader"
                | "inspector"
                | "chancellor"
                | "mayor"
                | "governor"
                | "head"
                | "boss"
                | "commissioner"
        )
    {
        // Nobody yet: the role speaks for now, and the next person named takes the role and these
        // figures ("..., the shadow culture secretary has said." then "Jo Stevens questioned ...").
        people.list.push(Person {
            name: phrase.clone(),
            role: None,
        });
        let id = people.list.len() - 1;
        people.pending_role = Some((role, usize::MAX, id));
        return Some((id, (k, j)));
    }
    // Collective speakers: "police said", "officials said", "the company said".
    let id = people.find_or_add(&role, None);
    Some((id, (k, j)))
}

/// Whether a segment between commas reads as a role ("the French interior minister", "Panama
/// coach", "Europe's biggest aircraft manufacturer") rather than a list of names.
fn is_role(seg: &str) -> bool {
    let seg = seg.trim();
    !seg.is_empty()
        && seg.split_whitespace().count() <= 14
        && seg
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// "Matthew Ingram of The Globe and Mail": the person, and where they are from.
fn split_of(name: &str) -> (String, Option<String>) {
    match name.split_once(" of ") {
        Some((who, from)) if who.split_whitespace().count() >= 2 => {
            (who.to_owned(), Some(from.to_owned()))
        }
        _ => (name.to_owned(), None),
    }
}

fn clean_role(role: &str) -> String {
    let r = role.trim();
    let r = r
        .strip_prefix("the ")
        .or_else(|| r.strip_prefix("The "))
        .unwrap_or(r);
    r.trim_end_matches(',').trim().to_owned()
}

/// ", the French interior minister," after a name.
fn apposition_after(sent: &Sent, end: usize) -> Option<String> {
    if sent.w(end) != "," {
        return None;
    }
    let mut k = end + 1;
    while k < sent.toks.len() && sent.w(k) != "," && !matches!(sent.w(k), "." | ";") && k - end < 16
    {
        k += 1;
    }
    let role = sent.text(end + 1, k);
    (role.starts_with(|c: char| c.is_lowercase()) || role.starts_with("the "))
        .then(|| clean_role(&role))
}

/// The outlet after "told": "BBC Breakfast", "the BBC", "a radio interview", "reporters".
fn outlet_after(sent: &Sent, at: usize, told: bool) -> Option<String> {
    let n = sent.toks.len();
    let mut e = at;
    let det = matches!(sent.lower(at), "the" | "a" | "an");
    if det {
        e += 1;
    }
    let start_caps = e;
    while e < n
        && sent.toks[e].kind == T::Word
        && (sent.is_cap(e) || sent.w(e).ends_with("'s") || sent.w(e).ends_with("’s"))
    {
        e += 1;
    }
    // "BBC Radio 4's Today programme".
    while e < n
        && (sent.is_cap(e)
            || sent.toks[e].kind == T::Num
            || matches!(sent.lower(e), "programme" | "show" | "newspaper"))
        && e < at + 8
    {
        e += 1;
    }
    if e > start_caps {
        let txt = sent.text(if det { at } else { start_caps }, e);
        return Some(txt);
    }
    if told && det {
        // "told a press conference", "told a radio interview".
        let mut k = at + 1;
        while k < n
            && sent.toks[k].kind == T::Word
            && k < at + 4
            && !matches!(
                sent.lower(k),
                "that" | "he" | "she" | "they" | "it" | "on" | "in"
            )
        {
            k += 1;
        }
        if k > at + 1 {
            return Some(sent.text(at, k));
        }
    }
    None
}

/// Outlets introduced by a phrase anywhere outside quotes: "in a radio interview", "in a statement",
/// "on BBC Radio 4's Today programme", "speaking to Sky News".
pub fn outlet_anywhere(sent: &Sent) -> Option<String> {
    let n = sent.toks.len();
    for i in 0..n {
        // Every lead starts with one of these words: most tokens are passed over at once.
        if sent.quoted[i] || !matches!(sent.lower(i), "in" | "on" | "at" | "speaking" | "writing") {
            continue;
        }
        for lead in OUTLET_LEADS {
            let mut len = 0;
            if !lead.split(' ').enumerate().all(|(k, w)| {
                len = k + 1;
                sent.lower(i + k) == w
            }) {
                continue;
            }
            let after = i + len;
            let head_words = [
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
            ];
            if lead.starts_with("speaking")
                || lead.starts_with("writing")
                || lead.contains("with")
                || lead.contains("comments")
            {
                return outlet_after(sent, after, false);
            }
            // "in a radio interview", "in a statement", "at a press conference".
            let mut k = after;
            let mut saw = false;
            while k < n && sent.toks[k].kind == T::Word && k < after + 4 {
                if head_words.contains(&sent.lower(k)) {
                    saw = true;
                }
                k += 1;
                if saw && !head_words.contains(&sent.lower(k)) {
                    break;
                }
            }
            if saw {
                let det_at = after - 1;
                return Some(sent.text(det_at, k));
            }
            // "on BBC Breakfast", "on Sky News".
            if lead.starts_with("on") && sent.is_cap(after) {
                if let Some(o) = outlet_after(sent, after, false).filter(|o| is_media_name(o)) {
                    return Some(o);
                }
            }
        }
    }
    None
}

/// Whether a name is a broadcaster, a programme or a publication ("BBC Breakfast", "Sky News"),
/// rather than any capitalised thing after "on" ("calling on the Government").
fn is_media_name(name: &str) -> bool {
    const MEDIA: &[&str] = &[
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
    ];
    name.split(|c: char| !c.is_alphanumeric())
        .any(|w| MEDIA.contains(&w))
        || name.contains("programme")
}

/// Whether the figure at token `at` sits in a framing clause after the cue ("X said ... after 27
/// people died"): the article's own account of events, not the speaker's.
pub fn framed(sent: &Sent, cue_at: usize, at: usize) -> bool {
    if at <= cue_at {
        return false;
    }
    (cue_at + 1..at).any(|k| {
        !sent.quoted[k] && matches!(sent.lower(k), "after" | "following" | "amid")
            || (sent.lower(k) == "wake" && sent.lower(k.saturating_sub(1)) == "the")
    })
}

/// Looks for a person introduced in a sentence ("Bella Sankey, the director of ...," or "Kevin
/// Foster said"), to take a pending role and to serve as "he"/"she" later.
pub fn note_people(sent: &Sent, people: &mut People, block: usize) {
    let n = sent.toks.len();
    let mut i = 0;
    while i < n {
        if sent.quoted[i] || !sent.is_cap(i) {
            i += 1;
            continue;
        }
        let (end, name) = match sent.name_after(i) {
            Some(x) => x,
            None => {
                i += 1;
                continue;
            }
        };
        let words = name.split_whitespace().count();
        let titled = TITLES.contains(&sent.w(i));
        // "Apple Inc.": a company with its legal form; "Apple" alone is the same speaker.
        if words >= 2 {
            let form = sent.w(end - 1);
            if matches!(
                form,
                "Inc" | "Corp" | "Ltd" | "Co" | "plc" | "PLC" | "LLC" | "AG" | "SA"
            ) {
                let dotted = sent.w(end) == "." && !sent.toks[end].space;
                let full = if dotted {
                    sent.text(i, end + 1)
                } else {
                    name.clone()
                };
                let id = people.find_or_add(&full, None);
                people.aliases.push((sent.text(i, end - 1), id));
                people.last_company = Some(id);
            }
        }
        // "the Korean Central News Agency (KCNA)": the short form names the same speaker.
        if words >= 2 && sent.w(end) == "(" && sent.w(end + 2) == ")" {
            let short = sent.w(end + 1);
            if short.len() >= 2
                && short
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            {
                let id = people.find_or_add(&name, None);
                people.aliases.push((short.to_owned(), id));
            }
        }
        // A named sentence subject is who "he" or "she" will be: "Harry Kane won the award. He said".
        if words >= 2
            && i == 0
            && sent.toks.get(end).is_some_and(|t| {
                t.kind == T::Word && t.text(sent.s).chars().all(char::is_lowercase)
            })
        {
            let id = people.find_or_add(&name, None);
            people.last = Some(id);
        }
        if words >= 2 || titled {
            let role = apposition_after(sent, end);
            if role.is_some()
                || words >= 2
                    && sent
                        .toks
                        .get(end)
                        .is_some_and(|t| t.kind == T::Word && CUES.contains(&sent.lower(end)))
            {
                let id = people.find_or_add(&name, role);
                people.take_pending(id, block);
            }
        }
        i = end.max(i + 1);
    }
}
