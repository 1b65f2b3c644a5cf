//! The SQLite store: connection, WAL mode, migrations (the core's and
//! every registered mini-app's, `ssr::apps::migrator`).
use std::str::FromStr;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

use crate::apps::MiniApp;

/// Opens (creating if needed) the database at `url`, in WAL mode, and runs
/// the migrations of the core and of `apps`.
pub async fn connect(url: &str, apps: &[&MiniApp]) -> Result<SqlitePool, sqlx::Error> {
    let migrator = super::apps::migrator(apps).map_err(|e| sqlx::Error::Configuration(e.into()))?;
    if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
        let path = path.split('?').next().unwrap_or(path);
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() && path != ":memory:" {
                let _ = std::fs::create_dir_all(parent);
            }
        }
    }
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(std::time::Duration::from_secs(5));
    // No ping before each query (`test_before_acquire`): an embedded SQLite
    // connection cannot drop like a network one, and the ping is a round trip
    // to the connection's thread on every query of every request.
    let pool = SqlitePoolOptions::new().max_connections(8).test_before_acquire(false).connect_with(options).await?;
    migrator.run(&pool).await?;
    Ok(pool)
}

/// The store answers a trivial query.
pub async fn healthy(pool: &SqlitePool) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(pool).await.is_ok()
}

/// How this database was made: "demo" or "production", recorded by the first
/// server that opened it (a database from before this record is judged by
/// whether it holds the demo residents). One statement, so two servers
/// starting at once agree.
pub async fn created_as(pool: &SqlitePool, demo: bool) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO store_meta (key, value)
         SELECT 'created_as',
                CASE WHEN NOT EXISTS (SELECT 1 FROM users) THEN ?
                     WHEN EXISTS (SELECT 1 FROM users WHERE phone = '13900000001') THEN 'demo'
                     ELSE 'production' END
         ON CONFLICT (key) DO NOTHING",
    )
    .bind(if demo { "demo" } else { "production" })
    .execute(pool)
    .await?;
    sqlx::query_scalar("SELECT value FROM store_meta WHERE key = 'created_as'").fetch_one(pool).await
}
