//! "依据 / Basis": the clauses an item rests on, as a native disclosure. Closed by default; it
//! stays as the customer left it through every redraw, because the node is never replaced.

use super::{text, use_text};
use crate::i18n::clause_original;
use crate::i18n::Text;
use crate::policy::clause::{Clause, Reading, Readings, Source, POLICY};
use std::rc::Rc;
use yew::html::IntoPropValue;
use yew::prelude::*;

/// The clauses of an item: a static list from the rules, or one built for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Clauses {
    Static(&'static [&'static Clause]),
    Built(Rc<[&'static Clause]>),
}

impl Clauses {
    pub fn as_slice(&self) -> &[&'static Clause] {
        match self {
            Clauses::Static(s) => s,
            Clauses::Built(b) => b,
        }
    }
}

impl IntoPropValue<Clauses> for &'static [&'static Clause] {
    fn into_prop_value(self) -> Clauses {
        Clauses::Static(self)
    }
}

impl IntoPropValue<Clauses> for &Vec<&'static Clause> {
    fn into_prop_value(self) -> Clauses {
        Clauses::Built(self.as_slice().into())
    }
}

impl IntoPropValue<Clauses> for Vec<&'static Clause> {
    fn into_prop_value(self) -> Clauses {
        Clauses::Built(self.into())
    }
}

#[derive(Properties, PartialEq)]
pub struct BasisProps {
    pub clauses: Clauses,
    /// Where the item rests on this project's reading rather than the text: said beside it.
    #[prop_or_default]
    pub readings: Readings,
}

/// "Our reading: …", one line per reading (its text carries the label).
#[inline(never)]
pub fn readings(t: &Text, readings: &[Reading]) -> Html {
    html! {
        for r in readings {
            <p class="reading small">{ t.reading(*r) }</p>
        }
    }
}

/// The [`Basis`] of an item (a call, where the item is drawn: one place builds its props).
pub fn basis(clauses: impl IntoPropValue<Clauses>, readings: Readings) -> Html {
    basis_of(clauses.into_prop_value(), readings)
}

#[inline(never)]
fn basis_of(clauses: Clauses, readings: Readings) -> Html {
    html! { <Basis {clauses} {readings} /> }
}

/// The disclosure: the references in its summary, each clause's passage inside (in English,
/// the rendering first and the original after it).
#[component]
pub fn Basis(props: &BasisProps) -> Html {
    let t = use_text();
    let clauses = props.clauses.as_slice();
    let mut refs: Vec<&'static str> = Vec::new();
    for c in clauses {
        if !refs.contains(&c.reference) {
            refs.push(c.reference);
        }
    }
    let refs = t.references(&refs);
    html! {
        <>
        <details class="basis">
            <summary>{ text(t.basis()) }<span class="basis-refs">{ refs }</span></summary>
            <ul>
                for c in clauses.iter().copied() {
                    <li>
                        <cite>{ cite(&t, c) }</cite>
                        if let Some(rendering) = t.clause(c) {
                            <p>{ text(rendering) }</p>
                            <blockquote lang="zh-CN">
                                <span class="label">{ t.basis_original() }{ ": " }</span>
                                { text(clause_original(c)) }
                            </blockquote>
                        } else {
                            <blockquote>{ text(clause_original(c)) }</blockquote>
                        }
                    </li>
                }
            </ul>
        </details>
        { readings(&t, props.readings) }
        </>
    }
}

/// A clause's source and reference; where the language names the reference (English), the
/// original numbering follows, to find it by in the document.
fn cite(t: &crate::i18n::Text, c: &Clause) -> String {
    let source = match c.source {
        Source::Policy => POLICY,
        Source::CivilCode => "《中华人民共和国民法典》",
    };
    let named = t.reference(c.reference);
    if named == c.reference {
        format!("{source} {named}")
    } else {
        format!("{source} {named} ({})", c.reference)
    }
}
