//! The resident's side: `/news`, one notice, and the urgent notices for the
//! home page and the kiosk.
use leptos::prelude::*;

use super::types::{NewsPage, NoticeCard, Urgent};

/// `/news?page=`: the urgent notices for this person, then the merged feed
/// ([`super::PAGE_SIZE`] a page, `page` from 1).
#[server(endpoint = "news/page")]
pub async fn get_news(page: Option<i64>) -> Result<NewsPage, ServerFnError> {
    crate::news::ssr::read::news_page(page.unwrap_or(1)).await
}

/// `/news/notices/{id}`: one notice this person may see (None: no such
/// notice for them). Opening it marks it read.
#[server(endpoint = "news/notice")]
pub async fn get_notice(id: String) -> Result<Option<NoticeCard>, ServerFnError> {
    crate::news::ssr::read::notice_page(id).await
}

/// The urgent notices this person has not read and that have not expired
/// (the home page's panel); on a kiosk, the community's urgent notices.
#[server(endpoint = "news/urgent")]
pub async fn get_urgent() -> Result<Urgent, ServerFnError> {
    crate::news::ssr::read::urgent_here().await
}
