//! A reader's own files, turned into [`Document`]s (issue 13).
//!
//! [`import`] takes the name and bytes of one file a reader adds and gives back the
//! [`Document`] Sift reads from it, with [`Notice`]s for what the reader should know (a
//! file that was decoded from a legacy encoding, say), or an [`ImportError`] whose message
//! says what went wrong in plain words. It never panics, whatever the bytes.
//!
//! | format | how | module |
//! |---|---|---|
//! | `.txt`, `.md` | UTF-8 as [`document::parse`] reads it; Windows-1252 or UTF-16 with a byte order mark decoded first, with a notice | `text.rs` |
//! | `.html`, `.htm` | the article's text of a saved web page: its paragraphs, without the page's menus, banners, share buttons and footers; title, date, site and link from its head | `html.rs` |
//! | `.docx` | a Word document's paragraphs and headings; title and date from its properties | `docx.rs` |
//! | `.pdf` | read in the browser by pdf.js; its pages then go to [`from_pdf_pages`] | [`pdf`] |
//!
//! The format comes from the file's extension *and* its first bytes ([`sniff`]): a `.txt`
//! that is really a zip archive is refused as such, a `.docx` that is not a zip is called
//! damaged, and a file without a known extension is read by what its bytes are.
//!
//! [`import`] and the formats it reads need the crate feature `import` (encoding_rs,
//! chardetng, html5gum, zip, quick-xml); [`pdf`], [`sniff`], [`from_pdf_pages`] and the
//! types here do not, so the app's wasm can use them without those crates.
//!
//! PDF bytes cannot be read here: the browser reads a PDF with pdf.js, hands its pages of
//! text runs to [`from_pdf_pages`], and [`import`] on PDF bytes answers
//! [`ImportError::NeedsPdfJs`] so that callers know to go that way.
//!
//! ```
//! # #[cfg(feature = "import")] {
//! use sift_engine::import::{import, Limits};
//! let imported = import("note.txt", b"Caf\xe9 owners met on Monday.", &Limits::default()).unwrap();
//! assert_eq!(imported.document.paragraphs, ["Café owners met on Monday."]);
//! assert_eq!(imported.notices[0].to_string(), "decoded as Windows-1252 (it was not UTF-8)");
//! # }
//! ```

pub mod pdf;
pub mod sniff;

#[cfg(feature = "import")]
mod docx;
#[cfg(feature = "import")]
mod html;
#[cfg(feature = "import")]
mod text;

use crate::document::{derive_title, Document, ParseError};
use std::fmt;

/// The formats Sift reads, as the messages list them.
pub const READABLE: &str = ".txt, .md, .html, .docx, .pdf";

/// How much of a file Sift reads before it refuses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file, in bytes (default 50 MB).
    pub max_file_bytes: u64,
    /// The most bytes one part of a zip (a `.docx`'s `word/document.xml`) may unpack to
    /// (default 100 MB): a zip bomb stops here.
    pub max_unzipped_bytes: u64,
    /// The most entries a zip may have (default 10,000).
    pub max_zip_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 50 * MB,
            max_unzipped_bytes: 100 * MB,
            max_zip_entries: 10_000,
        }
    }
}

const MB: u64 = 1_000_000;

/// A document read from a reader's file, and what they should know about the reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub document: Document,
    pub notices: Vec<Notice>,
}

/// Something the reader should know about how a file was read; not an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The text was not UTF-8 and was decoded from this encoding (its usual name:
    /// "Windows-1252", "UTF-16").
    Decoded { encoding: &'static str },
    /// A web page said it was UTF-8 but had bytes that are not; they were replaced by �.
    Replaced { bytes: usize },
    /// A web page with no `<article>` or `<main>`: its text was taken from the whole page,
    /// less its menus, banners and footers.
    WholePage,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Decoded { encoding } => write!(f, "decoded as {encoding} (it was not UTF-8)"),
            Notice::Replaced { bytes } => write!(
                f,
                "{bytes} byte{} that {} not UTF-8 replaced by �",
                plural(*bytes),
                if *bytes == 1 { "was" } else { "were" }
            ),
            Notice::WholePage => write!(
                f,
                "no article marked in the page: its text was taken from the whole page, \
                 less menus, banners and footers"
            ),
        }
    }
}

/// What is wrong with a part of a zip (a `.docx`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipDamage {
    /// The file ends before the zip's directory: a download or copy cut short.
    CutShort,
    /// Not a zip at all, as a `.docx` must be.
    NotAZip,
    /// The zip's directory or a part's data is damaged.
    Corrupt,
    /// A part is not well-formed XML.
    BadXml { part: String },
    /// A part is compressed in a way Sift cannot unpack.
    Compression { method: String },
}

/// Why a file could not be read. [`fmt::Display`] gives the reason in plain words, without
/// the file's name; [`ImportError::message`] puts the name in front.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// A file of no bytes.
    Empty,
    /// A file over [`Limits::max_file_bytes`].
    TooLarge { bytes: u64, limit: u64 },
    /// A kind of file Sift does not read (by its extension: an image, a spreadsheet…).
    Unsupported { extension: String },
    /// A binary file: NUL bytes, or mostly control bytes.
    Binary,
    /// Named as one format but its bytes are another (a `.txt` that is a zip).
    Mismatch {
        extension: String,
        actual: &'static str,
    },
    /// An old Office 97–2003 file (`.doc`, `.xls`, `.ppt`), or a `.docx` that Word
    /// encrypted with a password (which is stored the same way).
    OldOffice { docx: bool },
    /// Text that is neither UTF-8 nor clearly Windows-1252: the first bad byte, and the
    /// encoding it looks like, if one.
    NotUtf8 {
        line: usize,
        column: usize,
        looks_like: Option<&'static str>,
    },
    /// A UTF-16 text with bytes that are not UTF-16.
    BadUtf16,
    /// PDF bytes: read them with pdf.js and call [`from_pdf_pages`] (the browser does).
    NeedsPdfJs,
    /// A `.pdf` that does not start as a PDF does.
    NotPdf,
    /// A PDF whose pages gave no text (see [`pdf::PdfError`]).
    Pdf(pdf::PdfError),
    /// A damaged zip of this format ("docx").
    Damaged {
        format: &'static str,
        damage: ZipDamage,
    },
    /// A zip without `word/document.xml`; `looks_like` names what it is, if known
    /// ("an Excel workbook").
    NotWordDocument { looks_like: Option<&'static str> },
    /// A zip part is password-protected.
    Encrypted,
    /// A zip with more entries than [`Limits::max_zip_entries`].
    TooManyEntries { entries: usize, limit: usize },
    /// A zip part unpacks to more than [`Limits::max_unzipped_bytes`].
    UnzipsTooLarge { part: String, limit: u64 },
    /// A web page or Word document in which no text was found.
    NoText { what: &'static str },
}

impl ImportError {
    /// The message a reader sees: "report.docx: a damaged .docx (its zip is cut short)".
    pub fn message(&self, file_name: &str) -> String {
        format!("{file_name}: {self}")
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "an empty file"),
            ImportError::TooLarge { bytes, limit } => write!(
                f,
                "too large: {}, the limit is {}",
                size(*bytes),
                size(*limit)
            ),
            ImportError::Unsupported { .. } => {
                write!(f, "not a document Sift can read ({READABLE})")
            }
            ImportError::Binary => write!(
                f,
                "a binary file, not text: not a document Sift can read ({READABLE})"
            ),
            ImportError::Mismatch { extension, actual } => write!(
                f,
                "named .{extension} but it is {actual}, not text{}",
                if *actual == ZIP {
                    " (a Word document? name it .docx)"
                } else {
                    ""
                }
            ),
            ImportError::OldOffice { docx: true } => write!(
                f,
                "a password-protected Word document (or an old .doc renamed .docx): \
                 open it in Word and save it as .docx without a password"
            ),
            ImportError::OldOffice { docx: false } => write!(
                f,
                "an old Office 97–2003 file (.doc, .xls, .ppt): open it in Word and save it as .docx"
            ),
            ImportError::NotUtf8 {
                line,
                column,
                looks_like,
            } => {
                write!(f, "not UTF-8 text (invalid byte at line {line}, column {column}")?;
                if let Some(encoding) = looks_like {
                    write!(f, "; it may be {encoding}")?;
                }
                write!(f, "); save it as UTF-8")
            }
            ImportError::BadUtf16 => write!(
                f,
                "marked as UTF-16 text but its bytes are not UTF-16; save it as UTF-8"
            ),
            ImportError::NeedsPdfJs => write!(
                f,
                "a PDF: Sift reads a PDF's text in the browser app (with pdf.js); \
                 open it there, or save it as text"
            ),
            ImportError::NotPdf => write!(f, "a damaged .pdf (it does not start as a PDF does)"),
            ImportError::Pdf(e) => write!(f, "{e}"),
            ImportError::Damaged { format, damage } => {
                write!(f, "a damaged .{format} (")?;
                match damage {
                    ZipDamage::CutShort => write!(f, "its zip is cut short")?,
                    ZipDamage::NotAZip => write!(f, "it is not a zip archive, as a .{format} is")?,
                    ZipDamage::Corrupt => write!(f, "its zip is damaged")?,
                    ZipDamage::BadXml { part } => write!(f, "{part} is not well-formed XML")?,
                    ZipDamage::Compression { method } => {
                        write!(f, "compressed with {method}, which Sift cannot unpack")?
                    }
                }
                write!(f, ")")
            }
            ImportError::NotWordDocument { looks_like } => {
                write!(f, "not a Word document (a zip archive without word/document.xml")?;
                if let Some(what) = looks_like {
                    write!(f, "; it looks like {what}")?;
                }
                write!(f, ")")
            }
            ImportError::Encrypted => write!(
                f,
                "password-protected: save it again without a password to read it in Sift"
            ),
            ImportError::TooManyEntries { entries, limit } => write!(
                f,
                "a zip of {entries} files, more than the {limit} Sift opens (a zip bomb?)"
            ),
            ImportError::UnzipsTooLarge { part, limit } => write!(
                f,
                "too large unpacked: its {part} unpacks to more than {}, the limit (a zip bomb?)",
                size(*limit)
            ),
            ImportError::NoText { what } => write!(f, "no text found in this {what}"),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<pdf::PdfError> for ImportError {
    fn from(e: pdf::PdfError) -> Self {
        ImportError::Pdf(e)
    }
}

impl From<ParseError> for ImportError {
    fn from(e: ParseError) -> Self {
        match e {
            ParseError::NotUtf8 { line, column } => ImportError::NotUtf8 {
                line,
                column,
                looks_like: None,
            },
            ParseError::Utf16 => ImportError::BadUtf16,
            ParseError::Binary => ImportError::Binary,
        }
    }
}

/// What [`ImportError::Mismatch`] says a zip is.
pub(crate) const ZIP: &str = "a zip archive";

/// "61 MB", "1.5 MB", "900 KB": sizes rounded up, so a file over a limit never shows as
/// the limit itself.
fn size(bytes: u64) -> String {
    let ceil = |unit: u64| bytes.div_ceil(unit);
    if bytes < MB {
        format!("{} KB", ceil(1_000))
    } else if bytes < 10 * MB {
        let tenths = ceil(MB / 10);
        if tenths % 10 == 0 {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else {
        format!("{} MB", ceil(MB))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A document's id from its file name: the name without its extension (and without any
/// folders before it), as [`crate::corpus::id_from_path`] makes it.
pub fn id_from_file_name(file_name: &str) -> String {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name.to_string(),
    }
}

/// The lower-cased extension of a file name, without the dot ("" when it has none).
pub fn extension(file_name: &str) -> String {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

#[cfg(feature = "import")]
/// Extensions of files that are not documents Sift reads: refused by name, whatever their
/// bytes, so a photo never turns into a page of mojibake.
const NOT_DOCUMENTS: &[&str] = &[
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
    "heic",
    "heif",
    "tif",
    "tiff",
    "bmp",
    "svg",
    "ico",
    "raw",
    "psd",
    "mp3",
    "m4a",
    "wav",
    "aac",
    "ogg",
    "flac",
    "mp4",
    "mov",
    "avi",
    "mkv",
    "webm",
    "zip",
    "gz",
    "tgz",
    "bz2",
    "xz",
    "7z",
    "rar",
    "tar",
    "exe",
    "dll",
    "dmg",
    "iso",
    "apk",
    "xlsx",
    "xlsm",
    "pptx",
    "odt",
    "ods",
    "odp",
    "rtf",
    "epub",
    "pages",
    "numbers",
    "key",
    "eml",
    "msg",
    "mht",
    "mhtml",
    "webarchive",
];

/// The extensions [`import`] reads by name; files of other extensions are read by what
/// their bytes are (plain text, unless they sniff as something else).
pub const IMPORTED: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx",
];

/// Read one file a reader added ([module docs](self)).
///
/// `file_name` gives the document's id (the name without its extension) and, with the
/// bytes, its format. A PDF gives [`ImportError::NeedsPdfJs`]: read it with pdf.js and call
/// [`from_pdf_pages`].
#[cfg(feature = "import")]
pub fn import(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Imported, ImportError> {
    use crate::document::Format;
    use sniff::Sniffed;

    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(ImportError::TooLarge {
            bytes: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    let ext = extension(file_name);
    let id = id_from_file_name(file_name);
    let mut notices = Vec::new();
    match ext.as_str() {
        "doc" | "xls" | "ppt" => return Err(ImportError::OldOffice { docx: false }),
        e if NOT_DOCUMENTS.contains(&e) => {
            return Err(ImportError::Unsupported { extension: ext });
        }
        _ => {}
    }
    let sniffed = sniff::sniff(bytes);
    let document = match (sniffed, ext.as_str()) {
        (Sniffed::Pdf, _) => return Err(ImportError::NeedsPdfJs),
        (_, "pdf") => return Err(ImportError::NotPdf),
        (Sniffed::Ole, "docx") => return Err(ImportError::OldOffice { docx: true }),
        (Sniffed::Ole, _) => return Err(ImportError::OldOffice { docx: false }),
        (Sniffed::Zip, e) if is_text_extension(e) || matches!(e, "html" | "htm" | "xhtml") => {
            return Err(ImportError::Mismatch {
                extension: ext,
                actual: ZIP,
            })
        }
        (Sniffed::Zip, _) => docx::read(&id, bytes, limits)?,
        (_, "docx") => {
            return Err(ImportError::Damaged {
                format: "docx",
                damage: ZipDamage::NotAZip,
            })
        }
        (Sniffed::Binary, _) => return Err(ImportError::Binary),
        (_, "html" | "htm" | "xhtml") | (Sniffed::Html, _) if !is_text_extension(&ext) => {
            html::read(&id, bytes, &mut notices)?
        }
        (_, "md" | "markdown") => text::read(&id, Format::Markdown, bytes, &mut notices)?,
        _ => text::read(&id, Format::Text, bytes, &mut notices)?,
    };
    Ok(Imported { document, notices })
}

#[cfg(feature = "import")]
fn is_text_extension(ext: &str) -> bool {
    matches!(ext, "txt" | "text" | "md" | "markdown")
}

/// A PDF's document, from the pages pdf.js read of it (see [`pdf`]).
///
/// The title is the first short heading-like paragraph among the first three (a line of at
/// most 12 words that does not end as a sentence or a clause does, and is not only a
/// date), taken out of the paragraphs; without one it is derived from the text as
/// [`crate::document::parse`] derives it.
///
/// ```
/// use sift_engine::import::{from_pdf_pages, pdf::{Page, TextItem}};
/// let line = |text: &str, y: f32, height: f32| TextItem { text: text.into(), x: 72.0, y, width: 300.0, height, eol: true };
/// let page = Page { items: vec![line("Calm in Basra", 740.0, 18.0), line("The guns fell silent on Monday.", 700.0, 11.0)] };
/// let doc = from_pdf_pages("basra.pdf", &[page]).unwrap().document;
/// assert_eq!((doc.title.as_str(), doc.title_derived), ("Calm in Basra", false));
/// assert_eq!(doc.paragraphs, ["The guns fell silent on Monday."]);
/// ```
pub fn from_pdf_pages(file_name: &str, pages: &[pdf::Page]) -> Result<Imported, ImportError> {
    let id = id_from_file_name(file_name);
    let mut paragraphs = pdf::paragraphs(pages)?;
    let heading = paragraphs
        .iter()
        .take(3)
        .position(|p| heading_like(p) && paragraphs.len() > 1);
    let (title, title_derived) = match heading {
        Some(i) => (paragraphs.remove(i), false),
        None => (derive_title(&id, &paragraphs), true),
    };
    Ok(Imported {
        document: Document {
            id,
            title,
            title_derived,
            date: None,
            source: None,
            url: None,
            paragraphs,
        },
        notices: Vec::new(),
    })
}

/// A short line that reads as a heading: at most 12 words, a letter among them, not
/// ending as a sentence or clause does, and not only a date or a number.
fn heading_like(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || p.chars().count() > 120 {
        return false;
    }
    if p.ends_with(['.', ',', ';', ':', '…']) {
        return false;
    }
    let lettered: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if lettered.is_empty() {
        return false;
    }
    // "March 31, 2008", "31 March 2008": a date line, not a title.
    let has_year = words
        .iter()
        .any(|w| w.trim_matches(|c: char| !c.is_ascii_digit()).len() == 4);
    if has_year && words.len() <= 4 && lettered.len() <= 2 {
        return false;
    }
    p.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase())
}

#[cfg(feature = "import")]
/// A date's first YYYY-MM-DD (also written YYYY/MM/DD or YYYYMMDD), if it has a valid
/// one: "2024-03-05T10:00:00Z" → "2024-03-05".
pub(crate) fn iso_date(text: &str) -> Option<String> {
    let t = text.trim();
    let digits = |s: &str| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (y, m, d) = if t.len() >= 10
        && t.is_char_boundary(10)
        && matches!(t.as_bytes()[4], b'-' | b'/')
        && t.as_bytes()[7] == t.as_bytes()[4]
    {
        (&t[0..4], &t[5..7], &t[8..10])
    } else if t.len() >= 8 && t.is_char_boundary(8) && digits(&t[..8]) {
        (&t[0..4], &t[4..6], &t[6..8])
    } else {
        return None;
    };
    if !(y.len() == 4 && digits(y) && digits(m) && digits(d)) {
        return None;
    }
    let (mo, da): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&mo) && (1..=31).contains(&da)).then(|| format!("{y}-{m}-{d}"))
}

#[cfg(feature = "import")]
/// Paragraphs as a document keeps them: whitespace runs as one space, invisible
/// characters (soft hyphens, zero-width spaces) gone, empty ones dropped.
pub(crate) fn clean_paragraph(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let word: String = word
            .chars()
            .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}'))
            .collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

#[cfg(test)]
mod tests;
