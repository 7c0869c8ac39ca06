//! A saved web page's article, as a reader would copy it out of the page.
//!
//! The page is tokenized with html5gum (a WHATWG tokenizer: entities decoded, `<script>`
//! and `<style>` read as raw text) and walked once, keeping a stack of open elements:
//!
//! 1. **Blocks.** Text runs into one paragraph until a block element starts or ends
//!    (`p`, `h1`–`h6`, `li`, `blockquote`, `pre`, `td`, `dd`, `div`, `section`…); `<br><br>`
//!    starts a new paragraph, one `<br>` is a space. A `<pre>` is split at its blank lines.
//! 2. **Never read:** `script`, `style`, `noscript`, `template`, `svg`, `math`, `iframe`,
//!    `object`, `canvas`, `video`, `audio`, `button`, `select`, `textarea`, `nav`,
//!    `figcaption` (photo captions and credits), and the `<head>` (but for its metadata).
//! 3. **Page furniture**, dropped: `header` (outside the article, unless it holds the
//!    page's `<h1>`), `footer`, `aside`,
//!    `form`, and any element whose class or id has a word that marks furniture (nav,
//!    menu, share, social, comment(s), footer, cookie, newsletter, related, ad/advert,
//!    promo, breadcrumb, sidebar, subscribe…), whose role is navigation, banner,
//!    contentinfo, complementary, search, menu or dialog, or that is hidden (`hidden`,
//!    `aria-hidden="true"`, `display:none`). Those marked by a class, id, role or as hidden,
//!    and forms, are dropped only when they hold at most half of the page's text, and none
//!    is dropped that holds the article: a page whose whole body is wrapped in a `<form>`
//!    or a `class="has-sidebar"` still reads.
//! 4. **The article.** When the page marks one (`<article>`, `<main>`, `role="main"`,
//!    outside furniture), only its text is taken: the largest `<article>` when it holds a
//!    third or more of the largest main's text, else the largest main. An article with
//!    less than a fifth of the page's text is not trusted, and the whole page is read
//!    instead (with [`Notice::WholePage`]).
//! 5. **Lines.** Whitespace collapses; empty paragraphs and the short lines that are
//!    buttons, not text ("Share", "Advertisement", "Read more"…) go, and so does a
//!    paragraph repeated right after itself. A first heading that repeats the title goes.
//!
//! **Metadata.** Title: `<title>` less a " | Site" or " - Site" suffix (or "Site | "
//! prefix) when the site part is the page's `og:site_name`, or is short and the rest is the
//! page's `og:title` or `<h1>` (or there is neither to compare with); else `og:title`,
//! else the first `<h1>`, else derived from the text. Date (YYYY-MM-DD):
//! `article:published_time`, `datePublished`, `date`, `pubdate` and kin in `<meta>`, else
//! the article's first `<time datetime>`. Source: `og:site_name`. Link: the canonical
//! `<link>`, else `og:url` (absolute http(s) ones only).
//!
//! **Encoding.** A byte order mark, else a `<meta charset>` or `http-equiv` Content-Type
//! in the page's head, else UTF-8; a page that is not valid UTF-8 is decoded as chardetng
//! guesses (Windows-1252 mostly) with a notice, or, when it is UTF-8 with a few broken
//! bytes, with those replaced by � and a notice.

use super::text::{display_name, guess, mostly_utf8, utf8_counts};
use super::{clean_paragraph, iso_date, ImportError, Notice};
use crate::document::{derive_title, Document};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};
use std::borrow::Cow;

/// The document of a saved web page's bytes.
pub(crate) fn read(
    id: &str,
    bytes: &[u8],
    notices: &mut Vec<Notice>,
) -> Result<Document, ImportError> {
    let text = decode(bytes, notices);
    let page = walk(&text);
    let (paragraphs, whole_page) = page.paragraphs();
    let title_full = page.title.as_deref().map(clean_paragraph);
    let h1 = paragraphs
        .iter()
        .chain(&page.blocks)
        .find(|b| b.heading == Some(1))
        .map(|b| b.text.clone());
    let site = page.meta.site_name.clone();
    let title = title_full
        .as_deref()
        .filter(|t| !t.is_empty())
        .map(|t| {
            strip_site(
                t,
                site.as_deref(),
                page.meta.og_title.as_deref(),
                h1.as_deref(),
            )
        })
        .or_else(|| page.meta.og_title.clone().filter(|t| !t.is_empty()))
        .or(h1);
    let mut paragraphs: Vec<Block> = paragraphs;
    if let (Some(first), Some(title)) = (paragraphs.first(), &title) {
        let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
        if first.heading.is_some()
            && (same(&first.text, title)
                || title_full.as_deref().is_some_and(|t| same(&first.text, t)))
        {
            paragraphs.remove(0);
        }
    }
    let paragraphs: Vec<String> = paragraphs.into_iter().map(|b| b.text).collect();
    if paragraphs.is_empty() {
        return Err(ImportError::NoText { what: "web page" });
    }
    if whole_page {
        notices.push(Notice::WholePage);
    }
    let title_derived = title.is_none();
    let title = title.unwrap_or_else(|| derive_title(id, &paragraphs));
    let url = [&page.meta.canonical, &page.meta.og_url]
        .into_iter()
        .flatten()
        .find(|u| u.starts_with("https://") || u.starts_with("http://"))
        .cloned();
    Ok(Document {
        id: id.to_string(),
        title,
        title_derived,
        date: page.date(),
        source: site,
        url,
        paragraphs,
    })
}

/// The page's text as UTF-8 ([module docs](self), "Encoding").
fn decode<'a>(bytes: &'a [u8], notices: &mut Vec<Notice>) -> Cow<'a, str> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        if encoding != UTF_8 {
            notices.push(Notice::Decoded { encoding: "UTF-16" });
        }
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    if let Some(encoding) = declared_charset(bytes).filter(|&e| e != UTF_8) {
        return encoding.decode_without_bom_handling(bytes).0;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    if mostly_utf8(bytes) {
        notices.push(Notice::Replaced {
            bytes: utf8_counts(bytes).1,
        });
        return Cow::Owned(String::from_utf8_lossy(bytes).into_owned());
    }
    let encoding = guess(bytes);
    notices.push(Notice::Decoded {
        encoding: display_name(encoding),
    });
    encoding.decode_without_bom_handling(bytes).0
}

/// The encoding a page's head declares: `<meta charset>` or `<meta http-equiv=
/// "Content-Type" content="…; charset=…">`, looked for up to its `<body>` (within its
/// first 64 KB). A declared UTF-16 means UTF-8, as browsers take it.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(head, emitter).flatten() {
        let Token::StartTag(tag) = token else {
            continue;
        };
        match tag.name.as_slice() {
            b"body" => return None,
            b"meta" => {}
            _ => continue,
        }
        let label = attr(&tag, b"charset").or_else(|| {
            let equiv = attr(&tag, b"http-equiv")?;
            if !equiv.eq_ignore_ascii_case("content-type") {
                return None;
            }
            let content = attr(&tag, b"content")?.to_ascii_lowercase();
            let at = content.find("charset=")? + "charset=".len();
            Some(
                content[at..]
                    .trim_start_matches(['"', '\''])
                    .split(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
                    .next()
                    .unwrap_or("")
                    .to_string(),
            )
        });
        if let Some(encoding) = label.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
            return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else {
                encoding
            });
        }
    }
    None
}

fn attr(tag: &StartTag<()>, name: &[u8]) -> Option<String> {
    tag.attributes
        .get(name)
        .map(|v| String::from_utf8_lossy(&v.value).into_owned())
}

/// One paragraph of the page.
#[derive(Debug, Clone, PartialEq)]
struct Block {
    text: String,
    /// 1–6 for a heading.
    heading: Option<u8>,
}

/// A stretch of the page's blocks, `start..end`.
#[derive(Debug, Clone, Copy)]
struct Range {
    start: usize,
    end: usize,
}

/// A furniture region.
#[derive(Debug, Clone, Copy)]
struct Region {
    range: Range,
    kind: RegionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RegionKind {
    /// `<footer>`, `<aside>`: furniture however much text they hold.
    Always,
    /// A `<header>` outside the article: furniture unless it holds an `<h1>` (then it is
    /// the story's own header, on a page that marks no article).
    Header,
    /// Marked by a class, id, role or as hidden, or a `<form>`: furniture when it holds at
    /// most half of the page's text.
    Marked,
}

/// An `<article>` (or a main: `<main>`, `role="main"`).
#[derive(Debug, Clone)]
struct Container {
    article: bool,
    range: Range,
    /// The innermost furniture region it lies in, if any.
    inside: Option<usize>,
}

#[derive(Debug, Default)]
struct Meta {
    og_title: Option<String>,
    site_name: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    /// The best-ranked `<meta>` date so far, with its rank (lower is better).
    date: Option<(u8, String)>,
}

#[derive(Debug, Default)]
struct Page {
    blocks: Vec<Block>,
    /// Furniture regions ([module docs](self), step 3).
    regions: Vec<Region>,
    containers: Vec<Container>,
    /// `<time datetime>` values, with the block index they came before.
    times: Vec<(usize, String)>,
    title: Option<String>,
    meta: Meta,
}

/// An open element.
#[derive(Debug)]
struct Open {
    name: Vec<u8>,
    hard: bool,
    region: Option<usize>,
    container: Option<usize>,
    heading: Option<u8>,
    pre: bool,
    foreign: bool,
}

const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
    b"source", b"track", b"wbr", b"keygen", b"frame",
];

const NEVER_READ: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"math",
    b"iframe",
    b"object",
    b"canvas",
    b"video",
    b"audio",
    b"button",
    b"select",
    b"textarea",
    b"nav",
    b"figcaption",
    b"head",
    b"datalist",
    b"map",
    b"noembed",
    b"noframes",
];

const BLOCKS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"body",
    b"caption",
    b"center",
    b"dd",
    b"details",
    b"dialog",
    b"dir",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"html",
    b"legend",
    b"li",
    b"main",
    b"menu",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"tbody",
    b"thead",
    b"tfoot",
    b"td",
    b"th",
    b"tr",
    b"ul",
    b"option",
];

/// Elements a new one of these names closes when it is open (HTML's implied end tags).
fn closes(new: &[u8]) -> &'static [&'static [u8]] {
    match new {
        b"li" => &[b"li"],
        b"dt" | b"dd" => &[b"dt", b"dd"],
        b"td" | b"th" => &[b"td", b"th"],
        b"tr" => &[b"tr", b"td", b"th"],
        b"option" => &[b"option"],
        _ => &[],
    }
}

/// Elements that a `<p>` start or a block start implicitly closes an open `<p>` for.
fn closes_p(new: &[u8]) -> bool {
    BLOCKS.contains(&new) && !matches!(new, b"li" | b"td" | b"th" | b"dd" | b"dt")
}

/// Words of a class or id that mark page furniture.
const FURNITURE: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menus",
    "share",
    "sharing",
    "shares",
    "social",
    "comment",
    "comments",
    "footer",
    "cookie",
    "cookies",
    "newsletter",
    "related",
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "promo",
    "promos",
    "promotion",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "subscribe",
    "subscription",
    "paywall",
    "banner",
    "masthead",
    "toolbar",
    "popup",
    "modal",
    "consent",
    "gdpr",
    "sponsored",
    "outbrain",
    "taboola",
    "skip",
    "signup",
    "byline-share",
    "recommended",
    "trending",
    "mostread",
];

/// Prefixes of a class or id word that mark furniture ("share-buttons" is split at the
/// hyphen; "sharebar" and "adslot" are not).
const FURNITURE_PREFIXES: &[&str] = &[
    "share",
    "social",
    "cookie",
    "newsletter",
    "advert",
    "breadcrumb",
    "sidebar",
    "subscri",
    "navbar",
    "navigation",
    "adslot",
    "adunit",
    "adcontainer",
    "promo",
];

const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
];

/// Lines that are a page's buttons and labels, not its text (compared in lower case,
/// without surrounding punctuation).
const BUTTON_LINES: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share via email",
    "tweet",
    "email",
    "print",
    "copy link",
    "link copied",
    "advertisement",
    "advert",
    "ad",
    "sponsored",
    "sponsored content",
    "read more",
    "continue reading",
    "related",
    "related articles",
    "related stories",
    "more stories",
    "recommended",
    "skip to content",
    "skip to main content",
    "menu",
    "close",
    "search",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "comments",
    "show comments",
    "back to top",
    "next",
    "previous",
    "next article",
    "previous article",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "scroll to continue with content",
    "listen to this article",
    "most read",
    "trending",
];

fn is_button_line(text: &str) -> bool {
    let bare = text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    bare.is_empty() || BUTTON_LINES.contains(&bare.as_str())
}

/// Whether a class or id value has a furniture word.
fn furniture_words(value: &str) -> bool {
    let value = value.to_ascii_lowercase();
    let words: Vec<&str> = value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        // "has-sidebar", "with-comments", "no-ads": a page's layout, not its furniture.
        let layout = i > 0 && matches!(words[i - 1], "has" | "with" | "no" | "without" | "show");
        !layout && (FURNITURE.contains(w) || FURNITURE_PREFIXES.iter().any(|p| w.starts_with(p)))
    })
}

/// Walk the page's tokens into blocks, furniture regions, containers and metadata.
fn walk(text: &str) -> Page {
    let mut w = Walker::default();
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(text, emitter).flatten() {
        match token {
            Token::StartTag(tag) => w.start(&tag),
            Token::EndTag(tag) => w.end(&tag.name),
            Token::String(s) => w.text(&String::from_utf8_lossy(&s.value)),
            _ => {}
        }
    }
    while !w.stack.is_empty() {
        w.pop();
    }
    w.flush();
    w.page
}

#[derive(Default)]
struct Walker {
    page: Page,
    stack: Vec<Open>,
    /// Open never-read elements.
    hard: usize,
    /// Open furniture regions (indices into page.regions).
    regions: Vec<usize>,
    foreign: usize,
    heading: Option<u8>,
    pre: usize,
    current: String,
    current_pre: bool,
    /// `<br>`s since the last text.
    brs: usize,
    /// Reading the `<title>`.
    in_title: bool,
    title: String,
    /// Open `<article>`/`<main>`/`header` (a header inside one is the article's own).
    in_container: usize,
    /// Open `<head>`s.
    in_head: usize,
    /// The levels of the open headings.
    headings: Vec<u8>,
    /// How many of each element name are open, so that an end tag with none open costs
    /// nothing (a page of stray end tags is not slow).
    open_names: std::collections::HashMap<Vec<u8>, usize>,
}

impl Walker {
    fn start(&mut self, tag: &StartTag<()>) {
        let name = tag.name.as_slice();
        if name == b"meta" {
            self.meta(tag);
        } else if name == b"link" {
            self.link(tag);
        }
        // HTML's implied end tags.
        if self.in_head > 0
            && !matches!(
                name,
                b"title"
                    | b"meta"
                    | b"link"
                    | b"style"
                    | b"script"
                    | b"noscript"
                    | b"base"
                    | b"template"
            )
        {
            self.pop_to(b"head");
        }
        let implied = closes(name);
        if !implied.is_empty() {
            let list_bounds: &[&[u8]] = &[b"ul", b"ol", b"dl", b"table", b"tr", b"select"];
            // Looked for among the innermost 32 open elements only.
            let from = self.stack.len().saturating_sub(32);
            if let Some(i) = self.stack[from..].iter().rposition(|o| {
                implied.contains(&o.name.as_slice()) || list_bounds.contains(&o.name.as_slice())
            }) {
                if implied.contains(&self.stack[from + i].name.as_slice()) {
                    self.pop_to_index(from + i);
                }
            }
        }
        if closes_p(name) && self.stack.last().is_some_and(|o| o.name == b"p") {
            self.pop();
        }
        if name == b"br" {
            if self.pre > 0 {
                self.current.push('\n');
            } else if !self.current.trim().is_empty() {
                self.brs += 1;
                self.current.push(' ');
            }
            return;
        }
        if name == b"time" && self.hard == 0 {
            if let Some(datetime) = attr(tag, b"datetime") {
                self.page.times.push((self.page.blocks.len(), datetime));
            }
        }
        let foreign_child = self.foreign > 0;
        if VOID.contains(&name)
            || (tag.self_closing && (foreign_child || name == b"svg" || name == b"math"))
        {
            if BLOCKS.contains(&name) {
                self.flush();
            }
            return;
        }
        if BLOCKS.contains(&name) {
            self.flush();
        }
        let hard = NEVER_READ.contains(&name);
        let mut open = Open {
            name: name.to_vec(),
            hard,
            region: None,
            container: None,
            heading: None,
            pre: name == b"pre",
            foreign: name == b"svg" || name == b"math",
        };
        if hard {
            self.hard += 1;
        }
        if name == b"head" {
            self.in_head += 1;
        }
        *self.open_names.entry(name.to_vec()).or_default() += 1;
        if open.foreign {
            self.foreign += 1;
        }
        if name == b"title" && self.foreign == 0 && self.page.title.is_none() {
            self.in_title = true;
            self.title.clear();
        }
        if self.hard == 0 {
            let role = attr(tag, b"role").unwrap_or_default().to_ascii_lowercase();
            let is_container = name == b"article" || name == b"main" || role == "main";
            if self.furniture(tag, name, &role, is_container) {
                let index = self.page.regions.len();
                self.page.regions.push(Region {
                    range: Range {
                        start: self.page.blocks.len(),
                        end: usize::MAX,
                    },
                    kind: match name {
                        b"footer" | b"aside" => RegionKind::Always,
                        b"header" if self.in_container == 0 => RegionKind::Header,
                        _ => RegionKind::Marked,
                    },
                });
                self.regions.push(index);
                open.region = Some(index);
            }
            if is_container {
                let index = self.page.containers.len();
                self.page.containers.push(Container {
                    article: name == b"article",
                    range: Range {
                        start: self.page.blocks.len(),
                        end: usize::MAX,
                    },
                    inside: self.regions.last().copied(),
                });
                open.container = Some(index);
                self.in_container += 1;
            }
            if let [b'h', level @ b'1'..=b'6'] = name {
                open.heading = Some(level - b'0');
                self.headings.push(level - b'0');
                self.heading = open.heading;
            }
            if open.pre {
                self.pre += 1;
            }
        }
        self.stack.push(open);
    }

    /// Whether an element is page furniture ([module docs](self), step 3).
    fn furniture(&self, tag: &StartTag<()>, name: &[u8], role: &str, container: bool) -> bool {
        if matches!(name, b"footer" | b"aside" | b"form")
            || (name == b"header" && self.in_container == 0)
        {
            return true;
        }
        if FURNITURE_ROLES.contains(&role) && !(role == "banner" && self.in_container > 0) {
            return true;
        }
        if tag.attributes.contains_key(b"hidden".as_slice())
            || attr(tag, b"aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
        {
            return true;
        }
        if let Some(style) = attr(tag, b"style") {
            let style: String = style
                .to_ascii_lowercase()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            if style.contains("display:none") || style.contains("visibility:hidden") {
                return true;
            }
        }
        if container || matches!(name, b"html" | b"body") {
            return false;
        }
        [b"class".as_slice(), b"id"]
            .iter()
            .filter_map(|a| attr(tag, a))
            .any(|v| furniture_words(&v))
    }

    fn end(&mut self, name: &[u8]) {
        if name == b"br" {
            // "</br>" is read as "<br>" by browsers.
            if self.pre == 0 && !self.current.trim().is_empty() {
                self.brs += 1;
                self.current.push(' ');
            }
            return;
        }
        self.pop_to(name);
    }

    fn pop_to(&mut self, name: &[u8]) {
        if self.open_names.get(name).is_none_or(|&n| n == 0) {
            return;
        }
        if let Some(i) = self.stack.iter().rposition(|o| o.name == name) {
            self.pop_to_index(i);
        }
    }

    fn pop_to_index(&mut self, i: usize) {
        while self.stack.len() > i {
            self.pop();
        }
    }

    fn pop(&mut self) {
        let Some(open) = self.stack.pop() else {
            return;
        };
        if BLOCKS.contains(&open.name.as_slice()) || open.hard {
            self.flush();
        }
        if open.name == b"title" && self.in_title {
            self.in_title = false;
            self.page.title = Some(std::mem::take(&mut self.title));
        }
        if open.hard {
            self.hard -= 1;
        }
        if open.foreign {
            self.foreign -= 1;
        }
        if open.pre {
            self.pre -= 1;
        }
        if open.heading.is_some() {
            self.headings.pop();
            self.heading = self.headings.last().copied();
        }
        if open.name == b"head" {
            self.in_head -= 1;
        }
        if let Some(n) = self.open_names.get_mut(&open.name) {
            *n = n.saturating_sub(1);
        }
        if let Some(r) = open.region {
            self.page.regions[r].range.end = self.page.blocks.len();
            self.regions.pop();
        }
        if let Some(c) = open.container {
            self.page.containers[c].range.end = self.page.blocks.len();
            self.in_container -= 1;
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_title {
            self.title.push_str(text);
            return;
        }
        if self.hard > 0 {
            return;
        }
        if !text.trim().is_empty() {
            if self.brs >= 2 {
                self.flush();
            }
            self.brs = 0;
        }
        if self.pre > 0 {
            self.current_pre = true;
        }
        self.current.push_str(text);
    }

    fn flush(&mut self) {
        self.brs = 0;
        if self.current.trim().is_empty() {
            self.current.clear();
            self.current_pre = false;
            return;
        }
        let text = std::mem::take(&mut self.current);
        let parts: Vec<String> = if self.current_pre {
            split_blank_lines(&text).map(clean_paragraph).collect()
        } else {
            vec![clean_paragraph(&text)]
        };
        self.current_pre = false;
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            self.page.blocks.push(Block {
                text: part,
                heading: self.heading,
            });
        }
    }

    fn meta(&mut self, tag: &StartTag<()>) {
        let Some(content) = attr(tag, b"content").map(|c| c.trim().to_string()) else {
            return;
        };
        if content.is_empty() {
            return;
        }
        let key = [b"property".as_slice(), b"name", b"itemprop"]
            .iter()
            .find_map(|a| attr(tag, a))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let meta = &mut self.page.meta;
        match key.as_str() {
            "og:title" => meta.og_title = Some(clean_paragraph(&content)),
            "og:site_name" => meta.site_name = Some(clean_paragraph(&content)),
            "og:url" => meta.og_url = Some(content),
            _ => {
                let rank = match key.as_str() {
                    "article:published_time" => 0,
                    "datepublished" => 1,
                    "date" | "pubdate" | "publishdate" | "publish-date" | "publish_date" => 2,
                    "dc.date" | "dc.date.issued" | "dcterms.date" | "dcterms.created"
                    | "dcterms.issued" | "sailthru.date" | "parsely-pub-date"
                    | "og:published_time" => 3,
                    _ => return,
                };
                if let Some(date) = iso_date(&content) {
                    if meta.date.as_ref().is_none_or(|(r, _)| rank < *r) {
                        meta.date = Some((rank, date));
                    }
                }
            }
        }
    }

    fn link(&mut self, tag: &StartTag<()>) {
        let rel = attr(tag, b"rel").unwrap_or_default().to_ascii_lowercase();
        if rel.split_whitespace().any(|r| r == "canonical") && self.page.meta.canonical.is_none() {
            self.page.meta.canonical = attr(tag, b"href").map(|h| h.trim().to_string());
        }
    }
}

/// A `<pre>`'s text split at its blank lines.
fn split_blank_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut blank_from: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            blank_from.get_or_insert(offset);
        } else if let Some(b) = blank_from.take() {
            parts.push(&text[start..b]);
            start = offset;
        }
        offset += line.len();
    }
    parts.push(&text[start..]);
    parts.into_iter()
}

impl Page {
    /// The article's paragraphs ([module docs](self), steps 3–5), and whether they come
    /// from the whole page for want of a trusted article.
    fn paragraphs(&self) -> (Vec<Block>, bool) {
        let n = self.blocks.len();
        let mut prefix = Vec::with_capacity(n + 1);
        prefix.push(0usize);
        for b in &self.blocks {
            prefix.push(prefix.last().copied().unwrap_or(0) + b.text.len());
        }
        let span =
            |r: &Range| -> (usize, usize) { (r.start.min(n), r.end.min(n).max(r.start.min(n))) };
        let len = |r: &Range| {
            let (s, e) = span(r);
            prefix[e] - prefix[s]
        };
        let total = prefix[n];
        // Furniture regions ([`RegionKind`]).
        let furniture: Vec<bool> = self
            .regions
            .iter()
            .map(|r| {
                let (s, e) = span(&r.range);
                match r.kind {
                    RegionKind::Always => true,
                    RegionKind::Header => !self.blocks[s..e].iter().any(|b| b.heading == Some(1)),
                    RegionKind::Marked => len(&r.range) * 2 <= total,
                }
            })
            .collect();
        let dropped_by = |keep: Option<&Range>| -> Vec<bool> {
            let mut diff = vec![0isize; n + 1];
            for (r, _) in self.regions.iter().zip(&furniture).filter(|(_, &f)| f) {
                let (s, e) = span(&r.range);
                if keep.is_some_and(|k| s <= k.start && k.end.min(n) <= e) {
                    continue; // it holds the article
                }
                diff[s] += 1;
                diff[e] -= 1;
            }
            let mut depth = 0;
            diff[..n]
                .iter()
                .map(|d| {
                    depth += d;
                    depth > 0
                })
                .collect()
        };
        let kept_len = |dropped: &[bool], r: Range| -> usize {
            let (s, e) = span(&r);
            (s..e)
                .filter(|&i| !dropped[i])
                .map(|i| self.blocks[i].text.len())
                .sum()
        };
        let candidates: Vec<&Container> = self
            .containers
            .iter()
            .filter(|c| c.inside.is_none_or(|r| !furniture[r]) && len(&c.range) > 0)
            .collect();
        let best = |article: bool| {
            candidates
                .iter()
                .filter(|c| c.article == article)
                .max_by_key(|c| len(&c.range))
                .copied()
        };
        let chosen = match (best(true), best(false)) {
            (Some(a), Some(m)) if len(&a.range) * 3 >= len(&m.range) => Some(a),
            (_, Some(m)) => Some(m),
            (a, None) => a,
        };
        let whole = Range { start: 0, end: n };
        let page_dropped = dropped_by(None);
        let page_len = kept_len(&page_dropped, whole);
        let chosen = chosen.filter(|c| {
            let dropped = dropped_by(Some(&c.range));
            kept_len(&dropped, c.range) * 5 >= page_len
        });
        let (range, dropped) = match chosen {
            Some(c) => (c.range, dropped_by(Some(&c.range))),
            None => (whole, page_dropped),
        };
        let (s, e) = span(&range);
        let mut out: Vec<Block> = Vec::new();
        for (block, &dropped) in self.blocks[s..e].iter().zip(&dropped[s..e]) {
            if dropped || is_button_line(&block.text) {
                continue;
            }
            if out.last().is_some_and(|last| last.text == block.text) {
                continue;
            }
            out.push(block.clone());
        }
        (out, chosen.is_none())
    }

    /// The page's date: its best `<meta>` date, else the article's first `<time>`.
    fn date(&self) -> Option<String> {
        if let Some((_, date)) = &self.meta.date {
            return Some(date.clone());
        }
        self.times.iter().find_map(|(_, t)| iso_date(t))
    }
}

/// A `<title>` less its site name ([module docs](self), "Metadata").
fn strip_site(title: &str, site: Option<&str>, og_title: Option<&str>, h1: Option<&str>) -> String {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    if og_title.is_some_and(|t| same(t, title)) || h1.is_some_and(|h| same(h, title)) {
        return title.to_string();
    }
    const SEPARATORS: &[&str] = &[
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ",
    ];
    let mut best: Option<(&str, &str, bool)> = None; // (head, site part, site first)
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if best.is_none_or(|(h, _, _)| head.len() > h.len()) {
                best = Some((head, tail, false));
            }
        }
    }
    let Some((head, tail, _)) = best else {
        return title.to_string();
    };
    let (head, tail) = (head.trim(), tail.trim());
    if let Some(site) = site {
        if same(tail, site) && !head.is_empty() {
            return head.to_string();
        }
        // "Site | Headline"
        for sep in SEPARATORS {
            if let Some((first, rest)) = title.split_once(sep) {
                if same(first, site) && !rest.trim().is_empty() {
                    return rest.trim().to_string();
                }
            }
        }
    }
    let short = tail.split_whitespace().count() <= 3 && tail.chars().count() <= 30;
    let head_confirmed = match (og_title, h1) {
        (None, None) => true,
        _ => og_title.is_some_and(|t| same(t, head)) || h1.is_some_and(|h| same(h, head)),
    };
    if short && head_confirmed && !head.is_empty() && head.len() > tail.len() {
        head.to_string()
    } else {
        title.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Result<Document, ImportError> {
        read("page", html.as_bytes(), &mut Vec::new())
    }

    struct Case {
        name: &'static str,
        html: &'static str,
        paragraphs: &'static [&'static str],
    }

    const CASES: &[Case] = &[
        Case {
            name: "blocks and inline elements",
            html: "<p>One <b>bold</b> and <a href=x>a link</a>.</p><div>Two</div><li>Three</li>",
            paragraphs: &["One bold and a link.", "Two", "Three"],
        },
        Case {
            name: "entities are decoded and whitespace collapses",
            html: "<p>Fish &amp; chips&nbsp;&mdash;\n   &#8220;fresh&#8221;</p>",
            paragraphs: &["Fish & chips — “fresh”"],
        },
        Case {
            name: "two brs break a paragraph, one does not",
            html: "<p>Line one<br>still one<br><br>Line two<br/> <br />Line three</p>",
            paragraphs: &["Line one still one", "Line two", "Line three"],
        },
        Case {
            name: "scripts, styles and hidden things are never read",
            html: "<script>var a = '<p>no</p>';</script><style>p { color: red }</style>\
                   <p>Yes.</p><noscript><p>Enable JS</p></noscript><template><p>T</p></template>\
                   <p hidden>Hidden.</p><p style='display: none'>Hidden too.</p><svg><title>Icon</title><text>S</text></svg>",
            paragraphs: &["Yes."],
        },
        Case {
            name: "unclosed paragraphs and list items",
            html: "<p>One<p>Two<ul><li>A<li>B</ul><p>Three",
            paragraphs: &["One", "Two", "A", "B", "Three"],
        },
        Case {
            name: "table cells and definition lists",
            html: "<table><tr><td>Basra<td>1,200</tr><tr><td>Najaf</td><td>300</td></tr></table><dl><dt>Term<dd>Meaning</dl>",
            paragraphs: &["Basra", "1,200", "Najaf", "300", "Term", "Meaning"],
        },
        Case {
            name: "pre splits at blank lines",
            html: "<pre>first line\nsecond line\n\n  next stanza\n</pre>",
            paragraphs: &["first line second line", "next stanza"],
        },
        Case {
            name: "button lines and repeats go",
            html: "<p>Share</p><p>The story.</p><p>The story.</p><p>Advertisement</p><p>Read more »</p><p>•</p>",
            paragraphs: &["The story."],
        },
        Case {
            name: "the article is taken when there is one",
            html: "<div class=teaser><p>Elsewhere a long teaser of another story runs.</p></div>\
                   <article><p>The first paragraph of the story itself.</p><p>The second paragraph.</p></article>",
            paragraphs: &["The first paragraph of the story itself.", "The second paragraph."],
        },
        Case {
            name: "the largest of several articles",
            html: "<article><p>Small teaser.</p></article><article><p>The real story is the long one here.</p></article>",
            paragraphs: &["The real story is the long one here."],
        },
        Case {
            name: "an article inside main wins when it is most of it",
            html: "<main><article><p>The whole story, told at length in this paragraph.</p></article><p>x</p></main>",
            paragraphs: &["The whole story, told at length in this paragraph."],
        },
        Case {
            name: "a furniture wrapper around the whole page is not dropped",
            html: "<form id=aspnetForm><div class='layout has-sidebar'><p>The story is all here.</p></div></form>",
            paragraphs: &["The story is all here."],
        },
        Case {
            name: "class words mark furniture",
            html: "<p>Story text that matters to the reader, at length.</p><div class='share-buttons'><a>Facebook page</a></div>\
                   <div id=cookie-banner><p>We use cookies on this site.</p></div><ul class=related-links><li>Other news</li></ul>\
                   <div class='ad-slot'><p>Buy now</p></div><div class=commentary><p>An opinion.</p></div>",
            paragraphs: &["Story text that matters to the reader, at length.", "An opinion."],
        },
        Case {
            name: "a header inside the article is kept, outside it goes",
            html: "<header><p>Site masthead</p></header><article><header><p class=byline>By A. Writer</p></header><p>Body of the story, long enough.</p></article>",
            paragraphs: &["By A. Writer", "Body of the story, long enough."],
        },
    ];

    #[test]
    fn paragraphs_table() {
        for case in CASES {
            let doc = page(case.html).unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_eq!(doc.paragraphs, case.paragraphs, "{}", case.name);
        }
    }

    #[test]
    fn titles() {
        struct T {
            name: &'static str,
            head: &'static str,
            body: &'static str,
            title: &'static str,
            derived: bool,
        }
        let cases = [
            T { name: "site suffix named by og:site_name", head: "<title>Calm returns | The Planet</title><meta property=og:site_name content='The Planet'>", body: "", title: "Calm returns", derived: false },
            T { name: "site prefix named by og:site_name", head: "<title>The Planet - Calm returns</title><meta property=og:site_name content='The Planet'>", body: "", title: "Calm returns", derived: false },
            T { name: "short suffix, no site name to compare", head: "<title>Calm returns to the city - Planet</title>", body: "", title: "Calm returns to the city", derived: false },
            T { name: "suffix that the h1 keeps", head: "<title>Ceasefire holds - for now</title>", body: "<h1>Ceasefire holds - for now</h1>", title: "Ceasefire holds - for now", derived: false },
            T { name: "og:title without a title", head: "<meta property='og:title' content='From og'>", body: "", title: "From og", derived: false },
            T { name: "h1 without title or og:title", head: "", body: "<h1>The h1</h1>", title: "The h1", derived: false },
            T { name: "derived", head: "", body: "", title: "Only a paragraph here.", derived: true },
        ];
        for case in cases {
            let html = format!(
                "<html><head>{}</head><body>{}<p>Only a paragraph here.</p></body></html>",
                case.head, case.body
            );
            let doc = page(&html).unwrap();
            assert_eq!(doc.title, case.title, "{}", case.name);
            assert_eq!(doc.title_derived, case.derived, "{}", case.name);
            assert_eq!(
                doc.paragraphs,
                ["Only a paragraph here."],
                "{}: the title heading goes",
                case.name
            );
        }
    }

    #[test]
    fn metadata() {
        let doc = page(
            "<head><meta name=date content='2019/07/04'><meta property='article:published_time' content='2021-02-03T04:05:06Z'>\
             <link rel=canonical href='https://example.org/a'><meta property=og:url content='https://example.org/b'>\
             <meta property=og:site_name content='Example News'></head><p>Text.</p>",
        )
        .unwrap();
        assert_eq!(doc.date.as_deref(), Some("2021-02-03"));
        assert_eq!(doc.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(doc.source.as_deref(), Some("Example News"));
        let doc = page("<link rel=canonical href='/relative'><meta property=og:url content='https://example.org/b'><article><time datetime='2020-05-06'>May 6</time><p>Text.</p></article>").unwrap();
        assert_eq!(doc.url.as_deref(), Some("https://example.org/b"));
        assert_eq!(doc.date.as_deref(), Some("2020-05-06"));
    }

    #[test]
    fn encodings() {
        let cases: &[(&str, &[u8], &str, &[&str])] = &[
            ("meta charset", b"<meta charset='windows-1252'><p>Caf\xe9</p>", "Caf\u{e9}", &[]),
            ("http-equiv", b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'><p>Caf\xe9</p>", "Caf\u{e9}", &[]),
            ("undeclared and not UTF-8", b"<p>Caf\xe9 cr\xe8me, na\xefve</p>", "Caf\u{e9} cr\u{e8}me, na\u{ef}ve", &["decoded as Windows-1252 (it was not UTF-8)"]),
            ("undeclared UTF-8", "<p>Zürich, Genève</p>".as_bytes(), "Zürich, Genève", &[]),
            ("a UTF-16 BOM", b"\xFF\xFE<\x00p\x00>\x00\xe9\x00", "\u{e9}", &["decoded as UTF-16 (it was not UTF-8)"]),
        ];
        for (name, bytes, want, want_notices) in cases {
            let mut notices = Vec::new();
            let doc = read("p", bytes, &mut notices).unwrap();
            assert_eq!(doc.paragraphs, [*want], "{name}");
            let notices: Vec<String> = notices
                .iter()
                .filter(|n| **n != Notice::WholePage)
                .map(ToString::to_string)
                .collect();
            assert_eq!(notices, *want_notices, "{name}");
        }
        let mut notices = Vec::new();
        let doc = read(
            "p",
            b"<p>Z\xc3\xbcrich and Gen\xc3\xa8ve and K\xc3\xb6ln, \xff.</p>",
            &mut notices,
        )
        .unwrap();
        assert_eq!(doc.paragraphs, ["Zürich and Genève and Köln, \u{fffd}."]);
        assert_eq!(
            notices[0].to_string(),
            "1 byte that was not UTF-8 replaced by �"
        );
    }

    #[test]
    fn a_page_without_text_is_refused() {
        assert_eq!(
            page("<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav></body></html>").unwrap_err(),
            ImportError::NoText { what: "web page" }
        );
    }
}
