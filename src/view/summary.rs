//! Check your answers: each with a "change" that asks it again and comes straight back.

use super::markup::Markup;
use super::{button, title};
use crate::app::state::State;
use crate::flow::Question;
use crate::i18n::Text;
use crate::policy::answers::{Answer, Choice};
use crate::policy::Param;

fn label_of(options: &[crate::i18n::Opt], key: &str) -> Option<String> {
    options
        .iter()
        .find(|o| o.key == key)
        .map(|o| o.label.to_string())
}

/// The answer to a question as the customer would say it, or `None` when not answered.
pub fn answer_text(t: &Text, q: Question, s: &State) -> Option<String> {
    let p = &s.parsed;
    let flag = |a: Answer<bool>| a.valid().map(|b| if b { "1" } else { "0" });
    let metres = |a: Answer<u32>| a.valid().map(|m| t.metres(m));
    let text = match q {
        Question::District => p.district.valid().map(|d| t.district_name(d.code, d.name)),
        Question::Town => p.town.valid().map(|t| t.name.to_string()),
        Question::Area => p.area.valid().map(|a| t.area(a).to_string()),
        Question::Customer => p.customer.valid().map(|c| t.customer(c).to_string()),
        Question::Usage => p.usage.valid().map(|u| t.usage(u).to_string()),
        Question::Capacity => p.kw.valid().map(|k| format!("{k} {}", t.kw_unit())),
        Question::Supply => p.supply.valid().map(|v| t.supply(v).to_string()),
        Question::Special => flag(p.special).and_then(|k| label_of(&t.special_options(), k)),
        Question::LineLength => metres(p.line_m),
        Question::DigLength => metres(p.dig_m),
        Question::CityCore => flag(p.city_core).and_then(|k| label_of(&t.yes_no_options(q), k)),
        Question::Builder => p
            .builder
            .valid()
            .and_then(|b| label_of(&t.builder_options(), b.key())),
        Question::OwnWorks => match (p.design_days.valid(), p.works_days.valid()) {
            (None, None) => None,
            (d, w) => Some(format!(
                "{} {} · {} {}",
                t.design_days_label(),
                d.map_or("–".to_string(), |v| v.to_string()),
                t.works_days_label(),
                w.map_or("–".to_string(), |v| v.to_string())
            )),
        },
        Question::Date => p.date.valid().map(|d| t.date(d.get())),
    };
    // A value that cannot be used is shown as typed, so the customer sees what to fix.
    text.or_else(|| {
        q.params()
            .iter()
            .find(|&&pr| p.problem(pr).is_some())
            .and_then(|&pr: &Param| s.raw.get(pr).map(|v| format!("“{v}”")))
    })
}

/// The summary screen.
pub fn page(s: &State) -> String {
    let t = s.lang.text();
    let mut m = Markup::new();
    m.open("section", &[("class", "page summary")]);
    title(&mut m, t.summary_title());
    m.el("p", &[("class", "hint")], t.summary_hint())
        .open("dl", &[("class", "answers")]);
    for q in s.sequence() {
        let answer = answer_text(t, q, s);
        let today = (q == Question::Date && answer.is_none())
            .then(|| format!("{} · {}", t.date_today(), t.date(s.today)));
        let missing = answer.is_none() && today.is_none();
        m.open("div", &[("class", "answer-row"), ("data-q", q.key())])
            .el("dt", &[], t.question_title(q))
            .open("dd", &[]);
        let shown = answer
            .or(today)
            .unwrap_or_else(|| t.not_answered().to_string());
        m.el(
            "span",
            &[("class", if missing { "answer muted" } else { "answer" })],
            &shown,
        );
        if let Some(msg) = q
            .params()
            .iter()
            .find_map(|&p| s.parsed.problem(p).map(|pr| t.problem(p, pr)))
        {
            m.el("span", &[("class", "error")], &msg);
        }
        let sep = t.label_sep();
        m.open(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                ("data-act", &format!("change:{}", q.key())),
            ],
        );
        m.text(t.change())
            .el(
                "span",
                &[("class", "sr-only")],
                &format!("{sep}{}", t.question_title(q)),
            )
            .close("button");
        m.close("dd").close("div");
    }
    m.close("dl").open("div", &[("class", "nav-buttons")]);
    button(&mut m, "btn-primary", "go:result", t.see_result());
    button(&mut m, "btn-quiet back", "back", t.back());
    m.close("div").close("section");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asked_question_with_a_change_link() {
        let pairs: Vec<(String, String)> = [
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("line_m", "abc"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let s = State::from_pairs(
            &pairs,
            None,
            crate::calendar::parse_iso("2026-11-26").expect("date"),
        );
        let html = page(&s);
        assert!(html.contains("data-act=\"change:kw\"") && html.contains("8 千瓦"));
        assert!(html.contains("“abc”") && html.contains("线路长度请输入整数"));
        assert!(html.contains("今天 · 2026年11月26日（星期四）"));
        assert!(
            !html.contains("change:supply"),
            "supply is not asked at 8 kW"
        );
    }
}
