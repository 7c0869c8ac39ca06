//! The quotes view: every quotation as a `<blockquote>` captioned with its speaker and
//! document, listed first; beside it (on a phone, folded above it) the speakers, most
//! quoted first, with a filter box; term quotes hidden unless asked for; export.
//!
//! Which quotations are listed is the engine's rule (`export::QuoteFilter`), so the view,
//! its export and `sift export --view quotes` list the same ones.

use super::export::Export;
use super::grow::use_growing;
use super::header::{plural, thousands};
use super::marked::marked;
use super::Link;
use crate::analysis::Analysis;
use crate::corpus::CorpusRef;
use crate::route::Route;
use crate::search::SearchView;
use sift_engine::entities::Entity;
use sift_engine::export::{self, Links, QuoteFilter, Table};
use sift_engine::filter::{exclusions, quote_by, DocFilter};
use sift_engine::quotes::{Quote, QuoteKind};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Quotes listed at first, and added by each "Show more" (a screenful or two: more would
/// make the click that opens the view a long task on a large corpus).
pub const QUOTES_PAGE: usize = 40;
/// Speakers listed at first (the most quoted; a selected one is always listed).
pub const MAX_SPEAKERS: usize = 20;
/// Speakers added after each paint once "Show all" is asked for.
const SPEAKERS_STEP: usize = 150;

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub corpus: CorpusRef,
    pub analysis: Rc<Analysis>,
    pub route: Route,
    /// The keyword search: only quotes whose text matches it are listed.
    #[prop_or_default]
    pub search: Option<Rc<SearchView>>,
    pub on_navigate: Callback<Route>,
}

/// The name a quotation is listed under: its speaker's entity, else the phrase found.
fn speaker_name<'a>(q: &'a Quote, entities: &'a [Entity]) -> &'a str {
    q.speaker.as_ref().map_or("(unattributed)", |s| {
        s.entity
            .and_then(|i| entities.get(i))
            .map_or(s.name.as_str(), |e| e.name.as_str())
    })
}

#[function_component]
pub fn QuotesView(props: &QuotesProps) -> Html {
    let route = &props.route;
    let limit = use_state(|| QUOTES_PAGE);
    let needle = use_state(String::new);
    let (speakers_shown, show_speakers) = use_growing(MAX_SPEAKERS, SPEAKERS_STEP);
    let docs = &props.analysis.docs;
    // The typed query's speaker: and entity filters apply as the route's do.
    let (selected, speaker) = route.selection(docs);
    let keyword = props.search.as_ref().and_then(|s| s.keyword());
    // and its `year:` and `in:mine` filters keep the documents they name
    let typed = sift_engine::query::parse(&route.q, false);
    let kept = DocFilter::of(&typed);
    let left_out = exclusions(&typed);
    let filter = QuoteFilter {
        keyword,
        entities: &selected,
        speaker: None,
        terms: route.terms,
        documents: Some(&kept),
        left_out: &left_out,
    };
    let facts = &props.corpus.0.facts;
    // Speakers and their counts over the quotes the other filters leave; then the speaker.
    let mut speakers: HashMap<&str, usize> = HashMap::new();
    let mut shown = Vec::new();
    let mut terms_hidden = 0;
    for (d, a) in docs.iter().enumerate() {
        if !filter.keeps_document(facts.get(d).copied().unwrap_or_default(), &a.entities) {
            continue;
        }
        for q in &a.quotes {
            if q.kind == QuoteKind::Term && !route.terms {
                terms_hidden += 1;
                continue;
            }
            if !filter.keeps(q, &a.entities) {
                continue;
            }
            let name = speaker_name(q, &a.entities);
            *speakers.entry(name).or_default() += 1;
            if speaker.as_ref().is_none_or(|s| quote_by(q, &a.entities, s)) {
                shown.push((d, q, name));
            }
        }
    }
    let mut speakers: Vec<(&str, usize)> = speakers.into_iter().collect();
    sift_engine::sort::by(&mut speakers, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let total = shown.len();
    let wanted = needle.trim().to_lowercase();
    let matching: Vec<&(&str, usize)> = speakers
        .iter()
        .filter(|(name, _)| wanted.is_empty() || name.to_lowercase().contains(&wanted))
        .collect();
    let mut listed: Vec<&(&str, usize)> = matching.iter().take(speakers_shown).copied().collect();
    if let Some(s) = matching
        .iter()
        .skip(speakers_shown)
        .find(|(name, _)| speaker.as_deref() == Some(*name))
    {
        listed.push(s);
    }
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + QUOTES_PAGE))
    };
    let on_needle = {
        let needle = needle.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            needle.set(input.value());
        })
    };
    let with = |f: &dyn Fn(&mut Route)| {
        let mut r = Route {
            doc: None,
            paragraph: None,
            ..route.clone()
        };
        f(&mut r);
        r
    };
    // Every listed quotation, as `sift export --view quotes` writes it.
    let table = {
        let corpus = props.corpus;
        let analysis = props.analysis.clone();
        let search = props.search.clone();
        let route = route.clone();
        Callback::from(move |()| {
            let (selected, speaker) = route.selection(&analysis.docs);
            let keyword = search.as_ref().and_then(|s| s.keyword());
            let base = crate::dom::current_url();
            let links = Links {
                base: Some(&base),
                query: &route.q,
                entities: &route.entities,
            };
            let typed = sift_engine::query::parse(&route.q, false);
            let kept = DocFilter::of(&typed);
            let left_out = exclusions(&typed);
            let filter = QuoteFilter {
                keyword,
                entities: &selected,
                speaker: speaker.as_deref(),
                terms: route.terms,
                documents: Some(&kept),
                left_out: &left_out,
            };
            Table::Quotes(export::quotes(
                corpus.catalog(),
                &corpus.0.facts,
                &analysis.docs,
                &filter,
                &links,
            ))
        })
    };
    let open_speakers = crate::dom::wide();
    html! {
        <section class="quotes-view" aria-label="Quotations">
            <div class="quote-tools">
                <p class="summary" role="status">
                    <strong>{ plural(total, "quotation", "quotations") }</strong>
                    if let Some(s) = &speaker { { format!(" by {s}") } }
                    if terms_hidden > 0 {
                        { format!(" · {} quoted terms hidden", thousands(terms_hidden)) }
                    }
                </p>
                <Link to={with(&|r| r.terms = !r.terms)} on_navigate={props.on_navigate.clone()} class="toggle">
                    { if route.terms { "Hide quoted terms" } else { "Show quoted terms" } }
                </Link>
                if total > 0 {
                    <Export name="quotes" {table} noun={("quotation", "quotations")} />
                }
            </div>
            <details class="speakers" open={open_speakers}>
                <summary>
                    <h3>{ "Speakers" }</h3>
                    <span class="count">{ format!(" {}", thousands(speakers.len())) }</span>
                </summary>
                <label class="speaker-filter">
                    <span class="visually-hidden">{ "Filter speakers" }</span>
                    <input type="search" value={(*needle).clone()} oninput={on_needle} placeholder="Filter speakers…" />
                </label>
                <ul>
                    if speaker.is_some() {
                        <li><Link to={with(&|r| r.speaker = None)} on_navigate={props.on_navigate.clone()} class="chip">
                            { "All speakers ✕" }
                        </Link></li>
                    }
                    { for listed.into_iter().map(|(name, n)| {
                        let selected = speaker.as_deref() == Some(*name);
                        let to = with(&|r| r.speaker = Some(name.to_string()));
                        html! {
                            <li>
                                <Link {to} on_navigate={props.on_navigate.clone()} class="speaker" current={selected}>
                                    { *name }<span class="count">{ n }</span>
                                </Link>
                            </li>
                        }
                    }) }
                </ul>
                <p class="note">
                    { format!("{} of {}", thousands(speakers_shown.min(matching.len())), plural(matching.len(), "speaker", "speakers")) }
                    if matching.len() > speakers_shown {
                        { " · " }
                        <button type="button" class="show-more" onclick={
                            let n = matching.len();
                            show_speakers.reform(move |_: MouseEvent| n)
                        }>{ "Show all" }</button>
                    }
                </p>
            </details>
            if total == 0 {
                <p class="notice">{ "No quotation matches. Remove a filter, or show quoted terms." }</p>
            }
            <ol class="quote-list">
                { for shown.iter().take(*limit).map(|(d, q, name)| {
                    let doc = &props.corpus.catalog()[*d];
                    let to = route.with_doc(Some(&doc.id), Some(q.paragraph + 1));
                    let spans = keyword.map(|h| h.spans(&q.text)).unwrap_or_default();
                    html! {
                        <li>
                            <figure class={classes!("quote", (q.kind == QuoteKind::Term).then_some("term"))}>
                                <blockquote>{ marked(&q.text, &spans, None) }</blockquote>
                                <figcaption>
                                    { "— " }<span class="speaker-name">{ *name }</span>
                                    if let Some(cue) = &q.cue { <span class="cue">{ format!(" ({cue})") }</span> }
                                    { ", " }
                                    <Link {to} on_navigate={props.on_navigate.clone()} class="quote-source">
                                        { format!("{} ¶{}", doc.title, q.paragraph + 1) }
                                    </Link>
                                </figcaption>
                            </figure>
                        </li>
                    }
                }) }
            </ol>
            if total > *limit {
                <p class="note">
                    { format!("Showing {} of {}: narrow by speaker or keyword, or ", thousands(*limit), thousands(total)) }
                    <button type="button" class="show-more" onclick={show_more}>{ format!("show {} more", QUOTES_PAGE.min(total - *limit)) }</button>
                </p>
            }
        </section>
    }
}
