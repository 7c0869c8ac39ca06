//! What a file's first bytes say it is, whatever its name.
//!
//! - **PDF**: `%PDF-`, after any whitespace.
//! - **Zip** (`.docx` is one): `PK\x03\x04`, or `PK\x05\x06` for an empty zip.
//! - **OLE** (an Office 97–2003 file, or a password-protected `.docx`): `D0 CF 11 E0 A1 B1 1A E1`.
//! - **HTML**: after any byte order mark, whitespace, `<?xml …?>` declaration and
//!   `<!-- … -->` comments (browsers' "saved from" line), `<!doctype html` or `<html`,
//!   in any case.
//! - **Binary**: a NUL byte in the first 8 KB (unless a UTF-16 byte order mark starts the
//!   file), or more than a tenth of it control bytes other than tab, line ends, form feed
//!   and escape.
//! - **Text**: anything else.
//!
//! ```
//! use sift_engine::import::sniff::{sniff, Sniffed};
//! assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Pdf);
//! assert_eq!(sniff(b"  <!DOCTYPE html><title>x</title>"), Sniffed::Html);
//! assert_eq!(sniff(b"Plain words."), Sniffed::Text);
//! ```

/// What the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Pdf,
    Zip,
    Ole,
    Html,
    Binary,
    Text,
}

/// How many bytes the checks look at.
const HEAD: usize = 8 * 1024;

/// What `bytes` are ([module docs](self)).
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let head = &bytes[..bytes.len().min(HEAD)];
    if trim_start(head).starts_with(b"%PDF-") {
        return Sniffed::Pdf;
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Sniffed::Ole;
    }
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        // UTF-16: NULs are its high bytes. Its HTML is told from text by decoding it.
        let units: Vec<u8> = if head[0] == 0xFF {
            head[2..]
                .chunks_exact(2)
                .map(|c| narrow(c[0], c[1]))
                .collect()
        } else {
            head[2..]
                .chunks_exact(2)
                .map(|c| narrow(c[1], c[0]))
                .collect()
        };
        return if is_html(&units) {
            Sniffed::Html
        } else {
            Sniffed::Text
        };
    }
    if head.contains(&0) {
        return Sniffed::Binary;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B) || b == 0x7F)
        .count();
    if controls * 10 > head.len() {
        return Sniffed::Binary;
    }
    if is_html(head) {
        Sniffed::Html
    } else {
        Sniffed::Text
    }
}

/// A UTF-16 code unit as one byte: itself when it is ASCII, else a letter (which no HTML
/// marker contains).
fn narrow(low: u8, high: u8) -> u8 {
    if high == 0 && low < 0x80 {
        low
    } else {
        b'x'
    }
}

fn is_html(head: &[u8]) -> bool {
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        rest = trim_start(rest);
        if starts_with_ci(rest, b"<?xml") {
            match find(rest, b"?>") {
                Some(end) => rest = &rest[end + 2..],
                None => return false,
            }
        } else if rest.starts_with(b"<!--") {
            match find(rest, b"-->") {
                Some(end) => rest = &rest[end + 3..],
                None => return false,
            }
        } else {
            break;
        }
    }
    starts_with_ci(rest, b"<!doctype html")
        || starts_with_ci(rest, b"<html")
            && rest
                .get(5)
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>')
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[n..]
}

fn starts_with_ci(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn find(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    bytes.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        bytes: &'static [u8],
        want: Sniffed,
    }

    const CASES: &[Case] = &[
        // PDF
        Case { name: "pdf header", bytes: b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", want: Sniffed::Pdf },
        Case { name: "pdf after blank lines", bytes: b"\r\n\r\n%PDF-1.7", want: Sniffed::Pdf },
        Case { name: "a text about pdf headers", bytes: b"A file starts with %PDF-1.7.", want: Sniffed::Text },
        Case { name: "the word PDF is not a pdf", bytes: b"The %PDF file was lost.", want: Sniffed::Text },
        // zip and OLE
        Case { name: "zip local header", bytes: b"PK\x03\x04\x14\x00\x06\x00", want: Sniffed::Zip },
        Case { name: "empty zip", bytes: b"PK\x05\x06\x00\x00\x00\x00", want: Sniffed::Zip },
        Case { name: "PK text", bytes: b"PK is a footballer's penalty kick.", want: Sniffed::Text },
        Case { name: "ole compound file", bytes: b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", want: Sniffed::Ole },
        // HTML
        Case { name: "doctype", bytes: b"<!DOCTYPE html>\n<html>", want: Sniffed::Html },
        Case { name: "doctype lower case after a BOM", bytes: b"\xEF\xBB\xBF<!doctype html>", want: Sniffed::Html },
        Case { name: "html tag with attributes", bytes: b"\n\n<HTML lang=en>", want: Sniffed::Html },
        Case { name: "saved-from comment first", bytes: b"<!-- saved from url=(0022)http://example.org/ -->\n<html>", want: Sniffed::Html },
        Case { name: "xhtml with an xml declaration", bytes: b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", want: Sniffed::Html },
        Case { name: "utf-16 html", bytes: b"\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", want: Sniffed::Html },
        Case { name: "htmlish word is text", bytes: b"<htmlfoo> is not a tag we know", want: Sniffed::Text },
        Case { name: "a fragment is text", bytes: b"<p>Hello</p>", want: Sniffed::Text },
        Case { name: "unclosed comment", bytes: b"<!-- never closed <html>", want: Sniffed::Text },
        // binary and text
        Case { name: "png", bytes: b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", want: Sniffed::Binary },
        Case { name: "jpeg", bytes: b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", want: Sniffed::Binary },
        Case { name: "control bytes without NUL", bytes: b"\x01\x02\x03\x04\x05abc", want: Sniffed::Binary },
        Case { name: "utf-16 text with its NULs", bytes: b"\xFF\xFEh\x00i\x00", want: Sniffed::Text },
        Case { name: "latin-1 text", bytes: b"Caf\xE9 au lait", want: Sniffed::Text },
        Case { name: "tabs and form feeds are text", bytes: b"a\tb\x0cc\r\n", want: Sniffed::Text },
        Case { name: "one byte", bytes: b"x", want: Sniffed::Text },
        Case { name: "nothing", bytes: b"", want: Sniffed::Text },
    ];

    #[test]
    fn sniff_table() {
        for case in CASES {
            assert_eq!(sniff(case.bytes), case.want, "{}", case.name);
        }
    }

    #[test]
    fn a_nul_after_the_head_is_not_looked_at() {
        let mut bytes = b"word ".repeat(HEAD);
        bytes.push(0);
        assert_eq!(sniff(&bytes), Sniffed::Text);
    }
}
