//! `.txt` and `.md` files in the encodings readers' files come in.
//!
//! - **UTF-8** (with or without a byte order mark) goes straight to
//!   [`document::parse`](crate::document::parse): the same document, byte for byte, as Sift
//!   reads everywhere else.
//! - **UTF-16 with a byte order mark** is decoded (a notice says so); without its mark
//!   UTF-16 has NUL bytes and is refused as binary.
//! - **Windows-1252** (and so ISO-8859-1, which it contains) is decoded only when that is
//!   clearly what the bytes are: chardetng's guess is Windows-1252, no byte decodes to a
//!   control character (its five unassigned bytes included), every non-ASCII character is
//!   a letter or common punctuation, and the bytes are not mostly UTF-8 with a few broken
//!   ones. A notice says so: "decoded as Windows-1252 (it was not UTF-8)".
//! - Anything else is refused as not UTF-8, naming the first bad byte and the encoding it
//!   looks like ("it may be Shift_JIS").
//!
//! The decoded text then goes through [`document::parse`](crate::document::parse), so
//! front matter, headings and paragraphs are read as for any UTF-8 file.

use super::{ImportError, Notice};
use crate::document::{parse, Document, Format, ParseError};
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The document of a text file's bytes.
pub(crate) fn read(
    id: &str,
    format: Format,
    bytes: &[u8],
    notices: &mut Vec<Notice>,
) -> Result<Document, ImportError> {
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some(UTF_16LE)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some(UTF_16BE)
    } else {
        None
    };
    if let Some(encoding) = utf16 {
        let text = encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[2..])
            .ok_or(ImportError::BadUtf16)?;
        notices.push(Notice::Decoded { encoding: "UTF-16" });
        return Ok(parse(id, format, text.as_bytes())?);
    }
    match parse(id, format, bytes) {
        Err(ParseError::NotUtf8 { line, column }) => match windows_1252(bytes) {
            Ok(text) => {
                notices.push(Notice::Decoded {
                    encoding: "Windows-1252",
                });
                Ok(parse(id, format, text.as_bytes())?)
            }
            Err(looks_like) => Err(ImportError::NotUtf8 {
                line,
                column,
                looks_like,
            }),
        },
        other => Ok(other?),
    }
}

/// The bytes decoded as Windows-1252 when that is clearly what they are; else the
/// encoding they look like, if another.
pub(crate) fn windows_1252(bytes: &[u8]) -> Result<String, Option<&'static str>> {
    let guess = guess(bytes);
    if guess != WINDOWS_1252 {
        return Err(Some(display_name(guess)));
    }
    if mostly_utf8(bytes) {
        return Err(None);
    }
    let text = WINDOWS_1252
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(None)?;
    if text.chars().all(plausible_1252) {
        Ok(text.into_owned())
    } else {
        Err(None)
    }
}

/// chardetng's guess for bytes that are not UTF-8, from their 4 KB stretches that have
/// non-ASCII bytes, up to 1 MB of them (chardetng reads some 25 MB a second: a whole 50 MB
/// file would take two seconds, and ASCII tells it nothing).
pub(crate) fn guess(bytes: &[u8]) -> &'static Encoding {
    const CHUNK: usize = 4 * 1024;
    const SAMPLE: usize = 1 << 20;
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let (mut start, mut fed) = (0, 0);
    while start < bytes.len() && fed < SAMPLE {
        // Chunks end after an ASCII byte, so no character is cut in two.
        let mut end = (start + CHUNK).min(bytes.len());
        while end < bytes.len() && !bytes[end - 1].is_ascii() && end - start < 2 * CHUNK {
            end += 1;
        }
        let chunk = &bytes[start..end];
        if !chunk.is_ascii() {
            detector.feed(chunk, false);
            fed += chunk.len();
        }
        start = end;
    }
    detector.feed(b"", true);
    detector.guess(None, Utf8Detection::Deny)
}

/// An encoding's name as people write it.
pub(crate) fn display_name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "windows-1250" => "Windows-1250",
        "windows-1251" => "Windows-1251",
        "windows-1252" => "Windows-1252",
        "windows-1253" => "Windows-1253",
        "windows-1254" => "Windows-1254",
        "windows-1255" => "Windows-1255",
        "windows-1256" => "Windows-1256",
        "windows-1257" => "Windows-1257",
        "windows-1258" => "Windows-1258",
        "windows-874" => "Windows-874",
        name => name,
    }
}

/// A character a Windows-1252 text plausibly has: printable ASCII and its whitespace,
/// letters, and the punctuation and signs of western writing.
fn plausible_1252(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_control() || matches!(c, '\t' | '\n' | '\r' | '\x0c');
    }
    c.is_alphabetic()
        || "\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿×÷‘’‚“”„†‡•…‰‹›€™–—ˆ˜".contains(c)
}

/// Whether the bytes are UTF-8 for the most part, with some broken sequences: as many
/// valid multi-byte characters as invalid bytes. Such a file is damaged UTF-8, and reading
/// it as Windows-1252 would garble every accented letter in it.
pub(crate) fn mostly_utf8(bytes: &[u8]) -> bool {
    let (valid, invalid) = utf8_counts(bytes);
    valid > 0 && valid >= invalid
}

/// The bytes' valid non-ASCII UTF-8 characters and their bytes that are not UTF-8.
pub(crate) fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    let non_ascii = |s: &str| s.chars().filter(|c| !c.is_ascii()).count();
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += non_ascii(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                // valid_up_to is a char boundary, so `good` is UTF-8.
                valid += std::str::from_utf8(good).map_or(0, non_ascii);
                let skip = e.error_len().unwrap_or(bad.len()).clamp(1, bad.len());
                invalid += skip;
                rest = &bad[skip..];
            }
        }
    }
    (valid, invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_txt(bytes: &[u8]) -> (Result<Document, ImportError>, Vec<Notice>) {
        let mut notices = Vec::new();
        (read("d", Format::Text, bytes, &mut notices), notices)
    }

    #[test]
    fn utf8_is_read_as_document_parse_reads_it() {
        let bytes = "---\ntitle: Ça va\n---\n\nFirst.\n\nSecond, in São Paulo.\n".as_bytes();
        let (doc, notices) = read_txt(bytes);
        assert_eq!(doc.unwrap(), parse("d", Format::Text, bytes).unwrap());
        assert_eq!(notices, []);
    }

    #[test]
    fn windows_1252_is_decoded_with_a_notice() {
        let (text, _, _) = WINDOWS_1252.encode("Café in São Paulo, said Müller — “at 5 €”.");
        let (doc, notices) = read_txt(&text);
        assert_eq!(
            doc.unwrap().paragraphs,
            ["Café in São Paulo, said Müller — “at 5 €”."]
        );
        assert_eq!(
            notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["decoded as Windows-1252 (it was not UTF-8)"]
        );
    }

    #[test]
    fn front_matter_survives_decoding() {
        let mut notices = Vec::new();
        let bytes = b"---\ntitle: R\xe9sum\xe9\n---\n# Heading\n\nNa\xefve text.\n";
        let doc = read("d", Format::Markdown, bytes, &mut notices).unwrap();
        assert_eq!(doc.title, "Résumé");
        assert_eq!(doc.paragraphs, ["Heading", "Naïve text."]);
    }

    #[test]
    fn utf16_with_a_bom_is_decoded() {
        for (bom, encoding) in [([0xFF, 0xFE], UTF_16LE), ([0xFE, 0xFF], UTF_16BE)] {
            let units: Vec<u8> = "Zürich\r\n\r\nSecond."
                .encode_utf16()
                .flat_map(|u| {
                    if encoding == UTF_16LE {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    }
                })
                .collect();
            let bytes = [bom.as_slice(), &units].concat();
            let (doc, notices) = read_txt(&bytes);
            assert_eq!(doc.unwrap().paragraphs, ["Zürich", "Second."]);
            assert_eq!(
                notices[0].to_string(),
                "decoded as UTF-16 (it was not UTF-8)"
            );
        }
        // an unpaired surrogate is not UTF-16
        let (doc, _) = read_txt(b"\xFF\xFE\x00\xD8a\x00");
        assert_eq!(doc.unwrap_err(), ImportError::BadUtf16);
    }

    struct Refused {
        name: &'static str,
        bytes: Vec<u8>,
        message: &'static str,
    }

    #[test]
    fn what_is_not_clearly_windows_1252_is_refused() {
        let cases = [
            Refused {
                name: "Russian in KOI8-R",
                bytes: encoding_rs::KOI8_R
                    .encode("Москва приняла решение о перемирии в среду вечером.")
                    .0
                    .into_owned(),
                message: "not UTF-8 text (invalid byte at line 1, column 1; it may be KOI8-U); save it as UTF-8",
            },
            Refused {
                name: "Japanese in Shift_JIS",
                bytes: encoding_rs::SHIFT_JIS
                    .encode("東京で会議が開かれた。首相は停戦を求めた。")
                    .0
                    .into_owned(),
                message: "not UTF-8 text (invalid byte at line 1, column 1; it may be Shift_JIS); save it as UTF-8",
            },
            Refused {
                name: "UTF-8 with one broken byte",
                bytes: "Zürich, Genève and Köln\n\x00"
                    .replace('\0', "")
                    .into_bytes()
                    .into_iter()
                    .chain(*b"bad \xff byte")
                    .collect(),
                message: "not UTF-8 text (invalid byte at line 2, column 5); save it as UTF-8",
            },
            Refused {
                name: "an unassigned Windows-1252 byte",
                bytes: b"Caf\xe9 \x81 bar".to_vec(),
                message: "not UTF-8 text (invalid byte at line 1, column 4); save it as UTF-8",
            },
        ];
        for case in cases {
            let (doc, notices) = read_txt(&case.bytes);
            let err = doc.expect_err(case.name);
            assert_eq!(err.to_string(), case.message, "{}", case.name);
            assert_eq!(notices, [], "{}", case.name);
        }
    }
}
