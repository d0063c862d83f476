//! The linked backup file (issue 28, item 9): a file the person chose once, through the File
//! System Access API (Chrome and ChromeOS; `showSaveFilePicker`), that the app writes the
//! workspace to after saves, and reads back to check. The file's handle is kept in this
//! origin's IndexedDB (a handle cannot be put in localStorage), so the link outlives the tab.
//!
//! web-sys puts the picker and the permission calls behind `--cfg=web_sys_unstable_apis`,
//! which would change the build of every crate; these few calls go through `js_sys::Reflect`
//! instead. IndexedDB is used through web-sys' stable bindings.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const DB: &str = "dew";
const STORE: &str = "handles";
const KEY: &str = "backup-file";

/// Whether this browser can link a file (Chrome and ChromeOS can; Firefox and Safari cannot).
pub fn supported() -> bool {
    web_sys::window().is_some_and(|w| Reflect::has(&w, &"showSaveFilePicker".into()).unwrap_or(false))
}

/// Why a call on the linked file failed: the page says it through the catalogue
/// (`ui::i18n::linked_file_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkedFileError {
    /// The person closed the file picker (not a failure).
    Aborted,
    /// This browser does not have the call named.
    Unavailable(String),
    /// The browser gives no place to keep the link (no IndexedDB), or a request there failed.
    NoStore,
    /// What was read back is not text.
    NotText,
    /// The part of the app that makes these calls did not arrive (`ui::linked_backup`).
    NotLoaded,
    /// The browser refused: its error's name and message, as it gives them.
    Browser(String),
}

fn text(e: JsValue) -> LinkedFileError {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) if d.name() == "AbortError" => LinkedFileError::Aborted,
        Some(d) => LinkedFileError::Browser(format!("{}: {}", d.name(), d.message())),
        None => LinkedFileError::Browser(e.as_string().unwrap_or_else(|| format!("{e:?}"))),
    }
}

fn method(target: &JsValue, name: &str) -> Result<Function, LinkedFileError> {
    Reflect::get(target, &name.into())
        .map_err(text)?
        .dyn_into::<Function>()
        .map_err(|_| LinkedFileError::Unavailable(name.to_string()))
}

async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, LinkedFileError> {
    let f = method(target, name)?;
    let result = f.apply(target, &args.iter().cloned().collect::<Array>()).map_err(text)?;
    match result.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.map_err(text),
        Err(v) => Ok(v),
    }
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Asks the person for a file to link (needs a click: browsers allow the picker only then).
pub async fn choose(suggested_name: &str, description: &str) -> Result<JsValue, LinkedFileError> {
    let w: JsValue = web_sys::window().ok_or(LinkedFileError::Unavailable("window".into()))?.into();
    let accept = object(&[("application/json", Array::of1(&".json".into()).into())]);
    let types = Array::of1(&object(&[("description", description.into()), ("accept", accept)]));
    let options = object(&[("suggestedName", suggested_name.into()), ("types", types.into())]);
    call(&w, "showSaveFilePicker", &[options]).await
}

/// The file's name, as the person's device shows it.
pub fn name(handle: &JsValue) -> String {
    Reflect::get(handle, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

/// Whether the app may write the file now: `granted`, `prompt` or `denied`. With `ask`, the
/// browser asks the person (needs a click).
pub async fn permission(handle: &JsValue, ask: bool) -> Result<String, LinkedFileError> {
    let mode = object(&[("mode", "readwrite".into())]);
    let name = if ask { "requestPermission" } else { "queryPermission" };
    // A browser without the permission calls grants what the picker gave.
    if method(handle, name).is_err() {
        return Ok("granted".into());
    }
    Ok(call(handle, name, &[mode]).await?.as_string().unwrap_or_default())
}

/// Replaces the file's content with `content`.
pub async fn write(handle: &JsValue, content: &str) -> Result<(), LinkedFileError> {
    let stream = call(handle, "createWritable", &[]).await?;
    if let Err(e) = call(&stream, "write", &[content.into()]).await {
        let _ = call(&stream, "abort", &[]).await;
        return Err(e);
    }
    call(&stream, "close", &[]).await.map(|_| ())
}

/// The file's content, as text.
pub async fn read(handle: &JsValue) -> Result<String, LinkedFileError> {
    let file = call(handle, "getFile", &[]).await?;
    call(&file, "text", &[]).await?.as_string().ok_or(LinkedFileError::NotText)
}

/// A request's outcome, as a future.
async fn done(req: &web_sys::IdbRequest) -> Result<JsValue, LinkedFileError> {
    let req2 = req.clone();
    let p = Promise::new(&mut |resolve, reject| {
        let r = req2.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let fail = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &JsValue::NULL);
        });
        req2.set_onsuccess(Some(ok.unchecked_ref()));
        req2.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(p).await.map_err(|_| LinkedFileError::NoStore)
}

async fn store(mode: web_sys::IdbTransactionMode) -> Result<web_sys::IdbObjectStore, LinkedFileError> {
    let factory = web_sys::window()
        .ok_or(LinkedFileError::NoStore)?
        .indexed_db()
        .map_err(text)?
        .ok_or(LinkedFileError::NoStore)?;
    let open = factory.open_with_u32(DB, 1).map_err(text)?;
    let upgrade = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|d| d.dyn_into::<web_sys::IdbDatabase>().ok());
        if let Some(db) = db {
            let _ = db.create_object_store(STORE);
        }
    });
    open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db: web_sys::IdbDatabase = done(&open).await?.dyn_into().map_err(text)?;
    drop(upgrade);
    let tx = db.transaction_with_str_and_mode(STORE, mode).map_err(text)?;
    tx.object_store(STORE).map_err(text)
}

/// Keeps `handle` for later visits.
pub async fn remember(handle: &JsValue) -> Result<(), LinkedFileError> {
    let s = store(web_sys::IdbTransactionMode::Readwrite).await?;
    done(&s.put_with_key(handle, &KEY.into()).map_err(text)?).await.map(|_| ())
}

/// The handle kept by an earlier visit, if any.
pub async fn recall() -> Option<JsValue> {
    let s = store(web_sys::IdbTransactionMode::Readonly).await.ok()?;
    let v = done(&s.get(&KEY.into()).ok()?).await.ok()?;
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

/// Forgets the linked file (the file itself stays where it is).
pub async fn forget() -> Result<(), LinkedFileError> {
    let s = store(web_sys::IdbTransactionMode::Readwrite).await?;
    done(&s.delete(&KEY.into()).map_err(text)?).await.map(|_| ())
}
