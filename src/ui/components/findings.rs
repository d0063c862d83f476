//! The divide analysis as pages show it: the current cycle's data and analysis as memos, and
//! each finding as a sentence. Used by the Divides, Heat maps, Divide data, Reflect, Plan,
//! Portfolio and Overview pages.

use crate::domain::divides::analysis::{Analysis, CellResult};
use crate::domain::divides::model::DivideData;
use crate::domain::divides::protect::protected;
use crate::ui::i18n as t;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// How long the data must rest before protection runs again (ms): typing a count, or clicking
/// through cells, does not wait for the privacy audit.
const PROTECT_AFTER_MS: i32 = 400;

/// The current cycle's divide data and its protected analysis (what every page shows: see
/// `domain::divides::protect`). The first analysis is protected before the page shows it;
/// after an edit, protection runs again once the data has rested, and until then the page
/// keeps showing the last protected analysis.
pub fn use_analysis(state: AppState) -> (Memo<DivideData>, Memo<Analysis>) {
    let data = Memo::new(move |_| {
        state.workspace.with(|w| w.as_ref().map(|ws| ws.current_cycle().divides.clone()).unwrap_or_default())
    });
    let shown = RwSignal::new(data.with_untracked(protected));
    let generation = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        data.track();
        if first.is_none() {
            return;
        }
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        state.checking_privacy.set(true);
        crate::browser::page::after(PROTECT_AFTER_MS, move || {
            // A later edit has its own turn: only the last one runs.
            if generation.try_get_value() == Some(mine) {
                if let Some(a) = data.try_with_untracked(protected) {
                    shown.set(a);
                }
                state.checking_privacy.set(false);
            }
        });
    });
    let analysis = Memo::new(move |_| shown.get());
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
