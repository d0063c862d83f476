//! One indicator's card: its statement, the current level with the descriptors, the target,
//! the evidence and the next step, each saved as it changes.

use super::*;

#[component]
pub(super) fn IndicatorCard(indicator: &'static Indicator, number: usize, total: usize) -> impl IntoView {
    let state = expect_state();
    let id = indicator.id;
    let d = dom_id(id);
    let rating = Memo::new(move |_| own_rating(state, id).unwrap_or_default());
    let initial = rating.get_untracked();
    let divides = indicator.divides.iter().map(|x| t::divide_name(*x)).collect::<Vec<_>>().join(", ");

    let current_options = Level::ALL
        .into_iter()
        .enumerate()
        .map(|(k, level)| {
            let input_id = format!("cur-{d}-{k}");
            let desc_id = format!("cur-{d}-{k}-desc");
            view! {
                <div class="level-option">
                    <input type="radio" id=input_id.clone() name=format!("cur-{d}")
                        prop:checked=move || rating.with(|r| r.current == Some(Current::Known(level)))
                        on:change=move |_| edit_rating(state, id, |r| r.current = Some(Current::Known(level)))/>
                    <label for=input_id>
                        <span class="level-name">{t::level_name(level)}</span>
                        <span class="level-desc" id=desc_id>{t::indicator_descriptor(indicator, level)}</span>
                    </label>
                </div>
            }
        })
        .collect_view();

    let target_options = Level::ALL
        .into_iter()
        .enumerate()
        .map(|(k, level)| {
            let input_id = format!("tgt-{d}-{k}");
            view! {
                <span class="inline-option">
                    <input type="radio" id=input_id.clone() name=format!("tgt-{d}")
                        prop:checked=move || rating.with(|r| r.target == Some(level))
                        on:change=move |_| edit_rating(state, id, |r| r.target = Some(level))/>
                    <label for=input_id>{t::level_name(level)}</label>
                </span>
            }
        })
        .collect_view();

    let step_options = Step::ALL
        .into_iter()
        .enumerate()
        .map(|(k, step)| {
            let input_id = format!("step-{d}-{k}");
            view! {
                <span class="inline-option">
                    <input type="radio" id=input_id.clone() name=format!("step-{d}")
                        prop:checked=move || rating.with(|r| r.step == Some(step))
                        on:change=move |_| edit_rating(state, id, |r| r.step = Some(step))/>
                    <label for=input_id>{t::step_name(step)}</label>
                </span>
            }
        })
        .collect_view();

    view! {
        <article class="indicator card" id=format!("ind-{id}") aria-labelledby=format!("stmt-{d}")>
            <p class="hint">{t::indicator_number(number, total)}</p>
            <h3 id=format!("stmt-{d}")>{t::indicator_statement(indicator)}</h3>
            <p class="hint">{t::assess_divides()}": "{divides}</p>
            <fieldset class="levels">
                <legend>{t::assess_current_legend()}</legend>
                {current_options}
                <div class="level-option">
                    <input type="radio" id=format!("cur-{d}-nyk") name=format!("cur-{d}")
                        prop:checked=move || rating.with(|r| r.current == Some(Current::NotYetKnown))
                        on:change=move |_| edit_rating(state, id, |r| r.current = Some(Current::NotYetKnown))/>
                    <label for=format!("cur-{d}-nyk")>
                        <span class="level-name">{t::assess_not_yet_known()}</span>
                        <span class="level-desc">{t::assess_not_yet_known_hint()}</span>
                    </label>
                </div>
            </fieldset>
            <fieldset class="inline-group">
                <legend>{t::assess_target_legend()}</legend>
                {target_options}
            </fieldset>
            <div class="field">
                <label for=format!("ev-{d}")>{t::assess_evidence_label()}</label>
                <textarea id=format!("ev-{d}") rows="2" prop:value=initial.evidence.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); edit_rating(state, id, |r| r.evidence = v) }></textarea>
                <details class="evidence-hints">
                    <summary>{t::assess_evidence_suggested()}</summary>
                    <ul>{t::indicator_evidence(indicator).iter().map(|e| view! { <li>{*e}</li> }).collect_view()}</ul>
                </details>
            </div>
            <fieldset class="inline-group">
                <legend>{t::assess_step_legend()}</legend>
                {step_options}
            </fieldset>
            <div class="field">
                <label for=format!("stepnote-{d}")>{t::assess_step_note_label()}</label>
                <input type="text" id=format!("stepnote-{d}") prop:value=initial.step_note.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); edit_rating(state, id, |r| r.step_note = v) }/>
            </div>
        </article>
    }
}
