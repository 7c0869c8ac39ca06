//! `sift export`: what one of the app's views shows, as CSV or JSON rows.

use clap::{Args, ValueEnum};
use sift_engine::artifact::DocAnalysis;
use sift_engine::export::{self, Order, Sources, View};
use sift_engine::index::Index;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// The arguments of `sift export`, typed.
#[derive(Args)]
pub struct ExportArgs {
    /// The view to export: quotes (speaker, cue, quotation), entities (kind, name, counts),
    /// results (ranked passages) or concordance (keyword in context).
    #[arg(long, value_enum)]
    view: ViewArg,
    /// The search, as typed in the app's search box: keywords, "phrases", person:NAME,
    /// place:, org:, date:, entity:, speaker:NAME. Results and concordance need one.
    /// Quotes keeps the quotations whose text matches its keywords, by speaker:NAME, and
    /// by or mentioning each person:/place:/org:/date:/entity: it names.
    #[arg(long, allow_hyphen_values = true, short, value_name = "QUERY")]
    query: Option<String>,
    /// Output format: CSV (UTF-8 with a byte order mark, CRLF line ends, a header row)
    /// or JSON (an array of objects with the same fields).
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    format: FormatArg,
    /// The app's address, to make the links absolute (e.g. https://example.org/sift/);
    /// without it they are relative (?doc=ID#p3).
    #[arg(long, value_name = "URL")]
    base: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Quotes: list quoted terms (scare quotes, titles) too, as the app's "Show quoted
    /// terms" does.
    #[arg(long)]
    terms: bool,
    /// Concordance: order by document rank, or by the word left or right of the match.
    #[arg(long, value_enum, default_value_t = SortArg::Rank)]
    sort: SortArg,
    /// Files or folders to read (a folder stands for the .txt, .md, .html, .htm and .docx
    /// files directly inside it).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum ViewArg {
    Quotes,
    Entities,
    Results,
    Concordance,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum SortArg {
    Rank,
    Left,
    Right,
}

pub fn run(args: ExportArgs) -> ExitCode {
    let (documents, errors) = crate::load(&args.paths);
    // As the app's build does: each document, then its entities linked across the corpus.
    let (analyses, entity_rows) = DocAnalysis::all(&documents);
    let index = Index::build(&documents);
    let sources = Sources {
        documents: &documents,
        analyses: &analyses,
        entity_rows: &entity_rows,
        index: &index,
        added: 0,
    };
    let view = match args.view {
        ViewArg::Quotes => View::Quotes,
        ViewArg::Entities => View::Entities,
        ViewArg::Results => View::Results,
        ViewArg::Concordance => View::Concordance,
    };
    let query = args.query.as_deref().unwrap_or("");
    let options = export::Options {
        query,
        chips: &[],
        terms: args.terms,
        order: match args.sort {
            SortArg::Rank => Order::Rank,
            SortArg::Left => Order::Left,
            SortArg::Right => Order::Right,
        },
        base: args.base.as_deref().filter(|b| !b.trim().is_empty()),
    };
    for note in sift_engine::query::parse(query, false).notes {
        eprintln!("sift: note: {note}");
    }
    if matches!(view, View::Results | View::Concordance) && query.trim().is_empty() {
        eprintln!(
            "sift: note: the {} view lists what a query finds: give one with --query",
            view.as_str()
        );
    }
    let table = export::export(&sources, view, &options);
    let bytes = match args.format {
        FormatArg::Csv => table.csv().into_bytes(),
        // the app's writer, so that the app and the CLI write the same file
        FormatArg::Json => (table.json() + "\n").into_bytes(),
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot write the output: {e}"))
        }
    };
    if let Err(e) = written {
        eprintln!("sift: {e}");
        return ExitCode::FAILURE;
    }
    if let Some(path) = &args.output {
        eprintln!(
            "sift: {} {} rows written to {}",
            table.len(),
            view.as_str(),
            path.display()
        );
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
