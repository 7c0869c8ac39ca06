//! Glue between the search box and the engine: one query run, kept for rendering.

use sift_engine::highlight::Highlighter;
use sift_engine::index::Index;
use sift_engine::query::{self, Query};
use sift_engine::search::{search, SearchResults};

/// A query as typed, parsed, run and ready to mark text with.
#[derive(Debug)]
pub struct SearchView {
    /// The text in the search box.
    pub q: String,
    pub query: Query,
    pub results: SearchResults,
    pub highlighter: Highlighter,
}

/// Two views of the same typed text are the same view (the corpus never changes).
impl PartialEq for SearchView {
    fn eq(&self, other: &Self) -> bool {
        self.q == other.q
    }
}

impl SearchView {
    /// Run `q` as typed (the last word also matches as a prefix while it is being typed).
    pub fn run(index: &Index, q: &str) -> SearchView {
        let query = query::parse(q, true);
        let results = search(index, &query);
        let highlighter = Highlighter::new(&query, &results);
        SearchView {
            q: q.to_string(),
            query,
            results,
            highlighter,
        }
    }
}

use crate::analysis::Analysis;
use sift_engine::entities::EntityKind;
use sift_engine::filter::paragraphs_mentioning;
use sift_engine::query::Field;
use sift_engine::search::{DocHit, PassageHit};
use std::rc::Rc;

/// The entity selections in force: the route's chips, then the query's `person:`,
/// `place:`, `org:`, `date:` and `entity:` filters (an `entity:` name takes the kind of the
/// first entity of the corpus that answers to it).
pub fn selections(
    chips: &[(EntityKind, String)],
    search: Option<&SearchView>,
    analysis: &Analysis,
) -> Vec<(EntityKind, String)> {
    let mut out = chips.to_vec();
    let Some(search) = search else { return out };
    for f in search.query.filters.iter().filter(|f| !f.negated) {
        let kind = match f.field {
            Field::Person => Some(EntityKind::Person),
            Field::Place => Some(EntityKind::Place),
            Field::Org => Some(EntityKind::Organization),
            Field::Date => Some(EntityKind::Date),
            Field::Entity => analysis
                .docs
                .iter()
                .flat_map(|d| &d.entities)
                .find(|e| sift_engine::filter::answers_to(e, &f.value))
                .map(|e| e.kind),
            Field::Speaker | Field::In => None,
        };
        if let Some(kind) = kind {
            out.push((kind, f.value.clone()));
        }
    }
    out
}

/// Narrow a search (or, without one, the whole corpus) to the documents that mention every
/// selected entity and to their paragraphs that mention one.
pub fn narrow(
    search: Option<&SearchView>,
    analysis: &Analysis,
    selected: &[(EntityKind, String)],
    docs: &[sift_engine::Document],
) -> Rc<SearchView> {
    let mut view = match search {
        Some(s) => SearchView {
            q: s.q.clone(),
            query: s.query.clone(),
            results: s.results.clone(),
            highlighter: s.highlighter.clone(),
        },
        None => {
            // Mark the selected names (and their aliases) like a search for them.
            let names: Vec<String> = analysis
                .docs
                .iter()
                .flat_map(|d| &d.entities)
                .filter(|e| {
                    selected
                        .iter()
                        .any(|(k, n)| sift_engine::filter::mentions(e, *k, n))
                })
                .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
                .map(|n| format!("\"{}\"", n.replace('"', " ")))
                .collect();
            let query = query::parse(&names.join(" OR "), false);
            let highlighter = Highlighter::new(&query, &SearchResults::default());
            let results = SearchResults {
                docs: (0..docs.len())
                    .map(|doc| DocHit {
                        doc,
                        score: 0.0,
                        hits: 0,
                        passages: (0..docs[doc].paragraphs.len())
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
            SearchView {
                q: String::new(),
                query,
                results,
                highlighter,
            }
        }
    };
    let keyword = search.is_some_and(|s| s.query.expr.is_some());
    let mut total = 0;
    view.results.docs.retain_mut(|hit| {
        let Some(entities) = analysis.docs.get(hit.doc).map(|d| &d.entities) else {
            return false;
        };
        let Some(paragraphs) = paragraphs_mentioning(entities, selected) else {
            return false;
        };
        hit.passages
            .retain(|p| paragraphs.binary_search(&p.paragraph).is_ok());
        if !keyword {
            // Rank by mentions: each paragraph scores its mentions of the selection.
            for p in &mut hit.passages {
                let n = entities
                    .iter()
                    .filter(|e| {
                        selected
                            .iter()
                            .any(|(k, name)| sift_engine::filter::mentions(e, *k, name))
                    })
                    .flat_map(|e| &e.mentions)
                    .filter(|m| m.paragraph == p.paragraph)
                    .count() as u32;
                p.hits = n;
                p.score = n as f32;
            }
            hit.passages
                .sort_by(|a, b| b.hits.cmp(&a.hits).then(a.paragraph.cmp(&b.paragraph)));
            hit.score = hit.passages.iter().map(|p| p.score).sum();
        }
        hit.hits = hit.passages.iter().map(|p| p.hits).sum();
        total += hit.hits;
        !hit.passages.is_empty()
    });
    if !keyword {
        view.results
            .docs
            .sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
    }
    view.results.total_hits = total;
    Rc::new(view)
}
