//! What writing the page-hide journal costs for the large district (src/domain/large_sample.rs)
//! after one reflection is typed, natively: with the divide cells shared between the edited
//! workspace and the saved one (as the store has them, `DivideData::cells` being an `Arc`), and
//! with every cycle's cells copied apart, which is how the two compared before the `Arc`.
//! Usage: cargo run --release --example journal_cost

use dew_domain::assessment::content::AREAS;
use dew_domain::plan::{set_reflection, Prompt};
use dew_domain::schema::journal::journal;
use std::time::Instant;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let t0 = Instant::now();
            f();
            t0.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[runs / 2]
}

fn main() {
    let saved = dew_domain::large_sample::large_district();
    let mut now = saved.clone();
    set_reflection(&mut now.current_cycle_mut().reflections, AREAS[0].id, Prompt::Now, "Typed before the tab closed.");
    let mut bytes = 0;
    let shared = median_ms(21, || bytes = journal(&saved, &now, "base", "at").map_or(0, |j| j.len()));
    let mut apart = now.clone();
    for c in &mut apart.cycles {
        c.divides.cells = std::sync::Arc::new((*c.divides.cells).clone());
    }
    let copied = median_ms(21, || {
        journal(&saved, &apart, "base", "at");
    });
    println!("journal of one reflection in the large district: {bytes} bytes");
    println!("  cells shared (as the store has them): median {shared:.2} ms over 21 runs");
    println!("  cells copied apart (as before the Arc): median {copied:.2} ms over 21 runs");
}
