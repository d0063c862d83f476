//! Reading a row-level CSV in chunks: the encoding and delimiter are sniffed from the first
//! chunk, then records are parsed incrementally (csv-core), so a record may span any number
//! of chunks and the file is never held whole.
//!
//! Bytes are parsed as they are: every delimiter and quote is ASCII, so UTF-8 needs no
//! decoding before parsing. Only the values the mapping uses are checked as text (by the
//! aggregator). A Windows-1252 file is transcoded to UTF-8 chunk by chunk (`windows_1252`,
//! checked byte for byte against encoding_rs in the tests: encoding_rs itself would add every
//! encoding's tables, about 200 KB gzip, to the app).

/// The text encoding of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Excel's plain "CSV" on Windows in Western languages.
    Windows1252,
}

/// What the start of a file says about how to read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniff {
    pub encoding: Encoding,
    pub delimiter: u8,
    /// A UTF-8 byte-order mark was found (and is skipped).
    pub bom: bool,
}

pub const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// Sniffs the encoding and the delimiter from the first bytes of a file. Text that is valid
/// UTF-8 (a sequence cut at the end of `head` is fine) is UTF-8; anything else is taken as
/// Windows-1252. The delimiter is whichever of comma, semicolon and tab appears most often
/// outside quotes on the first line (comma on a tie).
pub fn sniff(head: &[u8]) -> Sniff {
    let bom = head.starts_with(b"\xEF\xBB\xBF");
    let body = if bom { &head[3..] } else { head };
    let utf8 = match std::str::from_utf8(body) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in body {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = DELIMITERS.iter().position(|d| *d == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    Sniff {
        encoding: if bom || utf8 { Encoding::Utf8 } else { Encoding::Windows1252 },
        delimiter: DELIMITERS[best],
        bom,
    }
}

/// The characters Windows-1252 puts at 0x80–0x9F (the WHATWG index; the five unassigned
/// bytes map to the C1 controls of the same number, as in every browser). Every other byte is
/// the Unicode code point of the same number.
const CP1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2C6}', '\u{2030}',
    '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}',
    '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}',
    '\u{17E}', '\u{178}',
];

/// Windows-1252 bytes as UTF-8, into `out` (cleared first). Stateless, so chunks may be cut
/// anywhere.
pub fn windows_1252(bytes: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.reserve(bytes.len() + bytes.len() / 8);
    let mut buf = [0u8; 4];
    for &b in bytes {
        if b < 0x80 {
            out.push(b);
        } else {
            let c = if b < 0xA0 { CP1252_80_9F[usize::from(b - 0x80)] } else { char::from(b) };
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Bit `i` is set when byte `i` of the 16 is the delimiter, a line feed, a carriage return or a
/// quote: the bytes the reader of simple lines stops at. With SIMD (wasm `simd128`, x86-64
/// SSE2) that is a handful of instructions for 16 bytes, instead of a table look-up and a
/// branch per byte; `specials_scalar` is the reference the tests compare them with.
#[inline(always)]
fn specials(block: &[u8; 16], delimiter: u8) -> u32 {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        // SAFETY: `block` is 16 readable bytes; `v128_load` has no alignment requirement.
        let v = unsafe { v128_load(block.as_ptr() as *const v128) };
        let m = v128_or(
            v128_or(i8x16_eq(v, u8x16_splat(delimiter)), i8x16_eq(v, u8x16_splat(b'\n'))),
            v128_or(i8x16_eq(v, u8x16_splat(b'\r')), i8x16_eq(v, u8x16_splat(b'"'))),
        );
        u32::from(i8x16_bitmask(m))
    }
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86-64; `block` is 16 readable bytes and the load is unaligned.
        unsafe {
            let v = _mm_loadu_si128(block.as_ptr() as *const __m128i);
            let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
            let m = _mm_or_si128(_mm_or_si128(eq(delimiter), eq(b'\n')), _mm_or_si128(eq(b'\r'), eq(b'"')));
            _mm_movemask_epi8(m) as u32
        }
    }
    #[cfg(not(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64")))]
    {
        specials_scalar(block, delimiter)
    }
}

#[cfg_attr(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64"), allow(dead_code))]
fn specials_scalar(block: &[u8; 16], delimiter: u8) -> u32 {
    let mut m = 0;
    for (i, &b) in block.iter().enumerate() {
        if b == delimiter || b == b'\n' || b == b'\r' || b == b'"' {
            m |= 1 << i;
        }
    }
    m
}

/// Whether the code was built with the SIMD line splitter (for the in-browser test).
pub const SIMD: bool = cfg!(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64"));

/// One record: its fields as bytes, by position.
pub struct Record<'a> {
    data: &'a [u8],
    spans: &'a [(usize, usize)],
}

impl<'a> Record<'a> {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        let (start, end) = *self.spans.get(i)?;
        Some(&self.data[start..end])
    }
}

/// Parses records from chunks fed in order. `row` numbers records as a spreadsheet shows
/// them: the header is row 1.
///
/// A line with no quote and no lone carriage return, wholly inside the chunk, is split at its
/// delimiters directly (what csv-core would do with it, without copying it); every other
/// record (quoted fields, embedded line breaks, a line cut by the end of a chunk) is read by
/// csv-core. `crates/dew-domain/tests/survey_props.rs` checks that chunking never changes the result.
pub struct Rows {
    rdr: csv_core::Reader,
    /// Windows-1252 input is transcoded first.
    windows_1252: bool,
    transcoded: Vec<u8>,
    out: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    spans: Vec<(usize, usize)>,
    delimiter: u8,
    /// csv-core has been given part of a record it has not finished.
    busy: bool,
    row: u64,
    done: bool,
    /// Bytes of the byte-order mark still to skip (it may be split across chunks).
    bom_left: usize,
}

impl Rows {
    pub fn new(sniff: Sniff) -> Self {
        let rdr = csv_core::ReaderBuilder::new().delimiter(sniff.delimiter).build();
        Rows {
            rdr,
            windows_1252: sniff.encoding == Encoding::Windows1252,
            transcoded: Vec::new(),
            out: vec![0; 64 * 1024],
            ends: vec![0; 256],
            out_len: 0,
            ends_len: 0,
            spans: Vec::with_capacity(64),
            delimiter: sniff.delimiter,
            busy: false,
            row: 0,
            done: false,
            bom_left: if sniff.bom { 3 } else { 0 },
        }
    }

    /// Parses a chunk, calling `f(row, record)` for every record completed in it.
    pub fn feed(&mut self, chunk: &[u8], f: &mut impl FnMut(u64, &Record)) {
        let skip = self.bom_left.min(chunk.len());
        self.bom_left -= skip;
        let chunk = &chunk[skip..];
        if self.windows_1252 {
            let mut t = std::mem::take(&mut self.transcoded);
            windows_1252(chunk, &mut t);
            self.parse(&t, f);
            self.transcoded = t;
        } else {
            self.parse(chunk, f);
        }
    }

    /// Ends the input: the last record, if it had no line end, is completed.
    pub fn finish(&mut self, f: &mut impl FnMut(u64, &Record)) {
        if self.done {
            return;
        }
        self.done = true;
        while self.busy {
            // An empty input tells csv-core the file has ended.
            self.csv_record(&[], f);
        }
    }

    fn parse(&mut self, mut input: &[u8], f: &mut impl FnMut(u64, &Record)) {
        while !input.is_empty() {
            if !self.busy {
                if let Some(next) = self.simple(input, f) {
                    input = &input[next..];
                    continue;
                }
            }
            let used = self.csv_record(input, f);
            input = &input[used..];
        }
    }

    /// Reads one line without quotes or lone carriage returns, wholly inside `input`, in one
    /// pass: its fields are the bytes between delimiters. Returns where the next line starts,
    /// or `None` (and nothing is emitted) when csv-core must read this record instead.
    ///
    /// The line is scanned 16 bytes at a time for the bytes that matter (`specials`); the last
    /// few bytes of `input` one at a time.
    #[inline(always)]
    fn simple(&mut self, input: &[u8], f: &mut impl FnMut(u64, &Record)) -> Option<usize> {
        self.spans.clear();
        let delimiter = self.delimiter;
        let mut start = 0;
        let mut base = 0;
        while let Some(block) = input.get(base..base + 16) {
            let mut m = specials(block.try_into().expect("16 bytes"), delimiter);
            while m != 0 {
                let i = base + m.trailing_zeros() as usize;
                m &= m - 1;
                let b = input[i];
                if b == delimiter {
                    self.spans.push((start, i));
                    start = i + 1;
                } else {
                    return self.line_end(input, i, start, f);
                }
            }
            base += 16;
        }
        for i in base..input.len() {
            let b = input[i];
            if b == delimiter {
                self.spans.push((start, i));
                start = i + 1;
            } else if matches!(b, b'\n' | b'\r' | b'"') {
                return self.line_end(input, i, start, f);
            }
        }
        None
    }

    /// The simple line reaches byte `i`: a line end (the record is emitted, unless the line is
    /// blank, which csv-core skips too) or a quote (`None`: csv-core reads the record).
    #[inline(always)]
    fn line_end(&mut self, input: &[u8], i: usize, start: usize, f: &mut impl FnMut(u64, &Record)) -> Option<usize> {
        let next = match input[i] {
            b'\n' => i + 1,
            b'\r' if input.get(i + 1) == Some(&b'\n') => i + 2,
            _ => return None,
        };
        if i > 0 {
            self.spans.push((start, i));
            self.row += 1;
            f(self.row, &Record { data: &input[..i], spans: &self.spans });
        }
        Some(next)
    }

    /// Lets csv-core read from `input` until it completes one record or needs more input;
    /// returns the bytes it used. An empty `input` means the end of the file.
    fn csv_record(&mut self, input: &[u8], f: &mut impl FnMut(u64, &Record)) -> usize {
        let mut used = 0;
        loop {
            let (res, nin, nout, nend) =
                self.rdr.read_record(&input[used..], &mut self.out[self.out_len..], &mut self.ends[self.ends_len..]);
            used += nin;
            self.out_len += nout;
            self.ends_len += nend;
            match res {
                csv_core::ReadRecordResult::InputEmpty => {
                    self.busy = true;
                    if !input.is_empty() {
                        return used;
                    }
                }
                csv_core::ReadRecordResult::OutputFull => {
                    let n = self.out.len() * 2;
                    self.out.resize(n, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                csv_core::ReadRecordResult::Record => {
                    self.busy = false;
                    self.spans.clear();
                    let mut start = 0;
                    for &end in &self.ends[..self.ends_len] {
                        self.spans.push((start, end));
                        start = end;
                    }
                    self.row += 1;
                    f(self.row, &Record { data: &self.out[..self.out_len], spans: &self.spans });
                    self.out_len = 0;
                    self.ends_len = 0;
                    return used;
                }
                csv_core::ReadRecordResult::End => {
                    self.busy = false;
                    return used;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_rows(bytes: &[u8], chunk: usize) -> Vec<(u64, Vec<String>)> {
        let s = sniff(&bytes[..bytes.len().min(4096)]);
        let mut rows = Rows::new(s);
        let mut out = Vec::new();
        let mut f = |row: u64, r: &Record| {
            out.push((row, (0..r.len()).map(|i| String::from_utf8_lossy(r.get(i).unwrap()).into_owned()).collect()))
        };
        for c in bytes.chunks(chunk.max(1)) {
            rows.feed(c, &mut f);
        }
        rows.finish(&mut f);
        out
    }

    fn strs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn sniffs_delimiter_outside_quotes_and_encoding() {
        assert_eq!(sniff(b"a,b,c\n1;2").delimiter, b',');
        assert_eq!(sniff(b"a;b;c\n").delimiter, b';');
        assert_eq!(sniff(b"a\tb\tc\n").delimiter, b'\t');
        // The commas inside the quoted header name do not count.
        assert_eq!(sniff(b"\"Name, full\";School;Grade\n").delimiter, b';');
        assert_eq!(sniff(b"only").delimiter, b',');
        assert_eq!(sniff("Escuela,Niño\n".as_bytes()).encoding, Encoding::Utf8);
        // "Niño" saved by Excel as Windows-1252: ñ is the single byte 0xF1.
        assert_eq!(sniff(b"Escuela,Ni\xF1o\n").encoding, Encoding::Windows1252);
        // A UTF-8 sequence cut by the end of the sniffed bytes is still UTF-8.
        assert_eq!(sniff(&"ab,ñ".as_bytes()[..4]).encoding, Encoding::Utf8);
        let s = sniff(b"\xEF\xBB\xBFa;b\n");
        assert!(s.bom);
        assert_eq!((s.encoding, s.delimiter), (Encoding::Utf8, b';'));
    }

    #[test]
    fn reads_bom_crlf_quotes_embedded_newlines_and_blank_lines() {
        let file = "\u{FEFF}School,Comment,Answer\r\n\
                    Lincoln,\"Fine, thanks\",Yes\r\n\
                    \r\n\
                    Valley,\"Two\r\nlines and \"\"quotes\"\"\",No\r\n\
                    Oak,,Sí";
        let rows = all_rows(file.as_bytes(), 7);
        assert_eq!(all_rows(file.as_bytes(), 1), rows, "a BOM split across chunks is skipped too");
        assert_eq!(
            rows,
            vec![
                (1, strs(&["School", "Comment", "Answer"])),
                (2, strs(&["Lincoln", "Fine, thanks", "Yes"])),
                (3, strs(&["Valley", "Two\r\nlines and \"quotes\"", "No"])),
                (4, strs(&["Oak", "", "Sí"])),
            ]
        );
    }

    #[test]
    fn semicolons_and_windows_1252_accents() {
        let file: &[u8] = b"Escuela;Respuesta\nSan Jos\xE9;S\xED\nPe\xF1a;No\n";
        let rows = all_rows(file, 3);
        assert_eq!(rows[1].1, strs(&["San José", "Sí"]));
        assert_eq!(rows[2].1, strs(&["Peña", "No"]));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn windows_1252_matches_encoding_rs_for_every_byte() {
        let all: Vec<u8> = (0..=255).collect();
        let mut ours = Vec::new();
        windows_1252(&all, &mut ours);
        let (theirs, _, bad) = encoding_rs::WINDOWS_1252.decode(&all);
        assert!(!bad);
        assert_eq!(String::from_utf8(ours).unwrap(), theirs);
    }

    #[test]
    fn specials_match_the_byte_by_byte_reference() {
        // Every byte value at every position, mixed with the four special bytes.
        let mut x = 0x2545_F491_u32;
        for round in 0..20_000 {
            let mut block = [0u8; 16];
            for b in block.iter_mut() {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                *b = if round % 2 == 0 { (x >> 24) as u8 } else { b",;\t\n\r\"a\xC3"[(x >> 28) as usize % 8] };
            }
            for d in [b',', b';', b'\t'] {
                assert_eq!(specials(&block, d), specials_scalar(&block, d), "{block:?} with {d}");
            }
        }
        // The line feed, quote, carriage return and semicolons; the comma is not the delimiter.
        let expected = [3, 5, 7, 9, 11, 12, 13, 14, 15].iter().map(|i| 1 << i).sum::<u32>();
        assert_eq!(specials(b"a,b\nc\"d\re;f;;;;;", b';'), expected);
    }

    #[test]
    fn ragged_rows_come_through_with_their_own_length() {
        let rows = all_rows(b"a,b,c\n1,2\n1,2,3,4\n", 1);
        assert_eq!(rows.iter().map(|r| r.1.len()).collect::<Vec<_>>(), vec![3, 2, 4]);
    }

    #[test]
    fn a_huge_field_grows_the_buffer() {
        let big = "x".repeat(200_000);
        let rows = all_rows(format!("a,b\n{big},1\n").as_bytes(), 1000);
        assert_eq!(rows[1].1[0].len(), 200_000);
    }
}
