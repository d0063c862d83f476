//! Writes the performance budget's large district (src/domain/large_sample.rs) as the app
//! stores it, for bench/click.mjs to load into the browser's localStorage.
//! Usage: cargo run --release --example large_district -- <file>

fn main() {
    let path = std::env::args().nth(1).expect("usage: large_district <file>");
    let ws = digital_equity_workbench::domain::large_sample::large_district();
    let doc = digital_equity_workbench::domain::schema::encode(&ws, "2026-11-23T12:00:00.000Z", false);
    std::fs::write(&path, doc).expect("the file can be written");
}
