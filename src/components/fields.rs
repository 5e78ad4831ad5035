//! Form fields of the questions: a list of choices, a text field for a number, a select, a
//! date. Each shows what the customer typed (held by the question page, not the answers) and
//! its problem next to it, and reports every change.

use super::text;
use crate::i18n::Opt;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// `aria-describedby` of a field: the question's hint, and its error when there is one.
fn described_by(error_id: &str, error: &Option<AttrValue>) -> String {
    match error {
        Some(_) => format!("q-hint {error_id}"),
        None => "q-hint".to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorProps {
    pub id: AttrValue,
    pub message: Option<AttrValue>,
}

/// A field's problem, announced when it appears.
#[component]
pub fn FieldError(props: &ErrorProps) -> Html {
    html! {
        if let Some(msg) = &props.message {
            <p class="error" id={props.id.clone()} role="alert">{ msg.clone() }</p>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The answer parameter's key: the radio group's name and the options' id prefix.
    pub name: &'static str,
    pub options: Vec<Opt>,
    pub selected: AttrValue,
    pub onselect: Callback<AttrValue>,
}

/// Radio options, each with its label and one-line hint.
#[component]
pub fn ChoiceList(props: &ChoiceProps) -> Html {
    html! {
        <div class="options">
            for o in props.options.iter().copied() {
                <ChoiceOption name={props.name} option={o} checked={props.selected == o.key} onselect={props.onselect.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChoiceOptionProps {
    name: &'static str,
    option: Opt,
    checked: bool,
    onselect: Callback<AttrValue>,
}

#[component]
fn ChoiceOption(props: &ChoiceOptionProps) -> Html {
    let o = props.option;
    let id = format!("opt-{}-{}", props.name, o.key);
    let onchange = props
        .onselect
        .reform(move |_: Event| AttrValue::Static(o.key));
    html! {
        <div class="option">
            <input type="radio" id={id.clone()} name={props.name} value={o.key} checked={props.checked} {onchange} />
            <label for={id}>
                <span class="option-label">{ text(o.label) }</span>
                if !o.hint.is_empty() {
                    <span class="option-hint">{ text(o.hint) }</span>
                }
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    /// The answer parameter's key: the field's name, and its id after `q-`.
    pub name: &'static str,
    pub label: &'static str,
    /// `decimal` or `numeric`: the keyboard a phone shows.
    pub inputmode: &'static str,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub node: NodeRef,
}

/// A text field for a number: text, not `type=number`, so what was typed is read as typed
/// (full-width digits included) and anything unreadable is said, not silently blanked.
#[component]
pub fn NumberField(props: &NumberProps) -> Html {
    let id = format!("q-{}", props.name);
    let error_id = format!("{id}-error");
    let oninput = props
        .oninput
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="field">
            <label for={id.clone()}>{ text(props.label) }</label>
            <input id={id} name={props.name} type="text" inputmode={props.inputmode} autocomplete="off"
                spellcheck="false" value={props.value.clone()} ref={props.node.clone()}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby={described_by(&error_id, &props.error)} {oninput} />
            <FieldError id={error_id} message={props.error.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub name: &'static str,
    pub label: &'static str,
    /// The first, empty option ("choose").
    pub placeholder: &'static str,
    /// (value, label) of each option.
    pub options: Vec<(AttrValue, &'static str)>,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub onchange: Callback<String>,
    /// The options' language, where it differs from the page's (township names are Chinese).
    #[prop_or_default]
    pub options_lang: Option<&'static str>,
}

#[component]
pub fn Select(props: &SelectProps) -> Html {
    let id = format!("q-{}", props.name);
    let error_id = format!("{id}-error");
    let onchange = props
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field">
            <label for={id.clone()}>{ text(props.label) }</label>
            <select id={id} name={props.name} {onchange}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby={described_by(&error_id, &props.error)}>
                <option value="" selected={props.value.is_empty()}>{ text(props.placeholder) }</option>
                for (value, label) in props.options.iter().cloned() {
                    <option selected={props.value == value} value={value.clone()} lang={props.options_lang}>{ text(label) }</option>
                }
            </select>
            <FieldError id={error_id} message={props.error.clone()} />
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

#[derive(Properties, PartialEq)]
pub struct DateProps {
    pub id: AttrValue,
    pub name: Option<AttrValue>,
    pub label: AttrValue,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    /// The element the field's problem is described by (its own error, or a status line).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    pub onchange: Callback<DateInput>,
    #[prop_or_default]
    pub class: Option<AttrValue>,
    #[prop_or_default]
    pub node: NodeRef,
}

/// A date: the browser's date picker for ISO values; anything else stays visible as text so
/// it can be fixed.
#[component]
pub fn DateField(props: &DateProps) -> Html {
    let kind = if props.value.is_empty() || crate::calendar::parse_iso(&props.value).is_some() {
        "date"
    } else {
        "text"
    };
    let error_id = format!("{}-error", props.id);
    let described = props.described_by.clone().or_else(|| {
        props
            .error
            .as_ref()
            .map(|_| AttrValue::from(error_id.clone()))
    });
    let onchange = props
        .onchange
        .reform(|e: Event| read_date(&e.target_unchecked_into::<HtmlInputElement>()));
    html! {
        <div class={props.class.clone().unwrap_or(AttrValue::Static("field"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} name={props.name.clone()} type={kind} min="2022-01-01" max="2099-12-31"
                value={props.value.clone()} ref={props.node.clone()}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby={described} {onchange} />
            if props.described_by.is_none() {
                <FieldError id={error_id} message={props.error.clone()} />
            }
        </div>
    }
}
