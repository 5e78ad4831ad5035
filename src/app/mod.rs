//! The Yew shell: one reducer ([`state`]), the screens from [`crate::view`] inserted as
//! markup, one set of listeners at the root that turns `data-act` controls and form events into
//! reducer actions, and the effects that tie the state to the browser (URL, history,
//! `<html lang>`, focus, the parent window, the kiosk timer).

pub mod browser;
pub mod components;
pub mod state;

use crate::calendar::{iso, Official};
use crate::flow::Question;
use crate::i18n;
use crate::policy::equipment;
use crate::policy::tracker::parse_progress;
use crate::policy::{estimate, Param, Readiness};
use crate::view::actions::{command, Command};
use crate::view::{self, question, result, TITLE_ID};
use state::{Action, Mode, Screen, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// Markup built by [`crate::view`] (every value escaped) as a node.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}

const ELDER_KEY: &str = "bandian.elder";

/// Only `#rgb`/`#rrggbb` colours and plain font names reach the stylesheet.
pub fn theme_value(key: &str, value: &str) -> Option<String> {
    let v = value.trim();
    match key {
        "font" => (!v.is_empty()
            && v.len() <= 120
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || !c.is_ascii() || " ,-'\"".contains(c)))
        .then(|| v.to_string()),
        _ => {
            let hex = v.strip_prefix('#')?;
            (matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
                .then(|| v.to_string())
        }
    }
}

/// Where focus goes after the next render.
#[derive(Clone, Debug, PartialEq)]
enum Focus {
    /// The first field with a problem (a submit that did not go through).
    Invalid,
    /// Back to the control that was used, if its markup was replaced.
    Control(String),
}

/// Shared between renders and the root listeners.
struct Shell {
    state: Rc<State>,
    dispatch: UseReducerDispatcher<State>,
    focus: Option<Focus>,
    /// The next screen change comes from the browser's history (write no new entry).
    from_history: bool,
    /// The capacity helper's counts as typed (equipment id, text): not answers, so not in the
    /// state or URL, but kept through redraws (a language switch) and Back until the start screen.
    helper: Vec<(String, String)>,
}

/// The current history entry: its screen and depth (entries of the app before it).
fn current_entry() -> (Option<Screen>, u32) {
    browser::history_screen().map_or((None, 0), |s| state::parse_entry(&s))
}

type ShellRef = Rc<RefCell<Shell>>;

fn closest(target: &web_sys::EventTarget, selector: &str) -> Option<Element> {
    target
        .dyn_ref::<Element>()?
        .closest(selector)
        .ok()
        .flatten()
}

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    browser::document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}

/// The values of the question form, by its fields' names.
fn form_values(q: Question) -> Vec<(Param, String)> {
    let Some(form) = by_id::<web_sys::HtmlFormElement>(question::FORM_ID) else {
        return Vec::new();
    };
    let Ok(data) = web_sys::FormData::new_with_form(&form) else {
        return Vec::new();
    };
    q.params()
        .iter()
        .map(|p| (*p, data.get(p.key()).as_string().unwrap_or_default()))
        .collect()
}

fn update_kw_feedback(shell: &ShellRef) {
    let typed = by_id::<HtmlInputElement>(question::KW_INPUT_ID)
        .map(|i| i.value())
        .unwrap_or_default();
    let text = question::kw_feedback(&shell.borrow().state, &typed);
    if let Some(el) = by_id::<Element>(question::KW_FEEDBACK_ID) {
        el.set_text_content(Some(&text));
    }
}

/// The capacity helper's count fields on the page, each with its equipment id.
fn helper_inputs() -> Vec<(HtmlInputElement, String)> {
    let Some(list) = browser::document().and_then(|d| d.query_selector_all("[data-eq]").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .map(|input| {
            let id = input.get_attribute("data-eq").unwrap_or_default();
            (input, id)
        })
        .collect()
}

fn update_helper(shell: &ShellRef) {
    let inputs = helper_inputs();
    let typed: Vec<(String, String)> = inputs
        .iter()
        .map(|(i, id)| (id.clone(), i.value()))
        .collect();
    let view: Vec<(&str, &str)> = typed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (counts, unreadable) = equipment::read_counts(&view);
    for (input, id) in &inputs {
        if unreadable.contains(&id.as_str()) {
            let _ = input.set_attribute("aria-invalid", "true");
        } else {
            let _ = input.remove_attribute("aria-invalid");
        }
    }
    let html = question::helper_result(shell.borrow().state.lang.text(), &counts, &unreadable);
    if let Some(el) = by_id::<Element>(question::HELPER_RESULT_ID) {
        el.set_inner_html(&html);
    }
    shell.borrow_mut().helper = typed;
}

/// When the capacity question is drawn again (a language switch, Back), the counts typed in it
/// before. Forgotten with everything else at the start screen (start again, a kiosk's wipe).
fn restore_helper(shell: &ShellRef, screen: Screen) {
    if screen == Screen::Start {
        shell.borrow_mut().helper.clear();
        return;
    }
    if screen != Screen::Question(Question::Capacity) {
        return;
    }
    let saved = shell.borrow().helper.clone();
    if saved.iter().all(|(_, v)| v.trim().is_empty()) {
        return;
    }
    let inputs = helper_inputs();
    // Only into fresh markup: never over what is being typed.
    if inputs.is_empty() || inputs.iter().any(|(i, _)| !i.value().is_empty()) {
        return;
    }
    for (input, id) in &inputs {
        if let Some((_, v)) = saved.iter().find(|(k, _)| k == id) {
            input.set_value(v);
        }
    }
    if let Some(details) =
        browser::document().and_then(|d| d.query_selector("details.helper").ok().flatten())
    {
        let _ = details.set_attribute("open", "");
    }
    update_helper(shell);
}

fn on_click(shell: &ShellRef, e: &Event) {
    let Some(el) = e.target().and_then(|t| closest(&t, "[data-act]")) else {
        return;
    };
    let act = el.get_attribute("data-act").unwrap_or_default();
    let Some(cmd) = command(&act, el.get_attribute("data-value").as_deref()) else {
        return;
    };
    let dispatch = shell.borrow().dispatch.clone();
    shell.borrow_mut().focus = Some(Focus::Control(act.clone()));
    match cmd {
        // In a normal page, Back is the browser's Back when the app has an entry before this
        // one, so both buttons agree; the answers stay as they are now either way.
        Command::Do(Action::Back)
            if shell.borrow().state.mode == Mode::Normal && current_entry().1 > 0 =>
        {
            browser::history_back();
        }
        Command::Do(action) => {
            // Switching language keeps what was typed but not yet submitted.
            if let (Action::SetLang(_), Screen::Question(q)) =
                (&action, shell.borrow().state.screen)
            {
                let typed: Vec<(Param, String)> = form_values(q)
                    .into_iter()
                    .filter(|(_, v)| !v.is_empty())
                    .collect();
                if !typed.is_empty() {
                    dispatch.dispatch(Action::SetAnswers(typed));
                }
            }
            dispatch.dispatch(action);
        }
        Command::Print => browser::print(),
        Command::Download => {
            if let Readiness::Ready(a) = shell.borrow().state.readiness() {
                let e = estimate(&a, &Official);
                browser::download(
                    &format!("bandian-estimate-{}.json", iso(e.date())),
                    "application/json",
                    &e.to_json_pretty(),
                );
            }
        }
        Command::Finish => {
            browser::wipe_storage();
            dispatch.dispatch(Action::Wipe);
        }
        Command::Copy => {
            let text = by_id::<web_sys::HtmlTextAreaElement>(result::TRACK_SUMMARY_ID)
                .map(|t| t.value())
                .unwrap_or_default();
            if browser::copy_text(&text) {
                el.set_text_content(Some(shell.borrow().state.lang.text().track_copied()));
            }
        }
        Command::Fill(v) => {
            if let Some(input) = by_id::<HtmlInputElement>(question::KW_INPUT_ID) {
                input.set_value(&v);
                update_kw_feedback(shell);
                browser::focus(&input);
            }
        }
    }
}

fn on_submit(shell: &ShellRef, e: &Event) {
    let Some(form) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some(q) = form
        .get_attribute("data-q")
        .and_then(|k| Question::from_key(&k))
    else {
        return;
    };
    e.prevent_default();
    let dispatch = shell.borrow().dispatch.clone();
    shell.borrow_mut().focus = Some(Focus::Invalid);
    dispatch.dispatch(Action::Submit(q, form_values(q)));
}

fn on_input(shell: &ShellRef, e: &Event) {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if el.id() == question::KW_INPUT_ID {
        update_kw_feedback(shell);
    } else if el.has_attribute("data-eq") {
        update_helper(shell);
    }
}

fn on_change(shell: &ShellRef, e: &Event) {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !el.has_attribute("data-track") {
        return;
    }
    let Some(doc) = browser::document() else {
        return;
    };
    let Ok(list) = doc.query_selector_all("[data-track]") else {
        return;
    };
    let mut pairs = Vec::new();
    for i in 0..list.length() {
        if let Some(input) = list
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        {
            pairs.push((
                input.get_attribute("data-track").unwrap_or_default(),
                input.value(),
            ));
        }
    }
    let (progress, _) = parse_progress(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let dispatch = shell.borrow().dispatch.clone();
    shell.borrow_mut().focus = Some(Focus::Control(format!("#{}", el.id())));
    dispatch.dispatch(Action::SetProgress(progress));
}

/// Put focus where the customer expects it after a render.
fn restore_focus(focus: Option<Focus>, screen_changed: bool) {
    let Some(doc) = browser::document() else {
        return;
    };
    let focus_el = |el: Option<Element>| {
        if let Some(el) = el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            browser::focus(&el);
        }
    };
    if screen_changed {
        focus_el(doc.get_element_by_id(TITLE_ID));
        return;
    }
    let lost = doc.active_element().is_none_or(|a| a.tag_name() == "BODY");
    match focus {
        Some(Focus::Invalid) => focus_el(
            doc.query_selector(
                "[aria-invalid=\"true\"], fieldset[aria-describedby~=\"q-error\"] input",
            )
            .ok()
            .flatten(),
        ),
        Some(Focus::Control(key)) if lost => {
            let selector = match (key.strip_prefix('#'), key.split_once(':')) {
                (Some(id), _) => format!("#{id}"),
                // A switch's value flips when used: find it again by its name.
                (None, Some((name @ ("lang" | "elder"), _))) => {
                    format!("[data-act^=\"{name}:\"]")
                }
                (None, _) => format!("[data-act=\"{key}\"]"),
            };
            if let Some(el) = doc
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                browser::refocus(&el);
            }
        }
        _ => {}
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let pairs = browser::query_pairs();
        let mut s = State::from_pairs(&pairs, current_entry().0, browser::today());
        s.elder = s.mode != Mode::Kiosk && browser::storage_get(ELDER_KEY).as_deref() == Some("1");
        s
    });
    let shell: ShellRef = {
        let (s, dispatch) = (Rc::new((*state).clone()), state.dispatcher());
        use_mut_ref(move || Shell {
            state: s,
            dispatch,
            focus: None,
            from_history: false,
            helper: Vec::new(),
        })
    };
    shell.borrow_mut().state = Rc::new((*state).clone());

    let est = {
        let s = state.clone();
        use_memo((state.raw.clone(), state.today), move |_| {
            match s.readiness() {
                Readiness::Ready(a) => Some(Rc::new(estimate(&a, &Official))),
                _ => None,
            }
        })
    };

    // Text beyond the embedded Chinese is fetched when needed: English when chosen, the result
    // page's text as soon as the customer starts answering (it is ready long before the result).
    let refresh = use_force_update();
    let text_failed = use_state_eq(|| false);
    {
        let (lang, begun) = (state.lang, state.screen != Screen::Start);
        let (refresh, failed, shell) = (refresh.clone(), text_failed.clone(), shell.clone());
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
                    failed.set(!ok);
                    // The text arriving redraws the page: the control in use keeps the focus.
                    if let Some(act) = browser::document()
                        .and_then(|d| d.active_element())
                        .and_then(|a| a.get_attribute("data-act"))
                    {
                        shell.borrow_mut().focus.get_or_insert(Focus::Control(act));
                    }
                    refresh.force_update();
                });
            }
        });
    }

    // The document follows the state: language (as really shown), title, classes, theme.
    {
        let (lang, mode, elder, theme) = (
            state.lang.text().lang(),
            state.mode,
            state.elder,
            state.passthrough.clone(),
        );
        use_effect_with((lang, mode, elder, theme), |(lang, mode, elder, theme)| {
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

    // The URL follows the answers; a new history entry per screen in normal mode only (kiosks
    // keep a single entry so nothing can be recovered; portals keep their own history clean).
    {
        let query = state::encode_query(&state.query_pairs());
        let (screen, mode, shell) = (state.screen, state.mode, shell.clone());
        let last = use_mut_ref(|| None::<(String, Screen)>);
        use_effect(move || {
            // Back or Forward always rewrites the entry it landed on (its old URL may hold
            // answers since forgotten), even when nothing else changed.
            let from_history = std::mem::take(&mut shell.borrow_mut().from_history);
            let unchanged = last
                .borrow()
                .as_ref()
                .is_some_and(|(q, s)| *q == query && *s == screen);
            if unchanged && !from_history {
                return;
            }
            let depth = current_entry().1;
            let moved = last.borrow().as_ref().is_some_and(|(_, s)| *s != screen);
            if mode == Mode::Normal && moved && !from_history {
                browser::write_url(&query, &state::entry(screen, depth + 1), true);
            } else {
                browser::write_url(&query, &state::entry(screen, depth), false);
            }
            *last.borrow_mut() = Some((query, screen));
        });
    }

    // One set of listeners for the whole app, plus Back/Forward.
    let root = use_node_ref();
    {
        let (root, shell) = (root.clone(), shell.clone());
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            if let Some(el) = root.cast::<Element>() {
                let s = shell.clone();
                listeners.push(gloo_events::EventListener::new(&el, "click", move |e| {
                    on_click(&s, e)
                }));
                let s = shell.clone();
                listeners.push(gloo_events::EventListener::new_with_options(
                    &el,
                    "submit",
                    gloo_events::EventListenerOptions::enable_prevent_default(),
                    move |e| on_submit(&s, e),
                ));
                let s = shell.clone();
                listeners.push(gloo_events::EventListener::new(&el, "input", move |e| {
                    on_input(&s, e)
                }));
                let s = shell.clone();
                listeners.push(gloo_events::EventListener::new(&el, "change", move |e| {
                    on_change(&s, e)
                }));
            }
            if let Some(w) = web_sys::window() {
                let s = shell.clone();
                listeners.push(gloo_events::EventListener::new(&w, "popstate", move |_| {
                    s.borrow_mut().from_history = true;
                    let dispatch = s.borrow().dispatch.clone();
                    dispatch.dispatch(Action::Revisit(current_entry().0));
                }));
            }
            move || drop(listeners)
        });
    }

    // Focus: the title when the screen changes (not on the first screen), else wherever the
    // last action asked.
    {
        let shell = shell.clone();
        let key = (state.screen, state.generation);
        let previous = use_mut_ref(|| key);
        use_effect(move || {
            let changed = *previous.borrow() != key;
            *previous.borrow_mut() = key;
            restore_helper(&shell, key.0);
            let focus = shell.borrow_mut().focus.take();
            restore_focus(focus, changed);
        });
    }

    components::embed::use_embed_messages(&state, (*est).clone());

    let wipe = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: ()| {
            browser::wipe_storage();
            dispatch.dispatch(Action::Wipe);
        })
    };
    // Only once a visitor has left something to wipe: an untouched start screen never counts down.
    let idle = components::kiosk::use_idle_countdown(
        state.mode == Mode::Kiosk && !state.is_pristine(),
        components::kiosk::idle_seconds(&state.passthrough),
        state.generation,
        wipe,
    );

    // Declared last, so it runs after every other effect of the render (URL, focus, messages).
    use_effect(browser::count_render);

    // Until the first screen can be shown in full (its text fetched, or failed), the static
    // page stays up and the app renders nothing: no half-made screen whose footer then jumps.
    let started = use_mut_ref(|| false);
    let waiting = !*started.borrow()
        && !*text_failed
        && (!state.lang.is_loaded()
            || (state.screen == Screen::Result && est.is_some() && !state.lang.result_ready()));
    if !waiting && !*started.borrow() {
        // Hidden in the same task that puts the app's first screen in place: never a frame
        // with both, or with neither.
        *started.borrow_mut() = true;
        browser::mark_ready();
    }
    if waiting {
        return html! { <div class="app" ref={root}></div> };
    }

    let share_url = format!(
        "{}?{}",
        browser::page_url_without_query(),
        state::encode_query(&state.shareable_pairs())
    );
    html! {
        <div class="app" ref={root}>
            { raw(view::header(&state)) }
            if *text_failed && !state.lang.is_loaded() {
                <p class="notice" role="status">{ state.lang.text().english_unavailable() }</p>
            }
            <main id="main" class="main" tabindex="-1">{ raw(view::main(&state, est.as_deref(), &share_url, *text_failed)) }</main>
            { raw(view::footer(&state)) }
            if let Some(seconds) = idle {
                // Built as nodes, not markup: the countdown updates every second without
                // replacing the button that has focus. Any touch or key counts as activity.
                <div class="idle-backdrop">
                    <div class="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
                        <h2 id="idle-title">{ state.lang.text().idle_title() }</h2>
                        <p id="idle-body">{ state.lang.text().idle_body(seconds) }</p>
                        <button type="button" class="btn-primary btn-large" id="idle-stay">{ state.lang.text().idle_stay() }</button>
                    </div>
                </div>
            }
        </div>
    }
}

/// Start the app: a panic shows the hotline fallback instead of a dead page.
pub fn start() {
    // Through Yew, which otherwise installs its own hook when rendering starts.
    yew::set_custom_panic_hook(Box::new(|info| {
        browser::show_crash_screen();
        web_sys::console::error_1(&info.to_string().into());
    }));
    match browser::document().and_then(|d| d.get_element_by_id("root")) {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => browser::show_crash_screen(),
    }
}
