//! Header (workspace and cycle) and the main navigation.

use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

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
            <p class="app-name"><A href=href(Page::Home)>{t::APP_NAME}</A></p>
            <p class="workspace-line">
                {move || match district.get() {
                    Some(d) => view! {
                        <span class="district">{d}</span>
                        <crate::ui::lazy::LazyCycleSwitcher fallback=cycle()/>
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

/// The current cycle; with more than one, a menu and a "Switch" button. Choosing in the menu
/// changes nothing (an arrow key on a focused menu must not change the year being edited,
/// WCAG 3.2.2): the button switches, says so in a status message, and keeps focus.
#[component]
pub fn CycleSwitcher() -> impl IntoView {
    let state = expect_state();
    // A memo: the header is not rebuilt on every edit, only when the cycles or the current
    // one change (then focus is put back on the button).
    let cycles = Memo::new(move |_| {
        state.workspace.top(|w| {
            w.as_ref()
                .map(|ws| ws.cycles.iter().map(|c| (c.id.0, c.label.clone(), c.id == ws.current)).collect::<Vec<_>>())
        })
    });
    let chosen = StoredValue::new(None::<u32>);
    let said = RwSignal::new(String::new());
    let switch = move |_| {
        let Some(list) = cycles.get_untracked() else { return };
        let Some((id, label, current)) =
            list.into_iter().find(|(id, _, current)| chosen.get_value().map_or(*current, |c| c == *id))
        else {
            return;
        };
        chosen.set_value(None);
        // Emptied first, so that the same message twice is announced twice.
        said.set(String::new());
        if !current {
            state.switch_cycle(dew_domain::workspace::CycleId(id));
        }
        crate::browser::page::after(100, move || {
            said.set(if current { t::cycle_already(&label) } else { t::cycle_switched(&label) });
            // The menu was built again with the new current cycle: focus back on the button,
            // unless the person has moved on meanwhile.
            if crate::browser::page::focused_id().is_none() {
                crate::browser::page::focus("cycle-switch-go");
            }
        });
    };
    view! {
        {move || match cycles.get() {
            Some(list) if list.len() > 1 => view! {
                <span class="cycle">
                    <label for="cycle-switch">{t::HEADER_CYCLE_SELECT}</label>
                    <select id="cycle-switch" on:change=move |ev| chosen.set_value(event_target_value(&ev).parse().ok())>
                        {list.into_iter().map(|(id, label, current)| view! { <option value=id.to_string() selected=current>{label}</option> }).collect_view()}
                    </select>
                    <button type="button" class="secondary small" id="cycle-switch-go" on:click=switch>{t::CYCLE_SWITCH}</button>
                </span>
            }
            .into_any(),
            Some(list) => view! { <span class="cycle">{t::HEADER_CYCLE}" "{list.into_iter().next().map(|c| c.1)}</span> }.into_any(),
            None => ().into_any(),
        }}
        <span role="status" class="visually-hidden" id="cycle-status">{move || said.get()}</span>
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
        <nav class="site-nav" aria-label=t::NAV_LABEL>
            <button type="button" class="menu-toggle secondary small" aria-controls="site-menu"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>{t::MENU_BUTTON}</button>
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

/// Sets the document title for a page: "<page> · Digital Equity Workbench". Its first run,
/// after the page is in the document, marks the app interactive ([`crate::ui::screen_shown`]).
pub fn use_page_title(page: &'static str) {
    Effect::new(move |_| {
        crate::browser::page::set_title(&format!("{page} · {}", t::APP_NAME));
        crate::ui::screen_shown();
    });
}
