//! The results page's numbers: the level the team stands at for each indicator, and the
//! summaries per area and per divide, the strengths and the priorities.
//!
//! The level used for an indicator is the recorded consensus when there is one, otherwise the
//! median of the raters' current levels. With an even number of raters the median is the
//! LOWER of the two middle levels: a team that is split is not credited with the higher level.
//! Targets use the same median over the raters' targets.

use super::content::{all_indicators, Area, Divide, Indicator, Level, AREAS};
use super::Assessment;

/// Where the level used for an indicator came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Consensus,
    /// The median of this many raters' levels (1 means a single rater's level).
    Median(usize),
}

#[derive(Debug, Clone)]
pub struct Standing {
    pub indicator: &'static Indicator,
    pub area: &'static Area,
    /// `None` when nobody gave a level (unrated or "not yet known" only).
    pub level: Option<(Level, Source)>,
    pub target: Option<Level>,
}

impl Standing {
    /// Levels from current to target; `None` unless both are known.
    pub fn gap(&self) -> Option<i32> {
        match (self.level, self.target) {
            (Some((l, _)), Some(t)) => Some(t.index() as i32 - l.index() as i32),
            _ => None,
        }
    }
}

/// The lower median of `levels`, or `None` if empty.
pub fn lower_median(mut levels: Vec<Level>) -> Option<Level> {
    if levels.is_empty() {
        return None;
    }
    levels.sort();
    Some(levels[(levels.len() - 1) / 2])
}

pub fn standing(a: &Assessment, area: &'static Area, indicator: &'static Indicator) -> Standing {
    let raters = std::iter::once(&a.own).chain(a.raters.iter().map(|r| &r.ratings));
    let (mut levels, mut targets) = (Vec::new(), Vec::new());
    for ratings in raters {
        if let Some(r) = ratings.get(indicator.id) {
            levels.extend(r.level());
            targets.extend(r.target);
        }
    }
    let n = levels.len();
    let level = match a.consensus.get(indicator.id) {
        Some(c) => Some((c.level, Source::Consensus)),
        None => lower_median(levels).map(|l| (l, Source::Median(n))),
    };
    Standing { indicator, area, level, target: lower_median(targets) }
}

pub fn standings(a: &Assessment) -> Vec<Standing> {
    all_indicators().map(|(area, ind)| standing(a, area, ind)).collect()
}

/// A summary over a set of indicators (one area, or one divide).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub indicators: usize,
    /// How many indicators stand at each level, Foundational first.
    pub at_level: [usize; 4],
    /// Indicators with no level yet.
    pub no_level: usize,
    pub median: Option<Level>,
    /// Indicators whose target is above their level.
    pub below_target: usize,
    /// Mean of (target − level) in levels over indicators with both; `None` if there are none.
    pub mean_gap: Option<f64>,
}

pub fn summarize<'a>(items: impl IntoIterator<Item = &'a Standing>) -> Summary {
    let mut s = Summary { indicators: 0, at_level: [0; 4], no_level: 0, median: None, below_target: 0, mean_gap: None };
    let (mut levels, mut gaps) = (Vec::new(), Vec::new());
    for st in items {
        s.indicators += 1;
        match st.level {
            Some((l, _)) => {
                s.at_level[l.index()] += 1;
                levels.push(l);
            }
            None => s.no_level += 1,
        }
        if let Some(g) = st.gap() {
            gaps.push(g);
            if g > 0 {
                s.below_target += 1;
            }
        }
    }
    s.median = lower_median(levels);
    if !gaps.is_empty() {
        s.mean_gap = Some(gaps.iter().sum::<i32>() as f64 / gaps.len() as f64);
    }
    s
}

pub fn by_area(all: &[Standing]) -> Vec<(&'static Area, Summary)> {
    AREAS.iter().map(|area| (area, summarize(all.iter().filter(|s| s.area.id == area.id)))).collect()
}

pub fn by_divide(all: &[Standing]) -> Vec<(Divide, Summary)> {
    Divide::ALL.into_iter().map(|d| (d, summarize(all.iter().filter(|s| s.indicator.divides.contains(&d))))).collect()
}

/// The highest-standing indicators (Established or Advanced), highest first, at most `n`.
/// Ties keep the assessment's order.
pub fn strengths(all: &[Standing], n: usize) -> Vec<&Standing> {
    let mut v: Vec<&Standing> = all.iter().filter(|s| s.level.is_some_and(|(l, _)| l >= Level::Established)).collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.level.map(|(l, _)| l)));
    v.truncate(n);
    v
}

/// The indicators furthest below their target, larger gaps first and, for equal gaps, lower
/// levels first, at most `n`.
pub fn priorities(all: &[Standing], n: usize) -> Vec<&Standing> {
    let mut v: Vec<&Standing> = all.iter().filter(|s| s.gap().is_some_and(|g| g > 0)).collect();
    v.sort_by_key(|s| (std::cmp::Reverse(s.gap()), s.level.map(|(l, _)| l)));
    v.truncate(n);
    v
}

#[cfg(test)]
mod tests {
    use super::super::rating::{Current, Rating, Ratings};
    use super::super::{Consensus, ImportedRater};
    use super::*;
    use crate::team::Role;
    use Level::*;

    fn r(current: Option<Level>, target: Option<Level>) -> Rating {
        Rating { current: current.map(Current::Known), target, ..Default::default() }
    }

    fn imported(key: &str, ratings: Ratings) -> ImportedRater {
        ImportedRater {
            key: key.into(),
            name: key.into(),
            role: Role::Teacher,
            exported_at: "t".into(),
            cycle_label: "c".into(),
            ratings,
        }
    }

    fn ind(id: &str) -> (&'static Area, &'static Indicator) {
        super::super::content::indicator(id).unwrap()
    }

    #[test]
    fn lower_median_takes_the_lower_middle_for_even_counts() {
        assert_eq!(lower_median(vec![]), None);
        assert_eq!(lower_median(vec![Advanced]), Some(Advanced));
        assert_eq!(lower_median(vec![Advanced, Foundational]), Some(Foundational));
        assert_eq!(lower_median(vec![Established, Developing, Advanced]), Some(Established));
        assert_eq!(lower_median(vec![Advanced, Developing, Developing, Established]), Some(Developing));
    }

    #[test]
    fn consensus_wins_over_the_median_and_says_so() {
        let (area, indicator) = ind("who.universal-design");
        let mut a = Assessment::default();
        a.own.insert(indicator.id.into(), r(Some(Foundational), Some(Established)));
        a.merge_rater(imported("b", [(indicator.id.to_string(), r(Some(Advanced), Some(Advanced)))].into()));
        a.merge_rater(imported("c", [(indicator.id.to_string(), r(Some(Developing), None))].into()));
        let s = standing(&a, area, indicator);
        // Levels F, D, A → median D over 3 raters; targets E, A → lower median E.
        assert_eq!(s.level, Some((Developing, Source::Median(3))));
        assert_eq!(s.target, Some(Established));
        assert_eq!(s.gap(), Some(1));
        a.consensus.insert(indicator.id.into(), Consensus { level: Established, rationale: String::new() });
        let s = standing(&a, area, indicator);
        assert_eq!(s.level, Some((Established, Source::Consensus)));
        assert_eq!(s.gap(), Some(0));
    }

    #[test]
    fn not_yet_known_gives_no_level() {
        let (area, indicator) = ind("who.universal-design");
        let mut a = Assessment::default();
        a.own.insert(indicator.id.into(), Rating { current: Some(Current::NotYetKnown), ..Default::default() });
        assert_eq!(standing(&a, area, indicator).level, None);
    }

    /// Hand-worked: four standings at F, D, D, A (one without level), targets giving gaps 2, 1, 0.
    #[test]
    fn summary_counts_levels_median_and_mean_gap() {
        let (area, indicator) = ind("who.universal-design");
        let mk = |level: Option<Level>, target: Option<Level>| Standing {
            indicator,
            area,
            level: level.map(|l| (l, Source::Median(1))),
            target,
        };
        let items = [
            mk(Some(Foundational), Some(Established)), // gap 2
            mk(Some(Developing), Some(Established)),   // gap 1
            mk(Some(Developing), None),                // no gap
            mk(Some(Advanced), Some(Advanced)),        // gap 0
            mk(None, Some(Advanced)),                  // no level
        ];
        let s = summarize(&items);
        assert_eq!(s.indicators, 5);
        assert_eq!(s.at_level, [1, 2, 0, 1]);
        assert_eq!(s.no_level, 1);
        assert_eq!(s.median, Some(Developing)); // F D D A → lower middle D
        assert_eq!(s.below_target, 2);
        assert_eq!(s.mean_gap, Some(1.0)); // (2 + 1 + 0) / 3
    }

    #[test]
    fn strengths_and_priorities_are_ordered_as_documented() {
        let mut a = Assessment::default();
        let ids = ["who.universal-design", "who.cultural-linguistic", "what.student-voice", "how.active-creation"];
        let plan = [
            (Advanced, Advanced),        // strength, no gap
            (Established, Advanced),     // strength, gap 1
            (Foundational, Established), // gap 2, level F
            (Developing, Advanced),      // gap 2, level D
        ];
        for (id, (cur, tgt)) in ids.iter().zip(plan) {
            assert!(super::super::content::indicator(id).is_some(), "{id} must exist");
            a.own.insert(id.to_string(), r(Some(cur), Some(tgt)));
        }
        let all = standings(&a);
        let st: Vec<&str> = strengths(&all, 5).iter().map(|s| s.indicator.id).collect();
        assert_eq!(st, ["who.universal-design", "who.cultural-linguistic"]);
        let pr: Vec<&str> = priorities(&all, 5).iter().map(|s| s.indicator.id).collect();
        assert_eq!(pr, ["what.student-voice", "how.active-creation", "who.cultural-linguistic"]);
        assert_eq!(priorities(&all, 1).len(), 1);
    }

    #[test]
    fn area_and_divide_summaries_cover_every_indicator() {
        let all = standings(&Assessment::default());
        let areas = by_area(&all);
        assert_eq!(areas.iter().map(|(_, s)| s.indicators).sum::<usize>(), all.len());
        for (d, s) in by_divide(&all) {
            assert!(s.indicators >= 8, "{d:?}");
            assert_eq!(s.no_level, s.indicators);
        }
    }
}
