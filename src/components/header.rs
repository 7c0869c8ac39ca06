//! The site header: app name, corpus name and size.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub corpus_name: AttrValue,
    pub documents: usize,
    pub words: usize,
    /// The search box.
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    html! {
        <header class="site-header">
            <h1 class="brand">{ "Sift" }</h1>
            <p class="corpus-summary">
                <span class="corpus-name">{ props.corpus_name.clone() }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="doc-count">{ plural(props.documents, "document", "documents") }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="word-count">{ plural(props.words, "word", "words") }</span>
            </p>
            { props.children.clone() }
        </header>
    }
}

pub use crate::shell::{plural, thousands};
