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

    fn gap_counts(&self) -> [u64; 4] {
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

/// The cells while the analysis runs, column by column: the passes over partitions read only
/// statuses and counts, which then stay in the processor's cache.
struct Nodes {
    counts: Vec<Counts>,
    status: Vec<Status>,
    /// (indicator, school or `NO`, group or `NO`)
    at: Vec<[u32; 3]>,
}

impl Nodes {
    fn with_capacity(n: usize) -> Self {
        Nodes { counts: Vec::with_capacity(n), status: Vec::with_capacity(n), at: Vec::with_capacity(n) }
    }

    fn len(&self) -> usize {
        self.status.len()
    }

    fn push(&mut self, indicator: usize, school: Option<usize>, group: Option<usize>, counts: Counts, status: Status) {
        self.counts.push(counts);
        self.status.push(status);
        self.at.push([indicator as u32, ix(school), ix(group)]);
    }

    fn group(&self, n: usize) -> Option<usize> {
        unix(self.at[n][2])
    }
}

/// The flag for a gap: the interval is only computed for gaps large enough to matter.
fn flag_for(counts: [u64; 4], dir: Direction, threshold: f64) -> Option<Flag> {
    let diff = diff(counts);
    let disadvantaged = match dir {
        Direction::HigherIsBetter => diff < 0.0,
        Direction::LowerIsBetter => diff > 0.0,
    };
    // A tiny tolerance so a gap of exactly the threshold counts despite float rounding.
    if !disadvantaged || diff.abs() + 1e-12 < threshold {
        return None;
    }
    let [x1, n1, x2, n2] = counts;
    let gap = newcombe_diff(x1, n1, x2, n2, Z95)?;
    let excludes_zero = gap.low > 0.0 || gap.high < 0.0;
    Some(if excludes_zero { Flag::Priority } else { Flag::Watch })
}

/// Marks a cell that belongs to more partitions than `member_of` has room for.
const MANY: u32 = u32::MAX - 1;

/// Applies complementary suppression until stable. Every partition is checked once; after that,
/// only the partitions holding a cell that has just been suppressed are checked again.
/// `member_of` gives, per cell, the (at most two) partitions it is a member of.
fn complementary(nodes: &mut Nodes, partitions: &[Partition], buf: &[usize], member_of: &[[u32; 2]]) {
    let mut queue: std::collections::VecDeque<u32> = (0..partitions.len() as u32).collect();
    let mut queued = vec![true; partitions.len()];
    while let Some(p) = queue.pop_front() {
        queued[p as usize] = false;
        let p = &partitions[p as usize];
        let members = p.members(buf);
        let suppressed = members.iter().filter(|m| nodes.status[**m].is_suppressed()).count();
        if suppressed != 1 || p.total.is_some_and(|t| nodes.status[t].is_suppressed()) {
            continue;
        }
        let next = members
            .iter()
            .copied()
            .filter(|m| nodes.status[*m] == Status::Shown)
            .min_by_key(|m| (nodes.counts[*m].denominator, *m));
        let changed = match (next, p.total) {
            (Some(m), _) => m,
            (None, Some(t)) if nodes.status[t] == Status::Shown => t,
            _ => continue,
        };
        nodes.status[changed] = Status::ComplementarySuppressed;
        let requeue = |q: u32| {
            if !queued[q as usize] {
                queued[q as usize] = true;
                queue.push_back(q);
            }
        };
        match member_of[changed] {
            [_, MANY] => (0..partitions.len() as u32).for_each(requeue),
            slots => slots.into_iter().filter(|q| *q != NO).for_each(requeue),
        }
    }
}

const NONE: usize = usize::MAX;

fn sum(nodes: &Nodes, members: impl Iterator<Item = usize>) -> Counts {
    members.map(|m| nodes.counts[m]).fold(Counts::default(), |a, b| a + b)
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
    let mut nodes = Nodes::with_capacity(data.cells.len() + ni * (ng + 1));
    let mut sw = vec![NONE; ni * ns];
    let mut sg = vec![NONE; ni * ns * ng];
    // (sum, any valid cell) for the district, per indicator and per indicator × group.
    let mut district_whole = vec![(Counts::default(), false); ni];
    let mut district_groups = vec![(Counts::default(), false); ni * ng];
    let mut used = vec![false; ng];
    // The last id seen and what it resolved to; ids shared through `intern` compare by pointer.
    // (Borrowed, not cloned: cloning an Arc per cell costs two atomic operations.)
    fn same(a: &Id, b: &Option<(&Id, Option<usize>)>) -> Option<Option<usize>> {
        b.as_ref().filter(|(x, _)| Arc::ptr_eq(a, x) || **a == ***x).map(|(_, r)| *r)
    }
    let mut last_ind: Option<(&Id, Option<usize>)> = None;
    let mut last_school: Option<(&Id, Option<usize>)> = None;
    let mut last_dim: Option<(&Id, Option<usize>)> = None;
    let mut group_cache: Vec<(&Id, Option<usize>)> = Vec::new();
    for (k, c) in data.cells.iter() {
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
        nodes.push(i, Some(sc), group, *c, status);
        // District sums of valid cells, added up on the way.
        let sum = match group {
            None => {
                sw[i * ns + sc] = n;
                &mut district_whole[i]
            }
            Some(g) => {
                sg[(i * ns + sc) * ng + g] = n;
                used[g] = true;
                &mut district_groups[i * ng + g]
            }
        };
        if status != Status::Invalid {
            sum.0 = sum.0 + *c;
            sum.1 = true;
        }
    }
    let valid = |nodes: &Nodes, n: usize| n != NONE && nodes.status[n] != Status::Invalid;
    // Only groupings and groups that have data are walked below: a district uses a few of them.
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
        if let (c, true) = district_whole[i] {
            dw[i] = nodes.len();
            nodes.push(i, None, None, c, district_status(&c));
        }
        for &g in &used_groups {
            if let (c, true) = district_groups[i * ng + g] {
                dg[i * ng + g] = nodes.len();
                nodes.push(i, None, Some(g), c, district_status(&c));
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
    let mut member_of = vec![[NO; 2]; nodes.len()];
    // The valid members' counts added up, per partition: a member's complement is this minus it.
    let mut sums: Vec<Counts> = Vec::new();
    let mut push =
        |members: &mut dyn Iterator<Item = usize>, total: Option<usize>, is_home: bool, buf: &mut Vec<usize>| {
            let start = buf.len();
            buf.extend(members);
            if buf.len() == start {
                return;
            }
            let id = partitions.len();
            let mut sum = Counts::default();
            for &m in &buf[start..] {
                sum = sum + nodes.counts[m];
                if is_home {
                    home[m] = id;
                }
                let slots = &mut member_of[m];
                match slots.iter().position(|x| *x == NO) {
                    Some(k) => slots[k] = id as u32,
                    None => slots[1] = MANY,
                }
            }
            sums.push(sum);
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
    complementary(&mut nodes, &partitions, &buf, &member_of);

    // Comparisons. Complement = the other members' valid counts; overall = the partition's
    // total (or the sum of its members); highest / chosen = a shown member.
    let threshold = s.threshold_points / 100.0;
    let compare = |n: usize, partition: &Partition, nodes: &Nodes| -> Option<(Versus, Counts)> {
        let (my_counts, my_group) = (nodes.counts[n], nodes.group(n));
        let members = partition.members(&buf);
        let others = || members.iter().copied().filter(move |m| *m != n);
        let complement = || {
            let with = if my_group.is_none() { Versus::OtherSchools } else { Versus::OtherStudents };
            // The partition's sum minus this member: linear, not quadratic, in the partition size.
            let all = sums[home[n]];
            let c = Counts {
                numerator: all.numerator - my_counts.numerator,
                denominator: all.denominator - my_counts.denominator,
            };
            (with, c)
        };
        let shown_rate = |m: usize| rate(nodes.counts[m].numerator, nodes.counts[m].denominator);
        let (with, comp) = match &s.comparison {
            Comparison::Complement => complement(),
            Comparison::Overall => {
                let c = match partition.total {
                    Some(t) if nodes.status[t] != Status::Invalid => nodes.counts[t],
                    _ => sum(nodes, members.iter().copied()),
                };
                (Versus::Overall, c)
            }
            Comparison::HighestGroup => {
                let best = others()
                    .filter(|m| nodes.status[*m] == Status::Shown)
                    .max_by(|a, b| shown_rate(*a).partial_cmp(&shown_rate(*b)).unwrap_or(std::cmp::Ordering::Equal))?;
                (Versus::Cell(best as u32), nodes.counts[best])
            }
            Comparison::Chosen { dimension, group } => {
                let chosen = my_group.and_then(|g| {
                    let (d, _) = groups[g];
                    (dims[d].id == *dimension).then(|| {
                        members.iter().copied().find(|m| {
                            nodes.group(*m).is_some_and(|g2| {
                                let (d2, gi2) = groups[g2];
                                d2 == d && dims[d2].groups[gi2].id == *group
                            })
                        })
                    })?
                });
                match chosen {
                    Some(c) if c == n => return None,
                    Some(c) if nodes.status[c] == Status::Shown => (Versus::Cell(c as u32), nodes.counts[c]),
                    Some(_) => return None,
                    None => complement(),
                }
            }
        };
        if comp.denominator < s.min_n || !comp.is_valid() || my_counts.denominator == 0 {
            return None;
        }
        Some((with, comp))
    };
    // The cells, with their comparisons and flags, in one sequential pass.
    let complement_only = s.comparison == Comparison::Complement;
    let mut cells = Vec::with_capacity(nodes.len());
    for n in 0..nodes.len() {
        let [i, school, group] = nodes.at[n];
        let mut c = CellResult {
            counts: nodes.counts[n],
            versus_counts: Counts::default(),
            indicator: i as usize,
            school,
            group,
            versus: Versus::Nothing,
            status: nodes.status[n],
            flag: None,
        };
        if c.status == Status::Shown && home[n] != NONE {
            let compared = if complement_only {
                // The default comparison, inline: it is most of the work of a refresh.
                let all = sums[home[n]];
                let comp = Counts {
                    numerator: all.numerator - c.counts.numerator,
                    denominator: all.denominator - c.counts.denominator,
                };
                let with = if group == NO { Versus::OtherSchools } else { Versus::OtherStudents };
                (comp.denominator >= s.min_n && comp.is_valid() && c.counts.denominator > 0).then_some((with, comp))
            } else {
                compare(n, &partitions[home[n]], &nodes)
            };
            if let Some((with, comp)) = compared {
                c.versus = with;
                c.versus_counts = comp;
                c.flag = flag_for(c.gap_counts(), indicators[c.indicator].direction, threshold);
            }
        }
        cells.push(c);
    }
    let to32 = |v: Vec<usize>| -> Vec<u32> { v.into_iter().map(|n| if n == NONE { NO } else { n as u32 }).collect() };
    Analysis {
        indicators,
        schools: school_ids,
        groups: group_ids,
        cells,
        min_n: s.min_n,
        school_whole: to32(sw),
        school_group: to32(sg),
        district_whole: to32(dw),
        district_group: to32(dg),
        protection: None,
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
