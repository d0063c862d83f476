//! What every file import shows while it reads, when it finds problems and when it is done
//! (`dew_domain::import_flow::Step`): one markup for the divide data, inventory and usage
//! imports. Each takes the id its page's tests and links use.

use crate::ui::i18n as t;
use dew_domain::import_flow::{ImportFlow, Problems, Step};
use leptos::prelude::*;

/// "Reading “file”…" with a progress bar, in a status region.
pub fn reading(id: &'static str, file: &str, progress: f64) -> AnyView {
    let label = t::ddata_reading(file);
    view! {
        <p role="status" id=id>{label.clone()}" "
            <progress max="1" value=progress aria-label=label></progress>
        </p>
    }
    .into_any()
}

/// A read's problems under `heading` (which names the file and how many), in an alert: each
/// listed problem names its row and column; those not listed are counted.
pub fn problems(id: &'static str, heading: String, problems: Problems) -> AnyView {
    let more = problems.more;
    view! {
        <div class="banner banner-error" role="alert" id=id>
            <p>{heading}</p>
            <ul>{problems.listed.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            {(more > 0).then(|| view! { <p>{t::more_problems(more)}</p> })}
        </div>
    }
    .into_any()
}

/// An import's outcome, in a status region, with an undo button (`undo`: its id, label and
/// action) while it can be undone.
pub fn done(id: &'static str, message: String, undo: Option<(&'static str, &'static str, Callback<()>)>) -> AnyView {
    view! {
        <p class="ok" role="status" id=id>{message}
            {undo.map(|(bid, label, on)| view! { " "<button type="button" class="secondary small" id=bid on:click=move |_| on.run(())>{label}</button> })}
        </p>
    }
    .into_any()
}

/// The file picker of a CSV import: its label, a hint under it, and what picking a file does.
#[component]
pub fn CsvFileField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    on_file: Callback<leptos::ev::Event>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input id=id type="file" accept=".csv,text/csv" aria-describedby=hint_id on:change=move |ev| on_file.run(ev)/>
        </div>
    }
}

/// The ids an import's messages carry: while reading, with problems, and when done.
pub struct Ids {
    pub reading: &'static str,
    pub errors: &'static str,
    pub done: &'static str,
}

/// What an import shows at its step: nothing, progress, its problems under `heading(file,
/// count)`, the outcome with `undo` while it can be undone, or `ready(file, preview)`.
pub fn step<P: Clone, U>(
    flow: &ImportFlow<P, U>,
    ids: Ids,
    heading: impl Fn(&str, usize) -> String,
    undo: Option<(&'static str, &'static str, Callback<()>)>,
    ready: impl FnOnce(String, P) -> AnyView,
) -> AnyView {
    match flow.step() {
        Step::Idle => ().into_any(),
        Step::Reading { file, progress } => reading(ids.reading, file, *progress),
        Step::Failed { file, problems: p } => problems(ids.errors, heading(file, p.total()), p.clone()),
        Step::Done { message, undo: u } => done(ids.done, message.clone(), undo.filter(|_| u.is_some())),
        Step::Ready { file, preview } => ready(file.clone(), preview.clone()),
    }
}
