//! Search results: status line, then matching documents with their best passages marked.

use super::export::Export;
use super::header::plural;
use super::marked::marked;
use super::Link;
use crate::corpus::CorpusRef;
use crate::route::Route;
use crate::search::SearchView;
use sift_engine::export;
use sift_engine::filter::DocFilter;
use sift_engine::highlight::fragment;
use sift_engine::query::Field;
use std::rc::Rc;
use yew::prelude::*;

/// Passages shown per document in the result list.
pub const PASSAGES_PER_DOC: usize = 3;
/// Documents shown before "show more".
pub const DOCS_PER_PAGE: usize = 20;
/// Characters of a long passage shown around its first match.
const SNIPPET_CHARS: usize = 320;

#[derive(Properties, PartialEq)]
pub struct SearchStatusProps {
    pub search: Rc<SearchView>,
}

/// What the search found, or why it found nothing, and how it read the query.
#[function_component]
pub fn SearchStatus(props: &SearchStatusProps) -> Html {
    let s = &props.search;
    let r = &s.results;
    let docs = r.docs.len();
    html! {
        <div class="search-status" role="status" aria-live="polite">
            if docs > 0 {
                <p class="summary">
                    <strong>{ plural(docs, "document", "documents") }</strong>
                    // (documents listed by a year alone have no hits to count)
                    if r.total_hits > 0 || s.query.expr.is_some() {
                        { ", " }
                        { plural(r.total_hits as usize, "hit", "hits") }
                    }
                </p>
            }
            { for r.corrections.iter().map(|(typed, searched)| html! {
                <p class="correction">
                    { "Showing results for " }<strong>{ format!("“{searched}”") }</strong>
                    { format!(": nothing matches “{typed}”.") }
                </p>
            }) }
            { for s.query.notes.iter().map(|n| html! { <p class="note">{ n }</p> }) }
            if docs == 0 && (s.query.expr.is_some() || s.q.is_empty() || !DocFilter::of(&s.query).is_empty()) {
                <div class="no-results">
                    <p><strong>{ if s.q.is_empty() { "No document mentions all the selected entities.".to_string() } else { format!("No document matches “{}”.", s.q.trim()) } }</strong></p>
                    if !r.unknown.is_empty() {
                        <p>{ format!("Not in any document: {}.", r.unknown.join(", ")) }</p>
                    }
                    <p>{ "Try fewer words, OR between alternatives (basra OR baghdad), or a prefix such as cease*." }</p>
                </div>
            }
            if s.query.filters.iter().any(|f| f.field == Field::Speaker || (f.field == Field::In && !f.value.trim().eq_ignore_ascii_case(sift_engine::filter::MINE))) {
                <p class="note">{ "speaker: and in:quotes apply in the Quotes view." }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub corpus: CorpusRef,
    pub search: Rc<SearchView>,
    pub route: Route,
    pub on_navigate: Callback<Route>,
}

/// Matching documents, best first, each with its best passages.
#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let shown = use_state(|| DOCS_PER_PAGE);
    {
        let shown = shown.clone();
        use_effect_with(props.search.q.clone(), move |_| shown.set(DOCS_PER_PAGE));
    }
    let s = &props.search;
    let docs = &s.results.docs;
    let more = docs.len().saturating_sub(*shown);
    // Every matching passage, as `sift export --view results` writes it.
    let table = {
        let corpus = props.corpus;
        let search = props.search.clone();
        let route = props.route.clone();
        Callback::from(move |()| {
            let base = crate::dom::current_url();
            let links = export::Links {
                base: Some(&base),
                query: &route.q,
                entities: &route.entities,
            };
            export::Table::Results(export::results(
                corpus,
                &search.results,
                &search.highlighter,
                &links,
            ))
        })
    };
    html! {
        <section class="results" aria-label="Search results">
            <Export name="results" {table} noun={("passage", "passages")} />
            <ol class="result-list">
                { for docs.iter().take(*shown).map(|hit| {
                    let doc = &props.corpus.catalog()[hit.doc];
                    // the text of the passages shown, opened now
                    let text = props.corpus.doc(hit.doc);
                    let to_doc = props.route.with_doc(Some(&doc.id), None);
                    html! {
                        <li class="result" key={doc.id.clone()}>
                            <h3 class="result-title">
                                <Link to={to_doc} on_navigate={props.on_navigate.clone()}>
                                    { &doc.title }
                                </Link>
                            </h3>
                            <p class="result-meta">
                                { result_meta(doc.date.as_deref(), hit) }
                            </p>
                            if let Err(why) = &text {
                                <p class="notice">{ format!("Its text cannot be shown: {why}.") }</p>
                            }
                            <ul class="passages">
                                { for hit.passages.iter().take(PASSAGES_PER_DOC).filter_map(|p| {
                                    let text = text.as_ref().ok()?.paragraphs.get(p.paragraph)?;
                                    let spans = s.highlighter.spans(text);
                                    let window = fragment(text, &spans, SNIPPET_CHARS);
                                    let local: Vec<_> = spans
                                        .iter()
                                        .filter(|r| r.start >= window.start && r.end <= window.end)
                                        .map(|r| r.start - window.start..r.end - window.start)
                                        .collect();
                                    let to = props.route.with_doc(Some(&doc.id), Some(p.paragraph + 1));
                                    Some(html! {
                                        <li>
                                            <Link to={to} on_navigate={props.on_navigate.clone()} class="passage-link">
                                                <span class="para-number">{ format!("¶{}", p.paragraph + 1) }</span>
                                                if window.start > 0 { { "… " } }
                                                { marked(&text[window.clone()], &local, None) }
                                                if window.end < text.len() { { " …" } }
                                            </Link>
                                        </li>
                                    })
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
            if more > 0 {
                <button type="button" class="show-more" onclick={{
                    let shown = shown.clone();
                    Callback::from(move |_| shown.set(*shown + DOCS_PER_PAGE))
                }}>
                    { format!("Show {} more of {}", more.min(DOCS_PER_PAGE), plural(more, "document", "documents")) }
                </button>
            }
        </section>
    }
}

/// "2008-03-31 · 3 hits · title matches · 12 paragraphs": the document's date when it has
/// one, then what matched (nothing more for a document listed by a filter alone, such as
/// `year:` or `in:mine`).
fn result_meta(date: Option<&str>, hit: &sift_engine::search::DocHit) -> String {
    let mut parts: Vec<String> = date.map(str::to_string).into_iter().collect();
    if hit.hits > 0 || !hit.passages.is_empty() || hit.title_match {
        parts.push(plural(hit.hits as usize, "hit", "hits"));
    }
    if hit.title_match {
        parts.push("title matches".into());
    }
    if hit.passages.len() > PASSAGES_PER_DOC {
        parts.push(format!("{} paragraphs", hit.passages.len()));
    }
    parts.join(" · ")
}
