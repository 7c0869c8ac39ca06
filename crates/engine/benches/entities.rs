//! Throughput of entity extraction: the bundled article, the article repeated to a
//! book-sized document, and the whole Brown corpus when `node bench/brown.mjs` has made it.
//!
//!     cargo bench -p sift-engine --bench entities

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sift_engine::corpus::{corpus_files, read_document};
use sift_engine::document::{parse, Format};
use sift_engine::entities::extract;
use std::hint::black_box;
use std::path::Path;

const ARTICLE: &str = include_str!("../../../seeds/000_1c3fc3bf6f08bbcf.txt");

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("entities");
    for copies in [1usize, 20] {
        let text = ARTICLE.repeat(copies);
        let doc = parse("bench", Format::Text, text.as_bytes()).unwrap();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("extract x{copies}"), |b| {
            b.iter(|| extract(black_box(&doc)))
        });
    }
    let brown = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/data/brown");
    if let Ok(files) = corpus_files(&brown) {
        let docs: Vec<_> = files
            .documents
            .iter()
            .filter_map(|f| read_document(f).ok())
            .collect();
        let bytes: usize = docs
            .iter()
            .flat_map(|d| &d.paragraphs)
            .map(String::len)
            .sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function("extract Brown corpus", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| extract(black_box(d)).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(entities, bench);
criterion_main!(entities);
