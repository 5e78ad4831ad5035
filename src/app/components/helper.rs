//! Capacity helper: counts of common equipment → a suggested capacity, with the arithmetic.

use crate::app::use_ctx;
use crate::policy::answers::format_milli;
use crate::policy::equipment::SIMULTANEITY_TEXT;
use crate::policy::equipment::{suggest, EQUIPMENT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Called with the suggested capacity (kW, as text) when the customer uses it.
    pub on_use: Callback<String>,
}

#[function_component(CapacityHelper)]
pub fn capacity_helper(props: &Props) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let counts = use_state(|| vec![0u32; EQUIPMENT.len()]);
    let pairs: Vec<(&str, u32)> = EQUIPMENT.iter().zip(counts.iter()).map(|(e, n)| (e.id, *n)).collect();
    let suggestion = suggest(&pairs);
    html! {
        <details class="helper">
            <summary>{ t.helper_toggle() }</summary>
            <p class="small">{ t.helper_intro() }</p>
            <div class="helper-grid">
                { for EQUIPMENT.iter().enumerate().map(|(i, e)| {
                    let id = format!("eq-{}", e.id);
                    let counts = counts.clone();
                    let oninput = Callback::from(move |ev: InputEvent| {
                        let v = ev.target_unchecked_into::<HtmlInputElement>().value();
                        // Counts are small whole numbers; anything else counts as 0.
                        let n = v.trim().parse::<u32>().unwrap_or(0).min(10_000);
                        let mut next = (*counts).clone();
                        if let Some(slot) = next.get_mut(i) {
                            *slot = n;
                        }
                        counts.set(next);
                    });
                    html! {
                        <div class="helper-row">
                            <label for={id.clone()}>{ t.equipment(e.id) }</label>
                            <input id={id} type="number" inputmode="numeric" min="0" max="10000" step="1" placeholder="0" {oninput} />
                        </div>
                    }
                }) }
            </div>
            <div class="helper-result" aria-live="polite">
                { match &suggestion {
                    None => html! { <p class="small">{ t.helper_empty() }</p> },
                    Some(s) => {
                        let suggested = format_milli(s.suggested);
                        let on_use = props.on_use.clone();
                        let value = suggested.clone();
                        html! {
                            <>
                                <ul class="small">
                                    { for s.lines.iter().map(|(e, n, kw)| html! {
                                        <li>{ format!("{} × {} = {} kW", t.equipment(e.id), n, format_milli(*kw)) }</li>
                                    }) }
                                </ul>
                                <p>{ t.helper_connected(&format_milli(s.connected)) }</p>
                                <p><strong>{ t.helper_result(&format_milli(s.connected), SIMULTANEITY_TEXT, &suggested) }</strong></p>
                                <button type="button" class="btn-secondary" onclick={Callback::from(move |_: MouseEvent| on_use.emit(value.clone()))}>
                                    { t.helper_use(&suggested) }
                                </button>
                            </>
                        }
                    }
                } }
            </div>
        </details>
    }
}
