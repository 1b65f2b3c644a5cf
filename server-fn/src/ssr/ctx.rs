//! What every server function reads from its request: the state, the
//! request, the language and who is signed in.
use http::request::Parts;
use leptos::prelude::*;
use sqlx::AnyPool;

use crate::ssr::request;
use crate::ssr::{session, AppState};
use crate::types::Lang;

pub struct Ctx {
    pub state: AppState,
    pub parts: Parts,
    pub lang: Lang,
    pub user: Option<String>,
}

pub fn err(e: impl std::fmt::Display) -> ServerFnError {
    ServerFnError::new(e.to_string())
}

impl Ctx {
    pub async fn get() -> Result<Ctx, ServerFnError> {
        let state = use_context::<AppState>().ok_or_else(|| err("no app state"))?;
        let parts = use_context::<Parts>().ok_or_else(|| err("no request"))?;
        let lang = request::lang(&parts.headers);
        let user = session::user_id(&state.pool, &parts.headers).await.map_err(err)?;
        Ok(Ctx { state, parts, lang, user })
    }

    pub fn pool(&self) -> &AnyPool {
        &self.state.pool
    }

    /// For reads that may be a moment behind (public pages such as the
    /// service guide): the replica when one is configured. Writes, and
    /// pages that show what the person just changed, use [`Ctx::pool`].
    pub fn read_pool(&self) -> &AnyPool {
        self.state.read_pool()
    }

    pub fn kiosk(&self) -> bool {
        request::kiosk_mode(&self.parts).on
    }

    /// The community this user is staff for.
    pub async fn staff_of(&self) -> Result<Option<String>, ServerFnError> {
        let Some(user) = &self.user else { return Ok(None) };
        sqlx::query_scalar("SELECT scope FROM user_roles WHERE user_id = $1 AND role = 'staff'")
            .bind(user)
            .fetch_optional(self.pool())
            .await
            .map(Option::flatten)
            .map_err(err)
    }

    /// `https://host` as phones reach this server.
    pub fn public_base(&self) -> String {
        if let Some(url) = &self.state.public_url {
            return url.trim_end_matches('/').to_string();
        }
        let host = self.parts.headers.get(http::header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("127.0.0.1:3000");
        let proto = if self.state.trust_proxy {
            self.parts.headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).unwrap_or("http")
        } else if self.state.secure_cookies {
            "https"
        } else {
            "http"
        };
        format!("{proto}://{host}")
    }
}

/// Splits `a,b,c` into ids (letters, digits, `-`, `_` only).
pub fn split_ids(s: &str) -> Vec<String> {
    let mut ids: Vec<String> = s
        .split([',', ' '])
        .map(str::trim)
        .filter(|x| !x.is_empty() && x.len() <= 64 && x.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(String::from)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}
