//! Digital Equity Workbench: a browser-only app for K-12 district digital equity teams.
//!
//! The pure core is its own crate, `dew_domain` (crates/dew-domain), which builds and tests
//! natively with no browser crate in its dependencies. `browser` and `ui` exist only for
//! wasm32, so `cargo test` on the host never compiles Leptos.

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
