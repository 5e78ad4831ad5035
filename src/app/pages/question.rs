//! One question per screen: the title (focused on arrival), a hint, the policy's own term in
//! small print, the input, any problem next to it, and Next / Not sure / Back.

use crate::app::components::frame::PageHeading;
use crate::app::components::helper::CapacityHelper;
use crate::app::state::{Action, State};
use crate::app::use_ctx;
use crate::calendar::iso;
use crate::divisions;
use crate::flow::Question;
use crate::i18n::{Opt, Text};
use crate::policy::answers::{parse_kw, Choice as _};
use crate::policy::rules::Connection;
use crate::policy::{Area, Param, Phase};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub question: Question,
}

/// The values an input starts with: the stored answer, else a sensible default.
fn initial(q: Question, s: &State) -> Vec<(Param, String)> {
    q.params()
        .iter()
        .map(|&p| {
            let stored = s.raw.get(p).map(str::to_string);
            let default = match p {
                Param::Area => s.parsed.town.valid().and_then(|t| t.suggested_area()).map(|a| a.key().to_string()),
                Param::Date => Some(iso(s.today)),
                _ => None,
            };
            (p, stored.or(default).unwrap_or_default())
        })
        .collect()
}

fn value_of(values: &[(Param, String)], p: Param) -> String {
    values.iter().find(|(k, _)| *k == p).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn with_value(values: &[(Param, String)], p: Param, v: String) -> Vec<(Param, String)> {
    values.iter().map(|(k, old)| (*k, if *k == p { v.clone() } else { old.clone() })).collect()
}

#[function_component(QuestionPage)]
pub fn question_page(props: &Props) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let q = props.question;
    let state = &*ctx.state;
    let values = use_state(|| initial(q, state));

    let seq = state.sequence();
    let total = seq.len().max(1);
    let pos = seq.iter().position(|x| *x == q).map_or(1, |i| i + 1);

    let set = {
        let values = values.clone();
        Callback::from(move |(p, v): (Param, String)| values.set(with_value(&values, p, v)))
    };
    let onsubmit = {
        let values = values.clone();
        let ctx = ctx.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ctx.dispatch(Action::Submit(q, (*values).clone()));
        })
    };
    let problems: Vec<(Param, String)> =
        q.params().iter().filter_map(|&p| state.parsed.problem(p).map(|pr| (p, t.problem(p, pr)))).collect();
    let error_for = |p: Param| problems.iter().find(|(k, _)| *k == p).map(|(_, m)| m.clone());

    let is_choice = matches!(
        q,
        Question::District
            | Question::Area
            | Question::Customer
            | Question::Usage
            | Question::Supply
            | Question::Special
            | Question::CityCore
            | Question::Builder
    );
    let heading = html! { <PageHeading text={t.question_title(q)} /> };
    let intro = html! {
        <>
            <p class="hint" id="q-hint">{ t.question_hint(q) }</p>
            <p class="term"><span class="term-label">{ t.policy_term() }</span><span lang="zh-CN">{ t.question_term(q) }</span></p>
        </>
    };

    let body = match q {
        Question::Town => town(t, state, &values, set.clone(), error_for(Param::Town)),
        Question::Capacity => capacity(t, state, &values, set.clone(), error_for(Param::Kw)),
        Question::LineLength | Question::DigLength => {
            let p = q.params()[0];
            number(t, p, "numeric", t.metres_label(), &value_of(&values, p), set.clone(), error_for(p))
        }
        Question::OwnWorks => html! {
            <div class="fields-row">
                { number(t, Param::DesignDays, "numeric", t.design_days_label(), &value_of(&values, Param::DesignDays), set.clone(), error_for(Param::DesignDays)) }
                { number(t, Param::WorksDays, "numeric", t.works_days_label(), &value_of(&values, Param::WorksDays), set.clone(), error_for(Param::WorksDays)) }
            </div>
        },
        Question::Date => date(t, &values, set.clone(), error_for(Param::Date)),
        _ => html! {},
    };

    let choice = if is_choice {
        let p = q.params()[0];
        let options = options(t, q);
        let current = value_of(&values, p);
        let error = error_for(p);
        let before = match q {
            Question::Special => html! {
                <>
                    <ul class="special-list">{ for t.special_list().iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
                    if state.parsed.supply.valid() == Some(crate::policy::Supply::Dual) {
                        <p class="note">{ t.special_dual_note() }</p>
                    }
                </>
            },
            Question::Area => {
                let suggestion = state.parsed.town.valid().and_then(|town| town.suggested_area().map(|a| (town, a)));
                html! {
                    <>
                        if let Some((town, a)) = suggestion {
                            <p class="suggestion">{ t.area_suggested(town.name, a) }</p>
                        }
                        <p class="note">{ t.area_why() }</p>
                    </>
                }
            }
            Question::District if !t.district_hint().is_empty() => html! { <p class="note">{ t.district_hint() }</p> },
            _ => html! {},
        };
        html! {
            <fieldset class="choices" aria-describedby={if error.is_some() { "q-hint q-error" } else { "q-hint" }}>
                <legend>{ heading.clone() }</legend>
                { intro.clone() }
                { before }
                if let Some(msg) = error.clone() {
                    <p class="error" id="q-error" role="alert">{ msg }</p>
                }
                <div class="options">
                    { for options.into_iter().map(|(key, label, hint)| {
                        let id = format!("opt-{}-{}", q.key(), key);
                        let checked = current == key;
                        let onchange = { let set = set.clone(); let key = key.clone(); Callback::from(move |_: Event| set.emit((p, key.clone()))) };
                        html! {
                            <div class={classes!("option", checked.then_some("checked"))}>
                                <input type="radio" id={id.clone()} name={q.key()} value={key} {checked} {onchange} />
                                <label for={id}>
                                    <span class="option-label">{ label }</span>
                                    if !hint.is_empty() { <span class="option-hint">{ hint }</span> }
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        }
    } else {
        html! { <>{ heading }{ intro }{ body }</> }
    };

    html! {
        <form class="page question" onsubmit={onsubmit} novalidate=true>
            <div class="progress">
                <span id="progress-text">{ t.step_of(pos, total) }</span>
                <progress max={total.to_string()} value={pos.to_string()} aria-labelledby="progress-text"></progress>
            </div>
            { choice }
            <div class="nav-buttons">
                <button type="submit" class="btn-primary">{ t.next() }</button>
                if !q.is_required() {
                    <button type="button" class="btn-secondary" onclick={ctx.callback(move |_: MouseEvent| Action::Skip(q))}>{ t.not_sure() }</button>
                }
                <button type="button" class="btn-quiet back" onclick={ctx.callback(|_: MouseEvent| Action::Back)}>{ t.back() }</button>
            </div>
        </form>
    }
}

/// A choice's options as (value, label, hint).
fn options(t: &'static dyn Text, q: Question) -> Vec<(String, String, &'static str)> {
    let from = |opts: &[Opt]| opts.iter().map(|o| (o.key.to_string(), o.label.to_string(), o.hint)).collect();
    match q {
        Question::District => divisions::districts().map(|d| (d.code.to_string(), t.district_name(d.code, d.name), "")).collect(),
        Question::Area => from(&t.area_options()),
        Question::Customer => from(&t.customer_options()),
        Question::Usage => from(&t.usage_options()),
        Question::Supply => from(&t.supply_options()),
        Question::Special => from(&t.special_options()),
        Question::Builder => from(&t.builder_options()),
        _ => from(&t.yes_no_options(q)),
    }
}

#[allow(clippy::too_many_arguments)]
fn number(
    t: &'static dyn Text,
    p: Param,
    inputmode: &'static str,
    label: &'static str,
    value: &str,
    set: Callback<(Param, String)>,
    error: Option<String>,
) -> Html {
    let id = format!("q-{}", p.key());
    let err_id = format!("{id}-error");
    let oninput = Callback::from(move |e: InputEvent| set.emit((p, e.target_unchecked_into::<HtmlInputElement>().value())));
    let _ = t;
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input id={id} type="text" inputmode={inputmode} autocomplete="off" spellcheck="false"
                value={value.to_string()} {oninput}
                aria-invalid={if error.is_some() { "true" } else { "false" }}
                aria-describedby={if error.is_some() { format!("q-hint {err_id}") } else { "q-hint".to_string() }} />
            if let Some(msg) = error {
                <p class="error" id={err_id} role="alert">{ msg }</p>
            }
        </div>
    }
}

fn capacity(
    t: &'static dyn Text,
    s: &State,
    values: &UseStateHandle<Vec<(Param, String)>>,
    set: Callback<(Param, String)>,
    error: Option<String>,
) -> Html {
    let typed = value_of(values, Param::Kw);
    let phase = Phase::of(s.parsed.date_or(s.today));
    let area = s.parsed.area.valid();
    let cap = phase.low_voltage_cap(area.unwrap_or(Area::Urban));
    let feedback = parse_kw(&typed).ok().map(|kw| {
        let conn = if kw > cap { Connection::HighVoltage } else { Connection::LowVoltage };
        t.kw_feedback(&kw.to_string(), conn, cap)
    });
    let on_use = {
        let set = set.clone();
        Callback::from(move |v: String| set.emit((Param::Kw, v)))
    };
    html! {
        <>
            <p class="line-note">{ t.kw_line(phase, area, cap) }</p>
            { number(t, Param::Kw, "decimal", t.kw_label(), &typed, set.clone(), error) }
            <p class="feedback" aria-live="polite">{ feedback.unwrap_or_default() }</p>
            <div class="chips" role="group" aria-label={t.kw_typical_label()}>
                <span class="chips-label" aria-hidden="true">{ t.kw_typical_label() }</span>
                { for t.kw_typical().iter().map(|(v, label)| {
                    let set = set.clone();
                    let v = v.to_string();
                    html! { <button type="button" class="chip" onclick={Callback::from(move |_: MouseEvent| set.emit((Param::Kw, v.clone())))}>{ *label }</button> }
                }) }
            </div>
            <CapacityHelper on_use={on_use} />
        </>
    }
}

fn town(
    t: &'static dyn Text,
    s: &State,
    values: &UseStateHandle<Vec<(Param, String)>>,
    set: Callback<(Param, String)>,
    error: Option<String>,
) -> Html {
    let district = s.parsed.district.valid().map(|d| d.code).or_else(|| s.parsed.town.valid().map(|t| t.district));
    let Some(code) = district else { return html! { <p class="note">{ t.town_none() }</p> } };
    let current = value_of(values, Param::Town);
    let onchange = Callback::from(move |e: Event| set.emit((Param::Town, e.target_unchecked_into::<HtmlSelectElement>().value())));
    html! {
        <div class="field">
            <label for="q-town">{ t.town_label() }</label>
            <select id="q-town" {onchange} aria-describedby={if error.is_some() { "q-hint q-town-error" } else { "q-hint" }}
                aria-invalid={if error.is_some() { "true" } else { "false" }}>
                <option value="" selected={current.is_empty()}>{ t.town_choose() }</option>
                { for divisions::townships(code).map(|town| {
                    let v = town.code.to_string();
                    html! { <option value={v.clone()} selected={current == v} lang="zh-CN">{ town.name }</option> }
                }) }
            </select>
            if let Some(msg) = error {
                <p class="error" id="q-town-error" role="alert">{ msg }</p>
            }
        </div>
    }
}

fn date(t: &'static dyn Text, values: &UseStateHandle<Vec<(Param, String)>>, set: Callback<(Param, String)>, error: Option<String>) -> Html {
    let current = value_of(values, Param::Date);
    // A date input shows only ISO values; anything else stays visible as text to fix.
    let input_type = if current.is_empty() || crate::calendar::parse_iso(&current).is_some() { "date" } else { "text" };
    let oninput = Callback::from(move |e: InputEvent| set.emit((Param::Date, e.target_unchecked_into::<HtmlInputElement>().value())));
    html! {
        <div class="field">
            <label for="q-date">{ t.date_label() }</label>
            <input id="q-date" type={input_type}
                min="2022-01-01" max="2099-12-31" value={current} {oninput}
                aria-invalid={if error.is_some() { "true" } else { "false" }}
                aria-describedby={if error.is_some() { "q-hint q-date-error" } else { "q-hint" }} />
            if let Some(msg) = error {
                <p class="error" id="q-date-error" role="alert">{ msg }</p>
            }
        </div>
    }
}
