//! Visits booked at the community service centre: storing a booking so
//! that a time never takes more people than it has places (one statement
//! counts and inserts, and SQLite runs writes one at a time), cancelling,
//! and reading them back.
use std::collections::HashMap;

use sqlx::AnyPool;

use crate::domain::clock;
use crate::gov::domain::visits::{self, Refusal, Request, PLACES_PER_TIME};
use crate::ssr::now;

#[derive(Debug)]
pub enum BookError {
    Refused(Refusal),
    Store(sqlx::Error),
}

impl From<sqlx::Error> for BookError {
    fn from(e: sqlx::Error) -> Self {
        BookError::Store(e)
    }
}

async fn community(pool: &AnyPool, user: &str) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT community_id FROM users WHERE id = $1").bind(user).fetch_one(pool).await
}

/// People booked per `(day, time)` at the user's centre, for these days.
pub async fn taken(pool: &AnyPool, user: &str, days: &[String]) -> Result<HashMap<(String, String), i64>, sqlx::Error> {
    let c = community(pool, user).await?;
    let (Some(first), Some(last)) = (days.first(), days.last()) else { return Ok(HashMap::new()) };
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT day, time, COUNT(*) FROM visit_bookings WHERE community_id = $1 AND status = 'booked' AND day BETWEEN $2 AND $3 GROUP BY day, time",
    )
    .bind(&c)
    .bind(first)
    .bind(last)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(d, t, n)| ((d, t), n)).collect())
}

/// The user's booked visit for an item, if any.
pub async fn booked_for(pool: &AnyPool, user: &str, item: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM visit_bookings WHERE user_id = $1 AND item_id = $2 AND status = 'booked'")
        .bind(user)
        .bind(item)
        .fetch_optional(pool)
        .await
}

/// Books a time; returns the booking's reference.
pub async fn book(pool: &AnyPool, user: &str, item: &str, day: &str, time: &str) -> Result<String, BookError> {
    let at = now();
    let Some(date) = visits::parse_day(day) else { return Err(BookError::Refused(Refusal::NotOffered)) };
    let day = visits::day_text(date);
    let c = community(pool, user).await?;
    let count = |sql: &'static str, a: String, b: String, x: String| async move {
        sqlx::query_scalar::<_, i64>(sql).bind(a).bind(b).bind(x).fetch_one(pool).await
    };
    let taken = count(
        "SELECT COUNT(*) FROM visit_bookings WHERE community_id = $1 AND day = $2 AND time = $3 AND status = 'booked'",
        c.clone(),
        day.clone(),
        time.to_string(),
    )
    .await?;
    let has_at_time = count(
        "SELECT COUNT(*) FROM visit_bookings WHERE user_id = $1 AND day = $2 AND time = $3 AND status = 'booked'",
        user.into(),
        day.clone(),
        time.into(),
    )
    .await?
        > 0;
    let has_for_item = booked_for(pool, user, item).await?.is_some();
    visits::check(&Request { today: clock::local_date(at), day: date, time, taken, has_for_item, has_at_time })
        .map_err(BookError::Refused)?;
    let id = format!("VB{}-{}", day.replace('-', ""), &crate::ssr::session::random_token()[..6].to_uppercase());
    // The count and the insert are one statement; on PostgreSQL two servers
    // could still both count the last place free, so the time is held too.
    let mut tx = crate::ssr::store::begin_write(pool).await?;
    crate::ssr::store::lock_key(&mut tx, &format!("gov:visit:{c}:{day}:{time}")).await?;
    let inserted = sqlx::query(
        "INSERT INTO visit_bookings (id, item_id, user_id, community_id, day, time, status, created_at)
         SELECT $1, $2, $3, $4, $5, $6, 'booked', $7
         WHERE (SELECT COUNT(*) FROM visit_bookings WHERE community_id = $8 AND day = $9 AND time = $10 AND status = 'booked') < $11",
    )
    .bind(&id)
    .bind(item)
    .bind(user)
    .bind(&c)
    .bind(&day)
    .bind(time)
    .bind(at)
    .bind(&c)
    .bind(&day)
    .bind(time)
    .bind(PLACES_PER_TIME)
    .execute(&mut *tx)
    .await;
    let inserted = match inserted {
        Ok(r) => tx.commit().await.map(|()| r),
        Err(e) => {
            // let go of the time before asking anything else
            drop(tx);
            Err(e)
        }
    };
    match inserted {
        Ok(r) if r.rows_affected() == 1 => Ok(id),
        Ok(_) => Err(BookError::Refused(Refusal::Full)),
        // a second tap that raced the first: the unique indexes hold
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            let same_item = booked_for(pool, user, item).await?.is_some();
            Err(BookError::Refused(if same_item { Refusal::AlreadyBooked } else { Refusal::SameTime }))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Clone, Debug)]
pub struct Booking {
    pub id: String,
    pub item_id: String,
    pub user_id: String,
    pub community_id: String,
    pub day: String,
    pub time: String,
    pub status: String,
}

pub async fn get(pool: &AnyPool, id: &str) -> Result<Option<Booking>, sqlx::Error> {
    let row: Option<(String, String, String, String, String, String, String)> =
        sqlx::query_as("SELECT id, item_id, user_id, community_id, day, time, status FROM visit_bookings WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(id, item_id, user_id, community_id, day, time, status)| Booking { id, item_id, user_id, community_id, day, time, status }))
}

/// Whether the booking can still be cancelled (until the day before).
pub fn cancellable(b: &Booking) -> bool {
    b.status == "booked" && visits::parse_day(&b.day).is_some_and(|d| visits::can_cancel(clock::local_date(now()), d))
}

/// Cancels the user's own booking; whether it did.
pub async fn cancel(pool: &AnyPool, user: &str, id: &str) -> Result<bool, sqlx::Error> {
    let Some(b) = get(pool, id).await? else { return Ok(false) };
    if b.user_id != user || !cancellable(&b) {
        return Ok(false);
    }
    let r = sqlx::query("UPDATE visit_bookings SET status = 'cancelled', cancelled_at = $1 WHERE id = $2 AND status = 'booked'")
        .bind(now())
        .bind(id)
        .execute(pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// The user's visits still to come, soonest first, then recent ones.
pub async fn mine(pool: &AnyPool, user: &str) -> Result<Vec<Booking>, sqlx::Error> {
    let rows: Vec<(String, String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT id, item_id, user_id, community_id, day, time, status FROM visit_bookings WHERE user_id = $1
         ORDER BY status = 'booked' DESC, day, time LIMIT 20",
    )
    .bind(user)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, item_id, user_id, community_id, day, time, status)| Booking { id, item_id, user_id, community_id, day, time, status })
        .collect())
}
