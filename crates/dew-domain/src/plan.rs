//! The reflection and planning workbook: answers to the reflection prompts per self-assessment
//! area, the action plan (goals with actions, links to evidence and a success measure), and the
//! evaluation of success measures against a cycle's data.
//!
//! Invariants:
//! - blank reflection answers are not stored (setting one to blank removes it);
//! - goal and action ids are unique within a plan and below `Plan::next_id`, never reused, and
//!   kept when a plan is copied into the next cycle, so a goal can be followed over the years;
//! - dates are real calendar dates (`Date`), compared as dates, written as `YYYY-MM-DD`.

use super::assessment::content::{indicator as sa_indicator, Divide, Level};
use super::assessment::results::standing;
use super::assessment::Assessment;
use super::date::Date;
use super::divides::analysis::{Analysis, Status as CellStatus};
use super::divides::model::{Direction, DivideData};
use super::team::Role;
use std::collections::BTreeMap;
use thiserror::Error;

/// The last day of a school year labelled like "2026–27" or "2026-2027": 30 June of the
/// second year. `None` when the label does not start with a year.
pub fn school_year_end(label: &str) -> Option<Date> {
    let digits: String = label.trim().chars().take_while(char::is_ascii_digit).collect();
    let first: u16 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    Some(Date { year: first + 1, month: 6, day: 30 })
}

// ---------------------------------------------------------------------------------------------
// Reflection

/// The reflection prompts asked for every self-assessment area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Prompt {
    /// Where are we now?
    Now,
    /// Where do we want to go?
    Vision,
    /// What would a hop, a skip and a leap look like?
    Steps,
    /// Who is not benefiting from our current technology?
    NotBenefiting,
    /// What no longer serves a purpose and should be retired?
    Retire,
}

impl Prompt {
    pub const ALL: [Prompt; 5] = [Prompt::Now, Prompt::Vision, Prompt::Steps, Prompt::NotBenefiting, Prompt::Retire];

    /// Frozen wire names.
    pub fn as_wire(self) -> &'static str {
        match self {
            Prompt::Now => "now",
            Prompt::Vision => "vision",
            Prompt::Steps => "hop-skip-leap",
            Prompt::NotBenefiting => "not-benefiting",
            Prompt::Retire => "retire",
        }
    }

    pub fn from_wire(s: &str) -> Option<Prompt> {
        Prompt::ALL.into_iter().find(|p| p.as_wire() == s)
    }
}

/// Answers per area id, per prompt.
pub type Reflections = BTreeMap<String, BTreeMap<Prompt, String>>;

/// Records an answer; a blank one removes the entry (and the area when it has no answers left).
pub fn set_reflection(r: &mut Reflections, area: &str, prompt: Prompt, text: &str) {
    if text.trim().is_empty() {
        if let Some(a) = r.get_mut(area) {
            a.remove(&prompt);
            if a.is_empty() {
                r.remove(area);
            }
        }
    } else {
        r.entry(area.to_string()).or_default().insert(prompt, text.to_string());
    }
}

/// How many of an area's prompts have an answer.
pub fn answered(r: &Reflections, area: &str) -> usize {
    r.get(area).map_or(0, BTreeMap::len)
}

// ---------------------------------------------------------------------------------------------
// The plan

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanStatus {
    NotStarted,
    InProgress,
    Done,
    Stalled,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 4] =
        [PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Done, PlanStatus::Stalled];

    pub fn as_wire(self) -> &'static str {
        match self {
            PlanStatus::NotStarted => "not-started",
            PlanStatus::InProgress => "in-progress",
            PlanStatus::Done => "done",
            PlanStatus::Stalled => "stalled",
        }
    }

    pub fn from_wire(s: &str) -> Option<PlanStatus> {
        PlanStatus::ALL.into_iter().find(|p| p.as_wire() == s)
    }
}

/// Evidence a goal answers to, by stable id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Link {
    /// A self-assessment indicator id ("access.devices").
    Indicator(String),
    /// A divide finding id (see `divides::findings::finding_id`).
    Finding(String),
}

impl Link {
    /// `indicator:<id>` or `finding:<id>`.
    pub fn to_wire(&self) -> String {
        match self {
            Link::Indicator(id) => format!("indicator:{id}"),
            Link::Finding(id) => format!("finding:{id}"),
        }
    }

    pub fn from_wire(s: &str) -> Option<Link> {
        let (kind, id) = s.split_once(':')?;
        if id.is_empty() {
            return None;
        }
        match kind {
            "indicator" => Some(Link::Indicator(id.to_string())),
            "finding" => Some(Link::Finding(id.to_string())),
            _ => None,
        }
    }

    /// The divide indicator a finding is about (the part before `@`).
    pub fn finding_indicator(&self) -> Option<&str> {
        match self {
            Link::Finding(id) => id.split_once('@').map(|(i, _)| i),
            Link::Indicator(_) => None,
        }
    }
}

/// What success looks like, checked against a cycle's data.
#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    /// A divide indicator's rate for a scope reaches a target (a fraction, 0–1) by a date.
    Rate {
        indicator: String,
        /// A school id; `None` for the district.
        school: Option<String>,
        /// (dimension id, group id); `None` for all students.
        group: Option<(String, String)>,
        target: f64,
        by: Option<Date>,
    },
    /// A self-assessment indicator reaches a level by a date.
    Level { indicator: String, target: Level, by: Option<Date> },
}

impl Measure {
    pub fn by(&self) -> Option<Date> {
        match self {
            Measure::Rate { by, .. } | Measure::Level { by, .. } => *by,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub id: u32,
    pub title: String,
    pub owner: Option<Role>,
    pub start: Option<Date>,
    pub due: Option<Date>,
    pub resources: String,
    /// Whole currency units (dollars).
    pub budget: Option<u64>,
    pub status: PlanStatus,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: u32,
    pub title: String,
    pub owner: Option<Role>,
    pub status: PlanStatus,
    pub links: Vec<Link>,
    pub measure: Option<Measure>,
    pub actions: Vec<Action>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub goals: Vec<Goal>,
    pub next_id: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {
    #[error("`{0}` is empty")]
    Empty(&'static str),
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    NotADate(&'static str),
    #[error("the due date is before the start date")]
    DueBeforeStart,
    #[error("the target must be between 0 and 100 percent")]
    TargetOutOfRange,
    #[error("`{0}` is not a whole number of dollars")]
    NotAnAmount(&'static str),
    #[error("no goal or action has id {0}")]
    NoSuchItem(u32),
    #[error("id {0} is used twice")]
    DuplicateId(u32),
    #[error("id {id} is not below next_id {next}")]
    IdNotBelowNext { id: u32, next: u32 },
}

/// An optional date field: blank is `None`; anything else must be a date.
pub fn optional_date(s: &str, field: &'static str) -> Result<Option<Date>, PlanError> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    Date::parse(s).map(Some).ok_or(PlanError::NotADate(field))
}

/// An optional amount: blank is `None`; "$1,200" and "1200" are 1200.
pub fn optional_amount(s: &str, field: &'static str) -> Result<Option<u64>, PlanError> {
    let cleaned: String = s.trim().trim_start_matches('$').chars().filter(|c| *c != ',').collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    cleaned.parse().map(Some).map_err(|_| PlanError::NotAnAmount(field))
}

/// A target given in percent ("75", "75%", "62.5") as a fraction.
pub fn target_percent(s: &str) -> Result<f64, PlanError> {
    let v: f64 = s.trim().trim_end_matches('%').trim().parse().map_err(|_| PlanError::TargetOutOfRange)?;
    if !(0.0..=100.0).contains(&v) {
        return Err(PlanError::TargetOutOfRange);
    }
    Ok(v / 100.0)
}

impl Plan {
    fn fresh_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub fn goal(&self, id: u32) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn goal_mut(&mut self, id: u32) -> Result<&mut Goal, PlanError> {
        self.goals.iter_mut().find(|g| g.id == id).ok_or(PlanError::NoSuchItem(id))
    }

    /// Adds a goal (title required) and returns its id.
    pub fn add_goal(&mut self, title: &str, links: Vec<Link>, measure: Option<Measure>) -> Result<u32, PlanError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(PlanError::Empty("goal"));
        }
        let id = self.fresh_id();
        self.goals.push(Goal {
            id,
            title: title.to_string(),
            owner: None,
            status: PlanStatus::NotStarted,
            links,
            measure,
            actions: Vec::new(),
            notes: String::new(),
        });
        Ok(id)
    }

    /// Adds an action with a title to a goal and returns its id.
    pub fn add_action(&mut self, goal: u32, title: &str) -> Result<u32, PlanError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(PlanError::Empty("action"));
        }
        self.goal_mut(goal)?;
        let id = self.fresh_id();
        let g = self.goal_mut(goal)?;
        g.actions.push(Action {
            id,
            title: title.to_string(),
            owner: None,
            start: None,
            due: None,
            resources: String::new(),
            budget: None,
            status: PlanStatus::NotStarted,
            notes: String::new(),
        });
        Ok(id)
    }

    /// Changes one action; a change that would put its due date before its start date is
    /// refused and leaves the action as it was.
    pub fn edit_action(
        &mut self,
        goal: u32,
        id: u32,
        f: impl FnOnce(&mut Action) -> Result<(), PlanError>,
    ) -> Result<(), PlanError> {
        let a = self.goal_mut(goal)?.actions.iter_mut().find(|a| a.id == id).ok_or(PlanError::NoSuchItem(id))?;
        let before = a.clone();
        let result = f(a).and_then(|()| match (a.start, a.due) {
            (Some(s), Some(d)) if d < s => Err(PlanError::DueBeforeStart),
            _ => Ok(()),
        });
        if result.is_err() {
            *a = before;
        }
        result
    }

    /// Removes a goal, returning it with its position so it can be put back.
    pub fn remove_goal(&mut self, id: u32) -> Option<(usize, Goal)> {
        let i = self.goals.iter().position(|g| g.id == id)?;
        Some((i, self.goals.remove(i)))
    }

    pub fn restore_goal(&mut self, index: usize, goal: Goal) {
        let i = index.min(self.goals.len());
        self.goals.insert(i, goal);
    }

    /// Removes an action, returning (goal id, position, action) so it can be put back.
    pub fn remove_action(&mut self, id: u32) -> Option<(u32, usize, Action)> {
        for g in &mut self.goals {
            if let Some(i) = g.actions.iter().position(|a| a.id == id) {
                return Some((g.id, i, g.actions.remove(i)));
            }
        }
        None
    }

    pub fn restore_action(&mut self, goal: u32, index: usize, action: Action) -> Result<(), PlanError> {
        let g = self.goal_mut(goal)?;
        let i = index.min(g.actions.len());
        g.actions.insert(i, action);
        Ok(())
    }

    /// Ids unique and below `next_id`; dates in order.
    pub fn validate(&self) -> Result<(), PlanError> {
        let mut seen = std::collections::BTreeSet::new();
        let ids = self.goals.iter().flat_map(|g| std::iter::once(g.id).chain(g.actions.iter().map(|a| a.id)));
        for id in ids {
            if !seen.insert(id) {
                return Err(PlanError::DuplicateId(id));
            }
            if id >= self.next_id {
                return Err(PlanError::IdNotBelowNext { id, next: self.next_id });
            }
        }
        for a in self.goals.iter().flat_map(|g| &g.actions) {
            if let (Some(s), Some(d)) = (a.start, a.due) {
                if d < s {
                    return Err(PlanError::DueBeforeStart);
                }
            }
        }
        Ok(())
    }

    /// The plan as the next cycle starts it: same goals, actions and statuses, same ids.
    pub fn carried_forward(&self) -> Plan {
        self.clone()
    }
}

/// The earliest due date among a goal's unfinished actions.
pub fn next_due(g: &Goal) -> Option<Date> {
    g.actions.iter().filter(|a| a.status != PlanStatus::Done).filter_map(|a| a.due).min()
}

/// (goal id, action id) of every unfinished action whose due date has passed.
pub fn overdue(plan: &Plan, today: Date) -> Vec<(u32, u32)> {
    plan.goals
        .iter()
        .flat_map(|g| g.actions.iter().map(move |a| (g, a)))
        .filter(|(_, a)| a.status != PlanStatus::Done && a.due.is_some_and(|d| d < today))
        .map(|(g, a)| (g.id, a.id))
        .collect()
}

/// Goals that have no success measure.
pub fn without_measure(plan: &Plan) -> Vec<u32> {
    plan.goals.iter().filter(|g| g.measure.is_none()).map(|g| g.id).collect()
}

/// The divides a goal concerns, from its links and its measure.
pub fn goal_divides(g: &Goal, data: &DivideData) -> Vec<Divide> {
    let divide_of = |id: &str| data.indicators().into_iter().find(|i| i.id == id).map(|i| i.divide);
    let mut out: Vec<Divide> = Vec::new();
    for l in &g.links {
        match l {
            Link::Indicator(id) => out.extend(sa_indicator(id).map(|(_, i)| i.divides.to_vec()).unwrap_or_default()),
            Link::Finding(_) => out.extend(l.finding_indicator().and_then(divide_of)),
        }
    }
    match &g.measure {
        Some(Measure::Rate { indicator, .. }) => out.extend(divide_of(indicator)),
        Some(Measure::Level { indicator, .. }) => {
            out.extend(sa_indicator(indicator).map(|(_, i)| i.divides.to_vec()).unwrap_or_default())
        }
        None => {}
    }
    out.sort();
    out.dedup();
    out
}

/// Which goals to show; every `None` means "all". A goal matches a status or an owner when it,
/// or any of its actions, has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanFilter {
    pub status: Option<PlanStatus>,
    pub owner: Option<Role>,
    pub divide: Option<Divide>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PlanSort {
    /// As entered.
    #[default]
    Entered,
    /// Earliest unfinished due date first; goals with none last.
    Due,
    /// Stalled, then not started, in progress, done.
    Status,
    /// By owner role, goals without an owner last.
    Owner,
}

pub fn visible_goals<'a>(plan: &'a Plan, f: &PlanFilter, sort: PlanSort, data: &DivideData) -> Vec<&'a Goal> {
    let mut v: Vec<&Goal> = plan
        .goals
        .iter()
        .filter(|g| f.status.is_none_or(|s| g.status == s || g.actions.iter().any(|a| a.status == s)))
        .filter(|g| f.owner.is_none_or(|o| g.owner == Some(o) || g.actions.iter().any(|a| a.owner == Some(o))))
        .filter(|g| f.divide.is_none_or(|d| goal_divides(g, data).contains(&d)))
        .collect();
    match sort {
        PlanSort::Entered => {}
        PlanSort::Due => v.sort_by_key(|g| (next_due(g).is_none(), next_due(g))),
        PlanSort::Status => v.sort_by_key(|g| match g.status {
            PlanStatus::Stalled => 0,
            PlanStatus::NotStarted => 1,
            PlanStatus::InProgress => 2,
            PlanStatus::Done => 3,
        }),
        PlanSort::Owner => v.sort_by_key(|g| (g.owner.is_none(), g.owner.map(|o| o.as_wire()))),
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Success measures

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Met,
    NotMet,
    /// No data for the measure's indicator and scope in that cycle.
    NoData,
    /// The data exist but are too few to show.
    Suppressed,
}

/// A measure checked against one cycle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evaluation {
    pub outcome: Outcome,
    /// The rate (a fraction) or the level's index, when shown.
    pub value: Option<f64>,
}

/// Checks a measure against a cycle's analysis and self-assessment. A rate is met at or above
/// its target (at or below, for an indicator where lower is better); a level is met at or
/// above its target level.
pub fn evaluate(m: &Measure, analysis: &Analysis, assessment: &Assessment) -> Evaluation {
    let none = |outcome| Evaluation { outcome, value: None };
    match m {
        Measure::Rate { indicator, school, group, target, .. } => {
            let Some(i) = analysis.indicators.iter().position(|x| x.id == *indicator) else {
                return none(Outcome::NoData);
            };
            let group = group.as_ref().map(|(d, g)| (d.as_str(), g.as_str()));
            let Some(cell) = analysis.find(i, school.as_deref(), group) else {
                return none(Outcome::NoData);
            };
            if cell.status.is_suppressed() {
                return none(Outcome::Suppressed);
            }
            let Some(rate) = cell.rate().filter(|_| cell.status == CellStatus::Shown) else {
                return none(Outcome::NoData);
            };
            // A tolerance so a rate exactly on target counts despite float rounding.
            let met = match analysis.indicators[i].direction {
                Direction::HigherIsBetter => rate + 1e-9 >= *target,
                Direction::LowerIsBetter => rate - 1e-9 <= *target,
            };
            // A top/bottom-coded rate is not shown exactly here either (issue 24, item 6).
            let value = crate::divides::protect::coded(analysis, cell).is_none().then_some(rate);
            Evaluation { outcome: if met { Outcome::Met } else { Outcome::NotMet }, value }
        }
        Measure::Level { indicator, target, .. } => {
            let Some((area, ind)) = sa_indicator(indicator) else {
                return none(Outcome::NoData);
            };
            match standing(assessment, area, ind).level {
                None => none(Outcome::NoData),
                Some((l, _)) => Evaluation {
                    outcome: if l >= *target { Outcome::Met } else { Outcome::NotMet },
                    value: Some(l.index() as f64),
                },
            }
        }
    }
}

/// The success measure a finding suggests: the rate of the group (or school) reaching its
/// comparison's rate, rounded to a whole percent, by the end of the school year.
pub fn measure_from_finding(
    indicator: &str,
    school: Option<&str>,
    group: Option<(&str, &str)>,
    comparison_rate: f64,
    by: Option<Date>,
) -> Measure {
    Measure::Rate {
        indicator: indicator.to_string(),
        school: school.map(str::to_string),
        group: group.map(|(d, g)| (d.to_string(), g.to_string())),
        target: (comparison_rate * 100.0).round() / 100.0,
        by,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Consensus;
    use crate::divides::analysis::analyse;
    use crate::divides::model::{CellKey, Counts, School};

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
        let m =
            measure_from_finding("home-internet", Some("s1"), Some(("el", "yes")), 0.8351, school_year_end("2026–27"));
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
        assert_eq!(
            ids(&PlanFilter { owner: Some(Role::Teacher), ..Default::default() }, PlanSort::Entered),
            vec![access]
        );
        let _ = a;
    }
}
