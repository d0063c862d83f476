//! The interface language: chosen at start (the device's stored choice, else the browser's
//! languages), switched at run time from the header, remembered on this device only
//! (`LOCALE_KEY`, outside the workspace and its backups). Spanish comes as its own chunk.
//! A switch draws the whole interface again (`app::App` watches [`drawn`]): the workspace,
//! the page and unsaved nothing are kept, as every edit is saved as it is made.

use crate::ui::i18n::{self, Core, Locale, Pages};
use crate::ui::not_loaded::PageNotLoaded;
use dew_domain::stored::LOCALE_KEY;
use leptos::prelude::*;

thread_local! {
    /// The language the interface was last drawn in.
    static DRAWN: ArcRwSignal<Locale> = ArcRwSignal::new(Locale::En);
}

/// The language the interface is drawn in: a view that reads it is drawn again on a switch.
pub fn drawn() -> ArcRwSignal<Locale> {
    DRAWN.with(ArcRwSignal::clone)
}

/// The Spanish for the first screen, from its chunk: only a person who chooses Spanish
/// fetches it.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(spanish, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn spanish_core() -> Result<&'static dyn Core, PageNotLoaded> {
    Ok(i18n::es::core())
}

/// The Spanish for the pages, from a second chunk, fetched with the first page.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(spanish_pages, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn spanish_pages() -> Result<&'static dyn Pages, PageNotLoaded> {
    Ok(i18n::es::pages())
}

async fn core(locale: Locale) -> Result<Option<&'static dyn Core>, PageNotLoaded> {
    match locale {
        Locale::En => Ok(None),
        Locale::Es => {
            #[cfg(feature = "split")]
            let c = spanish_core().await?;
            #[cfg(not(feature = "split"))]
            let c = spanish_core()?;
            Ok(Some(c))
        }
    }
}

/// Waits, before a page is drawn, until the active language's page catalogue is there
/// (called by every page fetched on demand, the unlock screen and the cycle menu).
pub async fn pages_ready() -> Result<(), PageNotLoaded> {
    let locale = i18n::locale();
    if locale == Locale::En || i18n::spanish_pages().is_some() {
        return Ok(());
    }
    #[cfg(feature = "split")]
    let p = spanish_pages().await?;
    #[cfg(not(feature = "split"))]
    let p = spanish_pages()?;
    // A switch back to English while it came leaves English.
    if i18n::locale() == locale {
        i18n::activate_pages(p);
    }
    Ok(())
}

/// The language to start in: the choice stored on this device, else the browser's own
/// (`navigator.language`).
pub fn initial() -> Locale {
    let stored = crate::browser::storage::get(LOCALE_KEY).ok().flatten();
    let tags = Locale::ALL.map(Locale::tag);
    let tag = dew_domain::language::choose(stored.as_deref(), &crate::browser::page::language(), &tags);
    Locale::from_tag(tag).unwrap_or(Locale::En)
}

/// Makes `locale` active (fetching its catalogue first) and sets `<html lang>`, before the
/// first draw. A catalogue that cannot come leaves English, which is always there.
pub async fn start_in(locale: Locale) {
    if let Ok(c) = core(locale).await {
        apply(locale, c);
    }
}

fn apply(locale: Locale, c: Option<&'static dyn Core>) {
    i18n::activate(c);
    crate::browser::page::set_lang(locale.tag());
    let d = drawn();
    if d.get_untracked() != locale {
        d.set(locale);
    }
}

/// Switches the interface to `locale`: fetches its first-screen catalogue, remembers the
/// choice on this device, and draws everything again in it (the page, drawn again, fetches
/// the pages' half first: [`pages_ready`]), then gives focus back to the language switch.
pub async fn switch_to(locale: Locale) -> Result<(), PageNotLoaded> {
    let c = core(locale).await?;
    // Not being able to remember it (storage full or blocked) does not stop the switch.
    let _ = crate::browser::storage::set(LOCALE_KEY, locale.tag());
    // What is typed in a field and not saved yet (a new goal's title, the start page's
    // district) is put back once the page is drawn again.
    let typed = crate::browser::page::field_values();
    apply(locale, c);
    crate::browser::page::focus(SWITCH_ID);
    put_back(typed, 0);
    Ok(())
}

/// Puts `typed` back once the page drawn again has its fields: its code (and its Spanish) may
/// still be on the way, so every 50 ms, for at most 10 s, it puts back each field that has
/// come (once: what the person types next is theirs) and waits for the others.
fn put_back(typed: Vec<(String, String)>, tries: u32) {
    if typed.is_empty() || tries >= 200 {
        return;
    }
    crate::browser::page::after(50, move || put_back(crate::browser::page::restore_fields(typed), tries + 1));
}

/// The id of the header's language switch.
pub const SWITCH_ID: &str = "language-switch";

/// The header's language switch: one button naming the other language in that language
/// ("Español" in English, "English" in Spanish, with its `lang`), as only two are offered.
/// If the other language cannot be fetched, the status beside it says so.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let other = if i18n::locale() == Locale::En { Locale::Es } else { Locale::En };
    let failed = RwSignal::new(false);
    let go = move |_| {
        leptos::task::spawn_local(async move {
            // After a switch this view is gone: only a failure is shown.
            let _ = failed.try_set(switch_to(other).await.is_err());
        })
    };
    view! {
        <span class="language">
            <button type="button" class="secondary small" id=SWITCH_ID lang=other.tag() on:click=go>{other.endonym()}</button>
            <span role="status" class="language-status">{move || failed.get().then(i18n::language_not_loaded)}</span>
        </span>
    }
}
