//! What an upload may cost the server, for every mini-app that takes files:
//! images are decoded at most [`DECODE_SLOTS`] at a time in this process,
//! off the async threads; each person has a daily quota per mini-app
//! ([`Quota`], counted in the mini-app's own log table).
use std::time::Duration;

use sqlx::AnyPool;
use tokio::sync::Semaphore;

/// How many images this process decodes at once. Each decode may take up
/// to `photos::MAX_DECODE_BYTES` for the decoded picture plus about as much
/// again while it is scaled down, so two at once stay well under a gigabyte
/// however many people upload together.
pub const DECODE_SLOTS: usize = 2;
/// How long an upload waits for a free slot before the person is asked to
/// send again in a moment.
pub const DECODE_WAIT: Duration = Duration::from_secs(3);
/// A day, in seconds: the quota's window and the age of an orphan upload.
pub const DAY: i64 = 86_400;

static DECODES: Semaphore = Semaphore::const_new(DECODE_SLOTS);

/// The decode slots (for tests that need them all taken).
pub fn decode_slots() -> &'static Semaphore {
    &DECODES
}

/// Why [`decode`] did not give a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// No slot came free within [`DECODE_WAIT`].
    Busy,
    /// The decode panicked.
    Failed,
}

/// Runs `work` (an image decode) on the blocking pool once a slot is free.
/// The slot is held until the work ends, even if the request that asked for
/// it is abandoned meanwhile.
pub async fn decode<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Slot> {
    let permit = match tokio::time::timeout(DECODE_WAIT, DECODES.acquire()).await {
        Ok(Ok(p)) => p,
        _ => return Err(Slot::Busy),
    };
    tokio::task::spawn_blocking(move || {
        let _slot = permit;
        work()
    })
    .await
    .map_err(|_| Slot::Failed)
}

/// A mini-app's daily upload quota: at most `files` uploads or `mb` MB per
/// person in any [`DAY`], whichever comes first, counted in `log` — a table
/// of the mini-app's with columns `user_id`, `bytes`, `at`. `name` keeps one
/// person's counts apart from other mini-apps' while they are taken.
/// Table names come from the code, never from a request.
#[derive(Clone, Copy, Debug)]
pub struct Quota {
    pub name: &'static str,
    pub log: &'static str,
    pub files: i64,
    pub mb: i64,
}

/// Counts an upload of `bytes` against `user`'s `quota`, or answers false
/// when it would go over. One statement: parallel uploads cannot both take
/// the last place.
pub async fn reserve(pool: &AnyPool, quota: &Quota, user: &str, bytes: usize, now: i64) -> Result<bool, sqlx::Error> {
    // (and the person's uploads are held against other servers meanwhile)
    let mut tx = super::store::begin_write(pool).await?;
    super::store::lock_key(&mut tx, &format!("{}:uploads:{user}", quota.name)).await?;
    let log = quota.log;
    let r = sqlx::query(&format!(
        "INSERT INTO {log} (user_id, bytes, at) SELECT $1, $2, $3
         WHERE (SELECT COUNT(*) FROM {log} WHERE user_id = $1 AND at > $3 - $4) < $5
           AND (SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM {log} WHERE user_id = $1 AND at > $3 - $4) + $2 <= $6"
    ))
    .bind(user)
    .bind(bytes as i64)
    .bind(now)
    .bind(DAY)
    .bind(quota.files)
    .bind(quota.mb * 1024 * 1024)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(r.rows_affected() == 1)
}

/// Forgets `quota`'s counts older than a day at `now`.
pub async fn forget_old_counts(pool: &AnyPool, quota: &Quota, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&format!("DELETE FROM {} WHERE at <= $1", quota.log)).bind(now - DAY).execute(pool).await.map(|_| ())
}
