use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    parse_iso(s).expect("test date")
}

fn nth(start: &str, n: u32) -> String {
    iso(nth_working_day_after(&Official, d(start), n))
}

#[test]
fn spring_festival_2026_make_up_saturday_then_the_long_break() {
    // Friday 2026-02-13: the first working day after it is Saturday 02-14, a make-up day…
    assert_eq!(Official.kind(d("2026-02-14")), DayKind::MakeUp("春节"));
    assert_eq!(nth("2026-02-13", 1), "2026-02-14");
    // …then nothing until Tuesday 02-24.
    assert_eq!(nth("2026-02-13", 2), "2026-02-24");
    for day in 15..=23 {
        let date = NaiveDate::from_ymd_opt(2026, 2, day).expect("date");
        assert_eq!(Official.kind(date), DayKind::Holiday("春节"), "{date}");
    }
    let s = span(&Official, d("2026-02-13"), WorkingDays::whole(2));
    assert_eq!(
        s.closures,
        vec![Closure {
            from: d("2026-02-15"),
            to: d("2026-02-23"),
            days: 9,
            holiday: Some("春节")
        }]
    );
    assert!(!s.provisional);
}

#[test]
fn national_day_2026() {
    assert_eq!(nth("2026-09-30", 1), "2026-10-08");
    assert_eq!(Official.kind(d("2026-10-10")), DayKind::MakeUp("国庆节"));
    assert!(Official.kind(d("2026-10-10")).is_working());
    // Thursday 10-08, Friday 10-09, Saturday 10-10 (make-up), then Monday 10-12.
    assert_eq!(nth("2026-09-30", 3), "2026-10-10");
    assert_eq!(nth("2026-09-30", 4), "2026-10-12");
    // 中秋 2026 falls on 09-25..27 with Sunday 09-20 worked.
    assert_eq!(Official.kind(d("2026-09-25")), DayKind::Holiday("中秋节"));
    assert_eq!(Official.kind(d("2026-09-20")), DayKind::MakeUp("国庆节"));
}

#[test]
fn make_up_days_2024_and_2025_are_working_weekends() {
    let days = [
        "2024-02-04",
        "2024-02-18",
        "2024-04-07",
        "2024-04-28",
        "2024-05-11",
        "2024-09-14",
        "2024-09-29",
        "2024-10-12",
        "2025-01-26",
        "2025-02-08",
        "2025-04-27",
        "2025-09-28",
        "2025-10-11",
    ];
    for s in days {
        let date = d(s);
        assert!(
            matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
            "{s} is a weekend day"
        );
        assert!(
            matches!(Official.kind(date), DayKind::MakeUp(_)),
            "{s} is a make-up day"
        );
        assert_eq!(WeekendsOnly.kind(date), DayKind::Weekend);
    }
    // Sunday 2025-01-26 is worked before 春节 2025 (01-28 .. 02-04 off).
    assert_eq!(nth("2025-01-24", 1), "2025-01-26");
    assert_eq!(nth("2025-01-24", 2), "2025-01-27");
    assert_eq!(nth("2025-01-24", 3), "2025-02-05");
}

#[test]
fn year_ends() {
    // 2025-12-31 (Wed): 元旦 2026 is 01-01..03, and Sunday 01-04 is worked.
    assert_eq!(nth("2025-12-31", 1), "2026-01-04");
    assert_eq!(nth("2025-12-31", 2), "2026-01-05");
    // 2022-12-30 (Fri): 12-31 .. 2023-01-02 off (the 2023 notice covers 2022-12-31).
    assert_eq!(Official.kind(d("2022-12-31")), DayKind::Holiday("元旦"));
    assert_eq!(nth("2022-12-30", 1), "2023-01-03");
    assert_eq!(
        working_days_between(&Official, d("2022-12-30"), d("2023-01-03")),
        1
    );
}

#[test]
fn unpublished_2027_is_counted_on_weekends_and_flagged() {
    assert!(Official.is_published(2026));
    assert!(!Official.is_published(2027));
    assert_eq!(
        published_years(),
        &[2020, 2021, 2022, 2023, 2024, 2025, 2026]
    );
    // Thursday 2026-12-31 + 1: Friday 2027-01-01, which would be 元旦 once published.
    let s = span(&Official, d("2026-12-31"), WorkingDays::whole(1));
    assert_eq!(iso(s.due), "2027-01-01");
    assert!(s.provisional);
    // A span that stays inside 2026 is not flagged, one ending in 2027 is.
    assert!(!span(&Official, d("2026-12-01"), WorkingDays::whole(5)).provisional);
    assert!(span(&Official, d("2026-12-28"), WorkingDays::whole(6)).provisional);
    // Weekends still count in an unpublished year.
    assert_eq!(nth("2027-03-05", 1), "2027-03-08");
}

#[test]
fn half_days_are_dated_on_the_next_whole_day() {
    let s = span(&Official, d("2026-11-26"), WorkingDays::from_halves(3));
    assert_eq!(s.days.to_string(), "1.5");
    assert_eq!(s.days.as_f64(), 1.5);
    assert_eq!(iso(s.due), "2026-11-30"); // Thu → Fri (1st), Mon (2nd)
    assert_eq!(WorkingDays::whole(3).to_string(), "3");
    assert_eq!(WorkingDays::ZERO.dated(), 0);
}

#[test]
fn zero_days_is_the_start_day() {
    let s = span(&Official, d("2026-02-15"), WorkingDays::ZERO);
    assert_eq!(s.due, d("2026-02-15"));
    assert!(s.closures.is_empty());
    assert!(!s.provisional);
}

#[test]
fn weekend_runs_are_unnamed_and_merge_into_adjacent_holidays() {
    // Friday 2026-11-27 + 1 → Monday 11-30; the weekend between is unnamed.
    let s = span(&Official, d("2026-11-27"), WorkingDays::whole(1));
    assert_eq!(
        s.closures,
        vec![Closure {
            from: d("2026-11-28"),
            to: d("2026-11-29"),
            days: 2,
            holiday: None
        }]
    );
    // 劳动节 2026: 05-01 (Fri) .. 05-05 off; the run is named.
    let s = span(&Official, d("2026-04-30"), WorkingDays::whole(1));
    assert_eq!(iso(s.due), "2026-05-06");
    assert_eq!(s.closures.len(), 1);
    assert_eq!(s.closures[0].holiday, Some("劳动节"));
}

#[test]
fn iso_parsing_is_strict() {
    assert_eq!(parse_iso("2026-02-29"), None);
    assert_eq!(parse_iso("2026-2-1"), None);
    assert_eq!(parse_iso("2026/02/01"), None);
    assert_eq!(parse_iso("+026-02-01"), None);
    assert_eq!(parse_iso("2024-02-29").map(iso), Some("2024-02-29".into()));
}

#[test]
fn data_is_consistent() {
    for &(k, _) in data::MAKEUP_WORKDAYS {
        let date =
            NaiveDate::from_ymd_opt((k / 10000) as i32, (k / 100) % 100, k % 100).expect("valid");
        // Every make-up day is a weekend day, except 2020-02-03 (resumption of work, a Monday).
        assert!(is_weekend(date) || k == 20200203, "{k}");
    }
    assert!(data::DAYS_OFF.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(data::MAKEUP_WORKDAYS.windows(2).all(|w| w[0].0 < w[1].0));
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 2020-01-01 .. 2028-12-31, across published and unpublished years.
    (0i64..3288).prop_map(|n| d("2020-01-01") + chrono::Duration::days(n))
}

proptest! {
    #[test]
    fn deadline_is_a_working_day_strictly_after_the_start(start in any_date(), n in 1u32..80) {
        let due = nth_working_day_after(&Official, start, n);
        prop_assert!(due > start);
        prop_assert!(Official.kind(due).is_working());
    }

    #[test]
    fn deadlines_increase_with_the_limit(start in any_date(), n in 0u32..80) {
        let a = nth_working_day_after(&Official, start, n);
        let b = nth_working_day_after(&Official, start, n + 1);
        prop_assert!(b > a);
    }

    #[test]
    fn counting_back_gives_the_limit(start in any_date(), n in 0u32..80) {
        let due = nth_working_day_after(&Official, start, n);
        prop_assert_eq!(working_days_between(&Official, start, due), n);
    }

    #[test]
    fn closures_and_working_days_fill_the_span(start in any_date(), n in 1u32..40) {
        let s = span(&Official, start, WorkingDays::whole(n));
        let closed: u32 = s.closures.iter().map(|c| c.days).sum();
        let total = (s.due - s.start).num_days() as u32;
        prop_assert_eq!(closed + n, total);
        for c in &s.closures {
            prop_assert!(c.from > s.start && c.to < s.due && c.from <= c.to);
        }
    }

    #[test]
    fn provisional_exactly_when_the_span_reaches_an_unpublished_year(start in any_date(), n in 1u32..40) {
        let s = span(&Official, start, WorkingDays::whole(n));
        // Published: 2020–2026. Start dates here are never before 2020.
        prop_assert_eq!(s.provisional, s.due.year() >= 2027);
    }
}
