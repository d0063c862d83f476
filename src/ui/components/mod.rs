//! Reusable pieces driven by props.

pub mod banners;
pub mod create_goal;
pub mod cycle_switcher;
pub mod findings;
pub mod form;
pub mod import_status;
pub mod level_chart;
pub mod lock_settings;
pub mod missing;
pub mod page_title;
pub mod portfolio_nav;
pub mod shell;
pub mod statements;
pub mod workspace_page;
