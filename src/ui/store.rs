//! The open workspace, told apart by part: a page reads the part of the current cycle it shows
//! (the ratings, the divide data, the plan…) and is told only when that part changes, so a
//! rating click wakes the views of the ratings and the save, not the plan's.
//!
//! Leptos's `reactive_stores` would need its derive on the domain's types, which know nothing
//! of Leptos: here the workspace is one plain value, and one trigger per part says what changed.
//! The accessors hand a reader only the part it tracks, so a view cannot read one part while
//! listening to another.

use dew_domain::assessment::Assessment;
use dew_domain::divides::model::DivideData;
use dew_domain::plan::{Plan, Reflections};
use dew_domain::portfolio::Portfolio;
use dew_domain::workspace::{Cycle, Member, Workspace};
use leptos::prelude::*;

/// One part of the current cycle, read and edited by itself.
pub struct Part<T: 'static> {
    slot: usize,
    get: fn(&Cycle) -> &T,
    get_mut: fn(&mut Cycle) -> &mut T,
}

impl<T> Clone for Part<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Part<T> {}

pub const ASSESSMENT: Part<Assessment> = Part { slot: 0, get: |c| &c.assessment, get_mut: |c| &mut c.assessment };
pub const DIVIDES: Part<DivideData> = Part { slot: 1, get: |c| &c.divides, get_mut: |c| &mut c.divides };
pub const PLAN: Part<Plan> = Part { slot: 2, get: |c| &c.plan, get_mut: |c| &mut c.plan };
pub const PORTFOLIO: Part<Portfolio> = Part { slot: 3, get: |c| &c.portfolio, get_mut: |c| &mut c.portfolio };
pub const TEAM: Part<Vec<Member>> = Part { slot: 4, get: |c| &c.team, get_mut: |c| &mut c.team };
pub const REFLECTIONS: Part<Reflections> = Part { slot: 5, get: |c| &c.reflections, get_mut: |c| &mut c.reflections };
const PARTS: usize = 6;

/// The open workspace (`None`: nothing open) and what tells its readers that it changed:
/// - each part's trigger, for an edit of that part of the current cycle;
/// - `top`, for the workspace as a whole: opened, closed, replaced, its cycles or district
///   changed, another cycle made current (every part's reader listens to it too);
/// - `replaced`, when it was replaced or the cycle switched: views that render form fields
///   once with the values of the moment render them again;
/// - `any`, for every change: the save, and views that read several parts.
#[derive(Clone, Copy)]
pub struct WorkspaceStore {
    value: StoredValue<Option<Workspace>>,
    parts: [Trigger; PARTS],
    top: Trigger,
    replaced: Trigger,
    any: Trigger,
}

impl WorkspaceStore {
    pub fn new(ws: Option<Workspace>) -> Self {
        WorkspaceStore {
            value: StoredValue::new(ws),
            parts: std::array::from_fn(|_| Trigger::new()),
            top: Trigger::new(),
            replaced: Trigger::new(),
            any: Trigger::new(),
        }
    }

    /// Reads part `p` of the current cycle; `None` when nothing is open. Tracks that part.
    pub fn read<T, R>(&self, p: Part<T>, f: impl FnOnce(&T) -> R) -> Option<R> {
        self.top.track();
        self.parts[p.slot].track();
        self.value.with_value(|w| w.as_ref().map(|ws| f((p.get)(ws.current_cycle()))))
    }

    /// Edits part `p` of the current cycle; `None` when nothing is open.
    pub fn edit<T, R>(&self, p: Part<T>, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let out =
            self.value.try_update_value(|w| w.as_mut().map(|ws| f((p.get_mut)(ws.current_cycle_mut())))).flatten();
        if out.is_some() {
            self.parts[p.slot].notify();
            self.any.notify();
        }
        out
    }

    /// Reads part `p` of every cycle (`f` is given the workspace, to read that part and the
    /// cycles' labels): tracks that part. Only the current cycle's part is edited by part; the
    /// other cycles change with the workspace as a whole, which every reader hears of.
    pub fn across_cycles<T, R>(&self, p: Part<T>, f: impl FnOnce(&Workspace) -> R) -> Option<R> {
        self.top.track();
        self.parts[p.slot].track();
        self.value.with_value(|w| w.as_ref().map(f))
    }

    /// Reads the workspace-level fields only (whether one is open, its district, its cycles'
    /// labels, which is current, whether it is the sample): tracks the workspace as a whole,
    /// not the edits of a part.
    pub fn top<R>(&self, f: impl FnOnce(&Option<Workspace>) -> R) -> R {
        self.top.track();
        self.value.with_value(f)
    }

    /// Whether a workspace is open (tracked as [`Self::top`]).
    pub fn is_open(&self) -> bool {
        self.top(Option::is_some)
    }

    /// Reads the whole workspace, tracking every change: for views that combine several parts.
    pub fn with<R>(&self, f: impl FnOnce(&Option<Workspace>) -> R) -> R {
        self.any.track();
        self.value.with_value(f)
    }

    /// Reads the whole workspace without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Option<Workspace>) -> R) -> R {
        self.value.with_value(f)
    }

    /// A copy of the whole workspace, untracked.
    pub fn get_untracked(&self) -> Option<Workspace> {
        self.value.get_value()
    }

    /// Tracks every change (the save).
    pub fn track(&self) {
        self.any.track();
    }

    /// Tracks the workspace being replaced or its cycle switched (see [`Self::replace`]).
    pub fn track_replaced(&self) {
        self.replaced.track();
    }

    /// Edits the workspace as a whole (its district, its cycles): every reader is told.
    pub fn update<R>(&self, f: impl FnOnce(&mut Option<Workspace>) -> R) -> R {
        let out = self.value.try_update_value(f).expect("the store lives as long as the app");
        self.top.notify();
        self.any.notify();
        out
    }

    /// Opens, replaces or closes the workspace. Views that render fields once render them
    /// again with the new values (`track_replaced`).
    pub fn set(&self, ws: Option<Workspace>) {
        self.value.set_value(ws);
        self.top.notify();
        self.replaced.notify();
        self.any.notify();
    }

    /// Tells the views that render fields once to render them again (the cycle shown changed).
    pub fn replace(&self) {
        self.replaced.notify();
    }
}
