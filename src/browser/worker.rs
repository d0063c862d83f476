//! Work done in a dedicated Web Worker: a separate, smaller wasm module loaded only when it is
//! needed (the report workbook's Excel writer), so the first load does not carry it.
//!
//! The exchange: the worker posts `"ready"` once its wasm has started; the page then posts one
//! request (text); the worker answers with the bytes (a `Uint8Array`) or with a message (text)
//! saying what went wrong. The page ends the worker after the answer.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a worker may take to start (fetch and compile its wasm) before the page gives up:
/// a worker whose wasm cannot be fetched never says so, it just never becomes ready.
const START_LIMIT_MS: i32 = 30_000;

/// Why a worker gave no bytes: the page says it through the catalogue
/// (`ui::i18n::worker_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerError {
    /// The browser would not start the worker: what it said (technical).
    NotStarted(String),
    /// Its code did not arrive or did not start in time.
    DidNotStart,
    /// It answered with something other than bytes or a message.
    Unexpected,
    /// It said what went wrong (technical: from the work itself, or the browser's error).
    Failed(String),
}

/// Page side: starts the worker at `script` (relative to the page's base URL), sends it
/// `request` and resolves to its answer.
pub async fn ask(script: &str, request: String) -> Result<Vec<u8>, WorkerError> {
    let worker = web_sys::Worker::new(script).map_err(|e| WorkerError::NotStarted(format!("{e:?}")))?;
    let w = worker.clone();
    let mut request = Some(request);
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let sender = w.clone();
        let mut request = request.take();
        let reject_on_send = reject.clone();
        let started = std::rc::Rc::new(std::cell::Cell::new(false));
        let started_here = started.clone();
        let reject_late = reject.clone();
        let give_up = Closure::once_into_js(move || {
            if !started.get() {
                // No reason: it did not start.
                let _ = reject_late.call1(&JsValue::UNDEFINED, &JsValue::NULL);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), START_LIMIT_MS);
        }
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            // The first message is "ready"; the request goes once, and the next message answers it.
            match request.take() {
                Some(req) => {
                    started_here.set(true);
                    if let Err(err) = sender.post_message(&JsValue::from_str(&req)) {
                        let _ = reject_on_send.call1(&JsValue::UNDEFINED, &err);
                    }
                }
                None => {
                    let _ = resolve.call1(&JsValue::UNDEFINED, &e.data());
                }
            }
        });
        w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // A script that cannot be fetched fires a plain `Event`, with no message to read.
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let message = js_sys::Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string());
            let message = message.map_or(JsValue::NULL, |m| JsValue::from_str(&m));
            let _ = reject.call1(&JsValue::UNDEFINED, &message);
        });
        w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
    });
    let result = wasm_bindgen_futures::JsFuture::from(answer).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    worker.terminate();
    match result {
        Ok(v) if v.is_instance_of::<js_sys::Uint8Array>() => Ok(v.unchecked_into::<js_sys::Uint8Array>().to_vec()),
        Ok(v) => Err(v.as_string().map_or(WorkerError::Unexpected, WorkerError::Failed)),
        Err(e) if e.is_null() => Err(WorkerError::DidNotStart),
        Err(e) => Err(WorkerError::Failed(e.as_string().unwrap_or_else(|| format!("{e:?}")))),
    }
}

/// Worker side: answers each request with `work`'s bytes, or with its error message, then tells
/// the page it is ready.
pub fn serve(work: fn(&str) -> Result<Vec<u8>, String>) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply = match e.data().as_string() {
            Some(request) => match work(&request) {
                Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
                Err(message) => JsValue::from_str(&message),
            },
            None => JsValue::from_str("the request was not text"),
        };
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
