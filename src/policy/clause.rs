//! The clauses of 宿发改能源函〔2021〕37号 the estimator rests on, each with its reference in
//! the document's own numbering, the passage itself (verbatim, checked against
//! `data/policy-seed.txt` by the tests) and an English rendering.
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

/// One cited passage.
#[derive(Debug, PartialEq, Eq)]
pub struct Clause {
    pub source: Source,
    /// The reference in the document's own numbering, e.g. `二(一)2`.
    pub reference: &'static str,
    /// The passage, verbatim (附件1 rows are rendered as "row: column value, …").
    pub zh: &'static str,
    /// English rendering.
    pub en: &'static str,
}

/// The policy's number, printed on every result.
pub const POLICY: &str = "宿发改能源函〔2021〕37号";
/// Its title.
pub const POLICY_TITLE_ZH: &str = "全面提升我市“获得电力”服务水平 持续优化用电营商环境工作方案";
pub const POLICY_TITLE_EN: &str =
    "Work plan to raise Suzhou's 'Getting Electricity' service and keep improving the business environment for electricity use";
pub const POLICY_ISSUED: &str = "2021-05-11";

macro_rules! clause {
    ($name:ident, $reference:literal, $zh:literal, $en:literal) => {
        pub const $name: Clause = Clause {
            source: Source::Policy,
            reference: $reference,
            zh: $zh,
            en: $en,
        };
    };
}

// ── Goals and phases ────────────────────────────────────────────────────────────────────────

clause!(
    GOAL_THREE_ZERO_THREE_SAVE,
    "一",
    "2022年底前，在全市范围内实现居民用户和低压小微企业用电报装“零上门、零审批、零投资”（以下简称“三零”）服务、高压用户用电报装“省力、省时、省钱”（以下简称“三省”）服务",
    "By the end of 2022, households and low-voltage small and micro enterprises across the city get connections with 'zero visits, zero approvals, zero investment' (三零), and high-voltage customers get 'less effort, less time, less money' (三省)."
);
clause!(
    LEDGER_HOUSEHOLD_THREE_ZERO,
    "台账1",
    "2020年底，实现居民用户用电报装“三零”服务；",
    "By the end of 2020, households get 三零 connection service."
);
clause!(
    LEDGER_THREE_ZERO_2021,
    "台账1",
    "2021年底前，实现城市地区160kW及以下、农村地区100kW及以下的小微企业用电报装“三零”服务；",
    "By the end of 2021, small and micro enterprises get 三零 service up to 160 kW in urban areas and up to 100 kW in rural areas."
);
clause!(
    LEDGER_THREE_ZERO_2022,
    "台账1",
    "2022年底前，实现全市范围160kW及以下的小微企业用电报装“三零”服务，高压用户用电报装“三省”服务。",
    "By the end of 2022, small and micro enterprises up to 160 kW get 三零 service city-wide, and high-voltage customers get 三省 service."
);
clause!(
    LEDGER_LV_CAP_2021,
    "台账30",
    "2021年底前，将低压接入容量提高至城市地区160kW及以下、农村地区100kW及以下；",
    "By the end of 2021, low-voltage connection is raised to 160 kW and below in urban areas and 100 kW and below in rural areas."
);
clause!(
    LEDGER_LV_CAP_2022,
    "台账30",
    "2022年底前，全市范围将低压接入容量提高至160kW及以下。",
    "By the end of 2022, low-voltage connection is raised to 160 kW and below city-wide."
);
clause!(
    LV_CONNECTION_FOR_THREE_ZERO,
    "二(三)1",
    "对用电报装容量160kW及以下实行“三零”服务的用户采取低压方式接入电网。",
    "Customers with 三零 service and a requested capacity of 160 kW or less are connected at low voltage."
);
clause!(
    VOLTAGE_DEFINITION,
    "附件1 注1",
    "低压用户指采用380V及以下电压供电的用户，高压用户指采用10kV及以上电压供电的用户。",
    "Low-voltage customers are supplied at 380 V or below; high-voltage customers at 10 kV or above."
);

// ── 附件1: steps and time limits ─────────────────────────────────────────────────────────────

clause!(
    ROW_LV_RESIDENTIAL,
    "附件1",
    "低压居民用户：业务受理 1，竣工检验与装表接电 2，合计办理时间 3，全过程办电时间 3（单位：工作日）",
    "Low-voltage households: acceptance 1, completion inspection and meter connection 2, total 3, whole process 3 (working days)."
);
clause!(
    ROW_LV_THREE_ZERO,
    "附件1",
    "实行“三零”服务的低压非居民用户：业务受理 1，竣工检验与装表接电 2，合计办理时间 3，全过程办电时间 6（单位：工作日）",
    "Low-voltage non-residential customers with 三零 service: acceptance 1, completion inspection and meter connection 2, total 3, whole process 6 (working days)."
);
clause!(
    ROW_LV_STANDARD,
    "附件1",
    "未实行“三零”服务的低压非居民用户：业务受理 1，供电方案答复 2，竣工检验与装表接电 2，合计办理时间 5（单位：工作日）",
    "Low-voltage non-residential customers without 三零 service: acceptance 1, supply plan reply 2, completion inspection and meter connection 2, total 5 (working days)."
);
clause!(
    ROW_HV_SINGLE,
    "附件1",
    "高压单电源用户：业务受理 1，供电方案答复 7，设计审查 3*，中间检查 2*，竣工检验与装表接电 6，合计办理时间 14（19*）（单位：工作日）",
    "High-voltage single-supply customers: acceptance 1, supply plan reply 7, design review 3*, mid-construction inspection 2*, completion inspection and meter connection 6, total 14 (19*) (working days; * only for customers who are not ordinary)."
);
clause!(
    ROW_HV_DUAL,
    "附件1",
    "高压双电源用户：业务受理 1，供电方案答复 18，设计审查 3*，中间检查 2*，竣工检验与装表接电 6，合计办理时间 25（30*）（单位：工作日）",
    "High-voltage dual-supply customers: acceptance 1, supply plan reply 18, design review 3*, mid-construction inspection 2*, completion inspection and meter connection 6, total 25 (30*) (working days; * only for customers who are not ordinary)."
);
clause!(
    NOTE_TWO_STEPS,
    "附件1 注2",
    "对于居民用户和实行“三零”服务的低压非居民用户，用电报装压减为业务受理、施工接电2个环节。",
    "For households and low-voltage non-residential customers with 三零 service, a connection takes two steps: acceptance, and works and connection."
);
clause!(
    NOTE_ORDINARY_HV,
    "附件1 注3",
    "对高压用户中的非重要电力用户（指除重要用户、多电源用户、专线用户和有波动负荷、冲击负荷、不对称负荷等用户以外的普通用户），取消设计审查和中间检查环节，压减为“业务受理、供电方案答复、外部工程实施、竣工检验与装表接电”4个环节",
    "For ordinary high-voltage customers (anyone except important users, multi-source users, dedicated-line users and users with fluctuating, impact or asymmetric loads), design review and mid-construction inspection are dropped, leaving four steps: acceptance, supply plan reply, external works, completion inspection and meter connection."
);
clause!(
    NOTE_HV_RESPONSIBILITY,
    "附件1 注3",
    "供电公司责任范围为“业务受理、供电方案答复、竣工检验与装表接电”3个环节。",
    "The power company is responsible for three of them: acceptance, supply plan reply, completion inspection and meter connection."
);
clause!(
    LV_NO_INSPECTIONS,
    "二(二)1",
    "取消低压用户的设计审查、中间检查和竣工检验环节。",
    "Design review, mid-construction inspection and completion inspection are abolished for low-voltage customers."
);
clause!(
    TIME_LIMITS_ENFORCED,
    "二(一)1",
    "严格实行业务办理限时制。",
    "Time limits for every step are strictly enforced."
);

// ── Documents ────────────────────────────────────────────────────────────────────────────────

clause!(
    DOCS_ACCEPTANCE,
    "二(二)1",
    "低压用户在业务受理环节仅需提供用电人有效身份证件和用电地址物权证件，高压用户需同时提供用电工程项目批准或备案文件。",
    "At acceptance, low-voltage customers need only a valid identity document of the applicant and the property document for the supply address; high-voltage customers also need the project approval or filing document."
);
clause!(
    DOCS_DESIGN_REVIEW,
    "二(二)1",
    "高压用户在设计审查环节仅需提供设计单位资质证明材料和用电工程设计及说明书",
    "At design review, high-voltage customers need only the designer's qualification documents and the design with its description."
);
clause!(
    DOCS_MID_INSPECTION,
    "二(二)1",
    "在中间检查环节仅需提供施工单位资质证明材料和隐蔽工程施工及试验记录",
    "At mid-construction inspection: only the contractor's qualification documents and the records of concealed works and tests."
);
clause!(
    DOCS_COMPLETION,
    "二(二)1",
    "在竣工检验环节仅需提供工程竣工报告（含竣工图纸）。",
    "At completion inspection: only the completion report (with as-built drawings)."
);
clause!(
    ONE_DOCUMENT,
    "二(二)1",
    "推行办电“一证受理”，用户凭用电人有效身份证件即可启动办电程序，其他资料在后续办电环节收集。",
    "'One document to start': the applicant's valid identity document is enough to start the application; other documents are collected in later steps."
);
clause!(
    NO_EXTRA_STEPS,
    "二(二)1",
    "除法律法规另有规定外，不得增设或变相设置用电报装业务办理环节和前置条件，不得增加申请资料，不得强制用户签订申请用电承诺书。",
    "Unless laws or regulations say otherwise, no steps or preconditions may be added, openly or disguised, no further documents may be required, and no customer may be forced to sign a letter of undertaking for the application."
);

// ── Approval of the connection works ────────────────────────────────────────────────────────

clause!(
    APPROVAL_ONE_WINDOW,
    "二(一)2",
    "推动线下“一窗受理”和线上“全程网办”，实现“一口申请、同步受理、并联审批、限时办结”。",
    "One window offline and fully online handling: one application, accepted together, approved in parallel, finished within a time limit."
);
clause!(
    APPROVAL_NOTIFY_COMMIT,
    "二(一)2",
    "宿州市城区范围内由供电公司建设或受托承建的10千伏及以下电力客户接入工程，开挖城市道路和临时占用绿地长度小于100米的市政接入电力工程，免除企业占掘路、占绿、占破路行政审批，实行告知承诺制。",
    "Inside the 宿州 city area, connection works of 10 kV or below built by or entrusted to the power company, with less than 100 m of road excavation and temporary green-space occupation, are exempt from road-excavation and green-space approvals: notification and commitment instead."
);
clause!(
    APPROVAL_FILING,
    "二(一)2",
    "对低压小微企业及管线长度200米及以内的电力接入工程（不含实行告知承诺制的工程），实行备案制办理，相关部门在申请受理后全部于1.5个工作日内完成占掘路、占绿、占破路审批的事项备案。",
    "Works for low-voltage small and micro enterprises, and works with up to 200 m of pipeline (other than those under notification and commitment), are filed: the departments complete the filing of road and green-space matters within 1.5 working days of acceptance."
);
clause!(
    APPROVAL_PARALLEL,
    "二(一)2",
    "管线长度大于200米、开挖城市道路和临时占用绿地长度大于100米的电力工程，实行并联审批，由市城管局行政审批窗口统一受理并派转，相关职能部门联合踏勘、并联审查，一窗出具行政审批办理结果，全过程在3个工作日完成。",
    "Works with more than 200 m of pipeline, or more than 100 m of road excavation and temporary green-space occupation, are approved in parallel: the city management bureau's approval window accepts and dispatches, departments survey jointly and review in parallel, one window issues the decision, all within 3 working days."
);
clause!(
    LEDGER_FILING_10KV,
    "台账15",
    "对低压小微企业及电力接入工程200米以内的10kV普通用户实行备案制。",
    "Filing applies to low-voltage small and micro enterprises and to ordinary 10 kV customers whose connection works are within 200 m."
);
clause!(
    LEDGER_PROXY,
    "台账16",
    "对由供电企业投资建设电力接入工程的用户，各供电企业要提供业务代办服务。",
    "Where the power company invests in and builds the connection works, it handles the formalities on the customer's behalf."
);

// ── Cost ─────────────────────────────────────────────────────────────────────────────────────

clause!(
    INVESTMENT_TO_RED_LINE,
    "二(三)2",
    "供电企业要继续将电网投资界面延伸至居民用户和低压小微企业用户红线（含计量装置）",
    "The power company extends its investment up to the property line (红线) of households and low-voltage small and micro enterprises, metering included."
);
clause!(
    ZERO_INVESTMENT_ENSURED,
    "二(三)3",
    "严格落实“三零”服务主体责任，对居民用户和已承诺实行“三零”服务的低压非居民用户确保做到办电“零投资”。",
    "The power company must ensure zero investment for households and for low-voltage non-residential customers it has committed to 三零 service."
);
clause!(
    LEDGER_RED_LINE_HOUSEHOLD,
    "台账34",
    "要继续将电网投资界面延伸至居民用户红线（含计量装置）。",
    "Keep extending grid investment to the household property line, metering included."
);
clause!(
    LEDGER_RED_LINE_2021,
    "台账35",
    "2021年底前，将电网投资界面延伸至城市地区160kW及以下、农村地区100kW及以下小微企业用户红线；",
    "By the end of 2021, grid investment reaches the property line of small and micro enterprises up to 160 kW in urban areas and 100 kW in rural areas."
);
clause!(
    LEDGER_RED_LINE_2022,
    "台账35",
    "2022年底前，全市范围将电网投资界面延伸至160kW及以下小微企业用户红线。",
    "By the end of 2022, grid investment reaches the property line of small and micro enterprises up to 160 kW city-wide."
);
clause!(
    LEDGER_ZERO_NOT_REDUCED,
    "台账37",
    "已实行“三零”服务的地区不得缩小“零投资”服务用户范围。",
    "Where 三零 service is in place, the range of customers with zero investment may not be narrowed."
);
clause!(
    LAWFUL_FEES_ONLY,
    "二(三)3",
    "严禁以任何名义直接或通过关联企业向用户收取不合理费用。",
    "Charging customers unreasonable fees under any name, directly or through affiliated companies, is strictly forbidden."
);
clause!(
    HV_INVESTMENT_PRIORITY,
    "二(三)2",
    "按照国家和省有关规定延伸高压用户电网投资界面，对涉及防范化解重大风险、精准脱贫、污染防治三大攻坚战的项目，以及省级及以上各类园区电能替代和电动汽车充换电设施项目可优先延伸。",
    "Grid investment for high-voltage customers is extended under national and provincial rules; projects in the three critical battles (major risks, targeted poverty alleviation, pollution control), electrification in provincial-or-higher parks, and EV charging and battery-swapping facilities may be extended first."
);
clause!(
    HV_SUPPLY_PLAN_PRINCIPLES,
    "二(三)1",
    "对高压用户要按照安全、经济、实用原则确定供电方案，并结合当地电网承载能力，优先使用现有公用线路供电，就近就便接入电网。",
    "For high-voltage customers the supply plan follows the principles of safe, economic and practical, considers the local grid's capacity, uses existing public lines first and connects at the nearest convenient point."
);
clause!(
    TEMPORARY_POWER_RENTAL,
    "二(三)1",
    "鼓励推广临时用电租赁共享服务，通过供电设施以租代购等方式满足用户临时用电需求。",
    "Rental and sharing of temporary supply equipment is encouraged: customers can rent rather than buy to meet temporary power needs."
);

// ── Channels, service, hotlines ──────────────────────────────────────────────────────────────

clause!(
    ONLINE_CHANNELS,
    "二(二)2",
    "供电企业要持续推广应用安徽政务服务网、“皖事通”APP、“网上国网”APP、“国网安徽电力”微信公众号、95598等线上用电报装渠道",
    "Online channels: 安徽政务服务网 (Anhui government services), the 皖事通 app, the 网上国网 app, the 国网安徽电力 WeChat official account, and 95598."
);
clause!(
    ONLINE_PROGRESS,
    "二(二)2",
    "实现“业务线上申请、信息线上流转、进度线上查询、服务线上评价”",
    "Apply online, information flows online, progress is tracked online, service is rated online."
);
clause!(
    FREE_CHOICE_OF_CHANNEL,
    "二(二)2",
    "各供电企业不得对用户自主选择的办电渠道加以限定。",
    "Power companies may not restrict the channel a customer chooses."
);
clause!(
    LV_E_CONTRACT,
    "二(二)2",
    "推行低压用户供用电合同电子化，推广高压用户客户经理预约上门服务",
    "Electronic supply contracts for low-voltage customers; visits by appointment from a customer manager for high-voltage customers."
);
clause!(
    GOVERNMENT_SERVICE_WINDOWS,
    "二(二)3",
    "实现市县政务服务中心办电窗口全覆盖，对人员服务、业务办理等与供电营业厅实行同质化管理。",
    "Every city and county government service centre has a power window, run to the same standard as a power company service hall."
);
clause!(
    FACE_AND_ONE_CERTIFICATE,
    "二(五)1",
    "实现居民用户“刷脸办电”，企业用户“一证办电”。",
    "Households apply by face recognition; enterprises with one certificate."
);
clause!(
    HV_SERVICE_TEAM,
    "二(五)2",
    "对高压用户，由客户经理和相关专业人员组成“1+N”服务团队，提供从技术咨询到装表接电的全过程服务。",
    "High-voltage customers get a '1+N' team, a customer manager with specialists, from the first technical advice to meter connection."
);
clause!(
    LV_GRID_SERVICE,
    "二(五)2",
    "对低压用户，由客户经理提供网格化、片区化、一站式服务。",
    "Low-voltage customers get one-stop service from the customer manager of their grid area."
);
clause!(
    HOTLINES,
    "二(五)3",
    "将12398能源监管热线和95598等供电服务热线同步、同对象公布到位，保障用户知情权。",
    "The 12398 energy regulation hotline and the 95598 power service hotline are published together, to the same customers, so customers know their rights."
);
clause!(
    PUBLIC_INFORMATION,
    "二(五)3",
    "通过线上线下各种渠道全面公开申请资料、工作流程、办理时限、办理环节和收费标准等",
    "Documents, procedures, time limits, steps and fees are published in full, online and offline."
);
clause!(
    HONEST_RECORDS,
    "二(一)1",
    "要如实记录用电报装时间信息，禁止“体外循环”、后补流程或重走流程。",
    "Application times must be recorded truthfully: no off-the-books handling, back-filled or restarted procedures."
);

// ── Reliability ──────────────────────────────────────────────────────────────────────────────

clause!(
    RELIABILITY_BY_AREA,
    "一",
    "2022年底前，全市中心区、市区、城镇、农村地区用户年均停电时间分别压减至2个、5个、9个、15个小时以内，或年均同比压缩8%以上。",
    "By the end of 2022, customers' average annual outage time is cut to within 2, 5, 9 and 15 hours in central, urban, town and rural areas, or by at least 8 % year on year."
);
clause!(
    RELIABILITY_BY_GRID,
    "二(四)2",
    "全市城网用户平均停电时间不超过3小时，农网用户平均停电时间不超过14小时，或年均同比压缩8%以上。",
    "City-grid customers' average outage time no more than 3 hours, rural-grid customers' no more than 14 hours, or a cut of at least 8 % a year."
);
clause!(
    OUTAGE_NOTICES,
    "二(四)2",
    "要将停电计划、故障停电、抢修进度和送电安排等信息通过短信、移动客户端、微信等渠道主动推送到用户。",
    "Planned outages, faults, repair progress and restoration are pushed to customers by SMS, app and WeChat."
);
clause!(
    NO_ARBITRARY_DISCONNECTION,
    "二(四)2",
    "不得以各种名义违规对用户实施拉闸断电。",
    "Customers may not be disconnected unlawfully under any pretext."
);

/// How working-day periods are counted.
pub const CIVIL_CODE_201: Clause = Clause {
    source: Source::CivilCode,
    reference: "民法典 第二百零一条",
    zh: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
    en: "A period counted in years, months or days excludes the day it starts; counting begins on the next day.",
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
    &APPROVAL_NOTIFY_COMMIT,
    &APPROVAL_FILING,
    &APPROVAL_PARALLEL,
    &LEDGER_FILING_10KV,
    &LEDGER_PROXY,
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
