//! The demo outbox: text messages the built-in sender "sent", for trying the
//! sign-in without a phone. Exists only in demo mode.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoSms {
    pub phone_masked: String,
    /// "HH:MM", Beijing time
    pub time: String,
    pub body: String,
}

/// The latest messages, newest first; `None` outside demo mode.
#[server(endpoint = "demo/outbox")]
pub async fn demo_outbox() -> Result<Option<Vec<DemoSms>>, ServerFnError> {
    use crate::ssr::AppState;
    let state = use_context::<AppState>().ok_or_else(|| ServerFnError::new("no app state"))?;
    if !state.demo {
        return Ok(None);
    }
    let rows: Vec<(String, String, i64)> = sqlx::query_as("SELECT phone, body, created_at FROM sms_outbox ORDER BY id DESC LIMIT 20")
        .fetch_all(&state.pool)
        .await
        .map_err(ServerFnError::new)?;
    Ok(Some(
        rows.into_iter()
            .map(|(phone, body, at)| DemoSms {
                phone_masked: crate::domain::mask::mask_phone(&phone),
                time: crate::auth::server::clock(at),
                body,
            })
            .collect(),
    ))
}
