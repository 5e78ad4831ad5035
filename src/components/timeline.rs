//! The dated timeline: a picture of the steps over the calendar, and the same data as an
//! ordered list (the picture's text alternative), each step with its limit, due date, the
//! holidays it crosses and its basis.

use super::basis::basis;
use super::{text, use_text, Shared};
use crate::calendar::Span;
use crate::app::state::Action;
use crate::flow::Question;
use crate::i18n::Text;
use crate::pages::summary::change_link;
use crate::policy::rules::{Estimate, Party, Refinement, Step, Timing};
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

// The picture's coordinate system (integers: no float formatting in the bundle).
const W: i64 = 640;
const ROW: i64 = 34;
const LEFT: i64 = 36;
const RIGHT: i64 = 8;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub estimate: Shared<Estimate>,
    /// Answer a question again (the own-works durations).
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let t = use_text();
    let e = &*props.estimate;
    let undated = e.refinements.contains(&Refinement::OwnWorksDates);
    html! {
        <section class="card" aria-labelledby="h-timeline">
            <h2 id="h-timeline">{ text(t.timeline_title()) }</h2>
            <div class="timeline">
                { picture(&t, e) }
                <ol class="steps">
                    for s in e.steps.iter() {
                        { step(&t, e, s) }
                    }
                    if let Some(w) = &e.whole_process {
                        <li class="step whole" data-step="whole_process">
                            <h3>{ t.whole_process_by(w.value.days, &t.date(w.value.due)) }</h3>
                            { span_details(&t, &w.value) }
                            { basis(w.basis, w.readings) }
                        </li>
                    }
                </ol>
            </div>
            <p class="small">{ text(t.counting()) }</p>
            { basis(e.counting, &[]) }
            // Wherever the customer's own durations would date the steps that wait for them.
            if undated {
                <p class="no-print">
                    { change_link(&t, Question::OwnWorks, t.own_works_add(), &props.dispatch) }
                </p>
            }
        </section>
    }
}

/// One row per step, bars over calendar days, non-working runs shaded.
fn picture(t: &Text, e: &Estimate) -> Html {
    let start = e.date();
    let end = e
        .steps
        .iter()
        .filter_map(Step::due)
        .chain(e.whole_process.iter().map(|w| w.value.due))
        .fold(start, NaiveDate::max);
    let days = (end - start).num_days().max(1) + 1;
    let inner = W - LEFT - RIGHT;
    let x = |d: NaiveDate| LEFT + (d - start).num_days() * inner / days;
    let day_w = (inner / days).max(1);
    let rows = e.steps.len() as i64 + i64::from(e.whole_process.is_some());
    let h = rows * ROW + 30;
    let spans = e
        .steps
        .iter()
        .filter_map(Step::span)
        .chain(e.whole_process.iter().map(|w| &w.value));
    let closures = spans.flat_map(|sp: &Span| sp.closures.iter()).map(|c| {
        html! { <rect class="closed" x={x(c.from).to_string()} y="0" width={(x(c.to) - x(c.from) + day_w).to_string()} height={(h - 24).to_string()} /> }
    });
    // The start day is not counted: a bar begins the next day and ends with the due day.
    let bar = |i: i64, from: NaiveDate, to: NaiveDate, kind: &'static str| {
        let x0 = x(from) + day_w;
        let width = (x(to) + day_w - x0).max(day_w.max(4));
        html! { <rect class="bar" data-kind={kind} x={x0.to_string()} y={(i * ROW + 6).to_string()} width={width.to_string()} height="20" rx="4" /> }
    };
    let bars = e.steps.iter().enumerate().map(|(i, step)| {
        let i = i as i64;
        let shape = match &step.timing {
            Timing::Dated(span) if step.responsible == Party::Customer => bar(i, span.start, span.due, "you"),
            Timing::Dated(span) | Timing::UntilWholeProcess(span) => bar(i, span.start, span.due, "company"),
            Timing::OwnWorks { from, to, .. } => bar(i, *from, *to, "you"),
            _ => html! { <rect class="bar" data-kind="unknown" x={(W - 120).to_string()} y={(i * ROW + 6).to_string()} width="110" height="20" rx="4" /> },
        };
        html! { <><text class="num" x="14" y={(i * ROW + 21).to_string()}>{ i + 1 }</text>{ shape }</> }
    });
    html! {
        <div class="picture" aria-hidden="true">
            <svg class="timeline-svg" viewBox={format!("0 0 {W} {h}")} role="img" aria-label={t.timeline_visual()} focusable="false">
                { for closures }
                { for bars }
                if let Some(w) = &e.whole_process {
                    <text class="num" x="14" y={((rows - 1) * ROW + 21).to_string()}>{ "∑" }</text>
                    { bar(rows - 1, w.value.start, w.value.due, "whole") }
                }
                <text class="axis" x={LEFT.to_string()} y={(h - 6).to_string()}>{ format!("{}/{}", start.month(), start.day()) }</text>
                <text class="axis end" x={(W - RIGHT).to_string()} y={(h - 6).to_string()}>{ format!("{}/{}", end.month(), end.day()) }</text>
            </svg>
        </div>
    }
}

/// One step of the list: who acts, what happens, the limit, the due date (or when its clock
/// starts) and the basis.
fn step(t: &Text, e: &Estimate, s: &Step) -> Html {
    let cat = e.category.value;
    let yours = s.responsible == Party::Customer;
    let party = if yours { "you" } else { "company" };
    let timing = match &s.timing {
        Timing::Dated(span) => span_details(t, span),
        Timing::UntilWholeProcess(span) => html! {
            <>
                if let (Some(own), Some(w)) = (s.days, &e.whole_process) {
                    <p class="small">{ t.until_whole_process_line(own, w.value.days, &t.date(span.due)) }</p>
                }
                { span_details(t, span) }
            </>
        },
        Timing::AfterCustomer(trigger) => html! {
            <p class="due"><strong>{ t.after_customer(*trigger, s.days.unwrap_or_default()) }</strong></p>
        },
        Timing::OwnWorks { from, to, .. } => {
            let own = e.answers.own_works;
            html! {
                <p class="due">{ t.own_works_dated_span(&t.date(*from), &t.date(*to),
                    own.design_days.unwrap_or(0), own.works_days.unwrap_or(0)) }</p>
            }
        }
        Timing::OwnWorksUndated => html! { <p>{ text(t.own_works_undated()) }</p> },
    };
    html! {
        <li class="step" data-party={party} data-step={s.id.key()}>
            <h3>
                { text(t.step_name(s.id, cat)) }
                <span class="party" data-party={party}>
                    { text(if yours { t.party_you() } else { t.party_company() }) }
                </span>
            </h3>
            <p>{ text(t.step_what(s.id, cat)) }</p>
            if let Some(d) = s.days {
                <p class="limit">{ t.days_n(d) }</p>
            }
            if s.starred {
                <p class="small starred">{ format!("* {}", t.starred()) }</p>
            }
            { timing }
            { basis(&s.basis, s.readings) }
        </li>
    }
}

/// A dated limit: the due date, where it is counted from, the holidays and long closures it
/// crosses, and whether the year's holidays are published yet.
#[inline(never)]
fn span_details(t: &Text, span: &Span) -> Html {
    html! {
        <>
            <p class="due"><strong>{ t.must_finish_by(&t.date(span.due)) }</strong></p>
            <p class="small">{ t.counted_from(&t.date(span.start)) }</p>
            for c in span.closures.iter().filter(|c| c.holiday.is_some() || c.days > 2) {
                <p class="closure small">{ t.closure(c, &t.date(c.from), &t.date(c.to)) }</p>
            }
            if span.provisional {
                <p class="provisional small">{ t.provisional_year(span.due.year()) }</p>
            }
        </>
    }
}
