//! The list of documents: title, date when known, word count; sorted by corpus order,
//! title, date or length, and filtered by title. A long list is drawn in steps (the first
//! rows at once, more after each paint), so that opening a corpus of thousands never holds
//! the page for long.

use super::header::plural;
use super::Link;
use crate::route::Route;
use sift_engine::artifact::CatalogEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Rows drawn at first, and added after each paint until all are shown.
pub const FIRST_ROWS: usize = crate::shell::FIRST_ROWS;
const MORE_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct DocListProps {
    /// The corpus's documents (known before the rest of the corpus has arrived).
    pub entries: Rc<Vec<CatalogEntry>>,
    /// The open document's id.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Called with the document's route (`?doc=<id>`); the app keeps its search.
    pub on_navigate: Callback<Route>,
    /// Draw the rest of a long list after the first rows (not while the corpus is still
    /// loading: the first screenful is enough then, and decoding gets the time).
    #[prop_or(true)]
    pub grow: bool,
}

/// The list's order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Corpus,
    Title,
    Newest,
    Longest,
}

impl Order {
    const ALL: [(Order, &'static str, &'static str); 4] = [
        (Order::Corpus, "corpus", "Corpus order"),
        (Order::Title, "title", "Title"),
        (Order::Newest, "date", "Newest first"),
        (Order::Longest, "length", "Longest first"),
    ];
}

#[function_component]
pub fn DocList(props: &DocListProps) -> Html {
    let docs = &props.entries;
    let order = use_state(|| Order::Corpus);
    let needle = use_state(String::new);
    let shown = use_state(|| FIRST_ROWS.min(docs.len()));
    {
        let shown = shown.clone();
        let all = docs.len();
        let total = if props.grow { all } else { *shown };
        use_effect_with(*shown, move |&n| {
            if n <= FIRST_ROWS {
                crate::dom::mark("sift:list-rendered");
            }
            let mut timer = None;
            if n < total {
                timer = Some(gloo::timers::callback::Timeout::new(0, move || {
                    shown.set((n + MORE_ROWS).min(total))
                }));
            } else if n == all {
                crate::dom::mark("sift:list-complete");
            }
            move || drop(timer)
        });
    }
    if docs.is_empty() {
        return html! {
            <p class="empty-corpus" role="status">
                { "No documents are bundled in this build. Put .txt or .md files in seeds/ (or the folder named by SIFT_CORPUS) and build again." }
            </p>
        };
    }
    let wanted = needle.trim().to_lowercase();
    let mut listed: Vec<&CatalogEntry> = docs
        .iter()
        .filter(|d| wanted.is_empty() || d.title.to_lowercase().contains(&wanted))
        .collect();
    match *order {
        Order::Corpus => {}
        Order::Title => sift_engine::sort::by_cached_key(&mut listed, |d| d.title.to_lowercase()),
        // Undated documents last.
        Order::Newest => sift_engine::sort::by(&mut listed, |a, b| b.date.cmp(&a.date)),
        Order::Longest => sift_engine::sort::by_key(&mut listed, |d| std::cmp::Reverse(d.words)),
    }
    let on_needle = {
        let needle = needle.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            needle.set(input.value());
        })
    };
    let on_order = {
        let order = order.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            if let Some((o, _, _)) = Order::ALL.iter().find(|(_, v, _)| *v == value) {
                order.set(*o);
            }
        })
    };
    let filtered = listed.len() < docs.len();
    html! {
        <>
        if docs.len() > 1 {
            <div class="doc-tools">
                <label>
                    <span class="visually-hidden">{ "Filter documents by title" }</span>
                    <input type="search" value={(*needle).clone()} oninput={on_needle} placeholder="Filter by title…" />
                </label>
                <label>
                    <span class="visually-hidden">{ "Sort documents" }</span>
                    <select onchange={on_order}>
                        { for Order::ALL.iter().map(|(o, value, label)| html! {
                            <option value={*value} selected={*o == *order}>{ *label }</option>
                        }) }
                    </select>
                </label>
                if filtered {
                    <p class="note" role="status">{ format!("{} of {}", plural(listed.len(), "document", "documents"), docs.len()) }</p>
                }
            </div>
        }
        <ul class="doc-list" aria-busy={(*shown < docs.len()).then_some("true")}>
            { for listed.into_iter().take(*shown).map(|doc| {
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
                                { plural(doc.words, "word", "words") }
                            </span>
                        </Link>
                    </li>
                }
            }) }
        </ul>
        </>
    }
}
