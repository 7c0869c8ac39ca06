//! The tokenizer: text → normalized terms with byte offsets.
//!
//! A token is a maximal run of letters, digits and combining marks; every other character
//! (white space, punctuation, apostrophes, hyphens, emoji) separates tokens. Each Han,
//! Hiragana or Katakana character is a token of its own, since those scripts do not put
//! spaces between words. Terms are case-folded, diacritics are removed (`é` → `e`) and
//! combining marks dropped.
//!
//! Compound words are found through their parts: `al-Sadr` is `al` `sadr`, `Maliki’s` is
//! `maliki` `s`, `1,200` is `1` `200`. A query word that is a compound becomes a phrase of
//! its parts, so `al-sadr` finds "al-Sadr" and "Maliki’s" finds "Maliki's" whatever the
//! apostrophe, and `sadr` finds both.
//!
//! ```
//! use sift_engine::tokenize::terms;
//! assert_eq!(terms("Al-Sadr’s men: 1,200 in Basra!"), ["al", "sadr", "s", "men", "1", "200", "in", "basra"]);
//! assert_eq!(terms("Café naïve ÉCOLE"), ["cafe", "naive", "ecole"]);
//! ```

use std::ops::Range;

/// One token: its normalized term and where it stands in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    /// Byte range in the original text.
    pub span: Range<usize>,
}

/// Call `f(term, span)` for every token of `text`, in order. `term` is only valid during
/// the call (one buffer is reused), which keeps indexing free of per-token allocation.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut term = String::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if start.is_none() {
                    start = Some(i);
                }
                term.push(c.to_ascii_lowercase());
            } else if let Some(s) = start.take() {
                f(&term, s..i);
                term.clear();
            }
            continue;
        }
        match classify(c) {
            Class::Word => {
                if start.is_none() {
                    start = Some(i);
                }
                push_folded(&mut term, c);
            }
            Class::Mark => {
                // Combining marks belong to the word they follow and are dropped.
                if start.is_none() {
                    continue;
                }
            }
            Class::Ideograph => {
                if let Some(s) = start.take() {
                    f(&term, s..i);
                    term.clear();
                }
                push_folded(&mut term, c);
                f(&term, i..i + c.len_utf8());
                term.clear();
            }
            Class::Separator => {
                if let Some(s) = start.take() {
                    f(&term, s..i);
                    term.clear();
                }
            }
        }
    }
    if let Some(s) = start {
        if !term.is_empty() {
            f(&term, s..text.len());
        }
    }
}

/// All tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_token(text, |term, span| {
        out.push(Token {
            term: term.to_string(),
            span,
        })
    });
    out
}

/// Just the terms of `text`.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |term, _| out.push(term.to_string()));
    out
}

/// Normalize one word the way the tokenizer does (for a word without separators, the
/// single term it would produce).
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match classify(c) {
            Class::Word | Class::Ideograph => push_folded(&mut out, c),
            Class::Mark | Class::Separator => {}
        }
    }
    out
}

enum Class {
    Word,
    Mark,
    Ideograph,
    Separator,
}

fn classify(c: char) -> Class {
    if c.is_ascii_alphanumeric() {
        return Class::Word;
    }
    let u = c as u32;
    if is_combining_mark(u) {
        return Class::Mark;
    }
    if is_ideograph(u) {
        return Class::Ideograph;
    }
    if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Separator
    }
}

fn is_combining_mark(u: u32) -> bool {
    matches!(u,
        0x0300..=0x036F       // combining diacritical marks
        | 0x0483..=0x0489     // Cyrillic
        | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7 // Hebrew points
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8 | 0x06EA..=0x06ED // Arabic harakat
        | 0x0900..=0x0903 | 0x093A..=0x094F // Devanagari signs (kept out of terms)
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x200C..=0x200D     // zero-width (non-)joiners
    )
}

fn is_ideograph(u: u32) -> bool {
    matches!(u,
        0x3040..=0x30FF       // Hiragana, Katakana
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xF900..=0xFAFF     // compatibility ideographs
        | 0x20000..=0x2FA1F   // extensions B–F and supplements
    )
}

/// Push `c` lower-cased and without diacritics.
fn push_folded(out: &mut String, c: char) {
    if let Some(base) = fold_latin(c) {
        out.push_str(base);
        return;
    }
    for l in c.to_lowercase() {
        if !is_combining_mark(l as u32) {
            out.push(fold_greek(l));
        }
    }
}

/// Greek vowels without tonos or dialytika.
fn fold_greek(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        _ => c,
    }
}

/// Base letters for precomposed Latin letters (Latin-1 Supplement and Latin Extended-A),
/// lower case.
fn fold_latin(c: char) -> Option<&'static str> {
    const LATIN1: [&str; 64] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",
        "i", // C0–CF
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th",
        "ss", // D0–DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",
        "i", // E0–EF
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th",
        "y", // F0–FF
    ];
    // Latin Extended-A (U+0100–U+017F), one entry per code point.
    const EXT_A: [&str; 128] = [
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", // 100
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", // 110
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", // 120
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l",
        "l", // 130
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", // 140
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s",
        "s", // 150
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", // 160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s", // 170
    ];
    let u = c as u32;
    match u {
        0xC0..=0xFF => Some(LATIN1[(u - 0xC0) as usize]).filter(|s| !s.is_empty()),
        0x100..=0x17F => Some(EXT_A[(u - 0x100) as usize]),
        _ => None,
    }
}

/// Byte ranges of the tokens of `text` whose terms satisfy `is_match`.
pub fn matching_spans(text: &str, mut is_match: impl FnMut(&str) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for_each_token(text, |term, span| {
        if is_match(term) {
            out.push(span);
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   \n\t ", &[]),
            ("Hello, World!", &["hello", "world"]),
            // apostrophe variants all separate the same way
            (
                "Maliki’s Maliki's Maliki‘s Maliki`s",
                &["maliki", "s", "maliki", "s", "maliki", "s", "maliki", "s"],
            ),
            ("Hughes' men", &["hughes", "men"]),
            ("don't", &["don", "t"]),
            // hyphens and dashes
            ("al-Sadr", &["al", "sadr"]),
            (
                "Iranian-brokered ceasefire",
                &["iranian", "brokered", "ceasefire"],
            ),
            ("returned—at least", &["returned", "at", "least"]),
            // numbers
            (
                "1,200 people in 2005, 3.5%",
                &["1", "200", "people", "in", "2005", "3", "5"],
            ),
            // diacritics, precomposed and combining
            (
                "Café Zürich Ørsted Łódź Œuvre",
                &["cafe", "zurich", "orsted", "lodz", "oeuvre"],
            ),
            ("cafe\u{301} nai\u{308}ve", &["cafe", "naive"]),
            ("STRASSE Straße", &["strasse", "strasse"]),
            // emoji are separators
            ("calm 🙂 returned👍again", &["calm", "returned", "again"]),
            // right-to-left scripts keep their words; harakat are dropped
            ("بغداد هادئة", &["بغداد", "هادئة"]),
            ("مُقتدى الصدر", &["مقتدى", "الصدر"]),
            ("שלום עולם", &["שלום", "עולם"]),
            // CJK: one token per ideograph
            ("東京abc", &["東", "京", "abc"]),
            // Cyrillic and Greek case folding
            ("МОСКВА Αθήνα Ελλάς", &["москва", "αθηνα", "ελλασ"]),
            // control characters separate
            ("a\u{0}b\u{7}c", &["a", "b", "c"]),
        ];
        for (text, want) in cases {
            assert_eq!(terms(text), *want, "text: {text:?}");
        }
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "Muqtada al-Sadr’s “ceasefire” in Basra—1,200 ÉLUS";
        for token in tokenize(text) {
            let original = &text[token.span.clone()];
            assert_eq!(normalize(original), token.term, "{original:?}");
        }
        let spans: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect();
        assert_eq!(
            spans,
            [
                "Muqtada",
                "al",
                "Sadr",
                "s",
                "ceasefire",
                "in",
                "Basra",
                "1",
                "200",
                "ÉLUS"
            ]
        );
    }

    #[test]
    fn normalize_matches_the_tokenizer() {
        for word in ["Basra", "ÉCOLE", "naïve", "Αθήνα", "2005"] {
            assert_eq!(vec![normalize(word)], terms(word));
        }
    }

    #[test]
    fn matching_spans_marks_matches() {
        let text = "Sadr and al-Sadr and SADR";
        let spans = matching_spans(text, |t| t == "sadr");
        let found: Vec<&str> = spans.into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["Sadr", "Sadr", "SADR"]);
    }

    #[test]
    fn huge_input_is_linear_and_safe() {
        let text = "word-".repeat(100_000) + &"🙂".repeat(10_000);
        assert_eq!(terms(&text).len(), 100_000);
    }
}
