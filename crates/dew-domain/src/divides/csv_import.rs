//! Importing aggregate counts typed into a spreadsheet and saved as CSV.
//!
//! One row is one cell of data: an indicator, a school, optionally a student group (a
//! dimension such as `english learner status` and a group within it), a numerator (how many
//! meet the indicator) and a denominator (how many were counted). A row whose dimension and
//! group are both blank is the whole school ("all students").
//!
//! The header is matched tolerantly (case, surrounding spaces, inner spaces/underscores/
//! hyphens, column order, a few aliases) but strictly in what it accepts: an unknown column is
//! an error, so a typo is caught rather than its data silently dropped. Values are never
//! silently changed: text cells are only trimmed, and a count must be a whole number as typed
//! (thousands separators such as `1,234` are accepted only in the grouping they imply).
//!
//! Header problems make the whole file unreadable and are returned as `Err`; problems in a row
//! are collected in [`Parsed::errors`] (every one of them, so a preview can list every bad row)
//! while the good rows go to [`Parsed::rows`].

use crate::language::{fold, Lang};
use csv::{ReaderBuilder, StringRecord};

/// The canonical column names, in the template's order.
pub const COLUMNS: [&str; 6] = ["indicator", "school", "dimension", "group", "numerator", "denominator"];

/// The same columns in Spanish, as a file written in Spanish names them (the importer reads
/// either, whatever the interface's language).
pub const COLUMNS_ES: [&str; 6] = ["indicador", "escuela", "dimensión", "grupo", "numerador", "denominador"];

/// The header names the importer accepts besides [`COLUMNS`] and [`COLUMNS_ES`], by column,
/// normalised (see `normalize_header`: lower case, no accents, one space between words).
const ALIASES: [&[&str]; 6] = [
    &["indicator id", "id del indicador", "indicador id"],
    &["escuela o plantel", "plantel"],
    &["dimension del grupo"],
    &["student group", "grupo de estudiantes"],
    &["count meeting", "meeting", "cuantos cumplen", "cumplen"],
    &["respondents", "total", "encuestados", "cuantos respondieron"],
];

/// The column names of a file written in `lang`.
pub fn columns(lang: Lang) -> [&'static str; 6] {
    lang.pick([COLUMNS, COLUMNS_ES])
}

const INDICATOR: usize = 0;
const SCHOOL: usize = 1;
const DIMENSION: usize = 2;
const GROUP: usize = 3;
const NUMERATOR: usize = 4;
const DENOMINATOR: usize = 5;

/// One imported row. `line` is the 1-based line of the file on which the record starts (the
/// header is line 1 unless blank lines precede it). `group` is `(dimension, group)`, or `None`
/// for the whole school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AggregateRow {
    pub line: u64,
    pub indicator: String,
    pub school: String,
    pub group: Option<(String, String)>,
    pub numerator: u64,
    pub denominator: u64,
}

/// Everything that can be wrong with an imported file (`csv_text::CsvError`, shared by every
/// CSV importer). Columns are named by their canonical name (`numerator`, even when the file's
/// header says `count meeting`), except in `UnknownColumns`, which names them as written.
pub use crate::csv_text::CsvError;
use crate::csv_text::{CellProblem, ParseProblem};

/// The result of reading a file whose header is usable.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub rows: Vec<AggregateRow>,
    /// The first problems (`csv_text::MAX_PROBLEMS`), with their lines.
    pub errors: Vec<CsvError>,
    /// Problems found beyond those listed.
    pub more_errors: usize,
}

impl Parsed {
    /// Notes a problem: listed, or counted once enough are listed.
    pub fn problem(&mut self, e: CsvError) {
        crate::csv_text::note_problem(&mut self.errors, &mut self.more_errors, e);
    }
}

/// Lower-cases, drops accents, trims and collapses runs of spaces, underscores and hyphens to
/// one space.
fn normalize_header(raw: &str) -> String {
    fold(raw)
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn canonical_column(normalized: &str) -> Option<usize> {
    (0..COLUMNS.len()).find(|&c| {
        normalize_header(COLUMNS[c]) == normalized
            || normalize_header(COLUMNS_ES[c]) == normalized
            || ALIASES[c].contains(&normalized)
    })
}

/// Where each canonical column sits in the file, plus the positions of columns whose header
/// cell is blank (a spreadsheet's trailing empty columns); those must stay blank in every row.
struct Layout {
    index: [Option<usize>; 6],
    unnamed: Vec<usize>,
}

fn read_header(header: &StringRecord) -> Result<Layout, CsvError> {
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(CsvError::Empty { expected: &COLUMNS });
    }
    let mut index = [None; 6];
    let mut unnamed = Vec::new();
    let mut unknown = Vec::new();
    let mut duplicate = None;
    for (i, raw) in header.iter().enumerate() {
        let normalized = normalize_header(raw);
        if normalized.is_empty() {
            unnamed.push(i);
            continue;
        }
        match canonical_column(&normalized) {
            Some(c) if index[c].is_some() => {
                duplicate.get_or_insert(c);
            }
            Some(c) => index[c] = Some(i),
            None => unknown.push(raw.trim().to_string()),
        }
    }
    if !unknown.is_empty() {
        return Err(CsvError::UnknownColumns { found: unknown, expected: &COLUMNS });
    }
    if let Some(c) = duplicate {
        return Err(CsvError::DuplicateColumn(COLUMNS[c].to_string()));
    }
    // Dimension and group are optional, but only as a pair: one without the other could
    // never describe a group.
    let has_pair = index[DIMENSION].is_some() || index[GROUP].is_some();
    let missing: Vec<String> = (0..COLUMNS.len())
        .filter(|&c| index[c].is_none() && (has_pair || (c != DIMENSION && c != GROUP)))
        .map(|c| COLUMNS[c].to_string())
        .collect();
    if !missing.is_empty() {
        return Err(CsvError::MissingColumns(missing));
    }
    Ok(Layout { index, unnamed })
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A whole number as typed, optionally with correctly placed thousands separators.
fn parse_count(raw: &str, column: &str) -> Result<u64, CellProblem> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(CellProblem::Required);
    }
    let looks_numeric = |s: &str| {
        s.bytes().any(|b| b.is_ascii_digit()) && s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    };
    if let Some(rest) = t.strip_prefix('-') {
        if looks_numeric(rest.trim_start()) {
            return Err(CellProblem::Negative { column: column.to_string(), found: t.to_string() });
        }
    }
    if t.contains('.') && looks_numeric(t) {
        return Err(CellProblem::Decimals(t.to_string()));
    }
    let groups: Vec<&str> = t.split(',').collect();
    let digits = if groups.len() == 1 {
        if !is_digits(t) {
            return Err(CellProblem::NotWholeNumber(t.to_string()));
        }
        t.to_string()
    } else {
        let first_ok = is_digits(groups[0]) && groups[0].len() <= 3;
        let rest_ok = groups[1..].iter().all(|g| is_digits(g) && g.len() == 3);
        if !(first_ok && rest_ok) {
            return Err(CellProblem::BadThousands(t.to_string()));
        }
        groups.concat()
    };
    digits.parse::<u64>().map_err(|_| CellProblem::TooLarge(t.to_string()))
}

fn cell_error(line: u64, column: &str, message: CellProblem) -> CsvError {
    CsvError::Cell { line, column: column.to_string(), message }
}

fn read_row(layout: &Layout, record: &StringRecord, line: u64) -> Result<AggregateRow, Vec<CsvError>> {
    let get = |c: usize| layout.index[c].and_then(|i| record.get(i)).unwrap_or("").trim();
    let mut errors = Vec::new();

    let required_text = |c: usize, errors: &mut Vec<CsvError>| {
        let v = get(c);
        if v.is_empty() {
            errors.push(cell_error(line, COLUMNS[c], CellProblem::Required));
        }
        v.to_string()
    };
    let indicator = required_text(INDICATOR, &mut errors);
    let school = required_text(SCHOOL, &mut errors);

    let (dimension, group) = (get(DIMENSION), get(GROUP));
    let group = match (dimension.is_empty(), group.is_empty()) {
        (true, true) => None,
        (false, false) => Some((dimension.to_string(), group.to_string())),
        (true, false) => {
            let message = CellProblem::DimensionMissing { group: group.to_string() };
            errors.push(cell_error(line, COLUMNS[DIMENSION], message));
            None
        }
        (false, true) => {
            let message = CellProblem::GroupMissing { dimension: dimension.to_string() };
            errors.push(cell_error(line, COLUMNS[GROUP], message));
            None
        }
    };

    let numerator = parse_count(get(NUMERATOR), COLUMNS[NUMERATOR]);
    let denominator = parse_count(get(DENOMINATOR), COLUMNS[DENOMINATOR]);
    if let Err(message) = &numerator {
        errors.push(cell_error(line, COLUMNS[NUMERATOR], message.clone()));
    }
    if let Err(message) = &denominator {
        errors.push(cell_error(line, COLUMNS[DENOMINATOR], message.clone()));
    }
    if let (Ok(n), Ok(d)) = (&numerator, &denominator) {
        if n > d {
            let message = CellProblem::AboveDenominator { numerator: *n, denominator: *d };
            errors.push(cell_error(line, COLUMNS[NUMERATOR], message));
        }
    }

    for &i in &layout.unnamed {
        let v = record.get(i).unwrap_or("").trim();
        if !v.is_empty() {
            let column = format!("(unnamed column {})", i + 1);
            errors.push(cell_error(line, &column, CellProblem::NoHeader { value: v.to_string(), position: i + 1 }));
        }
    }

    match (errors.is_empty(), numerator, denominator) {
        (true, Ok(numerator), Ok(denominator)) => {
            Ok(AggregateRow { line, indicator, school, group, numerator, denominator })
        }
        _ => Err(errors),
    }
}

/// Turns the csv crate's record positions into the line on which a record starts.
///
/// `Position::line()` is not that: the crate records a record's position before it skips the
/// blank lines in front of it, and with `\r\n` endings it counts the `\n` of the previous line
/// only when it reads the next record, so both blank lines and Windows line endings would make
/// the reported line too small. The byte offset is reliable, so the line is counted from it:
/// skip the line breaks at the offset, then count `\n`, `\r\n` and lone `\r` before it.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter { text: text.as_bytes(), offset: 0, line: 1 }
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        let len = self.text.len();
        let mut start = usize::try_from(byte).unwrap_or(len).min(len);
        while start < len && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.offset {
            self.offset = 0;
            self.line = 1;
        }
        for i in self.offset..start {
            let b = self.text[i];
            if b == b'\n' || (b == b'\r' && self.text.get(i + 1) != Some(&b'\n')) {
                self.line += 1;
            }
        }
        self.offset = start;
        self.line
    }
}

/// Reads an aggregate-counts CSV. `Err` only when the header is unusable; every row problem
/// is collected in the returned `errors` and every good row in `rows`. Rows whose cells are all
/// blank (a spreadsheet's trailing empty rows, a line of spaces) are skipped.
pub fn parse_aggregate_csv(text: &str) -> Result<Parsed, CsvError> {
    let mut reader = AggregateReader::new(text)?;
    while !reader.step(usize::MAX) {}
    Ok(reader.finish())
}

/// [`parse_aggregate_csv`] a slice at a time, so that the page can let the browser paint and
/// take input between slices: a file of a million rows is read in about a second, which must
/// not be one frozen second (issue 28).
pub struct AggregateReader<'a> {
    reader: csv::Reader<&'a [u8]>,
    lines: LineCounter<'a>,
    record: StringRecord,
    layout: Layout,
    width: usize,
    parsed: Parsed,
    done: bool,
}

impl<'a> AggregateReader<'a> {
    /// Reads the header; `Err` when it is unusable.
    pub fn new(text: &'a str) -> Result<Self, CsvError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Flexible, so that a blank row of any width can be skipped; the width of every other
        // row is checked against the header.
        let mut reader = ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        let mut record = StringRecord::new();
        let (layout, width) = loop {
            match reader.read_record(&mut record) {
                Ok(true) if record.iter().all(|f| f.trim().is_empty()) => continue,
                Ok(true) => break (read_header(&record)?, record.len()),
                // Input that is a `&str` cannot fail to decode; nothing readable means no header.
                Ok(false) | Err(_) => return Err(CsvError::Empty { expected: &COLUMNS }),
            }
        };
        Ok(AggregateReader {
            reader,
            lines: LineCounter::new(text),
            record,
            layout,
            width,
            parsed: Parsed::default(),
            done: false,
        })
    }

    /// Reads up to `records` more records; true once the file has been read to its end.
    pub fn step(&mut self, records: usize) -> bool {
        let width = self.width;
        for _ in 0..records {
            if self.done {
                break;
            }
            let before = self.reader.position().byte();
            match self.reader.read_record(&mut self.record) {
                Ok(false) => self.done = true,
                Ok(true) => {
                    if self.record.iter().all(|f| f.trim().is_empty()) {
                        continue;
                    }
                    let line = self.lines.line_at(self.record.position().map_or(before, |p| p.byte()));
                    if self.record.len() != width {
                        let message = ParseProblem::FieldCount { expected: width, found: self.record.len() };
                        self.parsed.problem(CsvError::Parse { line, message });
                        continue;
                    }
                    match read_row(&self.layout, &self.record, line) {
                        Ok(row) => self.parsed.rows.push(row),
                        Err(errors) => errors.into_iter().for_each(|e| self.parsed.problem(e)),
                    }
                }
                Err(err) => {
                    let line = self.lines.line_at(err.position().map_or(before, |p| p.byte()));
                    self.parsed.problem(CsvError::Parse {
                        line,
                        message: ParseProblem::Reader(err.to_string().to_lowercase()),
                    });
                    if self.reader.position().byte() == before {
                        self.done = true; // no progress: stop rather than loop forever
                    }
                }
            }
        }
        self.done
    }

    /// How far into the file the reading is, 0–1 (for a progress bar).
    pub fn progress(&self, total_bytes: usize) -> f64 {
        if total_bytes == 0 {
            1.0
        } else {
            (self.reader.position().byte() as f64 / total_bytes as f64).min(1.0)
        }
    }

    /// What was read.
    pub fn finish(self) -> Parsed {
        self.parsed
    }
}

/// The downloadable template in `lang`: the header and two example rows, one for a whole
/// school and one for a student group. The indicator, the dimension and the group are written
/// as their ids, which read the same in every language.
pub fn template_csv(lang: Lang) -> String {
    let school = lang.pick(["Example Elementary", "Escuela Primaria de Ejemplo"]);
    let mut out = columns(lang).join(",");
    out.push('\n');
    out.push_str(&format!("home-internet,{school},,,412,450\n"));
    out.push_str(&format!("home-internet,{school},el,yes,38,52\n"));
    out
}

impl crate::import_flow::SliceReader for AggregateReader<'_> {
    fn step(&mut self, records: usize) -> bool {
        AggregateReader::step(self, records)
    }

    fn progress(&self, total_bytes: usize) -> f64 {
        AggregateReader::progress(self, total_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "indicator,school,dimension,group,numerator,denominator";

    fn row(line: u64, indicator: &str, school: &str, group: Option<(&str, &str)>, n: u64, d: u64) -> AggregateRow {
        AggregateRow {
            line,
            indicator: indicator.to_string(),
            school: school.to_string(),
            group: group.map(|(a, b)| (a.to_string(), b.to_string())),
            numerator: n,
            denominator: d,
        }
    }

    fn cell(line: u64, column: &str, message: CellProblem) -> CsvError {
        CsvError::Cell { line, column: column.to_string(), message }
    }

    fn parse_ok(text: &str) -> Parsed {
        parse_aggregate_csv(text).expect("header should be accepted")
    }

    #[test]
    fn reading_in_slices_gives_what_reading_at_once_gives() {
        let mut text = String::from("\u{feff}indicator,school,dimension,group,numerator,denominator\r\n");
        for i in 0..250 {
            let n = if i % 7 == 0 { "x".to_string() } else { (i % 50).to_string() };
            text.push_str(&format!("home-internet,School {i},,,{n},50\r\n"));
            if i % 11 == 0 {
                text.push_str(",,,,,\r\n");
            }
        }
        let whole = parse_ok(&text);
        for slice in [1, 3, 64] {
            let mut r = AggregateReader::new(&text).unwrap();
            let mut steps = 0;
            while !r.step(slice) {
                steps += 1;
            }
            assert!(steps >= 250 / slice, "{slice}: {steps} steps");
            assert_eq!(r.finish(), whole, "slices of {slice}");
        }
    }

    #[test]
    fn only_the_first_hundred_problems_are_listed_and_the_rest_are_counted() {
        let mut text = String::from("indicator,school,dimension,group,numerator,denominator\n");
        for i in 0..1000 {
            text.push_str(&format!("home-internet,School {i},,,many,10\n"));
        }
        text.push_str("home-internet,Good School,,,5,10\n");
        let p = parse_ok(&text);
        assert_eq!(p.errors.len(), 100);
        assert_eq!(p.more_errors, 900);
        assert_eq!(p.errors[0], cell(2, "numerator", CellProblem::NotWholeNumber("many".into())));
        assert_eq!(p.errors[99], cell(101, "numerator", CellProblem::NotWholeNumber("many".into())));
        assert_eq!(p.rows.len(), 1, "good rows are still read");
    }

    #[test]
    fn header_tolerates_case_spaces_order_aliases_underscores_and_hyphens() {
        let text = " Denominator ,COUNT_MEETING,Student-Group,  Dimension,School,Indicator  ID\n\
                    10,3,english learner,ell status,North High,access.device\n";
        let parsed = parse_ok(text);
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(
            parsed.rows,
            vec![row(2, "access.device", "North High", Some(("ell status", "english learner")), 3, 10)]
        );

        for (num, den) in [("meeting", "respondents"), ("numerator", "total"), ("Count-Meeting", "TOTAL")] {
            let text = format!("indicator_id,school,{num},{den}\na,b,1,2\n");
            assert_eq!(parse_ok(&text).rows, vec![row(2, "a", "b", None, 1, 2)], "{num}/{den}");
        }
    }

    #[test]
    fn group_columns_are_optional_as_a_pair() {
        let parsed = parse_ok("indicator,school,numerator,denominator\na,b,1,2\n");
        assert_eq!(parsed.rows, vec![row(2, "a", "b", None, 1, 2)]);
        assert_eq!(
            parse_aggregate_csv("indicator,school,group,numerator,denominator\n"),
            Err(CsvError::MissingColumns(vec!["dimension".into()]))
        );
        assert_eq!(
            parse_aggregate_csv("indicator,school,dimension,numerator,denominator\n"),
            Err(CsvError::MissingColumns(vec!["group".into()]))
        );
    }

    #[test]
    fn missing_required_columns_are_named() {
        assert_eq!(
            parse_aggregate_csv("school,numerator\n"),
            Err(CsvError::MissingColumns(vec!["indicator".into(), "denominator".into()]))
        );
        let err = parse_aggregate_csv("indicator,school,numerator\n").unwrap_err();
        assert_eq!(err, CsvError::MissingColumns(vec!["denominator".into()]));
        assert_eq!(err.to_string(), "missing required column: `denominator`");
    }

    #[test]
    fn unknown_columns_are_named_as_written_so_typos_are_caught() {
        let err = parse_aggregate_csv("indicator,school, Numerater ,denominator,Notes\n").unwrap_err();
        assert_eq!(
            err,
            CsvError::UnknownColumns { found: vec!["Numerater".into(), "Notes".into()], expected: &COLUMNS }
        );
        assert!(err.to_string().starts_with("unknown columns: `Numerater`, `Notes`"), "{err}");
    }

    #[test]
    fn a_column_given_twice_even_through_an_alias_is_an_error() {
        assert_eq!(
            parse_aggregate_csv("indicator,school,total,denominator,numerator\n"),
            Err(CsvError::DuplicateColumn("denominator".into()))
        );
        assert_eq!(
            parse_aggregate_csv("indicator,School,school,numerator,denominator\n"),
            Err(CsvError::DuplicateColumn("school".into()))
        );
    }

    #[test]
    fn empty_input_has_no_header() {
        for text in ["", "\n\n", "\u{feff}", "\r\n", ",,,\n"] {
            assert_eq!(parse_aggregate_csv(text), Err(CsvError::Empty { expected: &COLUMNS }), "{text:?}");
        }
    }

    #[test]
    fn header_only_file_has_no_rows_and_no_errors() {
        assert_eq!(parse_ok(HEADER), Parsed::default());
    }

    #[test]
    fn utf8_bom_is_stripped_before_the_header() {
        let parsed = parse_ok(&format!("\u{feff}{HEADER}\na,b,,,1,2\n"));
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.rows, vec![row(2, "a", "b", None, 1, 2)]);
    }

    #[test]
    fn whole_school_rows_and_group_rows_are_told_apart() {
        let text = format!("{HEADER}\nind,School A,,,5,9\nind,School A,grade,9th grade,2,4\nind,School A,  , ,1,1\n");
        let parsed = parse_ok(&text);
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(
            parsed.rows,
            vec![
                row(2, "ind", "School A", None, 5, 9),
                row(3, "ind", "School A", Some(("grade", "9th grade")), 2, 4),
                row(4, "ind", "School A", None, 1, 1),
            ]
        );
    }

    #[test]
    fn half_a_group_is_an_error_on_the_missing_half() {
        let text = format!("{HEADER}\nind,s,,ell,1,2\nind,s,ell status,,1,2\n");
        let parsed = parse_ok(&text);
        assert_eq!(parsed.rows, vec![]);
        assert_eq!(
            parsed.errors,
            vec![
                cell(2, "dimension", CellProblem::DimensionMissing { group: "ell".into() }),
                cell(3, "group", CellProblem::GroupMissing { dimension: "ell status".into() }),
            ]
        );
    }

    #[test]
    fn numerator_greater_than_denominator_is_an_error_on_the_numerator() {
        let parsed = parse_ok(&format!("{HEADER}\nind,s,,,12,10\nind,s,,,10,10\n"));
        assert_eq!(
            parsed.errors,
            vec![cell(2, "numerator", CellProblem::AboveDenominator { numerator: 12, denominator: 10 })]
        );
        assert_eq!(parsed.rows, vec![row(3, "ind", "s", None, 10, 10)]);
        assert_eq!(
            parsed.errors[0].to_string(),
            "line 2, column `numerator`: `12` is greater than the denominator `10`"
        );
    }

    #[test]
    fn negative_decimal_blank_and_text_counts_are_rejected_not_rounded() {
        let text = format!(
            "{HEADER}\n\
             ind,s,,,-3,10\n\
             ind,s,,,3,12.5\n\
             ind,s,,,  ,10\n\
             ind,s,,,3.0,10\n\
             ind,s,,,abc,10\n\
             ind,s,,,+3,10\n\
             ind,s,,,3,99999999999999999999999\n\
             ind,s,,,\"1,23\",10\n"
        );
        let parsed = parse_ok(&text);
        assert_eq!(parsed.rows, vec![]);
        assert_eq!(
            parsed.errors,
            vec![
                cell(2, "numerator", CellProblem::Negative { column: "numerator".into(), found: "-3".into() }),
                cell(3, "denominator", CellProblem::Decimals("12.5".into())),
                cell(4, "numerator", CellProblem::Required),
                cell(5, "numerator", CellProblem::Decimals("3.0".into())),
                cell(6, "numerator", CellProblem::NotWholeNumber("abc".into())),
                cell(7, "numerator", CellProblem::NotWholeNumber("+3".into())),
                cell(8, "denominator", CellProblem::TooLarge("99999999999999999999999".into())),
                cell(9, "numerator", CellProblem::BadThousands("1,23".into())),
            ]
        );
    }

    #[test]
    fn quoted_thousands_separators_and_surrounding_spaces_are_accepted() {
        let parsed = parse_ok(&format!("{HEADER}\nind,s,,,\" 1,234 \",\"1,234,567\"\nind,s,,, 7 ,8\n"));
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.rows, vec![row(2, "ind", "s", None, 1_234, 1_234_567), row(3, "ind", "s", None, 7, 8)]);
    }

    #[test]
    fn unquoted_thousands_separator_is_a_field_count_error_not_a_guess() {
        let parsed = parse_ok(&format!("{HEADER}\nind,s,,,1,234,2000\nind,s,,,1,2\n"));
        assert_eq!(parsed.rows, vec![row(3, "ind", "s", None, 1, 2)]);
        assert_eq!(parsed.errors.len(), 1);
        match &parsed.errors[0] {
            CsvError::Parse { line, message } => {
                assert_eq!(*line, 2);
                assert_eq!(*message, ParseProblem::FieldCount { expected: 6, found: 7 });
                assert!(message.to_string().starts_with("expected 6 fields like the header but found 7"), "{message}");
            }
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn every_error_in_every_row_names_its_line_and_column() {
        let text = format!("{HEADER}\n,s,,,1,2\nind,,,,x,\nind,s,,,1,2\n");
        let parsed = parse_ok(&text);
        assert_eq!(parsed.rows, vec![row(4, "ind", "s", None, 1, 2)]);
        assert_eq!(
            parsed.errors,
            vec![
                cell(2, "indicator", CellProblem::Required),
                cell(3, "school", CellProblem::Required),
                cell(3, "numerator", CellProblem::NotWholeNumber("x".into())),
                cell(3, "denominator", CellProblem::Required),
            ]
        );
    }

    #[test]
    fn error_columns_use_canonical_names_even_under_an_alias() {
        let parsed = parse_ok("indicator id,school,count meeting,respondents\nind,s,5,4\n");
        assert_eq!(
            parsed.errors,
            vec![cell(2, "numerator", CellProblem::AboveDenominator { numerator: 5, denominator: 4 })]
        );
    }

    #[test]
    fn reported_line_is_where_the_record_starts_after_an_embedded_newline() {
        let text = format!(
            "{HEADER}\n\
             ind,\"School\nwith, a newline\",,,1,2\n\
             ind,s,,,3,2\n\
             \n\
             ind,\"a\n\nb\",,,-1,2\n\
             ind,s,,,1,2\n"
        );
        let parsed = parse_ok(&text);
        assert_eq!(
            parsed.rows,
            vec![row(2, "ind", "School\nwith, a newline", None, 1, 2), row(9, "ind", "s", None, 1, 2)]
        );
        assert_eq!(
            parsed.errors,
            vec![
                cell(4, "numerator", CellProblem::AboveDenominator { numerator: 3, denominator: 2 }),
                cell(6, "numerator", CellProblem::Negative { column: "numerator".into(), found: "-1".into() }),
            ]
        );
    }

    #[test]
    fn blank_lines_and_all_blank_rows_are_skipped_but_keep_line_numbers() {
        let parsed = parse_ok(&format!("\n{HEADER}\r\n,,,,,\r\n\r\n  , ,,,,\r\n   \r\nind,s,,,1,2\r\n"));
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.rows, vec![row(7, "ind", "s", None, 1, 2)]);
    }

    #[test]
    fn line_numbers_are_right_for_windows_and_old_mac_line_endings() {
        // The csv crate's own `Position::line()` lags by one per `\r\n` and ignores skipped
        // blank lines; the importer counts from the byte offset instead.
        let crlf = format!("{HEADER}\r\nind,s,,,1,2\r\nind,\"two\r\nlines\",,,3,2\r\n\r\nind,s,,,x,2\r\n");
        let parsed = parse_ok(&crlf);
        assert_eq!(parsed.rows, vec![row(2, "ind", "s", None, 1, 2)]);
        assert_eq!(
            parsed.errors,
            vec![
                cell(3, "numerator", CellProblem::AboveDenominator { numerator: 3, denominator: 2 }),
                cell(6, "numerator", CellProblem::NotWholeNumber("x".into())),
            ]
        );
        let cr = format!("{HEADER}\rind,s,,,1,2\r\rind,s,,,x,2\r");
        let parsed = parse_ok(&cr);
        assert_eq!(parsed.rows, vec![row(2, "ind", "s", None, 1, 2)]);
        assert_eq!(parsed.errors, vec![cell(4, "numerator", CellProblem::NotWholeNumber("x".into()))]);
    }

    #[test]
    fn trailing_columns_without_a_header_must_stay_blank() {
        let parsed = parse_ok(&format!("{HEADER},,\nind,s,,,1,2,,\nind,s,,,1,2,,note\n"));
        assert_eq!(parsed.rows, vec![row(2, "ind", "s", None, 1, 2)]);
        assert_eq!(
            parsed.errors,
            vec![cell(3, "(unnamed column 8)", CellProblem::NoHeader { value: "note".into(), position: 8 })]
        );
    }

    #[test]
    fn template_parses_back_with_a_whole_school_row_and_a_group_row() {
        for lang in Lang::ALL {
            let template = template_csv(lang);
            assert!(template.starts_with(&columns(lang).join(",")));
            let parsed = parse_ok(&template);
            assert_eq!(parsed.errors, vec![]);
            assert_eq!(parsed.rows.len(), 2);
            assert_eq!(parsed.rows[0].group, None);
            assert_eq!(parsed.rows[0].indicator, "home-internet");
            assert_eq!(parsed.rows[1].group, Some(("el".into(), "yes".into())));
        }
        assert!(template_csv(Lang::Es).starts_with("indicador,escuela,dimensión,grupo,numerador,denominador\n"));
        assert!(template_csv(Lang::En).contains("Example Elementary"));
    }

    /// Each column by its English name, its Spanish name (with or without accents, any case)
    /// and its aliases in both languages lands in the same place.
    #[test]
    fn headers_are_read_in_english_and_in_spanish() {
        let rows_of = |header: &str| parse_ok(&format!("{header}\nind,North,el,yes,3,10\n")).rows;
        let want = vec![row(2, "ind", "North", Some(("el", "yes")), 3, 10)];
        assert_eq!(rows_of(&COLUMNS.join(",")), want);
        assert_eq!(rows_of(&COLUMNS_ES.join(",")), want);
        assert_eq!(rows_of("INDICADOR,Escuela,dimension,Grupo,Numerador,DENOMINADOR"), want);
        assert_eq!(
            rows_of("id_del_indicador,plantel,Dimensión,grupo de estudiantes,cuántos cumplen,encuestados"),
            want
        );
        assert_eq!(rows_of("indicator,escuela,dimension,grupo,numerator,denominador"), want, "a mix of the two");
        // One column named in both languages is a duplicate, not two columns.
        assert_eq!(
            parse_aggregate_csv("indicator,indicador,school,numerator,denominator\n"),
            Err(CsvError::DuplicateColumn("indicator".into()))
        );
        // A Spanish typo is still an unknown column.
        assert!(matches!(
            parse_aggregate_csv("indicadro,escuela,numerador,denominador\n"),
            Err(CsvError::UnknownColumns { .. })
        ));
        // Every column has a Spanish name (written as a Spanish reader writes it).
        for (en, es) in COLUMNS.iter().zip(COLUMNS_ES) {
            assert_ne!(*en, es);
        }
    }

    #[test]
    fn error_messages_are_lower_case_with_values_in_backticks() {
        assert_eq!(CsvError::DuplicateColumn("school".into()).to_string(), "more than one column is `school`");
        assert_eq!(CsvError::Parse { line: 4, message: ParseProblem::Reader("bad".into()) }.to_string(), "line 4: bad");
        assert!(CsvError::Empty { expected: &COLUMNS }.to_string().starts_with("the file is empty"));
    }

    /// A small deterministic generator (xorshift) so the round trip needs no extra crates.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
        /// A non-blank, already-trimmed value that exercises quoting: commas, quotes,
        /// newlines, inner spaces and non-ASCII text.
        fn text(&mut self) -> String {
            const PIECES: [&str; 13] = ["a", "Z", "7", ",", "\"", "\n", " ", "é", "école", "-", ".", "\r\n", "\r"];
            let len = 1 + self.below(6);
            let mut s = String::new();
            for _ in 0..len {
                s.push_str(PIECES[self.below(PIECES.len() as u64) as usize]);
            }
            let trimmed = s.trim();
            if trimmed.is_empty() {
                "x".to_string()
            } else {
                trimmed.to_string()
            }
        }
    }

    #[test]
    fn generated_rows_written_by_the_csv_writer_parse_back_identically() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for case in 0..200 {
            // Shuffle the column order for each case.
            let mut order: Vec<usize> = (0..COLUMNS.len()).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i as u64 + 1) as usize);
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(order.iter().map(|&c| COLUMNS[c])).unwrap();
            let mut expected = Vec::new();
            let mut line = 2;
            for _ in 0..rng.below(8) {
                let denominator = rng.below(5_000_000);
                let numerator = if denominator == 0 { 0 } else { rng.below(denominator + 1) };
                let group = if rng.below(2) == 0 { None } else { Some((rng.text(), rng.text())) };
                let (dimension, group_name) = group.clone().unwrap_or_default();
                let values =
                    [rng.text(), rng.text(), dimension, group_name, numerator.to_string(), denominator.to_string()];
                let record: Vec<&str> = order.iter().map(|&c| values[c].as_str()).collect();
                writer.write_record(&record).unwrap();
                expected.push(AggregateRow {
                    line,
                    indicator: values[0].clone(),
                    school: values[1].clone(),
                    group,
                    numerator,
                    denominator,
                });
                // Each record ends with `\n`; values add their own line breaks (`\r\n`, `\n`, `\r`).
                let breaks = |v: &String| v.replace("\r\n", "\n").replace('\r', "\n").matches('\n').count() as u64;
                line += 1 + values.iter().map(breaks).sum::<u64>();
            }
            let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
            let parsed = parse_aggregate_csv(&text).unwrap_or_else(|e| panic!("case {case}: {e}\n{text}"));
            assert_eq!(parsed.errors, vec![], "case {case}:\n{text}");
            assert_eq!(parsed.rows, expected, "case {case}:\n{text}");
        }
    }
}
