//! The printed report's sections after the summary: prose and small tables, a key to the
//! level bars, findings as sentences.

use super::*;

/// A table with its names and dates in words, as the files hold it.
pub(super) fn named(t: &Table) -> Table {
    t.named(&t::report_file_cell)
}

/// A table's heading, at level 3 (a section's table) or 4 (a table under an h3, such as a
/// goal's actions).
fn table_heading(level: u8, id: &str, title: String) -> AnyView {
    match level {
        4 => view! { <h4 id=id.to_string()>{title}</h4> }.into_any(),
        _ => view! { <h3 id=id.to_string()>{title}</h3> }.into_any(),
    }
}

/// A small printed table: the chosen columns of the chosen rows, with its own heading;
/// numbers right-aligned, and dates and amounts kept on one line.
/// `label` names the table for screen readers when its heading alone would be ambiguous.
/// Its heading is at `level` (3 under a section, 4 under a goal).
pub(super) fn report_table(
    level: u8,
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
        return view! { {table_heading(level, id, title)}<p>{t::report_empty_table()}</p> }.into_any();
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
        {table_heading(level, id, title.clone())}
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

pub(super) fn all_rows(t: &Table) -> Vec<&Vec<Value>> {
    t.rows.iter().collect()
}

/// Text of a cell, `None` when it is empty.
pub(super) fn text_of(t: &Table, row: &[Value], col: &str) -> Option<String> {
    match t.cell(row, col) {
        Value::Empty => None,
        v => Some(t::report_cell(v)).filter(|s| !s.is_empty()),
    }
}

/// "“indicator” for group at school", from a row's measure columns.
pub(super) fn measure_of(t: &Table, row: &[Value]) -> Option<String> {
    let indicator = text_of(t, row, "measure")?;
    Some(t::report_measure(
        &indicator,
        text_of(t, row, "measure_school").as_deref(),
        text_of(t, row, "measure_group").as_deref(),
    ))
}

/// The colour key of the level bars.
pub(super) fn level_key() -> impl IntoView {
    let names = Level::ALL.iter().map(|l| t::level_name(*l)).chain(std::iter::once(t::results_no_level()));
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
        <p class="chart-title" id="report-level-key">{t::report_level_key()}</p>
        <ul class="legend report-legend" aria-labelledby="report-level-key">{items}</ul>
    }
}

pub(super) fn find<'a>(all: &'a [Table], name: &str) -> Option<&'a Table> {
    all.iter().find(|t| t.name == name)
}

/// One section of the printed report, in prose and small tables.
pub(super) fn section_body(s: Section, all: &[Table], p: &Prose, ws: &Workspace, names: bool) -> AnyView {
    match s {
        Section::Team => {
            let Some(team) = find(all, "team") else { return ().into_any() };
            let cols: &[&str] = if names { &["role", "members", "names"] } else { &["role", "members"] };
            view! {
                <p>{p.team.clone()}</p>
                {report_table(3, team, cols, &all_rows(team), t::table_title("team"), "table-team", None)}
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
                            <p class="chart-title">{t::area_name(area)}</p>
                            <LevelChart at_level=sum.at_level no_level=sum.no_level label=t::results_chart_label(t::area_name(area))/>
                        </div>
                    }
                })
                .collect_view();
            let levels = ["foundational", "developing", "established", "advanced", "no_level", "median"];
            let mut area_cols = vec!["area"];
            area_cols.extend(levels);
            let mut divide_cols = vec!["divide"];
            divide_cols.extend(levels);
            let below = t::report_content(below_target(c));
            let shown: Vec<&Vec<Value>> = below.rows.iter().take(BELOW_TARGET).collect();
            let tables = [find(all, "areas").map(|t| (t, area_cols)), find(all, "divides").map(|t| (t, divide_cols))]
                .into_iter()
                .flatten()
                .map(|(table, cols)| {
                    report_table(
                        3,
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
                    3,
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
                <h3 id="table-below-target">{t::report_furthest_below()}</h3>
                <p>{t::report_below_target(below.rows.len(), shown.len())}</p>
                {(!shown.is_empty()).then(|| view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(t::report_furthest_below())>
                        <table class="data-table report-table">
                            <caption class="visually-hidden">{t::report_furthest_below()}</caption>
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
            // The protection line, in the reader's language (the tables' note row is for files).
            let notes = p.hidden.map(t::protection_line);
            let body = if p.findings.is_empty() {
                view! { <p>{t::report_no_findings()}</p> }.into_any()
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
                {notes.map(|n| view! { <p class="hint">{n}</p> })}
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
                return view! { <p>{t::report_empty_table()}</p> }.into_any();
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
                        {(!actions.is_empty()).then(|| report_table(4, plan, &["action", "action_status", "due", "budget"], &actions, t::report_actions(), &format!("{heading}-actions"), Some(t::report_actions_of(&title))))}
                    }
                })
                .collect_view()
                .into_any()
        }
        Section::Progress => {
            let Some(progress) = find(all, "progress") else { return ().into_any() };
            view! {
                <p>{p.progress.clone()}</p>
                {report_table(3, progress, &["goal", "target", "previous_cycle", "this_cycle", "result"], &all_rows(progress), t::table_title("progress"), "table-progress", None)}
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
                <h3>{t::report_decisions()}</h3>
                {if decisions.is_empty() {
                    view! { <p>{t::report_no_decisions()}</p> }.into_any()
                } else {
                    view! { <ul>{decisions.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
                }}
                {report_table(3, pf, &["product", "category", "annual_cost", "active_users", "privacy_agreement", "accessibility", "decision"], &all_rows(pf), t::table_title("portfolio"), "table-portfolio", None)}
            }
            .into_any()
        }
    }
}
