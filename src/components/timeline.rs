//! The dated timeline: a picture of the steps over the calendar, and the same data as an
//! ordered list (the picture's text alternative), each step with its limit, due date, the
//! holidays it crosses and its basis.

use super::basis::basis;
use super::fold::fold;
use super::{text, use_text, Shared};
use crate::app::state::{Action, Section};
use crate::calendar::{Official, Span};
use crate::flow::Question;
use crate::i18n::Text;
use crate::pages::summary::change_link;
use crate::policy::rules::{Estimate, Party, Refinement, Step, Timing};
use crate::policy::tracker::{check, Check, Progress, Status};
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub estimate: Shared<Estimate>,
    /// The dates entered in "Am I on time?" and today: steps missed or about to be are marked.
    pub progress: Progress,
    pub today: NaiveDate,
    /// The section is open (the reducer's).
    pub open: bool,
    /// Answer a question again (the own-works durations), fold the section.
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let t = use_text();
    let e = &*props.estimate;
    let undated = e.refinements.contains(&Refinement::OwnWorksDates);
    let body = html! {
        <>
            <div class="timeline">
                { picture(&t, e, &props.progress, props.today) }
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
        </>
    };
    html! {
        <section class="card timeline-card" aria-labelledby="h-timeline">
            { fold(Section::Timeline, "h-timeline", t.timeline_title(), props.open, &props.dispatch, body) }
        </section>
    }
}

/// How "Am I on time?" marks a step on the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Missed,
    AtRisk,
}

/// The mark a step's verdict puts on the picture: only a verdict that rests on a date the
/// customer entered (the step's finish, or a start that came from their dates) — never an
/// alarm from the application date alone. `first`: the step counted from the application.
pub fn mark(c: &Check, first: bool, progress: &Progress) -> Option<Mark> {
    // The tracker's alarms already rest on what the customer reported (a late finish, or
    // "not done yet" ticked); a neutral "deadline passed" is no mark.
    if c.status.is_missed() {
        return Some(Mark::Missed);
    }
    let entered = progress.finished.get(c.step).is_some()
        || progress.open.get(c.step)
        || (!first && c.start.is_some());
    match c.status {
        Status::Running { left, .. } if entered && left <= 1 => Some(Mark::AtRisk),
        _ => None,
    }
}

/// A length in tenths of the picture's text size (`em`): the picture grows with the text.
fn em(tenths: i64) -> String {
    let t = tenths.max(0) as u32;
    format!("{}.{}em", t / 10, t % 10)
}

/// A position across the picture, in thousandths of its width.
fn pct(permille: i64) -> String {
    let p = permille.max(0) as u32;
    format!("{}.{}%", p / 10, p % 10)
}

/// A date as the picture writes it: month/day.
fn short(d: NaiveDate) -> String {
    format!("{}/{}", d.month(), d.day())
}

// Rows and lines, in tenths of an em.
const LINE: i64 = 13;
const BAR: i64 = 10;
const ROW: i64 = LINE + BAR + 4;
/// Axis labels closer than this (thousandths of the width) would run into each other on a phone.
const LABEL_GAP: i64 = 180;

/// The picture: one row per step with its name and due date, the company's steps and the
/// customer's own works in their styles, days off shaded, holidays named, today marked and the
/// steps "Am I on time?" finds missed. Widths are fractions of the card, heights follow the
/// text: its text is never scaled down.
fn picture(t: &Text, e: &Estimate, progress: &Progress, today: NaiveDate) -> Html {
    let start = e.date();
    let power_on = e
        .whole_process
        .as_ref()
        .map(|w| w.value.due)
        .or_else(|| e.power_on_expected().map(|s| s.due));
    let last = e
        .steps
        .iter()
        .filter_map(Step::due)
        .chain(power_on)
        .fold(start, NaiveDate::max);
    let show_today = today > start;
    let end = if show_today { last.max(today) } else { last };
    let n = (end - start).num_days() + 1;
    // Day `d` takes [at(d), at(d + 1)); the start day is not counted, so a bar begins the next day.
    let at = |d: NaiveDate| (d - start).num_days().clamp(0, n) * 1000 / n;
    let after = |d: NaiveDate| at(d) + 1000 / n;
    let top = if show_today { LINE + 2 } else { 2 };
    let rows = e.steps.len() as i64 + i64::from(e.whole_process.is_some());
    let axis = top + rows * ROW;

    // The tracker's verdicts, by step.
    let report = check(e, progress, today, &Official);
    let first = e.steps.first().map(|s| s.id);
    let mark_of = |s: &Step| {
        report
            .checks
            .iter()
            .find(|c| c.step == s.id)
            .and_then(|c| mark(c, Some(c.step) == first, progress))
    };
    let any_entered = !progress.finished.is_empty() || !progress.started.is_empty();
    let whole_mark = report
        .whole
        .as_ref()
        .filter(|w| any_entered && w.status.is_missed())
        .map(|_| Mark::Missed);

    // Days off the steps cross: weekends shaded, holidays shaded darker and named below.
    // In date order, each once (kept in order as they come: no sort, whose code is large).
    let mut closures: Vec<&crate::calendar::Closure> = Vec::new();
    for c in e
        .steps
        .iter()
        .filter_map(Step::span)
        .chain(e.whole_process.iter().map(|w| &w.value))
        .flat_map(|sp: &Span| sp.closures.iter())
    {
        if let Err(i) = closures.binary_search_by_key(&c.from, |k| k.from) {
            closures.insert(i, c);
        }
    }
    let holidays: Vec<_> = closures.iter().filter(|c| c.holiday.is_some()).collect();

    // One row: the name (and a mark) above, the bar below with its due date beside it, on the
    // side with room, or inside a long bar.
    let row = |i: i64,
               name: &str,
               from: Option<NaiveDate>,
               to: Option<NaiveDate>,
               kind: &'static str,
               mark: Option<Mark>| {
        let y = top + i * ROW;
        let bar_y = y + LINE + 1;
        let label_y = bar_y + BAR - 2;
        let suffix = match mark {
            Some(Mark::Missed) => t.timeline_missed(),
            Some(Mark::AtRisk) => t.timeline_at_risk(),
            None => "",
        };
        let m = mark.map(|m| {
            if m == Mark::Missed {
                "missed"
            } else {
                "at-risk"
            }
        });
        // The bar's span, and its date label: (x, shift, anchor, inside the bar, text).
        let (kind, x0, x1, label) = match (from, to) {
            (Some(from), Some(to)) => {
                let x0 = after(from).min(at(to));
                let x1 = after(to).max(x0 + 8);
                let place = if x0 >= 250 && x0 >= 1000 - x1 {
                    (x0, "-0.3em", "end", false)
                } else if 1000 - x1 >= 250 {
                    (x1, "0.3em", "start", false)
                } else {
                    (x0, "0.3em", "start", true)
                };
                (kind, x0, x1, (place, short(to)))
            }
            _ => (
                "unknown",
                720,
                990,
                (
                    (720, "-0.3em", "end", false),
                    t.timeline_undated().to_string(),
                ),
            ),
        };
        let ((lx, dx, anchor, inside), date) = label;
        html! {
            <g class="row" data-mark={m}>
                <text class="name" x="0" y={em(y + LINE - 3)}>{ name.to_string() }
                    if !suffix.is_empty() { <tspan class="mark">{ format!(" {suffix}") }</tspan> }
                </text>
                <rect class="bar" data-kind={kind} data-mark={m} x={pct(x0)} y={em(bar_y)} width={pct(x1 - x0)} height={em(BAR)} rx="3" />
                <text class="due" data-in={inside.then_some("")} x={pct(lx)} {dx} y={em(label_y)} text-anchor={anchor}>{ date }</text>
            </g>
        }
    };
    let cat = e.category.value;
    let step_rows = e.steps.iter().enumerate().map(|(i, s)| {
        let (from, to, kind) = match &s.timing {
            Timing::Dated(span) if s.responsible == Party::Customer => {
                (Some(span.start), Some(span.due), "you")
            }
            Timing::Dated(span) | Timing::UntilWholeProcess(span) => {
                (Some(span.start), Some(span.due), "company")
            }
            Timing::OwnWorks { from, to, .. } => (Some(*from), Some(*to), "you"),
            _ => (None, None, "unknown"),
        };
        row(i as i64, t.step_name(s.id, cat), from, to, kind, mark_of(s))
    });

    // Axis labels: the start, each due date and power-on, those that would collide left out
    // (every due date is written on its row); a tick for each.
    let mut ticks: Vec<(i64, NaiveDate)> = vec![(0, start)];
    for d in e.steps.iter().filter_map(Step::due).chain(power_on) {
        let x = after(d).min(1000);
        if let Err(i) = ticks.binary_search_by_key(&x, |t| t.0) {
            ticks.insert(i, (x, d));
        }
    }
    let last_x = ticks.last().map_or(1000, |(x, _)| *x);
    let mut labelled: Vec<(i64, NaiveDate)> = Vec::new();
    for &(x, d) in &ticks {
        let room = labelled.last().is_none_or(|(px, _)| x - px >= LABEL_GAP);
        if room && (x == last_x || last_x - x >= LABEL_GAP) {
            labelled.push((x, d));
        }
    }
    let axis_label = |&(x, d): &(i64, NaiveDate)| {
        let anchor = if x < 100 {
            "start"
        } else if x > 900 {
            "end"
        } else {
            "middle"
        };
        html! { <text class="axis" x={pct(x)} y={em(axis + LINE)} text-anchor={anchor}>{ short(d) }</text> }
    };
    let h = axis + LINE + 6 + holidays.len() as i64 * LINE;
    let today_x = at(today) + 500 / n;
    let summary = t.timeline_picture(
        &match power_on {
            Some(d) => t.timeline_power_on(&t.date(d)),
            None => t.timeline_power_on_unknown().to_string(),
        },
        &t.date(start),
        &e.steps.len().to_string(),
    );
    html! {
        <figure class="picture">
            <ul class="legend" aria-hidden="true">
                <li data-kind="company">{ text(t.party_company()) }</li>
                <li data-kind="you">{ text(t.party_you()) }</li>
                <li data-kind="closed">{ text(t.timeline_legend_closed()) }</li>
                if show_today { <li data-kind="today">{ text(t.timeline_legend_today()) }</li> }
            </ul>
            <svg class="timeline-svg" width="100%" height={em(h)} role="img" aria-label={summary.clone()} focusable="false">
                <title>{ summary }</title>
                for c in closures.iter() {
                    <rect class="closed" data-holiday={c.holiday.is_some().then_some("")} x={pct(at(c.from))}
                        y={em(top)} width={pct(after(c.to) - at(c.from))} height={em(rows * ROW)} />
                }
                for x in ticks.iter().map(|(x, _)| *x) {
                    <line class="tick" x1={pct(x)} x2={pct(x)} y1={em(axis - 4)} y2={em(axis + 3)} />
                }
                <line class="axis-line" x1="0" x2="100%" y1={em(axis)} y2={em(axis)} />
                { for step_rows }
                if let Some(w) = &e.whole_process {
                    { row(rows - 1, t.track_whole(), Some(w.value.start), Some(w.value.due), "whole", whole_mark) }
                }
                { for labelled.iter().map(axis_label) }
                for (i, c) in holidays.iter().enumerate() {
                    <text class="holiday-name" x="0" y={em(axis + LINE * (i as i64 + 2))}>
                        { format!("{} {}–{}", t.holiday(c.holiday.unwrap_or_default()), short(c.from), short(c.to)) }
                    </text>
                }
                if show_today {
                    <line class="today" x1={pct(today_x)} x2={pct(today_x)} y1={em(top - 2)} y2={em(axis)} />
                    <text class="today-label" x={pct(today_x)} y={em(LINE - 3)}
                        text-anchor={if today_x < 150 { "start" } else if today_x > 850 { "end" } else { "middle" }}>
                        { t.timeline_today(&short(today)) }
                    </text>
                }
            </svg>
        </figure>
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
