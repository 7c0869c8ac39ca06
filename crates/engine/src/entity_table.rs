//! The corpus entity table: one row per kind and name across every document, with its
//! mentions and the number of documents that mention it, most mentioned first. Built once,
//! at build time, and carried in the artifact, so the browser only reads it.
//!
//! ```
//! use sift_engine::entities::{Entity, EntityKind, Mention};
//! use sift_engine::entity_table::rows;
//! let at = Mention { paragraph: 0, start: 0, end: 5, role: None };
//! let basra = |n| Entity { name: "Basra".into(), kind: EntityKind::Place, aliases: vec![], mentions: vec![at.clone(); n] };
//! let table = rows([vec![basra(2)], vec![basra(3)]].iter().map(Vec::as_slice));
//! assert_eq!((table[0].mentions, table[0].documents), (5, 2));
//! ```

use crate::entities::{Entity, EntityKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One entity across the corpus: the same kind and name in several documents is one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRow {
    pub kind: EntityKind,
    pub name: String,
    /// Mentions in all documents.
    pub mentions: usize,
    /// Documents that mention it.
    pub documents: usize,
}

/// The table of these documents' entities (one slice per document), most mentioned first,
/// then by name.
pub fn rows<'a>(documents: impl IntoIterator<Item = &'a [Entity]>) -> Vec<EntityRow> {
    let mut rows: HashMap<(EntityKind, &str), EntityRow> = HashMap::new();
    for entities in documents {
        for e in entities {
            let row = rows
                .entry((e.kind, e.name.as_str()))
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
    rows.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
            .then(a.kind.cmp(&b.kind))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Mention;

    fn entity(kind: EntityKind, name: &str, mentions: usize) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: vec![],
            mentions: vec![
                Mention {
                    paragraph: 0,
                    start: 0,
                    end: 1,
                    role: None,
                };
                mentions
            ],
        }
    }

    #[test]
    fn rows_merge_by_kind_and_name_and_sort_by_mentions() {
        use EntityKind::*;
        let docs = [
            vec![
                entity(Person, "Nouri al-Maliki", 4),
                entity(Place, "Basra", 2),
            ],
            vec![entity(Place, "Basra", 5), entity(Organization, "Basra", 1)],
            vec![
                entity(Person, "Nouri al-Maliki", 1),
                entity(Date, "Monday", 1),
            ],
            vec![],
        ];
        let table = rows(docs.iter().map(Vec::as_slice));
        let got: Vec<(EntityKind, &str, usize, usize)> = table
            .iter()
            .map(|r| (r.kind, r.name.as_str(), r.mentions, r.documents))
            .collect();
        assert_eq!(
            got,
            [
                (Place, "Basra", 7, 2),
                (Person, "Nouri al-Maliki", 5, 2),
                // a tie in mentions: by name, then kind
                (Organization, "Basra", 1, 1),
                (Date, "Monday", 1, 1),
            ]
        );
        assert!(rows(std::iter::empty()).is_empty());
    }
}
