use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(t::not_found_title());
    view! {
        <h1>{t::not_found_title()}</h1>
        <p>{t::not_found_text()}</p>
        <p><A href=href(Page::Home)>{t::not_found_home()}</A></p>
    }
}
