//! The dated timeline: an SVG picture of the steps over the calendar, and the same data as an
//! ordered list (the accessible version, and what is printed).

use crate::app::components::basis::Basis;
use crate::app::state::Action;
use crate::app::use_ctx;
use crate::calendar::Span;
use crate::flow::Question;
use crate::i18n::Text;
use crate::policy::rules::{Estimate, Party, Step, Timing};
use chrono::{Datelike, NaiveDate};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub estimate: Rc<Estimate>,
}

// The picture's coordinate system (integers: no float formatting in the bundle).
const W: i64 = 640;
const ROW: i64 = 34;
const LEFT: i64 = 36;
const RIGHT: i64 = 8;

/// The picture: one row per step, bars over calendar days, non-working runs shaded.
fn picture(t: &'static dyn Text, e: &Estimate) -> Html {
    let start = e.date();
    let end = e.steps.iter().filter_map(Step::due).chain(e.whole_process.iter().map(|w| w.value.due)).fold(start, NaiveDate::max);
    let days = (end - start).num_days().max(1) + 1;
    let inner = W - LEFT - RIGHT;
    // Left edge of a day's column, and one day's width (at least 1).
    let x = |d: NaiveDate| LEFT + (d - start).num_days() * inner / days;
    let day_w = (inner / days).max(1);
    let rows = e.steps.len() as i64 + i64::from(e.whole_process.is_some());
    let h = rows * ROW + 30;
    let closures: Vec<(NaiveDate, NaiveDate)> = e
        .steps
        .iter()
        .filter_map(Step::span)
        .chain(e.whole_process.iter().map(|w| &w.value))
        .flat_map(|s: &Span| s.closures.iter().map(|c| (c.from, c.to)))
        .collect();
    let bar = |i: i64, from: NaiveDate, to: NaiveDate, class: &'static str| {
        // The start day is not counted: the bar begins the next day and ends with the due day.
        let x0 = x(from) + day_w;
        let width = (x(to) + day_w - x0).max(day_w.max(4));
        html! { <rect class={class} x={x0.to_string()} y={(i * ROW + 6).to_string()} width={width.to_string()} height="20" rx="4" /> }
    };
    let num = |i: i64, label: String| html! { <text class="num" x="14" y={(i * ROW + 21).to_string()}>{ label }</text> };
    html! {
        <svg class="timeline-svg" viewBox={format!("0 0 {W} {h}")} role="img" aria-label={t.timeline_visual_label()} focusable="false">
            { for closures.iter().map(|(a, b)| html! {
                <rect class="closed" x={x(*a).to_string()} y="0" width={(x(*b) - x(*a) + day_w).to_string()} height={(h - 24).to_string()} />
            }) }
            { for e.steps.iter().enumerate().map(|(i, s)| {
                let i = i as i64;
                let shape = match &s.timing {
                    Timing::Dated(span) => bar(i, span.start, span.due, if s.responsible == Party::Customer { "bar you" } else { "bar company" }),
                    Timing::OwnWorks { from, to, .. } => bar(i, *from, *to, "bar you"),
                    _ => html! { <rect class="bar unknown" x={(W - 120).to_string()} y={(i * ROW + 6).to_string()} width="110" height="20" rx="4" /> },
                };
                html! { <g>{ num(i, (i + 1).to_string()) }{ shape }</g> }
            }) }
            if let Some(w) = &e.whole_process {
                { bar(rows - 1, w.value.start, w.value.due, "bar whole") }
                { num(rows - 1, "∑".to_string()) }
            }
            <text class="axis" x={LEFT.to_string()} y={(h - 6).to_string()}>{ format!("{}/{}", start.month(), start.day()) }</text>
            <text class="axis end" x={(W - RIGHT).to_string()} y={(h - 6).to_string()}>{ format!("{}/{}", end.month(), end.day()) }</text>
        </svg>
    }
}

fn span_details(t: &'static dyn Text, span: &Span) -> Html {
    html! {
        <>
            <p class="due"><strong>{ t.must_finish_by(&t.date(span.due)) }</strong></p>
            <p class="small">{ t.counted_from(&t.date(span.start)) }</p>
            { for span.closures.iter().filter(|c| c.holiday.is_some() || c.days > 2).map(|c| html! {
                <p class="closure small">{ t.closure(c, &t.date(c.from), &t.date(c.to)) }</p>
            }) }
            if span.provisional {
                <p class="provisional small">{ t.provisional(span.due.year()) }</p>
            }
        </>
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &Props) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let e = &props.estimate;
    let cat = e.category.value;
    let add_own = ctx.callback(|_: MouseEvent| Action::Change(Question::OwnWorks));
    html! {
        <div class="timeline">
            <div class="picture" aria-hidden="true">{ picture(t, e) }</div>
            <ol class="steps">
                { for e.steps.iter().map(|s| {
                    let party = if s.responsible == Party::Customer { t.party_you() } else { t.party_company() };
                    html! {
                        <li class={classes!("step", (s.responsible == Party::Customer).then_some("yours"))} data-step={s.id.key()}>
                            <h3>
                                { t.step_name(s.id, cat) }
                                <span class={classes!("party", (s.responsible == Party::Customer).then_some("you"))}>{ party }</span>
                            </h3>
                            <p>{ t.step_what(s.id, cat) }</p>
                            if let Some(d) = s.days { <p class="limit">{ t.days(d) }</p> }
                            if s.starred { <p class="small starred">{ "* " }{ t.starred() }</p> }
                            { match &s.timing {
                                Timing::Dated(span) => span_details(t, span),
                                Timing::AfterCustomer(trigger) => html! { <p class="due"><strong>{ t.after_customer(*trigger, s.days.unwrap_or_default()) }</strong></p> },
                                Timing::OwnWorks { from, to, .. } => html! {
                                    <p class="due">{ t.own_works_dated(&t.date(*from), &t.date(*to),
                                        e.answers.own_works.design_days.unwrap_or(0), e.answers.own_works.works_days.unwrap_or(0)) }</p>
                                },
                                Timing::OwnWorksUndated => html! {
                                    <>
                                        <p>{ t.own_works_undated() }</p>
                                        <button type="button" class="link-button no-print" onclick={add_own.clone()}>{ t.own_works_add() }</button>
                                    </>
                                },
                            } }
                            <Basis clauses={s.basis.clone()} />
                        </li>
                    }
                }) }
                if let Some(w) = &e.whole_process {
                    <li class="step whole" data-step="whole_process">
                        <h3>{ t.whole_process(w.value.days, &t.date(w.value.due)) }</h3>
                        { span_details(t, &w.value) }
                        <Basis clauses={w.basis.to_vec()} />
                    </li>
                }
            </ol>
        </div>
    }
}
