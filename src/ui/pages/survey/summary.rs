//! What counting found, before anything is applied.

use super::*;

#[component]
pub(super) fn SummaryView(s: Summary, add_unknown: RwSignal<bool>) -> impl IntoView {
    let skipped: u64 = s.skipped.values().sum();
    view! {
        <section aria-labelledby="survey-summary-heading" class="card" id="survey-summary">
            <h2 id="survey-summary-heading" tabindex="-1">{t::survey_summary_heading()}</h2>
            <dl class="summary-list">
                <dt>{t::survey_rows_read()}</dt><dd id="survey-rows">{s.rows}</dd>
                <dt>{t::survey_rows_counted()}</dt><dd id="survey-counted">{s.counted}</dd>
                <dt>{t::survey_rows_skipped()}</dt><dd id="survey-skipped">{skipped}</dd>
            </dl>
            {(!s.skipped.is_empty()).then(|| view! {
                <ul>{s.skipped.iter().map(|(k, n)| view! { <li>{t::survey_skip(*k, *n)}</li> }).collect_view()}</ul>
                <table class="data-table" id="survey-examples">
                    <caption>{t::survey_examples_caption()}</caption>
                    <thead><tr><th scope="col">{t::survey_col_row()}</th><th scope="col">{t::survey_col_column()}</th><th scope="col">{t::survey_col_problem()}</th></tr></thead>
                    <tbody>{s.examples.iter().map(|e| view! {
                        <tr><td class="num">{e.row}</td><td>{e.column.clone().unwrap_or_else(|| "—".into())}</td><td>{t::survey_example(e)}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            })}
            {(!s.unknown_schools.is_empty()).then(|| view! {
                <h3>{t::survey_unknown_schools()}</h3>
                <ul id="survey-unknown-schools">{s.unknown_schools.iter().map(|(n, c)| view! { <li>{t::survey_unknown_school(n, *c)}</li> }).collect_view()}</ul>
                <div class="field">
                    <input type="checkbox" id="survey-add-schools" prop:checked=move || add_unknown.get() on:change=move |ev| add_unknown.set(event_target_checked(&ev))/>
                    <label for="survey-add-schools" class="inline">{t::survey_add_schools(s.unknown_schools.len())}</label>
                </div>
            })}
            {(!s.unmapped.is_empty()).then(|| view! {
                <h3>{t::survey_unmapped_heading()}</h3>
                <p class="hint">{t::survey_unmapped_hint()}</p>
                <ul id="survey-unmapped">{s.unmapped.iter().map(|(c, v, n)| view! { <li>{t::survey_unmapped(c, v, *n)}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
