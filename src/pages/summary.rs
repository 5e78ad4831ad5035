//! Check your answers: each with a "change" that asks it again and comes straight back.

use crate::app::state::{Action, Screen, State};
use crate::components::{on, page_title, text, use_text, use_title};
use crate::flow::Question;
use crate::i18n::{Opt, Text};
use crate::policy::answers::{Answer, Choice};
use crate::policy::Param;
use yew::prelude::*;

fn label_of(options: &[Opt], key: &str) -> Option<String> {
    options
        .iter()
        .find(|o| o.key == key)
        .map(|o| o.label.to_string())
}

/// The answer to a question as the customer would say it, or `None` when not answered.
pub fn answer_text(t: &Text, q: Question, s: &State) -> Option<String> {
    let p = &s.parsed;
    let flag = |a: Answer<bool>| a.valid().map(|b| if b { "1" } else { "0" });
    let metres = |a: Answer<u32>| a.valid().map(|m| t.metres_n(m));
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
        Question::CityCore => flag(p.city_core).and_then(|k| label_of(&t.city_core_options(), k)),
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

/// One answer as the summary shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub q: Question,
    /// What was answered; `None`: not answered.
    pub answer: Option<String>,
    pub problem: Option<String>,
}

/// The rows for the questions asked, in order (the date, when not given, is today's).
pub fn rows(t: &Text, s: &State) -> Vec<Row> {
    s.sequence()
        .into_iter()
        .map(|q| {
            let answer = answer_text(t, q, s).or_else(|| {
                (q == Question::Date).then(|| format!("{} · {}", t.date_today(), t.date(s.today)))
            });
            let problem = q
                .params()
                .iter()
                .find_map(|&p| s.parsed.problem(p).map(|pr| t.problem(p, pr)));
            Row { q, answer, problem }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub rows: Vec<Row>,
    pub focus: bool,
    pub dispatch: Callback<Action>,
    /// Back: the browser's, where the app has an entry before this one.
    pub onback: Callback<()>,
}

#[component]
pub fn SummaryPage(props: &SummaryProps) -> Html {
    let t = use_text();
    let title = use_title(props.focus);
    html! {
        <section class="page summary">
            { page_title(&title, t.summary_title()) }
            <p class="hint">{ text(t.summary_hint()) }</p>
            <dl class="answers">
                for row in props.rows.iter() {
                    <div class="answer-row" data-q={row.q.key()}>
                        <dt>{ text(t.question_title(row.q)) }</dt>
                        <dd>
                            if let Some(a) = &row.answer {
                                <span class="answer">{ a.clone() }</span>
                            } else {
                                <span class="answer muted">{ text(t.not_answered()) }</span>
                            }
                            if let Some(p) = &row.problem {
                                <span class="error">{ p.clone() }</span>
                            }
                            { change_link(&t, row.q, t.change(), &props.dispatch) }
                        </dd>
                    </div>
                }
            </dl>
            <div class="nav-buttons">
                <button type="button" class="btn-primary" data-testid="see-result"
                    onclick={on(&props.dispatch, Action::Go(Screen::Result))}>{ text(t.see_result()) }</button>
                <button type="button" class="btn-quiet back" data-testid="back"
                    onclick={props.onback.reform(|_: MouseEvent| ())}>{ text(t.back()) }</button>
            </div>
        </section>
    }
}

/// "Change": answer a question again, then come back. The visible label is followed, for
/// screen readers, by the question's title where the two differ.
#[inline(never)]
pub fn change_link(
    t: &Text,
    q: Question,
    label: &'static str,
    dispatch: &Callback<Action>,
) -> Html {
    let title = t.question_title(q);
    html! {
        <button type="button" class="link-button" data-testid={format!("change-{}", q.key())}
            onclick={on(dispatch, Action::Change(q))}>
            { text(label) }
            if label != title {
                <span class="sr-only">{ t.sep_label() }{ text(title) }</span>
            }
        </button>
    }
}
