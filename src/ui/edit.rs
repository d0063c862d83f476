//! Small helpers that several pages share for editing the open workspace: no view of their
//! own, so they live outside `pages/` (a page never imports another page).

use crate::browser::clock;
use crate::ui::state::AppState;
use crate::ui::store;
use dew_domain::date::Date;
use dew_domain::divides::model::DivideData;
use dew_domain::plan::Plan;
use dew_domain::portfolio::Portfolio;

/// Applies `f` to the current cycle's plan; `None` when there is no workspace.
pub fn edit_plan<R>(state: AppState, f: impl FnOnce(&mut Plan) -> R) -> Option<R> {
    state.workspace.edit(store::PLAN, f)
}

/// Applies `f` to the current cycle's portfolio; `None` when there is no workspace.
pub fn edit_portfolio<R>(state: AppState, f: impl FnOnce(&mut Portfolio) -> R) -> Option<R> {
    state.workspace.edit(store::PORTFOLIO, f)
}

/// Applies `f` to the current cycle's divide data; `None` when there is no workspace.
pub fn edit_divides<R>(state: AppState, f: impl FnOnce(&mut DivideData) -> R) -> Option<R> {
    state.workspace.edit(store::DIVIDES, f)
}

/// Today's date on this device.
pub fn today() -> Date {
    Date::parse(&clock::local_date().0).unwrap_or(Date { year: 2026, month: 7, day: 1 })
}

/// An indicator id made safe for use inside element ids.
pub fn dom_id(id: &str) -> String {
    id.replace('.', "_")
}
