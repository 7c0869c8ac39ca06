//! `sift analyze` on a folder of good and bad files.

use std::path::Path;
use std::process::{Command, Output};

fn sift(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(args)
        .output()
        .expect("run sift")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn analyze_reports_bad_files_and_prints_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "alpha.txt",
        "Muqtada al-Sadr declared a ceasefire.\nBasra was calm.\n".as_bytes(),
    );
    write(
        dir.path(),
        "beta.md",
        b"---\ntitle: Beta\ndate: 2008-03-31\n---\n\nOne.\n\nTwo.\n",
    );
    write(dir.path(), "latin1.txt", b"caf\xE9\n");
    // Russian in KOI8-R: not UTF-8, and not Windows-1252 either.
    write(
        dir.path(),
        "koi8.txt",
        b"\xed\xcf\xd3\xcb\xd7\xc1 \xd0\xd2\xc9\xce\xd1\xcc\xc1 \xd2\xc5\xdb\xc5\xce\xc9\xc5.\n",
    );
    write(dir.path(), "image.png", b"\x89PNG\r\n\x1a\n\x00\x00");
    let missing = dir.path().join("missing.txt");

    let out = sift(&[
        "analyze",
        dir.path().to_str().unwrap(),
        missing.to_str().unwrap(),
        "--json",
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    let line = |name: &str| {
        stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no {name} in {stderr}"))
            .to_string()
    };
    assert!(
        line("koi8.txt").ends_with("koi8.txt: not UTF-8 text (invalid byte at line 1, column 1; it may be KOI8-U); save it as UTF-8"),
        "{stderr}"
    );
    assert!(
        line("latin1.txt").ends_with("latin1.txt: decoded as Windows-1252 (it was not UTF-8)"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert!(
        !stderr.contains("image.png"),
        "folders skip non-documents: {stderr}"
    );

    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "alpha");
    assert_eq!(docs[0]["title"], "Muqtada al-Sadr declared a ceasefire.");
    assert_eq!(docs[0]["paragraphs"][1], "Basra was calm.");
    // entities in the Prediction shape, with mentions as extras
    let entities = docs[0]["entities"].as_array().unwrap();
    let sadr = entities
        .iter()
        .find(|e| e["name"] == "Muqtada al-Sadr")
        .unwrap();
    assert_eq!(sadr["kind"], "person");
    assert_eq!(sadr["mentions"][0]["text"], "Muqtada al-Sadr");
    assert_eq!(sadr["mentions"][0]["paragraph"], 0);
    let basra = entities.iter().find(|e| e["name"] == "Basra").unwrap();
    assert_eq!(basra["kind"], "place");
    assert_eq!(basra["count"], 1);
    assert_eq!(docs[0]["quotes"], serde_json::json!([]));
    assert_eq!(docs[1]["id"], "beta");
    assert_eq!(docs[1]["title"], "Beta");
    assert_eq!(docs[1]["date"], "2008-03-31");
    assert_eq!(docs[1]["paragraphs"], serde_json::json!(["One.", "Two."]));
    assert_eq!(docs[2]["id"], "latin1");
    assert_eq!(docs[2]["paragraphs"], serde_json::json!(["café"]));
}

#[test]
fn a_named_binary_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "image.png", b"\x89PNG\r\n\x1a\n\x00\x00");
    let out = sift(&[
        "analyze",
        dir.path().join("image.png").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("image.png: not a document Sift can read (.txt, .md, .html, .docx, .pdf)"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"], serde_json::json!([]));
}

#[test]
fn analyze_the_bundled_seed_as_text() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let out = sift(&["analyze", seeds.to_str().unwrap()]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("000_1c3fc3bf6f08bbcf\t"), "{stdout}");
    assert!(stdout.contains("Relative calm returned"), "{stdout}");
}

#[test]
fn help_explains_every_command() {
    let out = sift(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("analyze"), "{help}");
    let out = sift(&["analyze", "--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("--json") && help.contains("folder"), "{help}");
    let out = sift(&["analyze"]);
    assert_eq!(out.status.code(), Some(2), "missing paths is a usage error");
}

/// A .docx of one document.xml with these paragraphs (a style id, or none, and text).
fn docx(paragraphs: &[(Option<&str>, &str)]) -> Vec<u8> {
    use std::io::Write;
    let body: String = paragraphs
        .iter()
        .map(|(style, text)| {
            let ppr = style.map_or(String::new(), |s| {
                format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)
            });
            format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
        })
        .collect();
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn analyze_a_folder_of_text_a_web_page_and_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a-wire.txt",
        b"Ferry crews in Port Ellery voted to end their strike.\n",
    );
    write(
        dir.path(),
        "b-page.html",
        br#"<!DOCTYPE html><html><head><title>Crews back at work | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post"><meta name="date" content="2024-03-15"></head>
<body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies.</div>
<article><h1>Crews back at work</h1><p>&ldquo;We are relieved,&rdquo; said Deniz Arslan, the union&rsquo;s branch chair.</p>
<div class="share"><a>Share</a></div><p>The first ferry left at 6.15am.</p></article>
<footer>&copy; Harbour Post</footer></body></html>"#,
    );
    write(
        dir.path(),
        "c-memo.docx",
        &docx(&[
            (Some("Title"), "Harbour memo"),
            (Some("Heading1"), "Timetable"),
            (None, "Sailings resume hourly from Friday."),
        ]),
    );
    write(dir.path(), "d-broken.docx", b"PK\x03\x04 cut");
    write(dir.path(), "e-scan.pdf", b"%PDF-1.4"); // not a folder document: skipped

    let out = sift(&["analyze", dir.path().to_str().unwrap(), "--json"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "the broken .docx: {stderr}");
    assert_eq!(
        stderr.trim_end(),
        format!(
            "sift: {}: a damaged .docx (its zip is cut short)",
            dir.path().join("d-broken.docx").display()
        )
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a-wire", "b-page", "c-memo"]);
    assert_eq!(
        docs[0]["paragraphs"],
        serde_json::json!(["Ferry crews in Port Ellery voted to end their strike."])
    );
    assert_eq!(docs[1]["title"], "Crews back at work");
    assert_eq!(docs[1]["date"], "2024-03-15");
    assert_eq!(docs[1]["source"], "Harbour Post");
    assert_eq!(
        docs[1]["paragraphs"],
        serde_json::json!([
            "“We are relieved,” said Deniz Arslan, the union’s branch chair.",
            "The first ferry left at 6.15am."
        ])
    );
    assert_eq!(docs[1]["quotes"][0]["speaker"], "Deniz Arslan");
    assert_eq!(docs[2]["title"], "Harbour memo");
    assert_eq!(
        docs[2]["paragraphs"],
        serde_json::json!(["Timetable", "Sailings resume hourly from Friday."])
    );

    // the same files named one by one, and the search over the folder
    let out = sift(&["search", "ferry", "--corpus", dir.path().to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("b-page") && stdout.contains("a-wire"),
        "{stdout}"
    );
    let out = sift(&[
        "export",
        "--view",
        "quotes",
        "--format",
        "json",
        dir.path().to_str().unwrap(),
    ]);
    let quotes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(quotes[0]["document"], "b-page", "{quotes}");
    assert_eq!(quotes[0]["speaker"], "Deniz Arslan", "{quotes}");
    let named = dir.path().join("e-scan.pdf");
    let out = sift(&["analyze", named.to_str().unwrap()]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("e-scan.pdf: a PDF: Sift reads a PDF's text in the browser app"),
        "{stderr}"
    );
}
