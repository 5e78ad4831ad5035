//! What-if at the thresholds: the customer's answer beside the same estimate on the other side
//! of each line it is near, the cells that differ marked.

use super::{on, text, use_text, Shared};
use crate::app::state::Action;
use crate::i18n::Text;
use crate::policy::rules::Estimate;
use crate::policy::whatif::{Change, WhatIf};
use yew::prelude::*;

/// The outcome rows compared: tier, connection, time limits, approval, investment.
fn outcome_cells(t: &Text, e: &Estimate) -> [String; 5] {
    let o = e.outcome();
    let days = match o.whole_process_days {
        Some(w) => t.whatif_both_days(o.supplier_days, w),
        None => t.days_n(o.supplier_days),
    };
    let approval = if o.approval.is_empty() {
        t.approval_not_set().to_string()
    } else {
        o.approval
            .iter()
            .map(|p| t.approval_path(*p))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    [
        t.tier(o.tier).to_string(),
        t.connection(o.connection).to_string(),
        days,
        approval,
        t.zero_investment(o.zero_investment).to_string(),
    ]
}

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub estimate: Shared<Estimate>,
    pub alternatives: Shared<Vec<WhatIf>>,
    /// Follow an alternative.
    pub dispatch: Callback<Action>,
}

#[component]
pub fn WhatIfTable(props: &WhatIfProps) -> Html {
    let t = use_text();
    let alternatives = &*props.alternatives;
    if alternatives.is_empty() {
        return html! {};
    }
    let now = outcome_cells(&t, &props.estimate);
    let cols: Vec<[String; 5]> = alternatives
        .iter()
        .map(|w| outcome_cells(&t, &w.estimate))
        .collect();
    let heads: Vec<String> = std::iter::once(t.whatif_now().to_string())
        .chain(alternatives.iter().map(|w| {
            let mut head = t.whatif_change(w.change);
            if !w.assumed.is_empty() {
                head.push(' ');
                head.push_str(t.whatif_assumed());
            }
            head
        }))
        .collect();
    html! {
        <section class="card whatif" aria-labelledby="h-whatif">
            <h2 id="h-whatif">{ text(t.whatif_title()) }</h2>
            <p>{ text(t.whatif_intro()) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="h-whatif">
                // Explicit roles: on a narrow screen the table is stacked (CSS), which must not
                // cost it its table semantics; each cell then shows its column's name.
                <table role="table">
                    <thead role="rowgroup">
                        <tr role="row">
                            <td role="cell"></td>
                            <th scope="col" role="columnheader">{ text(t.whatif_now()) }</th>
                            for w in alternatives.iter() {
                                <th scope="col" role="columnheader">
                                    { t.whatif_change(w.change) }
                                    if !w.assumed.is_empty() {
                                        <span class="small">{ format!(" {}", t.whatif_assumed()) }</span>
                                    }
                                </th>
                            }
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        for (i, label) in t.whatif_rows().into_iter().enumerate() {
                            <tr role="row">
                                <th scope="row" role="rowheader">{ text(label) }</th>
                                for (c, col) in std::iter::once(&now).chain(cols.iter()).enumerate() {
                                    <td role="cell" data-label={heads[c].clone()}
                                        data-differs={(c > 0 && col[i] != now[i]).then_some("true")}>{ col[i].clone() }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <div class="whatif-actions no-print">
                for w in alternatives.iter() {
                    <button type="button" class="btn-secondary small-btn" data-testid="whatif"
                        onclick={on(&props.dispatch, Action::WhatIf(Some(w.change)))}>{ format!("{} →", t.whatif_change(w.change)) }</button>
                }
            </div>
        </section>
    }
}

/// The what-if view's banner, on top of its screen: what is shown, and the one tap back to the
/// customer's own answers (`assumed`: the what-if had to assume single supply, ordinary user).
pub fn banner(t: &Text, change: Change, assumed: bool, onleave: Callback<()>) -> Html {
    let mut what = t.whatif_change(change);
    if assumed {
        what.push_str(t.whatif_assumed());
    }
    html! {
        <div class="whatif-view">
            <button type="button" id="whatif-banner" class="whatif-banner" data-testid="whatif-leave"
                onclick={onleave.reform(|_: MouseEvent| ())}>
                <span class="whatif-viewing">{ t.whatif_viewing(&what) }</span>
                { " — " }
                <span class="whatif-leave">{ text(t.whatif_leave()) }</span>
            </button>
            <p class="small">{ text(t.whatif_note()) }</p>
        </div>
    }
}
