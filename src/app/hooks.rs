//! The app's ties to the browser, each a hook: the text files, the document's language, title
//! and classes, the URL and history, and the portal's messages.

use super::browser;
use super::state::{self, Action, Mode, Screen, State};
use crate::i18n::{self, Lang};
use crate::policy::json::{Json, ToJson};
use crate::policy::{Estimate, Readiness};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The current history entry: its screen and depth (entries of the app before it).
pub fn current_entry() -> (Option<Screen>, u32) {
    browser::history_screen().map_or((None, 0), |s| state::parse_entry(&s))
}

/// The what-if the current history entry shows, if it is a what-if view's.
pub fn current_what_if() -> Option<crate::policy::whatif::Change> {
    browser::history_screen().and_then(|s| state::parse_entry_what_if(&s))
}

/// What the text files allow to be shown now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextStatus {
    /// A file could not be fetched (offline on a first visit).
    pub failed: bool,
    /// Bumped when a file arrives: the text shown may have changed.
    pub loaded: u32,
}

/// Text beyond the embedded Chinese is fetched when needed: English when chosen, the result
/// page's text as soon as the customer starts answering (it is ready long before the result).
#[hook]
pub fn use_text_files(lang: Lang, begun: bool) -> TextStatus {
    let status = use_state_eq(|| TextStatus {
        failed: false,
        loaded: 0,
    });
    {
        let status = status.clone();
        use_effect_with((lang, begun), move |(lang, begun)| {
            let missing = i18n::missing(*lang, *begun);
            if !missing.is_empty() {
                yew::platform::spawn_local(async move {
                    let mut ok = true;
                    for (l, p) in missing {
                        let src = browser::fetch_text(p.file(l)).await;
                        ok &= src
                            .map(|src| i18n::install(l, p, src).is_ok())
                            .unwrap_or(false);
                    }
                    status.set(TextStatus {
                        failed: !ok,
                        loaded: status.loaded + 1,
                    });
                });
            }
        });
    }
    *status
}

/// Only `#rgb`/`#rrggbb` colours and plain font names reach the stylesheet.
pub fn theme_value(key: &str, value: &str) -> Option<String> {
    let v = value.trim();
    match key {
        "font" => (!v.is_empty()
            && v.len() <= 120
            && v.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || !c.is_ascii()
                    || matches!(c, ' ' | ',' | '-' | '\'' | '"')
            }))
        .then(|| v.to_string()),
        _ => {
            let hex = v.strip_prefix('#')?;
            (matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
                .then(|| v.to_string())
        }
    }
}

pub const ELDER_KEY: &str = "bandian.elder";

/// The document follows the state: language (as really shown), title, classes, theme; the
/// 长辈模式 choice is remembered on this device (not on a kiosk).
#[hook]
pub fn use_document(shown: Lang, mode: Mode, elder: bool, theme: Vec<(String, String)>) {
    use_effect_with((shown, mode, elder, theme), |(lang, mode, elder, theme)| {
        browser::set_html_lang(lang.html());
        browser::set_title(lang.text().app_title());
        browser::set_root_class("kiosk", *mode == Mode::Kiosk);
        browser::set_root_class("embed", *mode == Mode::Embed);
        browser::set_root_class("elder", *elder);
        for (key, var) in [
            ("accent", "--bd-accent"),
            ("bg", "--bd-bg"),
            ("text", "--bd-text"),
            ("font", "--bd-font"),
        ] {
            let v = theme
                .iter()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| theme_value(key, v));
            browser::set_css_var(var, v.as_deref());
        }
        if *mode != Mode::Kiosk {
            browser::storage_set(ELDER_KEY, if *elder { "1" } else { "0" });
        }
    });
}

/// The URL follows the answers; a new history entry per screen (and per what-if view) in normal
/// mode only (kiosks keep a single entry so nothing can be recovered; portals keep their own
/// history clean). Back and Forward come back as [`Action::Revisit`] or
/// [`Action::RevisitWhatIf`]. "Start again" returns to the app's first entry, which becomes the
/// start screen: Back from there leaves the app, and never shows an emptied screen or the start
/// a second time.
#[hook]
pub fn use_history(state: &State, dispatch: UseReducerDispatcher<State>) {
    // The next screen change comes from the browser's history (write no new entry).
    let from_history = use_mut_ref(|| false);
    // A "start again" is on its way back to the app's first entry.
    let restarting = use_mut_ref(|| false);
    {
        let (from_history, restarting) = (from_history.clone(), restarting.clone());
        use_effect_with((), move |_| {
            browser::manual_scroll_restoration();
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    *from_history.borrow_mut() = true;
                    let action = if std::mem::take(&mut *restarting.borrow_mut()) {
                        Action::Revisit(Some(Screen::Start))
                    } else if let Some(change) = current_what_if() {
                        Action::RevisitWhatIf(change)
                    } else {
                        Action::Revisit(current_entry().0)
                    };
                    dispatch.dispatch(action);
                })
            });
            move || drop(listener)
        });
    }
    let query = state::encode_query(&state.query_pairs());
    let (screen, what_if, mode) = (state.screen, state.what_if, state.mode);
    let view = state::view_entry(screen, what_if, 0);
    let answered = !state.raw.is_empty();
    let last = use_mut_ref(|| None::<(String, String, bool)>);
    use_effect(move || {
        // Back or Forward always rewrites the entry it landed on (its old URL may hold answers
        // since forgotten), even when nothing else changed.
        let from_history = std::mem::take(&mut *from_history.borrow_mut());
        let before = last
            .borrow_mut()
            .replace((query.clone(), view.clone(), answered));
        let unchanged = before
            .as_ref()
            .is_some_and(|(q, v, _)| *q == query && *v == view);
        if unchanged && !from_history {
            return;
        }
        let depth = current_entry().1;
        let moved = before.as_ref().is_some_and(|(_, v, _)| *v != view);
        // A new screen (or view) starts at the top, its header in view; a what-if view's
        // banner takes the focus (the button that opened it is gone).
        if moved || before.is_none() {
            browser::scroll_to_top();
            if what_if.is_some() {
                browser::focus_id("whatif-banner");
            }
        }
        let restarted =
            before.as_ref().is_some_and(|(_, _, a)| *a) && !answered && screen == Screen::Start;
        if mode == Mode::Normal && restarted && !from_history {
            // This entry forgets the answers; then back to the first (none when it is this one).
            browser::write_url(&query, &state::entry(Screen::Start, depth), false);
            if depth > 0 {
                *restarting.borrow_mut() = true;
                browser::history_go(-(depth as i32));
            }
        } else if mode == Mode::Normal && moved && !from_history {
            browser::write_url(&query, &state::view_entry(screen, what_if, depth + 1), true);
        } else {
            browser::write_url(&query, &state::view_entry(screen, what_if, depth), false);
        }
    });
}

struct InvalidField {
    field: &'static str,
    message: String,
}

impl ToJson for InvalidField {
    fn write_json(&self, w: &mut Json) {
        w.begin_object();
        w.field("field", &self.field);
        w.field("message", &self.message);
        w.end_object();
    }
}

/// The origin to post to: `parent_origin` if it is a plain http(s) origin, else the
/// embedding page's (from the referrer). Never `*`.
pub fn target_origin(passthrough: &[(String, String)]) -> Option<String> {
    passthrough
        .iter()
        .find(|(k, _)| k == "parent_origin")
        .map(|(_, v)| v.trim().to_string())
        .filter(|o| is_origin(o))
        .or_else(browser::referrer_origin)
}

/// `scheme://host[:port]`, http or https, nothing after.
pub fn is_origin(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(host) => {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        }
        None => false,
    }
}

/// Embedded in a portal (`mode=embed`): the postMessage protocol of `embedding-contract.md`.
/// `resize` on every height change, `estimate` whenever a result is shown, `invalid` for URL
/// answers that cannot be estimated. Inert in any other mode.
#[hook]
pub fn use_embed_messages(state: &State, estimate: Option<Rc<Estimate>>) {
    let embedded = state.mode == Mode::Embed;
    let origin = use_memo(state.passthrough.clone(), move |p| {
        if embedded {
            target_origin(p)
        } else {
            None
        }
    });

    // resize: a ResizeObserver on the app's root, posting only when the height changes.
    {
        let origin = (*origin).clone();
        use_effect_with(origin, move |origin| {
            let origin = origin.clone();
            let last = std::cell::Cell::new(-1);
            let observe = Closure::<dyn FnMut()>::new(move || {
                let h = browser::document_height();
                // 0: the app has not rendered yet (its text is still on the way).
                if h > 0 && h != last.get() {
                    last.set(h);
                    if let Some(o) = &origin {
                        browser::post_to_parent(&format!(r#"{{"type":"resize","height":{h}}}"#), o);
                    }
                }
            });
            let observer = if embedded {
                web_sys::ResizeObserver::new(observe.as_ref().unchecked_ref()).ok()
            } else {
                None
            };
            // The app's own root: <html> never reports less than the frame's height, so a
            // shorter screen would never shrink the iframe.
            if let (Some(obs), Some(root)) = (
                &observer,
                browser::document().and_then(|d| d.get_element_by_id("root")),
            ) {
                obs.observe(&root);
            }
            move || {
                if let Some(obs) = observer {
                    obs.disconnect();
                }
                drop(observe);
            }
        });
    }

    // estimate: each time a result is shown (and whenever it changes while shown).
    {
        let json = match (&estimate, state.screen) {
            (Some(e), Screen::Result) if origin.is_some() => Some(e.to_json()),
            _ => None,
        };
        let origin = (*origin).clone();
        use_effect_with(json, move |json| {
            if let (Some(json), Some(o)) = (json, origin) {
                browser::post_to_parent(&format!(r#"{{"type":"estimate","estimate":{json}}}"#), &o);
            }
        });
    }

    // invalid: the URL's answers, once, as the page opens.
    {
        let first = origin
            .is_some()
            .then(|| state.readiness())
            .and_then(|r| match r {
                Readiness::Invalid(errors) => Some((errors, state.lang)),
                _ => None,
            });
        let origin = (*origin).clone();
        use_effect_with((), move |_| {
            if let (Some((errors, lang)), Some(o)) = (first, origin) {
                let t = lang.text();
                let list: Vec<InvalidField> = errors
                    .iter()
                    .map(|e| InvalidField {
                        field: e.param.key(),
                        message: t.problem(e.param, e.problem),
                    })
                    .collect();
                let errors = crate::policy::json::to_string(&list, false);
                browser::post_to_parent(&format!(r#"{{"type":"invalid","errors":{errors}}}"#), &o);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::is_origin;

    #[test]
    fn only_plain_origins() {
        assert!(is_origin("https://portal.example.gov.cn"));
        assert!(is_origin("http://127.0.0.1:8081"));
        assert!(!is_origin("*"));
        assert!(!is_origin("https://a.example/path"));
        assert!(!is_origin("javascript:alert(1)"));
        assert!(!is_origin("https://"));
    }
}
