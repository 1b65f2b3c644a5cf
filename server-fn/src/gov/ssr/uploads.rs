//! What an upload may cost the server: images are decoded at most
//! [`DECODE_SLOTS`] at a time, off the async threads; each person has a
//! daily quota ([`crate::gov::DAILY_UPLOAD_FILES`] files or
//! [`crate::gov::DAILY_UPLOAD_MB`] MB in any 24 hours); photos that were
//! never attached to anything are removed after a day.
use std::time::Duration;

use sqlx::AnyPool;
use tokio::sync::Semaphore;

use crate::gov::{DAILY_UPLOAD_FILES, DAILY_UPLOAD_MB};

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

/// Counts an upload of `bytes` against `user`'s quota, or answers false when
/// it would go over. One statement: parallel uploads cannot both take the
/// last place.
pub async fn reserve(pool: &AnyPool, user: &str, bytes: usize, now: i64) -> Result<bool, sqlx::Error> {
    // (and the person's uploads are held against other servers meanwhile)
    let mut tx = crate::ssr::store::begin_write(pool).await?;
    crate::ssr::store::lock_key(&mut tx, &format!("gov:uploads:{user}")).await?;
    let r = sqlx::query(
        "INSERT INTO upload_log (user_id, bytes, at) SELECT $1, $2, $3
         WHERE (SELECT COUNT(*) FROM upload_log WHERE user_id = $1 AND at > $3 - $4) < $5
           AND (SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM upload_log WHERE user_id = $1 AND at > $3 - $4) + $2 <= $6",
    )
    .bind(user)
    .bind(bytes as i64)
    .bind(now)
    .bind(DAY)
    .bind(DAILY_UPLOAD_FILES)
    .bind(DAILY_UPLOAD_MB * 1024 * 1024)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(r.rows_affected() == 1)
}

/// Removes the photos that were never attached to a report or a case step
/// and are more than a day old at `now` — typically kept by id while a form
/// was corrected, then abandoned — rows and files (the raw upload of one
/// still held, or the re-encoded picture and its thumbnail); also forgets
/// quota counts older than a day. Answers how many photos were removed.
/// Meant for a periodic housekeeping job.
pub async fn purge_orphan_uploads(pool: &AnyPool, files: &crate::ssr::files::Files, now: i64) -> Result<u64, String> {
    let gone: Vec<(String, String)> = sqlx::query_as("DELETE FROM photos WHERE case_id IS NULL AND created_at <= $1 RETURNING file, thumb")
        .bind(now - DAY)
        .fetch_all(pool)
        .await
        .map_err(|e| e.to_string())?;
    for name in gone.iter().flat_map(|(file, thumb)| [file, thumb]).filter(|n| !n.is_empty()) {
        match files.remove(name).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(file = %name, error = %e, "orphan upload: file not removed"),
        }
    }
    sqlx::query("DELETE FROM upload_log WHERE at <= $1").bind(now - DAY).execute(pool).await.map_err(|e| e.to_string())?;
    if !gone.is_empty() {
        tracing::info!(photos = gone.len(), "orphan uploads removed");
    }
    Ok(gone.len() as u64)
}
