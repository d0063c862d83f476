//! The sample district's self-assessment: this device's ratings on most indicators, three
//! fictional raters who disagree on a few, and consensus recorded on some of those, so the
//! consensus and results pages show something meaningful on first open.

use super::content::{all_indicators, Level};
use super::rating::{Current, Rating, Ratings, Step};
use super::{Assessment, ImportedRater};
use crate::team::Role;

/// A level from a small integer (clamped), for compact tables below.
fn lv(i: i32) -> Level {
    Level::from_index(i.clamp(0, 3) as usize).unwrap_or(Level::Foundational)
}

fn rating(level: i32, target: i32) -> Rating {
    Rating { current: Some(Current::Known(lv(level))), target: Some(lv(target)), ..Default::default() }
}

pub fn assessment() -> Assessment {
    let ids: Vec<&'static str> = all_indicators().map(|(_, i)| i.id).collect();
    // A district that is stronger on infrastructure than on classroom design: a base level per
    // indicator, from a fixed, uneven pattern.
    let base = |k: usize| -> i32 { [1, 0, 1, 2, 1, 1, 0, 2, 3, 1, 2, 1][k % 12] };
    let mut own = Ratings::new();
    for (k, id) in ids.iter().enumerate().take(ids.len() - 6) {
        let mut r = rating(base(k), base(k) + 1 + (k % 2) as i32);
        if k % 7 == 3 {
            r.evidence = "Reviewed the device inventory and the spring family survey.".into();
            r.step = Some(Step::Skip);
            r.step_note = "Agree one district-wide checklist and train each school's lead.".into();
        }
        if k % 11 == 5 {
            r = Rating { current: Some(Current::NotYetKnown), target: Some(lv(2)), ..Default::default() };
        }
        own.insert(id.to_string(), r);
    }
    // Three raters: mostly within one level of the base; a few indicators two or more apart.
    let raters = [
        ("sample-rater-rivera", "Ms. Rivera", Role::Teacher, [0, 1, 0, 1]),
        ("sample-rater-osei", "Mr. Osei", Role::TechnologyStaff, [1, 0, 1, 1]),
        ("sample-rater-council", "Student council representative", Role::Student, [0, -1, 0, 0]),
    ];
    let disputed = [1usize, 4, 9, 14, 22];
    let mut a = Assessment { own, ..Default::default() };
    for (n, (key, name, role, shifts)) in raters.into_iter().enumerate() {
        let mut ratings = Ratings::new();
        for (k, id) in ids.iter().enumerate().take(ids.len() - 4) {
            let mut level = base(k) + shifts[k % 4];
            if disputed.contains(&k) {
                level = [0, 3, 1][n];
            }
            ratings.insert(id.to_string(), rating(level, level + 1));
        }
        a.merge_rater(ImportedRater {
            key: key.into(),
            name: name.into(),
            role,
            exported_at: format!("2026-10-0{}T15:30:00Z", n + 1),
            cycle_label: "2026–27".into(),
            ratings,
        });
    }
    a.set_consensus(ids[1], Level::Developing, "Two schools show it; the rest do not yet. We agreed on Developing.");
    a.set_consensus(
        ids[9],
        Level::Developing,
        "The student view was decisive: the tools are not used that way in class.",
    );
    a
}

/// The sample district's previous year: the facilitator's own ratings only, most of them one
/// level lower than this year, so the progress page has a change to show.
pub fn earlier_assessment() -> Assessment {
    let mut own = assessment().own;
    for r in own.values_mut() {
        if let Some(Current::Known(l)) = r.current {
            r.current = Some(Current::Known(Level::from_index(l.index().saturating_sub(1)).unwrap_or(l)));
        }
        r.evidence.clear();
        r.step = None;
        r.step_note.clear();
    }
    Assessment { own, ..Default::default() }
}

#[cfg(test)]
mod tests {
    use super::super::spread;
    use super::*;

    #[test]
    fn sample_has_disagreements_some_resolved_some_open() {
        let a = assessment();
        assert_eq!(a.raters.len(), 3);
        let ids: Vec<&str> = all_indicators().map(|(_, i)| i.id).collect();
        let disagreeing: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| spread(a.levels_for(id).into_iter().filter_map(|(_, l)| l)).is_some_and(|(_, _, flag)| flag))
            .collect();
        assert!(disagreeing.len() >= 4, "{disagreeing:?}");
        let resolved = disagreeing.iter().filter(|id| a.consensus.contains_key(**id)).count();
        assert!(resolved >= 1 && resolved < disagreeing.len());
        let (rated, total) = super::super::rating::overall_progress(&a.own);
        assert!(rated > total / 2 && rated < total);
    }
}
