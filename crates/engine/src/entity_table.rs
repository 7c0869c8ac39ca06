//! The corpus entity table: one row per real-world referent across every document
//! ([`crate::referents`] links them), with its mentions and the documents that mention
//! it, most mentioned first. Built once, at build time, and carried in the artifact, so
//! the browser only reads it.
//!
//! ```
//! use sift_engine::entities::{Entity, EntityKind, Mention};
//! use sift_engine::entity_table::rows;
//! let at = Mention { paragraph: 0, start: 0, end: 5, role: None };
//! let basra = |n| Entity { name: "Basra".into(), kind: EntityKind::Place, aliases: vec![], mentions: vec![at.clone(); n] };
//! let table = rows([vec![basra(2)], vec![basra(3)]].iter().map(Vec::as_slice));
//! assert_eq!((table[0].mentions, table[0].documents), (5, 2));
//! assert_eq!(table[0].docs, [0, 1]);
//! ```

use crate::entities::{Entity, EntityKind};
use serde::{Deserialize, Serialize};

/// One referent across the corpus ("John F. Kennedy" of every document that names him).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRow {
    pub kind: EntityKind,
    /// The referent's name, as the documents' entities linked to it are named.
    pub name: String,
    /// Mentions in all documents.
    pub mentions: usize,
    /// Documents that mention it (`docs.len()`).
    pub documents: usize,
    /// Those documents: indices into the corpus, sorted.
    pub docs: Vec<u32>,
    /// A bare name the corpus step could not tell apart ("Kennedy" of several Kennedys):
    /// the full names it could be, most used first. Empty for every other row.
    pub candidates: Vec<String>,
}

impl EntityRow {
    /// A bare name that could be one of several referents ([`EntityRow::candidates`]).
    pub fn is_ambiguous(&self) -> bool {
        !self.candidates.is_empty()
    }
}

/// The table of these documents' entities (one slice per document, in corpus order),
/// linked across documents ([`crate::referents::link`]), most mentioned first.
pub fn rows<'a>(documents: impl IntoIterator<Item = &'a [Entity]>) -> Vec<EntityRow> {
    crate::referents::link(documents).rows()
}

/// Rows most mentioned first, then by name, kind and first document.
pub fn sorted(mut rows: Vec<EntityRow>) -> Vec<EntityRow> {
    rows.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.docs.cmp(&b.docs))
    });
    rows
}

/// The table over the documents that `keep` keeps (a query's `year:` or `in:mine`): each
/// row's documents and mentions counted in those documents alone (`entities`: each
/// document's, linked as [`rows`] links them, so a row's name is its entities' name), the
/// rows none of them mention left out, most mentioned first ([`sorted`]).
pub fn within<E: AsRef<[Entity]>>(
    table: &[EntityRow],
    entities: &[E],
    keep: impl Fn(usize) -> bool,
) -> Vec<EntityRow> {
    let rows = table
        .iter()
        .filter_map(|row| {
            let docs: Vec<u32> = row
                .docs
                .iter()
                .copied()
                .filter(|&d| keep(d as usize))
                .collect();
            if docs.is_empty() {
                return None;
            }
            let mentions = docs
                .iter()
                .filter_map(|&d| entities.get(d as usize))
                .flat_map(|es| es.as_ref())
                .filter(|e| e.kind == row.kind && e.name == row.name)
                .map(Entity::count)
                .sum();
            Some(EntityRow {
                mentions,
                documents: docs.len(),
                docs,
                ..row.clone()
            })
        })
        .collect();
    sorted(rows)
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
    fn rows_merge_by_referent_and_sort_by_mentions() {
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
        let got: Vec<(EntityKind, &str, usize, usize, &[u32])> = table
            .iter()
            .map(|r| {
                (
                    r.kind,
                    r.name.as_str(),
                    r.mentions,
                    r.documents,
                    &r.docs[..],
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (Place, "Basra", 7, 2, &[0, 1][..]),
                (Person, "Nouri al-Maliki", 5, 2, &[0, 2]),
                // a tie in mentions: by name, then kind
                (Organization, "Basra", 1, 1, &[1]),
                (Date, "Monday", 1, 1, &[2]),
            ]
        );
        assert!(table.iter().all(|r| !r.is_ambiguous()));
        assert!(rows(std::iter::empty()).is_empty());

        // The same table over some of the documents: counted there alone, re-sorted.
        let over = |keep: &[usize]| -> Vec<(EntityKind, String, usize, Vec<u32>)> {
            within(&table, &docs, |d| keep.contains(&d))
                .into_iter()
                .map(|r| (r.kind, r.name, r.mentions, r.docs))
                .collect()
        };
        assert_eq!(
            over(&[1, 2]),
            [
                (Place, "Basra".into(), 5, vec![1]),
                (Organization, "Basra".into(), 1, vec![1]),
                (Date, "Monday".into(), 1, vec![2]),
                (Person, "Nouri al-Maliki".into(), 1, vec![2]),
            ]
        );
        assert_eq!(
            over(&[0]),
            [
                (Person, "Nouri al-Maliki".into(), 4, vec![0]),
                (Place, "Basra".into(), 2, vec![0])
            ]
        );
        assert!(over(&[3]).is_empty());
        assert_eq!(
            within(&table, &docs, |_| true),
            table,
            "over every document: the table"
        );
    }
}
