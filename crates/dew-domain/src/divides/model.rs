//! The divide-analysis model: indicators (proportions), schools, student-group dimensions,
//! the counts per indicator × school × group, and the analysis settings.
//!
//! Invariants:
//! - counts are stored exactly as entered; a cell whose numerator exceeds its denominator is
//!   kept, marked invalid by `Counts::is_valid`, and excluded from every computation;
//! - built-in indicators and dimensions live in code (`builtin_indicators`, `builtin_dimensions`);
//!   only custom ones are stored, with ids that never collide with built-in ones.

use crate::assessment::content::Divide;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DivideIndicator {
    pub id: String,
    pub name: String,
    pub divide: Divide,
    /// Who counts in the numerator.
    pub numerator: String,
    /// Who counts in the denominator.
    pub denominator: String,
    pub direction: Direction,
    pub source: String,
    pub builtin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub groups: Vec<Group>,
    pub builtin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub id: String,
    pub name: String,
}

/// Where a cell's counts belong: an indicator at a school, for all its students (`group` is
/// `None`) or for one group of one dimension. Ids are shared strings: a district has tens of
/// thousands of cells but few distinct ids, and the analysis compares them by pointer first.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellKey {
    pub indicator: Id,
    pub school: Id,
    /// (dimension id, group id)
    pub group: Option<(Id, Id)>,
}

/// A shared, immutable id string.
pub type Id = std::sync::Arc<str>;

/// Returns the shared copy of `s` from `pool`, adding it if new: keys built through one pool
/// share their strings.
pub fn intern(pool: &mut std::collections::HashMap<String, Id>, s: &str) -> Id {
    if let Some(x) = pool.get(s) {
        return x.clone();
    }
    let id: Id = s.into();
    pool.insert(s.to_string(), id.clone());
    id
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Counts {
    pub numerator: u64,
    pub denominator: u64,
}

impl Counts {
    pub fn is_valid(&self) -> bool {
        self.numerator <= self.denominator
    }

    /// The share meeting the indicator, for counts that make one (valid, someone answered).
    pub fn rate(&self) -> Option<f64> {
        (self.is_valid() && self.denominator > 0).then(|| self.numerator as f64 / self.denominator as f64)
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts { numerator: self.numerator + o.numerator, denominator: self.denominator + o.denominator }
    }
}

/// What a group is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    /// Everyone else in the same scope (the default).
    Complement,
    /// Everyone in the scope, the group included.
    Overall,
    /// The group of the same dimension with the highest rate in the scope.
    HighestGroup,
    /// A chosen group of one dimension; other dimensions use the complement.
    Chosen { dimension: String, group: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Gap, in percentage points, from which a gap is flagged.
    pub threshold_points: f64,
    /// Cells with fewer respondents than this are suppressed (5–30).
    pub min_n: u64,
    pub comparison: Comparison,
    /// Top/bottom coding of rates (≤5%, ≥95%) in exports.
    pub top_bottom_coding: bool,
    /// The privacy audit's protection level: a primary cell's count must stay uncertain by
    /// this percent of itself, at least one, on both sides (0–50; see `protect`).
    pub protection_percent: u64,
    /// A priority must survive the adjustment for the number of comparisons made
    /// (`divides::multiplicity`). Off only for a team that must match a report made without it.
    pub adjust_for_chance: bool,
}

pub const MIN_N_RANGE: std::ops::RangeInclusive<u64> = 5..=30;
pub const PROTECTION_RANGE: std::ops::RangeInclusive<u64> = 0..=50;
/// The default protection level, percent of a primary cell's count (see `protect`).
pub const DEFAULT_PROTECTION_PERCENT: u64 = 10;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            threshold_points: 10.0,
            min_n: 10,
            comparison: Comparison::Complement,
            top_bottom_coding: false,
            protection_percent: DEFAULT_PROTECTION_PERCENT,
            adjust_for_chance: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DivideData {
    /// Custom indicators only.
    pub custom_indicators: Vec<DivideIndicator>,
    /// Custom dimensions only.
    pub custom_dimensions: Vec<Dimension>,
    pub schools: Vec<School>,
    /// Shared between copies until one of them changes it (`cells_mut`): the store keeps the
    /// workspace as last saved beside the one being edited, and comparing the two (on every
    /// save, and for the journal written while a page closes) then skips an unchanged cycle's
    /// 27,000 cells by pointer instead of walking them.
    pub cells: std::sync::Arc<BTreeMap<CellKey, Counts>>,
    pub settings: Settings,
}

fn ind(id: &str, name: &str, divide: Divide, numerator: &str, denominator: &str, source: &str) -> DivideIndicator {
    DivideIndicator {
        id: id.into(),
        name: name.into(),
        divide,
        numerator: numerator.into(),
        denominator: denominator.into(),
        direction: Direction::HigherIsBetter,
        source: source.into(),
        builtin: true,
    }
}

/// The built-in indicators of PRODUCT.md §3. Ids are stored in user data: never change one.
pub fn builtin_indicators() -> Vec<DivideIndicator> {
    use Divide::*;
    vec![
        ind(
            "dedicated-device",
            "Has a dedicated learning device",
            Access,
            "Students with a computer or tablet for schoolwork that is theirs to use (not a phone, not shared)",
            "Students who answered",
            "NCES Forum Guide to Digital Equity, Appendix B",
        ),
        ind(
            "device-sufficient",
            "Device sufficient for all schoolwork",
            Access,
            "Students whose device lets them do all their schoolwork",
            "Students who answered",
            "NCES Forum Guide to Digital Equity, Appendix B",
        ),
        ind(
            "home-internet",
            "Internet at home on the learning device",
            Access,
            "Students who can connect their learning device to the internet at home",
            "Students who answered",
            "NCES Forum Guide to Digital Equity, Appendix B",
        ),
        ind(
            "home-internet-sufficient",
            "Home internet sufficient for streaming and uploads",
            Access,
            "Students whose home connection streams video and uploads work without regular interruption",
            "Students with internet at home who answered",
            "NCES Forum Guide to Digital Equity, Appendix B",
        ),
        ind(
            "broadband-benchmark",
            "Home service at the FCC broadband benchmark",
            Access,
            "Households with home service of at least 100 Mbps down and 20 Mbps up",
            "Households whose service speed is known",
            "FCC 2024 Section 706 report (100/20 Mbps)",
        ),
        ind(
            "assistive-tech-met",
            "Assistive technology needs met",
            Access,
            "Students with an IEP or 504 plan whose assistive technology needs are met",
            "Students with an IEP or 504 plan who need assistive technology",
            "District IEP/504 records",
        ),
        ind(
            "active-use-observed",
            "Lessons with active student use of technology",
            Use,
            "Observed lessons at Adaptation or higher on the Technology Integration Matrix's Active characteristic",
            "Observed lessons where technology was used",
            "Technology Integration Matrix (University of South Florida)",
        ),
        ind(
            "create-weekly",
            "Students who create with technology weekly",
            Use,
            "Students who create something with technology at least once a week",
            "Students who answered",
            "Student survey",
        ),
        ind(
            "collaborate-weekly",
            "Students who collaborate online weekly",
            Use,
            "Students who work with classmates online at least once a week",
            "Students who answered",
            "Student survey",
        ),
        ind(
            "teachers-prepared",
            "Teachers prepared to design technology-enabled learning",
            Design,
            "Teachers who say they are well or very well prepared",
            "Teachers who answered",
            "NCES FRSS teacher preparedness scale",
        ),
        ind(
            "teachers-coached",
            "Teachers with access to instructional-technology coaching",
            Design,
            "Teachers who can get coaching on teaching with technology",
            "Teachers who answered",
            "Staff survey or coaching logs",
        ),
        ind(
            "teachers-pl-target",
            "Teachers who met this year's professional-learning target",
            Design,
            "Teachers who completed the district's professional-learning target this year",
            "Teachers",
            "Professional-learning records",
        ),
    ]
}

fn dim(id: &str, name: &str, groups: &[(&str, &str)]) -> Dimension {
    Dimension {
        id: id.into(),
        name: name.into(),
        groups: groups.iter().map(|(i, n)| Group { id: (*i).into(), name: (*n).into() }).collect(),
        builtin: true,
    }
}

/// The built-in student-group dimensions. Ids are stored in user data: never change one.
pub fn builtin_dimensions() -> Vec<Dimension> {
    vec![
        dim(
            "econ",
            "Economically disadvantaged",
            &[("yes", "Economically disadvantaged"), ("no", "Not economically disadvantaged")],
        ),
        dim(
            "race",
            "Race/ethnicity",
            &[
                ("aian", "American Indian or Alaska Native"),
                ("asian", "Asian"),
                ("black", "Black or African American"),
                ("hispanic", "Hispanic or Latino"),
                ("nhpi", "Native Hawaiian or Other Pacific Islander"),
                ("white", "White"),
                ("multi", "Two or more races"),
            ],
        ),
        dim(
            "swd",
            "Students with disabilities",
            &[("yes", "Students with disabilities"), ("no", "Students without disabilities")],
        ),
        dim("el", "English learners", &[("yes", "English learners"), ("no", "Not English learners")]),
        dim("locale", "Locale", &[("city", "City"), ("suburb", "Suburb"), ("town", "Town"), ("rural", "Rural")]),
        dim("grade", "Grade band", &[("elementary", "Elementary"), ("middle", "Middle"), ("high", "High")]),
    ]
}

impl DivideData {
    pub fn indicators(&self) -> Vec<DivideIndicator> {
        let mut v = builtin_indicators();
        v.extend(self.custom_indicators.iter().cloned());
        v
    }

    pub fn dimensions(&self) -> Vec<Dimension> {
        let mut v = builtin_dimensions();
        v.extend(self.custom_dimensions.iter().cloned());
        v
    }

    pub fn school_name(&self, id: &str) -> Option<&str> {
        self.schools.iter().find(|s| s.id == id).map(|s| s.name.as_str())
    }

    /// The cells, to change: this copy's own from here on (a copy sharing them keeps its own).
    pub fn cells_mut(&mut self) -> &mut BTreeMap<CellKey, Counts> {
        std::sync::Arc::make_mut(&mut self.cells)
    }
}

impl DivideData {
    /// The display name of a group ("English learners"), or the raw ids if unknown.
    pub fn group_name(&self, dimension: &str, group: &str) -> String {
        self.dimensions()
            .into_iter()
            .find(|d| d.id == dimension)
            .and_then(|d| d.groups.into_iter().find(|g| g.id == group).map(|g| g.name))
            .unwrap_or_else(|| format!("{dimension}:{group}"))
    }

    pub fn indicator(&self, id: &str) -> Option<DivideIndicator> {
        self.indicators().into_iter().find(|i| i.id == id)
    }

    /// Cells that name an indicator, school or group the workspace does not have (kept, not
    /// analysed).
    pub fn orphan_cells(&self) -> usize {
        let inds = self.indicators();
        let dims = self.dimensions();
        self.cells
            .keys()
            .filter(|k| {
                !inds.iter().any(|i| *i.id == *k.indicator)
                    || !self.schools.iter().any(|s| *s.id == *k.school)
                    || k.group.as_ref().is_some_and(|(d, g)| {
                        !dims.iter().any(|x| *x.id == **d && x.groups.iter().any(|y| *y.id == **g))
                    })
            })
            .count()
    }
}

/// A required field of a custom indicator or grouping that was left blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Numerator,
    Denominator,
    Groups,
}

/// The required fields of a custom indicator that are blank, in form order.
pub fn blank_indicator_fields(name: &str, numerator: &str, denominator: &str) -> Vec<Field> {
    [(name, Field::Name), (numerator, Field::Numerator), (denominator, Field::Denominator)]
        .into_iter()
        .filter(|(v, _)| v.trim().is_empty())
        .map(|(_, f)| f)
        .collect()
}

/// Reads "Stably housed, McKinney-Vento eligible" into distinct group names (case and spacing
/// ignored for sameness, first spelling kept). A grouping needs at least two.
pub fn parse_group_names(text: &str) -> Result<Vec<String>, Field> {
    let mut out: Vec<String> = Vec::new();
    for g in text.split(',').map(|g| g.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|g| !g.is_empty()) {
        if !out.iter().any(|x| x.to_lowercase() == g.to_lowercase()) {
            out.push(g);
        }
    }
    if out.len() < 2 {
        Err(Field::Groups)
    } else {
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_only_from_counts_that_make_one() {
        assert_eq!(Counts { numerator: 30, denominator: 40 }.rate(), Some(0.75));
        assert_eq!(Counts { numerator: 0, denominator: 40 }.rate(), Some(0.0));
        assert_eq!(Counts { numerator: 0, denominator: 0 }.rate(), None, "nobody answered");
        assert_eq!(Counts { numerator: 41, denominator: 40 }.rate(), None, "more meeting it than answered");
    }

    #[test]
    fn builtin_ids_are_unique_and_cover_every_divide() {
        let ids: std::collections::BTreeSet<String> = builtin_indicators().into_iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), 12);
        for d in Divide::ALL {
            assert!(builtin_indicators().iter().filter(|i| i.divide == d).count() >= 3, "{d:?}");
        }
        let dims = builtin_dimensions();
        let dim_ids: std::collections::BTreeSet<&str> = dims.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(dim_ids.len(), dims.len());
        for d in &dims {
            let g: std::collections::BTreeSet<&str> = d.groups.iter().map(|g| g.id.as_str()).collect();
            assert_eq!(g.len(), d.groups.len(), "{}", d.id);
        }
    }

    #[test]
    fn invalid_counts_are_recognised_not_changed() {
        let c = Counts { numerator: 12, denominator: 10 };
        assert!(!c.is_valid());
        assert_eq!(c.numerator, 12);
        assert!(Counts { numerator: 0, denominator: 0 }.is_valid());
    }

    #[test]
    fn blank_indicator_fields_are_named_in_form_order() {
        assert_eq!(blank_indicator_fields("Hotspots", "lent", "asked"), vec![]);
        assert_eq!(blank_indicator_fields("  ", "lent", ""), vec![Field::Name, Field::Denominator]);
    }

    #[test]
    fn group_names_are_distinct_and_at_least_two() {
        assert_eq!(
            parse_group_names(" Stably housed ,  McKinney-Vento eligible,"),
            Ok(vec!["Stably housed".into(), "McKinney-Vento eligible".into()])
        );
        // Repeats are dropped even when not next to each other.
        assert_eq!(parse_group_names("A, b, a, B"), Ok(vec!["A".into(), "b".into()]));
        assert_eq!(parse_group_names("Only one, only ONE"), Err(Field::Groups));
        assert_eq!(parse_group_names(" , "), Err(Field::Groups));
    }
}
