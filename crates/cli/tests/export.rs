//! `sift export`: each view as CSV and JSON, on the bundled article and on temporary folders.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn sift(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(args)
        .output()
        .expect("run sift");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

/// The records of a CSV export (after its byte order mark), read with csv-core.
fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte order mark");
    let mut reader = csv_core::Reader::new();
    let mut input = body;
    let mut out = vec![0u8; body.len() + 1];
    let mut ends = vec![0usize; 64];
    let mut records = Vec::new();
    loop {
        let (result, read, _, fields) = reader.read_record(input, &mut out, &mut ends);
        input = &input[read..];
        match result {
            csv_core::ReadRecordResult::Record => records.push(
                (0..fields)
                    .map(|i| {
                        let start = if i == 0 { 0 } else { ends[i - 1] };
                        String::from_utf8(out[start..ends[i]].to_vec()).unwrap()
                    })
                    .collect(),
            ),
            csv_core::ReadRecordResult::InputEmpty => {}
            csv_core::ReadRecordResult::End => return records,
            other => panic!("{other:?}"),
        }
    }
}

/// Every record ends with CRLF: no line feed outside a quoted field stands alone.
fn crlf_only(bytes: &[u8]) -> bool {
    let mut quoted = false;
    let mut previous = 0u8;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted && previous != b'\r' => return false,
            _ => {}
        }
        previous = b;
    }
    bytes.ends_with(b"\r\n")
}

#[test]
fn every_view_has_as_many_csv_rows_as_json_objects() {
    let seeds = seeds();
    let seeds = seeds.to_str().unwrap();
    let cases: &[(&str, &[&str])] = &[
        ("quotes", &[]),
        ("quotes", &["--terms"]),
        ("quotes", &["--query", "government"]),
        ("quotes", &["--query", "speaker:Daoud"]),
        ("entities", &[]),
        ("results", &["--query", "ceasefire"]),
        ("results", &["--query", "person:Sadr"]),
        ("concordance", &["--query", "ceasefire OR basra"]),
        ("concordance", &["--query", "mahdi", "--sort", "left"]),
    ];
    for (view, extra) in cases {
        let mut args = vec!["export", "--view", view];
        args.extend_from_slice(extra);
        args.push(seeds);
        let csv = sift(&args);
        assert_eq!(csv.code, 0, "{view} {extra:?}: {}", csv.stderr);
        assert!(crlf_only(&csv.stdout), "{view} {extra:?}");
        let records = read_csv(&csv.stdout);
        let (header, rows) = records.split_first().expect("a header");

        args.extend(["--format", "json"]);
        let json = sift(&args);
        assert_eq!(json.code, 0, "{view} {extra:?}: {}", json.stderr);
        let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let objects = value.as_array().expect("a JSON array");

        assert!(!rows.is_empty(), "{view} {extra:?}: no rows");
        assert_eq!(rows.len(), objects.len(), "{view} {extra:?}");
        assert!(rows.iter().all(|r| r.len() == header.len()));
        // the JSON fields are the CSV's columns, and every row links into the app
        for (object, row) in objects.iter().zip(rows) {
            let object = object.as_object().unwrap();
            let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
            let mut columns: Vec<&str> = header.iter().map(String::as_str).collect();
            keys.sort_unstable();
            columns.sort_unstable();
            assert_eq!(keys, columns, "{view}");
            let link = &row[header.iter().position(|c| c == "link").unwrap()];
            assert!(link.starts_with('?'), "{view}: {link}");
            assert_eq!(object["link"], link.as_str());
        }
    }
}

#[test]
fn quotes_of_one_speaker_with_document_paragraph_and_link() {
    let dir = tempfile::tempdir().unwrap();
    let text = "---\ntitle: Truce holds, for now\n---\n\
                Hazem al-Nuaimi, a political analyst, spoke on Monday.\n\n\
                “The stand-off is not over,” he told reporters. “Elections will trigger it again.”\n\n\
                “We are ready,” said Qassim Daoud.\n";
    std::fs::write(dir.path().join("truce.txt"), text).unwrap();
    let out = sift(&[
        "export",
        "--view",
        "quotes",
        "--query",
        "speaker:Nuaimi",
        "--base",
        "https://example.org/sift/",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        read_csv(&out.stdout),
        [
            vec![
                "document",
                "title",
                "paragraph",
                "speaker",
                "cue",
                "quote",
                "kind",
                "link"
            ],
            vec![
                "truce",
                "Truce holds, for now",
                "2",
                "Hazem al-Nuaimi",
                "told",
                "The stand-off is not over,",
                "quote",
                "https://example.org/sift/?q=speaker%3ANuaimi&doc=truce#p2"
            ],
            vec![
                "truce",
                "Truce holds, for now",
                "2",
                "Hazem al-Nuaimi",
                "",
                "Elections will trigger it again.",
                "quote",
                "https://example.org/sift/?q=speaker%3ANuaimi&doc=truce#p2"
            ],
        ]
    );
    // the title holds a comma: quoted in the CSV itself
    assert!(String::from_utf8_lossy(&out.stdout).contains(",\"Truce holds, for now\","));
}

#[test]
fn output_file_empty_folders_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let empty = empty.to_str().unwrap();

    // an empty folder: the header alone, or []
    for view in ["quotes", "entities", "results", "concordance"] {
        let csv = sift(&["export", "--view", view, "--query", "basra", empty]);
        assert_eq!(csv.code, 0, "{view}: {}", csv.stderr);
        assert_eq!(read_csv(&csv.stdout).len(), 1, "{view}");
        let json = sift(&["export", "--view", view, "--format", "json", empty]);
        assert_eq!(json.code, 0, "{view}: {}", json.stderr);
        assert_eq!(String::from_utf8_lossy(&json.stdout).trim(), "[]");
    }

    // --output writes the file, the same bytes as standard output
    let seeds = seeds();
    let seeds = seeds.to_str().unwrap();
    let file = dir.path().join("entities.csv");
    let written = sift(&[
        "export",
        "--view",
        "entities",
        "--output",
        file.to_str().unwrap(),
        seeds,
    ]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    assert!(written.stdout.is_empty());
    assert!(
        written.stderr.contains("entities rows written to"),
        "{}",
        written.stderr
    );
    let printed = sift(&["export", "--view", "entities", seeds]);
    assert_eq!(std::fs::read(&file).unwrap(), printed.stdout);

    // a view that does not exist: a clear error, nothing written
    let bad = sift(&["export", "--view", "speakers", seeds]);
    assert_ne!(bad.code, 0);
    assert!(bad.stdout.is_empty());
    assert!(
        bad.stderr
            .contains("invalid value 'speakers' for '--view <VIEW>'")
            && bad
                .stderr
                .contains("quotes, entities, results, concordance"),
        "{}",
        bad.stderr
    );
    let bad = sift(&["export", "--view", "quotes", "--format", "xlsx", seeds]);
    assert_ne!(bad.code, 0);
    assert!(
        bad.stderr.contains("invalid value 'xlsx'"),
        "{}",
        bad.stderr
    );
    let bad = sift(&["export", "--view", "quotes"]);
    assert_ne!(bad.code, 0);
    assert!(bad.stderr.contains("<PATH>"), "{}", bad.stderr);

    // a missing file is named, the rest still exported, exit code 1
    let missing = dir.path().join("missing.txt");
    let out = sift(&[
        "export",
        "--view",
        "entities",
        missing.to_str().unwrap(),
        seeds,
    ]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("missing.txt"), "{}", out.stderr);
    assert_eq!(out.stdout, printed.stdout);

    // an output file that cannot be written
    let nowhere = dir.path().join("no/such/folder/out.csv");
    let out = sift(&[
        "export",
        "--view",
        "entities",
        "-o",
        nowhere.to_str().unwrap(),
        seeds,
    ]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("cannot write"), "{}", out.stderr);
    assert!(out.stderr.contains("out.csv"), "{}", out.stderr);

    // results without a query: the header, and a note saying why
    let out = sift(&["export", "--view", "results", seeds]);
    assert_eq!(out.code, 0);
    assert_eq!(read_csv(&out.stdout).len(), 1);
    assert!(out.stderr.contains("--query"), "{}", out.stderr);
}
