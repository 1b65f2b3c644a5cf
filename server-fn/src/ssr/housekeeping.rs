//! Housekeeping: removes what may no longer be used — expired sessions and
//! sign-in codes, typed-back form text past its time, and whatever each
//! mini-app's `sweep` removes (Government services: photos from forms that
//! were never sent, after a day). Every step is a plain conditional
//! DELETE, so a round that runs again after its server died does no harm.
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
