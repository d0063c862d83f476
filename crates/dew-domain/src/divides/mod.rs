//! Divide analysis (PRODUCT.md §3): who needs what, with honest statistics and small-cell
//! suppression. `model` holds the data, `stats` the interval arithmetic, `analysis` the
//! comparisons and suppression, `multiplicity` the adjustment for chance, `protect` the
//! privacy audit (which runs the adjustment last), `findings` the ranked findings and the
//! students each affects, `statements`
//! their roll-up into WHO-needs-WHAT, `export` the findings CSV, `csv_import` the aggregate
//! CSV reader. Each imports only those before it in this list (and `model`, `stats`).

pub mod analysis;
pub mod csv_import;
pub mod export;
pub mod findings;
pub mod import;
pub mod model;
pub mod model_es;
pub mod multiplicity;
pub mod protect;
pub mod sample;
pub mod statements;
pub mod stats;
