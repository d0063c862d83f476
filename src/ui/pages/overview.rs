//! "/" once a workspace is open: where the work stands (team, self-assessment, divides) and
//! the cycles. Loaded on demand with the workspace codec (`ui::lazy::lazy_overview`).

use crate::browser::page;
use crate::ui::components::findings::use_analysis;
use crate::ui::components::shell::use_page_title;
use crate::ui::components::statements::WhoNeedsWhat;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use crate::ui::store::{ASSESSMENT, TEAM};
use dew_domain::assessment::rating::overall_progress;
use dew_domain::divides::analysis::Flag;
use dew_domain::divides::findings::findings;
use dew_domain::team::missing_stakeholders;
use dew_domain::workspace::{next_cycle_label, WorkspaceError};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Overview() -> impl IntoView {
    use_page_title(Page::Home.title());
    let state = expect_state();
    let progress = move || {
        state.workspace.read(TEAM, |team| {
            let missing = missing_stakeholders(team.iter().map(|m| m.role).collect::<Vec<_>>());
            t::overview_team_progress(team.len(), missing.len())
        })
    };
    let rated = move || {
        state.workspace.read(ASSESSMENT, |a| {
            let (r, n) = overall_progress(&a.own);
            t::rated_of(r, n)
        })
    };
    let consensus = move || {
        state.workspace.read(ASSESSMENT, |a| {
            t::overview_consensus_progress(a.raters.len(), a.consensus.len(), a.open_disagreements())
        })
    };
    let (data, analysis) = use_analysis(state);
    let divides = move || {
        let (schools, cells) = data.with(|d| (d.schools.len(), d.cells.len()));
        let priorities = analysis.with(|a| findings(a).iter().filter(|f| f.flag == Flag::Priority).count());
        t::overview_divides_progress(schools, cells, priorities)
    };
    view! {
        <h1>{Page::Home.title()}</h1>
        <Show when=move || state.workspace.top(|w| w.as_ref().is_some_and(|ws| ws.sample))>
            <LeaveSample/>
        </Show>
        <h2>{t::overview_steps()}</h2>
        <ol class="steps">
            <li>
                <A href=href(Page::Team)>{t::overview_team_step()}</A>
                <p class="step-progress">{progress}</p>
            </li>
            <li>
                <A href=href(Page::Assess)>{t::overview_assess_step()}</A>
                <p class="step-progress">{rated}</p>
            </li>
            <li>
                <A href=href(Page::Consensus)>{t::overview_consensus_step()}</A>
                <p class="step-progress">{consensus}</p>
            </li>
            <li>
                <A href=href(Page::Results)>{t::overview_results_step()}</A>
            </li>
            <li>
                <A href=href(Page::Divides)>{t::overview_divides_step()}</A>
                <p class="step-progress">{divides}</p>
            </li>
            <li><A href=href(Page::Reflect)>{t::overview_reflect_step()}</A></li>
            <li><A href=href(Page::Plan)>{t::overview_plan_step()}</A></li>
            <li><A href=href(Page::Progress)>{t::overview_progress_step()}</A></li>
            <li><A href=href(Page::Portfolio)>{t::overview_portfolio_step()}</A></li>
            <li><A href=href(Page::Report)>{t::overview_report_step()}</A></li>
        </ol>
        {move || data.with(|d| !d.cells.is_empty()).then(|| view! {
            <section aria-labelledby="overview-statements-heading">
                <h2 id="overview-statements-heading">{t::statements_heading()}</h2>
                <WhoNeedsWhat state=state data=data analysis=analysis limit=3/>
                <p><A href=href(Page::Divides)>{t::overview_all_findings()}</A></p>
            </section>
        })}
        <Cycles/>
    }
}

/// The way out of the sample district to the start page, after a question: it removes only
/// the sample (and its journal), not set-aside copies or settings ("Erase everything" does).
#[component]
fn LeaveSample() -> impl IntoView {
    let state = expect_state();
    let navigate = leptos_router::hooks::use_navigate();
    let asking = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let leave = move |_| match state.leave_sample() {
        Ok(true) => {
            navigate(&href(Page::Home), crate::ui::routes::exact());
            page::focus("main");
        }
        Ok(false) => error.set(Some(t::sample_leave_wait().to_string())),
        Err(e) => error.set(Some(t::storage_error(&e))),
    };
    view! {
        <section class="card notice" aria-labelledby="sample-leave-heading">
            <h2 id="sample-leave-heading">{t::sample_leave_heading()}</h2>
            <p>{t::sample_leave_text()}</p>
            <Show when=move || !asking.get() fallback=move || view! {
                <div class="confirm" role="group" aria-labelledby="sample-leave-q">
                    <p id="sample-leave-q">{t::sample_leave_question()}</p>
                    <button type="button" id="sample-leave-yes" on:click=leave.clone()>{t::sample_leave_yes()}</button>
                    <button type="button" class="secondary" on:click=move |_| { asking.set(false); page::focus("sample-leave"); }>{t::sample_leave_stay()}</button>
                </div>
            }>
                <button type="button" class="secondary" id="sample-leave" on:click=move |_| { asking.set(true); page::focus("sample-leave-yes"); }>{t::sample_leave_button()}</button>
            </Show>
            {move || error.get().map(|e| view! { <p class="error-text" role="alert">{e}</p> })}
        </section>
    }
}

/// The cycles of the workspace: switch to one, or start the next after confirming.
#[component]
fn Cycles() -> impl IntoView {
    let state = expect_state();
    let suggested = move || {
        state
            .workspace
            .with(|w| w.as_ref().and_then(|ws| next_cycle_label(&ws.latest_cycle().label)).unwrap_or_default())
    };
    let label = RwSignal::new(suggested());
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let list = move || {
        state.workspace.top(|w| {
            w.as_ref()
                .map(|ws| ws.cycles.iter().map(|c| (c.id, c.label.clone(), c.id == ws.current)).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let ask = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if label.get_untracked().trim().is_empty() {
            error.set(Some(t::workspace_error(&WorkspaceError::Empty { field: "cycle" })));
            page::focus("next-cycle");
            return;
        }
        error.set(None);
        confirming.set(true);
        page::focus("confirm-next-cycle");
    };
    let start = move |_| {
        let mut result = None;
        state.workspace.update(|w| {
            if let Some(ws) = w {
                result = Some(ws.start_next_cycle(&label.get_untracked()));
            }
        });
        confirming.set(false);
        match result {
            Some(Ok(_)) => {
                status.set(t::cycles_started(label.get_untracked().trim()));
                label.set(suggested());
            }
            Some(Err(e)) => {
                error.set(Some(t::workspace_error(&e)));
                page::focus("next-cycle");
            }
            None => {}
        }
    };
    let from =
        move || state.workspace.top(|w| w.as_ref().map(|ws| ws.latest_cycle().label.clone()).unwrap_or_default());
    view! {
        <section class="card" aria-labelledby="cycles-heading" id="cycles">
            <h2 id="cycles-heading">{t::cycles_heading()}</h2>
            <p>{t::cycles_intro()}</p>
            <ul>
                {move || list().into_iter().map(|(id, l, current)| view! {
                    <li>{l.clone()}" "
                        {if current {
                            view! { <span>{t::cycles_current()}</span> }.into_any()
                        } else {
                            view! { <button type="button" class="link-button" aria-label=format!("{} {l}", t::cycles_open()) on:click=move |_| {
                                state.switch_cycle(id);
                                status.set(t::cycles_switched(&l));
                            }>{t::cycles_open()}</button> }.into_any()
                        }}
                    </li>
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=ask novalidate=true>
                <div class="field" class:has-error=move || error.with(Option::is_some)>
                    <label for="next-cycle">{t::cycles_next_label()}</label>
                    {move || error.get().map(|e| view! { <p class="error-text" id="next-cycle-error">{e}</p> })}
                    <input id="next-cycle" type="text" bind:value=label
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby=move || error.with(Option::is_some).then_some("next-cycle-error")/>
                </div>
                <button type="submit" class="secondary" id="start-next-cycle">{t::cycles_start()}</button>
            </form>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-labelledby="confirm-next-text">
                    <p id="confirm-next-text">{move || t::cycles_confirm(label.get().trim(), &from())}</p>
                    <button type="button" id="confirm-next-cycle" on:click=start>{t::cycles_confirm_yes()}</button>
                    <button type="button" class="secondary" on:click=move |_| { confirming.set(false); page::focus("start-next-cycle"); }>{t::cancel()}</button>
                </div>
            </Show>
            <p role="status" id="cycles-status">{move || status.get()}</p>
        </section>
    }
}
