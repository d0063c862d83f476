//! Golden-file tests of the stored schema. `tests/golden/schema-N.json` is a document as
//! version N wrote it; it is frozen. Every later build must still read every one of them
//! into the same workspace, through whatever migrations exist by then.
#![cfg(not(target_arch = "wasm32"))]

use digital_equity_workbench::domain::schema::{decode, encode, CURRENT_SCHEMA};
use digital_equity_workbench::domain::team::Role;
use digital_equity_workbench::domain::workspace::{CycleId, Workspace};

fn golden(version: u64) -> String {
    let path = format!("{}/tests/golden/schema-{version}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

#[test]
fn every_frozen_version_has_a_golden_file() {
    for v in 1..=CURRENT_SCHEMA {
        assert!(!golden(v).is_empty());
    }
}

#[test]
fn schema_1_golden_file_reads_into_the_expected_workspace() {
    let d = decode(&golden(1)).expect("schema 1 golden file must stay readable");
    assert_eq!(d.schema, 1);
    assert_eq!(d.saved_at, "2026-11-23T09:30:00.000Z");
    let ws = d.workspace;
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
fn schema_1_golden_file_survives_a_rewrite_unchanged() {
    // Decoding then encoding at the current version, then decoding again, loses nothing.
    let first = decode(&golden(1)).unwrap().workspace;
    let again = decode(&encode(&first, "x", false)).unwrap().workspace;
    assert_eq!(first, again);
}

#[test]
fn current_encoding_of_golden_workspace_matches_the_frozen_file() {
    // While schema 1 is current, what we write must be exactly the frozen shape: a change to
    // the wire format without a new version number fails here.
    if CURRENT_SCHEMA != 1 {
        return;
    }
    let ws: Workspace = decode(&golden(1)).unwrap().workspace;
    let written: serde_json::Value = serde_json::from_str(&encode(&ws, "2026-11-23T09:30:00.000Z", true)).unwrap();
    let frozen: serde_json::Value = serde_json::from_str(&golden(1)).unwrap();
    assert_eq!(written, frozen);
}
