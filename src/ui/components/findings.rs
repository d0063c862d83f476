//! The divide analysis as pages show it: the current cycle's data and analysis as memos, and
//! each finding as a sentence. Used by the Divides, Heat maps, Divide data, Reflect, Plan,
//! Portfolio and Overview pages.

use crate::domain::divides::analysis::{analyse, Analysis, CellResult};
use crate::domain::divides::model::DivideData;
use crate::ui::i18n as t;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The current cycle's divide data and its analysis, recomputed only when the data changes.
pub fn use_analysis(state: AppState) -> (Memo<DivideData>, Memo<Analysis>) {
    let data = Memo::new(move |_| {
        state.workspace.with(|w| w.as_ref().map(|ws| ws.current_cycle().divides.clone()).unwrap_or_default())
    });
    let analysis = Memo::new(move |_| data.with(analyse));
    (data, analysis)
}

/// "English learners at Lincoln Middle", "Lincoln Middle", "English learners in the district".
pub fn who(data: &DivideData, a: &Analysis, c: &CellResult) -> String {
    let school = a.school_id(c);
    let place = match school {
        None => t::DISTRICT_WIDE.to_string(),
        Some(s) => data.school_name(s).unwrap_or(s).to_string(),
    };
    match (a.group(c), school) {
        (None, _) => place,
        (Some((d, g)), None) => t::who_group_in_district(&data.group_name(d, g)),
        (Some((d, g)), Some(_)) => t::who_group_at(&data.group_name(d, g), &place),
    }
}

/// The plain sentence for one compared cell.
pub fn sentence(data: &DivideData, a: &Analysis, c: &CellResult) -> Option<String> {
    let cmp = a.compared(c)?;
    let group_name = |g: &str| {
        let (d, g) = g.split_once(':').unwrap_or((g, ""));
        data.group_name(d, g)
    };
    let school_name = |s: &str| data.school_name(s).unwrap_or(s).to_string();
    let comparison = t::compare_name(&cmp.with, &group_name, &school_name);
    Some(t::finding_sentence(
        &who(data, a, c),
        &a.indicators[c.indicator].name,
        c.rate()?,
        cmp.gap().diff,
        cmp.gap().low,
        cmp.gap().high,
        &comparison,
    ))
}
