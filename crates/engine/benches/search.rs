//! Search benchmarks on a real corpus: tokenizing, indexing and each query class.
//!
//! The corpus is the folder named by `SIFT_BENCH_CORPUS`, else `bench/data/brown` (made by
//! `bench/brown.mjs` from the Brown corpus), else the bundled `seeds/`.
//!
//!     cargo bench -p sift-engine --bench search

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use sift_engine::corpus::{corpus_files, read_document};
use sift_engine::index::Index;
use sift_engine::query;
use sift_engine::search::{search_with, Options};
use sift_engine::tokenize::for_each_token;
use sift_engine::Document;
use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;

fn corpus() -> (String, Vec<Document>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::var_os("SIFT_BENCH_CORPUS")
        .map(PathBuf::from)
        .or_else(|| Some(root.join("bench/data/brown")).filter(|d| d.is_dir()))
        .unwrap_or_else(|| root.join("seeds"));
    let files = corpus_files(&dir).expect("a corpus folder");
    let docs: Vec<Document> = files
        .documents
        .iter()
        .filter_map(|f| read_document(f).ok())
        .collect();
    (dir.display().to_string(), docs)
}

/// Query classes drawn from the corpus itself, deterministically.
fn queries(docs: &[Document]) -> Vec<(&'static str, Vec<String>)> {
    let mut df: HashMap<String, usize> = HashMap::new();
    let mut sequences: Vec<String> = Vec::new();
    for doc in docs {
        let mut seen = std::collections::HashSet::new();
        for p in &doc.paragraphs {
            let mut words = Vec::new();
            for_each_token(p, |t, _| {
                if t.len() >= 3 && t.bytes().all(|b| b.is_ascii_lowercase()) {
                    seen.insert(t.to_string());
                }
                words.push(t.to_string());
            });
            if words.len() > 10 && sequences.len() < 2000 {
                sequences.push(words[3..6].join(" "));
            }
        }
        for w in seen {
            *df.entry(w).or_default() += 1;
        }
    }
    let mut by_df: Vec<(usize, String)> = df.into_iter().map(|(w, n)| (n, w)).collect();
    by_df.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let frequent: Vec<String> = by_df.iter().take(20).map(|x| x.1.clone()).collect();
    let rare: Vec<String> = by_df
        .iter()
        .filter(|x| (2..=5).contains(&x.0))
        .step_by(97)
        .take(20)
        .map(|x| x.1.clone())
        .collect();
    let and: Vec<String> = frequent
        .chunks(2)
        .zip(rare.iter())
        .map(|(f, r)| format!("{} {r}", f[0]))
        .collect();
    let phrases: Vec<String> = sequences
        .iter()
        .step_by(sequences.len().max(20) / 20)
        .take(20)
        .map(|s| format!("\"{s}\""))
        .collect();
    let prefixes: Vec<String> = by_df
        .iter()
        .step_by(53)
        .take(20)
        .map(|x| format!("{}*", &x.1[..3]))
        .collect();
    vec![
        ("frequent word", frequent),
        ("rare word", rare),
        ("two-word AND", and),
        ("three-word phrase", phrases),
        ("prefix", prefixes),
    ]
}

fn benches(c: &mut Criterion) {
    let (name, docs) = corpus();
    let bytes: usize = docs
        .iter()
        .flat_map(|d| &d.paragraphs)
        .map(String::len)
        .sum();
    eprintln!("corpus: {name}: {} documents, {bytes} bytes", docs.len());

    let mut g = c.benchmark_group("build");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                for p in &d.paragraphs {
                    for_each_token(p, |t, _| n += t.len());
                }
            }
            black_box(n)
        })
    });
    g.bench_function("index", |b| b.iter(|| black_box(Index::build(&docs))));
    g.finish();

    let index = Index::build(&docs);
    eprintln!(
        "index: {} terms, {} passages, {} bytes",
        index.term_count(),
        index.passage_count(),
        index.heap_size()
    );
    let options = Options {
        passages: false,
        typos: true,
    };
    let mut g = c.benchmark_group("query");
    for (class, qs) in queries(&docs) {
        let parsed: Vec<_> = qs.iter().map(|q| query::parse(q, false)).collect();
        g.bench_with_input(BenchmarkId::new("class", class), &parsed, |b, parsed| {
            b.iter(|| {
                for q in parsed {
                    black_box(search_with(&index, q, options));
                }
            })
        });
    }
    // What the app runs per keystroke: passages on, as-you-type.
    let typed = [
        "ceasefire",
        "mahdi ar",
        "\"green zone\" bas",
        "sadr -baghdad",
    ];
    let parsed: Vec<_> = typed.iter().map(|q| query::parse(q, true)).collect();
    g.bench_function("app keystroke (4 queries)", |b| {
        b.iter(|| {
            for q in &parsed {
                black_box(search_with(&index, q, Options::default()));
            }
        })
    });
    g.finish();
}

criterion_group!(search, benches);
criterion_main!(search);
