//! Property tests of the self-assessment: merging rater files is order-independent,
//! idempotent and drops no rater; ratings survive the stored schema and rater files intact.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::assessment::content::{all_indicators, Level};
use dew_domain::assessment::rater_file::{export, import, Context};
use dew_domain::assessment::rating::{Current, Rating, Ratings, Step};
use dew_domain::assessment::{Assessment, ImportedRater};
use dew_domain::schema::{decode, encode};
use dew_domain::team::Role;
use dew_domain::workspace::Workspace;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

fn rating() -> impl Strategy<Value = Rating> {
    (
        prop::option::of(prop_oneof![level().prop_map(Current::Known), Just(Current::NotYetKnown)]),
        prop::option::of(level()),
        "[a-zé \"'.,]{0,12}",
        prop::option::of(prop::sample::select(Step::ALL.to_vec())),
        "[a-z ]{0,8}",
    )
        .prop_map(|(current, target, evidence, step, step_note)| Rating { current, target, evidence, step, step_note })
        .prop_filter("the wire form drops empty ratings", |r| !r.is_empty())
}

fn ratings() -> impl Strategy<Value = Ratings> {
    let ids: Vec<&'static str> = all_indicators().map(|(_, i)| i.id).collect();
    prop::collection::btree_map(prop::sample::select(ids).prop_map(String::from), rating(), 0..8)
}

/// A rater file's content: a few distinct raters (keys k0..k3), each possibly exported
/// several times at different times.
fn files() -> impl Strategy<Value = Vec<ImportedRater>> {
    prop::collection::vec(
        (0..4u8, 0..5u8, ratings(), prop::sample::select(Role::ALL.to_vec())).prop_map(|(k, t, ratings, role)| {
            ImportedRater {
                key: format!("k{k}"),
                name: format!("Rater {k}"),
                role,
                exported_at: format!("2026-11-0{}T10:00:00Z", t + 1),
                cycle_label: "2026–27".into(),
                ratings,
            }
        }),
        0..10,
    )
}

fn import_all(files: &[ImportedRater]) -> Assessment {
    let mut a = Assessment::default();
    for f in files {
        a.merge_rater(f.clone());
    }
    a
}

proptest! {
    #[test]
    fn importing_is_order_independent(files in files(), seed in any::<u64>()) {
        let mut shuffled = files.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(import_all(&files), import_all(&shuffled));
    }

    #[test]
    fn reimporting_is_idempotent(files in files()) {
        let once = import_all(&files);
        let mut twice = once.clone();
        for f in &files {
            twice.merge_rater(f.clone());
        }
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn no_rater_is_dropped_and_each_keeps_their_latest_file(files in files()) {
        let a = import_all(&files);
        let mut latest: BTreeMap<&str, &ImportedRater> = BTreeMap::new();
        for f in &files {
            let e = latest.entry(f.key.as_str()).or_insert(f);
            if (&f.exported_at, f) > (&e.exported_at, *e) {
                *e = f;
            }
        }
        prop_assert_eq!(a.raters.len(), latest.len());
        for r in &a.raters {
            prop_assert_eq!(Some(&r), latest.get(r.key.as_str()));
        }
    }

    #[test]
    fn recording_consensus_keeps_every_rating(files in files(), idx in any::<prop::sample::Index>(), l in level()) {
        let mut a = import_all(&files);
        let before = (a.own.clone(), a.raters.clone());
        let ids: Vec<&str> = all_indicators().map(|(_, i)| i.id).collect();
        a.set_consensus(ids[idx.index(ids.len())], l, "agreed");
        prop_assert_eq!((a.own.clone(), a.raters.clone()), before);
    }

    #[test]
    fn rater_file_round_trip_keeps_ratings(r in ratings(), name in "[A-Za-zé ]{1,20}", role in prop::sample::select(Role::ALL.to_vec())) {
        let theirs = Context { district: "Lakeside", cycle: "2026–27", device_key: "them" };
        let ours = Context { district: "Lakeside", cycle: "2026–27", device_key: "us" };
        let checked = import(&export(&theirs, &name, role, &r, "2026-11-23T00:00:00Z"), &ours).unwrap();
        prop_assert_eq!(checked.rater.ratings, r);
        prop_assert_eq!(checked.rater.role, role);
        prop_assert_eq!(checked.rater.name, name.trim());
    }

    #[test]
    fn stored_schema_round_trip_keeps_the_assessment(own in ratings(), files in files()) {
        let mut ws = Workspace::new("Lakeside", "2026–27").unwrap();
        ws.device_key = "dev".into();
        let mut a = import_all(&files);
        a.own = own;
        if let Some((_, first)) = all_indicators().next() {
            a.set_consensus(first.id, Level::Established, "why");
        }
        ws.current_cycle_mut().assessment = a;
        prop_assert_eq!(decode(&encode(&ws, "t", false)).unwrap().workspace, ws);
    }
}
