//! Messages about the stored data that must not be missed: an unreadable document set aside,
//! a failed save, a change made in another tab, storage being unavailable. Those about a
//! workspace ([`WorkspaceBanners`]) come with the `workspace` chunk ([`LazyWorkspaceBanners`]),
//! which is there whenever a workspace or a stored document is: a new visitor's first load
//! does not carry them.

use crate::browser::{clock, download};
use crate::ui::i18n as t;
use crate::ui::linked_backup::{self, Linked};
use crate::ui::not_loaded::PageNotLoaded;
use crate::ui::state::expect_state;
use dew_domain::stored::{backup_reminder, BackupReminder, LAST_BACKUP_KEY};
use leptos::prelude::*;

/// The banners any screen may need, with or without a workspace, then those about one.
#[component]
pub fn Banners() -> impl IntoView {
    let state = expect_state();
    view! {
        {move || state.update_ready.get().then(|| view! {
            <div class="banner banner-warn" id="update-banner" role="status">
                <p>{t::update_ready()}</p>
                <button type="button" on:click=move |_| crate::browser::offline::apply_update()>{t::update_reload()}</button>
            </div>
        })}
        {move || state.storage_unavailable.get().then(|| view! {
            <div class="banner banner-error" role="alert">
                <p>{t::storage_error(&crate::browser::storage::StorageError::Unavailable)}</p>
            </div>
        })}
        <LazyWorkspaceBanners/>
    }
}

/// The banners about a workspace or the stored document (see the module's note).
#[component]
pub fn WorkspaceBanners() -> impl IntoView {
    let state = expect_state();
    let download_stored = move |_| {
        if let Some(u) = state.unreadable.get_untracked() {
            let name = format!("equity-workbench-unreadable-{}.txt", clock::now_ms());
            let _ = download::download_text(&name, "text/plain", &u.raw);
        }
    };
    let backup = move |_| {
        let _ = state.download_backup();
    };
    // Where no linked file can keep a copy up to date, a week without a backup is named.
    let reminder = move || {
        state.storage_rev.track();
        if linked_backup::status().get() != Linked::Unsupported {
            return None;
        }
        if !state.workspace.top(|w| w.as_ref().is_some_and(|ws| !ws.sample)) {
            return None;
        }
        let last = crate::browser::storage::get(LAST_BACKUP_KEY).ok().flatten();
        backup_reminder(last.as_deref(), &clock::local_date().0)
    };
    let earlier = move || {
        state.workspace.top(|w| {
            w.as_ref()
                .filter(|ws| ws.viewing_earlier_cycle())
                .map(|ws| (ws.current_cycle().label.clone(), ws.latest_cycle().label.clone(), ws.latest_cycle().id))
        })
    };
    view! {
        {move || earlier().map(|(viewing, latest, id)| view! {
            <div class="banner banner-warn" id="earlier-cycle-banner">
                <p>{t::earlier_cycle_banner(&viewing, &latest)}</p>
                <button type="button" class="secondary" on:click=move |_| {
                    state.switch_cycle(id);
                    // The banner (and its button) goes: focus goes to the page it was about.
                    crate::browser::page::focus("main");
                }>{t::switch_to_latest(&latest)}</button>
            </div>
        })}
        {move || match linked_backup::status().get() {
            Linked::NeedsPermission(name) => Some(view! {
                <div class="banner banner-warn" role="status" id="linked-banner">
                    <p>{t::linked_needs_permission(&name)}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| leptos::task::spawn_local(linked_backup::allow(state))>{t::linked_allow()}</button>
                    </div>
                </div>
            }.into_any()),
            Linked::Failed(name, why) => Some(view! {
                <div class="banner banner-error" role="alert" id="linked-banner">
                    <p>{t::linked_failed(&name, &t::linked_failure(&why))}</p>
                    <div class="actions"><button type="button" on:click=backup>{t::banner_download_backup()}</button></div>
                </div>
            }.into_any()),
            _ => None,
        }}
        {move || reminder().map(|r| view! {
            <div class="banner banner-warn" role="status" id="backup-reminder">
                <p>{match r { BackupReminder::Never => t::backup_never(), BackupReminder::DaysAgo(d) => t::backup_days_ago(d) }}</p>
                <div class="actions"><button type="button" on:click=backup>{t::banner_download_backup()}</button></div>
            </div>
        })}
        {move || state.unreadable.get().map(|u| {
            let kept = u.set_aside.is_some();
            view! {
                <div class="banner banner-error" role="alert" id="unreadable-banner">
                    <h2>{t::banner_unreadable_title()}</h2>
                    <p>{t::schema_error(&u.error)}</p>
                    <p>{if kept { t::banner_unreadable_kept() } else { t::banner_unreadable_not_kept() }}</p>
                    <p>{t::banner_unreadable_next()}</p>
                    <div class="actions">
                        <button type="button" on:click=download_stored>{t::banner_download_stored()}</button>
                        {if kept {
                            view! { <button type="button" class="secondary" on:click=move |_| state.unreadable.set(None)>{t::banner_dismiss()}</button> }.into_any()
                        } else {
                            view! { <button type="button" class="secondary" on:click=move |_| state.continue_past_unreadable()>{t::banner_continue()}</button> }.into_any()
                        }}
                    </div>
                </div>
            }
        })}
        {move || state.save_resumed.get().then(|| view! {
            <div class="banner banner-ok" role="status" id="save-resumed-banner">
                <p>{t::banner_save_resumed()}</p>
                <div class="actions"><button type="button" class="secondary" on:click=move |_| state.save_resumed.set(false)>{t::banner_dismiss()}</button></div>
            </div>
        })}
        {move || state.save_error.get().map(|e| view! {
            <div class="banner banner-error" role="alert" id="save-error-banner">
                <h2>{t::banner_save_failed_title()}</h2>
                <p>{t::storage_error(&e)}</p>
                <p>{t::banner_save_failed_keep()}</p>
                <div class="actions"><button type="button" on:click=backup>{t::banner_download_backup()}</button></div>
            </div>
        })}
        {move || state.other_tab.get().map(|o| {
            let erased = o.raw.is_none();
            view! {
                <div class="banner banner-warn" role="alert" id="other-tab-banner">
                    <h2>{if erased { t::banner_other_tab_erased_title() } else { t::banner_other_tab_title() }}</h2>
                    <p>{t::banner_other_tab_paused()}</p>
                    {o.error.map(|e| view! { <p class="error-text">{e}</p> })}
                    <div class="actions">
                        <button type="button" on:click=move |_| state.take_other_tab()>
                            {if erased { t::banner_clear_here() } else { t::banner_take_theirs() }}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| state.keep_this_tab()>
                            {if erased { t::banner_save_here() } else { t::banner_keep_mine() }}
                        </button>
                    </div>
                </div>
            }
        })}
    }
}

/// The banners about a workspace, in the `workspace` chunk.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn workspace_banners() -> Result<fn() -> AnyView, PageNotLoaded> {
    fn make() -> AnyView {
        view! { <WorkspaceBanners/> }.into_any()
    }
    Ok(make)
}

/// The banners about a workspace, fetched once there is something they could be about: a
/// workspace (a linked backup file and the backup reminder are about one), a stored document
/// that could not be read, a save that failed or came back, a change from another tab. (A
/// workspace's code is then there or on its way, in the same chunk.)
#[component]
pub fn LazyWorkspaceBanners() -> impl IntoView {
    let state = expect_state();
    let made = RwSignal::new(None::<fn() -> AnyView>);
    let needed = Memo::new(move |_| {
        state.workspace.top(|w| w.is_some())
            || state.unreadable.with(Option::is_some)
            || state.save_error.with(Option::is_some)
            || state.save_resumed.get()
            || state.other_tab.with(Option::is_some)
    });
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || !needed.get() {
            return started.unwrap_or(false);
        }
        leptos::task::spawn_local(async move {
            #[cfg(feature = "split")]
            let r = workspace_banners().await;
            #[cfg(not(feature = "split"))]
            let r = workspace_banners();
            if let Ok(make) = r {
                let _ = made.try_set(Some(make));
            }
        });
        true
    });
    move || made.get().map(|make| make())
}
