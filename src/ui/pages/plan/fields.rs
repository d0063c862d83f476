//! The plan's form pieces: a text field saved as it changes (or refused with a message), and
//! the owner and status selects of goals and actions.

use super::*;

pub(super) fn status_options(selected: PlanStatus) -> impl IntoView {
    PlanStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.as_wire() selected=s == selected>{t::status_name(s)}</option> })
        .collect_view()
}

pub(super) fn owner_options(selected: Option<Role>) -> impl IntoView {
    view! {
        <option value="" selected=selected.is_none()>{t::plan_no_owner()}</option>
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
            <label for=format!("{prefix}-owner")>{t::plan_owner()}</label>
            <select id=format!("{prefix}-owner") on:change=move |ev| on_owner.run(Role::from_wire(&event_target_value(&ev)))>
                {owner_options(owner)}
            </select>
        </div>
        <div class="field">
            <label for=format!("{prefix}-status")>{t::plan_status()}</label>
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
