//! A product's usage export (active users and enrolled or licensed users, per school and
//! optionally per student group) mapped column by column, and turned into the same counts the
//! divide analysis reads: one indicator, "active of enrolled", per school and group. The same
//! import matching and the same analysis (rates, intervals, gaps, suppression) then apply.

use crate::assessment::content::Divide;
use crate::csv_text::{CellProblem, ParseProblem};
use crate::divides::csv_import::{AggregateRow, CsvError, Parsed};
use crate::divides::import::{apply, preview_parsed, Mode, Preview};
use crate::divides::model::{Direction, DivideData, DivideIndicator};

/// The one indicator of usage data.
pub const USAGE_INDICATOR: &str = "custom-product-usage";

pub fn usage_indicator() -> DivideIndicator {
    DivideIndicator {
        id: USAGE_INDICATOR.into(),
        name: "Active users of those enrolled".into(),
        divide: Divide::Use,
        numerator: "Students who used the product in the period".into(),
        denominator: "Students enrolled in or licensed for the product".into(),
        direction: Direction::HigherIsBetter,
        source: "The product's usage export".into(),
        builtin: false,
    }
}

/// What a column of a usage file is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageColumn {
    School,
    Dimension,
    Group,
    Active,
    Enrolled,
}

impl UsageColumn {
    /// How tests and logs name it.
    pub fn wire(self) -> &'static str {
        match self {
            UsageColumn::School => "school",
            UsageColumn::Dimension => "group dimension",
            UsageColumn::Group => "group",
            UsageColumn::Active => "active users",
            UsageColumn::Enrolled => "enrolled users",
        }
    }
}

/// Which column of the file holds what (indices into the header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mapping {
    pub school: Option<usize>,
    pub dimension: Option<usize>,
    pub group: Option<usize>,
    pub active: Option<usize>,
    pub enrolled: Option<usize>,
}

impl Mapping {
    /// The columns still to choose before the file can be read: school, active and enrolled
    /// users, and the dimension and the group together or neither.
    pub fn unchosen(&self) -> Vec<UsageColumn> {
        let mut out = Vec::new();
        for (c, col) in [
            (UsageColumn::School, self.school),
            (UsageColumn::Active, self.active),
            (UsageColumn::Enrolled, self.enrolled),
        ] {
            if col.is_none() {
                out.push(c);
            }
        }
        if self.dimension.is_some() != self.group.is_some() {
            out.push(if self.dimension.is_none() { UsageColumn::Dimension } else { UsageColumn::Group });
        }
        out
    }
}

/// The header of a usage file.
pub fn headers(text: &str) -> Result<Vec<String>, CsvError> {
    let text = text.trim_start_matches('\u{feff}');
    let mut r = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    match r.records().next() {
        None => Err(CsvError::Empty { expected: &[] }),
        Some(Err(e)) => Err(CsvError::Parse { line: 1, message: ParseProblem::Reader(e.to_string()) }),
        Some(Ok(h)) => Ok(h.iter().map(|x| x.trim().to_string()).collect()),
    }
}

/// A first guess at the mapping from the header's words.
pub fn suggest(headers: &[String]) -> Mapping {
    // Words in English and in Spanish (compared without accents), so an export in either
    // language is suggested alike.
    let find = |words: &[&str], not: &[&str]| {
        headers.iter().position(|h| {
            let h = crate::language::fold(h);
            words.iter().any(|w| h.contains(w)) && !not.iter().any(|w| h.contains(w))
        })
    };
    Mapping {
        school: find(&["school", "site", "campus", "building", "escuela", "plantel"], &[]),
        dimension: find(
            &["dimension", "grouping", "category", "subgroup type", "agrupacion", "categoria", "tipo de grupo"],
            &[],
        ),
        group: find(&["group", "grupo"], &["grouping", "subgroup type", "tipo de grupo"]),
        active: find(
            &["active", "used", "users with", "activos", "usaron", "usuarios con"],
            &["enrolled", "licen", "inscritos", "matriculados"],
        ),
        enrolled: find(
            &[
                "enrolled",
                "licensed",
                "licenced",
                "licenses",
                "licences",
                "seats",
                "rostered",
                "inscritos",
                "matriculados",
                "con licencia",
                "licencias",
            ],
            &[],
        ),
    }
}

/// The usage counts a file holds under a mapping, matched against the cycle's schools and
/// groups (`base`). Every problem names its line and column; nothing is kept until the
/// preview is applied with `usage_data`.
pub fn usage_preview(text: &str, m: &Mapping, base: &DivideData) -> Result<(Preview, DivideData), CsvError> {
    let mut r = UsageReader::new(text, m)?;
    while !r.step(usize::MAX) {}
    Ok(r.finish(base))
}

/// [`usage_preview`] a slice at a time, so that the page can paint and take input between
/// slices, as the divide-data and inventory importers do (issue 28, item 7).
pub struct UsageReader<'a> {
    reader: ::csv::Reader<&'a [u8]>,
    /// The file's header, to name a column as the file does.
    header: ::csv::StringRecord,
    m: Mapping,
    parsed: Parsed,
    done: bool,
}

impl<'a> UsageReader<'a> {
    /// Checks the mapping; `Err` names the columns it lacks.
    pub fn new(text: &'a str, m: &Mapping) -> Result<Self, CsvError> {
        let missing = m.unchosen();
        if !missing.is_empty() {
            return Err(CsvError::MissingColumns(missing.iter().map(|c| c.wire().to_string()).collect()));
        }
        let text = text.trim_start_matches('\u{feff}');
        let mut reader = ::csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
        let header = reader.headers().cloned().unwrap_or_default();
        Ok(UsageReader { reader, header, m: *m, parsed: Parsed::default(), done: false })
    }

    /// How far the read has come, 0 to 1, of a file of `total_bytes`.
    pub fn progress(&self, total_bytes: usize) -> f64 {
        if total_bytes == 0 {
            1.0
        } else {
            (self.reader.position().byte() as f64 / total_bytes as f64).min(1.0)
        }
    }

    /// Reads up to `records` more records; true once the file has been read to its end.
    pub fn step(&mut self, records: usize) -> bool {
        let m = &self.m;
        let mut rec = ::csv::StringRecord::new();
        for _ in 0..records {
            if self.done {
                break;
            }
            match self.reader.read_record(&mut rec) {
                Ok(false) => self.done = true,
                Ok(true) => read_row(&rec, m, &self.header, &mut self.parsed),
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    self.parsed.problem(CsvError::Parse { line, message: ParseProblem::Reader(e.to_string()) });
                    // A reader past an error it cannot step over stops, rather than loop.
                    if e.position().is_none() {
                        self.done = true;
                    }
                }
            }
        }
        self.done
    }

    /// The preview of what was read, matched against the cycle's schools and groups (`base`),
    /// and the product's empty usage data to fill.
    pub fn finish(self, base: &DivideData) -> (Preview, DivideData) {
        let skeleton = DivideData {
            custom_indicators: vec![usage_indicator()],
            custom_dimensions: base.custom_dimensions.clone(),
            schools: base.schools.clone(),
            cells: Default::default(),
            settings: base.settings.clone(),
        };
        let preview = preview_parsed(self.parsed, &skeleton);
        (preview, skeleton)
    }
}

/// One record under the mapping: a row of counts, or the problems it has. A problem names
/// the column as the file's header does (`header`).
fn read_row(rec: &::csv::StringRecord, m: &Mapping, header: &::csv::StringRecord, parsed: &mut Parsed) {
    let line = rec.position().map_or(0, |p| p.line());
    if rec.iter().all(|f| f.trim().is_empty()) {
        return;
    }
    let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim().to_string();
    let column = |c: Option<usize>| c.and_then(|c| header.get(c)).unwrap_or("").trim().to_string();
    let count = |c: Option<usize>| -> Result<u64, CsvError> {
        let v = get(c);
        let cleaned: String = v.chars().filter(|c| *c != ',').collect();
        cleaned.parse().map_err(|_| CsvError::Cell { line, column: column(c), message: CellProblem::NotWholeNumber(v) })
    };
    let (active, enrolled) = match (count(m.active), count(m.enrolled)) {
        (Ok(a), Ok(e)) => (a, e),
        (a, e) => {
            a.err().into_iter().chain(e.err()).for_each(|x| parsed.problem(x));
            return;
        }
    };
    if active > enrolled {
        parsed.problem(CsvError::Cell {
            line,
            column: column(m.active),
            message: CellProblem::ActiveAboveEnrolled { active, enrolled },
        });
        return;
    }
    let school = get(m.school);
    if school.is_empty() {
        parsed.problem(CsvError::Cell { line, column: column(m.school), message: CellProblem::EmptySchool });
        return;
    }
    let (d, g) = (get(m.dimension), get(m.group));
    let group = if d.is_empty() && g.is_empty() { None } else { Some((d, g)) };
    parsed.rows.push(AggregateRow {
        line,
        indicator: USAGE_INDICATOR.into(),
        school,
        group,
        numerator: active,
        denominator: enrolled,
    });
}

/// The product's usage data from a clean preview; `None` when the preview has errors.
pub fn usage_data(preview: &Preview, skeleton: DivideData) -> Option<DivideData> {
    let mut data = skeleton;
    apply(preview, &mut data, Mode::Replace).then_some(data)
}

impl crate::import_flow::SliceReader for UsageReader<'_> {
    fn step(&mut self, records: usize) -> bool {
        UsageReader::step(self, records)
    }

    fn progress(&self, total_bytes: usize) -> f64 {
        UsageReader::progress(self, total_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::analysis::analyse;
    use crate::divides::findings::findings;
    use crate::divides::model::School;

    fn base() -> DivideData {
        let mut d = DivideData::default();
        d.schools.push(School { id: "lincoln".into(), name: "Lincoln Middle".into() });
        d.schools.push(School { id: "garfield".into(), name: "Garfield Elementary".into() });
        d
    }

    const FILE: &str = "Site,Subgroup type,Student group,Students active,Students licensed\n\
        Lincoln Middle,,,140,200\n\
        Garfield Elementary,,,40,200\n\
        Lincoln Middle,English learners,Yes,10,50\n\
        Lincoln Middle,English learners,No,130,150\n";

    #[test]
    fn columns_are_suggested_from_the_header() {
        let h = headers(FILE).unwrap();
        assert_eq!(
            suggest(&h),
            Mapping { school: Some(0), dimension: Some(1), group: Some(2), active: Some(3), enrolled: Some(4) }
        );
    }

    /// Hand-worked: Lincoln 140/200 = 70 %, Garfield 40/200 = 20 %: Garfield's gap to the other
    /// school is 50 points, a priority; English learners at Lincoln 10/50 = 20 % against
    /// 130/150 ≈ 87 %.
    #[test]
    fn usage_runs_through_the_same_analysis_and_shows_the_disparity() {
        let m = suggest(&headers(FILE).unwrap());
        let (p, skeleton) = usage_preview(FILE, &m, &base()).unwrap();
        assert!(p.is_clean(), "{:?}", p.errors);
        let data = usage_data(&p, skeleton).unwrap();
        assert_eq!(data.cells.len(), 4);
        let a = analyse(&data);
        let i = a.indicators.iter().position(|x| x.id == USAGE_INDICATOR).unwrap();
        let garfield = a.find(i, Some("garfield"), None).unwrap();
        assert!((garfield.rate().unwrap() - 0.2).abs() < 1e-12);
        let ids: Vec<String> = findings(&a).iter().map(|f| f.id(&a)).collect();
        assert!(ids.contains(&format!("{USAGE_INDICATOR}@garfield")), "{ids:?}");
        assert!(ids.contains(&format!("{USAGE_INDICATOR}@lincoln/el:yes")), "{ids:?}");
    }

    #[test]
    fn a_file_read_in_slices_gives_what_it_gives_in_one_go() {
        let bad =
            "School,Active,Enrolled\nLincoln Middle,300,200\nGarfield Elementary,x,10\n,1,2\nLincoln Middle,5,9\n";
        for file in [FILE, bad] {
            let m = suggest(&headers(file).unwrap());
            let whole = usage_preview(file, &m, &base()).unwrap();
            let mut r = UsageReader::new(file, &m).unwrap();
            let mut steps = 0;
            let mut last = 0.0;
            while !r.step(1) {
                steps += 1;
                assert!(r.progress(file.len()) >= last, "progress only grows");
                last = r.progress(file.len());
            }
            assert!(steps >= 3, "one record a step: {steps}");
            assert_eq!(r.progress(file.len()), 1.0);
            assert_eq!(r.finish(&base()), whole);
        }
    }

    #[test]
    fn bad_rows_and_missing_columns_are_named() {
        let m = suggest(&headers(FILE).unwrap());
        let bad = "School,Active,Enrolled\nLincoln Middle,300,200\nGarfield Elementary,x,10\n,1,2\n";
        let mb = suggest(&headers(bad).unwrap());
        let (p, skeleton) = usage_preview(bad, &mb, &base()).unwrap();
        let lines: Vec<(u64, String)> = p
            .errors
            .iter()
            .map(|e| match e {
                CsvError::Cell { line, column, .. } => (*line, column.clone()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(lines, vec![(2, "Active".into()), (3, "Active".into()), (4, "School".into())]);
        assert!(matches!(
            &p.errors[0],
            CsvError::Cell { message: CellProblem::ActiveAboveEnrolled { active: 300, enrolled: 200 }, .. }
        ));
        assert!(matches!(&p.errors[1], CsvError::Cell { message: CellProblem::NotWholeNumber(v), .. } if v == "x"));
        assert!(matches!(&p.errors[2], CsvError::Cell { message: CellProblem::EmptySchool, .. }));
        assert_eq!(usage_data(&p, skeleton), None);
        let no_enrolled = Mapping { enrolled: None, ..m };
        assert_eq!(
            usage_preview(FILE, &no_enrolled, &base()).err(),
            Some(CsvError::MissingColumns(vec!["enrolled users".into()]))
        );
        assert_eq!(no_enrolled.unchosen(), vec![UsageColumn::Enrolled]);
        assert_eq!(Mapping { dimension: Some(0), group: None, ..m }.unchosen(), vec![UsageColumn::Group]);
        assert_eq!(m.unchosen(), vec![]);
    }

    /// A usage export with Spanish headers is mapped as an English one is.
    #[test]
    fn spanish_headers_are_suggested_as_english_ones_are() {
        let h = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let en = suggest(&h(&["School", "Grouping", "Group", "Active users", "Licensed users"]));
        let es = suggest(&h(&["Escuela", "Agrupación", "Grupo", "Usuarios activos", "Usuarios con licencia"]));
        assert_eq!(es, en);
        assert_eq!(
            suggest(&h(&["Plantel", "Estudiantes activos", "Estudiantes inscritos"])),
            Mapping { school: Some(0), active: Some(1), enrolled: Some(2), ..Mapping::default() }
        );
    }
}
