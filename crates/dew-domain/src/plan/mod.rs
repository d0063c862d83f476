//! The reflection and planning workbook: answers to the reflection prompts per self-assessment
//! area, the action plan (goals with actions, links to evidence and a success measure), and the
//! evaluation of success measures against a cycle's data.
//!
//! Invariants:
//! - blank reflection answers are not stored (setting one to blank removes it);
//! - goal and action ids are unique within a plan and below `Plan::next_id`, never reused, and
//!   kept when a plan is copied into the next cycle, so a goal can be followed over the years;
//! - dates are real calendar dates (`Date`), compared as dates, written as `YYYY-MM-DD`.
//!
//! One file per concern: `reflection` (the prompts and answers), `model` (goals, actions,
//! measures, and editing them), `form` (a measure as the page's form holds it), `filter`
//! (what is due, overdue or shown), `evaluate` (success measures against a cycle's data) and
//! `sample` (the sample district's plan). The plan reads the self-assessment and the divide
//! analysis; neither of them reads the plan.

mod evaluate;
mod filter;
mod form;
mod model;
mod reflection;
mod sample;

pub use evaluate::*;
pub use filter::*;
pub use form::*;
pub use model::*;
pub use reflection::*;
pub use sample::*;

#[cfg(test)]
mod tests;
