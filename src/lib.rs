//! 办电自助测算 — a self-service estimator for new electricity connections in 宿州.
//!
//! The pure core ([`policy`], [`calendar`], [`divisions`], [`flow`]) has no web dependencies
//! and is tested natively; the Yew app is [`app`] (state and browser ties), [`pages`] (one
//! component per screen) and [`components`] (their parts).

pub mod app;
pub mod calendar;
pub mod components;
pub mod divisions;
pub mod flow;
pub mod i18n;
pub mod pages;
pub mod policy;
