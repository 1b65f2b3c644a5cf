//! What a person typed into a form that comes back with an error. It is kept
//! on the server (a row per browser and form, keyed by a random id in an
//! HttpOnly cookie) and never travels in a URL: URLs end up in proxy logs,
//! in the `Referer` of the next request and in a shared kiosk's history.
use std::collections::HashMap;

use http::HeaderMap;
use sqlx::AnyPool;

use super::request::{cookie, set_cookie};

/// The cookie that names this browser's box of typed-back forms.
pub const FLASH_COOKIE: &str = "linli_typed";
/// How long typed text is kept for the form to be shown again.
pub const KEEP_SECS: i64 = 30 * 60;
/// At most this many characters of one field are kept (fields have their own,
/// smaller limits; this bounds what a hand-made request can store).
pub const MAX_FIELD_CHARS: usize = 20_000;
/// At most this many fields per form.
pub const MAX_FIELDS: usize = 64;

fn valid_box(id: &str) -> bool {
    id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Keeps `fields` as typed into `form` for the browser that sent `headers`.
/// Returns the `Set-Cookie` value to add to the response (it names the box,
/// a new one when the browser had none).
pub async fn keep(pool: &AnyPool, headers: &HeaderMap, secure: bool, form: &str, fields: &[(&str, &str)]) -> Result<String, sqlx::Error> {
    let id = cookie(headers, FLASH_COOKIE).filter(|c| valid_box(c)).unwrap_or_else(super::session::random_token);
    let map: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .take(MAX_FIELDS)
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.chars().take(MAX_FIELD_CHARS).collect())))
        .collect();
    let data = serde_json::Value::Object(map).to_string();
    sqlx::query(
        "INSERT INTO form_flash (box, form, data, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (box, form) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
    )
    .bind(&id)
    .bind(form)
    .bind(data)
    .bind(super::now() + KEEP_SECS)
    .execute(pool)
    .await?;
    Ok(set_cookie(FLASH_COOKIE, &id, Some(KEEP_SECS), true, secure))
}

/// What was kept for `form` in this browser's box (empty when nothing was).
pub async fn read(pool: &AnyPool, headers: &HeaderMap, form: &str) -> Result<HashMap<String, String>, sqlx::Error> {
    let Some(id) = cookie(headers, FLASH_COOKIE).filter(|c| valid_box(c)) else { return Ok(HashMap::new()) };
    let data: Option<String> = sqlx::query_scalar("SELECT data FROM form_flash WHERE box = $1 AND form = $2 AND expires_at > $3")
        .bind(&id)
        .bind(form)
        .bind(super::now())
        .fetch_optional(pool)
        .await?;
    let Some(data) = data else { return Ok(HashMap::new()) };
    let value: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
    Ok(value
        .as_object()
        .map(|m| m.iter().filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string()))).collect())
        .unwrap_or_default())
}

/// Forgets what was kept for `form` (after the form went through).
pub async fn forget(pool: &AnyPool, headers: &HeaderMap, form: &str) -> Result<(), sqlx::Error> {
    if let Some(id) = cookie(headers, FLASH_COOKIE).filter(|c| valid_box(c)) {
        sqlx::query("DELETE FROM form_flash WHERE box = $1 AND form = $2").bind(&id).bind(form).execute(pool).await?;
    }
    Ok(())
}

/// Forgets everything this browser's box holds (signing out, clearing a kiosk).
pub async fn forget_all(pool: &AnyPool, headers: &HeaderMap) -> Result<(), sqlx::Error> {
    if let Some(id) = cookie(headers, FLASH_COOKIE).filter(|c| valid_box(c)) {
        sqlx::query("DELETE FROM form_flash WHERE box = $1").bind(&id).execute(pool).await?;
    }
    Ok(())
}

/// Inside a server function: keeps `fields` for `form` and adds the cookie to
/// the response.
pub async fn keep_here(form: &str, fields: &[(&str, &str)]) -> Result<(), String> {
    use leptos::prelude::use_context;
    let state = use_context::<super::AppState>().ok_or("no app state")?;
    let parts = use_context::<http::request::Parts>().ok_or("no request")?;
    let set = keep(&state.pool, &parts.headers, state.secure_cookies, form, fields).await.map_err(|e| e.to_string())?;
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&set)) {
        res.append_header(http::header::SET_COOKIE, v);
    }
    Ok(())
}

/// Inside a server function or a page render: what was kept for `form`.
pub async fn read_here(form: &str) -> Result<HashMap<String, String>, String> {
    use leptos::prelude::use_context;
    let state = use_context::<super::AppState>().ok_or("no app state")?;
    let parts = use_context::<http::request::Parts>().ok_or("no request")?;
    read(&state.pool, &parts.headers, form).await.map_err(|e| e.to_string())
}

/// Inside a server function: forgets what was kept for `form`.
pub async fn forget_here(form: &str) -> Result<(), String> {
    use leptos::prelude::use_context;
    let state = use_context::<super::AppState>().ok_or("no app state")?;
    let parts = use_context::<http::request::Parts>().ok_or("no request")?;
    forget(&state.pool, &parts.headers, form).await.map_err(|e| e.to_string())
}
