//! Dates and times as residents read them: China Standard Time (UTC+8, no
//! daylight saving), written `2026-11-28 09:30`. Bills use calendar dates
//! (`YYYY-MM-DD`) and months (`YYYY-MM`) as text.
use time::{Date, OffsetDateTime, UtcOffset};

const CST: UtcOffset = match UtcOffset::from_hms(8, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};

/// Xinjiang time (UTC+6, `Asia/Urumqi`), which much of the region also
/// keeps; Shihezi's offices keep Beijing time.
const XJT: UtcOffset = match UtcOffset::from_hms(6, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};

fn local(unix: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH).to_offset(CST)
}

fn written(t: OffsetDateTime) -> String {
    format!("{:04}-{:02}-{:02} {:02}:{:02}", t.year(), t.month() as u8, t.day(), t.hour(), t.minute())
}

/// `2026-11-28 09:30`
pub fn date_time(unix: i64) -> String {
    written(local(unix))
}

/// `2026-11-28 07:30`: the same moment in Xinjiang time.
pub fn date_time_xinjiang(unix: i64) -> String {
    written(OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH).to_offset(XJT))
}

/// `2026-11-28`
pub fn date(unix: i64) -> String {
    let t = local(unix);
    format!("{:04}-{:02}-{:02}", t.year(), t.month() as u8, t.day())
}

/// The China-time calendar date at `unix`.
pub fn local_date(unix: i64) -> Date {
    local(unix).date()
}

/// The moment of `hour`:00 China time on a calendar day (an impossible day
/// falls back to the month's 28th).
pub fn local_unix(year: i32, month: u8, day: u8, hour: u8) -> i64 {
    let month = time::Month::try_from(month).unwrap_or(time::Month::January);
    let date = Date::from_calendar_date(year, month, day).or_else(|_| Date::from_calendar_date(year, month, 28)).unwrap_or(Date::MIN);
    date.with_hms(hour.min(23), 0, 0).map(|t| t.assume_offset(CST).unix_timestamp()).unwrap_or(0)
}

/// `2026-11`
pub fn month(unix: i64) -> String {
    date(unix)[..7].to_string()
}

/// A calendar date typed as `YYYY-MM-DD` (also accepts `/` or `.` between).
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim().replace(['/', '.'], "-");
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let (y, m, d): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let date = Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()?;
    Some(format!("{:04}-{:02}-{:02}", date.year(), date.month() as u8, date.day()))
}

/// A month typed as `YYYY-MM` (or `YYYY/MM`, `YYYY-M`).
pub fn parse_month(s: &str) -> Option<String> {
    let s = s.trim().replace(['/', '.'], "-");
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let (y, m): (i32, u8) = (y.parse().ok()?, m.parse().ok()?);
    if !(2000..=2100).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    Some(format!("{y:04}-{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_china_time() {
        // 2026-11-28 16:00 UTC is midnight the next day in Beijing.
        assert_eq!(date_time(1_795_881_600), "2026-11-29 00:00");
        assert_eq!(date(1_795_881_600), "2026-11-29");
        assert_eq!(month(1_795_881_600), "2026-11");
        assert_eq!(date_time_xinjiang(1_795_881_600), "2026-11-28 22:00", "two hours behind Beijing");
    }

    #[test]
    fn dates_and_months_are_checked_not_guessed() {
        assert_eq!(parse_date("2026-12-20").as_deref(), Some("2026-12-20"));
        assert_eq!(parse_date("2026/1/5").as_deref(), Some("2026-01-05"));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("20-12-2026"), None);
        assert_eq!(parse_month("2026-11").as_deref(), Some("2026-11"));
        assert_eq!(parse_month("2026/3").as_deref(), Some("2026-03"));
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("Nov"), None);
    }
}
