//! A stacked horizontal bar: how many indicators stand at each level. The numbers are written
//! on the bar and the same numbers are in the table the caller renders next to it, so colour
//! is never the only signal.

use crate::ui::i18n as t;
use dew_domain::assessment::content::Level;
use leptos::prelude::*;

const W: f64 = 600.0;
const H: f64 = 36.0;

/// Segment classes, Foundational → Advanced, then "no level".
const CLASSES: [&str; 5] = ["seg-f", "seg-d", "seg-e", "seg-a", "seg-none"];

#[component]
pub fn LevelChart(
    /// Indicators at Foundational, Developing, Established, Advanced.
    at_level: [usize; 4],
    /// Indicators with no level yet.
    no_level: usize,
    /// What the chart shows, for screen readers (the table carries the numbers).
    label: String,
) -> impl IntoView {
    let counts: Vec<usize> = at_level.iter().copied().chain(std::iter::once(no_level)).collect();
    let total = counts.iter().sum::<usize>().max(1) as f64;
    let names: Vec<&'static str> =
        Level::ALL.iter().map(|l| t::level_name(*l)).chain(std::iter::once(t::results_no_level())).collect();
    let mut x = 0.0;
    let segments = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| {
            let w = W * (*n as f64) / total;
            let seg = view! {
                <g>
                    <title>{format!("{}: {n}", names[k])}</title>
                    <rect x=format!("{x:.1}") y="0" width=format!("{w:.1}") height=format!("{H}") class=CLASSES[k]/>
                    {(w >= 24.0).then(|| view! {
                        <text x=format!("{:.1}", x + w / 2.0) y="23" text-anchor="middle" class=format!("{}-text", CLASSES[k])>{n.to_string()}</text>
                    })}
                </g>
            };
            x += w;
            seg
        })
        .collect_view();
    view! {
        <svg class="level-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label preserveAspectRatio="none">
            {segments}
        </svg>
    }
}
