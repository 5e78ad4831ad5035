//! All user-facing text, one place per language, as data: `i18n/zh.txt` and `i18n/en.txt`
//! (everything up to the result), `i18n/zh.result.txt` and `i18n/en.result.txt` (the result
//! page, with the policy passages and their English renderings).
//!
//! build.rs reads the files and generates one typed accessor per key on [`Text`]
//! (`q.kw.title` → `t.q_kw_title()`, `step_of = 第 {n} 步…` → `t.step_of(n, total)`), so a key
//! that is misspelt or missing, or a placeholder left unfilled, does not compile; it checks that
//! the Chinese and English files have the same keys and placeholders, that every clause and
//! every holiday of the calendar has its text, and embeds the Chinese core. The other files are
//! fetched when needed (English when chosen, the result text when the customer starts
//! answering) and placed by key into the same slots. The methods below add what takes more than
//! one key: a text per enum value, numbers, dates.

use crate::calendar::{Closure, WorkingDays};
use crate::flow::Question;
use crate::policy::answers::{Area, Builder, Customer, Kw, Param, Problem, Supply, Usage};
use crate::policy::clause::{Clause, Reading};
use crate::policy::rules::{
    ApprovalHandler, ApprovalPath, Category, Channel, Connection, CostItem, Document, Right,
    ServiceModel, StepId, Tier, Trigger,
};
use crate::policy::tracker::Status;
use crate::policy::whatif::Change;
use crate::policy::Phase;
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

mod parse;
pub use parse::{parse, placeholders, unescape};

mod generated {
    use super::{fill, Text};
    include!(concat!(env!("OUT_DIR"), "/text.rs"));
}
pub use generated::passage;
use generated::{
    CORE_FINGERPRINT, CORE_KEYS, CORE_LEN, HOLIDAYS, RESULT_FINGERPRINT, RESULT_KEYS, RESULT_LEN,
    ZH_CORE,
};

/// Where a clause's passage is in the result text (`clause.<NAME>`): see [`passage`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage(pub(crate) usize);

/// Interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// A text file of a language: what comes before the result, or the result page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pack {
    Core,
    Result,
}

impl Pack {
    /// The file's name next to the page (the build copies the fetched ones into `dist/`).
    pub const fn file(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Zh, Pack::Core) => "zh.txt",
            (Lang::Zh, Pack::Result) => "zh.result.txt",
            (Lang::En, Pack::Core) => "en.txt",
            (Lang::En, Pack::Result) => "en.result.txt",
        }
    }

    fn keys(self) -> &'static [&'static str] {
        match self {
            Pack::Core => &CORE_KEYS,
            Pack::Result => &RESULT_KEYS,
        }
    }

    /// The fingerprint of the pack's keys, and how many there are.
    fn shape(self) -> (u32, usize) {
        match self {
            Pack::Core => (CORE_FINGERPRINT, CORE_LEN),
            Pack::Result => (RESULT_FINGERPRINT, RESULT_LEN),
        }
    }
}

type Slots = &'static [&'static str];

/// Loaded packs: [zh result, en core, en result] (the Chinese core is embedded).
static PACKS: [OnceLock<Slots>; 3] = [const { OnceLock::new() }; 3];
/// The texts built from what is loaded: [zh, zh + result, en, en + result].
static TEXTS: [OnceLock<Text>; 4] = [const { OnceLock::new() }; 4];

fn pack(lang: Lang, p: Pack) -> Option<Slots> {
    match (lang, p) {
        (Lang::Zh, Pack::Core) => Some(&ZH_CORE),
        (Lang::Zh, Pack::Result) => PACKS[0].get().copied(),
        (Lang::En, Pack::Core) => PACKS[1].get().copied(),
        (Lang::En, Pack::Result) => PACKS[2].get().copied(),
    }
}

/// Whether a pack is available now.
pub fn is_loaded(lang: Lang, p: Pack) -> bool {
    pack(lang, p).is_some()
}

/// The packs a language still needs for a screen (the result needs the Chinese result text
/// too: it holds the policy's original passages).
pub fn missing(lang: Lang, result: bool) -> Vec<(Lang, Pack)> {
    let mut want = vec![(lang, Pack::Core)];
    if result {
        want.push((Lang::Zh, Pack::Result));
        want.push((lang, Pack::Result));
    }
    want.dedup();
    want.into_iter()
        .filter(|(l, p)| !is_loaded(*l, *p))
        .collect()
}

/// A fetched file as the build serves it (scripts/postbuild.mjs): a line with the fingerprint
/// of its keys, then one text per slot. A file written for other keys (another release) is
/// refused.
pub fn ordered_slots(p: Pack, src: &'static str) -> Result<Vec<&'static str>, String> {
    let (fingerprint, len) = p.shape();
    let mut lines = src.lines();
    let header = lines.next().unwrap_or_default();
    if header.strip_prefix("#bandian-text ") != Some(format!("{fingerprint:08x}").as_str()) {
        return Err(format!("not this release's text ({header})"));
    }
    let texts: Vec<&'static str> = lines
        .map(|t| {
            if t.ends_with("\\s") {
                &*Box::leak(unescape(t).into_boxed_str())
            } else {
                t
            }
        })
        .collect();
    if texts.len() != len {
        return Err(format!("{} texts for {len} keys", texts.len()));
    }
    Ok(texts)
}

/// A text file as it is in the repository (`key = text`) in the slots of its keys; an error
/// names a key the file lacks or one the app does not know. For tests and benchmarks: the app
/// reads the files as the build serves them ([`ordered_slots`]) and carries no keys.
pub fn slots(p: Pack, src: &'static str) -> Result<Vec<&'static str>, String> {
    let keys = p.keys();
    let mut out: Vec<Option<&'static str>> = vec![None; keys.len()];
    for (key, text) in parse(src)? {
        let Ok(i) = keys.binary_search(&key) else {
            return Err(format!("unknown key {key}"));
        };
        out[i] = Some(if text.ends_with("\\s") {
            Box::leak(unescape(text).into_boxed_str())
        } else {
            text
        });
    }
    out.into_iter()
        .zip(keys)
        .map(|(t, k)| t.ok_or_else(|| format!("lacks {k}")))
        .collect()
}

/// Install a fetched pack from its file as the build serves it; kept for the session.
pub fn install(lang: Lang, p: Pack, src: String) -> Result<(), String> {
    install_with(lang, p, src, ordered_slots)
}

fn install_with(
    lang: Lang,
    p: Pack,
    src: String,
    read: fn(Pack, &'static str) -> Result<Vec<&'static str>, String>,
) -> Result<(), String> {
    let slot = match (lang, p) {
        (Lang::Zh, Pack::Core) => return Ok(()),
        (Lang::Zh, Pack::Result) => &PACKS[0],
        (Lang::En, Pack::Core) => &PACKS[1],
        (Lang::En, Pack::Result) => &PACKS[2],
    };
    if slot.get().is_some() {
        return Ok(());
    }
    let src: &'static str = Box::leak(src.into_boxed_str());
    let texts = read(p, src).map_err(|e| format!("{}: {e}", p.file(lang)))?;
    let _ = slot.set(Box::leak(texts.into_boxed_slice()));
    Ok(())
}

/// The sources of the fetched packs, for native tests and benchmarks (the app fetches them).
pub const SOURCES_FOR_TESTS: [(Lang, Pack, &str); 3] = [
    (
        Lang::Zh,
        Pack::Result,
        include_str!("../../i18n/zh.result.txt"),
    ),
    (Lang::En, Pack::Core, include_str!("../../i18n/en.txt")),
    (
        Lang::En,
        Pack::Result,
        include_str!("../../i18n/en.result.txt"),
    ),
];

/// For tests and benchmarks: every pack loaded, as after a visit in both languages.
pub fn ensure_all_for_tests() {
    for (lang, p, src) in SOURCES_FOR_TESTS {
        if let Err(e) = install_with(lang, p, src.to_string(), slots) {
            panic!("{e}");
        }
    }
}

/// The original of a policy passage (from the Chinese result pack; empty until it is loaded).
pub fn clause_original(c: &Clause) -> &'static str {
    pack(Lang::Zh, Pack::Result)
        .and_then(|e| e.get(c.passage.0).copied())
        .unwrap_or("")
}

impl Lang {
    /// The `lang` URL value.
    pub const fn key(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_key(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "cn" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The `<html lang>` value.
    pub const fn html(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub const fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The text for this language as far as it is loaded: Chinese until the English file has
    /// arrived ([`Text::lang`] says what is really shown), with the result page's text once
    /// its pack is there.
    pub fn text(self) -> &'static Text {
        let lang = if is_loaded(self, Pack::Core) {
            self
        } else {
            Lang::Zh
        };
        let result = pack(lang, Pack::Result);
        let slot = &TEXTS[(lang as usize) * 2 + usize::from(result.is_some())];
        slot.get_or_init(|| Text {
            lang,
            core: pack(lang, Pack::Core).unwrap_or(&ZH_CORE),
            result: result.unwrap_or(&[]),
        })
    }

    /// Whether everything before the result can be shown in this language now.
    pub fn is_loaded(self) -> bool {
        is_loaded(self, Pack::Core)
    }

    /// Whether the result page can be shown in this language now.
    pub fn result_ready(self) -> bool {
        missing(self, true).is_empty()
    }
}

/// An option of a choice question: value key, label, one-line hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// One language's text: every message in the slot of its key.
#[derive(Debug)]
pub struct Text {
    lang: Lang,
    core: Slots,
    /// Empty until the result pack has arrived: its messages read as nothing until then.
    result: Slots,
}

/// A message with its `{placeholders}` filled in (names as generated from the text files).
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Upper-case first letters are lowered when a label is used inside a sentence (English only;
/// Chinese is unaffected).
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

impl Text {
    /// The language this text is really in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    // Not inlined: each of the hundreds of accessor calls is then a call, not a bounds check.
    #[inline(never)]
    fn core(&self, i: usize) -> &'static str {
        self.core.get(i).copied().unwrap_or("")
    }

    #[inline(never)]
    fn result(&self, i: usize) -> &'static str {
        self.result.get(i).copied().unwrap_or("")
    }

    /// A `lang` or `mode` value of the opening link that could not be used.
    pub fn link_problem(&self, param: &str, value: &str) -> String {
        if param == "lang" {
            self.link_bad_lang(value)
        } else {
            self.link_bad_mode(value)
        }
    }

    // ── Questions ────────────────────────────────────────────────────────────────────────────
    pub fn question_title(&self, q: Question) -> &'static str {
        match q {
            Question::District => self.q_district_title(),
            Question::Town => self.q_town_title(),
            Question::Area => self.q_area_title(),
            Question::Customer => self.q_customer_title(),
            Question::Usage => self.q_use_title(),
            Question::Capacity => self.q_kw_title(),
            Question::Supply => self.q_supply_title(),
            Question::Special => self.q_special_title(),
            Question::LineLength => self.q_line_m_title(),
            Question::DigLength => self.q_dig_m_title(),
            Question::CityCore => self.q_city_core_title(),
            Question::Builder => self.q_builder_title(),
            Question::OwnWorks => self.q_own_works_title(),
            Question::Date => self.q_date_title(),
        }
    }
    pub fn question_hint(&self, q: Question) -> &'static str {
        match q {
            Question::District => self.q_district_hint(),
            Question::Town => self.q_town_hint(),
            Question::Area => self.q_area_hint(),
            Question::Customer => self.q_customer_hint(),
            Question::Usage => self.q_use_hint(),
            Question::Capacity => self.q_kw_hint(),
            Question::Supply => self.q_supply_hint(),
            Question::Special => self.q_special_hint(),
            Question::LineLength => self.q_line_m_hint(),
            Question::DigLength => self.q_dig_m_hint(),
            Question::CityCore => self.q_city_core_hint(),
            Question::Builder => self.q_builder_hint(),
            Question::OwnWorks => self.q_own_works_hint(),
            Question::Date => self.q_date_hint(),
        }
    }
    /// The policy's own term for what is asked.
    pub fn question_term(&self, q: Question) -> &'static str {
        match q {
            Question::District => self.q_district_term(),
            Question::Town => self.q_town_term(),
            Question::Area => self.q_area_term(),
            Question::Customer => self.q_customer_term(),
            Question::Usage => self.q_use_term(),
            Question::Capacity => self.q_kw_term(),
            Question::Supply => self.q_supply_term(),
            Question::Special => self.q_special_term(),
            Question::LineLength => self.q_line_m_term(),
            Question::DigLength => self.q_dig_m_term(),
            Question::CityCore => self.q_city_core_term(),
            Question::Builder => self.q_builder_term(),
            Question::OwnWorks => self.q_own_works_term(),
            Question::Date => self.q_date_term(),
        }
    }
    /// A division's name: the Chinese name in Chinese, "Name (名称)" in English.
    pub fn district_name(&self, code: u32, chinese: &str) -> String {
        match code {
            341302 => self.district_341302(chinese),
            341321 => self.district_341321(chinese),
            341322 => self.district_341322(chinese),
            341323 => self.district_341323(chinese),
            341324 => self.district_341324(chinese),
            _ => chinese.to_string(),
        }
    }
    pub fn area(&self, a: Area) -> &'static str {
        match a {
            Area::Center => self.area_center(),
            Area::Urban => self.area_urban(),
            Area::Town => self.area_town(),
            Area::Rural => self.area_rural(),
        }
    }
    pub fn area_suggestion(&self, town: &str, area: Area) -> String {
        self.area_suggested(self.area(area), town)
    }
    pub fn area_options(&self) -> [Opt; 4] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o(
                "center",
                self.opt_area_center(),
                self.opt_area_center_hint(),
            ),
            o("urban", self.opt_area_urban(), self.opt_area_urban_hint()),
            o("town", self.opt_area_town(), self.opt_area_town_hint()),
            o("rural", self.opt_area_rural(), self.opt_area_rural_hint()),
        ]
    }
    pub fn customer(&self, c: Customer) -> &'static str {
        match c {
            Customer::Household => self.customer_household(),
            Customer::SmallMicro => self.customer_small_micro(),
            Customer::OtherOrg => self.customer_other_org(),
        }
    }
    pub fn customer_options(&self) -> [Opt; 3] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o(
                "household",
                self.opt_customer_household(),
                self.opt_customer_household_hint(),
            ),
            o(
                "small_micro",
                self.opt_customer_small_micro(),
                self.opt_customer_small_micro_hint(),
            ),
            o(
                "other_org",
                self.opt_customer_other_org(),
                self.opt_customer_other_org_hint(),
            ),
        ]
    }
    pub fn usage(&self, u: Usage) -> &'static str {
        match u {
            Usage::General => self.usage_general(),
            Usage::EvCharging => self.usage_ev(),
            Usage::Temporary => self.usage_temporary(),
            Usage::Campaign => self.usage_campaign(),
            Usage::ParkElectrification => self.usage_park(),
        }
    }
    pub fn usage_options(&self) -> [Opt; 5] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o(
                "general",
                self.opt_use_general(),
                self.opt_use_general_hint(),
            ),
            o("ev", self.opt_use_ev(), self.opt_use_ev_hint()),
            o(
                "temporary",
                self.opt_use_temporary(),
                self.opt_use_temporary_hint(),
            ),
            o(
                "campaign",
                self.opt_use_campaign(),
                self.opt_use_campaign_hint(),
            ),
            o("park", self.opt_use_park(), self.opt_use_park_hint()),
        ]
    }
    /// Typical capacities: (value, label).
    pub fn kw_typical_values(&self) -> [(&'static str, &'static str); 4] {
        [
            ("8", self.kw_typical_8()),
            ("20", self.kw_typical_20()),
            ("50", self.kw_typical_50()),
            ("100", self.kw_typical_100()),
        ]
    }
    fn where_(&self, area: Area) -> &'static str {
        if area.is_city() {
            self.where_city()
        } else {
            self.where_rural()
        }
    }
    /// The low-voltage line as it applies to the date and area.
    pub fn kw_line_for(&self, phase: Phase, area: Option<Area>, cap: Kw) -> String {
        let cap = cap.to_string();
        match (phase, area) {
            (Phase::Y2022, Some(a)) => self.kw_line_2022(&cap, self.where_(a)),
            _ => self.kw_line(&cap),
        }
    }
    pub fn kw_feedback(&self, kw: &str, connection: Connection, cap: Kw) -> String {
        let cap = cap.to_string();
        match connection {
            Connection::LowVoltage => self.kw_feedback_low_voltage(&cap, kw),
            Connection::HighVoltage => self.kw_feedback_high_voltage(&cap, kw),
        }
    }
    pub fn supply(&self, s: Supply) -> &'static str {
        match s {
            Supply::Single => self.supply_single(),
            Supply::Dual => self.supply_dual(),
        }
    }
    pub fn supply_options(&self) -> [Opt; 2] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o(
                "single",
                self.opt_supply_single(),
                self.opt_supply_single_hint(),
            ),
            o("dual", self.opt_supply_dual(), self.opt_supply_dual_hint()),
        ]
    }
    pub fn special_options(&self) -> [Opt; 2] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o("0", self.opt_special_0(), self.opt_special_0_hint()),
            o("1", self.opt_special_1(), self.opt_special_1_hint()),
        ]
    }
    pub fn special_list(&self) -> [&'static str; 3] {
        [self.special_1(), self.special_2(), self.special_3()]
    }
    /// Yes/no options of the city-core question.
    pub fn city_core_options(&self) -> [Opt; 2] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o("1", self.opt_city_core_1(), self.opt_city_core_1_hint()),
            o("0", self.opt_city_core_0(), self.opt_city_core_0_hint()),
        ]
    }
    pub fn builder(&self, b: Builder) -> &'static str {
        match b {
            Builder::Grid => self.opt_builder_grid(),
            Builder::Own => self.opt_builder_own(),
        }
    }
    pub fn builder_options(&self) -> [Opt; 2] {
        let o = |key, label, hint| Opt { key, label, hint };
        [
            o(
                "grid",
                self.opt_builder_grid(),
                self.opt_builder_grid_hint(),
            ),
            o("own", self.opt_builder_own(), self.opt_builder_own_hint()),
        ]
    }
    pub fn metres_n(&self, m: u32) -> String {
        self.metres(&m.to_string())
    }
    /// What is wrong with an answer, and what is allowed.
    pub fn problem(&self, param: Param, problem: Problem) -> String {
        let what = match param {
            Param::Kw => self.what_kw(),
            Param::LineM => self.what_line_m(),
            Param::DigM => self.what_dig_m(),
            Param::DesignDays => self.what_design_d(),
            Param::WorksDays => self.what_works_d(),
            Param::Date => self.what_date(),
            _ => self.what_other(),
        };
        match problem {
            Problem::NotANumber if param == Param::Kw => self.problem_not_a_number_kw().to_string(),
            Problem::NotANumber => self.problem_not_a_number(what),
            Problem::NotPositive => self.problem_not_positive().to_string(),
            Problem::Negative => self.problem_negative(what),
            Problem::TooLarge { max } => {
                let max = max.to_string();
                match param {
                    Param::Kw => self.problem_too_large_kw(&max),
                    Param::DesignDays | Param::WorksDays => self.problem_too_large_days(&max, what),
                    _ => self.problem_too_large_m(&max, what),
                }
            }
            Problem::NotWhole => self.problem_not_whole(what),
            Problem::Separators => self.problem_separators().to_string(),
            Problem::Unknown { allowed } => {
                self.problem_unknown(&allowed.join(self.sep_list()), param.key())
            }
            Problem::NotADate => self.problem_not_a_date().to_string(),
            Problem::NoSuchDate => self.problem_no_such_date().to_string(),
            Problem::BeforePolicy => self.problem_before_policy().to_string(),
            Problem::TooLate => self.problem_too_late().to_string(),
            Problem::UnknownDistrict => self.problem_unknown_district().to_string(),
            Problem::UnknownTown => self.problem_unknown_town().to_string(),
            Problem::TownOutsideDistrict => self.problem_town_outside_district().to_string(),
        }
    }
    /// A required question left unanswered.
    pub fn required(&self, q: Question) -> &'static str {
        if q == Question::Capacity {
            self.problem_required_kw()
        } else {
            self.problem_required()
        }
    }

    // ── Capacity helper ──────────────────────────────────────────────────────────────────────
    /// An equipment's name by its id in `policy::equipment::EQUIPMENT` (a test covers each).
    pub fn equipment(&self, id: &str) -> &'static str {
        match id {
            "lighting" => self.equipment_lighting(),
            "ac_small" => self.equipment_ac_small(),
            "ac_large" => self.equipment_ac_large(),
            "water_heater" => self.equipment_water_heater(),
            "induction_hob" => self.equipment_induction_hob(),
            "oven" => self.equipment_oven(),
            "freezer" => self.equipment_freezer(),
            "computer" => self.equipment_computer(),
            "motor_small" => self.equipment_motor_small(),
            "motor_large" => self.equipment_motor_large(),
            "welder" => self.equipment_welder(),
            "ev_ac" => self.equipment_ev_ac(),
            "ev_dc" => self.equipment_ev_dc(),
            _ => "",
        }
    }
    /// One kind of equipment in the helper's arithmetic: name × count = kW.
    pub fn helper_line_for(&self, name: &str, n: u32, kw: &str) -> String {
        self.helper_line(kw, &n.to_string(), name)
    }

    // ── Result ───────────────────────────────────────────────────────────────────────────────
    pub fn tier(&self, t: Tier) -> &'static str {
        match t {
            Tier::ThreeZero => self.tier_three_zero(),
            Tier::ThreeSave => self.tier_three_save(),
            Tier::Standard => self.tier_standard(),
        }
    }
    pub fn tier_promise(&self, t: Tier) -> &'static str {
        match t {
            Tier::ThreeZero => self.tier_three_zero_promise(),
            Tier::ThreeSave => self.tier_three_save_promise(),
            Tier::Standard => self.tier_standard_promise(),
        }
    }
    pub fn category(&self, c: Category) -> &'static str {
        match c {
            Category::LvResidential => self.category_lv_residential(),
            Category::LvThreeZero => self.category_lv_three_zero(),
            Category::LvStandard => self.category_lv_standard(),
            Category::HvSingle => self.category_hv_single(),
            Category::HvDual => self.category_hv_dual(),
        }
    }
    pub fn connection(&self, c: Connection) -> &'static str {
        match c {
            Connection::LowVoltage => self.connection_low_voltage(),
            Connection::HighVoltage => self.connection_high_voltage(),
        }
    }
    pub fn connection_reason(
        &self,
        c: Connection,
        kw: &str,
        cap: Kw,
        phase: Phase,
        area: Area,
        what_if: bool,
    ) -> String {
        let when = match phase {
            Phase::Y2022 => self.when_2022(self.where_(area)),
            Phase::From2023 => self.when_2023().to_string(),
        };
        let cap = cap.to_string();
        match (c, what_if) {
            (Connection::LowVoltage, false) => self.connection_reason_low_voltage(&cap, kw, &when),
            (Connection::HighVoltage, false) => {
                self.connection_reason_high_voltage(&cap, kw, &when)
            }
            (Connection::LowVoltage, true) => self.whatif_reason_low_voltage(&cap, kw, &when),
            (Connection::HighVoltage, true) => self.whatif_reason_high_voltage(&cap, kw, &when),
        }
    }
    pub fn supplier_days_total(&self, days: WorkingDays) -> String {
        self.supplier_days(&self.days_n(days))
    }
    pub fn whole_process_by(&self, days: WorkingDays, due: &str) -> String {
        self.whole_process(&self.days_n(days), due)
    }
    /// A clause reference as this language reads it: the document's own numbering in Chinese,
    /// its English names in English ([`reference_en`]).
    pub fn reference(&self, r: &'static str) -> std::borrow::Cow<'static, str> {
        match self.lang {
            Lang::Zh => r.into(),
            Lang::En => reference_en(r).into(),
        }
    }
    /// The references of a basis as this language lists them: a reference followed by one of
    /// its own notes is named once ("附件1及注2", "Annex 1 and its note 2"), and English
    /// separates references by semicolons, since its names hold commas.
    pub fn references(&self, refs: &[&'static str]) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < refs.len() {
            if i > 0 {
                out.push_str(self.basis_sep());
            }
            let r = refs[i];
            let note = refs
                .get(i + 1)
                .and_then(|n| n.strip_prefix(r))
                .and_then(|n| n.strip_prefix(' '));
            match note {
                Some(n) => {
                    out.push_str(&self.basis_with_note(&self.reference(n), &self.reference(r)));
                    i += 2;
                }
                None => {
                    out.push_str(&self.reference(r));
                    i += 1;
                }
            }
        }
        out
    }
    /// "Our reading: …", the reading said as this project's (its text starts with the label).
    pub fn reading(&self, r: Reading) -> String {
        match r {
            Reading::TownIsRural => self.reading_town_is_rural().to_string(),
            Reading::IndividualBusinessIsSmallMicro => {
                self.reading_individual_business().to_string()
            }
            Reading::LeaseIsPropertyDocument => self.reading_lease().to_string(),
            Reading::HotlinesInOrder => self.reading_hotline_order().to_string(),
            Reading::ApprovalAddsNoStep => self.reading_approval_no_step().to_string(),
            Reading::NothingDugNothingToApprove => self.reading_nothing_dug().to_string(),
            Reading::HouseholdAboveCapIsHighVoltage => {
                self.reading_household_above_cap().to_string()
            }
            Reading::ThreeZeroConnectionEndsWithWholeProcess => {
                self.reading_three_zero_connection().to_string()
            }
            Reading::OwnWorksBeforeLowVoltageConnection => self.reading_lv_own_works().to_string(),
            Reading::DualSupplyIsMultiSource => self.reading_dual_supply().to_string(),
            Reading::Above10kvByCapacity => {
                self.reading_above_10kv(crate::policy::rules::ABOVE_10KV_FROM_KW_TEXT)
            }
            Reading::BuilderApplies => self.reading_builder_applies().to_string(),
            Reading::SupplyPlanSetsBoundary => self.reading_supply_plan_boundary().to_string(),
        }
    }
    /// A clause's rendering in this language (`None` for Chinese: the passage is the original).
    pub fn clause(&self, c: &Clause) -> Option<&'static str> {
        (self.lang == Lang::En).then(|| self.result(c.passage.0))
    }

    pub fn step_name(&self, s: StepId, c: Category) -> &'static str {
        match (s, c) {
            (StepId::Acceptance, _) => self.step_acceptance(),
            (StepId::SupplyPlan, _) => self.step_supply_plan(),
            (StepId::DesignReview, _) => self.step_design_review(),
            (StepId::ExternalWorks, _) => self.step_external_works(),
            (StepId::MidInspection, _) => self.step_mid_inspection(),
            (StepId::Connection, Category::LvResidential | Category::LvThreeZero) => {
                self.step_connection_two_step()
            }
            (StepId::Connection, Category::LvStandard) => self.step_connection_lv(),
            (StepId::Connection, _) => self.step_connection(),
        }
    }
    pub fn step_what(&self, s: StepId, c: Category) -> &'static str {
        match (s, c) {
            (StepId::Acceptance, _) => self.step_acceptance_what(),
            (StepId::SupplyPlan, _) => self.step_supply_plan_what(),
            (StepId::DesignReview, _) => self.step_design_review_what(),
            (StepId::ExternalWorks, _) => self.step_external_works_what(),
            (StepId::MidInspection, _) => self.step_mid_inspection_what(),
            (StepId::Connection, Category::LvResidential | Category::LvThreeZero) => {
                self.step_connection_two_step_what()
            }
            (StepId::Connection, Category::LvStandard) => self.step_connection_lv_what(),
            (StepId::Connection, _) => self.step_connection_what(),
        }
    }
    /// "3 working days" / "1.5 个工作日".
    pub fn days_n(&self, d: WorkingDays) -> String {
        if d == WorkingDays::whole(1) {
            self.days_one("1")
        } else {
            self.days(&d.to_string())
        }
    }
    /// Calendar days: "30 days" / "30 天".
    pub fn calendar_days(&self, n: u32) -> String {
        let s = n.to_string();
        if n == 1 {
            self.n_days_one(&s)
        } else {
            self.n_days(&s)
        }
    }
    /// 施工接电 that ends with the whole process: the company's own days, and the date.
    pub fn until_whole_process_line(
        &self,
        own: WorkingDays,
        whole: WorkingDays,
        due: &str,
    ) -> String {
        self.until_whole_process(due, &whole.to_string(), &self.days_n(own))
    }
    /// Supply above 10 kV: why no approval path of this policy applies.
    pub fn approval_not_set_why(&self) -> String {
        self.approval_not_set_desc(crate::policy::rules::ABOVE_10KV_FROM_KW_TEXT)
    }
    pub fn after_customer(&self, t: Trigger, d: WorkingDays) -> String {
        let days = self.days_n(d);
        match t {
            Trigger::DesignSubmitted => self.after_design(&days),
            Trigger::InspectionRequested => self.after_inspection(&days),
            Trigger::WorksCompleted => self.after_works(&days),
        }
    }
    pub fn own_works_dated_span(&self, from: &str, to: &str, design: u32, works: u32) -> String {
        self.own_works_dated(
            &self.calendar_days(design),
            from,
            to,
            &self.calendar_days(works),
        )
    }
    pub fn closure(&self, c: &Closure, from: &str, to: &str) -> String {
        let days = self.calendar_days(c.days);
        match c.holiday {
            Some(h) => self.closure_holiday(&days, from, self.holiday(h), to),
            None => self.closure_weekend(&days, from, to),
        }
    }
    pub fn provisional_year(&self, year: i32) -> String {
        self.provisional(&year.to_string())
    }

    pub fn document(&self, d: Document) -> &'static str {
        match d {
            Document::IdDocument => self.doc_id_document(),
            Document::PropertyDocument => self.doc_property_document(),
            Document::ProjectApproval => self.doc_project_approval(),
            Document::DesignerQualification => self.doc_designer_qualification(),
            Document::Design => self.doc_design(),
            Document::ContractorQualification => self.doc_contractor_qualification(),
            Document::ConcealedWorksRecords => self.doc_concealed_works_records(),
            Document::CompletionReport => self.doc_completion_report(),
        }
    }
    pub fn one_document(&self, d: Document) -> String {
        self.documents_one(&lower_first(self.document(d)))
    }

    pub fn approval_path(&self, p: ApprovalPath) -> &'static str {
        match p {
            ApprovalPath::None => self.approval_none(),
            ApprovalPath::NotifyCommit => self.approval_notify_commit(),
            ApprovalPath::Filing => self.approval_filing(),
            ApprovalPath::Parallel => self.approval_parallel(),
        }
    }
    pub fn approval_desc(&self, p: ApprovalPath) -> &'static str {
        match p {
            ApprovalPath::None => self.approval_none_desc(),
            ApprovalPath::NotifyCommit => self.approval_notify_commit_desc(),
            ApprovalPath::Filing => self.approval_filing_desc(),
            ApprovalPath::Parallel => self.approval_parallel_desc(),
        }
    }
    pub fn approval_time(&self, d: WorkingDays) -> String {
        if d == WorkingDays::ZERO {
            self.approval_days_zero().to_string()
        } else {
            self.approval_days(&self.days_n(d))
        }
    }
    pub fn approval_handler(&self, h: ApprovalHandler) -> &'static str {
        match h {
            ApprovalHandler::PowerCompany => self.handler_power_company(),
            ApprovalHandler::PowerCompanyAsBuilder => self.handler_grid_builds(),
            ApprovalHandler::Customer => self.handler_customer(),
            ApprovalHandler::Builder => self.handler_builder(),
        }
    }

    pub fn cost_item(&self, c: CostItem) -> String {
        let usage = |u: Usage| lower_first(self.usage(u));
        match c {
            CostItem::ZeroInvestment => self.cost_zero().to_string(),
            CostItem::ZeroInvestmentNotNarrowed => self.cost_zero_not_narrowed().to_string(),
            CostItem::OwnSideWorks => self.cost_own_side().to_string(),
            CostItem::HvBoundaryBySupplyPlan => self.cost_hv_boundary().to_string(),
            CostItem::HvSupplyPlanPrinciples => self.cost_hv_principles().to_string(),
            CostItem::HvInvestmentExtended => self.cost_hv_extended().to_string(),
            CostItem::HvPriority(u) => self.cost_hv_priority(&usage(u)),
            CostItem::PriorityIsForHighVoltage(u) => self.cost_priority_hv_only(&usage(u)),
            CostItem::TemporaryRental => self.cost_temporary().to_string(),
            CostItem::LawfulFeesOnly => self.cost_lawful_fees().to_string(),
        }
    }

    pub fn channel(&self, c: Channel) -> &'static str {
        match c {
            Channel::Online => self.channel_online(),
            Channel::OnlineIdentity(Customer::Household) => self.channel_identity_household(),
            Channel::OnlineIdentity(_) => self.channel_identity_enterprise(),
            Channel::GovernmentServiceCentre => self.channel_government(),
            Channel::ProgressOnline => self.channel_progress(),
        }
    }
    pub fn service(&self, s: ServiceModel) -> &'static str {
        match s {
            ServiceModel::OnePlusNTeam => self.service_one_plus_n(),
            ServiceModel::GridManager => self.service_grid_manager(),
        }
    }
    pub fn reliability_target(
        &self,
        area: Area,
        hours: u32,
        city_grid: bool,
        grid_hours: u32,
    ) -> String {
        let grid = if city_grid {
            self.grid_city()
        } else {
            self.grid_rural()
        };
        self.reliability(
            self.area(area),
            grid,
            &grid_hours.to_string(),
            &hours.to_string(),
        )
    }
    pub fn right(&self, r: Right) -> &'static str {
        match r {
            Right::NoExtraSteps => self.right_no_extra_steps(),
            Right::NoExtraDocuments => self.right_no_extra_documents(),
            Right::NoForcedUndertaking => self.right_no_forced_undertaking(),
            Right::FreeChoiceOfChannel => self.right_free_channel(),
            Right::NoUnlawfulFees => self.right_no_unlawful_fees(),
            Right::NoArbitraryDisconnection => self.right_no_disconnection(),
            Right::PublishedInformation => self.right_published(),
            Right::HonestRecords => self.right_honest_records(),
            Right::OutageNotices => self.right_outage_notices(),
        }
    }

    pub fn whatif_change(&self, c: Change) -> String {
        match c {
            Change::Kw(k) => self.whatif_kw(&k.to_string()),
            Change::Supply(Supply::Single) => self.whatif_supply_single().to_string(),
            Change::Supply(Supply::Dual) => self.whatif_supply_dual().to_string(),
            Change::Special(true) => self.whatif_special_1().to_string(),
            Change::Special(false) => self.whatif_special_0().to_string(),
            Change::LineM(m) => self.whatif_line_m(&m.to_string()),
            Change::DigM(m) => self.whatif_dig_m(&m.to_string()),
        }
    }
    /// The time-limit cell when the whole process is known too: both, each named.
    pub fn whatif_both_days(&self, supplier: WorkingDays, whole: WorkingDays) -> String {
        self.whatif_days_whole(&self.days_n(supplier), &self.days_n(whole))
    }
    pub fn whatif_rows(&self) -> [&'static str; 5] {
        [
            self.whatif_row_1(),
            self.whatif_row_2(),
            self.whatif_row_3(),
            self.whatif_row_4(),
            self.whatif_row_5(),
        ]
    }
    pub fn zero_investment(&self, zero: bool) -> &'static str {
        if zero {
            self.invest_zero()
        } else {
            self.invest_own()
        }
    }

    // ── Am I on time? ────────────────────────────────────────────────────────────────────────
    pub fn track_started(&self, t: Trigger) -> &'static str {
        match t {
            Trigger::DesignSubmitted => self.track_started_design(),
            Trigger::InspectionRequested => self.track_started_inspection(),
            Trigger::WorksCompleted => self.track_started_works(),
        }
    }
    pub fn track_status(&self, s: &Status) -> String {
        let d = |x: NaiveDate| self.date(x);
        let w = |n: u32| self.days_n(WorkingDays::whole(n));
        match s {
            Status::Waiting => self.track_waiting().to_string(),
            Status::Running { due, left: 0 } => self.track_due_today(&d(*due)),
            Status::Running { due, left } => self.track_running(&d(*due), &w(*left)),
            Status::Overdue { due, late } => self.track_overdue(&d(*due), &w(*late)),
            Status::OnTime { due, .. } => self.track_on_time(&d(*due)),
            Status::Late { due, late, .. } => self.track_late(&d(*due), &w(*late)),
            Status::FinishedBeforeStart { start, .. } => self.track_before_start(&d(*start)),
            Status::DuePassed { due } => self.track_due_passed(&d(*due)),
            Status::Finished { finished } => self.track_finished_unjudged(&d(*finished)),
            Status::Blocked => self.track_blocked().to_string(),
            Status::FinishedAfterToday { .. } | Status::StartedAfterToday { .. } => {
                self.track_future().to_string()
            }
            Status::StartedBeforePrevious { previous, .. } => {
                self.track_before_previous(&d(*previous))
            }
        }
    }
    /// One missed deadline, as a sentence of the summary to copy: a step's (`step`) or, with
    /// `None`, the whole process's.
    #[allow(clippy::too_many_arguments)]
    pub fn track_summary_line(
        &self,
        step: Option<&str>,
        start: &str,
        days: WorkingDays,
        due: &str,
        finished: Option<&str>,
        late: u32,
        clause: &str,
    ) -> String {
        let late = self.days_n(WorkingDays::whole(late));
        let end = match finished {
            Some(f) => self.track_summary_finished(f, &late),
            None => self.track_summary_open(&late),
        };
        let days = self.days_n(days);
        match step {
            Some(step) => self.track_summary(clause, &days, due, &end, start, step),
            None => self.track_summary_whole(clause, &days, due, &end, start),
        }
    }

    // ── Kiosk ────────────────────────────────────────────────────────────────────────────────
    pub fn idle_countdown(&self, seconds: u32) -> String {
        let n = seconds.to_string();
        if seconds == 1 {
            self.idle_body_one(&n)
        } else {
            self.idle_body(&n)
        }
    }

    // ── Dates ────────────────────────────────────────────────────────────────────────────────
    /// A date as people write it: "2026年2月14日（星期六）" / "Sat 14 Feb 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        let wd = match d.weekday().num_days_from_monday() {
            0 => self.weekday_0(),
            1 => self.weekday_1(),
            2 => self.weekday_2(),
            3 => self.weekday_3(),
            4 => self.weekday_4(),
            5 => self.weekday_5(),
            _ => self.weekday_6(),
        };
        let mon = match d.month() {
            1 => self.month_1(),
            2 => self.month_2(),
            3 => self.month_3(),
            4 => self.month_4(),
            5 => self.month_5(),
            6 => self.month_6(),
            7 => self.month_7(),
            8 => self.month_8(),
            9 => self.month_9(),
            10 => self.month_10(),
            11 => self.month_11(),
            _ => self.month_12(),
        };
        self.date_format(&d.day().to_string(), mon, wd, &d.year().to_string())
    }
    /// A public holiday's name in this language, by its name in the State Council's schedule.
    pub fn holiday(&self, name: &str) -> &'static str {
        crate::calendar::holiday_index(name)
            .and_then(|i| HOLIDAYS.get(i))
            .map_or("", |&slot| self.result(slot))
    }
}

#[cfg(test)]
mod tests;

/// A clause reference in English: `附件1 注3` → "Annex 1, note 3"; `二(一)2` → "Part 2 (1),
/// item 2"; `台账15` → "Task list, item 15"; `民法典 第二百零一条` → "Civil Code, Article 201".
/// Anything else is left as it is (a test renders every clause cited without a Chinese character).
pub fn reference_en(r: &str) -> String {
    const NUMERALS: &str = "一二三四五六七八九";
    let numeral = |c: char| NUMERALS.chars().position(|n| n == c).map(|i| i + 1);
    let part = |t: &str| -> Option<String> {
        let mut chars = t.chars();
        let mut out = format!("Part {}", numeral(chars.next()?)?);
        let mut rest = chars.as_str();
        if let Some(inner) = rest.strip_prefix('(') {
            let mut c = inner.chars();
            let n = numeral(c.next()?)?;
            rest = c.as_str().strip_prefix(')')?;
            out.push_str(&format!(" ({n})"));
        }
        if !rest.is_empty() {
            rest.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
            out.push_str(&format!(", item {rest}"));
        }
        Some(out)
    };
    if r == "民法典 第二百零一条" {
        return "Civil Code, Article 201".to_string();
    }
    r.split(' ')
        .map(|t| {
            if let Some(n) = t.strip_prefix("附件") {
                format!("Annex {n}")
            } else if let Some(n) = t.strip_prefix("注") {
                format!("note {n}")
            } else if let Some(n) = t.strip_prefix("台账") {
                format!("Task list, item {n}")
            } else {
                part(t).unwrap_or_else(|| t.to_string())
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
