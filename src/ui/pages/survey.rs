//! "/survey": a row-level export (family survey, SIS extract, observation tool) mapped onto
//! the workspace and reduced to counts in the browser. The file is read in chunks and its rows
//! are dropped as they are counted: only the counts are stored.

use crate::browser::{file, page};
use crate::ui::components::shell::use_page_title;
use crate::ui::flows::{self, CountEnd};
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use dew_domain::divides::import::{apply, Mode};
use dew_domain::divides::model::DivideData;
use dew_domain::stored::SURVEY_MAPPINGS_KEY;
use dew_domain::survey::count::{Counter, Summary};
use dew_domain::survey::flow::{SurveyFlow, SurveyStep};
use dew_domain::survey::read::{Encoding, Sniff, DELIMITERS};
use dew_domain::survey::{
    pick_saved, preview, problems, save_mapping, saved_from_json, saved_to_json, suggest, Answer, Mapping, Preview,
    MAX_DISTINCT,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Bytes read for the preview (the count reads the whole file as a stream).
const HEAD_BYTES: f64 = 256.0 * 1024.0;
#[component]
pub fn SurveyPage() -> impl IntoView {
    use_page_title(t::SURVEY_TITLE);
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
    let data = move || state.workspace.with(|w| w.as_ref().map(|ws| ws.current_cycle().divides.clone()));

    let load_preview = move |sniffed: Option<Sniff>| {
        let d = data().unwrap_or_default();
        match head.with_value(|h| preview(h, whole.get_value(), sniffed)) {
            Ok(p) => {
                let suggested = suggest(&p, &d);
                mapping.set(suggested.clone());
                pv.set(Some(p.clone()));
                // Saved mappings may be encrypted (a passphrase is set): opened, then used,
                // unless the person has changed the mapping or chosen another file meanwhile.
                spawn_local(async move {
                    let text = state.read_private(SURVEY_MAPPINGS_KEY).await.ok().flatten();
                    if let Some(m) = pick_saved(&saved_from_json(text.as_deref()), &p) {
                        let untouched = mapping.try_with_untracked(|now| *now == suggested) == Some(true)
                            && pv.try_with_untracked(|now| now.as_ref() == Some(&p)) == Some(true);
                        if untouched {
                            notice.set(Some(t::SURVEY_SAVED_USED.into()));
                            mapping.set(m.clone());
                        }
                    }
                });
                flow.update(SurveyFlow::previewed);
                page::focus("survey-mapping-heading");
            }
            Err(e) => flow.update(|f| f.failed(t::survey_unreadable(&file_name.get_untracked(), &e.to_string()))),
        }
    };

    let open = move |f: web_sys::File| {
        if !flow.try_update(SurveyFlow::open).unwrap_or(false) {
            return;
        }
        file_name.set(file::name(&f));
        notice.set(None);
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
                Err(e) => flow.update(|fl| fl.failed(t::survey_unreadable(&file::name(&f), &e))),
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
                CountEnd::Failed(e) => flow.update(|fl| fl.failed(t::survey_unreadable(&file::name(&f), &e))),
            }
        });
    };

    let apply_counts = move |mode: Mode| {
        let Some(d) = data() else { return };
        let cells = counter.with_value(|c| c.as_ref().map(|c| c.cells(&d, add_unknown.get_untracked())));
        let Some(cells) = cells else { return };
        let n = cells.cells.len();
        let schools = cells.new_schools.len();
        state.workspace.update(|w| {
            if let Some(ws) = w {
                apply(&cells, &mut ws.current_cycle_mut().divides, mode);
            }
        });
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
                Ok(()) => t::SURVEY_SAVED.into(),
                Err(e) => e,
            };
            let _ = notice.try_set(Some(said));
            state.storage_rev.update(|n| *n += 1);
        });
    };

    let body = move || {
        match flow.with(|f| f.step().clone()) {
        SurveyStep::Idle => ().into_any(),
        SurveyStep::Reading => view! { <p role="status">{t::SURVEY_READING}</p> }.into_any(),
        SurveyStep::Failed(m) => view! { <p class="error-text" role="alert" id="survey-error">{m}</p> }.into_any(),
        SurveyStep::Mapping => {
            let d = data().unwrap_or_default();
            view! {
                <MappingForm pv=pv mapping=mapping strict=strict data=d
                    on_sniff=Callback::new(move |s: Sniff| load_preview(Some(s)))
                    on_run=Callback::new(move |_: ()| run())/>
                <div class="actions">
                    <button type="button" class="secondary" id="survey-save-mapping" on:click=save>{t::SURVEY_SAVE_MAPPING}</button>
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
                        <button type="button" class="secondary" id="survey-cancel" on:click=move |_| flow.update(SurveyFlow::ask_cancel)>{t::SURVEY_CANCEL}</button>
                    </div>
                </section>
            }
            .into_any()
        }
        SurveyStep::Counted(s) => view! {
            <SummaryView s=*s add_unknown=add_unknown/>
            <div class="actions">
                <button type="button" id="survey-add" on:click=move |_| apply_counts(Mode::Add)>{t::SURVEY_ADD}</button>
                {move || if replace_confirm.get() {
                    view! {
                        <span role="group" aria-labelledby="survey-replace-q">
                            <span id="survey-replace-q">{t::SURVEY_REPLACE_Q}" "</span>
                            <button type="button" class="danger" id="survey-replace-yes" on:click=move |_| apply_counts(Mode::Replace)>{t::SURVEY_REPLACE_YES}</button>
                            <button type="button" class="secondary" on:click=move |_| replace_confirm.set(false)>{t::CANCEL}</button>
                        </span>
                    }.into_any()
                } else {
                    view! { <button type="button" class="secondary" id="survey-replace" on:click=move |_| { replace_confirm.set(true); page::focus("survey-replace-yes"); }>{t::SURVEY_REPLACE}</button> }.into_any()
                }}
                <button type="button" class="secondary" id="survey-back" on:click=move |_| { counter.set_value(None); flow.update(SurveyFlow::back); }>{t::SURVEY_BACK}</button>
            </div>
        }
        .into_any(),
        SurveyStep::Cancelled => view! { <p class="ok" role="status" id="survey-outcome" tabindex="-1">{t::SURVEY_CANCELLED}</p> }.into_any(),
        SurveyStep::Applied(m) => view! {
            <p class="ok" role="status" id="survey-outcome" tabindex="-1">{m}" "<a href=href(Page::Divides)>{t::SURVEY_SEE_FINDINGS}</a></p>
        }
        .into_any(),
    }
    };

    view! {
        <h1>{t::SURVEY_TITLE}</h1>
        <p class="lead">{t::SURVEY_INTRO}</p>
        {move || if state.workspace.with(Option::is_none) {
            view! { <p class="empty">{t::SURVEY_NO_WORKSPACE}" "<a href=href(Page::Home)>{t::SURVEY_START}</a></p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="survey-file-heading">
                    <h2 id="survey-file-heading">{t::SURVEY_FILE_HEADING}</h2>
                    <div class="field drop-zone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                        <label for="survey-file">{t::SURVEY_FILE_LABEL}</label>
                        <p class="hint" id="survey-file-hint">{t::SURVEY_FILE_HINT}</p>
                        <input id="survey-file" type="file" accept=".csv,.tsv,.txt,text/csv" aria-describedby="survey-file-hint" on:change=on_file
                            disabled=move || flow.with(SurveyFlow::is_counting)/>
                    </div>
                    <p role="status" id="survey-notice">{move || notice.get()}</p>
                    {body}
                </section>
            }.into_any()
        }}
    }
}

#[component]
fn MappingForm(
    pv: RwSignal<Option<Preview>>,
    mapping: RwSignal<Mapping>,
    strict: RwSignal<bool>,
    data: DivideData,
    on_sniff: Callback<Sniff>,
    on_run: Callback<()>,
) -> impl IntoView {
    let Some(p) = pv.get_untracked() else { return ().into_any() };
    let header = p.header.clone();
    let dims = data.dimensions();
    let inds = data.indicators();
    let data2 = data.clone();
    let problem_list = move || pv.with(|p| p.as_ref().map(|p| problems(&mapping.get(), p, &data2)).unwrap_or_default());
    let school_col = move || mapping.with(|m| m.school.clone()).unwrap_or_default();
    let sniff = p.sniff;
    let col_options = {
        let header = header.clone();
        move |selected: String| {
            header
                .iter()
                .map(|h| view! { <option value=h.clone() selected=*h == selected>{h.clone()}</option> })
                .collect_view()
        }
    };
    let answer_cols: Vec<usize> = (0..header.len()).filter(|i| !p.distinct[*i].1).collect();
    let many: Vec<String> = (0..header.len()).filter(|i| p.distinct[*i].1).map(|i| header[i].clone()).collect();
    view! {
        <section aria-labelledby="survey-mapping-heading" id="survey-mapping">
            <h2 id="survey-mapping-heading" tabindex="-1">{t::SURVEY_MAPPING_HEADING}</h2>
            <p>{t::survey_sampled(p.sampled, header.len())}</p>
            <div class="filters">
                <div class="field">
                    <label for="survey-encoding">{t::SURVEY_ENCODING}</label>
                    <select id="survey-encoding" on:change=move |ev| {
                        let encoding = if event_target_value(&ev) == "1252" { Encoding::Windows1252 } else { Encoding::Utf8 };
                        on_sniff.run(Sniff { encoding, ..sniff });
                    }>
                        <option value="utf8" selected=sniff.encoding == Encoding::Utf8>"UTF-8"</option>
                        <option value="1252" selected=sniff.encoding == Encoding::Windows1252>"Windows-1252 (Excel “CSV”)"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="survey-delimiter">{t::SURVEY_DELIMITER}</label>
                    <select id="survey-delimiter" on:change=move |ev| {
                        let d = event_target_value(&ev).parse::<u8>().unwrap_or(b',');
                        on_sniff.run(Sniff { delimiter: d, ..sniff });
                    }>
                        {DELIMITERS.into_iter().map(|d| view! { <option value=d.to_string() selected=d == sniff.delimiter>{t::delimiter_name(d)}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::SURVEY_PREVIEW_CAPTION>
                <table class="data-table" id="survey-preview">
                    <caption>{t::SURVEY_PREVIEW_CAPTION}</caption>
                    <thead><tr>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>{p.rows.iter().take(3).map(|r| view! { <tr>{r.iter().map(|v| view! { <td>{v.clone()}</td> }).collect_view()}</tr> }).collect_view()}</tbody>
                </table>
            </div>

            <h3>{t::SURVEY_SCHOOL_HEADING}</h3>
            <div class="field">
                <label for="sv-school">{t::SURVEY_SCHOOL_COLUMN}</label>
                <select id="sv-school" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    mapping.update(|m| m.set_school((!v.is_empty()).then_some(v)));
                }>
                    <option value="">{t::SURVEY_CHOOSE}</option>
                    {let o = col_options.clone(); move || o(school_col())}
                </select>
            </div>

            <h3>{t::SURVEY_GROUPS_HEADING}</h3>
            <p class="hint">{t::SURVEY_GROUPS_HINT}</p>
            {dims.into_iter().map(|dim| {
                let id = format!("sv-dim-{}", dim.id);
                let dim_id = dim.id.clone();
                let dim2 = dim.clone();
                let chosen = {
                    let d = dim_id.clone();
                    move || mapping.with(|m| m.groups.iter().find(|g| g.dimension == d).map(|g| g.column.clone()))
                };
                let change = {
                    let dim = dim.clone();
                    move |ev| {
                        let col = event_target_value(&ev);
                        pv.with_untracked(|p| if let Some(p) = p {
                            mapping.update(|m| m.set_group_column(&dim, (!col.is_empty()).then_some(col.as_str()), p));
                        });
                    }
                };
                let o = col_options.clone();
                let c2 = chosen.clone();
                view! {
                    <div class="mapping-row">
                        <div class="field">
                            <label for=id.clone()>{dim.name.clone()}</label>
                            <select id=id.clone() on:change=change>
                                <option value="">{t::SURVEY_NOT_IN_FILE}</option>
                                {move || o(chosen().unwrap_or_default())}
                            </select>
                        </div>
                        {move || c2().map(|col| {
                            let dim = dim2.clone();
                            let seen = pv.with(|p| p.as_ref().and_then(|p| p.values(&col)).map(|v| v.to_vec()));
                            match seen {
                                None => view! { <p class="hint">{t::survey_too_many(&col, MAX_DISTINCT)}</p> }.into_any(),
                                Some(seen) => view! {
                                    <fieldset class="value-map">
                                        <legend>{t::survey_values_of(&col)}</legend>
                                        {seen.into_iter().filter(|s| !s.key.is_empty()).enumerate().map(|(k, s)| {
                                            let vid = format!("sv-g-{}-{k}", dim.id);
                                            let d_id = dim.id.clone();
                                            let key = s.key.clone();
                                            let current = mapping.with_untracked(|m| m.groups.iter().find(|g| g.dimension == d_id).and_then(|g| g.values.get(&key).cloned())).unwrap_or_default();
                                            let d_id2 = dim.id.clone();
                                            view! {
                                                <div class="value-row">
                                                    <label for=vid.clone()>{s.shown.clone()}<span class="count">{t::survey_rows_seen(s.count)}</span></label>
                                                    <select id=vid on:change=move |ev| {
                                                        let v = event_target_value(&ev);
                                                        mapping.update(|m| m.set_group_value(&d_id2, &key, (!v.is_empty()).then_some(v)));
                                                    }>
                                                        <option value="">{t::SURVEY_NO_GROUP}</option>
                                                        {dim.groups.iter().map(|g| view! { <option value=g.id.clone() selected=g.id == current>{g.name.clone()}</option> }).collect_view()}
                                                    </select>
                                                </div>
                                            }
                                        }).collect_view()}
                                    </fieldset>
                                }.into_any(),
                            }
                        })}
                    </div>
                }
            }).collect_view()}

            <h3>{t::SURVEY_ANSWERS_HEADING}</h3>
            <p class="hint">{t::SURVEY_ANSWERS_HINT}</p>
            {answer_cols.into_iter().map(|i| {
                let col = header[i].clone();
                let id = format!("sv-col-{i}");
                let inds = inds.clone();
                let chosen = {
                    let c = col.clone();
                    move || mapping.with(|m| m.answers.iter().find(|a| a.column == c).map(|a| a.indicator.clone()))
                };
                let used_elsewhere = {
                    let c = col.clone();
                    move || mapping.with(|m| m.is_key_column(&c))
                };
                let change = {
                    let c = col.clone();
                    move |ev| {
                        let ind = event_target_value(&ev);
                        pv.with_untracked(|p| if let Some(p) = p {
                            mapping.update(|m| m.set_answer_column(&c, (!ind.is_empty()).then_some(ind), p));
                        });
                    }
                };
                let c2 = chosen.clone();
                let col2 = col.clone();
                view! {
                    <Show when=move || !used_elsewhere()>
                    <div class="mapping-row">
                        <div class="field">
                            <label for=id.clone()>{col.clone()}</label>
                            <select id=id.clone() on:change=change.clone()>
                                <option value="">{t::SURVEY_NOT_USED}</option>
                                {let inds = inds.clone(); let chosen = chosen.clone(); move || { let sel = chosen().unwrap_or_default(); inds.iter().map(|x| view! { <option value=x.id.clone() selected=x.id == sel>{x.name.clone()}</option> }).collect_view() }}
                            </select>
                        </div>
                        {let c2 = c2.clone(); let col2 = col2.clone(); move || c2().map(|_| {
                            let seen = pv.with(|p| p.as_ref().and_then(|p| p.values(&col2)).map(|v| v.to_vec())).unwrap_or_default();
                            let col3 = col2.clone();
                            view! {
                                <fieldset class="value-map">
                                    <legend>{t::survey_values_of(&col3)}</legend>
                                    {seen.into_iter().filter(|s| !s.key.is_empty()).enumerate().map(|(k, s)| {
                                        let vid = format!("sv-a-{i}-{k}");
                                        let key = s.key.clone();
                                        let c = col3.clone();
                                        let current = mapping.with_untracked(|m| m.answers.iter().find(|a| a.column == c).and_then(|a| a.values.get(&key).copied()));
                                        let c4 = col3.clone();
                                        view! {
                                            <div class="value-row">
                                                <label for=vid.clone()>{s.shown.clone()}<span class="count">{t::survey_rows_seen(s.count)}</span></label>
                                                <select id=vid on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    mapping.update(|m| m.set_answer_value(&c4, &key, Answer::from_wire(&v)));
                                                }>
                                                    <option value="">{t::SURVEY_CHOOSE}</option>
                                                    {Answer::ALL.into_iter().map(|a| view! { <option value=a.as_wire() selected=current == Some(a)>{t::survey_answer_name(a)}</option> }).collect_view()}
                                                </select>
                                            </div>
                                        }
                                    }).collect_view()}
                                    <p class="hint">{t::SURVEY_BLANK_NOTE}</p>
                                </fieldset>
                            }
                        })}
                    </div>
                    </Show>
                }
            }).collect_view()}
            {(!many.is_empty()).then(|| view! { <p class="hint">{t::survey_not_offered(&many.join(", "))}</p> })}

            <div class="field">
                <input type="checkbox" id="survey-strict" prop:checked=move || strict.get() on:change=move |ev| strict.set(event_target_checked(&ev))/>
                <label for="survey-strict" class="inline">{t::SURVEY_STRICT}</label>
            </div>
            <div id="survey-problems" tabindex="-1">
                {move || {
                    let list = problem_list();
                    (!list.is_empty()).then(|| view! {
                        <p class="error-text">{t::SURVEY_PROBLEMS}</p>
                        <ul class="problems">{list.iter().map(|x| view! { <li>{t::survey_problem(x)}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
            <div class="actions">
                <button type="button" id="survey-run" on:click=move |_| on_run.run(())>{t::SURVEY_RUN}</button>
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn SummaryView(s: Summary, add_unknown: RwSignal<bool>) -> impl IntoView {
    let skipped: u64 = s.skipped.values().sum();
    view! {
        <section aria-labelledby="survey-summary-heading" class="card" id="survey-summary">
            <h2 id="survey-summary-heading" tabindex="-1">{t::SURVEY_SUMMARY_HEADING}</h2>
            <dl class="summary-list">
                <dt>{t::SURVEY_ROWS_READ}</dt><dd id="survey-rows">{s.rows}</dd>
                <dt>{t::SURVEY_ROWS_COUNTED}</dt><dd id="survey-counted">{s.counted}</dd>
                <dt>{t::SURVEY_ROWS_SKIPPED}</dt><dd id="survey-skipped">{skipped}</dd>
            </dl>
            {(!s.skipped.is_empty()).then(|| view! {
                <ul>{s.skipped.iter().map(|(k, n)| view! { <li>{t::survey_skip(*k, *n)}</li> }).collect_view()}</ul>
                <table class="data-table" id="survey-examples">
                    <caption>{t::SURVEY_EXAMPLES_CAPTION}</caption>
                    <thead><tr><th scope="col">{t::SURVEY_COL_ROW}</th><th scope="col">{t::SURVEY_COL_COLUMN}</th><th scope="col">{t::SURVEY_COL_PROBLEM}</th></tr></thead>
                    <tbody>{s.examples.iter().map(|e| view! {
                        <tr><td class="num">{e.row}</td><td>{e.column.clone().unwrap_or_else(|| "—".into())}</td><td>{t::survey_example(e)}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            })}
            {(!s.unknown_schools.is_empty()).then(|| view! {
                <h3>{t::SURVEY_UNKNOWN_SCHOOLS}</h3>
                <ul id="survey-unknown-schools">{s.unknown_schools.iter().map(|(n, c)| view! { <li>{t::survey_unknown_school(n, *c)}</li> }).collect_view()}</ul>
                <div class="field">
                    <input type="checkbox" id="survey-add-schools" prop:checked=move || add_unknown.get() on:change=move |ev| add_unknown.set(event_target_checked(&ev))/>
                    <label for="survey-add-schools" class="inline">{t::survey_add_schools(s.unknown_schools.len())}</label>
                </div>
            })}
            {(!s.unmapped.is_empty()).then(|| view! {
                <h3>{t::SURVEY_UNMAPPED}</h3>
                <p class="hint">{t::SURVEY_UNMAPPED_HINT}</p>
                <ul id="survey-unmapped">{s.unmapped.iter().map(|(c, v, n)| view! { <li>{t::survey_unmapped(c, v, *n)}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
