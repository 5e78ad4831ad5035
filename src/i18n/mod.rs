//! All user-facing text, one place per language, as data: `i18n/zh.txt` and `i18n/en.txt`
//! (everything up to the result), `i18n/zh.result.txt` and `i18n/en.result.txt` (the result
//! page, with the policy passages and their English renderings). Only `zh.txt` is embedded in
//! the app; the others are fetched when needed (English when chosen, the result text when the
//! customer starts answering), so a first visit downloads none of them. build.rs checks that
//! the Chinese and English files have the same keys with the same `{placeholders}`; [`Text`]
//! is the only code that reads them.

use crate::calendar::{Closure, WorkingDays};
use crate::flow::Question;
use crate::policy::answers::{Area, Builder, Choice, Customer, Kw, Param, Problem, Supply, Usage};
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

mod zh {
    include!(concat!(env!("OUT_DIR"), "/zh_text.rs"));
}

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
}

type Entries = &'static [(&'static str, &'static str)];

/// Loaded packs: [zh result, en core, en result] (Chinese core is embedded).
static PACKS: [OnceLock<Entries>; 3] = [const { OnceLock::new() }; 3];
/// The texts built from what is loaded: [zh, zh + result, en, en + result].
static TEXTS: [OnceLock<Text>; 4] = [const { OnceLock::new() }; 4];

fn pack(lang: Lang, p: Pack) -> Option<Entries> {
    match (lang, p) {
        (Lang::Zh, Pack::Core) => Some(zh::ZH),
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

/// Install a fetched pack from its file's source; kept for the rest of the session.
pub fn install(lang: Lang, p: Pack, src: String) -> Result<(), String> {
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
    let mut entries: Vec<(&'static str, &'static str)> = parse(src)?
        .into_iter()
        .map(|(k, t)| {
            (
                k,
                if t.ends_with("\\s") {
                    &*Box::leak(unescape(t).into_boxed_str())
                } else {
                    t
                },
            )
        })
        .collect();
    // Insertion sort: a few hundred entries once per session, and much less code than `sort`.
    for i in 1..entries.len() {
        let mut j = i;
        while j > 0 && entries[j - 1].0 > entries[j].0 {
            entries.swap(j - 1, j);
            j -= 1;
        }
    }
    if p == Pack::Core {
        if let Some(missing) = first_missing_core_key(&entries) {
            return Err(format!("{} lacks {missing}", p.file(lang)));
        }
    }
    let _ = slot.set(Box::leak(entries.into_boxed_slice()));
    Ok(())
}

/// The first key of the embedded Chinese core that sorted `entries` lack.
pub fn first_missing_core_key(entries: &[(&str, &str)]) -> Option<&'static str> {
    zh::ZH
        .iter()
        .map(|(k, _)| *k)
        .find(|k| entries.binary_search_by_key(k, |(key, _)| *key).is_err())
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
        if let Err(e) = install(lang, p, src.to_string()) {
            panic!("{}: {e}", p.file(lang));
        }
    }
}

/// The original of a policy passage (from the Chinese result pack; empty until it is loaded).
pub fn clause_original(c: &Clause) -> &'static str {
    pack(Lang::Zh, Pack::Result)
        .and_then(|e| {
            e.binary_search_by_key(&format!("clause.{}", c.id).as_str(), |(k, _)| *k)
                .ok()
                .map(|i| e[i].1)
        })
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
            core: pack(lang, Pack::Core).unwrap_or(zh::ZH),
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
pub struct Opt {
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// One language's text: `key → message`, each pack sorted by key.
#[derive(Debug)]
pub struct Text {
    lang: Lang,
    core: Entries,
    result: Entries,
}

fn find(entries: Entries, key: &str) -> Option<&'static str> {
    entries
        .binary_search_by_key(&key, |(k, _)| *k)
        .ok()
        .map(|i| entries[i].1)
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

fn kind_key(t: Trigger) -> &'static str {
    match t {
        Trigger::DesignSubmitted => "design",
        Trigger::InspectionRequested => "inspection",
        Trigger::WorksCompleted => "works",
    }
}

impl Text {
    /// The language this text is really in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message for a key (the key itself if missing: visible, and caught by the tests).
    #[inline(never)]
    pub fn s(&self, key: &str) -> &'static str {
        match find(self.core, key).or_else(|| find(self.result, key)) {
            Some(text) => text,
            None => {
                // Every key is checked by the tests; a result key read before its pack loaded
                // shows as nothing rather than as a key.
                debug_assert!(self.result.is_empty(), "missing text {key}");
                ""
            }
        }
    }

    #[inline(never)]
    fn has(&self, key: &str) -> bool {
        find(self.core, key)
            .or_else(|| find(self.result, key))
            .is_some()
    }

    /// The message with its `{placeholders}` filled in.
    #[inline(never)]
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = self.s(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// `key.one` for 1 where the language has it, else `key`; `{n}` filled in.
    #[inline(never)]
    fn count(&self, key: &str, n: u32, args: &[(&str, &str)]) -> String {
        let one = format!("{key}.one");
        let key = if n == 1 && self.has(&one) {
            one.as_str()
        } else {
            key
        };
        let n = n.to_string();
        let mut all = vec![("n", n.as_str())];
        all.extend_from_slice(args);
        self.f(key, &all)
    }

    #[inline(never)]
    fn keyed(&self, parts: &[&str]) -> &'static str {
        self.s(&parts.concat())
    }

    #[inline(never)]
    fn opts(&self, family: &str, keys: &[&'static str]) -> Vec<Opt> {
        keys.iter()
            .map(|k| Opt {
                key: k,
                label: self.keyed(&["opt.", family, ".", k]),
                hint: self.keyed(&["opt.", family, ".", k, ".hint"]),
            })
            .collect()
    }

    // ── Frame ────────────────────────────────────────────────────────────────────────────────
    pub fn app_title(&self) -> &'static str {
        self.s("app.title")
    }
    pub fn app_subtitle(&self) -> &'static str {
        self.s("app.subtitle")
    }
    /// Label of the button that switches to the other language (written in that language).
    pub fn switch_to_other(&self) -> &'static str {
        self.s("lang.other")
    }
    pub fn switch_to_other_aria(&self) -> &'static str {
        self.s("lang.other_aria")
    }
    pub fn english_unavailable(&self) -> &'static str {
        self.s("lang.en_unavailable")
    }
    /// A `lang` or `mode` value of the opening link that could not be used.
    pub fn link_problem(&self, param: &str, value: &str) -> String {
        let key = if param == "lang" {
            "link.bad_lang"
        } else {
            "link.bad_mode"
        };
        self.f(key, &[("value", value)])
    }
    pub fn elder_mode(&self) -> &'static str {
        self.s("elder")
    }
    pub fn elder_mode_hint(&self) -> &'static str {
        self.s("elder.hint")
    }
    pub fn skip_to_content(&self) -> &'static str {
        self.s("skip")
    }
    pub fn footer_disclaimer(&self) -> &'static str {
        self.s("footer")
    }
    pub fn hotline_power(&self) -> &'static str {
        self.s("hotline.power")
    }
    pub fn hotline_regulator(&self) -> &'static str {
        self.s("hotline.regulator")
    }
    pub fn call(&self, number: &str) -> String {
        self.f("call", &[("number", number)])
    }
    /// Separator of an inline list ("、" / ", ") and after a label ("：" / ": ").
    pub fn list_sep(&self) -> &'static str {
        self.s("sep.list")
    }
    pub fn label_sep(&self) -> &'static str {
        self.s("sep.label")
    }

    // ── Start ────────────────────────────────────────────────────────────────────────────────
    pub fn start_lead(&self) -> &'static str {
        self.s("start.lead")
    }
    pub fn start_points(&self) -> [&'static str; 4] {
        [
            self.s("start.point.1"),
            self.s("start.point.2"),
            self.s("start.point.3"),
            self.s("start.point.4"),
        ]
    }
    pub fn start_button(&self) -> &'static str {
        self.s("start.button")
    }
    pub fn start_privacy(&self) -> &'static str {
        self.s("start.privacy")
    }
    pub fn start_time(&self) -> &'static str {
        self.s("start.time")
    }
    pub fn resume_button(&self) -> &'static str {
        self.s("start.resume")
    }

    // ── Questions ────────────────────────────────────────────────────────────────────────────
    pub fn back(&self) -> &'static str {
        self.s("back")
    }
    pub fn next(&self) -> &'static str {
        self.s("next")
    }
    pub fn not_sure(&self) -> &'static str {
        self.s("not_sure")
    }
    pub fn step_of(&self, n: usize, total: usize) -> String {
        self.f(
            "step_of",
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )
    }
    pub fn policy_term(&self) -> &'static str {
        self.s("term.label")
    }
    pub fn question_title(&self, q: Question) -> &'static str {
        self.keyed(&["q.", q.key(), ".title"])
    }
    pub fn question_hint(&self, q: Question) -> &'static str {
        self.keyed(&["q.", q.key(), ".hint"])
    }
    /// The policy's own term for what is asked.
    pub fn question_term(&self, q: Question) -> &'static str {
        self.keyed(&["q.", q.key(), ".term"])
    }
    pub fn district_name(&self, code: u32, chinese: &str) -> String {
        self.f(&format!("district.{code}"), &[("name", chinese)])
    }
    pub fn district_hint(&self) -> &'static str {
        self.s("district.hint")
    }
    pub fn town_label(&self) -> &'static str {
        self.s("town.label")
    }
    pub fn town_choose(&self) -> &'static str {
        self.s("town.choose")
    }
    pub fn town_none(&self) -> &'static str {
        self.s("town.none")
    }
    pub fn area_suggested(&self, town: &str, area: Area) -> String {
        self.f(
            "area.suggested",
            &[("town", town), ("area", self.area(area))],
        )
    }
    pub fn area_why(&self) -> &'static str {
        self.s("area.why")
    }
    pub fn area(&self, a: Area) -> &'static str {
        self.keyed(&["area.", a.key()])
    }
    pub fn area_options(&self) -> Vec<Opt> {
        self.opts("area", Area::KEYS)
    }
    pub fn customer(&self, c: Customer) -> &'static str {
        self.keyed(&["customer.", c.key()])
    }
    pub fn customer_options(&self) -> Vec<Opt> {
        self.opts("customer", Customer::KEYS)
    }
    pub fn usage(&self, u: Usage) -> &'static str {
        self.keyed(&["usage.", u.key()])
    }
    pub fn usage_options(&self) -> Vec<Opt> {
        self.opts("use", Usage::KEYS)
    }
    pub fn kw_label(&self) -> &'static str {
        self.s("kw.label")
    }
    pub fn kw_unit(&self) -> &'static str {
        self.s("kw.unit")
    }
    /// Typical capacities: (value, label).
    pub fn kw_typical(&self) -> [(&'static str, &'static str); 4] {
        ["8", "20", "50", "100"].map(|v| (v, self.keyed(&["kw.typical.", v])))
    }
    pub fn kw_typical_label(&self) -> &'static str {
        self.s("kw.typical")
    }
    fn where_(&self, area: Area) -> &'static str {
        self.s(if area.is_city() {
            "where.city"
        } else {
            "where.rural"
        })
    }
    pub fn kw_line(&self, phase: Phase, area: Option<Area>, cap: Kw) -> String {
        let cap = cap.to_string();
        match (phase, area) {
            (Phase::Y2022, Some(a)) => {
                self.f("kw.line.2022", &[("where", self.where_(a)), ("cap", &cap)])
            }
            _ => self.f("kw.line", &[("cap", &cap)]),
        }
    }
    pub fn kw_feedback(&self, kw: &str, connection: Connection, cap: Kw) -> String {
        self.f(
            &format!("kw.feedback.{}", connection.key()),
            &[("kw", kw), ("cap", &cap.to_string())],
        )
    }
    pub fn supply(&self, s: Supply) -> &'static str {
        self.keyed(&["supply.", s.key()])
    }
    pub fn supply_options(&self) -> Vec<Opt> {
        self.opts("supply", Supply::KEYS)
    }
    pub fn special_options(&self) -> Vec<Opt> {
        self.opts("special", &["0", "1"])
    }
    pub fn special_list(&self) -> [&'static str; 3] {
        [
            self.s("special.1"),
            self.s("special.2"),
            self.s("special.3"),
        ]
    }
    /// Yes/no options of a question (the city-core question).
    pub fn yes_no_options(&self, q: Question) -> Vec<Opt> {
        self.opts(q.key(), &["1", "0"])
    }
    pub fn builder(&self, b: Builder) -> &'static str {
        self.keyed(&["opt.builder.", b.key()])
    }
    pub fn builder_options(&self) -> Vec<Opt> {
        self.opts("builder", Builder::KEYS)
    }
    pub fn metres_label(&self) -> &'static str {
        self.s("metres.label")
    }
    pub fn metres(&self, m: u32) -> String {
        self.f("metres", &[("m", &m.to_string())])
    }
    pub fn design_days_label(&self) -> &'static str {
        self.s("design_days.label")
    }
    pub fn works_days_label(&self) -> &'static str {
        self.s("works_days.label")
    }
    pub fn date_label(&self) -> &'static str {
        self.s("date.label")
    }
    pub fn date_today(&self) -> &'static str {
        self.s("date.today")
    }
    /// What is wrong with an answer, and what is allowed.
    pub fn problem(&self, param: Param, problem: Problem) -> String {
        let what = match param {
            Param::Kw
            | Param::LineM
            | Param::DigM
            | Param::DesignDays
            | Param::WorksDays
            | Param::Date => self.keyed(&["what.", param.key()]),
            _ => self.s("what.other"),
        };
        let key = match problem {
            Problem::NotANumber if param == Param::Kw => "problem.not_a_number.kw",
            Problem::NotANumber => "problem.not_a_number",
            Problem::NotPositive => "problem.not_positive",
            Problem::Negative => "problem.negative",
            Problem::TooLarge { .. } => match param {
                Param::Kw => "problem.too_large.kw",
                Param::DesignDays | Param::WorksDays => "problem.too_large.days",
                _ => "problem.too_large.m",
            },
            Problem::NotWhole => "problem.not_whole",
            Problem::Separators => "problem.separators",
            Problem::Unknown { .. } => "problem.unknown",
            Problem::NotADate => "problem.not_a_date",
            Problem::NoSuchDate => "problem.no_such_date",
            Problem::BeforePolicy => "problem.before_policy",
            Problem::TooLate => "problem.too_late",
            Problem::UnknownDistrict => "problem.unknown_district",
            Problem::UnknownTown => "problem.unknown_town",
            Problem::TownOutsideDistrict => "problem.town_outside_district",
        };
        let (max, allowed) = match problem {
            Problem::TooLarge { max } => (max.to_string(), String::new()),
            Problem::Unknown { allowed } => (String::new(), allowed.join(self.list_sep())),
            _ => (String::new(), String::new()),
        };
        self.f(
            key,
            &[
                ("what", what),
                ("max", &max),
                ("allowed", &allowed),
                ("key", param.key()),
            ],
        )
    }

    /// A required question left unanswered.
    pub fn required(&self, q: Question) -> &'static str {
        self.s(if q.params().contains(&Param::Kw) {
            "problem.required.kw"
        } else {
            "problem.required"
        })
    }

    // ── Capacity helper ──────────────────────────────────────────────────────────────────────
    pub fn helper_toggle(&self) -> &'static str {
        self.s("helper.toggle")
    }
    pub fn helper_intro(&self) -> &'static str {
        self.s("helper.intro")
    }
    pub fn equipment(&self, id: &str) -> &'static str {
        self.keyed(&["equipment.", id])
    }
    /// One kind of equipment in the helper's arithmetic: name × count = kW.
    pub fn helper_line(&self, name: &str, n: u32, kw: &str) -> String {
        self.f(
            "helper.line",
            &[("name", name), ("n", &n.to_string()), ("kw", kw)],
        )
    }
    pub fn helper_unreadable(&self, names: &str) -> String {
        self.f("helper.unreadable", &[("names", names)])
    }
    pub fn helper_connected(&self, kw: &str) -> String {
        self.f("helper.connected", &[("kw", kw)])
    }
    pub fn helper_result(&self, connected: &str, factor: &str, suggested: &str) -> String {
        self.f(
            "helper.result",
            &[
                ("connected", connected),
                ("factor", factor),
                ("suggested", suggested),
            ],
        )
    }
    pub fn helper_use(&self, suggested: &str) -> String {
        self.f("helper.use", &[("kw", suggested)])
    }
    pub fn helper_empty(&self) -> &'static str {
        self.s("helper.empty")
    }

    // ── Summary ──────────────────────────────────────────────────────────────────────────────
    pub fn summary_title(&self) -> &'static str {
        self.s("summary.title")
    }
    pub fn summary_hint(&self) -> &'static str {
        self.s("summary.hint")
    }
    pub fn change(&self) -> &'static str {
        self.s("change")
    }
    pub fn not_answered(&self) -> &'static str {
        self.s("not_answered")
    }
    pub fn see_result(&self) -> &'static str {
        self.s("see_result")
    }

    // ── Result ───────────────────────────────────────────────────────────────────────────────
    pub fn result_title(&self) -> &'static str {
        self.s("result.title")
    }
    pub fn tier(&self, t: Tier) -> &'static str {
        self.keyed(&["tier.", t.key()])
    }
    pub fn tier_promise(&self, t: Tier) -> &'static str {
        self.keyed(&["tier.", t.key(), ".promise"])
    }
    pub fn category(&self, c: Category) -> &'static str {
        self.keyed(&["category.", c.key()])
    }
    pub fn connection(&self, c: Connection) -> &'static str {
        self.keyed(&["connection.", c.key()])
    }
    pub fn connection_reason(
        &self,
        c: Connection,
        kw: &str,
        cap: Kw,
        phase: Phase,
        area: Area,
    ) -> String {
        let when = match phase {
            Phase::Y2022 => self.f("when.2022", &[("where", self.where_(area))]),
            Phase::From2023 => self.s("when.2023").to_string(),
        };
        self.f(
            &format!("connection.reason.{}", c.key()),
            &[("kw", kw), ("cap", &cap.to_string()), ("when", &when)],
        )
    }
    pub fn supplier_days(&self, days: WorkingDays) -> String {
        self.f("supplier_days", &[("days", &self.days(days))])
    }
    pub fn whole_process(&self, days: WorkingDays, due: &str) -> String {
        self.f("whole_process", &[("days", &self.days(days)), ("due", due)])
    }
    /// No limit for the whole process, but every step dated from the customer's own works.
    pub fn power_on_expected(&self, due: &str) -> String {
        self.f("whole_process.own_works", &[("due", due)])
    }
    pub fn no_whole_process(&self) -> &'static str {
        self.s("whole_process.none")
    }
    pub fn basis(&self) -> &'static str {
        self.s("basis")
    }
    pub fn basis_original(&self) -> &'static str {
        self.s("basis.original")
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
                out.push_str(self.s("basis.sep"));
            }
            let r = refs[i];
            let note = refs
                .get(i + 1)
                .and_then(|n| n.strip_prefix(r))
                .and_then(|n| n.strip_prefix(' '));
            match note {
                Some(n) => {
                    out.push_str(&self.f(
                        "basis.with_note",
                        &[("ref", &self.reference(r)), ("note", &self.reference(n))],
                    ));
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
        self.f(
            &["reading.", r.key()].concat(),
            &[("kw", crate::policy::rules::ABOVE_10KV_FROM_KW_TEXT)],
        )
    }
    /// A clause's rendering in this language (`None` for Chinese: the passage is the original).
    pub fn clause(&self, c: &Clause) -> Option<&'static str> {
        (self.lang == Lang::En).then(|| self.keyed(&["clause.", c.id]))
    }
    pub fn result_loading(&self) -> &'static str {
        self.s("result.loading")
    }
    pub fn result_unavailable(&self) -> &'static str {
        self.s("result.unavailable")
    }

    pub fn timeline_title(&self) -> &'static str {
        self.s("timeline.title")
    }
    pub fn timeline_visual_label(&self) -> &'static str {
        self.s("timeline.visual")
    }
    fn step_key(s: StepId, c: Category) -> &'static str {
        match (s, c) {
            (StepId::Connection, Category::LvResidential | Category::LvThreeZero) => {
                "connection.two_step"
            }
            (StepId::Connection, Category::LvStandard) => "connection.lv",
            _ => s.key(),
        }
    }
    pub fn step_name(&self, s: StepId, c: Category) -> &'static str {
        self.keyed(&["step.", Self::step_key(s, c)])
    }
    pub fn step_what(&self, s: StepId, c: Category) -> &'static str {
        self.keyed(&["step.", Self::step_key(s, c), ".what"])
    }
    pub fn party_company(&self) -> &'static str {
        self.s("party.company")
    }
    pub fn party_you(&self) -> &'static str {
        self.s("party.you")
    }
    /// "3 working days" / "1.5 个工作日".
    pub fn days(&self, d: WorkingDays) -> String {
        if d == WorkingDays::whole(1) {
            self.f("days.one", &[("n", "1")])
        } else {
            self.f("days", &[("n", &d.to_string())])
        }
    }
    /// Calendar days: "30 days" / "30 天".
    pub fn n_days(&self, n: u32) -> String {
        self.count("n_days", n, &[])
    }
    pub fn must_finish_by(&self, date: &str) -> String {
        self.f("must_finish_by", &[("date", date)])
    }
    pub fn counted_from(&self, date: &str) -> String {
        self.f("counted_from", &[("date", date)])
    }
    /// 施工接电 that ends with the whole process: the company's own days, and the date.
    pub fn until_whole_process(&self, own: WorkingDays, whole: WorkingDays, due: &str) -> String {
        self.f(
            "until_whole_process",
            &[
                ("own", &self.days(own)),
                ("n", &whole.to_string()),
                ("due", due),
            ],
        )
    }
    pub fn after_customer(&self, t: Trigger, d: WorkingDays) -> String {
        self.f(
            &format!("after.{}", kind_key(t)),
            &[("days", &self.days(d))],
        )
    }
    pub fn own_works_dated(&self, from: &str, to: &str, design: u32, works: u32) -> String {
        self.f(
            "own_works.dated",
            &[
                ("from", from),
                ("to", to),
                ("design", &self.n_days(design)),
                ("works", &self.n_days(works)),
            ],
        )
    }
    pub fn own_works_undated(&self) -> &'static str {
        self.s("own_works.undated")
    }
    pub fn own_works_add(&self) -> &'static str {
        self.s("own_works.add")
    }
    pub fn starred(&self) -> &'static str {
        self.s("starred")
    }
    pub fn closure(&self, c: &Closure, from: &str, to: &str) -> String {
        let days = self.n_days(c.days);
        match c.holiday {
            Some(h) => self.f(
                "closure.holiday",
                &[
                    ("holiday", &self.holiday(h)),
                    ("from", from),
                    ("to", to),
                    ("days", &days),
                ],
            ),
            None => self.f(
                "closure.weekend",
                &[("from", from), ("to", to), ("days", &days)],
            ),
        }
    }
    pub fn provisional(&self, year: i32) -> String {
        self.f("provisional", &[("year", &year.to_string())])
    }
    pub fn counting_note(&self) -> &'static str {
        self.s("counting")
    }

    pub fn documents_title(&self) -> &'static str {
        self.s("documents.title")
    }
    pub fn document(&self, d: Document) -> &'static str {
        self.keyed(&["doc.", d.key()])
    }
    pub fn one_document(&self, d: Document) -> String {
        self.f("documents.one", &[("doc", &lower_first(self.document(d)))])
    }
    pub fn may_follow(&self) -> &'static str {
        self.s("documents.may_follow")
    }
    pub fn documents_only_these(&self) -> &'static str {
        self.s("documents.only_these")
    }

    pub fn approval_title(&self) -> &'static str {
        self.s("approval.title")
    }
    pub fn approval_path(&self, p: ApprovalPath) -> &'static str {
        self.keyed(&["approval.", p.key()])
    }
    pub fn approval_desc(&self, p: ApprovalPath) -> &'static str {
        self.keyed(&["approval.", p.key(), ".desc"])
    }
    pub fn approval_days(&self, d: WorkingDays) -> String {
        if d == WorkingDays::ZERO {
            self.s("approval.days.zero").to_string()
        } else {
            self.f("approval.days", &[("days", &self.days(d))])
        }
    }
    pub fn approval_handler(&self, h: ApprovalHandler) -> &'static str {
        self.s(match h {
            ApprovalHandler::PowerCompany => "handler.power_company",
            ApprovalHandler::PowerCompanyAsBuilder => "handler.grid_builds",
            ApprovalHandler::Customer => "handler.customer",
            ApprovalHandler::Builder => "handler.builder",
        })
    }
    /// Supply above 10 kV: no path in this policy.
    pub fn approval_not_set(&self) -> &'static str {
        self.s("approval.not_set")
    }
    pub fn approval_not_set_desc(&self) -> String {
        self.f(
            "approval.not_set.desc",
            &[("kw", crate::policy::rules::ABOVE_10KV_FROM_KW_TEXT)],
        )
    }
    pub fn approval_possible(&self) -> &'static str {
        self.s("approval.possible")
    }
    pub fn approval_decide_by(&self) -> &'static str {
        self.s("approval.decide_by")
    }
    pub fn approval_parallel_to_works(&self) -> &'static str {
        self.s("approval.parallel_to_works")
    }

    pub fn cost_title(&self) -> &'static str {
        self.s("cost.title")
    }
    pub fn cost_item(&self, c: CostItem) -> String {
        let (key, usage) = match c {
            CostItem::ZeroInvestment => ("cost.zero", None),
            CostItem::ZeroInvestmentNotNarrowed => ("cost.zero_not_narrowed", None),
            CostItem::OwnSideWorks => ("cost.own_side", None),
            CostItem::HvBoundaryBySupplyPlan => ("cost.hv_boundary", None),
            CostItem::HvSupplyPlanPrinciples => ("cost.hv_principles", None),
            CostItem::HvInvestmentExtended => ("cost.hv_extended", None),
            CostItem::HvPriority(u) => ("cost.hv_priority", Some(u)),
            CostItem::PriorityIsForHighVoltage(u) => ("cost.priority_hv_only", Some(u)),
            CostItem::TemporaryRental => ("cost.temporary", None),
            CostItem::LawfulFeesOnly => ("cost.lawful_fees", None),
        };
        let usage = usage
            .map(|u| lower_first(self.usage(u)))
            .unwrap_or_default();
        self.f(key, &[("usage", &usage)])
    }

    pub fn apply_title(&self) -> &'static str {
        self.s("apply.title")
    }
    pub fn channel(&self, c: Channel) -> &'static str {
        self.s(match c {
            Channel::Online => "channel.online",
            Channel::OnlineIdentity(Customer::Household) => "channel.identity.household",
            Channel::OnlineIdentity(_) => "channel.identity.enterprise",
            Channel::GovernmentServiceCentre => "channel.government",
            Channel::ProgressOnline => "channel.progress",
        })
    }
    pub fn hotlines_title(&self) -> &'static str {
        self.s("hotlines.title")
    }
    pub fn service_title(&self) -> &'static str {
        self.s("service.title")
    }
    pub fn service(&self, s: ServiceModel) -> &'static str {
        self.s(match s {
            ServiceModel::OnePlusNTeam => "service.one_plus_n",
            ServiceModel::GridManager => "service.grid_manager",
        })
    }
    pub fn reliability_title(&self) -> &'static str {
        self.s("reliability.title")
    }
    pub fn reliability(&self, area: Area, hours: u32, city_grid: bool, grid_hours: u32) -> String {
        let grid = self.s(if city_grid { "grid.city" } else { "grid.rural" });
        self.f(
            "reliability",
            &[
                ("area", self.area(area)),
                ("hours", &hours.to_string()),
                ("grid", grid),
                ("grid_hours", &grid_hours.to_string()),
            ],
        )
    }
    pub fn rights_title(&self) -> &'static str {
        self.s("rights.title")
    }
    pub fn right(&self, r: Right) -> &'static str {
        self.s(match r {
            Right::NoExtraSteps => "right.no_extra_steps",
            Right::NoExtraDocuments => "right.no_extra_documents",
            Right::NoForcedUndertaking => "right.no_forced_undertaking",
            Right::FreeChoiceOfChannel => "right.free_channel",
            Right::NoUnlawfulFees => "right.no_unlawful_fees",
            Right::NoArbitraryDisconnection => "right.no_disconnection",
            Right::PublishedInformation => "right.published",
            Right::HonestRecords => "right.honest_records",
            Right::OutageNotices => "right.outage_notices",
        })
    }

    pub fn refine_title(&self) -> &'static str {
        self.s("refine.title")
    }
    pub fn refine_own_works(&self) -> &'static str {
        self.s("refine.own_works")
    }
    pub fn refine_date(&self) -> &'static str {
        self.s("refine.date")
    }

    pub fn whatif_title(&self) -> &'static str {
        self.s("whatif.title")
    }
    pub fn whatif_intro(&self) -> &'static str {
        self.s("whatif.intro")
    }
    pub fn whatif_now(&self) -> &'static str {
        self.s("whatif.now")
    }
    pub fn whatif_change(&self, c: Change) -> String {
        match c {
            Change::Kw(k) => self.f("whatif.kw", &[("kw", &k.to_string())]),
            Change::Supply(s) => self.keyed(&["whatif.supply.", s.key()]).to_string(),
            Change::Special(b) => self
                .s(if b {
                    "whatif.special.1"
                } else {
                    "whatif.special.0"
                })
                .to_string(),
            Change::LineM(m) => self.f("whatif.line_m", &[("m", &m.to_string())]),
            Change::DigM(m) => self.f("whatif.dig_m", &[("m", &m.to_string())]),
        }
    }
    pub fn whatif_assumed(&self) -> &'static str {
        self.s("whatif.assumed")
    }
    /// The time-limit cell when the whole process is known too: both, each named.
    pub fn whatif_days_whole(&self, supplier: WorkingDays, whole: WorkingDays) -> String {
        self.f(
            "whatif.days_whole",
            &[
                ("supplier", &self.days(supplier)),
                ("whole", &self.days(whole)),
            ],
        )
    }
    pub fn whatif_rows(&self) -> [&'static str; 5] {
        ["1", "2", "3", "4", "5"].map(|i| self.keyed(&["whatif.row.", i]))
    }
    pub fn zero_investment(&self, zero: bool) -> &'static str {
        self.s(if zero { "invest.zero" } else { "invest.own" })
    }

    pub fn print(&self) -> &'static str {
        self.s("print")
    }
    pub fn download(&self) -> &'static str {
        self.s("download")
    }
    pub fn restart(&self) -> &'static str {
        self.s("restart")
    }
    pub fn finish(&self) -> &'static str {
        self.s("finish")
    }
    pub fn qr_caption(&self) -> &'static str {
        self.s("qr")
    }
    pub fn printed_on(&self, date: &str) -> String {
        self.f("printed_on", &[("date", date)])
    }

    // ── Am I on time? ────────────────────────────────────────────────────────────────────────
    pub fn track_title(&self) -> &'static str {
        self.s("track.title")
    }
    pub fn track_intro(&self) -> &'static str {
        self.s("track.intro")
    }
    pub fn track_started(&self, t: Trigger) -> &'static str {
        self.keyed(&["track.started.", kind_key(t)])
    }
    pub fn track_finished(&self) -> &'static str {
        self.s("track.finished")
    }
    pub fn track_status(&self, s: &Status) -> String {
        let d = |x: NaiveDate| self.date(x);
        let w = |n: u32| self.days(WorkingDays::whole(n));
        match s {
            Status::Waiting => self.s("track.waiting").to_string(),
            Status::Running { due, left: 0 } => self.f("track.due_today", &[("due", &d(*due))]),
            Status::Running { due, left } => {
                self.f("track.running", &[("due", &d(*due)), ("left", &w(*left))])
            }
            Status::Overdue { due, late } => {
                self.f("track.overdue", &[("due", &d(*due)), ("late", &w(*late))])
            }
            Status::OnTime { due, .. } => self.f("track.on_time", &[("due", &d(*due))]),
            Status::Late { due, late, .. } => {
                self.f("track.late", &[("due", &d(*due)), ("late", &w(*late))])
            }
            Status::FinishedBeforeStart { start, .. } => {
                self.f("track.before_start", &[("start", &d(*start))])
            }
        }
    }
    pub fn track_whole(&self) -> &'static str {
        self.s("track.whole")
    }
    pub fn track_missed(&self) -> &'static str {
        self.s("track.missed")
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
        let late = self.days(WorkingDays::whole(late));
        let end = match finished {
            Some(f) => self.f(
                "track.summary.finished",
                &[("finished", f), ("late", &late)],
            ),
            None => self.f("track.summary.open", &[("late", &late)]),
        };
        self.f(
            if step.is_some() {
                "track.summary"
            } else {
                "track.summary.whole"
            },
            &[
                ("step", step.unwrap_or_default()),
                ("start", start),
                ("days", &self.days(days)),
                ("clause", clause),
                ("due", due),
                ("end", &end),
            ],
        )
    }
    /// The request that ends the summary.
    pub fn track_summary_close(&self) -> &'static str {
        self.s("track.summary.close")
    }
    pub fn track_copy(&self) -> &'static str {
        self.s("track.copy")
    }
    pub fn track_copied(&self) -> &'static str {
        self.s("track.copied")
    }
    pub fn track_bad_date(&self) -> &'static str {
        self.s("track.bad_date")
    }

    // ── Kiosk ────────────────────────────────────────────────────────────────────────────────
    pub fn idle_title(&self) -> &'static str {
        self.s("idle.title")
    }
    pub fn idle_body(&self, seconds: u32) -> String {
        self.count("idle.body", seconds, &[])
    }
    pub fn idle_stay(&self) -> &'static str {
        self.s("idle.stay")
    }

    // ── Dates ────────────────────────────────────────────────────────────────────────────────
    /// A date as people write it: "2026年2月14日（星期六）" / "Sat 14 Feb 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        let wd = d.weekday().num_days_from_monday().to_string();
        let mon = d.month().to_string();
        self.f(
            "date",
            &[
                ("y", &d.year().to_string()),
                ("m", &mon),
                ("d", &d.day().to_string()),
                ("wd", self.keyed(&["weekday.", &wd])),
                ("mon", self.keyed(&["month.", &mon])),
            ],
        )
    }
    /// A public holiday's name (the schedule's Chinese name where there is no translation).
    pub fn holiday(&self, name: &str) -> String {
        let key = format!("holiday.{name}");
        if self.has(&key) {
            self.s(&key).to_string()
        } else {
            name.to_string()
        }
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
