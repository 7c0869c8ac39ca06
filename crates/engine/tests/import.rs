//! `import::import` on whole files: a saved news page, Word documents written here with the
//! zip crate, text in legacy encodings, and every kind of bad input with its message.

use sift_engine::document::{parse, Format};
use sift_engine::import::{import, ImportError, Limits, Notice, ZipDamage};
use std::io::Write;
use std::path::Path;
use zip::unstable::write::FileOptionsExt;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn data(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn notices(notices: &[Notice]) -> Vec<String> {
    notices.iter().map(ToString::to_string).collect()
}

// ---------------------------------------------------------------- a saved news page

const FERRY_STORY: &[&str] = &[
    "Crews will return to the Port Ellery ferries on Friday morning after accepting a pay offer.",
    "By Mara Quinlan, transport correspondent",
    "Thursday 14 March 2024 18.42 GMT",
    "The nine-day strike that stranded thousands of island commuters ended on Thursday evening, when ferry crews voted by 212 to 41 to accept a revised pay offer from Ellery Sound Ferries.",
    "Services between Port Ellery and the three outer islands will restart at 6.15am on Friday, the company said, although the first crossings are expected to be “very busy” as freight held back since last week is cleared.",
    "The deal gives deckhands and engineers a rise of 6.5% backdated to January, and a further 3% next spring. Union organisers had asked for 9%.",
    "“Nobody wanted to leave people stuck on the wrong side of the water,” said Deniz Arslan, who chairs the crews’ branch of the Maritime Workers’ Union. “But we could not keep running boats on wages that were set before the fuel crisis.”",
    "Islanders count the cost",
    "On Inish Mór, the largest of the outer islands, the grocery shop ran out of fresh milk on Monday and the primary school moved its lessons online.",
    "Siobhán Keane, who runs a guest house near the pier, said she had lost eleven bookings.",
    "“The season hasn’t even started,” she said. “I don’t know how the smaller places will manage.”",
    "We are relieved, and we are tired.",
    "Ellery Sound Ferries said it would publish a revised timetable on its website by noon on Friday.",
];

#[test]
fn a_saved_news_page_reads_like_its_story() {
    let imported = import(
        "ferry-strike.html",
        &data("ferry-strike.html"),
        &Limits::default(),
    )
    .unwrap();
    let doc = imported.document;
    assert_eq!(doc.id, "ferry-strike");
    assert_eq!(doc.title, "Harbour ferry strike ends after nine days");
    assert!(!doc.title_derived);
    assert_eq!(doc.date.as_deref(), Some("2024-03-14"));
    assert_eq!(doc.source.as_deref(), Some("The Coastline Courier"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://www.coastline-courier.example/news/2024/harbour-ferry-strike-ends")
    );
    assert_eq!(doc.paragraphs, FERRY_STORY);
    assert_eq!(imported.notices, []);
}

#[test]
fn the_same_page_without_article_markup_still_reads_like_its_story() {
    let html = String::from_utf8(data("ferry-strike.html")).unwrap();
    let html = html
        .replace("<main id=\"main\">", "<div id=\"main\">")
        .replace("</main>", "</div>")
        .replace("<article class=\"story\"", "<div class=\"story\"")
        .replace("</footer>\n</article>", "</footer>\n</div>");
    assert!(!html.contains("<main") && !html.contains("<article class=\"story\""));
    let imported = import("ferry-strike.htm", html.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(imported.document.paragraphs, FERRY_STORY);
    assert_eq!(notices(&imported.notices), [Notice::WholePage.to_string()]);
}

#[test]
fn a_page_in_windows_1252_without_a_charset() {
    let html = String::from_utf8(data("ferry-strike.html"))
        .unwrap()
        .replace(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">",
            "",
        );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&html);
    assert!(!unmappable);
    let imported = import("ferry-strike.html", &bytes, &Limits::default()).unwrap();
    assert_eq!(imported.document.paragraphs, FERRY_STORY);
    assert_eq!(
        notices(&imported.notices),
        ["decoded as Windows-1252 (it was not UTF-8)"]
    );
}

// ---------------------------------------------------------------- Word documents

/// A zip of these parts, deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>"#;

const CORE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Harbour works &amp; the ferry timetable</dc:title><dc:creator>Desk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T09:30:00Z</dcterms:created></cp:coreProperties>"#;

fn document_xml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

fn p(style: Option<&str>, runs: &str) -> String {
    let ppr = style.map_or(String::new(), |s| {
        format!(r#"<w:pPr><w:pStyle w:val="{s}"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>"#)
    });
    format!("<w:p>{ppr}{runs}</w:p>")
}

fn r(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

/// The body of the memo the tests read: headings, runs split mid-word, tabs and breaks, a
/// footnote reference, a field, deleted and hidden text, a table and a text box.
fn memo_body() -> String {
    [
        p(Some("berschrift1"), &r("Background")),
        p(
            None,
            &format!(
                "{}{}<w:r><w:footnoteReference w:id=\"1\"/></w:r>{}",
                r("The harbour authority approved the new "),
                r("break&#173;water on Tuesday."),
                r(" Work starts in May.")
            ),
        ),
        p(
            None,
            &format!(
                "{}<w:r><w:tab/><w:t>Cost:</w:t><w:br/><w:t>£4.2m</w:t></w:r><w:del w:id=\"9\"><w:r><w:delText>£3.9m</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>internal note</w:t></w:r>",
                r("Budget.")
            ),
        ),
        p(
            None,
            &format!(
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://example.org\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>{}",
                r("The plans"),
                r(" are online.")
            ),
        ),
        p(Some("Heading2"), &r("Who said what")),
        format!(
            "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p(None, &r("Harbour master")),
            p(None, &r("&quot;We are ready.&quot;"))
        ),
        p(
            None,
            &format!(
                "{}<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>{}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
                r("See the box."),
                p(None, &r("Boxed: the ferry runs hourly.")),
                p(None, &r("Boxed: the ferry runs hourly."))
            ),
        ),
        p(None, ""),
    ]
    .concat()
}

const MEMO: &[&str] = &[
    "The harbour authority approved the new breakwater on Tuesday. Work starts in May.",
    "Budget. Cost: £4.2m",
    "The plans are online.",
    "Who said what",
    "Harbour master",
    "\"We are ready.\"",
    "Boxed: the ferry runs hourly.",
    "See the box.",
];

#[test]
fn a_word_document_with_a_title_paragraph() {
    let body = p(Some("Title"), &r("Harbour memo")) + &memo_body();
    let docx = zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", document_xml(&body).as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("docProps/core.xml", CORE.as_bytes()),
    ]);
    let imported = import("memo.docx", &docx, &Limits::default()).unwrap();
    let doc = imported.document;
    assert_eq!(doc.id, "memo");
    assert_eq!(doc.title, "Harbour memo");
    assert!(!doc.title_derived);
    assert_eq!(doc.date.as_deref(), Some("2024-03-15"));
    assert_eq!(doc.paragraphs, [&["Background"], MEMO].concat());
    assert_eq!(imported.notices, []);
}

#[test]
fn a_word_document_titled_by_its_properties() {
    let docx = zip_of(&[
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", document_xml(&memo_body()).as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("docProps/core.xml", CORE.as_bytes()),
    ]);
    let doc = import("memo.docx", &docx, &Limits::default())
        .unwrap()
        .document;
    assert_eq!(doc.title, "Harbour works & the ferry timetable");
    assert_eq!(doc.paragraphs, [&["Background"], MEMO].concat());
}

#[test]
fn a_word_document_with_only_its_parts() {
    // No rels, styles or properties: the default part, the leading heading as the title
    // (its style id says Heading), and a main part found through [Content_Types].xml.
    let body = p(Some("Heading1"), &r("Background")) + &p(None, &r("One paragraph."));
    let docx = zip_of(&[("word/document.xml", document_xml(&body).as_bytes())]);
    let doc = import("bare.docx", &docx, &Limits::default())
        .unwrap()
        .document;
    assert_eq!(
        (doc.title.as_str(), doc.title_derived),
        ("Background", false)
    );
    assert_eq!(doc.paragraphs, ["One paragraph."]);
    assert_eq!(doc.date, None);

    let types = r#"<Types><Override PartName="/word/main.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let docx = zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        (
            "word/main.xml",
            document_xml(&p(None, &r("Found by its type."))).as_bytes(),
        ),
    ]);
    let doc = import("typed.docx", &docx, &Limits::default())
        .unwrap()
        .document;
    assert_eq!(
        (doc.title.as_str(), doc.title_derived),
        ("Found by its type.", true)
    );
}

// ---------------------------------------------------------------- bad inputs

struct Bad {
    name: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    limits: Limits,
    error: ImportError,
    message: &'static str,
}

fn small(max_file_bytes: u64, max_unzipped_bytes: u64, max_zip_entries: usize) -> Limits {
    Limits {
        max_file_bytes,
        max_unzipped_bytes,
        max_zip_entries,
    }
}

fn bad_inputs() -> Vec<Bad> {
    let word = |body: &str| document_xml(&p(None, &r(body)));
    let good_docx = zip_of(&[("word/document.xml", word("Some text.").as_bytes())]);
    let default = Limits::default();
    let spaces = vec![b' '; 3_000_000];
    let mut corrupt = zip_of(&[("word/document.xml", word(&"text ".repeat(2000)).as_bytes())]);
    // Damage the deflated data (it starts after the 30-byte header and the name).
    for b in &mut corrupt[60..90] {
        *b ^= 0x55;
    }
    // A password-protected entry, as the zip writer makes one (ZipCrypto).
    let mut encrypted_zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let locked = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .with_deprecated_encryption(b"harbour")
        .unwrap();
    encrypted_zip
        .start_file("word/document.xml", locked)
        .unwrap();
    encrypted_zip.write_all(word("Secret.").as_bytes()).unwrap();
    let encrypted = encrypted_zip.finish().unwrap().into_inner();
    let many: Vec<(String, Vec<u8>)> = (0..12).map(|i| (format!("f{i}.txt"), vec![b'x'])).collect();
    let many: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    vec![
        // ---- any file
        Bad { name: "empty", file: "notes.txt", bytes: vec![], limits: default, error: ImportError::Empty, message: "notes.txt: an empty file" },
        Bad { name: "over the size limit", file: "big.txt", bytes: vec![b'a'; 1_500], limits: small(1_000, 1_000, 10), error: ImportError::TooLarge { bytes: 1_500, limit: 1_000 }, message: "big.txt: too large: 2 KB, the limit is 1 KB" },
        Bad { name: "a photo", file: "photo.jpg", bytes: b"\xFF\xD8\xFF\xE0\x00\x10JFIF".to_vec(), limits: default, error: ImportError::Unsupported { extension: "jpg".into() }, message: "photo.jpg: not a document Sift can read (.txt, .md, .html, .docx, .pdf)" },
        Bad { name: "binary without a known extension", file: "data.bin", bytes: b"\x00\x01\x02\x03abc".to_vec(), limits: default, error: ImportError::Binary, message: "data.bin: a binary file, not text: not a document Sift can read (.txt, .md, .html, .docx, .pdf)" },
        Bad { name: "a binary .txt", file: "dump.txt", bytes: b"abc\x00def".to_vec(), limits: default, error: ImportError::Binary, message: "dump.txt: a binary file, not text: not a document Sift can read (.txt, .md, .html, .docx, .pdf)" },
        // ---- text
        Bad { name: "non-UTF-8 that is not Latin-1", file: "moscow.txt", bytes: encoding_rs::KOI8_R.encode("Москва приняла решение о перемирии.").0.into_owned(), limits: default, error: ImportError::NotUtf8 { line: 1, column: 1, looks_like: Some("KOI8-U") }, message: "moscow.txt: not UTF-8 text (invalid byte at line 1, column 1; it may be KOI8-U); save it as UTF-8" },
        Bad { name: "a .txt that is a zip", file: "report.txt", bytes: good_docx.clone(), limits: default, error: ImportError::Mismatch { extension: "txt".into(), actual: "a zip archive" }, message: "report.txt: named .txt but it is a zip archive, not text (a Word document? name it .docx)" },
        // ---- PDF
        Bad { name: "a PDF passed to import()", file: "basra.pdf", bytes: data("basra.pdf"), limits: default, error: ImportError::NeedsPdfJs, message: "basra.pdf: a PDF: Sift reads a PDF's text in the browser app (with pdf.js); open it there, or save it as text" },
        Bad { name: "a PDF named .txt", file: "basra.txt", bytes: data("basra.pdf"), limits: default, error: ImportError::NeedsPdfJs, message: "basra.txt: a PDF: Sift reads a PDF's text in the browser app (with pdf.js); open it there, or save it as text" },
        Bad { name: "a .pdf that is not one", file: "fake.pdf", bytes: b"just words".to_vec(), limits: default, error: ImportError::NotPdf, message: "fake.pdf: a damaged .pdf (it does not start as a PDF does)" },
        // ---- Office
        Bad { name: "an old .doc", file: "old.doc", bytes: b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00".to_vec(), limits: default, error: ImportError::OldOffice { docx: false }, message: "old.doc: an old Office 97–2003 file (.doc, .xls, .ppt): open it in Word and save it as .docx" },
        Bad { name: "a .docx that Word encrypted", file: "locked.docx", bytes: b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00".to_vec(), limits: default, error: ImportError::OldOffice { docx: true }, message: "locked.docx: a password-protected Word document (or an old .doc renamed .docx): open it in Word and save it as .docx without a password" },
        Bad { name: "a .docx that is not a zip", file: "report.docx", bytes: b"Dear editor,".to_vec(), limits: default, error: ImportError::Damaged { format: "docx", damage: ZipDamage::NotAZip }, message: "report.docx: a damaged .docx (it is not a zip archive, as a .docx is)" },
        Bad { name: "a cut-short docx", file: "report.docx", bytes: good_docx[..good_docx.len() / 2].to_vec(), limits: default, error: ImportError::Damaged { format: "docx", damage: ZipDamage::CutShort }, message: "report.docx: a damaged .docx (its zip is cut short)" },
        Bad { name: "damaged deflate data", file: "report.docx", bytes: corrupt, limits: default, error: ImportError::Damaged { format: "docx", damage: ZipDamage::Corrupt }, message: "report.docx: a damaged .docx (its zip is damaged)" },
        Bad { name: "not well-formed XML", file: "report.docx", bytes: zip_of(&[("word/document.xml", b"<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p attr=\"unclosed></w:body>")]), limits: default, error: ImportError::Damaged { format: "docx", damage: ZipDamage::BadXml { part: "word/document.xml".into() } }, message: "report.docx: a damaged .docx (word/document.xml is not well-formed XML)" },
        Bad { name: "a zip without document.xml", file: "report.docx", bytes: zip_of(&[("notes.txt", b"hello")]), limits: default, error: ImportError::NotWordDocument { looks_like: None }, message: "report.docx: not a Word document (a zip archive without word/document.xml)" },
        Bad { name: "a spreadsheet named .docx", file: "sheet.docx", bytes: zip_of(&[("xl/workbook.xml", b"<workbook/>")]), limits: default, error: ImportError::NotWordDocument { looks_like: Some("an Excel workbook") }, message: "sheet.docx: not a Word document (a zip archive without word/document.xml; it looks like an Excel workbook)" },
        Bad { name: "a password-protected entry", file: "secret.docx", bytes: encrypted, limits: default, error: ImportError::Encrypted, message: "secret.docx: password-protected: save it again without a password to read it in Sift" },
        Bad { name: "too many entries", file: "many.docx", bytes: zip_of(&many), limits: small(1_000_000, 1_000_000, 10), error: ImportError::TooManyEntries { entries: 12, limit: 10 }, message: "many.docx: a zip of 12 files, more than the 10 Sift opens (a zip bomb?)" },
        Bad { name: "a zip bomb (a lowered limit)", file: "bomb.docx", bytes: zip_of(&[("word/document.xml", &spaces)]), limits: small(1_000_000, 1_000_000, 10), error: ImportError::UnzipsTooLarge { part: "word/document.xml".into(), limit: 1_000_000 }, message: "bomb.docx: too large unpacked: its word/document.xml unpacks to more than 1 MB, the limit (a zip bomb?)" },
        Bad { name: "a Word document without text", file: "blank.docx", bytes: zip_of(&[("word/document.xml", document_xml("<w:p/>").as_bytes())]), limits: default, error: ImportError::NoText { what: "Word document" }, message: "blank.docx: no text found in this Word document" },
        // ---- HTML
        Bad { name: "a page of menus only", file: "menu.html", bytes: b"<!doctype html><title>Home</title><nav><a>News</a></nav><footer>(c) 2024</footer>".to_vec(), limits: default, error: ImportError::NoText { what: "web page" }, message: "menu.html: no text found in this web page" },
        Bad { name: "an .html that is a zip", file: "page.html", bytes: good_docx, limits: default, error: ImportError::Mismatch { extension: "html".into(), actual: "a zip archive" }, message: "page.html: named .html but it is a zip archive, not text (a Word document? name it .docx)" },
    ]
}

#[test]
fn bad_inputs_give_their_error_and_message() {
    for case in bad_inputs() {
        let err = import(case.file, &case.bytes, &case.limits)
            .map(|i| i.document)
            .expect_err(case.name);
        assert_eq!(err, case.error, "{}", case.name);
        assert_eq!(err.message(case.file), case.message, "{}", case.name);
    }
}

#[test]
fn sizes_in_messages_read_as_a_journalist_expects() {
    let cases = [
        (
            61_000_000,
            50_000_000,
            "too large: 61 MB, the limit is 50 MB",
        ),
        (
            50_000_001,
            50_000_000,
            "too large: 51 MB, the limit is 50 MB",
        ),
        (2_340_000, 2_000_000, "too large: 2.4 MB, the limit is 2 MB"),
    ];
    for (bytes, limit, message) in cases {
        assert_eq!(ImportError::TooLarge { bytes, limit }.to_string(), message);
    }
    assert_eq!(Limits::default().max_file_bytes, 50_000_000);
}

#[test]
fn a_200_mb_zip_bomb_is_refused_at_the_default_limit() {
    // 200 MB of spaces deflate to about 200 KB; the declared size alone refuses it.
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("word/document.xml", options).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..200 {
        zip.write_all(&chunk).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 1_000_000, "{} bytes", bomb.len());
    let err = import("bomb.docx", &bomb, &Limits::default()).unwrap_err();
    assert_eq!(err.to_string(), "too large unpacked: its word/document.xml unpacks to more than 100 MB, the limit (a zip bomb?)");
}

#[test]
fn a_zip_that_lies_about_its_size_is_still_stopped() {
    let spaces = vec![b' '; 3_000_000];
    let mut bomb = zip_of(&[("word/document.xml", &spaces)]);
    // Declare 100 bytes unpacked, in the local header (offset 22) and the central one (24).
    for (signature, size_at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let at = bomb.windows(4).position(|w| w == signature).unwrap() + size_at;
        bomb[at..at + 4].copy_from_slice(&100u32.to_le_bytes());
    }
    let err = import("bomb.docx", &bomb, &small(10_000_000, 1_000_000, 10)).unwrap_err();
    assert_eq!(
        err,
        ImportError::Damaged {
            format: "docx",
            damage: ZipDamage::Corrupt
        }
    );
}

// ---------------------------------------------------------------- text

#[test]
fn latin1_text_is_decoded_with_a_notice() {
    let (bytes, _, _) =
        encoding_rs::WINDOWS_1252.encode("Café in São Paulo, said Müller.\n\nÀ bientôt — 20 €.\n");
    let imported = import("cafe.txt", &bytes, &Limits::default()).unwrap();
    assert_eq!(
        imported.document.paragraphs,
        ["Café in São Paulo, said Müller.", "À bientôt — 20 €."]
    );
    assert_eq!(imported.document.title, "Café in São Paulo, said Müller.");
    assert_eq!(
        notices(&imported.notices),
        ["decoded as Windows-1252 (it was not UTF-8)"]
    );
}

#[test]
fn utf8_text_and_markdown_read_exactly_as_document_parse_reads_them() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.push((
        "front.md".into(),
        b"---\ntitle: T\ndate: 2001-02-03\n---\n# H\n\nBody \xC3\xA9.\n".to_vec(),
    ));
    files.push(("lines.txt".into(), b"\xEF\xBB\xBFOne.\r\nTwo.\r\n".to_vec()));
    files.push(("blank.txt".into(), b"   \n".to_vec()));
    for (name, bytes) in &files {
        let format = Format::from_file_name(name).unwrap();
        let id = name.rsplit_once('.').unwrap().0;
        let imported = import(name, bytes, &Limits::default()).unwrap();
        assert_eq!(
            imported.document,
            parse(id, format, bytes).unwrap(),
            "{name}"
        );
        assert_eq!(imported.notices, [], "{name}");
    }
}

#[test]
fn files_without_a_known_extension_are_read_by_their_bytes() {
    let page = import(
        "saved",
        b"<!DOCTYPE html><title>T</title><p>A page.</p>",
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(page.document.title, "T");
    assert_eq!(page.document.paragraphs, ["A page."]);
    let text = import("README", b"Plain words.\nMore words.", &Limits::default()).unwrap();
    assert_eq!(text.document.paragraphs, ["Plain words.", "More words."]);
    let html_named_txt =
        import("page.txt", b"<!DOCTYPE html><p>x</p>", &Limits::default()).unwrap();
    assert_eq!(
        html_named_txt.document.paragraphs,
        ["<!DOCTYPE html><p>x</p>"],
        "a .txt stays text"
    );
}

// ---------------------------------------------------------------- never panics

#[test]
fn cut_and_damaged_files_never_panic() {
    let html = data("ferry-strike.html");
    let docx = zip_of(&[
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", document_xml(&memo_body()).as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("docProps/core.xml", CORE.as_bytes()),
    ]);
    let latin1 = encoding_rs::WINDOWS_1252
        .encode("Café in São Paulo, said Müller.")
        .0
        .into_owned();
    let limits = Limits::default();
    let (mut ok, mut refused) = (0, 0);
    for (name, bytes) in [
        ("page.html", &html),
        ("memo.docx", &docx),
        ("cafe.txt", &latin1),
    ] {
        let step = (bytes.len() / 97).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            match import(name, &bytes[..cut], &limits) {
                Ok(_) => ok += 1,
                Err(_) => refused += 1,
            }
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0xA5;
            match import(name, &flipped, &limits) {
                Ok(_) => ok += 1,
                Err(_) => refused += 1,
            }
        }
        // every cut of the docx is refused
        if name == "memo.docx" {
            for cut in (1..docx.len()).step_by(step) {
                assert!(import(name, &docx[..cut], &limits).is_err(), "cut at {cut}");
            }
        }
    }
    assert!(ok > 150 && refused > 100, "{ok} read, {refused} refused");
}
