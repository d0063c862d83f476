//! The Data page's linked backup file.

use crate::browser::linked_file::LinkedFileError;
use crate::ui::i18n as t;
use crate::ui::state::expect_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The linked backup file: link one, see when it was last written and checked, stop linking.
#[component]
pub fn LinkedFile() -> impl IntoView {
    use crate::ui::linked_backup::{self, Linked};
    let state = expect_state();
    let status = linked_backup::status();
    let error = RwSignal::new(None::<LinkedFileError>);
    let choose = move |_| {
        error.set(None);
        let district = state.workspace.with_untracked(|w| w.as_ref().map(|ws| ws.district.clone())).unwrap_or_default();
        let name = dew_domain::stored::backup_file_name(&district, "linked");
        spawn_local(async move {
            match linked_backup::link(state, name, t::linked_file_type()).await {
                // Closing the picker is not a failure.
                Ok(()) | Err(LinkedFileError::Aborted) => {}
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let text = move || match status.get() {
        Linked::Unsupported => t::linked_unsupported().to_string(),
        Linked::Looking => t::linked_looking().to_string(),
        Linked::NotLinked => t::linked_none().to_string(),
        Linked::Linked(n) => t::linked_linked(&n),
        Linked::NeedsPermission(n) => t::linked_needs_permission(&n),
        Linked::Writing(n) => t::linked_writing(&n),
        Linked::Written(n, at) => t::linked_written(&n, &at),
        Linked::Failed(n, why) => t::linked_failed(&n, &t::linked_failure(&why)),
    };
    let linked = move || linked_backup::linked_name().is_some();
    view! {
        <section aria-labelledby="linked-heading">
            <h2 id="linked-heading">{t::linked_heading()}</h2>
            <p>{t::linked_intro()}</p>
            <p id="linked-status" role="status">{text}</p>
            {move || (status.get() != Linked::Unsupported && state.workspace.is_open()).then(|| view! {
                <div class="actions">
                    <button type="button" id="linked-choose" on:click=choose>{t::linked_choose()}</button>
                    {move || matches!(status.get(), Linked::NeedsPermission(_)).then(|| view! {
                        <button type="button" on:click=move |_| spawn_local(crate::ui::linked_backup::allow(state))>{t::linked_allow()}</button>
                    })}
                    {move || linked().then(|| view! {
                        <button type="button" class="secondary" id="linked-stop" on:click=move |_| spawn_local(crate::ui::linked_backup::unlink())>{t::linked_stop()}</button>
                    })}
                </div>
            })}
            {move || error.get().map(|e| view! { <p class="error-text" role="alert">{t::linked_choose_failed(&t::linked_file_error(&e))}</p> })}
        </section>
    }
}
