//! Text with its matches wrapped in `<mark>`.

use std::ops::Range;
use yew::prelude::*;

/// Render `text` with each span (byte ranges, sorted, non-overlapping) in a `<mark>`.
/// With `first_hit`, marks get ids `hit-<n>` numbered from it, for hit navigation, and
/// the mark numbered `current` is marked as the current hit.
pub fn marked(text: &str, spans: &[Range<usize>], first_hit: Option<usize>) -> Html {
    marked_with_current(text, spans, first_hit, None)
}

/// [`marked`], with one hit shown as the current one.
pub fn marked_with_current(
    text: &str,
    spans: &[Range<usize>],
    first_hit: Option<usize>,
    current: Option<usize>,
) -> Html {
    let mut parts = Vec::with_capacity(spans.len() * 2 + 1);
    let mut last = 0;
    for (k, r) in spans.iter().enumerate() {
        let ok = r.start >= last
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end);
        if !ok {
            continue;
        }
        if r.start > last {
            parts.push(html! { { &text[last..r.start] } });
        }
        let n = first_hit.map(|f| f + k);
        let id = n.map(|n| format!("hit-{n}"));
        let class = (n.is_some() && n == current).then_some("current-hit");
        parts.push(html! { <mark {id} {class}>{ &text[r.clone()] }</mark> });
        last = r.end;
    }
    if last < text.len() {
        parts.push(html! { { &text[last..] } });
    }
    parts.into_iter().collect()
}
