//! The JavaScript API, exercised in Node through wasm-bindgen-test
//! (`cargo test -p sift-wasm --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use sift_wasm::SiftIndex;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn doc(id: &str, title: Option<&str>, text: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"id".into(), &id.into()).unwrap();
    if let Some(t) = title {
        Reflect::set(&o, &"title".into(), &t.into()).unwrap();
    }
    Reflect::set(&o, &"text".into(), &text.into()).unwrap();
    o.into()
}

fn ids(index: &SiftIndex, q: &str) -> Vec<String> {
    index
        .search(q)
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn search_returns_ids_in_rank_order() {
    let docs = Array::new();
    docs.push(&doc(
        "a",
        Some("Notes"),
        "The Mahdi Army left.\n\nThe army of Iraq stayed.",
    ));
    docs.push(&doc(
        "b",
        None,
        "A ceasefire in Basra. The Mahdi Army and the Iraqi army.",
    ));
    docs.push(&doc("c", Some("Basra"), "Calm returned."));
    let index = SiftIndex::new(&docs).unwrap();
    assert_eq!(index.size(), 3);
    assert_eq!(ids(&index, "basra"), ["c", "b"]); // title boost
    assert_eq!(ids(&index, "\"mahdi army\""), ["a", "b"]);
    assert_eq!(ids(&index, "army -ceasefire"), ["a"]);
    assert_eq!(ids(&index, "calm OR ceasefire").len(), 2);
    assert_eq!(ids(&index, "ceas*"), ["b"]);
    assert_eq!(ids(&index, "ceas"), Vec::<String>::new()); // no implicit prefix
    assert!(index.index_bytes() > 0);
}

#[wasm_bindgen_test]
fn bad_documents_get_clear_errors() {
    let docs = Array::new();
    docs.push(&doc("a", None, "fine"));
    docs.push(&JsValue::from_f64(3.0));
    assert!(SiftIndex::new(&docs).is_err());
    let docs = Array::new();
    let o = Object::new();
    Reflect::set(&o, &"text".into(), &"no id".into()).unwrap();
    docs.push(&o);
    assert!(SiftIndex::new(&docs).is_err());
}
