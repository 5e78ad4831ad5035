//! The rules core: 宿发改能源函〔2021〕37号 as code. Pure — no `yew`, `web-sys`, clock or
//! storage. Raw answers are parsed once at the edge ([`answers`]); [`rules::estimate`] turns
//! complete answers and a working-day calendar into an [`Estimate`] whose every item carries
//! its clause ([`clause`]); [`contract`] writes the public JSON.

pub mod answers;
pub mod clause;
pub mod contract;
pub mod rules;

pub use answers::{
    Answer, Answers, ApplicationDate, Area, Builder, Choice, Customer, FieldError, Kw, OwnWorks,
    Param, Parsed, Phase, Problem, RawAnswers, Readiness, Supply, Usage, Works,
};
pub use clause::{Basis, Clause, Reading, Readings};
pub use rules::{estimate, Category, Connection, Estimate, StepId, Tier};
pub mod equipment;
pub mod json;
pub mod tracker;
pub mod whatif;
