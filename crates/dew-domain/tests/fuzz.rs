//! A mutation fuzzer for every importer (see fuzz/README.md). Each importer gets valid seed
//! files and hostile ones; each input is a seed with 1–8 random mutations (bytes flipped,
//! inserted, deleted, duplicated, spliced from another seed, truncated, long runs of one
//! character), read as text the way the browser reads a file (invalid UTF-8 becomes U+FFFD),
//! and fed to the importer. An importer may refuse an input; it must never panic.
//!
//! `FUZZ_INPUTS` sets the inputs per importer: the test command runs a quick smoke run (2,000),
//! `scripts/fuzz` the long one (1,000,000). A panicking input is written to
//! `target/fuzz-crash-<importer>.bin` to reproduce it.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::assessment::rater_file::{self, Context};
use dew_domain::assessment::sample;
use dew_domain::divides::import::preview as aggregate_preview;
use dew_domain::divides::model::DivideData;
use dew_domain::divides::sample::data as sample_divides;
use dew_domain::portfolio::csv::{export as inventory_export, preview as inventory_preview};
use dew_domain::portfolio::sample::portfolio as sample_portfolio;
use dew_domain::portfolio::usage::{headers, suggest, usage_preview};
use dew_domain::portfolio::Portfolio;
use dew_domain::schema::decode;
use dew_domain::team::Role;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

/// xorshift64*: fast, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Bytes that matter to the formats: separators, quotes, brackets, control characters.
const SPECIAL: &[u8] = b",;\t\"'\n\r\0{}[]:\\-+.eE0123456789 \xff\xfe\xef\xbb\xbf";

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        let len = v.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                let b = if rng.below(2) == 0 { SPECIAL[rng.below(SPECIAL.len())] } else { rng.next() as u8 };
                v.insert(i, b);
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                v.drain(i..i + n);
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(256));
                let chunk = v[i..i + n].to_vec();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, chunk);
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let i = rng.below(other.len());
                    let n = 1 + rng.below((other.len() - i).min(512));
                    let at = rng.below(v.len() + 1);
                    v.splice(at..at, other[i..i + n].iter().copied());
                }
            }
            5 if len > 0 => v.truncate(rng.below(len)),
            6 => {
                let b = SPECIAL[rng.below(SPECIAL.len())];
                let n = 1 + rng.below(4096);
                let at = rng.below(v.len() + 1);
                v.splice(at..at, std::iter::repeat_n(b, n));
            }
            _ => {
                // A number somewhere: huge, negative, fractional or exponent.
                let nums: [&[u8]; 5] = [b"18446744073709551616", b"-1", b"1.5", b"1e309", b"99999999999999999999999"];
                let at = rng.below(v.len() + 1);
                v.splice(at..at, nums[rng.below(nums.len())].iter().copied());
            }
        }
    }
    v
}

fn inputs() -> usize {
    std::env::var("FUZZ_INPUTS").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000)
}

/// Runs `f` on every hostile input and every seed as they are, then on `FUZZ_INPUTS` mutated
/// seeds; returns (inputs, panics).
fn fuzz(name: &str, seeds: Vec<Vec<u8>>, f: impl Fn(&str)) -> (usize, usize) {
    fuzz_bytes(name, seeds, |b| f(&String::from_utf8_lossy(b)))
}

/// As `fuzz`, for an importer that reads bytes (the survey reader sniffs the encoding itself).
fn fuzz_bytes(name: &str, seeds: Vec<Vec<u8>>, f: impl Fn(&[u8])) -> (usize, usize) {
    let fixed: Vec<Vec<u8>> = hostile().into_iter().chain(seeds.iter().cloned()).collect();
    let n = inputs();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64);
    let mut panics = 0;
    let start = Instant::now();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for k in 0..n + fixed.len() {
        let input = if k < fixed.len() {
            fixed[k].clone()
        } else {
            let base = rng.below(seeds.len());
            mutate(&mut rng, &seeds, &seeds[base])
        };
        if catch_unwind(AssertUnwindSafe(|| f(&input))).is_err() {
            if panics == 0 {
                let _ = std::fs::write(format!("{}/target/fuzz-crash-{name}.bin", env!("CARGO_MANIFEST_DIR")), &input);
            }
            panics += 1;
        }
    }
    std::panic::set_hook(hook);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "FUZZ {name}: {} inputs ({} hostile and seed inputs first), {panics} panics, {:.1} s ({:.0} inputs/s)",
        n + fixed.len(),
        fixed.len(),
        secs,
        (n + fixed.len()) as f64 / secs.max(1e-9)
    );
    (n, panics)
}

fn golden(v: u32) -> Vec<u8> {
    std::fs::read(format!("{}/tests/golden/schema-{v}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Hostile inputs every importer also starts from.
fn hostile() -> Vec<Vec<u8>> {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let wide = format!(
        "{}\n{}\n",
        (0..100_000).map(|i| format!("c{i}")).collect::<Vec<_>>().join(","),
        "1,".repeat(99_999) + "1"
    );
    vec![
        deep.into_bytes(),
        wide.into_bytes(),
        b"\0\0\0\0\xff\xfe\x00n\x00a\x00m\x00e".to_vec(),
        b"<img src=x onerror=alert(1)>,javascript:alert(1)\n".to_vec(),
        Vec::new(),
    ]
}

#[test]
fn backup_json_never_panics() {
    let seeds: Vec<Vec<u8>> = (1..=5).map(golden).collect();
    let (_, panics) = fuzz("backup-json", seeds, |t| {
        let _ = decode(t);
    });
    assert_eq!(panics, 0);
}

#[test]
fn rater_file_never_panics() {
    let ctx = Context { district: "Riverbend", cycle: "2026–27", device_key: "me" };
    let seeds =
        vec![rater_file::export(&ctx, "Ms. Rivera", Role::Teacher, &sample::assessment().own, "2026-11-23T10:00:00Z")
            .into_bytes()];
    let (_, panics) = fuzz("rater-file", seeds, |t| {
        let _ = rater_file::import(t, &ctx);
    });
    assert_eq!(panics, 0);
}

#[test]
fn aggregate_csv_never_panics() {
    let data = sample_divides();
    let seeds = vec![
        b"indicator,school,dimension,group,numerator,denominator\nhome-internet,Lincoln Elementary,,,90,120\nhome-internet,Lincoln Elementary,English learners,english learners,20,40\n\"create-weekly\",\"Garfield, Elementary\",el,no,\"1,234\",\"2,000\"\n".to_vec(),
        b"Indicator ; School ; Numerator ; Denominator\r\nhome-internet;x;1;2\r\n".to_vec(),
    ];
    let (_, panics) = fuzz("aggregate-csv", seeds, |t| {
        let _ = aggregate_preview(t, &data);
    });
    assert_eq!(panics, 0);
}

#[test]
fn usage_csv_never_panics() {
    let data = sample_divides();
    let seeds = vec![
        b"School,Grouping,Group,Active,Licensed\nLincoln Elementary,,,58,70\nEastside Middle,el,yes,6,60\nEastside Middle,el,no,18,60\n".to_vec(),
        b"Building,Students active,Students licensed\nNorth,140,200\n".to_vec(),
    ];
    let (_, panics) = fuzz("usage-csv", seeds, |t| {
        if let Ok(h) = headers(t) {
            let _ = usage_preview(t, &suggest(&h), &data);
        }
    });
    assert_eq!(panics, 0);
}

#[test]
fn inventory_csv_never_panics() {
    let current = sample_portfolio(&DivideData::default());
    let seeds = vec![
        inventory_export(&current, dew_domain::language::Lang::En).into_bytes(),
        inventory_export(&current, dew_domain::language::Lang::Es).into_bytes(),
        b"Name,Licenses,Cost,Contract end,Privacy,WCAG,SSO\nA,1,\"$1,000\",2027-06-30,signed,yes,yes\n".to_vec(),
    ];
    let empty = Portfolio::default();
    let (_, panics) = fuzz("inventory-csv", seeds, |t| {
        let _ = inventory_preview(t, &current);
        let _ = inventory_preview(t, &empty);
    });
    assert_eq!(panics, 0);
}

#[test]
fn survey_csv_never_panics() {
    use dew_domain::survey::count::Counter;
    use dew_domain::survey::read::{Encoding, Record, Rows};
    use dew_domain::survey::{preview as survey_preview, suggest as survey_suggest};
    let data = sample_divides();
    let seeds = vec![
        b"\xEF\xBB\xBFStudent,School,Grade,Race/Ethnicity,IEP,EL Status,Free/Reduced Lunch,Is there internet at home?,Comments\r\n\
Ana,Lincoln Elementary,K,Hispanic or Latino,N,Yes,Free,S\xC3\xAD,\"fine, \"\"ok\"\"\"\r\n\
Bo, lincoln  elementary ,10,Asian,Y,No,Paid,Sometimes,\"two\r\nlines\"\r\n\
Cy,Valley High,7,White,N,No,Reduced,,\r\n"
            .to_vec(),
        b"Escuela;Grado;Internet en casa\nSan Jos\xE9;3;S\xED\nPe\xF1a;12;No\n".to_vec(),
        b"School\tDevice\nNorth\tyes\n\tno\nNorth\n".to_vec(),
    ];
    let (_, panics) = fuzz_bytes("survey-csv", seeds, |bytes| {
        for sniffed in [None, Some(Encoding::Windows1252)] {
            let Ok(p) = survey_preview(
                bytes,
                true,
                sniffed.map(|e| {
                    let mut s = dew_domain::survey::read::sniff(bytes);
                    s.encoding = e;
                    s
                }),
            ) else {
                continue;
            };
            let m = survey_suggest(&p, &data);
            let Ok(mut c) = Counter::new(&m, &p, &data, true) else { continue };
            let mut rows = Rows::new(p.sniff);
            let mut f = |row: u64, r: &Record| c.row(row, r);
            let cut = bytes.len() / 3;
            rows.feed(&bytes[..cut], &mut f);
            rows.feed(&bytes[cut..], &mut f);
            rows.finish(&mut f);
            let _ = c.summary();
            let _ = c.cells(&data, true);
        }
    });
    assert_eq!(panics, 0);
}
