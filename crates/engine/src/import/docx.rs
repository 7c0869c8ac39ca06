//! Word documents (`.docx`): a zip of XML parts, read with the `zip` and `quick-xml` crates.
//!
//! - **The main part** is the `officeDocument` relationship's target in `_rels/.rels`, else
//!   the part `[Content_Types].xml` gives the Word main content type, else
//!   `word/document.xml`; a zip without one is "not a Word document" (naming what it looks
//!   like instead: an Excel workbook, a PowerPoint presentation, an OpenDocument file, an
//!   EPUB).
//! - **Paragraphs** are its `w:p`, their text the runs' `w:t`; `w:tab`, `w:br` and `w:cr`
//!   are spaces, a non-breaking hyphen a hyphen. Deleted text (`w:delText`, `w:moveFrom`),
//!   field codes (`w:instrText`), hidden runs (`w:vanish`), the fallback copy of a text
//!   box (`mc:Fallback`) and footnote and comment references are left out. Each table
//!   cell's paragraphs are paragraphs.
//! - **Headings**: a paragraph whose style (`w:pStyle`, its name looked up in
//!   `word/styles.xml`, so "Überschrift 1" style ids read too) is a heading 1–9, or that has
//!   an outline level. The first paragraph of the Title style is the document's title and
//!   leaves the paragraphs.
//! - **Title and date**: the Title paragraph, else `dc:title` of `docProps/core.xml`, else a
//!   heading that opens the document (which then leaves the paragraphs, as in Markdown),
//!   else derived from the text; the date from `dcterms:created`.
//!
//! **Safety.** A zip with more than [`Limits::max_zip_entries`] entries is refused; a part
//! is read only up to [`Limits::max_unzipped_bytes`] (whatever size it declares, so a zip
//! bomb stops there); password-protected parts, a zip cut short, damaged data and XML that
//! is not well-formed are refused, each with its own [`ImportError`].

use super::{clean_paragraph, iso_date, ImportError, Limits, ZipDamage};
use crate::document::{derive_title, Document};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use quick_xml::{Reader, XmlVersion};
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

const DEFAULT_MAIN: &str = "word/document.xml";
const WORD_MAIN_TYPES: &[&str] = &[
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
];

type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// The document of a `.docx` file's bytes.
pub(crate) fn read(id: &str, bytes: &[u8], limits: &Limits) -> Result<Document, ImportError> {
    // The entry count its end record declares, checked before the zip crate reads a
    // directory of perhaps a million entries.
    if let Some(entries) = declared_entries(bytes).filter(|&n| n > limits.max_zip_entries) {
        return Err(ImportError::TooManyEntries {
            entries,
            limit: limits.max_zip_entries,
        });
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| open_error(bytes, &e))?;
    if zip.len() > limits.max_zip_entries {
        return Err(ImportError::TooManyEntries {
            entries: zip.len(),
            limit: limits.max_zip_entries,
        });
    }
    let Some(main) = main_part(&mut zip, limits)? else {
        return Err(ImportError::NotWordDocument {
            looks_like: looks_like(&zip),
        });
    };
    let xml = read_part(&mut zip, &main, limits)?;
    // Styles and properties help but are not needed: a damaged one is passed over.
    let styles = optional_part(&mut zip, "word/styles.xml", limits)?
        .map(|x| style_names(&x))
        .unwrap_or_default();
    let (core_title, created) = optional_part(&mut zip, "docProps/core.xml", limits)?
        .map(|x| core_properties(&x))
        .unwrap_or_default();
    let mut paragraphs = paragraphs(&xml, &styles).map_err(|()| ImportError::Damaged {
        format: "docx",
        damage: ZipDamage::BadXml { part: main.clone() },
    })?;

    let mut title = paragraphs
        .iter()
        .position(|p| p.kind == Kind::Title)
        .map(|i| paragraphs.remove(i).text);
    if title.is_none() {
        title = core_title.filter(|t| !t.is_empty() && !t.starts_with("Microsoft Word - "));
    }
    match (paragraphs.first(), &title) {
        (Some(first), Some(t))
            if first.kind == Kind::Heading && first.text.to_lowercase() == t.to_lowercase() =>
        {
            paragraphs.remove(0);
        }
        (Some(first), None) if first.kind == Kind::Heading && paragraphs.len() > 1 => {
            title = Some(paragraphs.remove(0).text);
        }
        _ => {}
    }
    let paragraphs: Vec<String> = paragraphs.into_iter().map(|p| p.text).collect();
    if paragraphs.is_empty() && title.is_none() {
        return Err(ImportError::NoText {
            what: "Word document",
        });
    }
    let title_derived = title.is_none();
    let title = title.unwrap_or_else(|| derive_title(id, &paragraphs));
    Ok(Document {
        id: id.to_string(),
        title,
        title_derived,
        date: created.as_deref().and_then(iso_date),
        source: None,
        url: None,
        paragraphs,
    })
}

/// Why a zip would not open: cut short when its end-of-directory record is missing.
fn open_error(bytes: &[u8], _error: &ZipError) -> ImportError {
    // The end of central directory record sits in the last 22 bytes + a comment of at most
    // 64 KB.
    let tail = &bytes[bytes.len().saturating_sub(22 + 65_535)..];
    let damage = if tail.windows(4).any(|w| w == b"PK\x05\x06") {
        ZipDamage::Corrupt
    } else {
        ZipDamage::CutShort
    };
    ImportError::Damaged {
        format: "docx",
        damage,
    }
}

/// The number of entries a zip's end of central directory record declares (`None` when
/// it has none, or defers to a Zip64 record).
fn declared_entries(bytes: &[u8]) -> Option<usize> {
    let from = bytes.len().saturating_sub(22 + 65_535);
    let at = from + bytes[from..].windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let record = bytes.get(at + 10..at + 12)?;
    let entries = u16::from_le_bytes([record[0], record[1]]);
    (entries != u16::MAX).then_some(entries as usize)
}

/// What a zip that is not a Word document looks like.
fn looks_like(zip: &Zip) -> Option<&'static str> {
    let has = |name: &str| zip.index_for_name(name).is_some();
    if has("xl/workbook.xml") {
        Some("an Excel workbook")
    } else if has("ppt/presentation.xml") {
        Some("a PowerPoint presentation")
    } else if has("META-INF/container.xml") {
        Some("an EPUB e-book")
    } else if has("content.xml") && has("mimetype") {
        Some("an OpenDocument file")
    } else {
        None
    }
}

/// The main part's name ([module docs](self)).
fn main_part(zip: &mut Zip, limits: &Limits) -> Result<Option<String>, ImportError> {
    let mut candidates = Vec::new();
    if let Some(rels) = optional_part(zip, "_rels/.rels", limits)? {
        candidates.extend(attribute_of(&rels, "Relationship", "Target", |e| {
            attr(e, "Type").is_some_and(|t| t.ends_with("/officeDocument"))
        }));
    }
    if let Some(types) = optional_part(zip, "[Content_Types].xml", limits)? {
        candidates.extend(attribute_of(&types, "Override", "PartName", |e| {
            attr(e, "ContentType").is_some_and(|t| WORD_MAIN_TYPES.contains(&t.as_str()))
        }));
    }
    candidates.push(DEFAULT_MAIN.to_string());
    Ok(candidates
        .into_iter()
        .map(|c| c.trim_start_matches('/').to_string())
        .find(|c| {
            c.ends_with(".xml")
                && !c.starts_with("xl/")
                && !c.starts_with("ppt/")
                && zip.index_for_name(c).is_some()
        }))
}

/// A part that may be missing or damaged: `None` then. Refusals that concern the whole
/// file (encryption, a bomb) still stop the reading.
fn optional_part(
    zip: &mut Zip,
    name: &str,
    limits: &Limits,
) -> Result<Option<Vec<u8>>, ImportError> {
    if zip.index_for_name(name).is_none() {
        return Ok(None);
    }
    match read_part(zip, name, limits) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e @ (ImportError::Encrypted | ImportError::UnzipsTooLarge { .. })) => Err(e),
        Err(_) => Ok(None),
    }
}

/// One part's bytes, read up to the limit.
fn read_part(zip: &mut Zip, name: &str, limits: &Limits) -> Result<Vec<u8>, ImportError> {
    let damaged = |damage| ImportError::Damaged {
        format: "docx",
        damage,
    };
    let Some(index) = zip.index_for_name(name) else {
        return Err(ImportError::NotWordDocument { looks_like: None });
    };
    let too_large = || ImportError::UnzipsTooLarge {
        part: name.to_string(),
        limit: limits.max_unzipped_bytes,
    };
    let mut file = match zip.by_index(index) {
        Ok(file) => file,
        Err(ZipError::UnsupportedArchive(msg)) if msg == ZipError::PASSWORD_REQUIRED => {
            return Err(ImportError::Encrypted)
        }
        Err(ZipError::InvalidPassword) => return Err(ImportError::Encrypted),
        Err(ZipError::CompressionMethodNotSupported(method)) => {
            return Err(damaged(ZipDamage::Compression {
                method: method_name(method),
            }))
        }
        Err(ZipError::UnsupportedArchive(msg)) if msg.contains("ompression") => {
            return Err(damaged(ZipDamage::Compression {
                method: "a compression method".into(),
            }))
        }
        Err(ZipError::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Err(damaged(ZipDamage::CutShort))
        }
        Err(_) => return Err(damaged(ZipDamage::Corrupt)),
    };
    if file.encrypted() {
        return Err(ImportError::Encrypted);
    }
    if file.size() > limits.max_unzipped_bytes {
        return Err(too_large());
    }
    let mut out = Vec::with_capacity(file.size().min(1 << 20) as usize);
    file.by_ref()
        .take(limits.max_unzipped_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| {
            damaged(if e.kind() == std::io::ErrorKind::UnexpectedEof {
                ZipDamage::CutShort
            } else {
                ZipDamage::Corrupt
            })
        })?;
    if out.len() as u64 > limits.max_unzipped_bytes {
        return Err(too_large());
    }
    Ok(out)
}

fn method_name(method: u16) -> String {
    match method {
        9 => "Deflate64".into(),
        12 => "bzip2".into(),
        14 => "LZMA".into(),
        93 => "Zstandard".into(),
        95 => "XZ".into(),
        98 => "PPMd".into(),
        99 => "AES encryption".into(),
        m => format!("compression method {m}"),
    }
}

/// XML bytes as text (a UTF-8 byte order mark dropped; bytes that are not UTF-8 replaced).
fn xml_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

fn reader(text: &str) -> Reader<&[u8]> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = false;
    reader
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

/// The `attribute` of every `element` that `keep` accepts.
fn attribute_of(
    xml: &[u8],
    element: &str,
    attribute: &str,
    keep: impl Fn(&BytesStart) -> bool,
) -> Vec<String> {
    let text = xml_text(xml);
    let mut reader = reader(&text);
    let mut out = Vec::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().0 == element && keep(&e) => {
                out.extend(attr(&e, attribute));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Style ids and their names, from `word/styles.xml`.
fn style_names(xml: &[u8]) -> HashMap<String, String> {
    let text = xml_text(xml);
    let mut reader = reader(&text);
    let mut names = HashMap::new();
    let mut current: Option<String> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if e.name().0 == "w:style" => current = attr(&e, "w:styleId"),
            Event::Empty(e) if e.name().0 == "w:name" => {
                if let (Some(id), Some(name)) = (current.take(), attr(&e, "w:val")) {
                    names.insert(id, name);
                }
            }
            Event::End(e) if e.name().0 == "w:style" => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    names
}

/// `dc:title` and `dcterms:created` of `docProps/core.xml`.
fn core_properties(xml: &[u8]) -> (Option<String>, Option<String>) {
    let text = xml_text(xml);
    let mut reader = reader(&text);
    let (mut title, mut created) = (None::<String>, None::<String>);
    let mut inside: Option<&'static str> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) => {
                inside = match e.name().0 {
                    "dc:title" => Some("title"),
                    "dcterms:created" => Some("created"),
                    _ => None,
                }
            }
            Event::Text(t) => {
                let slot = match inside {
                    Some("title") => &mut title,
                    Some("created") => &mut created,
                    _ => continue,
                };
                slot.get_or_insert_default().push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) => {
                let slot = match inside {
                    Some("title") => &mut title,
                    Some("created") => &mut created,
                    _ => continue,
                };
                if let Some(s) = resolve(&r) {
                    slot.get_or_insert_default().push_str(&s);
                }
            }
            Event::End(_) => inside = None,
            Event::Eof => break,
            _ => {}
        }
    }
    (title.map(|t| clean_paragraph(&t)), created)
}

/// An entity or character reference's text.
fn resolve(r: &quick_xml::events::BytesRef) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    quick_xml::escape::resolve_predefined_entity(r).map(str::to_string)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Heading,
    Title,
}

#[derive(Debug)]
struct Paragraph {
    text: String,
    kind: Kind,
}

#[derive(Default)]
struct Building {
    text: String,
    style: Option<String>,
    outline: bool,
}

/// The paragraphs of the main part ([module docs](self)); `Err` when it is not
/// well-formed XML.
fn paragraphs(xml: &[u8], styles: &HashMap<String, String>) -> Result<Vec<Paragraph>, ()> {
    let text = xml_text(xml);
    let mut reader = reader(&text);
    let mut open: Vec<Building> = Vec::new();
    let mut out = Vec::new();
    let mut in_t = false;
    let mut in_run = 0usize;
    let mut in_ppr = 0usize;
    let mut hidden = false;
    loop {
        let event = reader.read_event().map_err(|_| ())?;
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.name().0 {
                "w:p" => open.push(Building::default()),
                "w:pPr" => in_ppr += 1,
                "w:r" => {
                    in_run += 1;
                    hidden = false;
                }
                "w:t" => in_t = in_run > 0 && !hidden,
                "mc:Fallback" | "w:moveFrom" | "w:del" | "w:instrText" | "w:delText" => {
                    let name = e.name().0.to_string();
                    reader.read_to_end(QName(&name)).map_err(|_| ())?;
                }
                _ => {}
            },
            Event::Empty(e) => {
                let push = |open: &mut Vec<Building>, s: &str| {
                    if let Some(p) = open.last_mut() {
                        p.text.push_str(s);
                    }
                };
                match e.name().0 {
                    "w:pStyle" if in_ppr > 0 => {
                        if let Some(p) = open.last_mut() {
                            p.style = attr(&e, "w:val");
                        }
                    }
                    "w:outlineLvl" if in_ppr > 0 => {
                        let level = attr(&e, "w:val").and_then(|v| v.parse::<u8>().ok());
                        if let (Some(p), Some(0..=8)) = (open.last_mut(), level) {
                            p.outline = true;
                        }
                    }
                    "w:vanish" if in_run > 0 && in_ppr == 0 => {
                        hidden = attr(&e, "w:val")
                            .is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
                    }
                    "w:tab" | "w:ptab" | "w:br" | "w:cr" if in_run > 0 && !hidden => {
                        push(&mut open, " ")
                    }
                    "w:noBreakHyphen" if in_run > 0 && !hidden => push(&mut open, "-"),
                    _ => {}
                }
            }
            Event::Text(t) if in_t => {
                if let Some(p) = open.last_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if in_t => {
                if let Some(p) = open.last_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_t => {
                if let (Some(p), Some(s)) = (open.last_mut(), resolve(&r)) {
                    p.text.push_str(&s);
                }
            }
            Event::End(e) => match e.name().0 {
                "w:p" => {
                    if let Some(p) = open.pop() {
                        let text = clean_paragraph(&p.text);
                        if !text.is_empty() {
                            out.push(Paragraph {
                                kind: kind(&p, styles),
                                text,
                            });
                        }
                    }
                    in_t = false;
                }
                "w:pPr" => in_ppr = in_ppr.saturating_sub(1),
                "w:r" => {
                    in_run = in_run.saturating_sub(1);
                    hidden = false;
                }
                "w:t" => in_t = false,
                _ => {}
            },
            _ => {}
        }
    }
    Ok(out)
}

fn kind(p: &Building, styles: &HashMap<String, String>) -> Kind {
    let Some(id) = &p.style else {
        return if p.outline { Kind::Heading } else { Kind::Text };
    };
    let name = styles
        .get(id)
        .map_or(id.as_str(), String::as_str)
        .to_lowercase();
    let id_lower = id.to_lowercase();
    let heading = |s: &str| {
        s.strip_prefix("heading")
            .map(str::trim_start)
            .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit() && n != "0")
    };
    if name == "title" || id_lower == "title" {
        Kind::Title
    } else if heading(&name) || heading(&id_lower) || p.outline {
        Kind::Heading
    } else {
        Kind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_kinds_by_style() {
        let styles: HashMap<String, String> = [
            ("berschrift2", "heading 2"),
            ("Titel", "Title"),
            ("Quote", "Quote"),
            ("Heading10", "Heading10"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let cases = [
            (None, false, Kind::Text),
            (None, true, Kind::Heading),
            (Some("Heading1"), false, Kind::Heading),
            (Some("heading 9"), false, Kind::Heading),
            (Some("Heading0"), false, Kind::Text),
            (Some("Heading10"), false, Kind::Text),
            (Some("berschrift2"), false, Kind::Heading),
            (Some("Title"), false, Kind::Title),
            (Some("Titel"), false, Kind::Title),
            (Some("Quote"), false, Kind::Text),
            (Some("Quote"), true, Kind::Heading),
        ];
        for (style, outline, want) in cases {
            let p = Building {
                text: String::new(),
                style: style.map(str::to_string),
                outline,
            };
            assert_eq!(kind(&p, &styles), want, "{style:?} outline {outline}");
        }
    }

    #[test]
    fn main_part_and_what_else_a_zip_looks_like() {
        let names = |xml: &str| {
            attribute_of(xml.as_bytes(), "Relationship", "Target", |e| {
                attr(e, "Type").is_some_and(|t| t.ends_with("/officeDocument"))
            })
        };
        assert_eq!(
            names(
                r#"<Relationships><Relationship Type="a/styles" Target="s.xml"/><Relationship Type="a/officeDocument" Target="/word/doc&amp;1.xml"/></Relationships>"#
            ),
            ["/word/doc&1.xml"]
        );
        assert_eq!(names("<not xml"), Vec::<String>::new());
        assert_eq!(
            core_properties(b"<cp><dc:title>A &amp; B</dc:title><dcterms:created>2020-01-02T00:00:00Z</dcterms:created></cp>"),
            (Some("A & B".into()), Some("2020-01-02T00:00:00Z".into()))
        );
    }
}
