//! Running a [`Query`] against an [`Index`]: boolean matching per document, BM25 ranking
//! over passages, typo tolerance as a reported fallback.
//!
//! - A document matches when the query holds for it as a whole (words may be in different
//!   paragraphs; a phrase lies inside one paragraph).
//! - Passages are scored with BM25 (k1 = 1.2, b = 0.75); adjacent query words found next to
//!   each other in a passage score as a phrase too; a title match counts double. A document
//!   scores its best passage plus a share of the others. Ties keep corpus order.
//! - A word with no exact match in the corpus (5+ letters) is replaced by the most common
//!   word within 1 edit (2 for 9+ letters), and the replacement is reported.
//!
//! ```
//! use sift_engine::{document::parse, index::Index, query, search::search, Format};
//! let docs = vec![
//!     parse("a", Format::Text, b"The ceasefire held in Basra.").unwrap(),
//!     parse("b", Format::Text, b"Basra was calm. A ceasefire was declared.").unwrap(),
//! ];
//! let index = Index::build(&docs);
//! let results = search(&index, &query::parse("basra ceasefire", false));
//! assert_eq!(results.docs.len(), 2);
//! let results = search(&index, &query::parse("\"ceasefire held\"", false));
//! assert_eq!(results.docs.iter().map(|d| d.doc).collect::<Vec<_>>(), [0]);
//! let results = search(&index, &query::parse("cesefire", false));
//! assert_eq!(results.corrections, [("cesefire".to_string(), "ceasefire".to_string())]);
//! ```

use crate::index::{Index, TITLE};
use crate::query::{Atom, Expr, Query};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Most terms a prefix expands to.
pub const MAX_EXPANSIONS: usize = 2_000;
/// Weight of a prefix expansion that is not the typed word itself.
const EXPANSION_WEIGHT: f32 = 0.6;
const TITLE_WEIGHT: f32 = 2.0;
const PROXIMITY_WEIGHT: f32 = 0.5;
/// Proximity is scored when both adjacent words are in at most this many passages (or an
/// eighth of them, in a large corpus).
const PROXIMITY_MAX_PASSAGES: usize = 64;
const OTHER_PASSAGES_SHARE: f32 = 0.2;

/// The ranked answer to a query.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchResults {
    /// Matching documents, best first.
    pub docs: Vec<DocHit>,
    /// Matched words (or phrases) in all matching documents' paragraphs.
    pub total_hits: u32,
    /// Words replaced by a near spelling: (as typed, searched instead).
    pub corrections: Vec<(String, String)>,
    /// Every term that matched (exact words, prefix expansions, corrections), for marking.
    pub matched_terms: Vec<String>,
    /// Words (or prefixes) of the query that occur nowhere, even with a near spelling.
    pub unknown: Vec<String>,
}

/// One matching document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocHit {
    /// Position of the document in the indexed list.
    pub doc: usize,
    pub score: f32,
    /// Matches in its paragraphs.
    pub hits: u32,
    /// Its paragraphs with matches, best first.
    pub passages: Vec<PassageHit>,
    /// The title matched too.
    pub title_match: bool,
}

/// One paragraph with matches.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PassageHit {
    /// Index of the paragraph in its document.
    pub paragraph: usize,
    pub score: f32,
    pub hits: u32,
}

/// What to compute beyond the ranked document list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// List each document's matching paragraphs.
    pub passages: bool,
    /// Replace unknown words by near spellings.
    pub typos: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            passages: true,
            typos: true,
        }
    }
}

/// Search with the default options.
pub fn search(index: &Index, query: &Query) -> SearchResults {
    search_with(index, query, Options::default())
}

/// A set of documents as a bit set.
#[derive(Clone, Debug)]
struct DocSet(Vec<u64>);

impl DocSet {
    fn empty(n: usize) -> DocSet {
        DocSet(vec![0; n.div_ceil(64)])
    }
    fn full(n: usize) -> DocSet {
        let mut s = DocSet(vec![u64::MAX; n.div_ceil(64)]);
        if !n.is_multiple_of(64) {
            if let Some(last) = s.0.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        s
    }
    fn insert(&mut self, i: u32) {
        self.0[(i / 64) as usize] |= 1 << (i % 64);
    }
    fn contains(&self, i: u32) -> bool {
        self.0[(i / 64) as usize] & (1 << (i % 64)) != 0
    }
    fn and(&mut self, o: &DocSet) {
        self.0.iter_mut().zip(&o.0).for_each(|(a, b)| *a &= b);
    }
    fn or(&mut self, o: &DocSet) {
        self.0.iter_mut().zip(&o.0).for_each(|(a, b)| *a |= b);
    }
    fn and_not(&mut self, o: &DocSet) {
        self.0.iter_mut().zip(&o.0).for_each(|(a, b)| *a &= !b);
    }
}

/// An atom resolved against the index: which passages match, how often, how much it weighs.
struct Resolved {
    /// (passage, matches) in passage order, per scored part.
    parts: Vec<Part>,
    docs: DocSet,
}

struct Part {
    hits: Vec<(u32, u32)>,
    idf: f32,
    weight: f32,
}

/// Search with explicit options.
pub fn search_with(index: &Index, query: &Query, options: Options) -> SearchResults {
    let mut results = SearchResults::default();
    let n_docs = index.doc_count();
    if query.expr.is_none() && query.excluded.is_empty() {
        return results;
    }
    let resolve = |atom: &Atom, results: &mut SearchResults| {
        resolve_atom(index, atom, options.typos, results)
    };
    let positives: Vec<&Atom> = query.positive_atoms();
    let resolved: Vec<Resolved> = positives.iter().map(|a| resolve(a, &mut results)).collect();
    let mut matching = match &query.expr {
        Some(expr) => {
            let mut next = 0;
            eval(expr, &resolved, &mut next, n_docs)
        }
        None => DocSet::full(n_docs),
    };
    for atom in &query.excluded {
        let mut ignored = SearchResults::default();
        let r = resolve_atom(index, atom, false, &mut ignored);
        matching.and_not(&r.docs);
    }

    // Score passages of matching documents.
    let estimate: usize = resolved
        .iter()
        .flat_map(|r| &r.parts)
        .map(|p| p.hits.len())
        .sum();
    let mut acc = Accumulator::new(index.passage_count(), estimate);
    let avg = index.avg_len().max(1.0);
    for r in &resolved {
        for part in &r.parts {
            for &(p, tf) in &part.hits {
                let passage = index.passage(p);
                if !matching.contains(passage.doc) {
                    continue;
                }
                let norm = 1.0 - B + B * passage.len as f32 / avg;
                let tf = tf as f32;
                let s = part.weight * part.idf * tf * (K1 + 1.0) / (tf + K1 * norm);
                acc.add(p, s, tf as u32);
            }
        }
    }
    // Proximity: adjacent plain query words found side by side.
    if query.expr.is_some() {
        for pair in positives.windows(2) {
            if let (
                Atom::Term {
                    term: a,
                    prefix: false,
                },
                Atom::Term {
                    term: b,
                    prefix: false,
                },
            ) = (pair[0], pair[1])
            {
                let (Some(ta), Some(tb)) = (index.term_id(a), index.term_id(b)) else {
                    continue;
                };
                let (na, nb) = (index.postings(ta).len(), index.postings(tb).len());
                // A very common word beside another says little, and costs the most.
                if na.max(nb) > PROXIMITY_MAX_PASSAGES.max(index.passage_count() / 8) {
                    continue;
                }
                let idf = idf(index, na) + idf(index, nb);
                for (p, n) in phrase_hits(index, &[vec![ta], vec![tb]]) {
                    if matching.contains(index.passage(p).doc) {
                        acc.add(p, PROXIMITY_WEIGHT * idf * n.min(3) as f32, 0);
                    }
                }
            }
        }
    }
    let scored = acc.finish();

    // Gather passages per document.
    let mut docs: Vec<DocHit> = Vec::new();
    // Per document: best passage score and the sum of all.
    let mut sums: Vec<(f32, f32)> = Vec::new();
    for &(p, s, h) in &scored {
        let passage = index.passage(p);
        if docs.last().is_none_or(|d| d.doc != passage.doc as usize) {
            docs.push(DocHit {
                doc: passage.doc as usize,
                score: 0.0,
                hits: 0,
                passages: Vec::new(),
                title_match: false,
            });
            sums.push((0.0, 0.0));
        }
        let (Some(doc), Some(sum)) = (docs.last_mut(), sums.last_mut()) else {
            continue;
        };
        if passage.paragraph == TITLE {
            doc.title_match = true;
            doc.score += TITLE_WEIGHT * s;
        } else {
            doc.hits += h;
            sum.0 = sum.0.max(s);
            sum.1 += s;
            if options.passages {
                doc.passages.push(PassageHit {
                    paragraph: passage.paragraph as usize,
                    score: s,
                    hits: h,
                });
            }
        }
    }
    // Documents that match only by exclusion (a query of only -words) have no passages.
    if query.expr.is_none() {
        docs = (0..n_docs as u32)
            .filter(|&d| matching.contains(d))
            .map(|d| DocHit {
                doc: d as usize,
                score: 0.0,
                hits: 0,
                passages: Vec::new(),
                title_match: false,
            })
            .collect();
    }
    for (doc, (best, sum)) in docs.iter_mut().zip(sums) {
        crate::sort::by(&mut doc.passages, |a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.paragraph.cmp(&b.paragraph))
        });
        doc.score += best + OTHER_PASSAGES_SHARE * (sum - best);
        results.total_hits += doc.hits;
    }
    crate::sort::by(&mut docs, |a, b| {
        b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc))
    });
    results.docs = docs;
    crate::sort::by(&mut results.matched_terms, Ord::cmp);
    results.matched_terms.dedup();
    results.unknown.dedup();
    results
}

/// Per-passage scores and hit counts: a sorted list when few passages are touched, dense
/// arrays when many are.
enum Accumulator {
    Sparse(Vec<(u32, f32, u32)>),
    Dense {
        score: Vec<f32>,
        hits: Vec<u32>,
        touched: Vec<u32>,
    },
}

impl Accumulator {
    fn new(passages: usize, estimate: usize) -> Accumulator {
        if estimate.saturating_mul(16) > passages {
            Accumulator::Dense {
                score: vec![0.0; passages],
                hits: vec![0; passages],
                touched: Vec::new(),
            }
        } else {
            Accumulator::Sparse(Vec::with_capacity(estimate))
        }
    }

    fn add(&mut self, p: u32, s: f32, h: u32) {
        match self {
            Accumulator::Sparse(v) => v.push((p, s, h)),
            Accumulator::Dense {
                score,
                hits,
                touched,
            } => {
                let i = p as usize;
                if score[i] == 0.0 && hits[i] == 0 {
                    touched.push(p);
                }
                score[i] += s;
                hits[i] += h;
            }
        }
    }

    /// (passage, score, hits), sorted by passage, one entry per passage.
    fn finish(self) -> Vec<(u32, f32, u32)> {
        match self {
            Accumulator::Sparse(mut v) => {
                if !v.is_sorted_by_key(|e| e.0) {
                    v.sort_by_key(|e| e.0);
                }
                let mut out: Vec<(u32, f32, u32)> = Vec::with_capacity(v.len());
                for (p, s, h) in v {
                    match out.last_mut() {
                        Some(last) if last.0 == p => {
                            last.1 += s;
                            last.2 += h;
                        }
                        _ => out.push((p, s, h)),
                    }
                }
                out
            }
            Accumulator::Dense {
                score,
                hits,
                mut touched,
            } => {
                touched.sort_unstable();
                touched
                    .into_iter()
                    .map(|p| (p, score[p as usize], hits[p as usize]))
                    .collect()
            }
        }
    }
}

fn eval(expr: &Expr, resolved: &[Resolved], next: &mut usize, n: usize) -> DocSet {
    match expr {
        Expr::Atom(_) => {
            let set = resolved[*next].docs.clone();
            *next += 1;
            set
        }
        Expr::And(xs) => {
            let mut acc = DocSet::full(n);
            for x in xs {
                acc.and(&eval(x, resolved, next, n));
            }
            acc
        }
        Expr::Or(xs) => {
            let mut acc = DocSet::empty(n);
            for x in xs {
                acc.or(&eval(x, resolved, next, n));
            }
            acc
        }
    }
}

fn idf(index: &Index, n: usize) -> f32 {
    let total = index.passage_count() as f32;
    let n = n as f32;
    (1.0 + (total - n + 0.5) / (n + 0.5)).ln()
}

/// The terms an atom's word stands for: itself, its prefix expansions, or a correction.
fn expand(
    index: &Index,
    term: &str,
    prefix: bool,
    typos: bool,
    results: &mut SearchResults,
) -> Vec<(u32, f32)> {
    if prefix {
        let expansions = index.prefix_terms(term, MAX_EXPANSIONS);
        if !expansions.is_empty() {
            for (t, _) in &expansions {
                results.matched_terms.push(t.clone());
            }
            return expansions
                .into_iter()
                .map(|(t, id)| (id, if t == term { 1.0 } else { EXPANSION_WEIGHT }))
                .collect();
        }
        // No word starts so: maybe it is a whole word misspelled (as typed so far).
    }
    if let Some(id) = index.term_id(term).filter(|_| !prefix) {
        results.matched_terms.push(term.to_string());
        return vec![(id, 1.0)];
    }
    if typos {
        if let Some((fixed, id)) = other_form(index, term).or_else(|| correction(index, term)) {
            results.corrections.push((term.to_string(), fixed.clone()));
            results.matched_terms.push(fixed);
            return vec![(id, 1.0)];
        }
    }
    results
        .unknown
        .push(format!("{term}{}", if prefix { "*" } else { "" }));
    Vec::new()
}

/// Another English form of an unknown word that does occur (war ↔ wars, city ↔ cities,
/// attack ↔ attacked/attacking): the most common one. A light stemmer, used only when the
/// word itself occurs nowhere, so exact forms always come first.
pub fn other_form(index: &Index, term: &str) -> Option<(String, u32)> {
    if term.chars().count() < 3 || !term.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut forms: Vec<String> = Vec::new();
    let mut bases = vec![term.to_string()];
    for (suffix, replacement) in [
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ] {
        if let Some(stem) = term.strip_suffix(suffix) {
            if stem.len() >= 2 && !(suffix == "s" && stem.ends_with('s')) {
                bases.push(format!("{stem}{replacement}"));
            }
        }
    }
    for base in &bases {
        forms.push(base.clone());
        let stem = base.strip_suffix('e').unwrap_or(base);
        forms.push(format!("{base}s"));
        forms.push(format!("{base}es"));
        forms.push(format!("{stem}ed"));
        forms.push(format!("{stem}ing"));
        if let Some(y) = base.strip_suffix('y') {
            forms.push(format!("{y}ies"));
        }
    }
    forms
        .into_iter()
        .filter(|f| f != term)
        .filter_map(|f| {
            index
                .term_id(&f)
                .map(|id| (index.postings(id).len(), f, id))
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, f, id)| (f, id))
}

/// The best near spelling of an unknown word: fewest edits, then most passages.
pub fn correction(index: &Index, term: &str) -> Option<(String, u32)> {
    let letters = term.chars().count();
    let distance = match letters {
        0..=4 => return None,
        5..=8 => 1,
        _ => 2,
    };
    index
        .fuzzy_terms(term, distance)
        .into_iter()
        .map(|(t, id)| (edit_distance(term, &t), index.postings(id).len(), t, id))
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)))
        .map(|(_, _, t, id)| (t, id))
}

fn resolve_atom(index: &Index, atom: &Atom, typos: bool, results: &mut SearchResults) -> Resolved {
    let n_docs = index.doc_count();
    let mut docs = DocSet::empty(n_docs);
    let mut parts = Vec::new();
    match atom {
        Atom::Term { term, prefix } => {
            for (id, weight) in expand(index, term, *prefix, typos, results) {
                let postings = index.postings(id);
                let hits: Vec<(u32, u32)> = postings.pairs().collect();
                for &(p, _) in &hits {
                    docs.insert(index.passage(p).doc);
                }
                parts.push(Part {
                    idf: idf(index, hits.len()),
                    hits,
                    weight,
                });
            }
        }
        Atom::Phrase { terms, prefix } => {
            let last = terms.len() - 1;
            let mut ids: Vec<Vec<u32>> = Vec::with_capacity(terms.len());
            let mut idf_sum = 0.0;
            for (i, term) in terms.iter().enumerate() {
                let expanded = expand(index, term, *prefix && i == last, typos, results);
                idf_sum += expanded
                    .first()
                    .map_or(0.0, |(id, _)| idf(index, index.postings(*id).len()));
                ids.push(expanded.into_iter().map(|(id, _)| id).collect());
            }
            let hits = phrase_hits(index, &ids);
            for &(p, _) in &hits {
                docs.insert(index.passage(p).doc);
            }
            parts.push(Part {
                hits,
                idf: idf_sum,
                weight: 1.0,
            });
        }
    }
    Resolved { parts, docs }
}

/// Passages where the terms occur consecutively (each slot may be any of several term
/// ids), with the number of occurrences.
fn phrase_hits(index: &Index, slots: &[Vec<u32>]) -> Vec<(u32, u32)> {
    if slots.is_empty() || slots.iter().any(Vec::is_empty) {
        return Vec::new();
    }
    if slots.iter().all(|ids| ids.len() == 1) {
        let ids: Vec<u32> = slots.iter().map(|ids| ids[0]).collect();
        return exact_phrase_hits(index, &ids);
    }
    // Passages and positions per slot, merged over the slot's alternatives.
    // Start from the rarest slot's passages to keep the work small.
    let mut slot_passages: Vec<Vec<u32>> = slots
        .iter()
        .map(|ids| {
            let mut ps: Vec<u32> = ids
                .iter()
                .flat_map(|&id| index.postings(id).pairs().map(|(p, _)| p))
                .collect();
            if ids.len() > 1 {
                ps.sort_unstable();
                ps.dedup();
            }
            ps
        })
        .collect();
    let rarest = (0..slot_passages.len())
        .min_by_key(|&i| slot_passages[i].len())
        .unwrap_or(0);
    let mut candidates = std::mem::take(&mut slot_passages[rarest]);
    for (i, ps) in slot_passages.iter().enumerate() {
        if i != rarest {
            candidates = intersect(&candidates, ps);
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    // Positions of each slot in the candidate passages.
    let mut slot_positions: Vec<Vec<(u32, Vec<u32>)>> = Vec::with_capacity(slots.len());
    let mut buf = Vec::new();
    for ids in slots {
        let mut per: Vec<(u32, Vec<u32>)> = Vec::new();
        for &id in ids {
            let mut cursor = index.postings(id).cursor();
            let mut c = 0;
            while let Some((p, _)) = cursor.next_passage() {
                while c < candidates.len() && candidates[c] < p {
                    c += 1;
                }
                if c == candidates.len() {
                    break;
                }
                if candidates[c] == p {
                    cursor.positions(&mut buf);
                    per.push((p, buf.clone()));
                }
            }
        }
        if ids.len() > 1 {
            crate::sort::by_key(&mut per, |e| e.0);
            // merge alternatives of the same passage
            let mut merged: Vec<(u32, Vec<u32>)> = Vec::new();
            for (p, pos) in per {
                match merged.last_mut() {
                    Some(last) if last.0 == p => {
                        last.1.extend(pos);
                        last.1.sort_unstable();
                    }
                    _ => merged.push((p, pos)),
                }
            }
            per = merged;
        }
        slot_positions.push(per);
    }
    let mut out = Vec::new();
    let mut idx = vec![0usize; slots.len()];
    for &p in &candidates {
        let mut lists: Vec<&[u32]> = Vec::with_capacity(slots.len());
        for (s, per) in slot_positions.iter().enumerate() {
            while idx[s] < per.len() && per[idx[s]].0 < p {
                idx[s] += 1;
            }
            match per.get(idx[s]) {
                Some((q, pos)) if *q == p => lists.push(pos),
                _ => break,
            }
        }
        if lists.len() != slots.len() {
            continue;
        }
        let count = consecutive(&lists);
        if count > 0 {
            out.push((p, count));
        }
    }
    out
}

/// [`phrase_hits`] for one term per slot: all postings walked in lockstep, positions
/// decoded only where every term occurs, no allocation per passage.
fn exact_phrase_hits(index: &Index, ids: &[u32]) -> Vec<(u32, u32)> {
    let mut cursors: Vec<_> = ids.iter().map(|&id| index.postings(id).cursor()).collect();
    let mut at: Vec<u32> = Vec::with_capacity(ids.len());
    for c in &mut cursors {
        match c.next_passage() {
            Some((p, _)) => at.push(p),
            None => return Vec::new(),
        }
    }
    let mut positions: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
    let mut out = Vec::new();
    'walk: loop {
        let target = at.iter().copied().max().unwrap_or(0);
        let mut aligned = true;
        for (k, c) in cursors.iter_mut().enumerate() {
            while at[k] < target {
                match c.next_passage() {
                    Some((p, _)) => at[k] = p,
                    None => break 'walk,
                }
            }
            aligned &= at[k] == target;
        }
        if !aligned {
            continue;
        }
        for (k, c) in cursors.iter_mut().enumerate() {
            c.positions(&mut positions[k]);
        }
        let count = consecutive(&positions);
        if count > 0 {
            out.push((target, count));
        }
        for (k, c) in cursors.iter_mut().enumerate() {
            match c.next_passage() {
                Some((p, _)) => at[k] = p,
                None => break 'walk,
            }
        }
    }
    out
}

/// How many times the slots' positions follow each other (slot k at start + k).
fn consecutive<L: AsRef<[u32]>>(slots: &[L]) -> u32 {
    let Some((first, rest)) = slots.split_first() else {
        return 0;
    };
    first
        .as_ref()
        .iter()
        .filter(|&&start| {
            rest.iter()
                .enumerate()
                .all(|(k, l)| l.as_ref().binary_search(&(start + k as u32 + 1)).is_ok())
        })
        .count() as u32
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};
    use crate::query::parse as q;

    fn corpus(texts: &[&str]) -> (Vec<crate::Document>, Index) {
        let docs: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse(&format!("d{i}"), Format::Markdown, t.as_bytes()).unwrap())
            .collect();
        let index = Index::build(&docs);
        (docs, index)
    }

    fn ids(index: &Index, query: &str) -> Vec<usize> {
        search(index, &q(query, false))
            .docs
            .iter()
            .map(|d| d.doc)
            .collect()
    }

    fn sorted(mut v: Vec<usize>) -> Vec<usize> {
        v.sort_unstable();
        v
    }

    const TEXTS: &[&str] = &[
        "# Calm in Basra\n\nA ceasefire was declared by Muqtada al-Sadr.\n\nThe Mahdi Army held Basra.",
        "# Baghdad\n\nThe Green Zone came under mortar fire.\n\nAl-Sadr's followers marched in Baghdad.",
        "# Mortars\n\nMortar and rocket attacks on the Green Zone. Army units in Baghdad.",
        "# Other news\n\nMarkets were quiet. The army of ants marched on.",
    ];

    #[test]
    fn boolean_matching_table() {
        let (_, index) = corpus(TEXTS);
        let cases: &[(&str, &[usize])] = &[
            ("basra", &[0]),
            ("BASRA", &[0]),
            ("baghdad", &[1, 2]),
            ("army baghdad", &[2]), // words in different paragraphs of doc 2
            ("\"green zone\"", &[1, 2]),
            ("\"zone green\"", &[]),
            ("\"mahdi army\"", &[0]),
            ("\"army held\"", &[0]),
            ("\"held basra\"", &[0]),
            ("\"basra a\"", &[]), // phrases do not cross paragraphs
            ("sadr", &[0, 1]),
            ("al-sadr", &[0, 1]),
            ("sadr's", &[1]),
            ("army -baghdad", &[0, 3]),
            ("army -\"mahdi army\"", &[2, 3]),
            ("basra OR markets", &[0, 3]),
            ("(mortar zone) OR ceasefire", &[0, 1, 2]),
            ("mort*", &[1, 2]),
            ("\"green zo*\"", &[1, 2]),
            ("nothing", &[]),
            ("-army", &[1]),
        ];
        for (query, want) in cases {
            assert_eq!(sorted(ids(&index, query)), *want, "query {query:?}");
        }
    }

    #[test]
    fn hits_and_passages() {
        let (_, index) = corpus(TEXTS);
        let results = search(&index, &q("baghdad", false));
        let d1 = results.docs.iter().find(|d| d.doc == 1).unwrap();
        assert_eq!(d1.hits, 1);
        assert!(d1.title_match);
        assert_eq!(
            d1.passages.iter().map(|p| p.paragraph).collect::<Vec<_>>(),
            [1]
        );
        assert_eq!(results.total_hits, 2);
        let results = search(&index, &q("\"green zone\"", false));
        assert_eq!(results.total_hits, 2);
        let results = search(&index, &q("mortar", false));
        assert_eq!(results.total_hits, 2);
        // "Mortars" is only in a title: titles rank but are not counted as hits
        let results = search(&index, &q("mortar*", false));
        assert_eq!(results.total_hits, 2);
        assert_eq!(results.matched_terms, ["mortar", "mortars"]);
    }

    #[test]
    fn ranking_table() {
        // (texts, query, expected first document)
        let cases: &[(&[&str], &str, usize)] = &[
            // phrase beats scattered words
            (
                &[
                    "# One\n\nThe rocket hit a market. Hours later an attack began.",
                    "# Two\n\nA rocket attack hit the market.",
                ],
                "rocket attack",
                1,
            ),
            // title boost
            (
                &[
                    "# Notes\n\nBasra was calm and Basra was quiet.",
                    "# Basra\n\nThe city was calm.",
                ],
                "basra",
                1,
            ),
            // the typed word itself beats its prefix expansions
            (
                &[
                    "# A\n\nThe ceasefires ceasefires ceasefires ceasefires.",
                    "# B\n\nThe ceasefire.",
                ],
                "ceasefire*",
                1,
            ),
            // more occurrences in a passage of the same length score higher
            (
                &[
                    "# A\n\nSadr spoke once today.",
                    "# B\n\nSadr and Sadr spoke.",
                ],
                "sadr",
                1,
            ),
        ];
        for (texts, query, first) in cases {
            let (_, index) = corpus(texts);
            let got = ids(&index, query);
            assert_eq!(got.first(), Some(first), "query {query:?}: {got:?}");
        }
    }

    #[test]
    fn ties_keep_corpus_order() {
        let (_, index) = corpus(&["# A\n\nsame text", "# B\n\nsame text", "# C\n\nsame text"]);
        assert_eq!(ids(&index, "same"), [0, 1, 2]);
    }

    #[test]
    fn typos_are_corrected_only_without_an_exact_match() {
        let (_, index) = corpus(TEXTS);
        let r = search(&index, &q("bagdad", false));
        assert_eq!(r.corrections, [("bagdad".into(), "baghdad".into())]);
        assert_eq!(sorted(r.docs.iter().map(|d| d.doc).collect()), [1, 2]);
        // exact words are never corrected
        assert!(search(&index, &q("army", false)).corrections.is_empty());
        // short words are not corrected, and reported as unknown
        let r = search(&index, &q("armx army", false));
        assert!(r.docs.is_empty());
        assert_eq!(r.unknown, ["armx"]);
        // 9+ letters allow two edits
        let r = search(&index, &q("cesefirre", false));
        assert_eq!(r.corrections, [("cesefirre".into(), "ceasefire".into())]);
        // typos can be turned off (the exact API)
        let r = search_with(
            &index,
            &q("bagdad", false),
            Options {
                passages: false,
                typos: false,
            },
        );
        assert!(r.docs.is_empty());
    }

    #[test]
    fn other_english_forms_only_when_the_word_itself_is_absent() {
        let (_, index) = corpus(&[
            "# A\n\nThe ceasefire held in two cities.",
            "# B\n\nCeasefires rarely hold. The city attacked.",
        ]);
        let cases: &[(&str, &[usize], Option<&str>)] = &[
            // the exact form occurs: only it is found, stems do not drown it
            ("ceasefires", &[1], None),
            ("ceasefire", &[0], None),
            // absent forms fall back to another form that occurs
            ("wars", &[], None),
            ("held", &[0], None),
            ("holds", &[1], Some("hold")),
            ("attacks", &[1], Some("attacked")),
            ("attacking", &[1], Some("attacked")),
        ];
        for (query, want, fixed) in cases {
            let r = search(&index, &q(query, false));
            let got: Vec<usize> = r.docs.iter().map(|d| d.doc).collect();
            assert_eq!(sorted(got), *want, "query {query:?}");
            let corrected = r.corrections.first().map(|c| c.1.as_str());
            assert_eq!(corrected, *fixed, "query {query:?}");
        }
    }

    #[test]
    fn as_you_type_matches_the_word_being_typed() {
        let (_, index) = corpus(TEXTS);
        let r = search(&index, &q("green zo", true));
        assert_eq!(sorted(r.docs.iter().map(|d| d.doc).collect()), [1, 2]);
        let r = search(&index, &q("green zo ", true));
        assert!(r.docs.is_empty());
        // a misspelled word being typed is corrected like a whole word
        let r = search(&index, &q("bagdad", true));
        assert_eq!(r.corrections, [("bagdad".into(), "baghdad".into())]);
    }

    #[test]
    fn empty_and_odd_corpora() {
        let (_, index) = corpus(&[]);
        assert!(ids(&index, "anything").is_empty());
        assert!(ids(&index, "-anything").is_empty());
        let (_, index) = corpus(&["", "🙂"]);
        assert!(ids(&index, "x").is_empty());
        assert_eq!(ids(&index, "-x"), [0, 1]);
    }

    #[test]
    fn edit_distances() {
        for (a, b, d) in [
            ("", "", 0),
            ("basra", "basra", 0),
            ("basra", "basre", 1),
            ("ab", "ba", 2),
            ("", "abc", 3),
            ("café", "cafe", 1),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a} {b}");
        }
    }
}
