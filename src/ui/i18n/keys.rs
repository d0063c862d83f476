//! Every key of the catalogue, with its named values (the arguments) and its English text.
//! `catalogue!` makes of each block a trait, which the Spanish catalogue implements (so the
//! compiler checks that Spanish has every key, with the same values), and of each key a
//! function that the pages call: it answers in the active language (`super::spanish`), or
//! from `en`. English stays where its pages are (a key used only by one chunk's pages is in
//! that chunk); Spanish comes as one chunk when a person chooses it.
#![allow(clippy::too_many_arguments)]

use super::en;
use crate::browser::storage::StorageError;
use dew_domain::assessment::content::{Divide, Level};
use dew_domain::assessment::rater_file::RaterFileError;
use dew_domain::assessment::rating::Step;
use dew_domain::assessment::results::Source;
use dew_domain::csv_text::CsvError;
use dew_domain::date::Date;
use dew_domain::divides::analysis::{CompareWith, Flag};
use dew_domain::divides::model::DivideData;
use dew_domain::merge::{MergeSection, Side};
use dew_domain::plan::{Outcome, PlanError, PlanStatus, Prompt};
use dew_domain::portfolio::{Accessibility, Answer, DecisionKind, Evidence, Phase, PortfolioError, Privacy};
use dew_domain::report::Section;
use dew_domain::schema::SchemaError;
use dew_domain::stored::SetAsideReason;
use dew_domain::survey::kit::{Instrument, Langs, Meaning, Role as KitRole};
use dew_domain::team::{Role, Stakeholder};
use dew_domain::workspace::WorkspaceError;

/// `catalogue! { Trait in chunk fn key(values) -> Type => english_expression; … }`, where
/// `chunk` names the Spanish chunk that answers for it (`super::spanish_core`, `…_pages`).
macro_rules! catalogue {
    ($trait:ident in $spanish:ident $( fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty => $en:expr; )*) => {
        pub trait $trait {
            $( fn $name(&self $(, $arg: $ty)*) -> $ret; )*
        }
        $(
            #[inline(always)]
            pub fn $name($($arg: $ty),*) -> $ret {
                match super::$spanish() {
                    Some(c) => c.$name($($arg),*),
                    None => $en,
                }
            }
        )*
    };
}

catalogue! { Shell in spanish_core
    fn page_label(page: crate::ui::routes::Page) -> &'static str => page.label_en();
    fn section_label(id: &str) -> &'static str => crate::ui::routes::section_label_en(id);
    fn app_name() -> &'static str => en::APP_NAME;
    fn skip_to_main() -> &'static str => en::SKIP_TO_MAIN;
    fn nav_label() -> &'static str => en::NAV_LABEL;
    fn menu_button() -> &'static str => en::MENU_BUTTON;
    fn header_cycle() -> &'static str => en::HEADER_CYCLE;
    fn header_no_workspace() -> &'static str => en::HEADER_NO_WORKSPACE;
    fn sample_badge() -> &'static str => en::SAMPLE_BADGE;
    fn count(n: usize, one: &str, many: &str) -> String => en::count(n, one, many);
    fn date(d: Date) -> String => en::date(d);
    fn sample_leave_heading() -> &'static str => en::SAMPLE_LEAVE_HEADING;
    fn sample_leave_text() -> &'static str => en::SAMPLE_LEAVE_TEXT;
    fn sample_leave_button() -> &'static str => en::SAMPLE_LEAVE_BUTTON;
    fn sample_leave_question() -> &'static str => en::SAMPLE_LEAVE_QUESTION;
    fn sample_leave_yes() -> &'static str => en::SAMPLE_LEAVE_YES;
    fn sample_leave_wait() -> &'static str => en::SAMPLE_LEAVE_WAIT;
    fn sample_leave_stay() -> &'static str => en::SAMPLE_LEAVE_STAY;
    fn footer() -> &'static str => en::FOOTER;
    fn start_title() -> &'static str => en::START_TITLE;
    fn start_intro() -> &'static str => en::START_INTRO;
    fn start_new_heading() -> &'static str => en::START_NEW_HEADING;
    fn start_district_label() -> &'static str => en::START_DISTRICT_LABEL;
    fn start_cycle_label() -> &'static str => en::START_CYCLE_LABEL;
    fn start_cycle_hint() -> &'static str => en::START_CYCLE_HINT;
    fn start_create() -> &'static str => en::START_CREATE;
    fn start_sample_heading() -> &'static str => en::START_SAMPLE_HEADING;
    fn start_sample_text() -> &'static str => en::START_SAMPLE_TEXT;
    fn start_sample_button() -> &'static str => en::START_SAMPLE_BUTTON;
    fn start_import_text() -> &'static str => en::START_IMPORT_TEXT;
    fn overview_title() -> &'static str => en::OVERVIEW_TITLE;
    fn overview_steps() -> &'static str => en::OVERVIEW_STEPS;
    fn overview_team_step() -> &'static str => en::OVERVIEW_TEAM_STEP;
    fn overview_team_progress(members: usize, missing: usize) -> String => en::overview_team_progress(members, missing);
    fn team_title() -> &'static str => en::TEAM_TITLE;
    fn team_intro() -> &'static str => en::TEAM_INTRO;
    fn team_empty() -> &'static str => en::TEAM_EMPTY;
    fn team_table_caption() -> &'static str => en::TEAM_TABLE_CAPTION;
    fn team_col_name() -> &'static str => en::TEAM_COL_NAME;
    fn team_col_role() -> &'static str => en::TEAM_COL_ROLE;
    fn team_col_actions() -> &'static str => en::TEAM_COL_ACTIONS;
    fn team_no_name() -> &'static str => en::TEAM_NO_NAME;
    fn team_add_heading() -> &'static str => en::TEAM_ADD_HEADING;
    fn team_name_label() -> &'static str => en::TEAM_NAME_LABEL;
    fn team_role_label() -> &'static str => en::TEAM_ROLE_LABEL;
    fn team_role_choose() -> &'static str => en::TEAM_ROLE_CHOOSE;
    fn team_role_required() -> &'static str => en::TEAM_ROLE_REQUIRED;
    fn team_add() -> &'static str => en::TEAM_ADD;
    fn team_edit() -> &'static str => en::TEAM_EDIT;
    fn team_save() -> &'static str => en::TEAM_SAVE;
    fn team_cancel() -> &'static str => en::TEAM_CANCEL;
    fn team_remove() -> &'static str => en::TEAM_REMOVE;
    fn team_undo() -> &'static str => en::TEAM_UNDO;
    fn team_all_present() -> &'static str => en::TEAM_ALL_PRESENT;
    fn team_missing_heading() -> &'static str => en::TEAM_MISSING_HEADING;
    fn team_added(who: &str) -> String => en::team_added(who);
    fn team_saved(who: &str) -> String => en::team_saved(who);
    fn team_removed(who: &str) -> String => en::team_removed(who);
    fn team_restored(who: &str) -> String => en::team_restored(who);
    fn team_edit_label(who: &str) -> String => en::team_edit_label(who);
    fn team_remove_label(who: &str) -> String => en::team_remove_label(who);
    fn member_ref(name: Option<&str>, role: Role) -> String => en::member_ref(name, role);
    fn role_label(r: Role) -> &'static str => en::role_label(r);
    fn missing_stakeholder(s: Stakeholder) -> &'static str => en::missing_stakeholder(s);
    fn field_name(field: &str) -> &'static str => en::field_name(field);
    fn workspace_error(e: &WorkspaceError) -> String => en::workspace_error(e);
    fn schema_error(e: &SchemaError) -> String => en::schema_error(e);
    fn storage_error(e: &StorageError) -> String => en::storage_error(e);
    fn banner_unreadable_title() -> &'static str => en::BANNER_UNREADABLE_TITLE;
    fn banner_unreadable_kept() -> &'static str => en::BANNER_UNREADABLE_KEPT;
    fn banner_unreadable_not_kept() -> &'static str => en::BANNER_UNREADABLE_NOT_KEPT;
    fn banner_unreadable_next() -> &'static str => en::BANNER_UNREADABLE_NEXT;
    fn banner_download_stored() -> &'static str => en::BANNER_DOWNLOAD_STORED;
    fn banner_continue() -> &'static str => en::BANNER_CONTINUE;
    fn banner_dismiss() -> &'static str => en::BANNER_DISMISS;
    fn banner_save_failed_title() -> &'static str => en::BANNER_SAVE_FAILED_TITLE;
    fn banner_save_resumed() -> &'static str => en::BANNER_SAVE_RESUMED;
    fn banner_save_failed_keep() -> &'static str => en::BANNER_SAVE_FAILED_KEEP;
    fn banner_download_backup() -> &'static str => en::BANNER_DOWNLOAD_BACKUP;
    fn banner_other_tab_title() -> &'static str => en::BANNER_OTHER_TAB_TITLE;
    fn banner_other_tab_erased_title() -> &'static str => en::BANNER_OTHER_TAB_ERASED_TITLE;
    fn banner_other_tab_paused() -> &'static str => en::BANNER_OTHER_TAB_PAUSED;
    fn banner_take_theirs() -> &'static str => en::BANNER_TAKE_THEIRS;
    fn banner_keep_mine() -> &'static str => en::BANNER_KEEP_MINE;
    fn banner_clear_here() -> &'static str => en::BANNER_CLEAR_HERE;
    fn banner_save_here() -> &'static str => en::BANNER_SAVE_HERE;
    fn data_title() -> &'static str => en::DATA_TITLE;
    fn data_export_heading() -> &'static str => en::DATA_EXPORT_HEADING;
    fn data_export_text() -> &'static str => en::DATA_EXPORT_TEXT;
    fn data_export_button() -> &'static str => en::DATA_EXPORT_BUTTON;
    fn data_export_none() -> &'static str => en::DATA_EXPORT_NONE;
    fn data_import_heading() -> &'static str => en::DATA_IMPORT_HEADING;
    fn data_import_label() -> &'static str => en::DATA_IMPORT_LABEL;
    fn data_import_hint() -> &'static str => en::DATA_IMPORT_HINT;
    fn data_reading() -> &'static str => en::DATA_READING;
    fn data_preview_heading() -> &'static str => en::DATA_PREVIEW_HEADING;
    fn data_preview_district() -> &'static str => en::DATA_PREVIEW_DISTRICT;
    fn data_preview_saved() -> &'static str => en::DATA_PREVIEW_SAVED;
    fn data_preview_cycles() -> &'static str => en::DATA_PREVIEW_CYCLES;
    fn data_preview_schema() -> &'static str => en::DATA_PREVIEW_SCHEMA;
    fn data_preview_unknown_date() -> &'static str => en::DATA_PREVIEW_UNKNOWN_DATE;
    fn data_cycle_line(label: &str, team: usize) -> String => en::data_cycle_line(label, team);
    fn data_replace_warning(current: &str) -> String => en::data_replace_warning(current);
    fn data_replace_confirm() -> &'static str => en::DATA_REPLACE_CONFIRM;
    fn data_restore_confirm() -> &'static str => en::DATA_RESTORE_CONFIRM;
    fn data_import_cancel() -> &'static str => en::DATA_IMPORT_CANCEL;
    fn data_import_failed(file: &str, why: &str) -> String => en::data_import_failed(file, why);
    fn data_restored(district: &str) -> String => en::data_restored(district);
    fn data_import_cancelled() -> &'static str => en::DATA_IMPORT_CANCELLED;
    fn data_set_aside_heading() -> &'static str => en::DATA_SET_ASIDE_HEADING;
    fn data_set_aside_intro() -> &'static str => en::DATA_SET_ASIDE_INTRO;
    fn data_set_aside_empty() -> &'static str => en::DATA_SET_ASIDE_EMPTY;
    fn data_set_aside_caption() -> &'static str => en::DATA_SET_ASIDE_CAPTION;
    fn data_col_why() -> &'static str => en::DATA_COL_WHY;
    fn data_col_when() -> &'static str => en::DATA_COL_WHEN;
    fn data_col_size() -> &'static str => en::DATA_COL_SIZE;
    fn data_col_actions() -> &'static str => en::DATA_COL_ACTIONS;
    fn data_download() -> &'static str => en::DATA_DOWNLOAD;
    fn data_delete() -> &'static str => en::DATA_DELETE;
    fn data_delete_confirm() -> &'static str => en::DATA_DELETE_CONFIRM;
    fn data_delete_keep() -> &'static str => en::DATA_DELETE_KEEP;
    fn data_delete_question(when: &str) -> String => en::data_delete_question(when);
    fn set_aside_reason(r: SetAsideReason) -> &'static str => en::set_aside_reason(r);
    fn size_label(chars: usize) -> String => en::size_label(chars);
    fn data_download_failed() -> &'static str => en::DATA_DOWNLOAD_FAILED;
    fn privacy_title() -> &'static str => en::PRIVACY_TITLE;
    fn privacy_intro() -> &'static str => en::PRIVACY_INTRO;
    fn privacy_what_heading() -> &'static str => en::PRIVACY_WHAT_HEADING;
    fn privacy_what_text() -> &'static str => en::PRIVACY_WHAT_TEXT;
    fn privacy_tech_summary() -> &'static str => en::PRIVACY_TECH_SUMMARY;
    fn privacy_tech_text() -> &'static [&'static str] => en::PRIVACY_TECH_TEXT;
    fn privacy_keys_tech_caption() -> &'static str => en::PRIVACY_KEYS_TECH_CAPTION;
    fn privacy_keys_caption() -> &'static str => en::PRIVACY_KEYS_CAPTION;
    fn privacy_col_key() -> &'static str => en::PRIVACY_COL_KEY;
    fn privacy_col_what() -> &'static str => en::PRIVACY_COL_WHAT;
    fn privacy_col_size() -> &'static str => en::PRIVACY_COL_SIZE;
    fn privacy_key_workspace() -> &'static str => en::PRIVACY_KEY_WORKSPACE;
    fn privacy_key_set_aside() -> &'static str => en::PRIVACY_KEY_SET_ASIDE;
    fn privacy_key_other() -> &'static str => en::PRIVACY_KEY_OTHER;
    fn persist_heading() -> &'static str => en::PERSIST_HEADING;
    fn persist_yes() -> &'static str => en::PERSIST_YES;
    fn persist_no() -> &'static str => en::PERSIST_NO;
    fn persist_unknown() -> &'static str => en::PERSIST_UNKNOWN;
    fn privacy_nothing() -> &'static str => en::PRIVACY_NOTHING;
    fn privacy_not_stored() -> &'static str => en::PRIVACY_NOT_STORED;
    fn privacy_erase_heading() -> &'static str => en::PRIVACY_ERASE_HEADING;
    fn privacy_erase_text() -> &'static str => en::PRIVACY_ERASE_TEXT;
    fn privacy_erase_button() -> &'static str => en::PRIVACY_ERASE_BUTTON;
    fn privacy_erase_confirm_q() -> &'static str => en::PRIVACY_ERASE_CONFIRM_Q;
    fn privacy_erase_confirm() -> &'static str => en::PRIVACY_ERASE_CONFIRM;
    fn privacy_erase_cancel() -> &'static str => en::PRIVACY_ERASE_CANCEL;
    fn privacy_erased() -> &'static str => en::PRIVACY_ERASED;
    fn privacy_erase_failed(why: &str) -> String => en::privacy_erase_failed(why);
    fn not_found_title() -> &'static str => en::NOT_FOUND_TITLE;
    fn not_found_text() -> &'static str => en::NOT_FOUND_TEXT;
    fn not_found_home() -> &'static str => en::NOT_FOUND_HOME;
    fn page_not_loaded_title() -> &'static str => en::PAGE_NOT_LOADED_TITLE;
    fn page_not_loaded_text() -> &'static str => en::PAGE_NOT_LOADED_TEXT;
    fn page_not_loaded_retry() -> &'static str => en::PAGE_NOT_LOADED_RETRY;
    fn page_not_loaded_reload() -> &'static str => en::PAGE_NOT_LOADED_RELOAD;
    fn page_not_loaded_again(tries: u32) -> String => en::page_not_loaded_again(tries);
    fn page_loading() -> &'static str => en::PAGE_LOADING;
    fn code_not_loaded_title() -> &'static str => en::CODE_NOT_LOADED_TITLE;
    fn code_not_loaded_text() -> &'static str => en::CODE_NOT_LOADED_TEXT;
    fn code_not_loaded_save() -> &'static str => en::CODE_NOT_LOADED_SAVE;
    fn code_not_loaded_action() -> &'static str => en::CODE_NOT_LOADED_ACTION;
    fn no_workspace_text() -> &'static str => en::NO_WORKSPACE_TEXT;
    fn no_workspace_link() -> &'static str => en::NO_WORKSPACE_LINK;
    // Shown by the shell (header and banners), so with the first screen.
    fn earlier_cycle_banner(viewing: &str, latest: &str) -> String => en::earlier_cycle_banner(viewing, latest);
    fn switch_to_latest(latest: &str) -> String => en::switch_to_latest(latest);
    fn update_ready() -> &'static str => en::UPDATE_READY;
    fn update_reload() -> &'static str => en::UPDATE_RELOAD;
    fn lock_now() -> &'static str => en::LOCK_NOW;
    fn lock_still_saving() -> &'static str => en::LOCK_STILL_SAVING;
    fn linked_allow() -> &'static str => en::LINKED_ALLOW;
    fn linked_needs_permission(name: &str) -> String => en::linked_needs_permission(name);
    fn linked_failed(name: &str, why: &str) -> String => en::linked_failed(name, why);
    fn backup_never() -> String => en::backup_never();
    fn backup_days_ago(days: i64) -> String => en::backup_days_ago(days);
}

catalogue! { Assessment in spanish_pages
    fn consensus_agree_heading() -> &'static str => en::CONSENSUS_AGREE_HEADING;
    fn overview_assess_step() -> &'static str => en::OVERVIEW_ASSESS_STEP;
    fn overview_consensus_step() -> &'static str => en::OVERVIEW_CONSENSUS_STEP;
    fn overview_results_step() -> &'static str => en::OVERVIEW_RESULTS_STEP;
    fn rated_of(rated: usize, total: usize) -> String => en::rated_of(rated, total);
    fn overview_consensus_progress(raters: usize, agreed: usize, disagreements: usize) -> String => en::overview_consensus_progress(raters, agreed, disagreements);
    fn level_name(l: Level) -> &'static str => en::level_name(l);
    fn divide_name(d: Divide) -> &'static str => en::divide_name(d);
    fn step_name(s: Step) -> &'static str => en::step_name(s);
    fn assess_title() -> &'static str => en::ASSESS_TITLE;
    fn assess_intro() -> &'static str => en::ASSESS_INTRO;
    fn assess_areas() -> &'static str => en::ASSESS_AREAS;
    fn assess_overall(rated: usize, total: usize) -> String => en::assess_overall(rated, total);
    fn assess_next_unrated() -> &'static str => en::ASSESS_NEXT_UNRATED;
    fn assess_all_rated() -> &'static str => en::ASSESS_ALL_RATED;
    fn assess_current_legend() -> &'static str => en::ASSESS_CURRENT_LEGEND;
    fn assess_not_yet_known() -> &'static str => en::ASSESS_NOT_YET_KNOWN;
    fn assess_not_yet_known_hint() -> &'static str => en::ASSESS_NOT_YET_KNOWN_HINT;
    fn assess_target_legend() -> &'static str => en::ASSESS_TARGET_LEGEND;
    fn assess_evidence_label() -> &'static str => en::ASSESS_EVIDENCE_LABEL;
    fn assess_evidence_suggested() -> &'static str => en::ASSESS_EVIDENCE_SUGGESTED;
    fn assess_step_legend() -> &'static str => en::ASSESS_STEP_LEGEND;
    fn assess_step_note_label() -> &'static str => en::ASSESS_STEP_NOTE_LABEL;
    fn assess_clear() -> &'static str => en::ASSESS_CLEAR;
    fn assess_divides() -> &'static str => en::ASSESS_DIVIDES;
    fn indicator_number(n: usize, total: usize) -> String => en::indicator_number(n, total);
    fn rater_export_heading() -> &'static str => en::RATER_EXPORT_HEADING;
    fn rater_export_text() -> &'static str => en::RATER_EXPORT_TEXT;
    fn rater_name_label() -> &'static str => en::RATER_NAME_LABEL;
    fn rater_role_label() -> &'static str => en::RATER_ROLE_LABEL;
    fn rater_export_button() -> &'static str => en::RATER_EXPORT_BUTTON;
    fn rater_name_required() -> &'static str => en::RATER_NAME_REQUIRED;
    fn rater_nothing_rated() -> &'static str => en::RATER_NOTHING_RATED;
    fn consensus_title() -> &'static str => en::CONSENSUS_TITLE;
    fn consensus_intro() -> &'static str => en::CONSENSUS_INTRO;
    fn consensus_import_heading() -> &'static str => en::CONSENSUS_IMPORT_HEADING;
    fn consensus_import_label() -> &'static str => en::CONSENSUS_IMPORT_LABEL;
    fn consensus_import_hint() -> &'static str => en::CONSENSUS_IMPORT_HINT;
    fn consensus_raters_heading() -> &'static str => en::CONSENSUS_RATERS_HEADING;
    fn consensus_no_raters() -> &'static str => en::CONSENSUS_NO_RATERS;
    fn consensus_raters_region() -> &'static str => en::CONSENSUS_RATERS_REGION;
    fn consensus_you() -> &'static str => en::CONSENSUS_YOU;
    fn consensus_col_rater() -> &'static str => en::CONSENSUS_COL_RATER;
    fn consensus_col_role() -> &'static str => en::CONSENSUS_COL_ROLE;
    fn consensus_col_rated() -> &'static str => en::CONSENSUS_COL_RATED;
    fn consensus_col_exported() -> &'static str => en::CONSENSUS_COL_EXPORTED;
    fn consensus_col_actions() -> &'static str => en::CONSENSUS_COL_ACTIONS;
    fn consensus_remove() -> &'static str => en::CONSENSUS_REMOVE;
    fn consensus_remove_label(name: &str) -> String => en::consensus_remove_label(name);
    fn consensus_removed(name: &str) -> String => en::consensus_removed(name);
    fn consensus_undo() -> &'static str => en::CONSENSUS_UNDO;
    fn consensus_only_disagreements() -> &'static str => en::CONSENSUS_ONLY_DISAGREEMENTS;
    fn consensus_no_levels() -> &'static str => en::CONSENSUS_NO_LEVELS;
    fn consensus_disagree() -> &'static str => en::CONSENSUS_DISAGREE;
    fn consensus_spread(lo: Level, hi: Level) -> String => en::consensus_spread(lo, hi);
    fn consensus_levels_caption() -> &'static str => en::CONSENSUS_LEVELS_CAPTION;
    fn consensus_col_level() -> &'static str => en::CONSENSUS_COL_LEVEL;
    fn consensus_not_yet_known() -> &'static str => en::CONSENSUS_NOT_YET_KNOWN;
    fn consensus_agreed_label() -> &'static str => en::CONSENSUS_AGREED_LABEL;
    fn consensus_choose_level() -> &'static str => en::CONSENSUS_CHOOSE_LEVEL;
    fn consensus_rationale_label() -> &'static str => en::CONSENSUS_RATIONALE_LABEL;
    fn consensus_save() -> &'static str => en::CONSENSUS_SAVE;
    fn consensus_clear() -> &'static str => en::CONSENSUS_CLEAR;
    fn consensus_recorded(level: Level) -> String => en::consensus_recorded(level);
    fn consensus_level_required() -> &'static str => en::CONSENSUS_LEVEL_REQUIRED;
    fn consensus_file_added(file: &str, name: &str) -> String => en::consensus_file_added(file, name);
    fn consensus_file_replaced(file: &str, name: &str) -> String => en::consensus_file_replaced(file, name);
    fn consensus_file_kept(file: &str, name: &str) -> String => en::consensus_file_kept(file, name);
    fn consensus_file_failed(file: &str, why: &str) -> String => en::consensus_file_failed(file, why);
    fn consensus_other_cycle(file: &str, name: &str, theirs: &str, ours: &str) -> String => en::consensus_other_cycle(file, name, theirs, ours);
    fn consensus_import_anyway() -> &'static str => en::CONSENSUS_IMPORT_ANYWAY;
    fn consensus_skip() -> &'static str => en::CONSENSUS_SKIP;
    fn rater_file_error(e: &RaterFileError) -> String => en::rater_file_error(e);
    fn results_title() -> &'static str => en::RESULTS_TITLE;
    fn results_intro() -> &'static str => en::RESULTS_INTRO;
    fn results_empty() -> &'static str => en::RESULTS_EMPTY;
    fn go_assess() -> &'static str => en::GO_ASSESS;
    fn go_targets() -> &'static str => en::GO_TARGETS;
    fn go_divide_data() -> &'static str => en::GO_DIVIDE_DATA;
    fn go_plan() -> &'static str => en::GO_PLAN;
    fn go_cycles() -> &'static str => en::GO_CYCLES;
    fn results_by_area() -> &'static str => en::RESULTS_BY_AREA;
    fn results_by_divide() -> &'static str => en::RESULTS_BY_DIVIDE;
    fn results_strengths() -> &'static str => en::RESULTS_STRENGTHS;
    fn results_strengths_none() -> &'static str => en::RESULTS_STRENGTHS_NONE;
    fn results_priorities() -> &'static str => en::RESULTS_PRIORITIES;
    fn results_priorities_none() -> &'static str => en::RESULTS_PRIORITIES_NONE;
    fn results_no_level() -> &'static str => en::RESULTS_NO_LEVEL;
    fn results_col_area() -> &'static str => en::RESULTS_COL_AREA;
    fn results_col_divide() -> &'static str => en::RESULTS_COL_DIVIDE;
    fn results_col_median() -> &'static str => en::RESULTS_COL_MEDIAN;
    fn results_col_below() -> &'static str => en::RESULTS_COL_BELOW;
    fn results_col_gap() -> &'static str => en::RESULTS_COL_GAP;
    fn results_none() -> &'static str => en::RESULTS_NONE;
    fn results_chart_label(area: &str) -> String => en::results_chart_label(area);
    fn results_table_caption(area: &str) -> String => en::results_table_caption(area);
    fn results_source(s: Source) -> String => en::results_source(s);
    fn results_gap(level: Level, target: Level, source: Source) -> String => en::results_gap(level, target, source);
    fn results_strength(level: Level, source: Source) -> String => en::results_strength(level, source);
    fn mean_gap(g: Option<f64>) -> String => en::mean_gap(g);
}

catalogue! { Divides in spanish_pages
    fn overview_divides_step() -> &'static str => en::OVERVIEW_DIVIDES_STEP;
    fn overview_divides_progress(schools: usize, cells: usize, priorities: usize) -> String => en::overview_divides_progress(schools, cells, priorities);
    fn divides_title() -> &'static str => en::DIVIDES_TITLE;
    fn divides_intro(family: Option<usize>) -> String => en::divides_intro(family);
    fn divides_empty() -> &'static str => en::DIVIDES_EMPTY;
    fn divides_summary() -> &'static str => en::DIVIDES_SUMMARY;
    fn divides_col_divide() -> &'static str => en::DIVIDES_COL_DIVIDE;
    fn divides_col_indicators() -> &'static str => en::DIVIDES_COL_INDICATORS;
    fn divides_col_priority() -> &'static str => en::DIVIDES_COL_PRIORITY;
    fn divides_col_watch() -> &'static str => en::DIVIDES_COL_WATCH;
    fn divides_col_district() -> &'static str => en::DIVIDES_COL_DISTRICT;
    fn statements_heading() -> &'static str => en::STATEMENTS_HEADING;
    fn overview_all_findings() -> &'static str => en::OVERVIEW_ALL_FINDINGS;
    fn statements_intro() -> &'static str => en::STATEMENTS_INTRO;
    fn statements_none() -> &'static str => en::STATEMENTS_NONE;
    fn statements_more(shown: usize, total: usize) -> String => en::statements_more(shown, total);
    fn statement_group_indicator(group: &str, indicator: &str, k: usize, n: usize, district: Option<(f64, f64, f64, &str)>, students: u64) -> String => en::statement_group_indicator(group, indicator, k, n, district, students);
    fn statement_school_divide(school: &str, divide: Divide, k: usize, n: usize) -> String => en::statement_school_divide(school, divide, k, n);
    fn statement_group_divides(group: &str, k: usize, per_divide: &[(Divide, usize)]) -> String => en::statement_group_divides(group, k, per_divide);
    fn statement_show(n: usize) -> String => en::statement_show(n);
    fn statement_shown() -> &'static str => en::STATEMENT_SHOWN;
    fn statement_show_all() -> &'static str => en::STATEMENT_SHOW_ALL;
    fn goal_from_statement(who: &str, what: &str) -> String => en::goal_from_statement(who, what);
    fn findings_heading() -> &'static str => en::FINDINGS_HEADING;
    fn findings_none() -> &'static str => en::FINDINGS_NONE;
    fn findings_clear() -> &'static str => en::FINDINGS_CLEAR;
    fn filter_divide() -> &'static str => en::FILTER_DIVIDE;
    fn filter_school() -> &'static str => en::FILTER_SCHOOL;
    fn filter_dimension() -> &'static str => en::FILTER_DIMENSION;
    fn filter_flag() -> &'static str => en::FILTER_FLAG;
    fn filter_rank() -> &'static str => en::FILTER_RANK;
    fn rank_students() -> &'static str => en::RANK_STUDENTS;
    fn rank_gap() -> &'static str => en::RANK_GAP;
    fn rank_rate() -> &'static str => en::RANK_RATE;
    fn filter_all() -> &'static str => en::FILTER_ALL;
    fn filter_district() -> &'static str => en::FILTER_DISTRICT;
    fn filter_whole_schools() -> &'static str => en::FILTER_WHOLE_SCHOOLS;
    fn findings_more(next: usize, left: usize) -> String => en::findings_more(next, left);
    fn findings_count(shown: usize, total: usize) -> String => en::findings_count(shown, total);
    fn findings_export() -> &'static str => en::FINDINGS_EXPORT;
    fn findings_export_hint() -> &'static str => en::FINDINGS_EXPORT_HINT;
    fn flag_name(f: Flag) -> &'static str => en::flag_name(f);
    fn percent(x: f64) -> String => en::percent(x);
    fn points(x: f64) -> String => en::points(x);
    fn compare_name(with: &CompareWith, group_name: &dyn Fn(&str) -> String, school_name: &dyn Fn(&str) -> String) -> String => en::compare_name(with, group_name, school_name);
    fn finding_sentence(who: &str, indicator: &str, rate: f64, gap: f64, low: f64, high: f64, comparison: &str) -> String => en::finding_sentence(who, indicator, rate, gap, low, high, comparison);
    fn students_affected(about: u64, low: u64, high: u64) -> String => en::students_affected(about, low, high);
    fn who_group_at(group: &str, place: &str) -> String => en::who_group_at(group, place);
    fn who_group_in_district(group: &str) -> String => en::who_group_in_district(group);
    fn district_wide() -> &'static str => en::DISTRICT_WIDE;
    fn fewer_than(n: u64) -> String => en::fewer_than(n);
    fn suppressed_complement() -> &'static str => en::SUPPRESSED_COMPLEMENT;
    fn checking_privacy() -> &'static str => en::CHECKING_PRIVACY;
    fn coded_band(b: dew_domain::divides::protect::Band) -> &'static str => en::coded_band(b);
    fn protection_line(hidden: usize) -> String => en::protection_line(hidden);
    fn invalid_cell() -> &'static str => en::INVALID_CELL;
    fn no_data() -> &'static str => en::NO_DATA;
    fn heatmap_title() -> &'static str => en::HEATMAP_TITLE;
    fn heatmap_intro() -> &'static str => en::HEATMAP_INTRO;
    fn heatmap_schools() -> &'static str => en::HEATMAP_SCHOOLS;
    fn heatmap_groups() -> &'static str => en::HEATMAP_GROUPS;
    fn heatmap_scope() -> &'static str => en::HEATMAP_SCOPE;
    fn heatmap_table() -> &'static str => en::HEATMAP_TABLE;
    fn heatmap_label(what: &str) -> String => en::heatmap_label(what);
    fn heatmap_col_school() -> &'static str => en::HEATMAP_COL_SCHOOL;
    fn heatmap_col_group() -> &'static str => en::HEATMAP_COL_GROUP;
    fn heatmap_legend() -> &'static str => en::HEATMAP_LEGEND;
    fn heatmap_priority_mark() -> &'static str => en::HEATMAP_PRIORITY_MARK;
    fn heatmap_watch_mark() -> &'static str => en::HEATMAP_WATCH_MARK;
    fn ddata_title() -> &'static str => en::DDATA_TITLE;
    fn ddata_intro() -> &'static str => en::DDATA_INTRO;
    fn ddata_settings() -> &'static str => en::DDATA_SETTINGS;
    fn ddata_threshold() -> &'static str => en::DDATA_THRESHOLD;
    fn ddata_protection() -> &'static str => en::DDATA_PROTECTION;
    fn ddata_protection_hint() -> &'static str => en::DDATA_PROTECTION_HINT;
    fn ddata_protection_error() -> &'static str => en::DDATA_PROTECTION_ERROR;
    fn ddata_min_n() -> &'static str => en::DDATA_MIN_N;
    fn ddata_comparison() -> &'static str => en::DDATA_COMPARISON;
    fn ddata_cmp_complement() -> &'static str => en::DDATA_CMP_COMPLEMENT;
    fn ddata_cmp_overall() -> &'static str => en::DDATA_CMP_OVERALL;
    fn ddata_cmp_highest() -> &'static str => en::DDATA_CMP_HIGHEST;
    fn ddata_cmp_chosen(dim: &str, group: &str) -> String => en::ddata_cmp_chosen(dim, group);
    fn ddata_adjust() -> &'static str => en::DDATA_ADJUST;
    fn ddata_adjust_hint() -> &'static str => en::DDATA_ADJUST_HINT;
    fn ddata_coding() -> &'static str => en::DDATA_CODING;
    fn ddata_settings_save() -> &'static str => en::DDATA_SETTINGS_SAVE;
    fn ddata_settings_saved() -> &'static str => en::DDATA_SETTINGS_SAVED;
    fn ddata_threshold_error() -> &'static str => en::DDATA_THRESHOLD_ERROR;
    fn ddata_min_n_error() -> &'static str => en::DDATA_MIN_N_ERROR;
    fn ddata_import() -> &'static str => en::DDATA_IMPORT;
    fn ddata_template() -> &'static str => en::DDATA_TEMPLATE;
    fn ddata_import_label() -> &'static str => en::DDATA_IMPORT_LABEL;
    fn ddata_import_hint() -> &'static str => en::DDATA_IMPORT_HINT;
    fn ddata_preview(file: &str, cells: usize, new_schools: usize, overwrites: usize) -> String => en::ddata_preview(file, cells, new_schools, overwrites);
    fn ddata_reading(file: &str) -> String => en::ddata_reading(file);
    fn more_problems(more: usize) -> String => en::more_problems(more);
    fn usage_errors(file: &str, n: usize) -> String => en::usage_errors(file, n);
    fn ddata_errors(file: &str, n: usize) -> String => en::ddata_errors(file, n);
    fn csv_error(e: &CsvError) -> String => en::csv_error(e);
    fn ddata_mode() -> &'static str => en::DDATA_MODE;
    fn ddata_mode_add() -> &'static str => en::DDATA_MODE_ADD;
    fn ddata_mode_replace() -> &'static str => en::DDATA_MODE_REPLACE;
    fn ddata_apply() -> &'static str => en::DDATA_APPLY;
    fn ddata_cancel() -> &'static str => en::DDATA_CANCEL;
    fn ddata_applied(cells: usize) -> String => en::ddata_applied(cells);
    fn ddata_undo() -> &'static str => en::DDATA_UNDO;
    fn ddata_undone() -> &'static str => en::DDATA_UNDONE;
    fn ddata_grid() -> &'static str => en::DDATA_GRID;
    fn ddata_grid_indicator() -> &'static str => en::DDATA_GRID_INDICATOR;
    fn ddata_grid_region() -> &'static str => en::DDATA_GRID_REGION;
    fn ddata_grid_dimension() -> &'static str => en::DDATA_GRID_DIMENSION;
    fn ddata_grid_whole() -> &'static str => en::DDATA_GRID_WHOLE;
    fn ddata_grid_none() -> &'static str => en::DDATA_GRID_NONE;
    fn ddata_grid_hint() -> &'static str => en::DDATA_GRID_HINT;
    fn ddata_num() -> &'static str => en::DDATA_NUM;
    fn ddata_den() -> &'static str => en::DDATA_DEN;
    fn ddata_cell_label(school_and_group: &str, part: &str) -> String => en::ddata_cell_label(school_and_group, part);
    fn ddata_school_added(name: &str) -> String => en::ddata_school_added(name);
    fn ddata_not_number() -> &'static str => en::DDATA_NOT_NUMBER;
    fn ddata_need_both() -> &'static str => en::DDATA_NEED_BOTH;
    fn ddata_no_schools() -> &'static str => en::DDATA_NO_SCHOOLS;
    fn ddata_schools() -> &'static str => en::DDATA_SCHOOLS;
    fn ddata_school_name() -> &'static str => en::DDATA_SCHOOL_NAME;
    fn ddata_add_school() -> &'static str => en::DDATA_ADD_SCHOOL;
    fn ddata_school_required() -> &'static str => en::DDATA_SCHOOL_REQUIRED;
    fn ddata_indicators() -> &'static str => en::DDATA_INDICATORS;
    fn ddata_custom_heading() -> &'static str => en::DDATA_CUSTOM_HEADING;
    fn ddata_custom_name() -> &'static str => en::DDATA_CUSTOM_NAME;
    fn ddata_custom_divide() -> &'static str => en::DDATA_CUSTOM_DIVIDE;
    fn ddata_custom_num() -> &'static str => en::DDATA_CUSTOM_NUM;
    fn ddata_custom_den() -> &'static str => en::DDATA_CUSTOM_DEN;
    fn ddata_custom_direction() -> &'static str => en::DDATA_CUSTOM_DIRECTION;
    fn ddata_custom_source() -> &'static str => en::DDATA_CUSTOM_SOURCE;
    fn ddata_custom_add() -> &'static str => en::DDATA_CUSTOM_ADD;
    fn ddata_custom_save() -> &'static str => en::DDATA_CUSTOM_SAVE;
    fn ddata_custom_delete() -> &'static str => en::DDATA_CUSTOM_DELETE;
    fn ddata_custom_edit() -> &'static str => en::DDATA_CUSTOM_EDIT;
    fn ddata_custom_delete_q(name: &str, cells: usize) -> String => en::ddata_custom_delete_q(name, cells);
    fn ddata_confirm_delete() -> &'static str => en::DDATA_CONFIRM_DELETE;
    fn ddata_keep() -> &'static str => en::DDATA_KEEP;
    fn ddata_blank(field: dew_domain::divides::model::Field) -> &'static str => en::ddata_blank(field);
    fn ddata_builtin() -> &'static str => en::DDATA_BUILTIN;
    fn ddata_custom() -> &'static str => en::DDATA_CUSTOM;
    fn ddata_col_name() -> &'static str => en::DDATA_COL_NAME;
    fn ddata_col_divide() -> &'static str => en::DDATA_COL_DIVIDE;
    fn ddata_col_measures() -> &'static str => en::DDATA_COL_MEASURES;
    fn ddata_col_source() -> &'static str => en::DDATA_COL_SOURCE;
    fn ddata_col_kind() -> &'static str => en::DDATA_COL_KIND;
    fn ddata_dim_heading() -> &'static str => en::DDATA_DIM_HEADING;
    fn ddata_dim_name() -> &'static str => en::DDATA_DIM_NAME;
    fn ddata_dim_groups() -> &'static str => en::DDATA_DIM_GROUPS;
    fn ddata_dim_add() -> &'static str => en::DDATA_DIM_ADD;
    fn ddata_dims_custom(names: &str) -> String => en::ddata_dims_custom(names);
}

catalogue! { Planning in spanish_pages
    fn target_by(target: &str, by: Option<Date>) -> String => en::target_by(target, by);
    fn header_cycle_select() -> &'static str => en::HEADER_CYCLE_SELECT;
    fn cycle_switch() -> &'static str => en::CYCLE_SWITCH;
    fn cycle_switched(label: &str) -> String => en::cycle_switched(label);
    fn cycle_already(label: &str) -> String => en::cycle_already(label);
    fn cycles_heading() -> &'static str => en::CYCLES_HEADING;
    fn cycles_intro() -> &'static str => en::CYCLES_INTRO;
    fn cycles_next_label() -> &'static str => en::CYCLES_NEXT_LABEL;
    fn cycles_start() -> &'static str => en::CYCLES_START;
    fn cycles_confirm(label: &str, from: &str) -> String => en::cycles_confirm(label, from);
    fn cycles_confirm_yes() -> &'static str => en::CYCLES_CONFIRM_YES;
    fn cancel() -> &'static str => en::CANCEL;
    fn cycles_started(label: &str) -> String => en::cycles_started(label);
    fn cycles_switched(label: &str) -> String => en::cycles_switched(label);
    fn cycles_current() -> &'static str => en::CYCLES_CURRENT;
    fn cycles_open() -> &'static str => en::CYCLES_OPEN;
    fn reflect_title() -> &'static str => en::REFLECT_TITLE;
    fn reflect_intro() -> &'static str => en::REFLECT_INTRO;
    fn reflect_area() -> &'static str => en::REFLECT_AREA;
    fn reflect_evidence() -> &'static str => en::REFLECT_EVIDENCE;
    fn reflect_ratings() -> &'static str => en::REFLECT_RATINGS;
    fn reflect_findings() -> &'static str => en::REFLECT_FINDINGS;
    fn reflect_no_findings() -> &'static str => en::REFLECT_NO_FINDINGS;
    fn reflect_no_level() -> &'static str => en::REFLECT_NO_LEVEL;
    fn reflect_answered(n: usize, of: usize) -> String => en::reflect_answered(n, of);
    fn prompt_text(p: Prompt) -> &'static str => en::prompt_text(p);
    fn plan_title() -> &'static str => en::PLAN_TITLE;
    fn plan_intro() -> &'static str => en::PLAN_INTRO;
    fn plan_empty() -> &'static str => en::PLAN_EMPTY;
    fn plan_add_goal() -> &'static str => en::PLAN_ADD_GOAL;
    fn plan_add_goal_button() -> &'static str => en::PLAN_ADD_GOAL_BUTTON;
    fn plan_attention() -> &'static str => en::PLAN_ATTENTION;
    fn plan_all_well() -> &'static str => en::PLAN_ALL_WELL;
    fn plan_overdue(action: &str, goal: &str, due: &str) -> String => en::plan_overdue(action, goal, due);
    fn plan_no_measure(goal: &str) -> String => en::plan_no_measure(goal);
    fn plan_filter_status() -> &'static str => en::PLAN_FILTER_STATUS;
    fn plan_filter_owner() -> &'static str => en::PLAN_FILTER_OWNER;
    fn plan_sort() -> &'static str => en::PLAN_SORT;
    fn plan_sort_entered() -> &'static str => en::PLAN_SORT_ENTERED;
    fn plan_sort_due() -> &'static str => en::PLAN_SORT_DUE;
    fn plan_sort_status() -> &'static str => en::PLAN_SORT_STATUS;
    fn plan_sort_owner() -> &'static str => en::PLAN_SORT_OWNER;
    fn plan_showing(shown: usize, total: usize) -> String => en::plan_showing(shown, total);
    fn plan_goal_title() -> &'static str => en::PLAN_GOAL_TITLE;
    fn plan_owner() -> &'static str => en::PLAN_OWNER;
    fn plan_no_owner() -> &'static str => en::PLAN_NO_OWNER;
    fn plan_status() -> &'static str => en::PLAN_STATUS;
    fn plan_notes() -> &'static str => en::PLAN_NOTES;
    fn plan_links() -> &'static str => en::PLAN_LINKS;
    fn plan_no_links() -> &'static str => en::PLAN_NO_LINKS;
    fn plan_remove_link() -> &'static str => en::PLAN_REMOVE_LINK;
    fn plan_measure() -> &'static str => en::PLAN_MEASURE;
    fn plan_measure_kind() -> &'static str => en::PLAN_MEASURE_KIND;
    fn plan_measure_none() -> &'static str => en::PLAN_MEASURE_NONE;
    fn plan_measure_rate() -> &'static str => en::PLAN_MEASURE_RATE;
    fn plan_measure_level() -> &'static str => en::PLAN_MEASURE_LEVEL;
    fn plan_measure_indicator() -> &'static str => en::PLAN_MEASURE_INDICATOR;
    fn plan_measure_school() -> &'static str => en::PLAN_MEASURE_SCHOOL;
    fn plan_measure_group() -> &'static str => en::PLAN_MEASURE_GROUP;
    fn plan_measure_all_students() -> &'static str => en::PLAN_MEASURE_ALL_STUDENTS;
    fn plan_measure_target() -> &'static str => en::PLAN_MEASURE_TARGET;
    fn plan_measure_level_target() -> &'static str => en::PLAN_MEASURE_LEVEL_TARGET;
    fn plan_measure_by() -> &'static str => en::PLAN_MEASURE_BY;
    fn measure_status(outcome: Outcome, value: Option<String>) -> String => en::measure_status(outcome, value);
    fn plan_actions() -> &'static str => en::PLAN_ACTIONS;
    fn plan_no_actions() -> &'static str => en::PLAN_NO_ACTIONS;
    fn plan_action_title() -> &'static str => en::PLAN_ACTION_TITLE;
    fn plan_add_action() -> &'static str => en::PLAN_ADD_ACTION;
    fn plan_add_action_button() -> &'static str => en::PLAN_ADD_ACTION_BUTTON;
    fn plan_start() -> &'static str => en::PLAN_START;
    fn plan_due() -> &'static str => en::PLAN_DUE;
    fn plan_resources() -> &'static str => en::PLAN_RESOURCES;
    fn plan_budget() -> &'static str => en::PLAN_BUDGET;
    fn plan_remove_goal() -> &'static str => en::PLAN_REMOVE_GOAL;
    fn plan_remove_action() -> &'static str => en::PLAN_REMOVE_ACTION;
    fn undo() -> &'static str => en::UNDO;
    fn plan_removed(what: &str) -> String => en::plan_removed(what);
    fn plan_restored(what: &str) -> String => en::plan_restored(what);
    fn plan_goal_created(title: &str) -> String => en::plan_goal_created(title);
    fn plan_open_goal() -> &'static str => en::PLAN_OPEN_GOAL;
    fn plan_create_from_finding() -> &'static str => en::PLAN_CREATE_FROM_FINDING;
    fn plan_open() -> &'static str => en::PLAN_OPEN;
    fn goal_from_finding(who: &str, indicator: &str) -> String => en::goal_from_finding(who, indicator);
    fn goal_from_priority(statement: &str) -> String => en::goal_from_priority(statement);
    fn goal_summary(status: PlanStatus, owner: Option<Role>, actions: usize, due: Option<Date>) -> String => en::goal_summary(status, owner, actions, due);
    fn finding_link(indicator: &str, group: Option<&str>, school: Option<&str>) -> String => en::finding_link(indicator, group, school);
    fn plan_no_measure_yet() -> &'static str => en::PLAN_NO_MEASURE_YET;
    fn status_name(s: PlanStatus) -> &'static str => en::status_name(s);
    fn plan_error(e: &PlanError) -> String => en::plan_error(e);
    fn progress_title() -> &'static str => en::PROGRESS_TITLE;
    fn progress_intro() -> &'static str => en::PROGRESS_INTRO;
    fn progress_one_cycle() -> &'static str => en::PROGRESS_ONE_CYCLE;
    fn progress_measures() -> &'static str => en::PROGRESS_MEASURES;
    fn progress_no_measures() -> &'static str => en::PROGRESS_NO_MEASURES;
    fn progress_col_goal() -> &'static str => en::PROGRESS_COL_GOAL;
    fn progress_col_measure() -> &'static str => en::PROGRESS_COL_MEASURE;
    fn progress_col_target() -> &'static str => en::PROGRESS_COL_TARGET;
    fn progress_col_before() -> &'static str => en::PROGRESS_COL_BEFORE;
    fn progress_col_now() -> &'static str => en::PROGRESS_COL_NOW;
    fn progress_col_result() -> &'static str => en::PROGRESS_COL_RESULT;
    fn progress_areas() -> &'static str => en::PROGRESS_AREAS;
    fn progress_trends() -> &'static str => en::PROGRESS_TRENDS;
    fn progress_no_trends() -> &'static str => en::PROGRESS_NO_TRENDS;
    fn progress_district() -> &'static str => en::PROGRESS_DISTRICT;
    fn outcome_name(o: Outcome) -> &'static str => en::outcome_name(o);
    fn suppressed_short() -> &'static str => en::SUPPRESSED_SHORT;
    fn no_data_short() -> &'static str => en::NO_DATA_SHORT;
    fn measures_chart_label(n: usize) -> String => en::measures_chart_label(n);
    fn areas_chart_label() -> String => en::areas_chart_label();
    fn trend_chart_label(indicator: &str) -> String => en::trend_chart_label(indicator);
    fn overview_reflect_step() -> &'static str => en::OVERVIEW_REFLECT_STEP;
    fn overview_plan_step() -> &'static str => en::OVERVIEW_PLAN_STEP;
    fn overview_progress_step() -> &'static str => en::OVERVIEW_PROGRESS_STEP;
    fn table_of(what: &str) -> String => en::table_of(what);
    fn plan_add_link() -> &'static str => en::PLAN_ADD_LINK;
    fn plan_add_link_choose() -> &'static str => en::PLAN_ADD_LINK_CHOOSE;
    fn plan_link_indicators() -> &'static str => en::PLAN_LINK_INDICATORS;
    fn plan_link_findings() -> &'static str => en::PLAN_LINK_FINDINGS;
}

catalogue! { Portfolio in spanish_pages
    fn portfolio_subnav() -> &'static str => en::PORTFOLIO_SUBNAV;
    fn portfolio_title() -> &'static str => en::PORTFOLIO_TITLE;
    fn portfolio_intro() -> &'static str => en::PORTFOLIO_INTRO;
    fn portfolio_inventory() -> &'static str => en::PORTFOLIO_INVENTORY;
    fn portfolio_review() -> &'static str => en::PORTFOLIO_REVIEW;
    fn portfolio_overview() -> &'static str => en::PORTFOLIO_OVERVIEW;
    fn portfolio_empty() -> &'static str => en::PORTFOLIO_EMPTY;
    fn portfolio_add() -> &'static str => en::PORTFOLIO_ADD;
    fn portfolio_add_button() -> &'static str => en::PORTFOLIO_ADD_BUTTON;
    fn portfolio_col_name() -> &'static str => en::PORTFOLIO_COL_NAME;
    fn portfolio_col_category() -> &'static str => en::PORTFOLIO_COL_CATEGORY;
    fn portfolio_col_need() -> &'static str => en::PORTFOLIO_COL_NEED;
    fn portfolio_col_cost() -> &'static str => en::PORTFOLIO_COL_COST;
    fn portfolio_col_per_user() -> &'static str => en::PORTFOLIO_COL_PER_USER;
    fn portfolio_col_per_licence() -> &'static str => en::PORTFOLIO_COL_PER_LICENCE;
    fn portfolio_col_review() -> &'static str => en::PORTFOLIO_COL_REVIEW;
    fn portfolio_col_decision() -> &'static str => en::PORTFOLIO_COL_DECISION;
    fn portfolio_col_actions() -> &'static str => en::PORTFOLIO_COL_ACTIONS;
    fn portfolio_duplicate() -> &'static str => en::PORTFOLIO_DUPLICATE;
    fn portfolio_remove() -> &'static str => en::PORTFOLIO_REMOVE;
    fn portfolio_open() -> &'static str => en::PORTFOLIO_OPEN;
    fn portfolio_removed(name: &str) -> String => en::portfolio_removed(name);
    fn portfolio_restored(name: &str) -> String => en::portfolio_restored(name);
    fn portfolio_duplicated(name: &str) -> String => en::portfolio_duplicated(name);
    fn review_progress(done: usize, of: usize) -> String => en::review_progress(done, of);
    fn portfolio_no_decision() -> &'static str => en::PORTFOLIO_NO_DECISION;
    fn dollars(x: u64) -> String => en::dollars(x);
    fn grouped(n: u64) -> String => en::grouped(n);
    fn dollars_f(x: f64) -> String => en::dollars_f(x);
    fn portfolio_export() -> &'static str => en::PORTFOLIO_EXPORT;
    fn portfolio_import() -> &'static str => en::PORTFOLIO_IMPORT;
    fn portfolio_import_hint() -> &'static str => en::PORTFOLIO_IMPORT_HINT;
    fn inventory_preview(file: &str, products: usize, updates: usize) -> String => en::inventory_preview(file, products, updates);
    fn inventory_errors(file: &str, n: usize) -> String => en::inventory_errors(file, n);
    fn inventory_applied(n: usize) -> String => en::inventory_applied(n);
    fn apply() -> &'static str => en::APPLY;
    fn portfolio_error(e: &PortfolioError) -> String => en::portfolio_error(e);
    fn product_choose() -> &'static str => en::PRODUCT_CHOOSE;
    fn product_none() -> &'static str => en::PRODUCT_NONE;
    fn product_fields() -> &'static str => en::PRODUCT_FIELDS;
    fn f_name() -> &'static str => en::F_NAME;
    fn f_category() -> &'static str => en::F_CATEGORY;
    fn f_need() -> &'static str => en::F_NEED;
    fn f_grades() -> &'static str => en::F_GRADES;
    fn f_subjects() -> &'static str => en::F_SUBJECTS;
    fn f_licences() -> &'static str => en::F_LICENCES;
    fn f_active() -> &'static str => en::F_ACTIVE;
    fn f_cost() -> &'static str => en::F_COST;
    fn f_contract_end() -> &'static str => en::F_CONTRACT_END;
    fn f_privacy() -> &'static str => en::F_PRIVACY;
    fn f_accessibility() -> &'static str => en::F_ACCESSIBILITY;
    fn f_evidence() -> &'static str => en::F_EVIDENCE;
    fn f_sso() -> &'static str => en::F_SSO;
    fn f_rostering() -> &'static str => en::F_ROSTERING;
    fn f_lti() -> &'static str => en::F_LTI;
    fn f_training() -> &'static str => en::F_TRAINING;
    fn f_goals() -> &'static str => en::F_GOALS;
    fn not_a_number() -> &'static str => en::NOT_A_NUMBER;
    fn not_a_date() -> &'static str => en::NOT_A_DATE;
    fn privacy_name(p: Privacy) -> &'static str => en::privacy_name(p);
    fn accessibility_name(a: Accessibility) -> &'static str => en::accessibility_name(a);
    fn evidence_name(e: Evidence) -> &'static str => en::evidence_name(e);
    fn product_review() -> &'static str => en::PRODUCT_REVIEW;
    fn phase_name(p: Phase) -> &'static str => en::phase_name(p);
    fn answer_name(a: Answer) -> &'static str => en::answer_name(a);
    fn review_note() -> &'static str => en::REVIEW_NOTE;
    fn product_decision() -> &'static str => en::PRODUCT_DECISION;
    fn decision_kind() -> &'static str => en::DECISION_KIND;
    fn decision_rationale() -> &'static str => en::DECISION_RATIONALE;
    fn decision_review_date() -> &'static str => en::DECISION_REVIEW_DATE;
    fn decision_history() -> &'static str => en::DECISION_HISTORY;
    fn decision_name(d: DecisionKind) -> &'static str => en::decision_name(d);
    fn decision_saved(product: &str, d: Option<DecisionKind>) -> String => en::decision_saved(product, d);
    fn usage_heading() -> &'static str => en::USAGE_HEADING;
    fn usage_intro() -> &'static str => en::USAGE_INTRO;
    fn usage_file() -> &'static str => en::USAGE_FILE;
    fn usage_map() -> &'static str => en::USAGE_MAP;
    fn usage_col_school() -> &'static str => en::USAGE_COL_SCHOOL;
    fn usage_col_dimension() -> &'static str => en::USAGE_COL_DIMENSION;
    fn usage_col_group() -> &'static str => en::USAGE_COL_GROUP;
    fn usage_col_active() -> &'static str => en::USAGE_COL_ACTIVE;
    fn usage_col_enrolled() -> &'static str => en::USAGE_COL_ENROLLED;
    fn usage_not_in_file() -> &'static str => en::USAGE_NOT_IN_FILE;
    fn usage_check() -> &'static str => en::USAGE_CHECK;
    fn usage_use() -> &'static str => en::USAGE_USE;
    fn usage_ready(cells: usize, new_schools: usize) -> String => en::usage_ready(cells, new_schools);
    fn usage_saved(cells: usize) -> String => en::usage_saved(cells);
    fn usage_none() -> &'static str => en::USAGE_NONE;
    fn usage_findings() -> &'static str => en::USAGE_FINDINGS;
    fn usage_no_findings() -> &'static str => en::USAGE_NO_FINDINGS;
    fn usage_table() -> &'static str => en::USAGE_TABLE;
    fn usage_remove() -> &'static str => en::USAGE_REMOVE;
    fn usage_removed() -> &'static str => en::USAGE_REMOVED;
    fn overview_overlap() -> &'static str => en::OVERVIEW_OVERLAP;
    fn overview_ending() -> &'static str => en::OVERVIEW_ENDING;
    fn overview_window() -> &'static str => en::OVERVIEW_WINDOW;
    fn days_label(n: i64) -> String => en::days_label(n);
    fn overview_privacy() -> &'static str => en::OVERVIEW_PRIVACY;
    fn overview_a11y() -> &'static str => en::OVERVIEW_A11Y;
    fn overview_evidence() -> &'static str => en::OVERVIEW_EVIDENCE;
    fn overview_costs() -> &'static str => en::OVERVIEW_COSTS;
    fn overview_none() -> &'static str => en::OVERVIEW_NONE;
    fn ends_on(name: &str, date: &str) -> String => en::ends_on(name, date);
    fn portfolio_previous() -> &'static str => en::PORTFOLIO_PREVIOUS;
    fn portfolio_import_file() -> &'static str => en::PORTFOLIO_IMPORT_FILE;
    fn portfolio_overview_title() -> &'static str => en::PORTFOLIO_OVERVIEW_TITLE;
    fn report_title() -> &'static str => en::REPORT_TITLE;
    fn report_intro() -> &'static str => en::REPORT_INTRO;
    fn report_options() -> &'static str => en::REPORT_OPTIONS;
    fn report_sections() -> &'static str => en::REPORT_SECTIONS;
    fn report_names() -> &'static str => en::REPORT_NAMES;
    fn report_print() -> &'static str => en::REPORT_PRINT;
    fn report_downloads() -> &'static str => en::REPORT_DOWNLOADS;
    fn report_xlsx() -> &'static str => en::REPORT_XLSX;
    fn report_xlsx_preparing() -> &'static str => en::REPORT_XLSX_PREPARING;
    fn report_xlsx_failed(why: &str) -> String => en::report_xlsx_failed(why);
    fn report_export_note() -> &'static str => en::REPORT_EXPORT_NOTE;
    fn report_csv_button(what: &str) -> String => en::report_csv_button(what);
    fn report_generated(district: &str, cycle: &str, date: &str) -> String => en::report_generated(district, cycle, date);
    fn section_name(s: Section) -> &'static str => en::section_name(s);
    fn report_no_sections() -> &'static str => en::REPORT_NO_SECTIONS;
    fn report_empty_table() -> &'static str => en::REPORT_EMPTY_TABLE;
    fn table_title(name: &str) -> &'static str => en::table_title(name);
    fn column_title(name: &str) -> String => en::column_title(name);
    fn data_merge_confirm() -> &'static str => en::DATA_MERGE_CONFIRM;
    fn data_merge_heading() -> &'static str => en::DATA_MERGE_HEADING;
    fn data_merge_intro() -> &'static str => en::DATA_MERGE_INTRO;
    fn data_merge_col_cycle() -> &'static str => en::DATA_MERGE_COL_CYCLE;
    fn data_merge_col_section() -> &'static str => en::DATA_MERGE_COL_SECTION;
    fn data_merge_col_added() -> &'static str => en::DATA_MERGE_COL_ADDED;
    fn data_merge_col_same() -> &'static str => en::DATA_MERGE_COL_SAME;
    fn data_merge_col_conflicts() -> &'static str => en::DATA_MERGE_COL_CONFLICTS;
    fn data_merge_new_cycle() -> &'static str => en::DATA_MERGE_NEW_CYCLE;
    fn data_merge_apply() -> &'static str => en::DATA_MERGE_APPLY;
    fn merge_section_name(s: MergeSection) -> &'static str => en::merge_section_name(s);
    fn merge_side_name(s: Side) -> &'static str => en::merge_side_name(s);
    fn merge_choice_legend(section: &str) -> String => en::merge_choice_legend(section);
    fn data_merged(district: &str) -> String => en::data_merged(district);
    fn data_restore() -> &'static str => en::DATA_RESTORE;
    fn data_restore_question(when: &str) -> String => en::data_restore_question(when);
    fn data_restore_yes() -> &'static str => en::DATA_RESTORE_YES;
    fn data_restored_copy(when: &str) -> String => en::data_restored_copy(when);
    fn consensus_cleared(l: dew_domain::assessment::content::Level) -> String => en::consensus_cleared(l);
    fn overview_portfolio_step() -> &'static str => en::OVERVIEW_PORTFOLIO_STEP;
    fn overview_report_step() -> &'static str => en::OVERVIEW_REPORT_STEP;
    fn lock_screen_title() -> &'static str => en::LOCK_SCREEN_TITLE;
    fn lock_screen_text() -> &'static str => en::LOCK_SCREEN_TEXT;
    fn lock_passphrase() -> &'static str => en::LOCK_PASSPHRASE;
    fn lock_unlock() -> &'static str => en::LOCK_UNLOCK;
    fn lock_opening() -> &'static str => en::LOCK_OPENING;
    fn lock_enter_passphrase() -> &'static str => en::LOCK_ENTER_PASSPHRASE;
    fn lock_wrong() -> &'static str => en::LOCK_WRONG;
    fn lock_damaged() -> &'static str => en::LOCK_DAMAGED;
    fn lock_damaged_next() -> &'static str => en::LOCK_DAMAGED_NEXT;
    fn lock_inner_unreadable(reason: &str) -> String => en::lock_inner_unreadable(reason);
    fn lock_forgot_heading() -> &'static str => en::LOCK_FORGOT_HEADING;
    fn lock_forgot_text() -> &'static str => en::LOCK_FORGOT_TEXT;
    fn lock_download_locked() -> &'static str => en::LOCK_DOWNLOAD_LOCKED;
    fn lock_set_aside() -> &'static str => en::LOCK_SET_ASIDE;
    fn lock_set_aside_q() -> &'static str => en::LOCK_SET_ASIDE_Q;
    fn lock_set_aside_yes() -> &'static str => en::LOCK_SET_ASIDE_YES;
    fn lock_settings_heading() -> &'static str => en::LOCK_SETTINGS_HEADING;
    fn lock_settings_text() -> &'static str => en::LOCK_SETTINGS_TEXT;
    fn lock_forget_warning() -> &'static str => en::LOCK_FORGET_WARNING;
    fn lock_needs_workspace() -> &'static str => en::LOCK_NEEDS_WORKSPACE;
    fn lock_state_off() -> &'static str => en::LOCK_STATE_OFF;
    fn lock_state_on() -> &'static str => en::LOCK_STATE_ON;
    fn lock_new() -> &'static str => en::LOCK_NEW;
    fn lock_new_hint() -> &'static str => en::LOCK_NEW_HINT;
    fn lock_repeat() -> &'static str => en::LOCK_REPEAT;
    fn lock_current() -> &'static str => en::LOCK_CURRENT;
    fn lock_too_short() -> &'static str => en::LOCK_TOO_SHORT;
    fn lock_mismatch() -> &'static str => en::LOCK_MISMATCH;
    fn lock_set() -> &'static str => en::LOCK_SET;
    fn lock_auto() -> &'static str => en::LOCK_AUTO;
    fn auto_lock_choice(m: Option<u32>) -> String => en::auto_lock_choice(m);
    fn lock_auto_saved(m: Option<u32>) -> String => en::lock_auto_saved(m);
    fn lock_change() -> &'static str => en::LOCK_CHANGE;
    fn lock_change_confirm() -> &'static str => en::LOCK_CHANGE_CONFIRM;
    fn lock_remove() -> &'static str => en::LOCK_REMOVE;
    fn lock_remove_text() -> &'static str => en::LOCK_REMOVE_TEXT;
    fn lock_remove_confirm() -> &'static str => en::LOCK_REMOVE_CONFIRM;
    fn lock_working() -> &'static str => en::LOCK_WORKING;
    fn lock_done(removed: bool, changed: bool, failed: usize) -> String => en::lock_done(removed, changed, failed);
    fn lock_choose_tab_first() -> &'static str => en::LOCK_CHOOSE_TAB_FIRST;
    fn lock_save_failed(reason: &str) -> String => en::lock_save_failed(reason);
    fn lock_cannot_check() -> &'static str => en::LOCK_CANNOT_CHECK;
    fn lock_no_workspace() -> &'static str => en::LOCK_NO_WORKSPACE;
    fn lock_copy_other_passphrase() -> &'static str => en::LOCK_COPY_OTHER_PASSPHRASE;
    fn privacy_key_auto_lock() -> &'static str => en::PRIVACY_KEY_AUTO_LOCK;
}

catalogue! { Imports in spanish_pages
    fn privacy_key_survey_mappings() -> &'static str => en::PRIVACY_KEY_SURVEY_MAPPINGS;
    fn survey_title() -> &'static str => en::SURVEY_TITLE;
    fn survey_intro() -> &'static str => en::SURVEY_INTRO;
    fn survey_no_workspace() -> &'static str => en::SURVEY_NO_WORKSPACE;
    fn survey_start() -> &'static str => en::SURVEY_START;
    fn survey_file_heading() -> &'static str => en::SURVEY_FILE_HEADING;
    fn survey_file_label() -> &'static str => en::SURVEY_FILE_LABEL;
    fn survey_file_hint() -> &'static str => en::SURVEY_FILE_HINT;
    fn survey_reading() -> &'static str => en::SURVEY_READING;
    fn survey_unreadable(file: &str, why: &str) -> String => en::survey_unreadable(file, why);
    fn survey_saved_used() -> &'static str => en::SURVEY_SAVED_USED;
    fn survey_saved() -> &'static str => en::SURVEY_SAVED;
    fn survey_save_mapping() -> &'static str => en::SURVEY_SAVE_MAPPING;
    fn survey_mapping_heading() -> &'static str => en::SURVEY_MAPPING_HEADING;
    fn survey_sampled(rows: u64, columns: usize) -> String => en::survey_sampled(rows, columns);
    fn survey_encoding() -> &'static str => en::SURVEY_ENCODING;
    fn survey_delimiter() -> &'static str => en::SURVEY_DELIMITER;
    fn delimiter_name(d: u8) -> &'static str => en::delimiter_name(d);
    fn survey_preview_caption() -> &'static str => en::SURVEY_PREVIEW_CAPTION;
    fn survey_school_heading() -> &'static str => en::SURVEY_SCHOOL_HEADING;
    fn survey_school_column() -> &'static str => en::SURVEY_SCHOOL_COLUMN;
    fn survey_choose() -> &'static str => en::SURVEY_CHOOSE;
    fn survey_groups_heading() -> &'static str => en::SURVEY_GROUPS_HEADING;
    fn survey_groups_hint() -> &'static str => en::SURVEY_GROUPS_HINT;
    fn survey_not_in_file() -> &'static str => en::SURVEY_NOT_IN_FILE;
    fn survey_no_group() -> &'static str => en::SURVEY_NO_GROUP;
    fn survey_too_many(col: &str, max: usize) -> String => en::survey_too_many(col, max);
    fn survey_values_of(col: &str) -> String => en::survey_values_of(col);
    fn survey_rows_seen(n: u64) -> String => en::survey_rows_seen(n);
    fn survey_answers_heading() -> &'static str => en::SURVEY_ANSWERS_HEADING;
    fn survey_answers_hint() -> &'static str => en::SURVEY_ANSWERS_HINT;
    fn survey_not_used() -> &'static str => en::SURVEY_NOT_USED;
    fn survey_blank_note() -> &'static str => en::SURVEY_BLANK_NOTE;
    fn survey_not_offered(cols: &str) -> String => en::survey_not_offered(cols);
    fn survey_answer_name(a: dew_domain::survey::Answer) -> &'static str => en::survey_answer_name(a);
    fn survey_strict() -> &'static str => en::SURVEY_STRICT;
    fn survey_problems() -> &'static str => en::SURVEY_PROBLEMS;
    fn survey_problem(p: &dew_domain::survey::Problem) -> String => en::survey_problem(p);
    fn survey_run() -> &'static str => en::SURVEY_RUN;
    fn survey_progress(done: f64, total: f64) -> String => en::survey_progress(done, total);
    fn survey_cancel() -> &'static str => en::SURVEY_CANCEL;
    fn survey_busy() -> &'static str => en::SURVEY_BUSY;
    fn survey_cancelled() -> &'static str => en::SURVEY_CANCELLED;
    fn survey_summary_heading() -> &'static str => en::SURVEY_SUMMARY_HEADING;
    fn survey_rows_read() -> &'static str => en::SURVEY_ROWS_READ;
    fn survey_rows_counted() -> &'static str => en::SURVEY_ROWS_COUNTED;
    fn survey_rows_skipped() -> &'static str => en::SURVEY_ROWS_SKIPPED;
    fn survey_skip(k: dew_domain::survey::count::Skip, n: u64) -> String => en::survey_skip(k, n);
    fn survey_examples_caption() -> &'static str => en::SURVEY_EXAMPLES_CAPTION;
    fn survey_col_row() -> &'static str => en::SURVEY_COL_ROW;
    fn survey_col_column() -> &'static str => en::SURVEY_COL_COLUMN;
    fn survey_col_problem() -> &'static str => en::SURVEY_COL_PROBLEM;
    fn survey_example(e: &dew_domain::survey::count::RowProblem) -> String => en::survey_example(e);
    fn survey_unknown_schools() -> &'static str => en::SURVEY_UNKNOWN_SCHOOLS;
    fn survey_unknown_school(name: &str, rows: u64) -> String => en::survey_unknown_school(name, rows);
    fn survey_add_schools(n: usize) -> String => en::survey_add_schools(n);
    fn survey_unmapped_heading() -> &'static str => en::SURVEY_UNMAPPED_HEADING;
    fn survey_unmapped_hint() -> &'static str => en::SURVEY_UNMAPPED_HINT;
    fn survey_unmapped(col: &str, value: &str, n: u64) -> String => en::survey_unmapped(col, value, n);
    fn survey_add() -> &'static str => en::SURVEY_ADD;
    fn survey_replace() -> &'static str => en::SURVEY_REPLACE;
    fn survey_replace_q() -> &'static str => en::SURVEY_REPLACE_Q;
    fn survey_replace_yes() -> &'static str => en::SURVEY_REPLACE_YES;
    fn survey_back() -> &'static str => en::SURVEY_BACK;
    fn survey_applied(cells: usize, schools: usize, replaced: bool) -> String => en::survey_applied(cells, schools, replaced);
    fn survey_see_findings() -> &'static str => en::SURVEY_SEE_FINDINGS;
    fn linked_heading() -> &'static str => en::LINKED_HEADING;
    fn linked_intro() -> &'static str => en::LINKED_INTRO;
    fn linked_choose() -> &'static str => en::LINKED_CHOOSE;
    fn linked_stop() -> &'static str => en::LINKED_STOP;
    fn linked_file_type() -> &'static str => en::LINKED_FILE_TYPE;
    fn linked_unsupported() -> &'static str => en::LINKED_UNSUPPORTED;
    fn linked_looking() -> &'static str => en::LINKED_LOOKING;
    fn linked_none() -> &'static str => en::LINKED_NONE;
    fn linked_differs() -> &'static str => en::LINKED_DIFFERS;
    fn linked_linked(name: &str) -> String => en::linked_linked(name);
    fn linked_writing(name: &str) -> String => en::linked_writing(name);
    fn linked_written(name: &str, at: &str) -> String => en::linked_written(name, at);
    fn linked_write_failed(error: &str) -> String => en::linked_write_failed(error);
    fn linked_read_failed(error: &str) -> String => en::linked_read_failed(error);
    fn linked_choose_failed(error: &str) -> String => en::linked_choose_failed(error);
    fn linked_not_loaded() -> &'static str => en::LINKED_NOT_LOADED;
    fn report_name(n: dew_domain::report::Name) -> String => en::report_name(n);
    fn report_file_cell(v: &dew_domain::report::Value) -> Option<String> => en::report_file_cell(v);
    fn report_cell(v: &dew_domain::report::Value) -> String => en::report_cell(v);
    fn report_points(x: f64) -> String => en::report_points(x);
    fn report_team_makeup(roles: &[(Role, usize)]) -> String => en::report_team_makeup(roles);
    fn report_plan_headline(goals: usize, by_status: &[(dew_domain::plan::PlanStatus, usize)]) -> String => en::report_plan_headline(goals, by_status);
    fn report_progress_headline(h: dew_domain::report::ProgressHeadline) -> String => en::report_progress_headline(h);
    fn report_measure(indicator: &str, school: Option<&str>, group: Option<&str>) -> String => en::report_measure(indicator, school, group);
    fn report_measure_line(goal: &str, before: Option<&str>, now: &str, target: &str, result: &str) -> String => en::report_measure_line(goal, before, now, target, result);
    fn report_goal_line(status: &str, owner: Option<&str>, success: Option<(&str, &str, Option<&str>, &str)>) -> String => en::report_goal_line(status, owner, success);
    fn report_decision(product: &str, decision: &str, rationale: &str, review: Option<&str>) -> String => en::report_decision(product, decision, rationale, review);
    fn report_below_target(total: usize, shown: usize) -> String => en::report_below_target(total, shown);
    fn report_prepared(district: &str, cycle: &str, date: &str) -> String => en::report_prepared(district, cycle, date);
    fn report_summary() -> &'static str => en::REPORT_SUMMARY;
    fn report_summary_team() -> &'static str => en::REPORT_SUMMARY_TEAM;
    fn report_summary_plan() -> &'static str => en::REPORT_SUMMARY_PLAN;
    fn report_summary_progress() -> &'static str => en::REPORT_SUMMARY_PROGRESS;
    fn report_goals_first() -> &'static str => en::REPORT_GOALS_FIRST;
    fn report_level_key() -> &'static str => en::REPORT_LEVEL_KEY;
    fn report_furthest_below() -> &'static str => en::REPORT_FURTHEST_BELOW;
    fn report_decisions() -> &'static str => en::REPORT_DECISIONS;
    fn report_no_decisions() -> &'static str => en::REPORT_NO_DECISIONS;
    fn report_no_findings() -> &'static str => en::REPORT_NO_FINDINGS;
    fn report_actions() -> &'static str => en::REPORT_ACTIONS;
    fn report_actions_of(goal: &str) -> String => en::report_actions_of(goal);
    fn report_column(name: &str) -> String => en::report_column(name);
}

// The language switch (ui::language).
catalogue! { Language in spanish_core
    fn language_not_loaded() -> &'static str => en::LANGUAGE_NOT_LOADED;
}

// Errors from the domain and the browser, rendered by kind (never through `to_string`).
catalogue! { Errors in spanish_core
    fn csv_cell_problem(p: &dew_domain::csv_text::CellProblem) -> String => en::csv_cell_problem(p);
    fn csv_parse_problem(p: &dew_domain::csv_text::ParseProblem) -> String => en::csv_parse_problem(p);
    fn usage_columns_unchosen(columns: &[dew_domain::portfolio::usage::UsageColumn]) -> String => en::usage_columns_unchosen(columns);
    fn survey_preview_failed(file: &str, e: &dew_domain::survey::PreviewError) -> String => en::survey_preview_failed(file, e);
    fn survey_file_unreadable(file: &str, e: &crate::browser::file::FileError) -> String => en::survey_file_unreadable(file, e);
    fn file_read_failed(e: &crate::browser::file::FileError) -> String => en::file_read_failed(e);
    fn consensus_file_unreadable(file: &str, e: &crate::browser::file::FileError) -> String => en::consensus_file_unreadable(file, e);
    fn lock_failure(e: &crate::ui::locking::LockFailure) -> String => en::lock_failure(e);
    fn linked_file_error(e: &crate::browser::linked_file::LinkedFileError) -> String => en::linked_file_error(e);
    fn linked_failure(f: &crate::ui::linked_backup::LinkedFailure) -> String => en::linked_failure(f);
    fn worker_error(e: &crate::browser::worker::WorkerError) -> String => en::worker_error(e);
}

// Content keyed by the stored schema's frozen ids: the self-assessment's areas and
// indicators, the divide indicators, reflection prompts and portfolio review questions. The
// English is the domain's own text.
catalogue! { Content in spanish_pages
    fn area_name(area: &'static dew_domain::assessment::content::Area) -> &'static str => area.name;
    fn area_summary(area: &'static dew_domain::assessment::content::Area) -> &'static str => area.summary;
    fn indicator_statement(ind: &'static dew_domain::assessment::content::Indicator) -> &'static str => ind.statement;
    fn indicator_descriptor(ind: &'static dew_domain::assessment::content::Indicator, level: Level) -> &'static str => ind.descriptors[level.index()];
    fn indicator_evidence(ind: &'static dew_domain::assessment::content::Indicator) -> &'static [&'static str] => ind.evidence;
    fn divide_indicator_name(ind: &dew_domain::divides::model::DivideIndicator) -> String => ind.name.clone();
    fn divide_indicator_name_by_id(id: &str, name: &str) -> String => name.to_string();
    fn divide_indicator_numerator(ind: &dew_domain::divides::model::DivideIndicator) -> String => ind.numerator.clone();
    fn divide_indicator_denominator(ind: &dew_domain::divides::model::DivideIndicator) -> String => ind.denominator.clone();
    fn divide_indicator_source(ind: &dew_domain::divides::model::DivideIndicator) -> String => ind.source.clone();
    fn dimension_name(id: &str, name: &str) -> String => name.to_string();
    fn group_name(dimension: &str, group: &str, name: &str) -> String => name.to_string();
    fn group_label(data: &dew_domain::divides::model::DivideData, dimension: &str, group: &str) -> String => data.group_name(dimension, group);
    fn review_question(q: &'static dew_domain::portfolio::Question) -> &'static str => q.text;
    fn report_content(table: dew_domain::report::Table) -> dew_domain::report::Table => table;
}

// The exported files (issue 26): their headers, sheet names, file names and the words a person
// reads in them, in the active language. Stable columns (`*_id`, `*_iso`) keep their names in
// every language, so files made in different languages line up; files meant to be read back
// carry their headers and words as data in the domain (`file_lang`).
catalogue! { Exports in spanish_pages
    fn file_lang() -> dew_domain::language::Lang => dew_domain::language::Lang::En;
    fn file_column(name: &str) -> String => name.to_string();
    fn file_sheet(name: &str) -> String => name.to_string();
    fn findings_file_comparison(with: &CompareWith) -> String => dew_domain::divides::export::compare_label(with);
    fn findings_file_flag(f: Flag) -> String => en::findings_file_flag(f);
    fn findings_file_fewer_than(n: u64) -> String => dew_domain::divides::protect::label_primary(n);
    fn findings_file_complementary() -> String => dew_domain::divides::protect::LABEL_COMPLEMENTARY.to_string();
    fn findings_file_not_hidden() -> String => en::FINDINGS_FILE_NOT_HIDDEN.to_string();
    fn findings_file_note(hidden: usize) -> String => dew_domain::divides::protect::note_en(hidden);
    fn template_file_name() -> &'static str => en::TEMPLATE_FILE_NAME;
    fn inventory_file_name() -> &'static str => en::INVENTORY_FILE_NAME;
}

/// The findings CSV's words (`dew_domain::divides::export::Words`) in the active language.
pub struct FindingsFile;

impl dew_domain::divides::export::Words for FindingsFile {
    fn column(&self, name: &'static str) -> String {
        file_column(name)
    }
    fn comparison(&self, with: &CompareWith) -> String {
        findings_file_comparison(with)
    }
    fn flag(&self, f: Flag) -> String {
        findings_file_flag(f)
    }
    fn fewer_than(&self, min_n: u64) -> String {
        findings_file_fewer_than(min_n)
    }
    fn complementary(&self) -> String {
        findings_file_complementary()
    }
    fn not_hidden(&self) -> String {
        findings_file_not_hidden()
    }
    fn note(&self, hidden: usize) -> String {
        findings_file_note(hidden)
    }
}

// The survey kit page (issue 29) and what Survey import says of a kit.
catalogue! { Kit in spanish_pages
    fn kit_title() -> &'static str => en::KIT_TITLE;
    fn kit_intro() -> &'static str => en::KIT_INTRO;
    fn kit_no_workspace() -> &'static str => en::KIT_NO_WORKSPACE;
    fn kit_choose_heading() -> &'static str => en::KIT_CHOOSE_HEADING;
    fn kit_who() -> &'static str => en::KIT_WHO;
    fn kit_instrument(i: Instrument) -> &'static str => en::kit_instrument(i);
    fn kit_feeds(list: &str) -> String => en::kit_feeds(list);
    fn kit_language() -> &'static str => en::KIT_LANGUAGE;
    fn kit_langs(l: Langs) -> &'static str => en::kit_langs(l);
    fn kit_groups() -> &'static str => en::KIT_GROUPS;
    fn kit_groups_hint() -> &'static str => en::KIT_GROUPS_HINT;
    fn kit_grade() -> &'static str => en::KIT_GRADE;
    fn kit_groups_not_asked(i: Instrument) -> &'static str => en::kit_groups_not_asked(i);
    fn kit_no_schools() -> &'static str => en::KIT_NO_SCHOOLS;
    fn kit_identify_legend() -> &'static str => en::KIT_IDENTIFY_LEGEND;
    fn kit_identify() -> &'static str => en::KIT_IDENTIFY;
    fn kit_identify_hint() -> &'static str => en::KIT_IDENTIFY_HINT;
    fn kit_get_heading() -> &'static str => en::KIT_GET_HEADING;
    fn kit_get_hint() -> &'static str => en::KIT_GET_HINT;
    fn kit_print() -> &'static str => en::KIT_PRINT;
    fn kit_list_text() -> &'static str => en::KIT_LIST_TEXT;
    fn kit_list_csv() -> &'static str => en::KIT_LIST_CSV;
    fn kit_template() -> &'static str => en::KIT_TEMPLATE;
    fn kit_saved() -> &'static str => en::KIT_SAVED;
    fn kit_paper_heading() -> &'static str => en::KIT_PAPER_HEADING;
    fn kit_meanings_heading() -> &'static str => en::KIT_MEANINGS_HEADING;
    fn kit_meanings_hint() -> &'static str => en::KIT_MEANINGS_HINT;
    fn kit_col_answer() -> &'static str => en::KIT_COL_ANSWER;
    fn kit_col_counts_as() -> &'static str => en::KIT_COL_COUNTS_AS;
    fn kit_meaning(m: &Meaning, data: &DivideData, role: &KitRole) -> String => en::kit_meaning(m, data, role);
    fn kit_role(role: &KitRole, data: &DivideData) -> String => en::kit_role(role, data);
    fn kit_write_in() -> &'static str => en::KIT_WRITE_IN;
    fn kit_file_how_to() -> &'static str => en::KIT_FILE_HOW_TO;
    fn kit_file_title(i: Instrument) -> String => en::kit_file_title(i);
    fn kit_csv_headers() -> [&'static str; 10] => en::KIT_CSV_HEADERS;
    fn privacy_key_survey_kits() -> &'static str => en::PRIVACY_KEY_SURVEY_KITS;
    fn survey_kit_used(name: &str, columns: usize) -> String => en::survey_kit_used(name, columns);
    fn survey_kit_not_found(questions: &str) -> String => en::survey_kit_not_found(questions);
    fn survey_kit_suggested(columns: &str) -> String => en::survey_kit_suggested(columns);
    fn survey_kit_map_by_hand() -> &'static str => en::SURVEY_KIT_MAP_BY_HAND;
    fn survey_also_read(columns: &str) -> String => en::survey_also_read(columns);
    fn survey_read_with(column: &str) -> String => en::survey_read_with(column);
    fn survey_kit_one_language(questions: &str) -> String => en::survey_kit_one_language(questions);
}

/// The question list's words (`dew_domain::survey::kit::KitWords`) in the active language.
pub struct KitFile;

impl dew_domain::survey::kit::KitWords for KitFile {
    fn title(&self, i: Instrument) -> String {
        kit_file_title(i)
    }
    fn how_to(&self) -> String {
        kit_file_how_to().to_string()
    }
    fn feeds(&self, q: &dew_domain::survey::kit::Question, data: &DivideData) -> String {
        kit_role(&q.role, data)
    }
    fn meaning(&self, m: &Meaning, data: &DivideData, role: &KitRole) -> String {
        kit_meaning(m, data, role)
    }
    fn write_in(&self) -> String {
        kit_write_in().to_string()
    }
    fn csv_headers(&self) -> [String; 10] {
        kit_csv_headers().map(str::to_string)
    }
}
