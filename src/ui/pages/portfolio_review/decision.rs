//! A product's decision for this cycle (keep, replace, retire…) with its reason, and the
//! decisions of earlier cycles.

use super::*;

#[component]
pub(super) fn DecisionEditor(id: u32) -> impl IntoView {
    let state = expect_state();
    let current = state
        .workspace
        .with_untracked(|w| w.as_ref().and_then(|ws| ws.current_cycle().portfolio.decisions.get(&id).cloned()));
    let kind = RwSignal::new(current.as_ref().map(|d| d.kind.as_wire().to_string()).unwrap_or_default());
    let rationale = RwSignal::new(current.as_ref().map(|d| d.rationale.clone()).unwrap_or_default());
    let review = RwSignal::new(current.as_ref().and_then(|d| d.review_date).map(|d| d.to_string()).unwrap_or_default());
    let date_error = RwSignal::new(None::<&'static str>);
    let status = RwSignal::new(String::new());
    // `announce`: say what was decided (not on every keystroke of the rationale).
    let save = move |announce: bool| {
        let Ok(review_date) = optional_date(&review.get_untracked(), "review_date") else {
            date_error.set(Some(t::not_a_date()));
            return;
        };
        date_error.set(None);
        let k = DecisionKind::from_wire(&kind.get_untracked());
        let mut name = String::new();
        edit_portfolio(state, |p| {
            name = p.product(id).map(|x| x.name.clone()).unwrap_or_default();
            match k {
                Some(kind) => {
                    p.decisions.insert(id, Decision { kind, rationale: rationale.get_untracked(), review_date });
                }
                None => {
                    p.decisions.remove(&id);
                }
            }
        });
        if announce {
            status.set(t::decision_saved(&name, k));
        }
    };
    let history = move || {
        state
            .workspace
            .across_cycles(PORTFOLIO, |ws| {
                decision_history(ws.cycles.iter().map(|c| (c.label.as_str(), &c.portfolio)), id)
                    .into_iter()
                    .map(|(l, d)| (l.to_string(), d.map(|d| (d.kind, d.rationale.clone()))))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="decision-heading" class="card">
            <h3 id="decision-heading">{t::product_decision()}</h3>
            <div class="field-row">
                <div class="field">
                    <label for="decision-kind">{t::decision_kind()}</label>
                    <select id="decision-kind" on:change=move |ev| { kind.set(event_target_value(&ev)); save(true); }>
                        <option value="" selected=kind.get_untracked().is_empty()>{t::portfolio_no_decision()}</option>
                        {DecisionKind::ALL.iter().map(|k| view! { <option value=k.as_wire() selected=kind.get_untracked() == k.as_wire()>{t::decision_name(*k)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field" class:has-error=move || date_error.with(Option::is_some)>
                    <label for="decision-review">{t::decision_review_date()}</label>
                    {move || date_error.get().map(|e| view! { <p class="error-text">{e}</p> })}
                    <input id="decision-review" type="date" prop:value=move || review.get()
                        on:input=move |ev| { review.set(event_target_value(&ev)); save(false); }
                        on:change=move |ev| { review.set(event_target_value(&ev)); save(true); }/>
                </div>
            </div>
            <div class="field">
                <label for="decision-rationale">{t::decision_rationale()}</label>
                <textarea id="decision-rationale" rows="2" on:input=move |ev| { rationale.set(event_target_value(&ev)); save(false); }>{rationale.get_untracked()}</textarea>
            </div>
            <p role="status" id="decision-status">{move || status.get()}</p>
            <h4>{t::decision_history()}</h4>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::decision_history()>
                <table class="data-table" id="decision-history">
                    <caption class="visually-hidden">{t::decision_history()}</caption>
                    <thead><tr><th scope="col">{t::header_cycle_select()}</th><th scope="col">{t::decision_kind()}</th><th scope="col">{t::decision_rationale()}</th></tr></thead>
                    <tbody>{move || history().into_iter().map(|(l, d)| view! {
                        <tr><th scope="row">{l}</th>
                            <td>{d.as_ref().map(|(k, _)| t::decision_name(*k)).unwrap_or(t::portfolio_no_decision())}</td>
                            <td>{d.map(|(_, r)| r).unwrap_or_default()}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        </section>
    }
}
