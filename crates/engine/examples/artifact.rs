//! Build the corpus artifact of a folder and report what it holds and how fast it reads:
//! the size of each part, encoding and decoding times (native, median of 5), whole and
//! for each side of the browser (the page's, the search worker's), and the memory each
//! side keeps (a counting allocator: bytes asked for and not given back, and the peak;
//! native, so pointers and lengths take 8 bytes where the browser's wasm32 takes 4).
//!
//!   cargo run --release -p sift-engine --example artifact -- bench/data/brown

use sift_engine::artifact::{Artifact, Decoder, Keep, Next};
use sift_engine::corpus::{corpus_files, read_document, Corpus};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;
static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

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
    let packed = sift_engine::artifact::Texts::pack(&artifact.corpus.documents).packed_bytes();
    println!(
        "  of the documents' frames: texts {texts} B ({packed} B packed), entities and quotes {analyses} B"
    );

    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let back = Artifact::decode(&bytes).unwrap();
        times.push(t.elapsed());
        assert_eq!(back.corpus.documents.len(), n);
    }
    times.sort();
    println!("decoded and checked in {:.2?} (median of 5)", times[2]);
    // What each side of a browser does: the page (analyses, packed texts) and the search
    // worker (every frame; keeps the index, entities and paragraph counts); and the
    // importer, which reads every document back (Documents).
    for keep in [Keep::Page, Keep::Documents, Keep::Search] {
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
    // What each side keeps once decoded, and the peak while decoding (the download itself
    // is outside wasm memory in the browser: only one frame at a time is copied in).
    drop(artifact);
    for keep in [Keep::Page, Keep::Search] {
        let base = IN_USE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let mut d = Decoder::open(&bytes[..prefix]).unwrap().keeping(keep);
        loop {
            match d.next() {
                Next::Frame(r) => d.frame_owned(bytes[r].to_vec()).unwrap(),
                Next::Check => d.step().unwrap(),
                Next::Done => break,
            }
        }
        let peak = PEAK.load(Relaxed) - base;
        let kept = match keep {
            Keep::Page => {
                let catalog = d.catalog().unwrap().to_vec();
                let page = d.finish_page().unwrap();
                let kept = IN_USE.load(Relaxed) - base;
                // opening every text, one at a time, as a reader's page does
                let t = Instant::now();
                let mut paragraphs = 0;
                for (i, (entry, a)) in catalog.iter().zip(&page.analyses).enumerate() {
                    paragraphs += page.texts.read(i, entry, a).unwrap().paragraphs.len();
                }
                let opened = t.elapsed();
                let before = IN_USE.load(Relaxed);
                let sift_engine::artifact::PageSide {
                    texts,
                    analyses,
                    entity_rows,
                    ..
                } = page;
                drop(entity_rows);
                let rows = before - IN_USE.load(Relaxed);
                let before = IN_USE.load(Relaxed);
                let (mentions, quotes): (usize, usize) = (
                    analyses
                        .iter()
                        .flat_map(|a| &a.entities)
                        .map(|e| e.mentions.len())
                        .sum(),
                    analyses.iter().map(|a| a.quotes.len()).sum(),
                );
                drop(analyses);
                let analysed = before - IN_USE.load(Relaxed);
                let before = IN_USE.load(Relaxed);
                drop(texts);
                let documents = before - IN_USE.load(Relaxed);
                println!(
                    "    packed texts {} ({paragraphs} paragraphs; every one opened in {opened:.2?}), analyses {} ({mentions} mentions, {quotes} quotes), entity table {}",
                    mb(documents),
                    mb(analysed),
                    mb(rows)
                );
                kept
            }
            _ => {
                let side = d.finish_search().unwrap();
                let kept = IN_USE.load(Relaxed) - base;
                let sift_engine::artifact::Searchable {
                    index,
                    entities,
                    paragraphs,
                    ..
                } = side;
                let before = IN_USE.load(Relaxed);
                drop(entities);
                let entities = before - IN_USE.load(Relaxed);
                drop(paragraphs);
                let before = IN_USE.load(Relaxed);
                drop(index);
                println!(
                    "    index {}, entities {}",
                    mb(before - IN_USE.load(Relaxed)),
                    mb(entities)
                );
                kept
            }
        };
        println!(
            "  {keep:?} keeps {} (peak {}) for {} of text",
            mb(kept),
            mb(peak),
            mb(text)
        );
    }
}

fn postcard_len<T: serde::Serialize>(v: &T) -> usize {
    postcard::to_allocvec(v).map(|b| b.len()).unwrap_or(0)
}
