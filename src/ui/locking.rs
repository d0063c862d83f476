//! The passphrase lock, wired into the store: unlock at start, lock now, lock when idle, set,
//! change and remove the passphrase. The cryptography is WebCrypto (`browser::crypto`); the
//! decisions (envelope, passphrase rules, idle time) are in `domain::lock`.
//!
//! What is encrypted: the workspace and every set-aside copy, so no key this app writes
//! holds the district's words in the clear while a passphrase is set. The key lives only in
//! memory and is dropped on lock.

use crate::browser::storage::StorageError;
use crate::browser::{clock, crypto, page, storage};
use crate::ui::codec::{self, Codec};
use crate::ui::i18n as t;
use crate::ui::state::{adopt, set_aside, AppState, Key, LockStatus};
use dew_domain::lock::{decode_locked, encode_locked, is_locked, should_auto_lock, LockError};
use dew_domain::schema::SchemaError;
use dew_domain::stored::{
    list_set_asides, SetAsideReason, AUTO_LOCK_KEY, KEY_PREFIX, SURVEY_KITS_KEY, SURVEY_MAPPINGS_KEY, WORKSPACE_KEY,
};
use dew_domain::workspace::Workspace;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How often the idle time is checked, in milliseconds.
const IDLE_CHECK_MS: i32 = 10_000;

/// Why a lock operation did not happen. Pages say it through the catalogue
/// (`ui::i18n::lock_failure`) and decide on the kind (the unlock screen offers the download
/// of damaged data), never on the sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum LockFailure {
    /// No passphrase was typed.
    NoPassphrase,
    /// The passphrase does not open the workspace (nothing was changed).
    WrongPassphrase,
    /// The locked data have been damaged or altered, and cannot be opened.
    Damaged,
    /// The passphrase is right, but the workspace inside cannot be read.
    InnerUnreadable(SchemaError),
    /// A set-aside copy is locked with another passphrase than the one held now.
    OtherPassphrase,
    /// An opened copy is not a workspace this app can read.
    Unreadable(SchemaError),
    /// The part of the app that reads and writes workspaces did not arrive.
    CodeNotLoaded,
    /// Another tab's change waits for a choice first.
    ChooseTabFirst,
    /// Saving the locked workspace failed, so it was not locked.
    SaveFailed(StorageError),
    /// The browser's storage refused.
    Storage(StorageError),
    /// No workspace is open.
    NoWorkspace,
    /// The stored workspace cannot be read to check the passphrase.
    CannotCheck,
    /// The latest change is still being encrypted and saved.
    StillSaving,
    /// The browser could not encrypt: what it said (technical).
    Crypto(String),
}

/// An envelope that cannot even be parsed counts as damaged.
impl From<LockError> for LockFailure {
    fn from(e: LockError) -> Self {
        match e {
            LockError::WrongPassphrase => LockFailure::WrongPassphrase,
            LockError::Damaged | LockError::NotLocked(_) => LockFailure::Damaged,
        }
    }
}

impl AppState {
    pub(crate) fn forget_key(self) {
        self.lock.key.set_value(None);
        if self.lock.status.get_untracked() != LockStatus::Off {
            self.lock.status.set(LockStatus::Off);
        }
    }

    fn open_key(self, key: Key) {
        self.lock.key.set_value(Some(key));
        self.lock.status.set(LockStatus::Open);
        self.lock.last_activity.set_value(clock::now_ms());
    }

    /// Another tab wrote the workspace while this one waits for the passphrase, or has nothing
    /// open: follow it. Returns whether the change was dealt with here.
    pub(crate) fn follow_other_tab_while_locked(self, new_value: &Option<String>) -> bool {
        let waiting = self.lock.status.get_untracked() == LockStatus::Waiting;
        let nothing_open = self.workspace.with_untracked(Option::is_none);
        match new_value {
            Some(raw) if is_locked(raw) && (waiting || nothing_open) => {
                self.lock.locked_raw.set_value(Some(raw.clone()));
                self.lock.status.set(LockStatus::Waiting);
                true
            }
            // The other tab removed the passphrase or erased everything: nothing here to keep.
            _ if waiting => {
                self.lock.locked_raw.set_value(None);
                self.lock.status.set(LockStatus::Off);
                self.follow_other_tab();
                true
            }
            _ => false,
        }
    }

    /// "Load the other tab's version" when that version is locked: opened with this tab's key
    /// if it can be; otherwise (another passphrase) this tab's version is set aside and the
    /// other one waits for its passphrase.
    pub(crate) fn take_locked_other_tab(self, raw: String) {
        let key = self.lock.key.get_value();
        spawn_local(async move {
            let c = match codec::load().await {
                Ok(c) => c,
                Err(_) => return self.other_tab_error(t::code_not_loaded_action().into()),
            };
            let opened = match (key, decode_locked(&raw)) {
                (Some(k), Ok(l)) => {
                    crypto::open_with_key(&k.crypto, &l).await.ok().and_then(|doc| (c.decode)(&doc).ok())
                }
                _ => None,
            };
            match opened {
                Some(d) => match self.replace_workspace(d.workspace, SetAsideReason::ReplacedByOtherTab) {
                    Ok(()) => {
                        self.set_written(Some(raw));
                        self.last_saved.set_value(self.workspace.get_untracked());
                        self.other_tab.set(None);
                    }
                    Err(e) => self.other_tab_error(t::storage_error(&e)),
                },
                None => {
                    let ours = self
                        .workspace
                        .with_untracked(|w| w.as_ref().map(|ws| (c.encode)(ws, &clock::now_iso(), false)));
                    let kept = match (self.lock.status.get_untracked(), self.last_written.get_value(), ours) {
                        (LockStatus::Open, Some(doc), _) if is_locked(&doc) => {
                            set_aside(SetAsideReason::ReplacedByOtherTab, &doc)
                        }
                        (_, _, Some(doc)) => set_aside(SetAsideReason::ReplacedByOtherTab, &doc),
                        _ => Ok(String::new()),
                    };
                    match kept {
                        Ok(_) => {
                            self.storage_rev.update(|n| *n += 1);
                            self.close(raw);
                            self.other_tab.set(None);
                        }
                        Err(e) => self.other_tab_error(t::storage_error(&e)),
                    }
                }
            }
        });
    }

    /// Says why the other tab's version could not be taken (the choice stays open).
    fn other_tab_error(self, error: String) {
        self.other_tab.update(|o| {
            if let Some(o) = o {
                o.error = Some(error);
            }
        });
    }

    /// Closes the workspace and waits for the passphrase of `envelope` (already stored).
    fn close(self, envelope: String) {
        self.lock.key.set_value(None);
        self.set_written(Some(envelope.clone()));
        self.last_saved.set_value(None);
        self.lock.locked_raw.set_value(Some(envelope));
        self.lock.status.set(LockStatus::Waiting);
        self.workspace.set(None);
    }

    /// Opens the waiting workspace with a passphrase. Nothing is written: a wrong passphrase
    /// or damaged data leave the stored envelope exactly as it was.
    pub async fn unlock(self, passphrase: String) -> Result<(), LockFailure> {
        let Some(raw) = self.lock.locked_raw.get_value() else { return Ok(()) };
        let envelope = decode_locked(&raw)?;
        let c = load_codec().await?;
        let (doc, key) = crypto::unlock(&passphrase, &envelope).await?;
        let d = (c.decode)(&doc).map_err(LockFailure::InnerUnreadable)?;
        self.set_written(Some(raw));
        self.last_saved.set_value(Some(d.workspace.clone()));
        self.lock.locked_raw.set_value(None);
        let key = Key { crypto: key, salt: envelope.salt, iterations: envelope.iterations };
        self.open_key(key.clone());
        self.workspace.set(Some(adopt(d.workspace)));
        // A copy set aside unencrypted while this passphrase was being set in another tab is
        // encrypted now: with a lock, no copy stays readable.
        self.rekey_set_asides(None, Some(key)).await;
        Ok(())
    }

    /// Saves the workspace encrypted, then drops it and the key from memory.
    pub async fn lock_now(self) -> Result<(), LockFailure> {
        if self.lock.status.get_untracked() != LockStatus::Open {
            return Ok(());
        }
        if self.other_tab.with_untracked(Option::is_some) {
            return Err(LockFailure::ChooseTabFirst);
        }
        let c = load_codec().await?;
        let (Some(key), Some(ws)) = (self.lock.key.get_value(), self.workspace.get_untracked()) else { return Ok(()) };
        let n = self.next_write();
        let l = crypto::seal(&key.crypto, key.salt, key.iterations, &(c.encode)(&ws, &clock::now_iso(), false))
            .await
            .map_err(LockFailure::Crypto)?;
        let envelope = if self.claim_write(n) {
            let doc = encode_locked(&l);
            self.write(doc.clone(), ws).map_err(LockFailure::SaveFailed)?;
            doc
        } else {
            // A later edit was written meanwhile: that is the newest state.
            self.last_written.get_value().unwrap_or_default()
        };
        self.close(envelope);
        Ok(())
    }

    /// Starts the idle watch: activity resets the clock, and a check every few seconds locks
    /// an open workspace idle for the chosen time.
    pub(crate) fn watch_idle(self) {
        page::on_activity(move || self.lock.last_activity.set_value(clock::now_ms()));
        page::every(IDLE_CHECK_MS, move || {
            let idle = should_auto_lock(
                self.lock.auto_lock.get_untracked(),
                self.lock.last_activity.get_value(),
                clock::now_ms(),
            );
            if idle && self.lock.status.get_untracked() == LockStatus::Open {
                spawn_local(async move {
                    let _ = self.lock_now().await;
                });
            }
        });
    }

    pub fn set_auto_lock(self, minutes: Option<u32>) -> Result<(), StorageError> {
        match minutes {
            Some(m) => storage::set(AUTO_LOCK_KEY, &m.to_string()),
            None => storage::remove(AUTO_LOCK_KEY),
        }?;
        self.lock.auto_lock.set(minutes);
        self.lock.last_activity.set_value(clock::now_ms());
        self.storage_rev.update(|n| *n += 1);
        Ok(())
    }

    /// Checks the current passphrase against what is stored (the key in memory is not proof
    /// that the person at the keyboard knows it).
    async fn verify(self, passphrase: &str) -> Result<(), LockFailure> {
        let stored = self.last_written.get_value().or_else(|| storage::get(WORKSPACE_KEY).ok().flatten());
        let l = stored.as_deref().and_then(|s| decode_locked(s).ok()).ok_or(LockFailure::CannotCheck)?;
        crypto::unlock(passphrase, &l).await.map(|_| ()).map_err(LockFailure::from)
    }

    /// Locks the open workspace with a new passphrase (or, with `current`, replaces the one
    /// set). The workspace is written first; if that fails nothing has changed. Returns how
    /// many set-aside copies could not be re-encrypted (they stay as they were).
    pub async fn set_passphrase(self, current: Option<String>, new: String) -> Result<usize, LockFailure> {
        if let Some(c) = &current {
            self.verify(c).await?;
        }
        let c = load_codec().await?;
        let Some(ws) = self.workspace.get_untracked() else { return Err(LockFailure::NoWorkspace) };
        let old = self.lock.key.get_value();
        let n = self.next_write();
        let (l, crypto_key) =
            crypto::lock(&new, &(c.encode)(&ws, &clock::now_iso(), false)).await.map_err(LockFailure::Crypto)?;
        let key = Key { crypto: crypto_key, salt: l.salt.clone(), iterations: l.iterations };
        self.claim_write(n);
        self.write(encode_locked(&l), ws).map_err(LockFailure::Storage)?;
        self.open_key(key.clone());
        Ok(self.rekey_set_asides(old, Some(key)).await)
    }

    /// Removes the passphrase: the workspace and the set-aside copies this key opens are
    /// stored plain again.
    pub async fn remove_passphrase(self, current: String) -> Result<usize, LockFailure> {
        self.verify(&current).await?;
        let c = load_codec().await?;
        let Some(ws) = self.workspace.get_untracked() else { return Err(LockFailure::NoWorkspace) };
        let old = self.lock.key.get_value();
        let n = self.next_write();
        self.claim_write(n);
        self.write((c.encode)(&ws, &clock::now_iso(), false), ws).map_err(LockFailure::Storage)?;
        self.forget_key();
        Ok(self.rekey_set_asides(old, None).await)
    }

    /// Re-encrypts every set-aside copy from the old key (or plain) to the new key (or plain).
    /// A copy the old key does not open (another passphrase) is left as it is. Returns the
    /// number of copies that could not be rewritten.
    /// The saved survey mappings and kits go the same way: their column names and answer words
    /// (a custom grouping's names) can be telling (issues 28 and 29).
    async fn rekey_set_asides(self, old: Option<Key>, new: Option<Key>) -> usize {
        let keys = storage::keys_with_prefix(KEY_PREFIX).unwrap_or_default();
        let mut failed = 0;
        let mut targets: Vec<String> =
            list_set_asides(keys.iter().map(|(k, _)| k.as_str())).into_iter().map(|s| s.key).collect();
        targets.push(SURVEY_MAPPINGS_KEY.to_string());
        targets.push(SURVEY_KITS_KEY.to_string());
        for key in targets {
            let Ok(Some(text)) = storage::get(&key) else { continue };
            let plain = if is_locked(&text) {
                match (&old, decode_locked(&text)) {
                    (Some(k), Ok(l)) => match crypto::open_with_key(&k.crypto, &l).await {
                        Ok(doc) => doc,
                        Err(_) => continue,
                    },
                    _ => continue,
                }
            } else {
                text
            };
            let out = match &new {
                Some(k) => match crypto::seal(&k.crypto, k.salt.clone(), k.iterations, &plain).await {
                    Ok(l) => encode_locked(&l),
                    Err(_) => {
                        failed += 1;
                        continue;
                    }
                },
                None => plain,
            };
            if storage::set(&key, &out).is_err() {
                failed += 1;
            }
        }
        self.storage_rev.update(|n| *n += 1);
        failed
    }

    /// A small private value this app keeps beside the workspace (the saved survey mappings):
    /// read plain, or opened with the key held now when a passphrase is set.
    pub async fn read_private(self, key: &str) -> Result<Option<String>, LockFailure> {
        let Some(text) = storage::get(key).map_err(LockFailure::Storage)? else { return Ok(None) };
        if !is_locked(&text) {
            return Ok(Some(text));
        }
        let k = self.lock.key.get_value().ok_or(LockFailure::OtherPassphrase)?;
        let l = decode_locked(&text)?;
        crypto::open_with_key(&k.crypto, &l).await.map(Some).map_err(LockFailure::from)
    }

    /// Writes a small private value ([`Self::read_private`]): encrypted under the key held
    /// now when a passphrase is set, plain otherwise.
    /// The key is read again after the encryption: if a passphrase was set, changed or
    /// removed meanwhile, the value is encrypted again with what holds now.
    pub async fn write_private(self, key: &str, text: &str) -> Result<(), LockFailure> {
        let salt = |k: &Option<Key>| k.as_ref().map(|k| k.salt.clone());
        for _ in 0..3 {
            let k = self.lock.key.get_value();
            if k.is_none() && self.lock.status.get_untracked() != LockStatus::Off {
                // Locked meanwhile ("Lock now", idle): nothing is written in plain text.
                return Err(LockFailure::StillSaving);
            }
            let out = match &k {
                Some(k) => encode_locked(
                    &crypto::seal(&k.crypto, k.salt.clone(), k.iterations, text).await.map_err(LockFailure::Crypto)?,
                ),
                None => text.to_string(),
            };
            if salt(&self.lock.key.get_value()) == salt(&k) {
                return storage::set(key, &out).map_err(LockFailure::Storage);
            }
        }
        Err(LockFailure::StillSaving)
    }

    /// Opens a set-aside copy for restoring: plain, or locked under the key held now.
    pub async fn open_copy(self, text: String) -> Result<Workspace, LockFailure> {
        let doc = if is_locked(&text) {
            let key = self.lock.key.get_value().ok_or(LockFailure::OtherPassphrase)?;
            let l = decode_locked(&text)?;
            crypto::open_with_key(&key.crypto, &l).await.map_err(|e| match e {
                LockError::WrongPassphrase => LockFailure::OtherPassphrase,
                e => e.into(),
            })?
        } else {
            text
        };
        let c = load_codec().await?;
        (c.decode)(&doc).map(|d| d.workspace).map_err(LockFailure::Unreadable)
    }

    /// A forgotten passphrase: moves the locked workspace aside (never deletes it) so a new
    /// one can be started.
    pub fn set_locked_aside(self) -> Result<(), StorageError> {
        let Some(raw) = self.lock.locked_raw.get_value() else { return Ok(()) };
        set_aside(SetAsideReason::LockedNotOpened, &raw)?;
        storage::remove(WORKSPACE_KEY)?;
        self.lock.locked_raw.set_value(None);
        self.set_written(None);
        self.lock.status.set(LockStatus::Off);
        self.storage_rev.update(|n| *n += 1);
        Ok(())
    }

    /// The locked envelope waiting for its passphrase, for download.
    pub fn locked_text(self) -> Option<String> {
        self.lock.locked_raw.get_value()
    }
}

/// The codec, or why not: it could not be fetched (nothing has been changed).
async fn load_codec() -> Result<&'static Codec, LockFailure> {
    codec::load().await.map_err(|_| LockFailure::CodeNotLoaded)
}
