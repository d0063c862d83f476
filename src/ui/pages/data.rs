//! "/data": download a backup, restore one after a preview, and the set-aside copies.

use crate::browser::{clock, download, file, storage};
use crate::domain::schema::{decode, summarize, Decoded};
use crate::domain::stored::{list_set_asides, set_aside_file_name, SetAside, SetAsideReason, KEY_PREFIX};
use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::state::expect_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The import in progress.
#[derive(Clone)]
enum Import {
    Idle,
    Reading,
    Failed(String),
    Preview { file: String, decoded: Box<Decoded> },
    Done(String),
}

#[component]
pub fn DataPage() -> impl IntoView {
    use_page_title(t::DATA_TITLE);
    let state = expect_state();
    let import = RwSignal::new(Import::Idle);
    let export_error = RwSignal::new(None::<&'static str>);

    let export = move |_| {
        export_error.set(state.download_backup().err().map(|_| t::DATA_DOWNLOAD_FAILED));
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(f) = file::picked_file(&ev) else { return };
        file::clear_input(&ev);
        import.set(Import::Reading);
        spawn_local(async move {
            let name = file::name(&f);
            let next = match file::read_text(&f).await {
                Err(e) => Import::Failed(t::data_import_failed(&name, &e)),
                Ok(text) => match decode(&text) {
                    Ok(d) => Import::Preview { file: name, decoded: Box::new(d) },
                    Err(e) => Import::Failed(t::data_import_failed(&name, &t::schema_error(&e))),
                },
            };
            import.set(next);
        });
    };

    let confirm = move |_| {
        if let Import::Preview { decoded, .. } = import.get_untracked() {
            let district = decoded.workspace.district.clone();
            match state.replace_workspace(decoded.workspace, SetAsideReason::ReplacedByImport) {
                Ok(()) => import.set(Import::Done(t::data_restored(&district))),
                Err(e) => import.set(Import::Failed(t::storage_error(&e))),
            }
        }
    };

    let preview = move || match import.get() {
        Import::Idle => ().into_any(),
        Import::Reading => view! { <p role="status">{t::DATA_READING}</p> }.into_any(),
        Import::Failed(msg) => view! { <p class="error-text" role="alert" id="import-error">{msg}</p> }.into_any(),
        Import::Done(msg) => view! { <p class="ok" role="status" id="import-done">{msg}</p> }.into_any(),
        Import::Preview { file, decoded } => {
            let s = summarize(&decoded);
            let current = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone()));
            view! {
                <section class="preview card" aria-labelledby="preview-heading" id="import-preview">
                    <h3 id="preview-heading">{t::DATA_PREVIEW_HEADING}" ("{file}")"</h3>
                    <dl>
                        <dt>{t::DATA_PREVIEW_DISTRICT}</dt><dd>{s.district.clone()}{s.sample.then_some(" — ").map(|d| format!("{d}{}", t::SAMPLE_BADGE))}</dd>
                        <dt>{t::DATA_PREVIEW_SAVED}</dt><dd>{if s.saved_at.is_empty() { t::DATA_PREVIEW_UNKNOWN_DATE.to_string() } else { s.saved_at.clone() }}</dd>
                        <dt>{t::DATA_PREVIEW_CYCLES}</dt>
                        <dd><ul>{s.cycles.iter().map(|(l, n)| view! { <li>{t::data_cycle_line(l, *n)}</li> }).collect_view()}</ul></dd>
                        <dt>{t::DATA_PREVIEW_SCHEMA}</dt><dd>{s.schema}</dd>
                    </dl>
                    {current.as_ref().map(|c| view! { <p class="warning">{t::data_replace_warning(c)}</p> })}
                    <div class="actions">
                        <button type="button" id="confirm-import" on:click=confirm>
                            {if current.is_some() { t::DATA_REPLACE_CONFIRM } else { t::DATA_RESTORE_CONFIRM }}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| import.set(Import::Done(t::DATA_IMPORT_CANCELLED.to_string()))>{t::DATA_IMPORT_CANCEL}</button>
                    </div>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <h1>{t::DATA_TITLE}</h1>
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t::DATA_EXPORT_HEADING}</h2>
            <p>{t::DATA_EXPORT_TEXT}</p>
            {move || if state.workspace.with(Option::is_some) {
                view! { <button type="button" id="export-backup" on:click=export>{t::DATA_EXPORT_BUTTON}</button> }.into_any()
            } else {
                view! { <p class="empty">{t::DATA_EXPORT_NONE}</p> }.into_any()
            }}
            {move || export_error.get().map(|e| view! { <p class="error-text" role="alert">{e}</p> })}
        </section>
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t::DATA_IMPORT_HEADING}</h2>
            <div class="field">
                <label for="import-file">{t::DATA_IMPORT_LABEL}</label>
                <p class="hint" id="import-hint">{t::DATA_IMPORT_HINT}</p>
                <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" on:change=on_file/>
            </div>
            {preview}
        </section>
        <SetAsideList/>
    }
}

#[component]
fn SetAsideList() -> impl IntoView {
    let state = expect_state();
    let confirming = RwSignal::new(None::<String>);
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
    let delete = move |key: &str| {
        let _ = storage::remove(key);
        confirming.set(None);
        state.storage_rev.update(|n| *n += 1);
    };
    view! {
        <section aria-labelledby="aside-heading">
            <h2 id="aside-heading">{t::DATA_SET_ASIDE_HEADING}</h2>
            <p>{t::DATA_SET_ASIDE_INTRO}</p>
            {move || {
                let list = items();
                if list.is_empty() {
                    return view! { <p class="empty">{t::DATA_SET_ASIDE_EMPTY}</p> }.into_any();
                }
                view! {
                    <table class="data-table" id="set-aside-table">
                        <caption class="visually-hidden">{t::DATA_SET_ASIDE_CAPTION}</caption>
                        <thead><tr>
                            <th scope="col">{t::DATA_COL_WHY}</th><th scope="col">{t::DATA_COL_WHEN}</th>
                            <th scope="col">{t::DATA_COL_SIZE}</th><th scope="col">{t::DATA_COL_ACTIONS}</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|(s, size)| {
                                let when = clock::local_datetime_label(s.at_ms);
                                let key = s.key.clone();
                                let key2 = s.key.clone();
                                let s2 = s.clone();
                                view! {
                                    <tr>
                                        <td>{t::set_aside_reason(s.reason)}</td>
                                        <td>{when.clone()}</td>
                                        <td>{t::size_label(size)}</td>
                                        <td class="row-actions">
                                            {move || if confirming.get().as_deref() == Some(key.as_str()) {
                                                let k = key.clone();
                                                view! {
                                                    <span>{t::data_delete_question(&when)}" "</span>
                                                    <button type="button" class="danger small" on:click=move |_| delete(&k)>{t::DATA_DELETE_CONFIRM}</button>
                                                    <button type="button" class="secondary small" on:click=move |_| confirming.set(None)>{t::DATA_DELETE_KEEP}</button>
                                                }.into_any()
                                            } else {
                                                let s3 = s2.clone();
                                                let k = key2.clone();
                                                view! {
                                                    <button type="button" class="secondary small" on:click=move |_| download_one(&s3)>{t::DATA_DOWNLOAD}</button>
                                                    <button type="button" class="danger small" on:click=move |_| confirming.set(Some(k.clone()))>{t::DATA_DELETE}</button>
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
