//! WHO needs WHAT: the priorities rolled up into statements (`dew_domain::divides::statements`),
//! as the Divides page and the Overview show them. On the Divides page each statement can show
//! its findings and make one goal linked to all of them.

use crate::ui::components::create_goal::CreateGoal;
use crate::ui::components::findings::comparison_name;
use crate::ui::i18n as t;
use crate::ui::state::AppState;
use dew_domain::date::school_year_end;
use dew_domain::divides::analysis::Analysis;
use dew_domain::divides::model::DivideData;
use dew_domain::divides::statements::{statements, About, Statement};
use dew_domain::ids::slug;
use dew_domain::plan::{measure_from_finding, Link, Measure};
use leptos::prelude::*;

/// The plain sentence for a statement.
pub fn statement_sentence(d: &DivideData, a: &Analysis, s: &Statement) -> String {
    match &s.about {
        About::GroupOnIndicator { group: (dim, g), indicator } => {
            let district = s.district.as_ref().and_then(|f| {
                let cmp = a.compared(f.cell)?;
                let gap = cmp.gap();
                Some((gap.diff, gap.low, gap.high, comparison_name(d, &cmp.with)))
            });
            t::statement_group_indicator(
                &t::group_label(d, dim, g),
                &t::divide_indicator_name(&a.indicators[*indicator]),
                s.of.0,
                s.of.1,
                district.as_ref().map(|(g, l, h, c)| (*g, *l, *h, c.as_str())),
                s.students,
            )
        }
        About::SchoolOnDivide { school, divide } => {
            t::statement_school_divide(d.school_name(school).unwrap_or(school), *divide, s.of.0, s.of.1)
        }
        About::GroupAcrossDivides { group: (dim, g) } => {
            t::statement_group_divides(&t::group_label(d, dim, g), s.findings.len(), &s.per_divide)
        }
    }
}

/// The ids of a statement's findings (for the findings list's filter).
pub fn statement_finding_ids(a: &Analysis, id: &str) -> Option<Vec<String>> {
    statements(a).into_iter().find(|s| s.id(a) == id).map(|s| s.findings.iter().map(|f| f.id(a)).collect())
}

/// The goal a statement suggests (linked to every finding it stands for): its title, and (for
/// a group on an indicator with a district-wide gap) that gap closing by the end of the year.
fn goal_for(state: AppState, d: &DivideData, a: &Analysis, s: &Statement) -> (String, Option<Measure>) {
    let (who_, what) = match &s.about {
        About::GroupOnIndicator { group: (dim, g), indicator } => {
            (t::group_label(d, dim, g), t::divide_indicator_name(&a.indicators[*indicator]))
        }
        About::SchoolOnDivide { school, divide } => {
            (d.school_name(school).unwrap_or(school).to_string(), t::divide_name(*divide).to_string())
        }
        About::GroupAcrossDivides { group: (dim, g) } => {
            (t::group_label(d, dim, g), t::statements_heading().to_string())
        }
    };
    let measure = s.district.as_ref().and_then(|f| {
        let cmp = a.compared(f.cell)?;
        let label = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().label.clone()))?;
        Some(measure_from_finding(
            &a.indicators[f.cell.indicator].id,
            None,
            a.group(f.cell),
            cmp.rate,
            school_year_end(&label),
        ))
    });
    (t::goal_from_statement(&who_, &what), measure)
}

/// The top `limit` statements, most students affected first. With `show`, each has a button
/// that shows its findings (the page filters its list by the statement's id) and one that
/// makes a goal from it (or opens the one made).
#[component]
pub fn WhoNeedsWhat(
    state: AppState,
    data: Memo<DivideData>,
    analysis: Memo<Analysis>,
    limit: usize,
    #[prop(optional)] show: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let rows = move || {
        data.with(|d| {
            analysis.with(|a| {
                let all = statements(a);
                let total = all.len();
                let top: Vec<(String, String, Vec<Link>)> = all
                    .iter()
                    .take(limit)
                    .map(|s| {
                        let links = s.findings.iter().map(|f| Link::Finding(f.id(a))).collect();
                        (s.id(a), statement_sentence(d, a, s), links)
                    })
                    .collect();
                (top, total)
            })
        })
    };
    let make_goal = move |id: &str| {
        data.with_untracked(|d| {
            analysis.with_untracked(|a| {
                let s = statements(a).into_iter().find(|s| s.id(a) == id)?;
                Some(goal_for(state, d, a, &s))
            })
        })
    };
    move || {
        let (top, total) = rows();
        if top.is_empty() {
            return view! { <p class="empty" id="statements-none">{t::statements_none()}</p> }.into_any();
        }
        view! {
            {(total > top.len()).then(|| view! { <p class="hint">{t::statements_more(top.len(), total)}</p> })}
            <ol class="statements" id="statements">
                {top.into_iter().map(|(id, text, links)| {
                    let n = links.len();
                    let dom = format!("statement-{}", slug(&id));
                    view! {
                        <li id=dom data-statement=id.clone()>
                            {text.clone()}
                            {show.map(|show| {
                                let (a, b) = (id.clone(), id.clone());
                                view! {
                                    " "
                                    <button type="button" class="link-button" aria-label=format!("{}: {text}", t::statement_show(n))
                                        on:click=move |_| {
                                            show.set(Some(a.clone()));
                                            crate::browser::page::focus("findings-heading");
                                        }>{t::statement_show(n)}</button>
                                    " "
                                    <CreateGoal dom=dom.clone() about=text.clone() links=links
                                        make=Callback::new(move |_| make_goal(&b))/>
                                }
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into_any()
    }
}
