//! Reusable pieces driven by props.

pub mod banners;
pub mod missing;
pub mod shell;
