//! The question screen rendered natively, from the state, for what it says.

use super::{QuestionModel, QuestionPage};
use crate::app::state::{Action, State};
use crate::components::capacity::no_counts;
use crate::components::testing::{render, text_of};
use crate::flow::Question;
use crate::i18n::Lang;
use crate::policy::Param;
use yew::prelude::*;

fn state(pairs: &[(&str, &str)]) -> State {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    State::from_pairs(
        &pairs,
        None,
        crate::calendar::parse_iso("2026-11-26").expect("date"),
    )
}

fn page(s: &State, q: Question) -> String {
    let model = QuestionModel::of(s, q);
    render(s.lang, move || {
        html! {
            <QuestionPage {model} focus={false} counts={no_counts()} oncount={Callback::noop()}
                dispatch={Callback::noop()} onback={Callback::noop()} />
        }
    })
}

#[test]
fn a_choice_question_checks_the_stored_answer_and_shows_its_problem() {
    let html = page(&state(&[("customer", "household")]), Question::Customer);
    assert!(
        html.contains("<legend><h1 id=\"page-title\" tabindex=\"-1\">谁来申请用电？</h1></legend>"),
        "{html}"
    );
    let checked = html.split("checked").count() - 1;
    assert_eq!(checked, 1, "one option checked");
    assert!(
        html.contains("id=\"opt-customer-household\"")
            && html.contains("value=\"household\" checked")
            || html.contains("checked value=\"household\""),
        "{html}"
    );
    assert!(
        !html.contains("data-testid=\"skip\""),
        "a required question cannot be skipped"
    );
    let html = page(&state(&[("area", "city")]), Question::Area);
    assert!(
        html.contains("role=\"alert\"") && text_of(&html).contains("center、urban、town、rural")
    );
}

#[test]
fn a_number_question_keeps_what_was_typed() {
    let html = page(&state(&[("kw", "-5")]), Question::Capacity);
    assert!(html.contains("value=\"-5\"") && html.contains("aria-invalid=\"true\""));
    assert!(text_of(&html).contains("容量必须大于 0"));
    // Typical values to fill in.
    assert!(
        text_of(&html).contains("约 8 千瓦") || html.contains("class=\"chip\""),
        "{html}"
    );
    let html = page(
        &state(&[("line_m", "12.5"), ("lang", "en")]),
        Question::LineLength,
    );
    assert!(text_of(&html).contains("The line length must be a whole number."));
    assert!(html.contains("data-testid=\"skip\""));
}

#[test]
fn the_township_list_and_the_area_suggestion() {
    let html = page(&state(&[("district", "341322")]), Question::Town);
    assert!(html.contains(">龙城镇<") && !html.contains("埇桥街道"));
    let s = state(&[("district", "341322"), ("town", "341322204")]);
    let html = page(&s, Question::Area);
    assert!(
        text_of(&html).contains("根据“石林乡”，建议选择“农村”"),
        "{html}"
    );
    let model = QuestionModel::of(&s, Question::Area);
    assert_eq!(model.initial, [(Param::Area, "rural".to_string())]);
}

#[test]
fn a_required_question_left_empty_says_so() {
    let s = state(&[("area", "urban")]).apply(Action::Submit(
        Question::Customer,
        vec![(Param::Customer, String::new())],
    ));
    let html = page(&s, Question::Customer);
    assert!(text_of(&html).contains("这一题需要回答"));
    assert!(html.contains("aria-describedby=\"q-hint q-error\""));
}

#[test]
fn live_feedback_and_the_helper() {
    use crate::components::capacity::{kw_field, CapacityHelper};
    use crate::policy::Kw;
    let cap = Kw::whole(100).expect("kw");
    let field = |v: &'static str| {
        render(Lang::Zh, move || {
            kw_field(
                Lang::Zh.text(),
                v.into(),
                None,
                cap,
                Callback::noop(),
                NodeRef::default(),
            )
        })
    };
    let f = text_of(&field("120"));
    assert!(f.contains("120 千瓦：超过 100 千瓦，需要高压接入。"), "{f}");
    assert!(!text_of(&field("abc")).contains("千瓦："));
    let helper = |lang: Lang, counts: Vec<(&'static str, &'static str)>| {
        render(lang, move || {
            let counts: crate::components::capacity::Counts = crate::policy::equipment::EQUIPMENT
                .iter()
                .map(|e| {
                    counts
                        .iter()
                        .find(|(id, _)| *id == e.id)
                        .map_or(String::new(), |(_, v)| v.to_string())
                })
                .collect();
            html! { <CapacityHelper {counts} oncount={Callback::noop()} onuse={Callback::noop()} /> }
        })
    };
    let en = helper(Lang::En, vec![("ev_dc", "3")]);
    let text = text_of(&en);
    assert!(
        text.contains("180 kW × simultaneity factor 0.8 ≈ 144 kW"),
        "{text}"
    );
    assert!(text.contains("Use 144 kW") && !en.contains("class=\"error\""));
    // What could not be read is said, by name, and the rest still adds up.
    let zh = helper(
        Lang::Zh,
        vec![("ev_dc", "3"), ("oven", "abc"), ("ev_ac", "1.5")],
    );
    let text = text_of(&zh);
    assert!(
        text.contains("这些数量无法识别，没有计入：电烤箱"),
        "{text}"
    );
    assert!(text.contains("144 千瓦"));
    assert_eq!(zh.matches("aria-invalid=\"true\"").count(), 2);
}
