//! How long the importer takes on a large bundled corpus, natively: the bundled artifact
//! read ([`Session::new`]), a few files added, and [`Session::build`] (median of 3).
//! With a second argument, also writes the bundled artifact there, for `brown.mjs` to time
//! the same in Node's wasm.
//!
//!   cargo run --release -p sift-importer --example brown -- bench/data/brown [brown.sift]

use sift_engine::artifact::Artifact;
use sift_engine::corpus::{corpus_files, read_document, Corpus};
use sift_importer::Session;
use std::time::{Duration, Instant};

const FERRY: &[u8] = include_bytes!("../../engine/tests/data/import/ferry-strike.html");

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "bench/data/brown".into());
    let files = corpus_files(dir.as_ref()).unwrap_or_else(|e| panic!("{dir}: {}", e.reason));
    let documents = files
        .documents
        .iter()
        .map(|p| read_document(p).unwrap_or_else(|e| panic!("{}", e.reason)))
        .collect();
    let corpus = Corpus {
        name: "Brown".into(),
        documents,
    };
    let (docs, words) = (corpus.documents.len(), corpus.word_count());
    let bundled = Artifact::build(corpus).encode();
    if let Some(out) = args.next() {
        std::fs::write(&out, &bundled).unwrap();
    }
    println!(
        "{docs} documents, {words} words, bundled artifact {:.1} MB",
        bundled.len() as f64 / 1e6
    );

    let median = |f: &mut dyn FnMut()| {
        let mut times: Vec<Duration> = (0..3)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect();
        times.sort();
        times[1]
    };
    let mut session = Session::default();
    let read = median(&mut || session = Session::new(&bundled).unwrap());
    let add = median(&mut || {
        let mut s = session.clone();
        s.add("ferry-strike.html", FERRY).unwrap();
        s.add_text("Harbour talks", "The talks went on.").unwrap();
    });
    session.add("ferry-strike.html", FERRY).unwrap();
    session
        .add_text("Harbour talks", "The talks went on.")
        .unwrap();
    let mut built = Vec::new();
    let build = median(&mut || built = session.build("Mine"));
    println!(
        "Session::new {read:.0?}, two files added {add:.1?}, build {build:.2?} ({:.1} MB)",
        built.len() as f64 / 1e6
    );
}
