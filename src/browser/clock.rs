//! The current time, from the browser's clock.

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's local date as `YYYY-MM-DD`, and the local year and month (1–12).
pub fn local_date() -> (String, i32, u32) {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year() as i32, d.get_month() + 1, d.get_date());
    (format!("{y:04}-{m:02}-{day:02}"), y, m)
}

/// A time (milliseconds since the epoch) as a local date and time, for people to read, as
/// the US writes it in the page's language (`<html lang>`: "6/30/2027, 2:05:00 PM" in English,
/// "30/6/2027, 2:05:00 p.m." in Spanish).
pub fn local_datetime_label(at_ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    let tag = if crate::browser::page::lang().starts_with("es") { "es-US" } else { "en-US" };
    String::from(d.to_locale_string(tag, &wasm_bindgen::JsValue::UNDEFINED))
}

/// An ISO timestamp (as backups record when they were saved) for people to read; the text as
/// it is when the browser cannot read it as a time.
pub fn iso_label(iso: &str) -> String {
    let ms = js_sys::Date::parse(iso);
    if ms.is_finite() {
        local_datetime_label(ms as u64)
    } else {
        iso.to_string()
    }
}
