//! The CSV import of aggregate counts: pick a file, read it in slices, preview, add or replace, undo.

use super::*;

/// The divide data import: a clean file's preview, and the data as it was before it was
/// applied, for undo.
pub(super) type Import = ImportFlow<Box<Preview>, Box<DivideData>>;

#[component]
pub(super) fn CsvImport(grid_rev: RwSignal<u32>) -> impl IntoView {
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
        if let Some(before) = st.try_update(|f| f.undo(t::ddata_undone())).flatten() {
            edit_divides(state, |d| *d = *before);
            grid_rev.update(|n| *n += 1);
        }
    });
    let template = move |_| {
        let _ = download::download_text(t::template_file_name(), "text/csv", &template_csv(t::file_lang()));
    };
    view! {
        <section aria-labelledby="csv-heading">
            <h2 id="csv-heading">{t::ddata_import()}</h2>
            <p><button type="button" class="secondary" on:click=template>{t::ddata_template()}</button></p>
            <CsvFileField id="csv-file" label=t::ddata_import_label() hint=t::ddata_import_hint() on_file=Callback::new(on_file)/>
            {move || st.with(|f| import_status::step(
                f,
                Ids { reading: "csv-reading", errors: "csv-errors", done: "csv-done" },
                t::ddata_errors,
                Some(("csv-undo", t::ddata_undo(), undo)),
                |file, p| view! {
                    <div class="card" id="csv-preview">
                        <p>{t::ddata_preview(&file, p.cells.len(), p.new_schools.len(), p.overwrites)}</p>
                        <RadioGroup name="mode" legend=t::ddata_mode() value=mode
                            options=vec![("add", t::ddata_mode_add()), ("replace", t::ddata_mode_replace())]/>
                        <div class="actions">
                            <button type="button" id="csv-apply" on:click=confirm>{t::ddata_apply()}</button>
                            <button type="button" class="secondary" on:click=move |_| st.update(Import::cancel)>{t::ddata_cancel()}</button>
                        </div>
                    </div>
                }.into_any(),
            ))}
        </section>
    }
}
