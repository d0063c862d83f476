//! Turning parsed aggregate CSV rows into cells of the workspace: names and ids are matched
//! (case and spacing ignored), unknown schools are listed as new, and anything that does not
//! match names its line and column. Nothing is applied until the user chooses how.

use super::csv_import::{parse_aggregate_csv, CsvError};
use super::model::{CellKey, Counts, DivideData, School};
use super::model_es;
use crate::csv_text::CellProblem;
use crate::ids::new_id;
use crate::language::fold;
use std::collections::BTreeMap;

pub(crate) fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Whether `typed` is the Spanish name of a built-in indicator, dimension or group (with or
/// without its accents), so that a file written in Spanish reads as one written in English.
fn spanish(name_es: Option<&str>, typed: &str) -> bool {
    name_es.is_some_and(|es| fold(&norm(es)) == fold(&norm(typed)))
}

/// How imported cells meet the data already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Remove every existing cell first.
    Replace,
    /// Keep existing cells; an imported cell for the same place overwrites it.
    Add,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub cells: BTreeMap<CellKey, Counts>,
    /// Schools named in the file that the workspace does not have yet (they will be added).
    pub new_schools: Vec<School>,
    /// The first problems (`csv_text::MAX_PROBLEMS`), with their lines; the file can be applied
    /// only when there are none.
    pub errors: Vec<CsvError>,
    /// Problems found beyond those listed.
    pub more_errors: usize,
    /// Cells in the file that already hold counts (overwritten by "add").
    pub overwrites: usize,
    /// Lines that name the same place twice.
    pub duplicates: usize,
}

impl Preview {
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.more_errors == 0
    }
}

/// Reads the file and matches it against `data`. Header problems are an error; row problems
/// are listed in the preview.
pub fn preview(text: &str, data: &DivideData) -> Result<Preview, CsvError> {
    Ok(preview_parsed(parse_aggregate_csv(text)?, data))
}

/// Matches rows already read (from an aggregate CSV, or from another export mapped to the
/// same shape, such as a product's usage file) against `data`.
pub fn preview_parsed(parsed: super::csv_import::Parsed, data: &DivideData) -> Preview {
    let indicators = data.indicators();
    let dims = data.dimensions();
    let (mut listed, mut more) = (parsed.errors, parsed.more_errors);
    let mut problem = |e: CsvError| crate::csv_text::note_problem(&mut listed, &mut more, e);
    let mut schools: Vec<School> = data.schools.clone();
    let mut new_schools = Vec::new();
    let mut cells = BTreeMap::new();
    let mut duplicates = 0;
    for row in parsed.rows {
        let bad =
            |column: &str, message: CellProblem| CsvError::Cell { line: row.line, column: column.into(), message };
        let Some(ind) = indicators.iter().find(|i| {
            norm(&i.id) == norm(&row.indicator)
                || norm(&i.name) == norm(&row.indicator)
                || spanish(model_es::indicator(&i.id).map(|x| x.name), &row.indicator)
        }) else {
            problem(bad("indicator", CellProblem::UnknownIndicator(row.indicator.clone())));
            continue;
        };
        let group = match &row.group {
            None => None,
            Some((d, g)) => {
                let Some(dim) = dims.iter().find(|x| {
                    norm(&x.id) == norm(d) || norm(&x.name) == norm(d) || spanish(model_es::dimension(&x.id), d)
                }) else {
                    problem(bad("dimension", CellProblem::UnknownDimension(d.clone())));
                    continue;
                };
                let Some(grp) = dim.groups.iter().find(|x| {
                    norm(&x.id) == norm(g) || norm(&x.name) == norm(g) || spanish(model_es::group(&dim.id, &x.id), g)
                }) else {
                    problem(bad("group", CellProblem::UnknownGroup { dimension: dim.name.clone(), group: g.clone() }));
                    continue;
                };
                Some((dim.id.clone(), grp.id.clone()))
            }
        };
        let school_id =
            match schools.iter().find(|s| norm(&s.name) == norm(&row.school) || norm(&s.id) == norm(&row.school)) {
                Some(s) => s.id.clone(),
                None => {
                    let taken: Vec<&str> = schools.iter().map(|s| s.id.as_str()).collect();
                    let s = School { id: new_id(&row.school, "", &taken), name: row.school.trim().to_string() };
                    new_schools.push(s.clone());
                    schools.push(s.clone());
                    s.id
                }
            };
        let key = CellKey {
            indicator: ind.id.as_str().into(),
            school: school_id.into(),
            group: group.map(|(d, g)| (d.into(), g.into())),
        };
        let counts = Counts { numerator: row.numerator, denominator: row.denominator };
        if cells.insert(key, counts).is_some() {
            duplicates += 1;
            problem(bad("school", CellProblem::RepeatedPlace));
        }
    }
    let overwrites = cells.keys().filter(|k| data.cells.contains_key(*k)).count();
    Preview { cells, new_schools, errors: listed, more_errors: more, overwrites, duplicates }
}

/// Applies a clean preview. Returns false (and changes nothing) if the preview has errors.
pub fn apply(p: &Preview, data: &mut DivideData, mode: Mode) -> bool {
    if !p.is_clean() {
        return false;
    }
    if mode == Mode::Replace {
        data.cells_mut().clear();
    }
    data.schools.extend(p.new_schools.iter().cloned());
    for (k, c) in &p.cells {
        data.cells_mut().insert(k.clone(), *c);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> DivideData {
        let mut d = DivideData::default();
        d.schools.push(School { id: "lincoln".into(), name: "Lincoln Middle".into() });
        d.cells_mut().insert(
            CellKey { indicator: "home-internet".into(), school: "lincoln".into(), group: None },
            Counts { numerator: 1, denominator: 2 },
        );
        d
    }

    const FILE: &str = "indicator,school,dimension,group,numerator,denominator\n\
        home-internet,lincoln  middle,,,90,120\n\
        Internet at home on the learning device,Lincoln Middle,English learners,english learners,20,40\n\
        create-weekly,Garfield Elementary,el,no,30,50\n";

    #[test]
    fn names_and_ids_match_loosely_and_new_schools_are_listed() {
        let d = base();
        let p = preview(FILE, &d).unwrap();
        assert!(p.is_clean(), "{:?}", p.errors);
        assert_eq!(p.cells.len(), 3);
        assert_eq!(
            p.new_schools,
            vec![School { id: "garfield-elementary".into(), name: "Garfield Elementary".into() }]
        );
        assert_eq!(p.overwrites, 1);
        let el = CellKey {
            indicator: "home-internet".into(),
            school: "lincoln".into(),
            group: Some(("el".into(), "yes".into())),
        };
        assert_eq!(p.cells[&el], Counts { numerator: 20, denominator: 40 });
    }

    #[test]
    fn add_keeps_other_cells_and_replace_clears_them() {
        let mut d = base();
        d.cells_mut().insert(
            CellKey { indicator: "create-weekly".into(), school: "lincoln".into(), group: None },
            Counts { numerator: 5, denominator: 9 },
        );
        let p = preview(FILE, &d).unwrap();
        let mut added = d.clone();
        assert!(apply(&p, &mut added, Mode::Add));
        assert_eq!(added.cells.len(), 4);
        assert_eq!(added.schools.len(), 2);
        let mut replaced = d.clone();
        assert!(apply(&p, &mut replaced, Mode::Replace));
        assert_eq!(replaced.cells.len(), 3);
    }

    #[test]
    fn unknown_names_and_duplicates_are_errors_with_lines_and_nothing_applies() {
        let d = base();
        let text = "indicator,school,dimension,group,numerator,denominator\n\
            wifi,Lincoln Middle,,,1,2\n\
            home-internet,Lincoln Middle,Planet,Mars,1,2\n\
            home-internet,Lincoln Middle,el,maybe,1,2\n\
            home-internet,Lincoln Middle,,,1,2\n\
            home-internet,Lincoln Middle,,,3,4\n";
        let p = preview(text, &d).unwrap();
        let lines: Vec<(u64, String)> = p
            .errors
            .iter()
            .map(|e| match e {
                CsvError::Cell { line, column, .. } => (*line, column.clone()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            lines,
            vec![(2, "indicator".into()), (3, "dimension".into()), (4, "group".into()), (6, "school".into())]
        );
        let mut after = d.clone();
        assert!(!apply(&p, &mut after, Mode::Replace));
        assert_eq!(after, d);
    }

    /// The built-in indicators, dimensions and groups are read by their Spanish names too
    /// (with or without accents), giving the cells their English names give.
    #[test]
    fn spanish_names_of_built_ins_match_as_the_english_do() {
        let d = base();
        let es = "indicador,escuela,dimensión,grupo,numerador,denominador\n\
            home-internet,lincoln  middle,,,90,120\n\
            Internet en casa en el dispositivo de aprendizaje,Lincoln Middle,Estudiantes de inglés,estudiantes de ingles,20,40\n\
            create-weekly,Garfield Elementary,el,no,30,50\n";
        let p = preview(es, &d).unwrap();
        assert!(p.is_clean(), "{:?}", p.errors);
        assert_eq!(p, preview(FILE, &d).unwrap());
    }

    /// A property-style round trip: the same cells written in English or in Spanish (headers,
    /// built-in names, or ids), in any column order, preview to the same cells and schools.
    #[test]
    fn a_file_in_spanish_and_one_in_english_give_the_same_cells() {
        use crate::divides::csv_import::{columns, COLUMNS};
        use crate::divides::model::{builtin_dimensions, builtin_indicators};
        use crate::language::Lang;
        let (inds, dims) = (builtin_indicators(), builtin_dimensions());
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..200 {
            let d = base();
            let order: Vec<usize> = {
                let mut o: Vec<usize> = (0..COLUMNS.len()).collect();
                for i in (1..o.len()).rev() {
                    o.swap(i, next(i + 1));
                }
                o
            };
            let rows: Vec<[String; 6]> = (0..1 + next(6))
                .map(|k| {
                    let ind = &inds[next(inds.len())];
                    let (dim, grp) = if next(2) == 0 {
                        (None, None)
                    } else {
                        let dim = &dims[next(dims.len())];
                        (Some(dim), Some(&dim.groups[next(dim.groups.len())]))
                    };
                    let n = next(50) as u64;
                    [
                        ind.id.clone(),
                        format!("School {k}"),
                        dim.map(|x| x.id.clone()).unwrap_or_default(),
                        grp.map(|x| x.id.clone()).unwrap_or_default(),
                        n.to_string(),
                        (n + next(50) as u64).to_string(),
                    ]
                })
                .collect();
            let write = |lang: Lang, names: bool| {
                let mut out = order.iter().map(|&c| columns(lang)[c]).collect::<Vec<_>>().join(",");
                out.push('\n');
                for r in &rows {
                    let mut r = r.clone();
                    if names {
                        let ind = inds.iter().find(|i| i.id == r[0]).unwrap();
                        r[0] = match lang {
                            Lang::En => ind.name.clone(),
                            Lang::Es => model_es::indicator(&ind.id).unwrap().name.to_string(),
                        };
                        if let Some(dim) = dims.iter().find(|x| x.id == r[2]) {
                            let g = dim.groups.iter().find(|g| g.id == r[3]).unwrap();
                            (r[2], r[3]) = match lang {
                                Lang::En => (dim.name.clone(), g.name.clone()),
                                Lang::Es => (
                                    model_es::dimension(&dim.id).unwrap().to_string(),
                                    model_es::group(&dim.id, &g.id).unwrap().to_string(),
                                ),
                            };
                        }
                    }
                    let cells: Vec<String> = order.iter().map(|&c| format!("\"{}\"", r[c])).collect();
                    out.push_str(&cells.join(","));
                    out.push('\n');
                }
                out
            };
            let english = preview(&write(Lang::En, false), &d).unwrap();
            for (lang, names) in [(Lang::En, true), (Lang::Es, false), (Lang::Es, true)] {
                let other = preview(&write(lang, names), &d).unwrap();
                assert_eq!(other, english, "{lang:?}, names {names}");
            }
        }
    }
}
