//! Spanish: the `Portfolio` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::en;
use super::super::keys::Portfolio;
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

impl Portfolio for Es {
    fn portfolio_subnav(&self) -> &'static str {
        en::PORTFOLIO_SUBNAV
    }
    fn portfolio_title(&self) -> &'static str {
        en::PORTFOLIO_TITLE
    }
    fn portfolio_intro(&self) -> &'static str {
        en::PORTFOLIO_INTRO
    }
    fn portfolio_inventory(&self) -> &'static str {
        en::PORTFOLIO_INVENTORY
    }
    fn portfolio_review(&self) -> &'static str {
        en::PORTFOLIO_REVIEW
    }
    fn portfolio_overview(&self) -> &'static str {
        en::PORTFOLIO_OVERVIEW
    }
    fn portfolio_empty(&self) -> &'static str {
        en::PORTFOLIO_EMPTY
    }
    fn portfolio_add(&self) -> &'static str {
        en::PORTFOLIO_ADD
    }
    fn portfolio_add_button(&self) -> &'static str {
        en::PORTFOLIO_ADD_BUTTON
    }
    fn portfolio_col_name(&self) -> &'static str {
        en::PORTFOLIO_COL_NAME
    }
    fn portfolio_col_category(&self) -> &'static str {
        en::PORTFOLIO_COL_CATEGORY
    }
    fn portfolio_col_need(&self) -> &'static str {
        en::PORTFOLIO_COL_NEED
    }
    fn portfolio_col_cost(&self) -> &'static str {
        en::PORTFOLIO_COL_COST
    }
    fn portfolio_col_per_user(&self) -> &'static str {
        en::PORTFOLIO_COL_PER_USER
    }
    fn portfolio_col_per_licence(&self) -> &'static str {
        en::PORTFOLIO_COL_PER_LICENCE
    }
    fn portfolio_col_review(&self) -> &'static str {
        en::PORTFOLIO_COL_REVIEW
    }
    fn portfolio_col_decision(&self) -> &'static str {
        en::PORTFOLIO_COL_DECISION
    }
    fn portfolio_col_actions(&self) -> &'static str {
        en::PORTFOLIO_COL_ACTIONS
    }
    fn portfolio_duplicate(&self) -> &'static str {
        en::PORTFOLIO_DUPLICATE
    }
    fn portfolio_remove(&self) -> &'static str {
        en::PORTFOLIO_REMOVE
    }
    fn portfolio_open(&self) -> &'static str {
        en::PORTFOLIO_OPEN
    }
    fn portfolio_removed(&self, name: &str) -> String {
        en::portfolio_removed(name)
    }
    fn portfolio_restored(&self, name: &str) -> String {
        en::portfolio_restored(name)
    }
    fn portfolio_duplicated(&self, name: &str) -> String {
        en::portfolio_duplicated(name)
    }
    fn review_progress(&self, done: usize, of: usize) -> String {
        en::review_progress(done, of)
    }
    fn portfolio_no_decision(&self) -> &'static str {
        en::PORTFOLIO_NO_DECISION
    }
    fn dollars(&self, x: u64) -> String {
        en::dollars(x)
    }
    fn grouped(&self, n: u64) -> String {
        en::grouped(n)
    }
    fn dollars_f(&self, x: f64) -> String {
        en::dollars_f(x)
    }
    fn portfolio_export(&self) -> &'static str {
        en::PORTFOLIO_EXPORT
    }
    fn portfolio_import(&self) -> &'static str {
        en::PORTFOLIO_IMPORT
    }
    fn portfolio_import_hint(&self) -> &'static str {
        en::PORTFOLIO_IMPORT_HINT
    }
    fn inventory_preview(&self, file: &str, products: usize, updates: usize) -> String {
        en::inventory_preview(file, products, updates)
    }
    fn inventory_errors(&self, file: &str, n: usize) -> String {
        en::inventory_errors(file, n)
    }
    fn inventory_applied(&self, n: usize) -> String {
        en::inventory_applied(n)
    }
    fn apply(&self) -> &'static str {
        en::APPLY
    }
    fn portfolio_error(&self, e: &PortfolioError) -> String {
        en::portfolio_error(e)
    }
    fn product_choose(&self) -> &'static str {
        en::PRODUCT_CHOOSE
    }
    fn product_none(&self) -> &'static str {
        en::PRODUCT_NONE
    }
    fn product_fields(&self) -> &'static str {
        en::PRODUCT_FIELDS
    }
    fn f_name(&self) -> &'static str {
        en::F_NAME
    }
    fn f_category(&self) -> &'static str {
        en::F_CATEGORY
    }
    fn f_need(&self) -> &'static str {
        en::F_NEED
    }
    fn f_grades(&self) -> &'static str {
        en::F_GRADES
    }
    fn f_subjects(&self) -> &'static str {
        en::F_SUBJECTS
    }
    fn f_licences(&self) -> &'static str {
        en::F_LICENCES
    }
    fn f_active(&self) -> &'static str {
        en::F_ACTIVE
    }
    fn f_cost(&self) -> &'static str {
        en::F_COST
    }
    fn f_contract_end(&self) -> &'static str {
        en::F_CONTRACT_END
    }
    fn f_privacy(&self) -> &'static str {
        en::F_PRIVACY
    }
    fn f_accessibility(&self) -> &'static str {
        en::F_ACCESSIBILITY
    }
    fn f_evidence(&self) -> &'static str {
        en::F_EVIDENCE
    }
    fn f_sso(&self) -> &'static str {
        en::F_SSO
    }
    fn f_rostering(&self) -> &'static str {
        en::F_ROSTERING
    }
    fn f_lti(&self) -> &'static str {
        en::F_LTI
    }
    fn f_training(&self) -> &'static str {
        en::F_TRAINING
    }
    fn f_goals(&self) -> &'static str {
        en::F_GOALS
    }
    fn not_a_number(&self) -> &'static str {
        en::NOT_A_NUMBER
    }
    fn not_a_date(&self) -> &'static str {
        en::NOT_A_DATE
    }
    fn privacy_name(&self, p: Privacy) -> &'static str {
        en::privacy_name(p)
    }
    fn accessibility_name(&self, a: Accessibility) -> &'static str {
        en::accessibility_name(a)
    }
    fn evidence_name(&self, e: Evidence) -> &'static str {
        en::evidence_name(e)
    }
    fn product_review(&self) -> &'static str {
        en::PRODUCT_REVIEW
    }
    fn phase_name(&self, p: Phase) -> &'static str {
        en::phase_name(p)
    }
    fn answer_name(&self, a: Answer) -> &'static str {
        en::answer_name(a)
    }
    fn review_note(&self) -> &'static str {
        en::REVIEW_NOTE
    }
    fn product_decision(&self) -> &'static str {
        en::PRODUCT_DECISION
    }
    fn decision_kind(&self) -> &'static str {
        en::DECISION_KIND
    }
    fn decision_rationale(&self) -> &'static str {
        en::DECISION_RATIONALE
    }
    fn decision_review_date(&self) -> &'static str {
        en::DECISION_REVIEW_DATE
    }
    fn decision_history(&self) -> &'static str {
        en::DECISION_HISTORY
    }
    fn decision_name(&self, d: DecisionKind) -> &'static str {
        en::decision_name(d)
    }
    fn decision_saved(&self, product: &str, d: Option<DecisionKind>) -> String {
        en::decision_saved(product, d)
    }
    fn usage_heading(&self) -> &'static str {
        en::USAGE_HEADING
    }
    fn usage_intro(&self) -> &'static str {
        en::USAGE_INTRO
    }
    fn usage_file(&self) -> &'static str {
        en::USAGE_FILE
    }
    fn usage_map(&self) -> &'static str {
        en::USAGE_MAP
    }
    fn usage_col_school(&self) -> &'static str {
        en::USAGE_COL_SCHOOL
    }
    fn usage_col_dimension(&self) -> &'static str {
        en::USAGE_COL_DIMENSION
    }
    fn usage_col_group(&self) -> &'static str {
        en::USAGE_COL_GROUP
    }
    fn usage_col_active(&self) -> &'static str {
        en::USAGE_COL_ACTIVE
    }
    fn usage_col_enrolled(&self) -> &'static str {
        en::USAGE_COL_ENROLLED
    }
    fn usage_not_in_file(&self) -> &'static str {
        en::USAGE_NOT_IN_FILE
    }
    fn usage_check(&self) -> &'static str {
        en::USAGE_CHECK
    }
    fn usage_use(&self) -> &'static str {
        en::USAGE_USE
    }
    fn usage_ready(&self, cells: usize, new_schools: usize) -> String {
        en::usage_ready(cells, new_schools)
    }
    fn usage_saved(&self, cells: usize) -> String {
        en::usage_saved(cells)
    }
    fn usage_none(&self) -> &'static str {
        en::USAGE_NONE
    }
    fn usage_findings(&self) -> &'static str {
        en::USAGE_FINDINGS
    }
    fn usage_no_findings(&self) -> &'static str {
        en::USAGE_NO_FINDINGS
    }
    fn usage_table(&self) -> &'static str {
        en::USAGE_TABLE
    }
    fn usage_remove(&self) -> &'static str {
        en::USAGE_REMOVE
    }
    fn usage_removed(&self) -> &'static str {
        en::USAGE_REMOVED
    }
    fn overview_overlap(&self) -> &'static str {
        en::OVERVIEW_OVERLAP
    }
    fn overview_ending(&self) -> &'static str {
        en::OVERVIEW_ENDING
    }
    fn overview_window(&self) -> &'static str {
        en::OVERVIEW_WINDOW
    }
    fn days_label(&self, n: i64) -> String {
        en::days_label(n)
    }
    fn overview_privacy(&self) -> &'static str {
        en::OVERVIEW_PRIVACY
    }
    fn overview_a11y(&self) -> &'static str {
        en::OVERVIEW_A11Y
    }
    fn overview_evidence(&self) -> &'static str {
        en::OVERVIEW_EVIDENCE
    }
    fn overview_costs(&self) -> &'static str {
        en::OVERVIEW_COSTS
    }
    fn overview_none(&self) -> &'static str {
        en::OVERVIEW_NONE
    }
    fn ends_on(&self, name: &str, date: &str) -> String {
        en::ends_on(name, date)
    }
    fn portfolio_previous(&self) -> &'static str {
        en::PORTFOLIO_PREVIOUS
    }
    fn portfolio_import_file(&self) -> &'static str {
        en::PORTFOLIO_IMPORT_FILE
    }
    fn portfolio_overview_title(&self) -> &'static str {
        en::PORTFOLIO_OVERVIEW_TITLE
    }
    fn report_title(&self) -> &'static str {
        en::REPORT_TITLE
    }
    fn report_intro(&self) -> &'static str {
        en::REPORT_INTRO
    }
    fn report_options(&self) -> &'static str {
        en::REPORT_OPTIONS
    }
    fn report_sections(&self) -> &'static str {
        en::REPORT_SECTIONS
    }
    fn report_names(&self) -> &'static str {
        en::REPORT_NAMES
    }
    fn report_print(&self) -> &'static str {
        en::REPORT_PRINT
    }
    fn report_downloads(&self) -> &'static str {
        en::REPORT_DOWNLOADS
    }
    fn report_xlsx(&self) -> &'static str {
        en::REPORT_XLSX
    }
    fn report_xlsx_preparing(&self) -> &'static str {
        en::REPORT_XLSX_PREPARING
    }
    fn report_xlsx_failed(&self, why: &str) -> String {
        en::report_xlsx_failed(why)
    }
    fn report_export_note(&self) -> &'static str {
        en::REPORT_EXPORT_NOTE
    }
    fn report_csv_button(&self, what: &str) -> String {
        en::report_csv_button(what)
    }
    fn report_generated(&self, district: &str, cycle: &str, date: &str) -> String {
        en::report_generated(district, cycle, date)
    }
    fn section_name(&self, s: Section) -> &'static str {
        en::section_name(s)
    }
    fn report_no_sections(&self) -> &'static str {
        en::REPORT_NO_SECTIONS
    }
    fn report_empty_table(&self) -> &'static str {
        en::REPORT_EMPTY_TABLE
    }
    fn table_title(&self, name: &str) -> &'static str {
        en::table_title(name)
    }
    fn column_title(&self, name: &str) -> String {
        en::column_title(name)
    }
    fn data_merge_confirm(&self) -> &'static str {
        en::DATA_MERGE_CONFIRM
    }
    fn data_merge_heading(&self) -> &'static str {
        en::DATA_MERGE_HEADING
    }
    fn data_merge_intro(&self) -> &'static str {
        en::DATA_MERGE_INTRO
    }
    fn data_merge_col_cycle(&self) -> &'static str {
        en::DATA_MERGE_COL_CYCLE
    }
    fn data_merge_col_section(&self) -> &'static str {
        en::DATA_MERGE_COL_SECTION
    }
    fn data_merge_col_added(&self) -> &'static str {
        en::DATA_MERGE_COL_ADDED
    }
    fn data_merge_col_same(&self) -> &'static str {
        en::DATA_MERGE_COL_SAME
    }
    fn data_merge_col_conflicts(&self) -> &'static str {
        en::DATA_MERGE_COL_CONFLICTS
    }
    fn data_merge_new_cycle(&self) -> &'static str {
        en::DATA_MERGE_NEW_CYCLE
    }
    fn data_merge_apply(&self) -> &'static str {
        en::DATA_MERGE_APPLY
    }
    fn merge_section_name(&self, s: MergeSection) -> &'static str {
        en::merge_section_name(s)
    }
    fn merge_side_name(&self, s: Side) -> &'static str {
        en::merge_side_name(s)
    }
    fn merge_choice_legend(&self, section: &str) -> String {
        en::merge_choice_legend(section)
    }
    fn data_merged(&self, district: &str) -> String {
        en::data_merged(district)
    }
    fn data_restore(&self) -> &'static str {
        en::DATA_RESTORE
    }
    fn data_restore_question(&self, when: &str) -> String {
        en::data_restore_question(when)
    }
    fn data_restore_yes(&self) -> &'static str {
        en::DATA_RESTORE_YES
    }
    fn data_restored_copy(&self, when: &str) -> String {
        en::data_restored_copy(when)
    }
    fn update_ready(&self) -> &'static str {
        en::UPDATE_READY
    }
    fn update_reload(&self) -> &'static str {
        en::UPDATE_RELOAD
    }
    fn consensus_cleared(&self, l: dew_domain::assessment::content::Level) -> String {
        en::consensus_cleared(l)
    }
    fn overview_portfolio_step(&self) -> &'static str {
        en::OVERVIEW_PORTFOLIO_STEP
    }
    fn overview_report_step(&self) -> &'static str {
        en::OVERVIEW_REPORT_STEP
    }
    fn lock_screen_title(&self) -> &'static str {
        en::LOCK_SCREEN_TITLE
    }
    fn lock_screen_text(&self) -> &'static str {
        en::LOCK_SCREEN_TEXT
    }
    fn lock_passphrase(&self) -> &'static str {
        en::LOCK_PASSPHRASE
    }
    fn lock_unlock(&self) -> &'static str {
        en::LOCK_UNLOCK
    }
    fn lock_opening(&self) -> &'static str {
        en::LOCK_OPENING
    }
    fn lock_enter_passphrase(&self) -> &'static str {
        en::LOCK_ENTER_PASSPHRASE
    }
    fn lock_wrong(&self) -> &'static str {
        en::LOCK_WRONG
    }
    fn lock_damaged(&self) -> &'static str {
        en::LOCK_DAMAGED
    }
    fn lock_damaged_next(&self) -> &'static str {
        en::LOCK_DAMAGED_NEXT
    }
    fn lock_inner_unreadable(&self, reason: &str) -> String {
        en::lock_inner_unreadable(reason)
    }
    fn lock_forgot_heading(&self) -> &'static str {
        en::LOCK_FORGOT_HEADING
    }
    fn lock_forgot_text(&self) -> &'static str {
        en::LOCK_FORGOT_TEXT
    }
    fn lock_download_locked(&self) -> &'static str {
        en::LOCK_DOWNLOAD_LOCKED
    }
    fn lock_set_aside(&self) -> &'static str {
        en::LOCK_SET_ASIDE
    }
    fn lock_set_aside_q(&self) -> &'static str {
        en::LOCK_SET_ASIDE_Q
    }
    fn lock_set_aside_yes(&self) -> &'static str {
        en::LOCK_SET_ASIDE_YES
    }
    fn lock_settings_heading(&self) -> &'static str {
        en::LOCK_SETTINGS_HEADING
    }
    fn lock_settings_text(&self) -> &'static str {
        en::LOCK_SETTINGS_TEXT
    }
    fn lock_forget_warning(&self) -> &'static str {
        en::LOCK_FORGET_WARNING
    }
    fn lock_needs_workspace(&self) -> &'static str {
        en::LOCK_NEEDS_WORKSPACE
    }
    fn lock_state_off(&self) -> &'static str {
        en::LOCK_STATE_OFF
    }
    fn lock_state_on(&self) -> &'static str {
        en::LOCK_STATE_ON
    }
    fn lock_new(&self) -> &'static str {
        en::LOCK_NEW
    }
    fn lock_new_hint(&self) -> &'static str {
        en::LOCK_NEW_HINT
    }
    fn lock_repeat(&self) -> &'static str {
        en::LOCK_REPEAT
    }
    fn lock_current(&self) -> &'static str {
        en::LOCK_CURRENT
    }
    fn lock_too_short(&self) -> &'static str {
        en::LOCK_TOO_SHORT
    }
    fn lock_mismatch(&self) -> &'static str {
        en::LOCK_MISMATCH
    }
    fn lock_set(&self) -> &'static str {
        en::LOCK_SET
    }
    fn lock_now(&self) -> &'static str {
        en::LOCK_NOW
    }
    fn lock_auto(&self) -> &'static str {
        en::LOCK_AUTO
    }
    fn auto_lock_choice(&self, m: Option<u32>) -> String {
        en::auto_lock_choice(m)
    }
    fn lock_auto_saved(&self, m: Option<u32>) -> String {
        en::lock_auto_saved(m)
    }
    fn lock_change(&self) -> &'static str {
        en::LOCK_CHANGE
    }
    fn lock_change_confirm(&self) -> &'static str {
        en::LOCK_CHANGE_CONFIRM
    }
    fn lock_remove(&self) -> &'static str {
        en::LOCK_REMOVE
    }
    fn lock_remove_text(&self) -> &'static str {
        en::LOCK_REMOVE_TEXT
    }
    fn lock_remove_confirm(&self) -> &'static str {
        en::LOCK_REMOVE_CONFIRM
    }
    fn lock_working(&self) -> &'static str {
        en::LOCK_WORKING
    }
    fn lock_done(&self, removed: bool, changed: bool, failed: usize) -> String {
        en::lock_done(removed, changed, failed)
    }
    fn lock_still_saving(&self) -> &'static str {
        en::LOCK_STILL_SAVING
    }
    fn lock_choose_tab_first(&self) -> &'static str {
        en::LOCK_CHOOSE_TAB_FIRST
    }
    fn lock_save_failed(&self, reason: &str) -> String {
        en::lock_save_failed(reason)
    }
    fn lock_cannot_check(&self) -> &'static str {
        en::LOCK_CANNOT_CHECK
    }
    fn lock_no_workspace(&self) -> &'static str {
        en::LOCK_NO_WORKSPACE
    }
    fn lock_copy_other_passphrase(&self) -> &'static str {
        en::LOCK_COPY_OTHER_PASSPHRASE
    }
    fn privacy_key_auto_lock(&self) -> &'static str {
        en::PRIVACY_KEY_AUTO_LOCK
    }
}
