//! Reusable widgets.

pub mod basis;
pub mod embed;
pub mod frame;
pub mod helper;
pub mod kiosk;
pub mod qr;
pub mod timeline;
pub mod tracker;
pub mod whatif;
