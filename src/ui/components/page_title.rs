//! The document title, set by every page (apart from the shell, so that the code that loads
//! pages on demand can use it without importing the shell that loads them).

use crate::ui::i18n as t;
use leptos::prelude::*;

/// Sets the document title for a page: "<page> · Digital Equity Workbench". Its first run,
/// after the page is in the document, marks the app interactive ([`crate::ui::screen_shown`]).
pub fn use_page_title(page: &'static str) {
    Effect::new(move |_| {
        crate::browser::page::set_title(&format!("{page} · {}", t::app_name()));
        crate::ui::screen_shown();
    });
}
