//! The result, in the order a customer needs it: tier, connection, what a missing answer would
//! refine, the what-if comparison, the dated timeline, documents, approval, cost, how to apply
//! and whom to call, reliability, rights — every line with its basis — then "Am I on time?" and
//! the actions.

use crate::app::state::{Action, Section};
use crate::components::approval::approval;
use crate::components::basis::{basis, Clauses};
use crate::components::documents::documents;
use crate::components::fold::fold;
use crate::components::frame::hotlines;
use crate::components::glance::{glance, GlanceProps};
use crate::components::headline::headline;
use crate::components::timeline::Timeline;
use crate::components::tracker::Tracker;
use crate::components::whatif::WhatIfTable;
use crate::components::{on, page_title, text, use_text, use_title, Shared};
use crate::flow::Question;
use crate::i18n::Text;
use crate::pages::summary::change_link;
use crate::policy::clause::Readings;
use crate::policy::clause::POLICY;
use crate::policy::rules::{Cited, Estimate, Refinement};
use crate::policy::tracker::Progress;
use crate::policy::whatif::WhatIf;
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub estimate: Shared<Estimate>,
    pub alternatives: Shared<Vec<WhatIf>>,
    pub progress: Progress,
    pub progress_errors: Vec<String>,
    pub tracking: bool,
    pub today: NaiveDate,
    pub kiosk: bool,
    /// The result's address for another device (the kiosk's QR code).
    pub share_url: AttrValue,
    /// The link to copy or share: the answers only.
    pub link: AttrValue,
    /// The device offers its share sheet.
    pub can_share: bool,
    /// The detail sections folded away (the reducer's, one bit per [`Section`]).
    pub folded: u8,
    /// The answers the dates come from, as the printed sheet lists them.
    pub inputs: AttrValue,
    pub focus: bool,
    pub dispatch: Callback<Action>,
    /// Back: the browser's, where the app has an entry before this one.
    pub onback: Callback<()>,
    /// The estimate is a what-if's (the app shows its banner): not offered as the customer's
    /// own (no comparison, tracker, marks from it or download; the headline says so).
    #[prop_or_default]
    pub what_if: bool,
}

#[component]
pub fn ResultPage(props: &ResultProps) -> Html {
    let t = use_text();
    let title = use_title(props.focus);
    // "Copy link" was pressed (said on the button until the page goes).
    let copied = use_state_eq(|| false);
    let e = &*props.estimate;
    let cited = |line: AttrValue, c: &Cited<_>| (line, Clauses::Static(c.basis), c.readings);
    let cost: Vec<Line> = e
        .cost
        .items
        .iter()
        .map(|i| cited(t.cost_item(i.value).into(), i))
        .collect();
    let channels: Vec<Line> = e
        .channels
        .iter()
        .map(|c| {
            (
                AttrValue::Static(t.channel(c.value)),
                Clauses::Static(c.basis),
                c.readings,
            )
        })
        .collect();
    let rights: Vec<Line> = e
        .rights
        .iter()
        .map(|r| {
            (
                AttrValue::Static(t.right(r.value)),
                Clauses::Static(r.basis),
                r.readings,
            )
        })
        .collect();
    let r = e.reliability.value;
    let d = &props.dispatch;
    let open = |s: Section| s.is_open_in(props.folded);
    let apply = html! {
        <>
            { cited_list(channels) }
            <h3>{ text(t.hotlines_title()) }</h3>
            { hotlines(&t, props.kiosk, true) }
            { basis(e.hotlines.basis, e.hotlines.readings) }
            <h3>{ text(t.service_title()) }</h3>
            <p>{ text(t.service(e.service.value)) }</p>
            { basis(e.service.basis, e.service.readings) }
        </>
    };
    let reliability = html! {
        <>
            <p>{ t.reliability_target(r.area, r.hours, r.city_grid, r.grid_hours) }</p>
            { basis(e.reliability.basis, e.reliability.readings) }
        </>
    };
    html! {
        <section class="page result" data-tier={e.tier.value.key()} data-category={e.category.value.key()}>
            <p class="print-only print-header">{ t.printed_on(&t.date(props.today)) }</p>
            { page_title(&title, t.result_title()) }
            { glance(&t, GlanceProps { estimate: &props.estimate, kiosk: props.kiosk, link: &props.link,
                share_url: &props.share_url, can_share: props.can_share, copied: &copied, what_if: props.what_if }) }
            { headline(&t, e, props.what_if) }
            <p class="print-only print-inputs">{ t.print_inputs(&props.inputs) }</p>
            <div class="result-main">
                <Timeline estimate={props.estimate.clone()} progress={if props.what_if { Progress::default() } else { props.progress }} today={props.today}
                    open={open(Section::Timeline)} dispatch={d.clone()} />
                { refinements(&t, &e.refinements, d) }
                if !props.what_if {
                    <WhatIfTable estimate={props.estimate.clone()} alternatives={props.alternatives.clone()} dispatch={d.clone()} />
                }
            </div>
            <div class="result-side">
                { documents(&t, e, open(Section::Documents), d) }
                { approval(&t, &e.approval, open(Section::Approval), d) }
                { cited_card(Section::Cost, "h-cost", t.cost_title(), cost, open(Section::Cost), d) }
                <section class="card" aria-labelledby="h-apply">
                    { fold(Section::Apply, "h-apply", t.apply_title(), open(Section::Apply), d, apply) }
                </section>
                <section class="card" aria-labelledby="h-reliability">
                    { fold(Section::Reliability, "h-reliability", t.reliability_title(), open(Section::Reliability), d, reliability) }
                </section>
                { cited_card(Section::Rights, "h-rights", t.rights_title(), rights, open(Section::Rights), d) }
                if !props.what_if {
                    <Tracker estimate={props.estimate.clone()} progress={props.progress} errors={props.progress_errors.clone()}
                        tracking={props.tracking} today={props.today} kiosk={props.kiosk} dispatch={d.clone()} />
                }
                <section class="card actions-card no-print">
                    <div class="actions">
                        <button type="button" class="btn-quiet" data-testid="back" onclick={props.onback.reform(|_: MouseEvent| ())}>{ text(t.back()) }</button>
                        <button type="button" class="btn-quiet" data-testid="restart" onclick={on(d, Action::Restart)}>{ text(t.restart()) }</button>
                    </div>
                </section>
            </div>
            <p class="print-only small">{ format!("{POLICY} · {}", t.footer()) }</p>
        </section>
    }
}

/// What a missing optional answer would refine, each a link to that question.
fn refinements(t: &Text, refinements: &[Refinement], dispatch: &Callback<Action>) -> Html {
    if refinements.is_empty() {
        return html! {};
    }
    html! {
        <section class="card refine no-print" aria-labelledby="h-refine">
            <h2 id="h-refine">{ text(t.refine_title()) }</h2>
            <ul>
                for r in refinements {
                    <li>{ match r {
                        Refinement::Approval(p) => {
                            let q = Question::of(*p);
                            change_link(t, q, t.question_title(q), dispatch)
                        }
                        Refinement::OwnWorksDates => change_link(t, Question::OwnWorks, t.refine_own_works(), dispatch),
                        Refinement::DateAssumedToday => change_link(t, Question::Date, t.refine_date(), dispatch),
                    } }</li>
                }
            </ul>
        </section>
    }
}

/// A line, the clauses it rests on and the readings it relies on.
type Line = (AttrValue, Clauses, Readings);

/// Lines, each with its basis.
fn cited_list(items: Vec<Line>) -> Html {
    html! {
        <ul class="cited">
            for (line, clauses, readings) in items {
                <li>{ line }{ basis(clauses, readings) }</li>
            }
        </ul>
    }
}

/// A card of cited lines: the cost position, the customer's rights.
fn cited_card(
    section: Section,
    id: &'static str,
    title: &'static str,
    items: Vec<Line>,
    open: bool,
    dispatch: &Callback<Action>,
) -> Html {
    html! {
        <section class="card" aria-labelledby={id}>
            { fold(section, id, title, open, dispatch, cited_list(items)) }
        </section>
    }
}
