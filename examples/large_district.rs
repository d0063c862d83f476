//! Writes the performance budget's large district (src/domain/large_sample.rs) as the app
//! stores it, for bench/click.mjs and tests/e2e/large.test.mjs to put in the browser's
//! localStorage.
//! Usage: cargo run --release --example large_district -- <file> [--plain] [--unrated] [--distinct]
//!   --plain     as plain JSON, the way the app stored it before large documents were packed
//!   --unrated   with the current cycle's own ratings cleared (for the click benchmark)
//!   --distinct  with each cycle's divide counts made a little different (the generated cycles
//!               are otherwise identical, and a view protected once would serve them all)

use dew_domain::schema::encode;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .expect("usage: large_district <file> [--plain] [--unrated] [--distinct]");
    let mut ws = dew_domain::large_sample::large_district();
    if args.iter().any(|a| a == "--unrated") {
        ws.current_cycle_mut().assessment.own = Default::default();
    }
    if args.iter().any(|a| a == "--distinct") {
        for (k, c) in ws.cycles.iter_mut().enumerate() {
            // k more students meeting the indicator in cycle k's first cell with room.
            let k = k as u64;
            if let Some(n) = c.divides.cells_mut().values_mut().find(|n| n.numerator + k <= n.denominator) {
                n.numerator += k;
            }
        }
    }
    let at = "2026-11-23T12:00:00.000Z";
    let doc = if args.iter().any(|a| a == "--plain") {
        let value: serde_json::Value = serde_json::from_str(&encode(&ws, at, true)).expect("the app's own JSON");
        value.to_string()
    } else {
        encode(&ws, at, false)
    };
    std::fs::write(path, doc).expect("the file can be written");
}
