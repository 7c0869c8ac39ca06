//! Glue between the search box and the engine: one query run, kept for rendering. It runs
//! where the index is (the search worker, `src/worker.rs`, or the page when there is no
//! worker); what crosses between the two is a [`Reply`], from which the page rebuilds the
//! same [`SearchView`].

use serde::{Deserialize, Serialize};
use sift_engine::artifact::Searchable;
use sift_engine::entities::EntityKind;
use sift_engine::filter::select;
use sift_engine::highlight::Highlighter;
use sift_engine::query::{self, Query};
use sift_engine::search::SearchResults;

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

    /// Run it over `side` (in the search worker): the query (the last word also matches as
    /// a prefix while it is being typed), then the selected entities and the query's entity
    /// filters narrow it (`sift_engine::filter`). The page builds the highlighter from the
    /// reply ([`SearchView::from_reply`]); the worker never needs one.
    pub fn reply(&self, side: &Searchable) -> Option<Reply> {
        let typed = !self.q.trim().is_empty();
        let query = query::parse(&self.q, true);
        let found = select(
            &side.index,
            &side.entities,
            &side.paragraphs,
            &side.docs,
            &query,
            typed,
            &self.chips,
        )?;
        Some(Reply {
            // Without a keyword the marks stand for the query.
            q: if found.marks.is_some() {
                String::new()
            } else {
                self.q.clone()
            },
            marks: found.marks,
            results: found.results,
        })
    }

    /// [`Request::reply`], as the page shows it (where there is no worker).
    pub fn run(&self, side: &Searchable) -> Option<SearchView> {
        self.reply(side).map(SearchView::from_reply)
    }
}

impl SearchView {
    /// The highlighter of a keyword search (not the marks of selected names, which stand
    /// for no keyword).
    pub fn keyword(&self) -> Option<&Highlighter> {
        (self.marks.is_none() && self.query.expr.is_some()).then_some(&self.highlighter)
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
        let (_, side) = Artifact::build(corpus.clone()).split();
        (corpus, side)
    }

    #[test]
    fn year_filters_answer_in_the_worker_as_in_sift_export() {
        let files: [(&str, &[u8]); 3] = [
            ("truce.txt", b"---\ndate: 2008-03-31\n---\nThe ceasefire held in Basra on Monday.\n"),
            ("talks.txt", b"---\ndate: 2009-01-02\n---\nTalks on the ceasefire in Basra went on.\n\nNouri al-Maliki spoke in Baghdad.\n"),
            ("undated.txt", b"The ceasefire in Basra held, officials said.\n"),
        ];
        let corpus = Corpus::from_files("t", files).0;
        let years: Vec<Option<i32>> = corpus
            .documents
            .iter()
            .map(|d| d.date.as_deref().and_then(sift_engine::overview::year_of))
            .collect();
        // The last document as one a reader added (`in:mine`).
        let artifact = Artifact {
            added: 1,
            ..Artifact::build(corpus)
        };
        let facts = artifact.facts();
        let (page, side) = artifact.split();
        assert_eq!(side.docs, facts);
        assert_eq!(facts.iter().map(|f| f.year).collect::<Vec<_>>(), years);
        assert_eq!(
            facts.iter().map(|f| f.added).collect::<Vec<_>>(),
            [false, false, true]
        );
        let entities: Vec<&[sift_engine::entities::Entity]> = page
            .analyses
            .iter()
            .map(|a| a.entities.as_slice())
            .collect();
        for q in [
            "year:2008",
            "year:2009",
            "ceasefire year:2009",
            "basra -year:2008",
            "place:Basra year:2009",
            "year:1999",
            "-person:Maliki",
            "ceasefire -place:Baghdad",
            "in:mine",
            "ceasefire -in:mine",
        ] {
            let reply = Request {
                q: q.into(),
                chips: vec![],
            }
            .reply(&side)
            .expect(q);
            let cli = sift_engine::export::run_search(
                &side.index,
                &entities,
                &side.paragraphs,
                &facts,
                q,
                &[],
            )
            .expect(q);
            let ids = |r: &SearchResults| -> Vec<usize> { r.docs.iter().map(|d| d.doc).collect() };
            assert_eq!(ids(&reply.results), ids(&cli.results), "{q}");
            assert!(
                !q.contains(" year:") && !q.starts_with("year:")
                    || ids(&reply.results)
                        .iter()
                        .all(|&d| years[d].is_some_and(|y| q.contains(&y.to_string()))),
                "{q}"
            );
        }
        let alone = Request {
            q: "year:2009".into(),
            chips: vec![],
        }
        .reply(&side)
        .unwrap();
        assert_eq!(alone.results.docs.len(), 1);
        assert!(
            alone.results.docs[0].passages.is_empty(),
            "listed by its title"
        );
    }

    #[test]
    fn a_reply_crosses_to_the_page_and_marks_what_was_found() {
        let (corpus, side) = bundled();
        let sadr = (EntityKind::Person, "Muqtada al-Sadr".to_string());
        type Chips = Vec<(EntityKind, String)>;
        // (case, typed, chips, a word the top passage must have marked; "" when none is found)
        let cases: &[(&str, &str, Chips, &str)] = &[
            ("a keyword", "ceasefire", vec![], "ceasefire"),
            ("a prefix being typed", "cease", vec![], "cease"),
            (
                "a phrase and a correction",
                "\"mahdi army\" basrah",
                vec![],
                "mahdi army",
            ),
            (
                "a keyword and a chip",
                "militia",
                vec![sadr.clone()],
                "militia",
            ),
            ("a chip alone", "", vec![sadr.clone()], "sadr"),
            ("a person: filter", "person:sadr", vec![], "sadr"),
            (
                "a filter and a keyword",
                "government person:sadr",
                vec![],
                "government",
            ),
            ("nothing found", "zzzyx", vec![], ""),
        ];
        for (name, q, chips, marked) in cases {
            let request = Request {
                q: q.to_string(),
                chips: chips.clone(),
            };
            let reply = request
                .reply(&side)
                .unwrap_or_else(|| panic!("{name}: no reply"));
            // through postcard, as the worker posts it
            let bytes = postcard::to_allocvec(&(7u64, Some(reply.clone()))).unwrap();
            let (seq, back): (u64, Option<Reply>) = postcard::from_bytes(&bytes).unwrap();
            assert_eq!((seq, back.as_ref()), (7, Some(&reply)), "{name}");
            let view = SearchView::from_reply(back.unwrap());
            let Some(top) = view.results.docs.first() else {
                assert_eq!(*marked, "", "{name}: nothing found");
                continue;
            };
            let text = &corpus.documents[top.doc].paragraphs[top.passages[0].paragraph];
            let words: Vec<String> = view
                .highlighter
                .spans(text)
                .iter()
                .map(|r| text[r.clone()].to_lowercase())
                .collect();
            assert!(
                words.iter().any(|w| w.contains(marked)),
                "{name}: {marked:?} not marked in the top passage, only {words:?}"
            );
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
}
