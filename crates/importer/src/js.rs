//! `Importer`: [`Session`] for JavaScript (wasm-bindgen; [crate docs](crate)).
//!
//! Each `add…` answers an object, never throws for a bad file: `{ok: true, id, title,
//! notices: [string]}` or `{ok: false, message}`, the message naming the file.

use crate::{Added, Session};
use js_sys::{Array, Object, Reflect};
use sift_engine::artifact::Artifact;
use sift_engine::import::pdf::{Page, TextItem};
use sift_engine::import::{ImportError, Limits};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The bundled corpus and the reader's documents, until `build` makes their artifact.
#[wasm_bindgen]
pub struct Importer {
    session: Session,
}

#[wasm_bindgen]
impl Importer {
    /// Read the documents of the bundled artifact's bytes; throws an `Error` saying why
    /// if they are not a Sift artifact this version reads.
    #[wasm_bindgen(constructor)]
    pub fn new(bundled: &[u8]) -> Result<Importer, JsError> {
        let session = Session::new(bundled).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Importer { session })
    }

    /// The bundled corpus's name.
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.session.name().to_string()
    }

    /// How many documents the bundled corpus has.
    #[wasm_bindgen(getter)]
    pub fn bundled(&self) -> usize {
        self.session.bundled().len()
    }

    /// Add a file (.txt, .md, .html, .docx; a PDF goes through `addPdf`).
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Object {
        answer(self.session.add(name, bytes))
    }

    /// Add a PDF from the pages pdf.js read of it: `[{items: [{str, transform, width,
    /// height, hasEOL}]}]`, each page's `(await page.getTextContent()).items`. (Runs in the
    /// engine's own shape, `{text, x, y, width, height, eol}`, are read as well.)
    #[wasm_bindgen(js_name = addPdf)]
    pub fn add_pdf(&mut self, name: &str, pages: &JsValue) -> Object {
        match pdf_pages(pages) {
            Some(pages) => answer(self.session.add_pdf(name, &pages)),
            None => answer(Err(format!(
                "{name}: not a PDF's pages as pdf.js reads them ([{{items: [...]}}, ...])"
            ))),
        }
    }

    /// Add pasted text; `title` may be empty (it is then derived from the text).
    #[wasm_bindgen(js_name = addText)]
    pub fn add_text(&mut self, title: &str, text: &str) -> Object {
        answer(self.session.add_text(title, text))
    }

    /// Put back a document stored from `stored(id)` (IndexedDB holds these bytes).
    pub fn restore(&mut self, bytes: &[u8]) -> Object {
        answer(self.session.restore(bytes))
    }

    /// An added document as bytes to store, or `undefined` if none has this id.
    pub fn stored(&self, id: &str) -> Option<Vec<u8>> {
        self.session.stored(id)
    }

    /// Add every document of a collection file (from `collection`): an array of answers,
    /// one per document, or one refusal if the file is not a collection.
    #[wasm_bindgen(js_name = addCollection)]
    pub fn add_collection(&mut self, name: &str, bytes: &[u8]) -> Array {
        match self.session.add_collection(name, bytes) {
            Ok(answers) => answers
                .into_iter()
                .map(|a| JsValue::from(answer(a)))
                .collect(),
            Err(message) => Array::of1(&answer(Err(message))),
        }
    }

    /// The added documents alone, with their analysis, as one file that `addCollection`
    /// reads in another browser; `undefined` when none were added.
    pub fn collection(&self, name: &str) -> Option<Vec<u8>> {
        self.session.collection(name)
    }

    /// Take an added document out again; false if no added document has this id.
    pub fn remove(&mut self, id: &str) -> bool {
        self.session.remove(id)
    }

    /// The added documents, in order: `[{id, title}]`.
    pub fn added(&self) -> Array {
        self.session
            .added()
            .iter()
            .map(|d| {
                let o = Object::new();
                set(&o, "id", &d.id.as_str().into());
                set(&o, "title", &d.title.as_str().into());
                JsValue::from(o)
            })
            .collect()
    }

    /// The artifact of the bundled documents, then the added ones, analysed as `build.rs`
    /// does, named `name` (the bundled corpus's name when empty). Takes seconds on a large
    /// corpus: call it in a worker.
    pub fn build(&self, name: &str) -> Vec<u8> {
        self.session.build(name)
    }
}

/// The message for a file of `bytes` bytes over the largest Sift reads (50 MB), or
/// `undefined`: a worker asks before reading the file at all.
#[wasm_bindgen(js_name = tooLarge)]
pub fn too_large(name: &str, bytes: f64) -> Option<String> {
    let limit = Limits::default().max_file_bytes;
    (bytes > limit as f64).then(|| {
        ImportError::TooLarge {
            bytes: bytes as u64,
            limit,
        }
        .message(name)
    })
}

/// The artifact's file name, `corpus-<hash of its bytes>.sift`.
#[wasm_bindgen(js_name = artifactName)]
pub fn artifact_name(bytes: &[u8]) -> String {
    Artifact::file_name(bytes)
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property of a plain new object cannot fail.
    let _ = Reflect::set(o, &key.into(), value);
}

fn answer(result: Result<Added, String>) -> Object {
    let o = Object::new();
    set(&o, "ok", &result.is_ok().into());
    match result {
        Ok(added) => {
            set(&o, "id", &added.id.into());
            set(&o, "title", &added.title.into());
            let notices: Array = added.notices.into_iter().map(JsValue::from).collect();
            set(&o, "notices", &notices);
        }
        Err(message) => set(&o, "message", &message.into()),
    }
    o
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// pdf.js's pages as the engine's; `None` unless an array of `{items: array}`.
fn pdf_pages(pages: &JsValue) -> Option<Vec<Page>> {
    pages
        .dyn_ref::<Array>()?
        .iter()
        .map(|page| {
            let items = get(&page, "items").dyn_into::<Array>().ok()?;
            Some(Page {
                items: items.iter().filter_map(|i| text_item(&i)).collect(),
            })
        })
        .collect()
}

/// One text run: x and y from `transform[4]` and `[5]`, the height from `height` or else
/// `transform[3]`. pdf.js's marked-content items (no `str`) are left out; a run without a
/// position gets NaN, which the engine skips; a missing width or height is 0.
fn text_item(item: &JsValue) -> Option<TextItem> {
    if !item.is_object() {
        return None;
    }
    let text = get(item, "str")
        .as_string()
        .or(get(item, "text").as_string())?;
    let transform = get(item, "transform");
    let at = |i: u32| transform.dyn_ref::<Array>().and_then(|t| t.get(i).as_f64());
    let number = |key: &str| get(item, key).as_f64();
    let x = at(4).or_else(|| number("x"));
    let y = at(5).or_else(|| number("y"));
    let height = number("height").or_else(|| at(3).map(f64::abs));
    let eol = get(item, "hasEOL")
        .as_bool()
        .or(get(item, "eol").as_bool())
        .unwrap_or(false);
    let f = |v: Option<f64>, missing: f64| v.unwrap_or(missing) as f32;
    Some(TextItem {
        text,
        x: f(x, f64::NAN),
        y: f(y, f64::NAN),
        width: f(number("width"), 0.0),
        height: f(height, 0.0),
        eol,
    })
}
