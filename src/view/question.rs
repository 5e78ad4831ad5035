//! One question per screen: the title (focused on arrival), a hint, the policy's own term in
//! small print, the input(s), any problem next to the field, and Next / Not sure / Back.
//! The form is read by the shell on submit (`name` = the URL parameter).

use super::markup::Markup;
use super::{button, title};
use crate::app::state::State;
use crate::calendar::iso;
use crate::divisions;
use crate::flow::Question;
use crate::i18n::{Opt, Text};
use crate::policy::answers::{format_milli, parse_kw, Choice};
use crate::policy::equipment::{suggest, EQUIPMENT, SIMULTANEITY_TEXT};
use crate::policy::rules::Connection;
use crate::policy::{Area, Param, Phase};

/// The form's id, for the shell's submit handler.
pub const FORM_ID: &str = "q-form";
/// The capacity input, its live feedback and the helper's result, for the shell's input handler.
pub const KW_INPUT_ID: &str = "q-kw";
pub const KW_FEEDBACK_ID: &str = "kw-feedback";
pub const HELPER_RESULT_ID: &str = "helper-result";

/// The value an input starts with: the stored answer, else a sensible default.
fn initial(s: &State, p: Param) -> String {
    let default = match p {
        Param::Area => s
            .parsed
            .town
            .valid()
            .and_then(|t| t.suggested_area())
            .map(|a| a.key().to_string()),
        Param::Date => Some(iso(s.today)),
        _ => None,
    };
    s.raw
        .get(p)
        .map(str::to_string)
        .or(default)
        .unwrap_or_default()
}

/// A choice's options as (value, label, hint).
fn options(t: &Text, q: Question) -> Vec<(String, String, &'static str)> {
    let from = |opts: &[Opt]| {
        opts.iter()
            .map(|o| (o.key.to_string(), o.label.to_string(), o.hint))
            .collect()
    };
    match q {
        Question::District => divisions::districts()
            .map(|d| (d.code.to_string(), t.district_name(d.code, d.name), ""))
            .collect(),
        Question::Area => from(&t.area_options()),
        Question::Customer => from(&t.customer_options()),
        Question::Usage => from(&t.usage_options()),
        Question::Supply => from(&t.supply_options()),
        Question::Special => from(&t.special_options()),
        Question::Builder => from(&t.builder_options()),
        _ => from(&t.yes_no_options(q)),
    }
}

fn is_choice(q: Question) -> bool {
    matches!(
        q,
        Question::District
            | Question::Area
            | Question::Customer
            | Question::Usage
            | Question::Supply
            | Question::Special
            | Question::CityCore
            | Question::Builder
    )
}

fn error(m: &mut Markup, id: &str, msg: &Option<String>) {
    if let Some(msg) = msg {
        m.el(
            "p",
            &[("class", "error"), ("id", id), ("role", "alert")],
            msg,
        );
    }
}

fn described_by(error: &Option<String>, err_id: &str) -> String {
    if error.is_some() {
        format!("q-hint {err_id}")
    } else {
        "q-hint".to_string()
    }
}

/// A text field for a number.
fn number(
    m: &mut Markup,
    p: Param,
    inputmode: &str,
    label: &str,
    value: &str,
    error_msg: &Option<String>,
) {
    let id = format!("q-{}", p.key());
    let err_id = format!("{id}-error");
    m.open("div", &[("class", "field")])
        .el("label", &[("for", &id)], label);
    m.void(
        "input",
        &[
            ("id", &id),
            ("name", p.key()),
            ("type", "text"),
            ("inputmode", inputmode),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("value", value),
            (
                "aria-invalid",
                if error_msg.is_some() { "true" } else { "false" },
            ),
            ("aria-describedby", &described_by(error_msg, &err_id)),
        ],
    );
    error(m, &err_id, error_msg);
    m.close("div");
}

/// The live line under the capacity field: low or high voltage at the typed value.
pub fn kw_feedback(s: &State, typed: &str) -> String {
    let t = s.lang.text();
    let area = s.parsed.area.valid().unwrap_or(Area::Urban);
    let cap = Phase::of(s.parsed.date_or(s.today)).low_voltage_cap(area);
    parse_kw(typed).ok().map_or(String::new(), |kw| {
        let conn = if kw > cap {
            Connection::HighVoltage
        } else {
            Connection::LowVoltage
        };
        t.kw_feedback(&kw.to_string(), conn, cap)
    })
}

/// The capacity helper's arithmetic for the counts typed so far.
pub fn helper_result(t: &Text, counts: &[(&str, u32)], unreadable: &[&str]) -> String {
    let mut m = Markup::new();
    if !unreadable.is_empty() {
        let names: Vec<&str> = unreadable.iter().map(|id| t.equipment(id)).collect();
        m.el(
            "p",
            &[("class", "error")],
            &t.helper_unreadable(&names.join(t.list_sep())),
        );
    }
    match suggest(counts) {
        None => {
            m.el("p", &[("class", "small")], t.helper_empty());
        }
        Some(s) => {
            let suggested = format_milli(s.suggested);
            m.open("ul", &[("class", "small")]);
            for (e, n, kw) in &s.lines {
                m.el(
                    "li",
                    &[],
                    &t.helper_line(t.equipment(e.id), *n, &format_milli(*kw)),
                );
            }
            m.close("ul")
                .el("p", &[], &t.helper_connected(&format_milli(s.connected)));
            m.open("p", &[])
                .el(
                    "strong",
                    &[],
                    &t.helper_result(&format_milli(s.connected), SIMULTANEITY_TEXT, &suggested),
                )
                .close("p");
            m.el(
                "button",
                &[
                    ("type", "button"),
                    ("class", "btn-secondary"),
                    ("data-act", "fill"),
                    ("data-value", &suggested),
                ],
                &t.helper_use(&suggested),
            );
        }
    }
    m.into_string()
}

fn capacity(m: &mut Markup, t: &Text, s: &State, error_msg: &Option<String>) {
    let typed = initial(s, Param::Kw);
    let area = s.parsed.area.valid();
    let phase = Phase::of(s.parsed.date_or(s.today));
    m.el(
        "p",
        &[("class", "line-note")],
        &t.kw_line(
            phase,
            area,
            phase.low_voltage_cap(area.unwrap_or(Area::Urban)),
        ),
    );
    number(m, Param::Kw, "decimal", t.kw_label(), &typed, error_msg);
    m.el(
        "p",
        &[
            ("class", "feedback"),
            ("id", KW_FEEDBACK_ID),
            ("aria-live", "polite"),
        ],
        &kw_feedback(s, &typed),
    );
    m.open(
        "div",
        &[
            ("class", "chips"),
            ("role", "group"),
            ("aria-label", t.kw_typical_label()),
        ],
    );
    m.el(
        "span",
        &[("class", "chips-label"), ("aria-hidden", "true")],
        t.kw_typical_label(),
    );
    for (v, label) in t.kw_typical() {
        m.el(
            "button",
            &[
                ("type", "button"),
                ("class", "chip"),
                ("data-act", "fill"),
                ("data-value", v),
            ],
            label,
        );
    }
    m.close("div");
    m.open("details", &[("class", "helper")])
        .el("summary", &[], t.helper_toggle());
    m.el("p", &[("class", "small")], t.helper_intro())
        .open("div", &[("class", "helper-grid")]);
    for e in EQUIPMENT {
        let id = format!("eq-{}", e.id);
        m.open("div", &[("class", "helper-row")])
            .el("label", &[("for", &id)], t.equipment(e.id));
        m.void(
            "input",
            &[
                ("id", &id),
                ("data-eq", e.id),
                // Text, not number: what was typed is read (full-width digits included) and
                // anything unreadable is said, where a number field would silently blank it.
                ("type", "text"),
                ("inputmode", "numeric"),
                ("autocomplete", "off"),
                ("placeholder", "0"),
            ],
        );
        m.close("div");
    }
    m.close("div").open(
        "div",
        &[
            ("class", "helper-result"),
            ("id", HELPER_RESULT_ID),
            ("aria-live", "polite"),
        ],
    );
    let html = helper_result(t, &[], &[]);
    m.raw(&html);
    m.close("div").close("details");
}

fn town(m: &mut Markup, t: &Text, s: &State, error_msg: &Option<String>) {
    let district = s
        .parsed
        .district
        .valid()
        .map(|d| d.code)
        .or_else(|| s.parsed.town.valid().map(|t| t.district));
    let Some(code) = district else {
        m.el("p", &[("class", "note")], t.town_none());
        return;
    };
    let current = initial(s, Param::Town);
    m.open("div", &[("class", "field")])
        .el("label", &[("for", "q-town")], t.town_label());
    m.open(
        "select",
        &[
            ("id", "q-town"),
            ("name", "town"),
            (
                "aria-invalid",
                if error_msg.is_some() { "true" } else { "false" },
            ),
            ("aria-describedby", &described_by(error_msg, "q-town-error")),
        ],
    );
    m.open(
        "option",
        &[
            ("value", ""),
            (if current.is_empty() { "selected" } else { "" }, ""),
        ],
    )
    .text(t.town_choose())
    .close("option");
    for town in divisions::townships(code) {
        let v = town.code.to_string();
        let selected = if current == v { "selected" } else { "" };
        m.open(
            "option",
            &[("value", &v), (selected, ""), ("lang", "zh-CN")],
        )
        .text(town.name)
        .close("option");
    }
    m.close("select");
    error(m, "q-town-error", error_msg);
    m.close("div");
}

fn date(m: &mut Markup, t: &Text, s: &State, error_msg: &Option<String>) {
    let current = initial(s, Param::Date);
    // A date input shows only ISO values; anything else stays visible as text to fix.
    let kind = if current.is_empty() || crate::calendar::parse_iso(&current).is_some() {
        "date"
    } else {
        "text"
    };
    m.open("div", &[("class", "field")])
        .el("label", &[("for", "q-date")], t.date_label());
    m.void(
        "input",
        &[
            ("id", "q-date"),
            ("name", "date"),
            ("type", kind),
            ("min", "2022-01-01"),
            ("max", "2099-12-31"),
            ("value", &current),
            (
                "aria-invalid",
                if error_msg.is_some() { "true" } else { "false" },
            ),
            ("aria-describedby", &described_by(error_msg, "q-date-error")),
        ],
    );
    error(m, "q-date-error", error_msg);
    m.close("div");
}

/// The question screen.
pub fn page(s: &State, q: Question) -> String {
    let t = s.lang.text();
    let mut m = Markup::new();
    let seq = s.sequence();
    let total = seq.len().max(1);
    let pos = seq.iter().position(|x| *x == q).map_or(1, |i| i + 1);
    let problem = |p: Param| {
        s.parsed.problem(p).map(|pr| t.problem(p, pr)).or_else(|| {
            (s.unanswered == Some(q) && s.raw.get(p).is_none()).then(|| t.required(q).to_string())
        })
    };

    m.open(
        "form",
        &[
            ("id", FORM_ID),
            ("class", "page question"),
            ("novalidate", ""),
            ("data-q", q.key()),
        ],
    );
    m.open("div", &[("class", "progress")]).el(
        "span",
        &[("id", "progress-text")],
        &t.step_of(pos, total),
    );
    m.void(
        "progress",
        &[
            ("max", &total.to_string()),
            ("value", &pos.to_string()),
            ("aria-labelledby", "progress-text"),
        ],
    );
    m.close("div");

    let intro = |m: &mut Markup| {
        m.el(
            "p",
            &[("class", "hint"), ("id", "q-hint")],
            t.question_hint(q),
        );
        m.open("p", &[("class", "term")])
            .el("span", &[("class", "term-label")], t.policy_term());
        m.el("span", &[("lang", "zh-CN")], t.question_term(q))
            .close("p");
    };

    if is_choice(q) {
        let p = q.params()[0];
        let current = initial(s, p);
        let err = problem(p);
        m.open(
            "fieldset",
            &[
                ("class", "choices"),
                ("aria-describedby", &described_by(&err, "q-error")),
            ],
        )
        .open("legend", &[]);
        title(&mut m, t.question_title(q));
        m.close("legend");
        intro(&mut m);
        match q {
            Question::Special => {
                m.open("ul", &[("class", "special-list")]);
                for item in t.special_list() {
                    m.el("li", &[], item);
                }
                m.close("ul");
            }
            Question::Area => {
                if let Some((town, a)) = s
                    .parsed
                    .town
                    .valid()
                    .and_then(|town| town.suggested_area().map(|a| (town, a)))
                {
                    m.el(
                        "p",
                        &[("class", "suggestion")],
                        &t.area_suggested(town.name, a),
                    );
                }
                m.el("p", &[("class", "note")], t.area_why());
            }
            Question::District if !t.district_hint().is_empty() => {
                m.el("p", &[("class", "note")], t.district_hint());
            }
            _ => {}
        }
        error(&mut m, "q-error", &err);
        m.open("div", &[("class", "options")]);
        for (key, label, hint) in options(t, q) {
            let id = format!("opt-{}-{key}", q.key());
            m.open("div", &[("class", "option")]);
            let checked = if current == key { "checked" } else { "" };
            m.void(
                "input",
                &[
                    ("type", "radio"),
                    ("id", &id),
                    ("name", p.key()),
                    ("value", &key),
                    (checked, ""),
                ],
            );
            m.open("label", &[("for", &id)])
                .el("span", &[("class", "option-label")], &label);
            if !hint.is_empty() {
                m.el("span", &[("class", "option-hint")], hint);
            }
            m.close("label").close("div");
        }
        m.close("div").close("fieldset");
    } else {
        title(&mut m, t.question_title(q));
        intro(&mut m);
        match q {
            Question::Town => town(&mut m, t, s, &problem(Param::Town)),
            Question::Capacity => capacity(&mut m, t, s, &problem(Param::Kw)),
            Question::OwnWorks => {
                m.open("div", &[("class", "fields-row")]);
                number(
                    &mut m,
                    Param::DesignDays,
                    "numeric",
                    t.design_days_label(),
                    &initial(s, Param::DesignDays),
                    &problem(Param::DesignDays),
                );
                number(
                    &mut m,
                    Param::WorksDays,
                    "numeric",
                    t.works_days_label(),
                    &initial(s, Param::WorksDays),
                    &problem(Param::WorksDays),
                );
                m.close("div");
            }
            Question::Date => date(&mut m, t, s, &problem(Param::Date)),
            _ => {
                let p = q.params()[0];
                number(
                    &mut m,
                    p,
                    "numeric",
                    t.metres_label(),
                    &initial(s, p),
                    &problem(p),
                );
            }
        }
    }

    m.open("div", &[("class", "nav-buttons")]).el(
        "button",
        &[("type", "submit"), ("class", "btn-primary")],
        t.next(),
    );
    if !q.is_required() {
        button(
            &mut m,
            "btn-secondary",
            &format!("skip:{}", q.key()),
            t.not_sure(),
        );
    }
    button(&mut m, "btn-quiet back", "back", t.back());
    m.close("div").close("form");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn state(pairs: &[(&str, &str)]) -> State {
        crate::i18n::ensure_all_for_tests();
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        State::from_pairs(
            &pairs,
            None,
            crate::calendar::parse_iso("2026-11-26").expect("date"),
        )
    }

    #[test]
    fn a_choice_question_checks_the_stored_answer_and_shows_its_problem() {
        let html = page(&state(&[("customer", "household")]), Question::Customer);
        assert!(html.contains(
            "<legend><h1 id=\"page-title\" tabindex=\"-1\">谁来申请用电？</h1></legend>"
        ));
        assert!(html.contains("value=\"household\" checked"));
        assert!(
            !html.contains("skip:customer"),
            "a required question cannot be skipped"
        );
        let html = page(&state(&[("area", "city")]), Question::Area);
        assert!(html.contains("role=\"alert\"") && html.contains("center、urban、town、rural"));
    }

    #[test]
    fn a_number_question_keeps_what_was_typed() {
        let html = page(&state(&[("kw", "-5")]), Question::Capacity);
        assert!(html.contains("value=\"-5\"") && html.contains("aria-invalid=\"true\""));
        assert!(html.contains("容量必须大于 0"));
        assert!(html.contains("data-act=\"fill\" data-value=\"8\""));
        let html = page(
            &state(&[("line_m", "12.5"), ("lang", "en")]),
            Question::LineLength,
        );
        assert!(
            html.contains("The line length must be a whole number.")
                && html.contains("skip:line_m")
        );
    }

    #[test]
    fn the_township_list_and_the_area_suggestion() {
        let html = page(&state(&[("district", "341322")]), Question::Town);
        assert!(html.contains(">龙城镇<") && !html.contains("埇桥街道"));
        let html = page(
            &state(&[("district", "341322"), ("town", "341322204")]),
            Question::Area,
        );
        assert!(html.contains("根据“石林乡”，建议选择“农村”"));
        assert!(html.contains("value=\"rural\" checked"));
    }

    #[test]
    fn a_required_question_left_empty_says_so() {
        let s = state(&[("area", "urban")]).apply(crate::app::state::Action::Submit(
            Question::Customer,
            vec![(Param::Customer, String::new())],
        ));
        let html = page(&s, Question::Customer);
        assert!(
            html.contains("这一题需要回答") && html.contains("aria-describedby=\"q-hint q-error\"")
        );
    }

    #[test]
    fn live_feedback_and_the_helper() {
        let s = state(&[("area", "rural"), ("date", "2022-06-01")]);
        assert_eq!(
            kw_feedback(&s, "120"),
            "120 千瓦：超过 100 千瓦，需要高压接入。"
        );
        assert_eq!(kw_feedback(&s, "abc"), "");
        crate::i18n::ensure_all_for_tests();
        let html = helper_result(Lang::En.text(), &[("ev_dc", 3)], &[]);
        assert!(
            html.contains("180 kW × simultaneity factor 0.8 ≈ 144 kW")
                && html.contains("data-value=\"144\"")
                && !html.contains("class=\"error\"")
        );
        // What could not be read is said, by name, and the rest still adds up.
        let html = helper_result(Lang::Zh.text(), &[("ev_dc", 3)], &["oven", "ev_ac"]);
        assert!(
            html.contains("这些数量无法识别，没有计入：电烤箱"),
            "{html}"
        );
        assert!(html.contains("144 千瓦"));
    }
}
