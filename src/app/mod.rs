//! The Yew shell: one reducer ([`state`]), pages, components, and the effects that tie the
//! state to the browser (URL, history, `<html lang>`, the parent window, the kiosk timer).

pub mod browser;
pub mod components;
pub mod pages;
pub mod state;

use crate::calendar::Official;
use crate::i18n::Text;
use crate::policy::{estimate, Estimate, Readiness};
use state::{Action, Mode, Screen, State};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// What every component can reach: the state, a way to change it, and the derived estimate.
#[derive(Clone)]
pub struct Ctx {
    pub state: UseReducerHandle<State>,
    /// The estimate for the current answers, when they are complete and valid.
    pub estimate: Option<Rc<Estimate>>,
    /// Whether headings should take focus when they appear (after the first screen).
    pub navigated: bool,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && self.navigated == other.navigated
    }
}

impl Ctx {
    pub fn t(&self) -> &'static dyn Text {
        self.state.lang.text()
    }

    pub fn dispatch(&self, a: Action) {
        self.state.dispatch(a);
    }

    pub fn callback<E>(&self, f: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |e| state.dispatch(f(e)))
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    #[allow(clippy::expect_used)]
    use_context::<Ctx>().expect("Ctx is provided by App")
}

const ELDER_KEY: &str = "bandian.elder";

/// Only `#rrggbb`/`#rgb` colours and plain font names reach the stylesheet.
fn theme_value(key: &str, value: &str) -> Option<String> {
    let v = value.trim();
    match key {
        "font" => (!v.is_empty()
            && v.len() <= 120
            && v.chars().all(|c| c.is_alphanumeric() || " ,-'\"".contains(c)))
        .then(|| v.to_string()),
        _ => {
            let hex = v.strip_prefix('#')?;
            (matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit())).then(|| v.to_string())
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let pairs = browser::query_pairs();
        let screen = browser::history_screen().and_then(|s| Screen::from_key(&s));
        let mut s = State::from_pairs(&pairs, screen, browser::today());
        s.elder = s.mode != Mode::Kiosk && browser::storage_get(ELDER_KEY).as_deref() == Some("1");
        s
    });
    // Headings take focus once the customer has moved on from the first screen.
    let first = use_mut_ref(|| (state.screen, false));
    let navigated = {
        let mut f = first.borrow_mut();
        f.1 |= f.0 != state.screen || state.generation > 0;
        f.1
    };

    let est = {
        let parsed = state.parsed.clone();
        let today = state.today;
        use_memo((parsed, today), |(parsed, today)| match parsed.readiness(*today) {
            Readiness::Ready(a) => Some(Rc::new(estimate(&a, &Official))),
            _ => None,
        })
    };

    // The document follows the state: language, title, classes, theme.
    {
        let lang = state.lang;
        let mode = state.mode;
        let elder = state.elder;
        let theme = state.passthrough.clone();
        use_effect_with((lang, mode, elder, theme), |(lang, mode, elder, theme)| {
            browser::set_html_lang(lang.html());
            browser::set_title(lang.text().app_title());
            browser::set_root_class("kiosk", *mode == Mode::Kiosk);
            browser::set_root_class("embed", *mode == Mode::Embed);
            browser::set_root_class("elder", *elder);
            for (key, var) in [("accent", "--bd-accent"), ("bg", "--bd-bg"), ("text", "--bd-text"), ("font", "--bd-font")] {
                let v = theme.iter().find(|(k, _)| k == key).and_then(|(_, v)| theme_value(key, v));
                browser::set_css_var(var, v.as_deref());
            }
            if *mode != Mode::Kiosk {
                browser::storage_set(ELDER_KEY, if *elder { "1" } else { "0" });
            }
            browser::mark_ready();
        });
    }

    // The URL follows the answers; a new history entry per screen in normal mode only (kiosks
    // keep a single entry so nothing can be recovered; portals keep their own history clean).
    {
        let query = state::encode_query(&state.query_pairs());
        let screen = state.screen;
        let mode = state.mode;
        let last = use_mut_ref(|| (String::new(), None::<Screen>));
        use_effect_with((query, screen), move |(query, screen)| {
            let mut last = last.borrow_mut();
            let push = mode == Mode::Normal && last.1.is_some() && last.1 != Some(*screen);
            if last.0 != *query || last.1 != Some(*screen) {
                browser::write_url(query, &screen.key(), push);
            }
            *last = (query.clone(), Some(*screen));
        });
    }

    // Browser Back/Forward restore the answers and screen of that entry.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    let screen = browser::history_screen().and_then(|s| Screen::from_key(&s));
                    let pairs = browser::query_pairs();
                    state.dispatch(Action::Restore { pairs, screen });
                })
            });
            move || drop(listener)
        });
    }

    let ctx = Ctx { state: state.clone(), estimate: (*est).clone(), navigated };
    let t = state.lang.text();
    let mode = state.mode;

    html! {
        <ContextProvider<Ctx> context={ctx}>
            if mode == Mode::Embed {
                <components::embed::Messenger />
            }
            if mode == Mode::Kiosk {
                <components::kiosk::IdleGuard key={state.generation} />
            }
            <a class="skip" href="#main">{ t.skip_to_content() }</a>
            if mode != Mode::Embed {
                <components::frame::Header />
            } else {
                <components::frame::Toolbar />
            }
            <main id="main" class="main" tabindex="-1" key={state.generation}>
                { pages::current(state.screen) }
            </main>
            if mode != Mode::Embed {
                <components::frame::Footer />
            }
        </ContextProvider<Ctx>>
    }
}

/// Start the app: a panic shows the hotline fallback instead of a dead page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        browser::show_crash_screen();
        web_sys::console::error_1(&info.to_string().into());
    }));
    let root = browser::document().and_then(|d| d.get_element_by_id("root"));
    match root {
        Some(el) => {
            // Hide the static content first so the app never pushes it down (no layout shift).
            browser::mark_ready();
            yew::Renderer::<App>::with_root(el).render();
        }
        None => browser::show_crash_screen(),
    }
}
