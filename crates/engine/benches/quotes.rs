//! Throughput of quotation extraction on the bundled article, repeated to a book-sized
//! document and to one huge paragraph.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sift_engine::document::{parse, Format};
use sift_engine::quotes::extract;
use std::hint::black_box;

const ARTICLE: &str = include_str!("../../../seeds/000_1c3fc3bf6f08bbcf.txt");

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("quotes");
    for copies in [1usize, 20] {
        let text = ARTICLE.repeat(copies);
        let doc = parse("bench", Format::Text, text.as_bytes()).unwrap();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("extract x{copies}"), |b| {
            b.iter(|| extract(black_box(&doc), &[]))
        });
    }
    // The whole article twenty times over in one paragraph: no quadratic blow-up.
    let one = ARTICLE.replace('\n', " ").repeat(20);
    let doc = parse("bench", Format::Text, one.as_bytes()).unwrap();
    group.throughput(Throughput::Bytes(one.len() as u64));
    group.bench_function("extract one paragraph x20", |b| {
        b.iter(|| extract(black_box(&doc), &[]))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
