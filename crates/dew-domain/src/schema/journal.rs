//! The journal: what changed since the last full save, small enough to write while a page
//! closes (issue 28, fault 2).
//!
//! A large workspace (five cycles of a 150-school district) takes over 100 ms to save in full
//! at 1x CPU and over 500 ms at 4x, and a browser does not wait that long for a closing tab.
//! So when the page is hidden or closed with a save still waiting, the store first writes a
//! journal under its own key: the top-level fields, and for each cycle only the sections that
//! differ from the document last written (its label, team, self-assessment, reflections, plan,
//! portfolio, and the divide data, as changed cells when only cells changed). A reflection
//! typed in the large district makes a journal of about 15 KB. Finding what changed is quick
//! because the edited workspace and the saved one share what neither changed: an unchanged
//! cycle's divide cells are one shared map (`DivideData::cells`), compared by pointer.
//!
//! The journal names the document it was made against by [`fingerprint`]. The next load
//! applies it only on top of that exact document, and checks the result as it checks a stored
//! document; a later full save makes it stale and removes it. The main document's schema is
//! unchanged (v5): a journal is never read without the document it amends.
//!
//! Format, frozen as version 1 (golden file `tests/golden/journal-v1.json`):
//! `{ "app", "journal": 1, "base", "saved_at", "top": {…}, "cycles": [ { "id", …changed… } ] }`.

use super::plan::{PlanW, ReflectionsW};
use super::portfolio::PortfolioW;
use super::{assessment_to_wire, from_wire, invalid, to_wire, v1, v2, v3, SchemaError};
use crate::divides::model::{CellKey, Counts, DivideData};
use crate::ids::APP_TAG;
use crate::workspace::{Cycle, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The journal format this build writes and reads.
pub const JOURNAL_FORMAT: u64 = 1;

/// A short name for a stored document: a 64-bit multiply-and-shift hash of its bytes, eight
/// at a time, in hex. It tells a journal which document it amends, not who wrote it: a journal
/// met with any other document is stale and dropped. Written here because it is a few lines
/// and needs no cryptographic strength (a chance match is about one in 2^64, and the amended
/// document is still checked in full); eight bytes a step keep it to about a millisecond for
/// the large district's 1 MB document, since it runs while the page closes.
pub fn fingerprint(doc: &str) -> String {
    let bytes = doc.as_bytes();
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15 ^ bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 32;
    }
    format!("w64:{h:016x}")
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct JournalW {
    app: String,
    journal: u64,
    base: String,
    saved_at: String,
    top: TopW,
    cycles: Vec<CycleW>,
}

/// The workspace's own fields (v5's, without the cycles).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopW {
    district: String,
    sample: bool,
    current_cycle: u32,
    next_id: u32,
    device_key: String,
    rater_profile: Option<v2::RaterProfile>,
}

/// One cycle's changed sections, each in v5's form; a section left out is unchanged.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CycleW {
    id: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    team: Option<Vec<v1::Member>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    assessment: Option<v2::Assessment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    divides: Option<v3::Divides>,
    /// The divide cells that changed, when nothing else in the divide data did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cells: Option<CellsW>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reflections: Option<ReflectionsW>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan: Option<PlanW>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    portfolio: Option<PortfolioW>,
}

/// Cells as `[indicator, school, group]` with v3's group key (`"dimension:group"`, or `""` for
/// the whole school).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CellsW {
    set: Vec<(String, String, String, [u64; 2])>,
    removed: Vec<(String, String, String)>,
}

fn wire_key(k: &CellKey) -> (String, String, String) {
    let g = k.group.as_ref().map(|(d, g)| format!("{d}:{g}")).unwrap_or_default();
    (k.indicator.to_string(), k.school.to_string(), g)
}

/// The cells of `now` that differ from `saved`, by one walk over both sorted maps.
fn changed_cells(saved: &BTreeMap<CellKey, Counts>, now: &BTreeMap<CellKey, Counts>) -> CellsW {
    let mut out = CellsW::default();
    let (mut a, mut b) = (saved.iter().peekable(), now.iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some((ka, _)), None) => {
                out.removed.push(wire_key(ka));
                a.next();
            }
            (None, Some((kb, cb))) => {
                let (i, s, g) = wire_key(kb);
                out.set.push((i, s, g, [cb.numerator, cb.denominator]));
                b.next();
            }
            (Some((ka, ca)), Some((kb, cb))) => match ka.cmp(kb) {
                std::cmp::Ordering::Less => {
                    out.removed.push(wire_key(ka));
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    let (i, s, g) = wire_key(kb);
                    out.set.push((i, s, g, [cb.numerator, cb.denominator]));
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    if ca != cb {
                        let (i, s, g) = wire_key(kb);
                        out.set.push((i, s, g, [cb.numerator, cb.denominator]));
                    }
                    a.next();
                    b.next();
                }
            },
        }
    }
    out
}

/// Everything in the divide data but its cells is the same.
fn same_but_cells(a: &DivideData, b: &DivideData) -> bool {
    a.custom_indicators == b.custom_indicators
        && a.custom_dimensions == b.custom_dimensions
        && a.schools == b.schools
        && a.settings == b.settings
}

/// The sections of `now` that differ from `saved`, or `None` when none do.
fn cycle_changes(saved: &Cycle, now: &Cycle) -> Option<CycleW> {
    let mut c = CycleW { id: now.id.0, ..CycleW::default() };
    if saved.label != now.label {
        c.label = Some(now.label.clone());
    }
    if saved.team != now.team {
        c.team = Some(
            now.team
                .iter()
                .map(|m| v1::Member { id: m.id.0, name: m.name.clone(), role: m.role.as_wire().to_string() })
                .collect(),
        );
    }
    if saved.assessment != now.assessment {
        c.assessment = Some(assessment_to_wire(&now.assessment));
    }
    if saved.divides != now.divides {
        if same_but_cells(&saved.divides, &now.divides) {
            c.cells = Some(changed_cells(&saved.divides.cells, &now.divides.cells));
        } else {
            c.divides = Some(super::divides::to_wire(&now.divides));
        }
    }
    if saved.reflections != now.reflections {
        c.reflections = Some(super::plan::reflections_to_wire(&now.reflections));
    }
    if saved.plan != now.plan {
        c.plan = Some(super::plan::plan_to_wire(&now.plan));
    }
    if saved.portfolio != now.portfolio {
        c.portfolio = Some(super::portfolio::to_wire(&now.portfolio));
    }
    (c != CycleW { id: now.id.0, ..CycleW::default() }).then_some(c)
}

/// The journal that turns `saved` (the document whose [`fingerprint`] is `base`) into `now`,
/// or `None` when cycles were added, removed or reordered since (then only a full save will
/// do).
pub fn journal(saved: &Workspace, now: &Workspace, base: &str, saved_at: &str) -> Option<String> {
    if saved.cycles.len() != now.cycles.len() || saved.cycles.iter().zip(&now.cycles).any(|(a, b)| a.id != b.id) {
        return None;
    }
    let top = TopW {
        district: now.district.clone(),
        sample: now.sample,
        current_cycle: now.current.0,
        next_id: now.next_id(),
        device_key: now.device_key.clone(),
        rater_profile: now
            .rater_profile
            .as_ref()
            .map(|p| v2::RaterProfile { name: p.name.clone(), role: p.role.as_wire().to_string() }),
    };
    let cycles = saved.cycles.iter().zip(&now.cycles).filter_map(|(a, b)| cycle_changes(a, b)).collect();
    let j = JournalW {
        app: APP_TAG.to_string(),
        journal: JOURNAL_FORMAT,
        base: base.to_string(),
        saved_at: saved_at.to_string(),
        top,
        cycles,
    };
    serde_json::to_string(&j).ok()
}

/// `ws` (read from the document whose [`fingerprint`] is `base`) with the journal `text`
/// applied, checked as a stored document is. `Ok(None)`: the journal was made against another
/// document (a full save came after it), so it is stale. An error: the journal cannot be read,
/// or does not fit its document; the caller sets it aside.
pub fn apply_journal(ws: &Workspace, text: &str, base: &str) -> Result<Option<Workspace>, SchemaError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| invalid("journal", e))?;
    if value.get("app").and_then(serde_json::Value::as_str) != Some(APP_TAG) {
        return Err(SchemaError::NotOurs);
    }
    match value.get("journal").and_then(serde_json::Value::as_u64) {
        Some(JOURNAL_FORMAT) => {}
        Some(found) if found > JOURNAL_FORMAT => {
            return Err(SchemaError::TooNew { found, newest: JOURNAL_FORMAT });
        }
        _ => return Err(invalid("journal.journal", "not a journal format this app knows")),
    }
    let j: JournalW =
        serde_path_to_error::deserialize(value).map_err(|e| invalid(format!("journal.{}", e.path()), e.inner()))?;
    if j.base != base {
        return Ok(None);
    }
    let mut w = to_wire(ws);
    w.district = j.top.district;
    w.sample = j.top.sample;
    w.current_cycle = j.top.current_cycle;
    w.next_id = j.top.next_id;
    w.device_key = j.top.device_key;
    w.rater_profile = j.top.rater_profile;
    for (k, c) in j.cycles.into_iter().enumerate() {
        let at = format!("journal.cycles[{k}]");
        let Some(target) = w.cycles.iter_mut().find(|x| x.id == c.id) else {
            return Err(invalid(format!("{at}.id"), format!("no cycle has id {}", c.id)));
        };
        if let Some(v) = c.label {
            target.label = v;
        }
        if let Some(v) = c.team {
            target.team = v;
        }
        if let Some(v) = c.assessment {
            target.assessment = v;
        }
        if let Some(v) = c.divides {
            target.divides = v;
        }
        if let Some(cells) = c.cells {
            for (i, s, g) in cells.removed {
                let by_school = target.divides.cells.get_mut(&i);
                let by_group = by_school.and_then(|m| m.get_mut(&s));
                if by_group.and_then(|m| m.remove(&g)).is_none() {
                    return Err(invalid(format!("{at}.cells.removed"), format!("no cell {i} / {s} / {g} to remove")));
                }
            }
            for (i, s, g, counts) in cells.set {
                target.divides.cells.entry(i).or_default().entry(s).or_default().insert(g, counts);
            }
            // A school or indicator left with no cells is not stored (as `to_wire` writes it).
            for by_school in target.divides.cells.values_mut() {
                by_school.retain(|_, by_group| !by_group.is_empty());
            }
            target.divides.cells.retain(|_, by_school| !by_school.is_empty());
        }
        if let Some(v) = c.reflections {
            target.reflections = v;
        }
        if let Some(v) = c.plan {
            target.plan = v;
        }
        if let Some(v) = c.portfolio {
            target.portfolio = v;
        }
    }
    from_wire(w).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::model::CellKey;
    use crate::plan::{set_reflection, Prompt};
    use crate::schema::{decode, encode};

    fn sample() -> Workspace {
        Workspace::sample()
    }

    fn round_trip(saved: &Workspace, now: &Workspace) -> (String, Workspace) {
        let doc = encode(saved, "2026-12-06T10:00:00.000Z", false);
        let read = decode(&doc).unwrap().workspace;
        let base = fingerprint(&doc);
        let j = journal(&read, now, &base, "2026-12-06T10:00:01.000Z").expect("same cycles");
        let applied = apply_journal(&read, &j, &base).unwrap().expect("made against this document");
        (j, applied)
    }

    #[test]
    fn a_reflection_typed_travels_alone() {
        let saved = sample();
        let mut now = saved.clone();
        let area = crate::assessment::content::AREAS[0].id;
        set_reflection(&mut now.current_cycle_mut().reflections, area, Prompt::Now, "Hotspots cannot hold a call.");
        let (j, applied) = round_trip(&saved, &now);
        assert_eq!(applied, now);
        let v: serde_json::Value = serde_json::from_str(&j).unwrap();
        let cycles = v["cycles"].as_array().unwrap();
        assert_eq!(cycles.len(), 1, "only the edited cycle");
        let keys: Vec<&String> = cycles[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, vec!["id", "reflections"], "only the edited section");
    }

    #[test]
    fn a_count_changed_travels_as_one_cell() {
        let saved = sample();
        let mut now = saved.clone();
        let cells = now.current_cycle_mut().divides.cells_mut();
        let first: CellKey = cells.keys().next().unwrap().clone();
        cells.get_mut(&first).unwrap().denominator += 7;
        let last: CellKey = cells.keys().last().unwrap().clone();
        cells.remove(&last);
        let (j, applied) = round_trip(&saved, &now);
        assert_eq!(applied, now);
        let v: serde_json::Value = serde_json::from_str(&j).unwrap();
        let c = &v["cycles"][0];
        assert!(c.get("divides").is_none());
        assert_eq!(c["cells"]["set"].as_array().unwrap().len(), 1);
        assert_eq!(c["cells"]["removed"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn a_journal_on_another_document_is_stale() {
        let saved = sample();
        let mut now = saved.clone();
        now.district = "Renamed".into();
        let doc = encode(&saved, "2026-12-06T10:00:00.000Z", false);
        let j = journal(&saved, &now, &fingerprint(&doc), "x").unwrap();
        let other = encode(&now, "2026-12-06T10:00:02.000Z", false);
        assert_eq!(apply_journal(&saved, &j, &fingerprint(&other)), Ok(None));
        assert_ne!(fingerprint(&doc), fingerprint(&other));
    }

    #[test]
    fn fingerprints_tell_documents_apart() {
        let doc = encode(&sample(), "2026-12-06T10:00:00.000Z", false);
        assert_eq!(fingerprint(&doc), fingerprint(&doc.clone()));
        let one_more = doc.replacen("Riverbend", "Riverbenc", 1);
        assert_ne!(fingerprint(&doc), fingerprint(&one_more));
        // The last word is padded with zeros: the length keeps "a" and "a\0" apart.
        assert_ne!(fingerprint("a"), fingerprint("a\0"));
        assert!(fingerprint("").starts_with("w64:"));
    }

    #[test]
    fn cycles_added_need_a_full_save() {
        let saved = sample();
        let mut now = saved.clone();
        now.start_next_cycle("2031–32").unwrap();
        assert_eq!(journal(&saved, &now, "b", "x"), None);
    }

    #[test]
    fn a_damaged_or_unfitting_journal_is_an_error_naming_where() {
        let saved = sample();
        assert!(matches!(apply_journal(&saved, "{", "b"), Err(SchemaError::Invalid { .. })));
        assert_eq!(apply_journal(&saved, r#"{"app":"other"}"#, "b"), Err(SchemaError::NotOurs));
        let too_new = format!(r#"{{"app":"{APP_TAG}","journal":9}}"#);
        assert_eq!(apply_journal(&saved, &too_new, "b"), Err(SchemaError::TooNew { found: 9, newest: 1 }));
        let mut now = saved.clone();
        now.district = "Renamed".into();
        let j = journal(&saved, &now, "b", "x").unwrap();
        let j = j.replace(r#""cycles":[]"#, r#""cycles":[{"id":999}]"#);
        match apply_journal(&saved, &j, "b") {
            Err(SchemaError::Invalid { path, .. }) => assert_eq!(path, "journal.cycles[0].id"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_journal_format_is_frozen() {
        // tests/golden/journal-v1.json was written by this build from the edit below; a
        // change to the format must come as version 2, reading version 1 as well.
        let saved = sample();
        let golden = include_str!("../../tests/golden/journal-v1.json").trim();
        let doc = encode(&saved, "2026-12-06T10:00:00.000Z", false);
        let applied = apply_journal(&decode(&doc).unwrap().workspace, golden, "w64:golden")
            .unwrap()
            .expect("the golden journal names its own base");
        let area = crate::assessment::content::AREAS[0].id;
        let mut expected = saved.clone();
        set_reflection(
            &mut expected.current_cycle_mut().reflections,
            area,
            Prompt::Now,
            "Typed before the tab closed.",
        );
        assert_eq!(applied, expected);
        assert_eq!(journal(&saved, &expected, "w64:golden", "2026-12-06T10:00:01.000Z").unwrap(), golden);
    }

    // proptest is a native dev-dependency: the in-browser run of these tests leaves this out.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Any mix of edits to the sample's cycles comes back whole through the journal.
        #[test]
        fn any_edits_round_trip(
            text in "[a-zA-Z =+é]{0,40}",
            cycle in 0usize..2,
            bump in proptest::collection::vec((0usize..400, 0u64..50), 0..6),
            rename in proptest::prelude::any::<bool>(),
            drop_cells in 0usize..3,
        ) {
            let saved = sample();
            let mut now = saved.clone();
            let k = cycle.min(now.cycles.len() - 1);
            let area = crate::assessment::content::AREAS[k].id;
            set_reflection(&mut now.cycles[k].reflections, area, Prompt::Vision, &text);
            let keys: Vec<CellKey> = now.cycles[k].divides.cells.keys().cloned().collect();
            for (i, d) in bump {
                if let Some(key) = keys.get(i % keys.len().max(1)) {
                    now.cycles[k].divides.cells_mut().get_mut(key).unwrap().denominator += d;
                }
            }
            for key in keys.iter().rev().take(drop_cells) {
                now.cycles[k].divides.cells_mut().remove(key);
            }
            if rename {
                now.district = format!("{} renamed", now.district);
            }
            let (_, applied) = round_trip(&saved, &now);
            proptest::prop_assert_eq!(applied, now);
        }
    }
}
