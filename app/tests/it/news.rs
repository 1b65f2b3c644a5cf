//! News: targeting by the resident's home, updates and cancellations that
//! refer to the original, the unread count, and the feed job against a
//! local server on loopback (allowed only through the explicit test
//! policy): 200, 304 with ETag, a slow answer past the timeout, an oversize
//! body, bad XML, 429 with Retry-After and a redirect to a private address,
//! each recorded on its source; an edited item stays one item; two servers
//! fetch each source once.
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::common;

use common::*;
use linli_server_fn::news::domain::address::Policy;
use linli_server_fn::news::ssr::fetch::FetchConfig;
use linli_server_fn::news::ssr::job::{self, JobConfig, Recorded};
use linli_server_fn::news::ssr::newsroom::{self, Draft};
use linli_server_fn::news::ssr::read;
use reqwest::Client;

const STAFF: &str = "u-xiaomei";
const COMMUNITY: &str = "city";

fn now() -> i64 {
    linli_server_fn::ssr::now()
}

fn session_in(app: &TestApp, token: &str, lang: &str) -> Client {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let url: reqwest::Url = app.base.parse().unwrap();
    jar.add_cookie_str(&format!("linli_session={token}"), &url);
    jar.add_cookie_str(&format!("linli_lang={lang}"), &url);
    Client::builder().cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn browser(app: &TestApp, user: &str) -> Client {
    let token = linli_server_fn::ssr::session::create(&app.state.pool, user, 3600, false).await.unwrap();
    session_in(app, &token, "en")
}

/// Two residents of the community living in different buildings.
async fn two_residents(app: &TestApp) -> ((String, String), (String, String)) {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT u.id, un.building_id FROM users u JOIN units un ON un.id = u.home_unit_id WHERE u.community_id = $1 ORDER BY u.id",
    )
    .bind(COMMUNITY)
    .fetch_all(&app.state.pool)
    .await
    .unwrap();
    let a = rows[0].clone();
    let b = rows.iter().find(|(_, bld)| *bld != a.1).expect("a resident in another building").clone();
    (a, b)
}

fn draft(title: &str, building: &str, refers_to: Option<&str>) -> Draft {
    let mut values = std::collections::BTreeMap::new();
    values.insert("title_en".to_string(), title.to_string());
    values.insert("title_ug".to_string(), format!("{title} ug"));
    values.insert("issued_by".to_string(), "Residents' committee".to_string());
    Draft {
        values,
        kind: "notice".into(),
        urgency: "red".into(),
        target: "buildings".into(),
        places: vec![building.to_string()],
        starts_at: now() + 3600,
        expires_at: Some(now() + 7200),
        refers_to: refers_to.map(String::from),
    }
}

async fn page(c: &Client, app: &TestApp, path: &str) -> String {
    let r = c.get(format!("{}{path}", app.base)).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    // Fluent isolates interpolated values (FSI … PDI); read the words
    r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_notice_reaches_its_building_only_and_is_updated_and_cancelled_in_the_open() {
    let app = start().await;
    let ((a, building_a), (b, _)) = two_residents(&app).await;
    let pool = &app.state.pool;
    let reader_a = read::reader(pool, Some(a.as_str())).await.unwrap();
    let reader_b = read::reader(pool, Some(b.as_str())).await.unwrap();
    let unread_a = read::unread_count(pool, &reader_a, now()).await.unwrap();
    let unread_b = read::unread_count(pool, &reader_b, now()).await.unwrap();

    // staff see how many households it reaches before publishing
    let reach = newsroom::households(pool, COMMUNITY, "buildings", &[building_a.clone()]).await.unwrap();
    assert!(reach >= 1);
    let id =
        newsroom::publish(pool, COMMUNITY, STAFF, &draft("Gas off in your building", &building_a, None), now()).await.unwrap().unwrap();

    assert_eq!(read::unread_count(pool, &reader_a, now()).await.unwrap(), unread_a + 1);
    assert_eq!(read::unread_count(pool, &reader_b, now()).await.unwrap(), unread_b, "another building does not receive it");
    let ca = browser(&app, &a).await;
    let cb = browser(&app, &b).await;
    assert!(page(&ca, &app, "/news").await.contains("Gas off in your building"));
    assert!(!page(&cb, &app, "/news").await.contains("Gas off in your building"));
    assert!(page(&cb, &app, &format!("/news/notices/{id}")).await.contains("not for you"));

    // opening it marks it read
    assert!(page(&ca, &app, &format!("/news/notices/{id}")).await.contains("Gas off in your building"));
    assert_eq!(read::unread_count(pool, &reader_a, now()).await.unwrap(), unread_a);

    // an update is a notice of its own that refers to the original
    let upd =
        newsroom::publish(pool, COMMUNITY, STAFF, &draft("Gas off until noon", &building_a, Some(&id)), now()).await.unwrap().unwrap();
    let (state,): (String,) = sqlx::query_as("SELECT state FROM news_notices WHERE id = $1").bind(&id).fetch_one(pool).await.unwrap();
    assert_eq!(state, "updated");
    let (ty, refers): (String, Option<String>) =
        sqlx::query_as("SELECT msg_type, refers_to FROM news_notices WHERE id = $1").bind(&upd).fetch_one(pool).await.unwrap();
    assert_eq!((ty.as_str(), refers.as_deref()), ("update", Some(id.as_str())));
    let news = page(&ca, &app, "/news").await;
    assert!(news.contains("Gas off until noon") && news.contains("Updated"), "the update is marked as one");
    // the original cannot be updated twice
    assert!(newsroom::publish(pool, COMMUNITY, STAFF, &draft("again", &building_a, Some(&id)), now()).await.unwrap().is_none());

    // a cancellation refers to what it cancels; the resident sees "Cancelled", unread again
    page(&ca, &app, &format!("/news/notices/{upd}")).await;
    let before = read::unread_count(pool, &reader_a, now()).await.unwrap();
    assert!(newsroom::cancel(pool, COMMUNITY, STAFF, &upd, now()).await.unwrap());
    assert!(!newsroom::cancel(pool, COMMUNITY, STAFF, &upd, now()).await.unwrap(), "once");
    let (refers,): (Option<String>,) = sqlx::query_as("SELECT refers_to FROM news_notices WHERE msg_type = 'cancel' AND refers_to = $1")
        .bind(&upd)
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(refers.as_deref(), Some(upd.as_str()));
    assert_eq!(read::unread_count(pool, &reader_a, now()).await.unwrap(), before + 1);
    let news = page(&ca, &app, "/news").await;
    assert!(news.contains("Cancelled") && news.contains("Gas off until noon"));
    assert!(!page(&cb, &app, "/news").await.contains("Gas off until noon"));

    // the published feeds carry the community's notices with their types
    let r = ca.get(format!("{}/news/feed.xml?community={COMMUNITY}", app.base)).send().await.unwrap();
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let r = ca.get(format!("{}/news/feed.json?community={COMMUNITY}", app.base)).send().await.unwrap();
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/feed+json"));
    let body = r.text().await.unwrap();
    assert!(body.contains("jsonfeed.org/version/1.1"));
}

/// The fixture server: each path answers one way; hits counted per path.
#[derive(Clone, Default)]
struct Fixtures {
    hits: Arc<Mutex<HashMap<String, usize>>>,
    edited: Arc<AtomicBool>,
    slow_started: Arc<AtomicUsize>,
}

const ETAG: &str = "\"v1\"";

fn rss(title: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Street office</title><link>http://example.com/</link><description>d</description>\
         <item><guid>item-1</guid><title>{title}</title><link>http://example.com/1</link><description>&lt;p onclick=\"x()\"&gt;Hi&lt;script&gt;bad()&lt;/script&gt;&lt;/p&gt;</description></item>\
         <item><guid>item-2</guid><title>Second</title><link>http://example.com/2</link></item></channel></rss>"
    )
}

async fn fixture_server(f: Fixtures) -> String {
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::IntoResponse;
    use axum::routing::get;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hit = |f: &Fixtures, p: &str| *f.hits.lock().unwrap().entry(p.to_string()).or_default() += 1;
    let f1 = f.clone();
    let f2 = f.clone();
    let f3 = f.clone();
    let f4 = f.clone();
    let f5 = f.clone();
    let f6 = f.clone();
    let router = axum::Router::new()
        .route(
            "/ok.xml",
            get(move |h: HeaderMap| {
                let f = f1.clone();
                async move {
                    hit(&f, "ok");
                    let edited = f.edited.load(Ordering::SeqCst);
                    if !edited && h.get("if-none-match").is_some_and(|v| v == ETAG) {
                        return (StatusCode::NOT_MODIFIED, [("etag", ETAG)]).into_response();
                    }
                    let title = if edited { "Heating: new phone number" } else { "Heating: phone number" };
                    let etag = if edited { "\"v2\"" } else { ETAG };
                    ([("content-type", "application/rss+xml"), ("etag", etag)], rss(title)).into_response()
                }
            }),
        )
        .route(
            "/slow.xml",
            get(move || {
                let f = f2.clone();
                async move {
                    hit(&f, "slow");
                    f.slow_started.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    rss("late")
                }
            }),
        )
        .route(
            "/big.xml",
            get(move || {
                let f = f3.clone();
                async move {
                    hit(&f, "big");
                    "x".repeat(200_000)
                }
            }),
        )
        .route(
            "/bad.xml",
            get(move || {
                let f = f4.clone();
                async move {
                    hit(&f, "bad");
                    ([("content-type", "application/rss+xml")], "<rss><channel><item><title>unclosed").into_response()
                }
            }),
        )
        .route(
            "/busy.xml",
            get(move || {
                let f = f5.clone();
                async move {
                    hit(&f, "busy");
                    (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "7200")]).into_response()
                }
            }),
        )
        .route(
            "/moved.xml",
            get(move || {
                let f = f6.clone();
                async move {
                    hit(&f, "moved");
                    (StatusCode::FOUND, [("location", "http://10.0.0.1/feed.xml")]).into_response()
                }
            }),
        );
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}")
}

fn test_config() -> JobConfig {
    JobConfig {
        fetch: FetchConfig {
            policy: Policy::TEST_LOOPBACK,
            timeout: Duration::from_secs(1),
            connect_timeout: Duration::from_secs(1),
            max_body: 50_000,
            max_redirects: 3,
        },
        own_base: None,
    }
}

/// Keeps the servers' own feed job (strict policy: loopback refused) away
/// from the test's loopback sources: the test runs the job's turns itself.
async fn pause_feed_job(app: &TestApp) {
    let later = now() + 86_400;
    sqlx::query("INSERT INTO jobs (name, due_at, attempts) VALUES ('news-feeds', $1, 0) ON CONFLICT (name) DO UPDATE SET due_at = $2")
        .bind(later)
        .bind(later)
        .execute(&app.state.pool)
        .await
        .unwrap();
}

async fn add_sources(app: &TestApp, base: &str) {
    pause_feed_job(app).await;
    for name in ["ok", "slow", "big", "bad", "busy", "moved"] {
        sqlx::query(
            "INSERT INTO news_sources (id, community_id, url, name, kind, next_fetch_at, created_at) VALUES ($1, $2, $3, $4, 'auto', 0, 0)",
        )
        .bind(format!("t-{name}"))
        .bind(COMMUNITY)
        .bind(format!("{base}/{name}.xml"))
        .bind(format!("Test {name}"))
        .execute(&app.state.pool)
        .await
        .unwrap();
    }
}

async fn error_of(app: &TestApp, id: &str) -> (Option<String>, i64, i64) {
    sqlx::query_as("SELECT last_error_kind, failures, next_fetch_at FROM news_sources WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_feed_job_records_each_outcome_and_the_pages_hold() {
    let app = start().await;
    // only the test's sources are due
    sqlx::query("UPDATE news_sources SET next_fetch_at = $1").bind(now() + 86_400).execute(&app.state.pool).await.unwrap();
    let f = Fixtures::default();
    let base = fixture_server(f.clone()).await;
    add_sources(&app, &base).await;
    let t = now();
    let mut all = Vec::new();
    for _ in 0..3 {
        all.extend(job::run_due(&app.state.pool, &test_config(), "test-a", t).await.unwrap());
    }
    assert_eq!(all.len(), 6, "each source fetched once: {all:?}");
    let outcome: HashMap<String, Recorded> = all.into_iter().collect();
    assert_eq!(outcome["t-ok"], Recorded::Fetched { items: 2, new: 2 });
    assert_eq!(error_of(&app, "t-ok").await.0, None);
    assert_eq!(error_of(&app, "t-slow").await.0.as_deref(), Some("timeout"));
    assert_eq!(error_of(&app, "t-big").await.0.as_deref(), Some("too-large"));
    assert_eq!(error_of(&app, "t-bad").await.0.as_deref(), Some("malformed"));
    let (kind, failures, next) = error_of(&app, "t-busy").await;
    assert_eq!((kind.as_deref(), failures), (Some("http-429"), 1));
    assert!(next >= t + 7200, "Retry-After is honoured");
    assert_eq!(error_of(&app, "t-moved").await.0.as_deref(), Some("blocked"), "a redirect to a private address is refused");
    // sanitised: no script, no event handler
    let summary: String = sqlx::query_scalar("SELECT summary_html FROM news_items WHERE source_id = 't-ok' AND item_key LIKE '%item-1%'")
        .fetch_one(&app.state.pool)
        .await
        .unwrap_or_default();
    assert!(!summary.contains("script") && !summary.contains("onclick"), "{summary}");

    // the resident's page does not break and shows the items with their source's name
    let resident = browser(&app, &two_residents(&app).await.0 .0).await;
    let news = page(&resident, &app, "/news").await;
    assert!(news.contains("Heating: phone number") && news.contains("Test ok"));
    // staff see the failing sources with the reason in words and the next try
    let staff = browser(&app, STAFF).await;
    let room = page(&staff, &app, "/newsroom").await;
    assert!(room.contains("Failing: the source did not answer in time"), "{room}");
    assert!(room.contains("the source asks us to wait before trying again"));
    assert!(room.contains("Next try"));

    // due again: 304 with the stored ETag changes nothing
    sqlx::query("UPDATE news_sources SET next_fetch_at = 0 WHERE id = 't-ok'").execute(&app.state.pool).await.unwrap();
    let again = job::run_due(&app.state.pool, &test_config(), "test-a", now()).await.unwrap();
    assert_eq!(again, vec![("t-ok".to_string(), Recorded::NotModified)]);
    // an edited title updates the item, never a second one
    f.edited.store(true, Ordering::SeqCst);
    sqlx::query("UPDATE news_sources SET next_fetch_at = 0 WHERE id = 't-ok'").execute(&app.state.pool).await.unwrap();
    let again = job::run_due(&app.state.pool, &test_config(), "test-a", now()).await.unwrap();
    assert_eq!(again, vec![("t-ok".to_string(), Recorded::Fetched { items: 2, new: 0 })]);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM news_items WHERE source_id = 't-ok'").await, 2);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM news_items WHERE title = 'Heating: new phone number'").await, 1);
}

#[tokio::test]
async fn two_servers_fetch_each_source_once() {
    let app = start().await;
    let other = second_server(&app, &[]).await;
    sqlx::query("UPDATE news_sources SET next_fetch_at = $1").bind(now() + 86_400).execute(&app.state.pool).await.unwrap();
    let f = Fixtures::default();
    let base = fixture_server(f.clone()).await;
    add_sources(&app, &base).await;
    let t = now();
    let cfg = test_config();
    let (x, y) = tokio::join!(
        async {
            let mut v = job::run_due(&app.state.pool, &cfg, "server-a", t).await.unwrap();
            v.extend(job::run_due(&app.state.pool, &cfg, "server-a", t).await.unwrap());
            v
        },
        async {
            let mut v = job::run_due(&other.state.pool, &cfg, "server-b", t).await.unwrap();
            v.extend(job::run_due(&other.state.pool, &cfg, "server-b", t).await.unwrap());
            v
        }
    );
    let mut ids: Vec<String> = x.into_iter().chain(y).map(|(id, _)| id).collect();
    ids.sort();
    assert_eq!(ids, vec!["t-bad", "t-big", "t-busy", "t-moved", "t-ok", "t-slow"]);
    let hits = f.hits.lock().unwrap().clone();
    for p in ["ok", "slow", "big", "bad", "busy", "moved"] {
        assert_eq!(hits.get(p).copied().unwrap_or(0), 1, "{p} fetched once: {hits:?}");
    }
}
