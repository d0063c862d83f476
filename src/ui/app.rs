//! The app shell: the store, the router, the header, navigation and the page outlet.

use crate::ui::components::banners::Banners;
use crate::ui::components::shell::{Header, Nav};
use crate::ui::i18n as t;
use crate::ui::pages::{home::HomePage, not_found::NotFound};
use crate::ui::routes;
use crate::ui::state::{AppState, LockStatus};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use leptos_router::{Lazy, LazyRoute};

/// After a move to another page (not the first render, not a change of query or anchor),
/// puts keyboard focus at the start of the main content, so screen readers announce the new
/// page and the next Tab starts there instead of in the old page's position.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // After the router has reacted: a page whose code is still on its way takes focus
            // once it has come (page_or_retry), so focus never lands on the old page.
            crate::browser::page::after(0, || {
                if pages_loading().get_untracked() == 0 {
                    crate::browser::page::focus("main");
                } else {
                    FOCUS_WHEN_LOADED.with(|f| f.set(true));
                }
            });
        }
        path
    });
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    state.install();
    crate::ui::linked_backup::install(state);
    // After the first load: the service worker (and the offline copy it fetches) is not needed
    // for the first screen, so it does not compete with it.
    crate::browser::page::after_load(move || crate::browser::offline::register(move || state.update_ready.set(true)));
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
            <main id="main" tabindex="-1" aria-busy=move || (pages_loading().get() > 0).then_some("true")>
                <PageLoading/>
                <Banners/>
                <Show when=locked fallback=|| view! { <Pages/> }>
                    <LazyLockScreen/>
                </Show>
            </main>
            <footer class="site-footer"><p>{t::FOOTER}</p></footer>
        </Router>
    }
}

/// Shown instead of the app when a workspace is stored but the code that reads it could not
/// be fetched (`ui::codec`): nothing has been read or written, so reloading is safe.
#[component]
pub fn CodeNotLoaded() -> impl IntoView {
    crate::ui::components::shell::use_page_title(t::CODE_NOT_LOADED_TITLE);
    view! {
        <main id="main" tabindex="-1">
            <h1>{t::CODE_NOT_LOADED_TITLE}</h1>
            <p role="alert">{t::CODE_NOT_LOADED_TEXT}</p>
            <div class="actions">
                <button type="button" on:click=|_| crate::browser::page::reload()>{t::PAGE_NOT_LOADED_RELOAD}</button>
            </div>
        </main>
    }
}

/// A page's code could not be fetched (the network dropped before the offline copy was made).
#[derive(Clone, Copy)]
pub struct PageNotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PageNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PageNotLoaded
    }
}

thread_local! {
    /// How many pages are being fetched. Not owned by any view, so it outlives route changes.
    static PAGES_LOADING: ArcRwSignal<u32> = ArcRwSignal::new(0);
    /// Set by a move to another page: once that page's code has come, focus goes to it.
    static FOCUS_WHEN_LOADED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn pages_loading() -> ArcRwSignal<u32> {
    PAGES_LOADING.with(ArcRwSignal::clone)
}

/// Counts a page fetch for as long as it lasts, however it ends.
struct Loading(ArcRwSignal<u32>);

impl Loading {
    fn start() -> Self {
        let n = pages_loading();
        n.update(|n| *n += 1);
        Loading(n)
    }
}

impl Drop for Loading {
    fn drop(&mut self) {
        self.0.update(|n| *n = n.saturating_sub(1));
    }
}

/// Says that a page's code is on its way. The status region is always there, so screen
/// readers announce the words when they appear; the words show on screen only if the wait
/// takes a moment (the style sheet delays them), so a page from the offline copy does not
/// flicker.
#[component]
fn PageLoading() -> impl IntoView {
    let loading = pages_loading();
    view! {
        <p role="status" class="page-loading">
            {move || (loading.get() > 0).then(|| view! { <span>{t::PAGE_LOADING}</span> })}
        </p>
    }
}

/// "This page could not be opened", after `tries` tries again (0: the first failure), with a
/// button that calls `retry` and one that reloads the app.
fn not_loaded_view(tries: u32, retry: impl Fn() + 'static) -> AnyView {
    crate::ui::components::shell::use_page_title(t::PAGE_NOT_LOADED_TITLE);
    // A new try that fails again changes the words, so the alert is announced again.
    let text = if tries == 0 { t::PAGE_NOT_LOADED_TEXT.to_string() } else { t::page_not_loaded_again(tries + 1) };
    view! {
        <h1>{t::PAGE_NOT_LOADED_TITLE}</h1>
        <p role="alert">{text}</p>
        <div class="actions">
            <button type="button" on:click=move |_| retry()>{t::PAGE_NOT_LOADED_RETRY}</button>
            <button type="button" class="secondary" on:click=|_| crate::browser::page::reload()>
                {t::PAGE_NOT_LOADED_RELOAD}
            </button>
        </div>
    }
    .into_any()
}

/// The page from `load`, or, if its code cannot be fetched, a message with a button that
/// tries again in place (a failed fetch is not remembered, so each try fetches anew) and one
/// that reloads the app (the way out when this tab's build is no longer on the server).
async fn page_or_retry<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<AnyView, PageNotLoaded>> + 'static,
{
    let first = {
        let _loading = Loading::start();
        load().await
    };
    if let Ok(page) = first {
        if FOCUS_WHEN_LOADED.with(|f| f.replace(false)) {
            crate::browser::page::focus("main");
        }
        return page;
    }
    let attempts = RwSignal::new(0_u32);
    let not_loaded = move |tries: u32| not_loaded_view(tries, move || attempts.update(|n| *n += 1));
    (move || {
        let tries = attempts.get();
        Suspend::new(send_wrapper::SendWrapper::new(async move {
            if tries == 0 {
                // The failure just seen: shown at once, not fetched a second time.
                return not_loaded(0);
            }
            let _loading = Loading::start();
            match load().await {
                Ok(page) => {
                    // The button that had focus is gone: focus goes to the page.
                    crate::browser::page::focus("main");
                    page
                }
                Err(_) => not_loaded(tries),
            }
        }))
    })
    .into_any()
}

/// Declares pages that are loaded on demand. With the `split` feature (the app's own build,
/// see index.html), `wasm_split` moves the code of each group of pages (a section of the
/// navigation) into its own wasm chunk, which the router fetches the first time one of its
/// pages is opened; scripts/post_build.py does the splitting. One chunk per page was tried
/// once (a probe, not kept): 237 chunks, 44 to 88 chunk requests to open one page, and 18 %
/// more to download in all; `node bench/first_load.mjs` prints what opening a page fetches now.
/// Without the feature (native checks, in-browser tests) every page is in the one wasm.
macro_rules! lazy_pages {
    ($($route:ident => $load:ident in $group:ident => $($page:ident)::+;)+) => {$(
        struct $route;
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }
            async fn view(_: Self) -> AnyView {
                page_or_retry(|| async {
                    // Every page works on the workspace: the code that saves it comes first, so
                    // a workspace opened on the page (a restored backup) is saved at once.
                    crate::ui::codec::load().await.map_err(|_| PageNotLoaded)?;
                    #[cfg(feature = "split")]
                    return $load().await;
                    #[cfg(not(feature = "split"))]
                    return $load();
                })
                .await
            }
        }
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $load() -> Result<AnyView, PageNotLoaded> {
            use crate::ui::pages::$($page)::+ as Page;
            Ok(view! { <Page/> }.into_any())
        }
    )+};
}

lazy_pages! {
    OverviewRoute => overview_page in workspace => home::Overview;
    TeamRoute => team_page in assess_pages => team::TeamPage;
    AssessRoute => assess_page in assess_pages => assess::AssessPage;
    ConsensusRoute => consensus_page in assess_pages => consensus::ConsensusPage;
    ResultsRoute => results_page in assess_pages => results::ResultsPage;
    ReflectRoute => reflect_page in plan_pages => reflect::ReflectPage;
    PlanRoute => plan_page in plan_pages => plan::PlanPage;
    ProgressRoute => progress_page in plan_pages => progress::ProgressPage;
    PortfolioRoute => portfolio_page in plan_pages => portfolio::PortfolioPage;
    PortfolioReviewRoute => portfolio_review_page in plan_pages => portfolio::PortfolioReviewPage;
    PortfolioOverviewRoute => portfolio_overview_page in plan_pages => portfolio::PortfolioOverviewPage;
    ReportRoute => report_page in share_pages => report::ReportPage;
    DividesRoute => divides_page in divides_pages => divides::DividesPage;
    HeatmapRoute => heatmap_page in divides_pages => heatmap::HeatmapPage;
    DivideDataRoute => divide_data_page in divides_pages => divide_data::DivideDataPage;
    SurveyRoute => survey_page in divides_pages => survey::SurveyPage;
    DataRoute => data_page in share_pages => data::DataPage;
    PrivacyRoute => privacy_page in share_pages => privacy::PrivacyPage;
}

/// The overview ("/" once a workspace is open), loaded on demand like the pages. The first
/// screen of a first visit is the start page, which needs neither it nor the analysis it sums
/// up. It comes in one chunk with the code that reads and saves a workspace (`ui::codec`),
/// which it needs next. (The unlock screen, loaded this way, made unlocking, which removes it,
/// read a reactive value after it was disposed, and the app stopped: it is loaded by
/// [`LazyLockScreen`] instead.)
pub fn lazy_overview() -> impl IntoView {
    view! { <Suspense>{Suspend::new(send_wrapper::SendWrapper::new(OverviewRoute::view(OverviewRoute)))}</Suspense> }
}

/// The unlock screen's constructor, in the `workspace` chunk: only a locked workspace needs it,
/// and unlocking then needs the codec from the same chunk.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn lock_screen() -> Result<fn() -> AnyView, PageNotLoaded> {
    fn make() -> AnyView {
        view! { <crate::ui::pages::lock::LockScreen/> }.into_any()
    }
    Ok(make)
}

/// Shows the unlock screen once its code has come. The screen is built synchronously inside
/// this component's own view, as if it were in the first wasm, so it is disposed with it when
/// the workspace is unlocked.
#[component]
fn LazyLockScreen() -> impl IntoView {
    let made = RwSignal::new(None::<Result<fn() -> AnyView, PageNotLoaded>>);
    // Failed tries after the first, as on a page that cannot arrive.
    let tries = StoredValue::new(0_u32);
    let fetch = move || {
        leptos::task::spawn_local(async move {
            let _loading = Loading::start();
            #[cfg(feature = "split")]
            let r = lock_screen().await;
            #[cfg(not(feature = "split"))]
            let r = lock_screen();
            let _ = made.try_set(Some(r));
        })
    };
    fetch();
    move || match made.get() {
        None => ().into_any(),
        Some(Ok(make)) => make(),
        Some(Err(_)) => not_loaded_view(tries.get_value(), move || {
            tries.update_value(|n| *n += 1);
            made.set(None);
            fetch();
        }),
    }
}

/// Every page, by path. The home page is in the first wasm (it is the first screen); every
/// other page is loaded when it is first opened.
#[component]
fn Pages() -> impl IntoView {
    view! {
                // Paths as in routes::Page::path (path! needs literals).
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/team") view={Lazy::<TeamRoute>::new()}/>
                    <Route path=path!("/assessment") view={Lazy::<AssessRoute>::new()}/>
                    <Route path=path!("/consensus") view={Lazy::<ConsensusRoute>::new()}/>
                    <Route path=path!("/results") view={Lazy::<ResultsRoute>::new()}/>
                    <Route path=path!("/reflect") view={Lazy::<ReflectRoute>::new()}/>
                    <Route path=path!("/plan") view={Lazy::<PlanRoute>::new()}/>
                    <Route path=path!("/progress") view={Lazy::<ProgressRoute>::new()}/>
                    <Route path=path!("/portfolio") view={Lazy::<PortfolioRoute>::new()}/>
                    <Route path=path!("/portfolio-review") view={Lazy::<PortfolioReviewRoute>::new()}/>
                    <Route path=path!("/portfolio-overview") view={Lazy::<PortfolioOverviewRoute>::new()}/>
                    <Route path=path!("/report") view={Lazy::<ReportRoute>::new()}/>
                    <Route path=path!("/divides") view={Lazy::<DividesRoute>::new()}/>
                    <Route path=path!("/heatmap") view={Lazy::<HeatmapRoute>::new()}/>
                    <Route path=path!("/divide-data") view={Lazy::<DivideDataRoute>::new()}/>
                    <Route path=path!("/survey") view={Lazy::<SurveyRoute>::new()}/>
                    <Route path=path!("/data") view={Lazy::<DataRoute>::new()}/>
                    <Route path=path!("/privacy") view={Lazy::<PrivacyRoute>::new()}/>
                </Routes>
    }
}
