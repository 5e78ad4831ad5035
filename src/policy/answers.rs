//! The customer's answers: raw strings at the edge (URL, form), parsed once into validated
//! types. Parsing reports every problem at once, each naming its parameter; a missing
//! optional answer means "not sure" and is never an error.

use crate::calendar;
use crate::divisions::{self, District, Township};
use chrono::NaiveDate;
use std::fmt;

/// Answer parameters, in the order of the public contract (`embedding-contract.md`), plus the
/// project's own additions (`use`, `town`, `design_d`, `works_d`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    Customer,
    Usage,
    Kw,
    Area,
    District,
    Town,
    Supply,
    Special,
    LineM,
    DigM,
    CityCore,
    Builder,
    DesignDays,
    WorksDays,
    Date,
}

impl Param {
    pub const ALL: [Param; 15] = [
        Param::Customer,
        Param::Usage,
        Param::Kw,
        Param::Area,
        Param::District,
        Param::Town,
        Param::Supply,
        Param::Special,
        Param::LineM,
        Param::DigM,
        Param::CityCore,
        Param::Builder,
        Param::DesignDays,
        Param::WorksDays,
        Param::Date,
    ];

    /// The URL query key. Public: never rename.
    pub const fn key(self) -> &'static str {
        match self {
            Param::Customer => "customer",
            Param::Usage => "use",
            Param::Kw => "kw",
            Param::Area => "area",
            Param::District => "district",
            Param::Town => "town",
            Param::Supply => "supply",
            Param::Special => "special",
            Param::LineM => "line_m",
            Param::DigM => "dig_m",
            Param::CityCore => "city_core",
            Param::Builder => "builder",
            Param::DesignDays => "design_d",
            Param::WorksDays => "works_d",
            Param::Date => "date",
        }
    }

    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// A closed set of answer values with public keys.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    const KEYS: &'static [&'static str];
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
}

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const KEYS: &'static [&'static str] = &[$($key),+];
            fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
        }
    };
}

choice!(
    /// Who applies (用户类型).
    Customer {
        /// 居民用户
        Household => "household",
        /// 小微企业、个体工商户
        SmallMicro => "small_micro",
        /// Other enterprises and public institutions (其他企业、事业单位)
        OtherOrg => "other_org",
    }
);

choice!(
    /// What the power is for, where it changes something (二(三)1, 二(三)2).
    Usage {
        /// Everyday living, business or production.
        General => "general",
        /// 电动汽车充换电设施
        EvCharging => "ev",
        /// 临时用电, e.g. a construction site.
        Temporary => "temporary",
        /// A project of the 三大攻坚战 (重大风险防范化解, 精准脱贫, 污染防治).
        Campaign => "campaign",
        /// 电能替代 in a provincial-or-higher park (省级及以上园区).
        ParkElectrification => "park",
    }
);

choice!(
    /// Area type (中心区/市区/城镇/农村), for the low-voltage cap in 2022 and the reliability target.
    Area {
        Center => "center",
        Urban => "urban",
        Town => "town",
        Rural => "rural",
    }
);

choice!(
    /// 单电源 / 双电源 (high voltage only).
    Supply {
        Single => "single",
        Dual => "dual",
    }
);

choice!(
    /// Who builds the connection works.
    Builder {
        /// The power company builds it, or is entrusted to (由供电公司建设或受托承建).
        Grid => "grid",
        /// The customer's own contractor.
        Own => "own",
    }
);

impl Area {
    /// 城市地区 = 中心区 + 市区; 农村地区 = 城镇 + 农村 (policy-model.md's reading).
    pub const fn is_city(self) -> bool {
        matches!(self, Area::Center | Area::Urban)
    }
}

/// Requested capacity (报装容量): positive, at most [`Kw::MAX_KW`], held in watts (thousandths
/// of a kW) so that no floating point is needed anywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Kw(u32);

impl Kw {
    /// Anything above this is taken for a typing mistake.
    pub const MAX_KW: u32 = 100_000;

    /// From thousandths of a kW.
    pub const fn from_milli(milli: u32) -> Option<Kw> {
        if milli > 0 && milli <= Kw::MAX_KW * 1000 {
            Some(Kw(milli))
        } else {
            None
        }
    }

    pub const fn whole(kw: u32) -> Option<Kw> {
        if kw > Kw::MAX_KW {
            None
        } else {
            Kw::from_milli(kw * 1000)
        }
    }

    pub const fn milli(self) -> u32 {
        self.0
    }

    /// The value in kW (for arithmetic in tests and benchmarks; never formatted).
    pub fn value(self) -> f64 {
        f64::from(self.0) / 1000.0
    }
}

impl fmt::Display for Kw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_milli(u64::from(self.0)))
    }
}

/// Thousandths as a decimal with no trailing zeros ("12.5", "160", "0.125").
pub fn format_milli(milli: u64) -> String {
    let (int, frac) = (milli / 1000, milli % 1000);
    if frac == 0 {
        return int.to_string();
    }
    let digits = format!("{frac:03}");
    format!("{int}.{}", digits.trim_end_matches('0'))
}

/// The application date: on or after 2022-01-01 (the first phase modelled), at most 2099.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApplicationDate(NaiveDate);

impl ApplicationDate {
    pub fn earliest() -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, 1, 1).unwrap_or_default()
    }

    pub fn latest() -> NaiveDate {
        NaiveDate::from_ymd_opt(2099, 12, 31).unwrap_or_default()
    }

    pub fn new(d: NaiveDate) -> Result<ApplicationDate, Problem> {
        if d < Self::earliest() {
            Err(Problem::BeforePolicy)
        } else if d > Self::latest() {
            Err(Problem::TooLate)
        } else {
            Ok(ApplicationDate(d))
        }
    }

    pub fn get(self) -> NaiveDate {
        self.0
    }
}

/// Why a raw answer cannot be used. The interface turns each into a sentence that says what
/// is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a plain decimal number ("abc", "1e9", "NaN").
    NotANumber,
    /// Zero or negative where only a positive number makes sense (capacity).
    NotPositive,
    /// Negative where 0 is allowed (lengths, durations).
    Negative,
    /// Above the largest value accepted.
    TooLarge { max: u32 },
    /// A fraction where whole numbers are expected (metres, days).
    NotWhole,
    /// Thousands separators ("1,000") or several decimal marks: ambiguous.
    Separators,
    /// Not one of the allowed values.
    Unknown { allowed: &'static [&'static str] },
    /// Not a date in the form YYYY-MM-DD.
    NotADate,
    /// In that form, but no such day ("2026-02-30").
    NoSuchDate,
    /// Before 2022-01-01, when the commitments modelled here start.
    BeforePolicy,
    /// After 2099-12-31.
    TooLate,
    /// Not one of the five divisions of 宿州.
    UnknownDistrict,
    /// Not a township of 宿州.
    UnknownTown,
    /// A township outside the district given.
    TownOutsideDistrict,
}

/// One problem, naming its parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub param: Param,
    pub problem: Problem,
}

/// Raw answers as strings keyed by parameter, as they come from a URL or a form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawAnswers([Option<String>; 15]);

impl RawAnswers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Collect from `(key, value)` pairs; unknown keys are ignored, a repeated key keeps its last value.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut raw = RawAnswers::new();
        for (k, v) in pairs {
            if let Some(p) = Param::from_key(k) {
                raw.set(p, v);
            }
        }
        raw
    }

    pub fn get(&self, p: Param) -> Option<&str> {
        self.0[p as usize].as_deref()
    }

    /// Set an answer; an empty (or all-space) value removes it ("not sure").
    pub fn set(&mut self, p: Param, value: &str) {
        self.0[p as usize] = (!value.trim().is_empty()).then(|| value.to_string());
    }

    pub fn remove(&mut self, p: Param) {
        self.0[p as usize] = None;
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Answers in contract order.
    pub fn iter(&self) -> impl Iterator<Item = (Param, &str)> {
        Param::ALL
            .into_iter()
            .filter_map(|p| self.get(p).map(|v| (p, v)))
    }
}

/// One parsed answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer<T> {
    Missing,
    Valid(T),
    Invalid(Problem),
}

impl<T: Copy> Answer<T> {
    pub fn valid(&self) -> Option<T> {
        match self {
            Answer::Valid(v) => Some(*v),
            _ => None,
        }
    }

    pub fn problem(&self) -> Option<Problem> {
        match self {
            Answer::Invalid(p) => Some(*p),
            _ => None,
        }
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Answer::Missing)
    }
}

fn answer<T>(raw: Option<&str>, parse: impl FnOnce(&str) -> Result<T, Problem>) -> Answer<T> {
    match raw {
        None => Answer::Missing,
        Some(s) => match parse(s) {
            Ok(v) => Answer::Valid(v),
            Err(p) => Answer::Invalid(p),
        },
    }
}

/// Full-width forms to ASCII, all whitespace removed (customers paste from anywhere).
fn normalise(s: &str) -> String {
    s.chars()
        // Spaces of every kind people paste: ASCII, no-break, ideographic (全角).
        .filter(|c| !matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{3000}'))
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '，' => ',',
            '－' | '−' | '—' => '-',
            '＋' => '+',
            '／' => '/',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

fn strip_suffix_any<'a>(s: &'a str, suffixes: &[&str]) -> &'a str {
    suffixes.iter().find_map(|x| s.strip_suffix(x)).unwrap_or(s)
}

/// A plain decimal: optional sign, digits, at most one decimal mark ('.' or ','). Returns the
/// sign, the value in thousandths (huge values saturate) and whether that is exact (no
/// non-zero digit beyond the third decimal).
fn parse_decimal(s: &str) -> Result<(bool, u64, bool), Problem> {
    let (negative, body) = match (s.strip_prefix('-'), s.strip_prefix('+')) {
        (Some(rest), _) => (true, rest),
        (_, Some(rest)) => (false, rest),
        _ => (false, s),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(Problem::NotANumber);
    }
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err(Problem::NotANumber);
    }
    let (int, frac) = body.split_once(['.', ',']).unwrap_or((body, ""));
    if frac.bytes().any(|b| b == b'.' || b == b',') {
        return Err(Problem::Separators);
    }
    if body.bytes().any(|b| b == b',') && frac.len() == 3 {
        return Err(Problem::Separators); // "1,000": a thousands separator or 1.000?
    }
    let digit = |c: u8| u64::from(c - b'0');
    let mut milli: u64 = 0;
    for c in int.bytes() {
        milli = milli.saturating_mul(10).saturating_add(digit(c) * 1000);
    }
    let mut scale = 100;
    for c in frac.bytes().take(3) {
        milli = milli.saturating_add(digit(c) * scale);
        scale /= 10;
    }
    let exact = frac.bytes().skip(3).all(|c| c == b'0');
    Ok((negative, milli, exact))
}

pub fn parse_kw(raw: &str) -> Result<Kw, Problem> {
    let s = normalise(raw);
    let s = strip_suffix_any(&s, &["kw", "千瓦"]);
    let (negative, milli, exact) = parse_decimal(s)?;
    if negative {
        return Err(Problem::NotPositive);
    }
    // Finer than the watt ("160.0001", or a portal's 7.040000000000001): up to the next watt.
    // Every line in the policy is a whole kW, so rounding up keeps each comparison exact:
    // above 160 kW stays above 160 kW, and a positive capacity stays positive.
    let milli = if exact {
        milli
    } else {
        milli.saturating_add(1)
    };
    if milli == 0 {
        return Err(Problem::NotPositive);
    }
    u32::try_from(milli)
        .ok()
        .and_then(Kw::from_milli)
        .ok_or(Problem::TooLarge { max: Kw::MAX_KW })
}

/// Longest pipeline or excavation accepted, in metres.
pub const METRES_MAX: u32 = 100_000;
/// Longest own design or works duration accepted, in calendar days.
pub const DAYS_MAX: u32 = 3_650;

fn parse_whole(raw: &str, suffixes: &[&str], max: u32) -> Result<u32, Problem> {
    let s = normalise(raw);
    let (negative, milli, exact) = parse_decimal(strip_suffix_any(&s, suffixes))?;
    if negative && (milli > 0 || !exact) {
        return Err(Problem::Negative);
    }
    if milli > u64::from(max) * 1000 {
        return Err(Problem::TooLarge { max });
    }
    if milli % 1000 != 0 || !exact {
        return Err(Problem::NotWhole);
    }
    Ok((milli / 1000) as u32)
}

pub fn parse_metres(raw: &str) -> Result<u32, Problem> {
    parse_whole(raw, &["m", "米"], METRES_MAX)
}

pub fn parse_days(raw: &str) -> Result<u32, Problem> {
    parse_whole(raw, &["d", "天"], DAYS_MAX)
}

/// Most pieces of one kind of equipment the capacity helper counts.
pub const COUNT_MAX: u32 = 10_000;

/// A count of equipment: a whole number from 0 to [`COUNT_MAX`] (blank is 0).
pub fn parse_count(raw: &str) -> Result<u32, Problem> {
    if normalise(raw).is_empty() {
        return Ok(0);
    }
    parse_whole(raw, &["台", "个", "盏"], COUNT_MAX)
}

pub fn parse_choice<T: Choice>(raw: &str) -> Result<T, Problem> {
    T::from_key(&normalise(raw)).ok_or(Problem::Unknown { allowed: T::KEYS })
}

pub fn parse_flag(raw: &str) -> Result<bool, Problem> {
    match normalise(raw).as_str() {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(Problem::Unknown {
            allowed: &["1", "0"],
        }),
    }
}

/// `YYYY-MM-DD` (also `YYYY/M/D`, `YYYY.M.D`, `YYYY年M月D日`, full-width digits).
pub fn parse_date(raw: &str) -> Result<ApplicationDate, Problem> {
    let s = normalise(raw);
    let s = s.trim_end_matches('日');
    let parts: Vec<&str> = s.split(['-', '/', '.', '年', '月']).collect();
    let date = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            let n = |p: &str| {
                p.bytes()
                    .all(|c| c.is_ascii_digit())
                    .then(|| p.parse::<u32>().ok())
                    .flatten()
            };
            match (n(y), n(m), n(d)) {
                (Some(y), Some(m), Some(d)) => {
                    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(Problem::NoSuchDate)
                }
                _ => Err(Problem::NotADate),
            }
        }
        _ => Err(Problem::NotADate),
    };
    ApplicationDate::new(date?)
}

fn parse_district(raw: &str) -> Result<District, Problem> {
    normalise(raw)
        .parse::<u32>()
        .ok()
        .and_then(divisions::district)
        .ok_or(Problem::UnknownDistrict)
}

fn parse_town(raw: &str) -> Result<Township, Problem> {
    normalise(raw)
        .parse::<u32>()
        .ok()
        .and_then(divisions::township)
        .ok_or(Problem::UnknownTown)
}

/// Every answer parsed on its own; nothing here depends on another answer except the township
/// check against the district.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub customer: Answer<Customer>,
    pub usage: Answer<Usage>,
    pub kw: Answer<Kw>,
    pub area: Answer<Area>,
    pub district: Answer<District>,
    pub town: Answer<Township>,
    pub supply: Answer<Supply>,
    pub special: Answer<bool>,
    pub line_m: Answer<u32>,
    pub dig_m: Answer<u32>,
    pub city_core: Answer<bool>,
    pub builder: Answer<Builder>,
    pub design_days: Answer<u32>,
    pub works_days: Answer<u32>,
    pub date: Answer<ApplicationDate>,
}

impl Parsed {
    pub fn parse(raw: &RawAnswers) -> Parsed {
        let g = |p| raw.get(p);
        let district = answer(g(Param::District), parse_district);
        let mut town = answer(g(Param::Town), parse_town);
        if let (Answer::Valid(t), Answer::Valid(d)) = (town, district) {
            if t.district != d.code {
                town = Answer::Invalid(Problem::TownOutsideDistrict);
            }
        }
        Parsed {
            customer: answer(g(Param::Customer), parse_choice),
            usage: answer(g(Param::Usage), parse_choice),
            kw: answer(g(Param::Kw), parse_kw),
            area: answer(g(Param::Area), parse_choice),
            district,
            town,
            supply: answer(g(Param::Supply), parse_choice),
            special: answer(g(Param::Special), parse_flag),
            line_m: answer(g(Param::LineM), parse_metres),
            dig_m: answer(g(Param::DigM), parse_metres),
            city_core: answer(g(Param::CityCore), parse_flag),
            builder: answer(g(Param::Builder), parse_choice),
            design_days: answer(g(Param::DesignDays), parse_days),
            works_days: answer(g(Param::WorksDays), parse_days),
            date: answer(g(Param::Date), parse_date),
        }
    }

    /// The problem with one parameter's answer, if any.
    pub fn problem(&self, p: Param) -> Option<Problem> {
        match p {
            Param::Customer => self.customer.problem(),
            Param::Usage => self.usage.problem(),
            Param::Kw => self.kw.problem(),
            Param::Area => self.area.problem(),
            Param::District => self.district.problem(),
            Param::Town => self.town.problem(),
            Param::Supply => self.supply.problem(),
            Param::Special => self.special.problem(),
            Param::LineM => self.line_m.problem(),
            Param::DigM => self.dig_m.problem(),
            Param::CityCore => self.city_core.problem(),
            Param::Builder => self.builder.problem(),
            Param::DesignDays => self.design_days.problem(),
            Param::WorksDays => self.works_days.problem(),
            Param::Date => self.date.problem(),
        }
    }

    /// A valid answer written back in canonical form ("１２,５" → "12.5", "2026/1/5" → "2026-01-05").
    pub fn canonical(&self, p: Param) -> Option<String> {
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        match p {
            Param::Customer => self.customer.valid().map(|v| v.key().to_string()),
            Param::Usage => self.usage.valid().map(|v| v.key().to_string()),
            Param::Kw => self.kw.valid().map(|v| v.to_string()),
            Param::Area => self.area.valid().map(|v| v.key().to_string()),
            Param::District => self.district.valid().map(|d| d.code.to_string()),
            Param::Town => self.town.valid().map(|t| t.code.to_string()),
            Param::Supply => self.supply.valid().map(|v| v.key().to_string()),
            Param::Special => self.special.valid().map(flag),
            Param::LineM => self.line_m.valid().map(|v| v.to_string()),
            Param::DigM => self.dig_m.valid().map(|v| v.to_string()),
            Param::CityCore => self.city_core.valid().map(flag),
            Param::Builder => self.builder.valid().map(|v| v.key().to_string()),
            Param::DesignDays => self.design_days.valid().map(|v| v.to_string()),
            Param::WorksDays => self.works_days.valid().map(|v| v.to_string()),
            Param::Date => self.date.valid().map(|d| calendar::iso(d.get())),
        }
    }

    /// Every problem, in contract order.
    pub fn errors(&self) -> Vec<FieldError> {
        Param::ALL
            .into_iter()
            .filter_map(|param| {
                self.problem(param)
                    .map(|problem| FieldError { param, problem })
            })
            .collect()
    }

    /// The application date, or `today` when the customer gave none (or an invalid one).
    pub fn date_or(&self, today: NaiveDate) -> NaiveDate {
        self.date.valid().map(ApplicationDate::get).unwrap_or(today)
    }

    /// Whether the capacity, as far as answered, means a high-voltage connection.
    /// The district, given or that of the township given.
    pub fn district_code(&self) -> Option<u32> {
        self.district
            .valid()
            .map(|d| d.code)
            .or_else(|| self.town.valid().map(|t| t.district))
    }

    /// A low-voltage household or 三零 customer: the power company builds the connection
    /// works (三零: 零投资, 台账16), so who builds them is not asked and a given answer is
    /// ignored.
    pub fn company_builds(&self, today: NaiveDate) -> bool {
        self.is_high_voltage(today) == Some(false)
            && matches!(
                self.customer.valid(),
                Some(Customer::Household | Customer::SmallMicro)
            )
    }

    /// The address is in one of the four counties: not inside 宿州市城区 (which lies in 埇桥区),
    /// so that is not asked and a given answer is ignored.
    pub fn outside_city_core(&self) -> bool {
        self.district_code()
            .is_some_and(|c| c != divisions::YONGQIAO)
    }

    /// The works as the rules see them: the answers given, with what follows from the other
    /// answers in place of questions that do not apply.
    #[inline(never)]
    pub fn works(&self, today: NaiveDate) -> Works {
        Works {
            line_m: self.line_m.valid(),
            dig_m: self.dig_m.valid(),
            city_core: if self.outside_city_core() {
                Some(false)
            } else {
                self.city_core.valid()
            },
            builder: if self.company_builds(today) {
                Some(Builder::Grid)
            } else {
                self.builder.valid()
            },
        }
    }

    /// A usage that can apply to this customer: 三大攻坚战 projects and park electrification
    /// are not a household's (a given answer is ignored).
    pub fn usage_applies(customer: Option<Customer>, usage: Usage) -> bool {
        !(customer == Some(Customer::Household)
            && matches!(usage, Usage::Campaign | Usage::ParkElectrification))
    }

    pub fn is_high_voltage(&self, today: NaiveDate) -> Option<bool> {
        let kw = self.kw.valid()?;
        let area = self.area.valid()?;
        Some(kw > Phase::of(self.date_or(today)).low_voltage_cap(area))
    }

    /// Required answers still missing, in question order.
    pub fn missing_required(&self, today: NaiveDate) -> Vec<Param> {
        let mut missing = Vec::new();
        if self.area.is_missing() {
            missing.push(Param::Area);
        }
        if self.customer.is_missing() {
            missing.push(Param::Customer);
        }
        if self.kw.is_missing() {
            missing.push(Param::Kw);
        }
        if self.is_high_voltage(today) == Some(true) {
            if self.supply.is_missing() {
                missing.push(Param::Supply);
            }
            // A dual-supply user is a multi-source user, never ordinary (附件1 注3): nothing
            // to ask.
            if self.special.is_missing() && self.supply.valid() != Some(Supply::Dual) {
                missing.push(Param::Special);
            }
        }
        missing
    }

    /// Complete, valid answers, or what stands in the way.
    pub fn readiness(&self, today: NaiveDate) -> Readiness {
        let errors = self.errors();
        if !errors.is_empty() {
            return Readiness::Invalid(errors);
        }
        if let Some(&first) = self.missing_required(today).first() {
            return Readiness::Missing(first);
        }
        match (self.customer, self.kw, self.area) {
            (Answer::Valid(customer), Answer::Valid(kw), Answer::Valid(area)) => {
                Readiness::Ready(Answers {
                    customer,
                    usage: self
                        .usage
                        .valid()
                        .filter(|&u| Parsed::usage_applies(Some(customer), u)),
                    kw,
                    area,
                    district: self.district.valid().or_else(|| {
                        self.town
                            .valid()
                            .and_then(|t| divisions::district(t.district))
                    }),
                    town: self.town.valid(),
                    supply: self.supply.valid(),
                    special: self.special.valid(),
                    works: self.works(today),
                    own_works: OwnWorks {
                        design_days: self.design_days.valid(),
                        works_days: self.works_days.valid(),
                    },
                    date: self
                        .date
                        .valid()
                        .unwrap_or(ApplicationDate(today.max(ApplicationDate::earliest()))),
                    date_given: self.date.valid().is_some(),
                })
            }
            // Unreachable: no errors and nothing missing means all three are valid.
            _ => Readiness::Missing(Param::Customer),
        }
    }
}

/// Whether an estimate can be made.
#[derive(Clone, Debug, PartialEq)]
pub enum Readiness {
    Ready(Answers),
    /// Some answers cannot be used: ask those questions again (every problem, contract order).
    Invalid(Vec<FieldError>),
    /// The first required answer not given yet.
    Missing(Param),
}

/// The connection works (电力接入工程), each part possibly unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Works {
    /// 管线长度, metres.
    pub line_m: Option<u32>,
    /// 开挖城市道路和临时占用绿地长度, metres.
    pub dig_m: Option<u32>,
    /// Inside 宿州市城区.
    pub city_core: Option<bool>,
    pub builder: Option<Builder>,
}

/// The customer's own design and construction time, calendar days (high voltage).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwnWorks {
    pub design_days: Option<u32>,
    pub works_days: Option<u32>,
}

/// Complete, valid answers: the rules engine's input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answers {
    pub customer: Customer,
    pub usage: Option<Usage>,
    pub kw: Kw,
    pub area: Area,
    pub district: Option<District>,
    pub town: Option<Township>,
    /// Given when the capacity means high voltage.
    pub supply: Option<Supply>,
    /// Important user, dedicated line, or fluctuating/impact/asymmetric load (high voltage).
    pub special: Option<bool>,
    pub works: Works,
    pub own_works: OwnWorks,
    pub date: ApplicationDate,
    /// Whether the date was given (else it is today's).
    pub date_given: bool,
}

/// The policy phase in force on the application date (台账1, 30, 35).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// 2022: 城市地区 ≤ 160 kW, 农村地区 ≤ 100 kW (the "2021年底前" targets, in force from 2022-01-01).
    Y2022,
    /// From 2023: ≤ 160 kW everywhere (the "2022年底前" targets).
    From2023,
}

impl Phase {
    pub fn of(date: NaiveDate) -> Phase {
        if date < NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default() {
            Phase::Y2022
        } else {
            Phase::From2023
        }
    }

    /// The low-voltage cap for an area (二(三)1, 台账30).
    pub const fn low_voltage_cap(self, area: Area) -> Kw {
        match (self, area.is_city()) {
            (Phase::Y2022, false) => Kw(100_000),
            _ => Kw(160_000),
        }
    }
}

// Native only: the property tests use `proptest`, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
