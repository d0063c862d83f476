//! Text in the CSV files the app reads and writes.
//!
//! **Reading: the encoding.** Excel on Windows saves "CSV" in Windows-1252, not UTF-8. Every
//! CSV importer reads the file's bytes and decodes them here, the way the survey import does
//! (`dew_scan::read`): a file that is valid UTF-8 (with or without a byte-order mark) is UTF-8,
//! anything else is Windows-1252. A UTF-8 file is never taken for Windows-1252. A Windows-1252
//! file with a letter beyond ASCII ("Peñasco" is `50 65 F1 61 …`) is valid UTF-8 only when
//! every such letter from U+00C0 up is followed by the right number of characters from
//! U+0080–U+00BF (symbols such as "¡" or "©"), which names of schools and groups don't have.
//!
//! **Writing: formulas.** A spreadsheet opening a CSV runs a cell that starts with `=`, `+`,
//! `-` or `@` as a formula (a tab or carriage return first is dropped and the rest is run), so a
//! product named `=HYPERLINK(…)` would run on a board member's computer: CSV injection. As
//! OWASP advises, such a text cell is written with a single quote in front, which makes the
//! spreadsheet show it as text. Numbers are written as they are: only text cells go through
//! [`guard`].
//!
//! The quote is added so that it can be taken off exactly, which our own importers do
//! ([`unguard`]): a cell is guarded when it starts with one of those characters, or with one or
//! more single quotes followed by one of them. So `=A1` is written `'=A1`, and a text typed as
//! `'=A1` is written `''=A1`; `'hello` is left alone and read back as it is.

use std::borrow::Cow;
use thiserror::Error;

pub use dew_scan::read::Encoding;

/// What is wrong with an imported CSV file, naming where: one kind of error for every CSV
/// importer (divide data, inventory, usage). `expected` lists the columns the importer reads
/// (empty when the person maps the columns, as for usage files).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CsvError {
    #[error("the file is empty: it needs a header line{}", naming(.expected))]
    Empty { expected: &'static [&'static str] },
    #[error("missing required {}: {}", plural(.0.len(), "column"), backticked(.0))]
    MissingColumns(Vec<String>),
    #[error("unknown {}: {}{}", plural(.found.len(), "column"), backticked(.found), columns_are(.expected))]
    UnknownColumns { found: Vec<String>, expected: &'static [&'static str] },
    #[error("more than one column is `{0}`")]
    DuplicateColumn(String),
    #[error("line {line}, column `{column}`: {message}")]
    Cell { line: u64, column: String, message: CellProblem },
    #[error("line {line}: {message}")]
    Parse { line: u64, message: ParseProblem },
}

/// What is wrong with one cell of an imported CSV file (its line and column are the
/// [`CsvError::Cell`]'s), with the values it names. The English of `Display` is for tests and
/// logs: a person reads it through the catalogue (`ui::i18n::csv_cell_problem`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CellProblem {
    #[error("a value is required")]
    Required,
    /// A count below zero, in the column named.
    #[error("{column} must not be negative (found `{found}`)")]
    Negative { column: String, found: String },
    #[error("`{0}` is not a whole number: counts cannot have decimals")]
    Decimals(String),
    #[error("`{0}` is not a whole number")]
    NotWholeNumber(String),
    #[error("`{0}` is not a whole number (thousands separators must set off groups of three digits)")]
    BadThousands(String),
    #[error("`{0}` is too large")]
    TooLarge(String),
    #[error("a dimension is required when a group is given (group `{group}`)")]
    DimensionMissing { group: String },
    #[error("a group is required when a dimension is given (dimension `{dimension}`)")]
    GroupMissing { dimension: String },
    #[error("`{numerator}` is greater than the denominator `{denominator}`")]
    AboveDenominator { numerator: u64, denominator: u64 },
    /// A value in a column whose header is blank (`position`: the column's number, from 1).
    #[error("`{value}` is in a column with no header")]
    NoHeader { value: String, position: usize },
    #[error("no indicator has the id or name `{0}`")]
    UnknownIndicator(String),
    #[error("no student-group dimension is called `{0}`")]
    UnknownDimension(String),
    #[error("`{dimension}` has no group called `{group}`")]
    UnknownGroup { dimension: String, group: String },
    /// The same indicator, school and group as an earlier line.
    #[error("this indicator, school and group already appear on an earlier line")]
    RepeatedPlace,
    #[error("{active} active users is more than the {enrolled} enrolled")]
    ActiveAboveEnrolled { active: u64, enrolled: u64 },
    #[error("the school is empty")]
    EmptySchool,
    #[error("the name is empty")]
    EmptyName,
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    NotADate(String),
    /// A value that is not one of the words the column takes (`allowed`, as written in files).
    #[error("`{value}` is not one of {}", .allowed.join(", "))]
    NotOneOf { value: String, allowed: &'static [&'static str] },
    #[error("`{0}` is not yes or no")]
    NotYesNo(String),
}

/// Why a line of an imported CSV file could not be read as a record. The English of
/// `Display` is for tests and logs (`ui::i18n::csv_parse_problem` is what a person reads).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseProblem {
    /// Another number of fields than the header has.
    #[error("expected {expected} fields like the header but found {found} (is a comma missing, or an unquoted comma in a value?)")]
    FieldCount { expected: usize, found: usize },
    /// The CSV reader stopped: what it said (technical, in English).
    #[error("{0}")]
    Reader(String),
}

fn backticked<S: AsRef<str>>(names: &[S]) -> String {
    names.iter().map(|n| format!("`{}`", n.as_ref())).collect::<Vec<_>>().join(", ")
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

fn naming(expected: &[&str]) -> String {
    if expected.is_empty() {
        String::new()
    } else {
        format!(" naming the columns {}", backticked(expected))
    }
}

fn columns_are(expected: &[&str]) -> String {
    if expected.is_empty() {
        String::new()
    } else {
        format!(" (the columns are {})", backticked(expected))
    }
}

/// How many problems an importer lists. A file with more says how many more it found: a
/// million bad rows must not become a million messages (issue 28: 65 s and a frozen page).
pub const MAX_PROBLEMS: usize = 100;

/// Notes a problem an importer found: listed while fewer than [`MAX_PROBLEMS`] are, otherwise
/// only counted in `more`.
pub fn note_problem<E>(listed: &mut Vec<E>, more: &mut usize, problem: E) {
    if listed.len() < MAX_PROBLEMS {
        listed.push(problem);
    } else {
        *more += 1;
    }
}

/// The characters a spreadsheet treats as the start of a formula (OWASP's list).
pub const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `s` is written with a quote in front: it starts with a formula character, or with
/// single quotes followed by one.
fn needs_guard(s: &str) -> bool {
    s.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// A text cell as it is written to a CSV file: quoted against formulas when it needs it.
pub fn guard(s: &str) -> Cow<'_, str> {
    if needs_guard(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A text cell of a CSV file as it was before [`guard`]: the quote taken off when `guard`
/// would have put it there, and anything else left as it is.
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => s,
    }
}

/// [`decode`] taking the bytes, so that a UTF-8 file (the usual case, and a large one can be
/// tens of megabytes) becomes its text without being copied.
pub fn decode_owned(bytes: Vec<u8>) -> (String, Encoding) {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            (text, Encoding::Utf8)
        }
        Err(e) => decode(e.as_bytes()),
    }
}

/// The text of a CSV file from its bytes, and the encoding it was read in (see the module
/// docs). A UTF-8 byte-order mark is removed.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) => (text.to_string(), Encoding::Utf8),
        Err(_) => {
            let mut out = Vec::new();
            dew_scan::read::windows_1252(body, &mut out);
            // windows_1252 writes whole characters only, so this cannot fail.
            (String::from_utf8(out).unwrap_or_default(), Encoding::Windows1252)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_errors_name_the_columns_an_importer_reads_or_none() {
        const COLS: &[&str] = &["name", "category"];
        assert_eq!(
            CsvError::Empty { expected: COLS }.to_string(),
            "the file is empty: it needs a header line naming the columns `name`, `category`"
        );
        assert_eq!(CsvError::Empty { expected: &[] }.to_string(), "the file is empty: it needs a header line");
        assert_eq!(
            CsvError::UnknownColumns { found: vec!["Colour".into()], expected: COLS }.to_string(),
            "unknown column: `Colour` (the columns are `name`, `category`)"
        );
        assert_eq!(
            CsvError::MissingColumns(vec!["a".into(), "b".into()]).to_string(),
            "missing required columns: `a`, `b`"
        );
        assert_eq!(
            CsvError::Cell { line: 3, column: "n".into(), message: CellProblem::NotWholeNumber("x".into()) }
                .to_string(),
            "line 3, column `n`: `x` is not a whole number"
        );
    }

    use super::*;

    #[test]
    fn formula_starts_are_quoted_and_other_text_is_left_alone() {
        assert_eq!(guard("=HYPERLINK(\"http://x\",\"Click\")"), "'=HYPERLINK(\"http://x\",\"Click\")");
        assert_eq!(guard("@SUM(A1:A9)"), "'@SUM(A1:A9)");
        assert_eq!(guard("+1 555"), "'+1 555");
        assert_eq!(guard("-23%"), "'-23%");
        assert_eq!(guard("\t=1+1"), "'\t=1+1");
        assert_eq!(guard("\r=1+1"), "'\r=1+1");
        assert_eq!(guard("'=1+1"), "''=1+1");
        for plain in ["Peñasco", "", "a=b", "'hello", "1 + 1", " =1"] {
            assert_eq!(guard(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn unguard_takes_off_only_the_quote_guard_put_there() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguard("''=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(unguard("'hello"), "'hello");
        assert_eq!(unguard("''"), "''");
        assert_eq!(unguard("=SUM(A1)"), "=SUM(A1)");
    }

    #[test]
    fn windows_1252_files_are_decoded_and_utf8_files_are_kept() {
        // "Peñasco Elementary,Año" in Windows-1252: ñ is F1, the euro sign 80.
        let cp1252 = b"Pe\xF1asco Elementary,A\xF1o \x80";
        assert_eq!(decode(cp1252), ("Peñasco Elementary,Año €".to_string(), Encoding::Windows1252));
        let utf8 = "Peñasco Elementary,Año €".as_bytes();
        assert_eq!(decode(utf8), ("Peñasco Elementary,Año €".to_string(), Encoding::Utf8));
        let bom = [b"\xEF\xBB\xBF".as_slice(), utf8].concat();
        assert_eq!(decode(&bom), ("Peñasco Elementary,Año €".to_string(), Encoding::Utf8));
        assert_eq!(decode(b""), (String::new(), Encoding::Utf8));
        for bytes in [cp1252.to_vec(), utf8.to_vec(), bom.clone(), Vec::new()] {
            assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
        }
    }
}
