//! "/report": the board report of the current cycle, built from the same tables as the
//! exports (aggregates only, suppression applied), printable, with the workbook and CSV
//! downloads beside it.

use crate::browser::{clock, download, page, worker};
use crate::ui::components::findings::{sentence, use_cycle_analyses, PrivacyStatus};
use crate::ui::components::level_chart::LevelChart;
use crate::ui::components::statements::statement_sentence;
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use dew_domain::assessment::content::{Divide, Level};
use dew_domain::assessment::results::{by_area, standings};
use dew_domain::date::Date;
use dew_domain::divides::analysis::Analysis;
use dew_domain::divides::findings::findings;
use dew_domain::divides::statements::statements;
use dew_domain::ids::slug;
use dew_domain::report::{
    below_target, plan_headline, progress_headline, split_notes, table_csv, tables, team_makeup, workbook_request,
    Section, Table, Value,
};
use dew_domain::workspace::Workspace;
use leptos::prelude::*;

/// How many findings per divide the printed report lists (the exports list all).
const TOP_FINDINGS: usize = 5;
/// How many WHO-needs-WHAT statements the summary opens with.
const LEAD_STATEMENTS: usize = 4;
/// How many goals' titles the summary lists.
const LEAD_GOALS: usize = 3;
/// How many indicators below target the report lists (the ratings sheet holds them all).
const BELOW_TARGET: usize = 8;
/// The level chart's segment classes, Foundational → Advanced, then "no level".
const SEGMENTS: [&str; 5] = ["seg-f", "seg-d", "seg-e", "seg-a", "seg-none"];

/// The workbook worker's loader, built by trunk from src/bin/xlsx_worker.rs (see index.html).
const XLSX_WORKER: &str = "xlsx-worker_loader.js";

/// Where a workbook download stands.
#[derive(Clone, PartialEq)]
enum Workbook {
    Idle,
    Preparing,
    Failed(String),
}

#[component]
pub fn ReportPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Report.title()>
            <Report/>
        </WorkspacePage>
    }
}

/// A table with its names and dates in words, as the files hold it.
fn named(t: &Table) -> Table {
    t.named(&t::report_file_cell)
}

/// A small printed table: the chosen columns of the chosen rows, with its own heading;
/// numbers right-aligned, and dates and amounts kept on one line.
/// `label` names the table for screen readers when its heading alone would be ambiguous.
fn report_table(
    table: &Table,
    columns: &[&str],
    rows: &[&Vec<Value>],
    title: &str,
    id: &str,
    label: Option<String>,
) -> AnyView {
    let title = title.to_string();
    let label = label.unwrap_or_else(|| title.clone());
    if rows.is_empty() {
        return view! { <h3 id=id.to_string()>{title}</h3><p>{t::REPORT_EMPTY_TABLE}</p> }.into_any();
    }
    let cols: Vec<usize> = columns.iter().filter_map(|c| table.column(c)).collect();
    let body = rows
        .iter()
        .map(|r| {
            let cells = cols
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    let v = &r[*c];
                    let num = matches!(v, Value::Count(_) | Value::Rate(_) | Value::Money(_));
                    let nowrap = matches!(v, Value::Date(_) | Value::Money(_) | Value::Rate(_));
                    if k == 0 {
                        view! { <th scope="row">{t::report_cell(v)}</th> }.into_any()
                    } else {
                        view! { <td class:num=num class:nowrap=nowrap>{t::report_cell(v)}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <h3 id=id.to_string()>{title.clone()}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(&label)>
            <table class="data-table report-table">
                <caption class="visually-hidden">{label.clone()}</caption>
                <thead><tr>{cols.iter().map(|c| view! { <th scope="col">{t::report_column(table.header[*c])}</th> }).collect_view()}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn all_rows(t: &Table) -> Vec<&Vec<Value>> {
    t.rows.iter().collect()
}

/// Text of a cell, `None` when it is empty.
fn text_of(t: &Table, row: &[Value], col: &str) -> Option<String> {
    match t.cell(row, col) {
        Value::Empty => None,
        v => Some(t::report_cell(v)).filter(|s| !s.is_empty()),
    }
}

/// "“indicator” for group at school", from a row's measure columns.
fn measure_of(t: &Table, row: &[Value]) -> Option<String> {
    let indicator = text_of(t, row, "measure")?;
    Some(t::report_measure(
        &indicator,
        text_of(t, row, "measure_school").as_deref(),
        text_of(t, row, "measure_group").as_deref(),
    ))
}

/// The colour key of the level bars.
fn level_key() -> impl IntoView {
    let names = Level::ALL.iter().map(|l| t::level_name(*l)).chain(std::iter::once(t::RESULTS_NO_LEVEL));
    let items = names
        .zip(SEGMENTS)
        .map(|(name, class)| {
            view! {
                <li class="legend-item">
                    <svg class="key-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                        <rect class=class x="0.5" y="0.5" width="13" height="13" stroke="#555"/>
                    </svg>
                    {name}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="chart-title" id="report-level-key">{t::REPORT_LEVEL_KEY}</p>
        <ul class="legend report-legend" aria-labelledby="report-level-key">{items}</ul>
    }
}

/// What the printed report says in sentences, made once per change of the workspace or the
/// analyses: the summary's lines and the findings.
struct Prose {
    meta: String,
    team: String,
    statements: Vec<String>,
    plan: String,
    goals: Vec<String>,
    progress: String,
    findings: Vec<(Divide, Vec<String>)>,
}

fn prose(ws: &Workspace, analyses: &[Analysis], today: &str) -> Option<Prose> {
    let c = ws.current_cycle();
    let a = analyses.get(ws.cycles.iter().position(|x| x.id == c.id)?)?;
    let data = &c.divides;
    let today = Date::parse(today).map_or_else(|| today.to_string(), t::report_date);
    let plan = plan_headline(c);
    let mut by_divide: Vec<(Divide, Vec<String>)> = Divide::ALL.into_iter().map(|d| (d, Vec::new())).collect();
    for f in findings(a) {
        let divide = a.indicators[f.cell.indicator].divide;
        if let Some((_, list)) = by_divide.iter_mut().find(|(d, _)| *d == divide) {
            if list.len() < TOP_FINDINGS {
                list.extend(sentence(data, a, f.cell));
            }
        }
    }
    by_divide.retain(|(_, l)| !l.is_empty());
    Some(Prose {
        meta: t::report_prepared(&ws.district, &c.label, &today),
        team: t::report_team_makeup(&team_makeup(c)),
        statements: statements(a).iter().take(LEAD_STATEMENTS).map(|s| statement_sentence(data, a, s)).collect(),
        plan: t::report_plan_headline(plan.goals, &plan.by_status),
        goals: plan.titles.into_iter().take(LEAD_GOALS).collect(),
        progress: t::report_progress_headline(progress_headline(ws, analyses)),
        findings: by_divide,
    })
}

/// The progress table's rows as sentences.
fn measure_lines(p: &Table) -> Vec<String> {
    p.rows
        .iter()
        .map(|r| {
            let goal = text_of(p, r, "goal").unwrap_or_default();
            let target = text_of(p, r, "target").unwrap_or_default();
            let now = text_of(p, r, "this_cycle").unwrap_or_default();
            let result = text_of(p, r, "result").unwrap_or_default();
            t::report_measure_line(&goal, text_of(p, r, "previous_cycle").as_deref(), &now, &target, &result)
        })
        .collect()
}

/// The summary page: district and cycle, the team, who needs what, the plan, progress.
fn summary(p: &Prose, progress: Option<&Table>) -> impl IntoView {
    let lines = progress.map(measure_lines).unwrap_or_default();
    view! {
        <section class="report-summary" id="report-summary" aria-labelledby="report-summary-heading">
            <h2 id="report-summary-heading">{t::REPORT_SUMMARY}</h2>
            <p class="report-meta" id="summary-meta">{p.meta.clone()}</p>
            <h3>{t::REPORT_SUMMARY_TEAM}</h3>
            <p id="summary-team">{p.team.clone()}</p>
            {(!p.statements.is_empty()).then(|| view! {
                <h3>{t::STATEMENTS_HEADING}</h3>
                <ol class="statements" id="summary-statements">{p.statements.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            })}
            <h3>{t::REPORT_SUMMARY_PLAN}</h3>
            <p id="summary-plan">{p.plan.clone()}</p>
            {(!p.goals.is_empty()).then(|| view! {
                <ul id="summary-goals">{p.goals.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}</ul>
            })}
            <h3>{t::REPORT_SUMMARY_PROGRESS}</h3>
            <p id="summary-progress">{p.progress.clone()}</p>
            {(!lines.is_empty()).then(|| view! {
                <ul id="summary-measures">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}

fn find<'a>(all: &'a [Table], name: &str) -> Option<&'a Table> {
    all.iter().find(|t| t.name == name)
}

/// One section of the printed report, in prose and small tables.
fn section_body(s: Section, all: &[Table], p: &Prose, ws: &Workspace, names: bool) -> AnyView {
    match s {
        Section::Team => {
            let Some(team) = find(all, "team") else { return ().into_any() };
            let cols: &[&str] = if names { &["role", "members", "names"] } else { &["role", "members"] };
            view! {
                <p>{p.team.clone()}</p>
                {report_table(team, cols, &all_rows(team), t::table_title("team"), "table-team", None)}
            }
            .into_any()
        }
        Section::Assessment => {
            let c = ws.current_cycle();
            let st = standings(&c.assessment);
            let charts = by_area(&st)
                .into_iter()
                .map(|(area, sum)| {
                    view! {
                        <div class="report-chart">
                            <p class="chart-title">{area.name}</p>
                            <LevelChart at_level=sum.at_level no_level=sum.no_level label=t::results_chart_label(area.name)/>
                        </div>
                    }
                })
                .collect_view();
            let levels = ["foundational", "developing", "established", "advanced", "no_level", "median"];
            let mut area_cols = vec!["area"];
            area_cols.extend(levels);
            let mut divide_cols = vec!["divide"];
            divide_cols.extend(levels);
            let below = below_target(c);
            let shown: Vec<&Vec<Value>> = below.rows.iter().take(BELOW_TARGET).collect();
            let tables = [find(all, "areas").map(|t| (t, area_cols)), find(all, "divides").map(|t| (t, divide_cols))]
                .into_iter()
                .flatten()
                .map(|(table, cols)| {
                    report_table(
                        table,
                        &cols,
                        &all_rows(table),
                        t::table_title(table.name),
                        &format!("table-{}", table.name),
                        None,
                    )
                })
                .collect_view();
            let consensus = find(all, "consensus").filter(|t| !t.rows.is_empty()).map(|table| {
                report_table(
                    table,
                    &["indicator", "agreed_level", "rationale"],
                    &all_rows(table),
                    t::table_title("consensus"),
                    "table-consensus",
                    None,
                )
            });
            view! {
                {level_key()}
                {charts}
                {tables}
                <h3 id="table-below-target">{t::REPORT_FURTHEST_BELOW}</h3>
                <p>{t::report_below_target(below.rows.len(), shown.len())}</p>
                {(!shown.is_empty()).then(|| view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(t::REPORT_FURTHEST_BELOW)>
                        <table class="data-table report-table">
                            <caption class="visually-hidden">{t::REPORT_FURTHEST_BELOW}</caption>
                            <thead><tr>{["indicator", "area", "level", "target"].map(|c| view! { <th scope="col">{t::report_column(c)}</th> }).collect_view()}</tr></thead>
                            <tbody>{shown.iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{t::report_cell(below.cell(r, "indicator"))}</th>
                                    <td>{t::report_cell(below.cell(r, "area"))}</td>
                                    <td>{t::report_cell(below.cell(r, "level"))}</td>
                                    <td>{t::report_cell(below.cell(r, "target"))}</td>
                                </tr>
                            }).collect_view()}</tbody>
                        </table>
                    </div>
                })}
                {consensus}
            }
            .into_any()
        }
        Section::Findings => {
            let notes = find(all, "findings").map(|t| split_notes(t).1).unwrap_or_default();
            let body = if p.findings.is_empty() {
                view! { <p>{t::REPORT_NO_FINDINGS}</p> }.into_any()
            } else {
                p.findings
                    .iter()
                    .map(|(d, list)| {
                        view! {
                            <h3>{t::divide_name(*d)}</h3>
                            <ol class="report-findings">{list.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                {body}
                {notes.into_iter().map(|n| view! { <p class="hint">{n}</p> }).collect_view()}
            }
            .into_any()
        }
        Section::Plan => {
            let Some(plan) = find(all, "plan") else { return ().into_any() };
            let mut goals: Vec<(String, Vec<&Vec<Value>>)> = Vec::new();
            for r in &plan.rows {
                let id = plan.cell(r, "goal_id").plain();
                match goals.last_mut() {
                    Some((g, rows)) if *g == id => rows.push(r),
                    _ => goals.push((id, vec![r])),
                }
            }
            if goals.is_empty() {
                return view! { <p>{t::REPORT_EMPTY_TABLE}</p> }.into_any();
            }
            goals
                .into_iter()
                .map(|(id, rows)| {
                    let first = rows[0];
                    let status = text_of(plan, first, "goal_status").unwrap_or_default();
                    let owner = text_of(plan, first, "owner");
                    let success = measure_of(plan, first).map(|m| {
                        (
                            m,
                            text_of(plan, first, "target").unwrap_or_default(),
                            text_of(plan, first, "by"),
                            text_of(plan, first, "result").unwrap_or_default(),
                        )
                    });
                    let line = t::report_goal_line(
                        &status,
                        owner.as_deref(),
                        success.as_ref().map(|(m, tg, by, res)| (m.as_str(), tg.as_str(), by.as_deref(), res.as_str())),
                    );
                    let actions: Vec<&Vec<Value>> =
                        rows.into_iter().filter(|r| plan.cell(r, "action_id") != &Value::Empty).collect();
                    let heading = format!("report-goal-{id}");
                    let title = text_of(plan, first, "goal").unwrap_or_default();
                    view! {
                        <h3 id=heading.clone()>{title.clone()}</h3>
                        <p>{line}</p>
                        {(!actions.is_empty()).then(|| report_table(plan, &["action", "action_status", "due", "budget"], &actions, t::REPORT_ACTIONS, &format!("{heading}-actions"), Some(t::report_actions_of(&title))))}
                    }
                })
                .collect_view()
                .into_any()
        }
        Section::Progress => {
            let Some(progress) = find(all, "progress") else { return ().into_any() };
            view! {
                <p>{p.progress.clone()}</p>
                {report_table(progress, &["goal", "target", "previous_cycle", "this_cycle", "result"], &all_rows(progress), t::table_title("progress"), "table-progress", None)}
            }
            .into_any()
        }
        Section::Portfolio => {
            let Some(pf) = find(all, "portfolio") else { return ().into_any() };
            let decisions: Vec<String> = pf
                .rows
                .iter()
                .filter_map(|r| {
                    let decision = text_of(pf, r, "decision")?;
                    Some(t::report_decision(
                        &text_of(pf, r, "product").unwrap_or_default(),
                        &decision,
                        &text_of(pf, r, "rationale").unwrap_or_default(),
                        text_of(pf, r, "review_date").as_deref(),
                    ))
                })
                .collect();
            view! {
                <h3>{t::REPORT_DECISIONS}</h3>
                {if decisions.is_empty() {
                    view! { <p>{t::REPORT_NO_DECISIONS}</p> }.into_any()
                } else {
                    view! { <ul>{decisions.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
                }}
                {report_table(pf, &["product", "category", "annual_cost", "active_users", "privacy_agreement", "accessibility", "decision"], &all_rows(pf), t::table_title("portfolio"), "table-portfolio", None)}
            }
            .into_any()
        }
    }
}

#[component]
fn Report() -> impl IntoView {
    let state = expect_state();
    let chosen = RwSignal::new(Section::ALL.to_vec());
    let names = RwSignal::new(false);
    let analyses = use_cycle_analyses(state);
    let built = move || {
        let sections = chosen.get();
        let names = names.get();
        state
            .workspace
            .with(|w| w.as_ref().and_then(|ws| analyses.with(|a| a.as_ref().map(|a| tables(ws, a, &sections, names)))))
    };
    let file_base = move || {
        state.workspace.top(|w| {
            w.as_ref()
                .map(|ws| format!("{}-{}", slug(&ws.district), slug(&ws.current_cycle().label)))
                .unwrap_or_default()
        })
    };
    let xlsx = RwSignal::new(Workbook::Idle);
    let download_xlsx = move |_| {
        // Exports wait for protection: the buttons say so until it is done.
        if xlsx.get_untracked() == Workbook::Preparing {
            return;
        }
        let Some(tables) = built() else { return };
        xlsx.set(Workbook::Preparing);
        let named: Vec<Table> = tables.iter().map(named).collect();
        let request = workbook_request(&named);
        let name = format!("{}-report.xlsx", file_base());
        leptos::task::spawn_local(async move {
            let outcome = worker::ask(XLSX_WORKER, request).await.and_then(|bytes| {
                download::download_bytes(
                    &name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    &bytes,
                )
            });
            xlsx.set(match outcome {
                Ok(()) => Workbook::Idle,
                Err(e) => Workbook::Failed(e),
            });
        });
    };
    let csv = move |name: &'static str| {
        let all = state.workspace.with_untracked(|w| {
            w.as_ref().and_then(|ws| {
                analyses.with_untracked(|a| a.as_ref().map(|a| tables(ws, a, &Section::ALL, names.get_untracked())))
            })
        });
        let Some(all) = all else { return };
        if let Some(t) = all.iter().find(|t| t.name == name) {
            let _ = download::download_text(&format!("{}-{name}.csv", file_base()), "text/csv", &table_csv(&named(t)));
        }
    };
    let toggle = move |s: Section, on: bool| {
        chosen.update(|v| {
            v.retain(|x| *x != s);
            if on {
                v.push(s);
                v.sort();
            }
        })
    };
    let waiting = move || analyses.with(Option::is_none).then_some("true");
    let today = clock::local_date().0;
    // The sentences of the printed report, for the cycle shown.
    let prose = move || {
        state
            .workspace
            .with(|w| w.as_ref().and_then(|ws| analyses.with(|a| a.as_ref().and_then(|a| prose(ws, a, &today)))))
    };
    view! {
        <div class="no-print">
            <p class="lead">{t::REPORT_INTRO}</p>
            <PrivacyStatus/>
            <section aria-labelledby="report-options-heading" class="card">
                <h2 id="report-options-heading">{t::REPORT_OPTIONS}</h2>
                <fieldset>
                    <legend>{t::REPORT_SECTIONS}</legend>
                    {Section::ALL.into_iter().map(|s| {
                        let id = format!("section-{}", format!("{s:?}").to_lowercase());
                        view! {
                            <div class="check">
                                <input type="checkbox" id=id.clone() checked=true on:change=move |ev| toggle(s, event_target_checked(&ev))/>
                                <label for=id>{t::section_name(s)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="check">
                    <input type="checkbox" id="report-names" on:change=move |ev| names.set(event_target_checked(&ev))/>
                    <label for="report-names">{t::REPORT_NAMES}</label>
                </div>
                <div class="actions">
                    <button type="button" id="report-print" on:click=move |_| page::print()>{t::REPORT_PRINT}</button>
                </div>
                <h3>{t::REPORT_DOWNLOADS}</h3>
                <p class="hint">{t::REPORT_EXPORT_NOTE}</p>
                <div class="actions">
                    <button type="button" class="secondary" id="report-xlsx" on:click=download_xlsx
                        aria-disabled=move || (xlsx.get() == Workbook::Preparing).then_some("true").or(waiting())>{t::REPORT_XLSX}</button>
                    {[("ratings", Section::Assessment), ("consensus", Section::Assessment), ("findings", Section::Findings), ("plan", Section::Plan), ("portfolio", Section::Portfolio)]
                        .into_iter().map(|(name, _)| view! {
                            <button type="button" class="secondary" id=format!("report-csv-{name}") on:click=move |_| csv(name) aria-disabled=waiting>{t::report_csv_button(t::table_title(name))}</button>
                        }).collect_view()}
                </div>
                <p role="status" id="report-xlsx-status">{move || match xlsx.get() {
                    Workbook::Idle => String::new(),
                    Workbook::Preparing => t::REPORT_XLSX_PREPARING.to_string(),
                    Workbook::Failed(e) => t::report_xlsx_failed(&e),
                }}</p>
            </section>
        </div>
        <article class="report">
            {move || {
                let sections = chosen.get();
                let names = names.get();
                if sections.is_empty() {
                    return view! { <p class="empty">{t::REPORT_NO_SECTIONS}</p> }.into_any();
                }
                let (Some(all), Some(p)) = (built(), prose()) else {
                    return view! { <p class="hint">{t::CHECKING_PRIVACY}</p> }.into_any();
                };
                state.workspace.with(|w| {
                    let Some(ws) = w.as_ref() else { return ().into_any() };
                    let body = sections.into_iter().map(|s| {
                        let id = format!("report-{}", format!("{s:?}").to_lowercase());
                        let labelled = id.clone();
                        view! {
                            <section class="report-section" aria-labelledby=labelled>
                                <h2 id=id>{t::section_name(s)}</h2>
                                {section_body(s, &all, &p, ws, names)}
                            </section>
                        }
                    }).collect_view();
                    view! { {summary(&p, find(&all, "progress"))}{body} }.into_any()
                })
            }}
        </article>
    }
}
