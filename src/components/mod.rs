//! Reusable parts of the screens, each a `#[component]` with typed props. They read the
//! interface text from the [`Tx`] context and report what the customer does through typed
//! `Callback`s; none reaches into the state or the browser while rendering.

pub mod approval;
pub mod basis;
pub mod capacity;
pub mod documents;
pub mod fields;
pub mod fold;
pub mod frame;
pub mod glance;
pub mod headline;
pub mod idle;
pub mod qr;
pub mod timeline;
pub mod tracker;
pub mod whatif;

use crate::app::state::Action;
use crate::i18n::{Lang, Text};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::VText;

/// The interface text in the language shown, shared through a context. Two are equal when
/// they are the same text (the same language with the same files loaded).
#[derive(Clone, Copy, Debug)]
pub struct Tx(pub &'static Text);

impl PartialEq for Tx {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for Tx {
    type Target = Text;
    fn deref(&self) -> &Text {
        self.0
    }
}

impl Default for Tx {
    fn default() -> Self {
        Tx(Lang::Zh.text())
    }
}

/// The text of the language shown (Chinese outside a provider, as in a component test).
#[hook]
pub fn use_text() -> Tx {
    use_context::<Tx>().unwrap_or_default()
}

/// A value computed once and handed down: equal when it is the same value, so a component is
/// redrawn only when what it shows was computed anew.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

/// Text that lives as long as the program, as a node without a copy. (Not inlined: it is
/// called for nearly every text on every screen.)
#[inline(never)]
pub fn text(s: &'static str) -> Html {
    VText::new(AttrValue::Static(s)).into()
}

/// A press that does one of the reducer's actions. One closure for every such button: the
/// action is data, typed, and nothing is dispatched by parsing a string.
#[inline(never)]
pub fn on(dispatch: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    dispatch.reform(move |_: MouseEvent| action.clone())
}

/// The id of every page's title, focused when the screen changes.
pub const TITLE_ID: &str = "page-title";

/// The page title's node, focused when the screen is shown if `focus` (a new screen; not the
/// first one the page opens on), so a screen reader starts reading there.
#[hook]
pub fn use_title(focus: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if focus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    node
}

/// The page title: an `<h1>` that can take focus ([`use_title`]).
#[inline(never)]
pub fn page_title(node: &NodeRef, text: &'static str) -> Html {
    html! { <h1 id={TITLE_ID} tabindex="-1" ref={node.clone()}>{ self::text(text) }</h1> }
}

/// Native component tests: a component rendered to HTML by Yew's server renderer, inside the
/// text context of a language (every text file loaded).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub mod testing {
    use super::Tx;
    use crate::i18n::Lang;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    pub struct HarnessProps {
        pub lang: Lang,
        pub children: Html,
    }

    #[component]
    fn Harness(props: &HarnessProps) -> Html {
        html! {
            <ContextProvider<Tx> context={Tx(props.lang.text())}>{ props.children.clone() }</ContextProvider<Tx>>
        }
    }

    /// The HTML of `view` in a language.
    pub fn render(lang: Lang, view: impl FnOnce() -> Html + Send + 'static) -> String {
        crate::i18n::ensure_all_for_tests();
        futures::executor::block_on(
            yew::ServerRenderer::<Harness>::with_props(move || HarnessProps {
                lang,
                children: view(),
            })
            .hydratable(false)
            .render(),
        )
    }

    /// The text a reader gets from rendered HTML: tags dropped, entities decoded, spaces
    /// collapsed.
    pub fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => {
                    in_tag = true;
                    out.push(' ');
                }
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        let out = out
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
