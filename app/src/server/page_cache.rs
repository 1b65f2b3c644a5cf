//! A one-second cache of the public pages a visitor sees (the launcher,
//! sign-in, Government services' guides): they say the same to every
//! visitor with the same language and display settings, and they are what a
//! crowd opens at once (a notice in the residents' group, a kiosk left on
//! the launcher). Rendering one costs about a millisecond of CPU; a hit
//! costs a map lookup. `make bench` shows both.
//!
//! Only what cannot differ between two visitors is kept: a GET of a listed
//! path, from a browser that sends no cookie but display settings (no
//! session, no typed-back form), answered 200 as HTML without setting a
//! cookie. The key is everything the page may depend on: path and query,
//! the settings cookies, `Accept-Language`, `Accept-Encoding` (the body is
//! kept compressed as sent) and `User-Agent`. Whatever changes (a new
//! notice, an edited service) shows within [`TTL`]; each server keeps its
//! own, so two servers never disagree for longer.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use linli_server_fn::ssr::request::{ELDER_COOKIE, KIOSK_COOKIE, LANG_COOKIE, SIZE_COOKIE};

/// How long a kept page is served.
pub const TTL: Duration = Duration::from_secs(1);
/// At most this many pages are kept (each a few kilobytes).
const MAX_ENTRIES: usize = 512;
/// A page larger than this is not kept (it is sent as it is).
const MAX_BODY: usize = 128 * 1024;
/// A request whose key is longer than this (a huge query or User-Agent) is not kept.
const MAX_KEY: usize = 2048;
/// What is read of a body at most (as `security::tidy_pages` does).
const READ_LIMIT: usize = 8 * 1024 * 1024;

/// Whether `path` is a public page that reads nothing but the settings.
fn listed(path: &str) -> bool {
    matches!(path, "/" | "/login" | "/gov" | "/gov/services") || path.strip_prefix("/gov/services/").is_some_and(|id| !id.contains('/'))
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key(String);

struct Kept {
    at: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<Mutex<HashMap<Key, Kept>>>,
}

/// The key of a request that may be answered from the cache.
fn key(req: &Request) -> Option<Key> {
    if req.method() != Method::GET || !listed(req.uri().path()) {
        return None;
    }
    let h = req.headers();
    let mut cookies = Vec::new();
    for value in h.get_all(header::COOKIE) {
        for pair in value.to_str().ok()?.split(';') {
            let pair = pair.trim();
            if pair.is_empty() {
                continue;
            }
            let name = pair.split('=').next().unwrap_or("");
            // only settings; a name twice is read as its first by the page,
            // which a sorted key would not tell apart
            if ![LANG_COOKIE, ELDER_COOKIE, SIZE_COOKIE, KIOSK_COOKIE].contains(&name)
                || cookies.iter().any(|c: &&str| c.split('=').next() == Some(name))
            {
                return None;
            }
            cookies.push(pair);
        }
    }
    cookies.sort_unstable();
    let text = |name: header::HeaderName| h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let query = req.uri().query().unwrap_or("");
    let key = Key(format!(
        "{}?{query}\n{}\n{}\n{}\n{}",
        req.uri().path(),
        cookies.join(";"),
        text(header::ACCEPT_LANGUAGE),
        text(header::ACCEPT_ENCODING),
        text(header::USER_AGENT)
    ));
    (key.0.len() <= MAX_KEY).then_some(key)
}

/// Set (by `components::errors::LoadError`) on a page that could not load
/// its data: it is answered 200 with the error in words, and must not be
/// kept for others. Removed before the response leaves.
pub const LOAD_FAILED: &str = "x-linli-load-failed";

/// A page is kept when it is a whole page said to anyone: 200, HTML, no
/// cookie set, and its data loaded.
fn keepable(res: &Response) -> bool {
    res.status() == StatusCode::OK
        && !res.headers().contains_key(LOAD_FAILED)
        && !res.headers().contains_key(header::SET_COOKIE)
        && res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"))
}

impl PageCache {
    fn get(&self, key: &Key, now: Instant) -> Option<Response> {
        let pages = self.pages.lock().ok()?;
        let kept = pages.get(key).filter(|k| now.duration_since(k.at) < TTL)?;
        let mut res = Response::new(Body::from(kept.body.clone()));
        *res.status_mut() = kept.status;
        *res.headers_mut() = kept.headers.clone();
        Some(res)
    }

    fn put(&self, key: Key, kept: Kept) {
        if let Ok(mut pages) = self.pages.lock() {
            // what is past its second goes at once (at most 512 to look at)
            let now = Instant::now();
            pages.retain(|_, k| now.duration_since(k.at) < TTL);
            if pages.len() >= MAX_ENTRIES {
                pages.clear();
            }
            pages.insert(key, kept);
        }
    }
}

/// The middleware: answers from the cache, or renders and keeps what may be kept.
pub async fn serve(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let Some(key) = key(&req) else {
        let mut res = next.run(req).await;
        res.headers_mut().remove(LOAD_FAILED);
        return res;
    };
    if let Some(hit) = cache.get(&key, Instant::now()) {
        return hit;
    }
    let mut res = next.run(req).await;
    if !keepable(&res) {
        res.headers_mut().remove(LOAD_FAILED);
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, READ_LIMIT).await else {
        // the body failed while it was made: as a render failure would be
        return Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR).body(Body::empty()).unwrap_or_default();
    };
    parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    if bytes.len() <= MAX_BODY {
        cache.put(key, Kept { at: Instant::now(), status: parts.status, headers: parts.headers.clone(), body: bytes.clone() });
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(path: &str, cookie: Option<&str>) -> Request {
        let mut b = Request::builder().uri(path);
        if let Some(c) = cookie {
            b = b.header(header::COOKIE, c);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_listed_pages_without_a_session_are_kept() {
        assert!(key(&req("/", None)).is_some());
        assert!(key(&req("/gov/services/passport", Some("linli_lang=ug; linli_elder=1"))).is_some());
        assert!(key(&req("/", Some("linli_session=abc"))).is_none(), "signed in");
        assert!(key(&req("/gov/services", Some("linli_lang=en; linli_typed=x"))).is_none(), "typed-back form");
        assert!(key(&req("/pay", None)).is_none(), "not a listed page");
        assert!(key(&req("/gov/services/a/b", None)).is_none());
        assert!(key(&req("/", Some("linli_lang=en; linli_lang=ug"))).is_none(), "a setting twice");
        assert!(key(&req(&format!("/?q={}", "x".repeat(3000)), None)).is_none(), "a key too long");
        let post = Request::builder().method(Method::POST).uri("/").body(Body::empty()).unwrap();
        assert!(key(&post).is_none());
    }

    #[test]
    fn settings_and_query_are_part_of_the_key() {
        let a = key(&req("/", Some("linli_lang=en"))).unwrap();
        let b = key(&req("/", Some("linli_lang=ug"))).unwrap();
        let c = key(&req("/?signed_out=1", Some("linli_lang=en"))).unwrap();
        assert!(a != b && a != c);
        // cookie order does not matter
        assert!(key(&req("/", Some("linli_lang=en; linli_elder=1"))) == key(&req("/", Some("linli_elder=1; linli_lang=en"))));
    }

    #[test]
    fn only_whole_pages_for_anyone_are_kept() {
        let page = |extra: Option<(&str, &str)>| {
            let mut b = Response::builder().status(200).header(header::CONTENT_TYPE, "text/html; charset=utf-8");
            if let Some((k, v)) = extra {
                b = b.header(k, v);
            }
            b.body(Body::empty()).unwrap()
        };
        assert!(keepable(&page(None)));
        assert!(!keepable(&page(Some((LOAD_FAILED, "1")))), "its data did not load");
        assert!(!keepable(&page(Some(("set-cookie", "linli_lang=en")))));
        let json = Response::builder().status(200).header(header::CONTENT_TYPE, "application/json").body(Body::empty()).unwrap();
        assert!(!keepable(&json));
    }

    #[test]
    fn a_kept_page_is_served_for_one_second() {
        let cache = PageCache::default();
        let k = key(&req("/", None)).unwrap();
        let at = Instant::now();
        cache.put(k.clone(), Kept { at, status: StatusCode::OK, headers: HeaderMap::new(), body: Bytes::from_static(b"page") });
        assert!(cache.get(&k, at + Duration::from_millis(900)).is_some());
        assert!(cache.get(&k, at + TTL).is_none());
    }
}
