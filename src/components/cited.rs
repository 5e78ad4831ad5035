//! Lists of cited lines (cost, how to apply, rights): each line with its basis.

use super::basis::{Basis, Clauses};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitedListProps {
    /// Each line's text and the clauses it rests on.
    pub items: Vec<(AttrValue, Clauses)>,
}

#[component]
pub fn CitedList(props: &CitedListProps) -> Html {
    html! {
        <ul class="cited">
            for (line, clauses) in props.items.iter().cloned() {
                <li>{ line }<Basis {clauses} /></li>
            }
        </ul>
    }
}
