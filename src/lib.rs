//! Sift's browser app: a thin Yew UI over `sift-engine`.
//!
//! - [`corpus`]: the documents embedded at build time.
//! - [`route`]: the view's state in the URL (the only module that touches `history`).
//! - [`components`]: small presentational components; no text logic.

pub mod analysis;
pub mod app;
pub mod components;
pub mod corpus;
mod dom;
pub mod route;
pub mod search;

/// Mount the app on `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::with_props(app::AppProps {
        corpus: corpus::CorpusRef(corpus::bundled()),
    })
    .render();
}
