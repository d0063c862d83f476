//! Another tab of the app saved: follow it, merge the two when they changed different
//! fields, or ask the person which version to keep, setting the other aside meanwhile.

use crate::browser::{page, storage};
use crate::ui::codec;
use crate::ui::state::{adopt, set_aside, AppState, LockStatus, OtherTab};
use dew_domain::lock::is_locked;
use dew_domain::merge_tabs::TabMerge;
use dew_domain::saving::{self, OtherTabSave};
use dew_domain::stored::{SetAsideReason, KEY_PREFIX, WORKSPACE_KEY};
use leptos::prelude::*;

impl AppState {
    pub(crate) fn listen_to_other_tabs(self) {
        storage::on_change_in_other_tab(move |change| match change.key.as_deref() {
            Some(WORKSPACE_KEY) | None => {
                let ours = self.last_written.with_value(|w| w.clone());
                if change.key.is_some() && change.new_value == ours {
                    return;
                }
                if self.follow_other_tab_while_locked(&change.new_value) {
                    return;
                }
                match saving::on_other_tab_save(self.saving(), self.workspace.with_untracked(Option::is_some)) {
                    OtherTabSave::Follow => self.follow_other_tab(),
                    OtherTabSave::TryMerge => self.on_other_tab_save(change.new_value, true),
                    OtherTabSave::Ask => self.on_other_tab_save(change.new_value, false),
                }
            }
            Some(k) if k.starts_with(KEY_PREFIX) => self.storage_rev.update(|n| *n += 1),
            Some(_) => {}
        });
    }

    /// Another tab saved while this one has a workspace open. When the two changed different
    /// fields since the version this tab last saved or loaded, they are merged without asking
    /// (`domain::merge_tabs`); when only the other tab changed anything, its version is taken
    /// (on the cycle shown here). Otherwise the person is asked, and the other tab's version
    /// is set aside at once, so it is kept even if nobody answers (this tab's is kept when the
    /// tab is hidden or closed: [`Self::keep_ours_while_asked`]). While a passphrase is set
    /// here, or the document is locked, or this tab cannot read it yet, it is always asked.
    pub(crate) fn on_other_tab_save(self, raw: Option<String>, try_merge: bool) {
        let asking = self.other_tab.with_untracked(Option::is_some);
        if try_merge {
            if let (Some(doc), Some(c), Some(base), Some(ours)) =
                (raw.as_deref(), codec::loaded(), self.last_saved.get_value(), self.workspace.get_untracked())
            {
                if !is_locked(doc) {
                    if let Ok(d) = (c.decode)(doc) {
                        let theirs = adopt(d.workspace);
                        // `saved`: what the next merge starts from. Taken as it is, it is what
                        // this tab has, so nothing is written back (no ping-pong between tabs);
                        // merged, the other tab's version, so the merged one is written.
                        let next = match (c.merge_tabs)(&base, &ours, &theirs) {
                            Ok(TabMerge::Theirs(take)) => Some(((*take).clone(), *take)),
                            Ok(TabMerge::Merged(m)) => Some((*m, theirs)),
                            _ => None,
                        };
                        if let Some((next, saved)) = next {
                            self.set_written(Some(doc.to_string()));
                            self.last_saved.set_value(Some(saved));
                            // The page is built again with the new values; focus goes back to
                            // the field that had it.
                            let focused = page::focused_id();
                            self.workspace.set(Some(next));
                            if let Some(id) = focused {
                                page::focus(&id);
                            }
                            return;
                        }
                    }
                }
            }
        }
        if !asking {
            self.asked_copies.set_value([None, None]);
        }
        if let Some(doc) = raw.as_deref() {
            self.keep_aside_while_asked(0, doc);
        }
        self.other_tab.set(Some(OtherTab { raw, error: None }));
    }

    /// Keeps `doc` aside while a question between two tabs is open: slot 0 for the other tab's
    /// version, 1 for this tab's. One copy per side and question, written over as either side
    /// changes, so a question left open while the other tab goes on typing does not fill the
    /// storage with copies.
    pub(crate) fn keep_aside_while_asked(self, slot: usize, doc: &str) {
        let key = self.asked_copies.with_value(|k| k[slot].clone());
        let kept = match key {
            Some(key) => storage::set(&key, doc).map(|()| key),
            None => set_aside(SetAsideReason::TabsDisagreed, doc),
        };
        if let Ok(key) = kept {
            self.asked_copies.update_value(|k| k[slot] = Some(key));
            self.storage_rev.update(|n| *n += 1);
        }
    }

    /// While the person has not answered which tab's version to keep, this tab's edits are
    /// not saved: when the tab is hidden or closed, they are set aside, so that nothing is
    /// lost if nobody answers. (With a passphrase, only once they are encrypted: an edit made
    /// in the last moment before closing may not be.)
    pub(crate) fn keep_ours_while_asked(self) {
        if self.other_tab.with_untracked(|o| o.as_ref().is_none_or(|o| o.raw.is_none())) {
            return;
        }
        let unsaved = self.workspace.with_untracked(|w| self.last_saved.with_value(|s| s.as_ref() != w.as_ref()));
        if unsaved {
            if let Ok(Some(doc)) = self.current_for_set_aside() {
                self.keep_aside_while_asked(1, &doc);
            }
        }
    }

    /// With nothing open here, takes the workspace another tab wrote (there is nothing to
    /// lose). The codec is fetched first if need be, and what is stored is read once it has
    /// come (another write may have come meanwhile). If it cannot come, this tab stays as it
    /// was, and the start page will not start a workspace over the stored one
    /// ([`Self::open_if_nothing_stored`]).
    pub(crate) fn follow_other_tab(self) {
        codec::load_then(move |c| {
            let Ok(c) = c else { return };
            if self.lock.status.get_untracked() == LockStatus::Waiting {
                return;
            }
            let stored = storage::get(WORKSPACE_KEY).ok().flatten();
            if self.workspace.with_untracked(Option::is_some) {
                // Opened here meanwhile: a different stored version is the usual choice
                // between the two tabs.
                let ours = self.last_written.with_value(|w| w.clone());
                if stored != ours && self.other_tab.with_untracked(Option::is_none) {
                    self.other_tab.set(Some(OtherTab { raw: stored, error: None }));
                }
                return;
            }
            match stored {
                None => {}
                Some(raw) if is_locked(&raw) => {
                    self.lock.locked_raw.set_value(Some(raw));
                    self.lock.status.set(LockStatus::Waiting);
                }
                Some(raw) => {
                    if let Ok(d) = (c.decode)(&raw) {
                        self.set_written(Some(raw));
                        self.last_saved.set_value(Some(d.workspace.clone()));
                        self.workspace.set(Some(adopt(d.workspace)));
                    }
                }
            }
        });
    }

    /// Another tab changed the data: load its version, keeping ours aside.
    pub fn take_other_tab(self) {
        let Some(other) = self.other_tab.get_untracked() else { return };
        match other.raw {
            None => {
                self.workspace.set(None);
                self.set_written(None);
                self.last_saved.set_value(None);
                self.other_tab.set(None);
            }
            Some(raw) if is_locked(&raw) => self.take_locked_other_tab(raw),
            Some(raw) if codec::loaded().is_none() => codec::load_then(move |c| match c {
                Ok(_) => self.take_other_tab(),
                Err(_) => self.other_tab.set(Some(OtherTab {
                    raw: Some(raw),
                    error: Some(crate::ui::i18n::code_not_loaded_action().into()),
                })),
            }),
            Some(raw) => match codec::loaded().ok_or(None).and_then(|c| (c.decode)(&raw).map_err(Some)) {
                Ok(d) => match self.replace_workspace(d.workspace, SetAsideReason::ReplacedByOtherTab) {
                    Ok(()) => {
                        // The other tab removed the passphrase: so does this one.
                        self.forget_key();
                        self.set_written(Some(raw));
                        self.last_saved.set_value(self.workspace.get_untracked());
                        self.other_tab.set(None);
                    }
                    Err(e) => self
                        .other_tab
                        .set(Some(OtherTab { raw: Some(raw), error: Some(crate::ui::i18n::storage_error(&e)) })),
                },
                Err(e) => {
                    let error = e.map_or(crate::ui::i18n::code_not_loaded_action().to_string(), |e| {
                        crate::ui::i18n::schema_error(&e)
                    });
                    self.other_tab.set(Some(OtherTab { raw: Some(raw), error: Some(error) }));
                }
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
}
