//! The public estimate JSON (`embedding-contract.md`). Field names are a public interface:
//! they change only by adding.

use super::answers::{Choice, Kw};
use super::clause::POLICY;
use super::json::{Json, ToJson};
use super::rules::{Estimate, Step, Timing};
use crate::calendar::{iso, WorkingDays};

pub const SCHEMA: u32 = 1;

/// A number written as an integer when it is whole (`3`, not `3.0`), else as a decimal
/// (`1.5`, `120.5`), straight from the fixed-point value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    milli: u64,
}

impl ToJson for Number {
    fn write_json(&self, w: &mut Json) {
        w.number_text(&super::answers::format_milli(self.milli));
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

#[derive(Debug)]
pub struct Input {
    pub customer: &'static str,
    pub usage: Option<&'static str>,
    pub kw: Number,
    pub area: &'static str,
    pub district: Option<String>,
    pub town: Option<String>,
    pub supply: Option<&'static str>,
    pub special: Option<bool>,
    pub line_m: Option<u32>,
    pub dig_m: Option<u32>,
    pub city_core: Option<bool>,
    pub builder: Option<&'static str>,
    pub design_d: Option<u32>,
    pub works_d: Option<u32>,
    pub date: String,
}

#[derive(Debug)]
pub struct StepJson {
    pub id: &'static str,
    pub days: Option<Number>,
    pub due: Option<String>,
    /// Extra: when the clock starts (ISO date), where known.
    pub start: Option<String>,
    /// Extra: clause references this step rests on.
    pub basis: Vec<&'static str>,
}

#[derive(Debug)]
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

#[derive(Debug)]
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

    /// The contract JSON as text (writing it cannot fail).
    pub fn to_json(&self) -> String {
        super::json::to_string(&self.to_contract(), false)
    }

    /// Indented, for the download.
    pub fn to_json_pretty(&self) -> String {
        super::json::to_string(&self.to_contract(), true)
    }
}

impl ToJson for Input {
    fn write_json(&self, w: &mut Json) {
        w.begin_object();
        w.field("customer", &self.customer);
        w.field_if("use", &self.usage);
        w.field("kw", &self.kw);
        w.field("area", &self.area);
        w.field_if("district", &self.district);
        w.field_if("town", &self.town);
        w.field_if("supply", &self.supply);
        w.field_if("special", &self.special);
        w.field_if("line_m", &self.line_m);
        w.field_if("dig_m", &self.dig_m);
        w.field_if("city_core", &self.city_core);
        w.field_if("builder", &self.builder);
        w.field_if("design_d", &self.design_d);
        w.field_if("works_d", &self.works_d);
        w.field("date", &self.date);
        w.end_object();
    }
}

impl ToJson for StepJson {
    fn write_json(&self, w: &mut Json) {
        w.begin_object();
        w.field("id", &self.id);
        w.field("days", &self.days);
        w.field("due", &self.due);
        w.field("start", &self.start);
        w.field("basis", &self.basis);
        w.end_object();
    }
}

impl ToJson for ApprovalJson {
    fn write_json(&self, w: &mut Json) {
        w.begin_object();
        w.field("path", &self.path);
        w.field("days", &self.days);
        w.field("possible", &self.possible);
        w.field("handled_by", &self.handled_by);
        w.field("set_by_policy", &self.set_by_policy);
        w.end_object();
    }
}

impl ToJson for EstimateJson {
    fn write_json(&self, w: &mut Json) {
        w.begin_object();
        w.field("schema", &self.schema);
        w.field("policy", &self.policy);
        w.field("input", &self.input);
        w.field("category", &self.category);
        w.field("tier", &self.tier);
        w.field("connection", &self.connection);
        w.field("steps", &self.steps);
        w.field("supplier_days", &self.supplier_days);
        w.field("whole_process_days", &self.whole_process_days);
        w.field("whole_process_due", &self.whole_process_due);
        w.field("approval", &self.approval);
        w.field("zero_investment", &self.zero_investment);
        w.field("reliability_hours", &self.reliability_hours);
        w.field("hotlines", &self.hotlines[..]);
        w.field("low_voltage_cap_kw", &self.low_voltage_cap_kw);
        w.field("provisional_dates", &self.provisional_dates);
        w.end_object();
    }
}
