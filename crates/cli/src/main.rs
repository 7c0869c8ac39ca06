//! `sift`: Sift's engine on the command line.

use clap::{Parser, Subcommand};
use serde::Serialize;
use sift_engine::artifact::DocAnalysis;
use sift_engine::corpus::{expand_paths, import_document};
use sift_engine::entities::{Entity, EntityKind};
use sift_engine::entity_table::EntityRow;
use sift_engine::quotes::{Quote, QuoteKind};
use sift_engine::Document;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

mod export;
mod search;

/// Sift: explore documents by keyword, named entity and quotation.
///
/// Every command reads .txt and .md files (UTF-8, or Windows-1252 or UTF-16 with a byte
/// order mark, decoded with a notice; front matter, paragraphs separated by blank lines, or
/// one paragraph per line in a .txt without blank lines), saved web pages (.html, .htm: the
/// article's text, without menus, banners and footers; title, date, site and link from the
/// page) and Word documents (.docx: paragraphs and headings, title and date). Files of up
/// to 50 MB; a .docx's text may unpack to 100 MB. PDFs are read in the app, not here.
#[derive(Parser)]
#[command(name = "sift", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse documents and extract their entities and quotes.
    ///
    /// Each argument is a file or a folder (a folder stands for the .txt, .md, .html, .htm
    /// and .docx files directly inside it). A path that is missing or cannot be read is
    /// reported on stderr by name with the reason, the other documents are still printed,
    /// and the exit code is 1. What the reader should know about a file that was read (a
    /// text decoded from Windows-1252, a web page without a marked article) is printed on
    /// stderr too, without changing the exit code.
    ///
    /// The documents read together are one corpus, as the app's: an entity linked to a
    /// referent named in other documents takes its name (the name written in the document
    /// stays among its aliases), and "entity_table" has one row per referent, with the
    /// documents that mention it (indices into "documents").
    Analyze {
        /// Files or folders to read.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print JSON: {"documents":[{"id","title","paragraphs","entities","quotes"}],
        /// "entity_table":[{"kind","name","mentions","documents","docs","candidates"}]}.
        #[arg(long)]
        json: bool,
    },
    /// Search documents with Sift's query language and print the ranked matches.
    ///
    /// Words must all match; "exact phrase"; -word or -"phrase" to exclude; OR between
    /// words or (groups); prefix*. A word that occurs nowhere is replaced by its nearest
    /// spelling, and the replacement is reported.
    Search {
        /// The query, e.g. 'ceasefire "mahdi army" -baghdad' (it may start with '-').
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// The folder of documents to search.
        #[arg(long, default_value = "seeds", value_name = "DIR")]
        corpus: PathBuf,
        /// Print JSON: documents with score, hits and passages with highlight offsets.
        #[arg(long)]
        json: bool,
        /// Most documents to print.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Export what one of the app's views shows, as CSV or JSON rows.
    ///
    /// Every row names its document (id and title), its paragraph (1-based, as the app's
    /// ¶3) and a link that opens it in the app. CSV is RFC 4180 with a header row, CRLF line
    /// ends and a byte order mark (spreadsheets then read it as UTF-8); JSON is an array of
    /// objects with the same fields. A path that cannot be read is reported on stderr by
    /// name, the other documents are still exported, and the exit code is 1.
    Export(export::ExportArgs),
}

#[derive(Serialize)]
struct Analysis<'a> {
    documents: Vec<AnalyzedDocument<'a>>,
    /// The corpus's referents, one row each.
    entity_table: Vec<EntityRow>,
}

#[derive(Serialize)]
struct AnalyzedDocument<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    paragraphs: &'a [String],
    entities: Vec<EntityOut<'a>>,
    quotes: Vec<QuoteOut>,
}

/// One entity in the Prediction shape: name, kind, aliases; count and mentions as extras.
#[derive(Serialize)]
struct EntityOut<'a> {
    name: String,
    kind: EntityKind,
    aliases: Vec<String>,
    count: usize,
    mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<String>,
}

/// One quote in the Prediction shape: text and speaker, offsets, cue and kind as extras.
#[derive(Serialize)]
struct QuoteOut {
    text: String,
    speaker: Option<String>,
    paragraph: usize,
    start: usize,
    end: usize,
    cue: Option<String>,
    kind: QuoteKind,
}

impl From<Quote> for QuoteOut {
    fn from(q: Quote) -> Self {
        QuoteOut {
            text: q.text,
            speaker: q.speaker.map(|s| s.name),
            paragraph: q.paragraph,
            start: q.start,
            end: q.end,
            cue: q.cue,
            kind: q.kind,
        }
    }
}

impl<'a> Analysis<'a> {
    /// Every document's entities and quotes, then the corpus step over all of them
    /// (`DocAnalysis::all`, as `Artifact::build` does for the app), so the documents read
    /// together are one corpus.
    fn of(documents: &'a [Document]) -> Self {
        let (analyses, entity_table) = DocAnalysis::all(documents);
        Analysis {
            documents: documents
                .iter()
                .zip(analyses)
                .map(|(d, a)| AnalyzedDocument::new(d, a.entities, a.quotes))
                .collect(),
            entity_table,
        }
    }
}

impl<'a> AnalyzedDocument<'a> {
    /// A document with its entities and quotes, as the corpus step left them.
    fn new(doc: &'a Document, entities: Vec<Entity>, quotes: Vec<Quote>) -> Self {
        AnalyzedDocument {
            id: &doc.id,
            title: &doc.title,
            date: doc.date.as_deref(),
            source: doc.source.as_deref(),
            url: doc.url.as_deref(),
            paragraphs: &doc.paragraphs,
            quotes: quotes.into_iter().map(QuoteOut::from).collect(),
            entities: entities
                .into_iter()
                .map(|e| EntityOut {
                    count: e.count(),
                    mentions: e
                        .mentions
                        .into_iter()
                        .map(|m| MentionOut {
                            text: doc.paragraphs[m.paragraph]
                                .get(m.start..m.end)
                                .unwrap_or(""),
                            paragraph: m.paragraph,
                            start: m.start,
                            end: m.end,
                            role: m.role,
                        })
                        .collect(),
                    name: e.name,
                    kind: e.kind,
                    aliases: e.aliases,
                })
                .collect(),
        }
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Analyze { paths, json } => analyze(&paths, json),
        Command::Search {
            query,
            corpus,
            json,
            limit,
        } => search::run(&query, &corpus, json, limit),
        Command::Export(args) => export::run(args),
    }
}

/// Read the documents named by `paths` (files, or folders of .txt/.md/.html/.htm/.docx
/// files). Those that cannot be read are reported on stderr by name and returned as
/// errors; the rest are read, and their notices printed on stderr ("sift: PATH: decoded as
/// Windows-1252 (it was not UTF-8)").
pub fn load(paths: &[PathBuf]) -> (Vec<Document>, Vec<sift_engine::corpus::LoadError>) {
    let (files, mut errors) = expand_paths(paths);
    let mut documents = Vec::new();
    for file in &files {
        match import_document(file) {
            Ok(imported) => {
                for notice in &imported.notices {
                    eprintln!("sift: {}: {notice}", file.display());
                }
                documents.push(imported.document);
            }
            Err(e) => errors.push(e),
        }
    }
    for e in &errors {
        eprintln!("sift: {e}");
    }
    (documents, errors)
}

fn analyze(paths: &[PathBuf], json: bool) -> ExitCode {
    let (documents, errors) = load(paths);
    let mut out = std::io::stdout().lock();
    let written = if json {
        serde_json::to_writer_pretty(&mut out, &Analysis::of(&documents))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        documents.iter().try_for_each(|d| {
            writeln!(
                out,
                "{}\t{} paragraphs\t{} words\t{}",
                d.id,
                d.paragraphs.len(),
                d.word_count(),
                d.title
            )
        })
    };
    if let Err(e) = written {
        eprintln!("sift: cannot write the output: {e}");
        return ExitCode::FAILURE;
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sift_engine::document::{parse, Format};

    #[test]
    fn analyze_links_entities_across_the_documents_read_together() {
        let documents: Vec<Document> = [
            ("a", "President-elect John F. Kennedy named his cabinet."),
            ("b", "“We will win,” said President Kennedy. John smiled."),
            ("c", "John left."),
        ]
        .iter()
        .map(|(id, t)| parse(id, Format::Text, t.as_bytes()).unwrap())
        .collect();
        let json = serde_json::to_value(Analysis::of(&documents)).unwrap();
        let b = &json["documents"][1];
        let jfk = b["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == "John F. Kennedy")
            .expect("Kennedy named as the referent");
        assert_eq!(jfk["aliases"], serde_json::json!(["Kennedy"]));
        assert_eq!(jfk["mentions"][0]["text"], "Kennedy");
        assert_eq!(b["quotes"][0]["speaker"], "John F. Kennedy");
        // the table: one row per referent, with its documents; each "John" its own
        let table = json["entity_table"].as_array().unwrap();
        let rows = |name: &str| -> Vec<&serde_json::Value> {
            table.iter().filter(|r| r["name"] == name).collect()
        };
        assert_eq!(
            rows("John F. Kennedy")[0]["docs"],
            serde_json::json!([0, 1])
        );
        assert_eq!(rows("John F. Kennedy")[0]["documents"], 2);
        let johns: Vec<&serde_json::Value> = rows("John").into_iter().map(|r| &r["docs"]).collect();
        assert_eq!(johns, [&serde_json::json!([1]), &serde_json::json!([2])]);
    }
}
