//! The start screen: what the estimator does, and the way in.

use crate::app::state::{Action, Screen};
use crate::components::{on, page_title, text, use_text, use_title};
use crate::policy::clause::POLICY;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    /// Answers from before (a link, or Back to the start): offer to go on with them.
    pub has_answers: bool,
    pub focus: bool,
    pub dispatch: Callback<Action>,
    /// A kiosk: the answers are wiped after each visitor, not left in a browser's history.
    #[prop_or_default]
    pub kiosk: bool,
}

#[component]
pub fn StartPage(props: &StartProps) -> Html {
    let t = use_text();
    let title = use_title(props.focus);
    html! {
        <section class="page start">
            { page_title(&title, t.app_title()) }
            <p class="lead">{ text(t.start_lead()) }</p>
            <ul class="ticks">
                for p in [t.start_point_1(), t.start_point_2(), t.start_point_3(), t.start_point_4()] {
                    <li>{ text(p) }</li>
                }
            </ul>
            <div class="actions">
                <button type="button" class="btn-primary btn-large" data-testid="begin"
                    onclick={on(&props.dispatch, Action::Begin)}>{ text(t.start_button()) }</button>
                <button type="button" class="btn-secondary btn-large" data-testid="begin-track"
                    onclick={on(&props.dispatch, Action::BeginTrack)}>{ text(t.start_track()) }</button>
                if props.has_answers {
                    <button type="button" class="btn-secondary" data-testid="resume"
                        onclick={on(&props.dispatch, Action::Go(Screen::Summary))}>{ text(t.start_resume()) }</button>
                }
            </div>
            <p class="note">{ text(t.start_time()) }</p>
            <p class="note" data-testid="privacy">{ text(if props.kiosk { t.start_privacy_kiosk() } else { t.start_privacy() }) }</p>
            <p class="policy-ref">{ POLICY }</p>
        </section>
    }
}
