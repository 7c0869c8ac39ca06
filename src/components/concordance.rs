//! The concordance (keyword in context): every match on its own line, sortable by the
//! word left or right of it.

use super::export::Export;
use super::Link;
use crate::corpus::CorpusRef;
use crate::route::{Route, Sort};
use crate::search::SearchView;
use sift_engine::export;
use sift_engine::highlight::{kwic, KwicLine};
use std::rc::Rc;
use yew::prelude::*;

/// Most lines shown.
pub const MAX_LINES: usize = 1_000;
/// Characters of context on each side.
const CONTEXT: usize = 60;

#[derive(Properties, PartialEq)]
pub struct ConcordanceProps {
    pub corpus: CorpusRef,
    pub search: Rc<SearchView>,
    pub route: Route,
    pub on_navigate: Callback<Route>,
}

struct Line {
    doc: usize,
    paragraph: usize,
    kwic: KwicLine,
}

fn lines(corpus: &CorpusRef, search: &SearchView, sort: Sort) -> (Vec<Line>, usize) {
    let mut out = Vec::new();
    for hit in &search.results.docs {
        // (a document whose text cannot be read has no lines; the Reader says why)
        let Ok(doc) = corpus.doc(hit.doc) else {
            continue;
        };
        let mut paragraphs: Vec<usize> = hit.passages.iter().map(|p| p.paragraph).collect();
        sift_engine::sort::by(&mut paragraphs, Ord::cmp);
        for paragraph in paragraphs {
            let text = &doc.paragraphs[paragraph];
            let spans = search.highlighter.spans(text);
            out.extend(kwic(text, &spans, CONTEXT).into_iter().map(|kwic| Line {
                doc: hit.doc,
                paragraph,
                kwic,
            }));
        }
    }
    let total = out.len();
    match sort {
        Sort::Rank => {}
        Sort::Left => sift_engine::sort::by(&mut out, |a, b| {
            a.kwic.left_word.cmp(&b.kwic.left_word).then(
                a.kwic
                    .keyword
                    .to_lowercase()
                    .cmp(&b.kwic.keyword.to_lowercase()),
            )
        }),
        Sort::Right => sift_engine::sort::by(&mut out, |a, b| {
            a.kwic.right_word.cmp(&b.kwic.right_word).then(
                a.kwic
                    .keyword
                    .to_lowercase()
                    .cmp(&b.kwic.keyword.to_lowercase()),
            )
        }),
    }
    out.truncate(MAX_LINES);
    (out, total)
}

#[function_component]
pub fn Concordance(props: &ConcordanceProps) -> Html {
    let sort = props.route.sort;
    let memo = {
        let corpus = props.corpus;
        use_memo((props.search.clone(), sort), move |(search, sort)| {
            lines(&corpus, search, *sort)
        })
    };
    let (lines, total) = (&memo.0, memo.1);
    // Every line, not only the first MAX_LINES, as `sift export --view concordance` writes it.
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
            let order = match route.sort {
                Sort::Rank => export::Order::Rank,
                Sort::Left => export::Order::Left,
                Sort::Right => export::Order::Right,
            };
            export::Table::Concordance(export::concordance(
                corpus,
                &search.results,
                &search.highlighter,
                order,
                &links,
            ))
        })
    };

    let sort_link = |s: Sort, label: &str| {
        let to = Route {
            sort: s,
            doc: None,
            paragraph: None,
            ..props.route.clone()
        };
        html! {
            <Link {to} on_navigate={props.on_navigate.clone()} class="sort-link" current={sort == s}>
                { label.to_string() }
            </Link>
        }
    };
    html! {
        <section class="concordance" aria-label="Concordance">
            <p class="sort-bar">
                { "Order: " }
                { sort_link(Sort::Rank, "by document") }
                { sort_link(Sort::Left, "by word before") }
                { sort_link(Sort::Right, "by word after") }
                if total > MAX_LINES {
                    <span class="note">{ format!(" · first {MAX_LINES} of {total} lines") }</span>
                }
            </p>
            if total > 0 {
                <Export name="concordance" {table} noun={("line", "lines")} />
            }
            <table class="kwic">
                <thead class="visually-hidden">
                    <tr><th scope="col">{ "Before" }</th><th scope="col">{ "Match" }</th><th scope="col">{ "After" }</th><th scope="col">{ "Document" }</th></tr>
                </thead>
                <tbody>
                    { for lines.iter().map(|line| {
                        let doc = &props.corpus.catalog()[line.doc];
                        let to = props.route.with_doc(Some(&doc.id), Some(line.paragraph + 1));
                        html! {
                            <tr>
                                <td class="kwic-left">{ &line.kwic.left }</td>
                                <td class="kwic-key">
                                    <Link {to} on_navigate={props.on_navigate.clone()}>
                                        <mark>{ &line.kwic.keyword }</mark>
                                    </Link>
                                </td>
                                <td class="kwic-right">{ &line.kwic.right }</td>
                                <td class="kwic-doc">{ format!("{} ¶{}", doc.id, line.paragraph + 1) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
