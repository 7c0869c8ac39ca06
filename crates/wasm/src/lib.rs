//! Sift's search engine for plain JavaScript (the only engine-side file that touches
//! wasm-bindgen). Build it with `scripts/build-js` (`wasm-bindgen --target web`):
//!
//! ```js
//! import init, { SiftIndex } from './pkg/sift_wasm.js';
//! await init();
//! const index = new SiftIndex([{ id: 'a', title: 'Calm in Basra', text: 'A ceasefire held.' }]);
//! index.search('ceasefire');   // ['a']: ids of all matching documents, best first
//! index.free();
//! ```
//!
//! The query syntax is the app's: words (all must match), `"exact phrase"`, `-word`,
//! `OR`, `prefix*`. Matching is exact (no implicit prefix on the last word); a word that
//! does not occur at all is replaced by its nearest spelling, as in the app.

use js_sys::{Array, Reflect};
use sift_engine::document::paragraph_slices;
use sift_engine::index::{DocumentSource, Index};
use sift_engine::query;
use sift_engine::search::{search_with, Options};
use wasm_bindgen::prelude::*;

/// A search index over documents given as `{id, title, text}` objects.
#[wasm_bindgen]
pub struct SiftIndex {
    index: Index,
    ids: Vec<JsValue>,
}

fn field(doc: &JsValue, name: &str, position: u32) -> Result<Option<String>, JsError> {
    let value = Reflect::get(doc, &JsValue::from_str(name))
        .map_err(|_| JsError::new(&format!("document {position} is not an object")))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("document {position}: `{name}` must be a string")))
}

/// The JavaScript documents as a source for the index builder.
struct JsDocs<'a>(&'a Array);

impl DocumentSource for JsDocs<'_> {
    fn visit(&self, sink: &mut dyn FnMut(&str, &[&str])) {
        for (i, doc) in self.0.iter().enumerate() {
            // Checked in the constructor: the fields are strings or absent.
            let text = field(&doc, "text", i as u32)
                .ok()
                .flatten()
                .unwrap_or_default();
            let title = field(&doc, "title", i as u32).ok().flatten();
            let paragraphs = paragraph_slices(&text);
            // Without a title, the first sentence is already in the text.
            sink(title.as_deref().unwrap_or(""), &paragraphs);
        }
    }
}

#[wasm_bindgen]
impl SiftIndex {
    /// Index `docs`, an array of `{id: string, title?: string, text: string}`. The text is
    /// split into paragraphs at blank lines (or at each line when it has no blank line).
    #[wasm_bindgen(constructor)]
    pub fn new(docs: &Array) -> Result<SiftIndex, JsError> {
        // Check every document once and keep the ids; the text is read again by each of
        // the index builder's two passes, one document at a time, so the whole corpus is
        // never copied into wasm memory at once.
        let mut ids = Vec::with_capacity(docs.length() as usize);
        for (i, doc) in docs.iter().enumerate() {
            let i = i as u32;
            let id = field(&doc, "id", i)?
                .ok_or_else(|| JsError::new(&format!("document {i} has no `id`")))?;
            field(&doc, "title", i)?;
            field(&doc, "text", i)?;
            ids.push(JsValue::from_str(&id));
        }
        let index = Index::build_from(&JsDocs(docs));
        Ok(SiftIndex { index, ids })
    }

    /// The ids of all documents matching `query`, best first.
    pub fn search(&self, query: &str) -> Array {
        let q = query::parse(query, false);
        let options = Options {
            passages: false,
            typos: true,
        };
        let results = search_with(&self.index, &q, options);
        results
            .docs
            .iter()
            .map(|hit| self.ids[hit.doc].clone())
            .collect()
    }

    /// Number of indexed documents.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.ids.len()
    }

    /// Bytes held by the index structures (dictionary, postings, tables).
    #[wasm_bindgen(js_name = indexBytes)]
    pub fn index_bytes(&self) -> usize {
        self.index.heap_size()
    }
}
