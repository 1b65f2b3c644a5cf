//! Slots: the times a resident can book, made from each place's weekly
//! templates ("Tuesdays 09:00, 30 minutes, 4 people, Dr Wang, blood
//! pressure") and its exceptions (a holiday closes a place, a sick day
//! takes one clinician out; an extra one-off session adds a time).
//!
//! Templates are in Beijing time. A generated slot is keyed by place,
//! service and start instant ([`SlotKey`]): generating the same weeks again
//! gives the same keys, so the store inserts what is new, updates what
//! changed and never duplicates ([`reconcile`]). A slot an exception
//! covers is kept but *blocked*: it is not offered, and the bookings on it
//! are found ([`affected`]) so the people are told and offered another
//! time ([`alternatives`]).
use super::booking::Policy;
use super::zones::{self, serde_day};
use serde::{Deserialize, Serialize};
use time::{Date, Duration};

/// The latest start: a session starts before midnight (it may end after).
pub const LAST_START_MIN: u16 = 1439;
/// Session length, minutes.
pub const MIN_LENGTH_MIN: u16 = 5;
pub const MAX_LENGTH_MIN: u16 = 480;
/// People in one slot.
pub const MAX_CAPACITY: u32 = 50;
/// Days generated at once (the demo seeds four weeks; staff plan a quarter).
pub const MAX_GENERATE_DAYS: i64 = 92;
/// The longest closure: a year.
pub const MAX_CLOSURE_DAYS: i64 = 366;

const WEEK_MIN: i64 = 7 * 1440;

/// What one session is: where, what, when in the day, how long, how many.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Session {
    pub place: i64,
    pub service: i64,
    /// Minutes after midnight, Beijing time.
    pub start_min: u16,
    pub length_min: u16,
    pub capacity: u32,
    /// None for a cabin or a session any clinician on duty takes.
    pub clinician: Option<i64>,
}

codes_enum! {
    /// What is wrong with a template or an extra session (one per field).
    pub enum SessionProblem {
        Weekday = "weekday",
        Start = "start",
        Length = "length",
        Capacity = "capacity",
    }
}

impl Session {
    pub fn problems(&self) -> Vec<SessionProblem> {
        let mut out = Vec::new();
        if self.start_min > LAST_START_MIN {
            out.push(SessionProblem::Start);
        }
        if !(MIN_LENGTH_MIN..=MAX_LENGTH_MIN).contains(&self.length_min) {
            out.push(SessionProblem::Length);
        }
        if !(1..=MAX_CAPACITY).contains(&self.capacity) {
            out.push(SessionProblem::Capacity);
        }
        out
    }

    fn slot(&self, date: Date, extra: bool) -> Slot {
        let start = zones::beijing_to_utc(date, u32::from(self.start_min));
        Slot {
            place: self.place,
            service: self.service,
            start,
            end: start + i64::from(self.length_min) * 60,
            capacity: self.capacity,
            clinician: self.clinician,
            blocked: None,
            extra,
        }
    }
}

/// A session every week on one weekday.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Template {
    /// ISO 8601: 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    #[serde(flatten)]
    pub session: Session,
}

impl Template {
    pub fn problems(&self) -> Vec<SessionProblem> {
        let mut out = Vec::new();
        if !(1..=7).contains(&self.weekday) {
            out.push(SessionProblem::Weekday);
        }
        out.extend(self.session.problems());
        out
    }

    /// Minutes after Monday 00:00 that it covers (may run past the week's end).
    fn week_span(&self) -> (i64, i64) {
        let start = (i64::from(self.weekday) - 1) * 1440 + i64::from(self.session.start_min);
        (start, start + i64::from(self.session.length_min))
    }
}

/// A session once, on one date (an extra clinic before a holiday, a
/// screening day).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Extra {
    #[serde(with = "serde_day")]
    pub date: Date,
    #[serde(flatten)]
    pub session: Session,
}

codes_enum! {
    /// Why a slot is closed.
    pub enum Reason {
        Holiday = "holiday",
        Sick = "sick",
        Training = "training",
        Other = "other",
        /// Its template or extra session was taken out of the timetable
        /// after people had booked it.
        Withdrawn = "withdrawn",
    }
}

/// Whom a closure takes out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Scope {
    /// Every session at the place.
    Place(i64),
    /// Every session of the clinician, wherever it is.
    Clinician(i64),
}

/// Closed for the days `from..=until` (Beijing dates, both included).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Closure {
    pub scope: Scope,
    #[serde(with = "serde_day")]
    pub from: Date,
    #[serde(with = "serde_day")]
    pub until: Date,
    pub reason: Reason,
}

codes_enum! {
    /// What is wrong with a span of days.
    pub enum SpanProblem {
        /// The last day is before the first.
        Order = "order",
        /// More days than allowed at once.
        TooLong = "too_long",
    }
}

fn span_problem(from: Date, until: Date, max_days: i64) -> Option<SpanProblem> {
    if until < from {
        Some(SpanProblem::Order)
    } else if (until - from).whole_days() + 1 > max_days {
        Some(SpanProblem::TooLong)
    } else {
        None
    }
}

impl Closure {
    pub fn problem(&self) -> Option<SpanProblem> {
        span_problem(self.from, self.until, MAX_CLOSURE_DAYS)
    }

    /// Whether a session at `place` with `clinician`, starting on the
    /// Beijing date `day`, is closed by this.
    pub fn covers(&self, place: i64, clinician: Option<i64>, day: Date) -> bool {
        let who = match self.scope {
            Scope::Place(p) => p == place,
            Scope::Clinician(c) => clinician == Some(c),
        };
        who && self.from <= day && day <= self.until
    }
}

/// The identity of a slot: generating again gives the same key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SlotKey {
    pub place: i64,
    pub service: i64,
    /// Unix seconds.
    pub start: i64,
}

impl SlotKey {
    /// `place.service.start`, for a form's radio button.
    pub fn text(&self) -> String {
        format!("{}.{}.{}", self.place, self.service, self.start)
    }

    pub fn parse(s: &str) -> Option<SlotKey> {
        let mut parts = s.split('.');
        let key = SlotKey { place: parts.next()?.parse().ok()?, service: parts.next()?.parse().ok()?, start: parts.next()?.parse().ok()? };
        parts.next().is_none().then_some(key)
    }
}

/// A bookable time (or a closed one).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slot {
    pub place: i64,
    pub service: i64,
    /// Unix seconds.
    pub start: i64,
    pub end: i64,
    pub capacity: u32,
    pub clinician: Option<i64>,
    /// Closed by an exception: kept, not offered.
    pub blocked: Option<Reason>,
    /// From an extra session, not a template.
    pub extra: bool,
}

codes_enum! {
    /// What a resident sees on a slot.
    pub enum Status {
        Free = "free",
        /// Every place taken (the waiting list may still be open).
        Busy = "busy",
        Blocked = "blocked",
    }
}

impl Slot {
    pub fn key(&self) -> SlotKey {
        SlotKey { place: self.place, service: self.service, start: self.start }
    }

    /// `taken`: places booked plus places held for open waiting-list offers.
    pub fn status(&self, taken: u32) -> Status {
        if self.blocked.is_some() {
            Status::Blocked
        } else if taken >= self.capacity {
            Status::Busy
        } else {
            Status::Free
        }
    }

    /// The Beijing date it starts on (what closures and the clinic's day go by).
    pub fn day(&self) -> Date {
        zones::local_date(self.start, zones::Zone::Beijing)
    }
}

/// The slots of the Beijing days `from..=until`, in order of start, place,
/// service. A template or extra session with problems is skipped (the
/// staff form refuses it). An extra session with the key of a template's
/// slot replaces it; of two templates with one key the first counts (the
/// staff form refuses the second: [`template_clash`]). A closure blocks
/// every session it covers, extra ones too: to open on a holiday, shorten
/// the closure.
pub fn generate(templates: &[Template], extras: &[Extra], closures: &[Closure], from: Date, until: Date) -> Result<Vec<Slot>, SpanProblem> {
    if let Some(p) = span_problem(from, until, MAX_GENERATE_DAYS) {
        return Err(p);
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut day = from;
    while day <= until {
        let weekday = zones::iso_weekday(day);
        for t in templates.iter().filter(|t| t.weekday == weekday && t.problems().is_empty()) {
            let s = t.session.slot(day, false);
            if !slots.iter().any(|o| o.key() == s.key()) {
                slots.push(s);
            }
        }
        for e in extras.iter().filter(|e| e.date == day && e.session.problems().is_empty()) {
            let s = e.session.slot(day, true);
            match slots.iter_mut().find(|o| o.key() == s.key()) {
                Some(o) if !o.extra => *o = s,
                Some(_) => {}
                None => slots.push(s),
            }
        }
        match day.checked_add(Duration::days(1)) {
            Some(next) => day = next,
            None => break,
        }
    }
    for s in &mut slots {
        let day = s.day();
        s.blocked = closures.iter().find(|c| c.covers(s.place, s.clinician, day)).map(|c| c.reason);
    }
    slots.sort_by_key(Slot::key);
    Ok(slots)
}

codes_enum! {
    /// Why a template cannot stand beside another.
    pub enum Clash {
        /// The same place, service, weekday and start: one slot, two templates.
        SameTime = "same_time",
        /// One clinician in two sessions at once.
        ClinicianTwice = "clinician_twice",
    }
}

/// Whether two templates clash (a staff form checks a new one against the
/// rest). Sessions that run past midnight count into the next day, and
/// Sunday night into Monday.
pub fn template_clash(a: &Template, b: &Template) -> Option<Clash> {
    if a.weekday == b.weekday
        && a.session.place == b.session.place
        && a.session.service == b.session.service
        && a.session.start_min == b.session.start_min
    {
        return Some(Clash::SameTime);
    }
    let same_clinician = a.session.clinician.is_some() && a.session.clinician == b.session.clinician;
    let ((a0, a1), (b0, b1)) = (a.week_span(), b.week_span());
    let overlap = [-WEEK_MIN, 0, WEEK_MIN].iter().any(|shift| a0 < b1 + shift && b0 + shift < a1);
    (same_clinician && overlap).then_some(Clash::ClinicianTwice)
}

/// Whether two concrete slots clash (an extra session against the slots of its day).
pub fn slot_clash(a: &Slot, b: &Slot) -> Option<Clash> {
    if a.key() == b.key() {
        return Some(Clash::SameTime);
    }
    let same_clinician = a.clinician.is_some() && a.clinician == b.clinician;
    (same_clinician && a.start < b.end && b.start < a.end).then_some(Clash::ClinicianTwice)
}

/// A slot as stored, with how many bookings it holds now (booked, arrived,
/// waiting).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub slot: Slot,
    pub bookings: u32,
}

/// What the store does to match a new generation of the same days.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub insert: Vec<Slot>,
    /// Rows whose capacity, end, clinician or block changed.
    pub update: Vec<Slot>,
    /// Rows no longer in the timetable and with no booking.
    pub delete: Vec<SlotKey>,
    /// Slots that were open and are now blocked (by a closure, or withdrawn
    /// with bookings on them): their people are told.
    pub newly_blocked: Vec<SlotKey>,
}

/// Matches the stored slots of some days (`stored`: every stored slot
/// starting on those days) to a new generation of the same days. A slot
/// that left the timetable is deleted when nobody holds it, else kept
/// blocked as withdrawn. Capacity lowered below the bookings held cancels
/// nobody: the slot is just busy.
pub fn reconcile(stored: &[Stored], generated: &[Slot]) -> Plan {
    let mut plan = Plan::default();
    for g in generated {
        match stored.iter().find(|s| s.slot.key() == g.key()) {
            None => plan.insert.push(g.clone()),
            Some(s) if s.slot != *g => {
                if s.slot.blocked.is_none() && g.blocked.is_some() {
                    plan.newly_blocked.push(g.key());
                }
                plan.update.push(g.clone());
            }
            Some(_) => {}
        }
    }
    for s in stored.iter().filter(|s| !generated.iter().any(|g| g.key() == s.slot.key())) {
        if s.bookings == 0 {
            plan.delete.push(s.slot.key());
        } else if s.slot.blocked != Some(Reason::Withdrawn) {
            if s.slot.blocked.is_none() {
                plan.newly_blocked.push(s.slot.key());
            }
            plan.update.push(Slot { blocked: Some(Reason::Withdrawn), ..s.slot.clone() });
        }
    }
    plan
}

/// A booking (or a place on the waiting list) that an exception may touch.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Held {
    pub booking: i64,
    pub person: i64,
    pub place: i64,
    pub service: i64,
    pub clinician: Option<i64>,
    pub start: i64,
    pub end: i64,
}

/// The bookings a closure takes away (`held`: the active bookings and
/// waiting places), for the staff's "this affects 5 bookings" and the
/// messages to those people.
pub fn affected<'a>(closure: &Closure, held: &'a [Held]) -> Vec<&'a Held> {
    held.iter().filter(|h| closure.covers(h.place, h.clinician, zones::local_date(h.start, zones::Zone::Beijing))).collect()
}

/// Up to `max` other times to offer someone whose slot closed: the same
/// place and service, open, with a free place, still bookable at `now`;
/// nearest to the old time first (earlier on a tie). `slots`: each slot
/// with its places taken (booked and held for offers).
pub fn alternatives<'a>(from: &Held, slots: &'a [(Slot, u32)], now: i64, policy: &Policy, max: usize) -> Vec<&'a Slot> {
    let mut out: Vec<&Slot> = slots
        .iter()
        .filter(|(s, taken)| {
            s.place == from.place
                && s.service == from.service
                && s.start != from.start
                && s.status(*taken) == Status::Free
                && policy.booking_open(now, s.start)
        })
        .map(|(s, _)| s)
        .collect();
    out.sort_by_key(|s| ((s.start - from.start).abs(), s.start));
    out.truncate(max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const STATION: i64 = 1;
    const CABIN: i64 = 2;
    const CHECK: i64 = 10;
    const BP: i64 = 11;
    const WANG: i64 = 100;
    const LI: i64 = 101;

    fn session(place: i64, service: i64, start_min: u16, clinician: Option<i64>) -> Session {
        Session { place, service, start_min, length_min: 30, capacity: 4, clinician }
    }

    fn template(weekday: u8, place: i64, service: i64, start_min: u16, clinician: Option<i64>) -> Template {
        Template { weekday, session: session(place, service, start_min, clinician) }
    }

    /// Dr Wang: Monday and Wednesday 09:00 general checks; Dr Li: Monday
    /// 09:00 blood pressure at the station; the cabin: Monday 14:00.
    fn week() -> Vec<Template> {
        vec![
            template(1, STATION, CHECK, 540, Some(WANG)),
            template(3, STATION, CHECK, 540, Some(WANG)),
            template(1, STATION, BP, 540, Some(LI)),
            template(1, CABIN, BP, 840, None),
        ]
    }

    // 2026-11-30 is a Monday.
    const MON: Date = date!(2026 - 11 - 30);

    fn bj(d: Date, min: u32) -> i64 {
        zones::beijing_to_utc(d, min)
    }

    #[test]
    fn templates_repeat_every_week() {
        let slots = generate(&week(), &[], &[], MON, date!(2026 - 12 - 27)).unwrap();
        assert_eq!(slots.len(), 4 * 4, "four weeks of four sessions");
        let mondays: Vec<_> =
            slots.iter().filter(|s| s.place == STATION && s.service == CHECK && zones::iso_weekday(s.day()) == 1).collect();
        assert_eq!(
            mondays.iter().map(|s| s.day()).collect::<Vec<_>>(),
            [MON, date!(2026 - 12 - 07), date!(2026 - 12 - 14), date!(2026 - 12 - 21)]
        );
        let first = &slots[0];
        assert_eq!((first.start, first.end - first.start, first.capacity), (bj(MON, 540), 1800, 4));
        assert_eq!(first.start, 1_796_000_400, "09:00 Beijing = 01:00 UTC");
        assert!(slots.iter().all(|s| s.blocked.is_none() && !s.extra));
        assert!(slots.windows(2).all(|w| w[0].key() < w[1].key()), "sorted by start, place, service; no key twice");
    }

    #[test]
    fn generating_again_gives_the_same_keys() {
        let a = generate(&week(), &[], &[], MON, date!(2026 - 12 - 13)).unwrap();
        let b = generate(&week(), &[], &[], MON, date!(2026 - 12 - 13)).unwrap();
        assert_eq!(a, b);
        // An overlapping later range gives the same keys for the shared days.
        let c = generate(&week(), &[], &[], date!(2026 - 12 - 07), date!(2026 - 12 - 20)).unwrap();
        let shared: Vec<_> = a.iter().filter(|s| s.day() >= date!(2026 - 12 - 07)).collect();
        assert!(shared.iter().all(|s| c.contains(s)));
        assert_eq!(reconcile(&a.iter().map(|s| Stored { slot: s.clone(), bookings: 1 }).collect::<Vec<_>>(), &b), Plan::default());
    }

    #[test]
    fn a_single_day_and_an_empty_week() {
        assert_eq!(generate(&week(), &[], &[], MON, MON).unwrap().len(), 3);
        assert_eq!(generate(&week(), &[], &[], date!(2026 - 12 - 01), date!(2026 - 12 - 01)).unwrap(), [], "Tuesday: none");
        assert_eq!(generate(&[], &[], &[], MON, date!(2026 - 12 - 27)).unwrap(), []);
    }

    #[test]
    fn the_range_has_limits() {
        assert_eq!(generate(&week(), &[], &[], MON, MON - Duration::days(1)), Err(SpanProblem::Order));
        assert!(generate(&week(), &[], &[], MON, MON + Duration::days(MAX_GENERATE_DAYS - 1)).is_ok());
        assert_eq!(generate(&week(), &[], &[], MON, MON + Duration::days(MAX_GENERATE_DAYS)), Err(SpanProblem::TooLong));
    }

    #[test]
    fn a_holiday_blocks_the_place_only() {
        let holiday =
            Closure { scope: Scope::Place(STATION), from: date!(2026 - 12 - 07), until: date!(2026 - 12 - 09), reason: Reason::Holiday };
        let slots = generate(&week(), &[], &[holiday], MON, date!(2026 - 12 - 13)).unwrap();
        let blocked: Vec<_> = slots.iter().filter(|s| s.blocked.is_some()).collect();
        assert_eq!(blocked.len(), 3, "the station's Monday 7th (two) and Wednesday 9th");
        assert!(blocked.iter().all(|s| s.place == STATION && s.blocked == Some(Reason::Holiday)));
        assert!(blocked.iter().all(|s| (date!(2026 - 12 - 07)..=date!(2026 - 12 - 09)).contains(&s.day())));
        assert!(slots.iter().any(|s| s.place == CABIN && s.day() == date!(2026 - 12 - 07) && s.blocked.is_none()), "the cabin stays open");
        assert_eq!(slots.len(), 8, "blocked slots are kept, not removed");
    }

    #[test]
    fn a_sick_day_blocks_only_that_clinician() {
        let sick = Closure { scope: Scope::Clinician(WANG), from: MON, until: MON, reason: Reason::Sick };
        let slots = generate(&week(), &[], &[sick], MON, date!(2026 - 12 - 06)).unwrap();
        let status = |service: i64, day: Date| {
            slots.iter().find(|s| s.service == service && s.day() == day && s.place == STATION).unwrap().status(0)
        };
        assert_eq!(status(CHECK, MON), Status::Blocked, "Dr Wang's Monday");
        assert_eq!(status(BP, MON), Status::Free, "Dr Li at the same time and place");
        assert_eq!(status(CHECK, date!(2026 - 12 - 02)), Status::Free, "Dr Wang's Wednesday");
        assert!(slots.iter().filter(|s| s.clinician.is_none()).all(|s| s.blocked.is_none()), "the cabin has no clinician");
    }

    #[test]
    fn closure_days_are_inclusive_in_beijing_time() {
        // A session at 00:30 Beijing is on that Beijing day, though still
        // the previous day in UTC and in Xinjiang time.
        let early = Template { weekday: 2, session: Session { start_min: 30, ..session(STATION, CHECK, 0, Some(WANG)) } };
        let tue = date!(2026 - 12 - 01);
        let closed = |from, until| {
            let c = Closure { scope: Scope::Place(STATION), from, until, reason: Reason::Other };
            generate(std::slice::from_ref(&early), &[], &[c], MON, date!(2026 - 12 - 06)).unwrap()[0].blocked.is_some()
        };
        assert!(closed(tue, tue));
        assert!(!closed(MON, MON));
        assert!(!closed(date!(2026 - 12 - 02), date!(2026 - 12 - 05)));
        assert!(closed(MON, tue));
    }

    #[test]
    fn an_extra_session_adds_a_time_or_replaces_a_template_slot() {
        let saturday = date!(2026 - 12 - 05);
        let screening = Extra { date: saturday, session: Session { capacity: 20, ..session(STATION, BP, 480, None) } };
        let bigger = Extra { date: MON, session: Session { capacity: 8, ..session(STATION, CHECK, 540, Some(WANG)) } };
        let slots = generate(&week(), &[screening, bigger], &[], MON, date!(2026 - 12 - 06)).unwrap();
        assert_eq!(slots.len(), 4 + 1, "one slot more, the replaced one not twice");
        let sat = slots.iter().find(|s| s.day() == saturday).unwrap();
        assert_eq!((sat.start, sat.capacity, sat.extra), (bj(saturday, 480), 20, true));
        let mon = slots.iter().find(|s| s.key() == SlotKey { place: STATION, service: CHECK, start: bj(MON, 540) }).unwrap();
        assert_eq!((mon.capacity, mon.extra), (8, true));
        // Outside the range: not generated.
        let later = Extra { date: date!(2026 - 12 - 20), session: session(STATION, BP, 480, None) };
        assert_eq!(generate(&week(), &[later], &[], MON, date!(2026 - 12 - 06)).unwrap().len(), 4);
    }

    #[test]
    fn closures_block_extra_sessions_too() {
        let extra = Extra { date: date!(2026 - 12 - 05), session: session(STATION, BP, 480, Some(LI)) };
        let sick = Closure { scope: Scope::Clinician(LI), from: date!(2026 - 12 - 04), until: date!(2026 - 12 - 05), reason: Reason::Sick };
        let slots = generate(&[], &[extra], &[sick], MON, date!(2026 - 12 - 06)).unwrap();
        assert_eq!(slots[0].blocked, Some(Reason::Sick));
    }

    #[test]
    fn the_first_closure_gives_the_reason() {
        let a = Closure { scope: Scope::Place(STATION), from: MON, until: MON, reason: Reason::Holiday };
        let b = Closure { scope: Scope::Clinician(WANG), from: MON, until: MON, reason: Reason::Sick };
        let slots = generate(&week()[..1], &[], &[a.clone(), b.clone()], MON, MON).unwrap();
        assert_eq!(slots[0].blocked, Some(Reason::Holiday));
        let slots = generate(&week()[..1], &[], &[b, a], MON, MON).unwrap();
        assert_eq!(slots[0].blocked, Some(Reason::Sick));
    }

    #[test]
    fn bad_sessions_are_skipped_and_named() {
        let ok = session(STATION, CHECK, 540, None);
        assert_eq!(ok.problems(), []);
        assert_eq!(Session { start_min: 1439, ..ok.clone() }.problems(), []);
        assert_eq!(Session { start_min: 1440, ..ok.clone() }.problems(), [SessionProblem::Start]);
        assert_eq!(Session { length_min: 4, ..ok.clone() }.problems(), [SessionProblem::Length]);
        assert_eq!(Session { length_min: 5, ..ok.clone() }.problems(), []);
        assert_eq!(Session { length_min: 480, ..ok.clone() }.problems(), []);
        assert_eq!(Session { length_min: 481, ..ok.clone() }.problems(), [SessionProblem::Length]);
        assert_eq!(Session { capacity: 0, ..ok.clone() }.problems(), [SessionProblem::Capacity]);
        assert_eq!(Session { capacity: 50, ..ok.clone() }.problems(), []);
        assert_eq!(Session { capacity: 51, ..ok.clone() }.problems(), [SessionProblem::Capacity]);
        for (wd, ok_day) in [(0, false), (1, true), (7, true), (8, false)] {
            assert_eq!(Template { weekday: wd, session: ok.clone() }.problems().is_empty(), ok_day, "weekday {wd}");
        }
        let bad = Template { weekday: 0, session: Session { capacity: 0, start_min: 2000, ..ok.clone() } };
        assert_eq!(bad.problems(), [SessionProblem::Weekday, SessionProblem::Start, SessionProblem::Capacity]);
        let zero = Template { weekday: 1, session: Session { capacity: 0, ..ok } };
        assert_eq!(generate(&[zero], &[], &[], MON, MON).unwrap(), [], "a template with problems makes nothing");
    }

    #[test]
    fn a_late_session_ends_after_midnight() {
        let late = Template { weekday: 1, session: Session { start_min: 1410, length_min: 60, ..session(CABIN, BP, 0, None) } };
        let s = &generate(&[late], &[], &[], MON, MON).unwrap()[0];
        assert_eq!((s.start, s.end), (bj(MON, 1410), bj(date!(2026 - 12 - 01), 30)));
        assert_eq!(s.day(), MON);
    }

    #[test]
    fn slot_status() {
        let s = generate(&week()[..1], &[], &[], MON, MON).unwrap().remove(0);
        assert_eq!(s.status(0), Status::Free);
        assert_eq!(s.status(3), Status::Free);
        assert_eq!(s.status(4), Status::Busy, "full at capacity");
        assert_eq!(s.status(5), Status::Busy);
        let b = Slot { blocked: Some(Reason::Sick), ..s };
        assert_eq!(b.status(0), Status::Blocked);
        assert_eq!(b.status(4), Status::Blocked, "blocked wins over busy");
    }

    #[test]
    fn keys_as_text() {
        let k = SlotKey { place: 3, service: 12, start: 1_796_000_400 };
        assert_eq!(k.text(), "3.12.1796000400");
        assert_eq!(SlotKey::parse(&k.text()), Some(k));
        assert_eq!(SlotKey::parse("3.12.-5"), Some(SlotKey { place: 3, service: 12, start: -5 }));
        for bad in ["", "3.12", "3.12.5.1", "a.12.5", "3..5", "3.12.5 ", "3-12-5"] {
            assert_eq!(SlotKey::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn template_clashes() {
        let wang_mon = template(1, STATION, CHECK, 540, Some(WANG));
        assert_eq!(template_clash(&wang_mon, &template(1, STATION, CHECK, 540, Some(LI))), Some(Clash::SameTime));
        assert_eq!(template_clash(&wang_mon, &template(1, STATION, CHECK, 540, None)), Some(Clash::SameTime));
        assert_eq!(template_clash(&wang_mon, &template(1, STATION, BP, 540, Some(LI))), None, "two clinicians, two services");
        assert_eq!(
            template_clash(&wang_mon, &template(1, CABIN, BP, 555, Some(WANG))),
            Some(Clash::ClinicianTwice),
            "09:15 inside 09:00–09:30"
        );
        assert_eq!(template_clash(&wang_mon, &template(1, CABIN, BP, 570, Some(WANG))), None, "09:30 starts as 09:00 ends");
        assert_eq!(
            template_clash(&wang_mon, &template(1, CABIN, BP, 511, Some(WANG))),
            Some(Clash::ClinicianTwice),
            "08:31 runs into 09:00"
        );
        assert_eq!(template_clash(&wang_mon, &template(1, CABIN, BP, 510, Some(WANG))), None, "08:30 ends as 09:00 starts");
        assert_eq!(template_clash(&wang_mon, &template(2, CABIN, BP, 540, Some(WANG))), None, "another day");
        assert_eq!(template_clash(&wang_mon, &template(1, CABIN, BP, 540, None)), None, "no clinician is nobody twice");
        // Sunday 23:50 for 40 minutes runs into Monday until 00:30.
        let sunday_night =
            Template { weekday: 7, session: Session { start_min: 1430, length_min: 40, ..session(CABIN, BP, 0, Some(WANG)) } };
        assert_eq!(template_clash(&sunday_night, &template(1, STATION, CHECK, 0, Some(WANG))), Some(Clash::ClinicianTwice));
        assert_eq!(template_clash(&template(1, STATION, CHECK, 0, Some(WANG)), &sunday_night), Some(Clash::ClinicianTwice));
        assert_eq!(template_clash(&sunday_night, &template(1, STATION, CHECK, 30, Some(WANG))), None);
    }

    #[test]
    fn slot_clashes() {
        let slots = generate(&week(), &[], &[], MON, MON).unwrap();
        let extra = Extra { date: MON, session: Session { start_min: 550, ..session(CABIN, CHECK, 0, Some(WANG)) } };
        let e = generate(&[], &[extra], &[], MON, MON).unwrap().remove(0);
        assert_eq!(slots.iter().filter_map(|s| slot_clash(&e, s)).collect::<Vec<_>>(), [Clash::ClinicianTwice]);
        assert_eq!(slot_clash(&slots[0], &slots[0].clone()), Some(Clash::SameTime));
        let later = Slot { start: e.start + 1800, end: e.end + 1800, ..e.clone() };
        assert_eq!(slots.iter().filter_map(|s| slot_clash(&later, s)).count(), 0);
    }

    #[test]
    fn closures_have_limits() {
        let c = |from: Date, until: Date| Closure { scope: Scope::Place(STATION), from, until, reason: Reason::Holiday }.problem();
        assert_eq!(c(MON, MON), None);
        assert_eq!(c(MON, MON - Duration::days(1)), Some(SpanProblem::Order));
        assert_eq!(c(MON, MON + Duration::days(365)), None);
        assert_eq!(c(MON, MON + Duration::days(366)), Some(SpanProblem::TooLong));
    }

    #[test]
    fn reconcile_inserts_updates_and_removes() {
        let old = generate(&week(), &[], &[], MON, date!(2026 - 12 - 06)).unwrap();
        // Dr Li's Monday template is dropped; the cabin grows to 6; Dr Wang is sick on Wednesday.
        let mut templates = week();
        templates.remove(2);
        templates[2].session.capacity = 6;
        let sick =
            Closure { scope: Scope::Clinician(WANG), from: date!(2026 - 12 - 02), until: date!(2026 - 12 - 02), reason: Reason::Sick };
        let saturday = Extra { date: date!(2026 - 12 - 05), session: session(CABIN, CHECK, 600, None) };
        let new = generate(&templates, &[saturday], &[sick], MON, date!(2026 - 12 - 06)).unwrap();
        let stored: Vec<_> = old.iter().map(|s| Stored { slot: s.clone(), bookings: u32::from(s.service == CHECK) }).collect();
        let plan = reconcile(&stored, &new);
        assert_eq!(
            plan.insert.iter().map(Slot::key).collect::<Vec<_>>(),
            [SlotKey { place: CABIN, service: CHECK, start: bj(date!(2026 - 12 - 05), 600) }]
        );
        let wed = SlotKey { place: STATION, service: CHECK, start: bj(date!(2026 - 12 - 02), 540) };
        let cabin = SlotKey { place: CABIN, service: BP, start: bj(MON, 840) };
        assert_eq!(
            plan.update.iter().map(|s| (s.key(), s.capacity, s.blocked)).collect::<Vec<_>>(),
            [(wed, 4, Some(Reason::Sick)), (cabin, 6, None)]
        );
        assert_eq!(plan.delete, [SlotKey { place: STATION, service: BP, start: bj(MON, 540) }], "Dr Li's slot had no booking");
        assert_eq!(plan.newly_blocked, [wed]);
    }

    #[test]
    fn a_withdrawn_slot_with_bookings_is_kept_blocked() {
        let old = generate(&week(), &[], &[], MON, MON).unwrap();
        let stored: Vec<_> = old.iter().map(|s| Stored { slot: s.clone(), bookings: 2 }).collect();
        let plan = reconcile(&stored, &[]);
        assert_eq!(plan.delete, []);
        assert_eq!(plan.update.len(), 3);
        assert!(plan.update.iter().all(|s| s.blocked == Some(Reason::Withdrawn)));
        assert_eq!(plan.newly_blocked, old.iter().map(Slot::key).collect::<Vec<_>>());
        // Done once: reconciling the blocked rows again changes nothing.
        let again: Vec<_> = plan.update.iter().map(|s| Stored { slot: s.clone(), bookings: 2 }).collect();
        assert_eq!(reconcile(&again, &[]), Plan::default());
        // Already blocked by a closure, then withdrawn: updated, not "newly" blocked.
        let closed: Vec<_> =
            old.iter().map(|s| Stored { slot: Slot { blocked: Some(Reason::Holiday), ..s.clone() }, bookings: 1 }).collect();
        let plan = reconcile(&closed, &[]);
        assert_eq!((plan.update.len(), plan.newly_blocked.len()), (3, 0));
        // Lifting a closure unblocks, and tells nobody.
        let plan = reconcile(&closed, &old);
        assert_eq!((plan.update.len(), plan.newly_blocked.len()), (3, 0));
        assert!(plan.update.iter().all(|s| s.blocked.is_none()));
    }

    fn held(booking: i64, place: i64, service: i64, clinician: Option<i64>, start: i64) -> Held {
        Held { booking, person: booking + 1000, place, service, clinician, start, end: start + 1800 }
    }

    #[test]
    fn who_a_closure_affects() {
        let bookings = [
            held(1, STATION, CHECK, Some(WANG), bj(MON, 540)),
            held(2, STATION, BP, Some(LI), bj(MON, 540)),
            held(3, CABIN, BP, None, bj(MON, 840)),
            held(4, STATION, CHECK, Some(WANG), bj(date!(2026 - 12 - 02), 540)),
            held(5, CABIN, CHECK, Some(WANG), bj(MON, 30)),
            held(6, STATION, CHECK, Some(WANG), bj(MON, 0) - 60),
        ];
        let ids = |c: &Closure| affected(c, &bookings).iter().map(|h| h.booking).collect::<Vec<_>>();
        let sick = Closure { scope: Scope::Clinician(WANG), from: MON, until: MON, reason: Reason::Sick };
        assert_eq!(ids(&sick), [1, 5], "only Dr Wang's, only that day (23:59 the day before is not)");
        let holiday = Closure { scope: Scope::Place(STATION), from: MON, until: date!(2026 - 12 - 02), reason: Reason::Holiday };
        assert_eq!(ids(&holiday), [1, 2, 4]);
        let cabin =
            Closure { scope: Scope::Place(CABIN), from: date!(2026 - 12 - 01), until: date!(2026 - 12 - 31), reason: Reason::Other };
        assert_eq!(ids(&cabin), Vec::<i64>::new());
    }

    #[test]
    fn another_time_is_offered_nearest_first() {
        let policy = Policy::default();
        let slots = generate(&week(), &[], &[], MON, date!(2026 - 12 - 13)).unwrap();
        let sick = held(1, STATION, CHECK, Some(WANG), bj(date!(2026 - 12 - 02), 540));
        let now = bj(MON, 600);
        let with_taken = |taken: &dyn Fn(&Slot) -> u32| slots.iter().map(|s| (s.clone(), taken(s))).collect::<Vec<_>>();
        let all_free = with_taken(&|_| 0);
        let days = |v: Vec<&Slot>| v.iter().map(|s| s.day()).collect::<Vec<_>>();
        // Monday 09:00 has passed; same place and service only.
        assert_eq!(days(alternatives(&sick, &all_free, now, &policy, 3)), [date!(2026 - 12 - 07), date!(2026 - 12 - 09)]);
        let wider = generate(&week(), &[], &[], MON, date!(2026 - 12 - 20)).unwrap().into_iter().map(|s| (s, 0)).collect::<Vec<_>>();
        assert_eq!(
            days(alternatives(&sick, &wider, now, &policy, 3)),
            [date!(2026 - 12 - 07), date!(2026 - 12 - 09), date!(2026 - 12 - 14)]
        );
        assert_eq!(alternatives(&sick, &wider, now, &policy, 1).len(), 1);
        // Full and blocked slots are not offered.
        let full_7th = with_taken(&|s| if s.day() == date!(2026 - 12 - 07) { 4 } else { 0 });
        assert_eq!(days(alternatives(&sick, &full_7th, now, &policy, 1)), [date!(2026 - 12 - 09)]);
        let blocked: Vec<_> = all_free.iter().map(|(s, t)| (Slot { blocked: Some(Reason::Sick), ..s.clone() }, *t)).collect();
        assert_eq!(alternatives(&sick, &blocked, now, &policy, 3), Vec::<&Slot>::new());
        // From Wednesday 9th: the 7th (two days off), the 14th (five), then
        // the 2nd and the 16th (seven each: the earlier first).
        let mid = held(2, STATION, CHECK, Some(WANG), bj(date!(2026 - 12 - 09), 540));
        let around = alternatives(&mid, &wider, now, &policy, 4);
        assert_eq!(days(around), [date!(2026 - 12 - 07), date!(2026 - 12 - 14), date!(2026 - 12 - 02), date!(2026 - 12 - 16)]);
        // A slot that closes for booking within the next two hours is not offered.
        let just_before = bj(date!(2026 - 12 - 07), 540) - policy.close_before_secs;
        assert_eq!(days(alternatives(&sick, &wider, just_before, &policy, 1)), [date!(2026 - 12 - 09)]);
        assert_eq!(days(alternatives(&sick, &wider, just_before - 1, &policy, 1)), [date!(2026 - 12 - 07)]);
    }
}
