//! Kiosk privacy: after `idle_s` seconds without a touch or key (default 120), a visible
//! countdown with "I'm still here"; if nobody answers, every answer and any storage is wiped
//! and the start screen returns.

use crate::app::browser;
use crate::i18n::Lang;
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
pub struct Props {
    pub lang: Lang,
    pub idle_s: u32,
    /// Wipe everything and return to the start.
    pub on_wipe: Callback<()>,
}

#[function_component(IdleGuard)]
pub fn idle_guard(props: &Props) -> Html {
    let t = props.lang.text();
    let idle = props.idle_s;
    let countdown = COUNTDOWN_S.min(idle);
    let last = use_mut_ref(browser::now_ms);
    // Seconds left in the countdown, or None while the visitor is active.
    let left = use_state_eq(|| None::<u32>);
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with(left.is_some(), move |shown| {
            if *shown {
                if let Some(el) = button.cast::<web_sys::HtmlElement>() {
                    browser::focus(&el);
                }
            }
        });
    }
    {
        let (last, left, on_wipe) = (last.clone(), left.clone(), props.on_wipe.clone());
        use_effect_with((), move |_| {
            let wiped = Rc::new(Cell::new(false));
            let mut listeners = Vec::new();
            if let Some(w) = web_sys::window() {
                for ev in ["pointerdown", "keydown", "touchstart", "wheel"] {
                    let last = last.clone();
                    listeners.push(EventListener::new(&w, ev, move |_| {
                        *last.borrow_mut() = browser::now_ms()
                    }));
                }
            }
            let tick = Interval::new(250, move || {
                let idle_for = ((browser::now_ms() - *last.borrow()) / 1000.0).max(0.0) as u32;
                if idle_for >= idle && !wiped.get() {
                    wiped.set(true);
                    on_wipe.emit(());
                } else if idle_for + countdown >= idle {
                    left.set(Some(idle.saturating_sub(idle_for)));
                } else {
                    left.set(None);
                }
            });
            move || {
                drop(tick);
                drop(listeners);
            }
        });
    }
    let stay = {
        let (last, left) = (last.clone(), left.clone());
        Callback::from(move |_: MouseEvent| {
            *last.borrow_mut() = browser::now_ms();
            left.set(None);
        })
    };
    match *left {
        None => html! {},
        Some(seconds) => html! {
            <div class="idle-backdrop">
                <div class="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
                    <h2 id="idle-title">{ t.idle_title() }</h2>
                    <p id="idle-body">{ t.idle_body(seconds) }</p>
                    <button ref={button} type="button" class="btn-primary btn-large" onclick={stay}>{ t.idle_stay() }</button>
                </div>
            </div>
        },
    }
}
