//! 办电自助测算 — a self-service estimator for new electricity connections in 宿州.
//!
//! The pure core ([`policy`], [`calendar`], [`divisions`], [`flow`]) has no web dependencies
//! and is tested natively; the Yew shell lives in [`app`].

pub mod app;
pub mod calendar;
pub mod divisions;
pub mod flow;
pub mod i18n;
pub mod policy;
pub mod view;
