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

mod raters;

use raters::{RaterImport, RaterList};

#[component]
pub fn ConsensusPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Consensus.title()>
            <p class="lead">{t::consensus_intro()}</p>
            <RaterImport/>
            <RaterList/>
            <Agreements/>
        </WorkspacePage>
    }
}

#[component]
fn Agreements() -> impl IntoView {
    let only_disagreements = RwSignal::new(false);
    view! {
        <section aria-labelledby="agree-heading">
            <h2 id="agree-heading">{t::consensus_agree_heading()}</h2>
            <div class="check">
                <input type="checkbox" id="only-disagreements" bind:checked=only_disagreements/>
                <label for="only-disagreements">{t::consensus_only_disagreements()}</label>
            </div>
            {AREAS.iter().map(|area| view! {
                <h3>{t::area_name(area)}</h3>
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
            <h4>{t::indicator_statement(indicator)}</h4>
            {move || match sp.get() {
                None => view! { <p class="empty">{t::consensus_no_levels()}</p> }.into_any(),
                Some((lo, hi, flag)) => view! {
                    <p class="spread">{t::consensus_spread(lo, hi)}</p>
                    {flag.then(|| view! { <p class="flag"><strong>{t::consensus_disagree()}</strong></p> })}
                }.into_any(),
            }}
            {move || (!levels.with(Vec::is_empty)).then(|| view! {
                <table class="data-table compact">
                    <caption class="visually-hidden">{t::consensus_levels_caption()}</caption>
                    <thead><tr><th scope="col">{t::consensus_col_rater()}</th><th scope="col">{t::consensus_col_level()}</th></tr></thead>
                    <tbody>
                        {levels.get().into_iter().map(|(who, l)| view! {
                            <tr>
                                <td>{who.unwrap_or_else(|| t::consensus_you().to_string())}</td>
                                <td>{l.map_or(t::consensus_not_yet_known(), t::level_name)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {move || cleared.get().map(|c| view! {
                <p role="status">{t::consensus_cleared(c.level)}" "
                    <button type="button" class="secondary small" id=format!("undo-agree-{}", dom_id(id)) on:click=undo>{t::consensus_undo()}</button></p>
            })}
            {move || agreed.get().map(|c| view! {
                <p class="ok agreed">{t::consensus_recorded(c.level)}{(!c.rationale.is_empty()).then(|| format!(" — {}", c.rationale))}</p>
            })}
            <form class="inline-form" on:submit=save novalidate=true>
                <div class="field">
                    <label for=level_id.clone()>{t::consensus_agreed_label()}</label>
                    {move || error.get().then(|| view! { <p class="error-text" id=format!("agree-err-{}", dom_id(id))>{t::consensus_level_required()}</p> })}
                    <select id=level_id prop:value=move || level.get() on:change=move |ev| level.set(event_target_value(&ev))
                        aria-describedby=move || error.get().then(|| format!("agree-err-{}", dom_id(id)))>
                        <option value="">{t::consensus_choose_level()}</option>
                        {Level::ALL.into_iter().map(|l| view! { <option value=level_to_wire(l)>{t::level_name(l)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=why_id.clone()>{t::consensus_rationale_label()}</label>
                    <input type="text" id=why_id bind:value=rationale/>
                </div>
                <div class="actions">
                    <button type="submit">{t::consensus_save()}</button>
                    {move || agreed.with(Option::is_some).then(|| view! {
                        <button type="button" class="secondary" on:click=clear>{t::consensus_clear()}</button>
                    })}
                </div>
            </form>
        </article>
    }
}
