//! "/results": per-area and per-divide summaries (chart plus a table with the same numbers),
//! strengths and priorities. All numbers come from `domain::assessment::results`.

use crate::ui::components::create_goal::CreateGoal;
use crate::ui::components::level_chart::LevelChart;
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::dom_id;
use crate::ui::i18n as t;
use crate::ui::routes::assess_area;
use crate::ui::routes::{href, Page};
use crate::ui::state::{expect_state, AppState};
use dew_domain::assessment::content::Level;
use dew_domain::assessment::results::{by_area, by_divide, priorities, standings, strengths, Summary};
use dew_domain::date::school_year_end;
use dew_domain::plan::{Link, Measure};
use leptos::prelude::*;

fn summary_cells(s: &Summary) -> impl IntoView {
    let median = s.median.map_or(t::results_none(), t::level_name);
    view! {
        {s.at_level.iter().map(|n| view! { <td class="num">{*n}</td> }).collect_view()}
        <td class="num">{s.no_level}</td>
        <td>{median}</td>
        <td class="num">{s.below_target}</td>
        <td class="num">{t::mean_gap(s.mean_gap)}</td>
    }
}

fn summary_head(first: &'static str) -> impl IntoView {
    view! {
        <thead><tr>
            <th scope="col">{first}</th>
            {Level::ALL.iter().map(|l| view! { <th scope="col">{t::level_name(*l)}</th> }).collect_view()}
            <th scope="col">{t::results_no_level()}</th>
            <th scope="col">{t::results_col_median()}</th>
            <th scope="col">{t::results_col_below()}</th>
            <th scope="col">{t::results_col_gap()}</th>
        </tr></thead>
    }
}

/// The goal a self-assessment priority suggests: reaching the team's target level by the end
/// of the school year.
fn goal_for(
    state: AppState,
    id: &'static str,
    statement: &'static str,
    target: Option<Level>,
) -> (String, Option<Measure>) {
    let by = state.workspace.with_untracked(|w| w.as_ref().and_then(|ws| school_year_end(&ws.current_cycle().label)));
    let measure = Measure::Level { indicator: id.to_string(), target: target.unwrap_or(Level::Established), by };
    (t::goal_from_priority(statement), Some(measure))
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Results.title()>
            <Results/>
        </WorkspacePage>
    }
}

#[component]
fn Results() -> impl IntoView {
    let state = expect_state();
    let assessment = state.sections().assessment;
    move || {
        let all = assessment.with(standings);
        if all.iter().all(|s| s.level.is_none() && s.target.is_none()) {
            return view! { <p class="empty">{t::results_empty()}" "<a href=href(Page::Assess)>{t::go_assess()}</a></p> }
                .into_any();
        }
        let areas = by_area(&all);
        let divides = by_divide(&all);
        let strong: Vec<_> = strengths(&all, 5)
            .into_iter()
            .map(|s| (s.area.id, s.indicator.id, t::indicator_statement(s.indicator), s.level))
            .collect();
        let prio: Vec<_> = priorities(&all, 5)
            .into_iter()
            .map(|s| (s.area.id, s.indicator.id, t::indicator_statement(s.indicator), s.level, s.target))
            .collect();
        view! {
            <p class="lead">{t::results_intro()}</p>
            <div class="cards">
                <section class="card" aria-labelledby="strengths-heading">
                    <h2 id="strengths-heading">{t::results_strengths()}</h2>
                    {if strong.is_empty() {
                        view! { <p class="empty">{t::results_strengths_none()}</p> }.into_any()
                    } else {
                        view! { <ol id="strengths">{strong.into_iter().map(|(a, id, st, l)| view! {
                            <li><a href=assess_area(a, Some(id))>{st}</a>
                                <br/><span class="hint">{l.map(|(l, s)| t::results_strength(l, s))}</span></li>
                        }).collect_view()}</ol> }.into_any()
                    }}
                </section>
                <section class="card" aria-labelledby="priorities-heading">
                    <h2 id="priorities-heading">{t::results_priorities()}</h2>
                    {if prio.is_empty() {
                        view! { <p class="empty">{t::results_priorities_none()}" "<a href=href(Page::Assess)>{t::go_targets()}</a></p> }.into_any()
                    } else {
                        view! { <ol id="priorities">{prio.into_iter().map(|(a, id, st, l, tg)| view! {
                            <li><a href=assess_area(a, Some(id))>{st}</a>
                                <br/><span class="hint">{l.zip(tg).map(|((l, s), tg)| t::results_gap(l, tg, s))}</span>" "
                                <CreateGoal dom=format!("priority-{}", dom_id(id)) about=st.to_string() links=vec![Link::Indicator(id.to_string())]
                                    make=Callback::new(move |_| Some(goal_for(state, id, st, tg)))/></li>
                        }).collect_view()}</ol> }.into_any()
                    }}
                </section>
            </div>
            <h2>{t::results_by_divide()}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::results_by_divide()>
                <table class="data-table" id="divide-table">
                    <caption class="visually-hidden">{t::results_by_divide()}</caption>
                    {summary_head(t::results_col_divide())}
                    <tbody>{divides.iter().map(|(d, s)| view! { <tr><th scope="row">{t::divide_name(*d)}</th>{summary_cells(s)}</tr> }).collect_view()}</tbody>
                </table>
            </div>
            <h2>{t::results_by_area()}</h2>
            {areas.iter().map(|&(area, ref s)| view! {
                <section class="area-result" aria-labelledby=format!("res-{}", area.id)>
                    <h3 id=format!("res-{}", area.id)>{t::area_name(area)}</h3>
                    <LevelChart at_level=s.at_level no_level=s.no_level label=t::results_chart_label(t::area_name(area))/>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::results_table_caption(t::area_name(area))>
                        <table class="data-table">
                            <caption class="visually-hidden">{t::results_table_caption(t::area_name(area))}</caption>
                            {summary_head(t::results_col_area())}
                            <tbody><tr><th scope="row">{t::area_name(area)}</th>{summary_cells(s)}</tr></tbody>
                        </table>
                    </div>
                </section>
            }).collect_view()}
        }
        .into_any()
    }
}
