//! Progress across cycles: success measures checked against this cycle and the one before,
//! each self-assessment area's level per cycle, and each divide indicator's district rate and
//! flagged groups per cycle. Callers pass one analysis per cycle, in the workspace's order.

use super::assessment::content::{Area, Level, AREAS};
use super::assessment::results::{by_area, standings};
use super::divides::analysis::{Analysis, Status};
use super::plan::{evaluate, Evaluation, Measure};
use super::workspace::{CycleId, Workspace};

/// A value in one cycle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Point {
    Rate(f64),
    /// A top/bottom-coded rate: only its band may be shown.
    Coded(crate::divides::protect::Band),
    /// There are data, too few to show.
    Suppressed,
    NoData,
}

impl Point {
    pub fn rate(self) -> Option<f64> {
        match self {
            Point::Rate(r) => Some(r),
            _ => None,
        }
    }
}

/// The district-level point of an indicator (by id) for all students or one group.
pub fn district_point(a: &Analysis, indicator: &str, group: Option<(&str, &str)>) -> Point {
    let Some(i) = a.indicators.iter().position(|x| x.id == indicator) else {
        return Point::NoData;
    };
    match a.find(i, None, group) {
        None => Point::NoData,
        Some(c) if c.status.is_suppressed() => Point::Suppressed,
        Some(c) => match crate::divides::protect::coded(a, c) {
            Some(band) => Point::Coded(band),
            None => c.rate().filter(|_| c.status == Status::Shown).map_or(Point::NoData, Point::Rate),
        },
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeasureRow {
    pub goal: u32,
    pub title: String,
    pub measure: Measure,
    pub now: Evaluation,
    /// The same measure against the cycle before, if there is one.
    pub before: Option<Evaluation>,
}

/// Every success measure of a cycle's plan, checked against that cycle and the one before.
/// `analyses` holds one analysis per cycle of `ws`, in order.
pub fn measures(ws: &Workspace, cycle: CycleId, analyses: &[Analysis]) -> Vec<MeasureRow> {
    let Some(ci) = ws.cycles.iter().position(|c| c.id == cycle) else {
        return Vec::new();
    };
    let c = &ws.cycles[ci];
    c.plan
        .goals
        .iter()
        .filter_map(|g| {
            let m = g.measure.clone()?;
            let now = evaluate(&m, &analyses[ci], &c.assessment);
            let before = ci.checked_sub(1).map(|p| evaluate(&m, &analyses[p], &ws.cycles[p].assessment));
            Some(MeasureRow { goal: g.id, title: g.title.clone(), measure: m, now, before })
        })
        .collect()
}

/// Each area's median level per cycle (`None` where no indicator of the area has a level).
pub fn area_levels(ws: &Workspace) -> Vec<(&'static Area, Vec<Option<Level>>)> {
    let per_cycle: Vec<Vec<Option<Level>>> = ws
        .cycles
        .iter()
        .map(|c| {
            let all = standings(&c.assessment);
            by_area(&all).into_iter().map(|(_, s)| s.median).collect()
        })
        .collect();
    AREAS.iter().enumerate().map(|(k, area)| (area, per_cycle.iter().map(|levels| levels[k]).collect())).collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub indicator: String,
    pub name: String,
    /// The district's rate per cycle.
    pub district: Vec<Point>,
    /// (dimension id, group id) of the groups flagged across the district in the last of the
    /// cycles, with their district rate per cycle.
    pub groups: Vec<((String, String), Vec<Point>)>,
}

/// A trend per divide indicator that has data in any cycle.
pub fn divide_trends(analyses: &[Analysis]) -> Vec<Trend> {
    let Some(last) = analyses.last() else {
        return Vec::new();
    };
    let mut ids: Vec<(String, String)> = Vec::new();
    for a in analyses {
        for ind in &a.indicators {
            if !ids.iter().any(|(id, _)| *id == ind.id) {
                ids.push((ind.id.clone(), ind.name.clone()));
            }
        }
    }
    ids.into_iter()
        .filter_map(|(id, name)| {
            let district: Vec<Point> = analyses.iter().map(|a| district_point(a, &id, None)).collect();
            let li = last.indicators.iter().position(|x| x.id == id);
            let flagged: Vec<(String, String)> = li
                .map(|i| {
                    last.cells
                        .iter()
                        .filter(|c| c.indicator == i && c.school_index().is_none() && c.flag().is_some())
                        .filter_map(|c| last.group(c).map(|(d, g)| (d.to_string(), g.to_string())))
                        .collect()
                })
                .unwrap_or_default();
            let groups: Vec<((String, String), Vec<Point>)> = flagged
                .into_iter()
                .map(|(d, g)| {
                    let points = analyses.iter().map(|a| district_point(a, &id, Some((&d, &g)))).collect();
                    ((d, g), points)
                })
                .collect();
            let any = district.iter().chain(groups.iter().flat_map(|(_, p)| p)).any(|p| *p != Point::NoData);
            any.then_some(Trend { indicator: id, name, district, groups })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::analysis::analyse;
    use crate::plan::Outcome;

    fn sample() -> (Workspace, Vec<Analysis>) {
        let ws = Workspace::sample();
        let analyses = ws.cycles.iter().map(|c| analyse(&c.divides)).collect();
        (ws, analyses)
    }

    #[test]
    fn the_sample_has_measures_met_and_not_met_compared_with_last_year() {
        let (ws, analyses) = sample();
        let rows = measures(&ws, ws.current, &analyses);
        assert_eq!(rows.len(), 3, "one goal of four has no measure");
        let outcomes: Vec<Outcome> = rows.iter().map(|r| r.now.outcome).collect();
        assert!(outcomes.contains(&Outcome::Met) && outcomes.contains(&Outcome::NotMet), "{outcomes:?}");
        let home = rows.iter().find(|r| r.title.starts_with("Every household")).unwrap();
        assert_eq!(home.now.outcome, Outcome::Met);
        // Last year every numerator was a tenth lower: the same measure was not met then.
        assert_eq!(home.before.unwrap().outcome, Outcome::NotMet);
        assert!(home.before.unwrap().value.unwrap() < home.now.value.unwrap());
        // The first cycle has no cycle before it.
        let first = measures(&ws, ws.cycles[0].id, &analyses);
        assert!(first.iter().all(|r| r.before.is_none()));
    }

    #[test]
    fn area_levels_rise_in_the_sample() {
        let (ws, _) = sample();
        let levels = area_levels(&ws);
        assert_eq!(levels.len(), AREAS.len());
        let access = levels.iter().find(|(a, _)| a.id == "access").unwrap();
        assert_eq!(access.1.len(), 2);
        assert!(access.1[0] < access.1[1], "{:?}", access.1);
    }

    #[test]
    fn trends_give_each_cycle_a_point_and_follow_flagged_groups() {
        let (_, analyses) = sample();
        let trends = divide_trends(&analyses);
        assert_eq!(trends.len(), 12);
        let t = trends.iter().find(|t| t.indicator == "home-internet-sufficient").unwrap();
        let (before, now) = (t.district[0].rate().unwrap(), t.district[1].rate().unwrap());
        assert!(before < now);
        assert!(t.groups.iter().any(|(g, _)| g == &("el".to_string(), "yes".to_string())));
        assert!(t.groups.iter().all(|(_, points)| points.len() == 2));
        assert!(divide_trends(&[]).is_empty());
    }

    /// Hand-worked: the district is 9/20 (20 ≥ 10, shown); English learners are 4/8 (below
    /// 10: suppressed, with the non-EL 5/12 as its complement); an indicator without cells has
    /// no data.
    #[test]
    fn district_points_distinguish_rates_suppression_and_no_data() {
        use crate::divides::model::{CellKey, Counts, DivideData, School};
        let mut d = DivideData::default();
        d.schools.push(School { id: "s".into(), name: "S".into() });
        let mut put = |g: Option<(&str, &str)>, n, den| {
            let key = CellKey {
                indicator: "home-internet".into(),
                school: "s".into(),
                group: g.map(|(a, b)| (a.into(), b.into())),
            };
            d.cells_mut().insert(key, Counts { numerator: n, denominator: den });
        };
        put(None, 9, 20);
        put(Some(("el", "yes")), 4, 8);
        put(Some(("el", "no")), 5, 12);
        let a = analyse(&d);
        assert_eq!(district_point(&a, "home-internet", None), Point::Rate(0.45));
        assert_eq!(district_point(&a, "home-internet", Some(("el", "yes"))), Point::Suppressed);
        assert_eq!(district_point(&a, "device-sufficient", None), Point::NoData);
    }
}
