//! "/divide-data": analysis settings, the aggregate CSV import with preview, the editable grid,
//! schools, and custom indicators and groupings.

use crate::browser::{download, page};
use crate::ui::components::form::RadioGroup;
use crate::ui::components::import_status::{self, CsvFileField, Ids};
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::edit::edit_divides;
use crate::ui::flows;
use crate::ui::i18n as t;
use crate::ui::state::expect_state;
use dew_domain::assessment::content::Divide;
use dew_domain::divides::csv_import::{template_csv, AggregateReader};
use dew_domain::divides::import::{apply, preview_parsed, Mode, Preview};
use dew_domain::divides::model::{
    blank_indicator_fields, parse_group_names, CellKey, Comparison, Counts, Dimension, Direction, DivideData,
    DivideIndicator, Field, Group, School, MIN_N_RANGE, PROTECTION_RANGE,
};
use dew_domain::ids::new_id;
use dew_domain::import_flow::{ImportFlow, Problems};
use leptos::prelude::*;

/// The message under a field when it was left blank.
fn field_error(blank: RwSignal<Vec<Field>>, field: Field, id: &'static str) -> impl IntoView {
    move || {
        blank.with(|b| b.contains(&field)).then(|| view! { <p class="error-text" id=id>{t::ddata_blank(field)}</p> })
    }
}

/// `aria-describedby` for a field: its error message, while there is one.
fn described(blank: RwSignal<Vec<Field>>, field: Field, id: &'static str) -> impl Fn() -> Option<&'static str> {
    move || blank.with(|b| b.contains(&field)).then_some(id)
}

#[component]
pub fn DivideDataPage() -> impl IntoView {
    // Bumped when an import is undone, so the grid shows the counts as they were again. (Not
    // `AppState::replaced`, which rebuilds the whole page and would lose "Import undone".)
    let grid_rev = RwSignal::new(0u32);
    view! {
        <WorkspacePage title=t::DDATA_TITLE>
            <p class="lead">{t::DDATA_INTRO}</p>
            <CsvImport grid_rev=grid_rev/>
            <DataGrid grid_rev=grid_rev/>
            <Schools/>
            <SettingsForm/>
            <Indicators/>
            <Dimensions/>
        </WorkspacePage>
    }
}

#[component]
fn SettingsForm() -> impl IntoView {
    let state = expect_state();
    let current = state
        .workspace
        .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.settings.clone()))
        .unwrap_or_default();
    let threshold = RwSignal::new(format!("{}", current.threshold_points));
    let min_n = RwSignal::new(current.min_n.to_string());
    let cmp = RwSignal::new(match &current.comparison {
        Comparison::Complement => "complement".to_string(),
        Comparison::Overall => "overall".into(),
        Comparison::HighestGroup => "highest".into(),
        Comparison::Chosen { dimension, group } => format!("chosen:{dimension}:{group}"),
    });
    let coding = RwSignal::new(current.top_bottom_coding);
    let protection = RwSignal::new(current.protection_percent.to_string());
    let protection_error = RwSignal::new(false);
    let errors = RwSignal::new((None::<&'static str>, None::<&'static str>));
    let saved = RwSignal::new(false);
    let dims = state
        .workspace
        .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.dimensions()))
        .unwrap_or_default();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let th =
            threshold.get_untracked().trim().parse::<f64>().ok().filter(|x| x.is_finite() && *x >= 1.0 && *x <= 100.0);
        let n = min_n.get_untracked().trim().parse::<u64>().ok().filter(|x| MIN_N_RANGE.contains(x));
        errors.set((th.is_none().then_some(t::DDATA_THRESHOLD_ERROR), n.is_none().then_some(t::DDATA_MIN_N_ERROR)));
        let pl = protection.get_untracked().trim().parse::<u64>().ok().filter(|x| PROTECTION_RANGE.contains(x));
        protection_error.set(pl.is_none());
        let (Some(th), Some(n), Some(pl)) = (th, n, pl) else {
            page::focus(if th.is_none() {
                "set-threshold"
            } else if n.is_none() {
                "set-min-n"
            } else {
                "set-protection"
            });
            return;
        };
        let c = cmp.get_untracked();
        let comparison = match c.as_str() {
            "overall" => Comparison::Overall,
            "highest" => Comparison::HighestGroup,
            other => match other.strip_prefix("chosen:").and_then(|r| r.split_once(':')) {
                Some((d, g)) => Comparison::Chosen { dimension: d.into(), group: g.into() },
                None => Comparison::Complement,
            },
        };
        let coding = coding.get_untracked();
        edit_divides(state, |d| {
            d.settings.threshold_points = th;
            d.settings.min_n = n;
            d.settings.comparison = comparison;
            d.settings.top_bottom_coding = coding;
            d.settings.protection_percent = pl;
        });
        saved.set(true);
    };
    view! {
        <section class="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t::DDATA_SETTINGS}</h2>
            <form on:submit=save novalidate=true>
                <div class="field">
                    <label for="set-threshold">{t::DDATA_THRESHOLD}</label>
                    {move || errors.get().0.map(|e| view! { <p class="error-text" id="set-threshold-error">{e}</p> })}
                    <input id="set-threshold" type="text" inputmode="decimal" bind:value=threshold
                        aria-invalid=move || errors.get().0.is_some().to_string()
                        aria-describedby=move || errors.get().0.map(|_| "set-threshold-error")/>
                </div>
                <div class="field">
                    <label for="set-min-n">{t::DDATA_MIN_N}</label>
                    {move || errors.get().1.map(|e| view! { <p class="error-text" id="set-min-n-error">{e}</p> })}
                    <input id="set-min-n" type="text" inputmode="numeric" bind:value=min_n
                        aria-invalid=move || errors.get().1.is_some().to_string()
                        aria-describedby=move || errors.get().1.map(|_| "set-min-n-error")/>
                </div>
                <div class="field">
                    <label for="set-protection">{t::DDATA_PROTECTION}</label>
                    <p class="hint" id="set-protection-hint">{t::DDATA_PROTECTION_HINT}</p>
                    {move || protection_error.get().then(|| view! { <p class="error-text" id="set-protection-error">{t::DDATA_PROTECTION_ERROR}</p> })}
                    <input id="set-protection" type="text" inputmode="numeric" bind:value=protection
                        aria-invalid=move || protection_error.get().to_string()
                        aria-describedby=move || if protection_error.get() { "set-protection-hint set-protection-error" } else { "set-protection-hint" }/>
                </div>
                <div class="field">
                    <label for="set-comparison">{t::DDATA_COMPARISON}</label>
                    <select id="set-comparison" prop:value=move || cmp.get() on:change=move |ev| cmp.set(event_target_value(&ev))>
                        <option value="complement">{t::DDATA_CMP_COMPLEMENT}</option>
                        <option value="overall">{t::DDATA_CMP_OVERALL}</option>
                        <option value="highest">{t::DDATA_CMP_HIGHEST}</option>
                        {dims.iter().flat_map(|d| d.groups.iter().map(move |g| view! {
                            <option value=format!("chosen:{}:{}", d.id, g.id)>{t::ddata_cmp_chosen(&d.name, &g.name)}</option>
                        })).collect_view()}
                    </select>
                </div>
                <div class="check">
                    <input type="checkbox" id="set-coding" bind:checked=coding/>
                    <label for="set-coding">{t::DDATA_CODING}</label>
                </div>
                <div class="actions">
                    <button type="submit">{t::DDATA_SETTINGS_SAVE}</button>
                    <span role="status">{move || saved.get().then_some(t::DDATA_SETTINGS_SAVED)}</span>
                </div>
            </form>
        </section>
    }
}

/// The divide data import: a clean file's preview, and the data as it was before it was
/// applied, for undo.
type Import = ImportFlow<Box<Preview>, Box<DivideData>>;

#[component]
fn CsvImport(grid_rev: RwSignal<u32>) -> impl IntoView {
    let state = expect_state();
    let st = RwSignal::new(Import::default());
    let mode = RwSignal::new("add".to_string());
    let on_file = move |ev: leptos::ev::Event| {
        flows::import_picked_file(st, &ev, move |ticket, _, text| async move {
            let reader = match AggregateReader::new(&text) {
                Err(e) => return Some(Err(Problems::one(t::csv_error(&e)))),
                Ok(r) => r,
            };
            let reader = flows::read_in_slices(st, ticket, text.len(), reader, 2_000).await?;
            // Compared with the data as it is now, after the read.
            let data = state
                .workspace
                .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.clone()))
                .unwrap_or_default();
            let p = preview_parsed(reader.finish(), &data);
            Some(if p.is_clean() {
                Ok(Box::new(p))
            } else {
                Err(Problems { listed: p.errors.iter().map(t::csv_error).collect(), more: p.more_errors })
            })
        });
    };
    let confirm = move |_| {
        let Some((file, p)) = st.try_update(Import::take_preview).flatten() else { return };
        let m = if mode.get_untracked() == "replace" { Mode::Replace } else { Mode::Add };
        let mut before = None;
        edit_divides(state, |d| {
            let previous = d.clone();
            if apply(&p, d, m) {
                before = Some(Box::new(previous));
            }
        });
        if before.is_some() {
            st.update(|f| f.applied(t::ddata_applied(p.cells.len()), before));
            page::focus("csv-undo");
        } else {
            st.update(|f| f.offer(file, p));
        }
    };
    let undo = Callback::new(move |()| {
        if let Some(before) = st.try_update(|f| f.undo(t::DDATA_UNDONE)).flatten() {
            edit_divides(state, |d| *d = *before);
            grid_rev.update(|n| *n += 1);
        }
    });
    let template = move |_| {
        let _ = download::download_text("divide-data-template.csv", "text/csv", &template_csv());
    };
    view! {
        <section aria-labelledby="csv-heading">
            <h2 id="csv-heading">{t::DDATA_IMPORT}</h2>
            <p><button type="button" class="secondary" on:click=template>{t::DDATA_TEMPLATE}</button></p>
            <CsvFileField id="csv-file" label=t::DDATA_IMPORT_LABEL hint=t::DDATA_IMPORT_HINT on_file=Callback::new(on_file)/>
            {move || st.with(|f| import_status::step(
                f,
                Ids { reading: "csv-reading", errors: "csv-errors", done: "csv-done" },
                t::ddata_errors,
                Some(("csv-undo", t::DDATA_UNDO, undo)),
                |file, p| view! {
                    <div class="card" id="csv-preview">
                        <p>{t::ddata_preview(&file, p.cells.len(), p.new_schools.len(), p.overwrites)}</p>
                        <RadioGroup name="mode" legend=t::DDATA_MODE value=mode
                            options=vec![("add", t::DDATA_MODE_ADD), ("replace", t::DDATA_MODE_REPLACE)]/>
                        <div class="actions">
                            <button type="button" id="csv-apply" on:click=confirm>{t::DDATA_APPLY}</button>
                            <button type="button" class="secondary" on:click=move |_| st.update(Import::cancel)>{t::DDATA_CANCEL}</button>
                        </div>
                    </div>
                }.into_any(),
            ))}
        </section>
    }
}

/// One editable cell: two whole-number inputs. A cell is stored only when both parse; a cell
/// with the numerator above the denominator is stored as typed and marked.
#[component]
fn GridCell(key: CellKey, row: usize, col: usize, label: String) -> impl IntoView {
    let state = expect_state();
    let stored = state
        .workspace
        .with_untracked(|w| w.as_ref().and_then(|ws| ws.current_cycle().divides.cells.get(&key).copied()));
    let num = RwSignal::new(stored.map(|c| c.numerator.to_string()).unwrap_or_default());
    let den = RwSignal::new(stored.map(|c| c.denominator.to_string()).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    let k2 = key.clone();
    let invalid = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.as_ref().and_then(|ws| ws.current_cycle().divides.cells.get(&k2).map(|c| !c.is_valid())).unwrap_or(false)
        })
    });
    // Saves the cell, or (with `tell`) says what is wrong. While a count is typed, a whole
    // pair is saved at once (leaving the page straight after typing loses nothing) and a
    // half-typed one is named only when the field is left.
    // The cell as stored when either of its fields was entered: a pair left invalid puts it
    // back ("1,200" typed over 1200 saves "1" on the way).
    let at_focus = StoredValue::new(stored);
    let k3 = key.clone();
    let remember = move || {
        let now = state
            .workspace
            .with_untracked(|w| w.as_ref().and_then(|ws| ws.current_cycle().divides.cells.get(&k3).copied()));
        at_focus.set_value(now);
    };
    let remember2 = remember.clone();
    let commit_or_tell = move |tell: bool| {
        let (n, d) = (num.get_untracked(), den.get_untracked());
        let (n, d) = (n.trim(), d.trim());
        if n.is_empty() && d.is_empty() {
            error.set(None);
            let k = key.clone();
            edit_divides(state, |x| {
                x.cells_mut().remove(&k);
            });
            return;
        }
        match (n.parse::<u64>(), d.parse::<u64>()) {
            (Ok(n), Ok(d)) => {
                error.set(None);
                let k = key.clone();
                edit_divides(state, |x| {
                    x.cells_mut().insert(k, Counts { numerator: n, denominator: d });
                });
            }
            _ if !tell => {}
            _ => {
                error.set(Some(if n.is_empty() || d.is_empty() { t::DDATA_NEED_BOTH } else { t::DDATA_NOT_NUMBER }));
                let (k, before) = (key.clone(), at_focus.get_value());
                edit_divides(state, |x| match before {
                    Some(c) => {
                        x.cells_mut().insert(k, c);
                    }
                    None => {
                        x.cells_mut().remove(&k);
                    }
                });
            }
        }
    };
    let commit = {
        let c = commit_or_tell.clone();
        move || c(true)
    };
    let typing = {
        let c = commit_or_tell.clone();
        move || c(false)
    };
    let commit2 = commit.clone();
    let typing2 = typing.clone();
    let (nid, did, eid) = (format!("g-{row}-{col}-n"), format!("g-{row}-{col}-d"), format!("g-{row}-{col}-e"));
    let nav = move |ev: leptos::ev::KeyboardEvent, part: &'static str| {
        let step: i64 = match ev.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            _ => return,
        };
        ev.prevent_default();
        let next = row as i64 + step;
        if next >= 0 {
            page::focus(&format!("g-{next}-{col}-{part}"));
        }
    };
    let described = move || {
        if error.with(Option::is_some) || invalid.get() {
            Some(format!("g-{row}-{col}-e"))
        } else {
            None
        }
    };
    let described2 = described;
    view! {
        <td class:cell-invalid=move || invalid.get() || error.with(Option::is_some)>
            <span class="cell-inputs">
                <input type="text" inputmode="numeric" id=nid size="4" bind:value=num aria-label=t::ddata_cell_label(&label, "", t::DDATA_NUM)
                    aria-invalid=move || (invalid.get() || error.with(Option::is_some)).to_string()
                    aria-describedby=described
                    on:focus=move |_| remember()
                    on:input=move |ev| { num.set(event_target_value(&ev)); typing() }
                    on:change=move |_| commit() on:keydown=move |ev| nav(ev, "n")/>
                <span aria-hidden="true">" / "</span>
                <input type="text" inputmode="numeric" id=did size="4" bind:value=den aria-label=t::ddata_cell_label(&label, "", t::DDATA_DEN)
                    aria-invalid=move || (invalid.get() || error.with(Option::is_some)).to_string()
                    aria-describedby=described2
                    on:focus=move |_| remember2()
                    on:input=move |ev| { den.set(event_target_value(&ev)); typing2() }
                    on:change=move |_| commit2() on:keydown=move |ev| nav(ev, "d")/>
            </span>
            {move || error.get().map(|e| e.to_string()).or_else(|| invalid.get().then(|| t::INVALID_CELL.to_string()))
                .map(|e| view! { <span class="error-text cell-error" id=eid.clone()>{e}</span> })}
        </td>
    }
}

#[component]
fn DataGrid(grid_rev: RwSignal<u32>) -> impl IntoView {
    let state = expect_state();
    let data = state.sections().divides;
    let indicator = RwSignal::new("dedicated-device".to_string());
    let dim = RwSignal::new(String::new());
    let structure = Memo::new(move |_| data.with(|d| (d.schools.clone(), d.indicators(), d.dimensions())));
    view! {
        <section aria-labelledby="grid-heading">
            <h2 id="grid-heading">{t::DDATA_GRID}</h2>
            <p class="hint">{t::DDATA_GRID_HINT}</p>
            <div class="filters">
                <div class="field">
                    <label for="grid-indicator">{t::DDATA_GRID_INDICATOR}</label>
                    <select id="grid-indicator" prop:value=move || indicator.get() on:change=move |ev| indicator.set(event_target_value(&ev))>
                        {move || structure.with(|(_, inds, _)| inds.iter().map(|i| view! { <option value=i.id.clone()>{i.name.clone()}</option> }).collect_view())}
                    </select>
                </div>
                <div class="field">
                    <label for="grid-dim">{t::DDATA_GRID_DIMENSION}</label>
                    <select id="grid-dim" prop:value=move || dim.get() on:change=move |ev| dim.set(event_target_value(&ev))>
                        <option value="">{t::DDATA_GRID_NONE}</option>
                        {move || structure.with(|(_, _, dims)| dims.iter().map(|d| view! { <option value=d.id.clone()>{d.name.clone()}</option> }).collect_view())}
                    </select>
                </div>
            </div>
            {move || {
                grid_rev.track();
                let (schools, _, dims) = structure.get();
                if schools.is_empty() {
                    return view! { <p class="empty">{t::DDATA_NO_SCHOOLS}</p> }.into_any();
                }
                let ind = indicator.get();
                let groups: Vec<Option<(String, String, String)>> = std::iter::once(None)
                    .chain(dims.iter().filter(|d| d.id == dim.get()).flat_map(|d| d.groups.iter().map(|g| Some((d.id.clone(), g.id.clone(), g.name.clone())))))
                    .collect();
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::DDATA_GRID_REGION>
                        <table class="data-table grid" id="data-grid">
                            <caption class="visually-hidden">{t::DDATA_GRID}</caption>
                            <thead><tr>
                                <th scope="col">{t::HEATMAP_COL_SCHOOL}</th>
                                {groups.iter().map(|g| view! { <th scope="col">{g.as_ref().map_or(t::DDATA_GRID_WHOLE.to_string(), |x| x.2.clone())}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {schools.iter().enumerate().map(|(row, s)| view! {
                                    <tr>
                                        <th scope="row">{s.name.clone()}</th>
                                        {groups.iter().enumerate().map(|(col, g)| {
                                            let key = CellKey { indicator: ind.as_str().into(), school: s.id.as_str().into(), group: g.as_ref().map(|x| (x.0.as_str().into(), x.1.as_str().into())) };
                                            let label = format!("{}, {}", s.name, g.as_ref().map_or(t::DDATA_GRID_WHOLE.to_string(), |x| x.2.clone()));
                                            view! { <GridCell key=key row=row col=col label=label/> }
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Schools() -> impl IntoView {
    let state = expect_state();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(true);
            page::focus("school-name");
            return;
        }
        error.set(false);
        edit_divides(state, |d| {
            let taken: Vec<&str> = d.schools.iter().map(|s| s.id.as_str()).collect();
            let id = new_id(&n, "", &taken);
            d.schools.push(School { id, name: n.trim().to_string() });
        });
        name.set(String::new());
    };
    view! {
        <section aria-labelledby="schools-heading">
            <h2 id="schools-heading">{t::DDATA_SCHOOLS}</h2>
            <form class="inline-form" on:submit=add novalidate=true>
                <div class="field">
                    <label for="school-name">{t::DDATA_SCHOOL_NAME}</label>
                    {move || error.get().then(|| view! { <p class="error-text" id="school-name-error">{t::DDATA_SCHOOL_REQUIRED}</p> })}
                    <input id="school-name" type="text" bind:value=name aria-describedby=move || error.get().then_some("school-name-error")/>
                </div>
                <div class="actions"><button type="submit">{t::DDATA_ADD_SCHOOL}</button></div>
            </form>
        </section>
    }
}

#[component]
fn Indicators() -> impl IntoView {
    let state = expect_state();
    let data = state.sections().divides;
    let editing = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let divide = RwSignal::new("Access".to_string());
    let num = RwSignal::new(String::new());
    let den = RwSignal::new(String::new());
    let higher = RwSignal::new(true);
    let source = RwSignal::new(String::new());
    let blank = RwSignal::new(Vec::<Field>::new());
    let confirm_delete = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, nu, de) = (name.get_untracked(), num.get_untracked(), den.get_untracked());
        let missing = blank_indicator_fields(&n, &nu, &de);
        if let Some(first) = missing.first() {
            page::focus(match first {
                Field::Numerator => "ci-num",
                Field::Denominator => "ci-den",
                _ => "ci-name",
            });
            blank.set(missing);
            return;
        }
        blank.set(Vec::new());
        let d = match divide.get_untracked().as_str() {
            "Use" => Divide::Use,
            "Design" => Divide::Design,
            _ => Divide::Access,
        };
        let direction = if higher.get_untracked() { Direction::HigherIsBetter } else { Direction::LowerIsBetter };
        let src = source.get_untracked();
        let editing_id = editing.get_untracked();
        edit_divides(state, |x| {
            let mut ind = DivideIndicator {
                id: String::new(),
                name: n.trim().into(),
                divide: d,
                numerator: nu.trim().into(),
                denominator: de.trim().into(),
                direction,
                source: src.trim().into(),
                builtin: false,
            };
            match editing_id.and_then(|id| x.custom_indicators.iter_mut().find(|i| i.id == id)) {
                Some(existing) => {
                    ind.id = existing.id.clone();
                    *existing = ind;
                }
                None => {
                    let all = x.indicators();
                    let taken: Vec<&str> = all.iter().map(|i| i.id.as_str()).collect();
                    ind.id = new_id(&ind.name, "custom-", &taken);
                    x.custom_indicators.push(ind);
                }
            }
        });
        editing.set(None);
        for s in [name, num, den, source] {
            s.set(String::new());
        }
    };
    let start_edit = move |i: DivideIndicator| {
        name.set(i.name);
        num.set(i.numerator);
        den.set(i.denominator);
        source.set(i.source);
        divide.set(format!("{:?}", i.divide));
        higher.set(i.direction == Direction::HigherIsBetter);
        editing.set(Some(i.id));
        page::focus("ci-name");
    };
    let delete = move |id: String| {
        edit_divides(state, |x| {
            x.custom_indicators.retain(|i| i.id != id);
            x.cells_mut().retain(|k, _| *k.indicator != *id);
        });
        confirm_delete.set(None);
    };
    view! {
        <section aria-labelledby="ind-heading">
            <h2 id="ind-heading">{t::DDATA_INDICATORS}</h2>
            <div class="table-scroll">
                <table class="data-table" id="indicator-table">
                    <caption class="visually-hidden">{t::DDATA_INDICATORS}</caption>
                    <thead><tr><th scope="col">{t::DDATA_COL_NAME}</th><th scope="col">{t::DDATA_COL_DIVIDE}</th><th scope="col">{t::DDATA_COL_MEASURES}</th><th scope="col">{t::DDATA_COL_SOURCE}</th><th scope="col">{t::DDATA_COL_KIND}</th></tr></thead>
                    <tbody>
                        {move || data.with(|d| d.indicators()).into_iter().map(|i| {
                            let cells = data.with(|d| d.cells.keys().filter(|k| *k.indicator == *i.id).count());
                            let (id, id2, nm) = (i.id.clone(), i.id.clone(), i.name.clone());
                            let i2 = i.clone();
                            view! {
                                <tr>
                                    <th scope="row">{i.name.clone()}</th>
                                    <td>{t::divide_name(i.divide)}</td>
                                    <td>{format!("{} / {}", i.numerator, i.denominator)}</td>
                                    <td>{i.source.clone()}</td>
                                    <td>
                                        {if i.builtin { view! { <span>{t::DDATA_BUILTIN}</span> }.into_any() } else {
                                            view! {
                                                <span class="row-actions">
                                                    <span>{t::DDATA_CUSTOM}</span>
                                                    <button type="button" class="secondary small" on:click=move |_| start_edit(i2.clone())>{t::DDATA_CUSTOM_EDIT}</button>
                                                    {move || if confirm_delete.get().as_deref() == Some(id.as_str()) {
                                                        let k = id2.clone();
                                                        view! {
                                                            <span>{t::ddata_custom_delete_q(&nm, cells)}</span>
                                                            <button type="button" class="danger small" on:click=move |_| delete(k.clone())>{t::DDATA_CONFIRM_DELETE}</button>
                                                            <button type="button" class="secondary small" on:click=move |_| confirm_delete.set(None)>{t::DDATA_KEEP}</button>
                                                        }.into_any()
                                                    } else {
                                                        let k = id.clone();
                                                        view! { <button type="button" class="danger small" on:click=move |_| confirm_delete.set(Some(k.clone()))>{t::DDATA_CUSTOM_DELETE}</button> }.into_any()
                                                    }}
                                                </span>
                                            }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="card">
                <h3>{t::DDATA_CUSTOM_HEADING}</h3>
                <form on:submit=save novalidate=true>
                    <div class="field">
                        <label for="ci-name">{t::DDATA_CUSTOM_NAME}</label>
                        {field_error(blank, Field::Name, "ci-name-error")}
                        <input id="ci-name" type="text" bind:value=name aria-describedby=described(blank, Field::Name, "ci-name-error")/>
                    </div>
                    <div class="field">
                        <label for="ci-divide">{t::DDATA_CUSTOM_DIVIDE}</label>
                        <select id="ci-divide" prop:value=move || divide.get() on:change=move |ev| divide.set(event_target_value(&ev))>
                            {Divide::ALL.into_iter().map(|d| view! { <option value=format!("{d:?}")>{t::divide_name(d)}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="ci-num">{t::DDATA_CUSTOM_NUM}</label>
                        {field_error(blank, Field::Numerator, "ci-num-error")}
                        <input id="ci-num" type="text" bind:value=num aria-describedby=described(blank, Field::Numerator, "ci-num-error")/>
                    </div>
                    <div class="field">
                        <label for="ci-den">{t::DDATA_CUSTOM_DEN}</label>
                        {field_error(blank, Field::Denominator, "ci-den-error")}
                        <input id="ci-den" type="text" bind:value=den aria-describedby=described(blank, Field::Denominator, "ci-den-error")/>
                    </div>
                    <div class="check"><input id="ci-higher" type="checkbox" bind:checked=higher/><label for="ci-higher">{t::DDATA_CUSTOM_DIRECTION}</label></div>
                    <div class="field"><label for="ci-source">{t::DDATA_CUSTOM_SOURCE}</label><input id="ci-source" type="text" bind:value=source/></div>
                    <div class="actions">
                        <button type="submit">{move || if editing.with(Option::is_some) { t::DDATA_CUSTOM_SAVE } else { t::DDATA_CUSTOM_ADD }}</button>
                        {move || editing.with(Option::is_some).then(|| view! {
                            <button type="button" class="secondary" on:click=move |_| editing.set(None)>{t::DDATA_CANCEL}</button>
                        })}
                    </div>
                </form>
            </div>
        </section>
    }
}

#[component]
fn Dimensions() -> impl IntoView {
    let state = expect_state();
    let data = state.sections().divides;
    let name = RwSignal::new(String::new());
    let groups = RwSignal::new(String::new());
    let blank = RwSignal::new(Vec::<Field>::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        let parsed = parse_group_names(&groups.get_untracked());
        let mut missing = Vec::new();
        if n.trim().is_empty() {
            missing.push(Field::Name);
        }
        if let Err(f) = &parsed {
            missing.push(*f);
        }
        if let Some(first) = missing.first() {
            page::focus(if *first == Field::Name { "dim-name" } else { "dim-groups" });
            blank.set(missing);
            return;
        }
        blank.set(Vec::new());
        let names = parsed.unwrap_or_default();
        edit_divides(state, |d| {
            let all = d.dimensions();
            let taken: Vec<&str> = all.iter().map(|x| x.id.as_str()).collect();
            let id = new_id(&n, "custom-", &taken);
            let mut gs: Vec<Group> = Vec::new();
            for g in &names {
                let taken: Vec<&str> = gs.iter().map(|x| x.id.as_str()).collect();
                gs.push(Group { id: new_id(g, "", &taken), name: g.clone() });
            }
            d.custom_dimensions.push(Dimension { id, name: n.trim().into(), groups: gs, builtin: false });
        });
        name.set(String::new());
        groups.set(String::new());
    };
    view! {
        <section class="card" aria-labelledby="dim-heading">
            <h2 id="dim-heading">{t::DDATA_DIM_HEADING}</h2>
            {move || {
                let names: Vec<String> = data.with(|d| d.custom_dimensions.iter().map(|x| x.name.clone()).collect());
                (!names.is_empty()).then(|| view! { <p>{t::ddata_dims_custom(&names.join(", "))}</p> })
            }}
            <form on:submit=add novalidate=true>
                <div class="field">
                    <label for="dim-name">{t::DDATA_DIM_NAME}</label>
                    {field_error(blank, Field::Name, "dim-name-error")}
                    <input id="dim-name" type="text" bind:value=name aria-describedby=described(blank, Field::Name, "dim-name-error")/>
                </div>
                <div class="field">
                    <label for="dim-groups">{t::DDATA_DIM_GROUPS}</label>
                    {field_error(blank, Field::Groups, "dim-groups-error")}
                    <input id="dim-groups" type="text" bind:value=groups aria-describedby=described(blank, Field::Groups, "dim-groups-error")/>
                </div>
                <button type="submit">{t::DDATA_DIM_ADD}</button>
            </form>
        </section>
    }
}
