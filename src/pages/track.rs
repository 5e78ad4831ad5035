//! "Am I on time?" on its own (`purpose=track`): for a customer who has already applied, the
//! tracker after the few questions it needs, not the long result. A function of the app's
//! render (it holds no state of its own; the tracker does).

use crate::app::state::{Action, Screen, State};
use crate::components::tracker::Tracker;
use crate::components::{on, page_title, text, Shared};
use crate::i18n::Text;
use crate::policy::rules::Estimate;
use yew::prelude::*;

pub fn track_page(
    t: &Text,
    title: &NodeRef,
    estimate: Shared<Estimate>,
    state: &State,
    dispatch: &Callback<Action>,
    onback: &Callback<()>,
) -> Html {
    let e = &*estimate;
    let category = e.category.value;
    let applied = format!("{} · {}", t.category(category), t.date(e.date()));
    html! {
        <section class="page track" data-category={category.key()}>
            { page_title(title, t.track_page_title()) }
            <p class="lead">{ text(t.track_page_lead()) }</p>
            <p class="small track-applied">{ applied }</p>
            <Tracker estimate={estimate.clone()} progress={state.progress} errors={state.progress_errors.clone()}
                tracking={true} today={state.today} kiosk={state.mode == crate::app::state::Mode::Kiosk} dispatch={dispatch.clone()} />
            <div class="actions no-print">
                <button type="button" class="btn-secondary" data-testid="full-result"
                    onclick={on(dispatch, Action::Go(Screen::Result))}>{ text(t.track_full_result()) }</button>
                <button type="button" class="btn-quiet" data-testid="back" onclick={onback.reform(|_: MouseEvent| ())}>{ text(t.back()) }</button>
                <button type="button" class="btn-quiet" data-testid="restart" onclick={on(dispatch, Action::Restart)}>{ text(t.restart()) }</button>
            </div>
        </section>
    }
}
