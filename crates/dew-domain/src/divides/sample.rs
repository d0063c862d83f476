//! The sample district's divide data: twelve fictional schools, every built-in indicator,
//! realistic uneven gaps (economically disadvantaged students and English learners further from
//! home access; two schools behind on active use), and some small groups so that suppression
//! and complementary suppression visibly happen.

use super::model::{builtin_indicators, CellKey, Counts, DivideData, School};
use crate::assessment::content::Divide;

const SCHOOLS: [(&str, &str, u64); 12] = [
    ("lincoln-elementary", "Lincoln Elementary", 420),
    ("riverside-elementary", "Riverside Elementary", 380),
    ("oak-hill-elementary", "Oak Hill Elementary", 510),
    ("cedar-creek-elementary", "Cedar Creek Elementary", 290),
    ("mesa-verde-elementary", "Mesa Verde Elementary", 460),
    ("pine-ridge-elementary", "Pine Ridge Elementary", 160),
    ("jefferson-middle", "Jefferson Middle", 640),
    ("eastside-middle", "Eastside Middle", 580),
    ("canyon-middle", "Canyon Middle", 350),
    ("riverbend-high", "Riverbend High", 1150),
    ("valley-high", "Valley High", 940),
    ("north-star-academy", "North Star Academy", 120),
];

/// A small deterministic generator, so the sample is the same on every device.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64) / ((1u64 << 53) as f64)
    }
    fn around(&mut self, x: f64, spread: f64) -> f64 {
        x + (self.next() - 0.5) * 2.0 * spread
    }
}

/// Splits `n` by `shares` (which sum to about 1); the last part takes the remainder.
fn split(n: u64, shares: &[f64]) -> Vec<u64> {
    let mut out: Vec<u64> = shares.iter().map(|s| (n as f64 * s).floor() as u64).collect();
    let used: u64 = out[..out.len() - 1].iter().sum();
    if let Some(last) = out.last_mut() {
        *last = n.saturating_sub(used);
    }
    out
}

fn count(den: u64, rate: f64) -> u64 {
    ((den as f64) * rate.clamp(0.0, 1.0)).round() as u64
}

pub fn data() -> DivideData {
    let mut d = DivideData::default();
    let mut rng = Lcg(2026);
    for (id, name, _) in SCHOOLS {
        d.schools.push(School { id: id.into(), name: name.into() });
    }
    for (k, ind) in builtin_indicators().into_iter().enumerate() {
        // District base rate per indicator, and how much lower disadvantaged groups sit.
        let base = [0.82, 0.74, 0.86, 0.71, 0.52, 0.78, 0.38, 0.55, 0.47, 0.58, 0.64, 0.69][k];
        let student_groups = ind.divide != Divide::Design && ind.id != "active-use-observed";
        for (si, (school, _, enrolled)) in SCHOOLS.iter().enumerate() {
            let put = |d: &mut DivideData, group: Option<(&str, &str)>, n: u64, den: u64| {
                let key = CellKey {
                    indicator: ind.id.as_str().into(),
                    school: (*school).into(),
                    group: group.map(|(a, b)| (a.into(), b.into())),
                };
                d.cells_mut().insert(key, Counts { numerator: n, denominator: den });
            };
            // Two schools lag on active use; North Star is small and strong.
            let school_effect = match (ind.divide, si) {
                (Divide::Use, 7) | (Divide::Use, 9) => -0.16,
                (_, 11) => 0.05,
                _ => rng.around(0.0, 0.05),
            };
            if !student_groups {
                let den = if ind.divide == Divide::Design { (enrolled / 16).max(8) } else { (enrolled / 12).max(6) };
                let n = count(den, rng.around(base + school_effect, 0.04));
                put(&mut d, None, n, den);
                continue;
            }
            let den = (*enrolled as f64 * rng.around(0.72, 0.08)) as u64;
            let econ_share = [0.62, 0.71, 0.35, 0.55, 0.48, 0.66, 0.58, 0.69, 0.41, 0.52, 0.39, 0.30][si];
            let econ_gap = if ind.divide == Divide::Access { 0.17 } else { 0.08 };
            let econ = split(den, &[econ_share, 1.0 - econ_share]);
            let econ_n = [
                count(econ[0], rng.around(base + school_effect - econ_gap * (1.0 - econ_share), 0.03)),
                count(econ[1], rng.around(base + school_effect + econ_gap * econ_share, 0.03)),
            ];
            let whole_n: u64 = econ_n.iter().sum();
            put(&mut d, None, whole_n, den);
            put(&mut d, Some(("econ", "yes")), econ_n[0], econ[0]);
            put(&mut d, Some(("econ", "no")), econ_n[1], econ[1]);
            // Other dimensions: group rates around the school's, the last group takes whatever
            // keeps the dimension's total equal to the school's.
            let el_share = [0.18, 0.24, 0.08, 0.12, 0.21, 0.05, 0.15, 0.19, 0.06, 0.11, 0.09, 0.04][si];
            let el_gap =
                if ind.id == "home-internet-sufficient" || ind.id == "broadband-benchmark" { 0.22 } else { 0.07 };
            // (dimension, [(group, share, rate offset)])
            type Groups<'a> = Vec<(&'a str, f64, f64)>;
            let dims: [(&str, Groups); 3] = [
                ("el", vec![("yes", el_share, -el_gap), ("no", 1.0 - el_share, 0.0)]),
                ("swd", vec![("yes", 0.13, -0.06), ("no", 0.87, 0.0)]),
                (
                    "race",
                    vec![
                        ("aian", 0.012, -0.10),
                        ("asian", 0.07, 0.04),
                        ("black", 0.11, -0.06),
                        ("hispanic", 0.36, -0.08),
                        ("nhpi", 0.006, -0.02),
                        ("multi", 0.05, 0.0),
                        ("white", 0.392, 0.0),
                    ],
                ),
            ];
            let rate = whole_n as f64 / den.max(1) as f64;
            for (dim, groups) in dims {
                let shares: Vec<f64> = groups.iter().map(|g| g.1).collect();
                let dens = split(den, &shares);
                let mut nums: Vec<u64> =
                    groups.iter().zip(&dens).map(|(g, dn)| count(*dn, rng.around(rate + g.2, 0.03))).collect();
                let last = nums.len() - 1;
                let others: u64 = nums[..last].iter().sum();
                nums[last] = whole_n.saturating_sub(others).min(dens[last]);
                for ((g, dn), n) in groups.iter().zip(&dens).zip(&nums) {
                    put(&mut d, Some((dim, g.0)), *n, *dn);
                }
            }
        }
    }
    d
}

/// The sample district's previous year: the same schools and groups with somewhat lower rates
/// (every numerator cut by a tenth), so trends have somewhere to come from.
pub fn earlier_data() -> DivideData {
    let mut d = data();
    for c in d.cells_mut().values_mut() {
        c.numerator = c.numerator * 9 / 10;
    }
    d
}

/// A synthetic district for benchmarks: `schools` schools, one grouping of `groups` groups,
/// and `indicators` indicators (the built-in ones, then custom ones), every cell filled. A test
/// fixture (the `fixtures` feature), not part of the app.
#[cfg(any(test, feature = "fixtures"))]
pub fn synthetic(schools: usize, groups: usize, indicators: usize) -> DivideData {
    use super::model::{Dimension, Direction, DivideIndicator, Group};
    let mut d = DivideData::default();
    let mut rng = Lcg(7);
    d.custom_dimensions.push(Dimension {
        id: "custom-bench".into(),
        name: "Benchmark groups".into(),
        groups: (0..groups).map(|g| Group { id: format!("g{g}"), name: format!("Group {g}") }).collect(),
        builtin: false,
    });
    let mut ids: Vec<String> = builtin_indicators().into_iter().map(|i| i.id).take(indicators).collect();
    for k in ids.len()..indicators {
        let id = format!("custom-bench-{k}");
        d.custom_indicators.push(DivideIndicator {
            id: id.clone(),
            name: format!("Benchmark indicator {k}"),
            divide: Divide::Use,
            numerator: "n".into(),
            denominator: "d".into(),
            direction: Direction::HigherIsBetter,
            source: "synthetic".into(),
            builtin: false,
        });
        ids.push(id);
    }
    for s in 0..schools {
        d.schools.push(School { id: format!("s{s}"), name: format!("School {s}") });
    }
    // Shared ids, as a workspace read from storage has them.
    let dim: super::model::Id = "custom-bench".into();
    let group_ids: Vec<super::model::Id> = (0..groups).map(|g| format!("g{g}").into()).collect();
    let school_ids: Vec<super::model::Id> = (0..schools).map(|s| format!("s{s}").into()).collect();
    for ind in &ids {
        let ind: super::model::Id = ind.as_str().into();
        for school in &school_ids {
            let mut total = Counts::default();
            for (g, gid) in group_ids.iter().enumerate() {
                let den = 5 + (rng.next() * 120.0) as u64;
                let num = count(den, rng.around(0.6 - g as f64 * 0.03, 0.2));
                let c = Counts { numerator: num, denominator: den };
                total = total + c;
                let key =
                    CellKey { indicator: ind.clone(), school: school.clone(), group: Some((dim.clone(), gid.clone())) };
                d.cells_mut().insert(key, c);
            }
            d.cells_mut().insert(CellKey { indicator: ind.clone(), school: school.clone(), group: None }, total);
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::analysis::{analyse, Flag, Status};
    use crate::divides::findings::findings;

    #[test]
    fn sample_shows_suppression_complements_and_findings_of_both_kinds() {
        let d = data();
        assert_eq!(d.schools.len(), 12);
        assert!(d.cells.values().all(Counts::is_valid));
        let a = analyse(&d);
        let count = |s: Status| a.cells.iter().filter(|c| c.status == s).count();
        assert!(count(Status::Suppressed) > 0);
        assert!(count(Status::ComplementarySuppressed) > 0);
        let f = findings(&a);
        assert!(f.iter().any(|x| x.flag == Flag::Priority));
        assert!(f.iter().any(|x| x.flag == Flag::Watch));
        for ind in builtin_indicators() {
            assert!(d.cells.keys().any(|k| *k.indicator == *ind.id), "{}", ind.id);
        }
    }
}
