//! Property tests of the row-level survey import: however a file is cut into chunks, the
//! counts and the summary are the same; counts are consistent (numerator ≤ denominator, a
//! group's denominator ≤ its school's, a dimension's groups add up to at most the school);
//! and the whole-school denominators equal a count made directly from the generated rows.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::divides::model::{DivideData, School};
use dew_domain::survey::count::Counter;
use dew_domain::survey::read::{sniff, Record, Rows};
use dew_domain::survey::{preview, Answer, AnswerColumn, GroupColumn, Mapping};
use proptest::prelude::*;

const SCHOOLS: [&str; 3] = ["Lincoln Elementary", " lincoln  elementary", "Valley High"];
const EL: [&str; 4] = ["Yes", "No", "", "maybe"];
const ANSWERS: [&str; 6] = ["Yes", "No", "", "Sí", "Sometimes", "Perhaps"];
const NOTES: [&str; 5] = ["", "fine, thanks", "said \"ok\"", "two\nlines", "ñandú"];

#[derive(Debug, Clone)]
struct Row {
    school: usize,
    el: usize,
    answer: usize,
    note: usize,
    ragged: bool,
}

fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn file(rows: &[Row], crlf: bool) -> String {
    let nl = if crlf { "\r\n" } else { "\n" };
    let mut out = format!("School,EL,Internet,Note{nl}");
    for r in rows {
        if r.ragged {
            out.push_str(&format!("{},{}{nl}", quote(SCHOOLS[r.school]), EL[r.el]));
        } else {
            out.push_str(&format!(
                "{},{},{},{}{nl}",
                quote(SCHOOLS[r.school]),
                EL[r.el],
                ANSWERS[r.answer],
                quote(NOTES[r.note])
            ));
        }
    }
    out
}

fn data() -> DivideData {
    let mut d = DivideData::default();
    d.schools.push(School { id: "lincoln".into(), name: "Lincoln Elementary".into() });
    d
}

fn mapping() -> Mapping {
    Mapping {
        also: Default::default(),
        school: Some("School".into()),
        groups: vec![GroupColumn {
            column: "EL".into(),
            dimension: "el".into(),
            values: [("yes".into(), "yes".into()), ("no".into(), "no".into())].into(),
        }],
        answers: vec![AnswerColumn {
            column: "Internet".into(),
            indicator: "home-internet".into(),
            values: [
                ("yes".into(), Answer::Meets),
                ("sí".into(), Answer::Meets),
                ("no".into(), Answer::DoesNotMeet),
                ("sometimes".into(), Answer::DoesNotMeet),
            ]
            .into(),
        }],
    }
}

fn count(text: &[u8], cuts: &[usize]) -> Counter {
    let p = preview(text, true, None).unwrap();
    let mut c = Counter::new(&mapping(), &p, &data(), true).unwrap();
    let mut rows = Rows::new(sniff(text));
    let mut f = |row: u64, r: &Record| c.row(row, r);
    let mut at = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|x| x % (text.len() + 1)).collect();
    cuts.sort_unstable();
    for cut in cuts {
        rows.feed(&text[at..cut.max(at)], &mut f);
        at = cut.max(at);
    }
    rows.feed(&text[at..], &mut f);
    rows.finish(&mut f);
    c
}

fn rows() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec(
        (0..SCHOOLS.len(), 0..EL.len(), 0..ANSWERS.len(), 0..NOTES.len(), prop::bool::weighted(0.05))
            .prop_map(|(school, el, answer, note, ragged)| Row { school, el, answer, note, ragged }),
        0..60,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn chunking_never_changes_the_counts(rows in rows(), crlf: bool, cuts in prop::collection::vec(0usize..10_000, 0..12)) {
        let text = file(&rows, crlf);
        let whole = count(text.as_bytes(), &[]);
        let cut = count(text.as_bytes(), &cuts);
        prop_assert_eq!(cut.summary(), whole.summary());
        prop_assert_eq!(cut.cells(&data(), true), whole.cells(&data(), true));
    }

    #[test]
    fn counts_are_consistent_and_match_a_direct_count(rows in rows()) {
        let text = file(&rows, false);
        let c = count(text.as_bytes(), &[7, 300, 301]);
        let s = c.summary();
        prop_assert_eq!(s.rows, rows.len() as u64);
        prop_assert_eq!(s.counted, rows.iter().filter(|r| !r.ragged).count() as u64);
        let cells = c.cells(&data(), true).cells;
        let answered = |r: &&&Row| !r.ragged && matches!(ANSWERS[r.answer], "Yes" | "No" | "Sí" | "Sometimes");
        for (school, name) in [("lincoln", 0usize), ("valley-high", 2usize)] {
            let mine: Vec<&Row> = rows.iter().filter(|r| (r.school == 2) == (name == 2)).collect();
            let den = mine.iter().filter(answered).count() as u64;
            let num = mine.iter().filter(answered).filter(|r| matches!(ANSWERS[r.answer], "Yes" | "Sí")).count() as u64;
            let whole = cells.iter().find(|(k, _)| &*k.school == school && k.group.is_none()).map(|(_, v)| (v.numerator, v.denominator));
            prop_assert_eq!(whole.unwrap_or((0, 0)), (num, den));
        }
        for (k, v) in &cells {
            prop_assert!(v.numerator <= v.denominator);
            if k.group.is_some() {
                let school = cells.iter().find(|(x, _)| x.school == k.school && x.group.is_none()).map(|(_, v)| v.denominator);
                prop_assert!(v.denominator <= school.unwrap_or(0));
            }
        }
        let groups: u64 = cells.iter().filter(|(k, _)| k.group.is_some()).map(|(_, v)| v.denominator).sum();
        let schools: u64 = cells.iter().filter(|(k, _)| k.group.is_none()).map(|(_, v)| v.denominator).sum();
        prop_assert!(groups <= schools);
    }
}

/// Text made of the bytes that matter to a CSV reader, plus ordinary ones, in long runs
/// so that lines cross the 16-byte blocks of the line splitter at every offset.
fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => Just(b"abc".to_vec()),
        2 => Just(b"x".to_vec()),
        1 => Just("ñé".as_bytes().to_vec()),
        3 => Just(b",".to_vec()),
        1 => Just(b";".to_vec()),
        2 => Just(b"\n".to_vec()),
        1 => Just(b"\r\n".to_vec()),
        1 => Just(b"\r".to_vec()),
        1 => Just(b"\"".to_vec()),
        1 => Just(b"\"q, \"\"r\"\"\"".to_vec()),
        1 => Just(b"0123456789abcdefghij".to_vec()),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The reader gives exactly the records the `csv` crate gives (blank lines skipped,
    /// ragged rows kept), however the bytes are cut into chunks.
    #[test]
    fn records_match_the_csv_crate(bytes in csv_bytes(), semicolon: bool, cuts in prop::collection::vec(0usize..3_000, 0..8)) {
        use dew_domain::survey::read::{Encoding, Sniff};
        let delimiter = if semicolon { b';' } else { b',' };
        let mut theirs = Vec::new();
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(&bytes[..]);
        for r in rdr.byte_records() {
            theirs.push(r.unwrap().iter().map(|f| f.to_vec()).collect::<Vec<_>>());
        }
        let mut ours = Vec::new();
        let mut rows = Rows::new(Sniff { encoding: Encoding::Utf8, delimiter, bom: false });
        let mut f = |_: u64, r: &Record| ours.push((0..r.len()).map(|i| r.get(i).unwrap().to_vec()).collect::<Vec<_>>());
        let mut cuts = cuts;
        cuts.retain(|&c| c < bytes.len());
        cuts.sort_unstable();
        let mut at = 0;
        for c in cuts.into_iter().chain([bytes.len()]) {
            rows.feed(&bytes[at..c], &mut f);
            at = c;
        }
        rows.finish(&mut f);
        prop_assert_eq!(ours, theirs);
    }
}
