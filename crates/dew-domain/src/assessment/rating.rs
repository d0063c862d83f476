//! One rater's ratings: per indicator, the current level (or "not yet known"), the target
//! level, an evidence note, and the next step sized as a hop, skip or leap.
//!
//! Ratings are keyed by indicator id. Ids the content no longer has are kept (nothing a rater
//! said is dropped) but left out of progress and results.

use super::content::{Area, Level, AREAS};
use std::collections::BTreeMap;

/// What the rater said about where the district is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Current {
    Known(Level),
    /// The team looked and does not know yet: counts as answered, not as a level.
    NotYetKnown,
}

/// The guide's sizes for the next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Hop,
    Skip,
    Leap,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Hop, Step::Skip, Step::Leap];
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rating {
    pub current: Option<Current>,
    pub target: Option<Level>,
    pub evidence: String,
    pub step: Option<Step>,
    pub step_note: String,
}

impl Rating {
    /// Answered: a current level, or an explicit "not yet known".
    pub fn is_rated(&self) -> bool {
        self.current.is_some()
    }

    pub fn level(&self) -> Option<Level> {
        match self.current {
            Some(Current::Known(l)) => Some(l),
            _ => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Rating::default()
    }
}

/// A rater's ratings, by indicator id.
pub type Ratings = BTreeMap<String, Rating>;

/// Rated indicators out of the area's indicators.
pub fn area_progress(area: &Area, ratings: &Ratings) -> (usize, usize) {
    let rated = area.indicators.iter().filter(|i| ratings.get(i.id).is_some_and(Rating::is_rated)).count();
    (rated, area.indicators.len())
}

/// Rated indicators out of all indicators.
pub fn overall_progress(ratings: &Ratings) -> (usize, usize) {
    AREAS.iter().map(|a| area_progress(a, ratings)).fold((0, 0), |(r, t), (ar, at)| (r + ar, t + at))
}

/// The first unrated indicator after `after` (in assessment order, wrapping round), or the
/// first unrated one when `after` is `None`. `None` when everything is rated.
pub fn next_unrated(ratings: &Ratings, after: Option<&str>) -> Option<&'static str> {
    let ids: Vec<&'static str> = AREAS.iter().flat_map(|a| a.indicators.iter().map(|i| i.id)).collect();
    let start = after.and_then(|id| ids.iter().position(|x| *x == id)).map_or(0, |p| p + 1);
    (0..ids.len()).map(|k| ids[(start + k) % ids.len()]).find(|id| !ratings.get(*id).is_some_and(Rating::is_rated))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::content::all_indicators;

    fn rate(ids: &[&str]) -> Ratings {
        ids.iter()
            .map(|id| {
                (id.to_string(), Rating { current: Some(Current::Known(Level::Developing)), ..Default::default() })
            })
            .collect()
    }

    #[test]
    fn not_yet_known_counts_as_rated_but_has_no_level() {
        let r = Rating { current: Some(Current::NotYetKnown), ..Default::default() };
        assert!(r.is_rated());
        assert_eq!(r.level(), None);
        let notes_only = Rating { evidence: "seen".into(), ..Default::default() };
        assert!(!notes_only.is_rated());
    }

    #[test]
    fn progress_counts_rated_indicators_per_area_and_overall() {
        let area = &AREAS[0];
        let mut ratings = rate(&[area.indicators[0].id, area.indicators[2].id, "retired.indicator"]);
        ratings.insert(area.indicators[1].id.into(), Rating { evidence: "note only".into(), ..Default::default() });
        assert_eq!(area_progress(area, &ratings), (2, area.indicators.len()));
        let total = all_indicators().count();
        assert_eq!(overall_progress(&ratings), (2, total));
    }

    #[test]
    fn next_unrated_skips_rated_and_wraps_round() {
        let ids: Vec<&str> = all_indicators().map(|(_, i)| i.id).collect();
        assert_eq!(next_unrated(&Ratings::new(), None), Some(ids[0]));
        let ratings = rate(&[ids[0], ids[1], ids[3]]);
        assert_eq!(next_unrated(&ratings, None), Some(ids[2]));
        assert_eq!(next_unrated(&ratings, Some(ids[2])), Some(ids[4]));
        let last = *ids.last().unwrap();
        assert_eq!(next_unrated(&ratings, Some(last)), Some(ids[2]));
        let all = rate(&ids);
        assert_eq!(next_unrated(&all, None), None);
    }
}
