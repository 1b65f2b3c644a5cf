//! Sending reminders and alerts to people. A mini-app builds a [`Notice`]
//! and hands it to the [`Notifier`] in the state (`state.notify`); it never
//! touches the inbox itself. The built-in notifier, [`InboxNotifier`],
//! writes to the person's Linli inbox (`/inbox`, and the count on the home
//! page); another channel (a text message, a WeChat template message) can
//! stand behind the same trait later.
//!
//! ```ignore
//! let notice = Notice::new(&resident, "health", "booking-reminder", Level::Reminder, "health-inbox-reminder")
//!     .arg("service", Arg::Key(service.key().into()))
//!     .arg("at", Arg::Time(starts_at))
//!     .link("/health")
//!     .deliver_at(starts_at - 86_400)
//!     .dedupe(format!("booking-{id}-reminder"));
//! state.notify.send(&notice).await?;
//! ```
//!
//! Sending is idempotent by the dedupe key, per person: the same notice
//! sent twice — by two servers, or by a job retried after its server died —
//! makes one message (a conditional insert, `ON CONFLICT DO NOTHING`).
//!
//! One happening for several people (an SOS for the family and the grid
//! worker): one notice per person with the same [`Notice::event`], sent with
//! [`Notifier::send_many`] ([`Notice::to_each`] makes them); each recipient
//! answers their own, and [`super::inbox::answers`] tells who answered and when.
use std::sync::Arc;

use sqlx::{AnyConnection, AnyPool};

use super::apps::BoxFuture;
pub use crate::domain::notice::{Arg, Args, Invalid, CORE_APP, MAX_RECIPIENTS};
pub use crate::inbox::Level;

/// One message for one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The person's user id.
    pub to: String,
    /// The sender's slug (`health`, `care`; [`CORE_APP`] for the core).
    pub app: String,
    /// What it is to the sender (`booking-reminder`, `sos`).
    pub kind: String,
    pub level: Level,
    /// The catalogue message, in all three languages.
    pub key: String,
    /// Its variables (see `domain::notice` for which kind to use when).
    pub args: Args,
    /// A path inside Linli to follow.
    pub link: Option<String>,
    /// Not shown before this (unix seconds); `None`: at once.
    pub deliver_at: Option<i64>,
    /// The same key for the same person is one message, however often sent.
    pub dedupe: String,
    /// The happening several people's messages are about.
    pub event: Option<String>,
}

impl Notice {
    /// A notice with no variables, link or schedule; its dedupe key is
    /// `<kind>` until [`Notice::dedupe`] sets one.
    pub fn new(to: &str, app: &str, kind: &str, level: Level, key: &str) -> Notice {
        Notice {
            to: to.into(),
            app: app.into(),
            kind: kind.into(),
            level,
            key: key.into(),
            args: Args::new(),
            link: None,
            deliver_at: None,
            dedupe: kind.into(),
            event: None,
        }
    }

    pub fn arg(mut self, name: &str, value: Arg) -> Notice {
        self.args.insert(name.into(), value);
        self
    }

    pub fn link(mut self, path: &str) -> Notice {
        self.link = Some(path.into());
        self
    }

    pub fn deliver_at(mut self, at: i64) -> Notice {
        self.deliver_at = Some(at);
        self
    }

    pub fn dedupe(mut self, key: impl Into<String>) -> Notice {
        self.dedupe = key.into();
        self
    }

    pub fn event(mut self, key: impl Into<String>) -> Notice {
        self.event = Some(key.into());
        self
    }

    /// This notice for each of `people` (one event for several people).
    pub fn to_each(&self, people: &[String]) -> Vec<Notice> {
        people.iter().map(|p| Notice { to: p.clone(), ..self.clone() }).collect()
    }

    /// The notice's rules at `now` ([`crate::domain::notice::check`]).
    pub fn check(&self, now: i64) -> Result<crate::domain::notice::Checked, Invalid> {
        crate::domain::notice::check(
            &self.to,
            &self.app,
            &self.kind,
            &self.key,
            &self.args,
            self.link.as_deref(),
            self.deliver_at,
            &self.dedupe,
            self.event.as_deref(),
            now,
        )
    }
}

/// Why a notice was not sent.
#[derive(Debug)]
pub enum NotifyError {
    /// The notice breaks a rule: a mistake in the sending code.
    Invalid(Invalid),
    /// The store did not answer; sending again is safe (idempotent).
    Store(sqlx::Error),
}

impl std::fmt::Display for NotifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotifyError::Invalid(e) => write!(f, "{e}"),
            NotifyError::Store(e) => write!(f, "inbox store: {e}"),
        }
    }
}

impl std::error::Error for NotifyError {}

impl From<sqlx::Error> for NotifyError {
    fn from(e: sqlx::Error) -> Self {
        NotifyError::Store(e)
    }
}

impl From<Invalid> for NotifyError {
    fn from(e: Invalid) -> Self {
        NotifyError::Invalid(e)
    }
}

/// Sends notices. `send` answers whether a new message was made (`false`:
/// the same one was there already, or the person's account is gone);
/// `send_many` how many new ones.
pub trait Notifier: Send + Sync {
    fn send<'a>(&'a self, notice: &'a Notice) -> BoxFuture<'a, Result<bool, NotifyError>>;
    fn send_many<'a>(&'a self, notices: &'a [Notice]) -> BoxFuture<'a, Result<u64, NotifyError>>;
}

/// The built-in notifier: the person's Linli inbox.
pub struct InboxNotifier {
    pub pool: AnyPool,
}

impl InboxNotifier {
    pub fn new(pool: AnyPool) -> Arc<dyn Notifier> {
        Arc::new(InboxNotifier { pool })
    }
}

impl Notifier for InboxNotifier {
    fn send<'a>(&'a self, notice: &'a Notice) -> BoxFuture<'a, Result<bool, NotifyError>> {
        Box::pin(async move {
            let mut conn = self.pool.acquire().await?;
            write(&mut conn, notice, super::now()).await
        })
    }

    fn send_many<'a>(&'a self, notices: &'a [Notice]) -> BoxFuture<'a, Result<u64, NotifyError>> {
        Box::pin(async move {
            if notices.len() > MAX_RECIPIENTS {
                return Err(Invalid::TooManyRecipients.into());
            }
            let now = super::now();
            // every notice is checked before any is written: all or none
            for n in notices {
                n.check(now)?;
            }
            // in one order on every server, so that two sends of the same
            // people never wait for each other in a circle (PostgreSQL)
            let mut order: Vec<&Notice> = notices.iter().collect();
            order.sort_by(|a, b| (&a.to, &a.dedupe).cmp(&(&b.to, &b.dedupe)));
            let mut tx = super::store::begin_write(&self.pool).await?;
            let mut made = 0;
            for n in order {
                made += u64::from(write(&mut tx, n, now).await?);
            }
            tx.commit().await?;
            Ok(made)
        })
    }
}

/// Writes `notice` into its person's inbox on `conn` (inside the caller's
/// transaction, when the message must come with the change it tells of).
/// Answers whether a new message was made: not when one with the same
/// dedupe key is there, nor when the person's account is gone.
pub async fn write(conn: &mut AnyConnection, notice: &Notice, now: i64) -> Result<bool, NotifyError> {
    let checked = notice.check(now)?;
    let done = sqlx::query(
        "INSERT INTO inbox (person, app, kind, level, text_key, args, link, event, dedupe_key, created_at, deliver_at)
         SELECT id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM users WHERE id = $11 AND deleted_at IS NULL
         ON CONFLICT (person, dedupe_key) DO NOTHING",
    )
    .bind(&notice.app)
    .bind(&notice.kind)
    .bind(notice.level.as_str())
    .bind(&notice.key)
    .bind(checked.args_json)
    .bind(&notice.link)
    .bind(&notice.event)
    .bind(&notice.dedupe)
    .bind(now)
    .bind(checked.deliver_at)
    .bind(&notice.to)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_event_for_several_people() {
        let n = Notice::new("u-elder", "care", "sos", Level::Urgent, "inbox-demo-welcome").event("sos-1").dedupe("sos-1");
        let each = n.to_each(&["u-a".into(), "u-b".into()]);
        assert_eq!(each.iter().map(|n| n.to.as_str()).collect::<Vec<_>>(), ["u-a", "u-b"]);
        assert!(each.iter().all(|m| m.event.as_deref() == Some("sos-1") && m.dedupe == "sos-1" && m.level == Level::Urgent));
    }

    #[test]
    fn the_builder_fills_what_it_is_given() {
        let n = Notice::new("u", "linli", "welcome", Level::Info, "inbox-demo-welcome");
        assert_eq!(n.dedupe, "welcome", "the kind, until a key is given");
        let n = n.link("/inbox").deliver_at(50).dedupe("w-1").arg("count", Arg::Number(2));
        assert_eq!((n.link.as_deref(), n.deliver_at, n.dedupe.as_str()), (Some("/inbox"), Some(50), "w-1"));
        assert_eq!(n.args.get("count"), Some(&Arg::Number(2)));
        assert!(n.check(0).is_ok());
        assert!(matches!(n.clone().link("//x").check(0), Err(Invalid::Link)));
    }
}
