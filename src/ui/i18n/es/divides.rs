//! Spanish: the `Divides` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::en;
use super::super::keys::Divides;
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

impl Divides for Es {
    fn overview_divides_step(&self) -> &'static str {
        en::OVERVIEW_DIVIDES_STEP
    }
    fn overview_divides_progress(&self, schools: usize, cells: usize, priorities: usize) -> String {
        en::overview_divides_progress(schools, cells, priorities)
    }
    fn divides_title(&self) -> &'static str {
        en::DIVIDES_TITLE
    }
    fn divides_intro(&self, family: Option<usize>) -> String {
        en::divides_intro(family)
    }
    fn divides_empty(&self) -> &'static str {
        en::DIVIDES_EMPTY
    }
    fn divides_summary(&self) -> &'static str {
        en::DIVIDES_SUMMARY
    }
    fn divides_col_divide(&self) -> &'static str {
        en::DIVIDES_COL_DIVIDE
    }
    fn divides_col_indicators(&self) -> &'static str {
        en::DIVIDES_COL_INDICATORS
    }
    fn divides_col_priority(&self) -> &'static str {
        en::DIVIDES_COL_PRIORITY
    }
    fn divides_col_watch(&self) -> &'static str {
        en::DIVIDES_COL_WATCH
    }
    fn divides_col_district(&self) -> &'static str {
        en::DIVIDES_COL_DISTRICT
    }
    fn statements_heading(&self) -> &'static str {
        en::STATEMENTS_HEADING
    }
    fn overview_all_findings(&self) -> &'static str {
        en::OVERVIEW_ALL_FINDINGS
    }
    fn statements_intro(&self) -> &'static str {
        en::STATEMENTS_INTRO
    }
    fn statements_none(&self) -> &'static str {
        en::STATEMENTS_NONE
    }
    fn statements_more(&self, shown: usize, total: usize) -> String {
        en::statements_more(shown, total)
    }
    fn statement_group_indicator(
        &self,
        group: &str,
        indicator: &str,
        k: usize,
        n: usize,
        district: Option<(f64, f64, f64, &str)>,
        students: u64,
    ) -> String {
        en::statement_group_indicator(group, indicator, k, n, district, students)
    }
    fn statement_school_divide(&self, school: &str, divide: Divide, k: usize, n: usize) -> String {
        en::statement_school_divide(school, divide, k, n)
    }
    fn statement_group_divides(&self, group: &str, k: usize, per_divide: &[(Divide, usize)]) -> String {
        en::statement_group_divides(group, k, per_divide)
    }
    fn statement_show(&self, n: usize) -> String {
        en::statement_show(n)
    }
    fn statement_shown(&self) -> &'static str {
        en::STATEMENT_SHOWN
    }
    fn statement_show_all(&self) -> &'static str {
        en::STATEMENT_SHOW_ALL
    }
    fn goal_from_statement(&self, who: &str, what: &str) -> String {
        en::goal_from_statement(who, what)
    }
    fn findings_heading(&self) -> &'static str {
        en::FINDINGS_HEADING
    }
    fn findings_none(&self) -> &'static str {
        en::FINDINGS_NONE
    }
    fn findings_clear(&self) -> &'static str {
        en::FINDINGS_CLEAR
    }
    fn filter_divide(&self) -> &'static str {
        en::FILTER_DIVIDE
    }
    fn filter_school(&self) -> &'static str {
        en::FILTER_SCHOOL
    }
    fn filter_dimension(&self) -> &'static str {
        en::FILTER_DIMENSION
    }
    fn filter_flag(&self) -> &'static str {
        en::FILTER_FLAG
    }
    fn filter_rank(&self) -> &'static str {
        en::FILTER_RANK
    }
    fn rank_students(&self) -> &'static str {
        en::RANK_STUDENTS
    }
    fn rank_gap(&self) -> &'static str {
        en::RANK_GAP
    }
    fn rank_rate(&self) -> &'static str {
        en::RANK_RATE
    }
    fn filter_all(&self) -> &'static str {
        en::FILTER_ALL
    }
    fn filter_district(&self) -> &'static str {
        en::FILTER_DISTRICT
    }
    fn filter_whole_schools(&self) -> &'static str {
        en::FILTER_WHOLE_SCHOOLS
    }
    fn findings_more(&self, next: usize, left: usize) -> String {
        en::findings_more(next, left)
    }
    fn findings_count(&self, shown: usize, total: usize) -> String {
        en::findings_count(shown, total)
    }
    fn findings_export(&self) -> &'static str {
        en::FINDINGS_EXPORT
    }
    fn findings_export_hint(&self) -> &'static str {
        en::FINDINGS_EXPORT_HINT
    }
    fn flag_name(&self, f: Flag) -> &'static str {
        en::flag_name(f)
    }
    fn percent(&self, x: f64) -> String {
        en::percent(x)
    }
    fn points(&self, x: f64) -> String {
        en::points(x)
    }
    fn compare_name(
        &self,
        with: &CompareWith,
        group_name: &dyn Fn(&str) -> String,
        school_name: &dyn Fn(&str) -> String,
    ) -> String {
        en::compare_name(with, group_name, school_name)
    }
    fn finding_sentence(
        &self,
        who: &str,
        indicator: &str,
        rate: f64,
        gap: f64,
        low: f64,
        high: f64,
        comparison: &str,
    ) -> String {
        en::finding_sentence(who, indicator, rate, gap, low, high, comparison)
    }
    fn students_affected(&self, about: u64, low: u64, high: u64) -> String {
        en::students_affected(about, low, high)
    }
    fn who_group_at(&self, group: &str, place: &str) -> String {
        en::who_group_at(group, place)
    }
    fn who_group_in_district(&self, group: &str) -> String {
        en::who_group_in_district(group)
    }
    fn district_wide(&self) -> &'static str {
        en::DISTRICT_WIDE
    }
    fn fewer_than(&self, n: u64) -> String {
        en::fewer_than(n)
    }
    fn suppressed_complement(&self) -> &'static str {
        en::SUPPRESSED_COMPLEMENT
    }
    fn checking_privacy(&self) -> &'static str {
        en::CHECKING_PRIVACY
    }
    fn coded_band(&self, b: dew_domain::divides::protect::Band) -> &'static str {
        en::coded_band(b)
    }
    fn protection_line(&self, hidden: usize) -> String {
        en::protection_line(hidden)
    }
    fn invalid_cell(&self) -> &'static str {
        en::INVALID_CELL
    }
    fn no_data(&self) -> &'static str {
        en::NO_DATA
    }
    fn heatmap_title(&self) -> &'static str {
        en::HEATMAP_TITLE
    }
    fn heatmap_intro(&self) -> &'static str {
        en::HEATMAP_INTRO
    }
    fn heatmap_schools(&self) -> &'static str {
        en::HEATMAP_SCHOOLS
    }
    fn heatmap_groups(&self) -> &'static str {
        en::HEATMAP_GROUPS
    }
    fn heatmap_scope(&self) -> &'static str {
        en::HEATMAP_SCOPE
    }
    fn heatmap_table(&self) -> &'static str {
        en::HEATMAP_TABLE
    }
    fn heatmap_label(&self, what: &str) -> String {
        en::heatmap_label(what)
    }
    fn heatmap_col_school(&self) -> &'static str {
        en::HEATMAP_COL_SCHOOL
    }
    fn heatmap_col_group(&self) -> &'static str {
        en::HEATMAP_COL_GROUP
    }
    fn heatmap_legend(&self) -> &'static str {
        en::HEATMAP_LEGEND
    }
    fn ddata_title(&self) -> &'static str {
        en::DDATA_TITLE
    }
    fn ddata_intro(&self) -> &'static str {
        en::DDATA_INTRO
    }
    fn ddata_settings(&self) -> &'static str {
        en::DDATA_SETTINGS
    }
    fn ddata_threshold(&self) -> &'static str {
        en::DDATA_THRESHOLD
    }
    fn ddata_protection(&self) -> &'static str {
        en::DDATA_PROTECTION
    }
    fn ddata_protection_hint(&self) -> &'static str {
        en::DDATA_PROTECTION_HINT
    }
    fn ddata_protection_error(&self) -> &'static str {
        en::DDATA_PROTECTION_ERROR
    }
    fn ddata_min_n(&self) -> &'static str {
        en::DDATA_MIN_N
    }
    fn ddata_comparison(&self) -> &'static str {
        en::DDATA_COMPARISON
    }
    fn ddata_cmp_complement(&self) -> &'static str {
        en::DDATA_CMP_COMPLEMENT
    }
    fn ddata_cmp_overall(&self) -> &'static str {
        en::DDATA_CMP_OVERALL
    }
    fn ddata_cmp_highest(&self) -> &'static str {
        en::DDATA_CMP_HIGHEST
    }
    fn ddata_cmp_chosen(&self, dim: &str, group: &str) -> String {
        en::ddata_cmp_chosen(dim, group)
    }
    fn ddata_adjust(&self) -> &'static str {
        en::DDATA_ADJUST
    }
    fn ddata_adjust_hint(&self) -> &'static str {
        en::DDATA_ADJUST_HINT
    }
    fn ddata_coding(&self) -> &'static str {
        en::DDATA_CODING
    }
    fn ddata_settings_save(&self) -> &'static str {
        en::DDATA_SETTINGS_SAVE
    }
    fn ddata_settings_saved(&self) -> &'static str {
        en::DDATA_SETTINGS_SAVED
    }
    fn ddata_threshold_error(&self) -> &'static str {
        en::DDATA_THRESHOLD_ERROR
    }
    fn ddata_min_n_error(&self) -> &'static str {
        en::DDATA_MIN_N_ERROR
    }
    fn ddata_import(&self) -> &'static str {
        en::DDATA_IMPORT
    }
    fn ddata_template(&self) -> &'static str {
        en::DDATA_TEMPLATE
    }
    fn ddata_import_label(&self) -> &'static str {
        en::DDATA_IMPORT_LABEL
    }
    fn ddata_import_hint(&self) -> &'static str {
        en::DDATA_IMPORT_HINT
    }
    fn ddata_preview(&self, file: &str, cells: usize, new_schools: usize, overwrites: usize) -> String {
        en::ddata_preview(file, cells, new_schools, overwrites)
    }
    fn ddata_reading(&self, file: &str) -> String {
        en::ddata_reading(file)
    }
    fn more_problems(&self, more: usize) -> String {
        en::more_problems(more)
    }
    fn usage_errors(&self, file: &str, n: usize) -> String {
        en::usage_errors(file, n)
    }
    fn ddata_errors(&self, file: &str, n: usize) -> String {
        en::ddata_errors(file, n)
    }
    fn csv_error(&self, e: &CsvError) -> String {
        en::csv_error(e)
    }
    fn ddata_mode(&self) -> &'static str {
        en::DDATA_MODE
    }
    fn ddata_mode_add(&self) -> &'static str {
        en::DDATA_MODE_ADD
    }
    fn ddata_mode_replace(&self) -> &'static str {
        en::DDATA_MODE_REPLACE
    }
    fn ddata_apply(&self) -> &'static str {
        en::DDATA_APPLY
    }
    fn ddata_cancel(&self) -> &'static str {
        en::DDATA_CANCEL
    }
    fn ddata_applied(&self, cells: usize) -> String {
        en::ddata_applied(cells)
    }
    fn ddata_undo(&self) -> &'static str {
        en::DDATA_UNDO
    }
    fn ddata_undone(&self) -> &'static str {
        en::DDATA_UNDONE
    }
    fn ddata_grid(&self) -> &'static str {
        en::DDATA_GRID
    }
    fn ddata_grid_indicator(&self) -> &'static str {
        en::DDATA_GRID_INDICATOR
    }
    fn ddata_grid_region(&self) -> &'static str {
        en::DDATA_GRID_REGION
    }
    fn ddata_grid_dimension(&self) -> &'static str {
        en::DDATA_GRID_DIMENSION
    }
    fn ddata_grid_whole(&self) -> &'static str {
        en::DDATA_GRID_WHOLE
    }
    fn ddata_grid_none(&self) -> &'static str {
        en::DDATA_GRID_NONE
    }
    fn ddata_grid_hint(&self) -> &'static str {
        en::DDATA_GRID_HINT
    }
    fn ddata_num(&self) -> &'static str {
        en::DDATA_NUM
    }
    fn ddata_den(&self) -> &'static str {
        en::DDATA_DEN
    }
    fn ddata_cell_label(&self, school_and_group: &str, part: &str) -> String {
        en::ddata_cell_label(school_and_group, part)
    }
    fn ddata_school_added(&self, name: &str) -> String {
        en::ddata_school_added(name)
    }
    fn ddata_not_number(&self) -> &'static str {
        en::DDATA_NOT_NUMBER
    }
    fn ddata_need_both(&self) -> &'static str {
        en::DDATA_NEED_BOTH
    }
    fn ddata_no_schools(&self) -> &'static str {
        en::DDATA_NO_SCHOOLS
    }
    fn ddata_schools(&self) -> &'static str {
        en::DDATA_SCHOOLS
    }
    fn ddata_school_name(&self) -> &'static str {
        en::DDATA_SCHOOL_NAME
    }
    fn ddata_add_school(&self) -> &'static str {
        en::DDATA_ADD_SCHOOL
    }
    fn ddata_school_required(&self) -> &'static str {
        en::DDATA_SCHOOL_REQUIRED
    }
    fn ddata_indicators(&self) -> &'static str {
        en::DDATA_INDICATORS
    }
    fn ddata_custom_heading(&self) -> &'static str {
        en::DDATA_CUSTOM_HEADING
    }
    fn ddata_custom_name(&self) -> &'static str {
        en::DDATA_CUSTOM_NAME
    }
    fn ddata_custom_divide(&self) -> &'static str {
        en::DDATA_CUSTOM_DIVIDE
    }
    fn ddata_custom_num(&self) -> &'static str {
        en::DDATA_CUSTOM_NUM
    }
    fn ddata_custom_den(&self) -> &'static str {
        en::DDATA_CUSTOM_DEN
    }
    fn ddata_custom_direction(&self) -> &'static str {
        en::DDATA_CUSTOM_DIRECTION
    }
    fn ddata_custom_source(&self) -> &'static str {
        en::DDATA_CUSTOM_SOURCE
    }
    fn ddata_custom_add(&self) -> &'static str {
        en::DDATA_CUSTOM_ADD
    }
    fn ddata_custom_save(&self) -> &'static str {
        en::DDATA_CUSTOM_SAVE
    }
    fn ddata_custom_delete(&self) -> &'static str {
        en::DDATA_CUSTOM_DELETE
    }
    fn ddata_custom_edit(&self) -> &'static str {
        en::DDATA_CUSTOM_EDIT
    }
    fn ddata_custom_delete_q(&self, name: &str, cells: usize) -> String {
        en::ddata_custom_delete_q(name, cells)
    }
    fn ddata_confirm_delete(&self) -> &'static str {
        en::DDATA_CONFIRM_DELETE
    }
    fn ddata_keep(&self) -> &'static str {
        en::DDATA_KEEP
    }
    fn ddata_blank(&self, field: dew_domain::divides::model::Field) -> &'static str {
        en::ddata_blank(field)
    }
    fn ddata_builtin(&self) -> &'static str {
        en::DDATA_BUILTIN
    }
    fn ddata_custom(&self) -> &'static str {
        en::DDATA_CUSTOM
    }
    fn ddata_col_name(&self) -> &'static str {
        en::DDATA_COL_NAME
    }
    fn ddata_col_divide(&self) -> &'static str {
        en::DDATA_COL_DIVIDE
    }
    fn ddata_col_measures(&self) -> &'static str {
        en::DDATA_COL_MEASURES
    }
    fn ddata_col_source(&self) -> &'static str {
        en::DDATA_COL_SOURCE
    }
    fn ddata_col_kind(&self) -> &'static str {
        en::DDATA_COL_KIND
    }
    fn ddata_dim_heading(&self) -> &'static str {
        en::DDATA_DIM_HEADING
    }
    fn ddata_dim_name(&self) -> &'static str {
        en::DDATA_DIM_NAME
    }
    fn ddata_dim_groups(&self) -> &'static str {
        en::DDATA_DIM_GROUPS
    }
    fn ddata_dim_add(&self) -> &'static str {
        en::DDATA_DIM_ADD
    }
    fn ddata_dims_custom(&self, names: &str) -> String {
        en::ddata_dims_custom(names)
    }
}
