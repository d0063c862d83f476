//! "/privacy": what is stored and where, and "erase everything on this device".

use crate::browser::storage;
use crate::ui::components::lock_settings::LockSettings;
use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use dew_domain::stored::{
    AUTO_LOCK_KEY, KEY_PREFIX, SET_ASIDE_PREFIX, SURVEY_KITS_KEY, SURVEY_MAPPINGS_KEY, WORKSPACE_KEY,
};
use leptos::prelude::*;

fn describe_key(key: &str) -> &'static str {
    if key == WORKSPACE_KEY {
        t::privacy_key_workspace()
    } else if key == SURVEY_MAPPINGS_KEY {
        t::privacy_key_survey_mappings()
    } else if key == SURVEY_KITS_KEY {
        t::privacy_key_survey_kits()
    } else if key == AUTO_LOCK_KEY {
        t::privacy_key_auto_lock()
    } else if key.starts_with(SET_ASIDE_PREFIX) {
        t::privacy_key_set_aside()
    } else {
        t::privacy_key_other()
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    use_page_title(Page::Privacy.title());
    let state = expect_state();
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<(), String>>);
    let keys = move || {
        state.storage_rev.track();
        state.workspace.track();
        storage::keys_with_prefix(KEY_PREFIX).unwrap_or_default()
    };
    let erase = move |_| {
        let r = state.erase_everything().map_err(|e| t::privacy_erase_failed(&t::storage_error(&e)));
        outcome.set(Some(r));
        confirming.set(false);
        crate::browser::page::focus("erase-outcome");
    };
    view! {
        <h1>{Page::Privacy.title()}</h1>
        <p class="lead">{t::privacy_intro()}</p>
        <section aria-labelledby="stored-heading">
            <h2 id="stored-heading">{t::privacy_what_heading()}</h2>
            <p>{t::privacy_what_text()}</p>
            <p>{t::privacy_not_stored()}</p>
            {move || {
                let list = keys();
                if list.is_empty() {
                    return view! { <p class="empty" id="nothing-stored">{t::privacy_nothing()}</p> }.into_any();
                }
                view! {
                    <table class="data-table" id="stored-keys">
                        <caption>{t::privacy_keys_caption()}</caption>
                        <thead><tr><th scope="col">{t::privacy_col_what()}</th><th scope="col">{t::privacy_col_size()}</th></tr></thead>
                        <tbody>
                            {list.iter().map(|(k, n)| view! {
                                <tr><td>{describe_key(k)}</td><td class="num">{t::size_label(*n)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    // The same items by their storage keys, with the rest of the technical terms.
                    <details class="tech-details">
                        <summary>{t::privacy_tech_summary()}</summary>
                        {t::privacy_tech_text().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                        <table class="data-table">
                            <caption>{t::privacy_keys_tech_caption()}</caption>
                            <thead><tr><th scope="col">{t::privacy_col_key()}</th><th scope="col">{t::privacy_col_what()}</th></tr></thead>
                            <tbody>
                                {list.iter().map(|(k, _)| view! { <tr><td><code>{k.clone()}</code></td><td>{describe_key(k)}</td></tr> }).collect_view()}
                            </tbody>
                        </table>
                    </details>
                }.into_any()
            }}
        </section>
        <Persistence/>
        <LockSettings/>
        <section aria-labelledby="erase-heading" class="card danger-zone">
            <h2 id="erase-heading">{t::privacy_erase_heading()}</h2>
            <p>{t::privacy_erase_text()}</p>
            {move || if confirming.get() {
                view! {
                    <div role="alertdialog" aria-labelledby="erase-q" class="confirm">
                        <p id="erase-q"><strong>{t::privacy_erase_confirm_q()}</strong></p>
                        <div class="actions">
                            <button type="button" class="danger" id="erase-confirm" on:click=erase>{t::privacy_erase_confirm()}</button>
                            <button type="button" class="secondary" id="erase-cancel" on:click=move |_| { confirming.set(false); crate::browser::page::focus("erase-start"); }>{t::privacy_erase_cancel()}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="danger" id="erase-start" on:click=move |_| { outcome.set(None); confirming.set(true); crate::browser::page::focus("erase-cancel"); }>{t::privacy_erase_button()}</button>
                }.into_any()
            }}
            <div id="erase-outcome" tabindex="-1" role="status">
                {move || outcome.get().map(|r| match r {
                    Ok(()) => view! { <p class="ok">{t::privacy_erased()}</p> }.into_any(),
                    Err(e) => view! { <p class="error-text">{e}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}

/// Whether the browser has agreed to keep the data when space runs short (asked at the first
/// save: `storage::request_persistence`).
#[component]
fn Persistence() -> impl IntoView {
    let state = expect_state();
    let persisted = RwSignal::new(None::<Option<bool>>);
    Effect::new(move |_| {
        state.storage_rev.track();
        state.workspace.is_open();
        leptos::task::spawn_local(async move { persisted.set(Some(storage::is_persisted().await)) });
    });
    view! {
        <section aria-labelledby="persist-heading">
            <h2 id="persist-heading">{t::persist_heading()}</h2>
            <p id="persist-state" role="status">{move || match persisted.get() {
                None => "",
                Some(Some(true)) => t::persist_yes(),
                Some(Some(false)) => t::persist_no(),
                Some(None) => t::persist_unknown(),
            }}</p>
        </section>
    }
}
