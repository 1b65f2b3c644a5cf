//! The two clocks people in Shihezi live by. The city keeps Beijing time
//! (UTC+8, tz `Asia/Shanghai`); many in the region also keep Xinjiang time
//! (UTC+6, tz `Asia/Urumqi`). Neither has daylight saving, so both are
//! fixed offsets and no time-zone database is needed.
//!
//! Times are stored as unix seconds (UTC); slot templates and the clinic's
//! day are in Beijing time. A time is shown with its zone: [`Local`] holds
//! the numbers and the zone, the words ("09:00 Beijing time") come from the
//! catalogue; a Uyghur page shows [`both`].
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, UtcOffset};

codes_enum! {
    /// A zone a time is shown in.
    pub enum Zone {
        /// UTC+8, what the city, the clinic and the slot templates keep.
        Beijing = "beijing",
        /// UTC+6, kept by many in the region.
        Xinjiang = "xinjiang",
    }
}

impl Zone {
    /// Hours ahead of UTC, all year.
    pub const fn offset_hours(self) -> i64 {
        match self {
            Zone::Beijing => 8,
            Zone::Xinjiang => 6,
        }
    }

    pub const fn offset_secs(self) -> i64 {
        self.offset_hours() * 3600
    }

    /// The IANA name, for a calendar file or a `<time>` element.
    pub fn tz(self) -> &'static str {
        match self {
            Zone::Beijing => "Asia/Shanghai",
            Zone::Xinjiang => "Asia/Urumqi",
        }
    }

    fn offset(self) -> UtcOffset {
        UtcOffset::from_whole_seconds(self.offset_secs() as i32).unwrap_or(UtcOffset::UTC)
    }
}

const DAY_SECS: i64 = 86_400;
/// 0001-01-01 and 9999-01-01 UTC: instants are held inside, so a clock in
/// either zone is always a valid date.
const FIRST: i64 = -62_135_596_800;
const LAST: i64 = 253_370_764_800;

fn at(unix: i64, zone: Zone) -> OffsetDateTime {
    let t = OffsetDateTime::from_unix_timestamp(unix.clamp(FIRST, LAST)).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    t.to_offset(zone.offset())
}

/// A moment as read on a clock in one zone: numbers and the zone only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Local {
    pub zone: Zone,
    pub year: i32,
    pub month: u8,
    pub day: u8,
    /// ISO 8601: 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    pub hour: u8,
    pub minute: u8,
}

impl Local {
    /// `09:00`: digits, the same in every language.
    pub fn hm(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// `2026-11-28`
    pub fn ymd(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Minutes after local midnight.
    pub fn minute_of_day(&self) -> u32 {
        u32::from(self.hour) * 60 + u32::from(self.minute)
    }
}

/// The clock in `zone` at `unix`.
pub fn local(unix: i64, zone: Zone) -> Local {
    let t = at(unix, zone);
    Local {
        zone,
        year: t.year(),
        month: t.month() as u8,
        day: t.day(),
        weekday: t.weekday().number_from_monday(),
        hour: t.hour(),
        minute: t.minute(),
    }
}

/// Beijing time, then Xinjiang time: what a Uyghur page shows.
pub fn both(unix: i64) -> [Local; 2] {
    [local(unix, Zone::Beijing), local(unix, Zone::Xinjiang)]
}

/// The calendar day in `zone` at `unix`.
pub fn local_date(unix: i64, zone: Zone) -> Date {
    at(unix, zone).date()
}

/// The instant of `minute` minutes after midnight of `date` in `zone`.
/// Minutes past 1440 run on into the next day (a session that ends after
/// midnight).
pub fn to_utc(zone: Zone, date: Date, minute: u32) -> i64 {
    date.midnight().assume_offset(zone.offset()).unix_timestamp() + i64::from(minute) * 60
}

/// [`to_utc`] in Beijing time, the zone of slot templates and the clinic's day.
pub fn beijing_to_utc(date: Date, minute: u32) -> i64 {
    to_utc(Zone::Beijing, date, minute)
}

/// The instants `[start, end)` of a calendar day in `zone`.
pub fn day_bounds(zone: Zone, date: Date) -> (i64, i64) {
    let start = to_utc(zone, date, 0);
    (start, start + DAY_SECS)
}

/// ISO 8601 weekday of a date: 1 = Monday … 7 = Sunday.
pub fn iso_weekday(date: Date) -> u8 {
    date.weekday().number_from_monday()
}

/// `2026-11-28`
pub fn day_text(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month() as u8, date.day())
}

/// A time of day on a 24-hour clock as typed or as a time field sends it
/// (`9:00`, `09:30`, `09:30:00`; seconds are dropped): minutes after midnight.
pub fn parse_clock(s: &str) -> Option<u32> {
    let s = s.trim();
    let (h, rest) = s.split_once(':')?;
    let (m, sec) = match rest.split_once(':') {
        Some((m, sec)) => (m, Some(sec)),
        None => (rest, None),
    };
    let num = |t: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())).then(|| t.parse().ok()).flatten()
    };
    let (h, m) = (num(h, 1..=2)?, num(m, 2..=2)?);
    if let Some(sec) = sec {
        num(sec, 2..=2).filter(|s| *s < 60)?;
    }
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Exactly `YYYY-MM-DD`, a real date (what a date field or a table holds).
pub fn parse_day(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(d).ok()?).ok()
}

/// Serde for a [`Date`] as `YYYY-MM-DD` (`#[serde(with = "…::zones::serde_day")]`).
pub mod serde_day {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::day_text(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_day(&s).ok_or_else(|| D::Error::custom("a date as YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// 2026-12-01 01:00 UTC = 09:00 Beijing = 07:00 Xinjiang (a Tuesday).
    const NINE_BEIJING: i64 = 1_796_086_800;

    #[test]
    fn nine_beijing_is_seven_xinjiang() {
        assert_eq!(beijing_to_utc(date!(2026 - 12 - 01), 9 * 60), NINE_BEIJING);
        let [bj, xj] = both(NINE_BEIJING);
        assert_eq!((bj.zone, bj.hm(), bj.ymd()), (Zone::Beijing, "09:00".to_string(), "2026-12-01".to_string()));
        assert_eq!((xj.zone, xj.hm(), xj.ymd()), (Zone::Xinjiang, "07:00".to_string(), "2026-12-01".to_string()));
        assert_eq!((bj.hour, bj.minute, xj.hour, xj.minute), (9, 0, 7, 0));
        assert_eq!(bj.weekday, 2, "Tuesday");
        assert_eq!(bj.minute_of_day(), 540);
        assert_eq!(xj.minute_of_day(), 420);
    }

    #[test]
    fn midnight_crossings() {
        // 01:30 Beijing is still yesterday in Xinjiang time, 23:30.
        let t = beijing_to_utc(date!(2026 - 12 - 01), 90);
        assert_eq!(local(t, Zone::Beijing).ymd(), "2026-12-01");
        let xj = local(t, Zone::Xinjiang);
        assert_eq!((xj.ymd(), xj.hm(), xj.weekday), ("2026-11-30".to_string(), "23:30".to_string(), 1));
        assert_eq!(local_date(t, Zone::Xinjiang), date!(2026 - 11 - 30));
        // Midnight Beijing is 16:00 UTC the day before and 22:00 Xinjiang time.
        let midnight = beijing_to_utc(date!(2026 - 12 - 01), 0);
        assert_eq!(midnight, 1_796_054_400);
        assert_eq!(local(midnight, Zone::Xinjiang).hm(), "22:00");
        assert_eq!(local(midnight - 1, Zone::Beijing).ymd(), "2026-11-30");
        assert_eq!(local(midnight - 1, Zone::Beijing).hm(), "23:59");
        // 02:00 Xinjiang time is 04:00 Beijing, the same day in both.
        let t = to_utc(Zone::Xinjiang, date!(2026 - 12 - 01), 120);
        assert_eq!(local(t, Zone::Beijing).hm(), "04:00");
        assert_eq!(local_date(t, Zone::Beijing), date!(2026 - 12 - 01));
        // The year turns two hours later in Xinjiang.
        let ny = beijing_to_utc(date!(2027 - 01 - 01), 0);
        assert_eq!(local(ny, Zone::Xinjiang).ymd(), "2026-12-31");
        assert_eq!(local(ny + 2 * 3600, Zone::Xinjiang).ymd(), "2027-01-01");
    }

    #[test]
    fn minutes_past_midnight_run_into_the_next_day() {
        let d = date!(2026 - 12 - 01);
        assert_eq!(beijing_to_utc(d, 1440), beijing_to_utc(date!(2026 - 12 - 02), 0));
        assert_eq!(beijing_to_utc(d, 1500), beijing_to_utc(date!(2026 - 12 - 02), 60));
        let (a, b) = day_bounds(Zone::Beijing, d);
        assert_eq!((a, b - a), (beijing_to_utc(d, 0), 86_400));
        let (xa, _) = day_bounds(Zone::Xinjiang, d);
        assert_eq!(xa - a, 2 * 3600, "a Xinjiang day starts two hours later");
    }

    #[test]
    fn round_trip_every_quarter_hour_of_a_day() {
        let d = date!(2027 - 02 - 28);
        for m in (0..1440).step_by(15) {
            for z in Zone::ALL.iter().copied() {
                let t = to_utc(z, d, m);
                let l = local(t, z);
                assert_eq!((l.ymd(), l.minute_of_day()), ("2027-02-28".to_string(), m), "{z:?} {m}");
            }
        }
    }

    #[test]
    fn offsets_and_names() {
        assert_eq!((Zone::Beijing.offset_secs(), Zone::Xinjiang.offset_secs()), (28_800, 21_600));
        assert_eq!((Zone::Beijing.tz(), Zone::Xinjiang.tz()), ("Asia/Shanghai", "Asia/Urumqi"));
        assert_eq!(local(0, Zone::Beijing).hm(), "08:00", "the unix epoch");
        assert_eq!(local(0, Zone::Xinjiang).hm(), "06:00");
    }

    #[test]
    fn far_instants_are_held_not_panicked_on() {
        assert_eq!(local(i64::MIN, Zone::Xinjiang).ymd(), "0001-01-01");
        assert_eq!(local(i64::MAX, Zone::Beijing).year, 9999);
        let _ = local_date(i64::MAX, Zone::Xinjiang);
    }

    #[test]
    fn days_as_text() {
        assert_eq!(iso_weekday(date!(2026 - 12 - 06)), 7, "Sunday");
        assert_eq!(iso_weekday(date!(2026 - 12 - 07)), 1, "Monday");
        assert_eq!(day_text(date!(2026 - 01 - 05)), "2026-01-05");
        assert_eq!(parse_day("2026-01-05"), Some(date!(2026 - 01 - 05)));
        assert_eq!(parse_day("2028-02-29"), Some(date!(2028 - 02 - 29)));
        for bad in ["2026-02-29", "2026-1-05", "2026/01/05", "26-01-05", "2026-13-01", "2026-01-00", "", "2026-01-05 ", "+026-01-05"] {
            assert_eq!(parse_day(bad), None, "{bad:?}");
        }
        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        struct D {
            #[serde(with = "serde_day")]
            d: Date,
        }
        let json = serde_json::to_string(&D { d: date!(2026 - 12 - 01) }).unwrap();
        assert_eq!(json, r#"{"d":"2026-12-01"}"#);
        assert_eq!(serde_json::from_str::<D>(&json).unwrap(), D { d: date!(2026 - 12 - 01) });
        assert!(serde_json::from_str::<D>(r#"{"d":"2026-02-30"}"#).is_err());
    }

    #[test]
    fn clock_times_are_read_as_typed_on_a_24_hour_clock() {
        assert_eq!(parse_clock("09:30"), Some(570));
        assert_eq!(parse_clock(" 14:05 "), Some(845));
        assert_eq!(parse_clock("9:00"), Some(540));
        assert_eq!(parse_clock("09:30:59"), Some(570));
        assert_eq!(parse_clock("23:59"), Some(1439));
        assert_eq!(parse_clock("24:00"), None);
        assert_eq!(parse_clock("12:60"), None);
        assert_eq!(parse_clock("12:5"), None);
        assert_eq!(parse_clock("noon"), None);
        assert_eq!(parse_clock("-1:00"), None);
        assert_eq!(parse_clock("+9:00"), None);
        assert_eq!(parse_clock("09:30:60"), None);
        assert_eq!(parse_clock("09:30:00:00"), None);
    }
}
