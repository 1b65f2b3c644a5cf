//! Government services (issue #4), server side: cases (grid reports and
//! 12345 requests), photos, application documents and visits.
pub mod cases;
pub mod catalogue;
pub mod documents;
pub mod photos;
pub mod seed;
pub mod trend;
pub mod uploads;
pub mod visits;

use crate::ssr::apps::{BoxError, BoxFuture, ServerPart};
use crate::ssr::AppState;

/// Government services' server part of its descriptor.
pub const SERVER: ServerPart = ServerPart {
    migrations: Some(crate::ssr::apps::Migrations { sqlite: &SQLITE_MIGRATIONS, postgres: &POSTGRES_MIGRATIONS }),
    settings: &[],
    load: Some(load),
    seed_demo: Some(seed_demo),
    start: None,
    sweep: Some(sweep),
    export: Some(export),
    forget: None,
};

/// A person's reports, requests and applications, for "download my data".
fn export<'a>(pool: &'a sqlx::AnyPool, user: &'a str) -> BoxFuture<'a, Result<serde_json::Value, sqlx::Error>> {
    use crate::people::ssr::account::rows;
    Box::pin(async move {
        let cases = rows(
            pool,
            "SELECT id, kind, category, status, created_at FROM cases WHERE reporter_id = $1 ORDER BY created_at",
            user,
            &["id", "kind", "category", "status", "created_at"],
        )
        .await?;
        let applications = rows(
            pool,
            "SELECT id, item_id, status, answers, created_at, submitted_at FROM applications WHERE user_id = $1 ORDER BY created_at",
            user,
            &["id", "item_id", "status", "answers", "created_at", "submitted_at"],
        )
        .await?;
        Ok(serde_json::json!({ "cases": cases, "applications": applications }))
    })
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/gov/migrations");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/gov/migrations/postgres");

/// The service catalogue is the same everywhere: loaded into any empty store.
fn load(pool: &sqlx::AnyPool) -> BoxFuture<'_, Result<bool, BoxError>> {
    Box::pin(catalogue::seed_if_empty(pool))
}

fn seed_demo(tx: &mut sqlx::AnyConnection, now: i64) -> BoxFuture<'_, Result<(), sqlx::Error>> {
    Box::pin(seed::seed_demo(tx, now))
}

/// Photos from forms that were never sent, after a day.
fn sweep(state: &AppState, now: i64) -> BoxFuture<'_, Result<u64, String>> {
    Box::pin(uploads::purge_orphan_uploads(&state.pool, &state.files, now))
}
