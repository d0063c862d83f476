//! Spanish: the `Shell` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::en;
use super::super::keys::Shell;
use super::Es;
use crate::browser::storage::StorageError;
use dew_domain::assessment::content::{Divide, Level};
use dew_domain::assessment::rater_file::RaterFileError;
use dew_domain::assessment::rating::Step;
use dew_domain::assessment::results::Source;
use dew_domain::csv_text::CsvError;
use dew_domain::date::Date;
use dew_domain::divides::analysis::{CompareWith, Flag};
use dew_domain::merge::{MergeSection, Side};
use dew_domain::plan::{Outcome, PlanError, PlanStatus, Prompt};
use dew_domain::portfolio::{Accessibility, Answer, DecisionKind, Evidence, Phase, PortfolioError, Privacy};
use dew_domain::report::Section;
use dew_domain::schema::SchemaError;
use dew_domain::stored::SetAsideReason;
use dew_domain::team::{Role, Stakeholder};
use dew_domain::workspace::WorkspaceError;

impl Shell for Es {
    fn page_label(&self, page: crate::ui::routes::Page) -> &'static str {
        page.label_en()
    }
    fn section_label(&self, id: &str) -> &'static str {
        crate::ui::routes::section_label_en(id)
    }
    fn app_name(&self) -> &'static str {
        en::APP_NAME
    }
    fn skip_to_main(&self) -> &'static str {
        en::SKIP_TO_MAIN
    }
    fn nav_label(&self) -> &'static str {
        en::NAV_LABEL
    }
    fn menu_button(&self) -> &'static str {
        en::MENU_BUTTON
    }
    fn header_cycle(&self) -> &'static str {
        en::HEADER_CYCLE
    }
    fn header_no_workspace(&self) -> &'static str {
        en::HEADER_NO_WORKSPACE
    }
    fn sample_badge(&self) -> &'static str {
        en::SAMPLE_BADGE
    }
    fn count(&self, n: usize, one: &str, many: &str) -> String {
        en::count(n, one, many)
    }
    fn date(&self, d: Date) -> String {
        en::date(d)
    }
    fn sample_leave_heading(&self) -> &'static str {
        en::SAMPLE_LEAVE_HEADING
    }
    fn sample_leave_text(&self) -> &'static str {
        en::SAMPLE_LEAVE_TEXT
    }
    fn sample_leave_button(&self) -> &'static str {
        en::SAMPLE_LEAVE_BUTTON
    }
    fn sample_leave_question(&self) -> &'static str {
        en::SAMPLE_LEAVE_QUESTION
    }
    fn sample_leave_yes(&self) -> &'static str {
        en::SAMPLE_LEAVE_YES
    }
    fn sample_leave_wait(&self) -> &'static str {
        en::SAMPLE_LEAVE_WAIT
    }
    fn sample_leave_stay(&self) -> &'static str {
        en::SAMPLE_LEAVE_STAY
    }
    fn footer(&self) -> &'static str {
        en::FOOTER
    }
    fn start_title(&self) -> &'static str {
        en::START_TITLE
    }
    fn start_intro(&self) -> &'static str {
        en::START_INTRO
    }
    fn start_new_heading(&self) -> &'static str {
        en::START_NEW_HEADING
    }
    fn start_district_label(&self) -> &'static str {
        en::START_DISTRICT_LABEL
    }
    fn start_cycle_label(&self) -> &'static str {
        en::START_CYCLE_LABEL
    }
    fn start_cycle_hint(&self) -> &'static str {
        en::START_CYCLE_HINT
    }
    fn start_create(&self) -> &'static str {
        en::START_CREATE
    }
    fn start_sample_heading(&self) -> &'static str {
        en::START_SAMPLE_HEADING
    }
    fn start_sample_text(&self) -> &'static str {
        en::START_SAMPLE_TEXT
    }
    fn start_sample_button(&self) -> &'static str {
        en::START_SAMPLE_BUTTON
    }
    fn start_import_text(&self) -> &'static str {
        en::START_IMPORT_TEXT
    }
    fn overview_title(&self) -> &'static str {
        en::OVERVIEW_TITLE
    }
    fn overview_steps(&self) -> &'static str {
        en::OVERVIEW_STEPS
    }
    fn overview_team_step(&self) -> &'static str {
        en::OVERVIEW_TEAM_STEP
    }
    fn overview_team_progress(&self, members: usize, missing: usize) -> String {
        en::overview_team_progress(members, missing)
    }
    fn team_title(&self) -> &'static str {
        en::TEAM_TITLE
    }
    fn team_intro(&self) -> &'static str {
        en::TEAM_INTRO
    }
    fn team_empty(&self) -> &'static str {
        en::TEAM_EMPTY
    }
    fn team_table_caption(&self) -> &'static str {
        en::TEAM_TABLE_CAPTION
    }
    fn team_col_name(&self) -> &'static str {
        en::TEAM_COL_NAME
    }
    fn team_col_role(&self) -> &'static str {
        en::TEAM_COL_ROLE
    }
    fn team_col_actions(&self) -> &'static str {
        en::TEAM_COL_ACTIONS
    }
    fn team_no_name(&self) -> &'static str {
        en::TEAM_NO_NAME
    }
    fn team_add_heading(&self) -> &'static str {
        en::TEAM_ADD_HEADING
    }
    fn team_name_label(&self) -> &'static str {
        en::TEAM_NAME_LABEL
    }
    fn team_role_label(&self) -> &'static str {
        en::TEAM_ROLE_LABEL
    }
    fn team_role_choose(&self) -> &'static str {
        en::TEAM_ROLE_CHOOSE
    }
    fn team_role_required(&self) -> &'static str {
        en::TEAM_ROLE_REQUIRED
    }
    fn team_add(&self) -> &'static str {
        en::TEAM_ADD
    }
    fn team_edit(&self) -> &'static str {
        en::TEAM_EDIT
    }
    fn team_save(&self) -> &'static str {
        en::TEAM_SAVE
    }
    fn team_cancel(&self) -> &'static str {
        en::TEAM_CANCEL
    }
    fn team_remove(&self) -> &'static str {
        en::TEAM_REMOVE
    }
    fn team_undo(&self) -> &'static str {
        en::TEAM_UNDO
    }
    fn team_all_present(&self) -> &'static str {
        en::TEAM_ALL_PRESENT
    }
    fn team_missing_heading(&self) -> &'static str {
        en::TEAM_MISSING_HEADING
    }
    fn team_added(&self, who: &str) -> String {
        en::team_added(who)
    }
    fn team_saved(&self, who: &str) -> String {
        en::team_saved(who)
    }
    fn team_removed(&self, who: &str) -> String {
        en::team_removed(who)
    }
    fn team_restored(&self, who: &str) -> String {
        en::team_restored(who)
    }
    fn team_edit_label(&self, who: &str) -> String {
        en::team_edit_label(who)
    }
    fn team_remove_label(&self, who: &str) -> String {
        en::team_remove_label(who)
    }
    fn member_ref(&self, name: Option<&str>, role: Role) -> String {
        en::member_ref(name, role)
    }
    fn role_label(&self, r: Role) -> &'static str {
        en::role_label(r)
    }
    fn missing_stakeholder(&self, s: Stakeholder) -> &'static str {
        en::missing_stakeholder(s)
    }
    fn field_name(&self, field: &str) -> &'static str {
        en::field_name(field)
    }
    fn workspace_error(&self, e: &WorkspaceError) -> String {
        en::workspace_error(e)
    }
    fn schema_error(&self, e: &SchemaError) -> String {
        en::schema_error(e)
    }
    fn storage_error(&self, e: &StorageError) -> String {
        en::storage_error(e)
    }
    fn banner_unreadable_title(&self) -> &'static str {
        en::BANNER_UNREADABLE_TITLE
    }
    fn banner_unreadable_kept(&self) -> &'static str {
        en::BANNER_UNREADABLE_KEPT
    }
    fn banner_unreadable_not_kept(&self) -> &'static str {
        en::BANNER_UNREADABLE_NOT_KEPT
    }
    fn banner_unreadable_next(&self) -> &'static str {
        en::BANNER_UNREADABLE_NEXT
    }
    fn banner_download_stored(&self) -> &'static str {
        en::BANNER_DOWNLOAD_STORED
    }
    fn banner_continue(&self) -> &'static str {
        en::BANNER_CONTINUE
    }
    fn banner_dismiss(&self) -> &'static str {
        en::BANNER_DISMISS
    }
    fn banner_save_failed_title(&self) -> &'static str {
        en::BANNER_SAVE_FAILED_TITLE
    }
    fn banner_save_resumed(&self) -> &'static str {
        en::BANNER_SAVE_RESUMED
    }
    fn banner_save_failed_keep(&self) -> &'static str {
        en::BANNER_SAVE_FAILED_KEEP
    }
    fn banner_download_backup(&self) -> &'static str {
        en::BANNER_DOWNLOAD_BACKUP
    }
    fn banner_other_tab_title(&self) -> &'static str {
        en::BANNER_OTHER_TAB_TITLE
    }
    fn banner_other_tab_erased_title(&self) -> &'static str {
        en::BANNER_OTHER_TAB_ERASED_TITLE
    }
    fn banner_other_tab_paused(&self) -> &'static str {
        en::BANNER_OTHER_TAB_PAUSED
    }
    fn banner_take_theirs(&self) -> &'static str {
        en::BANNER_TAKE_THEIRS
    }
    fn banner_keep_mine(&self) -> &'static str {
        en::BANNER_KEEP_MINE
    }
    fn banner_clear_here(&self) -> &'static str {
        en::BANNER_CLEAR_HERE
    }
    fn banner_save_here(&self) -> &'static str {
        en::BANNER_SAVE_HERE
    }
    fn data_title(&self) -> &'static str {
        en::DATA_TITLE
    }
    fn data_export_heading(&self) -> &'static str {
        en::DATA_EXPORT_HEADING
    }
    fn data_export_text(&self) -> &'static str {
        en::DATA_EXPORT_TEXT
    }
    fn data_export_button(&self) -> &'static str {
        en::DATA_EXPORT_BUTTON
    }
    fn data_export_none(&self) -> &'static str {
        en::DATA_EXPORT_NONE
    }
    fn data_import_heading(&self) -> &'static str {
        en::DATA_IMPORT_HEADING
    }
    fn data_import_label(&self) -> &'static str {
        en::DATA_IMPORT_LABEL
    }
    fn data_import_hint(&self) -> &'static str {
        en::DATA_IMPORT_HINT
    }
    fn data_reading(&self) -> &'static str {
        en::DATA_READING
    }
    fn data_preview_heading(&self) -> &'static str {
        en::DATA_PREVIEW_HEADING
    }
    fn data_preview_district(&self) -> &'static str {
        en::DATA_PREVIEW_DISTRICT
    }
    fn data_preview_saved(&self) -> &'static str {
        en::DATA_PREVIEW_SAVED
    }
    fn data_preview_cycles(&self) -> &'static str {
        en::DATA_PREVIEW_CYCLES
    }
    fn data_preview_schema(&self) -> &'static str {
        en::DATA_PREVIEW_SCHEMA
    }
    fn data_preview_unknown_date(&self) -> &'static str {
        en::DATA_PREVIEW_UNKNOWN_DATE
    }
    fn data_cycle_line(&self, label: &str, team: usize) -> String {
        en::data_cycle_line(label, team)
    }
    fn data_replace_warning(&self, current: &str) -> String {
        en::data_replace_warning(current)
    }
    fn data_replace_confirm(&self) -> &'static str {
        en::DATA_REPLACE_CONFIRM
    }
    fn data_restore_confirm(&self) -> &'static str {
        en::DATA_RESTORE_CONFIRM
    }
    fn data_import_cancel(&self) -> &'static str {
        en::DATA_IMPORT_CANCEL
    }
    fn data_import_failed(&self, file: &str, why: &str) -> String {
        en::data_import_failed(file, why)
    }
    fn data_restored(&self, district: &str) -> String {
        en::data_restored(district)
    }
    fn data_import_cancelled(&self) -> &'static str {
        en::DATA_IMPORT_CANCELLED
    }
    fn data_set_aside_heading(&self) -> &'static str {
        en::DATA_SET_ASIDE_HEADING
    }
    fn data_set_aside_intro(&self) -> &'static str {
        en::DATA_SET_ASIDE_INTRO
    }
    fn data_set_aside_empty(&self) -> &'static str {
        en::DATA_SET_ASIDE_EMPTY
    }
    fn data_set_aside_caption(&self) -> &'static str {
        en::DATA_SET_ASIDE_CAPTION
    }
    fn data_col_why(&self) -> &'static str {
        en::DATA_COL_WHY
    }
    fn data_col_when(&self) -> &'static str {
        en::DATA_COL_WHEN
    }
    fn data_col_size(&self) -> &'static str {
        en::DATA_COL_SIZE
    }
    fn data_col_actions(&self) -> &'static str {
        en::DATA_COL_ACTIONS
    }
    fn data_download(&self) -> &'static str {
        en::DATA_DOWNLOAD
    }
    fn data_delete(&self) -> &'static str {
        en::DATA_DELETE
    }
    fn data_delete_confirm(&self) -> &'static str {
        en::DATA_DELETE_CONFIRM
    }
    fn data_delete_keep(&self) -> &'static str {
        en::DATA_DELETE_KEEP
    }
    fn data_delete_question(&self, when: &str) -> String {
        en::data_delete_question(when)
    }
    fn set_aside_reason(&self, r: SetAsideReason) -> &'static str {
        en::set_aside_reason(r)
    }
    fn size_label(&self, chars: usize) -> String {
        en::size_label(chars)
    }
    fn data_download_failed(&self) -> &'static str {
        en::DATA_DOWNLOAD_FAILED
    }
    fn privacy_title(&self) -> &'static str {
        en::PRIVACY_TITLE
    }
    fn privacy_intro(&self) -> &'static str {
        en::PRIVACY_INTRO
    }
    fn privacy_what_heading(&self) -> &'static str {
        en::PRIVACY_WHAT_HEADING
    }
    fn privacy_what_text(&self) -> &'static str {
        en::PRIVACY_WHAT_TEXT
    }
    fn privacy_tech_summary(&self) -> &'static str {
        en::PRIVACY_TECH_SUMMARY
    }
    fn privacy_tech_text(&self) -> &'static [&'static str] {
        en::PRIVACY_TECH_TEXT
    }
    fn privacy_keys_tech_caption(&self) -> &'static str {
        en::PRIVACY_KEYS_TECH_CAPTION
    }
    fn privacy_keys_caption(&self) -> &'static str {
        en::PRIVACY_KEYS_CAPTION
    }
    fn privacy_col_key(&self) -> &'static str {
        en::PRIVACY_COL_KEY
    }
    fn privacy_col_what(&self) -> &'static str {
        en::PRIVACY_COL_WHAT
    }
    fn privacy_col_size(&self) -> &'static str {
        en::PRIVACY_COL_SIZE
    }
    fn privacy_key_workspace(&self) -> &'static str {
        en::PRIVACY_KEY_WORKSPACE
    }
    fn privacy_key_set_aside(&self) -> &'static str {
        en::PRIVACY_KEY_SET_ASIDE
    }
    fn privacy_key_other(&self) -> &'static str {
        en::PRIVACY_KEY_OTHER
    }
    fn persist_heading(&self) -> &'static str {
        en::PERSIST_HEADING
    }
    fn persist_yes(&self) -> &'static str {
        en::PERSIST_YES
    }
    fn persist_no(&self) -> &'static str {
        en::PERSIST_NO
    }
    fn persist_unknown(&self) -> &'static str {
        en::PERSIST_UNKNOWN
    }
    fn privacy_nothing(&self) -> &'static str {
        en::PRIVACY_NOTHING
    }
    fn privacy_not_stored(&self) -> &'static str {
        en::PRIVACY_NOT_STORED
    }
    fn privacy_erase_heading(&self) -> &'static str {
        en::PRIVACY_ERASE_HEADING
    }
    fn privacy_erase_text(&self) -> &'static str {
        en::PRIVACY_ERASE_TEXT
    }
    fn privacy_erase_button(&self) -> &'static str {
        en::PRIVACY_ERASE_BUTTON
    }
    fn privacy_erase_confirm_q(&self) -> &'static str {
        en::PRIVACY_ERASE_CONFIRM_Q
    }
    fn privacy_erase_confirm(&self) -> &'static str {
        en::PRIVACY_ERASE_CONFIRM
    }
    fn privacy_erase_cancel(&self) -> &'static str {
        en::PRIVACY_ERASE_CANCEL
    }
    fn privacy_erased(&self) -> &'static str {
        en::PRIVACY_ERASED
    }
    fn privacy_erase_failed(&self, why: &str) -> String {
        en::privacy_erase_failed(why)
    }
    fn not_found_title(&self) -> &'static str {
        en::NOT_FOUND_TITLE
    }
    fn not_found_text(&self) -> &'static str {
        en::NOT_FOUND_TEXT
    }
    fn not_found_home(&self) -> &'static str {
        en::NOT_FOUND_HOME
    }
    fn page_not_loaded_title(&self) -> &'static str {
        en::PAGE_NOT_LOADED_TITLE
    }
    fn page_not_loaded_text(&self) -> &'static str {
        en::PAGE_NOT_LOADED_TEXT
    }
    fn page_not_loaded_retry(&self) -> &'static str {
        en::PAGE_NOT_LOADED_RETRY
    }
    fn page_not_loaded_reload(&self) -> &'static str {
        en::PAGE_NOT_LOADED_RELOAD
    }
    fn page_not_loaded_again(&self, tries: u32) -> String {
        en::page_not_loaded_again(tries)
    }
    fn page_loading(&self) -> &'static str {
        en::PAGE_LOADING
    }
    fn code_not_loaded_title(&self) -> &'static str {
        en::CODE_NOT_LOADED_TITLE
    }
    fn code_not_loaded_text(&self) -> &'static str {
        en::CODE_NOT_LOADED_TEXT
    }
    fn code_not_loaded_save(&self) -> &'static str {
        en::CODE_NOT_LOADED_SAVE
    }
    fn code_not_loaded_action(&self) -> &'static str {
        en::CODE_NOT_LOADED_ACTION
    }
    fn no_workspace_text(&self) -> &'static str {
        en::NO_WORKSPACE_TEXT
    }
    fn no_workspace_link(&self) -> &'static str {
        en::NO_WORKSPACE_LINK
    }
}
