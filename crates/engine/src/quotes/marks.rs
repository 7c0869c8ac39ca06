//! Finding quotation spans: curly, straight, single and guillemet marks, apostrophes told
//! apart from closing single quotes, nesting, quotes continued over paragraphs, and
//! recovery from unbalanced marks at the end of the paragraph.
//!
//! ```
//! use sift_engine::quotes::marks::find_spans;
//! let paras = vec!["“Yes,” he said. “No.”".to_string()];
//! let spans = find_spans(&paras);
//! let texts: Vec<&str> = spans.iter().map(|s| &paras[0][s.start..s.end]).collect();
//! assert_eq!(texts, ["Yes,", "No."]);
//! ```

/// The family of a quotation mark: an opener only pairs with a closer of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
    Guillemet,
}

/// One span of text between a pair of quotation marks, inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub paragraph: usize,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte range of the quoted text (between the marks).
    pub start: usize,
    pub end: usize,
    /// Byte offset just after the closing mark (the paragraph end when unclosed).
    pub after: usize,
    /// False when no closing mark was found before the paragraph end.
    pub closed: bool,
    /// 0 for a top-level quote, 1 for a quote inside a quote, and so on.
    pub depth: usize,
    /// True when this span reopens a quote left open at the end of the previous paragraph.
    pub continues: bool,
    pub family: Family,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// A straight mark whose direction depends on what is open.
    Either(Family),
}

/// Short words written with a leading apostrophe ('em, 'til, '90s).
const ELISIONS: &[&str] = &["em", "til", "tis", "twas", "cause", "bout", "n", "round"];

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

fn is_opening_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{—–-/“‘«„:".contains(c))
}

/// What the mark at byte `i` of `text` is, or `None` when it is an apostrophe or not a mark.
fn classify(text: &str, i: usize, c: char, single_open: bool) -> Option<Role> {
    let prev = text[..i].chars().next_back();
    let rest = &text[i + c.len_utf8()..];
    let next = rest.chars().next();
    match c {
        '“' | '„' => Some(Role::Open(Family::Double)),
        '”' => Some(Role::Close(Family::Double)),
        '«' => Some(Role::Open(Family::Guillemet)),
        '»' => Some(Role::Close(Family::Guillemet)),
        '"' => {
            if is_opening_context(prev) && !is_space(next) {
                Some(Role::Open(Family::Double))
            } else if !is_space(prev) && (is_space(next) || !is_word(next)) {
                Some(Role::Close(Family::Double))
            } else {
                Some(Role::Either(Family::Double))
            }
        }
        '‘' | '’' | '\'' => {
            if is_word(prev) && is_word(next) {
                return None; // it’s, Ala’a, don't
            }
            if is_opening_context(prev) && !is_space(next) {
                let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                let lower = word.to_lowercase();
                let elided = ELISIONS.contains(&lower.as_str())
                    || (word.len() >= 2
                        && word.chars().take(2).all(|c| c.is_ascii_digit())
                        && matches!(&word[2..], "" | "s"));
                if c != '‘' && elided {
                    return None; // ’90s, 'em
                }
                return Some(Role::Open(Family::Single));
            }
            if c == '‘' {
                return Some(Role::Open(Family::Single));
            }
            if !is_space(prev) {
                if !single_open {
                    return None; // plural possessive (Hughes') or a stray apostrophe
                }
                // Hughes’ book inside an open single quote: a possessive when a lowercase
                // word follows and another closing candidate comes later.
                if prev == Some('s') && next == Some(' ') {
                    let after = rest.trim_start();
                    let lower_next = after.chars().next().is_some_and(|c| c.is_lowercase());
                    let later = after.contains(['’', '\'']);
                    if lower_next && later {
                        return None;
                    }
                }
                return Some(Role::Close(Family::Single));
            }
            None
        }
        _ => None,
    }
}

struct Open {
    family: Family,
    mark: usize,
    start: usize,
    continues: bool,
    /// Opened by a straight mark that ended the quote before it unclosed (a lost paragraph
    /// break): the index of that quote's span, in case this mark was its closer after all.
    reopens: Option<usize>,
}

/// Every quotation span of the paragraphs, in order of their opening marks.
pub fn find_spans(paragraphs: &[String]) -> Vec<Span> {
    let mut out = Vec::new();
    // The family of a top-level quote left open at the end of the previous paragraph.
    let mut carried: Option<Family> = None;
    for (p, text) in paragraphs.iter().enumerate() {
        let mut stack: Vec<Open> = Vec::new();
        let first_mark = text.char_indices().find(|(_, c)| !c.is_whitespace());
        for (i, c) in text.char_indices() {
            if !matches!(c, '“' | '”' | '„' | '"' | '‘' | '’' | '\'' | '«' | '»') {
                continue;
            }
            let single_open = stack.iter().any(|o| o.family == Family::Single);
            let Some(role) = classify(text, i, c, single_open) else {
                continue;
            };
            // `"We will stand by it. "It is right," he said.`: a straight mark opening a
            // sentence right after a finished sentence inside an open straight quote
            // reopens the quote where a paragraph break was lost. The first one ends
            // unclosed there.
            if c == '"'
                && stack.len() == 1
                && text[stack[0].mark..].starts_with('"')
                && text[..i].ends_with(' ')
                && text[i + 1..].chars().next().is_some_and(char::is_uppercase)
                && text[stack[0].start..i]
                    .trim_end()
                    .ends_with(['.', '!', '?'])
            {
                let open = stack.pop().expect("one opener");
                push_span(&mut out, p, text, &open, i, i, false, 0);
                stack.push(Open {
                    family: Family::Double,
                    mark: i,
                    start: i + 1,
                    continues: false,
                    reopens: Some(out.len() - 1),
                });
                continue;
            }
            let role = match role {
                Role::Either(f) => {
                    if stack.iter().any(|o| o.family == f) {
                        Role::Close(f)
                    } else {
                        Role::Open(f)
                    }
                }
                // A straight double mark while one is open at the top closes it.
                Role::Open(Family::Double)
                    if c == '"'
                        && stack.last().is_some_and(|o| {
                            o.family == Family::Double && text[o.mark..].starts_with('"')
                        }) =>
                {
                    Role::Close(Family::Double)
                }
                // „…“: the German closer looks like an English opener.
                Role::Open(Family::Double)
                    if c == '“'
                        && stack.last().is_some_and(|o| {
                            o.family == Family::Double && text[o.mark..].starts_with('„')
                        }) =>
                {
                    Role::Close(Family::Double)
                }
                r => r,
            };
            match role {
                Role::Open(family) => {
                    // “ while a “ is open: the first one was never closed (nested quotes
                    // use single marks). End it at its last sentence and start afresh.
                    if c == '“' && stack.len() == 1 && text[stack[0].mark..].starts_with('“') {
                        let open = stack.pop().expect("one opener");
                        let inner = &text[open.start..i];
                        let cut = inner
                            .rfind(['.', '!', '?'])
                            .map_or(i, |k| open.start + k + 1);
                        push_span(&mut out, p, text, &open, cut, cut, false, 0);
                    }
                    let continues = stack.is_empty()
                        && carried == Some(family)
                        && first_mark.is_some_and(|(j, _)| j == i);
                    stack.push(Open {
                        family,
                        mark: i,
                        start: i + c.len_utf8(),
                        continues,
                        reopens: None,
                    });
                }
                Role::Close(family) => {
                    let Some(pos) = stack.iter().rposition(|o| o.family == family) else {
                        continue; // a closer without an opener: ignored
                    };
                    // Openers above it were never closed: dropped.
                    stack.truncate(pos + 1);
                    let open = stack.pop().expect("position is inside the stack");
                    push_span(&mut out, p, text, &open, i, i + c.len_utf8(), true, pos);
                }
                Role::Either(_) => unreachable!("resolved above"),
            }
        }
        // Recover at the paragraph end: the outermost unclosed quote ends here. A reopened
        // quote that never closes was no reopening: its mark closed the quote before
        // (`… this season. "Seles, slow into her stride, slipped …`).
        carried = None;
        if let Some(idx) = stack.first().and_then(|o| o.reopens) {
            let mark = stack[0].mark;
            out[idx].closed = true;
            out[idx].after = mark + 1;
            stack.clear();
        }
        if let Some(open) = stack.first() {
            let end = text.len();
            push_span(&mut out, p, text, open, end, end, false, 0);
            carried = Some(open.family);
        }
    }
    out.sort_by_key(|s| (s.paragraph, s.open));
    out
}

#[allow(clippy::too_many_arguments)]
fn push_span(
    out: &mut Vec<Span>,
    paragraph: usize,
    text: &str,
    open: &Open,
    close: usize,
    after: usize,
    closed: bool,
    depth: usize,
) {
    let inner = &text[open.start..close];
    let start = open.start + (inner.len() - inner.trim_start().len());
    let end = (open.start + inner.trim_end().len()).max(start);
    if start >= end {
        return; // empty quotes: “”
    }
    out.push(Span {
        paragraph,
        open: open.mark,
        start,
        end,
        after,
        closed,
        depth,
        continues: open.continues,
        family: open.family,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paras: &[&str]) -> Vec<(usize, String, usize, bool)> {
        let paras: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
        find_spans(&paras)
            .into_iter()
            .map(|s| {
                (
                    s.paragraph,
                    paras[s.paragraph][s.start..s.end].to_string(),
                    s.depth,
                    s.continues,
                )
            })
            .collect()
    }

    #[test]
    fn spans_table() {
        type Want = &'static [(usize, &'static str, usize, bool)];
        let cases: &[(&str, &[&str], Want)] = &[
            ("curly", &["He said “yes” twice."], &[(0, "yes", 0, false)]),
            (
                "straight",
                &["He said \"yes, sir\" twice."],
                &[(0, "yes, sir", 0, false)],
            ),
            (
                "two straight quotes",
                &["\"A,\" he said. \"B.\""],
                &[(0, "A,", 0, false), (0, "B.", 0, false)],
            ),
            (
                "a straight quote reopened where a paragraph break was lost",
                &["\"We will stand by it. \"It is right,\" he said. \"Yes.\""],
                &[
                    (0, "We will stand by it.", 0, false),
                    (0, "It is right,", 0, false),
                    (0, "Yes.", 0, false),
                ],
            ),
            (
                "a stray space before a closing straight quote",
                &["\"I want to win this season. \"Seles, slow into her stride, slipped."],
                &[(0, "I want to win this season.", 0, false)],
            ),
            (
                "a closing straight quote after a full stop",
                &["\"We will stand by it.\" It is right."],
                &[(0, "We will stand by it.", 0, false)],
            ),
            (
                "curly single",
                &["She called it ‘a mess’ today."],
                &[(0, "a mess", 0, false)],
            ),
            (
                "straight single",
                &["She called it 'a mess' today."],
                &[(0, "a mess", 0, false)],
            ),
            (
                "guillemets",
                &["Il a dit « non » hier."],
                &[(0, "non", 0, false)],
            ),
            (
                "apostrophes are not quotes",
                &["Iraq’s oil and it’s Ala’a's."],
                &[],
            ),
            (
                "plural possessive",
                &["The Hughes' house and the Joneses’ car."],
                &[],
            ),
            (
                "plural possessive inside a single quote",
                &["He said ‘the Hughes’ house is ours’ loudly."],
                &[(0, "the Hughes’ house is ours", 0, false)],
            ),
            ("elisions", &["Back in the ’90s we said 'em."], &[]),
            (
                "nested",
                &["“He told me ‘never’ again,” she said."],
                &[
                    (0, "He told me ‘never’ again,", 0, false),
                    (0, "never", 1, false),
                ],
            ),
            (
                "multi-paragraph",
                &["“First part.", "“Second part.", "“Last part,” he said."],
                &[
                    (0, "First part.", 0, false),
                    (1, "Second part.", 0, true),
                    (2, "Last part,", 0, true),
                ],
            ),
            (
                "an opener while one is open ends the first at its last sentence",
                &["“One is open. They said “two” here."],
                &[(0, "One is open.", 0, false), (0, "two", 0, false)],
            ),
            (
                "unbalanced recovers at the paragraph end",
                &[
                    "He said “this never ends.",
                    "Next paragraph “is fine” here.",
                ],
                &[(0, "this never ends.", 0, false), (1, "is fine", 0, false)],
            ),
            (
                "stray closer ignored",
                &["Odd” mark and “real one” here."],
                &[(0, "real one", 0, false)],
            ),
            ("empty quotes", &["An empty “” pair."], &[]),
            (
                "german",
                &["Er sagte „nein“ dann."],
                &[(0, "nein", 0, false)],
            ),
        ];
        for (name, paras, want) in cases {
            let got = texts(paras);
            let want: Vec<(usize, String, usize, bool)> = want
                .iter()
                .map(|(p, t, d, c)| (*p, t.to_string(), *d, *c))
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn offsets_point_between_the_marks() {
        let paras = vec!["Él dijo «sí» 🙂 y “ya”.".to_string()];
        for s in find_spans(&paras) {
            let t = &paras[0];
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            assert!(matches!(&t[s.open..s.start], "«" | "“"));
            assert!(matches!(&t[s.end..s.after], "»" | "”"));
        }
    }
}
