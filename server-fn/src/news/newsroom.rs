//! The staff's side (`/newsroom`): write a notice, check who receives it
//! before publishing, update or cancel it, and the community's feed
//! sources with their state. The forms post to News's own HTTP routes
//! (a notice's buildings and grids are repeated checkboxes, which a server
//! function's arguments cannot take); these functions give the pages.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

crate::codes! {
    /// What a newsroom form did.
    pub enum NewsroomDone in done {
        Published = "published" => "newsroom-done-published",
        Updated = "updated" => "newsroom-done-updated",
        Cancelled = "cancelled" => "newsroom-done-cancelled",
        SourceAdded = "source-added" => "newsroom-done-source-added",
        SourceRemoved = "source-removed" => "newsroom-done-source-removed",
        AudioAdded = "audio-added" => "newsroom-done-audio-added",
    }
}

crate::codes! {
    /// Why the notice form came back (next to its field: `e_<field>=`).
    pub enum NoticeProblem in error {
        TitleMissing = "title-missing" => "newsroom-error-title-missing",
        TooLong = "too-long" => "newsroom-error-too-long",
        UrgencyMissing = "urgency-missing" => "newsroom-error-urgency-missing",
        KindMissing = "kind-missing" => "newsroom-error-kind-missing",
        TargetMissing = "target-missing" => "newsroom-error-target-missing",
        PlacesMissing = "places-missing" => "newsroom-error-places-missing",
        StartsBad = "starts-bad" => "newsroom-error-starts-bad",
        ExpiresBad = "expires-bad" => "newsroom-error-expires-bad",
        ExpiresBeforeStart = "expires-before" => "newsroom-error-expires-before",
        IssuerMissing = "issuer-missing" => "newsroom-error-issuer-missing",
        Gone = "gone" => "newsroom-error-gone",
        NotStaff = "not-staff" => "newsroom-error-not-staff",
        AudioBad = "audio-bad" => "newsroom-error-audio-bad",
    }
    else TitleMissing
}

crate::codes! {
    /// Why the feed-source form came back.
    pub enum SourceProblem in error {
        UrlMissing = "url-missing" => "newsroom-error-url-missing",
        UrlBad = "url-bad" => "newsroom-error-url-bad",
        UrlNotPublic = "url-not-public" => "newsroom-error-url-not-public",
        NameMissing = "name-missing" => "newsroom-error-name-missing",
        Duplicate = "duplicate" => "newsroom-error-duplicate",
        TooMany = "too-many" => "newsroom-error-too-many",
    }
    else UrlBad
}

/// The form's name for a notice being written (kept on the server, never in the URL).
pub const NOTICE_FORM: &str = "news-notice";
/// The form's name for a feed source being added.
pub const SOURCE_FORM: &str = "news-source";
/// The longest title, body, what-to-do, issuer (characters).
pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 2_000;
pub const TODO_MAX: usize = 500;
pub const ISSUER_MAX: usize = 80;
pub const SOURCE_NAME_MAX: usize = 80;
pub const URL_MAX: usize = 2_000;
/// The largest recording staff may attach (bytes).
pub const AUDIO_MAX: usize = 4 * 1024 * 1024;
/// Feed sources one community may have.
pub const SOURCES_MAX: i64 = 30;

/// A feed source as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceState {
    pub id: String,
    pub name: String,
    pub url: String,
    /// `ok`, `failing`, `new` (never fetched yet).
    pub state: String,
    /// The stored kind of the last failure (`timeout`, `http-429`, `blocked`, `malformed`, …).
    pub error_kind: Option<String>,
    pub failures: i64,
    /// Written China time.
    pub next_try: String,
    pub last_ok: Option<String>,
    pub items: i64,
    /// The identity rule the last fetch used (`id`, `link`, `hash`, …).
    pub rule: Option<String>,
}

/// A notice in the staff's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffNotice {
    pub id: String,
    pub title: String,
    pub urgency: String,
    pub state: String,
    pub msg_type: String,
    pub created: String,
    /// Households that receive it.
    pub households: i64,
}

/// `/newsroom`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Newsroom {
    /// False: not staff of a community (the page says so).
    pub staff: bool,
    pub notices: Vec<StaffNotice>,
    pub sources: Vec<SourceState>,
    /// What was typed into the source form when it came back.
    pub typed_url: String,
    pub typed_name: String,
}

/// A place a notice may be for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: String,
}

/// `/newsroom/notices/new` (and `?refers=` for an update).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeForm {
    pub staff: bool,
    pub buildings: Vec<Place>,
    pub grids: Vec<Place>,
    /// Field values: what was typed, or the original's for an update.
    pub values: std::collections::BTreeMap<String, String>,
    /// The original being updated (its title), if any.
    pub refers_to: Option<(String, String)>,
}

/// `/newsroom/notices/check`: the notice as it will be published and who receives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeCheck {
    pub staff: bool,
    /// False: nothing is waiting to be checked (the form was not sent, or timed out).
    pub ready: bool,
    pub values: std::collections::BTreeMap<String, String>,
    /// Names of the buildings or grids chosen.
    pub places: Vec<String>,
    pub households: i64,
    pub refers_to: Option<(String, String)>,
}

#[server(endpoint = "news/newsroom")]
pub async fn get_newsroom() -> Result<Newsroom, ServerFnError> {
    crate::news::ssr::newsroom::page().await
}

#[server(endpoint = "news/notice-form")]
pub async fn get_notice_form(refers: Option<String>) -> Result<NoticeForm, ServerFnError> {
    crate::news::ssr::newsroom::form_page(refers).await
}

#[server(endpoint = "news/notice-check")]
pub async fn get_notice_check() -> Result<NoticeCheck, ServerFnError> {
    crate::news::ssr::newsroom::check_page().await
}
