//! The application store: plain domain values in signals, loaded once at start, and the one
//! persistence effect that writes them back.
//!
//! Never-lose-data rules implemented here:
//! - an unreadable stored document is copied aside before anything is written, and if that
//!   copy fails, saving is held until the user has downloaded it;
//! - a failed write keeps the state in memory and says so;
//! - a change made by another tab pauses saving until the user chooses a version, and the
//!   version not kept is set aside.

use crate::browser::{clock, download, random, storage, storage::StorageError};
use crate::domain::schema::{decode, encode, SchemaError};
use crate::domain::stored::{self, classify, set_aside_key, Found, SetAsideReason, KEY_PREFIX, WORKSPACE_KEY};
use crate::domain::workspace::Workspace;
use leptos::prelude::*;

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

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Option<Workspace>>,
    pub unreadable: RwSignal<Option<Unreadable>>,
    pub storage_unavailable: RwSignal<bool>,
    pub save_error: RwSignal<Option<StorageError>>,
    pub other_tab: RwSignal<Option<OtherTab>>,
    /// True while an unreadable document exists only in memory: writing would destroy it.
    pub hold_saving: RwSignal<bool>,
    /// Bumped when stored keys change outside the workspace (set-aside copies, erase), so
    /// views that list storage read it again.
    pub storage_rev: RwSignal<u32>,
    /// Bumped when the whole workspace is replaced (import, another tab), so views that
    /// render form fields once re-render them with the new values.
    pub replaced: RwSignal<u32>,
    /// A newer build of the app has installed and waits for "reload to update".
    pub update_ready: RwSignal<bool>,
    last_written: StoredValue<Option<String>>,
    /// The workspace as last written (or loaded), so an unchanged workspace is not rewritten.
    last_saved: StoredValue<Option<Workspace>>,
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

/// Copies `raw` under a fresh set-aside key and returns the key.
pub fn set_aside(reason: SetAsideReason, raw: &str) -> Result<String, StorageError> {
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
            workspace: RwSignal::new(None),
            unreadable: RwSignal::new(None),
            storage_unavailable: RwSignal::new(false),
            save_error: RwSignal::new(None),
            other_tab: RwSignal::new(None),
            hold_saving: RwSignal::new(false),
            storage_rev: RwSignal::new(0),
            replaced: RwSignal::new(0),
            update_ready: RwSignal::new(false),
            last_written: StoredValue::new(None),
            last_saved: StoredValue::new(None),
        };
        match storage::get(WORKSPACE_KEY) {
            Err(_) => state.storage_unavailable.set(true),
            Ok(raw) => match classify(raw) {
                Found::Nothing => {}
                Found::Workspace(d) => {
                    state.last_saved.set_value(Some(d.workspace.clone()));
                    state.workspace.set(Some(adopt(d.workspace)));
                }
                Found::Unreadable { raw, error } => {
                    let key = set_aside(SetAsideReason::Unreadable, &raw).ok();
                    state.hold_saving.set(key.is_none());
                    state.unreadable.set(Some(Unreadable { error, raw, set_aside: key }));
                }
            },
        }
        state
    }

    /// Provides the store as context and starts the persistence effect and the listener for
    /// other tabs.
    pub fn install(self) {
        provide_context(self);
        self.autosave();
        self.listen_to_other_tabs();
    }

    /// The one persistence effect: whenever the workspace changes, write it.
    fn autosave(self) {
        Effect::new(move |_| {
            // Track the workspace first so the effect re-runs on every edit, paused or not.
            self.workspace.track();
            if self.other_tab.with(Option::is_some) || self.hold_saving.get() {
                return;
            }
            let unchanged = self.workspace.with(|w| self.last_saved.with_value(|s| s.as_ref() == w.as_ref()));
            if unchanged {
                return;
            }
            let Some(ws) = self.workspace.get() else { return };
            let doc = encode(&ws, &clock::now_iso(), false);
            match storage::set(WORKSPACE_KEY, &doc) {
                Ok(()) => {
                    self.last_written.set_value(Some(doc));
                    self.last_saved.set_value(Some(ws));
                    if self.save_error.with_untracked(Option::is_some) {
                        self.save_error.set(None);
                    }
                }
                Err(e) => self.save_error.set(Some(e)),
            }
        });
    }

    fn listen_to_other_tabs(self) {
        storage::on_change_in_other_tab(move |change| match change.key.as_deref() {
            Some(WORKSPACE_KEY) | None => {
                let ours = self.last_written.with_value(|w| w.clone());
                if change.key.is_some() && change.new_value == ours {
                    return;
                }
                // Nothing open here: there is nothing to lose, so follow the other tab.
                if self.workspace.with_untracked(Option::is_none) {
                    if let Some(d) = change.new_value.as_deref().and_then(|raw| decode(raw).ok()) {
                        self.last_written.set_value(change.new_value.clone());
                        self.last_saved.set_value(Some(d.workspace.clone()));
                        self.workspace.set(Some(adopt(d.workspace)));
                        self.replaced.update(|n| *n += 1);
                    }
                    return;
                }
                self.other_tab.set(Some(OtherTab { raw: change.new_value, error: None }));
            }
            Some(k) if k.starts_with(KEY_PREFIX) => self.storage_rev.update(|n| *n += 1),
            Some(_) => {}
        });
    }

    /// The workspace open now, encoded for a backup file.
    pub fn backup_text(self) -> Option<String> {
        self.workspace.with_untracked(|w| w.as_ref().map(|ws| encode(ws, &clock::now_iso(), true)))
    }

    /// Offers the open workspace as a backup download.
    pub fn download_backup(self) -> Result<(), String> {
        let Some(text) = self.backup_text() else { return Err("no workspace".into()) };
        let district = self.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone())).unwrap_or_default();
        let (date, _, _) = clock::local_date();
        download::download_text(&stored::backup_file_name(&district, &date), "application/json", &text)
    }

    /// Replaces the open workspace, setting the current one aside first. If the copy cannot
    /// be made, nothing is replaced.
    pub fn replace_workspace(self, ws: Workspace, reason: SetAsideReason) -> Result<(), StorageError> {
        if let Some(current) =
            self.workspace.with_untracked(|w| w.as_ref().map(|ws| encode(ws, &clock::now_iso(), false)))
        {
            set_aside(reason, &current)?;
            self.storage_rev.update(|n| *n += 1);
        }
        self.workspace.set(Some(adopt(ws)));
        self.replaced.update(|n| *n += 1);
        Ok(())
    }

    /// Another tab changed the data: load its version, keeping ours aside.
    pub fn take_other_tab(self) {
        let Some(other) = self.other_tab.get_untracked() else { return };
        match other.raw {
            None => {
                self.workspace.set(None);
                self.last_written.set_value(None);
                self.last_saved.set_value(None);
                self.other_tab.set(None);
            }
            Some(raw) => match decode(&raw) {
                Ok(d) => match self.replace_workspace(d.workspace, SetAsideReason::ReplacedByOtherTab) {
                    Ok(()) => {
                        self.last_written.set_value(Some(raw));
                        self.last_saved.set_value(self.workspace.get_untracked());
                        self.other_tab.set(None);
                    }
                    Err(e) => self
                        .other_tab
                        .set(Some(OtherTab { raw: Some(raw), error: Some(crate::ui::i18n::storage_error(&e)) })),
                },
                Err(e) => self
                    .other_tab
                    .set(Some(OtherTab { raw: Some(raw), error: Some(crate::ui::i18n::schema_error(&e)) })),
            },
        }
    }

    /// Another tab changed the data: keep this tab's version, setting the other one aside.
    pub fn keep_this_tab(self) {
        let Some(other) = self.other_tab.get_untracked() else { return };
        if let Some(raw) = other.raw {
            if let Err(e) = set_aside(SetAsideReason::OverwrittenOtherTab, &raw) {
                self.other_tab.set(Some(OtherTab { raw: Some(raw), error: Some(crate::ui::i18n::storage_error(&e)) }));
                return;
            }
            self.storage_rev.update(|n| *n += 1);
        }
        // Forgetting what was saved makes the autosave effect, re-run by clearing the pause,
        // write this tab's version even if it has not changed.
        self.last_saved.set_value(None);
        self.other_tab.set(None);
    }

    /// Removes every key this app wrote and forgets the workspace.
    pub fn erase_everything(self) -> Result<(), StorageError> {
        let keys = storage::keys_with_prefix(KEY_PREFIX)?;
        self.workspace.set(None);
        self.unreadable.set(None);
        self.other_tab.set(None);
        self.hold_saving.set(false);
        self.save_error.set(None);
        self.last_written.set_value(None);
        self.last_saved.set_value(None);
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
