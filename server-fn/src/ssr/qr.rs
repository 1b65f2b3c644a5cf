//! QR codes for handing something from a kiosk to a phone (a payment, a
//! cart): SVG drawn on the server, so no script is needed to show one.
use qrcode::render::svg;
use qrcode::QrCode;

/// The QR code for `url` as SVG markup, sized by its viewBox so CSS scales it.
pub fn qr_svg(url: &str) -> String {
    match QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build()
            // no XML declaration inside HTML
            .split_once("<svg")
            .map(|(_, rest)| format!("<svg focusable=\"false\" aria-hidden=\"true\"{rest}"))
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}
