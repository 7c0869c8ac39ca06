//! The view's state in the URL:
//! `?q=<query>&person=<name>&place=<name>&speaker=<name>&terms=1&view=quotes&sort=left&doc=<id>#p<n>`.
//!
//! Links are relative query strings, so they work from the site root or any sub-path and
//! need no server rewrite rules. This is the only module that reads or writes `location`
//! and `history`.

use sift_engine::entities::EntityKind;
use wasm_bindgen::JsValue;

/// How search results are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Matching documents with their best passages.
    #[default]
    Results,
    /// Keyword-in-context lines.
    Concordance,
    /// The entity table.
    Entities,
    /// Quotations with their speakers.
    Quotes,
    /// The corpus at a glance: charts over the documents in scope.
    Overview,
}

impl View {
    fn param(self) -> Option<&'static str> {
        match self {
            View::Results => None,
            View::Concordance => Some("concordance"),
            View::Entities => Some("entities"),
            View::Quotes => Some("quotes"),
            View::Overview => Some("overview"),
        }
    }
}

/// The URL parameter of each entity kind (`person=`, `place=`, `org=`, `date=`).
pub fn kind_param(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organization => "org",
        EntityKind::Date => "date",
    }
}

/// The entity kind of a URL parameter name (`person` → person).
pub fn param_kind(param: &str) -> Option<EntityKind> {
    Some(match param {
        "person" => EntityKind::Person,
        "place" => EntityKind::Place,
        "org" => EntityKind::Organization,
        "date" => EntityKind::Date,
        _ => return None,
    })
}

/// How concordance lines are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Ranked documents, text order inside each.
    #[default]
    Rank,
    /// By the word left of the match.
    Left,
    /// By the word right of the match.
    Right,
}

/// What the URL says the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The search query as typed.
    pub q: String,
    pub view: View,
    pub sort: Sort,
    /// Selected entities (all must be mentioned), by kind and name, in selection order.
    pub entities: Vec<(EntityKind, String)>,
    /// The selected speaker.
    pub speaker: Option<String>,
    /// Show term quotes (scare quotes, titles) too.
    pub terms: bool,
    /// The open document's id.
    pub doc: Option<String>,
    /// The 1-based paragraph the URL points at (`#p3`).
    pub paragraph: Option<usize>,
}

impl Route {
    /// The entities selected (chips, then the typed `person:`, `place:`, `org:`, `date:`,
    /// `entity:` filters) and the speaker (chosen, else a typed `speaker:`), as the views
    /// that read the analyses apply them; `docs` are the documents' analyses.
    pub fn selection(
        &self,
        docs: &[sift_engine::artifact::DocAnalysis],
    ) -> (Vec<(EntityKind, String)>, Option<String>) {
        let typed = sift_engine::query::parse(&self.q, true);
        let per_doc: Vec<&[sift_engine::entities::Entity]> =
            docs.iter().map(|a| a.entities.as_slice()).collect();
        let selected = sift_engine::filter::selections(&self.entities, &typed, &per_doc);
        let speaker = self
            .speaker
            .clone()
            .or_else(|| sift_engine::filter::speaker_filter(&typed).map(str::to_string));
        (selected, speaker)
    }

    /// Parse a query string (`?q=a&doc=b`) and a hash (`#p3`). Unknown parameters are
    /// ignored; values that cannot be used are dropped (see [`Route::problems`]).
    pub fn parse(search: &str, hash: &str) -> Route {
        Route::parse_checked(search, hash).0
    }

    /// Parse, and say what in the address could not be used, for a notice.
    pub fn parse_checked(search: &str, hash: &str) -> (Route, Vec<String>) {
        let mut route = Route::default();
        let mut problems = Vec::new();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match (key, value.as_str()) {
                ("q", _) => route.q = value,
                ("doc", "") => {}
                ("doc", _) => route.doc = Some(value),
                ("view", "concordance") => route.view = View::Concordance,
                ("view", "entities") => route.view = View::Entities,
                ("view", "quotes") => route.view = View::Quotes,
                ("view", "overview") => route.view = View::Overview,
                ("speaker", "") => {}
                ("speaker", _) => route.speaker = Some(value),
                ("terms", "1") => route.terms = true,
                ("terms", _) => {}
                (k, v) if param_kind(k).is_some() && !v.trim().is_empty() => {
                    let kind = param_kind(k).unwrap_or(EntityKind::Person);
                    if !route.entities.iter().any(|(ek, n)| *ek == kind && *n == value) {
                        route.entities.push((kind, value));
                    }
                }
                ("view", "results" | "") => route.view = View::Results,
                ("view", other) => problems.push(format!(
                    "The link asks for a view “{other}” that Sift does not have; showing the results."
                )),
                ("sort", "left") => route.sort = Sort::Left,
                ("sort", "right") => route.sort = Sort::Right,
                ("sort", "rank" | "") => route.sort = Sort::Rank,
                ("sort", other) => problems.push(format!(
                    "The link asks for an order “{other}” that Sift does not know; showing them by document."
                )),
                _ => {}
            }
        }
        let hash = hash.trim_start_matches('#');
        if let Some(n) = hash.strip_prefix('p') {
            match n.parse::<usize>() {
                Ok(n) if n > 0 => route.paragraph = Some(n),
                _ => problems.push(format!(
                    "The link points at a paragraph “{hash}” that does not exist; showing the start."
                )),
            }
        }
        (route, problems)
    }

    /// What in the current page's address could not be used.
    pub fn problems() -> Vec<String> {
        let (search, hash) = location_parts();
        Route::parse_checked(&search, &hash).1
    }

    /// The relative URL of this route (`?q=a&doc=b#p3`, or `?` for the start page).
    pub fn href(&self) -> String {
        let mut params: Vec<String> = Vec::new();
        if !self.q.is_empty() {
            params.push(format!("q={}", encode(&self.q)));
        }
        for (kind, name) in &self.entities {
            params.push(format!("{}={}", kind_param(*kind), encode(name)));
        }
        if let Some(speaker) = &self.speaker {
            params.push(format!("speaker={}", encode(speaker)));
        }
        if self.terms {
            params.push("terms=1".into());
        }
        if let Some(view) = self.view.param() {
            params.push(format!("view={view}"));
        }
        match self.sort {
            Sort::Rank => {}
            Sort::Left => params.push("sort=left".into()),
            Sort::Right => params.push("sort=right".into()),
        }
        if let Some(doc) = &self.doc {
            params.push(format!("doc={}", encode(doc)));
        }
        let mut out = format!("?{}", params.join("&"));
        if let Some(p) = self.paragraph {
            out.push_str(&format!("#p{p}"));
        }
        out
    }

    /// This route with another document (and paragraph) open, keeping the search.
    pub fn with_doc(&self, doc: Option<&str>, paragraph: Option<usize>) -> Route {
        Route {
            doc: doc.map(str::to_string),
            paragraph,
            ..self.clone()
        }
    }

    /// The route of the current page.
    pub fn current() -> Route {
        let (search, hash) = location_parts();
        Route::parse(&search, &hash)
    }

    /// Make this route the current page's URL with a new history entry.
    pub fn push(&self) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&self.href()));
        }
    }

    /// Make this route the current page's URL in place (typing does not flood history).
    pub fn replace(&self) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&self.href()));
        }
    }
}

fn location_parts() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let get = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    (get(web_sys::Location::search), get(web_sys::Location::hash))
}

/// Decode `application/x-www-form-urlencoded` text; invalid escapes stay as typed.
fn decode(value: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| Some(hex(bytes[i + 1])? * 16 + hex(bytes[i + 2])?))
            .flatten();
        match (bytes[i], escaped) {
            (_, Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                i += 1;
            }
            (b, None) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encode for a query value, keeping it readable (`Nouri+al-Maliki`).
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unusable_values_are_reported() {
        let cases: &[(&str, &str, usize)] = &[
            ("?view=bogus", "", 1),
            ("?sort=up&view=concordance", "", 1),
            ("?q=x", "#p0", 1),
            ("?q=x", "#pzz", 1),
            ("?view=bogus&sort=up", "#p-1", 3),
            ("?utm_source=mail&q=x", "#top", 0),
        ];
        for (search, hash, n) in cases {
            let (route, problems) = Route::parse_checked(search, hash);
            assert_eq!(problems.len(), *n, "{search}{hash}: {problems:?}");
            // whatever was wrong, the rest of the link still works
            assert_eq!(
                Route::parse(&route.href(), ""),
                Route {
                    paragraph: None,
                    ..route.clone()
                }
            );
        }
    }

    #[test]
    fn parse_and_href_round_trip() {
        let cases = [
            ("", "", Route::default(), "?"),
            (
                "?doc=seed-basra",
                "#p12",
                Route {
                    doc: Some("seed-basra".into()),
                    paragraph: Some(12),
                    ..Route::default()
                },
                "?doc=seed-basra#p12",
            ),
            (
                "?x=1&doc=caf%C3%A9+noir",
                "#top",
                Route {
                    doc: Some("café noir".into()),
                    ..Route::default()
                },
                "?doc=caf%C3%A9+noir",
            ),
            ("?doc=", "#p0", Route::default(), "?"),
            (
                "?doc=%zz%",
                "",
                Route {
                    doc: Some("%zz%".into()),
                    ..Route::default()
                },
                "?doc=%25zz%25",
            ),
            (
                "?q=%22mahdi+army%22+-basra&view=concordance&sort=right&doc=a",
                "#p2",
                Route {
                    q: "\"mahdi army\" -basra".into(),
                    view: View::Concordance,
                    sort: Sort::Right,
                    doc: Some("a".into()),
                    paragraph: Some(2),
                    ..Route::default()
                },
                "?q=%22mahdi+army%22+-basra&view=concordance&sort=right&doc=a#p2",
            ),
            ("?view=bogus&sort=up&q=", "#pp", Route::default(), "?"),
        ];
        for (search, hash, route, href) in cases {
            assert_eq!(Route::parse(search, hash), route, "{search}{hash}");
            assert_eq!(route.href(), href);
            let again = href.split_once('#').unwrap_or((href, ""));
            assert_eq!(Route::parse(again.0, again.1), route, "{href}");
        }
    }
}
