//! Payment history: what I paid and what was paid for me, by month and kind.
use leptos::prelude::*;

use super::types::History;

#[server(endpoint = "pay/history")]
pub async fn get_history(month: Option<String>, kind: Option<String>) -> Result<History, ServerFnError> {
    server::history(month, kind).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;

    use crate::domain::clock::parse_month;
    use crate::pay::ssr::views;
    use crate::pay::types::{BillKind, History};
    use crate::ssr::ctx::{err, Ctx};

    pub async fn history(month: Option<String>, kind: Option<String>) -> Result<History, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(History { signed_in: false, entries: vec![], months: vec![] });
        };
        let month = month.as_deref().and_then(parse_month);
        let kind = kind.as_deref().and_then(BillKind::parse);
        views::history(c.pool(), c.lang, &me, month.as_deref(), kind).await.map_err(err)
    }
}
