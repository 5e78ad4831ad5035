//! Kiosk privacy: after `idle_s` seconds without a touch or key (default 120), a visible
//! countdown with "I'm still here"; if nobody answers, every answer and any storage is wiped
//! and the start screen returns.

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

/// The idle countdown as a hook of the app: the seconds left before the wipe while the
/// countdown shows, `None` while the visitor is active (and always when `watch` is off: outside a
/// kiosk, or when there is nothing to wipe).
#[hook]
pub fn use_idle_countdown(
    watch: bool,
    idle: u32,
    generation: u32,
    on_wipe: Callback<()>,
) -> Option<u32> {
    let countdown = COUNTDOWN_S.min(idle);
    let last = use_mut_ref(browser::now_ms);
    let left = use_state_eq(|| None::<u32>);
    {
        let (last, left) = (last.clone(), left.clone());
        use_effect_with((watch, idle, generation), move |&(watch, idle, _)| {
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
                    let idle_for = ((browser::now_ms() - *last.borrow()) / 1000.0).max(0.0) as u32;
                    if idle_for >= idle && !wiped.get() {
                        wiped.set(true);
                        on_wipe.emit(());
                    } else if idle_for + countdown >= idle {
                        left.set(Some(idle.saturating_sub(idle_for)));
                    } else {
                        left.set(None);
                    }
                }));
            }
            move || {
                drop(tick);
                drop(listeners);
            }
        });
    }
    // The way out takes focus when the countdown appears.
    use_effect_with(left.is_some(), |shown| {
        if *shown {
            if let Some(el) = browser::document()
                .and_then(|d| d.get_element_by_id("idle-stay"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                browser::focus(&el);
            }
        }
    });
    *left
}
