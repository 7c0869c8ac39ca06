//! Marking matches in text, and keyword-in-context (concordance) lines.
//!
//! ```
//! use sift_engine::{document::parse, highlight::Highlighter, index::Index, query, search::search, Format};
//! let docs = vec![parse("a", Format::Text, b"Al-Sadr's men held Basra; Sadr spoke.").unwrap()];
//! let q = query::parse("sadr", false);
//! let results = search(&Index::build(&docs), &q);
//! let text = &docs[0].paragraphs[0];
//! let marked: Vec<&str> = Highlighter::new(&q, &results).spans(text).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(marked, ["Sadr", "Sadr"]);
//! ```

use crate::query::{Atom, Query};
use crate::search::SearchResults;
use crate::tokenize::tokenize;
use std::collections::HashSet;
use std::ops::Range;

/// Marks the matches of one query in any text.
#[derive(Debug, Clone, Default)]
pub struct Highlighter {
    words: HashSet<String>,
    phrases: Vec<(Vec<String>, bool)>,
}

impl Highlighter {
    /// A highlighter for the positive part of `query`, as it was run (`results` carries the
    /// prefix expansions and spelling corrections that matched).
    pub fn new(query: &Query, results: &SearchResults) -> Highlighter {
        let fix = |t: &String| {
            results
                .corrections
                .iter()
                .find(|(from, _)| from == t)
                .map_or_else(|| t.clone(), |(_, to)| to.clone())
        };
        let mut h = Highlighter::default();
        for atom in query.positive_atoms() {
            match atom {
                Atom::Term { term, prefix } => {
                    if *prefix {
                        h.words.extend(
                            results
                                .matched_terms
                                .iter()
                                .filter(|m| m.starts_with(term.as_str()))
                                .cloned(),
                        );
                    } else {
                        h.words.insert(fix(term));
                    }
                }
                Atom::Phrase { terms, prefix } => {
                    h.phrases.push((terms.iter().map(fix).collect(), *prefix));
                }
            }
        }
        h
    }

    /// True when nothing would be marked.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }

    /// Byte ranges of the matches in `text`, sorted, merged where they overlap.
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        let tokens = tokenize(text);
        let mut out: Vec<Range<usize>> = Vec::new();
        for t in &tokens {
            if self.words.contains(&t.term) {
                out.push(t.span.clone());
            }
        }
        for (terms, prefix) in &self.phrases {
            let n = terms.len();
            if n == 0 || tokens.len() < n {
                continue;
            }
            for start in 0..=tokens.len() - n {
                let all = terms.iter().enumerate().all(|(k, term)| {
                    let token = &tokens[start + k].term;
                    if *prefix && k == n - 1 {
                        token.starts_with(term.as_str())
                    } else {
                        token == term
                    }
                });
                if all {
                    out.push(tokens[start].span.start..tokens[start + n - 1].span.end);
                }
            }
        }
        crate::sort::by_key(&mut out, |r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
        for r in out {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// A window of about `max_chars` characters of `text` around its first match, cut at word
/// boundaries: the part of a long paragraph to show in a result list. The whole text when
/// it is short enough.
pub fn fragment(text: &str, spans: &[Range<usize>], max_chars: usize) -> Range<usize> {
    let total = text.chars().count();
    if total <= max_chars {
        return 0..text.len();
    }
    let first = spans.first().map_or(0, |r| r.start.min(text.len()));
    let first = (0..=first)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    // Start a quarter of the window before the first match.
    let lead = max_chars / 4;
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(lead.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(space) = text[start..first].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    let mut end = text[start..]
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        if let Some(space) = text[start..end].rfind(char::is_whitespace) {
            if start + space > first {
                end = start + space;
            }
        }
    }
    start..end
}

/// One concordance line: the match with its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KwicLine {
    pub left: String,
    pub keyword: String,
    pub right: String,
    /// The normalized word just left of the match ("" at the start), for sorting.
    pub left_word: String,
    /// The normalized word just right of the match ("" at the end), for sorting.
    pub right_word: String,
    /// Byte range of the match in the text.
    pub span: Range<usize>,
}

/// Concordance lines for the given match spans of `text`, with about `width` characters
/// of context on each side (cut at a word boundary when possible, never inside a char).
pub fn kwic(text: &str, spans: &[Range<usize>], width: usize) -> Vec<KwicLine> {
    spans
        .iter()
        .filter(|r| r.start <= r.end && r.end <= text.len())
        .filter(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        .map(|r| {
            let before = &text[..r.start];
            let after = &text[r.end..];
            let left = tail_chars(before, width);
            let right = head_chars(after, width);
            KwicLine {
                left_word: tokenize(before).pop().map(|t| t.term).unwrap_or_default(),
                right_word: tokenize(head_chars(after, 64))
                    .into_iter()
                    .next()
                    .map(|t| t.term)
                    .unwrap_or_default(),
                left: collapse(left),
                keyword: text[r.clone()].to_string(),
                right: collapse(right),
                span: r.clone(),
            }
        })
        .collect()
}

/// White space runs folded to one space (line breaks included), ends kept as one space.
fn collapse(s: &str) -> String {
    let inner = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if inner.is_empty() {
        return if s.is_empty() {
            String::new()
        } else {
            " ".into()
        };
    }
    let lead = if s.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let trail = if s.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{lead}{inner}{trail}")
}

fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let cut = &s[start..];
    if start == 0 {
        return cut;
    }
    // Drop a partial word at the cut.
    match cut.find(char::is_whitespace) {
        Some(i) if i < cut.len() / 2 => cut[i..].trim_start(),
        _ => cut,
    }
}

fn head_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    let cut = &s[..end];
    if end == s.len() {
        return cut;
    }
    match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};
    use crate::index::Index;
    use crate::query;
    use crate::search::search;

    fn marked(text: &str, q: &str) -> Vec<String> {
        let docs = vec![parse("a", Format::Text, text.as_bytes()).unwrap()];
        let index = Index::build(&docs);
        let query = query::parse(q, false);
        let results = search(&index, &query);
        Highlighter::new(&query, &results)
            .spans(text)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn marks_table() {
        let text = "The Mahdi Army of Muqtada al-Sadr held Basra. Sadr’s Mahdi army withdrew; the army of Iraq stayed.";
        let cases: &[(&str, &[&str])] = &[
            ("basra", &["Basra"]),
            ("sadr", &["Sadr", "Sadr"]),
            ("al-sadr", &["al-Sadr"]),
            ("\"mahdi army\"", &["Mahdi Army", "Mahdi army"]),
            ("mahdi army", &["Mahdi", "Army", "Mahdi", "army", "army"]),
            ("with*", &["withdrew"]),
            ("\"army of\"", &["Army of", "army of"]),
            ("basrra", &["Basra"]), // corrected spelling is marked
            ("baghdad", &[]),
            ("-basra", &[]),
        ];
        for (q, want) in cases {
            assert_eq!(marked(text, q), *want, "query {q:?}");
        }
    }

    #[test]
    fn fragments_center_the_first_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(fragment(text, &[], 100), 0..text.len());
        let at = text.find("nine").unwrap();
        let spans = [Range {
            start: at,
            end: at + 4,
        }];
        let r = fragment(text, &spans, 20);
        let piece = &text[r];
        assert!(piece.contains("nine"), "{piece}");
        assert!(piece.chars().count() <= 20, "{piece}");
        assert!(
            !piece.starts_with(' ') && !piece.ends_with(' '),
            "{piece:?}"
        );
        // multi-byte text, a span at the very end
        let arabic = "في البصرة اليوم ".repeat(20);
        let end = arabic.len();
        let spans = [Range {
            start: end - 1,
            end,
        }];
        let r = fragment(&arabic, &spans, 30);
        assert!(arabic.is_char_boundary(r.start) && arabic.is_char_boundary(r.end));
    }

    #[test]
    fn kwic_lines_and_sort_keys() {
        let text = "Relative calm returned to Basra on Monday, after a week of fighting in Basra.";
        let spans: Vec<_> = text
            .match_indices("Basra")
            .map(|(i, m)| i..i + m.len())
            .collect();
        let lines = kwic(text, &spans, 20);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].keyword, "Basra");
        assert_eq!(lines[0].left, "calm returned to ");
        assert_eq!(lines[0].right, " on Monday, after a");
        assert_eq!(
            (lines[0].left_word.as_str(), lines[0].right_word.as_str()),
            ("to", "on")
        );
        assert_eq!(
            (lines[1].left_word.as_str(), lines[1].right_word.as_str()),
            ("in", "")
        );
        // multi-byte text and out-of-range spans never panic
        let arabic = "في البصرة اليوم";
        let lines = kwic(arabic, &[3..5, 0..200, 6..18], 4);
        assert!(lines.iter().all(|l| !l.keyword.is_empty()));
    }
}
