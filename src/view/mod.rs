//! What the customer sees, as escaped HTML built from the state: one function per screen plus
//! the frame. Pure (no Yew, no web APIs) and tested natively for what it says.
//!
//! Why markup rather than Yew virtual nodes: the pages are long, mostly static text; building
//! them as virtual nodes cost more bytes of WebAssembly than the rest of the app together (see
//! README, "Size"). Controls carry a `data-act` attribute that [`actions::command`] turns into
//! a reducer action; the shell listens once, at the root, and dispatches.

pub mod actions;
pub mod markup;
pub mod question;
pub mod result;
pub mod summary;

use crate::app::state::{Mode, Screen, State};
use crate::i18n::Text;
use crate::policy::clause::POLICY;
use markup::Markup;

/// The id of every page's title, focused when the screen changes.
pub const TITLE_ID: &str = "page-title";

/// The page title: an `<h1>` that can take focus.
pub fn title(m: &mut Markup, text: &str) {
    m.el("h1", &[("id", TITLE_ID), ("tabindex", "-1")], text);
}

/// A button that does something through [`actions::command`].
pub fn button(m: &mut Markup, class: &'static str, act: &str, label: &str) {
    m.el(
        "button",
        &[("type", "button"), ("class", class), ("data-act", act)],
        label,
    );
}

/// Language switch, 长辈模式 and (kiosk) finish; inside the header, or alone when embedded.
fn controls(m: &mut Markup, t: &Text, s: &State) {
    let other = s.lang.other();
    m.open("div", &[("class", "controls")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "btn-quiet"),
            ("lang", other.html()),
            ("aria-label", t.switch_to_other_aria()),
            ("data-act", &format!("lang:{}", other.key())),
        ],
        t.switch_to_other(),
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "btn-quiet"),
            ("aria-pressed", if s.elder { "true" } else { "false" }),
            ("title", t.elder_mode_hint()),
            ("data-act", if s.elder { "elder:0" } else { "elder:1" }),
        ],
        t.elder_mode(),
    );
    if s.mode == Mode::Kiosk {
        button(m, "btn-finish", "finish", t.finish());
    }
    m.close("div");
}

/// The site header (or the embedded toolbar).
pub fn header(s: &State) -> String {
    let t = s.lang.text();
    let mut m = Markup::new();
    m.el(
        "a",
        &[("class", "skip"), ("href", "#main")],
        t.skip_to_content(),
    );
    if s.mode == Mode::Embed {
        m.open("div", &[("class", "toolbar")]);
        controls(&mut m, t, s);
        m.close("div");
        return m.into_string();
    }
    m.open("header", &[("class", "site-header")])
        .open("div", &[("class", "brand")]);
    m.open("span", &[("class", "logo"), ("aria-hidden", "true")]);
    m.open(
        "svg",
        &[("viewBox", "0 0 24 24"), ("width", "28"), ("height", "28")],
    );
    m.void(
        "path",
        &[
            ("d", "M13 2 4 14h6l-1 8 9-12h-6z"),
            ("fill", "currentColor"),
        ],
    );
    m.close("svg").close("span").open("span", &[]);
    m.el("span", &[("class", "site-name")], t.app_title()).el(
        "span",
        &[("class", "site-sub")],
        t.app_subtitle(),
    );
    m.close("span").close("div");
    controls(&mut m, t, s);
    m.close("header");
    m.into_string()
}

/// The footer: hotlines and the disclaimer (none when embedded).
pub fn footer(s: &State) -> String {
    if s.mode == Mode::Embed {
        return String::new();
    }
    let t = s.lang.text();
    let mut m = Markup::new();
    m.open("footer", &[("class", "site-footer")])
        .open("p", &[("class", "hotlines")]);
    result::hotline(&mut m, t, "95598", t.hotline_power(), s.mode == Mode::Kiosk);
    result::hotline(
        &mut m,
        t,
        "12398",
        t.hotline_regulator(),
        s.mode == Mode::Kiosk,
    );
    m.close("p")
        .el("p", &[], t.footer_disclaimer())
        .close("footer");
    m.into_string()
}

/// The start screen.
pub fn start(s: &State) -> String {
    let t = s.lang.text();
    let mut m = Markup::new();
    m.open("section", &[("class", "page start")]);
    title(&mut m, t.app_title());
    m.el("p", &[("class", "lead")], t.start_lead())
        .open("ul", &[("class", "ticks")]);
    for p in t.start_points() {
        m.el("li", &[], p);
    }
    m.close("ul").open("div", &[("class", "actions")]);
    button(&mut m, "btn-primary btn-large", "begin", t.start_button());
    if !s.raw.is_empty() {
        button(&mut m, "btn-secondary", "go:summary", t.resume_button());
    }
    m.close("div");
    m.el("p", &[("class", "note")], t.start_time()).el(
        "p",
        &[("class", "note")],
        t.start_privacy(),
    );
    m.el("p", &[("class", "policy-ref")], POLICY)
        .close("section");
    m.into_string()
}

/// The main content for the current screen. The result waits for its text (`text_failed`:
/// it could not be fetched).
pub fn main(
    s: &State,
    estimate: Option<&crate::policy::Estimate>,
    share_url: &str,
    text_failed: bool,
) -> String {
    let mut page = link_notice(s);
    page.push_str(&screen(s, estimate, share_url, text_failed));
    page
}

/// `lang`/`mode` values of the opening link that could not be used, said rather than dropped.
fn link_notice(s: &State) -> String {
    let t = s.lang.text();
    let mut m = Markup::new();
    for (key, value) in &s.link_problems {
        m.el(
            "p",
            &[("class", "notice"), ("role", "status")],
            &t.link_problem(key, value),
        );
    }
    m.into_string()
}

fn screen(
    s: &State,
    estimate: Option<&crate::policy::Estimate>,
    share_url: &str,
    text_failed: bool,
) -> String {
    match (s.screen, estimate) {
        (Screen::Start, _) => start(s),
        (Screen::Question(q), _) => question::page(s, q),
        (Screen::Result, Some(_)) if !s.lang.result_ready() => {
            let t = s.lang.text();
            let mut m = Markup::new();
            m.open("section", &[("class", "page result")]);
            title(
                &mut m,
                if text_failed {
                    t.result_unavailable()
                } else {
                    t.result_loading()
                },
            );
            if text_failed {
                m.open("p", &[("class", "hotlines big")]);
                result::hotline(&mut m, t, "95598", t.hotline_power(), s.mode == Mode::Kiosk);
                m.close("p");
                button(&mut m, "btn-quiet", "back", t.back());
            }
            m.close("section");
            m.into_string()
        }
        (Screen::Result, Some(e)) => result::page(s, e, share_url),
        // A result needs ready answers; the reducer never shows one without.
        (Screen::Summary | Screen::Result, _) => summary::page(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(q: &str) -> State {
        crate::i18n::ensure_all_for_tests();
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .filter_map(|p| {
                p.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect();
        State::from_pairs(
            &pairs,
            None,
            crate::calendar::parse_iso("2026-11-26").expect("date"),
        )
    }

    #[test]
    fn the_header_switches_language_and_size() {
        let zh = header(&state(""));
        assert!(zh.contains("data-act=\"lang:en\"") && zh.contains(">English<"));
        assert!(zh.contains("aria-pressed=\"false\"") && zh.contains("长辈模式"));
        assert!(!zh.contains("finish"));
        let kiosk = header(&state("mode=kiosk&lang=en"));
        assert!(kiosk.contains("data-act=\"finish\"") && kiosk.contains(">中文<"));
        let embed = header(&state("mode=embed"));
        assert!(!embed.contains("site-header") && embed.contains("toolbar"));
        assert!(footer(&state("mode=embed")).is_empty());
    }

    #[test]
    fn the_start_screen() {
        let s = start(&state(""));
        assert!(
            s.contains("id=\"page-title\"")
                && s.contains("办电自助测算")
                && s.contains("data-act=\"begin\"")
        );
        assert!(!s.contains("go:summary"));
        assert!(start(&state("kw=5")).contains("go:summary"));
        assert!(footer(&state("")).contains("tel:95598"));
        assert!(!footer(&state("mode=kiosk")).contains("tel:"));
    }

    #[test]
    fn a_link_value_that_cannot_be_used_is_said_not_dropped() {
        let render = |s: &State| main(s, None, "", false);
        let s = state("lang=fr&mode=kisok&kw=5");
        let page = render(&s);
        assert!(page.contains("lang=“fr” 无法识别") && page.contains("mode=“kisok” 无法识别"));
        // Said on the screen the link opens (kw=5 without an area: the area question), above it.
        assert_eq!(
            s.screen,
            crate::app::state::Screen::Question(crate::flow::Question::Area)
        );
        let notice = page.find("mode=“kisok” 无法识别").expect("notice");
        let question = page.find("data-q=\"area\"").expect("the area question");
        assert!(notice < question, "{page}");
        assert!(page.contains("用电地址属于哪类地区？"), "{page}");
        // Values it can take, or none, say nothing.
        for q in [
            "lang=en&mode=kiosk",
            "lang=&mode=",
            "lang=ZH-cn&mode=embed",
            "",
        ] {
            assert!(!render(&state(q)).contains("notice"), "{q}");
        }
        // Markup in the value is text.
        assert!(render(&state("mode=<b>x</b>")).contains("&lt;b&gt;x"));
        // Said on the screen the link opened; gone once the customer moves on.
        let moved = s.apply(crate::app::state::Action::Begin);
        assert!(!render(&moved).contains("notice"));
        assert!(!render(&moved.apply(crate::app::state::Action::Back)).contains("notice"));
    }
}
