//! The pure core of the Digital Equity Workbench: the model, the stored schema and every
//! decision that can be made without a browser. Nothing in here may import leptos, web_sys,
//! wasm_bindgen, js_sys or gloo; `scripts/check-layers` enforces it in the test command.

pub mod assessment;
pub mod csv_text;
pub mod date;
pub mod divides;
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
