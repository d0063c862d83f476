//! Divide analysis (PRODUCT.md §3): who needs what, with honest statistics and small-cell
//! suppression. `model` holds the data, `stats` the interval arithmetic, `analysis` the
//! comparisons and suppression, `findings` the ranked findings and their CSV, `csv_import`
//! the aggregate CSV reader.

pub mod analysis;
pub mod csv_import;
pub mod findings;
pub mod import;
pub mod model;
pub mod multiplicity;
pub mod protect;
pub mod sample;
pub mod statements;
pub mod stats;
