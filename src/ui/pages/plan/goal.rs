//! One goal of the plan: its fields, evidence links, actions and their owners and statuses.

use super::*;
use crate::ui::store::{ASSESSMENT, PLAN};

pub(super) fn link_label(l: &Link, data: &DivideData) -> String {
    match l {
        Link::Indicator(id) => dew_domain::assessment::content::indicator(id)
            .map(|(_, i)| t::indicator_statement(i).to_string())
            .unwrap_or_else(|| id.clone()),
        // In words, whether or not the finding still shows: its indicator, group and place.
        Link::Finding(id) => match dew_domain::divides::findings::parse_finding_id(id) {
            Some(f) => {
                let name =
                    data.indicators().into_iter().find(|i| i.id == f.indicator).map(|i| t::divide_indicator_name(&i));
                let place = f.school.map(|s| data.school_name(s).unwrap_or(s).to_string());
                let group = f.group.map(|(d, g)| t::group_label(data, d, g));
                t::finding_link(name.as_deref().unwrap_or(f.indicator), group.as_deref(), place.as_deref())
            }
            None => id.clone(),
        },
    }
}

/// One goal, collapsed to its heading and a line of status, owner, measure and actions; its
/// button opens the goal's fields to edit (only open goals' fields are built).
#[component]
pub(super) fn GoalCard(
    id: u32,
    data: Memo<DivideData>,
    analysis: Memo<dew_domain::divides::analysis::Analysis>,
    removed: RwSignal<Option<(String, Removed)>>,
    notice: RwSignal<String>,
    opened: RwSignal<Vec<u32>>,
) -> impl IntoView {
    let state = expect_state();
    let p = format!("goal-{id}");
    let is_open = move || opened.with(|o| o.contains(&id));
    let toggle = move |_| {
        opened.update(|o| {
            if let Some(i) = o.iter().position(|g| *g == id) {
                o.remove(i);
            } else {
                o.push(id);
            }
        })
    };
    let summary = move || {
        state
            .workspace
            .read(PLAN, |p| p.goal(id).map(|g| t::goal_summary(g.status, g.owner, g.actions.len(), g.last_due())))
            .flatten()
            .unwrap_or_default()
    };
    let evaluation = move || {
        let m = state.workspace.read(PLAN, |p| p.goal(id).and_then(|g| g.measure.clone())).flatten();
        let Some(m) = m else { return t::plan_no_measure_yet().to_string() };
        state
            .workspace
            .read(ASSESSMENT, |assessment| {
                let e = analysis.with(|a| evaluate(&m, a, assessment));
                let value = e.value.map(|v| match m {
                    Measure::Rate { .. } => t::percent(v),
                    Measure::Level { .. } => {
                        Level::from_index(v as usize).map(t::level_name).unwrap_or_default().to_string()
                    }
                });
                t::measure_status(e.outcome, value)
            })
            .unwrap_or_default()
    };
    let body = format!("{p}-body");
    view! {
        <section class="goal card" id=p.clone() tabindex="-1" aria-labelledby=format!("{p}-heading")>
            <h2 id=format!("{p}-heading") class="goal-heading">
                <button type="button" class="goal-toggle" id=format!("{p}-toggle") aria-controls=body.clone()
                    aria-expanded=move || is_open().to_string() on:click=toggle>
                    {move || state.workspace.read(PLAN, |p| p.goal(id).map(|g| g.title.clone())).flatten().unwrap_or_default()}
                </button>
            </h2>
            <p class="goal-summary">{summary}</p>
            <p class="measure-status" id=format!("{p}-measure-status")>{evaluation}</p>
            <div id=body>
                <Show when=is_open>
                    <GoalBody id=id data=data analysis=analysis removed=removed notice=notice/>
                </Show>
            </div>
        </section>
    }
}

/// An open goal's fields: title, owner, status, evidence, measure, notes and actions.
#[component]
fn GoalBody(
    id: u32,
    data: Memo<DivideData>,
    analysis: Memo<dew_domain::divides::analysis::Analysis>,
    removed: RwSignal<Option<(String, Removed)>>,
    notice: RwSignal<String>,
) -> impl IntoView {
    let state = expect_state();
    let Some(goal) =
        state.workspace.with_untracked(|w| w.as_ref().and_then(|ws| ws.current_cycle().plan.goal(id).cloned()))
    else {
        return ().into_any();
    };
    let edit_goal = move |f: Edit<Goal>| -> Result<(), PlanError> {
        edit_plan(state, |p| p.goal_mut(id).and_then(f)).unwrap_or(Ok(()))
    };
    // The goal's links as they are now (tracked: the caller re-runs when the plan changes).
    let current_links = move || -> Vec<Link> {
        state.workspace.read(PLAN, |p| p.goal(id).map(|g| g.links.clone())).flatten().unwrap_or_default()
    };
    let action_ids = move || {
        state
            .workspace
            .read(PLAN, |p| p.goal(id).map(|g| g.actions.iter().map(|a| a.id).collect::<Vec<_>>()))
            .flatten()
            .unwrap_or_default()
    };
    let p = format!("goal-{id}");
    let new_action = RwSignal::new(String::new());
    let new_action_error = RwSignal::new(None::<String>);
    let add_action = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match edit_plan(state, |p| p.add_action(id, &new_action.get_untracked())) {
            Some(Ok(a)) => {
                new_action.set(String::new());
                new_action_error.set(None);
                page::focus(&format!("action-{a}-title"));
            }
            Some(Err(e)) => new_action_error.set(Some(t::plan_error(&e))),
            None => {}
        }
    };
    let remove = move |_| {
        if let Some(Some((i, g))) = edit_plan(state, |p| p.remove_goal(id)) {
            notice.set(String::new());
            removed.set(Some((g.title.clone(), Removed::Goal(i, g))));
            page::focus("plan-undo");
        }
    };
    let title = goal.title.clone();
    view! {
        <div class="goal-body">
            <div class="field-row">
                <Field id=format!("{p}-title") label=t::plan_goal_title() value=title
                    save=Callback::new(move |v: String| edit_goal(Box::new(move |g| {
                        let v = v.trim().to_string();
                        if v.is_empty() { return Err(PlanError::Empty("goal")); }
                        g.title = v;
                        Ok(())
                    })))/>
                <OwnerStatus prefix=p.clone() owner=goal.owner status=goal.status
                    on_owner=Callback::new(move |o| { let _ = edit_goal(Box::new(move |g| { g.owner = o; Ok(()) })); })
                    on_status=Callback::new(move |st| { let _ = edit_goal(Box::new(move |g| { g.status = st; Ok(()) })); })/>
            </div>
            <h3>{t::plan_links()}</h3>
            {move || {
                let links = current_links();
                if links.is_empty() {
                    return view! { <p class="hint">{t::plan_no_links()}</p> }.into_any();
                }
                view! { <ul class="links">{links.into_iter().map(|l| {
                    let label = data.with_untracked(|d| link_label(&l, d));
                    let l2 = l.clone();
                    view! { <li>{label.clone()}" "<button type="button" class="link-button" aria-label=format!("{} {label}", t::plan_remove_link())
                        on:click=move |_| { let l = l2.clone(); let _ = edit_goal(Box::new(move |g| { g.links.retain(|x| *x != l); Ok(()) })); }>{t::plan_remove_link()}</button></li> }
                }).collect_view()}</ul> }.into_any()
            }}
            <div class="field">
                <label for=format!("{p}-add-link")>{t::plan_add_link()}</label>
                <select id=format!("{p}-add-link") on:change=move |ev| {
                    if let Some(l) = Link::from_wire(&event_target_value(&ev)) {
                        let _ = edit_goal(Box::new(move |g| { if !g.links.contains(&l) { g.links.push(l); } Ok(()) }));
                    }
                    set_select_value(&ev, "");
                }>
                    <option value="">{t::plan_add_link_choose()}</option>
                    <optgroup label=t::plan_link_indicators()>
                        {all_indicators().map(|(_, i)| view! { <option value=Link::Indicator(i.id.to_string()).to_wire()>{t::indicator_statement(i)}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label=t::plan_link_findings()>
                        {move || data.with(|d| analysis.with(|a| {
                            dew_domain::divides::findings::findings(a).into_iter().take(MAX_FINDING_CHOICES).filter_map(|f| {
                                let text = crate::ui::components::findings::sentence(d, a, f.cell)?;
                                Some(view! { <option value=Link::Finding(f.id(a)).to_wire()>{text}</option> })
                            }).collect_view()
                        }))}
                    </optgroup>
                </select>
            </div>
            <MeasureEditor goal=id measure=goal.measure.clone() data=data/>
            <Field id=format!("{p}-notes") label=t::plan_notes() value=goal.notes.clone() multiline=true
                save=Callback::new(move |v: String| edit_goal(Box::new(move |g| { g.notes = v; Ok(()) })))/>
            <h3>{t::plan_actions()}</h3>
            {move || action_ids().is_empty().then(|| view! { <p class="hint">{t::plan_no_actions()}</p> })}
            <For each=action_ids key=|a| *a let:action>
                <ActionRow goal=id action=action removed=removed notice=notice/>
            </For>
            <form class="inline-form" on:submit=add_action novalidate=true>
                <div class="field" class:has-error=move || new_action_error.with(Option::is_some)>
                    <label for=format!("{p}-new-action")>{t::plan_add_action()}</label>
                    {move || new_action_error.get().map(|e| view! { <p class="error-text">{e}</p> })}
                    <input id=format!("{p}-new-action") type="text" bind:value=new_action/>
                </div>
                <button type="submit" class="secondary">{t::plan_add_action_button()}</button>
            </form>
            <div class="actions">
                <button type="button" class="danger" on:click=remove>{t::plan_remove_goal()}</button>
            </div>
        </div>
    }
    .into_any()
}

#[component]
pub(super) fn ActionRow(
    goal: u32,
    /// The action's id.
    action: u32,
    removed: RwSignal<Option<(String, Removed)>>,
    notice: RwSignal<String>,
) -> impl IntoView {
    let state = expect_state();
    let id = action;
    let Some(action) = state.workspace.with_untracked(|w| {
        w.as_ref().and_then(|ws| {
            ws.current_cycle().plan.goal(goal).and_then(|g| g.actions.iter().find(|a| a.id == id).cloned())
        })
    }) else {
        return ().into_any();
    };
    let p = format!("action-{id}");
    let edit = move |f: Edit<Action>| -> Result<(), PlanError> {
        edit_plan(state, |pl| pl.edit_action(goal, id, f)).unwrap_or(Ok(()))
    };
    let remove = move |_| {
        if let Some(Some((g, i, a))) = edit_plan(state, |pl| pl.remove_action(id)) {
            notice.set(String::new());
            removed.set(Some((a.title.clone(), Removed::Action(g, i, a))));
            page::focus("plan-undo");
        }
    };
    let overdue_now = action.status != PlanStatus::Done && action.due.is_some_and(|d| d < today());
    view! {
        <div class="action card" id=p.clone() class:overdue=overdue_now>
            <div class="field-row">
                <Field id=format!("{p}-title") label=t::plan_action_title() value=action.title.clone()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| {
                        let v = v.trim().to_string();
                        if v.is_empty() { return Err(PlanError::Empty("action")); }
                        a.title = v;
                        Ok(())
                    })))/>
                <OwnerStatus prefix=p.clone() owner=action.owner status=action.status
                    on_owner=Callback::new(move |o| { let _ = edit(Box::new(move |a| { a.owner = o; Ok(()) })); })
                    on_status=Callback::new(move |st| { let _ = edit(Box::new(move |a| { a.status = st; Ok(()) })); })/>
            </div>
            <div class="field-row">
                <Field id=format!("{p}-start") label=t::plan_start() kind="date" value=action.start.map(|d| d.to_string()).unwrap_or_default()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| { a.start = optional_date(&v, "start")?; Ok(()) })))/>
                <Field id=format!("{p}-due") label=t::plan_due() kind="date" value=action.due.map(|d| d.to_string()).unwrap_or_default()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| { a.due = optional_date(&v, "due")?; Ok(()) })))/>
                <Field id=format!("{p}-budget") label=t::plan_budget() value=action.budget.map(|b| b.to_string()).unwrap_or_default()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| { a.budget = optional_amount(&v, "budget")?; Ok(()) })))/>
            </div>
            <Field id=format!("{p}-resources") label=t::plan_resources() value=action.resources.clone()
                save=Callback::new(move |v: String| edit(Box::new(move |a| { a.resources = v; Ok(()) })))/>
            <Field id=format!("{p}-notes") label=t::plan_notes() value=action.notes.clone() multiline=true
                save=Callback::new(move |v: String| edit(Box::new(move |a| { a.notes = v; Ok(()) })))/>
            <button type="button" class="link-button" on:click=remove aria-label=format!("{} {}", t::plan_remove_action(), action.title)>{t::plan_remove_action()}</button>
        </div>
    }
    .into_any()
}
