//! The pure core of the Digital Equity Workbench: the model, the stored schema and every
//! decision that can be made without a browser. Its Cargo.toml names no browser crate
//! (leptos, web-sys, wasm-bindgen, js-sys, gloo), so none can be imported here.
//!
//! Its modules stand in three floors; a module imports only from its own floor's stated
//! direction or from below, never from above:
//! - leaves, which import nothing from the crate: `ids` (the app tag, slugs, new ids), `date`,
//!   `import_flow` (the state machine every file import follows),
//!   `csv_text` (decoding and guarding CSV text), `team` (roles);
//! - features: `assessment`; `divides` (reads the assessment's divide names); `survey` (makes
//!   divide counts); `plan` (reads the assessment and the divide analysis); `portfolio` (reads
//!   the divide data's schools and the plan's field parsers); `lock` (the envelope);
//! - the whole: `workspace` (cycles holding the features), then `schema` (the stored
//!   document), `progress`, `merge`, `merge_tabs`, `report`, `saving` (when the store writes)
//!   and `stored` above it.
//!
//! The test fixtures (`large_sample`, `divides::sample::synthetic`) exist only under `cfg(test)`
//! or the `fixtures` feature.

pub mod assessment;
pub mod csv_text;
pub mod date;
pub mod divides;
pub mod ids;
pub mod import_flow;
pub mod language;
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
pub mod saving;
pub mod schema;
pub mod stored;
pub mod survey;
pub mod team;
pub mod workspace;
