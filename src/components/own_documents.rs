//! "Add documents" and "Your documents": a reader's own files, read in the import worker
//! ([`crate::importing`]) and kept on this device. Files come from the picker (several at
//! once, or a whole folder), from a drop anywhere on the page, or as pasted text; each
//! batch shows its progress and can be cancelled, and each file that could not be added says
//! why. Once a batch is stored the page reloads to open the corpus with it (after the reader
//! has read the messages, if there are any).

use super::header::{plural, thousands};
use super::Link;
use crate::importing::{files, ImportWorker, Message, OwnDocument};
use crate::route::Route;
use crate::shell::megabytes;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The reader's documents as the app opened them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Own {
    pub documents: Vec<OwnDocument>,
    /// Bytes stored on this device.
    pub used: u64,
    /// Why the stored corpus was not opened (it was built on another version of the bundled
    /// corpus, or could not be read): the documents are analysed again.
    pub stale: Option<String>,
}

/// What the files a reader can add are, and how much.
const LIMITS: &str = "Text (.txt, .md), web pages (.html), Word (.docx), PDF with a text layer, and Sift collections (.sift). Up to 50 MB per file and 50 MB in all. They stay on this device: nothing is uploaded.";
/// "Your documents" is unfolded at first up to this many.
const OPEN_UP_TO: usize = 20;
const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,.docx,.pdf,.sift,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[derive(Properties, PartialEq)]
pub struct OwnDocumentsProps {
    pub own: Rc<Own>,
    /// The bundled artifact, which the importer reads the bundled documents from.
    pub artifact: AttrValue,
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// Opens one of the documents (within the current search).
    pub on_navigate: Callback<Route>,
    /// Goes to a view ("Only these": the search `in:mine`).
    pub on_view: Callback<Route>,
}

fn reload() {
    let _ = gloo::utils::window().location().reload();
}

#[function_component]
pub fn OwnDocuments(props: &OwnDocumentsProps) -> Html {
    let open = use_state(|| false);
    // What the worker said last (or what it was asked, until it answers).
    let said = use_state(|| None::<Message>);
    let worker: Rc<RefCell<Option<ImportWorker>>> = use_mut_ref(|| None);
    let text = use_state(String::new);
    // Ask the worker (started on first use), showing `asked` until it answers.
    let ask = {
        let (worker, said) = (worker.clone(), said.clone());
        let artifact = props.artifact.clone();
        Rc::new(move |asked: Message, f: &dyn Fn(&ImportWorker)| {
            let mut slot = worker.borrow_mut();
            if slot.is_none() {
                let heard = said.clone();
                let on = Callback::from(move |m: Message| match m {
                    Message::Done {
                        ref results,
                        changed: true,
                    } if results.iter().all(|r| r.ok && r.notices.is_empty()) => reload(),
                    Message::Exported(bytes) => {
                        crate::dom::download(
                            "sift-collection.sift",
                            "application/octet-stream",
                            &bytes,
                        );
                        heard.set(None)
                    }
                    Message::Cancelled => heard.set(None),
                    m => heard.set(Some(m)),
                });
                match ImportWorker::start(&artifact, on) {
                    Ok(w) => *slot = Some(w),
                    Err(why) => return said.set(Some(Message::Failed(why))),
                }
            }
            said.set(Some(asked));
            if let Some(w) = slot.as_ref() {
                f(w);
            }
        })
    };
    let add = {
        let (ask, open) = (ask.clone(), open.clone());
        Rc::new(move |files: Vec<web_sys::File>, text: Option<String>| {
            let total = files.len() + usize::from(text.is_some());
            if total > 0 {
                open.set(true);
                let texts: Vec<(String, String)> =
                    text.iter().map(|t| (String::new(), t.clone())).collect();
                ask(
                    Message::Progress {
                        done: 0,
                        total,
                        name: String::new(),
                    },
                    &|w| w.add(files.clone(), &texts),
                );
            }
        })
    };
    // A stored corpus built on another bundled corpus: analyse the documents again.
    {
        let ask = ask.clone();
        use_effect_with(props.own.stale.is_some(), move |&stale| {
            if stale {
                ask(Message::Building(0), &|w| w.rebuild());
            }
        });
    }
    // Files dropped anywhere on the page (the page is outlined while they are over it).
    {
        let add = add.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let root = document.document_element();
            let mark = move |on: bool| {
                if let Some(root) = &root {
                    let _ = root.toggle_attribute_with_force("data-dropping", on);
                }
            };
            let transfer = |e: &Event| {
                e.dyn_ref::<web_sys::DragEvent>()
                    .and_then(|e| e.data_transfer())
            };
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listeners = ["dragover", "dragleave", "drop"].map(|name| {
                let (add, mark) = (add.clone(), mark.clone());
                gloo::events::EventListener::new_with_options(&document, name, options, move |e| {
                    let Some(t) = transfer(e).filter(|t| t.types().includes(&"Files".into(), 0))
                    else {
                        return;
                    };
                    match name {
                        "dragover" => {
                            e.prevent_default();
                            mark(true);
                        }
                        // Left the window (not one element for another).
                        "dragleave" => mark(
                            e.dyn_ref::<web_sys::DragEvent>()
                                .is_some_and(|e| e.related_target().is_some()),
                        ),
                        _ => {
                            e.prevent_default();
                            mark(false);
                            add(files(t.files()), None);
                        }
                    }
                })
            });
            move || drop(listeners)
        });
    }
    let on_files = {
        let add = add.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let picked = files(input.files());
            // The same files can be picked again.
            input.set_value("");
            add(picked, None);
        })
    };
    let on_paste = {
        let (add, text) = (add.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            add(Vec::new(), Some((*text).clone()));
            text.set(String::new());
        })
    };
    let worker_does = |f: fn(&ImportWorker)| {
        let worker = worker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = worker.borrow().as_ref() {
                f(w);
            }
        })
    };
    let remove = |ids: Option<Vec<String>>| {
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| {
            let question = match &ids {
                Some(_) => "Remove this document from this device?",
                None => "Remove all your documents from this device?",
            };
            if gloo::utils::window()
                .confirm_with_message(question)
                .unwrap_or(false)
            {
                ask(Message::Building(0), &|w| w.remove(ids.as_deref()));
            }
        })
    };
    let export = {
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| ask(Message::Building(0), &|w| w.export()))
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let busy = matches!(*said, Some(Message::Progress { .. } | Message::Building(_)));
    let status = match &*said {
        Some(Message::Progress { done, total, name }) => html! {
            <div class="import-progress">
                <p>{ format!("Reading {} of {}{}{name}", (*done + 1).min(*total), plural(*total, "file", "files"), if name.is_empty() { "" } else { ": " }) }</p>
                <progress max={total.to_string()} value={done.to_string()} />
                <button type="button" onclick={worker_does(ImportWorker::cancel)}>{ "Cancel" }</button>
                <p class="note">{ "Cancelling adds none of this batch." }</p>
            </div>
        },
        Some(Message::Building(n)) => html! {
            <div class="import-progress">
                <p>{ if *n > 0 { format!("Analysing {}…", plural(*n, "document", "documents")) } else { "Working on your documents…".to_string() } }</p>
                <progress />
            </div>
        },
        Some(Message::Done { results, changed }) => {
            let added = results.iter().filter(|r| r.ok).count();
            let refused = results.len() - added;
            html! {
                <div class="import-results">
                    <p><strong>{ if *changed { format!("Added {}.", plural(added, "document", "documents")) } else { "Nothing was added.".to_string() } }</strong>
                        if refused > 0 { { format!(" {} could not be added:", plural(refused, "file", "files")) } }</p>
                    <ul class="import-messages">
                        { for results.iter().filter(|r| !r.ok || !r.notices.is_empty()).map(|r| html! {
                            <li class={classes!((!r.ok).then_some("refused"))}>
                                if r.ok { { format!("{}: {}", r.name, r.notices.join("; ")) } } else { { &r.message } }
                            </li>
                        }) }
                    </ul>
                    if *changed {
                        <button type="button" onclick={Callback::from(|_| reload())}>{ "Open them" }</button>
                    }
                </div>
            }
        }
        Some(Message::Failed(why)) => {
            html! { <p class="import-failed" role="alert">{ format!("Not added: {why}.") }</p> }
        }
        _ => html! {},
    };
    let own = &props.own;
    html! {
        <section class="own" aria-label="Your documents">
            <button type="button" class="add-docs" aria-expanded={open.to_string()} onclick={toggle}>{ "Add documents" }</button>
            if *open || said.is_some() {
                <div class="add-panel">
                    if *open {
                        <p class="note">{ LIMITS }</p>
                        <div class="pickers">
                            <label class="button">{ "Choose files" }
                                <input type="file" multiple=true accept={ACCEPT} onchange={on_files.clone()} disabled={busy} />
                            </label>
                            <label class="button">{ "Choose a folder" }
                                <input type="file" webkitdirectory=true onchange={on_files} disabled={busy} />
                            </label>
                        </div>
                        <p class="note">{ "…or drop files anywhere on this page." }</p>
                        <form class="paste" onsubmit={on_paste}>
                            <label>{ "Or paste text" }
                                <textarea rows="4" value={(*text).clone()} oninput={{ let text = text.clone(); Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())) }} />
                            </label>
                            <button type="submit" disabled={busy || text.trim().is_empty()}>{ "Add text" }</button>
                        </form>
                    }
                    <div role="status" aria-live="polite">{ status }</div>
                </div>
            }
            if let Some(why) = &own.stale {
                <p class="note">{ why }</p>
            }
            if !own.documents.is_empty() {
                // A long list folds, so the bundled documents stay in reach.
                <details class="own-documents" open={own.documents.len() <= OPEN_UP_TO}>
                <summary><h2 id="own-heading">{ format!("Your documents ({})", thousands(own.documents.len())) }</h2></summary>
                <p class="note">{ format!("Stored on this device only: {} (their text, and the whole corpus analysed with them).", megabytes(own.used as usize)) }</p>
                <ul class="doc-list own-list">
                    { for own.documents.iter().map(|d| {
                        let current = props.selected.as_deref() == Some(d.id.as_str());
                        let to = Route::default().with_doc(Some(&d.id), None);
                        html! {
                            <li key={d.id.clone()}>
                                <Link {to} on_navigate={props.on_navigate.clone()} class="doc-link" {current}>
                                    <span class="doc-title">{ &d.title }</span>
                                    <span class="doc-meta">
                                        { if d.file.is_empty() { "pasted text".to_string() } else { d.file.clone() } }
                                        { " · " }{ megabytes(d.size as usize) }
                                    </span>
                                </Link>
                                <button type="button" class="remove" aria-label={format!("Remove {}", d.title)} title="Remove from this device" onclick={remove(Some(vec![d.id.clone()]))} disabled={busy}>{ "✕" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <div class="own-tools">
                    <Link to={Route { q: format!("in:{}", sift_engine::filter::MINE), ..Route::default() }} on_navigate={props.on_view.reform(|to| { crate::dom::scroll_to_top(); to })} class="button">{ "Only these" }</Link>
                    <button type="button" onclick={export} disabled={busy}>{ "Export collection" }</button>
                    <button type="button" onclick={remove(None)} disabled={busy}>{ "Remove all" }</button>
                </div>
                </details>
            }
        </section>
    }
}
