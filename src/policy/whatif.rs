//! What-if at the thresholds: when an answer sits near a line that changes the outcome, the
//! same engine is run on the other side of the line. No special-case text: the comparison
//! shows whatever the rules give.

use super::answers::{
    parse_choice, parse_flag, parse_kw, parse_metres, Answers, Kw, Param, Phase, Supply,
};
use super::rules::{estimate, ApprovalPath, Category, Connection, Estimate, Tier};
use crate::calendar::{WorkingCalendar, WorkingDays};

/// One changed answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    Kw(Kw),
    Supply(Supply),
    Special(bool),
    LineM(u32),
    DigM(u32),
}

impl Change {
    pub fn param(self) -> Param {
        match self {
            Change::Kw(_) => Param::Kw,
            Change::Supply(_) => Param::Supply,
            Change::Special(_) => Param::Special,
            Change::LineM(_) => Param::LineM,
            Change::DigM(_) => Param::DigM,
        }
    }

    /// The changed answer as a URL pair (parameter, value), as the app writes it.
    pub fn pair(self) -> (Param, String) {
        let value = match self {
            Change::Kw(k) => k.to_string(),
            Change::Supply(s) => super::answers::Choice::key(s).to_string(),
            Change::Special(b) => if b { "1" } else { "0" }.to_string(),
            Change::LineM(m) | Change::DigM(m) => m.to_string(),
        };
        (self.param(), value)
    }

    /// Read a change back from its pair (a history entry's what-if); `None` for anything else.
    pub fn from_pair(p: Param, v: &str) -> Option<Change> {
        match p {
            Param::Kw => parse_kw(v).ok().map(Change::Kw),
            Param::Supply => parse_choice(v).ok().map(Change::Supply),
            Param::Special => parse_flag(v).ok().map(Change::Special),
            Param::LineM => parse_metres(v).ok().map(Change::LineM),
            Param::DigM => parse_metres(v).ok().map(Change::DigM),
            _ => None,
        }
    }

    /// The answers with this change, and those it had to assume (the what-if's own answers:
    /// never the customer's).
    pub fn apply(self, a: &Answers) -> (Answers, Vec<Param>) {
        let mut b = *a;
        let mut assumed = Vec::new();
        match self {
            Change::Kw(kw) => b.kw = kw,
            Change::Supply(s) => b.supply = Some(s),
            Change::Special(s) => b.special = Some(s),
            Change::LineM(m) => b.works.line_m = Some(m),
            Change::DigM(m) => b.works.dig_m = Some(m),
        }
        // A capacity above the cap needs supply and special: assume the simplest. Below it,
        // they do not matter and nothing is assumed; nor does special for dual supply, which
        // is never ordinary (附件1 注3).
        if b.kw > Phase::of(b.date.get()).low_voltage_cap(b.area) {
            if b.supply.is_none() {
                b.supply = Some(Supply::Single);
                assumed.push(Param::Supply);
            }
            if b.special.is_none() && b.supply != Some(Supply::Dual) {
                b.special = Some(false);
                assumed.push(Param::Special);
            }
        }
        (b, assumed)
    }
}

/// What a customer compares side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub category: Category,
    pub tier: Tier,
    pub connection: Connection,
    pub supplier_days: WorkingDays,
    pub whole_process_days: Option<WorkingDays>,
    pub approval: Vec<ApprovalPath>,
    pub zero_investment: bool,
}

impl Estimate {
    pub fn outcome(&self) -> Outcome {
        Outcome {
            category: self.category.value,
            tier: self.tier.value,
            connection: self.connection.value.connection,
            supplier_days: self.supplier_days.value,
            whole_process_days: self.whole_process.as_ref().map(|w| w.value.days),
            approval: self.approval.possible.clone(),
            zero_investment: self.cost.zero_investment,
        }
    }
}

/// An alternative on the other side of a line.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    pub change: Change,
    pub estimate: Estimate,
    /// Answers the alternative had to assume (single supply, ordinary user).
    pub assumed: Vec<Param>,
}

impl WhatIf {
    /// The answers that reach this alternative: the changed one, and any it had to assume.
    pub fn answers(&self) -> Vec<(Param, String)> {
        let mut out = vec![self.change.pair()];
        out.extend(self.assumed.iter().map(|&p| {
            let v = if p == Param::Supply { "single" } else { "0" };
            (p, v.to_string())
        }));
        out
    }
}

/// How close to a line counts as near: within a quarter of the capacity cap, or 50 m of the
/// 200 m pipeline line, or 30 m of the 100 m excavation line.
const LINE_NEAR: u32 = 50;
const DIG_NEAR: u32 = 30;

fn candidates(a: &Answers) -> Vec<Change> {
    let mut out = Vec::new();
    let cap = Phase::of(a.date.get()).low_voltage_cap(a.area);
    let (kw, quarter) = (a.kw.milli(), cap.milli() / 4);
    if kw > cap.milli() && kw <= cap.milli() + quarter {
        out.push(Change::Kw(cap));
    } else if kw <= cap.milli() && kw >= cap.milli() - quarter {
        // The smallest whole kW above the line.
        out.extend(Kw::from_milli((cap.milli() / 1000 + 1) * 1000).map(Change::Kw));
    }
    if a.kw > cap {
        let other = match a.supply {
            Some(Supply::Dual) => Supply::Single,
            _ => Supply::Dual,
        };
        out.push(Change::Supply(other));
        if a.supply != Some(Supply::Dual) {
            out.push(Change::Special(!a.special.unwrap_or(false)));
        }
    }
    if let Some(line) = a.works.line_m {
        if line.abs_diff(200) <= LINE_NEAR {
            out.push(Change::LineM(if line <= 200 { 201 } else { 200 }));
        }
    }
    if let Some(dig) = a.works.dig_m {
        if dig > 0 && dig.abs_diff(100) <= DIG_NEAR {
            for rep in [99, 100, 101] {
                if rep.cmp(&100) != dig.cmp(&100) {
                    out.push(Change::DigM(rep));
                }
            }
        }
    }
    out
}

/// Alternatives whose outcome differs from the answers', nearest lines first, no two alike.
pub fn what_ifs(a: &Answers, cal: &impl WorkingCalendar) -> Vec<WhatIf> {
    let current = estimate(a, cal).outcome();
    let mut seen = vec![current];
    let mut out = Vec::new();
    for change in candidates(a) {
        let (b, assumed) = change.apply(a);
        let e = estimate(&b, cal);
        let o = e.outcome();
        if !seen.contains(&o) {
            seen.push(o);
            out.push(WhatIf {
                change,
                estimate: e,
                assumed,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Official;
    use crate::policy::{Parsed, RawAnswers, Readiness};

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let today = crate::calendar::parse_iso("2026-11-26").expect("date");
        match Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied())).readiness(today) {
            Readiness::Ready(a) => a,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn just_above_the_cap_shows_the_low_voltage_side() {
        let a = answers(&[
            ("customer", "small_micro"),
            ("kw", "180"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "0"),
        ]);
        let w = what_ifs(&a, &Official);
        let first = &w[0];
        assert_eq!(first.change, Change::Kw(Kw::whole(160).expect("kw")));
        assert_eq!(first.estimate.tier.value, Tier::ThreeZero);
        assert_eq!(first.estimate.supplier_days.value, WorkingDays::whole(3));
        assert!(first.estimate.cost.zero_investment);
        // Dual supply and special load are alternatives too.
        assert!(w.iter().any(|x| x.change == Change::Supply(Supply::Dual)
            && x.estimate.supplier_days.value == WorkingDays::whole(30)));
        assert!(w.iter().any(|x| x.change == Change::Special(true)
            && x.estimate.supplier_days.value == WorkingDays::whole(19)));
    }

    #[test]
    fn just_below_the_cap_shows_the_high_voltage_side_with_its_assumptions() {
        let a = answers(&[
            ("customer", "small_micro"),
            ("kw", "150"),
            ("area", "urban"),
        ]);
        let w = what_ifs(&a, &Official);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].change, Change::Kw(Kw::whole(161).expect("kw")));
        assert_eq!(w[0].estimate.tier.value, Tier::ThreeSave);
        assert_eq!(w[0].assumed, [Param::Supply, Param::Special]);
        // Dual supply already given: no ordinary user is assumed (附件1 注3).
        let a = answers(&[
            ("customer", "small_micro"),
            ("kw", "150"),
            ("area", "urban"),
            ("supply", "dual"),
        ]);
        let w = what_ifs(&a, &Official);
        assert!(w[0].assumed.is_empty());
        assert_eq!(w[0].estimate.supplier_days.value, WorkingDays::whole(30));
        // Far from the line: nothing to compare.
        let a = answers(&[("customer", "small_micro"), ("kw", "20"), ("area", "urban")]);
        assert!(what_ifs(&a, &Official).is_empty());
    }

    #[test]
    fn works_near_the_approval_lines() {
        let a = answers(&[
            ("customer", "other_org"),
            ("kw", "50"),
            ("area", "urban"),
            ("line_m", "220"),
            ("dig_m", "40"),
            ("city_core", "0"),
        ]);
        let w = what_ifs(&a, &Official);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].change, Change::LineM(200));
        assert_eq!(w[0].estimate.approval.path, Some(ApprovalPath::Filing));
        // Low voltage: the works alternative assumes nothing about supply or special load.
        assert!(w[0].assumed.is_empty());

        let a = answers(&[
            ("customer", "other_org"),
            ("kw", "50"),
            ("area", "urban"),
            ("line_m", "50"),
            ("dig_m", "95"),
            ("city_core", "1"),
            ("builder", "grid"),
        ]);
        let changes: Vec<Change> = what_ifs(&a, &Official)
            .into_iter()
            .map(|w| w.change)
            .collect();
        assert_eq!(changes, [Change::DigM(100), Change::DigM(101)]);
    }

    #[test]
    fn a_change_reads_back_from_its_pair() {
        for c in [
            Change::Kw(Kw::whole(161).expect("kw")),
            Change::Kw(Kw::from_milli(160_500).expect("kw")),
            Change::Supply(Supply::Dual),
            Change::Supply(Supply::Single),
            Change::Special(true),
            Change::Special(false),
            Change::LineM(201),
            Change::DigM(99),
        ] {
            let (p, v) = c.pair();
            assert_eq!(Change::from_pair(p, &v), Some(c), "{p:?}={v}");
        }
        assert_eq!(Change::from_pair(Param::Kw, "abc"), None);
        assert_eq!(Change::from_pair(Param::Customer, "household"), None);
        assert_eq!(Change::from_pair(Param::LineM, "-3"), None);
    }

    #[test]
    fn every_alternative_differs_from_the_answer() {
        let a = answers(&[
            ("customer", "household"),
            ("kw", "170"),
            ("area", "rural"),
            ("supply", "dual"),
            ("special", "1"),
            ("line_m", "199"),
            ("dig_m", "100"),
        ]);
        let current = estimate(&a, &Official).outcome();
        let w = what_ifs(&a, &Official);
        assert!(!w.is_empty());
        for x in &w {
            assert_ne!(x.estimate.outcome(), current);
        }
    }
}
