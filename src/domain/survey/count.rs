//! The tallies: each record is turned into +1s on numerator/denominator counts per indicator ×
//! school × group, and then forgotten. Each column's values are resolved once per distinct
//! spelling (a small cache keyed by the raw bytes), so a million rows cost a million cheap
//! lookups, not a million string normalisations.
//!
//! A row is counted for its school (the whole-school cell) and for each group column whose
//! value maps to a group. For each answer column, "meets" adds to the numerator and the
//! denominator, "does not meet" to the denominator only, and a blank or "not answered" to
//! neither. Rows that cannot be counted are skipped whole, with the reason and, for the first
//! few, the row and column.

use super::read::Record;
use super::{Answer, Mapping, Preview, Problem};
use crate::domain::divides::import::{norm, Preview as CellPreview};
use crate::domain::divides::model::{new_id, CellKey, Counts, DivideData, School};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Why a row was not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skip {
    /// It has more or fewer fields than the header.
    Ragged,
    /// The school column is blank.
    BlankSchool,
    /// A value the mapping uses is not valid UTF-8 (the file may be in another encoding).
    InvalidText,
}

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

/// How many skipped rows are named one by one.
pub const MAX_EXAMPLES: usize = 20;

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

#[derive(Clone, Copy, Debug, PartialEq)]
enum Code {
    School(u32),
    BlankSchool,
    /// A group slot (1-based within the row's cells), or 0 for no group.
    Slot(u32),
    Answer(Answer),
    /// Not mapped: counted as not answered (answer columns) or no group; index into the
    /// column's unmapped tallies.
    Unmapped(u32),
    Invalid,
}

/// Resolved values of one column, by their raw bytes: an open-addressing table keyed by the
/// length and the first and last 8 bytes of a value. For values of up to 16 bytes (nearly
/// every spelling a survey has) those are the whole value, so a hit costs two loads, one
/// multiply and three compares, with no byte-by-byte comparison; longer values are confirmed
/// against their stored bytes.
struct Cache {
    slots: Vec<Slot>,
    /// `64 - log2(slots.len())`: the hash's top bits pick the first slot to look at.
    shift: u32,
    used: usize,
    /// The bytes of cached values longer than 16 bytes, by `Slot::long`.
    long: Vec<Box<[u8]>>,
}

#[derive(Clone, Copy)]
struct Slot {
    /// The value's length; `EMPTY` for a free slot.
    n: u32,
    long: u32,
    a: u64,
    b: u64,
    code: Code,
}

const EMPTY: u32 = u32::MAX;
const FREE: Slot = Slot { n: EMPTY, long: 0, a: 0, b: 0, code: Code::Invalid };

/// A column with very many spellings (mapped by mistake) is not cached further: its table
/// stays at most 8192 slots (256 KB).
const MAX_CACHED: usize = 4096;

impl Default for Cache {
    fn default() -> Self {
        Cache { slots: vec![FREE; 64], shift: 64 - 6, used: 0, long: Vec::new() }
    }
}

/// A value's first and last 8 bytes as numbers (for shorter values, the bytes it has, read
/// as overlapping pieces; the length tells apart values that differ only by trailing zeros).
#[inline(always)]
fn key(raw: &[u8]) -> (u64, u64) {
    let n = raw.len();
    let word = |at: usize| u64::from_le_bytes(raw[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u64::from(u32::from_le_bytes(raw[at..at + 4].try_into().expect("4 bytes")));
    if n >= 8 {
        (word(0), word(n - 8))
    } else if n >= 4 {
        (half(0) | half(n - 4) << (8 * (n - 4)), 0)
    } else if n > 0 {
        let byte = |at: usize| u64::from(raw[at]) << (8 * at);
        (byte(0) | byte(n / 2) | byte(n - 1), 0)
    } else {
        (0, 0)
    }
}

impl Cache {
    #[inline(always)]
    fn first(&self, n: u32, (a, b): (u64, u64)) -> usize {
        let h = (a ^ b.rotate_left(29) ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, raw: &[u8]) -> Option<Code> {
        let n = raw.len() as u32;
        let k = key(raw);
        let mask = self.slots.len() - 1;
        let mut i = self.first(n, k);
        loop {
            let s = &self.slots[i];
            if s.n == n && s.a == k.0 && s.b == k.1 && (n <= 16 || *self.long[s.long as usize] == *raw) {
                return Some(s.code);
            }
            if s.n == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Caches the code of a value `get` did not find.
    fn insert(&mut self, raw: &[u8], code: Code) {
        if self.used >= MAX_CACHED {
            return;
        }
        if (self.used + 1) * 2 > self.slots.len() {
            let grown = vec![FREE; self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, grown);
            self.shift -= 1;
            for s in old.into_iter().filter(|s| s.n != EMPTY) {
                self.place(s);
            }
        }
        let long = if raw.len() > 16 {
            self.long.push(raw.into());
            self.long.len() as u32 - 1
        } else {
            0
        };
        let (a, b) = key(raw);
        self.place(Slot { n: raw.len() as u32, long, a, b, code });
        self.used += 1;
    }

    fn place(&mut self, s: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = self.first(s.n, (s.a, s.b));
        while self.slots[i].n != EMPTY {
            i = (i + 1) & mask;
        }
        self.slots[i] = s;
    }
}

/// One mapped column: where it is in the row, and its resolved values.
struct Column {
    index: usize,
    name: String,
    cache: Cache,
    unmapped: Vec<(String, u64)>,
}

impl Column {
    fn new(index: usize, name: &str) -> Self {
        Column { index, name: name.to_string(), cache: Cache::default(), unmapped: Vec::new() }
    }
}

enum Kind {
    /// Group ids of the dimension in slot order, and the value → group id map.
    Group {
        first_slot: u32,
        groups: Vec<String>,
        values: BTreeMap<String, String>,
    },
    Answer(BTreeMap<String, Answer>),
}

/// Counts rows against a mapping. Build with `new`, feed every record (`row`), then read the
/// `summary` and the `cells`.
pub struct Counter {
    strict: bool,
    width: usize,
    school: Column,
    /// Workspace schools first, then unknown ones in order of appearance: (id or shown name, known).
    schools: Vec<(String, bool)>,
    school_index: FxHashMap<String, u32>,
    unknown_rows: Vec<u64>,
    groups: Vec<(Column, Kind)>,
    answers: Vec<(Column, Kind)>,
    /// Group slots per cell row: 1 (the whole school) + every group of every mapped dimension.
    slots: usize,
    /// (dimension id, group id) per slot; slot 0 is the whole school.
    slot_keys: Vec<Option<(String, String)>>,
    indicators: Vec<String>,
    /// Per school: [numerator, denominator] per (answer column × slot).
    counts: Vec<Vec<[u64; 2]>>,
    summary: Summary,
    /// Per row: the group slots counted (slot 0 first), and [numerator, denominator] to add
    /// per answer column.
    row_slots: Vec<u32>,
    row_answers: Vec<[u64; 2]>,
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
        let col = |name: &str| p.column(name).map(|i| Column::new(i, &p.header[i]));
        let school = m.school.as_deref().and_then(col).ok_or_else(|| vec![Problem::NoSchoolColumn])?;
        let dims = data.dimensions();
        let mut slot_keys = vec![None];
        let mut groups = Vec::new();
        for g in &m.groups {
            let (Some(c), Some(d)) = (col(&g.column), dims.iter().find(|d| d.id == g.dimension)) else { continue };
            let first_slot = slot_keys.len() as u32;
            slot_keys.extend(d.groups.iter().map(|x| Some((d.id.clone(), x.id.clone()))));
            let ids = d.groups.iter().map(|x| x.id.clone()).collect();
            groups.push((c, Kind::Group { first_slot, groups: ids, values: g.values.clone() }));
        }
        let mut answers = Vec::new();
        let mut indicators = Vec::new();
        for a in &m.answers {
            let Some(c) = col(&a.column) else { continue };
            indicators.push(a.indicator.clone());
            answers.push((c, Kind::Answer(a.values.clone())));
        }
        let schools: Vec<(String, bool)> = data.schools.iter().map(|s| (s.id.clone(), true)).collect();
        let mut school_index = FxHashMap::default();
        for (i, s) in data.schools.iter().enumerate() {
            school_index.insert(norm(&s.name), i as u32);
            school_index.entry(norm(&s.id)).or_insert(i as u32);
        }
        let slots = slot_keys.len();
        let cells = slots * indicators.len();
        let row_slots = vec![0; groups.len() + 1];
        let row_answers = vec![[0, 0]; answers.len()];
        Ok(Counter {
            strict,
            width: p.header.len(),
            counts: vec![vec![[0; 2]; cells]; schools.len()],
            unknown_rows: vec![0; schools.len()],
            school,
            schools,
            school_index,
            groups,
            answers,
            slots,
            slot_keys,
            indicators,
            summary: Summary::default(),
            row_slots,
            row_answers,
        })
    }

    fn skip(&mut self, row: u64, column: Option<usize>, skip: Skip, fields: usize) {
        *self.summary.skipped.entry(skip).or_insert(0) += 1;
        if self.summary.examples.len() < MAX_EXAMPLES {
            let name = column.map(|c| self.column_name(c));
            self.summary.examples.push(RowProblem { row, column: name, skip, fields });
        }
    }

    fn column_name(&self, c: usize) -> String {
        if c == usize::MAX {
            return self.school.name.clone();
        }
        let (col, _) = if c < self.groups.len() { &self.groups[c] } else { &self.answers[c - self.groups.len()] };
        col.name.clone()
    }

    #[inline(always)]
    fn school_code(&mut self, raw: &[u8]) -> Code {
        if let Some(c) = self.school.cache.get(raw) {
            return c;
        }
        let code = match decode(raw, self.strict) {
            None => Code::Invalid,
            Some(t) if t.trim().is_empty() => Code::BlankSchool,
            Some(t) => {
                let key = norm(&t);
                let i = match self.school_index.get(&key) {
                    Some(i) => *i,
                    None => {
                        let i = self.schools.len() as u32;
                        self.schools.push((t.trim().to_string(), false));
                        self.counts.push(vec![[0; 2]; self.slots * self.indicators.len()]);
                        self.unknown_rows.push(0);
                        self.school_index.insert(key, i);
                        i
                    }
                };
                Code::School(i)
            }
        };
        self.school.cache.insert(raw, code);
        code
    }

    /// Counts one record (`row` 1, the header, is passed over).
    pub fn row(&mut self, row: u64, r: &Record) {
        if row == 1 {
            return;
        }
        self.summary.rows += 1;
        if r.len() != self.width {
            return self.skip(row, None, Skip::Ragged, r.len());
        }
        let school = match self.school_code(r.get(self.school.index).unwrap_or_default()) {
            Code::School(i) => i as usize,
            Code::Invalid => return self.skip(row, Some(usize::MAX), Skip::InvalidText, 0),
            _ => return self.skip(row, Some(usize::MAX), Skip::BlankSchool, 0),
        };
        let strict = self.strict;
        // The row's group slots and answers go into buffers sized once (no pushes: this is
        // the hot loop, and the app is built for size).
        let mut slots = std::mem::take(&mut self.row_slots);
        let mut n = 1;
        slots[0] = 0;
        for gi in 0..self.groups.len() {
            let (col, kind) = &mut self.groups[gi];
            match resolve(col, kind, r, strict) {
                Code::Slot(0) | Code::Unmapped(_) => {}
                Code::Slot(s) => {
                    slots[n] = s;
                    n += 1;
                }
                _ => {
                    self.row_slots = slots;
                    return self.skip(row, Some(gi), Skip::InvalidText, 0);
                }
            }
        }
        let mut answers = std::mem::take(&mut self.row_answers);
        for ai in 0..self.answers.len() {
            let (col, kind) = &mut self.answers[ai];
            answers[ai] = match resolve(col, kind, r, strict) {
                Code::Answer(Answer::Meets) => [1, 1],
                Code::Answer(Answer::DoesNotMeet) => [0, 1],
                Code::Answer(_) | Code::Unmapped(_) => [0, 0],
                _ => {
                    self.row_slots = slots;
                    self.row_answers = answers;
                    return self.skip(row, Some(self.groups.len() + ai), Skip::InvalidText, 0);
                }
            };
        }
        self.summary.counted += 1;
        self.unknown_rows[school] += 1;
        let cells = &mut self.counts[school];
        for (ai, add) in answers.iter().enumerate() {
            if add[1] == 0 {
                continue;
            }
            let base = ai * self.slots;
            for &s in &slots[..n] {
                let c = &mut cells[base + s as usize];
                c[0] += add[0];
                c[1] += add[1];
            }
        }
        self.row_slots = slots;
        self.row_answers = answers;
    }

    pub fn summary(&self) -> Summary {
        let mut s = self.summary.clone();
        s.unknown_schools = self
            .schools
            .iter()
            .zip(&self.unknown_rows)
            .filter(|((_, known), _)| !known)
            .map(|((name, _), n)| (name.clone(), *n))
            .collect();
        for (col, _) in self.groups.iter().chain(&self.answers) {
            for (v, n) in &col.unmapped {
                s.unmapped.push((col.name.clone(), v.clone(), *n));
            }
        }
        s
    }

    /// The counts as cells for the divide import. Schools not in the workspace are added
    /// (with their counts) when `add_unknown`, and left out otherwise.
    pub fn cells(&self, data: &DivideData, add_unknown: bool) -> CellPreview {
        let mut cells = BTreeMap::new();
        let mut new_schools: Vec<School> = Vec::new();
        let mut taken: Vec<String> = data.schools.iter().map(|s| s.id.clone()).collect();
        for (si, (name, known)) in self.schools.iter().enumerate() {
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
            for (ai, ind) in self.indicators.iter().enumerate() {
                for (slot, key) in self.slot_keys.iter().enumerate() {
                    let [num, den] = self.counts[si][ai * self.slots + slot];
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
        CellPreview { cells, new_schools, errors: Vec::new(), overwrites, duplicates: 0 }
    }
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

/// A group or answer column's code for the value in `r`, resolved once per distinct spelling.
#[inline(always)]
fn resolve(col: &mut Column, kind: &Kind, r: &Record, strict: bool) -> Code {
    let raw = r.get(col.index).unwrap_or_default();
    let code = match col.cache.get(raw) {
        Some(c) => c,
        None => {
            let code = match decode(raw, strict) {
                None => Code::Invalid,
                Some(t) => {
                    let key = norm(&t);
                    match kind {
                        _ if key.is_empty() => match kind {
                            Kind::Answer(_) => Code::Answer(Answer::NotAnswered),
                            Kind::Group { .. } => Code::Slot(0),
                        },
                        Kind::Group { first_slot, groups, values } => {
                            match values.get(&key).and_then(|g| groups.iter().position(|x| x == g)) {
                                Some(i) => Code::Slot(first_slot + i as u32),
                                None => new_unmapped(col, &t),
                            }
                        }
                        Kind::Answer(values) => match values.get(&key) {
                            Some(a) => Code::Answer(*a),
                            None => new_unmapped(col, &t),
                        },
                    }
                }
            };
            col.cache.insert(raw, code);
            code
        }
    };
    if let Code::Unmapped(i) = code {
        col.unmapped[i as usize].1 += 1;
    }
    code
}

fn new_unmapped(col: &mut Column, text: &str) -> Code {
    let key = norm(text);
    let i = match col.unmapped.iter().position(|(v, _)| norm(v) == key) {
        Some(i) => i,
        None => {
            col.unmapped.push((text.trim().to_string(), 0));
            col.unmapped.len() - 1
        }
    };
    Code::Unmapped(i as u32)
}

#[cfg(test)]
mod tests {
    use super::super::read::{sniff, Rows};
    use super::super::{preview, suggest, AnswerColumn, GroupColumn};
    use super::*;
    use crate::domain::divides::model::School;

    #[test]
    fn the_cache_finds_every_value_it_holds_and_no_other() {
        // Lengths 0 to 40, values that share their first or last 8 bytes, and values that
        // differ only by a trailing NUL; enough of them to grow the table several times.
        let mut values: Vec<Vec<u8>> = vec![Vec::new(), b"\0".to_vec(), b"a".to_vec(), b"a\0".to_vec()];
        for n in 1..=40usize {
            for k in 0..40u8 {
                let mut v: Vec<u8> = (0..n).map(|i| b'a' + ((i * 7 + usize::from(k)) % 26) as u8).collect();
                if n > 16 {
                    // The same first and last 8 bytes; only the middle differs.
                    v[..8].copy_from_slice(b"SameHead");
                    v[n - 8..].copy_from_slice(b"SameTail");
                    v[8] = k;
                }
                values.push(v);
            }
        }
        values.sort();
        values.dedup();
        let (held, absent) = values.split_at(values.len() / 2);
        let mut c = Cache::default();
        for (i, v) in held.iter().enumerate() {
            assert_eq!(c.get(v), None, "{v:?} is not cached yet");
            c.insert(v, Code::Slot(i as u32));
        }
        assert!(c.slots.len() >= 1024, "the table grew: {}", c.slots.len());
        for (i, v) in held.iter().enumerate() {
            assert_eq!(c.get(v), Some(Code::Slot(i as u32)), "{:?}", String::from_utf8_lossy(v));
        }
        for v in absent {
            assert_eq!(c.get(v), None, "{:?}", String::from_utf8_lossy(v));
        }
    }

    #[test]
    fn a_column_with_very_many_spellings_stops_being_cached() {
        let mut c = Cache::default();
        for i in 0..MAX_CACHED + 10 {
            let v = format!("value {i}");
            c.insert(v.as_bytes(), Code::Slot(1));
        }
        assert_eq!(c.used, MAX_CACHED);
        assert_eq!(c.get(b"value 0"), Some(Code::Slot(1)));
        assert_eq!(c.get(format!("value {}", MAX_CACHED + 5).as_bytes()), None);
    }

    fn data() -> DivideData {
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
