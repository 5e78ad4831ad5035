//! "Am I on time?": for a customer who has applied, a date field per company step, each step's
//! standing, and when a limit is missed, whom to call and a ready-to-copy summary of the facts.

use super::basis::readings;
use super::fields::{date_field, DateInput, DateSpec};
use super::frame::hotlines;
use super::{text, use_text, Shared};
use crate::app::state::Action;
use crate::calendar::{iso, parse_iso, Official};
use crate::i18n::Text;
use crate::policy::clause::POLICY;
use crate::policy::rules::{Category, Estimate, StepId, Trigger};
use crate::policy::tracker::{check, Check, Field, Progress, Status};
use chrono::NaiveDate;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long after the last keystroke the dates typed become answers.
const COMMIT_AFTER_MS: u32 = 400;

/// What the customer does before a step's clock starts.
fn trigger(step: StepId) -> Trigger {
    match step {
        StepId::DesignReview => Trigger::DesignSubmitted,
        StepId::MidInspection => Trigger::InspectionRequested,
        _ => Trigger::WorksCompleted,
    }
}

/// A progress date's field as the customer sees it ("业务受理 · 供电公司办完的日期"), from its
/// URL key (`done_acceptance`, `from_connection`).
pub fn progress_field(t: &Text, key: &str, category: Category) -> String {
    let (started, id) = match (key.strip_prefix("from_"), key.strip_prefix("done_")) {
        (Some(id), _) => (true, id),
        (_, Some(id)) => (false, id),
        _ => return key.to_string(),
    };
    match StepId::ALL.into_iter().find(|s| s.key() == id) {
        Some(step) => format!(
            "{} · {}",
            t.step_name(step, category),
            if started {
                t.track_started(trigger(step))
            } else {
                t.track_finished()
            }
        ),
        None => key.to_string(),
    }
}

/// Every missed deadline, the whole process's included, one sentence each, and the request
/// that closes the summary; `None` when nothing is missed.
pub fn missed_summary(
    t: &Text,
    e: &Estimate,
    checks: &[Check],
    whole: Option<&Status>,
    whole_days: Option<crate::calendar::WorkingDays>,
) -> Option<String> {
    let clause = format!("{POLICY} {}", t.reference("附件1"));
    let fact = |step: Option<&str>, start: Option<NaiveDate>, days, status: &Status| {
        let (due, finished, late) = match *status {
            Status::Overdue { due, late } => (due, None, late),
            Status::Late {
                due,
                finished,
                late,
            } => (due, Some(finished), late),
            _ => return None,
        };
        let finished = finished.map(|f| t.date(f));
        Some(t.track_summary_line(
            step,
            &t.date(start?),
            days,
            &t.date(due),
            finished.as_deref(),
            late,
            &clause,
        ))
    };
    // A step that ends with the whole process is missed exactly when the whole process is: the
    // whole-process sentence says it.
    let mut lines: Vec<String> = checks
        .iter()
        .filter(|c| !c.until_whole_process)
        .filter_map(|c| {
            fact(
                Some(t.step_name(c.step, e.category.value)),
                c.start,
                c.days,
                &c.status,
            )
        })
        .collect();
    if let (Some(status), Some(days)) = (whole, whole_days) {
        lines.extend(fact(None, Some(e.date()), days, status));
    }
    (!lines.is_empty()).then(|| {
        lines.push(t.track_summary_close().to_string());
        lines.join("\n")
    })
}

#[derive(Properties, PartialEq)]
pub struct TrackerProps {
    pub estimate: Shared<Estimate>,
    pub progress: Progress,
    /// Keys of dates from the URL that could not be read.
    pub errors: Vec<String>,
    /// The customer has used it: it stays open.
    pub tracking: bool,
    pub today: NaiveDate,
    pub kiosk: bool,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Tracker(props: &TrackerProps) -> Html {
    let t = use_text();
    let e = &*props.estimate;
    // The dates as typed: this component's own while the customer types, so a keystroke redraws
    // the tracker alone; they become answers (the state, the URL) once typing stops, or at once
    // when the field is left.
    let draft = use_state_eq(|| props.progress);
    let pending = use_mut_ref(|| None::<(Timeout, Progress)>);
    {
        // Dates from elsewhere (a link, Back, start again) replace the draft.
        let (draft, pending) = (draft.clone(), pending.clone());
        use_effect_with(props.progress, move |p| {
            *pending.borrow_mut() = None;
            draft.set(*p);
        });
    }
    let onedit = {
        let (draft, pending, dispatch) = (draft.clone(), pending.clone(), props.dispatch.clone());
        Callback::from(move |p: Progress| {
            draft.set(p);
            let dispatch = dispatch.clone();
            let timer = Timeout::new(COMMIT_AFTER_MS, move || {
                dispatch.emit(Action::SetProgress(p))
            });
            *pending.borrow_mut() = Some((timer, p));
        })
    };
    // Fields holding something typed that is not a date (the browser's `badInput`): said at
    // the field, like a bad date in the link, never counted as blank.
    let unreadable = use_state_eq(Vec::<String>::new);
    let onreadable = {
        let unreadable = unreadable.clone();
        Callback::from(move |(key, bad): (String, bool)| {
            let mut next = (*unreadable).clone();
            next.retain(|k| *k != key);
            if bad {
                next.push(key);
            }
            unreadable.set(next);
        })
    };
    let onfocusout = {
        let (pending, dispatch, onreadable) =
            (pending.clone(), props.dispatch.clone(), onreadable.clone());
        Callback::from(move |e: FocusEvent| {
            // A date typed that does not exist (2026-02-30) fires no change: the browser keeps
            // an empty value and says `badInput`. Read it when the field is left.
            if let Some(input) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                .filter(|i| i.type_() == "date")
            {
                let unreadable = super::fields::read_date(&input) == DateInput::Unreadable;
                onreadable.emit((input.name(), unreadable));
            }
            let waiting = pending.borrow_mut().take();
            if let Some((timer, p)) = waiting {
                timer.cancel();
                dispatch.emit(Action::SetProgress(p));
            }
        })
    };
    let bad_keys: Vec<String> = props
        .errors
        .iter()
        .chain(unreadable.iter())
        .cloned()
        .collect();
    let progress = *draft;
    let report = check(e, &progress, props.today, &Official);
    let open = props.tracking || !bad_keys.is_empty() || !progress.is_empty();
    let summary = missed_summary(
        &t,
        e,
        &report.checks,
        report.whole.as_ref().map(|w| &w.status),
        report.whole.as_ref().map(|w| w.days),
    );
    let copied = use_state(|| false);
    let copy = |summary: String| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            if crate::app::browser::copy_text(&summary) {
                copied.set(true);
            }
        })
    };
    let errors = props
        .errors
        .iter()
        .map(|key| progress_field(&t, key, e.category.value))
        .collect::<Vec<_>>()
        .join(t.sep_list());
    html! {
        <section class="card tracker no-print" aria-labelledby="h-track">
            <details open={open}>
                <summary><h2 id="h-track">{ text(t.track_title()) }</h2></summary>
                <p>{ text(t.track_intro()) }</p>
                <p class="small track-neutral">{ text(t.track_neutral_note()) }</p>
                if !props.errors.is_empty() {
                    <p class="error" role="alert">{ format!("{}{}{errors}", t.track_bad_date(), t.sep_label()) }</p>
                }
                <ol class="track-steps" {onfocusout}>
                    for c in report.checks.iter() {
                        { track_step(&t, c, e, progress, &bad_keys, &onedit, &onreadable) }
                    }
                </ol>
                if let Some(w) = &report.whole {
                    <p class="status track-whole" data-verdict={verdict(&w.status)}>
                        <strong>{ format!("{} · {} — ", t.track_whole(), t.days_n(w.days)) }</strong>
                        { t.track_status(&w.status) }
                    </p>
                }
                if let Some(summary) = summary {
                    // A limit was missed: whom to call, and the facts to copy.
                    <div class="missed" role="status">
                        <p><strong>{ text(t.track_missed()) }</strong></p>
                        { hotlines(&t, props.kiosk, false) }
                        { readings(&t, e.hotlines.readings) }
                        <label for="track-summary" class="sr-only">{ text(t.track_copy()) }</label>
                        <textarea id="track-summary" readonly=true rows="4" value={summary.clone()} />
                        <button type="button" class="btn-secondary" data-testid="copy" onclick={copy(summary)}>
                            { text(if *copied { t.track_copied() } else { t.track_copy() }) }
                        </button>
                    </div>
                }
            </details>
        </section>
    }
}

/// How a row reads at a glance: `bad` (a limit missed, by what the customer reported),
/// `error` (a date that cannot be right), `ok` (nothing wrong reported).
fn verdict(s: &Status) -> &'static str {
    if s.is_missed() {
        "bad"
    } else if s.is_error() {
        "error"
    } else {
        "ok"
    }
}

/// One company step: its date field(s), "not done yet", and where it stands.
fn track_step(
    t: &Text,
    c: &Check,
    e: &Estimate,
    progress: Progress,
    bad_keys: &[String],
    onedit: &Callback<Progress>,
    onreadable: &Callback<(String, bool)>,
) -> Html {
    let step = c.step;
    let missed = c.status.is_missed();
    // A date that cannot be right: said at its field.
    let mistake = c.status.error_field();
    let status_id = format!("status-{}", step.key());
    let field = |started: bool| {
        let (key, label, value) = if started {
            (
                format!("from_{}", step.key()),
                t.track_started(trigger(step)),
                progress.started.get(step),
            )
        } else {
            (
                format!("done_{}", step.key()),
                t.track_finished(),
                progress.finished.get(step),
            )
        };
        let onedit = onedit.clone();
        let onreadable = onreadable.clone();
        let field_key = key.clone();
        let onchange = Callback::from(move |d: DateInput| {
            let date = match &d {
                DateInput::Value(v) => parse_iso(v.trim()),
                DateInput::Unreadable => None,
            };
            onreadable.emit((field_key.clone(), d == DateInput::Unreadable));
            let mut p = progress;
            if started {
                p.started.set(step, date);
            } else {
                p.finished.set(step, date);
                if date.is_some() {
                    p.open.set(step, false);
                }
            }
            onedit.emit(p);
        });
        let unreadable = bad_keys.contains(&key);
        let wrong = mistake
            == Some(if started {
                Field::Started
            } else {
                Field::Finished
            });
        let spec = DateSpec {
            id: key.replace('_', "-").into(),
            name: key.into(),
            label,
            described_by: (wrong && !unreadable).then(|| AttrValue::from(status_id.clone())),
        };
        let error = if unreadable {
            Some(AttrValue::Static(t.track_bad_field()))
        } else if wrong {
            Some(AttrValue::Static(""))
        } else {
            None
        };
        date_field(
            spec,
            value.map(iso).unwrap_or_default().into(),
            error,
            onchange,
        )
    };
    // "Not done yet": offered while no finish date is entered.
    let not_done = progress.finished.get(step).is_none().then(|| {
        let onedit = onedit.clone();
        let id = format!("open-{}", step.key());
        let onchange = Callback::from(move |ev: Event| {
            let on = ev
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let mut p = progress;
            p.open.set(step, on);
            onedit.emit(p);
        });
        html! {
            <div class="field check track-open">
                <input type="checkbox" id={id.clone()} name={format!("open_{}", step.key())}
                    checked={progress.open.get(step)} {onchange} />
                <label for={id}>{ text(t.track_open()) }</label>
            </div>
        }
    });
    html! {
        <li class="track-step" data-missed={missed.then_some("true")} data-step={step.key()}>
            <h3>{ format!("{} · {}", t.step_name(step, e.category.value), t.days_n(c.days)) }</h3>
            if let (true, Some(w)) = (c.until_whole_process, &e.whole_process) {
                <p class="small">{ t.until_whole_process_line(c.days, w.value.days, &t.date(w.value.due)) }</p>
            }
            if c.customer_starts {
                { field(true) }
            }
            { field(false) }
            { not_done.unwrap_or_default() }
            <p id={status_id.clone()} class="status" data-verdict={verdict(&c.status)}>
                if missed || mistake.is_some() {
                    <span aria-hidden="true">{ "⚠ " }</span>
                }
                { t.track_status(&c.status) }
            </p>
        </li>
    }
}
