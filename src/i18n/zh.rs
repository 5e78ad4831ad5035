//! 中文（默认）。

use super::*;

pub struct Zh;

const WEEKDAYS: [&str; 7] = [
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
];

fn opt(key: &'static str, label: &'static str, hint: &'static str) -> Opt {
    Opt { key, label, hint }
}

impl Text for Zh {
    fn lang(&self) -> Lang {
        Lang::Zh
    }

    fn app_title(&self) -> &'static str {
        "办电自助测算"
    }
    fn app_subtitle(&self) -> &'static str {
        "宿州市新装用电 · 服务、环节、资料与办结日期"
    }
    fn switch_to_other(&self) -> &'static str {
        "English"
    }
    fn switch_to_other_aria(&self) -> &'static str {
        "Switch to English"
    }
    fn elder_mode(&self) -> &'static str {
        "长辈模式"
    }
    fn elder_mode_hint(&self) -> &'static str {
        "大字、高对比度"
    }
    fn skip_to_content(&self) -> &'static str {
        "跳到主要内容"
    }
    fn footer_disclaimer(&self) -> &'static str {
        "本工具依据宿发改能源函〔2021〕37号测算，结果仅供参考，以供电公司正式答复为准。所有计算在您的设备上完成，不上传任何信息。"
    }
    fn hotline_power(&self) -> &'static str {
        "供电服务热线"
    }
    fn hotline_regulator(&self) -> &'static str {
        "能源监管热线"
    }
    fn call(&self, number: &str) -> String {
        format!("拨打 {number}")
    }

    fn start_lead(&self) -> &'static str {
        "回答几个简单问题，看看您在宿州新装用电能享受哪种服务、要经过哪些环节、准备哪些资料，以及供电公司最晚哪天办完。"
    }
    fn start_points(&self) -> [&'static str; 4] {
        [
            "适用的服务：“三零”或“三省”",
            "每个环节的办结日期（已计入节假日和调休）",
            "需要准备的资料和审批方式",
            "您的权利和投诉渠道",
        ]
    }
    fn start_button(&self) -> &'static str {
        "开始测算"
    }
    fn start_privacy(&self) -> &'static str {
        "不收集个人信息：您的回答只保存在本页网址里，关闭页面即消失。"
    }
    fn start_time(&self) -> &'static str {
        "大约需要 2 分钟，不确定的问题可以跳过。"
    }
    fn resume_button(&self) -> &'static str {
        "继续上次的回答"
    }

    fn back(&self) -> &'static str {
        "上一步"
    }
    fn next(&self) -> &'static str {
        "下一步"
    }
    fn not_sure(&self) -> &'static str {
        "不确定，跳过"
    }
    fn step_of(&self, n: usize, total: usize) -> String {
        format!("第 {n} 步，共 {total} 步")
    }
    fn policy_term(&self) -> &'static str {
        "政策用语："
    }
    fn question_title(&self, q: Question) -> &'static str {
        match q {
            Question::District => "用电地址在哪个区县？",
            Question::Town => "在哪个乡镇或街道？",
            Question::Area => "用电地址属于哪类地区？",
            Question::Customer => "谁来申请用电？",
            Question::Usage => "用电主要做什么？",
            Question::Capacity => "需要多大的用电容量？",
            Question::Supply => "需要单电源还是双电源？",
            Question::Special => "是否属于下列情况之一？",
            Question::LineLength => "接电工程的线路大约多长？",
            Question::DigLength => "需要开挖道路或临时占用绿地多长？",
            Question::CityCore => "工程在宿州市城区范围内吗？",
            Question::Builder => "接电工程由谁来建？",
            Question::OwnWorks => "您自己的设计和施工大约需要多久？",
            Question::Date => "打算哪天提出申请？",
        }
    }
    fn question_hint(&self, q: Question) -> &'static str {
        match q {
            Question::District => "宿州市下辖一区四县。",
            Question::Town => "用来建议地区类型。找不到或不确定可以跳过。",
            Question::Area => "地区类型决定供电可靠性目标；2022年还决定低压接入上限（城市160千瓦、农村100千瓦）。",
            Question::Customer => "居民和小微企业、个体工商户可享受“三零”服务。",
            Question::Usage => "有些用途会改变投资或费用安排，没有特别用途选第一项。",
            Question::Capacity => "单位是千瓦（kW），即所有设备同时用电的大致功率。不清楚可以用下面的设备估算。",
            Question::Supply => "双电源是两路电源互为备用，常见于医院、数据中心等不能停电的单位。",
            Question::Special => "属于其中任何一种，就要增加“设计审查”和“中间检查”两个环节。",
            Question::LineLength => "从电网接入点到您用电地址红线的电缆或架空线长度，单位米。不清楚可以跳过。",
            Question::DigLength => "开挖城市道路和临时占用绿地的总长度，单位米；不动道路和绿地请填 0。",
            Question::CityCore => "城区内由供电公司承建、开挖少于100米的工程，可以免办审批。",
            Question::Builder => "由供电公司建设或受托承建，还是您自己委托施工单位。",
            Question::OwnWorks => "高压用户的受电工程由您自行设计和施工。填写预计天数（自然日），就能推算到接电每一步的日期。",
            Question::Date => "默认是今天。申请日期决定适用的政策阶段，并作为计算工作日的起点。",
        }
    }
    fn question_term(&self, q: Question) -> &'static str {
        match q {
            Question::District => "用电地址（区县）",
            Question::Town => "乡镇、街道",
            Question::Area => "中心区、市区、城镇、农村地区",
            Question::Customer => "用户类型",
            Question::Usage => "临时用电、电动汽车充换电设施、三大攻坚战项目、园区电能替代",
            Question::Capacity => "用电报装容量",
            Question::Supply => "高压单电源用户、高压双电源用户",
            Question::Special => "非普通用户（重要用户、专线用户、波动/冲击/不对称负荷用户）",
            Question::LineLength => "管线长度",
            Question::DigLength => "开挖城市道路和临时占用绿地长度",
            Question::CityCore => "宿州市城区范围",
            Question::Builder => "由供电公司建设或受托承建",
            Question::OwnWorks => "外部工程实施",
            Question::Date => "申请日期",
        }
    }
    fn district_name(&self, _code: u32, chinese: &'static str) -> String {
        chinese.to_string()
    }
    fn district_hint(&self) -> &'static str {
        ""
    }
    fn town_label(&self) -> &'static str {
        "乡镇或街道"
    }
    fn town_choose(&self) -> &'static str {
        "请选择"
    }
    fn town_none(&self) -> &'static str {
        "请先选择区县，或跳过这一步。"
    }
    fn area_suggested(&self, town: &str, area: Area) -> String {
        format!(
            "根据“{town}”，建议选择“{}”。如不符合实际，可以改选。",
            self.area(area)
        )
    }
    fn area_why(&self) -> &'static str {
        "城市中心地段可选“中心区”。"
    }
    fn area(&self, a: Area) -> &'static str {
        match a {
            Area::Center => "中心区",
            Area::Urban => "市区",
            Area::Town => "城镇",
            Area::Rural => "农村",
        }
    }
    fn area_options(&self) -> [Opt; 4] {
        [
            opt("center", "中心区", "城市中心地段"),
            opt("urban", "市区", "城区的街道、社区"),
            opt("town", "城镇", "县城、建制镇"),
            opt("rural", "农村", "乡、村"),
        ]
    }
    fn customer(&self, c: Customer) -> &'static str {
        match c {
            Customer::Household => "居民家庭",
            Customer::SmallMicro => "小微企业、个体工商户",
            Customer::OtherOrg => "其他企业或机关事业单位",
        }
    }
    fn customer_options(&self) -> [Opt; 3] {
        [
            opt("household", "居民家庭", "住宅用电，包括自家充电桩"),
            opt(
                "small_micro",
                "小微企业、个体工商户",
                "商铺、餐馆、办公室、小作坊、家庭农场",
            ),
            opt(
                "other_org",
                "其他企业或机关事业单位",
                "工厂、学校、医院、规模较大的企业",
            ),
        ]
    }
    fn usage(&self, u: Usage) -> &'static str {
        match u {
            Usage::General => "日常生活、经营或生产",
            Usage::EvCharging => "电动汽车充换电设施",
            Usage::Temporary => "临时用电（如建筑工地）",
            Usage::Campaign => "三大攻坚战项目",
            Usage::ParkElectrification => "省级及以上园区电能替代项目",
        }
    }
    fn usage_options(&self) -> [Opt; 5] {
        [
            opt(
                "general",
                "日常生活、经营或生产",
                "住宅、商铺、办公、车间、养殖种植等",
            ),
            opt("ev", "电动汽车充换电设施", "高压项目可优先延伸电网投资界面"),
            opt(
                "temporary",
                "临时用电（如建筑工地）",
                "可以租用供电设施，以租代购",
            ),
            opt(
                "campaign",
                "三大攻坚战项目",
                "防范化解重大风险、精准脱贫、污染防治；高压项目可优先延伸投资",
            ),
            opt(
                "park",
                "省级及以上园区电能替代项目",
                "如以电代煤、以电代油；高压项目可优先延伸投资",
            ),
        ]
    }
    fn kw_label(&self) -> &'static str {
        "用电容量（千瓦）"
    }
    fn kw_unit(&self) -> &'static str {
        "千瓦"
    }
    fn kw_typical(&self) -> [(&'static str, &'static str); 4] {
        [
            ("8", "普通家庭 8 千瓦"),
            ("20", "小商铺 20 千瓦"),
            ("50", "餐馆 50 千瓦"),
            ("100", "小作坊 100 千瓦"),
        ]
    }
    fn kw_typical_label(&self) -> &'static str {
        "常见容量（点选填入）："
    }
    fn kw_line(&self, phase: Phase, area: Option<Area>, cap: Kw) -> String {
        let cap = cap.to_string();
        match (phase, area) {
            (Phase::Y2022, Some(a)) => format!(
                "2022年{}地区：{cap} 千瓦及以下低压接入（居民和小微企业享受“三零”）；超过 {cap} 千瓦要高压接入，环节更多、时间更长。",
                if a.is_city() { "城市" } else { "农村" }
            ),
            _ => format!(
                "{cap} 千瓦是分界线：{cap} 千瓦及以下低压接入（居民和小微企业享受“三零”，最快 3 个工作日）；超过 {cap} 千瓦要高压接入，至少 14 个工作日，受电工程需自己建设。"
            ),
        }
    }
    fn kw_feedback(&self, kw: &str, connection: Connection, cap: Kw) -> String {
        let cap = cap.to_string();
        match connection {
            Connection::LowVoltage => format!("{kw} 千瓦：不超过 {cap} 千瓦，低压接入。"),
            Connection::HighVoltage => format!("{kw} 千瓦：超过 {cap} 千瓦，需要高压接入。"),
        }
    }
    fn supply(&self, s: Supply) -> &'static str {
        match s {
            Supply::Single => "单电源",
            Supply::Dual => "双电源",
        }
    }
    fn supply_options(&self) -> [Opt; 2] {
        [
            opt("single", "单电源", "一路电源供电，大多数用户如此"),
            opt(
                "dual",
                "双电源",
                "两路电源互为备用；方案答复 18 个工作日，并须设计审查和中间检查",
            ),
        ]
    }
    fn special_options(&self) -> [Opt; 2] {
        [
            opt("0", "都不是", "普通用户：4 个环节"),
            opt("1", "是，属于其中一种", "增加设计审查、中间检查两个环节"),
        ]
    }
    fn special_list(&self) -> [&'static str; 3] {
        [
            "重要用户：一旦停电会危及人身安全或造成重大损失，如医院、化工企业",
            "专线用户：从变电站单独拉一条线路专供您使用",
            "波动、冲击或不对称负荷：如电弧炉、大型电焊机、轧机、电气化铁路牵引",
        ]
    }
    fn special_dual_note(&self) -> &'static str {
        "双电源用户本身属于多电源用户，无论怎样回答，都要经过设计审查和中间检查。"
    }
    fn yes_no_options(&self, q: Question) -> [Opt; 2] {
        match q {
            Question::CityCore => [
                opt("1", "是，在城区内", "宿州市城区范围"),
                opt("0", "不在城区", "县城、乡镇、农村等"),
            ],
            _ => [opt("1", "是", ""), opt("0", "否", "")],
        }
    }
    fn builder(&self, b: Builder) -> &'static str {
        match b {
            Builder::Grid => "供电公司建设或受托承建",
            Builder::Own => "自己委托的施工单位",
        }
    }
    fn builder_options(&self) -> [Opt; 2] {
        [
            opt(
                "grid",
                "供电公司建设或受托承建",
                "“三零”用户的接电工程由供电公司投资建设",
            ),
            opt("own", "自己委托的施工单位", "由您选择有资质的施工单位"),
        ]
    }
    fn metres_label(&self) -> &'static str {
        "长度（米）"
    }
    fn design_days_label(&self) -> &'static str {
        "设计（天）"
    }
    fn works_days_label(&self) -> &'static str {
        "施工（天）"
    }
    fn days_unit(&self) -> &'static str {
        "天"
    }
    fn date_label(&self) -> &'static str {
        "申请日期"
    }
    fn date_today(&self) -> &'static str {
        "今天"
    }
    fn problem(&self, param: Param, problem: Problem) -> String {
        let what = match param {
            Param::Kw => "容量",
            Param::LineM => "线路长度",
            Param::DigM => "开挖和占绿长度",
            Param::DesignDays => "设计天数",
            Param::WorksDays => "施工天数",
            Param::Date => "日期",
            _ => "这一项",
        };
        match problem {
            Problem::NotANumber if param == Param::Kw => {
                "请输入数字，例如 12 或 12.5（单位：千瓦）。".into()
            }
            Problem::NotANumber => format!("{what}请输入整数，例如 50；没有请填 0。"),
            Problem::NotPositive => "容量必须大于 0，例如 8 或 12.5（单位：千瓦）。".into(),
            Problem::Negative => format!("{what}不能是负数；没有请填 0。"),
            Problem::TooLarge { max } => match param {
                Param::Kw => format!("容量不能超过 {max} 千瓦，请检查是否多输了数字。"),
                Param::DesignDays | Param::WorksDays => format!("{what}不能超过 {max} 天。"),
                _ => format!("{what}不能超过 {max} 米。"),
            },
            Problem::NotWhole => format!("{what}请输入整数。"),
            Problem::Separators => "请不要用千位分隔符；小数请用小数点，例如 1000 或 12.5。".into(),
            Problem::Unknown { allowed } => format!(
                "“{}”的值无法识别，可选值为：{}。请在下面重新选择。",
                param.key(),
                allowed.join("、")
            ),
            Problem::NotADate => "请按“年-月-日”输入日期，例如 2026-11-26。".into(),
            Problem::BeforePolicy => {
                "本工具只测算 2022年1月1日及以后的申请：更早的日期不适用这些服务承诺。".into()
            }
            Problem::TooLate => "日期太远了，请输入 2099 年底以前的日期。".into(),
            Problem::UnknownDistrict => "请从宿州市的五个区县中选择。".into(),
            Problem::UnknownTown => "找不到这个乡镇或街道，请重新选择。".into(),
            Problem::TownOutsideDistrict => "这个乡镇或街道不在所选区县内，请重新选择。".into(),
        }
    }
    fn errors_heading(&self, n: usize) -> String {
        format!("有 {n} 处需要修改")
    }

    fn helper_toggle(&self) -> &'static str {
        "不知道容量？按设备估算"
    }
    fn helper_intro(&self) -> &'static str {
        "填写各类设备的数量，我们按典型功率相加，再乘以同时使用系数。实际容量以供电公司核定为准。"
    }
    fn equipment(&self, id: &str) -> &'static str {
        match id {
            "lighting" => "LED 灯（每盏约 0.1 千瓦）",
            "ac_small" => "挂式空调 1.5 匹（约 1.1 千瓦）",
            "ac_large" => "柜式空调 3 匹（约 2.4 千瓦）",
            "water_heater" => "电热水器（约 3 千瓦）",
            "induction_hob" => "电磁炉（约 2.2 千瓦）",
            "oven" => "电烤箱（约 3 千瓦）",
            "freezer" => "冰柜、冷柜（约 0.3 千瓦）",
            "computer" => "电脑、收银机（约 0.3 千瓦）",
            "motor_small" => "电动机 5.5 千瓦",
            "motor_large" => "电动机 15 千瓦",
            "welder" => "电焊机（约 10 千瓦）",
            "ev_ac" => "交流充电桩 7 千瓦",
            "ev_dc" => "直流快充桩 60 千瓦",
            _ => "设备",
        }
    }
    fn helper_count_label(&self, name: &str) -> String {
        format!("{name}的数量")
    }
    fn helper_connected(&self, kw: &str) -> String {
        format!("设备合计 {kw} 千瓦")
    }
    fn helper_result(&self, connected: &str, factor: &str, suggested: &str) -> String {
        format!("{connected} 千瓦 × 同时使用系数 {factor} ≈ {suggested} 千瓦（向上取整）")
    }
    fn helper_use(&self, suggested: &str) -> String {
        format!("填入 {suggested} 千瓦")
    }
    fn helper_empty(&self) -> &'static str {
        "填写设备数量后显示估算。"
    }

    fn summary_title(&self) -> &'static str {
        "请核对您的回答"
    }
    fn summary_hint(&self) -> &'static str {
        "点“修改”可以改答某一题，改完会回到这里。"
    }
    fn change(&self) -> &'static str {
        "修改"
    }
    fn not_answered(&self) -> &'static str {
        "不确定"
    }
    fn see_result(&self) -> &'static str {
        "查看测算结果"
    }
    fn yes(&self) -> &'static str {
        "是"
    }
    fn no(&self) -> &'static str {
        "否"
    }

    fn result_title(&self) -> &'static str {
        "测算结果"
    }
    fn tier(&self, t: Tier) -> &'static str {
        match t {
            Tier::ThreeZero => "“三零”服务",
            Tier::ThreeSave => "“三省”服务",
            Tier::Standard => "常规办电",
        }
    }
    fn tier_promise(&self, t: Tier) -> &'static str {
        match t {
            Tier::ThreeZero => "零上门、零审批、零投资：不用跑营业厅，审批由供电公司代办，电网投资建到您的红线（含电表）。",
            Tier::ThreeSave => "省力、省时、省钱：客户经理带“1+N”团队全程服务，办理时限压缩，电网投资界面可以按规定延伸。",
            Tier::Standard => "不属于“三零”范围的低压用户：3 个环节、5 个工作日；红线内的工程由您出资。",
        }
    }
    fn category(&self, c: Category) -> &'static str {
        match c {
            Category::LvResidential => "低压居民用户",
            Category::LvThreeZero => "实行“三零”服务的低压非居民用户",
            Category::LvStandard => "未实行“三零”服务的低压非居民用户",
            Category::HvSingle => "高压单电源用户",
            Category::HvDual => "高压双电源用户",
        }
    }
    fn connection(&self, c: Connection) -> &'static str {
        match c {
            Connection::LowVoltage => "低压接入（380伏及以下）",
            Connection::HighVoltage => "高压接入（10千伏及以上）",
        }
    }
    fn connection_reason(
        &self,
        c: Connection,
        kw: &str,
        cap: Kw,
        phase: Phase,
        area: Area,
    ) -> String {
        let cap = cap.to_string();
        let when = match phase {
            Phase::Y2022 => format!("2022年{}地区", if area.is_city() { "城市" } else { "农村" }),
            Phase::From2023 => "2023年起全市".to_string(),
        };
        match c {
            Connection::LowVoltage => {
                format!("您申请 {kw} 千瓦，不超过{when}低压接入上限 {cap} 千瓦。")
            }
            Connection::HighVoltage => {
                format!("您申请 {kw} 千瓦，超过{when}低压接入上限 {cap} 千瓦。")
            }
        }
    }
    fn supplier_days(&self, days: WorkingDays) -> String {
        format!("供电公司办理时限合计 {days} 个工作日")
    }
    fn whole_process(&self, days: WorkingDays, due: &str) -> String {
        format!("全过程（含接电工程施工）不超过 {days} 个工作日：最晚 {due} 通电")
    }
    fn no_whole_process(&self) -> &'static str {
        "全过程时间还取决于您自己的工程进度。"
    }
    fn basis(&self) -> &'static str {
        "依据"
    }
    fn basis_original(&self) -> &'static str {
        "原文"
    }

    fn timeline_title(&self) -> &'static str {
        "办理环节和日期"
    }
    fn timeline_visual_label(&self) -> &'static str {
        "办理环节时间图"
    }
    fn step_name(&self, s: StepId, c: Category) -> &'static str {
        match s {
            StepId::Acceptance => "业务受理",
            StepId::SupplyPlan => "供电方案答复",
            StepId::DesignReview => "设计审查",
            StepId::ExternalWorks => "外部工程实施",
            StepId::MidInspection => "中间检查",
            StepId::Connection if matches!(c, Category::LvResidential | Category::LvThreeZero) => {
                "施工接电"
            }
            StepId::Connection if c == Category::LvStandard => "装表接电",
            StepId::Connection => "竣工检验与装表接电",
        }
    }
    fn step_what(&self, s: StepId, c: Category) -> &'static str {
        match s {
            StepId::Acceptance => "供电公司受理您的申请。",
            StepId::SupplyPlan => "供电公司答复供电方案：从哪里接、用什么电压、怎么接。",
            StepId::DesignReview => "您提交受电工程设计后，供电公司审查。",
            StepId::ExternalWorks => "您按供电方案自行设计、施工受电工程。",
            StepId::MidInspection => "施工期间，隐蔽工程覆盖前，供电公司检查。",
            StepId::Connection if matches!(c, Category::LvResidential | Category::LvThreeZero) => {
                "供电公司建设接电工程、装表、通电。"
            }
            StepId::Connection if c == Category::LvStandard => "供电公司装表、通电。",
            StepId::Connection => "您报告工程竣工后，供电公司验收、装表、通电。",
        }
    }
    fn party_company(&self) -> &'static str {
        "供电公司办理"
    }
    fn party_you(&self) -> &'static str {
        "由您完成"
    }
    fn days(&self, d: WorkingDays) -> String {
        format!("{d} 个工作日")
    }
    fn must_finish_by(&self, date: &str) -> String {
        format!("供电公司须在 {date} 前办完")
    }
    fn counted_from(&self, date: &str) -> String {
        format!("从 {date} 的下一天起算")
    }
    fn after_customer(&self, t: Trigger, d: WorkingDays) -> String {
        match t {
            Trigger::DesignSubmitted => format!("您提交设计资料后 {d} 个工作日内办完"),
            Trigger::InspectionRequested => format!("您在施工中申请检查后 {d} 个工作日内办完"),
            Trigger::WorksCompleted => format!("您报告工程竣工后 {d} 个工作日内办完"),
        }
    }
    fn own_works_dated(&self, from: &str, to: &str, design: u32, works: u32) -> String {
        format!("{from} 至 {to}：按您填写的设计 {design} 天、施工 {works} 天估算")
    }
    fn own_works_undated(&self) -> &'static str {
        "由您自行安排，供电公司不计时限。填写预计的设计和施工天数，就能推算后面每一步的日期。"
    }
    fn own_works_add(&self) -> &'static str {
        "填写设计和施工天数"
    }
    fn starred(&self) -> &'static str {
        "非普通用户才有的环节"
    }
    fn closure(&self, c: &Closure, from: &str, to: &str) -> String {
        match c.holiday {
            Some(h) => format!(
                "期间有{}假期（{from}至{to}，共 {} 天），不计入工作日",
                self.holiday(h),
                c.days
            ),
            None => format!("期间有周末 {} 天（{from}至{to}），不计入工作日", c.days),
        }
    }
    fn provisional(&self, year: i32) -> String {
        format!("{year}年节假日安排尚未公布，暂按周末计算，这个日期可能推后。")
    }
    fn counting_note(&self) -> &'static str {
        "工作日：周一至周五，不含法定节假日，含调休上班的周末。起算当天不计，从下一天开始算。"
    }

    fn documents_title(&self) -> &'static str {
        "需要准备的资料"
    }
    fn document(&self, d: Document) -> &'static str {
        match d {
            Document::IdDocument => "用电人有效身份证件",
            Document::PropertyDocument => "用电地址物权证件（如房产证、不动产证、租赁合同等）",
            Document::ProjectApproval => "用电工程项目批准或备案文件",
            Document::DesignerQualification => "设计单位资质证明材料",
            Document::Design => "用电工程设计及说明书",
            Document::ContractorQualification => "施工单位资质证明材料",
            Document::ConcealedWorksRecords => "隐蔽工程施工及试验记录",
            Document::CompletionReport => "工程竣工报告（含竣工图纸）",
        }
    }
    fn one_document(&self, d: Document) -> String {
        format!(
            "“一证受理”：凭{}就能开始申请，其余资料可以在后面的环节补交。",
            self.document(d)
        )
    }
    fn may_follow(&self) -> &'static str {
        "可后补"
    }
    fn no_documents(&self) -> &'static str {
        "这一步不需要您提交资料。"
    }
    fn documents_only_these(&self) -> &'static str {
        "政策规定只需这些资料，供电公司不得另外增加。"
    }

    fn approval_title(&self) -> &'static str {
        "接电工程的审批"
    }
    fn approval_path(&self, p: ApprovalPath) -> &'static str {
        match p {
            ApprovalPath::None => "无需审批",
            ApprovalPath::NotifyCommit => "告知承诺制（免审批）",
            ApprovalPath::Filing => "备案制",
            ApprovalPath::Parallel => "并联审批",
        }
    }
    fn approval_desc(&self, p: ApprovalPath) -> &'static str {
        match p {
            ApprovalPath::None => "不开挖道路、不占用绿地，不需要办理占掘路、占绿审批。",
            ApprovalPath::NotifyCommit => "城区内由供电公司承建、开挖和占绿少于 100 米的工程，免办占掘路、占绿、占破路审批，告知并承诺即可。",
            ApprovalPath::Filing => "线路 200 米以内、开挖和占绿不超过 100 米：相关部门受理后 1.5 个工作日内完成备案。",
            ApprovalPath::Parallel => "线路超过 200 米或开挖占绿超过 100 米：由市城管局行政审批窗口统一受理，联合踏勘、并联审查，3 个工作日内出结果。",
        }
    }
    fn approval_days(&self, d: WorkingDays) -> String {
        if d == WorkingDays::ZERO {
            "不占用审批时间".into()
        } else {
            format!("{d} 个工作日内办结")
        }
    }
    fn approval_handler(&self, h: ApprovalHandler) -> &'static str {
        match h {
            ApprovalHandler::PowerCompany => "由供电公司代办，您不用跑腿（零审批）。",
            ApprovalHandler::Customer => "由您或您的施工单位申请，一口申请、一窗受理。",
        }
    }
    fn approval_possible(&self) -> &'static str {
        "根据目前的回答，可能是下列任一种："
    }
    fn approval_decide_by(&self) -> &'static str {
        "回答这些问题就能确定："
    }
    fn approval_parallel_to_works(&self) -> &'static str {
        "审批与施工同步进行，不单独增加办电环节。"
    }

    fn cost_title(&self) -> &'static str {
        "费用"
    }
    fn cost_item(&self, c: CostItem) -> String {
        match c {
            CostItem::ZeroInvestment => {
                "零投资：电网投资建到您的用电地址红线，电能表等计量装置也由电网出资。".into()
            }
            CostItem::ZeroInvestmentNotNarrowed => {
                "已实行“三零”的地区，不得缩小“零投资”的用户范围。".into()
            }
            CostItem::OwnSideWorks => {
                "红线以内的工程由您出资；红线以外的公共电网由电网投资。".into()
            }
            CostItem::HvSupplyPlanPrinciples => {
                "供电方案按安全、经济、实用原则确定，优先利用现有公用线路，就近接入，帮您省钱。"
                    .into()
            }
            CostItem::HvInvestmentExtended => {
                "高压用户的电网投资界面按国家和省里的规定延伸。".into()
            }
            CostItem::HvPriority(u) => format!(
                "您的项目（{}）属于可以优先延伸电网投资界面的类型，可以向客户经理提出。",
                self.usage(u)
            ),
            CostItem::PriorityIsForHighVoltage(u) => format!(
                "“{}”优先延伸投资的政策针对高压用户；低压接入按上面的规定办理。",
                self.usage(u)
            ),
            CostItem::TemporaryRental => {
                "临时用电可以租用供电设施（以租代购），用完归还，不必购买。".into()
            }
            CostItem::LawfulFeesOnly => {
                "只能依法依规收费，严禁以任何名义直接或通过关联企业收取不合理费用。".into()
            }
        }
    }

    fn apply_title(&self) -> &'static str {
        "怎么申请"
    }
    fn channel(&self, c: Channel) -> &'static str {
        match c {
            Channel::Online => "线上：安徽政务服务网、“皖事通”APP、“网上国网”APP、“国网安徽电力”微信公众号、95598。",
            Channel::OnlineIdentity(Customer::Household) => "居民用户可以“刷脸办电”。",
            Channel::OnlineIdentity(_) => "企业用户可以“一证办电”。",
            Channel::GovernmentServiceCentre => "线下：市、县政务服务中心办电窗口或供电营业厅，服务标准相同。",
            Channel::ProgressOnline => "办理进度可以在线查询，服务可以在线评价。",
        }
    }
    fn hotlines_title(&self) -> &'static str {
        "咨询和投诉"
    }
    fn service_title(&self) -> &'static str {
        "谁为您服务"
    }
    fn service(&self, s: ServiceModel) -> &'static str {
        match s {
            ServiceModel::OnePlusNTeam => {
                "客户经理带领“1+N”服务团队，从技术咨询到装表接电全程服务，可以预约上门。"
            }
            ServiceModel::GridManager => {
                "所在网格的客户经理提供一站式服务；供用电合同可以电子签订。"
            }
        }
    }
    fn reliability_title(&self) -> &'static str {
        "供电可靠性目标"
    }
    fn reliability(&self, area: Area, hours: u32, city_grid: bool, grid_hours: u32) -> String {
        format!(
            "{}用户年均停电时间不超过 {hours} 小时（或每年同比压缩 8% 以上）；{}用户平均不超过 {grid_hours} 小时。停电计划、故障抢修进度会通过短信、APP、微信主动告知您。",
            self.area(area),
            if city_grid { "城网" } else { "农网" }
        )
    }
    fn rights_title(&self) -> &'static str {
        "您的权利"
    }
    fn right(&self, r: Right) -> &'static str {
        match r {
            Right::NoExtraSteps => "供电公司不得增设或变相增设办理环节和前置条件。",
            Right::NoExtraDocuments => "不得要求政策规定以外的申请资料。",
            Right::NoForcedUndertaking => "不得强制您签订申请用电承诺书。",
            Right::FreeChoiceOfChannel => "线上线下渠道由您自由选择，不得限定。",
            Right::NoUnlawfulFees => "不得收取不合理费用，也不得通过关联企业收费。",
            Right::NoArbitraryDisconnection => "不得以任何名义违规对您拉闸断电。",
            Right::PublishedInformation => {
                "申请资料、流程、时限、环节和收费标准都要公开；95598 和 12398 热线同时公布。"
            }
            Right::HonestRecords => "办理时间必须如实记录，不得“体外循环”、后补流程或重走流程。",
            Right::OutageNotices => "停电计划、故障停电和抢修进度要主动推送给您。",
        }
    }

    fn refine_title(&self) -> &'static str {
        "补充这些信息，结果会更准确"
    }
    fn refine_own_works(&self) -> &'static str {
        "您自己的设计和施工天数（用来推算后续每一步的日期）"
    }
    fn refine_date(&self) -> &'static str {
        "申请日期（现在按今天计算）"
    }

    fn whatif_title(&self) -> &'static str {
        "就在分界线附近"
    }
    fn whatif_intro(&self) -> &'static str {
        "您的回答接近改变结果的界线。下面用同样的规则算出另一侧的结果，供您比较。"
    }
    fn whatif_now(&self) -> &'static str {
        "按您的回答"
    }
    fn whatif_change(&self, c: Change) -> String {
        match c {
            Change::Kw(k) => format!("如果容量是 {k} 千瓦"),
            Change::Supply(s) => format!("如果是{}", self.supply(s)),
            Change::Special(true) => "如果属于重要用户、专线或特殊负荷".into(),
            Change::Special(false) => "如果是普通用户".into(),
            Change::LineM(m) => format!("如果线路长 {m} 米"),
            Change::DigM(m) => format!("如果开挖占绿 {m} 米"),
        }
    }
    fn whatif_assumed(&self) -> &'static str {
        "（假设单电源、普通用户）"
    }
    fn whatif_rows(&self) -> [&'static str; 5] {
        ["服务", "接入方式", "供电公司办理时限", "审批", "投资"]
    }
    fn zero_investment(&self, zero: bool) -> &'static str {
        if zero {
            "零投资"
        } else {
            "红线内由您出资"
        }
    }

    fn print(&self) -> &'static str {
        "打印"
    }
    fn download(&self) -> &'static str {
        "下载结果（JSON）"
    }
    fn restart(&self) -> &'static str {
        "重新开始"
    }
    fn finish(&self) -> &'static str {
        "结束并清除"
    }
    fn qr_caption(&self) -> &'static str {
        "用手机扫码，把结果带走"
    }
    fn printed_on(&self, date: &str) -> String {
        format!("打印日期：{date} · 依据：宿发改能源函〔2021〕37号")
    }

    fn track_title(&self) -> &'static str {
        "已经申请了？看看是否按时办"
    }
    fn track_intro(&self) -> &'static str {
        "填写已经发生的日期，我们按工作日核对每个环节是否超时。"
    }
    fn track_started(&self, t: Trigger) -> &'static str {
        match t {
            Trigger::DesignSubmitted => "您提交设计的日期",
            Trigger::InspectionRequested => "您申请中间检查的日期",
            Trigger::WorksCompleted => "您报告竣工的日期",
        }
    }
    fn track_finished(&self) -> &'static str {
        "供电公司办完的日期"
    }
    fn track_status(&self, s: &Status) -> String {
        match s {
            Status::Waiting => "等待上一步的日期".into(),
            Status::Running { due, left: 0 } => format!("今天（{}）是最后期限", self.date(*due)),
            Status::Running { due, left } => {
                format!("进行中：最晚 {}，还有 {left} 个工作日", self.date(*due))
            }
            Status::Overdue { due, late } => format!(
                "已超时：应在 {} 前办完，已超过 {late} 个工作日",
                self.date(*due)
            ),
            Status::OnTime { due, .. } => format!("按时办完（期限 {}）", self.date(*due)),
            Status::Late { due, late, .. } => {
                format!("超时办完：期限 {}，晚了 {late} 个工作日", self.date(*due))
            }
            Status::FinishedBeforeStart { start, .. } => {
                format!("办完日期早于起算日 {}，请检查填写", self.date(*start))
            }
        }
    }
    fn track_whole(&self) -> &'static str {
        "全过程"
    }
    fn track_missed(&self) -> &'static str {
        "有环节超时了：请先拨打 95598 供电服务热线反映；如果没有解决，再拨打 12398 能源监管热线投诉。可以复制下面的情况说明。"
    }
    fn track_summary(
        &self,
        step: &str,
        start: &str,
        days: WorkingDays,
        due: &str,
        finished: Option<&str>,
        late: u32,
        clause: &str,
    ) -> String {
        let end = match finished {
            Some(f) => format!("实际于{f}办完，超时 {late} 个工作日"),
            None => format!("至今未办完，已超时 {late} 个工作日"),
        };
        format!("“{step}”环节自{start}起算，时限 {days} 个工作日（{clause}），应于{due}前办完，{end}。请按规定尽快办理。")
    }
    fn track_copy(&self) -> &'static str {
        "复制情况说明"
    }
    fn track_copied(&self) -> &'static str {
        "已复制"
    }
    fn track_bad_date(&self) -> &'static str {
        "请输入有效日期"
    }

    fn idle_title(&self) -> &'static str {
        "还在使用吗？"
    }
    fn idle_body(&self, seconds: u32) -> String {
        format!("为保护您的信息，{seconds} 秒后将清除所有回答并回到首页。")
    }
    fn idle_stay(&self) -> &'static str {
        "我还在"
    }

    fn date(&self, d: NaiveDate) -> String {
        format!(
            "{}年{}月{}日（{}）",
            d.year(),
            d.month(),
            d.day(),
            WEEKDAYS[weekday(d)]
        )
    }
    fn holiday(&self, name: &str) -> String {
        name.to_string()
    }
}
