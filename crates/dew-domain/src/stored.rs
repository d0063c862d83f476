//! Decisions about what is kept on the device: key names, what to do with what was found at
//! start, and the names of files offered for download.
//!
//! Every key the app writes starts with `KEY_PREFIX`, so "erase everything" can find them all.
//! A document that cannot be read is never overwritten: the caller first copies it under a
//! set-aside key (`set_aside_key`), which lists the reason and the time, then tells the user.

use super::ids::slug;
use super::schema::{decode, Decoded, SchemaError};

pub const KEY_PREFIX: &str = "dew:";
pub const WORKSPACE_KEY: &str = "dew:workspace";
pub const SET_ASIDE_PREFIX: &str = "dew:set-aside:";
/// What changed since the last full save, written while a page closes (`schema::journal`).
pub const JOURNAL_KEY: &str = "dew:journal";
/// The idle minutes after which a locked workspace locks itself (a device setting, not data).
pub const AUTO_LOCK_KEY: &str = "dew:auto-lock-minutes";
/// The local date (`YYYY-MM-DD`) of the last backup made on this device: a download, or the
/// linked backup file written (a device fact, not data: never in the workspace or a backup).
pub const LAST_BACKUP_KEY: &str = "dew:last-backup";
/// Survey-import mappings saved for reuse: header names and value spellings, never a row.
pub const SURVEY_MAPPINGS_KEY: &str = "dew:survey-mappings";
/// Survey kits made on this device (issue 29): their questions and answer words in both
/// languages (a custom grouping's names among them); never an answer.
pub const SURVEY_KITS_KEY: &str = "dew:survey-kits";
/// The interface language a person chose on this device ("en", "es"): a setting of the
/// device, kept out of the workspace and its backups.
pub const LOCALE_KEY: &str = "dew:locale";

/// Why a stored document was copied aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetAsideReason {
    /// It could not be decoded (corrupt, unknown version, not ours).
    Unreadable,
    /// A backup import replaced it.
    ReplacedByImport,
    /// The user loaded another tab's version over this tab's.
    ReplacedByOtherTab,
    /// The user kept this tab's version over another tab's.
    OverwrittenOtherTab,
    /// A backup was merged into it (the copy is the state before the merge).
    BeforeMerge,
    /// The user restored an earlier copy over it.
    ReplacedByRestore,
    /// A locked workspace whose passphrase was not entered, moved aside to start again.
    LockedNotOpened,
    /// Two tabs changed the same field differently: each side's version is kept while the
    /// person has not chosen (the other tab's at once, this tab's when it is hidden or closed).
    TabsDisagreed,
}

impl SetAsideReason {
    const ALL: [SetAsideReason; 8] = [
        SetAsideReason::Unreadable,
        SetAsideReason::ReplacedByImport,
        SetAsideReason::ReplacedByOtherTab,
        SetAsideReason::OverwrittenOtherTab,
        SetAsideReason::BeforeMerge,
        SetAsideReason::ReplacedByRestore,
        SetAsideReason::LockedNotOpened,
        SetAsideReason::TabsDisagreed,
    ];

    fn code(self) -> &'static str {
        match self {
            SetAsideReason::Unreadable => "unreadable",
            SetAsideReason::ReplacedByImport => "replaced-by-import",
            SetAsideReason::ReplacedByOtherTab => "replaced-by-other-tab",
            SetAsideReason::OverwrittenOtherTab => "overwritten-other-tab",
            SetAsideReason::BeforeMerge => "before-merge",
            SetAsideReason::ReplacedByRestore => "replaced-by-restore",
            SetAsideReason::LockedNotOpened => "locked-not-opened",
            SetAsideReason::TabsDisagreed => "tabs-disagreed",
        }
    }
}

/// A set-aside copy, as listed on the Data page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    pub reason: SetAsideReason,
    /// Milliseconds since the Unix epoch when it was set aside.
    pub at_ms: u64,
}

/// The key for a copy set aside at `at_ms`. `n` disambiguates copies made in the same
/// millisecond (the caller increments it until the key is free).
pub fn set_aside_key(reason: SetAsideReason, at_ms: u64, n: u32) -> String {
    format!("{SET_ASIDE_PREFIX}{at_ms}-{n}:{}", reason.code())
}

/// Reads a key written by `set_aside_key`; `None` for any other key.
pub fn parse_set_aside_key(key: &str) -> Option<SetAside> {
    let rest = key.strip_prefix(SET_ASIDE_PREFIX)?;
    let (stamp, code) = rest.split_once(':')?;
    let at_ms = stamp.split_once('-').map_or(stamp, |(ms, _)| ms).parse().ok()?;
    let reason = SetAsideReason::ALL.into_iter().find(|r| r.code() == code)?;
    Some(SetAside { key: key.to_string(), reason, at_ms })
}

/// The set-aside copies among `keys`, newest first.
pub fn list_set_asides<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<SetAside> {
    let mut v: Vec<SetAside> = keys.into_iter().filter_map(parse_set_aside_key).collect();
    v.sort_by(|a, b| b.at_ms.cmp(&a.at_ms).then_with(|| b.key.cmp(&a.key)));
    v
}

/// What was found under `WORKSPACE_KEY` at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Nothing,
    Workspace(Box<Decoded>),
    /// Encrypted with a passphrase: it waits for the passphrase, and is never overwritten
    /// before it has been opened.
    Locked(String),
    /// Must be set aside before anything else is written.
    Unreadable {
        raw: String,
        error: SchemaError,
    },
}

pub fn classify(raw: Option<String>) -> Found {
    classify_with(raw, decode)
}

/// Whether reading what is stored at start needs the document reader: a plain stored
/// document does; nothing, or a locked one (read only once its passphrase is given), does not.
pub fn needs_reader(raw: Option<&str>) -> bool {
    raw.is_some_and(|r| !super::lock::is_locked(r))
}

/// What to do, just before a new workspace is opened (from the start page), with what is
/// stored under `WORKSPACE_KEY` now: another tab may have written it since this one started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BeforeOpening {
    /// Nothing stored, or only the unreadable document found at start (already set aside, or
    /// saving is held until it is downloaded): open the new one.
    Open,
    /// A workspace someone can open (plain and readable, or locked): open that one instead,
    /// and overwrite nothing.
    Follow,
    /// An unreadable document this tab has not set aside: copy it aside first, then open.
    SetAsideThenOpen,
}

/// Decides [`BeforeOpening`]: `known_unreadable` is the unreadable document found at start,
/// `readable` tells whether a plain document decodes.
pub fn before_opening(
    stored: Option<&str>,
    known_unreadable: Option<&str>,
    readable: impl FnOnce(&str) -> bool,
) -> BeforeOpening {
    match stored {
        None => BeforeOpening::Open,
        Some(s) if known_unreadable == Some(s) => BeforeOpening::Open,
        Some(s) if super::lock::is_locked(s) || readable(s) => BeforeOpening::Follow,
        Some(_) => BeforeOpening::SetAsideThenOpen,
    }
}

/// [`classify`] with the document reader passed in: the app's first screen does not carry the
/// reader's code, which it loads only when something is stored (`ui::codec`).
pub fn classify_with(raw: Option<String>, decode: impl FnOnce(&str) -> Result<Decoded, SchemaError>) -> Found {
    match raw {
        None => Found::Nothing,
        Some(raw) if super::lock::is_locked(&raw) => Found::Locked(raw),
        Some(raw) => match decode(&raw) {
            Ok(d) => Found::Workspace(Box::new(d)),
            Err(error) => Found::Unreadable { raw, error },
        },
    }
}

/// `equity-workbench-<district>-<YYYY-MM-DD>.json`; `date` is the local date, ISO-formatted.
pub fn backup_file_name(district: &str, date: &str) -> String {
    format!("equity-workbench-{}-{}.json", slug(district), date)
}

/// The file name for downloading a set-aside copy. It may not be JSON, so `.txt`.
pub fn set_aside_file_name(s: &SetAside) -> String {
    format!("equity-workbench-set-aside-{}-{}.txt", s.reason.code(), s.at_ms)
}

/// How long to wait, after an edit, before saving the workspace, given the last document
/// saved (or loaded): its size in bytes, whether it was packed (only documents of 512 KB of
/// JSON or more are, so a packed one is large whatever its packed size), and what saving it
/// cost (milliseconds of the page's time). A save
/// writes the whole workspace, so in a large district (five cycles of 150 schools, 4 MB: over
/// 100 ms on a fast machine, four times that on a Chromebook) saving on every keystroke would
/// freeze typing. A document under 512 KB (a district of a few dozen schools) is saved at once,
/// on every edit, as before; a larger one waits until edits pause, for four times what the last
/// save cost, so that saving takes at most about a fifth of the time, between a quarter second
/// and two seconds. Edits made meanwhile go into the same save, and a page being hidden or
/// closed saves at once (see `ui::state`).
pub fn save_delay_ms(last_doc_bytes: usize, packed: bool, last_save_ms: f64) -> u32 {
    const AT_ONCE_BELOW_BYTES: usize = super::schema::PACK_FROM_BYTES;
    if (!packed && last_doc_bytes < AT_ONCE_BELOW_BYTES) || last_save_ms.is_nan() {
        return 0;
    }
    (last_save_ms * 4.0).clamp(250.0, 2000.0) as u32
}

/// After this many days without a backup, the header reminds the person to make one (where
/// the browser cannot keep a linked backup file up to date by itself).
pub const BACKUP_REMINDER_DAYS: i64 = 7;

/// What the backup reminder says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReminder {
    /// No backup was ever made on this device (or its date cannot be read).
    Never,
    /// The last one was this many days ago.
    DaysAgo(i64),
}

/// Whether to remind, given the date of the last backup (as stored under `LAST_BACKUP_KEY`)
/// and today's local date. A date in the future (a clock set back) counts as today.
pub fn backup_reminder(last: Option<&str>, today: &str) -> Option<BackupReminder> {
    use crate::date::Date;
    let today = Date::parse(today)?;
    let Some(last) = last.and_then(Date::parse) else { return Some(BackupReminder::Never) };
    let days = (today.day_number() - last.day_number()).max(0);
    (days >= BACKUP_REMINDER_DAYS).then_some(BackupReminder::DaysAgo(days))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{schema::encode, workspace::Workspace};

    #[test]
    fn small_documents_save_at_once_and_large_ones_wait_for_a_pause() {
        const KB: usize = 1024;
        assert_eq!(save_delay_ms(0, false, 0.0), 0);
        assert_eq!(save_delay_ms(150 * KB, false, 40.0), 0, "the sample district saves on every edit, even when slow");
        assert_eq!(save_delay_ms(511 * KB, false, 500.0), 0);
        assert_eq!(save_delay_ms(4200 * KB, false, f64::NAN), 0, "an unknown cost saves at once");
        assert_eq!(save_delay_ms(512 * KB, false, 10.0), 250, "at least a quarter second");
        assert_eq!(save_delay_ms(4200 * KB, false, 130.0), 520, "a large district on a fast machine");
        assert_eq!(save_delay_ms(836 * KB, true, 130.0), 520, "the same district, packed");
        assert_eq!(save_delay_ms(120 * KB, true, 30.0), 250, "packed from 600 KB of JSON: large, however small packed");
        assert_eq!(save_delay_ms(4200 * KB, false, 520.0), 2000, "and on a Chromebook: at most two seconds");
        assert_eq!(save_delay_ms(4200 * KB, false, 5000.0), 2000);
        // Saving takes at most about a fifth of the time while someone keeps editing.
        for cost in [12.0, 50.0, 130.0, 400.0] {
            let d = f64::from(save_delay_ms(4200 * KB, false, cost));
            assert!(cost / (cost + d) <= 0.21, "{cost} ms every {d} ms");
        }
    }

    #[test]
    fn only_a_plain_stored_document_needs_the_reader_at_start() {
        assert!(!needs_reader(None));
        assert!(needs_reader(Some("{}")), "anything plain, even unreadable, is read at start");
        assert!(needs_reader(Some(&crate::schema::encode(&Workspace::sample(), "t", false))));
        let locked = crate::lock::encode_locked(&crate::lock::Locked {
            iterations: crate::lock::MIN_ITERATIONS,
            salt: vec![1; 16],
            check_nonce: vec![2; 12],
            check: vec![3; 32],
            nonce: vec![4; 12],
            ciphertext: vec![5; 40],
        });
        assert!(!needs_reader(Some(&locked)), "a locked document waits for its passphrase");
    }

    #[test]
    fn a_new_workspace_never_replaces_one_another_tab_stored_meanwhile() {
        use BeforeOpening::*;
        let readable = |s: &str| decode(s).is_ok();
        let good = encode(&Workspace::sample(), "t", false);
        let locked = crate::lock::encode_locked(&crate::lock::Locked {
            iterations: crate::lock::MIN_ITERATIONS,
            salt: vec![1; 16],
            check_nonce: vec![2; 12],
            check: vec![3; 32],
            nonce: vec![4; 12],
            ciphertext: vec![5; 40],
        });
        let bad = "{\"app\":\"digital-equity-workbench\",\"schema\":7}";
        assert_eq!(before_opening(None, None, readable), Open);
        assert_eq!(before_opening(Some(&good), None, readable), Follow, "another tab's workspace is followed");
        assert_eq!(before_opening(Some(&locked), None, readable), Follow, "a locked one waits for its passphrase");
        assert_eq!(before_opening(Some(bad), Some(bad), readable), Open, "the unreadable one from the start is aside");
        assert_eq!(before_opening(Some(bad), None, readable), SetAsideThenOpen, "a new unreadable one is copied first");
        assert_eq!(before_opening(Some(bad), Some("{}"), readable), SetAsideThenOpen);
        // Another tab replaced the unreadable document with a good one: that one is followed.
        assert_eq!(before_opening(Some(&good), Some(bad), readable), Follow);
    }

    #[test]
    fn classify_separates_nothing_good_and_unreadable() {
        assert_eq!(classify(None), Found::Nothing);
        let good = encode(&Workspace::sample(), "t", false);
        assert!(matches!(classify(Some(good)), Found::Workspace(_)));
        match classify(Some("{\"app\":\"digital-equity-workbench\",\"schema\":7}".into())) {
            Found::Unreadable { raw, error } => {
                assert!(raw.contains("schema\":7"));
                assert_eq!(error, SchemaError::TooNew { found: 7, newest: crate::schema::CURRENT_SCHEMA });
            }
            other => panic!("{other:?}"),
        }
        // A locked envelope waits for its passphrase, whatever it holds; damage inside it is
        // found when it is opened, not here.
        let locked = crate::lock::encode_locked(&crate::lock::Locked {
            iterations: crate::lock::MIN_ITERATIONS,
            salt: vec![0; 16],
            check_nonce: vec![0; 12],
            check: vec![1],
            nonce: vec![0; 12],
            ciphertext: vec![2],
        });
        assert_eq!(classify(Some(locked.clone())), Found::Locked(locked));
    }

    #[test]
    fn set_aside_keys_round_trip_and_sort_newest_first() {
        let a = set_aside_key(SetAsideReason::Unreadable, 1_000, 0);
        let b = set_aside_key(SetAsideReason::ReplacedByImport, 2_000, 0);
        let c = set_aside_key(SetAsideReason::ReplacedByImport, 2_000, 1);
        assert!(a.starts_with(KEY_PREFIX));
        let list = list_set_asides([a.as_str(), "dew:workspace", b.as_str(), "other", c.as_str()]);
        assert_eq!(list.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(), vec![c.as_str(), b.as_str(), a.as_str()]);
        assert_eq!(list[2].reason, SetAsideReason::Unreadable);
        assert_eq!(list[2].at_ms, 1_000);
        assert_eq!(parse_set_aside_key("dew:set-aside:xyz:unreadable"), None);
        assert_eq!(parse_set_aside_key("dew:set-aside:5-0:mystery"), None);
    }

    #[test]
    fn file_names_are_safe_and_dated() {
        assert_eq!(
            backup_file_name("Riverbend Unified (sample)", "2026-11-23"),
            "equity-workbench-riverbend-unified-sample-2026-11-23.json"
        );
        assert_eq!(
            backup_file_name("École Saint-Jean", "2026-01-02"),
            "equity-workbench-cole-saint-jean-2026-01-02.json"
        );
    }

    #[test]
    fn backups_are_reminded_after_a_week() {
        assert_eq!(backup_reminder(Some("2026-12-01"), "2026-12-06"), None);
        assert_eq!(backup_reminder(Some("2026-11-29"), "2026-12-06"), Some(BackupReminder::DaysAgo(7)));
        // Across a month, a year and a leap day: 2028-02-20 to 2028-03-03 is 12 days.
        assert_eq!(backup_reminder(Some("2028-02-20"), "2028-03-03"), Some(BackupReminder::DaysAgo(12)));
        assert_eq!(backup_reminder(Some("2026-12-24"), "2027-01-06"), Some(BackupReminder::DaysAgo(13)));
        assert_eq!(backup_reminder(None, "2026-12-06"), Some(BackupReminder::Never));
        assert_eq!(backup_reminder(Some("yesterday"), "2026-12-06"), Some(BackupReminder::Never));
        // A clock set back: no reminder, and no negative days.
        assert_eq!(backup_reminder(Some("2027-01-01"), "2026-12-06"), None);
        assert_eq!(backup_reminder(Some("2026-12-01"), "not a date"), None);
    }

    #[test]
    fn day_numbers_count_days() {
        use crate::date::Date;
        let d = |s: &str| Date::parse(s).unwrap().day_number();
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2000-03-01") - d("2000-02-28"), 2, "2000 is a leap year");
        assert_eq!(d("1900-03-01") - d("1900-02-28"), 1, "1900 is not");
        assert_eq!(d("2026-12-06"), 20_793);
    }
}
