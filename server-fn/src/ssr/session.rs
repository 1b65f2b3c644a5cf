//! Server-side sessions. The cookie carries 32 random bytes; the database
//! keeps only their SHA-256, so a copy of the database signs no one in.
use http::HeaderMap;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use super::request::{session_token, NO_TOUCH_HEADER};

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Creates a session for `user_id`; returns the token for the cookie.
pub async fn create(pool: &AnyPool, user_id: &str, ttl: i64, kiosk: bool) -> Result<String, sqlx::Error> {
    insert(pool, user_id, ttl, kiosk, None).await
}

/// Creates a kiosk session: it ends `idle_secs` after the last request (the
/// screen's idle time plus grace), whatever the page does, and at the latest
/// `max_secs` after it began.
pub async fn create_kiosk(pool: &AnyPool, user_id: &str, max_secs: i64, idle_secs: i64) -> Result<String, sqlx::Error> {
    insert(pool, user_id, max_secs, true, Some(idle_secs)).await
}

async fn insert(pool: &AnyPool, user_id: &str, ttl: i64, kiosk: bool, idle: Option<i64>) -> Result<String, sqlx::Error> {
    let token = random_token();
    let now = super::now();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, kiosk, idle_secs) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(hash_token(&token))
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(now + ttl)
    .bind(kiosk as i64)
    .bind(idle)
    .execute(pool)
    .await?;
    Ok(token)
}

/// How old `last_seen` may get before a request writes it again. A personal
/// session keeps it only as a record (it expires by `expires_at`), so once a
/// minute is plenty; a kiosk session's life depends on it (`last_seen +
/// idle_secs`), so it is kept to the second, as the idle rule counts.
pub const TOUCH_EVERY_SECS: i64 = 60;
const KIOSK_TOUCH_EVERY_SECS: i64 = 1;

/// One session lookup per page: the page's handler provides a fresh memo
/// for each request (see `app::server::routes`), and every server function
/// the page calls while it renders shares the answer instead of asking the
/// database again. Outside a page render (server-function calls, plain
/// handlers) there is no memo and each call asks.
#[derive(Clone, Default)]
pub struct SessionMemo(std::sync::Arc<tokio::sync::OnceCell<Option<String>>>);

/// The signed-in user's id, if the request carries a live session.
pub async fn user_id(pool: &AnyPool, headers: &HeaderMap) -> Result<Option<String>, sqlx::Error> {
    match leptos::prelude::use_context::<SessionMemo>() {
        Some(memo) => memo.0.get_or_try_init(|| lookup(pool, headers)).await.cloned(),
        None => lookup(pool, headers).await,
    }
}

async fn lookup(pool: &AnyPool, headers: &HeaderMap) -> Result<Option<String>, sqlx::Error> {
    let Some(token) = session_token(headers) else { return Ok(None) };
    let now = super::now();
    let hash = hash_token(&token);
    // A kiosk session is alive only while requests keep coming.
    let found: Option<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT user_id, last_seen, idle_secs FROM sessions
         WHERE token_hash = $1 AND expires_at > $2 AND (idle_secs IS NULL OR last_seen + idle_secs > $3)",
    )
    .bind(&hash)
    .bind(now)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    let Some((user, last_seen, idle)) = found else { return Ok(None) };
    let every = if idle.is_some() { KIOSK_TOUCH_EVERY_SECS } else { TOUCH_EVERY_SECS };
    // Most requests write nothing. When one does, the UPDATE repeats the
    // condition, so servers sharing the database agree and `last_seen`
    // never moves backwards.
    if now - last_seen >= every && !headers.contains_key(NO_TOUCH_HEADER) {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2 AND last_seen <= $3")
            .bind(now)
            .bind(&hash)
            .bind(now - every)
            .execute(pool)
            .await?;
    }
    Ok(Some(user))
}

/// Ends the session the request carries, if any.
pub async fn destroy(pool: &AnyPool, headers: &HeaderMap) -> Result<(), sqlx::Error> {
    if let Some(token) = session_token(headers) {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(hash_token(&token)).execute(pool).await?;
    }
    Ok(())
}

/// Removes sessions that can no longer sign anyone in (expired, or kiosk
/// sessions left idle) and sign-in codes past their time; run by the
/// housekeeping job. Returns (sessions, codes) removed.
pub async fn purge_expired(pool: &AnyPool, now: i64) -> Result<(u64, u64), sqlx::Error> {
    let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR (idle_secs IS NOT NULL AND last_seen + idle_secs <= $2)")
        .bind(now)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
    // Codes are kept an hour past their expiry: the per-phone and per-address
    // limits count the last hour's codes.
    let codes = sqlx::query("DELETE FROM login_codes WHERE expires_at <= $1 AND created_at <= $2")
        .bind(now)
        .bind(now - 3600)
        .execute(pool)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM form_flash WHERE expires_at <= $1").bind(now).execute(pool).await?;
    Ok((sessions, codes))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn pool() -> (AnyPool, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("linli-session-{}.db", random_token()));
        let apps: &[&crate::apps::MiniApp] = &[&crate::pay::APP, &crate::gov::APP];
        let pool = super::super::store::connect(&format!("sqlite://{}", path.display()), apps).await.unwrap();
        super::super::seed::seed_demo_if_empty(&pool, apps).await.unwrap();
        (pool, path)
    }

    fn headers(token: &str, no_touch: bool) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::COOKIE, format!("linli_session={token}").parse().unwrap());
        if no_touch {
            h.insert(NO_TOUCH_HEADER, "1".parse().unwrap());
        }
        h
    }

    async fn set_last_seen(pool: &AnyPool, token: &str, at: i64) {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2")
            .bind(at)
            .bind(hash_token(token))
            .execute(pool)
            .await
            .unwrap();
    }

    async fn last_seen(pool: &AnyPool, token: &str) -> i64 {
        sqlx::query_scalar("SELECT last_seen FROM sessions WHERE token_hash = $1").bind(hash_token(token)).fetch_one(pool).await.unwrap()
    }

    #[tokio::test]
    async fn a_personal_session_records_activity_once_a_minute_a_kiosk_one_to_the_second() {
        let (pool, path) = pool().await;
        let user: String = sqlx::query_scalar("SELECT id FROM users ORDER BY id LIMIT 1").fetch_one(&pool).await.unwrap();
        let now = crate::ssr::now();

        let personal = create(&pool, &user, 3600, false).await.unwrap();
        set_last_seen(&pool, &personal, now - 30).await;
        assert_eq!(user_id(&pool, &headers(&personal, false)).await.unwrap().as_deref(), Some(user.as_str()));
        assert_eq!(last_seen(&pool, &personal).await, now - 30, "no write within the minute");
        set_last_seen(&pool, &personal, now - TOUCH_EVERY_SECS - 1).await;
        user_id(&pool, &headers(&personal, false)).await.unwrap();
        assert!(last_seen(&pool, &personal).await >= now, "written once it is a minute old");

        // A kiosk session lives by last_seen + idle: every second counts.
        let kiosk = create_kiosk(&pool, &user, 4 * 3600, 150).await.unwrap();
        set_last_seen(&pool, &kiosk, now - 2).await;
        assert!(user_id(&pool, &headers(&kiosk, false)).await.unwrap().is_some());
        assert!(last_seen(&pool, &kiosk).await >= now, "a kiosk request keeps the session alive to the second");
        // "Are you still there?" does not count as activity.
        set_last_seen(&pool, &kiosk, now - 100).await;
        assert!(user_id(&pool, &headers(&kiosk, true)).await.unwrap().is_some());
        assert_eq!(last_seen(&pool, &kiosk).await, now - 100);
        // Idle past its time: gone, and nothing brings it back.
        set_last_seen(&pool, &kiosk, now - 151).await;
        assert_eq!(user_id(&pool, &headers(&kiosk, false)).await.unwrap(), None);
        assert_eq!(last_seen(&pool, &kiosk).await, now - 151);

        pool.close().await;
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
    }
}
