//! The corpus the app shows: the artifact `build.rs` wrote (documents, search index,
//! entities and quotes, all computed at build time), fetched and decoded once when the page
//! starts, and kept for the page's life. The texts stay packed as the artifact stores them
//! (a fraction of their size); a document is opened when a view shows it, and the few
//! opened last are kept open.

use crate::analysis::{Analysis, DocAnalysis, EntityRow};
use crate::components::Own;
use crate::searcher::Searcher;
use sift_engine::artifact::{Artifact, CatalogEntry, PageSide, Texts};
use sift_engine::filter::{DocFacts, DocFilter};
use sift_engine::Document;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
}

/// The bundled artifact's file name (beside index.html) and size in bytes.
pub const ARTIFACT: &str = embedded::ARTIFACT;
pub const ARTIFACT_BYTES: usize = embedded::ARTIFACT_BYTES;
/// Its size as downloaded (gzip-compressed by build.rs).
pub const ARTIFACT_DOWNLOAD: usize = embedded::ARTIFACT_DOWNLOAD;
/// The bundled corpus's name, known before the artifact arrives.
pub const CORPUS_NAME: &str = embedded::CORPUS_NAME;

/// Documents kept open after they were last shown (a page of results is 20).
const KEPT_OPEN: usize = 48;

/// A corpus with its analysis and its search, ready to show.
#[derive(Debug)]
pub struct Loaded {
    pub name: String,
    /// Each document's text, packed ([`Loaded::doc`] opens one).
    texts: Texts,
    /// The documents open now (shown, or among the last [`KEPT_OPEN`] opened).
    open: RefCell<Open>,
    /// Where its searches run (the index lives there).
    pub searcher: Searcher,
    pub analysis: Rc<Analysis>,
    /// Each document's id, title, date and word count.
    pub catalog: Rc<Vec<CatalogEntry>>,
    /// The corpus-level entity table (made at build time).
    entity_rows: Rc<Vec<EntityRow>>,
    /// The documents a reader added on this device (the last ones of the corpus).
    pub own: Rc<Own>,
    /// The catalog of the bundled documents alone (the first ones).
    pub bundled: Rc<Vec<CatalogEntry>>,
    /// Each document's year and whether the reader added it (for `year:` and `in:mine`).
    pub facts: Vec<DocFacts>,
}

impl Loaded {
    /// A whole artifact, searched on this thread.
    pub fn from_artifact(artifact: Artifact) -> Loaded {
        let catalog = Rc::new(artifact.catalog());
        let (page, side) = artifact.split();
        Loaded::new(page, catalog, Searcher::Here(Box::new(side)))
    }

    /// The page's side of an artifact, with the catalog already read from its first frame.
    pub fn new(page: PageSide, catalog: Rc<Vec<CatalogEntry>>, searcher: Searcher) -> Loaded {
        let facts =
            sift_engine::artifact::facts(catalog.iter().map(|c| c.date.as_deref()), page.added);
        let bundled = Rc::new(catalog[..catalog.len() - page.added.min(catalog.len())].to_vec());
        Loaded {
            bundled,
            own: Rc::default(),
            facts,
            open: RefCell::new(Open {
                docs: (0..catalog.len()).map(|_| Weak::new()).collect(),
                recent: VecDeque::with_capacity(KEPT_OPEN),
            }),
            catalog,
            name: page.name,
            texts: page.texts,
            searcher,
            analysis: Rc::new(Analysis {
                docs: page.analyses,
            }),
            entity_rows: Rc::new(page.entity_rows),
        }
    }

    /// With what this device stores of the reader's own documents (the artifact says which
    /// documents are theirs: the last [`PageSide::added`]; the store, their files and sizes).
    pub fn with_own(mut self, own: Own) -> Loaded {
        self.own = Rc::new(own);
        self
    }

    /// Keep it for the page's life: components then share it by address.
    pub fn leak(self) -> CorpusRef {
        CorpusRef(Box::leak(Box::new(self)))
    }
}

/// Words in the documents of a catalog (the header's summary).
pub fn total_words(catalog: &[CatalogEntry]) -> usize {
    catalog.iter().map(|e| e.words).sum()
}

#[derive(Debug)]
struct Open {
    /// Each document, while some view holds it.
    docs: Vec<Weak<Document>>,
    /// The last documents opened, kept open.
    recent: VecDeque<Rc<Document>>,
}

/// An open document, compared by address: props comparisons stay O(1) however long the
/// text is.
#[derive(Clone, Debug)]
pub struct DocRef(pub Rc<Document>);

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DocRef {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.0
    }
}

/// One document's `'static` entities and quotes, compared by address.
#[derive(Clone, Copy, Debug)]
pub struct DocAnalysisRef(pub &'static DocAnalysis);

impl PartialEq for DocAnalysisRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The loaded corpus, compared by address.
#[derive(Clone, Copy, Debug)]
pub struct CorpusRef(pub &'static Loaded);

impl CorpusRef {
    pub fn searcher(&self) -> &'static Searcher {
        &self.0.searcher
    }

    pub fn analysis(&self) -> &Rc<Analysis> {
        &self.0.analysis
    }

    /// Every entity of the corpus, most mentioned first.
    pub fn entity_rows(&self) -> Rc<Vec<EntityRow>> {
        self.0.entity_rows.clone()
    }

    /// The entities of the documents a query's document filters (`year:`, `in:mine`) keep,
    /// counted in those documents alone; every entity when it has none.
    pub fn entity_rows_kept(&self, kept: &DocFilter) -> Rc<Vec<EntityRow>> {
        if kept.is_empty() {
            return self.entity_rows();
        }
        let entities: Vec<&[sift_engine::entities::Entity]> = self
            .0
            .analysis
            .docs
            .iter()
            .map(|a| a.entities.as_slice())
            .collect();
        let facts = &self.0.facts;
        Rc::new(sift_engine::entity_table::within(
            &self.0.entity_rows,
            &entities,
            |d| kept.keeps(facts.get(d).copied().unwrap_or_default()),
        ))
    }

    /// How many documents.
    pub fn len(&self) -> usize {
        self.0.catalog.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.catalog.is_empty()
    }

    /// Each document's id, title, date and word count.
    pub fn catalog(&self) -> &'static [CatalogEntry] {
        &self.0.catalog
    }

    /// Document `n`, opened (its text unpacked and checked against its analysis), or why it
    /// cannot be read.
    pub fn doc(&self, n: usize) -> Result<DocRef, String> {
        let loaded = self.0;
        let mut open = loaded.open.borrow_mut();
        if let Some(doc) = open.docs.get(n).and_then(Weak::upgrade) {
            return Ok(DocRef(doc));
        }
        let (Some(entry), Some(analysis)) = (loaded.catalog.get(n), loaded.analysis.docs.get(n))
        else {
            return Err(format!("there is no document {n}"));
        };
        let doc = Rc::new(
            loaded
                .texts
                .read(n, entry, analysis)
                .map_err(|e| e.to_string())?,
        );
        open.docs[n] = Rc::downgrade(&doc);
        if open.recent.len() == KEPT_OPEN {
            open.recent.pop_front();
        }
        open.recent.push_back(doc.clone());
        Ok(DocRef(doc))
    }

    /// A document's position in the corpus, by id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.0.catalog.iter().position(|d| d.id == id)
    }
}

/// What the exports read the texts of.
impl sift_engine::export::Docs for CorpusRef {
    type Doc = DocRef;
    fn doc(&self, n: usize) -> Option<DocRef> {
        CorpusRef::doc(self, n).ok()
    }
}

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
