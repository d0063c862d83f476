//! The list of stakeholder groups missing from a team.

use crate::ui::i18n as t;
use dew_domain::team::{missing_stakeholders, Role};
use leptos::prelude::*;

/// Names every stakeholder category the team lacks, or says the team is complete.
#[component]
pub fn MissingStakeholders(
    /// The roles of the team's members.
    #[prop(into)]
    roles: Signal<Vec<Role>>,
) -> impl IntoView {
    let missing = Memo::new(move |_| missing_stakeholders(roles.get()));
    view! {
        <section class="missing" aria-labelledby="missing-heading">
            <h2 id="missing-heading">{t::team_missing_heading()}</h2>
            {move || {
                let m = missing.get();
                if m.is_empty() {
                    view! { <p class="ok">{t::team_all_present()}</p> }.into_any()
                } else {
                    view! {
                        <ul class="missing-list">
                            {m.into_iter().map(|s| view! { <li>{t::missing_stakeholder(s)}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}
