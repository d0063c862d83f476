//! The service worker (`sw.js`, written by the build next to the page): registered once the
//! first screen is shown and the page has loaded, it keeps the app available without a network.
//! When a newer build has installed and waits, `on_update` is called; `apply_update` then lets
//! it take over and reloads.

use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    // Absent where service workers are not allowed (an insecure origin, some private modes).
    js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).ok().filter(|h| *h)?;
    Some(nav.service_worker())
}

/// Registers `sw.js` for the app's folder. Does nothing where service workers are unavailable.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(sw) = container() else { return };
    let on_update: Rc<dyn Fn()> = Rc::new(on_update);
    let opts = web_sys::RegistrationOptions::new();
    opts.set_scope("./");
    let promise = sw.register_with_options("sw.js", &opts);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(promise).await else { return };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
        let controlled = || container().and_then(|c| c.controller()).is_some();
        // A build that installed earlier and is still waiting.
        if reg.waiting().is_some() && controlled() {
            on_update();
        }
        let r = reg.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = r.installing() else { return };
            let w = worker.clone();
            let on_update = on_update.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                if w.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Lets the waiting build take over, then reloads the page into it.
pub fn apply_update() {
    let Some(sw) = container() else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    sw.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let promise = sw.get_registration();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(reg) = JsFuture::from(promise).await {
            if let Some(waiting) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>().ok().and_then(|r| r.waiting()) {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
        }
    });
}
