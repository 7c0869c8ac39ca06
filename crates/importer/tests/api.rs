//! The JavaScript API, `Importer`, exercised in Node through wasm-bindgen-test
//! (`cargo test -p sift-importer --target wasm32-unknown-unknown`): files of every kind
//! added to a bundled corpus as a worker adds them, PDF pages in pdf.js's own shape, bad
//! inputs answered with their message, and the artifact built, the same as the engine
//! builds natively for those documents.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use js_sys::{Array, Object, Reflect, JSON};
use sift_engine::artifact::Artifact;
use sift_importer::js::{artifact_name, Importer};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap()
}

fn string(o: &JsValue, key: &str) -> String {
    get(o, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} of {o:?}"))
}

/// An answer that says ok: its id, title and notices.
fn ok(answer: Object) -> (String, String, Vec<String>) {
    let answer = JsValue::from(answer);
    assert_eq!(
        get(&answer, "ok"),
        JsValue::TRUE,
        "{}",
        string(&answer, "message")
    );
    let notices = get(&answer, "notices")
        .dyn_into::<Array>()
        .unwrap()
        .iter()
        .map(|n| n.as_string().unwrap())
        .collect();
    (string(&answer, "id"), string(&answer, "title"), notices)
}

/// An answer that says not ok: its message.
fn refused(answer: Object) -> String {
    let answer = JsValue::from(answer);
    assert_eq!(get(&answer, "ok"), JsValue::FALSE);
    assert!(get(&answer, "id").is_undefined());
    string(&answer, "message")
}

fn pdf_js(json: &str) -> JsValue {
    JSON::parse(&pdf_js_json(&pages(json))).unwrap()
}

#[wasm_bindgen_test]
fn files_of_every_kind_make_the_artifact_the_engine_builds() {
    let mut importer = Importer::new(&bundled_bytes()).unwrap();
    assert_eq!(
        (importer.name().as_str(), importer.bundled()),
        ("Bundled", 3)
    );

    let (id, title, notices) = ok(importer.add("notes.txt", NOTES));
    assert_eq!((id.as_str(), title.as_str()), ("notes", "Harbour notes"));
    assert!(notices.is_empty());
    assert_eq!(ok(importer.add("cafe.txt", LATIN1)).2, [LATIN1_NOTICE]);
    let (id, title, _) = ok(importer.add("ferry-strike.html", FERRY));
    assert_eq!(
        (id.as_str(), title.as_str()),
        ("ferry-strike", "Harbour ferry strike ends after nine days")
    );
    assert_eq!(ok(importer.add("memo.docx", &docx())).1, "Harbour memo");
    let (id, title, notices) = ok(importer.add_pdf("basra.pdf", &pdf_js(BASRA_PDF)));
    assert_eq!(
        (id.as_str(), title.as_str()),
        ("basra-2", "Fighting in Basra")
    );
    assert_eq!(
        notices,
        ["another document has the id \"basra\": this one's is \"basra-2\""]
    );
    assert_eq!(
        ok(importer.add_text(PASTED_TITLE, PASTED)).0,
        "harbour-talks"
    );
    let (id, title, _) = ok(importer.add_text("", "A passing thought. It went."));
    assert_eq!(
        (id.as_str(), title.as_str()),
        ("a-passing-thought", "A passing thought.")
    );
    assert!(importer.remove(&id));
    assert!(!importer.remove(&id));
    assert!(!importer.remove("basra"), "a bundled document stays");

    let added: Vec<(String, String)> = importer
        .added()
        .iter()
        .map(|d| (string(&d, "id"), string(&d, "title")))
        .collect();
    let want_added = expected_added();
    let want_list: Vec<(String, String)> = want_added
        .iter()
        .map(|d| (d.id.clone(), d.title.clone()))
        .collect();
    assert_eq!(added, want_list);

    let bytes = importer.build("Mine");
    let got = Artifact::decode(&bytes).unwrap();
    let ids: Vec<&str> = got.corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_seed",
            "basra",
            "union",
            "notes",
            "cafe",
            "ferry-strike",
            "memo",
            "basra-2",
            "harbour-talks"
        ]
    );
    // The same answers as the engine natively in the test (as sift analyze and build.rs).
    let want = expected_artifact(want_added);
    assert_same_analysis(&got, &want);
    assert_eq!(bytes, want.encode());
    assert_eq!(artifact_name(&bytes), Artifact::file_name(&bytes));
    assert!(artifact_name(&bytes).starts_with("corpus-"));
}

#[wasm_bindgen_test]
fn bad_inputs_are_answered_with_their_message() {
    let mut importer = Importer::new(&bundled_bytes()).unwrap();
    assert_eq!(
        refused(importer.add("photo.jpg", JPEG)),
        "photo.jpg: not a document Sift can read (.txt, .md, .html, .docx, .pdf)"
    );
    assert_eq!(
        refused(importer.add("empty.txt", b"")),
        "empty.txt: an empty file"
    );
    assert_eq!(
        refused(importer.add_pdf("scan.pdf", &pdf_js(SCAN_PDF))),
        "scan.pdf: a PDF with no text layer (2 pages of images only, as a scan is): \
         Sift reads the text of a PDF and does not recognise text in images"
    );
    assert_eq!(
        refused(importer.add_pdf("empty.pdf", &Array::new())),
        "empty.pdf: a PDF without pages"
    );
    for not_pages in [
        JsValue::NULL,
        JsValue::from(3),
        JSON::parse("[{\"items\": 1}]").unwrap(),
    ] {
        assert!(refused(importer.add_pdf("odd.pdf", &not_pages))
            .starts_with("odd.pdf: not a PDF's pages as pdf.js reads them"));
    }
    // Runs without numbers are skipped: a page of them has no text.
    let no_numbers = JSON::parse(r#"[{"items": [{"str": "Hello"}, 7, null]}]"#).unwrap();
    assert!(refused(importer.add_pdf("odd.pdf", &no_numbers)).contains("no text layer"));
    assert_eq!(
        refused(importer.add_text("Notes", "")),
        "Notes: nothing to add (the text is empty)"
    );
    assert_eq!(importer.added().length(), 0);

    let message = |bytes: &[u8]| {
        let error = JsValue::from(Importer::new(bytes).err().unwrap());
        String::from(error.dyn_into::<js_sys::Error>().unwrap().message())
    };
    assert_eq!(
        message(b"<!doctype html>"),
        "the corpus file is not a Sift corpus file"
    );
    let bytes = bundled_bytes();
    assert!(message(&bytes[..bytes.len() - 1]).starts_with("the corpus file is incomplete"));
}

#[wasm_bindgen_test]
fn pdf_runs_in_the_engines_shape_read_alike() {
    let mut importer = Importer::new(&bundled_bytes()).unwrap();
    let engine_shape = JSON::parse(BASRA_PDF).unwrap();
    let (id, title, _) = ok(importer.add_pdf("reports/basra.pdf", &engine_shape));
    assert_eq!(
        (id.as_str(), title.as_str()),
        ("basra-2", "Fighting in Basra")
    );
    let (id, ..) = ok(importer.add_pdf("basra.pdf", &pdf_js(BASRA_PDF)));
    assert_eq!(id, "basra-3");
    let got = Artifact::decode(&importer.build("")).unwrap();
    let docs = &got.corpus.documents;
    assert_eq!(docs[3].paragraphs, docs[4].paragraphs);
}
