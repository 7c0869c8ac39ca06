//! What both test files add: a small bundled corpus, and a reader's files of every kind
//! (read from the engine's import fixtures, or written here), with the documents the
//! engine itself reads from them.
#![allow(dead_code)] // each test file uses its own part of this

use sift_engine::artifact::Artifact;
use sift_engine::corpus::Corpus;
use sift_engine::import::pdf::Page;
use sift_engine::import::{from_pdf_pages, import, Limits};
use sift_engine::Document;
use std::io::Write;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

pub const SEED: &[u8] = include_bytes!("../../../../seeds/000_1c3fc3bf6f08bbcf.txt");
pub const FERRY: &[u8] = include_bytes!("../../../engine/tests/data/import/ferry-strike.html");
pub const BASRA_PDF: &str = include_str!("../../../engine/tests/data/import/basra.pdf.json");
pub const SCAN_PDF: &str = include_str!("../../../engine/tests/data/import/scan.pdf.json");

/// A UTF-8 text.
pub const NOTES: &[u8] = b"Harbour notes\n\nDeniz Arslan met the ferry company in Port Ellery on Monday.\n\n\"We want a fair offer,\" Arslan said.";
/// A text in Windows-1252 ("café", "Siobhán").
pub const LATIN1: &[u8] =
    b"Caf\xe9 owners met on Monday. Siobh\xe1n Keane said the caf\xe9 had lost eleven bookings.";
pub const LATIN1_NOTICE: &str = "decoded as Windows-1252 (it was not UTF-8)";
/// A JPEG's first bytes.
pub const JPEG: &[u8] = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01";

pub const PASTED_TITLE: &str = "Harbour talks";
pub const PASTED: &str =
    "The harbour master said the talks would go on.\n\n\"We are ready,\" Deniz Arslan said.";

/// The bundled corpus: the repo's seed, a document whose id the PDF's clashes with, and
/// one that names the union's chair, whom the added files mention too.
pub fn bundled() -> Corpus {
    let files: [(&str, &[u8]); 3] = [
        ("000_seed.txt", SEED),
        (
            "basra.txt",
            b"Muqtada al-Sadr's followers held Basra on Sunday.\n\n\"We will not go,\" Sadr said.",
        ),
        (
            "union.md",
            "# Union vote\n\nDeniz Arslan, who chairs the crews’ branch of the Maritime Workers’ Union, called the vote.".as_bytes(),
        ),
    ];
    let (corpus, failed) = Corpus::from_files("Bundled", files);
    assert!(failed.is_empty(), "{failed:?}");
    corpus
}

pub fn bundled_bytes() -> Vec<u8> {
    Artifact::build(bundled()).encode()
}

pub fn pages(json: &str) -> Vec<Page> {
    serde_json::from_str(json).unwrap()
}

/// Pages as pdf.js gives them (`str`, `transform`, `hasEOL`), as JSON.
pub fn pdf_js_json(pages: &[Page]) -> String {
    let pages: Vec<serde_json::Value> = pages
        .iter()
        .map(|page| {
            let items: Vec<serde_json::Value> = page
                .items
                .iter()
                .map(|i| {
                    serde_json::json!({
                        "str": i.text,
                        "dir": "ltr",
                        "transform": [i.height, 0.0, 0.0, i.height, i.x, i.y],
                        "width": i.width,
                        "height": i.height,
                        "fontName": "g_d0_f1",
                        "hasEOL": i.eol,
                    })
                })
                .collect();
            serde_json::json!({ "items": items, "styles": {} })
        })
        .collect();
    serde_json::to_string(&pages).unwrap()
}

/// A Word document: a Title paragraph and two others.
pub fn docx() -> Vec<u8> {
    let p = |style: &str, text: &str| {
        let ppr = if style.is_empty() {
            String::new()
        } else {
            format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#)
        };
        format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
    };
    let body = [
        p("Title", "Harbour memo"),
        p(
            "",
            "The harbour authority approved the new breakwater on Tuesday.",
        ),
        p("", "&quot;Work starts in May,&quot; said Deniz Arslan."),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// The documents the engine reads from the added files, in the order the tests add them,
/// under the ids the importer gives them (the PDF's clashes with the bundled `basra`).
pub fn expected_added() -> Vec<Document> {
    let read = |name: &str, bytes: &[u8]| import(name, bytes, &Limits::default()).unwrap().document;
    let mut pdf = from_pdf_pages("basra.pdf", &pages(BASRA_PDF))
        .unwrap()
        .document;
    pdf.id = "basra-2".into();
    let mut pasted = read("harbour-talks.txt", PASTED.as_bytes());
    pasted.title = PASTED_TITLE.into();
    pasted.title_derived = false;
    vec![
        read("notes.txt", NOTES),
        read("cafe.txt", LATIN1),
        read("ferry-strike.html", FERRY),
        read("memo.docx", &docx()),
        pdf,
        pasted,
    ]
}

/// What `build.rs` bundles for the bundled documents and these, these marked as the
/// reader's ([`Artifact::added`]).
pub fn expected_artifact(added: Vec<Document>) -> Artifact {
    let mut corpus = bundled();
    corpus.name = "Mine".into();
    let n = added.len();
    corpus.documents.extend(added);
    // The added documents are marked as the reader's (for `in:mine`).
    Artifact {
        added: n,
        ..Artifact::build(corpus)
    }
}

/// Each added document's analysis in `got` equals `want`'s (entities and quotes), and the
/// documents are the same, in the same order.
pub fn assert_same_analysis(got: &Artifact, want: &Artifact) {
    assert_eq!(got.corpus, want.corpus);
    for (i, (g, w)) in got.analyses.iter().zip(&want.analyses).enumerate() {
        let id = &want.corpus.documents[i].id;
        assert_eq!(g.entities, w.entities, "entities of {id}");
        assert_eq!(g.quotes, w.quotes, "quotes of {id}");
    }
    assert_eq!(got.analyses, want.analyses);
    assert_eq!(got.entity_rows, want.entity_rows);
}
