//! Cues: the speech verb before or after a quotation and the phrase that names its
//! speaker ("“A,” he said", "said Smith", "Daoud told the newspaper: “…”", "according to
//! X").

use super::cues;
use super::speaker::{phrase_of, subject_phrase, tokenize, Phrase, PhraseKind, Tok};
use crate::sentences::sentence_ranges;

/// A speech verb and the phrase of its subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub verb: String,
    pub phrase: Phrase,
}

fn words_before_stop<'a>(toks: &'a [Tok<'a>]) -> &'a [Tok<'a>] {
    let stop = toks
        .iter()
        .position(|t| {
            !t.is_word()
                || matches!(
                    t.lower().as_str(),
                    "in" | "on"
                        | "at"
                        | "to"
                        | "during"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "as"
                        | "that"
                        | "who"
                        | "which"
                        | "and"
                        | "but"
                        | "with"
                        | "from"
                        | "for"
                        | "about"
                        | "last"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
        })
        .unwrap_or(toks.len());
    &toks[..stop]
}

/// Is the speech-verb word at `k` used as a verb? Not inside a name ("the United
/// States") and not as a noun after a determiner ("the report", "a statement").
fn verb_use(toks: &[Tok], k: usize) -> bool {
    let capitalized = toks[k].text.chars().next().is_some_and(char::is_uppercase);
    let after_determiner = k > 0
        && matches!(
            toks[k - 1].lower().as_str(),
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our"
        );
    !capitalized && !after_determiner
}

/// Is the word at `k` a speech verb, alone or with its particle ("pointed out", "summed it
/// up")?
fn speech_verb_at(toks: &[Tok], k: usize) -> bool {
    let w = toks[k].lower();
    if cues::is_speech_verb(&w) {
        return true;
    }
    if !cues::starts_phrasal_speech_verb(&w) {
        return false;
    }
    let next = |i: usize| toks.get(k + i).map(|t| t.lower()).unwrap_or_default();
    cues::is_phrasal_speech_verb(&w, &next(1))
        || (next(1) == "it" && cues::is_phrasal_speech_verb(&w, &next(2)))
}

/// "What Herter presented, said Gore, was …": an inverted speech verb set off by commas
/// inside a sentence; the phrase after it is the speaker.
fn inverted_aside(toks: &[Tok], k: usize) -> Option<Phrase> {
    let w = toks[k].lower();
    if k == 0 || toks[k - 1].text != "," || cues::is_weak_verb(&w) || w.ends_with("ing") {
        return None;
    }
    let np = words_before_stop(&toks[k + 1..]);
    let next = toks.get(k + 1 + np.len());
    // The aside closes with a comma: "…, said Hardy “will be fine”" is not one.
    if np.is_empty() || next.is_none_or(|t| t.text != ",") {
        return None;
    }
    let lead = np[0].lower();
    if !(super::speaker::is_name_word(&np[0])
        || matches!(lead.as_str(), "the" | "a" | "an" | "he" | "she" | "they"))
    {
        return None;
    }
    phrase_of(np)
}

/// "was recommended by the outgoing jury": the agent of a passive speech verb.
fn passive_agent(toks: &[Tok], k: usize) -> Option<Phrase> {
    // "was spelt out by spokesman Raanan Gissin": past a phrasal verb's particle.
    let by = if toks
        .get(k + 1)
        .is_some_and(|t| cues::is_phrasal_speech_verb(&toks[k].lower(), &t.lower()))
    {
        k + 2
    } else {
        k + 1
    };
    if toks.get(by).is_none_or(|t| t.lower() != "by") || !is_passive(toks, k) {
        return None;
    }
    let np = words_before_stop(&toks[by + 1..]);
    if np.is_empty() || np.len() > 6 {
        return None;
    }
    phrase_of(np)
}

/// Is the speech verb at `k` passive ("was said", "were told", "has been reported")? Its
/// subject is then what was said or who was told, not the speaker.
/// An impersonal "it was contended" keeps "it" (the document or body spoken of).
fn is_passive(toks: &[Tok], k: usize) -> bool {
    let aux = toks[..k]
        .iter()
        .rev()
        .take_while(|t| cues::is_aux_or_adverb(t.text) || t.lower() == "be")
        .count();
    let impersonal = k > aux && toks[k - aux - 1].lower() == "it";
    !toks[k].lower().ends_with("ing")
        && !impersonal
        && toks[k - aux..k].iter().any(|t| {
            matches!(
                t.lower().as_str(),
                "was" | "were" | "is" | "are" | "been" | "be" | "being"
            )
        })
}

/// "as a policeman put it": the speaker of an aside with "put it" (any distance from the
/// quote it qualifies).
fn as_put_it(toks: &[Tok]) -> Option<Cue> {
    let k = toks
        .windows(2)
        .position(|w| matches!(w[0].lower().as_str(), "put" | "puts") && w[1].lower() == "it")?;
    let a = toks[..k].iter().rposition(|t| t.lower() == "as")?;
    let np = &toks[a + 1..k];
    if np.is_empty() || np.len() > 6 || !np.iter().all(|t| t.is_word()) {
        return None;
    }
    Some(Cue {
        verb: toks[k].lower(),
        phrase: phrase_of(np)?,
    })
}

/// ", Joe Rand." or ", Joe Rand, said": a name that makes up a whole appositive.
fn appositive_name(toks: &[Tok]) -> Option<Phrase> {
    if toks.first()?.text != "," {
        return None;
    }
    let rest = &toks[1..];
    let runs = super::speaker::name_runs(rest);
    let run = runs.first().filter(|r| r.start == 0)?;
    let ends = rest
        .get(run.end)
        .is_none_or(|t| matches!(t.text, "," | "." | "!" | "?" | ";"));
    if !ends {
        return None;
    }
    let phrase = phrase_of(&rest[run.clone()])?;
    matches!(
        phrase.kind,
        PhraseKind::Name(super::speaker::NameClass::Person | super::speaker::NameClass::Unknown)
    )
    .then_some(phrase)
}

/// "according to X": the phrase of X.
fn according_to(toks: &[Tok]) -> Option<Cue> {
    let k = toks
        .windows(2)
        .position(|w| w[0].lower() == "according" && w[1].lower() == "to")?;
    let rest = &toks[k + 2..];
    let end = rest
        .iter()
        .position(|t| matches!(t.text, "," | "." | ";" | ":" | "—" | "“" | "\""))
        .unwrap_or(rest.len());
    let words: Vec<Tok> = rest[..end]
        .iter()
        .copied()
        .filter(|t| t.is_word())
        .collect();
    // "according to a report published by X": the name at the end wins.
    let words = if let Some(by) = words.iter().rposition(|t| t.text == "by") {
        words[by + 1..].to_vec()
    } else {
        words
    };
    if words.is_empty() || words.len() > 9 {
        return None;
    }
    Some(Cue {
        verb: "according to".into(),
        phrase: phrase_of(&words)?,
    })
}

/// The cue in the words right after a quotation (`text[from..to]`, up to the next quote or
/// the paragraph end): "…,” he said.", "…,” said Smith.", "…,” Smith, an analyst, said".
pub fn right_cue(text: &str, from: usize, to: usize) -> Option<Cue> {
    let slice = &text[from..to];
    let first = sentence_ranges(slice).into_iter().next()?;
    let toks = tokenize(text, from + first.start, from + first.end);
    let lead = toks
        .iter()
        .position(|t| !matches!(t.text, "," | "—" | "–" | "-" | ";" | "’" | "”" | "\""))
        .unwrap_or(toks.len());
    let toks = &toks[lead..];
    if toks.first().is_some_and(|t| t.lower() == "according") {
        return according_to(toks);
    }
    if let Some(cue) = as_put_it(toks) {
        return Some(cue);
    }
    // "“…” So said Wilkins.": a leading adverb before an inverted verb.
    let toks = match toks {
        [adv, verb, ..]
            if matches!(adv.lower().as_str(), "so" | "thus" | "then")
                && cues::is_speech_verb(&verb.lower()) =>
        {
            &toks[1..]
        }
        _ => toks,
    };
    let words = without_relative_clause(toks);
    let first_word = words.first()?;
    let lw = first_word.lower();
    if cues::is_speech_verb(&lw) && !cues::is_weak_verb(&lw) {
        // Inverted: said Smith, said the official.
        let mut rest = &words[1..];
        while rest.first().is_some_and(|t| cues::is_aux_or_adverb(t.text)) {
            rest = &rest[1..];
        }
        let mut np = words_before_stop(rest);
        // "asked Palmer of an official": the one asked is not the speaker.
        if matches!(lw.as_str(), "asked" | "inquired" | "demanded") {
            if let Some(of) = np.iter().position(|t| t.text == "of") {
                np = &np[..of];
            }
        }
        // "said Martinez of the visit by the chief": what the words were about.
        if let Some(of) = np.iter().position(|t| t.text == "of").filter(|&k| k > 0) {
            let next = np[of + 1..]
                .iter()
                .find(|t| !matches!(t.lower().as_str(), "the" | "a" | "an" | "his" | "her"));
            if super::speaker::is_name_word(&np[of - 1])
                && next.is_some_and(|t| t.text.chars().all(char::is_lowercase))
            {
                np = &np[..of];
            }
        }
        // "said Tillerson was “…”": a reported clause, whose subject is not the speaker.
        if np.is_empty() || np.iter().any(|t| is_finite_verb(&t.lower())) {
            return None;
        }
        let phrase = phrase_of(np)?;
        // "said the team's captain, Joe Rand.": the name in the appositive is more specific.
        if phrase.kind == PhraseKind::Description {
            if let Some(name) = appositive_name(&rest[np.len()..]) {
                return Some(Cue {
                    verb: lw,
                    phrase: name,
                });
            }
        }
        return Some(Cue { verb: lw, phrase });
    }
    // "…”, bulletins Mrs. Frank Sims, president of …": any verb right after the quote,
    // then a name, is an inverted attribution.
    if lw.chars().all(|c| c.is_ascii_lowercase())
        && lw.len() > 3
        && (lw.ends_with('s') || lw.ends_with("ed"))
        && !cues::is_not_name(&lw)
        && !cues::is_aux_or_adverb(&lw)
        && words
            .get(1)
            .is_some_and(|t| super::speaker::is_name_word(t))
    {
        let np = words_before_stop(&words[1..]);
        let ends = words
            .get(1 + np.len())
            .is_none_or(|t| matches!(t.text, "," | "." | "!" | "?" | ";"));
        if let Some(phrase) = phrase_of(np).filter(|_| ends && !np.is_empty()) {
            if matches!(
                phrase.kind,
                PhraseKind::Name(
                    super::speaker::NameClass::Person | super::speaker::NameClass::Unknown
                )
            ) {
                return Some(Cue { verb: lw, phrase });
            }
        }
    }
    // Subject then verb, within a dozen words.
    let is_verb = |k: usize| {
        let w = words[k].lower();
        speech_verb_at(&words, k)
            && (!cues::is_weak_verb(&w) || states_clause(&words, k) || continued_clause(&words, k))
            && !w.ends_with("ing")
            && verb_use(&words, k)
    };
    let limit = words.len().min(16);
    // "…,” Karim was quoted as saying by the newspaper.": the one quoted.
    if let Some(q) = words
        .windows(3)
        .position(|w| w[0].lower() == "quoted" && w[1].lower() == "as" && w[2].lower() == "saying")
    {
        let mut end = q;
        while end > 0 && cues::is_aux_or_adverb(words[end - 1].text) {
            end -= 1;
        }
        if end > 0 && end < q {
            if let Some(p) = subject_phrase(&words[..end]) {
                return Some(Cue {
                    verb: "saying".into(),
                    phrase: p,
                });
            }
        }
    }
    let Some(k) = (1..limit).find(|&k| is_verb(k) && !is_passive(&words, k)) else {
        return manner_cue(&words).or_else(|| reported_clause_cue(&words, is_verb));
    };
    let mut end = k;
    while end > 0 && cues::is_aux_or_adverb(words[end - 1].text) {
        end -= 1;
    }
    let region = &words[..end];
    if region.iter().filter(|t| t.is_word()).count() > 12 {
        return None;
    }
    // "…completely.” Brisbane's Lord Mayor says the explanation does not wash.": after a
    // finished sentence, "X says" with a clause of its own reports something new.
    let finished = text[..from]
        .trim_end()
        .trim_end_matches(['”', '"', '’', '\''])
        .ends_with(['.', '!']);
    let clause_follows = words.get(k + 1).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "that"
                | "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "it"
                | "there"
                | "he"
                | "she"
                | "they"
                | "this"
                | "these"
        )
    });
    if finished && clause_follows {
        return None;
    }
    // The region must be a noun phrase, not a clause with its own verb and object.
    if region
        .iter()
        .any(|t| matches!(t.text, "." | "!" | "?" | ":"))
    {
        return None;
    }
    Some(Cue {
        verb: words[k].lower(),
        phrase: subject_phrase(region)?,
    })
}

/// Auxiliaries and copulas that make a clause of the words before them.
fn is_finite_verb(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "is"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "would"
            | "will"
            | "could"
            | "should"
            | "can"
            | "might"
            | "must"
            | "did"
            | "does"
    )
}

/// "“But,” Alito continued, “…”": "continued" right after a short subject, ending its
/// clause, goes on with the quotation.
fn continued_clause(words: &[Tok], k: usize) -> bool {
    matches!(words[k].lower().as_str(), "continued" | "continues")
        && (1..=4).contains(&k)
        && words[..k].iter().all(|t| t.is_word())
        && words
            .get(k + 1)
            .is_none_or(|t| matches!(t.text, "." | "," | ":" | ";"))
}

/// "…,” the report states.": "state(s)" ends the clause after its subject, so it is the
/// verb, not the noun of "the city and state".
fn states_clause(words: &[Tok], k: usize) -> bool {
    let w = words[k].lower();
    // "…,” the statement read.": only a document reads.
    let reads = matches!(w.as_str(), "read" | "reads")
        && k > 0
        && cues::is_document_noun(&words[k - 1].lower());
    (matches!(w.as_str(), "state" | "states") || reads)
        && k > 0
        && words[k - 1].is_word()
        && !matches!(words[k - 1].lower().as_str(), "and" | "or" | "of" | "the")
        && words
            .get(k + 1)
            .is_none_or(|t| matches!(t.text, "." | "," | ":" | ";") || t.lower() == "that")
}

/// The words without a relative clause set off by commas ("a nurse, who asked not to be
/// named, told the BBC" → "a nurse told the BBC"), so that its verbs are not the speech.
fn without_relative_clause<'a>(toks: &[Tok<'a>]) -> Vec<Tok<'a>> {
    // "says Jack Martin, who sells tractors in Sioux City, Iowa.": an inverted attribution
    // ends at the name; its clause is cut there anyway.
    if toks
        .first()
        .is_some_and(|t| cues::is_speech_verb(&t.lower()))
    {
        return toks.to_vec();
    }
    let open = toks.windows(2).position(|w| {
        w[0].text == "," && matches!(w[1].lower().as_str(), "who" | "whom" | "whose" | "which")
    });
    if let Some(open) = open {
        if let Some(len) = toks[open + 1..].iter().position(|t| t.text == ",") {
            let close = open + 1 + len;
            let mut out = toks[..open].to_vec();
            out.extend_from_slice(&toks[close + 1..]);
            return out;
        }
    }
    toks.to_vec()
}

/// "“Nelson played magnificent football”, Meek praised.", "…,” he smiled.": a short
/// subject and one past-tense verb that make up the whole sentence after a quote.
fn manner_cue(words: &[Tok]) -> Option<Cue> {
    let mut end = words.len();
    while end > 0 && !words[end - 1].is_word() {
        end -= 1;
    }
    if words[end..]
        .iter()
        .any(|t| !matches!(t.text, "." | "!" | "?"))
    {
        return None;
    }
    if end >= 2 && words[end - 1].lower().ends_with("ly") {
        end -= 1;
    }
    if !(2..=5).contains(&end) {
        return None;
    }
    let verb = &words[end - 1];
    let w = verb.lower();
    if !w.ends_with("ed") || !verb_use(words, end - 1) || cues::is_aux_or_adverb(&w) {
        return None;
    }
    let subject = &words[..end - 1];
    if !subject.iter().all(|t| t.is_word()) {
        return None;
    }
    let phrase = subject_phrase(subject)?;
    // Someone who can speak: a name, a person pronoun or a person noun.
    let head = phrase.text.rsplit(' ').next().unwrap_or("").to_lowercase();
    let speaker_like = match &phrase.kind {
        PhraseKind::Name(c) => *c != super::speaker::NameClass::Place,
        PhraseKind::Pronoun(p) => matches!(p, cues::Pronoun::Person | cues::Pronoun::Plural),
        PhraseKind::Description => {
            super::speaker::is_role_noun(&head) || head.ends_with("man") || head.ends_with("woman")
        }
        PhraseKind::MediaRef => false,
    };
    speaker_like.then_some(Cue { verb: w, phrase })
}

/// A paragraph that ends with a short "SUBJECT VERBed." sentence ("Grant smiled.", "The
/// man sighed unhappily."): the speaker of a quote paragraph right after it.
pub fn lead_in_cue(text: &str) -> Option<Cue> {
    let last = sentence_ranges(text).into_iter().next_back()?;
    let toks = tokenize(text, last.start, last.end);
    // "Dale's response was blunt.": the owner of the words.
    let runs = super::speaker::name_runs(&toks);
    if let Some(r) = runs.first().filter(|r| r.start <= 1) {
        let owner = &toks[r.clone()];
        let noun = toks.get(r.end).map(|t| t.lower()).unwrap_or_default();
        if owner[owner.len() - 1].is_possessive()
            && (cues::is_document_noun(&noun)
                || matches!(
                    noun.as_str(),
                    "response" | "reply" | "answer" | "comment" | "reaction" | "retort" | "words"
                ))
        {
            if let Some(p) = phrase_of(owner) {
                return Some(Cue {
                    verb: noun,
                    phrase: p,
                });
            }
        }
    }
    // "Asked whether he would run, Karim smiled.": the clause after the last comma.
    let from = toks
        .iter()
        .rposition(|t| t.text == ",")
        .map_or(0, |k| k + 1);
    manner_cue(&toks[from..]).or_else(|| statement_lead_in(&toks))
}

/// "But today he wanted to make a public statement.": a sentence about the words that
/// follow, whose subject (after any opening "But", "Today" …) is a name or a pronoun.
fn statement_lead_in(toks: &[Tok]) -> Option<Cue> {
    let noun = toks.iter().position(|t| {
        matches!(
            t.lower().as_str(),
            "statement" | "message" | "remarks" | "explanation" | "announcement" | "appeal"
        )
    })?;
    let start = toks[..noun].iter().position(|t| {
        cues::pronoun(t.text).is_some_and(|p| matches!(p, cues::Pronoun::Person))
            || (super::speaker::is_name_word(t) && !cues::is_not_name(t.text))
    })?;
    // Only opening words before the subject: "But", "today", "Then".
    let opening = toks[..start].iter().all(|t| {
        t.text == ","
            || cues::is_not_name(t.text)
            || matches!(
                t.lower().as_str(),
                "today" | "yesterday" | "later" | "then" | "now"
            )
    });
    // Not "Critics say the statement of Mayor Dunn was dull.": the subject must make the
    // statement itself.
    let owned_by_other = toks
        .get(noun + 1)
        .is_some_and(|t| matches!(t.lower().as_str(), "of" | "by" | "from"));
    let reported = toks[start + 1..noun]
        .iter()
        .any(|t| cues::is_speech_verb(&t.lower()));
    if !opening || start > 3 || owned_by_other || reported {
        return None;
    }
    let run = if cues::pronoun(toks[start].text).is_some() {
        1
    } else {
        toks[start..]
            .iter()
            .take_while(|t| super::speaker::is_name_word(t))
            .count()
    };
    let phrase = phrase_of(&toks[start..start + run])?;
    Some(Cue {
        verb: toks[noun].lower(),
        phrase,
    })
}

/// "…” are endangering crops, Carl Buchheister, president of the Audubon Society, said
/// today.": the quote sits in reported speech whose speaker comes at the end of a long
/// sentence, after a comma.
fn reported_clause_cue(words: &[Tok], is_verb: impl Fn(usize) -> bool) -> Option<Cue> {
    let k = (1..words.len()).find(|&k| is_verb(k))?;
    let mut end = k;
    while end > 0 && cues::is_aux_or_adverb(words[end - 1].text) {
        end -= 1;
    }
    let region = &words[..end];
    if region
        .iter()
        .any(|t| matches!(t.text, "." | "!" | "?" | ":" | ";"))
    {
        return None;
    }
    // The first comma followed by a name opens the subject.
    let c = (0..region.len()).find(|&i| {
        region[i].text == ","
            && region
                .get(i + 1)
                .is_some_and(|t| super::speaker::is_name_word(t))
    })?;
    let subject = &region[c + 1..];
    if subject.iter().filter(|t| t.is_word()).count() > 12 {
        return None;
    }
    Some(Cue {
        verb: words[k].lower(),
        phrase: subject_phrase(subject)?,
    })
}

/// The cue in the words before a quotation (`text[from..to]`, back to the previous quote
/// or the paragraph start): "Daoud told the newspaper: “", "the Times reported, “",
/// "The Times sounded a note, reporting, “".
pub fn left_cue(text: &str, from: usize, to: usize) -> Option<Cue> {
    let slice = &text[from..to];
    let trimmed = slice.trim_end();
    if trimmed.is_empty() || trimmed.ends_with(['.', '!', '?']) {
        return None;
    }
    let last = sentence_ranges(slice).into_iter().next_back()?;
    let toks = tokenize(text, from + last.start, from + last.end);
    if let Some(cue) = according_to(&toks).or_else(|| as_put_it(&toks)) {
        return Some(cue);
    }
    let ends_open = trimmed.ends_with([':', ',']) || trimmed.ends_with("that");
    for k in (0..toks.len()).rev() {
        let w = toks[k].lower();
        let characterizing = cues::is_characterizing_verb(&w);
        if !(speech_verb_at(&toks, k) || characterizing) || (k > 0 && !verb_use(&toks, k)) {
            continue;
        }
        let after = toks.len() - k - 1;
        if cues::is_weak_verb(&w) && !characterizing && !(ends_open && after <= 2) {
            continue;
        }
        // "describes the job market in Australia as “shot to pieces”": a longer object
        // before "as".
        let limit = if toks.last().is_some_and(|t| t.lower() == "as") {
            10
        } else {
            5
        };
        if cues::is_characterizing_verb(&w) && after > limit {
            continue;
        }
        if !ends_open && after > 25 {
            continue;
        }
        // "who quoted Jensen as saying:", "Jensen was quoted as saying": the one quoted.
        if w == "saying" && k >= 2 && toks[k - 1].lower() == "as" {
            if let Some(q) = toks[..k - 1]
                .iter()
                .rposition(|t| matches!(t.lower().as_str(), "quoted" | "quoting" | "quotes"))
            {
                let between = &toks[q + 1..k - 1];
                if !between.is_empty() && between.len() <= 6 {
                    if let Some(p) = phrase_of(between) {
                        return Some(Cue { verb: w, phrase: p });
                    }
                }
                let mut end = q;
                while end > 0 && cues::is_aux_or_adverb(toks[end - 1].text) {
                    end -= 1;
                }
                if between.is_empty() && end > 0 {
                    if let Some(p) = subject_phrase(&toks[..end]) {
                        return Some(Cue { verb: w, phrase: p });
                    }
                }
            }
        }
        if cues::is_participle_cue(&w) {
            // "whilst I'm saying that": a progressive verb, not a participle phrase.
            if k > 0 && toks[k - 1].text.contains(['\'', '’']) {
                if let Some(p) =
                    phrase_of(&toks[k - 1..k]).filter(|p| matches!(p.kind, PhraseKind::Pronoun(_)))
                {
                    return Some(Cue { verb: w, phrase: p });
                }
            }
            if k > 1
                && matches!(
                    toks[k - 1].lower().as_str(),
                    "is" | "are" | "was" | "were" | "am"
                )
            {
                if let Some(p) = subject_phrase(&toks[..k - 1]) {
                    return Some(Cue { verb: w, phrase: p });
                }
            }
            if let Some(p) = sentence_subject(&toks[..k]) {
                return Some(Cue { verb: w, phrase: p });
            }
            continue;
        }
        if let Some(p) = inverted_aside(&toks, k).or_else(|| passive_agent(&toks, k)) {
            return Some(Cue { verb: w, phrase: p });
        }
        if is_passive(&toks, k) {
            continue; // "His condition was said to be “fair”"
        }
        let mut end = k;
        while end > 0 && cues::is_aux_or_adverb(toks[end - 1].text) {
            end -= 1;
        }
        if end == 0 {
            // "Said Smith: “…”": an inverted verb at the sentence start.
            // "Said Smith", "Said the mayor", "Said he".
            let next_is_name = toks.get(1).is_some_and(|t| {
                super::speaker::is_name_word(t)
                    || matches!(t.lower().as_str(), "the" | "he" | "she" | "they")
            });
            if !cues::is_weak_verb(&w) && !w.ends_with("ing") && next_is_name {
                let np = words_before_stop(&toks[1..]);
                if !np.is_empty() && !np.iter().any(|t| is_finite_verb(&t.lower())) {
                    if let Some(p) = phrase_of(np) {
                        return Some(Cue { verb: w, phrase: p });
                    }
                }
            }
            continue; // "Asked if …" at the sentence start
        }
        // "Britain's Queen Elizabeth II, who said 2001 brought “…”": the one the relative
        // clause is about.
        if end >= 3 && toks[end - 1].lower() == "who" && toks[end - 2].text == "," {
            let before = &toks[..end - 2];
            // The name right before the comma, else the clause part before it.
            let named = super::speaker::name_runs(before)
                .into_iter()
                .next_back()
                .filter(|r| r.end == before.len())
                .and_then(|r| phrase_of(&before[r]));
            let from = before
                .iter()
                .rposition(|t| t.text == ",")
                .map_or(0, |c| c + 1);
            if let Some(p) = named.or_else(|| subject_phrase(&before[from..])) {
                return Some(Cue { verb: w, phrase: p });
            }
        }
        // "to hear the librarian say apologetically, “…”": the one heard.
        if let Some(h) = toks[..end]
            .iter()
            .rposition(|t| matches!(t.lower().as_str(), "hear" | "hears" | "heard" | "hearing"))
        {
            let heard = &toks[h + 1..end];
            if (1..=5).contains(&heard.len()) && heard.iter().all(|t| t.is_word()) {
                if let Some(p) = phrase_of(heard) {
                    return Some(Cue { verb: w, phrase: p });
                }
            }
        }
        if let Some(p) = subject_phrase(&toks[..end]) {
            return Some(Cue { verb: w, phrase: p });
        }
        // "he said Morales tore open his shirt and exclaimed, “…”": the subject of the
        // reported clause the verb is coordinated with.
        if matches!(toks[end - 1].text, "and" | "but") {
            if let Some(p) = reported_subject(&toks[..end - 1]) {
                return Some(Cue { verb: w, phrase: p });
            }
        }
        // "He said …, and added, “…”": the subject of the sentence.
        if matches!(toks[end - 1].text, "and" | "but") {
            if let Some(p) = sentence_subject(&toks[..end]) {
                return Some(Cue { verb: w, phrase: p });
            }
        }
    }
    if trimmed.ends_with(':') {
        return colon_subject(&toks);
    }
    None
}

/// The subject of the last clause reported by a speech verb ("he said Morales tore open
/// his shirt, puffed out his chest" → Morales), when a name follows the verb (or its
/// "that") and a lower-case verb follows the name.
fn reported_subject(toks: &[Tok]) -> Option<Phrase> {
    let k = toks.iter().rposition(|t| {
        let w = t.lower();
        cues::is_speech_verb(&w) && !cues::is_weak_verb(&w)
    })?;
    let mut from = k + 1;
    if toks.get(from).is_some_and(|t| t.lower() == "that") {
        from += 1;
    }
    let run = toks[from..]
        .iter()
        .take_while(|t| super::speaker::is_name_word(t))
        .count();
    let verb = toks.get(from + run)?;
    let lower_verb = verb.is_word()
        && verb.text.chars().all(char::is_lowercase)
        && !cues::is_not_name(verb.text)
        && !matches!(verb.lower().as_str(), "and" | "or" | "of" | "to");
    if run == 0 || !lower_verb {
        return None;
    }
    phrase_of(&toks[from..from + run]).filter(|p| matches!(p.kind, PhraseKind::Name(_)))
}

/// A list marker written alone or at the end of an introduction: "(1)", "(b)", "2.".
fn is_list_marker(w: &str) -> bool {
    let inner = w
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| w.strip_suffix(')'))
        .or_else(|| w.strip_suffix('.'));
    inner.is_some_and(|i| {
        !i.is_empty()
            && i.len() <= 2
            && (i.chars().all(|c| c.is_ascii_digit()) || i.chars().all(|c| c.is_ascii_lowercase()))
    })
}

/// The paragraph without a list marker at its end: "the jury recommended that: (1)" →
/// "the jury recommended that:".
pub fn strip_list_marker(text: &str) -> (&str, bool) {
    let t = text.trim_end();
    match t.rsplit_once(char::is_whitespace) {
        Some((head, last)) if is_list_marker(last) => (head.trim_end(), true),
        None if is_list_marker(t) => ("", true),
        _ => (t, false),
    }
}

/// The speaker of a paragraph that introduces what follows with a colon ("On other
/// matters, the jury recommended that:", "The Chronicle's critic summed it up:"), for
/// the quotes of the paragraphs it introduces.
pub fn intro_cue(text: &str) -> Option<Cue> {
    let (head, _) = strip_list_marker(text);
    if !head.ends_with(':') {
        return None;
    }
    left_cue(head, 0, head.len())
}

/// A short attribution that makes up the first sentence of the paragraph after a
/// quotation ("“Where is it?”" ⏎ "Asked the station man."; "He asked gloomily.").
pub fn next_paragraph_cue(text: &str) -> Option<Cue> {
    if let Some(cue) = dash_credit(text) {
        return Some(cue);
    }
    let end = text.find(['“', '"', '«']).unwrap_or(text.len());
    let first = sentence_ranges(&text[..end]).into_iter().next()?;
    let sentence = text[first.clone()].trim_end();
    // A whole short sentence: not a heading ("Missionary explains") nor a lead-in to a
    // quote of its own ("She says, “…”").
    if sentence.split_whitespace().count() > 7
        || !sentence
            .trim_end_matches(['”', '"', '’', ')'])
            .ends_with(['.', '!', '?'])
    {
        return None;
    }
    let cue = right_cue(text, first.start, first.end)?;
    if !cues::is_speech_verb(&cue.verb) {
        return None; // "The hotel owner shrugged." answers; it does not attribute.
    }
    // The verb must end the clause or be followed by an adverb or the speaker alone.
    let toks = tokenize(text, first.start, first.end);
    let k = toks.iter().position(|t| t.lower() == cue.verb)?;
    // Inverted ("Asked Palmer of an official.") the speaker follows the verb at once.
    let inverted = k == 0;
    let tail_ok = inverted
        || toks[k + 1..].iter().all(|t| {
            !t.is_word()
                || t.lower().ends_with("ly")
                || (t.start >= cue.phrase.start && t.end <= cue.phrase.end)
                || matches!(t.lower().as_str(), "the" | "a" | "an")
        });
    tail_ok.then_some(cue)
}

/// A credit line under an epigraph ("— Mike Pompeo, College Station, TX, April 15, 2019"):
/// a dash, then a name, then nothing or a comma.
fn dash_credit(text: &str) -> Option<Cue> {
    let rest = text.trim_start();
    let rest = rest
        .strip_prefix(['—', '―', '–'])
        .or_else(|| rest.strip_prefix("--"))?;
    let from = text.len() - rest.len();
    let end = rest.find([',', '(', ';']).map_or(text.len(), |k| from + k);
    let toks = tokenize(text, from, end);
    if toks.is_empty() || toks.len() > 6 || !toks.iter().all(super::speaker::is_name_word) {
        return None;
    }
    let phrase = phrase_of(&toks)?;
    matches!(phrase.kind, PhraseKind::Name(_)).then(|| Cue {
        verb: "—".into(),
        phrase,
    })
}

/// A quotation introduced by a colon without a speech verb ("Then Charlie spooned out
/// some impressions: “…”", "Judge Bootle's decision: “…”"): the subject of the clause.
fn colon_subject(toks: &[Tok]) -> Option<Cue> {
    let words: Vec<Tok> = toks.iter().copied().filter(|t| t.text != ":").collect();
    let start = words
        .iter()
        .rposition(|t| t.text == ",")
        .map_or(0, |k| k + 1);
    let mut clause = &words[start..];
    let lead = clause
        .iter()
        .take(3)
        .position(|t| {
            !matches!(
                t.lower().as_str(),
                "as" | "then" | "and" | "but" | "so" | "when" | "while" | "later" | "still"
            )
        })
        .unwrap_or(0);
    clause = &clause[lead..];
    let first = clause.first()?;
    let verb = "colon".to_string();
    if cues::pronoun(first.text).is_some() && first.text != "I" {
        return Some(Cue {
            verb,
            phrase: phrase_of(std::slice::from_ref(first))?,
        });
    }
    // "Judge Bootle's decision": the owner of the words.
    if clause.len() <= 5 {
        if let Some(k) = clause.iter().position(|t| t.is_possessive()) {
            let runs = super::speaker::name_runs(&clause[..=k]);
            if let Some(r) = runs.last().filter(|r| r.end == k + 1) {
                return Some(Cue {
                    verb,
                    phrase: phrase_of(&clause[r.clone()])?,
                });
            }
        }
    }
    let runs = super::speaker::name_runs(clause);
    let r = runs.first().filter(|r| r.start == 0)?;
    Some(Cue {
        verb,
        phrase: phrase_of(&clause[r.clone()])?,
    })
}

/// The subject at the start of a sentence ("The New York Times sounded a note" → the
/// Times), for participle cues.
fn sentence_subject(toks: &[Tok]) -> Option<Phrase> {
    let mut first_part: Vec<Tok> = toks.iter().copied().take_while(|t| t.text != ",").collect();
    // "Finally, Nagel pushed …", "For the next several minutes, Pompeo ranted …": an
    // opening adverb or prepositional phrase is set off by a comma.
    let opener = first_part.len() == 1 && cues::is_not_name(first_part[0].text)
        || first_part.first().is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "for"
                    | "in"
                    | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "since"
                    | "from"
                    | "with"
                    | "by"
                    | "over"
                    | "under"
                    | "within"
                    | "throughout"
            )
        });
    if opener && first_part.len() + 1 < toks.len() {
        first_part = toks[first_part.len() + 1..]
            .iter()
            .copied()
            .take_while(|t| t.text != ",")
            .collect();
    }
    if let Some(p) = part_subject(&first_part) {
        return Some(p);
    }
    // "At a dinner in Jakarta, Premier Khrushchev pulled out his pockets and said": the
    // clause after the last comma.
    let last = toks.iter().rposition(|t| t.text == ",")?;
    part_subject(&toks[last + 1..])
}

fn part_subject(first_part: &[Tok]) -> Option<Phrase> {
    // "WASHINGTON -- Senate Democrats …": skip the dateline.
    let caps = first_part
        .iter()
        .take_while(|t| t.is_word() && t.text.chars().all(|c| !c.is_lowercase()))
        .count();
    let dashes = first_part[caps..]
        .iter()
        .take_while(|t| matches!(t.text, "-" | "—" | "–"))
        .count();
    let first_part = if caps > 0 && dashes > 0 {
        &first_part[caps + dashes..]
    } else {
        first_part
    };
    let mut start = usize::from(first_part.first().is_some_and(|t| t.lower() == "the"));
    // "Mr Nelson will not …": past the titles.
    while first_part
        .get(start + 1)
        .is_some_and(super::speaker::is_name_word)
        && first_part
            .get(start)
            .is_some_and(|t| cues::is_title(t.bare()))
    {
        start += 1;
    }
    // "Farm machinery dealer Bob Houtz tilts back …": one capitalized word, a lower-case
    // role of one or two words, then the name.
    if first_part
        .get(start)
        .is_some_and(super::speaker::is_name_word)
    {
        let lower = first_part[start + 1..]
            .iter()
            .take_while(|t| t.is_word() && t.text.chars().all(char::is_lowercase))
            .count();
        // ... whose last word names an occupation ("dealer", "economist", "chairman")
        let role = lower > 0
            && lower <= 3
            && first_part.get(start + lower).is_some_and(|t| {
                let w = t.lower();
                super::speaker::is_role_noun(&w)
                    || ["er", "or", "ist", "man", "ian", "ant", "ent"]
                        .iter()
                        .any(|s| w.len() > 4 && w.ends_with(s))
            });
        if role
            && first_part
                .get(start + 1 + lower)
                .is_some_and(super::speaker::is_name_word)
        {
            start += 1 + lower;
        }
    }
    let run: Vec<Tok> = first_part
        .iter()
        .skip(start)
        .copied()
        .take_while(super::speaker::is_name_word)
        .collect();
    // "Adelson's attorney accused …": the name owns the subject, a role.
    if let (Some(last), Some(noun)) = (run.last(), first_part.get(start + run.len())) {
        let w = noun.lower();
        if last.is_possessive()
            && noun.text.chars().all(char::is_lowercase)
            && (super::speaker::is_role_noun(&w) || cues::is_title(&w))
        {
            return phrase_of(&first_part[start..=start + run.len()]);
        }
    }
    if !run.is_empty() {
        return phrase_of(&run);
    }
    let first = first_part.first()?;
    // "A spokesman for Adelson's Sands issued …": a role, and whom it speaks for.
    if matches!(first.lower().as_str(), "a" | "an" | "the")
        && first_part.get(1).is_some_and(|t| {
            t.text.chars().all(char::is_lowercase) && super::speaker::is_role_noun(&t.lower())
        })
    {
        let mut end = 2;
        if first_part
            .get(2)
            .is_some_and(|t| matches!(t.lower().as_str(), "for" | "of" | "at"))
        {
            let names = first_part[3..]
                .iter()
                .take_while(|t| super::speaker::is_name_word(t) || t.lower() == "the")
                .count();
            if first_part[3..3 + names]
                .last()
                .is_some_and(super::speaker::is_name_word)
            {
                end = 3 + names;
            }
        }
        return phrase_of(&first_part[..end]);
    }
    if cues::pronoun(first.text).is_some() {
        return phrase_of(std::slice::from_ref(first));
    }
    // "The economist does not look for … and believes", "The staffers were shocked …
    // and protested": a role noun as the subject.
    if start == 1
        && first_part.get(1).is_some_and(|t| {
            let w = t.lower();
            let one = w.strip_suffix('s').unwrap_or(&w);
            t.text.chars().all(char::is_lowercase)
                && (super::speaker::is_role_noun(one) || cues::is_title(&w))
        })
    {
        return phrase_of(&first_part[..2]);
    }
    None
}

/// A sentence whose subject is a document ("The resolution, which Barber filed, will be
/// read Monday."): what a following "it says" refers to.
fn document_subject(toks: &[Tok]) -> Option<(usize, Cue)> {
    group_subject(toks).or_else(|| document_noun_subject(toks))
}

/// "Critics were not impressed.": a plural group opening the sentence, for a following
/// "they said".
fn group_subject(toks: &[Tok]) -> Option<(usize, Cue)> {
    let first = toks.first()?;
    let w = first.lower();
    let single = w.strip_suffix('s').filter(|s| !s.ends_with('s'))?;
    let next = toks.get(1).map(|t| t.lower()).unwrap_or_default();
    let group = super::speaker::is_role_noun(single)
        || matches!(next.as_str(), "were" | "are" | "have" | "had");
    if w.len() <= 3 || cues::is_not_name(&w) || cues::pronoun(&w).is_some() || !group {
        return None;
    }
    Some((
        first.start,
        Cue {
            verb: "subject".into(),
            phrase: Phrase {
                text: first.text.to_string(),
                kind: PhraseKind::Description,
                start: first.start,
                end: first.end,
                roles: vec![w],
            },
        },
    ))
}

fn document_noun_subject(toks: &[Tok]) -> Option<(usize, Cue)> {
    let det = toks.first()?;
    if !matches!(det.lower().as_str(), "the" | "this" | "that" | "its") {
        return None;
    }
    // "The resolution", "The new resolution".
    let k = (1..toks.len().min(3)).find(|&k| cues::is_document_noun(toks[k].text))?;
    if toks[1..k].iter().any(|t| !t.is_word()) || toks.get(k + 1).is_some_and(|t| t.lower() == "of")
    {
        return None;
    }
    let words = &toks[..=k];
    Some((
        det.start,
        Cue {
            verb: "subject".into(),
            phrase: Phrase {
                text: words.iter().map(|t| t.text).collect::<Vec<_>>().join(" "),
                kind: PhraseKind::Description,
                start: det.start,
                end: toks[k].end,
                roles: vec![toks[k].lower()],
            },
        },
    ))
}

/// Every speech verb outside quotations in `text[from..to]` with its subject: the people
/// who spoke without being quoted ("Abu Ali told Al Jazeera he …"), and the documents
/// that are subjects of sentences.
pub fn speech_events(text: &str, from: usize, to: usize) -> Vec<(usize, Cue)> {
    let slice = &text[from..to];
    let mut out = Vec::new();
    for r in sentence_ranges(slice) {
        let toks = tokenize(text, from + r.start, from + r.end);
        out.extend(document_subject(&toks));
        for k in 1..toks.len() {
            let w = toks[k].lower();
            if !speech_verb_at(&toks, k)
                || cues::is_weak_verb(&w)
                || w.ends_with("ing")
                || !verb_use(&toks, k)
            {
                continue;
            }
            if let Some(p) = inverted_aside(&toks, k).or_else(|| passive_agent(&toks, k)) {
                out.push((toks[k].start, Cue { verb: w, phrase: p }));
                continue;
            }
            if is_passive(&toks, k) {
                continue;
            }
            let mut end = k;
            while end > 0 && cues::is_aux_or_adverb(toks[end - 1].text) {
                end -= 1;
            }
            if end == 0 {
                continue;
            }
            // "Mr Nelson will not identify any areas and says he is not afraid.": the
            // sentence's subject, for a verb coordinated with another.
            let coordinated = matches!(toks[end - 1].text, "and" | "but");
            let subject = if coordinated {
                sentence_subject(&toks[..end])
            } else {
                subject_phrase(&toks[..end])
            };
            if let Some(p) = subject {
                out.push((toks[k].start, Cue { verb: w, phrase: p }));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn right(text: &str) -> Option<(String, String)> {
        right_cue(text, 0, text.len()).map(|c| (c.verb, c.phrase.text))
    }

    fn left(text: &str) -> Option<(String, String)> {
        left_cue(text, 0, text.len()).map(|c| (c.verb, c.phrase.text))
    }

    #[test]
    fn right_cues_table() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (" he said.", Some(("said", "he"))),
            (" said Jane Doe, a lawyer.", Some(("said", "Jane Doe"))),
            (" said the mayor.", Some(("said", "the mayor"))),
            (
                " an Iraqi official told McClatchy reporters.",
                Some(("told", "an Iraqi official")),
            ),
            (
                " Ala’a Salah, a Basra resident, told the agency.",
                Some(("told", "Ala’a Salah")),
            ),
            (
                ", according to the Interior Ministry.",
                Some(("according to", "Interior Ministry")),
            ),
            (" asked Palmer of an official.", Some(("asked", "Palmer"))),
            (
                " So said Wilkins after the game.",
                Some(("said", "Wilkins")),
            ),
            (
                " Karim was quoted as saying by the newspaper.",
                Some(("saying", "Karim")),
            ),
            (
                ", beams Mrs. Ann Sims, president of the board.",
                Some(("beams", "Ann Sims")),
            ),
            (", laughed Jones.", Some(("laughed", "Jones"))),
            (" means Paris in the spring.", None),
            (
                " vowed the team’s captain, Joe Rand.",
                Some(("vowed", "Joe Rand")),
            ),
            (
                " said the mayor, who was tired.",
                Some(("said", "the mayor")),
            ),
            (", Coach Meek praised.", Some(("praised", "Meek"))),
            (" he smiled broadly.", Some(("smiled", "he"))),
            (" the old man was tired.", None),
            (" his car parked.", None),
            (" of his followers and release those held.", None),
            (" by the president. Then he said more.", None),
            (", the report states.", Some(("states", "the report"))),
            (", the statement read.", Some(("read", "the statement"))),
            (
                " The mayor says the plan does not wash.",
                Some(("says", "The mayor")),
            ),
            (", the boy read.", None),
            (" said Tillerson was “a capable man.”", None),
            (
                " said Martinez of the visit by the SENAIN chief.",
                Some(("said", "Martinez")),
            ),
            (
                " said John Smith of the Defense Department.",
                Some(("said", "John Smith")),
            ),
            (
                ", the partner testified.",
                Some(("testified", "the partner")),
            ),
            (
                ", the partner later testified.",
                Some(("testified", "the partner")),
            ),
            (
                ", the ex-partner testified.",
                Some(("testified", "the ex-partner")),
            ),
            (
                ", the ex-partner later testified in Spanish court, ",
                Some(("testified", "the ex-partner")),
            ),
            (
                " Alito continued, as he addressed Prelogar, “",
                Some(("continued", "Alito")),
            ),
            (" the decline continued into May.", None),
            (" in the city and state.", None),
        ];
        for (text, want) in cases {
            let want = want.map(|(v, p)| (v.to_string(), p.to_string()));
            assert_eq!(right(text), want, "{text}");
        }
    }

    #[test]
    fn list_markers_and_next_paragraph_cues_table() {
        let cases: &[(&str, (&str, bool))] = &[
            (
                "the jury recommended that: (1)",
                ("the jury recommended that:", true),
            ),
            ("(2)", ("", true)),
            ("It rained in 1961.", ("It rained in 1961.", false)),
            ("Three steps: a.", ("Three steps:", true)),
        ];
        for (text, want) in cases {
            assert_eq!(strip_list_marker(text), *want, "{text}");
        }
        let next = |t: &str| next_paragraph_cue(t).map(|c| (c.verb, c.phrase.text));
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("Asked the station man.", Some(("asked", "the station man"))),
            ("He asked gloomily.", Some(("asked", "He"))),
            ("Said Maris. “You are afraid.”", Some(("said", "Maris"))),
            ("He said the new road would be finished by May.", None),
            ("Missionary explains", None),
            ("Asked Palmer of an official.", Some(("asked", "Palmer"))),
            ("The hotel owner shrugged.", None),
            ("She says, “of course.”", None),
            ("She asked the mayor for help.", None),
            (
                "— Mike Pompeo, College Station, TX, April 15, 2019",
                Some(("—", "Mike Pompeo")),
            ),
            ("-- Anatole France", Some(("—", "Anatole France"))),
            ("— and then the lights went out.", None),
            ("— The end of the affair, chapter two", None),
        ];
        for (text, want) in cases {
            let want = want.map(|(v, p)| (v.to_string(), p.to_string()));
            assert_eq!(next(text), want, "{text}");
        }
    }

    #[test]
    fn lead_in_cues_table() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "The vote was 40 to 12. Grant smiled.",
                Some(("smiled", "Grant")),
            ),
            (
                "The gas station man sighed unhappily.",
                Some(("sighed", "The gas station man")),
            ),
            ("The vote was 40 to 12.", None),
            ("Dale's response was blunt.", Some(("response", "Dale"))),
            (
                "Asked whether he would run again, Karim smiled.",
                Some(("smiled", "Karim")),
            ),
            ("The engine stalled.", None),
            (
                "But today he wanted to make a public statement.",
                Some(("statement", "he")),
            ),
            (
                "Then Mayor Ruth Dunn issued a statement.",
                Some(("statement", "Ruth Dunn")),
            ),
            ("The statement was read aloud.", None),
            (
                "Critics say the long statement of Mayor Dunn was dull.",
                None,
            ),
        ];
        for (text, want) in cases {
            let want = want.map(|(v, p)| (v.to_string(), p.to_string()));
            let got = lead_in_cue(text).map(|c| (c.verb, c.phrase.text));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn left_cues_table() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("Daoud told the newspaper: ", Some(("told", "Daoud"))),
            (
                "The sombre mood was typified by Britain's Queen Elizabeth II, who said 2001 brought many people ",
                Some(("said", "Elizabeth II")),
            ),
            (
                "The company's director, Robert Olivier, describes the job market in Australia as ",
                Some(("describes", "Robert Olivier")),
            ),
            (
                "The position was spelt out by spokesman Raanan Gissin: ",
                Some(("spelt", "Raanan Gissin")),
            ),
            (
                "Every borrower knows what it is to hear the librarian say apologetically, ",
                Some(("say", "the librarian")),
            ),
            (
                "The team's doctor, Dr. Ann Moss, said Hardy ",
                Some(("said", "Ann Moss")),
            ),
            (
                "Citing a former adviser, the Times reported, ",
                Some(("reported", "Times")),
            ),
            (
                "The New York Times sounded a similar note Monday, reporting, ",
                Some(("reporting", "New York Times")),
            ),
            (
                "Asked if it could fall, he responded, ",
                Some(("responded", "he")),
            ),
            (
                "According to Jane Roe, ",
                Some(("according to", "Jane Roe")),
            ),
            ("The article noted: ", Some(("noted", "The article"))),
            (
                "What the mayor planned, said Tom Hill, was ",
                Some(("said", "Tom Hill")),
            ),
            (
                "The reason, says the Housing Office, is that the rents ",
                Some(("says", "Housing Office")),
            ),
            (
                "Liston is a writer for the Traveler, who quoted Ed Jensen as saying: ",
                Some(("saying", "Ed Jensen")),
            ),
            (
                "The mayor was quoted as saying ",
                Some(("saying", "The mayor")),
            ),
            ("His condition was said to be, ", None),
            (
                "They make money, it was contended, ",
                Some(("contended", "it")),
            ),
            ("The mayor was told by aides: ", Some(("told", "aides"))),
            (
                "Senate Democrats blocked the bill, calling it ",
                Some(("calling", "Senate Democrats")),
            ),
            (
                "Sen. Laura Finch, the sponsor, accused Democrats of ",
                Some(("accused", "Laura Finch")),
            ),
            (
                "A man called John Smith came to the farm and found a ",
                None,
            ),
            (
                "The governor issued a statement saying ",
                Some(("saying", "The governor")),
            ),
            (
                "WASHINGTON -- Senate Democrats blocked the bill, calling it ",
                Some(("calling", "Senate Democrats")),
            ),
            ("It rained all day. ", None),
            ("He was hailed as a ", None),
        ];
        for (text, want) in cases {
            let want = want.map(|(v, p)| (v.to_string(), p.to_string()));
            assert_eq!(left(text), want, "{text}");
        }
    }
}
