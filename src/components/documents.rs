//! The documents per step, as a checklist, with 一证受理: the one document that starts it.

use super::basis::{basis, readings};
use super::fold::fold;
use super::text;
use crate::app::state::{Action, Section};
use crate::i18n::Text;
use crate::policy::clause::{Clause, Reading};
use crate::policy::rules::{Estimate, StepId};
use yew::prelude::*;

/// The documents card of a result.
pub fn documents(t: &Text, e: &Estimate, open: bool, dispatch: &Callback<Action>) -> Html {
    let first = e
        .steps
        .iter()
        .flat_map(|s| &s.documents)
        .find(|d| d.enough_to_start);
    let mut clauses: Vec<&'static Clause> = Vec::new();
    for c in e
        .steps
        .iter()
        .flat_map(|s| s.basis.iter())
        .filter(|c| c.reference == "二(二)1")
    {
        if !clauses.contains(c) {
            clauses.push(c);
        }
    }
    let mut read: Vec<Reading> = Vec::new();
    for d in e.steps.iter().flat_map(|s| &s.documents) {
        if let Some(r) = d.reading {
            if !read.contains(&r) {
                read.push(r);
            }
        }
    }
    let body = html! {
        <>
            if let Some(d) = first {
                <p class="one-document"><strong>{ t.one_document(d.document) }</strong></p>
            }
            for s in e.steps.iter().filter(|s| !s.documents.is_empty()) {
                <div class="doc-step">
                    <h3>{ text(t.step_name(s.id, e.category.value)) }</h3>
                    <ul class="checklist">
                        for (i, d) in s.documents.iter().enumerate() {
                            <li>
                                <input type="checkbox" id={format!("doc-{}-{i}", s.id.key())} />
                                <label for={format!("doc-{}-{i}", s.id.key())}>
                                    { text(t.document(d.document)) }
                                    if s.id == StepId::Acceptance && !d.enough_to_start {
                                        <span class="tag">{ text(t.documents_may_follow()) }</span>
                                    }
                                </label>
                            </li>
                        }
                    </ul>
                </div>
            }
            <p class="small">{ text(t.documents_only_these()) }</p>
            { basis(clauses, &[]) }
            { readings(t, &read) }
        </>
    };
    html! {
        <section class="card docs-card" aria-labelledby="h-docs">
            { fold(Section::Documents, "h-docs", t.documents_title(), open, dispatch, body) }
        </section>
    }
}
