//! The plan's hand-worked examples.

use super::*;
use crate::assessment::content::{Divide, Level};
use crate::assessment::Assessment;
use crate::assessment::Consensus;
use crate::date::{school_year_end, Date};
use crate::divides::analysis::analyse;
use crate::divides::model::{CellKey, Counts, DivideData, School};
use crate::team::Role;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn dates_parse_only_real_days_and_order_as_dates() {
    assert_eq!(d("2027-06-30").to_string(), "2027-06-30");
    assert!(Date::parse("2027-02-29").is_none());
    assert!(Date::parse("2028-02-29").is_some());
    assert!(Date::parse("2027-13-01").is_none());
    assert!(Date::parse("27-06-30").is_none());
    assert!(Date::parse("2027/06/30").is_none());
    assert!(d("2026-12-31") < d("2027-01-01"));
    assert_eq!(school_year_end("2026–27"), Some(d("2027-06-30")));
    assert_eq!(school_year_end("Year one"), None);
}

#[test]
fn reflections_store_only_answers() {
    let mut r = Reflections::new();
    set_reflection(&mut r, "access", Prompt::Now, "Carts shared at two schools");
    set_reflection(&mut r, "access", Prompt::Retire, "  ");
    assert_eq!(answered(&r, "access"), 1);
    set_reflection(&mut r, "access", Prompt::Now, "");
    assert!(r.is_empty());
    for p in Prompt::ALL {
        assert_eq!(Prompt::from_wire(p.as_wire()), Some(p));
    }
}

#[test]
fn field_parsers_say_what_is_wrong() {
    assert_eq!(optional_date("", "due"), Ok(None));
    assert_eq!(optional_date("2027-02-30", "due"), Err(PlanError::NotADate("due")));
    assert_eq!(optional_amount("$12,500", "budget"), Ok(Some(12500)));
    assert_eq!(optional_amount("twelve", "budget"), Err(PlanError::NotAnAmount("budget")));
    assert_eq!(target_percent("75%"), Ok(0.75));
    assert_eq!(target_percent("101"), Err(PlanError::TargetOutOfRange));
    assert!(Link::from_wire("finding:home-internet@district/el:yes").is_some());
    assert_eq!(Link::from_wire("finding:"), None);
    assert_eq!(Link::from_wire("other:x"), None);
}

#[test]
fn ids_are_never_reused_and_removal_can_be_undone() {
    let mut p = Plan::default();
    let g = p.add_goal("Close the home-access gap", vec![], None).unwrap();
    let a = p.add_action(g, "Hotspot lending").unwrap();
    assert_eq!(p.add_goal("  ", vec![], None), Err(PlanError::Empty("goal")));
    assert_eq!(p.add_action(99, "x"), Err(PlanError::NoSuchItem(99)));
    let (gi, ai, removed) = p.remove_action(a).unwrap();
    let b = p.add_action(g, "Survey families").unwrap();
    assert_ne!(a, b);
    p.restore_action(gi, ai, removed).unwrap();
    assert_eq!(p.goal(g).unwrap().actions.iter().map(|x| x.id).collect::<Vec<_>>(), vec![a, b]);
    let (i, goal) = p.remove_goal(g).unwrap();
    assert!(p.goals.is_empty());
    p.restore_goal(i, goal);
    assert!(p.validate().is_ok());
    p.goals[0].actions[1].id = a;
    assert_eq!(p.validate(), Err(PlanError::DuplicateId(a)));
}

#[test]
fn an_edit_putting_the_due_date_before_the_start_is_refused_and_undone() {
    let mut p = Plan::default();
    let g = p.add_goal("G", vec![], None).unwrap();
    let a = p.add_action(g, "A").unwrap();
    p.edit_action(g, a, |x| {
        x.start = Some(d("2027-01-10"));
        Ok(())
    })
    .unwrap();
    let r = p.edit_action(g, a, |x| {
        x.title = "changed".into();
        x.due = Some(d("2027-01-09"));
        Ok(())
    });
    assert_eq!(r, Err(PlanError::DueBeforeStart));
    let x = &p.goal(g).unwrap().actions[0];
    assert_eq!((x.title.as_str(), x.due), ("A", None), "the refused edit changed nothing");
    assert_eq!(p.edit_action(g, 99, |_| Ok(())), Err(PlanError::NoSuchItem(99)));
    assert!(p
        .edit_action(g, a, |x| {
            x.due = Some(d("2027-01-10"));
            Ok(())
        })
        .is_ok());
}

#[test]
fn overdue_and_missing_measures_are_found() {
    let mut p = Plan::default();
    let g = p.add_goal("G", vec![], None).unwrap();
    let late = p.add_action(g, "late").unwrap();
    let done = p.add_action(g, "done late").unwrap();
    let future = p.add_action(g, "future").unwrap();
    for (id, due, status) in [
        (late, "2026-10-01", PlanStatus::InProgress),
        (done, "2026-10-01", PlanStatus::Done),
        (future, "2027-03-01", PlanStatus::NotStarted),
    ] {
        let a = p.goals[0].actions.iter_mut().find(|a| a.id == id).unwrap();
        a.due = Some(d(due));
        a.status = status;
    }
    assert_eq!(overdue(&p, d("2026-11-23")), vec![(g, late)]);
    assert_eq!(overdue(&p, d("2026-10-01")), vec![]);
    assert_eq!(without_measure(&p), vec![g]);
    assert_eq!(next_due(&p.goals[0]), Some(d("2026-10-01")));
}

/// (school, (dimension, group), numerator, denominator)
type Row<'a> = (&'a str, Option<(&'a str, &'a str)>, u64, u64);

fn divide_data(cells: &[Row]) -> DivideData {
    let mut data = DivideData::default();
    for s in ["s1", "s2"] {
        data.schools.push(School { id: s.into(), name: s.to_uppercase() });
    }
    for (s, g, n, den) in cells {
        let key = CellKey {
            indicator: "home-internet".into(),
            school: (*s).into(),
            group: g.map(|(a, b)| (a.into(), b.into())),
        };
        data.cells_mut().insert(key, Counts { numerator: *n, denominator: *den });
    }
    data
}

fn rate_measure(school: Option<&str>, group: Option<(&str, &str)>, target: f64) -> Measure {
    Measure::Rate {
        indicator: "home-internet".into(),
        school: school.map(str::to_string),
        group: group.map(|(a, b)| (a.to_string(), b.to_string())),
        target,
        by: None,
    }
}

/// Hand-worked: s1 80/100 and s2 60/100, so the district is 140/200 = 70 %. The EL group
/// at s1 has 6 students (below the minimum of 10): suppressed, and so is its only
/// complement, the non-EL group (which keeps s1's whole-school rate shown).
#[test]
fn rate_measures_are_met_not_met_suppressed_or_without_data() {
    let data = divide_data(&[
        ("s1", None, 80, 100),
        ("s2", None, 60, 100),
        ("s1", Some(("el", "yes")), 3, 6),
        ("s1", Some(("el", "no")), 77, 94),
    ]);
    let a = analyse(&data);
    let none = Assessment::default();
    let e = evaluate(&rate_measure(None, None, 0.70), &a, &none);
    assert_eq!(e.outcome, Outcome::Met);
    assert!((e.value.unwrap() - 0.70).abs() < 1e-12);
    assert_eq!(evaluate(&rate_measure(None, None, 0.71), &a, &none).outcome, Outcome::NotMet);
    assert_eq!(evaluate(&rate_measure(Some("s1"), None, 0.8), &a, &none).outcome, Outcome::Met);
    assert_eq!(evaluate(&rate_measure(Some("s2"), None, 0.8), &a, &none).outcome, Outcome::NotMet);
    let el = evaluate(&rate_measure(Some("s1"), Some(("el", "yes")), 0.5), &a, &none);
    assert_eq!(el, Evaluation { outcome: Outcome::Suppressed, value: None });
    let not_el = evaluate(&rate_measure(Some("s1"), Some(("el", "no")), 0.5), &a, &none);
    assert_eq!(not_el.outcome, Outcome::Suppressed);
    assert_eq!(evaluate(&rate_measure(Some("s9"), None, 0.5), &a, &none).outcome, Outcome::NoData);
    let empty = analyse(&DivideData::default());
    assert_eq!(evaluate(&rate_measure(None, None, 0.5), &empty, &none).outcome, Outcome::NoData);
}

#[test]
fn level_measures_use_the_agreed_or_median_level() {
    let a = analyse(&DivideData::default());
    let m = Measure::Level { indicator: "access.devices".into(), target: Level::Established, by: None };
    let mut s = Assessment::default();
    assert_eq!(evaluate(&m, &a, &s).outcome, Outcome::NoData);
    s.consensus.insert("access.devices".into(), Consensus { level: Level::Developing, rationale: String::new() });
    assert_eq!(evaluate(&m, &a, &s), Evaluation { outcome: Outcome::NotMet, value: Some(1.0) });
    s.consensus.insert("access.devices".into(), Consensus { level: Level::Advanced, rationale: String::new() });
    assert_eq!(evaluate(&m, &a, &s).outcome, Outcome::Met);
}

#[test]
fn a_finding_suggests_reaching_its_comparison_by_year_end() {
    let m = measure_from_finding("home-internet", Some("s1"), Some(("el", "yes")), 0.8351, school_year_end("2026–27"));
    assert_eq!(
        m,
        Measure::Rate {
            indicator: "home-internet".into(),
            school: Some("s1".into()),
            group: Some(("el".into(), "yes".into())),
            target: 0.84,
            by: Date::parse("2027-06-30"),
        }
    );
}

#[test]
fn filters_and_sorts_goals() {
    let data = DivideData::default();
    let mut p = Plan::default();
    let access = p.add_goal("Access", vec![Link::Finding("home-internet@district/el:yes".into())], None).unwrap();
    let design = p.add_goal("Design", vec![Link::Indicator("who.universal-design".into())], None).unwrap();
    p.goal_mut(design).unwrap().status = PlanStatus::Stalled;
    p.goal_mut(access).unwrap().owner = Some(Role::Teacher);
    let a = p.add_action(design, "Train").unwrap();
    p.goal_mut(design).unwrap().actions[0].due = Some(d("2027-01-15"));
    let ids = |f: &PlanFilter, s: PlanSort| visible_goals(&p, f, s, &data).iter().map(|g| g.id).collect::<Vec<_>>();
    assert_eq!(ids(&PlanFilter::default(), PlanSort::Entered), vec![access, design]);
    assert_eq!(ids(&PlanFilter::default(), PlanSort::Status), vec![design, access]);
    assert_eq!(ids(&PlanFilter::default(), PlanSort::Due), vec![design, access]);
    assert_eq!(
        ids(&PlanFilter { divide: Some(Divide::Access), ..Default::default() }, PlanSort::Entered),
        vec![access]
    );
    assert_eq!(
        ids(&PlanFilter { status: Some(PlanStatus::NotStarted), ..Default::default() }, PlanSort::Entered),
        vec![access, design],
        "the design goal is stalled but its action has not started"
    );
    assert_eq!(ids(&PlanFilter { owner: Some(Role::Teacher), ..Default::default() }, PlanSort::Entered), vec![access]);
    let _ = a;
}

#[test]
fn a_goal_from_the_same_evidence_is_made_once() {
    let mut p = Plan::default();
    let f = Link::Finding("home-internet@lincoln-ms/el:yes".into());
    let other = Link::Finding("home-internet@district/el:yes".into());
    let first = p.add_goal_once("Close the gap", vec![f.clone()], None).unwrap();
    assert_eq!(first, Created::New(first.id()));
    // A second press, even after more evidence was linked to the goal, finds it.
    p.goal_mut(first.id()).unwrap().links.push(Link::Indicator("who.accessible-materials".into()));
    assert_eq!(p.add_goal_once("Close the gap", vec![f.clone()], None).unwrap(), Created::Existing(first.id()));
    assert_eq!(p.goals.len(), 1);
    // A statement's goal stands for several findings: only a goal holding all of them is the same.
    let both = p.add_goal_once("Both", vec![f.clone(), other.clone()], None).unwrap();
    assert!(matches!(both, Created::New(id) if id != first.id()));
    assert_eq!(p.add_goal_once("Both", vec![other.clone(), f.clone()], None).unwrap(), Created::Existing(both.id()));
    assert_eq!(p.goals.len(), 2);
    // One finding of that statement, on its own, is not the statement's goal.
    let third = Link::Finding("home-internet@eastside-ms/el:yes".into());
    p.add_goal_once("Statement", vec![other.clone(), third.clone()], None).unwrap();
    assert!(matches!(p.add_goal_once("Just one", vec![third], None).unwrap(), Created::New(_)));
    assert_eq!(p.goals.len(), 4);
    p.goals.truncate(2);
    // Goals typed in by hand (no evidence) are never taken for one another.
    p.add_goal_once("Mine", vec![], None).unwrap();
    assert!(matches!(p.add_goal_once("Mine", vec![], None).unwrap(), Created::New(_)));
    assert_eq!(p.goals.len(), 4);
}

#[test]
fn a_goal_is_due_when_its_last_action_is() {
    let mut p = Plan::default();
    let g = p.add_goal("Hotspots", vec![], None).unwrap();
    assert_eq!(p.goal(g).unwrap().last_due(), None, "no actions");
    let a = p.add_action(g, "Survey").unwrap();
    let b = p.add_action(g, "Lend").unwrap();
    assert_eq!(p.goal(g).unwrap().last_due(), None, "actions without dates");
    p.edit_action(g, a, |x: &mut Action| {
        x.due = Some(d("2027-03-01"));
        Ok(())
    })
    .unwrap();
    p.edit_action(g, b, |x: &mut Action| {
        x.due = Some(d("2026-10-31"));
        Ok(())
    })
    .unwrap();
    assert_eq!(p.goal(g).unwrap().last_due(), Some(d("2027-03-01")), "the later date, whatever the order");
}
