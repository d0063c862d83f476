//! One goal of the plan: its fields, evidence links, actions and their owners and statuses.

use super::*;
use crate::ui::store::{ASSESSMENT, PLAN};

pub(super) fn status_options(selected: PlanStatus) -> impl IntoView {
    PlanStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.as_wire() selected=s == selected>{t::status_name(s)}</option> })
        .collect_view()
}

pub(super) fn owner_options(selected: Option<Role>) -> impl IntoView {
    view! {
        <option value="" selected=selected.is_none()>{t::PLAN_NO_OWNER}</option>
        {Role::ALL.into_iter().map(|r| view! { <option value=r.as_wire() selected=Some(r) == selected>{t::role_label(r)}</option> }).collect_view()}
    }
}

/// The owner and status menus of a goal or an action.
#[component]
pub(super) fn OwnerStatus(
    prefix: String,
    owner: Option<Role>,
    status: PlanStatus,
    on_owner: Callback<Option<Role>>,
    on_status: Callback<PlanStatus>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=format!("{prefix}-owner")>{t::PLAN_OWNER}</label>
            <select id=format!("{prefix}-owner") on:change=move |ev| on_owner.run(Role::from_wire(&event_target_value(&ev)))>
                {owner_options(owner)}
            </select>
        </div>
        <div class="field">
            <label for=format!("{prefix}-status")>{t::PLAN_STATUS}</label>
            <select id=format!("{prefix}-status") on:change=move |ev| {
                if let Some(st) = PlanStatus::from_wire(&event_target_value(&ev)) {
                    on_status.run(st);
                }
            }>
                {status_options(status)}
            </select>
        </div>
    }
}

/// A change to one goal or action, which may refuse with a message.
pub(super) type Edit<T> = Box<dyn FnOnce(&mut T) -> Result<(), PlanError>>;

/// How many findings the "add evidence" menu offers (the highest-ranked).
pub(super) const MAX_FINDING_CHOICES: usize = 40;

/// Puts a select back on its placeholder after a choice has been acted on.
pub(super) fn set_select_value(ev: &leptos::ev::Event, value: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(sel) = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::HtmlSelectElement>().ok()) {
        sel.set_value(value);
    }
}

/// Something removed, kept so it can be put back.
#[derive(Clone)]
pub(super) enum Removed {
    Goal(usize, Goal),
    Action(u32, usize, Action),
}

/// A text field saved on every change; `check` turns the text into the stored value or an
/// error shown next to the field.
#[component]
pub(super) fn Field(
    id: String,
    label: &'static str,
    value: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = false)] multiline: bool,
    save: Callback<String, Result<(), PlanError>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let err_id = format!("{id}-error");
    // While a number or date is being typed it may not be whole yet: what is whole is saved at
    // once (so leaving the page straight after typing loses nothing), and what is not is
    // named when the field is left. A field left invalid changes nothing: what it held when
    // it was entered is saved back (typing "12.50" over 1000 saves "12" on the way).
    let at_focus = StoredValue::new(value.clone());
    let on_change = move |v: String| match save.run(v) {
        Ok(()) => error.set(None),
        Err(e) => {
            error.set(Some(t::plan_error(&e)));
            let _ = save.run(at_focus.get_value());
        }
    };
    let on_typing = move |v: String| {
        if save.run(v).is_ok() {
            error.set(None);
        }
    };
    let described = {
        let err_id = err_id.clone();
        move || error.with(Option::is_some).then(|| err_id.clone())
    };
    // Everything is saved as it is typed, so a reload or a closed tab mid-sentence loses
    // nothing; a number or date that is not whole is named when the field is left.
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="2" on:input=move |ev| on_change(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).to_string() aria-describedby=described.clone()>{value}</textarea>
        }
        .into_any()
    } else if kind == "text" {
        view! {
            <input id=id.clone() type="text" value=value on:input=move |ev| on_change(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).to_string() aria-describedby=described/>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind value=value on:focus=move |ev| at_focus.set_value(event_target_value(&ev))
                on:input=move |ev| on_typing(event_target_value(&ev))
                on:change=move |ev| on_change(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).to_string() aria-describedby=described/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            {move || error.get().map(|e| view! { <p class="error-text" id=err_id.clone()>{e}</p> })}
            {input}
        </div>
    }
}

pub(super) fn link_label(l: &Link, data: &DivideData) -> String {
    match l {
        Link::Indicator(id) => dew_domain::assessment::content::indicator(id)
            .map(|(_, i)| i.statement.to_string())
            .unwrap_or_else(|| id.clone()),
        Link::Finding(id) => {
            let ind = l.finding_indicator().unwrap_or(id);
            let name = data.indicators().into_iter().find(|i| i.id == ind).map(|i| i.name).unwrap_or_default();
            format!("{name} — {id}")
        }
    }
}

#[component]
pub(super) fn GoalCard(
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
    let evaluation = move || {
        let m = state.workspace.read(PLAN, |p| p.goal(id).and_then(|g| g.measure.clone())).flatten()?;
        state.workspace.read(ASSESSMENT, |assessment| {
            let e = analysis.with(|a| evaluate(&m, a, assessment));
            let value = e.value.map(|v| match m {
                Measure::Rate { .. } => t::percent(v),
                Measure::Level { .. } => {
                    Level::from_index(v as usize).map(t::level_name).unwrap_or_default().to_string()
                }
            });
            t::measure_status(e.outcome, value)
        })
    };
    let title = goal.title.clone();
    view! {
        <section class="goal card" id=p.clone() aria-labelledby=format!("{p}-heading")>
            <h2 id=format!("{p}-heading")>{move || state.workspace.read(PLAN, |p| p.goal(id).map(|g| g.title.clone())).flatten().unwrap_or_default()}</h2>
            <div class="field-row">
                <Field id=format!("{p}-title") label=t::PLAN_GOAL_TITLE value=title
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
            <h3>{t::PLAN_LINKS}</h3>
            {move || {
                let links = current_links();
                if links.is_empty() {
                    return view! { <p class="hint">{t::PLAN_NO_LINKS}</p> }.into_any();
                }
                view! { <ul class="links">{links.into_iter().map(|l| {
                    let label = data.with_untracked(|d| link_label(&l, d));
                    let l2 = l.clone();
                    view! { <li>{label.clone()}" "<button type="button" class="link-button" aria-label=format!("{} {label}", t::PLAN_REMOVE_LINK)
                        on:click=move |_| { let l = l2.clone(); let _ = edit_goal(Box::new(move |g| { g.links.retain(|x| *x != l); Ok(()) })); }>{t::PLAN_REMOVE_LINK}</button></li> }
                }).collect_view()}</ul> }.into_any()
            }}
            <div class="field">
                <label for=format!("{p}-add-link")>{t::PLAN_ADD_LINK}</label>
                <select id=format!("{p}-add-link") on:change=move |ev| {
                    if let Some(l) = Link::from_wire(&event_target_value(&ev)) {
                        let _ = edit_goal(Box::new(move |g| { if !g.links.contains(&l) { g.links.push(l); } Ok(()) }));
                    }
                    set_select_value(&ev, "");
                }>
                    <option value="">{t::PLAN_ADD_LINK_CHOOSE}</option>
                    <optgroup label=t::PLAN_LINK_INDICATORS>
                        {all_indicators().map(|(_, i)| view! { <option value=Link::Indicator(i.id.to_string()).to_wire()>{i.statement}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label=t::PLAN_LINK_FINDINGS>
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
            <p class="measure-status" id=format!("{p}-measure-status")>{evaluation}</p>
            <Field id=format!("{p}-notes") label=t::PLAN_NOTES value=goal.notes.clone() multiline=true
                save=Callback::new(move |v: String| edit_goal(Box::new(move |g| { g.notes = v; Ok(()) })))/>
            <h3>{t::PLAN_ACTIONS}</h3>
            {move || action_ids().is_empty().then(|| view! { <p class="hint">{t::PLAN_NO_ACTIONS}</p> })}
            <For each=action_ids key=|a| *a let:action>
                <ActionRow goal=id action=action removed=removed notice=notice/>
            </For>
            <form class="inline-form" on:submit=add_action novalidate=true>
                <div class="field" class:has-error=move || new_action_error.with(Option::is_some)>
                    <label for=format!("{p}-new-action")>{t::PLAN_ADD_ACTION}</label>
                    {move || new_action_error.get().map(|e| view! { <p class="error-text">{e}</p> })}
                    <input id=format!("{p}-new-action") type="text" bind:value=new_action/>
                </div>
                <button type="submit" class="secondary">{t::PLAN_ADD_ACTION_BUTTON}</button>
            </form>
            <div class="actions">
                <button type="button" class="danger" on:click=remove>{t::PLAN_REMOVE_GOAL}</button>
            </div>
        </section>
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
                <Field id=format!("{p}-title") label=t::PLAN_ACTION_TITLE value=action.title.clone()
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
                <Field id=format!("{p}-start") label=t::PLAN_START kind="date" value=action.start.map(|d| d.to_string()).unwrap_or_default()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| { a.start = optional_date(&v, "start")?; Ok(()) })))/>
                <Field id=format!("{p}-due") label=t::PLAN_DUE kind="date" value=action.due.map(|d| d.to_string()).unwrap_or_default()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| { a.due = optional_date(&v, "due")?; Ok(()) })))/>
                <Field id=format!("{p}-budget") label=t::PLAN_BUDGET value=action.budget.map(|b| b.to_string()).unwrap_or_default()
                    save=Callback::new(move |v: String| edit(Box::new(move |a| { a.budget = optional_amount(&v, "budget")?; Ok(()) })))/>
            </div>
            <Field id=format!("{p}-resources") label=t::PLAN_RESOURCES value=action.resources.clone()
                save=Callback::new(move |v: String| edit(Box::new(move |a| { a.resources = v; Ok(()) })))/>
            <Field id=format!("{p}-notes") label=t::PLAN_NOTES value=action.notes.clone() multiline=true
                save=Callback::new(move |v: String| edit(Box::new(move |a| { a.notes = v; Ok(()) })))/>
            <button type="button" class="link-button" on:click=remove aria-label=format!("{} {}", t::PLAN_REMOVE_ACTION, action.title)>{t::PLAN_REMOVE_ACTION}</button>
        </div>
    }
    .into_any()
}
