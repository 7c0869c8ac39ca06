//! Starting the app: fetch the corpus artifact written at build time, decode it a frame at
//! a time (yielding to the browser between short steps, so the page never freezes, and
//! saying how far it got), then show the app. If the artifact cannot be had or read, the
//! page says why and what to do, instead of staying blank.

use crate::app::App;
use crate::components::header::thousands;
use crate::components::{DocList, SiteHeader};
use crate::corpus::{total_words, CorpusRef, Loaded, ARTIFACT, ARTIFACT_BYTES, CORPUS_NAME};
use crate::route::Route;
use sift_engine::artifact::{ArtifactError, CatalogEntry, Decoder, Next, Progress};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Longest stretch of decoding between two yields to the browser, in milliseconds.
const SLICE_MS: f64 = 40.0;

#[derive(Clone, PartialEq)]
enum State {
    /// How far decoding got, and the catalog once the first frame has arrived.
    Loading(Option<Progress>, Option<Rc<Vec<CatalogEntry>>>),
    Failed(String),
    Ready(CorpusRef),
}

/// The page until the corpus is ready, then the app.
#[function_component]
pub fn Boot() -> Html {
    let state = use_state(|| State::Loading(None, None));
    // One callback for the page's life, so the list is not redrawn at each progress step.
    let open = use_callback((), |to: Route, _| to.push());
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let progress = {
                    let state = state.clone();
                    move |p, catalog| state.set(State::Loading(Some(p), catalog))
                };
                state.set(match load(ARTIFACT, progress).await {
                    Ok(corpus) => State::Ready(corpus),
                    Err(why) => State::Failed(why),
                });
            });
        });
    }
    match &*state {
        State::Ready(corpus) => html! { <App corpus={*corpus} /> },
        State::Loading(progress, None) => loading(*progress),
        // The page as it will be, with the list of documents, while the rest arrives.
        State::Loading(progress, Some(catalog)) => html! {
            <>
                <SiteHeader
                    corpus_name={CORPUS_NAME}
                    documents={catalog.len()}
                    words={total_words(catalog)}
                />
                <div class="layout is-loading">
                    <nav class="doc-nav" aria-labelledby="docs-heading">
                        <h2 id="docs-heading">{ "Documents" }</h2>
                        <DocList
                            entries={catalog.clone()}
                            on_navigate={open.clone()}
                            grow={false}
                        />
                    </nav>
                    <main id="main" tabindex="-1">{ loading(*progress) }</main>
                </div>
            </>
        },
        State::Failed(why) => html! {
            <div class="boot-error" role="alert">
                <h1>{ "Sift could not open this corpus" }</h1>
                <p>{ sentence(why) }</p>
                <p>{ "If you are offline, connect once and reload: after one full visit Sift works without a network." }</p>
                <button type="button" onclick={Callback::from(|_| { let _ = gloo::utils::window().location().reload(); })}>
                    { "Reload" }
                </button>
            </div>
        },
    }
}

fn loading(progress: Option<Progress>) -> Html {
    html! {
        <div class="boot" role="status">
            <p>{ loading_line(progress) }</p>
            if let Some(p) = progress.filter(|p| p.of > 0) {
                <progress max={p.of.to_string()} value={p.documents.to_string()} />
            }
        </div>
    }
}

fn loading_line(progress: Option<Progress>) -> String {
    match progress {
        Some(p) if p.of > 0 => format!(
            "Loading {CORPUS_NAME}: {} of {} documents…",
            thousands(p.documents),
            thousands(p.of)
        ),
        _ => format!("Loading {CORPUS_NAME} ({})…", megabytes(ARTIFACT_BYTES)),
    }
}

/// A reason as a sentence: capital first letter, full stop.
fn sentence(why: &str) -> String {
    let mut chars = why.chars();
    chars.next().map_or_else(String::new, |c| {
        format!("{}{}.", c.to_uppercase(), chars.as_str())
    })
}

fn megabytes(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        // integer arithmetic: no float formatting code in the wasm
        let tenths = bytes.div_ceil(100_000);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Fetch the artifact at `url` (relative to the page) and decode it while it arrives, in
/// short steps, telling `progress` how far it got at each pause. Only the frame being
/// decoded is copied into the wasm memory; the file itself stays in a JavaScript buffer.
async fn load(
    url: &str,
    progress: impl Fn(Progress, Option<Rc<Vec<CatalogEntry>>>),
) -> Result<CorpusRef, String> {
    let text = |e: ArtifactError| e.to_string();
    let mut file = Incoming::fetch(url).await?;
    let mut decoder: Option<Decoder> = None;
    let mut catalog: Option<Rc<Vec<CatalogEntry>>> = None;
    let mut slice_start = now();
    loop {
        let Some(d) = &mut decoder else {
            // The header and frame table first.
            if !file.done && file.received < Decoder::HEADER {
                file.more().await?;
                continue;
            }
            let prefix = Decoder::prefix_len(&file.copy(0..Decoder::HEADER)).map_err(text)?;
            if !file.done && file.received < prefix {
                file.more().await?;
                continue;
            }
            decoder = Some(Decoder::open(&file.copy(0..prefix)).map_err(text)?);
            continue;
        };
        d.check_length(file.received as u64, file.done)
            .map_err(text)?;
        match d.next() {
            Next::Frame(range) if range.end <= file.received => {
                let read = d.frame_owned(file.copy(range));
                if catalog.is_none() {
                    if let Some(c) = d.catalog() {
                        // Show the list of documents at once.
                        let c = Rc::new(c.to_vec());
                        catalog = Some(c.clone());
                        progress(d.progress(), Some(c));
                        gloo_timers::future::TimeoutFuture::new(0).await;
                        slice_start = now();
                    }
                }
                read
            }
            Next::Frame(_) => {
                file.more().await?;
                Ok(())
            }
            Next::Check => d.step(),
            Next::Done => break,
        }
        .map_err(text)?;
        if now() - slice_start > SLICE_MS {
            progress(d.progress(), catalog.clone());
            gloo_timers::future::TimeoutFuture::new(0).await;
            slice_start = now();
        }
    }
    crate::dom::mark("sift:artifact-fetched");
    let artifact = decoder.expect("read").finish().map_err(text)?;
    let corpus = Loaded::from_artifact(artifact).leak();
    crate::dom::mark("sift:index-ready");
    Ok(corpus)
}

/// A download as it arrives: its bytes so far in one JavaScript buffer.
struct Incoming {
    url: String,
    reader: web_sys::ReadableStreamDefaultReader,
    buffer: js_sys::Uint8Array,
    received: usize,
    done: bool,
}

impl Incoming {
    async fn fetch(url: &str) -> Result<Incoming, String> {
        let unreachable = |_| format!("the corpus file {url} could not be downloaded");
        let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
            .await
            .map_err(unreachable)?;
        let response: web_sys::Response = response.dyn_into().map_err(unreachable)?;
        if !response.ok() {
            return Err(format!(
                "the corpus file {url} is missing from this site (HTTP {})",
                response.status()
            ));
        }
        let length = response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|l| l.parse::<usize>().ok());
        let reader = response
            .body()
            .ok_or_else(|| format!("the corpus file {url} is empty"))?
            .get_reader()
            .dyn_into()
            .map_err(|_| format!("the corpus file {url} could not be read"))?;
        Ok(Incoming {
            url: url.to_string(),
            reader,
            buffer: js_sys::Uint8Array::new_with_length(
                length.unwrap_or(ARTIFACT_BYTES).max(Decoder::HEADER) as u32,
            ),
            received: 0,
            done: false,
        })
    }

    /// Wait for the next piece of the download.
    async fn more(&mut self) -> Result<(), String> {
        let unreachable = |_| format!("the download of {} was interrupted", self.url);
        let chunk = JsFuture::from(self.reader.read())
            .await
            .map_err(unreachable)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(unreachable)?;
        if done.is_truthy() {
            self.done = true;
            return Ok(());
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .map_err(unreachable)?
            .dyn_into()
            .map_err(unreachable)?;
        let end = self.received + value.length() as usize;
        if end > self.buffer.length() as usize {
            let bigger = js_sys::Uint8Array::new_with_length((end * 2) as u32);
            bigger.set(&self.buffer.subarray(0, self.received as u32), 0);
            self.buffer = bigger;
        }
        self.buffer.set(&value, self.received as u32);
        self.received = end;
        Ok(())
    }

    /// A copy of the bytes in `range` (cut to what has arrived).
    fn copy(&self, range: std::ops::Range<usize>) -> Vec<u8> {
        let end = range.end.min(self.received);
        self.buffer
            .subarray(range.start.min(end) as u32, end as u32)
            .to_vec()
    }
}
