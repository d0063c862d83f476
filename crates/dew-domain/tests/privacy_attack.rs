//! An attacker on the published divide statistics, written independently of
//! `src/divides/protect.rs` (only `protected` is called, to make the view under attack).
//!
//! The attacker reads the findings CSV (`export::findings_csv`) and what a reader knows publicly (the
//! `Structure`: schools, dimensions and groups, `min_n`, which cells exist and which are empty,
//! and that groups add up to their school and schools to the district), then:
//! 1. parses what is published: shown counts; coded rates as bands (`<=0.05` / `>=0.95`);
//!    suppression labels as bounds (primary: 1 ≤ n ≤ min_n − 1; complementary: n ≥ min_n);
//! 2. back-solves every printed comparison from its printed precision: the integer pairs
//!    (x', n') that reproduce the comparison rate, gap, Newcombe interval and ratio to six
//!    decimals; a unique pair is a published count of the compared population ("other
//!    students", "overall", a group, a school), which is a linear expression of the cells;
//! 3. eliminates exactly (rationals over i128) over every equality, to find every hidden
//!    quantity that is determined;
//! 4. bounds the rest with linear programs (microlp): 0 ≤ x ≤ n, labels, coding bands, the
//!    rate bands of comparisons, rounding inwards to integers.
//!
//! Steps 2–4 are iterated: bounds from step 4 can make a comparison's pair unique.
//!
//! A view leaks when the attacker determines a hidden count exactly (n, x or n − x of a
//! hidden cell, x of a coded cell), when a primary cell (1 ≤ n < min_n) is shown or labelled
//! complementary, or when a primary cell's n range no longer contains
//! [max(1, n − p), min(min_n − 1, n + p)], p = max(1, ⌈protection_percent × n / 100⌉) — judged
//! within the range that no publication can avoid giving away: the structure and the cells'
//! kinds (with empty cells public, a cell split into k non-empty groups has n ≥ k; a primary
//! school of n ≤ min_n − 1 with another non-empty group caps a group at min_n − 2). Likewise a
//! count that this baseline alone determines (a school of 4 with four non-empty groups under
//! min_n 5) is reported as unavoidable, not as a leak.
//!
//! The judge, knowing the truth, also checks the attacker: whatever it claims must hold of the
//! true counts (else the test fails as an attacker bug, not a leak).
//!
//! Tests: (a) the regression cases of the issue (the old `analyse` leaks, `protected` does
//! not), and two districts found by (b) that pin down the judge; (b) a property test over
//! random consistent districts (`DEW_PRIVACY_CASES`, else `PROPTEST_CASES`, else 2000 cases;
//! `PROPTEST_RNG_SEED` fixes the seed; `DEW_PRIVACY_SHOW=1` prints the protected exports of the
//! regression cases and an unavoidable disclosure); an ignored measurement of the attacker's
//! teeth (one complementary cell of a protected view revealed).
#![cfg(not(target_arch = "wasm32"))]
// Tables of test districts are written out as tuples; the attacker indexes parallel lists.
#![allow(clippy::type_complexity, clippy::needless_range_loop)]

use dew_domain::divides::analysis::analyse;
use dew_domain::divides::export::{findings_csv, English};
use dew_domain::divides::model::{builtin_dimensions, CellKey, Comparison, Counts, DivideData, School};
use dew_domain::divides::protect::protected;
use microlp::{ComparisonOp, OptimizationDirection, Problem};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const INDICATOR: &str = "home-internet";

// ---------------------------------------------------------------------------------------------
// Exact rationals and sparse linear expressions
// ---------------------------------------------------------------------------------------------

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rat {
    n: i128,
    d: i128,
}

impl Rat {
    const ZERO: Rat = Rat { n: 0, d: 1 };
    const ONE: Rat = Rat { n: 1, d: 1 };

    fn new(n: i128, d: i128) -> Rat {
        assert!(d != 0, "division by zero");
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Rat { n: s * n / g, d: s * d / g }
    }
    fn int(v: i64) -> Rat {
        Rat { n: v as i128, d: 1 }
    }
    fn is_zero(self) -> bool {
        self.n == 0
    }
    fn f(self) -> f64 {
        self.n as f64 / self.d as f64
    }
    fn add(self, o: Rat) -> Rat {
        Rat::new(self.n * o.d + o.n * self.d, self.d * o.d)
    }
    fn mul(self, o: Rat) -> Rat {
        Rat::new(self.n * o.n, self.d * o.d)
    }
    fn neg(self) -> Rat {
        Rat { n: -self.n, d: self.d }
    }
    fn inv(self) -> Rat {
        Rat::new(self.d, self.n)
    }
}

/// `k + Σ c·v` over unknowns `v`, terms sorted by variable, no zero coefficients.
#[derive(Clone, Debug, PartialEq)]
struct Lin {
    k: Rat,
    t: Vec<(usize, Rat)>,
}

impl Lin {
    fn constant(v: i64) -> Lin {
        Lin { k: Rat::int(v), t: Vec::new() }
    }
    fn var(v: usize) -> Lin {
        Lin { k: Rat::ZERO, t: vec![(v, Rat::ONE)] }
    }
    fn is_const(&self) -> bool {
        self.t.is_empty()
    }
    /// self + f·o
    fn add_scaled(&self, o: &Lin, f: Rat) -> Lin {
        let mut t = Vec::with_capacity(self.t.len() + o.t.len());
        let (mut i, mut j) = (0, 0);
        while i < self.t.len() || j < o.t.len() {
            let take_self = j >= o.t.len() || (i < self.t.len() && self.t[i].0 < o.t[j].0);
            let take_other = i >= self.t.len() || (j < o.t.len() && o.t[j].0 < self.t[i].0);
            if take_self {
                t.push(self.t[i]);
                i += 1;
            } else if take_other {
                t.push((o.t[j].0, o.t[j].1.mul(f)));
                j += 1;
            } else {
                let c = self.t[i].1.add(o.t[j].1.mul(f));
                if !c.is_zero() {
                    t.push((self.t[i].0, c));
                }
                i += 1;
                j += 1;
            }
        }
        Lin { k: self.k.add(o.k.mul(f)), t }
    }
    fn plus(&self, o: &Lin) -> Lin {
        self.add_scaled(o, Rat::ONE)
    }
    fn minus(&self, o: &Lin) -> Lin {
        self.add_scaled(o, Rat::int(-1))
    }
    fn coef(&self, v: usize) -> Rat {
        self.t.iter().find(|(x, _)| *x == v).map_or(Rat::ZERO, |(_, c)| *c)
    }
    fn eval(&self, point: &dyn Fn(usize) -> Option<f64>) -> Option<f64> {
        let mut s = self.k.f();
        for (v, c) in &self.t {
            s += c.f() * point(*v)?;
        }
        Some(s)
    }
}

/// Equalities in reduced row-echelon form: each pivot variable is an expression of the free
/// (non-pivot) variables.
#[derive(Clone, Default)]
struct Elim {
    pivots: BTreeMap<usize, Lin>,
}

impl Elim {
    /// `e` with every pivot variable replaced by its expression.
    fn reduce(&self, e: &Lin) -> Lin {
        let mut out = Lin { k: e.k, t: Vec::new() };
        for (v, c) in &e.t {
            match self.pivots.get(v) {
                Some(p) => out = out.add_scaled(p, *c),
                None => out = out.add_scaled(&Lin::var(*v), *c),
            }
        }
        out
    }
    /// Adds `e = 0`. Err if it contradicts the equalities already held.
    fn add(&mut self, e: &Lin) -> Result<bool, Rat> {
        let r = self.reduce(e);
        if r.t.is_empty() {
            return if r.k.is_zero() { Ok(false) } else { Err(r.k) };
        }
        // Pivot on the last variable (any choice works).
        let (p, c) = *r.t.last().unwrap();
        // p = -(r - c·p)/c
        let mut rest = r.clone();
        rest.t.retain(|(v, _)| *v != p);
        let f = c.inv().neg();
        let expr = Lin::constant(0).add_scaled(&rest, f);
        for q in self.pivots.values_mut() {
            let cq = q.coef(p);
            if !cq.is_zero() {
                let mut without = q.clone();
                without.t.retain(|(v, _)| *v != p);
                *q = without.add_scaled(&expr, cq);
            }
        }
        self.pivots.insert(p, expr);
        Ok(true)
    }
}

// ---------------------------------------------------------------------------------------------
// What a reader knows publicly
// ---------------------------------------------------------------------------------------------

/// A cell: (school index or `None` for the district, (dimension index, group index) or `None`).
type Cell = (Option<usize>, Option<(usize, usize)>);

#[derive(Clone, Debug)]
pub struct Structure {
    pub min_n: u64,
    pub protection_percent: u64,
    /// (id, name)
    pub schools: Vec<(String, String)>,
    /// (dimension id, group ids)
    pub dims: Vec<(String, Vec<String>)>,
    /// Every cell that exists, and whether it is empty (n = 0).
    pub cells: BTreeMap<Cell, bool>,
}

impl Structure {
    /// What a reader of `d`'s export knows: names, groups, `min_n`, which cells exist and which
    /// are empty. No counts.
    pub fn of(d: &DivideData) -> Structure {
        let schools: Vec<(String, String)> = d.schools.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
        let mut dims: Vec<(String, Vec<String>)> = Vec::new();
        for dim in builtin_dimensions().into_iter().chain(d.custom_dimensions.iter().cloned()) {
            let used: Vec<String> = dim
                .groups
                .iter()
                .filter(|g| {
                    d.cells.keys().any(|k| {
                        *k.indicator == *INDICATOR
                            && k.group.as_ref().is_some_and(|(x, y)| **x == *dim.id && **y == *g.id)
                    })
                })
                .map(|g| g.id.clone())
                .collect();
            if !used.is_empty() {
                dims.push((dim.id.clone(), used));
            }
        }
        let mut cells: BTreeMap<Cell, bool> = BTreeMap::new();
        for (k, c) in d.cells.iter() {
            if *k.indicator != *INDICATOR {
                continue;
            }
            let Some(s) = schools.iter().position(|x| *x.0 == *k.school) else { continue };
            let g = match &k.group {
                None => None,
                Some((dd, gg)) => {
                    let di = dims.iter().position(|x| *x.0 == **dd).unwrap();
                    Some((di, dims[di].1.iter().position(|x| **x == **gg).unwrap()))
                }
            };
            cells.insert((Some(s), g), c.denominator == 0);
            let e = cells.entry((None, g)).or_insert(true);
            *e = *e && c.denominator == 0;
        }
        Structure { min_n: d.settings.min_n, protection_percent: d.settings.protection_percent, schools, dims, cells }
    }

    fn describe(&self, c: &Cell) -> String {
        let place = c.0.map_or("district".to_string(), |s| self.schools[s].0.clone());
        match c.1 {
            None => place,
            Some((d, g)) => format!("{place}/{}:{}", self.dims[d].0, self.dims[d].1[g]),
        }
    }

    /// The cells of `c`'s partition (a dimension's groups in its place, or the schools).
    fn partition(&self, c: &Cell) -> Vec<Cell> {
        match c {
            (place, Some((d, _))) => (0..self.dims[*d].1.len())
                .map(|g| (*place, Some((*d, g))))
                .filter(|m| self.cells.contains_key(m))
                .collect(),
            (Some(_), None) => {
                (0..self.schools.len()).map(|s| (Some(s), None)).filter(|m| self.cells.contains_key(m)).collect()
            }
            (None, None) => Vec::new(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing the export
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Hidden {
    Primary(u64),
    Complementary,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RateField {
    Blank,
    Value(f64),
    AtMost05,
    AtLeast95,
}

#[derive(Clone, Debug)]
struct Row {
    cell: Cell,
    x: Option<u64>,
    n: Option<u64>,
    rate: RateField,
    hidden: Option<Hidden>,
    comparison: String,
    comparison_rate: Option<f64>,
    gap: Option<f64>,
    gap_low: Option<f64>,
    gap_high: Option<f64>,
    ratio: Option<f64>,
}

fn parse(csv_text: &str, s: &Structure) -> Vec<Row> {
    let text = csv_text.trim_start_matches('\u{feff}');
    let mut r = csv::ReaderBuilder::new().flexible(true).has_headers(false).from_reader(text.as_bytes());
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.expect("CSV parses");
        if rec.get(0).is_some_and(|f| f.starts_with('#')) || rec.iter().all(|f| f.is_empty()) {
            continue;
        }
        let Some(h) = &header else {
            header = Some(rec.iter().map(str::to_string).collect());
            continue;
        };
        let col = |name: &str| -> &str {
            let i = h.iter().position(|x| x == name).unwrap_or_else(|| panic!("no column {name}"));
            rec.get(i).unwrap_or("")
        };
        if col("indicator_id") != INDICATOR {
            continue;
        }
        let school = match col("school") {
            "" => None,
            name => {
                Some(s.schools.iter().position(|x| x.1 == name).unwrap_or_else(|| panic!("unknown school name {name}")))
            }
        };
        let group = match (col("dimension"), col("group")) {
            ("", _) => None,
            (d, g) => {
                let di = s.dims.iter().position(|x| x.0 == d).unwrap_or_else(|| panic!("unknown dimension {d}"));
                let gi = s.dims[di].1.iter().position(|x| x == g).unwrap_or_else(|| panic!("unknown group {g}"));
                Some((di, gi))
            }
        };
        let num = |name: &str| -> Option<f64> {
            let v = col(name);
            (!v.is_empty()).then(|| v.parse::<f64>().unwrap_or_else(|_| panic!("{name}: not a number: {v}")))
        };
        let int = |name: &str| -> Option<u64> {
            let v = col(name);
            (!v.is_empty()).then(|| v.parse::<u64>().unwrap_or_else(|_| panic!("{name}: not a count: {v}")))
        };
        let rate = match col("rate") {
            "" => RateField::Blank,
            "<=0.05" => RateField::AtMost05,
            ">=0.95" => RateField::AtLeast95,
            v => RateField::Value(v.parse().unwrap_or_else(|_| panic!("rate: {v}"))),
        };
        let label = col("suppressed").trim().to_lowercase();
        let hidden = if label.is_empty() || label == "no" {
            None
        } else if label == "yes" {
            Some(Hidden::Unknown)
        } else if let Some(rest) = label.strip_prefix("fewer than") {
            let n: String = rest.trim().chars().take_while(|c| c.is_ascii_digit()).collect();
            Some(Hidden::Primary(n.parse().unwrap_or(s.min_n)))
        } else if label.contains("protect") {
            Some(Hidden::Complementary)
        } else {
            panic!("unknown suppression label {label:?}")
        };
        rows.push(Row {
            cell: (school, group),
            x: int("numerator"),
            n: int("denominator"),
            rate,
            hidden,
            comparison: col("comparison").to_string(),
            comparison_rate: num("comparison_rate"),
            gap: num("gap"),
            gap_low: num("gap_low"),
            gap_high: num("gap_high"),
            ratio: num("ratio"),
        });
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// Statistics, written independently of stats.rs
// ---------------------------------------------------------------------------------------------

const Z: f64 = 1.959963984540054;

/// Wilson score interval, closed form.
fn wilson_interval(x: i64, n: i64) -> (f64, f64) {
    let (x, n) = (x as f64, n as f64);
    let p = x / n;
    let z2 = Z * Z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// Newcombe's hybrid score interval for p1 − p2: (diff, low, high).
fn newcombe(x1: i64, n1: i64, x2: i64, n2: i64) -> (f64, f64, f64) {
    let (p1, p2) = (x1 as f64 / n1 as f64, x2 as f64 / n2 as f64);
    let (l1, u1) = wilson_interval(x1, n1);
    let (l2, u2) = wilson_interval(x2, n2);
    let d = p1 - p2;
    let low = d - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let high = d + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    (d, low.max(-1.0), high.min(1.0))
}

/// A printed six-decimal figure covers the true value within this.
const PRINTED: f64 = 5e-7 + 1e-9;

fn matches(v: f64, printed: Option<f64>) -> bool {
    printed.is_none_or(|p| (v - p).abs() <= PRINTED)
}

// ---------------------------------------------------------------------------------------------
// The attack
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum What {
    N,
    X,
    NMinusX,
}

#[derive(Clone, Debug)]
pub struct Recovered {
    pub cell: Cell,
    pub what: What,
    pub value: i64,
    pub how: &'static str,
}

#[derive(Clone, Debug, Default)]
pub struct Findings {
    /// Hidden quantities (n, x, n − x of hidden cells; x of coded cells) determined exactly.
    pub recovered: Vec<Recovered>,
    /// The integer range of n of every hidden cell labelled primary (or of unknown kind, when
    /// exact ranges are asked for), from the LP bounds.
    pub n_ranges: BTreeMap<Cell, (i64, i64)>,
    /// Comparisons whose (x', n') came out unique, with what they were related to.
    pub backsolved: Vec<String>,
    /// Published figures that contradict the structure (an attacker or export bug).
    pub inconsistent: Vec<String>,
    /// LPs the solver could not answer (treated as "no information").
    pub solver_failures: usize,
    pub lps: usize,
    /// (cells, hidden, coded, printed comparisons)
    pub published: (usize, usize, usize, usize),
    pub lps_by: BTreeMap<&'static str, usize>,
    pub log: String,
}

struct Cmp {
    desc: String,
    x: Lin,
    n: Lin,
    cands: Vec<(i64, i64)>,
    done: bool,
}

#[derive(Clone, Debug, PartialEq, PartialOrd)]
struct Row2 {
    terms: Vec<(usize, f64)>,
    lo: f64,
    hi: f64,
}

struct Quantity {
    cell: Cell,
    what: What,
    e: Lin,
    exact_range: bool,
}

#[derive(Clone, Copy, Debug)]
enum Lp {
    Value(f64),
    Unbounded,
    Infeasible,
    Failed,
}

struct Model<'a> {
    s: &'a Structure,
    nvars: usize,
    /// Per variable: its bounds.
    lo: Vec<f64>,
    hi: Vec<f64>,
    /// Σ c·v + k ≥ 0 (floating point: rate bands and the like).
    ineqs: Vec<(Vec<(usize, f64)>, f64)>,
    elim: Elim,
    /// Per cell, x and n as expressions of the unknowns.
    xs: BTreeMap<Cell, Lin>,
    ns: BTreeMap<Cell, Lin>,
    f: Findings,
    purpose: &'static str,
    // Components (recomputed after changes).
    /// Per free variable, its component; per component, its free variables and its rows
    /// (lo ≤ Σ c·v ≤ hi over free variables: bounds of pivot variables and inequalities, with
    /// the equalities substituted).
    comp_of: Vec<usize>,
    comp_vars: Vec<Vec<usize>>,
    comp_rows: Vec<Vec<Row2>>,
}

impl<'a> Model<'a> {
    fn new_var(&mut self, lo: f64, hi: f64) -> usize {
        self.lo.push(lo);
        self.hi.push(hi);
        self.nvars += 1;
        self.nvars - 1
    }

    fn ge0(&mut self, e: &Lin) {
        if e.is_const() {
            if e.k.f() < -1e-9 {
                self.f.inconsistent.push(format!("constant inequality violated: {e:?}"));
            }
            return;
        }
        self.ineqs.push((e.t.iter().map(|(v, c)| (*v, c.f())).collect(), e.k.f()));
    }

    fn ge0_f(&mut self, t: Vec<(usize, f64)>, k: f64) {
        self.ineqs.push((t, k));
    }

    fn eq(&mut self, e: &Lin, why: &str) -> bool {
        match self.elim.add(e) {
            Ok(changed) => changed,
            Err(k) => {
                self.f.inconsistent.push(format!("{why}: contradiction (0 = {})", k.f()));
                false
            }
        }
    }

    /// (x', n') of what a comparison label names, relative to the row's cell.
    fn relation(&self, cell: &Cell, label: &str) -> Option<(Lin, Lin, String)> {
        let sum = |cells: &[Cell]| -> (Lin, Lin) {
            let mut x = Lin::constant(0);
            let mut n = Lin::constant(0);
            for c in cells {
                x = x.plus(&self.xs[c]);
                n = n.plus(&self.ns[c]);
            }
            (x, n)
        };
        let s = self.s;
        if label == "other students" || label == "other schools" {
            let (x, n) = sum(&s.partition(cell));
            let what = format!(
                "{} minus {}",
                s.partition(cell).iter().map(|c| s.describe(c)).collect::<Vec<_>>().join("+"),
                s.describe(cell)
            );
            return Some((x.minus(&self.xs[cell]), n.minus(&self.ns[cell]), what));
        }
        if label == "overall" {
            let total: Cell = match cell {
                (place, Some(_)) => (*place, None),
                (Some(_), None) => (None, None),
                (None, None) => return None,
            };
            if self.xs.contains_key(&total) {
                return Some((self.xs[&total].clone(), self.ns[&total].clone(), s.describe(&total)));
            }
            let (x, n) = sum(&s.partition(cell));
            return Some((x, n, format!("sum of {}'s partition", s.describe(cell))));
        }
        if let Some(rest) = label.strip_prefix("group ") {
            let (d, g) = rest.split_once(':')?;
            let di = s.dims.iter().position(|x| x.0 == d)?;
            let gi = s.dims[di].1.iter().position(|x| x == g)?;
            let c = (cell.0, Some((di, gi)));
            return Some((self.xs.get(&c)?.clone(), self.ns.get(&c)?.clone(), s.describe(&c)));
        }
        if let Some(id) = label.strip_prefix("school ") {
            let si = s.schools.iter().position(|x| x.0 == id || x.1 == id)?;
            let c = (Some(si), None);
            return Some((self.xs.get(&c)?.clone(), self.ns.get(&c)?.clone(), s.describe(&c)));
        }
        None
    }

    /// Substitutes the equalities into the bounds and inequalities and splits what is left
    /// over the free variables into connected components.
    fn recompute_components(&mut self) {
        let n = self.nvars;
        let mut rows: Vec<Row2> = Vec::new();
        let sub = |t: &[(usize, f64)], k: f64, lo: f64, hi: f64, rows: &mut Vec<Row2>, f: &mut Findings| {
            let mut acc: BTreeMap<usize, f64> = BTreeMap::new();
            let mut k = k;
            for (v, c) in t {
                match self.elim.pivots.get(v) {
                    Some(e) => {
                        k += c * e.k.f();
                        for (w, cw) in &e.t {
                            *acc.entry(*w).or_default() += c * cw.f();
                        }
                    }
                    None => *acc.entry(*v).or_default() += c,
                }
            }
            let terms: Vec<(usize, f64)> = acc.into_iter().filter(|(_, c)| c.abs() > 1e-12).collect();
            if terms.is_empty() {
                if k < lo - 1e-7 || k > hi + 1e-7 {
                    f.inconsistent.push(format!("constant row {k} outside {lo}..{hi}"));
                }
                return;
            }
            rows.push(Row2 { terms, lo: lo - k, hi: hi - k });
        };
        for v in 0..n {
            if self.elim.pivots.contains_key(&v) && (self.lo[v].is_finite() || self.hi[v].is_finite()) {
                sub(&[(v, 1.0)], 0.0, self.lo[v], self.hi[v], &mut rows, &mut self.f);
            }
        }
        for (t, k) in &self.ineqs {
            sub(t, *k, 0.0, f64::INFINITY, &mut rows, &mut self.f);
        }
        rows.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        rows.dedup();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut [usize], mut a: usize) -> usize {
            while p[a] != a {
                p[a] = p[p[a]];
                a = p[a];
            }
            a
        }
        for r in &rows {
            for w in r.terms.windows(2) {
                let (ra, rb) = (find(&mut parent, w[0].0), find(&mut parent, w[1].0));
                if ra != rb {
                    parent[ra] = rb;
                }
            }
        }
        let mut id = vec![usize::MAX; n];
        let mut count = 0;
        self.comp_of = vec![usize::MAX; n];
        for v in (0..n).filter(|v| !self.elim.pivots.contains_key(v)) {
            let r = find(&mut parent, v);
            if id[r] == usize::MAX {
                id[r] = count;
                count += 1;
            }
            self.comp_of[v] = id[r];
        }
        self.comp_vars = vec![Vec::new(); count];
        self.comp_rows = vec![Vec::new(); count];
        for v in (0..n).filter(|v| !self.elim.pivots.contains_key(v)) {
            self.comp_vars[self.comp_of[v]].push(v);
        }
        for r in rows {
            let c = self.comp_of[r.terms[0].0];
            self.comp_rows[c].push(r);
        }
    }

    /// Minimises (or maximises) `e` over the components its variables belong to. Returns the
    /// optimum and the point found (the free variables of those components).
    fn lp(&mut self, e: &Lin, maximise: bool) -> (Lp, Vec<(usize, f64)>) {
        let e = self.elim.reduce(e);
        if e.is_const() {
            return (Lp::Value(e.k.f()), Vec::new());
        }
        let mut comps: Vec<usize> = e.t.iter().map(|(v, _)| self.comp_of[*v]).collect();
        comps.sort_unstable();
        comps.dedup();
        self.f.lps += 1;
        *self.f.lps_by.entry(self.purpose).or_default() += 1;
        let dir = if maximise { OptimizationDirection::Maximize } else { OptimizationDirection::Minimize };
        let mut p = Problem::new(dir);
        let mut map: BTreeMap<usize, microlp::Variable> = BTreeMap::new();
        for &c in &comps {
            for &v in &self.comp_vars[c] {
                let obj = e.coef(v).f();
                // Counts are far below a million: the cap keeps every LP bounded, so that each
                // gives a point to observe.
                map.insert(v, p.add_var(obj, (self.lo[v], self.hi[v].min(1e6))));
            }
        }
        for &c in &comps {
            for r in &self.comp_rows[c] {
                let terms: Vec<(microlp::Variable, f64)> = r.terms.iter().map(|(v, c)| (map[v], *c)).collect();
                if r.lo == r.hi {
                    p.add_constraint(&terms[..], ComparisonOp::Eq, r.lo);
                    continue;
                }
                if r.lo.is_finite() {
                    p.add_constraint(&terms[..], ComparisonOp::Ge, r.lo);
                }
                if r.hi.is_finite() {
                    p.add_constraint(&terms[..], ComparisonOp::Le, r.hi);
                }
            }
        }
        let mut options = microlp::SolveOptions::default();
        // Presolve costs more than it saves on these small problems.
        options.presolve = false;
        match p.solve_with(options) {
            Ok(out) => match out.into_solution() {
                Ok(sol) => {
                    let point: Vec<(usize, f64)> = map.iter().map(|(v, var)| (*v, sol.var_value(*var))).collect();
                    (Lp::Value(sol.objective() + e.k.f()), point)
                }
                Err(_) => (Lp::Failed, Vec::new()),
            },
            Err(microlp::Error::Unbounded) => (Lp::Unbounded, Vec::new()),
            Err(microlp::Error::Infeasible) => (Lp::Infeasible, Vec::new()),
            Err(_) => (Lp::Failed, Vec::new()),
        }
    }

    /// Integer bounds of `e`: exact from the equalities if determined, else from two LPs.
    fn int_bounds(&mut self, e: &Lin) -> (i64, i64) {
        let r = self.elim.reduce(e);
        if r.is_const() {
            let v = r.k.f();
            return (v.ceil() as i64, v.floor() as i64);
        }
        let lo = match self.lp(&r, false).0 {
            Lp::Value(v) => (v - 1e-6).ceil() as i64,
            Lp::Infeasible => {
                self.f.inconsistent.push("LP infeasible".into());
                i64::MIN / 4
            }
            _ => {
                self.f.solver_failures += 1;
                i64::MIN / 4
            }
        };
        let hi = match self.lp(&r, true).0 {
            Lp::Value(v) => (v + 1e-6).floor() as i64,
            Lp::Infeasible => {
                self.f.inconsistent.push("LP infeasible".into());
                i64::MAX / 4
            }
            _ => {
                self.f.solver_failures += 1;
                i64::MAX / 4
            }
        };
        (lo, hi)
    }
}

/// Options of the attack.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'t> {
    /// Skip the seeding LPs (up to four per component) that usually save LPs later.
    pub no_seed: bool,
    /// Compute the n range of hidden cells of unknown kind ("yes") too, not only of those
    /// labelled primary.
    pub ranges_for_unknown: bool,
    /// Work saver for a judge that knows the truth: compute the n range of exactly these cells,
    /// and only far enough to tell whether it contains the given range (a side of the range
    /// is then either exact or already beyond the given one). What is recovered is unchanged.
    pub targets: Option<&'t BTreeMap<Cell, (i64, i64)>>,
    /// No linear programs: exact elimination and back-solving only (a cheaper, weaker attack).
    pub quick: bool,
}

pub fn attack(csv: &str, s: &Structure) -> Findings {
    attack_with(csv, s, Options { ranges_for_unknown: true, ..Options::default() })
}

pub fn attack_with(csv: &str, s: &Structure, opts: Options) -> Findings {
    let rows = parse(csv, s);
    let by_cell: BTreeMap<Cell, &Row> = rows.iter().map(|r| (r.cell, r)).collect();
    let mut m = Model {
        s,
        nvars: 0,
        lo: Vec::new(),
        hi: Vec::new(),
        ineqs: Vec::new(),
        elim: Elim::default(),
        xs: BTreeMap::new(),
        ns: BTreeMap::new(),
        f: Findings::default(),
        purpose: "comparison",
        comp_of: Vec::new(),
        comp_vars: Vec::new(),
        comp_rows: Vec::new(),
    };
    let min_n = s.min_n as f64;
    let mut quantities: Vec<Quantity> = Vec::new();
    // 1. Cells: what is published about each.
    for (&cell, &empty) in &s.cells {
        if empty {
            m.xs.insert(cell, Lin::constant(0));
            m.ns.insert(cell, Lin::constant(0));
            continue;
        }
        let row = by_cell.get(&cell);
        let hidden = row.map_or(Some(Hidden::Unknown), |r| r.hidden);
        let n_known = row.and_then(|r| if r.hidden.is_none() { r.n } else { None });
        let x_known = row.and_then(|r| if r.hidden.is_none() { r.x } else { None });
        let n = match n_known {
            Some(n) => Lin::constant(n as i64),
            None => {
                let (lo, hi) = match hidden {
                    Some(Hidden::Primary(lim)) => (1.0, (lim.min(s.min_n) as f64 - 1.0).max(1.0)),
                    Some(Hidden::Complementary) => (min_n, f64::INFINITY),
                    _ => (1.0, f64::INFINITY),
                };
                let v = m.new_var(lo, hi);
                let exact_range = match opts.targets {
                    Some(t) => t.contains_key(&cell),
                    None => {
                        matches!(hidden, Some(Hidden::Primary(_)))
                            || (opts.ranges_for_unknown && hidden == Some(Hidden::Unknown))
                    }
                };
                quantities.push(Quantity { cell, what: What::N, e: Lin::var(v), exact_range });
                Lin::var(v)
            }
        };
        let x = match x_known {
            Some(x) => Lin::constant(x as i64),
            None => {
                let (mut lo, mut hi) = (0.0, f64::INFINITY);
                if let (Some(r), Some(nn)) = (row, n_known) {
                    let nf = nn as f64;
                    hi = nf;
                    match r.rate {
                        RateField::AtMost05 => hi = (0.05 * nf + 1e-9).floor(),
                        RateField::AtLeast95 => lo = (0.95 * nf - 1e-9).ceil(),
                        RateField::Value(p) => {
                            lo = ((p - PRINTED) * nf).ceil().max(0.0);
                            hi = ((p + PRINTED) * nf).floor().min(nf);
                        }
                        RateField::Blank => {}
                    }
                }
                let v = m.new_var(lo, hi);
                quantities.push(Quantity { cell, what: What::X, e: Lin::var(v), exact_range: false });
                if n_known.is_none() {
                    quantities.push(Quantity {
                        cell,
                        what: What::NMinusX,
                        e: n.minus(&Lin::var(v)),
                        exact_range: false,
                    });
                }
                Lin::var(v)
            }
        };
        // 0 ≤ x ≤ n
        m.ge0(&n.minus(&x));
        m.xs.insert(cell, x);
        m.ns.insert(cell, n);
    }
    // Structural equalities: groups add up to their place; schools add up to the district.
    let places: Vec<Option<usize>> = std::iter::once(None).chain((0..s.schools.len()).map(Some)).collect();
    for &place in &places {
        let whole = (place, None);
        if !s.cells.contains_key(&whole) {
            continue;
        }
        for d in 0..s.dims.len() {
            let members: Vec<Cell> =
                (0..s.dims[d].1.len()).map(|g| (place, Some((d, g)))).filter(|c| s.cells.contains_key(c)).collect();
            if members.is_empty() {
                continue;
            }
            let (mut x, mut n) = (m.xs[&whole].clone(), m.ns[&whole].clone());
            for c in &members {
                x = x.minus(&m.xs[c]);
                n = n.minus(&m.ns[c]);
            }
            m.eq(&x, "groups add up");
            m.eq(&n, "groups add up");
        }
    }
    let district_cells: Vec<Cell> = s.cells.keys().filter(|c| c.0.is_none()).copied().collect();
    for dc in district_cells {
        let (mut x, mut n) = (m.xs[&dc].clone(), m.ns[&dc].clone());
        for sc in 0..s.schools.len() {
            let c = (Some(sc), dc.1);
            if s.cells.contains_key(&c) {
                x = x.minus(&m.xs[&c]);
                n = n.minus(&m.ns[&c]);
            }
        }
        m.eq(&x, "schools add up");
        m.eq(&n, "schools add up");
    }
    // 2. Comparisons: candidate pairs from the printed precision.
    let cap: i64 = match m.ns.get(&(None, None)).map(|e| m.elim.reduce(e)) {
        Some(e) if e.is_const() => e.k.f() as i64,
        _ => 20_000,
    };
    let mut cmps: Vec<Cmp> = Vec::new();
    for r in &rows {
        if r.hidden.is_some() || r.comparison.is_empty() {
            continue;
        }
        let Some(rate) = r.comparison_rate else { continue };
        if !s.cells.contains_key(&r.cell) {
            continue;
        }
        let Some((x, n, what)) = m.relation(&r.cell, &r.comparison) else {
            m.f.log.push_str(&format!("unrelated comparison {:?} at {}\n", r.comparison, s.describe(&r.cell)));
            continue;
        };
        let own = match (r.x, r.n) {
            (Some(x), Some(n)) if n > 0 => Some((x as i64, n as i64)),
            _ => None,
        };
        let (nlo, nhi) = {
            let red = m.elim.reduce(&n);
            if red.is_const() {
                let v = red.k.f().round() as i64;
                (v.max(1), v)
            } else {
                (1, cap)
            }
        };
        let mut cands = Vec::new();
        for n2 in nlo..=nhi {
            let x2 = (rate * n2 as f64).round() as i64;
            if x2 < 0 || x2 > n2 {
                continue;
            }
            let p2 = x2 as f64 / n2 as f64;
            if (p2 - rate).abs() > PRINTED {
                continue;
            }
            if let Some((x1, n1)) = own {
                let (d, lo, hi) = newcombe(x1, n1, x2, n2);
                let p1 = x1 as f64 / n1 as f64;
                let ratio_ok = p2 == 0.0 || matches(p1 / p2, r.ratio);
                if !(matches(d, r.gap) && matches(lo, r.gap_low) && matches(hi, r.gap_high) && ratio_ok) {
                    continue;
                }
            }
            cands.push((x2, n2));
        }
        let desc = format!("{} '{}' {} [{}]", s.describe(&r.cell), r.comparison, rate, what);
        // The rate band holds for the true pair whatever it is: x' − (r ± δ) n' bounds.
        if !(x.is_const() && n.is_const()) {
            let mut t: BTreeMap<usize, f64> = BTreeMap::new();
            let mut t2: BTreeMap<usize, f64> = BTreeMap::new();
            for (v, c) in &x.t {
                *t.entry(*v).or_default() += c.f();
                *t2.entry(*v).or_default() -= c.f();
            }
            for (v, c) in &n.t {
                *t.entry(*v).or_default() -= (rate - PRINTED) * c.f();
                *t2.entry(*v).or_default() += (rate + PRINTED) * c.f();
            }
            let k = x.k.f() - (rate - PRINTED) * n.k.f();
            let k2 = -x.k.f() + (rate + PRINTED) * n.k.f();
            let tv: Vec<(usize, f64)> = t.into_iter().filter(|(_, c)| c.abs() > 1e-15).collect();
            let tv2: Vec<(usize, f64)> = t2.into_iter().filter(|(_, c)| c.abs() > 1e-15).collect();
            if !tv.is_empty() {
                m.ge0_f(tv, k);
            }
            if !tv2.is_empty() {
                m.ge0_f(tv2, k2);
            }
        }
        cmps.push(Cmp { desc, x, n, cands, done: false });
    }
    m.f.published = (
        rows.len(),
        rows.iter().filter(|r| r.hidden.is_some()).count(),
        rows.iter().filter(|r| matches!(r.rate, RateField::AtMost05 | RateField::AtLeast95)).count(),
        cmps.len(),
    );
    // Iterate: unique pairs become equalities; bounds filter the candidates.
    let mut rounds = 0;
    loop {
        rounds += 1;
        let mut changed = false;
        m.recompute_components();
        for i in 0..cmps.len() {
            if cmps[i].done {
                continue;
            }
            let (xr, nr) = (m.elim.reduce(&cmps[i].x), m.elim.reduce(&cmps[i].n));
            if xr.is_const() && nr.is_const() {
                cmps[i].done = true;
                let (xv, nv) = (xr.k.f().round() as i64, nr.k.f().round() as i64);
                if !cmps[i].cands.contains(&(xv, nv)) {
                    m.f.inconsistent.push(format!("{}: known ({xv}, {nv}) not among candidates", cmps[i].desc));
                }
                continue;
            }
            let before = cmps[i].cands.len();
            let differ =
                |k: usize, c: &[(i64, i64)]| c.iter().any(|p| if k == 0 { p.0 != c[0].0 } else { p.1 != c[0].1 });
            if before > 1 && differ(1, &cmps[i].cands) && !opts.quick {
                let (lo, hi) = m.int_bounds(&nr);
                cmps[i].cands.retain(|p| lo <= p.1 && p.1 <= hi);
            }
            if cmps[i].cands.len() > 1 && differ(0, &cmps[i].cands) && !opts.quick {
                let (lo, hi) = m.int_bounds(&xr);
                cmps[i].cands.retain(|p| lo <= p.0 && p.0 <= hi);
            }
            let after = cmps[i].cands.len();
            if after == 0 {
                m.f.inconsistent.push(format!("{}: no pair fits", cmps[i].desc));
                cmps[i].done = true;
                continue;
            }
            if after == 1 {
                let (xv, nv) = cmps[i].cands[0];
                let desc = format!("{} = {xv}/{nv}", cmps[i].desc);
                let (x, n) = (cmps[i].x.clone(), cmps[i].n.clone());
                let a = m.eq(&x.minus(&Lin::constant(xv)), &desc);
                let b = m.eq(&n.minus(&Lin::constant(nv)), &desc);
                if a || b {
                    m.f.backsolved.push(desc);
                    changed = true;
                }
                cmps[i].done = true;
                continue;
            }
            // Box of the candidates.
            let (xl, xh) =
                (cmps[i].cands.iter().map(|p| p.0).min().unwrap(), cmps[i].cands.iter().map(|p| p.0).max().unwrap());
            let (nl, nh) =
                (cmps[i].cands.iter().map(|p| p.1).min().unwrap(), cmps[i].cands.iter().map(|p| p.1).max().unwrap());
            if after < before || rounds == 1 {
                let (x, n) = (cmps[i].x.clone(), cmps[i].n.clone());
                m.ge0(&x.minus(&Lin::constant(xl)));
                m.ge0(&Lin::constant(xh).minus(&x));
                m.ge0(&n.minus(&Lin::constant(nl)));
                m.ge0(&Lin::constant(nh).minus(&n));
                changed |= after < before;
            }
        }
        if !changed || rounds > 20 {
            break;
        }
    }
    // 3 and 4. Every hidden quantity: determined by the equalities, or bounded by LPs.
    m.recompute_components();
    let reduced: Vec<Lin> = quantities.iter().map(|q| m.elim.reduce(&q.e)).collect();
    let mut obs: Vec<(f64, f64)> = vec![(f64::INFINITY, f64::NEG_INFINITY); quantities.len()];
    let spans = |o: (f64, f64)| (o.0 - 1e-6).ceil() < (o.1 + 1e-6).floor();
    let observe = |point: Vec<(usize, f64)>, obs: &mut Vec<(f64, f64)>| {
        if point.is_empty() {
            return;
        }
        let pt: BTreeMap<usize, f64> = point.into_iter().collect();
        let get = |v: usize| pt.get(&v).copied();
        for (qj, e) in reduced.iter().enumerate() {
            if e.is_const() {
                continue;
            }
            if let Some(val) = e.eval(&get) {
                obs[qj].0 = obs[qj].0.min(val);
                obs[qj].1 = obs[qj].1.max(val);
            }
        }
    };
    // Seeds: a few vertices of each component, so that most quantities are seen to take two
    // integer values without an LP of their own.
    if !opts.no_seed && !opts.quick {
        // Per component with an undetermined quantity: its free variables all least, all most,
        // and least / most with alternating signs.
        let mut comps: Vec<usize> = reduced.iter().filter(|e| !e.is_const()).map(|e| m.comp_of[e.t[0].0]).collect();
        comps.sort_unstable();
        comps.dedup();
        m.purpose = "seed";
        for c in comps {
            let vars = m.comp_vars[c].clone();
            for alternate in [false, true] {
                let e = Lin {
                    k: Rat::ZERO,
                    t: vars
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (*v, if alternate && i % 2 == 1 { Rat::int(-1) } else { Rat::ONE }))
                        .collect(),
                };
                if alternate && vars.len() < 2 {
                    continue;
                }
                for maximise in [false, true] {
                    let (_, point) = m.lp(&e, maximise);
                    observe(point, &mut obs);
                }
            }
        }
    }
    for qi in 0..quantities.len() {
        let r = reduced[qi].clone();
        let q = &quantities[qi];
        if r.is_const() {
            let v = r.k;
            let value = if v.d == 1 { v.n as i64 } else { v.f().round() as i64 };
            if v.d != 1 {
                m.f.inconsistent.push(format!("{} {:?} = {} (not an integer)", s.describe(&q.cell), q.what, v.f()));
            }
            if q.exact_range {
                m.f.n_ranges.insert(q.cell, (value, value));
            }
            m.f.recovered.push(Recovered { cell: q.cell, what: q.what, value, how: "elimination" });
            continue;
        }
        if opts.quick {
            continue;
        }
        // A range already seen to cover the variable's own bounds is exact.
        if let (true, [(v, _)]) = (q.exact_range, q.e.t.as_slice()) {
            let (lo, hi) = (m.lo[*v], m.hi[*v]);
            if hi.is_finite() && obs[qi].0 <= lo + 1e-6 && obs[qi].1 >= hi - 1e-6 {
                m.f.n_ranges.insert(q.cell, (lo as i64, hi as i64));
                continue;
            }
        }
        let target = if q.exact_range { opts.targets.and_then(|t| t.get(&q.cell).copied()) } else { None };
        let mut bounds = [None, None];
        for (k, maximise) in [false, true].into_iter().enumerate() {
            let o = obs[qi];
            // A side may be left to what was seen only when what was seen already goes
            // beyond the target on that side and takes two integer values (so the quantity
            // is not recovered, whatever the other side).
            let needed = match (q.exact_range, target) {
                (false, _) => !spans(o),
                (true, None) => true,
                (true, Some((_, thi))) if maximise => o.1 < thi as f64 - 1e-6 || !spans(o),
                (true, Some((tlo, _))) => o.0 > tlo as f64 + 1e-6 || !spans(o),
            };
            if !needed {
                continue;
            }
            m.purpose = if q.exact_range { "exact range" } else { "quantity" };
            let (res, point) = m.lp(&r, maximise);
            observe(point, &mut obs);
            bounds[k] = Some(res);
        }
        let q = &quantities[qi];
        let seen = |o: (f64, f64), maximise: bool| {
            target.map(|_| if maximise { (o.1 + 1e-6).floor() as i64 } else { (o.0 - 1e-6).ceil() as i64 })
        };
        let lo = match bounds[0] {
            Some(Lp::Value(v)) => Some((v - 1e-6).ceil() as i64),
            Some(Lp::Infeasible) => {
                m.f.inconsistent.push(format!("{} {:?}: infeasible", s.describe(&q.cell), q.what));
                None
            }
            Some(Lp::Failed) => {
                m.f.solver_failures += 1;
                None
            }
            Some(Lp::Unbounded) => None,
            None => seen(obs[qi], false),
        };
        let hi = match bounds[1] {
            Some(Lp::Value(v)) => Some((v + 1e-6).floor() as i64),
            Some(Lp::Infeasible) => {
                m.f.inconsistent.push(format!("{} {:?}: infeasible", s.describe(&q.cell), q.what));
                None
            }
            Some(Lp::Failed) => {
                m.f.solver_failures += 1;
                None
            }
            Some(Lp::Unbounded) => None,
            None => seen(obs[qi], true),
        };
        if q.exact_range {
            m.f.n_ranges.insert(q.cell, (lo.unwrap_or(1), hi.unwrap_or(i64::MAX / 4)));
        }
        if let (Some(lo), Some(hi)) = (lo, hi) {
            if lo == hi {
                m.f.recovered.push(Recovered { cell: q.cell, what: q.what, value: lo, how: "LP bounds" });
            } else if lo > hi {
                m.f.inconsistent.push(format!("{} {:?}: empty range {lo}..{hi}", s.describe(&q.cell), q.what));
            }
        }
    }
    m.f
}

// ---------------------------------------------------------------------------------------------
// Judging a view: the truth, soundness, leaks
// ---------------------------------------------------------------------------------------------

/// The true counts of every cell (district cells as sums of the schools').
fn truth(d: &DivideData, s: &Structure) -> BTreeMap<Cell, (i64, i64)> {
    let mut t: BTreeMap<Cell, (i64, i64)> = BTreeMap::new();
    for (k, c) in d.cells.iter() {
        if *k.indicator != *INDICATOR {
            continue;
        }
        let si = s.schools.iter().position(|x| *x.0 == *k.school).unwrap();
        let g = k.group.as_ref().map(|(dd, gg)| {
            let di = s.dims.iter().position(|x| *x.0 == **dd).unwrap();
            (di, s.dims[di].1.iter().position(|x| **x == **gg).unwrap())
        });
        t.insert((Some(si), g), (c.numerator as i64, c.denominator as i64));
        let e = t.entry((None, g)).or_insert((0, 0));
        e.0 += c.numerator as i64;
        e.1 += c.denominator as i64;
    }
    t
}

fn value_of(t: (i64, i64), w: What) -> i64 {
    match w {
        What::N => t.1,
        What::X => t.0,
        What::NMinusX => t.1 - t.0,
    }
}

/// Panics if the attacker claims something false (its own bug, not a leak).
fn assert_sound(f: &Findings, d: &DivideData, s: &Structure, view: &str) {
    let t = truth(d, s);
    assert!(f.inconsistent.is_empty(), "attacker inconsistent on {view}: {:?}\n{d:#?}", f.inconsistent);
    for r in &f.recovered {
        assert_eq!(
            r.value,
            value_of(t[&r.cell], r.what),
            "attacker unsound on {view}: {} {:?}\n{d:#?}",
            s.describe(&r.cell),
            r.what
        );
    }
    for (c, (lo, hi)) in &f.n_ranges {
        let n = t[c].1;
        assert!(*lo <= n && n <= *hi, "attacker unsound on {view}: n of {} = {n} outside {lo}..{hi}", s.describe(c));
    }
}

/// What the attacker learnt that it must not (`leaks`), and what it learnt that no view can
/// hide (`unavoidable`, not a leak: see `baseline`).
#[derive(Debug, Default)]
struct Verdict {
    leaks: Vec<String>,
    unavoidable: Vec<String>,
}

fn leaks(f: &Findings, d: &DivideData, s: &Structure, csv: &str) -> Verdict {
    verdict(f, d, s, csv, true)
}

/// `leaks`; when not `full`, stops at the first sure leak (cheaper: the baseline is not needed).
fn verdict(f: &Findings, d: &DivideData, s: &Structure, csv: &str, full: bool) -> Verdict {
    let t = truth(d, s);
    let mut v = Verdict::default();
    let mut base: Option<Findings> = None;
    let what = |r: &Recovered| format!("recovered {:?} of {} = {} ({})", r.what, s.describe(&r.cell), r.value, r.how);
    // No numerator is published in the baseline: every x there ranges over [0, n], n ≥ 1.
    v.leaks.extend(f.recovered.iter().filter(|r| r.what != What::N).map(what));
    if !full && !v.leaks.is_empty() {
        return v;
    }
    for r in f.recovered.iter().filter(|r| r.what == What::N) {
        let what = what(r);
        let b = base.get_or_insert_with(|| baseline(s, &t));
        if b.recovered.iter().any(|x| x.cell == r.cell && x.what == r.what) {
            v.unavoidable.push(what);
        } else {
            v.leaks.push(what);
        }
    }
    let rows = parse(csv, s);
    let min_n = s.min_n as i64;
    for r in &rows {
        let Some(&(_, n)) = t.get(&r.cell) else { continue };
        let primary = (1..min_n).contains(&n);
        match r.hidden {
            None if primary => v.leaks.push(format!("primary cell {} ({n}) shown", s.describe(&r.cell))),
            Some(Hidden::Complementary) if primary => {
                v.leaks.push(format!("primary cell {} ({n}) labelled complementary", s.describe(&r.cell)))
            }
            Some(Hidden::Primary(_)) if !primary && n > 0 => {
                v.leaks.push(format!("cell {} ({n}) labelled primary", s.describe(&r.cell)))
            }
            _ => {}
        }
        if !(primary && r.hidden.is_some()) {
            continue;
        }
        let p = 1.max((s.protection_percent as i64 * n + 99) / 100);
        let (mut want_lo, mut want_hi) = (1.max(n - p), (min_n - 1).min(n + p));
        let Some(&(lo, hi)) = f.n_ranges.get(&r.cell) else { continue };
        if lo <= want_lo && hi >= want_hi {
            continue;
        }
        // What no publication can avoid (the structure and the cells' kinds): the protection
        // is judged within it.
        let b = base.get_or_insert_with(|| baseline(s, &t));
        if let Some(&(blo, bhi)) = b.n_ranges.get(&r.cell) {
            want_lo = want_lo.max(blo);
            want_hi = want_hi.min(bhi);
        }
        let what = format!(
            "primary cell {} (n = {n}) narrowed to {lo}..{hi} (needs {want_lo}..{want_hi})",
            s.describe(&r.cell)
        );
        if lo <= want_lo && hi >= want_hi {
            v.unavoidable.push(what);
        } else {
            v.leaks.push(what);
        }
    }
    v
}

/// What the attacker learns from what no publication can avoid giving away: the structure
/// (empty cells public, sums) and every cell's kind, which the labels of any view give away
/// (a primary cell is always hidden as "fewer than N"; any other cell is either shown or
/// hidden as "hidden to protect a small group", so n ≥ min_n either way). For example, a
/// school of 4 with four non-empty groups and min_n 5 has n = 4 whatever is published.
fn baseline(s: &Structure, t: &BTreeMap<Cell, (i64, i64)>) -> Findings {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "indicator_id",
        "school",
        "dimension",
        "group",
        "numerator",
        "denominator",
        "rate",
        "comparison",
        "comparison_rate",
        "gap",
        "gap_low",
        "gap_high",
        "ratio",
        "suppressed",
    ]);
    for c in s.cells.keys() {
        let school = c.0.map(|i| s.schools[i].1.clone()).unwrap_or_default();
        let (dim, group) = c.1.map(|(d, g)| (s.dims[d].0.clone(), s.dims[d].1[g].clone())).unwrap_or_default();
        let label = if t[c].1 < s.min_n as i64 {
            format!("fewer than {}", s.min_n)
        } else {
            "hidden to protect a small group".to_string()
        };
        let _ = w.write_record([INDICATOR, &school, &dim, &group, "", "", "", "", "", "", "", "", "", &label]);
    }
    let csv = String::from_utf8(w.into_inner().unwrap()).unwrap();
    attack_with(&csv, s, Options { ranges_for_unknown: true, ..Options::default() })
}

fn report(f: &Findings, v: &Verdict, d: &DivideData, csv: &str) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "LEAKS:");
    for l in &v.leaks {
        let _ = writeln!(m, "  {l}");
    }
    let _ = writeln!(m, "unavoidable (not leaks):");
    for l in &v.unavoidable {
        let _ = writeln!(m, "  {l}");
    }
    let _ = writeln!(m, "back-solved comparisons:");
    for b in &f.backsolved {
        let _ = writeln!(m, "  {b}");
    }
    let _ = writeln!(m, "{}", f.log);
    let _ = writeln!(m, "settings: {:?}", d.settings);
    let _ = writeln!(m, "cells:");
    for (k, c) in d.cells.iter() {
        let g = k.group.as_ref().map(|(a, b)| format!("{a}:{b}")).unwrap_or_default();
        let _ = writeln!(m, "  {} {g} {}/{}", k.school, c.numerator, c.denominator);
    }
    let _ = writeln!(m, "export:\n{}", csv.trim_start_matches('\u{feff}'));
    m
}

/// The attacker on `protected(d)`: sound, and learns nothing. Err with a report otherwise.
/// Per primary cell (1 ≤ n < min_n), the range its n must stay uncertain over:
/// [max(1, n − p), min(min_n − 1, n + p)], p = max(1, ⌈protection_percent × n / 100⌉).
fn targets(d: &DivideData, s: &Structure) -> BTreeMap<Cell, (i64, i64)> {
    let min_n = s.min_n as i64;
    truth(d, s)
        .into_iter()
        .filter(|(_, (_, n))| (1..min_n).contains(n))
        .map(|(c, (_, n))| {
            let p = 1.max((s.protection_percent as i64 * n + 99) / 100);
            (c, (1.max(n - p), (min_n - 1).min(n + p)))
        })
        .collect()
}

/// The attack on a view of `d`, with the primary cells' targets as a work saver.
fn judge(d: &DivideData, s: &Structure, csv: &str) -> Findings {
    let t = targets(d, s);
    attack_with(csv, s, Options { targets: Some(&t), ..Options::default() })
}

fn check_protected(d: &DivideData) -> Result<(), String> {
    let s = Structure::of(d);
    let csv = findings_csv(&protected(d), d, &English);
    if std::env::var("DEW_PRIVACY_SHOW").is_ok() {
        eprintln!("protected export:\n{}", csv.trim_start_matches('\u{feff}'));
    }
    let f = judge(d, &s, &csv);
    assert_sound(&f, d, &s, "protected");
    let v = leaks(&f, d, &s, &csv);
    if v.leaks.is_empty() {
        Ok(())
    } else {
        Err(report(&f, &v, d, &csv))
    }
}

/// The attacker on the old `analyse(d)`: sound; returns what it learnt. With `quick`, the
/// linear programs only run when elimination and back-solving alone find nothing.
fn attack_old(d: &DivideData, quick: bool) -> (Findings, Vec<String>) {
    let s = Structure::of(d);
    let csv = findings_csv(&analyse(d), d, &English);
    if quick {
        let f = attack_with(&csv, &s, Options { quick: true, ..Options::default() });
        assert_sound(&f, d, &s, "old analyse (quick)");
        let v = verdict(&f, d, &s, &csv, false);
        if !v.leaks.is_empty() {
            return (f, v.leaks);
        }
    }
    let f = judge(d, &s, &csv);
    assert_sound(&f, d, &s, "old analyse");
    let v = leaks(&f, d, &s, &csv);
    (f, v.leaks)
}

// ---------------------------------------------------------------------------------------------
// Building districts
// ---------------------------------------------------------------------------------------------

type Spec<'a> = (&'a str, Option<(&'a str, &'a str)>, u64, u64);

fn district(cells: &[Spec], min_n: u64, comparison: Comparison, coding: bool) -> DivideData {
    let mut d = DivideData::default();
    for (s, _, _, _) in cells {
        if !d.schools.iter().any(|x| x.id == *s) {
            d.schools.push(School { id: s.to_string(), name: format!("School {s}") });
        }
    }
    for (s, g, x, n) in cells {
        let key =
            CellKey { indicator: INDICATOR.into(), school: (*s).into(), group: g.map(|(a, b)| (a.into(), b.into())) };
        d.cells_mut().insert(key, Counts { numerator: *x, denominator: *n });
    }
    d.settings.min_n = min_n;
    d.settings.comparison = comparison;
    d.settings.top_bottom_coding = coding;
    d
}

fn cell_of(s: &Structure, school: Option<&str>, group: Option<(&str, &str)>) -> Cell {
    let si = school.map(|id| s.schools.iter().position(|x| x.0 == id).unwrap());
    let g = group.map(|(dd, gg)| {
        let di = s.dims.iter().position(|x| x.0 == dd).unwrap();
        (di, s.dims[di].1.iter().position(|x| x == gg).unwrap())
    });
    (si, g)
}

fn has(f: &Findings, c: Cell, what: What, value: i64) -> bool {
    f.recovered.iter().any(|r| r.cell == c && r.what == what && r.value == value)
}

fn assert_protected_holds(d: &DivideData) {
    if let Err(r) = check_protected(d) {
        panic!("protected view leaks:\n{r}");
    }
}

// ---------------------------------------------------------------------------------------------
// (a) Regression cases of the issue
// ---------------------------------------------------------------------------------------------

fn case_a(comparison: Comparison) -> DivideData {
    let e = |g: &'static str| Some(("econ", g));
    district(
        &[
            ("s1", None, 5, 8),
            ("s1", e("yes"), 2, 3),
            ("s1", e("no"), 3, 5),
            ("s2", None, 30, 40),
            ("s2", e("yes"), 14, 20),
            ("s2", e("no"), 16, 20),
            ("s3", None, 80, 100),
            ("s3", e("yes"), 10, 15),
            ("s3", e("no"), 70, 85),
            ("s4", None, 70, 100),
            ("s4", e("yes"), 60, 85),
            ("s4", e("no"), 10, 15),
        ],
        10,
        comparison,
        false,
    )
}

#[test]
fn a_school_recovered_from_its_groups_and_the_district() {
    let d = case_a(Comparison::Complement);
    let s = Structure::of(&d);
    let (old, _) = attack_old(&d, false);
    assert!(has(&old, cell_of(&s, Some("s1"), None), What::N, 8), "old: {:#?}", old.recovered);
    assert!(has(&old, cell_of(&s, Some("s1"), None), What::X, 5), "old: {:#?}", old.recovered);
    assert_protected_holds(&d);
}

#[test]
fn b_backsolved_comparison_reveals_a_hidden_group() {
    let e = |g: &'static str| Some(("econ", g));
    let d = district(
        &[
            ("s1", None, 5, 8),
            ("s1", e("yes"), 2, 3),
            ("s1", e("no"), 3, 5),
            ("s2", None, 27, 40),
            ("s2", e("yes"), 21, 30),
            ("s2", e("no"), 6, 10),
            ("s3", None, 80, 100),
            ("s3", e("yes"), 10, 20),
            ("s3", e("no"), 70, 80),
        ],
        10,
        Comparison::Complement,
        false,
    );
    let s = Structure::of(&d);
    let (old, _) = attack_old(&d, false);
    assert!(has(&old, cell_of(&s, Some("s2"), Some(("econ", "no"))), What::N, 10), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s2"), Some(("econ", "no"))), What::X, 6), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s1"), None), What::N, 8), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s1"), None), What::X, 5), "old: {:#?}", old);
    assert!(old.backsolved.iter().any(|b| b.contains("s2/econ:yes 'other students'")), "{:#?}", old.backsolved);
    assert_protected_holds(&d);
}

#[test]
fn c_overall_comparison_reveals_the_school_total() {
    let d = case_a(Comparison::Overall);
    let s = Structure::of(&d);
    let csv = findings_csv(&analyse(&d), &d, &English);
    assert!(csv.contains(",overall,0.75,"), "old export prints s2's total as 'overall 0.75':\n{csv}");
    let (old, _) = attack_old(&d, false);
    assert!(has(&old, cell_of(&s, Some("s2"), None), What::N, 40), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s2"), None), What::X, 30), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s1"), None), What::N, 8), "old: {:#?}", old);
    assert_protected_holds(&d);
}

fn case_d() -> DivideData {
    let groups = ["asian", "black", "hispanic", "white"];
    let data: [[(u64, u64); 4]; 4] = [
        [(6, 7), (0, 6), (24, 25), (18, 19)],
        [(9, 31), (6, 7), (10, 36), (14, 15)],
        [(0, 26), (10, 35), (6, 6), (2, 28)],
        [(19, 19), (7, 10), (8, 33), (3, 5)],
    ];
    let ids = ["s0", "s1", "s2", "s3"];
    let mut cells: Vec<Spec> = Vec::new();
    for (s, row) in data.iter().enumerate() {
        let (x, n) = row.iter().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        cells.push((ids[s], None, x, n));
        for (g, &(x, n)) in row.iter().enumerate() {
            cells.push((ids[s], Some(("race", groups[g])), x, n));
        }
    }
    district(&cells, 10, Comparison::Complement, false)
}

#[test]
fn d_four_schools_by_four_groups() {
    let d = case_d();
    let s = Structure::of(&d);
    let (old, old_leaks) = attack_old(&d, false);
    // What the old code leaks: s0's second group (race:black, 0/6) comes out exactly from the
    // totals alone (no comparison needed): the black column is the district's 23/58 minus s2's
    // 10/35 = s0 + s1 + s3; s1 and s3 each hide black + white with known sums (20/22, 10/15),
    // and the white column gives s1 + s3 white = 17/20; so s0/black = 13 − (20 + 10 − 17) = 0
    // of 23 − (22 + 15 − 20) = 6. s0's first group (asian, 6/7) is not determined by the old
    // export: with s0/asian = u of t, the hidden cells fit for any u in 0..=6 and t in
    // u+1..=u+2 (s2/asian (6−u)/(33−t), s2/hispanic u/(t−1), s0/hispanic (30−u)/(32−t)).
    eprintln!("case D, old analyse leaks: {old_leaks:#?}\nback-solved: {:#?}", old.backsolved);
    let black = cell_of(&s, Some("s0"), Some(("race", "black")));
    assert!(has(&old, black, What::N, 6) && has(&old, black, What::X, 0), "old: {:#?}", old);
    let asian = cell_of(&s, Some("s0"), Some(("race", "asian")));
    assert!(!old.recovered.iter().any(|r| r.cell == asian), "old: {:#?}", old);
    assert_protected_holds(&d);
}

#[test]
fn e_a_small_group_next_to_an_empty_one() {
    let r = |g: &'static str| Some(("race", g));
    let d = district(
        &[
            ("s1", None, 85, 108),
            ("s1", r("asian"), 0, 0),
            ("s1", r("black"), 5, 8),
            ("s1", r("hispanic"), 30, 40),
            ("s1", r("white"), 50, 60),
            ("s2", None, 140, 180),
            ("s2", r("asian"), 20, 30),
            ("s2", r("black"), 40, 50),
            ("s2", r("hispanic"), 30, 40),
            ("s2", r("white"), 50, 60),
            ("s3", None, 145, 195),
            ("s3", r("asian"), 15, 25),
            ("s3", r("black"), 30, 45),
            ("s3", r("hispanic"), 40, 55),
            ("s3", r("white"), 60, 70),
        ],
        10,
        Comparison::Complement,
        false,
    );
    let s = Structure::of(&d);
    let (old, _) = attack_old(&d, false);
    assert!(has(&old, cell_of(&s, Some("s1"), Some(("race", "black"))), What::N, 8), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s1"), Some(("race", "black"))), What::X, 5), "old: {:#?}", old);
    assert_protected_holds(&d);
}

#[test]
fn f_coded_numerator_backsolved_from_a_comparison() {
    let e = |g: &'static str| Some(("econ", g));
    let d = district(
        &[
            ("s1", None, 60, 100),
            ("s1", e("yes"), 1, 40),
            ("s1", e("no"), 59, 60),
            ("s2", None, 30, 60),
            ("s2", e("yes"), 15, 30),
            ("s2", e("no"), 15, 30),
            ("s3", None, 40, 70),
            ("s3", e("yes"), 20, 35),
            ("s3", e("no"), 20, 35),
        ],
        10,
        Comparison::Complement,
        true,
    );
    let s = Structure::of(&d);
    let csv = findings_csv(&analyse(&d), &d, &English);
    assert!(csv.contains(">=0.95,,,other students,0.025,"), "old export prints 0.025 against the coded row:\n{csv}");
    let (old, _) = attack_old(&d, false);
    assert!(has(&old, cell_of(&s, Some("s1"), Some(("econ", "yes"))), What::X, 1), "old: {:#?}", old);
    assert!(has(&old, cell_of(&s, Some("s1"), Some(("econ", "no"))), What::X, 59), "old: {:#?}", old);
    assert_protected_holds(&d);
}

/// A district whose every cell is hidden (found by (b)). s3 has 4 students, one in each race
/// group: with its groups non-empty (public) and its label "fewer than 5", n = 4 is determined
/// by what no view can hide; the judge reports it as unavoidable, not as a leak. (Before the
/// labels, the judge once took s3's n, seen only at 4, for recovered: a side of a range seen
/// beyond the target is not an exact bound.)
#[test]
fn judge_every_cell_hidden() {
    let mut cells: Vec<Spec> = Vec::new();
    let schools: [(&str, u64, [u64; 2], [u64; 2], [u64; 4]); 5] = [
        ("s0", 1, [1, 0], [1, 0], [1, 0, 0, 0]),
        ("s1", 7, [4, 3], [7, 0], [3, 0, 2, 2]),
        ("s2", 5, [3, 2], [0, 5], [1, 2, 1, 1]),
        ("s3", 4, [0, 4], [4, 0], [1, 1, 1, 1]),
        ("s4", 4, [4, 0], [2, 2], [2, 1, 0, 1]),
    ];
    for (id, n, econ, el, race) in schools {
        cells.push((id, None, 0, n));
        for (g, n) in ["yes", "no"].into_iter().zip(econ) {
            cells.push((id, Some(("econ", g)), 0, n));
        }
        for (g, n) in ["yes", "no"].into_iter().zip(el) {
            cells.push((id, Some(("el", g)), 0, n));
        }
        for (g, n) in ["asian", "black", "hispanic", "white"].into_iter().zip(race) {
            cells.push((id, Some(("race", g)), 0, n));
        }
    }
    let d = district(&cells, 5, Comparison::Complement, false);
    let s = Structure::of(&d);
    let base = baseline(&s, &truth(&d, &s));
    let s3 = cell_of(&s, Some("s3"), None);
    assert!(has(&base, s3, What::N, 4), "{:#?}", base.recovered);
    assert_protected_holds(&d);
}

/// A narrowing no publication can avoid is not a leak: s0 (5 students, primary) is hispanic 1
/// and white 4, so white ≤ 4 < 5 = the top of its target, from the labels and the public empty
/// cells alone (found by (b)).
#[test]
fn judge_unavoidable_narrowing() {
    let r = |g: &'static str| Some(("race", g));
    let e = |g: &'static str| Some(("econ", g));
    let mut cells: Vec<Spec> = vec![
        ("s0", None, 0, 5),
        ("s0", e("yes"), 0, 5),
        ("s0", e("no"), 0, 0),
        ("s0", r("asian"), 0, 0),
        ("s0", r("black"), 0, 0),
        ("s0", r("hispanic"), 0, 1),
        ("s0", r("white"), 0, 4),
    ];
    for (_, g, _, _) in cells.clone() {
        cells.push(("s1", g, 0, 0));
    }
    let d = district(&cells, 6, Comparison::Complement, false);
    let s = Structure::of(&d);
    let white = cell_of(&s, Some("s0"), Some(("race", "white")));
    let t = truth(&d, &s);
    assert_eq!(baseline(&s, &t).n_ranges[&white], (1, 4));
    assert_protected_holds(&d);
}

// ---------------------------------------------------------------------------------------------
// (b) Random consistent districts
// ---------------------------------------------------------------------------------------------

const DIMS: [(&str, &[&str]); 3] =
    [("econ", &["yes", "no"]), ("el", &["yes", "no"]), ("race", &["asian", "black", "hispanic", "white"])];
/// Which dimensions a district uses (indices into `DIMS`).
const DIM_SETS: [&[usize]; 4] = [&[0, 2], &[1, 2], &[0, 1], &[0, 1, 2]];

#[derive(Clone, Debug)]
struct SchoolGen {
    n: u64,
    /// The school's rate, in thousandths.
    rate: u16,
    /// Per dimension of `DIMS`, per group: (weight, share of the numerator in thousandths).
    split: [[(u8, u16); 4]; 3],
}

#[derive(Clone, Debug)]
struct Gen {
    schools: Vec<SchoolGen>,
    dims: usize,
    min_n: u64,
    comparison: u8,
    chosen: (usize, usize),
    coding: bool,
}

fn school_gen() -> impl Strategy<Value = SchoolGen> {
    let n = prop_oneof![1 => 0u64..=12, 3 => 20u64..=80, 4 => 60u64..=250];
    let rate = prop_oneof![1 => Just(0u16), 1 => Just(1000u16), 6 => 0u16..=1000];
    let group = (prop_oneof![1 => Just(0u8), 1 => Just(1u8), 8 => 2u8..=8], 0u16..=1000);
    let dim = [group.clone(), group.clone(), group.clone(), group];
    (n, rate, [dim.clone(), dim.clone(), dim]).prop_map(|(n, rate, split)| SchoolGen { n, rate, split })
}

fn gen() -> impl Strategy<Value = Gen> {
    (
        prop::collection::vec(school_gen(), 2..=5),
        0..DIM_SETS.len(),
        5u64..=15,
        0u8..4,
        (0usize..3, 0usize..4),
        any::<bool>(),
    )
        .prop_map(|(schools, dims, min_n, comparison, chosen, coding)| Gen {
            schools,
            dims,
            min_n,
            comparison,
            chosen,
            coding,
        })
}

/// Splits `n` by weights (largest remainder), then `x` consistently (each group's share at
/// most its size, the shares adding up to `x`).
fn split(x: u64, n: u64, parts: &[(u8, u16)]) -> Vec<(u64, u64)> {
    let w: Vec<u64> = parts.iter().map(|p| p.0 as u64).collect();
    let total: u64 = w.iter().sum();
    let mut ns: Vec<u64> = if total == 0 {
        let mut v = vec![0; parts.len()];
        v[0] = n;
        v
    } else {
        w.iter().map(|wi| n * wi / total).collect()
    };
    let mut rest = n - ns.iter().sum::<u64>();
    let mut order: Vec<usize> = (0..parts.len()).filter(|i| w[*i] > 0 || total == 0).collect();
    order.sort_by_key(|i| std::cmp::Reverse(((n * w[*i]) % total.max(1), w[*i])));
    let mut k = 0;
    while rest > 0 {
        ns[order[k % order.len()]] += 1;
        rest -= 1;
        k += 1;
    }
    let (mut x_rest, mut n_rest) = (x, n);
    let mut out = Vec::new();
    for (i, ni) in ns.iter().copied().enumerate() {
        let lo = x_rest.saturating_sub(n_rest - ni);
        let hi = ni.min(x_rest);
        let xi = lo + ((hi - lo) * parts[i].1 as u64 + 500) / 1000;
        out.push((xi, ni));
        x_rest -= xi;
        n_rest -= ni;
    }
    debug_assert_eq!((x_rest, n_rest), (0, 0));
    out
}

fn build(g: &Gen) -> DivideData {
    let dims = DIM_SETS[g.dims];
    let mut cells: Vec<(String, Option<(&str, &str)>, u64, u64)> = Vec::new();
    for (i, sg) in g.schools.iter().enumerate() {
        let id = format!("s{i}");
        let x = (sg.n * sg.rate as u64 + 500) / 1000;
        cells.push((id.clone(), None, x, sg.n));
        for &di in dims {
            let (dim, groups) = DIMS[di];
            let parts = split(x, sg.n, &sg.split[di][..groups.len()]);
            for (gi, (gx, gn)) in parts.into_iter().enumerate() {
                cells.push((id.clone(), Some((dim, groups[gi])), gx, gn));
            }
        }
    }
    let specs: Vec<Spec> = cells.iter().map(|(s, g, x, n)| (s.as_str(), *g, *x, *n)).collect();
    let comparison = match g.comparison {
        0 => Comparison::Complement,
        1 => Comparison::Overall,
        2 => Comparison::HighestGroup,
        _ => {
            let (dim, groups) = DIMS[dims[g.chosen.0 % dims.len()]];
            Comparison::Chosen { dimension: dim.into(), group: groups[g.chosen.1 % groups.len()].into() }
        }
    };
    district(&specs, g.min_n, comparison, g.coding)
}

fn cases() -> u32 {
    ["DEW_PRIVACY_CASES", "PROPTEST_CASES"]
        .iter()
        .find_map(|k| std::env::var(k).ok().and_then(|v| v.parse().ok()))
        .unwrap_or(2000)
}

#[derive(Default)]
struct Tally {
    generated: u32,
    old_leaky: u32,
    old_lps: usize,
    new_lps: usize,
    new_lps_by: BTreeMap<&'static str, usize>,
    old_published: [usize; 4],
    new_published: [usize; 4],
    new_backsolved: usize,
    solver_failures: usize,
    /// Districts where the attacker learnt, from the protected view, only what no view hides.
    unavoidable: u32,
    unavoidable_example: String,
    protect_time: std::time::Duration,
    old_attack_time: std::time::Duration,
    new_attack_time: std::time::Duration,
}

#[test]
fn random_districts_leak_nothing_when_protected() {
    use proptest::test_runner::{Config, TestRunner};
    use std::time::Instant;
    // The test command draws the same 2,000 districts every run (a fixed seed), so a run that
    // passes today passes tomorrow; scripts/privacy-soak (DEW_PRIVACY_CASES) and
    // PROPTEST_RNG_SEED draw others.
    let soak = std::env::var("DEW_PRIVACY_CASES").is_ok() || std::env::var("PROPTEST_RNG_SEED").is_ok();
    let mut config = Config { cases: cases(), failure_persistence: None, ..Config::default() };
    if !soak {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(20_261_206);
    }
    let mut runner = TestRunner::new(config);
    let tally = std::cell::RefCell::new(Tally::default());
    let start = Instant::now();
    let result = runner.run(&gen(), |g| {
        let d = build(&g);
        let t0 = Instant::now();
        let (old, l) = attack_old(&d, true);
        let t1 = Instant::now();
        let view = protected(&d);
        let t2 = Instant::now();
        let s = Structure::of(&d);
        let csv = findings_csv(&view, &d, &English);
        let f = judge(&d, &s, &csv);
        let t3 = Instant::now();
        {
            let mut t = tally.borrow_mut();
            t.generated += 1;
            t.old_leaky += u32::from(!l.is_empty());
            t.old_lps += old.lps;
            t.new_lps += f.lps;
            t.new_backsolved += f.backsolved.len();
            t.solver_failures += f.solver_failures;
            let t = &mut *t;
            for (a, p) in [(&mut t.old_published, old.published), (&mut t.new_published, f.published)] {
                a[0] += p.0;
                a[1] += p.1;
                a[2] += p.2;
                a[3] += p.3;
            }
            for (k, v) in &f.lps_by {
                *t.new_lps_by.entry(k).or_default() += v;
            }
            t.old_attack_time += t1 - t0;
            t.protect_time += t2 - t1;
            t.new_attack_time += t3 - t2;
        }
        assert_sound(&f, &d, &s, "protected");
        let v = leaks(&f, &d, &s, &csv);
        if !v.unavoidable.is_empty() {
            let mut t = tally.borrow_mut();
            t.unavoidable += 1;
            if t.unavoidable_example.is_empty() {
                t.unavoidable_example = report(&f, &v, &d, &csv);
            }
        }
        prop_assert!(v.leaks.is_empty(), "protected view leaks:\n{}", report(&f, &v, &d, &csv));
        Ok(())
    });
    let t = tally.borrow();
    eprintln!(
        "random districts: {} generated (shrinking included); the old analyse() leaks on {}; \
         LPs: old {}, protected {}; time: protected() {:?}, attack on old {:?} (incl. analyse), \
         attack on protected {:?}; total {:?}; LPs on protected by purpose {:?}; \
         (cells, hidden, coded, comparisons) old {:?}, protected {:?}; comparisons back-solved to a \
         unique pair on protected: {}; districts with unavoidable disclosures (not leaks): {}; LPs the solver failed on (no information \
         taken from them): {}",
        t.generated,
        t.old_leaky,
        t.old_lps,
        t.new_lps,
        t.protect_time,
        t.old_attack_time,
        t.new_attack_time,
        start.elapsed(),
        t.new_lps_by,
        t.old_published,
        t.new_published,
        t.new_backsolved,
        t.unavoidable,
        t.solver_failures,
    );
    if std::env::var("DEW_PRIVACY_SHOW").is_ok() && !t.unavoidable_example.is_empty() {
        eprintln!("an unavoidable disclosure:\n{}", t.unavoidable_example);
    }
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(t.old_leaky > 0, "the attacker should find leaks in the old analysis (it can fail)");
}

/// The attacker has teeth against views like the protected one: reveal one cell that
/// `protected` hid to protect another (its counts and rate written in, its label "no") and
/// count how often the attacker then learns something. Ignored: a measurement, not a check
/// (`cargo test --test privacy_attack -- --ignored --nocapture`).
#[test]
#[ignore]
fn teeth_one_complementary_cell_revealed() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut tried, mut leaky) = (0, 0);
    let mut example = String::new();
    for _ in 0..150 {
        let d = build(&gen().new_tree(&mut runner).unwrap().current());
        let s = Structure::of(&d);
        let t = truth(&d, &s);
        let csv = findings_csv(&protected(&d), &d, &English);
        let rows = parse(&csv, &s);
        let text = csv.trim_start_matches('\u{feff}');
        let lines: Vec<&str> = text.lines().collect();
        // Data lines follow the header in the rows' order (notes last).
        for (i, r) in rows.iter().enumerate() {
            if r.hidden != Some(Hidden::Complementary) {
                continue;
            }
            let (x, n) = t[&r.cell];
            let mut fields: Vec<String> = lines[i + 1].split(',').map(str::to_string).collect();
            fields[4] = x.to_string();
            fields[5] = n.to_string();
            fields[6] = format!("{}", x as f64 / n as f64);
            fields[16] = "no".into();
            let mut l2: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            l2[i + 1] = fields.join(",");
            let csv2 = l2.join("\n");
            let f = judge(&d, &s, &csv2);
            let v = verdict(&f, &d, &s, &csv2, false);
            tried += 1;
            if !v.leaks.is_empty() {
                leaky += 1;
                if example.is_empty() {
                    example = format!("revealed {}: {:?}", s.describe(&r.cell), v.leaks);
                }
            }
        }
    }
    eprintln!("revealing one complementary cell of a protected view leaks in {leaky} of {tried} tries; e.g. {example}");
    assert!(leaky > 0);
}

/// Found by scripts/privacy-soak (20,000 districts): with coding on, the attacker rounds the
/// coded bands to whole students (x ≤ ⌊0.05 n⌋: 1 of 24 and 2 of 56), which proves s0's white
/// group has at least 2 students, narrower than its 1..3 protection interval. The audit must
/// round the bands the same way.
#[test]
fn coded_bands_are_whole_students() {
    let cells: Vec<Spec> = vec![
        ("s0", None, 5, 5),
        ("s0", Some(("el", "no")), 0, 0),
        ("s0", Some(("el", "yes")), 5, 5),
        ("s0", Some(("race", "asian")), 0, 0),
        ("s0", Some(("race", "black")), 0, 0),
        ("s0", Some(("race", "hispanic")), 3, 3),
        ("s0", Some(("race", "white")), 2, 2),
        ("s1", None, 15, 60),
        ("s1", Some(("el", "no")), 0, 0),
        ("s1", Some(("el", "yes")), 15, 60),
        ("s1", Some(("race", "asian")), 11, 24),
        ("s1", Some(("race", "black")), 2, 6),
        ("s1", Some(("race", "hispanic")), 1, 6),
        ("s1", Some(("race", "white")), 1, 24),
        ("s2", None, 31, 118),
        ("s2", Some(("el", "no")), 30, 59),
        ("s2", Some(("el", "yes")), 1, 59),
        ("s2", Some(("race", "asian")), 10, 39),
        ("s2", Some(("race", "black")), 2, 39),
        ("s2", Some(("race", "hispanic")), 0, 20),
        ("s2", Some(("race", "white")), 19, 20),
        ("s3", None, 9, 98),
        ("s3", Some(("el", "no")), 9, 98),
        ("s3", Some(("el", "yes")), 0, 0),
        ("s3", Some(("race", "asian")), 1, 14),
        ("s3", Some(("race", "black")), 4, 21),
        ("s3", Some(("race", "hispanic")), 2, 7),
        ("s3", Some(("race", "white")), 2, 56),
    ];
    let d = district(&cells, 9, Comparison::Complement, true);
    assert_protected_holds(&d);
}
