//! Sift's engine: everything Sift knows about text, with no browser dependencies.
//!
//! - [`document`]: parsing `.txt`/`.md` files into titled paragraphs.
//! - [`corpus`]: finding and reading the documents of a folder (native only use).
//! - [`entities`]: named entities (people, organizations, places, dates).
//! - [`filter`]: narrowing to documents and paragraphs that mention selected entities.
//! - [`sentences`]: abbreviation-aware sentence boundaries.

pub mod corpus;
pub mod document;
pub mod entities;
pub mod filter;
pub mod highlight;
pub mod index;
pub mod query;
pub mod search;
pub mod sentences;
pub mod tokenize;

pub use document::{Document, Format, ParseError};
