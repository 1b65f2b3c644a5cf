//! One-time sign-in codes: phone validation, expiry, single use, rate limits
//! per phone and per address, and a cap on wrong attempts. Time is passed in
//! (unix seconds) so every rule is testable without a clock.

/// The limits in force. Defaults follow common practice for SMS codes in China.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// How long a code works, in seconds.
    pub ttl: i64,
    /// Wrong tries before the code is dead.
    pub max_attempts: i64,
    /// Minimum gap between two codes to one phone, in seconds.
    pub resend_gap: i64,
    /// Codes per phone per hour.
    pub per_phone_hour: usize,
    /// Codes per client address per hour.
    pub per_addr_hour: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { ttl: 300, max_attempts: 5, resend_gap: 60, per_phone_hour: 5, per_addr_hour: 20 }
    }
}

/// Why a code may not be sent now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendDenied {
    /// Wait this many seconds before asking again for this phone.
    TooSoon { wait_secs: i64 },
    /// This phone has had too many codes this hour.
    PhoneHourly { wait_secs: i64 },
    /// This address has asked for too many codes this hour.
    AddrHourly { wait_secs: i64 },
}

impl SendDenied {
    pub fn wait_secs(self) -> i64 {
        match self {
            SendDenied::TooSoon { wait_secs }
            | SendDenied::PhoneHourly { wait_secs }
            | SendDenied::AddrHourly { wait_secs } => wait_secs,
        }
    }
}

/// Normalises a mainland mobile number: strips spaces, dashes and a leading
/// +86/0086; it must then be 11 digits starting 13-19.
pub fn normalize_phone(input: &str) -> Option<String> {
    let mut s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '(' && *c != ')')
        .map(|c| {
            // full-width digits typed on Chinese keyboards
            if ('０'..='９').contains(&c) {
                char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    if let Some(rest) = s.strip_prefix("+86") {
        s = rest.to_string();
    } else if let Some(rest) = s.strip_prefix("0086") {
        s = rest.to_string();
    }
    let ok = s.len() == 11
        && s.chars().all(|c| c.is_ascii_digit())
        && s.starts_with('1')
        && matches!(s.as_bytes()[1], b'3'..=b'9');
    ok.then_some(s)
}

/// Decides whether a new code may be sent. `phone_sends` and `addr_sends`
/// are the creation times of earlier codes (any order).
pub fn may_send(policy: &Policy, now: i64, phone_sends: &[i64], addr_sends: &[i64]) -> Result<(), SendDenied> {
    let hour_ago = now - 3600;
    if let Some(last) = phone_sends.iter().copied().max() {
        if now - last < policy.resend_gap {
            return Err(SendDenied::TooSoon { wait_secs: policy.resend_gap - (now - last) });
        }
    }
    let mut recent_phone: Vec<i64> = phone_sends.iter().copied().filter(|t| *t > hour_ago).collect();
    if recent_phone.len() >= policy.per_phone_hour {
        recent_phone.sort_unstable();
        let oldest = recent_phone[recent_phone.len() - policy.per_phone_hour];
        return Err(SendDenied::PhoneHourly { wait_secs: oldest + 3600 - now });
    }
    let mut recent_addr: Vec<i64> = addr_sends.iter().copied().filter(|t| *t > hour_ago).collect();
    if recent_addr.len() >= policy.per_addr_hour {
        recent_addr.sort_unstable();
        let oldest = recent_addr[recent_addr.len() - policy.per_addr_hour];
        return Err(SendDenied::AddrHourly { wait_secs: oldest + 3600 - now });
    }
    Ok(())
}

/// The stored state of one issued code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Issued {
    pub expires_at: i64,
    pub attempts: i64,
    pub used: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verify {
    /// Right code, in time, first use: sign in and mark it used.
    Accept,
    /// Wrong code: count the attempt; this many tries remain.
    Wrong { attempts_left: i64 },
    /// Past its time.
    Expired,
    /// Already used, or too many wrong tries: ask for a new code.
    Dead,
}

/// Judges an attempt. `matches` says whether the typed code equals the issued one.
pub fn verify(policy: &Policy, now: i64, issued: Issued, matches: bool) -> Verify {
    if issued.used || issued.attempts >= policy.max_attempts {
        return Verify::Dead;
    }
    if now >= issued.expires_at {
        return Verify::Expired;
    }
    if matches {
        Verify::Accept
    } else {
        Verify::Wrong { attempts_left: (policy.max_attempts - issued.attempts - 1).max(0) }
    }
}

/// Minutes left before expiry, rounded up, never negative.
pub fn minutes_left(now: i64, expires_at: i64) -> i64 {
    let secs = (expires_at - now).max(0);
    (secs + 59) / 60
}

/// Keeps only digits (also full-width ones) from what was typed as a code.
pub fn clean_code(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| {
            if c.is_ascii_digit() {
                Some(c)
            } else if ('０'..='９').contains(&c) {
                char::from_u32(c as u32 - '０' as u32 + '0' as u32)
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: Policy = Policy { ttl: 300, max_attempts: 5, resend_gap: 60, per_phone_hour: 5, per_addr_hour: 20 };

    #[test]
    fn phone_numbers_are_normalised_or_refused() {
        assert_eq!(normalize_phone("138 1234 5678").as_deref(), Some("13812345678"));
        assert_eq!(normalize_phone("+86 138-1234-5678").as_deref(), Some("13812345678"));
        assert_eq!(normalize_phone("１３８１２３４５６７８").as_deref(), Some("13812345678"));
        assert_eq!(normalize_phone("12812345678"), None);
        assert_eq!(normalize_phone("1381234567"), None);
        assert_eq!(normalize_phone("abc"), None);
        assert_eq!(normalize_phone(""), None);
    }

    #[test]
    fn first_code_may_be_sent() {
        assert_eq!(may_send(&P, 10_000, &[], &[]), Ok(()));
    }

    #[test]
    fn resend_waits_for_the_gap() {
        assert_eq!(may_send(&P, 10_030, &[10_000], &[10_000]), Err(SendDenied::TooSoon { wait_secs: 30 }));
        assert_eq!(may_send(&P, 10_060, &[10_000], &[10_000]), Ok(()));
    }

    #[test]
    fn phone_is_limited_per_hour_and_told_when_to_retry() {
        let sends = [1_000, 1_100, 1_200, 1_300, 1_400];
        assert_eq!(may_send(&P, 2_000, &sends, &[]), Err(SendDenied::PhoneHourly { wait_secs: 1_000 + 3600 - 2_000 }));
        // an hour after the first, one slot frees up
        assert_eq!(may_send(&P, 4_601, &sends, &[]), Ok(()));
    }

    #[test]
    fn address_is_limited_per_hour() {
        let addr: Vec<i64> = (0..20).map(|i| 1_000 + i * 10).collect();
        assert!(matches!(may_send(&P, 2_000, &[], &addr), Err(SendDenied::AddrHourly { .. })));
        assert_eq!(may_send(&P, 1_000 + 3600 + 1, &[], &addr), Ok(()));
    }

    #[test]
    fn right_code_in_time_is_accepted() {
        let issued = Issued { expires_at: 1_300, attempts: 0, used: false };
        assert_eq!(verify(&P, 1_299, issued, true), Verify::Accept);
    }

    #[test]
    fn code_expires_at_its_time() {
        let issued = Issued { expires_at: 1_300, attempts: 0, used: false };
        assert_eq!(verify(&P, 1_300, issued, true), Verify::Expired);
    }

    #[test]
    fn code_is_single_use() {
        let issued = Issued { expires_at: 1_300, attempts: 0, used: true };
        assert_eq!(verify(&P, 1_000, issued, true), Verify::Dead);
    }

    #[test]
    fn wrong_attempts_are_counted_then_the_code_dies() {
        let mut issued = Issued { expires_at: 1_300, attempts: 0, used: false };
        for left in (0..5).rev() {
            assert_eq!(verify(&P, 1_000, issued, false), Verify::Wrong { attempts_left: left });
            issued.attempts += 1;
        }
        // even the right code no longer works
        assert_eq!(verify(&P, 1_000, issued, true), Verify::Dead);
    }

    #[test]
    fn minutes_left_rounds_up() {
        assert_eq!(minutes_left(0, 300), 5);
        assert_eq!(minutes_left(0, 61), 2);
        assert_eq!(minutes_left(400, 300), 0);
    }

    #[test]
    fn code_input_keeps_digits_only() {
        assert_eq!(clean_code(" 12 34-56 "), "123456");
        assert_eq!(clean_code("１２３４５６"), "123456");
    }
}
