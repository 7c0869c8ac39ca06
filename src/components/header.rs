//! The site header: app name, corpus name and size.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub corpus_name: AttrValue,
    pub documents: usize,
    pub words: usize,
    /// The search box.
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    html! {
        <header class="site-header">
            <h1 class="brand">{ "Sift" }</h1>
            <p class="corpus-summary">
                <span class="corpus-name">{ props.corpus_name.clone() }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="doc-count">{ plural(props.documents, "document", "documents") }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="word-count">{ plural(props.words, "word", "words") }</span>
            </p>
            { props.children.clone() }
        </header>
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_and_plurals() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1000), "1,000");
        assert_eq!(super::thousands(1234567), "1,234,567");
        assert_eq!(super::plural(1, "word", "words"), "1 word");
        assert_eq!(super::plural(2000, "word", "words"), "2,000 words");
    }
}
