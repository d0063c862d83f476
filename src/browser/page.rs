//! Facts about the page itself: where the app is hosted, the document title, focus, and the
//! performance mark the benchmark waits for.

use wasm_bindgen::{closure::Closure, JsCast};

/// The path the app is served under, without a trailing slash ("/workbench", or "" at the
/// root), read from the `<base href>` trunk writes at build time.
pub fn base_path() -> String {
    let base =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let path = web_sys::Url::new(&base).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Moves keyboard focus to the element with `id` once the current render has finished
/// (a zero-delay timeout runs after the reactive updates queued now), so the element may be
/// one that this very change brings into the page.
pub fn focus(id: &str) {
    let id = id.to_string();
    let cb = Closure::once_into_js(move || focus_now(&id));
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(cb.unchecked_ref());
    }
}

fn focus_now(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Records `name` on the performance timeline (read by `scripts/bench`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Opens the browser's print dialog ("Save as PDF" is one of its destinations).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
