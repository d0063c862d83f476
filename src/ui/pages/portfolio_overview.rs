//! "/portfolio-overview": the products that call for a decision, and the costs.

use crate::ui::components::portfolio_nav::{product_href, SubNav};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::today;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use dew_domain::portfolio::{cost_per, overview, Portfolio};
use leptos::prelude::*;

#[component]
pub fn PortfolioOverviewPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::PortfolioOverview.title()>
            <SubNav current=Page::PortfolioOverview/>
            <OverviewView/>
        </WorkspacePage>
    }
}

/// A list of products, each linking to its review.
fn product_list(id: &'static str, items: Vec<(u32, String)>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p id=id>{t::overview_none()}</p> }.into_any();
    }
    view! { <ul id=id>{items.into_iter().map(|(pid, text)| view! { <li><a href=product_href(pid)>{text}</a></li> }).collect_view()}</ul> }.into_any()
}

#[component]
fn OverviewView() -> impl IntoView {
    let state = expect_state();
    let portfolio = state.sections().portfolio;
    let window = RwSignal::new(90i64);
    let name_of = move |p: &Portfolio, id: u32| p.product(id).map(|x| x.name.clone()).unwrap_or_default();
    view! {
        {move || portfolio.with(|p| p.products.is_empty()).then(|| view! { <p class="empty">{t::portfolio_empty()}" "<a href=href(Page::Portfolio)>{t::portfolio_inventory()}</a></p> })}
        <section aria-labelledby="ov-overlap">
            <h2 id="ov-overlap">{t::overview_overlap()}</h2>
            {move || {
                let o = portfolio.with(|p| overview(p, today(), window.get()));
                if o.overlapping.is_empty() {
                    return view! { <p id="overview-overlap">{t::overview_none()}</p> }.into_any();
                }
                view! { <ul id="overview-overlap">{o.overlapping.into_iter().map(|(need, ids)| view! {
                    <li>{need}": "{ids.into_iter().map(|pid| view! { <a href=product_href(pid)>{move || portfolio.with(|p| name_of(p, pid))}</a>" " }).collect_view()}</li>
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="ov-ending">
            <h2 id="ov-ending">{t::overview_ending()}</h2>
            <div class="field">
                <label for="ov-window">{t::overview_window()}</label>
                <select id="ov-window" on:change=move |ev| window.set(event_target_value(&ev).parse().unwrap_or(90))>
                    {[30i64, 60, 90, 180, 365].into_iter().map(|d| view! { <option value=d.to_string() selected=d == 90>{t::days_label(d)}</option> }).collect_view()}
                </select>
            </div>
            {move || portfolio.with(|p| {
                let o = overview(p, today(), window.get());
                product_list("overview-ending", o.ending_soon.into_iter().map(|(id, d)| (id, t::ends_on(&name_of(p, id), &t::date(d)))).collect())
            })}
        </section>
        <section aria-labelledby="ov-privacy">
            <h2 id="ov-privacy">{t::overview_privacy()}</h2>
            {move || portfolio.with(|p| product_list("overview-privacy", overview(p, today(), 90).no_privacy_agreement.into_iter().map(|id| (id, name_of(p, id))).collect()))}
        </section>
        <section aria-labelledby="ov-a11y">
            <h2 id="ov-a11y">{t::overview_a11y()}</h2>
            {move || portfolio.with(|p| product_list("overview-a11y", overview(p, today(), 90).no_accessibility.into_iter().map(|id| (id, name_of(p, id))).collect()))}
        </section>
        <section aria-labelledby="ov-evidence">
            <h2 id="ov-evidence">{t::overview_evidence()}</h2>
            {move || portfolio.with(|p| product_list("overview-evidence", overview(p, today(), 90).no_evidence.into_iter().map(|id| (id, name_of(p, id))).collect()))}
        </section>
        <section aria-labelledby="ov-costs">
            <h2 id="ov-costs">{t::overview_costs()}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::table_of(t::overview_costs())>
                <table class="data-table" id="overview-costs">
                    <caption class="visually-hidden">{t::overview_costs()}</caption>
                    <thead><tr>
                        <th scope="col">{t::portfolio_col_name()}</th><th scope="col">{t::portfolio_col_cost()}</th>
                        <th scope="col">{t::f_licences()}</th><th scope="col">{t::portfolio_col_per_licence()}</th>
                        <th scope="col">{t::f_active()}</th><th scope="col">{t::portfolio_col_per_user()}</th>
                    </tr></thead>
                    <tbody>{move || portfolio.with(|p| p.products.iter().map(|x| view! {
                        <tr>
                            <th scope="row"><a href=product_href(x.id)>{x.name.clone()}</a></th>
                            <td class="num">{x.annual_cost.map(t::dollars).unwrap_or_default()}</td>
                            <td class="num">{x.licences.map(|n| n.to_string()).unwrap_or_default()}</td>
                            <td class="num">{cost_per(x.annual_cost, x.licences).map(t::dollars_f).unwrap_or_default()}</td>
                            <td class="num">{x.active_users.map(|n| n.to_string()).unwrap_or_default()}</td>
                            <td class="num">{cost_per(x.annual_cost, x.active_users).map(t::dollars_f).unwrap_or_default()}</td>
                        </tr>
                    }).collect_view())}</tbody>
                </table>
            </div>
        </section>
    }
}
