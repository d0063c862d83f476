//! Reusable pieces driven by props.

pub mod banners;
pub mod level_chart;
pub mod missing;
pub mod shell;
