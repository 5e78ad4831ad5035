//! "Am I on time?": a customer who has applied enters the dates that have happened; each
//! company step's deadline is dated from its real start and compared with today.

use super::rules::{Estimate, StepId, Timing};
use crate::calendar::{self, WorkingCalendar, WorkingDays};
use chrono::NaiveDate;

/// A date per step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepDates([Option<NaiveDate>; 6]);

impl StepDates {
    pub fn get(&self, s: StepId) -> Option<NaiveDate> {
        self.0[s as usize]
    }

    pub fn set(&mut self, s: StepId, d: Option<NaiveDate>) {
        self.0[s as usize] = d;
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

/// Dates the customer knows: when a step's clock started (for steps that wait for the
/// customer) and when the company finished it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub started: StepDates,
    pub finished: StepDates,
}

/// Where one company step stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Its start is not known yet (the previous step is not finished, or the customer has not acted).
    Waiting,
    /// Running; `left` working days to the deadline (0: due today).
    Running { due: NaiveDate, left: u32 },
    /// Past its deadline and not finished.
    Overdue { due: NaiveDate, late: u32 },
    /// Finished within the limit.
    OnTime { due: NaiveDate, finished: NaiveDate },
    /// Finished after the limit.
    Late {
        due: NaiveDate,
        finished: NaiveDate,
        late: u32,
    },
    /// A finish date before the step could start: a typing mistake.
    FinishedBeforeStart {
        start: NaiveDate,
        finished: NaiveDate,
    },
}

impl Status {
    pub fn is_missed(&self) -> bool {
        matches!(self, Status::Overdue { .. } | Status::Late { .. })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub step: StepId,
    pub days: WorkingDays,
    pub start: Option<NaiveDate>,
    /// The step waits for the customer (design submitted, inspection asked, works reported).
    pub customer_starts: bool,
    pub status: Status,
}

/// The whole-process check for households and 三零 (全过程).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WholeCheck {
    pub days: WorkingDays,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub checks: Vec<Check>,
    pub whole: Option<WholeCheck>,
}

fn status(
    cal: &impl WorkingCalendar,
    start: NaiveDate,
    days: WorkingDays,
    finished: Option<NaiveDate>,
    today: NaiveDate,
) -> Status {
    let due = calendar::span(cal, start, days).due;
    match finished {
        Some(f) if f < start => Status::FinishedBeforeStart { start, finished: f },
        Some(f) if f <= due => Status::OnTime { due, finished: f },
        Some(f) => Status::Late {
            due,
            finished: f,
            late: calendar::working_days_between(cal, due, f),
        },
        None if today > due => Status::Overdue {
            due,
            late: calendar::working_days_between(cal, due, today),
        },
        None => Status::Running {
            due,
            left: calendar::working_days_between(cal, today, due),
        },
    }
}

/// Check every company step of an estimate against the dates entered, as of `today`.
pub fn check(
    e: &Estimate,
    progress: &Progress,
    today: NaiveDate,
    cal: &impl WorkingCalendar,
) -> Report {
    let mut checks = Vec::new();
    let mut previous_finish: Option<NaiveDate> = None;
    for (i, step) in e.steps.iter().enumerate() {
        let Some(days) = step.days else { continue };
        let customer_starts = matches!(step.timing, Timing::AfterCustomer(_) | Timing::Dated(_))
            && step_waits_for_customer(e, step.id);
        let start = if i == 0 {
            Some(e.date())
        } else if customer_starts {
            progress.started.get(step.id)
        } else {
            previous_finish
        };
        let finished = progress.finished.get(step.id);
        let status = match start {
            Some(s) => status(cal, s, days, finished, today),
            None => Status::Waiting,
        };
        // A finish before its own start is a mistyped date: it cannot start the next step.
        previous_finish = match status {
            Status::FinishedBeforeStart { .. } => None,
            _ => finished,
        };
        checks.push(Check {
            step: step.id,
            days,
            start,
            customer_starts,
            status,
        });
    }
    // The process is done when its last step is: `previous_finish` is that step's finish as the
    // loop accepted it (a date before the step's start refused). Every estimate ends in the
    // company's connection step, which has a limit (checked over the whole answer space in the
    // rule tests), so the loop's last step is the estimate's.
    let whole = e.whole_process.as_ref().map(|w| WholeCheck {
        days: w.value.days,
        status: status(cal, e.date(), w.value.days, previous_finish, today),
    });
    Report { checks, whole }
}

/// High-voltage steps after the supply plan start when the customer acts.
fn step_waits_for_customer(e: &Estimate, id: StepId) -> bool {
    e.connection.value.connection == super::rules::Connection::HighVoltage
        && matches!(
            id,
            StepId::DesignReview | StepId::MidInspection | StepId::Connection
        )
}

/// Progress from URL-style pairs: `from_<step>` and `done_<step>`, ISO dates; bad ones are dropped
/// and reported by key.
pub fn parse_progress<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Progress, Vec<String>) {
    let mut p = Progress::default();
    let mut bad = Vec::new();
    for (k, v) in pairs {
        let (map, id) = if let Some(id) = k.strip_prefix("from_") {
            (&mut p.started, id)
        } else if let Some(id) = k.strip_prefix("done_") {
            (&mut p.finished, id)
        } else {
            continue;
        };
        let Some(step) = StepId::ALL.into_iter().find(|s| s.key() == id) else {
            continue;
        };
        match calendar::parse_iso(v.trim()) {
            Some(d) => map.set(step, Some(d)),
            None if v.trim().is_empty() => {}
            None => bad.push(k.to_string()),
        }
    }
    (p, bad)
}

/// The URL pairs for progress, in step order.
pub fn progress_pairs(p: &Progress) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for s in StepId::ALL {
        if let Some(d) = p.started.get(s) {
            out.push((format!("from_{}", s.key()), calendar::iso(d)));
        }
        if let Some(d) = p.finished.get(s) {
            out.push((format!("done_{}", s.key()), calendar::iso(d)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{parse_iso, Official};
    use crate::policy::{estimate, Parsed, RawAnswers, Readiness};

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).expect("date")
    }

    fn est(pairs: &[(&str, &str)]) -> Estimate {
        match Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied()))
            .readiness(d("2026-11-26"))
        {
            Readiness::Ready(a) => estimate(&a, &Official),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn low_voltage_chain_and_the_whole_process() {
        let e = est(&[
            ("customer", "small_micro"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-02"),
        ]);
        let (p, bad) = parse_progress([
            ("done_acceptance", "2026-11-03"),
            ("done_connection", "2026-11-09"),
            ("lang", "en"),
        ]);
        assert!(bad.is_empty());
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[0].status,
            Status::OnTime {
                due: d("2026-11-03"),
                finished: d("2026-11-03")
            }
        );
        // Connection: 2 working days from 11-03 → 11-05; finished 11-09 (Mon): 2 working days late.
        assert_eq!(r.checks[1].start, Some(d("2026-11-03")));
        assert_eq!(
            r.checks[1].status,
            Status::Late {
                due: d("2026-11-05"),
                finished: d("2026-11-09"),
                late: 2
            }
        );
        assert!(!r.checks[0].status.is_missed() && r.checks[1].status.is_missed());
        // Whole process: 6 working days from 11-02 → 11-10; finished 11-09: on time.
        assert_eq!(
            r.whole.map(|w| w.status),
            Some(Status::OnTime {
                due: d("2026-11-10"),
                finished: d("2026-11-09")
            })
        );
    }

    #[test]
    fn running_overdue_and_waiting() {
        let e = est(&[
            ("customer", "other_org"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-20"),
        ]);
        let (p, _) = parse_progress([("done_acceptance", "2026-11-23")]);
        // Supply plan: 2 working days from 11-23 → 11-25; today 11-26 → overdue by 1.
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[1].status,
            Status::Overdue {
                due: d("2026-11-25"),
                late: 1
            }
        );
        assert_eq!(r.checks[2].status, Status::Waiting);
        let r = check(&e, &p, d("2026-11-24"), &Official);
        assert_eq!(
            r.checks[1].status,
            Status::Running {
                due: d("2026-11-25"),
                left: 1
            }
        );
    }

    #[test]
    fn a_finish_before_its_start_does_not_start_the_next_step() {
        let e = est(&[
            ("customer", "other_org"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-20"),
        ]);
        let (p, _) = parse_progress([("done_acceptance", "2026-11-10")]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[0].status,
            Status::FinishedBeforeStart {
                start: d("2026-11-20"),
                finished: d("2026-11-10")
            }
        );
        assert_eq!(r.checks[1].start, None);
        assert_eq!(r.checks[1].status, Status::Waiting);
    }

    #[test]
    fn a_refused_last_date_does_not_finish_the_whole_process() {
        let e = est(&[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", "2026-11-02"),
        ]);
        // Acceptance done 11-03; connection "done" 11-02, before it could start (11-03).
        let (p, _) = parse_progress([
            ("done_acceptance", "2026-11-03"),
            ("done_connection", "2026-11-02"),
        ]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        let last = r.checks.last().expect("connection");
        assert!(matches!(last.status, Status::FinishedBeforeStart { .. }));
        // Not "finished on time": the process is still open, and past its limit by now.
        let whole = r.whole.expect("households have a whole-process limit");
        assert!(matches!(whole.status, Status::Overdue { .. }), "{whole:?}");
    }

    #[test]
    fn high_voltage_steps_start_when_the_customer_acts() {
        let e = est(&[
            ("customer", "other_org"),
            ("kw", "500"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "0"),
            ("date", "2026-11-02"),
        ]);
        let (p, _) = parse_progress([
            ("done_acceptance", "2026-11-03"),
            ("done_supply_plan", "2026-11-10"),
            ("from_connection", "2026-11-20"),
        ]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        let conn = r
            .checks
            .iter()
            .find(|c| c.step == StepId::Connection)
            .expect("connection");
        assert!(conn.customer_starts);
        // 6 working days from Friday 11-20 → 11-30.
        assert_eq!(
            conn.status,
            Status::Running {
                due: d("2026-11-30"),
                left: 2
            }
        );
        assert!(r.whole.is_none());
    }

    #[test]
    fn nonsense_dates_are_caught() {
        let e = est(&[
            ("customer", "household"),
            ("kw", "5"),
            ("area", "urban"),
            ("date", "2026-11-20"),
        ]);
        let (p, bad) = parse_progress([
            ("done_acceptance", "2026-11-19"),
            ("done_connection", "soon"),
        ]);
        assert_eq!(bad, ["done_connection"]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert!(matches!(
            r.checks[0].status,
            Status::FinishedBeforeStart { .. }
        ));
        assert_eq!(
            progress_pairs(&p),
            [("done_acceptance".to_string(), "2026-11-19".to_string())]
        );
    }
}
