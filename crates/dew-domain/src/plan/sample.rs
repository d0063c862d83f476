//! The sample district's plan.

use super::model::{Link, Measure, Plan, PlanStatus};
use crate::assessment::content::Level;
use crate::date::Date;
use crate::team::Role;

/// The sample district's plan as its first year set it up.
pub fn sample_plan() -> Plan {
    let mut p = Plan::default();
    let date = |s: &str| Date::parse(s);
    let year_end = date("2027-06-30");
    let el = p
        .add_goal(
            "Every English learner's family has home internet fast enough for learning",
            vec![
                Link::Finding("home-internet-sufficient@district/el:yes".into()),
                Link::Indicator("access.home-connectivity".into()),
            ],
            Some(Measure::Rate {
                indicator: "home-internet-sufficient".into(),
                school: None,
                group: Some(("el".into(), "yes".into())),
                target: 0.60,
                by: year_end,
            }),
        )
        .expect("sample titles are valid");
    let hotspots = p.add_action(el, "Lend hotspots through the school libraries").expect("valid");
    let survey = p.add_action(el, "Survey families in their home languages").expect("valid");
    let home = p
        .add_goal(
            "Every household has an internet connection",
            vec![Link::Indicator("access.home-connectivity".into())],
            Some(Measure::Rate {
                indicator: "home-internet".into(),
                school: None,
                group: None,
                target: 0.85,
                by: year_end,
            }),
        )
        .expect("valid");
    let subsidy = p.add_action(home, "Enrol eligible families in low-cost internet plans").expect("valid");
    let create = p
        .add_goal(
            "Students create with technology every week",
            vec![Link::Indicator("how.active-creation".into())],
            Some(Measure::Level { indicator: "how.active-creation".into(), target: Level::Established, by: year_end }),
        )
        .expect("valid");
    let coach = p.add_action(create, "Coach teachers on project-based units").expect("valid");
    let retire = p.add_goal("Retire overlapping reading apps", vec![], None).expect("valid");
    for g in &mut p.goals {
        for a in &mut g.actions {
            if a.id == hotspots {
                a.owner = Some(Role::TechnologyStaff);
                a.start = date("2026-08-15");
                a.due = date("2026-10-31");
                a.resources = "120 hotspots; library staff time".into();
                a.budget = Some(18_000);
                a.status = PlanStatus::InProgress;
            } else if a.id == survey {
                a.owner = Some(Role::FamilyCommunity);
                a.due = date("2026-05-15");
                a.status = PlanStatus::Done;
            } else if a.id == subsidy {
                a.owner = Some(Role::SchoolLeader);
                a.due = date("2026-12-15");
                a.status = PlanStatus::InProgress;
            } else if a.id == coach {
                a.owner = Some(Role::Teacher);
                a.start = date("2027-01-10");
                a.due = date("2027-04-30");
                a.resources = "Two instructional coaches".into();
                a.budget = Some(6_500);
            }
        }
        g.status = if g.id == el || g.id == home { PlanStatus::InProgress } else { PlanStatus::NotStarted };
        if g.id == el {
            g.owner = Some(Role::DistrictLeader);
        }
        if g.id == retire {
            g.owner = Some(Role::TechnologyStaff);
            g.notes = "Waiting for the usage data from both vendors.".into();
        }
    }
    p
}

/// The sample plan a year on: the connection goal is done, the app review has stalled.
pub fn advance_sample_plan(p: &mut Plan) {
    for g in &mut p.goals {
        if g.title.starts_with("Every household") {
            g.status = PlanStatus::Done;
            g.actions.iter_mut().for_each(|a| a.status = PlanStatus::Done);
        } else if g.title.starts_with("Retire") {
            g.status = PlanStatus::Stalled;
        }
    }
}
