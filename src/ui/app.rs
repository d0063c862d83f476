//! The app shell: the store, the router, the header, navigation and the page outlet.

use crate::ui::components::banners::Banners;
use crate::ui::components::shell::{Header, Nav};
use crate::ui::i18n as t;
use crate::ui::pages::{
    assess::AssessPage,
    consensus::ConsensusPage,
    data::DataPage,
    divide_data::DivideDataPage,
    divides::DividesPage,
    heatmap::HeatmapPage,
    home::HomePage,
    lock::LockScreen,
    not_found::NotFound,
    plan::PlanPage,
    portfolio::{PortfolioOverviewPage, PortfolioPage, PortfolioReviewPage},
    privacy::PrivacyPage,
    progress::ProgressPage,
    reflect::ReflectPage,
    report::ReportPage,
    results::ResultsPage,
    survey::SurveyPage,
    team::TeamPage,
};
use crate::ui::routes;
use crate::ui::state::{AppState, LockStatus};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// After a move to another page (not the first render, not a change of query or anchor),
/// puts keyboard focus at the start of the main content, so screen readers announce the new
/// page and the next Tab starts there instead of in the old page's position.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            crate::browser::page::focus("main");
        }
        path
    });
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    state.install();
    // After the first render: the service worker is not needed for the first screen.
    Effect::new(move |_| crate::browser::offline::register(move || state.update_ready.set(true)));
    // While the stored workspace waits for its passphrase, no page is shown: none could
    // show data, and a page that starts a workspace would write over the locked one.
    let locked = move || state.lock.get() == LockStatus::Waiting;
    view! {
        <Router base=routes::base().to_string()>
            <a class="skip-link" href="#main">{t::SKIP_TO_MAIN}</a>
            <Header/>
            <Show when=move || !locked()>
                <Nav/>
            </Show>
            <FocusOnNavigate/>
            <main id="main" tabindex="-1">
                <Banners/>
                <Show when=locked fallback=|| view! { <Pages/> }>
                    <LockScreen/>
                </Show>
            </main>
            <footer class="site-footer"><p>{t::FOOTER}</p></footer>
        </Router>
    }
}

/// Every page, by path.
#[component]
fn Pages() -> impl IntoView {
    view! {
                // Paths as in routes::Page::path (path! needs literals).
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/team") view=TeamPage/>
                    <Route path=path!("/assessment") view=AssessPage/>
                    <Route path=path!("/consensus") view=ConsensusPage/>
                    <Route path=path!("/results") view=ResultsPage/>
                    <Route path=path!("/reflect") view=ReflectPage/>
                    <Route path=path!("/plan") view=PlanPage/>
                    <Route path=path!("/progress") view=ProgressPage/>
                    <Route path=path!("/portfolio") view=PortfolioPage/>
                    <Route path=path!("/portfolio-review") view=PortfolioReviewPage/>
                    <Route path=path!("/portfolio-overview") view=PortfolioOverviewPage/>
                    <Route path=path!("/report") view=ReportPage/>
                    <Route path=path!("/divides") view=DividesPage/>
                    <Route path=path!("/heatmap") view=HeatmapPage/>
                    <Route path=path!("/divide-data") view=DivideDataPage/>
                    <Route path=path!("/survey") view=SurveyPage/>
                    <Route path=path!("/data") view=DataPage/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                </Routes>
    }
}
