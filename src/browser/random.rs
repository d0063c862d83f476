//! Random identifiers (not secrets): a device key for rater files.

/// A key unlikely to collide between devices: time plus 64 random bits.
pub fn device_key() -> String {
    let r = |_| (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("d-{:x}-{:08x}{:08x}", js_sys::Date::now() as u64, r(0), r(1))
}
