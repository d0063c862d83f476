//! The store's saving: the one persistence effect, which writes the workspace whenever it
//! changes (at once, or once edits pause for a large one), the numbered writes (a slow
//! encryption never overwrites a newer save), and the journal a closing page leaves when a
//! save is still waiting. When to write is decided by `dew_domain::saving`.

use crate::browser::{clock, page, storage, storage::StorageError};
use crate::ui::codec;
use crate::ui::state::set_aside;
use crate::ui::state::{hooks, AppState, LockStatus};
use dew_domain::lock::encode_locked;
use dew_domain::saving::{self, OnEdit, Saving, Write};
use dew_domain::schema::is_packed;
use dew_domain::stored::{save_delay_ms, SetAsideReason, JOURNAL_KEY, WORKSPACE_KEY};
use dew_domain::workspace::Workspace;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How long after a failed save it is tried again (storage full), while nothing else
/// triggers a save.
const SAVE_RETRY_MS: i32 = 5_000;

impl AppState {
    /// Numbers a write; `is_newest` tells, when it finishes, whether a later one has already
    /// been written.
    pub(crate) fn next_write(self) -> u64 {
        let mut n = 0;
        self.writes.update_value(|(issued, _)| {
            *issued += 1;
            n = *issued;
        });
        n
    }

    pub(crate) fn claim_write(self, n: u64) -> bool {
        let mut newest = false;
        self.writes.update_value(|(_, written)| {
            if n > *written {
                *written = n;
                newest = true;
            }
        });
        newest
    }

    /// Writes `doc` (plain, or already encrypted) for `ws`, recording what was written.
    pub(crate) fn write(self, doc: String, ws: Workspace) -> Result<(), StorageError> {
        match storage::set(WORKSPACE_KEY, &doc) {
            Ok(()) => {
                if !self.persistence_asked.get_value() {
                    // The first save of this tab: ask the browser to keep the data even when
                    // the device runs short of space (the Privacy page shows its answer).
                    // Chrome decides by itself; Firefox may ask the person once.
                    self.persistence_asked.set_value(true);
                    spawn_local(async move {
                        if storage::request_persistence().await.is_some() {
                            self.storage_rev.update(|n| *n += 1);
                        }
                    });
                }
                self.set_written(Some(doc));
                self.last_saved.set_value(Some(ws));
                self.drop_journal();
                if let Some(h) = hooks() {
                    (h.after_save)(self);
                }
                if self.save_error.with_untracked(Option::is_some) {
                    self.save_error.set(None);
                    self.save_resumed.set(true);
                }
                Ok(())
            }
            Err(e) => {
                self.save_resumed.set(false);
                self.save_error.set(Some(e.clone()));
                // Try again: on the next edit (the effect), when the page is hidden or closed
                // (the flush), and after a while even if nothing else happens, since the
                // space may be freed in another tab or by the browser.
                if !self.save_pending.get_value() {
                    self.save_pending.set_value(true);
                    page::after(SAVE_RETRY_MS, move || self.flush_save());
                }
                Err(e)
            }
        }
    }

    /// Saves `ws`: at once when there is no lock; encrypted, a moment later, when there is.
    pub(crate) fn save(self, ws: Workspace) {
        let Some(codec) = codec::loaded() else {
            // Only a workspace opened a moment ago can get here (every way of opening one
            // fetches the codec): the save is made as soon as the codec has come.
            self.save_pending.set_value(true);
            codec::load_then(move |c| match c {
                Ok(_) => self.flush_save(),
                Err(_) => {
                    // The next edit tries again.
                    self.save_pending.set_value(false);
                    self.save_error.set(Some(StorageError::Other(crate::ui::i18n::code_not_loaded_save().into())))
                }
            });
            return;
        };
        let t0 = page::now();
        let doc = (codec.encode)(&ws, &clock::now_iso(), false);
        let n = self.next_write();
        let (bytes, packed) = (doc.len(), is_packed(&doc));
        if self.lock.status.get_untracked() != LockStatus::Open {
            self.claim_write(n);
            let _ = self.write(doc, ws);
            self.save_cost.set_value((bytes, packed, page::now() - t0));
            return;
        }
        self.save_cost.set_value((bytes, packed, page::now() - t0));
        let Some(key) = self.lock.key.get_value() else { return };
        spawn_local(async move {
            match crate::browser::crypto::seal(&key.crypto, key.salt, key.iterations, &doc).await {
                Ok(l) if self.claim_write(n) => {
                    let _ = self.write(encode_locked(&l), ws);
                }
                Ok(_) => {}
                Err(e) => self.save_error.set(Some(StorageError::Other(e))),
            }
        });
    }

    /// The one persistence effect: whenever the workspace changes, write it: at once, or,
    /// when saving has become expensive (a large district), once edits pause.
    pub(crate) fn autosave(self) {
        Effect::new(move |_| {
            // Track the workspace first so the effect re-runs on every edit, paused or not.
            self.workspace.track();
            let s = Saving {
                lock: self.lock.status.get(),
                asking_other_tab: self.other_tab.with(Option::is_some),
                holding_unreadable: self.hold_saving.get(),
            };
            let (bytes, packed, cost) = self.save_cost.get_value();
            match saving::on_edit(s, u64::from(save_delay_ms(bytes, packed, cost)), self.save_pending.get_value()) {
                OnEdit::Held(_) | OnEdit::AlreadyWaiting => {}
                OnEdit::WaitForPause(delay) => {
                    self.save_pending.set_value(true);
                    page::after(delay as i32, move || self.flush_save());
                }
                OnEdit::SaveNow => self.save_now(),
            }
        });
    }

    /// What the saving decisions (`dew_domain::saving`) need to know, read untracked.
    pub(crate) fn saving(self) -> Saving {
        Saving {
            lock: self.lock.status.get_untracked(),
            asking_other_tab: self.other_tab.with_untracked(Option::is_some),
            holding_unreadable: self.hold_saving.get_untracked(),
        }
    }

    /// Records `doc` as what is stored now (see `last_written`).
    pub(crate) fn set_written(self, doc: Option<String>) {
        self.written_fingerprint.set_value(doc.as_deref().map(dew_domain::schema::journal::fingerprint));
        self.last_written.set_value(doc);
    }

    /// When a save is waiting for a pause, writes what changed since the last full save under
    /// `JOURNAL_KEY` (`domain::schema::journal`): a few kilobytes, on disk in a few
    /// milliseconds, where the full save of a large workspace takes longer than a closing page
    /// is given. Not under a passphrase: encrypting takes the browser's asynchronous crypto,
    /// which a closing page does not wait for, and a journal is never written in plain text.
    pub(crate) fn write_journal(self) {
        if !saving::journal_on_hide(self.saving(), self.save_pending.get_value()) {
            return;
        }
        let Some(codec) = codec::loaded() else { return };
        let t0 = page::now();
        let Some(base) = self.last_written.with_value(|w| w.as_deref().map(dew_domain::schema::journal::fingerprint))
        else {
            return;
        };
        let t1 = page::now();
        let text = self.workspace.with_untracked(|now| {
            self.last_saved.with_value(|saved| match (saved, now) {
                (Some(saved), Some(now)) => (codec.journal)(saved, now, &base, &clock::now_iso()),
                _ => None,
            })
        });
        let Some(text) = text else { return };
        let t2 = page::now();
        if storage::set(JOURNAL_KEY, &text).is_ok() {
            self.journal_stored.set_value(true);
            let t3 = page::now();
            page::mark_detail(
                "dew-journal",
                &[
                    ("ms", t3 - t0),
                    ("base", t1 - t0),
                    ("diff", t2 - t1),
                    ("write", t3 - t2),
                    ("bytes", text.len() as f64),
                ],
            );
        }
    }

    /// Removes the journal once a full save has written everything it held.
    pub(crate) fn drop_journal(self) {
        if self.journal_stored.get_value() && storage::remove(JOURNAL_KEY).is_ok() {
            self.journal_stored.set_value(false);
        }
    }

    /// The stored workspace `saved` (read from `raw`) with the journal a closing page left on
    /// top, if one was made against this very document. A stale journal (a full save came
    /// after it) is removed; one that cannot be read is set aside, then removed.
    pub(crate) fn read_journal(self, raw: &str, saved: &Workspace) -> Option<Workspace> {
        let text = storage::get(JOURNAL_KEY).ok().flatten()?;
        let codec = codec::loaded()?;
        let base = dew_domain::schema::journal::fingerprint(raw);
        match (codec.apply_journal)(saved, &text, &base) {
            Ok(Some(ws)) => {
                // Written in full by the first save, which removes the journal.
                self.journal_stored.set_value(true);
                self.save_pending.set_value(false);
                Some(ws)
            }
            Ok(None) => {
                let _ = storage::remove(JOURNAL_KEY);
                None
            }
            Err(_) => {
                if set_aside(SetAsideReason::Unreadable, &text).is_ok() {
                    let _ = storage::remove(JOURNAL_KEY);
                }
                None
            }
        }
    }

    /// Makes the save that is waiting for a pause, if any.
    pub fn flush_save(self) {
        if self.save_pending.get_value() {
            self.save_pending.set_value(false);
            self.save_now();
        }
    }

    pub(crate) fn save_now(self) {
        let unchanged = self.workspace.with_untracked(|w| self.last_saved.with_value(|s| s.as_ref() == w.as_ref()));
        match saving::write(self.saving(), unchanged) {
            Write::Held(_) | Write::Unchanged => {}
            Write::Plain | Write::Encrypted => {
                let Some(ws) = self.workspace.get_untracked() else { return };
                self.save(ws);
            }
        }
    }
}
