//! Housekeeping: removes what may no longer be used — expired sessions and
//! sign-in codes, typed-back form text past its time. Every step is a plain
//! conditional DELETE, so several servers running it at once do no harm.
use std::time::Duration;

use sqlx::SqlitePool;

/// What one round removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub codes: u64,
}

/// One round of housekeeping at `now`.
pub async fn sweep(pool: &SqlitePool, now: i64) -> Result<Swept, sqlx::Error> {
    let (sessions, codes) = super::session::purge_expired(pool, now).await?;
    Ok(Swept { sessions, codes })
}

/// Runs [`sweep`] every `every`, for as long as the server runs.
pub fn spawn(pool: SqlitePool, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        loop {
            tick.tick().await;
            match sweep(&pool, super::now()).await {
                Ok(s) if s != Swept::default() => tracing::info!(sessions = s.sessions, codes = s.codes, "housekeeping"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
            }
        }
    });
}
