//! A detail section of the result that the customer can fold away: its heading is the button
//! (the disclosure pattern) and whether it is open lives in the reducer, so it survives every
//! redraw and a language switch.

use super::{on, text};
use crate::app::state::{Action, Section};
use yew::prelude::*;

/// The heading (a button that opens or folds the section) and the section's body.
pub fn fold(
    section: Section,
    id: &'static str,
    title: &'static str,
    open: bool,
    dispatch: &Callback<Action>,
    body: Html,
) -> Html {
    let body_id = format!("{id}-body");
    html! {
        <>
            <h2 {id} class="fold-head">
                <button type="button" class="fold-toggle" aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={body_id.clone()} onclick={on(dispatch, Action::Fold(section, !open))}>
                    { text(title) }
                </button>
            </h2>
            <div id={body_id} class="fold-body" hidden={!open}>{ body }</div>
        </>
    }
}
