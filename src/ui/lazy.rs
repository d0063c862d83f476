//! Code that comes on demand: every page but the start page is split into a wasm chunk
//! (`lazy_pages!`, the `split` feature), fetched the first time one of its pages opens, as are
//! the overview and the unlock screen. While a fetch lasts the page says so; if it fails, the
//! page says what happened and offers to try again or to reload the app.

use crate::ui::i18n as t;
use leptos::prelude::*;
use leptos_router::LazyRoute;

pub use crate::ui::not_loaded::PageNotLoaded;

thread_local! {
    /// How many pages are being fetched. Not owned by any view, so it outlives route changes.
    static PAGES_LOADING: ArcRwSignal<u32> = ArcRwSignal::new(0);
    /// Set by a move to another page: once that page's code has come, focus goes to it.
    pub(crate) static FOCUS_WHEN_LOADED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub(crate) fn pages_loading() -> ArcRwSignal<u32> {
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
pub fn PageLoading() -> impl IntoView {
    let loading = pages_loading();
    view! {
        <p role="status" class="page-loading">
            {move || (loading.get() > 0).then(|| view! { <span>{t::page_loading()}</span> })}
        </p>
    }
}

/// "This page could not be opened", after `tries` tries again (0: the first failure), with a
/// button that calls `retry` and one that reloads the app.
pub(crate) fn not_loaded_view(tries: u32, retry: impl Fn() + 'static) -> AnyView {
    crate::ui::components::page_title::use_page_title(t::page_not_loaded_title());
    // A new try that fails again changes the words, so the alert is announced again.
    let text = if tries == 0 { t::page_not_loaded_text().to_string() } else { t::page_not_loaded_again(tries + 1) };
    view! {
        <h1>{t::page_not_loaded_title()}</h1>
        <p role="alert">{text}</p>
        <div class="actions">
            <button type="button" on:click=move |_| retry()>{t::page_not_loaded_retry()}</button>
            <button type="button" class="secondary" on:click=|_| crate::browser::page::reload()>
                {t::page_not_loaded_reload()}
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
        pub struct $route;
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }
            async fn view(_: Self) -> AnyView {
                page_or_retry(|| async {
                    // Every page works on the workspace: the code that saves it comes first, so
                    // a workspace opened on the page (a restored backup) is saved at once.
                    crate::ui::codec::load().await.map_err(|_| PageNotLoaded)?;
                    crate::ui::language::pages_ready().await?;
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
    OverviewRoute => overview_page in workspace => overview::Overview;
}

// Every other page's on-demand route: from the page table (src/ui/pages.json) by build.rs.
include!(concat!(env!("OUT_DIR"), "/page_chunks.rs"));

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
pub fn LazyLockScreen() -> impl IntoView {
    let made = RwSignal::new(None::<Result<fn() -> AnyView, PageNotLoaded>>);
    // Failed tries after the first, as on a page that cannot arrive.
    let tries = StoredValue::new(0_u32);
    let fetch = move || {
        leptos::task::spawn_local(async move {
            let _loading = Loading::start();
            if let Err(e) = crate::ui::language::pages_ready().await {
                let _ = made.try_set(Some(Err(e)));
                return;
            }
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

/// The header's cycle menu and its "Switch" button, in the `workspace` chunk (only an open
/// workspace has cycles, and opening one fetches that chunk for the codec anyway): measured at
/// 4.6 KB gzip, which the first load of a new visitor does not carry.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn cycle_switcher() -> Result<fn() -> AnyView, PageNotLoaded> {
    fn make() -> AnyView {
        view! { <crate::ui::components::cycle_switcher::CycleSwitcher/> }.into_any()
    }
    Ok(make)
}

/// The cycle menu once its code has come; until then (or if it cannot come) the current
/// cycle's name, as text.
#[component]
pub fn LazyCycleSwitcher(fallback: Option<String>) -> impl IntoView {
    let made = RwSignal::new(None::<fn() -> AnyView>);
    leptos::task::spawn_local(async move {
        if crate::ui::language::pages_ready().await.is_err() {
            return;
        }
        #[cfg(feature = "split")]
        let r = cycle_switcher().await;
        #[cfg(not(feature = "split"))]
        let r = cycle_switcher();
        if let Ok(make) = r {
            let _ = made.try_set(Some(make));
        }
    });
    move || match made.get() {
        Some(make) => make(),
        None => view! { <span class="cycle">{crate::ui::i18n::header_cycle()}" "{fallback.clone()}</span> }.into_any(),
    }
}
