//! A QR code drawn as SVG, generated in the app (no network).

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    pub label: AttrValue,
}

/// The SVG path of the dark modules and the code's size, or `None` if the text is too long.
pub fn path(text: &str) -> Option<(String, i32)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, size + 8))
}

#[function_component(Qr)]
pub fn qr(props: &Props) -> Html {
    let drawn = use_memo(props.text.clone(), |text| path(text));
    match &*drawn {
        Some((d, size)) => html! {
            <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={props.label.clone()}
                shape-rendering="crispEdges" data-text={props.text.clone()}>
                <rect width="100%" height="100%" fill="#fff" />
                <path d={d.clone()} fill="#000" />
            </svg>
        },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_result_url_fits() {
        let url = "https://example.gov.cn/bandian/?customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26";
        let (d, size) = super::path(url).expect("fits");
        assert!(size > 25 && d.starts_with('M'));
    }
}
