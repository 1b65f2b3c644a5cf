//! The News feed fetcher against a local HTTP server on loopback (a random
//! port): each answer a feed source can give — 200 with an ETag, 304, too
//! slow, too big, broken XML, 429 with Retry-After, redirects to private
//! addresses or too many of them — gives its typed outcome. Loopback is
//! reached only through the explicit test setting; without it the server
//! is never contacted. No request leaves this machine: a redirect to a
//! private address is refused before any connection.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use linli_server_fn::news::domain::address::Policy;
use linli_server_fn::news::ssr::fetch::{FetchConfig, FetchError, FetchOutcome, Fetcher, Validators};
use linli_server_fn::news::ssr::parse::{parse_feed, ParseError};

const FEED: &str = include_str!("fixtures/feeds/rss2.xml");
const ETAG: &str = "\"feed-v1\"";
const LAST_MODIFIED: &str = "Thu, 28 May 2026 20:30:00 GMT";

#[derive(Default)]
struct Seen {
    requests: AtomicUsize,
    user_agent: Mutex<String>,
}

async fn count(State(seen): State<Arc<Seen>>, req: Request, next: Next) -> Response {
    seen.requests.fetch_add(1, Ordering::SeqCst);
    if let Some(ua) = req.headers().get(header::USER_AGENT).and_then(|v| v.to_str().ok()) {
        *seen.user_agent.lock().unwrap() = ua.to_string();
    }
    next.run(req).await
}

fn rss(body: impl Into<Body>) -> Response {
    Response::builder().header(header::CONTENT_TYPE, "application/rss+xml").body(body.into()).unwrap()
}

fn redirect(to: &str) -> Response {
    Response::builder().status(StatusCode::FOUND).header(header::LOCATION, to).body(Body::empty()).unwrap()
}

async fn with_etag(headers: HeaderMap) -> Response {
    if headers.get(header::IF_NONE_MATCH).is_some_and(|v| v == ETAG) {
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .header(header::CACHE_CONTROL, "max-age=600")
            .body(Body::empty())
            .unwrap();
    }
    let mut r = rss(FEED);
    r.headers_mut().insert(header::ETAG, ETAG.parse().unwrap());
    r.headers_mut().insert(header::CACHE_CONTROL, "public, max-age=600".parse().unwrap());
    r
}

async fn with_last_modified(headers: HeaderMap) -> Response {
    if headers.get(header::IF_MODIFIED_SINCE).is_some_and(|v| v == LAST_MODIFIED) {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let mut r = rss(FEED);
    r.headers_mut().insert(header::LAST_MODIFIED, LAST_MODIFIED.parse().unwrap());
    r
}

async fn slow() -> Response {
    tokio::time::sleep(Duration::from_secs(5)).await;
    rss(FEED)
}

/// Headers at once, then the body a byte a second.
async fn slow_body() -> Response {
    let chunks = futures_stream(FEED.as_bytes().iter().map(|b| vec![*b]).take(20).collect(), Duration::from_secs(1));
    rss(Body::from_stream(chunks))
}

/// 3 MiB in 64 KiB chunks, without Content-Length.
async fn big_streamed() -> Response {
    let chunks = futures_stream((0..48).map(|_| vec![b' '; 64 * 1024]).collect(), Duration::ZERO);
    rss(Body::from_stream(chunks))
}

/// 3 MiB, declared.
async fn big_declared() -> Response {
    rss(vec![b' '; 3 * 1024 * 1024])
}

async fn busy() -> Response {
    Response::builder().status(StatusCode::TOO_MANY_REQUESTS).header(header::RETRY_AFTER, "120").body(Body::empty()).unwrap()
}

async fn unavailable() -> Response {
    Response::builder()
        .status(StatusCode::SERVICE_UNAVAILABLE)
        .header(header::RETRY_AFTER, "Fri, 31 Dec 9999 23:59:59 GMT")
        .body(Body::empty())
        .unwrap()
}

/// /hop/n redirects (relatively) to /hop/n-1; /hop/0 is the feed.
async fn hop(Path(n): Path<u32>) -> Response {
    if n == 0 {
        rss(FEED)
    } else {
        redirect(&format!("/hop/{}", n - 1))
    }
}

/// A stream of chunks with a pause before each.
fn futures_stream(chunks: Vec<Vec<u8>>, pause: Duration) -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(1);
    tokio::spawn(async move {
        for c in chunks {
            tokio::time::sleep(pause).await;
            if tx.send(Ok(c)).await.is_err() {
                return;
            }
        }
    });
    ReceiverStream(rx)
}

struct ReceiverStream<T>(tokio::sync::mpsc::Receiver<T>);

impl<T> futures_core::Stream for ReceiverStream<T> {
    type Item = T;
    fn poll_next(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<T>> {
        self.0.poll_recv(cx)
    }
}

/// The server's address (`http://127.0.0.1:PORT`) and what it saw.
async fn serve() -> (String, u16, Arc<Seen>) {
    let seen = Arc::new(Seen::default());
    let app = Router::new()
        .route("/etag.xml", get(with_etag))
        .route("/last-modified.xml", get(with_last_modified))
        .route("/slow.xml", get(slow))
        .route("/slow-body.xml", get(slow_body))
        .route("/big.xml", get(big_streamed))
        .route("/big-declared.xml", get(big_declared))
        .route("/bad.xml", get(|| async { rss(include_str!("fixtures/feeds/malformed.xml")) }))
        .route("/busy.xml", get(busy))
        .route("/unavailable.xml", get(unavailable))
        .route("/to-private.xml", get(|| async { redirect("http://10.0.0.1/feed.xml") }))
        .route("/to-metadata.xml", get(|| async { redirect("http://[::ffff:169.254.169.254]/latest/meta-data/") }))
        .route("/to-unique-local.xml", get(|| async { redirect("http://[fd12::1]/feed.xml") }))
        .route("/to-file.xml", get(|| async { redirect("file:///etc/passwd") }))
        // another service on this machine (PostgreSQL's port)
        .route("/to-other-port.xml", get(|| async { redirect("http://127.0.0.1:5432/") }))
        .route("/to-localhost.xml", get(|| async { redirect("http://localhost:9/feed.xml") }))
        .route("/to-credentials.xml", get(|| async { redirect("http://user:secret@example.com/") }))
        .route("/no-location.xml", get(|| async { StatusCode::FOUND }))
        .route("/loop.xml", get(|| async { redirect("/loop.xml") }))
        .route("/hop/{n}", get(hop))
        .layer(middleware::from_fn_with_state(seen.clone(), count));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://127.0.0.1:{port}"), port, seen)
}

fn fetcher(policy: Policy, timeout: Duration) -> Fetcher {
    Fetcher::new(FetchConfig { policy, timeout, connect_timeout: Duration::from_secs(2), ..FetchConfig::default() }).unwrap()
}

fn test_fetcher() -> Fetcher {
    fetcher(Policy::TEST_LOOPBACK, Duration::from_secs(5))
}

fn none() -> Validators {
    Validators::default()
}

#[tokio::test]
async fn etag_then_304_and_the_body_parses() {
    let (base, _, seen) = serve().await;
    let f = test_fetcher();
    let url = format!("{base}/etag.xml");
    let Ok(FetchOutcome::Fetched(got)) = f.fetch(&url, &none()).await else { panic!("expected a body") };
    assert_eq!(got.etag.as_deref(), Some(ETAG));
    assert_eq!(got.max_age, Some(600));
    assert_eq!(got.final_url, url);
    assert_eq!(got.content_type.as_deref(), Some("application/rss+xml"));
    let feed = parse_feed(&got.body, Some(&got.final_url), false).unwrap();
    assert_eq!(feed.items.len(), 3);
    assert!(seen.user_agent.lock().unwrap().starts_with("Linli/"), "the User-Agent names Linli");

    let validators = Validators { etag: got.etag.clone(), last_modified: None };
    assert_eq!(f.fetch(&url, &validators).await, Ok(FetchOutcome::NotModified { max_age: Some(600) }));
    let stale = Validators { etag: Some("\"feed-v0\"".into()), last_modified: None };
    assert!(matches!(f.fetch(&url, &stale).await, Ok(FetchOutcome::Fetched(_))), "another ETag gets the body");
}

#[tokio::test]
async fn last_modified_then_304() {
    let (base, _, _) = serve().await;
    let f = test_fetcher();
    let url = format!("{base}/last-modified.xml");
    let Ok(FetchOutcome::Fetched(got)) = f.fetch(&url, &none()).await else { panic!("expected a body") };
    assert_eq!(got.last_modified.as_deref(), Some(LAST_MODIFIED));
    assert_eq!(got.etag, None);
    let validators = Validators { etag: None, last_modified: got.last_modified };
    assert_eq!(f.fetch(&url, &validators).await, Ok(FetchOutcome::NotModified { max_age: None }));
}

#[tokio::test]
async fn too_slow_is_a_timeout() {
    let (base, _, _) = serve().await;
    let f = fetcher(Policy::TEST_LOOPBACK, Duration::from_millis(500));
    for path in ["/slow.xml", "/slow-body.xml"] {
        let start = Instant::now();
        let got = f.fetch(&format!("{base}{path}"), &none()).await;
        assert!(matches!(got, Err(FetchError::Timeout { .. })), "{path}: {got:?}");
        assert_eq!(got.unwrap_err().kind(), "timeout");
        assert!(start.elapsed() < Duration::from_secs(3), "{path}: gave up at the deadline, not when the server finished");
    }
}

#[tokio::test]
async fn oversize_bodies_are_refused_while_streaming() {
    let (base, _, _) = serve().await;
    let f = test_fetcher();
    let limit = FetchConfig::default().max_body;
    assert_eq!(limit, 2 * 1024 * 1024);
    for path in ["/big.xml", "/big-declared.xml"] {
        let got = f.fetch(&format!("{base}{path}"), &none()).await;
        assert_eq!(got, Err(FetchError::TooLarge { limit }), "{path}");
    }
}

#[tokio::test]
async fn bad_xml_is_fetched_then_refused_by_the_parser() {
    let (base, _, _) = serve().await;
    let Ok(FetchOutcome::Fetched(got)) = test_fetcher().fetch(&format!("{base}/bad.xml"), &none()).await else { panic!("expected a body") };
    let err = parse_feed(&got.body, Some(&got.final_url), false).unwrap_err();
    assert!(matches!(err, ParseError::Malformed(_)), "{err:?}");
    assert_eq!(err.kind(), "malformed");
}

#[tokio::test]
async fn too_many_requests_carries_retry_after() {
    let (base, _, _) = serve().await;
    let f = test_fetcher();
    let got = f.fetch(&format!("{base}/busy.xml"), &none()).await.unwrap_err();
    assert_eq!(got, FetchError::Http { status: 429, retry_after: Some(120) });
    assert_eq!(got.retry_after(), Some(120));
    assert_eq!(got.to_string(), "HTTP status 429, retry after 120 s");
    let got = f.fetch(&format!("{base}/unavailable.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Http { status: 503, retry_after: Some(s) } if s > 3600 * 24 * 365), "an HTTP date: {got:?}");
}

#[tokio::test]
async fn redirects_to_internal_addresses_are_refused() {
    let (base, _, _) = serve().await;
    let f = test_fetcher();
    let got = f.fetch(&format!("{base}/to-private.xml"), &none()).await.unwrap_err();
    assert_eq!(got, FetchError::Blocked { host: "10.0.0.1".into(), ip: Some("10.0.0.1".parse().unwrap()) });
    assert_eq!(got.kind(), "blocked");
    let got = f.fetch(&format!("{base}/to-metadata.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Blocked { .. }), "{got:?}");
    let got = f.fetch(&format!("{base}/to-unique-local.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Blocked { .. }), "{got:?}");
    let got = f.fetch(&format!("{base}/to-file.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::BadUrl { .. }), "{got:?}");
    let got = f.fetch(&format!("{base}/to-credentials.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::BadUrl { .. }), "{got:?}");
    let got = f.fetch(&format!("{base}/no-location.xml"), &none()).await.unwrap_err();
    assert_eq!(got, FetchError::Http { status: 302, retry_after: None });
    // where loopback is allowed, it is for the address asked only: never a
    // redirect to another port or name on this machine
    let got = f.fetch(&format!("{base}/to-other-port.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Blocked { ref host, .. } if host == "127.0.0.1"), "{got:?}");
    let got = f.fetch(&format!("{base}/to-localhost.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Blocked { ref host, .. } if host == "localhost"), "{got:?}");
}

#[tokio::test]
async fn at_most_five_redirect_hops() {
    let (base, _, _) = serve().await;
    let f = test_fetcher();
    let Ok(FetchOutcome::Fetched(got)) = f.fetch(&format!("{base}/hop/5"), &none()).await else { panic!("five hops are followed") };
    assert_eq!(got.final_url, format!("{base}/hop/0"), "relative Locations are joined to the hop's URL");
    assert_eq!(f.fetch(&format!("{base}/hop/6"), &none()).await, Err(FetchError::TooManyRedirects { limit: 5 }));
    let got = f.fetch(&format!("{base}/loop.xml"), &none()).await.unwrap_err();
    assert_eq!(got, FetchError::TooManyRedirects { limit: 5 });
    assert_eq!(got.kind(), "too-many-redirects");
}

#[tokio::test]
async fn loopback_only_through_the_test_setting() {
    let (base, port, seen) = serve().await;
    let strict = fetcher(Policy::STRICT, Duration::from_secs(5));
    let before = seen.requests.load(Ordering::SeqCst);
    let got = strict.fetch(&format!("{base}/etag.xml"), &none()).await.unwrap_err();
    assert_eq!(got, FetchError::Blocked { host: "127.0.0.1".into(), ip: Some("127.0.0.1".parse().unwrap()) });
    let got = strict.fetch(&format!("http://[::1]:{port}/etag.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Blocked { .. }), "{got:?}");
    // A host name is checked on the addresses DNS gives for it.
    let got = strict.fetch(&format!("http://localhost:{port}/etag.xml"), &none()).await.unwrap_err();
    assert!(matches!(got, FetchError::Blocked { ref host, .. } if host == "localhost"), "{got:?}");
    assert!(got.to_string().starts_with("refused localhost: address "), "{got}");
    assert_eq!(seen.requests.load(Ordering::SeqCst), before, "the server was never contacted");

    // The same host name with the test setting is fetched.
    let f = test_fetcher();
    assert!(matches!(f.fetch(&format!("http://localhost:{port}/etag.xml"), &none()).await, Ok(FetchOutcome::Fetched(_))));
    assert_eq!(seen.requests.load(Ordering::SeqCst), before + 1);
}

#[tokio::test]
async fn only_http_and_https() {
    let f = test_fetcher();
    for url in ["file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/", "not a url"] {
        let got = f.fetch(url, &none()).await.unwrap_err();
        assert_eq!(got.kind(), "bad-url", "{url}: {got:?}");
    }
}
