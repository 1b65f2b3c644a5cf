//! Asking Pay for a shop's refund until the money is back. Pay gives back
//! once per key and remembers a key whose request failed, so a refund
//! that failed is asked again under a key of its own attempt, after a
//! wait that doubles and stops growing at six hours (never given up: the
//! money is the resident's).

/// First wait after a failure, in seconds.
const FIRST_WAIT: i64 = 60;
/// Longest wait between two attempts, in seconds.
pub const LONGEST_WAIT: i64 = 6 * 3600;

/// The key Pay sees for `attempt` of the refund `key`: the refund's own
/// key first, then `key/1`, `key/2`, …
pub fn pay_key(key: &str, attempt: i64) -> String {
    if attempt <= 0 {
        key.to_string()
    } else {
        format!("{key}/{attempt}")
    }
}

/// Seconds to wait before asking again after `failures` failed attempts
/// (1 for the first failure).
pub fn wait_after(failures: i64) -> i64 {
    let doublings = failures.saturating_sub(1).clamp(0, 20) as u32;
    FIRST_WAIT.saturating_mul(1_i64 << doublings).min(LONGEST_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_attempt_has_its_own_key_and_the_first_is_the_refunds_own() {
        assert_eq!(pay_key("S1-2-declined", 0), "S1-2-declined");
        assert_eq!(pay_key("S1-2-declined", 1), "S1-2-declined/1");
        assert_eq!(pay_key("S1-2-declined", 7), "S1-2-declined/7");
        assert_ne!(pay_key("k", 1), pay_key("k", 2));
    }

    #[test]
    fn the_wait_doubles_and_stops_at_six_hours() {
        assert_eq!(wait_after(0), 60);
        assert_eq!(wait_after(1), 60);
        assert_eq!(wait_after(2), 120);
        assert_eq!(wait_after(3), 240);
        assert_eq!(wait_after(9), 60 * 256);
        assert_eq!(wait_after(10), LONGEST_WAIT, "60 × 512 s is past six hours");
        assert_eq!(wait_after(1000), LONGEST_WAIT);
        assert_eq!(wait_after(i64::MAX), LONGEST_WAIT);
        assert!((1..40).all(|n| wait_after(n) <= wait_after(n + 1)));
    }
}
