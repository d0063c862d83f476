//! The only place that touches browser APIs. Thin: calls, no decisions. Every function here
//! is exercised for real in headless Chromium (tests/browser.rs, tests/e2e/).

pub mod clock;
pub mod crypto;
pub mod download;
pub mod file;
pub mod linked_file;
pub mod offline;
pub mod page;
pub mod random;
pub mod storage;
pub mod worker;
