//! Build the corpus artifact of a folder and report what it holds and how fast it reads:
//! the size of each part, encoding and decoding times (native, median of 5), whole and
//! for each side of the browser (the page's, the search worker's).
//!
//!   cargo run --release -p sift-engine --example artifact -- bench/data/brown

use sift_engine::artifact::{Artifact, Decoder, Keep, Next};
use sift_engine::corpus::{corpus_files, read_document, Corpus};
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let files = corpus_files(std::path::Path::new(&dir)).expect("a folder of .txt/.md files");
    let documents: Vec<_> = files
        .documents
        .iter()
        .filter_map(|p| read_document(p).ok())
        .collect();
    let text: usize = documents
        .iter()
        .map(|d| d.title.len() + d.paragraphs.iter().map(String::len).sum::<usize>())
        .sum();
    let n = documents.len();
    let t = Instant::now();
    let artifact = Artifact::build(Corpus {
        name: dir.clone(),
        documents,
    });
    println!(
        "{n} documents, {text} bytes of text; analysed and indexed in {:.2?}",
        t.elapsed()
    );
    let t = Instant::now();
    let bytes = artifact.encode();
    println!("encoded in {:.2?}: {} bytes", t.elapsed(), bytes.len());

    // Frame sizes, from the frame table.
    let prefix = Decoder::prefix_len(&bytes).unwrap();
    let mut decoder = Decoder::new(&bytes[..prefix], bytes.len() as u64).unwrap();
    let mut sizes = Vec::new();
    while let Next::Frame(r) = decoder.next() {
        sizes.push(r.len());
        decoder.frame(&bytes[r]).unwrap();
    }
    let k = sizes.len();
    let docs: usize = sizes[1..k - 4].iter().sum();
    println!(
        "  head {} B; documents + entities + quotes {docs} B in {} frames; passages {} B; dictionary {} B; offsets {} B; postings {} B",
        sizes[0],
        k - 5,
        sizes[k - 4],
        sizes[k - 3],
        sizes[k - 2],
        sizes[k - 1]
    );
    let analyses = postcard_len(&artifact.analyses);
    let texts = postcard_len(&artifact.corpus.documents);
    println!("  of the documents' frames: texts {texts} B, entities and quotes {analyses} B");

    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let back = Artifact::decode(&bytes).unwrap();
        times.push(t.elapsed());
        assert_eq!(back.corpus.documents.len(), n);
    }
    times.sort();
    println!("decoded and checked in {:.2?} (median of 5)", times[2]);
    // What each side of a browser does: the page (documents and analyses) and the search
    // worker (every frame; keeps the index, entities and paragraph counts).
    for keep in [Keep::Documents, Keep::Search] {
        let mut times = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            let mut d = Decoder::open(&bytes[..prefix]).unwrap().keeping(keep);
            loop {
                match d.next() {
                    Next::Frame(r) => d.frame(&bytes[r]).unwrap(),
                    Next::Check => d.step().unwrap(),
                    Next::Done => break,
                }
            }
            times.push(t.elapsed());
        }
        times.sort();
        println!("  {keep:?}: {:.2?} (median of 5)", times[2]);
    }
}

fn postcard_len<T: serde::Serialize>(v: &T) -> usize {
    postcard::to_allocvec(v).map(|b| b.len()).unwrap_or(0)
}
