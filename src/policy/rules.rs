//! The rules: complete answers and a working-day calendar in, an [`Estimate`] out.
//! Every item carries the clauses it rests on.

use super::answers::{Answers, Area, Builder, Customer, Kw, Param, Phase, Supply, Usage};
use super::clause::{self as c, Basis, Reading, Readings};
use crate::calendar::{self, Span, WorkingCalendar, WorkingDays};
use chrono::NaiveDate;

/// A value and the clauses it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Cited<T> {
    pub value: T,
    pub basis: Basis,
    /// Where the item rests on this project's reading rather than on the text alone.
    pub readings: Readings,
}

const fn cite<T>(value: T, basis: Basis) -> Cited<T> {
    Cited {
        value,
        basis,
        readings: &[],
    }
}

const fn cite_read<T>(value: T, basis: Basis, readings: Readings) -> Cited<T> {
    Cited {
        value,
        basis,
        readings,
    }
}

/// Capacity, kW, above which supply is usually above 10 kV: the top of the 10 kV range
/// (50 kVA–10 MVA) in DL/T 5729-2016's recommended supply voltage by user capacity, kW read as
/// kVA. Not the policy's figure: [`Reading::Above10kvByCapacity`].
pub const ABOVE_10KV_FROM_KW: u32 = 10_000;
/// The same, as the text says it (no number formatting in the bundle).
pub const ABOVE_10KV_FROM_KW_TEXT: &str = "10000";

/// Whether a capacity is usually supplied above 10 kV ([`ABOVE_10KV_FROM_KW`]).
pub fn above_10kv(kw: Kw) -> bool {
    kw.milli() > ABOVE_10KV_FROM_KW * 1000
}

/// 附件1 rows (用户类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// 低压居民用户
    LvResidential,
    /// 实行“三零”服务的低压非居民用户
    LvThreeZero,
    /// 未实行“三零”服务的低压非居民用户
    LvStandard,
    /// 高压单电源用户
    HvSingle,
    /// 高压双电源用户
    HvDual,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::LvResidential,
        Category::LvThreeZero,
        Category::LvStandard,
        Category::HvSingle,
        Category::HvDual,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Category::LvResidential => "lv_residential",
            Category::LvThreeZero => "lv_three_zero",
            Category::LvStandard => "lv_standard",
            Category::HvSingle => "hv_single",
            Category::HvDual => "hv_dual",
        }
    }

    pub const fn connection(self) -> Connection {
        match self {
            Category::LvResidential | Category::LvThreeZero | Category::LvStandard => {
                Connection::LowVoltage
            }
            Category::HvSingle | Category::HvDual => Connection::HighVoltage,
        }
    }

    pub const fn tier(self) -> Tier {
        match self {
            Category::LvResidential | Category::LvThreeZero => Tier::ThreeZero,
            Category::LvStandard => Tier::Standard,
            Category::HvSingle | Category::HvDual => Tier::ThreeSave,
        }
    }

    /// The category's row of 附件1.
    pub const fn row(self) -> &'static Row {
        match self {
            Category::LvResidential => &ROWS[0],
            Category::LvThreeZero => &ROWS[1],
            Category::LvStandard => &ROWS[2],
            Category::HvSingle => &ROWS[3],
            Category::HvDual => &ROWS[4],
        }
    }
}

/// Service tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tier {
    /// 三零: 零上门、零审批、零投资
    ThreeZero,
    /// 三省: 省力、省时、省钱
    ThreeSave,
    /// Neither: the standard low-voltage process.
    Standard,
}

impl Tier {
    pub const fn key(self) -> &'static str {
        match self {
            Tier::ThreeZero => "three_zero",
            Tier::ThreeSave => "three_save",
            Tier::Standard => "standard",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Connection {
    /// 380 V and below
    LowVoltage,
    /// 10 kV and above
    HighVoltage,
}

impl Connection {
    pub const fn key(self) -> &'static str {
        match self {
            Connection::LowVoltage => "low_voltage",
            Connection::HighVoltage => "high_voltage",
        }
    }
}

/// The steps of 附件1, in process order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepId {
    /// 业务受理
    Acceptance,
    /// 供电方案答复
    SupplyPlan,
    /// 设计审查 (starred)
    DesignReview,
    /// 外部工程实施 (the customer's own works; no company time limit)
    ExternalWorks,
    /// 中间检查 (starred; held during the works)
    MidInspection,
    /// 施工接电 (two-step users) / 竣工检验与装表接电
    Connection,
}

impl StepId {
    pub const ALL: [StepId; 6] = [
        StepId::Acceptance,
        StepId::SupplyPlan,
        StepId::DesignReview,
        StepId::ExternalWorks,
        StepId::MidInspection,
        StepId::Connection,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            StepId::Acceptance => "acceptance",
            StepId::SupplyPlan => "supply_plan",
            StepId::DesignReview => "design_review",
            StepId::ExternalWorks => "external_works",
            StepId::MidInspection => "mid_inspection",
            StepId::Connection => "connection",
        }
    }
}

/// One row of 附件1, working days. `None`: the row has no such step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub acceptance: u32,
    pub supply_plan: Option<u32>,
    /// Starred (*): only for users who are not ordinary (注3).
    pub design_review: Option<u32>,
    /// Starred (*).
    pub mid_inspection: Option<u32>,
    pub connection: u32,
    /// 合计办理时间
    pub total: u32,
    /// 合计 with the starred steps, e.g. 19 in "14（19*）".
    pub total_starred: Option<u32>,
    /// 全过程办电时间
    pub whole_process: Option<u32>,
    pub clause: &'static c::Clause,
}

/// 附件1, transcribed; `tests::attachment_1_matches_the_seed` reads the seed's table against it.
pub static ROWS: [Row; 5] = [
    Row {
        acceptance: 1,
        supply_plan: None,
        design_review: None,
        mid_inspection: None,
        connection: 2,
        total: 3,
        total_starred: None,
        whole_process: Some(3),
        clause: &c::ROW_LV_RESIDENTIAL,
    },
    Row {
        acceptance: 1,
        supply_plan: None,
        design_review: None,
        mid_inspection: None,
        connection: 2,
        total: 3,
        total_starred: None,
        whole_process: Some(6),
        clause: &c::ROW_LV_THREE_ZERO,
    },
    Row {
        acceptance: 1,
        supply_plan: Some(2),
        design_review: None,
        mid_inspection: None,
        connection: 2,
        total: 5,
        total_starred: None,
        whole_process: None,
        clause: &c::ROW_LV_STANDARD,
    },
    Row {
        acceptance: 1,
        supply_plan: Some(7),
        design_review: Some(3),
        mid_inspection: Some(2),
        connection: 6,
        total: 14,
        total_starred: Some(19),
        whole_process: None,
        clause: &c::ROW_HV_SINGLE,
    },
    Row {
        acceptance: 1,
        supply_plan: Some(18),
        design_review: Some(3),
        mid_inspection: Some(2),
        connection: 6,
        total: 25,
        total_starred: Some(30),
        whole_process: None,
        clause: &c::ROW_HV_DUAL,
    },
];

/// Who acts in a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    PowerCompany,
    Customer,
}

/// Documents the policy allows the company to ask for (二(二)1). Nothing else may be required.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Document {
    /// 用电人有效身份证件
    IdDocument,
    /// 用电地址物权证件
    PropertyDocument,
    /// 用电工程项目批准或备案文件
    ProjectApproval,
    /// 设计单位资质证明材料
    DesignerQualification,
    /// 用电工程设计及说明书
    Design,
    /// 施工单位资质证明材料
    ContractorQualification,
    /// 隐蔽工程施工及试验记录
    ConcealedWorksRecords,
    /// 工程竣工报告（含竣工图纸）
    CompletionReport,
}

impl Document {
    pub const fn key(self) -> &'static str {
        match self {
            Document::IdDocument => "id_document",
            Document::PropertyDocument => "property_document",
            Document::ProjectApproval => "project_approval",
            Document::DesignerQualification => "designer_qualification",
            Document::Design => "design",
            Document::ContractorQualification => "contractor_qualification",
            Document::ConcealedWorksRecords => "concealed_works_records",
            Document::CompletionReport => "completion_report",
        }
    }
}

/// A document a step needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentNeed {
    pub document: Document,
    /// 一证受理: this one document is enough to start; the others may follow in later steps.
    pub enough_to_start: bool,
    /// What the document is taken to include, where that is this project's reading.
    pub reading: Option<Reading>,
}

/// What the customer does before a company step's clock starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// After you submit your design.
    DesignSubmitted,
    /// After you ask for the inspection, during the works.
    InspectionRequested,
    /// After you report your works complete.
    WorksCompleted,
}

/// When a step happens.
#[derive(Clone, Debug, PartialEq)]
pub enum Timing {
    /// A company step with a dated deadline.
    Dated(Span),
    /// A company step whose clock starts when the customer acts.
    AfterCustomer(Trigger),
    /// 施工接电 for 三零 non-residential users: the step's own days are the company's handling
    /// time, inside a step that ends with the whole process (附件1: 合计 3, 全过程 6; 注2). The
    /// span runs from the acceptance's due date to the whole-process date.
    UntilWholeProcess(Span),
    /// The customer's own works, dated from the durations they gave (calendar days).
    OwnWorks {
        from: NaiveDate,
        to: NaiveDate,
        design_done: NaiveDate,
    },
    /// The customer's own works, not dated (no durations given).
    OwnWorksUndated,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: StepId,
    /// Working-day limit; `None` for the customer's own works.
    pub days: Option<WorkingDays>,
    pub responsible: Party,
    /// A starred step of 附件1 (only for users who are not ordinary).
    pub starred: bool,
    pub documents: Vec<DocumentNeed>,
    pub timing: Timing,
    /// What the customer does to start this step's clock, when the customer starts it (the
    /// "Am I on time?" tracker asks for that date).
    pub starts_on: Option<Trigger>,
    /// The 附件1 row (for the limit), then what the step and its documents rest on.
    pub basis: Vec<&'static c::Clause>,
    pub readings: Readings,
}

impl Step {
    /// The date this step must be finished by, when known.
    pub fn due(&self) -> Option<NaiveDate> {
        match &self.timing {
            Timing::Dated(s) | Timing::UntilWholeProcess(s) => Some(s.due),
            Timing::OwnWorks { to, .. } => Some(*to),
            Timing::AfterCustomer(_) | Timing::OwnWorksUndated => None,
        }
    }

    pub fn span(&self) -> Option<&Span> {
        match &self.timing {
            Timing::Dated(s) | Timing::UntilWholeProcess(s) => Some(s),
            _ => None,
        }
    }
}

/// Whether the capacity is connected at low or high voltage, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionDecision {
    pub connection: Connection,
    pub phase: Phase,
    /// The phase's low-voltage cap for the area.
    pub cap: Kw,
    pub kw: Kw,
    /// Supply usually above 10 kV ([`ABOVE_10KV_FROM_KW`]): the policy sets no approval path.
    pub above_10kv: bool,
}

/// Administrative approval for the connection works (占掘路、占绿、占破路).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApprovalPath {
    /// No public road or green space is touched: nothing to approve.
    None,
    /// 告知承诺制: exempt, notify and commit.
    NotifyCommit,
    /// 备案制: filed within 1.5 working days.
    Filing,
    /// 并联审批: one window, 3 working days.
    Parallel,
}

impl ApprovalPath {
    pub const ALL: [ApprovalPath; 4] = [
        ApprovalPath::None,
        ApprovalPath::NotifyCommit,
        ApprovalPath::Filing,
        ApprovalPath::Parallel,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            ApprovalPath::None => "none",
            ApprovalPath::NotifyCommit => "notify_commit",
            ApprovalPath::Filing => "filing",
            ApprovalPath::Parallel => "parallel",
        }
    }

    pub const fn days(self) -> WorkingDays {
        match self {
            ApprovalPath::None | ApprovalPath::NotifyCommit => WorkingDays::ZERO,
            ApprovalPath::Filing => WorkingDays::from_halves(3),
            ApprovalPath::Parallel => WorkingDays::whole(3),
        }
    }

    /// The clauses that carry this path for a category. 台账15's filing covers low-voltage
    /// small and micro enterprises and ordinary 10 kV users; anyone else files under 二(一)2
    /// alone. 台账2's parallel approval is for high-voltage users.
    pub const fn basis(self, cat: Category, ordinary: bool) -> Basis {
        let ledger_filing =
            matches!(cat, Category::LvThreeZero) || (matches!(cat, Category::HvSingle) && ordinary);
        match self {
            ApprovalPath::None => &[&c::ROAD_AND_GREEN_APPROVALS],
            ApprovalPath::NotifyCommit => &[&c::APPROVAL_NOTIFY_COMMIT],
            ApprovalPath::Filing if ledger_filing => &[&c::APPROVAL_FILING, &c::LEDGER_FILING_10KV],
            ApprovalPath::Filing => &[&c::APPROVAL_FILING],
            ApprovalPath::Parallel if matches!(cat.connection(), Connection::HighVoltage) => &[
                &c::APPROVAL_PARALLEL,
                &c::APPROVAL_ONE_WINDOW,
                &c::LEDGER_PARALLEL_10KV,
            ],
            ApprovalPath::Parallel => &[&c::APPROVAL_PARALLEL, &c::APPROVAL_ONE_WINDOW],
        }
    }

    /// Readings the path rests on.
    pub const fn readings(self) -> Readings {
        match self {
            ApprovalPath::None => &[Reading::NothingDugNothingToApprove],
            _ => &[],
        }
    }
}

/// The approval path for known works (二(一)2, 台账15). Rows are tried top to bottom; every
/// connection modelled here is 10 kV or below (high voltage is read as 10 kV).
pub fn approval_path(line_m: u32, dig_m: u32, city_core: bool, builder: Builder) -> ApprovalPath {
    if dig_m == 0 {
        ApprovalPath::None
    } else if city_core && builder == Builder::Grid && dig_m < 100 {
        ApprovalPath::NotifyCommit
    } else if line_m > 200 || dig_m > 100 {
        ApprovalPath::Parallel
    } else {
        // Pipeline ≤ 200 m and excavation ≤ 100 m (exactly 100 m is neither < 100 nor > 100).
        ApprovalPath::Filing
    }
}

/// Who deals with the approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApprovalHandler {
    /// 代办: the power company handles it for 三零 customers (零审批 for the customer).
    PowerCompany,
    /// The power company builds the works (建设或受托承建) and deals with them as the builder.
    PowerCompanyAsBuilder,
    /// The customer's own contractor builds: the customer or contractor applies, at one window.
    Customer,
    /// Who builds is not known yet: whoever builds applies, at one window.
    Builder,
}

impl ApprovalHandler {
    pub const ALL: [ApprovalHandler; 4] = [
        ApprovalHandler::PowerCompany,
        ApprovalHandler::PowerCompanyAsBuilder,
        ApprovalHandler::Customer,
        ApprovalHandler::Builder,
    ];

    /// `approval.handled_by` in the JSON.
    pub const fn key(self) -> &'static str {
        match self {
            ApprovalHandler::PowerCompany | ApprovalHandler::PowerCompanyAsBuilder => {
                "power_company"
            }
            ApprovalHandler::Customer => "customer",
            ApprovalHandler::Builder => "builder",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Approval {
    /// The path, when the answers decide it.
    pub path: Option<ApprovalPath>,
    /// Every path still possible (one when decided), in order; none when the policy sets none.
    pub possible: Vec<ApprovalPath>,
    /// Unanswered works questions whose answer would narrow `possible`.
    pub deciding: Vec<Param>,
    pub handler: Cited<ApprovalHandler>,
    /// The clauses that carry the path (the four paths of 二(一)2 while undecided).
    pub basis: Basis,
    pub readings: Readings,
    /// False for supply above 10 kV: 二(一)2's paths cover works of 10 kV and below, and 台账18
    /// only promises shorter approval for 35 kV and above. Ask the power company.
    pub set_by_policy: bool,
    /// Approval runs alongside the works and adds no step, where anything is to be approved.
    pub alongside_works: Option<Cited<()>>,
}

impl Approval {
    pub fn days(&self) -> Option<WorkingDays> {
        self.path.map(ApprovalPath::days)
    }
}

/// Candidate values standing for every class of an unknown length or flag.
const LINE_CLASSES: [u32; 2] = [200, 201];
const DIG_CLASSES: [u32; 4] = [0, 99, 100, 101];

fn candidates<T: Copy>(known: Option<T>, all: &[T]) -> Vec<T> {
    known.map_or_else(|| all.to_vec(), |v| vec![v])
}

/// Every approval path that the works could take, given what is known, in order.
pub fn possible_paths(w: &super::answers::Works) -> Vec<ApprovalPath> {
    let mut found = [false; 4];
    for line in candidates(w.line_m, &LINE_CLASSES) {
        for dig in candidates(w.dig_m, &DIG_CLASSES) {
            for core in candidates(w.city_core, &[true, false]) {
                for builder in candidates(w.builder, &[Builder::Grid, Builder::Own]) {
                    found[approval_path(line, dig, core, builder) as usize] = true;
                }
            }
        }
    }
    ApprovalPath::ALL
        .into_iter()
        .filter(|p| found[*p as usize])
        .collect()
}

/// Whether answering `param` could change the possible approval paths.
pub fn decides_approval(w: &super::answers::Works, param: Param) -> bool {
    let variants: Vec<super::answers::Works> = match param {
        Param::LineM if w.line_m.is_none() => LINE_CLASSES
            .iter()
            .map(|&v| super::answers::Works {
                line_m: Some(v),
                ..*w
            })
            .collect(),
        Param::DigM if w.dig_m.is_none() => DIG_CLASSES
            .iter()
            .map(|&v| super::answers::Works {
                dig_m: Some(v),
                ..*w
            })
            .collect(),
        Param::CityCore if w.city_core.is_none() => [true, false]
            .iter()
            .map(|&v| super::answers::Works {
                city_core: Some(v),
                ..*w
            })
            .collect(),
        Param::Builder if w.builder.is_none() => [Builder::Grid, Builder::Own]
            .iter()
            .map(|&v| super::answers::Works {
                builder: Some(v),
                ..*w
            })
            .collect(),
        _ => return false,
    };
    let sets: Vec<Vec<ApprovalPath>> = variants.iter().map(possible_paths).collect();
    sets.windows(2).any(|pair| pair[0] != pair[1])
}

/// The cost position and what the customer pays for (二(三)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostItem {
    /// 零投资: the grid invests up to your property line (红线), metering included.
    ZeroInvestment,
    /// Where 三零 is in place, the range of zero-investment customers may not shrink.
    ZeroInvestmentNotNarrowed,
    /// 非三零 low voltage: you pay inside your property line, like everyone; the grid's investment
    /// up to the line is for 三零 users; the supply plan sets the boundary.
    OwnSideWorks,
    /// High voltage: you pay inside your property line; the supply plan sets the investment
    /// boundary, which may be extended (二(三)2).
    HvBoundaryBySupplyPlan,
    /// High voltage: the supply plan is safe, economic and practical; existing public lines first.
    HvSupplyPlanPrinciples,
    /// High voltage: the grid's investment interface is extended under national and provincial rules.
    HvInvestmentExtended,
    /// High voltage: your project is among those whose investment may be extended first.
    HvPriority(Usage),
    /// Priority extension is for high-voltage connections; at low voltage nothing changes.
    PriorityIsForHighVoltage(Usage),
    /// Temporary power: rent rather than buy the supply equipment.
    TemporaryRental,
    /// Only lawful fees; nothing through affiliated companies.
    LawfulFeesOnly,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    pub zero_investment: bool,
    pub items: Vec<Cited<CostItem>>,
}

/// How to apply (二(二)2, 二(二)3, 二(五)1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    /// 安徽政务服务网, 皖事通 APP, 网上国网 APP, 国网安徽电力 WeChat, 95598.
    Online,
    /// Households: 刷脸办电. Enterprises: 一证办电.
    OnlineIdentity(Customer),
    /// City and county 政务服务中心 power windows, same as a 供电营业厅.
    GovernmentServiceCentre,
    /// Track progress and rate the service online.
    ProgressOnline,
}

/// Who serves the customer (二(五)2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceModel {
    /// High voltage: a customer manager with a "1+N" team, visits by appointment.
    OnePlusNTeam,
    /// Low voltage: the grid area's customer manager, one-stop; electronic contract.
    GridManager,
}

/// The area's annual average outage target (一, 台账9, 二(四)2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reliability {
    pub area: Area,
    /// 年均停电时间 target for the area, hours.
    pub hours: u32,
    /// City grid (城网) or rural grid (农网).
    pub city_grid: bool,
    /// The grid's target, hours (城网 3, 农网 14).
    pub grid_hours: u32,
}

/// The customer's rights the policy states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Right {
    NoExtraSteps,
    NoExtraDocuments,
    NoForcedUndertaking,
    FreeChoiceOfChannel,
    NoUnlawfulFees,
    NoArbitraryDisconnection,
    PublishedInformation,
    HonestRecords,
    OutageNotices,
}

/// What a missing optional answer would refine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Refinement {
    /// Answering this works question narrows the approval paths.
    Approval(Param),
    /// Your design and works durations would date every remaining step.
    OwnWorksDates,
    /// The date was taken as today.
    DateAssumedToday,
}

/// The whole answer for one customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub answers: Answers,
    pub category: Cited<Category>,
    pub tier: Cited<Tier>,
    pub connection: Cited<ConnectionDecision>,
    pub steps: Vec<Step>,
    /// 附件1 合计, starred steps included where they apply.
    pub supplier_days: Cited<WorkingDays>,
    /// 附件1 全过程, dated from the application, where the attachment gives one.
    pub whole_process: Option<Cited<Span>>,
    pub approval: Approval,
    pub cost: Cost,
    pub channels: Vec<Cited<Channel>>,
    pub service: Cited<ServiceModel>,
    pub hotlines: Cited<[&'static str; 2]>,
    pub reliability: Cited<Reliability>,
    pub rights: Vec<Cited<Right>>,
    pub refinements: Vec<Refinement>,
    /// How working days are counted (民法典 第二百零一条).
    pub counting: Basis,
}

impl Estimate {
    pub fn date(&self) -> NaiveDate {
        self.answers.date.get()
    }

    /// Where no whole-process limit applies but the customer's own design and construction
    /// days date every step: the last step's span, when power is expected on.
    pub fn power_on_expected(&self) -> Option<&Span> {
        if self.whole_process.is_some() || own_works(&self.answers).is_none() {
            return None;
        }
        self.steps.last().and_then(Step::span)
    }

    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// Whether any dated deadline falls in a year without a published holiday schedule.
    pub fn has_provisional_dates(&self) -> bool {
        self.steps
            .iter()
            .filter_map(Step::span)
            .any(|s| s.provisional)
            || self
                .whole_process
                .as_ref()
                .is_some_and(|w| w.value.provisional)
    }
}

/// The category for the answers (附件1 rows; 二(三)1 for the low-voltage cap).
pub fn category(a: &Answers) -> Category {
    let cap = Phase::of(a.date.get()).low_voltage_cap(a.area);
    if a.kw <= cap {
        match a.customer {
            Customer::Household => Category::LvResidential,
            Customer::SmallMicro => Category::LvThreeZero,
            Customer::OtherOrg => Category::LvStandard,
        }
    } else {
        match a.supply {
            Some(Supply::Dual) => Category::HvDual,
            _ => Category::HvSingle,
        }
    }
}

/// Whether the starred steps (设计审查, 中间检查) apply: users who are not ordinary (注3).
/// A dual-supply user is a multi-source user (多电源用户), so always.
fn not_ordinary(a: &Answers, cat: Category) -> bool {
    match cat {
        Category::HvDual => true,
        Category::HvSingle => a.special.unwrap_or(false),
        _ => false,
    }
}

fn cap_basis(phase: Phase, cat: Category) -> Basis {
    // 二(三)1 connects 三零 users at low voltage; the others follow the cap of 台账30 and their
    // own row of 附件1 (high voltage: 附件1 注1).
    match (phase, cat) {
        (Phase::Y2022, Category::LvResidential | Category::LvThreeZero) => {
            &[&c::LV_CONNECTION_FOR_THREE_ZERO, &c::LEDGER_LV_CAP_2021]
        }
        (Phase::From2023, Category::LvResidential | Category::LvThreeZero) => {
            &[&c::LV_CONNECTION_FOR_THREE_ZERO, &c::LEDGER_LV_CAP_2022]
        }
        (Phase::Y2022, Category::LvStandard) => &[&c::ROW_LV_STANDARD, &c::LEDGER_LV_CAP_2021],
        (Phase::From2023, Category::LvStandard) => &[&c::ROW_LV_STANDARD, &c::LEDGER_LV_CAP_2022],
        (Phase::Y2022, Category::HvSingle | Category::HvDual) => {
            &[&c::VOLTAGE_DEFINITION, &c::LEDGER_LV_CAP_2021]
        }
        (Phase::From2023, Category::HvSingle | Category::HvDual) => {
            &[&c::VOLTAGE_DEFINITION, &c::LEDGER_LV_CAP_2022]
        }
    }
}

/// 城镇 decides something only where the text splits 城市 and 农村 (the 2022 cap, the grid's
/// reliability target): there it counts as rural.
fn town_readings(area: Area) -> Readings {
    match area {
        Area::Town => &[Reading::TownIsRural],
        _ => &[],
    }
}

fn tier_basis(cat: Category, phase: Phase) -> Basis {
    match (cat, phase) {
        (Category::LvResidential, _) => &[
            &c::GOAL_THREE_ZERO_THREE_SAVE,
            &c::LEDGER_HOUSEHOLD_THREE_ZERO,
        ],
        (Category::LvThreeZero, Phase::Y2022) => {
            &[&c::GOAL_THREE_ZERO_THREE_SAVE, &c::LEDGER_THREE_ZERO_2021]
        }
        (Category::LvThreeZero, Phase::From2023) => {
            &[&c::GOAL_THREE_ZERO_THREE_SAVE, &c::LEDGER_THREE_ZERO_2022]
        }
        (Category::LvStandard, _) => &[&c::ROW_LV_STANDARD, &c::GOAL_THREE_ZERO_THREE_SAVE],
        (Category::HvSingle | Category::HvDual, _) => {
            &[&c::GOAL_THREE_ZERO_THREE_SAVE, &c::LEDGER_THREE_ZERO_2022]
        }
    }
}

fn category_basis(cat: Category) -> Basis {
    match cat {
        Category::LvResidential => &[&c::ROW_LV_RESIDENTIAL],
        Category::LvThreeZero => &[&c::ROW_LV_THREE_ZERO],
        Category::LvStandard => &[&c::ROW_LV_STANDARD],
        Category::HvSingle => &[&c::ROW_HV_SINGLE, &c::VOLTAGE_DEFINITION],
        Category::HvDual => &[&c::ROW_HV_DUAL, &c::VOLTAGE_DEFINITION],
    }
}

fn documents(id: StepId, connection: Connection) -> Vec<DocumentNeed> {
    let need = |document, enough_to_start| DocumentNeed {
        document,
        enough_to_start,
        reading: match document {
            Document::PropertyDocument => Some(Reading::LeaseIsPropertyDocument),
            _ => None,
        },
    };
    match (id, connection) {
        (StepId::Acceptance, Connection::LowVoltage) => {
            vec![
                need(Document::IdDocument, true),
                need(Document::PropertyDocument, false),
            ]
        }
        (StepId::Acceptance, Connection::HighVoltage) => vec![
            need(Document::IdDocument, true),
            need(Document::PropertyDocument, false),
            need(Document::ProjectApproval, false),
        ],
        (StepId::DesignReview, _) => {
            vec![
                need(Document::DesignerQualification, false),
                need(Document::Design, false),
            ]
        }
        (StepId::MidInspection, _) => vec![
            need(Document::ContractorQualification, false),
            need(Document::ConcealedWorksRecords, false),
        ],
        (StepId::Connection, Connection::HighVoltage) => {
            vec![need(Document::CompletionReport, false)]
        }
        _ => Vec::new(),
    }
}

fn step_basis(id: StepId, cat: Category) -> Basis {
    let lv_two_step = matches!(cat, Category::LvResidential | Category::LvThreeZero);
    match id {
        StepId::Acceptance => &[&c::DOCS_ACCEPTANCE, &c::ONE_DOCUMENT],
        StepId::SupplyPlan if cat.connection() == Connection::HighVoltage => {
            &[&c::NOTE_HV_RESPONSIBILITY, &c::HV_SUPPLY_PLAN_PRINCIPLES]
        }
        StepId::SupplyPlan => &[&c::ROW_LV_STANDARD],
        StepId::DesignReview => &[&c::NOTE_ORDINARY_HV, &c::DOCS_DESIGN_REVIEW],
        StepId::ExternalWorks => &[&c::NOTE_ORDINARY_HV, &c::NOTE_HV_RESPONSIBILITY],
        StepId::MidInspection => &[&c::NOTE_ORDINARY_HV, &c::DOCS_MID_INSPECTION],
        StepId::Connection if lv_two_step => &[&c::NOTE_TWO_STEPS, &c::LV_NO_INSPECTIONS],
        StepId::Connection if cat == Category::LvStandard => &[&c::LV_NO_INSPECTIONS],
        StepId::Connection => &[&c::DOCS_COMPLETION, &c::NOTE_HV_RESPONSIBILITY],
    }
}

fn step_readings(id: StepId, cat: Category) -> Readings {
    match (id, cat) {
        (StepId::Connection, Category::LvThreeZero) => {
            &[Reading::ThreeZeroConnectionEndsWithWholeProcess]
        }
        (StepId::Connection, Category::LvStandard) => {
            &[Reading::OwnWorksBeforeLowVoltageConnection]
        }
        _ => &[],
    }
}

/// The customer's own design and construction days, when both are given.
fn own_works(a: &Answers) -> Option<(u32, u32)> {
    match (a.own_works.design_days, a.own_works.works_days) {
        (Some(d), Some(w)) => Some((d, w)),
        _ => None,
    }
}

/// The steps for a category, dated where their start is known.
fn steps(a: &Answers, cat: Category, cal: &impl WorkingCalendar) -> Vec<Step> {
    let row = cat.row();
    let starred = not_ordinary(a, cat);
    let connection = cat.connection();
    let step = |id: StepId, days: Option<u32>, starred: bool, timing: Timing| Step {
        id,
        days: days.map(WorkingDays::whole),
        responsible: if id == StepId::ExternalWorks {
            Party::Customer
        } else {
            Party::PowerCompany
        },
        starred,
        documents: documents(id, connection),
        timing,
        starts_on: None,
        basis: std::iter::once(row.clause)
            .chain(step_basis(id, cat).iter().copied())
            .collect(),
        readings: step_readings(id, cat),
    };
    let after_customer = |mut s: Step, trigger: Trigger| {
        s.starts_on = Some(trigger);
        s
    };
    let dated = |start: NaiveDate, days: u32| calendar::span(cal, start, WorkingDays::whole(days));

    let mut out = Vec::new();
    let acceptance = dated(a.date.get(), row.acceptance);
    let mut cursor = acceptance.due;
    out.push(step(
        StepId::Acceptance,
        Some(row.acceptance),
        false,
        Timing::Dated(acceptance),
    ));
    if let Some(days) = row.supply_plan {
        let s = dated(cursor, days);
        cursor = s.due;
        out.push(step(
            StepId::SupplyPlan,
            Some(days),
            false,
            Timing::Dated(s),
        ));
    }
    if connection == Connection::LowVoltage {
        let timing = match row.whole_process {
            // 附件1: the whole process (6) is longer than the company's own steps (3): the
            // connection works are built inside 施工接电, which ends with the whole process.
            Some(whole) if whole > row.total => {
                let end = dated(a.date.get(), whole).due;
                let days = calendar::working_days_between(cal, cursor, end);
                Timing::UntilWholeProcess(dated(cursor, days))
            }
            // Households: 1 + 2 = 3 = the whole process.
            Some(_) => Timing::Dated(dated(cursor, row.connection)),
            // 非三零: the customer builds their own works after the supply plan; the 2 days
            // run from their report that the works are complete.
            None => match own_works(a) {
                Some((design, works)) => {
                    let done = calendar::add_calendar_days(
                        calendar::add_calendar_days(cursor, design),
                        works,
                    );
                    Timing::Dated(dated(done, row.connection))
                }
                None => Timing::AfterCustomer(Trigger::WorksCompleted),
            },
        };
        let s = step(StepId::Connection, Some(row.connection), false, timing);
        out.push(if row.whole_process.is_none() {
            after_customer(s, Trigger::WorksCompleted)
        } else {
            s
        });
        return out;
    }

    // High voltage: after the supply plan, the customer designs and builds; company steps wait
    // for them, unless the customer told us how long their own design and works take.
    let review_days = row.design_review.filter(|_| starred);
    let inspection_days = row.mid_inspection.filter(|_| starred);
    match own_works(a) {
        None => {
            if let Some(days) = review_days {
                out.push(after_customer(
                    step(
                        StepId::DesignReview,
                        Some(days),
                        true,
                        Timing::AfterCustomer(Trigger::DesignSubmitted),
                    ),
                    Trigger::DesignSubmitted,
                ));
            }
            out.push(step(
                StepId::ExternalWorks,
                None,
                false,
                Timing::OwnWorksUndated,
            ));
            if let Some(days) = inspection_days {
                out.push(after_customer(
                    step(
                        StepId::MidInspection,
                        Some(days),
                        true,
                        Timing::AfterCustomer(Trigger::InspectionRequested),
                    ),
                    Trigger::InspectionRequested,
                ));
            }
            out.push(after_customer(
                step(
                    StepId::Connection,
                    Some(row.connection),
                    false,
                    Timing::AfterCustomer(Trigger::WorksCompleted),
                ),
                Trigger::WorksCompleted,
            ));
        }
        Some((design_days, works_days)) => {
            let works_from = cursor;
            let design_done = calendar::add_calendar_days(works_from, design_days);
            let mut build_from = design_done;
            let review = review_days.map(|days| {
                let s = dated(design_done, days);
                build_from = s.due;
                (days, s)
            });
            let mut build_to = calendar::add_calendar_days(build_from, works_days);
            // The mid-construction inspection is asked for during the works; this estimate
            // places the request halfway through them.
            let inspection = inspection_days.map(|days| {
                let s = dated(
                    calendar::add_calendar_days(build_from, works_days / 2),
                    days,
                );
                build_to = build_to.max(s.due);
                (days, s)
            });
            if let Some((days, s)) = review {
                out.push(after_customer(
                    step(StepId::DesignReview, Some(days), true, Timing::Dated(s)),
                    Trigger::DesignSubmitted,
                ));
            }
            out.push(step(
                StepId::ExternalWorks,
                None,
                false,
                Timing::OwnWorks {
                    from: works_from,
                    to: build_to,
                    design_done,
                },
            ));
            if let Some((days, s)) = inspection {
                out.push(after_customer(
                    step(StepId::MidInspection, Some(days), true, Timing::Dated(s)),
                    Trigger::InspectionRequested,
                ));
            }
            out.push(after_customer(
                step(
                    StepId::Connection,
                    Some(row.connection),
                    false,
                    Timing::Dated(dated(build_to, row.connection)),
                ),
                Trigger::WorksCompleted,
            ));
        }
    }
    out
}

fn cost(a: &Answers, cat: Category, phase: Phase) -> Cost {
    let mut items = Vec::new();
    let zero = cat.tier() == Tier::ThreeZero;
    match cat {
        Category::LvResidential => {
            items.push(cite(
                CostItem::ZeroInvestment,
                &[
                    &c::INVESTMENT_TO_RED_LINE,
                    &c::ZERO_INVESTMENT_ENSURED,
                    &c::LEDGER_RED_LINE_HOUSEHOLD,
                ],
            ));
        }
        Category::LvThreeZero => {
            let ledger: Basis = match phase {
                Phase::Y2022 => &[
                    &c::INVESTMENT_TO_RED_LINE,
                    &c::ZERO_INVESTMENT_ENSURED,
                    &c::LEDGER_RED_LINE_2021,
                ],
                Phase::From2023 => &[
                    &c::INVESTMENT_TO_RED_LINE,
                    &c::ZERO_INVESTMENT_ENSURED,
                    &c::LEDGER_RED_LINE_2022,
                ],
            };
            items.push(cite(CostItem::ZeroInvestment, ledger));
        }
        // Everyone pays inside their own line; the grid's investment up to it is 三零's (二(三)2).
        Category::LvStandard => items.push(cite_read(
            CostItem::OwnSideWorks,
            &[&c::INVESTMENT_TO_RED_LINE],
            &[Reading::SupplyPlanSetsBoundary],
        )),
        Category::HvSingle | Category::HvDual => {
            let readings: Readings = match a.customer {
                Customer::Household => &[
                    Reading::SupplyPlanSetsBoundary,
                    Reading::HouseholdAboveCapIsHighVoltage,
                ],
                _ => &[Reading::SupplyPlanSetsBoundary],
            };
            items.push(cite_read(
                CostItem::HvBoundaryBySupplyPlan,
                &[&c::HV_SUPPLY_PLAN_PRINCIPLES, &c::HV_INVESTMENT_PRIORITY],
                readings,
            ));
            items.push(cite(
                CostItem::HvSupplyPlanPrinciples,
                &[&c::HV_SUPPLY_PLAN_PRINCIPLES],
            ));
            items.push(cite(
                CostItem::HvInvestmentExtended,
                &[&c::HV_INVESTMENT_PRIORITY],
            ));
        }
    }
    if zero {
        items.push(cite(
            CostItem::ZeroInvestmentNotNarrowed,
            &[&c::LEDGER_ZERO_NOT_REDUCED],
        ));
    }
    match a.usage {
        Some(u @ (Usage::EvCharging | Usage::Campaign | Usage::ParkElectrification)) => {
            let item = if cat.connection() == Connection::HighVoltage {
                CostItem::HvPriority(u)
            } else {
                CostItem::PriorityIsForHighVoltage(u)
            };
            items.push(cite(item, &[&c::HV_INVESTMENT_PRIORITY]));
        }
        Some(Usage::Temporary) => items.push(cite(
            CostItem::TemporaryRental,
            &[&c::TEMPORARY_POWER_RENTAL],
        )),
        Some(Usage::General) | None => {}
    }
    items.push(cite(CostItem::LawfulFeesOnly, &[&c::LAWFUL_FEES_ONLY]));
    Cost {
        zero_investment: zero,
        items,
    }
}

fn approval(a: &Answers, cat: Category) -> Approval {
    let ordinary = !not_ordinary(a, cat);
    if above_10kv(a.kw) {
        // 二(一)2 (and 一, 台账2) speak of works of 10 kV and below; 台账18 only promises that
        // approval for 35 kV and above will be shortened. No path, nothing to decide.
        return Approval {
            path: None,
            possible: Vec::new(),
            deciding: Vec::new(),
            handler: handler(cat.tier(), a.works.builder, None),
            basis: &[&c::LEDGER_PARALLEL_10KV, &c::LEDGER_35KV_APPROVAL],
            readings: &[Reading::Above10kvByCapacity],
            set_by_policy: false,
            alongside_works: None,
        };
    }
    let possible = possible_paths(&a.works);
    let path = match possible.as_slice() {
        [only] => Some(*only),
        _ => None,
    };
    let deciding = [Param::LineM, Param::DigM, Param::CityCore, Param::Builder]
        .into_iter()
        .filter(|&p| decides_approval(&a.works, p))
        .collect();
    Approval {
        path,
        deciding,
        handler: handler(cat.tier(), a.works.builder, path),
        basis: match path {
            Some(p) => p.basis(cat, ordinary),
            None => &[
                &c::ROAD_AND_GREEN_APPROVALS,
                &c::APPROVAL_NOTIFY_COMMIT,
                &c::APPROVAL_FILING,
                &c::APPROVAL_PARALLEL,
            ],
        },
        readings: match path {
            Some(p) => p.readings(),
            None => &[],
        },
        set_by_policy: true,
        // Something may be approved: it runs alongside the works (同步受理、并联审批).
        alongside_works: (path != Some(ApprovalPath::None)).then_some(cite_read(
            (),
            &[&c::APPROVAL_ONE_WINDOW],
            &[Reading::ApprovalAddsNoStep],
        )),
        possible,
    }
}

/// Who deals with the approval: 代办 for 三零 (台账16); otherwise whoever builds the works.
/// Only the 告知承诺 clause names the builder (works "由供电公司建设或受托承建"); for the other
/// paths the builder applying is this project's reading.
#[inline(never)]
fn handler(
    tier: Tier,
    builder: Option<Builder>,
    path: Option<ApprovalPath>,
) -> Cited<ApprovalHandler> {
    let one_window: Basis = &[&c::APPROVAL_ONE_WINDOW];
    let read: Readings = &[Reading::BuilderApplies];
    match (tier, builder, path) {
        (Tier::ThreeZero, _, _) => cite(
            ApprovalHandler::PowerCompany,
            &[&c::LEDGER_PROXY, &c::GOAL_THREE_ZERO_THREE_SAVE],
        ),
        (_, Some(Builder::Grid), Some(ApprovalPath::NotifyCommit)) => cite(
            ApprovalHandler::PowerCompanyAsBuilder,
            &[&c::APPROVAL_NOTIFY_COMMIT],
        ),
        (_, Some(Builder::Grid), _) => {
            cite_read(ApprovalHandler::PowerCompanyAsBuilder, one_window, read)
        }
        (_, Some(Builder::Own), _) => cite_read(ApprovalHandler::Customer, one_window, read),
        (_, None, _) => cite_read(ApprovalHandler::Builder, one_window, read),
    }
}

fn channels(a: &Answers) -> Vec<Cited<Channel>> {
    vec![
        cite(
            Channel::Online,
            &[&c::ONLINE_CHANNELS, &c::FREE_CHOICE_OF_CHANNEL],
        ),
        cite(
            Channel::OnlineIdentity(a.customer),
            &[&c::FACE_AND_ONE_CERTIFICATE],
        ),
        cite(
            Channel::GovernmentServiceCentre,
            &[&c::GOVERNMENT_SERVICE_WINDOWS],
        ),
        cite(Channel::ProgressOnline, &[&c::ONLINE_PROGRESS]),
    ]
}

fn reliability(area: Area) -> Cited<Reliability> {
    let hours = match area {
        Area::Center => 2,
        Area::Urban => 5,
        Area::Town => 9,
        Area::Rural => 15,
    };
    let city_grid = area.is_city();
    cite_read(
        Reliability {
            area,
            hours,
            city_grid,
            grid_hours: if city_grid { 3 } else { 14 },
        },
        &[&c::RELIABILITY_BY_AREA, &c::RELIABILITY_BY_GRID],
        town_readings(area),
    )
}

fn rights() -> Vec<Cited<Right>> {
    vec![
        cite(Right::NoExtraSteps, &[&c::NO_EXTRA_STEPS]),
        cite(Right::NoExtraDocuments, &[&c::NO_EXTRA_STEPS]),
        cite(Right::NoForcedUndertaking, &[&c::NO_EXTRA_STEPS]),
        cite(Right::FreeChoiceOfChannel, &[&c::FREE_CHOICE_OF_CHANNEL]),
        cite(Right::NoUnlawfulFees, &[&c::LAWFUL_FEES_ONLY]),
        cite(
            Right::NoArbitraryDisconnection,
            &[&c::NO_ARBITRARY_DISCONNECTION],
        ),
        cite(
            Right::PublishedInformation,
            &[&c::PUBLIC_INFORMATION, &c::HOTLINES],
        ),
        cite(
            Right::HonestRecords,
            &[&c::HONEST_RECORDS, &c::TIME_LIMITS_ENFORCED],
        ),
        cite(Right::OutageNotices, &[&c::OUTAGE_NOTICES]),
    ]
}

/// The estimate for complete answers. Pure: the calendar is an input.
pub fn estimate(a: &Answers, cal: &impl WorkingCalendar) -> Estimate {
    let phase = Phase::of(a.date.get());
    let cat = category(a);
    let connection = cat.connection();
    let tier = cat.tier();
    let steps = steps(a, cat, cal);
    let supplier_days: WorkingDays = steps.iter().filter_map(|s| s.days).sum();
    let row = cat.row();
    let whole_process_basis: Basis = match cat {
        Category::LvResidential => &[&c::ROW_LV_RESIDENTIAL, &c::NOTE_TWO_STEPS],
        _ => &[&c::ROW_LV_THREE_ZERO, &c::NOTE_TWO_STEPS],
    };
    let whole_process = row.whole_process.map(|days| {
        cite(
            calendar::span(cal, a.date.get(), WorkingDays::whole(days)),
            whole_process_basis,
        )
    });

    let mut refinements: Vec<Refinement> = Vec::new();
    let approval = approval(a, cat);
    refinements.extend(approval.deciding.iter().map(|&p| Refinement::Approval(p)));
    if steps.iter().any(|s| s.starts_on.is_some()) && own_works(a).is_none() {
        refinements.push(Refinement::OwnWorksDates);
    }
    if !a.date_given {
        refinements.push(Refinement::DateAssumedToday);
    }

    let (supplier_basis, supplier_readings): (Basis, Readings) = match (cat, not_ordinary(a, cat)) {
        (Category::HvSingle, true) => (&[&c::ROW_HV_SINGLE, &c::NOTE_ORDINARY_HV], &[]),
        (Category::HvSingle, false) => (
            &[
                &c::ROW_HV_SINGLE,
                &c::NOTE_ORDINARY_HV,
                &c::NOTE_HV_RESPONSIBILITY,
            ],
            &[],
        ),
        (Category::HvDual, _) => (
            &[&c::ROW_HV_DUAL, &c::NOTE_ORDINARY_HV],
            &[Reading::DualSupplyIsMultiSource],
        ),
        (Category::LvStandard, _) => (&[&c::ROW_LV_STANDARD], &[]),
        (Category::LvThreeZero, _) => (&[&c::ROW_LV_THREE_ZERO, &c::NOTE_TWO_STEPS], &[]),
        (Category::LvResidential, _) => (&[&c::ROW_LV_RESIDENTIAL, &c::NOTE_TWO_STEPS], &[]),
    };
    let supplier_days = cite_read(supplier_days, supplier_basis, supplier_readings);

    let tier_readings: Readings = match (cat, a.customer) {
        (Category::LvThreeZero, Customer::SmallMicro) => &[Reading::IndividualBusinessIsSmallMicro],
        _ => &[],
    };
    Estimate {
        answers: *a,
        category: cite(cat, category_basis(cat)),
        tier: cite_read(tier, tier_basis(cat, phase), tier_readings),
        connection: cite_read(
            ConnectionDecision {
                connection,
                phase,
                cap: phase.low_voltage_cap(a.area),
                kw: a.kw,
                above_10kv: above_10kv(a.kw),
            },
            cap_basis(phase, cat),
            match phase {
                Phase::Y2022 => town_readings(a.area),
                Phase::From2023 => &[],
            },
        ),
        steps,
        supplier_days,
        whole_process,
        approval,
        cost: cost(a, cat, phase),
        channels: channels(a),
        service: match connection {
            Connection::HighVoltage => cite(
                ServiceModel::OnePlusNTeam,
                &[&c::HV_SERVICE_TEAM, &c::LV_E_CONTRACT],
            ),
            Connection::LowVoltage => cite(
                ServiceModel::GridManager,
                &[&c::LV_GRID_SERVICE, &c::LV_E_CONTRACT],
            ),
        },
        hotlines: cite_read(
            ["95598", "12398"],
            &[&c::HOTLINES],
            &[Reading::HotlinesInOrder],
        ),
        reliability: reliability(a.area),
        rights: rights(),
        refinements,
        counting: &[&c::CIVIL_CODE_201],
    }
}

#[cfg(test)]
mod tests;
