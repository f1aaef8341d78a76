//! Who says a figure: speakers (full name as first introduced, with a role from apposition or from a
//! role noun such as "the immigration minister"), the cue ("said", "told", "according to"), the
//! outlet ("BBC Breakfast", "a radio interview"), and whether the figure is in a direct quote.
//!
//! The unit of work is the article: people are remembered across paragraphs, so "Mr Foster", "he"
//! and "the minister" resolve to the person named earlier, a quote that runs over several
//! paragraphs keeps its speaker, and a role noun in a lede ("..., the shadow culture secretary has
//! said.") is given to the person the next paragraph names.

use super::lex::{tokens, Tok, T};

/// Verbs that attribute what follows or precedes them.
const CUES: &[&str] = &[
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
    "conceded",
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
];

/// Nouns that name a speaker by role; a role noun resolves to a known person whose role shares it.
const AGENT_NOUNS: &[&str] = &[
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
];

const TITLES: &[&str] = &[
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
];

/// Capitalised words that begin sentences or name things, never people.
const NOT_NAMES: &[&str] = &[
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
];

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Said {
    /// Index into `People::list`.
    pub who: Option<usize>,
    pub cue: Option<String>,
    pub outlet: Option<String>,
    /// Token index (in the sentence) of the cue, to tell reported clauses from framing ones.
    pub cue_at: usize,
}

#[derive(Debug, Default)]
pub struct People {
    pub list: Vec<Person>,
    /// The person most recently named or referred to.
    pub last: Option<usize>,
    /// A role noun with no one to refer to yet ("..., the shadow culture secretary has said."):
    /// the next person introduced takes it.
    pub pending_role: Option<(String, usize)>,
}

impl People {
    /// Finds or adds a person by name; "Mr Foster" and "Foster" find "Kevin Foster".
    pub fn find_or_add(&mut self, name: &str, role: Option<String>) -> usize {
        let bare = strip_title(name);
        let last = bare.split_whitespace().last().unwrap_or(bare);
        let found = self.list.iter().position(|p| p.name == bare).or_else(|| {
            self.list.iter().position(|p| {
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
            None => {
                self.list.push(Person {
                    name: bare.to_owned(),
                    role: None,
                });
                self.list.len() - 1
            }
        };
        if let Some(r) = role.filter(|r| !r.is_empty()) {
            if self.list[i].role.is_none() {
                self.list[i].role = Some(r);
            }
        }
        i
    }

    /// The known person whose role shares a word with a role noun ("the minister" → the immigration
    /// minister), most recent first.
    fn by_role(&self, noun: &str) -> Option<usize> {
        let words: Vec<&str> = noun
            .split_whitespace()
            .filter(|w| w.len() > 2 && *w != "the")
            .collect();
        let head = *words.last()?;
        self.list.iter().rposition(|p| {
            p.role.as_deref().is_some_and(|r| {
                let r = r.to_lowercase();
                r.split_whitespace()
                    .any(|w| w.trim_end_matches('s') == head.trim_end_matches('s'))
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
    pub toks: Vec<Tok>,
    /// Whether each token lies inside quotation marks.
    pub quoted: Vec<bool>,
}

impl<'a> Sent<'a> {
    pub fn new(s: &'a str, open_quote: bool) -> Sent<'a> {
        let toks = tokens(s);
        let mut quoted = Vec::with_capacity(toks.len());
        let mut inside = open_quote;
        for (k, t) in toks.iter().enumerate() {
            let c = t.text(s);
            let toggles = match c {
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
                // A straight quote opens when followed by a word without space, else closes.
                let opens = !inside
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| !n.space || n.kind == T::Word);
                quoted.push(true);
                inside = if inside { false } else { opens };
                continue;
            }
            quoted.push(inside);
        }
        Sent { s, toks, quoted }
    }

    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.s))
    }

    fn lower(&self, i: usize) -> String {
        self.w(i).to_lowercase()
    }

    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == T::Word
                && t.text(self.s)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    }

    /// Whether the sentence ends inside an open quote (it runs on into the next sentence).
    pub fn ends_quoted(&self) -> bool {
        self.quoted.last().copied().unwrap_or(false)
            && !matches!(self.w(self.toks.len().saturating_sub(1)), "\"" | "\u{201d}")
    }

    /// The token index that covers byte offset `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.end > at)
            .unwrap_or(self.toks.len())
    }

    /// A name ending at token `end` (exclusive), walking left over capitalised words and titles.
    fn name_before(&self, end: usize) -> Option<(usize, String)> {
        let mut start = end;
        while start > 0 && self.is_cap(start - 1) && !self.quoted[start - 1] {
            start -= 1;
        }
        // Names with particles or hyphens: "De Bruyne", "Kim Shin-Wook" are capitalised throughout.
        while start < end && NOT_NAMES.contains(&self.w(start)) && !TITLES.contains(&self.w(start))
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

/// Finds the attribution of a sentence: its speaker, cue and outlet.
pub fn attribution(sent: &Sent, people: &mut People, block: usize) -> Option<Said> {
    let n = sent.toks.len();
    // "according to X".
    for i in 0..n {
        if sent.quoted[i] || sent.lower(i) != "according" || sent.lower(i + 1) != "to" {
            continue;
        }
        let (end, name) = sent.name_after(i + 2).or_else(|| {
            // "according to the Office for National Statistics", "according to police".
            let mut e = i + 2;
            while e < n && sent.toks[e].kind == T::Word && !sent.quoted[e] && e < i + 9 {
                e += 1;
            }
            (e > i + 2).then(|| (e, sent.text(i + 2, e)))
        })?;
        let name = name.trim_start_matches("the ").to_owned();
        let who = people.find_or_add(&name, apposition_after(sent, end));
        people.last = Some(who);
        return Some(Said {
            who: Some(who),
            cue: Some("according to".into()),
            outlet: None,
            cue_at: i,
        });
    }
    for i in 0..n {
        if sent.quoted[i] || sent.toks[i].kind != T::Word {
            continue;
        }
        let w = sent.lower(i);
        if !CUES.contains(&w.as_str()) {
            continue;
        }
        // "pointed out".
        let cue_end = if w == "pointed" && sent.lower(i + 1) == "out" {
            i + 2
        } else {
            i + 1
        };
        if w == "pointed" && cue_end == i + 1 {
            continue;
        }
        let mut cue = sent.text(i, cue_end);
        // Subject before the cue, over "has", "also", an apposition.
        let mut j = i;
        let mut aux = Vec::new();
        while j > 0
            && matches!(
                sent.lower(j - 1).as_str(),
                "has"
                    | "have"
                    | "had"
                    | "also"
                    | "later"
                    | "then"
                    | "previously"
                    | "earlier"
                    | "once"
                    | "repeatedly"
                    | "recently"
                    | "has also"
                    | "further"
                    | "had also"
                    | "would"
                    | "will"
                    | "reportedly"
            )
        {
            aux.push(j - 1);
            j -= 1;
        }
        if let Some(&a) = aux.last() {
            cue = sent.text(a, cue_end);
        }
        let mut who = subject_before(sent, j, people);
        if let Some((r, usize::MAX)) = people.pending_role.clone() {
            people.pending_role = Some((r, block));
        }
        let mut outlet = None;
        if who.is_none() {
            // Inverted: "..., said Mr Vine." or "said John Vine, the chief inspector".
            if let Some((end, name)) = sent.name_after(cue_end) {
                let role = apposition_after(sent, end);
                let id = people.find_or_add(&name, role);
                who = Some(id);
            } else if sent.lower(cue_end) == "he" || sent.lower(cue_end) == "she" {
                who = people.last;
            }
        }
        let who = who?;
        people.last = Some(who);
        // The outlet: "told BBC Breakfast", "in a radio interview", "speaking to Sky News".
        if w == "told" || w == "tells" {
            outlet = outlet_after(sent, cue_end, true);
        }
        if outlet.is_none() {
            outlet = outlet_anywhere(sent);
        }
        if let Some((role, at)) = people.pending_role.take() {
            if at + 2 >= block && people.list[who].role.is_none() && at < block {
                people.list[who].role = Some(role);
            } else if at == block {
                people.pending_role = Some((role, at));
            }
        }
        return Some(Said {
            who: Some(who),
            cue: Some(cue),
            outlet,
            cue_at: i,
        });
    }
    None
}

/// The subject of a cue at token `j`: a name (with apposition), "Mr X", a pronoun or a role noun.
fn subject_before(sent: &Sent, j: usize, people: &mut People) -> Option<usize> {
    if j == 0 {
        return None;
    }
    let prev = sent.lower(j - 1);
    if matches!(prev.as_str(), "he" | "she" | "they") {
        return people.last;
    }
    // "Gerald Darmanin, the French interior minister, has said": skip the apposition back to the name.
    if sent.w(j - 1) == "," {
        let mut k = j - 1;
        while k > 0 && sent.w(k - 1) != "," && j - k < 16 {
            k -= 1;
        }
        if k > 0 && sent.w(k - 1) == "," {
            let role = sent.text(k, j - 1);
            if role.starts_with(|c: char| c.is_lowercase())
                || role.starts_with("the ")
                || role.starts_with("The ")
            {
                if let Some((_, name)) = sent.name_before(k - 1).filter(|(st, _)| *st + 6 >= k - 1)
                {
                    let id = people.find_or_add(&name, Some(clean_role(&role)));
                    return Some(id);
                }
            }
        }
        return None;
    }
    if let Some((start, name)) = sent.name_before(j) {
        // A role before the name: "immigration minister Kevin Foster".
        let mut r = start;
        while r > 0
            && sent.toks[r - 1].kind == T::Word
            && sent.w(r - 1).chars().all(|c| c.is_lowercase())
            && start - r < 4
            && !matches!(
                sent.lower(r - 1).as_str(),
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
        let role = (r < start && AGENT_NOUNS.contains(&sent.lower(start - 1).as_str()))
            .then(|| sent.text(r, start));
        if name.split_whitespace().all(|w| TITLES.contains(&w)) {
            return None;
        }
        let id = people.find_or_add(&name, role);
        return Some(id);
    }
    // Role nouns: "the minister said", "the borders chief demanded", "police said".
    let mut k = j;
    while k > 0 && sent.toks[k - 1].kind == T::Word && j - k < 5 && !sent.quoted[k - 1] {
        k -= 1;
        if matches!(sent.lower(k).as_str(), "the" | "a" | "an") {
            break;
        }
    }
    let phrase = sent.text(k, j).to_lowercase();
    let head = sent.lower(j - 1);
    if !AGENT_NOUNS.contains(&head.as_str()) {
        return None;
    }
    if let Some(id) = people.by_role(&phrase) {
        return Some(id);
    }
    let role = phrase
        .trim_start_matches("the ")
        .trim_start_matches("a ")
        .to_owned();
    if phrase.starts_with("the ")
        && matches!(
            head.as_str(),
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
        // Nobody yet: the next person named takes this role (and these figures, when they come).
        people.pending_role = Some((role, usize::MAX));
        return None;
    }
    // Collective speakers: "police said", "officials said", "the company said".
    let id = people.find_or_add(&role, None);
    Some(id)
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
    let det = matches!(sent.lower(at).as_str(), "the" | "a" | "an");
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
            || matches!(sent.lower(e).as_str(), "programme" | "show" | "newspaper"))
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
                sent.lower(k).as_str(),
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
        if sent.quoted[i] {
            continue;
        }
        for lead in OUTLET_LEADS {
            let words: Vec<&str> = lead.split(' ').collect();
            if !words
                .iter()
                .enumerate()
                .all(|(k, w)| sent.lower(i + k) == *w)
            {
                continue;
            }
            let after = i + words.len();
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
                if head_words.contains(&sent.lower(k).as_str()) {
                    saw = true;
                }
                k += 1;
                if saw && !head_words.contains(&sent.lower(k).as_str()) {
                    break;
                }
            }
            if saw {
                let det_at = after - 1;
                return Some(sent.text(det_at, k));
            }
            // "on BBC Breakfast", "on Sky News".
            if lead.starts_with("on") && sent.is_cap(after) {
                return outlet_after(sent, after, false);
            }
        }
    }
    None
}

/// Whether the figure at token `at` sits in a framing clause after the cue ("X said ... after 27
/// people died"): the article's own account of events, not the speaker's.
pub fn framed(sent: &Sent, cue_at: usize, at: usize) -> bool {
    if at <= cue_at {
        return false;
    }
    (cue_at + 1..at).any(|k| {
        !sent.quoted[k] && matches!(sent.lower(k).as_str(), "after" | "following" | "amid")
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
        if words >= 2 || titled {
            let role = apposition_after(sent, end);
            if role.is_some()
                || words >= 2
                    && sent.toks.get(end).is_some_and(|t| {
                        t.kind == T::Word && CUES.contains(&sent.lower(end).as_str())
                    })
            {
                let id = people.find_or_add(&name, role);
                if let Some((r, at)) = people.pending_role.take() {
                    if at < block && at + 2 >= block && people.list[id].role.is_none() {
                        people.list[id].role = Some(r);
                    } else if at >= block {
                        people.pending_role = Some((r, at));
                    }
                }
            }
        }
        i = end.max(i + 1);
    }
}
