//! Glue: the entities and quotes of every document, as the artifact holds them.

pub use sift_engine::artifact::DocAnalysis;
/// The corpus entity table's rows (made at build time, `sift_engine::entity_table`).
pub use sift_engine::entity_table::EntityRow;

/// Every document's entities and quotes, in corpus order (computed at build time).
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
