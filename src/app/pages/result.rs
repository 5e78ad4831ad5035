//! The result, in the order a customer needs it: tier, connection, dated timeline, documents,
//! approval, cost, how to apply and whom to call, reliability, rights — every line with its
//! basis. Then the on-time tracker and the print / download / start-again actions.

use crate::app::components::basis::Basis;
use crate::app::components::frame::{Hotline, PageHeading};
use crate::app::components::qr::Qr;
use crate::app::components::timeline::Timeline;
use crate::app::components::tracker::Tracker;
use crate::app::components::whatif::WhatIfs;
use crate::app::state::{encode_query, Action, Mode};
use crate::app::{browser, use_ctx};
use crate::calendar::iso;
use crate::flow::Question;
use crate::policy::clause::{Clause, POLICY};
use crate::policy::rules::{Estimate, Refinement};
use std::rc::Rc;
use yew::prelude::*;

fn cited(text: String, basis: &[&'static Clause]) -> Html {
    html! { <li>{ text }<Basis clauses={basis.to_vec()} /></li> }
}

#[function_component(ResultPage)]
pub fn result_page() -> Html {
    let ctx = use_ctx();
    let Some(e) = ctx.estimate.clone() else {
        // Unreachable through the reducer (Result needs ready answers); stay useful anyway.
        return html! { <crate::app::pages::summary::Summary /> };
    };
    let t = ctx.t();
    let s = &*ctx.state;
    let kiosk = s.mode == Mode::Kiosk;
    let cat = e.category.value;
    let conn = &e.connection.value;

    let share_url = format!("{}?{}", browser::page_url_without_query(), encode_query(&s.shareable_pairs()));
    let download = {
        let e = e.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(&format!("bandian-estimate-{}.json", iso(e.date())), "application/json", &e.to_json_pretty())
        })
    };

    html! {
        <section class="page result" data-tier={e.tier.value.key()} data-category={cat.key()}>
            <p class="print-only print-header">{ t.printed_on(&t.date(s.today)) }</p>
            <PageHeading text={t.result_title()} />

            <div class={classes!("card", "headline", format!("tier-{}", e.tier.value.key()))}>
                <p class="tier"><span class="badge">{ t.tier(e.tier.value) }</span></p>
                <p class="promise">{ t.tier_promise(e.tier.value) }</p>
                <Basis clauses={e.tier.basis.to_vec()} />
                <p class="category">{ t.category(cat) }</p>
                <Basis clauses={e.category.basis.to_vec()} />
                <p class="connection"><strong>{ t.connection(conn.connection) }</strong>{ " " }
                    { t.connection_reason(conn.connection, &conn.kw.to_string(), conn.cap, conn.phase, e.answers.area) }</p>
                <Basis clauses={e.connection.basis.to_vec()} />
                <p class="total"><strong>{ t.supplier_days(e.supplier_days.value) }</strong></p>
                <Basis clauses={e.supplier_days.basis.to_vec()} />
                if let Some(w) = &e.whole_process {
                    <p class="total"><strong>{ t.whole_process(w.value.days, &t.date(w.value.due)) }</strong></p>
                } else {
                    <p class="small">{ t.no_whole_process() }</p>
                }
            </div>

            <Refinements estimate={e.clone()} />
            <WhatIfs estimate={e.clone()} />

            <section class="card" aria-labelledby="h-timeline">
                <h2 id="h-timeline">{ t.timeline_title() }</h2>
                <Timeline estimate={e.clone()} />
                <p class="small">{ t.counting_note() }</p>
                <Basis clauses={e.counting.to_vec()} />
            </section>

            <Documents estimate={e.clone()} />
            <Approval estimate={e.clone()} />

            <section class="card" aria-labelledby="h-cost">
                <h2 id="h-cost">{ t.cost_title() }</h2>
                <ul class="cited">{ for e.cost.items.iter().map(|i| cited(t.cost_item(i.value), i.basis)) }</ul>
            </section>

            <section class="card" aria-labelledby="h-apply">
                <h2 id="h-apply">{ t.apply_title() }</h2>
                <ul class="cited">{ for e.channels.iter().map(|c| cited(t.channel(c.value).to_string(), c.basis)) }</ul>
                <h3>{ t.hotlines_title() }</h3>
                <p class="hotlines big">
                    <Hotline number="95598" label={t.hotline_power()} plain={kiosk} />
                    <Hotline number="12398" label={t.hotline_regulator()} plain={kiosk} />
                </p>
                <Basis clauses={e.hotlines.basis.to_vec()} />
                <h3>{ t.service_title() }</h3>
                <p>{ t.service(e.service.value) }</p>
                <Basis clauses={e.service.basis.to_vec()} />
            </section>

            <section class="card" aria-labelledby="h-reliability">
                <h2 id="h-reliability">{ t.reliability_title() }</h2>
                { { let r = e.reliability.value; html! { <p>{ t.reliability(r.area, r.hours, r.city_grid, r.grid_hours) }</p> } } }
                <Basis clauses={e.reliability.basis.to_vec()} />
            </section>

            <section class="card" aria-labelledby="h-rights">
                <h2 id="h-rights">{ t.rights_title() }</h2>
                <ul class="cited">{ for e.rights.iter().map(|r| cited(t.right(r.value).to_string(), r.basis)) }</ul>
            </section>

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

#[derive(Properties, PartialEq)]
struct EstimateProps {
    estimate: Rc<Estimate>,
}

#[function_component(Refinements)]
fn refinements(props: &EstimateProps) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let e = &props.estimate;
    if e.refinements.is_empty() {
        return html! {};
    }
    let item = |label: String, q: Question| {
        html! {
            <li><button type="button" class="link-button" onclick={ctx.callback(move |_: MouseEvent| Action::Change(q))}>{ label }</button></li>
        }
    };
    html! {
        <section class="card refine no-print" aria-labelledby="h-refine">
            <h2 id="h-refine">{ t.refine_title() }</h2>
            <ul>
                { for e.refinements.iter().map(|r| match r {
                    Refinement::Approval(p) => { let q = Question::of(*p); item(t.question_title(q).to_string(), q) }
                    Refinement::OwnWorksDates => item(t.refine_own_works().to_string(), Question::OwnWorks),
                    Refinement::DateAssumedToday => item(t.refine_date().to_string(), Question::Date),
                }) }
            </ul>
        </section>
    }
}

#[function_component(Documents)]
fn documents(props: &EstimateProps) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let e = &props.estimate;
    let first = e.steps.iter().flat_map(|s| &s.documents).find(|d| d.enough_to_start).map(|d| d.document);
    html! {
        <section class="card" aria-labelledby="h-docs">
            <h2 id="h-docs">{ t.documents_title() }</h2>
            if let Some(d) = first {
                <p class="one-document"><strong>{ t.one_document(d) }</strong></p>
            }
            { for e.steps.iter().filter(|s| !s.documents.is_empty()).map(|s| html! {
                <div class="doc-step">
                    <h3>{ t.step_name(s.id, e.category.value) }</h3>
                    <ul class="checklist">
                        { for s.documents.iter().map(|d| {
                            let id = format!("doc-{}-{:?}", s.id.key(), d.document);
                            html! {
                                <li>
                                    <input type="checkbox" id={id.clone()} />
                                    <label for={id}>
                                        { t.document(d.document) }
                                        if s.id == crate::policy::StepId::Acceptance && !d.enough_to_start {
                                            <span class="tag">{ t.may_follow() }</span>
                                        }
                                    </label>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }) }
            <p class="small">{ t.documents_only_these() }</p>
            <Basis clauses={e.steps.iter().flat_map(|s| s.basis.iter().copied()).filter(|c| c.reference == "二(二)1").fold(Vec::new(), |mut v, c| { if !v.contains(&c) { v.push(c); } v })} />
        </section>
    }
}

#[function_component(Approval)]
fn approval(props: &EstimateProps) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let a = &props.estimate.approval;
    html! {
        <section class="card" aria-labelledby="h-approval" data-approval={a.path.map_or("unknown", |p| p.key())}>
            <h2 id="h-approval">{ t.approval_title() }</h2>
            if let Some(p) = a.path {
                <p><strong>{ t.approval_path(p) }</strong>{ " · " }{ t.approval_days(p.days()) }</p>
                <p>{ t.approval_desc(p) }</p>
            } else {
                <p>{ t.approval_possible() }</p>
                <ul>
                    { for a.possible.iter().map(|p| html! {
                        <li><strong>{ t.approval_path(*p) }</strong>{ " · " }{ t.approval_days(p.days()) }{ " — " }{ t.approval_desc(*p) }</li>
                    }) }
                </ul>
                if !a.deciding.is_empty() {
                    <p>{ t.approval_decide_by() }</p>
                    <ul>
                        { for a.deciding.iter().map(|p| {
                            let q = Question::of(*p);
                            html! { <li><button type="button" class="link-button" onclick={ctx.callback(move |_: MouseEvent| Action::Change(q))}>{ t.question_title(q) }</button></li> }
                        }) }
                    </ul>
                }
            }
            <Basis clauses={a.basis.to_vec()} />
            <p>{ t.approval_handler(a.handler.value) }</p>
            <Basis clauses={a.handler.basis.to_vec()} />
            <p class="small">{ t.approval_parallel_to_works() }</p>
        </section>
    }
}
