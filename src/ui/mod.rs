//! The user interface: wiring from the store to the domain and the DOM.

pub mod app;
pub mod components;
pub mod i18n;
pub mod locking;
pub mod pages;
pub mod routes;
pub mod state;

/// Loads the stored workspace (once), mounts the app and marks the page interactive.
pub fn start() {
    routes::init_base(crate::browser::page::base_path());
    leptos::mount::mount_to_body(app::App);
    // The first render has happened synchronously inside mount: the benchmark waits for this.
    crate::browser::page::mark("dew-interactive");
}
