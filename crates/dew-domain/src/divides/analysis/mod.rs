//! The analysis: from stored counts to rates, intervals, comparisons, gaps, flags and
//! suppression, for every school and the district, every group and the whole population.
//!
//! Suppression rules (PRODUCT.md §3):
//! - primary: a cell with a denominator below `min_n` is suppressed: no counts, no rate, no
//!   interval, no comparison, no flag;
//! - complementary: in every partition the app can show with a total (a dimension's groups
//!   within a school or the district; a group's schools within the district; the schools
//!   within the district), if exactly one member is suppressed, the member with the next
//!   smallest denominator is suppressed too (or, if there is none, the total), repeated until
//!   nothing changes, so no suppressed count can be recovered by subtraction;
//! - a comparison whose own denominator is below `min_n` is not shown either: it would reveal a
//!   small group's rate.
//!
//! Invalid cells (numerator above denominator) are excluded from every sum and marked.
//!
//! This is the quick pattern only. Nothing may publish it: `protect::protected` audits it
//! against an attacker who combines everything the app publishes, hides more until the audit
//! passes, and keeps only comparisons made of published figures.

use super::model::{Comparison, Counts, Direction, DivideData, DivideIndicator, Id};
use super::stats::{disparity_ratio, newcombe_diff, rate, wilson, DiffInterval, Z95};

mod engine;
pub use engine::analyse;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    District,
    /// A school's id (shared, so thousands of results do not copy it).
    School(Arc<str>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Shown,
    /// Fewer respondents than the minimum.
    Suppressed,
    /// Suppressed so that another suppressed cell cannot be recovered by subtraction.
    ComplementarySuppressed,
    /// Numerator above denominator: excluded, shown as an error to fix.
    Invalid,
}

impl Status {
    pub fn is_suppressed(self) -> bool {
        matches!(self, Status::Suppressed | Status::ComplementarySuppressed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareWith {
    /// Other students in the same school (or district).
    OtherStudents,
    /// Other schools in the district.
    OtherSchools,
    /// Everyone in the scope.
    Overall,
    /// A group of the same dimension (its id), the highest or the chosen one.
    Group(String),
    /// The school with the highest rate (its id).
    School(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    Priority,
    Watch,
}

/// A comparison, made on demand from a shown cell by `Analysis::compared`.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub with: CompareWith,
    pub rate: f64,
    pub ratio: Option<f64>,
    pub flag: Option<Flag>,
    /// (group numerator, group denominator, comparison numerator, comparison denominator).
    counts: [u64; 4],
}

impl Compared {
    /// Group rate minus comparison rate, as proportions, with Newcombe's 95% interval.
    pub fn gap(&self) -> DiffInterval {
        let [x1, n1, x2, n2] = self.counts;
        // Both denominators are known to be positive and valid here.
        newcombe_diff(x1, n1, x2, n2, Z95).unwrap_or(DiffInterval { diff: 0.0, low: 0.0, high: 0.0 })
    }

    /// The gap alone, without its interval.
    pub fn diff(&self) -> f64 {
        diff(self.counts)
    }
}

fn diff([x1, n1, x2, n2]: [u64; 4]) -> f64 {
    x1 as f64 / n1 as f64 - x2 as f64 / n2 as f64
}

/// What a cell was compared with, in compact form (resolved to a `CompareWith` on demand).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Versus {
    Nothing,
    OtherStudents,
    OtherSchools,
    Overall,
    /// Another cell, by index: a group or a school.
    Cell(u32),
}

/// One cell of the analysis: an indicator for a school or the district, for all students or one
/// group. Kept small: tens of thousands are made on every refresh, and on a Chromebook the
/// memory they touch is most of what the analysis costs. Ids are indices into the analysis'
/// tables; rates, intervals and comparisons are computed when asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct CellResult {
    pub(super) counts: Counts,
    /// The comparison's counts (meaningful when `versus` is not `Nothing`).
    pub(super) versus_counts: Counts,
    /// Index into `Analysis::indicators`.
    pub indicator: usize,
    /// Index into `Analysis::schools`, or `NO` for the district.
    pub(super) school: u32,
    /// Index into `Analysis::groups`, or `NO` for all students.
    pub(super) group: u32,
    pub(super) versus: Versus,
    pub status: Status,
    pub(super) flag: Option<Flag>,
}

pub(super) const NO: u32 = u32::MAX;

fn ix(x: Option<usize>) -> u32 {
    x.map_or(NO, |x| x as u32)
}

fn unix(x: u32) -> Option<usize> {
    (x != NO).then_some(x as usize)
}

impl CellResult {
    /// The counts, only when the cell is shown.
    pub fn counts(&self) -> Option<Counts> {
        (self.status == Status::Shown).then_some(self.counts)
    }

    /// The rate, only when the cell is shown.
    pub fn rate(&self) -> Option<f64> {
        self.counts().and_then(|c| rate(c.numerator, c.denominator))
    }

    /// The 95% Wilson interval of the rate; `None` unless the cell is shown.
    pub fn wilson(&self) -> Option<(f64, f64)> {
        self.counts().and_then(|c| wilson(c.numerator, c.denominator, Z95))
    }

    /// The flag of the cell's comparison, if any.
    pub fn flag(&self) -> Option<Flag> {
        self.flag
    }

    /// The gap to its comparison (rate minus comparison rate), without its interval.
    pub fn diff(&self) -> Option<f64> {
        self.is_compared().then(|| diff(self.gap_counts()))
    }

    /// Whether the cell has a comparison (see `Analysis::compared`).
    pub fn is_compared(&self) -> bool {
        self.versus != Versus::Nothing
    }

    /// Index into `Analysis::schools`; `None` for the district.
    pub fn school_index(&self) -> Option<usize> {
        unix(self.school)
    }

    /// Index into `Analysis::groups`; `None` for all students.
    pub fn group_index(&self) -> Option<usize> {
        unix(self.group)
    }

    /// (indicator, place, group), the district first and all students before groups: the
    /// stable order of findings and exports.
    pub fn order_key(&self) -> (usize, u32, u32) {
        (self.indicator, self.school.wrapping_add(1), self.group.wrapping_add(1))
    }

    pub(crate) fn gap_counts(&self) -> [u64; 4] {
        [self.counts.numerator, self.counts.denominator, self.versus_counts.numerator, self.versus_counts.denominator]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub indicators: Vec<DivideIndicator>,
    /// School ids, in the data's order.
    pub schools: Vec<Id>,
    /// (dimension id, group id) of every group of every dimension.
    pub groups: Vec<(Id, Id)>,
    pub cells: Vec<CellResult>,
    pub min_n: u64,
    /// Cell indices (`NO` where there is no cell): per indicator × school for whole schools,
    /// per indicator × school × group, per indicator for the district, per indicator × group
    /// for the district's groups.
    pub(super) school_whole: Vec<u32>,
    pub(super) school_group: Vec<u32>,
    pub(super) district_whole: Vec<u32>,
    pub(super) district_group: Vec<u32>,
    /// What protection did (`None` until `protect::protect` has run on this analysis).
    pub protection: Option<Protection>,
    /// The adjustment for chance over the comparisons shown (`None` until
    /// `multiplicity::adjust` has run: protection runs it, unless the setting is off).
    pub adjustment: Option<Adjustment>,
    /// Each cell's comparison p-value adjusted for the number of comparisons shown, by cell
    /// index (NaN for a cell without a comparison); empty until adjusted. Kept beside the cells,
    /// not in them: the quick analysis, which makes tens of thousands of cells a refresh, never
    /// fills it, and in wasm a cell would grow from 56 to 64 bytes.
    pub(crate) q: Vec<f32>,
}

impl Analysis {
    pub fn scope(&self, c: &CellResult) -> Scope {
        c.school_index().map_or(Scope::District, |s| Scope::School(self.schools[s].clone()))
    }

    /// The school id; `None` for the district.
    pub fn school_id(&self, c: &CellResult) -> Option<&str> {
        c.school_index().map(|s| &*self.schools[s])
    }

    /// (dimension id, group id); `None` for all students.
    pub fn group(&self, c: &CellResult) -> Option<(&str, &str)> {
        c.group_index().map(|g| (&*self.groups[g].0, &*self.groups[g].1))
    }

    /// The cell of an indicator (by index) for a school (by id; `None` for the district) and a
    /// group (`None` for all students), found without a search through the cells.
    pub fn find(&self, indicator: usize, school: Option<&str>, group: Option<(&str, &str)>) -> Option<&CellResult> {
        let (ns, ng) = (self.schools.len(), self.groups.len());
        if indicator >= self.indicators.len() {
            return None;
        }
        let g = match group {
            None => None,
            Some((d, g)) => Some(self.groups.iter().position(|(x, y)| **x == *d && **y == *g)?),
        };
        let s = match school {
            None => None,
            Some(id) => Some(self.schools.iter().position(|x| **x == *id)?),
        };
        let n = match (s, g) {
            (Some(s), None) => self.school_whole[indicator * ns + s],
            (Some(s), Some(g)) => self.school_group[(indicator * ns + s) * ng + g],
            (None, None) => self.district_whole[indicator],
            (None, Some(g)) => self.district_group[indicator * ng + g],
        };
        unix(n).map(|n| &self.cells[n])
    }

    /// A cell's comparison p-value adjusted for the number of comparisons shown (see
    /// `multiplicity`): `None` without a comparison, or when the adjustment is off. `c` must
    /// be one of this analysis' cells (found by its place in `cells`).
    pub fn q_value(&self, c: &CellResult) -> Option<f64> {
        let size = std::mem::size_of::<CellResult>();
        let at = (c as *const CellResult as usize).checked_sub(self.cells.as_ptr() as usize)? / size;
        let q = *self.q.get(at)?;
        (std::ptr::eq(&self.cells[at], c) && c.is_compared() && !q.is_nan()).then_some(f64::from(q))
    }

    /// The comparison of a shown cell: with what, its rate, the ratio, the flag and the gap.
    pub fn compared(&self, c: &CellResult) -> Option<Compared> {
        let with = match c.versus {
            Versus::Nothing => return None,
            Versus::OtherStudents => CompareWith::OtherStudents,
            Versus::OtherSchools => CompareWith::OtherSchools,
            Versus::Overall => CompareWith::Overall,
            Versus::Cell(m) => {
                let m = &self.cells[m as usize];
                match (self.group(m), self.school_id(m)) {
                    (Some((d, g)), _) => CompareWith::Group(format!("{d}:{g}")),
                    (None, Some(s)) => CompareWith::School(s.to_string()),
                    (None, None) => CompareWith::Overall,
                }
            }
        };
        let v = c.versus_counts;
        let r = rate(v.numerator, v.denominator)?;
        let mine = rate(c.counts.numerator, c.counts.denominator)?;
        Some(Compared { with, rate: r, ratio: disparity_ratio(mine, r), flag: c.flag, counts: c.gap_counts() })
    }
}

/// Why a shown cell has no comparison in the protected view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withheld {
    /// The comparison group's counts would reveal a hidden cell.
    HiddenComparison,
    /// The cell's rate is top/bottom coded: a gap would give it back.
    Coded,
}

/// What the adjustment for chance (`divides::multiplicity`) did to an analysis; each compared
/// cell's adjusted p-value is read by `Analysis::q_value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Adjustment {
    /// Comparisons weighed together (the family).
    pub family: usize,
    /// Of those, the discoveries at the false-discovery rate (`multiplicity::FDR`), flagged or
    /// not.
    pub discoveries: usize,
}

/// What protection did to an analysis.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Protection {
    /// Cells hidden because they are small.
    pub primary: usize,
    /// Cells hidden to protect others (by the quick rule and by the audit).
    pub complementary: usize,
    /// Of those, the ones the audit added.
    pub added_by_audit: usize,
    /// Shown cells whose comparison is withheld, with the reason, by cell index.
    pub withheld: Vec<(usize, Withheld)>,
    /// Audit rounds run (the last one passed).
    pub rounds: usize,
    /// Linear programs solved.
    pub programs: usize,
    /// Every cell of some indicator had to be hidden (the neighbourhood search found nothing).
    pub fallback: bool,
    /// Even with everything hidden the audit failed: nothing may be published.
    pub failed: bool,
    /// Top/bottom coding was on: every figure of a coded cell is shown coded (`coded`).
    pub coding: bool,
}

impl Protection {
    /// Cells hidden to protect small groups: primary and complementary.
    pub fn hidden(&self) -> usize {
        self.primary + self.complementary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::model::{CellKey, School};

    fn key(school: &str, group: Option<(&str, &str)>) -> CellKey {
        CellKey {
            indicator: "home-internet".into(),
            school: school.into(),
            group: group.map(|(d, g)| (d.into(), g.into())),
        }
    }

    /// (school, (dimension, group), numerator, denominator)
    type Row<'a> = (&'a str, Option<(&'a str, &'a str)>, u64, u64);

    fn data(cells: &[Row]) -> DivideData {
        let mut d = DivideData::default();
        for s in ["s1", "s2", "s3"] {
            d.schools.push(School { id: s.into(), name: format!("School {s}") });
        }
        for (s, g, num, den) in cells {
            d.cells_mut().insert(key(s, *g), Counts { numerator: *num, denominator: *den });
        }
        d
    }

    fn find<'a>(a: &'a Analysis, school: Option<&str>, group: Option<(&str, &str)>) -> &'a CellResult {
        let i = a.indicators.iter().position(|x| x.id == "home-internet").unwrap();
        a.find(i, school, group).expect("cell exists")
    }

    #[test]
    fn a_small_group_and_its_only_complement_are_both_suppressed() {
        let d = data(&[("s1", None, 65, 108), ("s1", Some(("el", "yes")), 5, 8), ("s1", Some(("el", "no")), 60, 100)]);
        let a = analyse(&d);
        let s1 = Some("s1");
        let yes = find(&a, s1, Some(("el", "yes")));
        assert_eq!(yes.status, Status::Suppressed);
        assert_eq!((yes.counts(), yes.rate(), yes.wilson()), (None, None, None));
        let no = find(&a, s1, Some(("el", "no")));
        assert_eq!(no.status, Status::ComplementarySuppressed);
        assert_eq!(no.counts(), None);
        assert_eq!(find(&a, s1, None).status, Status::Shown);
        // The district rows for the groups are the same small numbers: suppressed too.
        assert!(find(&a, None, Some(("el", "yes"))).status.is_suppressed());
        assert!(find(&a, None, Some(("el", "no"))).status.is_suppressed());
    }

    #[test]
    fn next_smallest_group_is_the_one_suppressed_as_complement() {
        // Race groups at one school: 4 (primary), then 15 (next smallest), 40 and 80 stay shown.
        let d = data(&[
            ("s1", None, 100, 139),
            ("s1", Some(("race", "asian")), 2, 4),
            ("s1", Some(("race", "black")), 10, 15),
            ("s1", Some(("race", "hispanic")), 30, 40),
            ("s1", Some(("race", "white")), 58, 80),
        ]);
        let a = analyse(&d);
        let s1 = Some("s1");
        assert_eq!(find(&a, s1, Some(("race", "asian"))).status, Status::Suppressed);
        assert_eq!(find(&a, s1, Some(("race", "black"))).status, Status::ComplementarySuppressed);
        assert_eq!(find(&a, s1, Some(("race", "hispanic"))).status, Status::Shown);
        assert_eq!(find(&a, s1, Some(("race", "white"))).status, Status::Shown);
    }

    /// Hand-worked: 30/100 against the other students' 80/100 is a 50-point gap whose interval
    /// lies wholly below zero: a priority. 12/20 against 14/20 is exactly 10 points below, but
    /// the interval includes zero: watch.
    #[test]
    fn flags_follow_threshold_interval_and_direction() {
        let d = data(&[("s1", Some(("econ", "yes")), 30, 100), ("s1", Some(("econ", "no")), 80, 100)]);
        let a = analyse(&d);
        let s1 = Some("s1");
        let c = a.compared(find(&a, s1, Some(("econ", "yes")))).unwrap();
        assert_eq!(c.with, CompareWith::OtherStudents);
        assert!((c.rate - 0.8).abs() < 1e-12);
        assert!((c.gap().diff + 0.5).abs() < 1e-12);
        assert!(c.gap().high < 0.0);
        assert_eq!(c.flag, Some(Flag::Priority));
        assert!((c.ratio.unwrap() - 0.375).abs() < 1e-12);
        // The advantaged group is never flagged.
        assert_eq!(find(&a, s1, Some(("econ", "no"))).flag(), None);

        let d = data(&[("s1", Some(("econ", "yes")), 12, 20), ("s1", Some(("econ", "no")), 14, 20)]);
        let a = analyse(&d);
        let c = a.compared(find(&a, s1, Some(("econ", "yes")))).unwrap();
        assert!((c.gap().diff + 0.1).abs() < 1e-12);
        assert_eq!(c.flag, Some(Flag::Watch));

        let mut d = data(&[("s1", Some(("econ", "yes")), 30, 100), ("s1", Some(("econ", "no")), 80, 100)]);
        d.settings.threshold_points = 60.0;
        let a = analyse(&d);
        assert_eq!(find(&a, s1, Some(("econ", "yes"))).flag(), None);
    }

    #[test]
    fn schools_compare_with_the_other_schools() {
        let d = data(&[("s1", None, 20, 100), ("s2", None, 70, 100), ("s3", None, 80, 100)]);
        let a = analyse(&d);
        let c = a.compared(find(&a, Some("s1"), None)).unwrap();
        assert_eq!(c.with, CompareWith::OtherSchools);
        assert!((c.rate - 0.75).abs() < 1e-12);
        assert_eq!(c.flag, Some(Flag::Priority));
        let district = find(&a, None, None);
        assert_eq!(district.counts(), Some(Counts { numerator: 170, denominator: 300 }));
        assert_eq!(a.compared(district), None);
    }

    #[test]
    fn invalid_cells_are_kept_marked_and_left_out_of_sums() {
        let d = data(&[("s1", None, 12, 10), ("s2", None, 50, 100)]);
        let a = analyse(&d);
        let bad = find(&a, Some("s1"), None);
        assert_eq!(bad.status, Status::Invalid);
        assert_eq!(bad.rate(), None);
        assert_eq!(find(&a, None, None).counts(), Some(Counts { numerator: 50, denominator: 100 }));
        assert_eq!(d.cells[&key("s1", None)], Counts { numerator: 12, denominator: 10 });
    }

    #[test]
    fn small_comparisons_are_not_shown() {
        // 7 others in total: their rate would reveal a small group.
        let d = data(&[
            ("s1", Some(("race", "white")), 50, 100),
            ("s1", Some(("race", "asian")), 1, 3),
            ("s1", Some(("race", "black")), 2, 4),
        ]);
        let a = analyse(&d);
        assert_eq!(a.compared(find(&a, Some("s1"), Some(("race", "white")))), None);
    }

    #[test]
    fn highest_group_and_chosen_group_comparisons() {
        let cells = [
            ("s1", Some(("race", "white")), 90, 100),
            ("s1", Some(("race", "hispanic")), 60, 100),
            ("s1", Some(("race", "black")), 70, 100),
        ];
        let mut d = data(&cells);
        d.settings.comparison = Comparison::HighestGroup;
        let a = analyse(&d);
        let s1 = Some("s1");
        let c = a.compared(find(&a, s1, Some(("race", "hispanic")))).unwrap();
        assert_eq!(c.with, CompareWith::Group("race:white".into()));
        assert!((c.gap().diff + 0.3).abs() < 1e-12);
        d.settings.comparison = Comparison::Chosen { dimension: "race".into(), group: "black".into() };
        let a = analyse(&d);
        let c = a.compared(find(&a, s1, Some(("race", "hispanic")))).unwrap();
        assert_eq!(c.with, CompareWith::Group("race:black".into()));
        assert_eq!(a.compared(find(&a, s1, Some(("race", "black")))), None);
    }
}
