//! Spanish: the `Content` keys (src/ui/i18n/keys.rs has each key's English).
//!
//! The Spanish is data of the domain, keyed by the stored schema's frozen ids
//! (`assessment::content_es`, `divides::model_es`, `portfolio::questions_es`, `usage_es`),
//! where native tests check that every id has it. Custom divide indicators and groupings are
//! the district's own words: they, and any id without Spanish, keep the text they have.

#![allow(unused_imports)]
use super::super::keys::{self, Content};
use super::Es;
use dew_domain::assessment::content::{Area, Indicator, Level};
use dew_domain::assessment::content_es;
use dew_domain::divides::model::{DivideData, DivideIndicator};
use dew_domain::divides::model_es;
use dew_domain::portfolio::{questions_es, Question};
use dew_domain::report::{Table, Value};

/// The Spanish of a built-in indicator, or of the app's product-usage one (a custom one is the
/// district's own words).
fn builtin(ind: &DivideIndicator) -> Option<&'static model_es::DivideIndicatorEs> {
    use dew_domain::portfolio::usage::{usage_indicator, USAGE_INDICATOR};
    // (A district's own indicator could take the same id: only the app's has the app's words.)
    if ind.id == USAGE_INDICATOR && ind.name == usage_indicator().name {
        return Some(&dew_domain::portfolio::usage_es::USAGE_INDICATOR_ES);
    }
    ind.builtin.then(|| model_es::indicator(&ind.id)).flatten()
}

impl Content for Es {
    fn area_name(&self, area: &'static Area) -> &'static str {
        content_es::area(area.id).map_or(area.name, |a| a.name)
    }
    fn area_summary(&self, area: &'static Area) -> &'static str {
        content_es::area(area.id).map_or(area.summary, |a| a.summary)
    }
    fn indicator_statement(&self, ind: &'static Indicator) -> &'static str {
        content_es::indicator(ind.id).map_or(ind.statement, |i| i.statement)
    }
    fn indicator_descriptor(&self, ind: &'static Indicator, level: Level) -> &'static str {
        content_es::indicator(ind.id).map_or(ind.descriptors[level.index()], |i| i.descriptors[level.index()])
    }
    fn indicator_evidence(&self, ind: &'static Indicator) -> &'static [&'static str] {
        content_es::indicator(ind.id)
            .filter(|i| i.evidence.len() == ind.evidence.len())
            .map_or(ind.evidence, |i| i.evidence)
    }
    fn divide_indicator_name(&self, ind: &DivideIndicator) -> String {
        builtin(ind).map_or(ind.name.as_str(), |i| i.name).to_string()
    }
    fn divide_indicator_name_by_id(&self, id: &str, name: &str) -> String {
        model_es::indicator(id).map_or(name, |i| i.name).to_string()
    }
    fn divide_indicator_numerator(&self, ind: &DivideIndicator) -> String {
        builtin(ind).map_or(ind.numerator.as_str(), |i| i.numerator).to_string()
    }
    fn divide_indicator_denominator(&self, ind: &DivideIndicator) -> String {
        builtin(ind).map_or(ind.denominator.as_str(), |i| i.denominator).to_string()
    }
    fn divide_indicator_source(&self, ind: &DivideIndicator) -> String {
        builtin(ind).map_or(ind.source.as_str(), |i| i.source).to_string()
    }
    fn dimension_name(&self, id: &str, name: &str) -> String {
        model_es::dimension(id).unwrap_or(name).to_string()
    }
    fn group_name(&self, dimension: &str, group: &str, name: &str) -> String {
        model_es::group(dimension, group).unwrap_or(name).to_string()
    }
    fn group_label(&self, data: &DivideData, dimension: &str, group: &str) -> String {
        model_es::group(dimension, group).map_or_else(|| data.group_name(dimension, group), str::to_string)
    }
    fn review_question(&self, q: &'static Question) -> &'static str {
        questions_es::question(q.id).unwrap_or(q.text)
    }
    fn report_content(&self, mut table: Table) -> Table {
        let col = |h: &str| table.column(h);
        let (indicator_id, indicator, area_id, area) =
            (col("indicator_id"), col("indicator"), col("area_id"), col("area"));
        let (group_id, group) = (col("group_id"), col("group"));
        let (measure_id, measure, measure_group) = (col("measure_indicator_id"), col("measure"), col("measure_group"));
        for row in &mut table.rows {
            let text = |c: Option<usize>| match c.and_then(|c| row.get(c)) {
                Some(Value::Text(s)) => Some(s.clone()),
                _ => None,
            };
            let (ind, area_of, grp, mid, mgroup) =
                (text(indicator_id), text(area_id), text(group_id), text(measure_id), text(measure_group));
            let area_of = area_of.or_else(|| {
                ind.as_deref().and_then(dew_domain::assessment::content::indicator).map(|(a, _)| a.id.to_string())
            });
            put(row, indicator, ind.as_deref().and_then(indicator_text));
            put(row, area, area_of.as_deref().and_then(content_es::area).map(|a| a.name));
            put(row, group, grp.as_deref().and_then(|g| g.split_once(':')).and_then(|(d, g)| model_es::group(d, g)));
            put(row, measure, mid.as_deref().and_then(indicator_text));
            put(row, measure_group, mgroup.as_deref().and_then(builtin_group));
        }
        table
    }
}

/// The Spanish of a self-assessment indicator's statement or of a built-in divide indicator's
/// name, by id (the two never share one: the first have a dot).
fn indicator_text(id: &str) -> Option<&'static str> {
    content_es::indicator(id).map(|i| i.statement).or_else(|| model_es::indicator(id).map(|i| i.name))
}

/// The Spanish of a built-in group named so in English (a table that holds only its name).
fn builtin_group(name: &str) -> Option<&'static str> {
    dew_domain::divides::model::builtin_dimensions()
        .iter()
        .find_map(|d| d.groups.iter().find(|g| g.name == name).and_then(|g| model_es::group(&d.id, &g.id)))
}

/// Puts `text` in a row's text cell `col` (an empty cell stays empty).
fn put(row: &mut [Value], col: Option<usize>, text: Option<&str>) {
    if let (Some(c), Some(text)) = (col, text) {
        if let Some(v @ Value::Text(_)) = row.get_mut(c) {
            *v = Value::Text(text.to_string());
        }
    }
}
