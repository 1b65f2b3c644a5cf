//! Booking a visit at the community service centre: which days and times
//! are offered, how many people a time can take, and who may book what.
//! Days are China-time calendar dates (`YYYY-MM-DD`), times `HH:MM`.
use time::{Date, Duration, Weekday};

/// Two counters: two people can be seen at the same time.
pub const PLACES_PER_TIME: i64 = 2;
/// How far ahead people can book, in open days.
pub const DAYS_AHEAD: usize = 10;

/// Half-hour times: weekday mornings and afternoons, Saturday mornings.
pub fn times(day: Date) -> Vec<&'static str> {
    const MORNING: [&str; 6] = ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"];
    const AFTERNOON: [&str; 6] = ["14:30", "15:00", "15:30", "16:00", "16:30", "17:00"];
    match day.weekday() {
        Weekday::Sunday => vec![],
        Weekday::Saturday => MORNING.to_vec(),
        _ => MORNING.iter().chain(AFTERNOON.iter()).copied().collect(),
    }
}

/// The open days people can choose from: from tomorrow, the next
/// [`DAYS_AHEAD`] days the centre is open.
pub fn bookable_days(today: Date) -> Vec<Date> {
    let mut days = Vec::new();
    let mut d = today;
    while days.len() < DAYS_AHEAD {
        d += Duration::days(1);
        if !times(d).is_empty() {
            days.push(d);
        }
    }
    days
}

pub fn parse_day(s: &str) -> Option<Date> {
    let s = crate::domain::clock::parse_date(s)?;
    let (y, m, d) = (s[..4].parse().ok()?, s[5..7].parse::<u8>().ok()?, s[8..].parse().ok()?);
    Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}

pub fn day_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a day and time the centre offers now (past, closed, too far).
    NotOffered,
    /// Every place at that time is taken.
    Full,
    /// The person already has a visit booked for this service.
    AlreadyBooked,
    /// The person already has another visit at that time.
    SameTime,
}

/// What is known when someone asks for a time.
pub struct Request<'a> {
    pub today: Date,
    pub day: Date,
    pub time: &'a str,
    /// People already booked at that day and time.
    pub taken: i64,
    /// The person has a visit booked for the same service.
    pub has_for_item: bool,
    /// The person has a visit (any service) at that day and time.
    pub has_at_time: bool,
}

/// Whether the booking may be made.
pub fn check(r: &Request) -> Result<(), Refusal> {
    if !bookable_days(r.today).contains(&r.day) || !times(r.day).contains(&r.time) {
        return Err(Refusal::NotOffered);
    }
    if r.has_for_item {
        return Err(Refusal::AlreadyBooked);
    }
    if r.has_at_time {
        return Err(Refusal::SameTime);
    }
    if r.taken >= PLACES_PER_TIME {
        return Err(Refusal::Full);
    }
    Ok(())
}

/// A booked visit can be cancelled until the day it is for.
pub fn can_cancel(today: Date, day: Date) -> bool {
    day > today
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    // 2026-11-27 is a Friday.
    const FRIDAY: Date = date!(2026 - 11 - 27);

    fn req(day: Date, time: &str) -> Request<'_> {
        Request { today: FRIDAY, day, time, taken: 0, has_for_item: false, has_at_time: false }
    }

    #[test]
    fn the_centre_is_open_weekdays_and_saturday_mornings() {
        assert_eq!(times(date!(2026 - 11 - 30)).len(), 12, "Monday");
        assert_eq!(times(date!(2026 - 11 - 28)), vec!["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"], "Saturday");
        assert!(times(date!(2026 - 11 - 29)).is_empty(), "Sunday");
    }

    #[test]
    fn days_start_tomorrow_skip_sundays_and_stop_after_ten() {
        let days = bookable_days(FRIDAY);
        assert_eq!(days.len(), DAYS_AHEAD);
        assert_eq!(days[0], date!(2026 - 11 - 28));
        assert_eq!(days[1], date!(2026 - 11 - 30), "Sunday skipped");
        assert!(days.iter().all(|d| d.weekday() != Weekday::Sunday));
        assert!(!days.contains(&FRIDAY), "not today");
    }

    #[test]
    fn only_offered_times_can_be_booked() {
        assert_eq!(check(&req(date!(2026 - 11 - 30), "09:00")), Ok(()));
        assert_eq!(check(&req(date!(2026 - 11 - 30), "12:30")), Err(Refusal::NotOffered), "lunch");
        assert_eq!(check(&req(date!(2026 - 11 - 28), "15:00")), Err(Refusal::NotOffered), "Saturday afternoon");
        assert_eq!(check(&req(date!(2026 - 11 - 29), "09:00")), Err(Refusal::NotOffered), "Sunday");
        assert_eq!(check(&req(date!(2026 - 11 - 26), "09:00")), Err(Refusal::NotOffered), "past");
        assert_eq!(check(&req(FRIDAY, "17:00")), Err(Refusal::NotOffered), "today");
        assert_eq!(check(&req(date!(2027 - 01 - 30), "09:00")), Err(Refusal::NotOffered), "too far ahead");
    }

    #[test]
    fn a_time_takes_two_people_and_a_person_one_visit() {
        let day = date!(2026 - 12 - 01);
        assert_eq!(check(&Request { taken: 1, ..req(day, "10:00") }), Ok(()));
        assert_eq!(check(&Request { taken: 2, ..req(day, "10:00") }), Err(Refusal::Full));
        assert_eq!(check(&Request { has_for_item: true, ..req(day, "10:00") }), Err(Refusal::AlreadyBooked));
        assert_eq!(check(&Request { has_at_time: true, ..req(day, "10:00") }), Err(Refusal::SameTime));
    }

    #[test]
    fn cancel_until_the_day_before() {
        assert!(can_cancel(FRIDAY, date!(2026 - 11 - 28)));
        assert!(!can_cancel(FRIDAY, FRIDAY));
        assert_eq!(parse_day("2026/12/1").map(day_text).as_deref(), Some("2026-12-01"));
        assert_eq!(parse_day("tomorrow"), None);
    }
}
