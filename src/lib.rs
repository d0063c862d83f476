//! Digital Equity Workbench: a browser-only app for K-12 district digital equity teams.
//!
//! `domain` is pure Rust and builds and tests natively; `browser` and `ui` exist only for
//! wasm32, so `cargo test` on the host never compiles Leptos.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
