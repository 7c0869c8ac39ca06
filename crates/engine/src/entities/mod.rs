//! Named entities: people, organizations, places and dates found in a document, one entry
//! per referent ("Muqtada al-Sadr", "Sadr" and "Sadr's" are one person).
//!
//! Offsets are byte ranges inside one paragraph of [`crate::Document::paragraphs`], so the
//! app can mark them in place and the index can relate them to passages.

use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
}

impl EntityKind {
    /// The kind's name as used in JSON, URLs and the query language (`person:`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
        }
    }
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Index of the paragraph in the document.
    pub paragraph: usize,
    /// Byte range of the name inside that paragraph (titles and roles excluded).
    pub start: usize,
    pub end: usize,
    /// A title or role written with this mention ("President", "cleric"), if any.
    pub role: Option<String>,
}

/// One real-world referent in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The most complete name used in the document ("Nouri al-Maliki").
    pub name: String,
    pub kind: EntityKind,
    /// Every other surface form that refers to it here ("Maliki", "al-Maliki").
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

pub mod dates;
pub mod lexicon;
pub mod names;
pub mod words;

use crate::Document;
use names::Candidate;
use std::collections::{HashMap, HashSet};

impl Entity {
    /// Number of mentions.
    pub fn count(&self) -> usize {
        self.mentions.len()
    }
}

/// The entities of a document, one per referent, most mentioned first.
///
/// ```
/// use sift_engine::document::{parse, Format};
/// use sift_engine::entities::{extract, EntityKind};
/// let text = "Prime Minister Nouri al-Maliki spoke in Basra on Monday. Maliki’s aides left.";
/// let doc = parse("d", Format::Text, text.as_bytes()).unwrap();
/// let entities = extract(&doc);
/// let maliki = entities.iter().find(|e| e.name == "Nouri al-Maliki").unwrap();
/// assert_eq!((maliki.kind, maliki.count()), (EntityKind::Person, 2));
/// assert_eq!(maliki.aliases, ["Maliki"]);
/// assert!(entities.iter().any(|e| e.name == "Basra" && e.kind == EntityKind::Place));
/// assert!(entities.iter().any(|e| e.name == "Monday" && e.kind == EntityKind::Date));
/// ```
pub fn extract(doc: &Document) -> Vec<Entity> {
    let mut lowercase_words: HashSet<&str> = HashSet::new();
    let paragraph_words: Vec<Vec<words::Word>> =
        doc.paragraphs.iter().map(|p| words::words(p)).collect();
    for ws in &paragraph_words {
        for w in ws {
            if w.text.chars().next().is_some_and(char::is_lowercase) {
                lowercase_words.insert(w.text);
            }
        }
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut date_mentions: Vec<(usize, std::ops::Range<usize>, String)> = Vec::new();
    for (p, (text, ws)) in doc.paragraphs.iter().zip(&paragraph_words).enumerate() {
        let found = dates::find(text, ws);
        let mut taken = HashSet::new();
        for (word_range, span) in found {
            taken.extend(word_range);
            date_mentions.push((p, span.clone(), text[span].to_string()));
        }
        candidates.extend(names::candidates(p, text, ws, &taken, &lowercase_words));
    }
    let mut entities = resolve_names(candidates);
    entities.extend(resolve_dates(date_mentions));
    entities.sort_by(|a, b| b.count().cmp(&a.count()).then(a.name.cmp(&b.name)));
    entities
}

/// Last name of a person's name, without a particle: "Muqtada al-Sadr" → "sadr".
pub(crate) fn surname(name: &str) -> String {
    let last = name.split_whitespace().last().unwrap_or(name);
    let last = last.rsplit('-').next().unwrap_or(last);
    last.to_lowercase()
}

fn key(name: &str) -> String {
    crate::tokenize::terms(name).join(" ")
}

fn resolve_names(candidates: Vec<Candidate>) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let add = |entities: &mut Vec<Entity>,
               by_key: &mut HashMap<(EntityKind, String), usize>,
               c: &Candidate,
               kind: EntityKind,
               into: Option<usize>| {
        let idx = match into.or_else(|| by_key.get(&(kind, key(&c.text))).copied()) {
            Some(i) => i,
            None => {
                entities.push(Entity {
                    name: c.text.clone(),
                    kind,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                });
                by_key.insert((kind, key(&c.text)), entities.len() - 1);
                entities.len() - 1
            }
        };
        let e = &mut entities[idx];
        if e.name != c.text && !e.aliases.contains(&c.text) {
            e.aliases.push(c.text.clone());
        }
        by_key.insert((kind, key(&c.text)), idx);
        e.mentions.push(Mention {
            paragraph: c.paragraph,
            start: c.span.start,
            end: c.span.end,
            role: c.role.clone(),
        });
        idx
    };
    // 1. Multi-word names and strongly typed ones first: they define the referents.
    let (mut first, mut rest): (Vec<&Candidate>, Vec<&Candidate>) = candidates
        .iter()
        .filter(|c| c.kind.is_some() || !c.text.contains(' '))
        .partition(|c| c.kind.is_some() && (c.text.contains(' ') || c.strong));
    first.sort_by_key(|c| std::cmp::Reverse(c.text.split_whitespace().count()));
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    let mut people = LastWords::new(EntityKind::Person);
    let mut given = GivenNames::default();
    let mut orgs = LastWords::new(EntityKind::Organization);
    for c in first {
        let kind = c.kind.unwrap_or(EntityKind::Person);
        // A strongly typed single word that is a known person's surname joins that person
        // ("Sadr" after "Muqtada al-Sadr"), unless it is a place or organization by itself.
        // A single word that is a known person's surname is that person, whatever its
        // context suggested ("the Sadr group"), unless a gazetteer says otherwise.
        let gazetteer =
            lexicon::places().contains(c.text.as_str()) || lexicon::is_known_org(&c.text);
        let into = if !c.text.contains(' ') && !gazetteer {
            people
                .find(&entities, &c.text)
                .or_else(|| given.find(&entities, &c.text))
                .filter(|&i| !role_clash(&entities[i], c.role.as_deref()))
        } else {
            None
        };
        let kind = if into.is_some() {
            EntityKind::Person
        } else {
            kind
        };
        // An acronym defined earlier in the text ("… of Iraq (ISCI)") is that organization.
        let (into, kind) = match acronyms.get(&c.text) {
            Some(&idx) => (Some(idx), entities[idx].kind),
            None => (into, kind),
        };
        let idx = add(&mut entities, &mut by_key, c, kind, into);
        if let Some(a) = &c.acronym {
            acronyms.insert(a.clone(), idx);
        }
    }
    // 2. Single words and weak guesses: aliases of the referents above, or their own.
    rest.sort_by_key(|c| (c.paragraph, c.span.start));
    for c in rest {
        if let Some(&idx) = acronyms.get(&c.text) {
            let kind = entities[idx].kind;
            add(&mut entities, &mut by_key, c, kind, Some(idx));
            continue;
        }
        if let Some(idx) = people
            .find(&entities, &c.text)
            .or_else(|| given.find(&entities, &c.text))
            .filter(|&i| !role_clash(&entities[i], c.role.as_deref()))
        {
            add(&mut entities, &mut by_key, c, EntityKind::Person, Some(idx));
            continue;
        }
        // "Times" after "New York Times"
        let org = if c.text.contains(' ') {
            None
        } else {
            orgs.find(&entities, &c.text)
        };
        if let Some(idx) = org {
            add(
                &mut entities,
                &mut by_key,
                c,
                EntityKind::Organization,
                Some(idx),
            );
            continue;
        }
        if let Some(kind) = c.kind {
            add(&mut entities, &mut by_key, c, kind, None);
        }
    }
    // A referent needs a name with some evidence: drop lone weak guesses seen once.
    entities.retain(|e| !e.mentions.is_empty());
    entities
}

/// Is a surname written with this title someone else than the person `e` who bears it in
/// full? "President Kennedy" is not "First Lady Jacqueline Kennedy", nor "Mr. Clinton"
/// "Hillary Clinton"; "Mr. Alito" and "Justice Alito" are "Samuel Alito".
fn role_clash(e: &Entity, role: Option<&str>) -> bool {
    let Some(role) = role else {
        return false;
    };
    let head = title_head;
    let title = head(role);
    if let Some(g) = title_gender(&title) {
        let first = e.name.split(' ').next().unwrap_or_default();
        return lexicon::given_name_gender(first).is_some_and(|n| n != g);
    }
    // An office: the full name must have held it, if it was written with any title.
    let held: Vec<String> = e
        .mentions
        .iter()
        .filter_map(|m| m.role.as_deref())
        .map(head)
        .collect();
    !held.is_empty() && !held.contains(&title)
}

/// The word of a title or role that says what it is, in lower case: "president" for
/// "former President" and "President-elect", "mrs" for "Mrs.", "general" for "Attorney
/// General".
pub(crate) fn title_head(role: &str) -> String {
    let head = role
        .rsplit(' ')
        .next()
        .unwrap_or(role)
        .trim_end_matches('.');
    let head = head.strip_suffix("-elect").unwrap_or(head);
    head.to_lowercase()
}

/// The gender a title says (`Some(true)`: "mrs", "queen"), for a [`title_head`].
pub(crate) fn title_gender(head: &str) -> Option<bool> {
    match head {
        "mr" | "messrs" | "sir" | "lord" | "king" | "prince" => Some(false),
        "mrs" | "ms" | "miss" | "misses" | "madame" | "mme" | "lady" | "dame" | "queen"
        | "princess" => Some(true),
        _ => None,
    }
}

/// The first multi-word entity of one kind with a given last word, kept up to date as
/// entities are added (a linear scan per name made long documents quadratic).
struct LastWords {
    kind: EntityKind,
    map: HashMap<String, usize>,
    indexed: usize,
}

impl LastWords {
    fn new(kind: EntityKind) -> Self {
        LastWords {
            kind,
            map: HashMap::new(),
            indexed: 0,
        }
    }

    fn find(&mut self, entities: &[Entity], word: &str) -> Option<usize> {
        for (i, e) in entities.iter().enumerate().skip(self.indexed) {
            if e.kind == self.kind && e.name.contains(' ') {
                self.map.entry(surname(&e.name)).or_insert(i);
            }
        }
        self.indexed = entities.len();
        self.map.get(&surname(word)).copied()
    }
}

/// The one multi-word person whose name starts with a given name, kept up to date as
/// entities are added: "Mike" after "Mike Tyson", but not after both "John Smith" and
/// "John Brown".
#[derive(Default)]
struct GivenNames {
    /// First word → the one person it starts, or `None` when it starts several.
    map: HashMap<String, Option<usize>>,
    indexed: usize,
}

impl GivenNames {
    fn find(&mut self, entities: &[Entity], word: &str) -> Option<usize> {
        for (i, e) in entities.iter().enumerate().skip(self.indexed) {
            let Some((first, _)) = e.name.split_once(' ') else {
                continue;
            };
            if e.kind == EntityKind::Person {
                self.map
                    .entry(first.to_lowercase())
                    .and_modify(|one| *one = one.filter(|&j| j == i))
                    .or_insert(Some(i));
            }
        }
        self.indexed = entities.len();
        if !lexicon::given_names().contains(word) {
            return None;
        }
        self.map.get(&word.to_lowercase()).copied().flatten()
    }
}

fn resolve_dates(mentions: Vec<(usize, std::ops::Range<usize>, String)>) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    // Longer expressions first, so "Tuesday" can join "last Tuesday".
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(mentions[i].2.split_whitespace().count()),
            i,
        )
    });
    for i in order {
        let (paragraph, span, text) = &mentions[i];
        let lower = text.to_lowercase();
        let same = entities.iter().position(|e| e.name.to_lowercase() == lower);
        let within = || {
            let joined: Vec<usize> = entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    !text.contains(' ')
                        && e.name.split_whitespace().last().is_some_and(|l| l == text)
                })
                .map(|(k, _)| k)
                .collect();
            (joined.len() == 1).then(|| joined[0])
        };
        let idx = match same.or_else(within) {
            Some(k) => k,
            None => {
                entities.push(Entity {
                    name: text.clone(),
                    kind: EntityKind::Date,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                });
                entities.len() - 1
            }
        };
        let e = &mut entities[idx];
        if e.name != *text && !e.aliases.contains(text) {
            e.aliases.push(text.clone());
        }
        e.mentions.push(Mention {
            paragraph: *paragraph,
            start: span.start,
            end: span.end,
            role: None,
        });
    }
    for e in &mut entities {
        e.mentions.sort_by_key(|m| (m.paragraph, m.start));
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};

    fn found(text: &str) -> Vec<(EntityKind, String, Vec<String>, usize)> {
        let doc = parse("t", Format::Text, text.as_bytes()).unwrap();
        extract(&doc)
            .into_iter()
            .map(|e| (e.kind, e.name.clone(), e.aliases.clone(), e.count()))
            .collect()
    }

    fn has(text: &str, kind: EntityKind, name: &str) -> bool {
        found(text)
            .iter()
            .any(|(k, n, _, _)| *k == kind && n == name)
    }

    fn names(text: &str) -> Vec<String> {
        found(text).into_iter().map(|e| e.1).collect()
    }

    use EntityKind::*;

    #[test]
    fn rules_table() {
        // (text, kind, name, expected present)
        let cases: &[(&str, EntityKind, &str, bool)] = &[
            // titles are stripped and kept as roles
            (
                "US President George W. Bush spoke.",
                Person,
                "George W. Bush",
                true,
            ),
            ("US President George W. Bush spoke.", Place, "US", true),
            (
                "Brig. Gen. Qassem Suleimani flew home.",
                Person,
                "Qassem Suleimani",
                true,
            ),
            (
                "Prime Minister Nouri al-Maliki said so.",
                Person,
                "Nouri al-Maliki",
                true,
            ),
            // organization cues, "of" inside names, acronyms
            (
                "The Islamic Supreme Council of Iraq (ISCI) met.",
                Organization,
                "Islamic Supreme Council of Iraq",
                true,
            ),
            (
                "Members of the Dawa Party left.",
                Organization,
                "Dawa Party",
                true,
            ),
            (
                "The Iraqi Interior Ministry announced it.",
                Organization,
                "Iraqi Interior Ministry",
                true,
            ),
            (
                "The Baghdad daily Azzaman noted it.",
                Organization,
                "Azzaman",
                true,
            ),
            (
                "Agents of the Quds force were seen.",
                Organization,
                "Quds",
                true,
            ),
            (
                "He told Reuters and Al Jazeera.",
                Organization,
                "Al Jazeera",
                true,
            ),
            // organizations and given names from compromise's lexicon (data/)
            (
                "Shares of General Motors and Coca-Cola fell.",
                Organization,
                "General Motors",
                true,
            ),
            (
                "Shares of General Motors and Coca-Cola fell.",
                Organization,
                "Coca-Cola",
                true,
            ),
            (
                "Marguerite Tellier won.",
                Person,
                "Marguerite Tellier",
                true,
            ),
            // organizations: "on", "for" and "and" inside names, industry words, first words
            (
                "The Committee on Civil Rights met.",
                Organization,
                "Committee on Civil Rights",
                true,
            ),
            (
                "He spoke to the Economic and Social Council today.",
                Organization,
                "Economic and Social Council",
                true,
            ),
            (
                "Shares of General Electric rose.",
                Organization,
                "General Electric",
                true,
            ),
            (
                "Shares of General Electric rose.",
                Person,
                "Electric",
                false,
            ),
            (
                "Traders sold Anaconda Copper.",
                Organization,
                "Anaconda Copper",
                true,
            ),
            (
                "Traders sold Societe Generale.",
                Organization,
                "Societe Generale",
                true,
            ),
            (
                "Business Week reports gains.",
                Organization,
                "Business Week",
                true,
            ),
            (
                "The Tunisian Government protested.",
                Organization,
                "Tunisian Government",
                true,
            ),
            (
                "The Tunisian Government protested.",
                Place,
                "Tunisian",
                false,
            ),
            // a government named after its country is the country
            (
                "The United States Government protested.",
                Place,
                "United States",
                true,
            ),
            // laws, addresses and nationality words are no entities
            (
                "The Ohio Constitution forbids it.",
                Person,
                "Ohio Constitution",
                false,
            ),
            (
                "She lives at 1415 Peachtree St. NE now.",
                Organization,
                "NE",
                false,
            ),
            ("Negro students marched.", Person, "Negro", false),
            // places: modifiers before a known place, short and former names
            (
                "Trade with Red China and Outer Mongolia grew.",
                Place,
                "Red China",
                true,
            ),
            (
                "Trade with Red China and Outer Mongolia grew.",
                Place,
                "Outer Mongolia",
                true,
            ),
            ("Western Europe buys less.", Place, "Western Europe", true),
            ("Fighting in the Congo resumed.", Place, "Congo", true),
            // people: a role of several words, a role noun before, a compound name
            (
                "Secretary of the Interior Mary Brandt spoke.",
                Person,
                "Mary Brandt",
                true,
            ),
            ("The Governor of Ohio spoke.", Place, "Ohio", true),
            (
                "Talks with disarmament adviser Brandt went well.",
                Person,
                "Brandt",
                true,
            ),
            ("A report from Malenkov arrived.", Person, "Malenkov", true),
            (
                "They met Chiang Kai-shek in Taipei.",
                Person,
                "Chiang Kai-shek",
                true,
            ),
            ("A Baghdad-based analyst spoke.", Place, "Baghdad", true),
            // appositions, acronyms, ampersands, "People's", datelines, party-state tags
            (
                "Wanjiru Kamau, a spokeswoman for the board, agreed.",
                Person,
                "Wanjiru Kamau",
                true,
            ),
            (
                "Otieno Mwangi, 34, of Nakuru, voted.",
                Person,
                "Otieno Mwangi",
                true,
            ),
            (
                "Sales at Addoco, a company whose president resigned, grew.",
                Person,
                "Addoco",
                false,
            ),
            (
                "Sales at Addoco, whose president resigned, grew.",
                Person,
                "Addoco",
                false,
            ),
            (
                "Sales fell, said Addoco, the lawyer.",
                Person,
                "Addoco",
                true,
            ),
            (
                "The ruling Barisan Nasional (BN) won.",
                Organization,
                "Barisan Nasional",
                true,
            ),
            (
                "Analyst Peter Njoroge of Dyer & Blair spoke.",
                Person,
                "Peter Njoroge",
                true,
            ),
            (
                "Analyst Peter Njoroge of Dyer & Blair spoke.",
                Organization,
                "Dyer & Blair",
                true,
            ),
            (
                "The Ethiopian People's Revolutionary Democratic Front won.",
                Organization,
                "Ethiopian People's Revolutionary Democratic Front",
                true,
            ),
            ("NAIROBI (AP) — Voting began.", Place, "NAIROBI", true),
            ("NAIROBI (AP) — Voting began.", Organization, "AP", true),
            ("Sen. Joan Ernst, R-Iowa, agreed.", Place, "Iowa", true),
            (
                "The Centers for Disease Control and Prevention warned.",
                Organization,
                "Centers for Disease Control and Prevention",
                true,
            ),
            ("Dr. Susan Park spoke.", Person, "Susan Park", true),
            ("They walked in Hyde Park.", Place, "Hyde Park", true),
            (
                "Leeds United won again.",
                Organization,
                "Leeds United",
                true,
            ),
            (
                "Guests left Buckingham Palace.",
                Place,
                "Buckingham Palace",
                true,
            ),
            (
                "Islamic State claimed it.",
                Organization,
                "Islamic State",
                true,
            ),
            ("Islamic State claimed it.", Person, "State", false),
            ("Netanyahu's office said no.", Person, "Netanyahu", true),
            ("Inspector John Brown said no.", Person, "John Brown", true),
            (
                "Inspector John Brown said no.",
                Person,
                "Inspector John Brown",
                false,
            ),
            ("Earlier, Tom Hill spoke.", Person, "Earlier", false),
            ("Iraq's office said no.", Place, "Iraq", true),
            ("Flights to St. Louis resumed.", Place, "St. Louis", true),
            ("Flights to St. Louis resumed.", Person, "Louis", false),
            (
                "He is pastor of St. Mark's Episcopal Church.",
                Organization,
                "St. Mark's Episcopal Church",
                true,
            ),
            (
                "The Ministry of Foreign Affairs closed it.",
                Organization,
                "Ministry of Foreign Affairs",
                true,
            ),
            (
                "The Ministry of Foreign Affairs closed it.",
                Person,
                "Affairs",
                false,
            ),
            ("The rover reached Gale Crater.", Place, "Gale Crater", true),
            (
                "Engineers at the Jet Propulsion Laboratory cheered.",
                Organization,
                "Jet Propulsion Laboratory",
                true,
            ),
            ("The Serb said he won.", Person, "Serb", false),
            // a comma ends the context: "Bourcier, town solicitor" is no town
            (
                "He met Ann Bourcier, town solicitor.",
                Person,
                "Ann Bourcier",
                true,
            ),
            (
                "He met Ann Bourcier, town solicitor.",
                Place,
                "Ann Bourcier",
                false,
            ),
            (
                "The Houston Oilers won.",
                Organization,
                "Houston Oilers",
                true,
            ),
            ("The Virgin Islands voted.", Place, "Virgin Islands", true),
            ("-- A Texas halfback scored.", Person, "A Texas", false),
            (
                "Town Solicitor Ann Bourcier spoke.",
                Person,
                "Ann Bourcier",
                true,
            ),
            (
                "The Sheraton Hotel burned.",
                Organization,
                "Sheraton Hotel",
                true,
            ),
            (
                "Vice-President Lyndon Johnson came.",
                Person,
                "Lyndon Johnson",
                true,
            ),
            ("Fans filled the Polo Grounds.", Place, "Polo Grounds", true),
            ("Six Bucs scored.", Person, "Six Bucs", false),
            (
                "He shopped at Gimbel Brothers.",
                Organization,
                "Gimbel Brothers",
                true,
            ),
            ("Then I went to I and to A.", Place, "I", false),
            ("Mr. Petraeus spoke.", Person, "Petraeus", true),
            ("David Petraeus spoke.", Person, "David Petraeus", true),
            (
                "David Petraeus spoke.",
                Organization,
                "David Petraeus",
                false,
            ),
            (
                "Thieves hit the Elm Park section of Warwick.",
                Place,
                "Warwick",
                true,
            ),
            (
                "He watched in Tournament Chairman Jo Roberts' cabin.",
                Place,
                "Tournament",
                false,
            ),
            ("East-West talks resumed on TV.", Place, "East-West", false),
            ("East-West talks resumed on TV.", Organization, "TV", false),
            (
                "Sales rose in the North Central states.",
                Place,
                "North Central",
                true,
            ),
            ("The Soviet reply came.", Place, "Soviet", false),
            ("Sales slow before Labor Day.", Person, "Labor Day", false),
            // a paragraph in capitals: only known words start names
            (
                "THE PRESIDENT SAID JOHN SMITH WOULD LEAVE BAGHDAD.",
                Place,
                "BAGHDAD",
                true,
            ),
            (
                "THE PRESIDENT SAID JOHN SMITH WOULD LEAVE BAGHDAD.",
                Person,
                "JOHN SMITH",
                true,
            ),
            (
                "THE PRESIDENT SAID JOHN SMITH WOULD LEAVE BAGHDAD.",
                Person,
                "THE PRESIDENT SAID",
                false,
            ),
            // places: gazetteer, cues, lists, prepositions
            (
                "Fighting spread to Sadr City overnight.",
                Place,
                "Sadr City",
                true,
            ),
            (
                "Talks between Washington, Teheran and Moscow.",
                Place,
                "Washington",
                true,
            ),
            (
                "Only the Hayaniya and Qibla neighborhoods were hit.",
                Place,
                "Hayaniya",
                true,
            ),
            (
                "Only the Hayaniya and Qibla neighborhoods were hit.",
                Place,
                "Qibla",
                true,
            ),
            ("Its rivals in Europe and Asia", Place, "Asia", true),
            ("The City of Atlanta paid.", Place, "City of Atlanta", true),
            (
                "He met J. M. Cheshire of Griffin.",
                Person,
                "J. M. Cheshire",
                true,
            ),
            (
                "The Georgia House voted.",
                Organization,
                "Georgia House",
                true,
            ),
            (
                "Georgia Republicans voted.",
                Person,
                "Georgia Republicans",
                false,
            ),
            // nationality words and groups are not entities
            (
                "Iraqi and Iranian officials met Shia clerics.",
                Place,
                "Iraqi",
                false,
            ),
            ("Sadrists marched.", Person, "Sadrists", false),
            // sentence-initial words are not names
            (
                "Citing the comments of Qassim Daoud, the paper said.",
                Person,
                "Citing",
                false,
            ),
            (
                "Citing the comments of Qassim Daoud, the paper said.",
                Person,
                "Qassim Daoud",
                true,
            ),
            (
                "Launched last Tuesday, the offensive failed.",
                Person,
                "Launched",
                false,
            ),
            // a formula's symbols after a sentence's first word are no names, even where a
            // one-letter "initial" hid the sentence's start
            ("If Af is the operator on Af, stop.", Person, "If Af", false),
            ("Let Af be the space of Af.", Person, "Let Af", false),
            ("But Af is larger than R.", Person, "But Af", false),
            (
                "It is the space of T. If Af is small, stop.",
                Person,
                "If Af",
                false,
            ),
            ("It lies over F. Let p be prime.", Person, "F. Let", false),
            ("Af Af is zero.", Person, "Af Af", false),
            ("It is finite in Af.", Place, "Af", false),
            // events are no people
            ("He fought in World War II.", Person, "World War II", false),
            ("World War 2 ended.", Person, "World War", false),
            ("He wrote on the Civil War.", Person, "Civil War", false),
            (
                "The Department of War paid.",
                Organization,
                "Department of War",
                true,
            ),
            // a word that starts a missed sentence is no part of a name
            (
                "Washington The Kennedy administration moves.",
                Person,
                "Washington The Kennedy",
                false,
            ),
            ("Freddy I'm going home.", Person, "Freddy I'm", false),
            ("Somehow Winston knew.", Person, "Winston", true),
            ("Somehow Winston knew.", Person, "Somehow Winston", false),
            (
                "Read For Whom The Bell Tolls today.",
                Person,
                "Bell Tolls",
                false,
            ),
            // "President-elect" is a title
            (
                "President-elect John F. Kennedy spoke.",
                Person,
                "John F. Kennedy",
                true,
            ),
        ];
        for (text, kind, name, want) in cases {
            assert_eq!(
                has(text, *kind, name),
                *want,
                "{text:?}: {kind:?} {name:?} in {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn one_entity_per_referent() {
        let text = "Muqtada al-Sadr called a ceasefire.\nSadr’s followers obeyed al-Sadr.\nIn Sadr City, calm returned.\nThe New York Times reported it. The Times added more.";
        let all = found(text);
        let sadr = all.iter().find(|e| e.1 == "Muqtada al-Sadr").unwrap();
        assert_eq!(sadr.0, Person);
        assert_eq!(sadr.3, 3, "{all:?}");
        assert!(sadr.2.contains(&"Sadr".to_string()) && sadr.2.contains(&"al-Sadr".to_string()));
        assert!(has(text, Place, "Sadr City"));
        let times = all.iter().find(|e| e.1 == "New York Times").unwrap();
        assert_eq!((times.0, times.3), (Organization, 2));
        assert_eq!(times.2, ["Times"]);
    }

    #[test]
    fn a_titled_surname_is_not_a_relative_with_other_titles() {
        let cases: &[(&str, &str, &[&str])] = &[
            // (text, full name, the forms that must not be its aliases)
            (
                "First Lady Jacqueline Kennedy toured the school.\nPresident Kennedy spoke.",
                "Jacqueline Kennedy",
                &["Kennedy"],
            ),
            (
                "Hillary Clinton arrived.\nMr. Clinton stayed home.",
                "Hillary Clinton",
                &["Clinton"],
            ),
        ];
        for (text, full, not) in cases {
            let all = found(text);
            let e = all.iter().find(|e| e.1 == *full).unwrap();
            for n in *not {
                assert!(!e.2.contains(&n.to_string()), "{text}: {all:?}");
            }
        }
        // The same office, or a courtesy title of the same gender, is the same person.
        for text in [
            "Justice Samuel Alito asked.\nJustice Alito pressed on.",
            "Samuel Alito asked.\nMr. Alito pressed on.",
            "President Donald Trump spoke.\nformer President Trump left.",
        ] {
            let all = found(text);
            assert!(
                all.iter()
                    .any(|e| e.0 == Person && e.2.len() == 1 && e.3 == 2),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn a_given_name_joins_the_one_full_name_it_starts() {
        let all = found("Mike Tyson boxed. Later Mike won.");
        let tyson = all.iter().find(|e| e.1 == "Mike Tyson").unwrap();
        assert_eq!((tyson.2.clone(), tyson.3), (vec!["Mike".to_string()], 2));
        // two full names start with it: neither
        let all = found("John Smith and John Brown met. Later John left.");
        assert!(all.iter().any(|e| e.1 == "John" && e.3 == 1), "{all:?}");
        // a title of the other gender: not her
        let all = found("Hillary Clinton spoke. Later Mr. Hillary left.");
        let hillary = all.iter().find(|e| e.1 == "Hillary Clinton").unwrap();
        assert!(hillary.2.is_empty(), "{all:?}");
        // "President-elect" and "President" are one office
        let all = found("President-elect John F. Kennedy spoke.\nPresident Kennedy left.");
        let jfk = all.iter().find(|e| e.1 == "John F. Kennedy").unwrap();
        assert_eq!(jfk.3, 2, "{all:?}");
    }

    #[test]
    fn acronyms_join_their_organization() {
        let all = found("The Islamic Supreme Council of Iraq (ISCI) met. ISCI leaders left.");
        let isci = all
            .iter()
            .find(|e| e.1 == "Islamic Supreme Council of Iraq")
            .unwrap();
        assert_eq!(
            (isci.0, isci.3, isci.2.clone()),
            (Organization, 3, vec!["ISCI".to_string()])
        );
        // An acronym that does not start like the name is no alias of it.
        let all = found("The UN Mission in Haiti (MINUSTAH) met. MINUSTAH troops left.");
        let haiti = all.iter().find(|e| e.1 == "Haiti").unwrap();
        assert_eq!((haiti.0, haiti.2.len()), (Place, 0));
        assert!(all.iter().any(|e| e.1 == "MINUSTAH" && e.0 == Organization));
        // A dateline's agency is no acronym of the city.
        let all = found("LONDON (Reuters) — Prices fell.");
        assert!(all
            .iter()
            .any(|e| e.1 == "LONDON" && e.0 == Place && e.2.is_empty()));
    }

    #[test]
    fn dates_and_may() {
        let text = "Launched last Tuesday, it ended on Monday. By Tuesday it was over. It may rain in May.";
        let all = found(text);
        let tuesday = all.iter().find(|e| e.1 == "last Tuesday").unwrap();
        assert_eq!(
            (tuesday.3, tuesday.2.clone()),
            (2, vec!["Tuesday".to_string()])
        );
        assert!(has(text, Date, "Monday"));
        assert_eq!(all.iter().filter(|e| e.1 == "May").count(), 1);
    }

    #[test]
    fn robust_on_any_text() {
        let huge = "Basra and Baghdad said nothing. ".repeat(20_000);
        for text in [
            "",
            "   ",
            huge.as_str(),
            "ALL CAPS HEADLINE ABOUT BASRA AND BAGHDAD",
            "no capitals anywhere in this text at all",
            "بغداد والبصرة هادئتان. 東京で会議。",
            "🙂🙂 Basra 🙂 al- -al ’s ' - . , “ ” (",
        ] {
            let doc = parse("t", Format::Text, text.as_bytes()).unwrap();
            for e in extract(&doc) {
                for m in &e.mentions {
                    let p = &doc.paragraphs[m.paragraph];
                    assert!(
                        p.is_char_boundary(m.start) && p.is_char_boundary(m.end) && m.start < m.end
                    );
                }
            }
        }
        assert!(names("no capitals anywhere in this text at all").is_empty());
    }
}
