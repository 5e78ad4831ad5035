//! The one reducer: every screen change and answer goes through [`State::apply`]. Pure and
//! tested natively; the Yew wiring (`Reducible`) is a one-liner in `app/mod.rs`.

use crate::flow::{self, Question};
use crate::i18n::Lang;
use crate::policy::tracker::{parse_progress, progress_pairs, Progress};
use crate::policy::whatif::Change;
use crate::policy::{Param, Parsed, RawAnswers, Readiness};
use chrono::NaiveDate;

/// Where the app runs (`mode` URL parameter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Normal,
    /// A touch-screen kiosk in a service hall: large, no leaving the app, wiped when idle.
    Kiosk,
    /// Inside a government portal's iframe: no header or footer, talks to the parent.
    Embed,
}

impl Mode {
    pub fn from_key(s: &str) -> Mode {
        Mode::parse(s).unwrap_or_default()
    }

    /// The mode a `mode` value names: `None` for a value it cannot take (empty is normal).
    pub fn parse(s: &str) -> Option<Mode> {
        match s.trim() {
            "" => Some(Mode::Normal),
            "kiosk" => Some(Mode::Kiosk),
            "embed" => Some(Mode::Embed),
            _ => None,
        }
    }

    pub const fn key(self) -> Option<&'static str> {
        match self {
            Mode::Normal => None,
            Mode::Kiosk => Some("kiosk"),
            Mode::Embed => Some("embed"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(Question),
    Summary,
    Result,
    /// "Am I on time?" on its own (`purpose=track`): the tracker, not the long result.
    Track,
}

impl Screen {
    /// Stable name, kept in the history entry so Back and reload return to the same screen.
    pub fn key(self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::Question(q) => format!("q:{}", q.key()),
            Screen::Summary => "summary".into(),
            Screen::Result => "result".into(),
            Screen::Track => "track".into(),
        }
    }

    pub fn from_key(s: &str) -> Option<Screen> {
        match s {
            "start" => Some(Screen::Start),
            "summary" => Some(Screen::Summary),
            "result" => Some(Screen::Result),
            "track" => Some(Screen::Track),
            _ => s
                .strip_prefix("q:")
                .and_then(Question::from_key)
                .map(Screen::Question),
        }
    }
}

/// The history entry's state: the screen and how many of the app's entries precede it.
pub fn entry(screen: Screen, depth: u32) -> String {
    format!("{}@{depth}", screen.key())
}

/// The history entry's state of a view: the screen, and the what-if when one is shown
/// (`result~kw=161@3`).
pub fn view_entry(screen: Screen, what_if: Option<Change>, depth: u32) -> String {
    match what_if {
        Some(c) => {
            let (p, v) = c.pair();
            format!("{}~{}={v}@{depth}", screen.key(), p.key())
        }
        None => entry(screen, depth),
    }
}

/// Read a history entry's state (anything else: no screen, depth 0). A what-if view's entry
/// is its result's (`result~kw=161@3`): its what-if is read by [`parse_entry_what_if`].
pub fn parse_entry(s: &str) -> (Option<Screen>, u32) {
    let (view, depth) = match s.rsplit_once('@') {
        Some((view, depth)) => (view, depth.parse().unwrap_or(0)),
        None => (s, 0),
    };
    let screen = view.split_once('~').map_or(view, |(screen, _)| screen);
    (Screen::from_key(screen), depth)
}

/// The what-if a history entry shows (`result~kw=161`), if it is one.
pub fn parse_entry_what_if(s: &str) -> Option<Change> {
    let view = s.rsplit_once('@').map_or(s, |(view, _)| view);
    let (screen, pair) = view.split_once('~')?;
    let (key, value) = pair.split_once('=')?;
    (screen == "result").then_some(())?;
    Change::from_pair(Param::from_key(key)?, value)
}

/// URL parameters the app passes through untouched: portal and kiosk configuration, and the
/// portal's theme (colours and font, applied as CSS custom properties).
pub const PASSTHROUGH: [&str; 6] = ["parent_origin", "idle_s", "accent", "bg", "text", "font"];

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub mode: Mode,
    pub raw: RawAnswers,
    /// Derived from `raw`, kept in step with it by `apply`.
    pub parsed: Parsed,
    pub progress: Progress,
    /// Progress keys whose dates could not be read.
    pub progress_errors: Vec<String>,
    /// The customer has used "Am I on time?": it stays open even when every date is cleared.
    pub tracking: bool,
    pub screen: Screen,
    /// Came to this question from the summary's "change": go back there after answering.
    pub returning: bool,
    pub today: NaiveDate,
    pub passthrough: Vec<(String, String)>,
    /// 长辈模式: large type, high contrast.
    pub elder: bool,
    /// The language the page was opened in (a kiosk returns to it after each visitor).
    pub home_lang: Lang,
    /// A required question the customer tried to leave unanswered.
    pub unanswered: Option<Question>,
    /// Bumped when everything is wiped, so every component starts afresh.
    pub generation: u32,
    /// `lang` or `mode` values in the opening URL that could not be used (parameter, value):
    /// said on the first screen instead of silently dropped.
    pub link_problems: Vec<(&'static str, String)>,
    /// A what-if the customer chose to look at (on the result only): shown with a banner, on a
    /// history entry of its own; the answers, the URL and the estimate JSON stay the customer's.
    pub what_if: Option<Change>,
    /// Came to check progress ("已经申请了？查进度是否按时", `purpose=track`): only the
    /// tracker's questions, then the tracker on its own.
    pub track: bool,
    /// The result's detail sections the customer has folded away (one bit per [`Section`]):
    /// kept across redraws, language switches and new answers; not in the URL.
    pub folded: u8,
}

/// A detail section of the result that the customer can fold away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Timeline,
    Documents,
    Approval,
    Cost,
    Apply,
    Reliability,
    Rights,
}

impl Section {
    const fn bit(self) -> u8 {
        1 << self as u8
    }

    /// Whether the section is open, given the sections folded away.
    pub const fn is_open_in(self, folded: u8) -> bool {
        folded & self.bit() == 0
    }
}

impl State {
    /// Whether a detail section of the result is shown open.
    pub fn is_open(&self, s: Section) -> bool {
        s.is_open_in(self.folded)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetElder(bool),
    Begin,
    /// "Next": store the answers given and move on if they are valid.
    Submit(Question, Vec<(Param, String)>),
    /// "Not sure": clear the question's answers and move on.
    Skip(Question),
    Back,
    /// Answer a question again from the summary or the result, then return to the summary.
    Change(Question),
    Go(Screen),
    SetProgress(Progress),
    /// Forget the answers, keep language and mode.
    Restart,
    /// Kiosk privacy: forget everything, back to the start in the kiosk's own language.
    Wipe,
    /// Browser history navigation (popstate): the screen of that entry, with today's answers
    /// (going back never loses an answer given since).
    Revisit(Option<Screen>),
    /// Look at a what-if of the result (`None`: back to the customer's own answers). The
    /// answers stay as they are.
    WhatIf(Option<Change>),
    /// Browser history navigation to a what-if view's entry.
    RevisitWhatIf(Change),
    /// "已经申请了？查进度是否按时": the tracker's questions, then the tracker.
    BeginTrack,
    /// Open or fold a detail section of the result.
    Fold(Section, bool),
}

impl State {
    /// The state a URL describes. `screen` comes from the history entry, if any.
    pub fn from_pairs(
        pairs: &[(String, String)],
        screen: Option<Screen>,
        today: NaiveDate,
    ) -> State {
        let get = |k: &str| {
            pairs
                .iter()
                .rev()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let raw = RawAnswers::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let (progress, progress_errors) =
            parse_progress(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let mut s = State {
            lang: get("lang").and_then(Lang::from_key).unwrap_or_default(),
            mode: get("mode").map(Mode::from_key).unwrap_or_default(),
            parsed: Parsed::parse(&raw),
            raw,
            progress,
            progress_errors,
            tracking: false,
            screen: Screen::Start,
            returning: false,
            today,
            passthrough: PASSTHROUGH
                .iter()
                .filter_map(|k| get(k).map(|v| (k.to_string(), v.to_string())))
                .collect(),
            elder: false,
            home_lang: Lang::Zh,
            unanswered: None,
            generation: 0,
            what_if: None,
            link_problems: [
                (
                    "lang",
                    get("lang").filter(|v| !v.trim().is_empty() && Lang::from_key(v).is_none()),
                ),
                ("mode", get("mode").filter(|v| Mode::parse(v).is_none())),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v.chars().take(40).collect())))
            .collect(),
            track: false,
            folded: 0,
        };
        s.home_lang = s.lang;
        s.track = get("purpose").is_some_and(|v| v.trim() == "track");
        s.screen = s.landing(screen);
        // Landing on a wrong answer from the URL: once fixed, go on to the next one to fix (or
        // the summary), not through every question after it.
        s.returning = matches!(s.screen, Screen::Question(q) if q.params().iter().any(|p| s.parsed.problem(*p).is_some()));
        s
    }

    /// Where a URL lands: the history entry's screen if it still makes sense, else the
    /// result when it can be shown, else the first question to (re)answer.
    fn landing(&self, wanted: Option<Screen>) -> Screen {
        let blocking = flow::first_blocking(&self.parsed, self.today);
        match wanted {
            Some(Screen::Track) | None if self.track && !self.raw.is_empty() => match blocking {
                None => Screen::Track,
                Some(q) => Screen::Question(q),
            },
            // A link to the tracker with no answers: its first question.
            None if self.track => self
                .sequence()
                .first()
                .copied()
                .map_or(Screen::Start, Screen::Question),
            Some(Screen::Result | Screen::Track) | None if !self.raw.is_empty() => match blocking {
                None if wanted == Some(Screen::Track) => Screen::Track,
                None => Screen::Result,
                Some(q) => Screen::Question(q),
            },
            Some(Screen::Question(q)) if self.asks(q) => Screen::Question(q),
            Some(Screen::Summary) if !self.raw.is_empty() => Screen::Summary,
            // Nothing answered (after "start again", say): no empty summary or result to show.
            Some(Screen::Start | Screen::Summary | Screen::Result | Screen::Track) | None => {
                Screen::Start
            }
            Some(_) => blocking.map_or(Screen::Summary, Screen::Question),
        }
    }

    /// Nothing of a visitor's here: the start screen as the page opened it, in its own
    /// language, no answer, no progress. An idle kiosk has nothing to wipe.
    pub fn is_pristine(&self) -> bool {
        self.screen == Screen::Start
            && self.raw.is_empty()
            && self.progress == Progress::default()
            && self.progress_errors.is_empty()
            && !self.tracking
            && !self.elder
            && self.lang == self.home_lang
    }

    pub fn readiness(&self) -> Readiness {
        self.parsed.readiness(self.today)
    }

    /// The questions asked with the answers so far (for the tracker, only its own).
    pub fn sequence(&self) -> Vec<Question> {
        flow::sequence(&self.parsed, self.today, self.track)
    }

    /// Whether a question is asked now.
    pub fn asks(&self, q: Question) -> bool {
        flow::asks(q, &self.parsed, self.today, self.track)
    }

    /// The progress line for a question: its place, and about how many questions there are.
    pub fn progress_of(&self, q: Question) -> (usize, usize) {
        flow::progress(q, &self.parsed, self.today, self.track)
    }

    /// Where the answers lead once the questions are done: the summary, or the tracker.
    fn done_screen(&self) -> Screen {
        if self.track && flow::first_blocking(&self.parsed, self.today).is_none() {
            Screen::Track
        } else {
            Screen::Summary
        }
    }

    fn set_raw(&mut self, raw: RawAnswers) {
        self.parsed = Parsed::parse(&raw);
        self.raw = raw;
    }

    /// After a question is answered (or skipped): the summary when returning, else the next question.
    fn after(&self, q: Question) -> Screen {
        if self.returning {
            return match flow::first_blocking(&self.parsed, self.today) {
                Some(b) => Screen::Question(b),
                None => self.done_screen(),
            };
        }
        flow::next(q, &self.parsed, self.today, self.track)
            .map_or_else(|| self.done_screen(), Screen::Question)
    }

    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        s.unanswered = None;
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::SetElder(on) => s.elder = on,
            Action::Begin | Action::BeginTrack => {
                s.track = action == Action::BeginTrack;
                s.returning = false;
                s.screen =
                    Screen::Question(s.sequence().first().copied().unwrap_or(Question::Area));
            }
            Action::Submit(q, values) => {
                let mut raw = s.raw.clone();
                for (p, v) in &values {
                    raw.set(*p, v);
                }
                // Valid answers are stored in canonical form (e.g. "１２,５" → "12.5").
                let parsed = Parsed::parse(&raw);
                for (p, _) in &values {
                    if let Some(v) = parsed.canonical(*p) {
                        raw.set(*p, &v);
                    }
                }
                s.set_raw(raw);
                if q.is_required() && q.params().iter().any(|p| s.raw.get(*p).is_none()) {
                    s.unanswered = Some(q);
                } else if q.params().iter().all(|p| s.parsed.problem(*p).is_none()) {
                    s.screen = s.after(q);
                    s.returning = s.returning && matches!(s.screen, Screen::Question(_));
                }
            }
            Action::Skip(q) => {
                let mut raw = s.raw.clone();
                for p in q.params() {
                    raw.remove(*p);
                }
                s.set_raw(raw);
                s.screen = s.after(q);
                s.returning = s.returning && matches!(s.screen, Screen::Question(_));
            }
            // Back in a what-if view: the customer's own result.
            Action::Back if s.what_if.is_some() => s.what_if = None,
            Action::Back => {
                s.screen = match s.screen {
                    Screen::Question(_) if s.returning => s.done_screen(),
                    Screen::Question(q) => flow::previous(q, &s.parsed, s.today, s.track)
                        .map_or(Screen::Start, Screen::Question),
                    Screen::Summary | Screen::Track => s
                        .sequence()
                        .last()
                        .copied()
                        .map_or(Screen::Start, Screen::Question),
                    Screen::Result if s.track => Screen::Track,
                    Screen::Result => Screen::Summary,
                    Screen::Start => Screen::Start,
                };
                s.returning = false;
            }
            Action::Change(q) => {
                s.screen = Screen::Question(q);
                s.returning = true;
            }
            Action::Go(screen) => {
                s.returning = false;
                s.screen = match screen {
                    Screen::Result | Screen::Track => {
                        match flow::first_blocking(&s.parsed, s.today) {
                            Some(q) => Screen::Question(q),
                            None => screen,
                        }
                    }
                    other => other,
                };
            }
            Action::SetProgress(p) => {
                s.progress = p;
                // A bad date from the link stays said at its field until that field is given.
                let given = progress_pairs(&p);
                s.progress_errors
                    .retain(|k| given.iter().all(|(key, _)| key != k));
                s.tracking = true;
            }
            Action::Restart => {
                s.set_raw(RawAnswers::new());
                s.progress = Progress::default();
                s.progress_errors.clear();
                s.tracking = false;
                s.screen = Screen::Start;
                s.returning = false;
                s.track = false;
            }
            Action::Wipe => {
                // Keep the kiosk's own configuration (idle time, theme); nothing of the visitor's.
                let kiosk_config = s
                    .passthrough
                    .iter()
                    .filter(|(k, _)| k != "parent_origin")
                    .cloned()
                    .collect();
                s = State {
                    lang: s.home_lang,
                    mode: s.mode,
                    raw: RawAnswers::new(),
                    parsed: Parsed::parse(&RawAnswers::new()),
                    progress: Progress::default(),
                    progress_errors: Vec::new(),
                    tracking: false,
                    screen: Screen::Start,
                    returning: false,
                    today: s.today,
                    passthrough: kiosk_config,
                    elder: false,
                    home_lang: s.home_lang,
                    unanswered: None,
                    generation: s.generation + 1,
                    link_problems: Vec::new(),
                    what_if: None,
                    track: false,
                    folded: 0,
                };
            }
            Action::Revisit(screen) => {
                s.screen = s.landing(screen);
                s.returning = false;
                s.what_if = None;
            }
            Action::WhatIf(change) => s.what_if = change,
            Action::RevisitWhatIf(change) => {
                s.screen = s.landing(Some(Screen::Result));
                s.returning = false;
                s.what_if = Some(change);
            }
            Action::Fold(section, open) => {
                if open {
                    s.folded &= !section.bit();
                } else {
                    s.folded |= section.bit();
                }
            }
        }
        // A what-if is a view of the result: it ends with the result, or when an answer changes.
        if s.screen != Screen::Result || s.raw != self.raw {
            s.what_if = None;
        }
        // Said once, on the screen the link opened.
        if s.screen != self.screen {
            s.link_problems.clear();
        }
        s
    }

    /// The URL query for this state: `lang`, `mode`, answers in contract order, progress,
    /// then the pass-through configuration.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.lang != Lang::Zh {
            out.push(("lang".to_string(), self.lang.key().to_string()));
        }
        if let Some(m) = self.mode.key() {
            out.push(("mode".to_string(), m.to_string()));
        }
        if self.track {
            out.push(("purpose".to_string(), "track".to_string()));
        }
        out.extend(
            self.raw
                .iter()
                .map(|(p, v)| (p.key().to_string(), v.to_string())),
        );
        out.extend(progress_pairs(&self.progress));
        out.extend(self.passthrough.iter().cloned());
        out
    }

    /// The link to copy or share: the language and the answers only (no progress dates, mode or
    /// portal settings).
    pub fn answer_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.lang != Lang::Zh {
            out.push(("lang".to_string(), self.lang.key().to_string()));
        }
        out.extend(
            self.raw
                .iter()
                .map(|(p, v)| (p.key().to_string(), v.to_string())),
        );
        out
    }

    /// The result's URL query for another device: the same answers, no kiosk or embed settings.
    pub fn shareable_pairs(&self) -> Vec<(String, String)> {
        self.query_pairs()
            .into_iter()
            .filter(|(k, _)| k != "mode" && !PASSTHROUGH.contains(&k.as_str()))
            .collect()
    }
}

/// `application/x-www-form-urlencoded`-compatible encoding (spaces as %20), UTF-8.
pub fn encode_query(pairs: &[(String, String)]) -> String {
    fn enc(s: &str, out: &mut String) {
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    out.push(b as char)
                }
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
    }
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        enc(k, &mut out);
        out.push('=');
        enc(v, &mut out);
    }
    out
}

#[cfg(test)]
mod tests;
