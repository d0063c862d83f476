//! Times the survey import's parsing and counting natively, on a file from bench/survey/gen.mjs
//! with the benchmark's mapping (bench/survey/README.md): the part of bench/survey.mjs's time
//! that is ours, without a browser. Prints each run, and parsing alone; then the best run.
//! Usage: cargo run --release --example survey_speed -- <file.csv> [runs]
use dew_domain::survey::{count::Counter, preview, read::Rows, saved_from_json};
use dew_domain::workspace::Workspace;
use std::time::Instant;

const MAPPING: &str = r#"[{"school":"School","groups":[{"column":"Race/Ethnicity","dimension":"race","values":{"hispanic or latino":"hispanic","white":"white","black or african american":"black","asian":"asian","two or more races":"multi","american indian or alaska native":"aian","native hawaiian or other pacific islander":"nhpi"}},{"column":"IEP","dimension":"swd","values":{"y":"yes","n":"no"}},{"column":"EL Status","dimension":"el","values":{"yes":"yes","no":"no"}},{"column":"Free/Reduced Lunch","dimension":"econ","values":{"free":"yes","reduced":"yes","paid":"no"}},{"column":"Grade","dimension":"grade","values":{"k":"elementary","1":"elementary","2":"elementary","3":"elementary","4":"elementary","5":"elementary","6":"middle","7":"middle","8":"middle","9":"high","10":"high","11":"high","12":"high"}}],"answers":[{"column":"Does your child have a computer or tablet for schoolwork that is theirs to use?","indicator":"dedicated-device","values":{"yes":"meets","sí":"meets","si":"meets","true":"meets","1":"meets","no":"does-not-meet","false":"does-not-meet","0":"does-not-meet","sometimes":"does-not-meet"}},{"column":"Is there internet at home that works on that device?","indicator":"home-internet","values":{"yes":"meets","sí":"meets","si":"meets","true":"meets","1":"meets","no":"does-not-meet","false":"does-not-meet","0":"does-not-meet","sometimes":"does-not-meet"}},{"column":"Is the device good enough for all schoolwork?","indicator":"device-sufficient","values":{"yes":"meets","sí":"meets","si":"meets","true":"meets","1":"meets","no":"does-not-meet","false":"does-not-meet","0":"does-not-meet","sometimes":"does-not-meet"}}]}]"#;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).unwrap();
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let ws = Workspace::sample();
    let data = &ws.current_cycle().divides;
    let m = saved_from_json(Some(MAPPING)).remove(0);
    let p = preview(&bytes[..65536], false, None).unwrap();
    let mut best = f64::MAX;
    let mut n_rows = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let mut c = Counter::new(&m, &p, data, false).unwrap();
        let mut rows = Rows::new(p.sniff);
        for chunk in bytes.chunks(65536) {
            c.feed(&mut rows, chunk);
        }
        c.finish(&mut rows);
        let s = c.summary();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        best = best.min(ms);
        n_rows = s.rows;
        let t = Instant::now();
        let mut rows = Rows::new(p.sniff);
        let mut n = 0usize;
        for chunk in bytes.chunks(65536) {
            rows.feed(chunk, &mut |_, r| n += r.len());
        }
        let parse = t.elapsed().as_secs_f64() * 1e3;
        eprintln!("{ms:.1} ms (parse alone {parse:.1} ms, {n} fields), rows {}, counted {}", s.rows, s.counted);
    }
    println!("best of {runs}: {best:.1} ms for {n_rows} rows, {:.0} ns a row", best * 1e6 / n_rows as f64);
}
