//! The app: reads the route from the URL, runs the search, and lays out header, document
//! list and the main view (reader, results, concordance or welcome).

use crate::components::search_box::SEARCH_INPUT_ID;
use crate::components::{
    Concordance, CopyLink, DocList, EntitiesView, Link, OverviewView, OwnDocuments, QuotesView,
    Reader, Results, SearchBox, SearchStatus, SelectionChips, SiteHeader,
};
use crate::corpus::{CorpusRef, DocAnalysisRef};
use crate::route::{Route, View};
use crate::search::{Request, SearchView};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The corpus to show (the bundled one in the real app).
    pub corpus: CorpusRef,
}

/// A search's answer, with the request it answers.
type Answer = Option<(Request, Option<Rc<SearchView>>)>;

/// Run `request` where the index is; its answer goes into `answered`.
fn ask(corpus: CorpusRef, request: Request, answered: UseStateHandle<Answer>) {
    crate::dom::set_busy(true);
    let asked = request.clone();
    corpus.searcher().run(
        request,
        Callback::from(move |s| answered.set(Some((asked.clone(), s)))),
    );
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus;
    let route = use_state(Route::current);
    // What the address asked for that could not be shown, said once, until dismissed.
    let problems = use_state(Route::problems);
    // Index, entities and quotes come with the corpus (computed at build time).
    let words = *use_memo(corpus, |c| crate::corpus::total_words(&c.0.catalog));
    let analysis = corpus.analysis().clone();
    // The query, then the selected entities (chips and person:/place:/org:/date:/entity:
    // filters), run where the index is (the search worker); the last answer is shown
    // until the next one arrives.
    let request = Request {
        q: route.q.clone(),
        chips: route.entities.clone(),
    };
    // The request each shown outcome answers.
    let answered = use_state(|| Answer::None);
    {
        // A new request from the route (typing, a chip, a link, back and forward).
        let answered = answered.clone();
        use_effect_with(request.clone(), move |request| {
            if answered.as_ref().map(|(r, _)| r) != Some(request) {
                ask(corpus, request.clone(), answered);
            }
        });
    }
    let search = answered.as_ref().and_then(|(_, s)| s.clone());
    // After the DOM shows a search's outcome (results or none): the keystroke timing mark,
    // and `<main aria-busy>` off unless a newer search is under way.
    {
        let shown = answered.as_ref().map(|(r, _)| r.clone());
        let settled = shown.as_ref() == Some(&request);
        use_effect_with(shown, move |_| {
            crate::dom::mark("sift:results-rendered");
            crate::dom::set_busy(!settled);
        });
    }
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
    use_effect_with((), |_| {
        // `/` anywhere focuses the search box.
        let listener = gloo::events::EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            gloo::events::EventListenerOptions::enable_prevent_default(),
            |e| {
                let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(e) else {
                    return;
                };
                if e.key() == "/" && !crate::dom::typing_in_field(e) {
                    e.prevent_default();
                    crate::dom::focus(SEARCH_INPUT_ID);
                }
            },
        );
        move || drop(listener)
    });
    let on_navigate = {
        let route = route.clone();
        use_callback((), move |next: Route, _| {
            next.push();
            route.set(next);
        })
    };
    // The document list opens documents within the current search. Its callback reads the
    // route at click time, so the list (hundreds of links) is not re-rendered per keystroke.
    let current = use_mut_ref(Route::default);
    *current.borrow_mut() = (*route).clone();
    let open_from_list = {
        let route = route.clone();
        let current = current.clone();
        use_callback((), move |to: Route, _| {
            let next = current.borrow().with_doc(to.doc.as_deref(), to.paragraph);
            next.push();
            route.set(next);
        })
    };
    // Typing: the route (and with it the search box's value) follows every keystroke at
    // once, so an answer arriving between two keystrokes never rewrites what is typed; the
    // request effect then asks for the search.
    let on_search = {
        let route = route.clone();
        let current = current.clone();
        Callback::from(move |q: String| {
            let before = current.borrow().clone();
            let next = Route {
                q,
                doc: None,
                paragraph: None,
                ..before.clone()
            };
            // The first keystroke of a search is a step back can return from; the rest
            // of the typing replaces it.
            if before.q.is_empty() || before.doc.is_some() {
                next.push();
            } else {
                next.replace();
            }
            *current.borrow_mut() = next.clone();
            crate::dom::set_busy(true);
            route.set(next);
        })
    };

    // The first render draws the page around the view (header, list of documents); the
    // view (a corpus's quotations or entities, say) follows after a paint, so the two
    // never add up to one long task.
    let drawn = use_state(|| false);
    {
        let drawn = drawn.clone();
        use_effect_with((), move |_| {
            let timer = gloo::timers::callback::Timeout::new(0, move || drawn.set(true));
            move || drop(timer)
        });
    }
    // The Entities view's table, over the documents the query's `year:` and `in:mine`
    // filters keep.
    let kept = sift_engine::filter::DocFilter::of(&sift_engine::query::parse(&route.q, false));
    let entity_rows = use_memo((corpus, kept), |(c, kept)| c.entity_rows_kept(kept));
    let entity_rows: std::rc::Rc<Vec<_>> = (*entity_rows).clone();
    // The document the route names: its position, and the document opened or why it
    // cannot be read.
    let found = route
        .doc
        .as_deref()
        .and_then(|id| corpus.position(id))
        .map(|i| (i, corpus.doc(i)));
    let doc = found.as_ref().and_then(|(_, d)| d.as_ref().ok().cloned());
    let unreadable = found.as_ref().and_then(|(_, d)| d.as_ref().err().cloned());
    let tab = |view: View, label: &str| {
        let to = Route {
            view,
            doc: None,
            paragraph: None,
            ..(*route).clone()
        };
        html! {
            <Link {to} on_navigate={on_navigate.clone()} class="tab" current={route.view == view}>
                { label.to_string() }
            </Link>
        }
    };
    let tabs = html! {
        <nav class="tabs" aria-label="Views">
            { tab(View::Results, if search.is_some() { "Documents" } else { "Start" }) }
            if search.is_some() { { tab(View::Concordance, "Concordance") } }
            { tab(View::Entities, "Entities") }
            { tab(View::Quotes, "Quotes") }
            { tab(View::Overview, "Overview") }
        </nav>
    };
    let reading = doc.is_some();
    let main = match (&route.doc, doc, &search, route.view) {
        _ if !*drawn => html! { <p class="boot" role="status">{ "Opening…" }</p> },
        (_, Some(doc), _, _) => html! {
            <Reader {doc} analysis={DocAnalysisRef(&corpus.0.analysis.docs[found.as_ref().map_or(0, |f| f.0)])} route={(*route).clone()} search={search.clone()} on_navigate={on_navigate.clone()} />
        },
        (Some(_), None, _, _) if unreadable.is_some() => html! {
            <div class="link-notice" role="alert">
                <p>{ format!("This document cannot be shown: {}.", unreadable.as_deref().unwrap_or_default()) }</p>
            </div>
        },
        (_, None, _, View::Entities) => html! {
            <>
                <h2 class="visually-hidden">{ "Entities" }</h2>
                { tabs }
                <SelectionChips route={(*route).clone()} on_navigate={on_navigate.clone()} />
                <EntitiesView rows={entity_rows.clone()} catalog={corpus.0.catalog.clone()} route={(*route).clone()} on_navigate={on_navigate.clone()} />
            </>
        },
        (_, None, _, View::Overview) => html! {
            <>
                <h2 class="visually-hidden">{ "Overview" }</h2>
                { tabs }
                <SelectionChips route={(*route).clone()} on_navigate={on_navigate.clone()} />
                <OverviewView {corpus} analysis={analysis.clone()} route={(*route).clone()} search={search.clone()} on_navigate={on_navigate.clone()} />
            </>
        },
        (_, None, _, View::Quotes) => html! {
            <>
                <h2 class="visually-hidden">{ "Quotations" }</h2>
                { tabs }
                <SelectionChips route={(*route).clone()} on_navigate={on_navigate.clone()} />
                <QuotesView {corpus} {analysis} route={(*route).clone()} search={search.clone()} on_navigate={on_navigate.clone()} />
            </>
        },
        (_, None, Some(s), _) => html! {
            <>
                <h2 class="visually-hidden">{ "Search results" }</h2>
                <SelectionChips route={(*route).clone()} on_navigate={on_navigate.clone()} />
                <SearchStatus search={s.clone()} />
                if !s.results.docs.is_empty() {
                    { tabs }
                    if route.view == View::Concordance {
                        <Concordance {corpus} search={s.clone()} route={(*route).clone()} on_navigate={on_navigate.clone()} />
                    } else {
                        <Results {corpus} search={s.clone()} route={(*route).clone()} on_navigate={on_navigate.clone()} />
                    }
                }
            </>
        },
        (_, None, None, _) => html! {
            <>
                { tabs }
                <div class="welcome">
                    <h2>{ "Welcome" }</h2>
                    <p>{ "Choose a document from the list to read it, or search: results appear as you type." }</p>
                    <ul class="tips">
                        <li><kbd>{ "/" }</kbd>{ " search · " }<kbd>{ "Esc" }</kbd>{ " clear" }</li>
                        <li>{ "words must all match · \"exact phrase\" · -exclude · basra OR baghdad · cease*" }</li>
                        <li><kbd>{ "n" }</kbd>{ " / " }<kbd>{ "p" }</kbd>{ " next and previous match while reading" }</li>
                        <li>{ "Quotes: every quotation with its speaker, filterable by speaker and keyword" }</li>
                    </ul>
                </div>
            </>
        },
    };
    let searching = search.is_some() && !reading;
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <SiteHeader
                corpus_name={corpus.0.name.clone()}
                documents={corpus.len()}
                {words}
            >
                <SearchBox value={route.q.clone()} on_input={on_search} />
                <CopyLink />
            </SiteHeader>
            <div class={classes!("layout", reading.then_some("is-reading"), searching.then_some("is-searching"))}>
                <nav class="doc-nav" aria-labelledby="docs-heading">
                    <OwnDocuments
                        own={corpus.0.own.clone()}
                        artifact={crate::corpus::ARTIFACT}
                        selected={route.doc.clone().map(AttrValue::from)}
                        on_navigate={open_from_list.clone()}
                        on_view={on_navigate.clone()}
                    />
                    <h2 id="docs-heading">{ "Documents" }</h2>
                    <DocList
                        entries={corpus.0.bundled.clone()}
                        selected={route.doc.clone().map(AttrValue::from)}
                        on_navigate={open_from_list}
                    />
                </nav>
                <main id="main" tabindex="-1">
                    if !problems.is_empty() {
                        <div class="link-notice" role="alert">
                            { for problems.iter().map(|p| html! { <p>{ p }</p> }) }
                            <button type="button" onclick={{
                                let problems = problems.clone();
                                Callback::from(move |_| problems.set(Vec::new()))
                            }}>{ "Dismiss" }</button>
                        </div>
                    }
                    if let (Some(missing), None) = (&route.doc, &found) {
                        <div class="link-notice" role="status">
                            <p>{ format!("The document “{missing}” is not in this corpus. If it was added with “Add documents” on another device, this document is only on the device where it was added; otherwise it may have been removed or renamed.") }</p>
                        </div>
                    }
                    { main }
                </main>
            </div>
            <footer class="site-footer">
                <p>{ "Sift runs entirely in your browser: your documents never leave this device." }</p>
            </footer>
        </>
    }
}
