//! "/assessment?area=<id>": rate one area's indicators (current level with the descriptors,
//! target, evidence, next step), with progress per area and a jump to the next unrated one.

use crate::browser::{clock, download, page};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::dom_id;
use crate::ui::i18n as t;
use crate::ui::routes::{self, assess_area, Page};
use crate::ui::state::{expect_state, AppState};
use crate::ui::store::ASSESSMENT;
use dew_domain::assessment::content::{Area, Indicator, Level, AREAS};
use dew_domain::assessment::rater_file::{self, Context};
use dew_domain::assessment::rating::{area_progress, next_unrated, overall_progress, Current, Rating, Step};
use dew_domain::team::Role;
use dew_domain::workspace::RaterProfile;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

mod card;
mod rater_export;

use card::IndicatorCard;
use rater_export::RaterExport;

fn own_rating(state: AppState, id: &str) -> Option<Rating> {
    state.workspace.read(ASSESSMENT, |a| a.own.get(id).cloned()).flatten()
}

/// Changes this device's rating of one indicator; an emptied rating is removed.
fn edit_rating(state: AppState, id: &str, f: impl FnOnce(&mut Rating)) {
    state.workspace.edit(ASSESSMENT, |a| {
        let own = &mut a.own;
        let r = own.entry(id.to_string()).or_default();
        f(r);
        if r.is_empty() {
            own.remove(id);
        }
    });
}

#[component]
pub fn AssessPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Assess.title()>
            <Assessment/>
        </WorkspacePage>
    }
}

#[component]
fn Assessment() -> impl IntoView {
    let state = expect_state();
    let query = use_query_map();
    let area_id = Memo::new(move |_| {
        let wanted = query.with(|q| q.get("area"));
        AREAS.iter().find(|a| Some(a.id) == wanted.as_deref()).unwrap_or(&AREAS[0]).id
    });
    let own = Memo::new(move |_| state.workspace.read(ASSESSMENT, |a| a.own.clone()).unwrap_or_default());
    let navigate = use_navigate();
    let go_next = move |_| {
        let current_area = area_id.get_untracked();
        let after = AREAS
            .iter()
            .find(|a| a.id == current_area)
            .and_then(|a| {
                a.indicators.iter().rev().find(|i| own.with_untracked(|o| o.get(i.id).is_some_and(Rating::is_rated)))
            })
            .map(|i| i.id);
        if let Some(id) = own.with_untracked(|o| next_unrated(o, after)) {
            let area = id.split('.').next().unwrap_or_default();
            navigate(&assess_area(area, Some(id)), routes::exact());
            page::focus(&format!("cur-{}-0", dom_id(id)));
        }
    };
    let overall = move || own.with(overall_progress);
    view! {
        <p class="lead">{t::assess_intro()}</p>
        <div class="progress-bar-line">
            <p class="overall" id="overall-progress">{move || { let (r, n) = overall(); t::assess_overall(r, n) }}</p>
            {move || if overall().0 < overall().1 {
                view! { <button type="button" class="secondary" id="next-unrated" on:click=go_next.clone()>{t::assess_next_unrated()}</button> }.into_any()
            } else {
                view! { <p class="ok">{t::assess_all_rated()}</p> }.into_any()
            }}
        </div>
        <nav aria-label=t::assess_areas() class="area-nav">
            <ol>
                {AREAS.iter().map(|a| {
                    let id = a.id;
                    view! {
                        <li>
                            <a href=assess_area(id, None) aria-current=move || (area_id.get() == id).then_some("page")>{t::area_name(a)}</a>
                            <span class="area-progress">{move || { let (r, n) = own.with(|o| area_progress(a, o)); t::rated_of(r, n) }}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
        {move || {
            // Rendered once per area (and after a wholesale replace), so typing in a field
            // never re-creates it; each control reads its own value reactively.
            state.workspace.track_replaced();
            let area = AREAS.iter().find(|a| a.id == area_id.get()).unwrap_or(&AREAS[0]);
            view! { <AreaRatings area=area/> }
        }}
        <RaterExport/>
    }
}

#[component]
fn AreaRatings(area: &'static Area) -> impl IntoView {
    let n = area.indicators.len();
    view! {
        <section class="area" aria-labelledby="area-heading">
            <h2 id="area-heading">{t::area_name(area)}</h2>
            <p>{t::area_summary(area)}</p>
            {area.indicators.iter().enumerate().map(|(k, ind)| view! { <IndicatorCard indicator=ind number=k + 1 total=n/> }).collect_view()}
        </section>
    }
}
