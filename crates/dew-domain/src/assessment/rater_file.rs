//! Rater files: one team member's ratings, exported on their device and imported by the
//! facilitator. Versioned JSON:
//! `{ "app", "kind": "rater-file", "format": 1, "rater": {key, name, role}, "district",
//!    "cycle", "content_version", "exported_at", "ratings": {id: {current, target, …}} }`.
//!
//! Import rules: a file for another district or another content version is refused; a file
//! for another cycle needs the facilitator's explicit confirmation; a malformed file is an
//! error naming what is wrong, and the caller changes nothing.

use super::content::CONTENT_VERSION;
use super::rating::Ratings;
use super::wire::{ratings_from_wire, ratings_to_wire, RatingW};
use super::ImportedRater;
use crate::ids::{slug, APP_TAG};
use crate::team::Role;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

pub const KIND: &str = "rater-file";
pub const FORMAT: u64 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RaterW {
    key: String,
    name: String,
    role: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileW {
    app: String,
    kind: String,
    format: u64,
    rater: RaterW,
    district: String,
    cycle: String,
    content_version: u32,
    exported_at: String,
    ratings: BTreeMap<String, RatingW>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RaterFileError {
    #[error("not JSON: {message} at line {line}, column {column}")]
    NotJson { line: usize, column: usize, message: String },
    #[error("not a rater file")]
    NotRaterFile,
    #[error("rater-file format {0} is not supported")]
    Format(u64),
    #[error("`{path}`: {message}")]
    Invalid { path: String, message: String },
    #[error("the file is for district `{found}`, not `{expected}`")]
    OtherDistrict { found: String, expected: String },
    #[error("the file was rated against content version {found}; this app has version {expected}")]
    OtherContent { found: u32, expected: u32 },
    #[error("the file is this workspace's own rater file")]
    OwnFile,
}

/// A rater file read and checked against the workspace, ready to merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub rater: ImportedRater,
    /// The file's cycle label when it differs from the cycle being imported into: the UI must
    /// ask before merging.
    pub other_cycle: Option<String>,
}

/// What the workspace knows when exporting or importing.
pub struct Context<'a> {
    pub district: &'a str,
    pub cycle: &'a str,
    pub device_key: &'a str,
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

pub fn export(ctx: &Context, name: &str, role: Role, ratings: &Ratings, exported_at: &str) -> String {
    let f = FileW {
        app: APP_TAG.into(),
        kind: KIND.into(),
        format: FORMAT,
        rater: RaterW { key: ctx.device_key.into(), name: name.trim().into(), role: role.as_wire().into() },
        district: ctx.district.into(),
        cycle: ctx.cycle.into(),
        content_version: CONTENT_VERSION,
        exported_at: exported_at.into(),
        ratings: ratings_to_wire(ratings),
    };
    serde_json::to_string_pretty(&f).unwrap_or_default()
}

/// `rater-<name>-<district>-<date>.json`
pub fn file_name(name: &str, district: &str, date: &str) -> String {
    format!("rater-{}-{}-{date}.json", slug(name), slug(district))
}

pub fn import(text: &str, ctx: &Context) -> Result<Checked, RaterFileError> {
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| RaterFileError::NotJson { line: e.line(), column: e.column(), message: e.to_string() })?;
    let obj = value.as_object().ok_or(RaterFileError::NotRaterFile)?;
    if obj.get("app").and_then(|v| v.as_str()) != Some(APP_TAG)
        || obj.get("kind").and_then(|v| v.as_str()) != Some(KIND)
    {
        return Err(RaterFileError::NotRaterFile);
    }
    match obj.get("format").and_then(|v| v.as_u64()) {
        Some(FORMAT) => {}
        Some(other) => return Err(RaterFileError::Format(other)),
        None => return Err(RaterFileError::Invalid { path: "format".into(), message: "missing".into() }),
    }
    let f: FileW = serde_path_to_error::deserialize(value)
        .map_err(|e| RaterFileError::Invalid { path: e.path().to_string(), message: e.inner().to_string() })?;
    if !same_name(&f.district, ctx.district) {
        return Err(RaterFileError::OtherDistrict { found: f.district, expected: ctx.district.into() });
    }
    if f.content_version != CONTENT_VERSION {
        return Err(RaterFileError::OtherContent { found: f.content_version, expected: CONTENT_VERSION });
    }
    if f.rater.key.trim().is_empty() {
        return Err(RaterFileError::Invalid { path: "rater.key".into(), message: "empty".into() });
    }
    if f.rater.key == ctx.device_key {
        return Err(RaterFileError::OwnFile);
    }
    let role = Role::from_wire(&f.rater.role).ok_or_else(|| RaterFileError::Invalid {
        path: "rater.role".into(),
        message: format!("unknown role `{}`", f.rater.role),
    })?;
    let ratings = ratings_from_wire(f.ratings)
        .map_err(|(path, message)| RaterFileError::Invalid { path: format!("ratings.{path}"), message })?;
    let other_cycle = (!same_name(&f.cycle, ctx.cycle)).then(|| f.cycle.clone());
    Ok(Checked {
        rater: ImportedRater {
            key: f.rater.key,
            name: f.rater.name,
            role,
            exported_at: f.exported_at,
            cycle_label: f.cycle,
            ratings,
        },
        other_cycle,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::content::Level;
    use crate::assessment::rating::{Current, Rating, Step};

    const HERE: Context = Context { district: "Lakeside Unified", cycle: "2026–27", device_key: "facilitator" };

    fn sample_ratings() -> Ratings {
        let mut r = Ratings::new();
        r.insert(
            "who.universal-design".into(),
            Rating {
                current: Some(Current::Known(Level::Developing)),
                target: Some(Level::Established),
                evidence: "Unit plans from two schools".into(),
                step: Some(Step::Skip),
                step_note: "UDL template for all units".into(),
            },
        );
        r.insert("how.active-creation".into(), Rating { current: Some(Current::NotYetKnown), ..Default::default() });
        r
    }

    fn from(key: &str, district: &str, cycle: &str) -> String {
        let ctx = Context { district, cycle, device_key: key };
        export(&ctx, " Ana ", Role::Teacher, &sample_ratings(), "2026-11-20T10:00:00Z")
    }

    #[test]
    fn export_then_import_keeps_every_rating() {
        let c = import(&from("ana-device", "Lakeside Unified", "2026–27"), &HERE).unwrap();
        assert_eq!(c.other_cycle, None);
        assert_eq!(c.rater.name, "Ana");
        assert_eq!(c.rater.role, Role::Teacher);
        assert_eq!(c.rater.key, "ana-device");
        assert_eq!(c.rater.ratings, sample_ratings());
    }

    #[test]
    fn district_names_match_ignoring_case_and_spacing() {
        assert!(import(&from("k", " lakeside   UNIFIED", "2026–27"), &HERE).is_ok());
    }

    #[test]
    fn other_district_content_or_own_file_is_refused() {
        assert_eq!(
            import(&from("k", "Hillside", "2026–27"), &HERE),
            Err(RaterFileError::OtherDistrict { found: "Hillside".into(), expected: "Lakeside Unified".into() })
        );
        let newer_content = from("k", "Lakeside Unified", "2026–27")
            .replace(&format!("\"content_version\": {CONTENT_VERSION}"), "\"content_version\": 99");
        assert_eq!(
            import(&newer_content, &HERE),
            Err(RaterFileError::OtherContent { found: 99, expected: CONTENT_VERSION })
        );
        assert_eq!(import(&from("facilitator", "Lakeside Unified", "2026–27"), &HERE), Err(RaterFileError::OwnFile));
    }

    #[test]
    fn other_cycle_is_flagged_for_confirmation() {
        let c = import(&from("k", "Lakeside Unified", "2025–26"), &HERE).unwrap();
        assert_eq!(c.other_cycle.as_deref(), Some("2025–26"));
    }

    #[test]
    fn malformed_files_say_what_is_wrong() {
        assert!(matches!(import("{", &HERE), Err(RaterFileError::NotJson { .. })));
        assert_eq!(
            import(r#"{"app":"digital-equity-workbench","schema":1}"#, &HERE),
            Err(RaterFileError::NotRaterFile)
        );
        let f = from("k", "Lakeside Unified", "2026–27");
        assert_eq!(import(&f.replace("\"format\": 1", "\"format\": 2"), &HERE), Err(RaterFileError::Format(2)));
        assert_eq!(
            import(&f.replace("\"developing\"", "\"expert\""), &HERE),
            Err(RaterFileError::Invalid {
                path: "ratings.who.universal-design.current".into(),
                message: "unknown value `expert`".into()
            })
        );
        assert_eq!(
            import(&f.replace("\"teacher\"", "\"wizard\""), &HERE),
            Err(RaterFileError::Invalid { path: "rater.role".into(), message: "unknown role `wizard`".into() })
        );
        match import(&f.replace("\"exported_at\"", "\"exported\""), &HERE) {
            Err(RaterFileError::Invalid { .. }) => {}
            other => panic!("expected an invalid-field error, got {other:?}"),
        }
    }

    #[test]
    fn file_name_names_rater_district_and_date() {
        assert_eq!(
            file_name("Ana María", "Lakeside Unified", "2026-11-23"),
            "rater-ana-mar-a-lakeside-unified-2026-11-23.json"
        );
    }
}
