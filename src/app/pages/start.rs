//! The start screen.

use crate::app::components::frame::PageHeading;
use crate::app::state::{Action, Screen};
use crate::app::use_ctx;
use crate::policy::clause::POLICY;
use yew::prelude::*;

#[function_component(Start)]
pub fn start() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let has_answers = !ctx.state.raw.is_empty();
    html! {
        <section class="page start">
            <PageHeading text={t.app_title()} />
            <p class="lead">{ t.start_lead() }</p>
            <ul class="ticks">
                { for t.start_points().iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <div class="actions">
                <button type="button" class="btn-primary btn-large" onclick={ctx.callback(|_: MouseEvent| Action::Begin)}>
                    { t.start_button() }
                </button>
                if has_answers {
                    <button type="button" class="btn-secondary" onclick={ctx.callback(|_: MouseEvent| Action::Go(Screen::Summary))}>
                        { t.resume_button() }
                    </button>
                }
            </div>
            <p class="note">{ t.start_time() }</p>
            <p class="note">{ t.start_privacy() }</p>
            <p class="policy-ref">{ POLICY }</p>
        </section>
    }
}
