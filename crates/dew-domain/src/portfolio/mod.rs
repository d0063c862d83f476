//! The technology portfolio: the inventory of products, the review questions for each phase
//! (Selection, Infrastructure, Implementation, with the Equity and Evaluation lenses), the
//! decision per product per cycle, and the overview lists computed from the inventory.
//!
//! Invariants:
//! - product ids are unique within a portfolio, below `Portfolio::next_id`, never reused, and
//!   kept when the portfolio is carried into the next cycle, so decisions can be followed;
//! - a decision belongs to a product of the same portfolio;
//! - usage counts are aggregates (active and enrolled users per school and group), never rows.

pub mod csv;
pub mod questions_es;
pub mod sample;
pub mod usage;
pub mod usage_es;

use super::date::Date;
use super::divides::model::DivideData;
use std::collections::BTreeMap;
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Privacy {
    /// A student data privacy agreement is signed.
    Signed,
    /// The product holds student data and there is no signed agreement.
    Missing,
    /// The product holds no student data.
    NotNeeded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Accessibility {
    /// WCAG 2.1 AA conformance documented (for example by a VPAT / ACR).
    Documented,
    Partial,
    No,
    Unknown,
}

/// ESSA evidence tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Evidence {
    Tier1,
    Tier2,
    Tier3,
    Tier4,
    NoTier,
}

macro_rules! wire_enum {
    ($t:ty, $($v:path => $s:literal),+ $(,)?) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$($v),+];
            /// Frozen wire names, also used in the inventory CSV.
            pub fn as_wire(self) -> &'static str {
                match self { $($v => $s),+ }
            }
            pub fn from_wire(s: &str) -> Option<$t> {
                let s = s.trim().to_lowercase();
                Self::ALL.iter().copied().find(|x| x.as_wire() == s)
            }
        }
    };
}

wire_enum!(Privacy, Privacy::Signed => "signed", Privacy::Missing => "none", Privacy::NotNeeded => "not-needed");
wire_enum!(Accessibility, Accessibility::Documented => "yes", Accessibility::Partial => "partial",
    Accessibility::No => "no", Accessibility::Unknown => "unknown");
wire_enum!(Evidence, Evidence::Tier1 => "tier-1", Evidence::Tier2 => "tier-2", Evidence::Tier3 => "tier-3",
    Evidence::Tier4 => "tier-4", Evidence::NoTier => "none");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    Partly,
    No,
    NotKnown,
}
wire_enum!(Answer, Answer::Yes => "yes", Answer::Partly => "partly", Answer::No => "no", Answer::NotKnown => "not-known");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DecisionKind {
    Adopt,
    Retain,
    Reform,
    Replace,
    Retire,
}
wire_enum!(DecisionKind, DecisionKind::Adopt => "adopt", DecisionKind::Retain => "retain",
    DecisionKind::Reform => "reform-implementation", DecisionKind::Replace => "replace", DecisionKind::Retire => "retire");

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewAnswer {
    pub answer: Answer,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: u32,
    pub name: String,
    pub category: String,
    /// The pressing need of learners or educators it serves.
    pub need: String,
    pub grades: String,
    pub subjects: String,
    pub licences: Option<u64>,
    pub active_users: Option<u64>,
    /// Whole dollars a year.
    pub annual_cost: Option<u64>,
    pub contract_end: Option<Date>,
    pub privacy: Privacy,
    pub accessibility: Accessibility,
    pub evidence: Evidence,
    pub single_sign_on: bool,
    /// A rostering standard, e.g. "OneRoster"; blank for none.
    pub rostering: String,
    pub lti: bool,
    pub training: String,
    pub goals: String,
    /// Review answers by question id.
    pub review: BTreeMap<String, ReviewAnswer>,
    /// Usage counts by school and group (one indicator: active of enrolled users).
    pub usage: Option<DivideData>,
}

impl Product {
    pub fn new(id: u32, name: &str) -> Product {
        Product {
            id,
            name: name.trim().to_string(),
            category: String::new(),
            need: String::new(),
            grades: String::new(),
            subjects: String::new(),
            licences: None,
            active_users: None,
            annual_cost: None,
            contract_end: None,
            privacy: Privacy::Missing,
            accessibility: Accessibility::Unknown,
            evidence: Evidence::NoTier,
            single_sign_on: false,
            rostering: String::new(),
            lti: false,
            training: String::new(),
            goals: String::new(),
            review: BTreeMap::new(),
            usage: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub kind: DecisionKind,
    pub rationale: String,
    pub review_date: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portfolio {
    pub products: Vec<Product>,
    /// This cycle's decision per product id.
    pub decisions: BTreeMap<u32, Decision>,
    pub next_id: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PortfolioError {
    #[error("the product name is empty")]
    EmptyName,
    #[error("no product has id {0}")]
    NoSuchProduct(u32),
    #[error("product id {0} is used twice")]
    DuplicateId(u32),
    #[error("product id {id} is not below next_id {next}")]
    IdNotBelowNext { id: u32, next: u32 },
    #[error("a decision names product {0}, which is not in the inventory")]
    OrphanDecision(u32),
}

impl Portfolio {
    pub fn product(&self, id: u32) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    pub fn product_mut(&mut self, id: u32) -> Result<&mut Product, PortfolioError> {
        self.products.iter_mut().find(|p| p.id == id).ok_or(PortfolioError::NoSuchProduct(id))
    }

    /// Adds a product with a name and returns its id.
    pub fn add(&mut self, name: &str) -> Result<u32, PortfolioError> {
        if name.trim().is_empty() {
            return Err(PortfolioError::EmptyName);
        }
        let id = self.next_id;
        self.next_id += 1;
        self.products.push(Product::new(id, name));
        Ok(id)
    }

    /// Adds a copy of a product (inventory fields only: no review, decision or usage) named
    /// "… (copy)", right after it.
    pub fn duplicate(&mut self, id: u32) -> Result<u32, PortfolioError> {
        let i = self.products.iter().position(|p| p.id == id).ok_or(PortfolioError::NoSuchProduct(id))?;
        let new_id = self.next_id;
        self.next_id += 1;
        let mut copy = self.products[i].clone();
        copy.id = new_id;
        copy.name = format!("{} (copy)", copy.name);
        copy.review.clear();
        copy.usage = None;
        self.products.insert(i + 1, copy);
        Ok(new_id)
    }

    /// Removes a product with its decision; returns what `restore` needs.
    pub fn remove(&mut self, id: u32) -> Option<(usize, Product, Option<Decision>)> {
        let i = self.products.iter().position(|p| p.id == id)?;
        let p = self.products.remove(i);
        let d = self.decisions.remove(&id);
        Some((i, p, d))
    }

    pub fn restore(&mut self, index: usize, product: Product, decision: Option<Decision>) {
        if let Some(d) = decision {
            self.decisions.insert(product.id, d);
        }
        let i = index.min(self.products.len());
        self.products.insert(i, product);
    }

    pub fn validate(&self) -> Result<(), PortfolioError> {
        let mut seen = std::collections::BTreeSet::new();
        for p in &self.products {
            if p.name.trim().is_empty() {
                return Err(PortfolioError::EmptyName);
            }
            if !seen.insert(p.id) {
                return Err(PortfolioError::DuplicateId(p.id));
            }
            if p.id >= self.next_id {
                return Err(PortfolioError::IdNotBelowNext { id: p.id, next: self.next_id });
            }
        }
        if let Some(id) = self.decisions.keys().find(|id| !seen.contains(id)) {
            return Err(PortfolioError::OrphanDecision(*id));
        }
        Ok(())
    }

    /// The portfolio as the next cycle starts it: the inventory and its review answers, with
    /// the same ids; decisions are made afresh (earlier ones stay in their cycle).
    pub fn carried_forward(&self) -> Portfolio {
        Portfolio { products: self.products.clone(), decisions: BTreeMap::new(), next_id: self.next_id }
    }
}

// ---------------------------------------------------------------------------------------------
// The review

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    Selection,
    Infrastructure,
    Implementation,
    Equity,
    Evaluation,
}

impl Phase {
    pub const ALL: [Phase; 5] =
        [Phase::Selection, Phase::Infrastructure, Phase::Implementation, Phase::Equity, Phase::Evaluation];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable id, e.g. `selection.need`.
    pub id: &'static str,
    pub phase: Phase,
    pub text: &'static str,
}

const fn q(id: &'static str, phase: Phase, text: &'static str) -> Question {
    Question { id, phase, text }
}

/// The review checklist, in our own words, after REL Northwest's "Leveraging Technology for
/// Student Success": three phases, with equity and evaluation asked throughout.
pub const QUESTIONS: &[Question] = &[
    q("selection.need", Phase::Selection, "Does it meet a pressing need that our students or staff have named?"),
    q("selection.unique", Phase::Selection, "Does it do something no other product we already pay for does?"),
    q("selection.fit", Phase::Selection, "Is its content relevant to our students' cultures, languages and contexts?"),
    q(
        "infrastructure.integration",
        Phase::Infrastructure,
        "Does it work with our systems (single sign-on, rostering, the learning platform)?",
    ),
    q(
        "infrastructure.privacy",
        Phase::Infrastructure,
        "Are student data protected by a signed agreement and sound security?",
    ),
    q(
        "infrastructure.access",
        Phase::Infrastructure,
        "Can every student reach it on the devices and connections they actually have, at school and at home?",
    ),
    q(
        "implementation.training",
        Phase::Implementation,
        "Do teachers, students and families get the training and ongoing support to use it well?",
    ),
    q("implementation.use", Phase::Implementation, "Is it used as intended, and as often as planned?"),
    q(
        "equity.reach",
        Phase::Equity,
        "Do all groups of students use it and benefit from it, with no group left behind?",
    ),
    q(
        "equity.accessible",
        Phase::Equity,
        "Is it usable by students with disabilities, with documented WCAG 2.1 AA conformance?",
    ),
    q("evaluation.goals", Phase::Evaluation, "Have we set goals for it, with success criteria we can check?"),
    q("evaluation.results", Phase::Evaluation, "Are we seeing the results we expected, worth what it costs?"),
];

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// (answered, total) questions of a product's review.
pub fn review_progress(p: &Product) -> (usize, usize) {
    (QUESTIONS.iter().filter(|q| p.review.contains_key(q.id)).count(), QUESTIONS.len())
}

// ---------------------------------------------------------------------------------------------
// The overview

/// Cost per licence and per active user, in dollars; `None` without both figures or with zero.
pub fn cost_per(cost: Option<u64>, count: Option<u64>) -> Option<f64> {
    match (cost, count) {
        (Some(c), Some(n)) if n > 0 => Some(c as f64 / n as f64),
        _ => None,
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// Products serving the same need (as written, ignoring case and spacing): (need, ids).
    pub overlapping: Vec<(String, Vec<u32>)>,
    /// Contracts ending from today to `today + window` days: (id, end date), soonest first.
    pub ending_soon: Vec<(u32, Date)>,
    /// Products holding student data without a signed privacy agreement.
    pub no_privacy_agreement: Vec<u32>,
    /// Products without documented WCAG 2.1 AA conformance.
    pub no_accessibility: Vec<u32>,
    /// Products with no evidence tier and no local goals or success criteria.
    pub no_evidence: Vec<u32>,
}

/// Days from `a` to `b` (negative when `b` is earlier), by the proleptic Gregorian calendar.
pub fn days_between(a: Date, b: Date) -> i64 {
    fn days(d: Date) -> i64 {
        // Days since 0000-03-01, a standard civil-from-days inverse.
        let (y, m) =
            if d.month <= 2 { (d.year as i64 - 1, d.month as i64 + 9) } else { (d.year as i64, d.month as i64 - 3) };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + d.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }
    days(b) - days(a)
}

pub fn overview(p: &Portfolio, today: Date, window_days: i64) -> Overview {
    let mut by_need: BTreeMap<String, (String, Vec<u32>)> = BTreeMap::new();
    for x in p.products.iter().filter(|x| !x.need.trim().is_empty()) {
        by_need.entry(norm(&x.need)).or_insert_with(|| (x.need.trim().to_string(), Vec::new())).1.push(x.id);
    }
    let overlapping = by_need.into_values().filter(|(_, ids)| ids.len() > 1).collect();
    let mut ending_soon: Vec<(u32, Date)> = p
        .products
        .iter()
        .filter_map(|x| x.contract_end.map(|d| (x.id, d)))
        .filter(|(_, d)| (0..=window_days).contains(&days_between(today, *d)))
        .collect();
    ending_soon.sort_by_key(|(id, d)| (*d, *id));
    let ids = |f: &dyn Fn(&Product) -> bool| p.products.iter().filter(|x| f(x)).map(|x| x.id).collect::<Vec<_>>();
    Overview {
        overlapping,
        ending_soon,
        no_privacy_agreement: ids(&|x| x.privacy == Privacy::Missing),
        no_accessibility: ids(&|x| x.accessibility != Accessibility::Documented),
        no_evidence: ids(&|x| x.evidence == Evidence::NoTier && x.goals.trim().is_empty()),
    }
}

/// A product's decision in each cycle (oldest first); `None` where that cycle made none or
/// did not have the product.
pub fn decision_history<'a>(
    cycles: impl IntoIterator<Item = (&'a str, &'a Portfolio)>,
    product: u32,
) -> Vec<(&'a str, Option<&'a Decision>)> {
    cycles.into_iter().map(|(label, p)| (label, p.decisions.get(&product))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn days_between_counts_calendar_days() {
        assert_eq!(days_between(d("2026-11-23"), d("2026-11-24")), 1);
        assert_eq!(days_between(d("2026-11-23"), d("2027-02-21")), 90);
        assert_eq!(days_between(d("2028-02-28"), d("2028-03-01")), 2);
        assert_eq!(days_between(d("2027-01-01"), d("2026-12-31")), -1);
    }

    /// Hand-worked: A and B both serve "Reading practice" (spelled differently); A costs
    /// $12,000 for 400 licences ($30 each) and 300 active users ($40 each).
    #[test]
    fn overview_finds_overlaps_contracts_privacy_accessibility_and_evidence_gaps() {
        let mut p = Portfolio::default();
        let a = p.add("Reader A").unwrap();
        let b = p.add("Reader B").unwrap();
        let c = p.add("Math C").unwrap();
        {
            let x = p.product_mut(a).unwrap();
            x.need = "Reading practice".into();
            x.annual_cost = Some(12_000);
            x.licences = Some(400);
            x.active_users = Some(300);
            x.contract_end = Some(d("2027-02-21"));
            x.privacy = Privacy::Signed;
            x.accessibility = Accessibility::Documented;
            x.evidence = Evidence::Tier2;
        }
        {
            let x = p.product_mut(b).unwrap();
            x.need = "  reading   PRACTICE ".into();
            x.contract_end = Some(d("2027-02-22"));
            x.goals = "Raise fluency by spring".into();
        }
        p.product_mut(c).unwrap().privacy = Privacy::NotNeeded;
        let x = p.product(a).unwrap();
        assert_eq!(cost_per(x.annual_cost, x.licences), Some(30.0));
        assert_eq!(cost_per(x.annual_cost, x.active_users), Some(40.0));
        assert_eq!(cost_per(Some(5), Some(0)), None);
        let o = overview(&p, d("2026-11-23"), 90);
        assert_eq!(o.overlapping, vec![("Reading practice".to_string(), vec![a, b])]);
        assert_eq!(o.ending_soon, vec![(a, d("2027-02-21"))], "91 days away is outside a 90-day window");
        assert_eq!(overview(&p, d("2026-11-23"), 120).ending_soon.len(), 2);
        assert_eq!(o.no_privacy_agreement, vec![b]);
        assert_eq!(o.no_accessibility, vec![b, c]);
        assert_eq!(o.no_evidence, vec![c]);
    }

    #[test]
    fn ids_are_kept_decisions_follow_products_and_removal_can_be_undone() {
        let mut p = Portfolio::default();
        let a = p.add("A").unwrap();
        assert_eq!(p.add(" "), Err(PortfolioError::EmptyName));
        p.decisions.insert(a, Decision { kind: DecisionKind::Retire, rationale: "Unused".into(), review_date: None });
        p.product_mut(a)
            .unwrap()
            .review
            .insert("selection.need".into(), ReviewAnswer { answer: Answer::No, note: String::new() });
        let copy = p.duplicate(a).unwrap();
        assert_eq!(p.product(copy).unwrap().name, "A (copy)");
        assert!(p.product(copy).unwrap().review.is_empty());
        let (i, prod, dec) = p.remove(a).unwrap();
        assert!(p.decisions.is_empty());
        let b = p.add("B").unwrap();
        assert!(b > copy, "ids are never reused");
        p.restore(i, prod, dec);
        assert_eq!(p.products[0].id, a);
        assert!(p.validate().is_ok());
        p.decisions.insert(99, Decision { kind: DecisionKind::Adopt, rationale: String::new(), review_date: None });
        assert_eq!(p.validate(), Err(PortfolioError::OrphanDecision(99)));
        for k in DecisionKind::ALL {
            assert_eq!(DecisionKind::from_wire(k.as_wire()), Some(*k));
        }
    }

    #[test]
    fn decisions_are_per_cycle_and_history_shows_the_change() {
        let mut year1 = Portfolio::default();
        let a = year1.add("A").unwrap();
        year1
            .decisions
            .insert(a, Decision { kind: DecisionKind::Reform, rationale: "Low use".into(), review_date: None });
        let mut year2 = year1.carried_forward();
        assert!(year2.decisions.is_empty(), "a new cycle decides afresh");
        assert_eq!(year2.products, year1.products);
        year2
            .decisions
            .insert(a, Decision { kind: DecisionKind::Retire, rationale: "Still low".into(), review_date: None });
        let h = decision_history([("2025–26", &year1), ("2026–27", &year2)], a);
        let kinds: Vec<_> = h.iter().map(|(l, d)| (*l, d.map(|d| d.kind))).collect();
        assert_eq!(kinds, vec![("2025–26", Some(DecisionKind::Reform)), ("2026–27", Some(DecisionKind::Retire))]);
    }

    #[test]
    fn review_progress_counts_answered_questions_and_ids_are_unique() {
        let mut p = Product::new(0, "X");
        assert_eq!(review_progress(&p), (0, QUESTIONS.len()));
        p.review.insert("equity.reach".into(), ReviewAnswer { answer: Answer::Partly, note: "EL use is low".into() });
        p.review.insert("retired.question".into(), ReviewAnswer { answer: Answer::Yes, note: String::new() });
        assert_eq!(review_progress(&p).0, 1);
        let mut ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
        assert!(Phase::ALL.iter().all(|ph| QUESTIONS.iter().any(|q| q.phase == *ph)));
    }
}
