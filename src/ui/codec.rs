//! The stored document's reader and writer (`domain::schema::decode` and `encode`: serde,
//! the migrations, deflate and base64), loaded on demand.
//!
//! They are a fifth of the app's code, and the first screen of a first visit (nothing stored
//! yet) needs neither. With the `split` feature (the app's own build) they are a wasm chunk of
//! their own, fetched:
//! - before the app is mounted, when a workspace is stored (`ui::start`), so the store reads
//!   it at start exactly as before;
//! - as soon as a workspace is open (created, opened, unlocked, taken from another tab), so
//!   its first save finds them;
//! - by any path that needs them and finds them missing (each says what it does meanwhile).
//!
//! Without the feature (native checks, in-browser tests) they are plain calls.

use crate::domain::schema::{self, Decoded, SchemaError};
use crate::domain::workspace::Workspace;
use std::cell::Cell;

/// The reader and writer, as plain function pointers into their chunk.
pub struct Codec {
    pub decode: fn(&str) -> Result<Decoded, SchemaError>,
    pub encode: fn(&Workspace, &str, bool) -> String,
}

/// The chunk could not be fetched (the network dropped before the offline copy was made, or
/// this tab's build is no longer on the server).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

thread_local! {
    static LOADED: Cell<Option<&'static Codec>> = const { Cell::new(None) };
}

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible))]
fn fetch() -> Result<&'static Codec, NotLoaded> {
    static CODEC: Codec = Codec { decode: schema::decode, encode: schema::encode };
    Ok(&CODEC)
}

/// The codec if it has been loaded (without the `split` feature, always).
pub fn loaded() -> Option<&'static Codec> {
    #[cfg(not(feature = "split"))]
    return fetch().ok();
    #[cfg(feature = "split")]
    LOADED.with(Cell::get)
}

/// The codec, fetching its chunk the first time (a failed fetch is not remembered).
pub async fn load() -> Result<&'static Codec, NotLoaded> {
    if let Some(c) = loaded() {
        return Ok(c);
    }
    #[cfg(feature = "split")]
    let c = fetch().await?;
    #[cfg(not(feature = "split"))]
    let c = fetch()?;
    LOADED.with(|l| l.set(Some(c)));
    Ok(c)
}

/// Starts fetching the codec, if it is not here yet, and runs `then` once it is.
pub fn load_then(then: impl FnOnce(Result<&'static Codec, NotLoaded>) + 'static) {
    match loaded() {
        Some(c) => then(Ok(c)),
        None => leptos::task::spawn_local(async move { then(load().await) }),
    }
}
