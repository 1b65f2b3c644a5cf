//! Scan-to-pay links. A kiosk shows a QR code for some of the signed-in
//! household's bills; the link in it names the hand-off, its deadline and an
//! HMAC over both, so it cannot be made up or stretched; it works once.
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

fn mac(secret: &[u8], id: &str, expires_at: i64) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(secret).expect("any key length");
    mac.update(b"linli-handoff\n");
    mac.update(id.as_bytes());
    mac.update(b"\n");
    mac.update(expires_at.to_string().as_bytes());
    mac
}

/// `id.expires.signature`, safe in a URL path.
pub fn token(secret: &[u8], id: &str, expires_at: i64) -> String {
    let sig = hex::encode(mac(secret, id, expires_at).finalize().into_bytes());
    format!("{id}.{expires_at}.{}", &sig[..32])
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenCheck {
    Valid { id: String },
    Expired { id: String },
    Invalid,
}

/// Checks a token's signature and deadline (not yet whether it was used).
pub fn check_token(secret: &[u8], token: &str, now: i64) -> TokenCheck {
    let mut parts = token.split('.');
    let (Some(id), Some(exp), Some(sig), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return TokenCheck::Invalid;
    };
    let Ok(expires_at) = exp.parse::<i64>() else { return TokenCheck::Invalid };
    let Ok(given) = hex::decode(sig) else { return TokenCheck::Invalid };
    if mac(secret, id, expires_at).verify_truncated_left(&given).is_err() || given.len() != 16 {
        return TokenCheck::Invalid;
    }
    if now > expires_at {
        return TokenCheck::Expired { id: id.to_string() };
    }
    TokenCheck::Valid { id: id.to_string() }
}

pub use crate::ssr::qr::qr_svg;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_works_until_its_deadline() {
        let t = token(b"k", "h1", 1000);
        assert_eq!(check_token(b"k", &t, 999), TokenCheck::Valid { id: "h1".into() });
        assert_eq!(check_token(b"k", &t, 1001), TokenCheck::Expired { id: "h1".into() });
    }

    #[test]
    fn a_changed_or_made_up_token_is_refused() {
        let t = token(b"k", "h1", 1000);
        assert_eq!(check_token(b"other", &t, 10), TokenCheck::Invalid);
        let stretched = t.replace(".1000.", ".9999.");
        assert_eq!(check_token(b"k", &stretched, 10), TokenCheck::Invalid);
        let other_id = t.replacen("h1", "h2", 1);
        assert_eq!(check_token(b"k", &other_id, 10), TokenCheck::Invalid);
        assert_eq!(check_token(b"k", "nonsense", 10), TokenCheck::Invalid);
        assert_eq!(check_token(b"k", "a.b.c", 10), TokenCheck::Invalid);
    }

    #[test]
    fn the_qr_code_is_svg() {
        let svg = qr_svg("http://127.0.0.1:3000/pay/scan/abc");
        assert!(svg.starts_with("<svg") && svg.contains("viewBox"), "{}", &svg[..80]);
    }
}
