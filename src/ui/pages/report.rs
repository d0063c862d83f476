//! "/report": the board report of the current cycle, built from the same tables as the
//! exports (aggregates only, suppression applied), printable, with the workbook and CSV
//! downloads beside it.

use crate::browser::{clock, download, page, worker};
use crate::ui::components::findings::{use_cycle_analyses, PrivacyStatus};
use crate::ui::components::level_chart::LevelChart;
use crate::ui::components::statements::statement_sentence;
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use crate::ui::store::{ASSESSMENT, DIVIDES};
use dew_domain::assessment::results::{by_area, standings};
use dew_domain::divides::statements::statements;
use dew_domain::ids::slug;
use dew_domain::report::{split_notes, table_csv, tables, top_per_divide, workbook_request, Section, Table, Value};
use leptos::prelude::*;

/// How many findings per divide the printed report lists (the exports list all).
const TOP_FINDINGS: usize = 5;
/// How many WHO-needs-WHAT statements the report opens with.
const LEAD_STATEMENTS: usize = 5;

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

fn cell(v: &Value) -> String {
    match v {
        Value::Rate(r) => t::percent(*r),
        other => other.plain(),
    }
}

/// A report table with its own heading; numbers right-aligned.
fn report_table(table: &Table) -> impl IntoView {
    let title = t::table_title(table.name);
    if table.rows.is_empty() {
        return view! { <h3>{title}</h3><p>{t::REPORT_EMPTY_TABLE}</p> }.into_any();
    }
    view! {
        <h3 id=format!("table-{}", table.name)>{title}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(title)>
            <table class="data-table report-table">
                <caption class="visually-hidden">{title}</caption>
                <thead><tr>{table.header.iter().map(|h| view! { <th scope="col">{t::column_title(h)}</th> }).collect_view()}</tr></thead>
                <tbody>{table.rows.iter().map(|r| view! {
                    <tr>{r.iter().enumerate().map(|(k, v)| {
                        let num = matches!(v, Value::Count(_) | Value::Rate(_));
                        if k == 0 {
                            view! { <th scope="row">{cell(v)}</th> }.into_any()
                        } else {
                            view! { <td class:num=num>{cell(v)}</td> }.into_any()
                        }
                    }).collect_view()}</tr>
                }).collect_view()}</tbody>
            </table>
        </div>
    }
    .into_any()
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
        let request = workbook_request(&tables);
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
            let _ = download::download_text(&format!("{}-{name}.csv", file_base()), "text/csv", &table_csv(t));
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
    let header = move || {
        state.workspace.top(|w| {
            w.as_ref()
                .map(|ws| t::report_generated(&ws.district, &ws.current_cycle().label, &clock::local_date().0))
                .unwrap_or_default()
        })
    };
    let waiting = move || analyses.with(Option::is_none).then_some("true");
    // The report leads with the top WHO-needs-WHAT statements of the cycle shown.
    let lead = move || -> Vec<String> {
        let Some(data) = state.workspace.read(DIVIDES, Clone::clone) else { return Vec::new() };
        let at = state.workspace.top(|w| w.as_ref().and_then(|ws| ws.cycles.iter().position(|c| c.id == ws.current)));
        analyses.with(|all| {
            let Some(a) = all.as_ref().zip(at).and_then(|(all, i)| all.get(i)) else { return Vec::new() };
            statements(a).iter().take(LEAD_STATEMENTS).map(|s| statement_sentence(&data, a, s)).collect()
        })
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
        <article class="report" aria-labelledby="report-heading">
            <p class="report-meta" id="report-heading">{header}</p>
            {move || {
                let sections = chosen.get();
                if sections.is_empty() {
                    return view! { <p class="empty">{t::REPORT_NO_SECTIONS}</p> }.into_any();
                }
                let Some(all) = built() else {
                    return view! { <p class="hint">{t::CHECKING_PRIVACY}</p> }.into_any();
                };
                let assessment = state.workspace.read(ASSESSMENT, Clone::clone).unwrap_or_default();
                let lead = if sections.contains(&Section::Findings) { lead() } else { Vec::new() };
                let lead = (!lead.is_empty()).then(|| view! {
                    <section class="report-section" aria-labelledby="report-statements">
                        <h2 id="report-statements">{t::STATEMENTS_HEADING}</h2>
                        <ol class="statements">{lead.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                    </section>
                });
                let body = sections.into_iter().map(|s| {
                    let id = format!("report-{}", format!("{s:?}").to_lowercase());
                    let labelled = id.clone();
                    let mine: Vec<Table> = all.iter().filter(|t| match s {
                        Section::Team => t.name == "team",
                        Section::Assessment => ["areas", "divides", "ratings", "consensus"].contains(&t.name),
                        Section::Findings => t.name == "findings",
                        Section::Plan => t.name == "plan",
                        Section::Progress => t.name == "progress",
                        Section::Portfolio => t.name == "portfolio",
                    }).map(|t| if t.name == "findings" { top_per_divide(t, TOP_FINDINGS) } else { t.clone() }).collect();
                    let charts = (s == Section::Assessment).then(|| {
                        let st = standings(&assessment);
                        by_area(&st).into_iter().map(|(area, sum)| view! {
                            <div class="report-chart">
                                <p class="chart-title">{area.name}</p>
                                <LevelChart at_level=sum.at_level no_level=sum.no_level label=t::results_chart_label(area.name)/>
                            </div>
                        }).collect_view()
                    });
                    view! {
                        <section class="report-section" aria-labelledby=labelled>
                            <h2 id=id>{t::section_name(s)}</h2>
                            {charts}
                            {mine.iter().map(|t| {
                                let (t, notes) = split_notes(t);
                                view! {
                                    {report_table(&t)}
                                    {notes.into_iter().map(|n| view! { <p class="hint">{n}</p> }).collect_view()}
                                }
                            }).collect_view()}
                        </section>
                    }
                }).collect_view();
                view! { {lead}{body} }.into_any()
            }}
        </article>
    }
}
