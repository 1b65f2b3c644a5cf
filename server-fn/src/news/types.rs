//! What News's pages are given by its server functions.
use serde::{Deserialize, Serialize};

/// One notice as a resident reads it, in the best language there is for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeCard {
    pub id: String,
    /// `notice` or `fraud` (an anti-fraud alert).
    pub kind: String,
    /// `alert`, `update` (of `refers_to`).
    pub msg_type: String,
    /// `active`, `updated` (a later update replaces it), `cancelled`.
    pub state: String,
    pub refers_to: Option<String>,
    pub title: String,
    pub body: String,
    /// What to do (may be empty).
    pub todo: String,
    /// The language the text is in (`zh-CN`, `ug`, `en`).
    pub lang: String,
    /// False: the reader's language is missing and the notice says which one it is shown in.
    pub in_reader_lang: bool,
    /// The text shown was translated by machine.
    pub machine: bool,
    /// `red`, `orange`, `yellow`, `blue`, `none`.
    pub urgency: String,
    /// None: the whole community; else the buildings' or grids' names.
    pub area: Option<Vec<String>>,
    /// China time, written (`2026-11-28 09:30`).
    pub starts: String,
    pub expires: Option<String>,
    pub issued_by: String,
    /// `/news/audio/{id}/{lang}` when a recording exists in the language shown.
    pub audio: Option<String>,
    /// The person has opened it.
    pub read: bool,
    /// When it was published (unix seconds).
    pub created_at: i64,
}

/// One entry of the merged feed: the community's own notice or an item of
/// one of its external channels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedEntry {
    /// `notice`, `fraud` or `item`.
    pub kind: String,
    pub id: String,
    pub title: String,
    /// An item's link on its source (notices link to `/news/notices/{id}`).
    pub link: Option<String>,
    /// Sanitised HTML of an item (empty for notices).
    pub summary_html: String,
    /// The source's name as staff entered it, unaltered; empty for the community's own.
    pub source: String,
    /// Written China time.
    pub at: String,
    /// A notice's state (`active`, `cancelled`) and type (`update`).
    pub state: String,
    pub msg_type: String,
    /// The language a notice's title is shown in, when not the reader's.
    pub other_lang: Option<String>,
}

/// `/news`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsPage {
    pub signed_in: bool,
    pub urgent: Vec<NoticeCard>,
    pub feed: Vec<FeedEntry>,
    pub page: i64,
    pub pages: i64,
}

/// The urgent notices a person has not read, for the home page and the kiosk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urgent {
    pub unread: i64,
    pub notices: Vec<NoticeCard>,
}
