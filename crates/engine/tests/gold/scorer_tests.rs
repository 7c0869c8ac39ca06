//! The scorer's pieces on small cases written for them (expected values as score.py gives
//! them).

use super::score::*;
use serde_json::{json, Value};

#[test]
fn norm_makes_the_compared_form() {
    let cases = [
        ("The White House", "white house"),
        ("  Bush's ", "bush"),
        ("“Maliki,”", "maliki"),
        ("ＢＡＳＲＡ", "basra"),
        ("al\u{a0}Sadr", "al sadr"),
        ("O’Neill", "o'neill"),
        ("a", "a"),
        ("the", "the"),
        ("An Nasiriyah", "nasiriyah"),
        ("--", ""),
        ("___x__", "x"),
        ("\u{1c}Basra\u{1f}", "basra"),
        ("the 's", ""),
        ("Ⅻ Corps", "xii corps"),
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευς"),
    ];
    for (input, want) in cases {
        assert_eq!(norm(input), want, "norm({input:?})");
    }
}

#[test]
fn words_are_python_word_runs() {
    let cases: [(&str, &[&str]); 5] = [
        ("Al-Nuaimi’s  remarks", &["al", "nuaimi", "s", "remarks"]),
        ("snake_case x2", &["snake_case", "x2"]),
        // a combining mark that does not compose is not a word character in Python
        ("x\u{301}y", &["x", "y"]),
        ("e\u{301}", &["é"]),
        ("½ ²", &["1", "2", "2"]),
    ];
    for (input, want) in cases {
        assert_eq!(words(input), want, "words({input:?})");
    }
}

#[test]
fn overlap_is_the_dice_of_the_words() {
    let cases = [
        ("a b c", "A, b; c.", 1.0),
        ("a a b", "a b", 0.8),
        ("the city is calm tonight", "the city is calm", 8.0 / 9.0),
        ("calm", "the city is calm tonight", 1.0 / 3.0),
        ("", "x", 0.0),
        ("x y", "z w", 0.0),
    ];
    for (a, b, want) in cases {
        assert!(
            (overlap(a, b) - want).abs() < 1e-12,
            "overlap({a:?}, {b:?})"
        );
    }
}

#[test]
fn prf_of_counts() {
    let cases = [
        ((0, 0, 0), (1.0, 1.0, 1.0)),
        ((0, 3, 0), (0.0, 1.0, 0.0)),
        ((0, 0, 4), (0.0, 0.0, 0.0)),
        ((2, 4, 4), (0.5, 0.5, 0.5)),
        ((3, 4, 6), (0.75, 0.5, 0.6)),
    ];
    for ((tp, np, ng), (p, r, f)) in cases {
        let got = prf(tp, np, ng);
        assert!(
            (got.0 - p).abs() < 1e-12 && (got.1 - r).abs() < 1e-12 && (got.2 - f).abs() < 1e-12,
            "prf({tp}, {np}, {ng}) = {got:?}"
        );
    }
}

#[test]
fn speaker_ok_takes_forms_and_tails_but_no_pronoun() {
    let nuaimi = forms("Hazem al-Nuaimi", &[json!("Nuaimi")]);
    let bare = forms("Hazem al-Nuaimi", &[]);
    let cases = [
        (Some("Hazem al-Nuaimi"), &nuaimi, true),
        (Some("Nuaimi"), &nuaimi, true),
        (Some("analyst Hazem al-Nuaimi"), &nuaimi, true),
        (Some("al Nuaimi"), &bare, true),
        // a one-word tail is not enough without the alias
        (Some("Nuaimi"), &bare, false),
        (Some("Ali"), &nuaimi, false),
        (Some("He"), &nuaimi, false),
        (None, &nuaimi, false),
        (Some(""), &nuaimi, false),
    ];
    for (pred, gold, want) in cases {
        assert_eq!(
            speaker_ok(pred, gold),
            want,
            "speaker_ok({pred:?}, {gold:?})"
        );
    }
    // a pronoun is rejected even when the gold has it as a form
    assert!(!speaker_ok(Some("he"), &forms("He", &[])));
}

fn entities(list: Value) -> Value {
    json!({ "id": "d", "entities": list, "quotes": [] })
}

#[test]
fn entities_match_by_forms() {
    let maliki =
        json!([{"name": "Nouri al-Maliki", "kind": "person", "aliases": ["Maliki", "al-Maliki"]}]);
    let smiths = json!([
        {"name": "John Smith", "kind": "person", "aliases": ["Smith"]},
        {"name": "Jane Smith", "kind": "person", "aliases": ["Smith"]},
    ]);
    let optional = json!([
        {"name": "Basra", "kind": "place", "optional": true},
        {"name": "Baghdad", "kind": "place"},
    ]);
    // (what, gold, prediction, strict, typed, (hits, predictions, gold))
    let cases = [
        (
            "exact hit",
            &maliki,
            json!([{"name": "Nouri al-Maliki", "kind": "person"}]),
            true,
            true,
            (1, 1, 1),
        ),
        (
            "alias hit",
            &maliki,
            json!([{"name": "Maliki", "kind": "person"}]),
            true,
            true,
            (1, 1, 1),
        ),
        (
            "hit by a predicted alias",
            &maliki,
            json!([{"name": "PM", "kind": "person", "aliases": ["the al-Maliki"]}]),
            true,
            true,
            (1, 1, 1),
        ),
        (
            "kind in capitals",
            &maliki,
            json!([{"name": "Maliki", "kind": "Person"}]),
            true,
            true,
            (1, 1, 1),
        ),
        (
            "wrong kind",
            &maliki,
            json!([{"name": "Maliki", "kind": "place"}]),
            true,
            true,
            (0, 1, 1),
        ),
        (
            "wrong kind, untyped",
            &maliki,
            json!([{"name": "Maliki", "kind": "place"}]),
            false,
            false,
            (1, 1, 1),
        ),
        (
            "not a kind scored",
            &maliki,
            json!([{"name": "Maliki", "kind": "misc"}]),
            true,
            true,
            (0, 0, 1),
        ),
        (
            "a miss",
            &maliki,
            json!([{"name": "Sadr", "kind": "person"}]),
            true,
            true,
            (0, 1, 1),
        ),
        (
            "twice, strict",
            &maliki,
            json!([{"name": "Maliki", "kind": "person"}, {"name": "al-Maliki", "kind": "person"}]),
            true,
            true,
            (1, 2, 1),
        ),
        (
            "twice, lenient",
            &maliki,
            json!([{"name": "Maliki", "kind": "person"}, {"name": "al-Maliki", "kind": "person"}]),
            false,
            true,
            (1, 1, 1),
        ),
        (
            "a shared alias goes to the one not hit yet",
            &smiths,
            json!([{"name": "Smith", "kind": "person"}, {"name": "Smith", "kind": "person"}]),
            true,
            true,
            (2, 2, 2),
        ),
        (
            "an optional item is neither hit nor miss",
            &optional,
            json!([{"name": "Basra", "kind": "place"}]),
            true,
            true,
            (0, 0, 1),
        ),
        (
            "the required one beside it",
            &optional,
            json!([{"name": "Basra", "kind": "place"}, {"name": "baghdad", "kind": "place"}]),
            true,
            true,
            (1, 1, 1),
        ),
    ];
    for (what, gold, pred, strict, typed, want) in cases {
        let got = score_entities(&entities(gold.clone()), &entities(pred), strict, typed);
        assert_eq!(got, want, "{what}");
    }
}

fn quotes(list: Value) -> Value {
    json!({ "id": "d", "entities": [], "quotes": list })
}

#[test]
fn quotes_match_by_overlap() {
    let calm = json!([{"text": "the city is calm tonight", "kind": "speech", "speaker": "Hazem al-Nuaimi", "speaker_aliases": ["Nuaimi"]}]);
    let term = json!([{"text": "surge", "kind": "term", "speaker": null, "optional": true}]);
    let optional =
        json!([{"text": "we will see", "kind": "speech", "speaker": null, "optional": true}]);
    let twice = json!([
        {"text": "yes we can", "kind": "speech", "speaker": "Ann"},
        {"text": "yes we can", "kind": "speech", "speaker": "Bob"},
    ]);
    // (what, gold, prediction, (detected, attributed, predictions, gold))
    let cases = [
        (
            "exact, right speaker",
            &calm,
            json!([{"text": "the city is calm tonight", "speaker": "Nuaimi"}]),
            (1, 1, 1, 1),
        ),
        (
            "partial overlap, over half",
            &calm,
            json!([{"text": "The city is calm", "speaker": "analyst Hazem al-Nuaimi"}]),
            (1, 1, 1, 1),
        ),
        (
            "partial overlap, under half",
            &calm,
            json!([{"text": "calm", "speaker": "Nuaimi"}]),
            (0, 0, 1, 1),
        ),
        (
            "pronoun speaker rejected",
            &calm,
            json!([{"text": "the city is calm tonight", "speaker": "he"}]),
            (1, 0, 1, 1),
        ),
        (
            "no speaker",
            &calm,
            json!([{"text": "the city is calm tonight", "speaker": null}]),
            (1, 0, 1, 1),
        ),
        (
            "found twice",
            &calm,
            json!([{"text": "the city is calm tonight", "speaker": "Nuaimi"}, {"text": "city is calm tonight", "speaker": "Nuaimi"}]),
            (1, 1, 2, 1),
        ),
        (
            "a term is not counted",
            &term,
            json!([{"text": "surge", "speaker": null}]),
            (0, 0, 0, 0),
        ),
        (
            "an optional speech is not counted",
            &optional,
            json!([{"text": "we will see", "speaker": "he"}]),
            (0, 0, 0, 0),
        ),
        (
            "a tie goes to the quote not taken yet",
            &twice,
            json!([{"text": "yes we can", "speaker": "Ann"}, {"text": "yes we can", "speaker": "Bob"}]),
            (2, 2, 2, 2),
        ),
    ];
    for (what, gold, pred, want) in cases {
        assert_eq!(
            score_quotes(&quotes(gold.clone()), &quotes(pred)),
            want,
            "{what}"
        );
    }
}

#[test]
fn doc_key_is_the_gold_id() {
    let cases = [
        (
            json!({"id": "crates/engine/tests/data/lee-news/lee-001.txt"}),
            "lee-001",
        ),
        (json!({"id": "brown-ca22"}), "brown-ca22"),
        (json!({"id": "notes.json"}), "notes"),
        (json!({"id": "table.csv"}), "table.csv"),
        (json!({"id": "", "source": "a/b.md"}), "b"),
        (json!({"path": "/tmp/x.txt"}), "x"),
        (json!({"id": 7}), "7"),
        (json!({}), ""),
    ];
    for (d, want) in cases {
        assert_eq!(doc_key(&d), want, "{d}");
    }
}

#[test]
fn a_folder_totals_its_documents() {
    let gold = [
        json!({"id": "a", "entities": [{"name": "Basra", "kind": "place"}, {"name": "Monday", "kind": "date"}],
               "quotes": [{"text": "calm has returned", "kind": "speech", "speaker": "Ali"}]}),
        json!({"id": "b", "entities": [{"name": "Sadr", "kind": "person"}], "quotes": []}),
    ];
    let pred = json!({"documents": [
        {"id": "dir/a.txt", "entities": [{"name": "Basra", "kind": "place"}, {"name": "Iraq", "kind": "place"}],
         "quotes": [{"text": "calm has returned", "speaker": "Ali"}]},
    ]});
    let report = Report::score(&gold, &[pred]);
    let ids: Vec<(&str, bool)> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.missing))
        .collect();
    assert_eq!(ids, [("a", false), ("b", true)]);
    assert_eq!(report.gold_entities(), 3);
    let (p, r, f) = report.entity_prf();
    assert!((p - 0.5).abs() < 1e-12 && (r - 1.0 / 3.0).abs() < 1e-12 && (f - 0.4).abs() < 1e-12);
    assert_eq!(report.by_kind["place"], (1, 2, 1));
    assert_eq!(report.by_kind["date"], (0, 0, 1));
    assert_eq!(report.by_kind["person"], (0, 0, 1));
    assert_eq!(report.quote_counts(), (1, 1, 1, 1));
    let json = report.to_json();
    assert_eq!(json["documents"]["b"]["missing"], json!(true));
    assert_eq!(json["documents"]["b"]["speaker_accuracy"], Value::Null);
    assert_eq!(
        json["total"]["attributed_quote_p_r_f1"],
        json!([1.0, 1.0, 1.0])
    );
    assert!(report
        .table()
        .ends_with("entity_f1=0.400 attributed_quote_f1=1.000\n"));
}
