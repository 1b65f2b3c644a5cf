//! Opening hours, in China time (UTC+8 all year, no daylight saving), so
//! "open now" and "the shop answers within 30 minutes" mean the same on
//! the server as on the shop's door. Times are unix seconds.

/// China's offset from UTC; it never changes, so no time-zone database.
pub const CHINA_OFFSET_SECS: i64 = 8 * 3600;

const DAY: i64 = 86_400;
const DAY_MIN: i64 = 1_440;

/// Seconds since local midnight (China time) of unix time t.
fn local_secs(t: i64) -> i64 {
    t.saturating_add(CHINA_OFFSET_SECS).rem_euclid(DAY)
}

/// (hour, minute) China time of unix time t.
pub fn local_hm(t: i64) -> (i64, i64) {
    let s = local_secs(t);
    (s / 3600, s % 3600 / 60)
}

/// Unix time of local midnight (China time) starting the day that contains t.
pub fn local_midnight(t: i64) -> i64 {
    t.saturating_sub(local_secs(t))
}

/// A shop's daily hours. Closing before opening runs over midnight
/// (20:00–02:00); opening equal to closing is open all day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hours {
    /// Minutes after local midnight, 0..1440.
    pub opens_min: i64,
    /// Minutes after local midnight, 0..1440.
    pub closes_min: i64,
}

/// Minutes after midnight of a valid "HH:MM" (00:00–23:59).
fn hm_minutes(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || ![b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let d = |i: usize| i64::from(b[i] - b'0');
    let (h, m) = (d(0) * 10 + d(1), d(3) * 10 + d(4));
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// "HH:MM" for a valid time of day.
pub fn valid_hm(s: &str) -> bool {
    hm_minutes(s).is_some()
}

impl Hours {
    pub const ALL_DAY: Hours = Hours { opens_min: 0, closes_min: 0 };

    /// "HH:MM" each (00:00–23:59; closes may also be "24:00"); None when malformed.
    /// "24:00" is kept as midnight (0): closing at midnight is the same
    /// moment, and "00:00"–"24:00" then reads as all day.
    pub fn parse(opens: &str, closes: &str) -> Option<Hours> {
        let opens_min = hm_minutes(opens)?;
        let closes_min = if closes == "24:00" { 0 } else { hm_minutes(closes)? };
        Some(Hours { opens_min, closes_min })
    }

    fn all_day(&self) -> bool {
        self.opens_min == self.closes_min
    }

    /// Open from the opening minute itself; closed from the closing minute itself.
    pub fn is_open(&self, t: i64) -> bool {
        let s = local_secs(t);
        let (o, c) = (self.opens_min * 60, self.closes_min * 60);
        match o.cmp(&c) {
            std::cmp::Ordering::Equal => true,
            std::cmp::Ordering::Less => o <= s && s < c,
            std::cmp::Ordering::Greater => s >= o || s < c,
        }
    }

    /// t itself when open, else the next moment it opens.
    pub fn next_opening(&self, t: i64) -> i64 {
        if self.is_open(t) {
            return t;
        }
        let today = local_midnight(t).saturating_add(self.opens_min * 60);
        if today > t {
            today
        } else {
            today.saturating_add(DAY)
        }
    }

    /// The closing moment ending the opening that contains `t` (t must be open, not all day).
    fn closing_after(&self, t: i64) -> i64 {
        let today = local_midnight(t).saturating_add(self.closes_min * 60);
        if today > t {
            today
        } else {
            today.saturating_add(DAY)
        }
    }

    /// The moment by which `minutes` of *opening time* have passed after t
    /// (an order placed while closed counts from the opening): the promise
    /// "the shop answers within 30 minutes" only runs while someone is
    /// behind the counter. Landing exactly on a closing is that closing.
    /// Nothing to wait (minutes <= 0) is t itself.
    pub fn answer_by(&self, t: i64, minutes: i64) -> i64 {
        if minutes <= 0 {
            return t;
        }
        let wait = minutes.saturating_mul(60);
        let start = self.next_opening(t);
        if self.all_day() {
            return start.saturating_add(wait);
        }
        let end = self.closing_after(start);
        let first = end - start;
        if wait <= first {
            return start + wait;
        }
        // Every later day opens once, for the same length, exactly a day apart.
        let window = (self.closes_min - self.opens_min).rem_euclid(DAY_MIN) * 60;
        let rest = wait - first;
        let whole_days = (rest - 1) / window;
        let last = rest - whole_days * window;
        self.next_opening(end).saturating_add(whole_days.saturating_mul(DAY)).saturating_add(last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2024-03-01 00:00 China time (2024-02-29 16:00 UTC).
    const MIDNIGHT: i64 = 1_709_222_400;

    fn at(h: i64, m: i64) -> i64 {
        MIDNIGHT + h * 3600 + m * 60
    }

    fn hours(o: &str, c: &str) -> Hours {
        Hours::parse(o, c).unwrap()
    }

    #[test]
    fn china_time_of_day() {
        assert_eq!(local_hm(MIDNIGHT), (0, 0));
        assert_eq!(local_hm(0), (8, 0), "the unix epoch is 08:00 in Beijing");
        assert_eq!(local_hm(at(21, 59) + 59), (21, 59));
        assert_eq!(local_hm(at(23, 59) + 59), (23, 59));
        assert_eq!(local_hm(at(24, 0)), (0, 0));
        assert_eq!(local_hm(-1), (7, 59), "before 1970 too");
    }

    #[test]
    fn midnight_of_the_local_day() {
        assert_eq!(local_midnight(MIDNIGHT), MIDNIGHT);
        assert_eq!(local_midnight(at(0, 0) + 1), MIDNIGHT);
        assert_eq!(local_midnight(at(23, 59) + 59), MIDNIGHT);
        assert_eq!(local_midnight(at(24, 0)), MIDNIGHT + DAY);
        assert_eq!(local_midnight(MIDNIGHT - 1), MIDNIGHT - DAY);
        // 01:00 UTC is already 09:00 of the same China day; 20:00 UTC is the next day.
        assert_eq!(local_midnight(0), -CHINA_OFFSET_SECS);
        assert_eq!(local_midnight(16 * 3600), 16 * 3600);
        assert!(local_midnight(i64::MIN) <= i64::MIN + DAY, "no overflow at the edge");
        let _ = local_midnight(i64::MAX);
    }

    #[test]
    fn valid_times_of_day() {
        for ok in ["00:00", "08:30", "23:59", "12:00", "09:05"] {
            assert!(valid_hm(ok), "{ok}");
        }
        for bad in ["24:00", "23:60", "8:30", "08:3", "0830", "08-30", "", " 8:30", "08:30 ", "ab:cd", "+8:30", "08:30:00", "２３:００"]
        {
            assert!(!valid_hm(bad), "{bad:?}");
        }
    }

    #[test]
    fn parse_hours() {
        assert_eq!(Hours::parse("08:00", "22:00"), Some(Hours { opens_min: 480, closes_min: 1320 }));
        assert_eq!(Hours::parse("20:00", "02:00"), Some(Hours { opens_min: 1200, closes_min: 120 }));
        assert_eq!(Hours::parse("00:00", "00:00"), Some(Hours::ALL_DAY));
        assert_eq!(Hours::parse("00:00", "24:00"), Some(Hours::ALL_DAY), "midnight to midnight is all day");
        assert_eq!(Hours::parse("07:00", "24:00"), Some(Hours { opens_min: 420, closes_min: 0 }));
        assert_eq!(Hours::parse("24:00", "08:00"), None, "only closing may be 24:00");
        assert_eq!(Hours::parse("08:00", "24:01"), None);
        assert_eq!(Hours::parse("8:00", "22:00"), None);
        assert_eq!(Hours::parse("08:00", ""), None);
    }

    #[test]
    fn open_from_opening_until_closing() {
        let h = hours("08:00", "22:00");
        assert!(!h.is_open(at(7, 59) + 59));
        assert!(h.is_open(at(8, 0)), "open at the opening minute");
        assert!(h.is_open(at(12, 0)));
        assert!(h.is_open(at(21, 59) + 59));
        assert!(!h.is_open(at(22, 0)), "closed at the closing minute");
        assert!(!h.is_open(at(23, 30)));
        assert!(!h.is_open(at(0, 0)));
    }

    #[test]
    fn open_over_midnight() {
        let h = hours("20:00", "02:00");
        assert!(!h.is_open(at(19, 59)));
        assert!(h.is_open(at(20, 0)));
        assert!(h.is_open(at(23, 59)));
        assert!(h.is_open(at(0, 0)));
        assert!(h.is_open(at(1, 59) + 59));
        assert!(!h.is_open(at(2, 0)));
        assert!(!h.is_open(at(12, 0)));
    }

    #[test]
    fn closing_at_24_00_is_midnight() {
        let h = hours("07:00", "24:00");
        assert!(h.is_open(at(23, 59) + 59));
        assert!(!h.is_open(at(24, 0)));
        assert!(!h.is_open(at(6, 59)));
        assert!(h.is_open(at(7, 0)));
    }

    #[test]
    fn all_day_is_always_open() {
        for h in [Hours::ALL_DAY, hours("09:00", "09:00")] {
            for t in [at(0, 0), at(9, 0), at(8, 59), at(23, 59) + 59, at(24, 0)] {
                assert!(h.is_open(t));
                assert_eq!(h.next_opening(t), t);
            }
        }
    }

    #[test]
    fn next_opening() {
        let h = hours("08:00", "22:00");
        assert_eq!(h.next_opening(at(12, 0)), at(12, 0), "open: now");
        assert_eq!(h.next_opening(at(8, 0)), at(8, 0));
        assert_eq!(h.next_opening(at(7, 0)), at(8, 0), "before opening: today");
        assert_eq!(h.next_opening(at(0, 0)), at(8, 0));
        assert_eq!(h.next_opening(at(22, 0)), at(24 + 8, 0), "after closing: tomorrow");
        assert_eq!(h.next_opening(at(23, 59)), at(24 + 8, 0));

        let night = hours("20:00", "02:00");
        assert_eq!(night.next_opening(at(1, 0)), at(1, 0));
        assert_eq!(night.next_opening(at(2, 0)), at(20, 0));
        assert_eq!(night.next_opening(at(19, 59) + 59), at(20, 0));
        assert_eq!(night.next_opening(at(23, 0)), at(23, 0));
    }

    #[test]
    fn answer_within_opening_time() {
        let h = hours("08:00", "22:00");
        assert_eq!(h.answer_by(at(12, 0), 30), at(12, 30));
        assert_eq!(h.answer_by(at(21, 30), 30), at(22, 0), "landing on the closing is the closing");
        // 21:50 with 30 minutes: 10 today, the other 20 after tomorrow's opening.
        assert_eq!(h.answer_by(at(21, 50), 30), at(24 + 8, 20));
        assert_eq!(h.answer_by(at(22, 0), 30), at(24 + 8, 30), "placed at closing: from tomorrow's opening");
        assert_eq!(h.answer_by(at(23, 0), 30), at(24 + 8, 30), "placed while closed");
        assert_eq!(h.answer_by(at(6, 0), 30), at(8, 30), "placed before opening");
        assert_eq!(h.answer_by(at(8, 0), 30), at(8, 30));
        assert_eq!(h.answer_by(at(12, 0), 0), at(12, 0));
        assert_eq!(h.answer_by(at(23, 0), 0), at(23, 0), "nothing to wait");
        assert_eq!(h.answer_by(at(23, 0), -5), at(23, 0));
    }

    #[test]
    fn answer_over_several_days() {
        let h = hours("08:00", "22:00"); // 840 minutes a day
        assert_eq!(h.answer_by(at(8, 0), 840), at(22, 0), "a whole day ends at its closing");
        assert_eq!(h.answer_by(at(8, 0), 841), at(24 + 8, 1));
        assert_eq!(h.answer_by(at(8, 0), 840 * 2), at(24 + 22, 0));
        assert_eq!(h.answer_by(at(21, 0), 60 + 840 * 3 + 5), at(4 * 24 + 8, 5));
        assert_eq!(h.answer_by(at(23, 0), 840 * 2), at(2 * 24 + 22, 0));
    }

    #[test]
    fn answer_over_midnight() {
        let night = hours("20:00", "02:00");
        assert_eq!(night.answer_by(at(23, 50), 30), at(24, 20), "runs on past midnight");
        assert_eq!(night.answer_by(at(1, 50), 30), at(20, 20), "10 before 02:00, 20 from 20:00");
        assert_eq!(night.answer_by(at(12, 0), 30), at(20, 30));
        assert_eq!(night.answer_by(at(20, 0), 360), at(24 + 2, 0));
        assert_eq!(night.answer_by(at(20, 0), 361), at(24 + 20, 1));

        let late = hours("07:00", "24:00");
        assert_eq!(late.answer_by(at(23, 50), 30), at(24 + 7, 20));
    }

    #[test]
    fn answer_all_day() {
        assert_eq!(Hours::ALL_DAY.answer_by(at(3, 0), 30), at(3, 30));
        assert_eq!(Hours::ALL_DAY.answer_by(at(23, 50), 30), at(24, 20));
    }

    #[test]
    fn answer_never_overflows() {
        let h = hours("08:00", "22:00");
        assert_eq!(h.answer_by(at(12, 0), i64::MAX), i64::MAX);
        assert_eq!(Hours::ALL_DAY.answer_by(at(12, 0), i64::MAX), i64::MAX);
        assert!(h.answer_by(i64::MAX - 10, 30) >= i64::MAX - 10);
    }

    #[test]
    fn answer_is_never_before_and_counts_only_open_minutes() {
        // Walk minute by minute for a few shapes and compare with a slow count.
        for h in [hours("08:00", "22:00"), hours("20:00", "02:00"), hours("07:00", "24:00"), hours("00:00", "00:30")] {
            for start_min in (0..DAY_MIN * 2).step_by(37) {
                let t = MIDNIGHT + start_min * 60;
                for minutes in [1, 29, 30, 31, 500] {
                    let mut left = minutes;
                    let mut m = t;
                    while left > 0 {
                        if h.is_open(m) {
                            left -= 1;
                        }
                        m += 60;
                    }
                    assert_eq!(h.answer_by(t, minutes), m, "{h:?} from {:?} for {minutes}", local_hm(t));
                }
            }
        }
    }
}
