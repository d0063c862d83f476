//! The board report's tables and their exports: one table per section, written as CSV (UTF-8
//! with a byte-order mark, so Excel reads accents) or as one Excel workbook with a sheet per
//! table. Only aggregates leave here: suppressed cells are never written, findings are only
//! of shown cells, and rates at the edges are top/bottom coded when the settings ask for it.

use super::assessment::content::{all_indicators, Divide, Level};
use super::assessment::results::{by_area, priorities, standings, Source};
use super::assessment::wire::level_to_wire;
use super::date::Date;
use super::divides::analysis::{Analysis, Flag};
use super::divides::findings::findings;
use super::divides::model::DivideData;
use super::plan::{evaluate, Measure, Outcome, PlanStatus};
use super::portfolio::{Accessibility, DecisionKind, Privacy};
use super::progress::{measures, MeasureRow};
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

/// A cell that a person reads as a word: the domain says what it is, and the page names it in
/// the reader's language (the catalogue). Files keep the stable id in a column of its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Name {
    Role(Role),
    Status(PlanStatus),
    Level(Level),
    Source(Source),
    Outcome(Outcome),
    Divide(Divide),
    Flag(Flag),
    Decision(DecisionKind),
    Privacy(Privacy),
    Accessibility(Accessibility),
}

impl Name {
    /// The stable id behind the name (what the stored schema writes, where it has one).
    pub fn wire(&self) -> String {
        match *self {
            Name::Role(r) => r.as_wire().into(),
            Name::Status(s) => s.as_wire().into(),
            Name::Level(l) => level_to_wire(l).into(),
            Name::Source(Source::Consensus) => "consensus".into(),
            Name::Source(Source::Median(n)) => format!("median-{n}"),
            Name::Outcome(o) => outcome_wire(o).into(),
            Name::Divide(d) => divide_wire(d).into(),
            Name::Flag(Flag::Priority) => "priority".into(),
            Name::Flag(Flag::Watch) => "watch".into(),
            Name::Decision(d) => d.as_wire().into(),
            Name::Privacy(p) => p.as_wire().into(),
            Name::Accessibility(a) => a.as_wire().into(),
        }
    }
}

fn outcome_wire(o: Outcome) -> &'static str {
    match o {
        Outcome::Met => "met",
        Outcome::NotMet => "not-met",
        Outcome::NoData => "no-data",
        Outcome::Suppressed => "suppressed",
    }
}

pub fn divide_wire(d: Divide) -> &'static str {
    match d {
        Divide::Access => "access",
        Divide::Use => "use",
        Divide::Design => "design",
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Text(String),
    Count(u64),
    /// A proportion, 0–1, formatted as a percentage.
    Rate(f64),
    Empty,
    /// An amount in whole dollars.
    Money(u64),
    /// The difference of two rates (fractions), read as percentage points.
    Points(f64),
    /// A date, named by the page as people write it. Never sent to the workbook worker as
    /// such: [`workbook_request`] writes what is left unnamed as its plain text.
    #[serde(skip)]
    Date(Date),
    /// A word from the catalogue (see [`Name`]); never sent as such, like a date.
    #[serde(skip)]
    Name(Name),
    /// A note row's text (see [`split_notes`]): the protection line, for this many hidden
    /// cells, which the page words in the reader's language. Never sent as such, like a date.
    #[serde(skip)]
    Note(usize),
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    /// Plain text for CSV: rates as fractions with up to four decimals, points with up to
    /// one, amounts as whole numbers; dates and names as their stable ids (the page names
    /// them first, see [`Table::named`]).
    pub fn plain(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Count(n) | Value::Money(n) => n.to_string(),
            Value::Rate(r) => decimals(*r, 4),
            Value::Points(p) => decimals(p * 100.0, 1),
            Value::Date(d) => d.to_string(),
            Value::Name(n) => n.wire(),
            Value::Note(hidden) => format!("# {}", super::divides::protect::note_en(*hidden)),
            Value::Empty => String::new(),
        }
    }
}

/// `x` with at most `places` decimals, trailing zeros dropped, never "-0".
fn decimals(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { &s };
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Also the sheet's name (at most 31 characters).
    pub name: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// The index of a column by its export name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| *h == name)
    }

    /// The cell of `row` in the column `name` (`Empty` when there is no such column).
    pub fn cell<'a>(&self, row: &'a [Value], name: &str) -> &'a Value {
        self.column(name).and_then(|c| row.get(c)).unwrap_or(&Value::Empty)
    }

    /// The table as the files hold it: every cell `name` gives words for (names and dates)
    /// replaced by them, and before each column of names or dates its stable form (the id the
    /// stored schema writes, the ISO date), so a file reads back the same whatever words it
    /// was written in.
    pub fn named(&self, name: &dyn Fn(&Value) -> Option<String>) -> Table {
        let mut header = Vec::new();
        let mut cols: Vec<(usize, bool)> = Vec::new();
        for (j, h) in self.header.iter().enumerate() {
            if let Some(id) = stable_column(h).filter(|id| !self.header.contains(id)) {
                header.push(id);
                cols.push((j, true));
            }
            header.push(*h);
            cols.push((j, false));
        }
        let rows = self.rows.iter().map(|r| {
            cols.iter()
                .map(|&(j, stable)| match (&r[j], stable) {
                    (v @ (Value::Name(_) | Value::Date(_)), true) => Value::Text(v.plain()),
                    (_, true) => Value::Empty,
                    (v, false) => name(v).map_or_else(|| v.clone(), Value::Text),
                })
                .collect()
        });
        Table { name: self.name, header, rows: rows.collect() }
    }
}

/// The stable column written beside a column of names or dates in the files (see
/// [`Table::named`]); columns that already have one (`role_id` beside `role`) are not here.
fn stable_column(header: &str) -> Option<&'static str> {
    Some(match header {
        "level" => "level_id",
        "source" => "source_id",
        "target" => "target_id",
        "agreed_level" => "agreed_level_id",
        "divide" => "divide_id",
        "flag" => "flag_id",
        "goal_status" => "goal_status_id",
        "action_status" => "action_status_id",
        "result" => "result_id",
        "privacy_agreement" => "privacy_agreement_id",
        "accessibility" => "accessibility_id",
        "decision" => "decision_id",
        "by" => "by_iso",
        "due" => "due_iso",
        "start" => "start_iso",
        "review_date" => "review_date_iso",
        "contract_end" => "contract_end_iso",
        _ => return None,
    })
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

/// How many members the team has in each role, in the roles' order, roles without members
/// left out.
pub fn team_makeup(c: &Cycle) -> Vec<(Role, usize)> {
    Role::ALL.into_iter().map(|r| (r, c.team.iter().filter(|m| m.role == r).count())).filter(|(_, n)| *n > 0).collect()
}

pub fn team_table(c: &Cycle, names: bool) -> Table {
    let rows = team_makeup(c)
        .into_iter()
        .map(|(role, n)| {
            let listed = if names {
                c.team.iter().filter(|m| m.role == role).filter_map(|m| m.name.clone()).collect::<Vec<_>>().join("; ")
            } else {
                String::new()
            };
            vec![
                Value::text(role.as_wire()),
                Value::Name(Name::Role(role)),
                Value::Count(n as u64),
                Value::Text(listed),
            ]
        })
        .collect();
    Table { name: "team", header: vec!["role_id", "role", "members", "names"], rows }
}

fn level_cell(l: Option<Level>) -> Value {
    l.map_or(Value::Empty, |l| Value::Name(Name::Level(l)))
}

pub fn ratings_table(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = all
        .iter()
        .map(|s| {
            vec![
                Value::text(s.indicator.id),
                Value::text(s.indicator.statement),
                Value::text(s.area.name),
                level_cell(s.level.map(|(l, _)| l)),
                s.level.map_or(Value::Empty, |(_, src)| Value::Name(Name::Source(src))),
                level_cell(s.target),
            ]
        })
        .collect();
    Table { name: "ratings", header: vec!["indicator_id", "indicator", "area", "level", "source", "target"], rows }
}

/// The indicators rated below their target, furthest below first (`results::priorities`),
/// with the area they belong to: the printed report lists the first few and counts the rest
/// (the ratings sheet holds every indicator).
pub fn below_target(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = priorities(&all, usize::MAX)
        .into_iter()
        .map(|s| {
            vec![
                Value::text(s.indicator.id),
                Value::text(s.indicator.statement),
                Value::text(s.area.name),
                level_cell(s.level.map(|(l, _)| l)),
                level_cell(s.target),
            ]
        })
        .collect();
    Table { name: "below_target", header: vec!["indicator_id", "indicator", "area", "level", "target"], rows }
}

pub fn consensus_table(c: &Cycle) -> Table {
    let rows = all_indicators()
        .filter_map(|(_, i)| {
            let agreed = c.assessment.consensus.get(i.id)?;
            Some(vec![
                Value::text(i.id),
                Value::text(i.statement),
                level_cell(Some(agreed.level)),
                Value::text(agreed.rationale.clone()),
            ])
        })
        .collect();
    Table { name: "consensus", header: vec!["indicator_id", "indicator", "agreed_level", "rationale"], rows }
}

/// An id and a name, then how many indicators stand at each level, have none, and the median.
fn summary_row(id: String, name: Value, s: &super::assessment::results::Summary) -> Vec<Value> {
    let mut row = vec![Value::Text(id), name];
    row.extend(s.at_level.iter().map(|n| Value::Count(*n as u64)));
    row.push(Value::Count(s.no_level as u64));
    row.push(level_cell(s.median));
    row
}

const LEVEL_COLUMNS: [&str; 6] = ["foundational", "developing", "established", "advanced", "no_level", "median"];

pub fn areas_table(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = by_area(&all)
        .into_iter()
        .map(|(area, s)| summary_row(area.id.to_string(), Value::text(area.name), &s))
        .collect();
    let mut header = vec!["area_id", "area"];
    header.extend(LEVEL_COLUMNS);
    Table { name: "areas", header, rows }
}

pub fn divides_table(c: &Cycle) -> Table {
    let all = standings(&c.assessment);
    let rows = super::assessment::results::by_divide(&all)
        .into_iter()
        .map(|(d, s)| summary_row(divide_wire(d).to_string(), Value::Name(Name::Divide(d)), &s))
        .collect();
    let mut header = vec!["divide_id", "divide"];
    header.extend(LEVEL_COLUMNS);
    Table { name: "divides", header, rows }
}

/// Every flagged finding (shown cells only), ranked, with names beside the ids.
pub fn findings_table(data: &DivideData, a: &Analysis) -> Table {
    let coding = data.settings.top_bottom_coding;
    let mut rows: Vec<Vec<Value>> = findings(a)
        .into_iter()
        .filter_map(|f| {
            let c = f.cell;
            let cmp = a.compared(c)?;
            let ind = &a.indicators[c.indicator];
            let school = a.school_id(c);
            let group = a.group(c);
            let gap = cmp.gap();
            let hide = coding && matches!(coded(c.rate()?, true), Value::Text(_));
            let num = |x: f64| if hide { Value::Empty } else { Value::Points(x) };
            Some(vec![
                Value::Name(Name::Divide(ind.divide)),
                Value::text(ind.id.clone()),
                Value::text(ind.name.clone()),
                school.map_or(Value::Empty, Value::text),
                school.map_or(Value::Empty, |s| Value::text(data.school_name(s).unwrap_or(s))),
                group.map_or(Value::Empty, |(d, g)| Value::text(format!("{d}:{g}"))),
                group.map_or(Value::Empty, |(d, g)| Value::text(data.group_name(d, g))),
                coded(c.rate()?, coding),
                coded(cmp.rate, coding),
                num(gap.diff),
                num(gap.low),
                num(gap.high),
                Value::Name(Name::Flag(f.flag)),
            ])
        })
        .collect();
    let header = vec![
        "divide",
        "indicator_id",
        "indicator",
        "school_id",
        "school",
        "group_id",
        "group",
        "rate",
        "comparison_rate",
        "gap_points",
        "gap_low_points",
        "gap_high_points",
        "flag",
    ];
    // The protection line (issue 24): the report's tables can be combined with every other
    // export, and say so.
    if let Some(hidden) = super::divides::protect::hidden(a) {
        let mut row = vec![Value::Empty; header.len()];
        row[0] = Value::Note(hidden);
        rows.push(row);
    }
    Table { name: "findings", header, rows }
}

/// A success measure's cells: its indicator's id and name, the school and group it is for
/// (empty for the district and for all students), and its target.
fn measure_cells(m: &Measure, data: &DivideData) -> [Value; 5] {
    match m {
        Measure::Rate { indicator, school, group, target, .. } => [
            Value::text(indicator.clone()),
            Value::text(data.indicator(indicator).map_or_else(|| indicator.clone(), |i| i.name)),
            school.as_ref().map_or(Value::Empty, |s| Value::text(data.school_name(s).unwrap_or(s))),
            group.as_ref().map_or(Value::Empty, |(d, g)| Value::text(data.group_name(d, g))),
            Value::Rate(*target),
        ],
        Measure::Level { indicator, target, .. } => [
            Value::text(indicator.clone()),
            Value::text(
                all_indicators().find(|(_, i)| i.id == indicator).map_or(indicator.as_str(), |(_, i)| i.statement),
            ),
            Value::Empty,
            Value::Empty,
            level_cell(Some(*target)),
        ],
    }
}

const MEASURE_COLUMNS: [&str; 5] = ["measure_indicator_id", "measure", "measure_school", "measure_group", "target"];

/// One row per action (a goal without actions has one row of its own).
pub fn plan_table(c: &Cycle, a: &Analysis) -> Table {
    let mut rows = Vec::new();
    for g in &c.plan.goals {
        let measure = g
            .measure
            .as_ref()
            .map(|m| measure_cells(m, &c.divides))
            .unwrap_or_else(|| [Value::Empty, Value::Empty, Value::Empty, Value::Empty, Value::Empty]);
        let result = g
            .measure
            .as_ref()
            .map_or(Value::Empty, |m| Value::Name(Name::Outcome(evaluate(m, a, &c.assessment).outcome)));
        let by = g.measure.as_ref().and_then(Measure::by).map_or(Value::Empty, Value::Date);
        let goal = |action: Option<&super::plan::Action>| {
            let mut row = vec![
                Value::Count(u64::from(g.id)),
                Value::text(g.title.clone()),
                Value::Name(Name::Status(g.status)),
                g.owner.map_or(Value::Empty, |r| Value::text(r.as_wire())),
                g.owner.map_or(Value::Empty, |r| Value::Name(Name::Role(r))),
            ];
            row.extend(measure.iter().cloned());
            row.extend([
                by.clone(),
                result.clone(),
                action.map_or(Value::Empty, |x| Value::Count(u64::from(x.id))),
                action.map_or(Value::Empty, |x| Value::text(x.title.clone())),
                action.map_or(Value::Empty, |x| Value::Name(Name::Status(x.status))),
                action.and_then(|x| x.due).map_or(Value::Empty, Value::Date),
                action.and_then(|x| x.budget).map_or(Value::Empty, Value::Money),
            ]);
            row
        };
        if g.actions.is_empty() {
            rows.push(goal(None));
        }
        for x in &g.actions {
            rows.push(goal(Some(x)));
        }
    }
    let mut header = vec!["goal_id", "goal", "goal_status", "owner_id", "owner"];
    header.extend(MEASURE_COLUMNS);
    header.extend(["by", "result", "action_id", "action", "action_status", "due", "budget"]);
    Table { name: "plan", header, rows }
}

/// The plan's headline: how many goals, how many at each status (in the statuses' order,
/// statuses without goals left out), and the goals' titles in order.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanHeadline {
    pub goals: usize,
    pub by_status: Vec<(PlanStatus, usize)>,
    pub titles: Vec<String>,
}

pub fn plan_headline(c: &Cycle) -> PlanHeadline {
    let goals = &c.plan.goals;
    PlanHeadline {
        goals: goals.len(),
        by_status: PlanStatus::ALL
            .into_iter()
            .map(|s| (s, goals.iter().filter(|g| g.status == s).count()))
            .filter(|(_, n)| *n > 0)
            .collect(),
        titles: goals.iter().map(|g| g.title.clone()).collect(),
    }
}

fn evaluation_cell(e: &super::plan::Evaluation, m: &Measure) -> Value {
    match (m, e.value) {
        (Measure::Rate { .. }, Some(v)) => Value::Rate(v),
        (Measure::Level { .. }, Some(v)) => level_cell(Level::from_index(v as usize)),
        _ => Value::Name(Name::Outcome(e.outcome)),
    }
}

fn progress_rows(ws: &Workspace, analyses: &[Analysis]) -> Vec<MeasureRow> {
    measures(ws, ws.current, analyses)
}

/// Success measures against this cycle and the one before. `analyses` has one per cycle.
pub fn progress_table(ws: &Workspace, analyses: &[Analysis]) -> Table {
    let data = &ws.current_cycle().divides;
    let rows = progress_rows(ws, analyses)
        .into_iter()
        .map(|r| {
            let mut row = vec![Value::Count(u64::from(r.goal)), Value::Text(r.title.clone())];
            row.extend(measure_cells(&r.measure, data));
            row.extend([
                r.before.as_ref().map_or(Value::Empty, |b| evaluation_cell(b, &r.measure)),
                evaluation_cell(&r.now, &r.measure),
                Value::Name(Name::Outcome(r.now.outcome)),
            ]);
            row
        })
        .collect();
    let mut header = vec!["goal_id", "goal"];
    header.extend(MEASURE_COLUMNS);
    header.extend(["previous_cycle", "this_cycle", "result"]);
    Table { name: "progress", header, rows }
}

/// Progress since the cycle before, in a line: how many success measures there are, how many
/// are met now, and how many of those checked against the cycle before were met then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgressHeadline {
    pub measures: usize,
    pub met_now: usize,
    /// Measures that could be checked against the cycle before (it exists).
    pub with_before: usize,
    pub met_before: usize,
}

pub fn progress_headline(ws: &Workspace, analyses: &[Analysis]) -> ProgressHeadline {
    let rows = progress_rows(ws, analyses);
    let before: Vec<_> = rows.iter().filter_map(|r| r.before.as_ref()).collect();
    ProgressHeadline {
        measures: rows.len(),
        met_now: rows.iter().filter(|r| r.now.outcome == Outcome::Met).count(),
        with_before: before.len(),
        met_before: before.iter().filter(|b| b.outcome == Outcome::Met).count(),
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
                Value::Count(u64::from(x.id)),
                Value::text(x.name.clone()),
                Value::text(x.category.clone()),
                Value::text(x.need.clone()),
                x.annual_cost.map_or(Value::Empty, Value::Money),
                x.active_users.map_or(Value::Empty, Value::Count),
                Value::Name(Name::Privacy(x.privacy)),
                Value::Name(Name::Accessibility(x.accessibility)),
                d.map_or(Value::Empty, |d| Value::Name(Name::Decision(d.kind))),
                d.map_or(Value::Empty, |d| Value::text(d.rationale.clone())),
                d.and_then(|d| d.review_date).map_or(Value::Empty, Value::Date),
            ]
        })
        .collect();
    Table {
        name: "portfolio",
        header: vec![
            "product_id",
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
/// (`csv_text::guard`); counts and rates are written as numbers. The header is the columns'
/// export names (see [`table_csv_in`] for another language's).
pub fn table_csv(t: &Table) -> String {
    table_csv_in(t, &|c| c.to_string())
}

/// [`table_csv`] with each column's header as `column` words it (the reader's language). The
/// page keeps the stable columns' names (`*_id`, `*_iso`) in every language, so files made in
/// different languages still line up by them.
pub fn table_csv_in(t: &Table, column: &dyn Fn(&str) -> String) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(t.header.iter().map(|h| column(h)));
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
    workbook_request_in(tables, &|s| s.to_string(), &|c| c.to_string())
}

/// [`workbook_request`] with each sheet named by `sheet` and each column's header worded by
/// `column` (the reader's language). Sheet names are made what Excel accepts: at most 31
/// characters, none of `[]:*?/\`, no two alike.
pub fn workbook_request_in(
    tables: &[Table],
    sheet: &dyn Fn(&str) -> String,
    column: &dyn Fn(&str) -> String,
) -> String {
    let mut names: Vec<String> = Vec::new();
    let sheets: Vec<Sheet> = tables
        .iter()
        .map(|t| Sheet {
            name: {
                let n = sheet_name(&sheet(t.name), &names);
                names.push(n.clone());
                n
            },
            header: t.header.iter().map(|h| column(h)).collect(),
            // Names and dates the page left unnamed go as their plain text.
            rows: t
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|v| match v {
                            Value::Name(_) | Value::Date(_) | Value::Note(_) => Value::Text(v.plain()),
                            other => other.clone(),
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    serde_json::to_string(&sheets).unwrap_or_else(|_| "[]".into())
}

/// A sheet name Excel accepts, from `wanted`: its forbidden characters replaced, cut to 31
/// characters, blank made "Sheet", and numbered when `taken` (compared ignoring case, as Excel
/// does) has it already.
pub fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let clean: String = wanted.trim().chars().map(|c| if "[]:*?/\\".contains(c) { '-' } else { c }).collect::<String>();
    let clean = clean.trim_matches('\'').trim();
    let base = if clean.is_empty() { "Sheet" } else { clean };
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    let is_taken = |s: &str| taken.iter().any(|t| t.to_lowercase() == s.to_lowercase());
    let mut name = cut(base, 31);
    let mut k = 2;
    while is_taken(&name) {
        let suffix = format!(" {k}");
        name = format!("{}{suffix}", cut(base, 31 - suffix.chars().count()));
        k += 1;
    }
    name
}

/// Why the workbook was not made, with what the reader or the writer said (technical). The
/// worker sends it to the page as [`WorkbookError::wire`]; a person reads it through the
/// catalogue (`ui::i18n::worker_error`), the English of `Display` is for tests and logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkbookError {
    #[error("not a workbook request: {0}")]
    NotARequest(String),
    #[error("the workbook could not be written: {0}")]
    NotWritten(String),
}

impl WorkbookError {
    /// The error as the worker posts it: its kind, a tab, then the detail.
    pub fn wire(&self) -> String {
        match self {
            WorkbookError::NotARequest(d) => format!("request\t{d}"),
            WorkbookError::NotWritten(d) => format!("write\t{d}"),
        }
    }

    /// An error the worker posted; `None` for any other text (a message from the browser).
    pub fn from_wire(s: &str) -> Option<WorkbookError> {
        match s.split_once('\t') {
            Some(("request", d)) => Some(WorkbookError::NotARequest(d.to_string())),
            Some(("write", d)) => Some(WorkbookError::NotWritten(d.to_string())),
            _ => None,
        }
    }
}

/// The workbook for a request made by [`workbook_request`], or why not.
pub fn workbook_from_request(request: &str) -> Result<Vec<u8>, WorkbookError> {
    let sheets: Vec<Sheet> = serde_json::from_str(request).map_err(|e| WorkbookError::NotARequest(e.to_string()))?;
    write_sheets(&sheets).map_err(|e| WorkbookError::NotWritten(e.to_string()))
}

/// The tables as an Excel workbook: a sheet per table, a bold frozen header row, rates as
/// percentages.
pub fn workbook(tables: &[Table]) -> Result<Vec<u8>, WorkbookError> {
    workbook_from_request(&workbook_request(tables))
}

fn write_sheets(sheets: &[Sheet]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let percent = Format::new().set_num_format("0.0%");
    let dollars = Format::new().set_num_format("$#,##0");
    let points = Format::new().set_num_format("0.0");
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
                    Value::Money(n) => {
                        sheet.write_number_with_format(r, c, *n as f64, &dollars)?;
                    }
                    Value::Points(x) => {
                        sheet.write_number_with_format(r, c, x * 100.0, &points)?;
                    }
                    Value::Date(_) | Value::Name(_) | Value::Note(_) => {
                        sheet.write_string(r, c, v.plain())?;
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
        assert!(without.rows.iter().all(|r| r[3] == Value::text("")));
        let with = team_table(c, true);
        assert!(with.rows.iter().any(|r| matches!(&r[3], Value::Text(s) if s.contains("Moreno"))));
        let total: u64 = with.rows.iter().map(|r| if let Value::Count(n) = r[2] { n } else { 0 }).sum();
        assert_eq!(total as usize, c.team.len());
    }

    #[test]
    fn findings_never_show_a_suppressed_cell_and_coding_hides_edges() {
        let (mut ws, _) = sample();
        let c = ws.current_cycle();
        let a = analyse(&c.divides);
        let t = findings_table(&c.divides, &a);
        assert_eq!(t.rows.len(), findings(&a).len());
        assert!(t.rows.iter().all(|r| matches!(r[7], Value::Rate(_))));
        // With top/bottom coding, an edge rate is text and its gap is left out.
        let d = &mut ws.current_cycle_mut().divides;
        d.settings.top_bottom_coding = true;
        let d = d.clone();
        let a = analyse(&d);
        let coded = findings_table(&d, &a);
        for r in &coded.rows {
            if let Value::Text(s) = &r[7] {
                assert!(s == "<=5%" || s == ">=95%");
                assert_eq!(r[9], Value::Empty);
            }
            if let Value::Rate(x) = r[7] {
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

    /// The sample's current team (issue 30): a district leader, a member of the technology
    /// staff, a school leader, two teachers and a student, counted in the roles' order.
    #[test]
    fn the_team_makeup_counts_each_role_once_in_order() {
        let (ws, _) = sample();
        assert_eq!(
            team_makeup(ws.current_cycle()),
            vec![
                (Role::Student, 1),
                (Role::Teacher, 2),
                (Role::SchoolLeader, 1),
                (Role::DistrictLeader, 1),
                (Role::TechnologyStaff, 1)
            ]
        );
        let t = team_table(ws.current_cycle(), false);
        assert_eq!(t.header, vec!["role_id", "role", "members", "names"]);
        assert_eq!(t.rows[2][0], Value::text("school-leader"), "the id stays beside the name");
        assert_eq!(t.rows[2][1], Value::Name(Name::Role(Role::SchoolLeader)));
    }

    /// The sample's plan: four goals, two in progress, one not started and one done (in the
    /// statuses' order); its measures: three, of which two met now, and one of the three met
    /// in the cycle before (44% → 50% against 60%, 78% → 86% against 85%, established →
    /// advanced against established).
    #[test]
    fn the_plan_and_progress_headlines_count_by_hand() {
        let (ws, a) = sample();
        let c = ws.current_cycle();
        let h = plan_headline(c);
        assert_eq!(h.goals, c.plan.goals.len());
        assert_eq!(h.by_status.iter().map(|(_, n)| n).sum::<usize>(), h.goals);
        assert_eq!(h.titles[0], "Every English learner's family has home internet fast enough for learning");
        let expected: Vec<(PlanStatus, usize)> = PlanStatus::ALL
            .into_iter()
            .map(|s| (s, c.plan.goals.iter().filter(|g| g.status == s).count()))
            .filter(|x| x.1 > 0)
            .collect();
        assert_eq!(h.by_status, expected);
        let p = progress_headline(&ws, &a);
        assert_eq!(p, ProgressHeadline { measures: 3, met_now: 2, with_before: 3, met_before: 1 });
    }

    /// Where a person reads a word, the cell is a name (or a date, an amount), never the
    /// internal id as text; the id sits in its own `…_id` column.
    #[test]
    fn no_cell_holds_an_internal_id_where_a_name_is_due() {
        let (ws, a) = sample();
        let all = tables(&ws, &a, &Section::ALL, true);
        let ids: Vec<String> = Role::ALL
            .iter()
            .map(|r| r.as_wire().to_string())
            .chain(PlanStatus::ALL.iter().map(|s| s.as_wire().to_string()))
            .chain(all_indicators().map(|(_, i)| i.id.to_string()))
            .chain(ws.current_cycle().divides.indicators().into_iter().map(|i| i.id))
            .filter(|id| id.contains(['-', '.']))
            .collect();
        let mut checked = 0;
        for t in &all {
            for (k, h) in t.header.iter().enumerate() {
                if h.ends_with("_id") {
                    continue;
                }
                for r in &t.rows {
                    if let Value::Text(s) = &r[k] {
                        assert!(!ids.iter().any(|id| s == id), "{}.{h} holds the id {s}", t.name);
                        assert!(Date::parse(s).is_none(), "{}.{h} holds a date as text: {s}", t.name);
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100, "{checked} text cells checked");
        let plan = all.iter().find(|t| t.name == "plan").unwrap();
        let first = &plan.rows[0];
        assert_eq!(plan.cell(first, "goal_status"), &Value::Name(Name::Status(PlanStatus::InProgress)));
        assert_eq!(plan.cell(first, "measure_indicator_id"), &Value::text("home-internet-sufficient"));
        assert!(matches!(plan.cell(first, "measure"), Value::Text(s) if !s.contains('-')));
        assert_eq!(plan.cell(first, "measure_group"), &Value::text("English learners"));
        assert_eq!(plan.cell(first, "measure_school"), &Value::Empty, "the district as a whole");
        assert_eq!(plan.cell(first, "budget"), &Value::Money(18_000));
        assert_eq!(plan.cell(first, "due"), &Value::Date(Date { year: 2026, month: 10, day: 31 }));
        let findings = all.iter().find(|t| t.name == "findings").unwrap();
        assert!(findings.rows.iter().any(|r| findings.cell(r, "group_id") == &Value::text("econ:yes")
            && findings.cell(r, "group") == &Value::text("Economically disadvantaged")));
    }

    #[test]
    fn plain_text_writes_points_amounts_dates_and_ids() {
        assert_eq!(Value::Points(-0.2346).plain(), "-23.5");
        assert_eq!(Value::Points(-0.0001).plain(), "0");
        assert_eq!(Value::Points(0.17).plain(), "17");
        assert_eq!(Value::Money(18_000).plain(), "18000");
        assert_eq!(Value::Date(Date { year: 2027, month: 3, day: 1 }).plain(), "2027-03-01");
        assert_eq!(Value::Name(Name::Source(Source::Median(4))).plain(), "median-4");
        assert_eq!(Value::Rate(0.5).plain(), "0.5");
        assert_eq!(Value::Rate(10.0).plain(), "10");
        // Named by the page, a cell becomes text; the rest stay as they were.
        let t = Table {
            name: "x",
            header: vec!["role_id", "role", "due", "members"],
            rows: vec![vec![
                Value::text("teacher"),
                Value::Name(Name::Role(Role::Teacher)),
                Value::Date(Date { year: 2027, month: 3, day: 1 }),
                Value::Count(2),
            ]],
        };
        let named = t.named(&|v| match v {
            Value::Name(Name::Role(_)) => Some("Teacher".into()),
            Value::Date(_) => Some("March 1, 2027".into()),
            _ => None,
        });
        // Beside the words, the stable form: the role already has its id column; the date gets one.
        assert_eq!(
            named.rows[0],
            vec![
                Value::text("teacher"),
                Value::text("Teacher"),
                Value::text("2027-03-01"),
                Value::text("March 1, 2027"),
                Value::Count(2)
            ]
        );
        assert_eq!(
            table_csv(&named),
            "\u{feff}role_id,role,due_iso,due,members\nteacher,Teacher,2027-03-01,\"March 1, 2027\",2\n"
        );
    }

    #[test]
    fn below_target_lists_the_furthest_below_first() {
        let (ws, _) = sample();
        let t = below_target(ws.current_cycle());
        assert!(!t.rows.is_empty());
        let gap = |r: &Vec<Value>| match (t.cell(r, "level"), t.cell(r, "target")) {
            (Value::Name(Name::Level(l)), Value::Name(Name::Level(g))) => *g as i32 - *l as i32,
            other => panic!("{other:?}"),
        };
        assert!(t.rows.iter().all(|r| gap(r) > 0), "only indicators below their target");
        assert!(t.rows.windows(2).all(|w| gap(&w[0]) >= gap(&w[1])), "furthest below first");
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        let none: Vec<String> = vec![];
        assert_eq!(sheet_name("Calificaciones por indicador", &none), "Calificaciones por indicador");
        assert_eq!(sheet_name("a/b: [c]?", &none), "a-b- -c--");
        assert_eq!(sheet_name("  ", &none), "Sheet");
        let long = "Decisiones sobre el portafolio de tecnología";
        assert_eq!(sheet_name(long, &none).chars().count(), 31);
        let taken = vec![sheet_name(long, &none)];
        let second = sheet_name(long, &taken);
        assert!(second.ends_with(" 2") && second.chars().count() == 31, "{second}");
        assert_eq!(sheet_name("PLAN", &["plan".to_string()]), "PLAN 2");
    }

    /// The files' headers and sheet names are the reader's words when the page gives them;
    /// the stable columns the page leaves as they are, and English stays the export names.
    #[test]
    fn headers_and_sheet_names_follow_the_words_given() {
        let (ws, analyses) = sample();
        let all = tables(&ws, &analyses, &Section::ALL, false);
        let plan = all.iter().find(|t| t.name == "plan").unwrap();
        let words = |c: &str| if c.ends_with("_id") { c.to_string() } else { c.to_uppercase() };
        let csv = table_csv_in(plan, &words);
        assert!(csv.starts_with("\u{feff}goal_id,GOAL,GOAL_STATUS,owner_id,OWNER,"), "{csv}");
        assert!(table_csv(plan).starts_with("\u{feff}goal_id,goal,goal_status,"));
        let request = workbook_request_in(&all, &|s| format!("hoja {s}"), &words);
        let sheets: Vec<Sheet> = serde_json::from_str(&request).unwrap();
        assert_eq!(sheets[0].name, "hoja team");
        assert_eq!(sheets[0].header[..2], ["role_id".to_string(), "ROLE".to_string()]);
        assert!(workbook_from_request(&request).is_ok());
    }

    /// The protection line is a typed note that the page words: in English its text is as it
    /// was, and it never reaches a file's stable column.
    #[test]
    fn the_protection_line_is_worded_by_the_page() {
        let c = crate::workspace::Workspace::sample();
        let cycle = c.current_cycle();
        let a = crate::divides::protect::protected(&cycle.divides);
        let t = findings_table(&cycle.divides, &a);
        let hidden = a.protection.as_ref().unwrap().hidden();
        assert_eq!(t.rows.last().unwrap()[0], Value::Note(hidden));
        let named = t.named(&|v| match v {
            Value::Note(n) => Some(format!("# {n} ocultas")),
            _ => None,
        });
        let last = named.rows.last().unwrap();
        assert_eq!(named.header[..2], ["divide_id", "divide"]);
        assert_eq!((&last[0], &last[1]), (&Value::Empty, &Value::Text(format!("# {hidden} ocultas"))));
    }
}
