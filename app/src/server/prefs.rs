//! Display preferences on the server: read from the request, and the
//! `/prefs/*` form handlers that change them.
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use http::request::Parts;
use leptos::prelude::*;
use linli_server_fn::ssr::request::{self, ELDER_COOKIE, KIOSK_COOKIE, LANG_COOKIE, SIZE_COOKIE};
use linli_server_fn::ssr::AppState;
use linli_server_fn::Lang;
use serde::Deserialize;

use crate::pages::kiosk::safe_next;
use crate::prefs::Prefs;

const YEAR: i64 = 365 * 24 * 3600;

pub fn from_parts(parts: &Parts, state: Option<&AppState>) -> Prefs {
    let headers = &parts.headers;
    Prefs {
        lang: request::lang(headers),
        elder: request::cookie(headers, ELDER_COOKIE).as_deref() == Some("1"),
        kiosk: request::kiosk_mode(parts).on,
        size: request::cookie(headers, SIZE_COOKIE).and_then(|s| Prefs::parse_size(&s)),
        demo: state.map(|s| s.demo).unwrap_or(false),
        kiosk_idle_secs: state.map(|s| s.kiosk_idle_secs).unwrap_or(120),
        kiosk_grace_secs: state.map(|s| s.kiosk_grace_secs).unwrap_or(30),
    }
}

/// The preferences of the request being rendered.
pub fn from_request() -> Prefs {
    let state = use_context::<AppState>();
    match use_context::<Parts>() {
        Some(parts) => from_parts(&parts, state.as_ref()),
        None => from_parts(&http::Request::new(()).into_parts().0, state.as_ref()),
    }
}

/// For a kiosk without JavaScript: where and when the page refreshes itself
/// (the idle question, then clearing the session).
pub fn kiosk_noscript_refresh(prefs: &Prefs) -> Option<(u32, String)> {
    if !prefs.kiosk {
        return None;
    }
    let parts = use_context::<Parts>()?;
    let path = parts.uri.path();
    if path == "/kiosk/idle" {
        // By then the server has ended the session itself (the idle page
        // does not count as activity); the end page resets the display.
        Some((prefs.kiosk_grace_secs, "/kiosk/ended".into()))
    } else {
        let here = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
        Some((prefs.kiosk_idle_secs, format!("/kiosk/idle?next={}", linli_server_fn::auth::server::enc(here))))
    }
}

#[derive(Deserialize)]
pub struct LangForm {
    lang: String,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct ElderForm {
    elder: String,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct SizeForm {
    size: String,
    next: Option<String>,
}

fn back_with_cookie(next: Option<String>, cookie: String) -> Response {
    let mut res = Redirect::to(&safe_next(next)).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

pub async fn set_lang(State(state): State<AppState>, headers: HeaderMap, Form(form): Form<LangForm>) -> Response {
    match Lang::from_tag(&form.lang) {
        Some(lang) => {
            // Signed in: texts sent later (codes, alerts) follow the choice too.
            if let Ok(Some(user)) = linli_server_fn::ssr::session::user_id(&state.pool, &headers).await {
                let _ = sqlx::query("UPDATE users SET preferred_lang = $1 WHERE id = $2")
                    .bind(lang.tag())
                    .bind(user)
                    .execute(&state.pool)
                    .await;
            }
            back_with_cookie(form.next, request::set_cookie(LANG_COOKIE, lang.tag(), Some(YEAR), false, state.secure_cookies))
        }
        // only a hand-made request gets here: go back, change nothing
        None => Redirect::to(&safe_next(form.next)).into_response(),
    }
}

pub async fn set_elder(State(state): State<AppState>, Form(form): Form<ElderForm>) -> Response {
    let on = form.elder == "1";
    back_with_cookie(form.next, request::set_cookie(ELDER_COOKIE, if on { "1" } else { "0" }, Some(YEAR), false, state.secure_cookies))
}

pub async fn set_size(State(state): State<AppState>, Form(form): Form<SizeForm>) -> Response {
    match Prefs::parse_size(&form.size) {
        Some(size) => {
            back_with_cookie(form.next, request::set_cookie(SIZE_COOKIE, &size.to_string(), Some(YEAR), false, state.secure_cookies))
        }
        None => Redirect::to(&safe_next(form.next)).into_response(),
    }
}

#[derive(Deserialize)]
pub struct KioskQuery {
    kiosk: Option<String>,
}

/// The community of the registered kiosk the request's device cookie names.
async fn registered_kiosk(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let token = request::cookie(headers, request::DEVICE_COOKIE)?;
    sqlx::query_scalar("SELECT community_id FROM kiosk_devices WHERE token_hash = $1 AND retired_at IS NULL")
        .bind(linli_server_fn::ssr::session::hash_token(&token))
        .fetch_optional(&state.pool)
        .await
        .ok()
        .flatten()
}

/// Middleware: decides whether the request comes from a kiosk and tells the
/// pages and server functions ([`request::KioskMode`]). `?kiosk=1` on any page
/// makes the screen a kiosk and keeps that in a cookie; a screen that staff
/// registered is always one. `?kiosk=0` does nothing: a kiosk cannot be
/// turned back into a personal browser by whoever stands at it — staff do
/// that on /staff/kiosks.
pub async fn remember_kiosk(
    State(state): State<AppState>,
    Query(q): Query<KioskQuery>,
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    req.headers_mut().remove(request::NO_TOUCH_HEADER);
    let cookie_on = request::cookie(req.headers(), KIOSK_COOKIE).as_deref() == Some("1");
    let asked = q.kiosk.as_deref() == Some("1");
    let device_community = registered_kiosk(&state, req.headers()).await;
    let on = cookie_on || asked || device_community.is_some();
    // "Are you still there?" is not activity: the session must run out on the
    // server although the page refreshes itself.
    if on && req.uri().path() == "/kiosk/idle" {
        req.headers_mut().insert(request::NO_TOUCH_HEADER, HeaderValue::from_static("1"));
    }
    req.extensions_mut().insert(request::KioskMode { on, device_community });
    let mut res = next.run(req).await;
    if on && !cookie_on {
        let cookie = request::set_cookie(KIOSK_COOKIE, "1", Some(YEAR), true, state.secure_cookies);
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

/// Cookies a shared screen must not keep for the next person.
fn personal_cookies(state: &AppState) -> Vec<HeaderValue> {
    [
        request::SESSION_COOKIE,
        request::SECURE_SESSION_COOKIE,
        request::LOGIN_COOKIE,
        ELDER_COOKIE,
        SIZE_COOKIE,
        LANG_COOKIE,
        linli_server_fn::ssr::flash::FLASH_COOKIE,
    ]
    .into_iter()
    .filter(|name| !(name.starts_with("__Host-") && !state.secure_cookies))
    .filter_map(|name| HeaderValue::from_str(&request::clear_cookie(name, state.secure_cookies)).ok())
    .collect()
}

/// `POST /kiosk/clear`: sign out, forget the pending sign-in and anything
/// typed, back to the start. Only the kiosk choice stays: it belongs to the
/// screen. A POST (from our own pages only), so no other site can sign a
/// person out with a link.
pub async fn kiosk_clear(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let _ = linli_server_fn::ssr::session::destroy(&state.pool, &headers).await;
    let _ = linli_server_fn::ssr::flash::forget_all(&state.pool, &headers).await;
    let mut res = Redirect::to("/").into_response();
    for v in personal_cookies(&state) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res.headers_mut().insert("clear-site-data", HeaderValue::from_static("\"cache\", \"storage\""));
    res
}

/// `POST /kiosk/still-here`: the kiosk page's timer says someone is using the
/// screen (touches, keys) although no page was loaded; keeps the session.
pub async fn kiosk_still_here(State(state): State<AppState>, headers: HeaderMap) -> axum::http::StatusCode {
    let _ = linli_server_fn::ssr::session::user_id(&state.pool, &headers).await;
    axum::http::StatusCode::NO_CONTENT
}

/// The display cookies to reset when a kiosk page says the session ended
/// (`GET /kiosk/ended`, where the no-JavaScript refresh lands). The session
/// itself has already run out on the server; nothing is signed out here.
pub fn kiosk_ended_cookies(state: &AppState) -> Vec<HeaderValue> {
    [ELDER_COOKIE, SIZE_COOKIE, LANG_COOKIE, request::LOGIN_COOKIE, linli_server_fn::ssr::flash::FLASH_COOKIE]
        .into_iter()
        .filter_map(|name| HeaderValue::from_str(&request::clear_cookie(name, state.secure_cookies)).ok())
        .collect()
}
