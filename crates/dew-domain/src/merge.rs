//! Merging a backup ("theirs") into the open workspace ("mine"), with a preview first.
//!
//! Cycles are matched by label (ignoring case and spacing); a cycle only in theirs is added
//! (unless it is entirely empty). Inside a matched cycle, items are matched by what identifies
//! them for people, since ids differ between devices:
//! - team members by name and role;
//! - own ratings, agreed levels and reflections by indicator (or area and prompt);
//! - rater files by their key (the newer export wins, as when importing a rater file);
//! - data cells by indicator, school and group; schools, custom indicators and groupings by id;
//! - goals by title (a goal carries its actions and measure);
//! - products by name (a product carries its review, usage and decision).
//!
//! An item only in theirs is added; the same on both sides is left alone; present on both
//! sides but different is a conflict, settled per section by the user's choice: keep mine or
//! take theirs. Nothing of mine is removed.

use super::assessment::Assessment;
use super::plan::Plan;
use super::portfolio::Portfolio;
use super::workspace::{Cycle, CycleId, Member, MemberId, Workspace};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MergeSection {
    Team,
    Ratings,
    Data,
    Plan,
    Portfolio,
}

impl MergeSection {
    pub const ALL: [MergeSection; 5] =
        [MergeSection::Team, MergeSection::Ratings, MergeSection::Data, MergeSection::Plan, MergeSection::Portfolio];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    #[default]
    Mine,
    Theirs,
}

/// What merging one section of one cycle would do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Counts {
    pub added: usize,
    pub same: usize,
    /// Items changed on both sides, named for the preview.
    pub conflicts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CyclePreview {
    pub label: String,
    /// The cycle is only in theirs and will be added whole.
    pub new_cycle: bool,
    pub sections: BTreeMap<MergeSection, Counts>,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn cycle_is_empty(c: &Cycle) -> bool {
    c.team.is_empty()
        && c.assessment == Assessment::default()
        && c.divides.cells.is_empty()
        && c.divides.schools.is_empty()
        && c.reflections.is_empty()
        && c.plan.goals.is_empty()
        && c.portfolio.products.is_empty()
}

/// Compares keyed items: (added, same, conflicts), with the conflicting keys named.
fn compare<K: Ord + Clone, V: PartialEq>(
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
    name: impl Fn(&K) -> String,
) -> Counts {
    let mut c = Counts::default();
    for (k, v) in theirs {
        match mine.get(k) {
            None => c.added += 1,
            Some(m) if m == v => c.same += 1,
            Some(_) => c.conflicts.push(name(k)),
        }
    }
    c
}

/// Puts theirs into mine: new keys added, conflicts settled by `side`.
fn combine<K: Ord + Clone, V: PartialEq + Clone>(mine: &mut BTreeMap<K, V>, theirs: &BTreeMap<K, V>, side: Side) {
    for (k, v) in theirs {
        match mine.get(k) {
            None => {
                mine.insert(k.clone(), v.clone());
            }
            Some(m) if m != v && side == Side::Theirs => {
                mine.insert(k.clone(), v.clone());
            }
            _ => {}
        }
    }
}

fn member_key(m: &Member) -> (String, &'static str) {
    (norm(m.name.as_deref().unwrap_or("")), m.role.as_wire())
}

/// Team members keyed by name and role; unnamed members of a role are numbered, so two
/// unnamed teachers on one side match two on the other.
fn team_map(team: &[Member]) -> BTreeMap<(String, &'static str, usize), Member> {
    let mut seen: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    team.iter()
        .map(|m| {
            let k = member_key(m);
            let n = seen.entry(k.clone()).or_default();
            *n += 1;
            ((k.0, k.1, *n), m.clone())
        })
        .collect()
}

fn without_ids(team: BTreeMap<(String, &'static str, usize), Member>) -> BTreeMap<(String, &'static str, usize), ()> {
    team.into_keys().map(|k| (k, ())).collect()
}

fn rating_maps(
    a: &Assessment,
) -> (BTreeMap<String, super::assessment::rating::Rating>, BTreeMap<String, super::assessment::Consensus>) {
    (a.own.iter().map(|(k, v)| (k.clone(), v.clone())).collect(), a.consensus.clone())
}

fn raters(a: &Assessment) -> BTreeMap<String, super::assessment::ImportedRater> {
    a.raters.iter().map(|r| (r.key.clone(), r.clone())).collect()
}

fn goals(p: &Plan) -> BTreeMap<String, super::plan::Goal> {
    p.goals.iter().map(|g| (norm(&g.title), g.clone())).collect()
}

/// Goals compared without their ids (which differ between devices).
fn goal_content(g: &super::plan::Goal) -> super::plan::Goal {
    let mut g = g.clone();
    g.id = 0;
    g.actions.iter_mut().for_each(|a| a.id = 0);
    g
}

fn products(p: &Portfolio) -> BTreeMap<String, (super::portfolio::Product, Option<super::portfolio::Decision>)> {
    p.products
        .iter()
        .map(|x| {
            let mut content = x.clone();
            content.id = 0;
            (norm(&x.name), (content, p.decisions.get(&x.id).cloned()))
        })
        .collect()
}

fn reflection_map(c: &Cycle) -> BTreeMap<(String, super::plan::Prompt), String> {
    c.reflections.iter().flat_map(|(a, m)| m.iter().map(move |(p, t)| ((a.clone(), *p), t.clone()))).collect()
}

fn section_counts(mine: &Cycle, theirs: &Cycle) -> BTreeMap<MergeSection, Counts> {
    let mut out = BTreeMap::new();
    out.insert(
        MergeSection::Team,
        compare(&without_ids(team_map(&mine.team)), &without_ids(team_map(&theirs.team)), |k| k.0.clone()),
    );
    let (mo, mc) = rating_maps(&mine.assessment);
    let (to, tc) = rating_maps(&theirs.assessment);
    let mut ratings = compare(&mo, &to, |k| k.clone());
    let agreed = compare(&mc, &tc, |k| k.clone());
    let rater_files = compare(&raters(&mine.assessment), &raters(&theirs.assessment), |k| k.clone());
    ratings.added += agreed.added + rater_files.added;
    ratings.same += agreed.same + rater_files.same;
    ratings.conflicts.extend(agreed.conflicts);
    // Rater files are settled by their export time, never by the user: not conflicts.
    ratings.same += rater_files.conflicts.len();
    out.insert(MergeSection::Ratings, ratings);
    out.insert(
        MergeSection::Data,
        compare(&mine.divides.cells, &theirs.divides.cells, |k| format!("{}@{}", k.indicator, k.school)),
    );
    let mg: BTreeMap<String, super::plan::Goal> =
        goals(&mine.plan).into_iter().map(|(k, g)| (k, goal_content(&g))).collect();
    let tg: BTreeMap<String, super::plan::Goal> =
        goals(&theirs.plan).into_iter().map(|(k, g)| (k, goal_content(&g))).collect();
    // Conflicts are named as written, not by the lower-cased key they were matched on.
    let mut plan = compare(&mg, &tg, |k| tg.get(k).map_or_else(|| k.clone(), |g| g.title.clone()));
    let refl = compare(&reflection_map(mine), &reflection_map(theirs), |k| format!("{}: {}", k.0, k.1.as_wire()));
    plan.added += refl.added;
    plan.same += refl.same;
    plan.conflicts.extend(refl.conflicts);
    out.insert(MergeSection::Plan, plan);
    out.insert(MergeSection::Portfolio, {
        let theirs_products = products(&theirs.portfolio);
        compare(&products(&mine.portfolio), &theirs_products, |k| {
            theirs_products.get(k).map_or_else(|| k.clone(), |(p, _)| p.name.clone())
        })
    });
    out
}

/// What a merge would do, cycle by cycle.
pub fn preview(mine: &Workspace, theirs: &Workspace) -> Vec<CyclePreview> {
    theirs
        .cycles
        .iter()
        .filter_map(|t| match mine.cycles.iter().find(|m| norm(&m.label) == norm(&t.label)) {
            Some(m) => Some(CyclePreview { label: m.label.clone(), new_cycle: false, sections: section_counts(m, t) }),
            None if cycle_is_empty(t) => None,
            None => {
                let empty = Cycle::empty(t.id, t.label.clone());
                Some(CyclePreview { label: t.label.clone(), new_cycle: true, sections: section_counts(&empty, t) })
            }
        })
        .collect()
}

/// Whether the preview has any conflict in a section.
pub fn has_conflicts(p: &[CyclePreview], s: MergeSection) -> bool {
    p.iter().any(|c| c.sections.get(&s).is_some_and(|x| !x.conflicts.is_empty()))
}

fn merge_cycle(ws: &mut Workspace, mi: usize, theirs: &Cycle, choice: &BTreeMap<MergeSection, Side>) {
    let side = |s: MergeSection| choice.get(&s).copied().unwrap_or_default();
    // Team: add the members theirs has and mine has not.
    let have = team_map(&ws.cycles[mi].team);
    for (k, m) in team_map(&theirs.team) {
        if !have.contains_key(&k) {
            let id = MemberId(ws.take_id());
            ws.cycles[mi].team.push(Member { id, ..m });
        }
    }
    let c = &mut ws.cycles[mi];
    // Ratings, agreed levels, rater files (the newer export of a rater wins).
    let s = side(MergeSection::Ratings);
    combine(&mut c.assessment.own, &theirs.assessment.own, s);
    combine(&mut c.assessment.consensus, &theirs.assessment.consensus, s);
    for r in &theirs.assessment.raters {
        c.assessment.merge_rater(r.clone());
    }
    // Data: the shape first (schools, custom indicators and groupings by id), then cells.
    let d = &mut c.divides;
    for x in &theirs.divides.schools {
        if !d.schools.iter().any(|y| y.id == x.id) {
            d.schools.push(x.clone());
        }
    }
    for x in &theirs.divides.custom_indicators {
        if !d.custom_indicators.iter().any(|y| y.id == x.id) {
            d.custom_indicators.push(x.clone());
        }
    }
    for x in &theirs.divides.custom_dimensions {
        if !d.custom_dimensions.iter().any(|y| y.id == x.id) {
            d.custom_dimensions.push(x.clone());
        }
    }
    combine(d.cells_mut(), &theirs.divides.cells, side(MergeSection::Data));
    // Plan: goals by title; reflections by area and prompt.
    let s = side(MergeSection::Plan);
    for g in &theirs.plan.goals {
        let key = norm(&g.title);
        match c.plan.goals.iter().position(|x| norm(&x.title) == key) {
            Some(i) if s == Side::Theirs && goal_content(&c.plan.goals[i]) != goal_content(g) => {
                let id = c.plan.goals[i].id;
                let mut new = g.clone();
                new.id = id;
                for a in &mut new.actions {
                    a.id = c.plan.next_id;
                    c.plan.next_id += 1;
                }
                c.plan.goals[i] = new;
            }
            Some(_) => {}
            None => {
                let mut new = g.clone();
                new.id = c.plan.next_id;
                c.plan.next_id += 1;
                for a in &mut new.actions {
                    a.id = c.plan.next_id;
                    c.plan.next_id += 1;
                }
                c.plan.goals.push(new);
            }
        }
    }
    let mut mine_refl = reflection_map(c);
    combine(&mut mine_refl, &reflection_map(theirs), s);
    c.reflections.clear();
    for ((area, prompt), text) in mine_refl {
        c.reflections.entry(area).or_default().insert(prompt, text);
    }
    // Portfolio: products by name, each with its decision.
    let s = side(MergeSection::Portfolio);
    let theirs_products = products(&theirs.portfolio);
    for (key, (content, decision)) in theirs_products {
        match c.portfolio.products.iter().position(|x| norm(&x.name) == key) {
            Some(i) => {
                let id = c.portfolio.products[i].id;
                let mut mine_content = c.portfolio.products[i].clone();
                mine_content.id = 0;
                let same = mine_content == content && c.portfolio.decisions.get(&id) == decision.as_ref();
                if !same && s == Side::Theirs {
                    c.portfolio.products[i] = super::portfolio::Product { id, ..content };
                    match decision {
                        Some(d) => {
                            c.portfolio.decisions.insert(id, d);
                        }
                        None => {
                            c.portfolio.decisions.remove(&id);
                        }
                    }
                }
            }
            None => {
                let id = c.portfolio.next_id;
                c.portfolio.next_id += 1;
                c.portfolio.products.push(super::portfolio::Product { id, ..content });
                if let Some(d) = decision {
                    c.portfolio.decisions.insert(id, d);
                }
            }
        }
    }
}

/// Merges theirs into mine with the given choices (a section without a choice keeps mine).
pub fn merge(mine: &Workspace, theirs: &Workspace, choice: &BTreeMap<MergeSection, Side>) -> Workspace {
    let mut ws = mine.clone();
    for t in &theirs.cycles {
        match ws.cycles.iter().position(|m| norm(&m.label) == norm(&t.label)) {
            Some(mi) => merge_cycle(&mut ws, mi, t, choice),
            None if cycle_is_empty(t) => {}
            None => {
                let id = CycleId(ws.take_id());
                ws.cycles.push(Cycle::empty(id, t.label.clone()));
                let mi = ws.cycles.len() - 1;
                merge_cycle(&mut ws, mi, t, choice);
            }
        }
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::model::{CellKey, Counts as C};
    use crate::plan::PlanStatus;
    use crate::team::Role;

    fn theirs_of(ws: &Workspace) -> Workspace {
        let mut t = ws.clone();
        // Another device: different ids for the same things.
        for c in &mut t.cycles {
            for m in &mut c.team {
                m.id = MemberId(m.id.0 + 1000);
            }
        }
        t
    }

    #[test]
    fn additions_from_theirs_are_kept_and_nothing_of_mine_is_lost() {
        let mine = Workspace::sample();
        let mut theirs = theirs_of(&mine);
        let c = theirs.current_cycle_mut();
        c.team.push(Member { id: MemberId(5000), name: Some("R. Diaz".into()), role: Role::FamilyCommunity });
        c.plan.add_goal("A goal only they have", vec![], None).unwrap();
        c.divides.cells_mut().insert(
            CellKey { indicator: "home-internet".into(), school: "new-school".into(), group: None },
            C { numerator: 5, denominator: 10 },
        );
        let p = preview(&mine, &theirs);
        let now = p.iter().find(|x| x.label == "2026–27").unwrap();
        assert_eq!(now.sections[&MergeSection::Team].added, 1);
        assert_eq!(now.sections[&MergeSection::Plan].added, 1);
        assert_eq!(now.sections[&MergeSection::Data].added, 1);
        assert!(MergeSection::ALL.iter().all(|s| !has_conflicts(&p, *s)));
        let merged = merge(&mine, &theirs, &BTreeMap::new());
        assert!(merged.validate().is_ok());
        let m = merged.current_cycle();
        assert_eq!(m.team.len(), mine.current_cycle().team.len() + 1);
        assert!(m.plan.goals.iter().any(|g| g.title == "A goal only they have"));
        assert_eq!(m.divides.cells.len(), mine.current_cycle().divides.cells.len() + 1);
    }

    #[test]
    fn a_conflict_is_settled_by_the_choice_for_its_section() {
        let mine = Workspace::sample();
        let mut theirs = theirs_of(&mine);
        theirs.current_cycle_mut().plan.goals[0].status = PlanStatus::Done;
        let p = preview(&mine, &theirs);
        assert!(has_conflicts(&p, MergeSection::Plan));
        let now = p.iter().find(|x| x.label == "2026–27").unwrap();
        assert_eq!(now.sections[&MergeSection::Plan].conflicts, vec![mine.current_cycle().plan.goals[0].title.clone()]);
        assert!(!has_conflicts(&p, MergeSection::Team));
        let keep = merge(&mine, &theirs, &BTreeMap::from([(MergeSection::Plan, Side::Mine)]));
        assert_eq!(keep.current_cycle().plan.goals[0].status, mine.current_cycle().plan.goals[0].status);
        let take = merge(&mine, &theirs, &BTreeMap::from([(MergeSection::Plan, Side::Theirs)]));
        assert_eq!(take.current_cycle().plan.goals[0].status, PlanStatus::Done);
        assert_eq!(take.current_cycle().plan.goals.len(), mine.current_cycle().plan.goals.len());
        assert!(take.validate().is_ok());
    }

    #[test]
    fn a_cycle_only_in_theirs_is_added_and_an_empty_one_is_not() {
        let mine = Workspace::sample();
        let mut theirs = mine.clone();
        theirs.start_next_cycle("2027–28").unwrap();
        let merged = merge(&mine, &theirs, &BTreeMap::new());
        assert_eq!(merged.cycles.len(), 3);
        assert!(merged.validate().is_ok());
        let empty = Workspace::new("Elsewhere", "1999–00").unwrap();
        assert_eq!(merge(&mine, &empty, &BTreeMap::new()), mine);
        assert!(preview(&mine, &empty).is_empty());
    }
}
