//! News (社区融媒体): urgent notices for the resident, one feed merging the
//! community's own notices and its channels elsewhere, read-aloud, and the
//! staff's newsroom.
pub mod api;
pub mod islands;
pub mod newsroom;
pub mod pages;

use leptos::prelude::*;

/// News's pages.
#[component(transparent)]
pub fn NewsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use self::newsroom::{NewsroomPage, NoticeCheckPage, NoticeFormPage};
    use self::pages::{NewsHome, NoticePage};
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/news") view=NewsHome ssr=SsrMode::Async />
        <Route path=path!("/news/notices/:id") view=NoticePage ssr=SsrMode::Async />
        <Route path=path!("/newsroom") view=NewsroomPage ssr=SsrMode::Async />
        <Route path=path!("/newsroom/notices/new") view=NoticeFormPage ssr=SsrMode::Async />
        <Route path=path!("/newsroom/notices/check") view=NoticeCheckPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// News's own HTTP routes: the published feeds, recordings, the newsroom's
/// forms (a notice's buildings and grids are repeated checkboxes) and, in
/// demo mode only, the fixture feeds the demo's sources read.
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    use axum::routing::{get, post};
    router
        .route("/news/feed.xml", get(http::atom))
        .route("/news/feed.json", get(http::json))
        .route("/news/audio/{id}/{lang}", get(http::audio))
        .route("/newsroom/notices/check", post(http::check))
        .route("/newsroom/notices/publish", post(http::publish))
        .route("/newsroom/notices/{id}/cancel", post(http::cancel))
        .route(
            "/newsroom/notices/{id}/audio",
            post(http::attach_audio).layer(axum::extract::DefaultBodyLimit::max(linli_server_fn::news::newsroom::AUDIO_MAX + 64 * 1024)),
        )
        .route("/newsroom/sources", post(http::add_source))
        .route("/newsroom/sources/{id}/remove", post(http::remove_source))
        .route("/demo/feeds/{name}", get(http::demo_feed))
}

#[cfg(feature = "ssr")]
mod http {
    use std::collections::HashMap;

    use axum::body::Body;
    use axum::extract::{Form, Path, Query, State};
    use axum::http::{header, HeaderMap, StatusCode};
    use axum::response::{IntoResponse, Redirect, Response};
    use linli_server_fn::news::ssr::{newsroom, publish};
    use linli_server_fn::outcome::Back;
    use linli_server_fn::ssr::{session, AppState};

    fn base(state: &AppState, headers: &HeaderMap) -> String {
        if let Some(u) = &state.public_url {
            return u.trim_end_matches('/').to_string();
        }
        let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("127.0.0.1:3000");
        format!("{}://{host}", if state.secure_cookies { "https" } else { "http" })
    }

    async fn feed(state: AppState, headers: HeaderMap, q: HashMap<String, String>, json: bool) -> Response {
        let user = session::user_id(&state.pool, &headers).await.ok().flatten();
        let found = publish::community(state.read_pool(), q.get("community").map(String::as_str), user.as_deref()).await;
        let community = match found {
            Ok(Some(c)) => c,
            Ok(None) => return StatusCode::NOT_FOUND.into_response(),
            Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
        };
        let Ok(items) = publish::notices(state.read_pool(), &community).await else {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        };
        let title = linli_server_fn::i18n::t(linli_server_fn::Lang::ZhCn, "news-title");
        let b = base(&state, &headers);
        if json {
            ([(header::CONTENT_TYPE, "application/feed+json; charset=utf-8")], publish::json_feed(&b, &community, &title, &items))
                .into_response()
        } else {
            ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], publish::atom(&b, &community, &title, &items)).into_response()
        }
    }

    pub async fn atom(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> Response {
        feed(state, headers, q, false).await
    }

    pub async fn json(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> Response {
        feed(state, headers, q, true).await
    }

    /// A notice's recording (public, like the notice feeds).
    pub async fn audio(State(state): State<AppState>, Path((id, lang)): Path<(String, String)>) -> Response {
        let col = match lang.as_str() {
            "zh-CN" => "audio_zh",
            "ug" => "audio_ug",
            "en" => "audio_en",
            _ => return StatusCode::NOT_FOUND.into_response(),
        };
        let name: Result<Option<Option<String>>, _> =
            sqlx::query_scalar(&format!("SELECT {col} FROM news_notices WHERE id = $1")).bind(&id).fetch_optional(state.read_pool()).await;
        let Ok(Some(Some(name))) = name else { return StatusCode::NOT_FOUND.into_response() };
        let kind = if name.ends_with(".wav") {
            "audio/wav"
        } else if name.ends_with(".ogg") {
            "audio/ogg"
        } else {
            "audio/mpeg"
        };
        match state.files.get(&name).await {
            Ok(bytes) => ([(header::CONTENT_TYPE, kind)], Body::from(bytes)).into_response(),
            Err(_) => StatusCode::NOT_FOUND.into_response(),
        }
    }

    async fn signed_in(state: &AppState, headers: &HeaderMap) -> Option<String> {
        session::user_id(&state.pool, headers).await.ok().flatten()
    }

    fn answer(r: Result<(Back, Option<String>), sqlx::Error>) -> Response {
        match r {
            Ok((back, Some(cookie))) => ([(header::SET_COOKIE, cookie)], Redirect::to(&back.url())).into_response(),
            Ok((back, None)) => Redirect::to(&back.url()).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "news: a newsroom form failed");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        }
    }

    pub async fn check(State(state): State<AppState>, headers: HeaderMap, Form(fields): Form<Vec<(String, String)>>) -> Response {
        let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/newsroom").into_response() };
        let fields: Vec<(String, String)> = fields.into_iter().take(300).collect();
        answer(newsroom::post_check(&state, &headers, &me, &fields).await)
    }

    pub async fn publish(State(state): State<AppState>, headers: HeaderMap) -> Response {
        let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/newsroom").into_response() };
        answer(newsroom::post_publish(&state, &headers, &me).await.map(|b| (b, None)))
    }

    pub async fn cancel(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
        let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/newsroom").into_response() };
        answer(newsroom::post_cancel(&state, &me, &id).await.map(|b| (b, None)))
    }

    pub async fn attach_audio(
        State(state): State<AppState>,
        headers: HeaderMap,
        Path(id): Path<String>,
        form: axum::extract::Multipart,
    ) -> Response {
        let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/newsroom").into_response() };
        let form = crate::server::multipart::read(form, 20).await;
        let bytes = form.file("audio").map(|u| u.bytes.as_slice());
        answer(newsroom::attach_audio(&state, &me, &id, &form.get("lang"), bytes, form.too_large).await.map(|b| (b, None)))
    }

    pub async fn add_source(State(state): State<AppState>, headers: HeaderMap, Form(f): Form<HashMap<String, String>>) -> Response {
        let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/newsroom").into_response() };
        let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
        answer(newsroom::post_source(&state, &headers, &me, get("url"), get("name")).await)
    }

    pub async fn remove_source(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
        let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/newsroom").into_response() };
        answer(newsroom::post_remove_source(&state, &me, &id).await.map(|b| (b, None)))
    }

    const STREET_OFFICE: &str = include_str!("demo/street-office.xml");
    const CITY: &str = include_str!("demo/city.json");

    /// Demo mode only: the fixture feeds the demo's sources read.
    pub async fn demo_feed(State(state): State<AppState>, Path(name): Path<String>) -> Response {
        if !state.demo {
            return StatusCode::NOT_FOUND.into_response();
        }
        match name.as_str() {
            "street-office.xml" => ([(header::CONTENT_TYPE, "application/rss+xml; charset=utf-8")], STREET_OFFICE).into_response(),
            "city.json" => ([(header::CONTENT_TYPE, "application/feed+json; charset=utf-8")], CITY).into_response(),
            _ => StatusCode::NOT_FOUND.into_response(),
        }
    }
}
