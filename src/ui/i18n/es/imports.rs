//! Spanish: the `Imports` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::en;
use super::super::keys::Imports;
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

impl Imports for Es {
    fn privacy_key_survey_mappings(&self) -> &'static str {
        en::PRIVACY_KEY_SURVEY_MAPPINGS
    }
    fn survey_title(&self) -> &'static str {
        en::SURVEY_TITLE
    }
    fn survey_intro(&self) -> &'static str {
        en::SURVEY_INTRO
    }
    fn survey_no_workspace(&self) -> &'static str {
        en::SURVEY_NO_WORKSPACE
    }
    fn survey_start(&self) -> &'static str {
        en::SURVEY_START
    }
    fn survey_file_heading(&self) -> &'static str {
        en::SURVEY_FILE_HEADING
    }
    fn survey_file_label(&self) -> &'static str {
        en::SURVEY_FILE_LABEL
    }
    fn survey_file_hint(&self) -> &'static str {
        en::SURVEY_FILE_HINT
    }
    fn survey_reading(&self) -> &'static str {
        en::SURVEY_READING
    }
    fn survey_unreadable(&self, file: &str, why: &str) -> String {
        en::survey_unreadable(file, why)
    }
    fn survey_saved_used(&self) -> &'static str {
        en::SURVEY_SAVED_USED
    }
    fn survey_saved(&self) -> &'static str {
        en::SURVEY_SAVED
    }
    fn survey_save_mapping(&self) -> &'static str {
        en::SURVEY_SAVE_MAPPING
    }
    fn survey_mapping_heading(&self) -> &'static str {
        en::SURVEY_MAPPING_HEADING
    }
    fn survey_sampled(&self, rows: u64, columns: usize) -> String {
        en::survey_sampled(rows, columns)
    }
    fn survey_encoding(&self) -> &'static str {
        en::SURVEY_ENCODING
    }
    fn survey_delimiter(&self) -> &'static str {
        en::SURVEY_DELIMITER
    }
    fn delimiter_name(&self, d: u8) -> &'static str {
        en::delimiter_name(d)
    }
    fn survey_preview_caption(&self) -> &'static str {
        en::SURVEY_PREVIEW_CAPTION
    }
    fn survey_school_heading(&self) -> &'static str {
        en::SURVEY_SCHOOL_HEADING
    }
    fn survey_school_column(&self) -> &'static str {
        en::SURVEY_SCHOOL_COLUMN
    }
    fn survey_choose(&self) -> &'static str {
        en::SURVEY_CHOOSE
    }
    fn survey_groups_heading(&self) -> &'static str {
        en::SURVEY_GROUPS_HEADING
    }
    fn survey_groups_hint(&self) -> &'static str {
        en::SURVEY_GROUPS_HINT
    }
    fn survey_not_in_file(&self) -> &'static str {
        en::SURVEY_NOT_IN_FILE
    }
    fn survey_no_group(&self) -> &'static str {
        en::SURVEY_NO_GROUP
    }
    fn survey_too_many(&self, col: &str, max: usize) -> String {
        en::survey_too_many(col, max)
    }
    fn survey_values_of(&self, col: &str) -> String {
        en::survey_values_of(col)
    }
    fn survey_rows_seen(&self, n: u64) -> String {
        en::survey_rows_seen(n)
    }
    fn survey_answers_heading(&self) -> &'static str {
        en::SURVEY_ANSWERS_HEADING
    }
    fn survey_answers_hint(&self) -> &'static str {
        en::SURVEY_ANSWERS_HINT
    }
    fn survey_not_used(&self) -> &'static str {
        en::SURVEY_NOT_USED
    }
    fn survey_blank_note(&self) -> &'static str {
        en::SURVEY_BLANK_NOTE
    }
    fn survey_not_offered(&self, cols: &str) -> String {
        en::survey_not_offered(cols)
    }
    fn survey_answer_name(&self, a: dew_domain::survey::Answer) -> &'static str {
        en::survey_answer_name(a)
    }
    fn survey_strict(&self) -> &'static str {
        en::SURVEY_STRICT
    }
    fn survey_problems(&self) -> &'static str {
        en::SURVEY_PROBLEMS
    }
    fn survey_problem(&self, p: &dew_domain::survey::Problem) -> String {
        en::survey_problem(p)
    }
    fn survey_run(&self) -> &'static str {
        en::SURVEY_RUN
    }
    fn survey_progress(&self, done: f64, total: f64) -> String {
        en::survey_progress(done, total)
    }
    fn survey_cancel(&self) -> &'static str {
        en::SURVEY_CANCEL
    }
    fn survey_busy(&self) -> &'static str {
        en::SURVEY_BUSY
    }
    fn survey_cancelled(&self) -> &'static str {
        en::SURVEY_CANCELLED
    }
    fn survey_summary_heading(&self) -> &'static str {
        en::SURVEY_SUMMARY_HEADING
    }
    fn survey_rows_read(&self) -> &'static str {
        en::SURVEY_ROWS_READ
    }
    fn survey_rows_counted(&self) -> &'static str {
        en::SURVEY_ROWS_COUNTED
    }
    fn survey_rows_skipped(&self) -> &'static str {
        en::SURVEY_ROWS_SKIPPED
    }
    fn survey_skip(&self, k: dew_domain::survey::count::Skip, n: u64) -> String {
        en::survey_skip(k, n)
    }
    fn survey_examples_caption(&self) -> &'static str {
        en::SURVEY_EXAMPLES_CAPTION
    }
    fn survey_col_row(&self) -> &'static str {
        en::SURVEY_COL_ROW
    }
    fn survey_col_column(&self) -> &'static str {
        en::SURVEY_COL_COLUMN
    }
    fn survey_col_problem(&self) -> &'static str {
        en::SURVEY_COL_PROBLEM
    }
    fn survey_example(&self, e: &dew_domain::survey::count::RowProblem) -> String {
        en::survey_example(e)
    }
    fn survey_unknown_schools(&self) -> &'static str {
        en::SURVEY_UNKNOWN_SCHOOLS
    }
    fn survey_unknown_school(&self, name: &str, rows: u64) -> String {
        en::survey_unknown_school(name, rows)
    }
    fn survey_add_schools(&self, n: usize) -> String {
        en::survey_add_schools(n)
    }
    fn survey_unmapped_heading(&self) -> &'static str {
        en::SURVEY_UNMAPPED_HEADING
    }
    fn survey_unmapped_hint(&self) -> &'static str {
        en::SURVEY_UNMAPPED_HINT
    }
    fn survey_unmapped(&self, col: &str, value: &str, n: u64) -> String {
        en::survey_unmapped(col, value, n)
    }
    fn survey_add(&self) -> &'static str {
        en::SURVEY_ADD
    }
    fn survey_replace(&self) -> &'static str {
        en::SURVEY_REPLACE
    }
    fn survey_replace_q(&self) -> &'static str {
        en::SURVEY_REPLACE_Q
    }
    fn survey_replace_yes(&self) -> &'static str {
        en::SURVEY_REPLACE_YES
    }
    fn survey_back(&self) -> &'static str {
        en::SURVEY_BACK
    }
    fn survey_applied(&self, cells: usize, schools: usize, replaced: bool) -> String {
        en::survey_applied(cells, schools, replaced)
    }
    fn survey_see_findings(&self) -> &'static str {
        en::SURVEY_SEE_FINDINGS
    }
    fn linked_heading(&self) -> &'static str {
        en::LINKED_HEADING
    }
    fn linked_intro(&self) -> &'static str {
        en::LINKED_INTRO
    }
    fn linked_choose(&self) -> &'static str {
        en::LINKED_CHOOSE
    }
    fn linked_stop(&self) -> &'static str {
        en::LINKED_STOP
    }
    fn linked_allow(&self) -> &'static str {
        en::LINKED_ALLOW
    }
    fn linked_file_type(&self) -> &'static str {
        en::LINKED_FILE_TYPE
    }
    fn linked_unsupported(&self) -> &'static str {
        en::LINKED_UNSUPPORTED
    }
    fn linked_looking(&self) -> &'static str {
        en::LINKED_LOOKING
    }
    fn linked_none(&self) -> &'static str {
        en::LINKED_NONE
    }
    fn linked_differs(&self) -> &'static str {
        en::LINKED_DIFFERS
    }
    fn linked_linked(&self, name: &str) -> String {
        en::linked_linked(name)
    }
    fn linked_needs_permission(&self, name: &str) -> String {
        en::linked_needs_permission(name)
    }
    fn linked_writing(&self, name: &str) -> String {
        en::linked_writing(name)
    }
    fn linked_written(&self, name: &str, at: &str) -> String {
        en::linked_written(name, at)
    }
    fn linked_failed(&self, name: &str, why: &str) -> String {
        en::linked_failed(name, why)
    }
    fn linked_write_failed(&self, error: &str) -> String {
        en::linked_write_failed(error)
    }
    fn linked_read_failed(&self, error: &str) -> String {
        en::linked_read_failed(error)
    }
    fn linked_choose_failed(&self, error: &str) -> String {
        en::linked_choose_failed(error)
    }
    fn backup_never(&self) -> String {
        en::backup_never()
    }
    fn backup_days_ago(&self, days: i64) -> String {
        en::backup_days_ago(days)
    }
    fn linked_not_loaded(&self) -> &'static str {
        en::LINKED_NOT_LOADED
    }
    fn report_name(&self, n: dew_domain::report::Name) -> String {
        en::report_name(n)
    }
    fn report_file_cell(&self, v: &dew_domain::report::Value) -> Option<String> {
        en::report_file_cell(v)
    }
    fn report_cell(&self, v: &dew_domain::report::Value) -> String {
        en::report_cell(v)
    }
    fn report_points(&self, x: f64) -> String {
        en::report_points(x)
    }
    fn report_team_makeup(&self, roles: &[(Role, usize)]) -> String {
        en::report_team_makeup(roles)
    }
    fn report_plan_headline(&self, goals: usize, by_status: &[(dew_domain::plan::PlanStatus, usize)]) -> String {
        en::report_plan_headline(goals, by_status)
    }
    fn report_progress_headline(&self, h: dew_domain::report::ProgressHeadline) -> String {
        en::report_progress_headline(h)
    }
    fn report_measure(&self, indicator: &str, school: Option<&str>, group: Option<&str>) -> String {
        en::report_measure(indicator, school, group)
    }
    fn report_measure_line(&self, goal: &str, before: Option<&str>, now: &str, target: &str, result: &str) -> String {
        en::report_measure_line(goal, before, now, target, result)
    }
    fn report_goal_line(
        &self,
        status: &str,
        owner: Option<&str>,
        success: Option<(&str, &str, Option<&str>, &str)>,
    ) -> String {
        en::report_goal_line(status, owner, success)
    }
    fn report_decision(&self, product: &str, decision: &str, rationale: &str, review: Option<&str>) -> String {
        en::report_decision(product, decision, rationale, review)
    }
    fn report_below_target(&self, total: usize, shown: usize) -> String {
        en::report_below_target(total, shown)
    }
    fn report_prepared(&self, district: &str, cycle: &str, date: &str) -> String {
        en::report_prepared(district, cycle, date)
    }
    fn report_summary(&self) -> &'static str {
        en::REPORT_SUMMARY
    }
    fn report_summary_team(&self) -> &'static str {
        en::REPORT_SUMMARY_TEAM
    }
    fn report_summary_plan(&self) -> &'static str {
        en::REPORT_SUMMARY_PLAN
    }
    fn report_summary_progress(&self) -> &'static str {
        en::REPORT_SUMMARY_PROGRESS
    }
    fn report_goals_first(&self) -> &'static str {
        en::REPORT_GOALS_FIRST
    }
    fn report_level_key(&self) -> &'static str {
        en::REPORT_LEVEL_KEY
    }
    fn report_furthest_below(&self) -> &'static str {
        en::REPORT_FURTHEST_BELOW
    }
    fn report_decisions(&self) -> &'static str {
        en::REPORT_DECISIONS
    }
    fn report_no_decisions(&self) -> &'static str {
        en::REPORT_NO_DECISIONS
    }
    fn report_no_findings(&self) -> &'static str {
        en::REPORT_NO_FINDINGS
    }
    fn report_actions(&self) -> &'static str {
        en::REPORT_ACTIONS
    }
    fn report_actions_of(&self, goal: &str) -> String {
        en::report_actions_of(goal)
    }
    fn report_column(&self, name: &str) -> String {
        en::report_column(name)
    }
}
