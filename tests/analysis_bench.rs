//! Benchmark, not a test (scripts/bench runs it; the test command does not): the analysis of a
//! 150-school × 8-group × 20-indicator district, from stored counts to ranked findings, in
//! headless Chromium, release build. Prints the median of 51 runs after 5 warm-up runs (the
//! first runs also grow the wasm memory, which a refresh in a running app does not). Goal: ≤ 5 ms.
#![cfg(target_arch = "wasm32")]

use digital_equity_workbench::domain::divides::analysis::analyse;
use digital_equity_workbench::domain::divides::findings::findings;
use digital_equity_workbench::domain::divides::sample::synthetic;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn analysis_of_a_150_school_district() {
    let data = synthetic(150, 8, 20);
    let perf = web_sys::window().unwrap().performance().unwrap();
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..5 {
        found = findings(&analyse(&data)).len();
    }
    for _ in 0..51 {
        let t0 = perf.now();
        let a = analyse(&data);
        found = findings(&a).len();
        times.push(perf.now() - t0);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = times[times.len() / 2];
    console_log!(
        "BENCH analysis 150 schools x 8 groups x 20 indicators ({} cells): median {:.2} ms over 51 runs (min {:.2}, max {:.2}); {} findings; goal <= 5 ms: {}",
        data.cells.len(),
        median,
        times[0],
        times[times.len() - 1],
        found,
        if median <= 5.0 { "PASS" } else { "MISS" }
    );
}
