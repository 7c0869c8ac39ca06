//! The hand-annotated gold under `tests/data/<set>/` (`<id>.json` beside `<id>.txt`, in the
//! format of `../shared/eval/SCHEMA.md`) as a test: every set whose texts are here is
//! analysed as `sift analyze SET --json` does (the folder's documents as one corpus, with
//! the corpus step), scored with a port of `../shared/eval/score.py` (`score.rs`), and
//! its figures held to `tests/data/baselines.json`.
//!
//! - `cargo test -p sift-engine --test gold -- --nocapture` prints score.py's table for
//!   every set.
//! - `SIFT_GOLD_UPDATE=1 cargo test -p sift-engine --test gold` writes the current figures
//!   to the baselines (after an improvement).
//! - When `python3` and score.py are there (`../shared/eval/score.py` beside the repository,
//!   or the file `SIFT_SCORE_PY` names), score.py scores the same predictions and must give
//!   the same numbers.

mod score;

use score::{Report, KINDS};
use serde_json::{json, Value};
use sift_engine::artifact::DocAnalysis;
use sift_engine::corpus::{expand_paths, read_document};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Where a set's texts come from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Texts {
    /// In the repository.
    Committed,
    /// Not redistributable: the script fetches them (git-ignored).
    Fetched(&'static str),
}

/// Every gold folder under `tests/data` (`every_gold_folder_is_a_set` checks the list).
const SETS: &[(&str, Texts)] = &[
    ("blind/entities", Texts::Committed),
    ("blind/quotes", Texts::Committed),
    ("blind2", Texts::Committed),
    ("blind3", Texts::Committed),
    ("heldout-entities", Texts::Committed),
    ("heldout-quotes", Texts::Committed),
    ("lee-news", Texts::Fetched("scripts/compare/fetch_lee.sh")),
    ("lee-test", Texts::Fetched("scripts/compare/fetch_lee.sh")),
    (
        "modern-news",
        Texts::Fetched("scripts/compare/fetch_news.sh"),
    ),
];

/// A figure may fall this much below its baseline (float noise, not a quotation).
const EPSILON: f64 = 1e-9;

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn baselines_path() -> PathBuf {
    data().join("baselines.json")
}

/// One set, analysed and scored, or why not.
struct Run {
    set: &'static str,
    texts: Texts,
    outcome: Result<Scored, String>,
}

struct Scored {
    /// The prediction JSON, in the shape `sift analyze --json` prints (the fields the scorer
    /// reads).
    prediction: Value,
    report: Report,
}

/// The gold ids of a folder whose `<id>.txt` is missing.
fn missing_texts(dir: &Path) -> Vec<String> {
    let mut missing: Vec<String> = std::fs::read_dir(dir)
        .expect("a gold folder")
        .filter_map(|e| {
            let name = e
                .expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            let id = name.strip_suffix(".json")?.to_string();
            (!dir.join(format!("{id}.txt")).is_file()).then_some(id)
        })
        .collect();
    missing.sort();
    missing
}

/// What `sift analyze DIR --json` makes of a folder (crates/cli/src/main.rs): its .txt and .md
/// files, read and analysed together (`DocAnalysis::all`), each document's entities and
/// quotes as the corpus step left them.
fn predict(dir: &Path) -> Value {
    let (files, errors) = expand_paths(&[dir.to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    let documents: Vec<_> = files
        .iter()
        .map(|f| read_document(f).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let (analyses, _) = DocAnalysis::all(&documents);
    let documents: Vec<Value> = documents
        .iter()
        .zip(analyses)
        .map(|(d, a)| {
            json!({
                "id": d.id,
                "title": d.title,
                "entities": a.entities.iter().map(|e| json!({
                    "name": e.name, "kind": e.kind, "aliases": e.aliases,
                })).collect::<Vec<_>>(),
                "quotes": a.quotes.iter().map(|q| json!({
                    "text": q.text, "speaker": q.speaker.as_ref().map(|s| &s.name),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "documents": documents })
}

fn run(set: &'static str, texts: Texts) -> Run {
    let dir = data().join(set);
    let missing = missing_texts(&dir);
    let outcome = if missing.is_empty() {
        let prediction = predict(&dir);
        let report = Report::score_dir(&dir, std::slice::from_ref(&prediction));
        Ok(Scored { prediction, report })
    } else {
        Err(match texts {
            Texts::Fetched(script) => format!(
                "skipped: {} of its texts are not here (they are not redistributed; {script} fetches them)",
                missing.len()
            ),
            Texts::Committed => format!("texts missing from the repository: {missing:?}"),
        })
    };
    Run {
        set,
        texts,
        outcome,
    }
}

/// Every set, analysed once for all the tests (the sets in parallel).
fn runs() -> &'static [Run] {
    static RUNS: OnceLock<Vec<Run>> = OnceLock::new();
    RUNS.get_or_init(|| {
        std::thread::scope(|s| {
            let handles: Vec<_> = SETS
                .iter()
                .map(|&(set, texts)| s.spawn(move || run(set, texts)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a set analysed"))
                .collect()
        })
    })
}

/// The figures held to a baseline: F1s (precision and recall may trade), of entities only
/// where the set has entity gold (per kind where it has gold of that kind), of quotes only
/// where it has required speech quotes.
fn figures(r: &Report) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    if r.gold_entities() > 0 {
        out.insert("entity_f1".into(), r.entity_prf().2);
        out.insert("entity_f1_strict".into(), r.entity_strict_prf().2);
        out.insert("entity_f1_untyped".into(), r.entity_untyped_prf().2);
        for kind in KINDS {
            if r.by_kind[kind].2 > 0 {
                out.insert(format!("entity_f1_{kind}"), r.kind_prf(kind).2);
            }
        }
    }
    if r.gold_speech_quotes() > 0 {
        out.insert("quote_f1".into(), r.quote_prf().2);
        out.insert("attributed_quote_f1".into(), r.attributed_quote_prf().2);
    }
    out
}

type Baselines = BTreeMap<String, BTreeMap<String, f64>>;

fn read_baselines() -> Baselines {
    let path = baselines_path();
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Where `now` is worse than `baseline`: one line per figure (a figure the baseline has and
/// the set no longer gives is one too).
fn regressions(
    set: &str,
    baseline: &BTreeMap<String, f64>,
    now: &BTreeMap<String, f64>,
) -> Vec<String> {
    baseline
        .iter()
        .filter_map(|(figure, &base)| match now.get(figure) {
            None => Some(format!(
                "{set}: {figure} has a baseline ({base:.4}) but is no longer measured"
            )),
            Some(&n) if n < base - EPSILON => Some(format!(
                "{set}: {figure} fell below its baseline: baseline {base:.4}, now {n:.4}"
            )),
            Some(_) => None,
        })
        .collect()
}

#[test]
fn gold_sets_keep_their_baselines() {
    let baselines = read_baselines();
    let update = std::env::var_os("SIFT_GOLD_UPDATE").is_some();
    let mut next = baselines.clone();
    let mut failures = Vec::new();
    for r in runs() {
        println!("== {}", r.set);
        let scored = match &r.outcome {
            Ok(s) => s,
            Err(why) => {
                println!("{why}\n");
                if r.texts == Texts::Committed {
                    failures.push(format!("{}: {why}", r.set));
                }
                continue;
            }
        };
        print!("{}", scored.report.table());
        let now = figures(&scored.report);
        let by_kind: Vec<String> = KINDS
            .iter()
            .filter_map(|k| {
                now.get(&format!("entity_f1_{k}"))
                    .map(|f| format!("{k} {f:.2}"))
            })
            .collect();
        if !by_kind.is_empty() {
            println!("entity F1 by kind: {}", by_kind.join(", "));
        }
        match baselines.get(r.set) {
            Some(base) => {
                for (figure, n) in &now {
                    match base.get(figure) {
                        Some(b) if n > &(b + EPSILON) => println!(
                            "{figure} is above its baseline ({b:.4} → {n:.4}): SIFT_GOLD_UPDATE=1 raises it"
                        ),
                        None => println!("{figure} ({n:.4}) has no baseline: SIFT_GOLD_UPDATE=1 adds it"),
                        _ => {}
                    }
                }
                failures.extend(regressions(r.set, base, &now));
            }
            None if r.texts == Texts::Committed => failures.push(format!(
                "{}: no baseline in {} (SIFT_GOLD_UPDATE=1 writes it)",
                r.set,
                baselines_path().display()
            )),
            None => println!("no baseline yet (SIFT_GOLD_UPDATE=1 writes one)"),
        }
        next.insert(r.set.to_string(), now);
        println!();
    }
    for set in baselines.keys() {
        if !SETS.iter().any(|(s, _)| s == set) {
            failures.push(format!("{set}: a baseline for a set that is not in SETS"));
        }
    }
    if update {
        let text = serde_json::to_string_pretty(&next).expect("baselines as JSON") + "\n";
        std::fs::write(baselines_path(), text).expect("baselines written");
        println!("wrote {}", baselines_path().display());
        return;
    }
    assert!(
        failures.is_empty(),
        "gold figures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_figure_below_its_baseline_is_reported() {
    let base = BTreeMap::from([
        ("quote_f1".to_string(), 0.5),
        ("entity_f1".to_string(), 0.9),
    ]);
    // (now, how many figures are reported)
    let cases = [
        (vec![("quote_f1", 0.5), ("entity_f1", 0.9)], 0),
        (vec![("quote_f1", 0.6), ("entity_f1", 0.95)], 0),
        (
            vec![("quote_f1", 0.5 - EPSILON / 10.0), ("entity_f1", 0.9)],
            0,
        ),
        (vec![("quote_f1", 0.49), ("entity_f1", 0.9)], 1),
        (vec![("quote_f1", 0.4), ("entity_f1", 0.8)], 2),
        (vec![("quote_f1", 0.5)], 1),
    ];
    for (now, want) in cases {
        let now: BTreeMap<String, f64> = now.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let got = regressions("set", &base, &now);
        assert_eq!(got.len(), want, "{now:?}: {got:?}");
    }
    let got = regressions(
        "blind2",
        &base,
        &BTreeMap::from([
            ("quote_f1".to_string(), 0.25),
            ("entity_f1".to_string(), 0.9),
        ]),
    );
    assert_eq!(
        got,
        ["blind2: quote_f1 fell below its baseline: baseline 0.5000, now 0.2500"]
    );
}

#[test]
fn every_gold_folder_is_a_set() {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let mut has_gold = false;
        for e in std::fs::read_dir(dir).expect("a folder") {
            let path = e.expect("a folder entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if dir != root
                && path.extension().is_some_and(|x| x == "json")
                && path
                    .file_stem()
                    .is_some_and(|stem| !stem.to_string_lossy().contains('.'))
            {
                // gold is `<id>.json` (the import fixtures' `basra.pdf.json`, what pdf.js
                // read from `basra.pdf`, is not)
                has_gold = true;
            }
        }
        if has_gold {
            let rel = dir.strip_prefix(root).expect("under the root");
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    let mut found = Vec::new();
    walk(&data(), &data(), &mut found);
    found.sort();
    let mut listed: Vec<String> = SETS.iter().map(|(s, _)| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "gold folders under tests/data and SETS differ"
    );
}

/// score.py, when it and python3 are there.
fn score_py() -> Option<PathBuf> {
    let path = match std::env::var_os("SIFT_SCORE_PY") {
        Some(p) => {
            let p = PathBuf::from(p);
            assert!(p.is_file(), "SIFT_SCORE_PY={} is not a file", p.display());
            p
        }
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/score.py"),
    };
    if !path.is_file() {
        println!(
            "skipped: no score.py at {} (set SIFT_SCORE_PY to compare with it)",
            path.display()
        );
        return None;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: python3 is not installed, so score.py cannot run");
        return None;
    }
    Some(path)
}

/// Where two JSON values differ: numbers compared to 1e-9, everything else exactly.
fn differences(at: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            if (x - y).abs() > 1e-9 {
                out.push(format!("{at}: Rust {x}, Python {y}"));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                differences(&format!("{at}[{i}]"), x, y, out);
            }
        }
        (Value::Object(x), Value::Object(y)) if x.keys().eq(y.keys()) => {
            for (k, x) in x {
                differences(&format!("{at}.{k}"), x, &y[k], out);
            }
        }
        _ if a == b => {}
        _ => out.push(format!("{at}: Rust {a}, Python {b}")),
    }
}

fn run_score_py(script: &Path, set: &str, prediction: &Value, json: bool) -> String {
    let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
    serde_json::to_writer(&mut file, prediction).expect("the prediction written");
    let mut cmd = Command::new("python3");
    cmd.arg(script).arg(data().join(set)).arg(file.path());
    if json {
        cmd.arg("--json");
    }
    let out = cmd.output().expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py on {set}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 from score.py")
}

#[test]
fn rust_and_python_scorers_agree() {
    let Some(script) = score_py() else { return };
    let mut failures = Vec::new();
    let mut compared = 0;
    for r in runs() {
        let Ok(scored) = &r.outcome else {
            println!("{}: not scored, not compared", r.set);
            continue;
        };
        let python: Value =
            serde_json::from_str(&run_score_py(&script, r.set, &scored.prediction, true))
                .expect("score.py --json prints JSON");
        let mut diffs = Vec::new();
        differences(r.set, &scored.report.to_json(), &python, &mut diffs);
        failures.extend(diffs);
        let table = run_score_py(&script, r.set, &scored.prediction, false);
        if table != scored.report.table() {
            failures.push(format!(
                "{}: the table differs\nPython:\n{table}Rust:\n{}",
                r.set,
                scored.report.table()
            ));
        }
        compared += 1;
    }
    println!("compared with {} on {compared} sets", script.display());
    assert!(compared > 0, "no set scored");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_kinds_add_up_to_the_entity_total() {
    for r in runs() {
        let Ok(scored) = &r.outcome else { continue };
        let report = &scored.report;
        let sum = report
            .by_kind
            .values()
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
        let total = report.documents.iter().fold((0, 0, 0), |a, d| {
            (a.0 + d.entities.0, a.1 + d.entities.1, a.2 + d.entities.2)
        });
        assert_eq!(sum, total, "{}", r.set);
    }
}

mod scorer_tests;
