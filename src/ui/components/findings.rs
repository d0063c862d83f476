//! The divide analysis as pages show it: the current cycle's data and analysis as memos, every
//! cycle's analysis for the pages that compare years, and each finding as a sentence. Used by
//! the Divides, Heat maps, Divide data, Reflect, Plan, Progress, Report, Portfolio and Overview
//! pages.

use crate::ui::i18n as t;
use crate::ui::state::AppState;
use crate::ui::store::DIVIDES;
use dew_domain::divides::analysis::{Analysis, CellResult, CompareWith};
use dew_domain::divides::findings::students_affected;
use dew_domain::divides::model::DivideData;
use dew_domain::divides::protect::protected;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::VecDeque;

/// How long the data must rest before protection runs again (ms): typing a count, or clicking
/// through cells, does not wait for the privacy audit.
const PROTECT_AFTER_MS: i32 = 400;

/// How many protected views the tab keeps: every cycle of the large district (5), and a few
/// more for the edits in between.
const KEEP: usize = 8;

thread_local! {
    /// Protected views already made in this tab, the most recently used first. Protection and
    /// its audit take up to a second for a large district, and a view depends only on its
    /// data, so opening a page again, or another cycle's data staying as it was, does not pay
    /// for it twice.
    static PROTECTED: RefCell<VecDeque<(DivideData, Analysis)>> = const { RefCell::new(VecDeque::new()) };
}

/// The protected view of `data` made earlier in this tab, if there is one.
fn kept(data: &DivideData) -> Option<Analysis> {
    PROTECTED.with(|kept| {
        let mut kept = kept.borrow_mut();
        let at = kept.iter().position(|(d, _)| d == data)?;
        let entry = kept.remove(at)?;
        let a = entry.1.clone();
        kept.push_front(entry);
        Some(a)
    })
}

/// `protected(data)`, made once per distinct data in this tab.
pub fn protected_view(data: &DivideData) -> Analysis {
    if let Some(a) = kept(data) {
        return a;
    }
    let a = protected(data);
    PROTECTED.with(|kept| {
        let mut kept = kept.borrow_mut();
        kept.push_front((data.clone(), a.clone()));
        kept.truncate(KEEP);
    });
    a
}

/// The current cycle's protected analysis, one for the app, provided as context on the app's
/// owner the first time a page asks ([`use_analysis`]).
#[derive(Clone, Copy)]
struct SharedAnalysis {
    analysis: RwSignal<Analysis>,
    /// What pages read: told only when the analysis shown changes.
    memo: Memo<Analysis>,
    /// Whether `analysis` is the protected view of the data as they are now.
    fresh: StoredValue<bool>,
    /// How many pages show it now: with none, an edit (on the Divide data page) waits to be
    /// protected until a page that shows findings opens.
    shown_on: StoredValue<u32>,
}

impl SharedAnalysis {
    fn new(state: AppState) -> SharedAnalysis {
        let data = state.sections().divides;
        let analysis = RwSignal::new(data.with_untracked(protected_view));
        let shared = SharedAnalysis {
            analysis,
            memo: Memo::new(move |_| analysis.get()),
            fresh: StoredValue::new(true),
            shown_on: StoredValue::new(0),
        };
        let generation = StoredValue::new(0u64);
        Effect::new(move |first: Option<()>| {
            data.track();
            if first.is_none() {
                return;
            }
            shared.fresh.set_value(false);
            if shared.shown_on.get_value() == 0 {
                return;
            }
            let mine = generation.get_value() + 1;
            generation.set_value(mine);
            state.checking_privacy.set(true);
            crate::browser::page::after(PROTECT_AFTER_MS, move || {
                // A later edit has its own turn: only the last one runs.
                if generation.try_get_value() == Some(mine) {
                    shared.refresh(data);
                    state.checking_privacy.set(false);
                }
            });
        });
        shared
    }

    fn refresh(self, data: Memo<DivideData>) {
        if let Some(a) = data.try_with_untracked(protected_view) {
            self.fresh.set_value(true);
            self.analysis.set(a);
        }
    }
}

/// The current cycle's divide data and its protected analysis (what every page shows: see
/// `domain::divides::protect`), one memo for the whole app. The analysis is protected before
/// a page shows it; after an edit, protection runs again once the data has rested, and until
/// then the page keeps showing the last protected analysis.
pub fn use_analysis(state: AppState) -> (Memo<DivideData>, Memo<Analysis>) {
    let data = state.sections().divides;
    let shared = use_context::<SharedAnalysis>().unwrap_or_else(|| {
        state.under_app(|| {
            let s = SharedAnalysis::new(state);
            provide_context(s);
            s
        })
    });
    shared.shown_on.update_value(|n| *n += 1);
    on_cleanup(move || shared.shown_on.update_value(|n| *n = n.saturating_sub(1)));
    if !shared.fresh.get_value() {
        // Edited where no finding was shown: protected now, before the page shows it.
        shared.refresh(data);
        state.checking_privacy.set(false);
    }
    (data, shared.memo)
}

/// Every cycle's protected analysis, in the workspace's order, for the pages that compare
/// cycles (Progress, Report). `None` until each has been protected: views made earlier in the
/// tab come at once, and the others are made one cycle per task, so the page shows "Checking
/// privacy…" and still answers between them rather than freezing for all of them at once.
pub fn use_cycle_analyses(state: AppState) -> RwSignal<Option<Vec<Analysis>>> {
    let all = Memo::new(move |_| {
        state
            .workspace
            .across_cycles(DIVIDES, |ws| ws.cycles.iter().map(|c| c.divides.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let every_kept = |all: &Vec<DivideData>| all.iter().map(kept).collect::<Option<Vec<_>>>();
    let shown = RwSignal::new(all.with_untracked(every_kept));
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        let datas = all.get();
        if let Some(done) = every_kept(&datas) {
            shown.set(Some(done));
            state.checking_privacy.set(false);
            return;
        }
        shown.set(None);
        state.checking_privacy.set(true);
        protect_in_turn(Turn { datas, done: Vec::new(), mine, generation, shown, state });
    });
    shown
}

/// "Checking privacy…" while a page's figures wait for protection, announced to screen
/// readers; empty otherwise.
#[component]
pub fn PrivacyStatus() -> impl IntoView {
    let state = crate::ui::state::expect_state();
    view! {
        <p class="hint" role="status" id="privacy-status">
            {move || state.checking_privacy.get().then_some(t::checking_privacy())}
        </p>
    }
}

/// Where `use_cycle_analyses` stands: the cycles' data, the views made so far, and which
/// request this is (a newer one stops it).
struct Turn {
    datas: Vec<DivideData>,
    done: Vec<Analysis>,
    mine: u64,
    generation: StoredValue<u64>,
    shown: RwSignal<Option<Vec<Analysis>>>,
    state: AppState,
}

/// Protects the next cycle in a task of its own, then queues the one after.
fn protect_in_turn(mut turn: Turn) {
    crate::browser::page::after(0, move || {
        if turn.generation.try_get_value() != Some(turn.mine) {
            return;
        }
        let next = turn.done.len();
        turn.done.push(protected_view(&turn.datas[next]));
        if turn.done.len() < turn.datas.len() {
            return protect_in_turn(turn);
        }
        turn.shown.set(Some(turn.done));
        turn.state.checking_privacy.set(false);
    });
}

/// "English learners at Lincoln Middle", "Lincoln Middle", "English learners in the district".
pub fn who(data: &DivideData, a: &Analysis, c: &CellResult) -> String {
    let school = a.school_id(c);
    let place = match school {
        None => t::district_wide().to_string(),
        Some(s) => data.school_name(s).unwrap_or(s).to_string(),
    };
    match (a.group(c), school) {
        (None, _) => place,
        (Some((d, g)), None) => t::who_group_in_district(&t::group_label(data, d, g)),
        (Some((d, g)), Some(_)) => t::who_group_at(&t::group_label(data, d, g), &place),
    }
}

/// What a cell is compared with, in words, with the district's own group and school names.
pub fn comparison_name(data: &DivideData, with: &CompareWith) -> String {
    let group_name = |g: &str| {
        let (d, g) = g.split_once(':').unwrap_or((g, ""));
        t::group_label(data, d, g)
    };
    let school_name = |s: &str| data.school_name(s).unwrap_or(s).to_string();
    t::compare_name(with, &group_name, &school_name)
}

/// The plain sentence for one compared cell.
pub fn sentence(data: &DivideData, a: &Analysis, c: &CellResult) -> Option<String> {
    let cmp = a.compared(c)?;
    let comparison = comparison_name(data, &cmp.with);
    let gap = t::finding_sentence(
        &who(data, a, c),
        &t::divide_indicator_name(&a.indicators[c.indicator]),
        c.rate()?,
        cmp.gap().diff,
        cmp.gap().low,
        cmp.gap().high,
        &comparison,
    );
    Some(match c.flag().and(students_affected(a, c)) {
        Some(x) => format!("{gap} {}", t::students_affected(x.about, x.low, x.high)),
        None => gap,
    })
}
