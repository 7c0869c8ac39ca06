//! Referents across a corpus: every document's entities linked to the real-world
//! referents they name, so that the corpus entity table has one row per referent.
//!
//! Each document's extraction ([`crate::entities`]) already makes one entity per referent
//! within that document ("Kennedy" joins "John F. Kennedy" there, "Mike" joins "Mike
//! Tyson"). This step, run once over the whole corpus, links them across documents:
//!
//! - A person's full name is the same referent in every document ("John F. Kennedy",
//!   "Nouri al-Maliki"). A shorter full name ("John Kennedy") joins a longer one with the
//!   same given name and surname ("John F. Kennedy") when the evidence below picks one.
//! - A bare surname that its own document left alone ("President Kennedy") joins a full
//!   name of the corpus with that surname when the evidence points to one referent: a
//!   title that only one of them holds ("President Kennedy", "President-elect John F.
//!   Kennedy"), or one full name that clearly dominates the corpus's uses of the surname;
//!   never across a clash of gender titles (Mr., Mrs., Miss) or of offices. Otherwise it
//!   stays a row of its own, listing the full names it could be when there are any
//!   (ambiguous).
//! - A bare given name ("John", "Mike") is never linked across documents: each document's
//!   is a row of its own.
//! - Organizations and places are linked by name and by acronym ("United Nations", "UN",
//!   "U.N."); dates by name. Kinds never mix: "Sadr City" is a place, "Sadr" a person.
//!
//! [`resolve`] then gives each document's linked entities their referent's name (the
//! surface name goes to the aliases), merges two entities of one document that turn out
//! to be one referent (their quotations' speakers follow), and returns the table.
//!
//! ```
//! use sift_engine::document::{parse, Format};
//! use sift_engine::{entities, referents};
//! let texts = ["President-elect John F. Kennedy named his cabinet.", "President Kennedy spoke."];
//! let mut docs: Vec<_> = texts
//!     .iter()
//!     .map(|t| {
//!         let doc = parse("d", Format::Text, t.as_bytes()).unwrap();
//!         (entities::extract(&doc), Vec::new())
//!     })
//!     .collect();
//! let table = referents::resolve(docs.iter_mut().map(|(e, q)| (e, q)));
//! let jfk = table.iter().find(|r| r.name == "John F. Kennedy").unwrap();
//! assert_eq!((jfk.mentions, jfk.docs.clone()), (2, vec![0, 1]));
//! assert_eq!(docs[1].0[0].name, "John F. Kennedy");
//! assert_eq!(docs[1].0[0].aliases, ["Kennedy"]);
//! ```

use crate::entities::{self, lexicon, Entity, EntityKind};
use crate::entity_table::{self, EntityRow};
use crate::quotes::Quote;
use crate::tokenize::terms;
use std::collections::HashMap;

/// One real-world referent of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referent {
    pub kind: EntityKind,
    /// Its name: the most complete and most used of the names it goes by.
    pub name: String,
    /// A bare name that stayed a row of its own although the corpus has full names it
    /// could be: those names, most used first (empty otherwise).
    pub candidates: Vec<String>,
    /// Mentions in all documents.
    pub mentions: usize,
    /// The documents that mention it (indices into the corpus, sorted).
    pub docs: Vec<u32>,
    /// The documents' entities take [`Referent::name`] (a referent linked across names or
    /// documents); bare names left alone keep their own.
    renames: bool,
}

/// Every entity of a corpus linked to its referent ([`link`]).
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// For each document, for each of its entities, its referent.
    of: Vec<Vec<usize>>,
    referents: Vec<Referent>,
}

impl Links {
    /// The referent of entity `entity` of document `doc`.
    pub fn referent(&self, doc: usize, entity: usize) -> &Referent {
        &self.referents[self.of[doc][entity]]
    }

    /// Every referent, in the order first met.
    pub fn referents(&self) -> &[Referent] {
        &self.referents
    }

    /// The corpus entity table: one row per referent, most mentioned first.
    pub fn rows(&self) -> Vec<EntityRow> {
        let rows = self
            .referents
            .iter()
            .filter(|r| !r.docs.is_empty())
            .map(|r| EntityRow {
                kind: r.kind,
                name: r.name.clone(),
                mentions: r.mentions,
                documents: r.docs.len(),
                docs: r.docs.clone(),
                candidates: r.candidates.clone(),
            })
            .collect();
        entity_table::sorted(rows)
    }
}

/// Link the entities of a corpus (one slice per document, in corpus order) to referents.
pub fn link<'a>(documents: impl IntoIterator<Item = &'a [Entity]>) -> Links {
    let docs: Vec<&[Entity]> = documents.into_iter().collect();
    Linker::new(&docs).run()
}

/// Link the entities of a corpus (each document's entities and quotations, in corpus
/// order) to referents; rename and merge each document's entities accordingly, relink its
/// quotations' speakers, and return the corpus entity table.
pub fn resolve<'a>(
    documents: impl IntoIterator<Item = (&'a mut Vec<Entity>, &'a mut Vec<Quote>)>,
) -> Vec<EntityRow> {
    let mut docs: Vec<(&mut Vec<Entity>, &mut Vec<Quote>)> = documents.into_iter().collect();
    let links = link(docs.iter().map(|(e, _)| e.as_slice()));
    for (d, (entities, quotes)) in docs.iter_mut().enumerate() {
        apply(&links, d, entities, quotes);
    }
    links.rows()
}

/// Rename document `d`'s entities after their referents, merge those that share one, and
/// relink the speakers of its quotations.
fn apply(links: &Links, d: usize, entities: &mut Vec<Entity>, quotes: &mut [Quote]) {
    let old = std::mem::take(entities);
    let mut out: Vec<Entity> = Vec::with_capacity(old.len());
    let mut of_referent: HashMap<usize, usize> = HashMap::new();
    let mut moved = Vec::with_capacity(old.len());
    for (i, mut e) in old.into_iter().enumerate() {
        let r = links.of[d][i];
        let referent = &links.referents[r];
        if let Some(&k) = of_referent.get(&r) {
            let into = &mut out[k];
            for form in std::iter::once(e.name).chain(e.aliases) {
                if form != into.name && !into.aliases.contains(&form) {
                    into.aliases.push(form);
                }
            }
            into.mentions.append(&mut e.mentions);
            into.mentions.sort_by_key(|m| (m.paragraph, m.start));
            moved.push(k);
            continue;
        }
        if referent.renames && e.name != referent.name {
            let surface = std::mem::replace(&mut e.name, referent.name.clone());
            e.aliases.retain(|a| *a != e.name && *a != surface);
            e.aliases.insert(0, surface);
        }
        of_referent.insert(r, out.len());
        moved.push(out.len());
        out.push(e);
    }
    // Extraction's order: most mentioned first, then by name.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by(|&a, &b| {
        out[b]
            .count()
            .cmp(&out[a].count())
            .then_with(|| out[a].name.cmp(&out[b].name))
    });
    let mut position = vec![0; out.len()];
    for (p, &k) in order.iter().enumerate() {
        position[k] = p;
    }
    let mut slots: Vec<Option<Entity>> = out.into_iter().map(Some).collect();
    *entities = order
        .iter()
        .map(|&k| slots[k].take().expect("each entity once"))
        .collect();
    for q in quotes {
        if let Some(s) = &mut q.speaker {
            if let Some(e) = s.entity.and_then(|i| moved.get(i)).map(|&k| position[k]) {
                s.entity = Some(e);
                s.name = entities[e].name.clone();
            }
        }
    }
}

/// What a name is, for linking.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// Organizations, places, dates and people's full names: by name.
    Name(String),
    /// A bare surname (or any bare name that is not a given name).
    Bare(String),
    /// A bare given name, in one document.
    Given(u32, String),
}

/// The names a group of same-keyed entities goes by, and who they are.
#[derive(Debug)]
struct Group {
    kind: EntityKind,
    key: Key,
    /// (document, entity) pairs.
    members: Vec<(u32, usize)>,
    candidates: Vec<usize>,
}

/// What a person's titles and given name say about them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Evidence {
    male: bool,
    female: bool,
    /// Offices and other titles, normalized ("president", "senator"), sorted.
    offices: Vec<String>,
}

impl Evidence {
    fn add_role(&mut self, role: &str) {
        let head = entities::title_head(role);
        match entities::title_gender(&head) {
            Some(true) => self.female = true,
            Some(false) => self.male = true,
            None => {
                let office = office(&head).to_string();
                if let Err(at) = self.offices.binary_search(&office) {
                    self.offices.insert(at, office);
                }
            }
        }
    }

    fn add_given_name(&mut self, name: &str) {
        let first = name.split_whitespace().next().unwrap_or_default();
        match lexicon::given_name_gender(first) {
            Some(true) => self.female = true,
            Some(false) => self.male = true,
            None => {}
        }
    }

    /// The gender it says, when it says one.
    fn gender(&self) -> Option<bool> {
        match (self.male, self.female) {
            (true, false) => Some(false),
            (false, true) => Some(true),
            _ => None,
        }
    }

    /// Can a bare name with this evidence be the person `full`? Not when their gender
    /// titles differ, nor when both were written with offices and none is shared.
    fn fits(&self, full: &Evidence) -> bool {
        if let (Some(a), Some(b)) = (self.gender(), full.gender()) {
            if a != b {
                return false;
            }
        }
        self.offices.is_empty() || full.offices.is_empty() || self.holds_any(full)
    }

    fn holds_any(&self, full: &Evidence) -> bool {
        self.offices.iter().any(|o| full.offices.contains(o))
    }
}

/// One spelling of an office: "Sen." and "Senator" are one.
fn office(head: &str) -> &str {
    match head {
        "sen" | "sens" => "senator",
        "gov" => "governor",
        "rep" | "reps" => "representative",
        "gen" => "general",
        "col" => "colonel",
        "capt" => "captain",
        "lt" => "lieutenant",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "cmdr" => "commander",
        "maj" => "major",
        "cpl" => "corporal",
        "prof" => "professor",
        "dr" => "doctor",
        "rev" => "reverend",
        "presidents" => "president",
        other => other,
    }
}

/// A candidate for a bare or shorter name: a group of full names.
struct Candidate<'e> {
    group: usize,
    evidence: &'e Evidence,
    /// Documents that use its full names.
    docs: usize,
}

/// What the evidence says a name is.
#[derive(Debug, PartialEq, Eq)]
enum Choice {
    One(usize),
    /// Several groups it could be (or one it could be without evidence enough).
    Several(Vec<usize>),
    None,
}

/// Pick the one candidate a name refers to: the only one compatible with its evidence, the
/// only one holding its title, or one that clearly dominates the others (at least twice
/// the documents of the next, half of all, and two documents).
fn choose(evidence: &Evidence, candidates: &[Candidate]) -> Choice {
    if candidates.is_empty() {
        return Choice::None;
    }
    let mut by_use: Vec<&Candidate> = candidates.iter().collect();
    by_use.sort_by_key(|c| (std::cmp::Reverse(c.docs), c.group));
    let groups = |cs: &[&Candidate]| cs.iter().map(|c| c.group).collect::<Vec<_>>();
    // Two people under one bare name (a Mr. and a Mrs.): none of them in particular.
    if evidence.male && evidence.female {
        return Choice::Several(groups(&by_use));
    }
    let fitting: Vec<&Candidate> = by_use
        .into_iter()
        .filter(|c| evidence.fits(c.evidence))
        .collect();
    let holders: Vec<&Candidate> = fitting
        .iter()
        .copied()
        .filter(|c| evidence.holds_any(c.evidence))
        .collect();
    let pool = match holders.len() {
        1 => return Choice::One(holders[0].group),
        0 => fitting,
        _ => holders,
    };
    match pool.as_slice() {
        [] => Choice::None,
        [only] => Choice::One(only.group),
        [top, next, ..] => {
            let all: usize = pool.iter().map(|c| c.docs).sum();
            if top.docs >= 2 && top.docs >= 2 * next.docs && 2 * top.docs >= all {
                Choice::One(top.group)
            } else {
                Choice::Several(groups(&pool))
            }
        }
    }
}

/// A name's terms, as the tokenizer makes them: "John F. Kennedy" → "john f kennedy".
fn key(name: &str) -> String {
    terms(name).join(" ")
}

/// "UN", "U.N.", "U. S.", "NATO": a single word in capitals, or initials with their
/// periods, of two to six letters.
fn acronym(name: &str) -> Option<String> {
    let initials = name
        .split_whitespace()
        .all(|w| w.len() <= 4 && w.ends_with('.'));
    if name.contains(char::is_whitespace) && !initials {
        return None;
    }
    let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n)
        && letters.chars().all(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == ' '))
    .then_some(letters)
}

/// The initials of a name of two words or more, function words left out: "United Nations"
/// → "UN", "Federal Bureau of Investigation" → "FBI".
fn initials(name: &str) -> Option<String> {
    const SKIP: &[&str] = &["of", "the", "and", "for", "on", "in", "at", "to", "de", "&"];
    let words: Vec<&str> = name
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !SKIP.contains(w))
        .collect();
    if words.len() < 2 {
        return None;
    }
    words
        .iter()
        .map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

struct Linker<'a> {
    docs: &'a [&'a [Entity]],
    groups: Vec<Group>,
    by_key: HashMap<(EntityKind, Key), usize>,
    /// Union-find over groups: a group linked into another points to it.
    parent: Vec<usize>,
    /// Each document's entities' groups.
    of: Vec<Vec<usize>>,
}

impl<'a> Linker<'a> {
    fn new(docs: &'a [&'a [Entity]]) -> Self {
        Linker {
            docs,
            groups: Vec::new(),
            by_key: HashMap::new(),
            parent: Vec::new(),
            of: docs.iter().map(|d| vec![usize::MAX; d.len()]).collect(),
        }
    }

    fn entity(&self, (d, i): (u32, usize)) -> &'a Entity {
        &self.docs[d as usize][i]
    }

    fn add(&mut self, kind: EntityKind, key: Key, member: (u32, usize)) -> usize {
        let g = *self.by_key.entry((kind, key.clone())).or_insert_with(|| {
            self.groups.push(Group {
                kind,
                key,
                members: Vec::new(),
                candidates: Vec::new(),
            });
            self.parent.push(self.parent.len());
            self.parent.len() - 1
        });
        self.groups[g].members.push(member);
        self.of[member.0 as usize][member.1] = g;
        g
    }

    fn root(&self, mut g: usize) -> usize {
        while self.parent[g] != g {
            g = self.parent[g];
        }
        g
    }

    fn join(&mut self, from: usize, into: usize) {
        let (from, into) = (self.root(from), self.root(into));
        if from != into {
            self.parent[from] = into;
        }
    }

    /// Does group `g` have a document in common with one of `others`?
    fn share_a_document(&self, g: usize, others: &[usize]) -> bool {
        self.groups[g].members.iter().any(|m| {
            others
                .iter()
                .any(|&o| self.groups[o].members.iter().any(|n| n.0 == m.0))
        })
    }

    /// Documents a group's members are in.
    fn doc_count(&self, g: usize) -> usize {
        let mut docs: Vec<u32> = self.groups[g].members.iter().map(|m| m.0).collect();
        docs.dedup();
        docs.len()
    }

    fn run(mut self) -> Links {
        // Names first; bare people's names wait for the full names they may be.
        let mut bare: Vec<(u32, usize)> = Vec::new();
        for (d, entities) in self.docs.iter().enumerate() {
            for (i, e) in entities.iter().enumerate() {
                let member = (d as u32, i);
                if e.kind == EntityKind::Person && !e.name.trim().contains(' ') {
                    bare.push(member);
                } else {
                    self.add(e.kind, Key::Name(key(&e.name)), member);
                }
            }
        }
        let full = self.link_full_names();
        self.link_bare_names(&bare, &full);
        self.link_acronyms();
        self.referents()
    }

    /// People's full names: each group's evidence, and shorter names joined to longer
    /// ones. Returns the full names by surname, with their evidence.
    fn link_full_names(&mut self) -> FullNames {
        let mut names = FullNames::default();
        for g in 0..self.groups.len() {
            if self.groups[g].kind != EntityKind::Person {
                continue;
            }
            let mut evidence = Evidence::default();
            for &m in &self.groups[g].members {
                let e = self.entity(m);
                evidence.add_given_name(&e.name);
                for role in e.mentions.iter().filter_map(|m| m.role.as_deref()) {
                    evidence.add_role(role);
                }
            }
            let Key::Name(k) = &self.groups[g].key else {
                continue;
            };
            let name = &self.entity(self.groups[g].members[0]).name;
            names
                .terms
                .insert(g, k.split(' ').map(str::to_string).collect());
            // Only what reads as a person's name can be what a bare surname stands for:
            // a given name or an initial first ("John F. Kennedy", "J. I. Case"), or a
            // title written with it; not "Berlin Wall" or "Dust From Shakespeare" that
            // extraction took for people.
            let first = name.split_whitespace().next().unwrap_or_default();
            let titled = self.groups[g]
                .members
                .iter()
                .any(|&m| self.entity(m).mentions.iter().any(|m| m.role.is_some()));
            if lexicon::given_names().contains(first) || is_initial(first) || titled {
                names
                    .by_surname
                    .entry(entities::surname(name))
                    .or_default()
                    .push(g);
            }
            names.evidence.insert(g, evidence);
        }
        // "John Kennedy" → "John F. Kennedy": same first and last words, a subsequence.
        let mut shorter: Vec<usize> = names.terms.keys().copied().collect();
        shorter.sort_by_key(|&g| (names.terms[&g].len(), g));
        for g in shorter {
            let t = &names.terms[&g];
            let surname = entities::surname(&self.entity(self.groups[g].members[0]).name);
            let longer: Vec<Candidate> = names
                .by_surname
                .get(&surname)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter(|&&h| {
                    let u = &names.terms[&h];
                    h != g && u.len() > t.len() && u[0] == t[0] && is_subsequence(t, u)
                })
                .map(|&h| Candidate {
                    group: h,
                    evidence: &names.evidence[&h],
                    docs: self.doc_count(h),
                })
                .collect();
            match choose(&names.evidence[&g], &longer) {
                Choice::One(h) => self.join(g, h),
                Choice::Several(hs) => self.groups[g].candidates = hs,
                Choice::None => {}
            }
        }
        names
    }

    /// Bare names of people: a given name stays in its document; a surname joins the full
    /// name the evidence picks, or stays a row of its own.
    fn link_bare_names(&mut self, bare: &[(u32, usize)], full: &FullNames) {
        // How often the corpus's full names use a word first and last.
        let mut first_uses: HashMap<&str, usize> = HashMap::new();
        let mut last_uses: HashMap<&str, usize> = HashMap::new();
        for g in full.by_surname.values().flatten() {
            let t = &full.terms[g];
            *first_uses.entry(t[0].as_str()).or_default() += 1;
            *last_uses.entry(t[t.len() - 1].as_str()).or_default() += 1;
        }
        // Full-name groups of each document, to leave out those the document itself did
        // not take a bare name for.
        let mut in_doc: HashMap<u32, Vec<usize>> = HashMap::new();
        for &g in full.terms.keys() {
            for m in &self.groups[g].members {
                in_doc.entry(m.0).or_default().push(self.root(g));
            }
        }
        // Root groups of full names, with their evidence and documents merged.
        let mut roots: HashMap<usize, (Evidence, Vec<u32>)> = HashMap::new();
        for (&g, evidence) in &full.evidence {
            let r = self.root(g);
            let entry = roots.entry(r).or_default();
            entry.0.male |= evidence.male;
            entry.0.female |= evidence.female;
            for o in &evidence.offices {
                if let Err(at) = entry.0.offices.binary_search(o) {
                    entry.0.offices.insert(at, o.clone());
                }
            }
            entry.1.extend(self.groups[g].members.iter().map(|m| m.0));
        }
        for (_, docs) in roots.values_mut() {
            docs.sort_unstable();
            docs.dedup();
        }
        for &member in bare {
            let e = self.entity(member);
            let k = key(&e.name);
            let given = lexicon::given_names().contains(e.name.as_str())
                && first_uses.get(k.as_str()).copied().unwrap_or(0)
                    >= last_uses.get(k.as_str()).copied().unwrap_or(0);
            if given {
                self.add(EntityKind::Person, Key::Given(member.0, k), member);
                continue;
            }
            let mut evidence = Evidence::default();
            for role in e.mentions.iter().filter_map(|m| m.role.as_deref()) {
                evidence.add_role(role);
            }
            let here = in_doc.get(&member.0).map_or(&[][..], Vec::as_slice);
            let mut seen: Vec<usize> = Vec::new();
            let mut candidates: Vec<Candidate> = Vec::new();
            for &g in full
                .by_surname
                .get(&entities::surname(&e.name))
                .map_or(&[][..], Vec::as_slice)
            {
                let r = self.root(g);
                if seen.contains(&r) || here.contains(&r) {
                    continue;
                }
                seen.push(r);
                let (evidence, docs) = &roots[&r];
                candidates.push(Candidate {
                    group: r,
                    evidence,
                    docs: docs.len(),
                });
            }
            let g = self.add(EntityKind::Person, Key::Bare(k), member);
            match choose(&evidence, &candidates) {
                Choice::One(r) => {
                    // this entity alone: others of the same bare name may be others
                    self.groups[g].members.pop();
                    let own = self.groups.len();
                    self.groups.push(Group {
                        kind: EntityKind::Person,
                        key: Key::Name(String::new()),
                        members: vec![member],
                        candidates: Vec::new(),
                    });
                    self.parent.push(r);
                    self.of[member.0 as usize][member.1] = own;
                }
                Choice::Several(rs) => {
                    for r in rs {
                        if !self.groups[g].candidates.contains(&r) {
                            self.groups[g].candidates.push(r);
                        }
                    }
                }
                Choice::None => {}
            }
        }
    }

    /// Acronyms of organizations and places: "U.N." and "UN" are one, and join the one name
    /// they abbreviate ("United Nations") when a document defined them so or when that
    /// name is the only one (or the dominant one) with those initials.
    fn link_acronyms(&mut self) {
        let mut acronyms: HashMap<(EntityKind, String), Vec<usize>> = HashMap::new();
        let mut by_initials: HashMap<(EntityKind, String), Vec<usize>> = HashMap::new();
        let mut defined: HashMap<(EntityKind, String), Vec<usize>> = HashMap::new();
        for g in 0..self.groups.len() {
            let kind = self.groups[g].kind;
            if !matches!(kind, EntityKind::Organization | EntityKind::Place) {
                continue;
            }
            let members = &self.groups[g].members;
            let names: Vec<&str> = members
                .iter()
                .map(|&m| self.entity(m).name.as_str())
                .collect();
            let letters: Option<Vec<String>> = names.iter().map(|n| acronym(n)).collect();
            if let Some(letters) = letters.filter(|l| !l.is_empty()) {
                acronyms
                    .entry((kind, letters[0].clone()))
                    .or_default()
                    .push(g);
                continue;
            }
            if let Some(i) = names.iter().find_map(|n| initials(n)) {
                by_initials.entry((kind, i)).or_default().push(g);
            }
            for &m in members {
                for a in self.entity(m).aliases.iter().filter_map(|a| acronym(a)) {
                    let list = defined.entry((kind, a)).or_default();
                    if !list.contains(&g) {
                        list.push(g);
                    }
                }
            }
        }
        let mut keys: Vec<&(EntityKind, String)> = acronyms.keys().collect();
        keys.sort();
        for k in keys {
            let groups = &acronyms[k];
            for &g in &groups[1..] {
                self.join(g, groups[0]);
            }
            let none = Evidence::default();
            let candidates = |gs: Option<&Vec<usize>>| -> Vec<Candidate> {
                gs.map_or(&[][..], Vec::as_slice)
                    .iter()
                    .map(|&g| Candidate {
                        group: g,
                        evidence: &none,
                        docs: self.doc_count(g),
                    })
                    .collect()
            };
            let by_definition = candidates(defined.get(k));
            let choice = match choose(&none, &by_definition) {
                // Initials alone are weaker evidence: the name they spell must be used in
                // two documents, or in one that also uses the acronym ("SAC" is no "State
                // Affairs Committee" of another story).
                Choice::None => match choose(&none, &candidates(by_initials.get(k))) {
                    Choice::One(g)
                        if self.doc_count(g) >= 2 || self.share_a_document(g, groups) =>
                    {
                        Choice::One(g)
                    }
                    _ => Choice::None,
                },
                choice => choice,
            };
            if let Choice::One(g) = choice {
                self.join(groups[0], g);
            }
        }
    }

    /// Each root group's referent: its name, mentions, documents and candidates.
    fn referents(self) -> Links {
        let mut referent_of: HashMap<usize, usize> = HashMap::new();
        let mut members: Vec<Vec<(u32, usize)>> = Vec::new();
        let mut roots: Vec<usize> = Vec::new();
        for g in 0..self.groups.len() {
            let r = self.root(g);
            let n = *referent_of.entry(r).or_insert_with(|| {
                members.push(Vec::new());
                roots.push(r);
                members.len() - 1
            });
            members[n].extend(&self.groups[g].members);
        }
        let mut referents: Vec<Referent> = roots
            .iter()
            .zip(&members)
            .map(|(&r, members)| self.referent(r, members))
            .collect();
        // candidates by name, now that every referent has one
        let names: Vec<String> = referents.iter().map(|r| r.name.clone()).collect();
        for (n, &r) in roots.iter().enumerate() {
            let mut candidates: Vec<String> = Vec::new();
            for &c in &self.groups[r].candidates {
                let name = &names[referent_of[&self.root(c)]];
                if *name != names[n] && !candidates.contains(name) {
                    candidates.push(name.clone());
                }
            }
            referents[n].candidates = candidates;
        }
        let of = self
            .of
            .iter()
            .map(|gs| gs.iter().map(|&g| referent_of[&self.root(g)]).collect())
            .collect();
        Links { of, referents }
    }

    fn referent(&self, root: usize, members: &[(u32, usize)]) -> Referent {
        let group = &self.groups[root];
        let kind = group.kind;
        // The name: a full name over a bare one or an acronym, the most complete (for a
        // person), in ordinary case, the most mentioned.
        let mut forms: HashMap<&str, usize> = HashMap::new();
        for &m in members {
            *forms.entry(self.entity(m).name.as_str()).or_default() += self.entity(m).count();
        }
        let rank = |name: &str| {
            let words = if kind == EntityKind::Person {
                name.split_whitespace().count()
            } else {
                0
            };
            let lower = name.chars().any(char::is_lowercase);
            (acronym(name).is_none(), words, lower, forms[name])
        };
        let name = forms
            .keys()
            .copied()
            .max_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| b.cmp(a)))
            .unwrap_or_default()
            .to_string();
        let mut docs: Vec<u32> = members.iter().map(|m| m.0).collect();
        docs.sort_unstable();
        docs.dedup();
        let left_alone = members.iter().all(|&(d, i)| {
            let g = self.of[d as usize][i];
            matches!(self.groups[g].key, Key::Bare(_) | Key::Given(..))
        });
        Referent {
            kind,
            name,
            candidates: Vec::new(),
            mentions: members.iter().map(|&m| self.entity(m).count()).sum(),
            docs,
            renames: !left_alone,
        }
    }
}

/// The corpus's full names of people, by group.
#[derive(Default)]
struct FullNames {
    /// Each full-name group's terms.
    terms: HashMap<usize, Vec<String>>,
    evidence: HashMap<usize, Evidence>,
    /// Groups by surname, in the order first met.
    by_surname: HashMap<String, Vec<usize>>,
}

/// "J.", "W.R.": an initial or two, with their periods.
fn is_initial(word: &str) -> bool {
    word.ends_with('.') && (1..=2).contains(&word.chars().filter(|c| c.is_alphabetic()).count())
}

/// Are the words of `short` found in `long`, in order?
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};
    use crate::entities::Mention;
    use crate::quotes::Speaker;
    use EntityKind::*;

    /// A corpus of short documents and the table expected of it.
    #[derive(Debug)]
    struct TableTest {
        /// The name of this test, for failures.
        name: &'static str,
        /// One text per document.
        docs: &'static [&'static str],
        /// Every row of the kinds named here (other kinds are not checked):
        /// (kind, name, documents, candidates).
        rows: &'static [Row],
    }

    type Row = (
        EntityKind,
        &'static str,
        &'static [u32],
        &'static [&'static str],
    );

    macro_rules! t {
        ($name:ident, $docs:expr, $rows:expr) => {
            TableTest {
                name: stringify!($name),
                docs: $docs,
                rows: $rows,
            }
        };
    }

    /// A collection of test groups.
    type TestCollection = &'static [&'static [TableTest]];

    const ALL: TestCollection = &[
        FULL_NAMES,
        TITLES,
        GENDER,
        GIVEN_NAMES,
        AMBIGUOUS,
        ACRONYMS,
        PLACES_AND_PEOPLE,
    ];

    /// A full name is one referent everywhere; a shorter one joins the longer.
    const FULL_NAMES: &[TableTest] = &[
        t!(
            full000_same_full_name,
            &["Nouri al-Maliki spoke.", "Later Nouri al-Maliki left."],
            &[(Person, "Nouri al-Maliki", &[0, 1], &[])]
        ),
        t!(
            full010_shorter_joins_longer,
            &["John F. Kennedy spoke.", "Later John Kennedy left."],
            &[(Person, "John F. Kennedy", &[0, 1], &[])]
        ),
        t!(
            full020_bare_surname_one_full_name,
            &["Nikita S. Khrushchev spoke.", "Khrushchev said no."],
            &[(Person, "Nikita S. Khrushchev", &[0, 1], &[])]
        ),
        t!(
            full030_bare_surname_no_full_name,
            &["Khrushchev said no.", "Khrushchev said yes."],
            &[(Person, "Khrushchev", &[0, 1], &[])]
        ),
        t!(
            full040_different_given_names,
            &["John Smith spoke.", "Later Jane Smith left."],
            &[
                (Person, "Jane Smith", &[1], &[]),
                (Person, "John Smith", &[0], &[]),
            ]
        ),
    ];

    /// A title only one full name holds picks it; an office it never held rules it out.
    const TITLES: &[TableTest] = &[
        t!(
            title000_two_kennedys_one_president,
            &[
                "President-elect John F. Kennedy named his cabinet.",
                "Attorney General Robert F. Kennedy spoke.",
                "President Kennedy spoke.",
            ],
            &[
                (Person, "John F. Kennedy", &[0, 2], &[]),
                (Person, "Robert F. Kennedy", &[1], &[]),
            ]
        ),
        t!(
            title010_an_office_never_held,
            &[
                "Attorney General Robert F. Kennedy spoke.",
                "Senator Kennedy voted.",
            ],
            &[
                (Person, "Kennedy", &[1], &[]),
                (Person, "Robert F. Kennedy", &[0], &[]),
            ]
        ),
        t!(
            title020_abbreviated_office,
            &["Sen. Everett Dirksen spoke.", "Senator Dirksen voted."],
            &[(Person, "Everett Dirksen", &[0, 1], &[])]
        ),
        t!(
            title030_the_document_kept_them_apart,
            &[
                "President-elect John F. Kennedy named his cabinet.",
                "First Lady Jacqueline Kennedy toured the school.\nPresident Kennedy spoke.",
            ],
            &[
                (Person, "Jacqueline Kennedy", &[1], &[]),
                (Person, "John F. Kennedy", &[0, 1], &[]),
            ]
        ),
    ];

    /// Gender titles never join a name of the other gender.
    const GENDER: &[TableTest] = &[
        t!(
            gender000_mrs_kennedy_is_not_john,
            &["John F. Kennedy spoke.", "Mrs. Kennedy poured tea."],
            &[
                (Person, "John F. Kennedy", &[0], &[]),
                (Person, "Kennedy", &[1], &[]),
            ]
        ),
        t!(
            gender010_mr_kennedy_is_john,
            &["John F. Kennedy spoke.", "Mr. Kennedy left."],
            &[(Person, "John F. Kennedy", &[0, 1], &[])]
        ),
        t!(
            gender020_mrs_kennedy_is_jacqueline,
            &[
                "John F. Kennedy spoke.",
                "Jacqueline Kennedy smiled.",
                "Mrs. Kennedy poured tea.",
            ],
            &[
                (Person, "Jacqueline Kennedy", &[1, 2], &[]),
                (Person, "John F. Kennedy", &[0], &[]),
            ]
        ),
        t!(
            gender030_a_mr_and_a_mrs_under_one_name,
            &[
                "John F. Kennedy spoke.",
                "Mr. Kennedy and Mrs. Kennedy left.",
            ],
            &[
                (Person, "John F. Kennedy", &[0], &[]),
                (Person, "Kennedy", &[1], &["John F. Kennedy"]),
            ]
        ),
    ];

    /// A bare given name is never linked across documents.
    const GIVEN_NAMES: &[TableTest] = &[
        t!(
            given000_two_johns,
            &["John walked home.", "John stayed."],
            &[(Person, "John", &[0], &[]), (Person, "John", &[1], &[])]
        ),
        t!(
            given010_not_even_to_a_full_name,
            &["John Smith arrived.", "John left."],
            &[
                (Person, "John", &[1], &[]),
                (Person, "John Smith", &[0], &[])
            ]
        ),
        t!(
            given020_its_own_document_s_full_name,
            &["Mike Tyson boxed. Later Mike won.", "Mike lost."],
            &[
                (Person, "Mike", &[1], &[]),
                (Person, "Mike Tyson", &[0], &[]),
            ]
        ),
    ];

    /// Without evidence for one of several full names, a bare surname stays a row of
    /// its own and lists them; one that clearly dominates takes it.
    const AMBIGUOUS: &[TableTest] = &[
        t!(
            ambiguous000_two_candidates,
            &[
                "John F. Kennedy spoke.",
                "Robert F. Kennedy spoke.",
                "Kennedy said no.",
            ],
            &[
                (
                    Person,
                    "Kennedy",
                    &[2],
                    &["John F. Kennedy", "Robert F. Kennedy"]
                ),
                (Person, "John F. Kennedy", &[0], &[]),
                (Person, "Robert F. Kennedy", &[1], &[]),
            ]
        ),
        t!(
            ambiguous010_one_dominates,
            &[
                "John F. Kennedy spoke.",
                "John F. Kennedy left.",
                "Robert F. Kennedy spoke.",
                "Kennedy said no.",
            ],
            &[
                (Person, "John F. Kennedy", &[0, 1, 3], &[]),
                (Person, "Robert F. Kennedy", &[2], &[]),
            ]
        ),
        t!(
            ambiguous020_a_shorter_full_name,
            &[
                "John F. Kennedy spoke.",
                "John A. Kennedy spoke.",
                "Later John Kennedy left.",
            ],
            &[
                (Person, "John A. Kennedy", &[1], &[]),
                (Person, "John F. Kennedy", &[0], &[]),
                (
                    Person,
                    "John Kennedy",
                    &[2],
                    &["John F. Kennedy", "John A. Kennedy"]
                ),
            ]
        ),
    ];

    /// Organizations and places by name and acronym.
    const ACRONYMS: &[TableTest] = &[
        t!(
            acronym000_un,
            &[
                "Delegates of the United Nations met.",
                "The UN voted.",
                "Later U.N. troops left.",
                "The United Nations voted.",
            ],
            &[(Organization, "United Nations", &[0, 1, 2, 3], &[])]
        ),
        t!(
            acronym001_un_in_the_same_document,
            &[
                "Delegates of the United Nations met. The UN voted.",
                "Later U.N. troops left.",
            ],
            &[(Organization, "United Nations", &[0, 1], &[])]
        ),
        t!(
            acronym002_initials_of_a_name_used_once_elsewhere,
            &[
                "The State Affairs Committee met.",
                "Later SAC bombers flew."
            ],
            &[
                (Organization, "SAC", &[1], &[]),
                (Organization, "State Affairs Committee", &[0], &[]),
            ]
        ),
        t!(
            acronym010_defined_in_a_document,
            &[
                "The Islamic Supreme Council of Iraq (ISCI) met.",
                "Later ISCI leaders left.",
            ],
            &[(
                Organization,
                "Islamic Supreme Council of Iraq",
                &[0, 1],
                &[]
            )]
        ),
        t!(
            acronym020_two_names_with_those_initials,
            &[
                "The American Institute of Decorators met.",
                "The Agency for International Development paid.",
                "Later AID officials left.",
            ],
            &[
                (Organization, "AID", &[2], &[]),
                (
                    Organization,
                    "Agency for International Development",
                    &[1],
                    &[]
                ),
                (Organization, "American Institute of Decorators", &[0], &[]),
            ]
        ),
        t!(
            acronym030_us,
            &[
                "Troops of the United States left.",
                "Later U.S. troops left.",
                "Later U. S. troops left the United States.",
            ],
            &[(Place, "United States", &[0, 1, 2], &[])]
        ),
    ];

    /// Kinds never mix; places merge by name whatever their case.
    const PLACES_AND_PEOPLE: &[TableTest] = &[
        t!(
            place000_sadr_and_sadr_city,
            &[
                "Moqtada al-Sadr spoke in Sadr City.",
                "Sadr said no.",
                "Fighting spread to Sadr City.",
            ],
            &[
                (Person, "Moqtada al-Sadr", &[0, 1], &[]),
                (Place, "Sadr City", &[0, 2], &[]),
            ]
        ),
        t!(
            place010_a_dateline_in_capitals,
            &["BAGHDAD (AP) — Calm returned.", "Later Baghdad was calm."],
            &[(Place, "Baghdad", &[0, 1], &[])]
        ),
    ];

    fn extract(texts: &[&str]) -> Vec<Vec<Entity>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let doc = parse(&format!("d{i}"), Format::Text, t.as_bytes()).unwrap();
                entities::extract(&doc)
            })
            .collect()
    }

    fn run(test: &TableTest) {
        let docs = extract(test.docs);
        let table = link(docs.iter().map(Vec::as_slice)).rows();
        let kinds: Vec<EntityKind> = test.rows.iter().map(|r| r.0).collect();
        let mut got: Vec<(EntityKind, &str, &[u32], Vec<&str>)> = table
            .iter()
            .filter(|r| kinds.contains(&r.kind))
            .map(|r| {
                (
                    r.kind,
                    r.name.as_str(),
                    r.docs.as_slice(),
                    r.candidates.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        let mut want: Vec<(EntityKind, &str, &[u32], Vec<&str>)> = test
            .rows
            .iter()
            .map(|&(k, n, d, c)| (k, n, d, c.to_vec()))
            .collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "test {} on {:#?}", test.name, docs);
        for r in &table {
            assert_eq!(r.documents, r.docs.len(), "{}: {r:?}", test.name);
            assert!(r.docs.windows(2).all(|w| w[0] < w[1]), "{}", test.name);
        }
    }

    #[test]
    fn table_tests() {
        for group in ALL {
            for test in *group {
                run(test);
            }
        }
    }

    #[test]
    fn names_are_unique_in_a_collection() {
        let mut names: Vec<&str> = ALL.iter().flat_map(|g| g.iter().map(|t| t.name)).collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n);
    }

    fn at(paragraph: usize, start: usize, end: usize) -> Mention {
        Mention {
            paragraph,
            start,
            end,
            role: None,
        }
    }

    fn entity(kind: EntityKind, name: &str, mentions: Vec<Mention>) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            mentions,
        }
    }

    fn quote(speaker: usize, name: &str) -> Quote {
        Quote {
            paragraph: 0,
            start: 0,
            end: 1,
            text: "x".into(),
            speaker: Some(Speaker {
                name: name.into(),
                entity: Some(speaker),
            }),
            cue: None,
            kind: crate::quotes::QuoteKind::Speech,
        }
    }

    #[test]
    fn resolve_renames_merges_and_relinks_speakers() {
        let mut docs = [
            (
                vec![entity(
                    Person,
                    "John F. Kennedy",
                    vec![Mention {
                        role: Some("President-elect".into()),
                        ..at(0, 0, 15)
                    }],
                )],
                vec![],
            ),
            (
                vec![
                    entity(Place, "Basra", vec![at(0, 0, 5), at(1, 0, 5)]),
                    entity(Organization, "UN", vec![at(2, 3, 5)]),
                    entity(
                        Person,
                        "Kennedy",
                        vec![Mention {
                            role: Some("President".into()),
                            ..at(0, 10, 17)
                        }],
                    ),
                    entity(Organization, "United Nations", vec![at(1, 9, 23)]),
                ],
                vec![quote(2, "Kennedy"), quote(1, "UN"), quote(0, "Basra")],
            ),
        ];
        let table = resolve(docs.iter_mut().map(|(e, q)| (e, q)));
        let (entities, quotes) = &docs[1];
        let got: Vec<(&str, &[String], usize)> = entities
            .iter()
            .map(|e| (e.name.as_str(), e.aliases.as_slice(), e.count()))
            .collect();
        // most mentioned first, then by name; the surface name is an alias
        assert_eq!(
            got,
            [
                ("Basra", &[][..], 2),
                ("United Nations", &["UN".to_string()][..], 2),
                ("John F. Kennedy", &["Kennedy".to_string()][..], 1),
            ]
        );
        // the merged entity's mentions in text order
        assert_eq!(
            entities[1].mentions,
            [at(1, 9, 23), at(2, 3, 5)],
            "{entities:?}"
        );
        // speakers follow their entities, under their new names
        let speakers: Vec<(Option<usize>, &str)> = quotes
            .iter()
            .map(|q| {
                let s = q.speaker.as_ref().unwrap();
                (s.entity, s.name.as_str())
            })
            .collect();
        assert_eq!(
            speakers,
            [
                (Some(2), "John F. Kennedy"),
                (Some(1), "United Nations"),
                (Some(0), "Basra")
            ]
        );
        let jfk = table.iter().find(|r| r.name == "John F. Kennedy").unwrap();
        assert_eq!(
            (jfk.mentions, jfk.documents, &jfk.docs[..]),
            (2, 2, &[0, 1][..])
        );
        assert!(!jfk.is_ambiguous());
        // nothing to link: nothing changes
        let mut alone = vec![(vec![entity(Place, "Basra", vec![at(0, 0, 5)])], Vec::new())];
        let before = alone.clone();
        resolve(alone.iter_mut().map(|(e, q)| (e, q)));
        assert_eq!(alone, before);
        assert!(resolve(std::iter::empty()).is_empty());
    }

    #[test]
    fn the_table_does_not_depend_on_hashing() {
        // (each HashMap has its own random seed)
        let texts = [
            "President-elect John F. Kennedy named his cabinet. The UN met.",
            "Attorney General Robert F. Kennedy met United Nations delegates.",
            "President Kennedy spoke. Kennedy left. John stayed.",
            "Mr. Kennedy and Mrs. Kennedy left the United States for Basra.",
        ];
        let docs = extract(&texts);
        let first = link(docs.iter().map(Vec::as_slice)).rows();
        for _ in 0..8 {
            assert_eq!(link(docs.iter().map(Vec::as_slice)).rows(), first);
        }
    }

    #[test]
    fn choose_table() {
        let e = |male: bool, female: bool, offices: &[&str]| Evidence {
            male,
            female,
            offices: offices.iter().map(|o| o.to_string()).collect(),
        };
        let none = e(false, false, &[]);
        let he = e(true, false, &[]);
        let she = e(false, true, &[]);
        let president = e(false, false, &["president"]);
        let he_president = e(true, false, &["president"]);
        let general = e(false, false, &["general"]);
        let both = e(true, true, &[]);
        let c = |group, evidence, docs| Candidate {
            group,
            evidence,
            docs,
        };
        // (name, the bare name's evidence, candidates, choice)
        let cases: Vec<(&str, &Evidence, Vec<Candidate>, Choice)> = vec![
            ("nothing to choose", &none, vec![], Choice::None),
            ("the only one", &none, vec![c(0, &he, 1)], Choice::One(0)),
            (
                "the only one, of the other gender",
                &she,
                vec![c(0, &he, 5)],
                Choice::None,
            ),
            (
                "the only one of that gender",
                &she,
                vec![c(0, &he, 5), c(1, &she, 1)],
                Choice::One(1),
            ),
            (
                "the only holder of the title",
                &president,
                vec![c(0, &general, 9), c(1, &he_president, 1), c(2, &none, 1)],
                Choice::One(1),
            ),
            (
                "an office none held",
                &general,
                vec![c(0, &he_president, 3)],
                Choice::None,
            ),
            (
                "dominant: twice the next and half of all",
                &none,
                vec![c(0, &he, 4), c(1, &he, 2), c(2, &he, 1)],
                Choice::One(0),
            ),
            (
                "not dominant enough",
                &none,
                vec![c(0, &he, 3), c(1, &he, 2)],
                Choice::Several(vec![0, 1]),
            ),
            (
                "dominant but in one document",
                &none,
                vec![c(0, &he, 1), c(1, &she, 0)],
                Choice::Several(vec![0, 1]),
            ),
            (
                "a Mr. and a Mrs.",
                &both,
                vec![c(0, &he, 9)],
                Choice::Several(vec![0]),
            ),
        ];
        for (name, evidence, candidates, want) in cases {
            assert_eq!(choose(evidence, &candidates), want, "{name}");
        }
    }

    #[test]
    fn acronyms_and_initials() {
        for (name, acr) in [
            ("UN", Some("UN")),
            ("U.N.", Some("UN")),
            ("U. S.", Some("US")),
            ("U. S. Steel", None),
            ("NATO", Some("NATO")),
            ("Basra", None),
            ("BAGHDAD", None),
            ("New York", None),
            ("A", None),
        ] {
            assert_eq!(acronym(name).as_deref(), acr, "{name}");
        }
        for (name, init) in [
            ("United Nations", Some("UN")),
            ("Federal Bureau of Investigation", Some("FBI")),
            ("United States of America", Some("USA")),
            ("Agency for International Development", Some("AID")),
            ("Basra", None),
            ("the mall", None),
        ] {
            assert_eq!(initials(name).as_deref(), init, "{name}");
        }
    }
}
