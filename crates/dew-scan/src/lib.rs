//! The survey import's hot loop, in a crate of its own so that the release build optimises it
//! for speed (`opt-level = 3`) while the rest of the app is optimised for size: reading CSV
//! records from chunks of a file (`read`) and tallying them into counts (`tally`). What the
//! columns and values mean is decided by the app's domain (`domain::survey`), through
//! `tally::Resolve`. Pure Rust: no browser or UI crate.

pub mod read;
pub mod tally;
