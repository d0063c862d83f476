//! "/progress": success measures against this cycle and the one before, each area's level per
//! cycle, and each divide indicator's district trend with the groups flagged now. Every chart
//! is a small SVG with a table of the same numbers.

use crate::ui::components::findings::{use_cycle_analyses, PrivacyStatus};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use crate::ui::store::{ASSESSMENT, DIVIDES};
use dew_domain::assessment::content::Level;
use dew_domain::plan::{Evaluation, Measure};
use dew_domain::progress::{area_levels, divide_trends, measures, Point};
use leptos::prelude::*;

#[component]
pub fn ProgressPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Progress.title()>
            <Progress/>
        </WorkspacePage>
    }
}

fn shown_value(m: &Measure, e: &Evaluation) -> String {
    match (m, e.value) {
        (Measure::Rate { .. }, Some(v)) => t::percent(v),
        (Measure::Level { .. }, Some(v)) => Level::from_index(v as usize).map(t::level_name).unwrap_or_default().into(),
        _ => t::outcome_name(e.outcome).into(),
    }
}

fn target_text(m: &Measure) -> String {
    match m {
        Measure::Rate { target, by, .. } => t::target_by(&t::percent(*target), *by),
        Measure::Level { target, by, .. } => t::target_by(t::level_name(*target), *by),
    }
}

/// A value and a target on one 0–1 scale (levels: Foundational 0 … Advanced 1).
fn scaled(m: &Measure, v: Option<f64>) -> (Option<f64>, f64) {
    match m {
        Measure::Rate { target, .. } => (v, *target),
        Measure::Level { target, .. } => (v.map(|x| x / 3.0), target.index() as f64 / 3.0),
    }
}

fn point_text(p: Point) -> String {
    match p {
        Point::Rate(r) => t::percent(r),
        Point::Suppressed => t::suppressed_short().into(),
        Point::Coded(b) => t::coded_band(b).into(),
        Point::NoData => t::no_data_short().into(),
    }
}

const LINE_CLASSES: [&str; 6] = ["line-0", "line-1", "line-2", "line-3", "line-4", "line-5"];

/// A small line chart of rates per cycle: one line per series, points marked and labelled.
fn trend_chart(label: String, cycles: usize, series: &[(String, Vec<Point>)]) -> impl IntoView {
    let (w, h, pad) = (320.0, 120.0, 24.0);
    let x = move |i: usize| if cycles <= 1 { w / 2.0 } else { pad + (w - 2.0 * pad) * i as f64 / (cycles - 1) as f64 };
    let y = move |r: f64| h - pad - (h - 2.0 * pad) * r;
    let lines = series
        .iter()
        .enumerate()
        .map(|(k, (name, points))| {
            let pts: Vec<(f64, f64, f64)> =
                points.iter().enumerate().filter_map(|(i, p)| p.rate().map(|r| (x(i), y(r), r))).collect();
            let path = pts.iter().map(|(a, b, _)| format!("{a:.1},{b:.1}")).collect::<Vec<_>>().join(" ");
            let class = LINE_CLASSES[k % LINE_CLASSES.len()];
            view! {
                <g class=class>
                    <title>{name.clone()}</title>
                    <polyline points=path fill="none"/>
                    {pts.into_iter().map(|(a, b, r)| view! { <circle cx=format!("{a:.1}") cy=format!("{b:.1}") r="3"><title>{format!("{name}: {}", t::percent(r))}</title></circle> }).collect_view()}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="trend-chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=label>
            <line x1=pad y1=y(0.0) x2=w - pad y2=y(0.0) class="axis"/>
            <line x1=pad y1=y(1.0) x2=w - pad y2=y(1.0) class="axis faint"/>
            {lines}
        </svg>
    }
}

#[component]
fn Progress() -> impl IntoView {
    let state = expect_state();
    // One protected analysis per cycle, made again only when a cycle's data change.
    let analyses = use_cycle_analyses(state);
    let labels = move || {
        state.workspace.top(|w| {
            w.as_ref().map(|ws| ws.cycles.iter().map(|c| c.label.clone()).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    let rows = move || {
        state
            .workspace
            .with(|w| w.as_ref().and_then(|ws| analyses.with(|a| a.as_ref().map(|a| measures(ws, ws.current, a)))))
    };
    view! {
        <p class="lead">{t::progress_intro()}</p>
        <PrivacyStatus/>
        {move || (labels().len() < 2).then(|| view! { <p class="empty" id="progress-one-cycle">{t::progress_one_cycle()}" "<a href=href(Page::Home)>{t::go_cycles()}</a></p> })}
        <h2 id="measures-heading">{t::progress_measures()}</h2>
        {move || {
            let Some(rows) = rows() else {
                return view! { <p class="hint">{t::checking_privacy()}</p> }.into_any();
            };
            if rows.is_empty() {
                return view! { <p class="empty">{t::progress_no_measures()}" "<a href=href(Page::Plan)>{t::go_plan()}</a></p> }.into_any();
            }
            // A row per measure: the goal and its figures written above a bar, the target a tick.
            let (w, row, bar) = (600.0, 44.0, 14.0);
            let h = rows.len() as f64 * row + 6.0;
            let bars = rows.iter().enumerate().map(|(k, r)| {
                let (v, target) = scaled(&r.measure, r.now.value);
                let top = k as f64 * row;
                let short: String = r.title.chars().take(38).collect();
                let text = format!("{short}{}: {} ({} {})", if short.len() < r.title.len() { "…" } else { "" }, shown_value(&r.measure, &r.now), t::progress_col_target().to_lowercase(), target_text(&r.measure));
                view! {
                    <g>
                        <text x="0" y=format!("{:.1}", top + 14.0) class="chart-label">{text}</text>
                        <rect x="0" y=format!("{:.1}", top + 20.0) width=format!("{:.1}", w * v.unwrap_or(0.0)) height=bar class=if r.now.outcome == dew_domain::plan::Outcome::Met { "bar-met" } else { "bar-not-met" }/>
                        <line x1=format!("{:.1}", w * target) x2=format!("{:.1}", w * target) y1=format!("{:.1}", top + 17.0) y2=format!("{:.1}", top + 20.0 + bar + 3.0) class="target-tick"/>
                    </g>
                }
            }).collect_view();
            view! {
                <svg class="measure-chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=t::measures_chart_label(rows.len())>{bars}</svg>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t::progress_measures()>
                    <table class="data-table" id="measures-table">
                        <caption class="visually-hidden">{t::progress_measures()}</caption>
                        <thead><tr>
                            <th scope="col">{t::progress_col_goal()}</th><th scope="col">{t::progress_col_target()}</th>
                            <th scope="col">{t::progress_col_before()}</th><th scope="col">{t::progress_col_now()}</th><th scope="col">{t::progress_col_result()}</th>
                        </tr></thead>
                        <tbody>{rows.iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.title.clone()}</th>
                                <td>{target_text(&r.measure)}</td>
                                <td>{r.before.map(|b| shown_value(&r.measure, &b)).unwrap_or_else(|| "—".into())}</td>
                                <td>{shown_value(&r.measure, &r.now)}</td>
                                <td class=format!("outcome-{:?}", r.now.outcome).to_lowercase()>{t::outcome_name(r.now.outcome)}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <h2 id="areas-heading">{t::progress_areas()}</h2>
        {move || {
            let labels = labels();
            let levels = state.workspace.across_cycles(ASSESSMENT, area_levels).unwrap_or_default();
            // Area names on the left, the four levels across the top, a dot per cycle.
            let (w, row, left, top) = (600.0, 22.0, 230.0, 24.0);
            let h = top + levels.len() as f64 * row + 4.0;
            let n = labels.len();
            let x = move |l: Level| left + 30.0 + (w - left - 90.0) * l.index() as f64 / 3.0;
            let axis = Level::ALL.into_iter().map(|l| view! {
                <text x=format!("{:.1}", x(l)) y="14" text-anchor="middle" class="chart-label">{t::level_name(l)}</text>
            }).collect_view();
            let dots = levels.iter().enumerate().map(|(k, (area, per))| {
                let cy = top + 10.0 + k as f64 * row;
                let name: String = t::area_name(area).chars().take(32).collect();
                view! {
                    <g>
                        <text x="0" y=format!("{:.1}", cy + 4.0) class="chart-label">{name}</text>
                        <line x1=x(Level::Foundational) x2=x(Level::Advanced) y1=cy y2=cy class="axis faint"/>
                        {per.iter().enumerate().filter_map(|(c, l)| l.map(|l| (c, l))).map(|(c, l)| view! {
                            <circle cx=format!("{:.1}", x(l) + (c as f64 - (n as f64 - 1.0) / 2.0) * 7.0) cy=cy r="5" class=LINE_CLASSES[c % LINE_CLASSES.len()]>
                                <title>{format!("{}: {} in {}", t::area_name(area), t::level_name(l), labels[c])}</title>
                            </circle>
                        }).collect_view()}
                    </g>
                }
            }).collect_view();
            let legend = labels.iter().enumerate().map(|(c, l)| view! {
                <span class="legend-item"><span class=format!("key {}", LINE_CLASSES[c % LINE_CLASSES.len()]) aria-hidden="true"></span>{l.clone()}</span>
            }).collect_view();
            view! {
                <p class="legend" aria-hidden="true">{legend}</p>
                <svg class="areas-chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=t::areas_chart_label()>{axis}{dots}</svg>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t::progress_areas()>
                    <table class="data-table" id="areas-table">
                        <caption class="visually-hidden">{t::progress_areas()}</caption>
                        <thead><tr><th scope="col">{t::reflect_area()}</th>{labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}</tr></thead>
                        <tbody>{levels.iter().map(|(area, per)| view! {
                            <tr><th scope="row">{t::area_name(area)}</th>{per.iter().map(|l| view! { <td>{l.map(t::level_name).unwrap_or("—")}</td> }).collect_view()}</tr>
                        }).collect_view()}</tbody>
                    </table>
                </div>
            }
        }}
        <h2 id="trends-heading">{t::progress_trends()}</h2>
        {move || {
            let labels = labels();
            let Some(trends) = analyses.with(|a| a.as_deref().map(divide_trends)) else {
                return view! { <p class="hint">{t::checking_privacy()}</p> }.into_any();
            };
            let names = state.workspace.read(DIVIDES, Clone::clone).unwrap_or_default();
            if trends.is_empty() {
                return view! { <p class="empty">{t::progress_no_trends()}" "<a href=href(Page::DivideData)>{t::go_divide_data()}</a></p> }.into_any();
            }
            trends.into_iter().map(|tr| {
                let mut series = vec![(t::progress_district().to_string(), tr.district.clone())];
                series.extend(tr.groups.iter().map(|((d, g), p)| (t::group_label(&names, d, g), p.clone())));
                let id = format!("trend-{}", tr.indicator);
                let name = t::divide_indicator_name_by_id(&tr.indicator, &tr.name);
                view! {
                    <section class="trend" aria-labelledby=id.clone()>
                        <h3 id=id.clone()>{name.clone()}</h3>
                        <div class="two-columns">
                            {trend_chart(t::trend_chart_label(&name), labels.len(), &series)}
                            <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(&name)>
                                <table class="data-table">
                                    <caption class="visually-hidden">{name.clone()}</caption>
                                    <thead><tr><th scope="col">{t::plan_measure_group()}</th>{labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}</tr></thead>
                                    <tbody>{series.iter().enumerate().map(|(k, (name, points))| view! {
                                        <tr><th scope="row"><span class=format!("key {}", LINE_CLASSES[k % LINE_CLASSES.len()]) aria-hidden="true"></span>{name.clone()}</th>
                                            {points.iter().map(|p| view! { <td>{point_text(*p)}</td> }).collect_view()}</tr>
                                    }).collect_view()}</tbody>
                                </table>
                            </div>
                        </div>
                    </section>
                }
            }).collect_view().into_any()
        }}
    }
}
