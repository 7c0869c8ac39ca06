//! Presentational components. They render what they are given and report what the reader
//! does through callbacks; none of them holds text logic.

pub mod concordance;
pub mod copy_link;
pub mod doc_list;
pub mod entities;
pub mod export;
pub mod grow;
pub mod header;
pub mod link;
pub mod marked;
pub mod overview;
pub mod own_documents;
pub mod quotes;
pub mod reader;
pub mod results;
pub mod search_box;

pub use concordance::Concordance;
pub use copy_link::CopyLink;
pub use doc_list::DocList;
pub use entities::{EntitiesView, SelectionChips};
pub use export::Export;
pub use header::SiteHeader;
pub use link::Link;
pub use overview::OverviewView;
pub use own_documents::{Own, OwnDocuments};
pub use quotes::QuotesView;
pub use reader::Reader;
pub use results::{Results, SearchStatus};
pub use search_box::SearchBox;
