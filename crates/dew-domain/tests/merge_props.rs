//! Property tests of merging a backup into the open workspace: merging with itself or with an
//! empty workspace changes nothing, and when nothing conflicts everything from both sides is
//! kept.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::divides::model::{CellKey, Counts};
use dew_domain::merge::{merge, preview, MergeSection};
use dew_domain::team::Role;
use dew_domain::workspace::Workspace;
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
                ws.current_cycle_mut()
                    .divides
                    .cells_mut()
                    .entry(key)
                    .or_insert(Counts { numerator: *n, denominator: *d });
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
            for (k, v) in c.divides.cells.iter() {
                prop_assert_eq!(m.divides.cells.get(k), Some(v));
            }
        }
    }
}

/// Two tabs editing text fields from the same version (reflections, goal titles, product
/// needs): edits to different fields always merge without asking and keep both sides' words;
/// the same field edited on both sides to different words is always a conflict.
mod tabs {
    use dew_domain::assessment::content::AREAS;
    use dew_domain::merge_tabs::{merge_tabs, TabMerge};
    use dew_domain::plan::{set_reflection, Prompt};
    use dew_domain::workspace::Workspace;
    use proptest::prelude::*;

    /// A text field of the sample's current cycle, by number.
    fn edit(ws: &mut Workspace, field: usize, text: &str) {
        let c = ws.current_cycle_mut();
        match field % 3 {
            0 => {
                let area = AREAS[(field / 3) % AREAS.len()].id;
                set_reflection(&mut c.reflections, area, Prompt::ALL[(field / 27) % Prompt::ALL.len()], text);
            }
            1 => {
                let n = c.plan.goals.len();
                c.plan.goals[(field / 3) % n].notes = text.to_string();
            }
            _ => {
                let n = c.portfolio.products.len();
                c.portfolio.products[(field / 3) % n].need = text.to_string();
            }
        }
    }

    fn read(ws: &Workspace, field: usize) -> String {
        let c = ws.current_cycle();
        match field % 3 {
            0 => {
                let area = AREAS[(field / 3) % AREAS.len()].id;
                let p = Prompt::ALL[(field / 27) % Prompt::ALL.len()];
                c.reflections.get(area).and_then(|a| a.get(&p)).cloned().unwrap_or_default()
            }
            1 => c.plan.goals[(field / 3) % c.plan.goals.len()].notes.clone(),
            _ => c.portfolio.products[(field / 3) % c.portfolio.products.len()].need.clone(),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn edits_to_different_fields_merge_and_the_same_field_conflicts(
            ours_edits in prop::collection::vec((0usize..200, "[a-z ]{1,12}"), 1..6),
            theirs_edits in prop::collection::vec((0usize..200, "[A-Z ]{1,12}"), 1..6),
        ) {
            let base = Workspace::sample();
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            for (f, t) in &ours_edits { edit(&mut ours, *f, &format!("o:{t}")); }
            for (f, t) in &theirs_edits { edit(&mut theirs, *f, &format!("t:{t}")); }
            // The fields each side really changed (a later edit may hit the same field).
            let changed = |ws: &Workspace, edits: &[(usize, String)]| -> Vec<usize> {
                edits.iter().map(|(f, _)| *f).filter(|f| read(ws, *f) != read(&base, *f)).collect()
            };
            let (co, ct) = (changed(&ours, &ours_edits), changed(&theirs, &theirs_edits));
            let same_field = co.iter().any(|a| ct.iter().any(|b| read(&ours, *a) != read(&theirs, *a) && {
                // Two numbers name the same field when they edit the same place.
                let mut probe = base.clone();
                edit(&mut probe, *a, "probe");
                read(&probe, *b) == "probe"
            }));
            match merge_tabs(&base, &ours, &theirs).unwrap() {
                TabMerge::Merged(m) => {
                    prop_assert!(!same_field, "the same field changed on both sides was merged silently");
                    for f in &co { prop_assert_eq!(read(&m, *f), read(&ours, *f)); }
                    for f in &ct { prop_assert_eq!(read(&m, *f), read(&theirs, *f)); }
                }
                TabMerge::Conflict(at) => prop_assert!(same_field, "a conflict without a shared field: {:?}", at),
                TabMerge::Theirs(_) => prop_assert!(co.is_empty()),
            }
        }
    }
}
