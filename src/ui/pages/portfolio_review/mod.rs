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

mod decision;
mod questions;
mod usage;

use decision::DecisionEditor;
use questions::ReviewQuestions;
use usage::Usage;

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
            <label for="product-choose">{t::product_choose()}</label>
            <select id="product-choose" on:change=move |ev| {
                if let Ok(id) = event_target_value(&ev).parse::<u32>() {
                    navigate(&product_href(id), crate::ui::routes::exact());
                }
            }>
                {move || names.get().into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=chosen.get() == Some(id)>{n}</option> }).collect_view()}
            </select>
        </div>
        {move || match chosen.get() {
            None => view! { <p class="empty">{t::product_none()}" "<a href=href(Page::Portfolio)>{t::portfolio_inventory()}</a></p> }.into_any(),
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
            let apply = move |v: String, tell: bool| match optional_amount(&v, key).map_err(|_| t::not_a_number()) {
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
        Err(_) if tell => end_error.set(Some(t::not_a_date())),
        Err(_) => {}
    };
    let heading = move || {
        state.workspace.read(PORTFOLIO, |p| p.product(id).map(|x| x.name.clone())).flatten().unwrap_or_default()
    };
    view! {
        <h2 id="product-heading">{heading}</h2>
        <section aria-labelledby="fields-heading" class="card">
            <h3 id="fields-heading">{t::product_fields()}</h3>
            <div class="field-row">
                {text("name", t::f_name(), x.name.clone(), |x, v| { if !v.trim().is_empty() { x.name = v.trim().to_string(); } })}
                {text("category", t::f_category(), x.category.clone(), |x, v| x.category = v)}
                {text("need", t::f_need(), x.need.clone(), |x, v| x.need = v)}
            </div>
            <div class="field-row">
                {text("grades", t::f_grades(), x.grades.clone(), |x, v| x.grades = v)}
                {text("subjects", t::f_subjects(), x.subjects.clone(), |x, v| x.subjects = v)}
                {number("licences", t::f_licences(), x.licences, |x, v| x.licences = v)}
                {number("active", t::f_active(), x.active_users, |x, v| x.active_users = v)}
                {number("cost", t::f_cost(), x.annual_cost, |x, v| x.annual_cost = v)}
            </div>
            <div class="field-row">
                <div class="field" class:has-error=move || end_error.with(Option::is_some)>
                    <label for="p-end">{t::f_contract_end()}</label>
                    {move || end_error.get().map(|e| view! { <p class="error-text" id="p-end-error">{e}</p> })}
                    <input id="p-end" type="date" value=x.contract_end.map(|d| d.to_string()).unwrap_or_default()
                        aria-invalid=move || end_error.with(Option::is_some).to_string()
                        on:input=move |ev| set_end(event_target_value(&ev), false)
                        on:change=move |ev| set_end(event_target_value(&ev), true)/>
                </div>
                {choice("privacy", t::f_privacy(), Privacy::ALL.iter().map(|p| (p.as_wire(), t::privacy_name(*p))).collect(), x.privacy.as_wire(), |x, v| { if let Some(p) = Privacy::from_wire(v) { x.privacy = p; } })}
                {choice("accessibility", t::f_accessibility(), Accessibility::ALL.iter().map(|p| (p.as_wire(), t::accessibility_name(*p))).collect(), x.accessibility.as_wire(), |x, v| { if let Some(p) = Accessibility::from_wire(v) { x.accessibility = p; } })}
                {choice("evidence", t::f_evidence(), Evidence::ALL.iter().map(|p| (p.as_wire(), t::evidence_name(*p))).collect(), x.evidence.as_wire(), |x, v| { if let Some(p) = Evidence::from_wire(v) { x.evidence = p; } })}
            </div>
            <div class="field-row">
                {check("sso", t::f_sso(), x.single_sign_on, |x, v| x.single_sign_on = v)}
                {check("lti", t::f_lti(), x.lti, |x, v| x.lti = v)}
                {text("rostering", t::f_rostering(), x.rostering.clone(), |x, v| x.rostering = v)}
                {text("training", t::f_training(), x.training.clone(), |x, v| x.training = v)}
            </div>
            {text("goals", t::f_goals(), x.goals.clone(), |x, v| x.goals = v)}
        </section>
        <ReviewQuestions id=id product=x.clone()/>
        <DecisionEditor id=id/>
        <Usage id=id/>
    }
    .into_any()
}
