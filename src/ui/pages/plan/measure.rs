//! A goal's success measure: the form, read by the domain (`plan::MeasureForm`).

use super::*;

#[component]
pub(super) fn MeasureEditor(goal: u32, measure: Option<Measure>, data: Memo<DivideData>) -> impl IntoView {
    let state = expect_state();
    let p = format!("goal-{goal}-measure");
    let (d_ind, d_school, d_group) = data.with_untracked(|d| {
        (
            d.indicators().into_iter().map(|i| (i.id.clone(), t::divide_indicator_name(&i))).collect::<Vec<_>>(),
            d.schools.iter().map(|s| (s.id.clone(), s.name.clone())).collect::<Vec<_>>(),
            d.dimensions()
                .into_iter()
                .flat_map(|dim| {
                    dim.groups.into_iter().map(move |g| {
                        (
                            format!("{}:{}", dim.id, g.id),
                            format!(
                                "{}: {}",
                                t::dimension_name(&dim.id, &dim.name),
                                t::group_name(&dim.id, &g.id, &g.name)
                            ),
                        )
                    })
                })
                .collect::<Vec<_>>(),
        )
    });
    let first_sa = all_indicators().next().map(|(_, i)| i.id.to_string()).unwrap_or_default();
    let first_ind = d_ind.first().map(|x| x.0.clone()).unwrap_or_default();
    // The fields' first values, and reading them back, are the domain's (`plan::MeasureForm`).
    let f0 = MeasureForm::of(measure.as_ref(), &first_ind, &first_sa);
    let kind0 = f0.kind.as_wire();
    let kind = RwSignal::new(kind0.to_string());
    let ind = RwSignal::new(f0.indicator);
    let school = RwSignal::new(f0.school);
    let group = RwSignal::new(f0.group);
    let target = RwSignal::new(f0.target);
    let sa = RwSignal::new(f0.sa_indicator);
    let level = RwSignal::new(f0.level);
    let by = RwSignal::new(f0.by);
    let error = RwSignal::new(None::<String>);
    // Reads every field and saves the measure, or (with `tell`) says what is wrong; the stored
    // measure is left as it was until the fields make a valid one. While a field is being typed
    // in, a valid measure is saved at once and an invalid one is named only when it is left.
    let save_or_tell = move |tell: bool| {
        let read = || {
            MeasureForm {
                kind: MeasureKind::from_wire(&kind.get_untracked()),
                indicator: ind.get_untracked(),
                school: school.get_untracked(),
                group: group.get_untracked(),
                target: target.get_untracked(),
                sa_indicator: sa.get_untracked(),
                level: level.get_untracked(),
                by: by.get_untracked(),
            }
            .read()
        };
        match read() {
            Ok(m) => {
                error.set(None);
                edit_plan(state, |pl| {
                    if let Ok(g) = pl.goal_mut(goal) {
                        g.measure = m;
                    }
                });
            }
            Err(e) if tell => error.set(Some(t::plan_error(&e))),
            Err(_) => {}
        }
    };
    let save = move || save_or_tell(true);
    let set = move |sig: RwSignal<String>| {
        move |ev| {
            sig.set(event_target_value(&ev));
            save();
        }
    };
    let typing = move |sig: RwSignal<String>| {
        move |ev| {
            sig.set(event_target_value(&ev));
            save_or_tell(false);
        }
    };
    let err_id = format!("{p}-error");
    let (p1, p2, p3) = (p.clone(), p.clone(), p.clone());
    view! {
        <fieldset class="measure">
            <legend>{t::plan_measure()}</legend>
            <div class="field">
                <label for=format!("{p}-kind")>{t::plan_measure_kind()}</label>
                <select id=format!("{p}-kind") on:change=set(kind)>
                    <option value="" selected=kind0.is_empty()>{t::plan_measure_none()}</option>
                    <option value="rate" selected=kind0 == "rate">{t::plan_measure_rate()}</option>
                    <option value="level" selected=kind0 == "level">{t::plan_measure_level()}</option>
                </select>
            </div>
            {move || error.get().map(|e| view! { <p class="error-text" id=err_id.clone() role="alert">{e}</p> })}
            <Show when=move || kind.get() == "rate">
                <div class="field-row">
                    <div class="field">
                        <label for=format!("{p1}-indicator")>{t::plan_measure_indicator()}</label>
                        <select id=format!("{p1}-indicator") on:change=set(ind)>
                            {d_ind.iter().map(|(id, name)| view! { <option value=id.clone() selected=*id == ind.get_untracked()>{name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p1}-school")>{t::plan_measure_school()}</label>
                        <select id=format!("{p1}-school") on:change=set(school)>
                            <option value="" selected=school.get_untracked().is_empty()>{t::filter_district()}</option>
                            {d_school.iter().map(|(id, name)| view! { <option value=id.clone() selected=*id == school.get_untracked()>{name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p1}-group")>{t::plan_measure_group()}</label>
                        <select id=format!("{p1}-group") on:change=set(group)>
                            <option value="" selected=group.get_untracked().is_empty()>{t::plan_measure_all_students()}</option>
                            {d_group.iter().map(|(id, name)| view! { <option value=id.clone() selected=*id == group.get_untracked()>{name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p1}-target")>{t::plan_measure_target()}</label>
                        <input id=format!("{p1}-target") type="text" inputmode="decimal" prop:value=move || target.get() on:input=typing(target) on:change=set(target)/>
                    </div>
                </div>
            </Show>
            <Show when=move || kind.get() == "level">
                <div class="field-row">
                    <div class="field">
                        <label for=format!("{p2}-sa-indicator")>{t::plan_measure_indicator()}</label>
                        <select id=format!("{p2}-sa-indicator") on:change=set(sa)>
                            {all_indicators().map(|(_, i)| view! { <option value=i.id selected=i.id == sa.get_untracked()>{t::indicator_statement(i)}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p2}-level")>{t::plan_measure_level_target()}</label>
                        <select id=format!("{p2}-level") on:change=move |ev| {
                            level.set(level_from_wire(&event_target_value(&ev)).unwrap_or(Level::Established));
                            save();
                        }>
                            {Level::ALL.into_iter().map(|l| view! { <option value=level_to_wire(l) selected=l == level.get_untracked()>{t::level_name(l)}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
            </Show>
            <Show when=move || !kind.get().is_empty()>
                <div class="field">
                    <label for=format!("{p3}-by")>{t::plan_measure_by()}</label>
                    <input id=format!("{p3}-by") type="date" prop:value=move || by.get() on:input=typing(by) on:change=set(by)/>
                </div>
            </Show>
        </fieldset>
    }
}
