//! How `analyse` runs, stage by stage:
//! 1. `Layout::of`: the indicators, schools, groupings and groups, by index;
//! 2. `place`: every stored cell becomes a node with its primary status (shown, suppressed,
//!    invalid), and the district's cells are added up from the valid ones;
//! 3. `partition`: the sets of cells that add up to a total the app can show, with each
//!    node's "home" partition (where its comparison comes from) and each partition's sum;
//! 4. `complementary`: complementary suppression over the partitions, until stable;
//! 5. `compare`: every shown cell's comparison, gap and flag, in one pass. The complement
//!    ("everyone else") is computed in one place, `Partitions::complement`.
//!
//! Nodes are kept column by column and partitions as ranges of one shared buffer: a refresh of
//! a 150-school district makes tens of thousands of cells, and on a Chromebook the memory they
//! touch is most of what it costs (`scripts/bench`, analysis refresh).

use super::*;
use crate::divides::model::{Dimension, Settings};
use std::collections::HashMap;

/// "No node here", in the index tables while the analysis runs.
const NONE: usize = usize::MAX;

pub fn analyse(data: &DivideData) -> Analysis {
    let layout = Layout::of(data);
    let mut placed = place(data, &layout);
    let parts = partition(&placed, &layout);
    complementary(&mut placed.nodes, &parts);
    let cells = compare(&placed.nodes, &parts, &layout, &data.settings);
    let to32 = |v: Vec<usize>| -> Vec<u32> { v.into_iter().map(|n| if n == NONE { NO } else { n as u32 }).collect() };
    let Placed { sw, sg, dw, dg, .. } = placed;
    Analysis {
        schools: data.schools.iter().map(|x| Arc::from(x.id.as_str())).collect(),
        groups: layout
            .groups
            .iter()
            .map(|&(d, g)| (Arc::from(layout.dims[d].id.as_str()), Arc::from(layout.dims[d].groups[g].id.as_str())))
            .collect(),
        indicators: layout.indicators,
        cells,
        min_n: data.settings.min_n,
        school_whole: to32(sw),
        school_group: to32(sg),
        district_whole: to32(dw),
        district_group: to32(dg),
        protection: None,
        adjustment: None,
        q: Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Layout

/// What the data's cells can name, by index.
struct Layout {
    indicators: Vec<DivideIndicator>,
    dims: Vec<Dimension>,
    /// Every group of every dimension, flattened: (dimension index, group index).
    groups: Vec<(usize, usize)>,
    /// Per dimension, its groups' flattened indices.
    dim_groups: Vec<Vec<usize>>,
    /// Schools.
    ns: usize,
}

impl Layout {
    fn of(data: &DivideData) -> Layout {
        let dims = data.dimensions();
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut dim_groups: Vec<Vec<usize>> = Vec::new();
        for (d, dim) in dims.iter().enumerate() {
            dim_groups.push((0..dim.groups.len()).map(|g| groups.len() + g).collect());
            groups.extend((0..dim.groups.len()).map(|g| (d, g)));
        }
        Layout { indicators: data.indicators(), dims, groups, dim_groups, ns: data.schools.len() }
    }

    fn ni(&self) -> usize {
        self.indicators.len()
    }

    fn ng(&self) -> usize {
        self.groups.len()
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Placing the cells

/// The nodes and where each one is: per indicator × school (`sw`), indicator × school × group
/// (`sg`), indicator (`dw`, the district) and indicator × group (`dg`); `NONE` where no cell is.
struct Placed {
    nodes: Nodes,
    sw: Vec<usize>,
    sg: Vec<usize>,
    dw: Vec<usize>,
    dg: Vec<usize>,
    /// The groups that have data, and per dimension those of its groups that do (dimensions
    /// without any left out): a district uses a few of the groupings it could.
    used_groups: Vec<usize>,
    used_dim_groups: Vec<Vec<usize>>,
}

impl Placed {
    fn valid(&self, n: usize) -> bool {
        n != NONE && self.nodes.status[n] != Status::Invalid
    }
}

/// Stored cells become nodes. Cells naming an unknown indicator, school or group are skipped
/// (the data page counts them); invalid ones are nodes marked invalid. Then the district's
/// cells: the sums of the valid school cells, per indicator and per indicator × group.
fn place(data: &DivideData, layout: &Layout) -> Placed {
    let s = &data.settings;
    let (ni, ns, ng) = (layout.ni(), layout.ns, layout.ng());
    let dims = &layout.dims;
    let ind_ix: HashMap<&str, usize> = layout.indicators.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect();
    let school_ix: HashMap<&str, usize> = data.schools.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect();
    let find_group = |di: usize, g: &str| -> Option<usize> {
        let gi = dims[di].groups.iter().position(|x| x.id == g)?;
        Some(layout.dim_groups[di][gi])
    };

    let mut nodes = Nodes::with_capacity(data.cells.len() + ni * (ng + 1));
    let mut sw = vec![NONE; ni * ns];
    let mut sg = vec![NONE; ni * ns * ng];
    // (sum, any valid cell) for the district, per indicator and per indicator × group.
    let mut district_whole = vec![(Counts::default(), false); ni];
    let mut district_groups = vec![(Counts::default(), false); ni * ng];
    let mut used = vec![false; ng];
    // The cells are sorted by indicator then school, so the last look-ups are reused. The last
    // id seen and what it resolved to; ids shared through `intern` compare by pointer.
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
    let used_groups: Vec<usize> = (0..ng).filter(|g| used[*g]).collect();
    let used_dim_groups: Vec<Vec<usize>> = layout
        .dim_groups
        .iter()
        .map(|gs| gs.iter().copied().filter(|g| used[*g]).collect::<Vec<usize>>())
        .filter(|gs| !gs.is_empty())
        .collect();

    // The district's cells.
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
    Placed { nodes, sw, sg, dw, dg, used_groups, used_dim_groups }
}

// ---------------------------------------------------------------------------------------------
// 3. Partitions

/// The partitions, their members in one buffer, and per node its home partition and the (at
/// most two) partitions it is a member of.
struct Partitions {
    list: Vec<Partition>,
    buf: Vec<usize>,
    home: Vec<usize>,
    member_of: Vec<[u32; 2]>,
    /// The valid members' counts added up, per partition: a member's complement is this minus it.
    sums: Vec<Counts>,
}

impl Partitions {
    /// Everyone else in node `n`'s home partition: the other students of its school (or the
    /// district), or the other schools. The partition's sum minus the node's own counts: linear,
    /// not quadratic, in the partition's size.
    #[inline]
    fn complement(&self, n: usize, mine: Counts, is_group: bool) -> (Versus, Counts) {
        let all = self.sums[self.home[n]];
        let with = if is_group { Versus::OtherStudents } else { Versus::OtherSchools };
        (with, Counts { numerator: all.numerator - mine.numerator, denominator: all.denominator - mine.denominator })
    }
}

/// Partitions, and for each node the partition its comparison comes from ("home"):
/// 0. a dimension's groups within a school (home of school group cells);
/// 1. a dimension's groups within the district (home of district group cells);
/// 2. a group's schools within the district;
/// 3. the schools within the district (home of whole-school cells).
fn partition(placed: &Placed, layout: &Layout) -> Partitions {
    let (ni, ns, ng) = (layout.ni(), layout.ns, layout.ng());
    let nodes = &placed.nodes;
    let (sw, sg, dw, dg) = (&placed.sw, &placed.sg, &placed.dw, &placed.dg);
    let mut p = Partitions {
        list: Vec::new(),
        buf: Vec::with_capacity(nodes.len() * 3),
        home: vec![NONE; nodes.len()],
        member_of: vec![[NO; 2]; nodes.len()],
        sums: Vec::new(),
    };
    let opt = |n: usize| (n != NONE).then_some(n);
    let mut push = |members: &mut dyn Iterator<Item = usize>, total: Option<usize>, is_home: bool| {
        let start = p.buf.len();
        p.buf.extend(members);
        if p.buf.len() == start {
            return;
        }
        let id = p.list.len();
        let mut sum = Counts::default();
        for &m in &p.buf[start..] {
            sum = sum + nodes.counts[m];
            if is_home {
                p.home[m] = id;
            }
            let slots = &mut p.member_of[m];
            match slots.iter().position(|x| *x == NO) {
                Some(k) => slots[k] = id as u32,
                None => slots[1] = MANY,
            }
        }
        p.sums.push(sum);
        p.list.push(Partition { start, end: p.buf.len(), total });
    };
    for i in 0..ni {
        for sc in 0..ns {
            let whole = opt(sw[i * ns + sc]).filter(|n| placed.valid(*n));
            for gs in &placed.used_dim_groups {
                let mut members = gs.iter().map(|g| sg[(i * ns + sc) * ng + g]).filter(|n| placed.valid(*n));
                push(&mut members, whole, true);
            }
        }
        for gs in &placed.used_dim_groups {
            let mut members = gs.iter().map(|g| dg[i * ng + g]).filter(|n| *n != NONE);
            push(&mut members, opt(dw[i]), true);
        }
        for &g in &placed.used_groups {
            let mut members = (0..ns).map(|sc| sg[(i * ns + sc) * ng + g]).filter(|n| placed.valid(*n));
            push(&mut members, opt(dg[i * ng + g]), false);
        }
        let mut members = (0..ns).map(|sc| sw[i * ns + sc]).filter(|n| placed.valid(*n));
        push(&mut members, opt(dw[i]), true);
    }
    p
}

// ---------------------------------------------------------------------------------------------
// The nodes and partitions' storage

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

// ---------------------------------------------------------------------------------------------
// 4. Complementary suppression

/// Marks a cell that belongs to more partitions than `member_of` has room for.
const MANY: u32 = u32::MAX - 1;

/// Applies complementary suppression until stable. Every partition is checked once; after that,
/// only the partitions holding a cell that has just been suppressed are checked again.
fn complementary(nodes: &mut Nodes, parts: &Partitions) {
    let partitions = &parts.list;
    let mut queue: std::collections::VecDeque<u32> = (0..partitions.len() as u32).collect();
    let mut queued = vec![true; partitions.len()];
    while let Some(p) = queue.pop_front() {
        queued[p as usize] = false;
        let p = &partitions[p as usize];
        let members = p.members(&parts.buf);
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
        match parts.member_of[changed] {
            [_, MANY] => (0..partitions.len() as u32).for_each(requeue),
            slots => slots.into_iter().filter(|q| *q != NO).for_each(requeue),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Comparisons and flags

/// Every node as a cell, with its comparison, gap and flag when it is shown, in one pass.
fn compare(nodes: &Nodes, parts: &Partitions, layout: &Layout, s: &Settings) -> Vec<CellResult> {
    let threshold = s.threshold_points / 100.0;
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
        if c.status == Status::Shown && parts.home[n] != NONE {
            let compared = match &s.comparison {
                // The default, and most of the work of a refresh: kept to one subtraction.
                Comparison::Complement => Some(parts.complement(n, c.counts, group != NO)),
                other => versus_other(n, other, nodes, parts, layout),
            };
            // A comparison that is small or invalid would reveal a small group's rate.
            let compared =
                compared.filter(|(_, v)| v.denominator >= s.min_n && v.is_valid() && c.counts.denominator > 0);
            if let Some((with, v)) = compared {
                c.versus = with;
                c.versus_counts = v;
                c.flag = flag_for(c.gap_counts(), layout.indicators[c.indicator].direction, threshold);
            }
        }
        cells.push(c);
    }
    cells
}

/// A comparison other than the complement: the home partition's total (or the sum of its
/// members), its shown member with the highest rate, or the chosen group (the complement for
/// a cell of another dimension). `None` where there is nothing to compare with.
fn versus_other(
    n: usize,
    how: &Comparison,
    nodes: &Nodes,
    parts: &Partitions,
    layout: &Layout,
) -> Option<(Versus, Counts)> {
    let partition = &parts.list[parts.home[n]];
    let members = partition.members(&parts.buf);
    let my_group = nodes.group(n);
    let shown_rate = |m: usize| rate(nodes.counts[m].numerator, nodes.counts[m].denominator);
    Some(match how {
        Comparison::Complement => parts.complement(n, nodes.counts[n], my_group.is_some()),
        Comparison::Overall => {
            let c = match partition.total {
                Some(t) if nodes.status[t] != Status::Invalid => nodes.counts[t],
                _ => members.iter().map(|m| nodes.counts[*m]).fold(Counts::default(), |a, b| a + b),
            };
            (Versus::Overall, c)
        }
        Comparison::HighestGroup => {
            let best = members
                .iter()
                .copied()
                .filter(|m| *m != n && nodes.status[*m] == Status::Shown)
                .max_by(|a, b| shown_rate(*a).partial_cmp(&shown_rate(*b)).unwrap_or(std::cmp::Ordering::Equal))?;
            (Versus::Cell(best as u32), nodes.counts[best])
        }
        Comparison::Chosen { dimension, group } => {
            let (dims, groups) = (&layout.dims, &layout.groups);
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
                None => parts.complement(n, nodes.counts[n], my_group.is_some()),
            }
        }
    })
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
