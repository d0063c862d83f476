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

use super::model::{Comparison, Counts, Direction, DivideData, DivideIndicator, Id};
use super::stats::{disparity_ratio, newcombe_diff, rate, wilson, DiffInterval, Z95};
use std::collections::HashMap;
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

#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub with: CompareWith,
    pub rate: f64,
    pub ratio: Option<f64>,
    pub flag: Option<Flag>,
    /// (group numerator, group denominator, comparison numerator, comparison denominator):
    /// the interval is computed from these when asked for, because most cells never need it.
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
        let [x1, n1, x2, n2] = self.counts;
        x1 as f64 / n1 as f64 - x2 as f64 / n2 as f64
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CellResult {
    /// Index into `Analysis::indicators`.
    pub indicator: usize,
    pub scope: Scope,
    /// (dimension id, group id); `None` for all students in the scope.
    pub group: Option<(Arc<str>, Arc<str>)>,
    pub status: Status,
    /// The counts, only when shown.
    pub counts: Option<Counts>,
    pub rate: Option<f64>,
    pub compared: Option<Compared>,
}

impl CellResult {
    /// The 95% Wilson interval of the rate; `None` unless the cell is shown.
    pub fn wilson(&self) -> Option<(f64, f64)> {
        self.counts.and_then(|c| wilson(c.numerator, c.denominator, Z95))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub indicators: Vec<DivideIndicator>,
    pub cells: Vec<CellResult>,
    pub min_n: u64,
}

/// One node of the suppression graph: a cell the app can show.
struct Node {
    indicator: usize,
    /// School index, or `None` for the district.
    school: Option<usize>,
    /// Index into the flattened list of groups.
    group: Option<usize>,
    counts: Counts,
    status: Status,
}

/// Members are a range of one shared buffer: thousands of partitions, one allocation.
struct Partition {
    start: usize,
    end: usize,
    total: Option<usize>,
}

impl Partition {
    fn members<'a>(&self, buf: &'a [usize]) -> &'a [usize] {
        &buf[self.start..self.end]
    }
}

/// The flag for a gap: the interval is only computed for gaps large enough to matter.
fn flag_for(c: &Compared, dir: Direction, threshold: f64) -> Option<Flag> {
    let diff = c.diff();
    let disadvantaged = match dir {
        Direction::HigherIsBetter => diff < 0.0,
        Direction::LowerIsBetter => diff > 0.0,
    };
    // A tiny tolerance so a gap of exactly the threshold counts despite float rounding.
    if !disadvantaged || diff.abs() + 1e-12 < threshold {
        return None;
    }
    let gap = c.gap();
    let excludes_zero = gap.low > 0.0 || gap.high < 0.0;
    Some(if excludes_zero { Flag::Priority } else { Flag::Watch })
}

/// Applies complementary suppression until stable.
fn complementary(nodes: &mut [Node], partitions: &[Partition], buf: &[usize]) {
    loop {
        let mut changed = false;
        for p in partitions {
            let members = p.members(buf);
            let suppressed = members.iter().filter(|m| nodes[**m].status.is_suppressed()).count();
            if suppressed != 1 {
                continue;
            }
            if p.total.is_some_and(|t| nodes[t].status.is_suppressed()) {
                continue;
            }
            let next = members
                .iter()
                .copied()
                .filter(|m| nodes[*m].status == Status::Shown)
                .min_by_key(|m| (nodes[*m].counts.denominator, *m));
            match (next, p.total) {
                (Some(m), _) => nodes[m].status = Status::ComplementarySuppressed,
                (None, Some(t)) if nodes[t].status == Status::Shown => {
                    nodes[t].status = Status::ComplementarySuppressed
                }
                _ => continue,
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
}

const NONE: usize = usize::MAX;

fn sum(nodes: &[Node], members: impl Iterator<Item = usize>) -> Counts {
    members.map(|m| nodes[m].counts).fold(Counts::default(), |a, b| a + b)
}

pub fn analyse(data: &DivideData) -> Analysis {
    let s = &data.settings;
    let indicators = data.indicators();
    let dims = data.dimensions();
    let (ni, ns) = (indicators.len(), data.schools.len());
    // Groups flattened: (dimension index, group index), with shared ids for the output.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut dim_groups: Vec<Vec<usize>> = Vec::new();
    for (d, dim) in dims.iter().enumerate() {
        dim_groups.push((0..dim.groups.len()).map(|g| groups.len() + g).collect());
        groups.extend((0..dim.groups.len()).map(|g| (d, g)));
    }
    let ng = groups.len();
    let group_ids: Vec<(Arc<str>, Arc<str>)> = groups
        .iter()
        .map(|&(d, g)| (Arc::from(dims[d].id.as_str()), Arc::from(dims[d].groups[g].id.as_str())))
        .collect();
    let school_ids: Vec<Arc<str>> = data.schools.iter().map(|x| Arc::from(x.id.as_str())).collect();
    let ind_ix: HashMap<&str, usize> = indicators.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect();
    let school_ix: HashMap<&str, usize> = data.schools.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect();
    let find_group = |di: usize, g: &str| -> Option<usize> {
        let gi = dims[di].groups.iter().position(|x| x.id == g)?;
        Some(dim_groups[di][gi])
    };

    // Stored cells → nodes. Cells naming an unknown indicator, school or group are skipped
    // here (the data page counts them); invalid ones are nodes marked invalid. The cells are
    // sorted by indicator then school, so the last lookups are reused.
    let mut nodes: Vec<Node> = Vec::with_capacity(data.cells.len() + ni * (ng + 1));
    let mut sw = vec![NONE; ni * ns];
    let mut sg = vec![NONE; ni * ns * ng];
    // The last id seen and what it resolved to; ids shared through `intern` compare by pointer.
    // (Borrowed, not cloned: cloning an Arc per cell costs two atomic operations.)
    fn same(a: &Id, b: &Option<(&Id, Option<usize>)>) -> Option<Option<usize>> {
        b.as_ref().filter(|(x, _)| Arc::ptr_eq(a, x) || **a == ***x).map(|(_, r)| *r)
    }
    let mut last_ind: Option<(&Id, Option<usize>)> = None;
    let mut last_school: Option<(&Id, Option<usize>)> = None;
    let mut last_dim: Option<(&Id, Option<usize>)> = None;
    let mut group_cache: Vec<(&Id, Option<usize>)> = Vec::new();
    for (k, c) in &data.cells {
        let i = match same(&k.indicator, &last_ind) {
            Some(r) => r,
            None => {
                let r = ind_ix.get(&*k.indicator).copied();
                last_ind = Some((&k.indicator, r));
                r
            }
        };
        let sc = match same(&k.school, &last_school) {
            Some(r) => r,
            None => {
                let r = school_ix.get(&*k.school).copied();
                last_school = Some((&k.school, r));
                r
            }
        };
        let (Some(i), Some(sc)) = (i, sc) else { continue };
        let group = match &k.group {
            None => None,
            Some((d, g)) => {
                let di = match same(d, &last_dim) {
                    Some(r) => r,
                    None => {
                        let r = dims.iter().position(|x| *x.id == **d);
                        last_dim = Some((d, r));
                        group_cache.clear();
                        r
                    }
                };
                let Some(di) = di else { continue };
                // A few groups per dimension, seen over and over: remember them by pointer.
                let gi = match group_cache.iter().find(|(x, _)| Arc::ptr_eq(g, x)) {
                    Some((_, r)) => *r,
                    None => {
                        let r = find_group(di, g);
                        group_cache.push((g, r));
                        r
                    }
                };
                match gi {
                    Some(x) => Some(x),
                    None => continue,
                }
            }
        };
        let status = if !c.is_valid() {
            Status::Invalid
        } else if c.denominator < s.min_n {
            Status::Suppressed
        } else {
            Status::Shown
        };
        let n = nodes.len();
        nodes.push(Node { indicator: i, school: Some(sc), group, counts: *c, status });
        match group {
            None => sw[i * ns + sc] = n,
            Some(g) => sg[(i * ns + sc) * ng + g] = n,
        }
    }
    let valid = |nodes: &[Node], n: usize| n != NONE && nodes[n].status != Status::Invalid;
    // Only groupings and groups that have data are walked below: a district uses a few of them.
    let mut used = vec![false; ng];
    for node in &nodes {
        if let Some(g) = node.group {
            used[g] = true;
        }
    }
    let used_groups: Vec<usize> = (0..ng).filter(|g| used[*g]).collect();
    let dim_groups: Vec<Vec<usize>> = dim_groups
        .iter()
        .map(|gs| gs.iter().copied().filter(|g| used[*g]).collect::<Vec<usize>>())
        .filter(|gs| !gs.is_empty())
        .collect();

    // District sums of valid cells.
    let district_status = |c: &Counts| if c.denominator < s.min_n { Status::Suppressed } else { Status::Shown };
    let mut dw = vec![NONE; ni];
    let mut dg = vec![NONE; ni * ng];
    for i in 0..ni {
        let members = (0..ns).map(|sc| sw[i * ns + sc]).filter(|n| valid(&nodes, *n));
        let mut any = false;
        let c = members.inspect(|_| any = true).fold(Counts::default(), |a, m| a + nodes[m].counts);
        if any {
            dw[i] = nodes.len();
            nodes.push(Node { indicator: i, school: None, group: None, counts: c, status: district_status(&c) });
        }
        for &g in &used_groups {
            let mut any = false;
            let c = (0..ns)
                .map(|sc| sg[(i * ns + sc) * ng + g])
                .filter(|n| valid(&nodes, *n))
                .inspect(|_| any = true)
                .fold(Counts::default(), |a, m| a + nodes[m].counts);
            if any {
                dg[i * ng + g] = nodes.len();
                nodes.push(Node { indicator: i, school: None, group: Some(g), counts: c, status: district_status(&c) });
            }
        }
    }
    let opt = |n: usize| (n != NONE).then_some(n);

    // Partitions, and for each node the partition its comparison comes from ("home"):
    // 0. a dimension's groups within a school (home of school group cells);
    // 1. a dimension's groups within the district (home of district group cells);
    // 2. a group's schools within the district;
    // 3. the schools within the district (home of whole-school cells).
    let mut partitions: Vec<Partition> = Vec::new();
    let mut buf: Vec<usize> = Vec::with_capacity(nodes.len() * 3);
    let mut home = vec![NONE; nodes.len()];
    let mut push =
        |members: &mut dyn Iterator<Item = usize>, total: Option<usize>, is_home: bool, buf: &mut Vec<usize>| {
            let start = buf.len();
            buf.extend(members);
            if buf.len() == start {
                return;
            }
            if is_home {
                for &m in &buf[start..] {
                    home[m] = partitions.len();
                }
            }
            partitions.push(Partition { start, end: buf.len(), total });
        };
    for i in 0..ni {
        for sc in 0..ns {
            let whole = opt(sw[i * ns + sc]).filter(|n| valid(&nodes, *n));
            for gs in &dim_groups {
                let mut members = gs.iter().map(|g| sg[(i * ns + sc) * ng + g]).filter(|n| valid(&nodes, *n));
                push(&mut members, whole, true, &mut buf);
            }
        }
        for gs in &dim_groups {
            let mut members = gs.iter().map(|g| dg[i * ng + g]).filter(|n| *n != NONE);
            push(&mut members, opt(dw[i]), true, &mut buf);
        }
        for &g in &used_groups {
            let mut members = (0..ns).map(|sc| sg[(i * ns + sc) * ng + g]).filter(|n| valid(&nodes, *n));
            push(&mut members, opt(dg[i * ng + g]), false, &mut buf);
        }
        let mut members = (0..ns).map(|sc| sw[i * ns + sc]).filter(|n| valid(&nodes, *n));
        push(&mut members, opt(dw[i]), true, &mut buf);
    }
    complementary(&mut nodes, &partitions, &buf);
    // The valid members' counts added up: a member's complement is this minus it.
    let sums: Vec<Counts> = partitions.iter().map(|p| sum(&nodes, p.members(&buf).iter().copied())).collect();

    // Comparisons. Complement = the other members' valid counts; overall = the partition's
    // total (or the sum of its members); highest / chosen = a shown member.
    let threshold = s.threshold_points / 100.0;
    let compare = |n: usize, partition: &Partition, nodes: &[Node]| -> Option<Compared> {
        let me = &nodes[n];
        let label_of = |m: usize| -> CompareWith {
            match (nodes[m].group, nodes[m].school) {
                (Some(g), _) => CompareWith::Group(format!("{}:{}", group_ids[g].0, group_ids[g].1)),
                (None, Some(sc)) => CompareWith::School(school_ids[sc].to_string()),
                (None, None) => CompareWith::Overall,
            }
        };
        let members = partition.members(&buf);
        let others = || members.iter().copied().filter(move |m| *m != n);
        let complement = || {
            let with = if me.group.is_none() { CompareWith::OtherSchools } else { CompareWith::OtherStudents };
            // The partition's sum minus this member: linear, not quadratic, in the partition size.
            let all = sums[home[n]];
            let c = Counts {
                numerator: all.numerator - me.counts.numerator,
                denominator: all.denominator - me.counts.denominator,
            };
            (with, c)
        };
        let shown_rate = |m: usize| rate(nodes[m].counts.numerator, nodes[m].counts.denominator);
        let (with, comp): (CompareWith, Counts) = match &s.comparison {
            Comparison::Complement => complement(),
            Comparison::Overall => {
                let c = match partition.total {
                    Some(t) if nodes[t].status != Status::Invalid => nodes[t].counts,
                    _ => sum(nodes, members.iter().copied()),
                };
                (CompareWith::Overall, c)
            }
            Comparison::HighestGroup => {
                let best = others()
                    .filter(|m| nodes[*m].status == Status::Shown)
                    .max_by(|a, b| shown_rate(*a).partial_cmp(&shown_rate(*b)).unwrap_or(std::cmp::Ordering::Equal))?;
                (label_of(best), nodes[best].counts)
            }
            Comparison::Chosen { dimension, group } => {
                let chosen = me.group.and_then(|g| {
                    let (d, _) = groups[g];
                    (dims[d].id == *dimension).then(|| {
                        members.iter().copied().find(|m| {
                            nodes[*m].group.is_some_and(|g2| {
                                let (d2, gi2) = groups[g2];
                                d2 == d && dims[d2].groups[gi2].id == *group
                            })
                        })
                    })?
                });
                match chosen {
                    Some(c) if c == n => return None,
                    Some(c) if nodes[c].status == Status::Shown => (label_of(c), nodes[c].counts),
                    Some(_) => return None,
                    None => complement(),
                }
            }
        };
        if comp.denominator < s.min_n || !comp.is_valid() {
            return None;
        }
        let r = rate(comp.numerator, comp.denominator)?;
        let mine = rate(me.counts.numerator, me.counts.denominator)?;
        let mut c = Compared {
            with,
            rate: r,
            ratio: disparity_ratio(mine, r),
            flag: None,
            counts: [me.counts.numerator, me.counts.denominator, comp.numerator, comp.denominator],
        };
        c.flag = flag_for(&c, indicators[me.indicator].direction, threshold);
        Some(c)
    };

    let cells = nodes
        .iter()
        .enumerate()
        .map(|(n, node)| {
            let shown = node.status == Status::Shown;
            let (num, den) = (node.counts.numerator, node.counts.denominator);
            CellResult {
                indicator: node.indicator,
                scope: node.school.map_or(Scope::District, |sc| Scope::School(school_ids[sc].clone())),
                group: node.group.map(|g| group_ids[g].clone()),
                status: node.status,
                counts: shown.then_some(node.counts),
                rate: if shown { rate(num, den) } else { None },
                compared: if shown && home[n] != NONE { compare(n, &partitions[home[n]], &nodes) } else { None },
            }
        })
        .collect();
    Analysis { indicators, cells, min_n: s.min_n }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::divides::model::{CellKey, School};

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
            d.cells.insert(key(s, *g), Counts { numerator: *num, denominator: *den });
        }
        d
    }

    fn find<'a>(a: &'a Analysis, scope: &Scope, group: Option<(&str, &str)>) -> &'a CellResult {
        let g: Option<(Arc<str>, Arc<str>)> = group.map(|(d, g)| (d.into(), g.into()));
        a.cells.iter().find(|c| &c.scope == scope && c.group == g).expect("cell exists")
    }

    #[test]
    fn a_small_group_and_its_only_complement_are_both_suppressed() {
        let d = data(&[("s1", None, 65, 108), ("s1", Some(("el", "yes")), 5, 8), ("s1", Some(("el", "no")), 60, 100)]);
        let a = analyse(&d);
        let s1 = Scope::School("s1".into());
        let yes = find(&a, &s1, Some(("el", "yes")));
        assert_eq!(yes.status, Status::Suppressed);
        assert_eq!((yes.counts, yes.rate, yes.wilson()), (None, None, None));
        let no = find(&a, &s1, Some(("el", "no")));
        assert_eq!(no.status, Status::ComplementarySuppressed);
        assert_eq!(no.counts, None);
        assert_eq!(find(&a, &s1, None).status, Status::Shown);
        // The district rows for the groups are the same small numbers: suppressed too.
        assert!(find(&a, &Scope::District, Some(("el", "yes"))).status.is_suppressed());
        assert!(find(&a, &Scope::District, Some(("el", "no"))).status.is_suppressed());
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
        let s1 = Scope::School("s1".into());
        assert_eq!(find(&a, &s1, Some(("race", "asian"))).status, Status::Suppressed);
        assert_eq!(find(&a, &s1, Some(("race", "black"))).status, Status::ComplementarySuppressed);
        assert_eq!(find(&a, &s1, Some(("race", "hispanic"))).status, Status::Shown);
        assert_eq!(find(&a, &s1, Some(("race", "white"))).status, Status::Shown);
    }

    /// Hand-worked: 30/100 against the other students' 80/100 is a 50-point gap whose interval
    /// lies wholly below zero: a priority. 12/20 against 14/20 is exactly 10 points below, but
    /// the interval includes zero: watch.
    #[test]
    fn flags_follow_threshold_interval_and_direction() {
        let d = data(&[("s1", Some(("econ", "yes")), 30, 100), ("s1", Some(("econ", "no")), 80, 100)]);
        let a = analyse(&d);
        let s1 = Scope::School("s1".into());
        let c = find(&a, &s1, Some(("econ", "yes"))).compared.clone().unwrap();
        assert_eq!(c.with, CompareWith::OtherStudents);
        assert!((c.rate - 0.8).abs() < 1e-12);
        assert!((c.gap().diff + 0.5).abs() < 1e-12);
        assert!(c.gap().high < 0.0);
        assert_eq!(c.flag, Some(Flag::Priority));
        assert!((c.ratio.unwrap() - 0.375).abs() < 1e-12);
        // The advantaged group is never flagged.
        assert_eq!(find(&a, &s1, Some(("econ", "no"))).compared.as_ref().unwrap().flag, None);

        let d = data(&[("s1", Some(("econ", "yes")), 12, 20), ("s1", Some(("econ", "no")), 14, 20)]);
        let a = analyse(&d);
        let c = find(&a, &s1, Some(("econ", "yes"))).compared.clone().unwrap();
        assert!((c.gap().diff + 0.1).abs() < 1e-12);
        assert_eq!(c.flag, Some(Flag::Watch));

        let mut d = data(&[("s1", Some(("econ", "yes")), 30, 100), ("s1", Some(("econ", "no")), 80, 100)]);
        d.settings.threshold_points = 60.0;
        let a = analyse(&d);
        assert_eq!(find(&a, &s1, Some(("econ", "yes"))).compared.as_ref().unwrap().flag, None);
    }

    #[test]
    fn schools_compare_with_the_other_schools() {
        let d = data(&[("s1", None, 20, 100), ("s2", None, 70, 100), ("s3", None, 80, 100)]);
        let a = analyse(&d);
        let c = find(&a, &Scope::School("s1".into()), None).compared.clone().unwrap();
        assert_eq!(c.with, CompareWith::OtherSchools);
        assert!((c.rate - 0.75).abs() < 1e-12);
        assert_eq!(c.flag, Some(Flag::Priority));
        let district = find(&a, &Scope::District, None);
        assert_eq!(district.counts, Some(Counts { numerator: 170, denominator: 300 }));
        assert_eq!(district.compared, None);
    }

    #[test]
    fn invalid_cells_are_kept_marked_and_left_out_of_sums() {
        let d = data(&[("s1", None, 12, 10), ("s2", None, 50, 100)]);
        let a = analyse(&d);
        let bad = find(&a, &Scope::School("s1".into()), None);
        assert_eq!(bad.status, Status::Invalid);
        assert_eq!(bad.rate, None);
        assert_eq!(find(&a, &Scope::District, None).counts, Some(Counts { numerator: 50, denominator: 100 }));
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
        assert_eq!(find(&a, &Scope::School("s1".into()), Some(("race", "white"))).compared, None);
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
        let s1 = Scope::School("s1".into());
        let c = find(&a, &s1, Some(("race", "hispanic"))).compared.clone().unwrap();
        assert_eq!(c.with, CompareWith::Group("race:white".into()));
        assert!((c.gap().diff + 0.3).abs() < 1e-12);
        d.settings.comparison = Comparison::Chosen { dimension: "race".into(), group: "black".into() };
        let a = analyse(&d);
        let c = find(&a, &s1, Some(("race", "hispanic"))).compared.clone().unwrap();
        assert_eq!(c.with, CompareWith::Group("race:black".into()));
        assert_eq!(find(&a, &s1, Some(("race", "black"))).compared, None);
    }
}
