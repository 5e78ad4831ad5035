//! What-if at the thresholds: the customer's outcome beside the other side of each nearby line,
//! all computed by the same engine; a button per alternative applies it.

use crate::app::pages::result::raw;
use crate::app::state::Action;
use crate::app::use_ctx;
use crate::calendar::Official;
use crate::policy::rules::Estimate;
use crate::policy::whatif::{what_ifs, Change};
use crate::policy::{Choice, Param};
use crate::report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub estimate: Rc<Estimate>,
}

fn change_value(c: Change) -> String {
    match c {
        Change::Kw(k) => k.to_string(),
        Change::Supply(s) => s.key().to_string(),
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
    html! {
        <section class="card whatif" aria-labelledby="h-whatif">
            { raw(report::whatif_table(t, &props.estimate, &alternatives)) }
            <div class="whatif-actions no-print">
                { for alternatives.iter().map(|w| {
                    let mut values = vec![(w.change.param(), change_value(w.change))];
                    values.extend(w.assumed.iter().map(|p| (*p, if *p == Param::Supply { "single" } else { "0" }.to_string())));
                    html! {
                        <button type="button" class="btn-secondary small-btn" onclick={ctx.callback(move |_: MouseEvent| Action::SetAnswers(values.clone()))}>
                            { t.whatif_change(w.change) }{ " →" }
                        </button>
                    }
                }) }
            </div>
        </section>
    }
}
