//! "/data": download a backup, restore one after a preview, and the set-aside copies.

use crate::browser::{clock, download, file, page, storage};
use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::{expect_state, LockStatus};
use dew_domain::lock::is_locked;
use dew_domain::merge::{has_conflicts, merge, preview as merge_preview, CyclePreview, MergeSection, Side};
use dew_domain::schema::{decode, summarize, Decoded};
use dew_domain::stored::{list_set_asides, set_aside_file_name, SetAside, SetAsideReason, KEY_PREFIX};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;

/// The import in progress.
#[derive(Clone)]
enum Import {
    Idle,
    Reading,
    Failed(String),
    Preview {
        file: String,
        decoded: Box<Decoded>,
    },
    /// A merge being prepared: what it would do, per cycle and section.
    Merge {
        decoded: Box<Decoded>,
        preview: Vec<CyclePreview>,
    },
    Done(String),
}

#[component]
pub fn DataPage() -> impl IntoView {
    use_page_title(Page::Data.title());
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

    let choices = RwSignal::new(BTreeMap::<MergeSection, Side>::new());
    let start_merge = move |_| {
        if let Import::Preview { decoded, .. } = import.get_untracked() {
            let p = state.workspace.with_untracked(|w| w.as_ref().map(|ws| merge_preview(ws, &decoded.workspace)));
            if let Some(preview) = p {
                choices.set(BTreeMap::new());
                import.set(Import::Merge { decoded, preview });
                page::focus("merge-heading");
            }
        }
    };
    let do_merge = move |_| {
        if let Import::Merge { decoded, .. } = import.get_untracked() {
            let merged = state.workspace.with_untracked(|w| {
                w.as_ref().map(|ws| (ws.district.clone(), merge(ws, &decoded.workspace, &choices.get_untracked())))
            });
            if let Some((district, merged)) = merged {
                match state.replace_workspace(merged, SetAsideReason::BeforeMerge) {
                    Ok(()) => import.set(Import::Done(t::data_merged(&district))),
                    Err(e) => import.set(Import::Failed(t::storage_error(&e))),
                }
            }
        }
    };

    let preview = move || match import.get() {
        Import::Merge { preview, .. } => {
            let sections_with_conflicts: Vec<MergeSection> =
                MergeSection::ALL.into_iter().filter(|s| has_conflicts(&preview, *s)).collect();
            view! {
                <section class="preview card" aria-labelledby="merge-heading" id="merge-preview">
                    <h3 id="merge-heading" tabindex="-1">{t::DATA_MERGE_HEADING}</h3>
                    <p>{t::DATA_MERGE_INTRO}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(t::DATA_MERGE_HEADING)>
                        <table class="data-table" id="merge-table">
                            <caption class="visually-hidden">{t::DATA_MERGE_HEADING}</caption>
                            <thead><tr>
                                <th scope="col">{t::DATA_MERGE_COL_CYCLE}</th><th scope="col">{t::DATA_MERGE_COL_SECTION}</th>
                                <th scope="col">{t::DATA_MERGE_COL_ADDED}</th><th scope="col">{t::DATA_MERGE_COL_SAME}</th>
                                <th scope="col">{t::DATA_MERGE_COL_CONFLICTS}</th>
                            </tr></thead>
                            <tbody>{preview.iter().flat_map(|c| {
                                let label = format!("{}{}", c.label, if c.new_cycle { format!(" {}", t::DATA_MERGE_NEW_CYCLE) } else { String::new() });
                                c.sections.iter().map(move |(s, n)| {
                                    let conflicts = if n.conflicts.is_empty() { "0".to_string() } else {
                                        format!("{}: {}", n.conflicts.len(), n.conflicts.iter().take(5).cloned().collect::<Vec<_>>().join("; "))
                                    };
                                    view! {
                                        <tr><th scope="row">{label.clone()}</th><td>{t::merge_section_name(*s)}</td>
                                            <td class="num">{n.added}</td><td class="num">{n.same}</td><td>{conflicts}</td></tr>
                                    }
                                }).collect::<Vec<_>>()
                            }).collect_view()}</tbody>
                        </table>
                    </div>
                    {sections_with_conflicts.into_iter().map(|s| {
                        let name = format!("merge-{}", format!("{s:?}").to_lowercase());
                        view! {
                            <fieldset class="inline-group">
                                <legend>{t::merge_choice_legend(t::merge_section_name(s))}</legend>
                                {[Side::Mine, Side::Theirs].into_iter().map(|side| {
                                    let id = format!("{name}-{}", format!("{side:?}").to_lowercase());
                                    view! {
                                        <span class="inline-option">
                                            <input type="radio" id=id.clone() name=name.clone() checked=side == Side::Mine
                                                on:change=move |_| choices.update(|c| { c.insert(s, side); })/>
                                            <label for=id>{t::merge_side_name(side)}</label>
                                        </span>
                                    }
                                }).collect_view()}
                            </fieldset>
                        }
                    }).collect_view()}
                    <div class="actions">
                        <button type="button" id="confirm-merge" on:click=do_merge>{t::DATA_MERGE_APPLY}</button>
                        <button type="button" class="secondary" on:click=move |_| import.set(Import::Done(t::DATA_IMPORT_CANCELLED.to_string()))>{t::DATA_IMPORT_CANCEL}</button>
                    </div>
                </section>
            }
            .into_any()
        }
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
                        {current.is_some().then(|| view! { <button type="button" class="secondary" id="start-merge" on:click=start_merge>{t::DATA_MERGE_CONFIRM}</button> })}
                        <button type="button" class="secondary" on:click=move |_| import.set(Import::Done(t::DATA_IMPORT_CANCELLED.to_string()))>{t::DATA_IMPORT_CANCEL}</button>
                    </div>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <h1>{Page::Data.title()}</h1>
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t::DATA_EXPORT_HEADING}</h2>
            <p>{t::DATA_EXPORT_TEXT}</p>
            {move || if state.workspace.is_open() {
                view! { <button type="button" id="export-backup" on:click=export>{t::DATA_EXPORT_BUTTON}</button> }.into_any()
            } else {
                view! { <p class="empty">{t::DATA_EXPORT_NONE}</p> }.into_any()
            }}
            {move || export_error.get().map(|e| view! { <p class="error-text" role="alert">{e}</p> })}
        </section>
        <LinkedFile/>
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

/// The linked backup file: link one, see when it was last written and checked, stop linking.
#[component]
fn LinkedFile() -> impl IntoView {
    use crate::ui::linked_backup::{self, Linked};
    let state = expect_state();
    let status = linked_backup::status();
    let error = RwSignal::new(None::<String>);
    let choose = move |_| {
        error.set(None);
        let district = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone())).unwrap_or_default();
        let name = dew_domain::stored::backup_file_name(&district, "linked");
        spawn_local(async move {
            if let Err(e) = linked_backup::link(state, name, t::LINKED_FILE_TYPE).await {
                // Closing the picker is not a failure.
                if crate::browser::linked_file::error_name(&e) != "AbortError" {
                    error.set(Some(t::linked_choose_failed(&e)));
                }
            }
        });
    };
    let text = move || match status.get() {
        Linked::Unsupported => t::LINKED_UNSUPPORTED.to_string(),
        Linked::Looking => t::LINKED_LOOKING.to_string(),
        Linked::NotLinked => t::LINKED_NONE.to_string(),
        Linked::Linked(n) => t::linked_linked(&n),
        Linked::NeedsPermission(n) => t::linked_needs_permission(&n),
        Linked::Writing(n) => t::linked_writing(&n),
        Linked::Written(n, at) => t::linked_written(&n, &at),
        Linked::Failed(n, why) => t::linked_failed(&n, &why),
    };
    let linked = move || linked_backup::linked_name().is_some();
    view! {
        <section aria-labelledby="linked-heading">
            <h2 id="linked-heading">{t::LINKED_HEADING}</h2>
            <p>{t::LINKED_INTRO}</p>
            <p id="linked-status" role="status">{text}</p>
            {move || (status.get() != Linked::Unsupported && state.workspace.is_open()).then(|| view! {
                <div class="actions">
                    <button type="button" id="linked-choose" on:click=choose>{t::LINKED_CHOOSE}</button>
                    {move || matches!(status.get(), Linked::NeedsPermission(_)).then(|| view! {
                        <button type="button" on:click=move |_| spawn_local(crate::ui::linked_backup::allow(state))>{t::LINKED_ALLOW}</button>
                    })}
                    {move || linked().then(|| view! {
                        <button type="button" class="secondary" id="linked-stop" on:click=move |_| spawn_local(crate::ui::linked_backup::unlink())>{t::LINKED_STOP}</button>
                    })}
                </div>
            })}
            {move || error.get().map(|e| view! { <p class="error-text" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn SetAsideList() -> impl IntoView {
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
                Err(e) => e,
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
            <h2 id="aside-heading">{t::DATA_SET_ASIDE_HEADING}</h2>
            <p>{t::DATA_SET_ASIDE_INTRO}</p>
            <p role="status" id="restore-status">{move || restored.get()}</p>
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
                                                    <button type="button" class="small" on:click=move |_| restore(&k, &w)>{t::DATA_RESTORE_YES}</button>
                                                    <button type="button" class="secondary small" on:click=move |_| restoring.set(None)>{t::DATA_DELETE_KEEP}</button>
                                                }.into_any()
                                            } else if confirming.get().as_deref() == Some(key.as_str()) {
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
                                                    {restorable.then(|| { let k2 = k.clone(); view! { <button type="button" class="secondary small" on:click=move |_| restoring.set(Some(k2.clone()))>{t::DATA_RESTORE}</button> } })}
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
