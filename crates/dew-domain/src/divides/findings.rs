//! Findings: the flagged comparisons of an analysis, ranked, each with a stable id so a plan
//! action can link to it, and the students each leaves on the short side.

use super::analysis::{Analysis, CellResult, Flag, Scope};
use super::model::Direction;

#[derive(Debug, Clone, PartialEq)]
pub struct Finding<'a> {
    pub flag: Flag,
    pub cell: &'a CellResult,
}

impl Finding<'_> {
    /// Stable: `<indicator>@<school id or "district">` plus `/<dimension>:<group>` for a group.
    pub fn id(&self, a: &Analysis) -> String {
        let c = self.cell;
        finding_id(&a.indicators[c.indicator].id, &a.scope(c), a.group(c))
    }
}

pub fn finding_id(indicator: &str, scope: &Scope, group: Option<(&str, &str)>) -> String {
    let where_ = match scope {
        Scope::District => "district",
        Scope::School(s) => s,
    };
    match group {
        None => format!("{indicator}@{where_}"),
        Some((d, g)) => format!("{indicator}@{where_}/{d}:{g}"),
    }
}

/// A finding id's parts, as [`finding_id`] writes them: for naming a finding in words where
/// only its id is kept (a goal's evidence), whether or not the finding is still shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FindingRef<'a> {
    pub indicator: &'a str,
    /// The school's id; `None` for the district as a whole.
    pub school: Option<&'a str>,
    /// (dimension, group); `None` for everyone at the place.
    pub group: Option<(&'a str, &'a str)>,
}

pub fn parse_finding_id(id: &str) -> Option<FindingRef<'_>> {
    let (indicator, rest) = id.split_once('@')?;
    let (place, group) = match rest.split_once('/') {
        Some((place, g)) => (place, Some(g.split_once(':')?)),
        None => (rest, None),
    };
    if indicator.is_empty() || place.is_empty() {
        return None;
    }
    Some(FindingRef { indicator, school: (place != "district").then_some(place), group })
}

/// How many students are on the short side of a finding's gap: the group's respondents times
/// the gap, with the same product over the gap's 95% interval (clipped at zero). Were the
/// group's rate raised to its comparison's, about this many more of its students would meet
/// the indicator.
///
/// Made of figures the protected view publishes for a shown, compared cell (its denominator and
/// its gap), so it reveals nothing they do not; `None` for any other cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Affected {
    pub about: u64,
    pub low: u64,
    pub high: u64,
}

pub fn students_affected(a: &Analysis, c: &CellResult) -> Option<Affected> {
    let n = c.counts()?.denominator as f64;
    let gap = a.compared(c)?.gap();
    // The short side's size: the gap turned so that "behind" is positive.
    let (size, low, high) = match a.indicators[c.indicator].direction {
        Direction::HigherIsBetter => (-gap.diff, -gap.high, -gap.low),
        Direction::LowerIsBetter => (gap.diff, gap.low, gap.high),
    };
    let students = |x: f64| (n * x.max(0.0)).round() as u64;
    Some(Affected { about: students(size), low: students(low), high: students(high) })
}

/// How findings are ranked (priorities always come first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rank {
    /// The most students on the short side of the gap first (see [`students_affected`]).
    #[default]
    Students,
    /// The largest gap first.
    Gap,
    /// The worst rate first (lowest where higher is better).
    Rate,
}

/// Flagged cells, priorities first, then by the most students affected; ties by indicator,
/// place and group so the order is stable. (Ids are made on demand: building thousands up
/// front is slow.)
pub fn findings(a: &Analysis) -> Vec<Finding<'_>> {
    findings_by(a, Rank::default())
}

/// Flagged cells, priorities first, then in `rank`'s order; ties as [`findings`].
pub fn findings_by(a: &Analysis, rank: Rank) -> Vec<Finding<'_>> {
    // The key is computed once per finding, not once per comparison while sorting: larger first.
    let key = |c: &CellResult| -> Option<f64> {
        Some(match rank {
            // A finding's gap is on the short side, so this is `students_affected`'s `about`
            // before rounding (fewer ties to break), without the interval it would compute for
            // every finding of a refresh.
            Rank::Students => c.counts()?.denominator as f64 * c.diff()?.abs(),
            Rank::Gap => c.diff()?.abs(),
            Rank::Rate => match a.indicators[c.indicator].direction {
                Direction::HigherIsBetter => -c.rate()?,
                Direction::LowerIsBetter => c.rate()?,
            },
        })
    };
    let mut v: Vec<(f64, Finding)> = a
        .cells
        .iter()
        .filter_map(|c| {
            let flag = c.flag()?;
            Some((key(c)?, Finding { flag, cell: c }))
        })
        .collect();
    v.sort_unstable_by(|(gx, x), (gy, y)| {
        x.flag.cmp(&y.flag).then(gy.total_cmp(gx)).then_with(|| x.cell.order_key().cmp(&y.cell.order_key()))
    });
    v.into_iter().map(|(_, f)| f).collect()
}

/// Which findings to show: every `None` field means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub divide: Option<crate::assessment::content::Divide>,
    /// A school id, or `Some(None)` for the district as a whole.
    pub school: Option<Option<String>>,
    /// A dimension id, or `Some(None)` for whole schools (no group).
    pub dimension: Option<Option<String>>,
    pub flag: Option<Flag>,
}

impl Filter {
    pub fn matches(&self, a: &Analysis, f: &Finding) -> bool {
        let c = f.cell;
        self.divide.is_none_or(|d| a.indicators[c.indicator].divide == d)
            && self.flag.is_none_or(|x| x == f.flag)
            && self.school.as_ref().is_none_or(|s| s.as_deref() == a.school_id(c))
            && self.dimension.as_ref().is_none_or(|d| d.as_deref() == a.group(c).map(|(x, _)| x))
    }
}

/// One row of the per-divide summary.
#[derive(Debug, Clone, PartialEq)]
pub struct DivideSummary {
    pub divide: crate::assessment::content::Divide,
    /// Indicators of this divide that have any data.
    pub with_data: usize,
    pub priorities: usize,
    pub watches: usize,
    /// (indicator index, district rate) for indicators whose district rate is shown.
    pub district_rates: Vec<(usize, f64)>,
}

pub fn divide_summary(a: &Analysis) -> Vec<DivideSummary> {
    use crate::assessment::content::Divide;
    let all = findings(a);
    Divide::ALL
        .into_iter()
        .map(|d| {
            let inds: Vec<usize> = (0..a.indicators.len()).filter(|i| a.indicators[*i].divide == d).collect();
            let count = |flag: Flag| {
                all.iter().filter(|f| f.flag == flag && a.indicators[f.cell.indicator].divide == d).count()
            };
            DivideSummary {
                divide: d,
                with_data: inds.iter().filter(|i| a.cells.iter().any(|c| c.indicator == **i)).count(),
                priorities: count(Flag::Priority),
                watches: count(Flag::Watch),
                district_rates: inds
                    .iter()
                    // A coded district rate is left out rather than shown exactly (issue 24).
                    .filter_map(|i| a.find(*i, None, None).filter(|c| super::protect::coded(a, c).is_none()))
                    .filter_map(|c| c.rate().map(|r| (c.indicator, r)))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{finding_id, parse_finding_id, FindingRef};
    use crate::divides::analysis::Scope;

    #[test]
    fn a_finding_id_reads_back_into_its_parts() {
        let school = Scope::School("lincoln-ms".into());
        let id = finding_id("home-internet", &school, Some(("el", "yes")));
        assert_eq!(id, "home-internet@lincoln-ms/el:yes");
        assert_eq!(
            parse_finding_id(&id),
            Some(FindingRef { indicator: "home-internet", school: Some("lincoln-ms"), group: Some(("el", "yes")) })
        );
        let id = finding_id("device-own", &Scope::District, None);
        assert_eq!(parse_finding_id(&id), Some(FindingRef { indicator: "device-own", school: None, group: None }));
        for bad in ["no-at-sign", "@district", "x@", "x@district/no-colon"] {
            assert_eq!(parse_finding_id(bad), None, "{bad}");
        }
    }

    use super::*;
    use crate::assessment::content::Divide;
    use crate::divides::analysis::analyse;
    use crate::divides::model::{CellKey, Counts, DivideData, School};

    /// Lincoln: economically disadvantaged 30/100 against 80/100 (a priority), and a
    /// whole-school row; Garfield: whole school only.
    fn data() -> DivideData {
        let mut d = DivideData::default();
        for (id, name) in [("lincoln", "Lincoln"), ("garfield", "Garfield")] {
            d.schools.push(School { id: id.into(), name: name.into() });
        }
        let mut put = |school: &str, group: Option<(&str, &str)>, n: u64, den: u64| {
            let key = CellKey {
                indicator: "home-internet".into(),
                school: school.into(),
                group: group.map(|(a, b)| (a.into(), b.into())),
            };
            d.cells_mut().insert(key, Counts { numerator: n, denominator: den });
        };
        put("lincoln", None, 110, 200);
        put("lincoln", Some(("econ", "yes")), 30, 100);
        put("lincoln", Some(("econ", "no")), 80, 100);
        put("garfield", None, 90, 100);
        d
    }

    #[test]
    fn filters_select_by_divide_place_grouping_and_flag() {
        let a = analyse(&data());
        let all = findings(&a);
        let ids = |f: &Filter| -> Vec<String> { all.iter().filter(|x| f.matches(&a, x)).map(|x| x.id(&a)).collect() };
        let everything = ids(&Filter::default());
        assert!(everything.contains(&"home-internet@lincoln/econ:yes".to_string()), "{everything:?}");
        assert!(everything.contains(&"home-internet@lincoln".to_string()), "{everything:?}");
        assert_eq!(ids(&Filter { school: Some(Some("garfield".into())), ..Default::default() }), Vec::<String>::new());
        assert_eq!(
            ids(&Filter { dimension: Some(Some("econ".into())), ..Default::default() }),
            // Equal gaps: the district comes before its schools.
            vec!["home-internet@district/econ:yes".to_string(), "home-internet@lincoln/econ:yes".to_string()]
        );
        assert_eq!(
            ids(&Filter { dimension: Some(None), ..Default::default() }),
            vec!["home-internet@lincoln".to_string()]
        );
        assert_eq!(ids(&Filter { divide: Some(Divide::Use), ..Default::default() }), Vec::<String>::new());
        assert_eq!(
            ids(&Filter { school: Some(None), flag: Some(Flag::Priority), ..Default::default() }),
            vec!["home-internet@district/econ:yes".to_string()]
        );
    }

    /// Hand-worked: Lincoln's economically disadvantaged students, 30 of 100 against 80 of 100
    /// (other students): a 50-point gap, so about 100 × 0.5 = 50 students. Wilson intervals
    /// 0.2189–0.3958 and 0.7112–0.8666 give Newcombe's gap interval −0.5 − √(0.0811² + 0.0666²) =
    /// −0.605 to −0.5 + √(0.0958² + 0.0888²) = −0.369, so 37 to 60 students.
    #[test]
    fn students_affected_is_the_group_size_times_the_gap() {
        let a = analyse(&data());
        let i = a.indicators.iter().position(|x| x.id == "home-internet").unwrap();
        let c = a.find(i, Some("lincoln"), Some(("econ", "yes"))).unwrap();
        let g = a.compared(c).unwrap().gap();
        assert!((g.low + 0.605).abs() < 0.001 && (g.high + 0.369).abs() < 0.001, "{g:?}");
        assert_eq!(students_affected(&a, c), Some(Affected { about: 50, low: 37, high: 60 }));
        // The advantaged group has no one behind: zero, and it is no finding.
        let no = a.find(i, Some("lincoln"), Some(("econ", "no"))).unwrap();
        assert_eq!(students_affected(&a, no).map(|x| x.about), Some(0));
        assert!(findings(&a).iter().all(|f| f.cell != no));
        // Priorities rank by students affected; by gap and by rate on request.
        let by_students: Vec<u64> =
            findings(&a).iter().filter_map(|f| students_affected(&a, f.cell)).map(|x| x.about).collect();
        let mut sorted = by_students.clone();
        sorted.sort_unstable_by(|x, y| y.cmp(x));
        let priorities = findings(&a).iter().filter(|f| f.flag == Flag::Priority).count();
        assert_eq!(by_students[..priorities], sorted[..priorities]);
        let by_gap: Vec<f64> = findings_by(&a, Rank::Gap).iter().filter_map(|f| f.cell.diff()).map(f64::abs).collect();
        assert!(by_gap.windows(2).take(priorities.saturating_sub(1)).all(|w| w[0] >= w[1]));
        let by_rate: Vec<f64> = findings_by(&a, Rank::Rate).iter().filter_map(|f| f.cell.rate()).collect();
        assert!(by_rate.windows(2).take(priorities.saturating_sub(1)).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn divide_summary_counts_flags_and_gives_district_rates() {
        let a = analyse(&data());
        let s = divide_summary(&a);
        assert_eq!(s.len(), 3);
        let access = &s[0];
        assert_eq!(access.divide, Divide::Access);
        assert_eq!(access.with_data, 1);
        assert_eq!(access.priorities, findings(&a).iter().filter(|f| f.flag == Flag::Priority).count());
        assert!(access.priorities >= 2);
        assert_eq!(access.district_rates.len(), 1);
        assert!((access.district_rates[0].1 - 200.0 / 300.0).abs() < 1e-12);
        assert_eq!((s[1].with_data, s[1].priorities, s[2].watches), (0, 0, 0));
    }
}
