//! Browser glue: the clock, the URL and history, storage, the parent window, downloads.
//! Every call tolerates a missing or hostile environment (sandboxed iframe, storage
//! disabled): failures are swallowed, never unwrapped.

use chrono::NaiveDate;
use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Today's date on the user's device (the shell's only clock).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(crate::policy::ApplicationDate::earliest)
}

/// Milliseconds from `performance.now()` (benchmarks and idle timing).
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The query string's pairs, decoded.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let iter = js_sys::try_iter(&params).ok().flatten();
    for entry in iter.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((k, v));
        }
    }
    out
}

/// The screen stored in the current history entry.
pub fn history_screen() -> Option<String> {
    window()?.history().ok()?.state().ok()?.as_string()
}

/// Write the URL: a new history entry (`push`) or replace the current one.
pub fn write_url(query: &str, screen: &str, push: bool) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let state = JsValue::from_str(screen);
    let _ = if push {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// The browser's Back.
pub fn history_back() {
    history_go(-1);
}

/// Move `delta` entries in the browser's history (negative: back).
pub fn history_go(delta: i32) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.go_with_delta(delta);
    }
}

/// The app puts each screen at the top itself: the browser restores no scroll position on
/// Back (one would leave a shorter screen's header half out of view).
pub fn manual_scroll_restoration() {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// Scroll to the top of the page at once (not smoothly): a new screen starts with its header
/// in view.
pub fn scroll_to_top() {
    if let Some(w) = window() {
        let options = web_sys::ScrollToOptions::new();
        options.set_top(0.0);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        w.scroll_to_with_scroll_to_options(&options);
    }
}

/// Focus the element with this id, if there is one, without scrolling.
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        refocus(&el);
    }
}

/// The current URL without the query, for building shareable links.
pub fn page_url_without_query() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let l = w.location();
    format!(
        "{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default()
    )
}

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn storage_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn storage_set(key: &str, value: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(key, value);
    }
}

/// Kiosk privacy: clear every storage area this page can reach.
pub fn wipe_storage() {
    if let Some(s) = local_storage() {
        let _ = s.clear();
    }
    if let Some(s) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.clear();
    }
}

pub fn set_html_lang(lang: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Toggle a class on `<html>`.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let list = el.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Set a CSS custom property on `<html>` through the CSSOM (allowed under `style-src 'self'`).
pub fn set_css_var(name: &str, value: Option<&str>) {
    let Some(el) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let style = el.style();
    let _ = match value {
        Some(v) => style.set_property(name, v),
        None => style.remove_property(name).map(|_| ()),
    };
}

/// Whether the page runs inside a frame.
pub fn in_frame() -> bool {
    let Some(w) = window() else { return false };
    match (
        w.parent().ok().flatten(),
        w.self_().dyn_into::<web_sys::Window>().ok(),
    ) {
        (Some(parent), Some(me)) => !js_sys::Object::is(&parent, &me),
        _ => false,
    }
}

/// The embedding page's origin from `document.referrer`.
pub fn referrer_origin() -> Option<String> {
    let referrer = document()?.referrer();
    if referrer.is_empty() {
        return None;
    }
    let url = web_sys::Url::new(&referrer).ok()?;
    let origin = url.origin();
    (origin != "null").then_some(origin)
}

/// Post a JSON message to the parent window, to one origin only.
pub fn post_to_parent(json: &str, target_origin: &str) {
    let Some(w) = window() else { return };
    let Some(parent) = w.parent().ok().flatten() else {
        return;
    };
    let Ok(value) = js_sys::JSON::parse(json) else {
        return;
    };
    let _ = parent.post_message(&value, target_origin);
}

/// The height of the app's content in CSS pixels (what an embedding iframe needs: <html>
/// never reports less than the frame itself, so a shorter screen would never shrink it).
pub fn document_height() -> i32 {
    document()
        .and_then(|d| d.get_element_by_id("root"))
        .map_or(0, |e| e.get_bounding_client_rect().height().ceil() as i32)
}

/// Offer text as a file download.
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(doc) = document() else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(filename);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Copy text to the clipboard (best effort: the Clipboard API may be unavailable in frames).
pub fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let nav = w.navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if clipboard.is_undefined() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => {
            // Swallow a rejection (no permission) rather than log an unhandled one.
            if let Ok(p) = promise.dyn_into::<js_sys::Promise>() {
                let noop =
                    wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
                let _ = p.catch(&noop);
                noop.forget(); // one tiny closure per copy, kept for the promise
            }
            true
        }
        Err(_) => false,
    }
}

/// The device offers its share sheet (`navigator.share`: WeChat, Android, iOS).
pub fn can_share() -> bool {
    window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("share"))
            .is_ok_and(|f| f.is_function())
    })
}

/// Offer a link through the device's share sheet (best effort: a dismissed sheet is no error).
pub fn share(title: &str, url: &str) {
    let Some(w) = window() else { return };
    let nav = w.navigator();
    let Ok(share) = js_sys::Reflect::get(&nav, &JsValue::from_str("share")) else {
        return;
    };
    let Ok(share) = share.dyn_into::<js_sys::Function>() else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    );
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
    if let Ok(promise) = share.call1(&nav, &data) {
        // Swallow a rejection (the customer closed the sheet) rather than log an unhandled one.
        if let Ok(p) = promise.dyn_into::<js_sys::Promise>() {
            let noop = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
            let _ = p.catch(&noop);
            noop.forget();
        }
    }
}

/// Focus an element.
pub fn focus(el: &web_sys::HtmlElement) {
    let _ = el.focus();
}

/// Focus an element that was already in view (a control whose markup was replaced), without
/// scrolling: the page stays where the customer was.
pub fn refocus(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Show the static fallback (hotline) instead of a dead page. Called by the panic hook.
pub fn show_crash_screen() {
    set_root_class("crashed", true);
}

/// Mark the app as started: hides the static no-script content.
pub fn mark_ready() {
    set_root_class("app-ready", true);
}

/// Count a finished render in `<html data-renders>`: tests wait for the app to have drawn
/// (after Back, a timer, a message) before they check that something did not happen.
pub fn count_render() {
    thread_local!(static RENDERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = RENDERS.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-renders", &n.to_string());
    }
}

/// Fetch a text file next to the page (the English text); `None` when offline or missing.
pub async fn fetch_text(path: &str) -> Option<String> {
    let w = window()?;
    let resp = wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(path))
        .await
        .ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(resp.text().ok()?)
        .await
        .ok()?
        .as_string()
}
