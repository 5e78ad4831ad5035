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
    // High voltage needs supply, and special for single supply; low voltage needs neither.
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
        ("supply", "single"),
    ]));
    assert_eq!(p.readiness(today()), Readiness::Missing(Param::Special));
    // A dual-supply user is a multi-source user, never ordinary (附件1 注3): nothing to ask.
    let p = Parsed::parse(&raw(&[
        ("area", "rural"),
        ("customer", "other_org"),
        ("kw", "200"),
        ("supply", "dual"),
    ]));
    assert!(matches!(p.readiness(today()), Readiness::Ready(_)));
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
}

// ── Any URL: real keys with real and hostile values ──
//
// A link can carry anything. The property below draws the answer keys the app reads, each with
// a value the app would write, a value a person might type, or a hostile one, plus the tracker's
// dates, unknown keys and repeated keys, in any order; and it checks that every outcome holds
// together and that a complete set is estimated (with its what-ifs, tracker and contract JSON)
// without a panic. `the_url_property_reaches_every_outcome` checks that the draws really reach
// complete answers of every category, not just errors.

/// Values no field accepts, or accepts only after cleaning.
fn hostile() -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        Just(" ".to_string()),
        Just("\u{3000}".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\"&amp;'".to_string()),
        Just("-1".to_string()),
        Just("0".to_string()),
        Just("NaN".to_string()),
        Just("1e9".to_string()),
        Just("99999999999999999999999999".to_string()),
        Just("１２".to_string()),
        Just("\u{0}".to_string()),
        Just("9".repeat(400)),
        "\\PC{0,12}",
        "[-+0-9.,．，]{1,8}",
    ]
    .boxed()
}

fn numbers(max: u32, suffixes: &'static [&'static str]) -> BoxedStrategy<String> {
    (0..=max + 1, proptest::sample::select(suffixes))
        .prop_map(|(n, suffix)| format!("{n}{suffix}"))
        .boxed()
}

fn choice<T: Choice>() -> BoxedStrategy<String> {
    let keys = proptest::sample::select(T::KEYS);
    prop_oneof![
        24 => keys.clone().prop_map(str::to_string),
        2 => keys.prop_map(|k| format!(" {} ", k.to_uppercase())),
        1 => hostile(),
    ]
    .boxed()
}

fn flag() -> BoxedStrategy<String> {
    prop_oneof![24 => proptest::sample::select(&["1", "0"][..]).prop_map(str::to_string), 1 => hostile()].boxed()
}

fn kw_value() -> BoxedStrategy<String> {
    prop_oneof![
        // Any capacity the app can write, watt by watt.
        10 => (1u32..=100_000_000).prop_map(|m| Kw::from_milli(m).expect("in range").to_string()),
        // Mostly low voltage, where most customers are.
        10 => (1u32..=300).prop_map(|n| n.to_string()),
        // The lines and the limits.
        3 => proptest::sample::select(
            &["100", "100.001", "160", "160.0001", "161", "100000", "100000.001", "0.001", "12,5", "12 kW", "１２０"][..]
        )
        .prop_map(str::to_string),
        1 => hostile(),
    ]
    .boxed()
}

fn district_value() -> BoxedStrategy<String> {
    let codes: Vec<String> = crate::divisions::districts()
        .map(|d| d.code.to_string())
        .collect();
    prop_oneof![
        20 => proptest::sample::select(codes),
        1 => Just("341371".to_string()),
        1 => hostile(),
    ]
    .boxed()
}

fn town_value() -> BoxedStrategy<String> {
    let codes: Vec<String> = crate::divisions::districts()
        .flat_map(|d| crate::divisions::townships(d.code))
        .map(|t| t.code.to_string())
        .collect();
    prop_oneof![
        20 => proptest::sample::select(codes),
        1 => Just("999999999".to_string()),
        1 => hostile(),
    ]
    .boxed()
}

/// A date from just before the policy window to just after its end, or a date-like mistake.
fn date_value() -> BoxedStrategy<String> {
    let first = NaiveDate::from_ymd_opt(2021, 12, 25).expect("date");
    prop_oneof![
        24 => (0i64..28_500).prop_map(move |n| crate::calendar::iso(first + chrono::Duration::days(n))),
        2 => proptest::sample::select(
            &["2026-02-30", "2026/11/26", "2026年11月26日", "26-11-2026", "tomorrow", "2099-12-31", "2100-01-01", "2021-12-31"][..]
        )
        .prop_map(str::to_string),
        1 => hostile(),
    ]
    .boxed()
}

fn value_for(p: Param) -> BoxedStrategy<String> {
    match p {
        Param::Customer => choice::<Customer>(),
        Param::Usage => choice::<Usage>(),
        Param::Kw => kw_value(),
        Param::Area => choice::<Area>(),
        Param::District => district_value(),
        Param::Town => town_value(),
        Param::Supply => choice::<Supply>(),
        Param::Builder => choice::<Builder>(),
        Param::Special | Param::CityCore => flag(),
        Param::LineM | Param::DigM => prop_oneof![
            6 => numbers(METRES_MAX, &["", "", "米", "m"]),
            10 => (0u32..=400).prop_map(|n| n.to_string()),
            2 => proptest::sample::select(&["12.5", "-3", "200", "201", "100", "101"][..]).prop_map(str::to_string),
            1 => hostile(),
        ]
        .boxed(),
        Param::DesignDays | Param::WorksDays => prop_oneof![
            24 => numbers(DAYS_MAX, &["", "天"]),
            1 => hostile(),
        ]
        .boxed(),
        Param::Date => date_value(),
    }
}

/// How often each answer is in a link: the required ones nearly always.
fn presence(p: Param) -> f64 {
    match p {
        Param::Customer | Param::Kw | Param::Area => 0.95,
        Param::Supply | Param::Special => 0.85,
        Param::Date => 0.7,
        // Together they are mostly a township outside the district: an error.
        Param::District | Param::Town => 0.25,
        _ => 0.4,
    }
}

/// Keys the answers do not read: the page's own, the tracker's, and junk.
fn other_pair() -> BoxedStrategy<(String, String)> {
    let tracker = proptest::sample::select(
        &[
            "done_acceptance",
            "done_supply_plan",
            "from_design_review",
            "done_design_review",
            "from_mid_inspection",
            "done_mid_inspection",
            "from_connection",
            "done_connection",
            "done_external_works",
            "done_nothing",
        ][..],
    );
    let page = proptest::sample::select(
        &[
            "lang",
            "mode",
            "idle_s",
            "parent_origin",
            "accent",
            "KW",
            "kw ",
            "Customer",
        ][..],
    );
    prop_oneof![
        3 => (tracker, date_value()).prop_map(|(k, v)| (k.to_string(), v)),
        1 => (page, hostile()).prop_map(|(k, v)| (k.to_string(), v)),
        1 => ("[a-z_]{1,9}", hostile()),
        // A real key again, later in the link.
        1 => proptest::sample::select(Param::ALL.to_vec())
            .prop_flat_map(|p| value_for(p).prop_map(move |v| (p.key().to_string(), v))),
    ]
    .boxed()
}

fn url_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let answers: Vec<BoxedStrategy<Option<(String, String)>>> = Param::ALL
        .into_iter()
        .map(|p| {
            proptest::option::weighted(presence(p), value_for(p))
                .prop_map(move |v| v.map(|v| (p.key().to_string(), v)))
                .boxed()
        })
        .collect();
    (answers, proptest::collection::vec(other_pair(), 0..4))
        .prop_map(|(answers, others)| {
            answers
                .into_iter()
                .flatten()
                .chain(others)
                .collect::<Vec<_>>()
        })
        .prop_shuffle()
}

fn any_today() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2022, 1, 1).expect("date");
    (0i64..3_650).prop_map(move |n| first + chrono::Duration::days(n))
}

/// What a URL leads to, for the coverage check.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Outcome {
    Ready(&'static str),
    Invalid,
    Missing,
}

/// Parse and, when complete, estimate everything a result page shows; check the outcome holds
/// together. Panics (as a property failure) on any inconsistency.
fn from_url(pairs: &[(String, String)], today: NaiveDate) -> Result<Outcome, TestCaseError> {
    let raw = RawAnswers::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let parsed = Parsed::parse(&raw);
    // What the app writes back to the URL reads back as the same answers.
    let written: Vec<(&str, String)> = Param::ALL
        .into_iter()
        .filter_map(|p| parsed.canonical(p).map(|v| (p.key(), v)))
        .collect();
    let again = Parsed::parse(&RawAnswers::from_pairs(
        written.iter().map(|(k, v)| (*k, v.as_str())),
    ));
    for p in Param::ALL {
        if parsed.problem(p).is_none() {
            prop_assert_eq!(
                again.canonical(p),
                parsed.canonical(p),
                "{:?} after a round trip",
                p
            );
        }
    }
    Ok(match parsed.readiness(today) {
        Readiness::Ready(a) => {
            prop_assert!(parsed.errors().is_empty());
            let e = crate::policy::estimate(&a, &crate::calendar::Official);
            let json = e.to_json();
            let v: serde_json::Value = serde_json::from_str(&json)
                .map_err(|err| TestCaseError::fail(format!("contract JSON: {err}: {json}")))?;
            prop_assert_eq!(v["category"].as_str(), Some(e.category.value.key()));
            let _ = crate::policy::whatif::what_ifs(&a, &crate::calendar::Official);
            let (progress, _) = crate::policy::tracker::parse_progress(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            );
            let _ = crate::policy::tracker::check(&e, &progress, today, &crate::calendar::Official);
            Outcome::Ready(e.category.value.key())
        }
        Readiness::Invalid(errors) => {
            prop_assert!(!errors.is_empty());
            for err in &errors {
                prop_assert!(
                    raw.get(err.param).is_some(),
                    "{:?} has a problem but no value",
                    err.param
                );
            }
            Outcome::Invalid
        }
        Readiness::Missing(p) => {
            prop_assert!(parsed.errors().is_empty());
            prop_assert!(raw.get(p).is_none(), "{:?} missing but given", p);
            prop_assert!(
                matches!(
                    p,
                    Param::Area | Param::Customer | Param::Kw | Param::Supply | Param::Special
                ),
                "{:?} is not a required answer",
                p
            );
            Outcome::Missing
        }
    })
}

proptest! {
    #[test]
    fn estimating_from_any_url_never_panics(pairs in url_pairs(), today in any_today()) {
        from_url(&pairs, today)?;
    }
}

#[test]
fn the_url_property_reaches_every_outcome() {
    use proptest::strategy::ValueTree;
    // The same draws as the property, from a fixed seed: most links must be complete (else the
    // property would test only the error paths), and every category must come up.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (pairs, today) = (url_pairs(), any_today());
    let mut seen: std::collections::HashMap<Outcome, u32> = std::collections::HashMap::new();
    let n = 2_000;
    for _ in 0..n {
        let p = pairs.new_tree(&mut runner).expect("draw").current();
        let t = today.new_tree(&mut runner).expect("draw").current();
        *seen
            .entry(from_url(&p, t).expect("consistent"))
            .or_default() += 1;
    }
    let ready: u32 = seen
        .iter()
        .filter(|(o, _)| matches!(o, Outcome::Ready(_)))
        .map(|(_, c)| c)
        .sum();
    assert!(
        ready * 5 >= n * 2,
        "complete answers in only {ready} of {n}: {seen:?}"
    );
    assert!(
        seen.get(&Outcome::Invalid).copied().unwrap_or(0) * 5 >= n,
        "{seen:?}"
    );
    assert!(
        seen.get(&Outcome::Missing).copied().unwrap_or(0) * 10 >= n,
        "{seen:?}"
    );
    for category in [
        "lv_residential",
        "lv_three_zero",
        "lv_standard",
        "hv_single",
        "hv_dual",
    ] {
        assert!(
            seen.get(&Outcome::Ready(category)).copied().unwrap_or(0) >= 50,
            "{category}: {seen:?}"
        );
    }
}
