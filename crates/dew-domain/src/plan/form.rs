//! A success measure as the plan page's form holds it: text fields, read into a `Measure` or
//! a `PlanError` naming the field. The page only wires the fields to this.

use super::model::{optional_date, target_percent, Measure, PlanError};
use crate::assessment::content::Level;

/// What kind of measure the form is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureKind {
    /// No measure.
    None,
    /// A divide indicator's rate reaching a target.
    Rate,
    /// A self-assessment indicator reaching a level.
    Level,
}

impl MeasureKind {
    /// The form's value for it ("", "rate", "level").
    pub fn as_wire(self) -> &'static str {
        match self {
            MeasureKind::None => "",
            MeasureKind::Rate => "rate",
            MeasureKind::Level => "level",
        }
    }

    /// Anything but "rate" or "level" is no measure.
    pub fn from_wire(s: &str) -> MeasureKind {
        match s {
            "rate" => MeasureKind::Rate,
            "level" => MeasureKind::Level,
            _ => MeasureKind::None,
        }
    }
}

/// The measure form's fields. Both kinds' fields are kept while the kind is switched, so
/// switching back finds them as they were.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureForm {
    pub kind: MeasureKind,
    /// Rate: the divide indicator's id.
    pub indicator: String,
    /// Rate: the school's id; blank for the district.
    pub school: String,
    /// Rate: "dimension:group"; blank for all students.
    pub group: String,
    /// Rate: the target in percent, as typed ("75", "62.5%").
    pub target: String,
    /// Level: the self-assessment indicator's id.
    pub sa_indicator: String,
    pub level: Level,
    /// By when, `YYYY-MM-DD` or blank.
    pub by: String,
}

impl MeasureForm {
    /// The form for a goal's measure. Fields the measure does not set take the first divide
    /// indicator, the first self-assessment indicator and "established".
    pub fn of(measure: Option<&Measure>, first_indicator: &str, first_sa_indicator: &str) -> MeasureForm {
        let blank = MeasureForm {
            kind: MeasureKind::None,
            indicator: first_indicator.to_string(),
            school: String::new(),
            group: String::new(),
            target: String::new(),
            sa_indicator: first_sa_indicator.to_string(),
            level: Level::Established,
            by: String::new(),
        };
        let by = |d: &Option<crate::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        match measure {
            None => blank,
            Some(Measure::Rate { indicator, school, group, target, by: b }) => MeasureForm {
                kind: MeasureKind::Rate,
                indicator: indicator.clone(),
                school: school.clone().unwrap_or_default(),
                group: group.as_ref().map(|(d, g)| format!("{d}:{g}")).unwrap_or_default(),
                // A fraction shown in percent, to a tenth of a point.
                target: format!("{}", (target * 1000.0).round() / 10.0),
                by: by(b),
                ..blank
            },
            Some(Measure::Level { indicator, target, by: b }) => MeasureForm {
                kind: MeasureKind::Level,
                sa_indicator: indicator.clone(),
                level: *target,
                by: by(b),
                ..blank
            },
        }
    }

    /// The measure the fields make (`None` for no measure), or what is wrong, naming the field.
    pub fn read(&self) -> Result<Option<Measure>, PlanError> {
        if self.kind == MeasureKind::None {
            // The other fields are hidden then: nothing in them can stop the measure going.
            return Ok(None);
        }
        let by = optional_date(&self.by, "by")?;
        Ok(match self.kind {
            MeasureKind::None => None,
            MeasureKind::Rate => Some(Measure::Rate {
                indicator: self.indicator.clone(),
                school: Some(self.school.clone()).filter(|s| !s.is_empty()),
                group: self.group.split_once(':').map(|(d, g)| (d.to_string(), g.to_string())),
                target: target_percent(&self.target)?,
                by,
            }),
            MeasureKind::Level => Some(Measure::Level { indicator: self.sa_indicator.clone(), target: self.level, by }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn rate(target: f64) -> Measure {
        Measure::Rate {
            indicator: "home-internet".into(),
            school: Some("s1".into()),
            group: Some(("el".into(), "yes".into())),
            target,
            by: Date::parse("2027-06-30"),
        }
    }

    #[test]
    fn a_rate_target_is_shown_in_percent_and_read_back_as_a_fraction() {
        let f = MeasureForm::of(Some(&rate(0.835)), "x", "y");
        assert_eq!(f.kind, MeasureKind::Rate);
        assert_eq!(f.target, "83.5");
        assert_eq!(f.group, "el:yes");
        assert_eq!(f.by, "2027-06-30");
        assert_eq!(f.read(), Ok(Some(rate(0.835))));
        let f = MeasureForm { target: "90%".into(), ..f };
        assert_eq!(f.read(), Ok(Some(rate(0.9))));
    }

    #[test]
    fn district_and_all_students_are_blank_fields() {
        let m = Measure::Rate { indicator: "i".into(), school: None, group: None, target: 0.5, by: None };
        let f = MeasureForm::of(Some(&m), "x", "y");
        assert_eq!((f.school.as_str(), f.group.as_str(), f.by.as_str()), ("", "", ""));
        assert_eq!(f.read(), Ok(Some(m)));
    }

    #[test]
    fn a_level_measure_keeps_the_rate_fields_at_their_defaults() {
        let m = Measure::Level { indicator: "how.active-creation".into(), target: Level::Advanced, by: None };
        let f = MeasureForm::of(Some(&m), "home-internet", "first-sa");
        assert_eq!(f.kind, MeasureKind::Level);
        assert_eq!(f.indicator, "home-internet");
        assert_eq!(f.read(), Ok(Some(m)));
        // Switching to a rate uses the first divide indicator and needs a target.
        let f = MeasureForm { kind: MeasureKind::Rate, ..f };
        assert_eq!(f.read(), Err(PlanError::TargetOutOfRange));
    }

    #[test]
    fn errors_name_the_field() {
        let f = MeasureForm::of(Some(&rate(0.5)), "x", "y");
        assert_eq!(MeasureForm { by: "30/06/2027".into(), ..f.clone() }.read(), Err(PlanError::NotADate("by")));
        assert_eq!(MeasureForm { target: "120".into(), ..f.clone() }.read(), Err(PlanError::TargetOutOfRange));
        assert_eq!(MeasureForm { target: "lots".into(), ..f.clone() }.read(), Err(PlanError::TargetOutOfRange));
        // No measure reads as none, whatever the hidden fields hold.
        assert_eq!(MeasureForm { kind: MeasureKind::None, by: "soon".into(), ..f.clone() }.read(), Ok(None));
        assert_eq!(MeasureKind::from_wire("rate").as_wire(), "rate");
        assert_eq!(MeasureKind::from_wire("anything"), MeasureKind::None);
    }
}
