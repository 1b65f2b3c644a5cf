//! Family links: an elder gives or withdraws consent for a relative to act
//! for them (pay bills, book visits). Only the elder can change it, and
//! every change is recorded.
use leptos::prelude::*;

crate::codes! {
    /// What the consent form just did (`/me?consent=…`).
    pub enum ConsentDone in consent {
        Given = "given" => "family-consent-given-notice",
        Withdrawn = "withdrawn" => "family-consent-withdrawn-notice",
    }
}

/// `give` is "1" to give consent, "0" to withdraw it.
#[server(endpoint = "family/set_consent")]
pub async fn set_consent(link: i64, give: String) -> Result<(), ServerFnError> {
    server::set_consent(link, give == "1").await.map_err(ServerFnError::new)
}

#[cfg(feature = "ssr")]
pub mod server {
    use http::request::Parts;
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::ConsentDone;
    use crate::outcome::Back;
    use crate::ssr::{now, session, AppState};

    pub async fn set_consent(link: i64, give: bool) -> Result<(), String> {
        let state = use_context::<AppState>().ok_or("no app state")?;
        let parts = use_context::<Parts>().ok_or("no request")?;
        let Some(me) = session::user_id(&state.pool, &parts.headers).await.map_err(|e| e.to_string())? else {
            redirect("/login");
            return Ok(());
        };
        let mut tx = state.pool.begin().await.map_err(|e| e.to_string())?;
        let at = now();
        let changed = if give {
            sqlx::query("UPDATE family_links SET consent_at = $1, revoked_at = NULL WHERE id = $2 AND elder_id = $3")
        } else {
            sqlx::query("UPDATE family_links SET revoked_at = $1 WHERE id = $2 AND elder_id = $3 AND consent_at IS NOT NULL")
        }
        .bind(at)
        .bind(link)
        .bind(&me)
        .execute(&mut *tx)
        .await
        .map_err(|e| e.to_string())?
        .rows_affected();
        if changed == 1 {
            sqlx::query("INSERT INTO consent_log (link_id, action, by_user, at) VALUES ($1, $2, $3, $4)")
                .bind(link)
                .bind(if give { "given" } else { "withdrawn" })
                .bind(&me)
                .bind(at)
                .execute(&mut *tx)
                .await
                .map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
            tracing::info!(link, give, "family consent changed");
            Back::to("/me#family-title").code(if give { ConsentDone::Given } else { ConsentDone::Withdrawn }).redirect();
        } else {
            // not this person's link to change: say nothing more than "no change"
            redirect("/me");
        }
        Ok(())
    }
}
