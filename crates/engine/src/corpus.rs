//! A corpus on disk: which files of a folder are documents, and reading them.
//!
//! Used by the CLI and by the app's build script, which embeds the documents it finds.
//!
//! Without the crate feature `import` the documents are `.txt` and `.md` files, read by
//! [`parse`]. With it (the CLI's), a folder's documents are also its `.html`/`.htm` and
//! `.docx` files, and every file is read through [`crate::import::import`]: a UTF-8
//! `.txt`/`.md` gives the same document byte for byte, a Windows-1252 or UTF-16 one is
//! decoded (with a notice), and the other formats are read as that module says.

use crate::document::{parse, Document, Format, ParseError};
use std::fmt;
use std::path::{Path, PathBuf};

/// A named set of parsed documents, in file-name order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    pub name: String,
    pub documents: Vec<Document>,
}

impl Corpus {
    /// Parse files given as (file name, bytes). The files that parse form the corpus; the
    /// others come back by file name with the reason, so nothing is dropped silently.
    ///
    /// ```
    /// use sift_engine::corpus::Corpus;
    /// let files = [("b.md", "# Bee".as_bytes()), ("a.txt", b"Ant.".as_slice()), ("c.txt", b"\xff")];
    /// let (corpus, failed) = Corpus::from_files("demo", files);
    /// assert_eq!(corpus.documents.iter().map(|d| d.title.as_str()).collect::<Vec<_>>(), ["Ant.", "Bee"]);
    /// assert_eq!(failed[0].0, "c.txt");
    /// ```
    pub fn from_files<'a>(
        name: &str,
        files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> (Corpus, Vec<(String, ParseError)>) {
        let mut files: Vec<_> = files.into_iter().collect();
        files.sort_by(|a, b| a.0.cmp(b.0));
        let mut documents = Vec::with_capacity(files.len());
        let mut failed = Vec::new();
        for (file_name, bytes) in files {
            let format = Format::from_file_name(file_name).unwrap_or(Format::Text);
            match parse(&id_from_path(Path::new(file_name)), format, bytes) {
                Ok(doc) => documents.push(doc),
                Err(e) => failed.push((file_name.to_string(), e)),
            }
        }
        let corpus = Corpus {
            name: name.to_string(),
            documents,
        };
        (corpus, failed)
    }

    /// The document with this id.
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Words in all documents.
    pub fn word_count(&self) -> usize {
        self.documents.iter().map(Document::word_count).sum()
    }
}

/// The files of a corpus folder: documents (`.txt`, `.md`) and everything else, sorted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CorpusFiles {
    pub documents: Vec<PathBuf>,
    /// Files and folders that are not documents (hidden files are left out entirely).
    pub skipped: Vec<PathBuf>,
}

/// A file that could not become a document, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for LoadError {}

/// A document's id: its file name without the extension.
pub fn id_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The documents directly inside `dir` (not in sub-folders), sorted by file name.
pub fn corpus_files(dir: &Path) -> Result<CorpusFiles, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| LoadError {
        path: dir.to_path_buf(),
        reason: format!("cannot read the folder: {e}"),
    })?;
    let mut files = CorpusFiles::default();
    for entry in entries {
        let entry = entry.map_err(|e| LoadError {
            path: dir.to_path_buf(),
            reason: format!("cannot list the folder: {e}"),
        })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_file() && is_document_name(&name) {
            files.documents.push(path);
        } else {
            files.skipped.push(path);
        }
    }
    files.documents.sort();
    files.skipped.sort();
    Ok(files)
}

/// Whether a folder's file of this name is one of its documents: `.txt`, `.md` (and with
/// the feature `import`, `.html`, `.htm`, `.xhtml`, `.docx`).
pub fn is_document_name(name: &str) -> bool {
    if Format::from_file_name(name).is_some() {
        return true;
    }
    #[cfg(feature = "import")]
    if crate::import::IMPORTED.contains(&crate::import::extension(name).as_str()) {
        return true;
    }
    false
}

/// Read one file through [`crate::import::import`] (with the default limits): its document
/// (its id from the path, as [`id_from_path`] makes it) and the notices about its reading.
#[cfg(feature = "import")]
pub fn import_document(path: &Path) -> Result<crate::import::Imported, LoadError> {
    let fail = |reason: String| LoadError {
        path: path.to_path_buf(),
        reason,
    };
    if path.is_dir() {
        return Err(fail("is a folder, not a file".into()));
    }
    let limits = crate::import::Limits::default();
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > limits.max_file_bytes => {
            let e = crate::import::ImportError::TooLarge {
                bytes: meta.len(),
                limit: limits.max_file_bytes,
            };
            return Err(fail(e.to_string()));
        }
        _ => {}
    }
    let bytes = std::fs::read(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let mut imported =
        crate::import::import(&name, &bytes, &limits).map_err(|e| fail(e.to_string()))?;
    imported.document.id = id_from_path(path);
    Ok(imported)
}

/// Read and parse one file. Its format comes from its extension; any other extension is
/// read as plain text. With the feature `import`, through [`import_document`] (its
/// notices dropped).
pub fn read_document(path: &Path) -> Result<Document, LoadError> {
    #[cfg(feature = "import")]
    {
        import_document(path).map(|i| i.document)
    }
    #[cfg(not(feature = "import"))]
    read_text_document(path)
}

#[cfg_attr(feature = "import", allow(dead_code))]
fn read_text_document(path: &Path) -> Result<Document, LoadError> {
    let fail = |reason: String| LoadError {
        path: path.to_path_buf(),
        reason,
    };
    if path.is_dir() {
        return Err(fail("is a folder, not a file".into()));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let format = Format::from_file_name(&name).unwrap_or(Format::Text);
    parse(&id_from_path(path), format, &bytes).map_err(|e| fail(e.to_string()))
}

/// Expand command-line paths: a folder stands for its documents, a file for itself.
/// Paths that do not exist are reported, and the rest are still returned.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            match corpus_files(path) {
                Ok(found) => files.extend(found.documents),
                Err(e) => errors.push(e),
            }
        } else if path.exists() {
            files.push(path.clone());
        } else {
            errors.push(LoadError {
                path: path.clone(),
                reason: "no such file or folder".into(),
            });
        }
    }
    (files, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("sift-corpus-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn lists_documents_and_skips_the_rest() {
        let dir = temp_dir("list");
        for (name, body) in [
            ("b.md", "# B"),
            ("a.txt", "A."),
            ("c.png", "x"),
            (".hidden.txt", "x"),
        ] {
            std::fs::write(dir.join(name), body).unwrap();
        }
        std::fs::create_dir(dir.join("sub")).unwrap();
        let files = corpus_files(&dir).unwrap();
        assert_eq!(files.documents, [dir.join("a.txt"), dir.join("b.md")]);
        assert_eq!(files.skipped, [dir.join("c.png"), dir.join("sub")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn read_errors_name_the_file() {
        let dir = temp_dir("errors");
        std::fs::write(dir.join("bad.txt"), b"\xFF\xFE\x00").unwrap();
        let err = read_document(&dir.join("bad.txt")).unwrap_err();
        assert!(err.to_string().contains("bad.txt"), "{err}");
        assert!(err.to_string().contains("UTF-16"), "{err}");
        let err = corpus_files(&dir.join("missing")).unwrap_err();
        assert!(err.to_string().contains("missing"), "{err}");
        let (files, errors) = expand_paths(&[dir.clone(), dir.join("nope.txt")]);
        assert_eq!(files, [dir.join("bad.txt")]);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("nope.txt"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(feature = "import")]
    #[test]
    fn with_import_a_folder_lists_web_pages_and_word_documents_too() {
        let dir = temp_dir("import");
        for (name, body) in [
            ("a.txt", "A."),
            ("b.html", "<p>B.</p>"),
            ("c.docx", "not a zip"),
            ("d.pdf", "%PDF-1.4"),
            ("e.htm", "<p>E.</p>"),
        ] {
            std::fs::write(dir.join(name), body).unwrap();
        }
        let files = corpus_files(&dir).unwrap();
        let names: Vec<_> = files
            .documents
            .iter()
            .map(|p| p.file_name().unwrap())
            .collect();
        assert_eq!(names, ["a.txt", "b.html", "c.docx", "e.htm"]);
        assert_eq!(files.skipped, [dir.join("d.pdf")]);
        assert_eq!(
            read_document(&dir.join("b.html")).unwrap().paragraphs,
            ["B."]
        );
        let err = read_document(&dir.join("c.docx")).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}: a damaged .docx (it is not a zip archive, as a .docx is)",
                dir.join("c.docx").display()
            )
        );
        std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 au lait.").unwrap();
        let imported = import_document(&dir.join("latin1.txt")).unwrap();
        assert_eq!(imported.document.id, "latin1");
        assert_eq!(imported.document.paragraphs, ["Café au lait."]);
        assert_eq!(
            imported.notices[0].to_string(),
            "decoded as Windows-1252 (it was not UTF-8)"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn id_is_the_file_stem() {
        assert_eq!(id_from_path(Path::new("/x/seed-basra.txt")), "seed-basra");
        assert_eq!(id_from_path(Path::new("notes.v2.md")), "notes.v2");
    }
}
