//! "/plan": the action plan of the current cycle: what needs attention, filters and sorting,
//! and each goal with its evidence, success measure and actions, edited in place.

use crate::browser::page;
use crate::ui::components::findings::use_analysis;
use crate::ui::components::form::{divide_options, undo_note, FilterSelect};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::{edit_plan, today};
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use dew_domain::assessment::content::{all_indicators, Divide, Level};
use dew_domain::assessment::wire::{level_from_wire, level_to_wire};
use dew_domain::divides::model::DivideData;
use dew_domain::plan::{
    evaluate, optional_amount, optional_date, overdue, visible_goals, without_measure, Action, Goal, Link, Measure,
    MeasureForm, MeasureKind, PlanError, PlanFilter, PlanSort, PlanStatus,
};
use dew_domain::team::Role;
use leptos::prelude::*;

mod fields;
mod goal;
mod measure;
use fields::*;
use goal::*;
use measure::*;

#[component]
pub fn PlanPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Plan.title()>
            <PlanView/>
        </WorkspacePage>
    }
}

#[component]
fn PlanView() -> impl IntoView {
    let state = expect_state();
    let (data, analysis) = use_analysis(state);
    let plan = state.sections().plan;
    let status_f = RwSignal::new(String::new());
    let owner_f = RwSignal::new(String::new());
    let divide_f = RwSignal::new(String::new());
    let sort = RwSignal::new(String::new());
    let new_goal = RwSignal::new(String::new());
    let new_goal_error = RwSignal::new(None::<String>);
    // The last removal, for undo: (message, undo).
    let removed = RwSignal::new(None::<(String, Removed)>);
    let notice = RwSignal::new(String::new());
    // The goals open to edit (the others show one line each). "?goal=N" opens that one: a
    // second "Create a goal" from the same finding leads here.
    let opened = RwSignal::new(Vec::<u32>::new());
    let open_goal = move |id: u32, focus: &str| {
        opened.update(|o| {
            if !o.contains(&id) {
                o.push(id);
            }
        });
        page::focus(focus);
    };
    let query = leptos_router::hooks::use_query_map();
    if let Some(g) = query.with_untracked(|q| q.get("goal")).and_then(|g| g.parse::<u32>().ok()) {
        open_goal(g, &format!("goal-{g}-toggle"));
    }

    let add_goal = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match edit_plan(state, |p| p.add_goal(&new_goal.get_untracked(), vec![], None)) {
            Some(Ok(id)) => {
                new_goal.set(String::new());
                new_goal_error.set(None);
                open_goal(id, &format!("goal-{id}-title"));
            }
            Some(Err(e)) => {
                new_goal_error.set(Some(t::plan_error(&e)));
                page::focus("new-goal");
            }
            None => {}
        }
    };
    let undo = move || {
        if let Some((what, r)) = removed.get_untracked() {
            edit_plan(state, |p| match r {
                Removed::Goal(i, g) => p.restore_goal(i, g),
                Removed::Action(g, i, a) => {
                    let _ = p.restore_action(g, i, a);
                }
            });
            removed.set(None);
            notice.set(t::plan_restored(&what));
        }
    };

    let attention = move || {
        plan.with(|p| {
            let today = today();
            let mut items: Vec<(u32, String)> = overdue(p, today)
                .into_iter()
                .filter_map(|(g, a)| {
                    let goal = p.goal(g)?;
                    let action = goal.actions.iter().find(|x| x.id == a)?;
                    let due = action.due.map(t::date).unwrap_or_default();
                    Some((g, t::plan_overdue(&action.title, &goal.title, &due)))
                })
                .collect();
            items.extend(
                without_measure(p).into_iter().filter_map(|g| Some((g, t::plan_no_measure(&p.goal(g)?.title)))),
            );
            items
        })
    };
    // A memo, so editing a goal does not rebuild the list (and lose the keyboard focus).
    let shown = Memo::new(move |_| {
        let filter = PlanFilter {
            status: PlanStatus::from_wire(&status_f.get()),
            owner: Role::from_wire(&owner_f.get()),
            divide: Divide::ALL.into_iter().find(|d| format!("{d:?}") == divide_f.get()),
        };
        let order = match sort.get().as_str() {
            "due" => PlanSort::Due,
            "status" => PlanSort::Status,
            "owner" => PlanSort::Owner,
            _ => PlanSort::Entered,
        };
        plan.with(|p| {
            data.with(|d| {
                let v: Vec<u32> = visible_goals(p, &filter, order, d).into_iter().map(|g| g.id).collect();
                (v, p.goals.len())
            })
        })
    });

    view! {
        <p class="lead">{t::plan_intro()}</p>
        <section aria-labelledby="attention-heading" class="card">
            <h2 id="attention-heading">{t::plan_attention()}</h2>
            {move || {
                let items = attention();
                if items.is_empty() {
                    view! { <p>{t::plan_all_well()}</p> }.into_any()
                } else {
                    // Buttons, not "#goal-N" links: those resolve against the <base href> and
                    // would leave the page. Each opens its goal and moves focus to it.
                    view! { <ul id="plan-attention">{items.into_iter().map(|(g, text)| view! {
                        <li><button type="button" class="link-button" on:click=move |_| open_goal(g, &format!("goal-{g}-toggle"))>{text}</button></li>
                    }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>
        <form class="inline-form" on:submit=add_goal novalidate=true>
            <div class="field" class:has-error=move || new_goal_error.with(Option::is_some)>
                <label for="new-goal">{t::plan_add_goal()}</label>
                {move || new_goal_error.get().map(|e| view! { <p class="error-text" id="new-goal-error">{e}</p> })}
                <input id="new-goal" type="text" bind:value=new_goal
                    aria-invalid=move || new_goal_error.with(Option::is_some).to_string()
                    aria-describedby=move || new_goal_error.with(Option::is_some).then_some("new-goal-error")/>
            </div>
            <button type="submit">{t::plan_add_goal_button()}</button>
        </form>
        <p role="status" id="plan-status">
            {move || notice.get()}
            {move || removed.get().map(|(what, _)| undo_note(t::plan_removed(&what), "plan-undo", t::undo(), undo))}
        </p>
        <div class="filters">
            <FilterSelect id="p-status" label=t::plan_filter_status() value=status_f>
                <option value="">{t::filter_all()}</option>
                {PlanStatus::ALL.into_iter().map(|s| view! { <option value=s.as_wire()>{t::status_name(s)}</option> }).collect_view()}
            </FilterSelect>
            <FilterSelect id="p-owner" label=t::plan_filter_owner() value=owner_f>
                <option value="">{t::filter_all()}</option>
                {Role::ALL.into_iter().map(|r| view! { <option value=r.as_wire()>{t::role_label(r)}</option> }).collect_view()}
            </FilterSelect>
            <FilterSelect id="p-divide" label=t::filter_divide() value=divide_f>
                {divide_options()}
            </FilterSelect>
            <FilterSelect id="p-sort" label=t::plan_sort() value=sort>
                <option value="">{t::plan_sort_entered()}</option>
                <option value="due">{t::plan_sort_due()}</option>
                <option value="status">{t::plan_sort_status()}</option>
                <option value="owner">{t::plan_sort_owner()}</option>
            </FilterSelect>
        </div>
        {move || {
            let (ids, total) = shown.get();
            if total == 0 {
                return view! { <p class="empty" id="plan-empty">{t::plan_empty()}</p> }.into_any();
            }
            view! {
                <p id="plan-count">{t::plan_showing(ids.len(), total)}</p>
                <div id="goals">
                    {ids.into_iter().map(|id| view! { <GoalCard id=id data=data analysis=analysis removed=removed notice=notice opened=opened/> }).collect_view()}
                </div>
            }.into_any()
        }}
    }
}
