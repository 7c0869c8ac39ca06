//! A port of `../shared/eval/score.py` (formats: that folder's `SCHEMA.md`): entity and
//! quote predictions scored against hand-annotated gold, with the same matching and the same
//! figures. Each function is named after the Python one it ports and does what it does, in
//! the same order, so the two can be read side by side.
//!
//! Python's `re` and `str` classes are not Rust's: there `\w` is a letter or a number of any
//! script or `_` (`[\p{L}\p{N}_]`; Rust's `\w` also takes combining marks), `\s` and
//! `str.strip()` also take the separators U+001C–U+001F, and `$` is written where the text
//! can no longer end in a newline.

use regex::Regex;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Compile a pattern once.
macro_rules! regex {
    ($re:literal) => {{
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| Regex::new($re).expect("a valid pattern"))
    }};
}

pub const KINDS: [&str; 4] = ["person", "organization", "place", "date"];

const PRONOUNS: [&str; 10] = [
    "he", "she", "they", "i", "we", "it", "him", "her", "them", "you",
];

/// Python's `str.isspace()` (and so `\s` and `str.strip()`).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `s or ""` for a JSON value: a string, else the empty string.
fn text(v: Option<&Value>) -> &str {
    v.and_then(Value::as_str).unwrap_or("")
}

/// Python's truth of a JSON value (`g.get("optional")`).
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

fn list(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// The form a name is compared in: NFKC, lower case, one kind of apostrophe, spaces
/// collapsed, no punctuation at either end, no leading article, no final "'s".
pub fn norm(s: &str) -> String {
    let s = s.nfkc().collect::<String>().to_lowercase();
    let s = s.replace(['\u{2019}', '\u{2018}', '`'], "'");
    let s = regex!(r"[\s\x1C-\x1F]+").replace_all(&s, " ");
    let s = s.trim_matches(py_space);
    let s = regex!(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$").replace_all(s, "");
    let s = regex!(r"^(?:the|a|an) ").replace_all(&s, "");
    let s = regex!(r"'s$").replace_all(&s, "");
    s.trim_matches(py_space).to_string()
}

/// The words of a text (runs of letters, numbers and `_`), lower-cased.
pub fn words(s: &str) -> Vec<String> {
    let s = s
        .nfkc()
        .collect::<String>()
        .to_lowercase()
        .replace('\u{2019}', "'");
    regex!(r"[\p{L}\p{N}_]+")
        .find_iter(&s)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// Every normalized form of a name and its aliases, without the empty one.
pub fn forms(name: &str, aliases: &[Value]) -> HashSet<String> {
    let mut out = HashSet::from([norm(name)]);
    out.extend(aliases.iter().map(|a| norm(a.as_str().unwrap_or(""))));
    out.remove("");
    out
}

fn contains_seq(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A predicted speaker is right when it is a gold form, contains one ("analyst Hazem
/// al-Nuaimi"), or is a tail of two or more words of one ("al nuaimi"); never a pronoun.
pub fn speaker_ok(pred: Option<&str>, gold_forms: &HashSet<String>) -> bool {
    let Some(pred) = pred.filter(|p| !p.is_empty()) else {
        return false;
    };
    let p = norm(pred);
    if PRONOUNS.contains(&p.as_str()) || p.is_empty() {
        return false;
    }
    if gold_forms.contains(&p) {
        return true;
    }
    let pw = words(&p);
    gold_forms.iter().any(|f| {
        let fw = words(f);
        !fw.is_empty() && (contains_seq(&pw, &fw) || (pw.len() >= 2 && contains_seq(&fw, &pw)))
    })
}

/// The Dice coefficient of two texts' words (as multisets).
pub fn overlap(a: &str, b: &str) -> f64 {
    let (ta, tb) = (words(a), words(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let count = |t: &[String]| {
        let mut c: HashMap<String, usize> = HashMap::new();
        for w in t {
            *c.entry(w.clone()).or_default() += 1;
        }
        c
    };
    let (ca, cb) = (count(&ta), count(&tb));
    let inter: usize = ca
        .iter()
        .map(|(w, n)| (*n).min(cb.get(w).copied().unwrap_or(0)))
        .sum();
    (2 * inter) as f64 / (ta.len() + tb.len()) as f64
}

/// Precision, recall and F1 of `tp` hits among `npred` predictions and `ngold` gold items.
pub fn prf(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let (tp, npredf, ngoldf) = (tp as f64, npred as f64, ngold as f64);
    let p = if npred > 0 {
        tp / npredf
    } else if ngold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ngold > 0 { tp / ngoldf } else { 1.0 };
    let f = if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// (hits, predictions counted, required gold entities) of one document. A prediction hits
/// the first gold entity (of its kind when `typed`) that shares a form with it, preferring
/// one not hit yet; a hit on an optional entity is not counted, and a second hit on the same
/// entity is a false positive when `strict`.
pub fn score_entities(
    gold: &Value,
    pred: &Value,
    strict: bool,
    typed: bool,
) -> (usize, usize, usize) {
    let golds: Vec<(&Value, HashSet<String>)> = list(gold.get("entities"))
        .iter()
        .map(|g| (g, forms(text(g.get("name")), list(g.get("aliases")))))
        .collect();
    let mut matched = HashSet::new();
    let (mut tp, mut fp) = (0, 0);
    for p in list(pred.get("entities")) {
        let kind = text(p.get("kind")).to_lowercase();
        if !KINDS.contains(&kind.as_str()) {
            continue;
        }
        let pf = forms(text(p.get("name")), list(p.get("aliases")));
        let mut hit: Option<usize> = None;
        for (i, (g, gf)) in golds.iter().enumerate() {
            if typed && g.get("kind").and_then(Value::as_str) != Some(kind.as_str()) {
                continue;
            }
            if !pf.is_disjoint(gf)
                && hit.is_none_or(|h| matched.contains(&h) && !matched.contains(&i))
            {
                hit = Some(i);
            }
        }
        match hit {
            None => fp += 1,
            Some(h) if truthy(golds[h].0.get("optional")) => continue,
            Some(h) if matched.contains(&h) => {
                if strict {
                    fp += 1;
                }
            }
            Some(h) => {
                matched.insert(h);
                tp += 1;
            }
        }
    }
    let ngold = golds
        .iter()
        .filter(|(g, _)| !truthy(g.get("optional")))
        .count();
    (tp, tp + fp, ngold)
}

/// (detected, detected and attributed, predictions counted, required gold quotes) of one
/// document. A predicted quote is the gold quote its words overlap most (at least half,
/// Dice), preferring one not taken yet on a tie; one on an optional quote or a term is not
/// counted.
pub fn score_quotes(gold: &Value, pred: &Value) -> (usize, usize, usize, usize) {
    let targets: Vec<(&Value, bool, HashSet<String>)> = list(gold.get("quotes"))
        .iter()
        .map(|g| {
            let ignorable = truthy(g.get("optional")) || g.get("kind") != Some(&json!("speech"));
            let gf = forms(text(g.get("speaker")), list(g.get("speaker_aliases")));
            (g, ignorable, gf)
        })
        .collect();
    let mut matched = HashSet::new();
    let (mut tp, mut tp_attr, mut npred) = (0, 0, 0);
    for q in list(pred.get("quotes")) {
        let (mut best, mut bi): (f64, Option<usize>) = (0.0, None);
        for (i, (g, _, _)) in targets.iter().enumerate() {
            let o = overlap(text(q.get("text")), text(g.get("text")));
            let taken = bi.is_some_and(|b| matched.contains(&b));
            if o > best + 1e-9 || ((o - best).abs() < 1e-9 && taken && !matched.contains(&i)) {
                (best, bi) = (o, Some(i));
            }
        }
        match bi {
            Some(b) if best >= 0.5 => {
                let (_, ignorable, gf) = &targets[b];
                if *ignorable {
                    continue;
                }
                npred += 1;
                if !matched.insert(b) {
                    continue;
                }
                tp += 1;
                if speaker_ok(q.get("speaker").and_then(Value::as_str), gf) {
                    tp_attr += 1;
                }
            }
            _ => npred += 1,
        }
    }
    let ngold = targets.iter().filter(|(_, ign, _)| !ign).count();
    (tp, tp_attr, npred, ngold)
}

/// The gold id a predicted document stands for: its id (or source, or path) without folders
/// and without a .txt, .md or .json extension.
pub fn doc_key(d: &Value) -> String {
    let k = ["id", "source", "path"]
        .iter()
        .map(|f| d.get(*f))
        .find(|v| truthy(*v))
        .flatten()
        .map_or(String::new(), |v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
    let base = k.rsplit('/').next().unwrap_or("");
    regex!(r"\.(?:txt|md|json)$").replace(base, "").into_owned()
}

/// One gold document's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct DocScore {
    pub id: String,
    /// No prediction names this document.
    pub missing: bool,
    pub entities_strict: (usize, usize, usize),
    pub entities: (usize, usize, usize),
    pub entities_untyped: (usize, usize, usize),
    pub quotes: (usize, usize, usize, usize),
}

/// A gold folder's figures: its documents in score.py's order (gold files sorted by name),
/// and per entity kind the (hits, predictions, gold) of the typed, lenient entity score,
/// which add up to its total (score.py does not print these).
#[derive(Debug, Clone)]
pub struct Report {
    pub documents: Vec<DocScore>,
    pub by_kind: BTreeMap<&'static str, (usize, usize, usize)>,
}

fn add3(a: (usize, usize, usize), b: (usize, usize, usize)) -> (usize, usize, usize) {
    (a.0 + b.0, a.1 + b.1, a.2 + b.2)
}

/// A document's entities of one kind only (gold or prediction).
fn only_kind(doc: &Value, kind: &str, lower: bool) -> Value {
    let entities: Vec<Value> = list(doc.get("entities"))
        .iter()
        .filter(|e| {
            let k = text(e.get("kind"));
            if lower {
                k.to_lowercase() == kind
            } else {
                k == kind
            }
        })
        .cloned()
        .collect();
    json!({ "entities": entities })
}

impl Report {
    /// Score predictions (each `{"documents": [...]}`) against the gold documents, keyed by
    /// their "id" (score.py's `main`).
    pub fn score(gold: &[Value], preds: &[Value]) -> Report {
        let mut order: Vec<String> = Vec::new();
        let mut by_id: HashMap<String, &Value> = HashMap::new();
        for g in gold {
            let id = text(g.get("id")).to_string();
            if by_id.insert(id.clone(), g).is_none() {
                order.push(id);
            }
        }
        let mut docs: HashMap<String, &Value> = HashMap::new();
        for p in preds {
            for d in list(p.get("documents")) {
                docs.insert(doc_key(d), d);
            }
        }
        let empty = json!({ "entities": [], "quotes": [] });
        let mut by_kind = BTreeMap::new();
        let documents = order
            .iter()
            .map(|gid| {
                let g = by_id[gid];
                let d = docs.get(gid).copied().unwrap_or(&empty);
                for kind in KINDS {
                    let s = score_entities(
                        &only_kind(g, kind, false),
                        &only_kind(d, kind, true),
                        false,
                        true,
                    );
                    let e = by_kind.entry(kind).or_insert((0, 0, 0));
                    *e = add3(*e, s);
                }
                DocScore {
                    id: gid.clone(),
                    missing: !docs.contains_key(gid),
                    entities_strict: score_entities(g, d, true, true),
                    entities: score_entities(g, d, false, true),
                    entities_untyped: score_entities(g, d, false, false),
                    quotes: score_quotes(g, d),
                }
            })
            .collect();
        Report { documents, by_kind }
    }

    /// Read a gold folder's `*.json` files, sorted by name, and score predictions against
    /// them.
    pub fn score_dir(gold_dir: &Path, preds: &[Value]) -> Report {
        Report::score(&read_gold(gold_dir), preds)
    }

    fn sum(&self, f: impl Fn(&DocScore) -> (usize, usize, usize)) -> (usize, usize, usize) {
        self.documents.iter().map(f).fold((0, 0, 0), add3)
    }

    pub fn entity_prf(&self) -> (f64, f64, f64) {
        let (tp, np, ng) = self.sum(|d| d.entities);
        prf(tp, np, ng)
    }

    pub fn entity_strict_prf(&self) -> (f64, f64, f64) {
        let (tp, np, ng) = self.sum(|d| d.entities_strict);
        prf(tp, np, ng)
    }

    pub fn entity_untyped_prf(&self) -> (f64, f64, f64) {
        let (tp, np, ng) = self.sum(|d| d.entities_untyped);
        prf(tp, np, ng)
    }

    /// (detected, attributed, predictions, gold) over the documents.
    pub fn quote_counts(&self) -> (usize, usize, usize, usize) {
        self.documents.iter().fold((0, 0, 0, 0), |a, d| {
            let q = d.quotes;
            (a.0 + q.0, a.1 + q.1, a.2 + q.2, a.3 + q.3)
        })
    }

    pub fn quote_prf(&self) -> (f64, f64, f64) {
        let (tp, _, np, ng) = self.quote_counts();
        prf(tp, np, ng)
    }

    pub fn attributed_quote_prf(&self) -> (f64, f64, f64) {
        let (_, tpa, np, ng) = self.quote_counts();
        prf(tpa, np, ng)
    }

    pub fn gold_entities(&self) -> usize {
        self.sum(|d| d.entities).2
    }

    pub fn gold_speech_quotes(&self) -> usize {
        self.quote_counts().3
    }

    pub fn kind_prf(&self, kind: &str) -> (f64, f64, f64) {
        let (tp, np, ng) = self.by_kind[kind];
        prf(tp, np, ng)
    }

    /// What `score.py --json` prints, field for field.
    pub fn to_json(&self) -> Value {
        let triple = |(p, r, f): (f64, f64, f64)| json!([p, r, f]);
        let ratio = |num: usize, den: usize| {
            if den > 0 {
                json!(num as f64 / den as f64)
            } else {
                Value::Null
            }
        };
        let mut documents = Map::new();
        for d in &self.documents {
            let (tp, tpa, np, ng) = d.quotes;
            let f1 = |(tp, np, ng)| prf(tp, np, ng).2;
            documents.insert(
                d.id.clone(),
                json!({
                    "missing": d.missing,
                    "entity_f1_strict": f1(d.entities_strict),
                    "entity_f1": f1(d.entities),
                    "entity_f1_untyped": f1(d.entities_untyped),
                    "quote_f1": prf(tp, np, ng).2,
                    "attributed_quote_f1": prf(tpa, np, ng).2,
                    "speaker_accuracy": ratio(tpa, tp),
                }),
            );
        }
        let (tp, tpa, _, _) = self.quote_counts();
        json!({
            "documents": documents,
            "total": {
                "entity_p_r_f1": triple(self.entity_prf()),
                "entity_strict_p_r_f1": triple(self.entity_strict_prf()),
                "entity_untyped_p_r_f1": triple(self.entity_untyped_prf()),
                "quote_p_r_f1": triple(self.quote_prf()),
                "attributed_quote_p_r_f1": triple(self.attributed_quote_prf()),
                "speaker_accuracy": ratio(tpa, tp),
                "gold_entities": self.gold_entities(),
                "gold_speech_quotes": self.gold_speech_quotes(),
            }
        })
    }

    /// What `score.py` prints without `--json`: a row per document, the total, the summary.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:28} {:>6} {:>6} {:>6} {:>7} {:>6} {:>6}\n",
            "document", "entF1", "strict", "untyp", "quoteF1", "attrF1", "spkAcc"
        );
        for d in &self.documents {
            let (tp, tpa, np, ng) = d.quotes;
            let f1 = |(tp, np, ng)| prf(tp, np, ng).2;
            let sa = if tp > 0 {
                format!("{:.2}", tpa as f64 / tp as f64)
            } else {
                "-".into()
            };
            let flag = if d.missing { " (no prediction)" } else { "" };
            out += &format!(
                "{:28} {:6.2} {:6.2} {:6.2} {:7.2} {:6.2} {:>6}{flag}\n",
                d.id,
                f1(d.entities),
                f1(d.entities_strict),
                f1(d.entities_untyped),
                prf(tp, np, ng).2,
                prf(tpa, np, ng).2,
                sa
            );
        }
        let (el, es, eu) = (
            self.entity_prf(),
            self.entity_strict_prf(),
            self.entity_untyped_prf(),
        );
        let (q, qa) = (self.quote_prf(), self.attributed_quote_prf());
        out += &format!(
            "TOTAL entities P/R/F1 {:.2}/{:.2}/{:.2} (strict F1 {:.2}, untyped F1 {:.2}) over {} gold; \
             quotes P/R/F1 {:.2}/{:.2}/{:.2}, attributed F1 {:.2} over {} gold\n",
            el.0, el.1, el.2, es.2, eu.2, self.gold_entities(), q.0, q.1, q.2, qa.2, self.gold_speech_quotes()
        );
        out += &format!("entity_f1={:.3} attributed_quote_f1={:.3}\n", el.2, qa.2);
        out
    }
}

/// A gold folder's documents: its `*.json` files, in name order.
pub fn read_gold(dir: &Path) -> Vec<Value> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| {
            let path = dir.join(n);
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect()
}
