//! Findings: the flagged comparisons of an analysis, ranked, each with a stable id so a plan
//! action can link to it; and the findings CSV export (every cell, suppression applied).

use super::analysis::{Analysis, CellResult, CompareWith, Flag, Scope, Status};
use super::model::{Direction, DivideData};
use crate::csv_text::guard;

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

pub const CSV_COLUMNS: [&str; 22] = [
    "indicator_id",
    "school",
    "dimension",
    "group",
    "numerator",
    "denominator",
    "rate",
    "wilson_low",
    "wilson_high",
    "comparison",
    "comparison_rate",
    "gap",
    "gap_low",
    "gap_high",
    "ratio",
    "flag",
    // The gap's p-value adjusted for the comparisons shown (`multiplicity`): a priority has
    // 0.05 or less. Blank when the adjustment is off.
    "q_value",
    // Students on the short side of the gap, with its interval (`students_affected`).
    "students_affected",
    "students_low",
    "students_high",
    // The WHO-needs-WHAT statements (`statements`) the finding is part of, by id, `;` between.
    "statements",
    "suppressed",
];

fn num(x: f64) -> String {
    // Plain decimal, no exponent; six places is finer than any count we hold.
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// The comparison as a plain label for the CSV.
pub fn compare_label(with: &CompareWith) -> String {
    match with {
        CompareWith::OtherStudents => "other students".into(),
        CompareWith::OtherSchools => "other schools".into(),
        CompareWith::Overall => "overall".into(),
        CompareWith::Group(g) => format!("group {g}"),
        CompareWith::School(s) => format!("school {s}"),
    }
}

/// Every cell of the analysis, district first, as CSV (UTF-8 with a byte-order mark so Excel
/// reads accents). Suppressed cells have blank counts and numbers. With top/bottom coding,
/// rates at or below 5% or at or above 95% are written as `<=0.05` / `>=0.95` and the figures
/// that would reveal them (numerator, interval, gap) are left blank.
pub fn findings_csv(a: &Analysis, data: &DivideData) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    let mut cells: Vec<&CellResult> = a.cells.iter().filter(|c| c.status != Status::Invalid).collect();
    // The district first, then the schools in the data's order.
    cells.sort_by_key(|c| {
        let (i, school, group) = c.order_key();
        (school, i, group)
    });
    let coding = data.settings.top_bottom_coding;
    let mut part_of: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    for s in super::statements::statements(a) {
        for f in &s.findings {
            part_of.entry(f.id(a)).or_default().push(s.id(a));
        }
    }
    for c in cells {
        let school = match a.school_id(c) {
            None => String::new(),
            Some(id) => data.school_name(id).unwrap_or(id).to_string(),
        };
        let (dim, group) = a.group(c).map(|(d, g)| (d.to_string(), g.to_string())).unwrap_or_default();
        let coded = match (coding, c.rate()) {
            (true, Some(r)) if r <= 0.05 => Some("<=0.05"),
            (true, Some(r)) if r >= 0.95 => Some(">=0.95"),
            _ => None,
        };
        let hide = |s: String| if coded.is_some() { String::new() } else { s };
        let counts = c.counts();
        let compared = a.compared(c);
        let cmp = compared.as_ref();
        // Only for a flagged gap, and never for a coded cell (whose gap is left blank).
        let affected = c.flag().and(students_affected(a, c)).filter(|_| coded.is_none());
        // Names typed by the district are text cells: guarded against formulas (csv_text).
        let text = |s: &str| guard(s).into_owned();
        let record = [
            text(&a.indicators[c.indicator].id),
            text(&school),
            text(&dim),
            text(&group),
            hide(counts.map(|x| x.numerator.to_string()).unwrap_or_default()),
            counts.map(|x| x.denominator.to_string()).unwrap_or_default(),
            coded.map(str::to_string).unwrap_or_else(|| c.rate().map(num).unwrap_or_default()),
            hide(c.wilson().map(|w| num(w.0)).unwrap_or_default()),
            hide(c.wilson().map(|w| num(w.1)).unwrap_or_default()),
            text(&cmp.map(|x| compare_label(&x.with)).unwrap_or_default()),
            cmp.map(|x| num(x.rate)).unwrap_or_default(),
            hide(cmp.map(|x| num(x.gap().diff)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().low)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().high)).unwrap_or_default()),
            hide(cmp.and_then(|x| x.ratio).map(num).unwrap_or_default()),
            cmp.and_then(|x| x.flag)
                .map(|f| if f == Flag::Priority { "priority" } else { "watch" })
                .unwrap_or_default()
                .into(),
            cmp.and(a.q_value(c)).map(num).unwrap_or_default(),
            affected.map(|x| x.about.to_string()).unwrap_or_default(),
            affected.map(|x| x.low.to_string()).unwrap_or_default(),
            affected.map(|x| x.high.to_string()).unwrap_or_default(),
            c.flag()
                .map(|flag| Finding { flag, cell: c }.id(a))
                .and_then(|id| part_of.get(&id))
                .map(|ids| text(&ids.join(";")))
                .unwrap_or_default(),
            match c.status {
                Status::Suppressed => super::protect::label_primary(a.min_n),
                Status::ComplementarySuppressed => super::protect::LABEL_COMPLEMENTARY.to_string(),
                _ => "no".to_string(),
            },
        ];
        let _ = w.write_record(&record);
    }
    if let Some(line) = super::protect::note(a) {
        let mut record = vec![String::new(); CSV_COLUMNS.len()];
        record[0] = format!("# {line}");
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
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
