//! The parts of `import/mod.rs` that need no format crate: PDF pages to a document, names,
//! sizes; and (with the feature) dates and paragraph cleaning.

use super::*;

fn pages(name: &str) -> Vec<pdf::Page> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name);
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn a_pdf_read_by_pdf_js_becomes_a_titled_document() {
    let imported = from_pdf_pages("reports/basra.pdf", &pages("basra.pdf.json")).unwrap();
    let doc = imported.document;
    assert_eq!(doc.id, "basra");
    assert_eq!(doc.title, "Fighting in Basra");
    assert!(!doc.title_derived);
    assert_eq!(
        doc.paragraphs,
        [
            "Gunmen loyal to the cleric fought the army for a second day, and international monitors left the city.",
            "\"We will not leave,\" a spokesman said.",
            "The talks went on into the night and ended at dawn."
        ]
    );
    assert_eq!((doc.date, doc.source, doc.url), (None, None, None));
    assert_eq!(imported.notices, []);
}

#[test]
fn a_scanned_pdf_is_refused_with_the_pdf_reason() {
    let err = from_pdf_pages("scan.pdf", &pages("scan.pdf.json")).unwrap_err();
    assert_eq!(err, ImportError::Pdf(pdf::PdfError::NoText { pages: 2 }));
    assert!(
        err.message("scan.pdf")
            .starts_with("scan.pdf: a PDF with no text layer (2 pages of images only"),
        "{err}"
    );
}

#[test]
fn a_pdf_without_a_heading_gets_a_derived_title() {
    let line = |text: &str, y: f32| pdf::TextItem {
        text: text.into(),
        x: 72.0,
        y,
        width: 400.0,
        height: 11.0,
        eol: true,
    };
    let page = pdf::Page {
        items: vec![
            line(
                "The council met on Monday. It voted to close the pier.",
                700.0,
            ),
            line("Fishermen objected.", 670.0),
        ],
    };
    let doc = from_pdf_pages("minutes.pdf", &[page]).unwrap().document;
    assert_eq!(doc.title, "The council met on Monday.");
    assert!(doc.title_derived);
    assert_eq!(
        doc.paragraphs,
        ["The council met on Monday. It voted to close the pier. Fishermen objected."]
    );
}

#[test]
fn what_reads_as_a_heading() {
    let cases = [
        ("Fighting in Basra", true),
        ("2. Findings of the inquiry", true),
        ("The guns fell silent on Monday.", false),
        ("Contents:", false),
        ("March 31, 2008", false),
        ("31 March 2008", false),
        ("lower-case start of a line", false),
        ("1998", false),
        (
            "A heading that goes on far too long to be a heading of any page at all",
            false,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(heading_like(text), want, "{text:?}");
    }
}

#[test]
fn ids_and_extensions_from_file_names() {
    let cases = [
        ("report.docx", "report", "docx"),
        ("dir/sub/Notes.v2.MD", "Notes.v2", "md"),
        ("C:\\Users\\me\\page.HTM", "page", "htm"),
        ("README", "README", ""),
        (".hidden", ".hidden", ""),
    ];
    for (name, id, ext) in cases {
        assert_eq!(id_from_file_name(name), id, "{name}");
        assert_eq!(extension(name), ext, "{name}");
        if !name.contains('\\') {
            let from_path = crate::corpus::id_from_path(std::path::Path::new(name));
            assert_eq!(from_path, id, "{name}: as corpus.rs makes ids");
        }
    }
}

#[test]
fn sizes() {
    let cases = [
        (1, "1 KB"),
        (999_999, "1000 KB"),
        (1_000_000, "1 MB"),
        (1_050_000, "1.1 MB"),
        (9_999_999, "10 MB"),
        (61_000_000, "61 MB"),
        (50_000_001, "51 MB"),
    ];
    for (bytes, want) in cases {
        assert_eq!(size(bytes), want, "{bytes}");
    }
}

#[test]
fn notices_read_in_words() {
    let cases = [
        (
            Notice::Decoded {
                encoding: "Windows-1252",
            },
            "decoded as Windows-1252 (it was not UTF-8)",
        ),
        (
            Notice::Replaced { bytes: 3 },
            "3 bytes that were not UTF-8 replaced by �",
        ),
        (
            Notice::WholePage,
            "no article marked in the page: its text was taken from the whole page, less menus, banners and footers",
        ),
    ];
    for (notice, want) in cases {
        assert_eq!(notice.to_string(), want);
    }
}

#[cfg(feature = "import")]
#[test]
fn dates_to_yyyy_mm_dd() {
    let cases = [
        ("2024-03-05", Some("2024-03-05")),
        ("2024-03-05T10:00:00Z", Some("2024-03-05")),
        (" 2024/03/05 ", Some("2024-03-05")),
        ("20240305", Some("2024-03-05")),
        ("2024-13-05", None),
        ("2024-03-00", None),
        ("2024-03", None),
        ("March 5, 2024", None),
        ("2024-03-0é", None),
        ("", None),
    ];
    for (text, want) in cases {
        assert_eq!(iso_date(text).as_deref(), want, "{text:?}");
    }
}

#[cfg(feature = "import")]
#[test]
fn paragraphs_are_cleaned() {
    assert_eq!(
        clean_paragraph("  break\u{ad}water \u{200b}\n\t opens\u{a0}today "),
        "breakwater opens today"
    );
    assert_eq!(clean_paragraph("\u{200b} \u{feff}"), "");
    assert_eq!(clean_paragraph("می\u{200c}خواهم"), "می\u{200c}خواهم");
}
