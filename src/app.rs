//! The app: reads the route from the URL, and lays out header, document list and reader.

use crate::components::{DocList, Reader, SiteHeader};
use crate::corpus::{CorpusRef, DocRef};
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The corpus to show (the bundled one in the real app).
    pub corpus: CorpusRef,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus;
    let route = use_state(Route::current);
    {
        // Back and forward: follow the URL.
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    route.set(Route::current())
                });
            move || drop(listener)
        });
    }
    let on_navigate = {
        let route = route.clone();
        Callback::from(move |next: Route| {
            next.push();
            route.set(next);
        })
    };

    let doc = route
        .doc
        .as_deref()
        .and_then(|id| corpus.0.get(id))
        .map(DocRef);
    let main = match (&route.doc, doc) {
        (_, Some(doc)) => html! {
            <Reader {doc} paragraph={route.paragraph} on_navigate={on_navigate.clone()} />
        },
        (Some(missing), None) => html! {
            <div class="notice" role="status">
                <h2>{ "Document not found" }</h2>
                <p>{ format!("There is no document “{missing}” in this corpus; it may have been removed or renamed. Choose one from the list.") }</p>
            </div>
        },
        (None, None) => html! {
            <div class="welcome">
                <h2>{ "Welcome" }</h2>
                <p>{ "Choose a document from the list to read it." }</p>
            </div>
        },
    };
    let reading = doc.is_some();
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <SiteHeader
                corpus_name={corpus.name.clone()}
                documents={corpus.documents.len()}
                words={corpus.word_count()}
            />
            <div class={classes!("layout", reading.then_some("is-reading"))}>
                <nav class="doc-nav" aria-labelledby="docs-heading">
                    <h2 id="docs-heading">{ "Documents" }</h2>
                    <DocList
                        {corpus}
                        selected={route.doc.clone().map(AttrValue::from)}
                        on_navigate={on_navigate.clone()}
                    />
                </nav>
                <main id="main" tabindex="-1">{ main }</main>
            </div>
            <footer class="site-footer">
                <p>{ "Sift runs entirely in your browser: your documents never leave this device." }</p>
            </footer>
        </>
    }
}
