//! The app shell: the store, the router, the header, navigation and the page outlet.

use crate::ui::components::banners::Banners;
use crate::ui::components::shell::{Header, Nav};
use crate::ui::i18n as t;
use crate::ui::lazy::{pages_loading, LazyLockScreen, PageLoading, FOCUS_WHEN_LOADED};
use crate::ui::pages::not_found::NotFound;
use crate::ui::routes;
use crate::ui::state::{AppState, LockStatus};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use leptos_router::Lazy;

/// After a move to another page (not the first render, not a change of query or anchor),
/// puts keyboard focus at the start of the main content, so screen readers announce the new
/// page and the next Tab starts there instead of in the old page's position.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // After the router has reacted: a page whose code is still on its way takes focus
            // once it has come (page_or_retry), so focus never lands on the old page.
            crate::browser::page::after(0, || {
                if pages_loading().get_untracked() == 0 {
                    crate::browser::page::focus("main");
                } else {
                    FOCUS_WHEN_LOADED.with(|f| f.set(true));
                }
            });
        }
        path
    });
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    state.install();
    crate::ui::linked_backup::install(state);
    // After the first load: the service worker (and the offline copy it fetches) is not needed
    // for the first screen, so it does not compete with it.
    crate::browser::page::after_load(move || crate::browser::offline::register(move || state.update_ready.set(true)));
    // While the stored workspace waits for its passphrase, no page is shown: none could
    // show data, and a page that starts a workspace would write over the locked one.
    let locked = move || state.lock.status.get() == LockStatus::Waiting;
    // A language switch draws everything again, in the new language (ui::language): the
    // state lives outside, so the workspace and the page stay as they were.
    let drawn = crate::ui::language::drawn();
    move || {
        drawn.track();
        view! {
        <Router base=routes::base().to_string()>
            // Not left to the browser: "#main" resolves against the <base href>, so on an inner
            // page it would lead to the start page. Focus moves; the address stays.
            <a class="skip-link" href="#main" on:click=|ev| {
                ev.prevent_default();
                crate::browser::page::focus("main");
            }>{t::skip_to_main()}</a>
            <Header/>
            <Show when=move || !locked()>
                <Nav/>
            </Show>
            <FocusOnNavigate/>
            <main id="main" tabindex="-1" aria-busy=move || (pages_loading().get() > 0).then_some("true")>
                <PageLoading/>
                <Banners/>
                <Show when=locked fallback=|| view! { <Pages/> }>
                    <LazyLockScreen/>
                </Show>
            </main>
            <footer class="site-footer"><p>{t::footer()}</p></footer>
        </Router>
        }
    }
}

/// Shown instead of the app when a workspace is stored but the code that reads it could not
/// be fetched (`ui::codec`): nothing has been read or written, so reloading is safe.
#[component]
pub fn CodeNotLoaded() -> impl IntoView {
    crate::ui::components::shell::use_page_title(t::code_not_loaded_title());
    view! {
        <main id="main" tabindex="-1">
            <h1>{t::code_not_loaded_title()}</h1>
            <p role="alert">{t::code_not_loaded_text()}</p>
            <div class="actions">
                <button type="button" on:click=|_| crate::browser::page::reload()>{t::page_not_loaded_reload()}</button>
            </div>
        </main>
    }
}

// `Pages`, the router's table of every path, from the page table (src/ui/pages.json) by
// build.rs: the start page in the first wasm, every other page from `ui::lazy`.
include!(concat!(env!("OUT_DIR"), "/page_routes.rs"));
