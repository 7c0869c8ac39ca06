//! The corpus step ([`sift_engine::referents`]) on a folder: the top person rows of the
//! entity table merged by name alone (what the table was before the step) and linked to
//! referents, with extraction and linking times (native, median of 5 for the step).
//!
//!   cargo run --release -p sift-engine --example referents -- bench/data/brown [ROWS]

use sift_engine::corpus::{corpus_files, read_document};
use sift_engine::entities::{extract, Entity, EntityKind};
use sift_engine::quotes::Quote;
use sift_engine::referents;
use std::collections::HashMap;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "bench/data/brown".into());
    let top: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let files = corpus_files(std::path::Path::new(&dir)).expect("a folder of .txt/.md files");
    let documents: Vec<_> = files
        .documents
        .iter()
        .filter_map(|p| read_document(p).ok())
        .collect();
    let t = Instant::now();
    let extracted: Vec<Vec<Entity>> = documents.iter().map(extract).collect();
    let extraction = t.elapsed();
    let entities: usize = extracted.iter().map(Vec::len).sum();
    println!(
        "{} documents, {entities} entities; extracted in {extraction:.2?}",
        documents.len()
    );

    // By kind and name alone.
    let mut by_name: HashMap<&str, (usize, usize)> = HashMap::new();
    for e in extracted.iter().flatten() {
        if e.kind == EntityKind::Person {
            let row = by_name.entry(e.name.as_str()).or_default();
            row.0 += e.count();
            row.1 += 1;
        }
    }
    let mut by_name: Vec<(&str, (usize, usize))> = by_name.into_iter().collect();
    by_name.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    println!("\nperson rows by name alone (mentions, documents):");
    for (name, (mentions, docs)) in by_name.iter().take(top) {
        println!("  {name:32} {mentions:4} {docs:4}");
    }

    // The corpus step, median of 5 (each on a fresh copy of the documents' entities).
    let mut times: Vec<Duration> = Vec::new();
    let mut table = Vec::new();
    for _ in 0..5 {
        let mut docs: Vec<(Vec<Entity>, Vec<Quote>)> =
            extracted.iter().map(|e| (e.clone(), Vec::new())).collect();
        let t = Instant::now();
        table = referents::resolve(docs.iter_mut().map(|(e, q)| (e, q)));
        times.push(t.elapsed());
    }
    times.sort();
    let people: Vec<_> = table
        .iter()
        .filter(|r| r.kind == EntityKind::Person)
        .collect();
    println!("\nperson rows after the corpus step (mentions, documents, candidates if ambiguous):");
    for r in people.iter().take(top) {
        let candidates = if r.is_ambiguous() {
            format!("  ambiguous: {}", r.candidates.join(", "))
        } else {
            String::new()
        };
        println!(
            "  {:32} {:4} {:4}{candidates}",
            r.name, r.mentions, r.documents
        );
    }
    println!(
        "\n{} person rows by name alone; after the corpus step {} rows, {} of people ({} ambiguous); corpus step {:.2?} (median of 5), extraction {extraction:.2?}",
        by_name.len(),
        table.len(),
        people.len(),
        people.iter().filter(|r| r.is_ambiguous()).count(),
        times[2],
    );
}
