//! Working-day calendar (工作日): real dates from time limits.
//!
//! Pure: dates in, dates out. No clock, no storage, no web APIs.
//!
//! - A working day is Monday–Friday, minus the State Council's days off, plus its make-up
//!   working days (调休), from `data/cn-holidays.json` (converted at build time).
//! - "N working days after D" is the N-th working day strictly after D: the start day is not
//!   counted (民法典 第二百零一条). Half days (1.5) are dated on the next whole day.
//! - A year without a published schedule is counted on weekends alone, and every span that
//!   reaches into it is marked provisional so the interface can warn that the date may move.

use chrono::{Datelike, NaiveDate, Weekday};
use std::fmt;

mod data {
    include!(concat!(env!("OUT_DIR"), "/holidays.rs"));
}

/// What kind of day a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// An ordinary Monday–Friday working day.
    Working,
    /// A Saturday or Sunday made a working day (调休); names the holiday it makes up for.
    MakeUp(&'static str),
    /// An ordinary Saturday or Sunday.
    Weekend,
    /// A public holiday day off (including weekend days inside the holiday).
    Holiday(&'static str),
}

impl DayKind {
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::MakeUp(_))
    }
}

/// A source of working days. The rules engine takes one as input so the two can be tested apart.
pub trait WorkingCalendar {
    fn kind(&self, date: NaiveDate) -> DayKind;
    /// Whether the State Council's schedule for `year` is known.
    fn is_published(&self, year: i32) -> bool;
}

/// The official calendar: weekends plus the State Council schedules in `data/cn-holidays.json`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Official;

/// Weekends only, every year unpublished. For tests, and what [`Official`] falls back to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WeekendsOnly;

fn key(d: NaiveDate) -> u32 {
    // Dates before year 0 never reach here (answers are validated), but stay total anyway.
    (d.year().max(0) as u32) * 10000 + d.month() * 100 + d.day()
}

fn lookup(table: &[(u32, u8)], d: NaiveDate) -> Option<&'static str> {
    let k = key(d);
    table
        .binary_search_by_key(&k, |&(day, _)| day)
        .ok()
        .and_then(|i| data::HOLIDAY_NAMES.get(table[i].1 as usize).copied())
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

impl WorkingCalendar for Official {
    fn kind(&self, date: NaiveDate) -> DayKind {
        if let Some(name) = lookup(data::DAYS_OFF, date) {
            DayKind::Holiday(name)
        } else if let Some(name) = lookup(data::MAKEUP_WORKDAYS, date) {
            if is_weekend(date) {
                DayKind::MakeUp(name)
            } else {
                // e.g. 2020-02-03, a Monday listed as the resumption of work: an ordinary day.
                DayKind::Working
            }
        } else {
            WeekendsOnly.kind(date)
        }
    }

    fn is_published(&self, year: i32) -> bool {
        data::PUBLISHED_YEARS.contains(&year)
    }
}

impl WorkingCalendar for WeekendsOnly {
    fn kind(&self, date: NaiveDate) -> DayKind {
        if is_weekend(date) {
            DayKind::Weekend
        } else {
            DayKind::Working
        }
    }

    fn is_published(&self, _year: i32) -> bool {
        false
    }
}

/// A holiday's place in the schedule's list of names (the text files name each in its language).
pub fn holiday_index(name: &str) -> Option<usize> {
    data::HOLIDAY_NAMES.iter().position(|n| *n == name)
}

/// Years whose schedule is in the data, oldest first (for the README and the interface).
pub fn published_years() -> &'static [i32] {
    data::PUBLISHED_YEARS
}

/// A time limit in working days, in half-day steps (the policy has 1.5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkingDays {
    halves: u32,
}

impl WorkingDays {
    pub const ZERO: WorkingDays = WorkingDays { halves: 0 };

    pub const fn whole(days: u32) -> Self {
        WorkingDays { halves: days * 2 }
    }

    pub const fn from_halves(halves: u32) -> Self {
        WorkingDays { halves }
    }

    /// The number of whole working days a deadline is dated on (1.5 → the 2nd working day).
    pub const fn dated(self) -> u32 {
        self.halves.div_ceil(2)
    }

    pub fn as_f64(self) -> f64 {
        f64::from(self.halves) / 2.0
    }

    pub fn is_whole(self) -> bool {
        self.halves.is_multiple_of(2)
    }
}

impl std::ops::Add for WorkingDays {
    type Output = WorkingDays;
    fn add(self, rhs: Self) -> Self {
        WorkingDays {
            halves: self.halves + rhs.halves,
        }
    }
}

impl std::iter::Sum for WorkingDays {
    fn sum<I: Iterator<Item = WorkingDays>>(iter: I) -> Self {
        iter.fold(WorkingDays::ZERO, |a, b| a + b)
    }
}

impl fmt::Display for WorkingDays {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_whole() {
            write!(f, "{}", self.halves / 2)
        } else {
            write!(f, "{}.5", self.halves / 2)
        }
    }
}

/// A run of consecutive non-working days inside a span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: u32,
    /// The public holiday this run belongs to, or `None` for an ordinary weekend.
    pub holiday: Option<&'static str>,
}

/// A dated time limit: from `start` (not counted) to `due`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub days: WorkingDays,
    /// Some day in `(start, due]` falls in a year whose holiday schedule is not published yet.
    pub provisional: bool,
    /// Non-working days between `start` and `due`, in order.
    pub closures: Vec<Closure>,
}

/// A bound on loops over days: far beyond any span the policy produces (own works included).
const MAX_DAYS: u32 = 40_000;

fn next_day(d: NaiveDate) -> Option<NaiveDate> {
    d.succ_opt()
}

/// The N-th working day strictly after `start` (`start` itself when N is 0).
pub fn nth_working_day_after(cal: &impl WorkingCalendar, start: NaiveDate, n: u32) -> NaiveDate {
    let mut d = start;
    let mut left = n;
    let mut guard = 0;
    while left > 0 && guard < MAX_DAYS {
        match next_day(d) {
            Some(next) => d = next,
            None => break,
        }
        if cal.kind(d).is_working() {
            left -= 1;
        }
        guard += 1;
    }
    d
}

/// Working days in `(from, to]`: the inverse of [`nth_working_day_after`].
pub fn working_days_between(cal: &impl WorkingCalendar, from: NaiveDate, to: NaiveDate) -> u32 {
    let mut n = 0;
    let mut d = from;
    while d < to {
        match next_day(d) {
            Some(next) => d = next,
            None => break,
        }
        if cal.kind(d).is_working() {
            n += 1;
        }
    }
    n
}

/// Non-working runs in `(from, to)`, each named by the holiday it belongs to, if any.
pub fn closures_between(
    cal: &impl WorkingCalendar,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Closure> {
    let mut out: Vec<Closure> = Vec::new();
    let mut open: Option<Closure> = None;
    let mut d = from;
    while let Some(next) = next_day(d) {
        d = next;
        if d >= to {
            break;
        }
        match cal.kind(d) {
            DayKind::Working | DayKind::MakeUp(_) => {
                if let Some(c) = open.take() {
                    out.push(c);
                }
            }
            kind => {
                let holiday = match kind {
                    DayKind::Holiday(name) => Some(name),
                    _ => None,
                };
                match open.as_mut() {
                    Some(c) => {
                        c.to = d;
                        c.days += 1;
                        c.holiday = c.holiday.or(holiday);
                    }
                    None => {
                        open = Some(Closure {
                            from: d,
                            to: d,
                            days: 1,
                            holiday,
                        })
                    }
                }
            }
        }
    }
    if let Some(c) = open {
        out.push(c);
    }
    out
}

/// Whether any day in `(from, to]` lies in a year without a published schedule.
pub fn is_provisional(cal: &impl WorkingCalendar, from: NaiveDate, to: NaiveDate) -> bool {
    let first = next_day(from).unwrap_or(from).year();
    (first..=to.year()).any(|y| !cal.is_published(y))
}

/// Date a time limit of `days` working days starting after `start`.
pub fn span(cal: &impl WorkingCalendar, start: NaiveDate, days: WorkingDays) -> Span {
    let due = nth_working_day_after(cal, start, days.dated());
    Span {
        start,
        due,
        days,
        provisional: due > start && is_provisional(cal, start, due),
        closures: closures_between(cal, start, due),
    }
}

/// The date `n` calendar days after `d` (the customer's own durations are in calendar days).
pub fn add_calendar_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(chrono::Days::new(u64::from(n)))
        .unwrap_or(d)
}

/// Parse a strict ISO `YYYY-MM-DD` date.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let y = num(0..4)? as i32;
    NaiveDate::from_ymd_opt(y, num(5..7)?, num(8..10)?)
}

/// Format as ISO `YYYY-MM-DD`.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

// Native only: the property tests use `proptest`, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
