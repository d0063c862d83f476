//! The passphrase lock's settings (set, change, remove; lock after idle minutes), on the
//! Privacy page, and the password field the unlock screen shares.

use crate::browser::page;
use crate::ui::i18n as t;
use crate::ui::state::{expect_state, LockStatus};
use dew_domain::lock::{check_new_passphrase, PassphraseProblem, AUTO_LOCK_CHOICES};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A labelled password field with its error shown next to it.
#[component]
pub fn PassField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    #[prop(default = "current-password")] autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = {
        let (e, h) = (error_id.clone(), hint_id.clone());
        move || {
            let mut v = Vec::new();
            if hint.is_some() {
                v.push(h.clone());
            }
            if error.with(Option::is_some) {
                v.push(e.clone());
            }
            (!v.is_empty()).then(|| v.join(" "))
        }
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="error-text" id=error_id.clone()>{e}</p> })}
            <input id=id type="password" autocomplete=autocomplete bind:value=value
                aria-invalid=move || error.with(Option::is_some).to_string() aria-describedby=described/>
        </div>
    }
}

/// Which passphrase form is being filled in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Set,
    Change,
    Remove,
}

/// The lock settings, on the Privacy page.
#[component]
pub fn LockSettings() -> impl IntoView {
    let state = expect_state();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<PassphraseProblem>);
    let current_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let notice = RwSignal::new(None::<String>);
    let open_form = RwSignal::new(None::<Form>);

    let new_error = Signal::derive(move || match problem.get() {
        Some(PassphraseProblem::TooShort) => Some(t::lock_too_short().to_string()),
        _ => None,
    });
    let repeat_error = Signal::derive(move || match problem.get() {
        Some(PassphraseProblem::Mismatch) => Some(t::lock_mismatch().to_string()),
        _ => None,
    });

    let clear = move || {
        for s in [current, new, repeat] {
            s.set(String::new());
        }
        problem.set(None);
        current_error.set(None);
    };

    let run = move |form: Form| {
        if busy.get_untracked() {
            return;
        }
        notice.set(None);
        current_error.set(None);
        if form != Form::Remove {
            let p = check_new_passphrase(&new.get_untracked(), &repeat.get_untracked()).err();
            problem.set(p);
            match p {
                Some(PassphraseProblem::TooShort) => return page::focus("new-passphrase"),
                Some(PassphraseProblem::Mismatch) => return page::focus("repeat-passphrase"),
                None => {}
            }
        }
        if form != Form::Set && current.with_untracked(String::is_empty) {
            current_error.set(Some(t::lock_enter_passphrase().into()));
            return page::focus("current-passphrase");
        }
        busy.set(true);
        let (c, n) = (current.get_untracked(), new.get_untracked());
        spawn_local(async move {
            let r = match form {
                Form::Set => state.set_passphrase(None, n).await,
                Form::Change => state.set_passphrase(Some(c), n).await,
                Form::Remove => state.remove_passphrase(c).await,
            };
            busy.set(false);
            match r {
                Ok(failed) => {
                    clear();
                    open_form.set(None);
                    notice.set(Some(t::lock_done(matches!(form, Form::Remove), matches!(form, Form::Change), failed)));
                    page::focus("lock-notice");
                }
                Err(e) if form == Form::Set => notice.set(Some(t::lock_failure(&e))),
                Err(e) => {
                    current_error.set(Some(t::lock_failure(&e)));
                    page::focus("current-passphrase");
                }
            }
        });
    };
    let submit = move |form: Form| {
        move |ev: SubmitEvent| {
            ev.prevent_default();
            run(form);
        }
    };
    let lock_now = move |_| {
        spawn_local(async move {
            if let Err(e) = state.lock_now().await {
                notice.set(Some(t::lock_failure(&e)));
            }
        });
    };
    let auto_lock_changed = move |ev| {
        let v = event_target_value(&ev).parse::<u32>().ok();
        match state.set_auto_lock(v) {
            Ok(()) => notice.set(Some(t::lock_auto_saved(v))),
            Err(e) => notice.set(Some(t::storage_error(&e))),
        }
    };

    let new_fields = move || {
        view! {
            <PassField id="new-passphrase" label=t::lock_new() value=new error=new_error autocomplete="new-password" hint=t::lock_new_hint()/>
            <PassField id="repeat-passphrase" label=t::lock_repeat() value=repeat error=repeat_error autocomplete="new-password"/>
        }
    };
    let current_field = move || view! { <PassField id="current-passphrase" label=t::lock_current() value=current error=current_error.into()/> };
    let toggle = move |f: Form| {
        move |_| {
            clear();
            notice.set(None);
            open_form.set(if open_form.get_untracked() == Some(f) { None } else { Some(f) });
        }
    };

    view! {
        <section aria-labelledby="lock-settings-heading" class="card" id="lock-settings">
            <h2 id="lock-settings-heading">{t::lock_settings_heading()}</h2>
            <p>{t::lock_settings_text()}</p>
            <p class="warning"><strong>{t::lock_forget_warning()}</strong></p>
            {move || match (state.lock.status.get(), state.workspace.is_open()) {
                (LockStatus::Open, _) => view! {
                    <p id="lock-state">{t::lock_state_on()}</p>
                    <div class="actions">
                        <button type="button" id="lock-now-settings" on:click=lock_now>{t::lock_now()}</button>
                    </div>
                    <div class="field">
                        <label for="auto-lock">{t::lock_auto()}</label>
                        <select id="auto-lock" on:change=auto_lock_changed>
                            {AUTO_LOCK_CHOICES.into_iter().map(|c| view! {
                                <option value=c.map(|m| m.to_string()).unwrap_or_default() selected=state.lock.auto_lock.get_untracked() == c>{t::auto_lock_choice(c)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="button" class="secondary" id="change-passphrase" aria-expanded=move || (open_form.get() == Some(Form::Change)).to_string() on:click=toggle(Form::Change)>{t::lock_change()}</button>
                        <button type="button" class="secondary" id="remove-passphrase" aria-expanded=move || (open_form.get() == Some(Form::Remove)).to_string() on:click=toggle(Form::Remove)>{t::lock_remove()}</button>
                    </div>
                    {move || match open_form.get() {
                        Some(Form::Change) => view! {
                            <form on:submit=submit(Form::Change) novalidate=true aria-label=t::lock_change()>
                                {current_field()}
                                {new_fields()}
                                <button type="submit" id="change-confirm" disabled=move || busy.get()>{t::lock_change_confirm()}</button>
                            </form>
                        }.into_any(),
                        Some(Form::Remove) => view! {
                            <form on:submit=submit(Form::Remove) novalidate=true aria-label=t::lock_remove()>
                                <p>{t::lock_remove_text()}</p>
                                {current_field()}
                                <button type="submit" class="danger" id="remove-confirm" disabled=move || busy.get()>{t::lock_remove_confirm()}</button>
                            </form>
                        }.into_any(),
                        _ => ().into_any(),
                    }}
                }.into_any(),
                (_, false) => view! { <p class="empty" id="lock-state">{t::lock_needs_workspace()}</p> }.into_any(),
                (_, true) => view! {
                    <p id="lock-state">{t::lock_state_off()}</p>
                    <form on:submit=submit(Form::Set) novalidate=true aria-label=t::lock_set()>
                        {new_fields()}
                        <button type="submit" id="set-passphrase" disabled=move || busy.get()>{t::lock_set()}</button>
                    </form>
                }.into_any(),
            }}
            <p role="status" id="lock-progress">{move || busy.get().then_some(t::lock_working())}</p>
            <p id="lock-notice" tabindex="-1" role="status">{move || notice.get()}</p>
        </section>
    }
}
