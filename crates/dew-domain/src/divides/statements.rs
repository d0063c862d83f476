//! WHO needs WHAT: the priorities rolled up into a few statements, so that one sentence says
//! what the same story repeated across schools says. Three kinds:
//! - a group on one indicator, across schools: its priorities at the schools, and the
//!   district-wide one if there is one ("English learners: behind on home internet at 7 of 12
//!   schools; across the district 18 points below other students");
//! - a school on one divide: its whole-school priorities against the other schools on that
//!   divide's indicators ("Eastside Middle is behind the other schools on 5 of 6 access
//!   indicators");
//! - a group across the divides: its district-wide priorities on indicators of two or more
//!   divides.
//!
//! Each kind partitions the findings it uses (by group and indicator, by school and divide, by
//! group), so no finding is in two statements of the same kind. Made from the protected view's
//! findings, so from published figures only.

use super::analysis::{Analysis, Flag};
use super::findings::{findings, students_affected, Finding};
use crate::assessment::content::Divide;
use std::collections::BTreeMap;

/// What a statement is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    /// A group (dimension id, group id) on one indicator (by index) across schools.
    GroupOnIndicator { group: (String, String), indicator: usize },
    /// A school (by id) on one divide.
    SchoolOnDivide { school: String, divide: Divide },
    /// A group across the divides.
    GroupAcrossDivides { group: (String, String) },
}

/// One statement and the priorities it rolls up.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement<'a> {
    pub about: About,
    /// The priorities it stands for, most students affected first.
    pub findings: Vec<Finding<'a>>,
    /// For a group on an indicator: schools with a priority, of schools where the group is
    /// compared. For a school on a divide: indicators with a priority, of the divide's
    /// indicators compared there. For a group across divides: (divide, priorities) per divide.
    pub of: (usize, usize),
    pub per_divide: Vec<(Divide, usize)>,
    /// For a group on an indicator: the district-wide priority, if there is one.
    pub district: Option<Finding<'a>>,
    /// Students on the short side: the district-wide finding's when there is one, the sum over
    /// schools (different students) otherwise; for a school or across divides, the largest of
    /// its findings' (the same students may be behind on several indicators).
    pub students: u64,
}

impl Statement<'_> {
    /// Stable: `group:<dimension>:<group>@<indicator id>`, `school:<id>@<divide>`, or
    /// `group:<dimension>:<group>`.
    pub fn id(&self, a: &Analysis) -> String {
        match &self.about {
            About::GroupOnIndicator { group: (d, g), indicator } => {
                format!("group:{d}:{g}@{}", a.indicators[*indicator].id)
            }
            About::SchoolOnDivide { school, divide } => {
                format!("school:{school}@{}", format!("{divide:?}").to_lowercase())
            }
            About::GroupAcrossDivides { group: (d, g) } => format!("group:{d}:{g}"),
        }
    }
}

fn affected(a: &Analysis, f: &Finding) -> u64 {
    students_affected(a, f.cell).map_or(0, |x| x.about)
}

/// The statements of `a`, most students first (ties: the order of kinds above, then ids).
pub fn statements(a: &Analysis) -> Vec<Statement<'_>> {
    let priorities: Vec<Finding> = findings(a).into_iter().filter(|f| f.flag == Flag::Priority).collect();
    let mut out = Vec::new();

    // A group on an indicator: (dimension, group, indicator) → (school findings, district one).
    type Key = (String, String, usize);
    let mut by_group: BTreeMap<Key, (Vec<Finding>, Option<Finding>)> = BTreeMap::new();
    // A school on a divide: (school, divide) → whole-school findings.
    let mut by_school: BTreeMap<(String, Divide), Vec<Finding>> = BTreeMap::new();
    // A group across divides: (dimension, group) → district-wide findings.
    let mut across: BTreeMap<(String, String), Vec<Finding>> = BTreeMap::new();
    for f in &priorities {
        let c = f.cell;
        let divide = a.indicators[c.indicator].divide;
        match (a.group(c), a.school_id(c)) {
            (Some((d, g)), school) => {
                let entry = by_group.entry((d.to_string(), g.to_string(), c.indicator)).or_default();
                match school {
                    Some(_) => entry.0.push(f.clone()),
                    None => {
                        entry.1 = Some(f.clone());
                        across.entry((d.to_string(), g.to_string())).or_default().push(f.clone());
                    }
                }
            }
            (None, Some(s)) => by_school.entry((s.to_string(), divide)).or_default().push(f.clone()),
            (None, None) => {}
        }
    }

    // How many comparisons each statement's "of" counts, in one pass over the cells (not one
    // pass per statement: the large district has 27,000 cells). By (group index, indicator):
    // schools where the group is compared; by (school index, divide): the school's whole-school
    // comparisons.
    let mut group_at: std::collections::HashMap<(usize, usize), usize> = Default::default();
    let mut school_on: std::collections::HashMap<(usize, Divide), usize> = Default::default();
    for c in a.cells.iter().filter(|c| c.is_compared()) {
        match (c.school_index(), c.group_index()) {
            (Some(_), Some(g)) => *group_at.entry((g, c.indicator)).or_default() += 1,
            (Some(s), None) => *school_on.entry((s, a.indicators[c.indicator].divide)).or_default() += 1,
            _ => {}
        }
    }
    let group_index = |d: &str, g: &str| a.groups.iter().position(|(x, y)| **x == *d && **y == *g);
    let school_index = |s: &str| a.schools.iter().position(|x| **x == *s);

    for ((d, g, indicator), (schools, district)) in by_group {
        // One school alone is its own finding, not a pattern; the district-wide gap is one.
        if schools.len() < 2 && district.is_none() {
            continue;
        }
        let compared_at = group_index(&d, &g).and_then(|gi| group_at.get(&(gi, indicator))).copied().unwrap_or(0);
        let students = match &district {
            Some(f) => affected(a, f),
            None => schools.iter().map(|f| affected(a, f)).sum(),
        };
        let mut all: Vec<Finding> = district.iter().cloned().chain(schools.iter().cloned()).collect();
        all.sort_by_key(|f| std::cmp::Reverse(affected(a, f)));
        out.push(Statement {
            about: About::GroupOnIndicator { group: (d, g), indicator },
            findings: all,
            of: (schools.len(), compared_at),
            per_divide: Vec::new(),
            district,
            students,
        });
    }

    for ((school, divide), mut found) in by_school {
        if found.len() < 2 {
            continue;
        }
        let compared = school_index(&school).and_then(|si| school_on.get(&(si, divide))).copied().unwrap_or(0);
        found.sort_by_key(|f| std::cmp::Reverse(affected(a, f)));
        let students = found.iter().map(|f| affected(a, f)).max().unwrap_or(0);
        out.push(Statement {
            about: About::SchoolOnDivide { school, divide },
            of: (found.len(), compared),
            findings: found,
            per_divide: Vec::new(),
            district: None,
            students,
        });
    }

    for ((d, g), mut found) in across {
        let mut per: BTreeMap<Divide, usize> = BTreeMap::new();
        for f in &found {
            *per.entry(a.indicators[f.cell.indicator].divide).or_default() += 1;
        }
        if per.len() < 2 {
            continue;
        }
        found.sort_by_key(|f| std::cmp::Reverse(affected(a, f)));
        let students = found.iter().map(|f| affected(a, f)).max().unwrap_or(0);
        out.push(Statement {
            about: About::GroupAcrossDivides { group: (d, g) },
            of: (found.len(), found.len()),
            findings: found,
            per_divide: per.into_iter().collect(),
            district: None,
            students,
        });
    }

    // Most students first; the sort is stable, so ties keep the kinds' order and their keys'.
    out.sort_by_key(|s| std::cmp::Reverse(s.students));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::analysis::analyse;
    use crate::divides::model::{CellKey, Counts, DivideData, School};
    use std::collections::BTreeSet;

    /// Four schools of 200 students, 40 of them English learners, on three indicators:
    /// - home-internet (access): learners at 40% (16 of 40) at every school; the other students
    ///   at 80% (128 of 160), except at s4, where they are at 40% too. So s1, s2 and s3 have a
    ///   learners' priority (40 points, 40 × 0.4 = 16 students each), s4 none; district-wide,
    ///   64 of 160 learners (40%) against 448 of 640 (70%): 30 points, 160 × 0.3 = 48 students;
    /// - dedicated-device (access): everyone at 80%, except s4, where everyone is at 40%: s4 as a
    ///   whole is behind the other schools (40% against 80%);
    /// - create-weekly (use): learners at 40% and others at 80% everywhere: four school
    ///   priorities and a district-wide one.
    ///
    /// s4 as a whole is also behind the other schools on home-internet (80 of 200, 40%, against
    /// 432 of 600, 72%): with dedicated-device, two access priorities at one school.
    fn data() -> DivideData {
        let mut d = DivideData::default();
        let mut put = |ind: &str, school: &str, group: Option<&str>, n: u64, den: u64| {
            let key =
                CellKey { indicator: ind.into(), school: school.into(), group: group.map(|g| ("el".into(), g.into())) };
            d.cells_mut().insert(key, Counts { numerator: n, denominator: den });
        };
        for s in ["s1", "s2", "s3", "s4"] {
            let s4 = s == "s4";
            // (indicator, learners meeting it of 40, other students of 160)
            for (ind, yes, no) in [
                ("home-internet", 16, if s4 { 64 } else { 128 }),
                ("dedicated-device", if s4 { 16 } else { 32 }, if s4 { 64 } else { 128 }),
                ("create-weekly", 16, 128),
            ] {
                put(ind, s, Some("yes"), yes, 40);
                put(ind, s, Some("no"), no, 160);
                put(ind, s, None, yes + no, 200);
            }
        }
        for s in ["s1", "s2", "s3", "s4"] {
            d.schools.push(School { id: s.into(), name: format!("School {s}") });
        }
        d
    }

    #[test]
    fn a_group_across_schools_and_a_school_across_a_divide() {
        let a = analyse(&data());
        let st = statements(&a);
        let ids: Vec<String> = st.iter().map(|s| s.id(&a)).collect();
        let el = st.iter().find(|s| s.id(&a) == "group:el:yes@home-internet").unwrap_or_else(|| panic!("{ids:?}"));
        // s4's learners are at 40% too, but their school is as low: against its own other
        // students (64 of 160 = 40%) there is no gap there.
        assert_eq!(el.of, (3, 4), "{ids:?}");
        let district = el.district.as_ref().expect("the district-wide gap");
        assert_eq!(a.school_id(district.cell), None);
        assert_eq!(el.students, affected(&a, district));
        assert_eq!(el.findings.len(), 4);

        assert_eq!(el.students, 48);
        // Schools' learners: 16 each.
        assert!(el.findings[1..].iter().all(|f| affected(&a, f) == 16));

        let s4 = st.iter().find(|s| s.id(&a) == "school:s4@access").unwrap_or_else(|| panic!("{ids:?}"));
        assert_eq!(s4.of, (2, 2));
        assert!(s4.findings.iter().all(|f| a.school_id(f.cell) == Some("s4") && a.group(f.cell).is_none()));

        let use_ = st.iter().find(|s| s.id(&a) == "group:el:yes@create-weekly").unwrap_or_else(|| panic!("{ids:?}"));
        assert_eq!(use_.of, (4, 4));
        // No statement for a group on dedicated-device: nobody is behind there but s4 as a whole.
        assert!(!ids.iter().any(|i| i.ends_with("@dedicated-device")), "{ids:?}");

        let across = st.iter().find(|s| s.id(&a) == "group:el:yes").unwrap_or_else(|| panic!("{ids:?}"));
        assert_eq!(across.per_divide, vec![(Divide::Access, 1), (Divide::Use, 1)]);
        assert_eq!(across.findings.len(), 2);
        // Most students first.
        assert!(st.windows(2).all(|w| w[0].students >= w[1].students));
    }

    #[test]
    fn no_finding_is_in_two_statements_of_the_same_kind() {
        let a = analyse(&data());
        let st = statements(&a);
        for kind in 0..3 {
            let mut seen = BTreeSet::new();
            for s in st.iter().filter(|s| {
                matches!(
                    (&s.about, kind),
                    (About::GroupOnIndicator { .. }, 0)
                        | (About::SchoolOnDivide { .. }, 1)
                        | (About::GroupAcrossDivides { .. }, 2)
                )
            }) {
                for f in &s.findings {
                    assert!(seen.insert(f.id(&a)), "{} twice", f.id(&a));
                }
            }
        }
        // Every statement stands for priorities only.
        assert!(st.iter().all(|s| s.findings.iter().all(|f| f.flag == Flag::Priority)));
    }
}
