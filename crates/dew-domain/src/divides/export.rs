//! The findings CSV export: every cell of an analysis, suppression applied, with its
//! comparison, flag, adjusted p-value, students affected and the statements it is part of.

use super::analysis::{Analysis, CellResult, CompareWith, Flag, Status};
use super::findings::{students_affected, Finding};
use super::model::DivideData;
use super::protect;
use super::statements::statements;
use crate::csv_text::guard;

pub const CSV_COLUMNS: [&str; 22] = [
    "indicator_id",
    "school",
    "dimension",
    "group",
    "numerator",
    "denominator",
    "rate",
    "wilson_low",
    "wilson_high",
    "comparison",
    "comparison_rate",
    "gap",
    "gap_low",
    "gap_high",
    "ratio",
    "flag",
    // The gap's p-value adjusted for the comparisons shown (`multiplicity`): a priority has
    // 0.05 or less. Blank when the adjustment is off.
    "q_value",
    // Students on the short side of the gap, with its interval (`students_affected`).
    "students_affected",
    "students_low",
    "students_high",
    // The WHO-needs-WHAT statements (`statements`) the finding is part of, by id, `;` between.
    "statements",
    "suppressed",
];

fn num(x: f64) -> String {
    // Plain decimal, no exponent; six places is finer than any count we hold.
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// The comparison as a plain label for the CSV, in English.
pub fn compare_label(with: &CompareWith) -> String {
    match with {
        CompareWith::OtherStudents => "other students".into(),
        CompareWith::OtherSchools => "other schools".into(),
        CompareWith::Overall => "overall".into(),
        CompareWith::Group(g) => format!("group {g}"),
        CompareWith::School(s) => format!("school {s}"),
    }
}

/// The words of the findings CSV that a person reads: the headers, the comparison, the flag,
/// why a cell is hidden and the protection line. The language is an explicit input: the page
/// passes the active language's words (its catalogue), and [`English`] is the file's English,
/// the format the privacy attacker (tests/privacy_attack.rs) reads. Ids, counts and numbers
/// are the same in every language.
pub trait Words {
    /// A column's header, from its name in [`CSV_COLUMNS`].
    fn column(&self, name: &'static str) -> String;
    fn comparison(&self, with: &CompareWith) -> String;
    fn flag(&self, f: Flag) -> String;
    /// The label of a cell hidden because it is small (`protect::label_primary`).
    fn fewer_than(&self, min_n: u64) -> String;
    /// The label of a cell hidden to protect another (`protect::LABEL_COMPLEMENTARY`).
    fn complementary(&self) -> String;
    /// The `suppressed` column of a cell that is shown.
    fn not_hidden(&self) -> String;
    /// The protection line (`protect::note`), without the leading `# `.
    fn note(&self, hidden: usize) -> String;
}

/// The findings CSV in English.
pub struct English;

impl Words for English {
    fn column(&self, name: &'static str) -> String {
        name.into()
    }
    fn comparison(&self, with: &CompareWith) -> String {
        compare_label(with)
    }
    fn flag(&self, f: Flag) -> String {
        match f {
            Flag::Priority => "priority",
            Flag::Watch => "watch",
        }
        .into()
    }
    fn fewer_than(&self, min_n: u64) -> String {
        protect::label_primary(min_n)
    }
    fn complementary(&self) -> String {
        protect::LABEL_COMPLEMENTARY.into()
    }
    fn not_hidden(&self) -> String {
        "no".into()
    }
    fn note(&self, hidden: usize) -> String {
        protect::note_en(hidden)
    }
}

/// Every cell of the analysis, district first, as CSV (UTF-8 with a byte-order mark so Excel
/// reads accents). Suppressed cells have blank counts and numbers. With top/bottom coding,
/// rates at or below 5% or at or above 95% are written as `<=0.05` / `>=0.95` and the figures
/// that would reveal them (numerator, interval, gap) are left blank. Headers and words are
/// `words`' ([`English`] for the English file).
pub fn findings_csv(a: &Analysis, data: &DivideData, words: &dyn Words) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS.map(|c| words.column(c)));
    let mut cells: Vec<&CellResult> = a.cells.iter().filter(|c| c.status != Status::Invalid).collect();
    // The district first, then the schools in the data's order.
    cells.sort_by_key(|c| {
        let (i, school, group) = c.order_key();
        (school, i, group)
    });
    let coding = data.settings.top_bottom_coding;
    let mut part_of: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    for s in statements(a) {
        for f in &s.findings {
            part_of.entry(f.id(a)).or_default().push(s.id(a));
        }
    }
    for c in cells {
        let school = match a.school_id(c) {
            None => String::new(),
            Some(id) => data.school_name(id).unwrap_or(id).to_string(),
        };
        let (dim, group) = a.group(c).map(|(d, g)| (d.to_string(), g.to_string())).unwrap_or_default();
        let coded = match (coding, c.rate()) {
            (true, Some(r)) if r <= 0.05 => Some("<=0.05"),
            (true, Some(r)) if r >= 0.95 => Some(">=0.95"),
            _ => None,
        };
        let hide = |s: String| if coded.is_some() { String::new() } else { s };
        let counts = c.counts();
        let compared = a.compared(c);
        let cmp = compared.as_ref();
        // Only for a flagged gap, and never for a coded cell (whose gap is left blank).
        let affected = c.flag().and(students_affected(a, c)).filter(|_| coded.is_none());
        // Names typed by the district are text cells: guarded against formulas (csv_text).
        let text = |s: &str| guard(s).into_owned();
        let record = [
            text(&a.indicators[c.indicator].id),
            text(&school),
            text(&dim),
            text(&group),
            hide(counts.map(|x| x.numerator.to_string()).unwrap_or_default()),
            counts.map(|x| x.denominator.to_string()).unwrap_or_default(),
            coded.map(str::to_string).unwrap_or_else(|| c.rate().map(num).unwrap_or_default()),
            hide(c.wilson().map(|w| num(w.0)).unwrap_or_default()),
            hide(c.wilson().map(|w| num(w.1)).unwrap_or_default()),
            text(&cmp.map(|x| words.comparison(&x.with)).unwrap_or_default()),
            cmp.map(|x| num(x.rate)).unwrap_or_default(),
            hide(cmp.map(|x| num(x.gap().diff)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().low)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().high)).unwrap_or_default()),
            hide(cmp.and_then(|x| x.ratio).map(num).unwrap_or_default()),
            cmp.and_then(|x| x.flag).map(|f| words.flag(f)).unwrap_or_default(),
            cmp.and(a.q_value(c)).map(num).unwrap_or_default(),
            affected.map(|x| x.about.to_string()).unwrap_or_default(),
            affected.map(|x| x.low.to_string()).unwrap_or_default(),
            affected.map(|x| x.high.to_string()).unwrap_or_default(),
            c.flag()
                .map(|flag| Finding { flag, cell: c }.id(a))
                .and_then(|id| part_of.get(&id))
                .map(|ids| text(&ids.join(";")))
                .unwrap_or_default(),
            match c.status {
                Status::Suppressed => words.fewer_than(a.min_n),
                Status::ComplementarySuppressed => words.complementary(),
                _ => words.not_hidden(),
            },
        ];
        let _ = w.write_record(&record);
    }
    if let Some(hidden) = protect::hidden(a) {
        let mut record = vec![String::new(); CSV_COLUMNS.len()];
        record[0] = format!("# {}", words.note(hidden));
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::protect::protected;
    use crate::workspace::Workspace;

    /// Other words, as a page in another language passes them.
    struct Other;
    impl Words for Other {
        fn column(&self, name: &'static str) -> String {
            format!("c-{name}")
        }
        fn comparison(&self, _: &CompareWith) -> String {
            "cmp".into()
        }
        fn flag(&self, _: Flag) -> String {
            "flg".into()
        }
        fn fewer_than(&self, n: u64) -> String {
            format!("<{n}")
        }
        fn complementary(&self) -> String {
            "comp".into()
        }
        fn not_hidden(&self) -> String {
            "shown".into()
        }
        fn note(&self, hidden: usize) -> String {
            format!("{hidden} hidden")
        }
    }

    fn rows(csv: &str) -> Vec<Vec<String>> {
        let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(csv.as_bytes());
        r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect()
    }

    /// The English file keeps its format (the privacy attacker reads it); another language
    /// changes only the headers and the words, never an id, a count or a number.
    #[test]
    fn the_words_are_an_input_and_only_words_change() {
        let ws = Workspace::sample();
        let d = &ws.current_cycle().divides;
        let a = protected(d);
        let en = rows(findings_csv(&a, d, &English).trim_start_matches('\u{feff}'));
        let other = rows(findings_csv(&a, d, &Other).trim_start_matches('\u{feff}'));
        assert_eq!(en[0], CSV_COLUMNS.map(String::from).to_vec());
        assert_eq!(other[0], CSV_COLUMNS.map(|c| format!("c-{c}")).to_vec());
        assert!(
            en.last().unwrap()[0].starts_with("# ") && en.last().unwrap()[0].ends_with("checked against subtraction")
        );
        assert_eq!(other.last().unwrap()[0], format!("# {} hidden", a.protection.as_ref().unwrap().hidden()));
        let words = ["comparison", "flag", "suppressed"].map(|c| CSV_COLUMNS.iter().position(|x| *x == c).unwrap());
        assert!(en.iter().any(|r| r.get(words[2]).is_some_and(|x| x.starts_with("fewer than"))));
        assert!(en.iter().any(|r| r.get(words[1]).is_some_and(|x| x == "priority" || x == "watch")));
        assert_eq!(en.len(), other.len());
        for (e, o) in en.iter().zip(&other).skip(1).take(en.len() - 2) {
            for c in 0..CSV_COLUMNS.len() {
                if !words.contains(&c) {
                    assert_eq!(e[c], o[c], "column {}", CSV_COLUMNS[c]);
                }
            }
        }
    }
}
