use digital_equity_workbench::domain::survey::{count::Counter, preview, read::{sniff, Record, Rows}, suggest, Answer};
use digital_equity_workbench::domain::workspace::Workspace;
use std::time::Instant;
fn main() {
    let bytes = std::fs::read("target/bench/survey-100k.csv").unwrap();
    let ws = Workspace::sample();
    let d = ws.current_cycle().divides.clone();
    let p = preview(&bytes[..256 * 1024], false, None).unwrap();
    let mut m = suggest(&p, &d);
    for a in &mut m.answers { a.values.insert("sometimes".into(), Answer::DoesNotMeet); }
    for _ in 0..3 {
        let t = Instant::now();
        let mut rows = Rows::new(sniff(&bytes));
        let mut n = 0u64;
        for c in bytes.chunks(2 << 20) { rows.feed(c, &mut |_, r: &Record| n += r.len() as u64); }
        rows.finish(&mut |_, _| {});
        let parse = t.elapsed();
        let t = Instant::now();
        let mut counter = Counter::new(&m, &p, &d, true).unwrap();
        let mut rows = Rows::new(sniff(&bytes));
        for c in bytes.chunks(2 << 20) { rows.feed(c, &mut |row, r: &Record| counter.row(row, r)); }
        rows.finish(&mut |row, r| counter.row(row, r));
        let all = t.elapsed();
        println!("parse only {:?} (fields {n}), parse+count {:?}, counted {}", parse, all, counter.summary().counted);
    }
}
