//! "/divide-data": analysis settings, the aggregate CSV import with preview, the editable grid,
//! schools, and custom indicators and groupings.

use crate::browser::{download, page};
use crate::ui::components::form::RadioGroup;
use crate::ui::components::import_status::{self, CsvFileField, Ids};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::edit_divides;
use crate::ui::flows;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use dew_domain::assessment::content::Divide;
use dew_domain::divides::csv_import::{template_csv, AggregateReader};
use dew_domain::divides::import::{apply, preview_parsed, Mode, Preview};
use dew_domain::divides::model::{
    blank_indicator_fields, parse_group_names, CellKey, Comparison, Counts, Dimension, Direction, DivideData,
    DivideIndicator, Field, Group, School, MIN_N_RANGE, PROTECTION_RANGE,
};
use dew_domain::ids::new_id;
use dew_domain::import_flow::{ImportFlow, Problems};
use leptos::prelude::*;

mod grid;
mod import;
mod structure;
use grid::*;
use import::*;
use structure::*;

#[component]
pub fn DivideDataPage() -> impl IntoView {
    // Bumped when an import is undone, so the grid shows the counts as they were again. (Not
    // `WorkspaceStore::track_replaced`, which rebuilds the whole page and would lose "Import undone".)
    let grid_rev = RwSignal::new(0u32);
    view! {
        <WorkspacePage title=Page::DivideData.title()>
            <p class="lead">{t::ddata_intro()}</p>
            <CsvImport grid_rev=grid_rev/>
            <DataGrid grid_rev=grid_rev/>
            <Schools/>
            <SettingsForm/>
            <Indicators/>
            <Dimensions/>
        </WorkspacePage>
    }
}

#[component]
fn SettingsForm() -> impl IntoView {
    let state = expect_state();
    let current = state
        .workspace
        .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.settings.clone()))
        .unwrap_or_default();
    let threshold = RwSignal::new(format!("{}", current.threshold_points));
    let min_n = RwSignal::new(current.min_n.to_string());
    let cmp = RwSignal::new(match &current.comparison {
        Comparison::Complement => "complement".to_string(),
        Comparison::Overall => "overall".into(),
        Comparison::HighestGroup => "highest".into(),
        Comparison::Chosen { dimension, group } => format!("chosen:{dimension}:{group}"),
    });
    let coding = RwSignal::new(current.top_bottom_coding);
    let adjust = RwSignal::new(current.adjust_for_chance);
    let protection = RwSignal::new(current.protection_percent.to_string());
    let protection_error = RwSignal::new(false);
    let errors = RwSignal::new((None::<&'static str>, None::<&'static str>));
    let saved = RwSignal::new(false);
    let dims = state
        .workspace
        .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.dimensions()))
        .unwrap_or_default();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let th =
            threshold.get_untracked().trim().parse::<f64>().ok().filter(|x| x.is_finite() && *x >= 1.0 && *x <= 100.0);
        let n = min_n.get_untracked().trim().parse::<u64>().ok().filter(|x| MIN_N_RANGE.contains(x));
        errors.set((th.is_none().then_some(t::ddata_threshold_error()), n.is_none().then_some(t::ddata_min_n_error())));
        let pl = protection.get_untracked().trim().parse::<u64>().ok().filter(|x| PROTECTION_RANGE.contains(x));
        protection_error.set(pl.is_none());
        let (Some(th), Some(n), Some(pl)) = (th, n, pl) else {
            page::focus(if th.is_none() {
                "set-threshold"
            } else if n.is_none() {
                "set-min-n"
            } else {
                "set-protection"
            });
            return;
        };
        let c = cmp.get_untracked();
        let comparison = match c.as_str() {
            "overall" => Comparison::Overall,
            "highest" => Comparison::HighestGroup,
            other => match other.strip_prefix("chosen:").and_then(|r| r.split_once(':')) {
                Some((d, g)) => Comparison::Chosen { dimension: d.into(), group: g.into() },
                None => Comparison::Complement,
            },
        };
        let coding = coding.get_untracked();
        let adjust = adjust.get_untracked();
        edit_divides(state, |d| {
            d.settings.threshold_points = th;
            d.settings.min_n = n;
            d.settings.comparison = comparison;
            d.settings.top_bottom_coding = coding;
            d.settings.protection_percent = pl;
            d.settings.adjust_for_chance = adjust;
        });
        saved.set(true);
    };
    view! {
        <section class="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t::ddata_settings()}</h2>
            <form on:submit=save novalidate=true>
                <div class="field">
                    <label for="set-threshold">{t::ddata_threshold()}</label>
                    {move || errors.get().0.map(|e| view! { <p class="error-text" id="set-threshold-error">{e}</p> })}
                    <input id="set-threshold" type="text" inputmode="decimal" bind:value=threshold
                        aria-invalid=move || errors.get().0.is_some().to_string()
                        aria-describedby=move || errors.get().0.map(|_| "set-threshold-error")/>
                </div>
                <div class="field">
                    <label for="set-min-n">{t::ddata_min_n()}</label>
                    {move || errors.get().1.map(|e| view! { <p class="error-text" id="set-min-n-error">{e}</p> })}
                    <input id="set-min-n" type="text" inputmode="numeric" bind:value=min_n
                        aria-invalid=move || errors.get().1.is_some().to_string()
                        aria-describedby=move || errors.get().1.map(|_| "set-min-n-error")/>
                </div>
                <div class="field">
                    <label for="set-protection">{t::ddata_protection()}</label>
                    <p class="hint" id="set-protection-hint">{t::ddata_protection_hint()}</p>
                    {move || protection_error.get().then(|| view! { <p class="error-text" id="set-protection-error">{t::ddata_protection_error()}</p> })}
                    <input id="set-protection" type="text" inputmode="numeric" bind:value=protection
                        aria-invalid=move || protection_error.get().to_string()
                        aria-describedby=move || if protection_error.get() { "set-protection-hint set-protection-error" } else { "set-protection-hint" }/>
                </div>
                <div class="field">
                    <label for="set-comparison">{t::ddata_comparison()}</label>
                    <select id="set-comparison" prop:value=move || cmp.get() on:change=move |ev| cmp.set(event_target_value(&ev))>
                        <option value="complement">{t::ddata_cmp_complement()}</option>
                        <option value="overall">{t::ddata_cmp_overall()}</option>
                        <option value="highest">{t::ddata_cmp_highest()}</option>
                        {dims.iter().flat_map(|d| d.groups.iter().map(move |g| view! {
                            <option value=format!("chosen:{}:{}", d.id, g.id)>{t::ddata_cmp_chosen(&t::dimension_name(&d.id, &d.name), &t::group_name(&d.id, &g.id, &g.name))}</option>
                        })).collect_view()}
                    </select>
                </div>
                <div class="check">
                    <input type="checkbox" id="set-adjust" bind:checked=adjust aria-describedby="set-adjust-hint"/>
                    <label for="set-adjust">{t::ddata_adjust()}</label>
                </div>
                <p class="hint" id="set-adjust-hint">{t::ddata_adjust_hint()}</p>
                <div class="check">
                    <input type="checkbox" id="set-coding" bind:checked=coding/>
                    <label for="set-coding">{t::ddata_coding()}</label>
                </div>
                <div class="actions">
                    <button type="submit">{t::ddata_settings_save()}</button>
                    <span role="status">{move || saved.get().then_some(t::ddata_settings_saved())}</span>
                </div>
            </form>
        </section>
    }
}
