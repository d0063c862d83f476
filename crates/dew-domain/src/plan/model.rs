//! The action plan: goals with actions, links to evidence and a success measure; editing it
//! keeps ids unique and never reused.

use crate::assessment::content::Level;
use crate::date::Date;
use crate::team::Role;
use thiserror::Error;

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

impl Goal {
    /// The latest due date of its actions (what a collapsed goal shows), if any has one.
    pub fn last_due(&self) -> Option<Date> {
        self.actions.iter().filter_map(|a| a.due).max()
    }
}

/// What [`Plan::add_goal_once`] did: made the goal, or found the one already made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    New(u32),
    Existing(u32),
}

impl Created {
    pub fn id(self) -> u32 {
        match self {
            Created::New(id) | Created::Existing(id) => id,
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

    /// A goal made from the same evidence: its links include every one of `links`, and its
    /// findings are exactly those of `links` (evidence added later may be indicators). So a
    /// statement's goal (several findings) is not taken for the goal of one of its findings.
    pub fn goal_from(&self, links: &[Link]) -> Option<u32> {
        if links.is_empty() {
            return None;
        }
        let findings = |ls: &[Link]| ls.iter().filter(|l| matches!(l, Link::Finding(_))).count();
        self.goals
            .iter()
            .find(|g| links.iter().all(|l| g.links.contains(l)) && findings(&g.links) == findings(links))
            .map(|g| g.id)
    }

    /// Adds a goal made from evidence (a finding, a statement, a priority) unless one made
    /// from the same evidence is already there: a second press of "Create a goal" finds the
    /// first goal instead of making a copy.
    pub fn add_goal_once(
        &mut self,
        title: &str,
        links: Vec<Link>,
        measure: Option<Measure>,
    ) -> Result<Created, PlanError> {
        match self.goal_from(&links) {
            Some(id) => Ok(Created::Existing(id)),
            None => self.add_goal(title, links, measure).map(Created::New),
        }
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
