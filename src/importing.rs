//! A reader's own documents (issue 13), from the page's side: what is stored on this device
//! ([`Stored`], read at start-up by `store.js`), and the import worker that reads files and
//! stores them ([`ImportWorker`], started the first time documents are added or removed).
//!
//! The page holds no import code: `scripts/build-importer.mjs` puts the worker, its wasm
//! (crates/importer), pdf.js and store.js into the build's `import-<hash>/` folder (named in
//! `<meta name="sift-import">`), and `assets/import/worker.js` says what the messages are.

use gloo::events::EventListener;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn string(o: &JsValue, key: &str) -> String {
    get(o, key).as_string().unwrap_or_default()
}

fn number(o: &JsValue, key: &str) -> f64 {
    get(o, key).as_f64().unwrap_or(0.0)
}

/// One document a reader added, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnDocument {
    pub id: String,
    pub title: String,
    /// The file it came from ("" for pasted text).
    pub file: String,
    /// Bytes it takes in storage.
    pub size: u64,
}

/// What this device keeps: the corpus built of the bundled documents and the reader's.
pub struct Stored {
    /// The bundled artifact it was built on.
    pub base: String,
    /// The artifact's bytes.
    pub bytes: Uint8Array,
    pub documents: Vec<OwnDocument>,
}

impl Stored {
    /// What `store.js` read at start-up (`window.__siftStored`), if anything was stored.
    pub async fn read() -> Option<Stored> {
        let promise = get(&gloo::utils::window(), "__siftStored")
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        let record = JsFuture::from(promise).await.ok()?;
        let bytes = get(&record, "bytes").dyn_into::<Uint8Array>().ok()?;
        let documents = get(&record, "documents")
            .dyn_into::<Array>()
            .ok()?
            .iter()
            .map(|d| OwnDocument {
                id: string(&d, "id"),
                title: string(&d, "title"),
                file: string(&d, "file"),
                size: number(&d, "size") as u64,
            })
            .collect();
        Some(Stored {
            base: string(&record, "base"),
            bytes,
            documents,
        })
    }

    /// Bytes stored in all: the documents and the artifact.
    pub fn used(&self) -> u64 {
        self.bytes.length() as u64 + self.documents.iter().map(|d| d.size).sum::<u64>()
    }
}

/// What happened to one file (or pasted text, or removed document).
#[derive(Clone, Debug, PartialEq)]
pub struct FileResult {
    pub name: String,
    pub ok: bool,
    pub title: String,
    pub notices: Vec<String>,
    /// Why it was not added.
    pub message: String,
}

/// What the import worker says.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Reading file `done + 1` of `total`, `name`.
    Progress {
        done: usize,
        total: usize,
        name: String,
    },
    /// Analysing the corpus of this many documents.
    Building(usize),
    /// A batch ended: each file's outcome; `changed` if something was stored or removed.
    Done {
        results: Vec<FileResult>,
        changed: bool,
    },
    Cancelled,
    Failed(String),
    /// The added documents as one collection file.
    Exported(Vec<u8>),
}

impl Message {
    fn read(data: &JsValue) -> Option<Message> {
        Some(match string(data, "type").as_str() {
            "progress" => Message::Progress {
                done: number(data, "done") as usize,
                total: number(data, "total") as usize,
                name: string(data, "name"),
            },
            "building" => Message::Building(number(data, "documents") as usize),
            "done" => Message::Done {
                results: get(data, "results")
                    .dyn_into::<Array>()
                    .ok()?
                    .iter()
                    .map(|r| FileResult {
                        name: string(&r, "name"),
                        ok: get(&r, "ok").is_truthy(),
                        title: string(&r, "title"),
                        notices: get(&r, "notices")
                            .dyn_into::<Array>()
                            .map(|n| n.iter().filter_map(|n| n.as_string()).collect())
                            .unwrap_or_default(),
                        message: string(&r, "message"),
                    })
                    .collect(),
                changed: get(data, "changed").is_truthy(),
            },
            "cancelled" => Message::Cancelled,
            "failed" => Message::Failed(string(data, "message")),
            "exported" => {
                Message::Exported(get(data, "bytes").dyn_into::<Uint8Array>().ok()?.to_vec())
            }
            _ => return None,
        })
    }
}

/// The import worker, and who hears what it says.
pub struct ImportWorker {
    worker: web_sys::Worker,
    _listeners: [EventListener; 2],
}

impl ImportWorker {
    /// Start the worker (its folder is named in index.html) on the bundled artifact
    /// `artifact` (relative to the page); `on` hears each message.
    pub fn start(artifact: &str, on: Callback<Message>) -> Result<ImportWorker, String> {
        const MISSING: &str = "this build of Sift has no importer (its import folder is missing): documents cannot be added here";
        let folder = gloo::utils::document()
            .query_selector("meta[name=sift-import]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .ok_or(MISSING)?;
        let base = gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default();
        let absolute = |path: &str| {
            web_sys::Url::new_with_base(path, &base)
                .map(|u| u.href())
                .unwrap_or_else(|_| path.to_string())
        };
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker =
            web_sys::Worker::new_with_options(&absolute(&format!("{folder}worker.js")), &options)
                .map_err(|_| MISSING.to_string())?;
        let heard = on.clone();
        let message = EventListener::new(&worker, "message", move |e| {
            if let Some(m) = e
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|e| Message::read(&e.data()))
            {
                heard.emit(m);
            }
        });
        let error = EventListener::new(&worker, "error", move |e| {
            e.prevent_default();
            on.emit(Message::Failed(
                "Sift's importer could not be loaded (connect once and reload: it is kept for offline use after that)".into(),
            ));
        });
        let started = ImportWorker {
            worker,
            _listeners: [message, error],
        };
        started.post(&[
            ("type", "start".into()),
            ("artifact", absolute(artifact).into()),
        ]);
        Ok(started)
    }

    fn post(&self, fields: &[(&str, JsValue)]) {
        let o = Object::new();
        for (key, value) in fields {
            let _ = Reflect::set(&o, &(*key).into(), value);
        }
        let _ = self.worker.post_message(&o);
    }

    /// Add files (each read in the worker, never on the page) and pasted texts `(title, text)`.
    pub fn add(&self, files: Vec<web_sys::File>, texts: &[(String, String)]) {
        let files: Array = files.into_iter().map(JsValue::from).collect();
        let texts: Array = texts
            .iter()
            .map(|(title, text)| {
                let o = Object::new();
                let _ = Reflect::set(&o, &"title".into(), &title.into());
                let _ = Reflect::set(&o, &"text".into(), &text.into());
                JsValue::from(o)
            })
            .collect();
        self.post(&[
            ("type", "add".into()),
            ("files", files.into()),
            ("texts", texts.into()),
        ]);
    }

    /// Remove these added documents, or all of them (`None`).
    pub fn remove(&self, ids: Option<&[String]>) {
        let ids = match ids {
            Some(ids) => ids.iter().map(JsValue::from).collect::<Array>().into(),
            None => JsValue::from("all"),
        };
        self.post(&[("type", "remove".into()), ("ids", ids)]);
    }

    /// Analyse the stored documents again with this build's bundled corpus.
    pub fn rebuild(&self) {
        self.post(&[("type", "rebuild".into())]);
    }

    /// Ask for the added documents as one collection file.
    pub fn export(&self) {
        self.post(&[("type", "export".into())]);
    }

    /// Stop the batch being added (none of it is kept).
    pub fn cancel(&self) {
        self.post(&[("type", "cancel".into())]);
    }
}

impl Drop for ImportWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// The files of a file input or a drop, as a list.
pub fn files(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}
