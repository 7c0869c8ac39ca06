//! The corpus artifact: a whole corpus analysed once, at build time, in one file the
//! browser only decodes — the documents, their search index, and every document's entities
//! and quotes (in the spirit of Pagefind's build-time index).
//!
//! Layout (integers little-endian): an 8-byte magic `SIFTCORP`, the format version (`u32`),
//! the number of frames (`u32`), the body's length (`u64`), each frame's length (`u64`),
//! then the frames: a head (corpus name, counts, and the catalog: each document's id,
//! title, date, word and paragraph counts, so a list can be shown before the rest arrives),
//! documents in frames of about 128 KB of text (each frame: their entities and quotes,
//! then their texts, each document's compressed on its own (raw DEFLATE of its postcard
//! bytes) so that a page can keep them packed and open one when it is read, [`Texts`]; the
//! search side skips them), then the entity table, then the search index (passages, the term
//! dictionary's FST bytes, postings offsets, postings). Structured frames are
//! [postcard](https://docs.rs/postcard); the index's byte tables are stored as they are.
//! A [`Decoder`] reads one frame at a time, so a browser can decode a large corpus in
//! short steps and copy into memory only the frame it is reading.
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
use crate::entity_table::EntityRow;
use crate::filter::DocFacts;
use crate::index::{Index, IndexParts, TITLE};
use crate::quotes::Quote;
use crate::Document;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The first bytes of every artifact.
pub const MAGIC: &[u8; 8] = b"SIFTCORP";

/// The layout version this engine writes and reads. Bump it whenever any serialized type
/// changes shape: an artifact of another version is refused with a clear message.
pub const FORMAT_VERSION: u32 = 9;

const HEADER_LEN: usize = MAGIC.len() + 4 + 4 + 8;

/// What extraction found in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocAnalysis {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// [`Document::word_count`], counted once.
    pub words: usize,
}

impl DocAnalysis {
    /// Entities first, then quotes, whose speakers link to those entities.
    pub fn of(doc: &Document) -> DocAnalysis {
        let entities = crate::entities::extract(doc);
        let quotes = crate::quotes::extract(doc, &entities);
        DocAnalysis {
            entities,
            quotes,
            words: doc.word_count(),
        }
    }
}

impl DocAnalysis {
    /// Every document's analysis, with their entities linked across the documents (named
    /// after their referents, [`crate::referents::resolve`]), and the corpus entity table:
    /// what the app shows of a corpus.
    pub fn all(documents: &[Document]) -> (Vec<DocAnalysis>, Vec<EntityRow>) {
        let mut analyses: Vec<DocAnalysis> = documents.iter().map(DocAnalysis::of).collect();
        let rows = crate::referents::resolve(
            analyses
                .iter_mut()
                .map(|a| (&mut a.entities, &mut a.quotes)),
        );
        (analyses, rows)
    }
}

/// A corpus with everything the app shows about it.
#[derive(Debug)]
pub struct Artifact {
    pub corpus: Corpus,
    /// How many of the last documents a reader added on their device (the importer's; 0 for
    /// what `build.rs` bundles): the `in:mine` filter's documents.
    pub added: usize,
    /// One per document, in corpus order.
    pub analyses: Vec<DocAnalysis>,
    /// The corpus's entities, one row per referent ([`crate::referents::resolve`]).
    pub entity_rows: Vec<EntityRow>,
    pub index: Index,
}

/// The documents and their analyses ([`Keep::Documents`]): what re-analysing a corpus
/// needs of it.
#[derive(Debug)]
pub struct DocumentsSide {
    pub corpus: Corpus,
    /// As [`Artifact::added`].
    pub added: usize,
    pub analyses: Vec<DocAnalysis>,
    pub entity_rows: Vec<EntityRow>,
}

/// What a page keeps of an artifact ([`Keep::Page`]): the analyses and the entity table,
/// and the texts still packed ([`Texts`]), each opened when it is read.
#[derive(Debug)]
pub struct PageSide {
    pub name: String,
    /// As [`Artifact::added`].
    pub added: usize,
    pub analyses: Vec<DocAnalysis>,
    pub entity_rows: Vec<EntityRow>,
    pub texts: Texts,
}

/// Each document of a corpus as the artifact stores it: compressed on its own (raw DEFLATE
/// of its postcard bytes, about 2.4 times smaller than English text), so that a page keeps
/// a large corpus in a fraction of its size and opens only the documents it shows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Texts {
    packed: Vec<Box<[u8]>>,
}

/// Largest text one document may inflate to (a damaged length never allocates more).
const MAX_TEXT: usize = 1 << 30;

impl Texts {
    /// Pack these documents (what [`Artifact::encode`] writes).
    pub fn pack(documents: &[Document]) -> Texts {
        Texts {
            packed: documents
                .iter()
                .map(|d| pack(d).into_boxed_slice())
                .collect(),
        }
    }

    /// How many documents.
    pub fn len(&self) -> usize {
        self.packed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.packed.is_empty()
    }

    /// Bytes kept, packed.
    pub fn packed_bytes(&self) -> usize {
        self.packed.iter().map(|p| p.len()).sum()
    }

    /// Document `n`, checked against its catalog entry and its analysis (its id and
    /// paragraph count are the catalog's, every offset of its analysis inside its text).
    pub fn read(
        &self,
        n: usize,
        entry: &CatalogEntry,
        analysis: &DocAnalysis,
    ) -> Result<Document, ArtifactError> {
        let packed = self
            .packed
            .get(n)
            .ok_or_else(|| ArtifactError::Damaged(format!("it has no document {n}")))?;
        let doc = unpack(packed)?;
        if doc.id != entry.id || doc.paragraphs.len() != entry.paragraphs {
            return Err(ArtifactError::Damaged(format!(
                "document {n} is not the one its catalog lists ({})",
                entry.id
            )));
        }
        check_analyses(
            n,
            std::slice::from_ref(&doc),
            std::slice::from_ref(analysis),
        )
        .map_err(ArtifactError::Damaged)?;
        Ok(doc)
    }
}

/// A document's bytes in the artifact.
fn pack(doc: &Document) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(&post(doc), 6)
}

fn unpack(packed: &[u8]) -> Result<Document, ArtifactError> {
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_TEXT).map_err(|e| {
            ArtifactError::Damaged(format!("a text does not inflate ({})", e.status as i32))
        })?;
    postcard::from_bytes(&bytes).map_err(|e| ArtifactError::Damaged(e.to_string()))
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

/// One line of the catalog: what a list of documents shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub words: usize,
    /// How many paragraphs it has (what the search side needs of its text).
    pub paragraphs: usize,
}

/// The first frame: the corpus name, its catalog (one entry per document, so also how
/// many documents follow) and the index's average passage length. How many frames of
/// documents follow is the frame count less the head and the index frames.
#[derive(Serialize, Deserialize)]
struct Head {
    name: String,
    catalog: Vec<CatalogEntry>,
    avg_len: f32,
    added: usize,
}

/// A frame of documents closes once their text passes this many bytes: small enough that
/// decoding one takes a few milliseconds in a browser, so a page can stay responsive.
const FRAME_TEXT: usize = 128 * 1024;

/// Frames after the documents: the entity table, then the index's passages, dictionary,
/// offsets, postings.
const INDEX_FRAMES: usize = 4;
const TAIL_FRAMES: usize = 1 + INDEX_FRAMES;

/// Postings lists checked per [`Decoder::step`].
const TERMS_PER_STEP: usize = 8192;

impl Artifact {
    /// Index and analyse a corpus ([`DocAnalysis::all`]: each document, its entities
    /// linked across documents, the corpus entity table).
    pub fn build(corpus: Corpus) -> Artifact {
        let index = Index::build(&corpus.documents);
        let (analyses, entity_rows) = DocAnalysis::all(&corpus.documents);
        Artifact {
            corpus,
            added: 0,
            analyses,
            entity_rows,
            index,
        }
    }

    /// Each document's year and whether a reader added it, in corpus order.
    pub fn facts(&self) -> Vec<DocFacts> {
        facts(
            self.corpus.documents.iter().map(|d| d.date.as_deref()),
            self.added,
        )
    }

    /// The artifact's bytes: header, frame table, frames.
    pub fn encode(&self) -> Vec<u8> {
        let docs = &self.corpus.documents;
        // Documents in runs of about FRAME_TEXT bytes of text.
        let mut runs = Vec::new();
        let (mut start, mut text) = (0, 0);
        for (i, d) in docs.iter().enumerate() {
            text += d.title.len() + d.paragraphs.iter().map(String::len).sum::<usize>();
            if text >= FRAME_TEXT || i + 1 == docs.len() {
                runs.push(start..i + 1);
                (start, text) = (i + 1, 0);
            }
        }
        let parts = self.index.to_parts();
        let mut frames: Vec<Vec<u8>> = vec![post(&Head {
            name: self.corpus.name.clone(),
            catalog: self.catalog(),
            avg_len: parts.avg_len,
            added: self.added,
        })];
        // A frame of documents: their analyses, then their texts, each packed on its own
        // (which the search side does not read).
        for run in runs {
            let mut frame = post(&self.analyses[run.clone()]);
            let packed: Vec<Vec<u8>> = docs[run].iter().map(pack).collect();
            frame.extend(post(&packed));
            frames.push(frame);
        }
        frames.push(post(&self.entity_rows));
        frames.push(post(&parts.passages));
        frames.push(parts.dict);
        frames.push(parts.offsets.iter().flat_map(|o| o.to_le_bytes()).collect());
        frames.push(parts.postings);

        let body: usize = frames.iter().map(Vec::len).sum();
        let mut out = Vec::with_capacity(HEADER_LEN + 8 * frames.len() + body);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(frames.len() as u32).to_le_bytes());
        out.extend_from_slice(&(body as u64).to_le_bytes());
        for f in &frames {
            out.extend_from_slice(&(f.len() as u64).to_le_bytes());
        }
        for f in &frames {
            out.extend_from_slice(f);
        }
        out
    }

    /// Read a whole artifact at once (see [`Decoder`] to read it in short steps).
    pub fn decode(bytes: &[u8]) -> Result<Artifact, ArtifactError> {
        let prefix = Decoder::prefix_len(bytes)?.min(bytes.len());
        let mut decoder = Decoder::new(&bytes[..prefix], bytes.len() as u64)?;
        loop {
            match decoder.next() {
                Next::Frame(range) => decoder.frame(&bytes[range])?,
                Next::Check => decoder.step()?,
                Next::Done => return decoder.finish(),
            }
        }
    }

    /// The page's side and the search side, as [`Keep::Page`] and [`Keep::Search`]
    /// decode them.
    pub fn split(self) -> (PageSide, Searchable) {
        let search = Searchable {
            docs: self.facts(),
            index: self.index,
            entities: self.analyses.iter().map(|a| a.entities.clone()).collect(),
            paragraphs: self
                .corpus
                .documents
                .iter()
                .map(|d| d.paragraphs.len())
                .collect(),
        };
        let page = PageSide {
            texts: Texts::pack(&self.corpus.documents),
            name: self.corpus.name,
            added: self.added,
            analyses: self.analyses,
            entity_rows: self.entity_rows,
        };
        (page, search)
    }

    /// Each document's id, title, date and word count, in corpus order.
    pub fn catalog(&self) -> Vec<CatalogEntry> {
        self.corpus
            .documents
            .iter()
            .zip(&self.analyses)
            .map(|(d, a)| CatalogEntry {
                id: d.id.clone(),
                title: d.title.clone(),
                date: d.date.clone(),
                words: a.words,
                paragraphs: d.paragraphs.len(),
            })
            .collect()
    }

    /// A file name that changes whenever the bytes do (`corpus-<hash>.sift`), so a browser
    /// or cache never serves an old corpus under a new page.
    pub fn file_name(bytes: &[u8]) -> String {
        format!("corpus-{:016x}.sift", fnv1a(bytes))
    }
}

fn post<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("postcard writes every type of the artifact")
}

/// What a [`Decoder`] needs next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// These bytes of the file, passed to [`Decoder::frame`].
    Frame(std::ops::Range<usize>),
    /// A step of checking, [`Decoder::step`].
    Check,
    /// Everything is read and checked: [`Decoder::finish`].
    Done,
}

/// What a [`Decoder`] keeps of what it reads. A browser splits the work: the page keeps
/// the analyses and the packed texts, a Web Worker the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Everything: [`Decoder::finish`].
    All,
    /// The documents (their texts opened and checked) and their analyses; the index's
    /// frames are not asked for (see [`Decoder::frames`]): [`Decoder::finish_documents`].
    Documents,
    /// The analyses, the entity table and the texts still packed, each checked when it is
    /// opened ([`Texts::read`]); the index's frames are not asked for:
    /// [`Decoder::finish_page`].
    Page,
    /// The index, and what narrowing a search by entities needs of each document (its
    /// entities and paragraph count); texts and quotes are dropped once checked:
    /// [`Decoder::finish_search`].
    Search,
}

/// The search side of an artifact ([`Keep::Search`]): the index, and each document's
/// entities, number of paragraphs and facts (the year of its front-matter date, for
/// `year:`, and whether a reader added it, for `in:mine`), in corpus order.
#[derive(Debug)]
pub struct Searchable {
    pub index: Index,
    pub entities: Vec<Vec<Entity>>,
    pub paragraphs: Vec<usize>,
    pub docs: Vec<DocFacts>,
}

/// The facts of documents with these dates, the last `added` of them a reader's.
pub fn facts<'a>(
    dates: impl ExactSizeIterator<Item = Option<&'a str>>,
    added: usize,
) -> Vec<DocFacts> {
    let first_added = dates.len().saturating_sub(added);
    dates
        .enumerate()
        .map(|(i, date)| DocFacts {
            year: date.and_then(crate::overview::year_of),
            added: i >= first_added,
        })
        .collect()
}

/// Reads an artifact a frame at a time, so that a browser can decode a large corpus in
/// short steps (showing progress between them) and copy into memory only the frame it is
/// reading. [`Artifact::decode`] drives it over a whole file.
pub struct Decoder {
    keep: Keep,
    frames: Vec<std::ops::Range<usize>>,
    read: usize,
    head: Option<Head>,
    documents: Vec<Document>,
    /// The packed texts ([`Keep::Page`]).
    packed: Vec<Box<[u8]>>,
    analyses: Vec<DocAnalysis>,
    /// Paragraphs of each document read so far (kept in every mode).
    paragraphs: Vec<usize>,
    /// Each document's entities ([`Keep::Search`]).
    entities: Vec<Vec<Entity>>,
    entity_rows: Vec<EntityRow>,
    passages: Vec<crate::index::Passage>,
    dict: Vec<u8>,
    offsets: Vec<u32>,
    index: Option<Index>,
    checked_terms: usize,
}

/// Documents read so far, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub documents: usize,
    pub of: usize,
}

impl Decoder {
    /// How many bytes at the start of the file hold the header and frame table, from its
    /// first bytes (at least [`Decoder::HEADER`] of them, unless the file is shorter).
    pub fn prefix_len(first: &[u8]) -> Result<usize, ArtifactError> {
        if first.len() < MAGIC.len() || &first[..MAGIC.len()] != MAGIC {
            return Err(ArtifactError::NotAnArtifact);
        }
        let header = first.get(..HEADER_LEN).ok_or(ArtifactError::Truncated {
            expected: HEADER_LEN as u64,
            found: first.len() as u64,
        })?;
        let version = u32::from_le_bytes(header[8..12].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(ArtifactError::Version {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let frames = u32::from_le_bytes(header[12..16].try_into().expect("4 bytes")) as usize;
        if !(1 + TAIL_FRAMES..=1 << 24).contains(&frames) {
            return Err(ArtifactError::Damaged(format!("{frames} frames")));
        }
        Ok(HEADER_LEN + 8 * frames)
    }

    /// Bytes to read first: enough for [`Decoder::prefix_len`].
    pub const HEADER: usize = HEADER_LEN;

    /// A decoder for a file of `file_len` bytes that starts with `prefix` (header and
    /// frame table, [`Decoder::prefix_len`] bytes).
    pub fn new(prefix: &[u8], file_len: u64) -> Result<Decoder, ArtifactError> {
        let decoder = Decoder::open(prefix)?;
        decoder.check_length(file_len, true)?;
        Ok(decoder)
    }

    /// Do `received` bytes agree with the length the header gives: never more, and, once
    /// the file is `complete`, not fewer?
    pub fn check_length(&self, received: u64, complete: bool) -> Result<(), ArtifactError> {
        let expected = self.file_len();
        if received > expected {
            return Err(ArtifactError::Damaged(format!(
                "{} bytes after its end",
                received - expected
            )));
        }
        if complete && received < expected {
            return Err(ArtifactError::Truncated {
                expected,
                found: received,
            });
        }
        Ok(())
    }

    /// A decoder for a file whose length is not known yet (it is still arriving): the
    /// caller checks what arrives with [`Decoder::check_length`].
    pub fn open(prefix: &[u8]) -> Result<Decoder, ArtifactError> {
        let len = Decoder::prefix_len(prefix)?;
        if prefix.len() < len {
            return Err(ArtifactError::Truncated {
                expected: len as u64,
                found: prefix.len() as u64,
            });
        }
        let body = u64::from_le_bytes(prefix[16..24].try_into().expect("8 bytes"));
        let mut frames = Vec::new();
        let mut at = len as u64;
        let mut sum = 0u64;
        for chunk in prefix[HEADER_LEN..len].chunks_exact(8) {
            let n = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            sum = sum.saturating_add(n);
            let end = at.saturating_add(n);
            frames.push(at as usize..end.min(usize::MAX as u64) as usize);
            at = end;
        }
        if sum != body {
            return Err(ArtifactError::Damaged(
                "its frame table does not match its length".into(),
            ));
        }
        Ok(Decoder {
            keep: Keep::All,
            frames,
            read: 0,
            head: None,
            documents: Vec::new(),
            packed: Vec::new(),
            analyses: Vec::new(),
            paragraphs: Vec::new(),
            entities: Vec::new(),
            entity_rows: Vec::new(),
            passages: Vec::new(),
            dict: Vec::new(),
            offsets: Vec::new(),
            index: None,
            checked_terms: 0,
        })
    }

    /// Keep only `keep` of what is read (everything unless told).
    pub fn keeping(mut self, keep: Keep) -> Decoder {
        self.keep = keep;
        self
    }

    /// Where each frame lies in the file, in the order they are read (a page that keeps
    /// only the documents hands every frame on to the worker that keeps the index).
    pub fn frames(&self) -> &[std::ops::Range<usize>] {
        &self.frames
    }

    /// The whole file's length in bytes, as its header gives it.
    pub fn file_len(&self) -> u64 {
        self.frames.last().map_or(0, |f| f.end as u64)
    }

    /// The catalog of the corpus's documents, once the first frame is read.
    pub fn catalog(&self) -> Option<&[CatalogEntry]> {
        self.head.as_ref().map(|h| h.catalog.as_slice())
    }

    /// The corpus name, once the first frame is read.
    pub fn name(&self) -> Option<&str> {
        self.head.as_ref().map(|h| h.name.as_str())
    }

    pub fn progress(&self) -> Progress {
        Progress {
            documents: self.paragraphs.len(),
            of: self.catalog().map_or(0, <[CatalogEntry]>::len),
        }
    }

    pub fn next(&self) -> Next {
        let wanted = match self.keep {
            Keep::Documents | Keep::Page => self.frames.len() - INDEX_FRAMES,
            Keep::All | Keep::Search => self.frames.len(),
        };
        if self.read < wanted {
            Next::Frame(self.frames[self.read].clone())
        } else if self
            .index
            .as_ref()
            .is_some_and(|i| self.checked_terms < i.term_count())
        {
            Next::Check
        } else {
            Next::Done
        }
    }

    /// Decode the frame [`Decoder::next`] asked for.
    pub fn frame(&mut self, bytes: &[u8]) -> Result<(), ArtifactError> {
        self.read_frame(Cow::Borrowed(bytes))
    }

    /// [`Decoder::frame`] for bytes the caller no longer needs: the index's tables keep
    /// them as they are, with no second copy.
    pub fn frame_owned(&mut self, bytes: Vec<u8>) -> Result<(), ArtifactError> {
        self.read_frame(Cow::Owned(bytes))
    }

    fn read_frame(&mut self, bytes: Cow<'_, [u8]>) -> Result<(), ArtifactError> {
        let damaged = |e: postcard::Error| ArtifactError::Damaged(e.to_string());
        let n = self.read;
        // prefix_len made sure there are at least the head and the index frames
        let docs_end = self.frames.len() - TAIL_FRAMES;
        if n == 0 {
            let head: Head = postcard::from_bytes(&bytes).map_err(damaged)?;
            // (the catalog, already in memory, bounds what is reserved)
            let n = head.catalog.len();
            self.paragraphs.reserve_exact(n);
            match self.keep {
                Keep::All | Keep::Documents => {
                    self.documents.reserve_exact(n);
                    self.analyses.reserve_exact(n);
                }
                Keep::Page => {
                    self.packed.reserve_exact(n);
                    self.analyses.reserve_exact(n);
                }
                Keep::Search => self.entities.reserve_exact(n),
            }
            self.head = Some(head);
        } else if n < docs_end {
            let (analyses, texts): (Vec<DocAnalysis>, &[u8]) =
                postcard::take_from_bytes(&bytes).map_err(damaged)?;
            let first = self.paragraphs.len();
            let catalog = &self.head.as_ref().expect("read first").catalog;
            let Some(listed) = catalog.get(first..first + analyses.len()) else {
                return Err(ArtifactError::Damaged(
                    "it has more documents than its catalog".into(),
                ));
            };
            if self.keep == Keep::Search {
                // The texts are the page's; the catalog gives their paragraph counts.
                self.paragraphs.extend(listed.iter().map(|e| e.paragraphs));
                self.entities
                    .extend(analyses.into_iter().map(|a| a.entities));
            } else {
                let packed: Vec<&[u8]> = postcard::from_bytes(texts).map_err(damaged)?;
                if packed.len() != analyses.len() {
                    return Err(ArtifactError::Damaged(
                        "documents and analyses do not pair up".into(),
                    ));
                }
                if self.keep == Keep::Page {
                    // Checked when each is opened (Texts::read).
                    self.paragraphs.extend(listed.iter().map(|e| e.paragraphs));
                    self.packed.extend(packed.into_iter().map(Box::from));
                    self.analyses.extend(analyses);
                } else {
                    let documents = packed
                        .into_iter()
                        .map(unpack)
                        .collect::<Result<Vec<Document>, _>>()?;
                    check_analyses(first, &documents, &analyses).map_err(ArtifactError::Damaged)?;
                    if listed
                        .iter()
                        .zip(&documents)
                        .any(|(e, d)| e.id != d.id || e.paragraphs != d.paragraphs.len())
                    {
                        return Err(ArtifactError::Damaged(
                            "its documents are not those of its catalog".into(),
                        ));
                    }
                    self.paragraphs
                        .extend(documents.iter().map(|d| d.paragraphs.len()));
                    self.documents.extend(documents);
                    self.analyses.extend(analyses);
                }
            }
        } else if n == docs_end {
            // the entity table: the page's (the search side has the entities themselves)
            if self.keep != Keep::Search {
                let rows: Vec<EntityRow> = postcard::from_bytes(&bytes).map_err(damaged)?;
                let documents = self.head.as_ref().expect("read first").catalog.len();
                check_rows(&rows, documents).map_err(ArtifactError::Damaged)?;
                self.entity_rows = rows;
            }
        } else {
            match n - docs_end - 1 {
                0 => self.passages = postcard::from_bytes(&bytes).map_err(damaged)?,
                1 => self.dict = bytes.into_owned(),
                2 => {
                    if !bytes.len().is_multiple_of(4) {
                        return Err(ArtifactError::Damaged("postings offsets are cut".into()));
                    }
                    self.offsets = bytes
                        .chunks_exact(4)
                        .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
                        .collect();
                }
                _ => {
                    let head = self.head.as_ref().expect("read first");
                    let index = Index::from_parts_unwalked(IndexParts {
                        dict: std::mem::take(&mut self.dict),
                        offsets: std::mem::take(&mut self.offsets),
                        postings: bytes.into_owned(),
                        passages: std::mem::take(&mut self.passages),
                        doc_count: head.catalog.len() as u32,
                        avg_len: head.avg_len,
                    })
                    .map_err(ArtifactError::Damaged)?;
                    check_index(&self.paragraphs, &index).map_err(ArtifactError::Damaged)?;
                    self.index = Some(index);
                }
            }
        }
        self.read += 1;
        Ok(())
    }

    /// One step of checking the index's postings.
    pub fn step(&mut self) -> Result<(), ArtifactError> {
        if let Some(index) = &self.index {
            let end = (self.checked_terms + TERMS_PER_STEP).min(index.term_count());
            index
                .check_postings(self.checked_terms..end)
                .map_err(ArtifactError::Damaged)?;
            self.checked_terms = end;
        }
        Ok(())
    }

    fn unfinished() -> ArtifactError {
        ArtifactError::Damaged("it was not read to its end".into())
    }

    /// The artifact, once [`Decoder::next`] says [`Next::Done`] ([`Keep::All`]).
    pub fn finish(self) -> Result<Artifact, ArtifactError> {
        let done = self.next() == Next::Done && self.keep == Keep::All;
        let (true, Some(head), Some(index)) = (done, self.head, self.index) else {
            return Err(Decoder::unfinished());
        };
        Ok(Artifact {
            corpus: Corpus {
                name: head.name,
                documents: self.documents,
            },
            added: head.added,
            analyses: self.analyses,
            entity_rows: self.entity_rows,
            index,
        })
    }

    /// The documents and their analyses ([`Keep::Documents`]), once [`Decoder::next`] says
    /// [`Next::Done`].
    pub fn finish_documents(self) -> Result<DocumentsSide, ArtifactError> {
        let done = self.next() == Next::Done && self.keep == Keep::Documents;
        let (true, Some(head)) = (done, self.head) else {
            return Err(Decoder::unfinished());
        };
        if self.documents.len() != head.catalog.len() {
            return Err(ArtifactError::Damaged(format!(
                "{} documents but {} in its catalog",
                self.documents.len(),
                head.catalog.len()
            )));
        }
        Ok(DocumentsSide {
            corpus: Corpus {
                name: head.name,
                documents: self.documents,
            },
            added: head.added,
            analyses: self.analyses,
            entity_rows: self.entity_rows,
        })
    }

    /// The analyses, the entity table and the packed texts ([`Keep::Page`]), once
    /// [`Decoder::next`] says [`Next::Done`].
    pub fn finish_page(self) -> Result<PageSide, ArtifactError> {
        let done = self.next() == Next::Done && self.keep == Keep::Page;
        let (true, Some(head)) = (done, self.head) else {
            return Err(Decoder::unfinished());
        };
        if self.packed.len() != head.catalog.len() {
            return Err(ArtifactError::Damaged(format!(
                "{} documents but {} in its catalog",
                self.packed.len(),
                head.catalog.len()
            )));
        }
        Ok(PageSide {
            name: head.name,
            added: head.added,
            analyses: self.analyses,
            entity_rows: self.entity_rows,
            texts: Texts {
                packed: self.packed,
            },
        })
    }

    /// The search side ([`Keep::Search`]), once [`Decoder::next`] says [`Next::Done`].
    pub fn finish_search(self) -> Result<Searchable, ArtifactError> {
        let done = self.next() == Next::Done && self.keep == Keep::Search;
        let (true, Some(index)) = (done, self.index) else {
            return Err(Decoder::unfinished());
        };
        let docs = self.head.as_ref().map_or_else(Vec::new, |h| {
            facts(h.catalog.iter().map(|c| c.date.as_deref()), h.added)
        });
        Ok(Searchable {
            index,
            entities: self.entities,
            paragraphs: self.paragraphs,
            docs,
        })
    }
}

/// Every mention and quote of these documents (the first is number `first`) inside its
/// text, every speaker's entity one of the document's.
fn check_analyses(first: usize, docs: &[Document], analyses: &[DocAnalysis]) -> Result<(), String> {
    let in_text = |doc: &Document, paragraph: usize, start: usize, end: usize| {
        doc.paragraphs
            .get(paragraph)
            .is_some_and(|p| start <= end && p.get(start..end).is_some())
    };
    for (n, (doc, a)) in docs.iter().zip(analyses).enumerate() {
        let bad = |what: &str| {
            format!(
                "{what} outside the text of document {} ({})",
                first + n,
                doc.id
            )
        };
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
    Ok(())
}

/// Every row of the entity table names documents of the corpus, each once, in order, as
/// many as it counts.
fn check_rows(rows: &[EntityRow], documents: usize) -> Result<(), String> {
    for r in rows {
        let in_order = r.docs.windows(2).all(|w| w[0] < w[1]);
        let inside = r.docs.last().is_none_or(|&d| (d as usize) < documents);
        if !in_order || !inside || r.docs.len() != r.documents {
            return Err(format!(
                "its entity table names documents it does not have ({})",
                r.name
            ));
        }
    }
    Ok(())
}

/// The index covers exactly these documents (their paragraph counts), and every passage
/// is one of their paragraphs.
fn check_index(paragraphs: &[usize], index: &Index) -> Result<(), String> {
    if index.doc_count() != paragraphs.len() {
        return Err(format!(
            "{} documents but {} indexed documents",
            paragraphs.len(),
            index.doc_count()
        ));
    }
    for id in 0..index.passage_count() {
        let p = index.passage(id as u32);
        let paragraphs = paragraphs[p.doc as usize];
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
        assert_eq!(back.entity_rows, built.entity_rows);
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
                    expected: 24,
                    found: 12,
                },
                says: "incomplete (12 of 24 bytes)",
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
                // and each side of a browser on its own never panics either
                for keep in [Keep::Documents, Keep::Page, Keep::Search] {
                    let _ = decode_keeping(&bad, keep);
                }
            }
        }
        // Most damage is caught (a changed letter inside a text is still a valid text).
        assert!(refused > good.len(), "{refused} of {}", 3 * good.len());
    }

    /// A corpus large enough for several frames of documents: `n` documents of about 9 KB.
    fn many(n: usize) -> Corpus {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../seeds/000_1c3fc3bf6f08bbcf.txt"),
        )
        .unwrap();
        let names: Vec<String> = (0..n).map(|i| format!("doc{i:03}.txt")).collect();
        let texts: Vec<String> = (0..n)
            .map(|i| format!("Dispatch {i}\n\n{}", &text[..text.len() * (i % 4 + 1) / 4]))
            .collect();
        corpus(
            &names
                .iter()
                .zip(&texts)
                .map(|(n, t)| (n.as_str(), t.as_str()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn a_large_corpus_is_read_a_frame_at_a_time() {
        let built = Artifact::build(many(60));
        let bytes = built.encode();
        let mut decoder = Decoder::new(
            &bytes[..Decoder::prefix_len(&bytes[..Decoder::HEADER]).unwrap()],
            bytes.len() as u64,
        )
        .unwrap();
        let (mut frames, mut checks, mut seen) = (0, 0, Vec::new());
        loop {
            match decoder.next() {
                Next::Frame(range) => {
                    // only the frame's own bytes are handed over
                    decoder.frame_owned(bytes[range].to_vec()).unwrap();
                    frames += 1;
                    if frames == 1 {
                        // the list of documents is known from the first frame on
                        assert_eq!(decoder.catalog(), Some(built.catalog().as_slice()));
                        assert_eq!(decoder.progress().documents, 0);
                    }
                    seen.push(decoder.progress());
                }
                Next::Check => {
                    decoder.step().unwrap();
                    checks += 1;
                }
                Next::Done => break,
            }
        }
        assert_eq!(decoder.name(), Some("test"));
        let back = decoder.finish().unwrap();
        assert_eq!(back.corpus, built.corpus);
        assert_eq!(back.analyses, built.analyses);
        assert_eq!(back.index.to_parts(), built.index.to_parts());
        // 60 documents of 2-9 KB: several frames of documents, progress rising to 60 of 60
        let doc_frames = frames - 1 - TAIL_FRAMES;
        assert!(doc_frames >= 3, "{doc_frames} frames of documents");
        assert!(seen.windows(2).all(|w| w[0].documents <= w[1].documents));
        assert_eq!(
            seen.last(),
            Some(&Progress {
                documents: 60,
                of: 60
            })
        );
        assert!(checks >= 1);
    }

    fn decode_keeping(bytes: &[u8], keep: Keep) -> Result<(), ArtifactError> {
        let prefix = Decoder::prefix_len(bytes)?.min(bytes.len());
        let mut d = Decoder::new(&bytes[..prefix], bytes.len() as u64)?.keeping(keep);
        loop {
            match d.next() {
                Next::Frame(range) => d.frame(&bytes[range])?,
                Next::Check => d.step()?,
                Next::Done if keep == Keep::Search => return d.finish_search().map(drop),
                Next::Done if keep == Keep::Page => {
                    // and every text opened as a page opens it
                    let catalog = d.catalog().unwrap_or_default().to_vec();
                    let page = d.finish_page()?;
                    for (n, (entry, a)) in catalog.iter().zip(&page.analyses).enumerate() {
                        let _ = page.texts.read(n, entry, a);
                    }
                    return Ok(());
                }
                Next::Done => return d.finish_documents().map(drop),
            }
        }
    }

    /// Read `bytes` keeping `keep`, frame by frame as a browser does; the frames it asked for.
    fn read_keeping(bytes: &[u8], keep: Keep) -> (Decoder, Vec<usize>) {
        let prefix = Decoder::prefix_len(&bytes[..Decoder::HEADER]).unwrap();
        let mut decoder = Decoder::new(&bytes[..prefix], bytes.len() as u64)
            .unwrap()
            .keeping(keep);
        let mut asked = Vec::new();
        loop {
            match decoder.next() {
                Next::Frame(range) => {
                    asked.push(decoder.frames().iter().position(|f| *f == range).unwrap());
                    decoder.frame_owned(bytes[range].to_vec()).unwrap();
                }
                Next::Check => decoder.step().unwrap(),
                Next::Done => return (decoder, asked),
            }
        }
    }

    #[test]
    fn the_page_and_the_worker_each_keep_their_side() {
        let built = Artifact::build(many(40));
        let bytes = built.encode();
        let frames = Decoder::open(&bytes).unwrap().frames().len();
        let (whole_page, whole) = Artifact::decode(&bytes).unwrap().split();

        // the page: documents and analyses, and it never asks for the index's frames
        let (page, asked) = read_keeping(&bytes, Keep::Documents);
        assert_eq!(asked, (0..frames - INDEX_FRAMES).collect::<Vec<_>>());
        assert_eq!(
            page.progress(),
            Progress {
                documents: 40,
                of: 40
            }
        );
        let page = page.finish_documents().unwrap();
        assert_eq!(page.corpus, built.corpus);
        assert_eq!(page.analyses, built.analyses);
        // the corpus entity table comes made, as the build made it
        assert_eq!(page.entity_rows, built.entity_rows);
        assert!(page.entity_rows.iter().any(|r| r.documents == 40));
        // each row's documents name it (the corpus step named their entities after it)
        for row in &page.entity_rows {
            for &d in &row.docs {
                assert!(
                    page.analyses[d as usize]
                        .entities
                        .iter()
                        .any(|e| crate::filter::mentions(e, row.kind, &row.name)),
                    "{row:?} in document {d}"
                );
            }
        }

        // the worker: every frame, keeping the index, entities and paragraph counts
        let (worker, asked) = read_keeping(&bytes, Keep::Search);
        assert_eq!(asked, (0..frames).collect::<Vec<_>>());
        let side = worker.finish_search().unwrap();
        assert_eq!(side.index.to_parts(), built.index.to_parts());
        assert_eq!(side.entities, whole.entities);
        assert_eq!(side.paragraphs, whole.paragraphs);
        let counts: Vec<usize> = built
            .corpus
            .documents
            .iter()
            .map(|d| d.paragraphs.len())
            .collect();
        assert_eq!(side.paragraphs, counts);
        assert_eq!(side.entities[3], built.analyses[3].entities);
        let q = crate::query::parse("basra", false);
        assert_eq!(
            format!("{:?}", search(&side.index, &q)),
            format!("{:?}", search(&built.index, &q))
        );

        // a page: the analyses and the entity table, the texts packed (a fraction of their
        // size) and each opened as it is read
        let (page, asked) = read_keeping(&bytes, Keep::Page);
        assert_eq!(asked, (0..frames - INDEX_FRAMES).collect::<Vec<_>>());
        let catalog = page.catalog().unwrap().to_vec();
        let page = page.finish_page().unwrap();
        assert_eq!(page.name, "test");
        assert_eq!(page.analyses, built.analyses);
        assert_eq!(page.entity_rows, built.entity_rows);
        assert_eq!(page.texts, whole_page.texts);
        let text: usize = built
            .corpus
            .documents
            .iter()
            .map(|d| d.paragraphs.iter().map(String::len).sum::<usize>())
            .sum();
        assert!(
            page.texts.packed_bytes() * 2 < text,
            "{} packed of {text}",
            page.texts.packed_bytes()
        );
        for (n, doc) in built.corpus.documents.iter().enumerate() {
            assert_eq!(
                page.texts.read(n, &catalog[n], &page.analyses[n]).as_ref(),
                Ok(doc)
            );
        }
        // a text read against another document's entry or analysis is refused
        assert!(matches!(
            page.texts.read(0, &catalog[1], &page.analyses[0]),
            Err(ArtifactError::Damaged(w)) if w.contains("not the one its catalog lists")
        ));
        assert!(page.texts.read(40, &catalog[0], &page.analyses[0]).is_err());

        // each side finishes only as what it kept
        assert!(read_keeping(&bytes, Keep::Page)
            .0
            .finish_documents()
            .is_err());
        assert!(read_keeping(&bytes, Keep::Documents)
            .0
            .finish_page()
            .is_err());
        assert!(read_keeping(&bytes, Keep::Documents).0.finish().is_err());
        assert!(read_keeping(&bytes, Keep::Search)
            .0
            .finish_documents()
            .is_err());
        assert!(read_keeping(&bytes, Keep::All).0.finish_search().is_err());
    }

    #[test]
    fn damage_in_the_index_is_found_by_the_side_that_reads_it() {
        let built = Artifact::build(many(8));
        let mut bytes = built.encode();
        let postings = Decoder::open(&bytes)
            .unwrap()
            .frames()
            .last()
            .unwrap()
            .clone();
        // a postings list that runs past its end
        for b in &mut bytes[postings] {
            *b = 0xff;
        }
        let (page, _) = read_keeping(&bytes, Keep::Documents);
        assert!(page.finish_documents().is_ok());
        let prefix = Decoder::prefix_len(&bytes[..Decoder::HEADER]).unwrap();
        let mut worker = Decoder::open(&bytes[..prefix])
            .unwrap()
            .keeping(Keep::Search);
        let error = loop {
            let step = match worker.next() {
                Next::Frame(range) => worker.frame(&bytes[range]),
                Next::Check => worker.step(),
                Next::Done => panic!("damaged postings were accepted"),
            };
            if let Err(e) = step {
                break e;
            }
        };
        assert!(matches!(error, ArtifactError::Damaged(_)), "{error:?}");
    }

    #[test]
    fn finishing_early_is_an_error() {
        let bytes = Artifact::build(every_kind()).encode();
        let prefix = Decoder::prefix_len(&bytes).unwrap();
        let mut decoder = Decoder::new(&bytes[..prefix], bytes.len() as u64).unwrap();
        if let Next::Frame(range) = decoder.next() {
            decoder.frame(&bytes[range]).unwrap();
        }
        assert!(matches!(
            decoder.finish(),
            Err(ArtifactError::Damaged(why)) if why.contains("not read to its end")
        ));
    }

    #[test]
    fn an_entity_table_naming_other_documents_is_refused() {
        let artifact = Artifact::build(every_kind());
        let n = artifact.corpus.documents.len() as u32;
        assert!(!artifact.entity_rows.is_empty());
        type Damage = fn(&mut EntityRow, u32);
        let damages: [(&str, Damage); 3] = [
            ("a document past the end", |r, n| {
                r.docs.push(n);
                r.documents += 1;
            }),
            ("documents out of order", |r, _| {
                r.docs.insert(0, r.docs[0] + 1);
                r.documents += 1;
            }),
            ("a count that is not its documents'", |r, _| {
                r.documents += 1
            }),
        ];
        for (name, damage) in damages {
            let mut bad = Artifact::build(every_kind());
            damage(&mut bad.entity_rows[0], n);
            let error = Artifact::decode(&bad.encode()).unwrap_err();
            assert!(
                matches!(&error, ArtifactError::Damaged(w) if w.contains("entity table")),
                "{name}: {error}"
            );
        }
    }

    #[test]
    fn the_build_links_entities_across_documents() {
        let built = Artifact::build(corpus(&[
            (
                "a.txt",
                "President-elect John F. Kennedy named his cabinet.",
            ),
            ("b.txt", "“We will win,” said President Kennedy."),
        ]));
        let b = &built.analyses[1];
        let jfk = b
            .entities
            .iter()
            .position(|e| e.name == "John F. Kennedy")
            .unwrap();
        assert_eq!(b.entities[jfk].aliases, ["Kennedy"]);
        let speaker = b.quotes[0].speaker.as_ref().unwrap();
        assert_eq!(
            (speaker.entity, speaker.name.as_str()),
            (Some(jfk), "John F. Kennedy")
        );
        let row = built
            .entity_rows
            .iter()
            .find(|r| r.name == "John F. Kennedy")
            .unwrap();
        assert_eq!((row.documents, &row.docs[..]), (2, &[0, 1][..]));
        assert_round_trip(built.corpus);
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

    #[test]
    fn a_damaged_text_is_refused_when_it_is_opened() {
        let built = Artifact::build(every_kind());
        let bytes = built.encode();
        let front = built
            .corpus
            .documents
            .iter()
            .position(|d| d.id == "front")
            .unwrap();
        let (page, _) = read_keeping(&bytes, Keep::Page);
        let catalog = page.catalog().unwrap().to_vec();
        let mut page = page.finish_page().unwrap();
        let good = page.texts.packed[front].clone();
        type Damage = fn(&mut Vec<u8>);
        let damages: [(&str, Damage); 3] = [
            ("cut short", |p| p.truncate(p.len() / 2)),
            ("not DEFLATE at all", |p| {
                p.iter_mut().for_each(|b| *b = 0xff)
            }),
            ("empty", Vec::clear),
        ];
        for (name, damage) in damages {
            let mut bad = good.to_vec();
            damage(&mut bad);
            page.texts.packed[front] = bad.into_boxed_slice();
            let error = page
                .texts
                .read(front, &catalog[front], &page.analyses[front])
                .unwrap_err();
            assert!(
                error.to_string().starts_with("the corpus file is damaged"),
                "{name}: {error}"
            );
        }
        // another document's text in its place: its quotes fall outside it
        page.texts.packed[front] = page.texts.packed[front - 1].clone();
        assert!(page
            .texts
            .read(front, &catalog[front], &page.analyses[front])
            .is_err());
    }
}
