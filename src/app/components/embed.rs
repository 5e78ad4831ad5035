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

/// The origin to post to: `parent_origin` if it is a plain http(s) origin, else the referrer's.
pub fn target_origin(passthrough: &[(String, String)]) -> Option<String> {
    let given = passthrough
        .iter()
        .find(|(k, _)| k == "parent_origin")
        .map(|(_, v)| v.trim().to_string());
    match given {
        Some(o) if is_origin(&o) => Some(o),
        Some(_) => None,
        None => browser::referrer_origin(),
    }
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

#[derive(Properties)]
pub struct Props {
    pub state: Rc<State>,
    pub estimate: Option<Rc<Estimate>>,
}

impl PartialEq for Props {
    /// The shell passes a fresh state each render; comparing pointers is enough (and cheap).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
            && match (&self.estimate, &other.estimate) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

#[function_component(Messenger)]
pub fn messenger(props: &Props) -> Html {
    let origin = use_memo(props.state.passthrough.clone(), |p| target_origin(p));

    // resize: a ResizeObserver on <html>, posting only when the height changes.
    {
        let origin = (*origin).clone();
        use_effect_with(origin, move |origin| {
            let origin = origin.clone();
            let last = std::cell::Cell::new(-1);
            let observe = Closure::<dyn FnMut()>::new(move || {
                let h = browser::document_height();
                if h != last.get() {
                    last.set(h);
                    if let Some(o) = &origin {
                        browser::post_to_parent(&format!(r#"{{"type":"resize","height":{h}}}"#), o);
                    }
                }
            });
            let observer = web_sys::ResizeObserver::new(observe.as_ref().unchecked_ref()).ok();
            if let (Some(obs), Some(root)) = (
                &observer,
                browser::document().and_then(|d| d.document_element()),
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
        let json = match (&props.estimate, props.state.screen) {
            (Some(e), Screen::Result) => Some(e.to_json()),
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
        let state = props.state.clone();
        let origin = (*origin).clone();
        use_effect_with((), move |_| {
            if let (Readiness::Invalid(errors), Some(o)) = (state.readiness(), origin) {
                let t = state.lang.text();
                let list: Vec<InvalidField> = errors
                    .iter()
                    .map(|e| InvalidField {
                        field: e.param.key(),
                        message: t.problem(e.param, e.problem),
                    })
                    .collect();
                if let Ok(errors) = serde_json::to_string(&list) {
                    browser::post_to_parent(
                        &format!(r#"{{"type":"invalid","errors":{errors}}}"#),
                        &o,
                    );
                }
            }
        });
    }
    html! {}
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
