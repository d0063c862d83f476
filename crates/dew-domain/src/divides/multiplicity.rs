//! Guarding the flags against chance. A district's Divides page makes about a thousand
//! comparisons; at 95% each, a district with no real gap at all would still show dozens of
//! "priorities". So a gap is a priority only if it survives the Benjamini–Hochberg procedure
//! (Benjamini and Hochberg, "Controlling the false discovery rate: a practical and powerful
//! approach to multiple testing", JRSS B 57(1), 1995) at a false-discovery rate of 5%, applied
//! across every comparison the protected view shows:
//!
//! - each comparison gets the one-sided p-value of the two-proportion score test (pooled
//!   variance, with Yates's continuity correction) that the group is behind its comparison in
//!   the indicator's bad direction (a group ahead of its comparison is never flagged, so the
//!   test looks one way only). Without the correction the normal approximation is too
//!   generous in the far tail for groups of 10 to 30, and the simulation found 5.4% of null
//!   districts with a priority; with it, fewer than 5%;
//! - the p-values are sorted, p(1) ≤ … ≤ p(m); the largest k with p(k) ≤ k·q/m is found, and the
//!   k smallest are "discoveries";
//! - a priority is a gap at or beyond the threshold that is a discovery (its 95% interval, as
//!   shown, excludes zero too: the discoveries are a subset whenever the family is large); a
//!   watch is a gap at or beyond the threshold that is not.
//!
//! When no gap is real, every discovery is false, so the rate of districts showing any priority
//! is the false-discovery rate itself: at most 5% (tests/multiplicity_sim.rs measures it over
//! generated districts). Under the older rule (the 95% interval of each gap excludes zero,
//! with no adjustment) most such districts showed priorities.
//!
//! Only figures the protected view publishes enter: the comparisons left after protection,
//! each made of the published counts of its cell and its comparison.

use super::analysis::{Adjustment, Analysis, Flag};
use super::model::Direction;

/// The false-discovery rate the adjustment holds the priorities to.
pub const FDR: f64 = 0.05;

/// The standard normal distribution function.
fn phi(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

/// The one-sided p-value of the score test that a group with `x1` of `n1` meeting the indicator
/// is behind its comparison with `x2` of `n2`, "behind" meaning lower when higher is better and
/// higher when lower is better. The gap is moved half a respondent on each side towards zero
/// (Yates's continuity correction) before it is divided by its standard error. 1 when there is
/// no evidence either way (no respondents, or every respondent on both sides gave the same
/// answer).
pub fn behind_p(x1: u64, n1: u64, x2: u64, n2: u64, direction: Direction) -> f64 {
    if n1 == 0 || n2 == 0 {
        return 1.0;
    }
    let (n1f, n2f) = (n1 as f64, n2 as f64);
    let pooled = (x1 + x2) as f64 / (n1f + n2f);
    let var = pooled * (1.0 - pooled) * (1.0 / n1f + 1.0 / n2f);
    if var <= 0.0 {
        return 1.0;
    }
    let gap = x1 as f64 / n1f - x2 as f64 / n2f;
    let correction = 0.5 * (1.0 / n1f + 1.0 / n2f);
    match direction {
        Direction::HigherIsBetter => phi((gap + correction) / var.sqrt()),
        Direction::LowerIsBetter => phi(-(gap - correction) / var.sqrt()),
    }
}

/// Benjamini–Hochberg adjusted p-values ("q-values"), in the order of `p`: the smallest
/// false-discovery rate at which each hypothesis would be a discovery. A hypothesis is a
/// discovery at rate `q` exactly when its adjusted value is at most `q`.
pub fn bh_adjusted(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|a, b| p[*a].total_cmp(&p[*b]));
    let mut adjusted = vec![1.0; m];
    // From the largest p down: q(i) = min over j ≥ i of p(j)·m/j, capped at 1.
    let mut running = 1.0f64;
    for (rank0, &i) in order.iter().enumerate().rev() {
        let k = (rank0 + 1) as f64;
        running = running.min(p[i] * m as f64 / k).min(1.0);
        adjusted[i] = running;
    }
    adjusted
}

/// Flags `a`'s comparisons with the adjustment (see the module's rule): a priority stays one only
/// if its adjusted p-value is at most [`FDR`]; otherwise it becomes a watch. Gaps short of the
/// threshold keep no flag. `a` is the protected view: comparisons withheld by
/// protection are not weighed.
pub fn adjust(a: &mut Analysis) {
    let compared: Vec<usize> = (0..a.cells.len()).filter(|c| a.cells[*c].is_compared()).collect();
    let p: Vec<f64> = compared
        .iter()
        .map(|c| {
            let cell = &a.cells[*c];
            let [x1, n1, x2, n2] = cell.gap_counts();
            behind_p(x1, n1, x2, n2, a.indicators[cell.indicator].direction)
        })
        .collect();
    let adjusted = bh_adjusted(&p);
    a.q = vec![f32::NAN; a.cells.len()];
    for (c, qv) in compared.iter().zip(&adjusted) {
        a.q[*c] = *qv as f32;
        let cell = &mut a.cells[*c];
        if cell.flag == Some(Flag::Priority) && *qv > FDR {
            cell.flag = Some(Flag::Watch);
        }
    }
    let discoveries = adjusted.iter().filter(|q| **q <= FDR).count();
    a.adjustment = Some(Adjustment { family: compared.len(), discoveries });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    /// Hand-worked: 30 of 100 against 50 of 100. Pooled rate 0.4; variance
    /// 0.4·0.6·(1/100 + 1/100) = 0.0048, standard error 0.069282; correction ½(1/100 + 1/100) =
    /// 0.01; z = (−0.2 + 0.01)/0.069282 = −2.7424; Φ(−2.7424) = 0.003049.
    #[test]
    fn score_test_by_hand() {
        let p = behind_p(30, 100, 50, 100, Direction::HigherIsBetter);
        assert!(close(p, 0.003049, 2e-6), "{p}");
        // The same gap where lower is better: the group is ahead; z = (0.2 + 0.01)/0.069282.
        let q = behind_p(30, 100, 50, 100, Direction::LowerIsBetter);
        assert!(close(q, 0.998782, 2e-6), "{q}");
        // Equal rates, 40 of 100 against 20 of 50: z = 0.015/0.084853, p = Φ(0.1768) = 0.5702.
        assert!(close(behind_p(40, 100, 20, 50, Direction::HigherIsBetter), 0.570158, 2e-6));
        assert_eq!(behind_p(0, 100, 0, 50, Direction::HigherIsBetter), 1.0);
        assert_eq!(behind_p(3, 0, 10, 50, Direction::HigherIsBetter), 1.0);
    }

    /// Hand-worked (m = 5): sorted p 0.001, 0.008, 0.039, 0.041, 0.6. p·m/k: 0.005, 0.02,
    /// 0.065, 0.05125, 0.6; running minimum from the top: 0.005, 0.02, 0.05125, 0.05125, 0.6.
    /// At 5% the first two are discoveries, and 0.039 is not, though it is below 0.05.
    #[test]
    fn benjamini_hochberg_by_hand() {
        let p = [0.041, 0.001, 0.6, 0.039, 0.008];
        let q = bh_adjusted(&p);
        let want = [0.05125, 0.005, 0.6, 0.05125, 0.02];
        for (got, want) in q.iter().zip(want) {
            assert!(close(*got, want, 1e-12), "{q:?}");
        }
        let discoveries = q.iter().filter(|q| **q <= FDR).count();
        assert_eq!(discoveries, 2);
        assert!(bh_adjusted(&[]).is_empty());
        assert_eq!(bh_adjusted(&[0.3]), vec![0.3]);
    }

    /// Three schools, economically disadvantaged students or not. At s1, 30 of 100 against 45 of
    /// 100: a 15-point gap whose 95% interval excludes zero, one-sided p = Φ(−0.14/0.068465) =
    /// Φ(−2.0448) = 0.0204. Alone it would be a priority; weighed with the page's other
    /// comparisons (every other group and school is at 45%) its adjusted p-value is 0.0204·m,
    /// well above 0.05: a watch.
    #[test]
    fn a_lone_marginal_gap_among_many_comparisons_is_a_watch() {
        use crate::divides::model::{CellKey, Counts, DivideData, School};
        use crate::divides::protect::protected;
        let mut d = DivideData::default();
        let key = |s: &str, g: Option<&str>| CellKey {
            indicator: "home-internet".into(),
            school: s.into(),
            group: g.map(|g| ("econ".into(), g.into())),
        };
        for (s, yes) in [("s1", 30), ("s2", 45), ("s3", 45)] {
            d.schools.push(School { id: s.into(), name: s.into() });
            d.cells_mut().insert(key(s, Some("yes")), Counts { numerator: yes, denominator: 100 });
            d.cells_mut().insert(key(s, Some("no")), Counts { numerator: 45, denominator: 100 });
            d.cells_mut().insert(key(s, None), Counts { numerator: yes + 45, denominator: 200 });
        }
        let a = protected(&d);
        let i = a.indicators.iter().position(|x| x.id == "home-internet").unwrap();
        let cell = a.find(i, Some("s1"), Some(("econ", "yes"))).unwrap();
        let m = a.adjustment.unwrap().family;
        assert!(m >= 8, "every shown comparison is weighed: {m}");
        let q = a.q_value(cell).unwrap();
        assert_eq!(a.q_value(&cell.clone()), None, "only a cell of this analysis has one");
        assert!(close(q, 0.0204 * m as f64, 0.001 * m as f64), "q {q}, m {m}");
        assert_eq!(cell.flag(), Some(Flag::Watch));
        // Without the adjustment (a team matching an older report) it is a priority.
        d.settings.adjust_for_chance = false;
        let a = protected(&d);
        let cell = a.find(i, Some("s1"), Some(("econ", "yes"))).unwrap();
        assert_eq!((cell.flag(), a.q_value(cell), a.adjustment), (Some(Flag::Priority), None, None));
    }
}
