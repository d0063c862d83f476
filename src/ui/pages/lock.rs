//! The unlock screen, shown instead of every page while the workspace is locked. The lock
//! settings on the Privacy page are `components::lock_settings`.

use crate::browser::{download, page};
use crate::ui::components::lock_settings::PassField;
use crate::ui::i18n as t;
use crate::ui::locking::LockFailure;
use crate::ui::state::expect_state;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Shown instead of the pages while the stored workspace waits for its passphrase.
#[component]
pub fn LockScreen() -> impl IntoView {
    crate::ui::components::page_title::use_page_title(t::lock_screen_title());
    let state = expect_state();
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<LockFailure>);
    let error_text = Signal::derive(move || error.get().map(|e| t::lock_failure(&e)));
    let confirming = RwSignal::new(false);
    let aside_error = RwSignal::new(None::<crate::browser::storage::StorageError>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if pass.with_untracked(String::is_empty) {
            error.set(Some(LockFailure::NoPassphrase));
            page::focus("unlock-passphrase");
            return;
        }
        busy.set(true);
        error.set(None);
        let p = pass.get_untracked();
        spawn_local(async move {
            // Once unlocked, this screen is gone (and its signals with it): only a failed
            // unlock leaves it to update.
            match state.unlock(p).await {
                Ok(()) => {
                    let _ = pass.try_set(String::new());
                    page::focus("main");
                }
                Err(e) => {
                    let _ = error.try_set(Some(e));
                    page::focus("unlock-passphrase");
                }
            }
            let _ = busy.try_set(false);
        });
    };
    let download_locked = move |_| {
        if let Some(text) = state.locked_text() {
            let (date, _, _) = crate::browser::clock::local_date();
            let _ = download::download_text(&format!("equity-workbench-locked-{date}.txt"), "text/plain", &text);
        }
    };
    let set_aside = move |_| {
        match state.set_locked_aside() {
            Ok(()) => page::focus("main"),
            Err(e) => aside_error.set(Some(e)),
        }
        confirming.set(false);
    };
    view! {
        <section class="card lock-screen" aria-labelledby="lock-heading">
            <h1 id="lock-heading">{t::lock_screen_title()}</h1>
            <p>{t::lock_screen_text()}</p>
            <form on:submit=submit novalidate=true>
                <PassField id="unlock-passphrase" label=t::lock_passphrase() value=pass error=error_text/>
                <button type="submit" id="unlock" disabled=move || busy.get()>{t::lock_unlock()}</button>
                <p role="status" id="unlock-status">{move || busy.get().then_some(t::lock_opening())}</p>
            </form>
            <p role="alert" class="visually-hidden">{move || error_text.get()}</p>
            {move || (error.get() == Some(LockFailure::Damaged)).then(|| view! {
                <p class="warning">{t::lock_damaged_next()}</p>
            })}
            <h2>{t::lock_forgot_heading()}</h2>
            <p>{t::lock_forgot_text()}</p>
            <div class="actions">
                <button type="button" class="secondary" id="download-locked" on:click=download_locked>{t::lock_download_locked()}</button>
                {move || if confirming.get() {
                    view! {
                        <span role="group" aria-labelledby="aside-q">
                            <span id="aside-q">{t::lock_set_aside_q()}" "</span>
                            <button type="button" class="danger" id="set-aside-locked-yes" on:click=set_aside>{t::lock_set_aside_yes()}</button>
                            <button type="button" class="secondary" on:click=move |_| { confirming.set(false); page::focus("set-aside-locked"); }>{t::cancel()}</button>
                        </span>
                    }.into_any()
                } else {
                    view! { <button type="button" class="secondary" id="set-aside-locked" on:click=move |_| { confirming.set(true); page::focus("set-aside-locked-yes"); }>{t::lock_set_aside()}</button> }.into_any()
                }}
            </div>
            {move || aside_error.get().map(|e| view! { <p class="error-text" role="alert">{t::storage_error(&e)}</p> })}
        </section>
    }
}
