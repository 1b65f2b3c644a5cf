//! Shared set-up for the integration tests: the whole server on a free port
//! with a fresh database, driven over HTTP as a browser without JavaScript would.
#![allow(dead_code)]
pub mod pg;

use std::net::SocketAddr;

use app::server::{build, routes::state, Config};
use leptos::config::LeptosOptions;
use linli_server_fn::ssr::AppState;
use reqwest::header::{ACCEPT, LOCATION, ORIGIN};
use reqwest::redirect::Policy;
use reqwest::Client;

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    /// The database URL, for a second server on the same database.
    pub db: String,
    _dir: Option<std::sync::Arc<tempfile::TempDir>>,
}

/// A server on `db` with `env` (demo mode unless `env` says otherwise), or
/// why it refused to start.
pub async fn try_start_on(db: &str, env: &[(&str, &str)]) -> Result<TestApp, String> {
    let mut env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    if !env.iter().any(|(k, _)| k == "LINLI_DEMO") {
        env.push(("LINLI_DEMO".into(), "1".into()));
    }
    // PostgreSQL asks for a shared secret even in demo mode: a demo test
    // server gets the tests' one (outside demo mode a test sets its own)
    let demo = env.iter().any(|(k, v)| k == "LINLI_DEMO" && v == "1");
    if db.starts_with("postgres") && demo && !env.iter().any(|(k, _)| k == "LINLI_SECRET") {
        env.push(("LINLI_SECRET".into(), "linli-tests-shared-secret-0123456789abcdef".into()));
    }
    let db_url = db.to_string();
    let config = Config::from_lookup(|k| {
        if k == "LINLI_DATABASE_URL" {
            return Some(db_url.clone());
        }
        env.iter().find(|(ek, _)| ek == k).map(|(_, v)| v.clone())
    })?;
    let state = state(&config).await.map_err(|e| e.to_string())?;
    let options = LeptosOptions::builder().output_name("linli").site_root("target/site").build();
    let router = build(state.clone(), options);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
    });
    Ok(TestApp { base: format!("http://{addr}"), state, db: db.to_string(), _dir: None })
}

/// A fresh database, as a URL: a SQLite file in a temporary folder, or with
/// `LINLI_TEST_DB=postgres` a new database on the tests' own throw-away
/// PostgreSQL (`pg.rs`). The folder also holds the server's uploads.
pub fn fresh_db() -> (std::sync::Arc<tempfile::TempDir>, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = if pg::wanted() { pg::fresh_database() } else { format!("sqlite://{}/linli.db", dir.path().display()) };
    (std::sync::Arc::new(dir), db)
}

/// The tests run on PostgreSQL (`LINLI_TEST_DB=postgres`).
pub fn on_postgres() -> bool {
    pg::wanted()
}

pub async fn start_with(env: &[(&str, &str)]) -> TestApp {
    let (dir, db) = fresh_db();
    let uploads = dir.path().join("uploads").display().to_string();
    let mut env = env.to_vec();
    if !env.iter().any(|(k, _)| *k == "LINLI_UPLOAD_DIR") {
        env.push(("LINLI_UPLOAD_DIR", &uploads));
    }
    let mut app = try_start_on(&db, &env).await.unwrap();
    app._dir = Some(dir);
    app
}

/// A second server on the same database as `first` (as behind a load balancer).
pub async fn second_server(first: &TestApp, env: &[(&str, &str)]) -> TestApp {
    let uploads = first.state.upload_dir.display().to_string();
    let mut env = env.to_vec();
    env.push(("LINLI_UPLOAD_DIR", &uploads));
    let mut app = try_start_on(&first.db, &env).await.unwrap();
    app._dir = first._dir.clone();
    app
}

/// One of two servers on one database, chosen at random for each request
/// (as a load balancer might).
pub fn either<'a>(a: &'a TestApp, b: &'a TestApp) -> &'a TestApp {
    if linli_server_fn::ssr::session::random_token().as_bytes()[0] % 2 == 0 {
        a
    } else {
        b
    }
}

pub async fn start() -> TestApp {
    start_with(&[]).await
}

pub fn client() -> Client {
    Client::builder().cookie_store(true).redirect(Policy::none()).timeout(std::time::Duration::from_secs(15)).build().unwrap()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A plain HTML form post, as a browser without JavaScript sends it.
    pub async fn post_form(&self, c: &Client, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        c.post(self.url(path)).header(ACCEPT, "text/html,application/xhtml+xml").header(ORIGIN, &self.base).form(form).send().await.unwrap()
    }

    pub async fn last_code(&self) -> String {
        let body: String =
            sqlx::query_scalar("SELECT body FROM sms_outbox ORDER BY id DESC LIMIT 1").fetch_one(&self.state.pool).await.unwrap();
        body.chars().filter(char::is_ascii_digit).take(6).collect()
    }

    pub async fn sign_in(&self, c: &Client, phone: &str) {
        let res = self.post_form(c, "/api/auth/request_code", &[("phone", phone)]).await;
        assert_eq!(res.headers()[LOCATION], "/login/code");
        let code = self.last_code().await;
        let res = self.post_form(c, "/api/auth/verify_code", &[("code", &code)]).await;
        assert_eq!(res.headers()[LOCATION], "/me", "sign-in with {code} failed");
    }
}

/// A small JPEG of one `colour` carrying an EXIF block with a GPS position,
/// as a phone's camera writes it.
pub fn jpeg_with_gps(colour: [u8; 3]) -> Vec<u8> {
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(64, 48, image::Rgb(colour)));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    let plain = out.into_inner();
    let payload = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude=43.825600";
    let mut with = vec![0xFF, 0xD8, 0xFF, 0xE1];
    with.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    with.extend_from_slice(payload);
    with.extend_from_slice(&plain[2..]);
    with
}

/// A chosen file of a multipart form.
pub fn file_part(bytes: Vec<u8>, name: &str, mime: &str) -> reqwest::multipart::Part {
    reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()).mime_str(mime).unwrap()
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get(LOCATION).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// The cases filed since the demo was seeded: its year of closed reports
/// (the staff workload chart's history) is older than the seeded people.
pub const NEW_CASES: &str = "SELECT COUNT(*) FROM cases WHERE created_at >= (SELECT MIN(created_at) FROM users)";

pub async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.pool).await.unwrap()
}

/// A browser that reads English, signed in as `phone` with a text-message code.
pub async fn person(app: &TestApp, phone: &str) -> Client {
    let c = client();
    app.post_form(&c, "/prefs/lang", &[("lang", "en"), ("next", "/")]).await;
    app.sign_in(&c, phone).await;
    c
}

/// A page's HTML as a browser gets it (without the Fluent isolation marks).
pub async fn page(app: &TestApp, c: &Client, path: &str) -> String {
    let res = c.get(app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::OK, "{path}");
    res.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "")
}

/// A browser that reads English with a new session for `user` (no code: a
/// second code for the same phone would wait a minute).
pub async fn session_for(app: &TestApp, user: &str) -> Client {
    let token = linli_server_fn::ssr::session::create(&app.state.pool, user, 3600, false).await.unwrap();
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let url: reqwest::Url = app.base.parse().unwrap();
    jar.add_cookie_str(&format!("linli_session={token}"), &url);
    jar.add_cookie_str("linli_lang=en", &url);
    Client::builder().cookie_provider(jar).redirect(Policy::none()).build().unwrap()
}
