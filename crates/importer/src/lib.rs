//! A reader's own files added to the bundled corpus, in the browser (issue 13).
//!
//! The app's wasm carries no extraction code for files (no zip, HTML or encoding crates):
//! the corpus it shows was analysed at build time into one artifact
//! ([`sift_engine::artifact`]). When a reader adds their own files, the page loads this
//! separate wasm in a Web Worker, lazily. It reads each file with the engine's
//! [`sift_engine::import`] (feature `import`), and [`Session::build`] analyses the bundled
//! documents and the reader's together into a new artifact, exactly as `build.rs` and
//! `sift analyze` do ([`Artifact::build`]: index, entities, quotes, and the step that links
//! entities across documents, which is why the bundled documents are analysed again).
//! The page then keeps those bytes (in IndexedDB) and boots from them through the artifact
//! path it already has.
//!
//! [`Session`] is the logic, in plain Rust (tested natively); [`js`] is its thin
//! wasm-bindgen wrapper, `Importer`, which a worker uses like this
//! (`wasm-bindgen --target web`):
//!
//! ```js
//! import init, { Importer, artifactName } from './sift_importer.js';
//! await init();
//! const importer = new Importer(bundledBytes);           // throws if it is not an artifact
//! importer.add('notes.txt', bytes);                      // {ok: true, id, title, notices: [...]}
//! importer.addPdf('report.pdf', pagesFromPdfJs);         // or {ok: false, message}
//! importer.addText('', pastedText);
//! importer.remove('notes');
//! importer.added();                                      // [{id, title}, ...]
//! const artifact = importer.build('My corpus');          // Uint8Array
//! artifactName(artifact);                                // "corpus-<hash>.sift"
//! ```
//!
//! `build` runs to its end in one call, with no progress to report: on Brown's 500 texts
//! (1M words, an 11 MB artifact) it took 0.9–1.1 s natively and 1.5 s in Node's wasm
//! (2026-12-04, 2 shared cores; `examples/brown.rs`, `examples/brown.mjs`), which is why
//! it runs in a worker. Reading the bundled artifact takes 10–20 ms.
//!
//! Nothing here panics on bad input: a file that cannot be read gives its
//! [`ImportError::message`], which names the file.

pub mod js;

use sift_engine::artifact::{Artifact, ArtifactError, Decoder, Keep, Next};
use sift_engine::corpus::Corpus;
use sift_engine::document::{parse, Format};
use sift_engine::import::{self, pdf::Page, ImportError, Imported, Limits};
use sift_engine::Document;

/// The bundled corpus's documents and the ones a reader added, in the order they were added.
#[derive(Debug, Clone, Default)]
pub struct Session {
    name: String,
    bundled: Vec<Document>,
    added: Vec<Document>,
}

/// A document that was added: its id (made unique), its title, and what the reader should
/// know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub id: String,
    pub title: String,
    pub notices: Vec<String>,
}

/// The id a pasted text gets when its title has no letters or digits.
const PASTED: &str = "pasted";

impl Session {
    /// A session over the documents of a bundled artifact (its index and analyses are not
    /// kept: [`Session::build`] makes them again, over every document).
    pub fn new(bundled: &[u8]) -> Result<Session, ArtifactError> {
        Ok(Session::from_corpus(documents_of(bundled)?))
    }

    /// A session over a corpus's documents.
    pub fn from_corpus(corpus: Corpus) -> Session {
        Session {
            name: corpus.name,
            bundled: corpus.documents,
            added: Vec::new(),
        }
    }

    /// The bundled corpus's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn bundled(&self) -> &[Document] {
        &self.bundled
    }

    /// The reader's documents, in the order they were added.
    pub fn added(&self) -> &[Document] {
        &self.added
    }

    /// Add one file, read by [`import::import`] with the default [`Limits`]. The error is
    /// the message a reader sees ("photo.jpg: not a document Sift can read (…)").
    pub fn add(&mut self, file_name: &str, bytes: &[u8]) -> Result<Added, String> {
        let imported = import::import(file_name, bytes, &Limits::default());
        self.keep(file_name, imported)
    }

    /// Add a PDF from the pages pdf.js read of it ([`import::from_pdf_pages`]).
    pub fn add_pdf(&mut self, file_name: &str, pages: &[Page]) -> Result<Added, String> {
        let imported = import::from_pdf_pages(file_name, pages);
        self.keep(file_name, imported)
    }

    /// Add pasted text, read as a `.txt` file is (paragraphs at blank lines, front matter
    /// if it starts with one). `title` is its title; when empty, the title is derived from
    /// the text as for a file without one. The id comes from the title's first words.
    pub fn add_text(&mut self, title: &str, text: &str) -> Result<Added, String> {
        let label = if title.trim().is_empty() {
            "pasted text"
        } else {
            title.trim()
        };
        if text.trim().is_empty() {
            return Err(format!("{label}: nothing to add (the text is empty)"));
        }
        let limit = Limits::default().max_file_bytes;
        let imported = if text.len() as u64 > limit {
            Err(ImportError::TooLarge {
                bytes: text.len() as u64,
                limit,
            })
        } else {
            parse(PASTED, Format::Text, text.as_bytes())
                .map_err(ImportError::from)
                .map(|mut document| {
                    if !title.trim().is_empty() {
                        document.title = title.trim().to_string();
                        document.title_derived = false;
                    }
                    document.id = slug(&document.title);
                    Imported {
                        document,
                        notices: Vec::new(),
                    }
                })
        };
        self.keep(label, imported)
    }

    /// A stored document back into the session, as [`Session::stored`] gave it, under the
    /// id it had (made unique if the bundled corpus has it now).
    pub fn restore(&mut self, stored: &[u8]) -> Result<Added, String> {
        let document: Document = postcard::from_bytes(stored).map_err(|_| {
            "a stored document could not be read back (it was stored by another version of Sift, or damaged)".to_string()
        })?;
        let label = document.id.clone();
        self.keep(
            &label,
            Ok(Imported {
                document,
                notices: Vec::new(),
            }),
        )
    }

    /// An added document as bytes to store ([`Session::restore`] reads them back).
    pub fn stored(&self, id: &str) -> Option<Vec<u8>> {
        let document = self.added.iter().find(|d| d.id == id)?;
        postcard::to_allocvec(document).ok()
    }

    /// Add every document of a collection (an artifact, as [`Session::collection`]
    /// writes it): one answer per document, or the reason the file is not one.
    pub fn add_collection(
        &mut self,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<Vec<Result<Added, String>>, String> {
        let corpus = documents_of(bytes)
            .map_err(|e| format!("{file_name}: not a Sift collection Sift can read ({e})"))?;
        Ok(corpus
            .documents
            .into_iter()
            .map(|document| {
                let label = format!("{file_name}: {}", document.title);
                self.keep(
                    &label,
                    Ok(Imported {
                        document,
                        notices: Vec::new(),
                    }),
                )
            })
            .collect())
    }

    /// The added documents alone, as one file (an artifact, with their analysis) that
    /// [`Session::add_collection`] reads in another browser; `None` when none were added.
    pub fn collection(&self, name: &str) -> Option<Vec<u8>> {
        if self.added.is_empty() {
            return None;
        }
        let corpus = Corpus {
            name: name.trim().to_string(),
            documents: self.added.clone(),
        };
        Some(Artifact::build(corpus).encode())
    }

    /// Take an added document out again; false if no added document has this id.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.added.len();
        self.added.retain(|d| d.id != id);
        self.added.len() != before
    }

    /// The corpus of the bundled documents, then the added ones, named `name` (the bundled
    /// corpus's name when empty).
    pub fn corpus(&self, name: &str) -> Corpus {
        Corpus {
            name: if name.trim().is_empty() {
                self.name.clone()
            } else {
                name.trim().to_string()
            },
            documents: self.bundled.iter().chain(&self.added).cloned().collect(),
        }
    }

    /// The artifact of [`Session::corpus`]: what `build.rs` would bundle for these
    /// documents, with the added ones marked as the reader's ([`Artifact::added`], for
    /// `in:mine`).
    pub fn build(&self, name: &str) -> Vec<u8> {
        Artifact {
            added: self.added.len(),
            ..Artifact::build(self.corpus(name))
        }
        .encode()
    }

    /// Keep a document that was read, under an id no other document has.
    fn keep(
        &mut self,
        label: &str,
        imported: Result<Imported, ImportError>,
    ) -> Result<Added, String> {
        let Imported {
            mut document,
            notices,
        } = imported.map_err(|e| e.message(label))?;
        if document.paragraphs.is_empty() {
            return Err(ImportError::NoText { what: "file" }.message(label));
        }
        let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
        let wanted = if document.id.trim().is_empty() {
            "document".to_string()
        } else {
            std::mem::take(&mut document.id)
        };
        document.id = self.unique_id(&wanted);
        if document.id != wanted {
            notices.push(format!(
                "another document has the id \"{wanted}\": this one's is \"{}\"",
                document.id
            ));
        }
        let added = Added {
            id: document.id.clone(),
            title: document.title.clone(),
            notices,
        };
        self.added.push(document);
        Ok(added)
    }

    /// `id`, or `id-2`, `id-3`… if a document has it already.
    fn unique_id(&self, id: &str) -> String {
        let taken = |candidate: &str| {
            self.bundled
                .iter()
                .chain(&self.added)
                .any(|d| d.id == candidate)
        };
        let mut candidate = id.to_string();
        let mut n = 2;
        while taken(&candidate) {
            candidate = format!("{id}-{n}");
            n += 1;
        }
        candidate
    }
}

/// The documents of an artifact's bytes (its index and analyses are not kept).
fn documents_of(bytes: &[u8]) -> Result<Corpus, ArtifactError> {
    let prefix = Decoder::prefix_len(bytes)?.min(bytes.len());
    let mut decoder = Decoder::new(&bytes[..prefix], bytes.len() as u64)?.keeping(Keep::Documents);
    loop {
        match decoder.next() {
            Next::Frame(range) => decoder.frame(&bytes[range])?,
            Next::Check => decoder.step()?,
            Next::Done => return Ok(decoder.finish_documents()?.corpus),
        }
    }
}

/// An id from a title: its first six words, lower-cased and joined by hyphens
/// ("Calm in Basra." → "calm-in-basra"); [`PASTED`] without letters or digits.
fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        PASTED.to_string()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Calm in Basra."), "calm-in-basra");
        assert_eq!(
            slug("Ça va, Zoë? Oui: un deux trois"),
            "ça-va-zoë-oui-un-deux"
        );
        assert_eq!(slug("— …"), PASTED);
    }

    #[test]
    fn ids_are_made_unique() {
        let mut s = Session::default();
        assert_eq!(s.add_text("", "A note.").unwrap().id, "a-note");
        let again = s.add_text("A note", "Another.").unwrap();
        assert_eq!(again.id, "a-note-2");
        assert_eq!(
            again.notices,
            ["another document has the id \"a-note\": this one's is \"a-note-2\""]
        );
        assert_eq!(s.add_text("A note", "Third.").unwrap().id, "a-note-3");
        assert!(s.remove("a-note-2"));
        assert!(!s.remove("a-note-2"));
        assert_eq!(s.add_text("A note", "Fourth.").unwrap().id, "a-note-2");
    }
}
