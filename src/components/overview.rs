//! The Overview tab: the documents in scope at a glance (`sift_engine::overview`): over
//! time, the most mentioned people, organizations and places, the most quoted speakers
//! and what appears with the selected entity. Each chart is a table (read by screen
//! readers, walked by keyboard) whose rows carry an inline SVG bar; every row is a link
//! that applies its filter, so the overview is a way into the other views.

use super::header::{plural, thousands};
use super::Link;
use crate::analysis::Analysis;
use crate::corpus::CorpusRef;
use crate::route::{Route, View};
use crate::search::SearchView;
use sift_engine::overview::{overview, Bar, Dated};
use std::rc::Rc;
use yew::prelude::*;

/// Rows per chart.
const TOP: usize = 8;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub corpus: CorpusRef,
    pub analysis: Rc<Analysis>,
    pub route: Route,
    /// The search in force: the overview covers the documents it leaves.
    #[prop_or_default]
    pub search: Option<Rc<SearchView>>,
    pub on_navigate: Callback<Route>,
}

/// One chart: a caption, then a row per bar (name as a link, bar, count).
fn chart(
    id: &str,
    title: &str,
    unit: (&str, &str),
    bars: &[Bar],
    link: &dyn Fn(&Bar) -> Option<Route>,
    on_navigate: &Callback<Route>,
) -> Html {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    html! {
        <figure class="chart" aria-labelledby={format!("{id}-title")}>
            <figcaption id={format!("{id}-title")}>{ title.to_string() }</figcaption>
            if bars.is_empty() {
                <p class="note">{ "None in these documents." }</p>
            } else {
                <table>
                    <thead class="visually-hidden">
                        <tr><th scope="col">{ "Name" }</th><th scope="col">{ "Bar" }</th><th scope="col">{ unit.1.to_string() }</th></tr>
                    </thead>
                    <tbody>
                        { for bars.iter().map(|b| {
                            let width = (b.count * 100 / max).max(1);
                            let name = match link(b) {
                                Some(to) => html! { <Link {to} on_navigate={on_navigate.clone()} class="chart-link">{ b.name.clone() }</Link> },
                                None => html! { { b.name.clone() } },
                            };
                            html! {
                                <tr>
                                    <th scope="row">{ name }</th>
                                    <td class="bar-cell">
                                        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                            <rect x="0" y="0" width={width.to_string()} height="10" />
                                        </svg>
                                    </td>
                                    <td class="num" title={plural(b.documents, "document", "documents")}>
                                        { thousands(b.count) }
                                        <span class="visually-hidden">{ format!(" {}", if b.count == 1 { unit.0 } else { unit.1 }) }</span>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </figure>
    }
}

#[function_component]
pub fn OverviewView(props: &OverviewProps) -> Html {
    let route = &props.route;
    let docs = &props.analysis.docs;
    let catalog = &props.corpus.0.catalog;
    let (selected, _) = route.selection(docs);
    let scope: Option<Vec<usize>> = props
        .search
        .as_ref()
        .map(|s| s.results.docs.iter().map(|d| d.doc).collect());
    let dates: Vec<Option<&str>> = catalog.iter().map(|c| c.date.as_deref()).collect();
    let o = overview(&dates, docs, scope.as_deref(), &selected, TOP);
    let base = Route {
        doc: None,
        paragraph: None,
        ..route.clone()
    };
    let select = |b: &Bar| {
        let kind = b.kind?;
        let mut to = Route {
            view: View::Results,
            ..base.clone()
        };
        if !to.entities.iter().any(|(k, n)| *k == kind && *n == b.name) {
            to.entities.push((kind, b.name.clone()));
        }
        Some(to)
    };
    let speaker = |b: &Bar| {
        Some(Route {
            view: View::Quotes,
            speaker: Some(b.name.clone()),
            ..base.clone()
        })
    };
    // A year selects the documents dated that year (`year:`), or, where documents have
    // no dates of their own, those that mention it (`date:`).
    let year = |b: &Bar| {
        let field = match o.dated {
            Dated::FrontMatter => "year",
            Dated::Mentions => "date",
        };
        Some(Route {
            view: View::Results,
            q: format!("{} {field}:{}", route.q, b.name).trim().to_string(),
            ..base.clone()
        })
    };
    let nav = &props.on_navigate;
    let over_time = match o.dated {
        Dated::FrontMatter => "Documents by year (their dates)",
        Dated::Mentions => "Documents by year (the year they mention most)",
    };
    html! {
        <section class="overview" aria-label="Overview">
            <p class="summary" role="status">
                <strong>{ plural(o.documents, "document", "documents") }</strong>
                if scope.is_some() { { " in this search" } }
                if o.years_left_out > 0 {
                    { format!(" · {} years with fewer documents not charted", thousands(o.years_left_out)) }
                }
            </p>
            <div class="charts">
                { chart("years", over_time, ("document", "documents"), &o.years, &year, nav) }
                { chart("people", "People (by documents)", ("document", "documents"), &o.people, &select, nav) }
                { chart("orgs", "Organizations (by documents)", ("document", "documents"), &o.organizations, &select, nav) }
                { chart("places", "Places (by documents)", ("document", "documents"), &o.places, &select, nav) }
                { chart("speakers", "Most quoted", ("quotation", "quotations"), &o.speakers, &speaker, nav) }
                if let Some((_, name)) = selected.first() {
                    { chart("with", &format!("Appears with {name} (shared paragraphs)"), ("paragraph", "paragraphs"), &o.appears_with, &select, nav) }
                }
            </div>
        </section>
    }
}
