//! Signing and verifying provider notifications (HMAC-SHA256 over a
//! canonical form). A notification is accepted once: a replay of a verified
//! one, or one older than the window, is refused.
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// How old a notification may be, in seconds.
pub const WINDOW_SECS: i64 = 24 * 3600;

/// The fields a notification carries, in the order they are signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Unique per notification; a replay repeats it.
    pub notify_id: String,
    pub order_id: String,
    pub provider_txn: String,
    /// `paid` or `failed`
    pub status: String,
    pub amount_fen: i64,
    pub sent_at: i64,
}

/// The longest id (notify_id, order_id, provider_txn) a notification may carry.
pub const MAX_ID_CHARS: usize = 64;
/// The longest status word.
pub const MAX_STATUS_CHARS: usize = 16;
/// The longest signature (hex).
pub const MAX_SIGNATURE_CHARS: usize = 128;

impl Notice {
    /// Every field within its bound: anything longer is refused before its
    /// signature is even computed, and nothing of it is stored.
    pub fn within_bounds(&self, signature: &str) -> bool {
        [&self.notify_id, &self.order_id, &self.provider_txn].iter().all(|f| !f.is_empty() && f.len() <= MAX_ID_CHARS)
            && !self.status.is_empty()
            && self.status.len() <= MAX_STATUS_CHARS
            && signature.len() <= MAX_SIGNATURE_CHARS
    }

    /// `key=value` lines in a fixed order: nothing can be moved between fields.
    pub fn canonical(&self) -> String {
        format!(
            "notify_id={}\norder_id={}\nprovider_txn={}\nstatus={}\namount_fen={}\nsent_at={}",
            self.notify_id, self.order_id, self.provider_txn, self.status, self.amount_fen, self.sent_at
        )
    }
}

pub fn sign(secret: &[u8], notice: &Notice) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("any key length");
    mac.update(notice.canonical().as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// The signature does not match: forged or altered.
    BadSignature,
    /// Older than the window, or from the future.
    Stale,
    /// This notification was already accepted.
    Replayed,
}

/// Verifies a notification. `seen` says whether its `notify_id` was already
/// accepted. Comparison is constant-time.
pub fn verify(secret: &[u8], notice: &Notice, signature_hex: &str, now: i64, seen: bool) -> Result<(), Rejected> {
    let Ok(given) = hex::decode(signature_hex) else { return Err(Rejected::BadSignature) };
    let mut mac = HmacSha256::new_from_slice(secret).expect("any key length");
    mac.update(notice.canonical().as_bytes());
    mac.verify_slice(&given).map_err(|_| Rejected::BadSignature)?;
    if notice.sent_at > now + 300 || now - notice.sent_at > WINDOW_SECS {
        return Err(Rejected::Stale);
    }
    if seen {
        return Err(Rejected::Replayed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice() -> Notice {
        Notice {
            notify_id: "n1".into(),
            order_id: "o1".into(),
            provider_txn: "t1".into(),
            status: "paid".into(),
            amount_fen: 1250,
            sent_at: 1_000,
        }
    }

    #[test]
    fn a_signed_notice_verifies() {
        let sig = sign(b"secret", &notice());
        assert_eq!(verify(b"secret", &notice(), &sig, 1_010, false), Ok(()));
    }

    #[test]
    fn forged_or_altered_notices_are_refused() {
        let sig = sign(b"secret", &notice());
        assert_eq!(verify(b"other", &notice(), &sig, 1_010, false), Err(Rejected::BadSignature));
        let mut changed = notice();
        changed.amount_fen = 1;
        assert_eq!(verify(b"secret", &changed, &sig, 1_010, false), Err(Rejected::BadSignature));
        assert_eq!(verify(b"secret", &notice(), "not hex", 1_010, false), Err(Rejected::BadSignature));
        assert_eq!(verify(b"secret", &notice(), "", 1_010, false), Err(Rejected::BadSignature));
    }

    #[test]
    fn over_long_fields_are_out_of_bounds() {
        let sig = sign(b"secret", &notice());
        assert!(notice().within_bounds(&sig));
        let long = Notice { notify_id: "n".repeat(MAX_ID_CHARS + 1), ..notice() };
        assert!(!long.within_bounds(&sig));
        let status = Notice { status: "p".repeat(MAX_STATUS_CHARS + 1), ..notice() };
        assert!(!status.within_bounds(&sig));
        assert!(!notice().within_bounds(&"a".repeat(MAX_SIGNATURE_CHARS + 1)));
        assert!(!Notice { order_id: String::new(), ..notice() }.within_bounds(&sig));
    }

    #[test]
    fn replayed_and_stale_notices_are_refused() {
        let sig = sign(b"secret", &notice());
        assert_eq!(verify(b"secret", &notice(), &sig, 1_010, true), Err(Rejected::Replayed));
        assert_eq!(verify(b"secret", &notice(), &sig, 1_000 + WINDOW_SECS + 1, false), Err(Rejected::Stale));
        assert_eq!(verify(b"secret", &notice(), &sig, 0, false), Err(Rejected::Stale));
    }
}
