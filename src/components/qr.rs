//! A QR code of the result's address, for a kiosk visitor to take the result away: generated
//! here (no network), as SVG.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};
use yew::prelude::*;

/// The code's dark modules as one SVG path, and its size with the quiet zone; `None` if the
/// text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    // One byte segment and a fixed mask: a valid code without the mask-scoring search, which
    // would cost several KB of WebAssembly for no benefit to a scanner.
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        Some(Mask::new(2)),
        true,
    )
    .ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, size + 8))
}

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub text: AttrValue,
    pub label: &'static str,
}

#[component]
pub fn Qr(props: &QrProps) -> Html {
    // Drawn when the address changes only: the component is not redrawn with equal props.
    match qr_path(&props.text) {
        None => html! {},
        Some((d, size)) => html! {
            <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={props.label}
                shape-rendering="crispEdges" data-text={props.text.clone()}>
                <rect width="100%" height="100%" fill="#fff" />
                <path {d} fill="#000" />
            </svg>
        },
    }
}
