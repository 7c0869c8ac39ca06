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
