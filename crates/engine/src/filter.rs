//! Narrowing to documents and paragraphs that mention selected entities.
//!
//! A selection names an entity by kind and name, as a reader picked it from the entity
//! panel (`person=Nouri al-Maliki`) or typed it (`person:Maliki`). A name matches an
//! entity when, ignoring case and accents, it equals the entity's name or one of its
//! aliases, or is a run of whole words of one of them ("Maliki" matches "Nouri al-Maliki").
//!
//! ```
//! use sift_engine::entities::{Entity, EntityKind, Mention};
//! use sift_engine::filter::{mentions, paragraphs_mentioning};
//! let maliki = Entity {
//!     name: "Nouri al-Maliki".into(),
//!     kind: EntityKind::Person,
//!     aliases: vec!["Maliki".into()],
//!     mentions: vec![Mention { paragraph: 2, start: 0, end: 6, role: None }],
//! };
//! assert!(mentions(&maliki, EntityKind::Person, "maliki"));
//! assert!(!mentions(&maliki, EntityKind::Place, "Maliki"));
//! let doc = [maliki];
//! assert_eq!(paragraphs_mentioning(&doc, &[(EntityKind::Person, "al-Maliki".into())]), Some(vec![2]));
//! ```

use crate::entities::{Entity, EntityKind};
use crate::tokenize::terms;

/// Does `entity` answer to the selected kind and name?
pub fn mentions(entity: &Entity, kind: EntityKind, name: &str) -> bool {
    entity.kind == kind && answers_to(entity, name)
}

/// Does `entity` answer to `name`, of whatever kind?
pub fn answers_to(entity: &Entity, name: &str) -> bool {
    let wanted = terms(name);
    if wanted.is_empty() {
        return false;
    }
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .any(|form| contains_run(&terms(form), &wanted))
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// For one document's entities: the paragraphs (sorted, deduplicated) that mention any of
/// the selected entities, or `None` when some selected entity is not in the document at
/// all (selections combine with AND at the document level).
pub fn paragraphs_mentioning(
    entities: &[Entity],
    selected: &[(EntityKind, String)],
) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for (kind, name) in selected {
        let mut found = false;
        for e in entities.iter().filter(|e| mentions(e, *kind, name)) {
            found = true;
            out.extend(e.mentions.iter().map(|m| m.paragraph));
        }
        if !found {
            return None;
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Mention;

    fn entity(name: &str, kind: EntityKind, aliases: &[&str], paragraphs: &[usize]) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: paragraphs
                .iter()
                .map(|&paragraph| Mention {
                    paragraph,
                    start: 0,
                    end: 1,
                    role: None,
                })
                .collect(),
        }
    }

    #[test]
    fn name_matching_table() {
        let sadr = entity(
            "Muqtada al-Sadr",
            EntityKind::Person,
            &["Sadr", "al-Sadr"],
            &[0],
        );
        let cases: &[(&str, bool)] = &[
            ("Muqtada al-Sadr", true),
            ("muqtada al-sadr", true),
            ("Sadr", true),
            ("al Sadr", true),
            ("Sadr’s", false),
            ("Muqtada", true),
            ("Sadr City", false),
            ("Moqtada", false),
            ("", false),
            ("  ", false),
        ];
        for (name, want) in cases {
            assert_eq!(answers_to(&sadr, name), *want, "{name:?}");
        }
        let cafe = entity("Café Riche", EntityKind::Place, &[], &[0]);
        assert!(answers_to(&cafe, "cafe riche"));
    }

    #[test]
    fn selections_combine_with_and() {
        let doc = vec![
            entity("Nouri al-Maliki", EntityKind::Person, &["Maliki"], &[1, 4]),
            entity("Basra", EntityKind::Place, &[], &[0, 4, 7]),
            entity("Sadr City", EntityKind::Place, &[], &[9]),
        ];
        let sel = |v: &[(EntityKind, &str)]| {
            v.iter()
                .map(|(k, n)| (*k, n.to_string()))
                .collect::<Vec<_>>()
        };
        type Selection = Vec<(EntityKind, String)>;
        let cases: Vec<(Selection, Option<Vec<usize>>)> = vec![
            (sel(&[]), Some(vec![])),
            (sel(&[(EntityKind::Person, "Maliki")]), Some(vec![1, 4])),
            (
                sel(&[(EntityKind::Person, "Maliki"), (EntityKind::Place, "Basra")]),
                Some(vec![0, 1, 4, 7]),
            ),
            (sel(&[(EntityKind::Place, "Sadr City")]), Some(vec![9])),
            (sel(&[(EntityKind::Person, "Sadr")]), None),
            (
                sel(&[(EntityKind::Person, "Maliki"), (EntityKind::Place, "Mosul")]),
                None,
            ),
        ];
        for (selected, want) in cases {
            assert_eq!(paragraphs_mentioning(&doc, &selected), want, "{selected:?}");
        }
    }
}
