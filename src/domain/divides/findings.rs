//! Findings: the flagged comparisons of an analysis, ranked, each with a stable id so a plan
//! action can link to it; and the findings CSV export (every cell, suppression applied).

use super::analysis::{Analysis, CellResult, CompareWith, Flag, Scope, Status};
use super::model::DivideData;

#[derive(Debug, Clone, PartialEq)]
pub struct Finding<'a> {
    pub flag: Flag,
    pub cell: &'a CellResult,
}

impl Finding<'_> {
    /// Stable: `<indicator>@<school id or "district">` plus `/<dimension>:<group>` for a group.
    pub fn id(&self, a: &Analysis) -> String {
        let c = self.cell;
        finding_id(&a.indicators[c.indicator].id, &c.scope, c.group.as_ref().map(|(d, g)| (&**d, &**g)))
    }
}

pub fn finding_id(indicator: &str, scope: &Scope, group: Option<(&str, &str)>) -> String {
    let where_ = match scope {
        Scope::District => "district",
        Scope::School(s) => s,
    };
    match group {
        None => format!("{indicator}@{where_}"),
        Some((d, g)) => format!("{indicator}@{where_}/{d}:{g}"),
    }
}

/// Flagged cells, priorities first, then the largest gaps; ties by indicator, place and group
/// so the order is stable. (Ids are made on demand: building thousands up front is slow.)
pub fn findings(a: &Analysis) -> Vec<Finding<'_>> {
    // The gap is computed once per finding, not once per comparison while sorting.
    let mut v: Vec<(f64, Finding)> = a
        .cells
        .iter()
        .filter_map(|c| {
            let cmp = c.compared.as_ref()?;
            Some((cmp.diff().abs(), Finding { flag: cmp.flag?, cell: c }))
        })
        .collect();
    v.sort_unstable_by(|(gx, x), (gy, y)| {
        x.flag.cmp(&y.flag).then(gy.total_cmp(gx)).then_with(|| {
            (x.cell.indicator, &x.cell.scope, &x.cell.group).cmp(&(y.cell.indicator, &y.cell.scope, &y.cell.group))
        })
    });
    v.into_iter().map(|(_, f)| f).collect()
}

pub const CSV_COLUMNS: [&str; 17] = [
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
    cells.sort_by(|x, y| (&x.scope, x.indicator, &x.group).cmp(&(&y.scope, y.indicator, &y.group)));
    let coding = data.settings.top_bottom_coding;
    for c in cells {
        let school = match &c.scope {
            Scope::District => String::new(),
            Scope::School(id) => data.school_name(id).unwrap_or(id).to_string(),
        };
        let (dim, group) = c.group.as_ref().map(|(d, g)| (d.to_string(), g.to_string())).unwrap_or_default();
        let suppressed = c.status.is_suppressed();
        let coded = match (coding, c.rate) {
            (true, Some(r)) if r <= 0.05 => Some("<=0.05"),
            (true, Some(r)) if r >= 0.95 => Some(">=0.95"),
            _ => None,
        };
        let hide = |s: String| if coded.is_some() { String::new() } else { s };
        let counts = c.counts;
        let cmp = c.compared.as_ref();
        let record = [
            a.indicators[c.indicator].id.clone(),
            school,
            dim,
            group,
            hide(counts.map(|x| x.numerator.to_string()).unwrap_or_default()),
            counts.map(|x| x.denominator.to_string()).unwrap_or_default(),
            coded.map(str::to_string).unwrap_or_else(|| c.rate.map(num).unwrap_or_default()),
            hide(c.wilson().map(|w| num(w.0)).unwrap_or_default()),
            hide(c.wilson().map(|w| num(w.1)).unwrap_or_default()),
            cmp.map(|x| compare_label(&x.with)).unwrap_or_default(),
            cmp.map(|x| num(x.rate)).unwrap_or_default(),
            hide(cmp.map(|x| num(x.gap().diff)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().low)).unwrap_or_default()),
            hide(cmp.map(|x| num(x.gap().high)).unwrap_or_default()),
            hide(cmp.and_then(|x| x.ratio).map(num).unwrap_or_default()),
            cmp.and_then(|x| x.flag)
                .map(|f| if f == Flag::Priority { "priority" } else { "watch" })
                .unwrap_or_default()
                .into(),
            if suppressed { "yes" } else { "no" }.into(),
        ];
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}
