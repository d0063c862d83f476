//! When the store writes the workspace: the decisions behind its one persistence effect, made
//! here, pure, so that each is tested without a browser. `ui::state` carries them out (the
//! timers, the writes, the encryption).
//!
//! Nothing is written while something would be lost by writing: another tab's version waits
//! for the person's choice, an unreadable document exists only in memory, or the stored
//! workspace is locked and not open here.

/// Whether the stored workspace is encrypted, and if so whether it is open here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStatus {
    /// No passphrase: stored as plain JSON.
    Off,
    /// Locked: the envelope waits for its passphrase; nothing is shown and nothing written.
    Waiting,
    /// Unlocked here: the key is in memory and every save is encrypted with it.
    Open,
}

/// Why nothing may be written now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// Another tab saved, and the person has not chosen which version to keep.
    OtherTab,
    /// An unreadable document could not be set aside: writing would destroy it.
    Unreadable,
    /// The stored workspace waits for its passphrase.
    Locked,
}

/// What the store knows when it decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saving {
    pub lock: LockStatus,
    /// A question between this tab's version and another tab's is open.
    pub asking_other_tab: bool,
    /// An unreadable document is held in memory only.
    pub holding_unreadable: bool,
}

impl Saving {
    /// Why nothing may be written now; `None` when writing is allowed.
    pub fn held(&self) -> Option<Held> {
        if self.asking_other_tab {
            Some(Held::OtherTab)
        } else if self.holding_unreadable {
            Some(Held::Unreadable)
        } else if self.lock == LockStatus::Waiting {
            Some(Held::Locked)
        } else {
            None
        }
    }
}

/// What an edit to the workspace does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnEdit {
    /// Nothing is written (the edit stays in memory and on screen).
    Held(Held),
    /// Saving has become expensive: the save waits until edits pause this long (ms), then is
    /// made; a page being hidden makes it at once.
    WaitForPause(u64),
    /// A save already waits for a pause: it will take this edit too.
    AlreadyWaiting,
    /// Save now.
    SaveNow,
}

/// An edit: `delay_ms` is how long a save should wait for a pause
/// (`stored::save_delay_ms`), `pending` whether one already waits.
pub fn on_edit(s: Saving, delay_ms: u64, pending: bool) -> OnEdit {
    match s.held() {
        Some(h) => OnEdit::Held(h),
        None if delay_ms == 0 => OnEdit::SaveNow,
        None if pending => OnEdit::AlreadyWaiting,
        None => OnEdit::WaitForPause(delay_ms),
    }
}

/// How a save that is due is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    Held(Held),
    /// The workspace is what was last written or loaded: nothing to write.
    Unchanged,
    /// Written as plain JSON, at once.
    Plain,
    /// Encrypted with the open lock's key first (a moment later), then written.
    Encrypted,
}

/// A save that is due (an edit, the pause after edits, the page being hidden, a retry).
pub fn write(s: Saving, unchanged: bool) -> Write {
    match s.held() {
        Some(h) => Write::Held(h),
        None if unchanged => Write::Unchanged,
        None if s.lock == LockStatus::Open => Write::Encrypted,
        None => Write::Plain,
    }
}

/// Whether a page being hidden writes a journal of the edits that a waiting save holds
/// (`schema::journal`): only when a save waits, and never under a passphrase (a journal is
/// never written in plain text, and a closing page does not wait for the encryption).
pub fn journal_on_hide(s: Saving, pending: bool) -> bool {
    pending && s.lock == LockStatus::Off && s.held().is_none()
}

/// What another tab's save does to an open workspace here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherTabSave {
    /// Nothing is open here, so there is nothing to lose: follow the other tab.
    Follow,
    /// Merge field by field (`merge_tabs`); ask if the two changed the same field.
    TryMerge,
    /// Ask which version to keep (a question is already open, or a passphrase is set here).
    Ask,
}

pub fn on_other_tab_save(s: Saving, workspace_open: bool) -> OtherTabSave {
    if !workspace_open {
        OtherTabSave::Follow
    } else if !s.asking_other_tab && s.lock == LockStatus::Off {
        OtherTabSave::TryMerge
    } else {
        OtherTabSave::Ask
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saving(lock: LockStatus, asking: bool, holding: bool) -> Saving {
        Saving { lock, asking_other_tab: asking, holding_unreadable: holding }
    }

    const FREE: Saving = Saving { lock: LockStatus::Off, asking_other_tab: false, holding_unreadable: false };

    #[test]
    fn nothing_is_written_while_something_would_be_lost() {
        // Every combination of the three reasons: held exactly when one of them holds, and
        // neither an edit nor a due save nor a journal writes anything then.
        for lock in [LockStatus::Off, LockStatus::Waiting, LockStatus::Open] {
            for asking in [false, true] {
                for holding in [false, true] {
                    let s = saving(lock, asking, holding);
                    let held = asking || holding || lock == LockStatus::Waiting;
                    assert_eq!(s.held().is_some(), held, "{s:?}");
                    if held {
                        assert!(matches!(on_edit(s, 0, false), OnEdit::Held(_)), "{s:?}");
                        assert!(matches!(on_edit(s, 900, true), OnEdit::Held(_)), "{s:?}");
                        assert!(matches!(write(s, false), Write::Held(_)), "{s:?}");
                        assert!(!journal_on_hide(s, true), "{s:?}");
                    }
                }
            }
        }
        // The question between tabs is named first: it is what the person must answer.
        assert_eq!(saving(LockStatus::Waiting, true, true).held(), Some(Held::OtherTab));
        assert_eq!(saving(LockStatus::Waiting, false, true).held(), Some(Held::Unreadable));
        assert_eq!(saving(LockStatus::Waiting, false, false).held(), Some(Held::Locked));
    }

    #[test]
    fn an_edit_saves_at_once_or_waits_for_one_pause() {
        assert_eq!(on_edit(FREE, 0, false), OnEdit::SaveNow);
        // A cheap save is made at once even if an expensive one was waiting.
        assert_eq!(on_edit(FREE, 0, true), OnEdit::SaveNow);
        assert_eq!(on_edit(FREE, 1_500, false), OnEdit::WaitForPause(1_500));
        assert_eq!(on_edit(FREE, 1_500, true), OnEdit::AlreadyWaiting);
    }

    #[test]
    fn a_due_save_writes_plain_encrypted_or_nothing() {
        assert_eq!(write(FREE, false), Write::Plain);
        assert_eq!(write(FREE, true), Write::Unchanged);
        let open = saving(LockStatus::Open, false, false);
        assert_eq!(write(open, false), Write::Encrypted);
        assert_eq!(write(open, true), Write::Unchanged);
    }

    #[test]
    fn a_journal_only_for_a_waiting_plain_save() {
        assert!(journal_on_hide(FREE, true));
        assert!(!journal_on_hide(FREE, false), "nothing waits: the last save holds everything");
        assert!(!journal_on_hide(saving(LockStatus::Open, false, false), true), "never in plain text");
    }

    #[test]
    fn another_tabs_save_is_followed_merged_or_asked() {
        assert_eq!(on_other_tab_save(FREE, false), OtherTabSave::Follow);
        assert_eq!(on_other_tab_save(FREE, true), OtherTabSave::TryMerge);
        assert_eq!(on_other_tab_save(saving(LockStatus::Off, true, false), true), OtherTabSave::Ask);
        assert_eq!(on_other_tab_save(saving(LockStatus::Open, false, false), true), OtherTabSave::Ask);
    }
}
