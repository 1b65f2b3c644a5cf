//! The router: Leptos pages and server functions, settings forms, health
//! check, static files, and the middleware every response passes through.
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, handle_server_fns_with_context, LeptosRoutes};
use linli_server_fn::domain::otp::Policy;
use linli_server_fn::ssr::sms::LogSender;
use linli_server_fn::ssr::{seed, store, AppState};
use std::time::Duration;
use tower_http::compression::CompressionLayer;

use super::{page_cache, prefs, security, Config};
use crate::app::{shell, App};

/// A kiosk session ends at the latest four hours after it began.
pub const KIOSK_SESSION_MAX_SECS: i64 = 4 * 3600;

/// Opens the store, seeds the demo if asked, and returns the state.
pub async fn state(config: &Config) -> Result<AppState, Box<dyn std::error::Error + Send + Sync>> {
    config.check()?;
    let apps = crate::apps::ALL;
    let pool = store::connect(&config.database_url, apps).await?;
    let made_as = store::created_as(&pool, config.demo).await?;
    if config.demo && made_as != "demo" {
        return Err(format!(
            "refusing to start in demo mode on {}: it was not created as a demo database (demo mode shows every sign-in code on screen)",
            config.database_url
        )
        .into());
    }
    if !config.demo && made_as == "demo" {
        tracing::warn!("this database was created as a demo database; its residents and codes are fictional");
    }
    if config.demo && seed::seed_demo_if_empty(&pool, apps).await? {
        tracing::info!("seeded the demo community");
    }
    for app in apps {
        if let Some(load) = app.server.load {
            if load(&pool).await? {
                tracing::info!(app = app.slug, "loaded what every store needs");
            }
        }
    }
    let secret: Arc<[u8]> = match &config.secret {
        Some(s) => s.as_bytes().into(),
        None => linli_server_fn::ssr::session::random_token().into_bytes().into(),
    };
    let replica = match &config.replica_url {
        Some(url) => Some(store::open(url).await.map_err(|e| format!("LINLI_DATABASE_REPLICA_URL: {e}"))?),
        None => None,
    };
    let mut state = AppState {
        replica,
        apps,
        provided: Default::default(),
        public_url: config.public_url.clone(),
        upload_dir: config.upload_dir.clone(),
        files: if config.files_in_database {
            linli_server_fn::ssr::files::Files::Database(pool.clone())
        } else {
            linli_server_fn::ssr::files::Files::Folder(config.upload_dir.clone())
        },
        sms: Arc::new(LogSender { pool: pool.clone(), demo: config.demo }),
        notify: linli_server_fn::ssr::notify::InboxNotifier::new(pool.clone()),
        pool,
        demo: config.demo,
        otp: Policy::default(),
        secure_cookies: config.secure_cookies,
        trust_proxy: config.trust_proxy,
        trusted_proxies: config.trusted_proxies.clone().into(),
        kiosk_session_max: KIOSK_SESSION_MAX_SECS,
        kiosk_idle_secs: config.kiosk_idle_secs,
        kiosk_grace_secs: config.kiosk_grace_secs,
        session_ttl: config.session_hours * 3600,
        secret,
    };
    state.provided = Arc::new(linli_server_fn::ssr::apps::start(&state, apps, &config.settings)?);
    linli_server_fn::ssr::housekeeping::spawn(state.clone(), Duration::from_secs(600));
    Ok(state)
}

/// `GET /kiosk/ended`: where a kiosk without JavaScript lands when nobody
/// answered "are you still there?". The server has already ended the session
/// (the idle page does not count as activity); this resets the display
/// settings and starts again. It signs no one out, so a link from another
/// site can do no harm.
async fn kiosk_ended(State(state): State<AppState>, req: axum::extract::Request) -> axum::response::Response {
    use axum::response::IntoResponse;
    let mut res = axum::response::Redirect::to("/").into_response();
    if linli_server_fn::ssr::request::kiosk_mode(&req.into_parts().0).on {
        for v in prefs::kiosk_ended_cookies(&state) {
            res.headers_mut().append(axum::http::header::SET_COOKIE, v);
        }
    }
    res
}

/// `GET /healthz`: whether the store answers, which backend it is and
/// whether its migrations are current, for an operator (plain text).
async fn healthz(State(state): State<AppState>) -> (StatusCode, String) {
    let backend = store::Backend::of(&state.pool).name();
    if !store::healthy(&state.pool).await {
        return (StatusCode::SERVICE_UNAVAILABLE, format!("store: {backend}, not answering\n"));
    }
    let migrations = match store::migrations_current(&state.pool, state.apps).await {
        Ok(true) => "current",
        Ok(false) => "behind (a migration is running or still to run)",
        Err(_) => "unknown",
    };
    (StatusCode::OK, format!("store: {backend}, answering\nmigrations: {migrations}\n"))
}

/// `POST /me/data.json` (the form on /me/data): everything Linli keeps about
/// the person signed in, as a download (never cached, never for anyone
/// else). A form, not a link: nothing that follows links downloads it.
async fn my_data(State(state): State<AppState>, headers: http::HeaderMap) -> axum::response::Response {
    use axum::response::IntoResponse;
    let user = match linli_server_fn::ssr::session::user_id(&state.pool, &headers).await {
        Ok(Some(u)) => u,
        Ok(None) => return axum::response::Redirect::to("/login?next=/me/data").into_response(),
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    match linli_server_fn::people::ssr::account::export(&state.pool, state.apps, &user).await {
        Ok(doc) => (
            [
                (http::header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (http::header::CONTENT_DISPOSITION, "attachment; filename=\"linli-my-data.json\""),
                (http::header::CACHE_CONTROL, "no-store"),
            ],
            format!("{doc:#}"),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `GET /readyz`: for a load balancer. 503 while the store does not answer
/// or this server's migrations are not all applied (another server is
/// running them), so requests go to the other servers meanwhile.
async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match store::migrations_current(&state.pool, state.apps).await {
        Ok(true) => (StatusCode::OK, "ready\n"),
        Ok(false) => (StatusCode::SERVICE_UNAVAILABLE, "migrations not current\n"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "store not answering\n"),
    }
}

/// Router state: the Leptos options for the page handlers, our state for ours.
#[derive(Clone, axum::extract::FromRef)]
pub struct ServerState {
    pub leptos_options: LeptosOptions,
    pub app: AppState,
}

/// The route list, generated once per process. Generating it sets a
/// process-wide flag in leptos_server that stalls any resource first polled
/// meanwhile (leptos issue #4773), so it must never run beside a render —
/// which it would if every test server generated its own.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The whole app as an axum router.
pub fn build(state: AppState, options: LeptosOptions) -> Router {
    let routes = route_list();
    let ctx_state = state.clone();
    let fn_state = state.clone();
    let err_state = state.clone();
    let page_options = options.clone();
    let server_state = ServerState { leptos_options: options.clone(), app: state.clone() };
    crate::apps::http_routes(Router::new())
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/me/data.json", post(my_data))
        .route("/prefs/lang", post(prefs::set_lang))
        .route("/prefs/elder", post(prefs::set_elder))
        .route("/prefs/size", post(prefs::set_size))
        .route("/kiosk/clear", post(prefs::kiosk_clear))
        .route("/kiosk/still-here", post(prefs::kiosk_still_here))
        .route("/kiosk/ended", get(kiosk_ended))
        .route(
            "/api/{*fn_name}",
            post(move |req: axum::extract::Request| {
                let s = fn_state.clone();
                handle_server_fns_with_context(move || provide_context(s.clone()), req)
            }),
        )
        .leptos_routes_with_context(
            &server_state,
            routes,
            move || {
                provide_context(ctx_state.clone());
                // one session lookup per page, however many parts ask
                provide_context(linli_server_fn::ssr::session::SessionMemo::default());
            },
            move || shell(page_options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<ServerState, _>(move || provide_context(err_state.clone()), shell))
        .layer(axum::middleware::from_fn_with_state(state.clone(), prefs::remember_kiosk))
        .layer(axum::middleware::from_fn(security::refuse_cross_site))
        .layer(axum::middleware::from_fn(security::tidy_pages))
        .layer(axum::middleware::from_fn(security::hide_internal_errors))
        .layer(axum::middleware::from_fn_with_state(state.secure_cookies, security::headers))
        .layer(CompressionLayer::new())
        // outermost: a hit skips everything above, the body as it was compressed
        .layer(axum::middleware::from_fn_with_state(page_cache::PageCache::default(), page_cache::serve))
        .with_state(server_state)
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
pub async fn serve(config: Config, options: LeptosOptions) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let state = state(&config).await?;
    let app = build(state, options);
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    // Without TCP_NODELAY every kept-alive response stalls ~40 ms (Nagle + delayed ACK).
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    tracing::info!("Linli listening on http://{}", config.addr);
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
