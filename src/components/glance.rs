//! The result at a glance, first on the page: the four answers a customer came for, one line
//! each with its date or number — which service, when power is on at the latest (or what it
//! depends on), what to bring to start, whom to call — and the ways to take the result away:
//! print, copy the link, share it (where the device can), the data as JSON, and in a kiosk
//! the QR code.

use super::qr::Qr;
use super::{text, Shared};
use crate::app::browser;
use crate::calendar::iso;
use crate::i18n::Text;
use crate::policy::rules::Estimate;
use yew::prelude::*;

/// What the glance needs from its page.
pub struct GlanceProps<'a> {
    pub estimate: &'a Shared<Estimate>,
    pub kiosk: bool,
    /// The link to copy or share: the answers only.
    pub link: &'a AttrValue,
    /// The result's address for another device (the kiosk's QR code).
    pub share_url: &'a AttrValue,
    /// The device offers its share sheet (`navigator.share`).
    pub can_share: bool,
    /// The link was copied (the page's state: the glance holds none of its own).
    pub copied: &'a UseStateHandle<bool>,
    /// A what-if is shown: its data is not offered as the customer's estimate.
    pub what_if: bool,
}

/// The glance of a result page (a function of its page, like the headline).
pub fn glance(t: &Text, props: GlanceProps) -> Html {
    let e = &**props.estimate;
    let copied = props.copied;
    let power_on = super::headline::power_on(t, e)
        .map_or_else(|| t.whole_process_none().to_string(), |(line, _)| line);
    let first = e
        .steps
        .iter()
        .flat_map(|s| &s.documents)
        .find(|d| d.enough_to_start);
    let download = {
        let e = props.estimate.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                &format!("bandian-estimate-{}.json", iso(e.date())),
                "application/json",
                &e.to_json_pretty(),
            )
        })
    };
    let copy = {
        let (copied, link) = (copied.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| copied.set(browser::copy_text(&link)))
    };
    let share = {
        let link = props.link.clone();
        let title: &'static str = t.result_title();
        Callback::from(move |_: MouseEvent| browser::share(title, &link))
    };
    html! {
        <section class="card glance" aria-labelledby="h-glance">
            <h2 id="h-glance" class="sr-only">{ text(t.glance_title()) }</h2>
            <div class="glance-body">
                <ul class="glance-lines">
                    <li data-line="tier">
                        <span class="badge">{ text(t.tier(e.tier.value)) }</span>{ " " }
                        <strong>{ t.supplier_days_total(e.supplier_days.value) }</strong>
                    </li>
                    <li data-line="power-on"><strong>{ power_on }</strong></li>
                    if let Some(d) = first {
                        <li data-line="bring">{ t.one_document(d.document) }</li>
                    }
                    <li data-line="call">{ text(t.glance_call()) }</li>
                </ul>
                <div class="actions glance-actions no-print">
                    <button type="button" class="btn-secondary" data-testid="print" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ text(t.print()) }</button>
                    if !props.kiosk {
                        <button type="button" class="btn-secondary" data-testid="copy-link" onclick={copy}>
                            { text(if **copied { t.glance_link_copied() } else { t.glance_copy_link() }) }
                        </button>
                        if props.can_share {
                            <button type="button" class="btn-secondary" data-testid="share" onclick={share}>{ text(t.glance_share()) }</button>
                        }
                        if !props.what_if {
                            <button type="button" class="btn-quiet" data-testid="download" onclick={download}>{ text(t.download()) }</button>
                        }
                    }
                </div>
                if props.kiosk {
                    <figure class="qr-box no-print">
                        <Qr text={props.share_url.clone()} label={t.qr()} />
                        <figcaption>{ text(t.qr()) }</figcaption>
                    </figure>
                }
            </div>
            <p class="sr-only" role="status">{ if **copied { text(t.glance_link_copied()) } else { html! {} } }</p>
        </section>
    }
}
