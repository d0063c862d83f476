//! "/assessment?area=<id>": rate one area's indicators (current level with the descriptors,
//! target, evidence, next step), with progress per area and a jump to the next unrated one.

use crate::browser::{clock, download, page};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::dom_id;
use crate::ui::i18n as t;
use crate::ui::routes::{self, assess_area, Page};
use crate::ui::state::{expect_state, AppState};
use crate::ui::store::ASSESSMENT;
use dew_domain::assessment::content::{Area, Indicator, Level, AREAS};
use dew_domain::assessment::rater_file::{self, Context};
use dew_domain::assessment::rating::{area_progress, next_unrated, overall_progress, Current, Rating, Step};
use dew_domain::team::Role;
use dew_domain::workspace::RaterProfile;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

fn own_rating(state: AppState, id: &str) -> Option<Rating> {
    state.workspace.read(ASSESSMENT, |a| a.own.get(id).cloned()).flatten()
}

/// Changes this device's rating of one indicator; an emptied rating is removed.
fn edit_rating(state: AppState, id: &str, f: impl FnOnce(&mut Rating)) {
    state.workspace.edit(ASSESSMENT, |a| {
        let own = &mut a.own;
        let r = own.entry(id.to_string()).or_default();
        f(r);
        if r.is_empty() {
            own.remove(id);
        }
    });
}

#[component]
pub fn AssessPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Assess.title()>
            <Assessment/>
        </WorkspacePage>
    }
}

#[component]
fn Assessment() -> impl IntoView {
    let state = expect_state();
    let query = use_query_map();
    let area_id = Memo::new(move |_| {
        let wanted = query.with(|q| q.get("area"));
        AREAS.iter().find(|a| Some(a.id) == wanted.as_deref()).unwrap_or(&AREAS[0]).id
    });
    let own = Memo::new(move |_| state.workspace.read(ASSESSMENT, |a| a.own.clone()).unwrap_or_default());
    let navigate = use_navigate();
    let go_next = move |_| {
        let current_area = area_id.get_untracked();
        let after = AREAS
            .iter()
            .find(|a| a.id == current_area)
            .and_then(|a| {
                a.indicators.iter().rev().find(|i| own.with_untracked(|o| o.get(i.id).is_some_and(Rating::is_rated)))
            })
            .map(|i| i.id);
        if let Some(id) = own.with_untracked(|o| next_unrated(o, after)) {
            let area = id.split('.').next().unwrap_or_default();
            navigate(&assess_area(area, Some(id)), routes::exact());
            page::focus(&format!("cur-{}-0", dom_id(id)));
        }
    };
    let overall = move || own.with(overall_progress);
    view! {
        <p class="lead">{t::ASSESS_INTRO}</p>
        <div class="progress-bar-line">
            <p class="overall" id="overall-progress">{move || { let (r, n) = overall(); t::assess_overall(r, n) }}</p>
            {move || if overall().0 < overall().1 {
                view! { <button type="button" class="secondary" id="next-unrated" on:click=go_next.clone()>{t::ASSESS_NEXT_UNRATED}</button> }.into_any()
            } else {
                view! { <p class="ok">{t::ASSESS_ALL_RATED}</p> }.into_any()
            }}
        </div>
        <nav aria-label=t::ASSESS_AREAS class="area-nav">
            <ol>
                {AREAS.iter().map(|a| {
                    let id = a.id;
                    view! {
                        <li>
                            <a href=assess_area(id, None) aria-current=move || (area_id.get() == id).then_some("page")>{a.name}</a>
                            <span class="area-progress">{move || { let (r, n) = own.with(|o| area_progress(a, o)); t::rated_of(r, n) }}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
        {move || {
            // Rendered once per area (and after a wholesale replace), so typing in a field
            // never re-creates it; each control reads its own value reactively.
            state.workspace.track_replaced();
            let area = AREAS.iter().find(|a| a.id == area_id.get()).unwrap_or(&AREAS[0]);
            view! { <AreaRatings area=area/> }
        }}
        <RaterExport/>
    }
}

#[component]
fn AreaRatings(area: &'static Area) -> impl IntoView {
    let n = area.indicators.len();
    view! {
        <section class="area" aria-labelledby="area-heading">
            <h2 id="area-heading">{area.name}</h2>
            <p>{area.summary}</p>
            {area.indicators.iter().enumerate().map(|(k, ind)| view! { <IndicatorCard indicator=ind number=k + 1 total=n/> }).collect_view()}
        </section>
    }
}

#[component]
fn IndicatorCard(indicator: &'static Indicator, number: usize, total: usize) -> impl IntoView {
    let state = expect_state();
    let id = indicator.id;
    let d = dom_id(id);
    let rating = Memo::new(move |_| own_rating(state, id).unwrap_or_default());
    let initial = rating.get_untracked();
    let divides = indicator.divides.iter().map(|x| t::divide_name(*x)).collect::<Vec<_>>().join(", ");

    let current_options = Level::ALL
        .into_iter()
        .enumerate()
        .map(|(k, level)| {
            let input_id = format!("cur-{d}-{k}");
            let desc_id = format!("cur-{d}-{k}-desc");
            view! {
                <div class="level-option">
                    <input type="radio" id=input_id.clone() name=format!("cur-{d}")
                        prop:checked=move || rating.with(|r| r.current == Some(Current::Known(level)))
                        on:change=move |_| edit_rating(state, id, |r| r.current = Some(Current::Known(level)))/>
                    <label for=input_id>
                        <span class="level-name">{t::level_name(level)}</span>
                        <span class="level-desc" id=desc_id>{indicator.descriptors[k]}</span>
                    </label>
                </div>
            }
        })
        .collect_view();

    let target_options = Level::ALL
        .into_iter()
        .enumerate()
        .map(|(k, level)| {
            let input_id = format!("tgt-{d}-{k}");
            view! {
                <span class="inline-option">
                    <input type="radio" id=input_id.clone() name=format!("tgt-{d}")
                        prop:checked=move || rating.with(|r| r.target == Some(level))
                        on:change=move |_| edit_rating(state, id, |r| r.target = Some(level))/>
                    <label for=input_id>{t::level_name(level)}</label>
                </span>
            }
        })
        .collect_view();

    let step_options = Step::ALL
        .into_iter()
        .enumerate()
        .map(|(k, step)| {
            let input_id = format!("step-{d}-{k}");
            view! {
                <span class="inline-option">
                    <input type="radio" id=input_id.clone() name=format!("step-{d}")
                        prop:checked=move || rating.with(|r| r.step == Some(step))
                        on:change=move |_| edit_rating(state, id, |r| r.step = Some(step))/>
                    <label for=input_id>{t::step_name(step)}</label>
                </span>
            }
        })
        .collect_view();

    view! {
        <article class="indicator card" id=format!("ind-{id}") aria-labelledby=format!("stmt-{d}")>
            <p class="hint">{t::indicator_number(number, total)}</p>
            <h3 id=format!("stmt-{d}")>{indicator.statement}</h3>
            <p class="hint">{t::ASSESS_DIVIDES}": "{divides}</p>
            <fieldset class="levels">
                <legend>{t::ASSESS_CURRENT_LEGEND}</legend>
                {current_options}
                <div class="level-option">
                    <input type="radio" id=format!("cur-{d}-nyk") name=format!("cur-{d}")
                        prop:checked=move || rating.with(|r| r.current == Some(Current::NotYetKnown))
                        on:change=move |_| edit_rating(state, id, |r| r.current = Some(Current::NotYetKnown))/>
                    <label for=format!("cur-{d}-nyk")>
                        <span class="level-name">{t::ASSESS_NOT_YET_KNOWN}</span>
                        <span class="level-desc">{t::ASSESS_NOT_YET_KNOWN_HINT}</span>
                    </label>
                </div>
            </fieldset>
            <fieldset class="inline-group">
                <legend>{t::ASSESS_TARGET_LEGEND}</legend>
                {target_options}
            </fieldset>
            <div class="field">
                <label for=format!("ev-{d}")>{t::ASSESS_EVIDENCE_LABEL}</label>
                <textarea id=format!("ev-{d}") rows="2" prop:value=initial.evidence.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); edit_rating(state, id, |r| r.evidence = v) }></textarea>
                <details class="evidence-hints">
                    <summary>{t::ASSESS_EVIDENCE_SUGGESTED}</summary>
                    <ul>{indicator.evidence.iter().map(|e| view! { <li>{*e}</li> }).collect_view()}</ul>
                </details>
            </div>
            <fieldset class="inline-group">
                <legend>{t::ASSESS_STEP_LEGEND}</legend>
                {step_options}
            </fieldset>
            <div class="field">
                <label for=format!("stepnote-{d}")>{t::ASSESS_STEP_NOTE_LABEL}</label>
                <input type="text" id=format!("stepnote-{d}") prop:value=initial.step_note.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); edit_rating(state, id, |r| r.step_note = v) }/>
            </div>
        </article>
    }
}

#[component]
fn RaterExport() -> impl IntoView {
    let state = expect_state();
    let profile = state.workspace.with_untracked(|w| w.as_ref().and_then(|ws| ws.rater_profile.clone()));
    let name = RwSignal::new(profile.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let role = RwSignal::new(profile.map(|p| p.role.as_wire().to_string()).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, r) = (name.get_untracked(), Role::from_wire(&role.get_untracked()));
        let Some(role) = r else {
            error.set(Some(t::TEAM_ROLE_REQUIRED));
            page::focus("rater-role");
            return;
        };
        if n.trim().is_empty() {
            error.set(Some(t::RATER_NAME_REQUIRED));
            page::focus("rater-name");
            return;
        }
        let Some(ws) = state.workspace.get_untracked() else { return };
        let own = &ws.current_cycle().assessment.own;
        if !own.values().any(Rating::is_rated) {
            error.set(Some(t::RATER_NOTHING_RATED));
            return;
        }
        error.set(None);
        let ctx = Context { district: &ws.district, cycle: &ws.current_cycle().label, device_key: &ws.device_key };
        let text = rater_file::export(&ctx, &n, role, own, &clock::now_iso());
        let (date, _, _) = clock::local_date();
        if download::download_text(&rater_file::file_name(&n, &ws.district, &date), "application/json", &text).is_err()
        {
            error.set(Some(t::DATA_DOWNLOAD_FAILED));
        }
        let profile = RaterProfile { name: n.trim().to_string(), role };
        if ws.rater_profile.as_ref() != Some(&profile) {
            state.workspace.update(|w| {
                if let Some(ws) = w {
                    ws.rater_profile = Some(profile);
                }
            });
        }
    };
    view! {
        <section class="card" aria-labelledby="rater-export-heading">
            <h2 id="rater-export-heading">{t::RATER_EXPORT_HEADING}</h2>
            <p>{t::RATER_EXPORT_TEXT}</p>
            <form on:submit=export novalidate=true>
                {move || error.get().map(|e| view! { <p class="error-text" role="alert" id="rater-export-error">{e}</p> })}
                <div class="field">
                    <label for="rater-name">{t::RATER_NAME_LABEL}</label>
                    <input id="rater-name" type="text" bind:value=name autocomplete="name"/>
                </div>
                <div class="field">
                    <label for="rater-role">{t::RATER_ROLE_LABEL}</label>
                    <select id="rater-role" prop:value=move || role.get() on:change=move |ev| role.set(event_target_value(&ev))>
                        <option value="">{t::TEAM_ROLE_CHOOSE}</option>
                        {Role::ALL.into_iter().map(|r| view! { <option value=r.as_wire()>{t::role_label(r)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" id="export-rater-file">{t::RATER_EXPORT_BUTTON}</button>
            </form>
        </section>
    }
}
