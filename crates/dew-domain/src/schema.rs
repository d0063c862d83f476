//! The stored schema: how a workspace is written to localStorage and to backup files.
//!
//! A stored document is a versioned envelope:
//! `{ "app": "digital-equity-workbench", "schema": N, "saved_at": "…", "workspace": { … } }`.
//!
//! Rules (see ARCHITECTURE.md "Persistence"):
//! - Each released version's wire structs are frozen in their own module (`v1`, …). The model
//!   in `workspace.rs` may change freely; only the conversion to and from the newest wire
//!   version follows it.
//! - Older documents are upgraded by plain JSON-to-JSON steps, one per version
//!   (`MIGRATIONS[i]` turns version i+1 into i+2), each tested against a golden file in
//!   `tests/golden/`.
//! - Decoding never panics and never guesses: anything it cannot read is an error that says
//!   what and where, so the caller can set the document aside instead of overwriting it.

use super::assessment::wire::{level_from_wire, level_to_wire, ratings_from_wire, ratings_to_wire};
use super::assessment::{Assessment, Consensus, ImportedRater};
use super::ids::APP_TAG;
use super::team::Role;
use super::workspace::{Cycle, CycleId, Member, MemberId, RaterProfile, Workspace, WorkspaceError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

mod divides;
pub mod journal;
mod plan;
mod portfolio;

/// The newest schema version this build writes and reads.
pub const CURRENT_SCHEMA: u64 = 5;

/// A migration step: the JSON of the `workspace` field at version N, to version N+1.
pub type Migration = fn(Value) -> Result<Value, SchemaError>;

/// Steps from each older version to the next: `MIGRATIONS[0]` turns 1 into 2, and so on.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Schema 5 adds each cycle's technology portfolio, empty for earlier cycles.
fn v4_to_v5(mut ws: Value) -> Result<Value, SchemaError> {
    let cycles =
        ws.get_mut("cycles").and_then(Value::as_array_mut).ok_or_else(|| invalid("workspace.cycles", "not a list"))?;
    for (i, c) in cycles.iter_mut().enumerate() {
        let c = c.as_object_mut().ok_or_else(|| invalid(format!("workspace.cycles[{i}]"), "not an object"))?;
        c.insert("portfolio".into(), serde_json::json!({ "next_id": 0, "products": [], "decisions": {} }));
    }
    Ok(ws)
}

/// Schema 4 adds each cycle's reflections and action plan, empty for earlier cycles.
fn v3_to_v4(mut ws: Value) -> Result<Value, SchemaError> {
    let cycles =
        ws.get_mut("cycles").and_then(Value::as_array_mut).ok_or_else(|| invalid("workspace.cycles", "not a list"))?;
    for (i, c) in cycles.iter_mut().enumerate() {
        let c = c.as_object_mut().ok_or_else(|| invalid(format!("workspace.cycles[{i}]"), "not an object"))?;
        c.insert("reflections".into(), serde_json::json!({}));
        c.insert("plan".into(), serde_json::json!({ "next_id": 0, "goals": [] }));
    }
    Ok(ws)
}

/// Schema 3 adds the divide data: empty, with default settings, in every cycle.
fn v2_to_v3(mut ws: Value) -> Result<Value, SchemaError> {
    let cycles =
        ws.get_mut("cycles").and_then(Value::as_array_mut).ok_or_else(|| invalid("workspace.cycles", "not a list"))?;
    for (i, c) in cycles.iter_mut().enumerate() {
        let c = c.as_object_mut().ok_or_else(|| invalid(format!("workspace.cycles[{i}]"), "not an object"))?;
        c.insert(
            "divides".into(),
            serde_json::json!({
                "custom_indicators": [], "custom_dimensions": [], "schools": [], "cells": {},
                "settings": { "threshold_points": 10.0, "min_n": 10, "comparison": "complement", "top_bottom_coding": false }
            }),
        );
    }
    Ok(ws)
}

/// Schema 2 adds the self-assessment: an empty one per cycle, no device key yet (the app
/// assigns one on load) and no rater profile.
fn v1_to_v2(mut ws: Value) -> Result<Value, SchemaError> {
    let obj = ws.as_object_mut().ok_or_else(|| invalid("workspace", "not an object"))?;
    obj.insert("device_key".into(), Value::String(String::new()));
    obj.insert("rater_profile".into(), Value::Null);
    let cycles =
        obj.get_mut("cycles").and_then(Value::as_array_mut).ok_or_else(|| invalid("workspace.cycles", "not a list"))?;
    for (i, c) in cycles.iter_mut().enumerate() {
        let c = c.as_object_mut().ok_or_else(|| invalid(format!("workspace.cycles[{i}]"), "not an object"))?;
        c.insert("assessment".into(), serde_json::json!({ "own": {}, "raters": [], "consensus": {} }));
    }
    Ok(ws)
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SchemaError {
    #[error("not JSON: {message} at line {line}, column {column}")]
    NotJson { line: usize, column: usize, message: String },
    #[error("not a Digital Equity Workbench file: the `app` field is missing or different")]
    NotOurs,
    #[error("the `schema` field is missing or not a whole number")]
    NoSchema,
    #[error("schema version {found} is newer than this app reads (up to {newest})")]
    TooNew { found: u64, newest: u64 },
    #[error("schema version {0} is unknown")]
    Unknown(u64),
    #[error("`{path}`: {message}")]
    Invalid { path: String, message: String },
}

/// Frozen wire format of schema version 1. Do not edit: add `v2` instead.
pub mod v1 {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Workspace {
        pub district: String,
        #[serde(default)]
        pub sample: bool,
        pub current_cycle: u32,
        pub next_id: u32,
        pub cycles: Vec<Cycle>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Cycle {
        pub id: u32,
        pub label: String,
        pub team: Vec<Member>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Member {
        pub id: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        pub role: String,
    }
}

/// Frozen wire format of schema version 2: version 1 plus the self-assessment. Do not edit.
pub mod v2 {
    use crate::assessment::wire::RatingW;
    use serde::{Deserialize, Serialize};
    use std::collections::BTreeMap;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Workspace {
        pub district: String,
        #[serde(default)]
        pub sample: bool,
        pub current_cycle: u32,
        pub next_id: u32,
        pub device_key: String,
        pub rater_profile: Option<RaterProfile>,
        pub cycles: Vec<Cycle>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RaterProfile {
        pub name: String,
        pub role: String,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Cycle {
        pub id: u32,
        pub label: String,
        pub team: Vec<super::v1::Member>,
        pub assessment: Assessment,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Assessment {
        pub own: BTreeMap<String, RatingW>,
        pub raters: Vec<Rater>,
        pub consensus: BTreeMap<String, Consensus>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Rater {
        pub key: String,
        pub name: String,
        pub role: String,
        pub exported_at: String,
        pub cycle_label: String,
        pub ratings: BTreeMap<String, RatingW>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Consensus {
        pub level: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub rationale: String,
    }
}

/// Frozen wire format of schema version 3: version 2 plus the divide data. Do not edit.
pub mod v3 {
    use serde::{Deserialize, Serialize};
    use std::collections::BTreeMap;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Workspace {
        pub district: String,
        #[serde(default)]
        pub sample: bool,
        pub current_cycle: u32,
        pub next_id: u32,
        pub device_key: String,
        pub rater_profile: Option<super::v2::RaterProfile>,
        pub cycles: Vec<Cycle>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Cycle {
        pub id: u32,
        pub label: String,
        pub team: Vec<super::v1::Member>,
        pub assessment: super::v2::Assessment,
        pub divides: Divides,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Divides {
        pub custom_indicators: Vec<Indicator>,
        pub custom_dimensions: Vec<Dimension>,
        pub schools: Vec<Named>,
        /// indicator id → school id → "" (all students) or "dimension:group" → [numerator, denominator]
        pub cells: BTreeMap<String, BTreeMap<String, BTreeMap<String, [u64; 2]>>>,
        pub settings: Settings,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Indicator {
        pub id: String,
        pub name: String,
        pub divide: String,
        pub numerator: String,
        pub denominator: String,
        pub direction: String,
        pub source: String,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Dimension {
        pub id: String,
        pub name: String,
        pub groups: Vec<Named>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Named {
        pub id: String,
        pub name: String,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Settings {
        pub threshold_points: f64,
        pub min_n: u64,
        /// "complement", "overall", "highest-group" or "chosen:<dimension>:<group>"
        pub comparison: String,
        pub top_bottom_coding: bool,
        /// The audit's protection level, percent (issue 24); absent when it is the default, so
        /// files written before it existed read the same and still write the same.
        #[serde(default = "default_protection", skip_serializing_if = "is_default_protection")]
        pub protection_percent: u64,
        /// Whether priorities must survive the adjustment for chance (issue 25); absent when on,
        /// the default, so files written before it existed read the same and still write the
        /// same.
        #[serde(default = "yes", skip_serializing_if = "is_yes")]
        pub adjust_for_chance: bool,
    }

    fn yes() -> bool {
        true
    }

    fn is_yes(b: &bool) -> bool {
        *b
    }

    fn default_protection() -> u64 {
        crate::divides::model::DEFAULT_PROTECTION_PERCENT
    }

    fn is_default_protection(p: &u64) -> bool {
        *p == default_protection()
    }
}

pub mod v4 {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Workspace {
        pub district: String,
        #[serde(default)]
        pub sample: bool,
        pub current_cycle: u32,
        pub next_id: u32,
        pub device_key: String,
        pub rater_profile: Option<super::v2::RaterProfile>,
        pub cycles: Vec<Cycle>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Cycle {
        pub id: u32,
        pub label: String,
        pub team: Vec<super::v1::Member>,
        pub assessment: super::v2::Assessment,
        pub divides: super::v3::Divides,
        pub reflections: super::plan::ReflectionsW,
        pub plan: super::plan::PlanW,
    }
}

pub mod v5 {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Workspace {
        pub district: String,
        #[serde(default)]
        pub sample: bool,
        pub current_cycle: u32,
        pub next_id: u32,
        pub device_key: String,
        pub rater_profile: Option<super::v2::RaterProfile>,
        pub cycles: Vec<Cycle>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Cycle {
        pub id: u32,
        pub label: String,
        pub team: Vec<super::v1::Member>,
        pub assessment: super::v2::Assessment,
        pub divides: super::v3::Divides,
        pub reflections: super::plan::ReflectionsW,
        pub plan: super::plan::PlanW,
        pub portfolio: super::portfolio::PortfolioW,
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope<W> {
    app: String,
    schema: u64,
    #[serde(default)]
    saved_at: String,
    workspace: W,
}

fn to_wire(ws: &Workspace) -> v5::Workspace {
    v5::Workspace {
        district: ws.district.clone(),
        sample: ws.sample,
        current_cycle: ws.current.0,
        next_id: ws.next_id(),
        device_key: ws.device_key.clone(),
        rater_profile: ws
            .rater_profile
            .as_ref()
            .map(|p| v2::RaterProfile { name: p.name.clone(), role: p.role.as_wire().to_string() }),
        cycles: ws
            .cycles
            .iter()
            .map(|c| v5::Cycle {
                id: c.id.0,
                label: c.label.clone(),
                team: c
                    .team
                    .iter()
                    .map(|m| v1::Member { id: m.id.0, name: m.name.clone(), role: m.role.as_wire().to_string() })
                    .collect(),
                assessment: assessment_to_wire(&c.assessment),
                divides: divides::to_wire(&c.divides),
                reflections: plan::reflections_to_wire(&c.reflections),
                plan: plan::plan_to_wire(&c.plan),
                portfolio: portfolio::to_wire(&c.portfolio),
            })
            .collect(),
    }
}

fn assessment_to_wire(a: &Assessment) -> v2::Assessment {
    v2::Assessment {
        own: ratings_to_wire(&a.own),
        raters: a
            .raters
            .iter()
            .map(|r| v2::Rater {
                key: r.key.clone(),
                name: r.name.clone(),
                role: r.role.as_wire().to_string(),
                exported_at: r.exported_at.clone(),
                cycle_label: r.cycle_label.clone(),
                ratings: ratings_to_wire(&r.ratings),
            })
            .collect(),
        consensus: a
            .consensus
            .iter()
            .map(|(k, c)| {
                (k.clone(), v2::Consensus { level: level_to_wire(c.level).to_string(), rationale: c.rationale.clone() })
            })
            .collect(),
    }
}

fn invalid(path: impl Into<String>, message: impl ToString) -> SchemaError {
    SchemaError::Invalid { path: path.into(), message: message.to_string() }
}

fn role_from(path: String, s: &str) -> Result<Role, SchemaError> {
    Role::from_wire(s).ok_or_else(|| invalid(path, format!("unknown role `{s}`")))
}

fn assessment_from_wire(w: v2::Assessment, at: &str) -> Result<Assessment, SchemaError> {
    let own = ratings_from_wire(w.own).map_err(|(p, m)| invalid(format!("{at}.own.{p}"), m))?;
    let mut raters: Vec<ImportedRater> = Vec::with_capacity(w.raters.len());
    for (i, r) in w.raters.into_iter().enumerate() {
        let here = format!("{at}.raters[{i}]");
        let ratings = ratings_from_wire(r.ratings).map_err(|(p, m)| invalid(format!("{here}.ratings.{p}"), m))?;
        let role = role_from(format!("{here}.role"), &r.role)?;
        raters.push(ImportedRater {
            key: r.key,
            name: r.name,
            role,
            exported_at: r.exported_at,
            cycle_label: r.cycle_label,
            ratings,
        });
    }
    raters.sort_by(|a, b| a.key.cmp(&b.key));
    if let Some(w) = raters.windows(2).find(|w| w[0].key == w[1].key) {
        return Err(invalid(format!("{at}.raters"), format!("rater key `{}` appears twice", w[0].key)));
    }
    let mut consensus = std::collections::BTreeMap::new();
    for (id, c) in w.consensus {
        let level = level_from_wire(&c.level)
            .ok_or_else(|| invalid(format!("{at}.consensus.{id}.level"), format!("unknown value `{}`", c.level)))?;
        consensus.insert(id, Consensus { level, rationale: c.rationale });
    }
    Ok(Assessment { own, raters, consensus })
}

fn from_wire(w: v5::Workspace) -> Result<Workspace, SchemaError> {
    let mut cycles = Vec::with_capacity(w.cycles.len());
    for (ci, c) in w.cycles.into_iter().enumerate() {
        let mut team = Vec::with_capacity(c.team.len());
        for (mi, m) in c.team.into_iter().enumerate() {
            let role = role_from(format!("workspace.cycles[{ci}].team[{mi}].role"), &m.role)?;
            team.push(Member { id: MemberId(m.id), name: m.name, role });
        }
        let assessment = assessment_from_wire(c.assessment, &format!("workspace.cycles[{ci}].assessment"))?;
        let divides = divides::from_wire(c.divides, &format!("workspace.cycles[{ci}].divides"))?;
        let here = format!("workspace.cycles[{ci}]");
        let reflections = plan::reflections_from_wire(c.reflections, &format!("{here}.reflections"))?;
        let plan = plan::plan_from_wire(c.plan, &format!("{here}.plan"))?;
        let portfolio = portfolio::from_wire(c.portfolio, &format!("{here}.portfolio"))?;
        cycles.push(Cycle {
            id: CycleId(c.id),
            label: c.label,
            team,
            assessment,
            divides,
            reflections,
            plan,
            portfolio,
        });
    }
    let rater_profile = match w.rater_profile {
        None => None,
        Some(p) => {
            Some(RaterProfile { name: p.name, role: role_from("workspace.rater_profile.role".into(), &p.role)? })
        }
    };
    Workspace::from_parts(
        w.district,
        w.sample,
        cycles,
        CycleId(w.current_cycle),
        w.next_id,
        w.device_key,
        rater_profile,
    )
    .map_err(|e: WorkspaceError| invalid("workspace", e))
}

/// A workspace as the current schema's JSON value (the `workspace` of a stored document),
/// for comparing and merging field by field (`merge_tabs`).
pub fn to_value(ws: &Workspace) -> Value {
    serde_json::to_value(to_wire(ws)).unwrap_or(Value::Null)
}

/// The workspace a current-schema JSON value holds, checked as a stored document is.
pub fn from_value(v: Value) -> Result<Workspace, SchemaError> {
    let w: v5::Workspace = serde_json::from_value(v).map_err(|e| invalid("workspace", e))?;
    from_wire(w)
}

/// Documents of this many bytes of JSON or more are stored packed (see [`pack`]).
pub const PACK_FROM_BYTES: usize = 512 * 1024;
const PACKED_FORMAT: &str = "deflate-raw+base64";
/// A packed document never unpacks to more than this (a damaged or hostile file cannot make
/// the page allocate without bound).
const MAX_UNPACKED_BYTES: usize = 256 * 1024 * 1024;

/// Writes a workspace as the current schema. `pretty` is for backup files people may open;
/// the compact form is the one stored in localStorage: packed when large (see [`pack`]),
/// otherwise plain JSON (see [`latin1_safe`]).
pub fn encode(ws: &Workspace, saved_at: &str, pretty: bool) -> String {
    let env = Envelope {
        app: APP_TAG.to_string(),
        schema: CURRENT_SCHEMA,
        saved_at: saved_at.to_string(),
        workspace: to_wire(ws),
    };
    // Serialising plain structs of strings and integers cannot fail.
    if pretty {
        return serde_json::to_string_pretty(&env).unwrap_or_default();
    }
    let json = serde_json::to_string(&env).unwrap_or_default();
    if json.len() >= PACK_FROM_BYTES {
        pack(&json)
    } else {
        latin1_safe(json)
    }
}

/// A large document as it is stored: `{"app", "packed": "deflate-raw+base64", "data"}`, the
/// JSON deflated and then base64 (plain ASCII, one byte per character in Chromium's storage).
/// Five cycles of a 150-school district go from 4.2 MB of JSON to under 1 MB, and a save
/// writes a quarter as much. [`decode`] reads both forms.
pub fn pack(json: &str) -> String {
    use base64::{engine::general_purpose::STANDARD, Engine};
    // Level 4: for the large district, about 660 KB deflated; level 1 leaves about 1070 KB,
    // level 6 saves another 6 % for 20 % more time.
    let bytes = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 4);
    serde_json::json!({ "app": APP_TAG, "packed": PACKED_FORMAT, "data": STANDARD.encode(bytes) }).to_string()
}

/// Whether a stored document is packed (see [`pack`]): it starts as only a packed one does
/// (`{"app":APP_TAG,"data":"…`; serde_json writes the keys in order).
pub fn is_packed(text: &str) -> bool {
    text.strip_prefix(r#"{"app":""#)
        .and_then(|t| t.strip_prefix(APP_TAG))
        .is_some_and(|t| t.starts_with(r#"","data":""#))
}

/// The JSON inside a packed document; errors name the field.
fn unpack(obj: &serde_json::Map<String, Value>) -> Result<String, SchemaError> {
    use base64::{engine::general_purpose::STANDARD, Engine};
    let format = obj.get("packed").and_then(Value::as_str).unwrap_or_default();
    if format != PACKED_FORMAT {
        return Err(invalid("packed", format!("unknown packing `{format}`")));
    }
    let data = obj.get("data").and_then(Value::as_str).ok_or_else(|| invalid("data", "missing"))?;
    let bytes = STANDARD.decode(data).map_err(|e| invalid("data", format!("not base64: {e}")))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_UNPACKED_BYTES)
        .map_err(|e| invalid("data", format!("cannot be unpacked: {e}")))?;
    String::from_utf8(json).map_err(|e| invalid("data", format!("not UTF-8 once unpacked: {e}")))
}

/// The same JSON, costing half as much of the browser's storage when it can. Chromium keeps a
/// localStorage string whose characters are all Latin-1 (below U+0100) at one byte each, and
/// any other string at two bytes per UTF-16 unit: one en dash in a cycle label ("2025–26")
/// doubles the size of the whole document. So characters from U+0100 up are written as JSON
/// `\uXXXX` escapes (they only occur inside strings, where an escape means the same text),
/// unless they are so many (a fifth of the text or more) that two bytes each costs less.
pub fn latin1_safe(json: String) -> String {
    let (mut chars, mut wide) = (0usize, 0usize);
    for c in json.chars() {
        chars += 1;
        wide += usize::from(c as u32 >= 0x100);
    }
    if wide == 0 || wide * 5 >= chars {
        return json;
    }
    let mut out = String::with_capacity(json.len() + wide * 6);
    let mut units = [0u16; 2];
    for c in json.chars() {
        if (c as u32) < 0x100 {
            out.push(c);
        } else {
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{:04x}", u));
            }
        }
    }
    out
}

/// A decoded document: the workspace and what the envelope said about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub workspace: Workspace,
    pub schema: u64,
    pub saved_at: String,
}

/// Runs `steps[from-1..]` over `value`, turning version `from` into `from + steps.len()…`.
/// Separate from `decode` so the chain itself can be tested with synthetic steps.
pub fn run_migrations(mut value: Value, from: u64, steps: &[Migration]) -> Result<Value, SchemaError> {
    let start = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in steps.iter().skip(start) {
        value = step(value)?;
    }
    Ok(value)
}

/// Reads any supported version of a stored document or backup file, packed or not.
pub fn decode(text: &str) -> Result<Decoded, SchemaError> {
    decode_at(text, true)
}

fn decode_at(text: &str, may_be_packed: bool) -> Result<Decoded, SchemaError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| SchemaError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let obj = value.as_object().ok_or(SchemaError::NotOurs)?;
    if obj.get("app").and_then(Value::as_str) != Some(APP_TAG) {
        return Err(SchemaError::NotOurs);
    }
    if obj.contains_key("packed") {
        if !may_be_packed {
            return Err(invalid("packed", "a packed document inside a packed document"));
        }
        return decode_at(&unpack(obj)?, false);
    }
    let schema = obj.get("schema").and_then(Value::as_u64).ok_or(SchemaError::NoSchema)?;
    if schema > CURRENT_SCHEMA {
        return Err(SchemaError::TooNew { found: schema, newest: CURRENT_SCHEMA });
    }
    if schema == 0 {
        return Err(SchemaError::Unknown(schema));
    }
    let saved_at = obj.get("saved_at").and_then(Value::as_str).unwrap_or_default().to_string();
    let raw_ws = obj.get("workspace").cloned().ok_or_else(|| invalid("workspace", "missing"))?;
    let migrated = run_migrations(raw_ws, schema, MIGRATIONS)?;
    let wire: v5::Workspace = serde_path_to_error::deserialize(migrated)
        .map_err(|e| invalid(format!("workspace.{}", e.path()), e.inner()))?;
    Ok(Decoded { workspace: from_wire(wire)?, schema, saved_at })
}

/// What a backup holds, for the preview shown before it replaces anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub district: String,
    pub sample: bool,
    pub saved_at: String,
    pub schema: u64,
    /// (cycle label, team size), oldest first.
    pub cycles: Vec<(String, usize)>,
}

pub fn summarize(d: &Decoded) -> Summary {
    Summary {
        district: d.workspace.district.clone(),
        sample: d.workspace.sample,
        saved_at: d.saved_at.clone(),
        schema: d.schema,
        cycles: d.workspace.cycles.iter().map(|c| (c.label.clone(), c.team.len())).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_is_latin1_when_few_characters_are_wider() {
        let mut ws = Workspace::sample();
        ws.district = "Distrito Escolar de Peñasco – 学区 🏫".into();
        let text = encode(&ws, "t", false);
        assert!(text.chars().all(|c| (c as u32) < 0x100), "only Latin-1 characters are stored");
        assert!(text.contains("Peñasco"), "Latin-1 letters stay as they are");
        assert!(
            text.contains("\\u2013") && text.contains("\\ud83c\\udfeb"),
            "an en dash and an emoji (two units) are escaped"
        );
        assert_eq!(decode(&text).unwrap().workspace, ws);
        // Backups are for people to read: they keep the characters.
        assert!(encode(&ws, "t", true).contains("– 学区 🏫"));
    }

    #[test]
    fn large_documents_are_stored_packed_and_read_back() {
        let ws = crate::large_sample::large_district();
        let json_len = serde_json::to_string(&Envelope {
            app: APP_TAG.into(),
            schema: CURRENT_SCHEMA,
            saved_at: "t".into(),
            workspace: to_wire(&ws),
        })
        .unwrap()
        .len();
        let text = encode(&ws, "t", false);
        assert!(is_packed(&text), "{}", &text[..80]);
        assert!(!is_packed(&encode(&Workspace::sample(), "t", false)));
        assert!(text.is_ascii());
        assert!(json_len > 4_000_000 && text.len() < 1_000_000, "{json_len} bytes of JSON stored as {}", text.len());
        let d = decode(&text).unwrap();
        assert_eq!((d.workspace, d.schema, d.saved_at.as_str()), (ws, CURRENT_SCHEMA, "t"));
        // A small workspace stays plain JSON, and a backup is never packed.
        assert!(encode(&Workspace::sample(), "t", false).contains("\"schema\":5"));
        assert!(!encode(&crate::large_sample::large_district(), "t", true).contains("\"packed\""));
    }

    #[test]
    fn damaged_packed_documents_say_what_is_wrong() {
        let packed = |data: &str| {
            format!(r#"{{"app":"digital-equity-workbench","packed":"deflate-raw+base64","data":"{data}"}}"#)
        };
        let err = |text: &str| decode(text).unwrap_err().to_string();
        assert!(err(&packed("***")).starts_with("`data`: not base64"), "{}", err(&packed("***")));
        assert!(err(&packed("AAAA")).starts_with("`data`: cannot be unpacked"), "{}", err(&packed("AAAA")));
        assert_eq!(
            err(r#"{"app":"digital-equity-workbench","packed":"zstd","data":""}"#),
            "`packed`: unknown packing `zstd`"
        );
        assert_eq!(err(r#"{"app":"digital-equity-workbench","packed":"deflate-raw+base64"}"#), "`data`: missing");
        // Packed twice is not something this app writes.
        let twice = pack(&pack(
            &serde_json::to_string(&Envelope {
                app: APP_TAG.into(),
                schema: CURRENT_SCHEMA,
                saved_at: "t".into(),
                workspace: to_wire(&Workspace::sample()),
            })
            .unwrap(),
        ));
        assert_eq!(err(&twice), "`packed`: a packed document inside a packed document");
        // Packed JSON that is not a workspace is reported like plain JSON that is not one.
        assert!(matches!(decode(&pack(r#"{"app":"other"}"#)), Err(SchemaError::NotOurs)));
        let ok = pack(&encode(&Workspace::sample(), "t", false));
        assert_eq!(decode(&ok).unwrap().workspace, Workspace::sample());
    }

    #[test]
    fn text_mostly_in_a_wide_script_is_left_alone() {
        let json = r#"{"a":"学区学区学区学区","b":1}"#.to_string();
        assert_eq!(latin1_safe(json.clone()), json, "8 of 21 characters: escaping would cost more");
        let json = r#"{"district":"Riverbend – 2025–26 and more plain text"}"#.to_string();
        let safe = latin1_safe(json);
        assert_eq!(safe, r#"{"district":"Riverbend \u2013 2025\u201326 and more plain text"}"#);
        assert_eq!(
            serde_json::from_str::<Value>(&safe).unwrap()["district"],
            "Riverbend – 2025–26 and more plain text"
        );
    }
    use serde_json::json;

    fn doc(schema: Value, ws: Value) -> String {
        json!({ "app": APP_TAG, "schema": schema, "saved_at": "2026-11-23T10:00:00Z", "workspace": ws }).to_string()
    }

    #[test]
    fn round_trip_keeps_everything() {
        let ws = Workspace::sample();
        let d = decode(&encode(&ws, "2026-11-23T10:00:00Z", true)).unwrap();
        assert_eq!(d.workspace, ws);
        assert_eq!(d.schema, CURRENT_SCHEMA);
        assert_eq!(d.saved_at, "2026-11-23T10:00:00Z");
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{}", encode(&Workspace::sample(), "", false));
        assert!(decode(&text).is_ok());
    }

    #[test]
    fn errors_name_what_is_wrong() {
        assert!(matches!(decode("{ not json"), Err(SchemaError::NotJson { line: 1, .. })));
        assert_eq!(decode("[1,2]"), Err(SchemaError::NotOurs));
        assert_eq!(decode(r#"{"app":"other","schema":1}"#), Err(SchemaError::NotOurs));
        assert_eq!(decode(&format!(r#"{{"app":"{APP_TAG}"}}"#)), Err(SchemaError::NoSchema));
        assert_eq!(decode(&doc(json!("1"), json!({}))), Err(SchemaError::NoSchema));
        assert_eq!(decode(&doc(json!(99), json!({}))), Err(SchemaError::TooNew { found: 99, newest: CURRENT_SCHEMA }));
        assert_eq!(decode(&doc(json!(0), json!({}))), Err(SchemaError::Unknown(0)));
    }

    #[test]
    fn invalid_field_reports_its_path() {
        let ws = json!({"district":"D","current_cycle":0,"next_id":2,
            "cycles":[{"id":0,"label":"2026–27","team":[{"id":1,"role":"wizard"}]}]});
        assert_eq!(
            decode(&doc(json!(1), ws)),
            Err(SchemaError::Invalid {
                path: "workspace.cycles[0].team[0].role".into(),
                message: "unknown role `wizard`".into()
            })
        );
        let ws = json!({"district":"D","current_cycle":0,"next_id":"two","cycles":[]});
        match decode(&doc(json!(1), ws)) {
            Err(SchemaError::Invalid { path, .. }) => assert_eq!(path, "workspace.next_id"),
            other => panic!("expected a path error, got {other:?}"),
        }
    }

    #[test]
    fn broken_invariants_are_rejected_not_repaired() {
        let ws = json!({"district":"D","current_cycle":5,"next_id":2,
            "cycles":[{"id":0,"label":"A","team":[]}]});
        assert!(matches!(decode(&doc(json!(1), ws)), Err(SchemaError::Invalid { .. })));
    }

    fn add_field(mut v: Value) -> Result<Value, SchemaError> {
        v["steps"] = json!(v.get("steps").and_then(Value::as_u64).unwrap_or(0) * 10 + 1);
        Ok(v)
    }
    fn add_field_two(mut v: Value) -> Result<Value, SchemaError> {
        v["steps"] = json!(v.get("steps").and_then(Value::as_u64).unwrap_or(0) * 10 + 2);
        Ok(v)
    }
    fn refuse(_: Value) -> Result<Value, SchemaError> {
        Err(invalid("workspace", "cannot upgrade"))
    }

    #[test]
    fn migration_chain_runs_each_later_step_once_in_order() {
        let steps: &[Migration] = &[add_field, add_field_two];
        assert_eq!(run_migrations(json!({}), 1, steps).unwrap()["steps"], json!(12));
        assert_eq!(run_migrations(json!({}), 2, steps).unwrap()["steps"], json!(2));
        assert_eq!(run_migrations(json!({"x":1}), 3, steps).unwrap(), json!({"x":1}));
        assert!(run_migrations(json!({}), 1, &[refuse]).is_err());
    }
}
