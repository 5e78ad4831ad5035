//! The clauses of 宿发改能源函〔2021〕37号 the estimator rests on, each with its reference in
//! the document's own numbering. The passages themselves are policy data in
//! `i18n/zh.result.txt` (verbatim, checked against `data/policy-seed.txt` by the tests), their
//! English renderings in `i18n/en.result.txt`; both load with the result page.
//!
//! References: `一` … `三` sections; `二(一)2` section 二, part (一), item 2; `附件1 注3`
//! note 3 of attachment 1; `台账15` row 15 of attachment 2 (the task ledger).

/// Where a clause comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// 宿发改能源函〔2021〕37号 (`data/policy-seed.txt`).
    Policy,
    /// 《中华人民共和国民法典》, for how periods are counted.
    CivilCode,
}

/// One cited passage: its reference here, its text in `i18n/zh.result.txt` under
/// `clause.<id>` (verbatim; 附件1 rows rendered as "row: column value, …") and its English
/// rendering under the same key in `i18n/en.result.txt`.
#[derive(Debug, PartialEq, Eq)]
pub struct Clause {
    /// Its passage in the result text, `clause.<NAME>` after the constant's name (verbatim in
    /// `i18n/zh.result.txt`, rendered in `i18n/en.result.txt`).
    pub passage: crate::i18n::Passage,
    pub source: Source,
    /// The reference in the document's own numbering, e.g. `二(一)2`.
    pub reference: &'static str,
}

/// The policy's number, printed on every result.
pub const POLICY: &str = "宿发改能源函〔2021〕37号";
/// Its title.
pub const POLICY_TITLE_ZH: &str = "全面提升我市“获得电力”服务水平 持续优化用电营商环境工作方案";
pub const POLICY_ISSUED: &str = "2021-05-11";

macro_rules! clause {
    ($name:ident, $reference:literal) => {
        pub const $name: Clause = Clause {
            passage: crate::i18n::passage::$name,
            source: Source::Policy,
            reference: $reference,
        };
    };
}

// ── Goals and phases ────────────────────────────────────────────────────────────────────────

clause!(GOAL_THREE_ZERO_THREE_SAVE, "一");
clause!(LEDGER_HOUSEHOLD_THREE_ZERO, "台账1");
clause!(LEDGER_THREE_ZERO_2021, "台账1");
clause!(LEDGER_THREE_ZERO_2022, "台账1");
clause!(LEDGER_LV_CAP_2021, "台账30");
clause!(LEDGER_LV_CAP_2022, "台账30");
clause!(LV_CONNECTION_FOR_THREE_ZERO, "二(三)1");
clause!(VOLTAGE_DEFINITION, "附件1 注1");

// ── 附件1: steps and time limits ─────────────────────────────────────────────────────────────

clause!(ROW_LV_RESIDENTIAL, "附件1");
clause!(ROW_LV_THREE_ZERO, "附件1");
clause!(ROW_LV_STANDARD, "附件1");
clause!(ROW_HV_SINGLE, "附件1");
clause!(ROW_HV_DUAL, "附件1");
clause!(NOTE_TWO_STEPS, "附件1 注2");
clause!(NOTE_ORDINARY_HV, "附件1 注3");
clause!(NOTE_HV_RESPONSIBILITY, "附件1 注3");
clause!(LV_NO_INSPECTIONS, "二(二)1");
clause!(TIME_LIMITS_ENFORCED, "二(一)1");

// ── Documents ────────────────────────────────────────────────────────────────────────────────

clause!(DOCS_ACCEPTANCE, "二(二)1");
clause!(DOCS_DESIGN_REVIEW, "二(二)1");
clause!(DOCS_MID_INSPECTION, "二(二)1");
clause!(DOCS_COMPLETION, "二(二)1");
clause!(ONE_DOCUMENT, "二(二)1");
clause!(NO_EXTRA_STEPS, "二(二)1");

// ── Approval of the connection works ────────────────────────────────────────────────────────

clause!(APPROVAL_ONE_WINDOW, "二(一)2");
// What the approvals in question are: road excavation and green-space occupation.
clause!(ROAD_AND_GREEN_APPROVALS, "二(一)2");
clause!(APPROVAL_NOTIFY_COMMIT, "二(一)2");
clause!(APPROVAL_FILING, "二(一)2");
clause!(APPROVAL_PARALLEL, "二(一)2");
// Parallel time-limited approval for high-voltage users of 10 kV and below.
clause!(LEDGER_PARALLEL_10KV, "台账2");
clause!(LEDGER_FILING_10KV, "台账15");
clause!(LEDGER_PROXY, "台账16");
// 35 kV and above: approval only "to be shortened", no path set.
clause!(LEDGER_35KV_APPROVAL, "台账18");

// ── Cost ─────────────────────────────────────────────────────────────────────────────────────

clause!(INVESTMENT_TO_RED_LINE, "二(三)2");
clause!(ZERO_INVESTMENT_ENSURED, "二(三)3");
clause!(LEDGER_RED_LINE_HOUSEHOLD, "台账34");
clause!(LEDGER_RED_LINE_2021, "台账35");
clause!(LEDGER_RED_LINE_2022, "台账35");
clause!(LEDGER_ZERO_NOT_REDUCED, "台账37");
clause!(LAWFUL_FEES_ONLY, "二(三)3");
clause!(HV_INVESTMENT_PRIORITY, "二(三)2");
clause!(HV_SUPPLY_PLAN_PRINCIPLES, "二(三)1");
clause!(TEMPORARY_POWER_RENTAL, "二(三)1");

// ── Channels, service, hotlines ──────────────────────────────────────────────────────────────

clause!(ONLINE_CHANNELS, "二(二)2");
clause!(ONLINE_PROGRESS, "二(二)2");
clause!(FREE_CHOICE_OF_CHANNEL, "二(二)2");
clause!(LV_E_CONTRACT, "二(二)2");
clause!(GOVERNMENT_SERVICE_WINDOWS, "二(二)3");
clause!(FACE_AND_ONE_CERTIFICATE, "二(五)1");
clause!(HV_SERVICE_TEAM, "二(五)2");
clause!(LV_GRID_SERVICE, "二(五)2");
clause!(HOTLINES, "二(五)3");
clause!(PUBLIC_INFORMATION, "二(五)3");
clause!(HONEST_RECORDS, "二(一)1");

// ── Reliability ──────────────────────────────────────────────────────────────────────────────

clause!(RELIABILITY_BY_AREA, "一");
clause!(RELIABILITY_BY_GRID, "二(四)2");
clause!(OUTAGE_NOTICES, "二(四)2");
clause!(NO_ARBITRARY_DISCONNECTION, "二(四)2");

/// How working-day periods are counted.
pub const CIVIL_CODE_201: Clause = Clause {
    passage: crate::i18n::passage::CIVIL_CODE_201,
    source: Source::CivilCode,
    reference: "民法典 第二百零一条",
};

/// Every clause, for the seed test and the basis index.
pub static ALL: &[&Clause] = &[
    &GOAL_THREE_ZERO_THREE_SAVE,
    &LEDGER_HOUSEHOLD_THREE_ZERO,
    &LEDGER_THREE_ZERO_2021,
    &LEDGER_THREE_ZERO_2022,
    &LEDGER_LV_CAP_2021,
    &LEDGER_LV_CAP_2022,
    &LV_CONNECTION_FOR_THREE_ZERO,
    &VOLTAGE_DEFINITION,
    &ROW_LV_RESIDENTIAL,
    &ROW_LV_THREE_ZERO,
    &ROW_LV_STANDARD,
    &ROW_HV_SINGLE,
    &ROW_HV_DUAL,
    &NOTE_TWO_STEPS,
    &NOTE_ORDINARY_HV,
    &NOTE_HV_RESPONSIBILITY,
    &LV_NO_INSPECTIONS,
    &TIME_LIMITS_ENFORCED,
    &DOCS_ACCEPTANCE,
    &DOCS_DESIGN_REVIEW,
    &DOCS_MID_INSPECTION,
    &DOCS_COMPLETION,
    &ONE_DOCUMENT,
    &NO_EXTRA_STEPS,
    &APPROVAL_ONE_WINDOW,
    &ROAD_AND_GREEN_APPROVALS,
    &APPROVAL_NOTIFY_COMMIT,
    &APPROVAL_FILING,
    &APPROVAL_PARALLEL,
    &LEDGER_PARALLEL_10KV,
    &LEDGER_FILING_10KV,
    &LEDGER_PROXY,
    &LEDGER_35KV_APPROVAL,
    &INVESTMENT_TO_RED_LINE,
    &ZERO_INVESTMENT_ENSURED,
    &LEDGER_RED_LINE_HOUSEHOLD,
    &LEDGER_RED_LINE_2021,
    &LEDGER_RED_LINE_2022,
    &LEDGER_ZERO_NOT_REDUCED,
    &LAWFUL_FEES_ONLY,
    &HV_INVESTMENT_PRIORITY,
    &HV_SUPPLY_PLAN_PRINCIPLES,
    &TEMPORARY_POWER_RENTAL,
    &ONLINE_CHANNELS,
    &ONLINE_PROGRESS,
    &FREE_CHOICE_OF_CHANNEL,
    &LV_E_CONTRACT,
    &GOVERNMENT_SERVICE_WINDOWS,
    &FACE_AND_ONE_CERTIFICATE,
    &HV_SERVICE_TEAM,
    &LV_GRID_SERVICE,
    &HOTLINES,
    &PUBLIC_INFORMATION,
    &HONEST_RECORDS,
    &RELIABILITY_BY_AREA,
    &RELIABILITY_BY_GRID,
    &OUTAGE_NOTICES,
    &NO_ARBITRARY_DISCONNECTION,
    &CIVIL_CODE_201,
];

/// A list of clauses an item rests on.
pub type Basis = &'static [&'static Clause];

/// A reading this project takes where the text is silent or leaves a choice (README, "Readings
/// of the policy"). It travels with the basis of the item that relies on it, so the customer is
/// told "our reading" beside the clauses, in `i18n/*.result.txt` under `reading.<key>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reading {
    /// 城镇 counts with 农村地区 and the rural grid (农网): the text names 城市/农村地区 and
    /// 城网/农网 without placing 城镇 (一, 二(四)2, 台账30).
    TownIsRural,
    /// 个体工商户 are served like 小微企业 (三零); the text names 低压小微企业 (一, 台账1).
    IndividualBusinessIsSmallMicro,
    /// A lease counts as the 用电地址物权证件 (二(二)1 names the document, not its kinds).
    LeaseIsPropertyDocument,
    /// 95598 first, then 12398: 二(五)3 publishes both together, without an order.
    HotlinesInOrder,
    /// Approval runs alongside the works: 附件1 lists no approval step.
    ApprovalAddsNoStep,
    /// No road dug and no green space occupied: none of the approvals 二(一)2 names is needed.
    NothingDugNothingToApprove,
    /// A household above the low-voltage cap is a high-voltage user, without 零投资 (二(三)1,
    /// 二(三)3 names 居民用户 without a capacity).
    HouseholdAboveCapIsHighVoltage,
    /// 施工接电 for 三零 non-residential users ends with the whole process (附件1: 合计 3,
    /// 全过程 6; 注2 names the step 施工接电).
    ThreeZeroConnectionEndsWithWholeProcess,
    /// 非三零 low voltage: the customer builds their own works between 供电方案答复 and 装表接电,
    /// whose 2 days run from the customer's report (附件1 gives no 全过程 for the row).
    OwnWorksBeforeLowVoltageConnection,
    /// A dual-supply user is a multi-source user (多电源用户, 附件1 注3): the starred steps apply.
    DualSupplyIsMultiSource,
    /// Above [`crate::policy::rules::ABOVE_10KV_FROM_KW`] supply is usually above 10 kV
    /// (DL/T 5729-2016), outside the approval paths of 二(一)2.
    Above10kvByCapacity,
    /// Whoever builds the works applies for their approval: 二(一)2 names one window, not who applies.
    BuilderApplies,
    /// For 非三零 low voltage and for high voltage the supply plan sets the investment boundary:
    /// 二(三)2 extends the grid's investment to the property line only for 三零 users.
    SupplyPlanSetsBoundary,
}

impl Reading {
    pub const ALL: [Reading; 13] = [
        Reading::TownIsRural,
        Reading::IndividualBusinessIsSmallMicro,
        Reading::LeaseIsPropertyDocument,
        Reading::HotlinesInOrder,
        Reading::ApprovalAddsNoStep,
        Reading::NothingDugNothingToApprove,
        Reading::HouseholdAboveCapIsHighVoltage,
        Reading::ThreeZeroConnectionEndsWithWholeProcess,
        Reading::OwnWorksBeforeLowVoltageConnection,
        Reading::DualSupplyIsMultiSource,
        Reading::Above10kvByCapacity,
        Reading::BuilderApplies,
        Reading::SupplyPlanSetsBoundary,
    ];

    /// Its text's key: `reading.<key>`.
    pub const fn key(self) -> &'static str {
        match self {
            Reading::TownIsRural => "town_is_rural",
            Reading::IndividualBusinessIsSmallMicro => "individual_business",
            Reading::LeaseIsPropertyDocument => "lease",
            Reading::HotlinesInOrder => "hotline_order",
            Reading::ApprovalAddsNoStep => "approval_no_step",
            Reading::NothingDugNothingToApprove => "nothing_dug",
            Reading::HouseholdAboveCapIsHighVoltage => "household_above_cap",
            Reading::ThreeZeroConnectionEndsWithWholeProcess => "three_zero_connection",
            Reading::OwnWorksBeforeLowVoltageConnection => "lv_own_works",
            Reading::DualSupplyIsMultiSource => "dual_supply",
            Reading::Above10kvByCapacity => "above_10kv",
            Reading::BuilderApplies => "builder_applies",
            Reading::SupplyPlanSetsBoundary => "supply_plan_boundary",
        }
    }
}

/// The readings an item relies on (most rely on none).
pub type Readings = &'static [Reading];
