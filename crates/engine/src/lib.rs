//! Sift's engine: everything Sift knows about text, with no browser dependencies.
//!
//! - [`document`]: parsing `.txt`/`.md` files into titled paragraphs.
//! - [`corpus`]: finding and reading the documents of a folder (native only use).
//! - [`entities`]: named entities (people, organizations, places, dates).
//! - [`quotes`]: quotations with their speakers, cue words and kind (speech or term).
//! - [`sentences`]: abbreviation-aware sentence boundaries.

pub mod corpus;
pub mod document;
pub mod entities;
pub mod quotes;
pub mod sentences;

pub use document::{Document, Format, ParseError};
