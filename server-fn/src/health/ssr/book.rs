//! Booking, held by the database: a place in a slot is taken by a
//! conditional update (`booked + held < capacity`), never check-then-insert;
//! a person's overlapping bookings hit the primary key of their quarter
//! hours (`health_person_quarters`); cancelling frees the place and offers
//! it to the first waiting person, whose offer lapses to the next (a job,
//! each step a conditional update, safe with several servers).
//!
//! The domain's [`booking::book`] gives the words for a refusal read from
//! the rows; the statements then hold the same rules against a race.
use sqlx::{AnyConnection, Row};

use crate::health::domain::booking::{self, Ask, CancelReason, Event, Here, Policy, Refusal, State, Times};
use crate::health::domain::waitlist;
use crate::ssr::notify::{self, Arg, Level, Notice};
use crate::ssr::store::begin_write;
use crate::ssr::AppState;

type R<T> = Result<T, sqlx::Error>;

/// The quarter hour a booking's time is counted in.
pub const QUARTER: i64 = 15 * 60;

/// The starts of the quarter hours `[start, end)` touches.
pub fn quarters(start: i64, end: i64) -> Vec<i64> {
    let first = start.div_euclid(QUARTER) * QUARTER;
    (0..).map(|i| first + i * QUARTER).take_while(|q| *q < end).take(64).collect()
}

/// A booking made, or a place on the waiting list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Booked {
    pub id: String,
    pub reference: String,
    pub state: State,
}

/// A slot as read for booking.
#[derive(Clone, Debug)]
pub struct SlotRow {
    pub id: String,
    pub place: i64,
    pub service: i64,
    pub clinician: Option<String>,
    pub start: i64,
    pub end: i64,
    pub capacity: i64,
    pub booked: i64,
    pub held: i64,
    pub blocked: bool,
    pub close_before_min: i64,
}

impl SlotRow {
    pub fn times(&self) -> Times {
        Times { start: self.start, end: self.end }
    }
    pub fn policy(&self) -> Policy {
        Policy::closing_minutes_before(self.close_before_min)
    }
}

const SLOT_COLS: &str =
    "s.id, s.place_id, s.service_id, s.clinician_id, s.starts_at, s.ends_at, s.capacity, s.booked, s.held, s.blocked, p.close_before_min";

fn slot_row(r: &sqlx::any::AnyRow) -> R<SlotRow> {
    Ok(SlotRow {
        id: r.try_get(0)?,
        place: r.try_get(1)?,
        service: r.try_get(2)?,
        clinician: r.try_get(3)?,
        start: r.try_get(4)?,
        end: r.try_get(5)?,
        capacity: r.try_get(6)?,
        booked: r.try_get(7)?,
        held: r.try_get(8)?,
        blocked: r.try_get::<i64, _>(9)? != 0,
        close_before_min: r.try_get(10)?,
    })
}

pub async fn slot(conn: &mut AnyConnection, id: &str) -> R<Option<SlotRow>> {
    let row = sqlx::query(&format!("SELECT {SLOT_COLS} FROM health_slots s JOIN health_places p ON p.id = s.place_id WHERE s.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(slot_row).transpose()
}

/// A reference people read out: `HB-` and six letters and digits with no
/// look-alikes (no 0/O, 1/I/L).
fn new_reference() -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let token = crate::ssr::session::random_token();
    let code: String = token.bytes().take(6).map(|b| ALPHABET[b as usize % ALPHABET.len()] as char).collect();
    format!("HB-{code}")
}

fn new_id() -> String {
    crate::ssr::session::random_token()[..20].to_string()
}

/// How a booking was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// By the person, on their own phone.
    Own,
    /// At the centre's kiosk, for the signed-in person.
    Kiosk,
}

impl Channel {
    fn code(self) -> &'static str {
        match self {
            Channel::Own => "self",
            Channel::Kiosk => "kiosk",
        }
    }
}

/// The times of `person`'s bookings that hold a time, leaving out `except`.
async fn my_times(conn: &mut AnyConnection, person: &str, except: Option<&str>) -> R<Vec<Times>> {
    let rows = sqlx::query(
        "SELECT s.starts_at, s.ends_at FROM health_bookings b JOIN health_slots s ON s.id = b.slot_id
         WHERE b.person_id = $1 AND b.state IN ('booked','arrived') AND b.id <> $2",
    )
    .bind(person)
    .bind(except.unwrap_or(""))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(|r| Ok(Times { start: r.try_get(0)?, end: r.try_get(1)? })).collect()
}

async fn here(conn: &mut AnyConnection, person: &str, slot: &str) -> R<Here> {
    let row = sqlx::query(
        "SELECT b.state, w.offer_expires_at FROM health_bookings b LEFT JOIN health_waitlist w ON w.booking_id = b.id AND w.ended_at IS NULL
         WHERE b.person_id = $1 AND b.slot_id = $2 AND b.state IN ('booked','arrived','waitlist')",
    )
    .bind(person)
    .bind(slot)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        None => Here::Nothing,
        Some(r) if r.try_get::<String, _>(0)? == "waitlist" => Here::Waiting { offered: r.try_get::<Option<i64>, _>(1)?.is_some() },
        Some(_) => Here::Booked,
    })
}

async fn waiting_count(conn: &mut AnyConnection, person: &str) -> R<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM health_bookings WHERE person_id = $1 AND state = 'waitlist'")
        .bind(person)
        .fetch_one(&mut *conn)
        .await
}

/// What the domain says of `person` asking for `s` at `now`.
async fn ask(
    conn: &mut AnyConnection,
    person: &str,
    s: &SlotRow,
    now: i64,
    except: Option<&str>,
    wait_if_full: bool,
) -> R<Result<State, Refusal>> {
    let mine = my_times(conn, person, except).await?;
    let here = here(conn, person, &s.id).await?;
    let waiting = waiting_count(conn, person).await? as u32;
    let a = Ask {
        now,
        slot: s.times(),
        capacity: s.capacity as u32,
        blocked: s.blocked,
        taken: s.booked as u32,
        held: s.held as u32,
        here,
        mine: &mine,
        waiting,
        wait_if_full,
    };
    Ok(booking::book(&a, &s.policy()))
}

/// Takes `person`'s quarter hours for `booking`; false when one is held
/// already (an overlapping booking: the caller rolls back).
async fn take_quarters(conn: &mut AnyConnection, person: &str, booking: &str, s: &SlotRow) -> R<bool> {
    for q in quarters(s.start, s.end) {
        let done = sqlx::query("INSERT INTO health_person_quarters (person_id, quarter_start, booking_id) VALUES ($1, $2, $3)")
            .bind(person)
            .bind(q)
            .bind(booking)
            .execute(&mut *conn)
            .await;
        match done {
            Ok(_) => {}
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(false),
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

/// The reminder at 18:00 Beijing time the day before, in the same transaction.
async fn remind(conn: &mut AnyConnection, person: &str, booking: &str, reference: &str, s: &SlotRow, now: i64) -> R<()> {
    let Some(at) = booking::reminder_at(s.start, now) else { return Ok(()) };
    let notice = Notice::new(person, "health", "booking-reminder", Level::Reminder, "health-inbox-reminder")
        .arg("reference", Arg::Text(reference.into()))
        .arg("at", Arg::Time(s.start))
        .link(&format!("/health/bookings/{booking}"))
        .deliver_at(at)
        .dedupe(format!("health-{booking}-reminder"));
    send(conn, &notice, now).await
}

async fn send(conn: &mut AnyConnection, notice: &Notice, now: i64) -> R<()> {
    match notify::write(conn, notice, now).await {
        Ok(_) => Ok(()),
        Err(notify::NotifyError::Store(e)) => Err(e),
        Err(notify::NotifyError::Invalid(e)) => Err(sqlx::Error::Protocol(format!("health notice: {e}"))),
    }
}

/// Takes a place in `slot_id` inside `tx`: the conditional update, the
/// booking row, the quarter hours, the reminder. `Err(Refusal)` leaves
/// the transaction to be rolled back.
async fn book_in(
    tx: &mut AnyConnection,
    person: &str,
    s: &SlotRow,
    now: i64,
    wait_if_full: bool,
    channel: Channel,
    moved_from: Option<&str>,
) -> R<Result<Booked, Refusal>> {
    let want = match ask(tx, person, s, now, moved_from, wait_if_full).await? {
        Ok(st) => st,
        Err(r) => return Ok(Err(r)),
    };
    let closes = s.policy().closes_at(s.start);
    let id = new_id();
    let reference = new_reference();
    let state = if want == State::Booked {
        let took = sqlx::query(
            "UPDATE health_slots SET booked = booked + 1 WHERE id = $1 AND booked + held < capacity AND blocked = 0 AND $2 < $3",
        )
        .bind(&s.id)
        .bind(now)
        .bind(closes)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if took == 1 {
            State::Booked
        } else if wait_if_full && moved_from.is_none() {
            State::Waitlist
        } else {
            return Ok(Err(Refusal::Full));
        }
    } else {
        want
    };
    let inserted = sqlx::query(
        "INSERT INTO health_bookings (id, reference, slot_id, person_id, state, channel, created_at, updated_at, moved_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)",
    )
    .bind(&id)
    .bind(&reference)
    .bind(&s.id)
    .bind(person)
    .bind(state.as_str())
    .bind(channel.code())
    .bind(now)
    .bind(moved_from)
    .execute(&mut *tx)
    .await;
    match inserted {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Err(Refusal::AlreadyHere)),
        Err(e) => return Err(e),
    }
    if state == State::Waitlist {
        sqlx::query("INSERT INTO health_waitlist (booking_id, slot_id, joined_at) VALUES ($1, $2, $3)")
            .bind(&id)
            .bind(&s.id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    } else {
        if !take_quarters(tx, person, &id, s).await? {
            return Ok(Err(Refusal::Overlap));
        }
        remind(tx, person, &id, &reference, s, now).await?;
    }
    Ok(Ok(Booked { id, reference, state }))
}

/// `person` books `slot_id` (or, when full and `wait_if_full`, joins its
/// waiting list).
pub async fn book(
    state: &AppState,
    person: &str,
    slot_id: &str,
    wait_if_full: bool,
    channel: Channel,
    now: i64,
) -> R<Result<Booked, Refusal>> {
    let mut tx = begin_write(&state.pool).await?;
    let Some(s) = slot(&mut tx, slot_id).await? else { return Ok(Err(Refusal::Closed)) };
    let out = book_in(&mut tx, person, &s, now, wait_if_full, channel, None).await?;
    if out.is_ok() {
        tx.commit().await?;
    } else {
        tx.rollback().await?;
    }
    Ok(out)
}

/// A booking as read for a change.
#[derive(Clone, Debug)]
pub struct BookingRow {
    pub id: String,
    pub reference: String,
    pub person: String,
    pub state: State,
    pub slot: SlotRow,
}

pub async fn booking_row(conn: &mut AnyConnection, id: &str) -> R<Option<BookingRow>> {
    let row = sqlx::query("SELECT id, reference, person_id, state, slot_id FROM health_bookings WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(r) = row else { return Ok(None) };
    let slot_id: String = r.try_get(4)?;
    let Some(s) = slot(conn, &slot_id).await? else { return Ok(None) };
    let st: String = r.try_get(3)?;
    Ok(Some(BookingRow {
        id: r.try_get(0)?,
        reference: r.try_get(1)?,
        person: r.try_get(2)?,
        state: State::parse(&st).unwrap_or(State::Cancelled),
        slot: s,
    }))
}

/// Ends `b` as cancelled (from the state read) and frees what it held:
/// its place (offered to the next waiting person), its quarter hours, an
/// offer held for it. False when its state changed meanwhile.
async fn end_booking(tx: &mut AnyConnection, b: &BookingRow, reason: CancelReason, now: i64) -> R<bool> {
    let done =
        sqlx::query("UPDATE health_bookings SET state = 'cancelled', cancel_reason = $1, updated_at = $2 WHERE id = $3 AND state = $4")
            .bind(reason.as_str())
            .bind(now)
            .bind(&b.id)
            .bind(b.state.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM health_person_quarters WHERE booking_id = $1").bind(&b.id).execute(&mut *tx).await?;
    if booking::takes_place(b.state) {
        sqlx::query("UPDATE health_slots SET booked = booked - 1 WHERE id = $1").bind(&b.slot.id).execute(&mut *tx).await?;
        offer_next(tx, &b.slot.id, now).await?;
    } else if b.state == State::Waitlist {
        // a place held for this person's offer goes to the next
        let held = sqlx::query(
            "UPDATE health_waitlist SET ended_at = $1 WHERE booking_id = $2 AND ended_at IS NULL AND offer_expires_at IS NOT NULL",
        )
        .bind(now)
        .bind(&b.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("UPDATE health_waitlist SET ended_at = $1 WHERE booking_id = $2 AND ended_at IS NULL")
            .bind(now)
            .bind(&b.id)
            .execute(&mut *tx)
            .await?;
        if held == 1 {
            sqlx::query("UPDATE health_slots SET held = held - 1 WHERE id = $1 AND held > 0").bind(&b.slot.id).execute(&mut *tx).await?;
            offer_next(tx, &b.slot.id, now).await?;
        }
    }
    Ok(true)
}

/// Offers the free places of `slot_id` to the first waiting people: each
/// place is held (`held + 1`, conditional on a free place) and the person
/// is told through the inbox with a link to take it.
async fn offer_next(tx: &mut AnyConnection, slot_id: &str, now: i64) -> R<u64> {
    let Some(s) = slot(tx, slot_id).await? else { return Ok(0) };
    if s.blocked {
        return Ok(0);
    }
    let Some(expires) = waitlist::offer_expiry(now, s.start, &s.policy()) else { return Ok(0) };
    let waiting = sqlx::query(
        "SELECT w.booking_id, b.person_id FROM health_waitlist w JOIN health_bookings b ON b.id = w.booking_id
         WHERE w.slot_id = $1 AND w.ended_at IS NULL AND w.offer_expires_at IS NULL AND b.state = 'waitlist'
         ORDER BY w.joined_at, w.booking_id LIMIT 10",
    )
    .bind(slot_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut made = 0;
    for w in waiting {
        let booking: String = w.try_get(0)?;
        let person: String = w.try_get(1)?;
        let held = sqlx::query("UPDATE health_slots SET held = held + 1 WHERE id = $1 AND booked + held < capacity AND blocked = 0")
            .bind(slot_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if held == 0 {
            break;
        }
        sqlx::query(
            "UPDATE health_waitlist SET offer_made_at = $1, offer_expires_at = $2 WHERE booking_id = $3 AND offer_expires_at IS NULL",
        )
        .bind(now)
        .bind(expires)
        .bind(&booking)
        .execute(&mut *tx)
        .await?;
        let notice = Notice::new(&person, "health", "waitlist-offer", Level::Reminder, "health-inbox-offer")
            .arg("at", Arg::Time(s.start))
            .arg("until", Arg::Time(expires))
            .link(&format!("/health/bookings/{booking}"))
            .dedupe(format!("health-{booking}-offer"));
        send(tx, &notice, now).await?;
        made += 1;
    }
    Ok(made)
}

/// What a change to a booking came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Changed {
    Done,
    /// Not this person's booking (or no such booking): the page says "not found".
    NotFound,
    Refused(Refusal),
}

/// `person` cancels their booking or waiting place.
pub async fn cancel(state: &AppState, person: &str, id: &str, now: i64) -> R<Changed> {
    let mut tx = begin_write(&state.pool).await?;
    let Some(b) = booking_row(&mut tx, id).await? else { return Ok(Changed::NotFound) };
    if b.person != person {
        return Ok(Changed::NotFound);
    }
    if let Err(r) = booking::apply(b.state, Event::CancelByResident, now, b.slot.times(), &b.slot.policy()) {
        return Ok(Changed::Refused(r));
    }
    if !end_booking(&mut tx, &b, CancelReason::Resident, now).await? {
        return Ok(Changed::Refused(Refusal::NotAllowed));
    }
    tx.commit().await?;
    Ok(Changed::Done)
}

/// Cancels every coming booking and waiting place of a person whose account
/// is deleted (inside the deletion's transaction), whatever the closing
/// time: nobody will come, and the places go to those waiting.
pub async fn forget(conn: &mut AnyConnection, person: &str, now: i64) -> R<()> {
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT b.id FROM health_bookings b JOIN health_slots s ON s.id = b.slot_id
         WHERE b.person_id = $1 AND b.state IN ('booked','waitlist') AND s.starts_at > $2 ORDER BY b.id",
    )
    .bind(person)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    for id in ids {
        if let Some(b) = booking_row(&mut *conn, &id).await? {
            end_booking(&mut *conn, &b, CancelReason::Resident, now).await?;
        }
    }
    Ok(())
}

/// `person` moves their booking `id` to `new_slot`: the old one ends
/// (moved) and the new is booked in one transaction, or neither.
pub async fn move_booking(state: &AppState, person: &str, id: &str, new_slot: &str, now: i64) -> R<Result<Booked, Changed>> {
    let mut tx = begin_write(&state.pool).await?;
    let Some(b) = booking_row(&mut tx, id).await? else { return Ok(Err(Changed::NotFound)) };
    if b.person != person {
        return Ok(Err(Changed::NotFound));
    }
    if let Err(r) = booking::apply(b.state, Event::Move, now, b.slot.times(), &b.slot.policy()) {
        return Ok(Err(Changed::Refused(r)));
    }
    let Some(s) = slot(&mut tx, new_slot).await? else { return Ok(Err(Changed::NotFound)) };
    if !end_booking(&mut tx, &b, CancelReason::Moved, now).await? {
        return Ok(Err(Changed::Refused(Refusal::NotAllowed)));
    }
    match book_in(&mut tx, person, &s, now, false, Channel::Own, Some(&b.id)).await? {
        Ok(done) => {
            tx.commit().await?;
            Ok(Ok(done))
        }
        Err(r) => {
            tx.rollback().await?;
            Ok(Err(Changed::Refused(r)))
        }
    }
}

/// `person` takes the place offered to their waiting booking `id`.
pub async fn take_offer(state: &AppState, person: &str, id: &str, now: i64) -> R<Changed> {
    let mut tx = begin_write(&state.pool).await?;
    let Some(b) = booking_row(&mut tx, id).await? else { return Ok(Changed::NotFound) };
    if b.person != person {
        return Ok(Changed::NotFound);
    }
    if let Err(r) = booking::apply(b.state, Event::Book, now, b.slot.times(), &b.slot.policy()) {
        return Ok(Changed::Refused(r));
    }
    let ended =
        sqlx::query("UPDATE health_waitlist SET ended_at = $1 WHERE booking_id = $2 AND ended_at IS NULL AND offer_expires_at > $1")
            .bind(now)
            .bind(&b.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if ended == 0 {
        return Ok(Changed::Refused(Refusal::Closed));
    }
    let mine = my_times(&mut tx, person, None).await?;
    if mine.iter().any(|t| t.overlaps(&b.slot.times())) {
        tx.rollback().await?;
        return Ok(Changed::Refused(Refusal::Overlap));
    }
    sqlx::query("UPDATE health_slots SET held = held - 1, booked = booked + 1 WHERE id = $1 AND held > 0")
        .bind(&b.slot.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE health_bookings SET state = 'booked', updated_at = $1 WHERE id = $2 AND state = 'waitlist'")
        .bind(now)
        .bind(&b.id)
        .execute(&mut *tx)
        .await?;
    if !take_quarters(&mut tx, person, &b.id, &b.slot).await? {
        tx.rollback().await?;
        return Ok(Changed::Refused(Refusal::Overlap));
    }
    remind(&mut tx, person, &b.id, &b.reference, &b.slot, now).await?;
    tx.commit().await?;
    Ok(Changed::Done)
}

/// Offers not taken in time end that person's wait and go to the next
/// person. Each is ended by a conditional update, so two servers running
/// this at once end each offer once. Answers how many lapsed.
pub async fn lapse_offers(state: &AppState, now: i64) -> R<u64> {
    let due: Vec<String> = sqlx::query_scalar(
        "SELECT booking_id FROM health_waitlist WHERE ended_at IS NULL AND offer_expires_at IS NOT NULL AND offer_expires_at <= $1
         ORDER BY offer_expires_at LIMIT 100",
    )
    .bind(now)
    .fetch_all(&state.pool)
    .await?;
    let mut lapsed = 0;
    for id in due {
        let mut tx = begin_write(&state.pool).await?;
        let ended =
            sqlx::query("UPDATE health_waitlist SET ended_at = $1 WHERE booking_id = $2 AND ended_at IS NULL AND offer_expires_at <= $1")
                .bind(now)
                .bind(&id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if ended == 0 {
            continue;
        }
        let Some(b) = booking_row(&mut tx, &id).await? else { continue };
        sqlx::query("UPDATE health_bookings SET state = 'cancelled', cancel_reason = 'offer_lapsed', updated_at = $1 WHERE id = $2 AND state = 'waitlist'")
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE health_slots SET held = held - 1 WHERE id = $1 AND held > 0").bind(&b.slot.id).execute(&mut *tx).await?;
        let notice = Notice::new(&b.person, "health", "waitlist-lapsed", Level::Info, "health-inbox-offer-lapsed")
            .arg("at", Arg::Time(b.slot.start))
            .link("/health/book")
            .dedupe(format!("health-{id}-lapsed"));
        send(&mut tx, &notice, now).await?;
        offer_next(&mut tx, &b.slot.id, now).await?;
        tx.commit().await?;
        lapsed += 1;
    }
    Ok(lapsed)
}

/// The clinic cancels `b` (a closure): the person is told, with a link to
/// choose another time at the same place and service.
pub(super) async fn cancel_by_clinic(tx: &mut AnyConnection, b: &BookingRow, now: i64) -> R<bool> {
    if booking::apply(b.state, Event::CancelByClinic, now, b.slot.times(), &b.slot.policy()).is_err() {
        return Ok(false);
    }
    if !end_booking(tx, b, CancelReason::Clinic, now).await? {
        return Ok(false);
    }
    let notice = Notice::new(&b.person, "health", "closed", Level::Alert, "health-inbox-closed")
        .arg("reference", Arg::Text(b.reference.clone()))
        .arg("at", Arg::Time(b.slot.start))
        .link(&format!("/health/book/slots?place={}&service={}", b.slot.place, b.slot.service))
        .dedupe(format!("health-{}-closed", b.id));
    send(tx, &notice, now).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_cover_the_time_and_no_more() {
        assert_eq!(quarters(0, 30 * 60), vec![0, 900]);
        assert_eq!(quarters(600, 1200), vec![0, 900], "a time across a boundary holds both quarters");
        assert_eq!(quarters(900, 1800), vec![900]);
        let a = quarters(3600, 5400);
        let b = quarters(5400, 7200);
        assert!(a.iter().all(|q| !b.contains(q)), "back to back does not overlap");
    }

    #[test]
    fn references_are_readable() {
        let r = new_reference();
        assert!(r.starts_with("HB-") && r.len() == 9);
        assert!(!r[3..].contains(['0', 'O', '1', 'I', 'L']));
    }
}
