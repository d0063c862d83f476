//! Golden-file tests of the stored schema. `tests/golden/schema-N.json` is a document as
//! version N wrote it; it is frozen. Every later build must still read every one of them
//! into the same workspace, through whatever migrations exist by then.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::assessment::content::Level;
use dew_domain::assessment::rating::{Current, Step};
use dew_domain::date::Date;
use dew_domain::divides::model::{CellKey, Comparison, Counts, DivideData};
use dew_domain::plan::{Link, Measure, Plan, PlanStatus, Prompt};
use dew_domain::portfolio::{Accessibility, Answer, DecisionKind, Evidence, Portfolio, Privacy};
use dew_domain::schema::{decode, encode, CURRENT_SCHEMA};
use dew_domain::team::Role;
use dew_domain::workspace::{CycleId, Workspace};

fn golden(version: u64) -> String {
    let path = format!("{}/tests/golden/schema-{version}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

#[test]
fn every_version_up_to_the_current_one_has_a_golden_file() {
    for v in 1..=CURRENT_SCHEMA {
        assert!(decode(&golden(v)).is_ok(), "schema {v} golden file must stay readable");
    }
}

/// The team part is the same in both golden files: schema 1 and 2 agree on it.
fn assert_golden_team(ws: &Workspace) {
    assert_eq!(ws.district, "Lakeside Unified");
    assert!(!ws.sample);
    assert_eq!(ws.current, CycleId(4));
    assert_eq!(ws.current_cycle().label, "2026–27");
    assert_eq!(ws.next_id(), 7);
    let old = &ws.cycles[0];
    assert_eq!(old.label, "2025–26");
    assert_eq!(old.team.len(), 2);
    assert_eq!(old.team[1].name, None);
    assert_eq!(old.team[1].role, Role::Student);
    let now = ws.current_cycle();
    assert_eq!(now.team[1].name.as_deref(), Some("Kim Lee — Grade 5"));
    assert_eq!(now.team[1].role, Role::Teacher);
}

#[test]
fn schema_1_migrates_to_an_empty_assessment_and_no_device_key() {
    let d = decode(&golden(1)).expect("schema 1 golden file must stay readable");
    assert_eq!(d.schema, 1);
    assert_eq!(d.saved_at, "2026-11-23T09:30:00.000Z");
    assert_golden_team(&d.workspace);
    assert_eq!(d.workspace.device_key, "");
    assert_eq!(d.workspace.rater_profile, None);
    for c in &d.workspace.cycles {
        assert_eq!(c.assessment, Default::default());
    }
}

#[test]
fn schema_2_golden_file_reads_ratings_raters_and_consensus() {
    let d = decode(&golden(2)).unwrap();
    assert_eq!(d.schema, 2);
    let ws = &d.workspace;
    assert_golden_team(ws);
    assert_eq!(ws.device_key, "d-lakeside-facilitator");
    assert_eq!(ws.rater_profile.as_ref().map(|p| (p.name.as_str(), p.role)), Some(("Ana Ruiz", Role::DistrictLeader)));
    let a = &ws.current_cycle().assessment;
    let dev = &a.own["access.devices"];
    assert_eq!(dev.current, Some(Current::Known(Level::Established)));
    assert_eq!(dev.target, Some(Level::Advanced));
    assert_eq!(dev.step, Some(Step::Hop));
    assert_eq!(dev.evidence, "Device inventory, fall 2026");
    assert_eq!(a.own["how.active-creation"].current, Some(Current::NotYetKnown));
    assert_eq!(a.raters.len(), 1);
    assert_eq!(a.raters[0].role, Role::Teacher);
    assert_eq!(a.raters[0].ratings["how.active-creation"].target, Some(Level::Developing));
    assert_eq!(a.consensus["access.devices"].level, Level::Developing);
    assert_eq!(a.consensus["access.devices"].rationale, "Two schools still share carts.");
}

#[test]
fn schema_2_migrates_to_empty_divide_data_with_default_settings() {
    let d = decode(&golden(2)).unwrap();
    for c in &d.workspace.cycles {
        assert_eq!(c.divides, DivideData::default());
    }
}

#[test]
fn schema_3_golden_file_reads_divide_data() {
    let d = decode(&golden(3)).unwrap();
    assert_eq!(d.schema, 3);
    assert_golden_team(&d.workspace);
    let v = &d.workspace.current_cycle().divides;
    assert_eq!(v.custom_indicators[0].id, "custom-hotspot-loans");
    assert_eq!(v.custom_dimensions[0].groups[1].name, "McKinney-Vento eligible");
    assert_eq!(v.schools.len(), 2);
    let key = |i: &str, s: &str, g: Option<(&str, &str)>| CellKey {
        indicator: i.into(),
        school: s.into(),
        group: g.map(|(a, b)| (a.into(), b.into())),
    };
    assert_eq!(
        v.cells[&key("home-internet", "lincoln-middle", Some(("el", "yes")))],
        Counts { numerator: 61, denominator: 100 }
    );
    // An invalid cell is stored as entered, never corrected.
    assert_eq!(v.cells[&key("home-internet", "garfield", None)], Counts { numerator: 12, denominator: 10 });
    assert_eq!(v.cells.len(), 6);
    assert_eq!(v.settings.min_n, 15);
    assert_eq!(v.settings.threshold_points, 12.5);
    assert_eq!(v.settings.comparison, Comparison::Chosen { dimension: "el".into(), group: "no".into() });
    assert!(v.settings.top_bottom_coding);
    // The assessment carried over from schema 2 is intact.
    assert_eq!(d.workspace.current_cycle().assessment.raters.len(), 1);
}

#[test]
fn older_golden_files_survive_a_rewrite_at_the_current_version() {
    for v in 1..=CURRENT_SCHEMA {
        let first = decode(&golden(v)).unwrap().workspace;
        let again = decode(&encode(&first, "x", false)).unwrap();
        assert_eq!(again.schema, CURRENT_SCHEMA);
        assert_eq!(first, again.workspace);
    }
}

#[test]
fn current_encoding_matches_the_current_golden_file_exactly() {
    // A change to the wire format without a new schema version fails here.
    let d = decode(&golden(CURRENT_SCHEMA)).unwrap();
    let written: serde_json::Value = serde_json::from_str(&encode(&d.workspace, &d.saved_at, true)).unwrap();
    let frozen: serde_json::Value = serde_json::from_str(&golden(CURRENT_SCHEMA)).unwrap();
    assert_eq!(written, frozen);
}

#[test]
fn schema_3_migrates_to_empty_reflections_and_plans() {
    let d = decode(&golden(3)).unwrap();
    for c in &d.workspace.cycles {
        assert!(c.reflections.is_empty());
        assert_eq!(c.plan, Plan::default());
    }
}

#[test]
fn schema_4_golden_file_reads_reflections_and_the_plan() {
    let d = decode(&golden(4)).unwrap();
    assert_eq!(d.schema, 4);
    assert_golden_team(&d.workspace);
    let c = d.workspace.current_cycle();
    assert_eq!(c.reflections["access"][&Prompt::NotBenefiting], "Families without broadband at home.");
    assert_eq!(c.reflections["how"].len(), 1);
    let p = &c.plan;
    assert_eq!((p.next_id, p.goals.len()), (4, 2));
    let g = &p.goals[0];
    assert_eq!(g.owner, Some(Role::DistrictLeader));
    assert_eq!(g.status, PlanStatus::InProgress);
    assert_eq!(g.links[0], Link::Finding("home-internet@lincoln-middle/el:yes".into()));
    assert_eq!(g.links[1], Link::Indicator("access.home-connectivity".into()));
    assert_eq!(
        g.measure,
        Some(Measure::Rate {
            indicator: "home-internet".into(),
            school: Some("lincoln-middle".into()),
            group: Some(("el".into(), "yes".into())),
            target: 0.85,
            by: Date::parse("2027-06-30"),
        })
    );
    let a = &g.actions[0];
    assert_eq!((a.start, a.due), (Date::parse("2026-09-01"), Date::parse("2026-10-15")));
    assert_eq!((a.budget, a.status, a.owner), (Some(18000), PlanStatus::Stalled, Some(Role::TechnologyStaff)));
    assert_eq!(g.actions[1].status, PlanStatus::Done);
    assert_eq!(g.actions[1].due, None);
    assert_eq!(
        p.goals[1].measure,
        Some(Measure::Level { indicator: "how.active-creation".into(), target: Level::Established, by: None })
    );
    // Earlier data carried over from schema 3 is intact.
    assert_eq!(c.divides.cells.len(), 6);
    assert!(d.workspace.cycles[0].plan.goals.is_empty());
}

#[test]
fn schema_4_migrates_to_empty_portfolios() {
    let d = decode(&golden(4)).unwrap();
    for c in &d.workspace.cycles {
        assert_eq!(c.portfolio, Portfolio::default());
    }
}

#[test]
fn schema_5_golden_file_reads_the_portfolio_with_reviews_usage_and_decisions() {
    let d = decode(&golden(5)).unwrap();
    assert_eq!(d.schema, 5);
    assert_golden_team(&d.workspace);
    let ws = &d.workspace;
    let p = &ws.current_cycle().portfolio;
    assert_eq!((p.next_id, p.products.len()), (3, 2));
    let a = &p.products[0];
    assert_eq!((a.id, a.name.as_str(), a.licences, a.annual_cost), (1, "ReadRiver", Some(2400), Some(38000)));
    assert_eq!((a.privacy, a.accessibility, a.evidence), (Privacy::Signed, Accessibility::Documented, Evidence::Tier2));
    assert_eq!(a.contract_end, Date::parse("2027-06-30"));
    assert!(a.single_sign_on && a.lti);
    assert_eq!(a.review["equity.reach"].answer, Answer::Partly);
    assert_eq!(a.review["selection.need"].note, "Named by teachers.");
    let b = &p.products[1];
    assert_eq!(b.name, "Lingua Leap — ELD");
    assert_eq!(b.usage.as_ref().map(|u| u.cells.len()), Some(3));
    assert_eq!(p.decisions[&2].kind, DecisionKind::Reform);
    assert_eq!(p.decisions[&2].review_date, Date::parse("2027-02-01"));
    assert_eq!(p.decisions[&1].kind, DecisionKind::Retire);
    let earlier = &ws.cycles[0].portfolio;
    assert_eq!(earlier.decisions[&0].kind, DecisionKind::Retain);
    // Everything from schema 4 is intact.
    assert_eq!(ws.current_cycle().plan.goals.len(), 2);
}
