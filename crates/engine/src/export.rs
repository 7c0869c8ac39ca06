//! Exporting what a view shows, as rows for a spreadsheet (CSV) or a program (JSON).
//!
//! Four views, one row type each, every row naming its document (id and title), the
//! 1-based paragraph the app shows as "¶3", and a link back into the app:
//!
//! - [`quotes`] → [`QuotesRow`]: speaker, cue, quotation, kind;
//! - [`entities`] → [`EntitiesRow`]: kind, name, mentions, documents (its link selects it);
//! - [`results`] → [`ResultsRow`]: rank, score, the passage as the result list shows it;
//! - [`concordance`] → [`ConcordanceRow`]: left context, keyword, right context.
//!
//! [`csv`] writes rows as RFC 4180 CSV (a header row, CRLF line ends, UTF-8 with a byte
//! order mark so that spreadsheets read it as UTF-8), quoting as RFC 4180 says. The rows
//! derive `Serialize` with the CSV's column names; [`json`] writes the same rows as a JSON
//! array of objects with those fields, byte for byte what `serde_json::to_string_pretty`
//! writes (a test holds it to that), without `serde_json` and its float tables in the
//! browser's wasm.
//!
//! Links are the app's own routes (`src/route.rs`): relative query strings such as
//! `?q=ceasefire&person=Muqtada+al-Sadr&doc=basra#p3`, made absolute by a base URL.
//!
//! The narrowing by selected entities is the engine's ([`crate::filter::selections`],
//! [`crate::filter::narrow`]), the same the app runs around its search; [`run_search`] runs
//! it as the app does, so that an export made outside the app lists what the app
//! would.
//!
//! ```
//! use sift_engine::export::{csv, link, Row, EntitiesRow};
//! use sift_engine::entities::EntityKind;
//! let rows = [EntitiesRow {
//!     kind: EntityKind::Place,
//!     name: "Basra, Iraq".into(),
//!     mentions: 3,
//!     documents: 1,
//!     link: link(None, None, None, "", &[(EntityKind::Place, "Basra, Iraq".into())]),
//! }];
//! assert_eq!(
//!     csv(&rows),
//!     "\u{feff}kind,name,mentions,documents,link\r\nplace,\"Basra, Iraq\",3,1,?place=Basra%2C+Iraq\r\n"
//! );
//! ```

use crate::artifact::DocAnalysis;
use crate::entities::{Entity, EntityKind};
use crate::entity_table::EntityRow;
use crate::filter::{
    exclusions, mentions_any, quote_by, quote_involves, select, selections, speaker_filter,
    DocFacts, DocFilter,
};
use crate::highlight::{fragment, kwic, Highlighter};
use crate::index::Index;
use crate::query::{self, Query};
use crate::quotes::{Quote, QuoteKind};
use crate::search::{search, SearchResults};
use crate::Document;
use serde::Serialize;
use std::borrow::Cow;

/// Characters of a long passage shown around its first match (as in the result list).
pub const SNIPPET_CHARS: usize = 320;
/// Characters of context on each side of a concordance line (as in the Concordance view).
pub const CONTEXT_CHARS: usize = 60;

// ---------------------------------------------------------------------------------------
// Links

/// The URL parameter of each entity kind (`person=`, `place=`, `org=`, `date=`), as
/// `src/route.rs` names them.
pub fn kind_param(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organization => "org",
        EntityKind::Date => "date",
    }
}

/// Encode a query-string value the way the app does: letters, digits and `-_.~` as they
/// are, a space as `+`, every other byte as `%XX` (`Nouri al-Maliki` → `Nouri+al-Maliki`).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A link into the app: the search `query` (as typed), the selected `entities`, the open
/// document and its 1-based `paragraph` (`#p3`), with the app's parameter names, order and
/// encoding (`src/route.rs`, `Route::href`): `?q=…&person=…&doc=…#p3`. Without a `base` it
/// is relative (`?doc=a#p3`, as the app's own links are); with one, anything after a `?` or
/// `#` in the base is dropped and the query string appended
/// (`https://example.org/sift/?doc=a#p3`). Empty values, duplicate selections and
/// paragraph 0 are left out, as the app would drop them.
pub fn link(
    base: Option<&str>,
    doc: Option<&str>,
    paragraph: Option<usize>,
    query: &str,
    entities: &[(EntityKind, String)],
) -> String {
    let base = base.map_or("", |b| b.split(['?', '#']).next().unwrap_or(""));
    let mut out = String::from(base);
    out.push('?');
    let mut params: Vec<String> = Vec::new();
    if !query.is_empty() {
        params.push(format!("q={}", encode(query)));
    }
    for (i, (kind, name)) in entities.iter().enumerate() {
        let repeated = entities[..i].iter().any(|(k, n)| k == kind && n == name);
        if !name.trim().is_empty() && !repeated {
            params.push(format!("{}={}", kind_param(*kind), encode(name)));
        }
    }
    if let Some(doc) = doc.filter(|d| !d.is_empty()) {
        params.push(format!("doc={}", encode(doc)));
    }
    out.push_str(&params.join("&"));
    if let Some(p) = paragraph.filter(|&p| p > 0) {
        out.push_str(&format!("#p{p}"));
    }
    out
}

/// What every link of an export keeps: the base URL, the query and the selected entities
/// (so a row opens its passage within the same search, as the app's own links do).
#[derive(Debug, Clone, Copy, Default)]
pub struct Links<'a> {
    pub base: Option<&'a str>,
    pub query: &'a str,
    pub entities: &'a [(EntityKind, String)],
}

impl Links<'_> {
    /// The link to a document (and 1-based paragraph) within this search.
    pub fn to(&self, doc: Option<&str>, paragraph: Option<usize>) -> String {
        link(self.base, doc, paragraph, self.query, self.entities)
    }
}

// ---------------------------------------------------------------------------------------
// Rows

/// A row of an export: its cells, in the order of its columns.
pub trait Row: Serialize {
    /// The column names: the CSV header, and the JSON field names, in order.
    const COLUMNS: &'static [&'static str];
    /// What each column holds in JSON, in the order of [`Row::COLUMNS`].
    const JSON: &'static [Json];
    /// The row's cells as text, one per column (an absent value is empty).
    fn cells(&self) -> Vec<Cow<'_, str>>;
}

/// What a column's cells are in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Json {
    /// A string.
    Text,
    /// A string, or `null` when the cell is empty (a quote without a speaker).
    OptionalText,
    /// A number (a float with a fraction, `3.0`, when [`Json::Float`]).
    Integer,
    /// A number, or `null` when the cell is empty.
    OptionalInteger,
    /// A number with a fraction always (`12.0`, as serde writes an `f32`).
    Float,
}

/// One quotation of the Quotes view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotesRow {
    /// The document's id.
    pub document: String,
    /// The document's title.
    pub title: String,
    /// 1-based, as the app shows it (¶3).
    pub paragraph: usize,
    /// The speaker's name (the linked entity's name when there is one); none when no
    /// speaker was found (the app shows "(unattributed)").
    pub speaker: Option<String>,
    /// The speech verb that attributes it ("said", "according to"), if any.
    pub cue: Option<String>,
    /// The quoted text.
    pub quote: String,
    /// `quote` (somebody's words) or `term` (scare quotes, titles).
    pub kind: &'static str,
    pub link: String,
}

/// One entity of the Entities view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntitiesRow {
    pub kind: EntityKind,
    pub name: String,
    /// Mentions in all documents.
    pub mentions: usize,
    /// Documents that mention it.
    pub documents: usize,
    /// The app with this entity selected (added to the selection already in force).
    pub link: String,
}

/// One passage of the search results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultsRow {
    pub document: String,
    pub title: String,
    /// 1-based; none for a document that matched without a passage (its title).
    pub paragraph: Option<usize>,
    /// The document's rank, 1 for the best.
    pub rank: usize,
    /// The passage's score (BM25; mentions of the selection when there is no keyword),
    /// to three decimals.
    pub score: f32,
    /// The passage as the result list shows it: a long one cut around its first match,
    /// with "…" where it was cut.
    pub snippet: String,
    pub link: String,
}

/// One line of the concordance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConcordanceRow {
    pub document: String,
    pub title: String,
    /// 1-based.
    pub paragraph: usize,
    pub left: String,
    pub keyword: String,
    pub right: String,
    pub link: String,
}

fn text(s: &str) -> Cow<'_, str> {
    Cow::Borrowed(s)
}

fn number(n: impl std::fmt::Display) -> Cow<'static, str> {
    Cow::Owned(n.to_string())
}

/// A score to at most three decimals ("12.345", "0.5", "3"), with integer arithmetic: the
/// score is rounded to thousandths when the row is made, and this writes what `f32`'s
/// `Display` writes for such a number below a million, without linking float formatting
/// into the browser's wasm. Not a finite number: "NaN", "inf" or "-inf", as `Display`
/// writes them.
fn decimal(v: f32) -> Cow<'static, str> {
    if v.is_nan() {
        return Cow::Borrowed("NaN");
    }
    if v.is_infinite() {
        return Cow::Borrowed(if v > 0.0 { "inf" } else { "-inf" });
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let thousandths = (f64::from(v).abs() * 1000.0).round();
    if thousandths >= 1e18 {
        // (no score comes near: its whole value, without the float's shortest form)
        return Cow::Owned(format!("{sign}{}", f64::from(v).abs() as u128));
    }
    let thousandths = thousandths as u64;
    let (whole, mut part) = (thousandths / 1000, thousandths % 1000);
    if part == 0 {
        return Cow::Owned(format!("{sign}{whole}"));
    }
    let mut digits = 3;
    while part % 10 == 0 {
        part /= 10;
        digits -= 1;
    }
    Cow::Owned(format!("{sign}{whole}.{part:0digits$}"))
}

fn optional(v: Option<impl std::fmt::Display>) -> Cow<'static, str> {
    v.map_or(Cow::Borrowed(""), number)
}

impl Row for QuotesRow {
    const COLUMNS: &'static [&'static str] = &[
        "document",
        "title",
        "paragraph",
        "speaker",
        "cue",
        "quote",
        "kind",
        "link",
    ];
    const JSON: &'static [Json] = &[
        Json::Text,
        Json::Text,
        Json::Integer,
        Json::OptionalText,
        Json::OptionalText,
        Json::Text,
        Json::Text,
        Json::Text,
    ];
    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            text(&self.document),
            text(&self.title),
            number(self.paragraph),
            text(self.speaker.as_deref().unwrap_or("")),
            text(self.cue.as_deref().unwrap_or("")),
            text(&self.quote),
            text(self.kind),
            text(&self.link),
        ]
    }
}

impl Row for EntitiesRow {
    const COLUMNS: &'static [&'static str] = &["kind", "name", "mentions", "documents", "link"];
    const JSON: &'static [Json] = &[
        Json::Text,
        Json::Text,
        Json::Integer,
        Json::Integer,
        Json::Text,
    ];
    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            text(self.kind.as_str()),
            text(&self.name),
            number(self.mentions),
            number(self.documents),
            text(&self.link),
        ]
    }
}

impl Row for ResultsRow {
    const COLUMNS: &'static [&'static str] = &[
        "document",
        "title",
        "paragraph",
        "rank",
        "score",
        "snippet",
        "link",
    ];
    const JSON: &'static [Json] = &[
        Json::Text,
        Json::Text,
        Json::OptionalInteger,
        Json::Integer,
        Json::Float,
        Json::Text,
        Json::Text,
    ];
    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            text(&self.document),
            text(&self.title),
            optional(self.paragraph),
            number(self.rank),
            decimal(self.score),
            text(&self.snippet),
            text(&self.link),
        ]
    }
}

impl Row for ConcordanceRow {
    const COLUMNS: &'static [&'static str] = &[
        "document",
        "title",
        "paragraph",
        "left",
        "keyword",
        "right",
        "link",
    ];
    const JSON: &'static [Json] = &[
        Json::Text,
        Json::Text,
        Json::Integer,
        Json::Text,
        Json::Text,
        Json::Text,
        Json::Text,
    ];
    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            text(&self.document),
            text(&self.title),
            number(self.paragraph),
            text(&self.left),
            text(&self.keyword),
            text(&self.right),
            text(&self.link),
        ]
    }
}

// ---------------------------------------------------------------------------------------
// CSV

/// The rows as CSV (RFC 4180): a byte order mark, the header row, one record per row,
/// each ended by CRLF; a field is quoted when it holds a comma, a quote or a line break,
/// its quotes doubled. No rows: the header alone.
///
/// A field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return: OWASP's "CSV injection") starts with an apostrophe instead: a
/// document's text can be written by anyone (a leaked memo, a hostile page), and opening
/// its export must not run `=HYPERLINK(…)` or `=cmd|…`. JSON keeps every text as it is.
pub fn csv<R: Row>(rows: &[R]) -> String {
    write_csv(R::COLUMNS, &mut rows.iter().map(Row::cells))
}

/// [`csv`] for any row type: written once, not once per row type, in the browser's wasm.
fn write_csv<'a>(columns: &[&str], rows: &mut dyn Iterator<Item = Vec<Cow<'a, str>>>) -> String {
    let mut out = String::from("\u{feff}");
    record(&mut out, columns.iter().map(|c| Cow::Borrowed(*c)));
    for cells in rows {
        record(&mut out, cells.into_iter().map(inert));
    }
    out
}

// ---------------------------------------------------------------------------------------
// JSON

/// The rows as a JSON array of objects, one field per column in column order, indented by
/// two spaces as `serde_json::to_string_pretty` writes them (`[]` for no rows). Strings are
/// escaped as JSON requires (quote, backslash, control characters) and kept otherwise;
/// an empty optional cell is `null`; a float that is not finite is `null`, as serde writes
/// it.
pub fn json<R: Row>(rows: &[R]) -> String {
    write_json(R::COLUMNS, R::JSON, &mut rows.iter().map(Row::cells))
}

/// [`json`] for any row type, written once.
fn write_json<'a>(
    columns: &[&str],
    kinds: &[Json],
    rows: &mut dyn Iterator<Item = Vec<Cow<'a, str>>>,
) -> String {
    let mut out = String::from("[");
    let mut empty = true;
    for cells in rows {
        out.push_str(if empty { "\n  {" } else { ",\n  {" });
        empty = false;
        for (i, ((column, kind), cell)) in columns.iter().zip(kinds).zip(cells).enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            json_string(&mut out, column);
            out.push_str(": ");
            match kind {
                Json::OptionalText | Json::OptionalInteger if cell.is_empty() => {
                    out.push_str("null")
                }
                Json::Text | Json::OptionalText => json_string(&mut out, &cell),
                Json::Integer | Json::OptionalInteger => out.push_str(&cell),
                // (the cell is a number as [`decimal`] writes it, or NaN / inf)
                Json::Float if cell.is_empty() || cell.contains(['N', 'i']) => out.push_str("null"),
                Json::Float => {
                    out.push_str(&cell);
                    if !cell.contains('.') {
                        out.push_str(".0");
                    }
                }
            }
        }
        out.push_str("\n  }");
    }
    if empty {
        return "[]".into();
    }
    out.push_str("\n]");
    out
}

/// `text` as a JSON string, quoted and escaped (as serde_json escapes it).
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    let mut from = 0;
    for (at, c) in text.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        out.push_str(&text[from..at]);
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let b = c as u8;
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        } else {
            out.push_str(escaped);
        }
        from = at + c.len_utf8();
    }
    out.push_str(&text[from..]);
    out.push('"');
}

/// `cell`, with an apostrophe before it when a spreadsheet would take it for a formula.
fn inert(cell: Cow<'_, str>) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        cell
    }
}

/// One CSV record: its fields, comma-separated, ended by CRLF; a field is quoted when it
/// holds a comma, a quote or a line break (csv-core's `QuoteStyle::Necessary`), its
/// quotes doubled by csv-core's `quote`. (Not through csv-core's `Writer`: its quoting
/// styles include one that parses numbers, which links float parsing and its tables, a
/// tenth of the export code, into the browser's wasm. The tests read every file back
/// with csv-core's reader.)
fn record<'a>(out: &mut String, cells: impl IntoIterator<Item = Cow<'a, str>>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            let mut quoted = vec![0; 2 * cell.len()];
            let (_, _, written) = csv_core::quote(cell.as_bytes(), &mut quoted, b'"', b'\\', true);
            quoted.truncate(written);
            // csv-core only doubles the ASCII quotes of UTF-8 text
            out.push_str(&String::from_utf8_lossy(&quoted));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// A search as the app runs it for its Results and Concordance views.
#[derive(Debug, Clone)]
pub struct ViewSearch {
    /// The query as parsed.
    pub query: Query,
    /// The results, narrowed by the selected entities.
    pub results: SearchResults,
    /// Marks the keyword's matches, or, without a keyword, the selected names.
    pub highlighter: Highlighter,
    /// The query has a keyword part (words, phrases).
    pub keyword: bool,
    /// The entity selections in force (chips and the query's filters).
    pub selected: Vec<(EntityKind, String)>,
}

/// Run `q` as the app does (`src/search.rs`, `Request::run`): the query, then the
/// selected entities (`chips` and the query's filters) narrow it; filters alone select like
/// chips (every passage that mentions them). `None` when there is nothing to search for
/// (the app then shows no results). The query is read as complete (the app also reads
/// the last word as a prefix while it is being typed).
pub fn run_search<E: AsRef<[Entity]>>(
    index: &Index,
    entities: &[E],
    paragraphs: &[usize],
    docs: &[DocFacts],
    q: &str,
    chips: &[(EntityKind, String)],
) -> Option<ViewSearch> {
    let query = query::parse(q, false);
    let typed = !q.trim().is_empty();
    let found = select(index, entities, paragraphs, docs, &query, typed, chips)?;
    let highlighter = match &found.marks {
        Some(marks) => Highlighter::new(&query::parse(marks, false), &SearchResults::default()),
        None => Highlighter::new(&query, &found.results),
    };
    Some(ViewSearch {
        keyword: typed && query.expr.is_some(),
        query,
        results: found.results,
        highlighter,
        selected: found.selected,
    })
}

// ---------------------------------------------------------------------------------------
// The views

/// Which quotations the Quotes view lists.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteFilter<'a> {
    /// The keyword search's marks: a quotation is listed only when they mark something in
    /// its text. `None` without a keyword.
    pub keyword: Option<&'a Highlighter>,
    /// Selected entities: a quotation is listed only when it is by or mentions each of
    /// them ([`quote_involves`]).
    pub entities: &'a [(EntityKind, String)],
    /// Only quotations by this speaker ([`quote_by`]).
    pub speaker: Option<&'a str>,
    /// List quoted terms (scare quotes, titles) too.
    pub terms: bool,
    /// Only quotations of documents that the query's document filters (`year:`,
    /// `in:mine`) keep.
    pub documents: Option<&'a DocFilter>,
    /// No quotation of a document that mentions one of these ([`exclusions`]).
    pub left_out: &'a [(Option<EntityKind>, String)],
}

impl QuoteFilter<'_> {
    /// Are a document's quotations (its facts, its entities) listed at all?
    pub fn keeps_document(&self, facts: DocFacts, entities: &[Entity]) -> bool {
        self.documents.is_none_or(|f| f.keeps(facts)) && !mentions_any(entities, self.left_out)
    }
}

impl QuoteFilter<'_> {
    /// Is `quote` (of a document with these `entities`) listed?
    pub fn keeps(&self, quote: &Quote, entities: &[Entity]) -> bool {
        (quote.kind != QuoteKind::Term || self.terms)
            && (self.entities.is_empty() || quote_involves(quote, entities, self.entities))
            && !self
                .keyword
                .is_some_and(|h| h.spans(&quote.text).is_empty())
            && self.speaker.is_none_or(|s| quote_by(quote, entities, s))
    }
}

/// What an export names a document by: its id and its title (a [`Document`], or a
/// catalog's line when the text is not at hand).
pub trait Named {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
}

impl Named for Document {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Named for crate::artifact::CatalogEntry {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

/// The documents an export reads the texts of, by their number in the corpus: a slice of
/// them, or a page's packed texts ([`crate::artifact::Texts`]) opened one at a time.
pub trait Docs {
    type Doc: std::ops::Deref<Target = Document>;
    /// Document `n`, or `None` if there is none (or its text cannot be read).
    fn doc(&self, n: usize) -> Option<Self::Doc>;
}

impl<'a> Docs for &'a [Document] {
    type Doc = &'a Document;
    fn doc(&self, n: usize) -> Option<&'a Document> {
        self.get(n)
    }
}

/// The Quotes view's quotations, in corpus and text order; `facts` and `analyses` are the
/// documents' ([`crate::artifact::Artifact::facts`]), in the same order as `docs`.
pub fn quotes(
    docs: &[impl Named],
    facts: &[DocFacts],
    analyses: &[DocAnalysis],
    filter: &QuoteFilter,
    links: &Links,
) -> Vec<QuotesRow> {
    let mut out = Vec::new();
    for (i, (doc, a)) in docs.iter().zip(analyses).enumerate() {
        if !filter.keeps_document(facts.get(i).copied().unwrap_or_default(), &a.entities) {
            continue;
        }
        for q in &a.quotes {
            if !filter.keeps(q, &a.entities) {
                continue;
            }
            let speaker = q.speaker.as_ref().map(|s| {
                s.entity
                    .and_then(|i| a.entities.get(i))
                    .map_or_else(|| s.name.clone(), |e| e.name.clone())
            });
            out.push(QuotesRow {
                document: doc.id().to_string(),
                title: doc.title().to_string(),
                paragraph: q.paragraph + 1,
                speaker,
                cue: q.cue.clone(),
                quote: q.text.clone(),
                kind: match q.kind {
                    QuoteKind::Speech => "quote",
                    QuoteKind::Term => "term",
                },
                link: links.to(Some(doc.id()), Some(q.paragraph + 1)),
            });
        }
    }
    out
}

/// The Entities view's table: people, organizations, places, dates (in that order, as the
/// view groups them), most mentioned first within each, those whose name contains
/// `filter` (ignoring case; the view's filter box) or all of them. Each link selects the
/// entity, adding it to the selection in force.
pub fn entities(table: &[EntityRow], filter: &str, links: &Links) -> Vec<EntitiesRow> {
    let needle = filter.trim().to_lowercase();
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Date,
    ];
    let mut out = Vec::new();
    for kind in kinds {
        for r in table.iter().filter(|r| {
            r.kind == kind && (needle.is_empty() || r.name.to_lowercase().contains(&needle))
        }) {
            let mut selected = links.entities.to_vec();
            if !selected.iter().any(|(k, n)| *k == r.kind && *n == r.name) {
                selected.push((r.kind, r.name.clone()));
            }
            out.push(EntitiesRow {
                kind: r.kind,
                name: r.name.clone(),
                mentions: r.mentions,
                documents: r.documents,
                link: link(links.base, None, None, links.query, &selected),
            });
        }
    }
    out
}

/// The search results: one row per matching passage, documents best first and each
/// document's passages best first (a document that matched by its title alone: one row
/// without a paragraph). `highlighter` marks the matches, as in the result list.
pub fn results(
    docs: impl Docs,
    results: &SearchResults,
    highlighter: &Highlighter,
    links: &Links,
) -> Vec<ResultsRow> {
    let mut out = Vec::new();
    for (rank, hit) in results.docs.iter().enumerate() {
        let Some(doc) = docs.doc(hit.doc) else {
            continue;
        };
        let row = |paragraph: Option<usize>, score: f32, snippet: String| ResultsRow {
            document: doc.id.clone(),
            title: doc.title.clone(),
            paragraph,
            rank: rank + 1,
            score: (score * 1000.0).round() / 1000.0,
            snippet,
            link: links.to(Some(&doc.id), paragraph),
        };
        if hit.passages.is_empty() {
            out.push(row(None, hit.score, String::new()));
        }
        for p in &hit.passages {
            let Some(text) = doc.paragraphs.get(p.paragraph) else {
                continue;
            };
            out.push(row(
                Some(p.paragraph + 1),
                p.score,
                snippet(text, highlighter),
            ));
        }
    }
    out
}

/// The part of a passage the result list shows: all of a short one, about
/// [`SNIPPET_CHARS`] around the first match of a long one, "…" marking the cuts.
fn snippet(text: &str, highlighter: &Highlighter) -> String {
    let window = fragment(text, &highlighter.spans(text), SNIPPET_CHARS);
    let Some(piece) = text.get(window.clone()) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(piece.len() + 8);
    if window.start > 0 {
        out.push_str("… ");
    }
    out.push_str(piece);
    if window.end < text.len() {
        out.push_str(" …");
    }
    out
}

/// How concordance lines are ordered (the Concordance view's `sort=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Ranked documents, text order inside each.
    #[default]
    Rank,
    /// By the word left of the match.
    Left,
    /// By the word right of the match.
    Right,
}

/// The concordance: every match of `highlighter` in the matching passages, with
/// [`CONTEXT_CHARS`] of context each side, in `order` (all lines: the view shows the first
/// thousand).
pub fn concordance(
    docs: impl Docs,
    results: &SearchResults,
    highlighter: &Highlighter,
    order: Order,
    links: &Links,
) -> Vec<ConcordanceRow> {
    // (each document's id and title, and each line's document among them)
    let mut named: Vec<(String, String)> = Vec::new();
    let mut lines = Vec::new();
    for hit in &results.docs {
        let Some(doc) = docs.doc(hit.doc) else {
            continue;
        };
        let mut paragraphs: Vec<usize> = hit.passages.iter().map(|p| p.paragraph).collect();
        crate::sort::by(&mut paragraphs, Ord::cmp);
        paragraphs.dedup();
        let which = named.len();
        named.push((doc.id.clone(), doc.title.clone()));
        for paragraph in paragraphs {
            let Some(text) = doc.paragraphs.get(paragraph) else {
                continue;
            };
            let spans = highlighter.spans(text);
            lines.extend(
                kwic(text, &spans, CONTEXT_CHARS)
                    .into_iter()
                    .map(|line| (which, paragraph, line)),
            );
        }
    }
    let by_keyword = |a: &crate::highlight::KwicLine, b: &crate::highlight::KwicLine| {
        a.keyword.to_lowercase().cmp(&b.keyword.to_lowercase())
    };
    match order {
        Order::Rank => {}
        Order::Left => crate::sort::by(&mut lines, |a, b| {
            a.2.left_word
                .cmp(&b.2.left_word)
                .then_with(|| by_keyword(&a.2, &b.2))
        }),
        Order::Right => crate::sort::by(&mut lines, |a, b| {
            a.2.right_word
                .cmp(&b.2.right_word)
                .then_with(|| by_keyword(&a.2, &b.2))
        }),
    }
    lines
        .into_iter()
        .map(|(which, paragraph, line)| {
            let (id, title) = &named[which];
            ConcordanceRow {
                document: id.clone(),
                title: title.clone(),
                paragraph: paragraph + 1,
                left: line.left,
                keyword: line.keyword,
                right: line.right,
                link: links.to(Some(id), Some(paragraph + 1)),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// One call for a whole corpus (the CLI)

/// The views that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Quotes,
    Entities,
    Results,
    Concordance,
}

impl View {
    /// Every view, in the app's tab order.
    pub const ALL: [View; 4] = [
        View::Results,
        View::Concordance,
        View::Entities,
        View::Quotes,
    ];

    /// The view's name (`quotes`, as in the app's `view=quotes`).
    pub fn as_str(self) -> &'static str {
        match self {
            View::Quotes => "quotes",
            View::Entities => "entities",
            View::Results => "results",
            View::Concordance => "concordance",
        }
    }
}

/// An exported view: its rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Table {
    Quotes(Vec<QuotesRow>),
    Entities(Vec<EntitiesRow>),
    Results(Vec<ResultsRow>),
    Concordance(Vec<ConcordanceRow>),
}

impl Table {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            Table::Quotes(r) => r.len(),
            Table::Entities(r) => r.len(),
            Table::Results(r) => r.len(),
            Table::Concordance(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The column names.
    pub fn columns(&self) -> &'static [&'static str] {
        match self {
            Table::Quotes(_) => QuotesRow::COLUMNS,
            Table::Entities(_) => EntitiesRow::COLUMNS,
            Table::Results(_) => ResultsRow::COLUMNS,
            Table::Concordance(_) => ConcordanceRow::COLUMNS,
        }
    }

    /// The rows as CSV ([`csv`]).
    pub fn csv(&self) -> String {
        match self {
            Table::Quotes(r) => csv(r),
            Table::Entities(r) => csv(r),
            Table::Results(r) => csv(r),
            Table::Concordance(r) => csv(r),
        }
    }

    /// The rows as JSON ([`json`]).
    pub fn json(&self) -> String {
        match self {
            Table::Quotes(r) => json(r),
            Table::Entities(r) => json(r),
            Table::Results(r) => json(r),
            Table::Concordance(r) => json(r),
        }
    }
}

/// What a corpus export reads: the documents, their analyses (same order), the corpus
/// entity table and the search index, as an [`crate::artifact::Artifact`] holds them.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub documents: &'a [Document],
    pub analyses: &'a [DocAnalysis],
    pub entity_rows: &'a [EntityRow],
    pub index: &'a Index,
    /// How many of the last documents a reader added ([`crate::artifact::Artifact::added`]).
    pub added: usize,
}

/// What to export: the view and the state the app would be in.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// The search box's text, with its `person:`, `speaker:`… filters.
    pub query: &'a str,
    /// Entities selected besides the query's filters (the app's chips).
    pub chips: &'a [(EntityKind, String)],
    /// Quoted terms too (the Quotes view's "Show quoted terms").
    pub terms: bool,
    /// The concordance's order.
    pub order: Order,
    /// Makes the links absolute (`https://example.org/sift/`).
    pub base: Option<&'a str>,
}

/// The rows `view` shows for `options`, over a whole corpus:
///
/// - quotes: every quotation (quoted terms only with [`Options::terms`]) by or mentioning
///   each selected entity (chips and the query's `person:`, `place:`, `org:`, `date:`,
///   `entity:` filters), by the query's `speaker:` if it names one, whose text the
///   query's keywords match if it has any;
/// - entities: the whole table (its links keep the query and selection);
/// - results and concordance: the search ([`run_search`]); nothing without a query or a
///   selection.
pub fn export(sources: &Sources, view: View, options: &Options) -> Table {
    let entities: Vec<&[Entity]> = sources
        .analyses
        .iter()
        .map(|a| a.entities.as_slice())
        .collect();
    let paragraphs: Vec<usize> = sources
        .documents
        .iter()
        .map(|d| d.paragraphs.len())
        .collect();
    let links = Links {
        base: options.base,
        query: options.query,
        entities: options.chips,
    };
    let facts = crate::artifact::facts(
        sources.documents.iter().map(|d| d.date.as_deref()),
        sources.added,
    );
    let searched = || {
        run_search(
            sources.index,
            &entities,
            &paragraphs,
            &facts,
            options.query,
            options.chips,
        )
    };
    match view {
        View::Entities => {
            // The query's document filters (`year:`, `in:mine`) narrow the table to the
            // documents they keep.
            let kept = DocFilter::of(&query::parse(options.query, false));
            let rows = if kept.is_empty() {
                std::borrow::Cow::Borrowed(sources.entity_rows)
            } else {
                std::borrow::Cow::Owned(crate::entity_table::within(
                    sources.entity_rows,
                    &entities,
                    |d| kept.keeps(facts.get(d).copied().unwrap_or_default()),
                ))
            };
            Table::Entities(self::entities(&rows, "", &links))
        }
        View::Quotes => {
            let query = query::parse(options.query, false);
            let keyword = query.expr.is_some().then(|| {
                let results = search(sources.index, &query);
                Highlighter::new(&query, &results)
            });
            let selected = selections(options.chips, &query, &entities);
            let kept = DocFilter::of(&query);
            let left_out = exclusions(&query);
            let filter = QuoteFilter {
                keyword: keyword.as_ref(),
                entities: &selected,
                speaker: speaker_filter(&query),
                terms: options.terms,
                documents: Some(&kept),
                left_out: &left_out,
            };
            Table::Quotes(quotes(
                sources.documents,
                &facts,
                sources.analyses,
                &filter,
                &links,
            ))
        }
        View::Results => Table::Results(searched().map_or_else(Vec::new, |s| {
            results(sources.documents, &s.results, &s.highlighter, &links)
        })),
        View::Concordance => Table::Concordance(searched().map_or_else(Vec::new, |s| {
            concordance(
                sources.documents,
                &s.results,
                &s.highlighter,
                options.order,
                &links,
            )
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};
    use crate::search::{DocHit, PassageHit};

    const TRUCE: &str = "---\ntitle: Truce holds, for now\n---\n\
        Hazem al-Nuaimi, a political analyst, spoke in Basra on Monday.\n\n\
        “The stand-off is not over,” he told reporters. “Elections will trigger it again.”\n\n\
        Critics called the plan a “surge” of nothing.\n";
    const MALIKI: &str = "Prime Minister Nouri al-Maliki spoke in Baghdad on Tuesday.\n\n\
        “We will not negotiate with criminals,” Maliki said. The ceasefire in Basra held.\n\n\
        The \"ceasefire\" was fragile, said Qassim Daoud, a former minister.\n";

    struct Corpus {
        documents: Vec<Document>,
        analyses: Vec<DocAnalysis>,
        entity_rows: Vec<EntityRow>,
        index: Index,
        /// How many of the last documents a reader added.
        added: usize,
    }

    fn corpus(texts: &[(&str, &str)]) -> Corpus {
        let documents: Vec<Document> = texts
            .iter()
            .map(|(id, t)| parse(id, Format::Text, t.as_bytes()).unwrap())
            .collect();
        let (analyses, entity_rows) = DocAnalysis::all(&documents);
        let index = Index::build(&documents);
        Corpus {
            documents,
            analyses,
            entity_rows,
            index,
            added: 0,
        }
    }

    impl Corpus {
        fn sources(&self) -> Sources<'_> {
            Sources {
                documents: &self.documents,
                analyses: &self.analyses,
                entity_rows: &self.entity_rows,
                index: &self.index,
                added: self.added,
            }
        }
    }

    /// Parse CSV back with csv-core's reader: the records, each a list of fields.
    fn read_csv(csv: &str) -> Vec<Vec<String>> {
        let body = csv.strip_prefix('\u{feff}').expect("a byte order mark");
        let mut reader = csv_core::Reader::new();
        let mut input = body.as_bytes();
        let mut out = vec![0u8; body.len() + 1];
        let mut ends = vec![0usize; 64];
        let mut records = Vec::new();
        loop {
            let (result, read, _, fields) = reader.read_record(input, &mut out, &mut ends);
            input = &input[read..];
            match result {
                csv_core::ReadRecordResult::Record => records.push(
                    (0..fields)
                        .map(|i| {
                            let start = if i == 0 { 0 } else { ends[i - 1] };
                            String::from_utf8(out[start..ends[i]].to_vec()).unwrap()
                        })
                        .collect(),
                ),
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::End => return records,
                other => panic!("{other:?}"),
            }
        }
    }

    /// A two-column row, to test quoting.
    #[derive(Serialize)]
    struct Pair {
        a: String,
        b: String,
    }

    impl Row for Pair {
        const COLUMNS: &'static [&'static str] = &["a", "b"];
        const JSON: &'static [Json] = &[Json::Text, Json::Text];
        fn cells(&self) -> Vec<Cow<'_, str>> {
            vec![text(&self.a), text(&self.b)]
        }
    }

    #[test]
    fn csv_quotes_fields_as_rfc_4180_says() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("", ""),
            ("a, b", "\"a, b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("\"", "\"\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r\nlf", "\"cr\r\nlf\""),
            ("tab\tand ; semicolon", "tab\tand ; semicolon"),
            (" spaced ", " spaced "),
            // curly quotes are not CSV quotes; multi-byte text passes as it is
            ("Baṣra — “calm” البصرة", "Baṣra — “calm” البصرة"),
            ("Café, “déjà vu”", "\"Café, “déjà vu”\""),
        ];
        for (cell, want) in cases {
            let rows = [Pair {
                a: cell.to_string(),
                b: "x".into(),
            }];
            let got = csv(&rows);
            assert_eq!(got, format!("\u{feff}a,b\r\n{want},x\r\n"), "{cell:?}");
            // and a CSV reader reads back what was written
            assert_eq!(
                read_csv(&got),
                [vec!["a", "b"], vec![cell, &"x"]],
                "{cell:?}"
            );
        }
        // several rows: each record ends with CRLF, the byte order mark comes once
        let rows: Vec<Pair> = ["1", "2,3", "4"]
            .iter()
            .map(|a| Pair {
                a: a.to_string(),
                b: String::new(),
            })
            .collect();
        assert_eq!(csv(&rows), "\u{feff}a,b\r\n1,\r\n\"2,3\",\r\n4,\r\n");
    }

    #[test]
    fn empty_views_give_the_header_alone_and_an_empty_array() {
        assert_eq!(
            csv::<QuotesRow>(&[]),
            "\u{feff}document,title,paragraph,speaker,cue,quote,kind,link\r\n"
        );
        assert_eq!(
            csv::<EntitiesRow>(&[]),
            "\u{feff}kind,name,mentions,documents,link\r\n"
        );
        assert_eq!(
            csv::<ResultsRow>(&[]),
            "\u{feff}document,title,paragraph,rank,score,snippet,link\r\n"
        );
        assert_eq!(
            csv::<ConcordanceRow>(&[]),
            "\u{feff}document,title,paragraph,left,keyword,right,link\r\n"
        );
        // an empty corpus, and a query over it: every view empty
        let empty = corpus(&[]);
        for view in View::ALL {
            for query in ["", "ceasefire", "person:maliki speaker:daoud", "\"", "-"] {
                let options = Options {
                    query,
                    terms: true,
                    ..Options::default()
                };
                let table = export(&empty.sources(), view, &options);
                assert!(table.is_empty(), "{view:?} {query:?}");
                assert_eq!(read_csv(&table.csv()), [table.columns()], "{view:?}");
                assert_eq!(serde_json::to_string(&table).unwrap(), "[]");
            }
        }
        // results that point past the documents or their paragraphs are skipped
        let c = corpus(&[("truce", TRUCE)]);
        let stale = SearchResults {
            docs: vec![
                DocHit {
                    doc: 7,
                    score: 1.0,
                    hits: 1,
                    passages: vec![],
                    title_match: true,
                },
                DocHit {
                    doc: 0,
                    score: 1.0,
                    hits: 1,
                    passages: vec![PassageHit {
                        paragraph: 40,
                        score: 1.0,
                        hits: 1,
                    }],
                    title_match: false,
                },
            ],
            ..SearchResults::default()
        };
        let h = Highlighter::default();
        let links = Links::default();
        assert!(results(c.documents.as_slice(), &stale, &h, &links).is_empty());
        assert!(concordance(c.documents.as_slice(), &stale, &h, Order::Left, &links).is_empty());
        // analyses missing for some documents: those documents have no quotes
        assert!(quotes(&c.documents, &[], &[], &QuoteFilter::default(), &links).is_empty());
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe() {
        let cases: &[(&str, &str)] = &[
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"http://x.test\",\"a\")",
                "\"'=HYPERLINK(\"\"http://x.test\"\",\"\"a\"\")\"",
            ),
            ("+44 20 7946 0000", "'+44 20 7946 0000"),
            ("-- and then", "'-- and then"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tindented", "'\tindented"),
            ("\rcarriage", "\"'\rcarriage\""),
            // only the first character counts
            ("a=b", "a=b"),
            ("1-2", "1-2"),
            (" =spaced", " =spaced"),
            ("", ""),
        ];
        for (cell, want) in cases {
            let rows = [Pair {
                a: cell.to_string(),
                b: "x".into(),
            }];
            let got = csv(&rows);
            assert_eq!(got, format!("\u{feff}a,b\r\n{want},x\r\n"), "{cell:?}");
        }
    }

    #[test]
    fn scores_read_as_f32_writes_them() {
        // a score is rounded to thousandths when its row is made; written without float
        // formatting, it must read as Display writes the same f32
        let mut scores: Vec<f32> = vec![
            0.0f32,
            -0.0,
            1.0,
            0.5,
            0.05,
            0.001,
            12.345,
            7.1,
            100.01,
            999_999.999,
            -3.25,
        ];
        scores.extend((0..20_000).map(|i| i as f32 * 0.137));
        for s in scores {
            let rounded = (s * 1000.0).round() / 1000.0;
            assert_eq!(decimal(rounded), rounded.to_string(), "{s}");
        }
        for odd in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
            assert_eq!(decimal(odd), odd.to_string());
        }
    }

    #[test]
    fn year_filters_and_negated_entity_filters_choose_documents() {
        let dated = |date: &str, text: &str| format!("---\ndate: {date}\n---\n{text}");
        let c = corpus(&[
            (
                "truce",
                &dated(
                    "2008-03-31",
                    TRUCE
                        .split_once("---\n")
                        .unwrap()
                        .1
                        .split_once("---\n")
                        .unwrap()
                        .1,
                ),
            ),
            ("maliki", &dated("2009-01-02", MALIKI)),
            ("undated", "The ceasefire in Basra held, officials said.\n"),
        ]);
        // The last document is one a reader added (`in:mine`).
        let c = Corpus { added: 1, ..c };
        let docs = |query: &str| -> Vec<String> {
            let options = Options {
                query,
                terms: true,
                ..Options::default()
            };
            match export(&c.sources(), View::Results, &options) {
                Table::Results(rows) => {
                    let mut ids: Vec<String> = rows.into_iter().map(|r| r.document).collect();
                    ids.dedup();
                    ids
                }
                other => panic!("{other:?}"),
            }
        };
        // (query, documents listed)
        let cases: &[(&str, &[&str])] = &[
            // alone: every document of the year, by its title
            ("year:2008", &["truce"]),
            ("year:2009", &["maliki"]),
            ("year:2010", &[]),
            ("year:soon", &[]),
            // with a keyword: its results of that year
            ("ceasefire", &["maliki", "undated"]),
            ("ceasefire year:2009", &["maliki"]),
            ("ceasefire -year:2009", &["undated"]),
            ("basra -year:2008", &["maliki", "undated"]),
            // with an entity: its documents of that year
            ("place:Basra year:2009", &["maliki"]),
            ("year:2008 year:2009", &[]),
            // a negated entity filter leaves out the documents that mention it
            ("-person:Maliki", &["truce", "undated"]),
            ("ceasefire -person:Maliki", &["undated"]),
            ("basra -place:Baghdad", &["truce", "undated"]),
            ("-entity:Basra", &[]),
            ("-person:Basra", &["maliki", "truce", "undated"]),
            ("ceasefire -person:Maliki -year:2008", &["undated"]),
            // the documents a reader added, alone or not
            ("in:mine", &["undated"]),
            ("-in:mine", &["truce", "maliki"]),
            ("ceasefire in:mine", &["undated"]),
            ("ceasefire -in:mine", &["maliki"]),
            ("in:mine year:2009", &[]),
            ("place:Basra -in:mine year:2009", &["maliki"]),
            ("IN:Mine", &["undated"]),
        ];
        for (query, want) in cases {
            let mut got = docs(query);
            got.sort();
            let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
            want.sort();
            assert_eq!(got, want, "{query}");
        }
        // the Quotes view keeps the quotations of the year's documents
        let quotes = |query: &str| match export(
            &c.sources(),
            View::Quotes,
            &Options {
                query,
                ..Options::default()
            },
        ) {
            Table::Quotes(rows) => rows
                .into_iter()
                .map(|r| r.document)
                .collect::<std::collections::BTreeSet<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            quotes("").into_iter().collect::<Vec<_>>(),
            ["maliki", "truce"]
        );
        assert_eq!(
            quotes("year:2008").into_iter().collect::<Vec<_>>(),
            ["truce"]
        );
        assert_eq!(
            quotes("-year:2008").into_iter().collect::<Vec<_>>(),
            ["maliki"]
        );
        assert_eq!(
            quotes("-person:Maliki").into_iter().collect::<Vec<_>>(),
            ["truce"]
        );
        assert_eq!(
            quotes("-in:mine").into_iter().collect::<Vec<_>>(),
            ["maliki", "truce"]
        );
        assert!(quotes("in:mine").is_empty());
        // and the Entities view, the entities of the documents kept, counted there
        let entities = |query: &str| match export(
            &c.sources(),
            View::Entities,
            &Options {
                query,
                ..Options::default()
            },
        ) {
            Table::Entities(rows) => rows
                .into_iter()
                .map(|r| (r.name, r.mentions))
                .collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(entities("in:mine"), [("Basra".to_string(), 1)]);
        let all = entities("");
        let basra = |rows: &[(String, usize)]| rows.iter().find(|(n, _)| n == "Basra").map(|r| r.1);
        assert!(basra(&all) > Some(1), "{all:?}");
        let of_2009 = entities("year:2009");
        assert!(
            of_2009.iter().any(|(n, _)| n == "Nouri al-Maliki"),
            "{of_2009:?}"
        );
        assert!(
            !of_2009.iter().any(|(n, _)| n.contains("Nuaimi")),
            "{of_2009:?}"
        );
        assert_eq!(entities("-in:mine -year:2008"), of_2009);
    }

    #[test]
    fn json_is_what_serde_json_writes() {
        // every view of a real export, with several selections, empty views included
        let c = corpus(&[("truce", TRUCE), ("maliki", MALIKI)]);
        for view in View::ALL {
            for query in [
                "said OR told OR elections OR negotiate",
                "ceasefire",
                "person:maliki",
                "surge",
                "nothing-at-all",
            ] {
                let options = Options {
                    query,
                    terms: true,
                    ..Options::default()
                };
                let table = export(&c.sources(), view, &options);
                assert_eq!(
                    table.json(),
                    serde_json::to_string_pretty(&table).unwrap(),
                    "{view:?} {query:?}"
                );
            }
        }
        // strings that need escaping, and floats as serde writes an f32
        let texts = [
            "plain",
            "",
            "say \"hi\"",
            "back\\slash",
            "two\nlines\r\n",
            "tab\tbell\u{7}nul\u{0}",
            "\u{8}\u{c}\u{1f}\u{7f}",
            "Baṣra — “calm” البصرة 🕊",
            "</script>",
        ];
        for text in texts {
            let rows = [Pair {
                a: text.into(),
                b: "x".into(),
            }];
            assert_eq!(
                json(&rows),
                serde_json::to_string_pretty(&rows).unwrap(),
                "{text:?}"
            );
        }
        for score in [
            0.0f32, 1.0, 12.0, 0.5, 1.234, 7.125, 100.001, 0.001, 12345.678,
        ] {
            let rows = [ResultsRow {
                document: "d".into(),
                title: "t".into(),
                paragraph: None,
                rank: 1,
                score,
                snippet: "s".into(),
                link: "?doc=d".into(),
            }];
            assert_eq!(
                json(&rows),
                serde_json::to_string_pretty(&rows).unwrap(),
                "{score}"
            );
        }
        assert_eq!(json::<Pair>(&[]), "[]");
    }

    #[test]
    fn json_objects_have_the_csv_columns_as_fields() {
        let c = corpus(&[("truce", TRUCE), ("maliki", MALIKI)]);
        for view in View::ALL {
            let options = Options {
                query: "said OR told OR elections OR negotiate",
                terms: true,
                ..Options::default()
            };
            let table = export(&c.sources(), view, &options);
            assert!(!table.is_empty(), "{view:?}");
            let json = serde_json::to_string(&table).unwrap();
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            let objects = value.as_array().expect("an array");
            assert_eq!(objects.len(), table.len());
            let records = read_csv(&table.csv());
            assert_eq!(records.len(), table.len() + 1, "{view:?}");
            for (object, record) in objects.iter().zip(&records[1..]) {
                let object = object.as_object().expect("objects");
                let mut keys: Vec<&String> = object.keys().collect();
                let mut columns = table.columns().to_vec();
                keys.sort();
                columns.sort();
                assert_eq!(keys, columns, "{view:?}");
                // each CSV cell is the JSON value as text ("" for null)
                for (column, cell) in table.columns().iter().zip(record) {
                    let v = &object[*column];
                    match v {
                        serde_json::Value::String(s) => assert_eq!(s, cell, "{view:?} {column}"),
                        serde_json::Value::Null => assert_eq!(cell, "", "{view:?} {column}"),
                        number => assert_eq!(
                            number.as_f64(),
                            cell.parse::<f64>().ok(),
                            "{view:?} {column}"
                        ),
                    }
                }
            }
            // in column order
            let first = json.split("},{").next().unwrap_or(&json);
            let at: Vec<usize> = table
                .columns()
                .iter()
                .map(|c| first.find(&format!("\"{c}\":")).unwrap())
                .collect();
            assert!(at.windows(2).all(|w| w[0] < w[1]), "{view:?}: {first}");
        }
        // an unattributed quote's speaker and cue are null
        let unattributed = export(
            &c.sources(),
            View::Quotes,
            &Options {
                query: "surge",
                terms: true,
                ..Options::default()
            },
        );
        let value = serde_json::to_value(&unattributed).unwrap();
        assert_eq!(value[0]["speaker"], serde_json::Value::Null);
        assert_eq!(value[0]["cue"], serde_json::Value::Null);
        assert_eq!(value[0]["kind"], "term");
        assert_eq!(value[0]["paragraph"], 3);
    }

    /// The parts of a link that `src/route.rs` (`Route::parse_checked`) reads back, by a
    /// copy of its parsing: query, selected entities, document, paragraph.
    type Parsed = (
        String,
        Vec<(EntityKind, String)>,
        Option<String>,
        Option<usize>,
    );

    fn route_parse(search: &str, hash: &str) -> Parsed {
        fn decode(value: &str) -> String {
            let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
            let bytes = value.as_bytes();
            let mut out = Vec::with_capacity(bytes.len());
            let mut i = 0;
            while i < bytes.len() {
                let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
                    .then(|| Some(hex(bytes[i + 1])? * 16 + hex(bytes[i + 2])?))
                    .flatten();
                match (bytes[i], escaped) {
                    (_, Some(b)) => {
                        out.push(b);
                        i += 3;
                    }
                    (b'+', None) => {
                        out.push(b' ');
                        i += 1;
                    }
                    (b, None) => {
                        out.push(b);
                        i += 1;
                    }
                }
            }
            String::from_utf8_lossy(&out).into_owned()
        }
        let param_kind = |k: &str| {
            [
                EntityKind::Person,
                EntityKind::Place,
                EntityKind::Organization,
                EntityKind::Date,
            ]
            .into_iter()
            .find(|kind| kind_param(*kind) == k)
        };
        let mut parsed: Parsed = Default::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match (key, value.as_str()) {
                ("q", _) => parsed.0 = value,
                ("doc", "") => {}
                ("doc", _) => parsed.2 = Some(value),
                (k, v) if param_kind(k).is_some() && !v.trim().is_empty() => {
                    let kind = param_kind(k).unwrap();
                    if !parsed.1.iter().any(|(ek, n)| *ek == kind && *n == value) {
                        parsed.1.push((kind, value));
                    }
                }
                _ => {}
            }
        }
        if let Some(n) = hash.trim_start_matches('#').strip_prefix('p') {
            parsed.3 = n.parse().ok().filter(|&n| n > 0);
        }
        parsed
    }

    #[test]
    fn links_are_the_app_routes_and_read_back() {
        use EntityKind::*;
        let maliki = (Person, "Nouri al-Maliki".to_string());
        let mahdi = (Organization, "Mahdi Army".to_string());
        type Case<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            Option<usize>,
            &'a str,
            Vec<(EntityKind, String)>,
            &'a str,
        );
        // (base, doc, paragraph, query, entities, link); the first ones are route.rs's
        // own round-trip cases
        let cases: Vec<Case> = vec![
            (None, None, None, "", vec![], "?"),
            (
                None,
                Some("seed-basra"),
                Some(12),
                "",
                vec![],
                "?doc=seed-basra#p12",
            ),
            (
                None,
                Some("café noir"),
                None,
                "",
                vec![],
                "?doc=caf%C3%A9+noir",
            ),
            (None, Some(""), Some(0), "", vec![], "?"),
            (None, Some("%zz%"), None, "", vec![], "?doc=%25zz%25"),
            (
                None,
                Some("a"),
                Some(2),
                "\"mahdi army\" -basra",
                vec![],
                "?q=%22mahdi+army%22+-basra&doc=a#p2",
            ),
            (
                None,
                None,
                None,
                "",
                vec![maliki.clone(), mahdi.clone(), maliki.clone()],
                "?person=Nouri+al-Maliki&org=Mahdi+Army",
            ),
            (
                None,
                Some("basra"),
                Some(3),
                "ceasefire speaker:Daoud",
                vec![(Place, "Basra, Iraq".into()), (Date, "  ".into())],
                "?q=ceasefire+speaker%3ADaoud&place=Basra%2C+Iraq&doc=basra#p3",
            ),
            (
                Some("https://example.org/sift/"),
                Some("a"),
                Some(3),
                "",
                vec![],
                "https://example.org/sift/?doc=a#p3",
            ),
            (
                Some("https://example.org/sift/?view=quotes#p9"),
                Some("a"),
                None,
                "",
                vec![mahdi.clone()],
                "https://example.org/sift/?org=Mahdi+Army&doc=a",
            ),
            (Some(""), Some("a"), None, "", vec![], "?doc=a"),
        ];
        for (base, doc, paragraph, query, entities, want) in cases {
            let got = link(base, doc, paragraph, query, &entities);
            assert_eq!(got, want);
            // what the app reads from it is what was asked for
            let (search, hash) = got.split_once('#').unwrap_or((&got, ""));
            let search = &search[search.find('?').unwrap()..];
            let mut wanted: Vec<(EntityKind, String)> = Vec::new();
            for e in entities.into_iter().filter(|e| !e.1.trim().is_empty()) {
                if !wanted.contains(&e) {
                    wanted.push(e);
                }
            }
            assert_eq!(
                route_parse(search, hash),
                (
                    query.to_string(),
                    wanted,
                    doc.filter(|d| !d.is_empty()).map(str::to_string),
                    paragraph.filter(|&p| p > 0)
                ),
                "{want}"
            );
        }
    }

    /// (document, paragraph, speaker, cue, kind) of each quotation row.
    type QuoteSummary<'a> = Vec<(&'a str, usize, Option<&'a str>, Option<&'a str>, &'a str)>;

    fn summary(rows: &[QuotesRow]) -> QuoteSummary<'_> {
        rows.iter()
            .map(|r| {
                (
                    r.document.as_str(),
                    r.paragraph,
                    r.speaker.as_deref(),
                    r.cue.as_deref(),
                    r.kind,
                )
            })
            .collect()
    }

    #[test]
    fn quotes_rows_as_the_quotes_view_lists_them() {
        let c = corpus(&[("truce", TRUCE), ("maliki", MALIKI)]);
        let nuaimi_told = ("truce", 2, Some("Hazem al-Nuaimi"), Some("told"), "quote");
        let nuaimi = ("truce", 2, Some("Hazem al-Nuaimi"), None, "quote");
        let surge = ("truce", 3, None, None, "term");
        let maliki = ("maliki", 2, Some("Nouri al-Maliki"), Some("said"), "quote");
        let ceasefire = ("maliki", 3, None, None, "term");
        let nuaimi_chip = [(EntityKind::Person, "Hazem al-Nuaimi".to_string())];
        type Chips<'a> = &'a [(EntityKind, String)];
        let cases: &[(&str, bool, Chips, QuoteSummary)] = &[
            ("", false, &[], vec![nuaimi_told, nuaimi, maliki]),
            (
                "",
                true,
                &[],
                vec![nuaimi_told, nuaimi, surge, maliki, ceasefire],
            ),
            // keywords match inside the quoted text
            ("elections", false, &[], vec![nuaimi]),
            ("ceasefire", false, &[], vec![]),
            ("ceasefire", true, &[], vec![ceasefire]),
            (
                "negotiate OR stand-off",
                false,
                &[],
                vec![nuaimi_told, maliki],
            ),
            // speaker:, by its name or the linked entity's
            ("speaker:nuaimi", false, &[], vec![nuaimi_told, nuaimi]),
            (
                "speaker:Hazem speaker:Maliki",
                false,
                &[],
                vec![nuaimi_told, nuaimi],
            ),
            (
                "-speaker:nuaimi",
                false,
                &[],
                vec![nuaimi_told, nuaimi, maliki],
            ),
            // selected entities: quotations by them or that mention them
            ("person:maliki", false, &[], vec![maliki]),
            ("place:basra", false, &[], vec![]),
            ("negotiate person:maliki", false, &[], vec![maliki]),
            ("", false, &nuaimi_chip, vec![nuaimi_told, nuaimi]),
            ("elections", false, &nuaimi_chip, vec![nuaimi]),
            ("person:maliki", false, &nuaimi_chip, vec![]),
        ];
        for (query, terms, chips, want) in cases {
            let options = Options {
                query,
                chips,
                terms: *terms,
                ..Options::default()
            };
            let Table::Quotes(rows) = export(&c.sources(), View::Quotes, &options) else {
                panic!("not quotes");
            };
            assert_eq!(summary(&rows), *want, "{query:?} {chips:?}");
        }
        let options = Options {
            query: "elections",
            base: Some("https://example.org/sift/"),
            ..Options::default()
        };
        let Table::Quotes(rows) = export(&c.sources(), View::Quotes, &options) else {
            panic!("not quotes");
        };
        assert_eq!(
            rows,
            [QuotesRow {
                document: "truce".into(),
                title: "Truce holds, for now".into(),
                paragraph: 2,
                speaker: Some("Hazem al-Nuaimi".into()),
                cue: None,
                quote: "Elections will trigger it again.".into(),
                kind: "quote",
                link: "https://example.org/sift/?q=elections&doc=truce#p2".into(),
            }]
        );
        assert_eq!(
            read_csv(&csv(&rows))[1],
            [
                "truce",
                "Truce holds, for now",
                "2",
                "Hazem al-Nuaimi",
                "",
                "Elections will trigger it again.",
                "quote",
                "https://example.org/sift/?q=elections&doc=truce#p2"
            ]
        );
    }

    #[test]
    fn entities_rows_group_by_kind_and_link_to_their_selection() {
        let c = corpus(&[("truce", TRUCE), ("maliki", MALIKI)]);
        let rows = entities(&c.entity_rows, "", &Links::default());
        let got: Vec<(&str, &str, usize, usize, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.kind.as_str(),
                    r.name.as_str(),
                    r.mentions,
                    r.documents,
                    r.link.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("person", "Nouri al-Maliki", 2, 1, "?person=Nouri+al-Maliki"),
                ("person", "Hazem al-Nuaimi", 1, 1, "?person=Hazem+al-Nuaimi"),
                ("person", "Qassim Daoud", 1, 1, "?person=Qassim+Daoud"),
                ("place", "Basra", 2, 2, "?place=Basra"),
                ("place", "Baghdad", 1, 1, "?place=Baghdad"),
                ("date", "Monday", 1, 1, "?date=Monday"),
                ("date", "Tuesday", 1, 1, "?date=Tuesday"),
            ]
        );
        // the filter box; links add to the selection and keep the query
        let basra = [(EntityKind::Place, "Basra".to_string())];
        let links = Links {
            base: None,
            query: "ceasefire",
            entities: &basra,
        };
        let links_of = |filter: &str| -> Vec<String> {
            entities(&c.entity_rows, filter, &links)
                .into_iter()
                .map(|r| r.link)
                .collect()
        };
        assert_eq!(
            links_of(" BA"),
            [
                "?q=ceasefire&place=Basra",
                "?q=ceasefire&place=Basra&place=Baghdad"
            ]
        );
        assert_eq!(
            links_of("maliki"),
            ["?q=ceasefire&place=Basra&person=Nouri+al-Maliki"]
        );
        assert!(links_of("zzz").is_empty());
    }

    #[test]
    fn results_and_concordance_rows_follow_the_search() {
        let c = corpus(&[("truce", TRUCE), ("maliki", MALIKI)]);
        let view = |v: View, query: &str, order: Order| {
            export(
                &c.sources(),
                v,
                &Options {
                    query,
                    order,
                    ..Options::default()
                },
            )
        };
        let Table::Results(rows) = view(View::Results, "ceasefire", Order::Rank) else {
            panic!()
        };
        let got: Vec<(&str, Option<usize>, usize, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.document.as_str(),
                    r.paragraph,
                    r.rank,
                    r.snippet.as_str(),
                    r.link.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "maliki",
                    Some(3),
                    1,
                    "The \"ceasefire\" was fragile, said Qassim Daoud, a former minister.",
                    "?q=ceasefire&doc=maliki#p3"
                ),
                (
                    "maliki",
                    Some(2),
                    1,
                    "“We will not negotiate with criminals,” Maliki said. The ceasefire in Basra held.",
                    "?q=ceasefire&doc=maliki#p2"
                ),
            ]
        );
        assert!(rows
            .iter()
            .all(|r| r.score > 0.0 && r.title.starts_with("Prime Minister")));
        // a filter alone: every paragraph that mentions the entity, ranked by mentions
        let Table::Results(rows) = view(View::Results, "person:maliki", Order::Rank) else {
            panic!()
        };
        let got: Vec<(Option<usize>, f32)> = rows.iter().map(|r| (r.paragraph, r.score)).collect();
        assert_eq!(got, [(Some(1), 1.0), (Some(2), 1.0)]);
        // a chip selects the same
        let chip = [(EntityKind::Person, "Nouri al-Maliki".to_string())];
        let sources = c.sources();
        let Table::Results(by_chip) = export(
            &sources,
            View::Results,
            &Options {
                chips: &chip,
                ..Options::default()
            },
        ) else {
            panic!()
        };
        assert_eq!(
            by_chip
                .iter()
                .map(|r| (r.paragraph, r.score))
                .collect::<Vec<_>>(),
            got
        );
        assert_eq!(by_chip[0].link, "?person=Nouri+al-Maliki&doc=maliki#p1");
        // nothing asked, or nothing found: no rows
        for q in ["", "  ", "zzzyx", "speaker:daoud"] {
            assert!(view(View::Results, q, Order::Rank).is_empty(), "{q:?}");
            assert!(view(View::Concordance, q, Order::Rank).is_empty(), "{q:?}");
        }

        // the concordance, in each order
        let lines = |order| {
            let Table::Concordance(rows) = view(View::Concordance, "said", order) else {
                panic!()
            };
            rows.into_iter()
                .map(|r| (r.paragraph, r.left, r.keyword, r.right))
                .collect::<Vec<_>>()
        };
        let p2 = (
            2,
            "“We will not negotiate with criminals,” Maliki ".to_string(),
            "said".to_string(),
            ". The ceasefire in Basra held.".to_string(),
        );
        let p3 = (
            3,
            "The \"ceasefire\" was fragile, ".to_string(),
            "said".to_string(),
            " Qassim Daoud, a former minister.".to_string(),
        );
        assert_eq!(lines(Order::Rank), [p2.clone(), p3.clone()]);
        assert_eq!(lines(Order::Left), [p3.clone(), p2.clone()]);
        assert_eq!(lines(Order::Right), [p3, p2]);
        // mentions of a selection, without a keyword
        let Table::Concordance(rows) = view(View::Concordance, "person:maliki", Order::Rank) else {
            panic!()
        };
        let keywords: Vec<&str> = rows.iter().map(|r| r.keyword.as_str()).collect();
        assert_eq!(keywords, ["Nouri al-Maliki", "Maliki"]);
    }

    #[test]
    fn long_passages_are_cut_around_their_first_match() {
        let long = format!(
            "{} Basra was calm. {}",
            "word ".repeat(200),
            "more ".repeat(200)
        );
        let c = corpus(&[("long", &long)]);
        let Table::Results(rows) = export(
            &c.sources(),
            View::Results,
            &Options {
                query: "basra",
                ..Options::default()
            },
        ) else {
            panic!()
        };
        let s = &rows[0].snippet;
        assert!(
            s.starts_with("… ") && s.ends_with(" …") && s.contains("Basra"),
            "{s}"
        );
        assert!(s.chars().count() <= SNIPPET_CHARS + 4);
    }
}
