//! The Yew shell: one reducer ([`state`]), pages and components.

pub mod state;
