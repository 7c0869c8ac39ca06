//! Quotations and who said them.
//!
//! [`extract`] finds every quotation of a document (curly, straight, single and guillemet
//! marks, nested quotes, quotes split by their attribution or continued over paragraphs,
//! unbalanced marks recovered at the paragraph end), attributes each one to a speaker
//! through a speech verb before or after it ("“A,” he said", "said Smith", "Daoud told the
//! newspaper: “…”", "according to X"), resolves pronouns and descriptions to the speaker
//! they refer to, and classifies it as speech or as a term (scare quotes, titles).
//!
//! ```
//! use sift_engine::{document::{parse, Format}, quotes::{extract, QuoteKind}};
//! let doc = parse("d", Format::Text, "Jane Roe, a local lawyer, spoke first.\n\n“We will appeal,” she said.".as_bytes()).unwrap();
//! let quotes = extract(&doc, &[]);
//! assert_eq!(quotes[0].text, "We will appeal,");
//! assert_eq!(quotes[0].speaker.as_ref().unwrap().name, "Jane Roe");
//! assert_eq!(quotes[0].kind, QuoteKind::Speech);
//! ```

pub mod attribution;
pub mod cues;
pub mod marks;
pub mod speaker;

use crate::entities::{Entity, EntityKind};
use crate::sentences::sentence_ranges;
use crate::Document;
use attribution::{
    intro_cue, lead_in_cue, left_cue, next_paragraph_cue, right_cue, speech_events,
    strip_list_marker, Cue,
};
use cues::Pronoun;
use marks::{find_spans, Span};
use serde::{Deserialize, Serialize};
use speaker::{classify_name, name_runs, tokenize, NameClass, Phrase, PhraseKind};
use std::cell::RefCell;
use std::collections::HashMap;

/// Whether a quotation is somebody's words or a quoted term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words attributed to a speaker or a source.
    Speech,
    /// Scare quotes, titles and short quoted phrases without a speech cue.
    Term,
}

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The most specific name found for the speaker ("Hazem al-Nuaimi", "an Iraqi
    /// official").
    pub name: String,
    /// Index of the matching entity in the slice given to [`extract`].
    pub entity: Option<usize>,
}

/// One quotation: the text between one pair of marks in one paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub paragraph: usize,
    /// Byte range of the text between the marks, in that paragraph.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The speech verb that attributes it ("said", "according to").
    pub cue: Option<String>,
    pub kind: QuoteKind,
}

/// A capitalized name seen in the text outside quotations.
#[derive(Debug, Clone)]
struct Mention {
    paragraph: usize,
    offset: usize,
    name: String,
    class: NameClass,
    possessive: bool,
    medium: bool,
    /// Index of the sentence in its paragraph, when the name opens that sentence.
    opens_sentence: Option<usize>,
    /// Lowercase titles and roles written with the name ("President Kennedy", "manager
    /// Dutch Meyer", "Beryl Sprinkel, economist of …"), to resolve "the President".
    titles: Vec<String>,
    /// Opens a heading ("Sees Jones ahead"): its first word may be a verb, so the mention
    /// does not lend its form to other names.
    heading: bool,
    /// After a preposition or as the object of "told"/"asked" ("reprisal against Powell",
    /// "told manager Meyer"): not the subject a later pronoun is likely to mean.
    oblique: bool,
    /// The name's words without particles and possessives, to compare names.
    words: Vec<String>,
}

/// A resolved speaker so far: display name and what it is.
#[derive(Debug, Clone)]
struct Resolved {
    name: String,
    class: NameClass,
    roles: Vec<String>,
    plural: bool,
    /// A description without a name ("the jury", "an official").
    description: bool,
}

impl Resolved {
    /// A name found in the text, with nothing else known yet.
    fn named(name: String, class: NameClass) -> Self {
        Resolved {
            name,
            class,
            roles: Vec::new(),
            plural: false,
            description: false,
        }
    }
}

/// A point where someone spoke (a quotation's speaker or an unquoted speech verb).
#[derive(Debug, Clone)]
struct Event {
    paragraph: usize,
    offset: usize,
    who: Resolved,
}

/// Every quotation of `doc`, in text order, with speakers linked to `entities` (which may
/// be empty: speakers are then found from the text alone).
pub fn extract(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let paras = &doc.paragraphs;
    let spans = find_spans(paras);
    let top: Vec<&Span> = spans.iter().filter(|s| s.depth == 0).collect();
    let sentences: Vec<Vec<std::ops::Range<usize>>> =
        paras.iter().map(|t| sentence_ranges(t)).collect();
    let mut mentions = collect_mentions(paras, &sentences, &top, entities);
    mentions.sort_by_key(|m| (m.paragraph, m.offset));
    full_names_for_first_names(&mut mentions);
    let unquoted = collect_events(paras, &top);
    let genders = genders(&mentions);
    let cache = NameCache::default();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        by_name.entry(m.name.clone()).or_default().push(i);
    }
    let ctx = Ctx {
        sentences: &sentences,
        cache: &cache,
        genders: &genders,
        mentions: &mentions,
        by_name: &by_name,
    };

    // The paragraph whose closing colon introduces each paragraph, if any.
    let mut intro: Vec<Option<usize>> = vec![None; paras.len()];
    for p in 1..paras.len() {
        let (head, marker) = strip_list_marker(&paras[p - 1]);
        // "… wrote:", "… cabled from Turin as follows --"
        let head = head.trim_end();
        if head.ends_with(':') || head.ends_with("--") || head.ends_with(['—', '–']) {
            intro[p] = Some(p - 1);
        } else if marker {
            intro[p] = (p.saturating_sub(3)..p).rev().find_map(|k| intro[k]);
        }
    }
    let mut intro_memo: Option<(usize, Option<(Resolved, String)>)> = None;
    let mut events: Vec<Event> = Vec::new();
    let mut next_event = 0;
    let mut out: Vec<Quote> = Vec::new();
    // Speaker of the last top-level quote, per paragraph (for chains and continuations).
    let mut last_in_para: Vec<Option<(Resolved, Option<String>)>> = vec![None; paras.len()];
    for (qi, span) in top.iter().enumerate() {
        let p = span.paragraph;
        let text = &paras[p];
        let prev_after = top[..qi]
            .iter()
            .rev()
            .take_while(|s| s.paragraph == p)
            .next()
            .map_or(0, |s| s.after);
        let next_open = top[qi + 1..]
            .iter()
            .take_while(|s| s.paragraph == p)
            .next()
            .map_or(text.len(), |s| s.open);
        let quoted = &text[span.start..span.end];
        let right_first =
            quoted.ends_with(',') || text[span.after..next_open].trim_start().starts_with(',');
        let own = if !span.closed {
            left_cue(text, prev_after, span.open)
        } else if right_first {
            right_cue(text, span.after, next_open).or_else(|| left_cue(text, prev_after, span.open))
        } else {
            // "“A,” Mann writes. “B.” (Current models say …)": the second half of a quote
            // split by its attribution belongs to the same speaker; the next sentence is not
            // its attribution.
            let second_half = top[..qi]
                .iter()
                .rev()
                .take_while(|s| s.paragraph == p)
                .next()
                .is_some_and(|s| {
                    let between = text[s.after..span.open].trim();
                    s.closed
                        && between.ends_with('.')
                        && between.split_whitespace().count() <= 8
                        && right_cue(text, s.after, span.open).is_some()
                });
            left_cue(text, prev_after, span.open)
                .or_else(|| (!second_half).then(|| right_cue(text, span.after, next_open))?)
        };
        // "Gates, speaking on “Meet the Press,” said Tillerson was “…”": a short quoted
        // title inside the sentence hides its subject; read on past it.
        let own = own.or_else(|| {
            let prev = top[..qi]
                .iter()
                .rev()
                .take_while(|s| s.paragraph == p)
                .next()?;
            let short = text[prev.start..prev.end].split_whitespace().count() <= 5;
            if !short || span.open < prev.after {
                return None;
            }
            let from = top[..qi]
                .iter()
                .rev()
                .take_while(|s| s.paragraph == p)
                .nth(1)
                .map_or(0, |s| s.after);
            left_cue(text, from, span.open).filter(|c| c.phrase.start < prev.open)
        });
        // "Critics called the plan a “surge”": one characterizing word is a term, unless a
        // named person uses it ("Pompeo branded him a “narcissist”").
        let own = own.filter(|c| {
            !cues::is_characterizing_verb(&c.verb)
                || quoted.split_whitespace().count() >= 2
                || match c.phrase.kind {
                    PhraseKind::Name(NameClass::Person) => true,
                    // "Pompeo", known as a person; not "Critics" opening the sentence.
                    PhraseKind::Name(NameClass::Unknown) => entities.iter().any(|e| {
                        e.kind == EntityKind::Person
                            && (e.name == c.phrase.text || e.aliases.contains(&c.phrase.text))
                    }),
                    _ => false,
                }
        });
        let whole_paragraph = text[..span.open].trim().is_empty()
            && text[span.after..]
                .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                .is_empty();
        // A paragraph that is one quotation, attributed at the start of the next one
        // (“Where is it?” ⏎ Asked the station man.).
        let mut cue_para = p;
        let own = own.or_else(|| {
            let next = paras
                .get(p + 1)
                .filter(|_| whole_paragraph && span.closed)?;
            cue_para = p + 1;
            next_paragraph_cue(next)
        });
        // Add the unquoted speech events that come before this quote (in text order).
        while let Some((ep, eoff, cue)) = unquoted.get(next_event) {
            if (*ep, *eoff) >= (p, span.open) {
                break;
            }
            next_event += 1;
            if let Some(who) = resolve(&ctx, &cue.phrase, *ep, *eoff, &events) {
                insert_event(
                    &mut events,
                    Event {
                        paragraph: *ep,
                        offset: *eoff,
                        who,
                    },
                );
            }
        }

        let mut cue_word = None;
        let mut who: Option<Resolved> = None;
        if let Some(Cue { verb, phrase }) = &own {
            who = resolve(&ctx, phrase, cue_para, phrase.start, &events);
            cue_word = Some(verb.clone());
        }
        let starts_sentence = {
            let before = text[prev_after..span.open].trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?', '”', '"'])
        };
        let follows_quote = top[..qi]
            .iter()
            .rev()
            .take_while(|s| s.paragraph == p)
            .next()
            .is_some_and(|s| {
                let between = &text[s.after..span.open];
                s.closed
                    && between.split_whitespace().count() <= 12
                    && !between.contains(['.', '!', '?'])
            });
        if who.is_none() && own.is_none() && follows_quote && !starts_sentence {
            // “A”, he indicated, “and B”: the second part of a split quote.
            if let Some((w, c)) = last_in_para[p].clone() {
                who = Some(w);
                cue_word = c;
            }
        }
        if who.is_none() && own.is_none() && !span.continues {
            // A quote in a paragraph introduced by a colon ("the jury recommended that:")
            // or in a list item after one.
            if let Some(q) = intro[p] {
                if intro_memo.as_ref().is_none_or(|(at, _)| *at != q) {
                    let found = intro_cue(&paras[q]).and_then(|c| {
                        let w = resolve(&ctx, &c.phrase, q, c.phrase.start, &events)?;
                        Some((w, c.verb))
                    });
                    intro_memo = Some((q, found));
                }
                if let Some((_, Some((w, c)))) = &intro_memo {
                    who = Some(w.clone());
                    cue_word = Some(c.clone());
                }
            }
        }
        if who.is_none() && own.is_none() {
            if span.continues && p > 0 {
                if let Some((w, c)) = last_in_para[p - 1].clone() {
                    who = Some(w);
                    cue_word = c;
                }
            } else if starts_sentence {
                // "Simon Crean says the matter is serious. “We need to clear it up.”": the
                // one reported just before, in the same paragraph, after any earlier quote.
                let reported = events.last().filter(|e| {
                    e.paragraph == p
                        && e.offset >= prev_after
                        && e.offset < span.open
                        && sentence_like(quoted)
                });
                // "Mr Kissinger … appeared to be concerned. “It is important …”": the
                // person the sentence just before is about.
                let last_sentence = sentences[p]
                    .iter()
                    .rposition(|r| r.end <= span.open && r.start >= prev_after);
                let subject = last_sentence.and_then(|i| {
                    in_paragraph(&mentions, p).iter().find(|m| {
                        m.opens_sentence == Some(i)
                            && m.offset >= prev_after
                            && m.class == NameClass::Person
                            && !m.possessive
                    })
                });
                if let Some(e) = reported {
                    who = Some(e.who.clone());
                } else if let Some(m) = subject.filter(|_| sentence_like(quoted)) {
                    who = Some(Resolved::named(
                        fullest_cached(&cache, &m.name, NameClass::Person, &mentions),
                        NameClass::Person,
                    ));
                } else if let Some((w, c)) = last_in_para[p].clone() {
                    who = Some(w);
                    cue_word = c;
                } else if let Some(w) = later_in_paragraph(text, &top[qi + 1..], p) {
                    who = Some(w.0);
                    cue_word = Some(w.1);
                } else if let Some((w, c)) =
                    lead_in_cue(&text[prev_after..span.open]).and_then(|c| {
                        let at = prev_after + c.phrase.start;
                        let phrase = Phrase {
                            start: at,
                            ..c.phrase.clone()
                        };
                        resolve(&ctx, &phrase, p, at, &events).map(|w| (w, c.verb))
                    })
                {
                    // "Asked whether he would run, Karim smiled. “Maybe.”"
                    who = Some(w);
                    cue_word = Some(c);
                } else if prev_after == 0 && (sentence_like(quoted) || whole_paragraph) && p > 0 {
                    // A paragraph that opens with a quote: the one who just "smiled", or
                    // the last speaker before it.
                    let lead_in = lead_in_cue(&paras[p - 1]).and_then(|c| {
                        resolve(&ctx, &c.phrase, p - 1, c.phrase.start, &events)
                            .map(|w| (w, c.verb))
                    });
                    // “… Do you dispute that?” Alito interjected. ⏎ “There can be a very
                    // minimal risk …”: an answer, by the one questioned before.
                    let answer = out
                        .last()
                        .filter(|q| {
                            q.paragraph + 1 == p
                                && whole_paragraph
                                && q.text.trim_end().ends_with('?')
                        })
                        .and_then(|q| q.speaker.as_ref())
                        .and_then(|asker| {
                            events
                                .iter()
                                .rev()
                                .take_while(|e| e.paragraph + 6 >= p)
                                .find(|e| {
                                    e.who.class == NameClass::Person
                                        && !e.who.description
                                        && link(e.who.clone(), entities).name != asker.name
                                })
                        });
                    if let Some((w, c)) = lead_in {
                        who = Some(w);
                        cue_word = Some(c);
                    } else if let Some(e) = answer {
                        who = Some(e.who.clone());
                    } else if let Some(e) = events.last().filter(|e| e.paragraph + 2 >= p) {
                        who = Some(e.who.clone());
                    } else if whole_paragraph {
                        // “Unconscionable!” after "When Cannon got the word, he turned
                        // purple.": the person the paragraph before is about.
                        who = subject_of_paragraph(&mentions, p - 1, &cache);
                    }
                }
            }
        }
        if let Some(w) = &who {
            insert_event(
                &mut events,
                Event {
                    paragraph: p,
                    offset: span.open,
                    who: w.clone(),
                },
            );
            last_in_para[p] = Some((w.clone(), cue_word.clone()));
        }
        let kind = if who.is_some()
            || whole_paragraph
            || (sentence_like(quoted) && (own.is_some() || starts_sentence))
        {
            QuoteKind::Speech
        } else {
            QuoteKind::Term
        };
        let speaker = who.map(|w| link(w, entities));
        out.push(Quote {
            paragraph: p,
            start: span.start,
            end: span.end,
            text: quoted.to_string(),
            speaker,
            cue: cue_word,
            kind,
        });
    }
    // A quote continued in the next paragraph takes the speaker named at its end.
    for qi in (0..top.len().saturating_sub(1)).rev() {
        if out[qi].speaker.is_none() && !top[qi].closed && top[qi + 1].continues {
            if let Some(s) = out[qi + 1].speaker.clone() {
                out[qi].speaker = Some(s);
                out[qi].cue = out[qi + 1].cue.clone();
                out[qi].kind = QuoteKind::Speech;
            }
        }
    }
    // Nested quotes: terms inside somebody's words, unless the words around them give them
    // a speaker ("… The guard told me, ‘Don't worry.’ …"; "… I told them, ‘No.’ …").
    let nested: Vec<&Span> = spans.iter().filter(|s| s.depth > 0).collect();
    for span in &nested {
        let p = span.paragraph;
        let text = &paras[p];
        // (`top` is in text order: the outer quote is the last one opened before.)
        let outer = top
            .partition_point(|o| (o.paragraph, o.open) < (p, span.open))
            .checked_sub(1)
            .filter(|&oi| {
                let o = top[oi];
                o.paragraph == p && o.start <= span.open && span.after <= o.after
            });
        let mut speaker = None;
        let mut cue = None;
        if let Some(oi) = outer {
            let o = top[oi];
            let siblings = || {
                nested
                    .iter()
                    .filter(|n| n.paragraph == p && n.depth == span.depth)
            };
            let from = siblings()
                .filter(|n| n.after <= span.open && n.open >= o.start)
                .map(|n| n.after)
                .max()
                .unwrap_or(o.start);
            let to = siblings()
                .filter(|n| n.open >= span.after && n.after <= o.end)
                .map(|n| n.open)
                .min()
                .unwrap_or(o.end)
                .max(span.after);
            let found = left_cue(text, from, span.open)
                .or_else(|| right_cue(text, span.after, to).filter(|_| to > span.after));
            if let Some(c) = found {
                let who = match c.phrase.kind {
                    // "I told them": the one whose words these are.
                    PhraseKind::Pronoun(cues::Pronoun::Deictic) => out[oi]
                        .speaker
                        .clone()
                        .filter(|_| cues::is_first_person(&c.phrase.text)),
                    PhraseKind::Pronoun(_) => None,
                    _ => resolve(&ctx, &c.phrase, p, c.phrase.start, &events)
                        .map(|w| link(w, entities)),
                };
                if who.is_some() {
                    speaker = who;
                    cue = Some(c.verb);
                }
            }
        }
        out.push(Quote {
            paragraph: p,
            start: span.start,
            end: span.end,
            text: text[span.start..span.end].to_string(),
            kind: if speaker.is_some() {
                QuoteKind::Speech
            } else {
                QuoteKind::Term
            },
            speaker,
            cue,
        });
    }
    out.sort_by_key(|q| (q.paragraph, q.start));
    out
}

/// The last person named in subject position in paragraph `p` (not possessive, not after
/// a preposition).
fn subject_of_paragraph(mentions: &[Mention], p: usize, cache: &NameCache) -> Option<Resolved> {
    let m = in_paragraph(mentions, p)
        .iter()
        .rev()
        .find(|m| m.class == NameClass::Person && !m.possessive && !m.oblique)?;
    Some(Resolved::named(
        fullest_cached(cache, &m.name, NameClass::Person, mentions),
        NameClass::Person,
    ))
}

/// "Sir Allan", "King Juan": a given name with a title that goes with given names stands
/// for the full name it starts ("Allan Kemakeza", "Juan Carlos"), when the text has one.
fn full_names_for_first_names(mentions: &mut [Mention]) {
    let first_name_title = |m: &Mention| {
        m.titles.iter().any(|t| {
            matches!(
                t.trim_end_matches('.'),
                "sir"
                    | "dame"
                    | "king"
                    | "queen"
                    | "prince"
                    | "princess"
                    | "pope"
                    | "lady"
                    | "lord"
            )
        })
    };
    for i in 0..mentions.len() {
        if !first_name_title(&mentions[i]) || mentions[i].words.len() != 1 {
            continue;
        }
        let first = mentions[i].words[0].clone();
        let full = mentions.iter().find(|m| {
            m.class == NameClass::Person
                && !m.heading
                && (2..=3).contains(&m.words.len())
                && m.words[0] == first
        });
        if let Some(full) = full {
            let (name, words) = (full.name.clone(), full.words.clone());
            mentions[i].name = name;
            mentions[i].words = words;
            mentions[i].class = NameClass::Person;
        }
    }
}

/// Keep the events in text order (they almost always arrive in order).
fn insert_event(events: &mut Vec<Event>, e: Event) {
    let key = (e.paragraph, e.offset);
    let at = events.partition_point(|x| (x.paragraph, x.offset) <= key);
    events.insert(at, e);
}

/// A later quote of the paragraph that names its speaker (“A.” “B,” she said.).
fn later_in_paragraph(text: &str, rest: &[&Span], p: usize) -> Option<(Resolved, String)> {
    let next = rest.iter().take_while(|s| s.paragraph == p).next()?;
    let after_next = rest
        .iter()
        .take_while(|s| s.paragraph == p)
        .nth(1)
        .map_or(text.len(), |s| s.open);
    let cue = right_cue(text, next.after, after_next)?;
    let who = match cue.phrase.kind {
        PhraseKind::Name(class) => Resolved {
            name: cue.phrase.text.clone(),
            class,
            roles: cue.phrase.roles.clone(),
            plural: false,
            description: false,
        },
        _ => return None,
    };
    Some((who, cue.verb))
}

/// Does the quoted text read like a sentence (several words, or sentence punctuation)?
fn sentence_like(quoted: &str) -> bool {
    let words = quoted.split_whitespace().count();
    words >= 6 || (words >= 3 && quoted.trim_end().ends_with(['.', '!', '?', ',']))
}

/// Names outside top-level quotations, plus the mentions of the given entities.
fn collect_mentions(
    paras: &[String],
    sentences: &[Vec<std::ops::Range<usize>>],
    top: &[&Span],
    entities: &[Entity],
) -> Vec<Mention> {
    let mut out = Vec::new();
    for (p, text) in paras.iter().enumerate() {
        let sentences = &sentences[p];
        let heading = is_heading(text);
        for (from, to) in outside(text, top, p) {
            let toks = tokenize(text, from, to);
            for run in name_runs(&toks) {
                let at = toks[run.start].start;
                let opens_sentence = sentences[..sentences.partition_point(|r| r.start <= at)]
                    .len()
                    .checked_sub(1)
                    .filter(|&i| {
                        let r = &sentences[i];
                        // Only function words before it ("Later Frankie was …"), or a
                        // short subject it stands in apposition to ("Sadr's spokesman,
                        // Salah al-Obeidi, rejected …").
                        let lead: Vec<&str> =
                            text[r.start..at].split_whitespace().take(5).collect();
                        let function_words = lead.len() <= 2
                            && lead.iter().all(|w| {
                                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                                w.is_empty() || cues::is_not_name(w)
                            });
                        let apposition = (2..=4).contains(&lead.len())
                            && text[r.start..at].trim_end().ends_with(',')
                            && !text[r.start..at].trim_end()
                                [..text[r.start..at].trim_end().len() - 1]
                                .contains(',');
                        // "South African captain Shaun Pollock expects …", "Labor leader
                        // Simon Crean says …": a role written before the name.
                        let role_prefix = (1..=4).contains(&lead.len())
                            && !text[r.start..at].contains(',')
                            && lead.last().is_some_and(|w| {
                                let w = w.to_lowercase();
                                speaker::is_role_noun(&w)
                                    || cues::is_title(&w)
                                    || ["er", "or", "ist"]
                                        .iter()
                                        .any(|s| w.len() > 5 && w.ends_with(s))
                            });
                        function_words || apposition || role_prefix
                    });
                let before = run.start.checked_sub(1).map(|i| &toks[i]);
                let run_toks = &toks[run.clone()];
                let class = classify_name(run_toks, before);
                let mut display = run_toks;
                if class != NameClass::Organization {
                    if let Some(k) = display.iter().rposition(|t| cues::is_title(t.bare())) {
                        if k + 1 < display.len() {
                            display = &display[k + 1..];
                        }
                    }
                }
                let name = join_bare(display);
                let told = before.is_some_and(|b| b.lower() == "told")
                    || (before.is_some_and(|b| b.lower() == "the")
                        && run.start >= 2
                        && toks[run.start - 2].lower() == "told");
                let medium = run_toks.iter().any(|t| cues::is_media_word(t.bare()))
                    || toks.get(run.end).is_some_and(|t| {
                        matches!(t.lower().as_str(), "reporters" | "reporter" | "news")
                    })
                    || told && class != NameClass::Person;
                out.push(Mention {
                    paragraph: p,
                    offset: run_toks[0].start,
                    name,
                    class,
                    possessive: run_toks[run_toks.len() - 1].is_possessive(),
                    medium,
                    opens_sentence,
                    oblique: is_oblique(&toks[..run.start]),
                    titles: titles_of(&toks, run.clone()),
                    heading: heading && run.start == 0,
                    words: Vec::new(),
                });
            }
        }
    }
    // Single names that are part of a person's full name are that person.
    let person_words: Vec<String> = out
        .iter()
        .filter(|m| m.class == NameClass::Person)
        .flat_map(|m| m.name.split(' ').map(strip_particle).collect::<Vec<_>>())
        .collect();
    for m in &mut out {
        if m.class == NameClass::Unknown
            && m.name
                .split(' ')
                .all(|w| person_words.contains(&strip_particle(w)))
        {
            m.class = NameClass::Person;
        }
    }
    for e in entities {
        let class = match e.kind {
            EntityKind::Person => NameClass::Person,
            EntityKind::Organization => NameClass::Organization,
            EntityKind::Place => NameClass::Place,
            EntityKind::Date => continue,
        };
        for m in &e.mentions {
            let Some(text) = paras.get(m.paragraph) else {
                continue;
            };
            if let Some(pos) = out
                .iter()
                .position(|x| x.paragraph == m.paragraph && x.offset == m.start)
            {
                // The entity list may call "Space Division" or "the World Series" a person;
                // organization words and a leading "the" say otherwise.
                let own = out[pos].class;
                if !(class == NameClass::Person
                    && matches!(own, NameClass::Organization | NameClass::Place))
                {
                    out[pos].class = class;
                    out[pos].name = e.name.clone();
                }
                continue;
            }
            let possessive = text
                .get(m.end..)
                .is_some_and(|r| r.starts_with("’s") || r.starts_with("'s"));
            out.push(Mention {
                paragraph: m.paragraph,
                offset: m.start,
                name: e.name.clone(),
                class,
                possessive,
                medium: false,
                opens_sentence: None,
                oblique: false,
                titles: m.role.iter().map(|r| r.to_lowercase()).collect(),
                heading: false,
                words: Vec::new(),
            });
        }
    }
    for m in &mut out {
        m.words = m.name.split(' ').map(strip_particle).collect();
    }
    out
}

/// A short line without closing punctuation: a heading ("Sees Jones ahead").
fn is_heading(text: &str) -> bool {
    let t = text.trim_end();
    t.split_whitespace().count() <= 6
        && !t.ends_with(['.', '!', '?', ':', ';', ',', '”', '"', '’', '\''])
}

/// The titles and roles around the name run `run` of `toks`: inside it ("President"),
/// right before it ("manager") and in an appositive after it (", economist of …",
/// ", a Basra resident").
fn titles_of(toks: &[speaker::Tok], run: std::ops::Range<usize>) -> Vec<String> {
    let is_role = |w: &str| {
        cues::is_title(w) || speaker::is_role_noun(w) || cues::gender_of_word(w).is_some()
    };
    let full = |w: String| -> String {
        let long = match w.trim_end_matches('.') {
            "sen" => "senator",
            "gov" => "governor",
            "rep" => "representative",
            "gen" => "general",
            "col" => "colonel",
            "maj" => "major",
            "capt" => "captain",
            "sgt" => "sergeant",
            "lt" => "lieutenant",
            "adm" => "admiral",
            "prof" => "professor",
            "dr" => "doctor",
            "rev" => "reverend",
            _ => return w,
        };
        long.to_string()
    };
    let mut out: Vec<String> = toks[run.clone()]
        .iter()
        .map(|t| t.bare().to_lowercase())
        .filter(|w| cues::is_title(w))
        .map(full)
        .collect();
    if let Some(b) = run.start.checked_sub(1).map(|i| toks[i].lower()) {
        if is_role(&b) {
            out.push(b);
        } else if b == "," && run.start >= 2 {
            // "Her husband, John Ellis", "The hospital's director, Ken Ames"
            let b2 = toks[run.start - 2].lower();
            if is_role(&b2) {
                out.push(b2);
            }
        }
    }
    // "Beryl Sprinkel, economist of …", "Jane Ames, a nurse,"; not "Jane Smith, says the
    // boy is …".
    let apposition = toks.get(run.end + 1).is_some_and(|t| {
        let w = t.lower();
        is_role(&w)
            || t.text.chars().all(|c| c.is_ascii_digit())
            || matches!(
                w.as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "former" | "then"
            )
    });
    if apposition && toks.get(run.end).is_some_and(|t| t.text == ",") {
        let role = toks[run.end + 1..]
            .iter()
            .take(5)
            .take_while(|t| t.is_word())
            .map(|t| t.lower())
            .find(|w| is_role(w));
        out.extend(role);
    }
    out
}

/// Does a name after these tokens stand after a preposition, in parentheses or as the
/// object of a verb of telling ("against Powell", "Albany (Cal.)", "told manager Dutch
/// Meyer", "by Ceil Chapman and")?
fn is_oblique(before: &[speaker::Tok]) -> bool {
    let mut i = before.len();
    while i > 0 {
        let w = before[i - 1].lower();
        let skip = matches!(w.as_str(), "the" | "a" | "an" | "and" | "or" | ",")
            || cues::is_title(&w)
            || speaker::is_role_noun(&w)
            || before[i - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if !skip {
            break;
        }
        i -= 1;
    }
    let Some(t) = i.checked_sub(1).map(|j| before[j].lower()) else {
        return false;
    };
    matches!(
        t.as_str(),
        "(" | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "from"
            | "by"
            | "of"
            | "against"
            | "about"
            | "near"
            | "into"
            | "over"
            | "under"
            | "between"
            | "among"
            | "like"
            | "than"
            | "toward"
            | "towards"
            | "behind"
            | "beside"
            | "told"
            | "tells"
            | "asked"
            | "asks"
            | "urged"
            | "thanked"
            | "informed"
            | "warned"
            | "assured"
            | "advised"
            | "met"
            | "visited"
            | "beat"
            | "defeated"
            | "replaced"
            | "succeeded"
    )
}

/// Unquoted speech events (speech verbs outside quotations) of every paragraph.
fn collect_events(paras: &[String], top: &[&Span]) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    for (p, text) in paras.iter().enumerate() {
        for (from, to) in outside(text, top, p) {
            for (off, cue) in speech_events(text, from, to) {
                out.push((p, off, cue));
            }
        }
    }
    out
}

/// Byte ranges of paragraph `p` outside its top-level quotations.
fn outside(text: &str, top: &[&Span], p: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    // (`top` is in text order.)
    let from = top.partition_point(|s| s.paragraph < p);
    for s in top[from..].iter().take_while(|s| s.paragraph == p) {
        if s.open > at {
            out.push((at, s.open));
        }
        at = at.max(s.after);
    }
    if at < text.len() {
        out.push((at, text.len()));
    }
    out
}

fn strip_particle(w: &str) -> String {
    let w = w.trim_end_matches("’s").trim_end_matches("'s");
    match w.split_once('-') {
        Some((head, tail)) if head.chars().all(char::is_lowercase) => tail.to_string(),
        _ => w.to_string(),
    }
}

fn join_bare(toks: &[speaker::Tok]) -> String {
    let mut s = String::new();
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(t.bare());
    }
    s
}

/// Turn a speaker phrase into a resolved speaker: pronouns to the person they refer to,
/// "the official" to the official quoted before, "the article" to the latest medium, and
/// short names to the fullest form used in the document.
/// Fullest forms already looked up, by short name and class.
type NameCache = RefCell<HashMap<(String, NameClass), String>>;

/// [`fullest`], remembered by short name and class.
fn fullest_cached(cache: &NameCache, name: &str, class: NameClass, mentions: &[Mention]) -> String {
    let key = (name.to_string(), class);
    if let Some(v) = cache.borrow().get(&key) {
        return v.clone();
    }
    let v = fullest(name, class, mentions);
    cache.borrow_mut().insert(key, v.clone());
    v
}

/// The sex of people, by the name as written, where titles or roles say it ("Mrs.
/// Ellis" makes "Ellis" a woman unless "Mr. Ellis" is also written).
type Genders = HashMap<String, bool>;

fn genders(mentions: &[Mention]) -> Genders {
    let mut out: Genders = HashMap::new();
    let mut mixed: Vec<String> = Vec::new();
    let mut note = |name: &str, g: bool| match out.get(name) {
        Some(&old) if old != g => mixed.push(name.to_string()),
        _ => {
            out.insert(name.to_string(), g);
        }
    };
    for m in mentions
        .iter()
        .filter(|m| matches!(m.class, NameClass::Person | NameClass::Unknown))
    {
        if let Some(g) = m.titles.iter().find_map(|t| cues::gender_of_word(t)) {
            note(&m.name, g);
            continue;
        }
        // "Elizabeth Prelogar": a given name used for one gender only. (Not her surname
        // alone: "Kennedy" may be Jacqueline or John.)
        let words: Vec<&str> = m.name.split_whitespace().collect();
        if let [first, _, ..] = words[..] {
            if let Some(g) = crate::entities::lexicon::given_name_gender(first) {
                note(&m.name, g);
            }
        }
    }
    for name in mixed {
        out.remove(&name);
    }
    out
}

/// What resolving a speaker phrase looks at besides the phrase: the document's sentences,
/// the names in it (in text order), their known genders, and a cache of full names.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    sentences: &'a [Vec<std::ops::Range<usize>>],
    cache: &'a NameCache,
    genders: &'a Genders,
    mentions: &'a [Mention],
    /// The indices in `mentions` of each name, so that lookups by name do not scan.
    by_name: &'a HashMap<String, Vec<usize>>,
}

/// The mentions of paragraph `p` (`mentions` is in text order).
fn in_paragraph(mentions: &[Mention], p: usize) -> &[Mention] {
    let from = mentions.partition_point(|m| m.paragraph < p);
    let to = mentions.partition_point(|m| m.paragraph <= p);
    &mentions[from..to]
}

impl Ctx<'_> {
    fn named(&self, name: &str) -> impl Iterator<Item = &Mention> {
        self.by_name
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| &self.mentions[i])
    }
}

fn resolve(
    ctx: &Ctx,
    phrase: &Phrase,
    p: usize,
    offset: usize,
    events: &[Event],
) -> Option<Resolved> {
    let Ctx {
        sentences,
        cache,
        genders,
        mentions,
        ..
    } = *ctx;
    let here = in_paragraph(mentions, p);
    let fullest = |name: &str, class: NameClass, mentions: &[Mention]| -> String {
        fullest_cached(cache, name, class, mentions)
    };
    let before = |para: usize, off: usize| (para, off) < (p, offset);
    // Both lists are in text order: search only what comes before.
    let prior = &mentions[..mentions.partition_point(|m| before(m.paragraph, m.offset))];
    let events = &events[..events.partition_point(|e| before(e.paragraph, e.offset))];
    match &phrase.kind {
        PhraseKind::Name(_) if phrase.text.split(' ').all(cues::is_title) => {
            // "the President said": the person last named with that title.
            let title = phrase.text.to_lowercase();
            titled(&title, prior, cache, mentions).or_else(|| {
                Some(Resolved {
                    name: phrase.text.clone(),
                    class: NameClass::Person,
                    roles: vec![title],
                    plural: false,
                    description: true,
                })
            })
        }
        PhraseKind::Name(class) => {
            let mut name = fullest(&phrase.text, *class, mentions);
            // "President Kennedy" is not "First Lady Jacqueline Kennedy": a surname written
            // with an office keeps its own form when the fuller name never held that office.
            if name != phrase.text {
                let own: Vec<&String> = here
                    .iter()
                    .find(|m| m.offset == offset)
                    .map(|m| {
                        m.titles
                            .iter()
                            .filter(|t| cues::gender_of_word(t).is_none())
                            .collect()
                    })
                    .unwrap_or_default();
                let mut fuller = ctx.named(&name).peekable();
                let titled = fuller.peek().is_some();
                if !own.is_empty()
                    && titled
                    && fuller
                        .all(|m| !m.titles.is_empty() && !m.titles.iter().any(|t| own.contains(&t)))
                {
                    name = phrase.text.clone();
                }
            }
            // "Sir Allan said": the mention already stands for its full name.
            // (The mention starts at its title: "Sir Allan".)
            if let Some(m) = here.iter().find(|m| {
                m.offset <= offset
                    && offset - m.offset <= 12
                    && m.name != phrase.text
                    && m.name.starts_with(&format!("{} ", phrase.text))
            }) {
                name = m.name.clone();
            }
            let class = match class {
                NameClass::Unknown => ctx
                    .named(&name)
                    .next()
                    .map_or(NameClass::Unknown, |m| m.class),
                c => *c,
            };
            Some(Resolved {
                name,
                class,
                roles: phrase.roles.clone(),
                plural: false,
                description: false,
            })
        }
        PhraseKind::Pronoun(Pronoun::Person) => {
            // "she" is not a man named "Mr. Ellis" or "her husband, John Ellis".
            let want = cues::gender_of_word(&phrase.text);
            // Only the mention's own titles and its short name count: full names shared
            // by a family ("Jacqueline Kennedy", "President Kennedy") are not evidence.
            let known = |m: &Mention| {
                m.titles
                    .iter()
                    .find_map(|t| cues::gender_of_word(t))
                    .or_else(|| genders.get(&m.name).copied())
                    // "Prelogar" after "Elizabeth Prelogar"; not "President Kennedy" after
                    // "First Lady Jacqueline Kennedy".
                    .or_else(|| {
                        if !m.titles.is_empty() || m.name.contains(' ') {
                            return None;
                        }
                        let full = fullest(&m.name, NameClass::Person, mentions);
                        genders.get(&full).copied()
                    })
            };
            let fits = |m: &Mention| {
                let known = known(m);
                want.is_none() || known.is_none() || known == want
            };
            // "she" is a person, not "police".
            let collective = |who: &Resolved| {
                want.is_some()
                    && who.description
                    && who.roles.last().is_some_and(|r| cues::is_collective(r))
            };
            // "Frankie was glutted with ideas, as he had hinted": the name that opens the
            // pronoun's own sentence.
            if let Some(sent) = sentence_of(sentences, p, offset) {
                if let Some(m) = prior.iter().rev().find(|m| {
                    m.paragraph == p
                        && m.offset < offset
                        && m.opens_sentence == Some(sent)
                        && !m.possessive
                        && fits(m)
                        && (m.class == NameClass::Person
                            || (m.class == NameClass::Unknown
                                && ctx.named(&m.name).any(|o| o.opens_sentence.is_none())))
                }) {
                    return Some(Resolved::named(
                        fullest(&m.name, m.class, mentions),
                        NameClass::Person,
                    ));
                }
            }
            // The nearest person opening a sentence earlier in the same paragraph
            // ("Mrs. Wilkins was thrilled. “I cried,” she admitted."); a name inside a
            // clause ("But he said … what Field handles, and he said “…”") is not one.
            // (Events are in text order: stop at the window's start, to stay linear.)
            let recent = events
                .iter()
                .rev()
                .take_while(|e| e.paragraph + 1 >= p)
                .find(|e| {
                    before(e.paragraph, e.offset)
                        && matches!(e.who.class, NameClass::Person | NameClass::Unknown)
                        && !e.who.plural
                        && !collective(&e.who)
                        // (A full name's gender; a bare surname may be any of a family.)
                        && (want.is_none()
                            || !e.who.name.contains(' ')
                            || genders.get(&e.who.name).is_none_or(|g| Some(*g) == want))
                });
            let opener = prior
                .iter()
                .rev()
                .take_while(|m| m.paragraph == p)
                .find(|m| {
                    m.class == NameClass::Person
                        && !m.possessive
                        && !m.oblique
                        && m.opens_sentence.is_some()
                        && fits(m)
                });
            if let Some(m) = opener {
                // "Dr Abdullah told reporters …. A spokeswoman, Jane Smith, says …. “…,”
                // she said.": a speaker after the opener in the same paragraph is nearer.
                let later_speaker = recent
                    .filter(|e| e.paragraph == p && e.offset > m.offset && !e.who.description);
                if let Some(e) = later_speaker {
                    return Some(e.who.clone());
                }
                return Some(Resolved::named(
                    fullest(&m.name, NameClass::Person, mentions),
                    NameClass::Person,
                ));
            }
            if let Some(e) = recent {
                return Some(e.who.clone());
            }
            let near = |possessive_ok: bool, oblique_ok: bool| {
                prior
                    .iter()
                    .rev()
                    .take_while(|m| m.paragraph + 2 >= p)
                    .find(|m| {
                        m.class == NameClass::Person
                            && (possessive_ok || !m.possessive)
                            && (oblique_ok || !m.oblique)
                            && fits(m)
                    })
            };
            let person = |m: &Mention| {
                Resolved::named(
                    fullest(&m.name, NameClass::Person, mentions),
                    NameClass::Person,
                )
            };
            // The nearest person in subject position; then the last speaker a few
            // paragraphs back rather than a name in parentheses or after a preposition.
            if let Some(m) = near(false, false) {
                return Some(person(m));
            }
            if let Some(e) = events
                .iter()
                .rev()
                .take_while(|e| e.paragraph + 4 >= p)
                .find(|e| {
                    before(e.paragraph, e.offset)
                        && e.who.class == NameClass::Person
                        && !e.who.description
                })
            {
                return Some(e.who.clone());
            }
            if let Some(m) = near(false, true).or_else(|| near(true, true)) {
                return Some(person(m));
            }
            // "Mrs. Self …" ⏎ "she has taken …" ⏎ "she handled …" ⏎ "“…”, she said": a
            // person of that very gender a few paragraphs back.
            if let Some(m) = prior
                .iter()
                .rev()
                .take_while(|m| m.paragraph + 5 >= p)
                .find(|m| {
                    want.is_some()
                        && m.class == NameClass::Person
                        && !m.possessive
                        && known(m) == want
                })
            {
                return Some(person(m));
            }
            events
                .iter()
                .rev()
                .find(|e| {
                    before(e.paragraph, e.offset)
                        && e.who.class == NameClass::Person
                        && !collective(&e.who)
                })
                .map(|e| e.who.clone())
        }
        PhraseKind::Pronoun(Pronoun::Plural) | PhraseKind::Pronoun(Pronoun::Thing) => {
            let plural = matches!(phrase.kind, PhraseKind::Pronoun(Pronoun::Plural));
            events
                .iter()
                .rev()
                .take_while(|e| e.paragraph + 3 >= p)
                .find(|e| {
                    let document = e.who.description
                        && e.who
                            .roles
                            .last()
                            .is_some_and(|r| cues::is_document_noun(r));
                    before(e.paragraph, e.offset)
                        && e.paragraph + 3 >= p
                        && !(plural && document)
                        && (plural || !e.who.plural)
                        && (e.who.class == NameClass::Organization
                            || (plural && e.who.plural)
                            || (!plural && e.who.description))
                })
                .map(|e| e.who.clone())
        }
        PhraseKind::Pronoun(Pronoun::Deictic) => None,
        PhraseKind::MediaRef => {
            // The medium named within the last few paragraphs, else the report itself.
            let Some(m) = prior
                .iter()
                .rev()
                .take_while(|m| m.paragraph + 8 >= p)
                .find(|m| before(m.paragraph, m.offset) && m.medium)
            else {
                return Some(source_as_written(phrase));
            };
            Some(Resolved::named(
                fullest(&m.name, NameClass::Organization, mentions),
                NameClass::Organization,
            ))
        }
        PhraseKind::Description => {
            // "the trustees' statement": its owner is in the phrase itself.
            let owned = phrase.text.contains(['\'', '’']);
            let all: Vec<String> = phrase.text.split(' ').map(str::to_lowercase).collect();
            if owned
                && all
                    .last()
                    .is_some_and(|w| cues::is_document_noun(w) || cues::is_media_noun(w))
            {
                return Some(source_as_written(phrase));
            }
            // "the former secretary of labor": the head noun comes before "of".
            let words: Vec<String> = match all.iter().position(|w| w == "of") {
                Some(k) if k >= 2 && all[0] == "the" => all[..k].to_vec(),
                _ => all,
            };
            let head = words.last().cloned().unwrap_or_default();
            let plural = head.ends_with('s') && !head.ends_with("ss");
            let modifiers_only = words
                .iter()
                .skip(1)
                .take(words.len().saturating_sub(2))
                .all(|w| {
                    matches!(
                        w.as_str(),
                        "former"
                            | "late"
                            | "new"
                            | "retiring"
                            | "outgoing"
                            | "incoming"
                            | "acting"
                            | "veteran"
                    )
                });
            // "the elder man", "the other woman": an adjective sets this one apart from the
            // man or woman named before, so the description stays as written.
            let set_apart = words.len() >= 3
                && !modifiers_only
                && matches!(
                    head.as_str(),
                    "man"
                        | "woman"
                        | "boy"
                        | "girl"
                        | "person"
                        | "fellow"
                        | "youth"
                        | "guy"
                        | "lady"
                        | "gentleman"
                );
            if words.first().is_some_and(|w| w == "the")
                && (words.len() <= 3 || modifiers_only)
                && !set_apart
            {
                // "the jury" → "the Fulton County Grand Jury" named before.
                if let Some(m) = prior.iter().rev().find(|m| {
                    before(m.paragraph, m.offset)
                        && m.class != NameClass::Person
                        && m.name.contains(' ')
                        && m.name.rsplit(' ').next().map(str::to_lowercase) == Some(head.clone())
                }) {
                    return Some(Resolved {
                        name: m.name.clone(),
                        class: NameClass::Organization,
                        roles: vec![head.clone()],
                        plural: false,
                        description: false,
                    });
                }
                // "the statement said" → who issued it, named just before; "the trustees'
                // statement" names its owner itself.
                // ("the Washington announcement" names its issuer already.)
                if !owned
                    && words.len() == 2
                    && matches!(
                        head.as_str(),
                        "statement" | "announcement" | "communique" | "release" | "message"
                    )
                {
                    if let Some(m) = prior
                        .iter()
                        .rev()
                        .take_while(|m| m.paragraph + 2 >= p)
                        .find(|m| {
                            matches!(m.class, NameClass::Organization | NameClass::Person)
                                && !m.oblique
                        })
                    {
                        return Some(Resolved {
                            name: fullest(&m.name, m.class, mentions),
                            class: m.class,
                            roles: vec![head.clone()],
                            plural: false,
                            description: false,
                        });
                    }
                }
                // "the official" → the official quoted before.
                if let Some(e) = events
                    .iter()
                    .rev()
                    .find(|e| before(e.paragraph, e.offset) && e.who.roles.contains(&head))
                {
                    return Some(e.who.clone());
                }
                // "the senator" → the person last named with that title or role.
                if let Some(r) = titled(&head, prior, cache, mentions) {
                    return Some(r);
                }
            }
            Some(Resolved {
                name: phrase.text.clone(),
                class: if plural || cues::is_document_noun(&head) {
                    NameClass::Organization
                } else {
                    NameClass::Person
                },
                roles: phrase.roles.clone(),
                plural,
                description: true,
            })
        }
    }
}

/// A source that is its own description: "the report", "the trustees' statement".
fn source_as_written(phrase: &Phrase) -> Resolved {
    Resolved {
        name: phrase.text.clone(),
        class: NameClass::Organization,
        roles: phrase.roles.clone(),
        plural: false,
        description: true,
    }
}

/// The person last named (before the cue) with this title or role.
fn titled(
    title: &str,
    prior: &[Mention],
    cache: &NameCache,
    mentions: &[Mention],
) -> Option<Resolved> {
    // Within the last 60 paragraphs, so that a long document stays linear.
    let last = prior.last()?.paragraph;
    let m = prior
        .iter()
        .rev()
        .take_while(|m| m.paragraph + 60 >= last)
        .find(|m| m.class == NameClass::Person && m.titles.iter().any(|t| t == title))?;
    Some(Resolved {
        name: fullest_cached(cache, &m.name, NameClass::Person, mentions),
        class: NameClass::Person,
        roles: vec![title.to_string()],
        plural: false,
        description: false,
    })
}

/// Index of the sentence of paragraph `p` that holds byte `offset`.
fn sentence_of(
    sentences: &[Vec<std::ops::Range<usize>>],
    p: usize,
    offset: usize,
) -> Option<usize> {
    let ranges = sentences.get(p)?;
    let i = ranges
        .partition_point(|r| r.start <= offset)
        .checked_sub(1)?;
    (offset < ranges[i].end.max(ranges[i].start + 1)).then_some(i)
}

/// The fullest name in the document that ends with (or contains) `name`'s words:
/// "Salah" → "Ala’a Salah", "Times" → "New York Times".
fn fullest(name: &str, class: NameClass, mentions: &[Mention]) -> String {
    let want: Vec<String> = name.split(' ').map(strip_particle).collect();
    let mut best: Option<&str> = None;
    for m in mentions {
        let have = &m.words;
        if have.len() <= want.len() || have.len() > 5 || m.heading {
            continue;
        }
        let contains = have.windows(want.len()).any(|w| w == want.as_slice());
        if !contains {
            continue;
        }
        let extra_place = have
            .iter()
            .any(|w| cues::is_place_word(w) && !want.contains(w));
        let suffix = have.ends_with(&want);
        let compatible = match class {
            NameClass::Person => suffix && m.class == NameClass::Person,
            NameClass::Organization => {
                !extra_place && (suffix || m.class == NameClass::Organization)
            }
            // "Jones" is not the "Jones Committee".
            NameClass::Unknown => !extra_place && suffix && m.class != NameClass::Organization,
            NameClass::Place => !extra_place,
        };
        if compatible && best.is_none_or(|b| m.name.len() > b.len()) {
            best = Some(&m.name);
        }
    }
    best.unwrap_or(name).to_string()
}

/// Attach the entity whose name or alias matches the speaker, and use its name.
fn link(who: Resolved, entities: &[Entity]) -> Speaker {
    let norm = |s: &str| {
        let s = s.to_lowercase().replace('’', "'");
        let s = s
            .strip_prefix("the ")
            .or_else(|| s.strip_prefix("an "))
            .or_else(|| s.strip_prefix("a "))
            .unwrap_or(&s)
            .to_string();
        s
    };
    let want = norm(&who.name);
    // A referent of that very name first ("Kennedy" the President), then one that has it
    // as an alias (Jacqueline Kennedy, once called "Kennedy").
    let exact = entities
        .iter()
        .position(|e| e.kind != EntityKind::Date && norm(&e.name) == want)
        .or_else(|| {
            entities.iter().position(|e| {
                e.kind != EntityKind::Date && e.aliases.iter().any(|a| norm(a) == want)
            })
        });
    let found = exact.or_else(|| {
        // A surname: the last word of a person entity's name.
        let last = want.rsplit(' ').next().unwrap_or("");
        entities.iter().position(|e| {
            e.kind == EntityKind::Person
                && !want.contains(' ')
                && norm(&e.name).rsplit(' ').next() == Some(last)
        })
    });
    match found {
        Some(i) => Speaker {
            name: entities[i].name.clone(),
            entity: Some(i),
        },
        None => Speaker {
            name: who.name,
            entity: None,
        },
    }
}

#[cfg(test)]
mod tests;
