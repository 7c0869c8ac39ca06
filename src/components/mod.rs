//! Presentational components. They render what they are given and report what the reader
//! does through callbacks; none of them holds text logic.

pub mod doc_list;
pub mod header;
pub mod link;
pub mod reader;

pub use doc_list::DocList;
pub use header::SiteHeader;
pub use link::Link;
pub use reader::Reader;
