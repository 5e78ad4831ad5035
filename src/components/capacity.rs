//! The capacity question's parts: the live line under the field (low or high voltage at the
//! value typed), typical values, and the helper that estimates a capacity from equipment.

use super::fields::number_field;
use super::{text, use_text};
use crate::i18n::Text;
use crate::policy::answers::{format_milli, parse_kw, Kw};
use crate::policy::equipment::{read_counts, suggest, EQUIPMENT, SIMULTANEITY_TEXT};
use crate::policy::rules::Connection;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The counts typed into the helper, one per kind of equipment in `EQUIPMENT` order: not
/// answers, so in neither the state nor the URL.
pub type Counts = Rc<[String]>;

pub fn no_counts() -> Counts {
    EQUIPMENT.iter().map(|_| String::new()).collect()
}

/// The capacity field, its live verdict at the value typed (`cap`: the line for the address and
/// date) and the typical values.
pub fn kw_field(
    t: &Text,
    value: AttrValue,
    error: Option<AttrValue>,
    cap: Kw,
    oninput: Callback<String>,
    node: NodeRef,
) -> Html {
    let feedback = parse_kw(&value).ok().map(|kw| {
        let conn = if kw > cap {
            Connection::HighVoltage
        } else {
            Connection::LowVoltage
        };
        t.kw_feedback(&kw.to_string(), conn, cap)
    });
    html! {
        <>
            { number_field("kw", t.kw_label(), "decimal", value, error, oninput.clone(), node) }
            <p class="feedback" id="kw-feedback" aria-live="polite">{ feedback }</p>
            <div class="chips" role="group" aria-label={t.kw_typical()}>
                <span class="chips-label" aria-hidden="true">{ text(t.kw_typical()) }</span>
                for (value, label) in t.kw_typical_values() {
                    <button type="button" class="chip" onclick={oninput.reform(move |_: MouseEvent| value.to_string())}>
                        { text(label) }
                    </button>
                }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelperProps {
    pub counts: Counts,
    /// A count typed: (equipment index, text).
    pub oncount: Callback<(usize, String)>,
    /// "Use N kW": the suggestion into the capacity field.
    pub onuse: Callback<String>,
}

/// Equipment × count × simultaneity, shown as it adds up.
#[component]
pub fn CapacityHelper(props: &HelperProps) -> Html {
    let t = use_text();
    // Open at first only when there are counts to show (coming back to the question).
    let open = use_state(|| props.counts.iter().any(|c| !c.trim().is_empty()));
    let typed: Vec<(&str, &str)> = EQUIPMENT
        .iter()
        .zip(props.counts.iter())
        .map(|(e, c)| (e.id, c.as_str()))
        .collect();
    let (counts, unreadable) = read_counts(&typed);
    let suggestion = suggest(&counts);
    let rows = EQUIPMENT.iter().enumerate().map(|(i, e)| {
        let id = format!("eq-{}", e.id);
        let oninput = props.oncount.reform(move |ev: InputEvent| {
            (i, ev.target_unchecked_into::<HtmlInputElement>().value())
        });
        let bad = unreadable.contains(&e.id);
        html! {
            <div class="helper-row">
                <label for={id.clone()}>{ text(t.equipment(e.id)) }</label>
                <input id={id} type="text" inputmode="numeric" autocomplete="off" placeholder="0"
                    value={props.counts.get(i).cloned().unwrap_or_default()}
                    aria-invalid={bad.then_some("true")} {oninput} />
            </div>
        }
    });
    let names = unreadable
        .iter()
        .map(|id| t.equipment(id))
        .collect::<Vec<_>>()
        .join(t.sep_list());
    let result = match &suggestion {
        None => html! { <p class="small">{ text(t.helper_empty()) }</p> },
        Some(s) => {
            let suggested = format_milli(s.suggested);
            let onclick = props.onuse.reform({
                let v = suggested.clone();
                move |_: MouseEvent| v.clone()
            });
            html! {
                <>
                    <ul class="small">
                        for (e, n, kw) in s.lines.iter() {
                            <li>{ t.helper_line_for(t.equipment(e.id), *n, &format_milli(*kw)) }</li>
                        }
                    </ul>
                    <p>{ t.helper_connected(&format_milli(s.connected)) }</p>
                    <p><strong>{ t.helper_result(&format_milli(s.connected), SIMULTANEITY_TEXT, &suggested) }</strong></p>
                    <button type="button" class="btn-secondary" data-testid="fill" {onclick}>{ t.helper_use(&suggested) }</button>
                </>
            }
        }
    };
    html! {
        <details class="helper" open={*open}>
            <summary>{ text(t.helper_toggle()) }</summary>
            <p class="small">{ text(t.helper_intro()) }</p>
            <div class="helper-grid">{ for rows }</div>
            <div class="helper-result" id="helper-result" aria-live="polite">
                if !unreadable.is_empty() {
                    <p class="error">{ t.helper_unreadable(&names) }</p>
                }
                { result }
            </div>
        </details>
    }
}
