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

// ── The State Council's notices, typed by hand ──
//
// Everything else here (and the e2e reference calendar) is read from `data/cn-holidays.json`,
// so it would agree with a wrong edit to that file. These tables are typed from the notices
// themselves (国务院办公厅关于<year>年部分节假日安排的通知), not derived from the data: a
// changed, dropped or added day off or make-up day in any published year fails here.

/// One year's notice: each holiday's days off (name, first, last, inclusive) and the make-up
/// working days (调休上班) with the holiday whose item lists them.
struct Notice {
    year: i32,
    off: &'static [(&'static str, &'static str, &'static str)],
    make_up: &'static [(&'static str, &'static str)],
}

const NOTICES: [Notice; 7] = [
    // 国办发明电〔2019〕16号, and 国办发明电〔2020〕1号 extending 春节 to 2 Feb (so the make-up
    // Saturday 1 Feb became a day off).
    Notice {
        year: 2020,
        off: &[
            ("元旦", "2020-01-01", "2020-01-01"),
            ("春节", "2020-01-24", "2020-02-02"),
            ("清明节", "2020-04-04", "2020-04-06"),
            ("劳动节", "2020-05-01", "2020-05-05"),
            ("端午节", "2020-06-25", "2020-06-27"),
            ("国庆节、中秋节", "2020-10-01", "2020-10-08"),
        ],
        make_up: &[
            ("2020-01-19", "春节"),
            ("2020-04-26", "劳动节"),
            ("2020-05-09", "劳动节"),
            ("2020-06-28", "端午节"),
            ("2020-09-27", "国庆节、中秋节"),
            ("2020-10-10", "国庆节、中秋节"),
        ],
    },
    // 国办发明电〔2020〕27号
    Notice {
        year: 2021,
        off: &[
            ("元旦", "2021-01-01", "2021-01-03"),
            ("春节", "2021-02-11", "2021-02-17"),
            ("清明节", "2021-04-03", "2021-04-05"),
            ("劳动节", "2021-05-01", "2021-05-05"),
            ("端午节", "2021-06-12", "2021-06-14"),
            ("中秋节", "2021-09-19", "2021-09-21"),
            ("国庆节", "2021-10-01", "2021-10-07"),
        ],
        make_up: &[
            ("2021-02-07", "春节"),
            ("2021-02-20", "春节"),
            ("2021-04-25", "劳动节"),
            ("2021-05-08", "劳动节"),
            ("2021-09-18", "中秋节"),
            ("2021-09-26", "国庆节"),
            ("2021-10-09", "国庆节"),
        ],
    },
    // 国办发明电〔2021〕11号
    Notice {
        year: 2022,
        off: &[
            ("元旦", "2022-01-01", "2022-01-03"),
            ("春节", "2022-01-31", "2022-02-06"),
            ("清明节", "2022-04-03", "2022-04-05"),
            ("劳动节", "2022-04-30", "2022-05-04"),
            ("端午节", "2022-06-03", "2022-06-05"),
            ("中秋节", "2022-09-10", "2022-09-12"),
            ("国庆节", "2022-10-01", "2022-10-07"),
        ],
        make_up: &[
            ("2022-01-29", "春节"),
            ("2022-01-30", "春节"),
            ("2022-04-02", "清明节"),
            ("2022-04-24", "劳动节"),
            ("2022-05-07", "劳动节"),
            ("2022-10-08", "国庆节"),
            ("2022-10-09", "国庆节"),
        ],
    },
    // 国办发明电〔2022〕16号 (its 元旦 starts on Saturday 31 Dec 2022)
    Notice {
        year: 2023,
        off: &[
            ("元旦", "2022-12-31", "2023-01-02"),
            ("春节", "2023-01-21", "2023-01-27"),
            ("清明节", "2023-04-05", "2023-04-05"),
            ("劳动节", "2023-04-29", "2023-05-03"),
            ("端午节", "2023-06-22", "2023-06-24"),
            ("中秋节、国庆节", "2023-09-29", "2023-10-06"),
        ],
        make_up: &[
            ("2023-01-28", "春节"),
            ("2023-01-29", "春节"),
            ("2023-04-23", "劳动节"),
            ("2023-05-06", "劳动节"),
            ("2023-06-25", "端午节"),
            ("2023-10-07", "中秋节、国庆节"),
            ("2023-10-08", "中秋节、国庆节"),
        ],
    },
    // 国办发明电〔2023〕7号
    Notice {
        year: 2024,
        off: &[
            ("元旦", "2024-01-01", "2024-01-01"),
            ("春节", "2024-02-10", "2024-02-17"),
            ("清明节", "2024-04-04", "2024-04-06"),
            ("劳动节", "2024-05-01", "2024-05-05"),
            ("端午节", "2024-06-10", "2024-06-10"),
            ("中秋节", "2024-09-15", "2024-09-17"),
            ("国庆节", "2024-10-01", "2024-10-07"),
        ],
        make_up: &[
            ("2024-02-04", "春节"),
            ("2024-02-18", "春节"),
            ("2024-04-07", "清明节"),
            ("2024-04-28", "劳动节"),
            ("2024-05-11", "劳动节"),
            ("2024-09-14", "中秋节"),
            ("2024-09-29", "国庆节"),
            ("2024-10-12", "国庆节"),
        ],
    },
    // 国办发明电〔2024〕12号
    Notice {
        year: 2025,
        off: &[
            ("元旦", "2025-01-01", "2025-01-01"),
            ("春节", "2025-01-28", "2025-02-04"),
            ("清明节", "2025-04-04", "2025-04-06"),
            ("劳动节", "2025-05-01", "2025-05-05"),
            ("端午节", "2025-05-31", "2025-06-02"),
            ("国庆节、中秋节", "2025-10-01", "2025-10-08"),
        ],
        make_up: &[
            ("2025-01-26", "春节"),
            ("2025-02-08", "春节"),
            ("2025-04-27", "劳动节"),
            ("2025-09-28", "国庆节、中秋节"),
            ("2025-10-11", "国庆节、中秋节"),
        ],
    },
    // 国办发明电〔2025〕7号
    Notice {
        year: 2026,
        off: &[
            ("元旦", "2026-01-01", "2026-01-03"),
            ("春节", "2026-02-15", "2026-02-23"),
            ("清明节", "2026-04-04", "2026-04-06"),
            ("劳动节", "2026-05-01", "2026-05-05"),
            ("端午节", "2026-06-19", "2026-06-21"),
            ("中秋节", "2026-09-25", "2026-09-27"),
            ("国庆节", "2026-10-01", "2026-10-07"),
        ],
        make_up: &[
            ("2026-01-04", "元旦"),
            ("2026-02-14", "春节"),
            ("2026-02-28", "春节"),
            ("2026-05-09", "劳动节"),
            ("2026-09-20", "国庆节"),
            ("2026-10-10", "国庆节"),
        ],
    },
];

/// What a day is by the hand-typed notices alone.
fn by_the_notices(date: NaiveDate) -> DayKind {
    for n in &NOTICES {
        for &(name, from, to) in n.off {
            if d(from) <= date && date <= d(to) {
                return DayKind::Holiday(name);
            }
        }
        for &(day, name) in n.make_up {
            if d(day) == date {
                return DayKind::MakeUp(name);
            }
        }
    }
    WeekendsOnly.kind(date)
}

fn days_of(from: &str, to: &str) -> impl Iterator<Item = NaiveDate> {
    let (from, to) = (d(from), d(to));
    from.iter_days().take_while(move |x| *x <= to)
}

#[test]
fn the_policy_years_2022_and_2023_day_by_day_as_the_notices_say() {
    // Every day of the policy window's first two years (and 2023's 元旦 on 31 Dec 2022): the
    // holiday it belongs to, a make-up working day, or an ordinary weekday or weekend.
    let mut checked = 0;
    for date in days_of("2022-01-01", "2023-12-31") {
        assert_eq!(Official.kind(date), by_the_notices(date), "{date}");
        checked += 1;
    }
    assert_eq!(checked, 365 + 365);
    // Working days per year, counted from the notices: 365 − 105 weekend days − 18 weekdays off
    // + 7 make-up days, in each year.
    assert_eq!(
        working_days_between(&Official, d("2021-12-31"), d("2022-12-31")),
        249
    );
    assert_eq!(
        working_days_between(&Official, d("2022-12-31"), d("2023-12-31")),
        249
    );
}

#[test]
fn every_years_days_off_and_make_up_days_are_the_notices() {
    for n in &NOTICES {
        let year = n.year;
        // The days off the data has for this year's holidays (元旦 2023 reaches into 2022).
        let first = n.off.first().map_or("", |o| o.1);
        let last_of_year = format!("{year}-12-31");
        let mut off_in_data = Vec::new();
        let mut make_up_in_data = Vec::new();
        for date in days_of(first, &last_of_year) {
            match Official.kind(date) {
                DayKind::Holiday(name) => off_in_data.push((iso(date), name)),
                DayKind::MakeUp(name) => make_up_in_data.push((iso(date), name)),
                DayKind::Working | DayKind::Weekend => {}
            }
        }
        let mut off_by_notice = Vec::new();
        for &(name, from, to) in n.off {
            for date in days_of(from, to) {
                off_by_notice.push((iso(date), name));
            }
        }
        // 元旦 of the next year can start on 31 Dec (2022): that day belongs to the next notice.
        let next_year_starts = NOTICES
            .iter()
            .find(|x| x.year == year + 1)
            .and_then(|x| x.off.first())
            .map(|o| d(o.1));
        off_in_data.retain(|(day, _)| next_year_starts.is_none_or(|s| d(day) < s));
        assert_eq!(off_in_data, off_by_notice, "{year}: days off");
        let make_up_by_notice: Vec<(String, &str)> = n
            .make_up
            .iter()
            .map(|&(day, name)| (day.to_string(), name))
            .collect();
        assert_eq!(
            make_up_in_data, make_up_by_notice,
            "{year}: make-up working days"
        );
        for &(day, _) in n.make_up {
            assert!(
                is_weekend(d(day)),
                "{day}: a make-up day is a Saturday or Sunday"
            );
        }
    }
    // And no year is published beyond the notices typed here.
    let typed: Vec<i32> = NOTICES.iter().map(|n| n.year).collect();
    assert_eq!(published_years(), typed.as_slice());
}

#[test]
fn deadlines_across_the_2022_and_2023_holidays() {
    // Hand-counted from the notices: (start, working days, due).
    for (start, n, due) in [
        // 春节 2022: Sat 29 and Sun 30 Jan worked, 31 Jan – 6 Feb off.
        ("2022-01-28", 1, "2022-01-29"),
        ("2022-01-28", 2, "2022-01-30"),
        ("2022-01-28", 3, "2022-02-07"),
        // 清明 2022: Sat 2 Apr worked, 3–5 Apr off.
        ("2022-04-01", 1, "2022-04-02"),
        ("2022-04-01", 2, "2022-04-06"),
        // 劳动节 2022: Sun 24 Apr worked; 30 Apr – 4 May off; Sat 7 May worked.
        ("2022-04-22", 1, "2022-04-24"),
        ("2022-04-29", 1, "2022-05-05"),
        ("2022-04-29", 3, "2022-05-07"),
        ("2022-04-29", 4, "2022-05-09"),
        // 国庆 2022: 1–7 Oct off, Sat 8 and Sun 9 Oct worked.
        ("2022-09-30", 1, "2022-10-08"),
        ("2022-09-30", 2, "2022-10-09"),
        ("2022-09-30", 3, "2022-10-10"),
        // 元旦 2023 from Sat 31 Dec 2022.
        ("2022-12-30", 1, "2023-01-03"),
        // 春节 2023: 21–27 Jan off, Sat 28 and Sun 29 Jan worked.
        ("2023-01-20", 1, "2023-01-28"),
        ("2023-01-20", 3, "2023-01-30"),
        // 清明 2023: Wednesday 5 Apr alone.
        ("2023-04-04", 1, "2023-04-06"),
        // 端午 2023: 22–24 Jun off, Sun 25 Jun worked.
        ("2023-06-21", 1, "2023-06-25"),
        ("2023-06-21", 2, "2023-06-26"),
        // 中秋、国庆 2023: 29 Sep – 6 Oct off, Sat 7 and Sun 8 Oct worked.
        ("2023-09-28", 1, "2023-10-07"),
        ("2023-09-28", 2, "2023-10-08"),
        ("2023-09-28", 3, "2023-10-09"),
    ] {
        assert_eq!(nth(start, n), due, "{n} working days after {start}");
    }
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
