//! Starting the app: fetch the corpus artifact written at build time, decode it, then show
//! the app. Until then the page says what it is loading; if the artifact cannot be had or
//! read, it says why and what to do, instead of staying blank.

use crate::app::App;
use crate::corpus::{CorpusRef, Loaded, ARTIFACT, ARTIFACT_BYTES, CORPUS_NAME};
use sift_engine::artifact::Artifact;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum State {
    Loading,
    Failed(String),
    Ready(CorpusRef),
}

/// The page until the corpus is ready, then the app.
#[function_component]
pub fn Boot() -> Html {
    let state = use_state(|| State::Loading);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match load(ARTIFACT).await {
                    Ok(corpus) => State::Ready(corpus),
                    Err(why) => State::Failed(why),
                });
            });
        });
    }
    match &*state {
        State::Ready(corpus) => html! { <App corpus={*corpus} /> },
        State::Loading => html! {
            <p class="boot" role="status">
                { format!("Loading {CORPUS_NAME} ({})…", megabytes(ARTIFACT_BYTES)) }
            </p>
        },
        State::Failed(why) => html! {
            <div class="boot-error" role="alert">
                <h1>{ "Sift could not open this corpus" }</h1>
                <p>{ format!("{why}.") }</p>
                <p>{ "If you are offline, connect once and reload: after one full visit Sift works without a network." }</p>
                <button type="button" onclick={Callback::from(|_| { let _ = gloo::utils::window().location().reload(); })}>
                    { "Reload" }
                </button>
            </div>
        },
    }
}

fn megabytes(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// Fetch and decode the artifact at `url` (relative to the page).
async fn load(url: &str) -> Result<CorpusRef, String> {
    let bytes = fetch(url).await?;
    let artifact = Artifact::decode(&bytes).map_err(|e| e.to_string())?;
    let corpus = Loaded::from_artifact(artifact).leak();
    crate::dom::mark("sift:index-ready");
    Ok(corpus)
}

async fn fetch(url: &str) -> Result<Vec<u8>, String> {
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
    let buffer = response
        .array_buffer()
        .map_err(unreachable)
        .map(JsFuture::from)?
        .await
        .map_err(unreachable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
