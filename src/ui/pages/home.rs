//! "/": the first-run choice when there is no workspace, the overview (`overview.rs`, loaded
//! on demand) when there is one.

use crate::browser::{clock, page};
use crate::ui::codec;
use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::{self, href, Page};
use crate::ui::state::{adopt, expect_state};
use dew_domain::workspace::{school_year_label, Workspace, WorkspaceError};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = expect_state();
    let has_workspace = move || state.workspace.is_open();
    view! {
        <Show when=has_workspace fallback=StartPage>
            {crate::ui::lazy::lazy_overview()}
        </Show>
    }
}

#[component]
fn StartPage() -> impl IntoView {
    use_page_title(t::start_title());
    let state = expect_state();
    let navigate = use_navigate();
    let (_, year, month) = clock::local_date();
    let district = RwSignal::new(String::new());
    let cycle = RwSignal::new(school_year_label(year, month));
    let district_error = RwSignal::new(None::<String>);
    let cycle_error = RwSignal::new(None::<String>);
    // The code that saves a workspace could not be fetched (nothing was started).
    let start_error = RwSignal::new(None::<&'static str>);
    // A workspace is opened only once the code that saves it is here, so its first save is
    // made at once. Fetching starts as soon as someone works in this page.
    // A second click while the first is on its way is not taken.
    let opening = StoredValue::new(false);
    let open = move |ws: Workspace, then: Box<dyn FnOnce()>| {
        if opening.get_value() {
            return;
        }
        opening.set_value(true);
        start_error.set(None);
        codec::load_then(move |c| {
            let _ = opening.try_set_value(false);
            match c {
                // Another tab may have stored a workspace meanwhile: then that one opens here.
                Ok(_) => {
                    if state.open_if_nothing_stored(ws) {
                        then();
                    }
                }
                Err(_) => {
                    let _ = start_error.try_set(Some(t::code_not_loaded_action()));
                    page::focus("start-error");
                }
            }
        });
    };

    let nav = navigate.clone();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        district_error.set(None);
        cycle_error.set(None);
        match Workspace::new(&district.get_untracked(), &cycle.get_untracked()) {
            Ok(ws) => {
                let nav = nav.clone();
                open(adopt(ws), Box::new(move || nav(&href(Page::Team), routes::exact())));
            }
            Err(e) => {
                let field = match &e {
                    WorkspaceError::Empty { field } | WorkspaceError::TooLong { field, .. } => *field,
                    _ => "district",
                };
                if field == "cycle" {
                    cycle_error.set(Some(t::workspace_error(&e)));
                    page::focus("new-cycle");
                } else {
                    district_error.set(Some(t::workspace_error(&e)));
                    page::focus("new-district");
                }
            }
        }
    };
    let open_sample = move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match sample().await {
                Ok(ws) => open(ws, Box::new(move || navigate(&href(Page::Home), routes::exact()))),
                Err(_) => {
                    let _ = start_error.try_set(Some(t::code_not_loaded_action()));
                    page::focus("start-error");
                }
            }
        });
    };

    view! {
        <h1>{t::start_title()}</h1>
        <p class="lead">{t::start_intro()}</p>
        {move || start_error.get().map(|e| view! { <p class="error-text" role="alert" id="start-error" tabindex="-1">{e}</p> })}
        <div class="cards" on:focusin=|_| codec::load_then(|_| {})>
            <section class="card" aria-labelledby="new-heading">
                <h2 id="new-heading">{t::start_new_heading()}</h2>
                <form on:submit=create novalidate=true>
                    <div class="field" class:has-error=move || district_error.with(Option::is_some)>
                        <label for="new-district">{t::start_district_label()}</label>
                        {move || district_error.get().map(|e| view! { <p class="error-text" id="new-district-error">{e}</p> })}
                        <input id="new-district" type="text" autocomplete="organization" bind:value=district
                            aria-invalid=move || district_error.with(Option::is_some).to_string()
                            aria-describedby=move || district_error.with(Option::is_some).then_some("new-district-error")/>
                    </div>
                    <div class="field" class:has-error=move || cycle_error.with(Option::is_some)>
                        <label for="new-cycle">{t::start_cycle_label()}</label>
                        <p class="hint" id="new-cycle-hint">{t::start_cycle_hint()}</p>
                        {move || cycle_error.get().map(|e| view! { <p class="error-text" id="new-cycle-error">{e}</p> })}
                        <input id="new-cycle" type="text" bind:value=cycle
                            aria-invalid=move || cycle_error.with(Option::is_some).to_string()
                            aria-describedby=move || if cycle_error.with(Option::is_some) { "new-cycle-hint new-cycle-error" } else { "new-cycle-hint" }/>
                    </div>
                    <button type="submit" id="start-workspace">{t::start_create()}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="sample-heading">
                <h2 id="sample-heading">{t::start_sample_heading()}</h2>
                <p>{t::start_sample_text()}</p>
                <button type="button" class="secondary" id="open-sample" on:click=open_sample>{t::start_sample_button()}</button>
                <p class="hint">{t::start_import_text()}" "<A href=href(Page::Data)>{Page::Data.label()}</A>"."</p>
            </section>
        </div>
    }
}

/// The sample district. Its data (and the self-assessment's texts it refers to) come in the
/// chunk of the overview and the codec (`lazy::lazy_overview`), not with the first screen.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn sample_workspace() -> Result<Workspace, codec::NotLoaded> {
    Ok(Workspace::sample())
}

async fn sample() -> Result<Workspace, codec::NotLoaded> {
    #[cfg(feature = "split")]
    return sample_workspace().await;
    #[cfg(not(feature = "split"))]
    return sample_workspace();
}
