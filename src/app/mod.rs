//! The Yew app: one reducer ([`state`]), the screens from [`crate::pages`] chosen by the state's
//! screen, typed callbacks made from the reducer's dispatcher, and hooks that tie the state to
//! the browser (URL and history, `<html lang>`, the text files, the portal's messages).

pub mod browser;
mod hooks;
pub mod state;

pub use hooks::{is_origin, target_origin, theme_value};

use crate::calendar::Official;
use crate::components::capacity::{no_counts, Counts};
use crate::components::frame::{footer, header, link_notices, Frame};
use crate::components::idle::{idle_seconds, IdleGuard};
use crate::components::{page_title, text, use_title, Shared, Tx};
use crate::pages::question::{QuestionModel, QuestionPage};
use crate::pages::result::ResultPage;
use crate::pages::start::StartPage;
use crate::pages::summary::{rows, SummaryPage};
use crate::pages::track::track_page;
use crate::policy::whatif::what_ifs;
use crate::policy::{estimate, Readiness};
use hooks::{current_entry, current_what_if, ELDER_KEY};
use state::{Action, Mode, Screen, State};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let mut s = State::from_pairs(&browser::query_pairs(), current_entry().0, browser::today());
        s.elder = s.mode != Mode::Kiosk && browser::storage_get(ELDER_KEY).as_deref() == Some("1");
        // Reloaded on a what-if view's entry: the same view.
        match current_what_if() {
            Some(change) => s.apply(Action::RevisitWhatIf(change)),
            None => s,
        }
    });

    // The estimate and the what-ifs are computed once per change of the answers.
    let estimate = use_memo((state.raw.clone(), state.today), {
        let readiness = state.readiness();
        move |_| match readiness {
            Readiness::Ready(a) => Some(Rc::new(estimate(&a, &Official))),
            _ => None,
        }
    });
    let alternatives = use_memo((state.raw.clone(), state.today), {
        let readiness = state.readiness();
        move |_| match readiness {
            Readiness::Ready(a) => what_ifs(&a, &Official),
            _ => Vec::new(),
        }
    });

    // A what-if view: the estimate of the what-if's answers (the customer's stay as they are),
    // and whether it had to assume answers. Not memoised (a hook of its own costs more bytes
    // than the estimate costs time): the app redraws rarely while a what-if is shown.
    let view = state.what_if.and_then(|change| match state.readiness() {
        Readiness::Ready(a) => {
            let (b, assumed) = change.apply(&a);
            Some((
                Rc::new(crate::policy::estimate(&b, &Official)),
                !assumed.is_empty(),
            ))
        }
        _ => None,
    });

    // Whether the device has a share sheet: asked once.
    let can_share = use_memo((), |_| browser::can_share());
    let files = hooks::use_text_files(state.lang, state.screen != Screen::Start);
    let tx = Tx(state.lang.text());
    hooks::use_document(
        tx.lang(),
        state.mode,
        state.elder,
        state.passthrough.clone(),
    );
    hooks::use_history(&state, state.dispatcher());
    hooks::use_embed_messages(&state, (*estimate).clone());

    // The capacity helper's counts: not answers, so neither in the state nor the URL; kept
    // while the customer answers (a language switch, Back) and forgotten at the start screen.
    let counts = use_state(no_counts);
    let oncount = {
        let counts = counts.clone();
        Callback::from(move |(i, v): (usize, String)| {
            let mut next: Vec<String> = counts.iter().cloned().collect();
            if let Some(slot) = next.get_mut(i) {
                *slot = v;
            }
            counts.set(Counts::from(next));
        })
    };

    // A new screen's title takes the focus; the first screen the page opens on does not.
    let first = use_mut_ref(|| (state.screen, state.generation));
    let moved = use_mut_ref(|| false);
    if *first.borrow() != (state.screen, state.generation) {
        *moved.borrow_mut() = true;
    }
    let focus = *moved.borrow();
    let loading_title = use_title(focus);

    // The reducer's actions as one typed callback, made once: what the customer does on a page
    // is an `Action`, built where it is pressed.
    let dispatch = (*use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| dispatcher.to_callback()
    }))
    .clone();
    let wipe = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: ()| {
            browser::wipe_storage();
            dispatcher.dispatch(Action::Wipe);
        })
    };
    // In a normal page, Back is the browser's Back when the app has an entry before this one,
    // so both agree; the answers stay as they are now either way.
    let onback = {
        let (dispatcher, mode) = (state.dispatcher(), state.mode);
        Callback::from(move |_: ()| {
            if mode == Mode::Normal && current_entry().1 > 0 {
                browser::history_back();
            } else {
                dispatcher.dispatch(Action::Back);
            }
        })
    };

    // Until the first screen can be shown in full (its text fetched, or failed), the static page
    // stays up and the app renders nothing: no half-made screen whose footer then jumps.
    let started = use_mut_ref(|| false);
    let waiting = !*started.borrow()
        && !files.failed
        && (!state.lang.is_loaded()
            || (matches!(state.screen, Screen::Result | Screen::Track)
                && estimate.is_some()
                && !state.lang.result_ready()));
    // After every render, declared last so it runs after every other effect (URL, focus,
    // messages): the helper's counts are forgotten at the start screen; `<html data-renders>` counts the render, for the tests to
    // wait on before they check that something did not happen.
    {
        let (counts, at_start) = (counts.clone(), state.screen == Screen::Start);
        use_effect(move || {
            if at_start && counts.iter().any(|c| !c.is_empty()) {
                counts.set(no_counts());
            }
            browser::count_render();
        });
    }
    if waiting {
        return html! { <div class="app"></div> };
    }
    if !*started.borrow() {
        // The static page gives way in the same task that puts the first screen in place (an
        // effect may run after a frame has shown both): no layout shift.
        *started.borrow_mut() = true;
        browser::mark_ready();
    }

    let kiosk = state.mode == Mode::Kiosk;
    let shown = match &view {
        Some((e, _)) => Some(e.clone()),
        None => (*estimate).clone(),
    };
    // The answers as the summary lists them (and the printed result names the ones its dates
    // come from): made once, in one place.
    let answer_rows = if matches!(
        state.screen,
        Screen::Summary | Screen::Result | Screen::Track
    ) {
        rows(&tx, &state)
    } else {
        Vec::new()
    };
    let page = match (state.screen, shown) {
        (Screen::Start, _) => html! {
            <StartPage has_answers={!state.raw.is_empty()} {focus} dispatch={dispatch.clone()} kiosk={state.mode == Mode::Kiosk} />
        },
        (Screen::Question(q), _) => html! {
            <QuestionPage key={q.key()} model={QuestionModel::of(&state, q)} {focus}
                counts={(*counts).clone()} {oncount} dispatch={dispatch.clone()} onback={onback.clone()} />
        },
        (Screen::Result | Screen::Track, Some(_)) if !state.lang.result_ready() => html! {
            <section class="page result">
                { page_title(&loading_title, if files.failed { tx.result_unavailable() } else { tx.result_loading() }) }
                if files.failed {
                    { crate::components::frame::hotlines(&tx, kiosk, true) }
                    <button type="button" class="btn-quiet" data-testid="back" onclick={onback.reform(|_: MouseEvent| ())}>{ text(tx.back()) }</button>
                }
            </section>
        },
        (Screen::Result, Some(e)) => {
            let e = Shared(e);
            let page = browser::page_url_without_query();
            let share_url = format!("{page}?{}", state::encode_query(&state.shareable_pairs()));
            let link = format!("{page}?{}", state::encode_query(&state.answer_pairs()));
            html! {
                <ResultPage estimate={e} alternatives={Shared(alternatives.clone())}
                    progress={state.progress} progress_errors={state.progress_errors.clone()}
                    tracking={state.tracking} today={state.today} {kiosk} share_url={share_url}
                    {link} can_share={*can_share} folded={state.folded} inputs={printed_inputs(&tx, answer_rows)} {focus}
                    dispatch={dispatch.clone()} onback={onback.clone()} what_if={view.is_some()} />
            }
        }
        (Screen::Track, Some(e)) => {
            track_page(&tx, &loading_title, Shared(e), &state, &dispatch, &onback)
        }
        // A result needs ready answers; the reducer never shows one without.
        (Screen::Summary | Screen::Result | Screen::Track, _) => html! {
            <SummaryPage rows={answer_rows} {focus} dispatch={dispatch.clone()} onback={onback.clone()} />
        },
    };

    html! {
        <ContextProvider<Tx> context={tx}>
            <div class="app">
                { header(&tx, Frame { embed: state.mode == Mode::Embed, kiosk, lang: state.lang, elder: state.elder }, &dispatch, &wipe) }
                if files.failed && !state.lang.is_loaded() {
                    <p class="notice" role="status">{ text(tx.lang_en_unavailable()) }</p>
                }
                <main id="main" class="main" tabindex="-1" key={state.generation.to_string()}>
                    { link_notices(&tx, &state.link_problems) }
                    if let (Some(change), Some((_, assumed)), true) = (state.what_if, &view, state.lang.result_ready()) {
                        { crate::components::whatif::banner(&tx, change, *assumed, onback.clone()) }
                    }
                    { page }
                </main>
                if state.mode != Mode::Embed {
                    { footer(&tx, kiosk) }
                }
                if kiosk {
                    // Only once a visitor has left something to wipe: an untouched start screen
                    // never counts down.
                    <IdleGuard watch={!state.is_pristine()} idle_s={idle_seconds(&state.passthrough)}
                        generation={state.generation} onwipe={wipe} />
                }
            </div>
        </ContextProvider<Tx>>
    }
}

/// The answers the result's dates come from, one line for the printed sheet: application date,
/// place, customer, capacity, supply, works lengths and own-works days.
fn printed_inputs(t: &crate::i18n::Text, rows: Vec<crate::pages::summary::Row>) -> String {
    use crate::flow::Question as Q;
    rows.into_iter()
        .filter(|r| !matches!(r.q, Q::Usage | Q::Special | Q::CityCore | Q::Builder))
        .filter_map(|r| {
            let a = r.answer?;
            Some(match r.q {
                Q::Date => format!("{}{}{a}", t.inputs_date(), t.sep_label()),
                Q::LineLength => format!("{}{}{a}", t.inputs_line(), t.sep_label()),
                Q::DigLength => format!("{}{}{a}", t.inputs_dig(), t.sep_label()),
                _ => a,
            })
        })
        .collect::<Vec<_>>()
        .join(" · ")
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
