//! Named entities: people, organizations, places and dates found in a document, one entry
//! per referent ("Muqtada al-Sadr", "Sadr" and "Sadr's" are one person).
//!
//! Offsets are byte ranges inside one paragraph of [`crate::Document::paragraphs`], so the
//! app can mark them in place and the index can relate them to passages.

use serde::Serialize;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
}

impl EntityKind {
    /// The kind's name as used in JSON, URLs and the query language (`person:`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
        }
    }
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Index of the paragraph in the document.
    pub paragraph: usize,
    /// Byte range of the name inside that paragraph (titles and roles excluded).
    pub start: usize,
    pub end: usize,
    /// A title or role written with this mention ("President", "cleric"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// One real-world referent in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The most complete name used in the document ("Nouri al-Maliki").
    pub name: String,
    pub kind: EntityKind,
    /// Every other surface form that refers to it here ("Maliki", "al-Maliki").
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}
