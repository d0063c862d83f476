//! Reading a file the user picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The first file of the `<input type="file">` that fired `ev`.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Clears a file input so picking the same file again fires `change` again.
pub fn clear_input(ev: &web_sys::Event) {
    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.set_value("");
    }
}

pub fn name(file: &web_sys::File) -> String {
    file.name()
}

/// The whole file as text (UTF-8, as `Blob.text()` decodes it).
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let v = JsFuture::from(file.text()).await.map_err(|e| format!("{e:?}"))?;
    v.as_string().ok_or_else(|| "the file did not read as text".to_string())
}

/// Every file picked in the `<input type="file" multiple>` that fired `ev`.
pub fn picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let Some(list) = input.files() else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The size of a file in bytes.
pub fn size(file: &web_sys::File) -> f64 {
    file.size()
}

/// Reads bytes `[start, end)` of a file into `buf` (reused between calls), without reading
/// the rest of the file.
pub async fn read_range(file: &web_sys::File, start: f64, end: f64, buf: &mut Vec<u8>) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let part = file.slice_with_f64_and_f64(start, end).map_err(err)?;
    let ab = JsFuture::from(part.array_buffer()).await.map_err(err)?;
    let arr = js_sys::Uint8Array::new(&ab);
    buf.resize(arr.length() as usize, 0);
    arr.copy_to(&mut buf[..]);
    Ok(())
}

/// Starts reading bytes `[start, end)` of a file; the browser reads while the caller works.
/// Await the result with `finish_read`.
pub fn begin_read(file: &web_sys::File, start: f64, end: f64) -> Result<JsFuture, String> {
    let part = file.slice_with_f64_and_f64(start, end).map_err(|e| format!("{e:?}"))?;
    Ok(JsFuture::from(part.array_buffer()))
}

/// Waits for a read started by `begin_read` and copies its bytes into `buf` (reused).
pub async fn finish_read(read: JsFuture, buf: &mut Vec<u8>) -> Result<(), String> {
    let ab = read.await.map_err(|e| format!("{e:?}"))?;
    let arr = js_sys::Uint8Array::new(&ab);
    buf.resize(arr.length() as usize, 0);
    arr.copy_to(&mut buf[..]);
    Ok(())
}

/// The first file dropped by a drag-and-drop event.
pub fn dropped_file(ev: &web_sys::DragEvent) -> Option<web_sys::File> {
    ev.data_transfer()?.files()?.get(0)
}
