//! Server-side sessions. The cookie carries 32 random bytes; the database
//! keeps only their SHA-256, so a copy of the database signs no one in.
use http::HeaderMap;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

use super::request::{cookie, SESSION_COOKIE};

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
    let token = random_token();
    let now = super::now();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, kiosk) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(hash_token(&token))
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(now + ttl)
    .bind(kiosk as i64)
    .execute(pool)
    .await?;
    Ok(token)
}

/// The signed-in user's id, if the request carries a live session.
pub async fn user_id(pool: &SqlitePool, headers: &HeaderMap) -> Result<Option<String>, sqlx::Error> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else { return Ok(None) };
    let now = super::now();
    let found: Option<(String,)> =
        sqlx::query_as("SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?")
            .bind(hash_token(&token))
            .bind(now)
            .fetch_optional(pool)
            .await?;
    if found.is_some() {
        sqlx::query("UPDATE sessions SET last_seen = ? WHERE token_hash = ?")
            .bind(now)
            .bind(hash_token(&token))
            .execute(pool)
            .await?;
    }
    Ok(found.map(|f| f.0))
}

/// Ends the session the request carries, if any.
pub async fn destroy(pool: &SqlitePool, headers: &HeaderMap) -> Result<(), sqlx::Error> {
    if let Some(token) = cookie(headers, SESSION_COOKIE) {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(hash_token(&token)).execute(pool).await?;
    }
    Ok(())
}
