//! Answers to the reflection prompts, per self-assessment area.

use std::collections::BTreeMap;

/// The reflection prompts asked for every self-assessment area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Prompt {
    /// Where are we now?
    Now,
    /// Where do we want to go?
    Vision,
    /// What would a hop, a skip and a leap look like?
    Steps,
    /// Who is not benefiting from our current technology?
    NotBenefiting,
    /// What no longer serves a purpose and should be retired?
    Retire,
}

impl Prompt {
    pub const ALL: [Prompt; 5] = [Prompt::Now, Prompt::Vision, Prompt::Steps, Prompt::NotBenefiting, Prompt::Retire];

    /// Frozen wire names.
    pub fn as_wire(self) -> &'static str {
        match self {
            Prompt::Now => "now",
            Prompt::Vision => "vision",
            Prompt::Steps => "hop-skip-leap",
            Prompt::NotBenefiting => "not-benefiting",
            Prompt::Retire => "retire",
        }
    }

    pub fn from_wire(s: &str) -> Option<Prompt> {
        Prompt::ALL.into_iter().find(|p| p.as_wire() == s)
    }
}

/// Answers per area id, per prompt.
pub type Reflections = BTreeMap<String, BTreeMap<Prompt, String>>;

/// Records an answer; a blank one removes the entry (and the area when it has no answers left).
pub fn set_reflection(r: &mut Reflections, area: &str, prompt: Prompt, text: &str) {
    if text.trim().is_empty() {
        if let Some(a) = r.get_mut(area) {
            a.remove(&prompt);
            if a.is_empty() {
                r.remove(area);
            }
        }
    } else {
        r.entry(area.to_string()).or_default().insert(prompt, text.to_string());
    }
}

/// How many of an area's prompts have an answer.
pub fn answered(r: &Reflections, area: &str) -> usize {
    r.get(area).map_or(0, BTreeMap::len)
}
