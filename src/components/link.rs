//! A real link (`<a href>`: open in a new tab and copy work) that navigates in place on a
//! plain click.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    pub on_navigate: Callback<Route>,
    #[prop_or_default]
    pub class: Classes,
    /// `aria-current="page"` when this link shows the current view.
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    let onclick = {
        let to = props.to.clone();
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |e: MouseEvent| {
            let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
            if e.button() == 0 && !modified {
                e.prevent_default();
                on_navigate.emit(to.clone());
            }
        })
    };
    html! {
        <a
            href={props.to.href()}
            class={props.class.clone()}
            aria-current={props.current.then_some("page")}
            aria-label={props.label.clone()}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}
