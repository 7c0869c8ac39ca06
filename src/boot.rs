//! Starting the app: fetch the corpus artifact written at build time, decode it a frame at
//! a time (yielding to the browser between short steps, so the page never freezes, and
//! saying how far it got), then show the app. If the artifact cannot be had or read, the
//! page says why and what to do, instead of staying blank.

use crate::app::App;
use crate::components::header::{plural, thousands};
use crate::components::{DocList, Own, SiteHeader};
use crate::corpus::{
    total_words, CorpusRef, Loaded, ARTIFACT, ARTIFACT_BYTES, ARTIFACT_DOWNLOAD, CORPUS_NAME,
};
use crate::importing::Stored;
use crate::route::Route;
use crate::searcher::{Failure, Remote, Searcher};
use crate::shell::megabytes;
use sift_engine::artifact::{
    ArtifactError, CatalogEntry, Decoder, Keep, Next, Progress, Searchable,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Longest stretch of decoding between two yields to the browser, in milliseconds.
const SLICE_MS: f64 = 25.0;

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
                match open_corpus(&progress).await {
                    Ok((corpus, None)) => state.set(State::Ready(corpus)),
                    Ok((corpus, Some((remote, file)))) => {
                        // The app is usable now; searches wait for the worker.
                        state.set(State::Ready(corpus));
                        if let Err(why) = search_ready(&remote, file).await {
                            state.set(State::Failed(why));
                        }
                    }
                    Err(why) => state.set(State::Failed(why)),
                }
            });
        });
    }
    // The first screen written into index.html at build time (`shell.rs`) stays until the
    // app draws the same thing (the list of documents) or says why it cannot.
    let drawn = !matches!(&*state, State::Loading(_, None));
    use_effect_with(drawn, |&drawn| {
        if drawn {
            if let Some(shell) = gloo::utils::document()
                .query_selector("body > .shell")
                .ok()
                .flatten()
            {
                shell.remove();
            }
        }
    });
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
                >
                    { Html::from_html_unchecked(AttrValue::Static(crate::shell::WAITING_TOOLS)) }
                </SiteHeader>
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
        _ => format!("Loading {CORPUS_NAME} ({})…", megabytes(ARTIFACT_DOWNLOAD)),
    }
}

/// A reason as a sentence: capital first letter, full stop.
fn sentence(why: &str) -> String {
    let mut chars = why.chars();
    chars.next().map_or_else(String::new, |c| {
        format!("{}{}.", c.to_ascii_uppercase(), chars.as_str())
    })
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Open the corpus this device keeps (the bundled documents and the reader's own, see
/// [`crate::importing`]) if there is one built on this build's bundled corpus, else the
/// bundled one. A stored corpus that cannot be opened costs nothing: the bundled one opens,
/// and the stored documents are analysed again.
async fn open_corpus(
    progress: &dyn Fn(Progress, Option<Rc<Vec<CatalogEntry>>>),
) -> Result<Loading, String> {
    let Some(stored) = Stored::read().await else {
        return load(ARTIFACT, Own::default(), progress).await;
    };
    let count = plural(stored.documents.len(), "document", "documents");
    let own = |why: String| Own {
        documents: Vec::new(),
        used: stored.used(),
        stale: Some(why),
    };
    if stored.base != ARTIFACT {
        let why = format!("Your {count} were added to an earlier version of this corpus: they are being analysed again with this one.");
        return load(ARTIFACT, own(why), progress).await;
    }
    // (index.html preloads the bundled corpus; asking for it uses the preload, which the
    // browser would otherwise report unused. The import worker reads it when it starts.)
    let _ = gloo::utils::window().fetch_with_str(ARTIFACT);
    let url = blob_url(&stored.bytes).ok_or("this browser cannot open stored files")?;
    let mine = Own {
        documents: stored.documents.clone(),
        used: stored.used(),
        stale: None,
    };
    let opened = load(&url, mine, progress).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    match opened {
        Ok(loaded) => Ok(loaded),
        Err(why) => {
            let why = format!("Your {count} could not be opened ({why}); they are still stored and are being analysed again.");
            load(ARTIFACT, own(why), progress).await
        }
    }
}

/// A `blob:` address for bytes on this device (fetched like a file, with no request).
fn blob_url(bytes: &js_sys::Uint8Array) -> Option<String> {
    let blob = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(bytes)).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Fetch the artifact at `url` (relative to the page) and decode it while it arrives, in
/// short steps, telling `progress` how far it got at each pause. Only the frame being
/// decoded is copied into the wasm memory; the file itself stays in a JavaScript buffer.
/// The page keeps the analyses and the packed texts; every frame is also handed to the
/// search worker, which keeps the index. Without a worker the page decodes the search
/// side itself once the file is in. With a worker, what comes back is the corpus, the
/// worker and the file (the page's fallback if the worker cannot run).
async fn load(
    url: &str,
    own: Own,
    // (not generic: one copy of the decoding loop in the wasm)
    progress: &dyn Fn(Progress, Option<Rc<Vec<CatalogEntry>>>),
) -> Result<Loading, String> {
    let text = |e: ArtifactError| e.to_string();
    let remote = Remote::spawn();
    let keep = Keep::Page;
    let file = Incoming::fetch(url).await?;
    wasm_bindgen_futures::spawn_local(file.clone().read_to_end(remote.clone()));
    let mut decoder: Option<Decoder> = None;
    let mut catalog: Option<Rc<Vec<CatalogEntry>>> = None;
    let mut slice = Slice::new();
    loop {
        let Some(d) = &mut decoder else {
            // The header and frame table first.
            match file.header() {
                Some(opened) => {
                    let opened = opened.map_err(text)?.1.keeping(keep);
                    file.expected.set(opened.file_len());
                    decoder = Some(opened);
                }
                None => file.more().await?,
            }
            continue;
        };
        d.check_length(file.received() as u64, file.done())
            .map_err(text)?;
        match d.next() {
            Next::Frame(range) if range.end <= file.received() => {
                let read = d.frame_owned(file.copy(range));
                if catalog.is_none() {
                    if let Some(c) = d.catalog() {
                        // Show the list of documents at once.
                        let c = Rc::new(c.to_vec());
                        catalog = Some(c.clone());
                        progress(d.progress(), Some(c));
                        slice.pause().await;
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
        if slice.over() {
            progress(d.progress(), catalog.clone());
            slice.pause().await;
        }
    }
    crate::dom::mark("sift:artifact-fetched");
    let decoder = decoder.expect("read");
    let catalog = catalog.unwrap_or_default();
    let page = decoder.finish_page().map_err(text)?;
    let Some(remote) = remote else {
        let side = search_here(&file, &mut slice).await?;
        let corpus = Loaded::new(page, catalog, Searcher::Here(Box::new(side)))
            .with_own(own)
            .leak();
        crate::dom::mark("sift:index-ready");
        return Ok((corpus, None));
    };
    let corpus = Loaded::new(page, catalog, Searcher::Worker(remote.clone()))
        .with_own(own)
        .leak();
    Ok((corpus, Some((remote, file))))
}

/// Wait for the worker to have the search side; if it cannot run, decode the search side
/// here from the file instead. A damaged index is an error for the whole page.
async fn search_ready(remote: &Remote, file: Rc<Incoming>) -> Result<(), String> {
    // The page's side can be whole before the file is (the index comes last): the rest must
    // arrive too, or the worker would wait for it for ever.
    file.whole().await?;
    let (found, expected) = (file.received() as u64, file.expected.get());
    if found < expected {
        return Err(ArtifactError::Truncated { expected, found }.to_string());
    }
    match remote.ready().await {
        Ok(()) => {}
        Err(Failure::Damaged(why)) => return Err(why),
        Err(Failure::NoWorker(_)) => {
            let side = search_here(&file, &mut Slice::new()).await?;
            remote.search_here(side);
        }
    }
    crate::dom::mark("sift:index-ready");
    Ok(())
}

/// The search side, decoded on the page from the whole file (when the worker could not
/// run), in short steps.
async fn search_here(file: &Incoming, slice: &mut Slice) -> Result<Searchable, String> {
    file.whole().await?;
    search_side(file, slice).await.map_err(|e| e.to_string())
}

async fn search_side(file: &Incoming, slice: &mut Slice) -> Result<Searchable, ArtifactError> {
    let (_, opened) = file.header().expect("the whole file is in")?;
    let mut d = opened.keeping(Keep::Search);
    loop {
        match d.next() {
            Next::Frame(range) => d.frame_owned(file.copy(range))?,
            Next::Check => d.step()?,
            Next::Done => return d.finish_search(),
        }
        if slice.over() {
            slice.pause().await;
        }
    }
}

/// A loaded corpus, and the worker still reading the search side (with the file).
type Loading = (CorpusRef, Option<(Rc<Remote>, Rc<Incoming>)>);

/// A stretch of work between two pauses, at most [`SLICE_MS`] long.
struct Slice {
    start: f64,
}

impl Slice {
    fn new() -> Slice {
        Slice { start: now() }
    }

    fn over(&self) -> bool {
        now() - self.start > SLICE_MS
    }

    /// Let the browser paint and handle input, then start a new stretch.
    async fn pause(&mut self) {
        gloo_timers::future::TimeoutFuture::new(0).await;
        self.start = now();
    }
}

/// A download as it arrives: its bytes so far in one JavaScript buffer. Its own task
/// ([`Incoming::read_to_end`]) reads it, so that the search worker gets each frame as soon
/// as it is in, however far the page's own decoding has got.
struct Incoming {
    url: String,
    reader: web_sys::ReadableStreamDefaultReader,
    /// The file is gzip-compressed (as build.rs writes it) and `reader` reads it inflated.
    compressed: bool,
    /// Its length (inflated) as its header gives it, once read.
    expected: Cell<u64>,
    buffer: RefCell<js_sys::Uint8Array>,
    received: Cell<usize>,
    done: Cell<bool>,
    failed: RefCell<Option<String>>,
    /// Who waits for the next piece.
    waiting: RefCell<Vec<js_sys::Function>>,
}

impl Incoming {
    async fn fetch(url: &str) -> Result<Rc<Incoming>, String> {
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
        // build.rs writes the artifact gzip-compressed; a file that starts otherwise (an
        // older build, an error page) is read as it is and the decoder says what it is. The
        // first bytes are looked at on a copy of the response (its stream tees).
        let unreadable = || format!("the corpus file {url} could not be read");
        let body = |r: &web_sys::Response| {
            r.body()
                .ok_or_else(|| format!("the corpus file {url} is empty"))
        };
        let probe: web_sys::ReadableStreamDefaultReader =
            body(&response.clone().map_err(|_| unreadable())?)?
                .get_reader()
                .unchecked_into();
        let first = read_chunk(&probe).await.ok().flatten();
        let _ = probe.cancel();
        let compressed = first
            .as_ref()
            .is_some_and(|c| c.length() >= 2 && c.get_index(0) == 0x1f && c.get_index(1) == 0x8b);
        let stream = body(&response)?;
        let stream = if compressed {
            stream.pipe_through(&inflater().map_err(|why| format!("the corpus file {url} {why}"))?)
        } else {
            stream
        };
        let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
        Ok(Rc::new(Incoming {
            url: url.to_string(),
            reader,
            compressed,
            expected: Cell::new(0),
            buffer: RefCell::new(js_sys::Uint8Array::new_with_length(
                // (the length a server gives is the compressed one; the bundled
                // artifact's inflated size is known)
                if compressed {
                    ARTIFACT_BYTES
                } else {
                    length.unwrap_or(ARTIFACT_BYTES)
                }
                .max(Decoder::HEADER) as u32,
            )),
            received: Cell::new(0),
            done: Cell::new(false),
            failed: RefCell::new(None),
            waiting: RefCell::new(Vec::new()),
        }))
    }

    fn received(&self) -> usize {
        self.received.get()
    }

    fn done(&self) -> bool {
        self.done.get()
    }

    /// Read the download to its end, handing each frame to `remote` once it is whole.
    async fn read_to_end(self: Rc<Self>, remote: Option<Rc<Remote>>) {
        let mut frames: Option<Vec<std::ops::Range<usize>>> = None;
        let mut handed = 0;
        let mut since = now();
        while !self.done() {
            // A download already in is read in microtasks, one after another: give the
            // browser its turn now and then, so that reading, a decoding step and a render
            // never add up to one long task.
            if now() - since > SLICE_MS / 2.0 {
                gloo_timers::future::TimeoutFuture::new(0).await;
                since = now();
            }
            if let Err(why) = self.read_piece().await {
                *self.failed.borrow_mut() = Some(why);
                self.done.set(true);
            }
            if let Some(remote) = &remote {
                if frames.is_none() {
                    // (a file that is not an artifact has none: the page's decoder says why)
                    if let Some(Ok((prefix, d))) = self.header() {
                        remote.open(&self.slice(0..prefix));
                        frames = Some(d.frames().to_vec());
                    }
                }
                let table = frames.as_deref().unwrap_or_default();
                while let Some(f) = table.get(handed).filter(|f| f.end <= self.received()) {
                    remote.frame(&self.slice(f.clone()));
                    handed += 1;
                }
            }
            for wake in self.waiting.take() {
                let _ = wake.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    }

    /// A decoder opened on the header and frame table (with their length), once they are in
    /// or the download has ended; `None` while they are still arriving.
    fn header(&self) -> Option<Result<(usize, Decoder), ArtifactError>> {
        let waiting = |len: usize| !self.done() && self.received() < len;
        if waiting(Decoder::HEADER) {
            return None;
        }
        let prefix = match Decoder::prefix_len(&self.copy(0..Decoder::HEADER)) {
            Ok(prefix) => prefix,
            Err(e) => return Some(Err(e)),
        };
        if waiting(prefix) {
            return None;
        }
        Some(Decoder::open(&self.copy(0..prefix)).map(|d| (prefix, d)))
    }

    async fn read_piece(&self) -> Result<(), String> {
        let value = match read_chunk(&self.reader).await {
            Ok(Some(value)) => value,
            Ok(None) => {
                self.done.set(true);
                return Ok(());
            }
            Err(_) if self.compressed => {
                return Err(format!(
                    "the corpus file {} is damaged or incomplete: it does not decompress",
                    self.url
                ))
            }
            Err(_) => return Err(format!("the download of {} was interrupted", self.url)),
        };
        let received = self.received();
        let end = received + value.length() as usize;
        let mut buffer = self.buffer.borrow_mut();
        if end > buffer.length() as usize {
            let bigger = js_sys::Uint8Array::new_with_length((end * 2) as u32);
            bigger.set(&buffer.subarray(0, received as u32), 0);
            *buffer = bigger;
        }
        buffer.set(&value, received as u32);
        self.received.set(end);
        Ok(())
    }

    /// Wait until more has arrived or the download has ended.
    async fn more(&self) -> Result<(), String> {
        if !self.done() {
            let promise = js_sys::Promise::new(&mut |resolve, _| {
                self.waiting.borrow_mut().push(resolve);
            });
            let _ = JsFuture::from(promise).await;
        }
        match self.failed.borrow().clone() {
            Some(why) => Err(why),
            None => Ok(()),
        }
    }

    /// Wait for the whole file.
    async fn whole(&self) -> Result<(), String> {
        while !self.done() {
            self.more().await?;
        }
        self.more().await
    }

    /// The bytes in `range` (cut to what has arrived) in a JavaScript buffer of their own,
    /// to hand to the worker.
    fn slice(&self, range: std::ops::Range<usize>) -> js_sys::Uint8Array {
        let end = range.end.min(self.received());
        self.buffer
            .borrow()
            .slice(range.start.min(end) as u32, end as u32)
    }

    /// A copy of the bytes in `range` (cut to what has arrived).
    fn copy(&self, range: std::ops::Range<usize>) -> Vec<u8> {
        let end = range.end.min(self.received());
        self.buffer
            .borrow()
            .subarray(range.start.min(end) as u32, end as u32)
            .to_vec()
    }
}

/// The next piece a stream reader gives: `None` at its end, `Err` when it fails.
async fn read_chunk(
    reader: &web_sys::ReadableStreamDefaultReader,
) -> Result<Option<js_sys::Uint8Array>, wasm_bindgen::JsValue> {
    let chunk = JsFuture::from(reader.read()).await?;
    if js_sys::Reflect::get(&chunk, &"done".into())?.is_truthy() {
        return Ok(None);
    }
    js_sys::Reflect::get(&chunk, &"value".into())?
        .dyn_into()
        .map(Some)
}

/// The browser's gzip `DecompressionStream`, to pipe the download through.
fn inflater() -> Result<web_sys::ReadableWritablePair, &'static str> {
    const OLD: &str = "is compressed, and this browser cannot decompress it (it has no DecompressionStream): update the browser";
    let class = js_sys::Reflect::get(&js_sys::global(), &"DecompressionStream".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .ok_or(OLD)?;
    js_sys::Reflect::construct(&class, &js_sys::Array::of1(&"gzip".into()))
        .map(JsCast::unchecked_into)
        .map_err(|_| OLD)
}
