//! "/data": download a backup, link a backup file, restore a backup after a preview (replace
//! or merge), and the copies set aside.

mod linked;
mod restore;
mod set_asides;

use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use leptos::prelude::*;
use linked::LinkedFile;
use restore::RestoreBackup;
use set_asides::SetAsideList;

#[component]
pub fn DataPage() -> impl IntoView {
    use_page_title(Page::Data.title());
    let state = expect_state();
    let export_error = RwSignal::new(None::<&'static str>);

    let export = move |_| {
        export_error.set(state.download_backup().err().map(|_| t::data_download_failed()));
    };

    view! {
        <h1>{Page::Data.title()}</h1>
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t::data_export_heading()}</h2>
            <p>{t::data_export_text()}</p>
            {move || if state.workspace.is_open() {
                view! { <button type="button" id="export-backup" on:click=export>{t::data_export_button()}</button> }.into_any()
            } else {
                view! { <p class="empty">{t::data_export_none()}</p> }.into_any()
            }}
            {move || export_error.get().map(|e| view! { <p class="error-text" role="alert">{e}</p> })}
        </section>
        <LinkedFile/>
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t::data_import_heading()}</h2>
            <RestoreBackup/>
        </section>
        <SetAsideList/>
    }
}
