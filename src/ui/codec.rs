//! The stored document's reader and writer (`domain::schema::decode` and `encode`: serde,
//! the migrations, deflate and base64), loaded on demand.
//!
//! Moving them, the overview, the sample district and the unlock screen out of the first wasm
//! took it from 410 to 217 KB gzip, and the first screen of a first visit (nothing stored
//! yet) needs none of them. With the `split` feature (the app's own build) they are the
//! `workspace` chunk (`lazy::lazy_overview`, `lazy::LazyLockScreen`, `pages::overview`). The codec is
//! fetched:
//! - before the app is mounted, when a workspace is stored (`ui::start`), so the store reads
//!   it at start exactly as before;
//! - before a workspace is opened from the start page, and before any other page is shown
//!   (every page works on the workspace), so a workspace's first save finds it;
//! - by any path that needs it and finds it missing (each says what it does meanwhile).
//!
//! Without the feature (native checks, in-browser tests) they are plain calls.

use dew_domain::merge_tabs::{self, TabMerge};
use dew_domain::schema::{self, Decoded, SchemaError};
use dew_domain::workspace::Workspace;
use std::cell::Cell;

/// The reader and writer, as plain function pointers into their chunk.
pub struct Codec {
    pub decode: fn(&str) -> Result<Decoded, SchemaError>,
    pub encode: fn(&Workspace, &str, bool) -> String,
    /// Another tab's save merged with this tab's edits (`domain::merge_tabs`).
    pub merge_tabs: fn(&Workspace, &Workspace, &Workspace) -> Result<TabMerge, SchemaError>,
    /// What changed since the last full save, and putting it back (`domain::schema::journal`).
    pub journal: fn(&Workspace, &Workspace, &str, &str) -> Option<String>,
    pub apply_journal: fn(&Workspace, &str, &str) -> Result<Option<Workspace>, SchemaError>,
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
    static CODEC: Codec = Codec {
        decode: schema::decode,
        encode: schema::encode,
        merge_tabs: merge_tabs::merge_tabs,
        journal: schema::journal::journal,
        apply_journal: schema::journal::apply_journal,
    };
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
