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
