//! Housekeeping: removes what may no longer be used — expired sessions and
//! sign-in codes, typed-back form text past its time, photos from forms
//! that were never sent (after a day). Every step is a plain
//! conditional DELETE, so several servers running it at once do no harm.
use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::SqlitePool;

/// What one round removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub codes: u64,
    pub orphan_uploads: u64,
}

/// One round of housekeeping at `now`.
pub async fn sweep(pool: &SqlitePool, upload_dir: &Path, now: i64) -> Result<Swept, String> {
    let (sessions, codes) = super::session::purge_expired(pool, now).await.map_err(|e| e.to_string())?;
    let orphan_uploads = super::gov::uploads::purge_orphan_uploads(pool, upload_dir, now).await?;
    Ok(Swept { sessions, codes, orphan_uploads })
}

/// Runs [`sweep`] every `every`, for as long as the server runs.
pub fn spawn(pool: SqlitePool, upload_dir: PathBuf, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        loop {
            tick.tick().await;
            match sweep(&pool, &upload_dir, super::now()).await {
                Ok(s) if s != Swept::default() => {
                    tracing::info!(sessions = s.sessions, codes = s.codes, orphan_uploads = s.orphan_uploads, "housekeeping")
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
            }
        }
    });
}
