//! The Data page's backup import, on the import flow every file import follows
//! (`dew_domain::import_flow`): pick a backup, see what it holds, then replace the open
//! workspace with it or merge the two, section by section. What is replaced is set aside first.

use crate::ui::flows::import_picked_file;
use crate::ui::i18n as t;
use crate::ui::state::{expect_state, AppState};
use dew_domain::import_flow::{ImportFlow, Problems, Step};
use dew_domain::merge::{has_conflicts, merge, preview as merge_preview, CyclePreview, MergeSection, Side};
use dew_domain::schema::{decode, summarize, Decoded, Summary};
use dew_domain::stored::SetAsideReason;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// A backup read and waiting for the person's choice; nothing to undo once applied (what it
/// replaced is set aside, and the list of copies below offers it back).
type Flow = ImportFlow<Box<Decoded>, ()>;

/// What the import shows now (drawn from the flow without copying the backup).
enum Shown {
    Nothing,
    Reading,
    Failed(String),
    Done(String),
    Summary { file: String, summary: Box<Summary> },
    Merge(Vec<CyclePreview>),
}

/// The backup picker and what it shows: the backup's summary, the merge being prepared, the
/// problem that stopped it, or what was done.
#[component]
pub fn RestoreBackup() -> impl IntoView {
    let state = expect_state();
    let flow = RwSignal::new(Flow::default());
    // A merge being prepared for the backup read: what it would do, per cycle and section, and
    // which side each conflicting section keeps.
    let merging = RwSignal::new(None::<Vec<CyclePreview>>);
    let choices = RwSignal::new(BTreeMap::<MergeSection, Side>::new());
    // Applying failed (the open workspace could not be set aside): the backup stays offered.
    let apply_error = RwSignal::new(None::<String>);

    let on_file = move |ev: leptos::ev::Event| {
        merging.set(None);
        apply_error.set(None);
        import_picked_file(flow, &ev, |_, _, text| async move {
            Some(decode(&text).map(Box::new).map_err(|e| Problems::one(t::schema_error(&e))))
        });
    };
    let cancel = move || {
        merging.set(None);
        flow.update(|f| {
            f.cancel();
            f.applied(t::data_import_cancelled().to_string(), None);
        });
    };
    let start_merge = move || {
        let p = flow.with_untracked(|f| match f.step() {
            Step::Ready { preview, .. } => {
                state.workspace.with_untracked(|w| w.as_ref().map(|ws| merge_preview(ws, &preview.workspace)))
            }
            _ => None,
        });
        if p.is_some() {
            choices.set(BTreeMap::new());
            merging.set(p);
            crate::browser::page::focus("merge-heading");
        }
    };
    let apply = move |merged: bool| {
        let Some((file, decoded)) = flow.try_update(Flow::take_preview).flatten() else { return };
        match apply_backup(state, &decoded, merged.then(|| choices.get_untracked())) {
            Ok(message) => {
                merging.set(None);
                flow.update(|f| f.applied(message, None));
            }
            Err(e) => {
                apply_error.set(Some(e));
                flow.update(|f| f.offer(file, decoded));
            }
        }
    };
    let shown = move || {
        flow.with(|f| match f.step() {
            Step::Idle => Shown::Nothing,
            Step::Reading { .. } => Shown::Reading,
            Step::Failed { file, problems } => Shown::Failed(t::data_import_failed(file, &problems.listed.join(" "))),
            Step::Done { message, .. } => Shown::Done(message.clone()),
            Step::Ready { file, preview } => match merging.get() {
                Some(p) => Shown::Merge(p),
                None => Shown::Summary { file: file.clone(), summary: Box::new(summarize(preview)) },
            },
        })
    };
    view! {
        <div class="field">
            <label for="import-file">{t::data_import_label()}</label>
            <p class="hint" id="import-hint">{t::data_import_hint()}</p>
            <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" on:change=on_file/>
        </div>
        {move || apply_error.get().map(|e| view! { <p class="error-text" role="alert" id="import-error">{e}</p> })}
        {move || match shown() {
            Shown::Nothing => ().into_any(),
            Shown::Reading => view! { <p role="status">{t::data_reading()}</p> }.into_any(),
            Shown::Failed(msg) => view! { <p class="error-text" role="alert" id="import-error">{msg}</p> }.into_any(),
            Shown::Done(msg) => view! { <p class="ok" role="status" id="import-done">{msg}</p> }.into_any(),
            Shown::Summary { file, summary } => {
                let current = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone()));
                summary_view(&file, &summary, current, move || apply(false), start_merge, cancel).into_any()
            }
            Shown::Merge(preview) => merge_view(&preview, choices, move || apply(true), cancel).into_any(),
        }}
    }
}

/// Replaces the open workspace with the backup, or (with the choices of a merge) with the two
/// merged; the open one is set aside first. What was done, or why nothing was.
fn apply_backup(
    state: AppState,
    decoded: &Decoded,
    merge_choices: Option<BTreeMap<MergeSection, Side>>,
) -> Result<String, String> {
    let (ws, reason, message) = match merge_choices {
        None => {
            (decoded.workspace.clone(), SetAsideReason::ReplacedByImport, t::data_restored(&decoded.workspace.district))
        }
        Some(chosen) => {
            let merged = state.workspace.with_untracked(|w| {
                w.as_ref().map(|ws| (t::data_merged(&ws.district), merge(ws, &decoded.workspace, &chosen)))
            });
            let Some((message, merged)) = merged else { return Err(t::lock_no_workspace().to_string()) };
            (merged, SetAsideReason::BeforeMerge, message)
        }
    };
    state.replace_workspace(ws, reason).map(|()| message).map_err(|e| t::storage_error(&e))
}

/// What the backup holds, and the choice: replace, merge (with a workspace open) or cancel.
fn summary_view(
    file: &str,
    s: &Summary,
    current: Option<String>,
    replace: impl Fn() + 'static,
    start_merge: impl Fn() + 'static,
    cancel: impl Fn() + Copy + 'static,
) -> impl IntoView {
    view! {
        <section class="preview card" aria-labelledby="preview-heading" id="import-preview">
            <h3 id="preview-heading">{t::data_preview_heading()}" ("{file.to_string()}")"</h3>
            <dl>
                <dt>{t::data_preview_district()}</dt><dd>{s.district.clone()}{s.sample.then_some(" — ").map(|d| format!("{d}{}", t::sample_badge()))}</dd>
                <dt>{t::data_preview_saved()}</dt><dd>{if s.saved_at.is_empty() { t::data_preview_unknown_date().to_string() } else { crate::browser::clock::iso_label(&s.saved_at) }}</dd>
                <dt>{t::data_preview_cycles()}</dt>
                <dd><ul>{s.cycles.iter().map(|(l, n)| view! { <li>{t::data_cycle_line(l, *n)}</li> }).collect_view()}</ul></dd>
                <dt>{t::data_preview_schema()}</dt><dd>{s.schema}</dd>
            </dl>
            {current.as_ref().map(|c| view! { <p class="warning">{t::data_replace_warning(c)}</p> })}
            <div class="actions">
                <button type="button" id="confirm-import" on:click=move |_| replace()>
                    {if current.is_some() { t::data_replace_confirm() } else { t::data_restore_confirm() }}
                </button>
                {current.is_some().then(|| view! { <button type="button" class="secondary" id="start-merge" on:click=move |_| start_merge()>{t::data_merge_confirm()}</button> })}
                <button type="button" class="secondary" on:click=move |_| cancel()>{t::data_import_cancel()}</button>
            </div>
        </section>
    }
}

/// What a merge would do, per cycle and section, and which side each conflicting section keeps.
fn merge_view(
    preview: &[CyclePreview],
    choices: RwSignal<BTreeMap<MergeSection, Side>>,
    apply: impl Fn() + 'static,
    cancel: impl Fn() + 'static,
) -> impl IntoView {
    let with_conflicts: Vec<MergeSection> =
        MergeSection::ALL.into_iter().filter(|s| has_conflicts(preview, *s)).collect();
    view! {
        <section class="preview card" aria-labelledby="merge-heading" id="merge-preview">
            <h3 id="merge-heading" tabindex="-1">{t::data_merge_heading()}</h3>
            <p>{t::data_merge_intro()}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(t::data_merge_heading())>
                <table class="data-table" id="merge-table">
                    <caption class="visually-hidden">{t::data_merge_heading()}</caption>
                    <thead><tr>
                        <th scope="col">{t::data_merge_col_cycle()}</th><th scope="col">{t::data_merge_col_section()}</th>
                        <th scope="col">{t::data_merge_col_added()}</th><th scope="col">{t::data_merge_col_same()}</th>
                        <th scope="col">{t::data_merge_col_conflicts()}</th>
                    </tr></thead>
                    <tbody>{preview.iter().flat_map(|c| {
                        let label = format!("{}{}", c.label, if c.new_cycle { format!(" {}", t::data_merge_new_cycle()) } else { String::new() });
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
            {with_conflicts.into_iter().map(|s| {
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
                <button type="button" id="confirm-merge" on:click=move |_| apply()>{t::data_merge_apply()}</button>
                <button type="button" class="secondary" on:click=move |_| cancel()>{t::data_import_cancel()}</button>
            </div>
        </section>
    }
}
