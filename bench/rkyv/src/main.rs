//! postcard against rkyv on what a corpus artifact holds (documents, entities, quotes,
//! the index tables), native, median of 7: postcard decoded to owned values (what the app
//! does), rkyv accessed in place with validation (what zero-copy would do), without it,
//! and validated then deserialized to owned values.
use rkyv::rancor::Error;
use serde::{Deserialize, Serialize};
use sift_engine::artifact::Artifact;
use sift_engine::corpus::{corpus_files, read_document, Corpus};
use std::time::{Duration, Instant};

#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Serialize, Deserialize)]
struct Doc {
    id: String,
    title: String,
    date: Option<String>,
    paragraphs: Vec<String>,
}
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Serialize, Deserialize)]
struct Mention {
    paragraph: u32,
    start: u32,
    end: u32,
    role: Option<String>,
}
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Serialize, Deserialize)]
struct Ent {
    name: String,
    kind: u8,
    aliases: Vec<String>,
    mentions: Vec<Mention>,
}
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Serialize, Deserialize)]
struct Quote {
    text: String,
    speaker: Option<String>,
    entity: Option<u32>,
    cue: Option<String>,
    paragraph: u32,
    start: u32,
    end: u32,
}
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Serialize, Deserialize)]
struct Body {
    docs: Vec<Doc>,
    entities: Vec<Vec<Ent>>,
    quotes: Vec<Vec<Quote>>,
    dict: Vec<u8>,
    offsets: Vec<u32>,
    postings: Vec<u8>,
}

fn median(mut f: impl FnMut()) -> Duration {
    let mut t: Vec<Duration> = (0..7)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed()
        })
        .collect();
    t.sort();
    t[3]
}

fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let files = corpus_files(std::path::Path::new(&dir)).unwrap();
    let documents: Vec<_> = files
        .documents
        .iter()
        .filter_map(|p| read_document(p).ok())
        .collect();
    let a = Artifact::build(Corpus {
        name: "b".into(),
        documents,
    });
    let parts = a.index.to_parts();
    let body = Body {
        docs: a
            .corpus
            .documents
            .iter()
            .map(|d| Doc {
                id: d.id.clone(),
                title: d.title.clone(),
                date: d.date.clone(),
                paragraphs: d.paragraphs.clone(),
            })
            .collect(),
        entities: a
            .analyses
            .iter()
            .map(|x| {
                x.entities
                    .iter()
                    .map(|e| Ent {
                        name: e.name.clone(),
                        kind: e.kind as u8,
                        aliases: e.aliases.clone(),
                        mentions: e
                            .mentions
                            .iter()
                            .map(|m| Mention {
                                paragraph: m.paragraph as u32,
                                start: m.start as u32,
                                end: m.end as u32,
                                role: m.role.clone(),
                            })
                            .collect(),
                    })
                    .collect()
            })
            .collect(),
        quotes: a
            .analyses
            .iter()
            .map(|x| {
                x.quotes
                    .iter()
                    .map(|q| Quote {
                        text: q.text.clone(),
                        speaker: q.speaker.as_ref().map(|s| s.name.clone()),
                        entity: q.speaker.as_ref().and_then(|s| s.entity).map(|e| e as u32),
                        cue: q.cue.clone(),
                        paragraph: q.paragraph as u32,
                        start: q.start as u32,
                        end: q.end as u32,
                    })
                    .collect()
            })
            .collect(),
        dict: parts.dict.clone(),
        offsets: parts.offsets.clone(),
        postings: parts.postings.clone(),
    };
    let pc = postcard::to_allocvec(&body).unwrap();
    let rk = rkyv::to_bytes::<Error>(&body).unwrap();
    println!("postcard: {} bytes; rkyv: {} bytes", pc.len(), rk.len());
    println!(
        "postcard decode to owned: {:.2?}",
        median(|| {
            let b: Body = postcard::from_bytes(&pc).unwrap();
            std::hint::black_box(b);
        })
    );
    println!(
        "rkyv access, validated (bytecheck): {:.2?}",
        median(|| {
            let b = rkyv::access::<ArchivedBody, Error>(&rk).unwrap();
            std::hint::black_box(b);
        })
    );
    println!(
        "rkyv access, unchecked: {:.2?}",
        median(|| {
            let b = unsafe { rkyv::access_unchecked::<ArchivedBody>(&rk) };
            std::hint::black_box(b);
        })
    );
    println!(
        "rkyv validated + deserialize to owned: {:.2?}",
        median(|| {
            let b = rkyv::from_bytes::<Body, Error>(&rk).unwrap();
            std::hint::black_box(b);
        })
    );
}
