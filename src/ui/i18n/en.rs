//! English messages.

use crate::browser::storage::StorageError;
use dew_domain::date::Date;
use dew_domain::schema::SchemaError;
use dew_domain::stored::SetAsideReason;
use dew_domain::team::{Role, Stakeholder};
use dew_domain::workspace::WorkspaceError;

pub const APP_NAME: &str = "Digital Equity Workbench";
pub const SKIP_TO_MAIN: &str = "Skip to main content";
/// The menu's name. Its pages' and sections' labels are in the page table (src/ui/pages.json).
pub const NAV_LABEL: &str = "Main";
pub const MENU_BUTTON: &str = "Menu";
pub const HEADER_CYCLE: &str = "Cycle";
pub const HEADER_NO_WORKSPACE: &str = "No workspace yet";
pub const SAMPLE_BADGE: &str = "Fictional data";
/// "1 school", "3 schools": a count with its noun in the right number (English has two forms).
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// A date as people write it: "June 30, 2027".
pub fn date(d: Date) -> String {
    let month = MONTHS.get(usize::from(d.month).wrapping_sub(1)).copied().unwrap_or("?");
    format!("{month} {}, {}", d.day, d.year)
}
pub const SAMPLE_LEAVE_HEADING: &str = "You are exploring the sample district";
pub const SAMPLE_LEAVE_TEXT: &str =
    "Its schools, counts and team are made up. When you are ready, leave it and start your own district's workspace.";
pub const SAMPLE_LEAVE_BUTTON: &str = "Leave the sample district";
pub const SAMPLE_LEAVE_QUESTION: &str =
    "Leave the sample district? Any changes you made to it are discarded. Set-aside copies and settings stay.";
pub const SAMPLE_LEAVE_YES: &str = "Yes, leave it";
pub const SAMPLE_LEAVE_WAIT: &str =
    "Another tab has changed this workspace: answer its question at the top of the page first.";
pub const SAMPLE_LEAVE_STAY: &str = "Stay in the sample";
pub const FOOTER: &str = "Everything you enter stays in this browser on this device. Nothing is sent anywhere.";

// Start page (first run)
pub const START_TITLE: &str = "Welcome";
pub const START_INTRO: &str = "Work out, as a district team, who needs what to learn well with technology: assess your practice, measure the access, use and design divides, plan, and review your tools.";
pub const START_NEW_HEADING: &str = "Start a workspace for your district";
pub const START_DISTRICT_LABEL: &str = "District name";
pub const START_CYCLE_LABEL: &str = "First cycle (school year)";
pub const START_CYCLE_HINT: &str = "For example 2026–27. You can add later years as new cycles.";
pub const START_CREATE: &str = "Start the workspace";
pub const START_SAMPLE_HEADING: &str = "Explore with a sample district";
pub const START_SAMPLE_TEXT: &str = "Look around with a fictional district first. It is clearly labelled as a sample, and you can erase it at any time.";
pub const START_SAMPLE_BUTTON: &str = "Open the sample district";
pub const START_IMPORT_TEXT: &str = "Already have a backup file? Restore it from";

// Overview
pub const OVERVIEW_TITLE: &str = "Overview";
pub const OVERVIEW_STEPS: &str = "Steps in this cycle";
pub const OVERVIEW_TEAM_STEP: &str = "Assemble the team";
pub fn overview_team_progress(members: usize, missing: usize) -> String {
    let m = if members == 1 { "1 member".to_string() } else { format!("{members} members") };
    match missing {
        0 => format!("{m}; every stakeholder group is represented."),
        1 => format!("{m}; 1 stakeholder group is missing."),
        n => format!("{m}; {n} stakeholder groups are missing."),
    }
}

// Team
pub const TEAM_TITLE: &str = "Team";
pub const TEAM_INTRO: &str = "A digital equity team hears from students, teachers, leaders, technology staff and families. Names are optional: a role alone is enough.";
pub const TEAM_EMPTY: &str = "No one is on the team yet. Add the first member below.";
pub const TEAM_TABLE_CAPTION: &str = "Team members for this cycle";
pub const TEAM_COL_NAME: &str = "Name";
pub const TEAM_COL_ROLE: &str = "Role";
pub const TEAM_COL_ACTIONS: &str = "Actions";
pub const TEAM_NO_NAME: &str = "(no name)";
pub const TEAM_ADD_HEADING: &str = "Add a member";
pub const TEAM_NAME_LABEL: &str = "Display name (optional)";
pub const TEAM_ROLE_LABEL: &str = "Role";
pub const TEAM_ROLE_CHOOSE: &str = "Choose a role";
pub const TEAM_ROLE_REQUIRED: &str = "Choose the member's role.";
pub const TEAM_ADD: &str = "Add member";
pub const TEAM_EDIT: &str = "Edit";
pub const TEAM_SAVE: &str = "Save";
pub const TEAM_CANCEL: &str = "Cancel";
pub const TEAM_REMOVE: &str = "Remove";
pub const TEAM_UNDO: &str = "Undo";
pub const TEAM_ALL_PRESENT: &str = "Every stakeholder group is represented on the team.";
pub const TEAM_MISSING_HEADING: &str = "Voices missing from the team";
pub fn team_added(who: &str) -> String {
    format!("Added {who}.")
}
pub fn team_saved(who: &str) -> String {
    format!("Saved changes to {who}.")
}
pub fn team_removed(who: &str) -> String {
    format!("Removed {who}.")
}
pub fn team_restored(who: &str) -> String {
    format!("{who} is back on the team.")
}
pub fn team_edit_label(who: &str) -> String {
    format!("Edit {who}")
}
pub fn team_remove_label(who: &str) -> String {
    format!("Remove {who}")
}
/// How a member is referred to in messages: their name, or their role when unnamed.
pub fn member_ref(name: Option<&str>, role: Role) -> String {
    match name {
        Some(n) => format!("“{n}”"),
        None => format!("a {} (no name)", role_label(role).to_lowercase()),
    }
}

pub fn role_label(r: Role) -> &'static str {
    match r {
        Role::Student => "Student",
        Role::Teacher => "Teacher",
        Role::SchoolLeader => "School leader",
        Role::DistrictLeader => "District leader",
        Role::TechnologyStaff => "Technology staff",
        Role::FamilyCommunity => "Family or community member",
        Role::Other => "Other",
    }
}

pub fn missing_stakeholder(s: Stakeholder) -> &'static str {
    match s {
        Stakeholder::Students => "No student voice yet.",
        Stakeholder::Teachers => "No teacher yet.",
        Stakeholder::Leaders => "No school or district leader yet.",
        Stakeholder::Technology => "No one from the technology team yet.",
        Stakeholder::Families => "No family or community voice yet.",
    }
}

pub fn field_name(field: &str) -> &'static str {
    match field {
        "district" => "District name",
        "cycle" => "Cycle",
        "name" => "Display name",
        _ => "This field",
    }
}

pub fn workspace_error(e: &WorkspaceError) -> String {
    match e {
        WorkspaceError::Empty { field } => format!("{} cannot be empty.", field_name(field)),
        WorkspaceError::TooLong { field, max } => format!("{} must be at most {max} characters.", field_name(field)),
        WorkspaceError::DuplicateCycle(l) => format!("There is already a cycle called “{l}”."),
        other => format!("Something in the workspace is inconsistent ({other})."),
    }
}

pub fn schema_error(e: &SchemaError) -> String {
    match e {
        SchemaError::NotJson { line, column, .. } => format!("It is not a valid backup: the text breaks off or is damaged at line {line}, column {column}."),
        SchemaError::NotOurs => "It is not a Digital Equity Workbench backup.".into(),
        SchemaError::NoSchema => "It has no schema version, so it cannot be read safely.".into(),
        SchemaError::TooNew { found, newest } => format!("It was written by a newer version of the app (schema {found}; this version reads up to {newest}). Open it with the newer version."),
        SchemaError::Unknown(v) => format!("Its schema version {v} is unknown."),
        SchemaError::Invalid { path, message } => format!("The field {path} is not valid: {message}."),
    }
}

pub fn storage_error(e: &StorageError) -> String {
    match e {
        StorageError::Unavailable => {
            "This browser does not allow the app to store anything (storage is blocked or unavailable).".into()
        }
        StorageError::Quota => "This browser's storage for the app is full.".into(),
        StorageError::Other(d) => format!("The browser refused to store the data ({d})."),
    }
}

// Banners
pub const BANNER_UNREADABLE_TITLE: &str = "We could not read the workspace stored on this device";
pub const BANNER_UNREADABLE_KEPT: &str = "Nothing has been overwritten. A copy of what was stored has been set aside on this device, and you can download it.";
pub const BANNER_UNREADABLE_NOT_KEPT: &str =
    "The copy could not be set aside, so saving is paused to protect it. Download it first, then continue.";
pub const BANNER_UNREADABLE_NEXT: &str = "You can restore a backup, or start again.";
pub const BANNER_DOWNLOAD_STORED: &str = "Download what was stored";
pub const BANNER_CONTINUE: &str = "I have my copy: continue";
pub const BANNER_DISMISS: &str = "Dismiss";
pub const BANNER_SAVE_FAILED_TITLE: &str = "Your latest changes are not saved";
pub const BANNER_SAVE_RESUMED: &str =
    "Saving works again: every change you made while it failed is now stored on this device.";
pub const BANNER_SAVE_FAILED_KEEP: &str = "Your work is still open in this tab. Download a backup now so nothing is lost, then free some space (for example, delete set-aside copies on the Data page).";
pub const BANNER_DOWNLOAD_BACKUP: &str = "Download a backup";
pub const BANNER_OTHER_TAB_TITLE: &str = "This workspace was changed in another tab or window";
pub const BANNER_OTHER_TAB_ERASED_TITLE: &str = "Another tab or window erased the data on this device";
pub const BANNER_OTHER_TAB_PAUSED: &str = "Changes in this tab are not being saved until you choose. Whichever version you do not keep is set aside on this device, not lost.";
pub const BANNER_TAKE_THEIRS: &str = "Load the other tab's version";
pub const BANNER_KEEP_MINE: &str = "Keep this tab's version";
pub const BANNER_CLEAR_HERE: &str = "Clear this tab too";
pub const BANNER_SAVE_HERE: &str = "Save this tab's workspace again";

// Data page
pub const DATA_TITLE: &str = "Data & backup";
pub const DATA_EXPORT_HEADING: &str = "Download a backup";
pub const DATA_EXPORT_TEXT: &str = "A backup is one file holding the whole workspace: every cycle with its team, ratings, data, plan and portfolio. Keep it somewhere safe; it is the only copy outside this browser. It is also the only export with unsuppressed counts, so keep it within the team: for anyone else, use the report and its spreadsheets.";
pub const DATA_EXPORT_BUTTON: &str = "Download a backup (JSON)";
pub const DATA_EXPORT_NONE: &str = "There is no workspace yet, so there is nothing to back up.";
pub const DATA_IMPORT_HEADING: &str = "Restore or merge a backup";
pub const DATA_IMPORT_LABEL: &str = "Backup file";
pub const DATA_IMPORT_HINT: &str =
    "Choose a .json file downloaded from this app. You will see what it holds before anything changes.";
pub const DATA_READING: &str = "Reading the file…";
pub const DATA_PREVIEW_HEADING: &str = "What this backup holds";
pub const DATA_PREVIEW_DISTRICT: &str = "District";
pub const DATA_PREVIEW_SAVED: &str = "Saved";
pub const DATA_PREVIEW_CYCLES: &str = "Cycles";
pub const DATA_PREVIEW_SCHEMA: &str = "Format version";
pub const DATA_PREVIEW_UNKNOWN_DATE: &str = "not recorded";
pub fn data_cycle_line(label: &str, team: usize) -> String {
    if team == 1 {
        format!("{label}: 1 team member")
    } else {
        format!("{label}: {team} team members")
    }
}
pub fn data_replace_warning(current: &str) -> String {
    format!("Restoring replaces the workspace open now, “{current}”. A copy of it is set aside on this device first, and listed below, so you can get it back.")
}
pub const DATA_REPLACE_CONFIRM: &str = "Replace with this backup";
pub const DATA_RESTORE_CONFIRM: &str = "Restore this backup";
pub const DATA_IMPORT_CANCEL: &str = "Cancel";
pub fn data_import_failed(file: &str, why: &str) -> String {
    format!("“{file}” was not restored. {why} Nothing has changed.")
}
pub fn data_restored(district: &str) -> String {
    format!("Restored “{district}” from the backup.")
}
pub const DATA_IMPORT_CANCELLED: &str = "Restore cancelled. Nothing has changed.";
pub const DATA_SET_ASIDE_HEADING: &str = "Copies set aside on this device";
pub const DATA_SET_ASIDE_INTRO: &str =
    "When stored data cannot be read, or is replaced, the app keeps a copy here instead of deleting it.";
pub const DATA_SET_ASIDE_EMPTY: &str = "There are no set-aside copies.";
pub const DATA_SET_ASIDE_CAPTION: &str = "Set-aside copies";
pub const DATA_COL_WHY: &str = "Why it was set aside";
pub const DATA_COL_WHEN: &str = "When";
pub const DATA_COL_SIZE: &str = "Size";
pub const DATA_COL_ACTIONS: &str = "Actions";
pub const DATA_DOWNLOAD: &str = "Download";
pub const DATA_DELETE: &str = "Delete";
pub const DATA_DELETE_CONFIRM: &str = "Delete for good";
pub const DATA_DELETE_KEEP: &str = "Keep it";
pub fn data_delete_question(when: &str) -> String {
    format!("Delete the copy from {when} for good?")
}
pub fn set_aside_reason(r: SetAsideReason) -> &'static str {
    match r {
        SetAsideReason::Unreadable => "Could not be read when the app started",
        SetAsideReason::ReplacedByImport => "Replaced by a restored backup",
        SetAsideReason::ReplacedByOtherTab => "Replaced by another tab's version",
        SetAsideReason::OverwrittenOtherTab => "Another tab's version, overwritten by this tab",
        SetAsideReason::BeforeMerge => "Restore point before a merge",
        SetAsideReason::ReplacedByRestore => "Replaced by restoring an earlier copy",
        SetAsideReason::LockedNotOpened => "Locked with a passphrase that was not entered (moved aside to start again)",
        SetAsideReason::TabsDisagreed => "Kept while two tabs had changed the same thing and nobody had chosen",
    }
}
pub fn size_label(chars: usize) -> String {
    if chars < 1024 {
        format!("{chars} characters")
    } else {
        format!("{:.1} thousand characters", chars as f64 / 1000.0)
    }
}
pub const DATA_DOWNLOAD_FAILED: &str = "The download could not be started in this browser.";

// Privacy page
pub const PRIVACY_TITLE: &str = "Privacy";
pub const PRIVACY_INTRO: &str = "Everything you enter stays in this browser, on this device. The Workbench sends nothing anywhere: not your data, and not how you use it.";
pub const PRIVACY_WHAT_HEADING: &str = "What is stored, and where";
pub const PRIVACY_WHAT_TEXT: &str = "It is kept only in this browser on this device. Anyone who uses this browser on this device can open it: on a shared computer, lock it with a passphrase (below). Clearing the browser's data for this site removes it, so keep a backup (Data & backup).";
pub const PRIVACY_TECH_SUMMARY: &str = "Technical details";
pub const PRIVACY_TECH_TEXT: &[&str] = &[
    "The app is WebAssembly that runs in the browser. Its Content-Security-Policy lets the page connect only to the site it was loaded from: no analytics, and no fonts or scripts from elsewhere.",
    "Data is kept in the browser's localStorage for this site, under keys that begin with “dew:”. A locked workspace is encrypted there with AES-GCM, under a key derived from the passphrase with PBKDF2.",
    "A service worker keeps the app's own files (its code and pages, never your data) in the browser's cache, so the app opens without a network.",
    "At the first save the app asks the browser for persistent storage (navigator.storage.persist), so that the data is not cleared when space runs short.",
];
pub const PRIVACY_KEYS_TECH_CAPTION: &str = "Storage keys";
pub const PRIVACY_KEYS_CAPTION: &str = "Items this app has stored on this device";
pub const PRIVACY_COL_KEY: &str = "Key";
pub const PRIVACY_COL_WHAT: &str = "What it holds";
pub const PRIVACY_COL_SIZE: &str = "Size";
pub const PRIVACY_KEY_WORKSPACE: &str =
    "Your workspace: district name, cycles, teams, ratings, counts, plan and portfolio.";
pub const PRIVACY_KEY_SET_ASIDE: &str = "A copy set aside instead of being deleted, or a restore point kept before an import, merge or restore (see Data & backup).";
pub const PRIVACY_KEY_OTHER: &str = "Other app data.";
pub const PERSIST_HEADING: &str = "Will the browser keep it?";
pub const PERSIST_YES: &str = "Yes: this browser has agreed to keep this app's data even when the device runs short of space. Clearing the browser's site data still removes it, so keep downloading backups.";
pub const PERSIST_NO: &str = "Not guaranteed: this browser may clear this app's data when the device runs short of space, and a policy that clears browsing data removes it too. Download a backup after each working session (Data & backup).";
pub const PERSIST_UNKNOWN: &str = "This browser does not say whether it will keep this app's data. Download a backup after each working session (Data & backup).";
pub const PRIVACY_NOTHING: &str = "This app has stored nothing on this device.";
pub const PRIVACY_NOT_STORED: &str = "Row-level student data is never stored: only counts.";
pub const PRIVACY_ERASE_HEADING: &str = "Erase everything on this device";
pub const PRIVACY_ERASE_TEXT: &str = "This removes every item listed above from this browser. It cannot be undone. Download a backup first if you may need the data again.";
pub const PRIVACY_ERASE_BUTTON: &str = "Erase everything…";
pub const PRIVACY_ERASE_CONFIRM_Q: &str = "Erase everything this app stored on this device? This cannot be undone.";
pub const PRIVACY_ERASE_CONFIRM: &str = "Yes, erase everything";
pub const PRIVACY_ERASE_CANCEL: &str = "Cancel";
pub const PRIVACY_ERASED: &str = "Everything this app stored on this device has been erased.";
pub fn privacy_erase_failed(why: &str) -> String {
    format!("Some items could not be erased: {why}")
}

// Not found
pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_TEXT: &str = "There is no page at this address. It may have moved.";
pub const NOT_FOUND_HOME: &str = "Go to the overview";
pub const PAGE_NOT_LOADED_TITLE: &str = "This page could not be opened";
pub const PAGE_NOT_LOADED_TEXT: &str = "Its part of the app did not arrive, perhaps because the network dropped. Your data is safe on this device. Check the connection and try again. If it still does not arrive, the app may have been updated since this tab was opened: reload it.";
pub const PAGE_NOT_LOADED_RETRY: &str = "Try again";
pub const PAGE_NOT_LOADED_RELOAD: &str = "Reload the app";
pub fn page_not_loaded_again(tries: u32) -> String {
    format!("Tried {tries} times; this page's part of the app has still not arrived. Your data is safe on this device. Check the connection, or reload the app.")
}
pub const PAGE_LOADING: &str = "Opening the page…";
pub const CODE_NOT_LOADED_TITLE: &str = "Your workspace could not be opened";
pub const CODE_NOT_LOADED_TEXT: &str = "The part of the app that reads and saves your workspace did not arrive, perhaps because the network dropped. Your data is safe on this device and has not been changed. Check the connection, then reload the app.";
pub const CODE_NOT_LOADED_SAVE: &str = "Your latest changes are not saved yet: the part of the app that saves them did not arrive, perhaps because the network dropped. Keep this tab open and check the connection; your next change saves everything.";
/// An action needed a part of the app (reading and saving workspaces, the sample district)
/// that could not be fetched.
pub const CODE_NOT_LOADED_ACTION: &str = "The part of the app this needs did not arrive, perhaps because the network dropped. Nothing has been changed. Check the connection and try again.";

pub const NO_WORKSPACE_TEXT: &str = "There is no workspace on this device yet.";
pub const NO_WORKSPACE_LINK: &str = "Start one, or explore the sample district";

// Self-assessment
use dew_domain::assessment::content::{Divide, Level};
use dew_domain::assessment::rater_file::RaterFileError;
use dew_domain::assessment::rating::Step;
use dew_domain::assessment::results::Source;

pub const CONSENSUS_AGREE_HEADING: &str = "Consensus";
pub const OVERVIEW_ASSESS_STEP: &str = "Rate where the district stands";
pub const OVERVIEW_CONSENSUS_STEP: &str = "Bring the raters together and agree";
pub const OVERVIEW_RESULTS_STEP: &str = "See the results: strengths and priorities";
pub fn rated_of(rated: usize, total: usize) -> String {
    format!("{rated} of {total} rated")
}
pub fn overview_consensus_progress(raters: usize, agreed: usize, disagreements: usize) -> String {
    format!(
        "{} imported; {} recorded; {} open.",
        count(raters, "other rater", "other raters"),
        count(agreed, "agreed level", "agreed levels"),
        count(disagreements, "disagreement", "disagreements")
    )
}

pub fn level_name(l: Level) -> &'static str {
    match l {
        Level::Foundational => "Foundational",
        Level::Developing => "Developing",
        Level::Established => "Established",
        Level::Advanced => "Advanced",
    }
}
pub fn divide_name(d: Divide) -> &'static str {
    match d {
        Divide::Access => "Access divide",
        Divide::Use => "Use divide",
        Divide::Design => "Design divide",
    }
}
pub fn step_name(s: Step) -> &'static str {
    match s {
        Step::Hop => "Hop (a small step)",
        Step::Skip => "Skip (a bigger step)",
        Step::Leap => "Leap (a big change)",
    }
}

pub const ASSESS_TITLE: &str = "Self-assessment";
pub const ASSESS_INTRO: &str = "For each indicator, choose the level that best describes the district today, where you want to be, and the next step. Use the arrow keys to move between levels. Everything is saved as you go.";
pub const ASSESS_AREAS: &str = "Areas";
pub fn assess_overall(rated: usize, total: usize) -> String {
    format!("{rated} of {total} indicators rated")
}
pub const ASSESS_NEXT_UNRATED: &str = "Go to the next unrated indicator";
pub const ASSESS_ALL_RATED: &str =
    "Every indicator is rated. See the results, or bring in other raters on the Consensus page.";
pub const ASSESS_CURRENT_LEGEND: &str = "Where are we now?";
pub const ASSESS_NOT_YET_KNOWN: &str = "Not yet known";
pub const ASSESS_NOT_YET_KNOWN_HINT: &str = "We need to find out before we can say.";
pub const ASSESS_TARGET_LEGEND: &str = "Where do we want to be?";
pub const ASSESS_EVIDENCE_LABEL: &str = "Evidence note";
pub const ASSESS_EVIDENCE_SUGGESTED: &str = "Suggested evidence";
pub const ASSESS_STEP_LEGEND: &str = "Next step";
pub const ASSESS_STEP_NOTE_LABEL: &str = "Describe the next step";
pub const ASSESS_CLEAR: &str = "Clear this rating";
pub const ASSESS_DIVIDES: &str = "Bears on";
pub fn indicator_number(n: usize, total: usize) -> String {
    format!("Indicator {n} of {total} in this area")
}

pub const RATER_EXPORT_HEADING: &str = "Share your ratings as a rater file";
pub const RATER_EXPORT_TEXT: &str = "If your team rates separately, each member exports a rater file and sends it to the facilitator, who imports them on the Consensus page. The file holds your ratings, your name and role, the district and the cycle.";
pub const RATER_NAME_LABEL: &str = "Your name as the facilitator will see it";
pub const RATER_ROLE_LABEL: &str = "Your role";
pub const RATER_EXPORT_BUTTON: &str = "Download my rater file";
pub const RATER_NAME_REQUIRED: &str = "Enter a name so the facilitator can tell raters apart.";
pub const RATER_NOTHING_RATED: &str = "Rate at least one indicator before exporting a rater file.";

pub const CONSENSUS_TITLE: &str = "Consensus";
pub const CONSENSUS_INTRO: &str = "Raters rate separately, then meet to agree. Import everyone's rater files, look at where you disagree, and record the level the team agrees on with its reason. Each rater's own ratings are kept.";
pub const CONSENSUS_IMPORT_HEADING: &str = "Import rater files";
pub const CONSENSUS_IMPORT_LABEL: &str = "Rater files";
pub const CONSENSUS_IMPORT_HINT: &str =
    "Choose one or more .json rater files. Importing a newer file from the same rater replaces their older ratings.";
pub const CONSENSUS_RATERS_HEADING: &str = "Raters";
pub const CONSENSUS_NO_RATERS: &str =
    "No rater files imported yet. Your own ratings from the Self-assessment page are included as “You”.";
pub const CONSENSUS_RATERS_REGION: &str = "Table of raters";
pub const CONSENSUS_YOU: &str = "You (this device)";
pub const CONSENSUS_COL_RATER: &str = "Rater";
pub const CONSENSUS_COL_ROLE: &str = "Role";
pub const CONSENSUS_COL_RATED: &str = "Rated";
pub const CONSENSUS_COL_EXPORTED: &str = "File exported";
pub const CONSENSUS_COL_ACTIONS: &str = "Actions";
pub const CONSENSUS_REMOVE: &str = "Remove";
pub fn consensus_remove_label(name: &str) -> String {
    format!("Remove rater {name}")
}
pub fn consensus_removed(name: &str) -> String {
    format!("Removed {name}'s ratings.")
}
pub const CONSENSUS_UNDO: &str = "Undo";
pub const CONSENSUS_ONLY_DISAGREEMENTS: &str = "Show only indicators where raters disagree by two levels or more";
pub const CONSENSUS_NO_LEVELS: &str = "No rater has given a level yet.";
pub const CONSENSUS_DISAGREE: &str = "Disagreement: two levels or more apart";
pub fn consensus_spread(lo: Level, hi: Level) -> String {
    if lo == hi {
        format!("All raters: {}", level_name(lo))
    } else {
        format!("From {} to {}", level_name(lo), level_name(hi))
    }
}
pub const CONSENSUS_LEVELS_CAPTION: &str = "Each rater's level";
pub const CONSENSUS_COL_LEVEL: &str = "Level";
pub const CONSENSUS_NOT_YET_KNOWN: &str = "Not yet known";
pub const CONSENSUS_AGREED_LABEL: &str = "Agreed level";
pub const CONSENSUS_CHOOSE_LEVEL: &str = "Choose the agreed level";
pub const CONSENSUS_RATIONALE_LABEL: &str = "Why the team agreed on it";
pub const CONSENSUS_SAVE: &str = "Record agreement";
pub const CONSENSUS_CLEAR: &str = "Remove agreement";
pub fn consensus_recorded(level: Level) -> String {
    format!("Agreed: {}", level_name(level))
}
pub const CONSENSUS_LEVEL_REQUIRED: &str = "Choose the level the team agreed on.";
pub fn consensus_file_added(file: &str, name: &str) -> String {
    format!("“{file}”: added {name}'s ratings.")
}
pub fn consensus_file_replaced(file: &str, name: &str) -> String {
    format!("“{file}”: replaced {name}'s older ratings with this newer file.")
}
pub fn consensus_file_kept(file: &str, name: &str) -> String {
    format!("“{file}”: not imported; a newer or identical file from {name} is already here.")
}
pub fn consensus_file_failed(file: &str, why: &str) -> String {
    format!("“{file}” was not imported: {why} Nothing changed.")
}
pub fn consensus_other_cycle(file: &str, name: &str, theirs: &str, ours: &str) -> String {
    format!("“{file}”: {name} rated cycle {theirs}, but this is cycle {ours}. Import it into {ours} anyway?")
}
pub const CONSENSUS_IMPORT_ANYWAY: &str = "Import anyway";
pub const CONSENSUS_SKIP: &str = "Skip this file";
pub fn rater_file_error(e: &RaterFileError) -> String {
    match e {
        RaterFileError::NotJson { line, column, .. } => format!("the text is damaged at line {line}, column {column}."),
        RaterFileError::NotRaterFile => "it is not a rater file from this app.".into(),
        RaterFileError::Format(v) => format!("it uses rater-file format {v}, which this version cannot read."),
        RaterFileError::Invalid { path, message } => format!("the field {path} is not valid ({message})."),
        RaterFileError::OtherDistrict { found, expected } => format!("it is for “{found}”, not “{expected}”."),
        RaterFileError::OtherContent { found, expected } => {
            format!("it was rated against a different version of the indicators ({found}; this app has {expected}).")
        }
        RaterFileError::OwnFile => "it is this device's own rater file; your ratings are already here.".into(),
    }
}

pub const RESULTS_TITLE: &str = "Results";
pub const RESULTS_INTRO: &str = "Each indicator counts at the level the team agreed on, or, where there is no agreement yet, at the median of the raters' levels (the lower one when raters are split evenly).";
pub const RESULTS_EMPTY: &str = "Nothing is rated yet.";
pub const GO_ASSESS: &str = "Start the self-assessment";
pub const GO_TARGETS: &str = "Set targets in the self-assessment";
pub const GO_DIVIDE_DATA: &str = "Add divide data";
pub const GO_PLAN: &str = "Open the plan";
pub const GO_CYCLES: &str = "Cycles, on the Overview";
pub const RESULTS_BY_AREA: &str = "By area";
pub const RESULTS_BY_DIVIDE: &str = "By divide";
pub const RESULTS_STRENGTHS: &str = "Strengths";
pub const RESULTS_STRENGTHS_NONE: &str = "No indicator stands at Established or Advanced yet.";
pub const RESULTS_PRIORITIES: &str = "Priorities";
pub const RESULTS_PRIORITIES_NONE: &str = "No indicator has a target above its current level yet.";
pub const RESULTS_NO_LEVEL: &str = "No level yet";
pub const RESULTS_COL_AREA: &str = "Area";
pub const RESULTS_COL_DIVIDE: &str = "Divide";
pub const RESULTS_COL_MEDIAN: &str = "Median level";
pub const RESULTS_COL_BELOW: &str = "Below target";
pub const RESULTS_COL_GAP: &str = "Mean gap to target (levels)";
pub const RESULTS_NONE: &str = "—";
pub fn results_chart_label(area: &str) -> String {
    format!("Levels of the indicators in {area}; the table below gives the same numbers.")
}
pub fn results_table_caption(area: &str) -> String {
    format!("{area}: indicators at each level")
}
pub fn results_source(s: Source) -> String {
    match s {
        Source::Consensus => "agreed by the team".into(),
        Source::Median(1) => "one rater".into(),
        Source::Median(n) => format!("median of {n} raters"),
    }
}
pub fn results_gap(level: Level, target: Level, source: Source) -> String {
    format!("{} now ({}), target {}", level_name(level), results_source(source), level_name(target))
}
pub fn results_strength(level: Level, source: Source) -> String {
    format!("{} ({})", level_name(level), results_source(source))
}
pub fn mean_gap(g: Option<f64>) -> String {
    match g {
        Some(g) => format!("{:.1}", g),
        None => RESULTS_NONE.into(),
    }
}

// Divide analysis
use dew_domain::csv_text::CsvError;
use dew_domain::divides::analysis::{CompareWith, Flag};

pub const OVERVIEW_DIVIDES_STEP: &str = "Measure the access, use and design divides";
pub fn overview_divides_progress(schools: usize, cells: usize, priorities: usize) -> String {
    format!(
        "{}, {}; {}.",
        count(schools, "school", "schools"),
        count(cells, "data cell", "data cells"),
        count(priorities, "priority finding", "priority findings")
    )
}

pub const DIVIDES_TITLE: &str = "Divides: who needs what";
/// The Divides page's lead: how a priority is told from chance. `family`: the comparisons
/// weighed together by the adjustment (`None` when the setting is off).
pub fn divides_intro(family: Option<usize>) -> String {
    let rule = match family {
        Some(m) => format!("A priority is a gap at least as large as the threshold that still stands out after allowing for the {m} comparisons on this page (the Benjamini–Hochberg method, which keeps the share of priorities that are chance to about 1 in 20); a watch is as large, but may be chance."),
        None => "A priority is a gap at least as large as the threshold whose interval excludes zero; a watch is as large, but the interval includes zero, so it may be chance. The adjustment for the number of comparisons is off (Divide data settings), so some priorities will be chance.".to_string(),
    };
    format!("Each finding compares a group or school with its comparison, with a 95% interval for the gap. {rule} Small groups are suppressed and never shown.")
}
pub const DIVIDES_EMPTY: &str = "There is no divide data yet: add counts by hand or from a CSV file.";
pub const DIVIDES_SUMMARY: &str = "Summary per divide";
pub const DIVIDES_COL_DIVIDE: &str = "Divide";
pub const DIVIDES_COL_INDICATORS: &str = "Indicators with data";
pub const DIVIDES_COL_PRIORITY: &str = "Priorities";
pub const DIVIDES_COL_WATCH: &str = "Watch";
pub const DIVIDES_COL_DISTRICT: &str = "District rates";
pub const STATEMENTS_HEADING: &str = "Who needs what";
pub const OVERVIEW_ALL_FINDINGS: &str = "Every statement and finding, on the Divides page";
pub const STATEMENTS_INTRO: &str = "The priorities below, rolled up: the same group behind at several schools, a school behind on several indicators of a divide, a group behind across the divides. Most students affected first.";
pub const STATEMENTS_NONE: &str = "No priority repeats across schools, indicators or divides: see the findings below.";
pub fn statements_more(shown: usize, total: usize) -> String {
    format!("The {shown} statements with the most students affected, of {total}.")
}
fn schools_word(n: usize) -> &'static str {
    if n == 1 {
        "school"
    } else {
        "schools"
    }
}
fn students_word(n: u64) -> &'static str {
    if n == 1 {
        "student"
    } else {
        "students"
    }
}
/// A gap (rate minus comparison rate) and its interval as a size, "below" or "above", and the
/// interval turned the same way.
fn gap_words(gap: f64, low: f64, high: f64) -> (f64, &'static str, f64, f64) {
    if gap < 0.0 {
        (-gap, "below", -high, -low)
    } else {
        (gap, "above", low, high)
    }
}
/// A group behind on one indicator: at `k` of `n` schools, and (`district`: the gap, its
/// interval, the comparison's name) across the district.
pub fn statement_group_indicator(
    group: &str,
    indicator: &str,
    k: usize,
    n: usize,
    district: Option<(f64, f64, f64, &str)>,
    students: u64,
) -> String {
    let at = if k > 0 { format!(" at {k} of {n} {}", schools_word(n)) } else { String::new() };
    match district {
        Some((gap, low, high, cmp)) => {
            let (size, dir, lo, hi) = gap_words(gap, low, high);
            format!(
                "{group}: behind on “{indicator}”{at}; across the district {} points {dir} {cmp} ({} to {}), about {students} {}.",
                points(size), points(lo), points(hi), students_word(students)
            )
        }
        None => format!("{group}: behind on “{indicator}”{at}, about {students} {}.", students_word(students)),
    }
}
pub fn statement_school_divide(school: &str, divide: Divide, k: usize, n: usize) -> String {
    let divide = match divide {
        Divide::Access => "access",
        Divide::Use => "use",
        Divide::Design => "design",
    };
    format!("{school} is behind the other schools on {k} of {n} {divide}-divide indicators.")
}
pub fn statement_group_divides(group: &str, k: usize, per_divide: &[(Divide, usize)]) -> String {
    let parts: Vec<String> =
        per_divide.iter().map(|(d, n)| format!("{} ({n})", divide_name(*d).to_lowercase())).collect();
    format!(
        "{group}: behind across the district on {k} indicators of {} divides: {}.",
        per_divide.len(),
        parts.join(", ")
    )
}
pub fn statement_show(n: usize) -> String {
    if n == 1 {
        "Show its finding".into()
    } else {
        format!("Show its {n} findings")
    }
}
pub const STATEMENT_SHOWN: &str = "Showing the findings of:";
pub const STATEMENT_SHOW_ALL: &str = "Show every finding";
pub fn goal_from_statement(who: &str, what: &str) -> String {
    format!("Close the gap for {who}: {what}")
}
pub const FINDINGS_HEADING: &str = "Findings";
pub const FINDINGS_NONE: &str = "No findings match these filters.";
pub const FINDINGS_CLEAR: &str = "Clear the filters";
pub const FILTER_DIVIDE: &str = "Divide";
pub const FILTER_SCHOOL: &str = "School";
pub const FILTER_DIMENSION: &str = "Student groups";
pub const FILTER_FLAG: &str = "Flag";
pub const FILTER_RANK: &str = "Order";
pub const RANK_STUDENTS: &str = "Most students affected first";
pub const RANK_GAP: &str = "Largest gap first";
pub const RANK_RATE: &str = "Lowest rate first";
pub const FILTER_ALL: &str = "All";
pub const FILTER_DISTRICT: &str = "District as a whole";
pub const FILTER_WHOLE_SCHOOLS: &str = "Whole schools";
pub fn findings_more(next: usize, left: usize) -> String {
    format!("Show the next {next} ({left} more)")
}
pub fn findings_count(shown: usize, total: usize) -> String {
    format!("Showing {shown} of {total} findings")
}
pub const FINDINGS_EXPORT: &str = "Download all results as CSV";
pub const FINDINGS_EXPORT_HINT: &str =
    "Every cell with its rate, interval, comparison, gap and flag. Suppressed cells have blank counts.";
pub fn flag_name(f: Flag) -> &'static str {
    match f {
        Flag::Priority => "Priority",
        Flag::Watch => "Watch",
    }
}
pub fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}
pub fn points(x: f64) -> String {
    format!("{:.0}", x * 100.0)
}
pub fn compare_name(
    with: &CompareWith,
    group_name: &dyn Fn(&str) -> String,
    school_name: &dyn Fn(&str) -> String,
) -> String {
    match with {
        CompareWith::OtherStudents => "other students".into(),
        CompareWith::OtherSchools => "the rest of the district".into(),
        CompareWith::Overall => "everyone".into(),
        CompareWith::Group(g) => group_name(g),
        CompareWith::School(s) => school_name(s),
    }
}
/// "English learners at Lincoln Middle: 61% for “Home internet…”, 23 points below other
/// students (95% CI 15 to 31)."
pub fn finding_sentence(
    who: &str,
    indicator: &str,
    rate: f64,
    gap: f64,
    low: f64,
    high: f64,
    comparison: &str,
) -> String {
    let (size, dir, lo, hi) = gap_words(gap, low, high);
    format!(
        "{who}: {} for “{indicator}”, {} points {dir} {comparison} (95% CI {} to {}).",
        percent(rate),
        points(size),
        points(lo),
        points(hi)
    )
}
/// How many students are on the short side of a finding's gap, with the interval.
pub fn students_affected(about: u64, low: u64, high: u64) -> String {
    let students = if about == 1 { "student" } else { "students" };
    format!("About {about} {students} ({low} to {high}) are on the short side of this gap.")
}
pub fn who_group_at(group: &str, place: &str) -> String {
    format!("{group} at {place}")
}
pub fn who_group_in_district(group: &str) -> String {
    format!("{group} across the district")
}
pub const DISTRICT_WIDE: &str = "the district";
pub fn fewer_than(n: u64) -> String {
    format!("fewer than {n}")
}
pub const SUPPRESSED_COMPLEMENT: &str = "hidden to protect a small group";
pub const CHECKING_PRIVACY: &str = "Checking privacy…";
/// A top/bottom-coded rate, as every page shows it.
pub fn coded_band(b: dew_domain::divides::protect::Band) -> &'static str {
    match b {
        dew_domain::divides::protect::Band::AtMost5 => "5% or less",
        dew_domain::divides::protect::Band::AtLeast95 => "95% or more",
    }
}
/// The line every protected page carries (issue 24).
pub fn protection_line(hidden: usize) -> String {
    format!("{hidden} cells hidden to protect small groups; every hidden cell was checked against subtraction.")
}
pub const INVALID_CELL: &str = "numerator above denominator";
pub const NO_DATA: &str = "no data";

pub const HEATMAP_TITLE: &str = "Heat maps";
pub const HEATMAP_INTRO: &str = "Rates by school and by group for every indicator. Darker means a higher rate; each cell also shows its value, and flags are written out, so colour is never the only signal. Each map has a table with the same numbers.";
pub const HEATMAP_SCHOOLS: &str = "Schools × indicators";
pub const HEATMAP_GROUPS: &str = "Groups × indicators";
pub const HEATMAP_SCOPE: &str = "Show groups for";
pub const HEATMAP_TABLE: &str = "The same numbers as a table";
pub fn heatmap_label(what: &str) -> String {
    format!("Heat map of rates: {what}. The table that follows has the same numbers.")
}
pub const HEATMAP_COL_SCHOOL: &str = "School";
pub const HEATMAP_COL_GROUP: &str = "Group";
pub const HEATMAP_LEGEND: &str = "P = priority, W = watch, – = suppressed or no data";
/// A heat map cell's mark after its rate (the legend explains it).
pub const HEATMAP_PRIORITY_MARK: &str = " P";
pub const HEATMAP_WATCH_MARK: &str = " W";

pub const DDATA_TITLE: &str = "Divide data";
pub const DDATA_INTRO: &str = "Enter counts per indicator, school and group, or import them from a CSV file. Only counts are stored: never lists of students.";
pub const DDATA_SETTINGS: &str = "Analysis settings";
pub const DDATA_THRESHOLD: &str = "Gap threshold (percentage points)";
pub const DDATA_PROTECTION: &str = "Protection level (percent)";
pub const DDATA_PROTECTION_HINT: &str = "How uncertain a hidden small group's count must stay for someone who combines every figure the app publishes: this percent of the count, at least one student, either way. 10 is the default of tau-Argus' R interface.";
pub const DDATA_PROTECTION_ERROR: &str = "Enter a whole number from 0 to 50.";
pub const DDATA_MIN_N: &str = "Smallest group shown (5 to 30 respondents)";
pub const DDATA_COMPARISON: &str = "Compare each group with";
pub const DDATA_CMP_COMPLEMENT: &str = "Everyone else in the same school or district (recommended)";
pub const DDATA_CMP_OVERALL: &str = "Everyone in the same school or district";
pub const DDATA_CMP_HIGHEST: &str = "The highest group of the same kind";
pub fn ddata_cmp_chosen(dim: &str, group: &str) -> String {
    format!("{dim}: {group}")
}
pub const DDATA_ADJUST: &str = "Allow for the number of comparisons (recommended): a gap is a priority only if it still stands out when every comparison on the Divides page is weighed together";
pub const DDATA_ADJUST_HINT: &str = "Turn this off only to match a report made without it: with hundreds of comparisons, some gaps pass the 95% test by chance alone.";
pub const DDATA_CODING: &str = "Top/bottom coding: show rates of 5% or less as “5% or less” and 95% or more as “95% or more”, on pages and in exports";
pub const DDATA_SETTINGS_SAVE: &str = "Save settings";
pub const DDATA_SETTINGS_SAVED: &str = "Settings saved.";
pub const DDATA_THRESHOLD_ERROR: &str = "Enter a number of points between 1 and 100.";
pub const DDATA_MIN_N_ERROR: &str = "Enter a whole number from 5 to 30.";
pub const DDATA_IMPORT: &str = "Import counts from a CSV file";
pub const DDATA_TEMPLATE: &str = "Download the CSV template";
pub const DDATA_IMPORT_LABEL: &str = "CSV file of counts";
pub const DDATA_IMPORT_HINT: &str = "Columns: indicator, school, dimension, group, numerator, denominator. Leave dimension and group blank for a whole school. You will see a preview first.";
pub fn ddata_preview(file: &str, cells: usize, new_schools: usize, overwrites: usize) -> String {
    let holds = if overwrites == 1 { "already holds" } else { "already hold" };
    format!(
        "“{file}”: {} ready, {}, {} {holds} counts.",
        count(cells, "cell", "cells"),
        count(new_schools, "new school", "new schools"),
        count(overwrites, "cell", "cells")
    )
}
pub fn ddata_reading(file: &str) -> String {
    format!("Reading “{file}”…")
}
pub fn more_problems(more: usize) -> String {
    format!(
        "…and {more} more {}, not listed: only the first {} are. Fix these, then choose the file again to see the rest.",
        if more == 1 { "problem" } else { "problems" },
        dew_domain::csv_text::MAX_PROBLEMS
    )
}
pub fn usage_errors(file: &str, n: usize) -> String {
    format!(
        "“{file}” cannot be used with these columns: {}. Change the columns chosen above, or fix the file and choose it again. Nothing has changed.",
        count(n, "problem", "problems")
    )
}
pub fn ddata_errors(file: &str, n: usize) -> String {
    format!(
        "“{file}” cannot be imported: {}. Fix them in the file and choose it again. Nothing has changed.",
        count(n, "problem", "problems")
    )
}
/// A problem with an imported CSV file (divide data, inventory, usage), as a sentence.
pub fn csv_error(e: &CsvError) -> String {
    match e {
        CsvError::Cell { line, column, message } => format!("Line {line}, column “{column}”: {message}."),
        CsvError::Parse { line, message } => format!("Line {line}: {message}."),
        other => format!("{}.", capitalize(&other.to_string())),
    }
}
pub const DDATA_MODE: &str = "How should these counts be applied?";
pub const DDATA_MODE_ADD: &str = "Add to the data already here (a cell in the file replaces the same cell)";
pub const DDATA_MODE_REPLACE: &str = "Replace all divide data for this cycle";
pub const DDATA_APPLY: &str = "Apply the import";
pub const DDATA_CANCEL: &str = "Cancel";
pub fn ddata_applied(cells: usize) -> String {
    format!("Imported {}.", count(cells, "cell", "cells"))
}
pub const DDATA_UNDO: &str = "Undo this import";
pub const DDATA_UNDONE: &str = "Import undone: the divide data is as it was before.";
pub const DDATA_GRID: &str = "Enter or correct counts";
pub const DDATA_GRID_INDICATOR: &str = "Indicator";
pub const DDATA_GRID_REGION: &str = "Table of counts by school";
pub const DDATA_GRID_DIMENSION: &str = "Groups";
pub const DDATA_GRID_WHOLE: &str = "Whole school";
pub const DDATA_GRID_NONE: &str = "Whole schools only";
pub const DDATA_GRID_HINT: &str = "Type the number meeting the indicator and the number asked. Up and down arrows move between schools. Blank both to remove a cell.";
pub const DDATA_NUM: &str = "meeting the indicator";
pub const DDATA_DEN: &str = "answered";
/// A grid input's name: "Lincoln Elementary, English learners: meeting the indicator".
pub fn ddata_cell_label(school_and_group: &str, part: &str) -> String {
    format!("{school_and_group}: {part}")
}
pub fn ddata_school_added(name: &str) -> String {
    format!("Added “{name}”: its row is the last in the grid.")
}
pub const DDATA_NOT_NUMBER: &str = "Enter whole numbers.";
pub const DDATA_NEED_BOTH: &str = "Enter both numbers.";
pub const DDATA_NO_SCHOOLS: &str =
    "No schools yet. Add one below, or import a CSV file, which adds the schools it names.";
pub const DDATA_SCHOOLS: &str = "Schools";
pub const DDATA_SCHOOL_NAME: &str = "School name";
pub const DDATA_ADD_SCHOOL: &str = "Add school";
pub const DDATA_SCHOOL_REQUIRED: &str = "Enter the school's name.";
pub const DDATA_INDICATORS: &str = "Indicators";
pub const DDATA_CUSTOM_HEADING: &str = "Add your own indicator";
pub const DDATA_CUSTOM_NAME: &str = "Name";
pub const DDATA_CUSTOM_DIVIDE: &str = "Divide";
pub const DDATA_CUSTOM_NUM: &str = "Who counts in the numerator";
pub const DDATA_CUSTOM_DEN: &str = "Who counts in the denominator";
pub const DDATA_CUSTOM_DIRECTION: &str = "Higher is better";
pub const DDATA_CUSTOM_SOURCE: &str = "Source";
pub const DDATA_CUSTOM_ADD: &str = "Add indicator";
pub const DDATA_CUSTOM_SAVE: &str = "Save indicator";
pub const DDATA_CUSTOM_DELETE: &str = "Delete";
pub const DDATA_CUSTOM_EDIT: &str = "Edit";
pub fn ddata_custom_delete_q(name: &str, cells: usize) -> String {
    format!("Delete “{name}” and its {} of counts?", count(cells, "cell", "cells"))
}
pub const DDATA_CONFIRM_DELETE: &str = "Yes, delete";
pub const DDATA_KEEP: &str = "Keep it";
pub fn ddata_blank(field: dew_domain::divides::model::Field) -> &'static str {
    use dew_domain::divides::model::Field;
    match field {
        Field::Name => "Enter a name.",
        Field::Numerator => "Say who counts in the numerator.",
        Field::Denominator => "Say who counts in the denominator.",
        Field::Groups => "Enter at least two different groups, separated by commas.",
    }
}
pub const DDATA_BUILTIN: &str = "built in";
pub const DDATA_CUSTOM: &str = "yours";
pub const DDATA_COL_NAME: &str = "Indicator";
pub const DDATA_COL_DIVIDE: &str = "Divide";
pub const DDATA_COL_MEASURES: &str = "Counts";
pub const DDATA_COL_SOURCE: &str = "Source";
pub const DDATA_COL_KIND: &str = "Kind";
pub const DDATA_DIM_HEADING: &str = "Add your own student groups";
pub const DDATA_DIM_NAME: &str = "Name of the grouping (for example “Housing status”)";
pub const DDATA_DIM_GROUPS: &str = "Groups, separated by commas";
pub const DDATA_DIM_ADD: &str = "Add grouping";
pub fn ddata_dims_custom(names: &str) -> String {
    format!("Your groupings: {names}.")
}

// Cycles, reflection, plan and progress
use dew_domain::plan::{Outcome, PlanError, PlanStatus, Prompt};

pub const HEADER_CYCLE_SELECT: &str = "Cycle";
pub const CYCLE_SWITCH: &str = "Switch";
pub fn cycle_switched(label: &str) -> String {
    format!("Now showing the {label} cycle. Edits go to it.")
}
pub fn cycle_already(label: &str) -> String {
    format!("Already showing the {label} cycle.")
}
pub fn earlier_cycle_banner(viewing: &str, latest: &str) -> String {
    format!(
        "You are looking at {viewing}, an earlier cycle. Changes you make are saved into {viewing}, not into {latest}."
    )
}
pub fn switch_to_latest(latest: &str) -> String {
    format!("Switch to {latest}")
}
pub const CYCLES_HEADING: &str = "Cycles";
pub const CYCLES_INTRO: &str =
    "A cycle is one school year. Earlier cycles stay readable, and the progress page compares them.";
pub const CYCLES_NEXT_LABEL: &str = "Name of the next cycle";
pub const CYCLES_START: &str = "Start next cycle…";
pub fn cycles_confirm(label: &str, from: &str) -> String {
    format!("Start {label} from {from}? The team, the plan with its statuses, the technology inventory with its reviews, and the list of schools and groupings are copied. Ratings, reflections and counts start empty, and portfolio decisions are made afresh. {from} stays as it is.")
}
pub const CYCLES_CONFIRM_YES: &str = "Yes, start it";
pub const CANCEL: &str = "Cancel";
pub fn cycles_started(label: &str) -> String {
    format!("{label} started and is now the current cycle.")
}
pub fn cycles_switched(label: &str) -> String {
    format!("Now working in {label}.")
}
pub const CYCLES_CURRENT: &str = "(current)";
pub const CYCLES_OPEN: &str = "Open";

pub const REFLECT_TITLE: &str = "Reflect on the evidence";
pub const REFLECT_INTRO: &str =
    "Answer the prompts for each area next to its ratings and divide findings. Answers are saved as you type.";
pub const REFLECT_AREA: &str = "Area";
pub const REFLECT_EVIDENCE: &str = "Evidence for this area";
pub const REFLECT_RATINGS: &str = "Ratings";
pub const REFLECT_FINDINGS: &str = "Divide findings for this area's divides";
pub const REFLECT_NO_FINDINGS: &str = "No flagged findings for these divides.";
pub const REFLECT_NO_LEVEL: &str = "no level yet";
pub fn reflect_answered(n: usize, of: usize) -> String {
    format!("{n} of {of} prompts answered")
}
pub fn prompt_text(p: Prompt) -> &'static str {
    match p {
        Prompt::Now => "Where are we now?",
        Prompt::Vision => "Where do we want to go?",
        Prompt::Steps => "What would a hop, a skip and a leap look like?",
        Prompt::NotBenefiting => "Who is not benefiting from our current technology?",
        Prompt::Retire => "What no longer serves a purpose and should be retired?",
    }
}

pub const PLAN_TITLE: &str = "Action plan";
pub const PLAN_INTRO: &str = "Goals answer to evidence: findings and self-assessment indicators. Each goal has actions with an owner and dates, and a success measure checked against the data automatically.";
pub const PLAN_EMPTY: &str = "No goals yet. Add one below, or use “Create a goal” next to a finding on the Divides page or a priority on the Results page.";
pub const PLAN_ADD_GOAL: &str = "New goal";
pub const PLAN_ADD_GOAL_BUTTON: &str = "Add goal";
pub const PLAN_ATTENTION: &str = "Needs attention";
pub const PLAN_ALL_WELL: &str = "Nothing is overdue and every goal has a success measure.";
pub fn plan_overdue(action: &str, goal: &str, due: &str) -> String {
    format!("Overdue: “{action}” (goal “{goal}”) was due {due}.")
}
pub fn plan_no_measure(goal: &str) -> String {
    format!("No success measure: “{goal}”.")
}
pub const PLAN_FILTER_STATUS: &str = "Status";
pub const PLAN_FILTER_OWNER: &str = "Owner";
pub const PLAN_SORT: &str = "Sort by";
pub const PLAN_SORT_ENTERED: &str = "Order added";
pub const PLAN_SORT_DUE: &str = "Next due date";
pub const PLAN_SORT_STATUS: &str = "Status (stalled first)";
pub const PLAN_SORT_OWNER: &str = "Owner";
pub fn plan_showing(shown: usize, total: usize) -> String {
    format!("Showing {shown} of {total} goals")
}
pub const PLAN_GOAL_TITLE: &str = "Goal";
pub const PLAN_OWNER: &str = "Owner";
pub const PLAN_NO_OWNER: &str = "Not assigned";
pub const PLAN_STATUS: &str = "Status";
pub const PLAN_NOTES: &str = "Notes";
pub const PLAN_LINKS: &str = "Evidence";
pub const PLAN_NO_LINKS: &str = "Not linked to any finding or indicator.";
pub const PLAN_REMOVE_LINK: &str = "Remove link";
pub const PLAN_MEASURE: &str = "Success measure";
pub const PLAN_MEASURE_KIND: &str = "Kind of measure";
pub const PLAN_MEASURE_NONE: &str = "None yet";
pub const PLAN_MEASURE_RATE: &str = "A divide indicator reaches a rate";
pub const PLAN_MEASURE_LEVEL: &str = "A self-assessment indicator reaches a level";
pub const PLAN_MEASURE_INDICATOR: &str = "Indicator";
pub const PLAN_MEASURE_SCHOOL: &str = "Where";
pub const PLAN_MEASURE_GROUP: &str = "Students";
pub const PLAN_MEASURE_ALL_STUDENTS: &str = "All students";
pub const PLAN_MEASURE_TARGET: &str = "Target (%)";
pub const PLAN_MEASURE_LEVEL_TARGET: &str = "Target level";
pub const PLAN_MEASURE_BY: &str = "By";
pub fn measure_status(outcome: Outcome, value: Option<String>) -> String {
    let v = value.map(|v| format!(" ({v})")).unwrap_or_default();
    match outcome {
        Outcome::Met => format!("This cycle: met{v}."),
        Outcome::NotMet => format!("This cycle: not met yet{v}."),
        Outcome::NoData => "This cycle: no data yet.".into(),
        Outcome::Suppressed => "This cycle: too few students to show.".into(),
    }
}
pub const PLAN_ACTIONS: &str = "Actions";
pub const PLAN_NO_ACTIONS: &str = "No actions yet.";
pub const PLAN_ACTION_TITLE: &str = "Action";
pub const PLAN_ADD_ACTION: &str = "New action";
pub const PLAN_ADD_ACTION_BUTTON: &str = "Add action";
pub const PLAN_START: &str = "Start";
pub const PLAN_DUE: &str = "Due";
pub const PLAN_RESOURCES: &str = "Resources";
pub const PLAN_BUDGET: &str = "Budget ($)";
pub const PLAN_REMOVE_GOAL: &str = "Remove goal";
pub const PLAN_REMOVE_ACTION: &str = "Remove action";
pub const UNDO: &str = "Undo";
pub fn plan_removed(what: &str) -> String {
    format!("Removed “{what}”.")
}
pub fn plan_restored(what: &str) -> String {
    format!("Put back “{what}”.")
}
pub fn plan_goal_created(title: &str) -> String {
    format!("Goal created: “{title}”.")
}
pub const PLAN_OPEN_GOAL: &str = "Open its goal";
pub const PLAN_CREATE_FROM_FINDING: &str = "Create a goal";
pub const PLAN_OPEN: &str = "Open the plan";
pub fn goal_from_finding(who: &str, indicator: &str) -> String {
    format!("Close the gap for {who}: {indicator}")
}
pub fn goal_from_priority(statement: &str) -> String {
    format!("Reach our target: {statement}")
}
/// A goal's line when it is collapsed: status, owner, actions and the last due date.
pub fn goal_summary(status: PlanStatus, owner: Option<Role>, actions: usize, due: Option<Date>) -> String {
    let owner = owner.map(|o| format!(" · Owner: {}", role_label(o))).unwrap_or_default();
    let actions = match actions {
        0 => " · No actions yet".to_string(),
        n => format!(" · {}", count(n, "action", "actions")),
    };
    let due = due.map(|d| format!(" · Last due {}", date(d))).unwrap_or_default();
    format!("{}{owner}{actions}{due}", status_name(status))
}
/// A finding kept as a goal's evidence, in words.
pub fn finding_link(indicator: &str, group: Option<&str>, school: Option<&str>) -> String {
    match (group, school) {
        (Some(g), Some(s)) => format!("{indicator}: {g} at {s}"),
        (Some(g), None) => format!("{indicator}: {g} across the district"),
        (None, Some(s)) => format!("{indicator}: {s} as a whole"),
        (None, None) => format!("{indicator}: the district as a whole"),
    }
}
pub const PLAN_NO_MEASURE_YET: &str = "No success measure yet: open the goal to add one.";
pub fn status_name(s: PlanStatus) -> &'static str {
    match s {
        PlanStatus::NotStarted => "Not started",
        PlanStatus::InProgress => "In progress",
        PlanStatus::Done => "Done",
        PlanStatus::Stalled => "Stalled",
    }
}
pub fn plan_error(e: &PlanError) -> String {
    match e {
        PlanError::Empty(what) => format!("Enter a title for the {what}."),
        PlanError::NotADate(_) => "Enter a date as YYYY-MM-DD, for example 2027-06-30.".into(),
        PlanError::DueBeforeStart => "The due date is before the start date.".into(),
        PlanError::TargetOutOfRange => "Enter a target between 0 and 100.".into(),
        PlanError::NotAnAmount(_) => "Enter a whole number of dollars, for example 12500.".into(),
        other => other.to_string(),
    }
}

pub const PROGRESS_TITLE: &str = "Progress across cycles";
pub const PROGRESS_INTRO: &str = "Each success measure checked against this cycle's data and the cycle before; each area's level per cycle; and each divide indicator's district rate with the groups flagged now.";
pub const PROGRESS_ONE_CYCLE: &str = "There is only one cycle so far, so there is nothing to compare with yet. Start the next cycle when the school year turns.";
pub const PROGRESS_MEASURES: &str = "Success measures";
pub const PROGRESS_NO_MEASURES: &str =
    "No goal in this cycle has a success measure yet: open a goal on the Plan page to add one.";
pub const PROGRESS_COL_GOAL: &str = "Goal";
pub const PROGRESS_COL_MEASURE: &str = "Measure";
pub const PROGRESS_COL_TARGET: &str = "Target";
pub const PROGRESS_COL_BEFORE: &str = "Previous cycle";
pub const PROGRESS_COL_NOW: &str = "This cycle";
pub const PROGRESS_COL_RESULT: &str = "Result";
pub const PROGRESS_AREAS: &str = "Self-assessment level per area (median)";
pub const PROGRESS_TRENDS: &str = "Divide indicators: district and flagged groups";
pub const PROGRESS_NO_TRENDS: &str = "No divide data in any cycle yet.";
pub const PROGRESS_DISTRICT: &str = "District";
pub fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Met => "Met",
        Outcome::NotMet => "Not met",
        Outcome::NoData => "No data",
        Outcome::Suppressed => "Too few to show",
    }
}
pub const SUPPRESSED_SHORT: &str = "suppressed";
pub const NO_DATA_SHORT: &str = "no data";
pub fn measures_chart_label(n: usize) -> String {
    format!("Bar chart of {n} success measures: this cycle's value against its target. The table below has the same numbers.")
}
pub fn areas_chart_label() -> String {
    "Dot chart of each area's median level per cycle. The table below has the same levels.".into()
}
pub fn trend_chart_label(indicator: &str) -> String {
    format!("Line chart of “{indicator}” per cycle for the district and flagged groups. The table next to it has the same numbers.")
}
pub const OVERVIEW_REFLECT_STEP: &str = "Reflect on the evidence, area by area";
pub const OVERVIEW_PLAN_STEP: &str = "Plan goals and actions with success measures";
pub const OVERVIEW_PROGRESS_STEP: &str = "See progress across cycles";
pub fn table_of(what: &str) -> String {
    format!("Table: {what}")
}
pub const PLAN_ADD_LINK: &str = "Link evidence";
pub const PLAN_ADD_LINK_CHOOSE: &str = "Choose an indicator or a finding…";
pub const PLAN_LINK_INDICATORS: &str = "Self-assessment indicators";
pub const PLAN_LINK_FINDINGS: &str = "Divide findings";

// Technology portfolio
use dew_domain::portfolio::{Accessibility, Answer, DecisionKind, Evidence, Phase, PortfolioError, Privacy};

pub const PORTFOLIO_SUBNAV: &str = "Portfolio sections";
pub const PORTFOLIO_TITLE: &str = "Technology portfolio";
pub const PORTFOLIO_INTRO: &str = "Every product the district pays for or relies on, reviewed through an equity lens: what to adopt, keep, reform, replace or retire.";
pub const PORTFOLIO_INVENTORY: &str = "Inventory";
pub const PORTFOLIO_REVIEW: &str = "Review a product";
pub const PORTFOLIO_OVERVIEW: &str = "Overview";
pub const PORTFOLIO_EMPTY: &str = "No products yet. Add one below, or import your inventory spreadsheet as CSV.";
pub const PORTFOLIO_ADD: &str = "New product name";
pub const PORTFOLIO_ADD_BUTTON: &str = "Add product";
pub const PORTFOLIO_COL_NAME: &str = "Product";
pub const PORTFOLIO_COL_CATEGORY: &str = "Category";
pub const PORTFOLIO_COL_NEED: &str = "Need it serves";
pub const PORTFOLIO_COL_COST: &str = "Annual cost";
pub const PORTFOLIO_COL_PER_USER: &str = "Cost per active user";
pub const PORTFOLIO_COL_PER_LICENCE: &str = "Cost per licence";
pub const PORTFOLIO_COL_REVIEW: &str = "Review";
pub const PORTFOLIO_COL_DECISION: &str = "Decision this cycle";
pub const PORTFOLIO_COL_ACTIONS: &str = "Actions";
pub const PORTFOLIO_DUPLICATE: &str = "Duplicate";
pub const PORTFOLIO_REMOVE: &str = "Remove";
pub const PORTFOLIO_OPEN: &str = "Review";
pub fn portfolio_removed(name: &str) -> String {
    format!("Removed “{name}” and its decision.")
}
pub fn portfolio_restored(name: &str) -> String {
    format!("Put back “{name}”.")
}
pub fn portfolio_duplicated(name: &str) -> String {
    format!("Added a copy of “{name}”.")
}
pub fn review_progress(done: usize, of: usize) -> String {
    format!("{done} of {of} answered")
}
pub const PORTFOLIO_NO_DECISION: &str = "None yet";
pub fn dollars(x: u64) -> String {
    format!("${}", grouped(x))
}
/// A whole number with its thousands set off: "18,000".
pub fn grouped(n: u64) -> String {
    super::us_grouped(n)
}
pub fn dollars_f(x: f64) -> String {
    format!("${x:.2}")
}
pub const PORTFOLIO_EXPORT: &str = "Download the inventory as CSV";
pub const PORTFOLIO_IMPORT: &str = "Import an inventory CSV";
pub const PORTFOLIO_IMPORT_HINT: &str = "One row per product; a product with the same name is updated, others are added. Columns: name, category, need, grades, subjects, licences, active_users, annual_cost, contract_end, privacy_agreement, accessibility, evidence_tier, single_sign_on, rostering, lti, training, goals.";
pub fn inventory_preview(file: &str, products: usize, updates: usize) -> String {
    let update = if updates == 1 { "updates a product" } else { "update products" };
    format!(
        "“{file}” is ready: {}, of which {updates} {update} already listed.",
        count(products, "product", "products")
    )
}
pub fn inventory_errors(file: &str, n: usize) -> String {
    format!("“{file}” cannot be imported: {}. Nothing has changed.", count(n, "problem", "problems"))
}
pub fn inventory_applied(n: usize) -> String {
    format!("Imported {}.", count(n, "product", "products"))
}
pub const APPLY: &str = "Apply";
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
pub fn portfolio_error(e: &PortfolioError) -> String {
    match e {
        PortfolioError::EmptyName => "Enter the product's name.".into(),
        other => other.to_string(),
    }
}

pub const PRODUCT_CHOOSE: &str = "Product";
pub const PRODUCT_NONE: &str = "Choose a product from the inventory to review it.";
pub const PRODUCT_FIELDS: &str = "Inventory details";
pub const F_NAME: &str = "Name";
pub const F_CATEGORY: &str = "Category";
pub const F_NEED: &str = "Pressing need it serves";
pub const F_GRADES: &str = "Grades";
pub const F_SUBJECTS: &str = "Subjects";
pub const F_LICENCES: &str = "Licences";
pub const F_ACTIVE: &str = "Active users";
pub const F_COST: &str = "Annual cost ($)";
pub const F_CONTRACT_END: &str = "Contract ends";
pub const F_PRIVACY: &str = "Student data privacy agreement";
pub const F_ACCESSIBILITY: &str = "WCAG 2.1 AA conformance documented (VPAT / ACR)";
pub const F_EVIDENCE: &str = "ESSA evidence tier";
pub const F_SSO: &str = "Single sign-on";
pub const F_ROSTERING: &str = "Rostering standard (e.g. OneRoster)";
pub const F_LTI: &str = "LTI";
pub const F_TRAINING: &str = "Training offered";
pub const F_GOALS: &str = "Goals and success criteria";
pub const NOT_A_NUMBER: &str = "Enter a whole number, for example 1200.";
pub const NOT_A_DATE: &str = "Enter a date as YYYY-MM-DD, for example 2027-06-30.";
pub fn privacy_name(p: Privacy) -> &'static str {
    match p {
        Privacy::Signed => "Signed",
        Privacy::Missing => "None (holds student data)",
        Privacy::NotNeeded => "Not needed (no student data)",
    }
}
pub fn accessibility_name(a: Accessibility) -> &'static str {
    match a {
        Accessibility::Documented => "Yes",
        Accessibility::Partial => "Partial",
        Accessibility::No => "No",
        Accessibility::Unknown => "Unknown",
    }
}
pub fn evidence_name(e: Evidence) -> &'static str {
    match e {
        Evidence::Tier1 => "Tier 1 (strong)",
        Evidence::Tier2 => "Tier 2 (moderate)",
        Evidence::Tier3 => "Tier 3 (promising)",
        Evidence::Tier4 => "Tier 4 (rationale)",
        Evidence::NoTier => "None",
    }
}
pub const PRODUCT_REVIEW: &str = "Review questions";
pub fn phase_name(p: Phase) -> &'static str {
    match p {
        Phase::Selection => "Selection",
        Phase::Infrastructure => "Infrastructure",
        Phase::Implementation => "Implementation",
        Phase::Equity => "Equity (at every phase)",
        Phase::Evaluation => "Evaluation (at every phase)",
    }
}
pub fn answer_name(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "Yes",
        Answer::Partly => "Partly",
        Answer::No => "No",
        Answer::NotKnown => "Not known",
    }
}
pub const REVIEW_NOTE: &str = "Note";
pub const PRODUCT_DECISION: &str = "Decision for this cycle";
pub const DECISION_KIND: &str = "Decision";
pub const DECISION_RATIONALE: &str = "Rationale";
pub const DECISION_REVIEW_DATE: &str = "Review again on";
pub const DECISION_HISTORY: &str = "Decisions across cycles";
pub fn decision_name(d: DecisionKind) -> &'static str {
    match d {
        DecisionKind::Adopt => "Adopt",
        DecisionKind::Retain => "Retain",
        DecisionKind::Reform => "Reform implementation",
        DecisionKind::Replace => "Replace",
        DecisionKind::Retire => "Retire",
    }
}
pub fn decision_saved(product: &str, d: Option<DecisionKind>) -> String {
    match d {
        Some(d) => format!("Decision for “{product}”: {}.", decision_name(d)),
        None => format!("No decision for “{product}” this cycle."),
    }
}
pub const USAGE_HEADING: &str = "Usage by school and group";
pub const USAGE_INTRO: &str = "Import the product's usage export (active users and enrolled or licensed users per school, and per student group if it has them). Only the counts are kept; the same analysis as the Divides page shows who uses it less.";
pub const USAGE_FILE: &str = "Usage CSV file";
pub const USAGE_MAP: &str = "Which column holds what";
pub const USAGE_COL_SCHOOL: &str = "School";
pub const USAGE_COL_DIMENSION: &str = "Student-group dimension";
pub const USAGE_COL_GROUP: &str = "Student group";
pub const USAGE_COL_ACTIVE: &str = "Active users";
pub const USAGE_COL_ENROLLED: &str = "Enrolled or licensed users";
pub const USAGE_NOT_IN_FILE: &str = "(not in this file)";
pub const USAGE_CHECK: &str = "Check the file";
pub const USAGE_USE: &str = "Use these counts";
pub fn usage_ready(cells: usize, new_schools: usize) -> String {
    format!(
        "{} ready; {} not in this cycle's list.",
        count(cells, "count", "counts"),
        count(new_schools, "school", "schools")
    )
}
pub fn usage_saved(cells: usize) -> String {
    format!("Usage counts saved: {cells}.")
}
pub const USAGE_NONE: &str = "No usage data for this product yet.";
pub const USAGE_FINDINGS: &str = "Disparities in use";
pub const USAGE_NO_FINDINGS: &str = "No gap in use is large enough to flag.";
pub const USAGE_TABLE: &str = "Use by school and group";
pub const USAGE_REMOVE: &str = "Remove the usage data";
pub const USAGE_REMOVED: &str = "Usage data removed.";
pub const OVERVIEW_OVERLAP: &str = "Several products for the same need (candidates to consolidate)";
pub const OVERVIEW_ENDING: &str = "Contracts ending soon";
pub const OVERVIEW_WINDOW: &str = "Within";
pub fn days_label(n: i64) -> String {
    format!("{n} days")
}
pub const OVERVIEW_PRIVACY: &str = "Holding student data without a signed privacy agreement";
pub const OVERVIEW_A11Y: &str = "Without documented WCAG 2.1 AA conformance";
pub const OVERVIEW_EVIDENCE: &str = "No evidence tier and no local goals or success criteria";
pub const OVERVIEW_COSTS: &str = "Costs";
pub const OVERVIEW_NONE: &str = "None.";
pub fn ends_on(name: &str, date: &str) -> String {
    format!("{name}: ends {date}")
}
pub const PORTFOLIO_PREVIOUS: &str = "Previous cycle";
pub const PORTFOLIO_IMPORT_FILE: &str = "Inventory CSV file";
pub const PORTFOLIO_OVERVIEW_TITLE: &str = "Portfolio overview";

// Board report
use dew_domain::report::Section;
pub const REPORT_TITLE: &str = "Board report";
pub const REPORT_INTRO: &str = "A report for the board and the community: aggregates only, with small groups suppressed. Choose the sections, then print it or save it as PDF from the print dialog.";
pub const REPORT_OPTIONS: &str = "What the report includes";
pub const REPORT_SECTIONS: &str = "Sections";
pub const REPORT_NAMES: &str = "Show team members' names (otherwise roles only)";
pub const REPORT_PRINT: &str = "Print or save as PDF";
pub const REPORT_DOWNLOADS: &str = "Spreadsheets";
pub const REPORT_XLSX: &str = "Download the workbook (.xlsx)";
pub const REPORT_XLSX_PREPARING: &str = "Preparing the workbook…";
pub fn report_xlsx_failed(why: &str) -> String {
    format!("The workbook could not be made ({why}). The CSV files above hold the same tables.")
}
pub const REPORT_EXPORT_NOTE: &str = "The workbook and the CSV files hold the chosen sections, with suppression applied. The full backup on the Data & backup page is the only export with unsuppressed counts: keep it within the team.";
pub fn report_csv_button(what: &str) -> String {
    format!("{what} (CSV)")
}
pub fn report_generated(district: &str, cycle: &str, date: &str) -> String {
    format!("{district} · {cycle} · prepared {date}")
}
pub fn section_name(s: Section) -> &'static str {
    match s {
        Section::Team => "The team",
        Section::Assessment => "Self-assessment results",
        Section::Findings => "Top findings by divide",
        Section::Plan => "Action plan",
        Section::Progress => "Progress against the previous cycle",
        Section::Portfolio => "Technology portfolio decisions",
    }
}
pub const REPORT_NO_SECTIONS: &str = "Choose at least one section.";
pub const REPORT_EMPTY_TABLE: &str = "Nothing to report yet.";
pub fn table_title(name: &str) -> &'static str {
    match name {
        "team" => "Roles on the team",
        "areas" => "Levels by area",
        "divides" => "Levels by divide",
        "ratings" => "Ratings by indicator",
        "consensus" => "Agreed levels",
        "findings" => "Findings",
        "plan" => "Goals and actions",
        "progress" => "Success measures",
        "portfolio" => "Products and decisions",
        _ => "Table",
    }
}
/// A column's heading from its export name: "comparison_rate" → "Comparison rate".
pub fn column_title(name: &str) -> String {
    let words = name.replace('_', " ");
    capitalize(&words)
}

// Merge and restore
use dew_domain::merge::{MergeSection, Side};
pub const DATA_MERGE_CONFIRM: &str = "Merge into this workspace…";
pub const DATA_MERGE_HEADING: &str = "What merging would do";
pub const DATA_MERGE_INTRO: &str = "Items only in the file are added. Items on both sides that differ are conflicts: choose, per section, whose version to keep. Nothing of yours is removed, and the workspace as it is now is kept as a restore point below.";
pub const DATA_MERGE_COL_CYCLE: &str = "Cycle";
pub const DATA_MERGE_COL_SECTION: &str = "Section";
pub const DATA_MERGE_COL_ADDED: &str = "Added";
pub const DATA_MERGE_COL_SAME: &str = "Left alone";
pub const DATA_MERGE_COL_CONFLICTS: &str = "Conflicts";
pub const DATA_MERGE_NEW_CYCLE: &str = "(new cycle)";
pub const DATA_MERGE_APPLY: &str = "Merge";
pub fn merge_section_name(s: MergeSection) -> &'static str {
    match s {
        MergeSection::Team => "Team members",
        MergeSection::Ratings => "Ratings and agreed levels",
        MergeSection::Data => "Divide data cells",
        MergeSection::Plan => "Plan and reflections",
        MergeSection::Portfolio => "Products",
    }
}
pub fn merge_side_name(s: Side) -> &'static str {
    match s {
        Side::Mine => "Keep mine",
        Side::Theirs => "Take the file's",
    }
}
pub fn merge_choice_legend(section: &str) -> String {
    format!("Conflicts in {section}")
}
pub fn data_merged(district: &str) -> String {
    format!("Merged into {district}. The state before the merge is kept as a restore point below.")
}
pub const DATA_RESTORE: &str = "Restore";
pub fn data_restore_question(when: &str) -> String {
    format!("Restore the copy from {when}? The workspace as it is now is kept as a restore point first.")
}
pub const DATA_RESTORE_YES: &str = "Yes, restore it";
pub fn data_restored_copy(when: &str) -> String {
    format!("Restored the copy from {when}.")
}

// Offline and updates
pub const UPDATE_READY: &str =
    "A new version of the app is ready. Your work is saved; reloading switches to the new version.";
pub const UPDATE_RELOAD: &str = "Reload to update";
pub fn consensus_cleared(l: dew_domain::assessment::content::Level) -> String {
    format!("Removed the agreed level ({}).", level_name(l))
}
pub const OVERVIEW_PORTFOLIO_STEP: &str = "Review the technology portfolio: adopt, keep or retire";
pub const OVERVIEW_REPORT_STEP: &str = "Prepare the board report";

// Passphrase lock
pub const LOCK_SCREEN_TITLE: &str = "This workspace is locked";
pub const LOCK_SCREEN_TEXT: &str = "The workspace stored on this device is encrypted with a passphrase. Enter it to open the workspace. Nothing is shown or changed until then.";
pub const LOCK_PASSPHRASE: &str = "Passphrase";
pub const LOCK_UNLOCK: &str = "Unlock";
pub const LOCK_OPENING: &str = "Opening… checking the passphrase takes a second or two.";
pub const LOCK_ENTER_PASSPHRASE: &str = "Enter the passphrase.";
pub const LOCK_WRONG: &str = "That passphrase does not open this workspace. Nothing has been changed. Check the spelling and Caps Lock, then try again.";
pub const LOCK_DAMAGED: &str = "The passphrase is right, but the locked data have been damaged or altered and cannot be opened. Nothing has been overwritten.";
pub const LOCK_DAMAGED_NEXT: &str = "Download the locked data to keep them, then restore your latest backup (Data & backup) after setting them aside below.";
pub fn lock_inner_unreadable(reason: &str) -> String {
    format!("The passphrase is right, but the workspace inside cannot be read: {reason} Nothing has been overwritten.")
}
pub const LOCK_FORGOT_HEADING: &str = "Forgot the passphrase?";
pub const LOCK_FORGOT_TEXT: &str = "A forgotten passphrase cannot be recovered or reset: nobody, including us, can open the data without it. If you have a backup file, you can set the locked data aside (it is kept, still encrypted, not deleted) and restore the backup on the Data & backup page.";
pub const LOCK_DOWNLOAD_LOCKED: &str = "Download the locked data (still encrypted)";
pub const LOCK_SET_ASIDE: &str = "Set the locked data aside and start again…";
pub const LOCK_SET_ASIDE_Q: &str = "Move the locked workspace aside? It stays on this device, encrypted, and a new or restored workspace can then be opened.";
pub const LOCK_SET_ASIDE_YES: &str = "Yes, set it aside";
pub const LOCK_SETTINGS_HEADING: &str = "Passphrase lock";
pub const LOCK_SETTINGS_TEXT: &str = "On a shared Chromebook, a passphrase keeps the workspace unreadable to anyone else using this browser. The workspace and its set-aside copies are then stored encrypted (AES-GCM, with a key made from the passphrase by PBKDF2-SHA-256 at 600,000 rounds). The key stays in this tab's memory only, and is forgotten when you lock or close the tab.";
pub const LOCK_FORGET_WARNING: &str = "If the passphrase is forgotten, the data cannot be recovered by anyone. Keep a backup file (Data & backup) somewhere safe, such as an encrypted drive or a district-approved offline location.";
pub const LOCK_NEEDS_WORKSPACE: &str = "Start or open a workspace first; then you can lock it with a passphrase.";
pub const LOCK_STATE_OFF: &str = "No passphrase is set: the workspace is stored unencrypted in this browser.";
pub const LOCK_STATE_ON: &str = "A passphrase is set: the workspace is stored encrypted and is open in this tab.";
pub const LOCK_NEW: &str = "New passphrase";
pub const LOCK_NEW_HINT: &str = "At least 8 characters. A short sentence is easier to remember and harder to guess.";
pub const LOCK_REPEAT: &str = "Repeat the new passphrase";
pub const LOCK_CURRENT: &str = "Current passphrase";
pub const LOCK_TOO_SHORT: &str = "The passphrase must have at least 8 characters.";
pub const LOCK_MISMATCH: &str = "The two passphrases are not the same.";
pub const LOCK_SET: &str = "Lock with this passphrase";
pub const LOCK_NOW: &str = "Lock now";
pub const LOCK_AUTO: &str = "Lock automatically when idle for";
pub fn auto_lock_choice(m: Option<u32>) -> String {
    match m {
        None => "Never".into(),
        Some(m) => format!("{m} minutes"),
    }
}
pub fn lock_auto_saved(m: Option<u32>) -> String {
    match m {
        None => "This device will not lock the workspace automatically.".into(),
        Some(m) => format!("This device will lock the workspace after {m} minutes without use."),
    }
}
pub const LOCK_CHANGE: &str = "Change the passphrase";
pub const LOCK_CHANGE_CONFIRM: &str = "Change the passphrase";
pub const LOCK_REMOVE: &str = "Remove the passphrase";
pub const LOCK_REMOVE_TEXT: &str = "The workspace and its set-aside copies will be stored unencrypted again.";
pub const LOCK_REMOVE_CONFIRM: &str = "Remove the passphrase";
pub const LOCK_WORKING: &str = "Working… encrypting takes a second or two.";
pub fn lock_done(removed: bool, changed: bool, failed: usize) -> String {
    let what = if removed {
        "The passphrase has been removed: the workspace is stored unencrypted."
    } else if changed {
        "The passphrase has been changed."
    } else {
        "The workspace is now locked with your passphrase and stored encrypted."
    };
    if failed == 0 {
        what.into()
    } else {
        format!(
            "{what} {failed} set-aside cop{} could not be rewritten and stay{} as before.",
            if failed == 1 { "y" } else { "ies" },
            if failed == 1 { "s" } else { "" }
        )
    }
}
pub const LOCK_STILL_SAVING: &str = "the latest change is still being encrypted and saved; try again in a moment";
pub const LOCK_CHOOSE_TAB_FIRST: &str =
    "Choose which tab's version to keep first (see the message at the top of the page).";
pub fn lock_save_failed(reason: &str) -> String {
    format!(
        "The workspace was not locked, because saving it failed: {reason} It is still open here, with nothing lost."
    )
}
pub const LOCK_CANNOT_CHECK: &str = "The stored workspace cannot be read to check the passphrase.";
pub const LOCK_NO_WORKSPACE: &str = "No workspace is open.";
pub const LOCK_COPY_OTHER_PASSPHRASE: &str =
    "This copy is locked with a different passphrase, so it cannot be restored here. You can still download it.";
pub const PRIVACY_KEY_AUTO_LOCK: &str =
    "How many idle minutes before this device locks the workspace (a setting, no district data).";

// Survey import
pub const PRIVACY_KEY_SURVEY_MAPPINGS: &str =
    "Saved survey-import mappings: column names and answer spellings, never a student's row.";
pub const SURVEY_TITLE: &str = "Survey import";
pub const SURVEY_INTRO: &str = "Turn a row-level export (a family survey from Google Forms, a student information system extract, an observation tool's export) into counts per school and student group. The file is read and counted in this browser, a piece at a time; its rows are never stored, only the counts.";
pub const SURVEY_NO_WORKSPACE: &str = "Start or open a workspace first: the counts go into a cycle's divide data.";
pub const SURVEY_START: &str = "Go to the start page";
pub const SURVEY_FILE_HEADING: &str = "1. Choose the file";
pub const SURVEY_FILE_LABEL: &str = "Row-level export (CSV)";
pub const SURVEY_FILE_HINT: &str = "One row per student or response, with a header line. Comma, semicolon or tab separated; UTF-8 or Excel's Windows “CSV”. You can also drop the file here.";
pub const SURVEY_READING: &str = "Reading the start of the file…";
pub fn survey_unreadable(file: &str, why: &str) -> String {
    format!("“{file}” could not be read: {why}. Nothing was changed.")
}
pub const SURVEY_SAVED_USED: &str =
    "A saved mapping fits this file's columns and has been filled in. Check it before counting.";
pub const SURVEY_SAVED: &str = "Mapping saved on this device. It will be offered for the next file with these columns.";
pub const SURVEY_SAVE_MAPPING: &str = "Save this mapping for next time";
pub const SURVEY_MAPPING_HEADING: &str = "2. Say what each column means";
pub fn survey_sampled(rows: u64, columns: usize) -> String {
    format!("{columns} columns. The values below are those seen in the first {rows} rows; values that appear only later are reported after counting.")
}
pub const SURVEY_ENCODING: &str = "Text encoding";
pub const SURVEY_DELIMITER: &str = "Separator";
pub fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "Semicolon (;)",
        b'\t' => "Tab",
        _ => "Comma (,)",
    }
}
pub const SURVEY_PREVIEW_CAPTION: &str = "The first rows of the file (shown here only, never stored)";
pub const SURVEY_SCHOOL_HEADING: &str = "School";
pub const SURVEY_SCHOOL_COLUMN: &str = "Column that names the school";
pub const SURVEY_CHOOSE: &str = "— choose —";
pub const SURVEY_GROUPS_HEADING: &str = "Student groups";
pub const SURVEY_GROUPS_HINT: &str = "For each kind of group, the column that says which group a student belongs to, and which value means which group. A value left as “not counted for a group” still counts for the school.";
pub const SURVEY_NOT_IN_FILE: &str = "— not in this file —";
pub const SURVEY_NO_GROUP: &str = "— not counted for a group —";
pub fn survey_too_many(col: &str, max: usize) -> String {
    format!(
        "“{col}” has more than {max} different values, so they cannot be matched one by one. Choose another column."
    )
}
pub fn survey_values_of(col: &str) -> String {
    format!("Values in “{col}”")
}
pub fn survey_rows_seen(n: u64) -> String {
    format!(" ({n} in the first rows)")
}
pub const SURVEY_ANSWERS_HEADING: &str = "Answers";
pub const SURVEY_ANSWERS_HINT: &str = "For each question that answers an indicator, choose the indicator, then what each answer means. Blank answers are left out of the count.";
pub const SURVEY_NOT_USED: &str = "— not used —";
pub const SURVEY_BLANK_NOTE: &str = "A blank answer is always “not answered” and is left out of the denominator.";
pub fn survey_not_offered(cols: &str) -> String {
    format!("Not offered as answers (too many different values, such as names, ids or comments): {cols}.")
}
pub fn survey_answer_name(a: dew_domain::survey::Answer) -> &'static str {
    use dew_domain::survey::Answer::*;
    match a {
        Meets => "Meets the indicator",
        DoesNotMeet => "Does not meet it",
        NotAnswered => "Not answered (left out)",
    }
}
pub const SURVEY_STRICT: &str =
    "Stop at text that is not valid in the chosen encoding (recommended): such rows are skipped and named.";
pub const SURVEY_PROBLEMS: &str = "Before counting:";
pub fn survey_problem(p: &dew_domain::survey::Problem) -> String {
    use dew_domain::survey::Problem::*;
    match p {
        NoSchoolColumn => "Choose the column that names the school.".into(),
        MissingColumn(c) => format!("The column “{c}” is not in this file."),
        NoAnswers => "Choose the indicator for at least one answer column.".into(),
        IndicatorTwice(i) => format!("Two columns answer the indicator “{i}”; keep one."),
        DimensionTwice(d) => format!("Two columns give the groups “{d}”; keep one."),
        UnknownIndicator(i) => format!("The indicator “{i}” is not in this workspace."),
        UnknownDimension(d) => format!("The student-group dimension “{d}” is not in this workspace."),
        Unchosen { column, value } => format!("Choose what “{value}” means in “{column}”."),
    }
}
pub const SURVEY_RUN: &str = "Count the rows";
pub fn survey_progress(done: f64, total: f64) -> String {
    let mb = |b: f64| b / 1_048_576.0;
    let pct = if total > 0.0 { done / total * 100.0 } else { 100.0 };
    format!("Counting: {pct:.0}% ({:.1} of {:.1} MB read)", mb(done), mb(total))
}
pub const SURVEY_CANCEL: &str = "Cancel";
pub const SURVEY_BUSY: &str = "A file is being counted. Cancel it, or wait until it is done, before choosing another.";
pub const SURVEY_CANCELLED: &str = "Counting was cancelled. Nothing was changed, and nothing from the file was kept.";
pub const SURVEY_SUMMARY_HEADING: &str = "3. Check the counts";
pub const SURVEY_ROWS_READ: &str = "Rows read";
pub const SURVEY_ROWS_COUNTED: &str = "Rows counted";
pub const SURVEY_ROWS_SKIPPED: &str = "Rows skipped";
pub fn survey_skip(k: dew_domain::survey::count::Skip, n: u64) -> String {
    use dew_domain::survey::count::Skip::*;
    let why = match k {
        Ragged => "a different number of fields from the header",
        BlankSchool => "no school",
        InvalidText => "text that is not valid in the chosen encoding",
    };
    format!("{n} skipped: {why}")
}
pub const SURVEY_EXAMPLES_CAPTION: &str = "Skipped rows (the first 20)";
pub const SURVEY_COL_ROW: &str = "Row";
pub const SURVEY_COL_COLUMN: &str = "Column";
pub const SURVEY_COL_PROBLEM: &str = "Problem";
pub fn survey_example(e: &dew_domain::survey::count::RowProblem) -> String {
    use dew_domain::survey::count::Skip::*;
    match e.skip {
        Ragged => format!("has {} fields; the header has a different number", e.fields),
        BlankSchool => "the school is blank".into(),
        InvalidText => "not valid text (is the file in another encoding?)".into(),
    }
}
pub const SURVEY_UNKNOWN_SCHOOLS: &str = "Schools not in this workspace";
pub fn survey_unknown_school(name: &str, rows: u64) -> String {
    format!("“{name}”: {rows} rows")
}
pub fn survey_add_schools(n: usize) -> String {
    if n == 1 {
        "Add this school to the workspace, with its counts (otherwise its rows are left out)".into()
    } else {
        format!("Add these {n} schools to the workspace, with their counts (otherwise their rows are left out)")
    }
}
pub const SURVEY_UNMAPPED_HEADING: &str = "Values with no meaning chosen";
pub const SURVEY_UNMAPPED_HINT: &str = "These were counted as not answered (answers) or no group (groups). To count them, go back to the mapping, choose what they mean, and count again.";
pub fn survey_unmapped(col: &str, value: &str, n: u64) -> String {
    format!("“{value}” in “{col}”: {n} rows")
}
pub const SURVEY_ADD: &str = "Add these counts to this cycle";
pub const SURVEY_REPLACE: &str = "Replace this cycle's counts…";
pub const SURVEY_REPLACE_Q: &str = "Remove every count already in this cycle's divide data and keep only these?";
pub const SURVEY_REPLACE_YES: &str = "Yes, replace";
pub const SURVEY_BACK: &str = "Back to the mapping";
pub fn survey_applied(cells: usize, schools: usize, replaced: bool) -> String {
    let how = if replaced { "replaced this cycle's counts" } else { "were added to this cycle" };
    let s = match schools {
        0 => String::new(),
        1 => " 1 school was added.".to_string(),
        n => format!(" {n} schools were added."),
    };
    format!("{cells} counts {how}.{s} The file's rows were not kept.")
}
pub const SURVEY_SEE_FINDINGS: &str = "See the findings";

// The linked backup file and the backup reminder (issue 28, item 9).
pub const LINKED_HEADING: &str = "A copy outside the browser";
pub const LINKED_INTRO: &str = "Link a file on this device, in a synced folder such as Google Drive, or on a USB stick. A few seconds after each change the app writes the workspace to it, then reads it back to check. With a passphrase, the file holds the encrypted workspace.";
pub const LINKED_CHOOSE: &str = "Link a backup file…";
pub const LINKED_STOP: &str = "Stop linking";
pub const LINKED_ALLOW: &str = "Allow";
pub const LINKED_FILE_TYPE: &str = "Digital Equity Workbench backup";
pub const LINKED_UNSUPPORTED: &str = "This browser cannot keep a linked file up to date (Chrome and ChromeOS can). Download a backup now and then instead: the header reminds you after a week.";
pub const LINKED_LOOKING: &str = "Looking for a linked file…";
pub const LINKED_NONE: &str = "No file is linked.";
pub const LINKED_DIFFERS: &str =
    "it was written, but what was read back is not the workspace. Download a backup now, then link the file again.";
pub fn linked_linked(name: &str) -> String {
    format!("Linked to “{name}”. It is written a few seconds after the next change.")
}
pub fn linked_needs_permission(name: &str) -> String {
    format!("“{name}” is linked, but the browser needs your permission again before the app may write it.")
}
pub fn linked_writing(name: &str) -> String {
    format!("Writing “{name}”…")
}
pub fn linked_written(name: &str, at: &str) -> String {
    format!("Linked to “{name}”: written and checked at {at}.")
}
pub fn linked_failed(name: &str, why: &str) -> String {
    format!("“{name}” was not updated: {why}")
}
pub fn linked_write_failed(error: &str) -> String {
    format!("the browser refused to write it ({error}). Link the file again, or download a backup.")
}
pub fn linked_read_failed(error: &str) -> String {
    format!("it was written but could not be read back to check ({error}).")
}
pub fn linked_choose_failed(error: &str) -> String {
    format!("The file could not be linked: {error}")
}
pub fn backup_never() -> String {
    "No backup of this workspace has been made on this device yet.".into()
}
pub fn backup_days_ago(days: i64) -> String {
    format!("Last backup {days} days ago.")
}
pub const LINKED_NOT_LOADED: &str = "the part of the app that writes the linked file did not arrive (the network may have dropped). Try again in a moment.";

// The board report (issue 30).
// Its imports are local to each function, so that this block merges beside other edits of the
// file without a name imported twice.
/// The word for a cell the report names (a role, a status, a level…).
pub fn report_name(n: dew_domain::report::Name) -> String {
    use dew_domain::report::Name as N;
    match n {
        N::Role(r) => role_label(r).into(),
        N::Status(s) => status_name(s).into(),
        N::Level(l) => level_name(l).into(),
        N::Source(s) => capitalize(&results_source(s)),
        N::Outcome(o) => outcome_name(o).into(),
        N::Divide(d) => divide_name(d).into(),
        N::Flag(f) => flag_name(f).into(),
        N::Decision(d) => decision_name(d).into(),
        N::Privacy(p) => privacy_name(p).into(),
        N::Accessibility(a) => accessibility_name(a).into(),
    }
}
/// Names and dates in words, for the report's files (amounts stay numbers there).
pub fn report_file_cell(v: &dew_domain::report::Value) -> Option<String> {
    use dew_domain::report::Value as V;
    match v {
        V::Name(n) => Some(report_name(*n)),
        V::Date(d) => Some(date(*d)),
        V::Note(hidden) => Some(format!("# {}", protection_line(*hidden))),
        _ => None,
    }
}
/// A cell as the printed report shows it.
pub fn report_cell(v: &dew_domain::report::Value) -> String {
    use dew_domain::report::Value as V;
    match v {
        V::Rate(r) => percent(*r),
        V::Money(n) => dollars(*n),
        V::Count(n) => grouped(*n),
        V::Points(p) => report_points(*p),
        other => report_file_cell(other).unwrap_or_else(|| other.plain()),
    }
}
/// A gap in points: "23 points below", "4 points above", "no gap".
pub fn report_points(x: f64) -> String {
    let p = (x * 100.0).round();
    match p {
        p if p < 0.0 => format!("{} {} below", -p, if p == -1.0 { "point" } else { "points" }),
        p if p > 0.0 => format!("{p} {} above", if p == 1.0 { "point" } else { "points" }),
        _ => "no gap".into(),
    }
}
fn report_role_count(r: Role, n: usize) -> String {
    let one = n == 1;
    let word = match r {
        Role::Student if one => "student",
        Role::Student => "students",
        Role::Teacher if one => "teacher",
        Role::Teacher => "teachers",
        Role::SchoolLeader if one => "school leader",
        Role::SchoolLeader => "school leaders",
        Role::DistrictLeader if one => "district leader",
        Role::DistrictLeader => "district leaders",
        Role::TechnologyStaff if one => "member of the technology staff",
        Role::TechnologyStaff => "members of the technology staff",
        Role::FamilyCommunity if one => "family or community member",
        Role::FamilyCommunity => "family or community members",
        Role::Other if one => "other member",
        Role::Other => "other members",
    };
    format!("{n} {word}")
}
/// "a, b and c".
fn report_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
/// "6 people: 1 student, 2 teachers, 1 school leader, 1 district leader and 1 member of the
/// technology staff."
pub fn report_team_makeup(roles: &[(Role, usize)]) -> String {
    let total: usize = roles.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return "No one is on the team yet.".into();
    }
    let parts: Vec<String> = roles.iter().map(|(r, n)| report_role_count(*r, *n)).collect();
    let people = if total == 1 { "1 person".to_string() } else { format!("{total} people") };
    format!("{people}: {}.", report_and(&parts))
}
/// "4 goals: 2 in progress, 1 not started and 1 done."
pub fn report_plan_headline(goals: usize, by_status: &[(dew_domain::plan::PlanStatus, usize)]) -> String {
    if goals == 0 {
        return "No goals in the plan yet.".into();
    }
    let parts: Vec<String> = by_status.iter().map(|(s, n)| format!("{n} {}", status_name(*s).to_lowercase())).collect();
    let goals = if goals == 1 { "1 goal".to_string() } else { format!("{goals} goals") };
    format!("{goals}: {}.", report_and(&parts))
}
/// "2 of 3 success measures are met this cycle; 1 was met in the previous cycle."
pub fn report_progress_headline(h: dew_domain::report::ProgressHeadline) -> String {
    if h.measures == 0 {
        return PROGRESS_NO_MEASURES.into();
    }
    let measures = if h.measures == 1 { "success measure" } else { "success measures" };
    let verb = if h.met_now == 1 { "is" } else { "are" };
    let now = format!("{} of {} {measures} {verb} met this cycle", h.met_now, h.measures);
    if h.with_before == 0 {
        return format!("{now}; there is no previous cycle to compare with.");
    }
    let was = if h.met_before == 1 { "was" } else { "were" };
    format!("{now}; {} of {} {was} met in the previous cycle.", h.met_before, h.with_before)
}
/// "“Internet at home fast enough for learning” for English learners across the district".
pub fn report_measure(indicator: &str, school: Option<&str>, group: Option<&str>) -> String {
    let whom = match (group, school) {
        (Some(g), Some(s)) => format!("for {g} at {s}"),
        (Some(g), None) => format!("for {g} across the district"),
        (None, Some(s)) => format!("at {s}"),
        (None, None) => "across the district".into(),
    };
    format!("“{indicator}” {whom}")
}
/// "Every household has an internet connection: 78% in the previous cycle, 86% now, against
/// a target of 85% (met)."
pub fn report_measure_line(goal: &str, before: Option<&str>, now: &str, target: &str, result: &str) -> String {
    match before {
        Some(b) => format!(
            "{goal}: {b} in the previous cycle, {now} now, against a target of {target} ({}).",
            result.to_lowercase()
        ),
        None => format!("{goal}: {now} now, against a target of {target} ({}).", result.to_lowercase()),
    }
}
/// "In progress, led by the district leader. Success: “…” for English learners across the
/// district reaches 60% by June 30, 2027 (not met)."
pub fn report_goal_line(
    status: &str,
    owner: Option<&str>,
    success: Option<(&str, &str, Option<&str>, &str)>,
) -> String {
    let mut out = match owner {
        Some(o) => format!("{status}, led by the {}.", o.to_lowercase()),
        None => format!("{status}."),
    };
    if let Some((measure, target, by, result)) = success {
        let by = by.map(|b| format!(" by {b}")).unwrap_or_default();
        out.push_str(&format!(" Success: {measure} reaches {target}{by} ({}).", result.to_lowercase()));
    } else {
        out.push_str(" No success measure yet.");
    }
    out
}
/// "PageQuest: Retire. Overlaps ReadRiver at a higher cost per active user. Review by May 1, 2027."
pub fn report_decision(product: &str, decision: &str, rationale: &str, review: Option<&str>) -> String {
    let mut out = format!("{product}: {decision}.");
    if !rationale.trim().is_empty() {
        out.push(' ');
        out.push_str(rationale.trim());
    }
    if let Some(r) = review {
        out.push_str(&format!(" Review by {r}."));
    }
    out
}
/// "12 indicators are below their target; the 8 furthest below:".
pub fn report_below_target(total: usize, shown: usize) -> String {
    match total {
        0 => "No indicator is below its target.".into(),
        1 => "1 indicator is below its target:".into(),
        n if shown < n => format!("{n} indicators are below their target; the {shown} furthest below:"),
        n => format!("{n} indicators are below their target:"),
    }
}
pub fn report_prepared(district: &str, cycle: &str, date: &str) -> String {
    format!("{district} · {cycle} · prepared {date}")
}
pub const REPORT_SUMMARY: &str = "At a glance";
pub const REPORT_SUMMARY_TEAM: &str = "Team";
pub const REPORT_SUMMARY_PLAN: &str = "Plan";
pub const REPORT_SUMMARY_PROGRESS: &str = "Progress since the previous cycle";
pub const REPORT_GOALS_FIRST: &str = "Its goals:";
pub const REPORT_LEVEL_KEY: &str = "Key to the bars";
pub const REPORT_FURTHEST_BELOW: &str = "Furthest below target";
pub const REPORT_DECISIONS: &str = "Decisions this cycle";
pub const REPORT_NO_DECISIONS: &str = "No decisions recorded this cycle.";
pub const REPORT_NO_FINDINGS: &str = "No findings flagged.";
pub const REPORT_ACTIONS: &str = "Actions";
pub fn report_actions_of(goal: &str) -> String {
    format!("Actions for “{goal}”")
}
/// A column's heading in the printed report.
pub fn report_column(name: &str) -> String {
    match name {
        "action_status" | "goal_status" => "Status".into(),
        "no_level" => "No level yet".into(),
        "previous_cycle" => PROGRESS_COL_BEFORE.into(),
        "this_cycle" => PROGRESS_COL_NOW.into(),
        other => column_title(other),
    }
}

// The language switch
pub const LANGUAGE_NOT_LOADED: &str = "The other language could not be fetched. Check the connection and try again.";

// Errors rendered by kind
/// What is wrong with one cell of an imported CSV file, as a clause after "Line 3, column “n”: ".
pub fn csv_cell_problem(p: &dew_domain::csv_text::CellProblem) -> String {
    use dew_domain::csv_text::CellProblem::*;
    match p {
        Required => "a value is required".into(),
        Negative { column, found } => format!("{column} must not be negative (found `{found}`)"),
        Decimals(v) => format!("`{v}` is not a whole number: counts cannot have decimals"),
        NotWholeNumber(v) => format!("`{v}` is not a whole number"),
        BadThousands(v) => {
            format!("`{v}` is not a whole number (thousands separators must set off groups of three digits)")
        }
        TooLarge(v) => format!("`{v}` is too large"),
        DimensionMissing { group } => format!("a dimension is required when a group is given (group `{group}`)"),
        GroupMissing { dimension } => {
            format!("a group is required when a dimension is given (dimension `{dimension}`)")
        }
        AboveDenominator { numerator, denominator } => {
            format!("`{numerator}` is greater than the denominator `{denominator}`")
        }
        NoHeader { value, .. } => format!("`{value}` is in a column with no header"),
        UnknownIndicator(v) => format!("no indicator has the id or name `{v}`"),
        UnknownDimension(v) => format!("no student-group dimension is called `{v}`"),
        UnknownGroup { dimension, group } => format!("`{dimension}` has no group called `{group}`"),
        RepeatedPlace => "this indicator, school and group already appear on an earlier line".into(),
        ActiveAboveEnrolled { active, enrolled } => {
            format!("{active} active users is more than the {enrolled} enrolled")
        }
        EmptySchool => "the school is empty".into(),
        EmptyName => "the name is empty".into(),
        NotADate(v) => format!("`{v}` is not a date (YYYY-MM-DD)"),
        NotOneOf { value, allowed } => format!("`{value}` is not one of {}", allowed.join(", ")),
        NotYesNo(v) => format!("`{v}` is not yes or no"),
    }
}
/// Why a line of an imported CSV file could not be read, as a clause after "Line 3: ".
pub fn csv_parse_problem(p: &dew_domain::csv_text::ParseProblem) -> String {
    use dew_domain::csv_text::ParseProblem::*;
    match p {
        FieldCount { expected, found } => format!(
            "expected {expected} fields like the header but found {found} (is a comma missing, or an unquoted comma in a value?)"
        ),
        Reader(said) => said.clone(),
    }
}
/// A usage file's columns still to choose, named as the form labels them.
pub fn usage_columns_unchosen(columns: &[dew_domain::portfolio::usage::UsageColumn]) -> String {
    use dew_domain::portfolio::usage::UsageColumn::*;
    let names: Vec<String> = columns
        .iter()
        .map(|c| match c {
            School => USAGE_COL_SCHOOL,
            Dimension => USAGE_COL_DIMENSION,
            Group => USAGE_COL_GROUP,
            Active => USAGE_COL_ACTIVE,
            Enrolled => USAGE_COL_ENROLLED,
        })
        .map(|n| format!("“{n}”"))
        .collect();
    if names.len() == 1 {
        format!("Choose the file's column for {}.", names[0])
    } else {
        format!("Choose the file's columns for {}.", names.join(", "))
    }
}
pub fn survey_preview_failed(file: &str, e: &dew_domain::survey::PreviewError) -> String {
    use dew_domain::survey::PreviewError::*;
    match e {
        Empty => format!("“{file}” could not be read: the file is empty. Nothing was changed."),
        NoHeader => format!("“{file}” could not be read: the first line has no column names. Nothing was changed."),
    }
}
pub fn survey_file_unreadable(file: &str, e: &crate::browser::file::FileError) -> String {
    use crate::browser::file::FileError::*;
    match e {
        Browser(said) => {
            format!("“{file}” could not be read: the browser could not read it ({said}). Nothing was changed.")
        }
        NotText => format!("“{file}” could not be read: it did not read as text. Nothing was changed."),
    }
}
/// A picked file the browser could not read, as a sentence.
pub fn file_read_failed(e: &crate::browser::file::FileError) -> String {
    use crate::browser::file::FileError::*;
    match e {
        Browser(said) => format!("The browser could not read the file ({said})."),
        NotText => "The file did not read as text.".into(),
    }
}
pub fn consensus_file_unreadable(file: &str, e: &crate::browser::file::FileError) -> String {
    use crate::browser::file::FileError::*;
    match e {
        Browser(said) => format!("“{file}” was not imported: the browser could not read it ({said}). Nothing changed."),
        NotText => format!("“{file}” was not imported: it did not read as text. Nothing changed."),
    }
}
pub fn lock_failure(e: &crate::ui::locking::LockFailure) -> String {
    use crate::ui::locking::LockFailure::*;
    match e {
        NoPassphrase => LOCK_ENTER_PASSPHRASE.into(),
        WrongPassphrase => LOCK_WRONG.into(),
        Damaged => LOCK_DAMAGED.into(),
        InnerUnreadable(s) => lock_inner_unreadable(&schema_error(s)),
        OtherPassphrase => LOCK_COPY_OTHER_PASSPHRASE.into(),
        Unreadable(s) => schema_error(s),
        CodeNotLoaded => CODE_NOT_LOADED_ACTION.into(),
        ChooseTabFirst => LOCK_CHOOSE_TAB_FIRST.into(),
        SaveFailed(s) => lock_save_failed(&storage_error(s)),
        Storage(s) => storage_error(s),
        NoWorkspace => LOCK_NO_WORKSPACE.into(),
        CannotCheck => LOCK_CANNOT_CHECK.into(),
        StillSaving => "The latest change is still being encrypted and saved. Try again in a moment.".into(),
        Crypto(said) => format!("The browser could not encrypt the workspace ({said}). Nothing has been changed."),
    }
}
/// Why a call on the linked file failed, as a clause (inside the linked-file sentences).
pub fn linked_file_error(e: &crate::browser::linked_file::LinkedFileError) -> String {
    use crate::browser::linked_file::LinkedFileError::*;
    match e {
        Aborted => "the file picker was closed".into(),
        Unavailable(call) => format!("{call} is not available in this browser"),
        NoStore => "this browser gives the app no place to keep the link (IndexedDB)".into(),
        NotText => "the file is not text".into(),
        NotLoaded => LINKED_NOT_LOADED.into(),
        Browser(said) => said.clone(),
    }
}
/// Why the linked file was not updated, after "“name” was not updated: ".
pub fn linked_failure(f: &crate::ui::linked_backup::LinkedFailure) -> String {
    use crate::ui::linked_backup::LinkedFailure::*;
    match f {
        Write(e) => linked_write_failed(&linked_file_error(e)),
        Read(e) => linked_read_failed(&linked_file_error(e)),
        Differs => LINKED_DIFFERS.into(),
    }
}
/// Why the workbook worker gave no workbook, as a clause (inside `report_xlsx_failed`).
pub fn worker_error(e: &crate::browser::worker::WorkerError) -> String {
    use crate::browser::worker::WorkerError::*;
    match e {
        NotStarted(said) => format!("the worker could not start: {said}"),
        DidNotStart => "the workbook writer did not start".into(),
        Unexpected => "the worker answered with something unexpected".into(),
        Failed(said) => match dew_domain::report::WorkbookError::from_wire(said) {
            Some(dew_domain::report::WorkbookError::NotARequest(d)) => format!("not a workbook request: {d}"),
            Some(dew_domain::report::WorkbookError::NotWritten(d)) => format!("the workbook could not be written: {d}"),
            None => said.clone(),
        },
    }
}

// The exported files (issue 26). The English files keep their export names as headers.
/// A finding's flag in the findings CSV.
pub fn findings_file_flag(f: Flag) -> String {
    match f {
        Flag::Priority => "priority",
        Flag::Watch => "watch",
    }
    .into()
}
/// The findings CSV's `suppressed` column for a cell that is shown.
pub const FINDINGS_FILE_NOT_HIDDEN: &str = "no";
pub const TEMPLATE_FILE_NAME: &str = "divide-data-template.csv";
pub const INVENTORY_FILE_NAME: &str = "technology-inventory.csv";

/// A measure's target and the date it is for, if it has one: "60% by June 30, 2027".
pub fn target_by(target: &str, by: Option<Date>) -> String {
    match by {
        Some(d) => format!("{target} by {}", date(d)),
        None => target.to_string(),
    }
}

// Survey kit (issue 29)
use dew_domain::survey::kit::{Instrument, Langs, Meaning, Role as KitRole};
pub const KIT_TITLE: &str = "Survey kit";
pub const KIT_INTRO: &str = "Ready-made questions for the built-in divide indicators, in English and Spanish. Print the form for families without internet, or rebuild it word for word in Google Forms or Microsoft Forms: its answers then import on Survey import with every column already mapped.";
pub const KIT_NO_WORKSPACE: &str =
    "Start or open a workspace first: the form lists the workspace's schools and student groups.";
pub const KIT_CHOOSE_HEADING: &str = "1. Choose the form";
pub const KIT_WHO: &str = "Who answers";
pub fn kit_instrument(i: Instrument) -> &'static str {
    match i {
        Instrument::Family => "Families: access at home",
        Instrument::Student => "Students: how they use technology",
        Instrument::Teacher => "Teachers: designing learning with technology",
        Instrument::Observation => "Lesson observation: active use (Technology Integration Matrix)",
    }
}
pub fn kit_feeds(list: &str) -> String {
    format!("Indicators: {list}.")
}
pub const KIT_LANGUAGE: &str = "Language of the form";
pub fn kit_langs(l: Langs) -> &'static str {
    match l {
        Langs::En => "English",
        Langs::Es => "Spanish",
        Langs::Both => "English and Spanish, side by side",
    }
}
pub const KIT_GROUPS: &str = "Group questions";
pub const KIT_GROUPS_HINT: &str = "The school is always asked: the import counts answers by school. Ask only the groups your district compares; each question is one more a family answers.";
pub const KIT_GRADE: &str = "Grade (grade band)";
pub fn kit_groups_not_asked(i: Instrument) -> &'static str {
    match i {
        Instrument::Family => "",
        Instrument::Student => "The student form does not ask about school meals or an IEP or 504 plan: students may not know, and family income and disability are asked of families.",
        _ => "Student-group questions are asked on the family and student forms only.",
    }
}
pub const KIT_NO_SCHOOLS: &str = "This workspace has no schools yet, so the school question is a write-in line. Add the schools on Divide data first to list them as choices.";
pub const KIT_IDENTIFY_LEGEND: &str = "A question that identifies a person";
pub const KIT_IDENTIFY: &str = "Ask for a name";
pub const KIT_IDENTIFY_HINT: &str = "Off unless you need it: a name identifies a student or a teacher. Keep paper forms that carry names locked away. The import never reads this column.";
pub const KIT_GET_HEADING: &str = "2. Get the kit";
pub const KIT_GET_HINT: &str = "Each of these first saves the kit's mapping on this device (its questions and answer words in both languages), so that the answers import without a mapping step.";
pub const KIT_PRINT: &str = "Print the form";
pub const KIT_LIST_TEXT: &str = "Question list (text)";
pub const KIT_LIST_CSV: &str = "Question list (CSV)";
pub const KIT_TEMPLATE: &str = "Spreadsheet template for paper answers (CSV)";
pub const KIT_SAVED: &str = "Kit saved on this device. A Forms export of this form, or the template filled in, now opens on Survey import with every column mapped.";
pub const KIT_PAPER_HEADING: &str = "The form as it prints";
pub const KIT_MEANINGS_HEADING: &str = "What each answer counts as";
pub const KIT_MEANINGS_HINT: &str = "For the team, not printed. “Meets” adds the answer to the indicator's numerator and denominator; “does not meet” to its denominator only; an answer left out counts in neither.";
pub const KIT_COL_ANSWER: &str = "Question and answer";
pub const KIT_COL_COUNTS_AS: &str = "Counts as";
pub fn kit_meaning(m: &Meaning, data: &dew_domain::divides::model::DivideData, role: &KitRole) -> String {
    match (m, role) {
        (Meaning::Answer(dew_domain::survey::Answer::Meets), _) => "Meets".into(),
        (Meaning::Answer(dew_domain::survey::Answer::DoesNotMeet), _) => "Does not meet".into(),
        (Meaning::Answer(dew_domain::survey::Answer::NotAnswered), _) => "Left out of the denominator".into(),
        (Meaning::Group(g), KitRole::Group(d)) => format!("Group: {}", data.group_name(d, g)),
        (Meaning::NoGroup, _) => "No group (counted for the school only)".into(),
        _ => "The school".into(),
    }
}
pub fn kit_role(role: &KitRole, data: &dew_domain::divides::model::DivideData) -> String {
    match role {
        KitRole::School => "The school: answers are counted by school".into(),
        KitRole::Group(d) => {
            let name = data.dimensions().into_iter().find(|x| &x.id == d).map(|x| x.name).unwrap_or_else(|| d.clone());
            format!("Student group: {name}")
        }
        KitRole::Answer(i) => {
            let name = data.indicator(i).map(|x| x.name).unwrap_or_else(|| i.clone());
            format!("Indicator: {name}")
        }
        KitRole::Identifying => "Identifies a person: the import never reads it".into(),
    }
}
pub const KIT_WRITE_IN: &str = "(write-in answer)";
pub const KIT_FILE_HOW_TO: &str = "To rebuild this form in Google Forms or Microsoft Forms, make each question a single-choice question and copy the question and its options word for word. The words in brackets are for your team: leave them out of the form.";
pub fn kit_file_title(i: Instrument) -> String {
    format!("Survey kit: {}", kit_instrument(i))
}
pub const KIT_CSV_HEADERS: [&str; 10] = [
    "number",
    "question",
    "question_english",
    "question_spanish",
    "feeds",
    "option_number",
    "option",
    "option_english",
    "option_spanish",
    "counts_as",
];
pub const PRIVACY_KEY_SURVEY_KITS: &str =
    "Survey kits made on this device: their questions and answer words, never an answer.";
pub fn survey_kit_used(name: &str, columns: usize) -> String {
    let s = if columns == 1 { "" } else { "s" };
    format!("This file comes from your survey kit “{name}”: {columns} column{s} mapped from the kit. Check the counts, then add them.")
}
pub fn survey_kit_not_found(questions: &str) -> String {
    format!("Not found under the kit's wording (edited in the form?): {questions}.")
}
pub fn survey_kit_suggested(columns: &str) -> String {
    format!("Suggested in their place from the headings, with the kit's answer words: check {columns} below.")
}
pub const SURVEY_KIT_MAP_BY_HAND: &str =
    "Below, say which column answers each of them, as for any file: its answer words then come from the kit.";
pub fn survey_also_read(columns: &str) -> String {
    format!("Also read, when this column is blank, from {columns}: the same question in another language.")
}
pub fn survey_read_with(column: &str) -> String {
    format!("Read when “{column}” is blank: the same question asked again. Its answer words are listed there.")
}
pub fn survey_kit_one_language(questions: &str) -> String {
    format!("Found in one language only (the other language's wording edited in the form?): {questions}. If another column asks it, give that column the same indicator below.")
}
