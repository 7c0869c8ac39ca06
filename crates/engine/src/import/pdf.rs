//! A PDF's text layer rejoined into paragraphs.
//!
//! The browser reads a PDF with pdf.js (npm `pdfjs-dist`, the field's standard), whose
//! `page.getTextContent()` gives each page as runs of text with their position: a string,
//! the x and y of its baseline start (`transform[4]`, `transform[5]`, y growing upwards),
//! its width and font height, and whether a line ends after it (`hasEOL`). Those runs are
//! [`TextItem`]s here; this module turns a document's pages of them into paragraphs, as a
//! reader would copy them out of the page:
//!
//! 1. **Lines.** Runs join into a line until one ends a line or the next starts on another
//!    baseline; a space goes between two runs that a gap separates.
//! 2. **Page furniture.** A line that is only a page number ("7", "Page 7", "7 of 12",
//!    "- 7 -") as the first or last line of a page goes, and so do running heads and feet:
//!    a first or last line that recurs (digits aside) on at least half the pages, and on
//!    three pages at least.
//! 3. **Paragraphs.** A new paragraph starts where the gap between two lines is clearly
//!    wider than the page's usual line spacing, where the font height changes (a heading),
//!    or where a line is indented past the text's left edge after a line that ended short
//!    of the right edge with the end of a sentence.
//! 4. **Across pages**, a paragraph continues from the last line of a page to the first of
//!    the next unless that last line ended a sentence.
//! 5. **Joining lines.** A word broken at a line end ("inter-" / "national") is joined
//!    again when the next line goes on in lower case, or when both parts are in capitals
//!    ("OP-" / "TIONAL"); a soft hyphen always; a hyphen before a capital stays, with no
//!    space ("Anglo-" / "American"); other lines join with a space.
//!
//! A PDF whose pages carry no text at all is a scan (or only images): [`PdfError::NoText`].
//!
//! ```
//! use sift_engine::import::pdf::{paragraphs, Page, TextItem};
//! let line = |text: &str, y: f32| TextItem { text: text.into(), x: 72.0, y, width: 300.0, height: 10.0, eol: true };
//! let page = Page { items: vec![line("The ceasefire held for a", 700.0), line("second day in Basra.", 688.0)] };
//! assert_eq!(paragraphs(&[page]).unwrap(), ["The ceasefire held for a second day in Basra."]);
//! ```

use serde::Deserialize;
use std::fmt;

/// One run of text of a page, as pdf.js gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TextItem {
    pub text: String,
    /// Baseline start, in PDF units (y grows upwards).
    pub x: f32,
    pub y: f32,
    pub width: f32,
    /// The font height.
    pub height: f32,
    /// A line ends after this run.
    #[serde(default)]
    pub eol: bool,
}

/// One page's runs, in the order the page draws them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Page {
    pub items: Vec<TextItem>,
}

/// Why a PDF gave no paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// No page has any text: a scanned or image-only PDF.
    NoText { pages: usize },
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::NoText { pages: 0 } => write!(f, "a PDF without pages"),
            PdfError::NoText { pages } => write!(
                f,
                "a PDF with no text layer ({pages} page{} of images only, as a scan is): \
                 Sift reads the text of a PDF and does not recognise text in images",
                if *pages == 1 { "" } else { "s" }
            ),
        }
    }
}

impl std::error::Error for PdfError {}

/// A line of a page.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    text: String,
    x: f32,
    y: f32,
    /// Where its last run ends.
    right: f32,
    height: f32,
}

/// The paragraphs of a PDF's pages ([module docs](self)).
pub fn paragraphs(pages: &[Page]) -> Result<Vec<String>, PdfError> {
    let mut lines: Vec<Vec<Line>> = pages.iter().map(|p| lines(&p.items)).collect();
    if lines.iter().all(Vec::is_empty) {
        return Err(PdfError::NoText { pages: pages.len() });
    }
    strip_furniture(&mut lines);
    let mut out: Vec<String> = Vec::new();
    // The paragraph being built, and whether it may go on onto the next page.
    let mut open: Option<String> = None;
    for page in &lines {
        let spacing = usual_spacing(page);
        let left = page.iter().map(|l| l.x).fold(f32::INFINITY, f32::min);
        let right = page
            .iter()
            .map(|l| l.right)
            .fold(f32::NEG_INFINITY, f32::max);
        for (i, line) in page.iter().enumerate() {
            let breaks = match i.checked_sub(1).map(|p| &page[p]) {
                // First line of a page: go on unless the last page's paragraph ended.
                None => open.as_deref().is_none_or(ends_sentence),
                Some(prev) => new_paragraph(prev, line, spacing, left, right),
            };
            match (&mut open, breaks) {
                (Some(text), false) => join_line(text, &line.text),
                _ => {
                    if let Some(done) = open.take() {
                        out.push(done);
                    }
                    open = Some(line.text.clone());
                }
            }
        }
    }
    out.extend(open);
    Ok(out
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect())
}

/// A page's runs joined into lines, top to bottom as drawn; blank lines dropped.
fn lines(items: &[TextItem]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut current: Option<Line> = None;
    let mut ended = false;
    for item in items {
        let finite = [item.x, item.y, item.width, item.height]
            .iter()
            .all(|v| v.is_finite());
        if !finite {
            continue;
        }
        let height = item.height.abs().max(1.0);
        let same_line = !ended
            && current
                .as_ref()
                .is_some_and(|l| (l.y - item.y).abs() <= 0.5 * l.height.max(height));
        if same_line {
            let line = current.as_mut().expect("same_line implies a line");
            if !item.text.is_empty() {
                let gap = item.x - line.right;
                let spaced = line.text.ends_with(char::is_whitespace)
                    || item.text.starts_with(char::is_whitespace);
                if gap > 0.15 * height && !spaced {
                    line.text.push(' ');
                }
                line.text.push_str(&item.text);
                line.right = line.right.max(item.x + item.width);
                line.height = line.height.max(height);
            }
        } else if !item.text.trim().is_empty() || current.is_none() || ended {
            out.extend(current.take());
            current = Some(Line {
                text: item.text.clone(),
                x: item.x,
                y: item.y,
                right: item.x + item.width,
                height,
            });
        }
        ended = item.eol;
    }
    out.extend(current);
    for line in &mut out {
        line.text = line.text.trim().to_string();
    }
    out.retain(|l| !l.text.is_empty());
    out
}

/// The page's usual distance between two baselines (the median of the gaps down the page).
fn usual_spacing(page: &[Line]) -> f32 {
    let mut gaps: Vec<f32> = page
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|g| *g > 0.0)
        .collect();
    if gaps.is_empty() {
        return page.first().map_or(12.0, |l| 1.2 * l.height);
    }
    gaps.sort_unstable_by(f32::total_cmp);
    // the lower median: with few lines, a paragraph gap must not count as the usual one
    gaps[(gaps.len() - 1) / 2]
}

/// Does a new paragraph start at `line`, after `prev` on the same page?
fn new_paragraph(prev: &Line, line: &Line, spacing: f32, left: f32, right: f32) -> bool {
    let gap = prev.y - line.y;
    // A wider gap, or a step back up the page (another column, a box).
    if gap > 1.4 * spacing + 0.5 || gap <= 0.0 {
        return true;
    }
    // Another font height: a heading, or the text after one.
    let (small, large) = (prev.height.min(line.height), prev.height.max(line.height));
    if large > 1.15 * small {
        return true;
    }
    // A first-line indent after a line that ended short with the end of a sentence.
    let indented = line.x > left + line.height;
    let short = prev.right < right - 2.0 * line.height;
    indented && short && ends_sentence(&prev.text)
}

/// Does the text end a sentence (its last mark, closing quotes and brackets aside)?
fn ends_sentence(text: &str) -> bool {
    let end = text.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    end.ends_with(['.', '!', '?', ':', '…'])
}

/// Add a line to a paragraph: rejoin a word hyphenated at the line end.
fn join_line(text: &mut String, line: &str) {
    if text.ends_with('\u{ad}') {
        text.pop();
        text.push_str(line);
        return;
    }
    let Some(head) = text
        .strip_suffix('-')
        .filter(|head| head.ends_with(char::is_alphabetic))
    else {
        text.push(' ');
        text.push_str(line);
        return;
    };
    let capitals = |word: &str| word.chars().count() >= 2 && word.chars().all(char::is_uppercase);
    let last = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let next = line
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if line.starts_with(char::is_lowercase) || (capitals(last) && capitals(next)) {
        // A word broken at the line end ("inter-" / "national", "OP-" / "TIONAL").
        text.pop();
    } else if !line.starts_with(char::is_alphabetic) {
        text.push(' ');
    }
    // (else a compound broken at its own hyphen: "Anglo-" / "American")
    text.push_str(line);
}

/// Drop page numbers and running heads and feet: the pages' first and last lines.
fn strip_furniture(pages: &mut [Vec<Line>]) {
    // How many pages start or end with each line (digits aside).
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in pages.iter() {
        let mut keys: Vec<String> = edges(page).map(|l| shape(&l.text)).collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let count = pages.len();
    let recurring = |l: &Line| {
        let n = seen.get(&shape(&l.text)).copied().unwrap_or(0);
        count >= 3 && n >= 3 && 2 * n >= count
    };
    for page in pages.iter_mut() {
        let n = page.len();
        let edge = |i: usize| i == 0 || i + 1 == n;
        let keep: Vec<bool> = page
            .iter()
            .enumerate()
            .map(|(i, l)| !(edge(i) && (page_number(&l.text) || recurring(l))))
            .collect();
        let mut flags = keep.into_iter();
        page.retain(|_| flags.next().unwrap_or(true));
    }
}

/// A page's first and last lines.
fn edges(page: &[Line]) -> impl Iterator<Item = &Line> {
    page.first()
        .into_iter()
        .chain(page.last().filter(|_| page.len() > 1))
}

/// The line with its digits replaced, so "Page 3 of 9" and "Page 4 of 9" have one shape.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// "7", "- 7 -", "Page 7", "7 of 12", "Page 7 of 12", "p. 7", "vii".
fn page_number(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(['-', '–', '—', ' '])
        .to_lowercase();
    let t = t
        .strip_prefix("page ")
        .or_else(|| t.strip_prefix("p. "))
        .unwrap_or(&t);
    let number = |s: &str| {
        let s = s.trim();
        !s.is_empty()
            && s.len() <= 5
            && (s.chars().all(|c| c.is_ascii_digit())
                || s.chars().all(|c| "ivxlc".contains(c)) && s.len() <= 4)
    };
    match t.split_once(" of ") {
        Some((a, b)) => number(a) && number(b),
        None => t.split('/').count() <= 2 && t.split('/').all(number),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page laid out as lines: (x, y, font height, text); each line one run ended by EOL.
    fn page(lines: &[(f32, f32, f32, &str)]) -> Page {
        Page {
            items: lines
                .iter()
                .map(|&(x, y, height, text)| TextItem {
                    text: text.into(),
                    x,
                    y,
                    // a rough width: half the font height per character
                    width: 0.5 * height * text.chars().count() as f32,
                    height,
                    eol: true,
                })
                .collect(),
        }
    }

    /// Body text lines 12 units apart from y = 700, at x = 72, font height 10.
    fn body(texts: &[&str]) -> Vec<(f32, f32, f32, String)> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (72.0, 700.0 - 12.0 * i as f32, 10.0, t.to_string()))
            .collect()
    }

    fn owned(lines: &[(f32, f32, f32, String)]) -> Page {
        let borrowed: Vec<(f32, f32, f32, &str)> = lines
            .iter()
            .map(|(x, y, h, t)| (*x, *y, *h, t.as_str()))
            .collect();
        page(&borrowed)
    }

    #[test]
    fn lines_join_into_paragraphs() {
        // (what, lines as (x, y, height, text), paragraphs)
        type Case = (
            &'static str,
            Vec<(f32, f32, f32, &'static str)>,
            Vec<&'static str>,
        );
        let cases: Vec<Case> = vec![
            (
                "lines of one paragraph join with a space",
                vec![
                    (72.0, 700.0, 10.0, "The ceasefire held for"),
                    (72.0, 688.0, 10.0, "a second day."),
                ],
                vec!["The ceasefire held for a second day."],
            ),
            (
                "a wider gap starts a paragraph",
                vec![
                    (72.0, 700.0, 10.0, "First paragraph goes"),
                    (72.0, 688.0, 10.0, "on here."),
                    (72.0, 664.0, 10.0, "Second paragraph."),
                ],
                vec!["First paragraph goes on here.", "Second paragraph."],
            ),
            (
                "a word broken at the line end is joined again",
                vec![
                    (72.0, 700.0, 10.0, "the inter-"),
                    (72.0, 688.0, 10.0, "national monitors"),
                ],
                vec!["the international monitors"],
            ),
            (
                "a hyphen before a capital stays, with no space (a name, a compound)",
                vec![
                    (72.0, 700.0, 10.0, "the Anglo-"),
                    (72.0, 688.0, 10.0, "American talks"),
                ],
                vec!["the Anglo-American talks"],
            ),
            (
                "a word in capitals broken at the line end is joined again",
                vec![
                    (72.0, 700.0, 10.0, "if an element is OP-"),
                    (72.0, 688.0, 10.0, "TIONAL and absent"),
                ],
                vec!["if an element is OPTIONAL and absent"],
            ),
            (
                "a capital before a word in capitals is a compound",
                vec![
                    (72.0, 700.0, 10.0, "the US-"),
                    (72.0, 688.0, 10.0, "Iraqi talks"),
                ],
                vec!["the US-Iraqi talks"],
            ),
            (
                "a dash at the line end is not a broken word",
                vec![
                    (72.0, 700.0, 10.0, "the truce -"),
                    (72.0, 688.0, 10.0, "for now"),
                ],
                vec!["the truce - for now"],
            ),
            (
                "a soft hyphen always joins",
                vec![
                    (72.0, 700.0, 10.0, "cease\u{ad}"),
                    (72.0, 688.0, 10.0, "fire"),
                ],
                vec!["ceasefire"],
            ),
            (
                "a heading in a larger font is a paragraph of its own",
                vec![
                    (72.0, 700.0, 16.0, "Fighting in Basra"),
                    (72.0, 684.0, 10.0, "Gunmen fought the army"),
                    (72.0, 672.0, 10.0, "on Tuesday."),
                ],
                vec!["Fighting in Basra", "Gunmen fought the army on Tuesday."],
            ),
            (
                "an indented line after a short sentence end starts a paragraph",
                vec![
                    (
                        72.0,
                        700.0,
                        10.0,
                        "A full line of text that reaches the margin",
                    ),
                    (72.0, 688.0, 10.0, "It ended."),
                    (90.0, 676.0, 10.0, "A new paragraph, indented, reaches the"),
                    (72.0, 664.0, 10.0, "margin again."),
                ],
                vec![
                    "A full line of text that reaches the margin It ended.",
                    "A new paragraph, indented, reaches the margin again.",
                ],
            ),
            (
                "an indent without a sentence end before it is not a paragraph",
                vec![
                    (
                        72.0,
                        700.0,
                        10.0,
                        "A full line of text that reaches the margin",
                    ),
                    (90.0, 688.0, 10.0, "and goes on"),
                ],
                vec!["A full line of text that reaches the margin and goes on"],
            ),
        ];
        for (what, lines, want) in cases {
            assert_eq!(paragraphs(&[page(&lines)]).unwrap(), want, "{what}");
        }
    }

    #[test]
    fn runs_of_one_line_join_with_spaces_where_there_is_a_gap() {
        let run = |text: &str, x: f32, width: f32, eol: bool| TextItem {
            text: text.into(),
            x,
            y: 700.0,
            width,
            height: 10.0,
            eol,
        };
        let p = Page {
            items: vec![
                run("Prime", 72.0, 25.0, false),
                // a gap of 3 units: a space
                run("Minister", 100.0, 40.0, false),
                // right after: the same word ("Maliki" + "'s")
                run(" Maliki", 140.0, 30.0, false),
                run("'s", 170.0, 5.0, false),
                run("", 175.0, 0.0, true),
                TextItem {
                    text: "office said.".into(),
                    x: 72.0,
                    y: 688.0,
                    width: 60.0,
                    height: 10.0,
                    eol: true,
                },
            ],
        };
        assert_eq!(
            paragraphs(&[p]).unwrap(),
            ["Prime Minister Maliki's office said."]
        );
    }

    #[test]
    fn paragraphs_go_on_across_pages_unless_a_sentence_ended() {
        let one = page(&[
            (72.0, 700.0, 10.0, "The talks went on into the"),
            (72.0, 688.0, 10.0, "night, and"),
        ]);
        let two = page(&[
            (72.0, 700.0, 10.0, "ended at dawn."),
            (72.0, 688.0, 10.0, "More text."),
        ]);
        let three = page(&[(72.0, 700.0, 10.0, "A new page, a new paragraph.")]);
        assert_eq!(
            paragraphs(&[one, two, three]).unwrap(),
            [
                "The talks went on into the night, and ended at dawn. More text.",
                "A new page, a new paragraph."
            ]
        );
    }

    #[test]
    fn page_numbers_and_running_heads_go() {
        let pages: Vec<Page> = (1..=4)
            .map(|n| {
                let mut lines = vec![(
                    72.0,
                    760.0,
                    8.0,
                    "THE BASRA REPORT — MARCH 2008".to_string(),
                )];
                lines.extend(body(&[&format!("Text of page {n} goes"), "on and ends."]));
                lines.push((300.0, 40.0, 8.0, format!("Page {n} of 4")));
                owned(&lines)
            })
            .collect();
        let got = paragraphs(&pages).unwrap();
        assert_eq!(got.len(), 4, "{got:?}");
        for (n, p) in got.iter().enumerate() {
            assert_eq!(p, &format!("Text of page {} goes on and ends.", n + 1));
        }
        // a line repeated on fewer than half the pages, or inside a page, stays
        let mut lines = body(&["Reuters reported it.", "More text here."]);
        lines.insert(0, (72.0, 760.0, 10.0, "Reuters reported it.".into()));
        let kept = paragraphs(&[owned(&lines), owned(&body(&["x."])), owned(&body(&["y."]))]);
        assert!(kept.unwrap()[0].starts_with("Reuters reported it."));
    }

    #[test]
    fn what_is_a_page_number() {
        for (text, want) in [
            ("7", true),
            ("- 7 -", true),
            ("— 12 —", true),
            ("Page 7", true),
            ("page 7 of 12", true),
            ("7 of 12", true),
            ("7/12", true),
            ("p. 3", true),
            ("vii", true),
            ("2008", true),
            ("1,000 people", false),
            ("Chapter 7", false),
            ("Basra", false),
            ("civil", false),
            ("", false),
        ] {
            assert_eq!(page_number(text), want, "{text:?}");
        }
    }

    #[test]
    fn a_pdf_without_text_is_refused_with_a_reason() {
        let empty = Page {
            items: vec![TextItem {
                text: " ".into(),
                x: 0.0,
                y: 0.0,
                width: 0.0,
                height: 0.0,
                eol: true,
            }],
        };
        let err = paragraphs(&[empty.clone(), Page::default()]).unwrap_err();
        assert_eq!(err, PdfError::NoText { pages: 2 });
        assert!(err.to_string().contains("no text layer (2 pages"), "{err}");
        assert_eq!(
            paragraphs(&[]).unwrap_err().to_string(),
            "a PDF without pages"
        );
    }

    /// Pages as pdf.js read them from the PDFs that `scripts/fixtures/pdf.mjs` writes.
    fn fixture(name: &str) -> Vec<Page> {
        let path = format!(
            "{}/tests/data/import/{name}.pdf.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn a_pdf_read_by_pdf_js_reads_like_its_story() {
        assert_eq!(
            paragraphs(&fixture("basra")).unwrap(),
            [
                "Fighting in Basra",
                "Gunmen loyal to the cleric fought the army for a second day, and international \
                 monitors left the city.",
                "\"We will not leave,\" a spokesman said.",
                "The talks went on into the night and ended at dawn.",
            ]
        );
        assert_eq!(
            paragraphs(&fixture("scan")),
            Err(PdfError::NoText { pages: 2 })
        );
    }

    #[test]
    fn odd_numbers_never_panic() {
        let odd = [
            f32::NAN,
            f32::INFINITY,
            -f32::INFINITY,
            0.0,
            -5.0,
            1e30,
            -1e30,
        ];
        let mut items = Vec::new();
        for (i, &a) in odd.iter().enumerate() {
            for &b in &odd {
                items.push(TextItem {
                    text: format!("w{i}-"),
                    x: a,
                    y: b,
                    width: b,
                    height: a,
                    eol: i % 2 == 0,
                });
            }
        }
        let _ = paragraphs(&[Page { items }]);
    }
}
