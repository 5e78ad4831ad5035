//! The two components with behaviour of their own: the kiosk's idle countdown and the
//! embedded messenger.

pub mod embed;
pub mod kiosk;
