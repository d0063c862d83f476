//! The report workbook's worker: a wasm module of its own, started by the Report page only when
//! someone downloads the workbook, so the Excel writer is not part of the app's first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    digital_equity_workbench::browser::worker::serve(|request| {
        dew_domain::report::workbook_from_request(request).map_err(|e| e.wire())
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The workbook worker runs in the browser, started by the Report page.");
}
