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
    let sample = move || state.workspace.top(|w| w.as_ref().is_some_and(|ws| ws.sample));
    view! {
        <header class="site-header">
            <p class="app-name"><A href=href(Page::Home)>{t::APP_NAME}</A></p>
            <p class="workspace-line">
                {move || match district.get() {
                    Some(d) => view! {
                        <span class="district">{d}</span>
                        <CycleSwitcher/>
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
fn CycleSwitcher() -> impl IntoView {
    let state = expect_state();
    // Memos: the header is not rebuilt on every edit, nor on a switch (focus stays put).
    let cycles = Memo::new(move |_| {
        state
            .workspace
            .top(|w| w.as_ref().map(|ws| ws.cycles.iter().map(|c| (c.id.0, c.label.clone())).collect::<Vec<_>>()))
    });
    let current = Memo::new(move |_| state.workspace.top(|w| w.as_ref().map(|ws| ws.current.0)));
    let chosen = RwSignal::new(None::<u32>);
    let said = RwSignal::new(String::new());
    // A choice left without "Switch" is dropped on the next page: the menu shows the cycle
    // being edited.
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        chosen.set(None);
    });
    // Emptied first, so that the same message twice is announced twice.
    let say = move |m: String| {
        said.set(String::new());
        crate::browser::page::after(100, move || {
            let _ = said.try_set(m);
        });
    };
    let label_of = move |id: u32| cycles.with(|l| l.iter().flatten().find(|(i, _)| *i == id).map(|(_, l)| l.clone()));
    let switch = move |_| {
        let Some(to) = chosen.get_untracked().or(current.get_untracked()) else { return };
        let label = label_of(to).unwrap_or_default();
        if current.get_untracked() == Some(to) {
            say(t::cycle_already(&label));
        } else {
            state.switch_cycle(dew_domain::workspace::CycleId(to));
            say(t::cycle_switched(&label));
        }
        chosen.set(None);
    };
    view! {
        {move || match cycles.get() {
            Some(list) if list.len() > 1 => view! {
                <span class="cycle">
                    <label for="cycle-switch">{t::HEADER_CYCLE_SELECT}</label>
                    <select id="cycle-switch" on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                        {list.into_iter().map(|(id, label)| view! {
                            <option value=id.to_string() prop:selected=move || chosen.get().or(current.get()) == Some(id)>{label}</option>
                        }).collect_view()}
                    </select>
                    <button type="button" class="secondary small" id="cycle-switch-go" on:click=switch>{t::CYCLE_SWITCH}</button>
                </span>
            }
            .into_any(),
            _ => view! { <span class="cycle">{t::HEADER_CYCLE}" "{move || current.get().and_then(label_of)}</span> }.into_any(),
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
