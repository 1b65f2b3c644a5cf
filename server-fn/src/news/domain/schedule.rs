//! When to fetch a feed source next: often enough that notices arrive, never
//! more often than the source allows, and after failures less and less often
//! — capped at a day, never a permanent stop. All durations are seconds.
//!
//! After a success (200 or 304) the wait is what the source asks for —
//! `Cache-Control: max-age` and RSS `<ttl>` (minutes), the larger of the two
//! — or [`DEFAULT_INTERVAL`] when it asks nothing, kept between the source's
//! minimum interval (never below [`MIN_INTERVAL`]) and [`MAX_WAIT`].
//!
//! After a failure the wait doubles from the minimum interval with each
//! failure in a row (15 min, 30 min, 1 h, … 16 h, then 24 h), and a
//! `Retry-After` (on 429 and 503: seconds, or an HTTP date) lengthens it,
//! also at most [`MAX_WAIT`].

/// No source is fetched more often than this.
pub const MIN_INTERVAL: i64 = 15 * 60;
/// The wait after a success when the source says nothing.
pub const DEFAULT_INTERVAL: i64 = 30 * 60;
/// The longest wait, whatever the source asks or however often it failed.
pub const MAX_WAIT: i64 = 24 * 3600;

/// What a successful fetch said about caching.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hints {
    /// `Cache-Control: max-age`, seconds (see [`parse_max_age`]).
    pub max_age: Option<i64>,
    /// RSS `<ttl>`, minutes.
    pub ttl_minutes: Option<i64>,
}

/// A source's own minimum interval, never below [`MIN_INTERVAL`] nor above [`MAX_WAIT`].
fn floor(min_interval: i64) -> i64 {
    min_interval.clamp(MIN_INTERVAL, MAX_WAIT)
}

/// Seconds to wait after a successful fetch (new content or 304).
pub fn after_success(hints: Hints, min_interval: i64) -> i64 {
    let ttl = hints.ttl_minutes.map(|m| m.saturating_mul(60));
    let asked = match (hints.max_age, ttl) {
        (None, None) => DEFAULT_INTERVAL,
        (a, t) => a.unwrap_or(0).max(t.unwrap_or(0)),
    };
    asked.clamp(floor(min_interval), MAX_WAIT)
}

/// Seconds to wait after the `failures`-th failure in a row (1 = this is the
/// first), lengthened to `retry_after` seconds when the server asked for that.
pub fn after_failure(failures: i64, retry_after: Option<i64>, min_interval: i64) -> i64 {
    let doublings = (failures.clamp(1, 32) - 1) as u32;
    let backoff = floor(min_interval).saturating_mul(1_i64 << doublings.min(20)).min(MAX_WAIT);
    backoff.max(retry_after.unwrap_or(0).clamp(0, MAX_WAIT))
}

/// `max-age` from a `Cache-Control` header, seconds. `no-cache`, `no-store`
/// and `must-revalidate` with no max-age read as 0 (fetch as often as allowed).
pub fn parse_max_age(cache_control: &str) -> Option<i64> {
    let mut zero = false;
    for directive in cache_control.split(',') {
        let (name, value) = match directive.split_once('=') {
            Some((n, v)) => (n.trim(), Some(v.trim().trim_matches('"'))),
            None => (directive.trim(), None),
        };
        if name.eq_ignore_ascii_case("max-age") {
            let v = value?;
            if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // Huge values saturate: they are capped by the schedule anyway.
            return Some(v.parse::<i64>().unwrap_or(i64::MAX));
        }
        if ["no-cache", "no-store"].iter().any(|d| name.eq_ignore_ascii_case(d)) {
            zero = true;
        }
    }
    zero.then_some(0)
}

/// A `Retry-After` value as seconds from `now` (unix seconds): either a
/// number of seconds or an HTTP date (a date in the past is 0).
pub fn parse_retry_after(value: &str, now: i64) -> Option<i64> {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        return Some(v.parse::<i64>().unwrap_or(i64::MAX));
    }
    parse_http_date(v).map(|t| t.saturating_sub(now).max(0))
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "HH:MM:SS" as seconds after midnight.
fn hms(s: &str) -> Option<i64> {
    let mut it = s.split(':');
    let (h, m, sec) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || [h, m, sec].iter().any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let (h, m, sec): (i64, i64, i64) = (h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?);
    (h < 24 && m < 60 && sec <= 60).then_some(h * 3600 + m * 60 + sec.min(59))
}

fn month(s: &str) -> Option<i64> {
    MONTHS.iter().position(|m| m.eq_ignore_ascii_case(s)).map(|i| i as i64 + 1)
}

fn unix(y: i64, m: i64, d: i64, secs: i64) -> Option<i64> {
    (d >= 1 && d <= days_in_month(y, m) && (1..=9999).contains(&y)).then(|| days_from_civil(y, m, d) * 86_400 + secs)
}

/// An HTTP date (RFC 9110 §5.6.7) as unix seconds: the preferred IMF-fixdate
/// `Sun, 06 Nov 1994 08:49:37 GMT`, and the obsolete RFC 850
/// `Sunday, 06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37 1994`.
pub fn parse_http_date(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    match parts.as_slice() {
        // IMF-fixdate
        [wd, d, mon, y, t, "GMT"] if wd.ends_with(',') => {
            let (d, y): (i64, i64) = (d.parse().ok()?, y.parse().ok()?);
            if y < 1000 {
                return None;
            }
            unix(y, month(mon)?, d, hms(t)?)
        }
        // RFC 850: two-digit years within 50 years of now are read as 19xx/20xx.
        [wd, date, t, "GMT"] if wd.ends_with(',') => {
            let mut it = date.split('-');
            let (d, mon, y) = (it.next()?, it.next()?, it.next()?);
            let y: i64 = y.parse().ok()?;
            let y = if y < 70 {
                2000 + y
            } else if y < 100 {
                1900 + y
            } else {
                y
            };
            unix(y, month(mon)?, d.parse().ok()?, hms(t)?)
        }
        // asctime
        [_wd, mon, d, t, y] => unix(y.parse().ok()?, month(mon)?, d.parse().ok()?, hms(t)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60;
    const HOUR: i64 = 3600;

    #[test]
    fn success_without_hints_waits_the_default() {
        assert_eq!(after_success(Hints::default(), MIN_INTERVAL), DEFAULT_INTERVAL);
        assert_eq!(after_success(Hints::default(), 2 * HOUR), 2 * HOUR, "a source's longer minimum wins");
    }

    #[test]
    fn success_honours_max_age_and_ttl_within_bounds() {
        let h = |max_age, ttl_minutes| Hints { max_age, ttl_minutes };
        assert_eq!(after_success(h(Some(2 * HOUR), None), MIN_INTERVAL), 2 * HOUR);
        assert_eq!(after_success(h(None, Some(90)), MIN_INTERVAL), 90 * MIN, "ttl is minutes");
        assert_eq!(after_success(h(Some(HOUR), Some(120)), MIN_INTERVAL), 2 * HOUR, "the larger of the two");
        assert_eq!(after_success(h(Some(60), None), MIN_INTERVAL), 15 * MIN, "never below the minimum interval");
        assert_eq!(after_success(h(Some(0), Some(0)), MIN_INTERVAL), 15 * MIN, "no-cache is the minimum, not a busy loop");
        assert_eq!(after_success(h(Some(60), None), 0), 15 * MIN, "a source's minimum is never below 15 minutes");
        assert_eq!(after_success(h(Some(30 * 24 * HOUR), None), MIN_INTERVAL), MAX_WAIT, "a month's max-age is a day");
        assert_eq!(after_success(h(None, Some(i64::MAX)), MIN_INTERVAL), MAX_WAIT, "no overflow");
        assert_eq!(after_success(h(Some(-5), None), MIN_INTERVAL), 15 * MIN);
    }

    #[test]
    fn failures_double_up_to_a_day_and_never_stop() {
        let waits: Vec<i64> = (1..=9).map(|n| after_failure(n, None, MIN_INTERVAL)).collect();
        assert_eq!(waits, [15 * MIN, 30 * MIN, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 16 * HOUR, 24 * HOUR, 24 * HOUR]);
        assert_eq!(after_failure(10_000, None, MIN_INTERVAL), MAX_WAIT, "capped at a day, not a permanent stop");
        assert_eq!(after_failure(i64::MAX, None, i64::MAX), MAX_WAIT);
        assert_eq!(after_failure(0, None, MIN_INTERVAL), 15 * MIN, "a nonsense count is the first failure");
        assert_eq!(after_failure(-3, None, MIN_INTERVAL), 15 * MIN);
        assert_eq!(after_failure(1, None, HOUR), HOUR, "doubling starts from the source's minimum");
        assert_eq!(after_failure(2, None, HOUR), 2 * HOUR);
    }

    #[test]
    fn retry_after_lengthens_but_never_shortens_nor_exceeds_a_day() {
        assert_eq!(after_failure(1, Some(3 * HOUR), MIN_INTERVAL), 3 * HOUR);
        assert_eq!(after_failure(1, Some(5), MIN_INTERVAL), 15 * MIN, "not sooner than the minimum");
        assert_eq!(after_failure(6, Some(HOUR), MIN_INTERVAL), 8 * HOUR, "not sooner than the backoff");
        assert_eq!(after_failure(1, Some(7 * 24 * HOUR), MIN_INTERVAL), MAX_WAIT);
        assert_eq!(after_failure(1, Some(-100), MIN_INTERVAL), 15 * MIN);
    }

    #[test]
    fn cache_control() {
        assert_eq!(parse_max_age("max-age=3600"), Some(3600));
        assert_eq!(parse_max_age("public, MAX-AGE=\"600\", must-revalidate"), Some(600));
        assert_eq!(parse_max_age("no-cache"), Some(0));
        assert_eq!(parse_max_age("no-store, max-age=120"), Some(120));
        assert_eq!(parse_max_age("private"), None);
        assert_eq!(parse_max_age("max-age=-1"), None);
        assert_eq!(parse_max_age("max-age=abc"), None);
        assert_eq!(parse_max_age("max-age"), None);
        assert_eq!(parse_max_age("s-maxage=900"), None, "shared caches' value is not ours");
        assert_eq!(parse_max_age("max-age=99999999999999999999999"), Some(i64::MAX));
        assert_eq!(parse_max_age(""), None);
    }

    #[test]
    fn retry_after_seconds_or_http_date() {
        let now = 784_111_777; // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_retry_after("120", now), Some(120));
        assert_eq!(parse_retry_after(" 0 ", now), Some(0));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 09:49:37 GMT", now), Some(3600));
        assert_eq!(parse_retry_after("Sunday, 06-Nov-94 08:50:37 GMT", now), Some(60));
        assert_eq!(parse_retry_after("Sun Nov  6 08:49:47 1994", now), Some(10));
        assert_eq!(parse_retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now), Some(0), "a past date is now");
        assert_eq!(parse_retry_after("-5", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("", now), None);
    }

    #[test]
    fn http_dates() {
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(parse_http_date("Tue, 29 Feb 2028 12:00:00 GMT"), Some(1_835_438_400));
        assert_eq!(parse_http_date("Tue, 29 Feb 2027 12:00:00 GMT"), None, "no 29 February in 2027");
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 25:00:00 GMT"), None);
        assert_eq!(parse_http_date("Sun, 06 Foo 1994 08:49:37 GMT"), None);
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 +0800"), None, "HTTP dates are GMT");
        assert_eq!(parse_http_date("Sun, 06 Nov 94 08:49:37 GMT"), None);
    }
}
