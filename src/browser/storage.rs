//! localStorage: read, write, remove, list, and the `storage` event from other tabs.

use thiserror::Error;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    /// No localStorage at all (blocked by settings, or a sandboxed frame).
    #[error("localStorage is not available")]
    Unavailable,
    /// The browser refused the write because the origin's quota is used up.
    #[error("localStorage is full")]
    Quota,
    #[error("localStorage error: {0}")]
    Other(String),
}

fn store() -> Result<web_sys::Storage, StorageError> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(StorageError::Unavailable)
}

fn describe(err: JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        // Chromium names it QuotaExceededError; old Firefox used NS_ERROR_DOM_QUOTA_REACHED.
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Quota,
        Some(e) => StorageError::Other(format!("{}: {}", e.name(), e.message())),
        None => StorageError::Other(format!("{err:?}")),
    }
}

pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    store()?.get_item(key).map_err(describe)
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    store()?.set_item(key, value).map_err(describe)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    store()?.remove_item(key).map_err(describe)
}

/// Every key starting with `prefix`, with the length of its value in UTF-16 code units
/// (what the browser's quota counts).
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<(String, usize)>, StorageError> {
    let s = store()?;
    let n = s.length().map_err(describe)?;
    let mut out = Vec::new();
    for i in 0..n {
        if let Some(k) = s.key(i).map_err(describe)? {
            if k.starts_with(prefix) {
                let len = s.get_item(&k).map_err(describe)?.map_or(0, |v| v.encode_utf16().count());
                out.push((k, len));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// What another tab did to a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageChange {
    /// `None` when the other tab cleared all of localStorage.
    pub key: Option<String>,
    pub new_value: Option<String>,
}

/// Calls `f` whenever another tab or window of this origin changes localStorage. The
/// listener lives as long as the page.
pub fn on_change_in_other_tab(f: impl Fn(StorageChange) + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        f(StorageChange { key: e.key(), new_value: e.new_value() })
    });
    let _ = w.add_event_listener_with_callback("storage", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Asks the browser to keep this site's storage even when the device runs short of space
/// (`navigator.storage.persist()`): localStorage is otherwise "best effort" and may be
/// evicted. Chrome decides by itself (by how the site is used); Firefox may ask the person.
/// `None` where the API is missing.
pub async fn request_persistence() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the browser has agreed to keep this site's storage (`navigator.storage.persisted()`).
pub async fn is_persisted() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}
