//! The approval of the connection works: the path (or every path still possible), its time,
//! who deals with it, and the questions whose answer would decide it.

use super::basis::basis;
use super::fold::fold;
use super::text;
use crate::app::state::{Action, Section};
use crate::flow::Question;
use crate::i18n::Text;
use crate::pages::summary::change_link;
use crate::policy::rules::{Approval, ApprovalPath};
use yew::prelude::*;

/// The approval card of a result; its links answer a deciding question.
pub fn approval(t: &Text, a: &Approval, open: bool, dispatch: &Callback<Action>) -> Html {
    let line = |p: ApprovalPath| {
        html! { <><strong>{ text(t.approval_path(p)) }</strong>{ " · " }{ t.approval_time(p.days()) }</> }
    };
    let body = html! {
        <>
            if let Some(p) = a.path {
                <p>{ line(p) }</p>
                <p>{ text(t.approval_desc(p)) }</p>
            } else if !a.set_by_policy {
                <p><strong>{ text(t.approval_not_set()) }</strong></p>
                <p>{ t.approval_not_set_why() }</p>
            } else {
                <p>{ text(t.approval_possible()) }</p>
                <ul>
                    for p in a.possible.iter().copied() {
                        <li>{ line(p) }{ " — " }{ text(t.approval_desc(p)) }</li>
                    }
                </ul>
            }
            { basis(a.basis, a.readings) }
            // Nobody applies for anything when no approval is needed, nor by this policy's paths
            // when it sets none.
            if a.path != Some(ApprovalPath::None) && a.set_by_policy {
                <p>{ text(t.approval_handler(a.handler.value)) }</p>
                { basis(a.handler.basis, a.handler.readings) }
            }
            if let Some(w) = &a.alongside_works {
                <p class="small">{ text(t.approval_parallel_to_works()) }</p>
                { basis(w.basis, w.readings) }
            }
            if !a.deciding.is_empty() {
                <p class="no-print">{ text(t.approval_decide_by()) }</p>
                <ul class="no-print">
                    for p in a.deciding.iter() {
                        <li>{ change_link(t, Question::of(*p), t.question_title(Question::of(*p)), dispatch) }</li>
                    }
                </ul>
            }
        </>
    };
    html! {
        <section class="card" aria-labelledby="h-approval" data-approval={a.path.map_or("unknown", |p| p.key())}>
            { fold(Section::Approval, "h-approval", t.approval_title(), open, dispatch, body) }
        </section>
    }
}
