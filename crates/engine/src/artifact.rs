//! The corpus artifact: a whole corpus analysed once, at build time, in one file the
//! browser only decodes — the documents, their search index, and every document's entities
//! and quotes (in the spirit of Pagefind's build-time index).
//!
//! Layout: an 8-byte magic `SIFTCORP`, the format version (`u32`, little-endian), the body's
//! length (`u64`, little-endian), then the body in [postcard](https://docs.rs/postcard).
//! A file that is not an artifact, was written in another format version, is cut short or
//! is damaged gives an [`ArtifactError`] that says so; decoding never panics, and a decoded
//! artifact has been checked so that no offset in it can point outside its text.
//!
//! ```
//! use sift_engine::artifact::Artifact;
//! use sift_engine::corpus::Corpus;
//! let (corpus, _) = Corpus::from_files("demo", [("a.txt", "Nouri al-Maliki spoke in Basra.".as_bytes())]);
//! let bytes = Artifact::build(corpus).encode();
//! let back = Artifact::decode(&bytes).unwrap();
//! assert_eq!(back.corpus.documents[0].id, "a");
//! assert!(back.analyses[0].entities.iter().any(|e| e.name == "Basra"));
//! ```

use crate::corpus::Corpus;
use crate::entities::Entity;
use crate::index::{Index, IndexParts, TITLE};
use crate::quotes::Quote;
use crate::Document;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The first bytes of every artifact.
pub const MAGIC: &[u8; 8] = b"SIFTCORP";

/// The layout version this engine writes and reads. Bump it whenever any serialized type
/// changes shape: an artifact of another version is refused with a clear message.
pub const FORMAT_VERSION: u32 = 1;

const HEADER_LEN: usize = MAGIC.len() + 4 + 8;

/// What extraction found in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocAnalysis {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl DocAnalysis {
    /// Entities first, then quotes, whose speakers link to those entities.
    pub fn of(doc: &Document) -> DocAnalysis {
        let entities = crate::entities::extract(doc);
        let quotes = crate::quotes::extract(doc, &entities);
        DocAnalysis { entities, quotes }
    }
}

/// A corpus with everything the app shows about it.
#[derive(Debug)]
pub struct Artifact {
    pub corpus: Corpus,
    /// One per document, in corpus order.
    pub analyses: Vec<DocAnalysis>,
    pub index: Index,
}

/// Why bytes could not be read as an artifact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArtifactError {
    /// The bytes do not start with [`MAGIC`] (an HTML error page, another file).
    NotAnArtifact,
    /// Written by a Sift whose format differs from this one's.
    Version { found: u32, expected: u32 },
    /// Fewer bytes than the header announces.
    Truncated { expected: u64, found: u64 },
    /// The body does not decode, or its parts do not agree with each other.
    Damaged(String),
}

impl fmt::Display for ArtifactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArtifactError::NotAnArtifact => {
                write!(f, "the corpus file is not a Sift corpus file")
            }
            ArtifactError::Version { found, expected } => write!(
                f,
                "the corpus file was written by {} version of Sift (format {found}; this \
                 version reads format {expected}); reload the page, and if that does not help, \
                 the site needs to be rebuilt",
                if found < expected {
                    "an older"
                } else {
                    "a newer"
                }
            ),
            ArtifactError::Truncated { expected, found } => write!(
                f,
                "the corpus file is incomplete ({found} of {expected} bytes); reload the page"
            ),
            ArtifactError::Damaged(why) => write!(f, "the corpus file is damaged: {why}"),
        }
    }
}

impl std::error::Error for ArtifactError {}

#[derive(Serialize)]
struct BodyRef<'a> {
    corpus: &'a Corpus,
    analyses: &'a [DocAnalysis],
    index: IndexParts,
}

#[derive(Deserialize)]
struct Body {
    corpus: Corpus,
    analyses: Vec<DocAnalysis>,
    index: IndexParts,
}

impl Artifact {
    /// Index and analyse a corpus.
    pub fn build(corpus: Corpus) -> Artifact {
        let index = Index::build(&corpus.documents);
        let analyses = corpus.documents.iter().map(DocAnalysis::of).collect();
        Artifact {
            corpus,
            analyses,
            index,
        }
    }

    /// The artifact's bytes: header, then body.
    pub fn encode(&self) -> Vec<u8> {
        let body = postcard::to_allocvec(&BodyRef {
            corpus: &self.corpus,
            analyses: &self.analyses,
            index: self.index.to_parts(),
        })
        .expect("postcard writes every type of the artifact to a Vec");
        let mut out = Vec::with_capacity(HEADER_LEN + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    /// Read an artifact, checking its header and then that its parts agree.
    pub fn decode(bytes: &[u8]) -> Result<Artifact, ArtifactError> {
        let body = body(bytes)?;
        let Body {
            corpus,
            analyses,
            index,
        } = postcard::from_bytes(body).map_err(|e| ArtifactError::Damaged(e.to_string()))?;
        let index = Index::from_parts(index).map_err(ArtifactError::Damaged)?;
        check(&corpus.documents, &analyses, &index).map_err(ArtifactError::Damaged)?;
        Ok(Artifact {
            corpus,
            analyses,
            index,
        })
    }

    /// A file name that changes whenever the bytes do (`corpus-<hash>.sift`), so a browser
    /// or cache never serves an old corpus under a new page.
    pub fn file_name(bytes: &[u8]) -> String {
        format!("corpus-{:016x}.sift", fnv1a(bytes))
    }
}

/// The body, after checking magic, version and length.
fn body(bytes: &[u8]) -> Result<&[u8], ArtifactError> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(ArtifactError::NotAnArtifact);
    }
    let header = bytes.get(..HEADER_LEN).ok_or(ArtifactError::Truncated {
        expected: HEADER_LEN as u64,
        found: bytes.len() as u64,
    })?;
    let version = u32::from_le_bytes(header[8..12].try_into().expect("4 bytes"));
    if version != FORMAT_VERSION {
        return Err(ArtifactError::Version {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let len = u64::from_le_bytes(header[12..20].try_into().expect("8 bytes"));
    let found = (bytes.len() - HEADER_LEN) as u64;
    if found < len {
        return Err(ArtifactError::Truncated {
            expected: HEADER_LEN as u64 + len,
            found: bytes.len() as u64,
        });
    }
    if found > len {
        return Err(ArtifactError::Damaged(format!(
            "{} bytes after its end",
            found - len
        )));
    }
    Ok(&bytes[HEADER_LEN..])
}

/// Every offset inside the text: analyses and index agree with the documents.
fn check(docs: &[Document], analyses: &[DocAnalysis], index: &Index) -> Result<(), String> {
    if analyses.len() != docs.len() || index.doc_count() != docs.len() {
        return Err(format!(
            "{} documents, {} analyses, {} indexed documents",
            docs.len(),
            analyses.len(),
            index.doc_count()
        ));
    }
    let in_text = |doc: &Document, paragraph: usize, start: usize, end: usize| {
        doc.paragraphs
            .get(paragraph)
            .is_some_and(|p| start <= end && p.get(start..end).is_some())
    };
    for (n, (doc, a)) in docs.iter().zip(analyses).enumerate() {
        let bad = |what: &str| format!("{what} outside the text of document {n} ({})", doc.id);
        for e in &a.entities {
            if !e
                .mentions
                .iter()
                .all(|m| in_text(doc, m.paragraph, m.start, m.end))
            {
                return Err(bad("a mention"));
            }
        }
        for q in &a.quotes {
            if !in_text(doc, q.paragraph, q.start, q.end)
                || q.speaker
                    .as_ref()
                    .and_then(|s| s.entity)
                    .is_some_and(|e| e >= a.entities.len())
            {
                return Err(bad("a quote"));
            }
        }
    }
    for id in 0..index.passage_count() {
        let p = index.passage(id as u32);
        let paragraphs = docs[p.doc as usize].paragraphs.len();
        if p.paragraph != TITLE && p.paragraph as usize >= paragraphs {
            return Err(format!("an indexed paragraph outside document {}", p.doc));
        }
    }
    Ok(())
}

/// 64-bit FNV-1a: stable across platforms and versions, enough to name a file.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::search;

    fn corpus(files: &[(&str, &str)]) -> Corpus {
        let (corpus, failed) =
            Corpus::from_files("test", files.iter().map(|(n, t)| (*n, t.as_bytes())));
        assert!(failed.is_empty(), "{failed:?}");
        corpus
    }

    fn bundled() -> Corpus {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let files = crate::corpus::corpus_files(&seeds).unwrap();
        let docs: Vec<Document> = files
            .documents
            .iter()
            .map(|p| crate::corpus::read_document(p).unwrap())
            .collect();
        assert!(!docs.is_empty());
        Corpus {
            name: "seeds".into(),
            documents: docs,
        }
    }

    /// Every kind of document the parser makes: given and derived titles, front matter,
    /// Markdown headings, one-line and empty paragraphs, non-ASCII text, quotes, no text.
    fn every_kind() -> Corpus {
        corpus(&[
            ("plain.txt", "First line here.\nSecond line.\n"),
            (
                "front.txt",
                "---\ntitle: \"Calm in Basra\"\ndate: 2008-03-31\nsource: WSWS\nurl: https://example.org/a\n---\n\
                 Prime Minister Nouri al-Maliki said on Monday: “We will not stop.”\n\n\
                 “It is over,” said Ali, an aide. Café owners in Zürich agreed.\n",
            ),
            ("heading.md", "# The Title #\n\nFirst paragraph\ncontinues.\n## Section\nMore — with ünïcødé.\n"),
            ("empty.txt", ""),
            ("crlf.txt", "\u{feff}One.\r\nTwo.\r\n"),
        ])
    }

    fn assert_round_trip(corpus: Corpus) {
        let built = Artifact::build(corpus);
        let bytes = built.encode();
        let back = Artifact::decode(&bytes).expect("decodes");
        assert_eq!(back.corpus, built.corpus);
        assert_eq!(back.analyses, built.analyses);
        assert_eq!(back.index.to_parts(), built.index.to_parts());
        // the decoded index answers like the built one
        for q in [
            "maliki",
            "basra OR zürich",
            "\"second line\"",
            "cont*",
            "nothing-here",
        ] {
            let q = crate::query::parse(q, false);
            assert_eq!(
                format!("{:?}", search(&back.index, &q)),
                format!("{:?}", search(&built.index, &q))
            );
        }
        // the same bytes again: the name is stable
        assert_eq!(
            Artifact::file_name(&back.encode()),
            Artifact::file_name(&bytes)
        );
    }

    #[test]
    fn round_trip_on_the_bundled_article() {
        let corpus = bundled();
        let artifact = Artifact::build(corpus.clone());
        assert!(artifact.analyses[0].entities.len() > 10);
        assert!(artifact.analyses[0].quotes.len() > 5);
        assert_round_trip(corpus);
    }

    #[test]
    fn round_trip_on_every_kind_of_document() {
        let corpus = every_kind();
        let artifact = Artifact::build(corpus.clone());
        let front = corpus
            .documents
            .iter()
            .position(|d| d.id == "front")
            .unwrap();
        assert!(!artifact.analyses[front].quotes.is_empty());
        assert_round_trip(corpus);
        assert_round_trip(Corpus::default());
    }

    #[test]
    fn bad_bytes_give_clear_errors() {
        let good = Artifact::build(every_kind()).encode();
        let mut old = good.clone();
        old[8..12].copy_from_slice(&0u32.to_le_bytes());
        let mut newer = good.clone();
        newer[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        let mut long = good.clone();
        long.push(0);
        struct Case {
            name: &'static str,
            bytes: Vec<u8>,
            error: ArtifactError,
            says: &'static str,
        }
        let cases = [
            Case {
                name: "empty",
                bytes: Vec::new(),
                error: ArtifactError::NotAnArtifact,
                says: "not a Sift corpus file",
            },
            Case {
                name: "an HTML page served instead",
                bytes: b"<!doctype html><title>404</title>".to_vec(),
                error: ArtifactError::NotAnArtifact,
                says: "not a Sift corpus file",
            },
            Case {
                name: "cut inside the header",
                bytes: good[..12].to_vec(),
                error: ArtifactError::Truncated {
                    expected: 20,
                    found: 12,
                },
                says: "incomplete (12 of 20 bytes)",
            },
            Case {
                name: "cut inside the body",
                bytes: good[..good.len() / 2].to_vec(),
                error: ArtifactError::Truncated {
                    expected: good.len() as u64,
                    found: (good.len() / 2) as u64,
                },
                says: "incomplete",
            },
            Case {
                name: "an older format version",
                bytes: old,
                error: ArtifactError::Version {
                    found: 0,
                    expected: FORMAT_VERSION,
                },
                says: "an older version of Sift (format 0",
            },
            Case {
                name: "a newer format version",
                bytes: newer,
                error: ArtifactError::Version {
                    found: FORMAT_VERSION + 1,
                    expected: FORMAT_VERSION,
                },
                says: "a newer version of Sift",
            },
            Case {
                name: "bytes after the end",
                bytes: long,
                error: ArtifactError::Damaged("1 bytes after its end".into()),
                says: "damaged",
            },
        ];
        for case in cases {
            let error = Artifact::decode(&case.bytes).unwrap_err();
            assert_eq!(error, case.error, "{}", case.name);
            assert!(
                error.to_string().contains(case.says),
                "{}: {error}",
                case.name
            );
        }
    }

    #[test]
    fn damaged_bodies_never_panic() {
        let good = Artifact::build(every_kind()).encode();
        let mut refused = 0;
        // Every byte of the body in turn, set to three different values.
        for at in HEADER_LEN..good.len() {
            for value in [0x00, 0xff, good[at] ^ 0x01] {
                let mut bad = good.clone();
                bad[at] = value;
                if Artifact::decode(&bad).is_err() {
                    refused += 1;
                }
            }
        }
        // Most damage is caught (a changed letter inside a text is still a valid text).
        assert!(refused > good.len(), "{refused} of {}", 3 * good.len());
    }

    #[test]
    fn mention_outside_the_text_is_refused() {
        let mut artifact = Artifact::build(every_kind());
        let (n, a) = artifact
            .analyses
            .iter_mut()
            .enumerate()
            .find(|(_, a)| !a.entities.is_empty())
            .unwrap();
        a.entities[0].mentions[0].end = 10_000;
        let error = Artifact::decode(&artifact.encode()).unwrap_err();
        assert!(
            matches!(&error, ArtifactError::Damaged(w) if w.contains(&format!("document {n}"))),
            "{error}"
        );
    }
}
