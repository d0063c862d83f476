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

/// (planted comparisons of groups of `min_group` or more that are shown with a comparison,
/// of those found as priorities, of those found under the older rule).
fn power(n: u64, min_group: u64) -> (usize, usize, usize) {
    let plants = [
        Plant { indicator: 0, group: (0, 0), points: 15.0 },
        Plant { indicator: 3, group: (0, 0), points: 15.0 },
        Plant { indicator: 4, group: (1, 0), points: 15.0 },
        Plant { indicator: 6, group: (3, 3), points: 15.0 },
    ];
    let (mut planted, mut found, mut older) = (0, 0, 0);
    for seed in 0..n {
        let mut d = district(5000 + seed, &plants);
        let a = protected(&d);
        d.settings.adjust_for_chance = false;
        let b = protected(&d);
        for (c, old) in a.cells.iter().zip(&b.cells) {
            let big = c.counts().is_some_and(|k| k.denominator >= min_group);
            if c.status == Status::Shown && c.is_compared() && big && planted_in(&a, c, &plants) {
                planted += 1;
                found += usize::from(c.flag() == Some(Flag::Priority));
                older += usize::from(old.flag() == Some(Flag::Priority));
            }
        }
    }
    (planted, found, older)
}

#[test]
fn planted_gaps_in_large_groups_are_found() {
    let n = districts().div_ceil(3);
    for min_group in [100, 200, 400] {
        let (planted, found, older) = power(n, min_group);
        let pct = |k: usize| 100.0 * k as f64 / planted.max(1) as f64;
        println!(
            "{n} districts with planted 15-point gaps, groups of {min_group} or more: {found} of {planted} found ({:.1}%; {:.1}% under the older rule)",
            pct(found),
            pct(older)
        );
    }
    let (planted, found, _) = power(n, 400);
    assert!(planted > 0);
    assert!(found as f64 >= 0.9 * planted as f64, "{found} of {planted}");
}
