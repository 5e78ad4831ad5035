//! Header, embed toolbar, footer and the focusable page heading.

use crate::app::state::{Action, Mode};
use crate::app::{browser, use_ctx};
use yew::prelude::*;

/// The language switch and 长辈模式 toggle, shared by the header and the embed toolbar.
#[function_component(Controls)]
fn controls() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let other = ctx.state.lang.other();
    let elder = ctx.state.elder;
    let finish = ctx.callback(|_: MouseEvent| {
        browser::wipe_storage();
        Action::Wipe { lang: crate::i18n::Lang::Zh }
    });
    html! {
        <div class="controls">
            <button type="button" class="btn-quiet" lang={other.html()} aria-label={t.switch_to_other_aria()}
                onclick={ctx.callback(move |_: MouseEvent| Action::SetLang(other))}>
                { t.switch_to_other() }
            </button>
            <button type="button" class="btn-quiet" aria-pressed={if elder { "true" } else { "false" }}
                title={t.elder_mode_hint()}
                onclick={ctx.callback(move |_: MouseEvent| Action::SetElder(!elder))}>
                { t.elder_mode() }
            </button>
            if ctx.state.mode == Mode::Kiosk {
                <button type="button" class="btn-finish" onclick={finish}>{ t.finish() }</button>
            }
        </div>
    }
}

#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="logo" aria-hidden="true">
                    <svg viewBox="0 0 24 24" width="28" height="28"><path d="M13 2 4 14h6l-1 8 9-12h-6z" fill="currentColor"/></svg>
                </span>
                <span>
                    <span class="site-name">{ t.app_title() }</span>
                    <span class="site-sub">{ t.app_subtitle() }</span>
                </span>
            </div>
            <Controls />
        </header>
    }
}

/// Embedded: no site header, only the controls.
#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    html! { <div class="toolbar"><Controls /></div> }
}

#[function_component(Footer)]
pub fn footer() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let kiosk = ctx.state.mode == Mode::Kiosk;
    html! {
        <footer class="site-footer">
            <p class="hotlines">
                <Hotline number="95598" label={t.hotline_power()} plain={kiosk} />
                <Hotline number="12398" label={t.hotline_regulator()} plain={kiosk} />
            </p>
            <p>{ t.footer_disclaimer() }</p>
        </footer>
    }
}

#[derive(Properties, PartialEq)]
pub struct HotlineProps {
    pub number: &'static str,
    pub label: &'static str,
    /// Kiosk: plain text, no link that would leave the app.
    #[prop_or_default]
    pub plain: bool,
}

/// A hotline: a `tel:` link on phones, plain text on a kiosk.
#[function_component(Hotline)]
pub fn hotline(props: &HotlineProps) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    html! {
        <span class="hotline">
            <span class="hotline-label">{ props.label }</span>
            if props.plain {
                <strong class="hotline-number">{ props.number }</strong>
            } else {
                <a class="hotline-number" href={format!("tel:{}", props.number)} aria-label={t.call(props.number)}>{ props.number }</a>
            }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    #[prop_or(1)]
    pub level: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A page heading that takes focus when the screen changes, so screen readers announce it.
#[function_component(PageHeading)]
pub fn page_heading(props: &HeadingProps) -> Html {
    let ctx = use_ctx();
    let node = use_node_ref();
    {
        let node = node.clone();
        let focus = ctx.navigated;
        use_effect_with((), move |_| {
            if focus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    browser::focus(&el);
                }
            }
        });
    }
    let id = props.id.clone();
    match props.level {
        2 => html! { <h2 ref={node} id={id} tabindex="-1">{ props.text.clone() }</h2> },
        _ => html! { <h1 ref={node} id={id} tabindex="-1">{ props.text.clone() }</h1> },
    }
}
