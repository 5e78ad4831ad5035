//! Check your answers: each with a "change" that asks it again and comes straight back.

use crate::app::components::frame::PageHeading;
use crate::app::state::{Action, Screen, State};
use crate::app::use_ctx;
use crate::flow::Question;
use crate::i18n::Text;
use crate::policy::answers::{Answer, Choice};
use crate::policy::Param;
use yew::prelude::*;

fn label_of(options: &[crate::i18n::Opt], key: &str) -> Option<String> {
    options.iter().find(|o| o.key == key).map(|o| o.label.to_string())
}

/// The answer to a question as the customer would say it, or `None` when not answered.
pub fn answer_text(t: &'static dyn Text, q: Question, s: &State) -> Option<String> {
    let p = &s.parsed;
    let flag = |a: Answer<bool>| a.valid().map(|b| if b { "1" } else { "0" });
    let metres = |a: Answer<u32>| a.valid().map(|m| format!("{m} {}", if t.lang() == crate::i18n::Lang::Zh { "米" } else { "m" }));
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
        Question::Builder => p.builder.valid().map(|b| label_of(&t.builder_options(), b.key()).unwrap_or_default()),
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

#[function_component(Summary)]
pub fn summary() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let s = &*ctx.state;
    html! {
        <section class="page summary">
            <PageHeading text={t.summary_title()} />
            <p class="hint">{ t.summary_hint() }</p>
            <dl class="answers">
                { for s.sequence().into_iter().map(|q| {
                    let answer = answer_text(t, q, s);
                    let problem = q.params().iter().find_map(|&p| s.parsed.problem(p).map(|pr| t.problem(p, pr)));
                    let today = (q == Question::Date && answer.is_none()).then(|| format!("{}（{}）", t.date_today(), t.date(s.today)));
                    html! {
                        <div class="answer-row" data-q={q.key()}>
                            <dt>{ t.question_title(q) }</dt>
                            <dd>
                                <span class={classes!("answer", answer.is_none().then_some("muted"))}>
                                    { answer.or(today).unwrap_or_else(|| t.not_answered().to_string()) }
                                </span>
                                if let Some(msg) = problem { <span class="error">{ msg }</span> }
                                <button type="button" class="link-button" onclick={ctx.callback(move |_: MouseEvent| Action::Change(q))}>
                                    { t.change() }<span class="sr-only">{ format!("{}{}", if t.lang() == crate::i18n::Lang::Zh { "：" } else { ": " }, t.question_title(q)) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <div class="nav-buttons">
                <button type="button" class="btn-primary" onclick={ctx.callback(|_: MouseEvent| Action::Go(Screen::Result))}>{ t.see_result() }</button>
                <button type="button" class="btn-quiet back" onclick={ctx.callback(|_: MouseEvent| Action::Back)}>{ t.back() }</button>
            </div>
        </section>
    }
}
