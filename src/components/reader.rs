//! The reading view: title, metadata, and paragraphs with stable anchors (`#p1`, `#p2`, …).

use super::header::plural;
use super::Link;
use crate::corpus::DocRef;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub doc: DocRef,
    /// The 1-based paragraph to show and mark.
    #[prop_or_default]
    pub paragraph: Option<usize>,
    pub on_navigate: Callback<Route>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let doc = props.doc;
    {
        let target = props.paragraph.filter(|&p| p <= doc.paragraphs.len());
        use_effect_with((doc, target), |(_, target)| match target {
            Some(p) => crate::dom::reveal(&format!("p{p}")),
            None => {
                crate::dom::scroll_to_top();
                crate::dom::focus("doc-title");
            }
        });
    }
    let route_to = |paragraph: Option<usize>| Route {
        doc: Some(doc.id.clone()),
        paragraph,
    };
    html! {
        <article class="reader" aria-labelledby="doc-title">
            <Link to={Route::default()} on_navigate={props.on_navigate.clone()} class="back-link">
                { "← All documents" }
            </Link>
            <h2 id="doc-title" tabindex="-1">{ &doc.title }</h2>
            <p class="doc-meta">
                if let Some(date) = &doc.date { <time>{ date }</time>{ " · " } }
                if let Some(source) = &doc.source { <span>{ source }</span>{ " · " } }
                { plural(doc.word_count(), "word", "words") }
                { " · " }
                { plural(doc.paragraphs.len(), "paragraph", "paragraphs") }
                if let Some(url) = &doc.url {
                    { " · " }<a href={url.clone()} rel="noopener noreferrer">{ "original" }</a>
                }
            </p>
            if doc.paragraphs.is_empty() {
                <p class="notice">{ "This document has no text." }</p>
            }
            <div class="doc-body">
                { for doc.paragraphs.iter().enumerate().map(|(i, text)| {
                    let n = i + 1;
                    let current = props.paragraph == Some(n);
                    html! {
                        <p id={format!("p{n}")} class={classes!("para", current.then_some("current"))} tabindex="-1">
                            <Link
                                to={route_to(Some(n))}
                                on_navigate={props.on_navigate.clone()}
                                class="para-anchor"
                                label={AttrValue::from(format!("Link to paragraph {n}"))}
                            >
                                { n }
                            </Link>
                            <span class="para-text">{ text }</span>
                        </p>
                    }
                }) }
            </div>
        </article>
    }
}
