//! The linked backup file as the app uses it (issue 28, item 9): once linked on the Data page,
//! the file is written a few seconds after each save (edits in between go together), then read
//! back and compared. Under a passphrase the file gets the encrypted document, as stored. When
//! the browser's permission for the file lapses (Chrome asks again after the tab is closed),
//! the header says so and one click gives it back. Browsers without the File System Access
//! API get the "last backup N days ago" reminder instead (`domain::stored::backup_reminder`).

use crate::browser::linked_file::{self, LinkedFileError};
use crate::browser::{clock, page};
use crate::ui::codec::NotLoaded;
use crate::ui::state::{backed_up_today, set_hooks, AppState, LockStatus, StoreHooks};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsValue;

type Fut<T> = Pin<Box<dyn Future<Output = T>>>;

/// The file and IndexedDB calls, as plain function pointers into their own chunk: they are
/// not part of the first load (which has 250 KB), and only a workspace that is open needs
/// them. Without the `split` feature (native checks, in-browser tests) they are plain calls.
struct Ops {
    choose: fn(String, &'static str) -> Fut<Result<JsValue, LinkedFileError>>,
    remember: fn(JsValue) -> Fut<Result<(), LinkedFileError>>,
    recall: fn() -> Fut<Option<JsValue>>,
    forget: fn() -> Fut<Result<(), LinkedFileError>>,
    permission: fn(JsValue, bool) -> Fut<Result<String, LinkedFileError>>,
    write: fn(JsValue, String) -> Fut<Result<(), LinkedFileError>>,
    read: fn(JsValue) -> Fut<Result<String, LinkedFileError>>,
}

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(linked, wasm_split_path = ::leptos::wasm_split, fallible))]
fn fetch_ops() -> Result<&'static Ops, NotLoaded> {
    static OPS: Ops = Ops {
        choose: |name, description| Box::pin(async move { linked_file::choose(&name, description).await }),
        remember: |h| Box::pin(async move { linked_file::remember(&h).await }),
        recall: || Box::pin(linked_file::recall()),
        forget: || Box::pin(linked_file::forget()),
        permission: |h, ask| Box::pin(async move { linked_file::permission(&h, ask).await }),
        write: |h, content| Box::pin(async move { linked_file::write(&h, &content).await }),
        read: |h| Box::pin(async move { linked_file::read(&h).await }),
    };
    Ok(&OPS)
}

async fn ops() -> Result<&'static Ops, LinkedFileError> {
    #[cfg(feature = "split")]
    let ops = fetch_ops().await;
    #[cfg(not(feature = "split"))]
    let ops = fetch_ops();
    ops.map_err(|_| LinkedFileError::NotLoaded)
}

/// How long after a save the file is written (ms): saves that follow within it are written
/// together, so typing does not rewrite the file on every word.
const WRITE_AFTER_MS: i32 = 3000;

/// Where the linked file stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Linked {
    /// This browser cannot link a file (only the reminder is offered).
    Unsupported,
    /// Looking for a file linked in an earlier visit.
    Looking,
    /// No file is linked.
    NotLinked,
    /// Linked (by name), not written yet in this visit.
    Linked(String),
    /// The browser wants the person's permission again before the app may write the file.
    NeedsPermission(String),
    Writing(String),
    /// Written and read back the same, at this local date and time.
    Written(String, String),
    /// The write failed, or what was read back differed (the file's name, and why).
    Failed(String, LinkedFailure),
}

/// Why the linked file was not updated (`ui::i18n::linked_failure` says it).
#[derive(Clone, Debug, PartialEq)]
pub enum LinkedFailure {
    /// The browser refused to write it.
    Write(LinkedFileError),
    /// It was written, but could not be read back to check.
    Read(LinkedFileError),
    /// What was read back is not what was written.
    Differs,
}

impl Linked {
    fn name(&self) -> Option<String> {
        match self {
            Linked::Linked(n)
            | Linked::NeedsPermission(n)
            | Linked::Writing(n)
            | Linked::Written(n, _)
            | Linked::Failed(n, _) => Some(n.clone()),
            _ => None,
        }
    }
}

thread_local! {
    static HANDLE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static STATUS: Cell<Option<RwSignal<Linked>>> = const { Cell::new(None) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// The linked file's state, for the header and the Data page.
pub fn status() -> RwSignal<Linked> {
    STATUS.with(|s| match s.get() {
        Some(s) => s,
        None => {
            let fresh = RwSignal::new(Linked::Unsupported);
            s.set(Some(fresh));
            fresh
        }
    })
}

fn handle() -> Option<JsValue> {
    HANDLE.with(|h| h.borrow().clone())
}

/// Once a workspace is open, finds the file linked in an earlier visit, and whether the app
/// may still write it.
pub fn install(state: AppState) {
    set_hooks(StoreHooks { after_save, after_erase: || leptos::task::spawn_local(unlink()) });
    let st = status();
    if !linked_file::supported() {
        st.set(Linked::Unsupported);
        return;
    }
    st.set(Linked::NotLinked);
    Effect::new(move |looked: Option<bool>| {
        if looked == Some(true) || !state.workspace.is_open() {
            return looked.unwrap_or(false);
        }
        st.set(Linked::Looking);
        leptos::task::spawn_local(async move {
            let Ok(ops) = ops().await else { return st.set(Linked::NotLinked) };
            let Some(h) = (ops.recall)().await else {
                st.set(Linked::NotLinked);
                return;
            };
            let name = linked_file::name(&h);
            HANDLE.with(|x| *x.borrow_mut() = Some(h.clone()));
            st.set(match (ops.permission)(h, false).await.as_deref() {
                Ok("granted") => Linked::Linked(name),
                _ => Linked::NeedsPermission(name),
            });
        });
        true
    });
}

/// "Link a backup file…": the person picks a file, and it is written at once.
pub async fn link(state: AppState, suggested_name: String, description: &'static str) -> Result<(), LinkedFileError> {
    let ops = ops().await?;
    let h = (ops.choose)(suggested_name, description).await?;
    (ops.remember)(h.clone()).await?;
    HANDLE.with(|x| *x.borrow_mut() = Some(h.clone()));
    status().set(Linked::Linked(linked_file::name(&h)));
    write_now(state).await;
    Ok(())
}

/// "Allow": asks the browser for the permission again (a click), then writes.
pub async fn allow(state: AppState) {
    let Some(h) = handle() else { return };
    let name = linked_file::name(&h);
    let Ok(ops) = ops().await else { return };
    match (ops.permission)(h, true).await.as_deref() {
        Ok("granted") => {
            status().set(Linked::Linked(name));
            write_now(state).await;
        }
        _ => status().set(Linked::NeedsPermission(name)),
    }
}

/// "Stop linking": the file stays where it is; the app no longer writes it.
pub async fn unlink() {
    if let Ok(ops) = ops().await {
        let _ = (ops.forget)().await;
    }
    HANDLE.with(|x| *x.borrow_mut() = None);
    GENERATION.with(|g| g.set(g.get() + 1));
    status().set(if linked_file::supported() { Linked::NotLinked } else { Linked::Unsupported });
}

/// Called after each save: writes the file once saves pause.
pub fn after_save(state: AppState) {
    let writable = matches!(
        status().get_untracked(),
        Linked::Linked(_) | Linked::Written(..) | Linked::Failed(..) | Linked::Writing(_)
    );
    if !writable {
        return;
    }
    let mine = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    page::after(WRITE_AFTER_MS, move || {
        if GENERATION.with(Cell::get) == mine {
            leptos::task::spawn_local(write_now(state));
        }
    });
}

/// Writes the workspace to the linked file, reads it back and compares.
async fn write_now(state: AppState) {
    let Some(h) = handle() else { return };
    let st = status();
    let name = linked_file::name(&h);
    // As stored: plain backup JSON, or under a passphrase the encrypted document.
    let content = match state.lock.status.get_untracked() {
        LockStatus::Off => state.backup_text(),
        LockStatus::Open => state.last_written.get_value(),
        LockStatus::Waiting => None,
    };
    let Some(content) = content else { return };
    let Ok(ops) = ops().await else { return };
    match (ops.permission)(h.clone(), false).await.as_deref() {
        Ok("granted") => {}
        _ => return st.set(Linked::NeedsPermission(name)),
    }
    st.set(Linked::Writing(name.clone()));
    if let Err(e) = (ops.write)(h.clone(), content.clone()).await {
        return st.set(Linked::Failed(name, LinkedFailure::Write(e)));
    }
    match (ops.read)(h).await {
        Ok(back) if back == content => {
            backed_up_today();
            st.set(Linked::Written(name, clock::local_datetime_label(clock::now_ms())));
        }
        Ok(_) => st.set(Linked::Failed(name, LinkedFailure::Differs)),
        Err(e) => st.set(Linked::Failed(name, LinkedFailure::Read(e))),
    }
}

/// The linked file's name, when one is linked.
pub fn linked_name() -> Option<String> {
    status().with(Linked::name)
}
