use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(t::NOT_FOUND_TITLE);
    view! {
        <h1>{t::NOT_FOUND_TITLE}</h1>
        <p>{t::NOT_FOUND_TEXT}</p>
        <p><A href=href(Page::Home)>{t::NOT_FOUND_HOME}</A></p>
    }
}
