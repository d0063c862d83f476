//! The survey file's preview and its mapping: columns, answers and groups.

use super::*;

#[component]
pub(super) fn MappingForm(
    pv: RwSignal<Option<Preview>>,
    mapping: RwSignal<Mapping>,
    strict: RwSignal<bool>,
    data: DivideData,
    /// The survey kit the file comes from: a column mapped by hand gets the kit's answer words.
    kit: RwSignal<Option<KitMatch>>,
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
            <h2 id="survey-mapping-heading" tabindex="-1">{t::survey_mapping_heading()}</h2>
            <p>{t::survey_sampled(p.sampled, header.len())}</p>
            <div class="filters">
                <div class="field">
                    <label for="survey-encoding">{t::survey_encoding()}</label>
                    <select id="survey-encoding" on:change=move |ev| {
                        let encoding = if event_target_value(&ev) == "1252" { Encoding::Windows1252 } else { Encoding::Utf8 };
                        on_sniff.run(Sniff { encoding, ..sniff });
                    }>
                        <option value="utf8" selected=sniff.encoding == Encoding::Utf8>"UTF-8"</option>
                        <option value="1252" selected=sniff.encoding == Encoding::Windows1252>"Windows-1252 (Excel “CSV”)"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="survey-delimiter">{t::survey_delimiter()}</label>
                    <select id="survey-delimiter" on:change=move |ev| {
                        let d = event_target_value(&ev).parse::<u8>().unwrap_or(b',');
                        on_sniff.run(Sniff { delimiter: d, ..sniff });
                    }>
                        {DELIMITERS.into_iter().map(|d| view! { <option value=d.to_string() selected=d == sniff.delimiter>{t::delimiter_name(d)}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::survey_preview_caption()>
                <table class="data-table" id="survey-preview">
                    <caption>{t::survey_preview_caption()}</caption>
                    <thead><tr>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>{p.rows.iter().take(3).map(|r| view! { <tr>{r.iter().map(|v| view! { <td>{v.clone()}</td> }).collect_view()}</tr> }).collect_view()}</tbody>
                </table>
            </div>

            <h3>{t::survey_school_heading()}</h3>
            <div class="field">
                <label for="sv-school">{t::survey_school_column()}</label>
                <select id="sv-school" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    mapping.update(|m| m.set_school((!v.is_empty()).then_some(v)));
                }>
                    <option value="">{t::survey_choose()}</option>
                    {let o = col_options.clone(); move || o(school_col())}
                </select>
                <AlsoRead mapping=mapping column=Signal::derive(school_col)/>
            </div>

            <h3>{t::survey_groups_heading()}</h3>
            <p class="hint">{t::survey_groups_hint()}</p>
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
                        let col = (!col.is_empty()).then_some(col.as_str());
                        pv.with_untracked(|p| if let Some(p) = p {
                            kit.with_untracked(|k| mapping.update(|m| match k {
                                Some(k) => k.set_group_column(m, &dim, col, p),
                                None => m.set_group_column(&dim, col, p),
                            }));
                        });
                    }
                };
                let o = col_options.clone();
                let c2 = chosen.clone();
                let c3 = chosen.clone();
                view! {
                    <div class="mapping-row">
                        <div class="field">
                            <label for=id.clone()>{t::dimension_name(&dim.id, &dim.name)}</label>
                            <select id=id.clone() on:change=change>
                                <option value="">{t::survey_not_in_file()}</option>
                                {move || o(chosen().unwrap_or_default())}
                            </select>
                            <AlsoRead mapping=mapping column=Signal::derive(move || c3().unwrap_or_default())/>
                        </div>
                        {move || c2().map(|col| {
                            let dim = dim2.clone();
                            let also = mapping.with_untracked(|m| m.also_of(&col).to_vec());
                            let seen = pv.with(|p| p.as_ref().and_then(|p| p.values_with(&col, &also)));
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
                                                        <option value="">{t::survey_no_group()}</option>
                                                        {dim.groups.iter().map(|g| view! { <option value=g.id.clone() selected=g.id == current>{t::group_name(&dim.id, &g.id, &g.name)}</option> }).collect_view()}
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

            <h3>{t::survey_answers_heading()}</h3>
            <p class="hint">{t::survey_answers_hint()}</p>
            {answer_cols.into_iter().map(|i| {
                let col = header[i].clone();
                let id = format!("sv-col-{i}");
                let inds = inds.clone();
                let chosen = {
                    let c = col.clone();
                    move || mapping.with(|m| m.indicator_of(&c).map(str::to_string))
                };
                // A column read with another (the same question in another language) shows its
                // indicator and where it is read, its words being under the other.
                let own = {
                    let c = col.clone();
                    move || mapping.with(|m| m.answers.iter().any(|a| a.column == c))
                };
                let used_elsewhere = {
                    let c = col.clone();
                    move || mapping.with(|m| m.is_key_column(&c) || (m.is_also_column(&c) && m.primary_of(&c).is_some_and(|p| m.is_key_column(p))))
                };
                let change = {
                    let c = col.clone();
                    move |ev| {
                        let ind = event_target_value(&ev);
                        let ind = (!ind.is_empty()).then_some(ind);
                        pv.with_untracked(|p| if let Some(p) = p {
                            kit.with_untracked(|k| mapping.update(|m| match k {
                                Some(k) => k.set_answer_column(m, &c, ind, p),
                                None => m.set_answer_column(&c, ind, p),
                            }));
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
                                <option value="">{t::survey_not_used()}</option>
                                {let inds = inds.clone(); let chosen = chosen.clone(); move || { let sel = chosen().unwrap_or_default(); inds.iter().map(|x| view! { <option value=x.id.clone() selected=x.id == sel>{t::divide_indicator_name(x)}</option> }).collect_view() }}
                            </select>
                            <AlsoRead mapping=mapping column=Signal::derive({ let c = col.clone(); move || c.clone() })/>
                            {let c = col.clone(); move || mapping.with(|m| m.primary_of(&c).map(|p| view! { <p class="hint">{t::survey_read_with(p)}</p> }))}
                        </div>
                        {let c2 = c2.clone(); let col2 = col2.clone(); let own = own.clone(); move || c2().filter(|_| own()).map(|_| {
                            let also = mapping.with_untracked(|m| m.also_of(&col2).to_vec());
                            let seen = pv.with(|p| p.as_ref().and_then(|p| p.values_with(&col2, &also))).unwrap_or_default();
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
                                                    <option value="">{t::survey_choose()}</option>
                                                    {Answer::ALL.into_iter().map(|a| view! { <option value=a.as_wire() selected=current == Some(a)>{t::survey_answer_name(a)}</option> }).collect_view()}
                                                </select>
                                            </div>
                                        }
                                    }).collect_view()}
                                    <p class="hint">{t::survey_blank_note()}</p>
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
                <label for="survey-strict" class="inline">{t::survey_strict()}</label>
            </div>
            <div id="survey-problems" tabindex="-1">
                {move || {
                    let list = problem_list();
                    (!list.is_empty()).then(|| view! {
                        <p class="error-text">{t::survey_problems()}</p>
                        <ul class="problems">{list.iter().map(|x| view! { <li>{t::survey_problem(x)}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
            <div class="actions">
                <button type="button" id="survey-run" on:click=move |_| on_run.run(())>{t::survey_run()}</button>
            </div>
        </section>
    }
    .into_any()
}

/// Under a mapped column: the other columns asking the same question (a section in another
/// language), read when this one is blank.
#[component]
fn AlsoRead(mapping: RwSignal<Mapping>, column: Signal<String>) -> impl IntoView {
    move || {
        let also = mapping.with(|m| m.also_of(&column.get()).to_vec());
        (!also.is_empty()).then(|| {
            let list = also.iter().map(|c| format!("“{c}”")).collect::<Vec<_>>().join(", ");
            view! { <p class="hint also-read">{t::survey_also_read(&list)}</p> }
        })
    }
}
