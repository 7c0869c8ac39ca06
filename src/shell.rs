//! The page as it first shows, written into `index.html` at build time: the header and the
//! first rows of the document list, exactly as the app draws them while the corpus loads
//! (`boot.rs`, `State::Loading` with the catalog), so a reader sees the corpus before any
//! wasm has downloaded. `build.rs` writes it (this file is included there with `#[path]`,
//! so it uses nothing but `std` and the engine); `scripts/gen-sw.mjs` puts it in place of
//! the page's "Loading Sift…" line; the app removes it when it draws the same thing itself
//! (until then, whatever the app draws stays hidden behind it: see `styles/main.css`,
//! `.shell`). Its links are plain links, which work before the app has started.
//!
//! Also the small number formats that both use.

use sift_engine::artifact::CatalogEntry;

/// Rows the app draws first (`doc_list::FIRST_ROWS`), and so the shell.
pub const FIRST_ROWS: usize = 40;

/// The header's search box and "Copy link", greyed until the corpus is in: they hold the
/// header at its height from the first screen on (the app's loading screen draws the same),
/// so nothing moves when they start working. Nothing can be typed into them, so nothing is
/// lost.
pub const WAITING_TOOLS: &str = concat!(
    r#"<form class="search" role="search"><label class="search-label">Search the documents</label>"#,
    r#"<input type="search" placeholder="Search: words, &quot;a phrase&quot;, -exclude, pre*" disabled></form>"#,
    r#"<div class="copy-link"><button type="button" disabled>Copy link</button><span class="copy-status"></span></div>"#,
);

/// The shell's HTML for a corpus named `name`, with `catalog`, in an artifact of `bytes`.
pub fn html(name: &str, catalog: &[CatalogEntry], bytes: usize) -> String {
    let words = catalog.iter().map(|e| e.words).sum();
    let mut out = String::from(r#"<div class="shell">"#);
    out.push_str(&format!(
        concat!(
            r#"<header class="site-header"><h1 class="brand">Sift</h1><p class="corpus-summary">"#,
            r#"<span class="corpus-name">{}</span><span class="sep" aria-hidden="true"> · </span>"#,
            r#"<span class="doc-count">{}</span><span class="sep" aria-hidden="true"> · </span>"#,
            r#"<span class="word-count">{}</span></p>{}</header>"#,
        ),
        escape(name),
        plural(catalog.len(), "document", "documents"),
        plural(words, "word", "words"),
        WAITING_TOOLS,
    ));
    out.push_str(r#"<div class="layout is-loading"><nav class="doc-nav" aria-labelledby="docs-heading"><h2 id="docs-heading">Documents</h2>"#);
    if catalog.is_empty() {
        out.push_str(r#"<p class="empty-corpus" role="status">No documents are bundled in this build. Put .txt or .md files in seeds/ (or the folder named by SIFT_CORPUS) and build again.</p>"#);
    } else {
        if catalog.len() > 1 {
            // the list's tools, not working until the app runs (nothing typed is lost)
            out.push_str(concat!(
                r#"<div class="doc-tools"><label><span class="visually-hidden">Filter documents by title</span>"#,
                r#"<input type="search" placeholder="Filter by title…" disabled></label>"#,
                r#"<label><span class="visually-hidden">Sort documents</span><select disabled>"#,
                r#"<option value="corpus" selected>Corpus order</option><option value="title">Title</option>"#,
                r#"<option value="date">Newest first</option><option value="length">Longest first</option>"#,
                r#"</select></label></div>"#,
            ));
        }
        out.push_str(r#"<ul class="doc-list""#);
        if catalog.len() > FIRST_ROWS {
            out.push_str(r#" aria-busy="true""#);
        }
        out.push('>');
        for doc in catalog.iter().take(FIRST_ROWS) {
            out.push_str(&format!(
                r#"<li><a href="?doc={}" class="doc-link"><span class="doc-title">{}</span><span class="doc-meta">"#,
                escape(&sift_engine::export::encode(&doc.id)),
                escape(&doc.title)
            ));
            if let Some(date) = &doc.date {
                out.push_str(&format!("<time>{}</time> · ", escape(date)));
            }
            out.push_str(&plural(doc.words, "word", "words"));
            out.push_str("</span></a></li>");
        }
        out.push_str("</ul>");
    }
    out.push_str(&format!(
        r#"</nav><main id="main" tabindex="-1"><div class="boot" role="status"><p>Loading {} ({})…</p></div></main></div></div>"#,
        escape(name),
        megabytes(bytes)
    ));
    out
}

/// Text as HTML text or attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// "1 document", "2,345 documents".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// 1234567 → "1,234,567".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 34175 → "35 KB", 11_049_000 → "11.1 MB" (integer arithmetic: no float formatting code
/// in the wasm).
pub fn megabytes(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        let tenths = bytes.div_ceil(100_000);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, title: &str, date: Option<&str>, words: usize) -> CatalogEntry {
        CatalogEntry {
            id: id.into(),
            title: title.into(),
            date: date.map(str::to_string),
            words,
            paragraphs: 1,
        }
    }

    #[test]
    fn thousands_plurals_and_sizes() {
        let cases: &[(usize, &str)] = &[
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1234567, "1,234,567"),
        ];
        for &(n, want) in cases {
            assert_eq!(thousands(n), want);
        }
        assert_eq!(plural(1, "word", "words"), "1 word");
        assert_eq!(plural(2000, "word", "words"), "2,000 words");
        assert_eq!(megabytes(34_175), "35 KB");
        assert_eq!(megabytes(11_049_000), "11.1 MB");
    }

    #[test]
    fn the_shell_lists_the_first_rows_as_the_app_does() {
        let catalog = [
            entry(
                "basra",
                "Ceasefire holds in <Basra>",
                Some("2008-04-01"),
                1234,
            ),
            entry("a b&c", "\"Quoted\" & 'single'", None, 1),
        ];
        let html = html("Dispatches & more", &catalog, 34_175);
        for want in [
            r#"<span class="corpus-name">Dispatches &amp; more</span>"#,
            r#"<span class="doc-count">2 documents</span>"#,
            r#"<span class="word-count">1,235 words</span>"#,
            r#"<li><a href="?doc=basra" class="doc-link"><span class="doc-title">Ceasefire holds in &lt;Basra&gt;</span><span class="doc-meta"><time>2008-04-01</time> · 1,234 words</span></a></li>"#,
            // the id as the app's links encode it, then as an attribute
            r#"<a href="?doc=a+b%26c" class="doc-link"><span class="doc-title">&quot;Quoted&quot; &amp; &#39;single&#39;</span><span class="doc-meta">1 word</span>"#,
            "<p>Loading Dispatches &amp; more (35 KB)…</p>",
            r#"<input type="search" placeholder="Filter by title…" disabled>"#,
        ] {
            assert!(html.contains(want), "{want}\nin {html}");
        }
        assert!(!html.contains("aria-busy"), "two rows: all drawn");
        assert!(html.starts_with(r#"<div class="shell">"#) && html.ends_with("</div></div>"));
    }

    #[test]
    fn a_long_corpus_shows_its_first_rows_and_says_more_are_coming() {
        let catalog: Vec<CatalogEntry> = (0..100)
            .map(|i| entry(&format!("d{i}"), &format!("Doc {i}"), None, 10))
            .collect();
        let html = html("Long", &catalog, 2_000_000);
        assert_eq!(html.matches("<li>").count(), FIRST_ROWS);
        assert!(html.contains(r#"href="?doc=d39""#) && !html.contains(r#"href="?doc=d40""#));
        assert!(html.contains(r#"<ul class="doc-list" aria-busy="true">"#));
        assert!(html.contains("Loading Long (2.0 MB)…"));
    }

    #[test]
    fn one_document_has_no_list_tools_and_none_says_how_to_add_some() {
        let one = html("One", &[entry("x", "X", None, 5)], 1000);
        assert!(!one.contains("doc-tools") && one.contains("1 document"));
        let none = html("None", &[], 1000);
        assert!(none.contains("No documents are bundled in this build.") && !none.contains("<ul"));
    }
}
