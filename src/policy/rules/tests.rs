use super::*;
use crate::calendar::{iso, parse_iso, Official, WeekendsOnly};
use crate::policy::answers::{Parsed, RawAnswers, Readiness, Works};
use crate::policy::clause::{Clause, Source, ALL};

const SEED: &str = include_str!("../../../data/policy-seed.txt");

fn today() -> NaiveDate {
    parse_iso("2026-11-26").expect("date")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    match Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied())).readiness(today()) {
        Readiness::Ready(a) => a,
        other => panic!("{pairs:?}: {other:?}"),
    }
}

fn est(pairs: &[(&str, &str)]) -> Estimate {
    estimate(&answers(pairs), &Official)
}

fn ids(e: &Estimate) -> Vec<&'static str> {
    e.steps.iter().map(|s| s.id.key()).collect()
}

fn dues(e: &Estimate) -> Vec<Option<String>> {
    e.steps.iter().map(|s| s.due().map(iso)).collect()
}

// ── The seed itself ──────────────────────────────────────────────────────────────────────────

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)?;
    let rest = &s[from..];
    let to = rest[start.len()..]
        .find(end)
        .map_or(rest.len(), |i| i + start.len());
    Some(&rest[..to])
}

const CN_NUM: [&str; 6] = ["一", "二", "三", "四", "五", "六"];

/// The text of a clause reference in the seed: `一`, `二(一)2`, `附件1`, `附件1 注3`, `台账15`.
fn locate(reference: &str) -> Option<&'static str> {
    let body = SEED.split("附件：1.").next()?;
    if let Some(row) = reference.strip_prefix("台账") {
        let n: usize = row.parse().ok()?;
        let ledger = &SEED[SEED.rfind("附件2")?..];
        return between(ledger, &format!("\n\t{n}\n"), &format!("\n\t{}\n", n + 1));
    }
    if let Some(rest) = reference.strip_prefix("附件1") {
        let att = between(SEED, "附件1\n", "附件2")?;
        return match rest.trim().strip_prefix('注') {
            None => Some(att),
            Some(n) => {
                let n: usize = n.parse().ok()?;
                let notes = &att[att.find("注：")?..];
                between(notes, &format!("{n}."), &format!("{}.", n + 1))
            }
        };
    }
    // Sections: 一 / 二(一)2.
    let section = reference.chars().next()?.to_string();
    let si = CN_NUM.iter().position(|c| *c == section)?;
    let sec = between(
        body,
        &format!("{section}、"),
        &format!("\n{}、", CN_NUM[si + 1]),
    )?;
    let Some(part) = reference.split_once('(').map(|(_, p)| p) else {
        return Some(sec);
    };
    let (part_name, item) = part.split_once(')')?;
    let pi = CN_NUM.iter().position(|c| *c == part_name)?;
    let part_text = between(
        sec,
        &format!("（{part_name}）"),
        &format!("（{}）", CN_NUM[pi + 1]),
    )?;
    if item.is_empty() {
        return Some(part_text);
    }
    let n: usize = item.parse().ok()?;
    between(part_text, &format!("\n{n}."), &format!("\n{}.", n + 1))
}

#[test]
fn every_clause_quote_is_in_the_seed_where_its_reference_says() {
    crate::i18n::ensure_all_for_tests();
    for clause in ALL {
        let zh = crate::i18n::clause_original(clause);
        assert!(!zh.is_empty(), "{}: no passage in zh.result.txt", clause.id);
        if clause.source != Source::Policy {
            continue;
        }
        let span = locate(clause.reference)
            .unwrap_or_else(|| panic!("{} not found in the seed", clause.reference));
        let quote = if clause.reference == "附件1" {
            // Rows are rendered "label：column value, …": the label must be a row of the table.
            zh.split('：').next().unwrap_or_default().to_string()
        } else {
            zh.to_string()
        };
        assert!(
            squash(span).contains(&squash(&quote)),
            "{}: {zh:?} is not in {span:?}",
            clause.reference
        );
        let en = crate::i18n::Lang::En
            .text()
            .clause(clause)
            .unwrap_or_default();
        assert!(
            !en.is_empty() && !en.starts_with("clause."),
            "{}: no English rendering",
            clause.id
        );
    }
}

#[test]
fn locate_finds_the_right_places() {
    assert!(locate("二(一)2").is_some_and(|s| s.contains("并联审批")));
    assert!(locate("二(五)3").is_some_and(|s| s.contains("12398")));
    assert!(locate("台账15").is_some_and(|s| s.contains("备案制") && !s.contains("业务代办")));
    assert!(locate("台账62").is_some());
    assert!(locate("附件1 注3").is_some_and(|s| s.contains("非重要电力用户")));
    assert!(locate("一").is_some_and(|s| s.contains("年均停电时间")));
    assert!(locate("二(一)3").is_none());
    assert!(locate("台账63").is_none());
}

/// The cells of a 附件1 row in the seed, after its label.
fn seed_row(label: &str) -> Vec<String> {
    let att = between(SEED, "附件1\n", "注：").expect("附件1");
    let lines: Vec<&str> = att.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == label)
        .unwrap_or_else(|| panic!("row {label}"));
    lines[at + 1..at + 8]
        .iter()
        .map(|l| l.trim().to_string())
        .collect()
}

fn digits(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect()
}

#[test]
fn attachment_1_matches_the_seed() {
    let labels = [
        "低压居民用户",
        "实行“三零”服务的低压非居民用户",
        "未实行“三零”服务的低压非居民用户",
        "高压单电源用户",
        "高压双电源用户",
    ];
    for (cat, label) in Category::ALL.iter().zip(labels) {
        let row = cat.row();
        let cells = seed_row(label);
        let none = |s: &str| s.is_empty() || s == "--";
        let num = |s: &str| -> Option<u32> {
            if none(s) {
                None
            } else {
                s.trim_end_matches('*').parse().ok()
            }
        };
        assert_eq!(num(&cells[0]), Some(row.acceptance), "{label} 业务受理");
        assert_eq!(num(&cells[1]), row.supply_plan, "{label} 供电方案答复");
        assert_eq!(num(&cells[2]), row.design_review, "{label} 设计审查");
        assert_eq!(num(&cells[3]), row.mid_inspection, "{label} 中间检查");
        assert_eq!(
            num(&cells[4]),
            Some(row.connection),
            "{label} 竣工检验与装表接电"
        );
        let totals = digits(&cells[5]);
        assert_eq!(totals.first().copied(), Some(row.total), "{label} 合计");
        assert_eq!(totals.get(1).copied(), row.total_starred, "{label} 合计*");
        assert_eq!(num(&cells[6]), row.whole_process, "{label} 全过程");
        // Starred cells are exactly the optional ones.
        assert_eq!(cells[2].ends_with('*'), row.design_review.is_some());
        // The rendered quote carries the same numbers as the seed's row.
        crate::i18n::ensure_all_for_tests();
        let quote = crate::i18n::clause_original(row.clause)
            .split('：')
            .nth(1)
            .and_then(|q| q.split("（单位").next())
            .unwrap_or_default();
        let seed_numbers: Vec<u32> = cells.iter().flat_map(|c| digits(c)).collect();
        assert_eq!(digits(quote), seed_numbers, "{label}");
        // And the row's total is the sum of its own steps.
        let base = row.acceptance + row.supply_plan.unwrap_or(0) + row.connection;
        assert_eq!(base, row.total, "{label}");
        let starred = base + row.design_review.unwrap_or(0) + row.mid_inspection.unwrap_or(0);
        assert_eq!(row.total_starred.unwrap_or(base), starred, "{label}");
    }
}

// ── The contract's example, exactly ──────────────────────────────────────────────────────────

#[test]
fn the_contract_example() {
    let e = est(&[
        ("customer", "small_micro"),
        ("kw", "120"),
        ("area", "rural"),
        ("line_m", "50"),
        ("dig_m", "20"),
        ("city_core", "0"),
        ("builder", "grid"),
        ("date", "2026-11-26"),
    ]);
    let v: serde_json::Value = serde_json::from_str(&e.to_json()).expect("json");
    let expected: serde_json::Value = serde_json::from_str(
        r#"{
          "schema": 1,
          "policy": "宿发改能源函〔2021〕37号",
          "input": { "customer": "small_micro", "kw": 120, "area": "rural", "line_m": 50, "dig_m": 20, "city_core": false, "builder": "grid", "date": "2026-11-26" },
          "category": "lv_three_zero",
          "tier": "three_zero",
          "connection": "low_voltage",
          "supplier_days": 3,
          "whole_process_days": 6,
          "whole_process_due": "2026-12-04",
          "approval": { "path": "filing", "days": 1.5 },
          "zero_investment": true,
          "reliability_hours": 15,
          "hotlines": ["95598", "12398"]
        }"#,
    )
    .expect("expected");
    for (k, want) in expected.as_object().expect("object") {
        match (k.as_str(), want) {
            ("approval", _) => {
                assert_eq!(v["approval"]["path"], want["path"]);
                assert_eq!(v["approval"]["days"], want["days"]);
            }
            _ => assert_eq!(&v[k], want, "{k}"),
        }
    }
    assert_eq!(v["steps"][0]["id"], "acceptance");
    assert_eq!(v["steps"][0]["days"], 1);
    assert_eq!(v["steps"][0]["due"], "2026-11-27");
    assert_eq!(v["steps"][1]["id"], "connection");
    assert_eq!(v["steps"][1]["days"], 2);
    assert_eq!(v["steps"][1]["due"], "2026-12-01");
    assert_eq!(v["steps"].as_array().map(Vec::len), Some(2));
    // Whole numbers are written as integers.
    assert!(e.to_json().contains("\"supplier_days\":3,"));
}

// ── 附件1 rows ───────────────────────────────────────────────────────────────────────────────

#[test]
fn household_low_voltage() {
    let e = est(&[
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("date", "2026-11-26"),
    ]);
    assert_eq!(e.category.value, Category::LvResidential);
    assert_eq!(e.tier.value, Tier::ThreeZero);
    assert_eq!(ids(&e), ["acceptance", "connection"]);
    assert_eq!(e.supplier_days.value, WorkingDays::whole(3));
    assert_eq!(
        e.whole_process
            .as_ref()
            .map(|w| (w.value.days, iso(w.value.due))),
        Some((WorkingDays::whole(3), "2026-12-01".into()))
    );
    assert!(e.cost.zero_investment);
    assert_eq!(e.reliability.value.hours, 5);
    assert_eq!(e.service.value, ServiceModel::GridManager);
}

#[test]
fn small_micro_three_zero() {
    let e = est(&[
        ("customer", "small_micro"),
        ("kw", "160"),
        ("area", "center"),
        ("date", "2026-11-26"),
    ]);
    assert_eq!(e.category.value, Category::LvThreeZero);
    assert_eq!(
        e.whole_process.as_ref().map(|w| w.value.days),
        Some(WorkingDays::whole(6))
    );
    assert_eq!(e.approval.handler.value, ApprovalHandler::PowerCompany);
    assert_eq!(e.reliability.value.hours, 2);
}

#[test]
fn other_organisation_low_voltage_is_standard() {
    let e = est(&[
        ("customer", "other_org"),
        ("kw", "100"),
        ("area", "town"),
        ("date", "2026-11-26"),
    ]);
    assert_eq!(e.category.value, Category::LvStandard);
    assert_eq!(e.tier.value, Tier::Standard);
    assert_eq!(ids(&e), ["acceptance", "supply_plan", "connection"]);
    assert_eq!(e.supplier_days.value, WorkingDays::whole(5));
    assert_eq!(
        dues(&e),
        [
            Some("2026-11-27".into()),
            Some("2026-12-01".into()),
            Some("2026-12-03".into())
        ]
    );
    assert!(e.whole_process.is_none());
    assert!(!e.cost.zero_investment);
    assert_eq!(e.approval.handler.value, ApprovalHandler::Builder);
    assert!(e
        .cost
        .items
        .iter()
        .any(|i| i.value == CostItem::OwnSideWorks));
}

#[test]
fn high_voltage_single_ordinary_and_special() {
    let base = [
        ("customer", "other_org"),
        ("kw", "500"),
        ("area", "urban"),
        ("supply", "single"),
        ("date", "2026-11-26"),
    ];
    let ordinary = est(&[&base[..], &[("special", "0")]].concat());
    assert_eq!(ordinary.category.value, Category::HvSingle);
    assert_eq!(ordinary.tier.value, Tier::ThreeSave);
    assert_eq!(
        ids(&ordinary),
        ["acceptance", "supply_plan", "external_works", "connection"]
    );
    assert_eq!(ordinary.supplier_days.value, WorkingDays::whole(14));
    // Supply plan: 7 working days after acceptance (2026-11-27) → 2026-12-08.
    assert_eq!(
        dues(&ordinary),
        [
            Some("2026-11-27".into()),
            Some("2026-12-08".into()),
            None,
            None
        ]
    );
    assert_eq!(ordinary.steps[2].responsible, Party::Customer);
    assert_eq!(ordinary.steps[2].days, None);
    assert!(ordinary.whole_process.is_none());
    assert_eq!(ordinary.service.value, ServiceModel::OnePlusNTeam);

    let special = est(&[&base[..], &[("special", "1")]].concat());
    assert_eq!(
        ids(&special),
        [
            "acceptance",
            "supply_plan",
            "design_review",
            "external_works",
            "mid_inspection",
            "connection"
        ]
    );
    assert_eq!(special.supplier_days.value, WorkingDays::whole(19));
    assert!(special.steps[2].starred && special.steps[4].starred);
    assert_eq!(
        special.steps[2].timing,
        Timing::AfterCustomer(Trigger::DesignSubmitted)
    );
}

#[test]
fn high_voltage_dual_always_has_the_starred_steps() {
    for special in ["0", "1"] {
        let e = est(&[
            ("customer", "household"),
            ("kw", "200"),
            ("area", "rural"),
            ("supply", "dual"),
            ("special", special),
        ]);
        assert_eq!(e.category.value, Category::HvDual);
        assert_eq!(e.supplier_days.value, WorkingDays::whole(30));
        assert_eq!(e.steps.len(), 6);
        assert_eq!(e.steps[1].days, Some(WorkingDays::whole(18)));
    }
}

#[test]
fn documents_and_one_document_to_start() {
    let lv = est(&[("customer", "household"), ("kw", "8"), ("area", "urban")]);
    let docs: Vec<_> = lv.steps[0]
        .documents
        .iter()
        .map(|d| (d.document, d.enough_to_start))
        .collect();
    assert_eq!(
        docs,
        [
            (Document::IdDocument, true),
            (Document::PropertyDocument, false)
        ]
    );
    assert!(
        lv.steps[1].documents.is_empty(),
        "no completion report at low voltage"
    );

    let hv = est(&[
        ("customer", "other_org"),
        ("kw", "800"),
        ("area", "urban"),
        ("supply", "single"),
        ("special", "1"),
    ]);
    let at = |id| {
        hv.step(id)
            .map(|s| s.documents.iter().map(|d| d.document).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(
        at(StepId::Acceptance),
        [
            Document::IdDocument,
            Document::PropertyDocument,
            Document::ProjectApproval
        ]
    );
    assert_eq!(
        at(StepId::DesignReview),
        [Document::DesignerQualification, Document::Design]
    );
    assert_eq!(
        at(StepId::MidInspection),
        [
            Document::ContractorQualification,
            Document::ConcealedWorksRecords
        ]
    );
    assert_eq!(at(StepId::Connection), [Document::CompletionReport]);
    assert_eq!(
        hv.steps
            .iter()
            .flat_map(|s| &s.documents)
            .filter(|d| d.enough_to_start)
            .count(),
        1
    );
}

// ── Phases and the low-voltage cap ───────────────────────────────────────────────────────────

#[test]
fn caps_at_every_boundary_and_phase() {
    let cat = |kw: &str, area: &str, date: &str| {
        est(&[
            ("customer", "small_micro"),
            ("kw", kw),
            ("area", area),
            ("date", date),
            ("supply", "single"),
            ("special", "0"),
        ])
        .category
        .value
    };
    // 2022: 城市地区 160, 农村地区 100.
    for area in ["center", "urban"] {
        assert_eq!(cat("160", area, "2022-06-01"), Category::LvThreeZero);
        assert_eq!(cat("160.1", area, "2022-06-01"), Category::HvSingle);
        assert_eq!(cat("120", area, "2022-06-01"), Category::LvThreeZero);
    }
    for area in ["town", "rural"] {
        assert_eq!(cat("100", area, "2022-06-01"), Category::LvThreeZero);
        assert_eq!(cat("100.1", area, "2022-06-01"), Category::HvSingle);
        assert_eq!(cat("120", area, "2022-12-31"), Category::HvSingle);
        // From 2023: 160 everywhere.
        assert_eq!(cat("120", area, "2023-01-01"), Category::LvThreeZero);
        assert_eq!(cat("160", area, "2023-01-01"), Category::LvThreeZero);
        assert_eq!(cat("160.001", area, "2026-11-26"), Category::HvSingle);
    }
    let e = est(&[
        ("customer", "household"),
        ("kw", "120"),
        ("area", "rural"),
        ("date", "2022-03-01"),
        ("supply", "single"),
        ("special", "0"),
    ]);
    assert_eq!(e.connection.value.cap.milli(), 100_000);
    assert_eq!(e.connection.value.phase, Phase::Y2022);
    assert!(e.connection.basis.contains(&&c::LEDGER_LV_CAP_2021));
    let e = est(&[
        ("customer", "household"),
        ("kw", "120"),
        ("area", "rural"),
        ("date", "2023-03-01"),
    ]);
    assert!(e.connection.basis.contains(&&c::LEDGER_LV_CAP_2022));
    assert!(e.tier.basis.contains(&&c::LEDGER_HOUSEHOLD_THREE_ZERO));
}

// ── Approval ─────────────────────────────────────────────────────────────────────────────────

#[test]
fn every_approval_row_and_boundary() {
    use ApprovalPath::*;
    use Builder::{Grid, Own};
    let cases = [
        // (line, dig, city core, builder) → path
        ((50, 0, true, Grid), None),
        ((500, 0, false, Own), None),
        ((50, 1, true, Grid), NotifyCommit),
        ((50, 99, true, Grid), NotifyCommit),
        ((500, 99, true, Grid), NotifyCommit),
        ((50, 100, true, Grid), Filing), // exactly 100 m: not < 100, not > 100
        ((200, 100, false, Own), Filing),
        ((201, 100, true, Grid), Parallel),
        ((50, 101, true, Grid), Parallel),
        ((200, 50, false, Grid), Filing),
        ((201, 50, false, Grid), Parallel),
        ((50, 50, true, Own), Filing),
        ((50, 50, false, Grid), Filing),
        ((0, 50, false, Own), Filing),
    ];
    for ((line, dig, core, builder), want) in cases {
        assert_eq!(
            approval_path(line, dig, core, builder),
            want,
            "{line} m, dig {dig} m, core {core}, {builder:?}"
        );
    }
    assert_eq!(Filing.days().to_string(), "1.5");
    assert_eq!(Parallel.days(), WorkingDays::whole(3));
    assert_eq!(NotifyCommit.days(), WorkingDays::ZERO);
}

#[test]
fn unknown_works_show_every_possible_path() {
    let w = |line, dig, core, builder| Works {
        line_m: line,
        dig_m: dig,
        city_core: core,
        builder,
    };
    let all = possible_paths(&w(None, None, None, None));
    assert_eq!(all, ApprovalPath::ALL);
    for p in [Param::LineM, Param::DigM, Param::CityCore, Param::Builder] {
        assert!(decides_approval(&w(None, None, None, None), p), "{p:?}");
    }
    // No digging decides it whatever else is unknown.
    assert_eq!(
        possible_paths(&w(None, Some(0), None, None)),
        [ApprovalPath::None]
    );
    assert!(!decides_approval(
        &w(None, Some(0), None, None),
        Param::LineM
    ));
    // 150 m of digging: parallel whatever the rest.
    assert_eq!(
        possible_paths(&w(None, Some(150), None, None)),
        [ApprovalPath::Parallel]
    );
    // Short works outside the city core: filing or parallel depending on the pipeline.
    assert_eq!(
        possible_paths(&w(None, Some(30), Some(false), None)),
        [ApprovalPath::Filing, ApprovalPath::Parallel]
    );
    assert!(decides_approval(
        &w(None, Some(30), Some(false), None),
        Param::LineM
    ));
    assert!(!decides_approval(
        &w(None, Some(30), Some(false), None),
        Param::Builder
    ));

    let e = est(&[("customer", "small_micro"), ("kw", "20"), ("area", "urban")]);
    assert_eq!(e.approval.path, Option::None);
    assert_eq!(e.approval.days(), Option::None);
    let v: serde_json::Value = serde_json::from_str(&e.to_json()).expect("json");
    assert_eq!(v["approval"]["path"], "unknown");
    assert!(v["approval"]["days"].is_null());
    assert!(e.refinements.contains(&Refinement::Approval(Param::DigM)));
    assert!(e.refinements.contains(&Refinement::DateAssumedToday));
}

// ── Cost, usage, service, reliability ────────────────────────────────────────────────────────

#[test]
fn usage_changes_the_cost_notes() {
    let items = |pairs: &[(&str, &str)]| {
        est(pairs)
            .cost
            .items
            .into_iter()
            .map(|i| i.value)
            .collect::<Vec<_>>()
    };
    let hv = [
        ("customer", "other_org"),
        ("kw", "630"),
        ("area", "urban"),
        ("supply", "single"),
        ("special", "0"),
    ];
    assert!(items(&[&hv[..], &[("use", "ev")]].concat())
        .contains(&CostItem::HvPriority(Usage::EvCharging)));
    assert!(items(&[&hv[..], &[("use", "campaign")]].concat())
        .contains(&CostItem::HvPriority(Usage::Campaign)));
    assert!(items(&[&hv[..], &[("use", "park")]].concat())
        .contains(&CostItem::HvPriority(Usage::ParkElectrification)));
    assert!(!items(&hv)
        .iter()
        .any(|i| matches!(i, CostItem::HvPriority(_))));
    let lv = [
        ("customer", "other_org"),
        ("kw", "60"),
        ("area", "urban"),
        ("use", "ev"),
    ];
    assert!(items(&lv).contains(&CostItem::PriorityIsForHighVoltage(Usage::EvCharging)));
    let site = [
        ("customer", "other_org"),
        ("kw", "60"),
        ("area", "urban"),
        ("use", "temporary"),
    ];
    assert!(items(&site).contains(&CostItem::TemporaryRental));
}

#[test]
fn reliability_targets_by_area() {
    for (area, hours, grid) in [
        ("center", 2, 3),
        ("urban", 5, 3),
        ("town", 9, 14),
        ("rural", 15, 14),
    ] {
        let e = est(&[("customer", "household"), ("kw", "5"), ("area", area)]);
        assert_eq!(
            (e.reliability.value.hours, e.reliability.value.grid_hours),
            (hours, grid),
            "{area}"
        );
    }
}

#[test]
fn own_works_date_every_step() {
    let e = est(&[
        ("customer", "other_org"),
        ("kw", "500"),
        ("area", "urban"),
        ("supply", "single"),
        ("special", "1"),
        ("design_d", "30"),
        ("works_d", "60"),
        ("date", "2026-11-26"),
    ]);
    assert!(e.steps.iter().all(|s| s.due().is_some()));
    // Plan due 2026-12-08; design done 30 days later, 2027-01-07; review 3 working days.
    let review = e
        .step(StepId::DesignReview)
        .and_then(Step::span)
        .expect("review dated");
    assert_eq!(iso(review.start), "2027-01-07");
    assert_eq!(iso(review.due), "2027-01-12");
    assert!(review.provisional, "2027 has no published schedule yet");
    let works = e.step(StepId::ExternalWorks).expect("works");
    assert_eq!(works.due().map(iso), Some("2027-03-13".into()));
    let connection = e
        .step(StepId::Connection)
        .and_then(Step::span)
        .expect("connection dated");
    assert_eq!(iso(connection.start), "2027-03-13");
    assert_eq!(iso(connection.due), "2027-03-22");
    assert!(!e.refinements.contains(&Refinement::OwnWorksDates));
    // Only one of the two durations: still undated.
    let e = est(&[
        ("customer", "other_org"),
        ("kw", "500"),
        ("area", "urban"),
        ("supply", "single"),
        ("special", "0"),
        ("design_d", "30"),
    ]);
    assert_eq!(e.step(StepId::Connection).and_then(Step::due), Option::None);
    assert!(e.refinements.contains(&Refinement::OwnWorksDates));
}

#[test]
fn the_calendar_is_an_input() {
    // 2026-09-30 + 1 working day: 10-08 with the official calendar, 10-01 with weekends only.
    let a = answers(&[
        ("customer", "household"),
        ("kw", "5"),
        ("area", "urban"),
        ("date", "2026-09-30"),
    ]);
    assert_eq!(
        estimate(&a, &Official).steps[0].due().map(iso),
        Some("2026-10-08".into())
    );
    assert_eq!(
        estimate(&a, &WeekendsOnly).steps[0].due().map(iso),
        Some("2026-10-01".into())
    );
    let span = estimate(&a, &Official).steps[0]
        .span()
        .cloned()
        .expect("dated");
    assert_eq!(span.closures[0].holiday, Some("国庆节"));
}

// ── Exhaustive invariants ────────────────────────────────────────────────────────────────────

#[test]
fn invariants_over_the_whole_answer_space() {
    let customers = ["household", "small_micro", "other_org"];
    let usages = [None, Some("ev"), Some("temporary"), Some("campaign")];
    let areas = ["center", "urban", "town", "rural"];
    let kws = [
        "0.5", "50", "99.9", "100", "100.1", "120", "159.9", "160", "160.1", "400", "100000",
    ];
    let dates = [
        "2022-01-01",
        "2022-12-30",
        "2023-01-02",
        "2026-02-13",
        "2026-12-30",
    ];
    let hv = [
        ("single", "0"),
        ("single", "1"),
        ("dual", "0"),
        ("dual", "1"),
    ];
    let works: [&[(&str, &str)]; 5] = [
        &[],
        &[("dig_m", "0")],
        &[
            ("line_m", "200"),
            ("dig_m", "100"),
            ("city_core", "1"),
            ("builder", "grid"),
        ],
        &[("line_m", "201"), ("dig_m", "50"), ("city_core", "0")],
        &[("dig_m", "99"), ("city_core", "1"), ("builder", "grid")],
    ];
    let owns: [&[(&str, &str)]; 2] = [&[], &[("design_d", "20"), ("works_d", "45")]];
    let mut n = 0;
    for customer in customers {
        for usage in usages {
            for area in areas {
                for kw in kws {
                    for date in dates {
                        for (supply, special) in hv {
                            for w in works {
                                for own in owns {
                                    let mut pairs = vec![
                                        ("customer", customer),
                                        ("kw", kw),
                                        ("area", area),
                                        ("date", date),
                                        ("supply", supply),
                                        ("special", special),
                                    ];
                                    if let Some(u) = usage {
                                        pairs.push(("use", u));
                                    }
                                    pairs.extend_from_slice(w);
                                    pairs.extend_from_slice(own);
                                    check_invariants(&est(&pairs));
                                    n += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(n, 3 * 4 * 4 * 11 * 5 * 4 * 5 * 2);
}

fn check_invariants(e: &Estimate) {
    let a = &e.answers;
    let cat = e.category.value;
    let cap = Phase::of(a.date.get()).low_voltage_cap(a.area);
    // High voltage exactly when above the cap.
    assert_eq!(cat.connection() == Connection::HighVoltage, a.kw > cap);
    // 三零 exactly when zero investment.
    assert_eq!(e.tier.value == Tier::ThreeZero, e.cost.zero_investment);
    // 合计 is the sum of the step limits, and the 附件1 total.
    let sum: WorkingDays = e.steps.iter().filter_map(|s| s.days).sum();
    assert_eq!(e.supplier_days.value, sum);
    let row = cat.row();
    let expected = if e.steps.iter().any(|s| s.starred) {
        row.total_starred
    } else {
        Some(row.total)
    };
    assert_eq!(Some(sum), expected.map(WorkingDays::whole));
    // Steps in process order, company steps with limits, the customer's works without.
    assert!(e.steps.windows(2).all(|w| w[0].id < w[1].id));
    assert_eq!(e.steps.first().map(|s| s.id), Some(StepId::Acceptance));
    assert_eq!(e.steps.last().map(|s| s.id), Some(StepId::Connection));
    for s in &e.steps {
        assert_eq!(s.days.is_none(), s.id == StepId::ExternalWorks);
        if let Some(span) = s.span() {
            assert!(span.due > span.start);
            assert!(Official.kind(span.due).is_working());
            assert_eq!(
                crate::calendar::working_days_between(&Official, span.start, span.due),
                span.days.dated()
            );
        }
    }
    // Dated company steps follow each other.
    let first = e.steps[0].span().expect("acceptance is always dated");
    assert_eq!(first.start, a.date.get());
    // 全过程 only for households and 三零.
    assert_eq!(
        e.whole_process.is_some(),
        matches!(cat, Category::LvResidential | Category::LvThreeZero)
    );
    // Every basis is a known clause.
    let mut bases: Vec<&Clause> = Vec::new();
    bases.extend(e.category.basis.iter().copied());
    bases.extend(e.tier.basis.iter().copied());
    bases.extend(e.connection.basis.iter().copied());
    bases.extend(e.supplier_days.basis.iter().copied());
    bases.extend(e.steps.iter().flat_map(|s| s.basis.iter().copied()));
    bases.extend(e.whole_process.iter().flat_map(|w| w.basis.iter().copied()));
    bases.extend(e.approval.basis.iter().copied());
    bases.extend(e.approval.handler.basis.iter().copied());
    bases.extend(e.cost.items.iter().flat_map(|i| i.basis.iter().copied()));
    bases.extend(e.channels.iter().flat_map(|i| i.basis.iter().copied()));
    bases.extend(e.service.basis.iter().copied());
    bases.extend(e.hotlines.basis.iter().copied());
    bases.extend(e.reliability.basis.iter().copied());
    bases.extend(e.rights.iter().flat_map(|i| i.basis.iter().copied()));
    bases.extend(e.counting.iter().copied());
    assert!(bases.iter().all(|b| ALL.contains(b)));
    assert!(!e.category.basis.is_empty() && e.steps.iter().all(|s| !s.basis.is_empty()));
    // The approval path is one of the possible ones, and decided exactly when only one is.
    assert_eq!(e.approval.path.is_some(), e.approval.possible.len() == 1);
    assert!(!e.approval.possible.is_empty());
    // The JSON has every required field.
    let v: serde_json::Value = serde_json::from_str(&e.to_json()).expect("json");
    for k in [
        "schema",
        "policy",
        "input",
        "category",
        "tier",
        "connection",
        "steps",
        "supplier_days",
        "whole_process_days",
        "whole_process_due",
        "approval",
        "zero_investment",
        "reliability_hours",
        "hotlines",
    ] {
        assert!(v.get(k).is_some(), "{k}");
    }
    assert_eq!(v["category"], cat.key());
}

#[test]
fn whoever_builds_the_works_deals_with_their_approval() {
    let handler = |customer: &str, kw: &str, builder: Option<&str>| {
        let mut q = vec![
            ("customer", customer),
            ("kw", kw),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "0"),
            ("city_core", "1"),
            ("dig_m", "50"),
            ("date", "2026-11-26"),
        ];
        if let Some(b) = builder {
            q.push(("builder", b));
        }
        let e = est(&q);
        (e.approval.handler.value, e.approval.handler.value.key())
    };
    // 三零: 代办 whoever builds (台账16).
    for b in [None, Some("grid"), Some("own")] {
        assert_eq!(
            handler("small_micro", "100", b),
            (ApprovalHandler::PowerCompany, "power_company")
        );
    }
    // Others: the builder. Works the power company builds are its to notify (二(一)2).
    for (customer, kw) in [
        ("other_org", "100"),
        ("other_org", "500"),
        ("household", "500"),
    ] {
        assert_eq!(
            handler(customer, kw, Some("grid")),
            (ApprovalHandler::PowerCompanyAsBuilder, "power_company")
        );
        assert_eq!(
            handler(customer, kw, Some("own")),
            (ApprovalHandler::Customer, "customer")
        );
        assert_eq!(
            handler(customer, kw, None),
            (ApprovalHandler::Builder, "builder")
        );
    }
}
