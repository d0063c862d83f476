//! The one flow every file import follows (divide data, inventory and usage CSVs, backups):
//! pick a file, read it (in slices, with progress, where it is long), then either name its
//! problems or preview what it would change; apply the preview, and undo it while the message
//! stands.
//!
//! The flow is a state machine over [`Step`], with a ticket per pick: a read still running for
//! an earlier pick, or for an import that was cancelled, can no longer change what is shown.
//! The pages draw the step; `ui::flows` runs the reading. A leaf: it imports nothing from the
//! crate.

/// An importer that reads a text a few records at a time, so the page can paint and answer
/// between slices (`AggregateReader`, `InventoryReader`, `UsageReader`).
pub trait SliceReader {
    /// Reads up to `records` more records; true once the whole text is read.
    fn step(&mut self, records: usize) -> bool;
    /// How far the read is, 0 to 1, for a text of `total_bytes`.
    fn progress(&self, total_bytes: usize) -> f64;
}

/// What a read found wrong: the problems listed (each naming its row and column), and how many
/// more were found and not listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    pub listed: Vec<String>,
    pub more: usize,
}

impl Problems {
    /// One problem that stopped the read (the file could not be read, or its header is wrong).
    pub fn one(problem: String) -> Problems {
        Problems { listed: vec![problem], more: 0 }
    }

    pub fn total(&self) -> usize {
        self.listed.len() + self.more
    }
}

/// Where an import stands. `P` is what a clean read offers to apply; `U` what applying it
/// leaves to undo.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<P, U> {
    Idle,
    /// Reading the file: its name and how far, 0 to 1.
    Reading {
        file: String,
        progress: f64,
    },
    Failed {
        file: String,
        problems: Problems,
    },
    Ready {
        file: String,
        preview: P,
    },
    /// Applied (or undone): the message, and what undoing it needs while it can be undone.
    Done {
        message: String,
        undo: Option<U>,
    },
}

/// Which pick a read belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

/// One page's import: its step, and which pick is the latest.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFlow<P, U> {
    step: Step<P, U>,
    latest: u64,
}

impl<P, U> Default for ImportFlow<P, U> {
    fn default() -> Self {
        ImportFlow { step: Step::Idle, latest: 0 }
    }
}

impl<P, U> ImportFlow<P, U> {
    pub fn step(&self) -> &Step<P, U> {
        &self.step
    }

    /// A file was picked: it is being read, and any earlier read is stale from now on.
    pub fn pick(&mut self, file: &str) -> Ticket {
        self.latest += 1;
        self.step = Step::Reading { file: file.to_string(), progress: 0.0 };
        Ticket(self.latest)
    }

    /// Whether a read may still change the flow: its pick is the latest, and it was not
    /// cancelled.
    pub fn is_current(&self, ticket: Ticket) -> bool {
        ticket.0 == self.latest && matches!(self.step, Step::Reading { .. })
    }

    /// A read's progress, 0 to 1 (ignored when the read is stale).
    pub fn progress(&mut self, ticket: Ticket, done: f64) {
        if self.is_current(ticket) {
            if let Step::Reading { progress, .. } = &mut self.step {
                *progress = done.clamp(0.0, 1.0);
            }
        }
    }

    /// A read's outcome: the preview of a clean file, or its problems (ignored when stale).
    pub fn read(&mut self, ticket: Ticket, outcome: Result<P, Problems>) {
        if !self.is_current(ticket) {
            return;
        }
        let Step::Reading { file, .. } = std::mem::replace(&mut self.step, Step::Idle) else { return };
        self.step = match outcome {
            Ok(preview) => Step::Ready { file, preview },
            Err(problems) => Step::Failed { file, problems },
        };
    }

    /// Back to the start: a preview is dropped, a running read stops changing anything.
    pub fn cancel(&mut self) {
        self.latest += 1;
        self.step = Step::Idle;
    }

    /// The preview to apply, taken out of the flow (`None` unless a preview is ready). Follow
    /// with [`applied`](Self::applied), or [`offer`](Self::offer) to put it back.
    pub fn take_preview(&mut self) -> Option<(String, P)> {
        match std::mem::replace(&mut self.step, Step::Idle) {
            Step::Ready { file, preview } => Some((file, preview)),
            other => {
                self.step = other;
                None
            }
        }
    }

    /// Puts back a preview that was not applied (nothing changed).
    pub fn offer(&mut self, file: String, preview: P) {
        self.step = Step::Ready { file, preview };
    }

    /// The preview was applied: says so, with what undoing it needs (`None`: it cannot be undone).
    pub fn applied(&mut self, message: String, undo: Option<U>) {
        self.step = Step::Done { message, undo };
    }

    /// What undoing the last import needs, taken out of the flow, which then says `message`.
    /// `None` when there is nothing to undo (and the flow is left as it was).
    pub fn undo(&mut self, message: &str) -> Option<U> {
        match &mut self.step {
            Step::Done { undo, .. } if undo.is_some() => {
                let u = undo.take();
                self.step = Step::Done { message: message.to_string(), undo: None };
                u
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Flow = ImportFlow<&'static str, u32>;

    #[test]
    fn a_clean_read_is_previewed_applied_and_undone_once() {
        let mut f = Flow::default();
        let t = f.pick("a.csv");
        f.progress(t, 0.5);
        assert_eq!(f.step(), &Step::Reading { file: "a.csv".into(), progress: 0.5 });
        f.read(t, Ok("3 rows"));
        assert_eq!(f.step(), &Step::Ready { file: "a.csv".into(), preview: "3 rows" });
        let (file, p) = f.take_preview().unwrap();
        assert_eq!((file.as_str(), p), ("a.csv", "3 rows"));
        f.applied("3 rows added".into(), Some(7));
        assert_eq!(f.undo("undone"), Some(7));
        assert_eq!(f.step(), &Step::Done { message: "undone".into(), undo: None });
        assert_eq!(f.undo("undone again"), None, "an undo is used once");
        assert_eq!(f.step(), &Step::Done { message: "undone".into(), undo: None });
    }

    #[test]
    fn problems_are_kept_with_the_file_name() {
        let mut f = Flow::default();
        let t = f.pick("bad.csv");
        f.read(t, Err(Problems { listed: vec!["row 2, column `n`: not a number".into()], more: 4 }));
        match f.step() {
            Step::Failed { file, problems } => {
                assert_eq!(file, "bad.csv");
                assert_eq!(problems.total(), 5);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(f.take_preview(), None, "nothing to apply from a failed read");
        assert!(matches!(f.step(), Step::Failed { .. }), "and the problems stay shown");
    }

    #[test]
    fn a_read_for_an_earlier_pick_changes_nothing() {
        let mut f = Flow::default();
        let first = f.pick("old.csv");
        let second = f.pick("new.csv");
        assert!(!f.is_current(first));
        f.progress(first, 0.9);
        f.read(first, Ok("old"));
        assert_eq!(f.step(), &Step::Reading { file: "new.csv".into(), progress: 0.0 });
        f.read(second, Ok("new"));
        assert_eq!(f.step(), &Step::Ready { file: "new.csv".into(), preview: "new" });
        // A late outcome for the second pick, once it is no longer reading, is ignored too.
        f.read(second, Err(Problems::one("late".into())));
        assert_eq!(f.step(), &Step::Ready { file: "new.csv".into(), preview: "new" });
    }

    #[test]
    fn cancelling_stops_a_running_read_and_drops_a_preview() {
        let mut f = Flow::default();
        let t = f.pick("a.csv");
        f.cancel();
        assert!(!f.is_current(t));
        f.read(t, Ok("late"));
        assert_eq!(f.step(), &Step::Idle);
        let t = f.pick("b.csv");
        f.read(t, Ok("b"));
        f.cancel();
        assert_eq!(f.step(), &Step::Idle);
        assert_eq!(f.take_preview(), None);
    }

    #[test]
    fn a_preview_not_applied_can_be_offered_again() {
        let mut f = Flow::default();
        let t = f.pick("a.csv");
        f.read(t, Ok("p"));
        let (file, p) = f.take_preview().unwrap();
        f.offer(file, p);
        assert_eq!(f.step(), &Step::Ready { file: "a.csv".into(), preview: "p" });
    }
}
