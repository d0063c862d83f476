//! Spanish: the `Assessment` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::en;
use super::super::keys::Assessment;
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

impl Assessment for Es {
    fn consensus_agree_heading(&self) -> &'static str {
        en::CONSENSUS_AGREE_HEADING
    }
    fn overview_assess_step(&self) -> &'static str {
        en::OVERVIEW_ASSESS_STEP
    }
    fn overview_consensus_step(&self) -> &'static str {
        en::OVERVIEW_CONSENSUS_STEP
    }
    fn overview_results_step(&self) -> &'static str {
        en::OVERVIEW_RESULTS_STEP
    }
    fn rated_of(&self, rated: usize, total: usize) -> String {
        en::rated_of(rated, total)
    }
    fn overview_consensus_progress(&self, raters: usize, agreed: usize, disagreements: usize) -> String {
        en::overview_consensus_progress(raters, agreed, disagreements)
    }
    fn level_name(&self, l: Level) -> &'static str {
        en::level_name(l)
    }
    fn divide_name(&self, d: Divide) -> &'static str {
        en::divide_name(d)
    }
    fn step_name(&self, s: Step) -> &'static str {
        en::step_name(s)
    }
    fn assess_title(&self) -> &'static str {
        en::ASSESS_TITLE
    }
    fn assess_intro(&self) -> &'static str {
        en::ASSESS_INTRO
    }
    fn assess_areas(&self) -> &'static str {
        en::ASSESS_AREAS
    }
    fn assess_overall(&self, rated: usize, total: usize) -> String {
        en::assess_overall(rated, total)
    }
    fn assess_next_unrated(&self) -> &'static str {
        en::ASSESS_NEXT_UNRATED
    }
    fn assess_all_rated(&self) -> &'static str {
        en::ASSESS_ALL_RATED
    }
    fn assess_current_legend(&self) -> &'static str {
        en::ASSESS_CURRENT_LEGEND
    }
    fn assess_not_yet_known(&self) -> &'static str {
        en::ASSESS_NOT_YET_KNOWN
    }
    fn assess_not_yet_known_hint(&self) -> &'static str {
        en::ASSESS_NOT_YET_KNOWN_HINT
    }
    fn assess_target_legend(&self) -> &'static str {
        en::ASSESS_TARGET_LEGEND
    }
    fn assess_evidence_label(&self) -> &'static str {
        en::ASSESS_EVIDENCE_LABEL
    }
    fn assess_evidence_suggested(&self) -> &'static str {
        en::ASSESS_EVIDENCE_SUGGESTED
    }
    fn assess_step_legend(&self) -> &'static str {
        en::ASSESS_STEP_LEGEND
    }
    fn assess_step_note_label(&self) -> &'static str {
        en::ASSESS_STEP_NOTE_LABEL
    }
    fn assess_clear(&self) -> &'static str {
        en::ASSESS_CLEAR
    }
    fn assess_divides(&self) -> &'static str {
        en::ASSESS_DIVIDES
    }
    fn indicator_number(&self, n: usize, total: usize) -> String {
        en::indicator_number(n, total)
    }
    fn rater_export_heading(&self) -> &'static str {
        en::RATER_EXPORT_HEADING
    }
    fn rater_export_text(&self) -> &'static str {
        en::RATER_EXPORT_TEXT
    }
    fn rater_name_label(&self) -> &'static str {
        en::RATER_NAME_LABEL
    }
    fn rater_role_label(&self) -> &'static str {
        en::RATER_ROLE_LABEL
    }
    fn rater_export_button(&self) -> &'static str {
        en::RATER_EXPORT_BUTTON
    }
    fn rater_name_required(&self) -> &'static str {
        en::RATER_NAME_REQUIRED
    }
    fn rater_nothing_rated(&self) -> &'static str {
        en::RATER_NOTHING_RATED
    }
    fn consensus_title(&self) -> &'static str {
        en::CONSENSUS_TITLE
    }
    fn consensus_intro(&self) -> &'static str {
        en::CONSENSUS_INTRO
    }
    fn consensus_import_heading(&self) -> &'static str {
        en::CONSENSUS_IMPORT_HEADING
    }
    fn consensus_import_label(&self) -> &'static str {
        en::CONSENSUS_IMPORT_LABEL
    }
    fn consensus_import_hint(&self) -> &'static str {
        en::CONSENSUS_IMPORT_HINT
    }
    fn consensus_raters_heading(&self) -> &'static str {
        en::CONSENSUS_RATERS_HEADING
    }
    fn consensus_no_raters(&self) -> &'static str {
        en::CONSENSUS_NO_RATERS
    }
    fn consensus_raters_region(&self) -> &'static str {
        en::CONSENSUS_RATERS_REGION
    }
    fn consensus_you(&self) -> &'static str {
        en::CONSENSUS_YOU
    }
    fn consensus_col_rater(&self) -> &'static str {
        en::CONSENSUS_COL_RATER
    }
    fn consensus_col_role(&self) -> &'static str {
        en::CONSENSUS_COL_ROLE
    }
    fn consensus_col_rated(&self) -> &'static str {
        en::CONSENSUS_COL_RATED
    }
    fn consensus_col_exported(&self) -> &'static str {
        en::CONSENSUS_COL_EXPORTED
    }
    fn consensus_col_actions(&self) -> &'static str {
        en::CONSENSUS_COL_ACTIONS
    }
    fn consensus_remove(&self) -> &'static str {
        en::CONSENSUS_REMOVE
    }
    fn consensus_remove_label(&self, name: &str) -> String {
        en::consensus_remove_label(name)
    }
    fn consensus_removed(&self, name: &str) -> String {
        en::consensus_removed(name)
    }
    fn consensus_undo(&self) -> &'static str {
        en::CONSENSUS_UNDO
    }
    fn consensus_only_disagreements(&self) -> &'static str {
        en::CONSENSUS_ONLY_DISAGREEMENTS
    }
    fn consensus_no_levels(&self) -> &'static str {
        en::CONSENSUS_NO_LEVELS
    }
    fn consensus_disagree(&self) -> &'static str {
        en::CONSENSUS_DISAGREE
    }
    fn consensus_spread(&self, lo: Level, hi: Level) -> String {
        en::consensus_spread(lo, hi)
    }
    fn consensus_levels_caption(&self) -> &'static str {
        en::CONSENSUS_LEVELS_CAPTION
    }
    fn consensus_col_level(&self) -> &'static str {
        en::CONSENSUS_COL_LEVEL
    }
    fn consensus_not_yet_known(&self) -> &'static str {
        en::CONSENSUS_NOT_YET_KNOWN
    }
    fn consensus_agreed_label(&self) -> &'static str {
        en::CONSENSUS_AGREED_LABEL
    }
    fn consensus_choose_level(&self) -> &'static str {
        en::CONSENSUS_CHOOSE_LEVEL
    }
    fn consensus_rationale_label(&self) -> &'static str {
        en::CONSENSUS_RATIONALE_LABEL
    }
    fn consensus_save(&self) -> &'static str {
        en::CONSENSUS_SAVE
    }
    fn consensus_clear(&self) -> &'static str {
        en::CONSENSUS_CLEAR
    }
    fn consensus_recorded(&self, level: Level) -> String {
        en::consensus_recorded(level)
    }
    fn consensus_level_required(&self) -> &'static str {
        en::CONSENSUS_LEVEL_REQUIRED
    }
    fn consensus_file_added(&self, file: &str, name: &str) -> String {
        en::consensus_file_added(file, name)
    }
    fn consensus_file_replaced(&self, file: &str, name: &str) -> String {
        en::consensus_file_replaced(file, name)
    }
    fn consensus_file_kept(&self, file: &str, name: &str) -> String {
        en::consensus_file_kept(file, name)
    }
    fn consensus_file_failed(&self, file: &str, why: &str) -> String {
        en::consensus_file_failed(file, why)
    }
    fn consensus_other_cycle(&self, file: &str, name: &str, theirs: &str, ours: &str) -> String {
        en::consensus_other_cycle(file, name, theirs, ours)
    }
    fn consensus_import_anyway(&self) -> &'static str {
        en::CONSENSUS_IMPORT_ANYWAY
    }
    fn consensus_skip(&self) -> &'static str {
        en::CONSENSUS_SKIP
    }
    fn rater_file_error(&self, e: &RaterFileError) -> String {
        en::rater_file_error(e)
    }
    fn results_title(&self) -> &'static str {
        en::RESULTS_TITLE
    }
    fn results_intro(&self) -> &'static str {
        en::RESULTS_INTRO
    }
    fn results_empty(&self) -> &'static str {
        en::RESULTS_EMPTY
    }
    fn go_assess(&self) -> &'static str {
        en::GO_ASSESS
    }
    fn go_targets(&self) -> &'static str {
        en::GO_TARGETS
    }
    fn go_divide_data(&self) -> &'static str {
        en::GO_DIVIDE_DATA
    }
    fn go_plan(&self) -> &'static str {
        en::GO_PLAN
    }
    fn go_cycles(&self) -> &'static str {
        en::GO_CYCLES
    }
    fn results_by_area(&self) -> &'static str {
        en::RESULTS_BY_AREA
    }
    fn results_by_divide(&self) -> &'static str {
        en::RESULTS_BY_DIVIDE
    }
    fn results_strengths(&self) -> &'static str {
        en::RESULTS_STRENGTHS
    }
    fn results_strengths_none(&self) -> &'static str {
        en::RESULTS_STRENGTHS_NONE
    }
    fn results_priorities(&self) -> &'static str {
        en::RESULTS_PRIORITIES
    }
    fn results_priorities_none(&self) -> &'static str {
        en::RESULTS_PRIORITIES_NONE
    }
    fn results_no_level(&self) -> &'static str {
        en::RESULTS_NO_LEVEL
    }
    fn results_col_area(&self) -> &'static str {
        en::RESULTS_COL_AREA
    }
    fn results_col_divide(&self) -> &'static str {
        en::RESULTS_COL_DIVIDE
    }
    fn results_col_median(&self) -> &'static str {
        en::RESULTS_COL_MEDIAN
    }
    fn results_col_below(&self) -> &'static str {
        en::RESULTS_COL_BELOW
    }
    fn results_col_gap(&self) -> &'static str {
        en::RESULTS_COL_GAP
    }
    fn results_none(&self) -> &'static str {
        en::RESULTS_NONE
    }
    fn results_chart_label(&self, area: &str) -> String {
        en::results_chart_label(area)
    }
    fn results_table_caption(&self, area: &str) -> String {
        en::results_table_caption(area)
    }
    fn results_source(&self, s: Source) -> String {
        en::results_source(s)
    }
    fn results_gap(&self, level: Level, target: Level, source: Source) -> String {
        en::results_gap(level, target, source)
    }
    fn results_strength(&self, level: Level, source: Source) -> String {
        en::results_strength(level, source)
    }
    fn mean_gap(&self, g: Option<f64>) -> String {
        en::mean_gap(g)
    }
}
