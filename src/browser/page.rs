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

/// Takes the element with `id` out of the page, if it is there.
pub fn remove(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        el.remove();
    }
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

/// The id of the `n`th element (0-based) that `selector` finds, if it has one.
pub fn nth_id(selector: &str, n: usize) -> Option<String> {
    let list = web_sys::window()?.document()?.query_selector_all(selector).ok()?;
    let el = list.item(n as u32)?.dyn_into::<web_sys::Element>().ok()?;
    let id = el.id();
    (!id.is_empty()).then_some(id)
}

/// The id of the element that has keyboard focus, if it has one.
pub fn focused_id() -> Option<String> {
    let id = web_sys::window()?.document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
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

/// Loads the page again, from the service worker's copy or the server. A save waiting for a
/// pause is made first by the page-hide listener (`AppState::install`).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Records `name` on the performance timeline (read by `scripts/bench`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Records `name` with numbers attached (`performance.getEntriesByName(name)[0].detail`).
pub fn mark_detail(name: &str, detail: &[(&str, f64)]) {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else { return };
    let d = js_sys::Object::new();
    for (k, v) in detail {
        let _ = js_sys::Reflect::set(&d, &(*k).into(), &(*v).into());
    }
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"detail".into(), &d);
    // performance.mark(name, { detail }) through Reflect: web-sys gates the options type.
    if let Ok(f) = js_sys::Reflect::get(&p, &"mark".into()) {
        let _ = f.unchecked_into::<js_sys::Function>().call2(&p, &name.into(), &opts);
    }
}

/// Opens the browser's print dialog ("Save as PDF" is one of its destinations).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Calls `f` every `ms` milliseconds for the life of the page.
pub fn every(ms: i32, f: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), ms);
    cb.forget();
}

/// Calls `f` once, `ms` milliseconds from now.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
}

/// Calls `f` once the page has finished loading (its `load` event), or soon if it already has:
/// for work the first screen does not need, so it does not compete with the first load.
pub fn after_load(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    if w.document().is_some_and(|d| d.ready_state() == "complete") {
        return after(0, f);
    }
    let cb = Closure::once_into_js(f);
    let _ = w.add_event_listener_with_callback("load", cb.unchecked_ref());
}

/// Calls `f` whenever the page is hidden (another tab chosen, the lid closed) or is being
/// closed or left: the last moment to write what must not be lost.
pub fn on_hide(f: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let Some(d) = w.document() else { return };
    let f = std::rc::Rc::new(f);
    let on_pagehide = {
        let f = f.clone();
        Closure::<dyn Fn()>::new(move || f())
    };
    let _ = w.add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    on_pagehide.forget();
    let doc = d.clone();
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        if doc.visibility_state() == web_sys::VisibilityState::Hidden {
            f()
        }
    });
    let _ = d.add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
    on_visibility.forget();
}

/// Calls `f` whenever the person using the page presses a key, clicks, taps or scrolls (to
/// know how long the page has been idle).
pub fn on_activity(f: impl Fn() + 'static) {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else { return };
    let cb = Closure::<dyn Fn()>::new(f);
    for name in ["keydown", "pointerdown", "wheel", "touchstart"] {
        let _ = d.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
    }
    cb.forget();
}

/// The size of the app's WebAssembly memory in bytes (read by `scripts/bench`).
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

/// A high-resolution time in milliseconds (`performance.now()`), for measuring work.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Lets the browser run its pending tasks (painting, input such as a Cancel click), then
/// resumes: a message to ourselves, which unlike a timeout is never clamped to 4 ms.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Ok(ch) = web_sys::MessageChannel::new() {
            let port = ch.port1();
            let cb = Closure::once_into_js(move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            });
            port.set_onmessage(Some(cb.unchecked_ref()));
            let _ = ch.port2().post_message(&wasm_bindgen::JsValue::UNDEFINED);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long a slice of long work runs before the page lets the browser paint and take input.
const SLICE_MS: f64 = 30.0;

/// Runs `step` over `work` (each step a millisecond or two; true once all is done) in slices of
/// about 30 ms, letting the browser paint and take input between slices, so long work never
/// freezes the page; `between` runs before each pause (to show progress). Stops early, and
/// returns false, once `go_on` is false (another file was chosen, or the page was left).
pub async fn in_slices<W>(
    work: &mut W,
    step: impl Fn(&mut W) -> bool,
    between: impl Fn(&W),
    go_on: impl Fn() -> bool,
) -> bool {
    loop {
        let t0 = now();
        let mut done = false;
        while !done && now() - t0 < SLICE_MS {
            done = step(work);
        }
        if done || !go_on() {
            return done && go_on();
        }
        between(work);
        yield_to_browser().await;
    }
}

/// The browser's language (`navigator.language`, "es-US"), as a list of one, or none.
pub fn language() -> Vec<String> {
    web_sys::window().and_then(|w| w.navigator().language()).into_iter().collect()
}

/// Sets `<html lang>`, which screen readers and hyphenation follow.
pub fn set_lang(tag: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", tag);
    }
}

/// `<html lang>`, as [`set_lang`] left it ("" when there is none).
pub fn lang() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

/// What the person has in the fields of `<main>` that have an id (not passwords, files or
/// boxes), as (id, value): kept across a redraw of the page ([`restore_fields`]).
pub fn field_values() -> Vec<(String, String)> {
    let Some(list) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all(
            "main input[id]:not([type=password]):not([type=file]):not([type=checkbox]):not([type=radio]), main textarea[id], main select[id]",
        )
        .ok()
    }) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| {
            let v = js_sys::Reflect::get(&e, &"value".into()).ok()?.as_string()?;
            Some((e.id(), v))
        })
        .collect()
}

/// Puts back each value of `fields` whose element is in the page again with another value,
/// and tells the page (an `input` and a `change` event, as typing would). Returns the fields
/// whose element is not there (yet).
pub fn restore_fields(fields: Vec<(String, String)>) -> Vec<(String, String)> {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else { return fields };
    let mut missing = Vec::new();
    for (id, value) in fields {
        let Some(e) = d.get_element_by_id(&id) else {
            missing.push((id, value));
            continue;
        };
        let now = js_sys::Reflect::get(&e, &"value".into()).ok().and_then(|v| v.as_string());
        if now.as_deref() == Some(value.as_str()) {
            continue;
        }
        let _ = js_sys::Reflect::set(&e, &"value".into(), &value.as_str().into());
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        for kind in ["input", "change"] {
            if let Ok(ev) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                let _ = e.dispatch_event(&ev);
            }
        }
    }
    missing
}
