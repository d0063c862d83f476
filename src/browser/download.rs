//! Offers text to the user as a file download, made in the page (no request leaves it).

use wasm_bindgen::{JsCast, JsValue};

pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    offer(file_name, mime, &JsValue::from_str(text))
}

/// Offers bytes (a workbook, for instance) as a file download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    offer(file_name, mime, &js_sys::Uint8Array::from(bytes))
}

fn offer(file_name: &str, mime: &str, part: &JsValue) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(err)?;
    a.click();
    let _ = body.remove_child(&a);
    // Not revoked at once: that can cancel the download in some browsers. The URL is freed
    // when the page unloads, and backups are small.
    Ok(())
}
