//! The reading view: title, metadata, and paragraphs with stable anchors (`#p1`, `#p2`, …).
//! With a search, every match is marked and `n` / `p` (or the buttons) step through them.

use super::header::plural;
use super::marked::{layered, Wrap};
use super::Link;
use crate::corpus::{DocAnalysisRef, DocRef};
use crate::route::{kind_param, Route};
use crate::search::SearchView;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub doc: DocRef,
    /// The document's entities and quotes.
    pub analysis: DocAnalysisRef,
    /// The route that shows this document (its search is kept in links).
    #[prop_or_default]
    pub route: Route,
    /// The search whose matches are marked.
    #[prop_or_default]
    pub search: Option<Rc<SearchView>>,
    pub on_navigate: Callback<Route>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let doc = props.doc.clone();
    let paragraph = props.route.paragraph;
    // Matches per paragraph, and the number of the first match of each.
    let marks: Rc<Vec<(usize, Vec<Range<usize>>)>> = {
        let search = props.search.clone();
        use_memo((doc.clone(), search), |(doc, search)| {
            let mut next = 0;
            doc.paragraphs
                .iter()
                .map(|text| {
                    let spans = search
                        .as_ref()
                        .map(|s| s.highlighter.spans(text))
                        .unwrap_or_default();
                    let first = next;
                    next += spans.len();
                    (first, spans)
                })
                .collect::<Vec<_>>()
        })
    };
    let total: usize = marks.iter().map(|m| m.1.len()).sum();
    // Quotations of this document, per paragraph, with their speakers.
    let quotes: Rc<Vec<Vec<Span>>> = use_memo((doc.clone(), props.analysis), |(doc, analysis)| {
        let analysis = analysis.0;
        let mut per: Vec<Vec<Span>> = vec![Vec::new(); doc.paragraphs.len()];
        for e in &analysis.entities {
            for m in &e.mentions {
                if let Some(p) = per.get_mut(m.paragraph) {
                    p.push((
                        m.start..m.end,
                        Wrap::Entity {
                            kind: kind_param(e.kind),
                            name: e.name.clone(),
                        },
                    ));
                }
            }
        }
        for q in &analysis.quotes {
            if let Some(p) = per.get_mut(q.paragraph) {
                let speaker = q.speaker.as_ref().map(|s| {
                    s.entity
                        .and_then(|i| analysis.entities.get(i))
                        .map_or_else(|| s.name.clone(), |e| e.name.clone())
                });
                p.push((q.start..q.end, Wrap::Quote { speaker }));
            }
        }
        per
    });
    let first_in_target = paragraph
        .and_then(|p| marks.get(p.wrapping_sub(1)))
        .filter(|m| !m.1.is_empty())
        .map(|m| m.0);
    let current = use_state(|| None::<usize>);
    {
        // A new document, paragraph or search: start at the target paragraph's first match.
        let current = current.clone();
        let target = paragraph.filter(|&p| p <= doc.paragraphs.len());
        use_effect_with(
            (doc.clone(), target, props.search.clone()),
            move |(_, target, _)| {
                current.set(first_in_target);
                match target {
                    Some(p) => crate::dom::reveal(&format!("p{p}")),
                    None => {
                        crate::dom::scroll_to_top();
                        crate::dom::focus("doc-title");
                    }
                }
            },
        );
    }
    let step = {
        let current = current.clone();
        Callback::from(move |delta: isize| {
            if total == 0 {
                return;
            }
            let next = match *current {
                None if delta > 0 => 0,
                None => total - 1,
                Some(c) => (c as isize + delta).rem_euclid(total as isize) as usize,
            };
            current.set(Some(next));
            crate::dom::reveal(&format!("hit-{next}"));
        })
    };
    {
        // Keyboard: n / p (or j / k) step through the matches, unless typing somewhere.
        let step = step.clone();
        use_effect_with(total, move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                    let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(e) else {
                        return;
                    };
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || crate::dom::typing_in_field(e)
                    {
                        return;
                    }
                    match e.key().as_str() {
                        "n" | "j" => step.emit(1),
                        "p" | "k" | "N" => step.emit(-1),
                        _ => {}
                    }
                });
            move || drop(listener)
        });
    }
    let route_to = |paragraph: Option<usize>| props.route.with_doc(Some(&doc.id), paragraph);
    let back = Route {
        doc: None,
        paragraph: None,
        ..props.route.clone()
    };
    let searching = props.search.is_some();
    // Activating a mention (click, or Enter on a focused one) selects its entity.
    let select = {
        let route = props.route.clone();
        let on_navigate = props.on_navigate.clone();
        move |target: Option<web_sys::EventTarget>| {
            let el =
                target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
            let Some(el) = el.and_then(|e| e.closest("[data-entity]").ok().flatten()) else {
                return false;
            };
            let (Some(name), Some(kind)) = (
                el.get_attribute("data-entity"),
                el.get_attribute("data-kind"),
            ) else {
                return false;
            };
            let Some(kind) = crate::route::param_kind(&kind) else {
                return false;
            };
            let mut next = Route {
                doc: None,
                paragraph: None,
                view: crate::route::View::Results,
                ..route.clone()
            };
            if !next.entities.iter().any(|(k, n)| *k == kind && *n == name) {
                next.entities.push((kind, name));
            }
            on_navigate.emit(next);
            true
        }
    };
    let onclick = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| {
            if select(e.target()) {
                e.prevent_default();
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && select(e.target()) {
            e.prevent_default();
        }
    });
    html! {
        <article class="reader" aria-labelledby="doc-title">
            <Link to={back} on_navigate={props.on_navigate.clone()} class={classes!("back-link", searching.then_some("always"))}>
                { if searching { "← Back to results" } else { "← All documents" } }
            </Link>
            <h2 id="doc-title" tabindex="-1">{ &doc.title }</h2>
            <p class="doc-meta">
                if let Some(date) = &doc.date { <time>{ date }</time>{ " · " } }
                if let Some(source) = &doc.source { <span>{ source }</span>{ " · " } }
                { plural(props.analysis.0.words, "word", "words") }
                { " · " }
                { plural(doc.paragraphs.len(), "paragraph", "paragraphs") }
                if let Some(url) = &doc.url {
                    { " · " }<a href={url.clone()} rel="noopener noreferrer">{ "original" }</a>
                }
            </p>
            if searching {
                <div class="hit-nav" role="group" aria-label="Matches in this document">
                    <button type="button" onclick={{ let s = step.clone(); Callback::from(move |_| s.emit(-1)) }} disabled={total == 0} aria-keyshortcuts="p">
                        { "↑ Previous" }
                    </button>
                    <span class="hit-count" aria-live="polite">
                        { match *current {
                            _ if total == 0 => "No matches in this document".to_string(),
                            Some(c) => format!("Match {} of {}", c + 1, total),
                            None => plural(total, "match", "matches"),
                        } }
                    </span>
                    <button type="button" onclick={{ let s = step.clone(); Callback::from(move |_| s.emit(1)) }} disabled={total == 0} aria-keyshortcuts="n">
                        { "Next ↓" }
                    </button>
                </div>
            }
            if doc.paragraphs.is_empty() {
                <p class="notice">{ "This document has no text." }</p>
            }
            if let Some(p) = paragraph.filter(|&p| p > doc.paragraphs.len()) {
                <p class="link-notice" role="status">
                    { format!("This document has no paragraph {p} (it has {}); showing its start.", doc.paragraphs.len()) }
                </p>
            }
            <div class="doc-body" {onclick} {onkeydown}>
                { for doc.paragraphs.iter().enumerate().map(|(i, text)| {
                    let n = i + 1;
                    let is_target = paragraph == Some(n);
                    let (first, spans) = &marks[i];
                    html! {
                        <p id={format!("p{n}")} class={classes!("para", is_target.then_some("current"))} tabindex="-1">
                            <Link
                                to={route_to(Some(n))}
                                on_navigate={props.on_navigate.clone()}
                                class="para-anchor"
                                label={AttrValue::from(format!("Link to paragraph {n}"))}
                            >
                                { n }
                            </Link>
                            <span class="para-text">{ layered(text, &paragraph_spans(&quotes[i], spans, *first, *current)) }</span>
                        </p>
                    }
                }) }
            </div>
        </article>
    }
}

/// A span of a paragraph and what to wrap it in.
type Span = (Range<usize>, Wrap);

/// The spans to draw in one paragraph: its entity mentions and quotations, and its search
/// matches.
fn paragraph_spans(
    quotes: &[Span],
    matches: &[Range<usize>],
    first_hit: usize,
    current: Option<usize>,
) -> Vec<(Range<usize>, Wrap)> {
    let mut spans: Vec<(Range<usize>, Wrap)> = quotes.to_vec();
    spans.extend(matches.iter().enumerate().map(|(k, r)| {
        let hit = first_hit + k;
        (
            r.clone(),
            Wrap::Mark {
                hit: Some(hit),
                current: current == Some(hit),
            },
        )
    }));
    spans
}
