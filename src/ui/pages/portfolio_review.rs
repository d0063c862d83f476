//! "/portfolio-review?product=<id>": one product's details, review questions, decision and
//! usage by student group.

use crate::ui::components::findings::{protected_view, sentence};
use crate::ui::components::import_status::{self, Ids};
use crate::ui::components::portfolio_nav::{product_href, SubNav};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::edit_portfolio;
use crate::ui::flows;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use crate::ui::store::PORTFOLIO;
use dew_domain::divides::analysis::Status;
use dew_domain::divides::findings::findings;
use dew_domain::divides::import::Preview;
use dew_domain::divides::model::DivideData;
use dew_domain::import_flow::{ImportFlow, Problems, Step};
use dew_domain::plan::{optional_amount, optional_date};
use dew_domain::portfolio::usage::{headers, suggest, usage_data, Mapping, UsageReader, USAGE_INDICATOR};
use dew_domain::portfolio::Phase;
use dew_domain::portfolio::{
    decision_history, review_progress, Accessibility, Answer, Decision, DecisionKind, Evidence, Privacy, Product,
    ReviewAnswer, QUESTIONS,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PortfolioReviewPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::PortfolioReview.title()>
            <SubNav current=Page::PortfolioReview/>
            <Review/>
        </WorkspacePage>
    }
}

#[component]
fn Review() -> impl IntoView {
    let state = expect_state();
    let query = use_query_map();
    let portfolio = state.sections().portfolio;
    let names =
        Memo::new(move |_| portfolio.with(|p| p.products.iter().map(|x| (x.id, x.name.clone())).collect::<Vec<_>>()));
    let chosen = Memo::new(move |_| {
        let wanted: Option<u32> = query.with(|q| q.get("product")).and_then(|s| s.parse().ok());
        let ids: Vec<u32> = names.with(|n| n.iter().map(|(id, _)| *id).collect());
        wanted.filter(|w| ids.contains(w)).or_else(|| ids.first().copied())
    });
    let navigate = leptos_router::hooks::use_navigate();
    view! {
        <div class="field">
            <label for="product-choose">{t::PRODUCT_CHOOSE}</label>
            <select id="product-choose" on:change=move |ev| {
                if let Ok(id) = event_target_value(&ev).parse::<u32>() {
                    navigate(&product_href(id), crate::ui::routes::exact());
                }
            }>
                {move || names.get().into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=chosen.get() == Some(id)>{n}</option> }).collect_view()}
            </select>
        </div>
        {move || match chosen.get() {
            None => view! { <p class="empty">{t::PRODUCT_NONE}" "<a href=href(Page::Portfolio)>{t::PORTFOLIO_INVENTORY}</a></p> }.into_any(),
            Some(id) => view! { <ProductView id=id/> }.into_any(),
        }}
    }
}

/// A change to one product that may be refused with a message.
type ProductEdit = Box<dyn FnOnce(&mut Product) -> Result<(), &'static str>>;

#[component]
fn ProductView(id: u32) -> impl IntoView {
    let state = expect_state();
    let Some(x) =
        state.workspace.with_untracked(|w| w.as_ref().and_then(|ws| ws.current_cycle().portfolio.product(id).cloned()))
    else {
        return ().into_any();
    };
    let edit = move |f: ProductEdit| -> Result<(), &'static str> {
        edit_portfolio(state, |p| match p.product_mut(id) {
            Ok(x) => f(x),
            Err(_) => Ok(()),
        })
        .unwrap_or(Ok(()))
    };
    let text = move |key: &'static str, label: &'static str, value: String, set: fn(&mut Product, String)| {
        let fid = format!("p-{key}");
        view! {
            <div class="field">
                <label for=fid.clone()>{label}</label>
                <input id=fid type="text" value=value on:input=move |ev| { let v = event_target_value(&ev); let _ = edit(Box::new(move |x| { set(x, v); Ok(()) })); }/>
            </div>
        }
    };
    let number =
        move |key: &'static str, label: &'static str, value: Option<u64>, set: fn(&mut Product, Option<u64>)| {
            let fid = format!("p-{key}");
            let error = RwSignal::new(None::<&'static str>);
            let err_id = format!("{fid}-error");
            let e2 = err_id.clone();
            // Saved as typed (leaving the page straight after typing loses nothing); a value
            // that is not a number is named when the field is left.
            // A field left invalid changes nothing: what it held when it was entered is saved
            // back (typing "1,2x" over 1200 saves "1" on the way).
            let at_focus = StoredValue::new(value.map(|v| v.to_string()).unwrap_or_default());
            let store = move |n: Option<u64>| {
                let _ = edit(Box::new(move |x| {
                    set(x, n);
                    Ok(())
                }));
            };
            let apply = move |v: String, tell: bool| match optional_amount(&v, key).map_err(|_| t::NOT_A_NUMBER) {
                Ok(n) => {
                    error.set(None);
                    store(n);
                }
                Err(m) if tell => {
                    error.set(Some(m));
                    if let Ok(n) = optional_amount(&at_focus.get_value(), key) {
                        store(n);
                    }
                }
                Err(_) => {}
            };
            view! {
                <div class="field" class:has-error=move || error.with(Option::is_some)>
                    <label for=fid.clone()>{label}</label>
                    {move || error.get().map(|e| view! { <p class="error-text" id=e2.clone()>{e}</p> })}
                    <input id=fid type="text" inputmode="numeric" value=value.map(|v| v.to_string()).unwrap_or_default()
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby=move || error.with(Option::is_some).then(|| err_id.clone())
                        on:focus=move |ev| at_focus.set_value(event_target_value(&ev))
                        on:input=move |ev| apply(event_target_value(&ev), false)
                        on:change=move |ev| apply(event_target_value(&ev), true)/>
                </div>
            }
        };
    let choice = move |key: &'static str,
                       label: &'static str,
                       options: Vec<(&'static str, &'static str)>,
                       selected: &'static str,
                       set: fn(&mut Product, &str)| {
        let fid = format!("p-{key}");
        view! {
            <div class="field">
                <label for=fid.clone()>{label}</label>
                <select id=fid on:change=move |ev| { let v = event_target_value(&ev); let _ = edit(Box::new(move |x| { set(x, &v); Ok(()) })); }>
                    {options.into_iter().map(|(v, l)| view! { <option value=v selected=v == selected>{l}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let check = move |key: &'static str, label: &'static str, value: bool, set: fn(&mut Product, bool)| {
        let fid = format!("p-{key}");
        view! {
            <div class="check">
                <input id=fid.clone() type="checkbox" checked=value on:change=move |ev| { let v = event_target_checked(&ev); let _ = edit(Box::new(move |x| { set(x, v); Ok(()) })); }/>
                <label for=fid>{label}</label>
            </div>
        }
    };
    let end_error = RwSignal::new(None::<&'static str>);
    let set_end = move |v: String, tell: bool| match optional_date(&v, "contract_end") {
        Ok(d) => {
            end_error.set(None);
            let _ = edit(Box::new(move |x| {
                x.contract_end = d;
                Ok(())
            }));
        }
        Err(_) if tell => end_error.set(Some(t::NOT_A_DATE)),
        Err(_) => {}
    };
    let heading = move || {
        state.workspace.read(PORTFOLIO, |p| p.product(id).map(|x| x.name.clone())).flatten().unwrap_or_default()
    };
    view! {
        <h2 id="product-heading">{heading}</h2>
        <section aria-labelledby="fields-heading" class="card">
            <h3 id="fields-heading">{t::PRODUCT_FIELDS}</h3>
            <div class="field-row">
                {text("name", t::F_NAME, x.name.clone(), |x, v| { if !v.trim().is_empty() { x.name = v.trim().to_string(); } })}
                {text("category", t::F_CATEGORY, x.category.clone(), |x, v| x.category = v)}
                {text("need", t::F_NEED, x.need.clone(), |x, v| x.need = v)}
            </div>
            <div class="field-row">
                {text("grades", t::F_GRADES, x.grades.clone(), |x, v| x.grades = v)}
                {text("subjects", t::F_SUBJECTS, x.subjects.clone(), |x, v| x.subjects = v)}
                {number("licences", t::F_LICENCES, x.licences, |x, v| x.licences = v)}
                {number("active", t::F_ACTIVE, x.active_users, |x, v| x.active_users = v)}
                {number("cost", t::F_COST, x.annual_cost, |x, v| x.annual_cost = v)}
            </div>
            <div class="field-row">
                <div class="field" class:has-error=move || end_error.with(Option::is_some)>
                    <label for="p-end">{t::F_CONTRACT_END}</label>
                    {move || end_error.get().map(|e| view! { <p class="error-text" id="p-end-error">{e}</p> })}
                    <input id="p-end" type="date" value=x.contract_end.map(|d| d.to_string()).unwrap_or_default()
                        aria-invalid=move || end_error.with(Option::is_some).to_string()
                        on:input=move |ev| set_end(event_target_value(&ev), false)
                        on:change=move |ev| set_end(event_target_value(&ev), true)/>
                </div>
                {choice("privacy", t::F_PRIVACY, Privacy::ALL.iter().map(|p| (p.as_wire(), t::privacy_name(*p))).collect(), x.privacy.as_wire(), |x, v| { if let Some(p) = Privacy::from_wire(v) { x.privacy = p; } })}
                {choice("accessibility", t::F_ACCESSIBILITY, Accessibility::ALL.iter().map(|p| (p.as_wire(), t::accessibility_name(*p))).collect(), x.accessibility.as_wire(), |x, v| { if let Some(p) = Accessibility::from_wire(v) { x.accessibility = p; } })}
                {choice("evidence", t::F_EVIDENCE, Evidence::ALL.iter().map(|p| (p.as_wire(), t::evidence_name(*p))).collect(), x.evidence.as_wire(), |x, v| { if let Some(p) = Evidence::from_wire(v) { x.evidence = p; } })}
            </div>
            <div class="field-row">
                {check("sso", t::F_SSO, x.single_sign_on, |x, v| x.single_sign_on = v)}
                {check("lti", t::F_LTI, x.lti, |x, v| x.lti = v)}
                {text("rostering", t::F_ROSTERING, x.rostering.clone(), |x, v| x.rostering = v)}
                {text("training", t::F_TRAINING, x.training.clone(), |x, v| x.training = v)}
            </div>
            {text("goals", t::F_GOALS, x.goals.clone(), |x, v| x.goals = v)}
        </section>
        <ReviewQuestions id=id product=x.clone()/>
        <DecisionEditor id=id/>
        <Usage id=id/>
    }
    .into_any()
}

#[component]
fn ReviewQuestions(id: u32, product: Product) -> impl IntoView {
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
            <h3 id="review-heading">{t::PRODUCT_REVIEW}</h3>
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
                                <legend>{q.text}</legend>
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
                                    <label for=format!("{name}-note")>{t::REVIEW_NOTE}</label>
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

#[component]
fn DecisionEditor(id: u32) -> impl IntoView {
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
            date_error.set(Some(t::NOT_A_DATE));
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
            <h3 id="decision-heading">{t::PRODUCT_DECISION}</h3>
            <div class="field-row">
                <div class="field">
                    <label for="decision-kind">{t::DECISION_KIND}</label>
                    <select id="decision-kind" on:change=move |ev| { kind.set(event_target_value(&ev)); save(true); }>
                        <option value="" selected=kind.get_untracked().is_empty()>{t::PORTFOLIO_NO_DECISION}</option>
                        {DecisionKind::ALL.iter().map(|k| view! { <option value=k.as_wire() selected=kind.get_untracked() == k.as_wire()>{t::decision_name(*k)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field" class:has-error=move || date_error.with(Option::is_some)>
                    <label for="decision-review">{t::DECISION_REVIEW_DATE}</label>
                    {move || date_error.get().map(|e| view! { <p class="error-text">{e}</p> })}
                    <input id="decision-review" type="date" prop:value=move || review.get()
                        on:input=move |ev| { review.set(event_target_value(&ev)); save(false); }
                        on:change=move |ev| { review.set(event_target_value(&ev)); save(true); }/>
                </div>
            </div>
            <div class="field">
                <label for="decision-rationale">{t::DECISION_RATIONALE}</label>
                <textarea id="decision-rationale" rows="2" on:input=move |ev| { rationale.set(event_target_value(&ev)); save(false); }>{rationale.get_untracked()}</textarea>
            </div>
            <p role="status" id="decision-status">{move || status.get()}</p>
            <h4>{t::DECISION_HISTORY}</h4>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::DECISION_HISTORY>
                <table class="data-table" id="decision-history">
                    <caption class="visually-hidden">{t::DECISION_HISTORY}</caption>
                    <thead><tr><th scope="col">{t::HEADER_CYCLE_SELECT}</th><th scope="col">{t::DECISION_KIND}</th><th scope="col">{t::DECISION_RATIONALE}</th></tr></thead>
                    <tbody>{move || history().into_iter().map(|(l, d)| view! {
                        <tr><th scope="row">{l}</th>
                            <td>{d.as_ref().map(|(k, _)| t::decision_name(*k)).unwrap_or(t::PORTFOLIO_NO_DECISION)}</td>
                            <td>{d.map(|(_, r)| r).unwrap_or_default()}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The usage import: a clean file's preview and the divide data it makes.
type UsageImport = ImportFlow<Box<(Preview, DivideData)>, ()>;

#[component]
fn Usage(id: u32) -> impl IntoView {
    let state = expect_state();
    let st = RwSignal::new(UsageImport::default());
    let choosing = RwSignal::new(None::<(String, String, Vec<String>)>);
    let mapping = RwSignal::new(Mapping::default());
    let usage =
        Memo::new(move |_| state.workspace.read(PORTFOLIO, |p| p.product(id).and_then(|x| x.usage.clone())).flatten());
    // First the header: the columns are chosen before the rows are read.
    let on_file = move |ev: leptos::ev::Event| {
        choosing.set(None);
        flows::import_picked_file(st, &ev, move |ticket, name, text| async move {
            let h = match headers(&text) {
                Err(e) => return Some(Err(Problems::one(t::csv_error(&e)))),
                Ok(h) => h,
            };
            if st.try_with_untracked(|f| f.is_current(ticket)) != Some(true) {
                return None;
            }
            mapping.set(suggest(&h));
            st.update(UsageImport::cancel);
            choosing.set(Some((name, text, h)));
            None
        });
    };
    let check = move |_| {
        // The mapping stays on screen until the file reads cleanly: a column left unchosen, or
        // a column of words chosen for a count, is then mended where it is named.
        let Some((name, text, _)) = choosing.get_untracked() else { return };
        let ticket = st.update_untracked(|f| f.pick(&name));
        st.notify();
        let m = mapping.get_untracked();
        spawn_local(async move {
            let outcome = async {
                let reader = match UsageReader::new(&text, &m) {
                    Err(e) => return Some(Err(Problems::one(t::csv_error(&e)))),
                    Ok(r) => r,
                };
                // Read in slices that let the page paint and answer (issue 28, item 7).
                let reader = flows::read_in_slices(st, ticket, text.len(), reader, 2_000).await?;
                let base = state
                    .workspace
                    .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.clone()))
                    .unwrap_or_default();
                Some(match reader.finish(&base) {
                    (p, _) if !p.is_clean() => {
                        Err(Problems { listed: p.errors.iter().map(t::csv_error).collect(), more: p.more_errors })
                    }
                    (p, skeleton) => Ok(Box::new((p, skeleton))),
                })
            }
            .await;
            if let Some(o) = outcome {
                let clean = o.is_ok();
                st.try_update(|f| f.read(ticket, o));
                if clean && st.try_with_untracked(|f| matches!(f.step(), Step::Ready { .. })) == Some(true) {
                    choosing.set(None);
                }
            }
        });
    };
    let use_counts = move |_| {
        let Some((file, ready)) = st.try_update(UsageImport::take_preview).flatten() else { return };
        let (p, skeleton) = *ready;
        match usage_data(&p, skeleton.clone()) {
            Some(data) => {
                let n = data.cells.len();
                edit_portfolio(state, |pf| {
                    if let Ok(x) = pf.product_mut(id) {
                        x.usage = Some(data);
                    }
                });
                st.update(|f| f.applied(t::usage_saved(n), None));
            }
            None => st.update(|f| f.offer(file, Box::new((p, skeleton)))),
        }
    };
    let remove = move |_| {
        edit_portfolio(state, |pf| {
            if let Ok(x) = pf.product_mut(id) {
                x.usage = None;
            }
        });
        choosing.set(None);
        st.update(|f| f.applied(t::USAGE_REMOVED.into(), None));
    };
    let column = move |key: &'static str,
                       label: &'static str,
                       h: Vec<String>,
                       get: fn(&Mapping) -> Option<usize>,
                       set: fn(&mut Mapping, Option<usize>)| {
        let fid = format!("usage-col-{key}");
        let current = get(&mapping.get_untracked());
        view! {
            <div class="field">
                <label for=fid.clone()>{label}</label>
                <select id=fid on:change=move |ev| { let v = event_target_value(&ev).parse::<usize>().ok(); mapping.update(|m| set(m, v)); }>
                    <option value="" selected=current.is_none()>{t::USAGE_NOT_IN_FILE}</option>
                    {h.into_iter().enumerate().map(|(i, name)| view! { <option value=i.to_string() selected=current == Some(i)>{name}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section aria-labelledby="usage-heading">
            <h3 id="usage-heading">{t::USAGE_HEADING}</h3>
            <p class="hint">{t::USAGE_INTRO}</p>
            <div class="field">
                <label for="usage-file">{t::USAGE_FILE}</label>
                <input id="usage-file" type="file" accept=".csv,text/csv" on:change=on_file/>
            </div>
            {move || choosing.get().map(|(_, _, h)| view! {
                <fieldset class="card" id="usage-mapping">
                    <legend>{t::USAGE_MAP}</legend>
                    <div class="field-row">
                        {column("school", t::USAGE_COL_SCHOOL, h.clone(), |m| m.school, |m, v| m.school = v)}
                        {column("dimension", t::USAGE_COL_DIMENSION, h.clone(), |m| m.dimension, |m, v| m.dimension = v)}
                        {column("group", t::USAGE_COL_GROUP, h.clone(), |m| m.group, |m, v| m.group = v)}
                        {column("active", t::USAGE_COL_ACTIVE, h.clone(), |m| m.active, |m, v| m.active = v)}
                        {column("enrolled", t::USAGE_COL_ENROLLED, h, |m| m.enrolled, |m, v| m.enrolled = v)}
                    </div>
                    <button type="button" id="usage-check" on:click=check>{t::USAGE_CHECK}</button>
                </fieldset>
            })}
            {move || st.with(|f| import_status::step(
                f,
                Ids { reading: "usage-reading", errors: "usage-errors", done: "usage-done" },
                // With the columns on screen, they may be what is wrong; before, only the file.
                move |file, n| if choosing.with_untracked(Option::is_some) { t::usage_errors(file, n) } else { t::ddata_errors(file, n) },
                None,
                |file, preview| view! {
                    <div class="card" id="usage-preview">
                        <p>{format!("“{file}”: ")}{t::usage_ready(preview.0.cells.len(), preview.0.new_schools.len())}</p>
                        <div class="actions">
                            <button type="button" id="usage-use" on:click=use_counts>{t::USAGE_USE}</button>
                            <button type="button" class="secondary" on:click=move |_| st.update(UsageImport::cancel)>{t::CANCEL}</button>
                        </div>
                    </div>
                }.into_any(),
            ))}
            {move || match usage.get() {
                None => view! { <p class="hint" id="usage-none">{t::USAGE_NONE}</p> }.into_any(),
                Some(data) => {
                    let a = protected_view(&data);
                    let sentences: Vec<String> = findings(&a).iter().filter_map(|f| sentence(&data, &a, f.cell)).collect();
                    let i = a.indicators.iter().position(|x| x.id == USAGE_INDICATOR);
                    let rows: Vec<(String, String)> = a.cells.iter().filter(|c| Some(c.indicator) == i).map(|c| {
                        let who = crate::ui::components::findings::who(&data, &a, c);
                        let value = match c.status {
                            Status::Shown => c.rate().map(t::percent).unwrap_or_default(),
                            Status::Invalid => t::INVALID_CELL.to_string(),
                            Status::ComplementarySuppressed => t::SUPPRESSED_COMPLEMENT.to_string(),
                            Status::Suppressed => t::fewer_than(a.min_n),
                        };
                        (who, value)
                    }).collect();
                    view! {
                        <h4>{t::USAGE_FINDINGS}</h4>
                        {if sentences.is_empty() {
                            view! { <p>{t::USAGE_NO_FINDINGS}</p> }.into_any()
                        } else {
                            view! { <ul id="usage-findings">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t::USAGE_TABLE>
                            <table class="data-table" id="usage-table">
                                <caption class="visually-hidden">{t::USAGE_TABLE}</caption>
                                <thead><tr><th scope="col">{t::PLAN_MEASURE_GROUP}</th><th scope="col">{t::USAGE_COL_ACTIVE}</th></tr></thead>
                                <tbody>{rows.into_iter().map(|(w, v)| view! { <tr><th scope="row">{w}</th><td>{v}</td></tr> }).collect_view()}</tbody>
                            </table>
                        </div>
                        <button type="button" class="secondary" on:click=remove>{t::USAGE_REMOVE}</button>
                    }.into_any()
                }
            }}
        </section>
    }
}
