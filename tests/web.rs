//! Component tests in headless Chromium (`make wasm-test`): the real app mounted in a page,
//! driven through its controls, asserting what a customer sees.
#![cfg(target_arch = "wasm32")]

use bandian::app::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// Mount the app as if opened at `?query`, with every text pack loaded (no server to fetch from).
async fn mount(query: &str) -> (yew::AppHandle<App>, Element) {
    bandian::i18n::ensure_all_for_tests();
    let w = web_sys::window().expect("window");
    let path = w.location().pathname().expect("path");
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    w.history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .expect("url");
    let root = doc().create_element("div").expect("div");
    doc()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    (handle, root)
}

async fn settle() {
    yew::scheduler::flush().await;
    TimeoutFuture::new(10).await;
    yew::scheduler::flush().await;
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .unwrap_or_else(|| panic!("{selector} not found"))
}

/// How many times the app has drawn (`<html data-renders>`, counted after each render).
fn renders() -> u32 {
    doc()
        .document_element()
        .and_then(|e| e.get_attribute("data-renders"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Type into a field as a person does: the value changes and the field says so (`input`).
fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatched");
}

fn done(handle: yew::AppHandle<App>, root: Element) {
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_result_url_shows_the_tier_the_dates_and_the_approval() {
    let (h, root) = mount("customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26").await;
    let t = text(&root);
    assert!(t.contains("“三零”服务"), "{t}");
    assert!(
        // 施工接电 ends with the whole process: the 6th working day (附件1).
        t.contains("供电公司须在 2026年12月4日（星期五） 前办完"),
        "{t}"
    );
    assert!(t.contains("备案制"));
    assert_eq!(
        find(&root, "#page-title").text_content().as_deref(),
        Some("测算结果")
    );
    done(h, root);
}

#[wasm_bindgen_test]
async fn begin_moves_to_the_first_question_and_focuses_its_title() {
    let (h, root) = mount("").await;
    find(&root, "[data-testid=begin]").click();
    settle().await;
    let title = find(&root, "#page-title");
    assert_eq!(
        title.text_content().as_deref(),
        Some("用电地址在哪个区县？")
    );
    let active = doc().active_element().map(|e| e.id());
    assert_eq!(active.as_deref(), Some("page-title"));
    done(h, root);
}

#[wasm_bindgen_test]
async fn a_bad_capacity_is_explained_next_to_the_field_and_kept() {
    let (h, root) = mount("area=urban&customer=household").await;
    let input: HtmlInputElement = find(&root, "#q-kw").unchecked_into();
    type_into(&input, "-5");
    find(&root, "button[type=submit]").click();
    settle().await;
    let input: HtmlInputElement = find(&root, "#q-kw").unchecked_into();
    assert_eq!(input.value(), "-5");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&root).contains("容量必须大于 0"), "{}", text(&root));
    // Fixed, it moves on and the URL keeps the answer.
    type_into(&input, "１２,５");
    find(&root, "button[type=submit]").click();
    settle().await;
    let search = web_sys::window()
        .expect("w")
        .location()
        .search()
        .expect("search");
    assert!(search.contains("kw=12.5"), "{search}");
    done(h, root);
}

#[wasm_bindgen_test]
async fn english_at_any_point_without_losing_answers() {
    let (h, root) = mount("customer=household&kw=8&area=urban&date=2026-09-30").await;
    find(&root, "[data-testid=lang][lang=en]").click();
    settle().await;
    let t = text(&root);
    assert!(t.contains("Three-Zero service"), "{t}");
    assert!(
        t.contains("The company must finish by Thu 8 Oct 2026"),
        "{t}"
    );
    assert_eq!(
        doc()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref(),
        Some("en")
    );
    find(&root, "[data-testid=lang][lang=zh-CN]").click();
    settle().await;
    assert!(text(&root).contains("国庆节假期"));
    done(h, root);
}

#[wasm_bindgen_test]
async fn elder_mode_in_one_tap() {
    let (h, root) = mount("").await;
    find(&root, "[data-testid=elder][aria-pressed=false]").click();
    settle().await;
    let html = doc().document_element().expect("html");
    assert!(html.class_list().contains("elder"));
    assert_eq!(
        find(&root, "[data-testid=elder][aria-pressed=true]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    find(&root, "[data-testid=elder][aria-pressed=true]").click();
    settle().await;
    assert!(!html.class_list().contains("elder"));
    done(h, root);
}

/// The seconds the countdown dialog shows, if it is shown.
fn countdown(root: &Element) -> Option<u32> {
    let body = root
        .query_selector("#idle-body")
        .ok()
        .flatten()?
        .text_content()?;
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    Some(
        digits
            .parse()
            .unwrap_or_else(|_| panic!("no number in {body:?}")),
    )
}

#[wasm_bindgen_test]
async fn the_kiosk_counts_down_then_forgets_everything() {
    // idle_s=5: the countdown (at most 20 s, here as long as idle_s: 5 s) shows once 5 s have
    // passed without a touch, never sooner, and the wipe comes 5 s later. Watched every 50 ms, with wide margins for a
    // busy machine: what is checked is the order of events and bounds that hold however late a
    // timer fires, not exact instants.
    let started = js_sys::Date::now();
    let (h, root) = mount("mode=kiosk&idle_s=5&customer=household&kw=8&area=urban").await;
    assert!(text(&root).contains("测算结果"));
    let mut seen: Vec<(f64, u32)> = Vec::new();
    // The app's own renders (`<html data-renders>`) while the countdown ticks: none. The
    // countdown is its component's own state; a tick redraws the dialog, not the app.
    let mut app_renders: Vec<u32> = Vec::new();
    let wiped_after = loop {
        TimeoutFuture::new(50).await;
        let elapsed = js_sys::Date::now() - started;
        match countdown(&root) {
            Some(n) => {
                assert!(
                    text(&root).contains("测算结果"),
                    "the result stays while counting down"
                );
                assert!(text(&root).contains("还在使用吗？"));
                seen.push((elapsed, n));
                app_renders.push(renders());
            }
            None if !text(&root).contains("测算结果") => break elapsed,
            None => {}
        }
        assert!(elapsed < 25_000.0, "no wipe 25 s after opening: {seen:?}");
    };
    let t = text(&root);
    assert!(t.contains("开始测算") && !t.contains("还在使用吗？"), "{t}");
    // Not before the idle time and the countdown have passed since the page opened (the app's
    // clock starts later).
    assert!(wiped_after >= 10_000.0, "wiped after {wiped_after} ms");
    // The countdown was shown and counted down: from (nearly) 5, second by second, never lower
    // than the time really left (the app cannot have been idle longer than the test has run).
    assert!(seen.len() >= 3, "{seen:?}");
    assert!(seen[0].1 >= 3 && seen[0].1 <= 5, "first shown {seen:?}");
    assert!(
        seen[0].0 >= 5_000.0,
        "the countdown before idle_s: {seen:?}"
    );
    assert!(seen.windows(2).all(|w| w[1].1 <= w[0].1), "{seen:?}");
    let distinct = seen.windows(2).filter(|w| w[1].1 != w[0].1).count() + 1;
    assert!(distinct >= 2, "it counts: {seen:?}");
    assert!(
        app_renders.windows(2).all(|w| w[0] == w[1]),
        "the app redrew while only the countdown changed: {app_renders:?} for {seen:?}"
    );
    for &(ms, n) in &seen {
        assert!((1..=5).contains(&n), "{seen:?}");
        assert!(
            f64::from(n) >= 10.0 - (ms / 1000.0).floor(),
            "{n} s shown after {ms} ms: {seen:?}"
        );
    }
    let search = web_sys::window()
        .expect("w")
        .location()
        .search()
        .expect("search");
    assert_eq!(search, "?mode=kiosk&idle_s=5");
    done(h, root);
}
