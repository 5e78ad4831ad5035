//! English.

use super::*;

pub struct En;

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn opt(key: &'static str, label: &'static str, hint: &'static str) -> Opt {
    Opt { key, label, hint }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn working_days(d: WorkingDays) -> String {
    if d == WorkingDays::whole(1) {
        "1 working day".into()
    } else {
        format!("{d} working days")
    }
}

impl Text for En {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn app_title(&self) -> &'static str {
        "Electricity Connection Estimator"
    }
    fn app_subtitle(&self) -> &'static str {
        "New connections in Suzhou, Anhui: service, steps, documents and dates"
    }
    fn switch_to_other(&self) -> &'static str {
        "中文"
    }
    fn switch_to_other_aria(&self) -> &'static str {
        "切换到中文"
    }
    fn elder_mode(&self) -> &'static str {
        "Large text"
    }
    fn elder_mode_hint(&self) -> &'static str {
        "Larger type, higher contrast"
    }
    fn skip_to_content(&self) -> &'static str {
        "Skip to main content"
    }
    fn footer_disclaimer(&self) -> &'static str {
        "Estimated from policy 宿发改能源函〔2021〕37号, for guidance only: the power company's formal reply prevails. Everything is computed on your device; nothing is uploaded."
    }
    fn hotline_power(&self) -> &'static str {
        "Power service hotline"
    }
    fn hotline_regulator(&self) -> &'static str {
        "Energy regulation hotline"
    }
    fn call(&self, number: &str) -> String {
        format!("Call {number}")
    }

    fn start_lead(&self) -> &'static str {
        "Answer a few questions to see which service you get for a new electricity connection in Suzhou, the steps, the documents to bring, and the latest date the power company must finish each step."
    }
    fn start_points(&self) -> [&'static str; 4] {
        [
            "Your service tier: Three-Zero (三零) or Three-Save (三省)",
            "A dated deadline for every step, public holidays and make-up days included",
            "The documents to prepare and the approval path for the works",
            "Your rights, and whom to call",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Start"
    }
    fn start_privacy(&self) -> &'static str {
        "Nothing personal is collected: your answers live only in this page's address and vanish when you close it."
    }
    fn start_time(&self) -> &'static str {
        "About 2 minutes. You can skip anything you are not sure about."
    }
    fn resume_button(&self) -> &'static str {
        "Continue where you left off"
    }

    fn back(&self) -> &'static str {
        "Back"
    }
    fn next(&self) -> &'static str {
        "Next"
    }
    fn not_sure(&self) -> &'static str {
        "Not sure, skip"
    }
    fn step_of(&self, n: usize, total: usize) -> String {
        format!("Step {n} of {total}")
    }
    fn policy_term(&self) -> &'static str {
        "Policy term: "
    }
    fn question_title(&self, q: Question) -> &'static str {
        match q {
            Question::District => "Which district or county is the supply address in?",
            Question::Town => "Which township or subdistrict?",
            Question::Area => "What kind of area is it?",
            Question::Customer => "Who is applying?",
            Question::Usage => "What is the power mainly for?",
            Question::Capacity => "How much capacity do you need?",
            Question::Supply => "Single or dual supply?",
            Question::Special => "Does any of these apply to you?",
            Question::LineLength => "Roughly how long is the connection line?",
            Question::DigLength => "How much road will be dug up or green space occupied?",
            Question::CityCore => "Are the works inside the Suzhou city area?",
            Question::Builder => "Who builds the connection works?",
            Question::OwnWorks => "How long will your own design and construction take?",
            Question::Date => "When will you apply?",
        }
    }
    fn question_hint(&self, q: Question) -> &'static str {
        match q {
            Question::District => "Suzhou has one district and four counties.",
            Question::Town => "Used to suggest the area type. Skip it if you cannot find it.",
            Question::Area => "The area type sets the reliability target; in 2022 it also set the low-voltage limit (160 kW in cities, 100 kW in rural areas).",
            Question::Customer => "Households, small and micro enterprises and individual businesses can get Three-Zero service.",
            Question::Usage => "Some uses change who invests or what you pay. If nothing special applies, choose the first.",
            Question::Capacity => "In kilowatts (kW): roughly the power of everything running at once. Not sure? Estimate it from your equipment below.",
            Question::Supply => "Dual supply means two independent feeds backing each other up, typical for hospitals and data centres.",
            Question::Special => "If any applies, two more steps are added: design review and mid-construction inspection.",
            Question::LineLength => "The cable or overhead line from the grid connection point to your property line, in metres. Skip if unsure.",
            Question::DigLength => "Total length of road excavation and temporary green-space occupation, in metres. Enter 0 if none.",
            Question::CityCore => "Inside the city area, works built by the power company with under 100 m of digging need no approval.",
            Question::Builder => "The power company (or a contractor it is entrusted with), or your own contractor.",
            Question::OwnWorks => "High-voltage customers design and build their own installation. Give the expected calendar days to date every step up to connection.",
            Question::Date => "Today by default. The date selects the policy phase and starts the working-day count.",
        }
    }
    fn question_term(&self, q: Question) -> &'static str {
        match q {
            Question::District => "用电地址 (supply address)",
            Question::Town => "乡镇、街道",
            Question::Area => "中心区 / 市区 / 城镇 / 农村",
            Question::Customer => "用户类型 (customer type)",
            Question::Usage => "临时用电, 电动汽车充换电设施, 三大攻坚战, 园区电能替代",
            Question::Capacity => "报装容量 (requested capacity)",
            Question::Supply => "高压单电源 / 双电源用户",
            Question::Special => "非普通用户 (not an ordinary user)",
            Question::LineLength => "管线长度 (pipeline length)",
            Question::DigLength => "开挖城市道路和临时占用绿地长度",
            Question::CityCore => "宿州市城区范围",
            Question::Builder => "由供电公司建设或受托承建",
            Question::OwnWorks => "外部工程实施 (external works)",
            Question::Date => "申请日期 (application date)",
        }
    }
    fn district_name(&self, code: u32, chinese: &'static str) -> String {
        let en = match code {
            341302 => "Yongqiao District",
            341321 => "Dangshan County",
            341322 => "Xiao County",
            341323 => "Lingbi County",
            341324 => "Si County",
            _ => return chinese.to_string(),
        };
        format!("{en} ({chinese})")
    }
    fn district_hint(&self) -> &'static str {
        "Township names are shown in Chinese, as on official documents."
    }
    fn town_label(&self) -> &'static str {
        "Township or subdistrict"
    }
    fn town_choose(&self) -> &'static str {
        "Choose…"
    }
    fn town_none(&self) -> &'static str {
        "Choose a district first, or skip this step."
    }
    fn area_suggested(&self, town: &str, area: Area) -> String {
        format!(
            "For {town} we suggest \"{}\". Change it if it does not fit.",
            self.area(area)
        )
    }
    fn area_why(&self) -> &'static str {
        "Choose \"City centre\" for central city locations."
    }
    fn area(&self, a: Area) -> &'static str {
        match a {
            Area::Center => "City centre",
            Area::Urban => "Urban",
            Area::Town => "Town",
            Area::Rural => "Rural",
        }
    }
    fn area_options(&self) -> [Opt; 4] {
        [
            opt("center", "City centre", "中心区: the central city"),
            opt("urban", "Urban", "市区: city subdistricts and communities"),
            opt("town", "Town", "城镇: county towns and towns"),
            opt("rural", "Rural", "农村: townships and villages"),
        ]
    }
    fn customer(&self, c: Customer) -> &'static str {
        match c {
            Customer::Household => "Household",
            Customer::SmallMicro => "Small or micro business",
            Customer::OtherOrg => "Other enterprise or institution",
        }
    }
    fn customer_options(&self) -> [Opt; 3] {
        [
            opt(
                "household",
                "Household",
                "A home, including a home EV charger",
            ),
            opt(
                "small_micro",
                "Small or micro business",
                "Shop, restaurant, office, small workshop, family farm, sole trader",
            ),
            opt(
                "other_org",
                "Other enterprise or institution",
                "Factory, school, hospital, larger company",
            ),
        ]
    }
    fn usage(&self, u: Usage) -> &'static str {
        match u {
            Usage::General => "Everyday living, business or production",
            Usage::EvCharging => "EV charging or battery swapping",
            Usage::Temporary => "Temporary power (e.g. a building site)",
            Usage::Campaign => "A 'three critical battles' project",
            Usage::ParkElectrification => "Electrification in a provincial-or-higher park",
        }
    }
    fn usage_options(&self) -> [Opt; 5] {
        [
            opt("general", "Everyday living, business or production", "Home, shop, office, workshop, farming"),
            opt("ev", "EV charging or battery swapping", "High-voltage projects may get grid investment extended first"),
            opt("temporary", "Temporary power (e.g. a building site)", "You can rent the supply equipment instead of buying it"),
            opt("campaign", "A 'three critical battles' project", "Major risks, targeted poverty alleviation, pollution control; priority investment at high voltage"),
            opt("park", "Electrification in a provincial-or-higher park", "Replacing coal or oil with electricity; priority investment at high voltage"),
        ]
    }
    fn kw_label(&self) -> &'static str {
        "Capacity (kW)"
    }
    fn kw_unit(&self) -> &'static str {
        "kW"
    }
    fn kw_typical(&self) -> [(&'static str, &'static str); 4] {
        [
            ("8", "Home 8 kW"),
            ("20", "Small shop 20 kW"),
            ("50", "Restaurant 50 kW"),
            ("100", "Workshop 100 kW"),
        ]
    }
    fn kw_typical_label(&self) -> &'static str {
        "Typical values (tap to fill in):"
    }
    fn kw_line(&self, phase: Phase, area: Option<Area>, cap: Kw) -> String {
        let cap = cap.to_string();
        match (phase, area) {
            (Phase::Y2022, Some(a)) => format!(
                "In 2022 in {} areas: up to {cap} kW connects at low voltage (Three-Zero for households and small businesses); above {cap} kW needs high voltage, with more steps and more time.",
                if a.is_city() { "city" } else { "rural" }
            ),
            _ => format!(
                "{cap} kW is the line: up to {cap} kW connects at low voltage (Three-Zero for households and small businesses, from 3 working days); above {cap} kW needs high voltage, at least 14 working days, and you build your own installation."
            ),
        }
    }
    fn kw_feedback(&self, kw: &str, connection: Connection, cap: Kw) -> String {
        let cap = cap.to_string();
        match connection {
            Connection::LowVoltage => {
                format!("{kw} kW: not above {cap} kW, low-voltage connection.")
            }
            Connection::HighVoltage => format!("{kw} kW: above {cap} kW, high-voltage connection."),
        }
    }
    fn supply(&self, s: Supply) -> &'static str {
        match s {
            Supply::Single => "Single supply",
            Supply::Dual => "Dual supply",
        }
    }
    fn supply_options(&self) -> [Opt; 2] {
        [
            opt("single", "Single supply", "One feed; most customers"),
            opt("dual", "Dual supply", "Two feeds backing each other up; supply plan in 18 working days, design review and mid-construction inspection"),
        ]
    }
    fn special_options(&self) -> [Opt; 2] {
        [
            opt("0", "None of these", "Ordinary user: four steps"),
            opt(
                "1",
                "Yes, one of these",
                "Adds design review and mid-construction inspection",
            ),
        ]
    }
    fn special_list(&self) -> [&'static str; 3] {
        [
            "Important user: an outage would endanger lives or cause major losses, e.g. hospitals, chemical plants",
            "Dedicated line: a line from the substation for you alone",
            "Fluctuating, impact or asymmetric load: e.g. arc furnaces, large welders, rolling mills, railway traction",
        ]
    }
    fn special_dual_note(&self) -> &'static str {
        "A dual-supply user is already a multi-source user: design review and mid-construction inspection apply whatever you answer."
    }
    fn yes_no_options(&self, q: Question) -> [Opt; 2] {
        match q {
            Question::CityCore => [
                opt("1", "Yes, inside the city area", "宿州市城区"),
                opt("0", "No", "County towns, townships, villages"),
            ],
            _ => [opt("1", "Yes", ""), opt("0", "No", "")],
        }
    }
    fn builder(&self, b: Builder) -> &'static str {
        match b {
            Builder::Grid => "The power company (built or entrusted)",
            Builder::Own => "My own contractor",
        }
    }
    fn builder_options(&self) -> [Opt; 2] {
        [
            opt(
                "grid",
                "The power company (built or entrusted)",
                "For Three-Zero customers the power company invests and builds",
            ),
            opt(
                "own",
                "My own contractor",
                "A qualified contractor of your choice",
            ),
        ]
    }
    fn metres_label(&self) -> &'static str {
        "Length (m)"
    }
    fn design_days_label(&self) -> &'static str {
        "Design (days)"
    }
    fn works_days_label(&self) -> &'static str {
        "Construction (days)"
    }
    fn days_unit(&self) -> &'static str {
        "days"
    }
    fn date_label(&self) -> &'static str {
        "Application date"
    }
    fn date_today(&self) -> &'static str {
        "Today"
    }
    fn problem(&self, param: Param, problem: Problem) -> String {
        let what = match param {
            Param::Kw => "The capacity",
            Param::LineM => "The line length",
            Param::DigM => "The digging length",
            Param::DesignDays => "The design time",
            Param::WorksDays => "The construction time",
            Param::Date => "The date",
            _ => "This answer",
        };
        match problem {
            Problem::NotANumber if param == Param::Kw => "Enter a number, such as 12 or 12.5 (kW).".into(),
            Problem::NotANumber => format!("{what} must be a whole number, such as 50; enter 0 if none."),
            Problem::NotPositive => "The capacity must be more than 0, such as 8 or 12.5 (kW).".into(),
            Problem::Negative => format!("{what} cannot be negative; enter 0 if none."),
            Problem::TooLarge { max } => match param {
                Param::Kw => format!("The capacity cannot be more than {max} kW. Check for an extra digit."),
                Param::DesignDays | Param::WorksDays => format!("{what} cannot be more than {max} days."),
                _ => format!("{what} cannot be more than {max} m."),
            },
            Problem::NotWhole => format!("{what} must be a whole number."),
            Problem::Separators => "Do not use thousands separators; use a point for decimals, such as 1000 or 12.5.".into(),
            Problem::Unknown { allowed } => {
                format!("The value of \"{}\" is not recognised; allowed: {}. Choose again below.", param.key(), allowed.join(", "))
            }
            Problem::NotADate => "Enter the date as year-month-day, such as 2026-11-26.".into(),
            Problem::BeforePolicy => "This estimator covers applications from 1 January 2022; the commitments do not apply to earlier dates.".into(),
            Problem::TooLate => "That date is too far ahead; enter a date before the end of 2099.".into(),
            Problem::UnknownDistrict => "Choose one of the five districts and counties of Suzhou.".into(),
            Problem::UnknownTown => "That township is not known; choose again.".into(),
            Problem::TownOutsideDistrict => "That township is not in the chosen district; choose again.".into(),
        }
    }
    fn errors_heading(&self, n: usize) -> String {
        if n == 1 {
            "1 answer needs fixing".into()
        } else {
            format!("{n} answers need fixing")
        }
    }

    fn helper_toggle(&self) -> &'static str {
        "Not sure? Estimate from your equipment"
    }
    fn helper_intro(&self) -> &'static str {
        "Enter how many of each you have. We add up typical ratings and apply a simultaneity factor. The power company confirms the actual capacity."
    }
    fn equipment(&self, id: &str) -> &'static str {
        match id {
            "lighting" => "LED lights (about 0.1 kW each)",
            "ac_small" => "Wall air conditioner, 1.5 hp (about 1.1 kW)",
            "ac_large" => "Floor air conditioner, 3 hp (about 2.4 kW)",
            "water_heater" => "Electric water heater (about 3 kW)",
            "induction_hob" => "Induction hob (about 2.2 kW)",
            "oven" => "Electric oven (about 3 kW)",
            "freezer" => "Freezer or chiller (about 0.3 kW)",
            "computer" => "Computer or till (about 0.3 kW)",
            "motor_small" => "Motor, 5.5 kW",
            "motor_large" => "Motor, 15 kW",
            "welder" => "Welder (about 10 kW)",
            "ev_ac" => "AC charger, 7 kW",
            "ev_dc" => "DC fast charger, 60 kW",
            _ => "Equipment",
        }
    }
    fn helper_count_label(&self, name: &str) -> String {
        format!("Number of: {name}")
    }
    fn helper_connected(&self, kw: &str) -> String {
        format!("Equipment total {kw} kW")
    }
    fn helper_result(&self, connected: &str, factor: &str, suggested: &str) -> String {
        format!("{connected} kW × simultaneity factor {factor} ≈ {suggested} kW (rounded up)")
    }
    fn helper_use(&self, suggested: &str) -> String {
        format!("Use {suggested} kW")
    }
    fn helper_empty(&self) -> &'static str {
        "Enter some counts to see an estimate."
    }

    fn summary_title(&self) -> &'static str {
        "Check your answers"
    }
    fn summary_hint(&self) -> &'static str {
        "Use \"Change\" to answer a question again; you will come straight back here."
    }
    fn change(&self) -> &'static str {
        "Change"
    }
    fn not_answered(&self) -> &'static str {
        "Not sure"
    }
    fn see_result(&self) -> &'static str {
        "See the estimate"
    }
    fn yes(&self) -> &'static str {
        "Yes"
    }
    fn no(&self) -> &'static str {
        "No"
    }

    fn result_title(&self) -> &'static str {
        "Your estimate"
    }
    fn tier(&self, t: Tier) -> &'static str {
        match t {
            Tier::ThreeZero => "Three-Zero service (三零)",
            Tier::ThreeSave => "Three-Save service (三省)",
            Tier::Standard => "Standard process",
        }
    }
    fn tier_promise(&self, t: Tier) -> &'static str {
        match t {
            Tier::ThreeZero => "No visits, no approvals, no investment: no trips to a service hall, the power company handles approvals for you, and the grid pays for everything up to your property line, meter included.",
            Tier::ThreeSave => "Less effort, less time, less money: a customer manager and a '1+N' team from start to finish, shortened time limits, and grid investment extended as the rules allow.",
            Tier::Standard => "A low-voltage customer outside Three-Zero: 3 steps in 5 working days; you pay for the works inside your property line.",
        }
    }
    fn category(&self, c: Category) -> &'static str {
        match c {
            Category::LvResidential => "Low-voltage household",
            Category::LvThreeZero => "Low-voltage non-residential customer with Three-Zero service",
            Category::LvStandard => {
                "Low-voltage non-residential customer without Three-Zero service"
            }
            Category::HvSingle => "High-voltage single-supply customer",
            Category::HvDual => "High-voltage dual-supply customer",
        }
    }
    fn connection(&self, c: Connection) -> &'static str {
        match c {
            Connection::LowVoltage => "Low-voltage connection (380 V or below)",
            Connection::HighVoltage => "High-voltage connection (10 kV or above)",
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
            Phase::Y2022 => format!(
                "the 2022 limit for {} areas",
                if area.is_city() { "city" } else { "rural" }
            ),
            Phase::From2023 => "the city-wide limit from 2023".to_string(),
        };
        match c {
            Connection::LowVoltage => {
                format!("You asked for {kw} kW, within {when} of {cap} kW for low voltage.")
            }
            Connection::HighVoltage => {
                format!("You asked for {kw} kW, above {when} of {cap} kW for low voltage.")
            }
        }
    }
    fn supplier_days(&self, days: WorkingDays) -> String {
        format!(
            "The power company's steps take at most {} in total",
            working_days(days)
        )
    }
    fn whole_process(&self, days: WorkingDays, due: &str) -> String {
        format!(
            "Whole process, connection works included, within {}: power on by {due}",
            working_days(days)
        )
    }
    fn no_whole_process(&self) -> &'static str {
        "The whole process also depends on how fast your own works go."
    }
    fn basis(&self) -> &'static str {
        "Basis"
    }
    fn basis_original(&self) -> &'static str {
        "Original"
    }

    fn timeline_title(&self) -> &'static str {
        "Steps and dates"
    }
    fn timeline_visual_label(&self) -> &'static str {
        "Timeline of the steps"
    }
    fn step_name(&self, s: StepId, c: Category) -> &'static str {
        match s {
            StepId::Acceptance => "Acceptance",
            StepId::SupplyPlan => "Supply plan reply",
            StepId::DesignReview => "Design review",
            StepId::ExternalWorks => "Your own works",
            StepId::MidInspection => "Mid-construction inspection",
            StepId::Connection if matches!(c, Category::LvResidential | Category::LvThreeZero) => {
                "Works and connection"
            }
            StepId::Connection if c == Category::LvStandard => "Meter and connection",
            StepId::Connection => "Completion inspection and connection",
        }
    }
    fn step_what(&self, s: StepId, c: Category) -> &'static str {
        match s {
            StepId::Acceptance => "The power company accepts your application.",
            StepId::SupplyPlan => "The power company replies with the supply plan: where, at what voltage and how you connect.",
            StepId::DesignReview => "You submit your installation's design; the power company reviews it.",
            StepId::ExternalWorks => "You design and build your installation to the supply plan.",
            StepId::MidInspection => "During the works, before concealed work is covered, the power company inspects.",
            StepId::Connection if matches!(c, Category::LvResidential | Category::LvThreeZero) => "The power company builds the connection, installs the meter and switches on.",
            StepId::Connection if c == Category::LvStandard => "The power company installs the meter and switches on.",
            StepId::Connection => "After you report completion, the power company inspects, installs the meter and switches on.",
        }
    }
    fn party_company(&self) -> &'static str {
        "Power company"
    }
    fn party_you(&self) -> &'static str {
        "You"
    }
    fn days(&self, d: WorkingDays) -> String {
        working_days(d)
    }
    fn must_finish_by(&self, date: &str) -> String {
        format!("The company must finish by {date}")
    }
    fn counted_from(&self, date: &str) -> String {
        format!("counted from the day after {date}")
    }
    fn after_customer(&self, t: Trigger, d: WorkingDays) -> String {
        match t {
            Trigger::DesignSubmitted => {
                format!("Within {} of you submitting the design", working_days(d))
            }
            Trigger::InspectionRequested => format!(
                "Within {} of you asking for the inspection",
                working_days(d)
            ),
            Trigger::WorksCompleted => {
                format!("Within {} of you reporting completion", working_days(d))
            }
        }
    }
    fn own_works_dated(&self, from: &str, to: &str, design: u32, works: u32) -> String {
        format!(
            "{from} to {to}, from your estimate of {} of design and {} of construction",
            plural(design, "day", "days"),
            plural(works, "day", "days")
        )
    }
    fn own_works_undated(&self) -> &'static str {
        "Up to you: the power company has no time limit here. Give your expected design and construction days to date every later step."
    }
    fn own_works_add(&self) -> &'static str {
        "Add design and construction days"
    }
    fn starred(&self) -> &'static str {
        "Only for users who are not ordinary"
    }
    fn closure(&self, c: &Closure, from: &str, to: &str) -> String {
        match c.holiday {
            Some(h) => format!(
                "Includes the {} holiday ({from} to {to}, {}), not counted",
                self.holiday(h),
                plural(c.days, "day", "days")
            ),
            None => format!("Includes a weekend ({from} to {to}), not counted"),
        }
    }
    fn provisional(&self, year: i32) -> String {
        format!("The {year} holiday schedule is not published yet; counted on weekends only, so this date may move later.")
    }
    fn counting_note(&self) -> &'static str {
        "Working days are Monday to Friday, without public holidays, plus weekend make-up working days. The start day is not counted."
    }

    fn documents_title(&self) -> &'static str {
        "Documents to prepare"
    }
    fn document(&self, d: Document) -> &'static str {
        match d {
            Document::IdDocument => "A valid identity document of the applicant",
            Document::PropertyDocument => {
                "A property document for the supply address (title deed, lease, etc.)"
            }
            Document::ProjectApproval => "The project's approval or filing document",
            Document::DesignerQualification => "The designer's qualification documents",
            Document::Design => "The design of the installation, with its description",
            Document::ContractorQualification => "The contractor's qualification documents",
            Document::ConcealedWorksRecords => "Records of concealed works and tests",
            Document::CompletionReport => "The completion report, with as-built drawings",
        }
    }
    fn one_document(&self, d: Document) -> String {
        format!("One document to start: with {} you can start the application; the rest can follow in later steps.", self.document(d).to_ascii_lowercase())
    }
    fn may_follow(&self) -> &'static str {
        "can follow later"
    }
    fn no_documents(&self) -> &'static str {
        "Nothing to submit at this step."
    }
    fn documents_only_these(&self) -> &'static str {
        "The policy lists only these documents: the power company may not ask for more."
    }

    fn approval_title(&self) -> &'static str {
        "Approval of the connection works"
    }
    fn approval_path(&self, p: ApprovalPath) -> &'static str {
        match p {
            ApprovalPath::None => "No approval needed",
            ApprovalPath::NotifyCommit => "Notify and commit (exempt)",
            ApprovalPath::Filing => "Filing",
            ApprovalPath::Parallel => "Parallel approval",
        }
    }
    fn approval_desc(&self, p: ApprovalPath) -> &'static str {
        match p {
            ApprovalPath::None => "No road is dug and no green space occupied, so there is nothing to approve.",
            ApprovalPath::NotifyCommit => "Inside the city area, works built by the power company with under 100 m of digging are exempt from road and green-space approval: notify and commit instead.",
            ApprovalPath::Filing => "Line up to 200 m and digging up to 100 m: the departments complete the filing within 1.5 working days of accepting it.",
            ApprovalPath::Parallel => "Line over 200 m or digging over 100 m: one window at the city management bureau accepts it, departments survey together and review in parallel, decision within 3 working days.",
        }
    }
    fn approval_days(&self, d: WorkingDays) -> String {
        if d == WorkingDays::ZERO {
            "No approval time".into()
        } else {
            format!("Done within {}", working_days(d))
        }
    }
    fn approval_handler(&self, h: ApprovalHandler) -> &'static str {
        match h {
            ApprovalHandler::PowerCompany => {
                "The power company handles it for you (zero approvals on your side)."
            }
            ApprovalHandler::Customer => {
                "You or your contractor apply: one application at one window."
            }
        }
    }
    fn approval_possible(&self) -> &'static str {
        "From your answers so far, any of these could apply:"
    }
    fn approval_decide_by(&self) -> &'static str {
        "Answer these to decide it:"
    }
    fn approval_parallel_to_works(&self) -> &'static str {
        "Approval runs alongside the works; it adds no step to your application."
    }

    fn cost_title(&self) -> &'static str {
        "Cost"
    }
    fn cost_item(&self, c: CostItem) -> String {
        match c {
            CostItem::ZeroInvestment => "Zero investment: the grid pays for everything up to your property line, the meter included.".into(),
            CostItem::ZeroInvestmentNotNarrowed => "Where Three-Zero is in place, the range of zero-investment customers may not be narrowed.".into(),
            CostItem::OwnSideWorks => "You pay for the works inside your property line; the grid pays for the public network outside it.".into(),
            CostItem::HvSupplyPlanPrinciples => "The supply plan follows 'safe, economic, practical', uses existing public lines first and connects at the nearest point, to keep your cost down.".into(),
            CostItem::HvInvestmentExtended => "For high-voltage customers the grid's investment is extended under national and provincial rules.".into(),
            CostItem::HvPriority(u) => format!("Your project ({}) is among those whose grid investment may be extended first: ask your customer manager.", self.usage(u).to_ascii_lowercase()),
            CostItem::PriorityIsForHighVoltage(u) => format!("Priority investment for {} applies to high-voltage connections; at low voltage the rules above apply.", self.usage(u).to_ascii_lowercase()),
            CostItem::TemporaryRental => "For temporary power you can rent the supply equipment instead of buying it.".into(),
            CostItem::LawfulFeesOnly => "Only lawful fees: no unreasonable charges under any name, directly or through affiliated companies.".into(),
        }
    }

    fn apply_title(&self) -> &'static str {
        "How to apply"
    }
    fn channel(&self, c: Channel) -> &'static str {
        match c {
            Channel::Online => "Online: 安徽政务服务网 (Anhui government services), the 皖事通 app, the 网上国网 app, the 国网安徽电力 WeChat account, or 95598.",
            Channel::OnlineIdentity(Customer::Household) => "Households can apply by face recognition (刷脸办电).",
            Channel::OnlineIdentity(_) => "Enterprises can apply with one certificate (一证办电).",
            Channel::GovernmentServiceCentre => "In person: the power window at a city or county government service centre, or a power company service hall; same service either way.",
            Channel::ProgressOnline => "Track progress and rate the service online.",
        }
    }
    fn hotlines_title(&self) -> &'static str {
        "Questions and complaints"
    }
    fn service_title(&self) -> &'static str {
        "Who serves you"
    }
    fn service(&self, s: ServiceModel) -> &'static str {
        match s {
            ServiceModel::OnePlusNTeam => "A customer manager with a '1+N' team serves you from technical advice to connection; visits by appointment.",
            ServiceModel::GridManager => "The customer manager for your area gives one-stop service; the supply contract can be signed electronically.",
        }
    }
    fn reliability_title(&self) -> &'static str {
        "Reliability target"
    }
    fn reliability(&self, area: Area, hours: u32, city_grid: bool, grid_hours: u32) -> String {
        format!(
            "{} customers: at most {hours} hours of outage a year on average (or 8 % less each year); {} customers at most {grid_hours} hours. Planned outages and repair progress are sent to you by SMS, app and WeChat.",
            self.area(area),
            if city_grid { "City-grid" } else { "Rural-grid" }
        )
    }
    fn rights_title(&self) -> &'static str {
        "Your rights"
    }
    fn right(&self, r: Right) -> &'static str {
        match r {
            Right::NoExtraSteps => "No extra steps or preconditions may be added, openly or in disguise.",
            Right::NoExtraDocuments => "No documents beyond those the policy lists may be required.",
            Right::NoForcedUndertaking => "You cannot be forced to sign a letter of undertaking for the application.",
            Right::FreeChoiceOfChannel => "You choose the channel, online or in person; it may not be restricted.",
            Right::NoUnlawfulFees => "No unreasonable fees, directly or through affiliated companies.",
            Right::NoArbitraryDisconnection => "No unlawful disconnection under any pretext.",
            Right::PublishedInformation => "Documents, procedures, time limits, steps and fees are published; 95598 and 12398 are published together.",
            Right::HonestRecords => "Times must be recorded truthfully: no off-the-books handling, back-filled or restarted procedures.",
            Right::OutageNotices => "Planned outages, faults and repair progress are pushed to you.",
        }
    }

    fn refine_title(&self) -> &'static str {
        "Answer these for a sharper estimate"
    }
    fn refine_own_works(&self) -> &'static str {
        "Your own design and construction days (to date every later step)"
    }
    fn refine_date(&self) -> &'static str {
        "Application date (today is assumed)"
    }

    fn whatif_title(&self) -> &'static str {
        "Close to a line"
    }
    fn whatif_intro(&self) -> &'static str {
        "Your answers are close to a line that changes the outcome. Here is the other side, worked out by the same rules."
    }
    fn whatif_now(&self) -> &'static str {
        "Your answers"
    }
    fn whatif_change(&self, c: Change) -> String {
        match c {
            Change::Kw(k) => format!("At {k} kW"),
            Change::Supply(s) => format!("With {}", self.supply(s).to_ascii_lowercase()),
            Change::Special(true) => "As an important, dedicated-line or special-load user".into(),
            Change::Special(false) => "As an ordinary user".into(),
            Change::LineM(m) => format!("With a {m} m line"),
            Change::DigM(m) => format!("With {m} m of digging"),
        }
    }
    fn whatif_assumed(&self) -> &'static str {
        "(assuming single supply, ordinary user)"
    }
    fn whatif_rows(&self) -> [&'static str; 5] {
        [
            "Service",
            "Connection",
            "Company time limit",
            "Approval",
            "Investment",
        ]
    }
    fn zero_investment(&self, zero: bool) -> &'static str {
        if zero {
            "Zero investment"
        } else {
            "You pay inside your line"
        }
    }

    fn print(&self) -> &'static str {
        "Print"
    }
    fn download(&self) -> &'static str {
        "Download (JSON)"
    }
    fn restart(&self) -> &'static str {
        "Start again"
    }
    fn finish(&self) -> &'static str {
        "Finish and clear"
    }
    fn qr_caption(&self) -> &'static str {
        "Scan with your phone to take this result with you"
    }
    fn printed_on(&self, date: &str) -> String {
        format!("Printed {date} · Policy 宿发改能源函〔2021〕37号")
    }

    fn track_title(&self) -> &'static str {
        "Already applied? Check you are on time"
    }
    fn track_intro(&self) -> &'static str {
        "Enter the dates that have happened; each step is checked in working days."
    }
    fn track_started(&self, t: Trigger) -> &'static str {
        match t {
            Trigger::DesignSubmitted => "Date you submitted the design",
            Trigger::InspectionRequested => "Date you asked for the inspection",
            Trigger::WorksCompleted => "Date you reported completion",
        }
    }
    fn track_finished(&self) -> &'static str {
        "Date the company finished"
    }
    fn track_status(&self, s: &Status) -> String {
        match s {
            Status::Waiting => "Waiting for the previous date".into(),
            Status::Running { due, left: 0 } => {
                format!("Today ({}) is the deadline", self.date(*due))
            }
            Status::Running { due, left } => format!(
                "Running: by {}, {} left",
                self.date(*due),
                working_days(WorkingDays::whole(*left))
            ),
            Status::Overdue { due, late } => format!(
                "Overdue: due by {}, {} late",
                self.date(*due),
                working_days(WorkingDays::whole(*late))
            ),
            Status::OnTime { due, .. } => format!("Done on time (deadline {})", self.date(*due)),
            Status::Late { due, late, .. } => format!(
                "Done late: deadline {}, {} late",
                self.date(*due),
                working_days(WorkingDays::whole(*late))
            ),
            Status::FinishedBeforeStart { start, .. } => format!(
                "The finish date is before the start ({}); please check",
                self.date(*start)
            ),
        }
    }
    fn track_whole(&self) -> &'static str {
        "Whole process"
    }
    fn track_missed(&self) -> &'static str {
        "A deadline was missed: call the 95598 power service hotline first; if that does not resolve it, call the 12398 energy regulation hotline. You can copy the summary below."
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
            Some(f) => format!(
                "it was finished on {f}, {} late",
                working_days(WorkingDays::whole(late))
            ),
            None => format!(
                "it is still not finished, {} late",
                working_days(WorkingDays::whole(late))
            ),
        };
        format!("The \"{step}\" step started on {start} with a limit of {} ({clause}); it was due by {due}, but {end}. Please have it completed as the policy requires.", working_days(days))
    }
    fn track_copy(&self) -> &'static str {
        "Copy the summary"
    }
    fn track_copied(&self) -> &'static str {
        "Copied"
    }
    fn track_bad_date(&self) -> &'static str {
        "Enter a valid date"
    }

    fn idle_title(&self) -> &'static str {
        "Still there?"
    }
    fn idle_body(&self, seconds: u32) -> String {
        format!("To protect your information, all answers will be cleared in {seconds} seconds and the start screen will return.")
    }
    fn idle_stay(&self) -> &'static str {
        "I'm still here"
    }

    fn date(&self, d: NaiveDate) -> String {
        format!(
            "{} {} {} {}",
            WEEKDAYS[weekday(d)],
            d.day(),
            MONTHS[d.month0() as usize],
            d.year()
        )
    }
    fn holiday(&self, name: &str) -> String {
        match name {
            "元旦" => "New Year's Day".into(),
            "春节" => "Spring Festival".into(),
            "清明节" => "Qingming Festival".into(),
            "劳动节" => "Labour Day".into(),
            "端午节" => "Dragon Boat Festival".into(),
            "中秋节" => "Mid-Autumn Festival".into(),
            "国庆节" => "National Day".into(),
            "国庆节、中秋节" => "National Day and Mid-Autumn Festival".into(),
            other => other.to_string(),
        }
    }
}
