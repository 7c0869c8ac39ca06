//! [`Session`], natively: a reader's files of every kind added to a bundled corpus, and
//! the artifact built of both, byte for byte what `build.rs` bundles for those documents.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use sift_engine::artifact::{Artifact, ArtifactError};
use sift_importer::Session;

#[test]
fn every_kind_of_file_is_added_and_built_as_build_rs_would() {
    let mut session = Session::new(&bundled_bytes()).unwrap();
    assert_eq!(session.name(), "Bundled");
    assert_eq!(session.bundled(), bundled().documents);

    let notes = session.add("notes.txt", NOTES).unwrap();
    assert_eq!(
        (notes.id.as_str(), notes.title.as_str()),
        ("notes", "Harbour notes")
    );
    assert!(notes.notices.is_empty());
    assert_eq!(
        session.add("cafe.txt", LATIN1).unwrap().notices,
        [LATIN1_NOTICE]
    );
    let page = session.add("ferry-strike.html", FERRY).unwrap();
    assert_eq!(page.title, "Harbour ferry strike ends after nine days");
    assert_eq!(
        session.add("memo.docx", &docx()).unwrap().title,
        "Harbour memo"
    );
    let pdf = session.add_pdf("basra.pdf", &pages(BASRA_PDF)).unwrap();
    assert_eq!(
        (pdf.id.as_str(), pdf.title.as_str()),
        ("basra-2", "Fighting in Basra")
    );
    assert_eq!(
        pdf.notices,
        ["another document has the id \"basra\": this one's is \"basra-2\""]
    );
    let pasted = session.add_text(PASTED_TITLE, PASTED).unwrap();
    assert_eq!(pasted.id, "harbour-talks");
    // Added, then taken out again: not in the artifact.
    assert_eq!(
        session.add_text("", "A passing thought.").unwrap().id,
        "a-passing-thought"
    );
    assert!(session.remove("a-passing-thought"));

    assert_eq!(session.added(), expected_added());
    let bytes = session.build("Mine");
    let want = expected_artifact(expected_added());
    assert_eq!(bytes, want.encode(), "the artifact build.rs would write");
    assert_same_analysis(&Artifact::decode(&bytes).unwrap(), &want);
    // An empty name keeps the bundled corpus's.
    let renamed = Artifact::decode(&session.build("")).unwrap();
    assert_eq!(renamed.corpus.name, "Bundled");
}

#[test]
fn bad_files_are_refused_with_their_message() {
    let mut session = Session::new(&bundled_bytes()).unwrap();
    let refused = |r: Result<sift_importer::Added, String>| r.unwrap_err();
    assert_eq!(
        refused(session.add("photo.jpg", JPEG)),
        "photo.jpg: not a document Sift can read (.txt, .md, .html, .docx, .pdf)"
    );
    assert_eq!(
        refused(session.add("empty.txt", b"")),
        "empty.txt: an empty file"
    );
    assert!(refused(session.add_pdf("scan.pdf", &pages(SCAN_PDF)))
        .starts_with("scan.pdf: a PDF with no text layer (2 pages of images only"));
    assert!(refused(session.add("report.pdf", b"%PDF-1.4\n")).starts_with("report.pdf: a PDF: "));
    assert_eq!(
        refused(session.add("blank.md", b"---\ntitle: Blank\n---\n")),
        "blank.md: no text found in this file"
    );
    assert_eq!(
        refused(session.add_text("", " \n ")),
        "pasted text: nothing to add (the text is empty)"
    );
    assert!(session.added().is_empty());
}

#[test]
fn a_file_that_is_not_an_artifact_is_refused() {
    assert_eq!(
        Session::new(b"<html>").unwrap_err(),
        ArtifactError::NotAnArtifact
    );
    let bytes = bundled_bytes();
    assert!(matches!(
        Session::new(&bytes[..bytes.len() - 10]).unwrap_err(),
        ArtifactError::Truncated { .. }
    ));
    assert!(Session::new(&[]).is_err());
}

/// What the browser keeps between visits: each added document stored on its own, and
/// read back into a new session (after a reload) in the same order, building the same
/// artifact.
#[test]
fn stored_documents_come_back_as_they_were() {
    let mut first = Session::new(&bundled_bytes()).unwrap();
    first.add("notes.txt", NOTES).unwrap();
    first.add("cafe.txt", LATIN1).unwrap();
    first.add("memo.docx", &docx()).unwrap();
    let stored: Vec<Vec<u8>> = first
        .added()
        .iter()
        .map(|d| first.stored(&d.id).unwrap())
        .collect();
    assert_eq!(first.stored("no-such-document"), None);

    let mut second = Session::new(&bundled_bytes()).unwrap();
    for bytes in &stored {
        let back = second.restore(bytes).unwrap();
        assert!(back.notices.is_empty());
    }
    assert_eq!(second.added(), first.added());
    assert_eq!(second.build("Mine"), first.build("Mine"));
    assert_eq!(
        second.restore(b"\xff\xff not postcard").unwrap_err(),
        "a stored document could not be read back (it was stored by another version of Sift, or damaged)"
    );
    assert_eq!(second.added().len(), 3);
}

/// "Export collection" in one browser, "Import collection" in another: the same
/// documents, and a file that is not a collection refused with its name.
#[test]
fn a_collection_carries_the_added_documents_to_another_browser() {
    let mut sender = Session::new(&bundled_bytes()).unwrap();
    assert_eq!(sender.collection("Mine"), None, "nothing added yet");
    sender.add("notes.txt", NOTES).unwrap();
    sender.add_text(PASTED_TITLE, PASTED).unwrap();
    let file = sender.collection("Mine").unwrap();
    let carried = Artifact::decode(&file).unwrap();
    assert_eq!(carried.corpus.documents, sender.added());
    assert_eq!(carried.corpus.name, "Mine");

    let mut receiver = Session::new(&bundled_bytes()).unwrap();
    receiver.add("notes.txt", NOTES).unwrap();
    let answers = receiver.add_collection("mine.sift", &file).unwrap();
    let ids: Vec<String> = answers.into_iter().map(|a| a.unwrap().id).collect();
    // The receiver had a "notes" of its own already.
    assert_eq!(ids, ["notes-2", "harbour-talks"]);
    assert_eq!(receiver.added().len(), 3);
    assert_eq!(receiver.added()[2], sender.added()[1]);
    assert!(receiver
        .add_collection("notes.sift", NOTES)
        .unwrap_err()
        .starts_with("notes.sift: not a Sift collection Sift can read ("));
}
