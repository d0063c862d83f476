//! A product's usage by student group: a usage CSV read on the shared import flow, its
//! columns chosen first, then its findings as the divide analysis makes them.

use super::*;

/// The usage import: a clean file's preview and the divide data it makes.
pub(super) type UsageImport = ImportFlow<Box<(Preview, DivideData)>, ()>;

#[component]
pub(super) fn Usage(id: u32) -> impl IntoView {
    let state = expect_state();
    let st = RwSignal::new(UsageImport::default());
    let choosing = RwSignal::new(None::<(String, String, Vec<String>)>);
    let mapping = RwSignal::new(Mapping::default());
    let usage =
        Memo::new(move |_| state.workspace.read(PORTFOLIO, |p| p.product(id).and_then(|x| x.usage.clone())).flatten());
    // First the header: the columns are chosen before the rows are read.
    let on_file = move |ev: leptos::ev::Event| {
        choosing.set(None);
        flows::import_picked_file(st, &ev, move |ticket, name, text| async move {
            let h = match headers(&text) {
                Err(e) => return Some(Err(Problems::one(t::csv_error(&e)))),
                Ok(h) => h,
            };
            if st.try_with_untracked(|f| f.is_current(ticket)) != Some(true) {
                return None;
            }
            mapping.set(suggest(&h));
            st.update(UsageImport::cancel);
            choosing.set(Some((name, text, h)));
            None
        });
    };
    let check = move |_| {
        // The mapping stays on screen until the file reads cleanly: a column left unchosen, or
        // a column of words chosen for a count, is then mended where it is named.
        let Some((name, text, _)) = choosing.get_untracked() else { return };
        let ticket = st.update_untracked(|f| f.pick(&name));
        st.notify();
        let m = mapping.get_untracked();
        spawn_local(async move {
            let outcome = async {
                let unchosen = m.unchosen();
                if !unchosen.is_empty() {
                    return Some(Err(Problems::one(t::usage_columns_unchosen(&unchosen))));
                }
                let reader = match UsageReader::new(&text, &m) {
                    Err(e) => return Some(Err(Problems::one(t::csv_error(&e)))),
                    Ok(r) => r,
                };
                // Read in slices that let the page paint and answer (issue 28, item 7).
                let reader = flows::read_in_slices(st, ticket, text.len(), reader, 2_000).await?;
                let base = state
                    .workspace
                    .with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().divides.clone()))
                    .unwrap_or_default();
                Some(match reader.finish(&base) {
                    (p, _) if !p.is_clean() => {
                        Err(Problems { listed: p.errors.iter().map(t::csv_error).collect(), more: p.more_errors })
                    }
                    (p, skeleton) => Ok(Box::new((p, skeleton))),
                })
            }
            .await;
            if let Some(o) = outcome {
                let clean = o.is_ok();
                st.try_update(|f| f.read(ticket, o));
                if clean && st.try_with_untracked(|f| matches!(f.step(), Step::Ready { .. })) == Some(true) {
                    choosing.set(None);
                }
            }
        });
    };
    let use_counts = move |_| {
        let Some((file, ready)) = st.try_update(UsageImport::take_preview).flatten() else { return };
        let (p, skeleton) = *ready;
        match usage_data(&p, skeleton.clone()) {
            Some(data) => {
                let n = data.cells.len();
                edit_portfolio(state, |pf| {
                    if let Ok(x) = pf.product_mut(id) {
                        x.usage = Some(data);
                    }
                });
                st.update(|f| f.applied(t::usage_saved(n), None));
            }
            None => st.update(|f| f.offer(file, Box::new((p, skeleton)))),
        }
    };
    let remove = move |_| {
        edit_portfolio(state, |pf| {
            if let Ok(x) = pf.product_mut(id) {
                x.usage = None;
            }
        });
        choosing.set(None);
        st.update(|f| f.applied(t::usage_removed().into(), None));
    };
    let column = move |key: &'static str,
                       label: &'static str,
                       h: Vec<String>,
                       get: fn(&Mapping) -> Option<usize>,
                       set: fn(&mut Mapping, Option<usize>)| {
        let fid = format!("usage-col-{key}");
        let current = get(&mapping.get_untracked());
        view! {
            <div class="field">
                <label for=fid.clone()>{label}</label>
                <select id=fid on:change=move |ev| { let v = event_target_value(&ev).parse::<usize>().ok(); mapping.update(|m| set(m, v)); }>
                    <option value="" selected=current.is_none()>{t::usage_not_in_file()}</option>
                    {h.into_iter().enumerate().map(|(i, name)| view! { <option value=i.to_string() selected=current == Some(i)>{name}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section aria-labelledby="usage-heading">
            <h3 id="usage-heading">{t::usage_heading()}</h3>
            <p class="hint">{t::usage_intro()}</p>
            <div class="field">
                <label for="usage-file">{t::usage_file()}</label>
                <input id="usage-file" type="file" accept=".csv,text/csv" on:change=on_file/>
            </div>
            {move || choosing.get().map(|(_, _, h)| view! {
                <fieldset class="card" id="usage-mapping">
                    <legend>{t::usage_map()}</legend>
                    <div class="field-row">
                        {column("school", t::usage_col_school(), h.clone(), |m| m.school, |m, v| m.school = v)}
                        {column("dimension", t::usage_col_dimension(), h.clone(), |m| m.dimension, |m, v| m.dimension = v)}
                        {column("group", t::usage_col_group(), h.clone(), |m| m.group, |m, v| m.group = v)}
                        {column("active", t::usage_col_active(), h.clone(), |m| m.active, |m, v| m.active = v)}
                        {column("enrolled", t::usage_col_enrolled(), h, |m| m.enrolled, |m, v| m.enrolled = v)}
                    </div>
                    <button type="button" id="usage-check" on:click=check>{t::usage_check()}</button>
                </fieldset>
            })}
            {move || st.with(|f| import_status::step(
                f,
                Ids { reading: "usage-reading", errors: "usage-errors", done: "usage-done" },
                // With the columns on screen, they may be what is wrong; before, only the file.
                move |file, n| if choosing.with_untracked(Option::is_some) { t::usage_errors(file, n) } else { t::ddata_errors(file, n) },
                None,
                |file, preview| view! {
                    <div class="card" id="usage-preview">
                        <p>{format!("“{file}”: ")}{t::usage_ready(preview.0.cells.len(), preview.0.new_schools.len())}</p>
                        <div class="actions">
                            <button type="button" id="usage-use" on:click=use_counts>{t::usage_use()}</button>
                            <button type="button" class="secondary" on:click=move |_| st.update(UsageImport::cancel)>{t::cancel()}</button>
                        </div>
                    </div>
                }.into_any(),
            ))}
            {move || match usage.get() {
                None => view! { <p class="hint" id="usage-none">{t::usage_none()}</p> }.into_any(),
                Some(data) => {
                    let a = protected_view(&data);
                    let sentences: Vec<String> = findings(&a).iter().filter_map(|f| sentence(&data, &a, f.cell)).collect();
                    let i = a.indicators.iter().position(|x| x.id == USAGE_INDICATOR);
                    let rows: Vec<(String, String)> = a.cells.iter().filter(|c| Some(c.indicator) == i).map(|c| {
                        let who = crate::ui::components::findings::who(&data, &a, c);
                        let value = match c.status {
                            Status::Shown => c.rate().map(t::percent).unwrap_or_default(),
                            Status::Invalid => t::invalid_cell().to_string(),
                            Status::ComplementarySuppressed => t::suppressed_complement().to_string(),
                            Status::Suppressed => t::fewer_than(a.min_n),
                        };
                        (who, value)
                    }).collect();
                    view! {
                        <h4>{t::usage_findings()}</h4>
                        {if sentences.is_empty() {
                            view! { <p>{t::usage_no_findings()}</p> }.into_any()
                        } else {
                            view! { <ul id="usage-findings">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t::usage_table()>
                            <table class="data-table" id="usage-table">
                                <caption class="visually-hidden">{t::usage_table()}</caption>
                                <thead><tr><th scope="col">{t::plan_measure_group()}</th><th scope="col">{t::usage_col_active()}</th></tr></thead>
                                <tbody>{rows.into_iter().map(|(w, v)| view! { <tr><th scope="row">{w}</th><td>{v}</td></tr> }).collect_view()}</tbody>
                            </table>
                        </div>
                        <button type="button" class="secondary" on:click=remove>{t::usage_remove()}</button>
                    }.into_any()
                }
            }}
        </section>
    }
}
