//! The grid of counts by school, one indicator and one grouping at a time.

use super::*;
use crate::ui::store::DIVIDES;

/// What is wrong with a cell as typed; said in the language shown when it is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CellEntry {
    /// One of the two numbers is blank.
    NeedBoth,
    /// One of them is not a whole number.
    NotNumber,
}

impl CellEntry {
    fn said(self) -> &'static str {
        match self {
            CellEntry::NeedBoth => t::ddata_need_both(),
            CellEntry::NotNumber => t::ddata_not_number(),
        }
    }
}

/// One editable cell: two whole-number inputs. A cell is stored only when both parse; a cell
/// with the numerator above the denominator is stored as typed and marked.
#[component]
pub(super) fn GridCell(key: CellKey, row: usize, col: usize, label: String) -> impl IntoView {
    let state = expect_state();
    let stored = state
        .workspace
        .with_untracked(|w| w.as_ref().and_then(|ws| ws.current_cycle().divides.cells.get(&key).copied()));
    let num = RwSignal::new(stored.map(|c| c.numerator.to_string()).unwrap_or_default());
    let den = RwSignal::new(stored.map(|c| c.denominator.to_string()).unwrap_or_default());
    let error = RwSignal::new(None::<CellEntry>);
    let k2 = key.clone();
    let invalid = Memo::new(move |_| {
        state.workspace.read(DIVIDES, |d| d.cells.get(&k2).is_some_and(|c| !c.is_valid())).unwrap_or(false)
    });
    // Saves the cell, or (with `tell`) says what is wrong. While a count is typed, a whole
    // pair is saved at once (leaving the page straight after typing loses nothing) and a
    // half-typed one is named only when the field is left.
    // The cell as stored when either of its fields was entered: a pair left invalid puts it
    // back ("1,200" typed over 1200 saves "1" on the way).
    let at_focus = StoredValue::new(stored);
    let k3 = key.clone();
    let k4 = key.clone();
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
                error.set(Some(if n.is_empty() || d.is_empty() { CellEntry::NeedBoth } else { CellEntry::NotNumber }));
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
    // The cell's rate as typed, so a person checks a row at a glance (the data is theirs: no
    // suppression applies on this page).
    let rate =
        move || state.workspace.read(DIVIDES, |d| d.cells.get(&k4).and_then(|c| c.rate()).map(t::percent)).flatten();
    view! {
        <td class:cell-invalid=move || invalid.get() || error.with(Option::is_some)>
            <span class="cell-inputs">
                <input type="text" inputmode="numeric" id=nid size="4" bind:value=num aria-label=t::ddata_cell_label(&label, t::ddata_num())
                    aria-invalid=move || (invalid.get() || error.with(Option::is_some)).to_string()
                    aria-describedby=described
                    on:focus=move |_| remember()
                    on:input=move |ev| { num.set(event_target_value(&ev)); typing() }
                    on:change=move |_| commit() on:keydown=move |ev| nav(ev, "n")/>
                <span aria-hidden="true">" / "</span>
                <input type="text" inputmode="numeric" id=did size="4" bind:value=den aria-label=t::ddata_cell_label(&label, t::ddata_den())
                    aria-invalid=move || (invalid.get() || error.with(Option::is_some)).to_string()
                    aria-describedby=described2
                    on:focus=move |_| remember2()
                    on:input=move |ev| { den.set(event_target_value(&ev)); typing2() }
                    on:change=move |_| commit2() on:keydown=move |ev| nav(ev, "d")/>
                <span class="cell-rate">{rate}</span>
            </span>
            {move || error.get().map(CellEntry::said).or_else(|| invalid.get().then(t::invalid_cell))
                .map(|e| view! { <span class="error-text cell-error" id=eid.clone()>{e}</span> })}
        </td>
    }
}

#[component]
pub(super) fn DataGrid(grid_rev: RwSignal<u32>) -> impl IntoView {
    let state = expect_state();
    let data = state.sections().divides;
    let indicator = RwSignal::new("dedicated-device".to_string());
    let dim = RwSignal::new(String::new());
    let structure = Memo::new(move |_| data.with(|d| (d.schools.clone(), d.indicators(), d.dimensions())));
    view! {
        <section aria-labelledby="grid-heading">
            <h2 id="grid-heading">{t::ddata_grid()}</h2>
            <p class="hint">{t::ddata_grid_hint()}</p>
            <div class="filters">
                <div class="field">
                    <label for="grid-indicator">{t::ddata_grid_indicator()}</label>
                    <select id="grid-indicator" prop:value=move || indicator.get() on:change=move |ev| indicator.set(event_target_value(&ev))>
                        {move || structure.with(|(_, inds, _)| inds.iter().map(|i| view! { <option value=i.id.clone()>{t::divide_indicator_name(i)}</option> }).collect_view())}
                    </select>
                </div>
                <div class="field">
                    <label for="grid-dim">{t::ddata_grid_dimension()}</label>
                    <select id="grid-dim" prop:value=move || dim.get() on:change=move |ev| dim.set(event_target_value(&ev))>
                        <option value="">{t::ddata_grid_none()}</option>
                        {move || structure.with(|(_, _, dims)| dims.iter().map(|d| view! { <option value=d.id.clone()>{t::dimension_name(&d.id, &d.name)}</option> }).collect_view())}
                    </select>
                </div>
            </div>
            {move || {
                grid_rev.track();
                let (schools, _, dims) = structure.get();
                if schools.is_empty() {
                    return view! { <p class="empty">{t::ddata_no_schools()}</p> }.into_any();
                }
                let ind = indicator.get();
                let groups: Vec<Option<(String, String, String)>> = std::iter::once(None)
                    .chain(dims.iter().filter(|d| d.id == dim.get()).flat_map(|d| d.groups.iter().map(|g| Some((d.id.clone(), g.id.clone(), t::group_name(&d.id, &g.id, &g.name))))))
                    .collect();
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::ddata_grid_region()>
                        <table class="data-table grid" id="data-grid">
                            <caption class="visually-hidden">{t::ddata_grid()}</caption>
                            <thead><tr>
                                <th scope="col">{t::heatmap_col_school()}</th>
                                {groups.iter().map(|g| view! { <th scope="col">{g.as_ref().map_or(t::ddata_grid_whole().to_string(), |x| x.2.clone())}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {schools.iter().enumerate().map(|(row, s)| view! {
                                    <tr>
                                        <th scope="row">{s.name.clone()}</th>
                                        {groups.iter().enumerate().map(|(col, g)| {
                                            let key = CellKey { indicator: ind.as_str().into(), school: s.id.as_str().into(), group: g.as_ref().map(|x| (x.0.as_str().into(), x.1.as_str().into())) };
                                            let label = format!("{}, {}", s.name, g.as_ref().map_or(t::ddata_grid_whole().to_string(), |x| x.2.clone()));
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
