//! The adjustment for chance (`divides::multiplicity`), tested by simulation on generated
//! districts, through the same protected view the pages show:
//! - districts with no real gap (every student meets each indicator with the same
//!   probability, whatever their school or group): how many show any priority at all;
//! - the same districts under the older rule (each gap's 95% interval excludes zero, no
//!   adjustment), which this replaces;
//! - districts with planted gaps: how many of the planted gaps are found.
//!
//! `cargo test` runs a small number of districts (`DEW_SIM_DISTRICTS`, 40 unless set);
//! `scripts/simulate-chance` runs 500 of each kind in release and prints the rates.

use dew_domain::assessment::content::Divide;
use dew_domain::divides::analysis::{Analysis, CellResult, Flag, Status};
use dew_domain::divides::model::{builtin_indicators, CellKey, Counts, DivideData, School};
use dew_domain::divides::protect::protected;
use dew_domain::divides::statements::statements;

/// xorshift64*: a small, fast, seeded generator, so every run sees the same districts.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
    /// An index drawn with the given shares (which add up to 1).
    fn pick(&mut self, shares: &[f64]) -> usize {
        let mut u = self.next();
        for (i, s) in shares.iter().enumerate() {
            if u < *s {
                return i;
            }
            u -= s;
        }
        shares.len() - 1
    }
}

/// The built-in dimensions that a student belongs to, with shares like a mid-sized US district's.
const DIMENSIONS: [(&str, &[(&str, f64)]); 4] = [
    ("econ", &[("yes", 0.52), ("no", 0.48)]),
    ("el", &[("yes", 0.12), ("no", 0.88)]),
    ("swd", &[("yes", 0.14), ("no", 0.86)]),
    (
        "race",
        &[
            ("aian", 0.01),
            ("asian", 0.06),
            ("black", 0.14),
            ("hispanic", 0.30),
            ("nhpi", 0.005),
            ("white", 0.42),
            ("multi", 0.065),
        ],
    ),
];

/// A gap planted for one group: every student of `group` (dimension index, group index) meets
/// indicator `indicator` with a probability lower by `points` than everyone else's.
#[derive(Clone, Copy)]
struct Plant {
    indicator: usize,
    group: (usize, usize),
    points: f64,
}

/// One district: 12 schools of 250 to 900 students, each indicator answered by 60% to 85% of
/// them, every student in one group of each dimension. Student-group indicators are tallied by
/// school and group; the teacher and observation indicators (design divide, observed active use)
/// by school only, from 20 to 60 respondents.
fn district(seed: u64, plants: &[Plant]) -> DivideData {
    let mut rng = Rng::new(seed);
    let mut d = DivideData::default();
    let schools: Vec<(String, u64)> = (0..12).map(|s| (format!("s{s}"), 250 + (rng.next() * 650.0) as u64)).collect();
    for (id, _) in &schools {
        d.schools.push(School { id: id.clone(), name: format!("School {id}") });
    }
    for (k, ind) in builtin_indicators().into_iter().enumerate() {
        let rate = 0.35 + rng.next() * 0.55;
        let groups = ind.divide != Divide::Design && ind.id != "active-use-observed";
        for (school, enrolled) in &schools {
            let mut cells: std::collections::BTreeMap<CellKey, Counts> = Default::default();
            let mut put = |group: Option<(&str, &str)>, met: bool| {
                let key = CellKey {
                    indicator: ind.id.as_str().into(),
                    school: school.as_str().into(),
                    group: group.map(|(a, b)| (a.into(), b.into())),
                };
                let c = cells.entry(key).or_default();
                c.denominator += 1;
                c.numerator += u64::from(met);
            };
            if !groups {
                for _ in 0..20 + (rng.next() * 40.0) as u64 {
                    let met = rng.next() < rate;
                    put(None, met);
                }
            } else {
                let answered = (*enrolled as f64 * (0.60 + rng.next() * 0.25)) as u64;
                for _ in 0..answered {
                    let member: Vec<usize> =
                        DIMENSIONS.iter().map(|(_, g)| rng.pick(&g.iter().map(|x| x.1).collect::<Vec<_>>())).collect();
                    let lower: f64 = plants
                        .iter()
                        .filter(|p| p.indicator == k && member[p.group.0] == p.group.1)
                        .map(|p| p.points / 100.0)
                        .sum();
                    let met = rng.next() < rate - lower;
                    put(None, met);
                    for (di, (dim, groups)) in DIMENSIONS.iter().enumerate() {
                        put(Some((dim, groups[member[di]].0)), met);
                    }
                }
            }
            d.cells_mut().extend(cells);
        }
    }
    d
}

fn priorities(a: &Analysis) -> usize {
    a.cells.iter().filter(|c| c.flag() == Some(Flag::Priority)).count()
}

fn compared(a: &Analysis) -> usize {
    a.cells.iter().filter(|c| c.is_compared()).count()
}

fn districts() -> u64 {
    std::env::var("DEW_SIM_DISTRICTS").ok().and_then(|v| v.parse().ok()).unwrap_or(40)
}

/// (districts with any priority under the adjustment, the same under the older rule, the
/// comparisons made per district on average).
fn null_rates(n: u64) -> (f64, f64, f64) {
    let (mut adjusted, mut unadjusted, mut weighed) = (0, 0, 0);
    for seed in 0..n {
        let mut d = district(1000 + seed, &[]);
        let a = protected(&d);
        weighed += compared(&a);
        adjusted += usize::from(priorities(&a) > 0);
        d.settings.adjust_for_chance = false;
        unadjusted += usize::from(priorities(&protected(&d)) > 0);
    }
    let n = n as f64;
    (adjusted as f64 / n, unadjusted as f64 / n, weighed as f64 / n)
}

#[test]
fn with_no_real_gap_at_most_five_percent_of_districts_show_a_priority() {
    let n = districts();
    let (adjusted, unadjusted, weighed) = null_rates(n);
    println!(
        "{n} districts with no real gap, {weighed:.0} comparisons each: any priority in {:.1}% adjusted, {:.1}% under the older rule",
        adjusted * 100.0,
        unadjusted * 100.0
    );
    assert!((800.0..=1600.0).contains(&weighed), "about a thousand comparisons a district: {weighed}");
    assert!(adjusted <= 0.05, "adjusted: {adjusted}");
    // The older rule fails the same test: most districts with no gap showed priorities.
    assert!(unadjusted > 0.5, "older rule: {unadjusted}");
}

/// Whether `c` is the comparison of a planted gap's group, at a school or the district.
fn planted_in(a: &Analysis, c: &CellResult, plants: &[Plant]) -> bool {
    let Some((dim, group)) = a.group(c) else { return false };
    plants.iter().any(|p| {
        let (d, gs) = DIMENSIONS[p.group.0];
        a.indicators[c.indicator].id == builtin_indicators()[p.indicator].id && dim == d && group == gs[p.group.1].0
    })
}

/// Group sizes the power is reported for.
const SIZES: [u64; 3] = [100, 200, 400];

/// What the planted districts showed.
#[derive(Default)]
struct Power {
    /// Per size in `SIZES`: planted comparisons of groups of that size or more shown with a
    /// comparison (at a school or district-wide), found as priorities, found under the older rule.
    by_size: [(usize, usize, usize); 3],
    /// Planted gaps as a district plants them, one per group and indicator: how many, how many
    /// found as a district-wide priority, and how many have a WHO-needs-WHAT statement.
    gaps: (usize, usize, usize),
}

fn power(n: u64) -> Power {
    // Economically disadvantaged students behind on dedicated-device and
    // home-internet-sufficient, English learners on broadband-benchmark, Hispanic students on
    // create-weekly (indices into `builtin_indicators` and `DIMENSIONS`).
    let plants = [
        Plant { indicator: 0, group: (0, 0), points: 15.0 },
        Plant { indicator: 3, group: (0, 0), points: 15.0 },
        Plant { indicator: 4, group: (1, 0), points: 15.0 },
        Plant { indicator: 7, group: (3, 3), points: 15.0 },
    ];
    let mut p = Power::default();
    for seed in 0..n {
        let mut d = district(5000 + seed, &plants);
        let a = protected(&d);
        d.settings.adjust_for_chance = false;
        let b = protected(&d);
        for (c, old) in a.cells.iter().zip(&b.cells) {
            if !(c.status == Status::Shown && c.is_compared() && planted_in(&a, c, &plants)) {
                continue;
            }
            let n = c.counts().map_or(0, |k| k.denominator);
            for (k, size) in SIZES.iter().enumerate() {
                if n >= *size {
                    let row = &mut p.by_size[k];
                    row.0 += 1;
                    row.1 += usize::from(c.flag() == Some(Flag::Priority));
                    row.2 += usize::from(old.flag() == Some(Flag::Priority));
                }
            }
        }
        let ids: Vec<String> = statements(&a).iter().map(|s| s.id(&a)).collect();
        for plant in &plants {
            let (dim, groups) = DIMENSIONS[plant.group.0];
            let group = groups[plant.group.1].0;
            let indicator = builtin_indicators()[plant.indicator].id.clone();
            let i = a.indicators.iter().position(|x| x.id == indicator).unwrap();
            p.gaps.0 += 1;
            let district = a.find(i, None, Some((dim, group)));
            p.gaps.1 += usize::from(district.is_some_and(|c| c.flag() == Some(Flag::Priority)));
            p.gaps.2 += usize::from(ids.contains(&format!("group:{dim}:{group}@{indicator}")));
        }
    }
    p
}

/// Planted gaps: a group's students are 15 points less likely to meet an indicator at every
/// school. Every planted gap (a group of hundreds district-wide) must be found, as a district
/// priority and as a statement, in at least 90% of districts. The same gap seen school by
/// school, in groups of tens to hundreds, is reported by group size: groups of 400 or more must
/// be found 90% of the time too; smaller ones are printed (see the note in issue 25).
#[test]
fn planted_gaps_in_large_groups_are_found() {
    let n = districts().div_ceil(3);
    let p = power(n);
    let pct = |k: usize, of: usize| 100.0 * k as f64 / of.max(1) as f64;
    let (gaps, district, stated) = p.gaps;
    println!(
        "{n} districts with planted 15-point gaps: {gaps} gaps, found as a district priority {:.1}%, as a statement {:.1}%",
        pct(district, gaps),
        pct(stated, gaps)
    );
    for (size, (planted, found, older)) in SIZES.iter().zip(p.by_size) {
        println!(
            "  comparisons of groups of {size} or more: {found} of {planted} found ({:.1}%; {:.1}% under the older rule)",
            pct(found, planted),
            pct(older, planted)
        );
    }
    assert!(district as f64 >= 0.9 * gaps as f64, "{district} of {gaps} as district priorities");
    assert!(stated as f64 >= 0.9 * gaps as f64, "{stated} of {gaps} as statements");
    let (planted, found, _) = p.by_size[2];
    assert!(planted > 0);
    assert!(found as f64 >= 0.9 * planted as f64, "{found} of {planted}");
}
