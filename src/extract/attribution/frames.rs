//! Stage 3, frames: the reporting cues of a sentence, each with its source and where it was said.
//!
//! A frame is one act of reporting: a cue ("said", "told", "according to", "found"), the mention
//! of its source before or after it ("Kevin Foster said", "said Mr Vine", "according to the ONS"),
//! the source's own phrase (its name and apposition, whose figures describe the source and stay
//! the article's), and the outlet ("told BBC Breakfast", "in a radio interview"). How the source
//! was found is kept as its `Basis`, which the assignment stage turns into a confidence.

use super::super::lex::T;
use super::super::lexicon::{
    is_function_word, AUX, BODY_NOUNS, BODY_WORDS, CLAUSE_BREAKS, COURTESY_TITLES, CUES,
    DOCUMENT_NOUNS, FRAMING, GROUP_NOUNS, MEDIA_WORDS, OUTLET_LEADS, OUTLET_LEAD_HEADS,
    OUTLET_NOUNS, OUTLET_TAILS, PLACE_PREPOSITIONS, POINTERS, PREPOSITIONS, PRONOUNS, RELATIVES,
    ROLE_NOUNS, ROLE_STOPS, SOLE_POSTS, SOURCE_JOINERS, TITLES,
};
use super::entities::{split_title, Entities, Entity, Nature};
use super::mentions::Sent;

/// How a frame's source was found: the evidence its confidence rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// A name beside its cue: "Kevin Foster said", "said John Doe", "according to the ONS".
    Named,
    /// A pronoun standing for the entity last named: "he said", "it intends".
    Pronoun,
    /// A role or company noun resolved to a known entity: "the minister said".
    Resolved,
    /// A role, group or document noun with no entity to resolve it to: "police said".
    Unresolved,
    /// The owner of a speaking thing: "PC World's analysis concluded".
    Owner,
}

/// Who says the figures of one sentence or quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Index into `Entities::list`.
    pub who: usize,
    pub cue: String,
    pub outlet: Option<String>,
    /// Token index (in the sentence) of the cue, to tell reported clauses from framing ones.
    pub cue_at: usize,
    /// Tokens of the source's own phrase (name, apposition, "according to ..."): figures there
    /// describe the source and are the article's.
    pub subject: (usize, usize),
    pub basis: Basis,
}

/// Every frame in a sentence outside quotes, in order.
pub fn frames_in(sent: &Sent, ents: &mut Entities, block: usize) -> Vec<Frame> {
    let n = sent.toks.len();
    let mut out: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < n {
        if sent.quoted[i] || !sent.is_word(i) {
            i += 1;
            continue;
        }
        if sent.lower(i) == "according" && sent.lower(i + 1) == "to" {
            if let Some((frame, next)) = according_to(sent, ents, i) {
                out.push(frame);
                i = next;
                continue;
            }
        }
        match verb_frame(sent, ents, block, i, out.last()) {
            Some((frame, next)) => {
                if let Some(f) = frame {
                    out.push(f);
                }
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// "according to X": the frame, and the token after the source.
fn according_to(sent: &Sent, ents: &mut Entities, i: usize) -> Option<(Frame, usize)> {
    let n = sent.toks.len();
    // "according to those figures", "according to its data": the source just named.
    if POINTERS.contains(&sent.lower(i + 2)) && DOCUMENT_NOUNS.contains(&sent.lower(i + 3)) {
        let who = ents.last?;
        let frame = Frame {
            who,
            cue: "according to".into(),
            outlet: None,
            cue_at: i,
            subject: (i, i + 4),
            basis: Basis::Pronoun,
        };
        return Some((frame, i + 4));
    }
    let (end, name, role) = source_phrase(sent, i + 2)?;
    // "according to figures released on Tuesday by NPD Group": the body that made the document.
    let (end, name, role) = made_by(sent, end, &name).unwrap_or((end, name, role));
    // A common noun refers back: "according to the bank" is Bank of America, named earlier.
    let common = !name.starts_with(char::is_uppercase);
    let company = common
        .then(|| ents.company(&name).or_else(|| ents.by_name_word(&name)))
        .flatten();
    let basis = match (company, common) {
        (Some(_), _) => Basis::Resolved,
        (None, true) => Basis::Unresolved,
        (None, false) => Basis::Named,
    };
    // At a sentence's start, ", prices rose 5%" is the main clause, not an apposition.
    let apposition = apposition_after(sent, end).filter(|_| i > 0 || closed_apposition(sent, end));
    let who = company.unwrap_or_else(|| ents.find_or_add(&name, role.or(apposition)));
    ents.mention(who);
    // The source's whole phrase, to its comma, describes the source: "according to an Internet
    // posting made just over 24 hours ago, ...".
    let phrase_end = (end..n.min(end + 12))
        .find(|&k| sent.w(k) == "," || sent.quoted[k])
        .unwrap_or(end);
    let frame = Frame {
        who,
        cue: "according to".into(),
        outlet: None,
        cue_at: i,
        subject: (i, phrase_end),
        basis,
    };
    Some((frame, end))
}

/// A frame around a verb of saying at token `i`: `None` when `i` is no cue, else the frame (or
/// none, when the cue has no source or is part of an earlier frame's report) and where to go on.
fn verb_frame(
    sent: &Sent,
    ents: &mut Entities,
    block: usize,
    i: usize,
    outer: Option<&Frame>,
) -> Option<(Option<Frame>, usize)> {
    let w = sent.w(i);
    // Verbs of saying are lower-case: "States" in "United States" is no cue.
    if !CUES.contains(&w) && !inverted_verb(sent, i) {
        return None;
    }
    let cue_end = if w == "pointed" && sent.lower(i + 1) == "out" {
        i + 2
    } else if w == "pointed" {
        return None;
    } else {
        i + 1
    };
    // Subject before the cue, over "has", "also", an apposition.
    let mut j = i;
    while j > 0 && AUX.contains(&sent.lower(j - 1)) {
        j -= 1;
    }
    let cue = sent.text(j, cue_end);
    let mut subject = subject_before(sent, j, ents);
    if let Some((r, usize::MAX, prov)) = ents.pending_role.clone() {
        ents.pending_role = Some((r, block, prov));
    }
    if subject.is_none() {
        subject = subject_after(sent, ents, i, cue_end);
    }
    let Some((who, span, basis)) = subject else {
        return Some((None, i + 1));
    };
    // "worse than analysts had forecast": a comparison with what others expected is no report.
    if span.0 > 0 && sent.lower(span.0 - 1) == "than" {
        return Some((None, cue_end));
    }
    // "Louis Gallois ... said the company expects to cut 4,300 jobs": a cue whose subject is no
    // name, inside what an earlier cue of the sentence reports, is part of that report.
    if let Some(outer) = outer {
        let unnamed = !(span.0..span.1).any(|k| sent.is_cap(k));
        let inside = outer.cue_at < span.0
            && (outer.cue_at + 1..span.0).all(|k| !CLAUSE_BREAKS.contains(&sent.lower(k)));
        if unnamed && inside {
            return Some((None, cue_end));
        }
    }
    ents.mention(who);
    // The outlet: "told BBC Breakfast", "in a radio interview", "speaking to Sky News".
    let told = w == "told" || w == "tells";
    let outlet = told
        .then(|| outlet_after(sent, cue_end, true))
        .flatten()
        .or_else(|| outlet_anywhere(sent));
    ents.take_pending(who, block);
    let frame = Frame {
        who,
        cue,
        outlet,
        cue_at: i,
        subject: span,
        basis,
    };
    Some((Some(frame), cue_end))
}

/// A verb between a closing quotation mark and a name is a verb of saying, whatever the verb:
/// "\"We are rolling out the first 787,\" enthused Scott Fancher".
fn inverted_verb(sent: &Sent, i: usize) -> bool {
    i > 0
        && sent.quoted[i - 1]
        && matches!(sent.w(i - 1), "\"" | "\u{201d}")
        && sent.w(i).starts_with(|c: char| c.is_ascii_lowercase())
        && !sent.quoted[i]
        && sent.name_after(i + 1).is_some_and(|(_, n)| n.contains(' '))
}

/// A role and then a name after an inverted cue: "said the firm's chief executive officer, Alan
/// Mulally", "claims writer John Ostrower".
fn role_and_name_after(sent: &Sent, at: usize) -> Option<(usize, String, String)> {
    // A name straight after the cue, ending there, is the name itself: "said John Doe, the ...".
    if let Some((e, _)) = sent.name_after(at) {
        if !sent.is_word(e) || sent.is_cap(e) {
            return None;
        }
    }
    let n = sent.toks.len();
    for k in at + 1..n.min(at + 9) {
        if sent.quoted[k - 1] || !(sent.is_word(k - 1) || sent.w(k - 1) == ",") {
            return None;
        }
        if !sent.is_cap(k) || sent.is_cap(k - 1) {
            continue;
        }
        let (e, name) = sent.name_after(k).filter(|(_, n)| n.contains(' '))?;
        return matches!(sent.w(e), "," | "." | ";" | "")
            .then(|| (e, name.to_owned(), clean_role(&sent.text(at, k))));
    }
    None
}

/// The subject of an inverted cue, after a quote or a comma: "..., said Mr Vine." or "\" said John
/// Vine, the chief".
fn subject_after(
    sent: &Sent,
    ents: &mut Entities,
    i: usize,
    cue_end: usize,
) -> Option<(usize, (usize, usize), Basis)> {
    let after_break =
        i > 0 && (matches!(sent.w(i - 1), "," | "\"" | "\u{201d}") || sent.quoted[i - 1]);
    if !after_break {
        return None;
    }
    if let Some((end, name, role)) = role_and_name_after(sent, cue_end) {
        let role = apposition_after(sent, end).or(Some(role));
        return Some((ents.find_or_add(&name, role), (cue_end, end), Basis::Named));
    }
    if let Some((end, name)) = sent.name_after(cue_end) {
        let role = apposition_after(sent, end);
        return Some((ents.find_or_add(name, role), (cue_end, end), Basis::Named));
    }
    if matches!(sent.lower(cue_end), "he" | "she") {
        return ents
            .pronoun(sent.lower(cue_end))
            .map(|l| (l, (cue_end, cue_end + 1), Basis::Pronoun));
    }
    None
}

/// The source after "according to": a name (and a role before it, "Afghan Ambassador to the United
/// States Hamdullah Mohib"), an organisation, or a short common noun phrase ("police").
fn source_phrase(sent: &Sent, at: usize) -> Option<(usize, String, Option<String>)> {
    let n = sent.toks.len();
    let mut e = at;
    // Up to a comma or a word that is neither capitalised nor a joining word.
    // After a determiner, a common noun phrase too: "according to the event website".
    // Without one, a role before a name: "according to research firm Gartner".
    let plain = |k: usize| sent.is_word(k) && !sent.is_cap(k) && !is_function_word(sent.lower(k));
    let role_lead = (at..at + 3).find(|&k| !plain(k)).is_some_and(|k| {
        k > at && sent.is_cap(k) && (is_agent_noun(sent.lower(k - 1)) || sent.is_cap(k + 1))
    });
    let common_np = sent.is_article(at) && !sent.is_cap(at + 1) || role_lead;
    while e < n && !sent.quoted[e] && sent.is_word(e) {
        let lw = sent.lower(e);
        let np_word = common_np && e < at + 4 && !sent.is_cap(e) && !is_function_word(lw);
        if !(sent.is_cap(e) || SOURCE_JOINERS.contains(&lw) || e == at || np_word) {
            break;
        }
        e += 1;
    }
    while e > at && SOURCE_JOINERS.contains(&sent.lower(e - 1)) {
        e -= 1;
    }
    if let Some(found) = role_then_name(sent, at) {
        return Some(found);
    }
    if e == at {
        return None;
    }
    let mut first = at;
    if sent.is_article(first) {
        first += 1;
    }
    if first >= e {
        return None;
    }
    if !sent.is_cap(first) {
        // A role, then a name: "according to curator Elaine Gustafon", "according to research
        // firm Gartner" (one word is a name after a noun for a body or a post).
        if let Some(c) = (first + 1..e).find(|&k| sent.is_cap(k)) {
            let role = (first..c).all(|k| sent.is_word(k) && !is_function_word(sent.lower(k)));
            let named = e - c >= 2 || is_agent_noun(sent.lower(c - 1));
            if named && c - first <= 3 && role {
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
    let caps: Vec<usize> = (first..e).filter(|&k| sent.is_cap(k)).collect();
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

/// The maker of a document named as a source: "figures released on Tuesday by NPD Group, a market
/// research firm" gives NPD Group, with its apposition as its role.
fn made_by(sent: &Sent, end: usize, name: &str) -> Option<(usize, String, Option<String>)> {
    let head = name.rsplit(' ').next()?.to_ascii_lowercase();
    if !DOCUMENT_NOUNS.contains(&head.as_str()) {
        return None;
    }
    let by = (end..(end + 8).min(sent.toks.len()))
        .take_while(|&k| !sent.quoted[k] && !matches!(sent.w(k), "," | ";" | "."))
        .find(|&k| sent.lower(k) == "by")?;
    let (e, maker) = sent.name_after(by + 1)?;
    Some((e, maker.to_owned(), apposition_after(sent, e)))
}

/// "according to the Afghan team's coach, Alireza Mehraban,": a role, then the name.
fn role_then_name(sent: &Sent, at: usize) -> Option<(usize, String, Option<String>)> {
    if !sent.is_article(at) {
        return None;
    }
    let n = sent.toks.len();
    let mut c = at + 1;
    while c < n && sent.is_word(c) && !sent.quoted[c] && c < at + 9 {
        c += 1;
    }
    if sent.w(c) != "," {
        return None;
    }
    let (end, name) = sent.name_after(c + 1)?;
    (name.split_whitespace().count() >= 2 && matches!(sent.w(end), "," | "." | ""))
        .then(|| (end, name.to_owned(), Some(clean_role(&sent.text(at, c)))))
}

type Subject = (usize, (usize, usize), Basis);

/// The subject of a cue at token `j`: a name (with apposition), "Mr X", a pronoun or a role noun;
/// with the span of tokens it covers and how it was found.
fn subject_before(sent: &Sent, j: usize, ents: &mut Entities) -> Option<Subject> {
    if j == 0 {
        return None;
    }
    // "General Motors (GM) announced": the short form in brackets stands between name and cue.
    if j >= 4 && sent.w(j - 1) == ")" && sent.w(j - 3) == "(" {
        let (id, (st, _), basis) = subject_before(sent, j - 3, ents)?;
        return Some((id, (st, j), basis));
    }
    if PRONOUNS.contains(&sent.lower(j - 1)) {
        return ents
            .pronoun(sent.lower(j - 1))
            .map(|l| (l, (j - 1, j), Basis::Pronoun));
    }
    if sent.w(j - 1) == "," {
        return subject_over_comma(sent, j, ents);
    }
    if let Some(found) = owner_subject(sent, j, ents) {
        return Some(found);
    }
    match sent.name_before(j) {
        Some((st, _)) if st > 0 && PLACE_PREPOSITIONS.contains(&sent.lower(st - 1)) => {
            placed_subject(sent, st - 1, j, ents)
        }
        Some(name) => named_subject(sent, j, ents, name),
        None => noun_subject(sent, j, ents),
    }
}

/// "Residents in Hebden Bridge said", "Officials in Beijing said": the speaker is who is in the
/// place, not the place; with nobody named for it, nobody ("A man in Leeds said"). `at` is the
/// preposition.
fn placed_subject(sent: &Sent, at: usize, j: usize, ents: &mut Entities) -> Option<Subject> {
    let (id, (k, _), basis) = noun_subject(sent, at, ents)?;
    Some((id, (k, j), basis))
}

/// "Gerald Darmanin, the French interior minister, has said": the apposition is passed back to
/// the name, past an age ("Sarah Jones, 45, a nurse, said"). "Mr Patel, 58, said": an age alone.
/// "Her lawyer, Mark Stephens, said": the name is in the apposition. "The security firm
/// Secunia.com, has said": a stray comma between name and verb.
fn subject_over_comma(sent: &Sent, j: usize, ents: &mut Entities) -> Option<Subject> {
    let mut k = j - 1;
    while k > 0 && sent.w(k - 1) != "," && j - k < 16 {
        k -= 1;
    }
    if k > 0 && sent.w(k - 1) == "," {
        if is_age(sent, k, j - 1) {
            let (st, name) = sent.name_before(k - 1).filter(|(st, _)| *st + 6 >= k - 1)?;
            return Some((ents.find_or_add(&name, None), (st, j), Basis::Named));
        }
        let role = sent.text(k, j - 1);
        // "Jane Smith, who has run the charity for 20 years, said": a clause, and no role.
        let clause = RELATIVES.contains(&sent.lower(k));
        if clause || is_role(&role) {
            let end = past_age(sent, k - 1);
            if let Some((st, name)) = sent.name_before(end).filter(|(st, _)| *st + 6 >= end) {
                let (name, affiliation) = split_of(&name);
                let role = (!clause).then(|| clean_role(&role));
                let id = ents.find_or_add(&name, role.or(affiliation));
                return Some((id, (st, j), Basis::Named));
            }
        }
        if let Some(found) = name_in_apposition(sent, k, j, ents) {
            return Some(found);
        }
    }
    let (st, name) = sent.name_before(j - 1)?;
    let lead = st.checked_sub(1).map(|p| sent.lower(p));
    // Not at the start of the sentence ("In London, said ..."), inside a list, nor after a
    // preposition ("Sarah Jones, from Leeds, said": Leeds is where she is from).
    (st > 0
        && lead.is_some_and(|p| !matches!(p, "," | "and" | "\"" | "\u{201d}"))
        && lead.is_none_or(|p| !PREPOSITIONS.contains(&p))
        && !sent.is_common(st))
    .then(|| (ents.find_or_add(&name, None), (st, j), Basis::Named))
}

/// Whether tokens `a..b` are an age between commas: one number of one to three digits, at most 120.
fn is_age(sent: &Sent, a: usize, b: usize) -> bool {
    b == a + 1
        && sent.toks[a].kind == T::Num
        && sent.w(a).len() <= 3
        && sent.w(a).parse::<u16>().is_ok_and(|n| n <= 120)
}

/// Where the name ends before the comma at `comma`: before ", 45" if an age stands there.
fn past_age(sent: &Sent, comma: usize) -> usize {
    if comma >= 2 && sent.w(comma - 2) == "," && is_age(sent, comma - 1, comma) {
        comma - 2
    } else {
        comma
    }
}

/// "Her lawyer, Mark Stephens, said", "the firm's chief executive, Jane Doe, said": a name alone
/// between the commas (`k..j - 1`), after a noun phrase ending in a common noun, which is its role.
fn name_in_apposition(sent: &Sent, k: usize, j: usize, ents: &mut Entities) -> Option<Subject> {
    let (st, name) = sent.name_before(j - 1).filter(|(st, _)| *st == k)?;
    let noun = k.checked_sub(2)?;
    let w = sent.lower(noun);
    if !sent.is_word(noun) || sent.is_cap(noun) || is_function_word(w) {
        return None;
    }
    let mut r = noun;
    while r > 0 && noun - r < 4 && sent.is_word(r - 1) && !sent.is_cap(r - 1) {
        let p = sent.lower(r - 1);
        if matches!(p, "the" | "a" | "an" | "his" | "her" | "their" | "its") {
            break;
        }
        if is_function_word(p) || CUES.contains(&p) {
            return None;
        }
        r -= 1;
    }
    let role = sent.text(r, noun + 1);
    let id = ents.find_or_add(&name, Some(role));
    Some((id, (st, j), Basis::Named))
}

/// "Cornyn's statement added", "Apple's spokesman said", "PC World's recent analysis of its own web
/// traffic statistics concluded": the owner of a speaking thing is the speaker.
fn owner_subject(sent: &Sent, j: usize, ents: &mut Entities) -> Option<Subject> {
    if sent.is_cap(j - 1) {
        return None;
    }
    let o = (j.saturating_sub(10)..j.saturating_sub(1))
        .rev()
        .take_while(|&k| sent.is_word(k) && !sent.quoted[k])
        .find(|&k| {
            let w = sent.w(k);
            (w.ends_with("'s") || w.ends_with("\u{2019}s"))
                && sent.is_cap(k)
                && (k + 1..j).any(|m| is_agent_noun(sent.lower(m)))
        })?;
    let owner = sent.w(o);
    let base = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("\u{2019}s"))
        .unwrap_or(owner);
    let (st, name) = sent
        .name_before(o)
        .map(|(st, n)| (st, format!("{n} {base}")))
        .unwrap_or((o, base.to_owned()));
    Some((ents.find_or_add(&name, None), (st, j), Basis::Owner))
}

/// A name just before the cue, with a role before it: "immigration minister Kevin Foster said".
fn named_subject(
    sent: &Sent,
    j: usize,
    ents: &mut Entities,
    (start, name): (usize, String),
) -> Option<Subject> {
    let mut r = start;
    while r > 0
        && sent.is_word(r - 1)
        && sent.w(r - 1).chars().all(|c| c.is_lowercase())
        && start - r < 4
        && !ROLE_STOPS.contains(&sent.lower(r - 1))
    {
        r -= 1;
    }
    // One capitalised word begins a role at a phrase's start: "Chief executive Brian Krzanich",
    // "the Labour leader Keir Starmer".
    if r < start
        && r > 0
        && sent.is_cap(r - 1)
        && !sent.is_common(r - 1)
        && (r == 1 || matches!(sent.lower(r - 2), "the" | "a" | "," | "\"" | "\u{201c}"))
    {
        r -= 1;
    }
    let role = (r < start && is_agent_noun(sent.lower(start - 1))).then(|| sent.text(r, start));
    // A post with no one's name after it ("Trade and Industry Secretary said") is a role noun.
    let last = name.rsplit(' ').next().unwrap_or("");
    if TITLES.contains(&last) && !COURTESY_TITLES.contains(&last) {
        return Some(post_subject(ents, &name, (start, j)));
    }
    if name.split_whitespace().all(|w| TITLES.contains(&w)) {
        return None;
    }
    let (name, titled) = split_title(&name);
    let (name, affiliation) = split_of(name);
    let id = ents.find_or_add(&name, role.or(titled).or(affiliation));
    Some((id, (r, j), Basis::Named))
}

/// A post named in capitals with nobody's name: the person known to hold it ("Trade and Industry
/// Secretary Patricia Hewitt", earlier), else it speaks until someone named takes it.
fn post_subject(ents: &mut Entities, post: &str, span: (usize, usize)) -> Subject {
    let lower = post.to_ascii_lowercase();
    if let Some(id) = ents.by_role(&lower) {
        return (id, span, Basis::Resolved);
    }
    let id = ents.push(Entity {
        name: post.to_owned(),
        role: None,
        nature: Nature::Person,
    });
    ents.pending_role = Some((post.to_owned(), usize::MAX, id));
    (id, span, Basis::Unresolved)
}

/// Role, group and document nouns: "the minister said", "the borders chief demanded", "police
/// said", "the report found".
fn noun_subject(sent: &Sent, j: usize, ents: &mut Entities) -> Option<Subject> {
    let prev = sent.lower(j - 1);
    if !is_agent_noun(prev) {
        return None;
    }
    // "A Department for Transport spokesperson said": a spokesperson speaks for the body named.
    if prev.starts_with("spokes") {
        if let Some((st, name)) = sent.name_before(j - 1) {
            let st = st - usize::from(st > 0 && sent.is_article(st - 1));
            return Some((ents.find_or_add(&name, None), (st, j), Basis::Named));
        }
    }
    let mut k = j;
    while k > 0 && sent.is_word(k - 1) && j - k < 5 && !sent.quoted[k - 1] {
        let w = sent.lower(k - 1);
        let det = matches!(w, "the" | "a" | "an");
        // A relative pronoun begins a clause, and a conjunction or preposition ends one: neither
        // is part of the speaker ("which media reports ...", "but officials said").
        if RELATIVES.contains(&w) || !det && is_function_word(w) {
            break;
        }
        k -= 1;
        if det {
            break;
        }
    }
    let phrase = sent.text(k, j).to_ascii_lowercase();
    if let Some(id) = ents.by_role(&phrase).or_else(|| ents.company(&phrase)) {
        return Some((id, (k, j), Basis::Resolved));
    }
    // A body by what it is ("the bank"), never a post ("the secretary"), which is a role's.
    let body = (!ROLE_NOUNS.contains(&prev))
        .then(|| ents.by_name_word(prev))
        .flatten();
    if let Some(id) = ents.group(prev).or(body) {
        return Some((id, (k, j), Basis::Resolved));
    }
    // "The regulator said": the body last named, as "it" would be; with none, nobody.
    if BODY_NOUNS.contains(&prev) {
        let the = sent.lower(k) == "the";
        return the
            .then(|| ents.pronoun("it"))
            .flatten()
            .map(|id| (id, (k, j), Basis::Pronoun));
    }
    let det = usize::from(sent.is_article(k));
    if det == 1 && sent.lower(k) == "the" && SOLE_POSTS.contains(&prev) {
        // Nobody yet: the role speaks for now, and the next person named takes the role and these
        // figures ("..., the shadow culture secretary has said." then "Jo Stevens questioned ...").
        let id = ents.push(Entity {
            name: phrase.clone(),
            role: None,
            nature: Nature::Person,
        });
        let role = phrase.trim_start_matches("the").trim_start().to_owned();
        ents.pending_role = Some((role, usize::MAX, id));
        return Some((id, (k, j), Basis::Unresolved));
    }
    // Collective speakers, as written: "police said", "the New Zealand government intends".
    let shown = sent.text(k + det, j);
    Some((ents.find_or_add(&shown, None), (k, j), Basis::Unresolved))
}

/// Whether a noun can name who speaks: a role, a group or a document.
fn is_agent_noun(w: &str) -> bool {
    ROLE_NOUNS.contains(&w)
        || GROUP_NOUNS.contains(&w)
        || DOCUMENT_NOUNS.contains(&w)
        || BODY_NOUNS.contains(&w)
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

/// "Matthew Ingram of The Globe and Mail": the person, and where they are from. A body's name
/// holds its "of": "Royal College of Nursing", "Royal Bank of Scotland".
fn split_of(name: &str) -> (String, Option<String>) {
    match name.split_once(" of ") {
        Some((who, from))
            if who.split_whitespace().count() >= 2
                && !who.split_whitespace().any(|w| BODY_WORDS.contains(&w)) =>
        {
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
pub fn apposition_after(sent: &Sent, end: usize) -> Option<String> {
    if sent.w(end) != "," {
        return None;
    }
    let mut k = end + 1;
    while k < sent.toks.len() && !matches!(sent.w(k), "," | "." | ";") && k - end < 16 {
        k += 1;
    }
    let role = sent.text(end + 1, k);
    // A role is a noun phrase: ", found that 1.3 million families…" and ", who said that…" are
    // clauses, and a verb of saying or a "that" begins or joins one.
    let clause = CUES.contains(&sent.lower(end + 1))
        || (end + 1..k).any(|j| matches!(sent.lower(j), "that" | "who" | "which"));
    (!clause && (role.starts_with(|c: char| c.is_lowercase()) || role.starts_with("the ")))
        .then(|| clean_role(&role))
}

/// Whether the apposition after token `end` is closed by a second comma: ", a research firm,".
fn closed_apposition(sent: &Sent, end: usize) -> bool {
    (end + 1..sent.toks.len().min(end + 16))
        .take_while(|&k| !matches!(sent.w(k), "." | ";"))
        .any(|k| sent.w(k) == ",")
}

/// The outlet after "told": "BBC Breakfast", "the BBC", "a radio interview", "reporters".
fn outlet_after(sent: &Sent, at: usize, told: bool) -> Option<String> {
    let n = sent.toks.len();
    let mut e = at;
    let det = sent.is_article(at);
    if det {
        e += 1;
    }
    let start_caps = e;
    while e < n
        && sent.is_word(e)
        && (sent.is_cap(e) || sent.w(e).ends_with("'s") || sent.w(e).ends_with("’s"))
    {
        e += 1;
    }
    // "BBC Radio 4's Today programme": a number only inside the name, not a figure after it.
    let inner_num = |e: usize| {
        sent.toks[e].kind == T::Num
            && (sent.is_cap(e + 1)
                || matches!(sent.w(e + 1), "'" | "\u{2019}") && !sent.spaced(e + 1))
    };
    let possessive = |e: usize| {
        !sent.spaced(e)
            && (matches!(sent.w(e), "'" | "\u{2019}")
                || sent.w(e) == "s" && matches!(sent.w(e - 1), "'" | "\u{2019}"))
    };
    while e < n
        && (sent.is_cap(e)
            || inner_num(e)
            || possessive(e)
            || OUTLET_TAILS.contains(&sent.lower(e)))
        && e < at + 10
    {
        e += 1;
    }
    if e > start_caps {
        return Some(sent.text(if det { at } else { start_caps }, e));
    }
    if told && det {
        // "told a press conference", "told a radio interview".
        let mut k = at + 1;
        while k < n
            && sent.is_word(k)
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
        // Most tokens begin no lead and are passed over at once.
        if sent.quoted[i] || !OUTLET_LEAD_HEADS.contains(sent.lower(i)) {
            continue;
        }
        for lead in OUTLET_LEADS {
            let words = lead.split(' ').count();
            if !lead
                .split(' ')
                .enumerate()
                .all(|(k, w)| sent.lower(i + k) == w)
            {
                continue;
            }
            if let Some(o) = outlet_at(sent, lead, i + words) {
                return o;
            }
        }
    }
    None
}

/// The outlet after a lead that matched at `after`: `Some(outlet)` when the lead decides it.
fn outlet_at(sent: &Sent, lead: &str, after: usize) -> Option<Option<String>> {
    let n = sent.toks.len();
    if lead.starts_with("speaking")
        || lead.starts_with("writing")
        || lead.contains("with")
        || lead.contains("comments")
    {
        return Some(outlet_after(sent, after, false));
    }
    // "on BBC Breakfast", "on Sky News".
    if lead == "on" {
        return sent
            .is_cap(after)
            .then(|| outlet_after(sent, after, false).filter(|o| is_media_name(o)))
            .flatten()
            .map(Some);
    }
    // "in a radio interview", "in a statement", "at a press conference".
    let mut k = after;
    let mut saw = false;
    while k < n && sent.is_word(k) && k < after + 4 {
        if OUTLET_NOUNS.contains(&sent.lower(k)) {
            saw = true;
        }
        k += 1;
        if saw && !OUTLET_NOUNS.contains(&sent.lower(k)) {
            break;
        }
    }
    if saw {
        return Some(Some(sent.text(after - 1, k)));
    }
    // "on BBC Breakfast", "on Sky News".
    if lead.starts_with("on") && sent.is_cap(after) {
        if let Some(o) = outlet_after(sent, after, false).filter(|o| is_media_name(o)) {
            return Some(Some(o));
        }
    }
    None
}

/// Whether a name is a broadcaster, a programme or a publication ("BBC Breakfast", "Sky News"),
/// rather than any capitalised thing after "on" ("calling on the Government").
fn is_media_name(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .any(|w| MEDIA_WORDS.contains(&w))
        || name.contains("programme")
}

/// Whether the figure at token `at` sits in a framing clause after the cue ("X said ... after 27
/// people died"): the article's own account of events, not the speaker's.
pub fn framed(sent: &Sent, cue_at: usize, at: usize) -> bool {
    if at <= cue_at {
        return false;
    }
    (cue_at + 1..at).any(|k| {
        !sent.quoted[k] && FRAMING.contains(&sent.lower(k))
            || (sent.lower(k) == "wake" && sent.lower(k.saturating_sub(1)) == "the")
    })
}

#[cfg(test)]
mod tests {
    use super::super::with_sent;
    use super::*;

    /// The frames of one sentence as (source name, role, cue, outlet, basis).
    fn frames(s: &str) -> Vec<(String, String, String, String, Basis)> {
        with_sent("", s, |sent| {
            let mut ents = Entities::default();
            frames_in(sent, &mut ents, 0)
                .into_iter()
                .map(|f| {
                    let e = &ents.list[f.who];
                    let role = e.role.clone().unwrap_or_default();
                    let outlet = f.outlet.unwrap_or_default();
                    (e.name.clone(), role, f.cue, outlet, f.basis)
                })
                .collect()
        })
    }

    /// A source as the cases give it: name, role, cue, outlet and basis.
    type Source = (String, String, String, String, Basis);

    fn f(name: &str, role: &str, cue: &str, outlet: &str, b: Basis) -> Source {
        (name.into(), role.into(), cue.into(), outlet.into(), b)
    }

    #[test]
    fn sources_before_their_cue() {
        use Basis::*;
        let cases: &[(&str, Vec<Source>)] = &[
            (
                "Kevin Foster told BBC Breakfast 20 had left.",
                vec![f("Kevin Foster", "", "told", "BBC Breakfast", Named)],
            ),
            (
                "Jane Roe, the council leader, has said 3 closed.",
                vec![f("Jane Roe", "council leader", "has said", "", Named)],
            ),
            (
                "Yesterday immigration minister Kevin Foster said 5 left.",
                vec![f("Kevin Foster", "immigration minister", "said", "", Named)],
            ),
            (
                "Shadow Home Secretary Yvette Cooper said 2 left.",
                vec![f(
                    "Yvette Cooper",
                    "Shadow Home Secretary",
                    "said",
                    "",
                    Named,
                )],
            ),
            (
                "Yesterday police said 4 were held.",
                vec![f("police", "", "said", "", Unresolved)],
            ),
            (
                "But officials said 4 were held.",
                vec![f("officials", "", "said", "", Unresolved)],
            ),
            (
                "City Daily's analysis of its sales concluded 4 fell.",
                vec![f("City Daily", "", "concluded", "", Owner)],
            ),
            // No source: a comparison with what others expected, or no subject at all.
            ("Sales were worse than analysts had forecast.", vec![]),
            ("The rise was as predicted.", vec![]),
        ];
        for (s, want) in cases {
            assert_eq!(&frames(s), want, "{s}");
        }
    }

    #[test]
    fn sources_after_their_cue() {
        use Basis::*;
        let cases: &[(&str, Vec<Source>)] = &[
            (
                "\"We lost 40,\" said John Doe.",
                vec![f("John Doe", "", "said", "", Named)],
            ),
            (
                "\"We lost 40,\" enthused John Doe.",
                vec![f("John Doe", "", "enthused", "", Named)],
            ),
            (
                "\"We lost 40,\" said the firm's chief executive, Ann Poe.",
                vec![f("Ann Poe", "firm's chief executive", "said", "", Named)],
            ),
            (
                "\"We lost 40,\" claims writer Tom Baker.",
                vec![f("Tom Baker", "writer", "claims", "", Named)],
            ),
            // A verb after a quote with no name after it is no cue.
            ("\"We lost 40,\" ended the day.", vec![]),
        ];
        for (s, want) in cases {
            assert_eq!(&frames(s), want, "{s}");
        }
    }

    #[test]
    fn according_to() {
        use Basis::*;
        let cases: &[(&str, Vec<Source>)] = &[
            (
                "According to the Office for National Statistics, prices rose 5%.",
                vec![f(
                    "Office for National Statistics",
                    "",
                    "according to",
                    "",
                    Named,
                )],
            ),
            (
                "Visits rose 9%, according to curator Tom Baker.",
                vec![f("Tom Baker", "curator", "according to", "", Named)],
            ),
            (
                "Visits rose 9%, according to the event website.",
                vec![f("event website", "", "according to", "", Unresolved)],
            ),
            (
                "Sales rose, according to figures released in May by NPD Group, a research firm.",
                vec![f("NPD Group", "a research firm", "according to", "", Named)],
            ),
        ];
        for (s, want) in cases {
            assert_eq!(&frames(s), want, "{s}");
        }
    }

    #[test]
    fn outlets() {
        let cases: &[(&str, &str)] = &[
            (
                "He said in a radio interview that 5 left.",
                "a radio interview",
            ),
            ("Speaking to Sky News, she said 5 left.", "Sky News"),
            (
                "She said on BBC Radio 4's Today programme that 5 left.",
                "BBC Radio 4's Today programme",
            ),
            ("She told a press conference 5 left.", "a press conference"),
            // "on" before a capitalised name that is no medium gives no outlet.
            ("She called on the Government to act.", ""),
        ];
        for (s, want) in cases {
            let got = with_sent("", s, |sent| {
                outlet_anywhere(sent).or_else(|| {
                    let told = sent.toks.iter().position(|t| t.text(sent.s) == "told")?;
                    outlet_after(sent, told + 1, true)
                })
            });
            assert_eq!(got.unwrap_or_default(), *want, "{s}");
        }
    }
}
