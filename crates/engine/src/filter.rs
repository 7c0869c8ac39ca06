//! Narrowing to documents and paragraphs that mention selected entities.
//!
//! A selection names an entity by kind and name, as a reader picked it from the entity
//! panel (`person=Nouri al-Maliki`) or typed it (`person:Maliki`). A name matches an
//! entity when, ignoring case and accents, it equals the entity's name or one of its
//! aliases, or is a run of whole words of one of them ("Maliki" matches "Nouri al-Maliki").
//!
//! ```
//! use sift_engine::entities::{Entity, EntityKind, Mention};
//! use sift_engine::filter::{mentions, paragraphs_mentioning};
//! let maliki = Entity {
//!     name: "Nouri al-Maliki".into(),
//!     kind: EntityKind::Person,
//!     aliases: vec!["Maliki".into()],
//!     mentions: vec![Mention { paragraph: 2, start: 0, end: 6, role: None }],
//! };
//! assert!(mentions(&maliki, EntityKind::Person, "maliki"));
//! assert!(!mentions(&maliki, EntityKind::Place, "Maliki"));
//! let doc = [maliki];
//! assert_eq!(paragraphs_mentioning(&doc, &[(EntityKind::Person, "al-Maliki".into())]), Some(vec![2]));
//! ```

use crate::entities::{Entity, EntityKind};
use crate::index::Index;
use crate::query::{Field, Query};
use crate::quotes::Quote;
use crate::search::{search, DocHit, PassageHit, SearchResults};
use crate::tokenize::terms;

/// Does `entity` answer to the selected kind and name?
pub fn mentions(entity: &Entity, kind: EntityKind, name: &str) -> bool {
    entity.kind == kind && answers_to(entity, name)
}

/// Does `entity` answer to `name`, of whatever kind?
pub fn answers_to(entity: &Entity, name: &str) -> bool {
    let wanted = terms(name);
    if wanted.is_empty() {
        return false;
    }
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .any(|form| contains_run(&terms(form), &wanted))
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Is `quote` by the speaker called `name` (its display name, or the name or an alias of
/// the entity it is linked to)?
pub fn quote_by(quote: &Quote, entities: &[Entity], name: &str) -> bool {
    let Some(speaker) = &quote.speaker else {
        return false;
    };
    let wanted = terms(name);
    if wanted.is_empty() {
        return false;
    }
    contains_run(&terms(&speaker.name), &wanted)
        || speaker
            .entity
            .and_then(|i| entities.get(i))
            .is_some_and(|e| answers_to(e, name))
}

/// Is `quote` by, or does it mention, one of the selected entities?
pub fn quote_involves(
    quote: &Quote,
    entities: &[Entity],
    selected: &[(EntityKind, String)],
) -> bool {
    selected.iter().all(|(kind, name)| {
        entities.iter().enumerate().any(|(i, e)| {
            mentions(e, *kind, name)
                && (quote.speaker.as_ref().and_then(|s| s.entity) == Some(i)
                    || e.mentions.iter().any(|m| {
                        m.paragraph == quote.paragraph
                            && m.start >= quote.start
                            && m.end <= quote.end
                    }))
        }) || (*kind == EntityKind::Person && quote_by(quote, entities, name))
    })
}

/// For one document's entities: the paragraphs (sorted, deduplicated) that mention every
/// selected entity, or, when no paragraph mentions them all, those that mention any; `None`
/// when some selected entity is not in the document at all (selections combine with AND).
pub fn paragraphs_mentioning(
    entities: &[Entity],
    selected: &[(EntityKind, String)],
) -> Option<Vec<usize>> {
    let mut per: Vec<Vec<usize>> = Vec::with_capacity(selected.len());
    for (kind, name) in selected {
        let mut paragraphs: Vec<usize> = entities
            .iter()
            .filter(|e| mentions(e, *kind, name))
            .flat_map(|e| e.mentions.iter().map(|m| m.paragraph))
            .collect();
        if paragraphs.is_empty() && entities.iter().all(|e| !mentions(e, *kind, name)) {
            return None;
        }
        crate::sort::by(&mut paragraphs, Ord::cmp);
        paragraphs.dedup();
        per.push(paragraphs);
    }
    let Some((first, rest)) = per.split_first() else {
        return Some(Vec::new());
    };
    let all: Vec<usize> = first
        .iter()
        .copied()
        .filter(|p| rest.iter().all(|r| r.binary_search(p).is_ok()))
        .collect();
    if !all.is_empty() {
        return Some(all);
    }
    let mut any: Vec<usize> = per.concat();
    crate::sort::by(&mut any, Ord::cmp);
    any.dedup();
    Some(any)
}

/// The entity selections in force: the `chips` (entities picked in the app), then the
/// query's `person:`, `place:`, `org:`, `date:` and `entity:` filters (an `entity:` name
/// takes the kind of the first entity of the corpus that answers to it). Negated filters
/// are not applied.
pub fn selections<E: AsRef<[Entity]>>(
    chips: &[(EntityKind, String)],
    query: &Query,
    entities: &[E],
) -> Vec<(EntityKind, String)> {
    let mut out = chips.to_vec();
    for f in query.filters.iter().filter(|f| !f.negated) {
        let kind = match f.field {
            Field::Person => Some(EntityKind::Person),
            Field::Place => Some(EntityKind::Place),
            Field::Org => Some(EntityKind::Organization),
            Field::Date => Some(EntityKind::Date),
            Field::Entity => entities
                .iter()
                .flat_map(|e| e.as_ref())
                .find(|e| answers_to(e, &f.value))
                .map(|e| e.kind),
            Field::Speaker | Field::In | Field::Year => None,
        };
        if let Some(kind) = kind {
            out.push((kind, f.value.clone()));
        }
    }
    out
}

/// A search as the app, `sift search` and exports run it ([`select`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub results: SearchResults,
    /// Without a keyword: the selected names (and their aliases) as a query that marks
    /// them; `None` when the query's own words are what to mark.
    pub marks: Option<String>,
    /// The entity selections in force (chips and the query's filters).
    pub selected: Vec<(EntityKind, String)>,
}

/// Run `query` (typed as `typed`, empty or not) over `index`, then narrow it: the selected
/// entities (`chips` and the query's filters; filters alone select like chips, every
/// passage that mentions them), the query's document filters (`year:`, `in:mine`: [`DocFilter`]; `docs`: each document's [`DocFacts`]) and
/// its negated entity filters ([`exclusions`]); filters alone (no keyword, no entity
/// selected) list every document they keep, by its title. `None` when there is nothing to
/// search for. The one place the app's search worker, `sift search` and `sift export`
/// choose what a query finds.
pub fn select<E: AsRef<[Entity]>>(
    index: &Index,
    entities: &[E],
    paragraphs: &[usize],
    docs: &[DocFacts],
    query: &Query,
    typed: bool,
    chips: &[(EntityKind, String)],
) -> Option<Selection> {
    let selected = selections(chips, query, entities);
    if !typed && selected.is_empty() {
        return None;
    }
    let ran = typed.then(|| search(index, query));
    let kept = DocFilter::of(query);
    let excluded = exclusions(query);
    let (mut results, marks) = if selected.is_empty() {
        let results = match ran {
            Some(_) if query.expr.is_none() && (!kept.is_empty() || !excluded.is_empty()) => {
                kept.documents(docs)
            }
            ran => ran.unwrap_or_default(),
        };
        (results, None)
    } else {
        let keyword = ran.as_ref().filter(|_| query.expr.is_some());
        narrow(keyword, entities, &selected, paragraphs)
    };
    kept.narrow(&mut results, docs);
    leave_out(&mut results, entities, &excluded);
    Some(Selection {
        results,
        marks,
        selected,
    })
}

/// Does one of `entities` answer to one of the `excluded` ([`exclusions`])?
pub fn mentions_any(entities: &[Entity], excluded: &[(Option<EntityKind>, String)]) -> bool {
    entities.iter().any(|e| {
        excluded
            .iter()
            .any(|(k, n)| k.is_none_or(|k| e.kind == k) && answers_to(e, n))
    })
}

/// The query's negated entity filters (`-person:Maliki`, `-entity:Basra`): the documents
/// that mention such an entity are left out. The kind is `None` for `-entity:` (any kind).
pub fn exclusions(query: &Query) -> Vec<(Option<EntityKind>, String)> {
    query
        .filters
        .iter()
        .filter(|f| f.negated)
        .filter_map(|f| {
            let kind = match f.field {
                Field::Person => Some(EntityKind::Person),
                Field::Place => Some(EntityKind::Place),
                Field::Org => Some(EntityKind::Organization),
                Field::Date => Some(EntityKind::Date),
                Field::Entity => None,
                Field::Speaker | Field::In | Field::Year => return None,
            };
            Some((kind, f.value.clone()))
        })
        .collect()
}

/// Leave out of `results` the documents (`entities`: each one's) that mention one of the
/// `excluded` entities ([`exclusions`]).
pub fn leave_out<E: AsRef<[Entity]>>(
    results: &mut SearchResults,
    entities: &[E],
    excluded: &[(Option<EntityKind>, String)],
) {
    if excluded.is_empty() {
        return;
    }
    results.docs.retain(|d| {
        !entities
            .get(d.doc)
            .is_some_and(|es| mentions_any(es.as_ref(), excluded))
    });
    results.total_hits = results.docs.iter().map(|d| d.hits).sum();
}

/// What the document filters read of each document: its year (by its front matter) and
/// whether a reader added it on their device (the app's "Add documents").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocFacts {
    pub year: Option<i32>,
    pub added: bool,
}

/// The query's filters on the documents themselves. `year:`: the documents they keep are
/// dated in every wanted year and in no unwanted one (`-year:1961`); a value that is not a
/// year keeps nothing, as a name no document mentions does. `in:mine`: only the documents a
/// reader added (`-in:mine`: only the others).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocFilter {
    pub wanted: Vec<Option<i32>>,
    pub unwanted: Vec<Option<i32>>,
    /// `in:mine` (`Some(true)`) or `-in:mine` (`Some(false)`).
    pub mine: Option<bool>,
}

/// The `in:` value of the documents a reader added.
pub const MINE: &str = "mine";

impl DocFilter {
    pub fn of(query: &Query) -> DocFilter {
        let mut filter = DocFilter::default();
        for f in &query.filters {
            match f.field {
                Field::Year => {
                    let year = f.value.trim().parse::<i32>().ok();
                    if f.negated {
                        filter.unwanted.push(year);
                    } else {
                        filter.wanted.push(year);
                    }
                }
                Field::In if f.value.trim().eq_ignore_ascii_case(MINE) => {
                    filter.mine = Some(!f.negated)
                }
                _ => {}
            }
        }
        filter
    }

    pub fn is_empty(&self) -> bool {
        self.wanted.is_empty() && self.unwanted.is_empty() && self.mine.is_none()
    }

    /// Does a document with these facts pass?
    pub fn keeps(&self, facts: DocFacts) -> bool {
        let year = facts.year;
        self.wanted.iter().all(|w| w.is_some() && *w == year)
            && self.unwanted.iter().all(|u| u.is_none() || *u != year)
            && self.mine.is_none_or(|m| m == facts.added)
    }

    /// Keep the results' documents that pass (`docs`: each document's facts).
    pub fn narrow(&self, results: &mut SearchResults, docs: &[DocFacts]) {
        if self.is_empty() {
            return;
        }
        results
            .docs
            .retain(|d| self.keeps(docs.get(d.doc).copied().unwrap_or_default()));
        results.total_hits = results.docs.iter().map(|d| d.hits).sum();
    }

    /// With no keyword and no selected entity: every document that passes, in corpus
    /// order, each listed by its title (no passage).
    pub fn documents(&self, docs: &[DocFacts]) -> SearchResults {
        SearchResults {
            docs: docs
                .iter()
                .enumerate()
                .filter(|(_, f)| self.keeps(**f))
                .map(|(doc, _)| DocHit {
                    doc,
                    score: 0.0,
                    hits: 0,
                    passages: Vec::new(),
                    title_match: false,
                })
                .collect(),
            ..SearchResults::default()
        }
    }
}

/// The query's first `speaker:` filter (not negated), as the Quotes view applies it.
pub fn speaker_filter(query: &Query) -> Option<&str> {
    query
        .filters
        .iter()
        .find(|f| f.field == Field::Speaker && !f.negated)
        .map(|f| f.value.as_str())
}

/// Narrow a keyword search's results (or, without one, every paragraph of the corpus) to
/// the documents that mention every `selected` entity and to their paragraphs that mention
/// them ([`paragraphs_mentioning`]); `paragraphs` is each document's paragraph count.
/// Without a keyword, passages are ranked by their mentions of the selection, and the
/// second value is a query that marks the selected names (and their aliases).
pub fn narrow<E: AsRef<[Entity]>>(
    keyword: Option<&SearchResults>,
    entities: &[E],
    selected: &[(EntityKind, String)],
    paragraphs: &[usize],
) -> (SearchResults, Option<String>) {
    let picked = |e: &Entity| selected.iter().any(|(k, n)| mentions(e, *k, n));
    let (mut results, marks) = match keyword {
        Some(r) => (r.clone(), None),
        None => {
            let names: Vec<String> = entities
                .iter()
                .flat_map(|e| e.as_ref())
                .filter(|e| picked(e))
                .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
                .map(|n| format!("\"{}\"", n.replace('"', " ")))
                .collect();
            let all = SearchResults {
                docs: paragraphs
                    .iter()
                    .enumerate()
                    .map(|(doc, &n)| DocHit {
                        doc,
                        score: 0.0,
                        hits: 0,
                        passages: (0..n)
                            .map(|paragraph| PassageHit {
                                paragraph,
                                score: 0.0,
                                hits: 0,
                            })
                            .collect(),
                        title_match: false,
                    })
                    .collect(),
                ..SearchResults::default()
            };
            (all, Some(names.join(" OR ")))
        }
    };
    let mut total = 0;
    results.docs.retain_mut(|hit| {
        let Some(entities) = entities.get(hit.doc).map(AsRef::as_ref) else {
            return false;
        };
        let Some(paragraphs) = paragraphs_mentioning(entities, selected) else {
            return false;
        };
        hit.passages
            .retain(|p| paragraphs.binary_search(&p.paragraph).is_ok());
        if keyword.is_none() {
            for p in &mut hit.passages {
                let n = entities
                    .iter()
                    .filter(|e| picked(e))
                    .flat_map(|e| &e.mentions)
                    .filter(|m| m.paragraph == p.paragraph)
                    .count() as u32;
                p.hits = n;
                p.score = n as f32;
            }
            crate::sort::by(&mut hit.passages, |a, b| {
                b.hits.cmp(&a.hits).then(a.paragraph.cmp(&b.paragraph))
            });
            hit.score = hit.passages.iter().map(|p| p.score).sum();
        }
        hit.hits = hit.passages.iter().map(|p| p.hits).sum();
        total += hit.hits;
        !hit.passages.is_empty()
    });
    if keyword.is_none() {
        crate::sort::by(&mut results.docs, |a, b| {
            b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc))
        });
    }
    results.total_hits = total;
    (results, marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Mention;

    fn entity(name: &str, kind: EntityKind, aliases: &[&str], paragraphs: &[usize]) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: paragraphs
                .iter()
                .map(|&paragraph| Mention {
                    paragraph,
                    start: 0,
                    end: 1,
                    role: None,
                })
                .collect(),
        }
    }

    #[test]
    fn name_matching_table() {
        let sadr = entity(
            "Muqtada al-Sadr",
            EntityKind::Person,
            &["Sadr", "al-Sadr"],
            &[0],
        );
        let cases: &[(&str, bool)] = &[
            ("Muqtada al-Sadr", true),
            ("muqtada al-sadr", true),
            ("Sadr", true),
            ("al Sadr", true),
            ("Sadr’s", false),
            ("Muqtada", true),
            ("Sadr City", false),
            ("Moqtada", false),
            ("", false),
            ("  ", false),
        ];
        for (name, want) in cases {
            assert_eq!(answers_to(&sadr, name), *want, "{name:?}");
        }
        let cafe = entity("Café Riche", EntityKind::Place, &[], &[0]);
        assert!(answers_to(&cafe, "cafe riche"));
    }

    #[test]
    fn quotes_by_and_about_entities() {
        use crate::quotes::{QuoteKind, Speaker};
        let entities = vec![
            entity("Nouri al-Maliki", EntityKind::Person, &["Maliki"], &[]),
            entity("Basra", EntityKind::Place, &[], &[]),
        ];
        let mut entities = entities;
        entities[1].mentions = vec![Mention {
            paragraph: 3,
            start: 10,
            end: 15,
            role: None,
        }];
        let quote = |speaker: Option<(&str, Option<usize>)>, paragraph, start, end| Quote {
            paragraph,
            start,
            end,
            text: String::new(),
            speaker: speaker.map(|(name, entity)| Speaker {
                name: name.into(),
                entity,
            }),
            cue: None,
            kind: QuoteKind::Speech,
        };
        let by_maliki = quote(Some(("Maliki", Some(0))), 3, 0, 9);
        let about_basra = quote(Some(("an Iraqi official", None)), 3, 5, 20);
        let by_daoud = quote(Some(("Daoud", None)), 1, 0, 9);
        assert!(quote_by(&by_maliki, &entities, "Nouri al-Maliki"));
        assert!(quote_by(&by_maliki, &entities, "maliki"));
        assert!(quote_by(&by_daoud, &entities, "Daoud"));
        assert!(!quote_by(&by_daoud, &entities, "Maliki"));
        assert!(quote_by(&about_basra, &entities, "official"));
        let sel = |k, n: &str| vec![(k, n.to_string())];
        assert!(quote_involves(
            &by_maliki,
            &entities,
            &sel(EntityKind::Person, "Maliki")
        ));
        assert!(quote_involves(
            &about_basra,
            &entities,
            &sel(EntityKind::Place, "Basra")
        ));
        assert!(!quote_involves(
            &by_maliki,
            &entities,
            &sel(EntityKind::Place, "Basra")
        ));
        assert!(quote_involves(
            &by_daoud,
            &entities,
            &sel(EntityKind::Person, "Daoud")
        ));
    }

    #[test]
    fn selections_combine_with_and() {
        let doc = vec![
            entity("Nouri al-Maliki", EntityKind::Person, &["Maliki"], &[1, 4]),
            entity("Basra", EntityKind::Place, &[], &[0, 4, 7]),
            entity("Sadr City", EntityKind::Place, &[], &[9]),
        ];
        let sel = |v: &[(EntityKind, &str)]| {
            v.iter()
                .map(|(k, n)| (*k, n.to_string()))
                .collect::<Vec<_>>()
        };
        type Selection = Vec<(EntityKind, String)>;
        let cases: Vec<(Selection, Option<Vec<usize>>)> = vec![
            (sel(&[]), Some(vec![])),
            (sel(&[(EntityKind::Person, "Maliki")]), Some(vec![1, 4])),
            // paragraphs that mention both…
            (
                sel(&[(EntityKind::Person, "Maliki"), (EntityKind::Place, "Basra")]),
                Some(vec![4]),
            ),
            // …or, when none does, those that mention either
            (
                sel(&[
                    (EntityKind::Person, "Maliki"),
                    (EntityKind::Place, "Sadr City"),
                ]),
                Some(vec![1, 4, 9]),
            ),
            (sel(&[(EntityKind::Place, "Sadr City")]), Some(vec![9])),
            (sel(&[(EntityKind::Person, "Sadr")]), None),
            (
                sel(&[(EntityKind::Person, "Maliki"), (EntityKind::Place, "Mosul")]),
                None,
            ),
        ];
        for (selected, want) in cases {
            assert_eq!(paragraphs_mentioning(&doc, &selected), want, "{selected:?}");
        }
    }
}
