//! Kiosk privacy: after `idle_s` seconds without a touch or key (default 120), and never
//! sooner, a countdown with "I'm still here" (20 s, or `idle_s` if shorter); if nobody
//! answers, `onwipe` forgets the visitor. The countdown is this
//! component's own state: its ticks redraw the dialog and nothing else.

use super::{text, use_text};
use crate::app::browser;
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

pub const DEFAULT_IDLE_S: u32 = 120;
/// Seconds of countdown shown before the wipe.
const COUNTDOWN_S: u32 = 20;

/// The idle time from `idle_s` (5 s to 1 h), else the default.
pub fn idle_seconds(passthrough: &[(String, String)]) -> u32 {
    passthrough
        .iter()
        .find(|(k, _)| k == "idle_s")
        .and_then(|(_, v)| v.trim().parse::<u32>().ok())
        .filter(|s| (5..=3600).contains(s))
        .unwrap_or(DEFAULT_IDLE_S)
}

#[derive(Properties, PartialEq)]
pub struct IdleProps {
    /// Watch for idleness: in a kiosk, once a visitor has left something to wipe.
    pub watch: bool,
    pub idle_s: u32,
    /// Changes when everything is wiped: the watch starts afresh.
    pub generation: u32,
    pub onwipe: Callback<()>,
}

#[component]
pub fn IdleGuard(props: &IdleProps) -> Html {
    let t = use_text();
    let countdown = COUNTDOWN_S.min(props.idle_s);
    let last = use_mut_ref(browser::now_ms);
    let left = use_state_eq(|| None::<u32>);
    {
        let (last, left, onwipe) = (last.clone(), left.clone(), props.onwipe.clone());
        use_effect_with(
            (props.watch, props.idle_s, props.generation),
            move |&(watch, idle, _)| {
                *last.borrow_mut() = browser::now_ms();
                left.set(None);
                let wiped = Rc::new(Cell::new(false));
                let mut listeners = Vec::new();
                let mut tick = None;
                if let (true, Some(w)) = (watch, web_sys::window()) {
                    // Any touch or key counts as activity, "I'm still here" included.
                    for ev in ["pointerdown", "keydown", "touchstart", "wheel"] {
                        let last = last.clone();
                        listeners.push(EventListener::new(&w, ev, move |_| {
                            *last.borrow_mut() = browser::now_ms()
                        }));
                    }
                    tick = Some(Interval::new(250, move || {
                        // Nothing before `idle` seconds without a touch; then the countdown,
                        // in whole seconds rounded up (it shows each second, from its full
                        // length), and the wipe when it reaches 0.
                        let idle_ms = (browser::now_ms() - *last.borrow()).max(0.0);
                        let left_ms = f64::from(idle + countdown) * 1000.0 - idle_ms;
                        if idle_ms < f64::from(idle) * 1000.0 {
                            left.set(None);
                        } else if left_ms > 0.0 {
                            left.set(Some((left_ms / 1000.0).ceil() as u32));
                        } else if !wiped.get() {
                            wiped.set(true);
                            onwipe.emit(());
                        }
                    }));
                }
                move || {
                    drop(tick);
                    drop(listeners);
                }
            },
        );
    }
    // The way out takes focus when the countdown appears.
    let stay = use_node_ref();
    {
        let stay = stay.clone();
        use_effect_with(left.is_some(), move |shown| {
            if *shown {
                if let Some(el) = stay.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let Some(seconds) = *left else {
        return html! {};
    };
    html! {
        <div class="idle-backdrop">
            <div class="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
                <h2 id="idle-title">{ text(t.idle_title()) }</h2>
                <p id="idle-body">{ t.idle_countdown(seconds) }</p>
                <button type="button" class="btn-primary btn-large" id="idle-stay" ref={stay}>{ text(t.idle_stay()) }</button>
            </div>
        </div>
    }
}
