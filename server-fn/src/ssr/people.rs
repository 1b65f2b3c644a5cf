//! People's names in the reader's language, for any mini-app's pages.
use sqlx::AnyPool;

use crate::home::server::pick;
use crate::types::{Lang, Localized};

type R<T> = Result<T, sqlx::Error>;

/// The person's name in `lang` (or the fallback language, marked).
pub async fn user_name(pool: &AnyPool, lang: Lang, user_id: &str) -> R<Localized> {
    let (zh, ug, en): (Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT name_zh, name_ug, name_en FROM users WHERE id = $1").bind(user_id).fetch_one(pool).await?;
    Ok(pick(lang, zh, ug, en))
}

pub async fn maybe_name(pool: &AnyPool, lang: Lang, user_id: Option<&str>) -> R<Option<Localized>> {
    Ok(match user_id {
        Some(u) => Some(user_name(pool, lang, u).await?),
        None => None,
    })
}
