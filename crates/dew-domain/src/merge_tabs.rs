//! Two tabs (or windows) of one workspace on one device. When another tab saves while this
//! one has edits of its own, the two versions are merged field by field against the version
//! both started from: the workspace as this tab last saved or loaded it. It is a three-way
//! merge, as version control does for text, but over the stored document's fields:
//!
//! - a field changed on one side only takes that side's value;
//! - a field changed on both sides to the same value takes it;
//! - a list of items with ids (team members, goals and their actions, products, schools,
//!   cycles, …) is merged item by item: an item added on either side is kept, an item removed
//!   on one side and left alone on the other is removed, and an item changed on both sides is
//!   merged field by field in turn;
//! - the id counters (`next_id`) take the larger value, so no id is handed out twice;
//! - the cycle this tab shows (`current_cycle`) stays this tab's, even when the other tab's
//!   version is taken as it is;
//! - a few objects are one decision, not several fields, and are never merged inside: a
//!   product's decision (kind, rationale, review date), an agreed level (level, rationale), a
//!   goal's success measure and a product's usage data;
//! - anything else changed on both sides to different values is a **conflict**, which the
//!   person settles (keep this tab's version or load the other's). So is an item removed on
//!   one side and changed on the other, and two items added on both sides under the same id,
//!   even when they look the same (two unnamed teachers are two people).
//!
//! The backup merge (`merge`) answers another question: two devices with no common ancestor,
//! matched by what people see (names, titles), adding and never removing. Between two tabs
//! the common ancestor is known, so removals and edits can be told apart exactly.

use super::schema::{self, SchemaError};
use super::workspace::Workspace;
use serde_json::{Map, Value};

/// What to do with another tab's version.
#[derive(Debug, Clone, PartialEq)]
pub enum TabMerge {
    /// Nothing was changed here since the common version: take the other tab's as it is, on
    /// the cycle this tab shows.
    Theirs(Box<Workspace>),
    /// Both sides changed, never the same field: the two merged.
    Merged(Box<Workspace>),
    /// Fields changed on both sides to different values, named by their place in the stored
    /// document (for example `cycles[id=3].plan.goals[id=7].title`).
    Conflict(Vec<String>),
}

/// Merges `theirs` (another tab's save) into `ours` (this tab's workspace), given `base`, the
/// version both started from.
pub fn merge_tabs(base: &Workspace, ours: &Workspace, theirs: &Workspace) -> Result<TabMerge, SchemaError> {
    if ours == base {
        let mut take = theirs.clone();
        if take.current != ours.current {
            // Keep showing the cycle shown here (when the other tab still has it).
            let _ = take.switch_cycle(ours.current);
        }
        return Ok(TabMerge::Theirs(Box::new(take)));
    }
    let (b, o, t) = (schema::to_value(base), schema::to_value(ours), schema::to_value(theirs));
    let mut conflicts = Vec::new();
    let merged = merge_value(&b, &o, &t, "", &mut conflicts);
    if !conflicts.is_empty() {
        return Ok(TabMerge::Conflict(conflicts));
    }
    Ok(TabMerge::Merged(Box::new(schema::from_value(merged)?)))
}

fn merge_value(b: &Value, o: &Value, t: &Value, path: &str, conflicts: &mut Vec<String>) -> Value {
    if t == b {
        return o.clone();
    }
    if o == b {
        return t.clone();
    }
    // Made the same on both sides: a value is simply the same, but maps and lists are looked
    // into, since two items added under one id are two items even when they look alike.
    if o == t && !(o.is_object() || o.is_array()) {
        return o.clone();
    }
    // A map or list both sides created (absent from the base) is merged against an empty one.
    let (empty_map, empty_list) = (Map::new(), Vec::new());
    let (b_map, b_list) = match b {
        Value::Object(m) => (Some(m), None),
        Value::Array(l) => (None, Some(l)),
        Value::Null => (Some(&empty_map), Some(&empty_list)),
        _ => (None, None),
    };
    match (b_map, b_list, o, t) {
        (Some(b), _, Value::Object(o), Value::Object(t)) => Value::Object(merge_object(b, o, t, path, conflicts)),
        (_, Some(b), Value::Array(o), Value::Array(t)) if keyed(b) && keyed(o) && keyed(t) => {
            Value::Array(merge_items(b, o, t, path, conflicts))
        }
        // A list without ids made the same on both sides (a pair of counts, a list of links).
        _ if o == t => o.clone(),
        _ => {
            conflicts.push(if path.is_empty() { "(the whole workspace)".into() } else { path.to_string() });
            o.clone()
        }
    }
}

fn merge_object(
    b: &Map<String, Value>,
    o: &Map<String, Value>,
    t: &Map<String, Value>,
    path: &str,
    conflicts: &mut Vec<String>,
) -> Map<String, Value> {
    let mut keys: Vec<&String> = o.keys().collect();
    keys.extend(t.keys().filter(|k| !o.contains_key(*k)));
    keys.extend(b.keys().filter(|k| !o.contains_key(*k) && !t.contains_key(*k)));
    let mut out = Map::new();
    for k in keys {
        let at = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
        let (bv, ov, tv) = (b.get(k), o.get(k), t.get(k));
        let top = path.is_empty();
        // One decision, not several fields: merged whole (see the module docs).
        let parent = path.rsplit('.').next().unwrap_or("");
        let whole = k == "measure" || k == "usage" || parent == "decisions" || parent == "consensus";
        let merged = match (bv, ov, tv) {
            // The cycle this tab shows is this tab's business.
            (_, Some(ov), _) if top && k == "current_cycle" => Some(ov.clone()),
            // Id counters: the larger, so that neither side's new ids are handed out again.
            (_, Some(Value::Number(x)), Some(Value::Number(y))) if k == "next_id" => {
                Some(if x.as_u64() >= y.as_u64() { Value::Number(x.clone()) } else { Value::Number(y.clone()) })
            }
            (bv, Some(ov), Some(tv)) if whole => {
                let b = bv.unwrap_or(&Value::Null);
                if ov == tv || tv == b {
                    Some(ov.clone())
                } else if ov == b {
                    Some(tv.clone())
                } else {
                    conflicts.push(at);
                    Some(ov.clone())
                }
            }
            (_, Some(ov), Some(tv)) => Some(merge_value(bv.unwrap_or(&Value::Null), ov, tv, &at, conflicts)),
            // Present on one side only: added there, or removed on the other.
            (None, Some(v), None) | (None, None, Some(v)) => Some(v.clone()),
            (Some(bv), Some(v), None) | (Some(bv), None, Some(v)) => {
                if v == bv {
                    None // removed on the other side, unchanged here
                } else {
                    conflicts.push(at);
                    Some(v.clone())
                }
            }
            (_, None, None) => None,
        };
        if let Some(v) = merged {
            out.insert(k.clone(), v);
        }
    }
    out
}

/// A list whose every item is an object with an `id`: merged item by item.
fn keyed(items: &[Value]) -> bool {
    items.iter().all(|x| x.get("id").is_some_and(|id| id.is_string() || id.is_number()))
}

fn id_of(x: &Value) -> String {
    x.get("id").map(Value::to_string).unwrap_or_default()
}

fn merge_items(b: &[Value], o: &[Value], t: &[Value], path: &str, conflicts: &mut Vec<String>) -> Vec<Value> {
    let find = |list: &[Value], id: &str| list.iter().find(|x| id_of(x) == id).cloned();
    let mut out = Vec::new();
    // This tab's order, then the items only the other tab has, in its order.
    let mut ids: Vec<String> = o.iter().map(id_of).collect();
    ids.extend(t.iter().map(id_of).filter(|id| !o.iter().any(|x| id_of(x) == *id)));
    for id in ids {
        let at = format!("{path}[id={}]", id.trim_matches('"'));
        let (bv, ov, tv) = (find(b, &id), find(o, &id), find(t, &id));
        match (bv, ov, tv) {
            // Added on both sides under the same id: two different items, even when equal.
            (None, Some(ov), Some(_)) => {
                conflicts.push(at);
                out.push(ov);
            }
            (Some(bv), Some(ov), Some(tv)) => out.push(merge_value(&bv, &ov, &tv, &at, conflicts)),
            (None, Some(v), None) | (None, None, Some(v)) => out.push(v),
            (Some(bv), Some(v), None) | (Some(bv), None, Some(v)) => {
                if v != bv {
                    conflicts.push(at);
                    out.push(v);
                }
            }
            (_, None, None) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{set_reflection, Prompt};

    fn sample() -> Workspace {
        Workspace::sample()
    }

    fn merged(r: Result<TabMerge, SchemaError>) -> Workspace {
        match r.unwrap() {
            TabMerge::Merged(w) => *w,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nothing_changed_here_takes_theirs() {
        let base = sample();
        let mut theirs = base.clone();
        theirs.district = "Renamed".into();
        let TabMerge::Theirs(w) = merge_tabs(&base, &base, &theirs).unwrap() else { panic!() };
        assert_eq!(*w, theirs);
    }

    #[test]
    fn taking_theirs_keeps_the_cycle_shown_here() {
        let mut base = sample();
        base.switch_cycle(base.cycles[0].id).unwrap();
        let mut theirs = base.clone();
        theirs.switch_cycle(theirs.cycles[1].id).unwrap();
        theirs.district = "Renamed".into();
        let TabMerge::Theirs(w) = merge_tabs(&base, &base, &theirs).unwrap() else { panic!() };
        assert_eq!(w.current, base.cycles[0].id);
        assert_eq!(w.district, "Renamed");
    }

    #[test]
    fn the_same_member_added_in_both_tabs_is_two_people_so_it_asks() {
        let base = sample();
        let c = base.current;
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        let a = ours.add_member(c, "", crate::team::Role::Teacher).unwrap();
        let b = theirs.add_member(c, "", crate::team::Role::Teacher).unwrap();
        assert_eq!(a, b);
        assert!(matches!(merge_tabs(&base, &ours, &theirs).unwrap(), TabMerge::Conflict(_)));
    }

    #[test]
    fn the_same_counts_typed_in_both_tabs_are_not_a_conflict() {
        use crate::divides::model::{CellKey, Counts};
        let base = sample();
        let key = CellKey { indicator: "home-internet".into(), school: "new-school".into(), group: None };
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for ws in [&mut ours, &mut theirs] {
            ws.current_cycle_mut().divides.cells_mut().insert(key.clone(), Counts { numerator: 3, denominator: 9 });
        }
        ours.district = "Ours".into();
        let m = merged(merge_tabs(&base, &ours, &theirs));
        assert_eq!(m.current_cycle().divides.cells.get(&key), Some(&Counts { numerator: 3, denominator: 9 }));
    }

    #[test]
    fn a_decision_is_merged_whole() {
        use crate::portfolio::{Decision, DecisionKind};
        let mut base = sample();
        let id = base.current_cycle().portfolio.products[0].id;
        let decision = |kind, rationale: &str| Decision { kind, rationale: rationale.into(), review_date: None };
        base.current_cycle_mut().portfolio.decisions.insert(id, decision(DecisionKind::Retain, ""));
        let mut ours = base.clone();
        ours.current_cycle_mut().portfolio.decisions.insert(id, decision(DecisionKind::Retire, ""));
        let mut theirs = base.clone();
        theirs
            .current_cycle_mut()
            .portfolio
            .decisions
            .insert(id, decision(DecisionKind::Retain, "Teachers use it daily."));
        assert!(matches!(merge_tabs(&base, &ours, &theirs).unwrap(), TabMerge::Conflict(_)));
    }

    #[test]
    fn edits_to_different_fields_are_both_kept() {
        let base = sample();
        let mut ours = base.clone();
        set_reflection(&mut ours.current_cycle_mut().reflections, "access", Prompt::Now, "Ours.");
        let mut theirs = base.clone();
        set_reflection(&mut theirs.current_cycle_mut().reflections, "use", Prompt::Now, "Theirs.");
        theirs.district = "Riverbend USD".into();
        let m = merged(merge_tabs(&base, &ours, &theirs));
        let r = &m.current_cycle().reflections;
        assert_eq!(r.get("access").and_then(|a| a.get(&Prompt::Now)).map(String::as_str), Some("Ours."));
        assert_eq!(r.get("use").and_then(|a| a.get(&Prompt::Now)).map(String::as_str), Some("Theirs."));
        assert_eq!(m.district, "Riverbend USD");
    }

    #[test]
    fn the_same_field_changed_on_both_sides_is_a_conflict_named_by_its_place() {
        let base = sample();
        let mut ours = base.clone();
        set_reflection(&mut ours.current_cycle_mut().reflections, "access", Prompt::Now, "Ours.");
        let mut theirs = base.clone();
        set_reflection(&mut theirs.current_cycle_mut().reflections, "access", Prompt::Now, "Theirs.");
        let TabMerge::Conflict(at) = merge_tabs(&base, &ours, &theirs).unwrap() else { panic!() };
        let id = base.current_cycle().id.0;
        assert_eq!(at, vec![format!("cycles[id={id}].reflections.access.now")]);
    }

    #[test]
    fn a_goal_added_here_and_a_product_removed_there_both_land() {
        let base = sample();
        let mut ours = base.clone();
        let mut theirs = base.clone();
        // A goal added here, and a product removed there: both land.
        let goal = ours.current_cycle_mut().plan.add_goal("Ours: a new goal", vec![], None).unwrap();
        let product = theirs.current_cycle().portfolio.products[0].id;
        theirs.current_cycle_mut().portfolio.remove(product).unwrap();
        let m = merged(merge_tabs(&base, &ours, &theirs));
        assert!(m.current_cycle().plan.goal(goal).is_some());
        assert!(m.current_cycle().portfolio.product(product).is_none());
        assert_eq!(m.current_cycle().portfolio.products.len(), base.current_cycle().portfolio.products.len() - 1);
        assert_eq!(m.current_cycle().plan.next_id, ours.current_cycle().plan.next_id, "the larger counter");
    }

    #[test]
    fn goals_added_on_both_sides_under_the_same_id_are_a_conflict_not_an_overwrite() {
        let base = sample();
        let mut ours = base.clone();
        let a = ours.current_cycle_mut().plan.add_goal("Ours", vec![], None).unwrap();
        let mut theirs = base.clone();
        let b = theirs.current_cycle_mut().plan.add_goal("Theirs", vec![], None).unwrap();
        assert_eq!(a, b, "both tabs hand out the same next id");
        assert!(matches!(merge_tabs(&base, &ours, &theirs).unwrap(), TabMerge::Conflict(_)));
    }

    #[test]
    fn an_item_removed_on_one_side_and_changed_on_the_other_is_a_conflict() {
        let base = sample();
        let id = base.current_cycle().portfolio.products[0].id;
        let mut ours = base.clone();
        ours.current_cycle_mut().portfolio.product_mut(id).unwrap().need = "Changed here".into();
        let mut theirs = base.clone();
        theirs.current_cycle_mut().portfolio.remove(id).unwrap();
        assert!(matches!(merge_tabs(&base, &ours, &theirs).unwrap(), TabMerge::Conflict(_)));
    }

    #[test]
    fn the_cycle_shown_stays_this_tabs() {
        let base = sample();
        let mut ours = base.clone();
        let earlier = ours.cycles[0].id;
        ours.switch_cycle(earlier).unwrap();
        ours.district = "Ours".into();
        let mut theirs = base.clone();
        set_reflection(&mut theirs.current_cycle_mut().reflections, "use", Prompt::Now, "Theirs.");
        let m = merged(merge_tabs(&base, &ours, &theirs));
        assert_eq!(m.current, earlier);
        assert_eq!(m.district, "Ours");
    }
}
