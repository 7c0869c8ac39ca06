//! Glue between the search box and the engine: one query run, kept for rendering. It runs
//! where the index is (the search worker, `src/worker.rs`, or the page when there is no
//! worker); what crosses between the two is a [`Reply`], from which the page rebuilds the
//! same [`SearchView`].

use serde::{Deserialize, Serialize};
use sift_engine::artifact::Searchable;
use sift_engine::entities::{Entity, EntityKind};
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
    /// Without a keyword: the names of the selected entities, as a query that marks them.
    pub marks: Option<String>,
}

/// Two views with the same text, marks and results are the same view.
impl PartialEq for SearchView {
    fn eq(&self, other: &Self) -> bool {
        self.q == other.q && self.marks == other.marks && self.results == other.results
    }
}

/// What a search needs: the typed text and the selected entities (chips).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub q: String,
    pub chips: Vec<(EntityKind, String)>,
}

/// A search's outcome as it crosses from the worker to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub q: String,
    pub marks: Option<String>,
    pub results: SearchResults,
}

impl Request {
    /// Nothing to search for: no view.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty() && self.chips.is_empty()
    }

    /// Run it over `side`: the query (the last word also matches as a prefix while it is
    /// being typed), then the selected entities and the query's entity filters narrow it.
    pub fn run(&self, side: &Searchable) -> Option<SearchView> {
        let search = (!self.q.trim().is_empty()).then(|| SearchView::run(&side.index, &self.q));
        let selected = selections(&self.chips, search.as_ref(), &side.entities);
        if selected.is_empty() {
            return search;
        }
        // Filters alone (`person:Maliki`) select like chips: every passage mentioning them.
        let keyword = search.as_ref().filter(|s| s.query.expr.is_some());
        Some(narrow(keyword, &side.entities, &selected, &side.paragraphs))
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
            marks: None,
        }
    }

    /// What the page needs to rebuild this view.
    pub fn reply(self) -> Reply {
        Reply {
            q: self.q,
            marks: self.marks,
            results: self.results,
        }
    }

    /// The view a [`Reply`] came from: parsing is deterministic, so the query and the
    /// highlighter come out as they were where the search ran.
    pub fn from_reply(reply: Reply) -> SearchView {
        match reply.marks {
            Some(marks) => {
                let query = query::parse(&marks, false);
                let highlighter = Highlighter::new(&query, &SearchResults::default());
                SearchView {
                    q: reply.q,
                    query,
                    results: reply.results,
                    highlighter,
                    marks: Some(marks),
                }
            }
            None => {
                let query = query::parse(&reply.q, true);
                let highlighter = Highlighter::new(&query, &reply.results);
                SearchView {
                    q: reply.q,
                    query,
                    results: reply.results,
                    highlighter,
                    marks: None,
                }
            }
        }
    }
}

use sift_engine::filter::paragraphs_mentioning;
use sift_engine::query::Field;
use sift_engine::search::{DocHit, PassageHit};

/// The entity selections in force: the route's chips, then the query's `person:`,
/// `place:`, `org:`, `date:` and `entity:` filters (an `entity:` name takes the kind of the
/// first entity of the corpus that answers to it).
pub fn selections(
    chips: &[(EntityKind, String)],
    search: Option<&SearchView>,
    entities: &[Vec<Entity>],
) -> Vec<(EntityKind, String)> {
    let mut out = chips.to_vec();
    let Some(search) = search else { return out };
    for f in search.query.filters.iter().filter(|f| !f.negated) {
        let kind = match f.field {
            Field::Person => Some(EntityKind::Person),
            Field::Place => Some(EntityKind::Place),
            Field::Org => Some(EntityKind::Organization),
            Field::Date => Some(EntityKind::Date),
            Field::Entity => entities
                .iter()
                .flatten()
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
    entities: &[Vec<Entity>],
    selected: &[(EntityKind, String)],
    paragraphs: &[usize],
) -> SearchView {
    let mut view = match search {
        Some(s) => SearchView {
            q: s.q.clone(),
            query: s.query.clone(),
            results: s.results.clone(),
            highlighter: s.highlighter.clone(),
            marks: None,
        },
        None => {
            // Mark the selected names (and their aliases) like a search for them.
            let names: Vec<String> = entities
                .iter()
                .flatten()
                .filter(|e| {
                    selected
                        .iter()
                        .any(|(k, n)| sift_engine::filter::mentions(e, *k, n))
                })
                .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
                .map(|n| format!("\"{}\"", n.replace('"', " ")))
                .collect();
            let marks = names.join(" OR ");
            let query = query::parse(&marks, false);
            let highlighter = Highlighter::new(&query, &SearchResults::default());
            let results = SearchResults {
                docs: (0..paragraphs.len())
                    .map(|doc| DocHit {
                        doc,
                        score: 0.0,
                        hits: 0,
                        passages: (0..paragraphs[doc])
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
                marks: Some(marks),
            }
        }
    };
    let keyword = search.is_some_and(|s| s.query.expr.is_some());
    let mut total = 0;
    view.results.docs.retain_mut(|hit| {
        let Some(entities) = entities.get(hit.doc) else {
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
                .sort_unstable_by(|a, b| b.hits.cmp(&a.hits).then(a.paragraph.cmp(&b.paragraph)));
            hit.score = hit.passages.iter().map(|p| p.score).sum();
        }
        hit.hits = hit.passages.iter().map(|p| p.hits).sum();
        total += hit.hits;
        !hit.passages.is_empty()
    });
    if !keyword {
        view.results
            .docs
            .sort_unstable_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
    }
    view.results.total_hits = total;
    view
}

// (native only: it reads the bundled files from disk)
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use sift_engine::artifact::Artifact;
    use sift_engine::corpus::Corpus;

    fn bundled() -> (Corpus, Searchable) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let files = sift_engine::corpus::corpus_files(&dir).unwrap();
        let documents = files
            .documents
            .iter()
            .map(|p| sift_engine::corpus::read_document(p).unwrap())
            .collect();
        let corpus = Corpus {
            name: "seeds".into(),
            documents,
        };
        let (page, side) = Artifact::build(corpus).split();
        (page.corpus, side)
    }

    #[test]
    fn a_reply_rebuilds_the_view_the_worker_ran() {
        let (corpus, side) = bundled();
        let sadr = (EntityKind::Person, "Muqtada al-Sadr".to_string());
        type Chips = Vec<(EntityKind, String)>;
        let cases: &[(&str, &str, Chips)] = &[
            ("a keyword", "ceasefire", vec![]),
            ("a prefix being typed", "cease", vec![]),
            ("a phrase and a correction", "\"mahdi army\" basrah", vec![]),
            ("a keyword and a chip", "militia", vec![sadr.clone()]),
            ("a chip alone", "", vec![sadr.clone()]),
            ("a person: filter", "person:sadr", vec![]),
            ("a filter and a keyword", "government person:sadr", vec![]),
            ("nothing found", "zzzyx", vec![]),
        ];
        for (name, q, chips) in cases {
            let request = Request {
                q: q.to_string(),
                chips: chips.clone(),
            };
            let ran = request
                .run(&side)
                .unwrap_or_else(|| panic!("{name}: no view"));
            // what the page gets: the reply, through postcard, as the worker posts it
            let bytes = postcard::to_allocvec(&(7u64, Some(ran_reply(&ran)))).unwrap();
            let (seq, reply): (u64, Option<Reply>) = postcard::from_bytes(&bytes).unwrap();
            assert_eq!(seq, 7);
            let back = SearchView::from_reply(reply.unwrap());
            assert_eq!(back.q, ran.q, "{name}");
            assert_eq!(back.query, ran.query, "{name}");
            assert_eq!(back.results, ran.results, "{name}");
            // the page marks the same words in every paragraph
            for doc in &corpus.documents {
                for p in &doc.paragraphs {
                    assert_eq!(
                        back.highlighter.spans(p),
                        ran.highlighter.spans(p),
                        "{name}"
                    );
                }
            }
        }
        // a chip narrows: fewer documents or passages than the keyword alone
        let alone = Request {
            q: "militia".into(),
            chips: vec![],
        }
        .run(&side)
        .unwrap();
        let narrowed = Request {
            q: "militia".into(),
            chips: vec![sadr],
        }
        .run(&side)
        .unwrap();
        let passages = |v: &SearchView| {
            v.results
                .docs
                .iter()
                .map(|d| d.passages.len())
                .sum::<usize>()
        };
        assert!(passages(&narrowed) > 0 && passages(&narrowed) < passages(&alone));
        // a filter alone selects like a chip
        let filter = Request {
            q: "person:sadr".into(),
            chips: vec![],
        }
        .run(&side)
        .unwrap();
        let chip = Request {
            q: String::new(),
            chips: vec![sadr_chip()],
        }
        .run(&side)
        .unwrap();
        assert!(!filter.results.docs.is_empty());
        assert_eq!(filter.results, chip.results);
        // nothing asked: no view
        assert!(Request {
            q: "  ".into(),
            chips: vec![]
        }
        .is_empty());
    }

    fn sadr_chip() -> (EntityKind, String) {
        (EntityKind::Person, "Muqtada al-Sadr".to_string())
    }

    fn ran_reply(view: &SearchView) -> Reply {
        Reply {
            q: view.q.clone(),
            marks: view.marks.clone(),
            results: view.results.clone(),
        }
    }
}
