use super::*;
use crate::calendar::{parse_iso, Closure};
use crate::policy::answers::Choice;
use crate::policy::rules::{Category, StepId};

fn both() -> [&'static Text; 2] {
    ensure_all_for_tests();
    [Lang::Zh.text(), Lang::En.text()]
}

#[test]
fn languages_round_trip_and_english_loads() {
    for l in [Lang::Zh, Lang::En] {
        assert_eq!(Lang::from_key(l.key()), Some(l));
        assert_eq!(l.other().other(), l);
    }
    assert_eq!(Lang::from_key("fr"), None);
    let [zh, en] = both();
    assert_eq!((zh.lang(), en.lang()), (Lang::Zh, Lang::En));
    assert!(Lang::En.is_loaded());
    assert_eq!(en.app_title(), "Electricity Connection Estimator");
    assert_eq!(en.sep_list(), ", ", "a trailing \\s keeps its space");
}

#[test]
fn a_broken_english_file_is_refused() {
    // A file from another release: a key too many or too few is refused, not shown as blanks.
    assert!(slots(Pack::Core, SOURCES_FOR_TESTS[1].2).is_ok());
    assert!(slots(Pack::Result, SOURCES_FOR_TESTS[2].2).is_ok());
    let missing = SOURCES_FOR_TESTS[1]
        .2
        .replace("app.title =", "# app.title =");
    let missing: &'static str = Box::leak(missing.into_boxed_str());
    assert_eq!(
        slots(Pack::Core, missing).err().as_deref(),
        Some("lacks app.title")
    );
    let extra: &'static str =
        Box::leak(format!("{}\nbogus.key = x", SOURCES_FOR_TESTS[1].2).into_boxed_str());
    assert_eq!(
        slots(Pack::Core, extra).err().as_deref(),
        Some("unknown key bogus.key")
    );
    assert!(parse("no equals sign").is_err());
    assert!(parse("a = 1\na = 2").is_err());
    assert_eq!(placeholders("{b} and {a} and {b}"), ["a", "b"]);
    assert_eq!(unescape("x:\\s"), "x: ");
}

/// Every message the interface can say, in both languages: none missing (a missing key
/// panics in debug builds), none left with a `{placeholder}` unfilled.
#[test]
fn every_message_exists_and_is_filled_in() {
    let d = parse_iso("2026-02-14").expect("date");
    let kw = Kw::whole(160).expect("kw");
    for t in both() {
        let mut all: Vec<String> = Vec::new();
        let mut push = |s: &str| all.push(s.to_string());
        push(&t.link_problem("lang", "fr"));
        push(&t.link_problem("mode", "kisok"));
        for s in [
            t.app_title(),
            t.app_subtitle(),
            t.lang_other(),
            t.lang_other_aria(),
            t.lang_en_unavailable(),
            t.elder(),
            t.elder_hint(),
            t.skip(),
            t.footer(),
            t.hotline_power(),
            t.hotline_regulator(),
            t.start_lead(),
            t.start_button(),
            t.start_privacy(),
            t.start_time(),
            t.start_resume(),
            t.back(),
            t.next(),
            t.not_sure(),
            t.term_label(),
            t.district_hint(),
            t.town_label(),
            t.town_choose(),
            t.town_none(),
            t.area_why(),
            t.kw_label(),
            t.kw_unit(),
            t.kw_typical(),
            t.metres_label(),
            t.design_days_label(),
            t.works_days_label(),
            t.date_label(),
            t.date_today(),
            t.helper_toggle(),
            t.helper_intro(),
            t.helper_empty(),
            t.summary_title(),
            t.summary_hint(),
            t.change(),
            t.not_answered(),
            t.see_result(),
            t.result_title(),
            t.whole_process_none(),
            &t.whole_process_own_works("d"),
            t.basis(),
            t.basis_original(),
            t.timeline_title(),
            t.timeline_visual(),
            t.party_company(),
            t.party_you(),
            t.own_works_undated(),
            t.own_works_add(),
            t.starred(),
            t.counting(),
            t.documents_title(),
            t.documents_may_follow(),
            t.documents_only_these(),
            t.approval_title(),
            t.approval_possible(),
            t.approval_decide_by(),
            t.approval_parallel_to_works(),
            t.approval_not_set(),
            &t.approval_not_set_why(),
            &t.until_whole_process_line(WorkingDays::whole(2), WorkingDays::whole(6), "d"),
            &t.references(&["附件1", "附件1 注2", "二(二)1", "台账15"]),
            t.cost_title(),
            t.apply_title(),
            t.hotlines_title(),
            t.service_title(),
            t.reliability_title(),
            t.rights_title(),
            t.refine_title(),
            t.refine_own_works(),
            t.refine_date(),
            t.whatif_title(),
            t.whatif_intro(),
            t.whatif_now(),
            t.whatif_assumed(),
            t.print(),
            t.download(),
            t.restart(),
            t.finish(),
            t.qr(),
            t.track_title(),
            t.track_intro(),
            t.track_finished(),
            t.track_whole(),
            t.track_missed(),
            t.track_copy(),
            t.track_copied(),
            t.track_bad_date(),
            t.idle_title(),
            t.idle_stay(),
        ] {
            push(s);
        }
        [
            t.start_point_1(),
            t.start_point_2(),
            t.start_point_3(),
            t.start_point_4(),
        ]
        .iter()
        .chain(t.special_list().iter())
        .chain(t.whatif_rows().iter())
        .for_each(|s| push(s));
        t.kw_typical_values().iter().for_each(|(_, s)| push(s));
        for q in Question::ALL {
            push(t.question_title(q));
            push(t.question_hint(q));
            push(t.question_term(q));
        }
        for d in crate::divisions::districts() {
            push(&t.district_name(d.code, d.name));
        }
        for opts in [
            t.area_options().to_vec(),
            t.customer_options().to_vec(),
            t.usage_options().to_vec(),
            t.supply_options().to_vec(),
            t.special_options().to_vec(),
            t.builder_options().to_vec(),
            t.city_core_options().to_vec(),
        ] {
            opts.iter().for_each(|o| push(o.label));
        }
        Area::ALL.iter().for_each(|a| push(t.area(*a)));
        Customer::ALL.iter().for_each(|c| push(t.customer(*c)));
        Usage::ALL.iter().for_each(|u| push(t.usage(*u)));
        Supply::ALL.iter().for_each(|s| push(t.supply(*s)));
        Builder::ALL.iter().for_each(|b| push(t.builder(*b)));
        for e in crate::policy::equipment::EQUIPMENT {
            push(t.equipment(e.id));
        }
        for p in Param::ALL {
            for problem in [
                Problem::NotANumber,
                Problem::NotPositive,
                Problem::Negative,
                Problem::TooLarge { max: 5 },
                Problem::NotWhole,
                Problem::Separators,
                Problem::Unknown {
                    allowed: &["a", "b"],
                },
                Problem::NotADate,
                Problem::NoSuchDate,
                Problem::BeforePolicy,
                Problem::TooLate,
                Problem::UnknownDistrict,
                Problem::UnknownTown,
                Problem::TownOutsideDistrict,
            ] {
                push(&t.problem(p, problem));
            }
        }
        for phase in [Phase::Y2022, Phase::From2023] {
            for area in Area::ALL {
                push(&t.kw_line_for(phase, Some(*area), kw));
                for c in [Connection::LowVoltage, Connection::HighVoltage] {
                    push(&t.connection_reason(c, "12.5", kw, phase, *area, false));
                    push(&t.connection_reason(c, "12.5", kw, phase, *area, true));
                    push(&t.kw_feedback("12.5", c, kw));
                }
                push(&t.reliability_target(*area, 5, area.is_city(), 3));
            }
        }
        for tier in [Tier::ThreeZero, Tier::ThreeSave, Tier::Standard] {
            push(t.tier(tier));
            push(t.tier_promise(tier));
        }
        for c in Category::ALL {
            push(t.category(c));
            for s in StepId::ALL {
                push(t.step_name(s, c));
                push(t.step_what(s, c));
            }
        }
        for doc in [
            Document::IdDocument,
            Document::PropertyDocument,
            Document::ProjectApproval,
            Document::DesignerQualification,
            Document::Design,
            Document::ContractorQualification,
            Document::ConcealedWorksRecords,
            Document::CompletionReport,
        ] {
            push(t.document(doc));
            push(&t.one_document(doc));
        }
        for p in ApprovalPath::ALL {
            push(t.approval_path(p));
            push(t.approval_desc(p));
            push(&t.approval_time(p.days()));
        }
        for h in ApprovalHandler::ALL {
            push(t.approval_handler(h));
        }
        for u in Usage::ALL {
            for c in [
                CostItem::HvPriority(*u),
                CostItem::PriorityIsForHighVoltage(*u),
            ] {
                push(&t.cost_item(c));
            }
        }
        for c in [
            CostItem::ZeroInvestment,
            CostItem::ZeroInvestmentNotNarrowed,
            CostItem::OwnSideWorks,
            CostItem::HvBoundaryBySupplyPlan,
            CostItem::HvSupplyPlanPrinciples,
            CostItem::HvInvestmentExtended,
            CostItem::TemporaryRental,
            CostItem::LawfulFeesOnly,
        ] {
            push(&t.cost_item(c));
        }
        for c in [
            Channel::Online,
            Channel::OnlineIdentity(Customer::Household),
            Channel::OnlineIdentity(Customer::SmallMicro),
            Channel::GovernmentServiceCentre,
            Channel::ProgressOnline,
        ] {
            push(t.channel(c));
        }
        for r in crate::policy::Reading::ALL {
            push(&t.reading(r));
        }
        push(t.service(ServiceModel::OnePlusNTeam));
        push(t.service(ServiceModel::GridManager));
        for r in [
            Right::NoExtraSteps,
            Right::NoExtraDocuments,
            Right::NoForcedUndertaking,
            Right::FreeChoiceOfChannel,
            Right::NoUnlawfulFees,
            Right::NoArbitraryDisconnection,
            Right::PublishedInformation,
            Right::HonestRecords,
            Right::OutageNotices,
        ] {
            push(t.right(r));
        }
        for trig in [
            Trigger::DesignSubmitted,
            Trigger::InspectionRequested,
            Trigger::WorksCompleted,
        ] {
            push(&t.after_customer(trig, WorkingDays::whole(3)));
            push(t.track_started(trig));
        }
        for c in [
            Change::Kw(kw),
            Change::Supply(Supply::Dual),
            Change::Supply(Supply::Single),
            Change::Special(true),
            Change::Special(false),
            Change::LineM(201),
            Change::DigM(100),
        ] {
            push(&t.whatif_change(c));
        }
        for st in [
            Status::Waiting,
            Status::Running { due: d, left: 0 },
            Status::Running { due: d, left: 2 },
            Status::Overdue { due: d, late: 1 },
            Status::OnTime {
                due: d,
                finished: d,
            },
            Status::Late {
                due: d,
                finished: d,
                late: 3,
            },
            Status::FinishedBeforeStart {
                start: d,
                finished: d,
            },
            Status::DuePassed { due: d },
            Status::Finished { finished: d },
            Status::Blocked,
            Status::FinishedAfterToday { finished: d },
            Status::StartedAfterToday { started: d },
            Status::StartedBeforePrevious {
                previous: d,
                started: d,
            },
        ] {
            push(&t.track_status(&st));
        }
        for step in [Some("x"), None] {
            push(&t.track_summary_line(step, "a", WorkingDays::whole(2), "b", Some("c"), 1, "ref"));
            push(&t.track_summary_line(step, "a", WorkingDays::whole(2), "b", None, 1, "ref"));
        }
        push(t.track_summary_close());
        push(&t.closure(
            &Closure {
                from: d,
                to: d,
                days: 9,
                holiday: Some("春节"),
            },
            "a",
            "b",
        ));
        push(&t.closure(
            &Closure {
                from: d,
                to: d,
                days: 2,
                holiday: None,
            },
            "a",
            "b",
        ));
        for s in [
            t.call("95598"),
            t.step_of("1", "9"),
            t.area_suggestion("x", Area::Rural),
            t.helper_line_for("x", 2, "1"),
            t.helper_connected("1"),
            t.helper_unreadable("x"),
            t.helper_result("1", "0.8", "1"),
            t.helper_use("1"),
            t.supplier_days_total(WorkingDays::whole(3)),
            t.whole_process_by(WorkingDays::whole(6), "d"),
            t.days_n(WorkingDays::from_halves(3)),
            t.calendar_days(1),
            t.calendar_days(30),
            t.must_finish_by("d"),
            t.counted_from("d"),
            t.own_works_dated_span("a", "b", 1, 60),
            t.provisional_year(2027),
            t.printed_on("d"),
            t.idle_countdown(20),
            t.date(d),
            t.holiday("春节").to_string(),
            t.metres_n(50),
            t.zero_investment(true).to_string(),
            t.zero_investment(false).to_string(),
        ] {
            push(&s);
        }
        for clause in crate::policy::clause::ALL {
            if let Some(en) = t.clause(clause) {
                push(en);
            }
        }
        for s in &all {
            assert!(
                !s.contains('{') && !s.contains('}'),
                "{:?}: unfilled placeholder in {s:?}",
                t.lang()
            );
        }
        assert!(all.len() > 500, "{}", all.len());
    }
}

#[test]
fn english_is_english() {
    let [_, en] = both();
    for q in Question::ALL {
        assert!(
            en.question_title(q).is_ascii(),
            "{q:?}: {}",
            en.question_title(q)
        );
    }
    for s in [
        en.start_lead(),
        en.start_button(),
        en.next(),
        en.back(),
        en.result_title(),
    ] {
        assert!(s.is_ascii(), "{s}");
    }
    assert_eq!(en.days_n(WorkingDays::whole(1)), "1 working day");
    assert_eq!(en.days_n(WorkingDays::from_halves(3)), "1.5 working days");
    assert_eq!(en.calendar_days(1), "1 day");
    assert_eq!(
        en.district_name(341302, "埇桥区"),
        "Yongqiao District (埇桥区)"
    );
    assert!(en
        .one_document(Document::IdDocument)
        .contains("with a valid identity document"));
    assert_eq!(
        en.clause(&crate::policy::clause::HOTLINES)
            .map(|s| s.starts_with("The 12398")),
        Some(true)
    );
}

#[test]
fn dates_read_naturally() {
    let [zh, en] = both();
    let d = parse_iso("2026-02-14").expect("date");
    assert_eq!(zh.date(d), "2026年2月14日（星期六）");
    assert_eq!(en.date(d), "Sat 14 Feb 2026");
    assert_eq!(en.holiday("春节"), "Spring Festival");
    assert_eq!(zh.holiday("春节"), "春节");
    assert_eq!(zh.district_name(341302, "埇桥区"), "埇桥区");
    assert_eq!(zh.clause(&crate::policy::clause::HOTLINES), None);
    let _ = StepId::Acceptance.key();
    let _ = Area::KEYS;
}

#[test]
fn the_kiosk_countdown_counts_in_words_that_fit_the_number() {
    let [zh, en] = both();
    assert_eq!(
        en.idle_countdown(1),
        "To protect your information, all answers will be cleared in 1 second and the start screen will return."
    );
    assert!(en.idle_countdown(20).contains("in 20 seconds"));
    assert_eq!(
        zh.idle_countdown(1),
        "为保护您的信息，1 秒后将清除所有回答并回到首页。"
    );
    assert!(zh.idle_countdown(20).contains("20 秒后"));
}

#[test]
fn the_capacity_helper_counts_in_the_page_language() {
    let [zh, en] = both();
    assert_eq!(
        zh.helper_line_for("交流充电桩", 2, "14"),
        "交流充电桩 × 2 = 14 千瓦"
    );
    assert_eq!(
        en.helper_line_for("AC charger", 2, "14"),
        "AC charger × 2 = 14 kW"
    );
}

#[test]
fn clause_references_read_in_english() {
    for (zh, en) in [
        ("附件1", "Annex 1"),
        ("附件1 注3", "Annex 1, note 3"),
        ("一", "Part 1"),
        ("二(一)2", "Part 2 (1), item 2"),
        ("二(五)3", "Part 2 (5), item 3"),
        ("台账15", "Task list, item 15"),
        ("民法典 第二百零一条", "Civil Code, Article 201"),
    ] {
        assert_eq!(reference_en(zh), en);
    }
    // Every reference the engine cites has an English name, and Chinese keeps the original.
    let [zh, en_text] = both();
    for c in crate::policy::clause::ALL {
        let en = en_text.reference(c.reference);
        assert!(
            !en.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{} → {en}",
            c.reference
        );
        assert_eq!(zh.reference(c.reference), c.reference);
    }
}

/// Messages with several values of the same kind put each in its place (the generated
/// accessors take them in alphabetical order of their names).
#[test]
fn values_land_in_their_places() {
    let [zh, en] = both();
    let kw = Kw::whole(100).expect("kw");
    assert_eq!(
        zh.kw_feedback("120", Connection::HighVoltage, kw),
        "120 千瓦：超过 100 千瓦，需要高压接入。"
    );
    assert_eq!(
        zh.kw_feedback("8", Connection::LowVoltage, kw),
        "8 千瓦：不超过 100 千瓦，低压接入。"
    );
    assert!(zh
        .kw_line_for(Phase::Y2022, Some(Area::Rural), kw)
        .contains("农村地区"));
    assert!(zh
        .kw_line_for(Phase::Y2022, Some(Area::Rural), kw)
        .contains("100"));
    assert!(zh
        .area_suggestion("石林乡", Area::Rural)
        .starts_with("根据“石林乡”，建议选择“农村”"));
    assert_eq!(
        zh.problem(Param::DesignDays, Problem::TooLarge { max: 3650 }),
        "设计天数不能超过 3650 天。"
    );
    assert_eq!(
        zh.problem(Param::LineM, Problem::TooLarge { max: 100000 }),
        "线路长度不能超过 100000 米。"
    );
    assert!(en
        .problem(
            Param::Customer,
            Problem::Unknown {
                allowed: &["a", "b"]
            }
        )
        .contains("customer"));
    assert_eq!(en.step_of("2", "9"), "Step 2 of about 9");
    assert!(en
        .whatif_both_days(WorkingDays::whole(3), WorkingDays::whole(6))
        .starts_with("Company 3"));
    let d = parse_iso("2026-02-14").expect("date");
    let c = Closure {
        from: d,
        to: d,
        days: 9,
        holiday: Some("春节"),
    };
    assert!(
        en.closure(&c, "A", "B")
            .contains("Spring Festival holiday (A to B, 9 days)"),
        "{}",
        en.closure(&c, "A", "B")
    );
    let dated = en.own_works_dated_span("A", "B", 30, 60);
    assert!(dated.find("A") < dated.find("B"), "from before to: {dated}");
    assert!(zh
        .reliability_target(Area::Town, 9, false, 14)
        .contains("9"));
}

/// The files as the build serves them: texts in key order after the keys' fingerprint.
#[test]
fn served_files_fill_every_slot_and_other_releases_are_refused() {
    let served = |src: &str, fingerprint: u32| {
        let mut entries = parse(src).expect("parses");
        entries.sort_unstable_by_key(|(k, _)| *k);
        let texts: Vec<&str> = entries.iter().map(|(_, t)| *t).collect();
        format!("#bandian-text {fingerprint:08x}\n{}\n", texts.join("\n"))
    };
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let en = leak(served(SOURCES_FOR_TESTS[1].2, generated::CORE_FINGERPRINT));
    let keyed = slots(Pack::Core, SOURCES_FOR_TESTS[1].2).expect("keyed");
    assert_eq!(ordered_slots(Pack::Core, en).expect("ordered"), keyed);
    let result = leak(served(
        SOURCES_FOR_TESTS[2].2,
        generated::RESULT_FINGERPRINT,
    ));
    assert_eq!(
        ordered_slots(Pack::Result, result).expect("ordered"),
        slots(Pack::Result, SOURCES_FOR_TESTS[2].2).expect("keyed")
    );
    // Another release's keys, a missing line, the keyed file itself: refused.
    let other = leak(served(
        SOURCES_FOR_TESTS[1].2,
        generated::CORE_FINGERPRINT ^ 1,
    ));
    assert!(ordered_slots(Pack::Core, other).is_err());
    let short = leak(en.rsplitn(3, '\n').nth(2).expect("lines").to_string());
    assert!(ordered_slots(Pack::Core, short).is_err());
    assert!(ordered_slots(Pack::Core, SOURCES_FOR_TESTS[1].2).is_err());
    assert!(
        ordered_slots(Pack::Result, en).is_err(),
        "a core file is not a result file"
    );
}

/// A basis's references, each named once: a reference followed by its own notes is not
/// repeated ("Annex 1, Annex 1, note 2" read as three places), and English, whose names hold
/// commas, separates references with semicolons.
#[test]
fn basis_references_do_not_repeat_themselves() {
    let [zh, en] = both();
    assert_eq!(zh.references(&["附件1", "附件1 注2"]), "附件1及注2");
    assert_eq!(
        en.references(&["附件1", "附件1 注2"]),
        "Annex 1 and its note 2"
    );
    assert_eq!(
        en.references(&["附件1", "附件1 注1", "附件1 注3", "二(二)1"]),
        "Annex 1 and its note 1; Annex 1, note 3; Part 2 (2), item 1"
    );
    assert_eq!(zh.references(&["一", "台账1"]), "一、台账1");
    assert_eq!(en.references(&["一", "台账1"]), "Part 1; Task list, item 1");
    // A note alone keeps its attachment; 台账1 does not swallow 台账15.
    assert_eq!(en.references(&["附件1 注3"]), "Annex 1, note 3");
    assert_eq!(zh.references(&["台账1", "台账15"]), "台账1、台账15");
    for t in [zh, en] {
        for r in crate::policy::Reading::ALL {
            assert!(
                !t.reading(r).is_empty() && !t.reading(r).contains('{'),
                "{r:?}"
            );
        }
    }
    assert!(en
        .reading(crate::policy::Reading::Above10kvByCapacity)
        .contains("10000 kW"));
    assert_eq!(
        crate::policy::rules::ABOVE_10KV_FROM_KW_TEXT,
        crate::policy::rules::ABOVE_10KV_FROM_KW.to_string()
    );
    assert!(zh
        .reading(crate::policy::Reading::TownIsRural)
        .starts_with("我们的理解："));
    assert!(en
        .reading(crate::policy::Reading::TownIsRural)
        .starts_with("Our reading: "));
}
