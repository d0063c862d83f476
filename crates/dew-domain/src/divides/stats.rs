//! Small-sample statistics for comparing rates between groups: the Wilson score interval for
//! one proportion, Newcombe's hybrid score interval for the difference between two independent
//! proportions, and the plain disparity ratio.
//!
//! Conventions:
//! - a rate is `x` of `n` (successes of a denominator), both counts as `u64`; proportions,
//!   limits and differences are `f64` fractions (0.25, not 25 %);
//! - `z` is the two-sided standard normal quantile of the confidence level, [`Z95`] for 95 %;
//! - `None` means there is no answer to give: an empty denominator (`n == 0`), an impossible
//!   count (`x > n`) or a ratio against a zero comparison rate. Nothing here panics;
//! - differences are always "group minus comparison" (`p1 − p2`), so a negative difference
//!   means the group's rate is the lower one;
//! - interval limits are clamped to the range the quantity can take ([0, 1] for a proportion,
//!   [−1, 1] for a difference), and the limits at the edges are exact: `x == 0` gives a lower
//!   limit of exactly 0.0 and `x == n` an upper limit of exactly 1.0.

/// The two-sided 95 % standard normal quantile, Φ⁻¹(0.975).
pub const Z95: f64 = 1.959963984540054;

/// The Wilson (1927) score interval `(low, high)` for the proportion `x / n`.
///
/// `None` when `n == 0` or `x > n`. The limits are computed so that they stay accurate for very
/// large `n` (up to `u64::MAX`): the upper limit is a sum of positive terms, and the lower limit
/// is taken from the product of the two roots, `x² / (n (n + z²))`, rather than by subtracting
/// two nearly equal numbers.
pub fn wilson(x: u64, n: u64, z: f64) -> Option<(f64, f64)> {
    if n == 0 || x > n {
        return None;
    }
    let nf = n as f64;
    let xf = x as f64;
    // n − x is taken in integers so that 1 − p never loses digits to cancellation.
    let yf = (n - x) as f64;
    let z2 = z * z;
    let denom = nf + z2;
    let center = (xf + z2 / 2.0) / denom;
    let half = z * (xf * (yf / nf) + z2 / 4.0).sqrt() / denom;
    let upper_raw = center + half;
    let high = if x == n { 1.0 } else { upper_raw.clamp(0.0, 1.0) };
    let low = if x == 0 || upper_raw <= 0.0 {
        0.0
    } else {
        // The Wilson limits are the roots of (n + z²)p² − (2x + z²)p + x²/n = 0.
        let product = (xf / nf) * (xf / denom);
        (product / upper_raw).clamp(0.0, 1.0)
    };
    Some((low, high))
}

/// The proportion `x / n`; `None` when `n == 0` or `x > n`.
pub fn rate(x: u64, n: u64) -> Option<f64> {
    if n == 0 || x > n {
        return None;
    }
    Some(x as f64 / n as f64)
}

/// A difference between two proportions with its confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DiffInterval {
    /// The point difference `p1 − p2`.
    pub diff: f64,
    pub low: f64,
    pub high: f64,
}

/// The difference `x1/n1 − x2/n2` with its confidence interval by Newcombe's hybrid score method
/// (Newcombe 1998, "Interval estimation for the difference between independent proportions:
/// comparison of eleven methods", Statistics in Medicine 17:873–890, method 10).
///
/// With Wilson limits `(l1, u1)` for `p1` and `(l2, u2)` for `p2`:
/// `low = d − √((p1 − l1)² + (u2 − p2)²)` and `high = d + √((u1 − p1)² + (p2 − l2)²)`.
///
/// `None` when either denominator is 0 or either count exceeds its denominator.
pub fn newcombe_diff(x1: u64, n1: u64, x2: u64, n2: u64, z: f64) -> Option<DiffInterval> {
    let p1 = rate(x1, n1)?;
    let p2 = rate(x2, n2)?;
    let (l1, u1) = wilson(x1, n1, z)?;
    let (l2, u2) = wilson(x2, n2, z)?;
    let diff = p1 - p2;
    // Every term lies in [0, 1], so the plain root cannot overflow; `hypot`'s scaling is a
    // library call in wasm, and the analysis makes thousands of these.
    let delta = ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let epsilon = ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    Some(DiffInterval { diff, low: (diff - delta).max(-1.0), high: (diff + epsilon).min(1.0) })
}

/// The disparity ratio `p_group / p_comparison`: how many times the comparison group's rate the
/// group's rate is. `None` when the comparison rate is 0 (or either rate is not a finite number).
pub fn disparity_ratio(p_group: f64, p_comparison: f64) -> Option<f64> {
    if p_comparison == 0.0 {
        return None;
    }
    let ratio = p_group / p_comparison;
    ratio.is_finite().then_some(ratio)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOLERANCE: f64 = 1e-4;

    #[track_caller]
    fn assert_close(actual: f64, expected: f64, what: &str) {
        assert!((actual - expected).abs() < TOLERANCE, "{what}: got {actual}, expected {expected} (±{TOLERANCE})");
    }

    #[track_caller]
    fn assert_relative(actual: f64, expected: f64, tolerance: f64, what: &str) {
        let error = ((actual - expected) / expected).abs();
        assert!(error < tolerance, "{what}: got {actual:e}, expected {expected:e} (relative error {error:e})");
    }

    // Expected values computed independently from the closed form with 50-digit arithmetic
    // (Python mpmath), not from this code.
    #[test]
    fn wilson_matches_independently_computed_limits() {
        let cases: &[(u64, u64, f64, f64)] = &[
            (81, 263, 0.255289, 0.366210),
            (15, 148, 0.062386, 0.160487),
            (1, 10, 0.017876, 0.404150),
            (7, 12, 0.319511, 0.806740),
            (1, 2, 0.094531, 0.905469),
            (0, 10, 0.0, 0.277533),
            (10, 10, 0.722467, 1.0),
            (0, 50, 0.0, 0.071348),
            (0, 1, 0.0, 0.793451),
            (1, 1, 0.206549, 1.0),
        ];
        for &(x, n, low, high) in cases {
            let (l, h) = wilson(x, n, Z95).expect("n > 0");
            assert_close(l, low, &format!("wilson({x}/{n}) low"));
            assert_close(h, high, &format!("wilson({x}/{n}) high"));
        }
    }

    #[test]
    fn wilson_edges_are_exact_zero_and_one() {
        for n in [1, 2, 7, 263, 1_000_000_000_000, u64::MAX] {
            let (low, high) = wilson(0, n, Z95).unwrap();
            assert_eq!(low, 0.0, "x = 0 of {n}");
            assert!(high > 0.0 && high <= 1.0, "x = 0 of {n}: high {high}");
            let (low, high) = wilson(n, n, Z95).unwrap();
            assert_eq!(high, 1.0, "x = n = {n}");
            // For n = u64::MAX the true lower limit (1 − ~2e-19) rounds to 1.0 in f64.
            assert!(low > 0.0 && (low < 1.0 || n == u64::MAX), "x = n = {n}: low {low}");
        }
    }

    #[test]
    fn wilson_has_no_answer_for_empty_or_impossible_counts() {
        assert_eq!(wilson(0, 0, Z95), None);
        assert_eq!(wilson(3, 2, Z95), None);
        assert_eq!(rate(0, 0), None);
        assert_eq!(rate(3, 2), None);
        assert_eq!(rate(1, 4), Some(0.25));
        assert_eq!(rate(0, 4), Some(0.0));
        assert_eq!(rate(4, 4), Some(1.0));
    }

    #[test]
    fn wilson_stays_accurate_for_very_large_n() {
        let n = 1_000_000_000_000;
        // Half of 10^12: a narrow interval around 0.5, checked far tighter than 1e-4.
        let (low, high) = wilson(n / 2, n, Z95).unwrap();
        assert!((low - 0.499_999_020_018_007_7).abs() < 1e-12, "low {low}");
        assert!((high - 0.500_000_979_981_992_3).abs() < 1e-12, "high {high}");
        // One in 10^12: both limits are tiny and must keep their relative precision.
        let (low, high) = wilson(1, n, Z95).unwrap();
        assert_relative(low, 1.765_245_549_351_747_6e-13, 1e-9, "1/10^12 low");
        assert_relative(high, 5.664_934_265_736_51e-12, 1e-9, "1/10^12 high");
        let (_, high) = wilson(0, n, Z95).unwrap();
        assert_relative(high, 3.841_458_820_679_368_2e-12, 1e-9, "0/10^12 high");
        // All but one of 10^12.
        let (low, high) = wilson(n - 1, n, Z95).unwrap();
        assert!((low - 0.999_999_999_994_335_1).abs() < 1e-14, "low {low}");
        assert!((high - 0.999_999_999_999_823_5).abs() < 1e-14, "high {high}");
        // The largest denominator there is still gives a finite interval around the rate.
        let (low, high) = wilson(u64::MAX / 2, u64::MAX, Z95).unwrap();
        assert!(low.is_finite() && high.is_finite());
        assert!(low < 0.5 && 0.5 < high && high - low < 1e-8, "({low}, {high})");
    }

    // Newcombe (1998) Table II, method 10. The expected limits were recomputed from the
    // definition with 50-digit arithmetic and rounded to 4 decimals.
    #[test]
    fn newcombe_reproduces_the_papers_method_10_examples() {
        let cases: &[(&str, u64, u64, u64, u64, f64, f64)] = &[
            ("a", 56, 70, 48, 80, 0.0524, 0.3339),
            ("b", 9, 10, 3, 10, 0.1705, 0.8090),
            ("c", 6, 7, 2, 7, 0.0582, 0.8062),
            ("d", 5, 56, 0, 29, -0.0381, 0.1926),
            ("e", 0, 10, 0, 20, -0.1611, 0.2775),
            ("f", 0, 10, 0, 10, -0.2775, 0.2775),
            ("g", 10, 10, 0, 20, 0.6791, 1.0),
            ("h", 10, 10, 0, 10, 0.6075, 1.0),
        ];
        for &(label, x1, n1, x2, n2, low, high) in cases {
            let interval = newcombe_diff(x1, n1, x2, n2, Z95).expect("denominators > 0");
            let expected_diff = x1 as f64 / n1 as f64 - x2 as f64 / n2 as f64;
            assert_close(interval.diff, expected_diff, &format!("({label}) diff"));
            assert_close(interval.low, low, &format!("({label}) {x1}/{n1} − {x2}/{n2} low"));
            assert_close(interval.high, high, &format!("({label}) {x1}/{n1} − {x2}/{n2} high"));
        }
    }

    #[test]
    fn newcombe_has_no_answer_when_either_group_is_empty() {
        assert_eq!(newcombe_diff(0, 0, 1, 2, Z95), None);
        assert_eq!(newcombe_diff(1, 2, 0, 0, Z95), None);
        assert_eq!(newcombe_diff(0, 0, 0, 0, Z95), None);
        assert_eq!(newcombe_diff(3, 2, 1, 2, Z95), None);
    }

    #[test]
    fn swapping_groups_negates_the_interval() {
        let cases: &[(u64, u64, u64, u64)] =
            &[(56, 70, 48, 80), (9, 10, 3, 10), (5, 56, 0, 29), (0, 10, 0, 20), (10, 10, 0, 20), (1, 3, 2, 3)];
        for &(x1, n1, x2, n2) in cases {
            let forward = newcombe_diff(x1, n1, x2, n2, Z95).unwrap();
            let backward = newcombe_diff(x2, n2, x1, n1, Z95).unwrap();
            let what = format!("{x1}/{n1} vs {x2}/{n2}");
            assert_close(backward.diff, -forward.diff, &format!("{what} diff"));
            assert_close(backward.low, -forward.high, &format!("{what} low"));
            assert_close(backward.high, -forward.low, &format!("{what} high"));
        }
    }

    #[test]
    fn interval_contains_the_difference_and_stays_within_minus_one_to_one() {
        for n1 in 1..=12 {
            for n2 in 1..=12 {
                for x1 in 0..=n1 {
                    for x2 in 0..=n2 {
                        let i = newcombe_diff(x1, n1, x2, n2, Z95).unwrap();
                        let what = format!("{x1}/{n1} − {x2}/{n2}: {i:?}");
                        assert!(i.low <= i.diff && i.diff <= i.high, "{what}");
                        assert!(-1.0 <= i.low && i.high <= 1.0, "{what}");
                        assert!(i.low.is_finite() && i.high.is_finite(), "{what}");
                    }
                }
            }
        }
    }

    #[test]
    fn disparity_ratio_divides_group_by_comparison() {
        let cases: &[(f64, f64, Option<f64>)] = &[
            (0.30, 0.60, Some(0.5)),
            (0.60, 0.30, Some(2.0)),
            (0.25, 0.25, Some(1.0)),
            (0.0, 0.40, Some(0.0)),
            (0.30, 0.0, None),
            (0.0, 0.0, None),
        ];
        for &(group, comparison, expected) in cases {
            let actual = disparity_ratio(group, comparison);
            match (actual, expected) {
                (Some(a), Some(e)) => assert_close(a, e, &format!("{group} / {comparison}")),
                _ => assert_eq!(actual, expected, "{group} / {comparison}"),
            }
        }
    }
}
