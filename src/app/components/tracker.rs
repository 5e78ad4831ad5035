//! "Am I on time?": dates that have happened in, each company step checked, and when one is
//! missed, what to do and a ready-to-copy summary of the facts.

use crate::app::components::frame::Hotline;
use crate::app::state::{Action, Mode};
use crate::app::{browser, use_ctx};
use crate::calendar::{iso, parse_iso, Official};
use crate::policy::clause::POLICY;
use crate::policy::rules::{Estimate, StepId, Trigger};
use crate::policy::tracker::{check, Status};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub estimate: Rc<Estimate>,
}

fn trigger(step: StepId) -> Trigger {
    match step {
        StepId::DesignReview => Trigger::DesignSubmitted,
        StepId::MidInspection => Trigger::InspectionRequested,
        _ => Trigger::WorksCompleted,
    }
}

#[function_component(Tracker)]
pub fn tracker(props: &Props) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let s = &*ctx.state;
    let e = &props.estimate;
    let report = check(e, &s.progress, s.today, &Official);
    let copied = use_state(|| false);
    let open = !s.progress.finished.is_empty() || !s.progress.started.is_empty();

    let set_date = |step: StepId, started: bool| {
        let ctx = ctx.clone();
        Callback::from(move |ev: Event| {
            let v = ev.target_unchecked_into::<HtmlInputElement>().value();
            let mut p = ctx.state.progress;
            let map = if started { &mut p.started } else { &mut p.finished };
            map.set(step, parse_iso(&v));
            ctx.dispatch(Action::SetProgress(p));
        })
    };

    let missed = report.first_missed().and_then(|c| {
        let (due, finished, late) = match c.status {
            Status::Overdue { due, late } => (due, None, late),
            Status::Late { due, finished, late } => (due, Some(finished), late),
            _ => return None,
        };
        let start = c.start?;
        let finished = finished.map(|f| t.date(f));
        Some(t.track_summary(
            t.step_name(c.step, e.category.value),
            &t.date(start),
            c.days,
            &t.date(due),
            finished.as_deref(),
            late,
            &format!("{POLICY} 附件1"),
        ))
    });

    html! {
        <section class="card tracker no-print" aria-labelledby="h-track">
            <details open={open}>
                <summary><h2 id="h-track">{ t.track_title() }</h2></summary>
                <p>{ t.track_intro() }</p>
                if !s.progress_errors.is_empty() {
                    <p class="error" role="alert">{ t.track_bad_date() }{ ": " }{ s.progress_errors.join(", ") }</p>
                }
                <ol class="track-steps">
                    { for report.checks.iter().map(|c| {
                        let name = t.step_name(c.step, e.category.value);
                        let fid = format!("done-{}", c.step.key());
                        let sid = format!("from-{}", c.step.key());
                        let missed = c.status.is_missed();
                        html! {
                            <li class={classes!("track-step", missed.then_some("missed"))} data-step={c.step.key()}>
                                <h3>{ name }{ " · " }{ t.days(c.days) }</h3>
                                if c.customer_starts {
                                    <div class="field inline">
                                        <label for={sid.clone()}>{ t.track_started(trigger(c.step)) }</label>
                                        <input id={sid} type="date" min="2022-01-01" max="2099-12-31"
                                            value={s.progress.started.get(c.step).map(iso).unwrap_or_default()}
                                            onchange={set_date(c.step, true)} />
                                    </div>
                                }
                                <div class="field inline">
                                    <label for={fid.clone()}>{ t.track_finished() }</label>
                                    <input id={fid} type="date" min="2022-01-01" max="2099-12-31"
                                        value={s.progress.finished.get(c.step).map(iso).unwrap_or_default()}
                                        onchange={set_date(c.step, false)} />
                                </div>
                                <p class={classes!("status", missed.then_some("bad"))}>
                                    if missed { <span aria-hidden="true">{ "⚠ " }</span> }
                                    { t.track_status(&c.status) }
                                </p>
                            </li>
                        }
                    }) }
                </ol>
                if let Some(w) = &report.whole {
                    <p class={classes!("status", w.status.is_missed().then_some("bad"))}>
                        <strong>{ t.track_whole() }{ " · " }{ t.days(w.days) }{ " — " }</strong>{ t.track_status(&w.status) }
                    </p>
                }
                if let Some(summary) = missed {
                    <div class="missed" role="status">
                        <p><strong>{ t.track_missed() }</strong></p>
                        <p class="hotlines">
                            <Hotline number="95598" label={t.hotline_power()} plain={s.mode == Mode::Kiosk} />
                            <Hotline number="12398" label={t.hotline_regulator()} plain={s.mode == Mode::Kiosk} />
                        </p>
                        <label for="track-summary" class="sr-only">{ t.track_copy() }</label>
                        <textarea id="track-summary" readonly=true rows="4" value={summary.clone()} />
                        <button type="button" class="btn-secondary" onclick={{
                            let copied = copied.clone();
                            Callback::from(move |_: MouseEvent| copied.set(browser::copy_text(&summary)))
                        }}>{ if *copied { t.track_copied() } else { t.track_copy() } }</button>
                    </div>
                }
            </details>
        </section>
    }
}
