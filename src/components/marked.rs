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

/// What a span of text is wrapped in, when several kinds of span may overlap.
#[derive(Clone, Debug, PartialEq)]
pub enum Wrap {
    /// A quotation, with who said it.
    Quote { speaker: Option<String> },
    /// An entity mention: its kind and canonical name.
    Entity { kind: &'static str, name: String },
    /// A search match, numbered for hit navigation.
    Mark { hit: Option<usize>, current: bool },
}

impl Wrap {
    /// Nesting order: quotes outside, entities inside them, search marks innermost.
    fn depth(&self) -> u8 {
        match self {
            Wrap::Quote { .. } => 0,
            Wrap::Entity { .. } => 1,
            Wrap::Mark { .. } => 2,
        }
    }
}

/// Render `text` with overlapping spans of different kinds: the text is cut at every span
/// boundary and each piece is wrapped in every span that covers it, outermost first, so
/// overlaps never garble the text. A span's id (hit number) goes on its first piece only.
pub fn layered(text: &str, spans: &[(Range<usize>, Wrap)]) -> Html {
    let ok = |i: usize| i <= text.len() && text.is_char_boundary(i);
    let spans: Vec<&(Range<usize>, Wrap)> = spans
        .iter()
        .filter(|(r, _)| r.start < r.end && ok(r.start) && ok(r.end))
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (r, _) in &spans {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    sift_engine::sort::by(&mut cuts, Ord::cmp);
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let mut covering: Vec<&(Range<usize>, Wrap)> = spans
            .iter()
            .copied()
            .filter(|(r, _)| r.start <= a && b <= r.end)
            .collect();
        sift_engine::sort::by_key(&mut covering, |(_, wrap)| std::cmp::Reverse(wrap.depth()));
        let mut node = html! { { &text[a..b] } };
        for (r, wrap) in covering {
            let first = r.start == a;
            node = match wrap {
                Wrap::Mark { hit, current } => {
                    let id = hit.filter(|_| first).map(|n| format!("hit-{n}"));
                    let class = current.then_some("current-hit");
                    html! { <mark {id} {class}>{ node }</mark> }
                }
                Wrap::Entity { kind, name } => html! {
                    <span
                        class={classes!("ent", *kind)}
                        title={format!("{kind}: {name}")}
                        data-entity={name.clone()}
                        data-kind={*kind}
                        tabindex={first.then_some("0")}
                    >{ node }</span>
                },
                Wrap::Quote { speaker } => {
                    let who = speaker.clone().unwrap_or_else(|| "unattributed".into());
                    html! {
                        <span class="quote-span" tabindex={first.then_some("0")} title={format!("Quoted: {who}")} data-speaker={who}>{ node }</span>
                    }
                }
            };
        }
        out.push(node);
    }
    out.into_iter().collect()
}
