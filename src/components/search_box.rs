//! The search box: a labelled `<input type="search">` that reports every keystroke.
//! `Esc` clears it; `/` anywhere else focuses it (see `App`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: AttrValue,
    pub on_input: Callback<String>,
}

/// The id of the input, for focusing it from elsewhere.
pub const SEARCH_INPUT_ID: &str = "search-input";

#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            crate::dom::mark("sift:input");
            on_input.emit(input.value());
        })
    };
    let onkeydown = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_input.emit(String::new());
            }
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for={SEARCH_INPUT_ID} class="search-label">{ "Search the documents" }</label>
            <input
                id={SEARCH_INPUT_ID}
                type="search"
                value={props.value.clone()}
                placeholder="Search: words, \"a phrase\", -exclude, pre*"
                autocomplete="off"
                spellcheck="false"
                aria-keyshortcuts="/"
                aria-describedby="search-help"
                {oninput}
                {onkeydown}
            />
            <span id="search-help" class="visually-hidden">
                { "Results update as you type. Press Escape to clear, slash to come back here." }
            </span>
        </form>
    }
}
