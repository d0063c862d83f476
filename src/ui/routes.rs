//! Every path of the app in one place: the page table, src/ui/pages.json, made into Rust by
//! build.rs. The app is hosted under a sub-path (GitHub Pages
//! project sites), read once at start from the page's `<base href>`; links must include it.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// Records the sub-path the app is served under ("/workbench", or "" at the root).
pub fn init_base(base: String) {
    let _ = BASE.set(base);
}

pub fn base() -> &'static str {
    BASE.get().map(String::as_str).unwrap_or("")
}

// The `Page` enum (every page's path and label) and the menu, from the page table
// (src/ui/pages.json) by build.rs.
include!(concat!(env!("OUT_DIR"), "/page_table.rs"));

/// The full href of a page, base included.
pub fn href(page: Page) -> String {
    match page {
        Page::Home => format!("{}/", base()),
        p => format!("{}{}", base(), p.path()),
    }
}

/// Options for `use_navigate` with an `href()`: the href already holds the base, and the
/// router's default would add it a second time.
pub fn exact() -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions { resolve: false, ..Default::default() }
}

/// The self-assessment page opened at one area (and, optionally, scrolled to an indicator).
pub fn assess_area(area: &str, indicator: Option<&str>) -> String {
    let anchor = indicator.map(|i| format!("#ind-{i}")).unwrap_or_default();
    format!("{}?area={area}{anchor}", href(Page::Assess))
}
