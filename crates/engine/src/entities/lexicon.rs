//! Word lists for entity extraction: gazetteers (generated, see `data/`) and the cue words
//! written here.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: word lists are looked up for every word of every document, and SipHash (the
/// standard hasher, built against hostile keys) was a tenth of extraction time.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words from a list, hashed with [`Fnv`].
pub type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

fn load(text: &'static str) -> WordSet {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Countries, capitals, large cities, continents, US states and regions.
pub fn places() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| load(include_str!("../../data/places.txt")))
}

/// Common given names: the hand-written list and compromise's (see `data/`).
pub fn given_names() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = load(include_str!("../../data/given-names.txt"));
        set.extend(load(include_str!("../../data/first-names.txt")));
        set.extend(female_names());
        set.extend(male_names());
        set
    })
}

fn female_names() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| load(include_str!("../../data/female-names.txt")))
}

fn male_names() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| load(include_str!("../../data/male-names.txt")))
}

/// The gender a given name is used for, when the word lists know only one
/// (`Some(true)` female: "Elizabeth"; `Some(false)` male: "Samuel"; `None`: "Casey").
pub fn given_name_gender(word: &str) -> Option<bool> {
    if female_names().contains(word) {
        Some(true)
    } else if male_names().contains(word) {
        Some(false)
    } else {
        None
    }
}

/// Nationality words, which name no entity: the hand-written list and compromise's.
pub fn is_demonym(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = load(include_str!("../../data/demonyms.txt"));
        set.extend(DEMONYMS);
        set
    })
    .contains(word)
}

/// Word lists as sets, built once: lookups run for every word of every document.
fn set_of(cell: &'static OnceLock<WordSet>, lists: &[&[&'static str]]) -> &'static WordSet {
    cell.get_or_init(|| lists.iter().flat_map(|l| l.iter().copied()).collect())
}

/// The last word of a place's name ("City", "Street", "Crater").
pub fn is_place_cue(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    set_of(&SET, &[PLACE_CUES]).contains(word)
}

/// A lower-case word for a person ("adviser", "spokeswoman", "quarterback").
pub fn is_person_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    set_of(&SET, &[PERSON_NOUNS_BEFORE]).contains(word)
}

/// A capitalized word that starts sentences without being a name ("The", "According").
pub fn is_common_initial_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    set_of(&SET, &[COMMON_INITIALS]).contains(word)
}

/// Organizations from compromise's lexicon, in the form [`org_key`] gives.
fn organizations() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| load(include_str!("../../data/organizations.txt")))
}

/// A name as the organization list spells it: lower case, hyphens as spaces, without
/// periods and apostrophes ("Coca-Cola" → "coca cola", "McDonald's" → "mcdonalds").
fn org_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '-' => key.push(' '),
            '.' | '\'' | '’' => {}
            c => key.extend(c.to_lowercase()),
        }
    }
    key
}

/// An organization known by its name alone, without a cue word: "Reuters", "NATO",
/// "General Motors", "Atlanta Braves".
pub fn is_known_org(name: &str) -> bool {
    static KNOWN: OnceLock<WordSet> = OnceLock::new();
    if set_of(&KNOWN, &[KNOWN_ORGS]).contains(name) {
        return true;
    }
    // Every listed name starts with a capital or a digit, and is short.
    let starts_ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if !starts_ok || name.len() > 40 {
        return false;
    }
    let key = org_key(name);
    // Acronyms must be written in capitals ("UPS", not "Ups"); longer names need not be.
    let caps_ok = key.len() > 4
        || name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    caps_ok && organizations().contains(key.as_str())
}

/// Titles and roles written before a name, stripped from it (compared without a final '.').
pub const TITLES: &[&str] = &[
    "Inspector",
    "Constable",
    "Detective",
    "President",
    "President-elect",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "General",
    "Gen",
    "Brig",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Sgt",
    "Cpl",
    "Adm",
    "Cmdr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Sen",
    "Senator",
    "Rep",
    "Representative",
    "Gov",
    "Governor",
    "Judge",
    "Justice",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Ayatollah",
    "Grand",
    "Sheikh",
    "Sheik",
    "Imam",
    "Rev",
    "Reverend",
    "Father",
    "Sir",
    "Lord",
    "Lady",
    "Chairman",
    "Chairwoman",
    "Commander",
    "Ambassador",
    "Mayor",
    "Chancellor",
    "Deputy",
    "Foreign",
    "Defense",
    "Defence",
    "Chief",
    "Emir",
    "Sultan",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Cardinal",
    "Bishop",
    "Rabbi",
    "Speaker",
    "Premier",
    "Attorney",
    "Presidents",
    "Commissioner",
    "Solicitor",
    "Vice-President",
    "Sens",
    "Reps",
    "Manager",
    "Misses",
    "Messrs",
    "Policeman",
    "Sheriff",
    "Coach",
    "Superintendent",
    "Director",
];

/// The last word of an organization's name.
pub const ORG_CUES: &[&str] = &[
    "Party",
    "Army",
    "Ministry",
    "Council",
    "Organization",
    "Organisation",
    "Company",
    "Corps",
    "Agency",
    "Embassy",
    "Committee",
    "University",
    "Times",
    "Post",
    "News",
    "Newspapers",
    "Force",
    "Forces",
    "Brigade",
    "Brigades",
    "Movement",
    "Group",
    "Bank",
    "Association",
    "Institute",
    "Department",
    "Office",
    "Commission",
    "Union",
    "Front",
    "Guard",
    "Guards",
    "Court",
    "Church",
    "Network",
    "Press",
    "Radio",
    "Television",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Inc",
    "Corp",
    "Corporation",
    "Ltd",
    "Co",
    "College",
    "School",
    "Foundation",
    "Federation",
    "League",
    "Alliance",
    "Coalition",
    "Authority",
    "Service",
    "Services",
    "Bureau",
    "Police",
    "Navy",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Cabinet",
    "Administration",
    "Airlines",
    "Airways",
    "Industries",
    "Club",
    "Team",
    "Society",
    "Trust",
    "Fund",
    "Hospital",
    "Museum",
    "Center",
    "Centre",
    "Magazine",
    "Review",
    "Monitor",
    "Observer",
    "Telegraph",
    "Guardian",
    "Daily",
    "Weekly",
    "House",
    "Legislature",
    "Jury",
    "Board",
    "Jail",
    "Prison",
    "Academy",
    "Seminary",
    "Railroad",
    "Railway",
    "Exchange",
    "Chamber",
];

/// Organizations known by a name without a cue word (news media and bodies often quoted).
pub const KNOWN_ORGS: &[&str] = &[
    "Reuters",
    "Al Jazeera",
    "Al-Jazeera",
    "Al Arabiya",
    "BBC",
    "CNN",
    "NBC",
    "CBS",
    "ABC",
    "Fox News",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Pentagon",
    "Kremlin",
    "NATO",
    "UN",
    "United Nations",
    "EU",
    "European Union",
    "IMF",
    "World Bank",
    "OPEC",
    "Hamas",
    "Hezbollah",
    "Hizbollah",
    "Taliban",
    "al-Qaeda",
    "Al Qaeda",
    "al Qaeda",
    "FBI",
    "CIA",
    "NSA",
    "Interpol",
    "Red Cross",
    "Amnesty International",
    "Human Rights Watch",
    "White House",
    "Congress",
    "Senate",
    "Supreme Court",
    "Google",
    "Microsoft",
    "Apple",
    "Amazon",
    "Facebook",
    "Twitter",
    "Xinhua",
    "Itar-Tass",
    "Tass",
    "Knesset",
    "Duma",
    "Bundestag",
    "Politburo",
    "Doctors Without Borders",
    "Medecins Sans Frontieres",
    "Médecins Sans Frontières",
    "Islamic State",
    "ISIS",
    "ISIL",
    "Muslim Brotherhood",
    "Morgan Stanley",
    "JPMorgan",
    "Merrill Lynch",
    "Lehman Brothers",
    "Bear Stearns",
    "Credit Suisse",
    "Barclays",
    "Gazprom",
    "Rosneft",
    "Aramco",
    "Huawei",
    "Alibaba",
];

/// Lower-case words after a name that make it an organization ("Quds force").
pub const ORG_NOUNS_AFTER: &[&str] = &[
    "force",
    "forces",
    "brigade",
    "brigades",
    "militia",
    "militias",
    "party",
    "army",
    "movement",
    "organization",
    "group",
    "network",
    "newspaper",
    "daily",
    "agency",
    "news",
    "newspapers",
    "television",
    "radio",
    "website",
    "corporation",
    "airline",
    "ministry",
    "council",
    "committee",
    "club",
    "university",
];

/// Lower-case words before a name that make it an organization ("the daily Azzaman").
pub const ORG_NOUNS_BEFORE: &[&str] = &[
    "daily",
    "newspaper",
    "weekly",
    "magazine",
    "channel",
    "network",
    "agency",
    "broadcaster",
    "paper",
    "firm",
    "company",
    "party",
];

/// The last word of a place's name.
pub const PLACE_CUES: &[&str] = &[
    "City",
    "Province",
    "County",
    "Street",
    "Square",
    "Zone",
    "River",
    "Valley",
    "Mountains",
    "Mountain",
    "Island",
    "Islands",
    "Gulf",
    "Sea",
    "Ocean",
    "Bay",
    "District",
    "Region",
    "Governorate",
    "Airport",
    "Bridge",
    "Lake",
    "Desert",
    "Peninsula",
    "Strait",
    "Canal",
    "Avenue",
    "Road",
    "Park",
    "Coast",
    "Heights",
    "Hill",
    "Hills",
    "Camp",
    "Base",
    "Port",
    "Harbor",
    "Harbour",
    "State",
    "Territory",
    "Republic",
    "Kingdom",
    "Emirates",
    "Ridge",
    "Rd",
    "St",
    "Ave",
    "Blvd",
    "Cir",
    "Circle",
    "Drive",
    "Pkwy",
    "Parkway",
    "Hwy",
    "Highway",
    "Boulevard",
    "Plaza",
    "Township",
    "Parish",
    "Course",
    "Streets",
    "Avenues",
    "Roads",
    "Field",
    "Grounds",
    "Auditorium",
    "Track",
    "Racetrack",
    "Speedway",
    "Bowl",
    "Raceway",
    "Crater",
    "Volcano",
    "Glacier",
    "Reef",
    "Dam",
    "Basin",
    "Plateau",
    "Plains",
    "Delta",
    "Lagoon",
    "Palace",
    "Castle",
    "Cathedral",
    "Abbey",
    "Mosque",
    "Temple",
    "Stadium",
    "Arena",
    "Hall",
    "Tower",
    "Towers",
    "Station",
    "Terminal",
    "Pass",
    "Falls",
    "Forest",
    "Canyon",
    "Beach",
];

/// Lower-case words after a name that make it a place ("the Qibla neighborhood").
pub const PLACE_NOUNS_AFTER: &[&str] = &[
    "neighborhood",
    "neighborhoods",
    "neighbourhood",
    "neighbourhoods",
    "district",
    "districts",
    "province",
    "provinces",
    "city",
    "town",
    "village",
    "region",
    "suburb",
    "suburbs",
    "area",
    "border",
    "governorate",
    "county",
    "slum",
    "slums",
    "camp",
];

/// Prepositions after which an unknown name is a place.
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
    "across",
    "outside",
    "inside",
    "into",
    "around",
    "towards",
    "toward",
    "throughout",
];

/// Speech and action verbs after which a name is a person.
pub const PERSON_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "wrote",
    "writes",
    "asked",
    "replied",
    "warned",
    "explained",
    "argued",
    "insisted",
    "stated",
    "claimed",
    "denied",
    "announced",
    "declared",
    "urged",
    "believes",
    "thinks",
    "tells",
    "admitted",
    "recalled",
    "testified",
    "spoke",
    "smiled",
    "laughed",
    "resigned",
    "conceded",
    "acknowledged",
    "stressed",
    "contended",
    "vowed",
    "pleaded",
    "remarked",
    "shrugged",
    "nodded",
];

/// Nationalities, demonyms, religions and groups: not entities.
pub const DEMONYMS: &[&str] = &[
    "Iraqi",
    "Iraqis",
    "Iranian",
    "Iranians",
    "American",
    "Americans",
    "British",
    "Briton",
    "Britons",
    "English",
    "French",
    "German",
    "Germans",
    "Russian",
    "Russians",
    "Chinese",
    "Japanese",
    "Israeli",
    "Israelis",
    "Palestinian",
    "Palestinians",
    "Syrian",
    "Syrians",
    "Saudi",
    "Saudis",
    "Egyptian",
    "Egyptians",
    "Turkish",
    "Turks",
    "Kurdish",
    "Kurd",
    "Kurds",
    "Arab",
    "Arabs",
    "Arabic",
    "Afghan",
    "Afghans",
    "Pakistani",
    "Pakistanis",
    "Indian",
    "Indians",
    "European",
    "Europeans",
    "African",
    "Africans",
    "Asian",
    "Asians",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Shia",
    "Shias",
    "Shiite",
    "Shiites",
    "Shi'ite",
    "Sunni",
    "Sunnis",
    "Muslim",
    "Muslims",
    "Islamic",
    "Islamist",
    "Islamists",
    "Christian",
    "Christians",
    "Jewish",
    "Jew",
    "Jews",
    "Catholic",
    "Catholics",
    "Protestant",
    "Hindu",
    "Buddhist",
    "Lebanese",
    "Jordanian",
    "Kuwaiti",
    "Yemeni",
    "Libyan",
    "Sudanese",
    "Somali",
    "Ethiopian",
    "Nigerian",
    "Mexican",
    "Mexicans",
    "Canadian",
    "Canadians",
    "Australian",
    "Italian",
    "Italians",
    "Spanish",
    "Greek",
    "Greeks",
    "Polish",
    "Ukrainian",
    "Ukrainians",
    "Korean",
    "Koreans",
    "Vietnamese",
    "Cuban",
    "Cubans",
    "Brazilian",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Democratic",
    "Communist",
    "Communists",
    "Socialist",
    "Socialists",
    "Baathist",
    "Baathists",
    "Persian",
    "Persians",
    "Alawite",
    "Druze",
    "Maronite",
    "Coptic",
    "Orthodox",
    "Gulf",
    "Negro",
    "Soviet",
    "Soviets",
    "Serb",
    "Serbs",
    "Croat",
    "Croats",
    "Bosniak",
    "Bosniaks",
    "Swede",
    "Swedes",
    "Dane",
    "Danes",
    "Finn",
    "Finns",
    "Pole",
    "Poles",
    "Scot",
    "Scots",
    "Brit",
    "Brits",
    "Spaniard",
    "Spaniards",
    "Frenchman",
    "Frenchmen",
    "Englishman",
    "Englishmen",
    "Dutchman",
    "Irishman",
    "Welshman",
    "Aussie",
    "Aussies",
    "Negroes",
    "Methodist",
    "Methodists",
    "Baptist",
    "Baptists",
    "Presbyterian",
    "Lutheran",
    "Mormon",
    "Mormons",
    "Nationalist",
    "Nationalists",
    "Liberal",
    "Liberals",
    "Conservative",
    "Conservatives",
];

/// Capitalized words that begin sentences without being names.
pub const COMMON_INITIALS: &[&str] = &[
    "Earlier",
    "Later",
    "Instead",
    "Nevertheless",
    "Nonetheless",
    "Afterwards",
    "Elsewhere",
    "Overall",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "As",
    "After",
    "Before",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "According",
    "Citing",
    "Asked",
    "Although",
    "Though",
    "Since",
    "Because",
    "Despite",
    "During",
    "For",
    "From",
    "With",
    "Without",
    "By",
    "To",
    "Of",
    "Some",
    "Many",
    "Most",
    "Several",
    "Few",
    "All",
    "Both",
    "Each",
    "Every",
    "No",
    "Not",
    "Only",
    "Even",
    "Yet",
    "So",
    "Such",
    "Then",
    "Now",
    "Meanwhile",
    "However",
    "Moreover",
    "Indeed",
    "Still",
    "Also",
    "Other",
    "Another",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Twelve",
    "Twenty",
    "Fifty",
    "Hundreds",
    "Thousands",
    "Dozens",
    "Under",
    "Over",
    "Among",
    "Within",
    "Against",
    "Between",
    "Through",
    "Until",
    "Unless",
    "Whether",
    "Mr",
    "Mrs",
    "Official",
    "Officials",
    "Residents",
    "Control",
    "Leading",
    "Whatever",
    "Barely",
    "Yes",
    // the openings of a mathematical text's sentences: "Let Af be …", "Hence T is …"
    "Let",
    "Hence",
    "Thus",
    "Therefore",
    "Suppose",
    "Conversely",
    "Consider",
    "Similarly",
    "Clearly",
    "Any",
    "Today",
    "Tonight",
    "Tomorrow",
    "Yesterday",
    "Perhaps",
    "Maybe",
    "Somehow",
];

/// Capitalized pronouns, never part of a name wherever they stand: they start a sentence
/// the sentence detector missed ("Freddy I'm …", "Him He …").
pub fn is_pronoun(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their", "Him", "Them",
        "Me", "My",
    ];
    WORDS.contains(&word) || word.starts_with("I'") || word.starts_with("I’")
}

/// Words of a name that join capitalized words ("Council of Iraq", "bin Laden").
pub const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "bin", "ibn", "al", "el", "du", "da", "la", "der", "del", "di",
];

pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words before "of" that start a name going on after it ("Council of Iraq", "City of
/// Atlanta", "Bank of America"); a person's name never takes "of" ("Cheshire of Griffin").
/// Is this the last word of an organization's name?
pub fn is_org_cue(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    set_of(&SET, &[ORG_CUES, MORE_ORG_CUES]).contains(word)
}

/// An organization word and the preposition that goes on with its name: "Council of",
/// "Committee on", "Centers for".
pub fn org_cue_then_preposition(word: &str, next: &str) -> bool {
    matches!(next, "of" | "for" | "on") && is_org_cue(word.trim_end_matches('.'))
}

pub fn takes_of(word: &str) -> bool {
    is_org_cue(word)
        || is_place_cue(word)
        || ["United", "Secretary", "Duke", "Earl"].contains(&word)
}

pub fn is_title(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    set_of(&SET, &[TITLES]).contains(word.trim_end_matches('.'))
}

/// US state abbreviations (AP style), without their final period, as they follow a city:
/// "Salem, Mass.", "Andover, N. J.".
pub const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "N.H",
    "N. H", "N.J", "N. J", "N.M", "N. M", "N.Y", "N. Y", "N.C", "N. C", "N.D", "N. D", "Okla",
    "Ore", "Pa", "R.I", "R. I", "S.C", "S. C", "S.D", "S. D", "Tenn", "Tex", "Vt", "Va", "Wash",
    "W.Va", "W. Va", "Wis", "Wyo", "D.C", "D. C",
];

/// First words of place names: "Mount Rainier", "Lake Erie", "Fort Knox".
pub const PLACE_PREFIXES: &[&str] = &[
    "Mount", "Mt", "Lake", "Fort", "Ft", "Cape", "Port", "Camp", "Glen", "St", "Ste", "Saint",
];

/// More last words of organizations: arts, sport and business.
pub const MORE_ORG_CUES: &[&str] = &[
    "Elementary",
    "High",
    "Archives",
    "Brothers",
    "Hotel",
    "Motel",
    "Inn",
    "Restaurant",
    "Conference",
    "Tech",
    "Laboratory",
    "Laboratories",
    "Lab",
    "Labs",
    "Observatory",
    "Clinic",
    "Library",
    "Mission",
    "Brotherhood",
    "Centers",
    "United",
    "Rovers",
    "Wanderers",
    "Athletic",
    "Hotspur",
    "Government",
    "Week",
    "Copper",
    "Steel",
    "Oil",
    "Petroleum",
    "Chemical",
    "Chemicals",
    "Electric",
    "Mining",
    "Mills",
    "Foods",
    "Insurance",
    "Pharmaceuticals",
    "Holdings",
    "Enterprises",
    "Technologies",
    "Communications",
    "Securities",
    "Bancorp",
    "Aircraft",
    "Assn",
    "Dept",
    "Reserve",
    "Bros",
    "Orchestra",
    "Band",
    "Symphony",
    "Philharmonic",
    "Choir",
    "Chorus",
    "Ensemble",
    "Theater",
    "Theatre",
    "Opera",
    "Ballet",
    "Quartet",
    "Conservatory",
    "Studios",
    "Records",
    "Motors",
    "Yankees",
    "Giants",
    "Orioles",
    "Braves",
    "Angels",
    "Tigers",
    "Senators",
    "Dodgers",
];

/// First words of organizations' names: "Societe Generale", "Banco Santander".
pub const ORG_FIRST_WORDS: &[&str] = &[
    "Societe",
    "Société",
    "Compagnie",
    "Banco",
    "Banque",
    "Groupe",
    "Grupo",
    "Deutsche",
];

/// Words besides the [`COMPASS_WORDS`] before a country or region that make one place of
/// both: "Outer Mongolia", "Red China".
pub const PLACE_MODIFIERS: &[&str] = &[
    "Upper",
    "Lower",
    "Outer",
    "Inner",
    "Greater",
    "Red",
    "Nationalist",
    "Communist",
    "Free",
    "Soviet",
    "Imperial",
];

/// A place by the gazetteer: the name itself, its undotted form ("U.S."), or a modifier
/// before a known place ("Western Europe").
pub fn is_known_place(name: &str) -> bool {
    if places().contains(name) {
        return true;
    }
    if name.contains('.') {
        let undotted: String = name.chars().filter(|c| *c != '.' && *c != ' ').collect();
        if undotted.chars().all(char::is_uppercase) && places().contains(undotted.as_str()) {
            return true;
        }
    }
    name.split_once(' ').is_some_and(|(first, rest)| {
        (COMPASS_WORDS.contains(&first) || PLACE_MODIFIERS.contains(&first))
            && places().contains(rest)
    })
}

/// Last words of laws, treaties and documents, which are not entities here:
/// "Georgia Constitution", "Taft-Hartley Act".
pub const DOCUMENT_WORDS: &[&str] = &[
    "Constitution",
    "Act",
    "Amendment",
    "Treaty",
    "Accord",
    "Accords",
    "Charter",
    "Doctrine",
    "Declaration",
    "Resolution",
];

/// The last word of an event's name, which is no person, place or organization: "World
/// War", "Civil War", "the Napoleonic Wars" (and "World War II", a numeral after it).
pub const EVENT_WORDS: &[&str] = &["War", "Wars"];

/// Compass abbreviations in addresses ("1415 Ponce De Leon Ave. NE"): no entities.
pub const COMPASS_ABBREVIATIONS: &[&str] = &["N", "S", "E", "W", "NE", "NW", "SE", "SW"];

/// Capitalized abbreviations of everyday things, which name no organization.
pub const COMMON_ABBREVIATIONS: &[&str] = &[
    "TV", "OK", "AM", "PM", "CEO", "GDP", "DNA", "HIV", "AIDS", "ID", "PC", "UFO", "VIP", "SUV",
    "IQ", "MP", "MPs", "RPM", "MPH", "CD", "DVD", "GPS", "PhD", "AC", "DC", "FM", "ATM", "PIN",
    "AD",
];

/// Lower-case words for people right before a name: "disarmament adviser McCloy",
/// "cleric Muqtada al-Sadr".
pub const PERSON_NOUNS_BEFORE: &[&str] = &[
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "analyst",
    "cleric",
    "aide",
    "lawyer",
    "attorney",
    "economist",
    "professor",
    "author",
    "writer",
    "novelist",
    "poet",
    "actor",
    "actress",
    "singer",
    "player",
    "pitcher",
    "quarterback",
    "coach",
    "manager",
    "chairman",
    "chairwoman",
    "candidate",
    "nominee",
    "envoy",
    "ambassador",
    "diplomat",
    "negotiator",
    "commander",
    "officer",
    "detective",
    "patrolman",
    "student",
    "teacher",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "widow",
    "colleague",
    "rival",
    "challenger",
    "composer",
    "conductor",
    "pianist",
    "violinist",
    "painter",
    "sculptor",
    "architect",
    "director",
    "producer",
    "journalist",
    "reporter",
    "columnist",
    "correspondent",
    "historian",
    "scientist",
    "physicist",
    "chemist",
    "biologist",
    "surgeon",
    "physician",
    "dr",
    "assistant",
    "deputy",
    "leader",
    "premier",
    "secretary",
    "treasurer",
    "defendant",
    "witness",
    "suspect",
    "victim",
    "solicitor",
    "tailback",
    "halfback",
    "fullback",
    "wingback",
    "linebacker",
    "guard",
    "tackle",
    "catcher",
    "shortstop",
    "outfielder",
    "infielder",
    "receiver",
    "defenseman",
    "forward",
    "sprinter",
    "skipper",
    "president",
    "vice-president",
    "minister",
    "chief",
    "head",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "councilman",
    "councillor",
    "councilor",
    "judge",
    "superintendent",
    "principal",
    "dean",
    "chancellor",
    "bishop",
    "priest",
    "rabbi",
    "imam",
    "sheikh",
    "pastor",
    "doctor",
    "nurse",
    "farmer",
    "owner",
    "founder",
    "executive",
    "ceo",
    "boss",
    "host",
    "anchor",
    "champion",
    "striker",
    "midfielder",
    "goalkeeper",
    "batsman",
    "driver",
    "pilot",
    "soldier",
    "activist",
    "campaigner",
    "blogger",
    "dissident",
    "protester",
    "critic",
    "supporter",
    "resident",
    "worker",
    "employee",
    "incumbent",
    "veteran",
    "expert",
    "researcher",
    "engineer",
    "investor",
    "banker",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "tycoon",
    "billionaire",
    "magnate",
    "publisher",
    "editor",
    "photographer",
    "filmmaker",
    "comedian",
    "musician",
    "guitarist",
    "drummer",
    "rapper",
    "designer",
    "chef",
    "athlete",
    "runner",
    "swimmer",
    "boxer",
    "golfer",
    "partner",
    "friend",
    "neighbor",
    "neighbour",
    "mentor",
    "successor",
    "predecessor",
    "opponent",
    "lecturer",
    "teenager",
    "boy",
    "girl",
    "man",
    "woman",
    "housewife",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "fiancé",
    "fiancee",
    "bride",
    "groom",
];

/// Organization words that may come between a comma and a role noun, and then make the
/// name no person's: "Acme, a company whose president …".
pub const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "party",
    "agency",
    "organization",
    "organisation",
    "bank",
    "newspaper",
    "network",
    "union",
    "association",
    "movement",
    "militia",
    "coalition",
    "team",
    "club",
    "school",
    "university",
    "city",
    "town",
    "country",
    "state",
    "village",
];

/// Endings of surnames that are rarely places: "Khrushchev", "Kowalski", "Rostropovich".
pub const SURNAME_ENDINGS: &[&str] = &[
    "ev", "ov", "sky", "ski", "vich", "enko", "shvili", "poulos", "escu", "yan",
];

/// Nouns after a possessive that make an unknown name a person's: "Netanyahu's office".
pub const PERSON_POSSESSIONS: &[&str] = &[
    "office",
    "spokesman",
    "spokeswoman",
    "wife",
    "husband",
    "son",
    "daughter",
    "aides",
    "aide",
    "lawyer",
    "lawyers",
    "attorney",
    "family",
    "mother",
    "father",
    "brother",
    "sister",
    "campaign",
    "death",
    "arrest",
    "resignation",
    "supporters",
    "allies",
    "speech",
    "remarks",
    "widow",
    "funeral",
    "birthday",
    "career",
    "successor",
    "predecessor",
    "bodyguards",
];

/// Lower-case nouns before "of" that make the name after it a place: "the Garden Hills
/// section of Cranston", "the outskirts of Kisumu".
pub const PLACE_NOUNS_OF: &[&str] = &[
    "section",
    "city",
    "town",
    "village",
    "suburb",
    "suburbs",
    "outskirts",
    "province",
    "state",
    "county",
    "capital",
    "district",
    "region",
    "area",
    "neighborhood",
    "neighbourhood",
    "streets",
    "center",
    "centre",
    "heart",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "mayor",
    "governor",
    "residents",
    "people",
    "port",
    "island",
    "islands",
    "coast",
    "shores",
    "border",
    "borough",
    "township",
    "parish",
    "municipality",
];

/// The compass words, capitalized: "North Central", "East-West".
pub const COMPASS_WORDS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
];
