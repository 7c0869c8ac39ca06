//! The quotes view: every quotation as a `<blockquote>` captioned with its speaker and
//! document; a speaker list to filter by; term quotes hidden unless asked for.

use super::header::{plural, thousands};
use super::marked::marked;
use super::Link;
use crate::analysis::Analysis;
use crate::corpus::CorpusRef;
use crate::route::Route;
use crate::search::SearchView;
use sift_engine::filter::{quote_by, quote_involves};
use sift_engine::quotes::QuoteKind;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Quotes listed at first, and added by each "Show more".
pub const QUOTES_PAGE: usize = 100;
/// Speakers listed (the most quoted; a selected one is always listed).
pub const MAX_SPEAKERS: usize = 40;

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

#[function_component]
pub fn QuotesView(props: &QuotesProps) -> Html {
    let route = &props.route;
    let limit = use_state(|| QUOTES_PAGE);
    // Speakers and their counts, over the quotes the other filters leave.
    let mut speakers: BTreeMap<String, usize> = BTreeMap::new();
    let mut shown = Vec::new();
    let mut terms_hidden = 0;
    let speaker_filter = route.speaker.clone().or_else(|| {
        props.search.as_ref().and_then(|s| {
            s.query
                .filters
                .iter()
                .find(|f| f.field == sift_engine::query::Field::Speaker && !f.negated)
                .map(|f| f.value.clone())
        })
    });
    let keyword = props.search.as_ref().filter(|s| s.query.expr.is_some());
    for (d, a) in props.analysis.docs.iter().enumerate() {
        for q in &a.quotes {
            if q.kind == QuoteKind::Term && !route.terms {
                terms_hidden += 1;
                continue;
            }
            if !route.entities.is_empty() && !quote_involves(q, &a.entities, &route.entities) {
                continue;
            }
            let spans = keyword
                .map(|s| s.highlighter.spans(&q.text))
                .unwrap_or_default();
            if keyword.is_some() && spans.is_empty() {
                continue;
            }
            let name = q
                .speaker
                .as_ref()
                .map_or("(unattributed)".to_string(), |s| {
                    s.entity
                        .and_then(|i| a.entities.get(i))
                        .map_or_else(|| s.name.clone(), |e| e.name.clone())
                });
            *speakers.entry(name.clone()).or_default() += 1;
            if let Some(wanted) = &speaker_filter {
                if !quote_by(q, &a.entities, wanted) {
                    continue;
                }
            }
            shown.push((d, q, name, spans));
        }
    }
    let mut speakers: Vec<(String, usize)> = speakers.into_iter().collect();
    speakers.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total = shown.len();
    let more_speakers = speakers.len().saturating_sub(MAX_SPEAKERS);
    let mut listed: Vec<&(String, usize)> = speakers.iter().take(MAX_SPEAKERS).collect();
    if let Some(s) = speakers
        .iter()
        .skip(MAX_SPEAKERS)
        .find(|(name, _)| speaker_filter.as_deref() == Some(name.as_str()))
    {
        listed.push(s);
    }
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + QUOTES_PAGE))
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
    html! {
        <section class="quotes-view" aria-label="Quotations">
            <div class="quote-tools">
                <p class="summary" role="status">
                    <strong>{ plural(total, "quotation", "quotations") }</strong>
                    if let Some(s) = &speaker_filter { { format!(" by {s}") } }
                    if terms_hidden > 0 {
                        { format!(" · {} quoted terms hidden", terms_hidden) }
                    }
                </p>
                <Link to={with(&|r| r.terms = !r.terms)} on_navigate={props.on_navigate.clone()} class="toggle">
                    { if route.terms { "Hide quoted terms" } else { "Show quoted terms" } }
                </Link>
            </div>
            <nav class="speakers" aria-label="Speakers">
                <h3>{ "Speakers" }</h3>
                <ul>
                    if speaker_filter.is_some() {
                        <li><Link to={with(&|r| r.speaker = None)} on_navigate={props.on_navigate.clone()} class="chip">
                            { "All speakers ✕" }
                        </Link></li>
                    }
                    { for listed.into_iter().map(|(name, n)| {
                        let selected = speaker_filter.as_deref() == Some(name.as_str());
                        let to = with(&|r| r.speaker = Some(name.clone()));
                        html! {
                            <li>
                                <Link {to} on_navigate={props.on_navigate.clone()} class="speaker" current={selected}>
                                    { name.clone() }<span class="count">{ n }</span>
                                </Link>
                            </li>
                        }
                    }) }
                </ul>
                if more_speakers > 0 {
                    <p class="note">{ format!("and {more_speakers} more: type speaker:name in the search box") }</p>
                }
            </nav>
            if total == 0 {
                <p class="notice">{ "No quotation matches. Remove a filter, or show quoted terms." }</p>
            }
            <ol class="quote-list">
                { for shown.iter().take(*limit).map(|(d, q, name, spans)| {
                    let doc = &props.corpus.documents[*d];
                    let to = route.with_doc(Some(&doc.id), Some(q.paragraph + 1));
                    html! {
                        <li>
                            <figure class={classes!("quote", (q.kind == QuoteKind::Term).then_some("term"))}>
                                <blockquote>{ marked(&q.text, spans, None) }</blockquote>
                                <figcaption>
                                    { "— " }<span class="speaker-name">{ name.clone() }</span>
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
