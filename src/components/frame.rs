//! The frame around every screen: the header with the language switch, 长辈模式 and (kiosk)
//! "finish", the footer with the hotlines, and a hotline itself.

use super::{text, use_text};
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// The language the customer chose (the switch offers the other one).
    pub lang: Lang,
    pub elder: bool,
    pub kiosk: bool,
    pub onlang: Callback<Lang>,
    pub onelder: Callback<bool>,
    pub onfinish: Callback<()>,
}

/// Language switch, 长辈模式 and (kiosk) finish.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let t = use_text();
    let other = props.lang.other();
    let onlang = props.onlang.reform(move |_: MouseEvent| other);
    let elder = props.elder;
    let onelder = props.onelder.reform(move |_: MouseEvent| !elder);
    let onfinish = props.onfinish.reform(|_: MouseEvent| ());
    html! {
        <div class="controls">
            <button type="button" class="btn-quiet" lang={other.html()} aria-label={t.lang_other_aria()}
                data-testid="lang" onclick={onlang}>{ text(t.lang_other()) }</button>
            <button type="button" class="btn-quiet" aria-pressed={if elder { "true" } else { "false" }}
                title={t.elder_hint()} data-testid="elder" onclick={onelder}>{ text(t.elder()) }</button>
            if props.kiosk {
                <button type="button" class="btn-finish" data-testid="finish" onclick={onfinish}>{ text(t.finish()) }</button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub embed: bool,
    pub children: Html,
}

/// The site header (or, embedded in a portal, a bare toolbar) holding the controls.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_text();
    let skip = html! { <a class="skip" href="#main">{ text(t.skip()) }</a> };
    if props.embed {
        return html! { <>{ skip }<div class="toolbar">{ props.children.clone() }</div></> };
    }
    html! {
        <>
            { skip }
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
                { props.children.clone() }
            </header>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct HotlineProps {
    pub number: &'static str,
    pub label: &'static str,
    /// A kiosk shows the number as text: nothing that leaves the app.
    pub plain: bool,
}

/// A hotline: a `tel:` link, or plain text on a kiosk.
#[component]
pub fn Hotline(props: &HotlineProps) -> Html {
    let t = use_text();
    let number = html! {
        if props.plain {
            <strong class="hotline-number">{ text(props.number) }</strong>
        } else {
            <a class="hotline-number" href={format!("tel:{}", props.number)} aria-label={t.call(props.number)}>{ text(props.number) }</a>
        }
    };
    html! {
        <span class="hotline"><span class="hotline-label">{ text(props.label) }</span>{ number }</span>
    }
}

#[derive(Properties, PartialEq)]
pub struct HotlinesProps {
    pub plain: bool,
    #[prop_or(AttrValue::Static("hotlines"))]
    pub class: AttrValue,
}

/// Both hotlines, 95598 and 12398, always published together (二(五)3).
#[component]
pub fn Hotlines(props: &HotlinesProps) -> Html {
    let t = use_text();
    html! {
        <p class={props.class.clone()}>
            <Hotline number="95598" label={t.hotline_power()} plain={props.plain} />
            <Hotline number="12398" label={t.hotline_regulator()} plain={props.plain} />
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub kiosk: bool,
}

/// The footer: hotlines and the disclaimer.
#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let t = use_text();
    html! {
        <footer class="site-footer">
            <Hotlines plain={props.kiosk} />
            <p>{ text(t.footer()) }</p>
        </footer>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    /// `lang` or `mode` values of the opening link that could not be used (parameter, value).
    pub problems: Vec<(&'static str, String)>,
}

/// What the opening link asked for and could not get, said rather than dropped.
#[component]
pub fn LinkNotices(props: &LinkNoticesProps) -> Html {
    let t = use_text();
    html! {
        for (key, value) in props.problems.iter() {
            <p class="notice" role="status">{ t.link_problem(key, value) }</p>
        }
    }
}
