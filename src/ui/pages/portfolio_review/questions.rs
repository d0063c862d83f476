//! A product's review questions: an answer and a note for each, saved as they change.

use super::*;

#[component]
pub(super) fn ReviewQuestions(id: u32, product: Product) -> impl IntoView {
    let state = expect_state();
    let progress = move || {
        state
            .workspace
            .read(PORTFOLIO, |p| p.product(id).map(review_progress))
            .flatten()
            .map(|(d, n)| t::review_progress(d, n))
            .unwrap_or_default()
    };
    let save = move |q: &'static str, answer: Option<Answer>, note: Option<String>| {
        edit_portfolio(state, |p| {
            if let Ok(x) = p.product_mut(id) {
                let entry = x
                    .review
                    .entry(q.to_string())
                    .or_insert(ReviewAnswer { answer: Answer::NotKnown, note: String::new() });
                if let Some(a) = answer {
                    entry.answer = a;
                }
                if let Some(n) = note {
                    entry.note = n;
                }
            }
        });
    };
    view! {
        <section aria-labelledby="review-heading">
            <h3 id="review-heading">{t::product_review()}</h3>
            <p role="status" id="review-progress">{progress}</p>
            {Phase::ALL.into_iter().map(|phase| view! {
                <fieldset class="review-phase">
                    <legend>{t::phase_name(phase)}</legend>
                    {QUESTIONS.iter().filter(|q| q.phase == phase).map(|q| {
                        let current = product.review.get(q.id).cloned();
                        let qid = q.id;
                        let name = format!("q-{}", qid.replace('.', "-"));
                        view! {
                            <fieldset class="question" id=name.clone()>
                                <legend>{t::review_question(q)}</legend>
                                <div class="inline-group">
                                    {Answer::ALL.iter().map(|a| {
                                        let a = *a;
                                        let rid = format!("{name}-{}", a.as_wire());
                                        view! {
                                            <span class="inline-option">
                                                <input type="radio" id=rid.clone() name=name.clone() value=a.as_wire()
                                                    checked=current.as_ref().is_some_and(|c| c.answer == a)
                                                    on:change=move |_| save(qid, Some(a), None)/>
                                                <label for=rid>{t::answer_name(a)}</label>
                                            </span>
                                        }
                                    }).collect_view()}
                                </div>
                                <div class="field">
                                    <label for=format!("{name}-note")>{t::review_note()}</label>
                                    <input id=format!("{name}-note") type="text" value=current.as_ref().map(|c| c.note.clone()).unwrap_or_default()
                                        on:input=move |ev| save(qid, None, Some(event_target_value(&ev)))/>
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view()}
        </section>
    }
}
