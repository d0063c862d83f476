//! What a survey's values mean for the tallies, and what the tallies come to. The counting
//! itself, record by record, is `dew_scan::tally` (built for speed); this module decides,
//! once per distinct spelling of each mapped column, what the spelling means (`Resolve`),
//! and turns the counts into the summary and the cells for the divide import.
//!
//! A row is counted for its school (the whole-school cell) and for each group column whose
//! value maps to a group. For each answer column, "meets" adds to the numerator and the
//! denominator, "does not meet" to the denominator only, and a blank or "not answered" to
//! neither. Rows that cannot be counted are skipped whole, with the reason and, for the first
//! few, the row and column.

use super::read::{Record, Rows};
use super::{Answer, Mapping, Preview, Problem};
use crate::divides::import::{norm, Preview as CellPreview};
use crate::divides::model::{CellKey, Counts, DivideData, School};
use crate::ids::new_id;
use dew_scan::tally::{Code, Col, Layout, Resolve, Tally};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

pub use dew_scan::tally::{Skip, MAX_EXAMPLES};

/// One skipped row, for the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: u64,
    /// The column, by header name (none for a ragged row).
    pub column: Option<String>,
    pub skip: Skip,
    /// For a ragged row: how many fields it had.
    pub fields: usize,
}

/// The outcome of counting, before anything is applied.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    /// Data rows read (the header is not counted).
    pub rows: u64,
    pub counted: u64,
    pub skipped: BTreeMap<Skip, u64>,
    pub examples: Vec<RowProblem>,
    /// School values not in the workspace, as first written, with their row counts. Their
    /// rows are counted, and kept only if the user adds the schools.
    pub unknown_schools: Vec<(String, u64)>,
    /// Values of answer and group columns that have no mapping: (column, value, rows).
    pub unmapped: Vec<(String, String, u64)>,
}

/// A group column's dimension: its group ids in slot order, and the value → group id map.
struct Group {
    name: String,
    first_slot: u32,
    groups: Vec<String>,
    values: BTreeMap<String, String>,
    /// Unmapped values, as first written, by `Code::Unmapped` index.
    unmapped: Vec<String>,
}

struct AnswerCol {
    name: String,
    values: BTreeMap<String, Answer>,
    unmapped: Vec<String>,
}

/// What the mapping says, for values met for the first time.
struct Meaning {
    strict: bool,
    school_name: String,
    /// Workspace schools first, then unknown ones in order of appearance: (id or shown name, known).
    schools: Vec<(String, bool)>,
    school_index: FxHashMap<String, u32>,
    groups: Vec<Group>,
    answers: Vec<AnswerCol>,
}

/// The text of a value: `None` if it is not UTF-8 and `strict`; otherwise with invalid bytes
/// replaced.
fn decode(raw: &[u8], strict: bool) -> Option<String> {
    match std::str::from_utf8(raw) {
        Ok(s) => Some(s.to_string()),
        Err(_) if strict => None,
        Err(_) => Some(String::from_utf8_lossy(raw).into_owned()),
    }
}

/// The index of `text` among a column's unmapped values (compared normalised), added if new.
fn unmapped(list: &mut Vec<String>, text: &str) -> Code {
    let key = norm(text);
    let i = match list.iter().position(|v| norm(v) == key) {
        Some(i) => i,
        None => {
            list.push(text.trim().to_string());
            list.len() - 1
        }
    };
    Code::Unmapped(i as u32)
}

impl Resolve for Meaning {
    fn school(&mut self, raw: &[u8]) -> Code {
        match decode(raw, self.strict) {
            None => Code::Invalid,
            Some(t) if t.trim().is_empty() => Code::BlankSchool,
            Some(t) => {
                let key = norm(&t);
                let i = match self.school_index.get(&key) {
                    Some(i) => *i,
                    None => {
                        let i = self.schools.len() as u32;
                        self.schools.push((t.trim().to_string(), false));
                        self.school_index.insert(key, i);
                        i
                    }
                };
                Code::School(i)
            }
        }
    }

    fn group(&mut self, g: usize, raw: &[u8]) -> Code {
        let Some(t) = decode(raw, self.strict) else { return Code::Invalid };
        let key = norm(&t);
        let g = &mut self.groups[g];
        if key.is_empty() {
            return Code::Slot(0);
        }
        match g.values.get(&key) {
            // Mapped to no group on purpose ("I'd rather not say" on a kit's form).
            Some(id) if id.is_empty() => Code::Slot(0),
            Some(id) => match g.groups.iter().position(|x| x == id) {
                Some(i) => Code::Slot(g.first_slot + i as u32),
                None => unmapped(&mut g.unmapped, &t),
            },
            None => unmapped(&mut g.unmapped, &t),
        }
    }

    fn answer(&mut self, a: usize, raw: &[u8]) -> Code {
        let Some(t) = decode(raw, self.strict) else { return Code::Invalid };
        let key = norm(&t);
        let a = &mut self.answers[a];
        if key.is_empty() {
            return Code::NotAnswered;
        }
        match a.values.get(&key) {
            Some(Answer::Meets) => Code::Meets,
            Some(Answer::DoesNotMeet) => Code::DoesNotMeet,
            Some(Answer::NotAnswered) => Code::NotAnswered,
            None => unmapped(&mut a.unmapped, &t),
        }
    }
}

/// Counts rows against a mapping. Build with `new`, feed the file (`feed` a chunk at a time,
/// then `finish`; or `row` by record), then read the `summary` and the `cells`.
pub struct Counter {
    tally: Tally,
    meaning: Meaning,
    /// Group slots per cell row: 1 (the whole school) + every group of every mapped dimension.
    slots: usize,
    /// (dimension id, group id) per slot; slot 0 is the whole school.
    slot_keys: Vec<Option<(String, String)>>,
    indicators: Vec<String>,
}

impl Counter {
    /// Prepares counting `header`'s rows with `m`. Refused with the mapping's problems (the
    /// same as `super::problems`, except unchosen values, which count as not answered).
    pub fn new(m: &Mapping, p: &Preview, data: &DivideData, strict: bool) -> Result<Self, Vec<Problem>> {
        let problems: Vec<Problem> =
            super::problems(m, p, data).into_iter().filter(|x| !matches!(x, Problem::Unchosen { .. })).collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let col = |name: &str| p.column(name).map(|i| (i, p.header[i].clone()));
        let (school, school_name) = m.school.as_deref().and_then(col).ok_or_else(|| vec![Problem::NoSchoolColumn])?;
        let dims = data.dimensions();
        let mut layout = Layout { width: p.header.len(), school, ..Default::default() };
        // The columns read when a mapped one is blank (a section in another language).
        let alts = |c: &str| -> Vec<usize> { m.also_of(c).iter().filter_map(|x| p.column(x)).collect() };
        layout.school_alt = alts(m.school.as_deref().unwrap_or_default());
        let mut slot_keys = vec![None];
        let mut groups = Vec::new();
        for g in &m.groups {
            let (Some((i, name)), Some(d)) = (col(&g.column), dims.iter().find(|d| d.id == g.dimension)) else {
                continue;
            };
            let first_slot = slot_keys.len() as u32;
            slot_keys.extend(d.groups.iter().map(|x| Some((d.id.clone(), x.id.clone()))));
            let ids = d.groups.iter().map(|x| x.id.clone()).collect();
            layout.groups.push(i);
            layout.group_alts.push(alts(&g.column));
            groups.push(Group { name, first_slot, groups: ids, values: g.values.clone(), unmapped: Vec::new() });
        }
        let mut answers = Vec::new();
        let mut indicators = Vec::new();
        for a in &m.answers {
            let Some((i, name)) = col(&a.column) else { continue };
            indicators.push(a.indicator.clone());
            layout.answers.push(i);
            layout.answer_alts.push(alts(&a.column));
            answers.push(AnswerCol { name, values: a.values.clone(), unmapped: Vec::new() });
        }
        let schools: Vec<(String, bool)> = data.schools.iter().map(|s| (s.id.clone(), true)).collect();
        let mut school_index = FxHashMap::default();
        for (i, s) in data.schools.iter().enumerate() {
            school_index.insert(norm(&s.name), i as u32);
            school_index.entry(norm(&s.id)).or_insert(i as u32);
        }
        layout.slots = slot_keys.len();
        Ok(Counter {
            tally: Tally::new(&layout, schools.len()),
            meaning: Meaning { strict, school_name, schools, school_index, groups, answers },
            slots: layout.slots,
            slot_keys,
            indicators,
        })
    }

    /// Parses a chunk of the file with `rows` and counts every record completed in it.
    pub fn feed(&mut self, rows: &mut Rows, chunk: &[u8]) {
        self.tally.feed(rows, chunk, &mut self.meaning);
    }

    /// Ends the file (its last record may have had no line end).
    pub fn finish(&mut self, rows: &mut Rows) {
        self.tally.finish(rows, &mut self.meaning);
    }

    /// Counts one record (`row` 1, the header, is passed over).
    pub fn row(&mut self, row: u64, r: &Record) {
        self.tally.row(row, r, &mut self.meaning);
    }

    fn column_name(&self, c: Col) -> String {
        match c {
            Col::School => self.meaning.school_name.clone(),
            Col::Group(g) => self.meaning.groups[g].name.clone(),
            Col::Answer(a) => self.meaning.answers[a].name.clone(),
        }
    }

    pub fn summary(&self) -> Summary {
        let t = &self.tally;
        let examples = t
            .examples()
            .iter()
            .map(|e| RowProblem {
                row: e.row,
                column: e.column.map(|c| self.column_name(c)),
                skip: e.skip,
                fields: e.fields,
            })
            .collect();
        let unknown_schools = self
            .meaning
            .schools
            .iter()
            .enumerate()
            .filter(|(_, (_, known))| !known)
            .map(|(i, (name, _))| (name.clone(), t.school_rows(i)))
            .collect();
        let mut unmapped = Vec::new();
        let mut push = |name: &str, values: &[String], rows: &[u64]| {
            for (i, v) in values.iter().enumerate() {
                unmapped.push((name.to_string(), v.clone(), rows.get(i).copied().unwrap_or(0)));
            }
        };
        for (g, col) in self.meaning.groups.iter().enumerate() {
            push(&col.name, &col.unmapped, t.group_unmapped(g));
        }
        for (a, col) in self.meaning.answers.iter().enumerate() {
            push(&col.name, &col.unmapped, t.answer_unmapped(a));
        }
        Summary {
            rows: t.rows(),
            counted: t.counted(),
            skipped: t.skipped().collect(),
            examples,
            unknown_schools,
            unmapped,
        }
    }

    /// The counts as cells for the divide import. Schools not in the workspace are added
    /// (with their counts) when `add_unknown`, and left out otherwise.
    pub fn cells(&self, data: &DivideData, add_unknown: bool) -> CellPreview {
        let mut cells = BTreeMap::new();
        let mut new_schools: Vec<School> = Vec::new();
        let mut taken: Vec<String> = data.schools.iter().map(|s| s.id.clone()).collect();
        for (si, (name, known)) in self.meaning.schools.iter().enumerate() {
            let id = if *known {
                name.clone()
            } else if add_unknown {
                let id = new_id(name, "", &taken.iter().map(String::as_str).collect::<Vec<_>>());
                taken.push(id.clone());
                new_schools.push(School { id: id.clone(), name: name.clone() });
                id
            } else {
                continue;
            };
            let counts = self.tally.counts(si);
            for (ai, ind) in self.indicators.iter().enumerate() {
                for (slot, key) in self.slot_keys.iter().enumerate() {
                    let [num, den] = counts.get(ai * self.slots + slot).copied().unwrap_or_default();
                    if den == 0 {
                        continue;
                    }
                    let k = CellKey {
                        indicator: ind.as_str().into(),
                        school: id.as_str().into(),
                        group: key.as_ref().map(|(d, g)| (d.as_str().into(), g.as_str().into())),
                    };
                    cells.insert(k, Counts { numerator: num, denominator: den });
                }
            }
        }
        let overwrites = cells.keys().filter(|k| data.cells.contains_key(*k)).count();
        CellPreview { cells, new_schools, errors: Vec::new(), more_errors: 0, overwrites, duplicates: 0 }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::read::{sniff, Rows};
    use super::super::{preview, suggest, AnswerColumn, GroupColumn};
    use super::*;
    use crate::divides::model::School;

    /// Two schools, also used by the survey kit's tests.
    pub(in crate::survey) fn data() -> DivideData {
        let mut d = DivideData::default();
        d.schools.push(School { id: "lincoln".into(), name: "Lincoln Elementary".into() });
        d.schools.push(School { id: "valley".into(), name: "Valley High".into() });
        d
    }

    /// Counts a whole file fed in chunks of `chunk` bytes, sniffed from its first `head` bytes.
    fn count_sniffed(file: &[u8], head: usize, m: &Mapping, d: &DivideData, chunk: usize, strict: bool) -> Counter {
        let s = sniff(&file[..head.min(file.len())]);
        let p = preview(file, true, Some(s)).unwrap();
        let mut c = Counter::new(m, &p, d, strict).unwrap();
        let mut rows = Rows::new(s);
        let mut f = |row: u64, r: &Record| c.row(row, r);
        for part in file.chunks(chunk) {
            rows.feed(part, &mut f);
        }
        rows.finish(&mut f);
        c
    }

    fn count(file: &[u8], m: &Mapping, d: &DivideData, chunk: usize, strict: bool) -> Counter {
        count_sniffed(file, file.len(), m, d, chunk, strict)
    }

    fn mapping() -> Mapping {
        Mapping {
            also: BTreeMap::new(),
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
                    ("no".into(), Answer::DoesNotMeet),
                    ("sometimes".into(), Answer::DoesNotMeet),
                ]
                .into(),
            }],
        }
    }

    fn cell(p: &CellPreview, school: &str, group: Option<(&str, &str)>) -> Option<(u64, u64)> {
        let k = CellKey {
            indicator: "home-internet".into(),
            school: school.into(),
            group: group.map(|(d, g)| (d.into(), g.into())),
        };
        p.cells.get(&k).map(|c| (c.numerator, c.denominator))
    }

    /// Worked by hand: Lincoln has 4 counted rows (Yes EL, No not-EL, blank EL-yes (not
    /// answered), Sometimes not-EL) → whole school 1 of 3; EL 1 of 1; not EL 0 of 2.
    /// Valley: Yes with EL "maybe" (no group) → 1 of 1, no group cells. Row 7 is ragged, row 8
    /// has a blank school, row 9 names a school the workspace lacks.
    const FILE: &str = "School,EL,Internet,Name\n\
        Lincoln Elementary,Yes,Yes,Ann\n\
        lincoln  elementary,No,No,Bob\n\
        LINCOLN ELEMENTARY,yes,,Cy\n\
        Lincoln Elementary,No,Sometimes,Dee\n\
        Valley High,maybe,YES,Eve\n\
        Valley High,No\n\
        ,No,Yes,Flo\n\
        Hilltop Middle,No,Perhaps,Gus\n";

    #[test]
    fn counts_match_the_hand_worked_example() {
        let c = count(FILE.as_bytes(), &mapping(), &data(), 4096, true);
        let s = c.summary();
        assert_eq!(s.rows, 8);
        assert_eq!(s.counted, 6);
        assert_eq!(s.skipped, [(Skip::Ragged, 1), (Skip::BlankSchool, 1)].into());
        assert_eq!(s.examples[0], RowProblem { row: 7, column: None, skip: Skip::Ragged, fields: 2 });
        assert_eq!(
            s.examples[1],
            RowProblem { row: 8, column: Some("School".into()), skip: Skip::BlankSchool, fields: 0 }
        );
        assert_eq!(s.unknown_schools, vec![("Hilltop Middle".to_string(), 1)]);
        assert_eq!(
            s.unmapped,
            vec![("EL".to_string(), "maybe".to_string(), 1), ("Internet".to_string(), "Perhaps".to_string(), 1)]
        );
        let p = c.cells(&data(), false);
        assert_eq!(cell(&p, "lincoln", None), Some((1, 3)));
        assert_eq!(cell(&p, "lincoln", Some(("el", "yes"))), Some((1, 1)));
        assert_eq!(cell(&p, "lincoln", Some(("el", "no"))), Some((0, 2)));
        assert_eq!(cell(&p, "valley", None), Some((1, 1)));
        assert_eq!(cell(&p, "valley", Some(("el", "no"))), None);
        assert!(p.new_schools.is_empty());
        assert_eq!(p.cells.len(), 4);
        // Adding the unknown school keeps its row: "Perhaps" is not answered, so no cell.
        let p = c.cells(&data(), true);
        assert_eq!(p.new_schools, vec![School { id: "hilltop-middle".into(), name: "Hilltop Middle".into() }]);
        assert_eq!(p.cells.len(), 4);
    }

    #[test]
    fn chunk_size_does_not_change_the_counts() {
        let whole = count(FILE.as_bytes(), &mapping(), &data(), 4096, true);
        for n in [1, 2, 3, 7, 16] {
            let c = count(FILE.as_bytes(), &mapping(), &data(), n, true);
            assert_eq!(c.summary(), whole.summary(), "chunk {n}");
            assert_eq!(c.cells(&data(), true), whole.cells(&data(), true), "chunk {n}");
        }
    }

    #[test]
    fn invalid_utf8_in_a_used_column_is_named_in_strict_mode_only() {
        // Sniffed as UTF-8 from its start; the bad byte comes later.
        let file: &[u8] = b"School,EL,Internet\nLincoln Elementary,Yes,Yes\nLincoln Elementary,Y\xFFs,No\n";
        let count = |f, m: &Mapping, d: &DivideData, c, strict| count_sniffed(f, 30, m, d, c, strict);
        let s = count(file, &mapping(), &data(), 5, true).summary();
        assert_eq!(s.skipped, [(Skip::InvalidText, 1)].into());
        assert_eq!(s.examples[0], RowProblem { row: 3, column: Some("EL".into()), skip: Skip::InvalidText, fields: 0 });
        let s = count(file, &mapping(), &data(), 5, false).summary();
        assert_eq!((s.counted, s.skipped.len()), (2, 0));
    }

    #[test]
    fn windows_1252_values_match_their_utf8_mapping() {
        let file: &[u8] = b"School;EL;Internet\nLincoln Elementary;Yes;S\xED\nValley High;No;No\n";
        let mut m = mapping();
        m.answers[0].values.insert("sí".into(), Answer::Meets);
        let p = count(file, &m, &data(), 3, true).cells(&data(), false);
        assert_eq!(cell(&p, "lincoln", None), Some((1, 1)));
        assert_eq!(cell(&p, "valley", Some(("el", "no"))), Some((0, 1)));
    }

    #[test]
    fn a_mapping_with_problems_is_refused() {
        let p = preview(FILE.as_bytes(), true, None).unwrap();
        let m = Mapping { school: None, ..mapping() };
        assert_eq!(Counter::new(&m, &p, &data(), true).err(), Some(vec![Problem::NoSchoolColumn]));
        // The suggested mapping of this file is usable as it is.
        assert!(Counter::new(&suggest(&p, &data()), &p, &data(), true).is_ok());
    }
}
