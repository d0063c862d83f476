//! What the three portfolio pages share: their sub-navigation and the link to one product's
//! review.

use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use leptos::prelude::*;

/// The link to one product's review page.
pub fn product_href(id: u32) -> String {
    format!("{}?product={id}", href(Page::PortfolioReview))
}

/// Inventory, review and overview, with the page shown marked as current.
#[component]
pub fn SubNav(current: Page) -> impl IntoView {
    let link = move |p: Page, label: &'static str| {
        view! { <li><a href=href(p) aria-current=(p == current).then_some("page")>{label}</a></li> }
    };
    view! {
        <nav class="sub-nav" aria-label=t::portfolio_subnav()>
            <ul>
                {link(Page::Portfolio, t::portfolio_inventory())}
                {link(Page::PortfolioReview, t::portfolio_review())}
                {link(Page::PortfolioOverview, t::portfolio_overview())}
            </ul>
        </nav>
    }
}
