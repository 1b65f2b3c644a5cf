//! A booking's life, in the states of FHIR's Appointment (the codes are
//! FHIR's, so an export reads as FHIR):
//!
//! ```text
//! (full) → waitlist ─book (offer taken)→ booked → arrived → fulfilled
//!                                          booked ─seen→ fulfilled
//!                                          booked ─no-show→ noshow ─arrive (same day)→ arrived
//! waitlist | booked ─cancel (resident or clinic) or move→ cancelled
//! ```
//!
//! A move cancels the old booking (reason "moved") and books the new slot
//! in the same transaction. [`next`] says which events a state takes;
//! [`timing`] when; [`book`] whether a new booking (or a place on the
//! waiting list) may be made. The store enforces the same rules — a
//! conditional insert for capacity, a check for overlaps under a lock on
//! the person — and uses these answers for the words.
use super::zones::{self, Zone};
use serde::{Deserialize, Serialize};

codes_enum! {
    /// FHIR `AppointmentStatus` codes (the ones Linli uses).
    pub enum State {
        Booked = "booked",
        Arrived = "arrived",
        Fulfilled = "fulfilled",
        Cancelled = "cancelled",
        NoShow = "noshow",
        /// The slot was full: waiting for a place to free up.
        Waitlist = "waitlist",
    }
}

codes_enum! {
    pub enum Event {
        /// Take a place: a waiting person's offer taken (a new booking is [`book`]).
        Book = "book",
        CancelByResident = "cancel_by_resident",
        /// The clinic cancels (a sick day, a closure): the person is told
        /// and offered another time.
        CancelByClinic = "cancel_by_clinic",
        Arrive = "arrive",
        Seen = "seen",
        NoShow = "no_show",
        /// To another slot: this booking ends, a new one is made.
        Move = "move",
    }
}

codes_enum! {
    /// Why a booking ended as cancelled.
    pub enum CancelReason {
        Resident = "resident",
        Clinic = "clinic",
        Moved = "moved",
        /// A waiting-list offer was not taken in time.
        OfferLapsed = "offer_lapsed",
    }
}

/// The state after `event`, or None when the state does not take it.
/// Arrived and seen are the clinician's; a booking marked "did not come"
/// can still be marked arrived that day (the person came late).
pub fn next(state: State, event: Event) -> Option<State> {
    use Event as E;
    use State as S;
    Some(match (state, event) {
        (S::Waitlist, E::Book) => S::Booked,
        (S::Booked | S::Waitlist, E::CancelByResident | E::CancelByClinic | E::Move) => S::Cancelled,
        (S::Booked | S::NoShow, E::Arrive) => S::Arrived,
        (S::Booked | S::Arrived, E::Seen) => S::Fulfilled,
        (S::Booked, E::NoShow) => S::NoShow,
        _ => return None,
    })
}

/// The reason recorded when `event` cancels.
pub fn cancel_reason(event: Event) -> Option<CancelReason> {
    match event {
        Event::CancelByResident => Some(CancelReason::Resident),
        Event::CancelByClinic => Some(CancelReason::Clinic),
        Event::Move => Some(CancelReason::Moved),
        _ => None,
    }
}

/// Counts against the slot's capacity.
pub fn takes_place(state: State) -> bool {
    matches!(state, State::Booked | State::Arrived | State::Fulfilled | State::NoShow)
}

/// Holds the person's time (for overlaps and the limit on bookings).
pub fn holds_time(state: State) -> bool {
    matches!(state, State::Booked | State::Arrived)
}

/// Nothing more happens to it (but a no-show corrected the same day).
pub fn is_final(state: State) -> bool {
    matches!(state, State::Fulfilled | State::Cancelled)
}

/// The times that hold for everyone; a community may set its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Booking (and taking an offer) closes this long before the start.
    pub close_before_secs: i64,
    /// Arrival can be marked from this long before the start.
    pub arrive_early_secs: i64,
    /// How long a waiting-list offer holds (at most until booking closes).
    pub offer_hold_secs: i64,
    /// Upcoming bookings one person may hold.
    pub max_upcoming: u32,
    /// Waiting places one person may hold.
    pub max_waiting: u32,
}

/// The longest a community may set `close_before_secs`: a week.
pub const MAX_CLOSE_BEFORE_SECS: i64 = 7 * 86_400;

impl Default for Policy {
    fn default() -> Self {
        Policy { close_before_secs: 2 * 3600, arrive_early_secs: 3600, offer_hold_secs: 2 * 3600, max_upcoming: 4, max_waiting: 3 }
    }
}

impl Policy {
    /// The default with booking closing `minutes` before the start (held to 0 … a week).
    pub fn closing_minutes_before(minutes: i64) -> Policy {
        Policy { close_before_secs: minutes.saturating_mul(60).clamp(0, MAX_CLOSE_BEFORE_SECS), ..Policy::default() }
    }

    /// When booking a slot starting at `start` closes.
    pub fn closes_at(&self, start: i64) -> i64 {
        start.saturating_sub(self.close_before_secs)
    }

    /// Whether a slot starting at `start` can still be booked at `now`.
    pub fn booking_open(&self, now: i64, start: i64) -> bool {
        now < self.closes_at(start)
    }
}

codes_enum! {
    /// Why something cannot be done: the page says it in words.
    pub enum Refusal {
        /// The booking's state does not take this.
        NotAllowed = "not_allowed",
        /// The slot is closed (holiday, sick day).
        Blocked = "blocked",
        /// Booking closed for this slot (or it is past).
        Closed = "closed",
        /// The time has started: too late to cancel or move.
        Started = "started",
        /// The time and its day are over.
        Ended = "ended",
        /// Too early to mark arrived, seen or not come.
        NotYet = "not_yet",
        /// No free place (and no waiting list asked for).
        Full = "full",
        /// The person holds another booking at an overlapping time.
        Overlap = "overlap",
        /// The person already holds this slot.
        AlreadyHere = "already_here",
        /// The person holds as many upcoming bookings as allowed.
        TooMany = "too_many",
        /// The person waits for as many places as allowed.
        TooManyWaiting = "too_many_waiting",
    }
}

/// A slot's start and end (unix seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Times {
    pub start: i64,
    pub end: i64,
}

impl Times {
    pub fn overlaps(&self, other: &Times) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Whether `event` may happen at `now` to a booking of the slot `t`:
/// booking and taking an offer until booking closes; cancelling and moving
/// until the start; the clinic cancels until the end; arrived and seen
/// from [`Policy::arrive_early_secs`] before the start to the end of that
/// (Beijing) day; "did not come" from the start on.
pub fn timing(event: Event, now: i64, t: Times, p: &Policy) -> Result<(), Refusal> {
    let ok = |cond: bool, refusal| if cond { Ok(()) } else { Err(refusal) };
    match event {
        Event::Book => ok(p.booking_open(now, t.start), Refusal::Closed),
        Event::CancelByResident | Event::Move => ok(now < t.start, Refusal::Started),
        Event::CancelByClinic => ok(now < t.end, Refusal::Ended),
        Event::Arrive | Event::Seen => {
            let (_, day_end) = zones::day_bounds(Zone::Beijing, zones::local_date(t.start, Zone::Beijing));
            ok(now >= t.start.saturating_sub(p.arrive_early_secs), Refusal::NotYet)?;
            ok(now < day_end.max(t.end), Refusal::Ended)
        }
        Event::NoShow => ok(now >= t.start, Refusal::NotYet),
    }
}

/// [`next`] and [`timing`] together: the new state, or why not.
pub fn apply(state: State, event: Event, now: i64, t: Times, p: &Policy) -> Result<State, Refusal> {
    let to = next(state, event).ok_or(Refusal::NotAllowed)?;
    timing(event, now, t, p)?;
    Ok(to)
}

/// What the person already has in the slot asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Here {
    Nothing,
    /// On its waiting list; `offered`: one of the held places is offered to them.
    Waiting {
        offered: bool,
    },
    /// Booked or arrived.
    Booked,
}

/// What is known when someone asks for a slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask<'a> {
    pub now: i64,
    pub slot: Times,
    pub capacity: u32,
    pub blocked: bool,
    /// Places taken ([`takes_place`]).
    pub taken: u32,
    /// Places held for open waiting-list offers.
    pub held: u32,
    pub here: Here,
    /// The times of the person's other bookings that hold a time
    /// ([`holds_time`]); for a move, without the booking being moved.
    pub mine: &'a [Times],
    /// The person's waiting places (other slots).
    pub waiting: u32,
    /// Join the waiting list when full.
    pub wait_if_full: bool,
}

/// A new booking, or taking a place as a waiting person: booked, or
/// waitlist when full and asked for. In order: closed slot, booking
/// closed, already holding it, an overlapping booking, too many bookings,
/// then capacity. Places held for offers count as taken, except the one
/// offered to this person.
pub fn book(a: &Ask, p: &Policy) -> Result<State, Refusal> {
    if a.blocked {
        return Err(Refusal::Blocked);
    }
    timing(Event::Book, a.now, a.slot, p)?;
    if a.here == Here::Booked {
        return Err(Refusal::AlreadyHere);
    }
    if a.mine.iter().any(|m| m.overlaps(&a.slot)) {
        return Err(Refusal::Overlap);
    }
    let upcoming = a.mine.iter().filter(|m| m.end > a.now).count();
    if upcoming >= p.max_upcoming as usize {
        return Err(Refusal::TooMany);
    }
    let held_for_others = a.held.saturating_sub(u32::from(a.here == Here::Waiting { offered: true }));
    if a.taken.saturating_add(held_for_others) < a.capacity {
        return Ok(State::Booked);
    }
    match a.here {
        Here::Waiting { .. } => Err(Refusal::Full),
        _ if !a.wait_if_full => Err(Refusal::Full),
        _ if a.waiting >= p.max_waiting => Err(Refusal::TooManyWaiting),
        _ => Ok(State::Waitlist),
    }
}

/// Moving a booking (`old`, in state `state`) to the slot of `new`: the old
/// must still be movable, and the new must have a free place now — a move
/// never trades a place for a wait. `new.mine` leaves out the old booking.
pub fn move_to(state: State, old: Times, new: &Ask, p: &Policy) -> Result<State, Refusal> {
    apply(state, Event::Move, new.now, old, p)?;
    book(&Ask { wait_if_full: false, ..new.clone() }, p)
}

/// The reminder goes to the person's inbox at 18:00 Beijing time the day
/// before; none when the booking was made after that moment (the
/// confirmation was just seen).
pub const REMINDER_MINUTE: u32 = 18 * 60;

pub fn reminder_at(start: i64, booked_at: i64) -> Option<i64> {
    let day = zones::local_date(start, Zone::Beijing).previous_day()?;
    let at = zones::beijing_to_utc(day, REMINDER_MINUTE);
    (booked_at < at).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use time::macros::date;
    use Event as E;
    use State as S;

    /// Every allowed move, written out one by one.
    const ALLOWED: &[(State, Event, State)] = &[
        (S::Waitlist, E::Book, S::Booked),
        (S::Waitlist, E::CancelByResident, S::Cancelled),
        (S::Waitlist, E::CancelByClinic, S::Cancelled),
        (S::Waitlist, E::Move, S::Cancelled),
        (S::Booked, E::CancelByResident, S::Cancelled),
        (S::Booked, E::CancelByClinic, S::Cancelled),
        (S::Booked, E::Move, S::Cancelled),
        (S::Booked, E::Arrive, S::Arrived),
        (S::Booked, E::Seen, S::Fulfilled),
        (S::Booked, E::NoShow, S::NoShow),
        (S::Arrived, E::Seen, S::Fulfilled),
        (S::NoShow, E::Arrive, S::Arrived),
    ];

    #[test]
    fn every_pair_follows_the_table() {
        let mut checked = 0;
        for &s in State::ALL {
            for &e in Event::ALL {
                let want = ALLOWED.iter().find(|&&(s2, e2, _)| (s2, e2) == (s, e)).map(|&(.., to)| to);
                assert_eq!(next(s, e), want, "{s:?} + {e:?}");
                checked += 1;
            }
        }
        assert_eq!(checked, 6 * 7);
        let rows: HashSet<_> = ALLOWED.iter().map(|&(s, e, _)| (s, e)).collect();
        assert_eq!(rows.len(), ALLOWED.len(), "no row twice");
    }

    #[test]
    fn fhir_codes() {
        let codes: Vec<_> = State::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(codes, ["booked", "arrived", "fulfilled", "cancelled", "noshow", "waitlist"]);
    }

    #[test]
    fn final_states_take_nothing() {
        for &s in State::ALL.iter().filter(|&&s| is_final(s)) {
            assert!(Event::ALL.iter().all(|&e| next(s, e).is_none()), "{s:?}");
        }
        assert_eq!(State::ALL.iter().filter(|&&s| is_final(s)).count(), 2);
    }

    #[test]
    fn what_counts_where() {
        let places: Vec<_> = State::ALL.iter().copied().filter(|&s| takes_place(s)).collect();
        assert_eq!(places, [S::Booked, S::Arrived, S::Fulfilled, S::NoShow]);
        let times: Vec<_> = State::ALL.iter().copied().filter(|&s| holds_time(s)).collect();
        assert_eq!(times, [S::Booked, S::Arrived]);
        assert!(!takes_place(S::Waitlist) && !takes_place(S::Cancelled), "waiting and cancelled free the place");
    }

    #[test]
    fn cancel_reasons() {
        for &e in Event::ALL {
            let cancels = [S::Booked, S::Waitlist].iter().any(|&s| next(s, e) == Some(S::Cancelled));
            assert_eq!(cancel_reason(e).is_some(), cancels, "{e:?}");
        }
        assert_eq!(cancel_reason(E::Move), Some(CancelReason::Moved));
        assert_eq!(cancel_reason(E::CancelByClinic), Some(CancelReason::Clinic));
        assert_eq!(cancel_reason(E::CancelByResident), Some(CancelReason::Resident));
    }

    /// Tuesday 2026-12-01 09:00–09:30 Beijing time.
    const START: i64 = 1_796_086_800;
    const SLOT: Times = Times { start: START, end: START + 1800 };
    const HOUR: i64 = 3600;

    #[test]
    fn booking_closes_two_hours_before() {
        let p = Policy::default();
        assert_eq!(timing(E::Book, START - 2 * HOUR - 1, SLOT, &p), Ok(()));
        assert_eq!(timing(E::Book, START - 2 * HOUR, SLOT, &p), Err(Refusal::Closed));
        assert_eq!(timing(E::Book, START + HOUR, SLOT, &p), Err(Refusal::Closed), "past");
        let p30 = Policy::closing_minutes_before(30);
        assert_eq!(timing(E::Book, START - 31 * 60, SLOT, &p30), Ok(()));
        assert_eq!(timing(E::Book, START - 30 * 60, SLOT, &p30), Err(Refusal::Closed));
        assert_eq!(Policy::closing_minutes_before(0).closes_at(START), START, "until the start");
        assert_eq!(Policy::closing_minutes_before(-5).close_before_secs, 0);
        assert_eq!(Policy::closing_minutes_before(i64::MAX).close_before_secs, MAX_CLOSE_BEFORE_SECS);
    }

    #[test]
    fn cancel_and_move_until_the_start() {
        let p = Policy::default();
        for e in [E::CancelByResident, E::Move] {
            assert_eq!(timing(e, START - 1, SLOT, &p), Ok(()), "{e:?} inside the two hours is fine");
            assert_eq!(timing(e, START, SLOT, &p), Err(Refusal::Started));
            assert_eq!(apply(S::Booked, e, START - 1, SLOT, &p), Ok(S::Cancelled));
        }
        assert_eq!(timing(E::CancelByClinic, START + 1799, SLOT, &p), Ok(()));
        assert_eq!(timing(E::CancelByClinic, SLOT.end, SLOT, &p), Err(Refusal::Ended));
    }

    #[test]
    fn no_show_only_after_the_start() {
        let p = Policy::default();
        assert_eq!(timing(E::NoShow, START - 1, SLOT, &p), Err(Refusal::NotYet));
        assert_eq!(timing(E::NoShow, START, SLOT, &p), Ok(()));
        assert_eq!(timing(E::NoShow, START + 3 * 86_400, SLOT, &p), Ok(()), "the list can be finished later");
        assert_eq!(apply(S::Booked, E::NoShow, START - 60, SLOT, &p), Err(Refusal::NotYet));
        assert_eq!(apply(S::Arrived, E::NoShow, START + 60, SLOT, &p), Err(Refusal::NotAllowed));
    }

    #[test]
    fn arrived_and_seen_on_the_day() {
        let p = Policy::default();
        let midnight_after = zones::beijing_to_utc(date!(2026 - 12 - 02), 0);
        for e in [E::Arrive, E::Seen] {
            assert_eq!(timing(e, START - HOUR - 1, SLOT, &p), Err(Refusal::NotYet), "{e:?}");
            assert_eq!(timing(e, START - HOUR, SLOT, &p), Ok(()));
            assert_eq!(timing(e, midnight_after - 1, SLOT, &p), Ok(()), "the evening's paperwork");
            assert_eq!(timing(e, midnight_after, SLOT, &p), Err(Refusal::Ended));
        }
        // A session past midnight can be marked until it ends.
        let late = Times { start: midnight_after - 1800, end: midnight_after + 1800 };
        assert_eq!(timing(E::Seen, midnight_after + 1799, late, &p), Ok(()));
        assert_eq!(timing(E::Seen, midnight_after + 1800, late, &p), Err(Refusal::Ended));
        // A late-comer marked "did not come" is marked arrived the same day.
        assert_eq!(apply(S::NoShow, E::Arrive, START + 1200, SLOT, &p), Ok(S::Arrived));
        assert_eq!(apply(S::NoShow, E::Arrive, midnight_after, SLOT, &p), Err(Refusal::Ended));
    }

    #[test]
    fn apply_refuses_what_the_state_does_not_take_before_the_time() {
        let p = Policy::default();
        assert_eq!(apply(S::Cancelled, E::CancelByResident, START + 10, SLOT, &p), Err(Refusal::NotAllowed));
        assert_eq!(apply(S::Fulfilled, E::Arrive, START - 10, SLOT, &p), Err(Refusal::NotAllowed));
        assert_eq!(apply(S::Waitlist, E::Book, START - 3 * HOUR, SLOT, &p), Ok(S::Booked));
        assert_eq!(apply(S::Waitlist, E::Book, START - HOUR, SLOT, &p), Err(Refusal::Closed));
    }

    fn ask(mine: &[Times]) -> Ask<'_> {
        Ask {
            now: START - 86_400,
            slot: SLOT,
            capacity: 2,
            blocked: false,
            taken: 0,
            held: 0,
            here: Here::Nothing,
            mine,
            waiting: 0,
            wait_if_full: false,
        }
    }

    #[test]
    fn capacity() {
        let p = Policy::default();
        assert_eq!(book(&Ask { taken: 0, ..ask(&[]) }, &p), Ok(S::Booked));
        assert_eq!(book(&Ask { taken: 1, ..ask(&[]) }, &p), Ok(S::Booked), "the last place");
        assert_eq!(book(&Ask { taken: 2, ..ask(&[]) }, &p), Err(Refusal::Full));
        assert_eq!(book(&Ask { taken: 3, ..ask(&[]) }, &p), Err(Refusal::Full), "over capacity after it was lowered");
        assert_eq!(book(&Ask { taken: 2, wait_if_full: true, ..ask(&[]) }, &p), Ok(S::Waitlist));
        assert_eq!(book(&Ask { taken: 2, wait_if_full: true, waiting: 2, ..ask(&[]) }, &p), Ok(S::Waitlist));
        assert_eq!(book(&Ask { taken: 2, wait_if_full: true, waiting: 3, ..ask(&[]) }, &p), Err(Refusal::TooManyWaiting));
        assert_eq!(book(&Ask { taken: 1, waiting: 3, ..ask(&[]) }, &p), Ok(S::Booked), "waiting elsewhere does not stop a booking");
    }

    #[test]
    fn places_held_for_offers() {
        let p = Policy::default();
        // One booked, one place offered to someone waiting: full for others.
        assert_eq!(book(&Ask { taken: 1, held: 1, ..ask(&[]) }, &p), Err(Refusal::Full));
        assert_eq!(book(&Ask { taken: 1, held: 1, wait_if_full: true, ..ask(&[]) }, &p), Ok(S::Waitlist));
        // The person offered the place takes it.
        assert_eq!(book(&Ask { taken: 1, held: 1, here: Here::Waiting { offered: true }, ..ask(&[]) }, &p), Ok(S::Booked));
        // Someone else waiting, not offered: still full, stays waiting.
        assert_eq!(book(&Ask { taken: 1, held: 1, here: Here::Waiting { offered: false }, ..ask(&[]) }, &p), Err(Refusal::Full));
        // A waiting person finds a place free that nobody holds: takes it.
        assert_eq!(book(&Ask { taken: 1, held: 0, here: Here::Waiting { offered: false }, ..ask(&[]) }, &p), Ok(S::Booked));
    }

    #[test]
    fn one_person_one_time() {
        let p = Policy::default();
        let at = |start: i64, end: i64| [Times { start, end }];
        assert_eq!(book(&ask(&at(START, START + 1800)), &p), Err(Refusal::Overlap), "the same time elsewhere");
        assert_eq!(book(&ask(&at(START + 1799, START + 3600)), &p), Err(Refusal::Overlap));
        assert_eq!(book(&ask(&at(START - 1800, START + 1)), &p), Err(Refusal::Overlap));
        assert_eq!(book(&ask(&at(START + 1800, START + 3600)), &p), Ok(S::Booked), "back to back");
        assert_eq!(book(&ask(&at(START - 1800, START)), &p), Ok(S::Booked));
        assert_eq!(
            book(&Ask { wait_if_full: true, taken: 2, ..ask(&at(START, START + 600)) }, &p),
            Err(Refusal::Overlap),
            "no wait for a time already held"
        );
        assert_eq!(book(&Ask { here: Here::Booked, ..ask(&[]) }, &p), Err(Refusal::AlreadyHere));
        assert_eq!(book(&Ask { here: Here::Booked, taken: 2, wait_if_full: true, ..ask(&[]) }, &p), Err(Refusal::AlreadyHere));
    }

    #[test]
    fn a_limit_on_upcoming_bookings() {
        let p = Policy::default();
        let other = |i: i64| Times { start: START + i * 86_400, end: START + i * 86_400 + 1800 };
        let three: Vec<_> = (1..=3).map(other).collect();
        let four: Vec<_> = (1..=4).map(other).collect();
        assert_eq!(book(&ask(&three), &p), Ok(S::Booked));
        assert_eq!(book(&ask(&four), &p), Err(Refusal::TooMany));
        // Past bookings do not count.
        let past: Vec<_> = (1..=4).map(|i| other(-i - 1)).collect();
        assert_eq!(book(&ask(&past), &p), Ok(S::Booked));
    }

    #[test]
    fn refusals_come_in_order() {
        let p = Policy::default();
        let clash = [SLOT];
        let everything_wrong = Ask { blocked: true, now: START, here: Here::Booked, taken: 9, mine: &clash, ..ask(&[]) };
        assert_eq!(book(&everything_wrong, &p), Err(Refusal::Blocked));
        assert_eq!(book(&Ask { blocked: false, ..everything_wrong.clone() }, &p), Err(Refusal::Closed));
        let open = Ask { blocked: false, now: START - 86_400, ..everything_wrong };
        assert_eq!(book(&open, &p), Err(Refusal::AlreadyHere));
        assert_eq!(book(&Ask { here: Here::Nothing, ..open.clone() }, &p), Err(Refusal::Overlap));
        assert_eq!(book(&Ask { here: Here::Nothing, mine: &[], ..open }, &p), Err(Refusal::Full));
    }

    #[test]
    fn moving() {
        let p = Policy::default();
        let later = Times { start: START + 86_400, end: START + 86_400 + 1800 };
        let new = Ask { slot: later, ..ask(&[]) };
        assert_eq!(move_to(S::Booked, SLOT, &new, &p), Ok(S::Booked));
        assert_eq!(move_to(S::Booked, SLOT, &Ask { now: START, ..new.clone() }, &p), Err(Refusal::Started), "the old one has started");
        assert_eq!(move_to(S::Arrived, SLOT, &new, &p), Err(Refusal::NotAllowed));
        assert_eq!(move_to(S::Cancelled, SLOT, &new, &p), Err(Refusal::NotAllowed));
        assert_eq!(
            move_to(S::Booked, SLOT, &Ask { taken: 2, wait_if_full: true, ..new.clone() }, &p),
            Err(Refusal::Full),
            "never a place for a wait"
        );
        assert_eq!(move_to(S::Booked, SLOT, &Ask { slot: SLOT, here: Here::Booked, ..new.clone() }, &p), Err(Refusal::AlreadyHere));
        assert_eq!(move_to(S::Waitlist, SLOT, &new, &p), Ok(S::Booked), "a waiting person moves to a free time");
        // Booking for the new slot has closed, though the old one has not started.
        let soon = Times { start: START - HOUR, end: START - HOUR + 1800 };
        assert_eq!(move_to(S::Booked, SLOT, &Ask { slot: soon, now: START - 2 * HOUR, ..new }, &p), Err(Refusal::Closed));
    }

    #[test]
    fn the_reminder_goes_the_evening_before() {
        let evening = zones::beijing_to_utc(date!(2026 - 11 - 30), 18 * 60);
        assert_eq!(reminder_at(START, START - 7 * 86_400), Some(evening));
        assert_eq!(reminder_at(START, evening - 1), Some(evening));
        assert_eq!(reminder_at(START, evening), None, "booked that evening: no reminder");
        // 00:30 on the 1st: the evening of the 30th, not of the 29th.
        let early = zones::beijing_to_utc(date!(2026 - 12 - 01), 30);
        assert_eq!(reminder_at(early, early - 86_400 * 3), Some(evening));
        assert_eq!(zones::local(evening, Zone::Beijing).hm(), "18:00");
    }
}
