//! One module per screen. Each page is a `#[component]` whose props are the data it shows and
//! the callbacks of what the customer can do there; the app makes both from its one reducer.

pub mod question;
pub mod result;
pub mod start;
pub mod summary;
pub mod track;
