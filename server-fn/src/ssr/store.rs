//! The store: SQLite (embedded, the default) or PostgreSQL (a city), chosen
//! by the URL's scheme and reached through sqlx's `Any` driver, so one binary
//! speaks both and the code above runs the same SQL on either (`$1`
//! parameters, integers for money and times). Connects, and runs the
//! migrations of the core and of every registered mini-app for its backend
//! (`ssr::apps::migrator`).
use std::str::FromStr;

use sqlx::any::AnyPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::ConnectOptions;
use sqlx::{AnyPool, Connection};

use crate::apps::MiniApp;

/// Which database a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }

    /// The backend a pool was opened on.
    pub fn of(pool: &AnyPool) -> Backend {
        Backend::of_url(pool.connect_options().database_url.as_str()).unwrap_or(Backend::Sqlite)
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Opens the database at `url` (a SQLite file is created if needed, in WAL
/// mode) and runs the migrations of the core and of `apps`.
pub async fn connect(url: &str, apps: &[&MiniApp]) -> Result<AnyPool, sqlx::Error> {
    let pool = open(url).await?;
    let migrator = super::apps::migrator(apps, Backend::of(&pool)).map_err(|e| sqlx::Error::Configuration(e.into()))?;
    migrator.run(&pool).await?;
    Ok(pool)
}

/// Opens the pool without migrating.
pub async fn open(url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    match Backend::of_url(url) {
        Some(Backend::Sqlite) => {
            if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
                let path = path.split('?').next().unwrap_or(path);
                if let Some(parent) = std::path::Path::new(path).parent() {
                    if !parent.as_os_str().is_empty() && path != ":memory:" {
                        let _ = std::fs::create_dir_all(parent);
                    }
                }
            }
            // Create the file and put it in WAL mode (kept by the file) with
            // the SQLite driver itself; the pool then opens it through `Any`.
            let first = SqliteConnectOptions::from_str(url)?.create_if_missing(true).journal_mode(SqliteJournalMode::Wal).connect().await?;
            first.close().await?;
            // No ping before each query (`test_before_acquire`): an embedded
            // SQLite connection cannot drop like a network one, and the ping
            // is a round trip to the connection's thread on every query.
            AnyPoolOptions::new()
                .max_connections(8)
                .test_before_acquire(false)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        sqlx::Executor::execute(&mut *conn, "PRAGMA synchronous = NORMAL").await?;
                        Ok(())
                    })
                })
                .connect(url)
                .await
        }
        Some(Backend::Postgres) => AnyPoolOptions::new().max_connections(16).connect(url).await,
        None => {
            Err(sqlx::Error::Configuration(format!("LINLI_DATABASE_URL must start with sqlite:// or postgres:// (got {url:?})").into()))
        }
    }
}

/// A write transaction whose reads stay true until it commits. On SQLite it
/// takes the single writer's lock from its first statement (`BEGIN
/// IMMEDIATE`); on PostgreSQL it is a plain transaction, and what it reads
/// to decide is locked with [`for_update`].
pub async fn begin_write(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match Backend::of(pool) {
        Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => pool.begin().await,
    }
}

/// The row-lock suffix of a `SELECT` inside [`begin_write`]: `FOR UPDATE`
/// on PostgreSQL; nothing on SQLite, whose write transaction already holds
/// the whole database.
pub fn for_update(tx: &sqlx::AnyConnection) -> &'static str {
    if tx.backend_name() == <sqlx::Postgres as sqlx::Database>::NAME {
        " FOR UPDATE"
    } else {
        ""
    }
}

/// Holds `key` until the transaction on `tx` ends, for every server on the
/// database: a transaction-level advisory lock on PostgreSQL (two servers
/// deciding about the same thing wait for each other); nothing on SQLite,
/// whose write transaction ([`begin_write`]) already excludes every other
/// writer. Take keys in one order (idempotency key, then the things paid
/// for) so that two transactions never wait for each other in a circle.
pub async fn lock_key(tx: &mut sqlx::AnyConnection, key: &str) -> Result<(), sqlx::Error> {
    if tx.backend_name() == <sqlx::Postgres as sqlx::Database>::NAME {
        sqlx::query_scalar::<_, i64>("SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS held")
            .bind(key_number(key))
            .fetch_one(&mut *tx)
            .await?;
    }
    Ok(())
}

/// A key's lock number: FNV-1a, the same on every server and every release
/// (not `std`'s hasher, which is random per process).
fn key_number(key: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h as i64
}

/// Whether every migration this server knows (the core's and `apps'`) is
/// applied. A newer server may have applied more; that is fine.
pub async fn migrations_current(pool: &AnyPool, apps: &[&MiniApp]) -> Result<bool, sqlx::Error> {
    let wanted = super::apps::migrator(apps, Backend::of(pool)).map_err(|e| sqlx::Error::Configuration(e.into()))?;
    let applied: Vec<i64> = sqlx::query_scalar("SELECT CAST(version AS BIGINT) FROM _sqlx_migrations").fetch_all(pool).await?;
    Ok(wanted.iter().all(|m| applied.contains(&m.version)))
}

/// The store answers a trivial query.
pub async fn healthy(pool: &AnyPool) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(pool).await.is_ok()
}

/// How this database was made: "demo" or "production", recorded by the first
/// server that opened it (a database from before this record is judged by
/// whether it holds the demo residents). One statement, so two servers
/// starting at once agree.
pub async fn created_as(pool: &AnyPool, demo: bool) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO store_meta (key, value)
         SELECT 'created_as',
                CASE WHEN NOT EXISTS (SELECT 1 FROM users) THEN $1
                     WHEN EXISTS (SELECT 1 FROM users WHERE phone = '13900000001') THEN 'demo'
                     ELSE 'production' END
         ON CONFLICT (key) DO NOTHING",
    )
    .bind(if demo { "demo" } else { "production" })
    .execute(pool)
    .await?;
    sqlx::query_scalar("SELECT value FROM store_meta WHERE key = 'created_as'").fetch_one(pool).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_numbers_are_fixed_and_differ() {
        // fixed across processes and releases: two servers must agree
        assert_eq!(key_number(""), 0xcbf2_9ce4_8422_2325_u64 as i64);
        assert_ne!(key_number("pay:bill:b-1"), key_number("pay:bill:b-2"));
    }

    #[test]
    fn backend_from_url() {
        assert_eq!(Backend::of_url("sqlite://x.db"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgres://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("postgresql://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://u@h/db"), None);
    }
}
