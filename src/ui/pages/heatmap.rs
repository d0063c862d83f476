//! "/heatmap": schools × indicators, and groups × indicators for the district or one school.
//! Each map is an SVG with its values written in the cells and a table with the same numbers.

use crate::ui::components::findings::use_analysis;
use crate::ui::components::form::FilterSelect;
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use dew_domain::divides::analysis::{Analysis, CellResult, Flag, Status};
use dew_domain::divides::model::DivideData;
use dew_domain::divides::protect::{coded, Band};
use leptos::prelude::*;

/// What one cell shows: a rate with its flag, or why there is none.
#[derive(Clone, PartialEq)]
enum Shown {
    Rate(f64, Option<Flag>),
    /// A top/bottom-coded rate.
    Coded(Band),
    Suppressed,
    /// Hidden to protect another cell.
    Complementary,
    Invalid,
    None,
}

fn shown(a: &Analysis, c: Option<&CellResult>) -> Shown {
    match c {
        None => Shown::None,
        Some(c) if c.status == Status::Suppressed => Shown::Suppressed,
        Some(c) if c.status == Status::ComplementarySuppressed => Shown::Complementary,
        Some(c) if c.status == Status::Invalid => Shown::Invalid,
        Some(c) => match coded(a, c) {
            Some(b) => Shown::Coded(b),
            None => c.rate().map_or(Shown::None, |r| Shown::Rate(r, c.flag())),
        },
    }
}

fn short(s: &Shown) -> String {
    match s {
        Shown::Rate(r, f) => {
            let flag = match f {
                Some(Flag::Priority) => t::heatmap_priority_mark(),
                Some(Flag::Watch) => t::heatmap_watch_mark(),
                None => "",
            };
            format!("{}{flag}", t::percent(*r))
        }
        _ => "–".into(),
    }
}

fn long(s: &Shown, min_n: u64) -> String {
    match s {
        Shown::Rate(r, f) => match f {
            Some(f) => format!("{} ({})", t::percent(*r), t::flag_name(*f)),
            None => t::percent(*r),
        },
        Shown::Suppressed => t::fewer_than(min_n),
        Shown::Complementary => t::suppressed_complement().into(),
        Shown::Coded(b) => t::coded_band(*b).into(),
        Shown::Invalid => t::invalid_cell().into(),
        Shown::None => t::no_data().into(),
    }
}

/// A colour-blind-safe single-hue scale (light to dark blue); text flips to white on dark.
fn fill(s: &Shown) -> (&'static str, &'static str) {
    const STEPS: [&str; 6] = ["#eef3fa", "#d0def0", "#a9c3e3", "#6f9bd0", "#3b6fb0", "#1d4f91"];
    match s {
        Shown::Rate(r, _) => {
            let i = ((r * 6.0).floor() as usize).min(5);
            (STEPS[i], if i >= 4 { "#ffffff" } else { "#1b1b1b" })
        }
        _ => ("#f4f4f4", "#1b1b1b"),
    }
}

struct Grid {
    rows: Vec<String>,
    /// [row][indicator]
    cells: Vec<Vec<Shown>>,
}

fn schools_grid(d: &DivideData, a: &Analysis) -> Grid {
    let rows = d.schools.iter().map(|s| s.name.clone()).collect();
    let cells = d
        .schools
        .iter()
        .map(|s| (0..a.indicators.len()).map(|i| shown(a, a.find(i, Some(&s.id), None))).collect())
        .collect();
    Grid { rows, cells }
}

/// Groups × indicators for a school (by id) or, with `None`, the district.
fn groups_grid(d: &DivideData, a: &Analysis, school: Option<&str>) -> Grid {
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    for dim in d.dimensions() {
        for g in &dim.groups {
            let row: Vec<Shown> =
                (0..a.indicators.len()).map(|i| shown(a, a.find(i, school, Some((&dim.id, &g.id))))).collect();
            if row.iter().any(|s| *s != Shown::None) {
                rows.push(format!(
                    "{}: {}",
                    t::dimension_name(&dim.id, &dim.name),
                    t::group_name(&dim.id, &g.id, &g.name)
                ));
                cells.push(row);
            }
        }
    }
    Grid { rows, cells }
}

#[component]
fn HeatMap(grid: Grid, indicators: Vec<String>, label: String, row_header: &'static str, min_n: u64) -> impl IntoView {
    let (cw, ch, left, top) = (58.0, 26.0, 250.0, 28.0);
    let width = left + cw * indicators.len() as f64;
    let height = top + ch * grid.rows.len() as f64;
    let svg_cells = grid
        .cells
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            row.iter().enumerate().map(move |(c, s)| {
                let (bg, fg) = fill(s);
                let (x, y) = (left + cw * c as f64, top + ch * r as f64);
                view! {
                    <rect x=x y=y width=cw - 2.0 height=ch - 2.0 fill=bg/>
                    <text x=x + cw / 2.0 - 1.0 y=y + 17.0 text-anchor="middle" fill=fg class="hm-text">{short(s)}</text>
                }
            })
        })
        .collect_view();
    let row_labels = grid
        .rows
        .iter()
        .enumerate()
        .map(|(r, name)| {
            let shortened: String = if name.chars().count() > 34 { format!("{}…", name.chars().take(33).collect::<String>()) } else { name.clone() };
            view! { <text x=left - 6.0 y=top + ch * r as f64 + 17.0 text-anchor="end" class="hm-label">{shortened}</text> }
        })
        .collect_view();
    let col_labels = (0..indicators.len())
        .map(|c| view! { <text x=left + cw * c as f64 + cw / 2.0 y=18 text-anchor="middle" class="hm-label">{format!("{}", c + 1)}</text> })
        .collect_view();
    let table_label = format!("{} — {}", t::heatmap_table(), label);
    view! {
        <div class="heatmap-scroll" tabindex="0" role="region" aria-label=label.clone()>
            <svg class="heatmap" viewBox=format!("0 0 {width} {height}") width=width height=height role="img" aria-label=label.clone()>
                {col_labels}{row_labels}{svg_cells}
            </svg>
        </div>
        <p class="hint">{t::heatmap_legend()}</p>
        <ol class="indicator-key">{indicators.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ol>
        <h3>{t::heatmap_table()}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=table_label>
            <table class="data-table compact-cells">
                <caption class="visually-hidden">{label}</caption>
                <thead><tr><th scope="col">{row_header}</th>{indicators.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {grid.rows.iter().zip(&grid.cells).map(|(name, row)| view! {
                        <tr><th scope="row">{name.clone()}</th>{row.iter().map(|s| view! { <td>{long(s, min_n)}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn HeatmapPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Heatmap.title()>
            <HeatMaps/>
        </WorkspacePage>
    }
}

#[component]
fn HeatMaps() -> impl IntoView {
    let state = expect_state();
    let (data, analysis) = use_analysis(state);
    let scope = RwSignal::new(String::new());
    view! {
        <p class="lead">{t::heatmap_intro()}</p>
        {move || if data.with(|d| d.cells.is_empty()) { view! { <p class="empty">{t::divides_empty()}" "<a href=href(Page::DivideData)>{t::go_divide_data()}</a></p> }.into_any() } else { ().into_any() }}
        <section aria-labelledby="hm-schools">
            <h2 id="hm-schools">{t::heatmap_schools()}</h2>
            {move || data.with(|d| analysis.with(|a| {
                let names = a.indicators.iter().map(t::divide_indicator_name).collect();
                view! { <HeatMap grid=schools_grid(d, a) indicators=names label=t::heatmap_label(t::heatmap_schools()) row_header=t::heatmap_col_school() min_n=a.min_n/> }
            }))}
        </section>
        <section aria-labelledby="hm-groups">
            <h2 id="hm-groups">{t::heatmap_groups()}</h2>
            <FilterSelect id="hm-scope" label=t::heatmap_scope() value=scope>
                <option value="">{t::filter_district()}</option>
                {move || data.with(|d| d.schools.iter().map(|s| view! { <option value=s.id.clone()>{s.name.clone()}</option> }).collect_view())}
            </FilterSelect>
            {move || data.with(|d| analysis.with(|a| {
                let sc = scope.get();
                let (school, place) = if sc.is_empty() {
                    (None, t::filter_district().to_string())
                } else {
                    (Some(sc.as_str()), d.school_name(&sc).unwrap_or(&sc).to_string())
                };
                let names = a.indicators.iter().map(t::divide_indicator_name).collect();
                let label = t::heatmap_label(&format!("{} — {place}", t::heatmap_groups()));
                view! { <HeatMap grid=groups_grid(d, a, school) indicators=names label=label row_header=t::heatmap_col_group() min_n=a.min_n/> }
            }))}
        </section>
    }
}
