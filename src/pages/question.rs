//! One question per screen: the title (focused on arrival), a hint, the policy's own term, the
//! field(s), any problem next to the field, and Next / Not sure / Back. What is typed stays in
//! the page until Next: the answers (and the URL) change only then.

use crate::app::state::{Action, State};
use crate::calendar::iso;
use crate::components::capacity::{kw_field, CapacityHelper, Counts};
use crate::components::fields::{
    date_field, field_error, number_field, read_date, select_field, Choice, ChoiceList, DateInput,
    DateSpec,
};
use crate::components::{on, page_title, text, use_text, use_title};
use crate::divisions;
use crate::flow::Question;
use crate::policy::answers::Choice as _;
use crate::policy::{Area, Customer, Kw, Param, Parsed, Phase, Problem, Usage};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// What a question screen shows, from the state: pure, so it is tested without a browser.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionModel {
    pub q: Question,
    /// Its place among the questions asked so far, from 1.
    pub position: usize,
    pub total: usize,
    /// Each field's starting value: the stored answer as typed, else a sensible default.
    pub initial: Vec<(Param, String)>,
    pub problems: Vec<(Param, Problem)>,
    /// A required question the customer tried to leave unanswered.
    pub unanswered: bool,
    /// The district whose townships are offered (town question).
    pub district: Option<u32>,
    /// The township's suggested area (area question).
    pub suggestion: Option<(&'static str, Area)>,
    /// The low-voltage line for the address and date (capacity question).
    pub phase: Phase,
    pub area: Option<Area>,
    pub cap: Kw,
    /// Who applies, so far: usages that cannot be theirs are not offered.
    pub customer: Option<Customer>,
    /// Asked for "Am I on time?": the date is the one the customer applied on.
    pub track: bool,
}

impl QuestionModel {
    pub fn of(s: &State, q: Question) -> QuestionModel {
        let (position, total) = s.progress_of(q);
        let p = &s.parsed;
        let suggestion = p
            .town
            .valid()
            .and_then(|town| town.suggested_area().map(|a| (town.name, a)));
        let initial = q
            .params()
            .iter()
            .map(|&param| {
                let default = match param {
                    Param::Area => suggestion.map(|(_, a)| a.key().to_string()),
                    Param::Date => Some(iso(s.today)),
                    _ => None,
                };
                let value = s.raw.get(param).map(str::to_string).or(default);
                (param, value.unwrap_or_default())
            })
            .collect();
        let phase = Phase::of(p.date_or(s.today));
        let area = p.area.valid();
        QuestionModel {
            q,
            position,
            total,
            initial,
            problems: q
                .params()
                .iter()
                .filter_map(|&param| p.problem(param).map(|pr| (param, pr)))
                .collect(),
            unanswered: s.unanswered == Some(q),
            district: p
                .district
                .valid()
                .map(|d| d.code)
                .or_else(|| p.town.valid().map(|t| t.district)),
            suggestion,
            phase,
            area,
            cap: phase.low_voltage_cap(area.unwrap_or(Area::Urban)),
            customer: p.customer.valid(),
            track: s.track,
        }
    }
}

/// The options of a choice question.
fn options(t: &crate::i18n::Text, q: Question) -> Vec<Choice> {
    let opts = match q {
        Question::District => {
            return divisions::districts()
                .map(|d| Choice {
                    key: d.code.to_string().into(),
                    label: t.district_name(d.code, d.name).into(),
                    hint: "",
                })
                .collect()
        }
        Question::Area => t.area_options().to_vec(),
        Question::Customer => t.customer_options().to_vec(),
        Question::Usage => t.usage_options().to_vec(),
        Question::Supply => t.supply_options().to_vec(),
        Question::Special => t.special_options().to_vec(),
        Question::CityCore => t.city_core_options().to_vec(),
        Question::Builder => t.builder_options().to_vec(),
        _ => Vec::new(),
    };
    opts.into_iter().map(Choice::from).collect()
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

/// The page's own state: what is typed, by parameter, until Next; whether the date field held
/// something that is not a date at the last Next (until it changes); how many times Next was
/// pressed (to focus a problem).
#[derive(Clone, Debug, PartialEq)]
struct Form {
    drafts: Vec<(Param, String)>,
    unreadable_date: bool,
    submits: u32,
}

/// The date field as the browser holds it now (`None`: no date field on this page).
fn date_in(form: &NodeRef) -> Option<DateInput> {
    let input = form
        .cast::<HtmlElement>()?
        .query_selector("#q-date")
        .ok()??
        .dyn_into::<HtmlInputElement>()
        .ok()?;
    Some(read_date(&input))
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub model: QuestionModel,
    pub focus: bool,
    /// The capacity helper's counts (kept by the app while the customer answers).
    pub counts: Counts,
    pub oncount: Callback<(usize, String)>,
    pub dispatch: Callback<Action>,
    /// Back: the browser's, where the app has an entry before this one.
    pub onback: Callback<()>,
}

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let t = use_text();
    let title = use_title(props.focus);
    let m = &props.model;
    let q = m.q;
    // What is typed, by parameter: this page's own, until Next.
    let form = use_state(|| Form {
        drafts: m.initial.clone(),
        unreadable_date: false,
        submits: 0,
    });
    let node = use_node_ref();

    let draft = |p: Param| -> AttrValue {
        form.drafts
            .iter()
            .find(|(k, _)| *k == p)
            .map(|(_, v)| AttrValue::from(v.clone()))
            .unwrap_or_default()
    };
    // A field changed: (parameter, value); an unreadable date is said as `None`.
    let set = {
        let form = form.clone();
        Callback::from(move |(p, v): (Param, Option<String>)| {
            let mut next = (*form).clone();
            // A changed date is checked again at the next Next.
            if p == Param::Date {
                next.unreadable_date = false;
            }
            let v = v.unwrap_or_default();
            match next.drafts.iter_mut().find(|(k, _)| *k == p) {
                Some(slot) => slot.1 = v,
                None => next.drafts.push((p, v)),
            }
            form.set(next);
        })
    };
    let setter = |p: Param| set.reform(move |v: String| (p, Some(v)));

    // A problem is said next to its field: the answer's, or that a required one is missing.
    let problem = |p: Param| -> Option<AttrValue> {
        if p == Param::Date && form.unreadable_date {
            // What the browser could not read as a date is a day that does not exist (or one
            // not typed in full): said as the link's impossible date is.
            return Some(t.problem(p, Problem::NoSuchDate).into());
        }
        // A problem belongs to the value it was found in: once the field changes, it goes.
        let stored = m
            .initial
            .iter()
            .find(|(k, _)| *k == p)
            .map(|(_, v)| v.as_str());
        m.problems
            .iter()
            .find(|(k, _)| *k == p)
            .filter(|_| stored == Some(draft(p).as_str()))
            .map(|(_, pr)| AttrValue::from(t.problem(p, *pr)))
            .or_else(|| {
                (m.unanswered && draft(p).is_empty()).then(|| AttrValue::Static(t.required(q)))
            })
    };

    // After a Next that did not go through, the first field with a problem takes the focus.
    {
        let node = node.clone();
        let has_problem = !m.problems.is_empty() || m.unanswered || form.unreadable_date;
        use_effect_with((form.submits, m.problems.len(), m.unanswered), move |_| {
            if has_problem {
                let target = node.cast::<HtmlElement>().and_then(|f| {
                    f.query_selector(
                        "[aria-invalid=\"true\"], fieldset[aria-describedby~=\"q-error\"] input",
                    )
                    .ok()
                    .flatten()
                });
                if let Some(el) =
                    target.and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }

    let onsubmit = {
        let (form, dispatch, node) = (form.clone(), props.dispatch.clone(), node.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = (*form).clone();
            next.submits += 1;
            // The date as the browser holds it at Next, whatever events it sent while typing: a
            // day it cannot read is said, never sent on as blank or today.
            match date_in(&node) {
                Some(DateInput::Unreadable) => next.unreadable_date = true,
                Some(DateInput::Value(v)) => {
                    next.unreadable_date = false;
                    match next.drafts.iter_mut().find(|(k, _)| *k == Param::Date) {
                        Some(slot) => slot.1 = v,
                        None => next.drafts.push((Param::Date, v)),
                    }
                }
                None => {}
            }
            let (unreadable, drafts) = (next.unreadable_date, next.drafts.clone());
            form.set(next);
            if !unreadable {
                dispatch.emit(Action::Submit(q, drafts));
            }
        })
    };
    let onback = props.onback.reform(|_: MouseEvent| ());
    // The date is read as it is typed (its error goes then), not only when the field is left:
    // an error that vanished as Next was pressed would move Next from under the pointer.
    let oninput = set.reform(|e: InputEvent| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        match read_date(&input) {
            DateInput::Value(v) if input.id() == "q-date" => (Param::Date, Some(v)),
            _ => (Param::Date, None),
        }
    });

    // The area's hint speaks of the phase of the date given (the 2022 rural cap only then).
    let hint = match (q, m.phase) {
        (Question::Area, Phase::From2023) => t.q_area_hint_from2023(),
        _ => t.question_hint(q),
    };
    let intro = html! {
        <>
            <p class="hint" id="q-hint">{ text(hint) }</p>
            if matches!(q, Question::LineLength | Question::DigLength | Question::CityCore | Question::Builder) {
                <p class="note works-why">{ text(t.q_works_why()) }</p>
            }
            <p class="term"><span class="term-label">{ text(t.term_label()) }</span><span lang="zh-CN">{ text(t.question_term(q)) }</span></p>
        </>
    };

    let body = if is_choice(q) {
        let p = q.params()[0];
        let err = problem(p);
        let mut options = options(&t, q);
        if q == Question::Usage {
            // Only the usages that can be this customer's (三大攻坚战 projects and park
            // electrification are not a household's).
            options.retain(|o| {
                Usage::from_key(o.key.as_str()).is_none_or(|u| Parsed::usage_applies(m.customer, u))
            });
        }
        let onselect = set.reform(move |v: AttrValue| (p, Some(v.to_string())));
        html! {
            <fieldset class="choices" aria-describedby={if err.is_some() { "q-hint q-error" } else { "q-hint" }}>
                <legend>{ page_title(&title, t.question_title(q)) }</legend>
                { intro }
                if q == Question::Special {
                    <ul class="special-list">
                        for item in t.special_list() { <li>{ text(item) }</li> }
                    </ul>
                }
                if q == Question::Area {
                    if let Some((town, area)) = m.suggestion {
                        <p class="suggestion">{ t.area_suggestion(town, area) }</p>
                    }
                    <p class="note">{ text(t.area_why()) }</p>
                }
                if q == Question::District && !t.district_hint().is_empty() {
                    <p class="note">{ text(t.district_hint()) }</p>
                }
                { field_error("q-error".into(), err) }
                <ChoiceList name={p.key()} {options} selected={draft(p)} {onselect} />
            </fieldset>
        }
    } else {
        let field = match q {
            Question::Town => match m.district {
                None => html! { <p class="note">{ text(t.town_none()) }</p> },
                Some(code) => {
                    let towns: Vec<(AttrValue, &'static str)> = divisions::townships(code)
                        .map(|tw| (AttrValue::from(tw.code.to_string()), tw.name))
                        .collect();
                    select_field(
                        "town",
                        t.town_label(),
                        t.town_choose(),
                        towns,
                        draft(Param::Town),
                        problem(Param::Town),
                        setter(Param::Town),
                        Some("zh-CN"),
                    )
                }
            },
            Question::Capacity => {
                let input = NodeRef::default();
                let onuse = {
                    let set = setter(Param::Kw);
                    let input = input.clone();
                    Callback::from(move |v: String| {
                        set.emit(v);
                        if let Some(el) = input.cast::<HtmlElement>() {
                            let _ = el.focus();
                        }
                    })
                };
                html! {
                    <>
                        <p class="line-note">{ t.kw_line_for(m.phase, m.area, m.cap) }</p>
                        { kw_field(&t, draft(Param::Kw), problem(Param::Kw), m.cap, setter(Param::Kw), input) }
                        <CapacityHelper counts={props.counts.clone()} oncount={props.oncount.clone()} {onuse} />
                    </>
                }
            }
            Question::OwnWorks => html! {
                <div class="fields-row">
                    { number_field("design_d", t.design_days_label(), "numeric", draft(Param::DesignDays),
                        problem(Param::DesignDays), setter(Param::DesignDays), NodeRef::default()) }
                    { number_field("works_d", t.works_days_label(), "numeric", draft(Param::WorksDays),
                        problem(Param::WorksDays), setter(Param::WorksDays), NodeRef::default()) }
                </div>
            },
            Question::Date => {
                let onchange = set.reform(|d: DateInput| match d {
                    DateInput::Value(v) => (Param::Date, Some(v)),
                    DateInput::Unreadable => (Param::Date, None),
                });
                let spec = DateSpec {
                    id: "q-date".into(),
                    name: "date".into(),
                    label: t.date_label(),
                    described_by: None,
                };
                date_field(spec, draft(Param::Date), problem(Param::Date), onchange)
            }
            _ => {
                let p = q.params()[0];
                number_field(
                    p.key(),
                    t.metres_label(),
                    "numeric",
                    draft(p),
                    problem(p),
                    setter(p),
                    NodeRef::default(),
                )
            }
        };
        let heading = if q == Question::Date && m.track {
            t.q_date_title_track()
        } else {
            t.question_title(q)
        };
        html! {
            <>
                { page_title(&title, heading) }
                { intro }
                { field }
            </>
        }
    };

    html! {
        <form id="q-form" class="page question" novalidate=true data-q={q.key()} {onsubmit} ref={node}
            oninput={(q == Question::Date).then_some(oninput)}>
            <div class="progress">
                <span id="progress-text">{ t.step_of(&m.position.to_string(), &m.total.to_string()) }</span>
                <progress max={m.total.to_string()} value={m.position.to_string()} aria-labelledby="progress-text" />
            </div>
            { body }
            <div class="nav-buttons">
                <button type="submit" class="btn-primary" data-testid="next">{ text(t.next()) }</button>
                if !q.is_required() {
                    <button type="button" class="btn-secondary" data-testid="skip" onclick={on(&props.dispatch, Action::Skip(q))}>{ text(t.not_sure()) }</button>
                }
                <button type="button" class="btn-quiet back" data-testid="back" onclick={onback}>{ text(t.back()) }</button>
            </div>
        </form>
    }
}

// Native only: rendered with Yew's server renderer (a native dev-dependency feature).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
