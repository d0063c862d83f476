//! Form pieces that pages share: the labelled drop-down that filters a list, the radio group,
//! and the note with an undo button that follows a removal or an import.

use crate::ui::i18n as t;
use dew_domain::assessment::content::Divide;
use leptos::prelude::*;

/// A labelled drop-down whose choice is written to `value`, as the filters above the findings,
/// the goals and the heat maps are. Its options are its children (`divide_options` for
/// the divides).
#[component]
pub fn FilterSelect(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            // Shows the value when the page changes it (a "Clear the filters" button).
            <select id=id prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>{children()}</select>
        </div>
    }
}

/// "All", then every divide (values as `Divide`'s names, which the pages' filters read back).
pub fn divide_options() -> impl IntoView {
    view! {
        <option value="">{t::filter_all()}</option>
        {Divide::ALL.into_iter().map(|d| view! { <option value=format!("{d:?}")>{t::divide_name(d)}</option> }).collect_view()}
    }
}

/// Radio buttons in a fieldset under `legend`, one per (value, label); the chosen value is
/// written to `value`. Each button's id is `{name}-{value}`.
#[component]
pub fn RadioGroup(
    name: &'static str,
    legend: &'static str,
    options: Vec<(&'static str, &'static str)>,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|(v, label)| {
                    let id = format!("{name}-{v}");
                    view! {
                        <div class="check">
                            <input type="radio" id=id.clone() name=name value=v
                                prop:checked=move || value.with(|x| x == v) on:change=move |_| value.set(v.to_string())/>
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// "`message` " and an undo button (`id`, `label`) that runs `undo`: what a page says after
/// removing something that can be put back.
pub fn undo_note(message: String, id: &'static str, label: &'static str, undo: impl Fn() + 'static) -> impl IntoView {
    view! { {message}" "<button type="button" class="link-button" id=id on:click=move |_| undo()>{label}</button> }
}
