//! `sift search` on a temporary corpus and on the bundled article.

use std::path::Path;
use std::process::Command;

fn sift(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(args)
        .output()
        .expect("run sift");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn json_lists_ranked_documents_with_highlight_offsets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "---\ntitle: Mortars\n---\nMortar fire hit the Green Zone.\nThe zone was green.",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "# Green Zone\n\nRockets and mortars.",
    )
    .unwrap();
    let corpus = dir.path().to_str().unwrap();
    let (code, stdout, stderr) = sift(&["search", "\"green zone\"", "--corpus", corpus, "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    // b has the phrase in its title; a in a paragraph
    assert_eq!(docs[0]["id"], "b");
    assert_eq!(docs[1]["id"], "a");
    let passage = &docs[1]["passages"][0];
    assert_eq!(passage["paragraph"], 0);
    let text = passage["text"].as_str().unwrap();
    let h = &passage["highlights"][0];
    let (s, e) = (
        h[0].as_u64().unwrap() as usize,
        h[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "Green Zone");
    assert_eq!(json["total_hits"], 1);
}

#[test]
fn text_output_marks_matches_and_reports_corrections() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let (code, stdout, _) = sift(&["search", "ceasfire", "--corpus", seeds.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("showing results for “ceasefire”"),
        "{stdout}"
    );
    assert!(stdout.contains("[ceasefire]"), "{stdout}");
    let (code, stdout, _) = sift(&["search", "\"\"\"", "--corpus", seeds.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("note:"), "{stdout}");
}

#[test]
fn a_missing_corpus_is_reported() {
    let (code, _, stderr) = sift(&["search", "x", "--corpus", "/nonexistent/folder"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/nonexistent/folder"), "{stderr}");
}

#[test]
fn field_filters_narrow_as_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("truce.txt", "---\ndate: 2008-03-31\n---\nThe ceasefire held in Basra, said Nouri al-Maliki.\n\nThe markets opened.\n"),
        ("talks.txt", "---\ndate: 2009-01-02\n---\nTalks on the ceasefire went on in Baghdad.\n"),
        ("undated.txt", "The ceasefire in Basra held, officials said.\n"),
    ];
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let corpus = dir.path().to_str().unwrap();
    let ids = |query: &str| -> Vec<String> {
        let (code, stdout, stderr) = sift(&["search", query, "--corpus", corpus, "--json"]);
        assert_eq!(code, 0, "{query}: {stderr}");
        let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let mut ids: Vec<String> = json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids("ceasefire"), ["talks", "truce", "undated"]);
    // an entity filter: the documents, and only the paragraphs, that mention him
    assert_eq!(ids("ceasefire person:Maliki"), ["truce"]);
    assert_eq!(ids("person:Maliki"), ["truce"]);
    assert_eq!(ids("place:Basra"), ["truce", "undated"]);
    // a year of the documents' own dates
    assert_eq!(ids("ceasefire year:2009"), ["talks"]);
    assert_eq!(ids("ceasefire -year:2009"), ["truce", "undated"]);
    assert_eq!(ids("year:2008"), ["truce"]);
    // a negated entity filter leaves out the documents that mention it
    assert_eq!(ids("ceasefire -person:Maliki"), ["talks", "undated"]);
    assert_eq!(ids("-place:Basra"), ["talks"]);
    let (_, stdout, _) = sift(&["search", "person:Maliki", "--corpus", corpus, "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let passages = json["documents"][0]["passages"].as_array().unwrap();
    assert_eq!(
        passages.len(),
        1,
        "only the paragraph that mentions him: {passages:?}"
    );
    assert_eq!(passages[0]["paragraph"], 0);
}
