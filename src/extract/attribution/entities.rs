//! Stage 2, entities: mentions linked into the people and bodies of the whole article.
//!
//! "Kevin Foster", "Mr Foster" and "Foster" are one entity; so are "General Motors" and "GM", and
//! "Apple Inc." and "Apple". A pronoun is the entity most recently named; a role noun ("the
//! minister") the most recent entity whose role holds it, or, with nobody yet, the next person the
//! article names. Each entity has one display name: the fullest name it was given, with its role.
//! `is_entity_name` says whether a string can be such a name at all, so that no pronoun, bare role
//! noun or fragment is ever shown as a speaker.

use super::super::lexicon::{
    is_function_word, AUX, BODY_WORDS, COMPANY_NOUNS, COURTESY_TITLES, DOCUMENT_NOUNS,
    FEMALE_TITLES, GROUP_NOUNS, LEGAL_FORMS, MALE_TITLES, NAME_JOINERS, PRONOUNS, RESEARCH_NOUNS,
    ROLE_NOUNS, TITLES, VERB_FORMS,
};
use rustc_hash::FxHashMap as HashMap;

/// A person or body known in the article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entity {
    /// The fullest name given, or the role noun that stands for it until a name comes.
    pub name: String,
    pub role: Option<String>,
    pub nature: Nature,
}

/// What an entity is, as far as the article has said: what "he", "she", "it" and "they" can
/// stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Nature {
    #[default]
    Unknown,
    /// A man, by a title ("Mr") or by "he" used of him.
    Man,
    /// A woman, by a title ("Ms") or by "she" used of her.
    Woman,
    /// A person of no known gender: someone with a post ("Kevin Foster, the immigration minister").
    Person,
    /// An organisation or a group: a legal form, a word such as "Agency", a short form in capitals.
    Body,
}

/// Whether a word of a name makes it a body's: "Agency", "Council", "Inc.".
fn is_body_word(w: &str) -> bool {
    BODY_WORDS.contains(&w) || LEGAL_FORMS.contains(&w.trim_end_matches('.'))
}

impl Nature {
    /// What a name says of its bearer: "Mr Foster" is a man, "UK Border Agency" a body.
    fn of_name(name: &str) -> Nature {
        let first = name
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches('.');
        let acronym =
            name.len() >= 2 && !name.contains(' ') && name.chars().all(|c| c.is_ascii_uppercase());
        if MALE_TITLES.contains(&first) {
            Nature::Man
        } else if FEMALE_TITLES.contains(&first) {
            Nature::Woman
        } else if name.split_whitespace().any(is_body_word)
            || acronym
            || name.starts_with(char::is_lowercase)
        {
            Nature::Body
        } else {
            Nature::Unknown
        }
    }

    /// Whether a pronoun can stand for an entity of this nature.
    fn takes(self, pronoun: &str) -> bool {
        match pronoun {
            "he" => matches!(self, Nature::Man | Nature::Person | Nature::Unknown),
            "she" => matches!(self, Nature::Woman | Nature::Person | Nature::Unknown),
            _ => matches!(self, Nature::Body | Nature::Unknown),
        }
    }
}

#[derive(Debug, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// The entity most recently named or referred to, and the block it was in.
    pub last: Option<usize>,
    pub last_block: usize,
    /// A role noun with no one to refer to yet ("..., the shadow culture secretary has said."):
    /// the next person introduced takes it. (role, block, entity standing for it)
    pub pending_role: Option<(String, usize, usize)>,
    /// Short forms: "KCNA" for the Korean Central News Agency, "Apple" for Apple Inc.
    pub aliases: Vec<(String, usize)>,
    /// The company most recently named with its legal form ("Apple Inc."), whom "the company"
    /// and "company statistics" refer to.
    pub last_company: Option<usize>,
    /// Groups introduced by what they are ("a research team from the University of X"), most
    /// recent last, which "the researchers" refers back to.
    pub groups: Vec<usize>,
    /// Entities by their last name word, so that lookups stay quick on a long live blog.
    by_last: HashMap<String, Vec<usize>>,
    /// Entities in the order they were last mentioned, most recent last.
    recent: Vec<usize>,
}

impl Entities {
    /// Finds or adds an entity by name; "Mr Foster" and "Foster" find "Kevin Foster".
    pub fn find_or_add(&mut self, name: &str, role: Option<String>) -> usize {
        if let Some(&(_, id)) = self.aliases.iter().find(|(a, _)| a == name) {
            return id;
        }
        let bare = strip_title(name);
        let nature = Nature::of_name(name);
        let i = match self.find(bare) {
            Some(i) => {
                // A fuller name than the one known replaces it.
                if word_count(bare) > word_count(&self.list[i].name) {
                    self.list[i].name = bare.to_owned();
                }
                i
            }
            None => self.push(Entity {
                name: bare.to_owned(),
                role: None,
                nature,
            }),
        };
        if self.list[i].nature == Nature::Unknown {
            self.list[i].nature = nature;
        }
        if let Some(r) = role.filter(|r| !r.is_empty()) {
            let post = r
                .split_whitespace()
                .any(|w| ROLE_NOUNS.contains(&w.to_ascii_lowercase().as_str()));
            if post && self.list[i].nature == Nature::Unknown {
                self.list[i].nature = Nature::Person;
            }
            if self.list[i].role.is_none() {
                self.list[i].role = Some(r);
            }
        }
        i
    }

    /// Notes a mention of an entity: it becomes the most recent, for pronouns.
    pub fn mention(&mut self, id: usize) {
        self.last = Some(id);
        if let Some(at) = self.recent.iter().rposition(|&r| r == id) {
            self.recent.remove(at);
        }
        self.recent.push(id);
        if self.recent.len() > 16 {
            self.recent.remove(0);
        }
    }

    /// The entity a pronoun stands for: the most recently mentioned one it can stand for, by
    /// gender and by person or body. The pronoun then tells what the entity is.
    pub fn pronoun(&mut self, p: &str) -> Option<usize> {
        let id = self
            .recent
            .iter()
            .rev()
            .copied()
            .find(|&r| self.list[r].nature.takes(p))?;
        let e = &mut self.list[id];
        if matches!(e.nature, Nature::Unknown | Nature::Person) {
            e.nature = match p {
                "he" => Nature::Man,
                "she" => Nature::Woman,
                "it" => Nature::Body,
                _ => e.nature,
            };
        }
        self.mention(id);
        Some(id)
    }

    /// The known entity a bare name refers to: the same name, or the same last word where one of
    /// the two is a single word ("Foster" for "Kevin Foster").
    fn find(&self, bare: &str) -> Option<usize> {
        let last = bare.split_whitespace().last().unwrap_or(bare);
        let candidates = self.by_last.get(last)?;
        let list = &self.list;
        candidates
            .iter()
            .copied()
            .find(|&k| list[k].name == bare)
            .or_else(|| {
                candidates.iter().copied().find(|&k| {
                    let p = &list[k].name;
                    p.split_whitespace().last() == Some(last)
                        && (word_count(bare) == 1 || word_count(p) == 1)
                })
            })
    }

    /// Whether the article already knows a name, under itself or a short form.
    pub fn knows(&self, name: &str) -> bool {
        self.aliases.iter().any(|(a, _)| a == name) || self.find(strip_title(name)).is_some()
    }

    /// The entity a name stands for in the end: a short form found before its full name ("GM" in
    /// a headline, "General Motors (GM)" below) is the full name.
    pub fn canonical(&self, id: usize) -> usize {
        let name = &self.list[id].name;
        self.aliases
            .iter()
            .find(|(a, t)| a == name && *t != id)
            .map_or(id, |&(_, t)| t)
    }

    /// "The researchers", "the scientists": the group of that kind the article last introduced.
    pub fn group(&self, noun: &str) -> Option<usize> {
        RESEARCH_NOUNS
            .contains(&noun)
            .then(|| self.groups.last().copied())
            .flatten()
    }

    /// "The bank", "the agency", "the university": the entity most recently named whose proper
    /// name holds the noun ("Bank of America", "UK Border Agency").
    pub fn by_name_word(&self, noun: &str) -> Option<usize> {
        let head = noun.split_whitespace().last()?;
        if head.len() < 3 {
            return None;
        }
        self.list.iter().rposition(|e| {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            words.len() >= 2
                && e.nature != Nature::Person
                && e.name.starts_with(char::is_uppercase)
                && words.iter().any(|w| w.eq_ignore_ascii_case(head))
        })
    }

    /// "The company", "the firm": the company last named with its legal form.
    pub fn company(&self, noun: &str) -> Option<usize> {
        let head = noun.split_whitespace().find(|w| *w != "the")?;
        COMPANY_NOUNS
            .contains(&head)
            .then_some(self.last_company)
            .flatten()
    }

    /// Adds an entity and indexes it by its last name word.
    pub fn push(&mut self, p: Entity) -> usize {
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

    /// The known entity whose role holds every word of a role noun ("the minister" → the
    /// immigration minister), most recent first. "The shadow culture secretary" is not "the Home
    /// Secretary"; "the borders chief" is "chief inspector of the UK Borders Agency".
    pub fn by_role(&self, noun: &str) -> Option<usize> {
        let words: Vec<&str> = noun
            .split_whitespace()
            .filter(|w| w.len() > 2 && *w != "the")
            .map(|w| w.trim_end_matches('s'))
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
                // The noun within the role ("the minister"), or a role of two words or more
                // within the noun, with the same head ("Trade and Industry Secretary" for a role
                // read as "Industry Secretary").
                words.iter().all(|w| role_words.contains(w))
                    || role_words.len() >= 2
                        && role_words.last() == words.last()
                        && role_words.iter().all(|w| words.contains(w))
            })
        })
    }
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A name without its courtesy title: "Mr Foster" is "Foster".
pub fn strip_title(name: &str) -> &str {
    let mut n = name.trim();
    loop {
        let first = n.split_whitespace().next().unwrap_or("");
        if COURTESY_TITLES.contains(&first.trim_end_matches('.')) && word_count(n) > 1 {
            n = n[first.len()..].trim_start();
        } else {
            return n;
        }
    }
}

/// "Shadow Home Secretary Yvette Cooper", "Labour's Yvette Cooper": a title or an owner before a
/// name is a role, not part of the name. Courtesy titles ("Mr Key") stay with the name. A role
/// noun written with a capital is a title too, before a full name: "Chief Constable Andy Marsh",
/// "Chief Executive Jane Doe", but not "Head Start".
pub fn split_title(name: &str) -> (&str, Option<String>) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_title = |(k, w): (usize, &&str)| {
        TITLES.contains(w) && !COURTESY_TITLES.contains(w)
            || w.starts_with(|c: char| c.is_ascii_uppercase())
                && ROLE_NOUNS.contains(&w.to_ascii_lowercase().as_str())
                && k + 2 < words.len()
            || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    };
    // An honour is part of the name it comes with: "Commissioner Sir Mark Rowley" is Sir Mark
    // Rowley, the commissioner; "Dame Judi Dench" has no role.
    let honour = |w: &str| matches!(w, "Sir" | "Dame" | "Lord" | "Lady");
    let title_at = words
        .iter()
        .enumerate()
        .rev()
        .find(|&e| is_title(e))
        .map(|(k, _)| k);
    let title_at = match title_at {
        Some(k) if honour(words[k]) => (0..k).rev().find(|&j| is_title((j, &words[j]))),
        other => other,
    };
    match title_at {
        // "Boris Johnson and President Macron" is two people, not a role and a name.
        // "Coach Inc.", "General Motors Corp": a company, not a role and a name.
        Some(p)
            if p + 1 < words.len()
                && (p == 0 || words[p - 1] != "and")
                && !words[p + 1..].iter().any(|w| is_body_word(w)) =>
        {
            let rest = words[p + 1..].join(" ");
            let at = name.len() - rest.len();
            if name[at..] != rest {
                return (name, None);
            }
            (name[at..].trim(), Some(name[..at].trim().to_owned()))
        }
        _ => (name, None),
    }
}

/// What a speaker's name is, for how far to trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A proper name: "Kevin Foster", "Airbus", "Office for National Statistics".
    Proper,
    /// A body by a common noun that speaks as one: "police", "officials".
    Group,
    /// A role with nobody named for it: "the minister".
    Role,
    /// A document or a publication told apart by what qualifies it: "event website", "recent poll".
    Described,
    /// A document or a set of figures with no body named: "figures", "the report".
    Document,
    /// No entity at all: a pronoun, a possessive fragment, a clause ("those", "Sun's", "increase
    /// was better than analysts").
    Nothing,
}

/// What kind of name a speaker string is. A speaker shown to a reader must be `Proper` or
/// `Group`; the others are at best a guess.
pub fn name_kind(name: &str) -> NameKind {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(&head) = words.last() else {
        return NameKind::Nothing;
    };
    let folded = head.to_ascii_lowercase();
    let possessive =
        |w: &&str| w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with('\u{2019}');
    if words.iter().any(possessive) {
        return NameKind::Nothing;
    }
    let proper = words.iter().any(|w| w.starts_with(char::is_uppercase));
    let agent = |w: &str| {
        GROUP_NOUNS.contains(&w) || ROLE_NOUNS.contains(&w) || DOCUMENT_NOUNS.contains(&w)
    };
    // Lower-case words inside a proper name may only join its parts ("Bank of America"), or be
    // the noun it qualifies ("New Zealand government"), or what that body is ("research team
    // from the University of Sheffield").
    let modifier = |w: &str| !is_function_word(w) && !AUX.contains(&w) && !VERB_FORMS.contains(&w);
    let lower_inside = words.iter().enumerate().all(|(k, w)| {
        !w.starts_with(char::is_lowercase)
            // A modifier of the head noun: "Reuters news agency".
            || k + 2 == words.len() && modifier(w) && agent(words[k + 1])
            || NAME_JOINERS.contains(w)
            || matches!(*w, "the" | "for" | "from" | "at")
            || agent(w)
                && (k + 1 == words.len()
                    || words
                        .get(k + 1)
                        .is_some_and(|n| matches!(*n, "from" | "at" | "of")))
            || k + 1 < words.len()
                && words[k + 1..]
                    .iter()
                    .take(2)
                    .any(|n| RESEARCH_NOUNS.contains(n))
    });
    // A post in capitals with nobody's name: "Trade and Industry Secretary".
    if proper && TITLES.contains(&head) && !COURTESY_TITLES.contains(&head) {
        return NameKind::Role;
    }
    if proper && lower_inside {
        let all_function = words
            .iter()
            .all(|w| is_function_word(w.to_ascii_lowercase().as_str()));
        return if all_function {
            NameKind::Nothing
        } else {
            NameKind::Proper
        };
    }
    if proper {
        return NameKind::Nothing;
    }
    if words.len() == 1 && PRONOUNS.contains(&folded.as_str()) || is_function_word(folded.as_str())
    {
        return NameKind::Nothing;
    }
    // A common noun phrase: at most a determiner and two modifiers before its head.
    if words.len() > 4 {
        return NameKind::Nothing;
    }
    let modified = words.len() >= 2 && !matches!(words[0], "the" | "a" | "an");
    if COMPANY_NOUNS.contains(&folded.as_str()) {
        // "The company", "the auto firm" with no company to refer to: a reference, not a name.
        NameKind::Role
    } else if GROUP_NOUNS.contains(&folded.as_str()) {
        NameKind::Group
    } else if ROLE_NOUNS.contains(&folded.as_str()) {
        NameKind::Role
    } else if DOCUMENT_NOUNS.contains(&folded.as_str()) && modified {
        NameKind::Described
    } else if DOCUMENT_NOUNS.contains(&folded.as_str()) {
        NameKind::Document
    } else {
        NameKind::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_name() {
        use NameKind::*;
        let cases: &[(&str, NameKind)] = &[
            // Proper names, with the joiners names use.
            ("Kevin Foster", Proper),
            ("Bank of America Corporation", Proper),
            ("Office for National Statistics", Proper),
            ("Secunia.com", Proper),
            // Bodies by a common noun.
            ("police", Group),
            ("Reuters news agency", Proper),
            ("the company", Role),
            ("auto firm", Role),
            ("officials", Group),
            ("media", Group),
            // A role with nobody named.
            ("the minister", Role),
            ("shadow culture secretary", Role),
            ("Trade and Industry Secretary", Role),
            // A document with no body named.
            ("figures", Document),
            ("the report", Document),
            ("event website", Described),
            ("recent poll", Described),
            // A proper name qualifying a common noun, or a group by where it is from.
            ("New Zealand government", Proper),
            (
                "research team from the Massachusetts Institute of Technology",
                Proper,
            ),
            // No entity at all.
            ("those", Nothing),
            ("their", Nothing),
            ("it", Nothing),
            ("Sun's", Nothing),
            ("company's statement", Nothing),
            ("increase was better than analysts", Nothing),
            ("worse than most economic analysts", Nothing),
            ("The", Nothing),
            ("T Rowe Price Head said", Nothing),
            ("", Nothing),
        ];
        for (name, want) in cases {
            assert_eq!(name_kind(name), *want, "{name:?}");
        }
    }

    #[test]
    fn mentions_link_into_one_entity() {
        let mut e = Entities::default();
        let cases: &[(&str, usize)] = &[
            ("Kevin Foster", 0),
            ("Mr Foster", 0),
            ("Foster", 0),
            ("Jo Stevens", 1),
            ("Ms Stevens", 1),
            ("Stevens", 1),
            // The same last name with two full names is two people.
            ("Ann Foster", 2),
        ];
        for (name, want) in cases {
            assert_eq!(e.find_or_add(name, None), *want, "{name}");
        }
        assert_eq!(e.list[0].name, "Kevin Foster");
    }

    #[test]
    fn pronouns_by_gender_and_by_person_or_body() {
        let mut e = Entities::default();
        let foster = e.find_or_add("Mr Foster", None);
        let stevens = e.find_or_add("Ms Stevens", None);
        let agency = e.find_or_add("UK Border Agency", None);
        let vine = e.find_or_add("John Vine", Some("chief inspector".into()));
        for id in [foster, stevens, agency, vine] {
            e.mention(id);
        }
        let cases: &[(&str, Option<usize>)] = &[
            // The most recent entity the pronoun can stand for.
            ("he", Some(vine)),
            ("she", Some(stevens)),
            ("it", Some(agency)),
            ("they", Some(agency)),
        ];
        for (p, want) in cases {
            assert_eq!(e.pronoun(p), *want, "{p}");
        }
        // A name of no known nature takes what the pronoun says of it.
        let mut e = Entities::default();
        let kim = e.find_or_add("Kim Lee", None);
        e.mention(kim);
        assert_eq!(e.pronoun("she"), Some(kim));
        assert_eq!(e.pronoun("he"), None, "Kim Lee is a woman now");
    }

    #[test]
    fn titles_before_a_name_are_its_role() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Shadow Home Secretary Yvette Cooper",
                "Yvette Cooper",
                Some("Shadow Home Secretary"),
            ),
            ("Labour's Yvette Cooper", "Yvette Cooper", Some("Labour's")),
            (
                "Prime Minister John Key",
                "John Key",
                Some("Prime Minister"),
            ),
            // Courtesy titles stay with the name; a list of people is no role.
            ("Mr Key", "Mr Key", None),
            (
                "Boris Johnson and President Macron",
                "Boris Johnson and President Macron",
                None,
            ),
            ("Kevin Foster", "Kevin Foster", None),
        ];
        for (name, bare, role) in cases {
            let (b, r) = split_title(name);
            assert_eq!((b, r.as_deref()), (*bare, *role), "{name}");
        }
    }

    #[test]
    fn a_fuller_name_replaces_a_shorter_one() {
        let mut e = Entities::default();
        let a = e.find_or_add("Darmanin", None);
        let b = e.find_or_add("Gerald Darmanin", Some("interior minister".into()));
        assert_eq!((a, e.list[a].name.as_str()), (b, "Gerald Darmanin"));
    }

    #[test]
    fn role_nouns_resolve_to_a_role_holding_every_word() {
        let mut e = Entities::default();
        e.find_or_add(
            "John Vine",
            Some("chief inspector of the UK Borders Agency".into()),
        );
        e.find_or_add("Ann Lee", Some("health minister".into()));
        let cases: &[(&str, Option<usize>)] = &[
            ("the minister", Some(1)),
            ("the health minister", Some(1)),
            ("the borders chief", Some(0)),
            ("the chief inspector", Some(0)),
            ("the home secretary", None),
            ("the deputy health minister", Some(1)),
            ("the transport minister", None),
            ("the", None),
        ];
        for (noun, want) in cases {
            assert_eq!(e.by_role(noun), *want, "{noun}");
        }
    }

    #[test]
    fn short_forms_stand_for_their_full_name() {
        let mut e = Entities::default();
        let gm = e.find_or_add("GM", None);
        let full = e.find_or_add("General Motors", None);
        e.aliases.push(("GM".into(), full));
        assert_eq!(e.canonical(gm), full);
        assert_eq!(e.find_or_add("GM", None), full);
    }
}
