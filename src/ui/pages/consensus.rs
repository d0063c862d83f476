//! "/consensus": import rater files, see every rater's level per indicator with the spread and
//! a flag for disagreements, and record the agreed level with its rationale.

use crate::browser::{file, page};
use crate::ui::components::form::undo_note;
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::dom_id;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::{expect_state, AppState};
use crate::ui::store::ASSESSMENT;
use dew_domain::assessment::content::{Indicator, Level, AREAS};
use dew_domain::assessment::rater_file::{self, Checked, Context};
use dew_domain::assessment::wire::{level_from_wire, level_to_wire};
use dew_domain::assessment::{spread, ImportedRater, Merge};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ConsensusPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Consensus.title()>
            <p class="lead">{t::CONSENSUS_INTRO}</p>
            <RaterImport/>
            <RaterList/>
            <Agreements/>
        </WorkspacePage>
    }
}

/// A file waiting for the facilitator to confirm a cycle mismatch.
#[derive(Clone)]
struct Pending {
    file: String,
    checked: Checked,
}

fn merge(state: AppState, rater: ImportedRater) -> Option<Merge> {
    state.workspace.edit(ASSESSMENT, |a| a.merge_rater(rater))
}

fn merge_message(file: &str, name: &str, m: Merge) -> String {
    match m {
        Merge::Added => t::consensus_file_added(file, name),
        Merge::Replaced => t::consensus_file_replaced(file, name),
        Merge::KeptNewer => t::consensus_file_kept(file, name),
    }
}

#[component]
fn RaterImport() -> impl IntoView {
    let state = expect_state();
    let messages = RwSignal::new(Vec::<(bool, String)>::new());
    let pending = RwSignal::new(Vec::<Pending>::new());
    let on_files = move |ev: leptos::ev::Event| {
        let files = file::picked_files(&ev);
        file::clear_input(&ev);
        messages.set(Vec::new());
        spawn_local(async move {
            for f in files {
                let name = file::name(&f);
                let Some(ws) = state.workspace.get_untracked() else { return };
                let ctx =
                    Context { district: &ws.district, cycle: &ws.current_cycle().label, device_key: &ws.device_key };
                let outcome = match file::read_text(&f).await {
                    Err(e) => Err(e),
                    Ok(text) => rater_file::import(&text, &ctx).map_err(|e| t::rater_file_error(&e)),
                };
                match outcome {
                    Err(why) => messages.update(|m| m.push((false, t::consensus_file_failed(&name, &why)))),
                    Ok(c) if c.other_cycle.is_some() => pending.update(|p| p.push(Pending { file: name, checked: c })),
                    Ok(c) => {
                        let rater = c.rater.name.clone();
                        if let Some(m) = merge(state, c.rater) {
                            messages.update(|v| v.push((true, merge_message(&name, &rater, m))));
                        }
                    }
                }
            }
        });
    };
    let resolve = move |i: usize, accept: bool| {
        let Some(p) = pending.with_untracked(|v| v.get(i).cloned()) else { return };
        pending.update(|v| {
            v.remove(i);
        });
        if accept {
            let rater = p.checked.rater.name.clone();
            if let Some(m) = merge(state, p.checked.rater) {
                messages.update(|v| v.push((true, merge_message(&p.file, &rater, m))));
            }
        }
        page::focus("rater-files");
    };
    view! {
        <section aria-labelledby="import-raters-heading">
            <h2 id="import-raters-heading">{t::CONSENSUS_IMPORT_HEADING}</h2>
            <div class="field">
                <label for="rater-files">{t::CONSENSUS_IMPORT_LABEL}</label>
                <p class="hint" id="rater-files-hint">{t::CONSENSUS_IMPORT_HINT}</p>
                <input id="rater-files" type="file" multiple=true accept=".json,application/json" aria-describedby="rater-files-hint" on:change=on_files/>
            </div>
            <div role="status" id="rater-import-messages">
                {move || messages.get().into_iter().map(|(ok, m)| view! { <p class=if ok { "ok" } else { "error-text" }>{m}</p> }).collect_view()}
            </div>
            {move || pending.get().into_iter().enumerate().map(|(i, p)| {
                let ours = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().label.clone())).unwrap_or_default();
                let theirs = p.checked.other_cycle.clone().unwrap_or_default();
                view! {
                    <div class="warning confirm" role="alert">
                        <p>{t::consensus_other_cycle(&p.file, &p.checked.rater.name, &theirs, &ours)}</p>
                        <div class="actions">
                            <button type="button" on:click=move |_| resolve(i, true)>{t::CONSENSUS_IMPORT_ANYWAY}</button>
                            <button type="button" class="secondary" on:click=move |_| resolve(i, false)>{t::CONSENSUS_SKIP}</button>
                        </div>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

#[component]
fn RaterList() -> impl IntoView {
    let state = expect_state();
    let removed = RwSignal::new(None::<ImportedRater>);
    let raters = Memo::new(move |_| state.workspace.read(ASSESSMENT, |a| a.raters.clone()).unwrap_or_default());
    let own_rated =
        move || state.workspace.read(ASSESSMENT, |a| a.own.values().filter(|r| r.is_rated()).count()).unwrap_or(0);
    let remove = move |key: String| {
        let out = state.workspace.edit(ASSESSMENT, |a| a.remove_rater(&key)).flatten();
        if out.is_some() {
            removed.set(out);
            page::focus("undo-rater");
        }
    };
    let undo = move || {
        if let Some(r) = removed.get_untracked() {
            merge(state, r);
            removed.set(None);
        }
    };
    view! {
        <section aria-labelledby="raters-heading">
            <h2 id="raters-heading">{t::CONSENSUS_RATERS_HEADING}</h2>
            <div role="status" class="status">
                {move || removed.get().map(|r| view! {
                    <p>{undo_note(t::consensus_removed(&r.name), "undo-rater", t::CONSENSUS_UNDO, undo)}</p>
                })}
            </div>
            {move || raters.with(Vec::is_empty).then(|| view! { <p class="empty">{t::CONSENSUS_NO_RATERS}</p> })}
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::CONSENSUS_RATERS_REGION>
            <table class="data-table" id="raters-table">
                <caption class="visually-hidden">{t::CONSENSUS_RATERS_HEADING}</caption>
                <thead><tr>
                    <th scope="col">{t::CONSENSUS_COL_RATER}</th><th scope="col">{t::CONSENSUS_COL_ROLE}</th>
                    <th scope="col">{t::CONSENSUS_COL_RATED}</th><th scope="col">{t::CONSENSUS_COL_EXPORTED}</th>
                    <th scope="col">{t::CONSENSUS_COL_ACTIONS}</th>
                </tr></thead>
                <tbody>
                    <tr><td>{t::CONSENSUS_YOU}</td><td>{t::RESULTS_NONE}</td><td>{own_rated}</td><td>{t::RESULTS_NONE}</td><td></td></tr>
                    {move || raters.get().into_iter().map(|r| {
                        let key = r.key.clone();
                        let rated = r.ratings.values().filter(|x| x.is_rated()).count();
                        view! {
                            <tr>
                                <td>{r.name.clone()}</td>
                                <td>{t::role_label(r.role)}</td>
                                <td>{rated}</td>
                                <td>{r.exported_at.clone()}</td>
                                <td><button type="button" class="danger small" aria-label=t::consensus_remove_label(&r.name)
                                    on:click=move |_| remove(key.clone())>{t::CONSENSUS_REMOVE}</button></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}

#[component]
fn Agreements() -> impl IntoView {
    let only_disagreements = RwSignal::new(false);
    view! {
        <section aria-labelledby="agree-heading">
            <h2 id="agree-heading">{t::CONSENSUS_AGREE_HEADING}</h2>
            <div class="check">
                <input type="checkbox" id="only-disagreements" bind:checked=only_disagreements/>
                <label for="only-disagreements">{t::CONSENSUS_ONLY_DISAGREEMENTS}</label>
            </div>
            {AREAS.iter().map(|area| view! {
                <h3>{area.name}</h3>
                {area.indicators.iter().map(|ind| view! { <AgreementCard indicator=ind only_disagreements=only_disagreements/> }).collect_view()}
            }).collect_view()}
        </section>
    }
}

#[component]
fn AgreementCard(indicator: &'static Indicator, only_disagreements: RwSignal<bool>) -> impl IntoView {
    let state = expect_state();
    let id = indicator.id;
    let d = dom_id(id);
    // (rater name or None for this device, level or None for "not yet known")
    let levels = Memo::new(move |_| {
        state
            .workspace
            .read(ASSESSMENT, |a| {
                a.levels_for(id).into_iter().map(|(r, l)| (r.map(|r| r.name.clone()), l)).collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let agreed = Memo::new(move |_| state.workspace.read(ASSESSMENT, |a| a.consensus.get(id).cloned()).flatten());
    let sp = Memo::new(move |_| levels.with(|v| spread(v.iter().filter_map(|(_, l)| *l))));
    let disagree = move || sp.get().is_some_and(|(_, _, flag)| flag);
    let initial = agreed.get_untracked();
    let level = RwSignal::new(initial.as_ref().map(|c| level_to_wire(c.level).to_string()).unwrap_or_default());
    let rationale = RwSignal::new(initial.map(|c| c.rationale).unwrap_or_default());
    let error = RwSignal::new(false);
    let (level_id, why_id) = (format!("agree-{d}"), format!("why-{d}"));
    // The level just removed, so the removal can be undone.
    let cleared = RwSignal::new(None::<dew_domain::assessment::Consensus>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(l) = level_from_wire(&level.get_untracked()) else {
            error.set(true);
            return;
        };
        error.set(false);
        cleared.set(None);
        let why = rationale.get_untracked();
        state.workspace.edit(ASSESSMENT, |a| a.set_consensus(id, l, &why));
    };
    let clear = move |_| {
        cleared.set(state.workspace.edit(ASSESSMENT, |a| a.clear_consensus(id)).flatten());
        level.set(String::new());
        rationale.set(String::new());
        crate::browser::page::focus(&format!("undo-agree-{}", dom_id(id)));
    };
    let undo = move |_| {
        if let Some(c) = cleared.get_untracked() {
            state.workspace.edit(ASSESSMENT, |a| a.set_consensus(id, c.level, &c.rationale));
            level.set(level_to_wire(c.level).to_string());
            rationale.set(c.rationale);
            cleared.set(None);
        }
    };
    view! {
        <article class="card agreement" id=format!("agree-card-{d}") class:disagree=disagree
            hidden=move || only_disagreements.get() && !disagree()>
            <h4>{indicator.statement}</h4>
            {move || match sp.get() {
                None => view! { <p class="empty">{t::CONSENSUS_NO_LEVELS}</p> }.into_any(),
                Some((lo, hi, flag)) => view! {
                    <p class="spread">{t::consensus_spread(lo, hi)}</p>
                    {flag.then(|| view! { <p class="flag"><strong>{t::CONSENSUS_DISAGREE}</strong></p> })}
                }.into_any(),
            }}
            {move || (!levels.with(Vec::is_empty)).then(|| view! {
                <table class="data-table compact">
                    <caption class="visually-hidden">{t::CONSENSUS_LEVELS_CAPTION}</caption>
                    <thead><tr><th scope="col">{t::CONSENSUS_COL_RATER}</th><th scope="col">{t::CONSENSUS_COL_LEVEL}</th></tr></thead>
                    <tbody>
                        {levels.get().into_iter().map(|(who, l)| view! {
                            <tr>
                                <td>{who.unwrap_or_else(|| t::CONSENSUS_YOU.to_string())}</td>
                                <td>{l.map_or(t::CONSENSUS_NOT_YET_KNOWN, t::level_name)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {move || cleared.get().map(|c| view! {
                <p role="status">{t::consensus_cleared(c.level)}" "
                    <button type="button" class="secondary small" id=format!("undo-agree-{}", dom_id(id)) on:click=undo>{t::CONSENSUS_UNDO}</button></p>
            })}
            {move || agreed.get().map(|c| view! {
                <p class="ok agreed">{t::consensus_recorded(c.level)}{(!c.rationale.is_empty()).then(|| format!(" — {}", c.rationale))}</p>
            })}
            <form class="inline-form" on:submit=save novalidate=true>
                <div class="field">
                    <label for=level_id.clone()>{t::CONSENSUS_AGREED_LABEL}</label>
                    {move || error.get().then(|| view! { <p class="error-text" id=format!("agree-err-{}", dom_id(id))>{t::CONSENSUS_LEVEL_REQUIRED}</p> })}
                    <select id=level_id prop:value=move || level.get() on:change=move |ev| level.set(event_target_value(&ev))
                        aria-describedby=move || error.get().then(|| format!("agree-err-{}", dom_id(id)))>
                        <option value="">{t::CONSENSUS_CHOOSE_LEVEL}</option>
                        {Level::ALL.into_iter().map(|l| view! { <option value=level_to_wire(l)>{t::level_name(l)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=why_id.clone()>{t::CONSENSUS_RATIONALE_LABEL}</label>
                    <input type="text" id=why_id bind:value=rationale/>
                </div>
                <div class="actions">
                    <button type="submit">{t::CONSENSUS_SAVE}</button>
                    {move || agreed.with(Option::is_some).then(|| view! {
                        <button type="button" class="secondary" on:click=clear>{t::CONSENSUS_CLEAR}</button>
                    })}
                </div>
            </form>
        </article>
    }
}
