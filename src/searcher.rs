//! Where the page's searches run: in the search worker (`src/worker.rs`) when the page
//! could start one, else here on the page (component tests, or a browser that cannot run
//! module workers). Either way a search answers through a callback, and an answer that a
//! newer search has overtaken is dropped.

use crate::search::{Reply, Request, SearchView};
use crate::worker::{FAILED, FRAME, MODULE, OPEN, READY, REPLY, SEARCH};
use js_sys::{Array, Uint8Array};
use sift_engine::artifact::Searchable;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Told a search's outcome: its view, or none when nothing was asked.
pub type Done = Callback<Option<Rc<SearchView>>>;

/// Where searches run.
pub enum Searcher {
    /// On the page's thread.
    Here(Box<Searchable>),
    /// In the search worker.
    Worker(Rc<Remote>),
}

impl fmt::Debug for Searcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Searcher::Here(_) => "Searcher::Here",
            Searcher::Worker(_) => "Searcher::Worker",
        })
    }
}

impl Searcher {
    /// Search, and tell `done` the outcome (at once here; when the worker answers there).
    pub fn run(&self, request: Request, done: Done) {
        if request.is_empty() {
            if let Searcher::Worker(remote) = self {
                // an answer still on its way is no longer wanted
                remote.waiting.take();
            }
            return done.emit(None);
        }
        match self {
            Searcher::Here(side) => done.emit(request.run(side).map(Rc::new)),
            Searcher::Worker(remote) => remote.search(request, done),
        }
    }
}

/// Why the worker could not give a search side.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// It read the artifact and found it wrong (the reason, as a sentence's body).
    Damaged(String),
    /// The worker itself could not run (its script failed to load, say).
    NoWorker(String),
}

/// The page's handle on the search worker.
pub struct Remote {
    worker: web_sys::Worker,
    next: Cell<u64>,
    /// The search whose answer is awaited.
    waiting: RefCell<Option<(u64, Request, Done)>>,
    /// The search side, decoded on the page when the worker could not run.
    here: std::cell::OnceCell<Searchable>,
    outcome: RefCell<Option<Result<(), Failure>>>,
    on_outcome: RefCell<Option<js_sys::Function>>,
}

impl Remote {
    /// The worker that `index.html` names (`<meta name="sift-worker">`, written by
    /// `scripts/gen-sw.mjs`); `None` when there is none or the browser cannot start it.
    /// `index.html` starts it as the page loads (`window.__siftWorker`), so that its
    /// script is in by the time the app runs; failing that, it is started here.
    pub fn spawn() -> Option<Rc<Remote>> {
        let window = gloo::utils::window();
        let failed = js_sys::Reflect::get(&window, &"__siftWorkerFailed".into());
        if failed.is_ok_and(|f| f.is_truthy()) {
            // its script did not load
            return None;
        }
        let started = js_sys::Reflect::get(&window, &"__siftWorker".into())
            .ok()
            .and_then(|w| w.dyn_into::<web_sys::Worker>().ok());
        let worker = match started {
            Some(worker) => worker,
            None => {
                let url = gloo::utils::document()
                    .query_selector("meta[name=sift-worker]")
                    .ok()
                    .flatten()?
                    .get_attribute("content")?;
                let options = web_sys::WorkerOptions::new();
                options.set_type(web_sys::WorkerType::Module);
                web_sys::Worker::new_with_options(&url, &options).ok()?
            }
        };
        let remote = Rc::new(Remote {
            worker,
            next: Cell::new(0),
            waiting: RefCell::new(None),
            here: std::cell::OnceCell::new(),
            outcome: RefCell::new(None),
            on_outcome: RefCell::new(None),
        });
        let weak = Rc::downgrade(&remote);
        let onmessage =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(remote) = weak.upgrade() {
                    remote.receive(e.data());
                }
            });
        remote
            .worker
            .set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        onmessage.forget();
        // The page's compiled wasm: the worker starts from it (no second fetch or compile).
        let _ = remote
            .worker
            .post_message(&Array::of2(&MODULE.into(), &wasm_bindgen::module()));
        let weak = Rc::downgrade(&remote);
        // (a script that fails to load gives a plain Event, a script that throws an ErrorEvent)
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            if let Some(remote) = weak.upgrade() {
                let why = e
                    .dyn_ref::<web_sys::ErrorEvent>()
                    .map(web_sys::ErrorEvent::message)
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| "its script did not load".into());
                remote.settle(Err(Failure::NoWorker(why)));
            }
        });
        remote
            .worker
            .set_onerror(Some(onerror.as_ref().unchecked_ref()));
        onerror.forget();
        Some(remote)
    }

    /// The artifact's header and frame table.
    pub fn open(&self, prefix: &Uint8Array) {
        self.send(OPEN, prefix);
    }

    /// The next frame of the artifact (its bytes are handed over, not copied again).
    pub fn frame(&self, bytes: &Uint8Array) {
        self.send(FRAME, bytes);
    }

    fn send(&self, tag: &str, bytes: &Uint8Array) {
        let _ = self.worker.post_message_with_transfer(
            &Array::of2(&tag.into(), bytes),
            &Array::of1(&bytes.buffer()),
        );
    }

    /// Wait until the worker has read and checked the whole search side.
    pub async fn ready(&self) -> Result<(), Failure> {
        if self.outcome.borrow().is_none() {
            let promise = js_sys::Promise::new(&mut |resolve, _| {
                *self.on_outcome.borrow_mut() = Some(resolve);
            });
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
        self.outcome
            .borrow()
            .clone()
            .unwrap_or(Err(Failure::NoWorker("it stopped".into())))
    }

    fn settle(&self, outcome: Result<(), Failure>) {
        if self.outcome.borrow().is_some() {
            return;
        }
        *self.outcome.borrow_mut() = Some(outcome);
        if let Some(resolve) = self.on_outcome.borrow_mut().take() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    }

    fn search(&self, request: Request, done: Done) {
        if let Some(side) = self.here.get() {
            return done.emit(request.run(side).map(Rc::new));
        }
        let seq = self.next.get() + 1;
        self.next.set(seq);
        if let Ok(bytes) = postcard::to_allocvec(&(seq, &request)) {
            self.send(SEARCH, &Uint8Array::from(bytes.as_slice()));
        }
        *self.waiting.borrow_mut() = Some((seq, request, done));
    }

    /// From now on search on the page, over `side` (the worker could not run); the search
    /// awaited, if any, runs now.
    pub fn search_here(&self, side: Searchable) {
        let _ = self.here.set(side);
        if let Some((_, request, done)) = self.waiting.take() {
            self.search(request, done);
        }
    }

    fn receive(&self, data: JsValue) {
        let Ok(message) = data.dyn_into::<Array>() else {
            return;
        };
        match message.get(0).as_string().as_deref() {
            Some(READY) => self.settle(Ok(())),
            Some(FAILED) => self.settle(Err(Failure::Damaged(
                message.get(1).as_string().unwrap_or_default(),
            ))),
            Some(REPLY) => {
                let Ok(bytes) = message.get(1).dyn_into::<Uint8Array>() else {
                    return;
                };
                let Ok((seq, reply)) =
                    postcard::from_bytes::<(u64, Option<Reply>)>(&bytes.to_vec())
                else {
                    return;
                };
                let answered = self.waiting.borrow_mut().take_if(|(s, _, _)| *s == seq);
                if let Some((_, _, done)) = answered {
                    done.emit(reply.map(|r| Rc::new(SearchView::from_reply(r))));
                }
            }
            _ => {}
        }
    }
}
