//! "Am I on time?" on its own (`purpose=track`): for a customer who has already applied, the
//! tracker after the few questions it needs, not the long result.

use crate::app::state::{Action, Screen};
use crate::components::tracker::Tracker;
use crate::components::{on, page_title, text, use_text, use_title, Shared};
use crate::policy::rules::Estimate;
use crate::policy::tracker::Progress;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackProps {
    pub estimate: Shared<Estimate>,
    pub progress: Progress,
    pub progress_errors: Vec<String>,
    pub today: NaiveDate,
    pub kiosk: bool,
    pub focus: bool,
    pub dispatch: Callback<Action>,
    /// Back: the browser's, where the app has an entry before this one.
    pub onback: Callback<()>,
}

#[component]
pub fn TrackPage(props: &TrackProps) -> Html {
    let t = use_text();
    let title = use_title(props.focus);
    let e = &*props.estimate;
    let d = &props.dispatch;
    html! {
        <section class="page track" data-category={e.category.value.key()}>
            { page_title(&title, t.track_page_title()) }
            <p class="lead">{ text(t.track_page_lead()) }</p>
            <p class="small track-applied">{ format!("{} · {}", t.category(e.category.value), t.date(e.date())) }</p>
            <Tracker estimate={props.estimate.clone()} progress={props.progress} errors={props.progress_errors.clone()}
                tracking={true} today={props.today} kiosk={props.kiosk} dispatch={d.clone()} />
            <div class="actions no-print">
                <button type="button" class="btn-secondary" data-testid="full-result"
                    onclick={on(d, Action::Go(Screen::Result))}>{ text(t.track_full_result()) }</button>
                <button type="button" class="btn-quiet" data-testid="back" onclick={props.onback.reform(|_: MouseEvent| ())}>{ text(t.back()) }</button>
                <button type="button" class="btn-quiet" data-testid="restart" onclick={on(d, Action::Restart)}>{ text(t.restart()) }</button>
            </div>
        </section>
    }
}
