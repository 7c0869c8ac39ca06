//! The corpus step on the Brown corpus (500 texts; `node bench/brown.mjs` makes
//! `bench/data/brown`, which is not committed; `scripts/test` makes it, so CI runs this):
//! skipped, saying so, when it is missing.

use sift_engine::corpus::{corpus_files, read_document};
use sift_engine::entities::{extract, lexicon, Entity, EntityKind};
use sift_engine::entity_table::EntityRow;
use sift_engine::referents;
use std::path::Path;

fn brown() -> Option<Vec<Vec<Entity>>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/data/brown");
    let files = corpus_files(&dir).ok().filter(|f| !f.documents.is_empty());
    let Some(files) = files else {
        println!(
            "skipped: {} is missing (cd bench && node brown.mjs makes it)",
            dir.display()
        );
        return None;
    };
    let docs = files
        .documents
        .iter()
        .map(|p| extract(&read_document(p).expect("a Brown text")))
        .collect();
    Some(docs)
}

fn people(table: &[EntityRow]) -> impl Iterator<Item = &EntityRow> {
    table.iter().filter(|r| r.kind == EntityKind::Person)
}

#[test]
fn brown_people_are_referents() {
    let Some(docs) = brown() else { return };
    let table = referents::link(docs.iter().map(Vec::as_slice)).rows();

    // A bare given name is never linked across documents: a row of one that spans several
    // is a surname of the corpus's full names ("Clay", "Owen").
    for r in people(&table) {
        let bare_given = !r.name.contains(' ') && lexicon::given_names().contains(r.name.as_str());
        if bare_given && r.documents > 1 {
            let surname = people(&table).any(|f| {
                f.name.contains(' ') && f.name.rsplit(' ').next() == Some(r.name.as_str())
            });
            assert!(surname, "{r:?} spans documents");
        }
    }
    for given in ["John", "Mike", "Jack", "Kate", "Rachel", "William"] {
        let rows: Vec<&EntityRow> = people(&table).filter(|r| r.name == given).collect();
        assert!(rows.iter().all(|r| r.documents == 1), "{rows:?}");
    }
    assert!(people(&table).filter(|r| r.name == "John").count() >= 10);

    // "John F. Kennedy" is one row, and it has the documents that call him "President
    // Kennedy".
    let jfk: Vec<&EntityRow> = people(&table)
        .filter(|r| r.name == "John F. Kennedy")
        .collect();
    assert_eq!(jfk.len(), 1, "{jfk:?}");
    let president: Vec<u32> = docs
        .iter()
        .enumerate()
        .filter(|(_, entities)| {
            entities.iter().any(|e| {
                e.kind == EntityKind::Person
                    && e.name == "Kennedy"
                    && e.mentions
                        .iter()
                        .all(|m| m.role.as_deref() == Some("President"))
            })
        })
        .map(|(d, _)| d as u32)
        .collect();
    assert!(president.len() >= 15, "{president:?}");
    let missing: Vec<&u32> = president
        .iter()
        .filter(|d| !jfk[0].docs.contains(d))
        .collect();
    assert!(
        missing.is_empty(),
        "President Kennedy of {missing:?} is not {jfk:?}"
    );
    assert!(jfk[0].documents >= 30, "{jfk:?}");

    // Formula placeholders and wars are no people.
    for not in [
        "If Af",
        "But Af",
        "Let Af",
        "Af Af",
        "World War",
        "World War II",
        "Civil War",
    ] {
        assert!(people(&table).all(|r| r.name != not), "{not} is a person");
    }

    println!("top person rows of Brown:");
    for r in people(&table).take(20) {
        println!("  {:32} {:4} {:4}", r.name, r.mentions, r.documents);
    }
}
