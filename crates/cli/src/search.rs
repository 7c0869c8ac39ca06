//! `sift search`: the engine's search over a folder, printed as text or JSON.

use serde::Serialize;
use sift_engine::artifact::DocAnalysis;
use sift_engine::entities::Entity;
use sift_engine::export::run_search;
use sift_engine::highlight::Highlighter;
use sift_engine::index::Index;
use sift_engine::query::{self, Field};
use sift_engine::search::SearchResults;
use std::io::Write;
use std::ops::Range;
use std::path::Path;
use std::process::ExitCode;

#[derive(Serialize)]
struct Output<'a> {
    query: &'a str,
    total_documents: usize,
    total_hits: u32,
    corrections: Vec<Correction<'a>>,
    notes: &'a [String],
    documents: Vec<DocOut<'a>>,
}

#[derive(Serialize)]
struct Correction<'a> {
    typed: &'a str,
    searched: &'a str,
}

#[derive(Serialize)]
struct DocOut<'a> {
    id: &'a str,
    title: &'a str,
    score: f32,
    hits: u32,
    passages: Vec<PassageOut<'a>>,
}

#[derive(Serialize)]
struct PassageOut<'a> {
    paragraph: usize,
    score: f32,
    hits: u32,
    text: &'a str,
    /// Byte ranges `[start, end)` of the matches in `text`.
    highlights: Vec<[usize; 2]>,
}

pub fn run(query_text: &str, corpus: &Path, json: bool, limit: usize) -> ExitCode {
    let (docs, errors) = crate::load(&[corpus.to_path_buf()]);
    let index = Index::build(&docs);
    let q = query::parse(query_text, false);
    // The app's search: keywords, then its entity filters (`person:` …, which need the
    // documents' entities, linked across them as the app's are) and `year:`.
    let entity_filters = q
        .filters
        .iter()
        .any(|f| !matches!(f.field, Field::Year | Field::Speaker | Field::In));
    let analyses = if entity_filters {
        DocAnalysis::all(&docs).0
    } else {
        Vec::new()
    };
    let entities: Vec<&[Entity]> = if analyses.is_empty() {
        vec![&[]; docs.len()]
    } else {
        analyses.iter().map(|a| a.entities.as_slice()).collect()
    };
    let paragraphs: Vec<usize> = docs.iter().map(|d| d.paragraphs.len()).collect();
    // (files on the command line: none is a document a reader added in the app, so
    // `in:mine` finds nothing and `-in:mine` keeps every document)
    let facts = sift_engine::artifact::facts(docs.iter().map(|d| d.date.as_deref()), 0);
    let (results, highlighter) =
        match run_search(&index, &entities, &paragraphs, &facts, query_text, &[]) {
            Some(view) => (view.results, view.highlighter),
            None => (SearchResults::default(), Highlighter::default()),
        };
    let documents: Vec<DocOut> = results
        .docs
        .iter()
        .take(limit)
        .map(|hit| {
            let doc = &docs[hit.doc];
            DocOut {
                id: &doc.id,
                title: &doc.title,
                score: hit.score,
                hits: hit.hits,
                passages: hit
                    .passages
                    .iter()
                    .map(|p| {
                        let text = doc.paragraphs[p.paragraph].as_str();
                        PassageOut {
                            paragraph: p.paragraph,
                            score: p.score,
                            hits: p.hits,
                            text,
                            highlights: highlighter
                                .spans(text)
                                .into_iter()
                                .map(|r| [r.start, r.end])
                                .collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let out = Output {
        query: query_text,
        total_documents: results.docs.len(),
        total_hits: results.total_hits,
        corrections: results
            .corrections
            .iter()
            .map(|(typed, searched)| Correction { typed, searched })
            .collect(),
        notes: &q.notes,
        documents,
    };
    let mut stdout = std::io::stdout().lock();
    let written = if json {
        serde_json::to_writer_pretty(&mut stdout, &out)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(stdout))
    } else {
        print_text(&mut stdout, &out)
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

fn print_text(w: &mut impl Write, out: &Output) -> std::io::Result<()> {
    for note in out.notes {
        writeln!(w, "note: {note}")?;
    }
    for c in &out.corrections {
        writeln!(
            w,
            "showing results for “{}” (no match for “{}”)",
            c.searched, c.typed
        )?;
    }
    writeln!(
        w,
        "{} documents, {} hits",
        out.total_documents, out.total_hits
    )?;
    for (rank, doc) in out.documents.iter().enumerate() {
        writeln!(
            w,
            "\n{}. {} ({} hits, score {:.2})  {}",
            rank + 1,
            doc.id,
            doc.hits,
            doc.score,
            doc.title
        )?;
        for p in doc.passages.iter().take(3) {
            let ranges: Vec<Range<usize>> = p.highlights.iter().map(|h| h[0]..h[1]).collect();
            writeln!(w, "   ¶{}: {}", p.paragraph + 1, mark(p.text, &ranges))?;
        }
    }
    Ok(())
}

/// The text with each match in [brackets].
fn mark(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 2);
    let mut last = 0;
    for r in ranges {
        out.push_str(&text[last..r.start]);
        out.push('[');
        out.push_str(&text[r.clone()]);
        out.push(']');
        last = r.end;
    }
    out.push_str(&text[last..]);
    out
}
