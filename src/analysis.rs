//! Glue: the entities and quotes of every document, as the artifact holds them.

pub use sift_engine::artifact::DocAnalysis;

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

/// One entity across the corpus: the same kind and name in several documents is one row.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRow {
    pub kind: sift_engine::entities::EntityKind,
    pub name: String,
    pub mentions: usize,
    pub documents: usize,
}

impl Analysis {
    /// The corpus-level entity table, most mentioned first.
    pub fn entity_rows(&self) -> Vec<EntityRow> {
        let mut rows: std::collections::HashMap<
            (sift_engine::entities::EntityKind, String),
            EntityRow,
        > = std::collections::HashMap::new();
        for d in &self.docs {
            for e in &d.entities {
                let row = rows
                    .entry((e.kind, e.name.clone()))
                    .or_insert_with(|| EntityRow {
                        kind: e.kind,
                        name: e.name.clone(),
                        mentions: 0,
                        documents: 0,
                    });
                row.mentions += e.mentions.len();
                row.documents += 1;
            }
        }
        let mut rows: Vec<EntityRow> = rows.into_values().collect();
        rows.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.name.cmp(&b.name)));
        rows
    }
}
