//! The view's state in the URL: `?doc=<id>#p<n>`.
//!
//! Links are relative query strings, so they work from the site root or any sub-path and
//! need no server rewrite rules. This is the only module that reads or writes `location`
//! and `history`.

use wasm_bindgen::JsValue;

/// What the URL says the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The open document's id.
    pub doc: Option<String>,
    /// The 1-based paragraph the URL points at (`#p3`).
    pub paragraph: Option<usize>,
}

impl Route {
    /// Parse a query string (`?doc=a&x=y`) and a hash (`#p3`).
    pub fn parse(search: &str, hash: &str) -> Route {
        let doc = search
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .find(|(key, _)| *key == "doc")
            .map(|(_, value)| decode(value))
            .filter(|v| !v.is_empty());
        let paragraph = hash
            .trim_start_matches('#')
            .strip_prefix('p')
            .and_then(|n| n.parse().ok())
            .filter(|&n| n > 0);
        Route { doc, paragraph }
    }

    /// The relative URL of this route (`?doc=a#p3`, or `?` for the document list).
    pub fn href(&self) -> String {
        let mut out = String::from("?");
        if let Some(doc) = &self.doc {
            out.push_str("doc=");
            out.push_str(&encode(doc));
        }
        if let Some(p) = self.paragraph {
            out.push_str(&format!("#p{p}"));
        }
        out
    }

    /// The route of the current page.
    pub fn current() -> Route {
        let location = web_sys::window().map(|w| w.location());
        let get = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
            location
                .as_ref()
                .and_then(|l| f(l).ok())
                .unwrap_or_default()
        };
        Route::parse(
            &get(web_sys::Location::search),
            &get(web_sys::Location::hash),
        )
    }

    /// Make this route the current page's URL with a new history entry.
    pub fn push(&self) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&self.href()));
        }
    }
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
    fn parse_and_href_round_trip() {
        let cases = [
            ("", "", Route::default(), "?"),
            (
                "?doc=seed-basra",
                "#p12",
                Route {
                    doc: Some("seed-basra".into()),
                    paragraph: Some(12),
                },
                "?doc=seed-basra#p12",
            ),
            (
                "?x=1&doc=caf%C3%A9+noir",
                "#top",
                Route {
                    doc: Some("café noir".into()),
                    paragraph: None,
                },
                "?doc=caf%C3%A9+noir",
            ),
            ("?doc=", "#p0", Route::default(), "?"),
            (
                "?doc=%zz%",
                "",
                Route {
                    doc: Some("%zz%".into()),
                    paragraph: None,
                },
                "?doc=%25zz%25",
            ),
        ];
        for (search, hash, route, href) in cases {
            assert_eq!(Route::parse(search, hash), route, "{search}{hash}");
            assert_eq!(route.href(), href);
            let again = href.split_once('#').unwrap_or((href, ""));
            assert_eq!(Route::parse(again.0, again.1), route, "{href}");
        }
    }
}
