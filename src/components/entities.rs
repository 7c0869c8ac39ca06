//! The entity panel: people, organizations, places and dates of the corpus, grouped by
//! kind, with mention counts and a filter box; activating one selects it.

use super::export::Export;
use super::header::{plural, thousands};
use super::Link;
use crate::analysis::EntityRow;
use crate::route::{kind_param, Route};
use sift_engine::artifact::CatalogEntry;
use sift_engine::entities::EntityKind;
use sift_engine::export::{self, Links, Table};
use std::rc::Rc;
use yew::prelude::*;

/// Entities listed per kind at first, and added by each "Show more".
const PER_KIND: usize = 20;
const MORE_PER_KIND: usize = 100;

/// Candidates named under an ambiguous name; the rest are counted.
pub const MAX_CANDIDATES: usize = 4;

#[derive(Properties, PartialEq)]
pub struct EntitiesProps {
    pub rows: Rc<Vec<EntityRow>>,
    /// The corpus's documents, for rows found in one document only.
    pub catalog: Rc<Vec<CatalogEntry>>,
    pub route: Route,
    pub on_navigate: Callback<Route>,
}

fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organizations",
        EntityKind::Place => "Places",
        EntityKind::Date => "Dates",
    }
}

#[function_component]
pub fn EntitiesView(props: &EntitiesProps) -> Html {
    let filter = use_state(String::new);
    // Rows listed per kind (people, organizations, places, dates).
    let limits = use_state(|| [PER_KIND; 4]);
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    let needle = filter.trim().to_lowercase();
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Date,
    ];
    // The table as the filter box leaves it, as `sift export --view entities` writes it.
    let table = {
        let rows = props.rows.clone();
        let route = props.route.clone();
        let filter = filter.clone();
        Callback::from(move |()| {
            let base = crate::dom::current_url();
            let links = Links {
                base: Some(&base),
                query: &route.q,
                entities: &route.entities,
            };
            Table::Entities(export::entities(&rows, &filter, &links))
        })
    };
    html! {
        <section class="entities-view" aria-label="Entities">
            <div class="entity-tools">
                <label class="entity-filter">
                    { "Filter entities " }
                    <input type="search" value={(*filter).clone()} {oninput} placeholder="a name…" />
                </label>
                if !props.rows.is_empty() {
                    <Export name="entities" {table} noun={("entity", "entities")} />
                }
            </div>
            if props.rows.is_empty() {
                <p class="notice">{ "No people, organizations, places or dates were found." }</p>
            }
            <div class="entity-groups">
                { for kinds.iter().enumerate().map(|(k, &kind)| {
                    let limit = limits[k];
                    let rows: Vec<&EntityRow> = props
                        .rows
                        .iter()
                        .filter(|r| r.kind == kind && (needle.is_empty() || r.name.to_lowercase().contains(&needle)))
                        .collect();
                    html! {
                        <section class={classes!("entity-group", kind_param(kind))} aria-label={kind_label(kind)}>
                            <h3>{ kind_label(kind) }<span class="count">{ format!(" {}", thousands(rows.len())) }</span></h3>
                            <ul>
                                { for rows.iter().take(limit).map(|r| {
                                    let selected = props.route.entities.iter().any(|(k, n)| *k == r.kind && *n == r.name);
                                    let mut to = Route { doc: None, paragraph: None, view: crate::route::View::Results, ..props.route.clone() };
                                    if !selected {
                                        to.entities.push((r.kind, r.name.clone()));
                                        // A bare name of one document only ("John" of one
                                        // story) opens that document, its mentions marked:
                                        // across the corpus it would stand for others too.
                                        let bare = !r.name.contains(' ');
                                        if let ([only], true) = (&r.docs[..], bare && props.catalog.len() > 1) {
                                            let only = *only;
                                            if let Some(doc) = props.catalog.get(only as usize) {
                                                to = to.with_doc(Some(&doc.id), None);
                                            }
                                        }
                                    }
                                    let docs = if r.documents == 1 { "1 document".to_string() } else { format!("{} documents", thousands(r.documents)) };
                                    let title = format!("{} mentions in {docs}", r.mentions);
                                    // A bare name the corpus could not tell apart: who it
                                    // could be, each a link that selects that one instead.
                                    let candidates = r.is_ambiguous().then(|| {
                                        // the most used first; a long list ends with how many more
                                        let shown = &r.candidates[..r.candidates.len().min(MAX_CANDIDATES)];
                                        let others = r.candidates.len() - shown.len();
                                        let last = if others > 0 { usize::MAX } else { shown.len().saturating_sub(1) };
                                        html! {
                                            <p class="candidates">
                                                { "could be " }
                                                { for shown.iter().enumerate().map(|(i, name)| {
                                                    let mut to = Route { doc: None, paragraph: None, view: crate::route::View::Results, ..props.route.clone() };
                                                    to.entities.retain(|(k, n)| !(*k == r.kind && *n == r.name));
                                                    if !to.entities.iter().any(|(k, n)| *k == r.kind && n == name) {
                                                        to.entities.push((r.kind, name.clone()));
                                                    }
                                                    let sep = match (i, last) {
                                                        (0, _) => "",
                                                        (i, l) if i == l => " or ",
                                                        _ => ", ",
                                                    };
                                                    html! {
                                                        <>
                                                            { sep }
                                                            <Link {to} on_navigate={props.on_navigate.clone()} class="candidate">{ name }</Link>
                                                        </>
                                                    }
                                                }) }
                                                if others > 0 {
                                                    { format!(" or {}", plural(others, "other", "others")) }
                                                }
                                            </p>
                                        }
                                    });
                                    html! {
                                        <li>
                                            <Link {to} on_navigate={props.on_navigate.clone()} class={classes!("entity", kind_param(kind))} current={selected}>
                                                <span class="name">
                                                    { &r.name }
                                                    if r.is_ambiguous() { <span class="ambiguous">{ " (which?)" }</span> }
                                                </span>
                                                <span class="count" {title}>
                                                    { r.mentions }
                                                    <span class="docs">{ if r.documents == 1 { " · 1 doc".to_string() } else { format!(" · {} docs", thousands(r.documents)) } }</span>
                                                </span>
                                            </Link>
                                            { for candidates }
                                        </li>
                                    }
                                }) }
                            </ul>
                            if rows.len() > limit {
                                <p class="note">
                                    { format!("{} of {} · ", thousands(limit), thousands(rows.len())) }
                                    <button type="button" class="show-more" onclick={{
                                        let limits = limits.clone();
                                        Callback::from(move |_| {
                                            let mut next = *limits;
                                            next[k] += MORE_PER_KIND;
                                            limits.set(next);
                                        })
                                    }}>{ format!("show {} more", MORE_PER_KIND.min(rows.len() - limit)) }</button>
                                </p>
                            }
                        </section>
                    }
                }) }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChipsProps {
    pub route: Route,
    pub on_navigate: Callback<Route>,
}

/// The selected entities and speaker, each removable.
#[function_component]
pub fn SelectionChips(props: &ChipsProps) -> Html {
    let route = &props.route;
    if route.entities.is_empty() && route.speaker.is_none() {
        return html! {};
    }
    html! {
        <ul class="chips" aria-label="Selected filters">
            { for route.entities.iter().enumerate().map(|(i, (kind, name))| {
                let mut to = route.clone();
                to.entities.remove(i);
                html! {
                    <li>
                        <Link {to} on_navigate={props.on_navigate.clone()} class={classes!("chip", kind_param(*kind))} label={AttrValue::from(format!("Remove {}: {name}", kind_param(*kind)))}>
                            { format!("{}: {name} ✕", kind_param(*kind)) }
                        </Link>
                    </li>
                }
            }) }
            if let Some(s) = &route.speaker {
                <li>
                    <Link to={Route { speaker: None, ..route.clone() }} on_navigate={props.on_navigate.clone()} class="chip" label={AttrValue::from(format!("Remove speaker: {s}"))}>
                        { format!("speaker: {s} ✕") }
                    </Link>
                </li>
            }
        </ul>
    }
}
