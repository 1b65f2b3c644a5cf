//! News on the server: fetching feed sources over HTTP and parsing them.
pub mod fetch;
pub mod job;
pub mod newsroom;
pub mod parse;
pub mod publish;
pub mod read;
pub mod seed;
pub mod speech;

use crate::ssr::apps::{BoxFuture, ServerPart};

/// News's server part of its descriptor.
pub const SERVER: ServerPart = ServerPart {
    migrations: Some(crate::ssr::apps::Migrations { sqlite: &SQLITE_MIGRATIONS, postgres: &POSTGRES_MIGRATIONS }),
    settings: &["LINLI_ADDR"],
    load: None,
    seed_demo: Some(seed_demo),
    start: Some(start),
    sweep: None,
    export: Some(export),
    forget: Some(forget),
};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/news/migrations");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/news/migrations/postgres");

/// Starts News's background work: the feed job (due sources, a few a turn)
/// and the speech job (recordings of notices with espeak-ng), each run by
/// one server at a time (`ssr::jobs`).
fn start(state: &crate::ssr::AppState, settings: &crate::ssr::apps::Settings, _: &mut http::Extensions) -> Result<(), String> {
    use std::time::Duration;
    // Demo mode only: the demo's feed sources are this server's own fixture
    // feeds on loopback, so loopback is allowed for this server's own
    // address — and for nothing else. Outside demo mode loopback stays refused.
    let own_base = state.demo.then(|| {
        let addr = settings.0.get("LINLI_ADDR").cloned().unwrap_or_else(|| "127.0.0.1:3000".into());
        format!("http://{addr}")
    });
    let config = job::JobConfig { fetch: fetch::FetchConfig::default(), own_base };
    let pool = state.pool.clone();
    crate::ssr::jobs::repeat(
        state.pool.clone(),
        "news-feeds",
        Duration::from_secs(5),
        Duration::from_secs(30),
        Duration::from_secs(300),
        move || {
            let pool = pool.clone();
            let config = config.clone();
            async move {
                job::run_due(&pool, &config, crate::ssr::jobs::holder(), crate::ssr::now()).await.map(|_| ()).map_err(|e| e.to_string())
            }
        },
    );
    let st = state.clone();
    crate::ssr::jobs::repeat(
        state.pool.clone(),
        "news-speech",
        Duration::from_secs(5),
        Duration::from_secs(15),
        Duration::from_secs(300),
        move || {
            let st = st.clone();
            async move { speech::run(&st.pool, &st.files).await.map(|_| ()) }
        },
    );
    Ok(())
}

fn seed_demo(tx: &mut sqlx::AnyConnection, now: i64) -> BoxFuture<'_, Result<(), sqlx::Error>> {
    Box::pin(seed::seed_demo(tx, now))
}

/// A deleted account's marks of what it read go (the notices stay: staff
/// wrote them for everyone).
fn forget<'a>(conn: &'a mut sqlx::AnyConnection, user: &'a str, _now: i64) -> BoxFuture<'a, Result<(), sqlx::Error>> {
    Box::pin(async move {
        sqlx::query("DELETE FROM news_reads WHERE user_id = $1").bind(user).execute(&mut *conn).await?;
        Ok(())
    })
}

/// The notices a person has opened, for "download my data".
fn export<'a>(pool: &'a sqlx::AnyPool, user: &'a str) -> BoxFuture<'a, Result<serde_json::Value, sqlx::Error>> {
    use crate::people::ssr::account::rows;
    Box::pin(async move {
        let reads =
            rows(pool, "SELECT notice_id, read_at FROM news_reads WHERE user_id = $1 ORDER BY read_at", user, &["notice", "read_at"])
                .await?;
        let written = rows(
            pool,
            "SELECT id, msg_type, created_at FROM news_notices WHERE created_by = $1 ORDER BY created_at",
            user,
            &["id", "msg_type", "created_at"],
        )
        .await?;
        Ok(serde_json::json!({ "read": reads, "written": written }))
    })
}
