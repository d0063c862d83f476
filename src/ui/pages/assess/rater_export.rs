//! This device's ratings as a rater file for the facilitator, with the rater's name and role.

use super::*;

#[component]
pub(super) fn RaterExport() -> impl IntoView {
    let state = expect_state();
    let profile = state.workspace.with_untracked(|w| w.as_ref().and_then(|ws| ws.rater_profile.clone()));
    let name = RwSignal::new(profile.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let role = RwSignal::new(profile.map(|p| p.role.as_wire().to_string()).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, r) = (name.get_untracked(), Role::from_wire(&role.get_untracked()));
        let Some(role) = r else {
            error.set(Some(t::team_role_required()));
            page::focus("rater-role");
            return;
        };
        if n.trim().is_empty() {
            error.set(Some(t::rater_name_required()));
            page::focus("rater-name");
            return;
        }
        let Some(ws) = state.workspace.get_untracked() else { return };
        let own = &ws.current_cycle().assessment.own;
        if !own.values().any(Rating::is_rated) {
            error.set(Some(t::rater_nothing_rated()));
            return;
        }
        error.set(None);
        let ctx = Context { district: &ws.district, cycle: &ws.current_cycle().label, device_key: &ws.device_key };
        let text = rater_file::export(&ctx, &n, role, own, &clock::now_iso());
        let (date, _, _) = clock::local_date();
        if download::download_text(&rater_file::file_name(&n, &ws.district, &date), "application/json", &text).is_err()
        {
            error.set(Some(t::data_download_failed()));
        }
        let profile = RaterProfile { name: n.trim().to_string(), role };
        if ws.rater_profile.as_ref() != Some(&profile) {
            state.workspace.update(|w| {
                if let Some(ws) = w {
                    ws.rater_profile = Some(profile);
                }
            });
        }
    };
    view! {
        <section class="card" aria-labelledby="rater-export-heading">
            <h2 id="rater-export-heading">{t::rater_export_heading()}</h2>
            <p>{t::rater_export_text()}</p>
            <form on:submit=export novalidate=true>
                {move || error.get().map(|e| view! { <p class="error-text" role="alert" id="rater-export-error">{e}</p> })}
                <div class="field">
                    <label for="rater-name">{t::rater_name_label()}</label>
                    <input id="rater-name" type="text" bind:value=name autocomplete="name"/>
                </div>
                <div class="field">
                    <label for="rater-role">{t::rater_role_label()}</label>
                    <select id="rater-role" prop:value=move || role.get() on:change=move |ev| role.set(event_target_value(&ev))>
                        <option value="">{t::team_role_choose()}</option>
                        {Role::ALL.into_iter().map(|r| view! { <option value=r.as_wire()>{t::role_label(r)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" id="export-rater-file">{t::rater_export_button()}</button>
            </form>
        </section>
    }
}
