//! The corpus bundled by `build.rs`: parsed once, on first use, and kept for the page's life.

use sift_engine::corpus::Corpus;
use sift_engine::Document;
use std::sync::OnceLock;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
}

/// The bundled corpus. `build.rs` has already checked that every file parses.
pub fn bundled() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let files = embedded::FILES
            .iter()
            .map(|(name, text)| (*name, text.as_bytes()));
        Corpus::from_files(embedded::CORPUS_NAME, files).0
    })
}

/// A `'static` document, compared by address: props comparisons stay O(1) however long
/// the text is.
#[derive(Clone, Copy, Debug)]
pub struct DocRef(pub &'static Document);

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for DocRef {
    type Target = Document;
    fn deref(&self) -> &Document {
        self.0
    }
}

/// A `'static` corpus, compared by address.
#[derive(Clone, Copy, Debug)]
pub struct CorpusRef(pub &'static Corpus);

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for CorpusRef {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        self.0
    }
}
