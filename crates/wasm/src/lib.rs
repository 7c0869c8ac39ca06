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
use sift_engine::document::{parse, Format};
use sift_engine::index::{Index, IndexBuilder};
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

#[wasm_bindgen]
impl SiftIndex {
    /// Index `docs`, an array of `{id: string, title?: string, text: string}`. The text is
    /// split into paragraphs at blank lines (or at each line when it has no blank line).
    #[wasm_bindgen(constructor)]
    pub fn new(docs: &Array) -> Result<SiftIndex, JsError> {
        let mut builder = IndexBuilder::default();
        let mut ids = Vec::with_capacity(docs.length() as usize);
        for (i, doc) in docs.iter().enumerate() {
            let i = i as u32;
            let id = field(&doc, "id", i)?
                .ok_or_else(|| JsError::new(&format!("document {i} has no `id`")))?;
            let text = field(&doc, "text", i)?.unwrap_or_default();
            let parsed = parse(&id, Format::Text, text.as_bytes())
                .map_err(|e| JsError::new(&format!("document {id}: {e}")))?;
            let title = field(&doc, "title", i)?.unwrap_or(parsed.title);
            builder.add(&title, parsed.paragraphs.iter().map(String::as_str));
            ids.push(JsValue::from_str(&id));
        }
        Ok(SiftIndex {
            index: builder.finish(),
            ids,
        })
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
