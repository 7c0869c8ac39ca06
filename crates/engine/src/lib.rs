//! Sift's engine: everything Sift knows about text, with no browser dependencies.
//!
//! - [`artifact`]: a corpus analysed at build time, in one file the browser decodes.
//! - [`document`]: parsing `.txt`/`.md` files into titled paragraphs.
//! - [`corpus`]: finding and reading the documents of a folder (native only use).
//! - [`import`]: a reader's own files (.txt/.md in any encoding, .html, .docx, PDF pages).
//! - [`sentences`]: abbreviation-aware sentence boundaries.
//! - [`tokenize`]: text → normalized terms with byte offsets.
//! - [`query`]: the query language, parsed leniently.
//! - [`index`]: the inverted index over passages.
//! - [`search`]: boolean matching, BM25 ranking, typo and word-form fallbacks.
//! - [`highlight`]: marking matches, snippets and concordance lines.
//! - [`entities`]: named entities (people, organizations, places, dates).
//! - [`referents`]: entities linked across documents, one referent per real-world one.
//! - [`entity_table`]: the corpus's entities, one row per referent, with its documents.
//! - [`filter`]: narrowing to documents and paragraphs that mention selected entities.
//! - [`quotes`]: quotations with their speakers, cue words and kind (speech or term).
//! - [`sort`]: stable sorting with one copy of the sorting code (a smaller wasm).

pub mod artifact;
pub mod corpus;
pub mod document;
pub mod entities;
pub mod entity_table;
pub mod export;
pub mod filter;
pub mod highlight;
pub mod import;
pub mod index;
pub mod overview;
pub mod query;
pub mod quotes;
pub mod referents;
pub mod search;
pub mod sentences;
pub mod sort;
pub mod tokenize;

pub use document::{Document, Format, ParseError};
