use super::*;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("date")
}

fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
    RawAnswers::from_pairs(pairs.iter().copied())
}

#[test]
fn capacity_accepts_what_people_type() {
    for (s, v) in [
        ("12.5", 12.5),
        ("12,5", 12.5),
        ("１２", 12.0),
        ("１２．５", 12.5),
        (" 12 ", 12.0),
        ("\u{3000}8\u{3000}", 8.0),
        ("12kW", 12.0),
        ("12 KW", 12.0),
        ("12千瓦", 12.0),
        ("+7", 7.0),
        (".5", 0.5),
        ("160", 160.0),
        ("100000", 100_000.0),
        ("1,50", 1.5),
    ] {
        assert_eq!(parse_kw(s).map(Kw::value), Ok(v), "{s:?}");
    }
    // Held to the watt, finer values rounded up: never across a whole-kW line (160.0001 is
    // above 160), never down to 0.
    for (s, milli) in [
        ("0.001", Ok(1)),
        ("12.3450000", Ok(12_345)),
        ("160.0001", Ok(160_001)),
        ("160.0000", Ok(160_000)),
        ("0.0001", Ok(1)),
        ("12.34567", Ok(12_346)),
        ("7.040000000000001", Ok(7_041)),
        ("1,2345", Ok(1_235)),
        ("0.0000", Err(Problem::NotPositive)),
        ("-0.0001", Err(Problem::NotPositive)),
    ] {
        assert_eq!(parse_kw(s).map(Kw::milli), milli, "{s:?}");
    }
}

#[test]
fn capacity_rejects_with_a_reason() {
    for (s, p) in [
        ("0", Problem::NotPositive),
        ("0.0", Problem::NotPositive),
        ("-5", Problem::NotPositive),
        ("－5", Problem::NotPositive),
        ("abc", Problem::NotANumber),
        ("NaN", Problem::NotANumber),
        ("inf", Problem::NotANumber),
        ("infinity", Problem::NotANumber),
        ("1e9", Problem::NotANumber),
        ("12 kW 3", Problem::NotANumber),
        (".", Problem::NotANumber),
        ("100000.1", Problem::TooLarge { max: 100_000 }),
        (
            "999999999999999999999999",
            Problem::TooLarge { max: 100_000 },
        ),
        (
            "999999999999999999999999.0001",
            Problem::TooLarge { max: 100_000 },
        ),
        ("1,000", Problem::Separators),
        ("1.2.3", Problem::Separators),
        ("1,000.5", Problem::Separators),
    ] {
        assert_eq!(parse_kw(s), Err(p), "{s:?}");
    }
}

#[test]
fn lengths_and_days_are_whole_and_not_negative() {
    assert_eq!(parse_metres("50"), Ok(50));
    assert_eq!(parse_metres("50m"), Ok(50));
    assert_eq!(parse_metres("５０米"), Ok(50));
    assert_eq!(parse_metres("0"), Ok(0));
    assert_eq!(parse_metres("12.0"), Ok(12));
    assert_eq!(parse_metres("12.5"), Err(Problem::NotWhole));
    assert_eq!(parse_metres("12.0001"), Err(Problem::NotWhole));
    assert_eq!(parse_metres("12.0000"), Ok(12));
    assert_eq!(parse_metres("-0.0001"), Err(Problem::Negative));
    assert_eq!(parse_metres("-1"), Err(Problem::Negative));
    assert_eq!(
        parse_metres("100001"),
        Err(Problem::TooLarge { max: METRES_MAX })
    );
    assert_eq!(parse_metres("about 50"), Err(Problem::NotANumber));
    assert_eq!(parse_days("90天"), Ok(90));
    assert_eq!(parse_days("3651"), Err(Problem::TooLarge { max: DAYS_MAX }));
}

#[test]
fn dates_in_common_forms_and_the_policy_window() {
    let ok = |s: &str| parse_date(s).map(|d| crate::calendar::iso(d.get()));
    assert_eq!(ok("2026-11-26"), Ok("2026-11-26".into()));
    assert_eq!(ok("2026/11/26"), Ok("2026-11-26".into()));
    assert_eq!(ok("2026.1.5"), Ok("2026-01-05".into()));
    assert_eq!(ok("2026年11月26日"), Ok("2026-11-26".into()));
    assert_eq!(ok("２０２６－１１－２６"), Ok("2026-11-26".into()));
    assert_eq!(ok("2022-01-01"), Ok("2022-01-01".into()));
    assert_eq!(ok("2021-12-31"), Err(Problem::BeforePolicy));
    assert_eq!(ok("2020-06-01"), Err(Problem::BeforePolicy));
    assert_eq!(ok("2100-01-01"), Err(Problem::TooLate));
    assert_eq!(ok("2026-02-30"), Err(Problem::NoSuchDate));
    assert_eq!(ok("2026-13-01"), Err(Problem::NoSuchDate));
    assert_eq!(ok("2025-02-29"), Err(Problem::NoSuchDate));
    assert!(ok("2024-02-29").is_ok());
    assert_eq!(ok("26-11-2026"), Err(Problem::NotADate));
    assert_eq!(ok("tomorrow"), Err(Problem::NotADate));
}

#[test]
fn closed_sets_name_what_is_allowed() {
    assert_eq!(
        parse_choice::<Customer>("Household"),
        Ok(Customer::Household)
    );
    assert_eq!(
        parse_choice::<Customer>(" small_micro "),
        Ok(Customer::SmallMicro)
    );
    assert_eq!(
        parse_choice::<Customer>("business"),
        Err(Problem::Unknown {
            allowed: &["household", "small_micro", "other_org"]
        })
    );
    assert_eq!(
        parse_choice::<Area>("city"),
        Err(Problem::Unknown {
            allowed: &["center", "urban", "town", "rural"]
        })
    );
    assert_eq!(parse_flag("1"), Ok(true));
    assert_eq!(parse_flag("0"), Ok(false));
    assert_eq!(
        parse_flag("yes"),
        Err(Problem::Unknown {
            allowed: &["1", "0"]
        })
    );
}

#[test]
fn districts_and_townships() {
    let p = Parsed::parse(&raw(&[("district", "341302"), ("town", "341302001")]));
    assert_eq!(p.district.valid().map(|d| d.name), Some("埇桥区"));
    assert_eq!(p.town.valid().map(|t| t.name), Some("埇桥街道"));
    let p = Parsed::parse(&raw(&[("district", "341371")]));
    assert_eq!(p.district, Answer::Invalid(Problem::UnknownDistrict));
    let p = Parsed::parse(&raw(&[("district", "341321"), ("town", "341302001")]));
    assert_eq!(p.town, Answer::Invalid(Problem::TownOutsideDistrict));
    let p = Parsed::parse(&raw(&[("town", "999999999")]));
    assert_eq!(p.town, Answer::Invalid(Problem::UnknownTown));
    // A township alone gives its district to the answers.
    let p = Parsed::parse(&raw(&[
        ("town", "341324001"),
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
    ]));
    match p.readiness(today()) {
        Readiness::Ready(a) => assert_eq!(a.district.map(|d| d.name), Some("泗县")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_problem_at_once_in_contract_order() {
    let p = Parsed::parse(&raw(&[
        ("date", "2020-01-01"),
        ("kw", "abc"),
        ("area", "city"),
        ("customer", "household"),
        ("line_m", "-3"),
        ("special", "maybe"),
    ]));
    let errors = p.errors();
    let params: Vec<Param> = errors.iter().map(|e| e.param).collect();
    assert_eq!(
        params,
        [
            Param::Kw,
            Param::Area,
            Param::Special,
            Param::LineM,
            Param::Date
        ]
    );
    assert_eq!(errors[0].problem, Problem::NotANumber);
    assert_eq!(errors[4].problem, Problem::BeforePolicy);
    assert!(matches!(p.readiness(today()), Readiness::Invalid(e) if e.len() == 5));
}

#[test]
fn missing_answers_are_not_errors() {
    assert_eq!(
        Parsed::parse(&RawAnswers::new()).readiness(today()),
        Readiness::Missing(Param::Area)
    );
    let p = Parsed::parse(&raw(&[("area", "rural")]));
    assert_eq!(p.readiness(today()), Readiness::Missing(Param::Customer));
    let p = Parsed::parse(&raw(&[("area", "rural"), ("customer", "other_org")]));
    assert_eq!(p.readiness(today()), Readiness::Missing(Param::Kw));
    // High voltage needs supply and special; low voltage does not.
    let p = Parsed::parse(&raw(&[
        ("area", "rural"),
        ("customer", "other_org"),
        ("kw", "200"),
    ]));
    assert_eq!(p.readiness(today()), Readiness::Missing(Param::Supply));
    let p = Parsed::parse(&raw(&[
        ("area", "rural"),
        ("customer", "other_org"),
        ("kw", "200"),
        ("supply", "dual"),
    ]));
    assert_eq!(p.readiness(today()), Readiness::Missing(Param::Special));
    let p = Parsed::parse(&raw(&[
        ("area", "rural"),
        ("customer", "other_org"),
        ("kw", "160"),
    ]));
    assert!(matches!(p.readiness(today()), Readiness::Ready(_)));
    // In 2022 the rural cap was 100 kW: 120 kW then needs supply.
    let p = Parsed::parse(&raw(&[
        ("area", "rural"),
        ("customer", "small_micro"),
        ("kw", "120"),
        ("date", "2022-06-01"),
    ]));
    assert_eq!(p.readiness(today()), Readiness::Missing(Param::Supply));
}

#[test]
fn empty_values_mean_not_sure() {
    let mut r = raw(&[("line_m", "50")]);
    r.set(Param::LineM, "  ");
    assert_eq!(r.get(Param::LineM), None);
    assert!(r.is_empty());
}

#[test]
fn answers_write_back_canonically() {
    let p = Parsed::parse(&raw(&[
        ("customer", " Small_Micro"),
        ("kw", "１２０,５"),
        ("area", "rural"),
        ("line_m", "５０米"),
        ("city_core", "0"),
        ("date", "2026/11/26"),
        ("town", "341302001"),
        ("unknown", "x"),
        ("dig_m", "abc"),
    ]));
    let back: Vec<(Param, Option<String>)> = Param::ALL
        .into_iter()
        .map(|q| (q, p.canonical(q)))
        .filter(|(_, v)| v.is_some())
        .collect();
    assert_eq!(
        back,
        [
            (Param::Customer, Some("small_micro".to_string())),
            (Param::Kw, Some("120.5".into())),
            (Param::Area, Some("rural".into())),
            (Param::Town, Some("341302001".into())),
            (Param::LineM, Some("50".into())),
            (Param::CityCore, Some("0".into())),
            (Param::Date, Some("2026-11-26".into())),
        ]
    );
}

#[test]
fn phases_and_caps() {
    let d = |s| crate::calendar::parse_iso(s).expect("date");
    assert_eq!(Phase::of(d("2022-12-31")), Phase::Y2022);
    assert_eq!(Phase::of(d("2023-01-01")), Phase::From2023);
    for area in Area::ALL {
        let cap22 = Phase::Y2022.low_voltage_cap(*area);
        assert_eq!(
            cap22.milli(),
            if area.is_city() { 160_000 } else { 100_000 }
        );
        assert_eq!(Phase::From2023.low_voltage_cap(*area).milli(), 160_000);
    }
}

#[test]
fn keys_round_trip() {
    for p in Param::ALL {
        assert_eq!(Param::from_key(p.key()), Some(p));
    }
    assert_eq!(Param::from_key("lang"), None);
    for c in Customer::ALL {
        assert_eq!(Customer::from_key(c.key()), Some(*c));
    }
}

proptest! {
    #[test]
    fn parsers_never_panic(s in "\\PC*") {
        let _ = parse_kw(&s);
        let _ = parse_metres(&s);
        let _ = parse_days(&s);
        let _ = parse_date(&s);
        let _ = parse_flag(&s);
        let _ = parse_choice::<Customer>(&s);
    }

    #[test]
    fn numeric_looking_strings_never_panic(s in "[-+ 0-9０-９.,．，kKwW米m千瓦]{0,12}") {
        if let Ok(kw) = parse_kw(&s) {
            prop_assert!(kw.milli() > 0 && kw.milli() <= Kw::MAX_KW * 1000);
        }
        if let Ok(m) = parse_metres(&s) {
            prop_assert!(m <= METRES_MAX);
        }
    }

    #[test]
    fn capacities_round_trip_through_text(thousandths in 1u64..100_000_000) {
        let kw = Kw::from_milli(thousandths as u32).expect("in range");
        let again = parse_kw(&kw.to_string()).expect("parses back");
        prop_assert_eq!(again, kw);
    }

    #[test]
    fn whole_metres_round_trip(n in 0u32..=METRES_MAX) {
        prop_assert_eq!(parse_metres(&n.to_string()), Ok(n));
        prop_assert_eq!(parse_metres(&format!("{n}米")), Ok(n));
    }

    #[test]
    fn any_url_answers_give_an_outcome(pairs in proptest::collection::vec(("[a-z_]{1,9}", "\\PC{0,12}"), 0..12)) {
        let raw = RawAnswers::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let parsed = Parsed::parse(&raw);
        match parsed.readiness(today()) {
            Readiness::Ready(a) => {
                let _ = crate::policy::estimate(&a, &crate::calendar::Official);
            }
            Readiness::Invalid(errors) => prop_assert!(!errors.is_empty()),
            Readiness::Missing(_) => prop_assert!(parsed.errors().is_empty()),
        }
    }
}
