//! The list of documents: title, date when known, word count.

use super::header::plural;
use super::Link;
use crate::corpus::CorpusRef;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocListProps {
    pub corpus: CorpusRef,
    /// The open document's id.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Called with the document's route (`?doc=<id>`); the app keeps its search.
    pub on_navigate: Callback<Route>,
}

#[function_component]
pub fn DocList(props: &DocListProps) -> Html {
    use_effect_with((), |_| crate::dom::mark("sift:list-rendered"));
    let docs = &props.corpus.documents;
    if docs.is_empty() {
        return html! {
            <p class="empty-corpus" role="status">
                { "No documents are bundled in this build. Put .txt or .md files in seeds/ (or the folder named by SIFT_CORPUS) and build again." }
            </p>
        };
    }
    html! {
        <ul class="doc-list">
            { for docs.iter().map(|doc| {
                let current = props.selected.as_deref() == Some(doc.id.as_str());
                let to = Route::default().with_doc(Some(&doc.id), None);
                html! {
                    <li key={doc.id.clone()}>
                        <Link {to} on_navigate={props.on_navigate.clone()} class="doc-link" {current}>
                            <span class="doc-title">{ &doc.title }</span>
                            <span class="doc-meta">
                                if let Some(date) = &doc.date {
                                    <time>{ date }</time>{ " · " }
                                }
                                { plural(doc.word_count(), "word", "words") }
                            </span>
                        </Link>
                    </li>
                }
            }) }
        </ul>
    }
}
