//! The Data page's list of set-aside copies: download, restore or delete each.

use crate::browser::{clock, download, storage};
use crate::ui::i18n as t;
use crate::ui::state::{expect_state, LockStatus};
use dew_domain::lock::is_locked;
use dew_domain::schema::decode;
use dew_domain::stored::{list_set_asides, set_aside_file_name, SetAside, SetAsideReason, KEY_PREFIX};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Every copy set aside, newest first, with what can be done with it.
#[component]
pub fn SetAsideList() -> impl IntoView {
    let state = expect_state();
    let confirming = RwSignal::new(None::<String>);
    let restoring = RwSignal::new(None::<String>);
    let restored = RwSignal::new(None::<String>);
    let items = move || {
        state.storage_rev.track();
        state.workspace.track();
        let keys = storage::keys_with_prefix(KEY_PREFIX).unwrap_or_default();
        let sizes: std::collections::HashMap<String, usize> = keys.iter().cloned().collect();
        list_set_asides(keys.iter().map(|(k, _)| k.as_str()))
            .into_iter()
            .map(|s| {
                let size = sizes.get(&s.key).copied().unwrap_or(0);
                (s, size)
            })
            .collect::<Vec<(SetAside, usize)>>()
    };
    let download_one = move |s: &SetAside| {
        if let Ok(Some(text)) = storage::get(&s.key) {
            let _ = download::download_text(&set_aside_file_name(s), "text/plain", &text);
        }
    };
    let restore = move |key: &str, when: &str| {
        let Ok(Some(text)) = storage::get(key) else { return };
        restoring.set(None);
        let when = when.to_string();
        spawn_local(async move {
            let message = match state.open_copy(text).await {
                Ok(ws) => match state.replace_workspace(ws, SetAsideReason::ReplacedByRestore) {
                    Ok(()) => t::data_restored_copy(&when),
                    Err(e) => t::storage_error(&e),
                },
                Err(e) => t::lock_failure(&e),
            };
            restored.set(Some(message));
        });
    };
    let delete = move |key: &str| {
        let _ = storage::remove(key);
        confirming.set(None);
        state.storage_rev.update(|n| *n += 1);
    };
    view! {
        <section aria-labelledby="aside-heading">
            <h2 id="aside-heading">{t::data_set_aside_heading()}</h2>
            <p>{t::data_set_aside_intro()}</p>
            <p role="status" id="restore-status">{move || restored.get()}</p>
            {move || {
                let list = items();
                if list.is_empty() {
                    return view! { <p class="empty">{t::data_set_aside_empty()}</p> }.into_any();
                }
                view! {
                    <table class="data-table" id="set-aside-table">
                        <caption class="visually-hidden">{t::data_set_aside_caption()}</caption>
                        <thead><tr>
                            <th scope="col">{t::data_col_why()}</th><th scope="col">{t::data_col_when()}</th>
                            <th scope="col">{t::data_col_size()}</th><th scope="col">{t::data_col_actions()}</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|(s, size)| {
                                let when = clock::local_datetime_label(s.at_ms);
                                let key = s.key.clone();
                                let key2 = s.key.clone();
                                let s2 = s.clone();
                                // Only a copy this app can read can be restored (a locked one, with
                                // the passphrase open here).
                                let restorable = matches!(storage::get(&s.key), Ok(Some(text))
                                    if decode(&text).is_ok() || (is_locked(&text) && state.lock.status.get_untracked() == LockStatus::Open));
                                view! {
                                    <tr>
                                        <td>{t::set_aside_reason(s.reason)}</td>
                                        <td>{when.clone()}</td>
                                        <td>{t::size_label(size)}</td>
                                        <td class="row-actions">
                                            {move || if restoring.get().as_deref() == Some(key.as_str()) {
                                                let k = key.clone();
                                                let w = when.clone();
                                                view! {
                                                    <span>{t::data_restore_question(&when)}" "</span>
                                                    <button type="button" class="small" on:click=move |_| restore(&k, &w)>{t::data_restore_yes()}</button>
                                                    <button type="button" class="secondary small" on:click=move |_| restoring.set(None)>{t::data_delete_keep()}</button>
                                                }.into_any()
                                            } else if confirming.get().as_deref() == Some(key.as_str()) {
                                                let k = key.clone();
                                                view! {
                                                    <span>{t::data_delete_question(&when)}" "</span>
                                                    <button type="button" class="danger small" on:click=move |_| delete(&k)>{t::data_delete_confirm()}</button>
                                                    <button type="button" class="secondary small" on:click=move |_| confirming.set(None)>{t::data_delete_keep()}</button>
                                                }.into_any()
                                            } else {
                                                let s3 = s2.clone();
                                                let k = key2.clone();
                                                view! {
                                                    <button type="button" class="secondary small" on:click=move |_| download_one(&s3)>{t::data_download()}</button>
                                                    {restorable.then(|| { let k2 = k.clone(); view! { <button type="button" class="secondary small" on:click=move |_| restoring.set(Some(k2.clone()))>{t::data_restore()}</button> } })}
                                                    <button type="button" class="danger small" on:click=move |_| confirming.set(Some(k.clone()))>{t::data_delete()}</button>
                                                }.into_any()
                                            }}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
