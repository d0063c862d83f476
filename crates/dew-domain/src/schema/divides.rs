//! Conversion between the divide model and its schema-3 wire form.

use super::{invalid, v3, SchemaError};
use crate::assessment::content::Divide;
use crate::divides::model::{
    intern, CellKey, Comparison, Counts, Dimension, Direction, DivideData, DivideIndicator, Group, School, Settings,
    MIN_N_RANGE, PROTECTION_RANGE,
};
use std::collections::BTreeMap;

fn divide_to_wire(d: Divide) -> &'static str {
    match d {
        Divide::Access => "access",
        Divide::Use => "use",
        Divide::Design => "design",
    }
}

fn divide_from_wire(s: &str) -> Option<Divide> {
    Divide::ALL.into_iter().find(|d| divide_to_wire(*d) == s)
}

fn direction_to_wire(d: Direction) -> &'static str {
    match d {
        Direction::HigherIsBetter => "higher-is-better",
        Direction::LowerIsBetter => "lower-is-better",
    }
}

fn comparison_to_wire(c: &Comparison) -> String {
    match c {
        Comparison::Complement => "complement".into(),
        Comparison::Overall => "overall".into(),
        Comparison::HighestGroup => "highest-group".into(),
        Comparison::Chosen { dimension, group } => format!("chosen:{dimension}:{group}"),
    }
}

fn comparison_from_wire(s: &str) -> Option<Comparison> {
    Some(match s {
        "complement" => Comparison::Complement,
        "overall" => Comparison::Overall,
        "highest-group" => Comparison::HighestGroup,
        other => {
            let rest = other.strip_prefix("chosen:")?;
            let (d, g) = rest.split_once(':')?;
            Comparison::Chosen { dimension: d.into(), group: g.into() }
        }
    })
}

pub(super) fn to_wire(d: &DivideData) -> v3::Divides {
    let mut cells: BTreeMap<String, BTreeMap<String, BTreeMap<String, [u64; 2]>>> = BTreeMap::new();
    for (k, c) in d.cells.iter() {
        let g = k.group.as_ref().map(|(d, g)| format!("{d}:{g}")).unwrap_or_default();
        cells
            .entry(k.indicator.to_string())
            .or_default()
            .entry(k.school.to_string())
            .or_default()
            .insert(g, [c.numerator, c.denominator]);
    }
    v3::Divides {
        custom_indicators: d
            .custom_indicators
            .iter()
            .map(|i| v3::Indicator {
                id: i.id.clone(),
                name: i.name.clone(),
                divide: divide_to_wire(i.divide).into(),
                numerator: i.numerator.clone(),
                denominator: i.denominator.clone(),
                direction: direction_to_wire(i.direction).into(),
                source: i.source.clone(),
            })
            .collect(),
        custom_dimensions: d
            .custom_dimensions
            .iter()
            .map(|x| v3::Dimension {
                id: x.id.clone(),
                name: x.name.clone(),
                groups: x.groups.iter().map(|g| v3::Named { id: g.id.clone(), name: g.name.clone() }).collect(),
            })
            .collect(),
        schools: d.schools.iter().map(|s| v3::Named { id: s.id.clone(), name: s.name.clone() }).collect(),
        cells,
        settings: v3::Settings {
            threshold_points: d.settings.threshold_points,
            min_n: d.settings.min_n,
            comparison: comparison_to_wire(&d.settings.comparison),
            top_bottom_coding: d.settings.top_bottom_coding,
            protection_percent: d.settings.protection_percent,
            adjust_for_chance: d.settings.adjust_for_chance,
        },
    }
}

pub(super) fn from_wire(w: v3::Divides, at: &str) -> Result<DivideData, SchemaError> {
    let mut custom_indicators = Vec::new();
    for (i, x) in w.custom_indicators.into_iter().enumerate() {
        let here = format!("{at}.custom_indicators[{i}]");
        let divide = divide_from_wire(&x.divide)
            .ok_or_else(|| invalid(format!("{here}.divide"), format!("unknown value `{}`", x.divide)))?;
        let direction = match x.direction.as_str() {
            "higher-is-better" => Direction::HigherIsBetter,
            "lower-is-better" => Direction::LowerIsBetter,
            other => return Err(invalid(format!("{here}.direction"), format!("unknown value `{other}`"))),
        };
        custom_indicators.push(DivideIndicator {
            id: x.id,
            name: x.name,
            divide,
            numerator: x.numerator,
            denominator: x.denominator,
            direction,
            source: x.source,
            builtin: false,
        });
    }
    let custom_dimensions = w
        .custom_dimensions
        .into_iter()
        .map(|x| Dimension {
            id: x.id,
            name: x.name,
            groups: x.groups.into_iter().map(|g| Group { id: g.id, name: g.name }).collect(),
            builtin: false,
        })
        .collect();
    let schools = w.schools.into_iter().map(|s| School { id: s.id, name: s.name }).collect();
    let mut cells = BTreeMap::new();
    // Every cell of one indicator, school or group shares one copy of its id.
    let mut pool = std::collections::HashMap::new();
    for (ind, by_school) in w.cells {
        let ind_id = intern(&mut pool, &ind);
        for (school, by_group) in by_school {
            let school_id = intern(&mut pool, &school);
            for (g, [n, d]) in by_group {
                let group = if g.is_empty() {
                    None
                } else {
                    let (dim, grp) = g.split_once(':').ok_or_else(|| {
                        invalid(format!("{at}.cells.{ind}.{school}"), format!("group `{g}` is not `dimension:group`"))
                    })?;
                    Some((intern(&mut pool, dim), intern(&mut pool, grp)))
                };
                cells.insert(
                    CellKey { indicator: ind_id.clone(), school: school_id.clone(), group },
                    Counts { numerator: n, denominator: d },
                );
            }
        }
    }
    let s = w.settings;
    let comparison = comparison_from_wire(&s.comparison)
        .ok_or_else(|| invalid(format!("{at}.settings.comparison"), format!("unknown value `{}`", s.comparison)))?;
    if !MIN_N_RANGE.contains(&s.min_n) {
        return Err(invalid(format!("{at}.settings.min_n"), format!("`{}` is outside 5 to 30", s.min_n)));
    }
    if !PROTECTION_RANGE.contains(&s.protection_percent) {
        return Err(invalid(
            format!("{at}.settings.protection_percent"),
            format!("`{}` is outside 0 to 50", s.protection_percent),
        ));
    }
    if !(s.threshold_points.is_finite() && s.threshold_points > 0.0 && s.threshold_points <= 100.0) {
        return Err(invalid(format!("{at}.settings.threshold_points"), "must be between 0 and 100"));
    }
    Ok(DivideData {
        custom_indicators,
        custom_dimensions,
        schools,
        cells: cells.into(),
        settings: Settings {
            threshold_points: s.threshold_points,
            min_n: s.min_n,
            comparison,
            top_bottom_coding: s.top_bottom_coding,
            protection_percent: s.protection_percent,
            adjust_for_chance: s.adjust_for_chance,
        },
    })
}
