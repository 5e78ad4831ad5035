//! All user-facing text, one place per language: [`zh`] (default) and [`en`]. The [`Text`]
//! trait lists every sentence the interface can say; a missing translation is a compile error.
//! Policy passages and their English renderings live with the clauses (`policy::clause`).

use crate::calendar::{Closure, WorkingDays};
use crate::flow::Question;
use crate::policy::answers::{Area, Builder, Customer, Kw, Param, Problem, Supply, Usage};
use crate::policy::rules::{
    ApprovalHandler, ApprovalPath, Category, Channel, Connection, CostItem, Document, Right,
    ServiceModel, StepId, Tier, Trigger,
};
use crate::policy::tracker::Status;
use crate::policy::whatif::Change;
use crate::policy::Phase;
use chrono::{Datelike, NaiveDate};

mod en;
mod zh;

/// Interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
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

    pub fn text(self) -> &'static dyn Text {
        match self {
            Lang::Zh => &zh::Zh,
            Lang::En => &en::En,
        }
    }
}

/// An option of a choice question: value key, label, one-line hint.
pub struct Opt {
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// Everything the interface says.
pub trait Text: Sync {
    fn lang(&self) -> Lang;

    // ── Frame ────────────────────────────────────────────────────────────────────────────────
    fn app_title(&self) -> &'static str;
    fn app_subtitle(&self) -> &'static str;
    /// Label of the button that switches to the other language (written in that language).
    fn switch_to_other(&self) -> &'static str;
    fn switch_to_other_aria(&self) -> &'static str;
    fn elder_mode(&self) -> &'static str;
    fn elder_mode_hint(&self) -> &'static str;
    fn skip_to_content(&self) -> &'static str;
    fn footer_disclaimer(&self) -> &'static str;
    fn hotline_power(&self) -> &'static str;
    fn hotline_regulator(&self) -> &'static str;
    fn call(&self, number: &str) -> String;

    // ── Start ────────────────────────────────────────────────────────────────────────────────
    fn start_lead(&self) -> &'static str;
    fn start_points(&self) -> [&'static str; 4];
    fn start_button(&self) -> &'static str;
    fn start_privacy(&self) -> &'static str;
    fn start_time(&self) -> &'static str;
    fn resume_button(&self) -> &'static str;

    // ── Questions ────────────────────────────────────────────────────────────────────────────
    fn back(&self) -> &'static str;
    fn next(&self) -> &'static str;
    fn not_sure(&self) -> &'static str;
    fn step_of(&self, n: usize, total: usize) -> String;
    fn policy_term(&self) -> &'static str;
    fn question_title(&self, q: Question) -> &'static str;
    fn question_hint(&self, q: Question) -> &'static str;
    /// The policy's own term for what is asked.
    fn question_term(&self, q: Question) -> &'static str;
    fn district_name(&self, code: u32, chinese: &'static str) -> String;
    fn district_hint(&self) -> &'static str;
    fn town_label(&self) -> &'static str;
    fn town_choose(&self) -> &'static str;
    fn town_none(&self) -> &'static str;
    fn area_suggested(&self, town: &str, area: Area) -> String;
    fn area_why(&self) -> &'static str;
    fn area(&self, a: Area) -> &'static str;
    fn area_options(&self) -> [Opt; 4];
    fn customer(&self, c: Customer) -> &'static str;
    fn customer_options(&self) -> [Opt; 3];
    fn usage(&self, u: Usage) -> &'static str;
    fn usage_options(&self) -> [Opt; 5];
    fn kw_label(&self) -> &'static str;
    fn kw_unit(&self) -> &'static str;
    fn kw_typical(&self) -> [(&'static str, &'static str); 4];
    fn kw_typical_label(&self) -> &'static str;
    fn kw_line(&self, phase: Phase, area: Option<Area>, cap: Kw) -> String;
    fn kw_feedback(&self, kw: &str, connection: Connection, cap: Kw) -> String;
    fn supply(&self, s: Supply) -> &'static str;
    fn supply_options(&self) -> [Opt; 2];
    fn special_options(&self) -> [Opt; 2];
    fn special_list(&self) -> [&'static str; 3];
    fn special_dual_note(&self) -> &'static str;
    fn yes_no_options(&self, q: Question) -> [Opt; 2];
    fn builder(&self, b: Builder) -> &'static str;
    fn builder_options(&self) -> [Opt; 2];
    fn metres_label(&self) -> &'static str;
    fn design_days_label(&self) -> &'static str;
    fn works_days_label(&self) -> &'static str;
    fn days_unit(&self) -> &'static str;
    fn date_label(&self) -> &'static str;
    fn date_today(&self) -> &'static str;
    fn problem(&self, param: Param, problem: Problem) -> String;
    fn errors_heading(&self, n: usize) -> String;

    // ── Capacity helper ──────────────────────────────────────────────────────────────────────
    fn helper_toggle(&self) -> &'static str;
    fn helper_intro(&self) -> &'static str;
    fn equipment(&self, id: &str) -> &'static str;
    fn helper_count_label(&self, name: &str) -> String;
    fn helper_connected(&self, kw: &str) -> String;
    fn helper_result(&self, connected: &str, factor: &str, suggested: &str) -> String;
    fn helper_use(&self, suggested: &str) -> String;
    fn helper_empty(&self) -> &'static str;

    // ── Summary ──────────────────────────────────────────────────────────────────────────────
    fn summary_title(&self) -> &'static str;
    fn summary_hint(&self) -> &'static str;
    fn change(&self) -> &'static str;
    fn not_answered(&self) -> &'static str;
    fn see_result(&self) -> &'static str;
    fn yes(&self) -> &'static str;
    fn no(&self) -> &'static str;

    // ── Result ───────────────────────────────────────────────────────────────────────────────
    fn result_title(&self) -> &'static str;
    fn tier(&self, t: Tier) -> &'static str;
    fn tier_promise(&self, t: Tier) -> &'static str;
    fn category(&self, c: Category) -> &'static str;
    fn connection(&self, c: Connection) -> &'static str;
    fn connection_reason(
        &self,
        c: Connection,
        kw: &str,
        cap: Kw,
        phase: Phase,
        area: Area,
    ) -> String;
    fn supplier_days(&self, days: WorkingDays) -> String;
    fn whole_process(&self, days: WorkingDays, due: &str) -> String;
    fn no_whole_process(&self) -> &'static str;
    fn basis(&self) -> &'static str;
    fn basis_original(&self) -> &'static str;

    fn timeline_title(&self) -> &'static str;
    fn timeline_visual_label(&self) -> &'static str;
    fn step_name(&self, s: StepId, c: Category) -> &'static str;
    fn step_what(&self, s: StepId, c: Category) -> &'static str;
    fn party_company(&self) -> &'static str;
    fn party_you(&self) -> &'static str;
    fn days(&self, d: WorkingDays) -> String;
    fn must_finish_by(&self, date: &str) -> String;
    fn counted_from(&self, date: &str) -> String;
    fn after_customer(&self, t: Trigger, d: WorkingDays) -> String;
    fn own_works_dated(&self, from: &str, to: &str, design: u32, works: u32) -> String;
    fn own_works_undated(&self) -> &'static str;
    fn own_works_add(&self) -> &'static str;
    fn starred(&self) -> &'static str;
    fn closure(&self, c: &Closure, from: &str, to: &str) -> String;
    fn provisional(&self, year: i32) -> String;
    fn counting_note(&self) -> &'static str;

    fn documents_title(&self) -> &'static str;
    fn document(&self, d: Document) -> &'static str;
    fn one_document(&self, d: Document) -> String;
    fn may_follow(&self) -> &'static str;
    fn no_documents(&self) -> &'static str;
    fn documents_only_these(&self) -> &'static str;

    fn approval_title(&self) -> &'static str;
    fn approval_path(&self, p: ApprovalPath) -> &'static str;
    fn approval_desc(&self, p: ApprovalPath) -> &'static str;
    fn approval_days(&self, d: WorkingDays) -> String;
    fn approval_handler(&self, h: ApprovalHandler) -> &'static str;
    fn approval_possible(&self) -> &'static str;
    fn approval_decide_by(&self) -> &'static str;
    fn approval_parallel_to_works(&self) -> &'static str;

    fn cost_title(&self) -> &'static str;
    fn cost_item(&self, c: CostItem) -> String;

    fn apply_title(&self) -> &'static str;
    fn channel(&self, c: Channel) -> &'static str;
    fn hotlines_title(&self) -> &'static str;
    fn service_title(&self) -> &'static str;
    fn service(&self, s: ServiceModel) -> &'static str;
    fn reliability_title(&self) -> &'static str;
    fn reliability(&self, area: Area, hours: u32, city_grid: bool, grid_hours: u32) -> String;
    fn rights_title(&self) -> &'static str;
    fn right(&self, r: Right) -> &'static str;

    fn refine_title(&self) -> &'static str;
    fn refine_own_works(&self) -> &'static str;
    fn refine_date(&self) -> &'static str;

    fn whatif_title(&self) -> &'static str;
    fn whatif_intro(&self) -> &'static str;
    fn whatif_now(&self) -> &'static str;
    fn whatif_change(&self, c: Change) -> String;
    fn whatif_assumed(&self) -> &'static str;
    fn whatif_rows(&self) -> [&'static str; 5];
    fn zero_investment(&self, zero: bool) -> &'static str;

    fn print(&self) -> &'static str;
    fn download(&self) -> &'static str;
    fn restart(&self) -> &'static str;
    fn finish(&self) -> &'static str;
    fn qr_caption(&self) -> &'static str;
    fn printed_on(&self, date: &str) -> String;

    // ── Am I on time? ────────────────────────────────────────────────────────────────────────
    fn track_title(&self) -> &'static str;
    fn track_intro(&self) -> &'static str;
    fn track_started(&self, t: Trigger) -> &'static str;
    fn track_finished(&self) -> &'static str;
    fn track_status(&self, s: &Status) -> String;
    fn track_whole(&self) -> &'static str;
    fn track_missed(&self) -> &'static str;
    fn track_summary(
        &self,
        step: &str,
        start: &str,
        days: WorkingDays,
        due: &str,
        finished: Option<&str>,
        late: u32,
        clause: &str,
    ) -> String;
    fn track_copy(&self) -> &'static str;
    fn track_copied(&self) -> &'static str;
    fn track_bad_date(&self) -> &'static str;

    // ── Kiosk ────────────────────────────────────────────────────────────────────────────────
    fn idle_title(&self) -> &'static str;
    fn idle_body(&self, seconds: u32) -> String;
    fn idle_stay(&self) -> &'static str;

    // ── Dates ────────────────────────────────────────────────────────────────────────────────
    fn date(&self, d: NaiveDate) -> String;
    fn holiday(&self, name: &str) -> String;
}

/// Weekday index (Monday 0) for the date formatters.
pub(crate) fn weekday(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_round_trip() {
        for l in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_key(l.key()), Some(l));
            assert_eq!(l.text().lang(), l);
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_key("fr"), None);
    }

    #[test]
    fn every_question_has_text_in_both_languages() {
        for l in [Lang::Zh, Lang::En] {
            let t = l.text();
            for q in Question::ALL {
                assert!(!t.question_title(q).is_empty(), "{l:?} {q:?}");
                assert!(!t.question_hint(q).is_empty(), "{l:?} {q:?}");
            }
            for p in Param::ALL {
                for problem in [
                    Problem::NotANumber,
                    Problem::TooLarge { max: 5 },
                    Problem::Unknown {
                        allowed: &["a", "b"],
                    },
                ] {
                    assert!(!t.problem(p, problem).is_empty());
                }
            }
        }
    }

    #[test]
    fn english_has_no_chinese_except_names_and_terms() {
        // The English interface may quote Chinese names and policy terms, but its sentences are English.
        let t = Lang::En.text();
        for q in Question::ALL {
            assert!(
                t.question_title(q).is_ascii(),
                "{q:?}: {}",
                t.question_title(q)
            );
        }
        for s in [
            t.start_lead(),
            t.start_button(),
            t.next(),
            t.back(),
            t.result_title(),
        ] {
            assert!(s.is_ascii(), "{s}");
        }
    }

    #[test]
    fn dates_read_naturally() {
        let d = crate::calendar::parse_iso("2026-02-14").expect("date");
        assert_eq!(Lang::Zh.text().date(d), "2026年2月14日（星期六）");
        assert_eq!(Lang::En.text().date(d), "Sat 14 Feb 2026");
        assert_eq!(Lang::En.text().holiday("春节"), "Spring Festival");
    }
}
