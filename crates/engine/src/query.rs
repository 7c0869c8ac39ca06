//! The query language, parsed leniently: whatever a person types becomes a query (possibly
//! empty) plus notes explaining anything that was read differently than written.
//!
//! | syntax | meaning |
//! |---|---|
//! | `ceasefire basra` | all words must match (in the same document) |
//! | `"mahdi army"` | exact phrase (consecutive words in one paragraph) |
//! | `-word`, `-"a phrase"` | exclude documents that contain it |
//! | `basra OR baghdad` | either (binds tighter than the implicit AND) |
//! | `(a b) OR c` | groups |
//! | `cease*` | prefix |
//! | `person:Maliki`, `place:`, `org:`, `date:`, `entity:`, `speaker:`, `in:quotes` | filters, carried for the entity and quote views |
//!
//! In as-you-type mode the word being typed (the last one, when the text does not end with
//! a space) also matches as a prefix.
//!
//! ```
//! use sift_engine::query::{parse, Atom, Expr};
//! let q = parse("ceasefire -\"green zone\" basra OR baghdad", false);
//! assert_eq!(q.excluded, vec![Atom::phrase(&["green", "zone"])]);
//! assert_eq!(
//!     q.expr,
//!     Some(Expr::And(vec![
//!         Expr::Atom(Atom::term("ceasefire")),
//!         Expr::Or(vec![Expr::Atom(Atom::term("basra")), Expr::Atom(Atom::term("baghdad"))]),
//!     ]))
//! );
//! ```

use crate::tokenize::terms;

/// Most atoms a query keeps; the rest is dropped with a note.
pub const MAX_ATOMS: usize = 32;
/// Most terms in one phrase.
pub const MAX_PHRASE: usize = 16;

/// The smallest unit that matches text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// One normalized term; with `prefix`, any term that starts with it.
    Term { term: String, prefix: bool },
    /// Consecutive terms in one paragraph; with `prefix`, the last one is a prefix.
    Phrase { terms: Vec<String>, prefix: bool },
}

impl Atom {
    /// An exact term (already normalized).
    pub fn term(term: &str) -> Atom {
        Atom::Term {
            term: term.to_string(),
            prefix: false,
        }
    }

    /// A prefix term (already normalized).
    pub fn prefix(term: &str) -> Atom {
        Atom::Term {
            term: term.to_string(),
            prefix: true,
        }
    }

    /// An exact phrase of normalized terms.
    pub fn phrase(terms: &[&str]) -> Atom {
        Atom::Phrase {
            terms: terms.iter().map(|t| t.to_string()).collect(),
            prefix: false,
        }
    }

    /// The atom for a word or phrase as typed: normalized, a single term or a phrase of
    /// the word's parts (`al-Sadr` → `al sadr`). `None` when nothing in it is searchable.
    pub fn from_text(text: &str, prefix: bool) -> Option<Atom> {
        let mut t = terms(text);
        t.truncate(MAX_PHRASE);
        match t.len() {
            0 => None,
            1 => Some(Atom::Term {
                term: t.pop().unwrap_or_default(),
                prefix,
            }),
            _ => Some(Atom::Phrase { terms: t, prefix }),
        }
    }

    /// How the atom reads back, in the query language.
    pub fn display(&self) -> String {
        match self {
            Atom::Term { term, prefix } => format!("{term}{}", if *prefix { "*" } else { "" }),
            Atom::Phrase { terms, prefix } => {
                format!("\"{}{}\"", terms.join(" "), if *prefix { "*" } else { "" })
            }
        }
    }

    fn set_prefix(&mut self) {
        match self {
            Atom::Term { prefix, .. } | Atom::Phrase { prefix, .. } => *prefix = true,
        }
    }
}

/// A boolean combination of atoms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    Atom(Atom),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

impl Expr {
    /// Every atom in the expression, in order.
    pub fn atoms(&self) -> Vec<&Atom> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a Atom>) {
        match self {
            Expr::Atom(a) => out.push(a),
            Expr::And(xs) | Expr::Or(xs) => xs.iter().for_each(|x| x.collect(out)),
        }
    }
}

/// The field of a `field:value` filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Person,
    Place,
    Org,
    Date,
    Entity,
    Speaker,
    /// `in:quotes`: only text inside quotations.
    In,
    /// `year:1961`: documents dated that year (their front-matter date).
    Year,
}

impl Field {
    fn parse(name: &str) -> Option<Field> {
        Some(match name.to_ascii_lowercase().as_str() {
            "person" | "who" => Field::Person,
            "place" | "where" => Field::Place,
            "org" | "organization" | "organisation" => Field::Org,
            "date" | "when" => Field::Date,
            "entity" => Field::Entity,
            "speaker" => Field::Speaker,
            "in" => Field::In,
            "year" => Field::Year,
            _ => return None,
        })
    }

    /// The name used in the query language.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Person => "person",
            Field::Place => "place",
            Field::Org => "org",
            Field::Date => "date",
            Field::Entity => "entity",
            Field::Speaker => "speaker",
            Field::In => "in",
            Field::Year => "year",
        }
    }
}

/// A `field:value` filter, as typed (the value is not normalized).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub field: Field,
    pub value: String,
    pub negated: bool,
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// What must match; `None` when the query has no positive part.
    pub expr: Option<Expr>,
    /// Documents containing any of these are left out.
    pub excluded: Vec<Atom>,
    pub filters: Vec<Filter>,
    /// What the parser read differently than written, for the reader.
    pub notes: Vec<String>,
}

impl Query {
    /// True when the query asks for nothing at all.
    pub fn is_empty(&self) -> bool {
        self.expr.is_none() && self.excluded.is_empty() && self.filters.is_empty()
    }

    /// The positive atoms (the ones that are highlighted and scored).
    pub fn positive_atoms(&self) -> Vec<&Atom> {
        self.expr.as_ref().map(Expr::atoms).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Lexeme {
    Word(String),
    Phrase(String),
    Open,
    Close,
    Or,
    Not,
}

#[derive(Debug)]
struct Item {
    lexeme: Lexeme,
    negated: bool,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn lex(input: &str, notes: &mut Vec<String>) -> Vec<Item> {
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let mut items = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if c.is_whitespace() || c.is_control() {
            i += 1;
            continue;
        }
        let mut negated = false;
        let mut j = i;
        if c == '-' {
            if j + 1 >= chars.len() || chars[j + 1].1.is_whitespace() {
                i += 1; // a lone '-' means nothing
                continue;
            }
            negated = true;
            j += 1;
        }
        let (c, start) = (chars[j].1, j);
        let (lexeme, end) = if is_quote(c) {
            let close = chars[start + 1..].iter().position(|&(_, q)| is_quote(q));
            let end = close.map_or(chars.len(), |k| start + 1 + k);
            if close.is_none() {
                notes.push("closed the open quotation mark at the end".into());
            }
            let text = slice(input, &chars, start + 1, end);
            (Lexeme::Phrase(text.to_string()), (end + 1).min(chars.len()))
        } else if c == '(' {
            (Lexeme::Open, start + 1)
        } else if c == ')' {
            (Lexeme::Close, start + 1)
        } else {
            let mut end = start;
            while end < chars.len() {
                let ch = chars[end].1;
                if ch.is_whitespace() || ch.is_control() || is_quote(ch) || ch == '(' || ch == ')' {
                    break;
                }
                end += 1;
            }
            // `field:"quoted value"`
            let word = slice(input, &chars, start, end);
            if word.ends_with(':') && end < chars.len() && is_quote(chars[end].1) {
                let close = chars[end + 1..].iter().position(|&(_, q)| is_quote(q));
                let stop = close.map_or(chars.len(), |k| end + 1 + k);
                let value = slice(input, &chars, end + 1, stop);
                (
                    Lexeme::Word(format!("{word}{value}")),
                    (stop + 1).min(chars.len()),
                )
            } else {
                let lexeme = match word {
                    "OR" | "|" | "||" if !negated => Lexeme::Or,
                    "NOT" if !negated => Lexeme::Not,
                    "AND" | "&&" if !negated => {
                        i = end;
                        continue;
                    }
                    _ => Lexeme::Word(word.to_string()),
                };
                (lexeme, end)
            }
        };
        items.push(Item { lexeme, negated });
        i = end.max(i + 1);
    }
    items
}

fn slice<'a>(input: &'a str, chars: &[(usize, char)], from: usize, to: usize) -> &'a str {
    let start = chars.get(from).map_or(input.len(), |c| c.0);
    let end = chars.get(to).map_or(input.len(), |c| c.0);
    &input[start..end.max(start)]
}

struct Parser {
    items: Vec<Item>,
    pos: usize,
    as_you_type: bool,
    atoms: usize,
    excluded: Vec<Atom>,
    filters: Vec<Filter>,
    notes: Vec<String>,
}

/// Parse what a person typed. Never fails: anything unusable is dropped with a note.
pub fn parse(input: &str, as_you_type: bool) -> Query {
    let mut notes = Vec::new();
    let items = lex(input, &mut notes);
    let mut p = Parser {
        items,
        pos: 0,
        as_you_type: as_you_type && !input.ends_with(char::is_whitespace),
        atoms: 0,
        excluded: Vec::new(),
        filters: Vec::new(),
        notes,
    };
    let expr = p.sequence(0);
    if p.pos < p.items.len() {
        p.notes.push("ignored an unmatched ')'".into());
    }
    if expr.is_none() && p.excluded.is_empty() && p.filters.is_empty() && !input.trim().is_empty() {
        p.notes
            .push("nothing searchable in the query: type a word, a \"phrase\" or prefix*".into());
    }
    let mut notes = p.notes;
    notes.dedup();
    Query {
        expr,
        excluded: p.excluded,
        filters: p.filters,
        notes,
    }
}

impl Parser {
    /// Items up to the end or a closing parenthesis at `depth` > 0, implicitly ANDed.
    fn sequence(&mut self, depth: usize) -> Option<Expr> {
        let mut parts = Vec::new();
        while self.pos < self.items.len() {
            if self.items[self.pos].lexeme == Lexeme::Close {
                if depth > 0 {
                    self.pos += 1;
                    return join(parts, Expr::And);
                }
                // An unmatched ')' at the top level: skip it.
                self.notes.push("ignored an unmatched ')'".into());
                self.pos += 1;
                continue;
            }
            if let Some(e) = self.disjunction(depth) {
                parts.push(e);
            }
        }
        if depth > 0 {
            self.notes.push("closed the open '(' at the end".into());
        }
        join(parts, Expr::And)
    }

    /// One item, or several joined by OR.
    fn disjunction(&mut self, depth: usize) -> Option<Expr> {
        let mut alternatives = Vec::new();
        alternatives.extend(self.primary(depth));
        while self.pos < self.items.len() && self.items[self.pos].lexeme == Lexeme::Or {
            self.pos += 1;
            if self.pos >= self.items.len() || self.items[self.pos].lexeme == Lexeme::Close {
                self.notes
                    .push("ignored an OR with nothing after it".into());
                break;
            }
            alternatives.extend(self.primary(depth));
        }
        join(alternatives, Expr::Or)
    }

    fn primary(&mut self, depth: usize) -> Option<Expr> {
        let item = self.items.get(self.pos)?;
        let negated = item.negated;
        if item.lexeme == Lexeme::Not {
            self.pos += 1;
            let Some(next) = self.items.get_mut(self.pos) else {
                self.notes
                    .push("ignored a NOT with nothing after it".into());
                return None;
            };
            next.negated = !next.negated;
            return self.primary(depth);
        }
        let is_last = self.pos + 1 == self.items.len();
        let lexeme = item.lexeme.clone();
        self.pos += 1;
        match lexeme {
            Lexeme::Or => {
                self.notes
                    .push("ignored an OR with nothing before it".into());
                None
            }
            Lexeme::Close | Lexeme::Not => None,
            Lexeme::Open => {
                let inner = self.sequence(depth + 1);
                if negated {
                    self.notes
                        .push("a '-' before a group is not supported; the group is kept".into());
                }
                inner
            }
            Lexeme::Phrase(text) => {
                let star = text.trim_end().ends_with('*');
                let atom = Atom::from_text(&text, star)?;
                self.atom(atom, negated)
            }
            Lexeme::Word(word) => {
                if let Some((name, value)) = word.split_once(':') {
                    if let Some(field) = Field::parse(name) {
                        if value.trim().is_empty() {
                            self.notes
                                .push(format!("{name}: needs a value, like {name}:Basra"));
                            return None;
                        }
                        self.filters.push(Filter {
                            field,
                            value: value.trim().to_string(),
                            negated,
                        });
                        return None;
                    }
                }
                let (text, star) = match word.strip_suffix('*') {
                    Some(stem) => (stem.trim_end_matches('*'), true),
                    None => (word.as_str(), false),
                };
                let typing = self.as_you_type && is_last && !negated;
                let atom = Atom::from_text(text, star || typing)?;
                self.atom(atom, negated)
            }
        }
    }

    fn atom(&mut self, mut atom: Atom, negated: bool) -> Option<Expr> {
        if self.atoms >= MAX_ATOMS {
            self.notes.push(format!(
                "the query is long: only its first {MAX_ATOMS} words and phrases are used"
            ));
            return None;
        }
        self.atoms += 1;
        if let Atom::Term { term, prefix } = &atom {
            if *prefix && term.chars().count() < 2 {
                self.notes.push(format!(
                    "{term}* is too short for a prefix: searching for the word {term}"
                ));
                atom = Atom::term(term);
            }
        }
        if negated {
            self.excluded.push(atom);
            None
        } else {
            if let Atom::Phrase { prefix: true, .. } = atom {
                atom.set_prefix();
            }
            Some(Expr::Atom(atom))
        }
    }
}

fn join(mut parts: Vec<Expr>, make: fn(Vec<Expr>) -> Expr) -> Option<Expr> {
    match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(make(parts)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Expr {
        Expr::Atom(Atom::term(s))
    }
    fn p(s: &str) -> Expr {
        Expr::Atom(Atom::prefix(s))
    }
    fn ph(s: &[&str]) -> Expr {
        Expr::Atom(Atom::phrase(s))
    }

    #[test]
    fn constructs_table() {
        let cases: Vec<(&str, Option<Expr>)> = vec![
            ("", None),
            ("   ", None),
            ("basra", Some(t("basra"))),
            (
                "Basra CEASEFIRE",
                Some(Expr::And(vec![t("basra"), t("ceasefire")])),
            ),
            ("\"Mahdi Army\"", Some(ph(&["mahdi", "army"]))),
            ("“Mahdi Army”", Some(ph(&["mahdi", "army"]))),
            ("cease*", Some(p("cease"))),
            ("al-Sadr", Some(ph(&["al", "sadr"]))),
            ("Maliki’s", Some(ph(&["maliki", "s"]))),
            ("1,200", Some(ph(&["1", "200"]))),
            (
                "basra OR baghdad",
                Some(Expr::Or(vec![t("basra"), t("baghdad")])),
            ),
            (
                "a b OR c",
                Some(Expr::And(vec![t("a"), Expr::Or(vec![t("b"), t("c")])])),
            ),
            (
                "(mahdi army) OR militia",
                Some(Expr::Or(vec![
                    Expr::And(vec![t("mahdi"), t("army")]),
                    t("militia"),
                ])),
            ),
            ("a AND b", Some(Expr::And(vec![t("a"), t("b")]))),
            ("x -y", Some(t("x"))),
        ];
        for (input, want) in cases {
            let q = parse(input, false);
            assert_eq!(q.expr, want, "input: {input:?}");
        }
    }

    #[test]
    fn exclusions_and_filters() {
        let q = parse("ceasefire -basra -\"green zone\" NOT mortar person:Maliki place:\"Sadr City\" -speaker:Daoud in:quotes", false);
        assert_eq!(q.expr, Some(t("ceasefire")));
        assert_eq!(
            q.excluded,
            vec![
                Atom::term("basra"),
                Atom::phrase(&["green", "zone"]),
                Atom::term("mortar")
            ]
        );
        let filters: Vec<(Field, &str, bool)> = q
            .filters
            .iter()
            .map(|f| (f.field, f.value.as_str(), f.negated))
            .collect();
        assert_eq!(
            filters,
            [
                (Field::Person, "Maliki", false),
                (Field::Place, "Sadr City", false),
                (Field::Speaker, "Daoud", true),
                (Field::In, "quotes", false),
            ]
        );
        // an unknown field is just words
        assert_eq!(parse("foo:bar", false).expr, Some(ph(&["foo", "bar"])));
    }

    #[test]
    fn as_you_type_makes_the_last_word_a_prefix() {
        let cases: Vec<(&str, Option<Expr>)> = vec![
            ("cease", Some(p("cease"))),
            ("cease ", Some(t("cease"))),
            ("basra cease", Some(Expr::And(vec![t("basra"), p("cease")]))),
            ("\"mahdi ar\"", Some(ph(&["mahdi", "ar"]))),
            ("basra -cease", Some(t("basra"))),
            (
                "al-sa",
                Some(Expr::Atom(Atom::Phrase {
                    terms: vec!["al".into(), "sa".into()],
                    prefix: true,
                })),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse(input, true).expr, want, "input: {input:?}");
        }
    }

    #[test]
    fn malformed_input_never_fails() {
        let long = "word ".repeat(2_000);
        let cases: &[(&str, bool, &str)] = &[
            ("\"unbalanced quote", true, "closed the open quotation mark"),
            ("-", false, "nothing searchable"),
            ("- -", false, "nothing searchable"),
            ("OR", false, "OR with nothing before"),
            ("OR OR AND", false, "OR with nothing"),
            ("a OR", true, "OR with nothing after"),
            ("((a", true, "closed the open '('"),
            ("a))", true, "unmatched ')'"),
            ("!!! ???", false, "nothing searchable"),
            ("🙂🙂", false, "nothing searchable"),
            ("\u{0}\u{7}a\u{1b}[31m", true, ""),
            (&long, true, "only its first 32"),
            ("a*", true, "too short for a prefix"),
            ("***", false, "nothing searchable"),
            ("person:", false, "needs a value"),
        ];
        for (input, has_expr, note) in cases {
            let q = parse(input, false);
            assert_eq!(q.expr.is_some(), *has_expr, "input: {input:?} → {q:?}");
            if !note.is_empty() {
                assert!(
                    q.notes.iter().any(|n| n.contains(note)),
                    "input {input:?}: notes {:?} lack {note:?}",
                    q.notes
                );
            }
        }
        // 10,000 characters of anything
        let junk: String = (0..10_000)
            .map(|i| char::from_u32(32 + (i * 7919) % 5000).unwrap_or('x'))
            .collect();
        let q = parse(&junk, true);
        assert!(q.positive_atoms().len() <= MAX_ATOMS);
    }

    #[test]
    fn display_round_trips() {
        for atom in [
            Atom::term("basra"),
            Atom::prefix("cease"),
            Atom::phrase(&["mahdi", "army"]),
        ] {
            let q = parse(&atom.display(), false);
            assert_eq!(q.expr, Some(Expr::Atom(atom)));
        }
    }
}
