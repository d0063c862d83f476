//! "/reflect": the reflection prompts for one area, saved as you type, next to the area's
//! ratings and the divide findings for its divides.

use crate::ui::components::findings::{sentence, use_analysis};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use crate::ui::store::REFLECTIONS;
use dew_domain::assessment::content::{Divide, AREAS};
use dew_domain::assessment::results::standing;
use dew_domain::divides::findings::findings;
use dew_domain::plan::{answered, set_reflection, Prompt};
use leptos::prelude::*;

/// How many findings the evidence column lists.
const FINDINGS_SHOWN: usize = 5;

#[component]
pub fn ReflectPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Reflect.title()>
            <Reflect/>
        </WorkspacePage>
    }
}

#[component]
fn Reflect() -> impl IntoView {
    let state = expect_state();
    let (data, analysis) = use_analysis(state);
    let area = RwSignal::new(AREAS[0].id.to_string());
    let count = move |id: &str| state.workspace.read(REFLECTIONS, |r| answered(r, id)).unwrap_or(0);
    view! {
        <p class="lead">{t::reflect_intro()}</p>
        <div class="field">
            <label for="reflect-area">{t::reflect_area()}</label>
            <select id="reflect-area" on:change=move |ev| area.set(event_target_value(&ev))>
                {AREAS.iter().map(|a| view! { <option value=a.id>{t::area_name(a)}" — "{move || t::reflect_answered(count(a.id), Prompt::ALL.len())}</option> }).collect_view()}
            </select>
        </div>
        {move || {
            let id = area.get();
            let Some(a) = AREAS.iter().find(|a| a.id == id) else { return ().into_any() };
            let answers = state.workspace.with_untracked(|w| {
                w.as_ref().and_then(|ws| ws.current_cycle().reflections.get(a.id).cloned()).unwrap_or_default()
            });
            let ratings: Vec<(&'static str, String)> = state.workspace.with_untracked(|w| {
                w.as_ref().map(|ws| a.indicators.iter().map(|i| {
                    let s = standing(&ws.current_cycle().assessment, a, i);
                    (t::indicator_statement(i), s.level.map(|(l, _)| t::level_name(l).to_string()).unwrap_or_else(|| t::reflect_no_level().into()))
                }).collect()).unwrap_or_default()
            });
            let mut divides: Vec<Divide> = a.indicators.iter().flat_map(|i| i.divides.iter().copied()).collect();
            divides.sort();
            divides.dedup();
            let evidence: Vec<String> = data.with_untracked(|d| analysis.with_untracked(|an| {
                findings(an).iter()
                    .filter(|f| divides.contains(&an.indicators[f.cell.indicator].divide))
                    .filter_map(|f| sentence(d, an, f.cell))
                    .take(FINDINGS_SHOWN)
                    .collect()
            }));
            view! {
                <div class="two-columns">
                    <section aria-labelledby="prompts-heading">
                        <h2 id="prompts-heading">{t::area_name(a)}</h2>
                        <p class="hint">{t::area_summary(a)}</p>
                        {Prompt::ALL.into_iter().map(|p| {
                            let field = format!("reflect-{}", p.as_wire());
                            let area_id = a.id;
                            view! {
                                <div class="field">
                                    <label for=field.clone()>{t::prompt_text(p)}</label>
                                    <textarea id=field rows="3" on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        state.workspace.edit(REFLECTIONS, |r| set_reflection(r, area_id, p, &v));
                                    }>{answers.get(&p).cloned().unwrap_or_default()}</textarea>
                                </div>
                            }
                        }).collect_view()}
                    </section>
                    <section aria-labelledby="evidence-heading" class="card">
                        <h2 id="evidence-heading">{t::reflect_evidence()}</h2>
                        <h3>{t::reflect_ratings()}</h3>
                        <ul id="reflect-ratings">{ratings.into_iter().map(|(st, l)| view! { <li><strong>{l}</strong>" — "{st}</li> }).collect_view()}</ul>
                        <h3>{t::reflect_findings()}</h3>
                        {if evidence.is_empty() {
                            view! { <p class="hint">{t::reflect_no_findings()}</p> }.into_any()
                        } else {
                            view! { <ul id="reflect-findings">{evidence.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    </section>
                </div>
            }.into_any()
        }}
    }
}
