//! "/portfolio": the technology inventory, with CSV import and export.

use crate::browser::{download, page};
use crate::ui::components::form::undo_note;
use crate::ui::components::import_status::{self, CsvFileField, Ids};
use crate::ui::components::portfolio_nav::{product_href, SubNav};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::edit_portfolio;
use crate::ui::flows;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use dew_domain::import_flow::{ImportFlow, Problems};
use dew_domain::portfolio::csv::{apply as apply_inventory, export, InventoryPreview, InventoryReader};
use dew_domain::portfolio::{cost_per, review_progress, Decision, Product};
use leptos::prelude::*;

#[component]
pub fn PortfolioPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Portfolio.title()>
            <SubNav current=Page::Portfolio/>
            <Inventory/>
        </WorkspacePage>
    }
}

/// The inventory import: a clean file's preview; applying it cannot be undone here (the
/// products it adds can be removed, each with its own undo).
type CsvImport = ImportFlow<Box<InventoryPreview>, ()>;

#[component]
fn Inventory() -> impl IntoView {
    let state = expect_state();
    let portfolio = state.sections().portfolio;
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let removed = RwSignal::new(None::<(usize, Product, Option<Decision>)>);
    let csv = RwSignal::new(CsvImport::default());

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match edit_portfolio(state, |p| p.add(&name.get_untracked())) {
            Some(Ok(_)) => {
                name.set(String::new());
                name_error.set(None);
                status.set(String::new());
            }
            Some(Err(e)) => {
                name_error.set(Some(t::portfolio_error(&e)));
                page::focus("new-product");
            }
            None => {}
        }
    };
    let undo = move || {
        if let Some((i, p, d)) = removed.get_untracked() {
            let n = p.name.clone();
            edit_portfolio(state, |pf| pf.restore(i, p, d));
            removed.set(None);
            status.set(t::portfolio_restored(&n));
        }
    };
    let export_csv = move |_| {
        // Headers and words in the reader's language; the importer reads either.
        let text = portfolio.with_untracked(|p| export(p, t::file_lang()));
        let _ = download::download_text(t::inventory_file_name(), "text/csv", &text);
    };
    let on_file = move |ev: leptos::ev::Event| {
        flows::import_picked_file(csv, &ev, move |ticket, _, text| async move {
            let reader = match InventoryReader::new(&text) {
                Err(e) => return Some(Err(Problems::one(t::csv_error(&e)))),
                Ok(r) => r,
            };
            let reader = flows::read_in_slices(csv, ticket, text.len(), reader, 1_000).await?;
            let p = portfolio.try_with_untracked(|pf| reader.finish(pf))?;
            Some(if p.errors.is_empty() {
                Ok(Box::new(p))
            } else {
                Err(Problems { listed: p.errors.iter().map(t::csv_error).collect(), more: p.more_errors })
            })
        });
    };
    let apply = move |_| {
        let Some((file, p)) = csv.try_update(CsvImport::take_preview).flatten() else { return };
        if edit_portfolio(state, |pf| apply_inventory(&p, pf)) == Some(true) {
            csv.update(|f| f.applied(t::inventory_applied(p.products.len()), None));
        } else {
            csv.update(|f| f.offer(file, p));
        }
    };

    view! {
        <p class="lead">{t::portfolio_intro()}</p>
        <form class="inline-form" on:submit=add novalidate=true>
            <div class="field" class:has-error=move || name_error.with(Option::is_some)>
                <label for="new-product">{t::portfolio_add()}</label>
                {move || name_error.get().map(|e| view! { <p class="error-text" id="new-product-error">{e}</p> })}
                <input id="new-product" type="text" bind:value=name
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    aria-describedby=move || name_error.with(Option::is_some).then_some("new-product-error")/>
            </div>
            <button type="submit">{t::portfolio_add_button()}</button>
        </form>
        <p role="status" id="portfolio-status">
            {move || status.get()}
            {move || removed.get().map(|(_, p, _)| undo_note(t::portfolio_removed(&p.name), "portfolio-undo", t::undo(), undo))}
        </p>
        {move || {
            let rows = portfolio.with(|p| p.products.iter().map(|x| {
                let (done, of) = review_progress(x);
                (x.id, x.name.clone(), x.category.clone(), x.need.clone(), x.annual_cost, cost_per(x.annual_cost, x.active_users), t::review_progress(done, of), p.decisions.get(&x.id).map(|d| d.kind))
            }).collect::<Vec<_>>());
            if rows.is_empty() {
                return view! { <p class="empty" id="portfolio-empty">{t::portfolio_empty()}</p> }.into_any();
            }
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=t::portfolio_inventory()>
                    <table class="data-table" id="inventory">
                        <caption class="visually-hidden">{t::portfolio_inventory()}</caption>
                        <thead><tr>
                            <th scope="col">{t::portfolio_col_name()}</th><th scope="col">{t::portfolio_col_category()}</th>
                            <th scope="col">{t::portfolio_col_need()}</th><th scope="col">{t::portfolio_col_cost()}</th>
                            <th scope="col">{t::portfolio_col_per_user()}</th><th scope="col">{t::portfolio_col_review()}</th>
                            <th scope="col">{t::portfolio_col_decision()}</th><th scope="col">{t::portfolio_col_actions()}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(id, name, category, need, cost, per_user, review, decision)| {
                                let n2 = name.clone();
                                let n3 = name.clone();
                                view! {
                                    <tr>
                                        <th scope="row"><a href=product_href(id)>{name.clone()}</a></th>
                                        <td>{category}</td><td>{need}</td>
                                        <td class="num">{cost.map(t::dollars).unwrap_or_default()}</td>
                                        <td class="num">{per_user.map(t::dollars_f).unwrap_or_default()}</td>
                                        <td>{review}</td>
                                        <td>{decision.map(t::decision_name).unwrap_or(t::portfolio_no_decision())}</td>
                                        <td class="row-actions">
                                            <button type="button" class="secondary small" aria-label=format!("{} {name}", t::portfolio_duplicate())
                                                on:click=move |_| { if let Some(Ok(_)) = edit_portfolio(state, |p| p.duplicate(id)) { removed.set(None); status.set(t::portfolio_duplicated(&n2)); } }>{t::portfolio_duplicate()}</button>
                                            <button type="button" class="secondary small" aria-label=format!("{} {n3}", t::portfolio_remove())
                                                on:click=move |_| { if let Some(Some(r)) = edit_portfolio(state, |p| p.remove(id)) { status.set(String::new()); removed.set(Some(r)); page::focus("portfolio-undo"); } }>{t::portfolio_remove()}</button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <section aria-labelledby="inventory-csv-heading">
            <h2 id="inventory-csv-heading">{t::portfolio_import()}</h2>
            <p><button type="button" class="secondary" id="inventory-export" on:click=export_csv>{t::portfolio_export()}</button></p>
            <CsvFileField id="inventory-file" label=t::portfolio_import_file() hint=t::portfolio_import_hint() on_file=Callback::new(on_file)/>
            {move || csv.with(|f| import_status::step(
                f,
                Ids { reading: "inventory-reading", errors: "inventory-errors", done: "inventory-done" },
                t::inventory_errors,
                None,
                |file, p| view! {
                    <div class="card" id="inventory-preview">
                        <p>{t::inventory_preview(&file, p.products.len(), p.updates)}</p>
                        <div class="actions">
                            <button type="button" id="inventory-apply" on:click=apply>{t::apply()}</button>
                            <button type="button" class="secondary" on:click=move |_| csv.update(CsvImport::cancel)>{t::cancel()}</button>
                        </div>
                    </div>
                }.into_any(),
            ))}
        </section>
    }
}
