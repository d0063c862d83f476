//! The user interface: wiring from the store to the domain and the DOM.

pub mod app;
pub mod codec;
pub mod components;
pub mod edit;
pub mod flows;
pub mod i18n;
pub mod language;
pub mod lazy;
pub mod linked_backup;
pub mod locking;
pub mod not_loaded;
pub mod pages;
pub mod routes;
pub mod save;
pub mod state;
pub mod store;
pub mod tabs;

/// Loads the stored workspace (once) and mounts the app (the first screen then marks the page
/// interactive: [`screen_shown`]). A plain stored workspace is read by code the first screen
/// does not carry (`codec`): that is fetched first, so the store reads the workspace at start
/// as it always has.
pub fn start() {
    routes::init_base(crate::browser::page::base_path());
    let locale = language::initial();
    let stored = crate::browser::storage::get(dew_domain::stored::WORKSPACE_KEY).ok().flatten();
    let needs_reader = dew_domain::stored::needs_reader(stored.as_deref());
    drop(stored);
    if !needs_reader && locale == i18n::Locale::En {
        return mount();
    }
    // Spanish is its own chunk, fetched (with the codec, when needed) before the first draw,
    // so the first screen is in the person's language.
    wasm_bindgen_futures::spawn_local(async move {
        language::start_in(locale).await;
        let read = if needs_reader { codec::load().await.map(|_| ()) } else { Ok(()) };
        match read {
            Ok(()) => mount(),
            // Nothing is read or written: the stored workspace stays exactly as it is.
            Err(_) => {
                crate::browser::page::remove(FIRST_SCREEN);
                leptos::mount::mount_to_body(app::CodeNotLoaded)
            }
        }
    });
}

/// index.html's static copy of the start page's first screen, shown while this code arrives:
/// the app takes its place as it mounts (in the same frame, so nothing moves).
const FIRST_SCREEN: &str = "first-screen";

fn mount() {
    crate::browser::page::remove(FIRST_SCREEN);
    leptos::mount::mount_to_body(app::App);
}

thread_local! {
    static SCREEN_SHOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the page interactive (`dew-interactive`, which the benchmark and the browser tests
/// wait for) the first time a screen's content is in the document. Called from the effect that
/// titles every page ([`components::shell::use_page_title`]) and from the unlock screen:
/// effects run after the view that made them has been built and inserted. The mount itself is
/// too early: the router builds the page's content after it, in the same task.
pub fn screen_shown() {
    if !SCREEN_SHOWN.with(|s| s.replace(true)) {
        crate::browser::page::mark("dew-interactive");
    }
}
