//! The feed job: fetches the community feed sources that are due, a few a
//! turn, and keeps their items. Runs only as a background job
//! (`crate::ssr::jobs::repeat`, one server at a time), never during a page
//! request. Each source is also claimed on its own with a conditional
//! update, so that even two servers running turns at once (a lease that ran
//! out mid-turn) never fetch the same source together.
use sqlx::AnyPool;

use super::fetch::{FetchConfig, FetchError, FetchOutcome, Fetcher, Validators};
use super::parse::{parse_feed, ParseError};
use crate::news::domain::address::Policy;
use crate::news::domain::schedule::{self, Hints};

/// Sources fetched in one turn of the job.
pub const PER_TURN: i64 = 5;
/// How long a claim on one source holds (seconds): longer than a fetch may take.
pub const CLAIM_SECS: i64 = 120;
/// The longest error text kept on a source.
const ERROR_MAX: usize = 300;

/// How the job reaches sources.
#[derive(Clone, Debug)]
pub struct JobConfig {
    /// Limits and the address policy for every source.
    pub fetch: FetchConfig,
    /// In demo mode only: this server's own address (`http://127.0.0.1:3000`).
    /// A source whose URL starts with it (the demo's fixture feeds under
    /// `/demo/feeds/`) is fetched with loopback allowed; every other source
    /// keeps the strict policy. Relative source URLs (`/demo/feeds/…`) are
    /// read against it. None outside demo mode: loopback stays refused.
    pub own_base: Option<String>,
}

/// What one fetch of one source came to, as recorded on the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recorded {
    /// New or changed items were kept (`new` of them were not known before).
    Fetched { items: usize, new: usize },
    /// 304: nothing new.
    NotModified,
    /// The fetch or the parse failed (`kind` as stored in `last_error_kind`).
    Failed { kind: String },
}

/// One turn: claims and fetches up to [`PER_TURN`] due sources. Answers what
/// each came to, by source id. One source's failure never stops the others.
pub async fn run_due(pool: &AnyPool, config: &JobConfig, holder: &str, now: i64) -> Result<Vec<(String, Recorded)>, sqlx::Error> {
    let due: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM news_sources WHERE next_fetch_at <= $1 AND (claimed_until IS NULL OR claimed_until < $2)
         ORDER BY next_fetch_at, id LIMIT $3",
    )
    .bind(now)
    .bind(now)
    .bind(PER_TURN)
    .fetch_all(pool)
    .await?;
    let mut out = Vec::new();
    for (id,) in due {
        if !claim(pool, &id, holder, now).await? {
            continue;
        }
        let recorded = fetch_one(pool, config, &id, holder, now).await?;
        out.push((id, recorded));
    }
    Ok(out)
}

/// Parses a fetched body on a blocking thread: a large or hostile feed
/// (up to the body limit) never holds up the server's other requests.
async fn parse_apart(body: &[u8], base_url: &str, reuses_ids: bool) -> Result<super::parse::ParsedFeed, ParseError> {
    let (body, base_url) = (body.to_vec(), base_url.to_string());
    tokio::task::spawn_blocking(move || parse_feed(&body, Some(&base_url), reuses_ids))
        .await
        .unwrap_or_else(|_| Err(ParseError::Malformed("the parser stopped on this input".into())))
}

/// Claims one due source for [`CLAIM_SECS`]; exactly one of several servers
/// asking at once wins.
pub async fn claim(pool: &AnyPool, id: &str, holder: &str, now: i64) -> Result<bool, sqlx::Error> {
    let won = sqlx::query(
        "UPDATE news_sources SET claimed_by = $1, claimed_until = $2
         WHERE id = $3 AND next_fetch_at <= $4 AND (claimed_until IS NULL OR claimed_until < $5)",
    )
    .bind(holder)
    .bind(now + CLAIM_SECS)
    .bind(id)
    .bind(now)
    .bind(now)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(won == 1)
}

type SourceRow = (String, Option<String>, Option<String>, i64, i64, i64);

/// Fetches one claimed source, keeps its items and records the outcome and
/// the next time to fetch it.
async fn fetch_one(pool: &AnyPool, config: &JobConfig, id: &str, holder: &str, now: i64) -> Result<Recorded, sqlx::Error> {
    let Some((url, etag, last_modified, failures, min_interval, reuses_ids)): Option<SourceRow> = sqlx::query_as(
        "SELECT url, etag, last_modified, failures, min_interval, reuses_ids FROM news_sources WHERE id = $1 AND claimed_by = $2",
    )
    .bind(id)
    .bind(holder)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(Recorded::Failed { kind: "gone".into() });
    };
    let min_interval = min_interval.max(schedule::MIN_INTERVAL);
    let (url, fetch_config) = resolve(&url, config);
    let validators = Validators { etag, last_modified };
    let outcome = match Fetcher::new(fetch_config) {
        Ok(fetcher) => fetcher.fetch(&url, &validators).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(FetchOutcome::NotModified { max_age }) => {
            let next = now + schedule::after_success(Hints { max_age, ttl_minutes: None }, min_interval);
            sqlx::query(
                "UPDATE news_sources SET failures = 0, last_error_kind = NULL, last_error = NULL, last_ok_at = $1, last_fetch_at = $2,
                        next_fetch_at = $3, claimed_by = NULL, claimed_until = NULL WHERE id = $4 AND claimed_by = $5",
            )
            .bind(now)
            .bind(now)
            .bind(next)
            .bind(id)
            .bind(holder)
            .execute(pool)
            .await?;
            Ok(Recorded::NotModified)
        }
        Ok(FetchOutcome::Fetched(f)) => match parse_apart(&f.body, &f.final_url, reuses_ids == 1).await {
            Ok(feed) => {
                let mut new = 0;
                let mut rules: Vec<&'static str> = Vec::new();
                for item in &feed.items {
                    if upsert_item(pool, id, item, now).await? {
                        new += 1;
                    }
                    rules.push(item.rule.as_str());
                }
                let rule = most_used(&rules);
                let ttl = feed.meta.ttl_minutes.map(i64::from);
                let next = now + schedule::after_success(Hints { max_age: f.max_age, ttl_minutes: ttl }, min_interval);
                sqlx::query(
                    "UPDATE news_sources SET failures = 0, last_error_kind = NULL, last_error = NULL, last_ok_at = $1, last_fetch_at = $2,
                            next_fetch_at = $3, etag = $4, last_modified = $5, last_rule = COALESCE($6, last_rule),
                            reuses_ids = CASE WHEN $7 = 1 THEN 1 ELSE reuses_ids END,
                            claimed_by = NULL, claimed_until = NULL WHERE id = $8 AND claimed_by = $9",
                )
                .bind(now)
                .bind(now)
                .bind(next)
                .bind(f.etag)
                .bind(f.last_modified)
                .bind(rule)
                .bind(i64::from(feed.reuses_ids))
                .bind(id)
                .bind(holder)
                .execute(pool)
                .await?;
                tracing::info!(source = id, items = feed.items.len(), new, rule = rule.unwrap_or("-"), "news: fetched a feed");
                Ok(Recorded::Fetched { items: feed.items.len(), new })
            }
            Err(e) => failed(pool, id, holder, now, failures, min_interval, Failure::Parse(e)).await,
        },
        Err(e) => failed(pool, id, holder, now, failures, min_interval, Failure::Fetch(e)).await,
    }
}

enum Failure {
    Fetch(FetchError),
    Parse(ParseError),
}

/// Records a failure: its kind and text, one more failure, and the next try
/// after a backoff (capped at about a day; never a permanent stop).
async fn failed(
    pool: &AnyPool,
    id: &str,
    holder: &str,
    now: i64,
    failures: i64,
    min_interval: i64,
    failure: Failure,
) -> Result<Recorded, sqlx::Error> {
    let (kind, text, retry_after) = match &failure {
        Failure::Fetch(e) => (fetch_kind(e), e.to_string(), e.retry_after()),
        Failure::Parse(e) => (e.kind().to_string(), e.to_string(), None),
    };
    let failures = failures + 1;
    let next = now + schedule::after_failure(failures, retry_after, min_interval);
    let text: String = crate::news::domain::sanitise::truncate(&text, ERROR_MAX).to_string();
    sqlx::query(
        "UPDATE news_sources SET failures = $1, last_error_kind = $2, last_error = $3, last_fetch_at = $4, next_fetch_at = $5,
                claimed_by = NULL, claimed_until = NULL WHERE id = $6 AND claimed_by = $7",
    )
    .bind(failures)
    .bind(&kind)
    .bind(&text)
    .bind(now)
    .bind(next)
    .bind(id)
    .bind(holder)
    .execute(pool)
    .await?;
    tracing::warn!(source = id, kind = %kind, error = %text, "news: a feed source failed");
    Ok(Recorded::Failed { kind })
}

/// The stored kind of a fetch failure: HTTP answers keep their class
/// (`http-429`, `http-5xx`, `http-4xx`) so staff read what happened.
fn fetch_kind(e: &FetchError) -> String {
    match e {
        FetchError::Http { status: 429, .. } => "http-429".into(),
        FetchError::Http { status, .. } if *status >= 500 => "http-5xx".into(),
        FetchError::Http { .. } => "http-4xx".into(),
        other => other.kind().into(),
    }
}

fn most_used(rules: &[&'static str]) -> Option<&'static str> {
    let mut best: Option<(&'static str, usize)> = None;
    for r in rules {
        let n = rules.iter().filter(|x| *x == r).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((r, n));
        }
    }
    best.map(|(r, _)| r)
}

/// The URL to fetch and the limits for it: relative URLs and URLs on this
/// server's own address (demo mode only) may reach loopback; nothing else.
pub fn resolve(url: &str, config: &JobConfig) -> (String, FetchConfig) {
    let mut fetch = config.fetch;
    if let Some(base) = &config.own_base {
        let base = base.trim_end_matches('/');
        if url.starts_with('/') && !url.starts_with("//") {
            fetch.policy = Policy::TEST_LOOPBACK;
            return (format!("{base}{url}"), fetch);
        }
        if url.strip_prefix(base).is_some_and(|rest| rest.starts_with('/')) {
            fetch.policy = Policy::TEST_LOOPBACK;
        }
    }
    (url.to_string(), fetch)
}

/// Keeps one item under its key: a new key is a new item; a known key
/// (an edited title, a changed summary) updates the item, never a second
/// one. Answers whether it was new.
pub async fn upsert_item(pool: &AnyPool, source: &str, item: &super::parse::FeedItem, now: i64) -> Result<bool, sqlx::Error> {
    let id = format!("ni-{}", crate::ssr::session::random_token());
    let inserted = sqlx::query(
        "INSERT INTO news_items (id, source_id, item_key, rule, title, link, summary_html, body_text, published, fetched_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (source_id, item_key) DO NOTHING",
    )
    .bind(&id)
    .bind(source)
    .bind(&item.key)
    .bind(item.rule.as_str())
    .bind(&item.title)
    .bind(&item.link)
    .bind(&item.summary_html)
    .bind(&item.text)
    .bind(item.published.or(item.updated).unwrap_or(now))
    .bind(now)
    .execute(pool)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(true);
    }
    sqlx::query(
        "UPDATE news_items SET title = $1, link = $2, summary_html = $3, body_text = $4, rule = $5,
                published = COALESCE($6, published), fetched_at = $7 WHERE source_id = $8 AND item_key = $9",
    )
    .bind(&item.title)
    .bind(&item.link)
    .bind(&item.summary_html)
    .bind(&item.text)
    .bind(item.rule.as_str())
    .bind(item.published.or(item.updated))
    .bind(now)
    .bind(source)
    .bind(&item.key)
    .execute(pool)
    .await?;
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(own: Option<&str>) -> JobConfig {
        JobConfig { fetch: FetchConfig::default(), own_base: own.map(String::from) }
    }

    #[test]
    fn loopback_only_for_the_demos_own_address() {
        let (u, f) = resolve("/demo/feeds/a.xml", &cfg(Some("http://127.0.0.1:3000")));
        assert_eq!(u, "http://127.0.0.1:3000/demo/feeds/a.xml");
        assert!(f.policy.allow_loopback);
        let (_, f) = resolve("http://127.0.0.1:3000/demo/feeds/a.xml", &cfg(Some("http://127.0.0.1:3000")));
        assert!(f.policy.allow_loopback);
        // another port on loopback, or a host that only begins like ours
        let (_, f) = resolve("http://127.0.0.1:3001/x", &cfg(Some("http://127.0.0.1:3000")));
        assert!(!f.policy.allow_loopback);
        let (_, f) = resolve("http://127.0.0.1:30000/x", &cfg(Some("http://127.0.0.1:3000")));
        assert!(!f.policy.allow_loopback);
        // outside demo mode nothing is relaxed
        let (_, f) = resolve("/demo/feeds/a.xml", &cfg(None));
        assert!(!f.policy.allow_loopback);
    }

    #[test]
    fn the_rule_most_used_is_recorded() {
        assert_eq!(most_used(&["id", "link", "id"]), Some("id"));
        assert_eq!(most_used(&[]), None);
    }
}
