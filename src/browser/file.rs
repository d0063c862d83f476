//! Reading a file the user picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a picked file could not be read: the page says it through the catalogue
/// (`ui::i18n::file_read_failed` and the keys that name the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The browser refused or failed the read: what it said (technical).
    Browser(String),
    /// The file did not read as text.
    NotText,
}

fn browser(e: wasm_bindgen::JsValue) -> FileError {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => FileError::Browser(format!("{}: {}", d.name(), d.message())),
        None => FileError::Browser(e.as_string().unwrap_or_else(|| format!("{e:?}"))),
    }
}

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
pub async fn read_text(file: &web_sys::File) -> Result<String, FileError> {
    let v = JsFuture::from(file.text()).await.map_err(browser)?;
    v.as_string().ok_or(FileError::NotText)
}

/// The whole file as bytes, for importers that decide the encoding themselves
/// (`domain::csv_text::decode`: UTF-8 or Windows-1252).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, FileError> {
    let mut buf = Vec::new();
    read_range(file, 0.0, file.size(), &mut buf).await?;
    Ok(buf)
}

/// A CSV file's text, in UTF-8 or Windows-1252 (Excel's "CSV"), decided from its bytes
/// (`domain::csv_text::decode`), where `Blob.text()` would turn every Windows-1252 accent into �.
pub async fn read_csv_text(file: &web_sys::File) -> Result<String, FileError> {
    Ok(dew_domain::csv_text::decode_owned(read_bytes(file).await?).0)
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
pub async fn read_range(file: &web_sys::File, start: f64, end: f64, buf: &mut Vec<u8>) -> Result<(), FileError> {
    let part = file.slice_with_f64_and_f64(start, end).map_err(browser)?;
    let ab = JsFuture::from(part.array_buffer()).await.map_err(browser)?;
    let arr = js_sys::Uint8Array::new(&ab);
    buf.resize(arr.length() as usize, 0);
    arr.copy_to(&mut buf[..]);
    Ok(())
}

/// The first file dropped by a drag-and-drop event.
pub fn dropped_file(ev: &web_sys::DragEvent) -> Option<web_sys::File> {
    ev.data_transfer()?.files()?.get(0)
}

/// A file read front to back as the browser delivers it (`Blob.stream()`). The reads of the
/// next pieces are asked for before this one is handed over, so the browser reads them while
/// the page works on this one: a stream only reads when asked, and asked only when the page
/// is done, reading and working would take turns (measured: 1M rows, 632 ms).
pub struct Stream {
    reader: web_sys::ReadableStreamDefaultReader,
    ahead: std::cell::RefCell<std::collections::VecDeque<js_sys::Promise>>,
}

/// How many reads are kept asked for.
const READS_AHEAD: usize = 3;

pub fn open_stream(file: &web_sys::File) -> Stream {
    Stream { reader: file.stream().get_reader().unchecked_into(), ahead: Default::default() }
}

impl Stream {
    /// Copies the next piece into `buf` (reused); `false` at the end of the file.
    pub async fn next(&self, buf: &mut Vec<u8>) -> Result<bool, FileError> {
        let next = {
            let mut ahead = self.ahead.borrow_mut();
            while ahead.len() < READS_AHEAD {
                ahead.push_back(self.reader.read());
            }
            ahead.pop_front()
        };
        let Some(next) = next else { return Ok(false) };
        let res = JsFuture::from(next).await.map_err(browser)?;
        // Asked for now, so it is read while the caller works on this piece.
        self.ahead.borrow_mut().push_back(self.reader.read());
        let done = js_sys::Reflect::get(&res, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            return Ok(false);
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&res, &"value".into()).map_err(browser)?.unchecked_into();
        buf.resize(value.length() as usize, 0);
        value.copy_to(&mut buf[..]);
        Ok(true)
    }

    /// Stops reading (the rest of the file is never read).
    pub fn cancel(&self) {
        let _ = self.reader.cancel();
    }
}
