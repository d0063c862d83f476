//! "/team": the cycle's team, who is missing, and add / edit / remove with undo.

use crate::browser::page;
use crate::ui::components::missing::MissingStakeholders;
use crate::ui::components::workspace_page::WorkspacePage;
use crate::ui::i18n as t;
use crate::ui::routes::Page;
use crate::ui::state::expect_state;
use crate::ui::store::TEAM;
use dew_domain::team::Role;
use dew_domain::workspace::{CycleId, Member, MemberId};
use leptos::prelude::*;

/// A removal that can still be undone.
#[derive(Clone)]
struct Removed {
    cycle: CycleId,
    index: usize,
    member: Member,
}

fn who(m: &Member) -> String {
    t::member_ref(m.name.as_deref(), m.role)
}

#[component]
fn RoleSelect(
    id: &'static str,
    value: RwSignal<String>,
    /// The id of an error message about this field, when there is one.
    #[prop(into)]
    described_by: Signal<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <select id=id prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))
            aria-describedby=move || described_by.get()>
            <option value="">{t::team_role_choose()}</option>
            {Role::ALL.into_iter().map(|r| view! { <option value=r.as_wire()>{t::role_label(r)}</option> }).collect_view()}
        </select>
    }
}

#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <WorkspacePage title=Page::Team.title()>
            <TeamEditor/>
        </WorkspacePage>
    }
}

#[component]
fn TeamEditor() -> impl IntoView {
    let state = expect_state();
    let team = Memo::new(move |_| {
        let current = state.workspace.top(|w| w.as_ref().map(|ws| ws.current));
        current.zip(state.workspace.read(TEAM, Vec::clone))
    });
    let roles = Signal::derive(move || {
        team.with(|t| t.as_ref().map(|(_, m)| m.iter().map(|m| m.role).collect()).unwrap_or_default())
    });

    let status = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<Removed>);

    // Add form
    let new_name = RwSignal::new(String::new());
    let new_role = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<(&'static str, String)>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        add_error.set(None);
        let Some(role) = Role::from_wire(&new_role.get_untracked()) else {
            add_error.set(Some(("new-role", t::team_role_required().to_string())));
            page::focus("new-role");
            return;
        };
        let name = new_name.get_untracked();
        let mut result = None;
        state.workspace.update(|w| {
            if let Some(ws) = w {
                let c = ws.current;
                result = Some(ws.add_member(c, &name, role).map(|id| (c, id)));
            }
        });
        match result {
            Some(Ok(_)) => {
                let n = name.trim();
                status.set(Some(t::team_added(&t::member_ref((!n.is_empty()).then_some(n), role))));
                removed.set(None);
                new_name.set(String::new());
                new_role.set(String::new());
                page::focus("new-name");
            }
            Some(Err(e)) => {
                add_error.set(Some(("new-name", t::workspace_error(&e))));
                page::focus("new-name");
            }
            None => {}
        }
    };

    // Editing one row at a time
    let editing = RwSignal::new(None::<MemberId>);
    let edit_name = RwSignal::new(String::new());
    let edit_role = RwSignal::new(String::new());
    let edit_error = RwSignal::new(None::<String>);
    let start_edit = move |m: &Member| {
        edit_name.set(m.name.clone().unwrap_or_default());
        edit_role.set(m.role.as_wire().to_string());
        edit_error.set(None);
        editing.set(Some(m.id));
        page::focus("edit-name");
    };
    let save_edit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(id), Some(role)) = (editing.get_untracked(), Role::from_wire(&edit_role.get_untracked())) else {
            edit_error.set(Some(t::team_role_required().to_string()));
            return;
        };
        let name = edit_name.get_untracked();
        let mut result = None;
        state.workspace.update(|w| {
            if let Some(ws) = w {
                let c = ws.current;
                result = Some(ws.update_member(c, id, &name, role));
            }
        });
        match result {
            Some(Ok(())) => {
                let n = name.trim();
                status.set(Some(t::team_saved(&t::member_ref((!n.is_empty()).then_some(n), role))));
                editing.set(None);
                page::focus(&format!("edit-{}", id.0));
            }
            Some(Err(e)) => edit_error.set(Some(t::workspace_error(&e))),
            None => {}
        }
    };

    let remove = move |id: MemberId| {
        let mut out = None;
        state.workspace.update(|w| {
            if let Some(ws) = w {
                let c = ws.current;
                out = ws.remove_member(c, id).ok().map(|(index, member)| Removed { cycle: c, index, member });
            }
        });
        if let Some(r) = out {
            status.set(Some(t::team_removed(&who(&r.member))));
            removed.set(Some(r));
            page::focus("undo-remove");
        }
    };
    let undo = move |_| {
        if let Some(r) = removed.get_untracked() {
            let mut ok = false;
            state.workspace.update(|w| {
                if let Some(ws) = w {
                    ok = ws.restore_member(r.cycle, r.index, r.member.clone()).is_ok();
                }
            });
            if ok {
                status.set(Some(t::team_restored(&who(&r.member))));
            }
            removed.set(None);
            page::focus("new-name");
        }
    };

    let rows = move || {
        let (_, members) = team.get().unwrap_or((CycleId(0), Vec::new()));
        members
            .into_iter()
            .map(|m| {
                let id = m.id;
                let label = who(&m);
                if editing.get() == Some(id) {
                    view! {
                        <tr class="editing">
                            <td colspan="3">
                                <form class="inline-form" on:submit=save_edit>
                                    <div class="field">
                                        <label for="edit-name">{t::team_name_label()}</label>
                                        {move || edit_error.get().map(|e| view! { <p class="error-text" id="edit-error">{e}</p> })}
                                        <input id="edit-name" type="text" bind:value=edit_name
                                            aria-describedby=move || edit_error.with(Option::is_some).then_some("edit-error")/>
                                    </div>
                                    <div class="field">
                                        <label for="edit-role">{t::team_role_label()}</label>
                                        <RoleSelect id="edit-role" value=edit_role described_by=move || edit_error.with(Option::is_some).then_some("edit-error")/>
                                    </div>
                                    <div class="actions">
                                        <button type="submit">{t::team_save()}</button>
                                        <button type="button" class="secondary" on:click=move |_| { editing.set(None); page::focus(&format!("edit-{}", id.0)); }>{t::team_cancel()}</button>
                                    </div>
                                </form>
                            </td>
                        </tr>
                    }
                    .into_any()
                } else {
                    let m2 = m.clone();
                    view! {
                        <tr>
                            <td>{m.name.clone().unwrap_or_else(|| t::team_no_name().to_string())}</td>
                            <td>{t::role_label(m.role)}</td>
                            <td class="row-actions">
                                <button type="button" class="secondary small" id=format!("edit-{}", id.0)
                                    aria-label=t::team_edit_label(&label) on:click=move |_| start_edit(&m2)>{t::team_edit()}</button>
                                <button type="button" class="danger small"
                                    aria-label=t::team_remove_label(&label) on:click=move |_| remove(id)>{t::team_remove()}</button>
                            </td>
                        </tr>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };

    view! {
        <p class="lead">{t::team_intro()}</p>
        <div class="status" role="status" aria-live="polite">
            {move || status.get().map(|s| view! {
                <p>{s}" "
                    {move || removed.with(Option::is_some).then(|| view! {
                        <button type="button" class="secondary small" id="undo-remove" on:click=undo>{t::team_undo()}</button>
                    })}
                </p>
            })}
        </div>
        <MissingStakeholders roles=roles/>
        <h2>{t::team_table_caption()}</h2>
        {move || if team.with(|t| t.as_ref().is_none_or(|(_, m)| m.is_empty())) {
            view! { <p class="empty">{t::team_empty()}</p> }.into_any()
        } else {
            view! {
                <table class="data-table">
                    <caption class="visually-hidden">{t::team_table_caption()}</caption>
                    <thead><tr><th scope="col">{t::team_col_name()}</th><th scope="col">{t::team_col_role()}</th><th scope="col">{t::team_col_actions()}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any()
        }}
        <section class="card" aria-labelledby="add-heading">
            <h2 id="add-heading">{t::team_add_heading()}</h2>
            <form on:submit=add novalidate=true class="add-form">
                <div class="field" class:has-error=move || add_error.with(|e| matches!(e, Some(("new-name", _))))>
                    <label for="new-name">{t::team_name_label()}</label>
                    {move || add_error.get().filter(|(f, _)| *f == "new-name").map(|(_, e)| view! { <p class="error-text" id="new-name-error">{e}</p> })}
                    <input id="new-name" type="text" bind:value=new_name autocomplete="off"
                        aria-describedby=move || add_error.with(|e| matches!(e, Some(("new-name", _)))).then_some("new-name-error")/>
                </div>
                <div class="field" class:has-error=move || add_error.with(|e| matches!(e, Some(("new-role", _))))>
                    <label for="new-role">{t::team_role_label()}</label>
                    {move || add_error.get().filter(|(f, _)| *f == "new-role").map(|(_, e)| view! { <p class="error-text" id="new-role-error">{e}</p> })}
                    <RoleSelect id="new-role" value=new_role described_by=move || add_error.with(|e| matches!(e, Some(("new-role", _)))).then_some("new-role-error")/>
                </div>
                <button type="submit">{t::team_add()}</button>
            </form>
        </section>
    }
}
