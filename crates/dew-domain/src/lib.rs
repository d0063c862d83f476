//! The pure core of the Digital Equity Workbench: the model, the stored schema and every
//! decision that can be made without a browser. Its Cargo.toml names no browser crate
//! (leptos, web-sys, wasm-bindgen, js-sys, gloo), so none can be imported here.

pub mod assessment;
pub mod csv_text;
pub mod date;
pub mod divides;
/// The performance budget's large district: a test fixture, not part of the app.
#[cfg(any(test, feature = "fixtures"))]
pub mod large_sample;
pub mod lock;
pub mod merge;
pub mod merge_tabs;
pub mod plan;
pub mod portfolio;
pub mod progress;
pub mod report;
pub mod schema;
pub mod stored;
pub mod survey;
pub mod team;
pub mod workspace;
