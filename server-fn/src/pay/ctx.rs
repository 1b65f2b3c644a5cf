//! What every Pay server function reads from its request.
use http::request::Parts;
use leptos::prelude::*;
use sqlx::SqlitePool;

use crate::domain::providers::{self, Client, Provider};
use crate::pay::types::ProviderChoice;
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

    pub fn pool(&self) -> &SqlitePool {
        &self.state.pool
    }

    pub fn kiosk(&self) -> bool {
        request::kiosk_mode(&self.parts).on
    }

    pub fn client(&self) -> Client {
        let ua = self.parts.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
        Client::from_user_agent(ua)
    }

    /// The providers to offer this browser.
    pub fn providers(&self) -> Vec<Provider> {
        let configured = self.state.pay.configured();
        // The sandbox is offered on its own only when it stands in for no one.
        let demo = self.state.pay.demo && configured.is_empty();
        providers::offered(self.client(), &configured, demo)
    }

    pub fn provider_choices(&self) -> Vec<ProviderChoice> {
        let wechat = self.client() == Client::Wechat;
        self.providers()
            .into_iter()
            .map(|p| ProviderChoice { id: p.as_str().to_string(), in_app: wechat && p == Provider::WechatPay })
            .collect()
    }

    /// The community this user is staff for.
    pub async fn staff_of(&self) -> Result<Option<String>, ServerFnError> {
        let Some(user) = &self.user else { return Ok(None) };
        sqlx::query_scalar("SELECT scope FROM user_roles WHERE user_id = ? AND role = 'staff'")
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

/// A fresh idempotency key for a payment form.
pub fn new_key() -> String {
    crate::ssr::session::random_token()[..32].to_string()
}
