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

/// Offer `bytes` as a file download named `name` (a Blob behind a temporary link; nothing
/// leaves the device). False when the browser refused.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> bool {
    use wasm_bindgen::JsCast;
    // The bytes as they are (one copy out of wasm memory), not a JavaScript string that the
    // Blob would encode back to UTF-8.
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let link = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let done = if let (Some(link), Some(body)) = (link, document.body()) {
        link.set_href(&url);
        link.set_download(name);
        let _ = body.append_child(&link);
        link.click();
        link.remove();
        true
    } else {
        false
    };
    // The click has started the download; the URL is not needed after this task.
    let later = url.clone();
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&later);
    })
    .forget();
    done
}

/// Is the window wide (the two-column layout, not the phone's one)?
pub fn wide() -> bool {
    gloo::utils::window()
        .match_media("(min-width: 48.01rem)")
        .ok()
        .flatten()
        .is_none_or(|m| m.matches())
}
