//! The application store: the open workspace (`ui::store`, told apart by part) and the state
//! around it, loaded once at start. `AppState`'s work is in four files: here loading,
//! replacing and erasing; `ui::save` the one persistence effect that writes the workspace
//! back; `ui::tabs` what another tab's save does here; `ui::locking` the passphrase lock.
//!
//! Never-lose-data rules these implement:
//! - an unreadable stored document is copied aside before anything is written, and if that
//!   copy fails, saving is held until the user has downloaded it;
//! - a failed write keeps the state in memory and says so;
//! - a change made by another tab pauses saving until the user chooses a version, and the
//!   version not kept is set aside;
//! - with a passphrase lock (`ui::locking`), every write is encrypted first; writes are
//!   numbered so that a slow encryption never overwrites a newer save.

use crate::browser::{clock, download, page, random, storage, storage::StorageError};
use crate::ui::codec;
use crate::ui::store::{self, Part, WorkspaceStore};
use dew_domain::assessment::Assessment;
use dew_domain::divides::model::DivideData;
use dew_domain::lock::{is_locked, parse_auto_lock};
use dew_domain::plan::Plan;
use dew_domain::portfolio::Portfolio;
use dew_domain::schema::{is_packed, SchemaError};
use dew_domain::stored::{
    self, classify_with, set_aside_key, BeforeOpening, Found, SetAsideReason, AUTO_LOCK_KEY, JOURNAL_KEY, KEY_PREFIX,
    LAST_BACKUP_KEY, WORKSPACE_KEY,
};
use dew_domain::workspace::{CycleId, Workspace};
use leptos::prelude::*;

/// Whether the stored workspace is encrypted (`dew_domain::saving`, which decides when the
/// store writes).
pub use dew_domain::saving::LockStatus;

/// The key of an open lock, kept only in memory.
#[derive(Clone)]
pub struct Key {
    pub crypto: web_sys::CryptoKey,
    pub salt: Vec<u8>,
    pub iterations: u32,
}

/// What was wrong with the stored document at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub error: SchemaError,
    pub raw: String,
    /// Where the copy was set aside; `None` if even that failed.
    pub set_aside: Option<String>,
}

/// A change another tab made to the workspace key: its new value, or `None` if erased.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherTab {
    pub raw: Option<String>,
    /// Set when loading the other version failed.
    pub error: Option<String>,
}

/// The current cycle's sections, each a memo made once for the app: a page reads the section it
/// shows and is told only when that section changes, and no two pages copy the same section
/// for themselves. Memos are lazy: a section nobody reads is not copied.
#[derive(Clone, Copy)]
pub struct Sections {
    pub divides: Memo<DivideData>,
    pub plan: Memo<Plan>,
    pub portfolio: Memo<Portfolio>,
    pub assessment: Memo<Assessment>,
}

impl Sections {
    fn new(workspace: WorkspaceStore) -> Sections {
        fn section<T: Clone + PartialEq + Default + Send + Sync + 'static>(
            workspace: WorkspaceStore,
            part: Part<T>,
        ) -> Memo<T> {
            Memo::new(move |_| workspace.read(part, T::clone).unwrap_or_default())
        }
        Sections {
            divides: section(workspace, store::DIVIDES),
            plan: section(workspace, store::PLAN),
            portfolio: section(workspace, store::PORTFOLIO),
            assessment: section(workspace, store::ASSESSMENT),
        }
    }
}

/// The passphrase lock as this tab holds it (`ui::locking` carries out locking, unlocking
/// and the idle timer): whether it is on and open here, the key while it is open, the envelope
/// waiting for its passphrase, and the idle time after which it locks itself.
#[derive(Clone, Copy)]
pub struct LockSession {
    pub status: RwSignal<LockStatus>,
    /// Idle minutes before an open lock locks itself; `None`: never.
    pub auto_lock: RwSignal<Option<u32>>,
    pub(crate) key: StoredValue<Option<Key>, LocalStorage>,
    /// The locked envelope waiting for its passphrase.
    pub(crate) locked_raw: StoredValue<Option<String>>,
    pub(crate) last_activity: StoredValue<u64>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The open workspace, told apart by part (`ui::store`).
    pub workspace: WorkspaceStore,
    pub unreadable: RwSignal<Option<Unreadable>>,
    pub storage_unavailable: RwSignal<bool>,
    pub save_error: RwSignal<Option<StorageError>>,
    /// Saving failed, then worked again: the person is told their changes are stored now.
    pub save_resumed: RwSignal<bool>,
    pub other_tab: RwSignal<Option<OtherTab>>,
    /// True while an unreadable document exists only in memory: writing would destroy it.
    pub hold_saving: RwSignal<bool>,
    /// Bumped when stored keys change outside the workspace (set-aside copies, erase), so
    /// views that list storage read it again.
    pub storage_rev: RwSignal<u32>,
    /// A newer build of the app has installed and waits for "reload to update".
    pub update_ready: RwSignal<bool>,
    /// The passphrase lock as this tab holds it.
    pub lock: LockSession,
    /// The current cycle's sections (see [`Self::sections`]), made when a page first asks.
    sections: StoredValue<Option<Sections>>,
    /// The app's reactive owner, under which the sections are made, so they outlive pages.
    owner: StoredValue<Owner, LocalStorage>,
    /// An edit to the divide data waits for the privacy audit (`components::findings`):
    /// pages say "checking privacy…" and exports wait.
    pub checking_privacy: RwSignal<bool>,
    /// Writes issued and the newest one written: an older write finishing late is dropped.
    pub(crate) writes: StoredValue<(u64, u64)>,
    /// The document as last written (or read), and its `schema::journal::fingerprint`, which a
    /// journal names as its base: set together by [`Self::set_written`], so the page-hide
    /// journal does not hash a megabyte while the page closes.
    pub(crate) last_written: StoredValue<Option<String>>,
    pub(crate) written_fingerprint: StoredValue<Option<String>>,
    /// The workspace as last written (or loaded), so an unchanged workspace is not rewritten.
    pub(crate) last_saved: StoredValue<Option<Workspace>>,
    /// The last document saved (or loaded): its size, whether it was packed, and what it cost
    /// (ms), which decide whether the next save waits for a pause (`save_delay_ms`); and
    /// whether one is waiting.
    pub(crate) save_cost: StoredValue<(usize, bool, f64)>,
    pub(crate) save_pending: StoredValue<bool>,
    /// An unreadable document that could not be set aside (storage full) and that the person
    /// chose to continue past, having downloaded it: opening a workspace may write over it.
    pub(crate) released: StoredValue<Option<String>>,
    /// The set-aside copies kept while two tabs' versions wait for the person's choice: the
    /// other tab's, and this tab's ([`Self::keep_aside_while_asked`]).
    pub(crate) asked_copies: StoredValue<[Option<String>; 2]>,
    /// Whether this tab has asked the browser to keep the data (`storage::request_persistence`).
    pub(crate) persistence_asked: StoredValue<bool>,
    /// A journal may be stored (`write_journal`): the next full save removes it.
    pub(crate) journal_stored: StoredValue<bool>,
}

/// What another part of the app does after the store's own work: the linked backup file
/// (`ui::linked_backup`) writes itself after a save and is let go when everything is erased.
/// Registered once at start, so that the store does not import what reacts to it.
#[derive(Clone, Copy)]
pub struct StoreHooks {
    pub after_save: fn(AppState),
    pub after_erase: fn(),
}

thread_local! {
    static HOOKS: std::cell::Cell<Option<StoreHooks>> = const { std::cell::Cell::new(None) };
}

/// Registers what runs after a save and after "erase everything" (see [`StoreHooks`]).
pub fn set_hooks(hooks: StoreHooks) {
    HOOKS.with(|h| h.set(Some(hooks)));
}

pub(crate) fn hooks() -> Option<StoreHooks> {
    HOOKS.with(std::cell::Cell::get)
}

/// Records today as the day of the last backup (a download, or the linked file written), for
/// the "last backup N days ago" reminder.
pub fn backed_up_today() {
    let _ = storage::set(LAST_BACKUP_KEY, &clock::local_date().0);
}

/// The store from context. Panics only if called outside `<App>`, which is a programming error.
pub fn expect_state() -> AppState {
    expect_context::<AppState>()
}

/// Prepares a workspace that comes from outside this tab (stored, created, imported) for use
/// here: a workspace without a device key (new, or migrated from schema 1) gets one.
pub fn adopt(mut ws: Workspace) -> Workspace {
    ws.ensure_device_key(random::device_key);
    ws
}

/// Copies `raw` under a fresh set-aside key and returns the key. A document already set aside
/// byte for byte is not copied again, and the existing copy's key is returned: a damaged
/// document met at every reload would otherwise fill the storage with copies of itself.
pub fn set_aside(reason: SetAsideReason, raw: &str) -> Result<String, StorageError> {
    let size = raw.encode_utf16().count();
    for (key, len) in storage::keys_with_prefix(stored::SET_ASIDE_PREFIX)? {
        if len == size && storage::get(&key)?.as_deref() == Some(raw) {
            return Ok(key);
        }
    }
    let at = clock::now_ms();
    let mut n = 0;
    loop {
        let key = set_aside_key(reason, at, n);
        if storage::get(&key)?.is_none() {
            storage::set(&key, raw)?;
            return Ok(key);
        }
        n += 1;
    }
}

impl AppState {
    /// Reads the stored workspace once. An unreadable document is set aside here, before any
    /// effect can write.
    pub fn load() -> Self {
        let state = AppState {
            workspace: WorkspaceStore::new(None),
            sections: StoredValue::new(None),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            unreadable: RwSignal::new(None),
            storage_unavailable: RwSignal::new(false),
            save_error: RwSignal::new(None),
            save_resumed: RwSignal::new(false),
            other_tab: RwSignal::new(None),
            hold_saving: RwSignal::new(false),
            storage_rev: RwSignal::new(0),
            update_ready: RwSignal::new(false),
            lock: LockSession {
                status: RwSignal::new(LockStatus::Off),
                auto_lock: RwSignal::new(None),
                key: StoredValue::new_local(None),
                locked_raw: StoredValue::new(None),
                last_activity: StoredValue::new(clock::now_ms()),
            },
            checking_privacy: RwSignal::new(false),
            writes: StoredValue::new((0, 0)),
            last_written: StoredValue::new(None),
            written_fingerprint: StoredValue::new(None),
            last_saved: StoredValue::new(None),
            save_cost: StoredValue::new((0, false, 0.0)),
            save_pending: StoredValue::new(false),
            released: StoredValue::new(None),
            asked_copies: StoredValue::new([None, None]),
            persistence_asked: StoredValue::new(false),
            journal_stored: StoredValue::new(false),
        };
        // Reading the workspace costs about what writing it does: until a save has been
        // timed, that is the estimate of what a save costs.
        let t0 = page::now();
        match storage::get(WORKSPACE_KEY) {
            Err(_) => state.storage_unavailable.set(true),
            // A plain stored document is read by the codec, which `ui::start` has loaded
            // before mounting the app. Were it missing, the document would be set aside as
            // unreadable like any other, never overwritten.
            Ok(raw) => match classify_with(raw.clone(), |text| match codec::loaded() {
                Some(c) => (c.decode)(text),
                None => Err(SchemaError::NotOurs),
            }) {
                Found::Nothing => {}
                Found::Workspace(d) => {
                    // What is stored is what this tab has: a change event that arrives late
                    // with this same text (another tab's write just before this one opened)
                    // is not a conflict.
                    let (bytes, packed) = raw.as_deref().map_or((0, false), |r| (r.len(), is_packed(r)));
                    state.save_cost.set_value((bytes, packed, page::now() - t0));
                    let amended = raw.as_deref().and_then(|r| state.read_journal(r, &d.workspace));
                    state.set_written(raw);
                    state.last_saved.set_value(Some(d.workspace.clone()));
                    state.workspace.set(Some(adopt(amended.unwrap_or(d.workspace))));
                }
                Found::Locked(raw) => {
                    state.lock.locked_raw.set_value(Some(raw));
                    state.lock.status.set(LockStatus::Waiting);
                }
                Found::Unreadable { raw, error } => {
                    let key = set_aside(SetAsideReason::Unreadable, &raw).ok();
                    state.hold_saving.set(key.is_none());
                    state.unreadable.set(Some(Unreadable { error, raw, set_aside: key }));
                }
            },
        }
        state.lock.auto_lock.set(parse_auto_lock(storage::get(AUTO_LOCK_KEY).ok().flatten().as_deref()));
        state
    }

    /// The current cycle's sections ([`Sections`]). Made the first time a page asks, under the
    /// app's owner: their code then comes with the pages, not in the first load.
    pub fn sections(self) -> Sections {
        if let Some(s) = self.sections.get_value() {
            return s;
        }
        let s = self.under_app(|| Sections::new(self.workspace));
        self.sections.set_value(Some(s));
        s
    }

    /// Runs `f` under the app's reactive owner: what it makes (a memo shared by pages, a
    /// context) lives as long as the app, not as the page that first asked for it.
    pub fn under_app<T>(self, f: impl FnOnce() -> T) -> T {
        self.owner.with_value(|o| o.with(f))
    }

    /// Provides the store as context and starts the persistence effect and the listener for
    /// other tabs.
    pub fn install(self) {
        provide_context(self);
        self.autosave();
        // A save waiting for a pause is made at once when the page is hidden or closed.
        page::on_hide(move || {
            self.write_journal();
            self.flush_save();
            self.keep_ours_while_asked();
        });
        self.listen_to_other_tabs();
        self.watch_idle();
    }

    /// Opens a new workspace (from the start page) unless one is open or stored after all:
    /// another tab may have written one while the codec was on its way. Then that one is
    /// followed instead, and nothing is overwritten. Returns whether `ws` was opened.
    ///
    /// An unreadable stored document does not stop it: the one found at start has been set
    /// aside already (or saving is held until it is downloaded); one written since is set
    /// aside first.
    pub fn open_if_nothing_stored(self, ws: Workspace) -> bool {
        if self.workspace.with_untracked(Option::is_some) || self.lock.status.get_untracked() == LockStatus::Waiting {
            return false;
        }
        let stored = storage::get(WORKSPACE_KEY).ok().flatten();
        let known =
            self.unreadable.with_untracked(|u| u.as_ref().map(|u| u.raw.clone())).or_else(|| self.released.get_value());
        let readable = |raw: &str| codec::loaded().is_some_and(|c| (c.decode)(raw).is_ok());
        match stored::before_opening(stored.as_deref(), known.as_deref(), readable) {
            BeforeOpening::Open => {}
            BeforeOpening::Follow => {
                self.follow_other_tab();
                return false;
            }
            BeforeOpening::SetAsideThenOpen => {
                let Some(raw) = stored else { return false };
                if set_aside(SetAsideReason::Unreadable, &raw).is_err() {
                    return false;
                }
                self.storage_rev.update(|n| *n += 1);
            }
        }
        self.workspace.set(Some(ws));
        true
    }

    /// The workspace open now, encoded for a backup file (`None` if nothing is open, or the
    /// codec has not come, which cannot happen while a workspace is open).
    pub fn backup_text(self) -> Option<String> {
        let c = codec::loaded()?;
        self.workspace.with_untracked(|w| w.as_ref().map(|ws| (c.encode)(ws, &clock::now_iso(), true)))
    }

    /// Offers the open workspace as a backup download.
    pub fn download_backup(self) -> Result<(), String> {
        let Some(text) = self.backup_text() else { return Err("no workspace".into()) };
        let district = self.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone())).unwrap_or_default();
        let (date, _, _) = clock::local_date();
        download::download_text(&stored::backup_file_name(&district, &date), "application/json", &text)?;
        backed_up_today();
        self.storage_rev.update(|n| *n += 1);
        Ok(())
    }

    /// The open workspace as it may be set aside: plain JSON, or with a lock the encrypted
    /// copy last written (an error while a newer edit is still being encrypted).
    pub(crate) fn current_for_set_aside(self) -> Result<Option<String>, StorageError> {
        if self.lock.status.get_untracked() != LockStatus::Open {
            if self.workspace.with_untracked(Option::is_none) {
                return Ok(None);
            }
            let c =
                codec::loaded().ok_or_else(|| StorageError::Other(crate::ui::i18n::code_not_loaded_action().into()))?;
            return Ok(self
                .workspace
                .with_untracked(|w| w.as_ref().map(|ws| (c.encode)(ws, &clock::now_iso(), false))));
        }
        let saved = self.workspace.with_untracked(|w| self.last_saved.with_value(|s| s.as_ref() == w.as_ref()));
        match self.last_written.get_value() {
            Some(doc) if saved && is_locked(&doc) => Ok(Some(doc)),
            _ => Err(StorageError::Other(crate::ui::i18n::lock_still_saving().into())),
        }
    }

    /// Replaces the open workspace, setting the current one aside first. If the copy cannot
    /// be made, nothing is replaced.
    pub fn replace_workspace(self, ws: Workspace, reason: SetAsideReason) -> Result<(), StorageError> {
        if let Some(current) = self.current_for_set_aside()? {
            set_aside(reason, &current)?;
            self.storage_rev.update(|n| *n += 1);
        }
        self.workspace.set(Some(adopt(ws)));
        Ok(())
    }

    /// Makes cycle `id` the one shown and edited. Pages built with the previous cycle's values
    /// are built again (`WorkspaceStore::track_replaced`), so no field shows one cycle while
    /// saving into another.
    pub fn switch_cycle(self, id: CycleId) {
        let mut switched = false;
        self.workspace.update(|w| {
            if let Some(ws) = w {
                switched = ws.current != id && ws.switch_cycle(id).is_ok();
            }
        });
        if switched {
            self.workspace.replace();
        }
    }

    /// The person has downloaded the unreadable document that could not be set aside, and
    /// continues: saving resumes, and opening a workspace may write over that document.
    pub fn continue_past_unreadable(self) {
        let raw = self.unreadable.with_untracked(|u| u.as_ref().map(|u| u.raw.clone()));
        self.released.set_value(raw);
        self.hold_saving.set(false);
        self.unreadable.set(None);
    }

    /// Closes the sample district and removes it (and its journal) from this device; set-aside
    /// copies and settings stay. `Ok(false)` (nothing done) when the open workspace is not the
    /// sample, or while another tab's change waits for the person's answer (the stored
    /// document may then be that tab's, not the sample). Storage first: on a failure the
    /// sample stays open, and the page that asked says why.
    pub fn leave_sample(self) -> Result<bool, StorageError> {
        if !self.workspace.with_untracked(|w| w.as_ref().is_some_and(|ws| ws.sample))
            || self.other_tab.with_untracked(Option::is_some)
        {
            return Ok(false);
        }
        // A write still on its way (an encrypted save) is not made after this.
        self.claim_write(self.next_write());
        storage::remove(WORKSPACE_KEY)?;
        storage::remove(JOURNAL_KEY)?;
        self.forget_open_workspace();
        self.storage_rev.update(|n| *n += 1);
        Ok(true)
    }

    /// Forgets the open workspace and what this tab knew of its saves and its lock (after
    /// its keys are removed): what leaving the sample and erasing everything share.
    fn forget_open_workspace(self) {
        if let Some(h) = hooks() {
            (h.after_erase)();
        }
        self.workspace.set(None);
        self.other_tab.set(None);
        self.hold_saving.set(false);
        self.save_error.set(None);
        self.set_written(None);
        self.last_saved.set_value(None);
        self.forget_key();
        self.lock.locked_raw.set_value(None);
    }

    /// Removes every key this app wrote and forgets the workspace.
    pub fn erase_everything(self) -> Result<(), StorageError> {
        let keys = storage::keys_with_prefix(KEY_PREFIX)?;
        self.forget_open_workspace();
        self.unreadable.set(None);
        self.lock.auto_lock.set(None);
        let mut first_error = None;
        for (k, _) in keys {
            if let Err(e) = storage::remove(&k) {
                first_error.get_or_insert(e);
            }
        }
        self.storage_rev.update(|n| *n += 1);
        first_error.map_or(Ok(()), Err)
    }
}
