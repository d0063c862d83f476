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
    below_target, plan_headline, progress_headline, table_csv_in, tables, team_makeup, workbook_request_in, Section,
    Table, Value,
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

/// The tables with the self-assessment's and the divides' content in the reader's language.
fn content(tables: Vec<Table>) -> Vec<Table> {
    tables.into_iter().map(t::report_content).collect()
}

/// The workbook worker's loader, built by trunk from src/bin/xlsx_worker.rs (see index.html).
const XLSX_WORKER: &str = "xlsx-worker_loader.js";

/// Where a workbook download stands.
#[derive(Clone, PartialEq)]
enum Workbook {
    Idle,
    Preparing,
    /// The workbook was not made.
    Failed(worker::WorkerError),
    /// It was made, but the browser would not start the download.
    NotDownloaded,
}

#[component]
pub fn ReportPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Report.title()>
            <Report/>
        </WorkspacePage>
    }
}

mod sections;
mod summary;
use sections::*;
use summary::*;

#[component]
fn Report() -> impl IntoView {
    let state = expect_state();
    let chosen = RwSignal::new(Section::ALL.to_vec());
    let names = RwSignal::new(false);
    let analyses = use_cycle_analyses(state);
    let built = move || {
        let sections = chosen.get();
        let names = names.get();
        state.workspace.with(|w| {
            w.as_ref().and_then(|ws| analyses.with(|a| a.as_ref().map(|a| content(tables(ws, a, &sections, names)))))
        })
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
        // Sheet names and headers in the reader's language; the stable columns keep theirs.
        let request = workbook_request_in(&named, &t::file_sheet, &t::file_column);
        let name = format!("{}-report.xlsx", file_base());
        leptos::task::spawn_local(async move {
            let outcome = worker::ask(XLSX_WORKER, request).await.map(|bytes| {
                download::download_bytes(
                    &name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    &bytes,
                )
            });
            xlsx.set(match outcome {
                Ok(Ok(())) => Workbook::Idle,
                Ok(Err(_)) => Workbook::NotDownloaded,
                Err(e) => Workbook::Failed(e),
            });
        });
    };
    let csv = move |name: &'static str| {
        let all = state.workspace.with_untracked(|w| {
            w.as_ref().and_then(|ws| {
                analyses.with_untracked(|a| {
                    a.as_ref().map(|a| content(tables(ws, a, &Section::ALL, names.get_untracked())))
                })
            })
        });
        let Some(all) = all else { return };
        if let Some(t) = all.iter().find(|t| t.name == name) {
            let _ = download::download_text(
                &format!("{}-{name}.csv", file_base()),
                "text/csv",
                &table_csv_in(&named(t), &t::file_column),
            );
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
            <p class="lead">{t::report_intro()}</p>
            <PrivacyStatus/>
            <section aria-labelledby="report-options-heading" class="card">
                <h2 id="report-options-heading">{t::report_options()}</h2>
                <fieldset>
                    <legend>{t::report_sections()}</legend>
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
                    <label for="report-names">{t::report_names()}</label>
                </div>
                <div class="actions">
                    <button type="button" id="report-print" on:click=move |_| page::print()>{t::report_print()}</button>
                </div>
                <h3>{t::report_downloads()}</h3>
                <p class="hint">{t::report_export_note()}</p>
                <div class="actions">
                    <button type="button" class="secondary" id="report-xlsx" on:click=download_xlsx
                        aria-disabled=move || (xlsx.get() == Workbook::Preparing).then_some("true").or(waiting())>{t::report_xlsx()}</button>
                    {[("ratings", Section::Assessment), ("consensus", Section::Assessment), ("findings", Section::Findings), ("plan", Section::Plan), ("portfolio", Section::Portfolio)]
                        .into_iter().map(|(name, _)| view! {
                            <button type="button" class="secondary" id=format!("report-csv-{name}") on:click=move |_| csv(name) aria-disabled=waiting>{t::report_csv_button(t::table_title(name))}</button>
                        }).collect_view()}
                </div>
                <p role="status" id="report-xlsx-status">{move || match xlsx.get() {
                    Workbook::Idle => String::new(),
                    Workbook::Preparing => t::report_xlsx_preparing().to_string(),
                    Workbook::Failed(e) => t::report_xlsx_failed(&t::worker_error(&e)),
                    Workbook::NotDownloaded => t::data_download_failed().to_string(),
                }}</p>
            </section>
        </div>
        <article class="report">
            {move || {
                let sections = chosen.get();
                let names = names.get();
                if sections.is_empty() {
                    return view! { <p class="empty">{t::report_no_sections()}</p> }.into_any();
                }
                let (Some(all), Some(p)) = (built(), prose()) else {
                    return view! { <p class="hint">{t::checking_privacy()}</p> }.into_any();
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
