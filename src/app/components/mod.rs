//! Reusable widgets.

pub mod embed;
pub mod frame;
pub mod helper;
pub mod kiosk;
pub mod qr;
pub mod tracker;
pub mod whatif;
