//! The self-assessment (PRODUCT.md §2): the content (areas, indicators, level descriptors),
//! ratings by this device's rater and by raters imported from rater files, the consensus the
//! team records, and the summaries of the results page.
//!
//! Invariants:
//! - imported raters are kept sorted by key, one entry per key, so the state after importing a
//!   set of rater files does not depend on the order they were imported in;
//! - recording consensus never changes any rater's ratings.

pub mod content;
pub mod content_es;
pub mod rater_file;
pub mod rating;
pub mod results;
pub mod sample;
pub mod wire;

use crate::team::Role;
use content::Level;
use rating::Ratings;
use std::collections::BTreeMap;

/// A rater whose ratings came from a rater file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ImportedRater {
    /// The rater's device key: the same person re-exporting keeps the same key.
    pub key: String,
    pub name: String,
    pub role: Role,
    /// When the file was exported (ISO 8601, UTC), to tell a newer file from an older one.
    pub exported_at: String,
    /// The cycle label the rater rated, kept when it differs from the cycle imported into.
    pub cycle_label: String,
    pub ratings: Ratings,
}

/// The level the team agreed on for one indicator, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consensus {
    pub level: Level,
    pub rationale: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    /// The ratings made on this device.
    pub own: Ratings,
    pub raters: Vec<ImportedRater>,
    /// Agreed levels by indicator id.
    pub consensus: BTreeMap<String, Consensus>,
}

/// What importing one rater file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    Added,
    /// The file was newer than the one held for the same rater and replaced it.
    Replaced,
    /// The same rater's held file is newer (or identical): nothing changed.
    KeptNewer,
}

impl Assessment {
    /// Adds or updates one rater. For the same key, the file exported last wins; an exact tie
    /// is broken by comparing the whole entry, so the outcome never depends on import order.
    pub fn merge_rater(&mut self, incoming: ImportedRater) -> Merge {
        match self.raters.binary_search_by(|r| r.key.cmp(&incoming.key)) {
            Ok(i) => {
                let held = &self.raters[i];
                let newer = (&incoming.exported_at, &incoming) > (&held.exported_at, held);
                if newer {
                    self.raters[i] = incoming;
                    Merge::Replaced
                } else {
                    Merge::KeptNewer
                }
            }
            Err(i) => {
                self.raters.insert(i, incoming);
                Merge::Added
            }
        }
    }

    /// Removes an imported rater (the UI asks first and offers undo).
    pub fn remove_rater(&mut self, key: &str) -> Option<ImportedRater> {
        let i = self.raters.iter().position(|r| r.key == key)?;
        Some(self.raters.remove(i))
    }

    /// Every rater's current level for one indicator: (who, level or None when unrated or not
    /// yet known). This device's rater comes first, as `None` for the name.
    pub fn levels_for(&self, indicator: &str) -> Vec<(Option<&ImportedRater>, Option<Level>)> {
        let mut out = Vec::with_capacity(self.raters.len() + 1);
        if self.own.get(indicator).is_some_and(rating::Rating::is_rated) {
            out.push((None, self.own.get(indicator).and_then(rating::Rating::level)));
        }
        for r in &self.raters {
            if let Some(rt) = r.ratings.get(indicator).filter(|rt| rt.is_rated()) {
                out.push((Some(r), rt.level()));
            }
        }
        out
    }

    pub fn set_consensus(&mut self, indicator: &str, level: Level, rationale: &str) {
        self.consensus.insert(indicator.to_string(), Consensus { level, rationale: rationale.trim().to_string() });
    }

    pub fn clear_consensus(&mut self, indicator: &str) -> Option<Consensus> {
        self.consensus.remove(indicator)
    }
}

impl Assessment {
    /// Indicators where the raters are two or more levels apart and no agreement is recorded.
    pub fn open_disagreements(&self) -> usize {
        content::all_indicators()
            .filter(|(_, i)| !self.consensus.contains_key(i.id))
            .filter(|(_, i)| spread(self.levels_for(i.id).into_iter().filter_map(|(_, l)| l)).is_some_and(|s| s.2))
            .count()
    }
}

/// Lowest and highest level among `levels`, and whether they are two or more levels apart.
pub fn spread(levels: impl IntoIterator<Item = Level>) -> Option<(Level, Level, bool)> {
    let mut it = levels.into_iter();
    let first = it.next()?;
    let (lo, hi) = it.fold((first, first), |(lo, hi), l| (lo.min(l), hi.max(l)));
    Some((lo, hi, hi.index() - lo.index() >= 2))
}

#[cfg(test)]
mod tests {
    use super::rating::{Current, Rating};
    use super::*;

    fn rater(key: &str, at: &str, level: Level) -> ImportedRater {
        let mut ratings = Ratings::new();
        ratings.insert(
            "who.universal-design".into(),
            Rating { current: Some(Current::Known(level)), ..Default::default() },
        );
        ImportedRater {
            key: key.into(),
            name: format!("Rater {key}"),
            role: Role::Teacher,
            exported_at: at.into(),
            cycle_label: "2026–27".into(),
            ratings,
        }
    }

    #[test]
    fn newer_file_replaces_older_and_older_never_replaces_newer() {
        let mut a = Assessment::default();
        assert_eq!(a.merge_rater(rater("k1", "2026-10-01T00:00:00Z", Level::Developing)), Merge::Added);
        assert_eq!(a.merge_rater(rater("k1", "2026-10-02T00:00:00Z", Level::Advanced)), Merge::Replaced);
        assert_eq!(a.merge_rater(rater("k1", "2026-09-30T00:00:00Z", Level::Foundational)), Merge::KeptNewer);
        assert_eq!(a.raters.len(), 1);
        assert_eq!(a.raters[0].ratings["who.universal-design"].level(), Some(Level::Advanced));
        assert_eq!(a.merge_rater(rater("k1", "2026-10-02T00:00:00Z", Level::Advanced)), Merge::KeptNewer);
    }

    #[test]
    fn raters_stay_sorted_by_key() {
        let mut a = Assessment::default();
        for k in ["m", "b", "z", "a"] {
            a.merge_rater(rater(k, "t", Level::Developing));
        }
        let keys: Vec<&str> = a.raters.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["a", "b", "m", "z"]);
    }

    #[test]
    fn spread_flags_two_levels_or_more() {
        use Level::*;
        assert_eq!(spread([Developing, Established]), Some((Developing, Established, false)));
        assert_eq!(spread([Foundational, Established, Developing]), Some((Foundational, Established, true)));
        assert_eq!(spread([Advanced]), Some((Advanced, Advanced, false)));
        assert_eq!(spread(Vec::new()), None);
    }

    #[test]
    fn consensus_leaves_every_rating_untouched() {
        let mut a = Assessment::default();
        a.merge_rater(rater("k1", "t", Level::Foundational));
        a.merge_rater(rater("k2", "t", Level::Advanced));
        let before = a.raters.clone();
        a.set_consensus("who.universal-design", Level::Developing, "  Agreed after looking at unit plans. ");
        assert_eq!(a.raters, before);
        assert_eq!(a.consensus["who.universal-design"].rationale, "Agreed after looking at unit plans.");
        let levels: Vec<_> = a.levels_for("who.universal-design").into_iter().map(|(_, l)| l).collect();
        assert_eq!(levels, vec![Some(Level::Foundational), Some(Level::Advanced)]);
        // Foundational against Advanced is a disagreement, but it now has an agreed level.
        assert_eq!(a.open_disagreements(), 0);
        a.clear_consensus("who.universal-design");
        assert_eq!(a.open_disagreements(), 1);
        a.set_consensus("who.universal-design", Level::Developing, "");
        assert!(a.clear_consensus("who.universal-design").is_some());
    }
}
