//! Words as entity extraction sees them: runs of letters and digits that keep their inner
//! apostrophes, hyphens and periods ("al-Sadr", "Ala’a", "U.S.", "W."), with byte offsets,
//! and a possessive ending split off ("Maliki’s" → "Maliki").

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
    /// Followed by a possessive `’s`, `'s` or a bare `’`.
    pub possessive: bool,
}

impl Word<'_> {
    /// Starts with a capital letter, or is a name particle before one ("al-Sadr").
    pub fn is_capitalized(&self) -> bool {
        let first = self.text.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            return true;
        }
        for prefix in [
            "al-", "el-", "bin-", "ibn-", "ad-", "as-", "ash-", "an-", "ar-",
        ] {
            if let Some(rest) = self.text.strip_prefix(prefix) {
                return rest.chars().next().is_some_and(char::is_uppercase);
            }
        }
        false
    }

    /// Every letter is a capital ("ISCI", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
        letters >= 2
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‘')
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < chars.len() {
            let c = chars[j].1;
            let joined = joins(c) && j + 1 < chars.len() && chars[j + 1].1.is_alphanumeric();
            if c.is_alphanumeric() || joined {
                j += 1;
            } else {
                break;
            }
        }
        let end_byte = chars.get(j).map_or(text.len(), |c| c.0);
        let mut word = &text[chars[start].0..end_byte];
        let mut possessive = false;
        // A trailing period belongs to initials and abbreviations ("W.", "U.S.", "Gen.").
        let mut end = end_byte;
        if chars.get(j).is_some_and(|c| c.1 == '.') {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let initial = letters == 1 && word.chars().all(|c| c.is_uppercase());
            let dotted = word.contains('.');
            let title = super::lexicon::is_title(word) && word.len() <= 5
                || ["St", "Ste", "Mt", "Ft"].contains(&word);
            if initial || dotted || title {
                end += 1;
                word = &text[chars[start].0..end];
            }
        }
        for suffix in ["’s", "'s"] {
            if let Some(base) = word.strip_suffix(suffix) {
                if !base.is_empty() {
                    word = base;
                    possessive = true;
                }
            }
        }
        if !possessive
            && chars.get(j).is_some_and(|c| c.1 == '’' || c.1 == '\'')
            && word.ends_with('s')
        {
            possessive = true; // plural possessive: "Hughes’"
        }
        let span_start = chars[start].0;
        out.push(Word {
            text: word,
            span: span_start..span_start + word.len(),
            possessive,
        });
        i = j.max(i + 1);
        if end > end_byte {
            while i < chars.len() && chars[i].0 < end {
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Muqtada al-Sadr’s men", &["Muqtada", "al-Sadr", "men"]),
            (
                "US President George W. Bush.",
                &["US", "President", "George", "W.", "Bush"],
            ),
            (
                "the U.S. and Brig. Gen. Qassem",
                &["the", "U.S.", "and", "Brig.", "Gen.", "Qassem"],
            ),
            (
                "Ala’a Salah, a resident",
                &["Ala’a", "Salah", "a", "resident"],
            ),
            ("returned—at least", &["returned", "at", "least"]),
            (
                "1,200 people in 2005.",
                &["1", "200", "people", "in", "2005"],
            ),
            ("Hughes’ book", &["Hughes", "book"]),
            ("", &[]),
            ("🙂 بغداد", &["بغداد"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = words(text).iter().map(|w| w.text).collect();
            assert_eq!(got, *want, "{text:?}");
            for w in words(text) {
                assert_eq!(&text[w.span.clone()], w.text);
            }
        }
        let w = words("Maliki’s government");
        assert!(w[0].possessive && !w[1].possessive);
        assert!(words("al-Sadr")[0].is_capitalized());
        assert!(!words("al-qaeda-linked")[0].is_capitalized());
        assert!(words("ISCI")[0].is_all_caps());
    }
}
