//! Calendar dates: plan actions' start and due dates, success measures' deadlines, product
//! renewals and the backup reminder all read and compare them. Their own module, so that the
//! portfolio and the store need not reach into the plan for them (issue 27).

/// A calendar date. Ordered as dates; written and read as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// Reads `YYYY-MM-DD` (what `<input type="date">` gives); `None` for anything else,
    /// including impossible dates such as 2027-02-30.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: u16 = s[0..4].parse().ok()?;
        let month: u8 = s[5..7].parse().ok()?;
        let day: u8 = s[8..10].parse().ok()?;
        if year < 1900 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it), so that two dates subtract to the days
    /// between them. The proleptic Gregorian count of Howard Hinnant's `days_from_civil`.
    pub fn day_number(&self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The last day of a school year labelled like "2026–27" or "2026-2027": 30 June of the
/// second year. `None` when the label does not start with a year.
pub fn school_year_end(label: &str) -> Option<Date> {
    let digits: String = label.trim().chars().take_while(char::is_ascii_digit).collect();
    let first: u16 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    Some(Date { year: first + 1, month: 6, day: 30 })
}
