//! The district's schools, custom indicators and custom groupings.

use super::*;

/// The message under a field when it was left blank.
pub(super) fn field_error(blank: RwSignal<Vec<Field>>, field: Field, id: &'static str) -> impl IntoView {
    move || {
        blank.with(|b| b.contains(&field)).then(|| view! { <p class="error-text" id=id>{t::ddata_blank(field)}</p> })
    }
}

/// `aria-describedby` for a field: its error message, while there is one.
pub(super) fn described(
    blank: RwSignal<Vec<Field>>,
    field: Field,
    id: &'static str,
) -> impl Fn() -> Option<&'static str> {
    move || blank.with(|b| b.contains(&field)).then_some(id)
}

#[component]
pub(super) fn Schools() -> impl IntoView {
    let state = expect_state();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let added = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(true);
            page::focus("school-name");
            return;
        }
        error.set(false);
        let row = edit_divides(state, |d| {
            let taken: Vec<&str> = d.schools.iter().map(|s| s.id.as_str()).collect();
            let id = new_id(&n, "", &taken);
            d.schools.push(School { id, name: n.trim().to_string() });
            d.schools.len() - 1
        });
        name.set(String::new());
        if let Some(row) = row {
            // Focus follows what was added: the new school's first cell in the grid below.
            added.set(t::ddata_school_added(n.trim()));
            page::focus(&format!("g-{row}-0-n"));
        }
    };
    view! {
        <section aria-labelledby="schools-heading">
            <h2 id="schools-heading">{t::ddata_schools()}</h2>
            <form class="inline-form" on:submit=add novalidate=true>
                <div class="field">
                    <label for="school-name">{t::ddata_school_name()}</label>
                    {move || error.get().then(|| view! { <p class="error-text" id="school-name-error">{t::ddata_school_required()}</p> })}
                    <input id="school-name" type="text" bind:value=name aria-describedby=move || error.get().then_some("school-name-error")/>
                </div>
                <div class="actions"><button type="submit">{t::ddata_add_school()}</button></div>
            </form>
            <p role="status" id="school-added">{move || added.get()}</p>
        </section>
    }
}

#[component]
pub(super) fn Indicators() -> impl IntoView {
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
            <h2 id="ind-heading">{t::ddata_indicators()}</h2>
            <div class="table-scroll">
                <table class="data-table" id="indicator-table">
                    <caption class="visually-hidden">{t::ddata_indicators()}</caption>
                    <thead><tr><th scope="col">{t::ddata_col_name()}</th><th scope="col">{t::ddata_col_divide()}</th><th scope="col">{t::ddata_col_measures()}</th><th scope="col">{t::ddata_col_source()}</th><th scope="col">{t::ddata_col_kind()}</th></tr></thead>
                    <tbody>
                        {move || data.with(|d| d.indicators()).into_iter().map(|i| {
                            let cells = data.with(|d| d.cells.keys().filter(|k| *k.indicator == *i.id).count());
                            let (id, id2, nm) = (i.id.clone(), i.id.clone(), i.name.clone());
                            let i2 = i.clone();
                            view! {
                                <tr>
                                    <th scope="row">{t::divide_indicator_name(&i)}</th>
                                    <td>{t::divide_name(i.divide)}</td>
                                    <td>{format!("{} / {}", t::divide_indicator_numerator(&i), t::divide_indicator_denominator(&i))}</td>
                                    <td>{t::divide_indicator_source(&i)}</td>
                                    <td>
                                        {if i.builtin { view! { <span>{t::ddata_builtin()}</span> }.into_any() } else {
                                            view! {
                                                <span class="row-actions">
                                                    <span>{t::ddata_custom()}</span>
                                                    <button type="button" class="secondary small" on:click=move |_| start_edit(i2.clone())>{t::ddata_custom_edit()}</button>
                                                    {move || if confirm_delete.get().as_deref() == Some(id.as_str()) {
                                                        let k = id2.clone();
                                                        view! {
                                                            <span>{t::ddata_custom_delete_q(&nm, cells)}</span>
                                                            <button type="button" class="danger small" on:click=move |_| delete(k.clone())>{t::ddata_confirm_delete()}</button>
                                                            <button type="button" class="secondary small" on:click=move |_| confirm_delete.set(None)>{t::ddata_keep()}</button>
                                                        }.into_any()
                                                    } else {
                                                        let k = id.clone();
                                                        view! { <button type="button" class="danger small" on:click=move |_| confirm_delete.set(Some(k.clone()))>{t::ddata_custom_delete()}</button> }.into_any()
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
                <h3>{t::ddata_custom_heading()}</h3>
                <form on:submit=save novalidate=true>
                    <div class="field">
                        <label for="ci-name">{t::ddata_custom_name()}</label>
                        {field_error(blank, Field::Name, "ci-name-error")}
                        <input id="ci-name" type="text" bind:value=name aria-describedby=described(blank, Field::Name, "ci-name-error")/>
                    </div>
                    <div class="field">
                        <label for="ci-divide">{t::ddata_custom_divide()}</label>
                        <select id="ci-divide" prop:value=move || divide.get() on:change=move |ev| divide.set(event_target_value(&ev))>
                            {Divide::ALL.into_iter().map(|d| view! { <option value=format!("{d:?}")>{t::divide_name(d)}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="ci-num">{t::ddata_custom_num()}</label>
                        {field_error(blank, Field::Numerator, "ci-num-error")}
                        <input id="ci-num" type="text" bind:value=num aria-describedby=described(blank, Field::Numerator, "ci-num-error")/>
                    </div>
                    <div class="field">
                        <label for="ci-den">{t::ddata_custom_den()}</label>
                        {field_error(blank, Field::Denominator, "ci-den-error")}
                        <input id="ci-den" type="text" bind:value=den aria-describedby=described(blank, Field::Denominator, "ci-den-error")/>
                    </div>
                    <div class="check"><input id="ci-higher" type="checkbox" bind:checked=higher/><label for="ci-higher">{t::ddata_custom_direction()}</label></div>
                    <div class="field"><label for="ci-source">{t::ddata_custom_source()}</label><input id="ci-source" type="text" bind:value=source/></div>
                    <div class="actions">
                        <button type="submit">{move || if editing.with(Option::is_some) { t::ddata_custom_save() } else { t::ddata_custom_add() }}</button>
                        {move || editing.with(Option::is_some).then(|| view! {
                            <button type="button" class="secondary" on:click=move |_| editing.set(None)>{t::ddata_cancel()}</button>
                        })}
                    </div>
                </form>
            </div>
        </section>
    }
}

#[component]
pub(super) fn Dimensions() -> impl IntoView {
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
            <h2 id="dim-heading">{t::ddata_dim_heading()}</h2>
            {move || {
                let names: Vec<String> = data.with(|d| d.custom_dimensions.iter().map(|x| x.name.clone()).collect());
                (!names.is_empty()).then(|| view! { <p>{t::ddata_dims_custom(&names.join(", "))}</p> })
            }}
            <form on:submit=add novalidate=true>
                <div class="field">
                    <label for="dim-name">{t::ddata_dim_name()}</label>
                    {field_error(blank, Field::Name, "dim-name-error")}
                    <input id="dim-name" type="text" bind:value=name aria-describedby=described(blank, Field::Name, "dim-name-error")/>
                </div>
                <div class="field">
                    <label for="dim-groups">{t::ddata_dim_groups()}</label>
                    {field_error(blank, Field::Groups, "dim-groups-error")}
                    <input id="dim-groups" type="text" bind:value=groups aria-describedby=described(blank, Field::Groups, "dim-groups-error")/>
                </div>
                <button type="submit">{t::ddata_dim_add()}</button>
            </form>
        </section>
    }
}
