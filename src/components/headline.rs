//! The result's headline: the service tier and what it promises, the customer category, low or
//! high voltage and why, the company's total time and when power is on at the latest.

use super::basis::basis;
use super::text;
use crate::calendar::Span;
use crate::i18n::Text;
use crate::policy::rules::Estimate;
use chrono::Datelike;
use yew::prelude::*;

/// The headline of a result (drawn by the result page: it changes only with the estimate).
/// `what_if`: the estimate is a what-if's, not the customer's answers (said where it names them).
pub fn headline(t: &Text, e: &Estimate, what_if: bool) -> Html {
    let tier = e.tier.value;
    let conn = &e.connection.value;
    let power_on = power_on(t, e);
    html! {
        <div class="card headline">
            <p class="tier"><span class="badge">{ text(t.tier(tier)) }</span></p>
            <p class="promise">{ text(t.tier_promise(tier)) }</p>
            { basis(e.tier.basis, e.tier.readings) }
            <p class="category">{ text(t.category(e.category.value)) }</p>
            { basis(e.category.basis, e.category.readings) }
            <p class="connection">
                <strong>{ text(t.connection(conn.connection)) }</strong>{ " " }
                { t.connection_reason(conn.connection, &conn.kw.to_string(), conn.cap, conn.phase, e.answers.area, what_if) }
            </p>
            { basis(e.connection.basis, e.connection.readings) }
            <p class="total"><strong>{ t.supplier_days_total(e.supplier_days.value) }</strong></p>
            { basis(e.supplier_days.basis, e.supplier_days.readings) }
            // 合计 and 全过程 differ: say why, once.
            if let Some(w) = e.whole_process.as_ref().filter(|w| w.value.days != e.supplier_days.value) {
                <p class="small why-totals">{ t.totals_differ(&t.days_n(e.supplier_days.value), &t.days_n(w.value.days)) }</p>
            }
            if let Some((line, span)) = power_on {
                <p class="total"><strong>{ line }</strong></p>
                if span.provisional {
                    <p class="provisional small">{ t.provisional_year(span.due.year()) }</p>
                }
            } else {
                <p class="small">{ text(t.whole_process_none()) }</p>
            }
        </div>
    }
}

/// The date power is on, as a line, with the span it ends: within the whole-process limit, or
/// dated to the end from the customer's own design and construction days; `None` while it
/// depends on their works. The headline and the glance say it alike.
pub fn power_on<'e>(t: &Text, e: &'e Estimate) -> Option<(String, &'e Span)> {
    match (&e.whole_process, e.power_on_expected()) {
        (Some(w), _) => Some((
            t.whole_process_by(w.value.days, &t.date(w.value.due)),
            &w.value,
        )),
        (None, Some(span)) => Some((t.whole_process_own_works(&t.date(span.due)), span)),
        (None, None) => None,
    }
}
