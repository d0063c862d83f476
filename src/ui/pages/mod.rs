//! One file per route.

pub mod assess;
pub mod consensus;
pub mod data;
pub mod divide_data;
pub mod divides;
pub mod heatmap;
pub mod home;
pub mod lock;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod portfolio;
pub mod portfolio_overview;
pub mod portfolio_review;
pub mod privacy;
pub mod progress;
pub mod reflect;
pub mod report;
pub mod results;
pub mod survey;
pub mod survey_kit;
pub mod team;
