//! The person's Linli inbox (`/inbox`): the reminders, alerts and notices
//! the core and the mini-apps sent them through the notifier
//! (`ssr::notify`), each put into words in the reader's language when read.
//! Only the person's own messages, checked on the server.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Messages on one page of the inbox.
pub const PAGE_SIZE: i64 = 20;
/// Urgent messages shown at the top of the home page at most.
pub const HOME_URGENT: i64 = 5;

/// How much a message matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    /// For information.
    Info,
    /// Something to do or to go to (a booking tomorrow).
    Reminder,
    /// Something to look at now (a high reading of a parent's).
    Alert,
    /// Someone may need help now (an SOS): on top until acknowledged.
    Urgent,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Info, Level::Reminder, Level::Alert, Level::Urgent];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Reminder => "reminder",
            Level::Alert => "alert",
            Level::Urgent => "urgent",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Alerts and urgent messages are acknowledged ("seen"), not only read.
    pub fn needs_ack(self) -> bool {
        matches!(self, Level::Alert | Level::Urgent)
    }
}

/// One message as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxItem {
    pub id: i64,
    /// Its text in the reader's language.
    pub text: String,
    /// The catalogue key of who sent it (a mini-app's name, or Linli).
    pub from_key: String,
    pub level: Level,
    /// When it came, with its zone, in the reader's language.
    pub at: String,
    pub read: bool,
    /// A path inside Linli to follow.
    pub link: Option<String>,
    /// An alert or urgent message not acknowledged yet.
    pub awaiting_ack: bool,
    /// When it was acknowledged, with its zone.
    pub acknowledged_at: Option<String>,
}

/// What `/inbox` shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxPage {
    pub signed_in: bool,
    pub items: Vec<InboxItem>,
    /// This page (from 1) and how many there are.
    pub page: i64,
    pub pages: i64,
    pub unread: i64,
    /// The moment the page was made: "mark all as read" marks what had come by then.
    pub as_of: i64,
}

/// What the home page and Me show of the inbox.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxSummary {
    pub unread: i64,
    /// Urgent messages not acknowledged yet, newest first.
    pub urgent: Vec<InboxItem>,
}

crate::codes! {
    /// What an inbox form did.
    pub enum InboxDone in done {
        Read = "read" => "inbox-done-read",
        AllRead = "all-read" => "inbox-done-all-read",
        Acknowledged = "acknowledged" => "inbox-done-acknowledged",
    }
}

crate::codes! {
    /// Why an inbox form came back: no such message of yours (the same
    /// answer for someone else's, so ids tell nothing).
    pub enum InboxProblem in error {
        NotFound = "not-found" => "inbox-error-not-found",
    }
    else NotFound
}

/// One page of my messages: urgent ones not yet acknowledged first, then the
/// newest; `PAGE_SIZE` a page.
#[server(endpoint = "inbox/page")]
pub async fn get_inbox(page: Option<i64>) -> Result<InboxPage, ServerFnError> {
    server::page(page).await
}

/// How many of my messages are unread.
#[server(endpoint = "inbox/unread")]
pub async fn unread_count() -> Result<i64, ServerFnError> {
    server::unread().await
}

/// Marks one of my messages read; back to the page it was on.
#[server(endpoint = "inbox/read")]
pub async fn mark_read(id: i64, page: Option<i64>) -> Result<(), ServerFnError> {
    server::read(id, page).await
}

/// Marks every message that had come by `as_of` read (one that came since
/// the page was made stays unread).
#[server(endpoint = "inbox/read_all")]
pub async fn mark_all_read(as_of: i64) -> Result<(), ServerFnError> {
    server::read_all(as_of).await
}

/// Acknowledges an alert or an urgent message: "I have seen it" (it is read too,
/// and leaves the top of the inbox and the home page).
#[server(endpoint = "inbox/acknowledge")]
pub async fn acknowledge(id: i64, page: Option<i64>) -> Result<(), ServerFnError> {
    server::acknowledge(id, page).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::{InboxDone, InboxPage, InboxProblem, PAGE_SIZE};
    use crate::domain::notice::{page_within, pages};
    use crate::outcome::Back;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::{inbox, now};

    /// `/inbox`, on page `page` when it is not the first.
    fn back(page: Option<i64>) -> Back {
        match page.filter(|p| *p > 1) {
            Some(p) => Back::to("/inbox").param("page", &p.min(inbox::MAX_PAGE).to_string()),
            None => Back::to("/inbox"),
        }
    }

    pub async fn page(asked: Option<i64>) -> Result<InboxPage, ServerFnError> {
        let c = Ctx::get().await?;
        let now = now();
        let Some(me) = c.user.clone() else {
            return Ok(InboxPage { signed_in: false, items: vec![], page: 1, pages: 1, unread: 0, as_of: now });
        };
        let total = inbox::count(c.pool(), &me, now).await.map_err(err)?;
        let pages = pages(total, PAGE_SIZE).min(inbox::MAX_PAGE);
        let page = page_within(asked, pages);
        let rows = inbox::list(c.pool(), &me, now, page).await.map_err(err)?;
        let unread = inbox::unread(c.pool(), &me, now).await.map_err(err)?;
        let items = rows.into_iter().map(|r| r.item(c.lang, c.state.apps)).collect();
        Ok(InboxPage { signed_in: true, items, page, pages, unread, as_of: now })
    }

    pub async fn unread() -> Result<i64, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else { return Ok(0) };
        inbox::unread(c.pool(), &me, now()).await.map_err(err)
    }

    /// The person signed in; else the way to sign in is the answer.
    fn me(c: &Ctx) -> Option<String> {
        if c.user.is_none() {
            redirect("/login?next=/inbox");
        }
        c.user.clone()
    }

    /// Marks one message read, or acknowledges it; back where it was.
    async fn one(id: i64, page: Option<i64>, acknowledging: bool) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = me(&c) else { return Ok(()) };
        let (found, done) = if acknowledging {
            (inbox::acknowledge(c.pool(), &me, id, now()).await, InboxDone::Acknowledged)
        } else {
            (inbox::mark_read(c.pool(), &me, id, now()).await, InboxDone::Read)
        };
        if found.map_err(err)? {
            back(page).code(done).redirect();
        } else {
            back(page).code(InboxProblem::NotFound).redirect();
        }
        Ok(())
    }

    pub async fn read(id: i64, page: Option<i64>) -> Result<(), ServerFnError> {
        one(id, page, false).await
    }

    pub async fn acknowledge(id: i64, page: Option<i64>) -> Result<(), ServerFnError> {
        one(id, page, true).await
    }

    pub async fn read_all(as_of: i64) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = me(&c) else { return Ok(()) };
        let now = now();
        inbox::mark_all_read(c.pool(), &me, as_of.min(now), now).await.map_err(err)?;
        back(None).code(InboxDone::AllRead).redirect();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_read_back_and_which_are_acknowledged() {
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        assert_eq!(Level::parse("loud"), None);
        assert_eq!(Level::ALL.into_iter().filter(|l| l.needs_ack()).collect::<Vec<_>>(), [Level::Alert, Level::Urgent]);
    }
}
