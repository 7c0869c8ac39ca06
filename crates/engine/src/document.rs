//! Documents: a `.txt` or `.md` file parsed into a title, metadata and paragraphs.
//!
//! - Paragraphs are separated by blank lines; a `.txt` file without any blank line has one
//!   paragraph per line. Lines inside a paragraph are joined with a space.
//! - Optional front matter: a `---` block at the top with `title`, `date`, `source`, `url`.
//! - In Markdown, `#` headings are paragraphs of their own; a leading heading is the title.
//! - Without a title, the first sentence of the first paragraph becomes the title.
//! - UTF-8 with or without a byte order mark; CRLF, CR or LF line ends.
//!
//! ```
//! use sift_engine::document::{parse, Format};
//! let doc = parse("note", Format::Text, b"---\ntitle: A note\n---\nFirst line.\nSecond line.\n").unwrap();
//! assert_eq!(doc.title, "A note");
//! assert_eq!(doc.paragraphs, ["First line.", "Second line."]);
//! ```

use crate::sentences::first_sentence;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest derived title, in characters, before it is cut at a word boundary.
pub const MAX_DERIVED_TITLE: usize = 90;

/// How a file's text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt` and anything that is not Markdown).
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
}

impl Format {
    /// The format for a file name, by its extension (`None` when it is neither `.txt` nor
    /// `.md`/`.markdown`).
    pub fn from_file_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// One parsed document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: the file name without its extension.
    pub id: String,
    pub title: String,
    /// True when the title was derived from the text rather than given.
    pub title_derived: bool,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
}

impl Document {
    /// Number of words in the paragraphs (runs of letters and digits, with inner
    /// apostrophes, hyphens and number separators kept inside one word).
    pub fn word_count(&self) -> usize {
        self.paragraphs.iter().map(|p| count_words(p)).sum()
    }
}

/// Why a file could not be read as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Bytes that are not UTF-8, first seen at this 1-based line and byte column.
    NotUtf8 { line: usize, column: usize },
    /// A UTF-16 byte order mark.
    Utf16,
    /// NUL bytes: a binary file, not text.
    Binary,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::NotUtf8 { line, column } => write!(
                f,
                "not UTF-8 text (invalid byte at line {line}, column {column}); save it as UTF-8"
            ),
            ParseError::Utf16 => write!(f, "UTF-16 text is not supported; save it as UTF-8"),
            ParseError::Binary => write!(f, "a binary file, not text"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parse the bytes of one file into a [`Document`] with the given id.
pub fn parse(id: &str, format: Format, bytes: &[u8]) -> Result<Document, ParseError> {
    let text = decode(bytes)?;
    let text = normalize_newlines(text);
    let (meta, body) = split_front_matter(&text);
    let mut paragraphs = split_paragraphs(body, format);

    let mut title = meta.title.filter(|t| !t.is_empty());
    if title.is_none() && format == Format::Markdown {
        if let Some(Para::Heading(h)) = paragraphs.first() {
            title = Some(h.clone());
            paragraphs.remove(0);
        }
    }
    let paragraphs: Vec<String> = paragraphs.into_iter().map(Para::into_text).collect();
    let title_derived = title.is_none();
    let title = title.unwrap_or_else(|| derive_title(id, &paragraphs));
    Ok(Document {
        id: id.to_string(),
        title,
        title_derived,
        date: meta.date,
        source: meta.source,
        url: meta.url,
        paragraphs,
    })
}

fn decode(bytes: &[u8]) -> Result<&str, ParseError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ParseError::Utf16);
    }
    if bytes.contains(&0) {
        return Err(ParseError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        ParseError::NotUtf8 { line, column }
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// Split a leading `---` … `---` block off the text. An unclosed block is not front matter:
/// the whole text stays the body, so nothing is lost.
fn split_front_matter(text: &str) -> (FrontMatter, &str) {
    let mut meta = FrontMatter::default();
    let Some(rest) = text.strip_prefix("---\n") else {
        return (meta, text);
    };
    let mut offset = 0;
    let mut closed_at = None;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            closed_at = Some(offset + line.len());
            break;
        }
        offset += line.len();
    }
    let Some(end) = closed_at else {
        return (meta, text);
    };
    for line in rest[..offset].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim()).to_string();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value),
            "date" => meta.date = Some(value),
            "source" => meta.source = Some(value),
            "url" | "link" => meta.url = Some(value),
            _ => {}
        }
    }
    (meta, &rest[end..])
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

enum Para {
    Text(String),
    Heading(String),
}

impl Para {
    fn into_text(self) -> String {
        match self {
            Para::Text(t) | Para::Heading(t) => t,
        }
    }
}

fn split_paragraphs(body: &str, format: Format) -> Vec<Para> {
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let has_blank_separator = {
        let first = lines.iter().position(|l| !l.is_empty());
        let last = lines.iter().rposition(|l| !l.is_empty());
        match (first, last) {
            (Some(a), Some(b)) => lines[a..b].iter().any(|l| l.is_empty()),
            _ => false,
        }
    };
    let line_per_paragraph = format == Format::Text && !has_blank_separator;

    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let flush = |current: &mut Vec<&str>, out: &mut Vec<Para>| {
        if !current.is_empty() {
            out.push(Para::Text(current.join(" ")));
            current.clear();
        }
    };
    for line in lines {
        if line.is_empty() {
            flush(&mut current, &mut out);
        } else if let Some(heading) = markdown_heading(line).filter(|_| format == Format::Markdown)
        {
            flush(&mut current, &mut out);
            out.push(Para::Heading(heading.to_string()));
        } else {
            current.push(line);
            if line_per_paragraph {
                flush(&mut current, &mut out);
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

/// The text of an ATX heading line (`# Title`, `## Part #2 ##`), if `line` is one.
fn markdown_heading(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &line[hashes..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    (!text.is_empty()).then_some(text)
}

/// The paragraphs of a plain text, as slices of it: blocks separated by blank lines, or
/// each line when the text has no blank line (the `.txt` rule of [`parse`]). Lines inside a
/// block stay as they are (the tokenizer treats line breaks as spaces), so nothing is copied.
///
/// ```
/// use sift_engine::document::paragraph_slices;
/// assert_eq!(paragraph_slices("a\nb"), ["a", "b"]);
/// assert_eq!(paragraph_slices("a\nb\n\n c \n"), ["a\nb", "c"]);
/// ```
pub fn paragraph_slices(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let blank = |l: &str| l.trim().is_empty();
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !blank(l));
    let last = lines.iter().rposition(|l| !blank(l));
    let has_blank = match (first, last) {
        (Some(a), Some(b)) => lines[a..b].iter().any(|l| blank(l)),
        _ => false,
    };
    if !has_blank {
        return lines
            .into_iter()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
    }
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let base = text.as_ptr() as usize;
    for line in text.split_inclusive('\n') {
        let offset = line.as_ptr() as usize - base;
        if blank(line) {
            if let Some(s) = start.take() {
                out.push(text[s..end].trim());
            }
        } else {
            if start.is_none() {
                start = Some(offset);
            }
            end = offset + line.len();
        }
    }
    if let Some(s) = start {
        out.push(text[s..end].trim());
    }
    out
}

/// The first sentence of the first paragraph, cut at a word boundary when long; the id
/// when the document has no text.
pub(crate) fn derive_title(id: &str, paragraphs: &[String]) -> String {
    let Some(first) = paragraphs.first() else {
        return id.to_string();
    };
    let sentence = first_sentence(first);
    if sentence.chars().count() <= MAX_DERIVED_TITLE {
        return sentence.to_string();
    }
    let cut = sentence
        .char_indices()
        .nth(MAX_DERIVED_TITLE)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    format!("{head}…")
}

fn count_words(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else if in_word
            && matches!(c, '\'' | '’' | '-' | '.' | ',')
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            // stays inside the word: "don't", "al-Sadr", "1,200", "3.5"
        } else {
            in_word = false;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        format: Format,
        input: &'static [u8],
        title: &'static str,
        title_derived: bool,
        paragraphs: &'static [&'static str],
    }

    const CASES: &[Case] = &[
        Case {
            name: "one paragraph per line without blank lines",
            format: Format::Text,
            input: b"First one here.\nSecond one.\n",
            title: "First one here.",
            title_derived: true,
            paragraphs: &["First one here.", "Second one."],
        },
        Case {
            name: "blank-line separated paragraphs join their lines",
            format: Format::Text,
            input: b"A first\nwrapped line.\n\n  Second.  \n\n\n\nThird.\n",
            title: "A first wrapped line.",
            title_derived: true,
            paragraphs: &["A first wrapped line.", "Second.", "Third."],
        },
        Case {
            name: "CRLF line ends",
            format: Format::Text,
            input: b"One.\r\nTwo.\r\n",
            title: "One.",
            title_derived: true,
            paragraphs: &["One.", "Two."],
        },
        Case {
            name: "old Mac CR line ends",
            format: Format::Text,
            input: b"One.\rTwo.\r",
            title: "One.",
            title_derived: true,
            paragraphs: &["One.", "Two."],
        },
        Case {
            name: "UTF-8 byte order mark",
            format: Format::Text,
            input: b"\xEF\xBB\xBFCaf\xC3\xA9 opens. Crowds come.",
            title: "Caf\u{e9} opens.",
            title_derived: true,
            paragraphs: &["Caf\u{e9} opens. Crowds come."],
        },
        Case {
            name: "front matter",
            format: Format::Text,
            input: b"---\ntitle: \"Calm in Basra\"\ndate: 2008-03-31\nsource: WSWS\nurl: https://example.org/a\nauthor: ignored\n---\nBody text.\n",
            title: "Calm in Basra",
            title_derived: false,
            paragraphs: &["Body text."],
        },
        Case {
            name: "front matter with CRLF and BOM",
            format: Format::Markdown,
            input: b"\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n",
            title: "T",
            title_derived: false,
            paragraphs: &["Body."],
        },
        Case {
            name: "unclosed front matter stays in the body",
            format: Format::Text,
            input: b"---\ntitle: x\nBody.\n",
            title: "---",
            title_derived: true,
            paragraphs: &["---", "title: x", "Body."],
        },
        Case {
            name: "markdown heading becomes the title",
            format: Format::Markdown,
            input: b"# The Title #\n\nFirst paragraph\ncontinues.\n## Section\nMore.\n",
            title: "The Title",
            title_derived: false,
            paragraphs: &["First paragraph continues.", "Section", "More."],
        },
        Case {
            name: "markdown lines without blank lines are one paragraph",
            format: Format::Markdown,
            input: b"Line one\nline two.",
            title: "Line one line two.",
            title_derived: true,
            paragraphs: &["Line one line two."],
        },
        Case {
            name: "hashtag is not a heading",
            format: Format::Markdown,
            input: b"#basra trends.",
            title: "#basra trends.",
            title_derived: true,
            paragraphs: &["#basra trends."],
        },
        Case {
            name: "empty file",
            format: Format::Text,
            input: b"",
            title: "doc",
            title_derived: true,
            paragraphs: &[],
        },
        Case {
            name: "whitespace only",
            format: Format::Text,
            input: b" \n\t\n\r\n   ",
            title: "doc",
            title_derived: true,
            paragraphs: &[],
        },
        Case {
            name: "front matter only",
            format: Format::Markdown,
            input: b"---\ndate: 2001\n---\n",
            title: "doc",
            title_derived: true,
            paragraphs: &[],
        },
    ];

    #[test]
    fn parse_table() {
        for case in CASES {
            let doc = parse("doc", case.format, case.input)
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_eq!(doc.title, case.title, "{}: title", case.name);
            assert_eq!(doc.title_derived, case.title_derived, "{}", case.name);
            assert_eq!(doc.paragraphs, case.paragraphs, "{}: paragraphs", case.name);
            assert_eq!(doc.id, "doc");
        }
    }

    #[test]
    fn paragraph_slices_agree_with_parse() {
        for case in CASES.iter().filter(|c| c.format == Format::Text) {
            let text = std::str::from_utf8(case.input)
                .unwrap()
                .replace("\r\n", "\n");
            if text.starts_with("---") || text.contains('\r') {
                continue; // front matter and CR-only files are parse()'s business
            }
            let doc = parse("d", Format::Text, text.as_bytes()).unwrap();
            let slices: Vec<String> = paragraph_slices(&text)
                .iter()
                .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "))
                .collect();
            assert_eq!(slices, doc.paragraphs, "{}", case.name);
        }
    }

    #[test]
    fn front_matter_fields() {
        let doc = parse("a", Format::Text, CASES[5].input).unwrap();
        assert_eq!(doc.date.as_deref(), Some("2008-03-31"));
        assert_eq!(doc.source.as_deref(), Some("WSWS"));
        assert_eq!(doc.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn errors_table() {
        let cases: &[(&[u8], ParseError)] = &[
            (b"ok\n\xFFbad", ParseError::NotUtf8 { line: 2, column: 1 }),
            (b"abc\xC3", ParseError::NotUtf8 { line: 1, column: 4 }),
            (b"\xFF\xFEh\x00i\x00", ParseError::Utf16),
            (b"\x89PNG\r\n\x1a\n\x00\x00", ParseError::Binary),
        ];
        for (input, want) in cases {
            assert_eq!(parse("x", Format::Text, input).unwrap_err(), *want);
        }
        assert!(ParseError::NotUtf8 { line: 2, column: 1 }
            .to_string()
            .contains("line 2"));
    }

    #[test]
    fn very_long_line_gets_a_short_title_and_stays_whole() {
        let line = "word ".repeat(200_000);
        let doc = parse("long", Format::Text, line.as_bytes()).unwrap();
        assert_eq!(doc.paragraphs.len(), 1);
        assert_eq!(doc.paragraphs[0].len(), line.trim_end().len());
        assert!(doc.title.chars().count() <= MAX_DERIVED_TITLE + 1);
        assert!(doc.title.ends_with('…'));
        assert_eq!(doc.word_count(), 200_000);
    }

    #[test]
    fn long_first_sentence_is_cut_at_a_word() {
        let text = "Relative calm returned—at least temporarily—to the southern Iraqi city of Basra on Monday after a week of fierce fighting.";
        let doc = parse("d", Format::Text, text.as_bytes()).unwrap();
        assert_eq!(
            doc.title,
            "Relative calm returned—at least temporarily—to the southern Iraqi city of Basra on Monday…"
        );
    }

    #[test]
    fn word_counts() {
        let cases = [
            ("", 0),
            ("one", 1),
            ("al-Sadr's men, 1,200 of them—at least", 7),
            ("3.5 percent... don't", 3),
            ("🙂 بغداد هادئة", 2),
        ];
        for (text, want) in cases {
            assert_eq!(count_words(text), want, "{text:?}");
        }
    }

    #[test]
    fn format_from_file_name() {
        assert_eq!(Format::from_file_name("a.TXT"), Some(Format::Text));
        assert_eq!(Format::from_file_name("a.b.md"), Some(Format::Markdown));
        assert_eq!(Format::from_file_name("a.png"), None);
        assert_eq!(Format::from_file_name("README"), None);
    }
}
