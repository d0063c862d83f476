//! Team roles and the stakeholder check of PRODUCT.md §1.
//!
//! The guide asks for students, teachers, leaders, the technology team and families on the
//! equity team. A team "misses" a stakeholder category when no member belongs to it.

/// A member's role category. The wire form (`as_wire`) is frozen: it is what the stored
/// schema writes, so a variant may be renamed in code but its wire string may not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Student,
    Teacher,
    SchoolLeader,
    DistrictLeader,
    TechnologyStaff,
    FamilyCommunity,
    Other,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Student,
        Role::Teacher,
        Role::SchoolLeader,
        Role::DistrictLeader,
        Role::TechnologyStaff,
        Role::FamilyCommunity,
        Role::Other,
    ];

    pub fn as_wire(self) -> &'static str {
        match self {
            Role::Student => "student",
            Role::Teacher => "teacher",
            Role::SchoolLeader => "school-leader",
            Role::DistrictLeader => "district-leader",
            Role::TechnologyStaff => "technology-staff",
            Role::FamilyCommunity => "family-community",
            Role::Other => "other",
        }
    }

    pub fn from_wire(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_wire() == s)
    }
}

/// The stakeholder categories the guide expects on a team. Leadership is satisfied by either
/// a school leader or a district leader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stakeholder {
    Students,
    Teachers,
    Leaders,
    Technology,
    Families,
}

impl Stakeholder {
    pub const ALL: [Stakeholder; 5] = [
        Stakeholder::Students,
        Stakeholder::Teachers,
        Stakeholder::Leaders,
        Stakeholder::Technology,
        Stakeholder::Families,
    ];

    fn covered_by(self, role: Role) -> bool {
        matches!(
            (self, role),
            (Stakeholder::Students, Role::Student)
                | (Stakeholder::Teachers, Role::Teacher)
                | (Stakeholder::Leaders, Role::SchoolLeader | Role::DistrictLeader)
                | (Stakeholder::Technology, Role::TechnologyStaff)
                | (Stakeholder::Families, Role::FamilyCommunity)
        )
    }
}

/// Every stakeholder category that no role in `roles` covers, in the guide's order.
pub fn missing_stakeholders(roles: impl IntoIterator<Item = Role> + Clone) -> Vec<Stakeholder> {
    Stakeholder::ALL.into_iter().filter(|s| !roles.clone().into_iter().any(|r| s.covered_by(r))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_team_misses_every_category() {
        assert_eq!(missing_stakeholders(Vec::<Role>::new()), Stakeholder::ALL.to_vec());
    }

    #[test]
    fn either_leader_role_covers_leadership() {
        for leader in [Role::SchoolLeader, Role::DistrictLeader] {
            let missing = missing_stakeholders(vec![leader]);
            assert!(!missing.contains(&Stakeholder::Leaders), "{leader:?}");
            assert_eq!(missing.len(), 4);
        }
    }

    #[test]
    fn other_role_covers_nothing() {
        assert_eq!(missing_stakeholders(vec![Role::Other]).len(), 5);
    }

    #[test]
    fn full_team_misses_nothing() {
        let team =
            vec![Role::Student, Role::Teacher, Role::DistrictLeader, Role::TechnologyStaff, Role::FamilyCommunity];
        assert!(missing_stakeholders(team).is_empty());
    }

    #[test]
    fn wire_names_round_trip_and_are_frozen() {
        for role in Role::ALL {
            assert_eq!(Role::from_wire(role.as_wire()), Some(role));
        }
        // Frozen strings: changing one breaks every stored workspace.
        assert_eq!(Role::FamilyCommunity.as_wire(), "family-community");
        assert_eq!(Role::from_wire("Student"), None);
    }
}
