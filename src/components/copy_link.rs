//! "Copy link": copies the address of the current view, and says so.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum State {
    Idle,
    Copied,
    /// Copying was refused: the link is shown to copy by hand.
    Manual(String),
}

#[function_component]
pub fn CopyLink() -> Html {
    let state = use_state(|| State::Idle);
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| {
            let state = state.clone();
            let url = crate::dom::current_url();
            yew::platform::spawn_local(async move {
                if crate::dom::copy_text(&url).await {
                    state.set(State::Copied);
                    yew::platform::time::sleep(std::time::Duration::from_millis(2500)).await;
                    state.set(State::Idle);
                } else {
                    state.set(State::Manual(url));
                }
            });
        })
    };
    html! {
        <div class="copy-link">
            <button type="button" {onclick} title="Copy a link to exactly this view">
                { "Copy link" }
            </button>
            <span class="copy-status" role="status" aria-live="polite">
                { match &*state {
                    State::Idle => html! {},
                    State::Copied => html! { { "Link copied" } },
                    State::Manual(url) => html! {
                        <label>
                            { "Copy this link: " }
                            <input type="text" readonly=true value={url.clone()} onfocus={Callback::from(|e: FocusEvent| {
                                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                input.select();
                            })} />
                        </label>
                    },
                } }
            </span>
        </div>
    }
}
