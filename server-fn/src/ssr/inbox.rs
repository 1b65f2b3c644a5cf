//! The inbox's rows: reading one person's messages, marking them read or
//! acknowledged, and what the core does with them (export, deletion,
//! housekeeping). Messages are written by `ssr::notify`. Every statement
//! names the person, so no one reads or changes another's messages; a
//! message scheduled for later (`deliver_at`) is not there until then.
use sqlx::{AnyConnection, AnyPool};

use crate::apps::MiniApp;
use crate::domain::notice::{render, zoned_time, CORE_APP};
use crate::inbox::{InboxItem, InboxSummary, Level, HOME_URGENT, PAGE_SIZE};
use crate::types::Lang;

type R<T> = Result<T, sqlx::Error>;

/// Pages past this are not shown (10,000 messages: more than anyone reads).
pub const MAX_PAGE: i64 = 500;
/// Read messages are kept this long after they came, then removed by
/// housekeeping (alerts and urgent ones once acknowledged).
pub const KEEP_READ_SECS: i64 = 400 * 86_400;
/// Any message is removed this long after it came.
pub const KEEP_SECS: i64 = 2 * 365 * 86_400;

/// One message as stored.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Row {
    pub id: i64,
    pub app: String,
    pub level: String,
    pub text_key: String,
    pub args: String,
    pub link: Option<String>,
    pub deliver_at: i64,
    pub read_at: Option<i64>,
    pub acknowledged_at: Option<i64>,
}

const COLUMNS: &str = "id, app, level, text_key, args, link, deliver_at, read_at, acknowledged_at";

/// Urgent messages not yet acknowledged first, then the newest.
const ORDER: &str = "ORDER BY CASE WHEN level = 'urgent' AND acknowledged_at IS NULL THEN 0 ELSE 1 END, deliver_at DESC, id DESC";

/// The catalogue key of a sender's name: a registered mini-app's, Linli's
/// for the core, a plain "a service" for one no longer registered.
pub fn from_key(apps: &[&MiniApp], slug: &str) -> String {
    if slug == CORE_APP {
        return "inbox-from-linli".into();
    }
    apps.iter().find(|a| a.slug == slug).map_or_else(|| "inbox-from-other".into(), |a| a.name_key.to_string())
}

impl Row {
    /// The message as `lang`'s reader sees it.
    pub fn item(self, lang: Lang, apps: &[&MiniApp]) -> InboxItem {
        let level = Level::parse(&self.level).unwrap_or(Level::Info);
        InboxItem {
            id: self.id,
            text: render(lang, &self.text_key, &self.args),
            from_key: from_key(apps, &self.app),
            level,
            at: zoned_time(lang, self.deliver_at),
            read: self.read_at.is_some(),
            link: self.link,
            awaiting_ack: level.needs_ack() && self.acknowledged_at.is_none(),
            acknowledged_at: self.acknowledged_at.map(|at| zoned_time(lang, at)),
        }
    }
}

/// How many messages `person` has by `now`.
pub async fn count(pool: &AnyPool, person: &str, now: i64) -> R<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE person = $1 AND deliver_at <= $2").bind(person).bind(now).fetch_one(pool).await
}

/// How many of them are unread.
pub async fn unread(pool: &AnyPool, person: &str, now: i64) -> R<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE person = $1 AND read_at IS NULL AND deliver_at <= $2")
        .bind(person)
        .bind(now)
        .fetch_one(pool)
        .await
}

/// Page `page` (from 1) of `person`'s messages by `now`.
pub async fn list(pool: &AnyPool, person: &str, now: i64, page: i64) -> R<Vec<Row>> {
    let offset = (page.clamp(1, MAX_PAGE) - 1) * PAGE_SIZE;
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM inbox WHERE person = $1 AND deliver_at <= $2 {ORDER} LIMIT $3 OFFSET $4"))
        .bind(person)
        .bind(now)
        .bind(PAGE_SIZE)
        .bind(offset)
        .fetch_all(pool)
        .await
}

/// What the home page shows: the unread count and the urgent messages not
/// yet acknowledged (at most [`HOME_URGENT`], newest first).
pub async fn summary(pool: &AnyPool, person: &str, now: i64, lang: Lang, apps: &[&MiniApp]) -> R<InboxSummary> {
    let unread = unread(pool, person, now).await?;
    let urgent: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM inbox WHERE person = $1 AND deliver_at <= $2 AND level = 'urgent' AND acknowledged_at IS NULL
         ORDER BY deliver_at DESC, id DESC LIMIT $3"
    ))
    .bind(person)
    .bind(now)
    .bind(HOME_URGENT)
    .fetch_all(pool)
    .await?;
    Ok(InboxSummary { unread, urgent: urgent.into_iter().map(|r| r.item(lang, apps)).collect() })
}

/// Changes `person`'s message `id` (`set`, with `$1` = now), if it is
/// theirs and has come by now (`also`: a further condition).
async fn update_mine(pool: &AnyPool, set: &str, also: &str, person: &str, id: i64, now: i64) -> R<bool> {
    let done = sqlx::query(&format!("UPDATE inbox SET {set} WHERE id = $2 AND person = $3 AND deliver_at <= $1{also}"))
        .bind(now)
        .bind(id)
        .bind(person)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Marks message `id` of `person` read (again is fine). `false`: there is
/// no such message of theirs by `now`.
pub async fn mark_read(pool: &AnyPool, person: &str, id: i64, now: i64) -> R<bool> {
    update_mine(pool, "read_at = COALESCE(read_at, $1)", "", person, id, now).await
}

/// Marks every unread message of `person` that had come by `as_of` read;
/// answers how many.
pub async fn mark_all_read(pool: &AnyPool, person: &str, as_of: i64, now: i64) -> R<u64> {
    let done = sqlx::query("UPDATE inbox SET read_at = $1 WHERE person = $2 AND read_at IS NULL AND deliver_at <= $3")
        .bind(now)
        .bind(person)
        .bind(as_of.min(now))
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Acknowledges `person`'s alert or urgent message `id` (and marks it
/// read); the first time counts. `false`: no such alert of theirs.
pub async fn acknowledge(pool: &AnyPool, person: &str, id: i64, now: i64) -> R<bool> {
    let set = "acknowledged_at = COALESCE(acknowledged_at, $1), read_at = COALESCE(read_at, $1)";
    update_mine(pool, set, " AND level IN ('alert', 'urgent')", person, id, now).await
}

/// Who of those an event was sent to has acknowledged it, and when (an
/// SOS: "your brother is on his way"), in the order they did; those who
/// have not are left out.
pub async fn acknowledgements(pool: &AnyPool, event: &str) -> R<Vec<(String, i64)>> {
    sqlx::query_as(
        "SELECT person, acknowledged_at FROM inbox WHERE event = $1 AND acknowledged_at IS NOT NULL ORDER BY acknowledged_at, person",
    )
    .bind(event)
    .fetch_all(pool)
    .await
}

/// Removes `person`'s messages (their account is being deleted).
pub async fn forget(conn: &mut AnyConnection, person: &str) -> R<u64> {
    Ok(sqlx::query("DELETE FROM inbox WHERE person = $1").bind(person).execute(&mut *conn).await?.rows_affected())
}

/// Housekeeping at `now`: read messages (acknowledged, for alerts) a while
/// after they came, and any message after [`KEEP_SECS`].
pub async fn sweep(pool: &AnyPool, now: i64) -> R<u64> {
    let done = sqlx::query(
        "DELETE FROM inbox WHERE deliver_at < $1
            OR (deliver_at < $2 AND read_at IS NOT NULL AND (level NOT IN ('alert', 'urgent') OR acknowledged_at IS NOT NULL))",
    )
    .bind(now - KEEP_SECS)
    .bind(now - KEEP_READ_SECS)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: MiniApp = MiniApp {
        slug: "pay",
        name_key: "app-pay",
        hint_key: "app-pay-hint",
        icon: "pay",
        catalogues: &[],
        work_links: &[],
        server: crate::ssr::apps::ServerPart::NONE,
    };

    #[test]
    fn senders_are_named_by_their_catalogue_key() {
        assert_eq!(from_key(&[&APP], "linli"), "inbox-from-linli");
        assert_eq!(from_key(&[&APP], "pay"), "app-pay");
        assert_eq!(from_key(&[&APP], "gone"), "inbox-from-other");
    }

    #[test]
    fn a_row_reads_in_the_readers_language() {
        let row = Row {
            id: 7,
            app: "linli".into(),
            level: "urgent".into(),
            text_key: "inbox-demo-welcome".into(),
            args: "{}".into(),
            link: Some("/inbox".into()),
            deliver_at: 1_795_881_600,
            read_at: None,
            acknowledged_at: None,
        };
        let en = row.clone().item(Lang::En, &[]);
        let ug = row.clone().item(Lang::Ug, &[]);
        assert_ne!(en.text, ug.text);
        assert_eq!(en.text, crate::i18n::t(Lang::En, "inbox-demo-welcome"));
        assert!(en.awaiting_ack && !en.read);
        assert!(ug.at.contains("2026-11-28 22:00"), "Uyghur shows Xinjiang time too: {}", ug.at);
        let done = Row { acknowledged_at: Some(1_795_881_700), read_at: Some(1_795_881_700), ..row.clone() }.item(Lang::En, &[]);
        assert!(!done.awaiting_ack && done.read && done.acknowledged_at.is_some());
        let info = Row { level: "info".into(), ..row }.item(Lang::En, &[]);
        assert!(!info.awaiting_ack, "information is read, not acknowledged");
    }
}
