//! Form fields of the questions: a list of choices (a component), and a text field for a
//! number, a select and a date (functions that return the field's nodes: they hold no state of
//! their own). Each shows what the customer typed (held by the question page, not the answers)
//! and its problem next to it, and reports every change.

use super::text;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// `aria-describedby` of a question's field: the hint, and its error when there is one.
fn described_by(error_id: &str, error: &Option<AttrValue>) -> String {
    match error {
        Some(_) => format!("q-hint {error_id}"),
        None => "q-hint".to_string(),
    }
}

fn invalid(error: &Option<AttrValue>) -> &'static str {
    if error.is_some() {
        "true"
    } else {
        "false"
    }
}

/// A field's problem, announced when it appears.
#[inline(never)]
pub fn field_error(id: String, message: Option<AttrValue>) -> Html {
    html! {
        if let Some(msg) = message {
            <p class="error" {id} role="alert">{ msg }</p>
        }
    }
}

/// One option of a choice: its value, label and one-line hint.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub key: AttrValue,
    pub label: AttrValue,
    pub hint: &'static str,
}

impl From<crate::i18n::Opt> for Choice {
    fn from(o: crate::i18n::Opt) -> Self {
        Choice {
            key: AttrValue::Static(o.key),
            label: AttrValue::Static(o.label),
            hint: o.hint,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The answer parameter's key: the radio group's name and the options' id prefix.
    pub name: &'static str,
    pub options: Vec<Choice>,
    pub selected: AttrValue,
    pub onselect: Callback<AttrValue>,
}

/// Radio options, each with its label and hint.
#[component]
pub fn ChoiceList(props: &ChoiceProps) -> Html {
    html! {
        <div class="options">
            for (o, id) in props.options.iter().cloned().map(|o| { let id = AttrValue::from(format!("opt-{}-{}", props.name, o.key)); (o, id) }) {
                <div class="option">
                    <input type="radio" id={id.clone()} name={props.name}
                        value={o.key.clone()} checked={props.selected == o.key}
                        onchange={props.onselect.reform({ let key = o.key.clone(); move |_: Event| key.clone() })} />
                    <label for={id}>
                        <span class="option-label">{ o.label }</span>
                        if !o.hint.is_empty() {
                            <span class="option-hint">{ text(o.hint) }</span>
                        }
                    </label>
                </div>
            }
        </div>
    }
}

/// A text field for a number: text, not `type=number`, so what was typed is read as typed
/// (full-width digits included) and anything unreadable is said, not silently blanked.
/// `name` is the answer parameter's key (the field's id after `q-`); `inputmode` the keyboard
/// a phone shows (`decimal` or `numeric`).
#[inline(never)]
pub fn number_field(
    name: &'static str,
    label: &'static str,
    inputmode: &'static str,
    value: AttrValue,
    error: Option<AttrValue>,
    oninput: Callback<String>,
    node: NodeRef,
) -> Html {
    let id = format!("q-{name}");
    let error_id = format!("{id}-error");
    let oninput =
        oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="field">
            <label for={id.clone()}>{ text(label) }</label>
            <input {id} {name} type="text" {inputmode} autocomplete="off" spellcheck="false" {value}
                ref={node} aria-invalid={invalid(&error)} aria-describedby={described_by(&error_id, &error)} {oninput} />
            { field_error(error_id, error) }
        </div>
    }
}

/// A select with an empty first option ("choose"); the options' language where it differs
/// from the page's (township names are Chinese).
#[allow(clippy::too_many_arguments)]
pub fn select_field(
    name: &'static str,
    label: &'static str,
    placeholder: &'static str,
    options: Vec<(AttrValue, &'static str)>,
    value: AttrValue,
    error: Option<AttrValue>,
    onchange: Callback<String>,
    options_lang: Option<&'static str>,
) -> Html {
    let id = format!("q-{name}");
    let error_id = format!("{id}-error");
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field">
            <label for={id.clone()}>{ text(label) }</label>
            <select {id} {name} {onchange} aria-invalid={invalid(&error)} aria-describedby={described_by(&error_id, &error)}>
                // Selected unless the value is one of the options (a township left outside a
                // newly chosen district is not shown as chosen).
                <option value="" selected={!options.iter().any(|(v, _)| *v == value)}>{ text(placeholder) }</option>
                for (v, l) in options {
                    <option selected={value == v} value={v.clone()} lang={options_lang}>{ text(l) }</option>
                }
            </select>
            { field_error(error_id, error) }
        </div>
    }
}

/// What a date field holds: the ISO value, or, when the browser has something it cannot
/// read as a date (half-typed, or a day that does not exist), that fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateInput {
    Value(String),
    Unreadable,
}

/// Read a date field as the browser holds it: an empty value with `validity.badInput` means
/// something was typed that is not a date.
pub fn read_date(input: &HtmlInputElement) -> DateInput {
    let value = input.value();
    if value.is_empty() && input.validity().bad_input() {
        DateInput::Unreadable
    } else {
        DateInput::Value(value)
    }
}

/// A date field's look and ties.
pub struct DateSpec {
    pub id: AttrValue,
    /// The field's name: the URL parameter it sets.
    pub name: AttrValue,
    pub label: &'static str,
    /// Where its problem is said when not right under it (a status line).
    pub described_by: Option<AttrValue>,
}

/// A date: the browser's date picker for ISO values; anything else stays visible as text so
/// it can be fixed.
#[inline(never)]
pub fn date_field(
    spec: DateSpec,
    value: AttrValue,
    error: Option<AttrValue>,
    onchange: Callback<DateInput>,
) -> Html {
    let kind = if value.is_empty() || crate::calendar::parse_iso(&value).is_some() {
        "date"
    } else {
        "text"
    };
    let error_id = format!("{}-error", spec.id);
    let own_error = spec.described_by.is_none();
    let described = spec
        .described_by
        .or_else(|| error.as_ref().map(|_| AttrValue::from(error_id.clone())));
    let onchange =
        onchange.reform(|e: Event| read_date(&e.target_unchecked_into::<HtmlInputElement>()));
    html! {
        <div class="field">
            <label for={spec.id.clone()}>{ text(spec.label) }</label>
            <input id={spec.id} name={spec.name} type={kind} min="2022-01-01" max="2099-12-31" {value}
                aria-invalid={invalid(&error)} aria-describedby={described} {onchange} />
            if own_error {
                { field_error(error_id, error) }
            }
        </div>
    }
}
