//! Long-running work that pages start: reading a picked file in slices, and counting a survey
//! file as a stream. The decisions (which read is current, what each outcome shows, when a
//! count stops) are the domain's state machines, `dew_domain::import_flow` and
//! `dew_domain::survey::flow`; this runs them against the browser's files and clock.

use crate::browser::{file, page};
use dew_domain::import_flow::{ImportFlow, Problems, SliceReader, Ticket};
use dew_domain::survey::count::Counter;
use dew_domain::survey::read::{Rows, Sniff};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// Imports the file picked in `ev` (the input is cleared, so picking the same file again
/// reads it again): reads its text (UTF-8, or Windows-1252 as Excel writes CSV), then `import(ticket, file name, text)` reads that (with
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
            Err(e) => Some(Err(Problems::one(crate::ui::i18n::file_read_failed(&e)))),
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

/// How counting a survey file ended.
pub enum CountEnd {
    /// The whole file was counted.
    Done(Box<Counter>),
    Cancelled,
    /// The browser could not read the file.
    Failed(file::FileError),
}

/// Longest stretch of counting without letting the browser paint and take input.
const COUNT_YIELD_MS: f64 = 50.0;

/// Counts the rows of `f` (a row-level survey export read as `sniff` says) with `counter`,
/// as a stream: the browser reads the next piece while this one is counted, and no row is
/// kept once counted. Every 50 ms it reports the bytes read (`progress`) and lets the page
/// paint and take a click on Cancel; it stops at the next piece once `should_stop` is true.
pub async fn count_survey(
    f: &web_sys::File,
    mut counter: Counter,
    sniff: Sniff,
    should_stop: impl Fn() -> bool,
    progress: impl Fn(f64),
) -> CountEnd {
    page::mark_detail("dew-survey-start", &[("wasm", page::wasm_memory_bytes())]);
    let mut rows = Rows::new(sniff);
    let mut buf = Vec::new();
    let mut at = 0.0;
    let mut peak = page::wasm_memory_bytes();
    // Time spent parsing and counting, and waiting for the browser to hand over a piece.
    let (mut compute, mut wait) = (0.0, 0.0);
    let stream = file::open_stream(f);
    let mut last_yield = page::now();
    loop {
        let t0 = page::now();
        let next = stream.next(&mut buf).await;
        wait += page::now() - t0;
        match next {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return CountEnd::Failed(e),
        }
        if should_stop() {
            stream.cancel();
            return CountEnd::Cancelled;
        }
        let t0 = page::now();
        counter.feed(&mut rows, &buf);
        compute += page::now() - t0;
        at += buf.len() as f64;
        // Pieces already read arrive without a pause: the bar moves only when the browser gets
        // its turn, as nothing is painted in between.
        if page::now() - last_yield > COUNT_YIELD_MS {
            peak = peak.max(page::wasm_memory_bytes());
            progress(at);
            page::yield_to_browser().await;
            last_yield = page::now();
        }
    }
    peak = peak.max(page::wasm_memory_bytes());
    drop(buf);
    if should_stop() {
        return CountEnd::Cancelled;
    }
    counter.finish(&mut rows);
    page::mark_detail(
        "dew-survey-done",
        &[("rows", counter.summary().rows as f64), ("wasm_peak", peak), ("compute_ms", compute), ("wait_ms", wait)],
    );
    CountEnd::Done(Box::new(counter))
}
