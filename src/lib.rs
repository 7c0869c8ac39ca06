//! Sift's browser app: a thin Yew UI over `sift-engine`.
//!
//! - [`boot`]: fetching and decoding the corpus artifact, then starting the app.
//! - [`corpus`]: the corpus analysed at build time, as the app holds it.
//! - [`route`]: the view's state in the URL (the only module that touches `history`).
//! - [`components`]: small presentational components; no text logic.
//! - [`searcher`], [`worker`]: searches run in a Web Worker, the page only asks.
//! - [`shell`]: the first screen, written into `index.html` at build time.
//! - [`importing`]: a reader's own documents, stored on the device; read by the import worker.

pub mod analysis;
pub mod app;
pub mod boot;
pub mod components;
pub mod corpus;
mod dom;
pub mod importing;
pub mod route;
pub mod search;
pub mod searcher;
pub mod shell;
pub mod worker;

/// Mount the app on `<body>`, in place of the page's "Loading Sift…" line.
pub fn start() {
    if let Some(placeholder) = gloo::utils::document()
        .query_selector("body > .boot")
        .ok()
        .flatten()
    {
        placeholder.remove();
    }
    yew::Renderer::<boot::Boot>::new().render();
}
