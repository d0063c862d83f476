//! Schema 4's wire form of the reflections and the action plan (frozen: change it only by
//! adding a new schema version), and the conversions to and from the model.

use super::{invalid, role_from, SchemaError};
use crate::assessment::wire::{level_from_wire, level_to_wire};
use crate::date::Date;
use crate::plan::{Action, Goal, Link, Measure, Plan, PlanStatus, Prompt, Reflections};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Area id → prompt wire name → answer.
pub type ReflectionsW = BTreeMap<String, BTreeMap<String, String>>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanW {
    pub next_id: u32,
    pub goals: Vec<GoalW>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalW {
    pub id: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    pub status: String,
    pub links: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<MeasureW>,
    pub actions: Vec<ActionW>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// `kind` is `rate` (with `target_rate`, a fraction) or `level` (with `target_level`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureW {
    pub kind: String,
    pub indicator: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<[String; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_rate: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionW {
    pub id: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resources: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<u64>,
    pub status: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

pub fn reflections_to_wire(r: &Reflections) -> ReflectionsW {
    r.iter()
        .map(|(area, answers)| {
            (area.clone(), answers.iter().map(|(p, text)| (p.as_wire().to_string(), text.clone())).collect())
        })
        .collect()
}

pub fn reflections_from_wire(w: ReflectionsW, at: &str) -> Result<Reflections, SchemaError> {
    let mut out = Reflections::new();
    for (area, answers) in w {
        let mut a = BTreeMap::new();
        for (p, text) in answers {
            let prompt = Prompt::from_wire(&p).ok_or_else(|| invalid(format!("{at}.{area}.{p}"), "unknown prompt"))?;
            a.insert(prompt, text);
        }
        out.insert(area, a);
    }
    Ok(out)
}

fn measure_to_wire(m: &Measure) -> MeasureW {
    match m {
        Measure::Rate { indicator, school, group, target, by } => MeasureW {
            kind: "rate".into(),
            indicator: indicator.clone(),
            school: school.clone(),
            group: group.as_ref().map(|(d, g)| [d.clone(), g.clone()]),
            target_rate: Some(*target),
            target_level: None,
            by: by.map(|d| d.to_string()),
        },
        Measure::Level { indicator, target, by } => MeasureW {
            kind: "level".into(),
            indicator: indicator.clone(),
            school: None,
            group: None,
            target_rate: None,
            target_level: Some(level_to_wire(*target).to_string()),
            by: by.map(|d| d.to_string()),
        },
    }
}

pub fn plan_to_wire(p: &Plan) -> PlanW {
    PlanW {
        next_id: p.next_id,
        goals: p
            .goals
            .iter()
            .map(|g| GoalW {
                id: g.id,
                title: g.title.clone(),
                owner: g.owner.map(|r| r.as_wire().to_string()),
                status: g.status.as_wire().to_string(),
                links: g.links.iter().map(Link::to_wire).collect(),
                measure: g.measure.as_ref().map(measure_to_wire),
                actions: g
                    .actions
                    .iter()
                    .map(|a| ActionW {
                        id: a.id,
                        title: a.title.clone(),
                        owner: a.owner.map(|r| r.as_wire().to_string()),
                        start: a.start.map(|d| d.to_string()),
                        due: a.due.map(|d| d.to_string()),
                        resources: a.resources.clone(),
                        budget: a.budget,
                        status: a.status.as_wire().to_string(),
                        notes: a.notes.clone(),
                    })
                    .collect(),
                notes: g.notes.clone(),
            })
            .collect(),
    }
}

fn date(s: Option<String>, at: String) -> Result<Option<Date>, SchemaError> {
    s.map(|s| Date::parse(&s).ok_or_else(|| invalid(at, format!("`{s}` is not a date")))).transpose()
}

fn status(s: &str, at: String) -> Result<PlanStatus, SchemaError> {
    PlanStatus::from_wire(s).ok_or_else(|| invalid(at, format!("unknown status `{s}`")))
}

fn measure_from_wire(m: MeasureW, at: &str) -> Result<Measure, SchemaError> {
    let by = date(m.by, format!("{at}.by"))?;
    match m.kind.as_str() {
        "rate" => {
            let target = m
                .target_rate
                .filter(|t| (0.0..=1.0).contains(t))
                .ok_or_else(|| invalid(format!("{at}.target_rate"), "missing or not between 0 and 1"))?;
            Ok(Measure::Rate {
                indicator: m.indicator,
                school: m.school,
                group: m.group.map(|[d, g]| (d, g)),
                target,
                by,
            })
        }
        "level" => {
            let level = m.target_level.unwrap_or_default();
            let target = level_from_wire(&level)
                .ok_or_else(|| invalid(format!("{at}.target_level"), format!("unknown level `{level}`")))?;
            Ok(Measure::Level { indicator: m.indicator, target, by })
        }
        other => Err(invalid(format!("{at}.kind"), format!("unknown measure kind `{other}`"))),
    }
}

pub fn plan_from_wire(w: PlanW, at: &str) -> Result<Plan, SchemaError> {
    let mut goals = Vec::with_capacity(w.goals.len());
    for (gi, g) in w.goals.into_iter().enumerate() {
        let here = format!("{at}.goals[{gi}]");
        let owner = g.owner.map(|o| role_from(format!("{here}.owner"), &o)).transpose()?;
        let mut links = Vec::with_capacity(g.links.len());
        for (li, l) in g.links.iter().enumerate() {
            links.push(Link::from_wire(l).ok_or_else(|| invalid(format!("{here}.links[{li}]"), "not a link"))?);
        }
        let measure = g.measure.map(|m| measure_from_wire(m, &format!("{here}.measure"))).transpose()?;
        let mut actions = Vec::with_capacity(g.actions.len());
        for (ai, a) in g.actions.into_iter().enumerate() {
            let there = format!("{here}.actions[{ai}]");
            actions.push(Action {
                id: a.id,
                title: a.title,
                owner: a.owner.map(|o| role_from(format!("{there}.owner"), &o)).transpose()?,
                start: date(a.start, format!("{there}.start"))?,
                due: date(a.due, format!("{there}.due"))?,
                resources: a.resources,
                budget: a.budget,
                status: status(&a.status, format!("{there}.status"))?,
                notes: a.notes,
            });
        }
        goals.push(Goal {
            id: g.id,
            title: g.title,
            owner,
            status: status(&g.status, format!("{here}.status"))?,
            links,
            measure,
            actions,
            notes: g.notes,
        });
    }
    let plan = Plan { goals, next_id: w.next_id };
    plan.validate().map_err(|e| invalid(at.to_string(), e))?;
    Ok(plan)
}
