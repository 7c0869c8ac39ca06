//! The few direct DOM operations the components need, in one place.

/// Move keyboard focus to the element with this id (which should have `tabindex="-1"`
/// unless it is focusable anyway).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scroll the element with this id into view and focus it.
pub fn reveal(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        el.scroll_into_view();
    }
    focus(id);
}

/// Scroll the page to the top.
pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Record a named moment on the page's performance timeline (read by the e2e timing).
pub fn mark(name: &str) {
    if let Some(perf) = gloo::utils::window().performance() {
        let _ = perf.mark(name);
    }
}

/// Say whether a search is under way (`aria-busy` on `<main>`; the e2e suite waits for it
/// to clear). Set here, not in the view, because typing changes it before the view does.
pub fn set_busy(busy: bool) {
    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
        let _ = main.set_attribute("aria-busy", if busy { "true" } else { "false" });
    }
}

/// Is this key event aimed at a text field (where letters are typing, not shortcuts)?
pub fn typing_in_field(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// The page's address as the reader sees it.
pub fn current_url() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Copy `text` to the clipboard: the Clipboard API where the page may use it, else the
/// older `execCommand("copy")` on a temporary text area. False when neither worked.
pub async fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if has_clipboard {
        let promise = navigator.clipboard().write_text(text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    let document = gloo::utils::document();
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("style", "position:fixed;top:-10em;opacity:0");
    let Some(body) = document.body() else {
        return false;
    };
    let _ = body.append_child(&area);
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}
