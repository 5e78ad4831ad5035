//! The public estimate JSON (`embedding-contract.md`). Field names are a public interface:
//! they change only by adding.

use super::answers::{Choice, Kw};
use super::clause::POLICY;
use super::rules::{Estimate, Step, Timing};
use crate::calendar::{iso, WorkingDays};
use serde::{Serialize, Serializer};

pub const SCHEMA: u32 = 1;

/// A number written as an integer when it is whole (`3`, not `3.0`), else as a decimal
/// (`1.5`, `120.5`), straight from the fixed-point value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    milli: u64,
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        super::json::Raw(&super::answers::format_milli(self.milli)).serialize(s)
    }
}

impl From<WorkingDays> for Number {
    fn from(d: WorkingDays) -> Self {
        Number {
            milli: u64::from(d.dated()) * 1000 - if d.is_whole() { 0 } else { 500 },
        }
    }
}

impl From<Kw> for Number {
    fn from(k: Kw) -> Self {
        Number {
            milli: u64::from(k.milli()),
        }
    }
}

#[derive(Serialize, Debug)]
pub struct Input {
    pub customer: &'static str,
    #[serde(rename = "use", skip_serializing_if = "Option::is_none")]
    pub usage: Option<&'static str>,
    pub kw: Number,
    pub area: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supply: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub special: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_m: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dig_m: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city_core: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub builder: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub design_d: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub works_d: Option<u32>,
    pub date: String,
}

#[derive(Serialize, Debug)]
pub struct StepJson {
    pub id: &'static str,
    pub days: Option<Number>,
    pub due: Option<String>,
    /// Extra: when the clock starts (ISO date), where known.
    pub start: Option<String>,
    /// Extra: clause references this step rests on.
    pub basis: Vec<&'static str>,
}

#[derive(Serialize, Debug)]
pub struct ApprovalJson {
    pub path: &'static str,
    pub days: Option<Number>,
    /// Extra: every path still possible.
    pub possible: Vec<&'static str>,
    /// Extra: `power_company` (代办) or `customer`.
    pub handled_by: &'static str,
    /// Extra: false when the supply is usually above 10 kV and this policy sets no path
    /// (`path` is then `unknown`, `possible` empty): ask the power company.
    pub set_by_policy: bool,
}

#[derive(Serialize, Debug)]
pub struct EstimateJson {
    pub schema: u32,
    pub policy: &'static str,
    pub input: Input,
    pub category: &'static str,
    pub tier: &'static str,
    pub connection: &'static str,
    pub steps: Vec<StepJson>,
    pub supplier_days: Number,
    pub whole_process_days: Option<Number>,
    pub whole_process_due: Option<String>,
    pub approval: ApprovalJson,
    pub zero_investment: bool,
    pub reliability_hours: u32,
    pub hotlines: [&'static str; 2],
    /// Extra: the low-voltage cap that applied, kW.
    pub low_voltage_cap_kw: Number,
    /// Extra: some date falls in a year whose holiday schedule is not published yet.
    pub provisional_dates: bool,
}

fn step_json(s: &Step) -> StepJson {
    let start = match &s.timing {
        Timing::Dated(span) | Timing::UntilWholeProcess(span) => Some(iso(span.start)),
        Timing::OwnWorks { from, .. } => Some(iso(*from)),
        Timing::AfterCustomer(_) | Timing::OwnWorksUndated => None,
    };
    StepJson {
        id: s.id.key(),
        days: s.days.map(Number::from),
        due: s.due().map(iso),
        start,
        basis: s.basis.iter().map(|c| c.reference).collect(),
    }
}

impl Estimate {
    pub fn to_contract(&self) -> EstimateJson {
        let a = &self.answers;
        EstimateJson {
            schema: SCHEMA,
            policy: POLICY,
            input: Input {
                customer: a.customer.key(),
                usage: a.usage.map(Choice::key),
                kw: a.kw.into(),
                area: a.area.key(),
                district: a.district.map(|d| d.code.to_string()),
                town: a.town.map(|t| t.code.to_string()),
                supply: a.supply.map(Choice::key),
                special: a.special,
                line_m: a.works.line_m,
                dig_m: a.works.dig_m,
                city_core: a.works.city_core,
                builder: a.works.builder.map(Choice::key),
                design_d: a.own_works.design_days,
                works_d: a.own_works.works_days,
                date: iso(a.date.get()),
            },
            category: self.category.value.key(),
            tier: self.tier.value.key(),
            connection: self.connection.value.connection.key(),
            steps: self.steps.iter().map(step_json).collect(),
            supplier_days: self.supplier_days.value.into(),
            whole_process_days: self.whole_process.as_ref().map(|w| w.value.days.into()),
            whole_process_due: self.whole_process.as_ref().map(|w| iso(w.value.due)),
            approval: ApprovalJson {
                path: self.approval.path.map_or("unknown", |p| p.key()),
                days: self.approval.days().map(Number::from),
                possible: self.approval.possible.iter().map(|p| p.key()).collect(),
                handled_by: self.approval.handler.value.key(),
                set_by_policy: self.approval.set_by_policy,
            },
            zero_investment: self.cost.zero_investment,
            reliability_hours: self.reliability.value.hours,
            hotlines: self.hotlines.value,
            low_voltage_cap_kw: self.connection.value.cap.into(),
            provisional_dates: self.has_provisional_dates(),
        }
    }

    /// The contract JSON as text.
    pub fn to_json(&self) -> String {
        super::json::to_string(&self.to_contract(), false).unwrap_or_else(|_| "{}".into())
    }

    /// Indented, for the download.
    pub fn to_json_pretty(&self) -> String {
        super::json::to_string(&self.to_contract(), true).unwrap_or_else(|_| "{}".into())
    }
}
