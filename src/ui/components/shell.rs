//! Header (workspace and cycle) and the main navigation.

use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

pub use super::page_title::use_page_title;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_state();
    // A memo: an edit or a cycle switch does not rebuild the line (and lose the focus on it).
    let district = Memo::new(move |_| state.workspace.top(|w| w.as_ref().map(|ws| ws.district.clone())));
    // Untracked: only the text shown until the cycle menu's code has come.
    let cycle = move || state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().label.clone()));
    let sample = move || state.workspace.top(|w| w.as_ref().is_some_and(|ws| ws.sample));
    view! {
        <header class="site-header">
            <p class="app-name"><A href=href(Page::Home)>{t::app_name()}</A></p>
            <p class="workspace-line">
                {move || match district.get() {
                    Some(d) => view! {
                        <span class="district">{d}</span>
                        <crate::ui::lazy::LazyCycleSwitcher fallback=cycle()/>
                    }.into_any(),
                    None => view! { <span class="district">{t::header_no_workspace()}</span> }.into_any(),
                }}
                <Show when=sample>
                    <span class="badge">{t::sample_badge()}</span>
                </Show>
            </p>
            <crate::ui::language::LanguageSwitch/>
            <Show when=move || state.lock.status.get() == crate::ui::state::LockStatus::Open>
                <button type="button" class="secondary small lock-now" id="lock-now" on:click=move |_| {
                    leptos::task::spawn_local(async move {
                        // A refusal (another tab's change pending, a failed save) is shown in the banners.
                        let _ = state.lock_now().await;
                    });
                }>{t::lock_now()}</button>
            </Show>
        </header>
    }
}

/// The menu, from the page table (src/ui/pages.json): its top links, then its sections.
/// Narrow screens (below 50rem, so also 200% zoom on a laptop) show a "Menu" button instead,
/// which opens it; moving to another page closes it again.
#[component]
pub fn Nav() -> impl IntoView {
    let open = RwSignal::new(false);
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        open.set(false);
    });
    view! {
        <nav class="site-nav" aria-label=t::nav_label()>
            <button type="button" class="menu-toggle secondary small" aria-controls="site-menu"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>{t::menu_button()}</button>
            {crate::ui::routes::menu_view!(open)}
        </nav>
    }
}

/// `aria-current` for a menu item whose page has pages of its own (`parent` in the page
/// table): "page" on its page, "true" on one of those.
pub fn current_on(page: Page, children: &'static [Page]) -> impl Fn() -> Option<&'static str> {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        let is = |p: Page| path.trim_end_matches('/') == href(p).trim_end_matches('/');
        if is(page) {
            Some("page")
        } else {
            children.iter().any(|c| is(*c)).then_some("true")
        }
    }
}
