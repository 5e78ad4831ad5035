//! The components rendered natively (Yew's server renderer) and read for what they say.

use super::testing::{render, text_of};
use super::Shared;
use crate::app::state::{Action, State};
use crate::calendar::{parse_iso, Official};
use crate::i18n::Lang;
use crate::pages::result::{ResultPage, ResultProps};
use crate::policy::tracker::Progress;
use crate::policy::whatif::what_ifs;
use crate::policy::{estimate, Estimate, Parsed, RawAnswers, Readiness};
use std::rc::Rc;
use yew::prelude::*;

fn today() -> chrono::NaiveDate {
    parse_iso("2026-11-26").expect("date")
}

fn est(pairs: &[(&str, &str)]) -> Estimate {
    match Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied())).readiness(today()) {
        Readiness::Ready(a) => estimate(&a, &Official),
        other => panic!("{other:?}"),
    }
}

fn state(pairs: &[(&str, &str)]) -> State {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    State::from_pairs(&pairs, None, today())
}

/// The result page as the app shows it for a state.
fn result_page(s: &State, share_url: &'static str) -> String {
    let Readiness::Ready(a) = s.readiness() else {
        panic!("ready")
    };
    let (progress, errors, tracking, kiosk, lang) = (
        s.progress,
        s.progress_errors.clone(),
        s.tracking,
        s.mode == crate::app::state::Mode::Kiosk,
        s.lang,
    );
    let today = s.today;
    render(lang, move || {
        let e = estimate(&a, &Official);
        let alternatives = what_ifs(&a, &Official);
        let props = ResultProps {
            estimate: Shared(Rc::new(e)),
            alternatives: Shared(Rc::new(alternatives)),
            progress,
            progress_errors: errors,
            tracking,
            today,
            kiosk,
            share_url: AttrValue::Static(share_url),
            link: AttrValue::Static(share_url),
            can_share: false,
            folded: 0,
            inputs: AttrValue::Static(""),
            focus: false,
            dispatch: Callback::noop(),
            onback: Callback::noop(),
            what_if: false,
        };
        html! { <ResultPage ..props /> }
    })
}

fn component<F: FnOnce(Shared<Estimate>) -> Html + Send + 'static>(
    lang: Lang,
    pairs: &[(&str, &str)],
    view: F,
) -> String {
    let e = est(pairs);
    render(lang, move || view(Shared(Rc::new(e))))
}

#[test]
fn the_timeline_reads_the_dates_and_the_holiday() {
    use super::timeline::Timeline;
    let pairs = [
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("date", "2026-09-30"),
    ];
    let zh = text_of(&component(Lang::Zh, &pairs, |e| {
        html! { <Timeline estimate={e} progress={Progress::default()} today={parse_iso("2026-09-30").expect("date")} open=true dispatch={Callback::noop()} /> }
    }));
    assert!(
        zh.contains("供电公司须在 2026年10月8日（星期四） 前办完"),
        "{zh}"
    );
    assert!(zh.contains("国庆节假期"), "{zh}");
    let en = text_of(&component(Lang::En, &pairs, |e| {
        html! { <Timeline estimate={e} progress={Progress::default()} today={parse_iso("2026-09-30").expect("date")} open=true dispatch={Callback::noop()} /> }
    }));
    assert!(
        en.contains("The company must finish by Thu 8 Oct 2026"),
        "{en}"
    );
    assert!(en.contains("National Day holiday"));
    assert!(en.contains("民法典 第二百零一条"));
}

#[test]
fn documents_and_one_document() {
    use super::documents::documents;
    let html = component(
        Lang::Zh,
        &[
            ("customer", "other_org"),
            ("kw", "500"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "1"),
        ],
        |e| documents(Lang::Zh.text(), &e, true, &Callback::noop()),
    );
    let text = text_of(&html);
    assert!(text.contains("“一证受理”：凭用电人有效身份证件就能开始申请"));
    assert!(text.contains("工程竣工报告（含竣工图纸）"));
    assert_eq!(html.matches("type=\"checkbox\"").count(), 3 + 2 + 2 + 1);
}

#[test]
fn the_headline_says_when_power_is_on_when_it_can() {
    use super::headline::headline;
    let headline = |pairs: &[(&str, &str)]| {
        text_of(&component(Lang::Zh, pairs, |e| {
            headline(Lang::Zh.text(), &e, false)
        }))
    };
    // A household: the whole-process limit; at the end of 2026 it ends in 2027, whose holidays
    // are not published: said so.
    let h = headline(&[
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("date", "2026-12-30"),
    ]);
    assert!(
        h.contains("全过程（含接电工程施工）不超过 3 个工作日：最晚 2027年1月4日"),
        "{h}"
    );
    assert!(h.contains("2027年节假日安排尚未公布"));
    // High voltage with the customer's own days: the expected power-on date.
    let hv = [
        ("customer", "other_org"),
        ("kw", "500"),
        ("area", "urban"),
        ("supply", "single"),
        ("special", "1"),
        ("date", "2026-11-26"),
    ];
    let mut dated = hv.to_vec();
    dated.extend([("design_d", "30"), ("works_d", "60")]);
    let h = headline(&dated);
    assert!(
        h.contains("按您填写的设计和施工天数推算：预计 2027年3月22日"),
        "{h}"
    );
    assert!(!h.contains("还取决于您自己的工程进度"));
    // Without them, or for a low-voltage customer with no whole-process limit: it depends.
    for pairs in [
        hv.to_vec(),
        vec![("customer", "other_org"), ("kw", "50"), ("area", "urban")],
    ] {
        let h = headline(&pairs);
        assert!(h.contains("全过程时间还取决于您自己的工程进度。"), "{h}");
        assert!(!h.contains("预计"));
    }
}

#[test]
fn every_basis_names_its_clauses_in_the_page_language() {
    let s = state(&[
        ("customer", "small_micro"),
        ("kw", "120"),
        ("area", "rural"),
    ]);
    let zh = result_page(&s, "https://example.test/");
    let en = result_page(&s.apply(Action::SetLang(Lang::En)), "https://example.test/");
    // Every disclosure lists references, and every cited clause under it has a source and a
    // reference that a reader can look up.
    for html in [&zh, &en] {
        let disclosures = html.matches("<details class=\"basis\">").count();
        assert!(disclosures > 20, "{disclosures}");
        assert_eq!(
            html.matches("<span class=\"basis-refs\">").count(),
            disclosures
        );
        assert_eq!(
            html.matches("<span class=\"basis-refs\"></span>").count(),
            0,
            "a basis without a reference"
        );
        for cite in html.split("<cite>").skip(1) {
            let cite = cite.split("</cite>").next().unwrap_or_default();
            assert!(
                cite.starts_with("宿发改能源函〔2021〕37号 ")
                    || cite.starts_with("《中华人民共和国民法典》 "),
                "{cite}"
            );
            assert!(cite.chars().count() > 14, "{cite}");
        }
    }
    assert!(en.contains("宿发改能源函〔2021〕37号 Task list, item 1 (台账1)"));
    assert!(en.contains("<span class=\"basis-refs\">Part 1; Task list, item 1</span>"));
    assert!(zh.contains("宿发改能源函〔2021〕37号 台账1") && zh.contains(">一、台账1<"));
}

#[test]
fn the_whole_result_in_order() {
    let html = result_page(
        &state(&[
            ("customer", "small_micro"),
            ("kw", "150"),
            ("area", "urban"),
        ]),
        "https://example.test/?kw=1",
    );
    // The glance first (its tier, then its actions), the headline; the timeline leads the
    // detail, the documents lead the second column on wide screens.
    let order = [
        "data-line=\"tier\"",
        "“三零”服务",
        "data-testid=\"print\"",
        "class=\"card headline\"",
        "h-timeline",
        "h-refine",
        "h-whatif",
        "h-docs",
        "h-approval",
        "h-cost",
        "h-apply",
        "h-reliability",
        "h-rights",
        "h-track",
        "data-testid=\"restart\"",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|k| html.find(k).unwrap_or_else(|| panic!("{k} missing")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    assert!(text_of(&html).contains("如果容量是 161 千瓦 →"));
    assert!(html.contains("data-testid=\"download\""));
    assert!(!html.contains("class=\"qr\""));
}

#[test]
fn the_kiosk_gets_a_qr_code_plain_hotlines_and_no_download() {
    let pairs = [("customer", "household"), ("kw", "8"), ("area", "urban")];
    let html = result_page(&state(&pairs), "https://example.test/?kw=1");
    assert!(html.contains("href=\"tel:95598\"") && html.contains("href=\"tel:12398\""));
    let mut kiosk = pairs.to_vec();
    kiosk.push(("mode", "kiosk"));
    let html = result_page(&state(&kiosk), "https://example.test/?kw=1");
    assert!(
        html.contains("class=\"qr\"") && html.contains("data-text=\"https://example.test/?kw=1\"")
    );
    assert!(!html.contains("data-testid=\"download\""));
    assert!(!html.contains("tel:") && html.contains("12398"));
}

#[test]
fn a_missed_deadline_says_whom_to_call_and_what_to_say() {
    use super::tracker::Tracker;
    let tracker = |pairs: &[(&str, &str)]| {
        let s = state(pairs);
        let (progress, today) = (s.progress, s.today);
        component(Lang::Zh, pairs, move |e| {
            html! { <Tracker estimate={e} {progress} errors={Vec::<String>::new()} tracking={true}
            {today} kiosk={false} dispatch={Callback::noop()} /> }
        })
    };
    let base = [
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("date", "2026-11-02"),
    ];
    // On time: no call to make, no summary, no hotline inside the tracker.
    let mut on_time = base.to_vec();
    on_time.push(("done_acceptance", "2026-11-03"));
    on_time.push(("done_connection", "2026-11-04"));
    let html = tracker(&on_time);
    assert!(
        !html.contains("track-summary") && !html.contains("95598"),
        "{html}"
    );
    // Late: the hotlines to call, and the facts to copy.
    let mut late = base.to_vec();
    late.push(("done_acceptance", "2026-11-06"));
    let html = tracker(&late);
    let missed = html
        .split("class=\"missed\"")
        .nth(1)
        .expect("a missed block");
    assert!(missed.contains("tel:95598") && missed.contains("tel:12398"));
    assert!(html.contains("id=\"track-summary\""));
    assert!(text_of(&html).contains("“业务受理”环节自2026年11月2日（星期一）起算"));
}

#[test]
fn the_tracker_is_closed_until_used_then_stays_open() {
    use super::tracker::Tracker;
    let small = [("customer", "small_micro"), ("kw", "50"), ("area", "urban")];
    let tracker = |tracking: bool, progress: Progress, errors: Vec<String>| {
        component(Lang::Zh, &small, move |e| {
            html! { <Tracker estimate={e} {progress} {errors} {tracking}
            today={today()} kiosk={false} dispatch={Callback::noop()} /> }
        })
    };
    assert!(tracker(false, Progress::default(), vec![]).contains("<details>"));
    assert!(tracker(true, Progress::default(), vec![]).contains("<details open"));
    let html = tracker(false, Progress::default(), vec!["done_acceptance".into()]);
    assert!(html.contains("<details open"));
    assert!(
        text_of(&html).contains("请输入有效日期：业务受理 · 供电公司办完的日期"),
        "{html}"
    );
}

#[test]
fn the_header_switches_language_and_size() {
    use super::frame::{footer, header, Frame};
    let header = |lang: Lang, embed: bool, kiosk: bool| {
        render(lang, move || {
            let f = Frame {
                embed,
                kiosk,
                lang,
                elder: false,
            };
            header(lang.text(), f, &Callback::noop(), &Callback::noop())
        })
    };
    let zh = header(Lang::Zh, false, false);
    assert!(zh.contains(">English<") && zh.contains("lang=\"en\""));
    assert!(zh.contains("aria-pressed=\"false\"") && zh.contains("长辈模式"));
    assert!(zh.contains("site-header") && !zh.contains("data-testid=\"finish\""));
    let kiosk = header(Lang::En, false, true);
    assert!(kiosk.contains("data-testid=\"finish\"") && kiosk.contains(">中文<"));
    let embed = header(Lang::Zh, true, false);
    assert!(!embed.contains("site-header") && embed.contains("toolbar"));
    let footer = |kiosk: bool| render(Lang::Zh, move || footer(Lang::Zh.text(), kiosk));
    assert!(footer(false).contains("tel:95598"));
    assert!(!footer(true).contains("tel:"));
}

#[test]
fn the_start_screen_offers_to_resume_only_with_answers() {
    use crate::pages::start::StartPage;
    let start = |has_answers: bool| {
        render(Lang::Zh, move || {
            html! { <StartPage {has_answers} focus={false} dispatch={Callback::noop()} /> }
        })
    };
    let fresh = start(false);
    assert!(fresh.contains("id=\"page-title\"") && fresh.contains("data-testid=\"begin\""));
    assert!(text_of(&fresh).contains("开始测算"));
    assert!(!fresh.contains("data-testid=\"resume\""));
    assert!(start(true).contains("data-testid=\"resume\""));
}

#[test]
fn the_summary_lists_every_asked_question_with_a_change() {
    use crate::pages::summary::{rows, SummaryPage};
    let s = state(&[
        ("customer", "household"),
        ("kw", "8"),
        ("area", "urban"),
        ("line_m", "abc"),
    ]);
    let rows = rows(Lang::Zh.text(), &s);
    let html = render(Lang::Zh, move || {
        html! { <SummaryPage {rows} focus={false} dispatch={Callback::noop()} onback={Callback::noop()} /> }
    });
    assert!(html.contains("data-testid=\"change-kw\""));
    let text = text_of(&html);
    assert!(text.contains("8 千瓦"));
    assert!(text.contains("“abc”") && text.contains("线路长度请输入整数"));
    assert!(text.contains("今天 · 2026年11月26日（星期四）"));
    assert!(
        !html.contains("change-supply"),
        "supply is not asked at 8 kW"
    );
}

#[test]
fn link_values_that_cannot_be_used_are_said_as_text() {
    use super::frame::link_notices;
    let notices = |pairs: &[(&str, &str)]| {
        let problems = state(pairs).link_problems;
        render(Lang::Zh, move || link_notices(Lang::Zh.text(), &problems))
    };
    let html = notices(&[("lang", "fr"), ("mode", "<b>x</b>"), ("kw", "5")]);
    let text = text_of(&html);
    assert!(text.contains("lang=“fr” 无法识别") && text.contains("mode=“<b>x</b>” 无法识别"));
    assert!(
        html.contains("&lt;b&gt;x") && !html.contains("<b>x"),
        "markup in a value is text"
    );
    // Values it can take, or none, say nothing.
    for ok in [
        vec![("lang", "en"), ("mode", "kiosk")],
        vec![("lang", ""), ("mode", "")],
        vec![("lang", "ZH-cn"), ("mode", "embed")],
        vec![],
    ] {
        assert!(!notices(&ok).contains("notice"), "{ok:?}");
    }
    // Said on the screen the link opened; gone once the customer moves on.
    let s = state(&[("lang", "fr"), ("kw", "5")]).apply(Action::Begin);
    assert!(s.link_problems.is_empty());
}

/// The part of `html` from `open` to the first `close` after it.
fn part<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let from = html.find(open)?;
    let len = html[from..].find(close)?;
    Some(&html[from..from + len + close.len()])
}

#[test]
fn every_basis_names_its_clause() {
    // Whole result pages, both languages, every category and the optional answers.
    let cases: [&[(&str, &str)]; 5] = [
        &[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", "2026-09-30"),
        ],
        &[
            ("customer", "small_micro"),
            ("kw", "150"),
            ("area", "rural"),
            ("line_m", "220"),
            ("dig_m", "95"),
            ("city_core", "1"),
            ("builder", "own"),
        ],
        &[
            ("customer", "other_org"),
            ("kw", "100"),
            ("area", "town"),
            ("use", "ev"),
        ],
        &[
            ("customer", "other_org"),
            ("kw", "500"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "1"),
            ("line_m", "250"),
            ("dig_m", "50"),
            ("design_d", "30"),
            ("works_d", "60"),
        ],
        &[
            ("customer", "small_micro"),
            ("kw", "800"),
            ("area", "center"),
            ("supply", "dual"),
            ("use", "temporary"),
        ],
    ];
    for case in cases {
        for lang in ["zh", "en"] {
            let mut pairs = case.to_vec();
            pairs.push(("lang", lang));
            let html = result_page(&state(&pairs), "https://example.test/");
            let blocks: Vec<&str> = html
                .split("<details class=\"basis\">")
                .skip(1)
                .map(|b| &b[..b.find("</details>").expect("closed")])
                .collect();
            assert!(
                blocks.len() >= 20,
                "{lang} {case:?}: only {} bases",
                blocks.len()
            );
            for b in &blocks {
                let refs = part(b, "<span class=\"basis-refs\">", "</span>").expect("refs");
                let refs = &refs["<span class=\"basis-refs\">".len()..refs.len() - "</span>".len()];
                assert!(!refs.trim().is_empty(), "{b}");
                let items: Vec<&str> = b.split("<li>").skip(1).collect();
                assert!(!items.is_empty(), "a basis without a clause: {b}");
                for item in items {
                    let cite = part(item, "<cite>", "</cite>").expect("every clause is cited");
                    let cite = &cite["<cite>".len()..cite.len() - "</cite>".len()];
                    let reference = cite
                        .strip_prefix("宿发改能源函〔2021〕37号 ")
                        .or_else(|| cite.strip_prefix("《中华人民共和国民法典》 "))
                        .unwrap_or_else(|| panic!("names its document: {cite}"));
                    // English names the clause with the original numbering after it.
                    let named = match reference.rfind(" (") {
                        Some(i) if lang == "en" => &reference[..i],
                        _ => reference,
                    };
                    assert!(!named.trim().is_empty(), "{cite}");
                    // A note after its own attachment is named by the note alone
                    // ("附件1及注2", "Annex 1 and its note 2").
                    let (head, note) = match lang {
                        "en" => named
                            .split_once(", note ")
                            .map(|(h, n)| (h, format!("note {n}"))),
                        _ => named.split_once(" 注").map(|(h, n)| (h, format!("注{n}"))),
                    }
                    .unwrap_or((named, named.to_string()));
                    assert!(
                        refs.contains(named) || (refs.contains(head) && refs.contains(&note)),
                        "the summary {refs:?} names {named:?}"
                    );
                    let quote = part(item, "<blockquote", "</blockquote>").expect("the passage");
                    assert!(
                        quote.len() > "<blockquote></blockquote>".len() + 10,
                        "{quote}"
                    );
                }
            }
            // Every card that states what the policy says has its basis, and so does every step.
            for card in [
                "h-timeline",
                "h-docs",
                "h-approval",
                "h-cost",
                "h-apply",
                "h-reliability",
                "h-rights",
            ] {
                let section =
                    part(&html, &format!("aria-labelledby=\"{card}\""), "</section>").expect(card);
                assert!(
                    section.contains("<details class=\"basis\">"),
                    "{lang} {card} without a basis"
                );
            }
            let headline = part(&html, "class=\"card headline", "</details>").expect("headline");
            assert!(headline.contains("<details class=\"basis\">"));
            let steps = part(&html, "<ol class=\"steps\">", "</ol>").expect("steps");
            for step in steps.split("<li class=\"step").skip(1) {
                assert!(
                    step.contains("<details class=\"basis\">"),
                    "{lang}: a step without a basis: {step}"
                );
            }
        }
    }
}

/// What the corrected readings of the policy show (issue 12): the facts come from the core, the
/// page only says them.
fn result_text(pairs: &[(&str, &str)]) -> String {
    text_of(&result_page(&state(pairs), "https://example.test/"))
}

#[test]
fn three_zero_works_and_connection_shows_both_figures() {
    let q = [
        ("customer", "small_micro"),
        ("kw", "120"),
        ("area", "rural"),
        ("date", "2026-11-26"),
    ];
    let zh = result_text(&q);
    assert!(
        zh.contains("供电公司须在 2026年12月4日（星期五） 前办完"),
        "{zh}"
    );
    assert!(zh.contains(
        "供电公司自身办理 2 个工作日（验收、装表、送电）；连同接电工程施工，最晚在全过程第 6 个工作日（2026年12月4日（星期五））完成。"
    ), "{zh}");
    assert!(
        !zh.contains("2026年12月1日"),
        "not 2 days after the acceptance"
    );
    let en = result_text(&[&q[..], &[("lang", "en")]].concat());
    assert!(
        en.contains("The company's own time: 2 working days"),
        "{en}"
    );
    assert!(en.contains("Our reading: Annex 1 gives these customers 3 working days in total"));
}

#[test]
fn standard_low_voltage_sees_a_relative_deadline() {
    let zh = result_text(&[
        ("customer", "other_org"),
        ("kw", "100"),
        ("area", "town"),
        ("date", "2026-11-26"),
    ]);
    assert!(zh.contains("您报告工程竣工后 2 个工作日内办完"), "{zh}");
    assert!(!zh.contains("2026年12月3日"));
    assert!(zh.contains("我们的理解：附件1 对这类用户没有全过程时限"));
    assert!(zh.contains("红线内的工程由您出资，所有用户都一样。"));
    assert!(zh.contains("我们的理解：政策没有说城镇算城市还是农村"));
}

#[test]
fn above_10kv_says_the_policy_sets_no_approval() {
    let zh = result_text(&[
        ("customer", "other_org"),
        ("kw", "20000"),
        ("area", "urban"),
        ("supply", "single"),
        ("special", "0"),
        ("dig_m", "50"),
    ]);
    assert!(zh.contains("本政策未规定：请向供电公司咨询"));
    assert!(zh.contains("您的容量超过 10000 千瓦"));
    assert!(
        !zh.contains("一口申请、一窗受理"),
        "no handler for a path the policy does not set"
    );
}

#[test]
fn a_three_zero_business_finishing_on_day_5_is_on_time() {
    let html = result_page(
        &state(&[
            ("customer", "small_micro"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-02"),
            ("done_acceptance", "2026-11-03"),
            ("done_connection", "2026-11-09"),
        ]),
        "https://example.test/",
    );
    let text = text_of(&html);
    assert!(!text.contains("有环节超时了"), "nothing to complain about");
    assert!(
        text.contains("按时办完（期限 2026年11月10日（星期二））"),
        "{text}"
    );
    assert!(!text.contains("⚠"));
}

#[test]
fn a_dual_supply_user_is_told_once_why_six_steps() {
    let zh = result_text(&[
        ("customer", "other_org"),
        ("kw", "800"),
        ("area", "urban"),
        ("supply", "dual"),
    ]);
    // Said once, beside the company's total (30), not at every starred step.
    assert_eq!(zh.matches("本工具把双电源用户看作多电源用户").count(), 1);
    assert!(!zh.contains("普通用户：4 个环节"));
}

#[test]
fn the_missed_box_on_a_kiosk_has_plain_numbers() {
    let html = result_page(
        &state(&[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", "2026-11-02"),
            ("done_acceptance", "2026-11-06"),
            ("mode", "kiosk"),
        ]),
        "https://example.test/",
    );
    let missed = part(&html, "class=\"missed\"", "</div>").expect("the missed box");
    assert!(
        missed.contains(">95598</strong>") && missed.contains(">12398</strong>"),
        "{missed}"
    );
    assert!(!missed.contains("tel:"));
    assert!(text_of(missed).contains("有环节超时了：请先拨打 95598"));
}

/// The timeline for answers, as of a day, with progress dates entered.
fn timeline_at(pairs: &[(&str, &str)], day: &str, progress: Progress) -> String {
    use super::timeline::Timeline;
    let today = parse_iso(day).expect("date");
    component(Lang::Zh, pairs, move |e| {
        html! { <Timeline estimate={e} {progress} {today} open=true dispatch={Callback::noop()} /> }
    })
}

#[test]
fn the_picture_names_every_step_with_its_due_date_and_the_holiday() {
    let html = timeline_at(
        &[
            ("customer", "small_micro"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-02-12"),
        ],
        "2026-02-12",
        Progress::default(),
    );
    let svg = &html[html.find("<svg").expect("svg")..html.find("</svg>").expect("end")];
    let text = text_of(svg);
    // Applied Thu 12 Feb 2026: 受理 by Fri 2/13; 春节 2/15–2/23 (Sat 2/14 a make-up working
    // day); the whole process's 6 working days end on 2/27.
    for name in ["业务受理", "施工接电", "全过程"] {
        assert!(text.contains(name), "{name}: {text}");
    }
    assert!(text.contains("2/13"), "acceptance due: {text}");
    assert!(text.contains("2/27"), "power on: {text}");
    assert!(text.contains("春节 2/15–2/23"), "the holiday named: {text}");
    assert!(svg.contains("aria-label=\"时间图："), "one-sentence label");
    // Nothing is scaled: no viewBox.
    assert!(!svg.contains("viewBox"));
    // No today marker for an application made today, no alarm without dates entered.
    assert!(!text.contains("今天") && !text.contains("已超时"), "{text}");
}

#[test]
fn the_picture_marks_only_what_the_customer_reported() {
    let pairs = [
        ("customer", "small_micro"),
        ("kw", "50"),
        ("area", "urban"),
        ("date", "2026-11-02"),
    ];
    // A month later, nothing entered: today is marked, nothing is called late.
    let quiet = text_of(&timeline_at(&pairs, "2026-12-02", Progress::default()));
    assert!(quiet.contains("今天 12/2"), "{quiet}");
    assert!(!quiet.contains("已超时"), "{quiet}");
    // Acceptance reported done late: that step is marked late.
    let mut p = Progress::default();
    p.finished.set(
        crate::policy::rules::StepId::Acceptance,
        parse_iso("2026-11-10"),
    );
    let late = timeline_at(&pairs, "2026-12-02", p);
    assert!(text_of(&late).contains("已超时"), "{}", text_of(&late));
    assert!(late.contains("data-mark=\"missed\""));
    // A step past its deadline with nothing reported is neutral; ticked "not done yet", it is
    // marked: acceptance on time, the connection (due 11/10) said open on 12/2.
    let mut p = Progress::default();
    p.finished.set(
        crate::policy::rules::StepId::Acceptance,
        parse_iso("2026-11-02"),
    );
    let neutral = timeline_at(&pairs, "2026-12-02", p);
    assert!(!neutral.contains("data-mark="), "{}", text_of(&neutral));
    p.open.set(crate::policy::rules::StepId::Connection, true);
    let open = timeline_at(&pairs, "2026-12-02", p);
    assert!(open.contains("data-mark=\"missed\""));
    assert!(
        text_of(&open).contains("施工接电 ⚠ 已超时 11/10"),
        "{}",
        text_of(&open)
    );
    assert!(!text_of(&open).contains("业务受理 ⚠"), "{}", text_of(&open));
}
