//! Spanish: the `Planning` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::en;
use super::super::keys::Planning;
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

impl Planning for Es {
    fn header_cycle_select(&self) -> &'static str {
        en::HEADER_CYCLE_SELECT
    }
    fn cycle_switch(&self) -> &'static str {
        en::CYCLE_SWITCH
    }
    fn cycle_switched(&self, label: &str) -> String {
        en::cycle_switched(label)
    }
    fn cycle_already(&self, label: &str) -> String {
        en::cycle_already(label)
    }
    fn earlier_cycle_banner(&self, viewing: &str, latest: &str) -> String {
        en::earlier_cycle_banner(viewing, latest)
    }
    fn switch_to_latest(&self, latest: &str) -> String {
        en::switch_to_latest(latest)
    }
    fn cycles_heading(&self) -> &'static str {
        en::CYCLES_HEADING
    }
    fn cycles_intro(&self) -> &'static str {
        en::CYCLES_INTRO
    }
    fn cycles_next_label(&self) -> &'static str {
        en::CYCLES_NEXT_LABEL
    }
    fn cycles_start(&self) -> &'static str {
        en::CYCLES_START
    }
    fn cycles_confirm(&self, label: &str, from: &str) -> String {
        en::cycles_confirm(label, from)
    }
    fn cycles_confirm_yes(&self) -> &'static str {
        en::CYCLES_CONFIRM_YES
    }
    fn cancel(&self) -> &'static str {
        en::CANCEL
    }
    fn cycles_started(&self, label: &str) -> String {
        en::cycles_started(label)
    }
    fn cycles_switched(&self, label: &str) -> String {
        en::cycles_switched(label)
    }
    fn cycles_current(&self) -> &'static str {
        en::CYCLES_CURRENT
    }
    fn cycles_open(&self) -> &'static str {
        en::CYCLES_OPEN
    }
    fn reflect_title(&self) -> &'static str {
        en::REFLECT_TITLE
    }
    fn reflect_intro(&self) -> &'static str {
        en::REFLECT_INTRO
    }
    fn reflect_area(&self) -> &'static str {
        en::REFLECT_AREA
    }
    fn reflect_evidence(&self) -> &'static str {
        en::REFLECT_EVIDENCE
    }
    fn reflect_ratings(&self) -> &'static str {
        en::REFLECT_RATINGS
    }
    fn reflect_findings(&self) -> &'static str {
        en::REFLECT_FINDINGS
    }
    fn reflect_no_findings(&self) -> &'static str {
        en::REFLECT_NO_FINDINGS
    }
    fn reflect_no_level(&self) -> &'static str {
        en::REFLECT_NO_LEVEL
    }
    fn reflect_answered(&self, n: usize, of: usize) -> String {
        en::reflect_answered(n, of)
    }
    fn prompt_text(&self, p: Prompt) -> &'static str {
        en::prompt_text(p)
    }
    fn plan_title(&self) -> &'static str {
        en::PLAN_TITLE
    }
    fn plan_intro(&self) -> &'static str {
        en::PLAN_INTRO
    }
    fn plan_empty(&self) -> &'static str {
        en::PLAN_EMPTY
    }
    fn plan_add_goal(&self) -> &'static str {
        en::PLAN_ADD_GOAL
    }
    fn plan_add_goal_button(&self) -> &'static str {
        en::PLAN_ADD_GOAL_BUTTON
    }
    fn plan_attention(&self) -> &'static str {
        en::PLAN_ATTENTION
    }
    fn plan_all_well(&self) -> &'static str {
        en::PLAN_ALL_WELL
    }
    fn plan_overdue(&self, action: &str, goal: &str, due: &str) -> String {
        en::plan_overdue(action, goal, due)
    }
    fn plan_no_measure(&self, goal: &str) -> String {
        en::plan_no_measure(goal)
    }
    fn plan_filter_status(&self) -> &'static str {
        en::PLAN_FILTER_STATUS
    }
    fn plan_filter_owner(&self) -> &'static str {
        en::PLAN_FILTER_OWNER
    }
    fn plan_sort(&self) -> &'static str {
        en::PLAN_SORT
    }
    fn plan_sort_entered(&self) -> &'static str {
        en::PLAN_SORT_ENTERED
    }
    fn plan_sort_due(&self) -> &'static str {
        en::PLAN_SORT_DUE
    }
    fn plan_sort_status(&self) -> &'static str {
        en::PLAN_SORT_STATUS
    }
    fn plan_sort_owner(&self) -> &'static str {
        en::PLAN_SORT_OWNER
    }
    fn plan_showing(&self, shown: usize, total: usize) -> String {
        en::plan_showing(shown, total)
    }
    fn plan_goal_title(&self) -> &'static str {
        en::PLAN_GOAL_TITLE
    }
    fn plan_owner(&self) -> &'static str {
        en::PLAN_OWNER
    }
    fn plan_no_owner(&self) -> &'static str {
        en::PLAN_NO_OWNER
    }
    fn plan_status(&self) -> &'static str {
        en::PLAN_STATUS
    }
    fn plan_notes(&self) -> &'static str {
        en::PLAN_NOTES
    }
    fn plan_links(&self) -> &'static str {
        en::PLAN_LINKS
    }
    fn plan_no_links(&self) -> &'static str {
        en::PLAN_NO_LINKS
    }
    fn plan_remove_link(&self) -> &'static str {
        en::PLAN_REMOVE_LINK
    }
    fn plan_measure(&self) -> &'static str {
        en::PLAN_MEASURE
    }
    fn plan_measure_kind(&self) -> &'static str {
        en::PLAN_MEASURE_KIND
    }
    fn plan_measure_none(&self) -> &'static str {
        en::PLAN_MEASURE_NONE
    }
    fn plan_measure_rate(&self) -> &'static str {
        en::PLAN_MEASURE_RATE
    }
    fn plan_measure_level(&self) -> &'static str {
        en::PLAN_MEASURE_LEVEL
    }
    fn plan_measure_indicator(&self) -> &'static str {
        en::PLAN_MEASURE_INDICATOR
    }
    fn plan_measure_school(&self) -> &'static str {
        en::PLAN_MEASURE_SCHOOL
    }
    fn plan_measure_group(&self) -> &'static str {
        en::PLAN_MEASURE_GROUP
    }
    fn plan_measure_all_students(&self) -> &'static str {
        en::PLAN_MEASURE_ALL_STUDENTS
    }
    fn plan_measure_target(&self) -> &'static str {
        en::PLAN_MEASURE_TARGET
    }
    fn plan_measure_level_target(&self) -> &'static str {
        en::PLAN_MEASURE_LEVEL_TARGET
    }
    fn plan_measure_by(&self) -> &'static str {
        en::PLAN_MEASURE_BY
    }
    fn measure_status(&self, outcome: Outcome, value: Option<String>) -> String {
        en::measure_status(outcome, value)
    }
    fn plan_actions(&self) -> &'static str {
        en::PLAN_ACTIONS
    }
    fn plan_no_actions(&self) -> &'static str {
        en::PLAN_NO_ACTIONS
    }
    fn plan_action_title(&self) -> &'static str {
        en::PLAN_ACTION_TITLE
    }
    fn plan_add_action(&self) -> &'static str {
        en::PLAN_ADD_ACTION
    }
    fn plan_add_action_button(&self) -> &'static str {
        en::PLAN_ADD_ACTION_BUTTON
    }
    fn plan_start(&self) -> &'static str {
        en::PLAN_START
    }
    fn plan_due(&self) -> &'static str {
        en::PLAN_DUE
    }
    fn plan_resources(&self) -> &'static str {
        en::PLAN_RESOURCES
    }
    fn plan_budget(&self) -> &'static str {
        en::PLAN_BUDGET
    }
    fn plan_remove_goal(&self) -> &'static str {
        en::PLAN_REMOVE_GOAL
    }
    fn plan_remove_action(&self) -> &'static str {
        en::PLAN_REMOVE_ACTION
    }
    fn undo(&self) -> &'static str {
        en::UNDO
    }
    fn plan_removed(&self, what: &str) -> String {
        en::plan_removed(what)
    }
    fn plan_restored(&self, what: &str) -> String {
        en::plan_restored(what)
    }
    fn plan_goal_created(&self, title: &str) -> String {
        en::plan_goal_created(title)
    }
    fn plan_open_goal(&self) -> &'static str {
        en::PLAN_OPEN_GOAL
    }
    fn plan_create_from_finding(&self) -> &'static str {
        en::PLAN_CREATE_FROM_FINDING
    }
    fn plan_open(&self) -> &'static str {
        en::PLAN_OPEN
    }
    fn goal_from_finding(&self, who: &str, indicator: &str) -> String {
        en::goal_from_finding(who, indicator)
    }
    fn goal_from_priority(&self, statement: &str) -> String {
        en::goal_from_priority(statement)
    }
    fn goal_summary(&self, status: PlanStatus, owner: Option<Role>, actions: usize, due: Option<Date>) -> String {
        en::goal_summary(status, owner, actions, due)
    }
    fn finding_link(&self, indicator: &str, group: Option<&str>, school: Option<&str>) -> String {
        en::finding_link(indicator, group, school)
    }
    fn plan_no_measure_yet(&self) -> &'static str {
        en::PLAN_NO_MEASURE_YET
    }
    fn status_name(&self, s: PlanStatus) -> &'static str {
        en::status_name(s)
    }
    fn plan_error(&self, e: &PlanError) -> String {
        en::plan_error(e)
    }
    fn progress_title(&self) -> &'static str {
        en::PROGRESS_TITLE
    }
    fn progress_intro(&self) -> &'static str {
        en::PROGRESS_INTRO
    }
    fn progress_one_cycle(&self) -> &'static str {
        en::PROGRESS_ONE_CYCLE
    }
    fn progress_measures(&self) -> &'static str {
        en::PROGRESS_MEASURES
    }
    fn progress_no_measures(&self) -> &'static str {
        en::PROGRESS_NO_MEASURES
    }
    fn progress_col_goal(&self) -> &'static str {
        en::PROGRESS_COL_GOAL
    }
    fn progress_col_measure(&self) -> &'static str {
        en::PROGRESS_COL_MEASURE
    }
    fn progress_col_target(&self) -> &'static str {
        en::PROGRESS_COL_TARGET
    }
    fn progress_col_before(&self) -> &'static str {
        en::PROGRESS_COL_BEFORE
    }
    fn progress_col_now(&self) -> &'static str {
        en::PROGRESS_COL_NOW
    }
    fn progress_col_result(&self) -> &'static str {
        en::PROGRESS_COL_RESULT
    }
    fn progress_areas(&self) -> &'static str {
        en::PROGRESS_AREAS
    }
    fn progress_trends(&self) -> &'static str {
        en::PROGRESS_TRENDS
    }
    fn progress_no_trends(&self) -> &'static str {
        en::PROGRESS_NO_TRENDS
    }
    fn progress_district(&self) -> &'static str {
        en::PROGRESS_DISTRICT
    }
    fn outcome_name(&self, o: Outcome) -> &'static str {
        en::outcome_name(o)
    }
    fn suppressed_short(&self) -> &'static str {
        en::SUPPRESSED_SHORT
    }
    fn no_data_short(&self) -> &'static str {
        en::NO_DATA_SHORT
    }
    fn measures_chart_label(&self, n: usize) -> String {
        en::measures_chart_label(n)
    }
    fn areas_chart_label(&self) -> String {
        en::areas_chart_label()
    }
    fn trend_chart_label(&self, indicator: &str) -> String {
        en::trend_chart_label(indicator)
    }
    fn overview_reflect_step(&self) -> &'static str {
        en::OVERVIEW_REFLECT_STEP
    }
    fn overview_plan_step(&self) -> &'static str {
        en::OVERVIEW_PLAN_STEP
    }
    fn overview_progress_step(&self) -> &'static str {
        en::OVERVIEW_PROGRESS_STEP
    }
    fn table_of(&self, what: &str) -> String {
        en::table_of(what)
    }
    fn plan_add_link(&self) -> &'static str {
        en::PLAN_ADD_LINK
    }
    fn plan_add_link_choose(&self) -> &'static str {
        en::PLAN_ADD_LINK_CHOOSE
    }
    fn plan_link_indicators(&self) -> &'static str {
        en::PLAN_LINK_INDICATORS
    }
    fn plan_link_findings(&self) -> &'static str {
        en::PLAN_LINK_FINDINGS
    }
}
