//! Server-side sessions. The cookie carries 32 random bytes; the database
//! keeps only their SHA-256, so a copy of the database signs no one in.
use http::HeaderMap;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

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
pub async fn create(pool: &SqlitePool, user_id: &str, ttl: i64, kiosk: bool) -> Result<String, sqlx::Error> {
    insert(pool, user_id, ttl, kiosk, None).await
}

/// Creates a kiosk session: it ends `idle_secs` after the last request (the
/// screen's idle time plus grace), whatever the page does, and at the latest
/// `max_secs` after it began.
pub async fn create_kiosk(pool: &SqlitePool, user_id: &str, max_secs: i64, idle_secs: i64) -> Result<String, sqlx::Error> {
    insert(pool, user_id, max_secs, true, Some(idle_secs)).await
}

async fn insert(pool: &SqlitePool, user_id: &str, ttl: i64, kiosk: bool, idle: Option<i64>) -> Result<String, sqlx::Error> {
    let token = random_token();
    let now = super::now();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, kiosk, idle_secs) VALUES (?, ?, ?, ?, ?, ?, ?)",
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

/// The signed-in user's id, if the request carries a live session.
pub async fn user_id(pool: &SqlitePool, headers: &HeaderMap) -> Result<Option<String>, sqlx::Error> {
    let Some(token) = session_token(headers) else { return Ok(None) };
    let now = super::now();
    // A kiosk session is alive only while requests keep coming.
    let found: Option<(String,)> = sqlx::query_as(
        "SELECT user_id FROM sessions
         WHERE token_hash = ? AND expires_at > ? AND (idle_secs IS NULL OR last_seen + idle_secs > ?)",
    )
    .bind(hash_token(&token))
    .bind(now)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    if found.is_some() && !headers.contains_key(NO_TOUCH_HEADER) {
        sqlx::query("UPDATE sessions SET last_seen = ? WHERE token_hash = ? AND last_seen < ?")
            .bind(now)
            .bind(hash_token(&token))
            .bind(now)
            .execute(pool)
            .await?;
    }
    Ok(found.map(|f| f.0))
}

/// Ends the session the request carries, if any.
pub async fn destroy(pool: &SqlitePool, headers: &HeaderMap) -> Result<(), sqlx::Error> {
    if let Some(token) = session_token(headers) {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(hash_token(&token)).execute(pool).await?;
    }
    Ok(())
}

/// Removes sessions that can no longer sign anyone in (expired, or kiosk
/// sessions left idle) and sign-in codes past their time; run by the
/// housekeeping job. Returns (sessions, codes) removed.
pub async fn purge_expired(pool: &SqlitePool, now: i64) -> Result<(u64, u64), sqlx::Error> {
    let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= ? OR (idle_secs IS NOT NULL AND last_seen + idle_secs <= ?)")
        .bind(now)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
    // Codes are kept an hour past their expiry: the per-phone and per-address
    // limits count the last hour's codes.
    let codes = sqlx::query("DELETE FROM login_codes WHERE expires_at <= ? AND created_at <= ?")
        .bind(now)
        .bind(now - 3600)
        .execute(pool)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM form_flash WHERE expires_at <= ?").bind(now).execute(pool).await?;
    Ok((sessions, codes))
}
