//! Long-running work that pages start: reading a picked file in slices. The decisions (which
//! read is current, what each outcome shows) are the domain's state machine,
//! `dew_domain::import_flow`; this runs it against the browser's files and clock.

use crate::browser::{file, page};
use dew_domain::import_flow::{ImportFlow, Problems, SliceReader, Ticket};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// Imports the file picked in `ev` (the input is cleared, so picking the same file again
/// reads it again): reads it as CSV text, then `import(ticket, file name, text)` reads that (with
/// [`read_in_slices`]) and gives the outcome, which `flow` shows unless another file was picked,
/// the import was cancelled or the page was left meanwhile. `import` gives `None` when it saw
/// its read go stale.
pub fn import_picked_file<P, U, Fut>(
    flow: RwSignal<ImportFlow<P, U>>,
    ev: &leptos::ev::Event,
    import: impl FnOnce(Ticket, String, String) -> Fut + 'static,
) where
    P: Send + Sync + 'static,
    U: Send + Sync + 'static,
    Fut: Future<Output = Option<Result<P, Problems>>> + 'static,
{
    let Some(f) = file::picked_file(ev) else { return };
    file::clear_input(ev);
    let name = file::name(&f);
    let Some(ticket) = flow.try_update(|fl| fl.pick(&name)) else { return };
    spawn_local(async move {
        let outcome = match file::read_csv_text(&f).await {
            Err(e) => Some(Err(Problems::one(e))),
            Ok(text) => import(ticket, name, text).await,
        };
        if let Some(outcome) = outcome {
            flow.try_update(|fl| fl.read(ticket, outcome));
        }
    });
}

/// Reads `reader` over a text of `text_len` bytes, `records` at a step, in slices that let the
/// page paint and answer (`page::in_slices`), showing progress in `flow`. The reader once it
/// has read everything; `None` once the read is stale (see [`import_picked_file`]).
pub async fn read_in_slices<P, U, R>(
    flow: RwSignal<ImportFlow<P, U>>,
    ticket: Ticket,
    text_len: usize,
    mut reader: R,
    records: usize,
) -> Option<R>
where
    P: Send + Sync + 'static,
    U: Send + Sync + 'static,
    R: SliceReader,
{
    let current = move || flow.try_with_untracked(|f| f.is_current(ticket)) == Some(true);
    let done = page::in_slices(
        &mut reader,
        |r| r.step(records),
        |r| {
            flow.try_update(|f| f.progress(ticket, r.progress(text_len)));
        },
        current,
    )
    .await;
    done.then_some(reader)
}
