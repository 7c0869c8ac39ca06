//! Saved web pages (stub, filled in next).
use super::{ImportError, Notice};
use crate::document::Document;

pub(crate) fn read(
    _id: &str,
    _bytes: &[u8],
    _notices: &mut Vec<Notice>,
) -> Result<Document, ImportError> {
    Err(ImportError::NoText { what: "web page" })
}
