//! When a failed background job is tried again: doubling from half a
//! minute, capped at an hour — never a permanent stop.

/// Seconds to wait after the `attempts`-th failure in a row (1 = first).
pub fn after_failure(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 20) - 1;
    (30_i64 << doublings).min(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_then_stays_at_an_hour() {
        assert_eq!(after_failure(1), 30);
        assert_eq!(after_failure(2), 60);
        assert_eq!(after_failure(3), 120);
        assert_eq!(after_failure(8), 3600);
        assert_eq!(after_failure(1_000), 3600);
        assert_eq!(after_failure(0), 30, "a nonsense count is treated as the first");
    }
}
