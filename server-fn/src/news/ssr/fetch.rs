//! Fetching a feed source over HTTP, safely: server-side request forgery is
//! impossible and no source can hold the job or fill the memory.
//!
//! - Every URL is checked with [`address::check_parsed`] (http/https, no
//!   user info, IP literals allowed only when public), and every host name
//!   is resolved by [`CheckedResolver`], which hands the client only the
//!   addresses [`address::ip_allowed`] allows: the client connects to
//!   exactly the addresses that were checked (no second lookup to race).
//! - Redirects are not followed by the client but here, at most
//!   [`FetchConfig::max_redirects`] hops, each hop's URL checked the same way.
//! - No proxy, whatever the environment says (a proxy would make the checks
//!   moot).
//! - One deadline for the whole fetch, redirects and body included, and a
//!   shorter one for connecting; the body is counted while it streams in
//!   (Content-Length is only used to give up early) and the fetch stops at
//!   [`FetchConfig::max_body`] bytes, decompressed.
//! - Conditional requests from the stored validators (ETag, Last-Modified);
//!   the User-Agent names Linli.
//!
//! The outcome is typed: [`FetchOutcome`] or a [`FetchError`] with a `kind`
//! the operator's page localises and a short English description for the log.
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{StatusCode, Url};

use crate::news::domain::address::{self, Policy, UrlProblem};
use crate::news::domain::schedule;

/// Names Linli to the sources' operators.
pub const USER_AGENT: &str = concat!("Linli/", env!("CARGO_PKG_VERSION"), " (community news feed reader)");

const ACCEPT: &str = "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, \
                      application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

/// Limits and the address policy of a [`Fetcher`].
#[derive(Clone, Copy, Debug)]
pub struct FetchConfig {
    /// Which addresses may be reached ([`Policy::STRICT`] on the server).
    pub policy: Policy,
    /// The whole fetch: every redirect hop, headers and body.
    pub timeout: Duration,
    /// Connecting to one address (within `timeout`).
    pub connect_timeout: Duration,
    /// The body, decompressed, in bytes.
    pub max_body: usize,
    /// Redirect hops followed before giving up.
    pub max_redirects: usize,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            policy: Policy::STRICT,
            timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(5),
            max_body: 2 * 1024 * 1024,
            max_redirects: 5,
        }
    }
}

/// The validators stored from the last successful fetch, sent back so that
/// an unchanged feed answers 304 without a body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header as received, sent as `If-None-Match`.
    pub etag: Option<String>,
    /// The `Last-Modified` header as received, sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// A fetch that reached the source and got an answer worth keeping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchOutcome {
    /// 304: nothing new. `max_age` from its Cache-Control, for the schedule.
    NotModified { max_age: Option<i64> },
    /// 200 with the feed.
    Fetched(Fetched),
}

/// A feed body and what came with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fetched {
    /// The raw bytes (decompressed, not decoded: the parser reads the XML
    /// declaration's encoding).
    pub body: Vec<u8>,
    /// Validators to store for the next fetch.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// `Cache-Control: max-age` in seconds, for the schedule.
    pub max_age: Option<i64>,
    /// The URL that answered, after redirects: the base for relative links.
    pub final_url: String,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
}

/// Why a fetch failed. [`FetchError::kind`] names the kind for the
/// operator's page; `Display` is a short English description for the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The URL (or a redirect's Location) is not an http(s) URL we may use.
    BadUrl { url: String, problem: UrlProblem },
    /// The address is not public (an IP literal, every address DNS gave for
    /// the host, or a redirect to either).
    Blocked { host: String, ip: Option<IpAddr> },
    /// The whole fetch took longer than the deadline, or connecting did.
    Timeout { after: Duration },
    /// The body is larger than the limit.
    TooLarge { limit: usize },
    /// More redirect hops than the limit.
    TooManyRedirects { limit: usize },
    /// An answer other than 200, 304 or a followed redirect; `retry_after`
    /// is the `Retry-After` header in seconds (429, 503).
    Http { status: u16, retry_after: Option<i64> },
    /// DNS, connection, TLS or protocol failure.
    Network { detail: String },
}

impl FetchError {
    /// A stable name of the kind of failure, for storing and localising.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::BadUrl { .. } => "bad-url",
            FetchError::Blocked { .. } => "blocked",
            FetchError::Timeout { .. } => "timeout",
            FetchError::TooLarge { .. } => "too-large",
            FetchError::TooManyRedirects { .. } => "too-many-redirects",
            FetchError::Http { .. } => "http",
            FetchError::Network { .. } => "network",
        }
    }

    /// Seconds the server asked us to wait (429/503 `Retry-After`).
    pub fn retry_after(&self) -> Option<i64> {
        match self {
            FetchError::Http { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::BadUrl { url, problem } => write!(f, "refused URL {url}: {problem}"),
            FetchError::Blocked { host, ip: Some(ip) } => write!(f, "refused {host}: address {ip} is not public"),
            FetchError::Blocked { host, ip: None } => write!(f, "refused {host}: no public address"),
            FetchError::Timeout { after } => write!(f, "no complete answer within {} ms", after.as_millis()),
            FetchError::TooLarge { limit } => write!(f, "body larger than {limit} bytes"),
            FetchError::TooManyRedirects { limit } => write!(f, "more than {limit} redirects"),
            FetchError::Http { status, retry_after: Some(s) } => write!(f, "HTTP status {status}, retry after {s} s"),
            FetchError::Http { status, retry_after: None } => write!(f, "HTTP status {status}"),
            FetchError::Network { detail } => write!(f, "network error: {detail}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// All addresses of a host were refused by the policy; travels through the
/// client's error chain so that the fetch reports [`FetchError::Blocked`].
#[derive(Debug)]
struct BlockedHost {
    host: String,
    ip: Option<IpAddr>,
}

impl std::fmt::Display for BlockedHost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no allowed address for {}", self.host)
    }
}

impl std::error::Error for BlockedHost {}

/// Resolves host names with the system resolver, then keeps only the
/// addresses the policy allows; none left is an error.
#[derive(Clone, Copy, Debug)]
pub struct CheckedResolver {
    pub policy: Policy,
}

impl Resolve for CheckedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy;
        let host = name.as_str().to_string();
        Box::pin(async move {
            let all: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = all.iter().copied().filter(|a| address::ip_allowed(a.ip(), policy)).collect();
            if allowed.is_empty() {
                let ip = all.first().map(SocketAddr::ip);
                return Err(Box::new(BlockedHost { host, ip }) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

/// An HTTP client for feed sources; cheap to clone, keeps its connections.
#[derive(Clone, Debug)]
pub struct Fetcher {
    client: reqwest::Client,
    config: FetchConfig,
}

impl Fetcher {
    /// A fetcher with these limits. Fails only if the TLS setup does.
    pub fn new(config: FetchConfig) -> Result<Fetcher, FetchError> {
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .dns_resolver(Arc::new(CheckedResolver { policy: config.policy }))
            .connect_timeout(config.connect_timeout.min(config.timeout))
            .timeout(config.timeout)
            .pool_max_idle_per_host(2)
            .build()
            .map_err(|e| FetchError::Network { detail: chain(&e) })?;
        Ok(Fetcher { client, config })
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Fetch `url`, sending the validators; see the module for the rules.
    pub async fn fetch(&self, url: &str, validators: &Validators) -> Result<FetchOutcome, FetchError> {
        let after = self.config.timeout;
        match tokio::time::timeout(after, self.fetch_inner(url, validators)).await {
            Ok(result) => result,
            Err(_) => Err(FetchError::Timeout { after }),
        }
    }

    async fn fetch_inner(&self, url: &str, validators: &Validators) -> Result<FetchOutcome, FetchError> {
        let mut url = checked(url, self.config.policy)?;
        let first = url.origin();
        let mut hops = 0;
        loop {
            let mut req = self.client.get(url.clone()).header(header::ACCEPT, ACCEPT);
            if let Some(v) = validators.etag.as_deref().and_then(|v| HeaderValue::from_str(v).ok()) {
                req = req.header(header::IF_NONE_MATCH, v);
            }
            if let Some(v) = validators.last_modified.as_deref().and_then(|v| HeaderValue::from_str(v).ok()) {
                req = req.header(header::IF_MODIFIED_SINCE, v);
            }
            let mut resp = req.send().await.map_err(|e| self.client_error(&url, e))?;
            let status = resp.status();
            let headers = resp.headers().clone();
            if status == StatusCode::NOT_MODIFIED {
                return Ok(FetchOutcome::NotModified { max_age: max_age(&headers) });
            }
            if matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
                let Some(location) = header_str(&headers, header::LOCATION) else {
                    return Err(FetchError::Http { status: status.as_u16(), retry_after: None });
                };
                hops += 1;
                if hops > self.config.max_redirects {
                    return Err(FetchError::TooManyRedirects { limit: self.config.max_redirects });
                }
                let next =
                    url.join(&location).map_err(|_| FetchError::BadUrl { url: location.clone(), problem: UrlProblem::Unparsable })?;
                let next = checked(next.as_str(), self.config.policy)?;
                // where loopback is allowed (the demo's own feeds, tests), only
                // for the address asked: a redirect may not lead elsewhere on it
                if self.config.policy.allow_loopback && next.origin() != first {
                    return Err(FetchError::Blocked { host: next.host_str().unwrap_or_default().chars().take(200).collect(), ip: None });
                }
                url = next;
                continue;
            }
            if status != StatusCode::OK {
                let now = time::OffsetDateTime::now_utc().unix_timestamp();
                let retry_after = header_str(&headers, header::RETRY_AFTER).and_then(|v| schedule::parse_retry_after(&v, now));
                return Err(FetchError::Http { status: status.as_u16(), retry_after });
            }
            let limit = self.config.max_body;
            if resp.content_length().is_some_and(|n| n > limit as u64) {
                return Err(FetchError::TooLarge { limit });
            }
            let mut body = Vec::new();
            while let Some(chunk) = resp.chunk().await.map_err(|e| self.client_error(&url, e))? {
                if body.len() + chunk.len() > limit {
                    return Err(FetchError::TooLarge { limit });
                }
                body.extend_from_slice(&chunk);
            }
            return Ok(FetchOutcome::Fetched(Fetched {
                body,
                etag: header_str(&headers, header::ETAG),
                last_modified: header_str(&headers, header::LAST_MODIFIED),
                max_age: max_age(&headers),
                final_url: url.to_string(),
                content_type: header_str(&headers, header::CONTENT_TYPE),
            }));
        }
    }

    /// A client error as ours: a refused address found in its chain is
    /// Blocked, a timeout is Timeout, the rest Network.
    fn client_error(&self, url: &Url, e: reqwest::Error) -> FetchError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        while let Some(s) = source {
            if let Some(b) = s.downcast_ref::<BlockedHost>() {
                return FetchError::Blocked { host: b.host.clone(), ip: b.ip };
            }
            source = s.source();
        }
        if e.is_timeout() {
            return FetchError::Timeout { after: if e.is_connect() { self.config.connect_timeout } else { self.config.timeout } };
        }
        let host = url.host_str().unwrap_or_default();
        FetchError::Network { detail: format!("{host}: {}", chain(&e)) }
    }
}

/// Parse and check a URL, mapping a refused address to Blocked.
fn checked(url: &str, policy: Policy) -> Result<Url, FetchError> {
    address::check_url(url, policy).map_err(|problem| match problem {
        UrlProblem::Blocked(ip) => FetchError::Blocked { host: ip.to_string(), ip: Some(ip) },
        problem => FetchError::BadUrl { url: url.chars().take(200).collect(), problem },
    })
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(|s| s.trim().to_string()).filter(|s| !s.is_empty() && s.len() <= 1024)
}

fn max_age(headers: &HeaderMap) -> Option<i64> {
    header_str(headers, header::CACHE_CONTROL).and_then(|v| schedule::parse_max_age(&v))
}

/// An error and its causes on one line, for the log (at most 300 characters).
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out.chars().take(300).collect()
}
