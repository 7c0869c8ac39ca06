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
    assert!(
        stderr.contains("latin1.txt") && stderr.contains("UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert!(
        !stderr.contains("image.png"),
        "folders skip non-documents: {stderr}"
    );

    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
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
    assert!(stderr.contains("image.png: a binary file"), "{stderr}");
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
