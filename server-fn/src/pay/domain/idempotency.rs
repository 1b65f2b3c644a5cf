//! Idempotency keys: every payment request carries one (made by the page
//! when it is rendered), so a double tap, a retry after a lost connection or
//! a second tab never creates a second charge.
use sha2::{Digest, Sha256};

use crate::money::Fen;

/// What a payment request asks for, reduced to a fingerprint: the same key
/// must always come with the same content.
pub fn fingerprint(payer: &str, bill_ids: &[String], amount: Fen, provider: &str) -> String {
    let mut ids: Vec<&str> = bill_ids.iter().map(String::as_str).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut h = Sha256::new();
    for part in [payer, &ids.join(","), &amount.0.to_string(), provider] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyCheck {
    /// First time this key is seen: create the order.
    New,
    /// Seen with the same content: answer with the order made the first time.
    Replay { order_id: String },
    /// Seen with different content: refuse, nothing is charged.
    Conflict,
}

/// Judges a request against what is stored under its key, if anything.
pub fn check(stored: Option<(&str, &str)>, fingerprint: &str) -> KeyCheck {
    match stored {
        None => KeyCheck::New,
        Some((stored_fp, order_id)) if stored_fp == fingerprint => KeyCheck::Replay { order_id: order_id.to_string() },
        Some(_) => KeyCheck::Conflict,
    }
}

/// A key is 16 to 64 characters of letters, digits, `-` and `_`.
pub fn valid_key(key: &str) -> bool {
    (16..=64).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn same_request_same_fingerprint_whatever_the_order_of_bills() {
        let a = fingerprint("u1", &ids(&["b2", "b1"]), Fen(100), "sandbox");
        let b = fingerprint("u1", &ids(&["b1", "b2", "b1"]), Fen(100), "sandbox");
        assert_eq!(a, b);
    }

    #[test]
    fn any_difference_changes_the_fingerprint() {
        let base = fingerprint("u1", &ids(&["b1"]), Fen(100), "sandbox");
        assert_ne!(base, fingerprint("u2", &ids(&["b1"]), Fen(100), "sandbox"));
        assert_ne!(base, fingerprint("u1", &ids(&["b2"]), Fen(100), "sandbox"));
        assert_ne!(base, fingerprint("u1", &ids(&["b1"]), Fen(101), "sandbox"));
        assert_ne!(base, fingerprint("u1", &ids(&["b1"]), Fen(100), "wechat"));
        // no ambiguity from joining parts
        assert_ne!(fingerprint("u1", &ids(&["b1"]), Fen(1), "x"), fingerprint("u", &ids(&["1b1"]), Fen(1), "x"));
    }

    #[test]
    fn replay_returns_the_first_order_and_conflict_is_refused() {
        assert_eq!(check(None, "f"), KeyCheck::New);
        assert_eq!(check(Some(("f", "o1")), "f"), KeyCheck::Replay { order_id: "o1".into() });
        assert_eq!(check(Some(("f", "o1")), "g"), KeyCheck::Conflict);
    }

    #[test]
    fn keys_have_a_shape() {
        assert!(valid_key("0123456789abcdef"));
        assert!(!valid_key("short"));
        assert!(!valid_key("0123456789abcdef<script>"));
        assert!(!valid_key(&"a".repeat(65)));
    }
}
