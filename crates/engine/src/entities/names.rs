//! Name candidates: runs of capitalized words (with connectors such as "of", "al", "bin"),
//! cut at titles and at sentence-initial common words, and classified by gazetteers,
//! cue words and context.

use super::lexicon::*;
use super::words::Word;
use super::EntityKind;
use crate::sentences::sentence_ranges;
use std::collections::HashSet;
use std::ops::Range;

/// A name found in a paragraph, before document-level resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub paragraph: usize,
    /// Byte range of the name in the paragraph.
    pub span: Range<usize>,
    /// The name as written (without a possessive ending).
    pub text: String,
    /// `None` when nothing says what it is (resolved against the document's other names).
    pub kind: Option<EntityKind>,
    pub role: Option<String>,
    /// The kind comes from strong evidence (gazetteer, cue word, title), not a guess.
    pub strong: bool,
    /// An acronym given in parentheses right after the name: "Council of Iraq (ISCI)".
    pub acronym: Option<String>,
}

/// Words that begin a sentence (or a quotation) in this paragraph. Linear: words and
/// sentence starts are walked together.
fn sentence_starts(text: &str, words: &[Word]) -> HashSet<usize> {
    let starts: Vec<usize> = sentence_ranges(text).into_iter().map(|r| r.start).collect();
    let mut out = HashSet::new();
    let mut s = 0;
    for (i, w) in words.iter().enumerate() {
        while s + 1 < starts.len() && starts[s + 1] <= w.span.start {
            s += 1;
        }
        let gap_ok = starts.get(s).is_some_and(|&st| {
            st <= w.span.start
                && w.span.start - st <= 8
                && text[st..w.span.start]
                    .trim()
                    .trim_start_matches(['“', '"', '‘', '(', '-', '—', '–', ' '])
                    .is_empty()
        });
        let mut from = w.span.start.saturating_sub(6);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..w.span.start];
        let after_quote = before.trim_end().ends_with(['“', '"', '‘', '(', ':', '—']);
        if gap_ok || after_quote {
            out.insert(i);
        }
    }
    out
}

/// Only white space (or a hyphen inside a compound) between two words.
fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    if a.span.end > b.span.start {
        return false;
    }
    let between = &text[a.span.end..b.span.start];
    // "People's" goes on inside names: "Ethiopian People's Revolutionary Democratic Front"
    if a.possessive {
        let saint =
            text[..a.span.start].ends_with("St. ") || text[..a.span.start].ends_with("Saint ");
        return (a.text == "People" || saint)
            && ["’s ", "'s "]
                .iter()
                .any(|p| between.strip_prefix(p).is_some_and(|r| r.trim().is_empty()));
    }
    between.chars().all(char::is_whitespace)
}

/// Joined by an ampersand: "Dyer & Blair", "Bill & Melinda Gates Foundation".
fn ampersand(text: &str, a: &Word, b: &Word) -> bool {
    a.span.end <= b.span.start && !a.possessive && text[a.span.end..b.span.start].trim() == "&"
}

/// ", a spokesman for …", ", the party's leader", ", 45,": what follows a name says it is
/// a person's.
fn person_apposition(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    let clause = rest
        .split([',', '.', ';', '(', '“', '"'])
        .next()
        .unwrap_or("");
    if !clause.is_empty() && clause.len() <= 3 && clause.chars().all(|c| c.is_ascii_digit()) {
        return rest[clause.len()..].starts_with(','); // an age: "Robert Sims, 19, of …"
    }
    for (n, word) in clause.split_whitespace().take(5).enumerate() {
        let w = word
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_lowercase();
        let w = w.as_str();
        if n == 0 && !matches!(w, "a" | "an" | "the" | "his" | "her" | "its" | "their") {
            // "Jones, spokesman for …" goes straight to the noun
            return is_person_noun(w) && w.len() > 3;
        }
        if ORG_NOUNS.contains(&w) {
            return false;
        }
        if is_person_noun(w) {
            return true;
        }
    }
    false
}

/// The capitalized head of a compound like "US-backed" or "Baghdad-based".
fn compound_head<'a>(w: &Word<'a>) -> Option<Word<'a>> {
    let (head, tail) = w.text.split_once('-')?;
    // "Sen. Charles Grassley, R-Iowa": party and state; the state is the name.
    if matches!(head, "R" | "D" | "I") && tail.chars().next().is_some_and(char::is_uppercase) {
        let start = w.span.start + head.len() + 1;
        return Some(Word {
            text: tail,
            span: start..w.span.end,
            possessive: w.possessive,
        });
    }
    // "Baghdad-based", "US-backed", "London-born", "Soviet-style"; not "Chiang Kai-shek".
    let lower_tail = tail.chars().next().is_some_and(char::is_lowercase)
        && (tail.ends_with("ed")
            || tail.ends_with("ing")
            || [
                "born", "led", "run", "made", "wide", "style", "like", "era", "type", "area",
                "held", "bound", "built", "bred", "owned", "friendly", "free", "class", "level",
            ]
            .contains(&tail));
    let particle = ["al", "el", "bin", "ibn", "Al", "El"].contains(&head);
    if lower_tail && !particle && head.chars().next().is_some_and(char::is_uppercase) {
        Some(Word {
            text: head,
            span: w.span.start..w.span.start + head.len(),
            possessive: false,
        })
    } else {
        None
    }
}

/// Name candidates of one paragraph. `lowercase_words` holds every word of the document
/// seen in lower case (a capitalized sentence-initial word also seen in lower case is not
/// a name); `date_words` the word indices already taken by dates.
pub fn candidates(
    paragraph: usize,
    text: &str,
    words: &[Word],
    date_words: &HashSet<usize>,
    lowercase_words: &HashSet<&str>,
) -> Vec<Candidate> {
    let starts = sentence_starts(text, words);
    // Compounds: take their capitalized head as a word of its own.
    let words: Vec<Word> = words
        .iter()
        .map(|w| compound_head(w).unwrap_or_else(|| w.clone()))
        .collect();
    // A paragraph in capitals ("THE PRESIDENT SAID …") says nothing by its capitals: there
    // only words the gazetteers know start names, and a given name takes the next word.
    let lettered = words
        .iter()
        .filter(|w| w.text.chars().any(char::is_alphabetic));
    let (n_words, n_caps) = lettered.fold((0, 0), |(n, c), w| {
        (n + 1, c + usize::from(w.is_all_caps()))
    });
    let shouting = n_words >= 4 && n_caps * 10 >= n_words * 6;
    let known = |k: usize| {
        let t = title_case(words[k].text);
        places().contains(t.as_str()) || is_known_org(&t) || given_names().contains(t.as_str())
    };
    let cap = |k: usize| {
        words[k].is_capitalized()
            && !date_words.contains(&k)
            && (!shouting
                || known(k)
                || k > 0
                    && given_names().contains(title_case(words[k - 1].text).as_str())
                    && adjacent(text, &words[k - 1], &words[k]))
    };
    let mut out = Vec::new();
    // Sentence starts found where a run was cut (the sentence detector missed them).
    let mut missed_starts = HashSet::new();
    let mut i = 0;
    while i < words.len() {
        if !cap(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && (adjacent(text, &words[j - 1], &words[j])
                || cap(j) && ampersand(text, &words[j - 1], &words[j]))
            && !(words[j - 1].text.ends_with('.') && is_common_initial_word(words[j].text))
            && !is_pronoun(words[j].text)
        {
            // "Washington The Kennedy administration …": a heading's one word, then a
            // sentence ("For Whom The Bell Tolls" goes on).
            if words[j].text == "The" && j == i + 1 {
                missed_starts.insert(j);
                break;
            }
            if cap(j) {
                j += 1;
                continue;
            }
            let lower = words[j].lower();
            let next_cap =
                j + 1 < words.len() && cap(j + 1) && adjacent(text, &words[j], &words[j + 1]);
            // "of" goes on only after organization and place words ("Council of Iraq"),
            // never after a person's name ("Cheshire of Griffin").
            let of_ok = lower != "of" || takes_of(words[j - 1].text.trim_end_matches('.'));
            if CONNECTORS.contains(&lower.as_str()) && next_cap && of_ok {
                j += 2;
                continue;
            }
            // "on" and "for" after an organization word: "Committee on Appeal for Human
            // Rights", "Council on Foreign Relations".
            let org_so_far = words[i..j]
                .iter()
                .any(|w| is_org_cue(w.text.trim_end_matches('.')));
            if matches!(lower.as_str(), "on" | "for") && next_cap && org_so_far {
                j += 2;
                continue;
            }
            // "Centers for Disease Control and Prevention", "Department of Health and
            // Human Services": "and" after an organization word and its "for" or "of".
            let org_of = || {
                words[i..j]
                    .windows(2)
                    .any(|w| org_cue_then_preposition(w[0].text, w[1].text))
            };
            if lower == "and" && next_cap && org_of() {
                j += 2;
                continue;
            }
            // "Economic and Social Council": "and" inside a name that ends in an
            // organization word, when what comes before is no name of its own.
            if lower == "and" && next_cap && j - i <= 3 {
                let mut k = j + 1;
                while k < words.len() && cap(k) && adjacent(text, &words[k - 1], &words[k]) {
                    k += 1;
                }
                let ends_org = is_org_cue(words[k - 1].text.trim_end_matches('.'));
                let plain_before = words[i..j].iter().all(|w| {
                    let t = w.text.trim_end_matches('.');
                    !is_org_cue(t)
                        && !is_title(t)
                        && !given_names().contains(t)
                        && !is_known_place(t)
                });
                if ends_org && plain_before && !starts.contains(&i) {
                    j = k;
                    continue;
                }
            }
            // "for the" after an organization word: "School for the Handicapped"
            if lower == "for"
                && org_so_far
                && words.get(j + 1).is_some_and(|w| w.text == "the")
                && j + 2 < words.len()
                && cap(j + 2)
            {
                j += 3;
                continue;
            }
            // "of the" inside a name: "Council of the Republic"
            if lower == "of"
                && of_ok
                && words.get(j + 1).is_some_and(|w| w.text == "the")
                && j + 2 < words.len()
                && cap(j + 2)
            {
                j += 3;
                continue;
            }
            break;
        }
        let mut from = i;
        // A sentence-initial common word is not part of a name.
        // unless the run begins with a known name: "New York (AP) --", "West Berlin".
        let known_start = (from + 1..=j.min(from + 3)).any(|k| {
            let name = &text[words[from].span.start..words[k - 1].span.end];
            is_known_place(name) || is_known_org(name)
        }) || (j - from == 2
            // "Business Week reports", "Justice Department officials"
            && is_org_cue(words[from + 1].text.trim_end_matches('.'))
            && !is_common_initial_word(words[from].text)
            && !words[from].text.ends_with("ly"));
        // A run cut right after a lone initial starts a sentence the sentence detector
        // missed: "… the space of T. If Af is …", "… over the field F. Let p be …".
        let after_initial = from > 0 && is_lone_initial(words[from - 1].text);
        // "If Af", "But Af", "Let Af": a function word before a formula's one- or
        // two-letter symbol starts a sentence, whatever the detector said.
        let formula = |k: usize| {
            k + 1 < j
                && is_common_initial_word(words[k].text)
                && words[k + 1]
                    .text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    <= 2
        };
        // "Somehow Winston", "Poor John": at a sentence start, a word that is no given name
        // before one that is.
        let before_given = |k: usize| {
            k + 1 < j
                && given_names().contains(words[k + 1].text)
                && !given_names().contains(words[k].text)
                && !is_title(words[k].text)
                && !is_known_place(words[k].text)
                && !is_known_org(words[k].text)
                && !is_org_cue(words[k].text)
        };
        while !known_start
            && from < j
            && ((starts.contains(&from)
                || missed_starts.contains(&from)
                || from == i && after_initial
                || formula(from))
                && (is_common_initial(&words[from], lowercase_words)
                    || starts.contains(&from) && before_given(from))
                // "Mr. Smith spoke." keeps its title
                && !(from + 1 < j && is_title(words[from].text))
                || is_pronoun(words[from].text))
        {
            from += 1;
        }
        // "Members of the Dawa Party": a sentence-initial word before "of" is no name.
        if from == i && starts.contains(&from) && from + 1 < j && words[from + 1].text == "of" {
            let t = words[from].text;
            let known = ORG_CUES.contains(&t)
                || is_title(t)
                || is_place_cue(t)
                || places().contains(t)
                || is_known_org(t);
            if !known {
                from += 1;
            }
        }
        while from < j && (CONNECTORS.contains(&words[from].text) || words[from].text == "the") {
            from += 1;
        }
        if from < j {
            split_titles(paragraph, text, &words, from, j, &mut out);
        }
        i = j;
    }
    coordinate(text, &mut out);
    out
}

/// Names in a list share the kind of a typed neighbour: "the Hayaniya and Qibla
/// neighborhoods", "between Washington, Teheran and …".
fn coordinate(text: &str, out: &mut [Candidate]) {
    for _ in 0..2 {
        for k in 0..out.len().saturating_sub(1) {
            let between = &text[out[k].span.end.min(out[k + 1].span.start)..out[k + 1].span.start];
            if !matches!(between.trim(), "and" | "or" | "," | ", and" | ", or") {
                continue;
            }
            let (a, b) = (out[k].clone(), out[k + 1].clone());
            let typed = |c: &Candidate| c.kind.filter(|_| c.strong);
            let single = |c: &Candidate| !c.text.contains(' ');
            if a.kind.is_none() || !a.strong && single(&a) {
                if let Some(kind @ (EntityKind::Place | EntityKind::Organization)) = typed(&b) {
                    out[k].kind = Some(kind);
                    out[k].strong = true;
                }
            }
            if b.kind.is_none() || !b.strong && single(&b) {
                if let Some(kind @ (EntityKind::Place | EntityKind::Organization)) = typed(&a) {
                    out[k + 1].kind = Some(kind);
                    out[k + 1].strong = true;
                }
            }
        }
    }
}

/// "T.", "F.": one capital letter and a period.
fn is_lone_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase()
    )
}

fn is_common_initial(w: &Word, lowercase_words: &HashSet<&str>) -> bool {
    let t = w.text.trim_end_matches('.');
    if is_common_initial_word(t) {
        return true;
    }
    if places().contains(t) || given_names().contains(t) || is_known_org(t) {
        return false;
    }
    lowercase_words.contains(w.lower().as_str())
        || t.ends_with("ing")
        || t.ends_with("ed")
        || t.ends_with("ly")
}

/// Cut a run at its titles: "US President George W. Bush" → "US" and "George W. Bush"
/// (role "President").
fn split_titles(
    paragraph: usize,
    text: &str,
    words: &[Word],
    from: usize,
    to: usize,
    out: &mut Vec<Candidate>,
) {
    let last = words[to - 1].text.trim_end_matches('.');
    let whole = &text[words[from].span.start..words[to - 1].span.end];
    // "Ministry of Foreign Affairs": no title inside an organization's name
    let org_of = words[from..to]
        .windows(2)
        .any(|w| org_cue_then_preposition(w[0].text, w[1].text));
    let org_like = is_org_cue(last) || is_known_org(last) || is_known_org(whole) || org_of;
    let mut k = from;
    let mut piece_start = from;
    let mut role: Vec<&str> = Vec::new();
    while k < to {
        let role_noun = k == from
            && k + 2 < to
            && is_person_noun(&words[k].lower())
            && given_names().contains(words[k + 1].text);
        let is_title = !org_like && (is_title(words[k].text) || role_noun) && k + 1 < to;
        if is_title {
            // "Tournament Chairman Clifford Roberts": a lone unknown word before a title
            // belongs to the role; "US President …" and "Senate Leader …" are names.
            let first = words[piece_start].text.trim_end_matches('.');
            let modifier = k == piece_start + 1
                && !is_known_place(first)
                && !is_known_org(first)
                && !is_org_cue(first)
                && !is_demonym(first);
            if piece_start < k && role.is_empty() && modifier {
                role.push(words[piece_start].text);
            } else if piece_start < k && role.is_empty() {
                push_piece(paragraph, text, words, piece_start, k, None, out);
            }
            role.push(words[k].text);
            k += 1;
            // "Secretary of the Treasury Douglas Dillon": the office is part of the role
            // when a name follows it; "Governor of Texas" alone names the place.
            if k + 1 < to && words[k].text == "of" {
                let office = if words[k + 1].text == "the" {
                    k + 2
                } else {
                    k + 1
                };
                if office + 1 < to {
                    role.extend(words[k..=office].iter().map(|w| w.text));
                    k = office + 1;
                } else {
                    k += 1;
                    if words[k].text == "the" {
                        k += 1;
                    }
                }
            }
            piece_start = k;
            continue;
        }
        k += 1;
    }
    let role = (!role.is_empty()).then(|| role.join(" "));
    if piece_start < to {
        push_piece(paragraph, text, words, piece_start, to, role, out);
    }
}

fn push_piece(
    paragraph: usize,
    text: &str,
    words: &[Word],
    mut from: usize,
    to: usize,
    role: Option<String>,
    out: &mut Vec<Candidate>,
) {
    // Leading demonyms go, unless the name is an organization's ("Iraqi Interior Ministry").
    let org_cue = words[from..to]
        .iter()
        .any(|w| is_org_cue(w.text.trim_end_matches('.')));
    let whole = &text[words[from].span.start..words[to - 1].span.end];
    let known_place = is_known_place(whole) || is_known_org(whole);
    while from < to && !known_place && is_demonym(words[from].text) && !(org_cue && to - from > 1) {
        from += 1;
    }
    if from >= to {
        return;
    }
    let last = words[to - 1].text.trim_end_matches('.');
    // Events are no entities here: "World War", "World War II", "the Civil War" (but
    // "Department of War" is an organization).
    let event = to - from > 1
        && (EVENT_WORDS.contains(&last)
            || is_roman_numeral(last)
                && EVENT_WORDS.contains(&words[to - 2].text.trim_end_matches('.')))
        && !words[from..to]
            .iter()
            .any(|w| is_org_cue(w.text.trim_end_matches('.')));
    // Laws and documents are no entities here; nor are "NE" and "SE" in addresses.
    if event
        || to - from > 1 && DOCUMENT_WORDS.contains(&last)
        || to - from == 1
            && (COMPASS_ABBREVIATIONS.contains(&last)
                || COMMON_ABBREVIATIONS.contains(&last)
                // "10 A.M.", "M.P."
                || last.contains('.')
                    && COMMON_ABBREVIATIONS.contains(&last.replace('.', "").as_str()))
        // "East-West talks"
        || to - from == 1
            && last.contains('-')
            && last.split('-').all(|p| COMPASS_WORDS.contains(&p))
    {
        return;
    }
    // "the United States Government": the country is the entity named.
    if to - from > 1 && last == "Government" {
        let place = &text[words[from].span.start..words[to - 2].span.end];
        if is_known_place(place) {
            return push_piece(paragraph, text, words, from, to - 1, role, out);
        }
    }
    // Trailing connectors never end a name.
    let mut to = to;
    while to > from && CONNECTORS.contains(&words[to - 1].lower().as_str()) {
        to -= 1;
    }
    if from >= to {
        return;
    }
    let span = words[from].span.start..words[to - 1].span.end;
    let name = &text[span.clone()];
    let tokens: Vec<&str> = words[from..to]
        .iter()
        .map(|w| w.text.trim_end_matches('.'))
        .collect();
    if tokens.len() == 1 && tokens[0].chars().count() < 2 {
        return; // a lone letter: "I", "A"
    }
    if tokens.len() > 1 && tokens.iter().all(|t| *t == tokens[0]) {
        return; // a symbol repeated in a formula: "Af Af"
    }
    if tokens.len() == 1 && (tokens[0].ends_with("ist") || tokens[0].ends_with("ists")) {
        return; // "Sadrists": followers, not a referent
    }
    if tokens.iter().all(|t| is_title(t)) || is_title(tokens[tokens.len() - 1]) {
        return; // a role without a name: "Fulton Tax Commissioner"
    }
    if tokens.len() > 1 && is_demonym(tokens[tokens.len() - 1]) {
        return; // a group: "Georgia Republicans"
    }
    // A title in quotation marks ("Hail To The Chief") is a work, not a name.
    let opened = text[..span.start].ends_with(['“', '"']);
    let closed = text[span.end..].starts_with(['”', '"']) || text[span.end..].starts_with(",”");
    if opened && closed {
        return;
    }
    // A state abbreviation after a city: "Salem, Mass.", "Andover, N. J."
    let abbreviation = name.trim_end_matches('.');
    if STATE_ABBREVIATIONS.contains(&abbreviation) {
        if text[..span.start].ends_with(", ") {
            out.push(Candidate {
                paragraph,
                span,
                text: name.to_string(),
                kind: Some(EntityKind::Place),
                role,
                strong: true,
                acronym: None,
            });
        }
        return;
    }
    let before = from.checked_sub(1).map(|b| words[b].lower());
    // The word right after the name, with nothing but space (or a possessive) between:
    // "the Qibla neighborhood", not "Bourcier, town solicitor".
    let after = words
        .get(to)
        .filter(|w| {
            without_possessive(&text[span.end.min(w.span.start)..w.span.start])
                .chars()
                .all(char::is_whitespace)
        })
        .map(Word::lower);
    // "the Garden Hills section of Cranston", "the outskirts of Kisumu"
    let place_of = from >= 2
        && words[from - 1].text == "of"
        && PLACE_NOUNS_OF.contains(&words[from - 2].lower().as_str());
    let rest = without_possessive(&text[span.end..]);
    let (mut kind, mut strong) = classify(
        name,
        &tokens,
        role.is_some() || person_apposition(rest),
        before.as_deref(),
        after.as_deref(),
    );
    // An acronym names an organization written out ("… of Iraq (ISCI)") and starts with
    // its first letter ("Haiti (MINUSTAH)" names no Haiti); a dateline has none
    // ("WASHINGTON (AP)").
    let acronym = acronym_after(text, span.end).filter(|a| {
        !words[from].is_all_caps()
            && a.chars().next().map(|c| c.to_lowercase().next())
                == name.chars().next().map(|c| c.to_lowercase().next())
    });
    if place_of
        && tokens.len() == 1
        && (kind.is_none() || !strong && kind == Some(EntityKind::Person))
    {
        kind = Some(EntityKind::Place);
    }
    // "Netanyahu's office said": a possessive before a person's belongings.
    if kind.is_none()
        && words[to - 1].possessive
        && after
            .as_deref()
            .is_some_and(|a| PERSON_POSSESSIONS.contains(&a))
    {
        kind = Some(EntityKind::Person);
    }
    // People are rarely given an acronym: "Barisan Nasional (BN)".
    if acronym.is_some() && !strong && kind != Some(EntityKind::Place) {
        kind = Some(EntityKind::Organization);
        strong = true;
    }
    out.push(Candidate {
        paragraph,
        span,
        text: name.to_string(),
        kind,
        role,
        strong,
        acronym,
    });
}

/// "II", "IV", "XX": a Roman numeral in capitals.
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// The text after a name without its possessive ending ("’s", "'s").
fn without_possessive(rest: &str) -> &str {
    rest.strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .unwrap_or(rest)
}

/// "NEW YORK" → "New York".
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// "(ISCI)" right after a name.
fn acronym_after(text: &str, end: usize) -> Option<String> {
    let mut stop = text.len().min(end + 16);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let window = &text[end..stop];
    let rest = window.trim_start().strip_prefix('(')?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters).then_some(())?;
    inner
        .chars()
        .all(|c| c.is_uppercase() || c == '.' || c == '-')
        .then(|| inner.to_string())
}

/// What a name is, and whether the evidence is strong.
pub fn classify(
    name: &str,
    tokens: &[&str],
    has_title: bool,
    before: Option<&str>,
    after: Option<&str>,
) -> (Option<EntityKind>, bool) {
    use EntityKind::*;
    let last = *tokens.last().unwrap_or(&"");
    let first = tokens[0];
    let multi = tokens.len() > 1;
    if tokens.iter().all(|t| is_demonym(t)) {
        return (None, true);
    }
    if is_known_org(name) || multi && name.contains(" & ") {
        return (Some(Organization), true);
    }
    if multi && is_org_cue(last) {
        return (Some(Organization), true);
    }
    // "Council of Iraq", "Ministry of Defense", "Bank of America"
    if tokens
        .windows(2)
        .any(|w| org_cue_then_preposition(w[0], w[1]))
    {
        return (Some(Organization), true);
    }
    if multi && ORG_FIRST_WORDS.contains(&first) {
        return (Some(Organization), true);
    }
    if multi && PLACE_PREFIXES.contains(&first) {
        return (Some(Place), true);
    }
    // "City of Atlanta", "Republic of Iraq"
    if multi && is_place_cue(first) && tokens[1] == "of" {
        return (Some(Place), true);
    }
    // "Iraq", "U.S.", "West Berlin", "Outer Mongolia"
    if is_known_place(name) {
        return (Some(Place), true);
    }
    // "North Central", "South West"
    if multi && tokens.iter().all(|t| COMPASS_WORDS.contains(t)) {
        return (Some(Place), true);
    }
    let surname_cue = [
        "Park", "Hill", "Hills", "Ridge", "Bay", "Camp", "Port", "Field", "Hall", "Beach",
    ]
    .contains(&last);
    if surname_cue && (has_title || given_names().contains(first)) {
        return (Some(Person), true);
    }
    // "Houston Oilers", "Texas Aggies": a place and a plural name a team
    if multi
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !is_place_cue(last)
        && !is_demonym(last)
        && !has_title
        && !given_names().contains(first)
        && is_known_place(&tokens[..tokens.len() - 1].join(" "))
    {
        return (Some(Organization), true);
    }
    if multi && is_place_cue(last) {
        return (Some(Place), true);
    }
    let all_caps = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // "WASHINGTON (AP) —": a dateline
    if all_caps && places().contains(title_case(name).as_str()) {
        return (Some(Place), true);
    }
    if all_caps && !multi && name.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
        return (Some(Organization), true);
    }
    if after.is_some_and(|a| ORG_NOUNS_AFTER.contains(&a))
        || before.is_some_and(|b| ORG_NOUNS_BEFORE.contains(&b))
    {
        return (Some(Organization), true);
    }
    if after.is_some_and(|a| PLACE_NOUNS_AFTER.contains(&a)) {
        return (Some(Place), true);
    }
    if has_title || given_names().contains(first) || before.is_some_and(is_person_noun) {
        return (Some(Person), true);
    }
    if after.is_some_and(|a| PERSON_VERBS.contains(&a)) {
        return (Some(Person), multi);
    }
    let particle = tokens.iter().any(|t| {
        ["al-", "el-", "bin", "ibn", "Abu", "abu", "Al-"]
            .iter()
            .any(|p| t.starts_with(p))
    });
    if multi && particle {
        return (Some(Person), true);
    }
    if !multi && SURNAME_ENDINGS.iter().any(|e| last.ends_with(e)) {
        return (Some(Person), false);
    }
    // "in Af", "to T": a symbol of one or two letters is no place
    if before.is_some_and(|b| PLACE_PREPOSITIONS.contains(&b)) && !multi && name.len() > 2 {
        return (Some(Place), false);
    }
    if multi {
        return (Some(Person), false);
    }
    (None, false)
}
