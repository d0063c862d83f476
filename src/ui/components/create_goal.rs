//! "Create a goal" beside a piece of evidence (a finding, a statement, a priority). It makes
//! the goal once: the confirmation appears next to the button and takes the focus, and once a
//! goal from that evidence exists the button opens it on the Plan page instead of making a copy.

use crate::ui::edit::edit_plan;
use crate::ui::i18n as t;
use crate::ui::routes::{exact, href, Page};
use crate::ui::state::expect_state;
use crate::ui::store::PLAN;
use dew_domain::plan::{Created, Link, Measure};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A goal's title and measure, worked out when the button is pressed.
pub type Making = Callback<(), Option<(String, Option<Measure>)>>;

/// `dom` makes the element ids unique on the page; `about` names the evidence for a screen
/// reader ("Create a goal: …"); `links` is the evidence the goal answers to.
#[component]
pub fn CreateGoal(dom: String, about: String, links: Vec<Link>, make: Making) -> impl IntoView {
    let state = expect_state();
    let navigate = use_navigate();
    let links = StoredValue::new(links);
    let existing = move || state.workspace.read(PLAN, |p| links.with_value(|l| p.goal_from(l))).flatten();
    let created = RwSignal::new(None::<(u32, String)>);
    let note = format!("{dom}-created");
    let focus_note = note.clone();
    let press = move |_| {
        if let Some(id) = existing() {
            navigate(&format!("{}?goal={id}", href(Page::Plan)), exact());
            return;
        }
        let Some((title, measure)) = make.run(()) else { return };
        if let Some(Ok(Created::New(id))) = edit_plan(state, |p| p.add_goal_once(&title, links.get_value(), measure)) {
            created.set(Some((id, t::plan_goal_created(&title))));
            crate::browser::page::focus(&focus_note);
        }
    };
    let label = move || if existing().is_some() { t::plan_open_goal() } else { t::plan_create_from_finding() };
    view! {
        <button type="button" class="link-button create-goal" id=format!("{dom}-goal")
            aria-label=move || format!("{}: {about}", label()) on:click=press>{label}</button>
        {move || created.get().map(|(id, m)| view! {
            " "<span class="goal-created notice" id=note.clone() tabindex="-1">
                {m}" "<a href=format!("{}?goal={id}", href(Page::Plan))>{t::plan_open_goal()}</a>
            </span>
        })}
    }
}
