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

/// The comparison as a plain label for the CSV.
pub fn compare_label(with: &CompareWith) -> String {
    match with {
        CompareWith::OtherStudents => "other students".into(),
        CompareWith::OtherSchools => "other schools".into(),
        CompareWith::Overall => "overall".into(),
        CompareWith::Group(g) => format!("group {g}"),
        CompareWith::School(s) => format!("school {s}"),
    }
}

/// Every cell of the analysis, district first, as CSV (UTF-8 with a byte-order mark so Excel
/// reads accents). Suppressed cells have blank counts and numbers. With top/bottom coding,
/// rates at or below 5% or at or above 95% are written as `<=0.05` / `>=0.95` and the figures
/// that would reveal them (numerator, interval, gap) are left blank.
pub fn findings_csv(a: &Analysis, data: &DivideData) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
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
            text(&cmp.map(|x| compare_label(&x.with)).unwrap_or_default()),
            cmp.map(|x| num(x.rate)).unwrap_or_default(),
            hide(cmp.map(|x| num(x.gap().diff)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().low)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().high)).unwrap_or_default()),
            hide(cmp.and_then(|x| x.ratio).map(num).unwrap_or_default()),
            cmp.and_then(|x| x.flag)
                .map(|f| if f == Flag::Priority { "priority" } else { "watch" })
                .unwrap_or_default()
                .into(),
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
                Status::Suppressed => protect::label_primary(a.min_n),
                Status::ComplementarySuppressed => protect::LABEL_COMPLEMENTARY.to_string(),
                _ => "no".to_string(),
            },
        ];
        let _ = w.write_record(&record);
    }
    if let Some(line) = protect::note(a) {
        let mut record = vec![String::new(); CSV_COLUMNS.len()];
        record[0] = format!("# {line}");
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}
