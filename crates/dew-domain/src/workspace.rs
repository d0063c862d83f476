//! The workspace model: one district, its cycles (school years) and each cycle's team.
//!
//! Invariants, upheld by every constructor and mutator here and re-checked when a stored
//! document is decoded (`Workspace::validate`):
//! - the district name is non-empty after trimming and at most `MAX_NAME` characters;
//! - there is at least one cycle, labels are non-empty and unique (ignoring case and spaces);
//! - `current` names an existing cycle;
//! - every id (cycle or member) is unique and below `next_id`, so ids are never reused.

use super::assessment::Assessment;
use super::divides::model::DivideData;
use super::plan::{Plan, PlanError, Reflections};
use super::portfolio::{Portfolio, PortfolioError};
use super::team::Role;
use thiserror::Error;

pub const MAX_NAME: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CycleId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MemberId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: MemberId,
    /// Optional on purpose: a team may list roles only, to avoid personal data.
    pub name: Option<String>,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cycle {
    pub id: CycleId,
    pub label: String,
    pub team: Vec<Member>,
    pub assessment: Assessment,
    pub divides: DivideData,
    pub reflections: Reflections,
    pub plan: Plan,
    pub portfolio: Portfolio,
}

impl Cycle {
    /// A cycle with nothing in it yet.
    pub fn empty(id: CycleId, label: String) -> Cycle {
        Cycle {
            id,
            label,
            team: Vec::new(),
            assessment: Assessment::default(),
            divides: DivideData::default(),
            reflections: Reflections::default(),
            plan: Plan::default(),
            portfolio: Portfolio::default(),
        }
    }
}

/// The label of the school year after `label` ("2026–27" gives "2027–28"); `None` when the
/// label does not start with a four-digit year.
pub fn next_cycle_label(label: &str) -> Option<String> {
    let digits: String = label.trim().chars().take_while(char::is_ascii_digit).collect();
    let year: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    Some(school_year_label(year + 1, 7))
}

/// The name and role this device's rater last exported a rater file under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaterProfile {
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    pub district: String,
    /// True for the fictional sample district, which the UI labels as such everywhere.
    pub sample: bool,
    pub cycles: Vec<Cycle>,
    pub current: CycleId,
    pub(crate) next_id: u32,
    /// Identifies this device's rater in rater files, so a re-exported file replaces the
    /// earlier one. Empty until the app assigns one (see `ensure_device_key`).
    pub device_key: String,
    pub rater_profile: Option<RaterProfile>,
}

/// What is wrong with a value, and in which field.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WorkspaceError {
    #[error("`{field}` is empty")]
    Empty { field: &'static str },
    #[error("`{field}` is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("cycle label `{0}` is already used")]
    DuplicateCycle(String),
    #[error("no cycle has id {0}")]
    NoSuchCycle(u32),
    #[error("no team member has id {0}")]
    NoSuchMember(u32),
    #[error("id {0} is used twice")]
    DuplicateId(u32),
    #[error("id {id} is not below next_id {next}")]
    IdNotBelowNext { id: u32, next: u32 },
    #[error("the workspace has no cycle")]
    NoCycles,
    #[error("the plan of cycle `{cycle}`: {error}")]
    Plan { cycle: String, error: PlanError },
    #[error("the portfolio of cycle `{cycle}`: {error}")]
    Portfolio { cycle: String, error: PortfolioError },
}

/// Trims `value` and checks it is non-empty and short enough.
pub fn clean_required(value: &str, field: &'static str) -> Result<String, WorkspaceError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(WorkspaceError::Empty { field });
    }
    if v.chars().count() > MAX_NAME {
        return Err(WorkspaceError::TooLong { field, max: MAX_NAME });
    }
    Ok(v.to_string())
}

/// An optional display name: blank means "no name".
pub fn clean_optional(value: &str, field: &'static str) -> Result<Option<String>, WorkspaceError> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        clean_required(value, field).map(Some)
    }
}

fn label_key(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Workspace {
    pub fn new(district: &str, first_cycle: &str) -> Result<Self, WorkspaceError> {
        let district = clean_required(district, "district")?;
        let label = clean_required(first_cycle, "cycle")?;
        Ok(Workspace {
            district,
            sample: false,
            cycles: vec![Cycle::empty(CycleId(0), label)],
            current: CycleId(0),
            next_id: 1,
            device_key: String::new(),
            rater_profile: None,
        })
    }

    /// Rebuilds a workspace from stored parts, checking every invariant.
    pub fn from_parts(
        district: String,
        sample: bool,
        cycles: Vec<Cycle>,
        current: CycleId,
        next_id: u32,
        device_key: String,
        rater_profile: Option<RaterProfile>,
    ) -> Result<Self, WorkspaceError> {
        let ws = Workspace { district, sample, cycles, current, next_id, device_key, rater_profile };
        ws.validate()?;
        Ok(ws)
    }

    pub fn next_id(&self) -> u32 {
        self.next_id
    }

    pub fn validate(&self) -> Result<(), WorkspaceError> {
        if clean_required(&self.district, "district")? != self.district {
            return Err(WorkspaceError::Empty { field: "district" });
        }
        if self.cycles.is_empty() {
            return Err(WorkspaceError::NoCycles);
        }
        let mut ids = std::collections::BTreeSet::new();
        let mut labels = std::collections::BTreeSet::new();
        let mut check_id = |id: u32| {
            if id >= self.next_id {
                return Err(WorkspaceError::IdNotBelowNext { id, next: self.next_id });
            }
            if !ids.insert(id) {
                return Err(WorkspaceError::DuplicateId(id));
            }
            Ok(())
        };
        for c in &self.cycles {
            check_id(c.id.0)?;
            clean_required(&c.label, "cycle")?;
            if !labels.insert(label_key(&c.label)) {
                return Err(WorkspaceError::DuplicateCycle(c.label.clone()));
            }
            c.plan.validate().map_err(|error| WorkspaceError::Plan { cycle: c.label.clone(), error })?;
            c.portfolio.validate().map_err(|error| WorkspaceError::Portfolio { cycle: c.label.clone(), error })?;
            for m in &c.team {
                check_id(m.id.0)?;
                if let Some(n) = &m.name {
                    clean_required(n, "name")?;
                }
            }
        }
        if !self.cycles.iter().any(|c| c.id == self.current) {
            return Err(WorkspaceError::NoSuchCycle(self.current.0));
        }
        Ok(())
    }

    fn fresh_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// A fresh id for a cycle or member made outside this module (a merge, for instance).
    pub(crate) fn take_id(&mut self) -> u32 {
        self.fresh_id()
    }

    pub fn cycle(&self, id: CycleId) -> Option<&Cycle> {
        self.cycles.iter().find(|c| c.id == id)
    }

    /// Gives the workspace a device key if it has none yet (new, or migrated from schema 1).
    /// Returns true if it did.
    pub fn ensure_device_key(&mut self, make: impl FnOnce() -> String) -> bool {
        if self.device_key.is_empty() {
            self.device_key = make();
            true
        } else {
            false
        }
    }

    pub fn current_cycle_mut(&mut self) -> &mut Cycle {
        let current = self.current;
        let i = self.cycles.iter().position(|c| c.id == current).unwrap_or(0);
        &mut self.cycles[i]
    }

    pub fn current_cycle(&self) -> &Cycle {
        // `validate` guarantees the current cycle exists; fall back to the first for safety.
        self.cycle(self.current).unwrap_or(&self.cycles[0])
    }

    fn cycle_mut(&mut self, id: CycleId) -> Result<&mut Cycle, WorkspaceError> {
        self.cycles.iter_mut().find(|c| c.id == id).ok_or(WorkspaceError::NoSuchCycle(id.0))
    }

    /// The most recent cycle (the last one started).
    pub fn latest_cycle(&self) -> &Cycle {
        &self.cycles[self.cycles.len() - 1]
    }

    /// True when the current cycle is an earlier one than the latest.
    pub fn viewing_earlier_cycle(&self) -> bool {
        self.current != self.latest_cycle().id
    }

    /// The cycle before `id`, in the order they were started.
    pub fn previous_cycle(&self, id: CycleId) -> Option<&Cycle> {
        let i = self.cycles.iter().position(|c| c.id == id)?;
        i.checked_sub(1).map(|p| &self.cycles[p])
    }

    pub fn switch_cycle(&mut self, id: CycleId) -> Result<(), WorkspaceError> {
        self.cycle_mut(id)?;
        self.current = id;
        Ok(())
    }

    /// Starts the next cycle from the latest one and makes it current. It copies forward the
    /// team (members get new ids), the plan with its statuses, the portfolio's inventory (its
    /// decisions are made afresh), and the shape of the divide data
    /// (schools, custom indicators and groupings, settings); ratings, reflections and counts
    /// start empty.
    pub fn start_next_cycle(&mut self, label: &str) -> Result<CycleId, WorkspaceError> {
        let label = clean_required(label, "cycle")?;
        if self.cycles.iter().any(|c| label_key(&c.label) == label_key(&label)) {
            return Err(WorkspaceError::DuplicateCycle(label));
        }
        let from = self.latest_cycle().clone();
        let id = CycleId(self.fresh_id());
        let team = from.team.iter().map(|m| Member { id: MemberId(self.fresh_id()), ..m.clone() }).collect();
        let divides = DivideData {
            custom_indicators: from.divides.custom_indicators,
            custom_dimensions: from.divides.custom_dimensions,
            schools: from.divides.schools,
            cells: Default::default(),
            settings: from.divides.settings,
        };
        self.cycles.push(Cycle {
            id,
            label,
            team,
            assessment: Assessment::default(),
            divides,
            reflections: Reflections::default(),
            plan: from.plan.carried_forward(),
            portfolio: from.portfolio.carried_forward(),
        });
        self.current = id;
        Ok(id)
    }

    pub fn rename_district(&mut self, name: &str) -> Result<(), WorkspaceError> {
        self.district = clean_required(name, "district")?;
        Ok(())
    }

    /// Adds a member to a cycle's team; `name` may be blank.
    pub fn add_member(&mut self, cycle: CycleId, name: &str, role: Role) -> Result<MemberId, WorkspaceError> {
        let name = clean_optional(name, "name")?;
        self.cycle_mut(cycle)?;
        let id = MemberId(self.fresh_id());
        self.cycle_mut(cycle)?.team.push(Member { id, name, role });
        Ok(id)
    }

    pub fn update_member(
        &mut self,
        cycle: CycleId,
        id: MemberId,
        name: &str,
        role: Role,
    ) -> Result<(), WorkspaceError> {
        let name = clean_optional(name, "name")?;
        let m =
            self.cycle_mut(cycle)?.team.iter_mut().find(|m| m.id == id).ok_or(WorkspaceError::NoSuchMember(id.0))?;
        m.name = name;
        m.role = role;
        Ok(())
    }

    /// Removes a member and returns what `restore_member` needs to undo it.
    pub fn remove_member(&mut self, cycle: CycleId, id: MemberId) -> Result<(usize, Member), WorkspaceError> {
        let team = &mut self.cycle_mut(cycle)?.team;
        let pos = team.iter().position(|m| m.id == id).ok_or(WorkspaceError::NoSuchMember(id.0))?;
        Ok((pos, team.remove(pos)))
    }

    /// Puts a removed member back where it was (or at the end if the team has shrunk since).
    pub fn restore_member(&mut self, cycle: CycleId, index: usize, member: Member) -> Result<(), WorkspaceError> {
        let team = &mut self.cycle_mut(cycle)?.team;
        if team.iter().any(|m| m.id == member.id) {
            return Err(WorkspaceError::DuplicateId(member.id.0));
        }
        let at = index.min(team.len());
        team.insert(at, member);
        Ok(())
    }

    /// The fictional sample district offered on first run: two school years, the earlier one
    /// with lower rates and levels, and a plan carried from one to the next. Its team
    /// deliberately lacks a family member so the "missing stakeholder" prompt has something to
    /// show.
    pub fn sample() -> Self {
        let mut ws =
            Workspace::new("Riverbend Unified School District (sample)", "2025–26").expect("sample names are valid");
        ws.sample = true;
        let c = ws.current;
        for (name, role) in [
            ("Dr. A. Moreno", Role::DistrictLeader),
            ("", Role::TechnologyStaff),
            ("J. Okafor", Role::SchoolLeader),
            ("", Role::Teacher),
            ("L. Tran", Role::Teacher),
            ("", Role::Student),
        ] {
            ws.add_member(c, name, role).expect("sample members are valid");
        }
        ws.device_key = "sample-facilitator".into();
        let earlier = ws.current_cycle_mut();
        earlier.assessment = super::assessment::sample::earlier_assessment();
        earlier.divides = super::divides::sample::earlier_data();
        earlier.plan = super::plan::sample_plan();
        earlier.portfolio = super::portfolio::sample::portfolio(&earlier.divides);
        super::portfolio::sample::earlier_decisions(&mut earlier.portfolio);
        super::plan::set_reflection(
            &mut earlier.reflections,
            "access",
            super::plan::Prompt::Now,
            "Most students have a device, but many English learners' families have no home internet fast enough for video.",
        );
        ws.start_next_cycle("2026–27").expect("the sample's cycle labels differ");
        let now = ws.current_cycle_mut();
        now.assessment = super::assessment::sample::assessment();
        now.divides = super::divides::sample::data();
        super::plan::advance_sample_plan(&mut now.plan);
        now.portfolio = super::portfolio::sample::portfolio(&now.divides);
        for (prompt, text) in [
            (
                super::plan::Prompt::Now,
                "Home access rose for every group, but the gap for English learners is still wide.",
            ),
            (
                super::plan::Prompt::NotBenefiting,
                "English learners at the elementary schools, and families in the rural attendance zones.",
            ),
        ] {
            super::plan::set_reflection(&mut now.reflections, "access", prompt, text);
        }
        ws
    }
}

/// The school-year label for a date: years run July to June, written with an en dash
/// ("2026–27"), as districts write them.
pub fn school_year_label(year: i32, month: u32) -> String {
    let start = if month >= 7 { year } else { year - 1 };
    format!("{}–{:02}", start, (start + 1).rem_euclid(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_workspace_trims_and_has_one_current_cycle() {
        let ws = Workspace::new("  Lakeside USD ", " 2026–27 ").unwrap();
        assert_eq!(ws.district, "Lakeside USD");
        assert_eq!(ws.cycles.len(), 1);
        assert_eq!(ws.current_cycle().label, "2026–27");
        ws.validate().unwrap();
    }

    #[test]
    fn blank_district_or_cycle_is_rejected_naming_the_field() {
        assert_eq!(Workspace::new("  ", "2026–27"), Err(WorkspaceError::Empty { field: "district" }));
        assert_eq!(Workspace::new("X", ""), Err(WorkspaceError::Empty { field: "cycle" }));
        let long = "x".repeat(MAX_NAME + 1);
        assert_eq!(Workspace::new(&long, "a"), Err(WorkspaceError::TooLong { field: "district", max: MAX_NAME }));
    }

    #[test]
    fn member_ids_are_never_reused_after_removal() {
        let mut ws = Workspace::new("D", "C").unwrap();
        let c = ws.current;
        let a = ws.add_member(c, "A", Role::Teacher).unwrap();
        ws.remove_member(c, a).unwrap();
        let b = ws.add_member(c, "", Role::Student).unwrap();
        assert_ne!(a, b);
        assert_eq!(ws.current_cycle().team[0].name, None);
        ws.validate().unwrap();
    }

    #[test]
    fn remove_then_restore_puts_member_back_in_place() {
        let mut ws = Workspace::sample();
        let c = ws.current;
        let before = ws.clone();
        let id = ws.current_cycle().team[2].id;
        let (pos, m) = ws.remove_member(c, id).unwrap();
        assert_eq!(pos, 2);
        assert_eq!(ws.current_cycle().team.len(), before.current_cycle().team.len() - 1);
        ws.restore_member(c, pos, m.clone()).unwrap();
        assert_eq!(ws, before);
        // Restoring twice would duplicate an id.
        assert_eq!(ws.restore_member(c, pos, m), Err(WorkspaceError::DuplicateId(id.0)));
    }

    #[test]
    fn update_member_validates_and_reports_unknown_ids() {
        let mut ws = Workspace::sample();
        let c = ws.current;
        let id = ws.current_cycle().team[0].id;
        ws.update_member(c, id, "  New Name ", Role::Other).unwrap();
        assert_eq!(ws.current_cycle().team[0].name.as_deref(), Some("New Name"));
        assert_eq!(ws.current_cycle().team[0].role, Role::Other);
        assert_eq!(ws.update_member(c, MemberId(999), "x", Role::Other), Err(WorkspaceError::NoSuchMember(999)));
        assert_eq!(ws.add_member(CycleId(999), "x", Role::Other), Err(WorkspaceError::NoSuchCycle(999)));
    }

    #[test]
    fn validate_catches_broken_invariants() {
        let ws = Workspace::sample();
        let mut dup = ws.clone();
        let first = dup.cycles[0].team[0].clone();
        dup.cycles[0].team.push(first.clone());
        assert_eq!(dup.validate(), Err(WorkspaceError::DuplicateId(first.id.0)));

        let mut stale = ws.clone();
        stale.next_id = 1;
        assert!(matches!(stale.validate(), Err(WorkspaceError::IdNotBelowNext { .. })));

        let mut lost = ws.clone();
        lost.current = CycleId(77);
        assert_eq!(lost.validate(), Err(WorkspaceError::NoSuchCycle(77)));

        let mut twin = ws.clone();
        let mut c2 = twin.cycles[0].clone();
        c2.id = CycleId(twin.next_id);
        c2.label = " 2026–27".into();
        c2.team.clear();
        twin.next_id += 1;
        twin.cycles.push(c2);
        assert_eq!(twin.validate(), Err(WorkspaceError::DuplicateCycle(" 2026–27".into())));
    }

    #[test]
    fn sample_is_labelled_and_valid() {
        let ws = Workspace::sample();
        assert!(ws.sample);
        assert!(ws.district.contains("sample"));
        ws.validate().unwrap();
    }

    #[test]
    fn next_cycle_carries_team_plan_and_data_shape_but_no_ratings_reflections_or_counts() {
        let mut ws = Workspace::sample();
        let before = ws.latest_cycle().clone();
        assert!(!before.assessment.own.is_empty() && !before.divides.cells.is_empty() && !before.plan.goals.is_empty());
        let id = ws.start_next_cycle("2027–28").unwrap();
        assert_eq!(ws.current, id);
        assert!(!ws.viewing_earlier_cycle());
        let next = ws.current_cycle();
        assert_eq!(next.label, "2027–28");
        assert_eq!(next.plan, before.plan, "goals, actions and statuses carry over with their ids");
        let roles = |c: &Cycle| c.team.iter().map(|m| (m.name.clone(), m.role)).collect::<Vec<_>>();
        assert_eq!(roles(next), roles(&before));
        assert!(next.team.iter().all(|m| before.team.iter().all(|b| b.id != m.id)), "members get new ids");
        assert_eq!(next.assessment, Assessment::default());
        assert!(next.reflections.is_empty());
        assert!(next.divides.cells.is_empty());
        assert_eq!(next.divides.schools, before.divides.schools);
        assert_eq!(next.divides.settings, before.divides.settings);
        assert_eq!(ws.previous_cycle(id).map(|c| c.id), Some(before.id));
        assert!(ws.validate().is_ok());
        // Nothing of the earlier cycle changed, and it can be switched back to.
        assert_eq!(ws.cycle(before.id), Some(&before));
        ws.switch_cycle(before.id).unwrap();
        assert!(ws.viewing_earlier_cycle());
        assert_eq!(ws.start_next_cycle(" 2027–28 "), Err(WorkspaceError::DuplicateCycle("2027–28".into())));
        assert_eq!(ws.switch_cycle(CycleId(999)), Err(WorkspaceError::NoSuchCycle(999)));
    }

    #[test]
    fn the_next_cycle_label_follows_the_school_year() {
        assert_eq!(next_cycle_label("2026–27").as_deref(), Some("2027–28"));
        assert_eq!(next_cycle_label(" 2099-2100").as_deref(), Some("2100–01"));
        assert_eq!(next_cycle_label("Year one"), None);
        assert_eq!(next_cycle_label("26–27"), None);
    }

    #[test]
    fn school_year_turns_over_in_july() {
        assert_eq!(school_year_label(2026, 11), "2026–27");
        assert_eq!(school_year_label(2027, 6), "2026–27");
        assert_eq!(school_year_label(2027, 7), "2027–28");
        assert_eq!(school_year_label(2099, 9), "2099–00");
    }
}
