//! What-if at the thresholds: the customer's outcome beside the other side of each nearby line,
//! all computed by the same engine.

use crate::app::state::Action;
use crate::app::use_ctx;
use crate::calendar::Official;
use crate::i18n::Text;
use crate::policy::rules::Estimate;
use crate::policy::whatif::{what_ifs, Change};
use crate::policy::Param;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub estimate: Rc<Estimate>,
}

fn column(t: &'static dyn Text, e: &Estimate) -> [String; 5] {
    let o = e.outcome();
    let days = match o.whole_process_days {
        Some(w) => format!("{} / {}", t.days(o.supplier_days), t.days(w)),
        None => t.days(o.supplier_days),
    };
    let approval = o.approval.iter().map(|p| t.approval_path(*p)).collect::<Vec<_>>().join(" / ");
    [t.tier(o.tier).to_string(), t.connection(o.connection).to_string(), days, approval, t.zero_investment(o.zero_investment).to_string()]
}

fn change_value(c: Change) -> String {
    match c {
        Change::Kw(k) => k.to_string(),
        Change::Supply(s) => crate::policy::Choice::key(s).to_string(),
        Change::Special(b) => if b { "1" } else { "0" }.to_string(),
        Change::LineM(m) | Change::DigM(m) => m.to_string(),
    }
}

#[function_component(WhatIfs)]
pub fn what_ifs_view(props: &Props) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let alternatives = use_memo(props.estimate.answers, |a| what_ifs(a, &Official));
    if alternatives.is_empty() {
        return html! {};
    }
    let now = column(t, &props.estimate);
    let rows = t.whatif_rows();
    html! {
        <section class="card whatif" aria-labelledby="h-whatif">
            <h2 id="h-whatif">{ t.whatif_title() }</h2>
            <p>{ t.whatif_intro() }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="h-whatif">
                <table>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{ t.whatif_now() }</th>
                            { for alternatives.iter().map(|w| html! {
                                <th scope="col">
                                    { t.whatif_change(w.change) }
                                    if !w.assumed.is_empty() { <span class="small">{ " " }{ t.whatif_assumed() }</span> }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(i, label)| html! {
                            <tr>
                                <th scope="row">{ *label }</th>
                                <td>{ now[i].clone() }</td>
                                { for alternatives.iter().map(|w| {
                                    let col = column(t, &w.estimate);
                                    let differs = col[i] != now[i];
                                    html! { <td class={classes!(differs.then_some("differs"))}>{ col[i].clone() }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="whatif-actions no-print">
                { for alternatives.iter().map(|w| {
                    let mut values = vec![(w.change.param(), change_value(w.change))];
                    values.extend(w.assumed.iter().map(|p| (*p, match p { Param::Supply => "single".to_string(), _ => "0".to_string() })));
                    let label = t.whatif_change(w.change);
                    html! {
                        <button type="button" class="btn-secondary small-btn" onclick={ctx.callback(move |_: MouseEvent| Action::SetAnswers(values.clone()))}>
                            { label }{ " →" }
                        </button>
                    }
                }) }
            </div>
        </section>
    }
}
