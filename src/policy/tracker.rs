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

/// A yes/no per step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepFlags([bool; 6]);

impl StepFlags {
    pub fn get(&self, s: StepId) -> bool {
        self.0[s as usize]
    }

    pub fn set(&mut self, s: StepId, on: bool) {
        self.0[s as usize] = on;
    }

    pub fn is_empty(&self) -> bool {
        !self.0.iter().any(|&b| b)
    }
}

/// Dates the customer knows: when a step's clock started (for steps that wait for the
/// customer) and when the company finished it; and the steps the customer says are not done
/// yet ("还没办完", `open_<step>=1`). Nothing reported about a step is no verdict on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub started: StepDates,
    pub finished: StepDates,
    pub open: StepFlags,
}

impl Progress {
    /// Nothing entered at all.
    pub fn is_empty(&self) -> bool {
        self.started.is_empty() && self.finished.is_empty() && self.open.is_empty()
    }
}

/// Which of a step's fields a date mistake belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `from_<step>`: when the customer started the step's clock.
    Started,
    /// `done_<step>`: when the company finished it.
    Finished,
}

/// Where one company step stands. Three kinds: neutral (nothing the customer reported says
/// anything is wrong: `Waiting`, `Running`, `DuePassed`, `Finished`, `OnTime`, `Blocked`), an
/// alarm from what the customer reported (`Overdue`: said not done after its deadline; `Late`:
/// finished after it), and a date mistake at one field (`is_error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Its start is not known yet (the previous step is not finished, or the customer has not acted).
    Waiting,
    /// Running; `left` working days to the deadline (0: due today).
    Running { due: NaiveDate, left: u32 },
    /// The deadline has passed and the customer has reported nothing on the step: neutral,
    /// no alarm (it may well be done; ask them).
    DuePassed { due: NaiveDate },
    /// Past its deadline and the customer says it is not done ("还没办完").
    Overdue { due: NaiveDate, late: u32 },
    /// Finished within the limit.
    OnTime { due: NaiveDate, finished: NaiveDate },
    /// Finished after the limit.
    Late {
        due: NaiveDate,
        finished: NaiveDate,
        late: u32,
    },
    /// Reported finished, but its start is not known (an earlier date is missing): no verdict.
    Finished { finished: NaiveDate },
    /// An earlier step's date is a mistake: no verdict until it is corrected.
    Blocked,
    /// A finish date before the step could start: a typing mistake.
    FinishedBeforeStart {
        start: NaiveDate,
        finished: NaiveDate,
    },
    /// A finish date after today.
    FinishedAfterToday { finished: NaiveDate },
    /// A start date (the customer's own act) after today.
    StartedAfterToday { started: NaiveDate },
    /// A start date before the previous step was finished.
    StartedBeforePrevious {
        previous: NaiveDate,
        started: NaiveDate,
    },
}

impl Status {
    /// A limit missed, by what the customer reported: the alarms.
    pub fn is_missed(&self) -> bool {
        matches!(self, Status::Overdue { .. } | Status::Late { .. })
    }

    /// A date that cannot be right, and the field it is in.
    pub fn error_field(&self) -> Option<Field> {
        match self {
            Status::FinishedBeforeStart { .. } | Status::FinishedAfterToday { .. } => {
                Some(Field::Finished)
            }
            Status::StartedAfterToday { .. } | Status::StartedBeforePrevious { .. } => {
                Some(Field::Started)
            }
            _ => None,
        }
    }

    pub fn is_error(&self) -> bool {
        self.error_field().is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub step: StepId,
    pub days: WorkingDays,
    pub start: Option<NaiveDate>,
    /// The step waits for the customer (design submitted, inspection asked, works reported).
    pub customer_starts: bool,
    /// 施工接电 for 三零 non-residential users: judged by the whole-process date, counted from
    /// the application (its own `days` are the company's handling time inside it).
    pub until_whole_process: bool,
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

/// Working days late on `day`, after a deadline `due` (`day > due`): the working days in
/// `(due, day]`, a day off counting as the working day that follows it. A step finished, or
/// still open, on the weekend after a Friday deadline is 1 working day late, never 0.
pub fn late_by(cal: &impl WorkingCalendar, due: NaiveDate, day: NaiveDate) -> u32 {
    let n = calendar::working_days_between(cal, due, day);
    if cal.kind(day).is_working() {
        n
    } else {
        n + 1
    }
}

/// A step with a known start and deadline: `finished` is not after today (checked before).
/// Without a finish date, a passed deadline is an alarm only when the customer says the step
/// is not done (`open`).
fn status(
    cal: &impl WorkingCalendar,
    start: NaiveDate,
    due: NaiveDate,
    finished: Option<NaiveDate>,
    open: bool,
    today: NaiveDate,
) -> Status {
    match finished {
        Some(f) if f < start => Status::FinishedBeforeStart { start, finished: f },
        Some(f) if f <= due => Status::OnTime { due, finished: f },
        Some(f) => Status::Late {
            due,
            finished: f,
            late: late_by(cal, due, f),
        },
        None if today > due && open => Status::Overdue {
            due,
            late: late_by(cal, due, today),
        },
        None if today > due => Status::DuePassed { due },
        None => Status::Running {
            due,
            left: calendar::working_days_between(cal, today, due),
        },
    }
}

/// Check every company step of an estimate against the dates entered, as of `today`.
///
/// Each row is judged only from what the customer entered: nothing entered is never an alarm.
/// A mistaken date is said at its own field; the rows that depend on it and the whole process
/// then give no verdict (`Blocked`), so no line contradicts another.
pub fn check(
    e: &Estimate,
    progress: &Progress,
    today: NaiveDate,
    cal: &impl WorkingCalendar,
) -> Report {
    let mut checks = Vec::new();
    let mut previous_finish: Option<NaiveDate> = None;
    // A mistaken date above: the rows counted from it cannot be judged.
    let mut broken = false;
    let whole_due = e
        .whole_process
        .as_ref()
        .map(|w| calendar::span(cal, e.date(), w.value.days).due);
    for (i, step) in e.steps.iter().enumerate() {
        let Some(days) = step.days else { continue };
        let customer_starts = step.starts_on.is_some();
        let started = progress.started.get(step.id);
        let finished = progress.finished.get(step.id);
        let open = progress.open.get(step.id) && finished.is_none();
        // 施工接电 for 三零 non-residential users holds the connection works and ends with the
        // whole process (附件1): its deadline is the whole-process date, not start + 2.
        let until_whole_process = matches!(step.timing, Timing::UntilWholeProcess(_));
        let start_problem =
            match (customer_starts, started) {
                (true, Some(s)) if s > today => Some(Status::StartedAfterToday { started: s }),
                (true, Some(s)) => previous_finish.filter(|&p| s < p).map(|previous| {
                    Status::StartedBeforePrevious {
                        previous,
                        started: s,
                    }
                }),
                _ => None,
            };
        let start = if i == 0 {
            Some(e.date())
        } else if customer_starts {
            started.filter(|_| start_problem.is_none())
        } else {
            previous_finish
        };
        let status = if let Some(problem) = start_problem {
            problem
        } else if let Some(f) = finished.filter(|&f| f > today) {
            Status::FinishedAfterToday { finished: f }
        } else {
            match (start, whole_due) {
                (Some(s), Some(due)) if until_whole_process => {
                    status(cal, s, due, finished, open, today)
                }
                (Some(s), _) => status(
                    cal,
                    s,
                    calendar::span(cal, s, days).due,
                    finished,
                    open,
                    today,
                ),
                (None, _) if broken => Status::Blocked,
                (None, _) => match finished {
                    Some(f) => Status::Finished { finished: f },
                    None => Status::Waiting,
                },
            }
        };
        // A mistaken date cannot start the next step.
        previous_finish = if status.is_error() { None } else { finished };
        broken |= status.is_error();
        checks.push(Check {
            step: step.id,
            days,
            start,
            customer_starts,
            until_whole_process,
            status,
        });
    }
    // The process is done when its last step is: `previous_finish` is that step's finish as the
    // loop accepted it. Every estimate ends in the company's connection step, which has a limit
    // (checked over the whole answer space in the rule tests), so the loop's last step is the
    // estimate's. A mistaken date anywhere: no verdict on the whole until it is corrected. It is
    // an alarm only when the customer says a step is not done.
    let any_open = checks
        .iter()
        .any(|c| progress.open.get(c.step) && progress.finished.get(c.step).is_none());
    let whole = e
        .whole_process
        .as_ref()
        .zip(whole_due)
        .map(|(w, due)| WholeCheck {
            days: w.value.days,
            status: if broken {
                Status::Blocked
            } else {
                status(cal, e.date(), due, previous_finish, any_open, today)
            },
        });
    Report { checks, whole }
}

/// Progress from URL-style pairs: `from_<step>` and `done_<step>`, ISO dates, and
/// `open_<step>=1` ("not done yet"); bad ones are dropped and reported by key.
pub fn parse_progress<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Progress, Vec<String>) {
    let mut p = Progress::default();
    let mut bad = Vec::new();
    let step_of = |id: &str| StepId::ALL.into_iter().find(|s| s.key() == id);
    for (k, v) in pairs {
        if let Some(step) = k.strip_prefix("open_").and_then(step_of) {
            match v.trim() {
                "1" => p.open.set(step, true),
                "0" | "" => p.open.set(step, false),
                _ => bad.push(k.to_string()),
            }
            continue;
        }
        let (map, id) = if let Some(id) = k.strip_prefix("from_") {
            (&mut p.started, id)
        } else if let Some(id) = k.strip_prefix("done_") {
            (&mut p.finished, id)
        } else {
            continue;
        };
        let Some(step) = step_of(id) else {
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
        if p.open.get(s) {
            out.push((format!("open_{}", s.key()), "1".to_string()));
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
        // 施工接电 holds the connection works and ends with the whole process: 6 working days
        // from 11-02 → 11-10. Finished 11-09 (Mon, day 5): on time, nothing missed.
        assert_eq!(r.checks[1].start, Some(d("2026-11-03")));
        assert!(r.checks[1].until_whole_process);
        assert_eq!(r.checks[1].days, WorkingDays::whole(2));
        assert_eq!(
            r.checks[1].status,
            Status::OnTime {
                due: d("2026-11-10"),
                finished: d("2026-11-09")
            }
        );
        assert!(r.checks.iter().all(|c| !c.status.is_missed()));
        assert_eq!(
            r.whole.map(|w| w.status),
            Some(Status::OnTime {
                due: d("2026-11-10"),
                finished: d("2026-11-09")
            })
        );
    }

    /// The 三零 examples of the rule tests, judged: typed by hand from the notices (国庆 2026 off
    /// 1–7 Oct, make-up Saturday 10 Oct; 春节 2026 off 15–23 Feb, make-up Saturday 28 Feb).
    #[test]
    fn three_zero_verdicts_around_the_holidays() {
        let small = |date: &str| {
            est(&[
                ("customer", "small_micro"),
                ("kw", "60"),
                ("area", "urban"),
                ("date", date),
            ])
        };
        let connection = |e: &Estimate, acceptance: &str, done: Option<&str>, today: &str| {
            let mut p = Progress::default();
            p.finished.set(StepId::Acceptance, Some(d(acceptance)));
            p.finished.set(StepId::Connection, done.map(d));
            // Still open: the customer says so.
            p.open.set(StepId::Connection, done.is_none());
            let r = check(e, &p, d(today), &Official);
            let whole = r.whole.expect("全过程").status;
            let step = r.checks[1].status.clone();
            // The step and the whole process end together: one verdict.
            assert_eq!(step, whole);
            step
        };
        // Applied Tue 29 Sep 2026: the whole process ends Tue 13 Oct (day 6).
        let e = small("2026-09-29");
        let due = d("2026-10-13");
        for done in ["2026-10-09", "2026-10-12", "2026-10-13"] {
            assert_eq!(
                connection(&e, "2026-09-30", Some(done), "2026-11-26"),
                Status::OnTime {
                    due,
                    finished: d(done)
                }
            );
        }
        assert_eq!(
            connection(&e, "2026-09-30", Some("2026-10-14"), "2026-11-26"),
            Status::Late {
                due,
                finished: d("2026-10-14"),
                late: 1
            }
        );
        // Still open on the make-up Saturday: Mon 12 and Tue 13 are left.
        assert_eq!(
            connection(&e, "2026-09-30", None, "2026-10-10"),
            Status::Running { due, left: 2 }
        );
        assert_eq!(
            connection(&e, "2026-09-30", None, "2026-10-14"),
            Status::Overdue { due, late: 1 }
        );
        // Applied Wed 11 Feb 2026: the whole process ends Thu 26 Feb, after 春节.
        let e = small("2026-02-11");
        let due = d("2026-02-26");
        assert_eq!(
            connection(&e, "2026-02-12", Some("2026-02-26"), "2026-11-26"),
            Status::OnTime {
                due,
                finished: d("2026-02-26")
            }
        );
        // Open on the make-up Saturday 28 Feb: Fri 27 and Sat 28 are working days.
        assert_eq!(
            connection(&e, "2026-02-12", None, "2026-02-28"),
            Status::Overdue { due, late: 2 }
        );
    }

    /// A Friday deadline: finished, or still open, on the weekend after it is 1 working day
    /// late, not 0; so is a day in a holiday after the deadline.
    #[test]
    fn a_weekend_after_the_deadline_is_a_working_day_late() {
        // Household, Tue 3 Nov 2026: acceptance Wed 4; connection and whole process Fri 6.
        let e = est(&[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", "2026-11-03"),
        ]);
        let due = d("2026-11-06");
        for (done, late) in [
            ("2026-11-07", 1),
            ("2026-11-08", 1),
            ("2026-11-09", 1),
            ("2026-11-10", 2),
        ] {
            let mut p = Progress::default();
            p.finished.set(StepId::Acceptance, Some(d("2026-11-04")));
            p.finished.set(StepId::Connection, Some(d(done)));
            let r = check(&e, &p, d("2026-11-26"), &Official);
            let want = Status::Late {
                due,
                finished: d(done),
                late,
            };
            assert_eq!(r.checks[1].status, want, "{done}");
            assert_eq!(r.whole.map(|w| w.status), Some(want));
        }
        let mut p = Progress::default();
        p.finished.set(StepId::Acceptance, Some(d("2026-11-04")));
        p.open.set(StepId::Connection, true);
        let r = check(&e, &p, d("2026-11-07"), &Official);
        assert_eq!(r.checks[1].status, Status::Overdue { due, late: 1 });
        // Due Wed 30 Sep, done on Thu 1 Oct (国庆) or Thu 8 Oct: 1 working day late either way.
        for day in ["2026-10-01", "2026-10-07", "2026-10-08"] {
            assert_eq!(late_by(&Official, d("2026-09-30"), d(day)), 1, "{day}");
        }
        assert_eq!(late_by(&Official, d("2026-09-30"), d("2026-10-09")), 2);
    }

    /// 非三零 low voltage: 装表接电 starts when the customer reports their works complete.
    #[test]
    fn standard_low_voltage_connection_starts_with_the_customers_report() {
        let e = est(&[
            ("customer", "other_org"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-20"),
        ]);
        let mut p = Progress::default();
        p.finished.set(StepId::Acceptance, Some(d("2026-11-23")));
        p.finished.set(StepId::SupplyPlan, Some(d("2026-11-25")));
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert!(r.checks[2].customer_starts && !r.checks[2].until_whole_process);
        assert_eq!(
            r.checks[2].status,
            Status::Waiting,
            "waits for the customer"
        );
        assert!(r.whole.is_none());
        // Reported Fri 27 Nov: due Tue 1 Dec.
        p.started.set(StepId::Connection, Some(d("2026-11-27")));
        let r = check(&e, &p, d("2026-11-30"), &Official);
        assert_eq!(
            r.checks[2].status,
            Status::Running {
                due: d("2026-12-01"),
                left: 1
            }
        );
        p.finished.set(StepId::Connection, Some(d("2026-12-02")));
        let r = check(&e, &p, d("2026-12-03"), &Official);
        assert_eq!(
            r.checks[2].status,
            Status::Late {
                due: d("2026-12-01"),
                finished: d("2026-12-02"),
                late: 1
            }
        );
        assert_eq!(
            progress_pairs(&p)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>(),
            [
                "done_acceptance",
                "done_supply_plan",
                "from_connection",
                "done_connection"
            ]
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
        // Supply plan: 2 working days from 11-23 → 11-25; today 11-26: the deadline has
        // passed, but the customer has said nothing about the step: no alarm.
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[1].status,
            Status::DuePassed {
                due: d("2026-11-25")
            }
        );
        assert!(!r.checks[1].status.is_missed());
        // "还没办完": now it is overdue by 1.
        let (p, _) = parse_progress([("done_acceptance", "2026-11-23"), ("open_supply_plan", "1")]);
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
        // No verdict below a mistaken date (not "waiting", which would read as a fact).
        assert_eq!(r.checks[1].status, Status::Blocked);
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
        // Not "finished on time": no verdict on the whole until the date is corrected.
        let whole = r.whole.expect("households have a whole-process limit");
        assert_eq!(whole.status, Status::Blocked);
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

    fn household(date: &str) -> Estimate {
        est(&[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", date),
        ])
    }

    /// Nothing entered: every row says its deadline (step 1's, from the application) and the
    /// whole process whether its date has passed, and nothing is an alarm.
    #[test]
    fn neutral_until_used() {
        let e = household("2026-11-02");
        let r = check(&e, &Progress::default(), d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[0].status,
            Status::DuePassed {
                due: d("2026-11-03")
            }
        );
        assert_eq!(r.checks[1].status, Status::Waiting);
        assert_eq!(
            r.whole.as_ref().map(|w| w.status.clone()),
            Some(Status::DuePassed {
                due: d("2026-11-05")
            })
        );
        assert!(r
            .checks
            .iter()
            .all(|c| !c.status.is_missed() && !c.status.is_error()));
        // Before the deadline: running.
        let r = check(&e, &Progress::default(), d("2026-11-02"), &Official);
        assert_eq!(
            r.checks[0].status,
            Status::Running {
                due: d("2026-11-03"),
                left: 1
            }
        );
        // The customer says the connection is not done: the whole process is overdue too.
        let (p, _) = parse_progress([("done_acceptance", "2026-11-03"), ("open_connection", "1")]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert!(matches!(r.checks[1].status, Status::Overdue { .. }));
        assert!(matches!(
            r.whole.map(|w| w.status),
            Some(Status::Overdue { .. })
        ));
        // A finish date wins over a stale "not done".
        let (p, _) = parse_progress([
            ("done_acceptance", "2026-11-03"),
            ("done_connection", "2026-11-05"),
            ("open_connection", "1"),
        ]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert!(matches!(r.checks[1].status, Status::OnTime { .. }));
    }

    #[test]
    fn dates_after_today_are_refused_at_their_field() {
        let e = household("2026-11-02");
        let (p, _) = parse_progress([("done_acceptance", "2026-11-27")]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[0].status,
            Status::FinishedAfterToday {
                finished: d("2026-11-27")
            }
        );
        assert_eq!(r.checks[0].status.error_field(), Some(Field::Finished));
        assert_eq!(r.checks[1].status, Status::Blocked);
        assert_eq!(r.whole.map(|w| w.status), Some(Status::Blocked));
        // A start the customer gives after today, or before the previous step finished.
        let e = est(&[
            ("customer", "other_org"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-20"),
        ]);
        let (p, _) = parse_progress([
            ("done_acceptance", "2026-11-23"),
            ("done_supply_plan", "2026-11-25"),
            ("from_connection", "2026-11-30"),
        ]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(r.checks[2].status.error_field(), Some(Field::Started));
        let (p, _) = parse_progress([
            ("done_acceptance", "2026-11-23"),
            ("done_supply_plan", "2026-11-25"),
            ("from_connection", "2026-11-24"),
        ]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[2].status,
            Status::StartedBeforePrevious {
                previous: d("2026-11-25"),
                started: d("2026-11-24")
            }
        );
    }

    /// One bad row: the rows after it and the whole process give no verdict, never "waiting
    /// for the previous step" beside "on time".
    #[test]
    fn one_bad_row_leaves_no_contradiction() {
        let e = household("2026-11-02");
        let (p, _) = parse_progress([
            ("done_acceptance", "2026-10-30"),
            ("done_connection", "2026-11-05"),
        ]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert!(r.checks[0].status.is_error());
        assert_eq!(r.checks[1].status, Status::Blocked);
        assert_eq!(r.whole.map(|w| w.status), Some(Status::Blocked));
        // A finish with its start unknown is reported, not judged; the whole process, counted
        // from the application, is.
        let (p, _) = parse_progress([("done_connection", "2026-11-05")]);
        let r = check(&e, &p, d("2026-11-26"), &Official);
        assert_eq!(
            r.checks[1].status,
            Status::Finished {
                finished: d("2026-11-05")
            }
        );
        assert!(matches!(
            r.whole.map(|w| w.status),
            Some(Status::OnTime { .. })
        ));
    }

    #[test]
    fn not_done_flags_round_trip_and_bad_ones_are_reported() {
        let (p, bad) = parse_progress([
            ("open_connection", "1"),
            ("open_acceptance", "yes"),
            ("open_nothing", "1"),
        ]);
        assert_eq!(bad, ["open_acceptance"]);
        assert!(p.open.get(StepId::Connection) && !p.open.get(StepId::Acceptance));
        assert_eq!(
            progress_pairs(&p),
            [("open_connection".to_string(), "1".to_string())]
        );
        assert!(!p.is_empty() && Progress::default().is_empty());
    }
}
