//! Success measures checked against a cycle's divide analysis and self-assessment.

use super::model::Measure;
use crate::assessment::content::indicator as sa_indicator;
use crate::assessment::results::standing;
use crate::assessment::Assessment;
use crate::date::Date;
use crate::divides::analysis::{Analysis, Status as CellStatus};
use crate::divides::model::Direction;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Met,
    NotMet,
    /// No data for the measure's indicator and scope in that cycle.
    NoData,
    /// The data exist but are too few to show.
    Suppressed,
}

/// A measure checked against one cycle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evaluation {
    pub outcome: Outcome,
    /// The rate (a fraction) or the level's index, when shown.
    pub value: Option<f64>,
}

/// Checks a measure against a cycle's analysis and self-assessment. A rate is met at or above
/// its target (at or below, for an indicator where lower is better); a level is met at or
/// above its target level.
pub fn evaluate(m: &Measure, analysis: &Analysis, assessment: &Assessment) -> Evaluation {
    let none = |outcome| Evaluation { outcome, value: None };
    match m {
        Measure::Rate { indicator, school, group, target, .. } => {
            let Some(i) = analysis.indicators.iter().position(|x| x.id == *indicator) else {
                return none(Outcome::NoData);
            };
            let group = group.as_ref().map(|(d, g)| (d.as_str(), g.as_str()));
            let Some(cell) = analysis.find(i, school.as_deref(), group) else {
                return none(Outcome::NoData);
            };
            if cell.status.is_suppressed() {
                return none(Outcome::Suppressed);
            }
            let Some(rate) = cell.rate().filter(|_| cell.status == CellStatus::Shown) else {
                return none(Outcome::NoData);
            };
            // A tolerance so a rate exactly on target counts despite float rounding.
            let met = match analysis.indicators[i].direction {
                Direction::HigherIsBetter => rate + 1e-9 >= *target,
                Direction::LowerIsBetter => rate - 1e-9 <= *target,
            };
            // A top/bottom-coded rate is not shown exactly here either (issue 24, item 6).
            let value = crate::divides::protect::coded(analysis, cell).is_none().then_some(rate);
            Evaluation { outcome: if met { Outcome::Met } else { Outcome::NotMet }, value }
        }
        Measure::Level { indicator, target, .. } => {
            let Some((area, ind)) = sa_indicator(indicator) else {
                return none(Outcome::NoData);
            };
            match standing(assessment, area, ind).level {
                None => none(Outcome::NoData),
                Some((l, _)) => Evaluation {
                    outcome: if l >= *target { Outcome::Met } else { Outcome::NotMet },
                    value: Some(l.index() as f64),
                },
            }
        }
    }
}

/// The success measure a finding suggests: the rate of the group (or school) reaching its
/// comparison's rate, rounded to a whole percent, by the end of the school year.
pub fn measure_from_finding(
    indicator: &str,
    school: Option<&str>,
    group: Option<(&str, &str)>,
    comparison_rate: f64,
    by: Option<Date>,
) -> Measure {
    Measure::Rate {
        indicator: indicator.to_string(),
        school: school.map(str::to_string),
        group: group.map(|(d, g)| (d.to_string(), g.to_string())),
        target: (comparison_rate * 100.0).round() / 100.0,
        by,
    }
}
