//! Where a row-level survey import stands, from picking the file to applying its counts: the
//! state machine the survey page draws and `ui::flows::count_survey` drives.
//!
//! Counting can be cancelled at any time; a cancel asked for while counting is honoured at the
//! next piece of the file, and a count that finishes after it is thrown away, never offered.

use super::count::Summary;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveyStep {
    Idle,
    /// Reading the head of the file for the preview.
    Reading,
    /// The file could not be read: what to say.
    Failed(String),
    /// The preview is shown and the columns and answers are being mapped.
    Mapping,
    /// Counting the whole file (how far is the page's to show).
    Counting,
    Counted(Box<Summary>),
    Cancelled,
    /// The counts were applied: what to say.
    Applied(String),
}

/// One survey import: its step, and whether a cancel was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyFlow {
    step: SurveyStep,
    cancel_asked: bool,
}

impl Default for SurveyFlow {
    fn default() -> Self {
        SurveyFlow { step: SurveyStep::Idle, cancel_asked: false }
    }
}

impl SurveyFlow {
    pub fn step(&self) -> &SurveyStep {
        &self.step
    }

    /// While counting, another file cannot be picked.
    pub fn is_counting(&self) -> bool {
        self.step == SurveyStep::Counting
    }

    /// A file was picked (not while counting): its head is being read.
    pub fn open(&mut self) -> bool {
        if self.is_counting() {
            return false;
        }
        self.step = SurveyStep::Reading;
        true
    }

    /// The file could not be read, or not as a table.
    pub fn failed(&mut self, message: String) {
        self.step = SurveyStep::Failed(message);
        self.cancel_asked = false;
    }

    /// The preview is ready (or was made again with another delimiter or encoding).
    pub fn previewed(&mut self) {
        if matches!(self.step, SurveyStep::Reading | SurveyStep::Mapping) {
            self.step = SurveyStep::Mapping;
        }
    }

    /// Counting starts (only from the mapping; false otherwise).
    pub fn start_counting(&mut self) -> bool {
        if self.step != SurveyStep::Mapping {
            return false;
        }
        self.step = SurveyStep::Counting;
        self.cancel_asked = false;
        true
    }

    /// Cancel was pressed: counting stops at the next piece of the file.
    pub fn ask_cancel(&mut self) {
        if self.is_counting() {
            self.cancel_asked = true;
        }
    }

    /// Whether the count should stop now (a cancel was asked for, or counting is over).
    pub fn should_stop(&self) -> bool {
        self.cancel_asked || !self.is_counting()
    }

    /// The count stopped because it was cancelled.
    pub fn cancelled(&mut self) {
        if self.is_counting() {
            self.step = SurveyStep::Cancelled;
        }
        self.cancel_asked = false;
    }

    /// The whole file is counted: its summary is offered, unless a cancel came first.
    pub fn counted(&mut self, summary: Summary) {
        if !self.is_counting() {
            return;
        }
        self.step = if self.cancel_asked { SurveyStep::Cancelled } else { SurveyStep::Counted(Box::new(summary)) };
        self.cancel_asked = false;
    }

    /// "Back to the mapping" from the counts (which are dropped).
    pub fn back(&mut self) {
        if matches!(self.step, SurveyStep::Counted(_)) {
            self.step = SurveyStep::Mapping;
        }
    }

    /// The counts were applied (only from the counts; false otherwise).
    pub fn applied(&mut self, message: String) -> bool {
        if !matches!(self.step, SurveyStep::Counted(_)) {
            return false;
        }
        self.step = SurveyStep::Applied(message);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(rows: u64) -> Summary {
        Summary { rows, ..Summary::default() }
    }

    #[test]
    fn a_file_is_read_mapped_counted_and_applied() {
        let mut f = SurveyFlow::default();
        assert!(f.open());
        assert_eq!(f.step(), &SurveyStep::Reading);
        f.previewed();
        assert_eq!(f.step(), &SurveyStep::Mapping);
        assert!(f.start_counting());
        assert!(f.is_counting() && !f.should_stop());
        f.counted(summary(12));
        assert_eq!(f.step(), &SurveyStep::Counted(Box::new(summary(12))));
        assert!(f.applied("12 rows".into()));
        assert_eq!(f.step(), &SurveyStep::Applied("12 rows".into()));
        assert!(!f.applied("again".into()), "counts are applied once");
    }

    #[test]
    fn a_cancel_stops_the_count_and_its_late_result_is_not_offered() {
        let mut f = SurveyFlow::default();
        f.open();
        f.previewed();
        f.start_counting();
        f.ask_cancel();
        assert!(f.should_stop());
        // The count had finished its last piece before it looked: still cancelled.
        f.counted(summary(5));
        assert_eq!(f.step(), &SurveyStep::Cancelled);
        // A new count starts without the old cancel.
        f.open();
        f.previewed();
        f.start_counting();
        assert!(!f.should_stop());
        f.cancelled();
        assert_eq!(f.step(), &SurveyStep::Cancelled);
    }

    #[test]
    fn no_other_file_while_counting_and_steps_only_from_where_they_belong() {
        let mut f = SurveyFlow::default();
        assert!(!f.start_counting(), "nothing to count yet");
        f.previewed();
        assert_eq!(f.step(), &SurveyStep::Idle, "no preview without a file");
        f.open();
        f.previewed();
        f.start_counting();
        assert!(!f.open(), "the file input is disabled while counting");
        assert_eq!(f.step(), &SurveyStep::Counting);
        f.ask_cancel();
        f.cancelled();
        f.back();
        assert_eq!(f.step(), &SurveyStep::Cancelled, "back only from the counts");
        f.open();
        f.previewed();
        f.start_counting();
        f.counted(summary(1));
        f.back();
        assert_eq!(f.step(), &SurveyStep::Mapping);
        f.failed("unreadable".into());
        assert_eq!(f.step(), &SurveyStep::Failed("unreadable".into()));
    }
}
