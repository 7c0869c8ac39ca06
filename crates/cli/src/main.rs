//! `sift`: Sift's engine on the command line.

use clap::{Parser, Subcommand};
use serde::Serialize;
use sift_engine::corpus::{expand_paths, read_document};
use sift_engine::quotes::{self, Quote, QuoteKind};
use sift_engine::Document;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Sift: explore documents by keyword, named entity and quotation.
///
/// Every command reads .txt and .md files (UTF-8; front matter, paragraphs separated by
/// blank lines, or one paragraph per line in a .txt without blank lines).
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
    /// Each argument is a file or a folder (a folder stands for the .txt and .md files
    /// directly inside it). A path that is missing or not text is reported on stderr by
    /// name, the other documents are still printed, and the exit code is 1.
    Analyze {
        /// Files or folders to read.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print JSON: {"documents":[{"id","title","paragraphs","entities","quotes"}]}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Serialize)]
struct Analysis<'a> {
    documents: Vec<AnalyzedDocument<'a>>,
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
    entities: Vec<serde_json::Value>,
    quotes: Vec<QuoteOut>,
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

impl<'a> From<&'a Document> for AnalyzedDocument<'a> {
    fn from(doc: &'a Document) -> Self {
        AnalyzedDocument {
            id: &doc.id,
            title: &doc.title,
            date: doc.date.as_deref(),
            source: doc.source.as_deref(),
            url: doc.url.as_deref(),
            paragraphs: &doc.paragraphs,
            entities: Vec::new(),
            // The integrator passes the extracted entities here once they exist.
            quotes: quotes::extract(doc, &[])
                .into_iter()
                .map(QuoteOut::from)
                .collect(),
        }
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Analyze { paths, json } => analyze(&paths, json),
    }
}

fn analyze(paths: &[PathBuf], json: bool) -> ExitCode {
    let (files, mut errors) = expand_paths(paths);
    let mut documents = Vec::new();
    for file in &files {
        match read_document(file) {
            Ok(doc) => documents.push(doc),
            Err(e) => errors.push(e),
        }
    }
    for e in &errors {
        eprintln!("sift: {e}");
    }
    let mut out = std::io::stdout().lock();
    let written = if json {
        let analysis = Analysis {
            documents: documents.iter().map(AnalyzedDocument::from).collect(),
        };
        serde_json::to_writer_pretty(&mut out, &analysis)
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
