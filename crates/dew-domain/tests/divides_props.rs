//! Property tests of suppression: for random district data, no view or export reveals a
//! suppressed count, and no suppressed count can be recovered by subtracting shown counts from
//! a shown total.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::divides::analysis::{analyse, Analysis, CellResult, Scope, Status};
use dew_domain::divides::export::{findings_csv, English};
use dew_domain::divides::findings::findings;
use dew_domain::divides::model::{CellKey, Counts, DivideData, School};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

const GROUPS: [(&str, &[&str]); 2] = [("el", &["yes", "no"]), ("race", &["asian", "black", "hispanic", "white"])];

fn counts() -> impl Strategy<Value = Option<Counts>> {
    prop_oneof![
        1 => Just(None),
        3 => (0u64..25).prop_flat_map(|d| (0..=d, Just(d))).prop_map(|(n, d)| Some(Counts { numerator: n, denominator: d })),
        3 => (25u64..300).prop_flat_map(|d| (0..=d, Just(d))).prop_map(|(n, d)| Some(Counts { numerator: n, denominator: d })),
    ]
}

fn district() -> impl Strategy<Value = DivideData> {
    let cells_per_school = 1 + GROUPS.iter().map(|(_, g)| g.len()).sum::<usize>();
    (1usize..5, 5u64..=30)
        .prop_flat_map(move |(schools, min_n)| {
            (prop::collection::vec(counts(), schools * cells_per_school * 2), Just(schools), Just(min_n))
        })
        .prop_map(move |(cells, schools, min_n)| {
            let mut d = DivideData::default();
            d.settings.min_n = min_n;
            let mut it = cells.into_iter();
            for s in 0..schools {
                let sid = format!("s{s}");
                d.schools.push(School { id: sid.clone(), name: format!("School {s}") });
                for ind in ["home-internet", "create-weekly"] {
                    let mut put = |group: Option<(&str, &str)>| {
                        if let Some(Some(c)) = it.next() {
                            let key = CellKey {
                                indicator: ind.into(),
                                school: sid.as_str().into(),
                                group: group.map(|(a, b)| (a.into(), b.into())),
                            };
                            d.cells_mut().insert(key, c);
                        }
                    };
                    put(None);
                    for (dim, groups) in GROUPS {
                        for g in groups {
                            put(Some((dim, g)));
                        }
                    }
                }
            }
            d
        })
}

fn check_partition(label: &str, members: &[&CellResult], total: Option<&CellResult>) -> Result<(), TestCaseError> {
    let total_shown = total.is_some_and(|t| t.status == Status::Shown);
    let suppressed = members.iter().filter(|m| m.status.is_suppressed()).count();
    prop_assert!(
        !(total_shown && suppressed == 1),
        "{label}: exactly one suppressed member under a shown total can be recovered by subtraction"
    );
    Ok(())
}

/// (indicator, dimension id, group id)
type GroupKey = (usize, Arc<str>, Arc<str>);

fn partitions_hold(a: &Analysis) -> Result<(), TestCaseError> {
    let valid: Vec<&CellResult> = a.cells.iter().filter(|c| c.status != Status::Invalid).collect();
    let mut by: BTreeMap<(usize, Scope, Arc<str>), Vec<&CellResult>> = BTreeMap::new();
    let mut across_schools: BTreeMap<GroupKey, Vec<&CellResult>> = BTreeMap::new();
    let mut schools: BTreeMap<usize, Vec<&CellResult>> = BTreeMap::new();
    for c in &valid {
        let group: Option<(Arc<str>, Arc<str>)> = a.group(c).map(|(d, g)| (d.into(), g.into()));
        match (&a.scope(c), &group) {
            (scope, Some((d, g))) => {
                by.entry((c.indicator, scope.clone(), d.clone())).or_default().push(c);
                if matches!(scope, Scope::School(_)) {
                    across_schools.entry((c.indicator, d.clone(), g.clone())).or_default().push(c);
                }
            }
            (Scope::School(_), None) => schools.entry(c.indicator).or_default().push(c),
            (Scope::District, None) => {}
        }
    }
    let whole = |i: usize, scope: &Scope| {
        valid.iter().copied().find(|c| c.indicator == i && &a.scope(c) == scope && a.group(c).is_none())
    };
    for ((i, scope, d), members) in &by {
        check_partition(&format!("{d} groups in {scope:?}"), members, whole(*i, scope))?;
    }
    for ((i, d, g), members) in &across_schools {
        let total = valid
            .iter()
            .copied()
            .find(|c| c.indicator == *i && a.scope(c) == Scope::District && a.group(c) == Some((&**d, &**g)));
        check_partition(&format!("schools for {d}:{g}"), members, total)?;
    }
    for (i, members) in &schools {
        check_partition("schools in the district", members, whole(*i, &Scope::District))?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn suppressed_cells_reveal_nothing_anywhere(d in district()) {
        let a = analyse(&d);
        for c in &a.cells {
            // The index finds every cell by its ids.
            prop_assert!(a.find(c.indicator, a.school_id(c), a.group(c)).is_some_and(|f| std::ptr::eq(f, c)));
            if c.status.is_suppressed() {
                prop_assert_eq!(c.counts(), None);
                prop_assert_eq!(c.rate(), None);
                prop_assert_eq!(c.wilson(), None);
                prop_assert!(a.compared(c).is_none() && c.flag().is_none());
            } else if c.status == Status::Shown {
                prop_assert!(c.counts().unwrap().denominator >= d.settings.min_n);
            }
        }
        for f in findings(&a) {
            prop_assert_eq!(f.cell.status, Status::Shown);
        }
        // The export: a suppressed row has blank numerator, denominator and rate.
        let csv = findings_csv(&a, &d, &English);
        let mut r = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        for rec in r.records() {
            let rec = rec.unwrap();
            if &rec[16] == "yes" {
                prop_assert!(rec[4].is_empty() && rec[5].is_empty() && rec[6].is_empty() && rec[10].is_empty());
            }
        }
    }

    #[test]
    fn no_suppressed_count_can_be_recovered_by_subtraction(d in district()) {
        partitions_hold(&analyse(&d))?;
    }
}
