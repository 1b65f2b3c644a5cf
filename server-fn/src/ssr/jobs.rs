//! Background work that runs once across every server on the database.
//! Each job is a row of `jobs` (after crates.io's `crates_io_worker`: a
//! table, a claim per row, retries with backoff). A server claims a due job
//! with one conditional `UPDATE` — the database lets exactly one claim win,
//! on SQLite and on PostgreSQL alike — and holds it for a lease. A server
//! killed while holding a job leaves the lease to run out; then another
//! claims it. A job that fails is tried again later (`domain::backoff`).
//! What a job does is itself safe to repeat (conditional updates, reports
//! keyed by day), so a job whose server died after the work but before
//! [`finish`] does no harm when it runs again.
use std::future::Future;
use std::time::Duration;

use sqlx::AnyPool;

use crate::domain::backoff;

/// This process's name in `jobs.holder`.
pub fn holder() -> &'static str {
    static HOLDER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HOLDER.get_or_init(|| format!("{}-{}", std::process::id(), &super::session::random_token()[..8]))
}

/// Makes the job known (due at `due_at`) unless it is.
pub async fn ensure(pool: &AnyPool, name: &str, due_at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO jobs (name, due_at, attempts) VALUES ($1, $2, 0) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .bind(due_at)
        .execute(pool)
        .await?;
    Ok(())
}

/// Claims the job for `lease` seconds if it is due, not done and nobody
/// holds a lease on it. Exactly one of any number of servers asking at once
/// gets it.
pub async fn claim(pool: &AnyPool, name: &str, holder: &str, now: i64, lease: i64) -> Result<bool, sqlx::Error> {
    let won = sqlx::query(
        "UPDATE jobs SET holder = $1, lease_until = $2, attempts = attempts + 1, started_at = $3
         WHERE name = $4 AND done_at IS NULL AND due_at <= $5 AND (lease_until IS NULL OR lease_until < $6)",
    )
    .bind(holder)
    .bind(now + lease)
    .bind(now)
    .bind(name)
    .bind(now)
    .bind(now)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(won == 1)
}

/// The holder finished the job: due again at `next` (a repeating job), or
/// done for good. Answers false when the lease had run out and another
/// server took the job meanwhile (then that one finishes it).
pub async fn finish(pool: &AnyPool, name: &str, holder: &str, now: i64, next: Option<i64>) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE jobs SET holder = NULL, lease_until = NULL, attempts = 0, last_error = NULL, runs = runs + 1,
                due_at = COALESCE($1, due_at), done_at = CASE WHEN $2 = 1 THEN $3 ELSE NULL END
         WHERE name = $4 AND holder = $5",
    )
    .bind(next)
    .bind(i64::from(next.is_none()))
    .bind(now)
    .bind(name)
    .bind(holder)
    .execute(pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The job failed: free again after a backoff that grows with each failure,
/// never longer than `cap` seconds (a repeating job's few turns).
pub async fn fail(pool: &AnyPool, name: &str, holder: &str, now: i64, error: &str, cap: i64) -> Result<(), sqlx::Error> {
    let attempts: Option<i64> = sqlx::query_scalar("SELECT attempts FROM jobs WHERE name = $1 AND holder = $2")
        .bind(name)
        .bind(holder)
        .fetch_optional(pool)
        .await?;
    let Some(attempts) = attempts else { return Ok(()) };
    sqlx::query("UPDATE jobs SET holder = NULL, lease_until = NULL, due_at = $1, last_error = $2 WHERE name = $3 AND holder = $4")
        .bind(now + backoff::after_failure(attempts).min(cap.max(1)))
        .bind(error.chars().take(300).collect::<String>())
        .bind(name)
        .bind(holder)
        .execute(pool)
        .await?;
    Ok(())
}

/// Runs `work` as the job `name` every `every` (this server's first turn
/// after `first`), on whichever server claims it first, for as long as
/// this server runs. `lease` must be longer than the work takes.
pub fn repeat<F, Fut>(pool: AnyPool, name: &'static str, first: Duration, every: Duration, lease: Duration, work: F)
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    tokio::spawn(async move {
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + first, every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let now = super::now();
            if let Err(e) = run_once(&pool, name, now, every, lease, &work).await {
                tracing::warn!(job = name, error = %e, "could not run a background job");
            }
        }
    });
}

/// One turn of a repeating job at `now`: claim, work, finish (due again
/// `every` after `now`) or record the failure. Answers whether this server
/// ran it.
pub async fn run_once<F, Fut>(pool: &AnyPool, name: &str, now: i64, every: Duration, lease: Duration, work: &F) -> Result<bool, sqlx::Error>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<(), String>>,
{
    ensure(pool, name, now).await?;
    if !claim(pool, name, holder(), now, lease.as_secs() as i64).await? {
        return Ok(false);
    }
    match work().await {
        Ok(()) => {
            if !finish(pool, name, holder(), now, Some(now + every.as_secs().max(1) as i64)).await? {
                tracing::warn!(job = name, "a job outlasted its lease; another server may have run it too");
            }
        }
        Err(e) => {
            tracing::warn!(job = name, error = %e, "background job failed; tried again later");
            // a job that runs every few seconds is not held back for an hour
            fail(pool, name, holder(), now, &e, (every.as_secs() as i64).saturating_mul(4).max(30)).await?;
        }
    }
    Ok(true)
}
