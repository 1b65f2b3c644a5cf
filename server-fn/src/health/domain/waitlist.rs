//! The waiting list. A person who finds a slot full can wait for that time
//! or for any time that day (same place and service). When a place frees
//! up (a cancellation, a move, a larger capacity, an offer not taken), it
//! is offered to the first who joined among those waiting for it, first
//! come first served; the place is held for them while the offer lasts:
//! [`Policy::offer_hold_secs`] (two hours), never past the moment booking
//! closes. An offer taken books the place; one declined or lapsed ends
//! that person's wait and the place goes to the next; the inbox tells them.
use super::booking::{CancelReason, Event, Policy};
use super::slots::{Slot, SlotKey};
use super::zones::{self, Zone};
use serde::{Deserialize, Serialize};
use time::Date;

codes_enum! {
    /// What a waiting person will take.
    pub enum Wants {
        /// The time they asked for, only.
        Slot = "slot",
        /// Any time that (Beijing) day, same place and service.
        Day = "day",
    }
}

/// A place on the waiting list (a booking in state waitlist).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Waiter {
    pub booking: i64,
    pub person: i64,
    /// When they joined (unix seconds): the order of the list.
    pub joined_at: i64,
    pub place: i64,
    pub service: i64,
    /// The start of the slot they asked for.
    pub start: i64,
    pub wants: Wants,
}

impl Waiter {
    /// The Beijing day of the slot they asked for.
    pub fn day(&self) -> Date {
        zones::local_date(self.start, Zone::Beijing)
    }

    /// Whether they would take a place in `slot`.
    pub fn wants(&self, slot: &Slot) -> bool {
        self.place == slot.place
            && self.service == slot.service
            && match self.wants {
                Wants::Slot => self.start == slot.start,
                Wants::Day => self.day() == slot.day(),
            }
    }
}

/// A place held for one waiting person until `expires_at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Offer {
    /// The waiting person's booking.
    pub booking: i64,
    pub person: i64,
    pub slot: SlotKey,
    pub made_at: i64,
    pub expires_at: i64,
}

impl Offer {
    /// Can still be taken at `now`.
    pub fn open(&self, now: i64) -> bool {
        now < self.expires_at
    }
}

/// Until when an offer made at `now` for a slot starting at `start` holds:
/// the hold, or the moment booking closes if sooner. None when booking has
/// closed already (nothing is offered then).
pub fn offer_expiry(now: i64, start: i64, p: &Policy) -> Option<i64> {
    let closes = p.closes_at(start);
    (now < closes).then(|| now.saturating_add(p.offer_hold_secs).min(closes))
}

/// Places that can be offered: free places not already held for an offer.
pub fn places_to_offer(capacity: u32, taken: u32, open_offers: u32) -> u32 {
    capacity.saturating_sub(taken.saturating_add(open_offers))
}

/// Who is next for a place in `slot`, in order: those who want it, first
/// joined first (the booking id breaks a tie), each person once (their
/// earliest place), leaving out `passed` (bookings that had an offer for
/// this slot and let it go) and those `can_take` refuses (an overlapping
/// booking now, the limit of bookings reached).
pub fn queue<'a>(slot: &Slot, waiters: &'a [Waiter], passed: &[i64], can_take: impl Fn(&Waiter) -> bool) -> Vec<&'a Waiter> {
    let mut q: Vec<&Waiter> = waiters.iter().filter(|w| w.wants(slot) && !passed.contains(&w.booking) && can_take(w)).collect();
    q.sort_by_key(|w| (w.joined_at, w.booking));
    let mut seen = Vec::new();
    q.retain(|w| {
        let first = !seen.contains(&w.person);
        seen.push(w.person);
        first
    });
    q
}

/// The offers to make now for `places` freed places in `slot`: none when
/// the slot is blocked or booking has closed.
pub fn offers(slot: &Slot, places: u32, q: &[&Waiter], now: i64, p: &Policy) -> Vec<Offer> {
    if slot.blocked.is_some() {
        return Vec::new();
    }
    let Some(expires_at) = offer_expiry(now, slot.start, p) else {
        return Vec::new();
    };
    q.iter()
        .take(places as usize)
        .map(|w| Offer { booking: w.booking, person: w.person, slot: slot.key(), made_at: now, expires_at })
        .collect()
}

codes_enum! {
    /// How an offer ended.
    pub enum OfferEnd {
        Taken = "taken",
        Declined = "declined",
        /// Not taken before it expired.
        Lapsed = "lapsed",
        /// The slot was closed by an exception.
        Withdrawn = "withdrawn",
    }
}

/// What follows the end of an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AfterOffer {
    /// What happens to the waiting person's booking.
    pub event: Event,
    pub reason: Option<CancelReason>,
    /// Offer the place to the next person.
    pub offer_next: bool,
}

/// Taken: the waiting booking is booked. Declined or lapsed: that wait
/// ends (a lapsed one by the system, with its own reason) and the next
/// person is offered the place. Withdrawn: the wait is cancelled by the
/// clinic like every booking on the closed slot; nothing is offered.
pub fn after(end: OfferEnd) -> AfterOffer {
    let (event, reason, offer_next) = match end {
        OfferEnd::Taken => (Event::Book, None, false),
        OfferEnd::Declined => (Event::CancelByResident, Some(CancelReason::Resident), true),
        OfferEnd::Lapsed => (Event::CancelByClinic, Some(CancelReason::OfferLapsed), true),
        OfferEnd::Withdrawn => (Event::CancelByClinic, Some(CancelReason::Clinic), false),
    };
    AfterOffer { event, reason, offer_next }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::domain::booking::{self, State};
    use time::macros::date;

    const STATION: i64 = 1;
    const CHECK: i64 = 10;
    const HOUR: i64 = 3600;

    fn slot(day: Date, minute: u32) -> Slot {
        let start = zones::beijing_to_utc(day, minute);
        Slot { place: STATION, service: CHECK, start, end: start + 1800, capacity: 2, clinician: None, blocked: None, extra: false }
    }

    const TUE: Date = date!(2026 - 12 - 01);

    fn waiter(booking: i64, person: i64, joined_at: i64, s: &Slot, wants: Wants) -> Waiter {
        Waiter { booking, person, joined_at, place: s.place, service: s.service, start: s.start, wants }
    }

    fn ids(q: &[&Waiter]) -> Vec<i64> {
        q.iter().map(|w| w.booking).collect()
    }

    #[test]
    fn first_come_first_served_among_slot_and_day_waiters() {
        let nine = slot(TUE, 540);
        let ten = slot(TUE, 600);
        let waiters = [
            waiter(1, 101, 500, &nine, Wants::Slot),
            waiter(2, 102, 100, &ten, Wants::Day),
            waiter(3, 103, 300, &ten, Wants::Slot),
            waiter(4, 104, 300, &nine, Wants::Slot),
            waiter(5, 105, 50, &slot(date!(2026 - 12 - 02), 540), Wants::Day),
            waiter(6, 106, 10, &Slot { service: 11, ..nine.clone() }, Wants::Slot),
            waiter(7, 107, 10, &Slot { place: 2, ..nine.clone() }, Wants::Day),
        ];
        assert_eq!(ids(&queue(&nine, &waiters, &[], |_| true)), [2, 4, 1], "day waiter first (joined first), then by time, id on a tie");
        assert_eq!(ids(&queue(&ten, &waiters, &[], |_| true)), [2, 3], "slot 09:00 waiters do not want 10:00");
        assert_eq!(ids(&queue(&slot(TUE, 1380), &waiters, &[], |_| true)), [2], "a day waiter takes 23:00 too");
        assert_eq!(ids(&queue(&slot(date!(2026 - 12 - 02), 0), &waiters, &[], |_| true)), [5], "the next Beijing day is another day");
    }

    #[test]
    fn passed_and_busy_people_are_skipped_and_each_person_counts_once() {
        let nine = slot(TUE, 540);
        let waiters = [
            waiter(1, 101, 100, &nine, Wants::Slot),
            waiter(2, 102, 200, &nine, Wants::Slot),
            waiter(3, 101, 50, &slot(TUE, 600), Wants::Day),
            waiter(4, 103, 300, &nine, Wants::Slot),
        ];
        assert_eq!(ids(&queue(&nine, &waiters, &[], |_| true)), [3, 2, 4], "person 101 once, by the earlier place");
        assert_eq!(ids(&queue(&nine, &waiters, &[3], |_| true)), [1, 2, 4], "passed over with one place, still there with the other");
        assert_eq!(ids(&queue(&nine, &waiters, &[1, 3], |_| true)), [2, 4]);
        assert_eq!(ids(&queue(&nine, &waiters, &[], |w| w.person != 102)), [3, 4], "holds another booking at nine");
        assert!(queue(&nine, &[], &[], |_| true).is_empty());
    }

    #[test]
    fn an_offer_holds_two_hours_or_until_booking_closes() {
        let p = Policy::default();
        let start = slot(TUE, 540).start;
        assert_eq!(offer_expiry(start - 10 * HOUR, start, &p), Some(start - 8 * HOUR));
        assert_eq!(offer_expiry(start - 4 * HOUR, start, &p), Some(start - 2 * HOUR), "exactly at closing");
        assert_eq!(offer_expiry(start - 3 * HOUR, start, &p), Some(start - 2 * HOUR), "cut at closing");
        assert_eq!(offer_expiry(start - 2 * HOUR - 1, start, &p), Some(start - 2 * HOUR));
        assert_eq!(offer_expiry(start - 2 * HOUR, start, &p), None, "booking closed: nothing offered");
        assert_eq!(offer_expiry(start + HOUR, start, &p), None);
        let o = Offer { booking: 1, person: 1, slot: slot(TUE, 540).key(), made_at: 0, expires_at: 100 };
        assert!(o.open(99));
        assert!(!o.open(100));
    }

    #[test]
    fn offers_for_the_places_freed() {
        let p = Policy::default();
        let nine = slot(TUE, 540);
        let waiters: Vec<_> = (1..=3).map(|i| waiter(i, 100 + i, i, &nine, Wants::Slot)).collect();
        let q = queue(&nine, &waiters, &[], |_| true);
        let now = nine.start - 24 * HOUR;
        let one = offers(&nine, 1, &q, now, &p);
        assert_eq!(one, [Offer { booking: 1, person: 101, slot: nine.key(), made_at: now, expires_at: now + 2 * HOUR }]);
        assert_eq!(offers(&nine, 2, &q, now, &p).iter().map(|o| o.booking).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(offers(&nine, 5, &q, now, &p).len(), 3, "no more offers than people");
        assert!(offers(&nine, 0, &q, now, &p).is_empty());
        assert!(offers(&nine, 1, &q, nine.start - 2 * HOUR, &p).is_empty(), "booking closed");
        let blocked = Slot { blocked: Some(crate::health::domain::slots::Reason::Sick), ..nine.clone() };
        assert!(offers(&blocked, 1, &q, now, &p).is_empty());
    }

    #[test]
    fn places_to_offer_counts_open_offers() {
        assert_eq!(places_to_offer(2, 1, 0), 1);
        assert_eq!(places_to_offer(2, 1, 1), 0, "the freed place is already offered");
        assert_eq!(places_to_offer(2, 2, 0), 0);
        assert_eq!(places_to_offer(4, 1, 1), 2, "capacity raised by two");
        assert_eq!(places_to_offer(2, 3, 0), 0, "over capacity after it was lowered");
        assert_eq!(places_to_offer(u32::MAX, u32::MAX, u32::MAX), 0);
    }

    #[test]
    fn a_lapsed_offer_goes_to_the_next_person() {
        let p = Policy::default();
        let nine = slot(TUE, 540);
        let waiters: Vec<_> = (1..=3).map(|i| waiter(i, 100 + i, i, &nine, Wants::Slot)).collect();
        let now = nine.start - 24 * HOUR;
        let first = offers(&nine, 1, &queue(&nine, &waiters, &[], |_| true), now, &p)[0];
        assert_eq!(first.person, 101);
        // Two hours pass: the offer lapses, person 101's wait ends, 102 is offered.
        let later = first.expires_at;
        assert!(!first.open(later));
        let a = after(OfferEnd::Lapsed);
        assert!(a.offer_next);
        assert_eq!(booking::next(State::Waitlist, a.event), Some(State::Cancelled));
        assert_eq!(a.reason, Some(CancelReason::OfferLapsed));
        let still: Vec<_> = waiters.iter().filter(|w| w.booking != first.booking).cloned().collect();
        let second = offers(&nine, 1, &queue(&nine, &still, &[first.booking], |_| true), later, &p)[0];
        assert_eq!((second.person, second.made_at, second.expires_at), (102, later, later + 2 * HOUR));
        // 102 takes it: booked, and the place held for the offer is theirs.
        let t = after(OfferEnd::Taken);
        assert_eq!((booking::next(State::Waitlist, t.event), t.offer_next), (Some(State::Booked), false));
        let mine = [];
        let ask = booking::Ask {
            now: later + 60,
            slot: booking::Times { start: nine.start, end: nine.end },
            capacity: 2,
            blocked: false,
            taken: 1,
            held: 1,
            here: booking::Here::Waiting { offered: true },
            mine: &mine,
            waiting: 0,
            wait_if_full: false,
        };
        assert_eq!(booking::book(&ask, &p), Ok(State::Booked));
        assert_eq!(
            booking::book(&booking::Ask { here: booking::Here::Waiting { offered: false }, ..ask }, &p),
            Err(booking::Refusal::Full),
            "103 cannot take 102's place"
        );
    }

    #[test]
    fn how_offers_end() {
        for &end in OfferEnd::ALL {
            let a = after(end);
            let to = booking::next(State::Waitlist, a.event);
            assert!(to.is_some(), "{end:?} is a move the waiting state takes");
            assert_eq!(to == Some(State::Cancelled), a.reason.is_some(), "{end:?}: a cancelled wait says why");
        }
        assert_eq!(
            after(OfferEnd::Declined),
            AfterOffer { event: Event::CancelByResident, reason: Some(CancelReason::Resident), offer_next: true }
        );
        assert_eq!(
            after(OfferEnd::Withdrawn),
            AfterOffer { event: Event::CancelByClinic, reason: Some(CancelReason::Clinic), offer_next: false }
        );
    }
}
