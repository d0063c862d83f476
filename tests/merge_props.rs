//! Property tests of merging a backup into the open workspace: merging with itself or with an
//! empty workspace changes nothing, and when nothing conflicts everything from both sides is
//! kept.
#![cfg(not(target_arch = "wasm32"))]

use digital_equity_workbench::domain::divides::model::{CellKey, Counts};
use digital_equity_workbench::domain::merge::{merge, preview, MergeSection};
use digital_equity_workbench::domain::team::Role;
use digital_equity_workbench::domain::workspace::Workspace;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Things one device adds: members, goals, products and data cells, named from `tag` so the
/// two sides never add the same item differently.
#[derive(Debug, Clone)]
enum Add {
    Member(String, usize),
    Goal(String),
    Product(String),
    Cell(String, u64, u64),
}

fn additions() -> impl Strategy<Value = Vec<Add>> {
    prop::collection::vec(
        prop_oneof![
            ("[a-z]{1,8}", 0usize..7).prop_map(|(n, r)| Add::Member(n, r)),
            "[a-z]{1,8}".prop_map(Add::Goal),
            "[a-z]{1,8}".prop_map(Add::Product),
            ("[a-z]{1,8}", 0u64..50, 50u64..200).prop_map(|(s, n, d)| Add::Cell(s, n, d)),
        ],
        0..8,
    )
}

fn apply(ws: &mut Workspace, adds: &[Add], tag: &str) {
    let c = ws.current;
    for a in adds {
        match a {
            Add::Member(n, r) => {
                ws.add_member(c, &format!("{tag} {n}"), Role::ALL[*r]).unwrap();
            }
            Add::Goal(t) => {
                let _ = ws.current_cycle_mut().plan.add_goal(&format!("{tag} goal {t}"), vec![], None);
            }
            Add::Product(n) => {
                let p = &mut ws.current_cycle_mut().portfolio;
                let name = format!("{tag} product {n}");
                if !p.products.iter().any(|x| x.name == name) {
                    p.add(&name).unwrap();
                }
            }
            Add::Cell(s, n, d) => {
                let key =
                    CellKey { indicator: "home-internet".into(), school: format!("{tag}-{s}").into(), group: None };
                ws.current_cycle_mut().divides.cells.entry(key).or_insert(Counts { numerator: *n, denominator: *d });
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn merging_with_itself_or_with_an_empty_workspace_changes_nothing(adds in additions()) {
        let mut a = Workspace::sample();
        apply(&mut a, &adds, "a");
        let itself = merge(&a, &a, &BTreeMap::new());
        prop_assert_eq!(&itself, &a);
        let p = preview(&a, &a);
        for c in &p {
            for s in MergeSection::ALL {
                prop_assert_eq!(c.sections[&s].added, 0);
                prop_assert!(c.sections[&s].conflicts.is_empty());
            }
        }
        let empty = Workspace::new("Somewhere else", "2026–27").unwrap();
        prop_assert_eq!(&merge(&a, &empty, &BTreeMap::new()), &a);
    }

    #[test]
    fn without_conflicts_everything_from_both_sides_is_kept(mine_adds in additions(), their_adds in additions()) {
        let base = Workspace::sample();
        let mut mine = base.clone();
        apply(&mut mine, &mine_adds, "mine");
        let mut theirs = base.clone();
        apply(&mut theirs, &their_adds, "theirs");
        let p = preview(&mine, &theirs);
        for s in MergeSection::ALL {
            prop_assert!(p.iter().all(|c| c.sections[&s].conflicts.is_empty()), "{:?}", s);
        }
        let merged = merge(&mine, &theirs, &BTreeMap::new());
        prop_assert!(merged.validate().is_ok());
        let m = merged.current_cycle();
        for side in [&mine, &theirs] {
            let c = side.current_cycle();
            for member in &c.team {
                prop_assert!(m.team.iter().any(|x| x.name == member.name && x.role == member.role));
            }
            for g in &c.plan.goals {
                prop_assert!(m.plan.goals.iter().any(|x| x.title == g.title));
            }
            for p in &c.portfolio.products {
                prop_assert!(m.portfolio.products.iter().any(|x| x.name == p.name));
            }
            for (k, v) in &c.divides.cells {
                prop_assert_eq!(m.divides.cells.get(k), Some(v));
            }
        }
    }
}
