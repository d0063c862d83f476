//! The header's cycle menu, in the `workspace` chunk (`ui::lazy::LazyCycleSwitcher`).

use crate::ui::i18n as t;
use crate::ui::state::expect_state;
use leptos::prelude::*;

/// The current cycle; with more than one, a menu and a "Switch" button. Choosing in the menu
/// changes nothing (an arrow key on a focused menu must not change the year being edited,
/// WCAG 3.2.2): the button switches, says so in a status message, and keeps focus.
#[component]
pub fn CycleSwitcher() -> impl IntoView {
    let state = expect_state();
    // A memo: the header is not rebuilt on every edit, only when the cycles or the current
    // one change (then focus is put back on the button).
    let cycles = Memo::new(move |_| {
        state.workspace.top(|w| {
            w.as_ref()
                .map(|ws| ws.cycles.iter().map(|c| (c.id.0, c.label.clone(), c.id == ws.current)).collect::<Vec<_>>())
        })
    });
    let chosen = StoredValue::new(None::<u32>);
    let said = RwSignal::new(String::new());
    let switch = move |_| {
        let Some(list) = cycles.get_untracked() else { return };
        let Some((id, label, current)) =
            list.into_iter().find(|(id, _, current)| chosen.get_value().map_or(*current, |c| c == *id))
        else {
            return;
        };
        chosen.set_value(None);
        // Emptied first, so that the same message twice is announced twice.
        said.set(String::new());
        if !current {
            state.switch_cycle(dew_domain::workspace::CycleId(id));
        }
        crate::browser::page::after(100, move || {
            said.set(if current { t::cycle_already(&label) } else { t::cycle_switched(&label) });
            // The menu was built again with the new current cycle: focus back on the button,
            // unless the person has moved on meanwhile.
            if crate::browser::page::focused_id().is_none() {
                crate::browser::page::focus("cycle-switch-go");
            }
        });
    };
    view! {
        {move || match cycles.get() {
            Some(list) if list.len() > 1 => view! {
                <span class="cycle">
                    <label for="cycle-switch">{t::header_cycle_select()}</label>
                    <select id="cycle-switch" on:change=move |ev| chosen.set_value(event_target_value(&ev).parse().ok())>
                        {list.into_iter().map(|(id, label, current)| view! { <option value=id.to_string() selected=current>{label}</option> }).collect_view()}
                    </select>
                    <button type="button" class="secondary small" id="cycle-switch-go" on:click=switch>{t::cycle_switch()}</button>
                </span>
            }
            .into_any(),
            Some(list) => view! { <span class="cycle">{t::header_cycle()}" "{list.into_iter().next().map(|c| c.1)}</span> }.into_any(),
            None => ().into_any(),
        }}
        <span role="status" class="visually-hidden" id="cycle-status">{move || said.get()}</span>
    }
}
