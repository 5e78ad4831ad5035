//! The questions, their order and when each applies, in the manner of a Smart Answers flow:
//! one question per screen, each with a single rule for what comes next. Pure.

use crate::policy::answers::{Customer, Param, Parsed, Supply};
use crate::policy::rules::{above_10kv, decides_approval};
use crate::policy::Works;
use chrono::NaiveDate;

/// One screen's question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    /// 区/县
    District,
    /// 乡镇/街道
    Town,
    /// 中心区/市区/城镇/农村
    Area,
    /// Who is applying.
    Customer,
    /// What the power is for.
    Usage,
    /// 报装容量
    Capacity,
    /// 单电源/双电源 (high voltage)
    Supply,
    /// Important user, dedicated line, special load (high voltage)
    Special,
    /// 管线长度
    LineLength,
    /// 开挖城市道路和临时占用绿地长度
    DigLength,
    /// Inside 宿州市城区
    CityCore,
    /// Who builds the works
    Builder,
    /// The customer's own design and works durations (high voltage)
    OwnWorks,
    /// Application date
    Date,
}

impl Question {
    pub const ALL: [Question; 14] = [
        Question::District,
        Question::Town,
        Question::Area,
        Question::Customer,
        Question::Usage,
        Question::Capacity,
        Question::Supply,
        Question::Special,
        Question::LineLength,
        Question::DigLength,
        Question::CityCore,
        Question::Builder,
        Question::OwnWorks,
        Question::Date,
    ];

    /// The answer parameters this question sets.
    pub const fn params(self) -> &'static [Param] {
        match self {
            Question::District => &[Param::District],
            Question::Town => &[Param::Town],
            Question::Area => &[Param::Area],
            Question::Customer => &[Param::Customer],
            Question::Usage => &[Param::Usage],
            Question::Capacity => &[Param::Kw],
            Question::Supply => &[Param::Supply],
            Question::Special => &[Param::Special],
            Question::LineLength => &[Param::LineM],
            Question::DigLength => &[Param::DigM],
            Question::CityCore => &[Param::CityCore],
            Question::Builder => &[Param::Builder],
            Question::OwnWorks => &[Param::DesignDays, Param::WorksDays],
            Question::Date => &[Param::Date],
        }
    }

    /// The question that asks for a parameter.
    pub fn of(param: Param) -> Question {
        Question::ALL
            .into_iter()
            .find(|q| q.params().contains(&param))
            .unwrap_or(Question::Area)
    }

    /// A short stable name (history state, test hooks).
    pub const fn key(self) -> &'static str {
        match self {
            Question::District => "district",
            Question::Town => "town",
            Question::Area => "area",
            Question::Customer => "customer",
            Question::Usage => "use",
            Question::Capacity => "kw",
            Question::Supply => "supply",
            Question::Special => "special",
            Question::LineLength => "line_m",
            Question::DigLength => "dig_m",
            Question::CityCore => "city_core",
            Question::Builder => "builder",
            Question::OwnWorks => "own_works",
            Question::Date => "date",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }

    /// Required for a result (the others may be "not sure").
    pub fn is_required(self) -> bool {
        matches!(
            self,
            Question::Area
                | Question::Customer
                | Question::Capacity
                | Question::Supply
                | Question::Special
        )
    }
}

/// The works as known before question `p` is asked: its own answer and later ones cleared,
/// so that whether a question is asked depends only on the answers before it.
fn known_before(w: Works, p: Param) -> Works {
    match p {
        Param::CityCore => Works {
            city_core: None,
            builder: None,
            ..w
        },
        Param::Builder => Works { builder: None, ..w },
        _ => w,
    }
}

/// Whether a question is asked, given the answers so far. (Not inlined: every walk of the
/// questions calls it; one copy.)
#[inline(never)]
pub fn applies(q: Question, parsed: &Parsed, today: NaiveDate) -> bool {
    let high_voltage = parsed.is_high_voltage(today) == Some(true);
    // Above 10 kV the policy sets no approval path: the works decide nothing (二(一)2, 台账18).
    let above_10kv = parsed.kw.valid().is_some_and(above_10kv);
    match q {
        Question::Town => parsed.district.valid().is_some() || parsed.town.valid().is_some(),
        Question::Supply => high_voltage,
        // A dual-supply user is a multi-source user: never ordinary (附件1 注3).
        Question::Special => high_voltage && parsed.supply.valid() != Some(Supply::Dual),
        // The customer builds their own works before the connection: high voltage, and
        // low-voltage users outside 三零 (附件1 gives them no whole-process limit).
        Question::OwnWorks => {
            high_voltage
                || (parsed.is_high_voltage(today) == Some(false)
                    && parsed.customer.valid() == Some(Customer::OtherOrg))
        }
        Question::LineLength | Question::DigLength => !above_10kv,
        // Asked only when the answer could change the approval path (二(一)2).
        Question::CityCore | Question::Builder if above_10kv => false,
        // 城区 follows from the division: the four counties are outside it.
        Question::CityCore if parsed.outside_city_core() => false,
        // Households and 三零: the power company builds the works.
        Question::Builder if parsed.company_builds(today) => false,
        Question::CityCore | Question::Builder => {
            // Whether it is asked depends only on the answers before it (its own and later
            // ones cleared), and on what follows from them (the company builds for 三零).
            let p = q.params()[0];
            let mut works = known_before(parsed.works(today), p);
            if parsed.company_builds(today) {
                works.builder = Some(crate::policy::answers::Builder::Grid);
            }
            decides_approval(&works, p)
        }
        _ => true,
    }
}

/// Whether a question not (yet) asked may still be asked, as answers to earlier questions
/// come in: the questions that hang on an answer not given yet. The progress line counts
/// these, so its total does not jump up as answers add questions.
fn may_apply(q: Question, parsed: &Parsed, today: NaiveDate) -> bool {
    if applies(q, parsed, today) {
        return true;
    }
    let voltage_unknown = parsed.is_high_voltage(today).is_none();
    let kw_unknown = parsed.kw.valid().is_none();
    match q {
        Question::Town => parsed.district_code().is_none(),
        Question::Supply | Question::Special | Question::OwnWorks => voltage_unknown,
        Question::LineLength | Question::DigLength => kw_unknown,
        Question::CityCore | Question::Builder => {
            voltage_unknown || parsed.customer.valid().is_none() || parsed.district_code().is_none()
        }
        _ => false,
    }
}

/// The progress line: the question's place among those asked so far (from 1), and about how
/// many there will be — those asked so far plus those still to come that may apply. The
/// total only goes down as answers rule questions out.
pub fn progress(q: Question, parsed: &Parsed, today: NaiveDate, track: bool) -> (usize, usize) {
    let seq = sequence(parsed, today, track);
    let before = seq.iter().filter(|&&x| x < q).count();
    let rest = Question::ALL
        .into_iter()
        .filter(|&x| !track || TRACK.contains(&x))
        .filter(|&x| x >= q && (x == q || may_apply(x, parsed, today)))
        .count();
    (before + 1, before + rest)
}

/// The questions "Am I on time?" asks (`purpose=track`): only what dates the company's steps —
/// the customer, capacity and area (the category), and the application date.
pub const TRACK: [Question; 6] = [
    Question::Area,
    Question::Customer,
    Question::Capacity,
    Question::Supply,
    Question::Special,
    Question::Date,
];

/// Whether a question is asked for a purpose: the estimate asks every question that applies;
/// the tracker (`track`) only those of [`TRACK`] that apply.
pub fn asks(q: Question, parsed: &Parsed, today: NaiveDate, track: bool) -> bool {
    (!track || TRACK.contains(&q)) && applies(q, parsed, today)
}

/// The questions asked for a purpose, in order.
pub fn sequence(parsed: &Parsed, today: NaiveDate, track: bool) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|&q| asks(q, parsed, today, track))
        .collect()
}

/// The question after `q` for a purpose, or `None` when the summary (or the tracker) comes next.
pub fn next(q: Question, parsed: &Parsed, today: NaiveDate, track: bool) -> Option<Question> {
    Question::ALL
        .into_iter()
        .filter(|&n| n > q)
        .find(|&n| asks(n, parsed, today, track))
}

/// The question before `q` for a purpose, or `None` when the start screen comes before.
pub fn previous(q: Question, parsed: &Parsed, today: NaiveDate, track: bool) -> Option<Question> {
    Question::ALL
        .into_iter()
        .rev()
        .filter(|&p| p < q)
        .find(|&p| asks(p, parsed, today, track))
}

/// Whether a question has an answer that can be used or a problem to fix.
pub fn is_answered(q: Question, parsed: &Parsed) -> bool {
    q.params()
        .iter()
        .any(|&p| parsed.problem(p).is_some() || !is_missing(parsed, p))
}

fn is_missing(parsed: &Parsed, p: Param) -> bool {
    match p {
        Param::Customer => parsed.customer.is_missing(),
        Param::Usage => parsed.usage.is_missing(),
        Param::Kw => parsed.kw.is_missing(),
        Param::Area => parsed.area.is_missing(),
        Param::District => parsed.district.is_missing(),
        Param::Town => parsed.town.is_missing(),
        Param::Supply => parsed.supply.is_missing(),
        Param::Special => parsed.special.is_missing(),
        Param::LineM => parsed.line_m.is_missing(),
        Param::DigM => parsed.dig_m.is_missing(),
        Param::CityCore => parsed.city_core.is_missing(),
        Param::Builder => parsed.builder.is_missing(),
        Param::DesignDays => parsed.design_days.is_missing(),
        Param::WorksDays => parsed.works_days.is_missing(),
        Param::Date => parsed.date.is_missing(),
    }
}

/// The first question that must be (re)answered before a result: a problem first, then a
/// missing required answer.
pub fn first_blocking(parsed: &Parsed, today: NaiveDate) -> Option<Question> {
    if let Some(e) = parsed.errors().first() {
        return Some(Question::of(e.param));
    }
    parsed
        .missing_required(today)
        .first()
        .map(|&p| Question::of(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::RawAnswers;

    fn today() -> NaiveDate {
        crate::calendar::parse_iso("2026-11-26").expect("date")
    }

    fn parsed(pairs: &[(&str, &str)]) -> Parsed {
        Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied()))
    }

    fn keys(qs: &[Question]) -> Vec<&'static str> {
        qs.iter().map(|q| q.key()).collect()
    }

    #[test]
    fn a_blank_start_asks_everything_but_the_conditional_questions() {
        let p = parsed(&[]);
        assert_eq!(
            keys(&sequence(&p, today(), false)),
            [
                "district",
                "area",
                "customer",
                "use",
                "kw",
                "line_m",
                "dig_m",
                "city_core",
                "builder",
                "date"
            ]
        );
    }

    #[test]
    fn high_voltage_adds_supply_special_and_own_works() {
        let p = parsed(&[("area", "urban"), ("kw", "400"), ("district", "341302")]);
        assert_eq!(
            keys(&sequence(&p, today(), false)),
            [
                "district",
                "town",
                "area",
                "customer",
                "use",
                "kw",
                "supply",
                "special",
                "line_m",
                "dig_m",
                "city_core",
                "builder",
                "own_works",
                "date"
            ]
        );
        // Exactly 160 kW stays low voltage; 2022 rural 120 kW does not.
        let p = parsed(&[("area", "urban"), ("kw", "160")]);
        assert!(!applies(Question::Supply, &p, today()));
        let p = parsed(&[("area", "rural"), ("kw", "120"), ("date", "2022-05-01")]);
        assert!(applies(Question::Supply, &p, today()));
    }

    #[test]
    fn dual_supply_is_not_asked_about_special_users() {
        let p = parsed(&[("area", "urban"), ("kw", "400"), ("supply", "dual")]);
        let seq = keys(&sequence(&p, today(), false));
        assert!(
            seq.contains(&"supply") && !seq.contains(&"special"),
            "{seq:?}"
        );
        assert_eq!(first_blocking(&p, today()), Some(Question::Customer));
        let p = parsed(&[
            ("area", "urban"),
            ("customer", "other_org"),
            ("kw", "400"),
            ("supply", "dual"),
        ]);
        assert_eq!(first_blocking(&p, today()), None, "nothing left to ask");
    }

    #[test]
    fn own_works_are_asked_where_the_customer_builds_before_the_connection() {
        let lv =
            |customer: &str| parsed(&[("area", "urban"), ("kw", "50"), ("customer", customer)]);
        assert!(applies(Question::OwnWorks, &lv("other_org"), today()));
        assert!(!applies(Question::OwnWorks, &lv("small_micro"), today()));
        assert!(!applies(Question::OwnWorks, &lv("household"), today()));
        let hv = parsed(&[("area", "urban"), ("kw", "400"), ("customer", "household")]);
        assert!(applies(Question::OwnWorks, &hv, today()));
    }

    #[test]
    fn above_10kv_the_works_decide_nothing_and_are_not_asked() {
        for kw in ["10000.001", "20000"] {
            let p = parsed(&[
                ("area", "urban"),
                ("kw", kw),
                ("dig_m", "30"),
                ("city_core", "1"),
            ]);
            for q in [
                Question::LineLength,
                Question::DigLength,
                Question::CityCore,
                Question::Builder,
            ] {
                assert!(!applies(q, &p, today()), "{kw} {q:?}");
            }
        }
        let p = parsed(&[("area", "urban"), ("kw", "10000")]);
        assert!(applies(Question::LineLength, &p, today()));
    }

    #[test]
    fn works_questions_that_cannot_change_the_path_are_skipped() {
        // No digging: nothing to approve, whatever the rest.
        let p = parsed(&[("dig_m", "0")]);
        assert!(!applies(Question::CityCore, &p, today()));
        assert!(!applies(Question::Builder, &p, today()));
        // Over 100 m of digging: parallel approval whatever the rest.
        let p = parsed(&[("dig_m", "150")]);
        assert!(!applies(Question::CityCore, &p, today()));
        // 30 m of digging: inside the city core, the builder decides.
        let p = parsed(&[("dig_m", "30"), ("city_core", "1")]);
        assert!(applies(Question::Builder, &p, today()));
        let p = parsed(&[("dig_m", "30"), ("city_core", "0")]);
        assert!(!applies(Question::Builder, &p, today()));
        // An answered question stays asked while it matters.
        let p = parsed(&[("dig_m", "30"), ("city_core", "1"), ("builder", "own")]);
        assert!(applies(Question::CityCore, &p, today()));
    }

    #[test]
    fn next_and_previous_walk_the_sequence() {
        let p = parsed(&[("area", "urban"), ("kw", "10")]);
        let seq = sequence(&p, today(), false);
        for w in seq.windows(2) {
            assert_eq!(next(w[0], &p, today(), false), Some(w[1]));
            assert_eq!(previous(w[1], &p, today(), false), Some(w[0]));
        }
        assert_eq!(next(Question::Date, &p, today(), false), None);
        assert_eq!(previous(Question::District, &p, today(), false), None);
        // Town is skipped when no district is known.
        assert_eq!(
            next(Question::District, &p, today(), false),
            Some(Question::Area)
        );
    }

    #[test]
    fn the_first_blocking_question() {
        assert_eq!(first_blocking(&parsed(&[]), today()), Some(Question::Area));
        assert_eq!(
            first_blocking(&parsed(&[("area", "urban")]), today()),
            Some(Question::Customer)
        );
        let p = parsed(&[("area", "urban"), ("customer", "household"), ("kw", "abc")]);
        assert_eq!(first_blocking(&p, today()), Some(Question::Capacity));
        let p = parsed(&[
            ("area", "urban"),
            ("customer", "household"),
            ("kw", "5"),
            ("date", "2019-01-01"),
        ]);
        assert_eq!(first_blocking(&p, today()), Some(Question::Date));
        let p = parsed(&[
            ("area", "urban"),
            ("customer", "household"),
            ("kw", "500"),
            ("supply", "single"),
        ]);
        assert_eq!(first_blocking(&p, today()), Some(Question::Special));
        let p = parsed(&[("area", "urban"), ("customer", "household"), ("kw", "5")]);
        assert_eq!(first_blocking(&p, today()), None);
    }

    #[test]
    fn every_param_has_its_question() {
        for p in Param::ALL {
            assert!(Question::of(p).params().contains(&p), "{p:?}");
        }
        for q in Question::ALL {
            assert_eq!(Question::from_key(q.key()), Some(q));
        }
    }

    #[test]
    fn answered_includes_invalid_answers() {
        let p = parsed(&[("kw", "abc"), ("line_m", "20")]);
        assert!(is_answered(Question::Capacity, &p));
        assert!(is_answered(Question::LineLength, &p));
        assert!(!is_answered(Question::DigLength, &p));
        let p = parsed(&[("works_d", "20")]);
        assert!(is_answered(Question::OwnWorks, &p));
    }

    #[test]
    fn households_and_three_zero_are_not_asked_who_builds() {
        for customer in ["household", "small_micro"] {
            let p = parsed(&[
                ("area", "urban"),
                ("kw", "20"),
                ("customer", customer),
                ("dig_m", "30"),
                // Given in a link: ignored, not an error.
                ("builder", "own"),
            ]);
            assert!(!applies(Question::Builder, &p, today()), "{customer}");
            // The company builds: 城区 still decides the path (告知承诺 or 备案).
            assert!(applies(Question::CityCore, &p, today()), "{customer}");
            assert_eq!(first_blocking(&p, today()), None);
            match p.readiness(today()) {
                crate::policy::Readiness::Ready(a) => {
                    assert_eq!(a.works.builder, Some(crate::policy::answers::Builder::Grid))
                }
                other => panic!("{other:?}"),
            }
        }
        // Other organisations, and high voltage, are asked.
        let p = parsed(&[
            ("area", "urban"),
            ("kw", "20"),
            ("customer", "other_org"),
            ("dig_m", "30"),
            ("city_core", "1"),
        ]);
        assert!(applies(Question::Builder, &p, today()));
        let p = parsed(&[
            ("area", "urban"),
            ("kw", "400"),
            ("customer", "household"),
            ("dig_m", "30"),
            ("city_core", "1"),
        ]);
        assert!(applies(Question::Builder, &p, today()));
    }

    #[test]
    fn a_county_is_not_asked_about_the_city_core() {
        for district in ["341321", "341322", "341323", "341324"] {
            let p = parsed(&[
                ("district", district),
                ("area", "town"),
                ("kw", "20"),
                ("customer", "other_org"),
                ("dig_m", "30"),
                ("city_core", "1"),
            ]);
            assert!(!applies(Question::CityCore, &p, today()), "{district}");
            match p.readiness(today()) {
                crate::policy::Readiness::Ready(a) => assert_eq!(a.works.city_core, Some(false)),
                other => panic!("{other:?}"),
            }
        }
        // 埇桥区, or no district given: asked.
        let p = parsed(&[("district", "341302"), ("dig_m", "30")]);
        assert!(applies(Question::CityCore, &p, today()));
        let p = parsed(&[("dig_m", "30")]);
        assert!(applies(Question::CityCore, &p, today()));
        // A township of a county counts as that county.
        let county_town = crate::divisions::townships(341321)
            .next()
            .expect("a township");
        let code = county_town.code.to_string();
        let p = parsed(&[("town", code.as_str()), ("dig_m", "30")]);
        assert!(!applies(Question::CityCore, &p, today()));
    }

    #[test]
    fn households_are_not_offered_campaign_or_park_usage() {
        use crate::policy::Usage;
        let offered = |p: &Parsed, u| Parsed::usage_applies(p.customer.valid(), u);
        let p = parsed(&[("customer", "household")]);
        assert!(offered(&p, Usage::General) && offered(&p, Usage::EvCharging));
        assert!(!offered(&p, Usage::Campaign));
        assert!(!offered(&p, Usage::ParkElectrification));
        let p = parsed(&[("customer", "small_micro")]);
        assert!(offered(&p, Usage::Campaign));
        // Given in a link for a household: ignored.
        let p = parsed(&[
            ("customer", "household"),
            ("area", "urban"),
            ("kw", "8"),
            ("use", "campaign"),
        ]);
        match p.readiness(today()) {
            crate::policy::Readiness::Ready(a) => assert_eq!(a.usage, None),
            other => panic!("{other:?}"),
        }
    }

    /// The progress total never goes up as answers come in, and ends at the questions asked.
    #[test]
    fn the_progress_total_does_not_jump_up() {
        let walks: [&[(&str, &str)]; 4] = [
            &[
                ("district", "341302"),
                ("town", "341302001"),
                ("area", "urban"),
                ("customer", "other_org"),
                ("use", "general"),
                ("kw", "400"),
                ("supply", "single"),
                ("special", "0"),
                ("line_m", "50"),
                ("dig_m", "30"),
                ("city_core", "1"),
                ("builder", "own"),
                ("design_d", "10"),
                ("date", "2026-11-20"),
            ],
            &[
                ("district", "341321"),
                ("area", "town"),
                ("customer", "household"),
                ("use", "general"),
                ("kw", "8"),
                ("line_m", "10"),
                ("dig_m", "30"),
                ("date", "2026-11-20"),
            ],
            &[
                ("area", "urban"),
                ("customer", "small_micro"),
                ("kw", "20"),
                ("line_m", "0"),
                ("dig_m", "0"),
                ("date", "2026-11-20"),
            ],
            &[
                ("area", "rural"),
                ("customer", "other_org"),
                ("kw", "20000"),
                ("supply", "dual"),
                ("date", "2026-11-20"),
            ],
        ];
        for walk in walks {
            let mut given: Vec<(&str, &str)> = Vec::new();
            let mut last_total = usize::MAX;
            let mut asked = 0;
            loop {
                let p = parsed(&given);
                // The first question not yet answered, in order.
                let Some(q) = sequence(&p, today(), false).into_iter().find(|q| {
                    !q.params()
                        .iter()
                        .any(|pm| given.iter().any(|(k, _)| *k == pm.key()))
                }) else {
                    assert_eq!(last_total, asked, "{walk:?}");
                    break;
                };
                let (pos, total) = progress(q, &p, today(), false);
                asked += 1;
                assert_eq!(pos, asked, "{walk:?} {q:?}");
                assert!(
                    total <= last_total,
                    "{walk:?} {q:?}: {total} after {last_total}"
                );
                assert!(pos <= total);
                last_total = total;
                let answers: Vec<_> = walk
                    .iter()
                    .filter(|(k, _)| q.params().iter().any(|pm| pm.key() == *k))
                    .copied()
                    .collect();
                if answers.is_empty() {
                    // Not sure: skipped.
                    given.push((q.params()[0].key(), ""));
                } else {
                    given.extend(answers);
                }
            }
        }
    }

    #[test]
    fn the_tracker_asks_only_what_dates_the_steps() {
        let p = parsed(&[("district", "341302")]);
        assert_eq!(
            keys(&sequence(&p, today(), true)),
            ["area", "customer", "kw", "date"]
        );
        let p = parsed(&[("area", "urban"), ("kw", "400")]);
        assert_eq!(
            keys(&sequence(&p, today(), true)),
            ["area", "customer", "kw", "supply", "special", "date"]
        );
        assert_eq!(
            next(Question::Capacity, &p, today(), true),
            Some(Question::Supply)
        );
        assert_eq!(previous(Question::Area, &p, today(), true), None);
        assert_eq!(
            progress(Question::Area, &parsed(&[]), today(), true),
            (1, 6)
        );
        assert_eq!(
            progress(
                Question::Date,
                &parsed(&[("area", "urban"), ("kw", "20"), ("customer", "household")]),
                today(),
                true
            ),
            (4, 4)
        );
    }
}
