//! "/divides": the summary per divide, the ranked findings with filters, and the CSV export.

use crate::browser::{clock, download};
use crate::ui::components::create_goal::CreateGoal;
use crate::ui::components::findings::{protected_view, sentence, use_analysis, who};
use crate::ui::components::form::{divide_options, FilterSelect};
use crate::ui::components::statements::{statement_finding_ids, statement_sentence, WhoNeedsWhat};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::{expect_state, AppState};
use dew_domain::assessment::content::Divide;
use dew_domain::date::school_year_end;
use dew_domain::divides::analysis::{Analysis, Flag};
use dew_domain::divides::export::findings_csv;
use dew_domain::divides::findings::{divide_summary, findings, findings_by, Filter, Rank};
use dew_domain::divides::model::DivideData;
use dew_domain::divides::statements::statements;
use dew_domain::ids::slug;
use dew_domain::plan::{measure_from_finding, Link, Measure};
use leptos::prelude::*;

/// The goal a finding suggests: linked to the finding, measured by the group's rate reaching
/// its comparison's rate by the end of the school year.
fn goal_for(
    state: AppState,
    data: Memo<DivideData>,
    analysis: Memo<Analysis>,
    id: &str,
) -> Option<(String, Option<Measure>)> {
    data.with_untracked(|d| {
        analysis.with_untracked(|a| {
            let f = findings(a).into_iter().find(|f| f.id(a) == id)?;
            let c = f.cell;
            let cmp = a.compared(c)?;
            let ind = &a.indicators[c.indicator];
            let label = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().label.clone()))?;
            let measure = measure_from_finding(&ind.id, a.school_id(c), a.group(c), cmp.rate, school_year_end(&label));
            Some((t::goal_from_finding(&who(d, a, c), &t::divide_indicator_name(ind)), Some(measure)))
        })
    })
}

/// Findings listed at a time: a page a person reads, not a list 14,000 px long.
const PAGE: usize = 20;

/// Moves focus to the `n`th finding listed (0-based), made focusable for it.
fn focus_nth_finding(n: usize) {
    if let Some(id) = crate::browser::page::nth_id("#findings > li", n) {
        crate::browser::page::focus(&id);
    }
}

#[component]
pub fn DividesPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Divides.title()>
            <Divides/>
        </WorkspacePage>
    }
}

#[component]
fn Divides() -> impl IntoView {
    let state = expect_state();
    let (data, analysis) = use_analysis(state);
    let divide_f = RwSignal::new(String::new());
    let school_f = RwSignal::new(String::new());
    let dim_f = RwSignal::new(String::new());
    let flag_f = RwSignal::new(String::new());
    let rank_f = RwSignal::new(String::new());
    // A statement whose findings alone are listed (its id), from "Show its findings".
    let shown_statement = RwSignal::new(None::<String>);
    // How many of the matching findings are listed; the next ones come on request.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        for f in [divide_f, school_f, dim_f, flag_f, rank_f] {
            f.track();
        }
        shown_statement.track();
        limit.set(PAGE);
    });

    let export = move |_| {
        // An export never waits behind an edit's pause: the view of the latest data is the one
        // shown when the audit has run on it, and is made now when it has not.
        let text = data.with_untracked(|d| findings_csv(&protected_view(d), d, &t::FindingsFile));
        let district = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone())).unwrap_or_default();
        let (date, _, _) = clock::local_date();
        let _ = download::download_text(&format!("divide-results-{}-{date}.csv", slug(&district)), "text/csv", &text);
    };

    let summary = move || {
        analysis.with(|a| {
            divide_summary(a)
                .into_iter()
                .map(|x| {
                    let rates: Vec<String> = x
                        .district_rates
                        .iter()
                        .map(|(i, r)| format!("{} {}", t::divide_indicator_name(&a.indicators[*i]), t::percent(*r)))
                        .collect();
                    (x.divide, x.with_data, x.priorities, x.watches, rates.join("; "))
                })
                .collect::<Vec<_>>()
        })
    };

    let filter = move || Filter {
        divide: Divide::ALL.into_iter().find(|d| format!("{d:?}") == divide_f.get()),
        school: match school_f.get().as_str() {
            "" => None,
            "district" => Some(None),
            s => Some(Some(s.to_string())),
        },
        dimension: match dim_f.get().as_str() {
            "" => None,
            "whole" => Some(None),
            d => Some(Some(d.to_string())),
        },
        flag: match flag_f.get().as_str() {
            "Priority" => Some(Flag::Priority),
            "Watch" => Some(Flag::Watch),
            _ => None,
        },
    };
    let list = move || {
        let f = filter();
        data.with(|d| {
            analysis.with(|a| {
                let rank = match rank_f.get().as_str() {
                    "gap" => Rank::Gap,
                    "rate" => Rank::Rate,
                    _ => Rank::Students,
                };
                let all = findings_by(a, rank);
                let total = all.len();
                let only = shown_statement.with(|s| s.as_deref().and_then(|id| statement_finding_ids(a, id)));
                let shown: Vec<(String, Flag, String)> = all
                    .iter()
                    .filter(|x| f.matches(a, x))
                    .filter(|x| only.as_ref().is_none_or(|ids| ids.contains(&x.id(a))))
                    .filter_map(|x| Some((x.id(a), x.flag, sentence(d, a, x.cell)?)))
                    .collect();
                (shown, total)
            })
        })
    };

    view! {
        {move || if data.with(|d| d.cells.is_empty()) {
            view! { <p class="empty">{t::divides_empty()}" "<a href=href(Page::DivideData)>{t::go_divide_data()}</a></p> }.into_any()
        } else { ().into_any() }}
        <p class="lead" id="divides-intro">{move || analysis.with(|a| t::divides_intro(a.adjustment.map(|x| x.family)))}</p>
        <h2 id="statements-heading">{t::statements_heading()}</h2>
        <p>{t::statements_intro()}</p>
        <WhoNeedsWhat state=state data=data analysis=analysis limit=10 show=shown_statement/>
        <h2>{t::divides_summary()}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::divides_summary()>
            <table class="data-table" id="divide-summary">
                <caption class="visually-hidden">{t::divides_summary()}</caption>
                <thead><tr>
                    <th scope="col">{t::divides_col_divide()}</th><th scope="col">{t::divides_col_indicators()}</th>
                    <th scope="col">{t::divides_col_priority()}</th><th scope="col">{t::divides_col_watch()}</th>
                    <th scope="col">{t::divides_col_district()}</th>
                </tr></thead>
                <tbody>
                    {move || summary().into_iter().map(|(d, n, p, w, rates)| view! {
                        <tr><th scope="row">{t::divide_name(d)}</th><td class="num">{n}</td><td class="num">{p}</td><td class="num">{w}</td><td>{rates}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2 id="findings-heading" tabindex="-1">{t::findings_heading()}</h2>
        <p class="hint" id="protection-line" role="status">
            {move || if state.checking_privacy.get() {
                Some(t::checking_privacy().to_string())
            } else {
                analysis.with(|a| a.protection.as_ref().map(|p| t::protection_line(p.hidden())))
            }}
        </p>
        <div class="filters">
            <FilterSelect id="f-divide" label=t::filter_divide() value=divide_f>
                {divide_options()}
            </FilterSelect>
            <FilterSelect id="f-school" label=t::filter_school() value=school_f>
                <option value="">{t::filter_all()}</option>
                <option value="district">{t::filter_district()}</option>
                {move || data.with(|d| d.schools.iter().map(|s| view! { <option value=s.id.clone()>{s.name.clone()}</option> }).collect_view())}
            </FilterSelect>
            <FilterSelect id="f-dim" label=t::filter_dimension() value=dim_f>
                <option value="">{t::filter_all()}</option>
                <option value="whole">{t::filter_whole_schools()}</option>
                {move || data.with(|d| d.dimensions().into_iter().map(|x| view! { <option value=x.id.clone()>{t::dimension_name(&x.id, &x.name)}</option> }).collect_view())}
            </FilterSelect>
            <FilterSelect id="f-flag" label=t::filter_flag() value=flag_f>
                <option value="">{t::filter_all()}</option>
                <option value="Priority">{t::flag_name(Flag::Priority)}</option>
                <option value="Watch">{t::flag_name(Flag::Watch)}</option>
            </FilterSelect>
            <FilterSelect id="f-rank" label=t::filter_rank() value=rank_f>
                <option value="">{t::rank_students()}</option>
                <option value="gap">{t::rank_gap()}</option>
                <option value="rate">{t::rank_rate()}</option>
            </FilterSelect>
        </div>
        <div class="actions">
            <button type="button" class="secondary" id="export-findings" on:click=export aria-describedby="export-findings-hint">{t::findings_export()}</button>
            <span class="hint" id="export-findings-hint">{t::findings_export_hint()}</span>
        </div>
        // A statement gone since (the data changed) is no filter: every finding shows again.
        {move || shown_statement.get().and_then(|id| {
            let text = data.with(|d| analysis.with(|a| {
                statements(a).into_iter().find(|s| s.id(a) == id).map(|s| statement_sentence(d, a, &s))
            }))?;
            Some(view! {
                <p class="notice" id="statement-shown">{t::statement_shown()}" "{text}" "
                    <button type="button" class="link-button" on:click=move |_| shown_statement.set(None)>{t::statement_show_all()}</button>
                </p>
            })
        })}
        {move || {
            let (shown, total) = list();
            let matching = shown.len();
            let upto = limit.get();
            let more = matching.saturating_sub(upto);
            let shown: Vec<_> = shown.into_iter().take(upto).collect();
            view! {
                <p role="status" id="findings-count">{t::findings_count(matching, total)}</p>
                {if shown.is_empty() {
                    view! { <p class="empty">{t::findings_none()}" "
                        <button type="button" class="link-button" id="findings-clear" on:click=move |_| {
                            for f in [divide_f, school_f, dim_f, flag_f] {
                                f.set(String::new());
                            }
                            shown_statement.set(None);
                            // The button goes with the empty list: focus to the list's heading.
                            crate::browser::page::focus("findings-heading");
                        }>{t::findings_clear()}</button></p> }.into_any()
                } else {
                    view! {
                        <ol class="findings" id="findings">
                            {shown.into_iter().map(|(id, flag, text)| view! {
                                <li id=format!("finding-{}", slug(&id)) tabindex="-1" data-finding=id.clone() class=if flag == Flag::Priority { "priority" } else { "watch" }>
                                    <span class="flag-badge">{t::flag_name(flag)}</span>" "{text.clone()}" "
                                    <CreateGoal dom=format!("finding-{}", slug(&id)) about=text.clone() links=vec![Link::Finding(id.clone())]
                                        make=Callback::new({ let id = id.clone(); move |_| goal_for(state, data, analysis, &id) })/>
                                </li>
                            }).collect_view()}
                        </ol>
                        {(more > 0).then(|| view! {
                            <button type="button" class="secondary" id="findings-more" on:click=move |_| {
                                // Focus goes to the first finding added, so a keyboard user reads on.
                                let next = limit.get_untracked();
                                limit.set(next + PAGE);
                                crate::browser::page::after(0, move || focus_nth_finding(next));
                            }>{t::findings_more(PAGE.min(more), more)}</button>
                        })}
                    }.into_any()
                }}
            }
        }}
    }
}
