//! Word documents (stub, filled in next).
use super::{ImportError, Limits};
use crate::document::Document;

pub(crate) fn read(_id: &str, _bytes: &[u8], _limits: &Limits) -> Result<Document, ImportError> {
    Err(ImportError::NoText {
        what: "Word document",
    })
}
