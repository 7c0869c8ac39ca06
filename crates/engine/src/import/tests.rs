//! import(): dispatch, limits and errors.
use super::*;
