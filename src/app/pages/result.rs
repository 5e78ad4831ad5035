//! The result, in the order a customer needs it: tier, connection, dated timeline, documents,
//! approval, cost, how to apply and whom to call, reliability, rights — every line with its
//! basis. The read-only text is built by [`crate::report`] and inserted whole; everything
//! that does something (change an answer, try the other side of a line, print, download,
//! start again, the on-time tracker) is a Yew element.

use crate::app::components::qr::Qr;
use crate::app::components::tracker::Tracker;
use crate::app::components::whatif::WhatIfs;
use crate::app::components::frame::PageHeading;
use crate::app::state::{encode_query, Action, Mode};
use crate::app::{browser, use_ctx};
use crate::calendar::iso;
use crate::flow::Question;
use crate::policy::clause::POLICY;
use crate::policy::rules::{Refinement, Timing};
use crate::report;
use yew::prelude::*;

/// Trusted markup from [`crate::report`] (built with escaping) as a node.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}

#[function_component(ResultPage)]
pub fn result_page() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let kiosk = s.mode == Mode::Kiosk;
    let sections = {
        let e = ctx.estimate.clone();
        use_memo((e, s.lang, kiosk), |(e, lang, kiosk)| {
            e.as_ref().map(|e| {
                let t = lang.text();
                [report::headline(t, e), report::timeline(t, e), report::documents(t, e), report::approval(t, e), report::rest(t, e, *kiosk)]
            })
        })
    };
    let (Some(e), Some([headline, timeline, documents, approval, rest])) = (ctx.estimate.clone(), (*sections).clone()) else {
        // Unreachable through the reducer (a result needs ready answers); stay useful anyway.
        return html! { <crate::app::pages::summary::Summary /> };
    };
    let t = ctx.t();
    let change = |q: Question, label: String| {
        html! { <button type="button" class="link-button" onclick={ctx.callback(move |_: MouseEvent| Action::Change(q))}>{ label }</button> }
    };
    let share_url = format!("{}?{}", browser::page_url_without_query(), encode_query(&s.shareable_pairs()));
    let download = {
        let e = e.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(&format!("bandian-estimate-{}.json", iso(e.date())), "application/json", &e.to_json_pretty())
        })
    };
    let undated_own_works = e.steps.iter().any(|st| st.timing == Timing::OwnWorksUndated);

    html! {
        <section class="page result" data-tier={e.tier.value.key()} data-category={e.category.value.key()}>
            <p class="print-only print-header">{ t.printed_on(&t.date(s.today)) }</p>
            <PageHeading text={t.result_title()} />
            { raw(headline) }

            if !e.refinements.is_empty() {
                <section class="card refine no-print" aria-labelledby="h-refine">
                    <h2 id="h-refine">{ t.refine_title() }</h2>
                    <ul>
                        { for e.refinements.iter().map(|r| html! { <li>{ match r {
                            Refinement::Approval(p) => { let q = Question::of(*p); change(q, t.question_title(q).to_string()) }
                            Refinement::OwnWorksDates => change(Question::OwnWorks, t.refine_own_works().to_string()),
                            Refinement::DateAssumedToday => change(Question::Date, t.refine_date().to_string()),
                        } }</li> }) }
                    </ul>
                </section>
            }
            <WhatIfs estimate={e.clone()} />

            <section class="card" aria-labelledby="h-timeline">
                { raw(timeline) }
                if undated_own_works {
                    <p class="no-print">{ change(Question::OwnWorks, t.own_works_add().to_string()) }</p>
                }
            </section>
            <section class="card" aria-labelledby="h-docs">{ raw(documents) }</section>
            <section class="card" aria-labelledby="h-approval" data-approval={e.approval.path.map_or("unknown", |p| p.key())}>
                { raw(approval) }
                if !e.approval.deciding.is_empty() {
                    <p class="no-print">{ t.approval_decide_by() }</p>
                    <ul class="no-print">
                        { for e.approval.deciding.iter().map(|p| { let q = Question::of(*p); html! { <li>{ change(q, t.question_title(q).to_string()) }</li> } }) }
                    </ul>
                }
            </section>
            { raw(rest) }

            <Tracker estimate={e.clone()} />

            <section class="card actions-card no-print">
                <div class="actions">
                    <button type="button" class="btn-secondary" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ t.print() }</button>
                    if !kiosk {
                        <button type="button" class="btn-secondary" onclick={download}>{ t.download() }</button>
                    }
                    <button type="button" class="btn-quiet" onclick={ctx.callback(|_: MouseEvent| Action::Back)}>{ t.back() }</button>
                    <button type="button" class="btn-quiet" onclick={ctx.callback(|_: MouseEvent| Action::Restart)}>{ t.restart() }</button>
                </div>
                if kiosk {
                    <figure class="qr-box">
                        <Qr text={share_url} label={t.qr_caption()} />
                        <figcaption>{ t.qr_caption() }</figcaption>
                    </figure>
                }
            </section>
            <p class="print-only small">{ POLICY }{ " · " }{ t.footer_disclaimer() }</p>
        </section>
    }
}
