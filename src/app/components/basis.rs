//! "依据 / Basis": a disclosure under any line that reveals the clauses it rests on — the
//! reference, the passage in Chinese, and in the English interface an English rendering.

use crate::app::use_ctx;
use crate::i18n::Lang;
use crate::policy::clause::{Clause, Source, POLICY};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub clauses: Vec<&'static Clause>,
}

#[function_component(Basis)]
pub fn basis(props: &Props) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let english = ctx.state.lang == Lang::En;
    let refs: Vec<&str> = props.clauses.iter().map(|c| c.reference).collect();
    html! {
        <details class="basis">
            <summary>{ t.basis() }<span class="basis-refs">{ refs.join("、") }</span></summary>
            <ul>
                { for props.clauses.iter().map(|c| {
                    let source = match c.source { Source::Policy => POLICY, Source::CivilCode => "《中华人民共和国民法典》" };
                    html! {
                        <li>
                            <cite>{ format!("{source} {}", c.reference) }</cite>
                            if english {
                                <p>{ c.en }</p>
                                <blockquote lang="zh-CN"><span class="label">{ t.basis_original() }{ ": " }</span>{ c.zh }</blockquote>
                            } else {
                                <blockquote>{ c.zh }</blockquote>
                            }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
