//! One-time sign-in codes: phone validation, expiry, single use, rate limits
//! per phone and per address, and a cap on wrong attempts. Time is passed in
//! (unix seconds) so every rule is testable without a clock.

/// The limits in force. Defaults follow common practice for SMS codes in China.
///
/// Limits slow sending down rather than stop it: someone who asks for codes
/// for another person's number must not lock that person out for an hour,
/// and a community centre where many residents share one address (its Wi-Fi,
/// a carrier's NAT, the kiosk itself) must keep working.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// How long a code works, in seconds.
    pub ttl: i64,
    /// Tries (wrong or right) before the code is dead.
    pub max_attempts: i64,
    /// Gap after the first code to one phone, in seconds; it doubles with
    /// every further code in the hour, up to `max_phone_gap`.
    pub resend_gap: i64,
    pub max_phone_gap: i64,
    /// Codes per ordinary address per hour before sending from it slows.
    pub per_addr_hour: usize,
    /// The same for a kiosk that staff registered.
    pub per_kiosk_hour: usize,
    /// Once past its hourly allowance an address waits this long between
    /// codes, doubling with every further code, up to `max_addr_gap`.
    pub addr_gap: i64,
    pub max_addr_gap: i64,
}

impl Policy {
    /// The limits in force unless configured otherwise.
    pub const DEFAULT: Policy = Policy {
        ttl: 300,
        max_attempts: 5,
        resend_gap: 60,
        max_phone_gap: 600,
        per_addr_hour: 20,
        per_kiosk_hour: 300,
        addr_gap: 30,
        max_addr_gap: 300,
    };
}

impl Default for Policy {
    fn default() -> Self {
        Policy::DEFAULT
    }
}

/// Why a code may not be sent now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendDenied {
    /// A code went to this phone a short while ago: wait this many seconds.
    TooSoon { wait_secs: i64 },
    /// Many codes were asked for from this address: wait this many seconds.
    AddrBusy { wait_secs: i64 },
}

impl SendDenied {
    pub fn wait_secs(self) -> i64 {
        match self {
            SendDenied::TooSoon { wait_secs } | SendDenied::AddrBusy { wait_secs } => wait_secs,
        }
    }
}

/// `base` doubled `steps` times, at most `cap`.
fn doubled(base: i64, steps: usize, cap: i64) -> i64 {
    base.saturating_mul(1i64 << steps.min(20)).min(cap)
}

/// The gap to keep after the latest code to a phone that had `recent` codes
/// in the last hour: 1, 2, 4, 8 minutes… at most 10.
pub fn phone_gap(policy: &Policy, recent: usize) -> i64 {
    if recent == 0 {
        0
    } else {
        doubled(policy.resend_gap, recent - 1, policy.max_phone_gap)
    }
}

/// The gap to keep after the latest code from an address that sent `recent`
/// codes in the last hour, with `allowance` free ones.
pub fn addr_gap(policy: &Policy, recent: usize, allowance: usize) -> i64 {
    if recent < allowance {
        0
    } else {
        doubled(policy.addr_gap, recent - allowance, policy.max_addr_gap)
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
    let ok = s.len() == 11 && s.chars().all(|c| c.is_ascii_digit()) && s.starts_with('1') && matches!(s.as_bytes()[1], b'3'..=b'9');
    ok.then_some(s)
}

/// Decides whether a new code may be sent. `phone_sends` and `addr_sends`
/// are the creation times of earlier codes (any order); `allowance` is the
/// address's hourly allowance (`per_addr_hour`, or `per_kiosk_hour` for a
/// registered kiosk).
pub fn may_send(policy: &Policy, now: i64, phone_sends: &[i64], addr_sends: &[i64], allowance: usize) -> Result<(), SendDenied> {
    let hour_ago = now - 3600;
    let recent = |sends: &[i64]| -> (usize, Option<i64>) {
        let r: Vec<i64> = sends.iter().copied().filter(|t| *t > hour_ago).collect();
        (r.len(), r.iter().copied().max())
    };
    let (n, last) = recent(phone_sends);
    if let Some(last) = last {
        let gap = phone_gap(policy, n);
        if now - last < gap {
            return Err(SendDenied::TooSoon { wait_secs: gap - (now - last) });
        }
    }
    let (n, last) = recent(addr_sends);
    if let Some(last) = last {
        let gap = addr_gap(policy, n, allowance);
        if now - last < gap {
            return Err(SendDenied::AddrBusy { wait_secs: gap - (now - last) });
        }
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

/// Judges an attempt that has already been counted (`attempts` includes it):
/// counting first, in one conditional statement, is what keeps parallel
/// guesses within the limit.
pub fn judge_counted(policy: &Policy, attempts: i64, matches: bool) -> Verify {
    if matches {
        Verify::Accept
    } else {
        let left = policy.max_attempts - attempts;
        if left <= 0 {
            Verify::Dead
        } else {
            Verify::Wrong { attempts_left: left }
        }
    }
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

    const P: Policy = Policy::DEFAULT;

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
        assert_eq!(may_send(&P, 10_000, &[], &[], 20), Ok(()));
    }

    #[test]
    fn resend_waits_for_the_gap() {
        assert_eq!(may_send(&P, 10_030, &[10_000], &[10_000], 20), Err(SendDenied::TooSoon { wait_secs: 30 }));
        assert_eq!(may_send(&P, 10_060, &[10_000], &[10_000], 20), Ok(()));
    }

    #[test]
    fn gaps_to_one_phone_grow_but_never_lock_the_owner_out_for_the_hour() {
        assert_eq!((1..=6).map(|n| phone_gap(&P, n)).collect::<Vec<_>>(), [60, 120, 240, 480, 600, 600]);
        // someone asks for a code for this number every time it is allowed
        let mut sends = vec![];
        let mut t = 0;
        for _ in 0..12 {
            while may_send(&P, t, &sends, &[], 20).is_err() {
                t += 1;
            }
            sends.push(t);
        }
        // the owner never waits more than ten minutes
        let worst = (0..3600).filter_map(|dt| may_send(&P, t + dt, &sends, &[], 20).err()).map(|d| d.wait_secs()).max().unwrap_or(0);
        assert!(worst <= 600, "owner waits {worst} s");
    }

    #[test]
    fn a_busy_address_slows_down_instead_of_stopping() {
        // 20 codes from one address within a few minutes, to 20 numbers
        let addr: Vec<i64> = (0..20).map(|i| 1_000 + i * 10).collect();
        let last = *addr.last().unwrap();
        assert_eq!(may_send(&P, last + 1, &[], &addr, 20), Err(SendDenied::AddrBusy { wait_secs: 29 }));
        assert_eq!(may_send(&P, last + 30, &[], &addr, 20), Ok(()));
        // the gap grows, but stays minutes, not the rest of the hour
        let more: Vec<i64> = (0..40).map(|i| 1_000 + i * 10).collect();
        assert!(addr_gap(&P, more.len(), 20) <= 300);
        // a registered kiosk has its own, larger allowance
        assert_eq!(may_send(&P, last + 1, &[], &addr, P.per_kiosk_hour), Ok(()));
    }

    #[test]
    fn counted_attempts_decide_wrong_dead_or_accept() {
        assert_eq!(judge_counted(&P, 1, false), Verify::Wrong { attempts_left: 4 });
        assert_eq!(judge_counted(&P, 4, false), Verify::Wrong { attempts_left: 1 });
        assert_eq!(judge_counted(&P, 5, false), Verify::Dead);
        assert_eq!(judge_counted(&P, 5, true), Verify::Accept);
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
