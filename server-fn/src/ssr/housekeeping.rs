//! Housekeeping: removes what may no longer be used — expired sessions and
//! sign-in codes, typed-back form text past its time, old inbox messages,
//! and whatever each mini-app's `sweep` removes (Government services:
//! photos from forms that were never sent, after a day). Every step is a
//! plain conditional DELETE, so a round that runs again after its server
//! died does no harm.
use std::time::Duration;

use super::AppState;

/// What one round removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub codes: u64,
    /// Removed by the mini-apps' sweeps.
    pub by_apps: u64,
}

/// One round of housekeeping at `now`.
pub async fn sweep(state: &AppState, now: i64) -> Result<Swept, String> {
    let (sessions, codes) = super::session::purge_expired(&state.pool, now).await.map_err(|e| e.to_string())?;
    // A register file with problems is kept to give it back for mending:
    // for a week, then it goes (it names people). Codes for a phone change
    // go when they no longer work.
    let e = |e: sqlx::Error| e.to_string();
    sqlx::query("DELETE FROM register_imports WHERE created_at < $1").bind(now - 7 * 86_400).execute(&state.pool).await.map_err(e)?;
    sqlx::query("DELETE FROM phone_changes WHERE expires_at < $1").bind(now - 86_400).execute(&state.pool).await.map_err(e)?;
    // inbox messages read long ago, and any very old one (`ssr::inbox`)
    super::inbox::sweep(&state.pool, now).await.map_err(e)?;
    let mut by_apps = 0;
    for app in state.apps {
        if let Some(sweep) = app.server.sweep {
            // one mini-app's failure does not keep the others from sweeping
            match sweep(state, now).await {
                Ok(n) => by_apps += n,
                Err(e) => tracing::warn!(app = app.slug, error = %e, "housekeeping of a mini-app failed"),
            }
        }
    }
    Ok(Swept { sessions, codes, by_apps })
}

/// Runs [`sweep`] every `every`, on one server at a time (the job
/// `core:housekeeping`, `ssr::jobs`), for as long as the server runs.
pub fn spawn(state: AppState, every: Duration) {
    let pool = state.pool.clone();
    super::jobs::repeat(pool, "core:housekeeping", every, every, Duration::from_secs(600), move || {
        let state = state.clone();
        async move {
            let s = sweep(&state, super::now()).await?;
            if s != Swept::default() {
                tracing::info!(sessions = s.sessions, codes = s.codes, by_apps = s.by_apps, "housekeeping");
            }
            Ok(())
        }
    });
}
