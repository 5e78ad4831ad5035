use super::*;

fn today() -> NaiveDate {
    crate::calendar::parse_iso("2026-11-26").expect("date")
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn state(p: &[(&str, &str)]) -> State {
    State::from_pairs(&pairs(p), None, today())
}

fn submit(s: &State, q: Question, p: Param, v: &str) -> State {
    s.apply(Action::Submit(q, vec![(p, v.to_string())]))
}

#[test]
fn urls_land_where_they_should() {
    assert_eq!(state(&[]).screen, Screen::Start);
    assert_eq!(state(&[("lang", "en")]).lang, Lang::En);
    assert_eq!(state(&[("mode", "kiosk")]).mode, Mode::Kiosk);
    let full = state(&[("customer", "household"), ("kw", "8"), ("area", "urban")]);
    assert_eq!(full.screen, Screen::Result);
    // A wrong value asks that question again and keeps everything else.
    let bad = state(&[
        ("customer", "household"),
        ("kw", "abc"),
        ("area", "urban"),
        ("line_m", "30"),
    ]);
    assert_eq!(bad.screen, Screen::Question(Question::Capacity));
    assert_eq!(bad.raw.get(Param::Kw), Some("abc"));
    assert_eq!(bad.raw.get(Param::LineM), Some("30"));
    // Fewer than the required answers: the first unanswered one.
    assert_eq!(
        state(&[("area", "urban")]).screen,
        Screen::Question(Question::Customer)
    );
    assert_eq!(
        state(&[("customer", "household"), ("kw", "500"), ("area", "urban")]).screen,
        Screen::Question(Question::Supply)
    );
    // The history entry's screen wins while it still applies.
    let s = State::from_pairs(
        &pairs(&[("area", "urban")]),
        Screen::from_key("q:line_m"),
        today(),
    );
    assert_eq!(s.screen, Screen::Question(Question::LineLength));
    let s = State::from_pairs(
        &pairs(&[("area", "urban"), ("kw", "5")]),
        Screen::from_key("q:supply"),
        today(),
    );
    assert_eq!(
        s.screen,
        Screen::Question(Question::Customer),
        "supply does not apply at 5 kW"
    );
    // Pass-through configuration is kept.
    let s = state(&[
        ("mode", "embed"),
        ("parent_origin", "https://portal.example"),
        ("x", "y"),
    ]);
    assert_eq!(
        s.passthrough,
        pairs(&[("parent_origin", "https://portal.example")])
    );
}

#[test]
fn a_journey_through_the_questions() {
    let s = state(&[]).apply(Action::Begin);
    assert_eq!(s.screen, Screen::Question(Question::District));
    let s = submit(&s, Question::District, Param::District, "341302");
    assert_eq!(s.screen, Screen::Question(Question::Town));
    let s = submit(&s, Question::Town, Param::Town, "341302100");
    assert_eq!(s.screen, Screen::Question(Question::Area));
    let s = submit(&s, Question::Area, Param::Area, "town");
    let s = submit(&s, Question::Customer, Param::Customer, "small_micro");
    let s = s.apply(Action::Skip(Question::Usage));
    assert_eq!(s.screen, Screen::Question(Question::Capacity));
    // A bad capacity stays on the question, keeping what was typed.
    let bad = submit(&s, Question::Capacity, Param::Kw, "-5");
    assert_eq!(bad.screen, Screen::Question(Question::Capacity));
    assert_eq!(bad.raw.get(Param::Kw), Some("-5"));
    // Full-width digits are stored canonically.
    let s = submit(&bad, Question::Capacity, Param::Kw, "１２０，５");
    assert_eq!(s.raw.get(Param::Kw), Some("120.5"));
    assert_eq!(s.screen, Screen::Question(Question::LineLength));
    let s = submit(&s, Question::LineLength, Param::LineM, "80");
    let s = submit(&s, Question::DigLength, Param::DigM, "0");
    // No digging: city core and builder are skipped.
    assert_eq!(s.screen, Screen::Question(Question::Date));
    let s = s.apply(Action::Skip(Question::Date));
    assert_eq!(s.screen, Screen::Summary);
    let s = s.apply(Action::Go(Screen::Result));
    assert_eq!(s.screen, Screen::Result);
    // Back walks back without losing anything.
    let s = s.apply(Action::Back);
    assert_eq!(s.screen, Screen::Summary);
    let s = s.apply(Action::Back);
    assert_eq!(s.screen, Screen::Question(Question::Date));
    let s = s.apply(Action::Back);
    assert_eq!(s.screen, Screen::Question(Question::DigLength));
    assert_eq!(s.raw.get(Param::Kw), Some("120.5"));
    assert_eq!(s.raw.get(Param::Town), Some("341302100"));
}

#[test]
fn change_returns_to_the_summary_via_any_new_required_question() {
    let s = state(&[("customer", "household"), ("kw", "8"), ("area", "urban")])
        .apply(Action::Go(Screen::Summary));
    let s = s.apply(Action::Change(Question::Area));
    assert!(s.returning);
    let s = submit(&s, Question::Area, Param::Area, "rural");
    assert_eq!(s.screen, Screen::Summary);
    assert!(!s.returning);
    // Raising the capacity above the cap asks supply and special, then returns.
    let s = s.apply(Action::Change(Question::Capacity));
    let s = submit(&s, Question::Capacity, Param::Kw, "400");
    assert_eq!(s.screen, Screen::Question(Question::Supply));
    assert!(s.returning);
    let s = submit(&s, Question::Supply, Param::Supply, "single");
    assert_eq!(s.screen, Screen::Question(Question::Special));
    let s = submit(&s, Question::Special, Param::Special, "0");
    assert_eq!(s.screen, Screen::Summary);
    // Back while changing is a cancel: straight to the summary, nothing lost.
    let s = s
        .apply(Action::Change(Question::Customer))
        .apply(Action::Back);
    assert_eq!(s.screen, Screen::Summary);
    assert_eq!(s.raw.get(Param::Customer), Some("household"));
}

#[test]
fn a_required_question_left_empty_stays_and_says_so() {
    let s = state(&[("area", "urban")]);
    assert_eq!(s.screen, Screen::Question(Question::Customer));
    let s = submit(&s, Question::Customer, Param::Customer, "");
    assert_eq!(s.screen, Screen::Question(Question::Customer));
    assert_eq!(s.unanswered, Some(Question::Customer));
    let s = submit(&s, Question::Customer, Param::Customer, "household");
    assert_eq!(
        (s.screen, s.unanswered),
        (Screen::Question(Question::Usage), None)
    );
    // Optional questions may be left empty ("not sure").
    let s = submit(&s, Question::Usage, Param::Usage, "");
    assert_eq!(s.screen, Screen::Question(Question::Capacity));
}

#[test]
fn results_need_every_required_answer() {
    let s =
        state(&[("customer", "household"), ("area", "urban")]).apply(Action::Go(Screen::Result));
    assert_eq!(s.screen, Screen::Question(Question::Capacity));
}

#[test]
fn restart_and_wipe() {
    let s = state(&[
        ("lang", "en"),
        ("mode", "kiosk"),
        ("idle_s", "30"),
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
    ]);
    let r = s.apply(Action::Restart);
    assert!(r.raw.is_empty());
    assert_eq!(
        (r.lang, r.mode, r.screen),
        (Lang::En, Mode::Kiosk, Screen::Start)
    );
    // The visitor switched language: the next one starts in the kiosk's own.
    let visited = s.apply(Action::SetLang(Lang::Zh));
    let w = visited.apply(Action::Wipe);
    assert!(w.raw.is_empty());
    assert_eq!(
        (w.lang, w.mode, w.screen),
        (Lang::En, Mode::Kiosk, Screen::Start)
    );
    assert_eq!(w.generation, s.generation + 1);
    assert_eq!(
        w.query_pairs(),
        pairs(&[("lang", "en"), ("mode", "kiosk"), ("idle_s", "30")])
    );
    // The kiosk's theme stays, a portal's origin does not.
    let themed = state(&[
        ("mode", "kiosk"),
        ("accent", "#aa0000"),
        ("font", "Noto Sans"),
        ("parent_origin", "https://x.test"),
        ("kw", "5"),
    ]);
    assert_eq!(
        themed.apply(Action::Wipe).query_pairs(),
        pairs(&[
            ("mode", "kiosk"),
            ("accent", "#aa0000"),
            ("font", "Noto Sans")
        ])
    );
}

#[test]
fn only_a_visitor_leaves_something_for_an_idle_kiosk_to_wipe() {
    let kiosk = state(&[("mode", "kiosk"), ("idle_s", "30")]);
    assert!(kiosk.is_pristine(), "a fresh start screen");
    assert!(kiosk.apply(Action::Wipe).is_pristine(), "just wiped");
    for visited in [
        kiosk.apply(Action::Begin),
        kiosk.apply(Action::SetLang(Lang::En)),
        kiosk.apply(Action::SetElder(true)),
        submit(
            &kiosk.apply(Action::Begin),
            Question::Customer,
            Param::Customer,
            "household",
        ),
        state(&[("mode", "kiosk"), ("customer", "household")]),
    ] {
        assert!(!visited.is_pristine(), "{visited:?}");
        assert!(visited.apply(Action::Wipe).is_pristine());
    }
    // Back at the start with answers kept is not an empty kiosk.
    let answered = submit(
        &kiosk.apply(Action::Begin),
        Question::Customer,
        Param::Customer,
        "household",
    );
    let back_home = answered.apply(Action::Go(Screen::Start));
    assert_eq!(back_home.screen, Screen::Start);
    assert!(!back_home.is_pristine());
}

#[test]
fn the_url_carries_everything_in_contract_order() {
    let s = state(&[
        ("date", "2026-11-26"),
        ("kw", "12.5"),
        ("lang", "en"),
        ("customer", "household"),
        ("area", "urban"),
        ("done_acceptance", "2026-11-27"),
        ("idle_s", "60"),
        ("mode", "kiosk"),
    ]);
    assert_eq!(
        s.query_pairs(),
        pairs(&[
            ("lang", "en"),
            ("mode", "kiosk"),
            ("customer", "household"),
            ("kw", "12.5"),
            ("area", "urban"),
            ("date", "2026-11-26"),
            ("done_acceptance", "2026-11-27"),
            ("idle_s", "60"),
        ])
    );
    assert!(!s
        .shareable_pairs()
        .iter()
        .any(|(k, _)| k == "mode" || k == "idle_s"));
    assert_eq!(
        encode_query(&pairs(&[("kw", "1 2"), ("x", "中/&=")])),
        "kw=1%202&x=%E4%B8%AD%2F%26%3D"
    );
    // A restored URL is the same state.
    let again = State::from_pairs(&s.query_pairs(), Some(s.screen), today());
    assert_eq!(again.raw, s.raw);
    assert_eq!(again.progress, s.progress);
}

#[test]
fn fixing_a_wrong_url_answer_goes_to_the_next_one_to_fix() {
    let s = state(&[
        ("customer", "household"),
        ("kw", "8"),
        ("area", "city"),
        ("line_m", "-3"),
    ]);
    assert_eq!(s.screen, Screen::Question(Question::Area));
    assert!(s.returning);
    let s = submit(&s, Question::Area, Param::Area, "urban");
    assert_eq!(s.screen, Screen::Question(Question::LineLength));
    let s = submit(&s, Question::LineLength, Param::LineM, "30");
    assert_eq!(s.screen, Screen::Summary);
}

#[test]
fn revisiting_a_history_entry_keeps_todays_answers() {
    let s = state(&[("customer", "household"), ("kw", "8"), ("area", "urban")])
        .apply(Action::Go(Screen::Summary));
    let s = s.apply(Action::Revisit(Screen::from_key("q:kw")));
    assert_eq!(s.screen, Screen::Question(Question::Capacity));
    assert_eq!(s.raw.get(Param::Kw), Some("8"));
    // An entry for a question that no longer applies lands somewhere sensible.
    let s = s.apply(Action::Revisit(Screen::from_key("q:supply")));
    assert_eq!(s.screen, Screen::Summary);
}

#[test]
fn back_after_starting_again_shows_no_empty_result_or_summary() {
    let answered = state(&[("customer", "household"), ("kw", "8"), ("area", "urban")]);
    assert_eq!(answered.screen, Screen::Result);
    let fresh = answered.apply(Action::Restart);
    for entry in ["result", "summary"] {
        let back = fresh.apply(Action::Revisit(Screen::from_key(entry)));
        assert_eq!(back.screen, Screen::Start, "{entry}");
        assert!(back.raw.is_empty());
    }
    // A question's entry still opens that question.
    let back = fresh.apply(Action::Revisit(Screen::from_key("q:customer")));
    assert_eq!(back.screen, Screen::Question(Question::Customer));
}

#[test]
fn history_entries_round_trip() {
    assert_eq!(
        parse_entry(&entry(Screen::Question(Question::Capacity), 3)),
        (Some(Screen::Question(Question::Capacity)), 3)
    );
    assert_eq!(parse_entry("summary"), (Some(Screen::Summary), 0));
    assert_eq!(parse_entry("junk@x"), (None, 0));
}

#[test]
fn screens_round_trip() {
    for sc in [
        Screen::Start,
        Screen::Summary,
        Screen::Result,
        Screen::Question(Question::OwnWorks),
    ] {
        assert_eq!(Screen::from_key(&sc.key()), Some(sc));
    }
    assert_eq!(Screen::from_key("q:nope"), None);
}

#[test]
fn a_what_if_is_a_view_that_never_changes_the_answers() {
    use crate::policy::whatif::Change;
    use crate::policy::Kw;
    let answers = [
        ("customer", "small_micro"),
        ("kw", "150"),
        ("area", "urban"),
    ];
    let real = state(&answers);
    assert_eq!(real.screen, Screen::Result);
    let change = Change::Kw(Kw::whole(161).expect("kw"));
    let viewing = real.apply(Action::WhatIf(Some(change)));
    assert_eq!(viewing.what_if, Some(change));
    assert_eq!(viewing.screen, Screen::Result);
    // The answers and the URL stay the customer's.
    assert_eq!(viewing.raw, real.raw);
    assert_eq!(viewing.query_pairs(), real.query_pairs());
    // Its history entry names it, and reads back.
    let e = view_entry(viewing.screen, viewing.what_if, 4);
    assert_eq!(e, "result~kw=161@4");
    assert_eq!(parse_entry(&e), (Some(Screen::Result), 4));
    assert_eq!(parse_entry_what_if(&e), Some(change));
    assert_eq!(parse_entry_what_if("result@4"), None);
    assert_eq!(parse_entry_what_if("result~kw=abc@4"), None);
    assert_eq!(parse_entry_what_if("q:kw~kw=161@4"), None);
    // Back (the app's, in a kiosk) and "back to my answers" restore the customer's result.
    for back in [
        Action::Back,
        Action::WhatIf(None),
        Action::Revisit(Some(Screen::Result)),
    ] {
        let s = viewing.apply(back.clone());
        assert_eq!((s.screen, s.what_if), (Screen::Result, None), "{back:?}");
        assert_eq!(s.raw, real.raw);
    }
    // Leaving the result (a change link, start again) ends the view.
    assert_eq!(
        viewing.apply(Action::Change(Question::Capacity)).what_if,
        None
    );
    assert_eq!(viewing.apply(Action::Restart).what_if, None);
    // A language switch keeps it.
    assert_eq!(
        viewing.apply(Action::SetLang(Lang::En)).what_if,
        Some(change)
    );
    // Forward onto a what-if entry: the view again, if the answers still make a result.
    let s = real.apply(Action::RevisitWhatIf(change));
    assert_eq!((s.screen, s.what_if), (Screen::Result, Some(change)));
    let unanswered = state(&[("customer", "small_micro")]).apply(Action::RevisitWhatIf(change));
    assert_eq!(unanswered.what_if, None);
    // Not on another screen.
    assert_eq!(
        real.apply(Action::Go(Screen::Summary))
            .apply(Action::WhatIf(Some(change)))
            .what_if,
        None
    );
}
/// "已经申请了？查进度是否按时": only the tracker's questions, then the tracker on its own; the
/// purpose is in the URL, and Back walks the same questions.
#[test]
fn the_way_in_to_the_tracker() {
    let s = state(&[]).apply(Action::BeginTrack);
    assert!(s.track);
    assert_eq!(s.screen, Screen::Question(Question::Area));
    assert!(s
        .query_pairs()
        .contains(&("purpose".to_string(), "track".to_string())));
    let s = submit(&s, Question::Area, Param::Area, "urban");
    assert_eq!(s.screen, Screen::Question(Question::Customer));
    let s = submit(&s, Question::Customer, Param::Customer, "household");
    assert_eq!(s.screen, Screen::Question(Question::Capacity));
    let s = submit(&s, Question::Capacity, Param::Kw, "8");
    assert_eq!(s.screen, Screen::Question(Question::Date));
    let s = submit(&s, Question::Date, Param::Date, "2026-11-02");
    assert_eq!(s.screen, Screen::Track);
    assert_eq!(
        s.apply(Action::Back).screen,
        Screen::Question(Question::Date)
    );
    assert_eq!(s.apply(Action::Go(Screen::Result)).screen, Screen::Result);
    // A link: to the tracker when it can be shown, else its first question.
    let linked = state(&[
        ("purpose", "track"),
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
    ]);
    assert_eq!(linked.screen, Screen::Track);
    assert_eq!(
        state(&[("purpose", "track")]).screen,
        Screen::Question(Question::Area)
    );
    // Start again: the ordinary estimate.
    let again = linked.apply(Action::Restart);
    assert!(!again.track);
    assert_eq!(
        again.apply(Action::Begin).screen,
        Screen::Question(Question::District)
    );
}

/// A link's bad date stays said at its field until that field is given.
#[test]
fn a_links_bad_date_stays_until_its_field_is_given() {
    let s = state(&[
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("done_acceptance", "2026-02-30"),
        ("done_connection", "soon"),
    ]);
    assert_eq!(s.progress_errors, ["done_acceptance", "done_connection"]);
    let mut p = s.progress;
    p.finished.set(
        crate::policy::StepId::Acceptance,
        crate::calendar::parse_iso("2026-11-27"),
    );
    let s = s.apply(Action::SetProgress(p));
    assert_eq!(s.progress_errors, ["done_connection"]);
}

#[test]
fn folded_sections_stay_folded_across_language_and_answers() {
    let s = state(&[("customer", "household"), ("kw", "8"), ("area", "urban")]);
    assert!(s.is_open(Section::Documents) && s.is_open(Section::Timeline));
    let s = s.apply(Action::Fold(Section::Documents, false));
    assert!(!s.is_open(Section::Documents));
    assert!(s.is_open(Section::Timeline) && s.is_open(Section::Rights));
    let s = s.apply(Action::SetLang(Lang::En)).apply(Action::Submit(
        Question::Capacity,
        vec![(Param::Kw, "9".into())],
    ));
    assert!(
        !s.is_open(Section::Documents),
        "kept across a language switch and a new answer"
    );
    let s = s
        .apply(Action::Fold(Section::Rights, false))
        .apply(Action::Fold(Section::Documents, true));
    assert!(s.is_open(Section::Documents) && !s.is_open(Section::Rights));
    // A kiosk's next visitor starts with everything open.
    assert!(s.apply(Action::Wipe).is_open(Section::Rights));
}

#[test]
fn the_link_to_share_carries_the_answers_only() {
    let s = state(&[
        ("lang", "en"),
        ("mode", "kiosk"),
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("done_acceptance", "2026-11-27"),
        ("idle_s", "60"),
    ]);
    let keys: Vec<String> = s.answer_pairs().into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["lang", "customer", "kw", "area"]);
}
