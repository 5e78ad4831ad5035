//! The frame around every screen: the header with the language switch, 长辈模式 and (kiosk)
//! "finish", the footer, and the hotlines.

use super::{on, text};
use crate::app::state::Action;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// What the header shows: where the app runs, the language chosen (the switch offers the other
/// one), and whether 长辈模式 is on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// In a portal's frame: a bare toolbar, no site header.
    pub embed: bool,
    pub kiosk: bool,
    pub lang: Lang,
    pub elder: bool,
}

/// The site header (or, embedded in a portal, a bare toolbar) with the language switch,
/// 长辈模式 and (kiosk) "finish" (`onfinish`: forget the visitor now).
pub fn header(t: &Text, f: Frame, dispatch: &Callback<Action>, onfinish: &Callback<()>) -> Html {
    let other = f.lang.other();
    let elder = f.elder;
    let controls = html! {
        <div class="controls">
            <button type="button" class="btn-quiet" lang={other.html()} aria-label={t.lang_other_aria()}
                data-testid="lang" onclick={on(dispatch, Action::SetLang(other))}>{ text(t.lang_other()) }</button>
            <button type="button" class="btn-quiet" aria-pressed={if elder { "true" } else { "false" }}
                title={t.elder_hint()} data-testid="elder" onclick={on(dispatch, Action::SetElder(!elder))}>{ text(t.elder()) }</button>
            if f.kiosk {
                <button type="button" class="btn-finish" data-testid="finish"
                    onclick={onfinish.reform(|_: MouseEvent| ())}>{ text(t.finish()) }</button>
            }
        </div>
    };
    html! {
        <>
            <a class="skip" href="#main">{ text(t.skip()) }</a>
            if f.embed {
                <div class="toolbar">{ controls }</div>
            } else {
                <header class="site-header">
                    <div class="brand">
                        <span class="logo" aria-hidden="true">
                            <svg viewBox="0 0 24 24" width="28" height="28"><path d="M13 2 4 14h6l-1 8 9-12h-6z" fill="currentColor" /></svg>
                        </span>
                        <span>
                            <span class="site-name">{ text(t.app_title()) }</span>
                            <span class="site-sub">{ text(t.app_subtitle()) }</span>
                        </span>
                    </div>
                    { controls }
                </header>
            }
        </>
    }
}

/// A hotline: a `tel:` link, or plain text on a kiosk (nothing that leaves the app).
#[inline(never)]
fn hotline(t: &Text, number: &'static str, label: &'static str, plain: bool) -> Html {
    html! {
        <span class="hotline">
            <span class="hotline-label">{ text(label) }</span>
            if plain {
                <strong class="hotline-number">{ text(number) }</strong>
            } else {
                <a class="hotline-number" href={format!("tel:{number}")} aria-label={t.call(number)}>{ text(number) }</a>
            }
        </span>
    }
}

/// Both hotlines, 95598 and 12398, always published together (二(五)3); `plain` on a kiosk;
/// `big` numbers in the result's own list.
pub fn hotlines(t: &Text, plain: bool, big: bool) -> Html {
    html! {
        <p class="hotlines" data-big={big.then_some("true")}>
            { hotline(t, "95598", t.hotline_power(), plain) }
            { hotline(t, "12398", t.hotline_regulator(), plain) }
        </p>
    }
}

/// The footer: hotlines and the disclaimer.
pub fn footer(t: &Text, kiosk: bool) -> Html {
    html! {
        <footer class="site-footer">
            { hotlines(t, kiosk, false) }
            <p>{ text(t.footer()) }</p>
        </footer>
    }
}

/// What the opening link asked for and could not get (`lang` or `mode` values), said rather
/// than dropped.
pub fn link_notices(t: &Text, problems: &[(&'static str, String)]) -> Html {
    html! {
        for (key, value) in problems {
            <p class="notice" role="status">{ t.link_problem(key, value) }</p>
        }
    }
}
