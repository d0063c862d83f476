//! What is due, overdue or without a measure, and which goals a filter shows.

use super::model::{Goal, Link, Measure, Plan, PlanStatus};
use crate::assessment::content::{indicator as sa_indicator, Divide};
use crate::date::Date;
use crate::divides::model::DivideData;
use crate::team::Role;

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
