//! The clinician's side: only the places they work at. The day's list,
//! marking arrived / seen / did not come, closures (holiday, sick day)
//! that block slots and tell each affected resident, and the remote
//! consultation's written exchange.
use sqlx::{AnyConnection, Row};

use super::book::{booking_row, cancel_by_clinic, BookingRow, Changed};
use crate::health::domain::booking::{self, Event, Refusal};
use crate::health::domain::slots::Reason;
use crate::health::domain::zones::{self, Zone};
use crate::ssr::store::begin_write;
use crate::ssr::AppState;
use time::Date;

type R<T> = Result<T, sqlx::Error>;

/// The longest message of the exchange (characters).
pub const MESSAGE_MAX: usize = 2000;
/// The longest video link.
pub const LINK_MAX: usize = 300;

/// Whether `user` works at `place`.
pub async fn works_at(conn: &mut AnyConnection, user: &str, place: i64) -> R<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM health_clinicians WHERE user_id = $1 AND place_id = $2")
        .bind(user)
        .bind(place)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// The places `user` works at.
pub async fn my_places(pool: &sqlx::AnyPool, user: &str) -> R<Vec<i64>> {
    sqlx::query_scalar("SELECT place_id FROM health_clinicians WHERE user_id = $1 ORDER BY place_id").bind(user).fetch_all(pool).await
}

/// The clinician `user` marks booking `id` (arrive, seen, no-show).
pub async fn mark(state: &AppState, user: &str, id: &str, event: Event, now: i64) -> R<Changed> {
    if !matches!(event, Event::Arrive | Event::Seen | Event::NoShow) {
        return Ok(Changed::Refused(Refusal::NotAllowed));
    }
    let mut tx = begin_write(&state.pool).await?;
    let Some(b) = booking_row(&mut tx, id).await? else { return Ok(Changed::NotFound) };
    if !works_at(&mut tx, user, b.slot.place).await? {
        return Ok(Changed::NotFound);
    }
    let to = match booking::apply(b.state, event, now, b.slot.times(), &b.slot.policy()) {
        Ok(to) => to,
        Err(r) => return Ok(Changed::Refused(r)),
    };
    let done = sqlx::query("UPDATE health_bookings SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4")
        .bind(to.as_str())
        .bind(now)
        .bind(id)
        .bind(b.state.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if done == 0 {
        return Ok(Changed::Refused(Refusal::NotAllowed));
    }
    if !booking::holds_time(to) {
        sqlx::query("DELETE FROM health_person_quarters WHERE booking_id = $1").bind(id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(Changed::Done)
}

/// Who a closure takes out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whom {
    Place(i64),
    /// A clinician's own sick day, at every place they work.
    Clinician(String),
}

/// The live bookings (and waiting places) a closure of `whom` for the
/// Beijing days `from..=until` takes away.
async fn affected_ids(conn: &mut AnyConnection, whom: &Whom, from: Date, until: Date) -> R<Vec<String>> {
    let (start, _) = zones::day_bounds(Zone::Beijing, from);
    let (_, end) = zones::day_bounds(Zone::Beijing, until);
    let (col, val) = match whom {
        Whom::Place(p) => ("s.place_id", p.to_string()),
        Whom::Clinician(c) => ("s.clinician_id", c.clone()),
    };
    let sql = format!(
        "SELECT b.id FROM health_bookings b JOIN health_slots s ON s.id = b.slot_id
         WHERE {col} = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND b.state IN ('booked','waitlist') ORDER BY s.starts_at, b.id"
    );
    let q = sqlx::query_scalar(&sql);
    let q = match whom {
        Whom::Place(p) => q.bind(*p),
        Whom::Clinician(_) => q.bind(val),
    };
    q.bind(start).bind(end).fetch_all(&mut *conn).await
}

/// Whether `user` may close for `whom`: their own place, or themself.
async fn may_close(conn: &mut AnyConnection, user: &str, whom: &Whom) -> R<bool> {
    match whom {
        Whom::Place(p) => works_at(conn, user, *p).await,
        Whom::Clinician(c) => Ok(c == user),
    }
}

/// How many residents a closure would affect (for "this affects 5
/// bookings" before confirming). None when `user` may not close it.
pub async fn affected_count(state: &AppState, user: &str, whom: &Whom, from: Date, until: Date) -> R<Option<usize>> {
    let mut conn = state.pool.acquire().await?;
    if !may_close(&mut conn, user, whom).await? {
        return Ok(None);
    }
    Ok(Some(affected_ids(&mut conn, whom, from, until).await?.len()))
}

/// Closes for `whom` on the Beijing days `from..=until`: records the
/// closure, blocks the slots and cancels every live booking on them, each
/// person told through the inbox with a link to choose another time.
/// Answers how many bookings it cancelled; None when `user` may not.
pub async fn close(
    state: &AppState,
    user: &str,
    whom: &Whom,
    from: Date,
    until: Date,
    reason: Reason,
    note: &str,
    now: i64,
) -> R<Option<usize>> {
    let mut tx = begin_write(&state.pool).await?;
    if !may_close(&mut tx, user, whom).await? {
        return Ok(None);
    }
    let (place, clinician) = match whom {
        Whom::Place(p) => (Some(*p), None),
        Whom::Clinician(c) => (None, Some(c.clone())),
    };
    sqlx::query(
        "INSERT INTO health_closures (place_id, clinician_id, from_day, until_day, reason, note, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(place)
    .bind(clinician)
    .bind(zones::day_text(from))
    .bind(zones::day_text(until))
    .bind(reason.as_str())
    .bind(note.chars().take(200).collect::<String>())
    .bind(user)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let (start, _) = zones::day_bounds(Zone::Beijing, from);
    let (_, end) = zones::day_bounds(Zone::Beijing, until);
    let block = match whom {
        Whom::Place(p) => {
            sqlx::query("UPDATE health_slots SET blocked = 1, block_reason = $1 WHERE place_id = $2 AND starts_at >= $3 AND starts_at < $4")
                .bind(reason.as_str())
                .bind(*p)
        }
        Whom::Clinician(c) => sqlx::query(
            "UPDATE health_slots SET blocked = 1, block_reason = $1 WHERE clinician_id = $2 AND starts_at >= $3 AND starts_at < $4",
        )
        .bind(reason.as_str())
        .bind(c.clone()),
    };
    block.bind(start).bind(end).execute(&mut *tx).await?;
    let ids = affected_ids(&mut tx, whom, from, until).await?;
    let mut told = 0;
    for id in ids {
        let Some(b) = booking_row(&mut tx, &id).await? else { continue };
        if cancel_by_clinic(&mut tx, &b, now).await? {
            told += 1;
        }
    }
    tx.commit().await?;
    Ok(Some(told))
}

/// The booking `id` as its clinician may see it: None for anyone who does
/// not work at its place.
pub async fn booking_for_clinician(state: &AppState, user: &str, id: &str) -> R<Option<BookingRow>> {
    let mut conn = state.pool.acquire().await?;
    let Some(b) = booking_row(&mut conn, id).await? else { return Ok(None) };
    if !works_at(&mut conn, user, b.slot.place).await? {
        return Ok(None);
    }
    Ok(Some(b))
}

/// One message of a consultation exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub author: String,
    pub body: String,
    pub at: i64,
    /// The photo sent with it: its id, width and height.
    pub photo: Option<(String, i64, i64)>,
}

/// The exchange kept with booking `id`.
pub async fn messages(pool: &sqlx::AnyPool, id: &str) -> R<Vec<Message>> {
    let rows = sqlx::query(
        "SELECT m.author_id, m.body, m.at, p.id, p.width, p.height FROM health_messages m
         LEFT JOIN health_photos p ON p.id = m.photo_id AND p.held = 0 WHERE m.booking_id = $1 ORDER BY m.id LIMIT 200",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let photo = match r.try_get::<Option<String>, _>(3)? {
                Some(p) => Some((p, r.try_get::<Option<i64>, _>(4)?.unwrap_or(0), r.try_get::<Option<i64>, _>(5)?.unwrap_or(0))),
                None => None,
            };
            Ok(Message { author: r.try_get(0)?, body: r.try_get(1)?, at: r.try_get(2)?, photo })
        })
        .collect()
}

/// Why a message was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageProblem {
    Empty,
    TooLong,
    /// Not a remote follow-up, or not this person's booking, or not their clinic.
    NotHere,
    /// The photo named is not the writer's, not decoded, or already sent
    /// with another message.
    PhotoGone,
}

/// The booking `id` if `user` may write to its exchange: a remote
/// follow-up, `user` its resident or a clinician of its place, and the
/// booking live or fulfilled. The same rule says who may see the
/// exchange's photos (`ssr::photos`), whatever the booking's state.
pub async fn may_write(conn: &mut AnyConnection, user: &str, id: &str) -> R<Option<BookingRow>> {
    let Some(b) = booking_row(&mut *conn, id).await? else { return Ok(None) };
    let remote: i64 =
        sqlx::query_scalar("SELECT remote FROM health_services WHERE id = $1").bind(b.slot.service).fetch_one(&mut *conn).await?;
    let allowed = b.person == user || works_at(conn, user, b.slot.place).await?;
    if remote == 0 || !allowed || booking::is_final(b.state) && b.state != crate::health::domain::booking::State::Fulfilled {
        return Ok(None);
    }
    Ok(Some(b))
}

/// `user` (the booking's resident, or a clinician of its place) writes to
/// the exchange of a remote follow-up booking, with `photo` (the id of a
/// decoded photo of `user`'s that no message shows yet) if there is one.
pub async fn post_message(
    state: &AppState,
    user: &str,
    id: &str,
    body: &str,
    photo: Option<&str>,
    now: i64,
) -> R<Result<(), MessageProblem>> {
    let body = body.trim();
    if body.is_empty() {
        return Ok(Err(MessageProblem::Empty));
    }
    if body.chars().count() > MESSAGE_MAX {
        return Ok(Err(MessageProblem::TooLong));
    }
    let mut tx = begin_write(&state.pool).await?;
    if may_write(&mut tx, user, id).await?.is_none() {
        return Ok(Err(MessageProblem::NotHere));
    }
    if let Some(p) = photo {
        // (a unique index keeps a photo to one message even so)
        let free: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM health_photos p WHERE p.id = $1 AND p.owner_id = $2 AND p.held = 0
             AND NOT EXISTS (SELECT 1 FROM health_messages m WHERE m.photo_id = p.id)",
        )
        .bind(p)
        .bind(user)
        .fetch_one(&mut *tx)
        .await?;
        if free == 0 {
            return Ok(Err(MessageProblem::PhotoGone));
        }
    }
    sqlx::query("INSERT INTO health_messages (booking_id, author_id, body, photo_id, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(user)
        .bind(body)
        .bind(photo)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The clinician sets the video link the hospital gave (https only).
pub async fn set_video_link(state: &AppState, user: &str, id: &str, link: &str) -> R<bool> {
    let link = link.trim();
    let ok = link.is_empty() || (link.starts_with("https://") && link.len() <= LINK_MAX && !link.contains(char::is_whitespace));
    if !ok {
        return Ok(false);
    }
    let mut conn = state.pool.acquire().await?;
    let Some(b) = booking_row(&mut conn, id).await? else { return Ok(false) };
    if !works_at(&mut conn, user, b.slot.place).await? {
        return Ok(false);
    }
    sqlx::query("UPDATE health_bookings SET video_link = $1 WHERE id = $2")
        .bind((!link.is_empty()).then_some(link))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// One line of the clinician's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayLine {
    pub booking: String,
    pub reference: String,
    pub person: String,
    pub state: String,
    pub start: i64,
    pub place: i64,
    pub service: i64,
}

/// The bookings of `user`'s places on the Beijing day `day`.
pub async fn day_list(pool: &sqlx::AnyPool, user: &str, day: Date) -> R<Vec<DayLine>> {
    let (start, end) = zones::day_bounds(Zone::Beijing, day);
    let rows = sqlx::query(
        "SELECT b.id, b.reference, b.person_id, b.state, s.starts_at, s.place_id, s.service_id FROM health_bookings b
         JOIN health_slots s ON s.id = b.slot_id JOIN health_clinicians c ON c.place_id = s.place_id AND c.user_id = $1
         WHERE s.starts_at >= $2 AND s.starts_at < $3 AND b.state IN ('booked','arrived','fulfilled','noshow')
         ORDER BY s.starts_at, b.reference LIMIT 500",
    )
    .bind(user)
    .bind(start)
    .bind(end)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DayLine {
                booking: r.try_get(0)?,
                reference: r.try_get(1)?,
                person: r.try_get(2)?,
                state: r.try_get(3)?,
                start: r.try_get(4)?,
                place: r.try_get(5)?,
                service: r.try_get(6)?,
            })
        })
        .collect()
}
