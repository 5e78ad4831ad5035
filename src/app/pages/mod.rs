//! One module per screen.

pub mod question;
pub mod result;
pub mod start;
pub mod summary;

use crate::app::state::Screen;
use yew::prelude::*;

/// The page for a screen. Questions are keyed so each starts with fresh local input.
pub fn current(screen: Screen) -> Html {
    match screen {
        Screen::Start => html! { <start::Start /> },
        Screen::Question(q) => html! { <question::QuestionPage key={q.key()} question={q} /> },
        Screen::Summary => html! { <summary::Summary /> },
        Screen::Result => html! { <result::ResultPage /> },
    }
}
