//! `sift analyze --json` fills each document's quotes in the Prediction shape.

use std::process::Command;

#[test]
fn analyze_prints_quotes_with_speakers_offsets_cues_and_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Hazem al-Nuaimi, a political analyst, spoke on Monday.\n\n\
                “The stand-off is not over,” he told reporters. “Elections will trigger it again.”\n\n\
                Critics called the plan a “surge” of nothing.\n";
    std::fs::write(dir.path().join("truce.txt"), text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(["analyze", dir.path().to_str().unwrap(), "--json"])
        .output()
        .expect("run sift");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &json["documents"][0];
    assert_eq!(doc["id"], "truce");
    let quotes = doc["quotes"].as_array().unwrap();
    let summary: Vec<(&str, Option<&str>, &str)> = quotes
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap(),
                q["speaker"].as_str(),
                q["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "The stand-off is not over,",
                Some("Hazem al-Nuaimi"),
                "speech"
            ),
            (
                "Elections will trigger it again.",
                Some("Hazem al-Nuaimi"),
                "speech"
            ),
            ("surge", None, "term"),
        ]
    );
    // Offsets point at the quoted text inside its paragraph.
    let first = &quotes[0];
    let para = doc["paragraphs"][first["paragraph"].as_u64().unwrap() as usize]
        .as_str()
        .unwrap();
    let (s, e) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&para[s..e], "The stand-off is not over,");
    assert_eq!(first["cue"], "told");
    assert!(quotes[2]["cue"].is_null());
}
