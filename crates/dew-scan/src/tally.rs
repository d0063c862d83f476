//! The tallies: each record is turned into +1s on numerator/denominator counts per answer
//! column × school × group slot, and then forgotten. What a value means is decided once per
//! distinct spelling, by the caller (`Resolve`); the answer is cached here by the raw bytes, so
//! a million rows cost a million cheap look-ups, not a million string normalisations.
//!
//! A row is counted for its school (slot 0, the whole school) and for each group column whose
//! value maps to a slot. For each answer column, "meets" adds to the numerator and the
//! denominator, "does not meet" to the denominator only, and "not answered" to neither. Rows
//! that cannot be counted are skipped whole, with the reason and, for the first few, the row
//! and column.

use crate::read::{Record, Rows};

/// What a value of a mapped column means, as `Resolve` decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// A school column's value: the school's index. A new index (one more than any given
    /// before) adds a school.
    School(u32),
    BlankSchool,
    /// A group column's value: its slot (1-based within a school's cells), or 0 for no group.
    Slot(u32),
    Meets,
    DoesNotMeet,
    NotAnswered,
    /// Not mapped: counted as not answered (answer columns) or no group. The index numbers
    /// the column's distinct unmapped values; `Tally::unmapped` counts their rows.
    Unmapped(u32),
    /// Not valid text (strict mode): the row is skipped.
    Invalid,
}

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

/// A mapped column, as the tally numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    School,
    Group(usize),
    Answer(usize),
}

/// One skipped row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub row: u64,
    /// None for a ragged row.
    pub column: Option<Col>,
    pub skip: Skip,
    /// For a ragged row: how many fields it had.
    pub fields: usize,
}

/// How many skipped rows are kept one by one.
pub const MAX_EXAMPLES: usize = 20;

/// Decides what a value means, the first time a column meets it.
pub trait Resolve {
    /// School, BlankSchool or Invalid.
    fn school(&mut self, raw: &[u8]) -> Code;
    /// Group column `g`: Slot, Unmapped or Invalid.
    fn group(&mut self, g: usize, raw: &[u8]) -> Code;
    /// Answer column `a`: Meets, DoesNotMeet, NotAnswered, Unmapped or Invalid.
    fn answer(&mut self, a: usize, raw: &[u8]) -> Code;
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

/// One mapped column: where it is in the row, its resolved values, and the rows of each of
/// its unmapped values.
#[derive(Default)]
struct Column {
    index: usize,
    /// Other columns asking the same question (a form's section in another language): a row
    /// blank in `index` is read from the first of these that it is not blank in.
    alt: Vec<usize>,
    cache: Cache,
    unmapped: Vec<u64>,
}

/// Whether a value is empty or only spaces (a question the row did not answer).
#[inline(always)]
fn blank(raw: &[u8]) -> bool {
    raw.iter().all(u8::is_ascii_whitespace)
}

impl Column {
    fn new(index: usize, alt: Vec<usize>) -> Self {
        Column { index, alt, ..Default::default() }
    }

    /// The code of this column's value in `r`, resolved by `miss` the first time.
    #[inline(always)]
    fn code(&mut self, r: &Record, miss: impl FnOnce(&[u8]) -> Code) -> Code {
        let mut raw = r.get(self.index).unwrap_or_default();
        if !self.alt.is_empty() && blank(raw) {
            raw = self.alt.iter().map(|&i| r.get(i).unwrap_or_default()).find(|x| !blank(x)).unwrap_or(raw);
        }
        let code = match self.cache.get(raw) {
            Some(c) => c,
            None => {
                let c = miss(raw);
                self.cache.insert(raw, c);
                c
            }
        };
        if let Code::Unmapped(i) = code {
            let i = i as usize;
            if i >= self.unmapped.len() {
                self.unmapped.resize(i + 1, 0);
            }
            self.unmapped[i] += 1;
        }
        code
    }
}

/// Where the mapped columns are, by their index in a record.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// How many fields a record has (the header's count); others are skipped as ragged.
    pub width: usize,
    pub school: usize,
    pub groups: Vec<usize>,
    pub answers: Vec<usize>,
    /// Group slots per school and answer column: 1 (the whole school) + every group of every
    /// mapped dimension.
    pub slots: usize,
    /// Other columns asking the same question as the school column, each group column and each
    /// answer column (by position in `groups` and `answers`; missing means none): a row blank
    /// in a column is read from the first of its others that is not blank.
    pub school_alt: Vec<usize>,
    pub group_alts: Vec<Vec<usize>>,
    pub answer_alts: Vec<Vec<usize>>,
}

/// Counts records. Feed every record (`row`, or a chunk at a time with `feed`), then read the
/// counts.
pub struct Tally {
    width: usize,
    slots: usize,
    school: Column,
    groups: Vec<Column>,
    answers: Vec<Column>,
    /// Per school: [numerator, denominator] per (answer column × slot).
    counts: Vec<Vec<[u64; 2]>>,
    /// Per school: the rows counted.
    school_rows: Vec<u64>,
    rows: u64,
    counted: u64,
    skipped: [u64; 3],
    examples: Vec<Example>,
    /// Per row: the group slots counted (slot 0 first), and [numerator, denominator] to add
    /// per answer column.
    row_slots: Vec<u32>,
    row_answers: Vec<[u64; 2]>,
}

impl Tally {
    /// A tally with `schools` schools known to begin with (more are added as `Resolve` names
    /// them).
    pub fn new(layout: &Layout, schools: usize) -> Self {
        let cells = layout.slots * layout.answers.len();
        Tally {
            width: layout.width,
            slots: layout.slots,
            school: Column::new(layout.school, layout.school_alt.clone()),
            groups: layout
                .groups
                .iter()
                .enumerate()
                .map(|(k, &i)| Column::new(i, layout.group_alts.get(k).cloned().unwrap_or_default()))
                .collect(),
            answers: layout
                .answers
                .iter()
                .enumerate()
                .map(|(k, &i)| Column::new(i, layout.answer_alts.get(k).cloned().unwrap_or_default()))
                .collect(),
            counts: vec![vec![[0; 2]; cells]; schools],
            school_rows: vec![0; schools],
            rows: 0,
            counted: 0,
            skipped: [0; 3],
            examples: Vec::new(),
            row_slots: vec![0; layout.groups.len() + 1],
            row_answers: vec![[0, 0]; layout.answers.len()],
        }
    }

    /// Parses a chunk of the file with `rows` and counts every record completed in it. Not
    /// generic and not inlined, so that the whole loop is compiled in this crate (for speed).
    #[inline(never)]
    pub fn feed(&mut self, rows: &mut Rows, chunk: &[u8], res: &mut dyn Resolve) {
        rows.feed(chunk, &mut |row, r| self.row(row, r, res));
    }

    /// Ends the file: counts its last record, if it had no line end.
    #[inline(never)]
    pub fn finish(&mut self, rows: &mut Rows, res: &mut dyn Resolve) {
        rows.finish(&mut |row, r| self.row(row, r, res));
    }

    fn skip(&mut self, row: u64, column: Option<Col>, skip: Skip, fields: usize) {
        self.skipped[skip as usize] += 1;
        if self.examples.len() < MAX_EXAMPLES {
            self.examples.push(Example { row, column, skip, fields });
        }
    }

    /// Counts one record (`row` 1, the header, is passed over).
    #[inline(always)]
    pub fn row(&mut self, row: u64, r: &Record, res: &mut dyn Resolve) {
        if row == 1 {
            return;
        }
        self.rows += 1;
        if r.len() != self.width {
            return self.skip(row, None, Skip::Ragged, r.len());
        }
        let school = match self.school.code(r, |raw| res.school(raw)) {
            Code::School(i) => i as usize,
            Code::BlankSchool => return self.skip(row, Some(Col::School), Skip::BlankSchool, 0),
            _ => return self.skip(row, Some(Col::School), Skip::InvalidText, 0),
        };
        if school >= self.counts.len() {
            self.counts.resize(school + 1, vec![[0; 2]; self.slots * self.answers.len()]);
            self.school_rows.resize(school + 1, 0);
        }
        // The row's group slots and answers go into buffers sized once.
        let mut slots = std::mem::take(&mut self.row_slots);
        let mut n = 1;
        slots[0] = 0;
        for gi in 0..self.groups.len() {
            match self.groups[gi].code(r, |raw| res.group(gi, raw)) {
                Code::Slot(0) | Code::Unmapped(_) => {}
                Code::Slot(s) => {
                    slots[n] = s;
                    n += 1;
                }
                _ => {
                    self.row_slots = slots;
                    return self.skip(row, Some(Col::Group(gi)), Skip::InvalidText, 0);
                }
            }
        }
        let mut answers = std::mem::take(&mut self.row_answers);
        for ai in 0..self.answers.len() {
            answers[ai] = match self.answers[ai].code(r, |raw| res.answer(ai, raw)) {
                Code::Meets => [1, 1],
                Code::DoesNotMeet => [0, 1],
                Code::Invalid => {
                    self.row_slots = slots;
                    self.row_answers = answers;
                    return self.skip(row, Some(Col::Answer(ai)), Skip::InvalidText, 0);
                }
                _ => [0, 0],
            };
        }
        self.counted += 1;
        self.school_rows[school] += 1;
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

    /// Data rows read (the header is not counted).
    pub fn rows(&self) -> u64 {
        self.rows
    }

    pub fn counted(&self) -> u64 {
        self.counted
    }

    /// Rows skipped for each reason (none listed for a reason no row had).
    pub fn skipped(&self) -> impl Iterator<Item = (Skip, u64)> + '_ {
        [Skip::Ragged, Skip::BlankSchool, Skip::InvalidText]
            .into_iter()
            .map(|s| (s, self.skipped[s as usize]))
            .filter(|(_, n)| *n > 0)
    }

    /// The first `MAX_EXAMPLES` rows skipped, in order.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// School `i`'s [numerator, denominator] per (answer column × slot): answer column `a`,
    /// slot `s` is at `a * slots + s`.
    pub fn counts(&self, school: usize) -> &[[u64; 2]] {
        self.counts.get(school).map(Vec::as_slice).unwrap_or_default()
    }

    /// The rows counted for school `i`.
    pub fn school_rows(&self, school: usize) -> u64 {
        self.school_rows.get(school).copied().unwrap_or(0)
    }

    /// How many rows had each unmapped value of group column `g` (by `Code::Unmapped` index).
    pub fn group_unmapped(&self, g: usize) -> &[u64] {
        &self.groups[g].unmapped
    }

    /// How many rows had each unmapped value of answer column `a`.
    pub fn answer_unmapped(&self, a: usize) -> &[u64] {
        &self.answers[a].unmapped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{sniff, Rows};

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

    /// Schools by their first letter ("" blank, "?" invalid, a new letter a new school);
    /// group values "a" and "b" are slots 1 and 2, anything else unmapped; answers y, n, blank.
    /// Counts how often each column was asked, to show the cache asks once per spelling.
    #[derive(Default)]
    struct Letters {
        schools: Vec<u8>,
        asked: usize,
        unmapped: Vec<Vec<u8>>,
    }

    impl Resolve for Letters {
        fn school(&mut self, raw: &[u8]) -> Code {
            self.asked += 1;
            match raw.first() {
                None => Code::BlankSchool,
                Some(b'?') => Code::Invalid,
                Some(c) => match self.schools.iter().position(|s| s == c) {
                    Some(i) => Code::School(i as u32),
                    None => {
                        self.schools.push(*c);
                        Code::School(self.schools.len() as u32 - 1)
                    }
                },
            }
        }
        fn group(&mut self, _: usize, raw: &[u8]) -> Code {
            self.asked += 1;
            match raw {
                b"a" => Code::Slot(1),
                b"b" => Code::Slot(2),
                b"" => Code::Slot(0),
                b"?" => Code::Invalid,
                _ => {
                    self.unmapped.push(raw.to_vec());
                    Code::Unmapped(self.unmapped.len() as u32 - 1)
                }
            }
        }
        fn answer(&mut self, _: usize, raw: &[u8]) -> Code {
            self.asked += 1;
            match raw {
                b"y" => Code::Meets,
                b"n" => Code::DoesNotMeet,
                _ => Code::NotAnswered,
            }
        }
    }

    #[test]
    fn counts_match_a_hand_worked_example() {
        let file = b"school,group,answer\nL,a,y\nL,b,n\nL,c,y\nV,a,\nL,c,n\n,a,y\nL,a\nV,?,y\n";
        let layout = Layout { width: 3, school: 0, groups: vec![1], answers: vec![2], slots: 3, ..Default::default() };
        let mut res = Letters::default();
        let mut t = Tally::new(&layout, 0);
        let mut rows = Rows::new(sniff(file));
        for part in file.chunks(5) {
            t.feed(&mut rows, part, &mut res);
        }
        t.finish(&mut rows, &mut res);
        assert_eq!((t.rows(), t.counted()), (8, 5));
        // Lincoln: whole school y, n, y, n → 2 of 4; a: 1 of 1; b: 0 of 1 (c is unmapped).
        assert_eq!(t.counts(0), &[[2, 4], [1, 1], [0, 1]]);
        // Valley: its one counted row is not answered.
        assert_eq!(t.counts(1), &[[0, 0], [0, 0], [0, 0]]);
        assert_eq!((t.school_rows(0), t.school_rows(1)), (4, 1));
        assert_eq!(t.group_unmapped(0), &[2]);
        assert_eq!(res.unmapped, vec![b"c".to_vec()]);
        let skipped: Vec<_> = t.skipped().collect();
        assert_eq!(skipped, vec![(Skip::Ragged, 1), (Skip::BlankSchool, 1), (Skip::InvalidText, 1)]);
        assert_eq!(
            t.examples(),
            &[
                Example { row: 7, column: Some(Col::School), skip: Skip::BlankSchool, fields: 0 },
                Example { row: 8, column: None, skip: Skip::Ragged, fields: 2 },
                Example { row: 9, column: Some(Col::Group(0)), skip: Skip::InvalidText, fields: 0 },
            ]
        );
        // Every distinct spelling was resolved once: schools L, V, ""; groups a, b, c, ?;
        // answers y, n, "".
        assert_eq!(res.asked, 10);
    }

    /// A form with a section per language: each question has a column in each. A row is read
    /// from the first column it answered. Worked by hand: rows 2 and 4 answered the first
    /// section, rows 3 and 5 the second; row 6 answered neither school column (skipped).
    #[test]
    fn a_question_in_two_columns_is_read_from_the_one_answered() {
        let file = b"s1,g1,a1,s2,g2,a2\nL,a,y,,,\n,,,L,b,n\nV,b,n,,,\n, ,,V,a,y\n,,,,,y\n";
        let layout = Layout {
            width: 6,
            school: 0,
            groups: vec![1],
            answers: vec![2],
            slots: 3,
            school_alt: vec![3],
            group_alts: vec![vec![4]],
            answer_alts: vec![vec![5]],
        };
        let mut res = Letters::default();
        let mut t = Tally::new(&layout, 0);
        let mut rows = Rows::new(sniff(file));
        t.feed(&mut rows, file, &mut res);
        t.finish(&mut rows, &mut res);
        assert_eq!((t.rows(), t.counted()), (5, 4));
        // Lincoln: y (a), n (b) → 1 of 2; a 1 of 1; b 0 of 1. Valley: n (b), y (a) → 1 of 2
        // (row 5's group is a space in the first section: blank, so read from the second).
        assert_eq!(t.counts(0), &[[1, 2], [1, 1], [0, 1]]);
        assert_eq!(t.counts(1), &[[1, 2], [1, 1], [0, 1]]);
        let skipped: Vec<_> = t.skipped().collect();
        assert_eq!(skipped, vec![(Skip::BlankSchool, 1)]);
        // Without the other columns, the rows that answered the second section count as blank.
        let one = Layout { school_alt: vec![], group_alts: vec![], answer_alts: vec![], ..layout };
        let mut t = Tally::new(&one, 0);
        let mut rows = Rows::new(sniff(file));
        t.feed(&mut rows, file, &mut Letters::default());
        t.finish(&mut rows, &mut Letters::default());
        assert_eq!(t.counted(), 2);
    }
}
