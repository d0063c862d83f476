//! Header (workspace and cycle) and the main navigation.

use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_state();
    let district = move || state.workspace.top(|w| w.as_ref().map(|ws| ws.district.clone()));
    let cycle = move || state.workspace.top(|w| w.as_ref().map(|ws| ws.current_cycle().label.clone()));
    let sample = move || state.workspace.top(|w| w.as_ref().is_some_and(|ws| ws.sample));
    view! {
        <header class="site-header">
            <p class="app-name"><A href=href(Page::Home)>{t::APP_NAME}</A></p>
            <p class="workspace-line">
                {move || match district() {
                    Some(d) => view! {
                        <span class="district">{d}</span>
                        <CycleSwitcher fallback=cycle()/>
                    }.into_any(),
                    None => view! { <span class="district">{t::HEADER_NO_WORKSPACE}</span> }.into_any(),
                }}
                <Show when=sample>
                    <span class="badge">{t::SAMPLE_BADGE}</span>
                </Show>
            </p>
            <Show when=move || state.lock.status.get() == crate::ui::state::LockStatus::Open>
                <button type="button" class="secondary small lock-now" id="lock-now" on:click=move |_| {
                    leptos::task::spawn_local(async move {
                        // A refusal (another tab's change pending, a failed save) is shown in the banners.
                        let _ = state.lock_now().await;
                    });
                }>{t::LOCK_NOW}</button>
            </Show>
        </header>
    }
}

/// The current cycle; a menu to switch when there is more than one.
#[component]
fn CycleSwitcher(fallback: Option<String>) -> impl IntoView {
    let state = expect_state();
    // A memo: the header is not rebuilt on every edit, only when the cycles change.
    let cycles = Memo::new(move |_| {
        state.workspace.top(|w| {
            w.as_ref()
                .map(|ws| ws.cycles.iter().map(|c| (c.id.0, c.label.clone(), c.id == ws.current)).collect::<Vec<_>>())
        })
    });
    let switch = move |ev| {
        if let Ok(id) = event_target_value(&ev).parse::<u32>() {
            state.switch_cycle(dew_domain::workspace::CycleId(id));
        }
    };
    move || {
        match cycles.get() {
        Some(list) if list.len() > 1 => view! {
            <span class="cycle">
                <label for="cycle-switch">{t::HEADER_CYCLE_SELECT}</label>" "
                <select id="cycle-switch" on:change=switch>
                    {list.into_iter().map(|(id, label, current)| view! { <option value=id.to_string() selected=current>{label}</option> }).collect_view()}
                </select>
            </span>
        }
        .into_any(),
        _ => view! { <span class="cycle">{t::HEADER_CYCLE}" "{fallback.clone()}</span> }.into_any(),
    }
    }
}

/// The menu, from the page table (src/ui/pages.json): its top links, then its sections.
#[component]
pub fn Nav() -> impl IntoView {
    crate::ui::routes::menu_view!()
}

/// Sets the document title for a page: "<page> · Digital Equity Workbench". Its first run,
/// after the page is in the document, marks the app interactive ([`crate::ui::screen_shown`]).
pub fn use_page_title(page: &'static str) {
    Effect::new(move |_| {
        crate::browser::page::set_title(&format!("{page} · {}", t::APP_NAME));
        crate::ui::screen_shown();
    });
}
