//! The search worker: the same wasm as the page, started in a Web Worker by the script
//! `scripts/gen-sw.mjs` writes (`sift-worker-<hash>.js`), which calls [`start`]. The page
//! hands it every frame of the corpus artifact as it downloads; the worker keeps the
//! search side ([`Keep::Search`]: the index, and each document's entities for narrowing),
//! checks it, and then answers searches, so decoding the index, searching and narrowing
//! never run on the page's thread.
//!
//! Messages are arrays `[tag, payload]`. Page → worker: `["module", WebAssembly.Module]`
//! (the page's compiled wasm, which the worker's script starts), `["open", bytes]` (the artifact's
//! header and frame table), `["frame", bytes]` (each frame, in order), `["search", bytes]`
//! (a postcard `(u64, Request)`). Worker → page: `["ready"]`, `["failed", reason]`,
//! `["reply", bytes]` (a postcard `(u64, Option<Reply>)`).

use crate::search::{Reply, Request};
use js_sys::{Array, Uint8Array};
use sift_engine::artifact::{ArtifactError, Decoder, Keep, Next, Searchable};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const MODULE: &str = "module";
pub const OPEN: &str = "open";
pub const FRAME: &str = "frame";
pub const SEARCH: &str = "search";
pub const READY: &str = "ready";
pub const FAILED: &str = "failed";
pub const REPLY: &str = "reply";

enum State {
    /// No artifact yet.
    Waiting,
    Reading(Box<Decoder>),
    Ready(Box<Searchable>),
    /// Said why; nothing more is read.
    Failed,
}

struct Worker {
    state: State,
    /// The latest search asked for before the index was ready.
    pending: Option<(u64, Request)>,
}

thread_local! {
    static WORKER: RefCell<Worker> = const { RefCell::new(Worker { state: State::Waiting, pending: None }) };
}

/// Run as the search worker: handle the messages that arrived while the wasm was
/// starting (`early`, in order), then every later one.
pub fn start(early: Array) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let onmessage = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
        handle(e.data())
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    for message in early.iter() {
        handle(message);
    }
}

fn post(message: &Array, transfer: Option<&Uint8Array>) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = match transfer {
        Some(bytes) => scope.post_message_with_transfer(message, &Array::of1(&bytes.buffer())),
        None => scope.post_message(message),
    };
}

fn handle(data: JsValue) {
    let Ok(message) = data.dyn_into::<Array>() else {
        return;
    };
    let tag = message.get(0).as_string().unwrap_or_default();
    let bytes = message
        .get(1)
        .dyn_into::<Uint8Array>()
        .map(|b| b.to_vec())
        .unwrap_or_default();
    WORKER.with_borrow_mut(|w| w.handle(&tag, bytes));
}

impl Worker {
    fn handle(&mut self, tag: &str, bytes: Vec<u8>) {
        match (tag, &mut self.state) {
            (OPEN, State::Waiting) => match Decoder::open(&bytes) {
                Ok(d) => self.state = State::Reading(Box::new(d.keeping(Keep::Search))),
                Err(e) => self.fail(e),
            },
            (FRAME, State::Reading(decoder)) => {
                let read = match decoder.next() {
                    Next::Frame(range) if range.len() == bytes.len() => decoder.frame_owned(bytes),
                    _ => Err(ArtifactError::Damaged(
                        "its frames do not match its frame table".into(),
                    )),
                };
                if let Err(e) = read.and_then(|()| check(decoder)) {
                    return self.fail(e);
                }
                if decoder.next() == Next::Done {
                    let State::Reading(decoder) = std::mem::replace(&mut self.state, State::Failed)
                    else {
                        unreachable!("reading")
                    };
                    match decoder.finish_search() {
                        Ok(side) => {
                            self.state = State::Ready(Box::new(side));
                            post(&Array::of1(&READY.into()), None);
                            if let Some((seq, request)) = self.pending.take() {
                                self.answer(seq, &request);
                            }
                        }
                        Err(e) => self.fail(e),
                    }
                }
            }
            (SEARCH, state) => {
                let Ok((seq, request)) = postcard::from_bytes::<(u64, Request)>(&bytes) else {
                    return;
                };
                match state {
                    State::Ready(_) => self.answer(seq, &request),
                    State::Waiting | State::Reading(_) => self.pending = Some((seq, request)),
                    State::Failed => {}
                }
            }
            _ => {}
        }
    }

    fn answer(&self, seq: u64, request: &Request) {
        let State::Ready(side) = &self.state else {
            return;
        };
        let reply: Option<Reply> = request.reply(side);
        let Ok(bytes) = postcard::to_allocvec(&(seq, reply)) else {
            return;
        };
        let bytes = Uint8Array::from(bytes.as_slice());
        post(&Array::of2(&REPLY.into(), &bytes), Some(&bytes));
    }

    fn fail(&mut self, e: ArtifactError) {
        self.state = State::Failed;
        post(&Array::of2(&FAILED.into(), &e.to_string().into()), None);
    }
}

/// Check the index's postings once every frame is in (the worker can take its time: the
/// page stays responsive).
fn check(decoder: &mut Decoder) -> Result<(), ArtifactError> {
    while decoder.next() == Next::Check {
        decoder.step()?;
    }
    Ok(())
}
