//! "/survey": a row-level export (family survey, SIS extract, observation tool) mapped onto
//! the workspace and reduced to counts in the browser. The file is read in chunks and its rows
//! are dropped as they are counted: only the counts are stored.

use crate::browser::{file, page};
use crate::ui::components::shell::use_page_title;
use crate::ui::flows::{self, CountEnd};
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use crate::ui::store::DIVIDES;
use dew_domain::divides::import::{apply, Mode};
use dew_domain::divides::model::DivideData;
use dew_domain::stored::{SURVEY_KITS_KEY, SURVEY_MAPPINGS_KEY};
use dew_domain::survey::count::{Counter, Summary};
use dew_domain::survey::flow::{SurveyFlow, SurveyStep};
use dew_domain::survey::kit::{kits_from_json, start, KitMatch, Start};
use dew_domain::survey::read::{Encoding, Sniff, DELIMITERS};
use dew_domain::survey::{
    preview, problems, save_mapping, saved_from_json, saved_to_json, suggest, Answer, Mapping, Preview, MAX_DISTINCT,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

mod mapping;
mod summary;
use mapping::*;
use summary::*;

/// Bytes read for the preview (the count reads the whole file as a stream).
const HEAD_BYTES: f64 = 256.0 * 1024.0;
#[component]
pub fn SurveyPage() -> impl IntoView {
    use_page_title(Page::Survey.title());
    let state = expect_state();
    let flow = RwSignal::new(SurveyFlow::default());
    // Bytes read and the file's size, while counting.
    let progress = RwSignal::new((0.0f64, 0.0f64));
    let picked = StoredValue::new_local(None::<web_sys::File>);
    let file_name = RwSignal::new(String::new());
    let head = StoredValue::new(Vec::<u8>::new());
    let whole = StoredValue::new(false);
    let pv = RwSignal::new(None::<Preview>);
    let mapping = RwSignal::new(Mapping::default());
    let strict = RwSignal::new(true);
    let counter = StoredValue::new(None::<Counter>);
    let add_unknown = RwSignal::new(true);
    let replace_confirm = RwSignal::new(false);
    let notice = RwSignal::new(None::<String>);
    // The survey kit this file comes from, if any: what was mapped from it, and what not.
    let kit = RwSignal::new(None::<KitMatch>);
    let data = move || state.workspace.read(DIVIDES, Clone::clone);

    let load_preview = move |sniffed: Option<Sniff>| {
        let d = data().unwrap_or_default();
        match head.with_value(|h| preview(h, whole.get_value(), sniffed)) {
            Ok(p) => {
                let suggested = suggest(&p, &d);
                mapping.set(suggested.clone());
                pv.set(Some(p.clone()));
                // Saved mappings may be encrypted (a passphrase is set): opened, then used,
                // unless the person has changed the mapping or chosen another file meanwhile.
                // A survey kit made on this device comes first: its headers and answer words are
                // known in both languages. Then a mapping saved from an earlier file.
                kit.set(None);
                spawn_local(async move {
                    let kits = kits_from_json(state.read_private(SURVEY_KITS_KEY).await.ok().flatten().as_deref());
                    let text = state.read_private(SURVEY_MAPPINGS_KEY).await.ok().flatten();
                    let untouched = mapping.try_with_untracked(|now| *now == suggested) == Some(true)
                        && pv.try_with_untracked(|now| now.as_ref() == Some(&p)) == Some(true);
                    if !untouched {
                        return;
                    }
                    match start(&kits, &saved_from_json(text.as_deref()), &p, &d) {
                        Start::Kit(k) => {
                            mapping.set(k.mapping.clone());
                            kit.set(Some(*k));
                        }
                        Start::Saved(m) => {
                            notice.set(Some(t::survey_saved_used().into()));
                            mapping.set(m);
                        }
                        Start::Suggested => {}
                    }
                });
                flow.update(SurveyFlow::previewed);
                page::focus("survey-mapping-heading");
            }
            Err(e) => flow.update(|f| f.failed(t::survey_preview_failed(&file_name.get_untracked(), &e))),
        }
    };

    let open = move |f: web_sys::File| {
        if !flow.try_update(SurveyFlow::open).unwrap_or(false) {
            // A file dropped while counting (the picker is disabled then) is not read.
            notice.set(Some(t::survey_busy().into()));
            return;
        }
        file_name.set(file::name(&f));
        notice.set(None);
        kit.set(None);
        spawn_local(async move {
            let size = file::size(&f);
            let mut buf = Vec::new();
            match file::read_range(&f, 0.0, size.min(HEAD_BYTES), &mut buf).await {
                Ok(()) => {
                    head.set_value(buf);
                    whole.set_value(size <= HEAD_BYTES);
                    picked.set_value(Some(f));
                    load_preview(None);
                }
                Err(e) => flow.update(|fl| fl.failed(t::survey_file_unreadable(&file::name(&f), &e))),
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(f) = file::picked_file(&ev) {
            file::clear_input(&ev);
            open(f);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(f) = file::dropped_file(&ev) {
            open(f);
        }
    };

    let run = move || {
        let Some(f) = picked.get_value() else { return };
        let (Some(p), Some(d)) = (pv.get_untracked(), data()) else { return };
        let m = mapping.get_untracked();
        // Every value seen must have a meaning chosen before counting starts.
        if !problems(&m, &p, &d).is_empty() {
            return page::focus("survey-problems");
        }
        let c = match Counter::new(&m, &p, &d, strict.get_untracked()) {
            Ok(c) => c,
            Err(_) => return page::focus("survey-problems"),
        };
        if !flow.try_update(SurveyFlow::start_counting).unwrap_or(false) {
            return;
        }
        let total = file::size(&f);
        progress.set((0.0, total));
        page::focus("survey-progress");
        spawn_local(async move {
            let should_stop = move || flow.try_with_untracked(SurveyFlow::should_stop).unwrap_or(true);
            let end = flows::count_survey(&f, c, p.sniff, should_stop, move |at| {
                let _ = progress.try_set((at, total));
            })
            .await;
            match end {
                CountEnd::Done(c) => {
                    let summary = c.summary();
                    counter.set_value(Some(*c));
                    flow.update(|fl| fl.counted(summary));
                    page::focus("survey-summary-heading");
                }
                CountEnd::Cancelled => {
                    flow.update(SurveyFlow::cancelled);
                    page::focus("survey-outcome");
                }
                CountEnd::Failed(e) => flow.update(|fl| fl.failed(t::survey_file_unreadable(&file::name(&f), &e))),
            }
        });
    };

    let apply_counts = move |mode: Mode| {
        let Some(d) = data() else { return };
        let cells = counter.with_value(|c| c.as_ref().map(|c| c.cells(&d, add_unknown.get_untracked())));
        let Some(cells) = cells else { return };
        let n = cells.cells.len();
        let schools = cells.new_schools.len();
        state.workspace.edit(DIVIDES, |d| apply(&cells, d, mode));
        // The tallies go too: nothing of the file is kept.
        counter.set_value(None);
        replace_confirm.set(false);
        flow.update(|f| {
            f.applied(t::survey_applied(n, schools, mode == Mode::Replace));
        });
        page::focus("survey-outcome");
    };

    let save = move |_| {
        let current = mapping.get_untracked();
        spawn_local(async move {
            // Saved mappings that cannot be opened (locked under a passphrase this tab does
            // not hold, or damaged) are started afresh: they are column names and answer
            // spellings, made again from the next file, never district data.
            let list = saved_from_json(state.read_private(SURVEY_MAPPINGS_KEY).await.ok().flatten().as_deref());
            let next = save_mapping(&list, &current);
            let said = match state.write_private(SURVEY_MAPPINGS_KEY, &saved_to_json(&next)).await {
                Ok(()) => t::survey_saved().into(),
                Err(e) => t::lock_failure(&e),
            };
            let _ = notice.try_set(Some(said));
            state.storage_rev.update(|n| *n += 1);
        });
    };

    let body = move || {
        match flow.with(|f| f.step().clone()) {
        SurveyStep::Idle => ().into_any(),
        SurveyStep::Reading => view! { <p role="status">{t::survey_reading()}</p> }.into_any(),
        SurveyStep::Failed(m) => view! { <p class="error-text" role="alert" id="survey-error">{m}</p> }.into_any(),
        SurveyStep::Mapping => {
            let d = data().unwrap_or_default();
            view! {
                <MappingForm pv=pv mapping=mapping strict=strict data=d kit=kit
                    on_sniff=Callback::new(move |s: Sniff| load_preview(Some(s)))
                    on_run=Callback::new(move |_: ()| run())/>
                <div class="actions">
                    <button type="button" class="secondary" id="survey-save-mapping" on:click=save>{t::survey_save_mapping()}</button>
                </div>
            }
            .into_any()
        }
        SurveyStep::Counting => {
            let pct = move || {
                let (done, total) = progress.get();
                if total > 0.0 { (done / total * 100.0).round() } else { 100.0 }.to_string()
            };
            view! {
                <section aria-labelledby="survey-progress-label" class="card">
                    <p id="survey-progress-label">{move || { let (done, total) = progress.get(); t::survey_progress(done, total) }}</p>
                    <progress id="survey-progress" tabindex="-1" max="100" value=pct aria-labelledby="survey-progress-label"></progress>
                    <div class="actions">
                        <button type="button" class="secondary" id="survey-cancel" on:click=move |_| flow.update(SurveyFlow::ask_cancel)>{t::survey_cancel()}</button>
                    </div>
                </section>
            }
            .into_any()
        }
        SurveyStep::Counted(s) => view! {
            <SummaryView s=*s add_unknown=add_unknown/>
            <div class="actions">
                <button type="button" id="survey-add" on:click=move |_| apply_counts(Mode::Add)>{t::survey_add()}</button>
                {move || if replace_confirm.get() {
                    view! {
                        <span role="group" aria-labelledby="survey-replace-q">
                            <span id="survey-replace-q">{t::survey_replace_q()}" "</span>
                            <button type="button" class="danger" id="survey-replace-yes" on:click=move |_| apply_counts(Mode::Replace)>{t::survey_replace_yes()}</button>
                            <button type="button" class="secondary" on:click=move |_| replace_confirm.set(false)>{t::cancel()}</button>
                        </span>
                    }.into_any()
                } else {
                    view! { <button type="button" class="secondary" id="survey-replace" on:click=move |_| { replace_confirm.set(true); page::focus("survey-replace-yes"); }>{t::survey_replace()}</button> }.into_any()
                }}
                <button type="button" class="secondary" id="survey-back" on:click=move |_| { counter.set_value(None); flow.update(SurveyFlow::back); }>{t::survey_back()}</button>
            </div>
        }
        .into_any(),
        SurveyStep::Cancelled => view! { <p class="ok" role="status" id="survey-outcome" tabindex="-1">{t::survey_cancelled()}</p> }.into_any(),
        SurveyStep::Applied(m) => view! {
            <p class="ok" role="status" id="survey-outcome" tabindex="-1">{m}" "<a href=href(Page::Divides)>{t::survey_see_findings()}</a></p>
        }
        .into_any(),
    }
    };

    view! {
        <h1>{Page::Survey.title()}</h1>
        <p class="lead">{t::survey_intro()}</p>
        {move || if !state.workspace.is_open() {
            view! { <p class="empty">{t::survey_no_workspace()}" "<a href=href(Page::Home)>{t::survey_start()}</a></p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="survey-file-heading">
                    <h2 id="survey-file-heading">{t::survey_file_heading()}</h2>
                    <div class="field drop-zone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                        <label for="survey-file">{t::survey_file_label()}</label>
                        <p class="hint" id="survey-file-hint">{t::survey_file_hint()}</p>
                        <input id="survey-file" type="file" accept=".csv,.tsv,.txt,text/csv" aria-describedby="survey-file-hint" on:change=on_file
                            disabled=move || flow.with(SurveyFlow::is_counting)/>
                    </div>
                    <p role="status" id="survey-notice">{move || notice.get()}</p>
                    <div role="status" id="survey-kit-notice">{move || kit.get().map(|k| kit_notice(&k))}</div>
                    {body}
                </section>
            }.into_any()
        }}
    }
}

/// What Survey import says of a file that comes from a survey kit: how many columns the kit
/// mapped and, for a question whose wording was edited, that its column is mapped as for any
/// file (and which column was suggested in its place).
fn kit_notice(k: &KitMatch) -> impl IntoView {
    let l = t::file_lang();
    let quoted = |v: Vec<String>| v.iter().map(|x| format!("“{x}”")).collect::<Vec<_>>().join(", ");
    let not_found = quoted(k.not_found.iter().map(|q| l.pick(q.clone())).collect());
    let suggested = quoted(k.suggested.clone());
    let one_language = quoted(k.one_language.iter().map(|q| l.pick(q.clone())).collect());
    view! {
        <p class="ok" id="survey-kit-used">{t::survey_kit_used(t::kit_instrument(k.instrument), k.from_kit.len())}</p>
        {(!k.one_language.is_empty()).then(|| view! { <p class="warning" id="survey-kit-one-language">{t::survey_kit_one_language(&one_language)}</p> })}
        {(!k.not_found.is_empty()).then(|| view! {
            <p class="warning" id="survey-kit-not-found">
                {t::survey_kit_not_found(&not_found)}
                {(!k.suggested.is_empty()).then(|| format!(" {}", t::survey_kit_suggested(&suggested)))}
                {(k.suggested.len() < k.not_found.len()).then(|| format!(" {}", t::survey_kit_map_by_hand()))}
            </p>
        })}
    }
}
