//! Component tests: real components rendered in headless Chromium.
//!
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p sift-app --target wasm32-unknown-unknown`
#![cfg(target_arch = "wasm32")]

use sift_app::app::{App, AppProps};
use sift_app::components::doc_list::{DocList, DocListProps};
use sift_app::components::reader::{Reader, ReaderProps};
use sift_app::corpus::{CorpusRef, DocAnalysisRef, Loaded};
use sift_app::route::Route;
use sift_app::search::SearchView;
use sift_app::searcher::Searcher;
use sift_engine::artifact::Artifact;
use sift_engine::corpus::Corpus;
use std::rc::Rc;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

/// A corpus analysed as build.rs analyses one (through the artifact's bytes).
fn corpus(files: &[(&'static str, &'static str)]) -> CorpusRef {
    let files = files.iter().map(|(n, t)| (*n, t.as_bytes()));
    let bytes = Artifact::build(Corpus::from_files("test", files).0).encode();
    Loaded::from_artifact(Artifact::decode(&bytes).unwrap()).leak()
}

/// `q` searched on this thread, as the search worker would.
fn searched(c: CorpusRef, q: &str) -> Rc<SearchView> {
    let Searcher::Here(side) = c.searcher() else {
        panic!("a test corpus is searched here")
    };
    let request = sift_app::search::Request {
        q: q.to_string(),
        chips: vec![],
    };
    Rc::new(request.run(side).expect("a query"))
}

fn mount() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Let Yew's scheduler run the pending renders and effects.
async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn doc_list_shows_titles_dates_and_word_counts() {
    let corpus = corpus(&[
        (
            "b.md",
            "---\ntitle: Second\ndate: 2008-03-31\n---\nTwo words.",
        ),
        ("a.txt", "First document here. It has eight words."),
    ]);
    let root = mount();
    let props = DocListProps {
        entries: corpus.0.catalog.clone(),
        selected: Some("b".into()),
        on_navigate: Callback::noop(),
        grow: true,
    };
    yew::Renderer::<DocList>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(
        texts(&root, ".doc-title"),
        ["First document here.", "Second"]
    );
    assert_eq!(
        texts(&root, ".doc-meta"),
        ["7 words", "2008-03-31 · 2 words"]
    );
    assert_eq!(texts(&root, "a[aria-current=page] .doc-title"), ["Second"]);
    let hrefs: Vec<_> = {
        let links = root.query_selector_all("a").unwrap();
        (0..links.length())
            .map(|i| {
                let el: web_sys::Element =
                    wasm_bindgen::JsCast::unchecked_into(links.item(i).unwrap());
                el.get_attribute("href").unwrap()
            })
            .collect()
    };
    assert_eq!(hrefs, ["?doc=a", "?doc=b"]);
}

#[wasm_bindgen_test]
async fn empty_corpus_says_so() {
    let root = mount();
    let props = DocListProps {
        entries: corpus(&[]).0.catalog.clone(),
        selected: None,
        on_navigate: Callback::noop(),
        grow: true,
    };
    yew::Renderer::<DocList>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("No documents are bundled"), "{text}");
}

#[wasm_bindgen_test]
async fn reader_numbers_paragraphs_with_stable_anchors() {
    let c = corpus(&[("d.txt", "Alpha para.\nBeta para.\nGamma para.")]);
    let root = mount();
    let props = ReaderProps {
        doc: c.doc(0).unwrap(),
        analysis: DocAnalysisRef(&c.0.analysis.docs[0]),
        route: Route {
            doc: Some("d".into()),
            paragraph: Some(2),
            ..Route::default()
        },
        search: None,
        on_navigate: Callback::noop(),
    };
    yew::Renderer::<Reader>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(texts(&root, "#doc-title"), ["Alpha para."]);
    assert_eq!(
        texts(&root, ".para .para-text"),
        ["Alpha para.", "Beta para.", "Gamma para."]
    );
    assert_eq!(texts(&root, "#p2.current .para-text"), ["Beta para."]);
    let anchor = root.query_selector("#p3 a.para-anchor").unwrap().unwrap();
    assert_eq!(anchor.get_attribute("href").unwrap(), "?doc=d#p3");
}

#[wasm_bindgen_test]
async fn app_shows_the_bundled_corpus() {
    let root = mount();
    let props = AppProps {
        // the artifact build.rs wrote for this build
        corpus: Loaded::from_artifact(
            Artifact::decode(include_bytes!(concat!(env!("OUT_DIR"), "/corpus.sift"))).unwrap(),
        )
        .leak(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let count = texts(&root, ".doc-count");
    assert_eq!(count, ["1 document"]);
    let titles = texts(&root, ".doc-title");
    assert!(
        titles[0].starts_with("Relative calm returned"),
        "{titles:?}"
    );
}

#[wasm_bindgen_test]
async fn reader_marks_every_match_and_numbers_hits() {
    let c = corpus(&[(
        "d.txt",
        "Sadr spoke.\nAl-Sadr's men and Sadr City.\nNothing here.",
    )]);
    let search = searched(c, "sadr");
    let root = mount();
    let props = ReaderProps {
        doc: c.doc(0).unwrap(),
        analysis: DocAnalysisRef(&c.0.analysis.docs[0]),
        route: Route {
            q: "sadr".into(),
            doc: Some("d".into()),
            ..Route::default()
        },
        search: Some(search),
        on_navigate: Callback::noop(),
    };
    yew::Renderer::<Reader>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(texts(&root, "mark"), ["Sadr", "Sadr", "Sadr"]);
    assert_eq!(texts(&root, "#p2 mark#hit-2"), ["Sadr"]);
    assert_eq!(texts(&root, ".hit-count"), ["3 matches"]);
    // links keep the search
    let anchor = root.query_selector("#p3 a.para-anchor").unwrap().unwrap();
    assert_eq!(anchor.get_attribute("href").unwrap(), "?q=sadr&doc=d#p3");
}

#[wasm_bindgen_test]
async fn results_show_documents_counts_and_marked_passages() {
    use sift_app::components::results::{Results, ResultsProps};
    let c = corpus(&[
        (
            "a.txt",
            "The ceasefire held.\nA second ceasefire and a third ceasefire.",
        ),
        ("b.txt", "No match here."),
        ("c.md", "# Ceasefire talks\n\nTalks went on."),
    ]);
    let search = searched(c, "ceasefire");
    let root = mount();
    let props = ResultsProps {
        corpus: c,
        search,
        route: Route {
            q: "ceasefire".into(),
            ..Route::default()
        },
        on_navigate: Callback::noop(),
    };
    yew::Renderer::<Results>::with_root_and_props(root.clone(), props).render();
    settle().await;
    // a title match ranks first
    assert_eq!(
        texts(&root, ".result-title"),
        ["Ceasefire talks", "The ceasefire held."]
    );
    assert_eq!(
        texts(&root, ".result-meta"),
        ["0 hits · title matches", "3 hits"]
    );
    assert_eq!(texts(&root, ".passage-link mark").len(), 3);
    let links = root.query_selector_all(".passage-link").unwrap();
    let mut hrefs: Vec<String> = (0..links.length())
        .map(|i| {
            let el: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(links.item(i).unwrap());
            el.get_attribute("href").unwrap()
        })
        .collect();
    hrefs.sort();
    assert_eq!(hrefs, ["?q=ceasefire&doc=a#p1", "?q=ceasefire&doc=a#p2"]);
}

/// `n` files of one generated text each, kept for the test's life.
fn generated(n: usize, text: impl Fn(usize) -> String) -> Vec<(&'static str, &'static str)> {
    (0..n)
        .map(|i| {
            let name: &'static str = Box::leak(format!("doc{i:03}.txt").into_boxed_str());
            let body: &'static str = Box::leak(text(i).into_boxed_str());
            (name, body)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_long_document_list_is_drawn_in_steps_to_the_end() {
    let corpus = corpus(&generated(260, |i| {
        format!("Report {i}\n\nThe council met on Monday.")
    }));
    let root = mount();
    let props = DocListProps {
        entries: corpus.0.catalog.clone(),
        selected: None,
        on_navigate: Callback::noop(),
        grow: true,
    };
    yew::Renderer::<DocList>::with_root_and_props(root.clone(), props).render();
    yew::platform::time::sleep(std::time::Duration::from_millis(1)).await;
    let first = texts(&root, ".doc-title").len();
    assert!((1..260).contains(&first), "{first} rows at first");
    for _ in 0..50 {
        if texts(&root, ".doc-title").len() == 260 {
            break;
        }
        settle().await;
    }
    let titles = texts(&root, ".doc-title");
    assert_eq!(titles.len(), 260);
    assert_eq!(titles[0], "Report 0");
    assert_eq!(titles[259], "Report 259");
    assert!(root.query_selector("[aria-busy]").unwrap().is_none());

    // While the corpus is still loading, the list stays at its first screenful.
    let root = mount();
    let props = DocListProps {
        entries: corpus.0.catalog.clone(),
        selected: None,
        on_navigate: Callback::noop(),
        grow: false,
    };
    yew::Renderer::<DocList>::with_root_and_props(root.clone(), props).render();
    for _ in 0..10 {
        settle().await;
    }
    assert_eq!(
        texts(&root, ".doc-title").len(),
        sift_app::components::doc_list::FIRST_ROWS
    );
}

#[wasm_bindgen_test]
async fn the_quotes_view_lists_a_page_of_quotes_and_the_most_quoted_speakers() {
    use sift_app::components::quotes::{QuotesProps, QuotesView, MAX_SPEAKERS, QUOTES_PAGE};
    const FIRST: [&str; 9] = [
        "Maria", "John", "Sarah", "David", "Laura", "Peter", "Anna", "James", "Helen",
    ];
    const LAST: [&str; 5] = ["Lopez", "Smith", "Brown", "Walker", "Turner"];
    // 130 quotations by 45 speakers, the first speakers quoted most.
    let corpus = corpus(&generated(1, |_| {
        (0..130)
            .map(|i| {
                let k = if i < 90 { i % 45 } else { i % 10 };
                format!(
                    "“The plan number {i} will work,” said {} {}, a council member.",
                    FIRST[k % 9],
                    LAST[k / 9]
                )
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }));
    let quotes: usize = corpus.analysis().docs.iter().map(|a| a.quotes.len()).sum();
    assert_eq!(quotes, 130, "the extractor finds every quotation");
    let root = mount();
    let props = QuotesProps {
        corpus,
        analysis: corpus.analysis().clone(),
        route: Route::default(),
        search: None,
        on_navigate: Callback::noop(),
    };
    yew::Renderer::<QuotesView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(texts(&root, ".quote-list li").len(), QUOTES_PAGE);
    let speakers = texts(&root, ".speakers .speaker");
    assert_eq!(speakers.len(), MAX_SPEAKERS);
    let more = texts(&root, ".speakers .note");
    assert_eq!(more.len(), 1);
    assert!(
        more[0].starts_with(&format!("{MAX_SPEAKERS} of 45 speakers")),
        "{more:?}"
    );
    // "Show all" lists the others (in steps after paints; these are one step)
    let all: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(
        root.query_selector(".speakers .show-more")
            .unwrap()
            .expect("a show-all button"),
    );
    all.click();
    settle().await;
    settle().await;
    assert_eq!(texts(&root, ".speakers .speaker").len(), 45);
    // "show N more" until all 130 are listed, the last time the few that are left
    let more = || -> Option<web_sys::HtmlElement> {
        root.query_selector(".quote-list + .note button")
            .unwrap()
            .map(wasm_bindgen::JsCast::unchecked_into)
    };
    let mut shown = QUOTES_PAGE;
    while let Some(button) = more() {
        let step = QUOTES_PAGE.min(130 - shown);
        assert_eq!(button.text_content().unwrap(), format!("show {step} more"));
        button.click();
        settle().await;
        shown += step;
        assert_eq!(texts(&root, ".quote-list li").len(), shown);
    }
    assert_eq!(shown, 130);
    assert!(root
        .query_selector(".quote-list + .note")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn an_ambiguous_name_lists_who_it_could_be_each_a_link_that_selects_that_one() {
    use sift_app::components::entities::{EntitiesProps, EntitiesView};
    use sift_engine::entities::EntityKind;
    let kennedys = corpus(&[
        ("a.txt", "John F. Kennedy spoke in Dallas on Monday."),
        ("b.txt", "Robert F. Kennedy spoke in Boston on Tuesday."),
        ("c.txt", "Kennedy said no to the plan."),
    ]);
    let navigated = Rc::new(std::cell::RefCell::new(Vec::<Route>::new()));
    let on_navigate = {
        let navigated = navigated.clone();
        Callback::from(move |r: Route| navigated.borrow_mut().push(r))
    };
    let root = mount();
    let props = EntitiesProps {
        rows: kennedys.entity_rows(),
        catalog: kennedys.0.catalog.clone(),
        route: Route::default(),
        on_navigate,
    };
    yew::Renderer::<EntitiesView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(
        texts(&root, ".entity-group.person .candidates"),
        ["could be John F. Kennedy or Robert F. Kennedy"]
    );
    // the rows that are one person have no such line
    assert_eq!(texts(&root, ".entity-group.person .entity").len(), 3);
    let second: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(
        root.query_selector_all(".candidates a")
            .unwrap()
            .get(1)
            .unwrap(),
    );
    second.click();
    let to = navigated
        .borrow()
        .last()
        .cloned()
        .expect("a click navigates");
    assert_eq!(
        to.entities,
        [(EntityKind::Person, "Robert F. Kennedy".to_string())]
    );
    assert_eq!(second.get_attribute("href").unwrap(), to.href());

    // a long list names the most used and counts the others
    let martins = corpus(&[
        ("a.txt", "Jack Martin spoke in Dallas."),
        ("b.txt", "Kay Martin spoke in Boston."),
        ("c.txt", "David Martin spoke in Denver."),
        ("d.txt", "Louis Martin spoke in Austin."),
        ("e.txt", "Paul Martin spoke in Miami."),
        ("f.txt", "Martin said no to the plan."),
    ]);
    let root = mount();
    let props = EntitiesProps {
        rows: martins.entity_rows(),
        catalog: martins.0.catalog.clone(),
        route: Route::default(),
        on_navigate: Callback::noop(),
    };
    yew::Renderer::<EntitiesView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let line = texts(&root, ".candidates");
    assert_eq!(line.len(), 1, "{line:?}");
    assert!(
        line[0].starts_with("could be ") && line[0].ends_with(" Martin or 1 other"),
        "{line:?}"
    );
    assert_eq!(
        root.query_selector_all(".candidates a").unwrap().length(),
        4
    );
}
