//! Frozen wire form of ratings, shared by stored schema 2 and rater-file format 1. Changing
//! anything here changes both formats: add a new struct and new versions instead.

use super::content::Level;
use super::rating::{Current, Rating, Ratings, Step};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub fn level_to_wire(l: Level) -> &'static str {
    match l {
        Level::Foundational => "foundational",
        Level::Developing => "developing",
        Level::Established => "established",
        Level::Advanced => "advanced",
    }
}

pub fn level_from_wire(s: &str) -> Option<Level> {
    Level::ALL.into_iter().find(|l| level_to_wire(*l) == s)
}

fn step_to_wire(s: Step) -> &'static str {
    match s {
        Step::Hop => "hop",
        Step::Skip => "skip",
        Step::Leap => "leap",
    }
}

fn step_from_wire(s: &str) -> Option<Step> {
    Step::ALL.into_iter().find(|x| step_to_wire(*x) == s)
}

pub const NOT_YET_KNOWN: &str = "not-yet-known";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingW {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub step_note: String,
}

pub fn ratings_to_wire(r: &Ratings) -> BTreeMap<String, RatingW> {
    r.iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| {
            let current = v.current.map(|c| match c {
                Current::Known(l) => level_to_wire(l).to_string(),
                Current::NotYetKnown => NOT_YET_KNOWN.to_string(),
            });
            let w = RatingW {
                current,
                target: v.target.map(|l| level_to_wire(l).to_string()),
                evidence: v.evidence.clone(),
                step: v.step.map(|s| step_to_wire(s).to_string()),
                step_note: v.step_note.clone(),
            };
            (k.clone(), w)
        })
        .collect()
}

/// Reads wire ratings; an error names the indicator id, the field and the value.
pub fn ratings_from_wire(w: BTreeMap<String, RatingW>) -> Result<Ratings, (String, String)> {
    let mut out = Ratings::new();
    for (id, r) in w {
        let bad = |field: &str, v: &str| (format!("{id}.{field}"), format!("unknown value `{v}`"));
        let current = match r.current.as_deref() {
            None => None,
            Some(NOT_YET_KNOWN) => Some(Current::NotYetKnown),
            Some(s) => Some(Current::Known(level_from_wire(s).ok_or_else(|| bad("current", s))?)),
        };
        let target = match r.target.as_deref() {
            None => None,
            Some(s) => Some(level_from_wire(s).ok_or_else(|| bad("target", s))?),
        };
        let step = match r.step.as_deref() {
            None => None,
            Some(s) => Some(step_from_wire(s).ok_or_else(|| bad("step", s))?),
        };
        out.insert(id, Rating { current, target, evidence: r.evidence, step, step_note: r.step_note });
    }
    Ok(out)
}
