//! Word lists: speech verbs, titles and roles, determiners and the words that mark a
//! capitalized phrase as an organization or a place rather than a person.

/// A word list turned into a set on first use.
type Lookup = std::sync::OnceLock<std::collections::HashSet<&'static str>>;

/// Is `word` (any case) in `list`? Lowercases only when the word has capitals.
fn in_set(set: &Lookup, list: &[&'static str], word: &str) -> bool {
    let set = set.get_or_init(|| list.iter().copied().collect());
    if word.chars().any(char::is_uppercase) {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}

/// Speech verbs in every inflection that introduces or follows a quotation.
const SPEECH_VERBS: &[&str] = &[
    "confess",
    "confessed",
    "confesses",
    "indicate",
    "indicated",
    "indicates",
    "recommend",
    "recommended",
    "recommends",
    "confide",
    "confided",
    "confides",
    "inquire",
    "inquired",
    "inquires",
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "note",
    "notes",
    "noted",
    "noting",
    "write",
    "writes",
    "wrote",
    "writing",
    "cable",
    "cables",
    "cabled",
    "cabling",
    "wire",
    "wired",
    "radioed",
    "telegraphed",
    "tweeted",
    "tweets",
    "posted",
    "emailed",
    "texted",
    "report",
    "reports",
    "reported",
    "reporting",
    "respond",
    "responds",
    "responded",
    "responding",
    "reply",
    "replies",
    "replied",
    "replying",
    "ask",
    "asks",
    "asked",
    "warn",
    "warns",
    "warned",
    "warning",
    "explain",
    "explains",
    "explained",
    "explaining",
    "declare",
    "declares",
    "declared",
    "declaring",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "state",
    "states",
    "stated",
    "stating",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "argue",
    "argues",
    "argued",
    "arguing",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "continue",
    "continues",
    "continued",
    "announce",
    "announces",
    "announced",
    "announcing",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "suggest",
    "suggests",
    "suggested",
    "complain",
    "complains",
    "complained",
    "complaining",
    "conclude",
    "concludes",
    "concluded",
    "observe",
    "observes",
    "observed",
    "remark",
    "remarks",
    "remarked",
    "shout",
    "shouts",
    "shouted",
    "shouting",
    "cry",
    "cries",
    "cried",
    "exclaim",
    "exclaimed",
    "whisper",
    "whispered",
    "testify",
    "testified",
    "quip",
    "quipped",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "promise",
    "promised",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "tweet",
    "post",
    "comment",
    "commented",
    "commenting",
    "emphasize",
    "emphasized",
    "emphasizing",
    "stress",
    "stressed",
    "stressing",
    "agree",
    "agreed",
    "agrees",
    "contend",
    "contended",
    "contends",
    "assert",
    "asserted",
    "asserts",
    "maintain",
    "maintained",
    "maintains",
    "demand",
    "demanded",
    "demands",
    "urge",
    "urged",
    "urges",
    "urging",
    "describe",
    "described",
    "describes",
    "quote",
    "quoted",
    "quotes",
    "cite",
    "cited",
    "cites",
    "citing",
    "read",
    "reads",
    "began",
    "begins",
    "went",
    "goes",
    "put",
    "puts",
    "joke",
    "joked",
    "jokes",
    "boast",
    "boasted",
    "sigh",
    "sighed",
    "mutter",
    "muttered",
    "answer",
    "answered",
    "answers",
    "counter",
    "countered",
    "caution",
    "cautioned",
    "cautions",
    "concede",
    "conceded",
    "concedes",
    "elaborate",
    "elaborated",
    "estimate",
    "estimated",
    "reiterate",
    "reiterated",
    "retort",
    "retorted",
    "sound",
    "sounded",
    "thunder",
    "thundered",
    "yell",
    "yelled",
    "asking",
    "reminisce",
    "reminisced",
    "reminisces",
    "deplore",
    "deplored",
    "deplores",
    "lament",
    "lamented",
    "laments",
    "recount",
    "recounted",
    "recounts",
    "protest",
    "protested",
    "protests",
    "plead",
    "pleaded",
    "pleads",
    "proclaim",
    "proclaimed",
    "proclaims",
    "snap",
    "snapped",
    "scoff",
    "scoffed",
    "grumble",
    "grumbled",
    "muse",
    "mused",
    "believe",
    "believes",
    "believed",
    "assure",
    "assured",
    "assures",
    "advise",
    "advised",
    "advises",
    "inform",
    "informed",
    "informs",
    "interject",
    "interjected",
    "interjects",
    "interrupt",
    "interrupted",
    "interrupts",
    "press",
    "pressed",
    "presses",
    "marvel",
    "marveled",
    "marvelled",
    "marvels",
    "echo",
    "echoed",
    "echoes",
    "question",
    "questioned",
    "wonder",
    "wondered",
    "wonders",
    "opine",
    "opined",
    "deadpan",
    "deadpanned",
    "fume",
    "fumed",
    "scream",
    "screamed",
    "murmur",
    "murmured",
    "laugh",
    "laughed",
    "chuckle",
    "chuckled",
    "gripe",
    "griped",
    "grouse",
    "groused",
    "affirm",
    "affirmed",
    "allege",
    "alleged",
    "alleges",
    "messaged",
    "rejoin",
    "rejoined",
    "emphasise",
    "emphasised",
    "emphasises",
    "apologise",
    "apologised",
    "apologize",
    "apologized",
    "underscore",
    "underscored",
    "underscores",
    "disagree",
    "disagreed",
    "disagrees",
    "instruct",
    "instructed",
    "instructs",
    "order",
    "ordered",
    "orders",
];

/// Verbs that are speech verbs only with a particle after them ("pointed out", "spoke up").
pub fn is_phrasal_speech_verb(word: &str, particle: &str) -> bool {
    matches!(
        (word, particle),
        ("point" | "points" | "pointed", "out")
            | ("spell" | "spells" | "spelled" | "spelt", "out")
            | ("sum" | "sums" | "summed", "up")
            | ("speak" | "speaks" | "spoke", "up" | "out")
            | (
                "shoot" | "shoots" | "shot" | "fire" | "fires" | "fired",
                "back"
            )
            | ("push" | "pushes" | "pushed", "back")
            | ("chime" | "chimes" | "chimed", "in")
    )
}

/// Verbs that characterize rather than report ("called it “a stunt”", "accused them of
/// “playing games”"): speech verbs only with the quotation a few words after them.
pub fn is_characterizing_verb(word: &str) -> bool {
    matches!(
        word,
        "call"
            | "calls"
            | "called"
            | "calling"
            | "accuse"
            | "accuses"
            | "accused"
            | "accusing"
            | "dismiss"
            | "dismisses"
            | "dismissed"
            | "dismissing"
            | "describe"
            | "describes"
            | "described"
            | "describing"
            | "dub"
            | "dubs"
            | "dubbed"
            | "dubbing"
            | "label"
            | "labels"
            | "labeled"
            | "labelled"
            | "labeling"
            | "brand"
            | "brands"
            | "branded"
            | "branding"
            | "term"
            | "terms"
            | "termed"
            | "terming"
            | "praise"
            | "praises"
            | "praised"
            | "praising"
            | "criticize"
            | "criticizes"
            | "criticized"
            | "criticizing"
            | "criticise"
            | "criticises"
            | "criticised"
            | "criticising"
            | "characterise"
            | "characterised"
            | "characterize"
            | "characterized"
            | "denounce"
            | "denounces"
            | "denounced"
            | "denouncing"
            | "hail"
            | "hails"
            | "hailed"
            | "hailing"
    )
}

/// Is this lowercase word a speech verb?
pub fn is_speech_verb(word: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| SPEECH_VERBS.iter().copied().collect())
        .contains(word)
}

/// Can this lowercase word start a phrasal speech verb ("point", "sum", …)?
pub fn starts_phrasal_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "point"
            | "points"
            | "pointed"
            | "spell"
            | "spells"
            | "spelled"
            | "spelt"
            | "sum"
            | "sums"
            | "summed"
            | "speak"
            | "speaks"
            | "spoke"
            | "shoot"
            | "shoots"
            | "shot"
            | "fire"
            | "fires"
            | "fired"
            | "push"
            | "pushes"
            | "pushed"
            | "chime"
            | "chimes"
            | "chimed"
    )
}

/// Verbs that take the quotation as their object only when followed by a quote or a
/// colon ("went", "put", "read", "sounded"): too vague to attribute a sentence alone.
pub fn is_weak_verb(word: &str) -> bool {
    matches!(
        word,
        "went"
            | "goes"
            | "put"
            | "puts"
            | "read"
            | "reads"
            | "began"
            | "begins"
            | "sound"
            | "sounded"
            | "continue"
            | "continues"
            | "continued"
            | "post"
            | "posted"
            | "quote"
            | "quoted"
            | "quotes"
            | "cite"
            | "cited"
            | "cites"
            | "citing"
            | "describe"
            | "described"
            | "describes"
            | "demand"
            | "demanded"
            | "demands"
            // nouns as often as verbs: "the city and state"
            | "state"
            | "states"
    )
}

/// Nouns for a body of people, never "he" or "she" ("police", "the staff").
pub fn is_collective(word: &str) -> bool {
    matches!(
        word,
        "police"
            | "staff"
            | "government"
            | "team"
            | "committee"
            | "family"
            | "crowd"
            | "board"
            | "council"
            | "panel"
            | "jury"
            | "administration"
            | "company"
            | "department"
            | "ministry"
            | "agency"
    )
}

/// Participles that make the main clause's subject the speaker
/// ("The Times sounded a note, reporting, “…”").
pub fn is_participle_cue(word: &str) -> bool {
    word.ends_with("ing")
        && ((is_speech_verb(word) && !is_weak_verb(word)) || is_characterizing_verb(word))
}

/// Words written before a name that are not part of it.
const TITLES: &[&str] = &[
    "manager",
    "administrator",
    "acting",
    "outfielder",
    "infielder",
    "pitcher",
    "catcher",
    "shortstop",
    "quarterback",
    "halfback",
    "fullback",
    "linebacker",
    "golfer",
    "rookie",
    "councilman",
    "councilwoman",
    "patrolman",
    "policeman",
    "sheriff",
    "trustee",
    "champion",
    "emcee",
    "actor",
    "actress",
    "comedian",
    "singer",
    "economist",
    "analyst",
    "correspondent",
    "spokesman",
    "spokeswoman",
    "assemblyman",
    "alderman",
    "magistrate",
    "chaplain",
    "pastor",
    "rabbi",
    "coroner",
    "constable",
    "treasurer",
    "auditor",
    "comptroller",
    "commissioner",
    "superintendent",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "miss",
    "madame",
    "mme",
    "mme.",
    "mlle",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "gen",
    "gen.",
    "brig",
    "brig.",
    "lt",
    "lt.",
    "col",
    "col.",
    "maj",
    "maj.",
    "capt",
    "capt.",
    "sgt",
    "sgt.",
    "adm",
    "adm.",
    "gov",
    "gov.",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "rev",
    "rev.",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "general",
    "colonel",
    "major",
    "captain",
    "sergeant",
    "judge",
    "justice",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "ayatollah",
    "imam",
    "bishop",
    "cardinal",
    "father",
    "chairman",
    "chief",
    "commander",
    "ambassador",
    "representative",
    "congressman",
    "congresswoman",
    "speaker",
    "professor",
    "doctor",
    "coach",
    "detective",
    "officer",
    "inspector",
    "attorney",
    "director",
    "president-elect",
    "premier",
    "sheik",
    "cleric",
    "deputy",
    "lieutenant",
    "admiral",
    "state",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "health",
];

/// The sex a title, role or kinship word implies ("Mrs.", "hostess", "husband"):
/// `Some(true)` for a woman, `Some(false)` for a man.
pub fn gender_of_word(word: &str) -> Option<bool> {
    match word.to_lowercase().trim_end_matches('.') {
        "mrs" | "miss" | "ms" | "madame" | "mme" | "mlle" | "lady" | "queen" | "princess"
        | "dame" | "sister" | "actress" | "hostess" | "wife" | "widow" | "daughter" | "mother"
        | "grandmother" | "spokeswoman" | "chairwoman" | "congresswoman" | "councilwoman"
        | "woman" | "girl" | "aunt" | "niece" | "bride" | "heiress" | "duchess" | "countess"
        | "baroness" | "waitress" | "stewardess" | "matron" | "debutante" | "she" | "her" => {
            Some(true)
        }
        "mr" | "sir" | "king" | "prince" | "lord" | "husband" | "son" | "brother" | "father"
        | "grandfather" | "uncle" | "nephew" | "boy" | "man" | "duke" | "baron" | "bridegroom"
        | "widower" | "he" | "him" => Some(false),
        _ => None,
    }
}

/// Is this word (any case) a title or role written before a name?
pub fn is_title(word: &str) -> bool {
    static SET: Lookup = Lookup::new();
    in_set(&SET, TITLES, word)
}

/// Words in a capitalized phrase that make it an organization.
const ORG_WORDS: &[&str] = &[
    "division",
    "unit",
    "squad",
    "council",
    "firm",
    "industries",
    "laboratories",
    "laboratory",
    "army",
    "ministry",
    "party",
    "organization",
    "organisation",
    "council",
    "times",
    "post",
    "news",
    "newspapers",
    "newspaper",
    "agency",
    "embassy",
    "government",
    "company",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "university",
    "department",
    "office",
    "bank",
    "court",
    "committee",
    "union",
    "association",
    "institute",
    "group",
    "journal",
    "herald",
    "tribune",
    "press",
    "telegraph",
    "guardian",
    "gazette",
    "daily",
    "radio",
    "television",
    "network",
    "forces",
    "force",
    "guard",
    "corps",
    "brigade",
    "brigades",
    "movement",
    "front",
    "league",
    "federation",
    "commission",
    "board",
    "house",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "administration",
    "police",
    "service",
    "services",
    "foundation",
    "center",
    "centre",
    "club",
    "church",
    "school",
    "college",
    "hospital",
    "airlines",
    "motors",
    "inc.",
    "co.",
    "co",
    "reuters",
    "bbc",
    "cnn",
    "afp",
    "ap",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "review",
    "magazine",
    "weekly",
    "monitor",
    "observer",
    "independent",
    "chronicle",
    "examiner",
    "star",
    "sun",
    "mirror",
    "express",
    "nations",
    "fund",
    "authority",
    "command",
    "team",
    "society",
    "institution",
    "coalition",
    "alliance",
    "cabinet",
    "bureau",
    "secretariat",
];

/// Words that make a capitalized phrase a place.
const PLACE_WORDS: &[&str] = &[
    "fort",
    "mount",
    "cape",
    "desert",
    "beach",
    "springs",
    "falls",
    "heights",
    "hills",
    "village",
    "town",
    "city",
    "zone",
    "street",
    "avenue",
    "road",
    "square",
    "river",
    "county",
    "province",
    "state",
    "states",
    "republic",
    "kingdom",
    "island",
    "islands",
    "mountains",
    "valley",
    "gulf",
    "sea",
    "ocean",
    "lake",
    "park",
    "bridge",
    "district",
    "region",
    "north",
    "south",
    "east",
    "west",
    "airport",
    "port",
    "hall",
];

/// Publication and news-medium words: a phrase with one is a medium that can be quoted.
const MEDIA_WORDS: &[&str] = &[
    "times",
    "post",
    "news",
    "newspapers",
    "newspaper",
    "agency",
    "journal",
    "herald",
    "tribune",
    "press",
    "telegraph",
    "guardian",
    "gazette",
    "daily",
    "radio",
    "television",
    "reuters",
    "bbc",
    "cnn",
    "afp",
    "ap",
    "magazine",
    "monitor",
    "observer",
    "chronicle",
    "examiner",
    "review",
    "weekly",
    "network",
];

/// Common nouns that refer back to a publication ("the article noted").
const MEDIA_NOUNS: &[&str] = &[
    "article",
    "report",
    "newspaper",
    "paper",
    "daily",
    "agency",
    "magazine",
    "story",
    "publication",
    "broadcaster",
    "network",
    "channel",
    "station",
    "website",
    "outlet",
    "journal",
    "weekly",
    "tabloid",
    "editorial",
];

/// Nouns for documents and messages that speak for their author ("the resolution says",
/// "Kennedy's letter said").
const DOCUMENT_NOUNS: &[&str] = &[
    "letter",
    "invitation",
    "message",
    "statement",
    "report",
    "resolution",
    "bill",
    "plan",
    "study",
    "survey",
    "document",
    "proposal",
    "measure",
    "amendment",
    "memo",
    "memorandum",
    "ruling",
    "decision",
    "order",
    "petition",
    "platform",
    "announcement",
    "editorial",
    "article",
    "speech",
    "testimony",
    "telegram",
    "communique",
    "notice",
    "complaint",
    "motion",
    "opinion",
    "verdict",
    "presentment",
    "charter",
    "law",
    "treaty",
    "manifesto",
    "budget",
    "constitution",
];

/// Is this word (any case) a noun for a document or a message?
pub fn is_document_noun(word: &str) -> bool {
    DOCUMENT_NOUNS.contains(&word.to_lowercase().as_str())
}

pub fn is_org_word(word: &str) -> bool {
    static SET: Lookup = Lookup::new();
    in_set(&SET, ORG_WORDS, word)
}

pub fn is_place_word(word: &str) -> bool {
    static SET: Lookup = Lookup::new();
    in_set(&SET, PLACE_WORDS, word)
}

pub fn is_media_word(word: &str) -> bool {
    MEDIA_WORDS.contains(&word.to_lowercase().as_str())
}

pub fn is_media_noun(word: &str) -> bool {
    MEDIA_NOUNS.contains(&word.to_lowercase().as_str())
}

/// Capitalized words that start sentences without being names.
const NOT_NAMES: &[&str] = &[
    "sept",
    "jan",
    "feb",
    "aug",
    "oct",
    "nov",
    "dec",
    "certainly",
    "perhaps",
    "apparently",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "one",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "for",
    "nor",
    "if",
    "when",
    "while",
    "as",
    "after",
    "before",
    "since",
    "because",
    "although",
    "though",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "to",
    "of",
    "into",
    "over",
    "under",
    "about",
    "asked",
    "citing",
    "according",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "there",
    "here",
    "what",
    "who",
    "whom",
    "which",
    "where",
    "why",
    "how",
    "yes",
    "no",
    "not",
    "also",
    "still",
    "then",
    "now",
    "later",
    "earlier",
    "meanwhile",
    "however",
    "instead",
    "indeed",
    "even",
    "only",
    "just",
    "such",
    "other",
    "another",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "speaking",
    "writing",
    "last",
    "next",
    "first",
    "despite",
    "during",
    "without",
    "within",
    "among",
    "until",
    "unless",
    "whether",
    "whatever",
    "whoever",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// Is this capitalized word a function word or a date word rather than part of a name?
pub fn is_not_name(word: &str) -> bool {
    static SET: Lookup = Lookup::new();
    in_set(&SET, NOT_NAMES, word) || adverb(word)
}

/// "Shortly", "Finally": a capitalized adverb opening a sentence, not a name ("Kelly" and
/// "Beverly" are given names).
fn adverb(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ly")
        && word.chars().skip(1).all(char::is_lowercase)
        && !crate::entities::lexicon::given_names().contains(word)
        && !crate::entities::lexicon::places().contains(word)
}

/// Subject pronouns, with the kind of referent they take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she
    Person,
    /// they
    Plural,
    /// it
    Thing,
    /// I, we, you: the writer or the reader
    Deictic,
}

/// The word lower-cased, or the pronoun of a contraction ("I'm", "we're", "he'd",
/// "they've").
fn pronoun_base(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    match lower.split_once('\'') {
        Some((b, "m" | "re" | "s" | "d" | "ve" | "ll")) => b.to_string(),
        _ => lower,
    }
}

/// "I", "we", "I'm", "we've": the speaker's own voice.
pub fn is_first_person(word: &str) -> bool {
    matches!(pronoun_base(word).as_str(), "i" | "we")
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    match pronoun_base(word).as_str() {
        "he" | "she" | "him" | "her" => Some(Pronoun::Person),
        "they" | "them" => Some(Pronoun::Plural),
        "it" => Some(Pronoun::Thing),
        "i" | "we" | "you" => Some(Pronoun::Deictic),
        _ => None,
    }
}

/// Words between a speech verb and its subject that are neither ("has", "also").
pub fn is_aux_or_adverb(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "has"
            | "have"
            | "had"
            | "been"
            | "being"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "would"
            | "also"
            | "later"
            | "then"
            | "once"
            | "recently"
            | "simply"
            | "flatly"
            | "bluntly"
            | "repeatedly"
            | "often"
            | "frequently"
            | "quietly"
            | "angrily"
            | "firmly"
            | "privately"
            | "publicly"
            | "again"
            | "further"
            | "just"
            | "never"
            | "did"
            | "does"
            | "do"
            | "could"
            | "may"
            | "might"
            | "shall"
            | "should"
            | "can"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_table() {
        type Case = (&'static str, fn(&str) -> bool, bool);
        let cases: &[Case] = &[
            ("said", is_speech_verb, true),
            ("writes", is_speech_verb, true),
            ("walked", is_speech_verb, false),
            ("reporting", is_participle_cue, true),
            ("citing", is_participle_cue, false),
            ("President", is_title, true),
            ("Hazem", is_title, false),
            ("Ministry", is_org_word, true),
            ("City", is_place_word, true),
            ("Times", is_media_word, true),
            ("article", is_media_noun, true),
            ("resolution", is_document_noun, true),
            ("Invitation", is_document_noun, true),
            ("dinner", is_document_noun, false),
            ("Monday", is_not_name, true),
            ("Daoud", is_not_name, false),
            ("Miss", is_title, true),
        ];
        for (word, f, want) in cases {
            assert_eq!(f(word), *want, "{word}");
        }
        assert_eq!(pronoun("She"), Some(Pronoun::Person));
        assert_eq!(pronoun("they"), Some(Pronoun::Plural));
        assert_eq!(pronoun("Smith"), None);
        for (word, want) in [
            ("Mrs.", Some(true)),
            ("hostess", Some(true)),
            ("husband", Some(false)),
            ("Mr", Some(false)),
            ("spokesman", None),
            ("mayor", None),
        ] {
            assert_eq!(gender_of_word(word), want, "{word}");
        }
    }
}
