//! The board report's tables and their exports: one table per section, written as CSV (UTF-8
//! with a byte-order mark, so Excel reads accents) or as one Excel workbook with a sheet per
//! table. Only aggregates leave here: suppressed cells are never written, findings are only
//! of shown cells, and rates at the edges are top/bottom coded when the settings ask for it.

use super::assessment::content::{all_indicators, Level};
use super::assessment::results::{by_area, standings, Source};
use super::assessment::wire::level_to_wire;
use super::divides::analysis::Analysis;
use super::divides::findings::findings;
use super::divides::model::DivideData;
use super::plan::{evaluate, Measure, Outcome};
use super::progress::measures;
use super::team::Role;
use super::workspace::{Cycle, Workspace};

/// The sections of the report, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Team,
    Assessment,
    Findings,
    Plan,
    Progress,
    Portfolio,
}

impl Section {
    pub const ALL: [Section; 6] =
        [Section::Team, Section::Assessment, Section::Findings, Section::Plan, Section::Progress, Section::Portfolio];
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Text(String),
    Count(u64),
    /// A proportion, 0–1, formatted as a percentage.
    Rate(f64),
    Empty,
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    /// Plain text for CSV: rates as fractions with up to four decimals.
    pub fn plain(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Count(n) => n.to_string(),
            Value::Rate(r) => {
                let s = format!("{r:.4}");
                let s = s.trim_end_matches('0').trim_end_matches('.');
                if s == "-0" {
                    "0".into()
                } else {
                    s.to_string()
                }
            }
            Value::Empty => String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Also the sheet's name (at most 31 characters).
    pub name: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

/// A rate, or its coded text when top/bottom coding is on and the rate is at an edge.
fn coded(rate: f64, coding: bool) -> Value {
    if coding && rate <= 0.05 {
        Value::text("<=5%")
    } else if coding && rate >= 0.95 {
        Value::text(">=95%")
    } else {
        Value::Rate(rate)
    }
}

pub fn team_table(c: &Cycle, names: bool) -> Table {
    let mut rows = Vec::new();
    for role in Role::ALL {
        let members: Vec<&super::workspace::Member> = c.team.iter().filter(|m| m.role == role).collect();
        if members.is_empty() {
            continue;
        }
        let listed = if names {
            members.iter().filter_map(|m| m.name.clone()).collect::<Vec<_>>().join("; ")
        } else {
            String::new()
        };
        rows.push(vec![Value::text(role.as_wire()), Value::Count(members.len() as u64), Value::Text(listed)]);
    }
    Table { name: "team", header: vec!["role", "members", "names"], rows }
}

fn level_text(l: Option<Level>) -> Value {
    l.map_or(Value::Empty, |l| Value::text(level_to_wire(l)))
}

pub fn ratings_table(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = all
        .iter()
        .map(|s| {
            let source = match s.level.map(|(_, src)| src) {
                Some(Source::Consensus) => "consensus".to_string(),
                Some(Source::Median(n)) => format!("median of {n}"),
                None => String::new(),
            };
            vec![
                Value::text(s.indicator.id),
                Value::text(s.area.name),
                Value::text(s.indicator.statement),
                level_text(s.level.map(|(l, _)| l)),
                Value::Text(source),
                level_text(s.target),
            ]
        })
        .collect();
    Table { name: "ratings", header: vec!["indicator_id", "area", "statement", "level", "source", "target"], rows }
}

pub fn consensus_table(c: &Cycle) -> Table {
    let rows = all_indicators()
        .filter_map(|(_, i)| {
            let agreed = c.assessment.consensus.get(i.id)?;
            Some(vec![
                Value::text(i.id),
                Value::text(i.statement),
                Value::text(level_to_wire(agreed.level)),
                Value::text(agreed.rationale.clone()),
            ])
        })
        .collect();
    Table { name: "consensus", header: vec!["indicator_id", "statement", "agreed_level", "rationale"], rows }
}

/// A name, then how many indicators stand at each level, have none, and the median.
fn summary_row(name: String, s: &super::assessment::results::Summary) -> Vec<Value> {
    let mut row = vec![Value::Text(name)];
    row.extend(s.at_level.iter().map(|n| Value::Count(*n as u64)));
    row.push(Value::Count(s.no_level as u64));
    row.push(level_text(s.median));
    row
}

pub fn areas_table(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = by_area(&all).into_iter().map(|(area, s)| summary_row(area.name.to_string(), &s)).collect();
    Table {
        name: "areas",
        header: vec!["area", "foundational", "developing", "established", "advanced", "no_level", "median"],
        rows,
    }
}

pub fn divides_table(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = super::assessment::results::by_divide(&all)
        .into_iter()
        .map(|(d, s)| summary_row(format!("{d:?}").to_lowercase(), &s))
        .collect();
    Table {
        name: "divides",
        header: vec!["divide", "foundational", "developing", "established", "advanced", "no_level", "median"],
        rows,
    }
}

/// Every flagged finding (shown cells only), ranked, with names rather than ids.
pub fn findings_table(data: &DivideData, a: &Analysis) -> Table {
    let coding = data.settings.top_bottom_coding;
    let rows: Vec<Vec<Value>> = findings(a)
        .into_iter()
        .filter_map(|f| {
            let c = f.cell;
            let cmp = a.compared(c)?;
            let ind = &a.indicators[c.indicator];
            let school = a.school_id(c).map(|s| data.school_name(s).unwrap_or(s).to_string()).unwrap_or_default();
            let group = a.group(c).map(|(d, g)| data.group_name(d, g)).unwrap_or_default();
            let gap = cmp.gap();
            let hide = coding && matches!(coded(c.rate()?, true), Value::Text(_));
            let num = |x: f64| if hide { Value::Empty } else { Value::Rate(x) };
            Some(vec![
                Value::text(format!("{:?}", ind.divide).to_lowercase()),
                Value::text(ind.name.clone()),
                Value::Text(school),
                Value::Text(group),
                coded(c.rate()?, coding),
                coded(cmp.rate, coding),
                num(gap.diff),
                num(gap.low),
                num(gap.high),
                Value::text(if f.flag == super::divides::analysis::Flag::Priority { "priority" } else { "watch" }),
            ])
        })
        .collect();
    let mut rows = rows;
    // The protection line (issue 24): the report's tables can be combined with every other
    // export, and say so.
    if let Some(line) = super::divides::protect::note(a) {
        let mut row = vec![Value::Empty; 10];
        row[0] = Value::text(format!("# {line}"));
        rows.push(row);
    }
    Table {
        name: "findings",
        header: vec![
            "divide",
            "indicator",
            "school",
            "group",
            "rate",
            "comparison_rate",
            "gap",
            "gap_low",
            "gap_high",
            "flag",
        ],
        rows,
    }
}

fn measure_text(m: &Measure) -> (String, Value) {
    match m {
        Measure::Rate { indicator, school, group, target, .. } => {
            let scope = match (school, group) {
                (None, None) => "district".to_string(),
                (Some(s), None) => s.clone(),
                (None, Some((d, g))) => format!("district {d}:{g}"),
                (Some(s), Some((d, g))) => format!("{s} {d}:{g}"),
            };
            (format!("{indicator} ({scope})"), Value::Rate(*target))
        }
        Measure::Level { indicator, target, .. } => (indicator.clone(), Value::text(level_to_wire(*target))),
    }
}

fn outcome_text(o: Outcome) -> &'static str {
    match o {
        Outcome::Met => "met",
        Outcome::NotMet => "not met",
        Outcome::NoData => "no data",
        Outcome::Suppressed => "suppressed",
    }
}

/// One row per action (a goal without actions has one row of its own).
pub fn plan_table(c: &Cycle, a: &Analysis) -> Table {
    let mut rows = Vec::new();
    for g in &c.plan.goals {
        let (measure, target) = g.measure.as_ref().map(measure_text).unwrap_or((String::new(), Value::Empty));
        let result = g.measure.as_ref().map(|m| outcome_text(evaluate(m, a, &c.assessment).outcome)).unwrap_or("");
        let by = g.measure.as_ref().and_then(Measure::by).map(|d| d.to_string()).unwrap_or_default();
        let goal = |action: Option<&super::plan::Action>| {
            vec![
                Value::text(g.title.clone()),
                Value::text(g.status.as_wire()),
                Value::text(g.owner.map(Role::as_wire).unwrap_or("")),
                Value::Text(measure.clone()),
                target.clone(),
                Value::Text(by.clone()),
                Value::text(result),
                action.map_or(Value::Empty, |x| Value::text(x.title.clone())),
                action.map_or(Value::Empty, |x| Value::text(x.status.as_wire())),
                action.and_then(|x| x.due).map_or(Value::Empty, |d| Value::text(d.to_string())),
                action.and_then(|x| x.budget).map_or(Value::Empty, Value::Count),
            ]
        };
        if g.actions.is_empty() {
            rows.push(goal(None));
        }
        for x in &g.actions {
            rows.push(goal(Some(x)));
        }
    }
    Table {
        name: "plan",
        header: vec![
            "goal",
            "goal_status",
            "owner",
            "measure",
            "target",
            "by",
            "result",
            "action",
            "action_status",
            "due",
            "budget",
        ],
        rows,
    }
}

/// Success measures against this cycle and the one before. `analyses` has one per cycle.
pub fn progress_table(ws: &Workspace, analyses: &[Analysis]) -> Table {
    let value = |e: &super::plan::Evaluation, m: &Measure| match (m, e.value) {
        (Measure::Rate { .. }, Some(v)) => Value::Rate(v),
        (Measure::Level { .. }, Some(v)) => level_text(Level::from_index(v as usize)),
        _ => Value::text(outcome_text(e.outcome)),
    };
    let rows = measures(ws, ws.current, analyses)
        .into_iter()
        .map(|r| {
            let (m, target) = measure_text(&r.measure);
            vec![
                Value::Text(r.title.clone()),
                Value::Text(m),
                target,
                r.before.as_ref().map_or(Value::Empty, |b| value(b, &r.measure)),
                value(&r.now, &r.measure),
                Value::text(outcome_text(r.now.outcome)),
            ]
        })
        .collect();
    Table {
        name: "progress",
        header: vec!["goal", "measure", "target", "previous_cycle", "this_cycle", "result"],
        rows,
    }
}

pub fn portfolio_table(c: &Cycle) -> Table {
    let rows = c
        .portfolio
        .products
        .iter()
        .map(|x| {
            let d = c.portfolio.decisions.get(&x.id);
            vec![
                Value::text(x.name.clone()),
                Value::text(x.category.clone()),
                Value::text(x.need.clone()),
                x.annual_cost.map_or(Value::Empty, Value::Count),
                x.active_users.map_or(Value::Empty, Value::Count),
                Value::text(x.privacy.as_wire()),
                Value::text(x.accessibility.as_wire()),
                d.map_or(Value::Empty, |d| Value::text(d.kind.as_wire())),
                d.map_or(Value::Empty, |d| Value::text(d.rationale.clone())),
                d.and_then(|d| d.review_date).map_or(Value::Empty, |x| Value::text(x.to_string())),
            ]
        })
        .collect();
    Table {
        name: "portfolio",
        header: vec![
            "product",
            "category",
            "need",
            "annual_cost",
            "active_users",
            "privacy_agreement",
            "accessibility",
            "decision",
            "rationale",
            "review_date",
        ],
        rows,
    }
}

/// The tables of the chosen sections, in order.
pub fn tables(ws: &Workspace, analyses: &[Analysis], sections: &[Section], names: bool) -> Vec<Table> {
    let c = ws.current_cycle();
    let ci = ws.cycles.iter().position(|x| x.id == c.id).unwrap_or(0);
    let a = &analyses[ci];
    let mut out = Vec::new();
    for s in Section::ALL.into_iter().filter(|s| sections.contains(s)) {
        match s {
            Section::Team => out.push(team_table(c, names)),
            Section::Assessment => {
                out.push(areas_table(c));
                out.push(divides_table(c));
                out.push(ratings_table(c));
                out.push(consensus_table(c));
            }
            Section::Findings => out.push(findings_table(&c.divides, a)),
            Section::Plan => out.push(plan_table(c, a)),
            Section::Progress => out.push(progress_table(ws, analyses)),
            Section::Portfolio => out.push(portfolio_table(c)),
        }
    }
    out
}

/// The findings table cut to the first `n` rows of each divide (rows are ranked, so these
/// are the top findings), for the printed report.
/// The table without its note rows (a first cell starting "# ", like the protection line of
/// the findings table), and the notes' text: files keep notes as rows, a page prints them as
/// a sentence under the table.
pub fn split_notes(t: &Table) -> (Table, Vec<String>) {
    let is_note = |r: &Vec<Value>| r.first().map(Value::plain).is_some_and(|x| x.starts_with("# "));
    let notes =
        t.rows.iter().filter(|r| is_note(r)).map(|r| r[0].plain().trim_start_matches("# ").to_string()).collect();
    let rows = t.rows.iter().filter(|r| !is_note(r)).cloned().collect();
    (Table { rows, ..t.clone() }, notes)
}

pub fn top_per_divide(t: &Table, n: usize) -> Table {
    let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
    let rows = t
        .rows
        .iter()
        .filter(|r| {
            let k = seen.entry(r.first().map(Value::plain).unwrap_or_default()).or_default();
            *k += 1;
            *k <= n
        })
        .cloned()
        .collect();
    Table { rows, ..t.clone() }
}

/// A table as CSV, UTF-8 with a byte-order mark. Text cells are guarded against formulas
/// (`csv_text::guard`); counts and rates are written as numbers.
pub fn table_csv(t: &Table) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&t.header);
    for row in &t.rows {
        let _ = w.write_record(row.iter().map(|v| match v {
            Value::Text(s) => crate::csv_text::guard(s).into_owned(),
            other => other.plain(),
        }));
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// A table as the workbook is written from it. The page hands the workbook to a worker (so the
/// Excel writer is not part of the first load), and a worker can only be sent owned text.
#[derive(serde::Serialize, serde::Deserialize)]
struct Sheet {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<Value>>,
}

/// The tables as the request the workbook worker reads (JSON).
pub fn workbook_request(tables: &[Table]) -> String {
    let sheets: Vec<Sheet> = tables
        .iter()
        .map(|t| Sheet {
            name: t.name.to_string(),
            header: t.header.iter().map(|h| h.to_string()).collect(),
            rows: t.rows.clone(),
        })
        .collect();
    serde_json::to_string(&sheets).unwrap_or_else(|_| "[]".into())
}

/// The workbook for a request made by [`workbook_request`]; the error says what went wrong.
pub fn workbook_from_request(request: &str) -> Result<Vec<u8>, String> {
    let sheets: Vec<Sheet> = serde_json::from_str(request).map_err(|e| format!("not a workbook request: {e}"))?;
    write_sheets(&sheets).map_err(|e| format!("the workbook could not be written: {e}"))
}

/// The tables as an Excel workbook: a sheet per table, a bold frozen header row, rates as
/// percentages.
pub fn workbook(tables: &[Table]) -> Result<Vec<u8>, String> {
    workbook_from_request(&workbook_request(tables))
}

fn write_sheets(sheets: &[Sheet]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let percent = Format::new().set_num_format("0.0%");
    for t in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(&t.name)?;
        for (c, h) in t.header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        for (r, row) in t.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let c = c as u16;
                match v {
                    Value::Text(s) => {
                        sheet.write_string(r, c, s)?;
                    }
                    Value::Count(n) => {
                        sheet.write_number(r, c, *n as f64)?;
                    }
                    Value::Rate(x) => {
                        sheet.write_number_with_format(r, c, *x, &percent)?;
                    }
                    Value::Empty => {}
                }
            }
        }
        sheet.set_column_width(0, 40)?;
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::analysis::analyse;

    fn sample() -> (Workspace, Vec<Analysis>) {
        let ws = Workspace::sample();
        let a = ws.cycles.iter().map(|c| analyse(&c.divides)).collect();
        (ws, a)
    }

    #[test]
    fn team_names_appear_only_when_chosen() {
        let (ws, _) = sample();
        let c = ws.current_cycle();
        let without = team_table(c, false);
        assert!(without.rows.iter().all(|r| r[2] == Value::text("")));
        let with = team_table(c, true);
        assert!(with.rows.iter().any(|r| matches!(&r[2], Value::Text(s) if s.contains("Moreno"))));
        let total: u64 = with.rows.iter().map(|r| if let Value::Count(n) = r[1] { n } else { 0 }).sum();
        assert_eq!(total as usize, c.team.len());
    }

    #[test]
    fn findings_never_show_a_suppressed_cell_and_coding_hides_edges() {
        let (mut ws, _) = sample();
        let c = ws.current_cycle();
        let a = analyse(&c.divides);
        let t = findings_table(&c.divides, &a);
        assert_eq!(t.rows.len(), findings(&a).len());
        assert!(t.rows.iter().all(|r| matches!(r[4], Value::Rate(_))));
        // With top/bottom coding, an edge rate is text and its gap is left out.
        let d = &mut ws.current_cycle_mut().divides;
        d.settings.top_bottom_coding = true;
        let d = d.clone();
        let a = analyse(&d);
        let coded = findings_table(&d, &a);
        for r in &coded.rows {
            if let Value::Text(s) = &r[4] {
                assert!(s == "<=5%" || s == ">=95%");
                assert_eq!(r[6], Value::Empty);
            }
            if let Value::Rate(x) = r[4] {
                assert!(x > 0.05 && x < 0.95);
            }
        }
    }

    #[test]
    fn csv_has_a_bom_and_rates_as_fractions() {
        let t = Table {
            name: "x",
            header: vec!["name", "rate"],
            rows: vec![vec![Value::text("Élan, \"quoted\""), Value::Rate(0.125)], vec![Value::Empty, Value::Rate(0.5)]],
        };
        assert_eq!(table_csv(&t), "\u{feff}name,rate\n\"Élan, \"\"quoted\"\"\",0.125\n,0.5\n");
    }

    #[test]
    fn csv_text_that_would_start_a_formula_is_written_as_text_and_numbers_stay_numbers() {
        let t = Table {
            name: "x",
            header: vec!["goal", "gap"],
            rows: vec![
                vec![Value::text("=HYPERLINK(\"http://x\",\"y\")"), Value::Rate(-0.23)],
                vec![Value::text("@SUM(A1)"), Value::Count(3)],
                vec![Value::text("-Reading"), Value::Empty],
            ],
        };
        assert_eq!(
            table_csv(&t),
            "\u{feff}goal,gap\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-0.23\n'@SUM(A1),3\n'-Reading,\n"
        );
    }

    #[test]
    fn every_section_gives_a_table_with_a_row_shape_matching_its_header() {
        let (ws, a) = sample();
        let all = tables(&ws, &a, &Section::ALL, true);
        let names: Vec<&str> = all.iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            vec!["team", "areas", "divides", "ratings", "consensus", "findings", "plan", "progress", "portfolio"]
        );
        for t in &all {
            assert!(!t.rows.is_empty(), "{} has rows in the sample", t.name);
            assert!(t.rows.iter().all(|r| r.len() == t.header.len()), "{}", t.name);
        }
        let findings = all.iter().find(|t| t.name == "findings").unwrap();
        let top = top_per_divide(findings, 2);
        assert!(top.rows.len() <= 6 && top.rows.len() < findings.rows.len());
        assert_eq!(top.rows[0], findings.rows[0], "the best-ranked finding stays first");
        let some = tables(&ws, &a, &[Section::Plan, Section::Team], false);
        assert_eq!(some.iter().map(|t| t.name).collect::<Vec<_>>(), vec!["team", "plan"]);
    }

    #[test]
    fn the_protection_line_is_a_note_not_a_finding() {
        let c = crate::workspace::Workspace::sample();
        let cycle = c.current_cycle();
        let a = crate::divides::protect::protected(&cycle.divides);
        let t = findings_table(&cycle.divides, &a);
        let (rows, notes) = split_notes(&t);
        assert_eq!(rows.rows.len() + 1, t.rows.len());
        assert_eq!(notes.len(), 1);
        assert!(notes[0]
            .ends_with("cells hidden to protect small groups; every hidden cell was checked against subtraction"));
        assert!(rows.rows.iter().all(|r| !r[0].plain().starts_with('#')));
    }
}
