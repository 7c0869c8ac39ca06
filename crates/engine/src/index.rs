//! The inverted index: passages (paragraphs, and each document's title) are the unit of
//! matching; each term's postings list every passage it occurs in, with its positions.
//!
//! Layout, built for small memory and fast decoding:
//! - a term dictionary as an `fst::Map` (term → term id, ids in sorted term order), which
//!   gives exact, prefix and Levenshtein (typo) lookups;
//! - one byte buffer of postings; term `t` owns `postings[offsets[t]..offsets[t + 1]]`:
//!   `varint(passage count) varint(pairs length) pairs positions`, where pairs are
//!   `varint(passage delta) varint(term frequency)` and positions are, per pair,
//!   `tf` varint deltas from the previous position in that passage.
//!
//! ```
//! use sift_engine::{index::Index, Document};
//! let doc = sift_engine::document::parse("a", sift_engine::Format::Text, b"Calm in Basra.\nFighting in Baghdad.").unwrap();
//! let index = Index::build(std::slice::from_ref(&doc));
//! assert_eq!(index.passage_count(), 3); // the title and two paragraphs
//! assert_eq!(index.term_passages("in"), 2); // a derived title is not indexed
//! assert_eq!(index.term_passages("mosul"), 0);
//! ```

use crate::tokenize::for_each_token;
use crate::Document;
use fst::{IntoStreamer, Map, MapBuilder, Streamer};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Paragraph number used for a document's title passage.
pub const TITLE: u32 = u32::MAX;

/// One passage: a paragraph of a document, or its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub doc: u32,
    /// Index into the document's paragraphs, or [`TITLE`].
    pub paragraph: u32,
    /// Length in tokens.
    pub len: u32,
}

/// The index over a list of documents (documents are referred to by their position).
#[derive(Debug)]
pub struct Index {
    dict: Map<Vec<u8>>,
    offsets: Vec<u32>,
    postings: Vec<u8>,
    passages: Vec<Passage>,
    doc_count: u32,
    avg_len: f32,
}

impl Index {
    /// Index documents: each one's title and paragraphs. A title derived from the first
    /// sentence is left out: its words are in the first paragraph already.
    pub fn build(docs: &[Document]) -> Index {
        Index::build_from(docs)
    }

    pub fn doc_count(&self) -> usize {
        self.doc_count as usize
    }

    pub fn passage_count(&self) -> usize {
        self.passages.len()
    }

    pub fn passage(&self, id: u32) -> Passage {
        self.passages[id as usize]
    }

    pub fn term_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Average passage length in tokens.
    pub fn avg_len(&self) -> f32 {
        self.avg_len
    }

    /// Bytes held by the index (dictionary, postings and tables).
    pub fn heap_size(&self) -> usize {
        self.dict.as_fst().as_bytes().len()
            + self.offsets.len() * 4
            + self.postings.len()
            + self.passages.len() * std::mem::size_of::<Passage>()
    }

    /// The id of an exact term.
    pub fn term_id(&self, term: &str) -> Option<u32> {
        self.dict.get(term).map(|v| v as u32)
    }

    /// Number of passages containing `term` (0 when absent).
    pub fn term_passages(&self, term: &str) -> usize {
        self.term_id(term).map_or(0, |t| self.postings(t).len())
    }

    /// Terms starting with `prefix`, with their ids, in term order; at most `limit`.
    pub fn prefix_terms(&self, prefix: &str, limit: usize) -> Vec<(String, u32)> {
        let matcher = fst::automaton::Str::new(prefix);
        let matcher = fst::Automaton::starts_with(matcher);
        collect(self.dict.search(matcher).into_stream(), limit)
    }

    /// Terms within `distance` edits of `term`, with their ids.
    pub fn fuzzy_terms(&self, term: &str, distance: u32) -> Vec<(String, u32)> {
        match fst::automaton::Levenshtein::new(term, distance) {
            Ok(lev) => collect(self.dict.search(lev).into_stream(), 1000),
            Err(_) => Vec::new(), // too large an automaton: no suggestions
        }
    }

    /// The postings of a term id.
    pub fn postings(&self, term: u32) -> Postings<'_> {
        let bytes = &self.postings
            [self.offsets[term as usize] as usize..self.offsets[term as usize + 1] as usize];
        let mut pos = 0;
        let count = read_varint(bytes, &mut pos) as usize;
        let pairs_len = read_varint(bytes, &mut pos) as usize;
        Postings {
            count,
            pairs: &bytes[pos..pos + pairs_len],
            positions: &bytes[pos + pairs_len..],
        }
    }
}

/// An index taken apart for storage (see [`crate::artifact`]): the dictionary's FST bytes
/// and the tables, exactly as the index holds them.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexParts {
    pub dict: Vec<u8>,
    pub offsets: Vec<u32>,
    pub postings: Vec<u8>,
    pub passages: Vec<Passage>,
    pub doc_count: u32,
    pub avg_len: f32,
}

impl Index {
    /// The index's parts, for storage.
    pub fn to_parts(&self) -> IndexParts {
        IndexParts {
            dict: self.dict.as_fst().as_bytes().to_vec(),
            offsets: self.offsets.clone(),
            postings: self.postings.clone(),
            passages: self.passages.clone(),
            doc_count: self.doc_count,
            avg_len: self.avg_len,
        }
    }

    /// Rebuild an index from its parts, checking every part: a damaged dictionary,
    /// offsets or postings give an error, never a panic later.
    pub fn from_parts(parts: IndexParts) -> Result<Index, String> {
        let index = Index::from_parts_unwalked(parts)?;
        index.check_postings(0..index.term_count())?;
        Ok(index)
    }

    /// [`Index::from_parts`] without walking the postings, which is most of its work: the
    /// caller walks them with [`Index::check_postings`], a range of terms at a time, before
    /// searching (so a large index is checked in short steps).
    pub fn from_parts_unwalked(parts: IndexParts) -> Result<Index, String> {
        let IndexParts {
            dict,
            offsets,
            postings,
            passages,
            doc_count,
            avg_len,
        } = parts;
        // The checksum first: a damaged dictionary would panic while being walked.
        verify_dictionary(&dict)?;
        let dict = Map::new(dict).map_err(|e| format!("term dictionary: {e}"))?;
        let terms = offsets.len().saturating_sub(1);
        if dict.len() != terms {
            return Err(format!(
                "{} terms in the dictionary but {terms} postings lists",
                dict.len()
            ));
        }
        if offsets.first().is_some_and(|&o| o != 0)
            || offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.last().map_or(0, |&o| o as usize) != postings.len()
        {
            return Err("postings offsets are out of order or out of range".into());
        }
        if passages.iter().any(|p| p.doc >= doc_count) {
            return Err("a passage belongs to no document".into());
        }
        let mut stream = dict.stream();
        while let Some((_, id)) = stream.next() {
            if id as usize >= terms {
                return Err("a term points past the postings".into());
            }
        }
        Ok(Index {
            dict,
            offsets,
            postings,
            passages,
            doc_count,
            avg_len,
        })
    }

    /// Walk the postings of the term ids in `terms` with checked arithmetic.
    pub fn check_postings(&self, terms: std::ops::Range<usize>) -> Result<(), String> {
        for t in terms {
            let bytes = self
                .offsets
                .get(t..t + 2)
                .and_then(|o| self.postings.get(o[0] as usize..o[1] as usize))
                .ok_or("a postings list is out of range")?;
            check_postings(bytes, self.passages.len()).ok_or("a postings list is damaged")?;
        }
        Ok(())
    }
}

/// Walk one term's postings with checked arithmetic: every varint complete, every passage
/// id in range, every term frequency matched by its positions.
fn check_postings(bytes: &[u8], passages: usize) -> Option<()> {
    let mut pos = 0;
    let count = checked_varint(bytes, &mut pos)?;
    let pairs_len = checked_varint(bytes, &mut pos)? as usize;
    let pairs = bytes.get(pos..pos.checked_add(pairs_len)?)?;
    let positions = &bytes[pos + pairs_len..];
    let (mut at, mut position_at, mut passage, mut seen) = (0, 0, 0u32, 0u32);
    while at < pairs.len() {
        passage = passage.checked_add(checked_varint(pairs, &mut at)?)?;
        if passage as usize >= passages {
            return None;
        }
        let tf = checked_varint(pairs, &mut at)?;
        let mut p = 0u32;
        for _ in 0..tf {
            p = p.checked_add(checked_varint(positions, &mut position_at)?)?;
        }
        seen += 1;
    }
    (seen == count && position_at == positions.len()).then_some(())
}

/// [`read_varint`] that fails on a truncated or over-long number instead of wrapping.
fn checked_varint(bytes: &[u8], pos: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        v |= u32::from(b & 0x7F).checked_shl(shift)?;
        if b < 0x80 {
            return Some(v);
        }
    }
    None
}

fn collect<S>(mut stream: S, limit: usize) -> Vec<(String, u32)>
where
    S: for<'a> Streamer<'a, Item = (&'a [u8], u64)>,
{
    let mut out = Vec::new();
    while let Some((term, id)) = stream.next() {
        if out.len() >= limit {
            break;
        }
        out.push((String::from_utf8_lossy(term).into_owned(), id as u32));
    }
    out
}

/// One term's postings.
#[derive(Clone, Copy)]
pub struct Postings<'a> {
    count: usize,
    pairs: &'a [u8],
    positions: &'a [u8],
}

impl<'a> Postings<'a> {
    /// Number of passages.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// (passage, term frequency) pairs in passage order.
    pub fn pairs(&self) -> impl Iterator<Item = (u32, u32)> + 'a {
        let bytes = self.pairs;
        let mut pos = 0;
        let mut passage = 0u32;
        std::iter::from_fn(move || {
            if pos >= bytes.len() {
                return None;
            }
            passage += read_varint(bytes, &mut pos);
            let tf = read_varint(bytes, &mut pos);
            Some((passage, tf))
        })
    }

    /// A cursor over passages that can also decode each passage's positions.
    pub fn cursor(&self) -> Cursor<'a> {
        Cursor {
            pairs: self.pairs,
            positions: self.positions,
            pair_pos: 0,
            position_pos: 0,
            passage: 0,
            tf: 0,
            positions_read: true,
        }
    }
}

/// Walks a postings list passage by passage.
pub struct Cursor<'a> {
    pairs: &'a [u8],
    positions: &'a [u8],
    pair_pos: usize,
    position_pos: usize,
    passage: u32,
    tf: u32,
    positions_read: bool,
}

impl Cursor<'_> {
    /// Move to the next passage: (passage, tf), or `None` at the end.
    pub fn next_passage(&mut self) -> Option<(u32, u32)> {
        if !self.positions_read {
            for _ in 0..self.tf {
                read_varint(self.positions, &mut self.position_pos);
            }
        }
        if self.pair_pos >= self.pairs.len() {
            return None;
        }
        self.passage += read_varint(self.pairs, &mut self.pair_pos);
        self.tf = read_varint(self.pairs, &mut self.pair_pos);
        self.positions_read = false;
        Some((self.passage, self.tf))
    }

    /// The positions in the current passage (call once per passage).
    pub fn positions(&mut self, out: &mut Vec<u32>) {
        out.clear();
        if self.positions_read {
            return;
        }
        let mut p = 0;
        for _ in 0..self.tf {
            p += read_varint(self.positions, &mut self.position_pos);
            out.push(p);
        }
        self.positions_read = true;
    }
}

/// Feeds documents to the index builder: called twice, it must give the same documents in
/// the same order each time, calling `sink(title, paragraphs)` once per document.
pub trait DocumentSource {
    fn visit(&self, sink: &mut dyn FnMut(&str, &[&str]));
}

impl DocumentSource for [Document] {
    fn visit(&self, sink: &mut dyn FnMut(&str, &[&str])) {
        let mut paragraphs: Vec<&str> = Vec::new();
        for doc in self {
            // A title derived from the first sentence is left out: its words are in the
            // first paragraph already.
            let title = if doc.title_derived {
                ""
            } else {
                doc.title.as_str()
            };
            paragraphs.clear();
            paragraphs.extend(doc.paragraphs.iter().map(String::as_str));
            sink(title, &paragraphs);
        }
    }
}

/// Per-term state while building.
#[derive(Default, Clone, Copy)]
struct TermState {
    /// Passages containing the term (pass 1).
    count: u32,
    /// Passages written so far (pass 2).
    written: u32,
    last_passage: u32,
    pairs_len: u32,
    positions_len: u32,
    /// Write cursors into the postings buffer (pass 2).
    pairs_at: u32,
    positions_at: u32,
}

#[derive(Default)]
struct Builder {
    dict: HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>,
    terms: Vec<TermState>,
    passages: Vec<Passage>,
    total_len: u64,
    /// (term id, position) of the passage being indexed.
    scratch: Vec<(u32, u32)>,
    /// Passage counter of pass 2.
    next_passage: u32,
}

impl Index {
    /// Build from any [`DocumentSource`], in two passes over the documents: the first
    /// sizes every term's postings exactly, the second writes them in place. Postings are
    /// never copied or over-allocated, so peak memory stays close to the final index (it
    /// matters in wasm, whose memory never shrinks).
    pub fn build_from<S: DocumentSource + ?Sized>(source: &S) -> Index {
        let mut b = Builder::default();
        // Pass 1: terms, passages, exact sizes.
        let mut doc = 0u32;
        source.visit(&mut |title, paragraphs| {
            b.size_passage(doc, TITLE, title);
            for (i, p) in paragraphs.iter().enumerate() {
                b.size_passage(doc, i as u32, p);
            }
            doc += 1;
        });
        // Lay out each term as `varint(count) varint(pairs_len) pairs positions`.
        let mut offsets = Vec::with_capacity(b.terms.len() + 1);
        let mut total = 0usize;
        for t in &mut b.terms {
            offsets.push(total as u32);
            let header = varint_len(t.count) + varint_len(t.pairs_len);
            t.pairs_at = (total + header) as u32;
            t.positions_at = t.pairs_at + t.pairs_len;
            total += header + (t.pairs_len + t.positions_len) as usize;
        }
        offsets.push(total as u32);
        let mut postings = vec![0u8; total];
        for (t, &at) in b.terms.iter().zip(&offsets) {
            let mut at = at as usize;
            put_varint(&mut postings, &mut at, t.count);
            put_varint(&mut postings, &mut at, t.pairs_len);
        }
        // Pass 2: the same documents again, postings written in place.
        source.visit(&mut |title, paragraphs| {
            b.write_passage(title, &mut postings);
            for p in paragraphs {
                b.write_passage(p, &mut postings);
            }
        });
        // The dictionary as an fst: term → term id (ids index `offsets`).
        let mut entries: Vec<(Box<str>, u32)> = std::mem::take(&mut b.dict).into_iter().collect();
        entries.sort_unstable_by(|x, y| x.0.cmp(&y.0));
        let mut fst = MapBuilder::memory();
        for (term, id) in &entries {
            // Terms are unique and sorted, so insertion cannot fail.
            let _ = fst.insert(term.as_bytes(), u64::from(*id));
        }
        drop(entries);
        let dict = fst
            .into_inner()
            .ok()
            .and_then(|bytes| Map::new(bytes).ok())
            .unwrap_or_default();
        let avg_len = if b.passages.is_empty() {
            0.0
        } else {
            b.total_len as f32 / b.passages.len() as f32
        };
        Index {
            dict,
            offsets,
            postings,
            passages: b.passages,
            doc_count: doc,
            avg_len,
        }
    }
}

impl Builder {
    /// Tokenize `text` into `scratch` as (term id, position), sorted; registers new terms
    /// when `insert`. Returns the number of tokens.
    fn collect(&mut self, text: &str, insert: bool) -> u32 {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        let mut position = 0u32;
        for_each_token(text, |term, _| {
            let id = match self.dict.get(term) {
                Some(&id) => id,
                None if insert => {
                    let id = self.terms.len() as u32;
                    self.dict.insert(term.into(), id);
                    self.terms.push(TermState::default());
                    id
                }
                None => return, // cannot happen: pass 2 sees the same text
            };
            scratch.push((id, position));
            position += 1;
        });
        scratch.sort_unstable();
        self.scratch = scratch;
        position
    }

    /// Pass 1 for one passage: register it and size its terms' postings.
    fn size_passage(&mut self, doc: u32, paragraph: u32, text: &str) {
        let passage = self.passages.len() as u32;
        let len = self.collect(text, true);
        let mut i = 0;
        while i < self.scratch.len() {
            let term = self.scratch[i].0;
            let mut j = i;
            let mut last = 0;
            let mut positions_len = 0;
            while j < self.scratch.len() && self.scratch[j].0 == term {
                positions_len += varint_len(self.scratch[j].1 - last);
                last = self.scratch[j].1;
                j += 1;
            }
            let t = &mut self.terms[term as usize];
            let delta = if t.count == 0 {
                passage
            } else {
                passage - t.last_passage
            };
            t.pairs_len += (varint_len(delta) + varint_len((j - i) as u32)) as u32;
            t.positions_len += positions_len as u32;
            t.count += 1;
            t.last_passage = passage;
            i = j;
        }
        self.total_len += u64::from(len);
        self.passages.push(Passage {
            doc,
            paragraph,
            len,
        });
    }

    /// Pass 2 for one passage: write its postings where pass 1 made room.
    fn write_passage(&mut self, text: &str, postings: &mut [u8]) {
        let passage = self.next_passage;
        self.next_passage += 1;
        self.collect(text, false);
        let mut i = 0;
        while i < self.scratch.len() {
            let term = self.scratch[i].0;
            let mut j = i;
            while j < self.scratch.len() && self.scratch[j].0 == term {
                j += 1;
            }
            let t = &mut self.terms[term as usize];
            let delta = if t.written == 0 {
                passage
            } else {
                passage - t.last_passage
            };
            let mut at = t.pairs_at as usize;
            put_varint(postings, &mut at, delta);
            put_varint(postings, &mut at, (j - i) as u32);
            t.pairs_at = at as u32;
            let mut at = t.positions_at as usize;
            let mut last = 0;
            for &(_, p) in &self.scratch[i..j] {
                put_varint(postings, &mut at, p - last);
                last = p;
            }
            t.positions_at = at as u32;
            t.written += 1;
            t.last_passage = passage;
            i = j;
        }
    }
}

fn varint_len(v: u32) -> usize {
    match v {
        0..=0x7F => 1,
        0x80..=0x3FFF => 2,
        0x4000..=0x1F_FFFF => 3,
        0x20_0000..=0xFFF_FFFF => 4,
        _ => 5,
    }
}

/// Write a varint into a buffer sized for it (pass 1 measured it).
fn put_varint(out: &mut [u8], at: &mut usize, mut v: u32) {
    while v >= 0x80 {
        if let Some(b) = out.get_mut(*at) {
            *b = (v as u8) | 0x80;
        }
        *at += 1;
        v >>= 7;
    }
    if let Some(b) = out.get_mut(*at) {
        *b = v as u8;
    }
    *at += 1;
}

#[cfg(test)]
fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut v = 0u32;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*pos) {
        *pos += 1;
        v |= u32::from(b & 0x7F) << shift;
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    v
}

/// The Fx hash (as in rustc): fast for short keys, fine for a term dictionary.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The dictionary's own checksum (the masked CRC-32C an FST ends with), as
/// `fst::raw::Fst::verify` checks it, but over the `crc` crate's 1 KB table rather than
/// fst's 16 KB one, which would otherwise be a sixteenth of the app's wasm.
fn verify_dictionary(bytes: &[u8]) -> Result<(), String> {
    const CRC32C: crc::Crc<u32, crc::Table<1>> =
        crc::Crc::<u32, crc::Table<1>>::new(&crc::CRC_32_ISCSI);
    let Some(split) = bytes.len().checked_sub(4) else {
        return Err("term dictionary: cut short".into());
    };
    let (body, stored) = bytes.split_at(split);
    let stored = u32::from_le_bytes(stored.try_into().expect("four bytes"));
    let sum = CRC32C.checksum(body);
    let masked = (sum.rotate_right(15)).wrapping_add(0xA282_EAD8);
    if masked == stored {
        Ok(())
    } else {
        Err("term dictionary: its checksum does not match (the file is damaged)".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};

    fn docs(texts: &[&str]) -> Vec<Document> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse(&format!("d{i}"), Format::Text, t.as_bytes()).unwrap())
            .collect()
    }

    #[test]
    fn varints_round_trip() {
        let values = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut buf = Vec::new();
        for v in values {
            write_varint(&mut buf, v);
        }
        let mut pos = 0;
        for v in values {
            assert_eq!(read_varint(&buf, &mut pos), v);
        }
        assert_eq!(pos, buf.len());
    }

    #[test]
    fn postings_hold_passages_frequencies_and_positions() {
        let d = docs(&["Basra calm.\nBasra and Baghdad, Basra.", "Baghdad quiet."]);
        let index = Index::build(&d);
        // passages: d0 title, d0 p0, d0 p1, d1 title, d1 p0
        assert_eq!(index.passage_count(), 5);
        assert_eq!(index.doc_count(), 2);
        let basra = index.postings(index.term_id("basra").unwrap());
        // the derived title (passage 0) is not indexed
        assert_eq!(basra.pairs().collect::<Vec<_>>(), [(1, 1), (2, 2)]);
        let mut cursor = basra.cursor();
        let mut positions = Vec::new();
        let mut seen = Vec::new();
        while let Some((p, _)) = cursor.next_passage() {
            if p == 1 {
                continue; // skipping a passage's positions keeps the cursor aligned
            }
            cursor.positions(&mut positions);
            seen.push((p, positions.clone()));
        }
        assert_eq!(seen, [(2, vec![0, 3])]);
        assert_eq!(
            index.passage(4),
            Passage {
                doc: 1,
                paragraph: 0,
                len: 2
            }
        );
        assert_eq!(index.passage(3).paragraph, TITLE);
    }

    #[test]
    fn dictionary_lookups() {
        let d = docs(&["ceasefire cease ceased Basra Baghdad"]);
        let index = Index::build(&d);
        let names = |v: Vec<(String, u32)>| v.into_iter().map(|t| t.0).collect::<Vec<_>>();
        assert_eq!(
            names(index.prefix_terms("cease", 10)),
            ["cease", "ceased", "ceasefire"]
        );
        assert_eq!(names(index.prefix_terms("cease", 2)), ["cease", "ceased"]);
        assert_eq!(names(index.fuzzy_terms("basre", 1)), ["basra"]);
        assert!(index.term_id("mosul").is_none());
        assert!(index.heap_size() > 0);
    }

    #[test]
    fn the_dictionary_checksum_agrees_with_fsts_own() {
        let d = docs(&[
            "Basra calm.\nBasra and Baghdad, Basra.",
            "Baghdad quiet, ceasefire.",
        ]);
        let dict = Index::build(&d).to_parts().dict;
        let fst_says =
            |bytes: &[u8]| fst::raw::Fst::new(bytes.to_vec()).is_ok_and(|f| f.verify().is_ok());
        assert!(fst_says(&dict));
        assert_eq!(verify_dictionary(&dict), Ok(()));
        // Every single damaged byte, in the body or in the stored checksum, is caught by both.
        for at in 0..dict.len() {
            let mut damaged = dict.clone();
            damaged[at] ^= 0x10;
            assert!(!fst_says(&damaged), "fst missed byte {at}");
            assert!(verify_dictionary(&damaged).is_err(), "missed byte {at}");
        }
        assert!(verify_dictionary(&dict[..3]).is_err());
        assert!(verify_dictionary(&[]).is_err());
    }

    #[test]
    fn empty_corpus_and_empty_documents() {
        let index = Index::build(&[]);
        assert_eq!(index.passage_count(), 0);
        assert_eq!(index.term_count(), 0);
        let index = Index::build(&docs(&["", "   "]));
        assert_eq!(index.doc_count(), 2);
        assert!(index.prefix_terms("a", 10).is_empty());
    }
}
