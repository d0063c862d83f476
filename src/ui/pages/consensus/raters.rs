//! The raters' files: import one (a cycle mismatch is confirmed first), list them with how
//! much each rated, remove one with undo.

use super::*;

/// A file waiting for the facilitator to confirm a cycle mismatch.
#[derive(Clone)]
struct Pending {
    file: String,
    checked: Checked,
}

fn merge(state: AppState, rater: ImportedRater) -> Option<Merge> {
    state.workspace.edit(ASSESSMENT, |a| a.merge_rater(rater))
}

fn merge_message(file: &str, name: &str, m: Merge) -> String {
    match m {
        Merge::Added => t::consensus_file_added(file, name),
        Merge::Replaced => t::consensus_file_replaced(file, name),
        Merge::KeptNewer => t::consensus_file_kept(file, name),
    }
}

#[component]
pub(super) fn RaterImport() -> impl IntoView {
    let state = expect_state();
    let messages = RwSignal::new(Vec::<(bool, String)>::new());
    let pending = RwSignal::new(Vec::<Pending>::new());
    let on_files = move |ev: leptos::ev::Event| {
        let files = file::picked_files(&ev);
        file::clear_input(&ev);
        messages.set(Vec::new());
        spawn_local(async move {
            for f in files {
                let name = file::name(&f);
                let Some(ws) = state.workspace.get_untracked() else { return };
                let ctx =
                    Context { district: &ws.district, cycle: &ws.current_cycle().label, device_key: &ws.device_key };
                let outcome = match file::read_text(&f).await {
                    Err(e) => Err(t::consensus_file_unreadable(&name, &e)),
                    Ok(text) => rater_file::import(&text, &ctx)
                        .map_err(|e| t::consensus_file_failed(&name, &t::rater_file_error(&e))),
                };
                match outcome {
                    Err(said) => messages.update(|m| m.push((false, said))),
                    Ok(c) if c.other_cycle.is_some() => pending.update(|p| p.push(Pending { file: name, checked: c })),
                    Ok(c) => {
                        let rater = c.rater.name.clone();
                        if let Some(m) = merge(state, c.rater) {
                            messages.update(|v| v.push((true, merge_message(&name, &rater, m))));
                        }
                    }
                }
            }
        });
    };
    let resolve = move |i: usize, accept: bool| {
        let Some(p) = pending.with_untracked(|v| v.get(i).cloned()) else { return };
        pending.update(|v| {
            v.remove(i);
        });
        if accept {
            let rater = p.checked.rater.name.clone();
            if let Some(m) = merge(state, p.checked.rater) {
                messages.update(|v| v.push((true, merge_message(&p.file, &rater, m))));
            }
        }
        page::focus("rater-files");
    };
    view! {
        <section aria-labelledby="import-raters-heading">
            <h2 id="import-raters-heading">{t::consensus_import_heading()}</h2>
            <div class="field">
                <label for="rater-files">{t::consensus_import_label()}</label>
                <p class="hint" id="rater-files-hint">{t::consensus_import_hint()}</p>
                <input id="rater-files" type="file" multiple=true accept=".json,application/json" aria-describedby="rater-files-hint" on:change=on_files/>
            </div>
            <div role="status" id="rater-import-messages">
                {move || messages.get().into_iter().map(|(ok, m)| view! { <p class=if ok { "ok" } else { "error-text" }>{m}</p> }).collect_view()}
            </div>
            {move || pending.get().into_iter().enumerate().map(|(i, p)| {
                let ours = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.current_cycle().label.clone())).unwrap_or_default();
                let theirs = p.checked.other_cycle.clone().unwrap_or_default();
                view! {
                    <div class="warning confirm" role="alert">
                        <p>{t::consensus_other_cycle(&p.file, &p.checked.rater.name, &theirs, &ours)}</p>
                        <div class="actions">
                            <button type="button" on:click=move |_| resolve(i, true)>{t::consensus_import_anyway()}</button>
                            <button type="button" class="secondary" on:click=move |_| resolve(i, false)>{t::consensus_skip()}</button>
                        </div>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

#[component]
pub(super) fn RaterList() -> impl IntoView {
    let state = expect_state();
    let removed = RwSignal::new(None::<ImportedRater>);
    let raters = Memo::new(move |_| state.workspace.read(ASSESSMENT, |a| a.raters.clone()).unwrap_or_default());
    let own_rated =
        move || state.workspace.read(ASSESSMENT, |a| a.own.values().filter(|r| r.is_rated()).count()).unwrap_or(0);
    let remove = move |key: String| {
        let out = state.workspace.edit(ASSESSMENT, |a| a.remove_rater(&key)).flatten();
        if out.is_some() {
            removed.set(out);
            page::focus("undo-rater");
        }
    };
    let undo = move || {
        if let Some(r) = removed.get_untracked() {
            merge(state, r);
            removed.set(None);
        }
    };
    view! {
        <section aria-labelledby="raters-heading">
            <h2 id="raters-heading">{t::consensus_raters_heading()}</h2>
            <div role="status" class="status">
                {move || removed.get().map(|r| view! {
                    <p>{undo_note(t::consensus_removed(&r.name), "undo-rater", t::consensus_undo(), undo)}</p>
                })}
            </div>
            {move || raters.with(Vec::is_empty).then(|| view! { <p class="empty">{t::consensus_no_raters()}</p> })}
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::consensus_raters_region()>
            <table class="data-table" id="raters-table">
                <caption class="visually-hidden">{t::consensus_raters_heading()}</caption>
                <thead><tr>
                    <th scope="col">{t::consensus_col_rater()}</th><th scope="col">{t::consensus_col_role()}</th>
                    <th scope="col">{t::consensus_col_rated()}</th><th scope="col">{t::consensus_col_exported()}</th>
                    <th scope="col">{t::consensus_col_actions()}</th>
                </tr></thead>
                <tbody>
                    <tr><td>{t::consensus_you()}</td><td>{t::results_none()}</td><td>{own_rated}</td><td>{t::results_none()}</td><td></td></tr>
                    {move || raters.get().into_iter().map(|r| {
                        let key = r.key.clone();
                        let rated = r.ratings.values().filter(|x| x.is_rated()).count();
                        view! {
                            <tr>
                                <td>{r.name.clone()}</td>
                                <td>{t::role_label(r.role)}</td>
                                <td>{rated}</td>
                                <td>{r.exported_at.clone()}</td>
                                <td><button type="button" class="danger small" aria-label=t::consensus_remove_label(&r.name)
                                    on:click=move |_| remove(key.clone())>{t::consensus_remove()}</button></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}
