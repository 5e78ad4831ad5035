//! Embedded in a portal (`mode=embed`): the postMessage protocol of `embedding-contract.md`.
//! `resize` on every height change, `estimate` whenever a result is shown, `invalid` for URL
//! answers that cannot be estimated. Messages go to `parent_origin` or the referrer's origin,
//! never to `*`.

use crate::app::browser;
use crate::app::state::{Screen, State};
use crate::policy::{Estimate, Readiness};
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Serialize)]
struct InvalidField {
    field: &'static str,
    message: String,
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
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        }
        None => false,
    }
}

/// The embedding protocol as a hook of the app: inert unless `mode=embed`.
#[hook]
pub fn use_embed_messages(state: &State, estimate: Option<Rc<Estimate>>) {
    let embedded = state.mode == crate::app::state::Mode::Embed;
    let origin = use_memo(state.passthrough.clone(), move |p| {
        if embedded {
            target_origin(p)
        } else {
            None
        }
    });

    // resize: a ResizeObserver on <html>, posting only when the height changes.
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
                if let Ok(errors) = crate::policy::json::to_string(&list, false) {
                    browser::post_to_parent(
                        &format!(r#"{{"type":"invalid","errors":{errors}}}"#),
                        &o,
                    );
                }
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
