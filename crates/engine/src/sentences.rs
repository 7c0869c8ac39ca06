//! Sentence boundaries that know about abbreviations ("Mr.", "Gen.", "U.S.") and initials
//! ("George W. Bush").
//!
//! ```
//! use sift_engine::sentences::sentence_ranges;
//! let text = "Mr. Smith arrived in the U.S. on Monday. He left.";
//! let s: Vec<&str> = sentence_ranges(text).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(s, ["Mr. Smith arrived in the U.S. on Monday.", "He left."]);
//! ```

use std::ops::Range;

/// Words that end in a period without ending the sentence (compared case-insensitively,
/// without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "capt", "cpt", "sgt",
    "cpl", "pvt", "adm", "cmdr", "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "jr", "sr",
    "inc", "corp", "co", "ltd", "bros", "vs", "etc", "no", "nos", "vol", "pp", "fig", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark",
    "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
    "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
    "vt", "wash", "wis", "wyo", "approx", "dept", "est", "e.g", "i.e",
];

/// Byte ranges of the sentences in `text`, trimmed of surrounding white space.
/// Every non-blank byte of `text` belongs to exactly one range.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Absorb runs of terminators and closing quotes/brackets: `?!`, `."`, `.)`.
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = iter.peek() {
            if matches!(
                n,
                '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»'
            ) {
                end = j + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() && !rest.is_empty() && !run_together(text, i, end) {
            continue; // no white space after the period: "3.5", "U.S.A", "example.com"
        }
        let next = after_space.chars().next();
        let starts_sentence = match next {
            None => true,
            Some(n) => {
                n.is_uppercase()
                    || n.is_numeric()
                    || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '-')
            }
        };
        if !starts_sentence {
            continue;
        }
        if c == '.' && is_abbreviation(&text[start..i]) && next.is_some() {
            continue;
        }
        push_trimmed(&mut out, text, start, end);
        start = end;
    }
    if start < bytes.len() {
        push_trimmed(&mut out, text, start, bytes.len());
    }
    out
}

/// Two sentences run together by a missing space ("Trounson said.Professor Trounson"): a
/// full stop after a lower-case word of two letters or more, then a capitalized word.
pub fn run_together(text: &str, period: usize, after: usize) -> bool {
    let before: Vec<char> = text[..period].chars().rev().take(2).collect();
    let mut next = text[after..].chars();
    text[period..].starts_with('.')
        && before.len() == 2
        && before.iter().all(|c| c.is_lowercase())
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// The first sentence of `text` (trimmed), or the whole text when it has one sentence.
pub fn first_sentence(text: &str) -> &str {
    sentence_ranges(text)
        .into_iter()
        .next()
        .map_or("", |r| &text[r])
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(start + lead..end - trail);
    }
}

/// Is the word just before a period (`before` ends right before it) an abbreviation or
/// an initial?
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // A single capital letter is an initial: "George W. Bush".
    if first.is_uppercase() && chars.as_str().is_empty() {
        return true;
    }
    // Dotted acronyms: "U.S", "U.N", "e.g".
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentence_ranges(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   ", &[]),
            ("One sentence without end", &["One sentence without end"]),
            ("It rained. It poured.", &["It rained.", "It poured."]),
            (
                "Trounson said.Professor Trounson agreed.",
                &["Trounson said.", "Professor Trounson agreed."],
            ),
            (
                "See example.com and the U.S.A today.",
                &["See example.com and the U.S.A today."],
            ),
            ("Pi is 3.14.", &["Pi is 3.14."]),
            ("Really? Yes! Fine.", &["Really?", "Yes!", "Fine."]),
            ("Mr. Smith met Gen. Jones.", &["Mr. Smith met Gen. Jones."]),
            (
                "US President George W. Bush spoke. Then he left.",
                &["US President George W. Bush spoke.", "Then he left."],
            ),
            (
                "Troops from the U.S. and the U.K. left. Others stayed.",
                &["Troops from the U.S. and the U.K. left.", "Others stayed."],
            ),
            (
                "He said: \"We will fight.\" The crowd cheered.",
                &["He said: \"We will fight.\"", "The crowd cheered."],
            ),
            (
                "The rate rose 3.5 percent. Markets fell.",
                &["The rate rose 3.5 percent.", "Markets fell."],
            ),
            ("it ended. and then more.", &["it ended. and then more."]),
            (
                "Prices rose in 2008. 1,200 were hurt.",
                &["Prices rose in 2008.", "1,200 were hurt."],
            ),
            ("Wait... What?", &["Wait...", "What?"]),
            (
                "Sen. Smith (R-Ala.) spoke.",
                &["Sen. Smith (R-Ala.) spoke."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "text: {text:?}");
        }
    }

    #[test]
    fn first_sentence_of_news_lead() {
        let lead =
            "Relative calm returned—at least temporarily—to Basra on Monday. Baghdad was quiet.";
        assert_eq!(
            first_sentence(lead),
            "Relative calm returned—at least temporarily—to Basra on Monday."
        );
    }

    #[test]
    fn non_latin_and_emoji_do_not_panic() {
        for text in [
            "بغداد هادئة. البصرة أيضا.",
            "🙂. 🙂!",
            "日本語の文。次の文。",
            "...",
        ] {
            let ranges = sentence_ranges(text);
            for r in ranges {
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }
}
