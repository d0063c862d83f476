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

use super::model::{Comparison, Counts, Direction, DivideData, DivideIndicator};
use super::stats::{disparity_ratio, newcombe_diff, rate, wilson, DiffInterval, Z95};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    District,
    School(String),
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
    /// Group rate minus comparison rate, as proportions, with Newcombe's 95% interval.
    pub gap: DiffInterval,
    pub ratio: Option<f64>,
    pub flag: Option<Flag>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CellResult {
    /// Index into `Analysis::indicators`.
    pub indicator: usize,
    pub scope: Scope,
    /// (dimension id, group id); `None` for all students in the scope.
    pub group: Option<(String, String)>,
    pub status: Status,
    /// The counts, only when shown.
    pub counts: Option<Counts>,
    pub rate: Option<f64>,
    pub wilson: Option<(f64, f64)>,
    pub compared: Option<Compared>,
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
    scope: Scope,
    group: Option<(usize, usize)>,
    counts: Counts,
    status: Status,
}

struct Partition {
    members: Vec<usize>,
    total: Option<usize>,
}

fn flag_for(gap: &DiffInterval, dir: Direction, threshold: f64) -> Option<Flag> {
    let disadvantaged = match dir {
        Direction::HigherIsBetter => gap.diff < 0.0,
        Direction::LowerIsBetter => gap.diff > 0.0,
    };
    // A tiny tolerance so a gap of exactly the threshold counts despite float rounding.
    if !disadvantaged || gap.diff.abs() + 1e-12 < threshold {
        return None;
    }
    let excludes_zero = gap.low > 0.0 || gap.high < 0.0;
    Some(if excludes_zero { Flag::Priority } else { Flag::Watch })
}

/// Applies complementary suppression until stable.
fn complementary(nodes: &mut [Node], partitions: &[Partition]) {
    loop {
        let mut changed = false;
        for p in partitions {
            let suppressed = p.members.iter().filter(|m| nodes[**m].status.is_suppressed()).count();
            if suppressed != 1 {
                continue;
            }
            if p.total.is_some_and(|t| nodes[t].status.is_suppressed()) {
                continue;
            }
            let next = p
                .members
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

pub fn analyse(data: &DivideData) -> Analysis {
    let s = &data.settings;
    let indicators = data.indicators();
    let dims = data.dimensions();
    let ind_ix: HashMap<&str, usize> = indicators.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect();
    let school_ix: HashMap<&str, usize> = data.schools.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect();
    let mut group_ix: HashMap<(&str, &str), (usize, usize)> = HashMap::new();
    for (d, dim) in dims.iter().enumerate() {
        for (g, grp) in dim.groups.iter().enumerate() {
            group_ix.insert((dim.id.as_str(), grp.id.as_str()), (d, g));
        }
    }

    // Stored cells, by index. Cells naming an unknown indicator, school or group are ignored
    // here (the data page lists them); invalid ones are kept as nodes marked invalid.
    let mut nodes: Vec<Node> = Vec::new();
    let mut school_whole: HashMap<(usize, usize), usize> = HashMap::new();
    let mut school_group: HashMap<(usize, usize, usize, usize), usize> = HashMap::new();
    for (k, c) in &data.cells {
        let (Some(&i), Some(&sc)) = (ind_ix.get(k.indicator.as_str()), school_ix.get(k.school.as_str())) else {
            continue;
        };
        let group = match &k.group {
            None => None,
            Some((d, g)) => match group_ix.get(&(d.as_str(), g.as_str())) {
                Some(x) => Some(*x),
                None => continue,
            },
        };
        let status = if !c.is_valid() {
            Status::Invalid
        } else if c.denominator < s.min_n {
            Status::Suppressed
        } else {
            Status::Shown
        };
        let n = nodes.len();
        nodes.push(Node { indicator: i, scope: Scope::School(k.school.clone()), group, counts: *c, status });
        match group {
            None => school_whole.insert((i, sc), n),
            Some((d, g)) => school_group.insert((i, sc, d, g), n),
        };
    }

    // District sums of valid cells.
    let mut sum_whole: HashMap<usize, Counts> = HashMap::new();
    let mut sum_group: HashMap<(usize, usize, usize), Counts> = HashMap::new();
    for (&(i, _), &n) in &school_whole {
        if nodes[n].status != Status::Invalid {
            *sum_whole.entry(i).or_default() = sum_whole.get(&i).copied().unwrap_or_default() + nodes[n].counts;
        }
    }
    for (&(i, _, d, g), &n) in &school_group {
        if nodes[n].status != Status::Invalid {
            let e = sum_group.entry((i, d, g)).or_default();
            *e = *e + nodes[n].counts;
        }
    }
    let district_status = |c: &Counts| if c.denominator < s.min_n { Status::Suppressed } else { Status::Shown };
    let mut district_whole: HashMap<usize, usize> = HashMap::new();
    let mut district_group: HashMap<(usize, usize, usize), usize> = HashMap::new();
    let mut keys: Vec<_> = sum_whole.keys().copied().collect();
    keys.sort_unstable();
    for i in keys {
        let c = sum_whole[&i];
        district_whole.insert(i, nodes.len());
        nodes.push(Node { indicator: i, scope: Scope::District, group: None, counts: c, status: district_status(&c) });
    }
    let mut keys: Vec<_> = sum_group.keys().copied().collect();
    keys.sort_unstable();
    for (i, d, g) in keys {
        let c = sum_group[&(i, d, g)];
        district_group.insert((i, d, g), nodes.len());
        nodes.push(Node {
            indicator: i,
            scope: Scope::District,
            group: Some((d, g)),
            counts: c,
            status: district_status(&c),
        });
    }

    // Partitions: groups of a dimension within a school, and within the district; a group's
    // schools within the district; the schools within the district.
    let mut parts: HashMap<(u8, usize, usize, usize), Partition> = HashMap::new();
    for (&(i, sc, d, _), &n) in &school_group {
        if nodes[n].status == Status::Invalid {
            continue;
        }
        parts
            .entry((0, i, sc, d))
            .or_insert_with(|| Partition { members: vec![], total: school_whole.get(&(i, sc)).copied() })
            .members
            .push(n);
    }
    for (&(i, d, g), &n) in &district_group {
        parts
            .entry((1, i, d, usize::MAX))
            .or_insert_with(|| Partition { members: vec![], total: district_whole.get(&i).copied() })
            .members
            .push(n);
        let _ = g;
    }
    for (&(i, _, d, g), &n) in &school_group {
        if nodes[n].status == Status::Invalid {
            continue;
        }
        parts
            .entry((2, i, d, g))
            .or_insert_with(|| Partition { members: vec![], total: district_group.get(&(i, d, g)).copied() })
            .members
            .push(n);
    }
    for (&(i, _), &n) in &school_whole {
        if nodes[n].status == Status::Invalid {
            continue;
        }
        parts
            .entry((3, i, 0, 0))
            .or_insert_with(|| Partition { members: vec![], total: district_whole.get(&i).copied() })
            .members
            .push(n);
    }
    let mut parts: Vec<((u8, usize, usize, usize), Partition)> = parts.into_iter().collect();
    parts.sort_by_key(|(k, _)| *k);
    for (_, p) in &mut parts {
        p.members.sort_unstable();
    }
    let partitions: Vec<Partition> = parts.into_iter().map(|(_, p)| p).collect();
    complementary(&mut nodes, &partitions);

    // Comparisons. For a member of a partition: complement = the other members' valid counts;
    // overall = the partition's total (or the sum of members); highest / chosen = a shown member.
    let threshold = s.threshold_points / 100.0;
    let compare = |n: usize, partition: &Partition, nodes: &[Node]| -> Option<Compared> {
        let me = &nodes[n];
        let others = partition.members.iter().copied().filter(|m| *m != n);
        let group_of = |m: usize| -> CompareWith {
            let node = &nodes[m];
            match (node.group, &node.scope) {
                (Some((d, g)), _) => CompareWith::Group(format!("{}:{}", dims[d].id, dims[d].groups[g].id)),
                (None, Scope::School(id)) => CompareWith::School(id.clone()),
                (None, Scope::District) => CompareWith::Overall,
            }
        };
        let shown_rate = |m: usize| rate(nodes[m].counts.numerator, nodes[m].counts.denominator);
        let complement = || {
            let c = partition
                .members
                .iter()
                .filter(|m| **m != n)
                .map(|m| nodes[*m].counts)
                .fold(Counts::default(), |a, b| a + b);
            let with = if me.group.is_none() { CompareWith::OtherSchools } else { CompareWith::OtherStudents };
            (with, c)
        };
        let (with, comp): (CompareWith, Counts) = match &s.comparison {
            Comparison::Complement => complement(),
            Comparison::Overall => {
                let c = match partition.total {
                    Some(t) if nodes[t].status != Status::Invalid => nodes[t].counts,
                    _ => partition.members.iter().map(|m| nodes[*m].counts).fold(Counts::default(), |a, b| a + b),
                };
                (CompareWith::Overall, c)
            }
            Comparison::HighestGroup => {
                let best = others
                    .filter(|m| nodes[*m].status == Status::Shown)
                    .max_by(|a, b| shown_rate(*a).partial_cmp(&shown_rate(*b)).unwrap_or(std::cmp::Ordering::Equal))?;
                (group_of(best), nodes[best].counts)
            }
            Comparison::Chosen { dimension, group } => {
                let chosen = me.group.and_then(|(d, _)| {
                    (dims[d].id == *dimension).then(|| {
                        partition.members.iter().copied().find(|m| {
                            nodes[*m].group.is_some_and(|(d2, g2)| d2 == d && dims[d2].groups[g2].id == *group)
                        })
                    })?
                });
                match chosen {
                    Some(c) if c == n => return None,
                    Some(c) if nodes[c].status == Status::Shown => (group_of(c), nodes[c].counts),
                    Some(_) => return None,
                    None => complement(),
                }
            }
        };
        if comp.denominator < s.min_n || !comp.is_valid() {
            return None;
        }
        let gap = newcombe_diff(me.counts.numerator, me.counts.denominator, comp.numerator, comp.denominator, Z95)?;
        let r = rate(comp.numerator, comp.denominator)?;
        let mine = rate(me.counts.numerator, me.counts.denominator)?;
        let flag = flag_for(&gap, indicators[me.indicator].direction, threshold);
        Some(Compared { with, rate: r, gap, ratio: disparity_ratio(mine, r), flag })
    };

    // Which partition gives each node its comparison: groups compare within their dimension in
    // the same scope; a school's whole row compares with the other schools.
    let mut home: HashMap<usize, usize> = HashMap::new();
    for (pi, p) in partitions.iter().enumerate() {
        for &m in &p.members {
            let node = &nodes[m];
            let fits = match (&node.scope, node.group, p.total) {
                // Group within its school's or district's dimension partition.
                (_, Some(_), Some(t)) => nodes[t].group.is_none() && nodes[t].scope == node.scope,
                (_, Some(_), None) => p.members.iter().all(|x| nodes[*x].scope == node.scope),
                (Scope::School(_), None, _) => true,
                _ => false,
            };
            if fits {
                home.entry(m).or_insert(pi);
            }
        }
    }

    let cells = nodes
        .iter()
        .enumerate()
        .map(|(n, node)| {
            let shown = node.status == Status::Shown;
            let group = node.group.map(|(d, g)| (dims[d].id.clone(), dims[d].groups[g].id.clone()));
            CellResult {
                indicator: node.indicator,
                scope: node.scope.clone(),
                group,
                status: node.status,
                counts: shown.then_some(node.counts),
                rate: if shown { rate(node.counts.numerator, node.counts.denominator) } else { None },
                wilson: if shown { wilson(node.counts.numerator, node.counts.denominator, Z95) } else { None },
                compared: if shown { home.get(&n).and_then(|p| compare(n, &partitions[*p], &nodes)) } else { None },
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
        let g = group.map(|(d, g)| (d.to_string(), g.to_string()));
        a.cells.iter().find(|c| &c.scope == scope && c.group == g).expect("cell exists")
    }

    #[test]
    fn a_small_group_and_its_only_complement_are_both_suppressed() {
        let d = data(&[("s1", None, 65, 108), ("s1", Some(("el", "yes")), 5, 8), ("s1", Some(("el", "no")), 60, 100)]);
        let a = analyse(&d);
        let s1 = Scope::School("s1".into());
        let yes = find(&a, &s1, Some(("el", "yes")));
        assert_eq!(yes.status, Status::Suppressed);
        assert_eq!((yes.counts, yes.rate, yes.wilson), (None, None, None));
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
        assert!((c.gap.diff + 0.5).abs() < 1e-12);
        assert!(c.gap.high < 0.0);
        assert_eq!(c.flag, Some(Flag::Priority));
        assert!((c.ratio.unwrap() - 0.375).abs() < 1e-12);
        // The advantaged group is never flagged.
        assert_eq!(find(&a, &s1, Some(("econ", "no"))).compared.as_ref().unwrap().flag, None);

        let d = data(&[("s1", Some(("econ", "yes")), 12, 20), ("s1", Some(("econ", "no")), 14, 20)]);
        let a = analyse(&d);
        let c = find(&a, &s1, Some(("econ", "yes"))).compared.clone().unwrap();
        assert!((c.gap.diff + 0.1).abs() < 1e-12);
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
        assert!((c.gap.diff + 0.3).abs() < 1e-12);
        d.settings.comparison = Comparison::Chosen { dimension: "race".into(), group: "black".into() };
        let a = analyse(&d);
        let c = find(&a, &s1, Some(("race", "hispanic"))).compared.clone().unwrap();
        assert_eq!(c.with, CompareWith::Group("race:black".into()));
        assert_eq!(find(&a, &s1, Some(("race", "black"))).compared, None);
    }
}
